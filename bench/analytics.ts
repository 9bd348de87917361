/**
 * `npm run bench` (analytics): outcomes by jurisdiction and the compare view over N generated
 * cases (default 100,000; `--count` to change), through the API and, as the baseline measured in
 * the same run, the same aggregation requests sent straight to Elasticsearch. Each request runs
 * with Elasticsearch's request cache cleared first, so both sides compute the aggregations.
 * Figures vary with the machine: compare the columns of one run, not runs.
 *
 * The cases go straight into a bench index (`caseatlas_bench_cases`, kept between runs when it
 * holds the same count and schema version); PostgreSQL holds only the bench's account, since
 * these routes read the index alone.
 */
import { execSync, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { Client as Elasticsearch } from '@elastic/elasticsearch';
import type { estypes } from '@elastic/elasticsearch';
import { SingleBar, Presets } from 'cli-progress';
import { Client as Postgres } from 'pg';
import { buildCompareBody, buildOutcomesBody } from '../libs/analytics/src';
import { hashPassword } from '../libs/auth/src/passwords';
import { ensureApplicationLogin, migrate, withDatabaseName } from '../libs/database/src';
import { generateCases, generateStatutes } from '../libs/demo/src';
import {
  CASE_INDEX_MAPPINGS,
  CASE_INDEX_SCHEMA_VERSION,
  CASE_INDEX_SETTINGS,
  caseIndexNames,
  toCaseDocument,
} from '../libs/search/src';
import type { CaseDocument } from '../libs/search/src';
import { ensurePostgres } from '../scripts/lib/postgres';

const PREFIX = 'caseatlas_bench';
const NAMES = caseIndexNames(PREFIX);
const INDEX = NAMES.version(1);
const LOGIN = { role: 'caseatlas_bench_api', password: 'caseatlas-bench-api' };
const ACCOUNT = { username: 'bench.analyst', password: 'bench analyst password, local only' };
const BUILT_API = join(__dirname, '../dist/api/apps/api/src/main.js');
const ELASTICSEARCH_URL = process.env.ELASTICSEARCH_URL ?? 'http://127.0.0.1:9200';
// The bench signs in as an analyst (a member): published cases only, as the API's row rule says.
const READABLE: estypes.QueryDslQueryContainer = { terms: { status: ['published'] } };

const { values: options } = parseArgs({
  options: {
    count: { type: 'string', default: '100000' },
    runs: { type: 'string', default: '60' },
    reload: { type: 'boolean', default: false },
  },
});
const COUNT = Number(options.count);
const RUNS = Number(options.runs);

const elasticsearch = new Elasticsearch({ node: ELASTICSEARCH_URL, requestTimeout: 120_000 });

/** The bench index with COUNT generated cases: reused when it already holds them. */
async function loadCases(): Promise<void> {
  if (!options.reload && (await elasticsearch.indices.exists({ index: INDEX }))) {
    const mapping = await elasticsearch.indices.getMapping({ index: INDEX });
    const meta = mapping[INDEX].mappings._meta as { schemaVersion?: number; count?: number } | undefined;
    if (meta?.schemaVersion === CASE_INDEX_SCHEMA_VERSION && meta.count === COUNT) {
      console.log(`Reusing ${INDEX} (${COUNT} cases); --reload to load it again`);
      return;
    }
  }
  await elasticsearch.indices.delete({ index: INDEX, ignore_unavailable: true });
  await elasticsearch.indices.create({
    index: INDEX,
    settings: { ...CASE_INDEX_SETTINGS, number_of_replicas: 0, refresh_interval: '-1' },
    mappings: { ...CASE_INDEX_MAPPINGS, _meta: { schemaVersion: CASE_INDEX_SCHEMA_VERSION, count: COUNT } },
  });
  const statutes = generateStatutes();
  const catalogue = new Map(statutes.map((statute) => [statute.key, statute]));
  const now = new Date().toISOString();
  const progress = new SingleBar(
    { format: 'loading cases {bar} {value}/{total} ({eta}s left)' },
    Presets.shades_classic,
  );
  progress.start(COUNT, 0);
  const documents = (async function* () {
    for (const record of generateCases({ count: COUNT, statutes })) {
      yield toCaseDocument(
        { ...record, id: randomUUID(), version: 1, createdAt: now, updatedAt: now },
        { citedBy: 0, statutes: catalogue },
      );
    }
  })();
  const result = await elasticsearch.helpers.bulk({
    datasource: documents,
    onDocument: (document: CaseDocument) => ({ index: { _index: INDEX, _id: document.id } }),
    onSuccess: () => progress.increment(),
    flushBytes: 5_000_000,
    concurrency: 2,
  });
  progress.stop();
  if (result.failed > 0) throw new Error(`${result.failed} documents were refused`);
  await elasticsearch.indices.putSettings({ index: INDEX, settings: { refresh_interval: '1s' } });
  await elasticsearch.indices.refresh({ index: INDEX });
  await elasticsearch.indices.forcemerge({ index: INDEX, max_num_segments: 1 });
  await elasticsearch.indices.updateAliases({
    actions: [{ add: { index: INDEX, alias: NAMES.alias } }],
  });
}

/** The bench database: migrated, with the API's login and one analyst account. */
async function prepareDatabase(): Promise<{ url: string; stop: () => Promise<void> }> {
  const postgres = await ensurePostgres(() => undefined);
  const url = withDatabaseName(postgres.url, 'caseatlas_bench');
  await migrate(url);
  await ensureApplicationLogin(url, LOGIN.role, LOGIN.password);
  const client = new Postgres({ connectionString: url });
  await client.connect();
  try {
    await client.query(
      `INSERT INTO users (username, display_name, role, password_hash, updated_at)
       VALUES ($1, 'Bench analyst', 'member', $2, now())
       ON CONFLICT (username) DO UPDATE SET password_hash = EXCLUDED.password_hash`,
      [ACCOUNT.username, await hashPassword(ACCOUNT.password)],
    );
  } finally {
    await client.end();
  }
  const api = new URL(url);
  api.username = LOGIN.role;
  api.password = LOGIN.password;
  return { url: api.toString(), stop: postgres.stop };
}

async function startApi(databaseUrl: string): Promise<{ url: string; stop: () => void }> {
  const port = 3990;
  const child = spawn(process.execPath, [BUILT_API], {
    env: {
      ...process.env,
      NODE_ENV: 'test',
      LOG_LEVEL: 'warn',
      PORT: String(port),
      DATABASE_URL: databaseUrl,
      ELASTICSEARCH_URL,
      ELASTICSEARCH_INDEX_PREFIX: PREFIX,
      SEARCH_RELAY: 'off',
      RATE_LIMIT_PER_MINUTE: '1000000',
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  for (const deadline = Date.now() + 60_000; ;) {
    if (child.exitCode !== null) throw new Error(`the API exited with code ${child.exitCode}`);
    if (
      await fetch(`${url}/api/health`).then(
        () => true,
        () => false,
      )
    )
      break;
    if (Date.now() > deadline) throw new Error('the API did not start within 60 s');
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return { url, stop: () => child.kill() };
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)];

interface Scenario {
  name: string;
  path: string;
  body: estypes.SearchRequest;
}

async function measure(scenario: Scenario, apiUrl: string, token: string) {
  const clearCache = () => elasticsearch.indices.clearCache({ index: INDEX, request: true });
  const throughApi = async () => {
    const response = await fetch(`${apiUrl}/api/${scenario.path}`, { headers: { Authorization: `Bearer ${token}` } });
    if (response.status !== 200) throw new Error(`${scenario.path}: HTTP ${response.status} ${await response.text()}`);
    return response.json();
  };
  const direct = () => elasticsearch.search({ index: NAMES.alias, ...scenario.body });
  const timed = async (work: () => Promise<unknown>) => {
    await clearCache();
    const started = performance.now();
    const result = await work();
    return { ms: performance.now() - started, result };
  };
  // The API counts what Elasticsearch counts: the same cases, before anything is timed.
  const [api, raw] = [
    (await throughApi()) as { total?: { cases: number }; columns?: { outcomes: { cases: number } }[] },
    await direct(),
  ];
  const rawTotal = typeof raw.hits.total === 'number' ? raw.hits.total : raw.hits.total!.value;
  const apiTotal = api.total?.cases ?? api.columns!.reduce((sum, column) => sum + column.outcomes.cases, 0);
  const rawColumns = (raw.aggregations as { columns?: { buckets: Record<string, { doc_count: number }> } }).columns;
  const expected = rawColumns
    ? Object.values(rawColumns.buckets).reduce((sum, bucket) => sum + bucket.doc_count, 0)
    : rawTotal;
  if (apiTotal !== expected)
    throw new Error(`${scenario.name}: the API counted ${apiTotal} cases, Elasticsearch ${expected}`);

  for (let warmUp = 0; warmUp < 5; warmUp++) await Promise.all([throughApi(), direct()]);
  const apiTimes: number[] = [];
  const directTimes: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    // Alternate which goes first, so neither always meets a warmer machine.
    if (run % 2) {
      apiTimes.push((await timed(throughApi)).ms);
      directTimes.push((await timed(direct)).ms);
    } else {
      directTimes.push((await timed(direct)).ms);
      apiTimes.push((await timed(throughApi)).ms);
    }
  }
  const summary = (times: number[]) => {
    const sorted = [...times].sort((a, b) => a - b);
    return { p50: percentile(sorted, 0.5), p95: percentile(sorted, 0.95) };
  };
  return { name: scenario.name, cases: expected, api: summary(apiTimes), direct: summary(directTimes) };
}

async function main() {
  await elasticsearch.cluster.health({ wait_for_status: 'yellow', timeout: '30s' });
  await loadCases();
  const database = await prepareDatabase();
  const api = await startApi(database.url);
  try {
    const login = await fetch(`${api.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(ACCOUNT),
    });
    if (login.status !== 200 && login.status !== 201) throw new Error(`sign-in: HTTP ${login.status}`);
    const { accessToken } = (await login.json()) as { accessToken: string };
    const compared = ['KZ', 'UZ', 'KG', 'TJ'];
    const scenarios: Scenario[] = [
      {
        name: 'outcomes by jurisdiction',
        path: 'analytics/outcomes?groupBy=jurisdiction',
        body: buildOutcomesBody('jurisdiction', [READABLE]),
      },
      {
        name: `compare ${compared.join(', ')}`,
        path: `analytics/compare?jurisdictions=${compared.join(',')}`,
        body: buildCompareBody(
          [READABLE],
          Object.fromEntries(compared.map((jurisdiction, position) => [String(position), { term: { jurisdiction } }])),
        ),
      },
    ];
    const results = [];
    for (const scenario of scenarios) results.push(await measure(scenario, api.url, accessToken));

    const rows = results.map(
      (result) =>
        `| ${result.name} (${result.cases} published cases) | ${result.api.p50.toFixed(0)} | ${result.api.p95.toFixed(0)} | ${result.direct.p50.toFixed(0)} | ${result.direct.p95.toFixed(0)} | ${(result.api.p95 / result.direct.p95).toFixed(2)} |`,
    );
    console.log(
      [
        '',
        `Analytics over ${COUNT} cases, ${RUNS} requests each, request cache cleared before each:`,
        '',
        '| request | API p50 ms | API p95 ms | direct p50 ms | direct p95 ms | p95 API / direct |',
        '| --- | ---: | ---: | ---: | ---: | ---: |',
        ...rows,
      ].join('\n'),
    );
    const commit = execSync('git rev-parse --short HEAD', { encoding: 'utf8' }).trim();
    const machine = `${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GB, Node ${process.version}`;
    console.log(`\nCommit ${commit}; ${machine}`);
    const directory = join(__dirname, 'results');
    mkdirSync(directory, { recursive: true });
    const file = join(directory, `${new Date().toISOString().slice(0, 10)}-analytics.json`);
    writeFileSync(
      file,
      `${JSON.stringify({ count: COUNT, runs: RUNS, at: new Date().toISOString(), commit, machine, results }, null, 2)}\n`,
    );
    console.log(`\nResults written to ${file}`);
  } finally {
    api.stop();
    await database.stop();
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
