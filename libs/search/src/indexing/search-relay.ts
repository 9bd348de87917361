import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { StatuteRepository } from '@caseatlas/cases';
import { CaseIndex, IndexOperation, toIndexOperations } from './case-index';
import type { StatuteCatalogue } from './case-document';
import { CaseIndexReader } from './case-index-reader';

export const RELAY_BATCH_SIZE = 200;
/** A long backlog (an import) is drained in batches up to this size: fewer, larger bulk requests. */
export const RELAY_MAX_BATCH_SIZE = 1000;

/** Pure: the next batch, twice the last while the outbox filled it, back to the first when it did not. */
export const nextRelayBatchSize = (asked: number, claimed: number): number =>
  claimed === asked ? Math.min(asked * 2, RELAY_MAX_BATCH_SIZE) : RELAY_BATCH_SIZE;
/** After this many refusals by Elasticsearch a row is parked: kept, but no longer retried. */
export const RELAY_MAX_ATTEMPTS = 5;

interface OutboxRow {
  id: string;
  case_id: string;
  index_version: string;
  attempts: number;
}

export interface DrainResult {
  /** Outbox rows this relay took. */
  claimed: number;
  /** Outbox ids whose change is now in the index (written, or already there or newer). */
  completed: string[];
  /** Outbox ids Elasticsearch refused this time, to be retried later. */
  retried: string[];
  /** Outbox ids set aside after too many refusals. */
  parked: string[];
}

/** Seconds before the next try of a refused row: 2, 4, 8, 16… */
export const retryDelaySeconds = (attempts: number) => 2 ** attempts;

/**
 * The statute catalogue, read on the caller's connection: a query on another connection while
 * this one holds row locks could wait on a lock queued behind ours (a TRUNCATE, a migration), a
 * deadlock PostgreSQL cannot see.
 */
export async function loadStatuteCatalogue(
  statutes: StatuteRepository,
  manager: EntityManager,
): Promise<StatuteCatalogue> {
  return new Map((await statutes.findAll(manager)).map((statute) => [statute.key, statute]));
}

/**
 * Drains the search outbox: takes a batch of rows no other relay holds (`FOR UPDATE SKIP
 * LOCKED`), reads the cases as they are now, writes them to the index with their index version,
 * and deletes the rows in the same transaction. Any number of relays may run.
 */
@Injectable()
export class SearchRelay {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cases: CaseIndexReader,
    private readonly statutes: StatuteRepository,
    private readonly index: CaseIndex,
  ) {}

  /**
   * One batch. Throws when Elasticsearch cannot be reached: the transaction rolls back and the
   * rows stay for the next try. `afterWrite` runs between the bulk request and the commit (tests
   * use it to stop a relay at the worst moment).
   */
  async drainOnce(options: { batchSize?: number; afterWrite?: () => Promise<void> } = {}): Promise<DrainResult> {
    return this.dataSource.transaction(async (manager) => {
      const rows: OutboxRow[] = await manager.query(
        `SELECT id, case_id, index_version, attempts FROM search_outbox
          WHERE parked_at IS NULL AND available_at <= now()
          ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED`,
        [options.batchSize ?? RELAY_BATCH_SIZE],
      );
      const result: DrainResult = { claimed: rows.length, completed: [], retried: [], parked: [] };
      if (rows.length === 0) return result;

      const caseIds = [...new Set(rows.map((row) => row.case_id))];
      const found = await this.cases.findForIndexing(manager, caseIds);
      const operations: IndexOperation[] = toIndexOperations(found, await loadStatuteCatalogue(this.statutes, manager));
      for (const id of caseIds) {
        if (found.some((row) => row.record.id === id)) continue;
        // Gone from PostgreSQL: delete with the version its deletion was given.
        const version = Math.max(...rows.filter((row) => row.case_id === id).map((row) => Number(row.index_version)));
        operations.push({ kind: 'delete', id, version });
      }
      // A case deleted or taken out of publication leaves the outbox (and so the searches' row
      // rule, CaseRowRule) only once searches no longer see its old state; other changes need
      // not wait for a refresh.
      const hides = operations.some(
        (operation) => operation.kind === 'delete' || operation.document.status !== 'published',
      );
      const outcomes = await this.index.write(operations, await this.index.writeTargets(), { waitForSearch: hides });
      await options.afterWrite?.();

      const refusals = new Map<string, string>();
      operations.forEach((operation, position) => {
        const outcome = outcomes[position];
        if (!outcome.done) refusals.set(operation.id, outcome.reason);
      });
      for (const row of rows) {
        const reason = refusals.get(row.case_id);
        if (reason === undefined) result.completed.push(row.id);
        else if (row.attempts + 1 >= RELAY_MAX_ATTEMPTS) result.parked.push(row.id);
        else result.retried.push(row.id);
      }
      if (result.completed.length) {
        await manager.query('DELETE FROM search_outbox WHERE id = ANY($1::bigint[])', [result.completed]);
      }
      for (const row of rows.filter((candidate) => refusals.has(candidate.case_id))) {
        await manager.query(
          `UPDATE search_outbox
              SET attempts = attempts + 1, last_error = $2,
                  available_at = now() + make_interval(secs => $3),
                  parked_at = CASE WHEN attempts + 1 >= $4 THEN now() END
            WHERE id = $1`,
          [row.id, refusals.get(row.case_id), retryDelaySeconds(row.attempts + 1), RELAY_MAX_ATTEMPTS],
        );
      }
      return result;
    });
  }

  /** Rows waiting to be indexed, rows set aside, and the age of the oldest waiting one. */
  async backlog(): Promise<{ waiting: number; parked: number; oldestSeconds: number | null }> {
    const [row] = await this.dataSource.query(
      `SELECT count(*) FILTER (WHERE parked_at IS NULL)::int AS waiting,
              count(*) FILTER (WHERE parked_at IS NOT NULL)::int AS parked,
              extract(epoch FROM now() - min(created_at) FILTER (WHERE parked_at IS NULL))::int AS "oldestSeconds"
         FROM search_outbox`,
    );
    return row;
  }
}
