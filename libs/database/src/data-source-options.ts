import type { DataSourceOptions } from 'typeorm';
import { MIGRATIONS } from '../../../migrations';

export const MIGRATIONS_TABLE = 'schema_migrations';

/**
 * The one place TypeORM is configured, shared by the API, the migration command and tests.
 * The schema changes only through migrations: `synchronize` stays off everywhere.
 */
export function createDataSourceOptions(databaseUrl: string): DataSourceOptions {
  return {
    type: 'postgres',
    url: databaseUrl,
    synchronize: false,
    migrationsRun: false,
    migrations: MIGRATIONS,
    migrationsTableName: MIGRATIONS_TABLE,
    migrationsTransactionMode: 'each',
    entities: [],
    applicationName: 'caseatlas',
    extra: {
      // Fail fast when PostgreSQL is unreachable instead of letting requests queue forever;
      // the pool reconnects by itself once the server is back.
      connectionTimeoutMillis: 3000,
      max: 10,
    },
  };
}
