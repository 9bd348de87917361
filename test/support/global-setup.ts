import { ensureApplicationLogin, migrate } from '../../libs/database/src';
import { assertTestDatabase, TEST_API_LOGIN, TEST_DATABASE_URL, TEST_ELASTICSEARCH_URL } from './environment';

/** Runs once before the integration and browser projects: real services, migrated schema. */
export default async function globalSetup(): Promise<void> {
  assertTestDatabase();
  try {
    const response = await fetch(`${TEST_ELASTICSEARCH_URL}/_cluster/health?wait_for_status=yellow&timeout=30s`);
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
  } catch (error) {
    throw new Error(
      `Elasticsearch is not reachable at ${TEST_ELASTICSEARCH_URL} (${(error as Error).message}). ` +
        'Run the tests with `npm test`, which starts it, or start it with `npm run es:start`.',
    );
  }
  await migrate(TEST_DATABASE_URL);
  await ensureApplicationLogin(TEST_DATABASE_URL, TEST_API_LOGIN.role, TEST_API_LOGIN.password);
}
