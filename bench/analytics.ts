/**
 * Analytics over the bench index: outcomes by jurisdiction and the compare view, through the
 * API and, as the baseline, the very same aggregation requests sent straight to Elasticsearch
 * (built by the same pure functions). The request cache is cleared before every request, so
 * both sides compute the aggregations.
 */
import type { estypes } from '@elastic/elasticsearch';
import { buildCompareBody, buildOutcomesBody } from '../libs/analytics/src';
import { elasticsearch, getJson, INDEX, latenciesOf, NAMES } from './bench-support';
import type { BenchRow, Latencies, RunningApi } from './bench-support';

// The bench reads as a member: published cases only, as the API's row rule says.
const READABLE: estypes.QueryDslQueryContainer = { terms: { status: ['published'] } };
const COMPARED = ['KZ', 'UZ', 'KG', 'TJ'];

interface Scenario {
  name: string;
  path: string;
  body: estypes.SearchRequest;
}

const SCENARIOS: Scenario[] = [
  {
    name: 'outcomes by jurisdiction',
    path: 'analytics/outcomes?groupBy=jurisdiction',
    body: buildOutcomesBody('jurisdiction', [READABLE]),
  },
  {
    name: `compare ${COMPARED.join(', ')}`,
    path: `analytics/compare?jurisdictions=${COMPARED.join(',')}`,
    body: buildCompareBody(
      [READABLE],
      Object.fromEntries(COMPARED.map((jurisdiction, position) => [String(position), { term: { jurisdiction } }])),
    ),
  },
];

export interface AnalyticsResult {
  name: string;
  cases: number;
  api: Latencies;
  direct: Latencies;
}

async function measure(scenario: Scenario, api: RunningApi, runs: number): Promise<AnalyticsResult> {
  const clearCache = () => elasticsearch.indices.clearCache({ index: INDEX, request: true });
  const throughApi = () =>
    getJson<{ total?: { cases: number }; columns?: { outcomes: { cases: number } }[] }>(api, scenario.path);
  const direct = () => elasticsearch.search({ index: NAMES.alias, ...scenario.body });
  const timed = async (work: () => Promise<unknown>) => {
    await clearCache();
    const started = performance.now();
    await work();
    return performance.now() - started;
  };
  // The API counts what Elasticsearch counts: the same cases, before anything is timed.
  const [answer, raw] = [await throughApi(), await direct()];
  const rawColumns = (raw.aggregations as { columns?: { buckets: Record<string, { doc_count: number }> } }).columns;
  const expected = rawColumns
    ? Object.values(rawColumns.buckets).reduce((sum, bucket) => sum + bucket.doc_count, 0)
    : typeof raw.hits.total === 'number'
      ? raw.hits.total
      : raw.hits.total!.value;
  const counted = answer.total?.cases ?? answer.columns!.reduce((sum, column) => sum + column.outcomes.cases, 0);
  if (counted !== expected)
    throw new Error(`${scenario.name}: the API counted ${counted} cases, Elasticsearch ${expected}`);

  for (let warmUp = 0; warmUp < 5; warmUp++) await Promise.all([throughApi(), direct()]);
  const apiTimes: number[] = [];
  const directTimes: number[] = [];
  for (let run = 0; run < runs; run++) {
    // Alternate which goes first, so neither always meets a warmer machine.
    if (run % 2) {
      apiTimes.push(await timed(throughApi));
      directTimes.push(await timed(direct));
    } else {
      directTimes.push(await timed(direct));
      apiTimes.push(await timed(throughApi));
    }
  }
  return { name: scenario.name, cases: expected, api: latenciesOf(apiTimes), direct: latenciesOf(directTimes) };
}

export async function benchAnalytics(
  api: RunningApi,
  runs: number,
): Promise<{ results: AnalyticsResult[]; rows: BenchRow[] }> {
  const results: AnalyticsResult[] = [];
  for (const scenario of SCENARIOS) results.push(await measure(scenario, api, runs));
  const rows = results.map((result): BenchRow => {
    const ratio = result.api.p95 / result.direct.p95;
    return {
      measure: `analytics p95: ${result.name} (${result.cases} published cases, request cache cleared)`,
      ours: `${result.api.p95.toFixed(0)} ms (p50 ${result.api.p50.toFixed(0)})`,
      raw: `${result.direct.p95.toFixed(0)} ms (p50 ${result.direct.p50.toFixed(0)})`,
      ratio,
      target: '≤ 300 ms and ≤ 1.3×',
      met: result.api.p95 <= 300 && ratio <= 1.3,
    };
  });
  return { results, rows };
}
