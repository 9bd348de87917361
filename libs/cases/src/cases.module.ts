import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccessModule } from '@caseatlas/access';
import { CaseRepository } from './case.repository';
import { CaseService } from './case.service';
import { CASE_ENTITIES } from './entities';
import { StatuteRepository } from './statute.repository';
import { StatuteService } from './statute.service';

/** Cases and the statute catalogue; shared by the API and the command line. */
@Module({
  imports: [TypeOrmModule.forFeature(CASE_ENTITIES), AccessModule],
  providers: [CaseRepository, CaseService, StatuteRepository, StatuteService],
  exports: [CaseService, StatuteService, StatuteRepository, CaseRepository],
})
export class CasesModule {}
