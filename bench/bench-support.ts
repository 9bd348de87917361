/**
 * What every benchmark shares: the bench index of N generated cases, the bench database with its
 * accounts, the built API started against both, and the arithmetic of latencies. Figures vary
 * with the machine: compare the columns of one run, not runs.
 */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client as Elasticsearch } from '@elastic/elasticsearch';
import { SingleBar, Presets } from 'cli-progress';
import { Client as Postgres } from 'pg';
import { hashPassword } from '../libs/auth/src/passwords';
import type { CaseRecord, Role } from '../libs/contracts/src';
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

export const PREFIX = 'caseatlas_bench';
export const NAMES = caseIndexNames(PREFIX);
export const INDEX = NAMES.version(1);
const LOGIN = { role: 'caseatlas_bench_api', password: 'caseatlas-bench-api' };
const PASSWORD = 'bench password, local only';
const BUILT_API = join(__dirname, '../dist/api/apps/api/src/main.js');
export const ELASTICSEARCH_URL = process.env.ELASTICSEARCH_URL ?? 'http://127.0.0.1:9200';

export const elasticsearch = new Elasticsearch({ nodes: ELASTICSEARCH_URL.split(','), requestTimeout: 120_000 });

/** Case texts as users write them (issue 15): summary 0.5–1.5 KB, facts 2–8 KB, Russian and English. */
const TEXT_SIZES = 'summary 0.5-1.5 KB, facts 2-8 KB';

/**
 * The demo generator's cases with texts grown to realistic sizes: each text continues with
 * paragraphs of other generated cases in the same language (the demo's own are shorter).
 */
export function* benchCases(count: number, statutes = generateStatutes()): Generator<CaseRecord> {
  const pool: Record<string, string[]> = {};
  for (const record of generateCases({ count: 200, seed: 3, statutes })) {
    (pool[record.language] ??= []).push(record.facts);
  }
  let index = 0;
  const grow = (text: string, language: string, size: number) => {
    const paragraphs = pool[language] ?? pool.en;
    let grown = text;
    while (grown.length < size) grown += `\n\n${paragraphs[index++ % paragraphs.length]}`;
    return grown.slice(0, size);
  };
  let case_ = 0;
  for (const record of generateCases({ count, statutes })) {
    // Sizes spread evenly over the ranges, the same for every run.
    const spread = (case_++ * 7919) % 1000;
    yield {
      ...record,
      summary: grow(record.summary, record.language, 500 + spread),
      facts: grow(record.facts, record.language, 2000 + spread * 6),
    };
  }
}

/** The bench index with `count` generated cases, straight from the generator: reused when it already holds them. */
export async function loadCases(count: number, reload: boolean): Promise<void> {
  if (!reload && (await elasticsearch.indices.exists({ index: INDEX }))) {
    const mapping = await elasticsearch.indices.getMapping({ index: INDEX });
    const meta = mapping[INDEX].mappings._meta as
      { schemaVersion?: number; count?: number; texts?: string } | undefined;
    if (meta?.schemaVersion === CASE_INDEX_SCHEMA_VERSION && meta.count === count && meta.texts === TEXT_SIZES) {
      console.log(`Reusing ${INDEX} (${count} cases); --reload to load it again`);
      // A load cut short after its merge left the index without its alias.
      await elasticsearch.indices.updateAliases({ actions: [{ add: { index: INDEX, alias: NAMES.alias } }] });
      return;
    }
  }
  await elasticsearch.indices.delete({ index: INDEX, ignore_unavailable: true });
  await elasticsearch.indices.create({
    index: INDEX,
    settings: { ...CASE_INDEX_SETTINGS, number_of_replicas: 0, refresh_interval: '-1' },
    mappings: { ...CASE_INDEX_MAPPINGS, _meta: { schemaVersion: CASE_INDEX_SCHEMA_VERSION, count, texts: TEXT_SIZES } },
  });
  const statutes = generateStatutes();
  const catalogue = new Map(statutes.map((statute) => [statute.key, statute]));
  const now = new Date().toISOString();
  const progress = new SingleBar(
    { format: 'loading cases {bar} {value}/{total} ({eta}s left)' },
    Presets.shades_classic,
  );
  progress.start(count, 0);
  const documents = (async function* () {
    for (const record of benchCases(count, statutes)) {
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
  // Merging 100,000 cases into one segment takes minutes on two cores.
  await elasticsearch.indices.forcemerge({ index: INDEX, max_num_segments: 1 }, { requestTimeout: 3_600_000 });
  await elasticsearch.indices.updateAliases({ actions: [{ add: { index: INDEX, alias: NAMES.alias } }] });
}

export interface BenchDatabase {
  /** What the API connects with (the application's login role). */
  apiUrl: string;
  /** The owner's connection, for setting up and for raw baselines. */
  ownerUrl: string;
  /** One account per role, by username `bench.<role>`. */
  accounts: Record<Role, { id: string; username: string; password: string }>;
  stop: () => Promise<void>;
}

/**
 * A bench database (`caseatlas_bench` unless named): migrated, the statute catalogue, the API's
 * login and one account per role. `fresh` drops it first.
 */
export async function prepareDatabase(
  name = 'caseatlas_bench',
  options: { fresh?: boolean } = {},
): Promise<BenchDatabase> {
  const postgres = await ensurePostgres(() => undefined);
  const ownerUrl = withDatabaseName(postgres.url, name);
  if (options.fresh) {
    const server = new Postgres({ connectionString: postgres.url });
    await server.connect();
    await server.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await server.end();
  }
  await migrate(ownerUrl);
  await ensureApplicationLogin(ownerUrl, LOGIN.role, LOGIN.password);
  const client = new Postgres({ connectionString: ownerUrl });
  await client.connect();
  const accounts = {} as BenchDatabase['accounts'];
  try {
    const hash = await hashPassword(PASSWORD);
    for (const role of ['admin', 'editor', 'reviewer', 'member', 'viewer'] as Role[]) {
      const username = `bench.${role}`;
      const { rows } = await client.query(
        `INSERT INTO users (username, display_name, role, password_hash, updated_at)
         VALUES ($1, $2, $3, $4, now())
         ON CONFLICT (username) DO UPDATE SET password_hash = EXCLUDED.password_hash RETURNING id`,
        [username, `Bench ${role}`, role, hash],
      );
      accounts[role] = { id: rows[0].id, username, password: PASSWORD };
    }
    for (const statute of generateStatutes()) {
      await client.query(
        `INSERT INTO statutes (key, jurisdiction, title, penalty_min_months, penalty_max_months, life_possible, purposes)
         VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (key) DO NOTHING`,
        [
          statute.key,
          statute.jurisdiction,
          statute.title,
          statute.penaltyMinMonths,
          statute.penaltyMaxMonths,
          statute.lifePossible,
          statute.purposes,
        ],
      );
    }
  } finally {
    await client.end();
  }
  const api = new URL(ownerUrl);
  api.username = LOGIN.role;
  api.password = LOGIN.password;
  return { apiUrl: api.toString(), ownerUrl, accounts, stop: postgres.stop };
}

export interface RunningApi {
  url: string;
  process: ChildProcess;
  /** An access token per role: signed in once, or again with `fresh` (tokens last 15 minutes). */
  tokenFor: (role: Role, fresh?: boolean) => Promise<string>;
  /** Peak resident memory of the API process so far, in MB (Linux VmHWM). */
  peakRssMb: () => number;
  stop: () => void;
}

export async function startApi(database: BenchDatabase, environment: Record<string, string> = {}): Promise<RunningApi> {
  const port = 3990;
  const child = spawn(process.execPath, [BUILT_API], {
    env: {
      ...process.env,
      NODE_ENV: 'test',
      LOG_LEVEL: 'warn',
      PORT: String(port),
      DATABASE_URL: database.apiUrl,
      ELASTICSEARCH_URL,
      ELASTICSEARCH_INDEX_PREFIX: PREFIX,
      RATE_LIMIT_PER_MINUTE: '1000000',
      // Latency is measured, as the raw baseline's is, not cut at the 1.5 s after which a search
      // answers 503 (at concurrency 16 over 100,000 cases on two cores, some take longer).
      SEARCH_TIMEOUT_MS: '30000',
      ...environment,
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  for (const deadline = Date.now() + 60_000; ;) {
    if (child.exitCode !== null) throw new Error(`the API exited with code ${child.exitCode}`);
    const up = await fetch(`${url}/api/health`).then(
      () => true,
      () => false,
    );
    if (up) break;
    if (Date.now() > deadline) throw new Error('the API did not start within 60 s');
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  const tokens = new Map<Role, Promise<string>>();
  const tokenFor = (role: Role, fresh = false) => {
    if (fresh || !tokens.has(role)) {
      const account = database.accounts[role];
      tokens.set(
        role,
        fetch(`${url}/api/auth/login`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ username: account.username, password: account.password }),
        }).then(async (response) => {
          if (!response.ok) throw new Error(`sign-in as ${role}: HTTP ${response.status}`);
          return ((await response.json()) as { accessToken: string }).accessToken;
        }),
      );
    }
    return tokens.get(role)!;
  };
  return { url, process: child, tokenFor, peakRssMb: () => peakRssMbOf(child.pid!), stop: () => child.kill() };
}

/** Peak resident memory of a running process so far, in MB (Linux VmHWM). */
export function peakRssMbOf(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? 0) / 1024;
}

/** GET `/api/<path>` as `role`; anything but 200 stops the bench. */
export async function getJson<T = unknown>(api: RunningApi, path: string, role: Role = 'member'): Promise<T> {
  const response = await fetch(`${api.url}/api/${path}`, {
    headers: { Authorization: `Bearer ${await api.tokenFor(role)}` },
  });
  if (response.status !== 200) throw new Error(`${path}: HTTP ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

export interface Latencies {
  p50: number;
  p95: number;
  p99: number;
  count: number;
}

export function latenciesOf(times: number[]): Latencies {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))];
  return { p50: at(0.5), p95: at(0.95), p99: at(0.99), count: sorted.length };
}

/** Runs `work` `total` times with `concurrency` in flight; each call's time in ms. */
export async function timedConcurrently(
  total: number,
  concurrency: number,
  work: (index: number) => Promise<unknown>,
): Promise<number[]> {
  const times: number[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < total) {
        const index = next++;
        const started = performance.now();
        await work(index);
        times.push(performance.now() - started);
      }
    }),
  );
  return times;
}

/** One row of the results table: our figure, the raw engine's in the same run, and the target. */
export interface BenchRow {
  measure: string;
  ours: string;
  raw: string;
  ratio: number | null;
  target: string;
  met: boolean | null;
}

const CLOCK_TICKS_PER_SECOND = 100; // USER_HZ on Linux

/** CPU seconds (user and system) a process has used, or its reaped children have, from /proc. */
function cpuSecondsOf(pid: number | 'self', whose: 'own' | 'reaped children' = 'own'): number {
  // The command name may hold spaces and brackets; the fields after its last closing bracket do not.
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(') ') + 2).split(' ');
  const [user, system, childrenUser, childrenSystem] = fields.slice(11, 15).map(Number);
  return (whose === 'own' ? user + system : childrenUser + childrenSystem) / CLOCK_TICKS_PER_SECOND;
}

/** The running processes whose command name is `command`, with the CPU seconds each has used. */
function processesOf(command: string): Map<number, number> {
  const found = new Map<number, number>();
  for (const name of readdirSync('/proc').filter((entry) => /^\d+$/.test(entry))) {
    try {
      if (readFileSync(`/proc/${name}/comm`, 'utf8').trim() === command)
        found.set(Number(name), cpuSecondsOf(Number(name)));
    } catch {
      // exited meanwhile
    }
  }
  return found;
}

/**
 * CPU seconds used since now by the processes named `command`, polled every 250 ms so that those
 * ending meanwhile (the CLI's PostgreSQL connections) count up to their last poll.
 */
function commandCpu(command: string): () => number {
  const first = processesOf(command);
  const last = new Map(first);
  const poll = () => {
    for (const [pid, seconds] of processesOf(command)) last.set(pid, seconds);
  };
  const timer = setInterval(poll, 250);
  return () => {
    clearInterval(timer);
    poll();
    let seconds = 0;
    for (const [pid, used] of last) seconds += used - (first.get(pid) ?? 0);
    return seconds;
  };
}

export type CpuSeconds = Record<'bench' | 'cli' | 'api' | 'elasticsearch' | 'postgresql', number>;

/**
 * Where the CPU time of a stretch of the bench went: this process, its children that finished
 * (the CLI), the API, Elasticsearch (every `java` process) and PostgreSQL (every `postgres`
 * process): on a machine running only the bench.
 */
export function cpuMeter(api?: RunningApi): () => CpuSeconds {
  const own = () => ({
    bench: cpuSecondsOf('self'),
    cli: cpuSecondsOf('self', 'reaped children'),
    api: api ? cpuSecondsOf(api.process.pid!) : 0,
  });
  const start = own();
  const elasticsearch = commandCpu('java');
  const postgresql = commandCpu('postgres');
  return () => {
    const end = own();
    return {
      bench: end.bench - start.bench,
      cli: end.cli - start.cli,
      api: end.api - start.api,
      elasticsearch: elasticsearch(),
      postgresql: postgresql(),
    };
  };
}

/** CPU milliseconds per case of each part that used any, e.g. "CLI 2.9, Elasticsearch 2.6". */
export function cpuPerCase(cpu: CpuSeconds, cases: number): string {
  const names: Record<keyof CpuSeconds, string> = {
    bench: 'bench client',
    cli: 'CLI',
    api: 'API relay',
    elasticsearch: 'Elasticsearch',
    postgresql: 'PostgreSQL',
  };
  return (Object.keys(names) as (keyof CpuSeconds)[])
    .filter((part) => cpu[part] >= 0.05)
    .map((part) => `${names[part]} ${((cpu[part] * 1000) / cases).toFixed(1)}`)
    .join(', ');
}
