import { Inject, Injectable } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import { Client } from '@elastic/elasticsearch';
import { interactiveRequestOptions } from './elasticsearch.module';

/**
 * Up when the cluster answers with status green or yellow, down when red or unreachable. Yellow
 * is `degraded`: a copy of some shard is missing (a node of a cluster is gone), searches and
 * writes go on with less redundancy until it returns.
 */
@Injectable()
export class ElasticsearchHealthIndicator {
  constructor(
    @Inject(Client) private readonly client: Client,
    private readonly healthIndicatorService: HealthIndicatorService,
  ) {}

  async check<const Key extends string>(key: Key, timeoutMs: number) {
    const indicator = this.healthIndicatorService.check(key);
    try {
      const health = await this.client.cluster.health({}, interactiveRequestOptions(this.client, timeoutMs));
      if (health.status === 'red') {
        return indicator.down({ message: 'cluster status is red', clusterStatus: health.status });
      }
      return indicator.up({ state: health.status === 'green' ? 'ok' : 'degraded', clusterStatus: health.status });
    } catch (error) {
      return indicator.down({ message: (error as Error).message || 'Elasticsearch is unreachable' });
    }
  }
}
