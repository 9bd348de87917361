/**
 * Precedent search over the bench index: a fixed mix of queries (text in English and Russian,
 * phrases, prefixes, filters; every answer with its facets, and highlights with text) through
 * `/api/search` and, as the baseline, the same Elasticsearch request (built by the same pure
 * function) sent straight to the index, at concurrency 1 and 16. Also what facets cost: the
 * same requests with and without their aggregations, straight to Elasticsearch.
 */
import type { estypes } from '@elastic/elasticsearch';
import type { SearchFilter } from '../libs/contracts/src';
import { annotationsVisibleTo, buildSearchBody } from '../libs/search/src';
import { elasticsearch, getJson, latenciesOf, NAMES, timedConcurrently } from './bench-support';
import type { BenchRow, Latencies, RunningApi } from './bench-support';

const QUERIES: { q: string; filter: SearchFilter }[] = [
  { q: 'recruited online vacancy', filter: {} },
  { q: 'сексуальной эксплуатации Корея', filter: {} },
  { q: '"forced labour"', filter: { jurisdiction: ['KZ', 'RU', 'UZ'] } },
  { q: '', filter: { exploitationPurpose: ['forced_labour'], routeDestination: ['RU'] } },
  { q: 'вербов*', filter: { means: ['debt_bondage'] } },
  { q: 'passports debt', filter: { yearFrom: [2015], crossBorder: [true] } },
];
const PAGE = 20;

export interface SearchResult {
  concurrency: number;
  api: Latencies;
  direct: Latencies;
}

export async function benchSearch(
  api: RunningApi,
  readerId: string,
  runs: number,
): Promise<{ results: SearchResult[]; facets: { with: Latencies; without: Latencies }; rows: BenchRow[] }> {
  // The API asks for one more hit than a page, to know whether there is a next one.
  const bodies = QUERIES.map((query) =>
    buildSearchBody({
      ...query,
      rows: { readable: ['published'], hiddenWhileIndexing: [] },
      sort: query.q ? 'relevance' : 'verdictDate',
      size: PAGE + 1,
      annotations: annotationsVisibleTo(readerId, []),
    }),
  );
  const path = (index: number) => {
    const query = QUERIES[index % QUERIES.length];
    const parameters = new URLSearchParams({ size: String(PAGE), filter: JSON.stringify(query.filter) });
    if (query.q) parameters.set('q', query.q);
    return `search?${parameters}`;
  };
  const throughApi = (index: number) => getJson<{ total: number }>(api, path(index));
  const direct = (index: number, body = bodies[index % bodies.length]) =>
    elasticsearch.search({ index: NAMES.alias, ...body });

  // Same totals both ways before anything is timed.
  for (let index = 0; index < QUERIES.length; index++) {
    const [answer, raw] = [await throughApi(index), await direct(index)];
    const rawTotal = typeof raw.hits.total === 'number' ? raw.hits.total : raw.hits.total!.value;
    if (answer.total !== rawTotal)
      throw new Error(`query ${index}: the API found ${answer.total}, Elasticsearch ${rawTotal}`);
  }
  await timedConcurrently(QUERIES.length * 3, 4, (index) => Promise.all([throughApi(index), direct(index)]));

  const results: SearchResult[] = [];
  for (const concurrency of [1, 16]) {
    const total = runs * (concurrency === 1 ? 1 : 4);
    // API, direct, direct, API: neither side always meets a warmer (or busier) machine.
    const apiTimes = await timedConcurrently(total / 2, concurrency, throughApi);
    const directTimes = await timedConcurrently(total, concurrency, (index) => direct(index));
    apiTimes.push(...(await timedConcurrently(total / 2, concurrency, throughApi)));
    results.push({ concurrency, api: latenciesOf(apiTimes), direct: latenciesOf(directTimes) });
  }

  const plainBodies = bodies.map(
    ({ aggregations: _aggregations, highlight: _highlight, ...plain }) => plain as estypes.SearchRequest,
  );
  const withFacets = await timedConcurrently(runs, 1, (index) => direct(index));
  const without = await timedConcurrently(runs, 1, (index) => direct(index, plainBodies[index % plainBodies.length]));
  const facets = { with: latenciesOf(withFacets), without: latenciesOf(without) };

  const rows: BenchRow[] = results.map((result) => {
    const ratio = result.api.p95 / result.direct.p95;
    return {
      measure: `search p95, concurrency ${result.concurrency} (query mix of ${QUERIES.length}, facets and highlights)`,
      ours: `${result.api.p95.toFixed(1)} ms (p50 ${result.api.p50.toFixed(1)}, p99 ${result.api.p99.toFixed(1)})`,
      raw: `${result.direct.p95.toFixed(1)} ms (p50 ${result.direct.p50.toFixed(1)}, p99 ${result.direct.p99.toFixed(1)})`,
      ratio,
      target: '≤ 1.3×',
      met: ratio <= 1.3,
    };
  });
  rows.push({
    measure: 'search with facets and highlights vs the same without (p50, straight to Elasticsearch)',
    ours: `${facets.with.p50.toFixed(1)} ms`,
    raw: `${facets.without.p50.toFixed(1)} ms`,
    ratio: facets.with.p50 / facets.without.p50,
    target: 'measured',
    met: null,
  });
  return { results, facets, rows };
}
