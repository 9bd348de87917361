import { Module } from '@nestjs/common';
import { CasesModule } from '@caseatlas/cases';
import { CasesController } from './cases.controller';

@Module({
  imports: [CasesModule],
  controllers: [CasesController],
})
export class CasesHttpModule {}
