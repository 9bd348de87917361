import { Inject, Injectable } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import { Client } from '@elastic/elasticsearch';

/** Up when the cluster answers with status green or yellow (a single node is yellow). */
@Injectable()
export class ElasticsearchHealthIndicator {
  constructor(
    @Inject(Client) private readonly client: Client,
    private readonly healthIndicatorService: HealthIndicatorService,
  ) {}

  async check<const Key extends string>(key: Key, timeoutMs: number) {
    const indicator = this.healthIndicatorService.check(key);
    try {
      const health = await this.client.cluster.health({}, { requestTimeout: timeoutMs, maxRetries: 0 });
      if (health.status === 'red') {
        return indicator.down({ message: 'cluster status is red', clusterStatus: health.status });
      }
      return indicator.up({ clusterStatus: health.status });
    } catch (error) {
      return indicator.down({ message: (error as Error).message || 'Elasticsearch is unreachable' });
    }
  }
}
