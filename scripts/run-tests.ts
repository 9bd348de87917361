/**
 * Second half of `npm test`: finds PostgreSQL (as `npm start` does), points the tests at the
 * `caseatlas_test` database on it, and runs jest.
 *
 * With no arguments the unit project (pure code, no services) runs in a jest of its own beside
 * the integration and browser projects, which share one database and run one suite at a time:
 * on two cores the pure specs fill the time the service suites spend waiting on PostgreSQL,
 * Elasticsearch and Chromium. Its report is printed when it ends, so the two do not interleave.
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

async function main(): Promise<number> {
  const postgres = await ensurePostgres();
  const databaseUrl = withDatabaseName(postgres.url, 'caseatlas_test');
  console.log(`Tests use PostgreSQL (${postgres.origin}) ${new URL(databaseUrl).host}, database caseatlas_test`);
  const environment = { ...process.env, DATABASE_URL: databaseUrl };
  const given = process.argv.slice(2);
  try {
    if (given.length > 0) return (await runJest(['--runInBand', ...given], environment)).code;
    const unit = runJest(['--selectProjects', 'unit', '--maxWorkers=1'], environment, true);
    const services = await runJest(['--runInBand', '--selectProjects', 'integration', 'browser'], environment);
    const pure = await unit;
    console.log(`\n── unit project (run beside the others) ──\n${pure.output}`);
    return services.code !== 0 ? services.code : pure.code;
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
