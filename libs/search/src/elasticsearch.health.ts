import { Inject, Injectable } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import { Client } from '@elastic/elasticsearch';
import { interactiveRequestOptions } from './elasticsearch.module';
import { CaseIndex } from './indexing/case-index';

/**
 * Up when the case index's shards are green or yellow, down when red or the cluster unreachable.
 * Yellow is `degraded`: a copy of one of its shards is missing (a node of a cluster is gone), and
 * searches and writes go on with less redundancy until it returns. Other indices on a shared
 * cluster do not count.
 */
@Injectable()
export class ElasticsearchHealthIndicator {
  constructor(
    @Inject(Client) private readonly client: Client,
    private readonly healthIndicatorService: HealthIndicatorService,
    private readonly index: CaseIndex,
  ) {}

  async check<const Key extends string>(key: Key, timeoutMs: number) {
    const indicator = this.healthIndicatorService.check(key);
    try {
      const health = await this.client.cluster.health(
        { index: this.index.names.pattern },
        interactiveRequestOptions(this.client, timeoutMs),
      );
      if (health.status === 'red') {
        return indicator.down({ message: 'cluster status is red', clusterStatus: health.status });
      }
      return indicator.up({ state: health.status === 'green' ? 'ok' : 'degraded', clusterStatus: health.status });
    } catch (error) {
      return indicator.down({ message: (error as Error).message || 'Elasticsearch is unreachable' });
    }
  }
}
