import { Module } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccessModule } from '@caseatlas/access';
import { AnonymizerWorker } from '@caseatlas/anonymizer';
import { CaseRepository } from './case.repository';
import { AnnotationAnchors } from './annotation-anchors';
import { CaseService } from './case.service';
import { SearchOutbox } from './search-outbox';
import { CASE_ENTITIES } from './entities';
import { StatuteRepository } from './statute.repository';
import { StatuteService } from './statute.service';

/** Cases and the statute catalogue; shared by the API and the command line. */
@Module({
  imports: [TypeOrmModule.forFeature(CASE_ENTITIES), AccessModule],
  providers: [
    CaseRepository,
    AnnotationAnchors,
    SearchOutbox,
    CaseService,
    StatuteRepository,
    StatuteService,
    // The anonymizer's threads, for case saves, imports and the preview alike.
    {
      provide: AnonymizerWorker,
      inject: [ConfigService],
      // ANONYMIZER_THREADS, validated with the rest of the environment (libs/config).
      useFactory: (config: ConfigService) =>
        new AnonymizerWorker({ threads: config.get<number>('ANONYMIZER_THREADS') }),
    },
  ],
  exports: [
    CaseService,
    StatuteService,
    StatuteRepository,
    CaseRepository,
    AnnotationAnchors,
    SearchOutbox,
    AnonymizerWorker,
  ],
})
export class CasesModule {}
