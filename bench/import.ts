/**
 * Import end to end and a full reindex, each next to its raw engine: N generated cases (realistic
 * text sizes) written as NDJSON, imported with `npm run cli -- import` (validation, anonymizer,
 * PostgreSQL, outbox) into a fresh bench database while an API's relay indexes them, against a
 * raw `_bulk` of the same documents and a raw `COPY` of the same records; then `reindex` of the
 * full set with searches running through the API, none of which may fail.
 */
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { Client as Postgres } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { ENVIRONMENT_DEFAULTS } from '../libs/config/src';
import { generateStatutes } from '../libs/demo/src';
import { CASE_INDEX_MAPPINGS, CASE_INDEX_SETTINGS, caseIndexNames, toCaseDocument } from '../libs/search/src';
import {
  benchCases,
  elasticsearch,
  ELASTICSEARCH_URL,
  cpuMeter,
  cpuPerCase,
  latenciesOf,
  peakRssMbOf,
  prepareDatabase,
  startApi,
} from './bench-support';
import type { BenchRow } from './bench-support';

const IMPORT_PREFIX = 'caseatlas_benchimport';
const RAW_INDEX = 'caseatlas_benchraw_cases';
const CLI = join(__dirname, '../dist/api/apps/cli/src/main.js');

/** A file's lines, read one at a time: 100,000 realistic cases are more text than one string may hold. */
const linesOf = (file: string) => createInterface({ input: createReadStream(file), crlfDelay: Infinity });

async function* mapLines<T>(lines: AsyncIterable<string>, map: (line: string) => T): AsyncGenerator<T> {
  for await (const line of lines) if (line) yield map(line);
}

/** Peak resident memory (MB) of a running process, polled: it is gone once it exits. */
function watchPeakRss(pid: number): () => number {
  let peak = 0;
  const timer = setInterval(() => {
    try {
      peak = Math.max(peak, peakRssMbOf(pid));
    } catch {
      // exited
    }
  }, 100);
  return () => {
    clearInterval(timer);
    return peak;
  };
}

async function runCli(
  environment: Record<string, string>,
  ...args: string[]
): Promise<{ seconds: number; peakRssMb: number }> {
  const started = performance.now();
  const child = spawn(process.execPath, [CLI, ...args], {
    env: { ...process.env, ...environment },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const peak = watchPeakRss(child.pid!);
  const [code] = (await once(child, 'exit')) as [number];
  const peakRssMb = peak();
  if (code !== 0) throw new Error(`cli ${args.join(' ')} exited with ${code}`);
  return { seconds: (performance.now() - started) / 1000, peakRssMb };
}

export async function benchImport(count: number): Promise<{ rows: BenchRow[]; figures: object }> {
  const directory = mkdtempSync(join(tmpdir(), 'caseatlas-bench-'));
  const file = join(directory, 'cases.ndjson');
  const output = createWriteStream(file);
  for (const record of benchCases(count)) {
    if (!output.write(`${JSON.stringify({ ...record, status: 'published', relatedCases: [] })}\n`))
      await once(output, 'drain');
  }
  output.end();
  await once(output, 'finish');

  // Raw engines first, on the same records. The raw _bulk sends documents built beforehand, into
  // an index that is not refreshed until the end: Elasticsearch's own rate, the strictest baseline.
  const catalogue = new Map(generateStatutes().map((statute) => [statute.key, statute]));
  const documentsFile = join(directory, 'documents.ndjson');
  const documents = createWriteStream(documentsFile);
  const now = new Date().toISOString();
  for await (const line of linesOf(file)) {
    const document = toCaseDocument(
      { ...JSON.parse(line), id: randomUUID(), version: 1, createdAt: now, updatedAt: now },
      { citedBy: 0, statutes: catalogue },
    );
    if (!documents.write(`${JSON.stringify(document)}\n`)) await once(documents, 'drain');
  }
  documents.end();
  await once(documents, 'finish');
  await elasticsearch.indices.delete({ index: RAW_INDEX, ignore_unavailable: true });
  await elasticsearch.indices.create({
    index: RAW_INDEX,
    settings: { ...CASE_INDEX_SETTINGS, number_of_replicas: 0, refresh_interval: '-1' },
    mappings: CASE_INDEX_MAPPINGS,
  });
  const bulkStarted = performance.now();
  const bulkCpu = cpuMeter();
  const bulk = await elasticsearch.helpers.bulk({
    datasource: mapLines(linesOf(documentsFile), (line) => JSON.parse(line)),
    onDocument: (document: { id: string }) => ({ index: { _index: RAW_INDEX, _id: document.id } }),
    flushBytes: 5_000_000,
  });
  await elasticsearch.indices.refresh({ index: RAW_INDEX });
  const bulkSeconds = (performance.now() - bulkStarted) / 1000;
  const bulkCpuSeconds = bulkCpu();
  if (bulk.failed) throw new Error(`raw _bulk refused ${bulk.failed} documents`);
  await elasticsearch.indices.delete({ index: RAW_INDEX });

  const database = await prepareDatabase();
  const owner = new Postgres({ connectionString: database.ownerUrl });
  await owner.connect();
  let copySeconds: number;
  try {
    await owner.query('DROP TABLE IF EXISTS bench_raw_cases');
    await owner.query(
      'CREATE TABLE bench_raw_cases (id uuid, reference text, title text, summary text, facts text, record jsonb)',
    );
    const copyStarted = performance.now();
    const escape = (text: string) =>
      text.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r');
    await pipeline(
      Readable.from(
        (async function* () {
          for await (const line of linesOf(file)) {
            const record = JSON.parse(line);
            yield `${randomUUID()}\t${escape(record.reference)}\t${escape(record.title)}\t${escape(record.summary)}\t${escape(record.facts)}\t${escape(line)}\n`;
          }
        })(),
      ),
      owner.query(copyFrom('COPY bench_raw_cases FROM STDIN')),
    );
    copySeconds = (performance.now() - copyStarted) / 1000;
    await owner.query('DROP TABLE bench_raw_cases');
  } finally {
    await owner.end();
  }

  // A fresh database for the import, with its own index and an API whose relay indexes it.
  const target = await prepareDatabase('caseatlas_bench_import', { fresh: true });
  const names = caseIndexNames(IMPORT_PREFIX);
  const existing = await elasticsearch.indices.get({ index: `${IMPORT_PREFIX}_*`, ignore_unavailable: true });
  for (const index of Object.keys(existing)) await elasticsearch.indices.delete({ index });
  const cliEnvironment = {
    DATABASE_URL: target.ownerUrl,
    ELASTICSEARCH_URL,
    ELASTICSEARCH_INDEX_PREFIX: IMPORT_PREFIX,
    LOG_LEVEL: 'warn',
  };
  // The readers during the rebuilds wait no longer than a user's search does: a slower answer is a 503.
  const api = await startApi(target, {
    ELASTICSEARCH_INDEX_PREFIX: IMPORT_PREFIX,
    SEARCH_RELAY_INTERVAL_MS: '100',
    SEARCH_TIMEOUT_MS: String(ENVIRONMENT_DEFAULTS.SEARCH_TIMEOUT_MS),
  });
  const figures: Record<string, unknown> = {};
  const rows: BenchRow[] = [];
  try {
    const started = performance.now();
    const importCpu = cpuMeter(api);
    const imported = await runCli(cliEnvironment, 'import', file);
    // End to end: until every case is searchable.
    for (;;) {
      await elasticsearch.indices.refresh({ index: names.alias });
      const { count: indexed } = await elasticsearch.count({ index: names.alias });
      if (indexed >= count) break;
      if (performance.now() - started > 3_600_000) throw new Error(`only ${indexed} of ${count} indexed after an hour`);
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    const endToEnd = (performance.now() - started) / 1000;
    const importCpuSeconds = importCpu();
    const rate = count / endToEnd;
    const bulkRate = count / bulkSeconds;
    figures.import = {
      count,
      endToEndSeconds: endToEnd,
      cliSeconds: imported.seconds,
      cliPeakRssMb: imported.peakRssMb,
      cpuSeconds: importCpuSeconds,
      bulkSeconds,
      bulkCpuSeconds,
      copySeconds,
    };
    rows.push(
      {
        measure: `import end to end, ${count} cases (validate, anonymize, PostgreSQL, outbox, indexed)`,
        ours: `${rate.toFixed(0)} cases/s (${endToEnd.toFixed(0)} s; written in ${imported.seconds.toFixed(0)} s)`,
        raw: `_bulk ${bulkRate.toFixed(0)} cases/s; COPY ${(count / copySeconds).toFixed(0)} cases/s`,
        ratio: rate / bulkRate,
        target: '≥ 1,000 cases/s and ≥ 50 % of _bulk',
        met: rate >= 1000 && rate / bulkRate >= 0.5,
      },
      {
        measure: 'CPU ms per case: import end to end, and the raw _bulk',
        ours: cpuPerCase(importCpuSeconds, count),
        raw: cpuPerCase(bulkCpuSeconds, count),
        ratio: null,
        target: 'measured (2 cores: 2 CPU ms per case at 1,000 cases/s)',
        met: null,
      },
      {
        measure: 'peak RSS of the import',
        ours: `${imported.peakRssMb.toFixed(0)} MB`,
        raw: '—',
        ratio: null,
        target: 'flat',
        met: null,
      },
    );

    // Full reindexes: alone (against the raw _bulk), then while readers search through the API,
    // every search having to answer: four readers each searching twice a second, then four
    // searching back to back.
    figures.reindex = {};
    for (const [load, readerCount, pauseMs] of [
      ['no searches', 0, 0],
      ['4 readers, each searching every 0.5 s', 4, 500],
      ['4 readers searching back to back', 4, 0],
    ] as const) {
      // Signed in afresh for each run: a run of several minutes outlives a 15-minute token otherwise.
      const token = await api.tokenFor('member', true);
      let searching = true;
      let failed = 0;
      const failures: Record<string, number> = {};
      const times: number[] = [];
      const readers = Array.from({ length: readerCount }, async () => {
        while (searching) {
          const searchStarted = performance.now();
          try {
            const response = await fetch(`${api.url}/api/search?q=recruited`, {
              headers: { Authorization: `Bearer ${token}` },
            });
            await response.arrayBuffer();
            if (response.status === 200) times.push(performance.now() - searchStarted);
            else {
              failed += 1;
              failures[response.status] = (failures[response.status] ?? 0) + 1;
            }
          } catch {
            failed += 1;
            failures['no answer'] = (failures['no answer'] ?? 0) + 1;
          }
          if (pauseMs) await new Promise((resolve) => setTimeout(resolve, pauseMs));
        }
      });
      const reindexCpu = cpuMeter(api);
      let reindex: Awaited<ReturnType<typeof runCli>>;
      try {
        reindex = await runCli(cliEnvironment, 'reindex');
      } finally {
        searching = false;
        await Promise.all(readers);
      }
      const reindexCpuSeconds = reindexCpu();
      const search = times.length ? latenciesOf(times) : null;
      (figures.reindex as Record<string, unknown>)[load] = {
        seconds: reindex.seconds,
        answered: times.length,
        failed,
        failures,
        search,
        cpuSeconds: reindexCpuSeconds,
      };
      // The target is for 100,000 cases; a smaller run says how far it is.
      rows.push({
        measure: `full reindex of ${count} cases, ${load}${readerCount ? ` (${times.length} searches answered, p95 ${search?.p95.toFixed(0) ?? '—'} ms)` : ''}; CPU ms per case: ${cpuPerCase(reindexCpuSeconds, count)}`,
        ours: `${reindex.seconds.toFixed(0)} s, ${(count / reindex.seconds).toFixed(0)} cases/s${readerCount ? `, ${failed} failed searches` : ''}`,
        raw: `_bulk of the same, no searches: ${bulkSeconds.toFixed(0)} s`,
        ratio: reindex.seconds / bulkSeconds,
        target: pauseMs ? '≤ 180 s for 100,000, 0 failed' : readerCount ? 'measured, 0 failed' : 'measured',
        met: pauseMs && count >= 100_000 ? reindex.seconds <= 180 && failed === 0 : null,
      });
    }
  } finally {
    api.stop();
    await target.stop();
    await database.stop();
    rmSync(directory, { recursive: true, force: true });
  }
  return { rows, figures };
}
