/**
 * Second half of `npm test`: finds PostgreSQL (as `npm start` does), points the tests at the
 * `caseatlas_test` database on it, and runs jest.
 */
import { spawn } from 'node:child_process';
import { withDatabaseName } from '@caseatlas/database';
import { ensurePostgres } from './lib/postgres';

async function main(): Promise<number> {
  const postgres = await ensurePostgres();
  const databaseUrl = withDatabaseName(postgres.url, 'caseatlas_test');
  console.log(`Tests use PostgreSQL (${postgres.origin}) ${new URL(databaseUrl).host}, database caseatlas_test`);
  try {
    const jest = spawn('npx', ['jest', '--runInBand', ...process.argv.slice(2)], {
      stdio: 'inherit',
      env: { ...process.env, DATABASE_URL: databaseUrl },
    });
    return await new Promise<number>((resolve) => jest.on('exit', (code) => resolve(code ?? 1)));
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
