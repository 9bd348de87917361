/**
 * `npm run bench`: every figure next to its raw-engine baseline, measured in the same run (the
 * machines are shared and noisy: read the ratios). Loads N generated cases (default 100,000,
 * `--count`) into a bench index, starts the built API against it and a bench database, and
 * measures search, analytics, layer costs, sync lag and the API's memory; then imports the cases
 * end to end and reindexes them under load (`--import-count` to import fewer). Prints one
 * Markdown table and writes bench/results/<date>.json. `--only search,analytics` runs some parts.
 */
import { execSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { benchAnalytics } from './analytics';
import { elasticsearch, loadCases, prepareDatabase, startApi } from './bench-support';
import type { BenchRow } from './bench-support';
import { benchImport } from './import';
import { benchLayers } from './layers';
import { benchSearch } from './search';
import { benchSyncLag } from './sync-lag';

const PARTS = ['search', 'analytics', 'layers', 'sync', 'import'] as const;

const { values: options } = parseArgs({
  options: {
    count: { type: 'string', default: '100000' },
    runs: { type: 'string', default: '60' },
    reload: { type: 'boolean', default: false },
    only: { type: 'string', default: PARTS.join(',') },
    // Cases imported through the importer (end to end) and reindexed; the count by default.
    'import-count': { type: 'string' },
  },
});
const COUNT = Number(options.count);
const RUNS = Number(options.runs);
const ONLY = new Set(options.only.split(','));

function table(rows: BenchRow[]): string {
  const met = (row: BenchRow) => (row.met === null ? '' : row.met ? 'yes' : '**no**');
  return [
    '| measure | CaseAtlas | raw engine | ratio | target | met |',
    '| --- | ---: | ---: | ---: | --- | --- |',
    ...rows.map(
      (row) =>
        `| ${row.measure} | ${row.ours} | ${row.raw} | ${row.ratio === null ? '' : `${row.ratio.toFixed(2)}×`} | ${row.target} | ${met(row)} |`,
    ),
  ].join('\n');
}

async function main() {
  await elasticsearch.cluster.health({ wait_for_status: 'yellow', timeout: '30s' });
  const rows: BenchRow[] = [];
  const figures: Record<string, unknown> = {};
  let failure: unknown;
  // The import brings its own cases, database and API; the other parts share the bench index.
  if (PARTS.some((part) => part !== 'import' && ONLY.has(part))) {
    await loadCases(COUNT, options.reload);
    const database = await prepareDatabase();
    const api = await startApi(database);
    try {
      if (ONLY.has('search')) {
        const search = await benchSearch(api, database.accounts.member.id, RUNS * 2);
        rows.push(...search.rows);
        figures.search = { results: search.results, facets: search.facets };
        const rss = api.peakRssMb();
        rows.push({
          measure: 'peak RSS of the API after the search load',
          ours: `${rss.toFixed(0)} MB`,
          raw: '—',
          ratio: null,
          target: '≤ 400 MB',
          met: rss <= 400,
        });
        figures.apiPeakRssMb = rss;
      }
      if (ONLY.has('analytics')) {
        const analytics = await benchAnalytics(api, RUNS * 2);
        rows.push(...analytics.rows);
        figures.analytics = analytics.results;
      }
      if (ONLY.has('layers')) {
        const layers = await benchLayers(api, RUNS);
        rows.push(...layers.rows);
        figures.layers = layers.figures;
      }
      if (ONLY.has('sync')) {
        const sync = await benchSyncLag(api, 20);
        rows.push(...sync.rows);
        figures.syncLag = sync.lag;
      }
    } finally {
      api.stop();
      await database.stop();
    }
  }
  if (ONLY.has('import')) {
    try {
      const imported = await benchImport(Number(options['import-count'] ?? COUNT));
      rows.push(...imported.rows);
      figures.import = imported.figures;
    } catch (error) {
      // The figures measured so far are still printed and kept; the run fails at the end.
      failure = error;
    }
  }
  const commit = execSync('git rev-parse --short HEAD', { encoding: 'utf8' }).trim();
  const machine = `${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GB, Node ${process.version}`;
  console.log(`\nCaseAtlas over ${COUNT} generated cases; commit ${commit}; ${machine}\n\n${table(rows)}\n`);
  const directory = join(__dirname, 'results');
  mkdirSync(directory, { recursive: true });
  // A run of some parts, or of another size, does not replace the day's full run.
  const partial = ONLY.size < PARTS.length || COUNT !== 100_000;
  const file = join(directory, `${new Date().toISOString().slice(0, 10)}${partial ? `-partial-${COUNT}` : ''}.json`);
  const at = new Date().toISOString();
  writeFileSync(file, `${JSON.stringify({ at, commit, machine, count: COUNT, runs: RUNS, rows, figures }, null, 2)}\n`);
  console.log(`Results written to ${file}`);
  if (failure) throw failure;
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
