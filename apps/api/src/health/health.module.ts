import { Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { ElasticsearchHealthIndicator, SearchIndexWorkerModule, SearchModule } from '@caseatlas/search';
import { HealthController } from './health.controller';

@Module({
  imports: [TerminusModule.forRoot({ errorLogStyle: 'json' }), SearchModule, SearchIndexWorkerModule],
  controllers: [HealthController],
  providers: [ElasticsearchHealthIndicator],
})
export class HealthModule {}
