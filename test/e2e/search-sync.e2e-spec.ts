import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CaseResponse, HealthResponse } from '../../libs/contracts/src';
import { CaseIndex, CaseIndexBuilder, SearchRelay } from '../../libs/search/src';
import type { DrainResult } from '../../libs/search/src';
import { AuthorizedClient } from '../support/accounts';
import { runCli } from '../support/cli';
import { resetDatabase, withTestDatabase } from '../support/database';
import { TEST_ELASTICSEARCH_URL } from '../support/environment';
import { briefCase, STATUTES } from '../support/records';
import {
  deleteTestIndices,
  elasticsearch,
  indexedCases,
  refreshCaseIndex,
  TEST_CASE_ALIAS,
  waitForSearchIndex,
} from '../support/search';
import { TcpProxy } from '../support/tcp-proxy';
import { startTestApp, TestApp } from '../support/test-app';

/** What PostgreSQL holds, as the index must mirror it: id → version, status and index version. */
async function casesInPostgres(): Promise<Map<string, { version: number; status: string; indexVersion: number }>> {
  return withTestDatabase(async (client) => {
    const result = await client.query('SELECT id, version, status, index_version FROM cases');
    return new Map(
      result.rows.map((row) => [
        row.id,
        { version: row.version, status: row.status, indexVersion: Number(row.index_version) },
      ]),
    );
  });
}

async function expectIndexMirrorsPostgres(): Promise<void> {
  const [stored, indexed] = [await casesInPostgres(), await indexedCases()];
  expect([...indexed.keys()].sort()).toEqual([...stored.keys()].sort());
  for (const [id, row] of stored) {
    const document = indexed.get(id)!;
    expect({
      id,
      version: document.source.version,
      status: document.source.status,
      external: document.version,
    }).toEqual({ id, version: row.version, status: row.status, external: row.indexVersion });
  }
}

async function outboxIds(): Promise<string[]> {
  return withTestDatabase(async (client) => {
    const result = await client.query('SELECT id FROM search_outbox ORDER BY id');
    return result.rows.map((row) => String(row.id));
  });
}

let referenceNumber = 0;
const nextReference = () => `KZ-2020-SYN-${String(++referenceNumber).padStart(4, '0')}`;

describe('the search index relays (outbox → Elasticsearch)', () => {
  let app: TestApp;
  let reviewer: AuthorizedClient;
  let relay: SearchRelay;

  beforeAll(async () => {
    await resetDatabase();
    await deleteTestIndices();
    // The test drives the relays itself.
    app = await startTestApp({ SEARCH_RELAY: 'off' });
    relay = app.app.get(SearchRelay);
    await app.app.get(CaseIndexBuilder).ensure();
    reviewer = await app.as('reviewer');
    const admin = await app.as('admin');
    for (const statute of STATUTES) expect((await admin.post('/statutes').send(statute)).status).toBe(201);
  }, 120_000);

  afterAll(async () => {
    await app?.close();
  });

  const drainAll = async () => {
    while ((await relay.drainOnce()).claimed > 0);
    await refreshCaseIndex();
  };

  it('writes every change in the transaction of the change, and nothing else', async () => {
    await drainAll();
    const created = await reviewer.post('/cases').send(briefCase({ reference: nextReference() }));
    expect(created.status).toBe(201);
    expect((await outboxIds()).length).toBe(1);
    const refused = await reviewer.post('/cases').send(briefCase({ reference: 'not a reference' }));
    expect(refused.status).toBe(400);
    expect((await outboxIds()).length).toBe(1);
    await drainAll();
    await expectIndexMirrorsPostgres();
  });

  it('counts what it shows while the index catches up: a case withdrawn or deleted leaves hits, total, facets and analytics together', async () => {
    await drainAll();
    const member = await app.as('member');
    const withdrawn = (
      await reviewer.post('/cases').send(briefCase({ reference: nextReference(), tags: ['lagging_one'] }))
    ).body as CaseResponse;
    const deleted = (
      await reviewer.post('/cases').send(briefCase({ reference: nextReference(), tags: ['lagging_two'] }))
    ).body as CaseResponse;
    await drainAll();
    const seen = async () => {
      const search = await member
        .get('/search')
        .query({ filter: JSON.stringify({ tag: ['lagging_one', 'lagging_two'] }) });
      const outcomes = await member
        .get('/analytics/outcomes')
        .query({ filter: JSON.stringify({ tag: ['lagging_one', 'lagging_two'] }) });
      expect([search.status, outcomes.status]).toEqual([200, 200]);
      return {
        total: search.body.total,
        hits: search.body.hits.map((hit: { id: string }) => hit.id).sort(),
        tagFacet: Object.fromEntries(
          (search.body.facets.tag as { value: string; count: number }[]).map((bucket) => [bucket.value, bucket.count]),
        ),
        analyticsCases: outcomes.body.total.cases,
      };
    };
    const before = await seen();
    expect(before).toMatchObject({
      total: 2,
      hits: [withdrawn.id, deleted.id].sort(),
      tagFacet: { lagging_one: 1, lagging_two: 1 },
      analyticsCases: 2,
    });

    // Changed in PostgreSQL; the relay has not run, so the index still holds both as published.
    await reviewer.put(`/cases/${withdrawn.id}`).send({ status: 'in_review', version: withdrawn.version }).expect(200);
    await reviewer.delete(`/cases/${deleted.id}`).expect(200);
    expect((await outboxIds()).length).toBeGreaterThanOrEqual(2);
    const lagging = await seen();
    expect(lagging).toMatchObject({ total: 0, hits: [], tagFacet: {} });
    expect(lagging.analyticsCases).toBe(0);

    await drainAll();
    expect(await seen()).toEqual(lagging);
    // The reviewer reads cases in review: the withdrawn case is theirs to see.
    const reviewerSees = await reviewer.get('/search').query({ filter: JSON.stringify({ tag: ['lagging_one'] }) });
    expect({ total: reviewerSees.body.total, hits: reviewerSees.body.hits.length }).toEqual({ total: 1, hits: 1 });
  });

  it('replays a batch whose relay died after the bulk request without changing the index', async () => {
    for (let index = 0; index < 5; index++) {
      expect((await reviewer.post('/cases').send(briefCase({ reference: nextReference() }))).status).toBe(201);
    }
    const pending = await outboxIds();
    await expect(
      relay.drainOnce({
        afterWrite: async () => {
          throw new Error('relay killed before it could mark its batch done');
        },
      }),
    ).rejects.toThrow('relay killed');
    expect(await outboxIds()).toEqual(pending);
    await refreshCaseIndex();
    const before = await elasticsearch(`${TEST_CASE_ALIAS}/_search`, {
      size: 100,
      seq_no_primary_term: true,
      version: true,
    });

    const replay = await relay.drainOnce();
    expect(replay.completed.sort()).toEqual([...pending].sort());
    await refreshCaseIndex();
    const after = await elasticsearch(`${TEST_CASE_ALIAS}/_search`, {
      size: 100,
      seq_no_primary_term: true,
      version: true,
    });
    const positions = (result: any) =>
      Object.fromEntries(result.hits.hits.map((hit: any) => [hit._id, [hit._seq_no, hit._version]]));
    // The killed batch did write: its documents are there before the replay, and unchanged after.
    expect(Object.keys(positions(before)).sort()).toEqual([...(await casesInPostgres()).keys()].sort());
    expect(positions(after)).toEqual(positions(before));
    expect(await outboxIds()).toEqual([]);
  });

  it('ignores an older version delivered after a newer one', async () => {
    const created = (
      await reviewer.post('/cases').send(briefCase({ reference: nextReference(), title: 'First title' }))
    ).body as CaseResponse;
    await drainAll();
    const olderCopy = (await indexedCases()).get(created.id)!;
    const updated = await reviewer
      .put(`/cases/${created.id}`)
      .send({ ...briefCase({ reference: created.reference, title: 'Second title' }), version: created.version });
    expect(updated.status).toBe(200);
    await drainAll();

    // The older document arrives late (a slow relay, a replay): the index keeps the newer one.
    const [outcome] = await app.app
      .get(CaseIndex)
      .write(
        [{ kind: 'index', id: created.id, version: olderCopy.version, document: olderCopy.source }],
        [TEST_CASE_ALIAS],
      );
    expect(outcome).toEqual({ done: true });
    const now = (await indexedCases()).get(created.id)!;
    expect(now.source.title).toBe('Second title');
    expect(now.version).toBeGreaterThan(olderCopy.version);
  });

  it('lets two relays drain together without indexing a change twice or skipping one', async () => {
    await drainAll();
    const cases: CaseResponse[] = [];
    for (let index = 0; index < 30; index++) {
      cases.push((await reviewer.post('/cases').send(briefCase({ reference: nextReference() }))).body);
    }
    for (const record of cases.slice(0, 15)) {
      const updated = await reviewer.put(`/cases/${record.id}`).send({ status: 'in_review' });
      expect(updated.status).toBe(200);
    }
    const pending = await outboxIds();
    expect(pending.length).toBe(45);

    const drainer = async () => {
      const results: DrainResult[] = [];
      for (;;) {
        const result = await relay.drainOnce({ batchSize: 4 });
        if (result.claimed === 0) return results;
        results.push(result);
      }
    };
    const [first, second] = await Promise.all([drainer(), drainer()]);
    const completedBy = (results: DrainResult[]) => results.flatMap((result) => result.completed);
    const [a, b] = [completedBy(first), completedBy(second)];
    expect(a.length).toBeGreaterThan(0);
    expect(b.length).toBeGreaterThan(0);
    expect(a.filter((id) => b.includes(id))).toEqual([]);
    expect([...a, ...b].sort()).toEqual([...pending].sort());
    await refreshCaseIndex();
    await expectIndexMirrorsPostgres();
  });

  it('does not lose an alert for a change made before "seen" but indexed after it', async () => {
    await drainAll();
    const member = await app.as('member');
    const saved = (await member.post('/saved-searches').send({ name: 'Lighthouse', q: 'lighthouse' })).body;
    // Published just now; the relays have not indexed it yet when the member marks the alerts seen.
    const created = await reviewer
      .post('/cases')
      .send(briefCase({ reference: nextReference(), title: 'A lighthouse keeper', summary: 'The lighthouse case.' }));
    expect(created.status).toBe(201);
    expect((await member.post(`/alerts/${saved.id}/seen`)).status).toBe(200);
    await drainAll();
    const alerts = (await member.get('/alerts')).body;
    expect(alerts.alerts[0].hits.map((hit: { id: string }) => hit.id)).toEqual([created.body.id]);
  });

  it('parks a case Elasticsearch keeps refusing, and goes on with the others', async () => {
    await drainAll();
    const poison = (await reviewer.post('/cases').send(briefCase({ reference: nextReference() }))).body as CaseResponse;
    const healthy = (await reviewer.post('/cases').send(briefCase({ reference: nextReference() })))
      .body as CaseResponse;
    // A document Elasticsearch refuses, put in by hand: a related reference over the 32 KB a term may have.
    await withTestDatabase((client) =>
      client.query(
        `UPDATE cases SET related_cases = jsonb_build_array(jsonb_build_object('reference', repeat('X', 40000), 'relation', 'related')) WHERE id = $1`,
        [poison.id],
      ),
    );
    const first = await relay.drainOnce();
    expect(first.retried.length).toBe(1);
    expect((await indexedCases()).has(healthy.id)).toBe(true);
    // Retries wait (2, 4, 8… s); make them due now, as time would.
    for (let attempt = 2; attempt <= 5; attempt++) {
      await withTestDatabase((client) => client.query('UPDATE search_outbox SET available_at = now()'));
      await relay.drainOnce();
    }
    const [row] = await withTestDatabase(
      async (client) =>
        (
          await client.query('SELECT attempts, parked_at, last_error FROM search_outbox WHERE case_id = $1', [
            poison.id,
          ])
        ).rows,
    );
    expect(row.attempts).toBe(5);
    expect(row.parked_at).not.toBeNull();
    expect(row.last_error).toMatch(/document_parsing_exception.*relatedReferences/);
    expect((await relay.drainOnce()).claimed).toBe(0);
    expect(await relay.backlog()).toEqual(expect.objectContaining({ waiting: 0, parked: 1 }));
    await withTestDatabase((client) => client.query('DELETE FROM cases WHERE id = $1', [poison.id]));
    await withTestDatabase((client) => client.query('DELETE FROM search_outbox'));
  });
});

describe('the search index while Elasticsearch is away', () => {
  const proxy = TcpProxy.to(TEST_ELASTICSEARCH_URL);
  let app: TestApp;
  let reviewer: AuthorizedClient;

  beforeAll(async () => {
    await resetDatabase();
    await deleteTestIndices();
    await proxy.open();
    app = await startTestApp({
      ELASTICSEARCH_URL: proxy.rewrite(TEST_ELASTICSEARCH_URL).replace(/\/$/, ''),
      SEARCH_RELAY_INTERVAL_MS: '100',
    });
    reviewer = await app.as('reviewer');
    const admin = await app.as('admin');
    for (const statute of STATUTES) expect((await admin.post('/statutes').send(statute)).status).toBe(201);
  }, 120_000);

  afterAll(async () => {
    await app?.close();
    await proxy.close();
  });

  it('accepts every write while it is down, answers searches 503 within 2 s, and catches up on its own', async () => {
    const kept = (await reviewer.post('/cases').send(briefCase({ reference: nextReference() }))).body as CaseResponse;
    const doomed = (await reviewer.post('/cases').send(briefCase({ reference: nextReference() }))).body as CaseResponse;
    await waitForSearchIndex();

    await proxy.close();
    const created = await reviewer.post('/cases').send(briefCase({ reference: nextReference(), status: 'draft' }));
    expect(created.status).toBe(201);
    const edited = await reviewer
      .put(`/cases/${kept.id}`)
      .send({ ...briefCase({ reference: kept.reference, title: 'Edited while search was down' }), version: 1 });
    expect(edited.status).toBe(200);
    expect((await reviewer.put(`/cases/${created.body.id}`).send({ status: 'in_review' })).status).toBe(200);
    expect((await reviewer.put(`/cases/${created.body.id}`).send({ status: 'published' })).status).toBe(200);
    expect((await reviewer.put(`/cases/${kept.id}`).send({ status: 'archived' })).status).toBe(200);
    expect((await reviewer.delete(`/cases/${doomed.id}`)).status).toBe(200);
    const file = join(tmpdir(), `caseatlas-sync-${process.pid}.ndjson`);
    writeFileSync(
      file,
      [nextReference(), nextReference()].map((reference) => JSON.stringify(briefCase({ reference }))).join('\n'),
    );
    await runCli('import', file);
    // Case pages come from PostgreSQL and keep working.
    expect((await reviewer.get(`/cases/${kept.id}`)).status).toBe(200);

    const started = Date.now();
    const search = await reviewer.get('/search').query({ q: 'recruited' });
    const elapsed = Date.now() - started;
    expect(search.status).toBe(503);
    expect(search.body).toEqual({
      statusCode: 503,
      error: 'Service Unavailable',
      message: 'Search is unavailable right now; case pages still work.',
    });
    expect(elapsed).toBeLessThan(2000);
    expect((await reviewer.get(`/cases/${kept.id}/similar`)).status).toBe(503);

    // Health names the lag: the backlog and the error, search degraded, the API up.
    let health: HealthResponse | undefined;
    for (let attempt = 0; attempt < 50; attempt++) {
      health = (await fetch(`${app.apiUrl}/health`).then((response) => response.json())) as HealthResponse;
      if (health.details.searchIndex?.lastError) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(health!.details.searchIndex).toEqual(
      expect.objectContaining({
        state: 'degraded',
        lastError: expect.objectContaining({ message: 'Elasticsearch is unreachable' }),
      }),
    );
    expect(health!.details.searchIndex!.backlog).toBeGreaterThanOrEqual(7);

    await proxy.open();
    const back = Date.now();
    await waitForSearchIndex(90_000);
    console.log(`search index converged ${((Date.now() - back) / 1000).toFixed(1)} s after Elasticsearch came back`);
    await expectIndexMirrorsPostgres();
    expect((await indexedCases()).has(doomed.id)).toBe(false);
    expect((await indexedCases()).get(kept.id)!.source.title).toBe('Edited while search was down');
    const healthy = (await fetch(`${app.apiUrl}/health`).then((response) => response.json())) as HealthResponse;
    expect(healthy.details.searchIndex).toEqual(expect.objectContaining({ state: 'ok', backlog: 0, lastError: null }));
  });
});

describe('npm run cli -- reindex', () => {
  let app: TestApp;
  let reviewer: AuthorizedClient;

  beforeAll(async () => {
    await resetDatabase();
    await deleteTestIndices();
    app = await startTestApp({ SEARCH_RELAY_INTERVAL_MS: '100' });
    reviewer = await app.as('reviewer');
    const admin = await app.as('admin');
    for (const statute of STATUTES) expect((await admin.post('/statutes').send(statute)).status).toBe(201);
    for (let index = 0; index < 20; index++) {
      expect((await reviewer.post('/cases').send(briefCase({ reference: nextReference() }))).status).toBe(201);
    }
    await waitForSearchIndex();
  }, 120_000);

  afterAll(async () => {
    await app?.close();
  });

  const generation = async () => Object.keys(await elasticsearch(`_alias/${TEST_CASE_ALIAS}`))[0];

  it('builds a new index version, swaps the alias, and keeps answering searches meanwhile', async () => {
    const before = await generation();
    let searching = true;
    const statuses: number[] = [];
    const searches = (async () => {
      while (searching) statuses.push((await reviewer.get('/search').query({ q: 'recruited' })).status);
    })();
    const subject = (await reviewer.get('/cases').query({ range: '[0,0]' })).body[0] as CaseResponse;

    // A case edited while the new version is being filled must be current in it.
    const built = await app.app.get(CaseIndexBuilder).rebuild({
      start: () => undefined,
      advance: async () => {
        const edited = await reviewer.put(`/cases/${subject.id}`).send({
          ...briefCase({ reference: subject.reference, title: 'Edited mid-reindex' }),
          version: subject.version,
        });
        expect(edited.status).toBe(200);
      },
    });
    expect(built).toEqual({ index: expect.stringMatching(/_cases_v\d+$/), cases: 20 });
    await waitForSearchIndex();
    searching = false;
    await searches;

    expect(await generation()).toBe((built as { index: string }).index);
    expect(await generation()).not.toBe(before);
    // Loaded without refreshes, then given back Elasticsearch's default (no explicit interval).
    const settings = await elasticsearch(`${await generation()}/_settings`);
    expect(Object.values(settings)[0]).toMatchObject({ settings: { index: { gc_deletes: '1h' } } });
    expect((Object.values(settings)[0] as { settings: { index: object } }).settings.index).not.toHaveProperty(
      'refresh_interval',
    );
    expect(statuses.length).toBeGreaterThan(0);
    expect(statuses.filter((status) => status !== 200)).toEqual([]);
    expect((await indexedCases()).get(subject.id)!.source.title).toBe('Edited mid-reindex');
    await expectIndexMirrorsPostgres();
  });

  it('runs from the command line with its progress and says where the cases went', async () => {
    const before = await generation();
    const run = await runCli('reindex');
    expect(run.output).toMatch(/20 cases indexed into caseatlas_test_cases_v\d+/);
    expect(await generation()).not.toBe(before);
    await expectIndexMirrorsPostgres();
  });
});
