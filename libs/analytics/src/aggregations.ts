import type { estypes } from '@elastic/elasticsearch';
import { COOPERATION_INSTRUMENTS, MENTAL_HEALTH_INVOLVEMENT } from '@caseatlas/contracts';
import type { OutcomeGroup } from '@caseatlas/contracts';

/**
 * The aggregation requests of comparative analytics (docs/metrics.md). Pure: each builder takes
 * the clauses selecting the cases (the reader's row rule, the search filter and text) and returns
 * the body sent to the case index. Every figure is counted exactly: distributions come back as
 * every value with how often it occurs, never as Elasticsearch's `percentiles` estimate.
 */
type Query = estypes.QueryDslQueryContainer;
type Aggregations = Record<string, estypes.AggregationsAggregationContainer>;

/** What outcomes can be grouped by, and the case-document field each reads. */
export const OUTCOME_GROUP_FIELDS: Record<OutcomeGroup, string> = {
  jurisdiction: 'jurisdiction',
  year: 'year',
  statute: 'statutes',
  purpose: 'exploitationPurposes',
  sector: 'sectors',
  court_level: 'courtLevel',
};

// Keys of closed vocabularies and countries are few: every one is returned (never a top-n).
const ALL = 1000;
const CONVICTED: Query = { term: { 'defendants.verdict': 'convicted' } };
// Every integer value once, with how often it occurs: the exact distribution.
const EXACT_INTEGERS = (field: string) => ({ histogram: { field, interval: 1, min_doc_count: 1 } });
// The same for fractions (positions in a range): each distinct value is a term.
const EXACT_FRACTIONS = (field: string) => ({ terms: { field, size: 65_000 } });
const VICTIMS = { sum: { field: 'victims.count' } };

const VERDICTS: Aggregations = {
  defendants: {
    nested: { path: 'defendants' },
    aggs: { verdicts: { terms: { field: 'defendants.verdict', size: 10 } } },
  },
};

/** Custodial sentence statistics: convicted, sentenced to a finite term, not suspended. */
const CUSTODIAL: Query = {
  bool: {
    filter: [CONVICTED, { term: { 'defendants.sentenced': true } }, { term: { 'defendants.life': false } }],
    must_not: [{ term: { 'defendants.suspended': true } }],
  },
};

/** The outcome metrics of a group of cases; defendants are nested and aggregated inside them. */
export const OUTCOME_METRICS: Aggregations = {
  defendants: {
    nested: { path: 'defendants' },
    aggs: {
      verdicts: { terms: { field: 'defendants.verdict', size: 10 } },
      custodial: {
        filter: CUSTODIAL,
        aggs: {
          months: EXACT_INTEGERS('defendants.custodialMonths'),
          // Set only for custodial terms under a statute with a range (libs/search case-document).
          positions: EXACT_FRACTIONS('defendants.positionInRange'),
        },
      },
      life: { filter: { bool: { filter: [CONVICTED, { term: { 'defendants.life': true } }] } } },
      sentenced: {
        filter: { bool: { filter: [CONVICTED, { term: { 'defendants.sentenced': true } }] } },
        aggs: { suspended: { filter: { term: { 'defendants.suspended': true } } } },
      },
    },
  },
  days: EXACT_INTEGERS('daysToVerdict'),
};

/** Victims: groups are nested, each with its head count; figures are victims, not groups. */
export const VICTIM_METRICS: Aggregations = {
  victims: {
    nested: { path: 'victims' },
    aggs: {
      count: VICTIMS,
      minors: { sum: { field: 'victims.minors' } },
      testified: { filter: { term: { 'victims.testified': true } }, aggs: { count: VICTIMS } },
      compensated: {
        filter: { term: { 'victims.compensated': true } },
        aggs: {
          count: VICTIMS,
          currencies: {
            terms: { field: 'victims.compensationCurrency', size: ALL, order: { _key: 'asc' } },
            aggs: { amount: { sum: { field: 'victims.compensationAmount' } }, count: VICTIMS },
          },
        },
      },
      sex: { terms: { field: 'victims.sex', size: ALL, order: { _key: 'asc' } }, aggs: { count: VICTIMS } },
      nationalities: {
        terms: { field: 'victims.nationality', size: ALL, order: { _key: 'asc' } },
        aggs: { count: VICTIMS },
      },
      services: {
        terms: { field: 'victims.servicesProvided', size: ALL, order: { _key: 'asc' } },
        aggs: { count: VICTIMS },
      },
    },
  },
};

const hasNo = (field: string): Query => ({ bool: { must_not: { exists: { field } } } });

/** Mental-health professionals by stage (and none), with how testimony and verdicts went. */
export const MENTAL_HEALTH_METRICS: Aggregations = {
  mentalHealth: {
    filters: {
      filters: {
        ...Object.fromEntries(
          MENTAL_HEALTH_INVOLVEMENT.map((stage) => [stage, { term: { mentalHealthInvolvement: stage } }]),
        ),
        none: hasNo('mentalHealthInvolvement'),
      },
    },
    aggs: {
      victims: {
        nested: { path: 'victims' },
        aggs: {
          count: VICTIMS,
          testified: { filter: { term: { 'victims.testified': true } }, aggs: { count: VICTIMS } },
        },
      },
      ...VERDICTS,
    },
  },
};

/** Cooperation, over cross-border cases: each instrument's use and the verdicts where it was used. */
export const COOPERATION_METRICS: Aggregations = {
  crossBorder: {
    filter: { term: { crossBorder: true } },
    aggs: {
      instruments: {
        filters: {
          filters: {
            ...Object.fromEntries(
              COOPERATION_INSTRUMENTS.map((instrument) => [
                instrument,
                { term: { cooperationInstruments: instrument } },
              ]),
            ),
            none: hasNo('cooperationInstruments'),
          },
        },
        aggs: VERDICTS,
      },
      mlaRequests: {
        nested: { path: 'mlaRequests' },
        aggs: { outcomes: { terms: { field: 'mlaRequests.outcome', size: ALL, order: { _key: 'asc' } } } },
      },
      extraditions: {
        nested: { path: 'extraditions' },
        aggs: { outcomes: { terms: { field: 'extraditions.outcome', size: ALL, order: { _key: 'asc' } } } },
      },
    },
  },
};

const body = (filters: Query[], aggregations: Aggregations): estypes.SearchRequest => ({
  size: 0,
  track_total_hits: true,
  query: { bool: { filter: filters } },
  aggregations,
});

const byKey = (field: string, aggs: Aggregations) => ({
  terms: { field, size: ALL, order: { _key: 'asc' as const } },
  aggs,
});

export function buildOutcomesBody(group: OutcomeGroup, filters: Query[]): estypes.SearchRequest {
  return body(filters, { groups: byKey(OUTCOME_GROUP_FIELDS[group], OUTCOME_METRICS), ...OUTCOME_METRICS });
}

/** The outcome metrics by jurisdiction and, within each, by year of the first-instance verdict. */
export function buildTrendsBody(filters: Query[]): estypes.SearchRequest {
  return body(filters, { jurisdictions: byKey('jurisdiction', { years: byKey('year', OUTCOME_METRICS) }) });
}

/** Cases without a transit country are kept, under this key. */
export const NO_TRANSIT = '-';

/** Origin → transit → destination, each combination a case records, with its victims. */
export function buildRoutesBody(filters: Query[]): estypes.SearchRequest {
  return body(filters, {
    origins: byKey('route.origin', {
      transits: {
        terms: { field: 'route.transit', size: ALL, missing: NO_TRANSIT, order: { _key: 'asc' } },
        aggs: { destinations: byKey('route.destination', { victims: { sum: { field: 'victimCount' } } }) },
      },
    }),
  });
}

export function buildVictimsBody(filters: Query[]): estypes.SearchRequest {
  return body(filters, { ...VICTIM_METRICS, ...MENTAL_HEALTH_METRICS });
}

export function buildCooperationBody(filters: Query[]): estypes.SearchRequest {
  return body(filters, COOPERATION_METRICS);
}

/** Sentences by the statute each convicted defendant's sentence falls under (their gravest convicted charge). */
export function buildLegislationBody(filters: Query[]): estypes.SearchRequest {
  return body(filters, {
    defendants: {
      nested: { path: 'defendants' },
      aggs: {
        statutes: {
          terms: { field: 'defendants.sentenceStatute', size: 10_000, order: { _key: 'asc' } },
          aggs: {
            custodial: {
              filter: CUSTODIAL,
              aggs: {
                months: EXACT_INTEGERS('defendants.custodialMonths'),
                positions: EXACT_FRACTIONS('defendants.positionInRange'),
              },
            },
            life: { filter: { term: { 'defendants.life': true } } },
          },
        },
      },
    },
  });
}

/** Side by side: one column per selection of cases, each with every metric, in one request. */
export function buildCompareBody(filters: Query[], columns: Record<string, Query>): estypes.SearchRequest {
  return body(filters, {
    columns: {
      filters: { filters: columns },
      aggs: { ...OUTCOME_METRICS, ...VICTIM_METRICS, ...COOPERATION_METRICS },
    },
  });
}
