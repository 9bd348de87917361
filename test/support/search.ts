import { TEST_ELASTICSEARCH_URL, TEST_INDEX_PREFIX } from './environment';
import { withTestDatabase } from './database';

/** Deletes every test generation of the case index: the next API start builds it from PostgreSQL. */
export async function deleteTestIndices(): Promise<void> {
  // By name: the node refuses wildcard deletes (action.destructive_requires_name).
  const listed = await fetch(
    `${TEST_ELASTICSEARCH_URL}/_cat/indices/${TEST_INDEX_PREFIX}_cases_v*?format=json&h=index`,
  );
  const names = ((await listed.json()) as { index: string }[]).map((row) => row.index);
  if (names.length === 0) return;
  const response = await fetch(`${TEST_ELASTICSEARCH_URL}/${names.join(',')}`, { method: 'DELETE' });
  if (!response.ok) throw new Error(`deleting test indices: HTTP ${response.status} ${await response.text()}`);
}

/** Calls Elasticsearch directly (as the tests' oracle, never through the API). */
export async function elasticsearch<T = any>(path: string, body?: unknown, method = body ? 'POST' : 'GET'): Promise<T> {
  const response = await fetch(`${TEST_ELASTICSEARCH_URL}/${path}`, {
    method,
    headers: { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return (await response.json()) as T;
}

export const TEST_CASE_ALIAS = `${TEST_INDEX_PREFIX}_cases`;

/** Makes every write to the test case index searchable (a refresh takes no body). */
export async function refreshCaseIndex(): Promise<void> {
  const response = await fetch(`${TEST_ELASTICSEARCH_URL}/${TEST_CASE_ALIAS}/_refresh`, { method: 'POST' });
  if (!response.ok) throw new Error(`refreshing ${TEST_CASE_ALIAS}: HTTP ${response.status} ${await response.text()}`);
}

/**
 * Waits until the relays have drained the outbox and the index exists, then refreshes it, so
 * what PostgreSQL holds is searchable.
 */
export async function waitForSearchIndex(timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const waiting = await withTestDatabase(async (client) => {
      const result = await client.query('SELECT count(*)::int AS count FROM search_outbox WHERE parked_at IS NULL');
      return result.rows[0].count as number;
    });
    const alias = await fetch(`${TEST_ELASTICSEARCH_URL}/_alias/${TEST_CASE_ALIAS}`);
    if (waiting === 0 && alias.ok) break;
    if (Date.now() > deadline)
      throw new Error(`the search index did not catch up within ${timeoutMs} ms (${waiting} waiting)`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await refreshCaseIndex();
}

/** Every document of the case index: id → its source and external version. */
export async function indexedCases(): Promise<Map<string, { version: number; source: any }>> {
  await refreshCaseIndex();
  const result = await elasticsearch(`${TEST_CASE_ALIAS}/_search`, {
    size: 10_000,
    version: true,
    query: { match_all: {} },
  });
  return new Map(result.hits.hits.map((hit: any) => [hit._id, { version: hit._version, source: hit._source }]));
}
