import { join } from 'node:path';
import { ENVIRONMENT_DEFAULTS, EnvironmentVariables, validateEnvironment } from '../../libs/config/src';
import { databaseNameOf, withDatabaseName } from '../../libs/database/src';

/** Tests never touch the workbench's own database: they use `<name>_test` on the same server. */
export const TEST_DATABASE_URL =
  process.env.DATABASE_URL ?? withDatabaseName(ENVIRONMENT_DEFAULTS.DATABASE_URL, 'caseatlas_test');
/** What the API under test connects with: a login role of `caseatlas_application`, not the owner. */
export const TEST_API_LOGIN = { role: 'caseatlas_test_api', password: 'caseatlas-test-api' };
export const TEST_API_DATABASE_URL = (() => {
  const url = new URL(TEST_DATABASE_URL);
  url.username = TEST_API_LOGIN.role;
  url.password = TEST_API_LOGIN.password;
  return url.toString();
})();
/** The nodes the API under test is given (one, or a cluster's, comma-separated). */
export const TEST_ELASTICSEARCH_NODES = process.env.ELASTICSEARCH_URL ?? ENVIRONMENT_DEFAULTS.ELASTICSEARCH_URL;
/** The node the tests' own requests go to. */
export const TEST_ELASTICSEARCH_URL = TEST_ELASTICSEARCH_NODES.split(',')[0];
export const TEST_INDEX_PREFIX = 'caseatlas_test';
const repositoryRoot = join(__dirname, '..', '..');
export const BUILT_API = join(repositoryRoot, 'dist/api/apps/api/src/main.js');
/** The command line as the image ships it (`node dist/api/apps/cli/src/main.js`), built by `npm test`. */
export const BUILT_CLI = join(repositoryRoot, 'dist/api/apps/cli/src/main.js');
export const BUILT_ADMIN = join(repositoryRoot, 'dist/admin');

export function assertTestDatabase(url: string = TEST_DATABASE_URL): void {
  if (!databaseNameOf(url).endsWith('_test')) {
    throw new Error(`Refusing to run tests against "${databaseNameOf(url)}": the test database name must end in _test`);
  }
}

export function testEnvironment(overrides: Record<string, string> = {}): EnvironmentVariables {
  return validateEnvironment({
    NODE_ENV: 'test',
    // Quiet by default; the leak test asks for the levels production writes.
    LOG_LEVEL: 'warn',
    PORT: '0',
    DATABASE_URL: TEST_API_DATABASE_URL,
    ELASTICSEARCH_URL: TEST_ELASTICSEARCH_NODES,
    ELASTICSEARCH_INDEX_PREFIX: TEST_INDEX_PREFIX,
    // The cluster project lays the case index out over the cluster's nodes.
    ...(process.env.ELASTICSEARCH_SHARDS ? { ELASTICSEARCH_SHARDS: process.env.ELASTICSEARCH_SHARDS } : {}),
    ...(process.env.ELASTICSEARCH_REPLICAS ? { ELASTICSEARCH_REPLICAS: process.env.ELASTICSEARCH_REPLICAS } : {}),
    ...overrides,
  });
}
