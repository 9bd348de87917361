import { Module } from '@nestjs/common';
import { AnonymizerWorker } from './anonymizer-worker';
import { AnonymizerController } from './anonymizer.controller';

/** The anonymizer is pure code (libs/anonymizer): this module carries its preview route and the worker it runs in. */
@Module({
  controllers: [AnonymizerController],
  providers: [AnonymizerWorker],
})
export class AnonymizerHttpModule {}
