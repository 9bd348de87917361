import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CaseRepository } from './case.repository';
import { CaseService } from './case.service';
import { CASE_ENTITIES } from './entities';
import { StatuteRepository } from './statute.repository';
import { StatuteService } from './statute.service';
import { CaseTransferService } from './transfer/case-transfer.service';

/** Cases and the statute catalogue; shared by the API and the command line. */
@Module({
  imports: [TypeOrmModule.forFeature(CASE_ENTITIES)],
  providers: [CaseRepository, CaseService, StatuteRepository, StatuteService, CaseTransferService],
  exports: [CaseService, StatuteService, StatuteRepository, CaseRepository, CaseTransferService],
})
export class CasesModule {}
