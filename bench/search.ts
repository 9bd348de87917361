/**
 * Precedent search over the bench index: a fixed mix of queries (text in English and Russian,
 * phrases, prefixes, filters; every answer with its facets, and highlights with text) through
 * `/api/search` and, as the baseline, the same Elasticsearch requests (built by the same pure
 * functions, with the query understood as the API understands it: one search, or the two sides of
 * the language blocks in one msearch) sent straight to the index, at concurrency 1 and 16. What
 * the API adds (reading the query with `_analyze`, the PostgreSQL re-check, the audit) is
 * its share. Also what facets and highlights cost: the same requests bare, with highlights only,
 * with facets only and with both.
 */
import type { SearchFilter } from '../libs/contracts/src';
import {
  annotationsVisibleTo,
  buildLanguageSideBodies,
  buildSearchBody,
  languageBlocksOf,
  QueryUnderstandingService,
} from '../libs/search/src';
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
): Promise<{ results: SearchResult[]; facets: Record<string, Latencies>; rows: BenchRow[] }> {
  // The query understood as the API understands it (the thesaurus, analysed by the cluster).
  const understanding = new QueryUnderstandingService(elasticsearch, { get: () => 30_000 } as never);
  const understood = await Promise.all(QUERIES.map((query) => understanding.understand(query.q)));
  // The API asks for one more hit than a page, to know whether there is a next one.
  const requests = QUERIES.map((query, index) => {
    const parameters = { ...query, sort: query.q ? ('relevance' as const) : ('verdictDate' as const), interpret: true };
    const request = {
      ...parameters,
      rows: { readable: ['published' as const], hiddenWhileIndexing: [] },
      size: PAGE + 1,
      annotations: annotationsVisibleTo(readerId, []),
      understood: understood[index],
    };
    const language = languageBlocksOf(parameters);
    return language === undefined ? [buildSearchBody(request)] : buildLanguageSideBodies(request, language);
  });
  const path = (index: number) => {
    const query = QUERIES[index % QUERIES.length];
    const parameters = new URLSearchParams({ size: String(PAGE), filter: JSON.stringify(query.filter) });
    if (query.q) parameters.set('q', query.q);
    return `search?${parameters}`;
  };
  const throughApi = (index: number) => getJson<{ total: number }>(api, path(index));
  /** The Elasticsearch requests of one API search, sent straight; its total as the API counts it. */
  const direct = async (index: number, bodies = requests[index % requests.length]) => {
    const responses =
      bodies.length === 1
        ? [await elasticsearch.search({ index: NAMES.alias, ...bodies[0] })]
        : (await elasticsearch.msearch({ index: NAMES.alias, searches: bodies.flatMap((body) => [{}, body]) }))
            .responses;
    return responses.reduce((total, response) => {
      if ('error' in response) throw new Error(JSON.stringify(response.error));
      return total + (typeof response.hits.total === 'number' ? response.hits.total : response.hits.total!.value);
    }, 0);
  };

  // A freshly loaded index answers its first searches slowly (its files and facet ordinals are read
  // then): straight to Elasticsearch first, so the API's 1.5 s search timeout does not meet them.
  for (let index = 0; index < QUERIES.length; index++) await direct(index);
  // Same totals both ways before anything is timed.
  for (let index = 0; index < QUERIES.length; index++) {
    const [answer, rawTotal] = [await throughApi(index), await direct(index)];
    if (answer.total !== rawTotal)
      throw new Error(`query ${index}: the API found ${answer.total}, Elasticsearch ${rawTotal}`);
  }
  await timedConcurrently(QUERIES.length * 3, 4, (index) => Promise.all([throughApi(index), direct(index)]));

  const results: SearchResult[] = [];
  for (const concurrency of [1, 16]) {
    // Enough samples that a p95 is not two or three slow requests: 120 through the API at concurrency 1.
    const total = runs * (concurrency === 1 ? 2 : 4);
    // API, direct, direct, API: neither side always meets a warmer (or busier) machine.
    const apiTimes = await timedConcurrently(total / 2, concurrency, throughApi);
    const directTimes = await timedConcurrently(total, concurrency, (index) => direct(index));
    apiTimes.push(...(await timedConcurrently(total / 2, concurrency, throughApi)));
    results.push({ concurrency, api: latenciesOf(apiTimes), direct: latenciesOf(directTimes) });
  }

  // What facets and highlights each cost over the bare search, straight to Elasticsearch.
  const withParts = (keep: { facets: boolean; highlights: boolean }) =>
    requests.map((bodies) =>
      bodies.map(({ aggregations, highlight, ...bare }) => ({
        ...bare,
        ...(keep.facets && aggregations ? { aggregations } : {}),
        ...(keep.highlights && highlight ? { highlight } : {}),
      })),
    );
  const parts = {
    bare: withParts({ facets: false, highlights: false }),
    highlights: withParts({ facets: false, highlights: true }),
    facets: withParts({ facets: true, highlights: false }),
    both: requests,
  };
  const partTimes = Object.fromEntries(Object.keys(parts).map((part) => [part, [] as number[]])) as Record<
    keyof typeof parts,
    number[]
  >;
  // The parts in turn, request by request, so none always meets a warmer or busier machine.
  for (let index = 0; index < runs; index++) {
    for (const part of Object.keys(parts) as (keyof typeof parts)[]) {
      const started = performance.now();
      await direct(index, parts[part][index % requests.length]);
      partTimes[part].push(performance.now() - started);
    }
  }
  const facets = {
    with: latenciesOf(partTimes.both),
    without: latenciesOf(partTimes.bare),
    highlightsOnly: latenciesOf(partTimes.highlights),
    facetsOnly: latenciesOf(partTimes.facets),
  };

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
    measure: `search with facets and highlights vs the same without (p50, straight to Elasticsearch; with highlights only ${facets.highlightsOnly.p50.toFixed(1)} ms, with facets only ${facets.facetsOnly.p50.toFixed(1)} ms)`,
    ours: `${facets.with.p50.toFixed(1)} ms`,
    raw: `${facets.without.p50.toFixed(1)} ms`,
    ratio: facets.with.p50 / facets.without.p50,
    target: 'measured',
    met: null,
  });
  return { results, facets, rows };
}
