import { Client } from 'pg';
import request from 'supertest';
import type { AuditEventResponse, CaseResponse } from '../../libs/contracts/src';
import {
  authorizedClient,
  createAccount,
  signInThroughApi,
  TEST_PASSWORD,
  TestAccount,
  unknownUsername,
} from '../support/accounts';
import { resetAccounts, resetDatabase } from '../support/database';
import { TEST_DATABASE_URL, testEnvironment } from '../support/environment';
import { briefCase, STATUTES } from '../support/records';
import { startTestApp, TestApp } from '../support/test-app';

/** Audit rows written after `watermark`, oldest first, straight from the table. */
async function auditRowsAfter(watermark: number): Promise<Record<string, unknown>[]> {
  const client = new Client({ connectionString: TEST_DATABASE_URL });
  await client.connect();
  try {
    const { rows } = await client.query(
      `SELECT actor_id, actor_name, action, target_type, target_id, outcome, status_code, client_address, request_id, details
         FROM audit_events WHERE id > $1 ORDER BY id`,
      [watermark],
    );
    return rows;
  } finally {
    await client.end();
  }
}

async function auditWatermark(): Promise<number> {
  const client = new Client({ connectionString: TEST_DATABASE_URL });
  await client.connect();
  try {
    return Number((await client.query('SELECT coalesce(max(id), 0) AS id FROM audit_events')).rows[0].id);
  } finally {
    await client.end();
  }
}

/** A caller's own request id (a UUID) is kept and echoed. */
const SCRIPTED_REQUEST_ID = '5c0ffee0-0000-4000-8000-00000000d001';

describe('audit trail', () => {
  let api: TestApp;
  const http = () => request(api.apiUrl);

  beforeAll(async () => {
    await resetAccounts();
    await resetDatabase();
    // X-Forwarded-For is trusted from one proxy, so the tests can speak from several addresses.
    api = await startTestApp({ TRUST_PROXY: '1', LOGIN_MAX_FAILURES: '3' });
    const admin = await api.as('admin');
    for (const statute of STATUTES) await admin.post('/statutes').send(statute).expect(201);
  });
  afterAll(() => api.close());

  it('a scripted session produces exactly the expected audit rows, without case free text', async () => {
    const editor = await createAccount('editor');
    const watermark = await auditWatermark();
    const from = (address: string) => ({ 'X-Forwarded-For': address });

    await http()
      .post('/auth/login')
      .set(from('198.51.100.7'))
      .send({ username: editor.username, password: 'wrong password!' })
      .expect(401);
    await http()
      .post('/auth/login')
      .set(from('198.51.100.7'))
      .send({ username: unknownUsername(), password: 'wrong password!' })
      .expect(401);
    const session = await http()
      .post('/auth/login')
      .set(from('198.51.100.7'))
      .send({ username: editor.username, password: TEST_PASSWORD })
      .expect(200);
    const client = authorizedClient(api.apiUrl, session.body.accessToken);
    const created: CaseResponse = (
      await client
        .post('/cases')
        .set(from('198.51.100.7'))
        .send(briefCase({ reference: 'KZ-2024-AUD-0001', status: 'draft' }))
        .expect(201)
    ).body;
    await client.get(`/cases/${created.id}`).set(from('198.51.100.7')).expect(200);
    await client
      .get('/cases')
      .set(from('198.51.100.7'))
      .query({ filter: JSON.stringify({ q: 'Иванов Сергей Петрович', jurisdiction: 'KZ' }) })
      .expect(200);
    await client
      .put(`/cases/${created.id}`)
      .set(from('198.51.100.7'))
      .send({ title: 'Secret new title', version: 1 })
      .expect(200);
    await client.put(`/cases/${created.id}`).set(from('198.51.100.7')).send({ status: 'in_review' }).expect(200);
    await client.put(`/cases/${created.id}`).set(from('198.51.100.7')).send({ status: 'published' }).expect(403);
    await client.get('/statutes').set(from('198.51.100.7')).expect(200); // the catalogue is not audited
    await client
      .delete(`/cases/${created.id}`)
      .set(from('198.51.100.7'))
      .set('X-Request-Id', SCRIPTED_REQUEST_ID)
      .expect(200);
    await http().get('/cases').set(from('198.51.100.9')).expect(401);

    // Only this script's addresses: anything else using the database meanwhile is not ours.
    const rows = (await auditRowsAfter(watermark)).filter((row) =>
      ['198.51.100.7', '198.51.100.9'].includes(row.client_address as string),
    );
    const editorActor = { actor_id: editor.id, actor_name: editor.username };
    const nobody = { actor_id: null, actor_name: null };
    const address = { client_address: '198.51.100.7' };
    expect(rows).toEqual([
      {
        ...nobody,
        ...address,
        action: 'auth.login',
        target_type: 'auth',
        target_id: editor.id,
        outcome: 'failure',
        status_code: 401,
        request_id: expect.any(String),
        details: { fields: ['password', 'username'] },
      },
      {
        ...nobody,
        ...address,
        action: 'auth.login',
        target_type: 'auth',
        // An unknown username is counted under a hash of it, never kept as typed.
        target_id: expect.stringMatching(/^unknown:[0-9a-f]{24}$/),
        outcome: 'failure',
        status_code: 401,
        request_id: expect.any(String),
        details: { fields: ['password', 'username'] },
      },
      {
        ...editorActor,
        ...address,
        action: 'auth.login',
        target_type: 'auth',
        target_id: editor.id,
        outcome: 'success',
        status_code: 200,
        request_id: expect.any(String),
        details: { fields: ['password', 'username'] },
      },
      {
        ...editorActor,
        ...address,
        action: 'cases.create',
        target_type: 'cases',
        target_id: created.id,
        outcome: 'success',
        status_code: 201,
        request_id: expect.any(String),
        details: { fields: expect.arrayContaining(['facts', 'title']), status: 'draft' },
      },
      {
        ...editorActor,
        ...address,
        action: 'cases.get',
        target_type: 'cases',
        target_id: created.id,
        outcome: 'success',
        status_code: 200,
        request_id: expect.any(String),
        details: {},
      },
      {
        ...editorActor,
        ...address,
        action: 'cases.list',
        target_type: 'cases',
        target_id: null,
        outcome: 'success',
        status_code: 200,
        request_id: expect.any(String),
        details: { filter: { q: '[PERSON-1]', jurisdiction: 'KZ' } },
      },
      {
        ...editorActor,
        ...address,
        action: 'cases.update',
        target_type: 'cases',
        target_id: created.id,
        outcome: 'success',
        status_code: 200,
        request_id: expect.any(String),
        details: { fields: ['title', 'version'] },
      },
      {
        ...editorActor,
        ...address,
        action: 'cases.update',
        target_type: 'cases',
        target_id: created.id,
        outcome: 'success',
        status_code: 200,
        request_id: expect.any(String),
        details: { fields: ['status'], status: 'in_review' },
      },
      {
        ...editorActor,
        ...address,
        action: 'cases.update',
        target_type: 'cases',
        target_id: created.id,
        outcome: 'denied',
        status_code: 403,
        request_id: expect.any(String),
        details: { fields: ['status'], status: 'published' },
      },
      {
        ...editorActor,
        ...address,
        action: 'cases.delete',
        target_type: 'cases',
        target_id: created.id,
        outcome: 'success',
        status_code: 200,
        request_id: SCRIPTED_REQUEST_ID,
        details: {},
      },
      {
        ...nobody,
        client_address: '198.51.100.9',
        action: 'cases.list',
        target_type: 'cases',
        target_id: null,
        outcome: 'denied',
        status_code: 401,
        request_id: expect.any(String),
        details: {},
      },
    ]);
    const text = JSON.stringify(rows);
    for (const freeText of ['Secret new title', briefCase().title, briefCase().summary, 'Иванов'])
      expect(text).not.toContain(freeText);
  });

  it('the application database role cannot UPDATE, DELETE or TRUNCATE audit rows, nor switch the guard off', async () => {
    // The connection settings the API under test runs with (its DATABASE_URL).
    const client = new Client({ connectionString: testEnvironment().DATABASE_URL });
    await client.connect();
    try {
      const role = (await client.query('SELECT rolsuper FROM pg_roles WHERE rolname = current_user')).rows[0];
      expect(role.rolsuper).toBe(false);
      const before = (await client.query('SELECT count(*)::int AS count FROM audit_events')).rows[0].count;
      expect(before).toBeGreaterThan(0);
      for (const statement of [
        `UPDATE audit_events SET outcome = 'success'`,
        'DELETE FROM audit_events',
        'TRUNCATE audit_events',
      ]) {
        await expect(client.query(statement)).rejects.toThrow(/permission denied for table audit_events/);
      }
      await expect(client.query('ALTER TABLE audit_events DISABLE TRIGGER USER')).rejects.toThrow(/must be owner/);
      await expect(client.query('SET session_replication_role = replica')).rejects.toThrow(/permission denied/);
      expect((await client.query('SELECT count(*)::int AS count FROM audit_events')).rows[0].count).toBe(before);
    } finally {
      await client.end();
    }
  });

  it('even the owner of the table cannot UPDATE, DELETE or TRUNCATE audit rows (triggers)', async () => {
    const client = new Client({ connectionString: TEST_DATABASE_URL });
    await client.connect();
    try {
      await expect(client.query(`UPDATE audit_events SET outcome = 'success'`)).rejects.toThrow(/append-only: UPDATE/);
      await expect(client.query('DELETE FROM audit_events')).rejects.toThrow(/append-only: DELETE/);
      await expect(client.query('TRUNCATE audit_events')).rejects.toThrow(/append-only: TRUNCATE/);
    } finally {
      await client.end();
    }
  });

  describe('IDOR: by-id access outside the role is denied, and the denial is audited', () => {
    let draft: CaseResponse;
    let inReview: CaseResponse;
    let other: TestAccount;

    beforeAll(async () => {
      const reviewer = await api.as('reviewer');
      draft = (
        await reviewer
          .post('/cases')
          .send(briefCase({ reference: 'KZ-2024-IDR-0001', status: 'draft' }))
          .expect(201)
      ).body;
      inReview = (
        await reviewer
          .post('/cases')
          .send(briefCase({ reference: 'KZ-2024-IDR-0002', status: 'in_review' }))
          .expect(201)
      ).body;
      other = await createAccount('member');
    });

    const eventsOf = async (watermark: number, actorId: string) =>
      (await auditRowsAfter(watermark))
        .filter((row) => row.actor_id === actorId)
        .map((row) => `${row.action} ${row.target_id} ${row.outcome} ${row.status_code}`);

    it.each(['member', 'viewer'] as const)(
      'a %s cannot read, change or list drafts and cases in review',
      async (role) => {
        const account = await createAccount(role);
        const client = authorizedClient(api.apiUrl, (await signInThroughApi(api.apiUrl, account)).accessToken);
        const watermark = await auditWatermark();
        for (const hidden of [draft, inReview]) {
          const response = await client.get(`/cases/${hidden.id}`).expect(404);
          expect(response.body).toEqual({
            statusCode: 404,
            error: 'Not Found',
            message: `No case with id ${hidden.id}`,
          });
          await client.put(`/cases/${hidden.id}`).send({ title: 'x', version: 1 }).expect(403);
        }
        const listed = await client
          .get('/cases')
          .query({ filter: JSON.stringify({ status: ['draft', 'in_review'] }) })
          .expect(200);
        expect(listed.body).toEqual([]);
        expect(await eventsOf(watermark, account.id)).toEqual([
          `cases.get ${draft.id} denied 404`,
          `cases.update ${draft.id} denied 403`,
          `cases.get ${inReview.id} denied 404`,
          `cases.update ${inReview.id} denied 403`,
          // The list is answered, with the hidden cases left out.
          'cases.list null success 200',
        ]);
      },
    );

    it("a member cannot read or change another user's account", async () => {
      const account = await createAccount('member');
      const client = authorizedClient(api.apiUrl, (await signInThroughApi(api.apiUrl, account)).accessToken);
      const watermark = await auditWatermark();
      await client.get(`/users/${other.id}`).expect(403);
      await client.put(`/users/${other.id}`).send({ role: 'admin' }).expect(403);
      await client.get(`/users/${account.id}`).expect(403); // their own account is /api/account
      expect(await eventsOf(watermark, account.id)).toEqual([
        `users.get ${other.id} denied 403`,
        `users.update ${other.id} denied 403`,
        `users.get ${account.id} denied 403`,
      ]);
    });

    it('non-admins cannot reach admin resources', async () => {
      for (const role of ['editor', 'reviewer', 'member', 'viewer'] as const) {
        const account = await createAccount(role);
        const client = authorizedClient(api.apiUrl, (await signInThroughApi(api.apiUrl, account)).accessToken);
        const watermark = await auditWatermark();
        await client.get('/audit').expect(403);
        await client.get('/audit/export').expect(403);
        await client.get('/users').expect(403);
        await client
          .post('/statutes')
          .send({ ...STATUTES[0], key: 'KZ-CC-999' })
          .expect(403);
        expect(await eventsOf(watermark, account.id)).toEqual([
          'audit.list null denied 403',
          'audit.export null denied 403',
          'users.list null denied 403',
          'statutes.create null denied 403',
        ]);
      }
    });
  });

  describe('brute force', () => {
    it('locks one account for one address after repeated failures (429 + Retry-After), and nobody else', async () => {
      const victim = await createAccount('reviewer');
      const bystander = await createAccount('member');
      const attacker = { 'X-Forwarded-For': '203.0.113.66' };
      for (let attempt = 0; attempt < 3; attempt += 1) {
        await http()
          .post('/auth/login')
          .set(attacker)
          .send({ username: victim.username, password: `guess number ${attempt}` })
          .expect(401);
      }
      // Even the right password is refused while locked.
      const locked = await http()
        .post('/auth/login')
        .set(attacker)
        .send({ username: victim.username, password: TEST_PASSWORD })
        .expect(429);
      expect(Number(locked.headers['retry-after'])).toBeGreaterThan(0);
      expect(Number(locked.headers['retry-after'])).toBeLessThanOrEqual(900);
      expect(locked.body.message).toMatch(/Too many failed logins/);

      // Another user from the same address, and the victim from their own, still sign in.
      await http()
        .post('/auth/login')
        .set(attacker)
        .send({ username: bystander.username, password: TEST_PASSWORD })
        .expect(200);
      await http()
        .post('/auth/login')
        .set({ 'X-Forwarded-For': '192.0.2.10' })
        .send({ username: victim.username, password: TEST_PASSWORD })
        .expect(200);
    });

    it('counts parallel guesses one by one', async () => {
      const victim = await createAccount('editor');
      const attacker = { 'X-Forwarded-For': '203.0.113.77' };
      const statuses = await Promise.all(
        Array.from({ length: 6 }, (_, attempt) =>
          http()
            .post('/auth/login')
            .set(attacker)
            .send({ username: victim.username, password: `parallel guess ${attempt}` })
            .then((response) => response.status),
        ),
      );
      expect(statuses.sort()).toEqual([401, 401, 401, 429, 429, 429]);
    });

    it('locks an unknown username exactly like an account, so locking tells nothing', async () => {
      const attacker = { 'X-Forwarded-For': '203.0.113.78' };
      const username = unknownUsername();
      const statuses: number[] = [];
      for (let attempt = 0; attempt < 5; attempt += 1) {
        statuses.push(
          (
            await http()
              .post('/auth/login')
              .set(attacker)
              .send({ username, password: `guess ${attempt}` })
          ).status,
        );
      }
      expect(statuses).toEqual([401, 401, 401, 429, 429]);
    });

    it('limits login attempts per address whatever the account (the throttler, 429 + Retry-After)', async () => {
      const limited = await startTestApp({ LOGIN_RATE_LIMIT_PER_MINUTE: '3' });
      try {
        for (let attempt = 0; attempt < 3; attempt += 1) {
          await request(limited.apiUrl)
            .post('/auth/login')
            .send({ username: unknownUsername(), password: 'Spring2026!' })
            .expect(401);
        }
        const throttled = await request(limited.apiUrl)
          .post('/auth/login')
          .send({ username: unknownUsername(), password: 'Spring2026!' })
          .expect(429);
        expect(Number(throttled.headers['retry-after'])).toBeGreaterThan(0);
        // Other routes keep their own, higher limit.
        await request(limited.apiUrl).get('/health').expect(200);
      } finally {
        await limited.close();
      }
    });
  });

  it('names what a write created (a case by id, a statute by key) and keeps no path text that is not an id', async () => {
    const admin = await api.as('admin');
    const watermark = await auditWatermark();
    await admin
      .post('/statutes')
      .send({ ...STATUTES[0], key: 'KZ-CC-777' })
      .expect(201);
    const created: CaseResponse = (
      await (
        await api.as('editor')
      )
        .post('/cases')
        .send(briefCase({ reference: 'KZ-2024-AUD-0777', status: 'draft' }))
        .expect(201)
    ).body;
    // A path segment that is not an id is not kept: it could be anything, a name among others.
    await admin.get(`/cases/${encodeURIComponent('Иванов Сергей Петрович')}`).expect(404);
    const rows = await auditRowsAfter(watermark);
    expect(rows.filter((row) => row.action === 'cases.get').map((row) => row.target_id)).toEqual(['(not an id)']);
    expect(rows.filter((row) => row.action === 'statutes.create').map((row) => row.target_id)).toEqual(['KZ-CC-777']);
    expect(rows.filter((row) => row.action === 'cases.create').map((row) => row.target_id)).toEqual([created.id]);
  });

  it('admins browse, filter and export the trail as CSV', async () => {
    const admin = await api.as('admin');
    const list = await admin
      .get('/audit')
      .query({ filter: JSON.stringify({ action: 'auth', outcome: 'failure' }), range: '[0,4]' })
      .expect(200);
    expect(list.body.length).toBeGreaterThan(0);
    expect(
      list.body.every((event: AuditEventResponse) => event.action.startsWith('auth.') && event.outcome === 'failure'),
    ).toBe(true);
    expect(list.headers['content-range']).toMatch(/^audit 0-\d+\/\d+$/);
    const bad = await admin
      .get('/audit')
      .query({ filter: JSON.stringify({ from: 'yesterday' }) })
      .expect(400);
    expect(bad.body.problems).toEqual([expect.objectContaining({ path: 'filter.from', rule: 'datetime' })]);

    const one = await admin.get(`/audit/${list.body[0].id}`).expect(200);
    expect(one.body).toEqual(list.body[0]);
    await admin.get('/audit/not-a-number').expect(404);

    const csv = await admin
      .get('/audit/export')
      .query({ filter: JSON.stringify({ action: 'auth.login' }) })
      .expect(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    expect(csv.headers['content-disposition']).toMatch(
      /^attachment; filename="caseatlas-audit-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    const lines = csv.text.trim().split('\n');
    expect(lines[0]).toBe(
      'id,at,actorId,actorName,actorRole,action,targetType,targetId,outcome,statusCode,clientAddress,requestId,details',
    );
    expect(lines.length).toBeGreaterThan(5);
    expect(lines.slice(1).every((line) => line.includes(',auth.login,'))).toBe(true);

    // Asked by the interface in Russian, the headers are words; the rows are the same.
    const inRussian = await admin
      .get('/audit/export')
      .query({ filter: JSON.stringify({ action: 'auth.login' }), language: 'ru' })
      .expect(200);
    const russianLines = inRussian.text.trim().split('\n');
    expect(russianLines[0]).toMatch(/^Номер события,Время \(UTC\),Идентификатор учётной записи,Учётная запись,/);
    expect(russianLines.length).toBeGreaterThanOrEqual(lines.length);
    const refused = await admin.get('/audit/export').query({ language: 'de' }).expect(400);
    expect(refused.body.problems).toEqual([expect.objectContaining({ path: 'language', rule: 'vocabulary' })]);
    await admin.get('/audit/export').query({ lang: 'ru' }).expect(400);
  });
});
