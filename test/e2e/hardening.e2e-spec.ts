import { JwtService } from '@nestjs/jwt';
import request from 'supertest';
import { ENVIRONMENT_DEFAULTS } from '../../libs/config/src';
import type { CaseResponse } from '../../libs/contracts/src';
import { createAccount, TEST_PASSWORD } from '../support/accounts';
import type { AuthorizedClient } from '../support/accounts';
import { auditRowsAfter, auditWatermark, awaitAuditRowsAfter } from '../support/audit';
import { resetDatabase, withTestDatabase } from '../support/database';
import { briefCase, STATUTES } from '../support/records';
import { startTestApp, TestApp } from '../support/test-app';

/** `?filter={"q":"\ud800"}`: an escaped unpaired surrogate, which PostgreSQL's jsonb refuses. */
const SURROGATE_FILTER = encodeURIComponent('{"q":"\\ud800"}');
const NUL_FILTER = encodeURIComponent('{"q":"a\\u0000b"}');
// Brackets unescaped, as a browser sends them, so 6,000 levels fit Node's 16 KB request head.
const DEEP_FILTER = `${encodeURIComponent('{"q":')}${'['.repeat(6000)}${']'.repeat(6000)}${encodeURIComponent('}')}`;

const errorShape = { statusCode: 400, error: 'Bad Request', message: expect.any(String) };

describe('input that PostgreSQL or a validator cannot take is refused, audited, and changes nothing', () => {
  let api: TestApp;
  let reviewer: AuthorizedClient;
  let stored: CaseResponse;

  beforeAll(async () => {
    api = await startTestApp({ LOGIN_RATE_LIMIT_PER_MINUTE: '10000' });
    await resetDatabase();
    const admin = await api.as('admin');
    for (const statute of STATUTES) await admin.post('/statutes').send(statute).expect(201);
    reviewer = await api.as('reviewer');
    stored = (await reviewer.post('/cases').send(briefCase()).expect(201)).body;
  });
  afterAll(() => api.close());

  it.each([
    ['an escaped unpaired surrogate', SURROGATE_FILTER, 'wellFormed'],
    ['an escaped NUL', NUL_FILTER, 'noNul'],
    ['nesting 6,000 levels deep', DEEP_FILTER, 'depth'],
  ])('a list filter with %s answers 400 and is recorded', async (_name, filter, rule) => {
    const watermark = await auditWatermark();
    const response = await reviewer.get(`/cases?filter=${filter}`).expect(400);
    expect(response.body).toMatchObject(errorShape);
    expect(await auditRowsAfter(watermark, 'cases.list')).toEqual([
      expect.objectContaining({ outcome: 'failure', statusCode: 400, details: { refused: rule } }),
    ]);
  });

  it('a change whose audit row cannot be written does not happen: both commit or neither', async () => {
    const before = (await reviewer.get(`/cases/${stored.id}`).expect(200)).body as CaseResponse;
    // The trail refuses exactly this action, as a full disk or a lost connection would.
    await withTestDatabase((client) =>
      client.query(
        `ALTER TABLE audit_events ADD CONSTRAINT test_refuses_case_updates CHECK (action <> 'cases.update') NOT VALID`,
      ),
    );
    try {
      const response = await reviewer
        .put(`/cases/${stored.id}`)
        .send({ title: 'A change nobody could trace', version: before.version });
      expect(response.status).toBe(500);
      expect(response.body).toEqual({
        statusCode: 500,
        error: 'Internal Server Error',
        message: 'Internal server error',
      });
    } finally {
      await withTestDatabase((client) =>
        client.query('ALTER TABLE audit_events DROP CONSTRAINT test_refuses_case_updates'),
      );
    }
    const after = (await reviewer.get(`/cases/${stored.id}`).expect(200)).body as CaseResponse;
    expect({ title: after.title, version: after.version }).toEqual({ title: before.title, version: before.version });
    // With the trail back, the same change goes through and is recorded once, with the change.
    const watermark = await auditWatermark();
    await reviewer.put(`/cases/${stored.id}`).send({ title: 'A traced change', version: before.version }).expect(200);
    expect(await auditRowsAfter(watermark, 'cases.update')).toEqual([
      expect.objectContaining({ outcome: 'success', statusCode: 200 }),
    ]);
    stored = (await reviewer.get(`/cases/${stored.id}`).expect(200)).body;
  });

  it('an update or delete carrying one changes nothing, and both are recorded', async () => {
    const watermark = await auditWatermark();
    await reviewer
      .put(`/cases/${stored.id}?filter=${SURROGATE_FILTER}`)
      .send({ title: 'Changed', version: stored.version })
      .expect(400);
    await reviewer.delete(`/cases/${stored.id}?filter=${SURROGATE_FILTER}`).expect(400);
    const current = (await reviewer.get(`/cases/${stored.id}`).expect(200)).body;
    expect({ title: current.title, version: current.version }).toEqual({
      title: stored.title,
      version: stored.version,
    });
    for (const action of ['cases.update', 'cases.delete']) {
      expect(await auditRowsAfter(watermark, action)).toEqual([
        expect.objectContaining({ outcome: 'failure', statusCode: 400 }),
      ]);
    }
  });

  it('a body with NUL, a surrogate or 5,000 levels of nesting answers 400, never 500', async () => {
    let deep: unknown = 'leaf';
    for (let level = 0; level < 5000; level++) deep = { deep };
    for (const body of [
      { ...briefCase({ reference: 'KZ-2024-NUL-0001' }), title: 'a\u0000b' },
      { ...briefCase({ reference: 'KZ-2024-SUR-0001' }), summary: 'lone \ud800 surrogate' },
      { ...briefCase({ reference: 'KZ-2024-DEP-0001' }), facts: deep },
    ]) {
      const response = await reviewer.post('/cases').send(body).expect(400);
      expect(response.body).toMatchObject(errorShape);
    }
    expect((await reviewer.get('/cases').expect(200)).body.map((item: CaseResponse) => item.reference)).toEqual([
      stored.reference,
    ]);
  });

  it('a login with a malformed parameter is refused before any password is checked, and recorded', async () => {
    const account = await createAccount('viewer');
    const watermark = await auditWatermark();
    for (const password of ['wrong password one', TEST_PASSWORD]) {
      const response = await request(api.apiUrl)
        .post(`/auth/login?filter=${SURROGATE_FILTER}`)
        .send({ username: account.username, password })
        .expect(400);
      expect(response.headers['set-cookie']).toBeUndefined();
    }
    expect(await auditRowsAfter(watermark, 'auth.login')).toEqual([
      expect.objectContaining({ outcome: 'failure', statusCode: 400 }),
      expect.objectContaining({ outcome: 'failure', statusCode: 400 }),
    ]);
  });

  it('a correctly signed token whose subject is not a UUID answers 401, not 500', async () => {
    const jwt = new JwtService({ secret: ENVIRONMENT_DEFAULTS.JWT_SECRET });
    for (const claims of [
      { sub: 'not-a-uuid', sid: 'x', role: 'admin' },
      { sub: "1' OR '1'='1", sid: '6f1c2b9e-0000-4000-8000-000000000000', role: 'admin' },
    ]) {
      const token = await jwt.signAsync(claims, { issuer: 'caseatlas', expiresIn: 60 });
      const response = await request(api.apiUrl).get('/cases').set('Authorization', `Bearer ${token}`).expect(401);
      expect(response.body).toMatchObject({ statusCode: 401 });
    }
  });

  it('reads no input one way when it means another: hex years, blank titles and names', async () => {
    const years = await reviewer.get(`/cases?filter=${encodeURIComponent('{"verdictYear":"0x7e3"}')}`).expect(400);
    expect(Object.keys(years.body.errors)).toEqual(['filter.verdictYear']);
    const admin = await api.as('admin');
    const statute = await admin
      .post('/statutes')
      .send({ ...STATUTES[0], key: 'KZ-CC-999', title: '   ' })
      .expect(400);
    expect(Object.keys(statute.body.errors)).toEqual(['title']);
    const user = await admin
      .post('/users')
      .send({ username: 'blank.name', displayName: ' \t ', role: 'viewer', password: TEST_PASSWORD })
      .expect(400);
    expect(Object.keys(user.body.errors)).toEqual(['displayName']);
  });
});

describe('requests refused before any route sees them answer JSON, with a truthful status, and are audited', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startTestApp({ LOGIN_RATE_LIMIT_PER_MINUTE: '10000' });
  });
  afterAll(() => api.close());

  /** The one refusal a request left after `watermark`. */
  const refusalAfter = async (watermark: number) => {
    const rows = await auditRowsAfter(watermark, 'http.refused');
    expect(rows).toHaveLength(1);
    return rows[0];
  };

  it('a body that is not JSON answers 400 in our words (not the parser’s), audited', async () => {
    const watermark = await auditWatermark();
    const response = await request(api.apiUrl)
      .post('/auth/login')
      .set('Content-Type', 'application/json')
      .send('{"username": "x", ')
      .expect(400);
    expect(response.body).toEqual({
      statusCode: 400,
      error: 'Bad Request',
      message: 'the body must be a valid JSON object',
    });
    expect(await refusalAfter(watermark)).toMatchObject({
      outcome: 'failure',
      statusCode: 400,
      details: { method: 'POST', area: 'auth', reason: 'malformedJson' },
    });

    // JSON, but no object: the same answer, in the same words.
    for (const body of ['null', '"x"', '42']) {
      const refused = await request(api.apiUrl).post('/auth/login').set('Content-Type', 'application/json').send(body);
      expect(refused.status).toBe(400);
      expect(refused.body.message).toBe('the body must be a valid JSON object');
    }
  });

  it('a path that is not valid percent-encoding answers 400 in our words, audited for every method', async () => {
    const reviewer = await api.as('reviewer');
    for (const method of ['get', 'put', 'delete'] as const) {
      const watermark = await auditWatermark();
      const response = await reviewer[method]('/cases/%E0%A4%A').expect(400);
      expect(response.body).toEqual({
        statusCode: 400,
        error: 'Bad Request',
        message: 'the address is not valid percent-encoding',
      });
      expect(await refusalAfter(watermark)).toMatchObject({
        statusCode: 400,
        details: { method: method.toUpperCase(), area: 'cases', reason: 'malformedPath' },
      });
    }
  });

  it('a body that is not valid UTF-8 answers 400, audited, instead of being read with U+FFFD in its place', async () => {
    const body = Buffer.concat([
      Buffer.from('{"username": "a'),
      Buffer.from([0xff, 0xfe]),
      Buffer.from('", "password": "x"}'),
    ]);
    const watermark = await auditWatermark();
    const response = await fetch(`${api.apiUrl}/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body,
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      statusCode: 400,
      error: 'Bad Request',
      message: 'the body is not valid UTF-8',
    });
    expect(await refusalAfter(watermark)).toMatchObject({
      statusCode: 400,
      details: { method: 'POST', area: 'auth', reason: 'invalidUtf8' },
    });
  });

  it('a body over 1 MB answers 413, audited', async () => {
    const reviewer = await api.as('reviewer');
    const watermark = await auditWatermark();
    const response = await reviewer
      .post('/cases')
      .set('Content-Type', 'application/json')
      .send(JSON.stringify({ facts: 'a'.repeat(1_100_000) }))
      .expect(413);
    expect(response.body).toEqual({
      statusCode: 413,
      error: 'Payload Too Large',
      message: 'the body is larger than 1 MB',
    });
    expect(await refusalAfter(watermark)).toMatchObject({
      statusCode: 413,
      details: { method: 'POST', area: 'cases', reason: 'bodyTooLarge' },
    });
  });

  it('headers over 16 KB answer 431 with the same JSON body, audited', async () => {
    const watermark = await auditWatermark();
    const response = await fetch(`${api.apiUrl}/health`, { headers: { 'X-Padding': 'a'.repeat(20_000) } });
    expect(response.status).toBe(431);
    expect(response.headers.get('content-type')).toMatch(/application\/json/);
    expect(await response.json()).toEqual({
      statusCode: 431,
      error: 'Request Header Fields Too Large',
      message: 'the request headers are larger than 16 KB',
    });
    // Written by the HTTP parser's handler after the answer has gone.
    expect(await awaitAuditRowsAfter(watermark, 'http.refused')).toEqual([
      expect.objectContaining({ statusCode: 431, details: expect.objectContaining({ reason: 'headersTooLarge' }) }),
    ]);
  });
});
