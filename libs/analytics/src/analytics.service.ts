import { Inject, Injectable, ServiceUnavailableException } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { Client, errors } from '@elastic/elasticsearch';
import type { estypes } from '@elastic/elasticsearch';
import type {
  AccessActor,
  CompareResponse,
  CooperationResponse,
  LegislationResponse,
  OutcomeGroup,
  OutcomesResponse,
  RoutesResponse,
  SearchFilter,
  StatuteInPractice,
  TrendsResponse,
  VictimsResponse,
} from '@caseatlas/contracts';
import type { EnvironmentVariables } from '@caseatlas/config';
import { AccessService } from '@caseatlas/access';
import { StatuteRepository } from '@caseatlas/cases';
import {
  CaseIndex,
  interactiveRequestOptions,
  readThroughNodeLoss,
  filterClauses,
  rowRuleClause,
  SavedSearchService,
  SearchService,
  textQuery,
  totalOf,
} from '@caseatlas/search';
import type { Understanding } from '@caseatlas/search';
import {
  buildCompareBody,
  buildCooperationBody,
  buildLegislationBody,
  buildOutcomesBody,
  buildRoutesBody,
  buildTrendsBody,
  buildVictimsBody,
} from './aggregations';
import { distributionOf } from './percentiles';
import {
  histogramOf,
  toCooperationMetrics,
  toMentalHealthStages,
  toOutcomeMetrics,
  toRouteFlows,
  toVictimMetrics,
} from './bucket-parsing';
import type {
  CooperationBuckets,
  MentalHealthBuckets,
  OutcomeBuckets,
  RouteBuckets,
  VictimBuckets,
} from './bucket-parsing';

type Query = estypes.QueryDslQueryContainer;

/** The cases a request is about: the `q` and `filter` of precedent search. */
export interface AnalyticsScope {
  q: string;
  filter: SearchFilter;
  /** As search reads `q` (see SearchParameters.interpret); true when absent. */
  interpret?: boolean;
}

/** Comparative analytics over the case index, within the reader's row rule. */
@Injectable()
export class AnalyticsService {
  private readonly requestOptions: { requestTimeout: number; maxRetries: number };
  private readonly smallBelow: number;

  constructor(
    @Inject(Client) private readonly client: Client,
    private readonly index: CaseIndex,
    private readonly access: AccessService,
    private readonly statutes: StatuteRepository,
    private readonly savedSearches: SavedSearchService,
    private readonly search: SearchService,
    config: ConfigService<EnvironmentVariables, true>,
  ) {
    this.requestOptions = interactiveRequestOptions(this.client, config.get('SEARCH_TIMEOUT_MS', { infer: true }));
    this.smallBelow = config.get('ANALYTICS_SMALL_CELL', { infer: true });
  }

  async outcomes(group: OutcomeGroup, scope: AnalyticsScope, actor: AccessActor): Promise<OutcomesResponse> {
    const response = await this.run(buildOutcomesBody(group, await this.clauses(scope, actor)));
    const aggregations = response.aggregations as unknown as OutcomeBuckets & {
      groups: { buckets: (OutcomeBuckets & { key: string | number; key_as_string?: string })[] };
    };
    return {
      smallBelow: this.smallBelow,
      rows: aggregations.groups.buckets.map((bucket) => ({
        key: bucket.key_as_string ?? String(bucket.key),
        ...toOutcomeMetrics(bucket, this.smallBelow),
      })),
      total: toOutcomeMetrics({ ...aggregations, doc_count: totalOf(response.hits.total) }, this.smallBelow),
    };
  }

  /** The outcome metrics by year of the first-instance verdict, per jurisdiction (cases without one are left out). */
  async trends(scope: AnalyticsScope, actor: AccessActor): Promise<TrendsResponse> {
    const response = await this.run(buildTrendsBody(await this.clauses(scope, actor)));
    const aggregations = response.aggregations as unknown as {
      jurisdictions: { buckets: { key: string; years: { buckets: (OutcomeBuckets & { key: number })[] } }[] };
    };
    return {
      smallBelow: this.smallBelow,
      rows: aggregations.jurisdictions.buckets.flatMap((jurisdiction) =>
        jurisdiction.years.buckets.map((year) => ({
          key: `${jurisdiction.key}/${year.key}`,
          jurisdiction: jurisdiction.key,
          year: year.key,
          ...toOutcomeMetrics(year, this.smallBelow),
        })),
      ),
    };
  }

  async routes(scope: AnalyticsScope, actor: AccessActor): Promise<RoutesResponse> {
    const response = await this.run(buildRoutesBody(await this.clauses(scope, actor)));
    return {
      smallBelow: this.smallBelow,
      flows: toRouteFlows(response.aggregations as unknown as RouteBuckets, this.smallBelow),
    };
  }

  async victims(scope: AnalyticsScope, actor: AccessActor): Promise<VictimsResponse> {
    const response = await this.run(buildVictimsBody(await this.clauses(scope, actor)));
    const aggregations = response.aggregations as unknown as VictimBuckets & MentalHealthBuckets;
    return {
      smallBelow: this.smallBelow,
      ...toVictimMetrics({ ...aggregations, doc_count: totalOf(response.hits.total) }, this.smallBelow),
      mentalHealth: toMentalHealthStages(aggregations, this.smallBelow),
    };
  }

  async cooperation(scope: AnalyticsScope, actor: AccessActor): Promise<CooperationResponse> {
    const response = await this.run(buildCooperationBody(await this.clauses(scope, actor)));
    return {
      smallBelow: this.smallBelow,
      ...toCooperationMetrics(response.aggregations as unknown as CooperationBuckets, this.smallBelow),
    };
  }

  /** The statutes of each jurisdiction from the catalogue, with the sentences given under each. */
  async legislation(jurisdictions: string[], scope: AnalyticsScope, actor: AccessActor): Promise<LegislationResponse> {
    const clauses = [...(await this.clauses(scope, actor)), { terms: { jurisdiction: jurisdictions } }];
    const [catalogue, response] = await Promise.all([this.statutes.findAll(), this.run(buildLegislationBody(clauses))]);
    const aggregations = response.aggregations as unknown as {
      defendants: { statutes: { buckets: (StatuteBucket & { key: string })[] } };
    };
    const sentenced = new Map(aggregations.defendants.statutes.buckets.map((bucket) => [bucket.key, bucket]));
    return {
      smallBelow: this.smallBelow,
      jurisdictions: jurisdictions.map((jurisdiction) => ({
        jurisdiction,
        statutes: catalogue
          .filter((statute) => statute.jurisdiction === jurisdiction)
          .map((statute): StatuteInPractice => {
            const bucket = sentenced.get(statute.key);
            return {
              key: statute.key,
              title: statute.title,
              penaltyMinMonths: statute.penaltyMinMonths,
              penaltyMaxMonths: statute.penaltyMaxMonths,
              lifePossible: statute.lifePossible,
              purposes: statute.purposes,
              convicted: bucket?.doc_count ?? 0,
              sentenceMonths: distributionOf(histogramOf(bucket?.custodial.months.buckets ?? [])),
              lifeSentences: bucket?.life.doc_count ?? 0,
              sentencePositionInRange: distributionOf(histogramOf(bucket?.custodial.positions.buckets ?? [])),
              small: (bucket?.doc_count ?? 0) < this.smallBelow,
            };
          }),
      })),
    };
  }

  /** Jurisdictions, or the reader's saved searches, side by side: every metric per column, in one request. */
  async compare(
    by: { jurisdictions: string[] } | { savedSearches: string[] },
    scope: AnalyticsScope,
    actor: AccessActor,
  ): Promise<CompareResponse> {
    // The reader's working groups are read once, beside the row rule and the query's reading.
    const annotationRule = this.search.annotationRule(actor);
    const [annotations, clauses] = await Promise.all([annotationRule, this.clauses(scope, actor, annotationRule)]);
    const columns: { key: string; label: string; query: Query }[] =
      'jurisdictions' in by
        ? by.jurisdictions.map((jurisdiction) => ({
            key: jurisdiction,
            label: jurisdiction,
            query: { term: { jurisdiction } },
          }))
        : await Promise.all(
            (await this.savedSearches.findOwn(by.savedSearches, actor)).map(async (saved) => ({
              key: saved.id,
              label: saved.name,
              query: { bool: { filter: scopeClauses(saved, annotations, await this.search.understand(saved.q)) } },
            })),
          );
    const response = await this.run(
      buildCompareBody(
        clauses,
        Object.fromEntries(columns.map((column, position) => [String(position), column.query])),
      ),
    );
    const buckets = (
      response.aggregations as unknown as {
        columns: { buckets: Record<string, OutcomeBuckets & VictimBuckets & CooperationBuckets> };
      }
    ).columns.buckets;
    return {
      smallBelow: this.smallBelow,
      by: 'jurisdictions' in by ? 'jurisdiction' : 'savedSearch',
      columns: columns.map((column, position) => {
        const bucket = buckets[String(position)];
        return {
          key: column.key,
          label: column.label,
          outcomes: toOutcomeMetrics(bucket, this.smallBelow),
          victims: toVictimMetrics(bucket, this.smallBelow),
          cooperation: toCooperationMetrics(bucket, this.smallBelow),
        };
      }),
    };
  }

  /** The reader's row rule, then the search text and filter (annotation tags as the reader sees them). */
  private async clauses(
    scope: AnalyticsScope,
    actor: AccessActor,
    annotationRule = this.search.annotationRule(actor),
  ): Promise<Query[]> {
    const [rows, annotations, understood] = await Promise.all([
      this.search.rowRule(actor),
      annotationRule,
      this.search.understand(scope.q, scope.interpret ?? true),
    ]);
    return [rowRuleClause(rows), ...scopeClauses(scope, annotations, understood)];
  }

  private async run(body: estypes.SearchRequest) {
    try {
      // Figures are exact or not given: a shard with no copy left fails the request.
      return await readThroughNodeLoss(() =>
        this.client.search(
          { index: this.index.names.alias, allow_partial_search_results: false, ...body },
          this.requestOptions,
        ),
      );
    } catch (error) {
      if (error instanceof errors.ElasticsearchClientError) {
        throw new ServiceUnavailableException('Analytics are unavailable right now; case pages still work.');
      }
      throw error;
    }
  }
}

interface StatuteBucket {
  doc_count: number;
  custodial: {
    months: { buckets: { key: number; doc_count: number }[] };
    positions: { buckets: { key: number; doc_count: number }[] };
  };
  life: { doc_count: number };
}

/** The search text (scoring does not matter: a filter) and the filter's clauses. */
function scopeClauses(scope: AnalyticsScope, annotations: Query, understood: Understanding): Query[] {
  const text = textQuery(scope.q, annotations, understood);
  return [...(text ? [text] : []), ...filterClauses(scope.filter, annotations).values()];
}
