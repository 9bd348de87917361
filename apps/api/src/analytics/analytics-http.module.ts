import { Module } from '@nestjs/common';
import { AnalyticsModule } from '@caseatlas/analytics';
import { AnalyticsController } from './analytics.controller';

@Module({
  imports: [AnalyticsModule],
  controllers: [AnalyticsController],
})
export class AnalyticsHttpModule {}
