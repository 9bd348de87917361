import { Inject, Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { Client, errors } from '@elastic/elasticsearch';
import type { estypes } from '@elastic/elasticsearch';
import type { EnvironmentVariables } from '@caseatlas/config';
import { interactiveRequestOptions } from '../elasticsearch.module';
import type { CaseForIndexing } from './case-index-reader';
import { toCaseDocument } from './case-document';
import type { CaseDocument, StatuteCatalogue } from './case-document';
import {
  CASE_INDEX_MAPPINGS,
  CASE_INDEX_SCHEMA_VERSION,
  CASE_INDEX_SETTINGS,
  caseIndexLayout,
  caseIndexNames,
} from './case-index-settings';

/** One change for the index, versioned externally so an older one never replaces a newer one. */
export type IndexOperation =
  | { kind: 'index'; id: string; version: number; document: CaseDocument }
  | { kind: 'delete'; id: string; version: number };

/** Per operation: done (written, or already as new or newer) or the reason it was refused. */
export type OperationResult = { done: true } | { done: false; reason: string };

/** The read alias has no index behind it: the index must be built before changes can go in. */
export class CaseIndexMissingError extends Error {
  constructor(alias: string) {
    super(`the search index ${alias} does not exist yet`);
    this.name = 'CaseIndexMissingError';
  }
}

/**
 * Back to Elasticsearch's default refresh (every second, and none while a shard is search-idle),
 * which an explicit '1s' would not give; the client's types do not allow the null that asks for it.
 */
const DEFAULT_REFRESH = { refresh_interval: null } as unknown as estypes.IndicesIndexSettings;

// Writes wait longer than searches: a relay may send hundreds of documents at once.
const WRITE_OPTIONS = { requestTimeout: 30_000, maxRetries: 0 };

export function toIndexOperations(rows: CaseForIndexing[], statutes: StatuteCatalogue): IndexOperation[] {
  return rows.map((row) => ({
    kind: 'index',
    id: row.record.id,
    version: row.indexVersion,
    document: toCaseDocument(row.record, { citedBy: row.citedBy, statutes, annotations: row.annotations }),
  }));
}

/** The versioned case index behind its alias: creating generations, writing, swapping. */
@Injectable()
export class CaseIndex {
  readonly names: ReturnType<typeof caseIndexNames>;
  private readonly layout: estypes.IndicesIndexSettings;

  constructor(
    @Inject(Client) private readonly client: Client,
    config: ConfigService<EnvironmentVariables, true>,
  ) {
    this.names = caseIndexNames(config.get('ELASTICSEARCH_INDEX_PREFIX', { infer: true }));
    this.layout = caseIndexLayout(
      config.get('ELASTICSEARCH_SHARDS', { infer: true }),
      config.get('ELASTICSEARCH_REPLICAS', { infer: true }),
    );
  }

  /** The index behind the read alias and the schema version it was built for; null when none. */
  async current(): Promise<{ index: string; schemaVersion: number | null } | null> {
    const aliases = await this.aliasTargets(this.names.alias);
    if (aliases.length === 0) return null;
    const mapping = await this.client.indices.getMapping({ index: aliases[0] }, WRITE_OPTIONS);
    const meta = mapping[aliases[0]]?.mappings?._meta as { schemaVersion?: number } | undefined;
    return { index: aliases[0], schemaVersion: meta?.schemaVersion ?? null };
  }

  /** Whether the read alias has an index behind it; for health checks, with their own timeout. */
  async exists(timeoutMs: number): Promise<boolean> {
    return this.client.indices.existsAlias(
      { name: this.names.alias },
      interactiveRequestOptions(this.client, timeoutMs),
    );
  }

  async isCurrent(): Promise<boolean> {
    return (await this.current())?.schemaVersion === CASE_INDEX_SCHEMA_VERSION;
  }

  /** A new, empty generation behind the `building` alias, so relays write to it from now on. */
  async createGeneration(): Promise<string> {
    const existing = await this.client.indices.get(
      { index: this.names.pattern, expand_wildcards: 'all' },
      WRITE_OPTIONS,
    );
    const generations = Object.keys(existing).map((index) => this.names.generationOf(index) ?? 0);
    const index = this.names.version(Math.max(0, ...generations) + 1);
    await this.client.indices.create(
      {
        index,
        settings: {
          ...CASE_INDEX_SETTINGS,
          ...this.layout,
          // A delete must outlast the rebuild, or the snapshot's older copy could bring it back.
          gc_deletes: '1h',
          // Nobody reads a generation before the swap: no refreshes while it is loaded (swapTo
          // restores them).
          refresh_interval: '-1',
        },
        mappings: CASE_INDEX_MAPPINGS,
        aliases: { [this.names.building]: {} },
      },
      WRITE_OPTIONS,
    );
    return index;
  }

  /**
   * Points the read alias at `index` in one atomic step and drops the `building` alias; keeps
   * the generation it replaces (open points in time may still page through it) and deletes
   * older ones.
   */
  async swapTo(index: string): Promise<void> {
    await this.client.indices.putSettings({ index, settings: DEFAULT_REFRESH }, WRITE_OPTIONS);
    await this.client.indices.refresh({ index }, WRITE_OPTIONS);
    const previous = await this.aliasTargets(this.names.alias);
    await this.client.indices.updateAliases(
      {
        actions: [
          ...previous.map((old) => ({ remove: { index: old, alias: this.names.alias } })),
          { add: { index, alias: this.names.alias } },
          { remove: { index, alias: this.names.building } },
        ],
      },
      WRITE_OPTIONS,
    );
    // The swap is done: failing to tidy up must not fail it (the next swap tries again).
    await this.deleteOlderThan(index, previous).catch(() => undefined);
  }

  /** Deletes the generations older than `index`, except those in `keep`. */
  private async deleteOlderThan(index: string, keep: string[]): Promise<void> {
    const generation = this.names.generationOf(index)!;
    const all = await this.client.indices.get({ index: this.names.pattern, expand_wildcards: 'all' }, WRITE_OPTIONS);
    const stale = Object.keys(all).filter((name) => {
      const other = this.names.generationOf(name);
      return other !== null && other < generation && !keep.includes(name);
    });
    if (stale.length) await this.client.indices.delete({ index: stale }, WRITE_OPTIONS);
  }

  /** Drops a generation that was never swapped in (a rebuild that failed half way). */
  async discard(index: string): Promise<void> {
    await this.client.indices.delete({ index }, { ...WRITE_OPTIONS, ignore: [404] });
  }

  /** Where relays write: the read alias and, during a rebuild, the `building` alias too. */
  async writeTargets(): Promise<string[]> {
    const targets = [];
    if ((await this.aliasTargets(this.names.alias)).length) targets.push(this.names.alias);
    if ((await this.aliasTargets(this.names.building)).length) targets.push(this.names.building);
    if (!targets.includes(this.names.alias)) throw new CaseIndexMissingError(this.names.alias);
    return targets;
  }

  /**
   * Writes the operations to every target in one bulk request. Throws when the request as a
   * whole fails (Elasticsearch unreachable, overloaded): then nothing is known to be written.
   */
  async write(
    operations: IndexOperation[],
    targets: string[],
    options: { aliases?: boolean; waitForSearch?: boolean; requestTimeout?: number } = {},
  ): Promise<OperationResult[]> {
    if (operations.length === 0) return [];
    const body: estypes.BulkOperationContainer[] | object[] = [];
    for (const operation of operations) {
      for (const target of targets) {
        const action = {
          _index: target,
          _id: operation.id,
          version: operation.version,
          version_type: 'external' as const,
        };
        if (operation.kind === 'index') body.push({ index: action }, operation.document);
        else body.push({ delete: action });
      }
    }
    const response = await this.client.bulk(
      {
        operations: body,
        require_alias: options.aliases ?? true,
        // Returns once searches see the writes (the next refresh), without forcing one.
        ...(options.waitForSearch ? { refresh: 'wait_for' as const } : {}),
      },
      { ...WRITE_OPTIONS, ...(options.requestTimeout ? { requestTimeout: options.requestTimeout } : {}) },
    );
    return operations.map((_operation, index) => {
      const items = response.items.slice(index * targets.length, (index + 1) * targets.length);
      const refused = items
        .map((item) => Object.values(item)[0]!)
        .find((result, position) => !isDone(result, targets[position] === this.names.building));
      return refused ? { done: false, reason: describeRefusal(refused) } : { done: true };
    });
  }

  async refresh(): Promise<void> {
    await this.client.indices.refresh({ index: this.names.alias }, WRITE_OPTIONS);
  }

  private async aliasTargets(alias: string): Promise<string[]> {
    try {
      return Object.keys(await this.client.indices.getAlias({ name: alias }, WRITE_OPTIONS));
    } catch (error) {
      if (error instanceof errors.ResponseError && error.statusCode === 404) return [];
      throw error;
    }
  }
}

function isDone(result: estypes.BulkResponseItem, building: boolean): boolean {
  if (result.status >= 200 && result.status < 300) return true;
  // Deleting what is not there, or writing a version the index already has or has passed.
  if (result.status === 404 && result.result === 'not_found') return true;
  if (result.error?.type === 'version_conflict_engine_exception') return true;
  // The rebuild swapped in between: its alias is gone and the read alias has the change.
  return building && result.status === 404;
}

function describeRefusal(result: estypes.BulkResponseItem): string {
  const reason = `${result.error?.type ?? `HTTP ${result.status}`}: ${result.error?.reason ?? ''}`;
  return reason.slice(0, 500);
}

export { WRITE_OPTIONS };
