import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { errors } from '@elastic/elasticsearch';
import type { EnvironmentVariables } from '@caseatlas/config';
import { CaseIndexMissingError } from './case-index';
import { CaseIndexBuilder } from './case-index-builder';
import { nextRelayBatchSize, RELAY_BATCH_SIZE, SearchRelay } from './search-relay';

const MAX_BACKOFF_MS = 30_000;

export interface IndexingError {
  /** What went wrong, without addresses or driver detail (the log has those). */
  message: string;
  at: string;
}

/**
 * Keeps the index in step inside a process: builds it on first start (or after a schema change)
 * and then drains the outbox, backing off while Elasticsearch is away and catching up when it
 * is back. Writes never wait for it.
 */
@Injectable()
export class SearchIndexWorker implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(SearchIndexWorker.name);
  private readonly enabled: boolean;
  private readonly intervalMs: number;
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private stopped = false;
  private indexReady = false;
  private failures = 0;
  private batchSize = RELAY_BATCH_SIZE;
  lastError: IndexingError | null = null;

  constructor(
    private readonly relay: SearchRelay,
    private readonly builder: CaseIndexBuilder,
    config: ConfigService<EnvironmentVariables, true>,
  ) {
    this.enabled = config.get('SEARCH_RELAY', { infer: true }) === 'on';
    this.intervalMs = config.get('SEARCH_RELAY_INTERVAL_MS', { infer: true });
  }

  onApplicationBootstrap(): void {
    if (this.enabled) this.schedule(0);
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.running = this.tick().then((next) => this.schedule(next));
    }, delayMs);
  }

  /** One step; returns how long to wait before the next. */
  private async tick(): Promise<number> {
    try {
      if (!this.indexReady) this.indexReady = await this.builder.ensure();
      if (!this.indexReady) return this.intervalMs; // another process is building it
      const asked = this.batchSize;
      const result = await this.relay.drainOnce({ batchSize: asked });
      this.batchSize = nextRelayBatchSize(asked, result.claimed);
      this.failures = 0;
      if (result.completed.length) {
        this.lastError = null;
        // Which changes this process indexed: with several relays, each row is one relay's.
        this.logger.debug(`indexed outbox rows ${result.completed.join(',')}`);
      }
      if (result.retried.length || result.parked.length) {
        this.lastError = { message: 'Elasticsearch refused some cases', at: new Date().toISOString() };
        this.logger.warn(`search index refused ${result.retried.length + result.parked.length} changes`);
      }
      return result.claimed === asked ? 0 : this.intervalMs;
    } catch (error) {
      if (error instanceof CaseIndexMissingError) this.indexReady = false;
      // A large batch that failed (timed out, too large) is not tried again at that size.
      this.batchSize = RELAY_BATCH_SIZE;
      this.failures++;
      this.lastError = { message: describe(error), at: new Date().toISOString() };
      if (this.failures === 1 || this.failures % 20 === 0) {
        this.logger.warn(`search indexing paused (${this.failures} tries): ${(error as Error).message}`);
      }
      return Math.min(this.intervalMs * 2 ** Math.min(this.failures, 10), MAX_BACKOFF_MS);
    }
  }
}

function describe(error: unknown): string {
  if (error instanceof CaseIndexMissingError) return 'the search index is missing and is being rebuilt';
  if (error instanceof errors.ConnectionError || error instanceof errors.TimeoutError) {
    return 'Elasticsearch is unreachable';
  }
  if (error instanceof errors.ResponseError) return `Elasticsearch answered ${error.statusCode}`;
  return 'indexing failed';
}
