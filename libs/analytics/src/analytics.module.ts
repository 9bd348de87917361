import { Module } from '@nestjs/common';
import { AccessModule } from '@caseatlas/access';
import { CasesModule } from '@caseatlas/cases';
import { SearchModule } from '@caseatlas/search';
import { AnalyticsService } from './analytics.service';

/** Comparative analytics on the case index (the same index and filter as precedent search). */
@Module({
  imports: [SearchModule, CasesModule, AccessModule],
  providers: [AnalyticsService],
  exports: [AnalyticsService],
})
export class AnalyticsModule {}
