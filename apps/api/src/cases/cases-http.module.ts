import { Module } from '@nestjs/common';
import { CasesModule } from '@caseatlas/cases';
import { CasesController } from './cases.controller';
import { StatutesController } from './statutes.controller';

@Module({
  imports: [CasesModule],
  controllers: [CasesController, StatutesController],
})
export class CasesHttpModule {}
