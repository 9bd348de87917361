import { Module } from '@nestjs/common';
import { CasesModule } from '@caseatlas/cases';
import { AnonymizerController } from './anonymizer.controller';

/** The anonymizer's preview route; it runs in the worker thread CasesModule provides. */
@Module({
  imports: [CasesModule],
  controllers: [AnonymizerController],
})
export class AnonymizerHttpModule {}
