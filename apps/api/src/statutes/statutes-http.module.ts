import { Module } from '@nestjs/common';
import { CasesModule } from '@caseatlas/cases';
import { StatutesController } from './statutes.controller';

@Module({
  imports: [CasesModule],
  controllers: [StatutesController],
})
export class StatutesHttpModule {}
