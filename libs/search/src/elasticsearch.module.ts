import { Global, Inject, Injectable, Module, OnApplicationShutdown } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { Client } from '@elastic/elasticsearch';
import type { EnvironmentVariables } from '@caseatlas/config';

export function createElasticsearchClient(url: string): Client {
  return new Client({
    node: url,
    // Short timeouts: a request that cannot reach the node should fail and be retried by its
    // caller (the index worker), never hold an HTTP request of ours open.
    requestTimeout: 10_000,
    maxRetries: 2,
  });
}

@Injectable()
class ElasticsearchClientCloser implements OnApplicationShutdown {
  constructor(@Inject(Client) private readonly client: Client) {}

  async onApplicationShutdown(): Promise<void> {
    await this.client.close();
  }
}

/** One shared Elasticsearch client, injected by its class. Only repositories use it. */
@Global()
@Module({
  providers: [
    {
      provide: Client,
      inject: [ConfigService],
      useFactory: (config: ConfigService<EnvironmentVariables, true>) =>
        createElasticsearchClient(config.get('ELASTICSEARCH_URL', { infer: true })),
    },
    ElasticsearchClientCloser,
  ],
  exports: [Client],
})
export class ElasticsearchModule {}
