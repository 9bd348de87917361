import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable, Logger, ServiceUnavailableException } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { Client, errors } from '@elastic/elasticsearch';
import type { estypes } from '@elastic/elasticsearch';
import { UNDERSTOOD_FIELDS } from '@caseatlas/contracts';
import type {
  AccessActor,
  CaseResponse,
  CaseStatus,
  QueryInterpretation,
  SearchResponse,
  SimilarCase,
  UnderstoodField,
} from '@caseatlas/contracts';
import { derivedKey } from '@caseatlas/config';
import type { EnvironmentVariables } from '@caseatlas/config';
import { AccessService } from '@caseatlas/access';
import { CaseRepository } from '@caseatlas/cases';
import { ProblemsException } from '@caseatlas/validation';
import { elasticsearchErrorType, interactiveRequestOptions, readThroughNodeLoss } from './elasticsearch.module';
import { CaseIndex } from './indexing/case-index';
import type { CaseDocument } from './indexing/case-document';
import { facetsOf } from './query/facets';
import { interleaveLanguageBlocks } from './query/language-blocks';
import { QueryUnderstandingService } from './query/query-understanding.service';
import { annotationsVisibleTo } from './query/row-rule';
import type { CaseRowRule } from './query/row-rule';
import {
  buildLanguageSideBodies,
  buildSearchBody,
  languageBlocksOf,
  NAMED,
  NOTHING_UNDERSTOOD,
  usesSearchOperators,
} from './query/search-body';
import type { SearchRequest } from './query/search-body';
import type { SearchParameters } from './query/search-parameters';
import { buildSimilarBody, similarReasons } from './query/similar-body';
import type { Understanding } from './query/understanding';

const POINT_IN_TIME = '2m';
/**
 * Each shard scores with its own term statistics, so on several shards a case would rank as it
 * would not on one: the statistics of every shard are gathered first (on one shard Elasticsearch
 * skips the step).
 */
const SCORED = { search_type: 'dfs_query_then_fetch' } as const;
/** A shard with no copy left fails the search: a precedent search never leaves a part of the cases out unsaid. */
const WHOLE = { allow_partial_search_results: false } as const;
const MAX_SUGGESTIONS = 8;

type RankingRequest = Omit<SearchRequest, 'searchAfter' | 'languageSide'>;

/** An understood phrase with the filter that asks for the same cases. */
function withFilter(understood: { text: string; field: UnderstoodField; value: string }): QueryInterpretation {
  return { ...understood, filter: UNDERSTOOD_FIELDS[understood.field] };
}

interface Cursor {
  /** The point in time of the pages after the first; none yet on the first page's cursor. */
  pit?: string;
  /** Where the previous page ended: its last hit's sort values, or with language blocks, each side's. */
  after?: estypes.SortResults;
  blocks?: LanguageBlocksCursor;
  /** The search it belongs to: a cursor is refused with another query. */
  search: string;
}

interface LanguageBlocksCursor {
  /** How many results the previous pages held. */
  position: number;
  same?: estypes.SortResults;
  other?: estypes.SortResults;
}

/** Where a page is read: the pages after the first at its point in time, the first on the alias. */
type ReadAt = { pit: string } | { preference: string };

/** One page of a ranking, before the PostgreSQL re-check. */
interface RankedPage {
  page: estypes.SearchHit<CaseDocument>[];
  total: number;
  aggregations?: Record<string, estypes.AggregationsAggregate>;
  more: boolean;
  pit?: string;
  /** What the next page's cursor carries besides the point in time. */
  next: Pick<Cursor, 'after' | 'blocks'>;
}

/** Precedent search over the case index, within the reader's row rule. */
@Injectable()
export class SearchService {
  private readonly logger = new Logger(SearchService.name);
  private readonly requestOptions: { requestTimeout: number; maxRetries: number };
  private readonly cursorKey: Buffer;

  constructor(
    @Inject(Client) private readonly client: Client,
    private readonly index: CaseIndex,
    private readonly access: AccessService,
    private readonly cases: CaseRepository,
    private readonly understanding: QueryUnderstandingService,
    config: ConfigService<EnvironmentVariables, true>,
  ) {
    this.requestOptions = interactiveRequestOptions(this.client, config.get('SEARCH_TIMEOUT_MS', { infer: true }));
    this.cursorKey = derivedKey(config.get('JWT_SECRET', { infer: true }), 'search cursor');
  }

  /**
   * One page, with a cursor to the next unless `paging: false` (alerts). The first page reads the
   * alias, where a shard copy lost on the way is retried on another; most searches end there. The
   * second page opens a point in time, which the pages after it read and the last one closes:
   * from the second page on, the pages are one snapshot. Every page asks for the same shard copies
   * (`preference`), so they score alike.
   */
  async search(
    parameters: SearchParameters,
    actor: AccessActor,
    options: { changedAfter?: string; paging?: boolean } = {},
  ): Promise<SearchResponse> {
    const { changedAfter, paging = true } = options;
    const readable = this.access.caseStatuses(actor, 'cases.read');
    const fingerprint = searchFingerprint(parameters, readable, changedAfter);
    // Any string names a set of shard copies, but those beginning with `_` are Elasticsearch's own.
    const preference = `search-${fingerprint}`;
    const cursor = parameters.cursor === undefined ? undefined : this.decodeCursor(parameters.cursor, fingerprint);
    // The reader's working groups (PostgreSQL) and a second page's point in time (Elasticsearch)
    // need nothing of each other: one round trip less.
    const opening =
      cursor !== undefined && cursor.pit === undefined
        ? this.call(() =>
            this.client.openPointInTime(
              { index: this.index.names.alias, keep_alive: POINT_IN_TIME, preference },
              this.requestOptions,
            ),
          ).then((point) => point.id)
        : undefined;
    const [annotations, rows, understood, opened] = await Promise.all([
      this.annotationRule(actor),
      this.rowRule(actor),
      this.understand(parameters.q, parameters.interpret),
      opening,
    ]).catch((error: unknown) => {
      // A point in time opened beside a lookup that failed is closed, not left open to expire.
      opening?.then((id) => this.closePointInTime(id)).catch(() => undefined);
      throw error;
    });
    // The facets are the search's, counted with its first page: the pages after it do not count them again.
    const request = { ...parameters, rows, annotations, understood, changedAfter, facets: cursor === undefined };
    const language = languageBlocksOf(parameters);
    const pitOfPage = cursor?.pit ?? opened;
    const at = pitOfPage ? { pit: pitOfPage } : { preference };
    let ranked: RankedPage;
    try {
      ranked = await this.call(
        () =>
          language === undefined
            ? this.oneRanking(request, at, cursor)
            : this.languageBlocks(request, language, at, cursor),
        cursor !== undefined,
      );
    } catch (error) {
      if (opened) this.closePointInTime(opened);
      throw error;
    }
    const { page, total, aggregations, more } = ranked;
    const pit = ranked.pit ?? pitOfPage;
    // The last page: nobody pages on, so the point in time need not wait for its expiry.
    if (!more && pit) this.closePointInTime(pit);
    const hits = await this.stillReadable(page, readable);
    // Nothing found is a starting point: the facets of the filters alone, and the concepts near the query.
    const startingPoint =
      total === 0 && parameters.q !== ''
        ? await this.startingPoint(parameters, rows, annotations, understood)
        : { facets: facetsOf(aggregations), suggestions: [] };
    return {
      total,
      hits: hits.map((hit) => ({
        id: hit._source!.id,
        reference: hit._source!.reference,
        title: hit._source!.title,
        jurisdiction: hit._source!.jurisdiction,
        year: hit._source!.year,
        status: hit._source!.status as CaseStatus,
        language: hit._source!.language,
        score: hit._score ?? null,
        highlights: hit.highlight ?? {},
      })),
      facets: cursor === undefined ? startingPoint.facets : {},
      next: paging && more ? this.encodeCursor({ ...ranked.next, pit, search: fingerprint }) : null,
      interpretation: understood.interpretation.map(withFilter),
      suggestions: startingPoint.suggestions,
    };
  }

  /** One page of one ranking; one more hit than asked says whether there is a next page. */
  private async oneRanking(request: RankingRequest, at: ReadAt, cursor?: Cursor): Promise<RankedPage> {
    const body = buildSearchBody({ ...request, size: request.size + 1, searchAfter: cursor?.after });
    const scored = request.sort === 'relevance' && request.q.trim() !== '' ? SCORED : {};
    const response = await this.client.search<CaseDocument>(
      { ...this.readAt(body, at), ...WHOLE, ...scored },
      this.requestOptions,
    );
    const page = response.hits.hits.slice(0, request.size);
    const last = page.at(-1);
    return {
      page,
      total: totalOf(response.hits.total),
      aggregations: response.aggregations,
      more: response.hits.hits.length > request.size && last?.sort !== undefined,
      pit: response.pit_id,
      next: { after: last?.sort },
    };
  }

  /**
   * One page of the language blocks: each side's next hits in one round trip (the query's side
   * counts the facets for both), interleaved (query/language-blocks.ts).
   */
  private async languageBlocks(
    request: RankingRequest,
    language: string,
    readAt: ReadAt,
    cursor?: Cursor,
  ): Promise<RankedPage> {
    const at = cursor?.blocks ?? { position: 0 };
    // Each side is asked one more than a page: one left over says there is a next page.
    const sides = buildLanguageSideBodies({ ...request, size: request.size + 1 }, language, at);
    const header = {
      ...SCORED,
      ...WHOLE,
      ...('pit' in readAt ? {} : { index: this.index.names.alias, preference: readAt.preference }),
    };
    const { responses } = await this.client.msearch<CaseDocument>(
      {
        searches: sides.flatMap((body) => [header, 'pit' in readAt ? this.readAt(body, readAt) : body]),
      },
      this.requestOptions,
    );
    const [same, other] = responses.map((response) => {
      if ('error' in response) throw new errors.ResponseError({ body: response, statusCode: response.status } as never);
      return response;
    });
    const { hits, fromSame, fromOther } = interleaveLanguageBlocks(
      same.hits.hits,
      other.hits.hits,
      at.position,
      request.size,
      (hit) => matchedNames(hit).filter((name) => name.startsWith(NAMED)).length,
    );
    return {
      page: hits,
      total: totalOf(same.hits.total) + totalOf(other.hits.total),
      aggregations: same.aggregations,
      more: fromSame < same.hits.hits.length || fromOther < other.hits.hits.length,
      pit: same.pit_id ?? other.pit_id,
      next: {
        blocks: {
          position: at.position + hits.length,
          same: fromSame ? same.hits.hits[fromSame - 1].sort : at.same,
          other: fromOther ? other.hits.hits[fromOther - 1].sort : at.other,
        },
      },
    };
  }

  /** A page at the point in time, or on the alias with the shard copies the preference picks. */
  private readAt(body: estypes.SearchRequest, at: ReadAt): estypes.SearchRequest {
    return 'pit' in at
      ? { ...body, pit: { id: at.pit, keep_alive: POINT_IN_TIME } }
      : { ...body, index: this.index.names.alias, preference: at.preference };
  }

  private closePointInTime(id: string): void {
    void this.client.closePointInTime({ id }, this.requestOptions).catch(() => undefined);
  }

  /**
   * What the query names (query/understanding.ts), or nothing when it is to be read as words only.
   * The same reading for search and analytics, so "analyse these results" counts the same cases.
   */
  async understand(
    q: string,
    interpret = true,
  ): Promise<Understanding & { near: { field: UnderstoodField; value: string }[] }> {
    if (!interpret || q === '' || usesSearchOperators(q)) return { ...NOTHING_UNDERSTOOD, near: [] };
    return this.call(() => this.understanding.understand(q));
  }

  private async startingPoint(
    parameters: SearchParameters,
    rows: CaseRowRule,
    annotations: estypes.QueryDslQueryContainer,
    understood: Understanding & { near: { field: UnderstoodField; value: string }[] },
  ): Promise<Pick<SearchResponse, 'facets' | 'suggestions'>> {
    const body = buildSearchBody({ ...parameters, q: '', size: 0, rows, annotations });
    const response = await this.call(() =>
      this.client.search<CaseDocument>({ ...body, ...WHOLE, index: this.index.names.alias }, this.requestOptions),
    );
    const facets = facetsOf(response.aggregations);
    const candidates = [...understood.interpretation, ...understood.near];
    const seen = new Set<string>();
    const suggestions = candidates
      .filter(({ field, value }) => !seen.has(`${field}:${value}`) && seen.add(`${field}:${value}`))
      .map((concept) => {
        const { filter } = withFilter({ ...concept, text: '' });
        const count =
          facets[filter as keyof typeof facets]?.find((bucket) => bucket.value === concept.value)?.count ?? 0;
        return { field: concept.field, value: concept.value, filter, count };
      })
      .filter((suggestion) => suggestion.count > 0)
      .sort((a, b) => b.count - a.count)
      .slice(0, MAX_SUGGESTIONS);
    return { facets, suggestions };
  }

  /** The annotations `actor` may see, as a query on the case index (their working groups read from PostgreSQL). */
  async annotationRule(actor: AccessActor): Promise<estypes.QueryDslQueryContainer> {
    return annotationsVisibleTo(actor.id, await this.access.workingGroupsOf(actor));
  }

  /** The reader's row rule ({@link CaseRowRule}): their readable statuses, less what the index lags on. */
  async rowRule(actor: AccessActor): Promise<CaseRowRule> {
    const readable = this.access.caseStatuses(actor, 'cases.read');
    return { readable, hiddenWhileIndexing: await this.cases.hiddenWhileIndexing(readable) };
  }

  /** Cases like `subject` (already checked readable): wording and structured overlap, with why. */
  async similar(subject: CaseResponse, actor: AccessActor, size = 10): Promise<SimilarCase[]> {
    const rows = await this.rowRule(actor);
    const response = await this.call(() =>
      this.client.search<CaseDocument>(
        { ...buildSimilarBody(subject, rows, size), ...SCORED, ...WHOLE, index: this.index.names.alias },
        this.requestOptions,
      ),
    );
    const visible = await this.stillReadable(response.hits.hits, rows.readable);
    return visible.map((hit) => {
      const source = hit._source!;
      return {
        id: source.id,
        reference: source.reference,
        title: source.title,
        jurisdiction: source.jurisdiction,
        year: source.year,
        score: hit._score ?? 0,
        why: similarReasons(subject, source, matchedNames(hit)),
      };
    });
  }

  /** The index lags PostgreSQL by a moment: a case just withdrawn or deleted is not shown. */
  private async stillReadable<Hit extends { _source?: CaseDocument }>(
    hits: Hit[],
    readable: readonly CaseStatus[],
  ): Promise<Hit[]> {
    const current = await this.cases.statusesOf(hits.map((hit) => hit._source!.id));
    return hits.filter((hit) => readable.includes(current.get(hit._source!.id) as CaseStatus));
  }

  /**
   * A cursor is sealed (AES-256-GCM, key derived from the signing secret): the client can
   * neither read the point in time it names nor forge one.
   */
  private encodeCursor(cursor: Cursor): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.cursorKey, iv);
    const sealed = Buffer.concat([cipher.update(JSON.stringify(cursor), 'utf8'), cipher.final()]);
    return Buffer.concat([iv, cipher.getAuthTag(), sealed]).toString('base64url');
  }

  private decodeCursor(text: string, fingerprint: string): Cursor {
    const refuse = (message: string) => new ProblemsException([{ path: 'cursor', rule: 'cursor', message }]);
    let cursor: Cursor;
    try {
      const bytes = Buffer.from(text, 'base64url');
      const decipher = createDecipheriv('aes-256-gcm', this.cursorKey, bytes.subarray(0, 12));
      decipher.setAuthTag(bytes.subarray(12, 28));
      cursor = JSON.parse(Buffer.concat([decipher.update(bytes.subarray(28)), decipher.final()]).toString('utf8'));
    } catch {
      throw refuse('cursor must be the `next` of a previous answer');
    }
    if (cursor.search !== fingerprint) {
      throw refuse('this cursor belongs to another search: send the same q, filter, sort and size with it');
    }
    return cursor;
  }

  /**
   * Runs a request against the cluster; its being away or slow is a 503 with a plain message,
   * an expired page cursor a 400 that says to search again.
   */
  private async call<T>(request: () => Promise<T>, paging = false): Promise<T> {
    try {
      return await (paging ? request() : readThroughNodeLoss(request));
    } catch (error) {
      if (error instanceof errors.ElasticsearchClientError) {
        // The kind of failure only: an engine's reason can quote the query, which is typed text.
        this.logger.warn(`search failed: ${[error.name, ...elasticsearchErrorTypes(error)].join(' ')}`);
      }
      // A point in time expired, or lost the shard copies it was bound to with a node.
      const pointInTimeLost =
        error instanceof errors.ResponseError &&
        (error.statusCode === 404 ||
          ((error.statusCode ?? 0) >= 500 && elasticsearchErrorType(error) === 'search_phase_execution_exception'));
      if (paging && pointInTimeLost) {
        throw new ProblemsException([
          { path: 'cursor', rule: 'expired', message: 'this page of results has expired; run the search again' },
        ]);
      }
      if (elasticsearchErrorType(error) === 'index_not_found_exception') {
        throw new ServiceUnavailableException('The search index is being built; try again in a minute.');
      }
      if (error instanceof errors.ElasticsearchClientError) {
        throw new ServiceUnavailableException('Search is unavailable right now; case pages still work.');
      }
      throw error;
    }
  }
}

/** The error types Elasticsearch named (`search_phase_execution_exception: node_not_connected_exception`), no reasons. */
function elasticsearchErrorTypes(error: errors.ElasticsearchClientError): string[] {
  if (!(error instanceof errors.ResponseError)) return [];
  const body = error.body as { error?: { type?: string; root_cause?: { type?: string }[] } } | undefined;
  const causes = [...new Set((body?.error?.root_cause ?? []).map((cause) => cause.type))];
  return [`${error.statusCode}`, body?.error?.type, ...causes].filter((part): part is string => Boolean(part));
}

/** The names of the clauses a hit matched. */
function matchedNames(hit: estypes.SearchHit<unknown>): string[] {
  return Array.isArray(hit.matched_queries) ? hit.matched_queries : Object.keys(hit.matched_queries ?? {});
}

/** `hits.total`, as a number whether or not the request asked for the object form. */
export function totalOf(total: number | estypes.SearchTotalHits | undefined): number {
  return typeof total === 'number' ? total : (total?.value ?? 0);
}

function searchFingerprint(parameters: SearchParameters, readable: readonly CaseStatus[], changedAfter?: string) {
  const { q, filter, interpret, sort, size } = parameters;
  return createHash('sha256')
    .update(JSON.stringify([q, filter, interpret, sort, size, readable, changedAfter ?? null]))
    .digest('base64url')
    .slice(0, 16);
}
