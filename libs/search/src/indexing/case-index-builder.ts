import { setTimeout as pause } from 'node:timers/promises';
import { Injectable, Logger } from '@nestjs/common';
import { errors } from '@elastic/elasticsearch';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { StatuteRepository } from '@caseatlas/cases';
import { CaseIndex, toIndexOperations } from './case-index';
import type { IndexOperation, OperationResult } from './case-index';
import { loadStatuteCatalogue } from './search-relay';
import { CaseIndexReader } from './case-index-reader';

/**
 * Measured on two cores (20,000 cases of realistic size): two bulk requests in flight, one per
 * core of Elasticsearch, rebuild in 24-28 s against 43 s for one; 250 or 500 cases a request
 * are alike, 1,000 slower (issue 15).
 */
const BATCH_SIZE = 500;
const WRITES_IN_FLIGHT = 2;
/**
 * A rebuild runs while people search: a busy node may take long over a bulk request, or turn it
 * away. Seen in the bench (100,000 cases, four readers searching back to back): one request
 * over 30 s failed the whole rebuild. Requests wait longer, and one the cluster could not take is
 * sent again, which external versions make harmless.
 */
const REBUILD_REQUEST_TIMEOUT_MS = 120_000;
const REBUILD_WRITE_ATTEMPTS = 4;
const RETRY_PAUSE_MS = 2_000;

export interface RebuildProgress {
  start(total: number): void;
  advance(cases: number): void | Promise<void>;
}

/**
 * Builds a new generation of the case index from PostgreSQL by bulk and swaps the alias to it.
 * The new index is behind the `building` alias before the snapshot is read, so every change
 * committed after the snapshot reaches it through the relays; external versions keep the
 * snapshot's copy from replacing a newer one. Searches read the old generation until the swap.
 */
@Injectable()
export class CaseIndexBuilder {
  private readonly logger = new Logger(CaseIndexBuilder.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cases: CaseIndexReader,
    private readonly statutes: StatuteRepository,
    private readonly index: CaseIndex,
  ) {}

  /** Builds the index unless another process holds the rebuild lock; returns false then. */
  async rebuild(progress?: RebuildProgress): Promise<{ index: string; cases: number } | false> {
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      // One rebuild at a time across processes (API replicas, CLI): a session advisory lock.
      const [{ locked }] = await runner.query('SELECT pg_try_advisory_lock(hashtext($1)) AS locked', [
        this.index.names.alias,
      ]);
      if (!locked) return false;
      try {
        return await this.build(runner.manager, progress);
      } finally {
        await runner.query('SELECT pg_advisory_unlock(hashtext($1))', [this.index.names.alias]);
      }
    } finally {
      await runner.release();
    }
  }

  /** Builds the index when it is missing or was built for another schema version. */
  async ensure(): Promise<boolean> {
    if (await this.index.isCurrent()) return true;
    this.logger.log(`building the search index ${this.index.names.alias} from PostgreSQL`);
    const built = await this.rebuild();
    if (built) this.logger.log(`search index ${built.index} holds ${built.cases} cases`);
    return built !== false;
  }

  private async build(manager: DataSource['manager'], progress?: RebuildProgress) {
    const index = await this.index.createGeneration();
    const writing: Promise<void>[] = [];
    try {
      let written = 0;
      await manager.transaction('REPEATABLE READ', async (snapshot) => {
        const statutes = await loadStatuteCatalogue(this.statutes, snapshot);
        const [{ total }] = await snapshot.query('SELECT count(*)::int AS total FROM cases');
        progress?.start(total);
        // Batches are read while earlier ones are written: up to WRITES_IN_FLIGHT bulk requests.
        let after: string | undefined;
        for (;;) {
          const batch = await this.cases.findBatchForIndexing(snapshot, after, BATCH_SIZE);
          if (batch.length === 0) break;
          after = batch[batch.length - 1].record.id;
          if (writing.length >= WRITES_IN_FLIGHT) await writing.shift();
          const write = this.write(index, toIndexOperations(batch, statutes)).then(() => {
            written += batch.length;
            return progress?.advance(batch.length);
          });
          // Its failure is met when it is awaited; until then it must not count as unhandled.
          write.catch(() => undefined);
          writing.push(write);
        }
        await Promise.all(writing);
      });
      await this.index.swapTo(index);
      return { index, cases: written };
    } catch (error) {
      // A bulk request still in flight must end first, or it could recreate the deleted index.
      await Promise.allSettled(writing);
      await this.index.discard(index);
      throw error;
    }
  }

  private write(index: string, operations: IndexOperation[]): Promise<void> {
    return writeThroughBusyCluster(
      () => this.index.write(operations, [index], { aliases: false, requestTimeout: REBUILD_REQUEST_TIMEOUT_MS }),
      (attempt) => this.logger.warn(`a bulk request of the rebuild failed (attempt ${attempt}); sending it again`),
    );
  }
}

/**
 * Sends a bulk request until every operation is done, again after a pause when the cluster was
 * busy or away (up to `attempts` in all); a refusal of a document itself fails at once.
 */
export async function writeThroughBusyCluster(
  send: () => Promise<OperationResult[]>,
  onRetry: (attempt: number) => void,
  options: { attempts?: number; pauseMs?: number } = {},
): Promise<void> {
  const { attempts = REBUILD_WRITE_ATTEMPTS, pauseMs = RETRY_PAUSE_MS } = options;
  for (let attempt = 1; ; attempt++) {
    let refusal: string | undefined;
    try {
      const refused = (await send()).find((outcome) => !outcome.done);
      if (refused === undefined) return;
      refusal = refused.reason;
    } catch (error) {
      if (attempt >= attempts || !isTransient(error)) throw error;
    }
    if (refusal !== undefined && (attempt >= attempts || !TRANSIENT_REFUSAL.test(refusal))) {
      throw new Error(`the new index refused a case: ${refusal}`);
    }
    onRetry(attempt);
    await pause(pauseMs * attempt);
  }
}

/** A refusal that says the node was busy, not that the document is wrong. */
const TRANSIENT_REFUSAL = /^(?:es_rejected_execution_exception|circuit_breaking_exception|HTTP 429)/;

/** The cluster did not answer in time, could not be reached, or was overloaded or failing. */
function isTransient(error: unknown): boolean {
  if (error instanceof errors.TimeoutError || error instanceof errors.ConnectionError) return true;
  return error instanceof errors.ResponseError && (error.statusCode === 429 || (error.statusCode ?? 0) >= 500);
}
