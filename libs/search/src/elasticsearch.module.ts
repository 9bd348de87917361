import { Global, Inject, Injectable, Module, OnApplicationShutdown } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { setTimeout as pause } from 'node:timers/promises';
import { Client, ClusterConnectionPool, errors } from '@elastic/elasticsearch';
import type { EnvironmentVariables } from '@caseatlas/config';

export function createElasticsearchClient(urls: string[]): Client {
  return new Client({
    nodes: urls,
    // Nodes that timed out are set aside and pinged back, and with all of them set aside every one
    // is tried again. The default pool only lowers a failing node's weight, and with uneven weights
    // found none at all: on the three-node cluster under load, a search answered 503 at once with
    // NoLivingConnectionsError after timeouts (bench, 2026-12-07).
    ConnectionPool: ClusterConnectionPool,
    // Short timeouts: a request that cannot reach the node should fail and be retried by its
    // caller (the index worker), never hold an HTTP request of ours open.
    requestTimeout: 10_000,
    maxRetries: 2,
  });
}

/**
 * Options for a request someone waits on: its own timeout, no retry on one node (a node that
 * does not answer is a 503 at once), and on a cluster one try on each other node: a node that is
 * down refuses at once, and the others hold replicas of its shards.
 */
export function interactiveRequestOptions(client: Client, requestTimeout: number) {
  return { requestTimeout, maxRetries: Math.max(0, client.connectionPool.size - 1) };
}

/** The error type Elasticsearch named in its answer (`index_not_found_exception`), if any. */
export function elasticsearchErrorType(error: unknown): string | undefined {
  if (!(error instanceof errors.ResponseError)) return undefined;
  return (error.body as { error?: { type?: string } } | undefined)?.error?.type;
}

/**
 * A read tried once more when the cluster failed it (a 5xx, or a search that lost a shard's
 * search context between its phases: a node that left took it along), since a moment later the
 * cluster routes to the copies that remain. Refusals (4xx) are not retried, nor timeouts: the
 * caller's time is spent. Not for reads at a point in time: its copies do not come back.
 */
export async function readThroughNodeLoss<T>(read: () => Promise<T>, pauseMs = 250): Promise<T> {
  try {
    return await read();
  } catch (error) {
    const failedByTheCluster =
      error instanceof errors.ResponseError &&
      ((error.statusCode ?? 0) >= 500 ||
        (error.statusCode === 404 && elasticsearchErrorType(error) === 'search_phase_execution_exception'));
    if (!failedByTheCluster) throw error;
    await pause(pauseMs);
    return read();
  }
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
