import { Module } from '@nestjs/common';
import { AccessModule } from '@caseatlas/access';
import { SearchModule } from '@caseatlas/search';
import { AnalyticsService } from './analytics.service';

/** Comparative analytics on the case index (the same index and filter as precedent search). */
@Module({
  imports: [SearchModule, AccessModule],
  providers: [AnalyticsService],
  exports: [AnalyticsService],
})
export class AnalyticsModule {}
