import { Module } from '@nestjs/common';
import { AnonymizerController } from './anonymizer.controller';

/** The anonymizer is pure code (libs/anonymizer): the module only carries its preview route. */
@Module({
  controllers: [AnonymizerController],
})
export class AnonymizerHttpModule {}
