import type { estypes } from '@elastic/elasticsearch';

/** What outcomes can be grouped by, and the case-document field each reads. */
export const OUTCOME_GROUPS = {
  jurisdiction: 'jurisdiction',
  year: 'year',
  statute: 'statutes',
  purpose: 'exploitationPurposes',
  sector: 'sectors',
  court_level: 'courtLevel',
} as const;
export type OutcomeGroup = keyof typeof OUTCOME_GROUPS;
export const OUTCOME_GROUP_NAMES = Object.keys(OUTCOME_GROUPS) as OutcomeGroup[];

type Query = estypes.QueryDslQueryContainer;
const CONVICTED: Query = { term: { 'defendants.verdict': 'convicted' } };
// Every value once, with how often it occurs: the exact distribution, not a TDigest estimate.
const EXACT = (field: string) => ({ histogram: { field, interval: 1, min_doc_count: 1 } });

/**
 * The metrics of one group of cases (docs/metrics.md). Defendants are nested: their counts,
 * custodial terms, life sentences and suspended sentences are aggregated inside them.
 */
export const OUTCOME_METRICS: Record<string, estypes.AggregationsAggregationContainer> = {
  defendants: {
    nested: { path: 'defendants' },
    aggs: {
      verdicts: { terms: { field: 'defendants.verdict', size: 10 } },
      // Custodial sentence statistics: convicted, sentenced to a finite term, not suspended.
      custodial: {
        filter: {
          bool: {
            filter: [CONVICTED, { term: { 'defendants.sentenced': true } }, { term: { 'defendants.life': false } }],
            must_not: [{ term: { 'defendants.suspended': true } }],
          },
        },
        aggs: { months: EXACT('defendants.custodialMonths') },
      },
      life: { filter: { bool: { filter: [CONVICTED, { term: { 'defendants.life': true } }] } } },
      sentenced: {
        filter: { bool: { filter: [CONVICTED, { term: { 'defendants.sentenced': true } }] } },
        aggs: { suspended: { filter: { term: { 'defendants.suspended': true } } } },
      },
    },
  },
  days: EXACT('daysToVerdict'),
};

/** Pure: the aggregation request for outcomes grouped by `group` over the cases `filters` select. */
export function buildOutcomesBody(group: OutcomeGroup, filters: Query[]): estypes.SearchRequest {
  return {
    size: 0,
    track_total_hits: true,
    query: { bool: { filter: filters } },
    aggregations: {
      groups: {
        // Every value: the number of jurisdictions, years, statutes or sectors is small.
        terms: { field: OUTCOME_GROUPS[group], size: 1000, order: { _key: 'asc' } },
        aggs: OUTCOME_METRICS,
      },
      ...OUTCOME_METRICS,
    },
  };
}

/** Pure: the same metrics by jurisdiction and, within each, by year of the first-instance verdict. */
export function buildTrendsBody(filters: Query[]): estypes.SearchRequest {
  return {
    size: 0,
    query: { bool: { filter: filters } },
    aggregations: {
      jurisdictions: {
        terms: { field: 'jurisdiction', size: 1000, order: { _key: 'asc' } },
        aggs: { years: { terms: { field: 'year', size: 1000, order: { _key: 'asc' } }, aggs: OUTCOME_METRICS } },
      },
    },
  };
}
