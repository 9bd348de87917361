import { generateCases, generateStatutes } from '../../libs/demo/src';
import type { CaseRecord, HealthResponse, SearchResponse } from '../../libs/contracts/src';
import { CaseIndexBuilder } from '../../libs/search/src';
import type { AuthorizedClient } from '../support/accounts';
import { CliProcess, startCli } from '../support/cli';
import { clusterRequest, masterNode, NODE_URLS, startNode, stopNode, waitForCluster } from '../support/cluster';
import { resetDatabase, withTestDatabase } from '../support/database';
import { STATUTES } from '../support/records';
import { deleteTestIndices, TEST_CASE_ALIAS } from '../support/search';
import { startTestApp, TestApp } from '../support/test-app';

/**
 * The workbench on a real three-node Elasticsearch cluster (`scripts/elasticsearch.sh cluster`),
 * its case index on 3 shards with 1 replica: what one shard answers, three answer alike; a node
 * or the master lost costs no search and no write; two relays share one outbox.
 */

const statutes = generateStatutes();
const CASES = [...generateCases({ count: 60, seed: 26, statutes })];

async function seedStatutes(): Promise<void> {
  const app = await startTestApp({ SEARCH_RELAY: 'off' });
  try {
    const admin = await app.as('admin');
    for (const statute of [...STATUTES, ...statutes.filter((one) => !STATUTES.some((mine) => mine.key === one.key))]) {
      expect((await admin.post('/statutes').send(statute)).status).toBe(201);
    }
  } finally {
    await app.close();
  }
}

async function seed(app: TestApp): Promise<AuthorizedClient> {
  const reviewer = await app.as('reviewer');
  for (const record of CASES) expect((await reviewer.post('/cases').send(record)).status).toBe(201);
  return reviewer;
}

async function search(client: AuthorizedClient, query: Record<string, unknown>): Promise<SearchResponse> {
  const parameters = Object.fromEntries(
    Object.entries(query).map(([name, value]) => [name, typeof value === 'string' ? value : JSON.stringify(value)]),
  );
  const response = await client.get('/search').query(parameters);
  expect({ status: response.status, body: response.status === 200 ? 'ok' : response.body }).toEqual({
    status: 200,
    body: 'ok',
  });
  return response.body as SearchResponse;
}

/** Every page of a search, in order, `size` at a time. */
async function allPages(client: AuthorizedClient, query: Record<string, unknown>, size: number) {
  const ids: string[] = [];
  let cursor: string | null = null;
  do {
    const page = await search(client, { ...query, size: String(size), ...(cursor ? { cursor } : {}) });
    ids.push(...page.hits.map((hit) => hit.id));
    cursor = page.next;
  } while (cursor);
  return ids;
}

/** Each case's index version in PostgreSQL, and each document's version and title in the index. */
async function postgresVersions(): Promise<Map<string, { version: number; title: string }>> {
  return withTestDatabase(async (client) => {
    const { rows } = await client.query('SELECT id, index_version, title FROM cases');
    return new Map(rows.map((row) => [row.id, { version: Number(row.index_version), title: row.title }]));
  });
}
async function indexVersions(): Promise<Map<string, { version: number; title: string }>> {
  await clusterRequest(`${TEST_CASE_ALIAS}/_refresh`, undefined, 'POST');
  const result = await clusterRequest(`${TEST_CASE_ALIAS}/_search`, {
    size: 10_000,
    version: true,
    _source: ['title'],
    query: { match_all: {} },
  });
  return new Map(result.hits.hits.map((hit: any) => [hit._id, { version: hit._version, title: hit._source.title }]));
}
/** Waits until the outbox is empty and the index holds every case at its PostgreSQL version. */
async function waitForConvergence(timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const waiting = await withTestDatabase(
      async (client) =>
        (await client.query('SELECT count(*)::int AS n FROM search_outbox WHERE parked_at IS NULL')).rows[0]
          .n as number,
    );
    const parked = await withTestDatabase(
      async (client) =>
        (await client.query('SELECT count(*)::int AS n FROM search_outbox WHERE parked_at IS NOT NULL')).rows[0].n,
    );
    if (parked > 0) throw new Error(`${parked} outbox rows parked: Elasticsearch refused them`);
    if (waiting === 0) {
      const [expected, indexed] = [await postgresVersions(), await indexVersions().catch(() => new Map())];
      if (JSON.stringify([...expected].sort()) === JSON.stringify([...indexed].sort())) return;
    }
    if (Date.now() > deadline)
      throw new Error(`the index did not converge within ${timeoutMs} ms (${waiting} waiting)`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** The last outbox row written, whether or not a relay has deleted it since: its identity's last value. */
async function lastOutboxRow(): Promise<number> {
  return withTestDatabase(async (client) =>
    Number(
      (
        await client.query(
          `SELECT coalesce(pg_sequence_last_value(pg_get_serial_sequence('search_outbox', 'id')::regclass), 0) AS id`,
        )
      ).rows[0].id,
    ),
  );
}

async function until(condition: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`not within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function health(app: TestApp): Promise<HealthResponse> {
  return (await fetch(`${app.apiUrl}/health`)).json() as Promise<HealthResponse>;
}
async function waitForHealth(app: TestApp, state: 'ok' | 'degraded', timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while ((await health(app)).details.elasticsearch?.state !== state) {
    if (Date.now() > deadline) throw new Error(`health never said ${state}: ${JSON.stringify(await health(app))}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** Readers searching every `intervalMs` until stopped; every answer counted. */
function searchLoad(client: AuthorizedClient, expectedTotal: number, readers = 4, intervalMs = 100) {
  const outcomes = { answered: 0, failed: [] as string[] };
  let running = true;
  const loops = Array.from({ length: readers }, async (_, reader) => {
    const queries = [{}, { q: 'labour' }, { filter: { jurisdiction: ['KZ'] } }, { sort: 'verdictDate' }];
    while (running) {
      const response = await client.get('/search').query({ size: '5', ...stringify(queries[reader % queries.length]) });
      // A search over every case must count every case: partial results from a lost shard are a failure.
      if (response.status !== 200 || (reader % queries.length === 0 && response.body.total !== expectedTotal)) {
        outcomes.failed.push(`${response.status} ${JSON.stringify(response.body).slice(0, 300)}`);
      } else outcomes.answered++;
      await new Promise((resolve) => setTimeout(resolve, intervalMs));
    }
  });
  return {
    outcomes,
    stop: async () => {
      running = false;
      await Promise.all(loops);
      return outcomes;
    },
  };
}
const stringify = (query: Record<string, unknown>) =>
  Object.fromEntries(
    Object.entries(query).map(([name, value]) => [name, typeof value === 'string' ? value : JSON.stringify(value)]),
  );

describe('on a three-node Elasticsearch cluster', () => {
  beforeAll(async () => {
    expect(NODE_URLS.length).toBe(3);
    await waitForCluster(3, 'green');
    await resetDatabase();
    await deleteTestIndices();
    await seedStatutes();
  }, 120_000);

  describe('three shards answer as one', () => {
    let three: TestApp;
    let one: TestApp;
    let onThree: AuthorizedClient;
    let onOne: AuthorizedClient;

    beforeAll(async () => {
      // Both read the same PostgreSQL; each builds its own generation of the index from it.
      three = await startTestApp({ SEARCH_RELAY: 'off', ELASTICSEARCH_SHARDS: '3', ELASTICSEARCH_REPLICAS: '1' });
      one = await startTestApp({
        SEARCH_RELAY: 'off',
        ELASTICSEARCH_INDEX_PREFIX: 'caseatlas_test_one',
        ELASTICSEARCH_SHARDS: '1',
        ELASTICSEARCH_REPLICAS: '0',
      });
      onThree = await seed(three);
      onOne = await one.as('reviewer');
      for (const app of [three, one]) expect(await app.app.get(CaseIndexBuilder).rebuild()).toBeTruthy();
      await clusterRequest('caseatlas_test_*/_refresh', undefined, 'POST');
      const layout = await clusterRequest<{ index: string; shard: string; prirep: string; state: string }[]>(
        `_cat/shards/${TEST_CASE_ALIAS},caseatlas_test_one_cases?format=json&h=index,shard,prirep,state`,
      );
      const count = (prefix: string, kind: string) =>
        layout.filter((row) => row.index.startsWith(prefix) && row.prirep === kind && row.state === 'STARTED').length;
      // The layouts compared: 3 primaries with a replica each, against 1 primary.
      expect({
        three: [count('caseatlas_test_cases_v', 'p'), count('caseatlas_test_cases_v', 'r')],
        one: [count('caseatlas_test_one_cases_v', 'p'), count('caseatlas_test_one_cases_v', 'r')],
      }).toEqual({ three: [3, 3], one: [1, 0] });
    }, 240_000);

    afterAll(async () => {
      await three?.close();
      await one?.close();
      const names = await clusterRequest<{ index: string }[]>('_cat/indices/caseatlas_test_one_*?format=json&h=index');
      if (names.length) await clusterRequest(names.map((row) => row.index).join(','), undefined, 'DELETE');
    });

    it.each([
      ['every case by verdict date', { sort: 'verdictDate' }],
      ['a ranking of English words', { q: 'forced labour recruitment' }],
      ['a ranking of Russian words', { q: 'вербовка эксплуатация' }],
      ['a filtered ranking', { q: 'labour', filter: { exploitationPurpose: ['forced_labour'] } }],
      ['a ranking of the words only', { q: 'recruitment transport', interpret: 'false' }],
    ])('pages %s in the same order, each hit once, with the same scores', async (_, query) => {
      const [onThreeShards, onOneShard] = [await allPages(onThree, query, 5), await allPages(onOne, query, 5)];
      // What paging must add up to: the whole answer on one page, and its total.
      const whole = await search(onThree, { ...query, size: '100' });
      expect(whole.total).toBeGreaterThan(5);
      expect(whole.hits.length).toBe(whole.total);
      expect(onThreeShards).toEqual(whole.hits.map((hit) => hit.id));
      expect(onOneShard).toEqual(onThreeShards);
      // The same scores: term statistics of the whole index on three shards as on one.
      const wholeOnOne = await search(onOne, { ...query, size: '100' });
      const scores = (answer: SearchResponse) => answer.hits.map((hit) => Number((hit.score ?? 0).toFixed(4)));
      expect(scores(whole)).toEqual(scores(wholeOnOne));
    });

    it('counts every facet alike', async () => {
      for (const query of [{}, { q: 'labour' }, { filter: { exploitationPurpose: ['forced_labour'] } }]) {
        const [a, b] = [await search(onThree, { ...query, size: '1' }), await search(onOne, { ...query, size: '1' })];
        expect(a.total).toBe(b.total);
        expect(Object.keys(b.facets).length).toBeGreaterThan(10);
        expect(a.facets).toEqual(b.facets);
      }
    });
  });

  describe('losing a node', () => {
    let app: TestApp;
    let reviewer: AuthorizedClient;

    beforeAll(async () => {
      // Four readers ask more than the per-account rate limit allows.
      app = await startTestApp({ SEARCH_RELAY_INTERVAL_MS: '100', RATE_LIMIT_PER_MINUTE: '100000' });
      reviewer = await app.as('reviewer');
      await waitForConvergence();
    }, 180_000);

    afterAll(async () => {
      await app?.close();
    });

    it('answers every search while a data node is down, says degraded, and is ok once it is back', async () => {
      await waitForCluster(3, 'green');
      await waitForHealth(app, 'ok');
      // Not the master (the next test loses that one) and not node 1, where the tests' own requests go first.
      const master = await masterNode();
      const node = [3, 2].find((candidate) => candidate !== master)!;
      const cases = await withTestDatabase(
        async (client) => (await client.query('SELECT count(*)::int AS n FROM cases')).rows[0].n as number,
      );
      expect((await search(reviewer, { size: '1' })).total).toBe(cases);
      const load = searchLoad(reviewer, cases);
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      await stopNode(node);
      await waitForHealth(app, 'degraded');
      await new Promise((resolve) => setTimeout(resolve, 3_000));
      await startNode(node);
      await waitForCluster(3, 'green');
      await waitForHealth(app, 'ok');
      const outcomes = await load.stop();
      expect(outcomes.failed).toEqual([]);
      expect(outcomes.answered).toBeGreaterThan(40);
    }, 240_000);

    it('never fails a write while the master is down, and the index converges once it is back', async () => {
      await waitForCluster(3, 'green');
      const master = await masterNode();
      await stopNode(master);
      const writes: number[] = [];
      for (const record of generateCases({ count: 10, seed: 261, statutes })) {
        const reference = record.reference.replace(/\d{4}$/, (digits) => String(9000 + (Number(digits) % 1000)));
        writes.push((await reviewer.post('/cases').send({ ...record, reference } as CaseRecord)).status);
      }
      expect(writes).toEqual(Array(10).fill(201));
      // A new master is elected, the relay indexes every write under it, and searches find them.
      expect(await masterNode(master)).not.toBe(master);
      await waitForConvergence();
      const found = await search(reviewer, { size: '1' });
      expect(found.total).toBe((await postgresVersions()).size);
      await startNode(master);
      await waitForCluster(3, 'green');
      await waitForConvergence();
    }, 240_000);
  });

  describe('two relays on one outbox', () => {
    let app: TestApp;
    const relays: CliProcess[] = [];

    beforeAll(async () => {
      // An API replica as in the scale profile: it writes the outbox, two relays drain it.
      app = await startTestApp({ SEARCH_RELAY: 'off' });
    }, 120_000);

    afterAll(async () => {
      await Promise.all(relays.map((relay) => relay.stop()));
      await app?.close();
    });

    it('index every change once between them, skip none, and leave the index equal to PostgreSQL', async () => {
      const reviewer = await app.as('reviewer');
      const watermark = await lastOutboxRow();
      for (let relay = 0; relay < 2; relay++) {
        relays.push(startCli(['relay'], { SEARCH_RELAY_INTERVAL_MS: '50', LOG_LEVEL: 'debug' }));
      }
      // Both draining before the first write, so neither finds the whole outbox to itself.
      await until(() => relays.every((relay) => relay.output().includes('Search index relay running')), 60_000);
      // Cases written and changed by four editors at once while both relays drain.
      const written = [...generateCases({ count: 30, seed: 262, statutes })].map((record) => ({
        ...record,
        reference: record.reference.replace(/\d{4}$/, (digits) => String(8000 + (Number(digits) % 1000))),
      }));
      const editors = Array.from({ length: 4 }, (_, editor) => written.filter((_, index) => index % 4 === editor));
      await Promise.all(
        editors.map(async (records) => {
          for (const record of records) {
            const created = await reviewer.post('/cases').send(record);
            expect(created.status).toBe(201);
            const changed = await reviewer
              .put(`/cases/${created.body.id}`)
              .send({ title: `${record.title} (amended)`, version: created.body.version });
            expect(changed.status).toBe(200);
          }
        }),
      );
      const lastRow = await lastOutboxRow();
      expect(lastRow - watermark).toBeGreaterThanOrEqual(2 * written.length);
      await waitForConvergence();
      const indexedBy = () =>
        relays.map((relay) =>
          [...relay.output().matchAll(/indexed outbox rows ([\d,]+)/g)]
            .flatMap((match) => match[1].split(',').map(Number))
            .filter((id) => id > watermark),
        );
      // A batch's line is logged after its commit: wait for the last one.
      await until(() => new Set(indexedBy().flat()).size >= lastRow - watermark, 10_000).catch(() => undefined);
      const all = indexedBy().flat();
      // Every row after the watermark taken by exactly one relay, and each relay took some.
      expect(new Set(all).size).toBe(all.length);
      expect([...all].sort((a, b) => a - b)).toEqual(
        Array.from({ length: lastRow - watermark }, (_, index) => watermark + 1 + index),
      );
      expect(indexedBy().map((ids) => ids.length > 0)).toEqual([true, true]);
      const titles = [...(await indexVersions()).values()].map((document) => document.title);
      expect(titles.filter((title) => title.endsWith('(amended)')).length).toBe(written.length);
    }, 240_000);
  });
});
