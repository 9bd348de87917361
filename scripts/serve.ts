/**
 * Second half of `npm start` (scripts/start.sh has installed, built and started
 * Elasticsearch): finds PostgreSQL, migrates, loads the demo data into an empty atlas, then runs
 * the built API, which also serves the admin UI, until Ctrl+C.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { ENVIRONMENT_DEFAULTS } from '@caseatlas/config';
import { databaseNameOf, ensureApplicationLogin, migrate, withDatabaseName } from '@caseatlas/database';
import { installationSecret } from './lib/installation-secret';
import { ensurePostgres } from './lib/postgres';

async function main(): Promise<void> {
  const root = join(__dirname, '..');
  const postgres = await ensurePostgres();
  const databaseUrl =
    postgres.origin === 'DATABASE_URL'
      ? process.env.DATABASE_URL!
      : withDatabaseName(postgres.url, databaseNameOf(ENVIRONMENT_DEFAULTS.DATABASE_URL));
  console.log(`PostgreSQL (${postgres.origin}): ${new URL(databaseUrl).host}`);

  const applied = await migrate(databaseUrl);
  console.log(applied.length ? `Applied migrations: ${applied.join(', ')}` : 'Database schema is up to date');

  const cli = async (args: string[], failure: string) => {
    const child = spawn('npm', ['run', '--silent', 'cli', '--', ...args], {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, DATABASE_URL: databaseUrl },
    });
    const code = await new Promise<number>((resolve) => child.on('exit', (exitCode) => resolve(exitCode ?? 1)));
    if (code !== 0) console.warn(`${failure} (exit code ${code}); the workbench starts anyway.`);
  };
  // Synthetic demo data and one account per role on the first start, so a fresh workbench
  // has something to explore and someone to sign in as (the passwords are printed once).
  await cli(['demo', '--if-empty'], 'Loading the demo data failed');
  await cli(['demo-accounts', '--if-none'], 'Creating the demo accounts failed');

  // The API connects as a login role of caseatlas_application, never as the owner (see
  // docs/permissions.md); a new password on every start, so none is kept anywhere.
  const apiDatabaseUrl = await ensureApplicationLogin(
    databaseUrl,
    'caseatlas_api',
    randomBytes(24).toString('base64url'),
  ).catch((error: Error) => {
    console.warn(`Could not set up the API's own database role (${error.message}); the API runs as the owner.`);
    return databaseUrl;
  });

  const api = spawn(process.execPath, [join(root, 'dist/api/apps/api/src/main.js')], {
    stdio: 'inherit',
    env: {
      ...process.env,
      DATABASE_URL: apiDatabaseUrl,
      // Never the public development default: anyone could mint tokens with it.
      JWT_SECRET: installationSecret(join(root, '.caseatlas'), process.env.JWT_SECRET),
      ADMIN_STATIC_DIR: process.env.ADMIN_STATIC_DIR ?? join(root, 'dist/admin'),
    },
  });
  const shutdown = () => api.kill('SIGTERM');
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
  const code = await new Promise<number>((resolve) => api.on('exit', (exitCode) => resolve(exitCode ?? 0)));
  await postgres.stop();
  process.exit(code);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
