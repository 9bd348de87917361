/**
 * Second half of `npm test`: finds PostgreSQL (as `npm start` does), points the tests at the
 * `caseatlas_test` database on it, and runs jest.
 *
 * With no arguments the unit project (pure code, no services) runs in a jest of its own beside
 * the integration and browser projects, then the cluster project on a three-node cluster started
 * meanwhile; the service projects share one database and run one suite at a time:
 * on two cores the pure specs fill the time the service suites spend waiting on PostgreSQL,
 * Elasticsearch and Chromium. Its report is printed when it ends, so the two do not interleave.
 * The anonymizer's linear-time spec, which compares timings, runs last, alone.
 */
import { spawn } from 'node:child_process';
import { withDatabaseName } from '@caseatlas/database';
import { ensurePostgres } from './lib/postgres';

function runJest(
  arguments_: string[],
  environment: NodeJS.ProcessEnv,
  quiet = false,
): Promise<{ code: number; output: string }> {
  const jest = spawn('npx', ['jest', ...arguments_], {
    stdio: quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit',
    env: environment,
  });
  let output = '';
  jest.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  jest.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve) => jest.on('exit', (code) => resolve({ code: code ?? 1, output })));
}

/** `scripts/elasticsearch.sh cluster <command>`, without the test lock's descriptor (a daemon must not hold it). */
function cluster(command: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const script = spawn('bash', ['-c', `exec 9>&-; exec bash scripts/elasticsearch.sh cluster ${command}`], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let output = '';
    script.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    script.on('exit', (code) =>
      code === 0 ? resolve(output.trim()) : reject(new Error(`cluster ${command}: exit ${code}`)),
    );
  });
}

/**
 * The cluster project on a three-node cluster started for it and stopped after it, whether or
 * not it formed: the case index on 3 shards and 1 replica.
 */
async function runOnCluster(
  arguments_: string[],
  environment: NodeJS.ProcessEnv,
  starting: Promise<unknown> = cluster('start'),
): Promise<number> {
  try {
    await starting;
    return (
      await runJest(arguments_, {
        ...environment,
        ELASTICSEARCH_URL: await cluster('urls'),
        ELASTICSEARCH_SHARDS: '3',
        ELASTICSEARCH_REPLICAS: '1',
      })
    ).code;
  } finally {
    await cluster('stop');
  }
}

const TIMING_SPEC = 'libs/anonymizer/src/linear-time';

async function main(): Promise<number> {
  const postgres = await ensurePostgres();
  const databaseUrl = withDatabaseName(postgres.url, 'caseatlas_test');
  console.log(`Tests use PostgreSQL (${postgres.origin}) ${new URL(databaseUrl).host}, database caseatlas_test`);
  const environment = { ...process.env, DATABASE_URL: databaseUrl };
  const given = process.argv.slice(2);
  try {
    if (given.length > 0) {
      // A selection naming the cluster project or its specs runs on the cluster.
      if (given.some((argument) => argument.includes('cluster'))) {
        return await runOnCluster(['--runInBand', ...given], environment);
      }
      return (await runJest(['--runInBand', ...given], environment)).code;
    }
    // The anonymizer's linear-time spec compares timings: beside the other projects their load
    // slowed its large runs more than its small ones (15.2× against a bound of 15, 10–11 alone), so
    // it runs last, on a quiet machine.
    const unit = runJest(
      ['--selectProjects', 'unit', '--maxWorkers=1', '--testPathIgnorePatterns', TIMING_SPEC],
      environment,
      true,
    );
    // The cluster forms (a minute of its JVMs starting) while the single-node suites run, once
    // the unit project, whose timings of the anonymizer its start would disturb, is done.
    const clusterStarting = unit.then(() => cluster('start'));
    clusterStarting.catch(() => undefined); // awaited, and reported, by runOnCluster
    const services = await runJest(['--runInBand', '--selectProjects', 'integration', 'browser'], environment);
    const onCluster = await runOnCluster(['--runInBand', '--selectProjects', 'cluster'], environment, clusterStarting);
    const pure = await unit;
    console.log(`\n── unit project (run beside the others) ──\n${pure.output}`);
    const timing = await runJest(['--selectProjects', 'unit', '--testPathPatterns', TIMING_SPEC], environment);
    return [services.code, onCluster, pure.code, timing.code].find((code) => code !== 0) ?? 0;
  } finally {
    await postgres.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
