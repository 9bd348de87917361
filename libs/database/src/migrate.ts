import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { createDataSourceOptions } from './data-source-options';
import { databaseNameOf, withDatabaseName } from './database-url';

/**
 * Creates the project's database when the server does not have it yet. Connects to the
 * `postgres` maintenance database of the same server, which every PostgreSQL has.
 */
export async function ensureDatabase(databaseUrl: string): Promise<boolean> {
  const name = databaseNameOf(databaseUrl);
  // Managed servers often refuse connections to `postgres`: only go there when needed.
  const probe = new Client({ connectionString: databaseUrl });
  try {
    await probe.connect();
    return false;
  } catch (error) {
    if ((error as { code?: string }).code !== '3D000') throw error;
  } finally {
    await probe.end().catch(() => undefined);
  }
  const client = new Client({ connectionString: withDatabaseName(databaseUrl, 'postgres') });
  await client.connect();
  try {
    const existing = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (existing.rowCount) return false;
    // The name was checked by databaseNameOf, so quoting it is enough.
    await client.query(`CREATE DATABASE "${name}"`);
    return true;
  } catch (error) {
    // Two processes may race to create it; the loser finds it there.
    if ((error as { code?: string }).code === '42P04') return false;
    throw error;
  } finally {
    await client.end();
  }
}

/** Any constant shared by every process of the workbench; it names our advisory lock. */
const MIGRATION_LOCK = 7_351_202_611;

/**
 * Creates the database if needed and applies every pending migration. Returns their names.
 * Several API processes may start at once: an advisory lock lets one migrate at a time.
 */
export async function migrate(databaseUrl: string): Promise<string[]> {
  await ensureDatabase(databaseUrl);
  const lock = new Client({ connectionString: databaseUrl });
  await lock.connect();
  try {
    await lock.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    const dataSource = new DataSource(createDataSourceOptions(databaseUrl));
    await dataSource.initialize();
    try {
      const applied = await dataSource.runMigrations({ transaction: 'each' });
      return applied.map((migration) => migration.name);
    } finally {
      await dataSource.destroy();
    }
  } finally {
    await lock.end();
  }
}

export const APPLICATION_ROLE = 'caseatlas_application';

/**
 * Creates (or re-keys) a login role in `caseatlas_application` and returns `ownerUrl` with its
 * credentials: what the API connects with, so it never holds the owner's rights. Needs a
 * connection that may create roles (the local superuser, the compose `POSTGRES_USER`).
 */
export async function ensureApplicationLogin(ownerUrl: string, login: string, password: string): Promise<string> {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(login)) throw new Error(`Not a role name: ${login}`);
  const client = new Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    const exists = await client.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [login]);
    // Role names cannot be bound parameters; the name was checked above, the password is a literal.
    const literal = client.escapeLiteral(password);
    await client.query(
      exists.rowCount
        ? `ALTER ROLE ${login} LOGIN PASSWORD ${literal}`
        : `CREATE ROLE ${login} LOGIN PASSWORD ${literal} IN ROLE ${APPLICATION_ROLE}`,
    );
    await client.query(`GRANT ${APPLICATION_ROLE} TO ${login}`);
  } finally {
    await client.end();
  }
  const url = new URL(ownerUrl);
  url.username = login;
  url.password = password;
  return url.toString();
}
