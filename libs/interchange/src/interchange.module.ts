import { Module } from '@nestjs/common';
import { CasesModule } from '@caseatlas/cases';
import { CaseInterchangeService } from './case-interchange.service';
import { SharedPeopleRepository } from './shared-people.repository';

/** Import and export of case and statute files, and k-anonymous shared exports (command line). */
@Module({
  imports: [CasesModule],
  providers: [CaseInterchangeService, SharedPeopleRepository],
  exports: [CaseInterchangeService],
})
export class InterchangeModule {}
