import request from 'supertest';
import type { UserResponse } from '../../libs/contracts/src';
import { authorizedClient, createAccount, signInThroughApi, TEST_PASSWORD, unknownUsername } from '../support/accounts';
import { auditRowsAfter, auditWatermark } from '../support/audit';
import { resetAccounts, withTestDatabase } from '../support/database';
import { startTestApp, TestApp } from '../support/test-app';
import { DisplayNamesWithoutIdentifiers1764460000000 } from '../../migrations/1764460000000-DisplayNamesWithoutIdentifiers';

describe('accounts and sessions', () => {
  let api: TestApp;
  const http = () => request(api.apiUrl);

  beforeAll(async () => {
    await resetAccounts();
    api = await startTestApp({ CORS_ORIGINS: 'https://workbench.example.org' });
  });
  afterAll(() => api.close());

  it('login answers an access token and sets the refresh token as an httpOnly, SameSite=Strict cookie on /api/auth', async () => {
    const account = await createAccount('member', { profession: 'prosecutor' });
    const response = await http()
      .post('/auth/login')
      .send({ username: account.username, password: TEST_PASSWORD })
      .expect(200);
    expect(response.body).toMatchObject({
      expiresIn: 900,
      account: { id: account.id, username: account.username, role: 'member', profession: 'prosecutor' },
    });
    expect(response.body.account.permissions).toEqual(expect.arrayContaining(['cases.read', 'account.write']));
    expect(response.body.account.permissions).not.toContain('cases.create');
    const cookie = ([] as string[])
      .concat(response.headers['set-cookie'])
      .find((line) => line.startsWith('caseatlas_refresh='))!;
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(cookie).toMatch(/Path=\/api\/auth/);
    expect(response.headers['cache-control']).toBe('no-store');
    await authorizedClient(api.apiUrl, response.body.accessToken).get('/account').expect(200);
  });

  it('refuses a wrong password, an unknown user and a deactivated account with the same answer', async () => {
    const account = await createAccount('viewer');
    const refusal = { statusCode: 401, error: 'Unauthorized', message: 'Wrong username or password' };
    await http()
      .post('/auth/login')
      .send({ username: account.username, password: 'not the password at all' })
      .expect(401, refusal);
    await http()
      .post('/auth/login')
      .send({ username: unknownUsername(), password: TEST_PASSWORD })
      .expect(401, refusal);
    await (await api.as('admin')).put(`/users/${account.id}`).send({ active: false }).expect(200);
    await http().post('/auth/login').send({ username: account.username, password: TEST_PASSWORD }).expect(401, refusal);
  });

  it('validates the login body by field', async () => {
    const response = await http().post('/auth/login').send({ username: 'someone', pass: 'x' }).expect(400);
    expect(response.body.problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: 'pass', rule: 'unknownField' }),
        expect.objectContaining({ path: 'password', rule: 'isString' }),
      ]),
    );
  });

  it('refresh rotates the cookie: the old one stops working', async () => {
    const session = await signInThroughApi(api.apiUrl, await createAccount('editor'));
    const refreshed = await http().post('/auth/refresh').set('Cookie', session.refreshCookie).expect(200);
    expect(refreshed.body.accessToken).toEqual(expect.any(String));
    const rotated = ([] as string[])
      .concat(refreshed.headers['set-cookie'])
      .find((line) => line.startsWith('caseatlas_refresh='))!;
    expect(rotated.split(';')[0]).not.toBe(session.refreshCookie);
    await http().post('/auth/refresh').set('Cookie', session.refreshCookie).expect(401);
    await http().post('/auth/refresh').set('Cookie', rotated.split(';')[0]).expect(200);
  });

  it('refresh without a cookie says there is no session (204, no token), not that one was refused', async () => {
    const watermark = await auditWatermark();
    const none = await http().post('/auth/refresh').expect(204);
    expect(none.text).toBe('');
    expect(none.headers['set-cookie']).toBeUndefined();
    // Audited like every refused refresh, before the answer left.
    expect(
      (await auditRowsAfter(watermark, 'auth.refresh')).map(({ outcome, statusCode, actorId }) => ({
        outcome,
        statusCode,
        actorId,
      })),
    ).toEqual([{ outcome: 'denied', statusCode: 204, actorId: null }]);
    // An empty or forged cookie is still a refused credential.
    await http().post('/auth/refresh').set('Cookie', 'caseatlas_refresh=').expect(401);
    await http().post('/auth/refresh').set('Cookie', 'caseatlas_refresh=forged').expect(401);
  });

  it('a session ends SESSION_MAX_AGE_SECONDS after signing in, however often it is refreshed', async () => {
    const session = await signInThroughApi(api.apiUrl, await createAccount('viewer'));
    await http()
      .post('/auth/refresh')
      .set('Cookie', session.refreshCookie)
      .expect(200)
      .then((response) => {
        session.refreshCookie = ([] as string[]).concat(response.headers['set-cookie'])[0].split(';')[0];
      });
    // Signed in eight days ago (the default maximum is seven).
    await withTestDatabase((client) =>
      client.query(`UPDATE sessions SET created_at = now() - interval '8 days' WHERE user_id = $1`, [
        session.account.id,
      ]),
    );
    await http().post('/auth/refresh').set('Cookie', session.refreshCookie).expect(401);
  });

  it('logout ends the session: its refresh cookie and its access token stop working at once', async () => {
    const session = await signInThroughApi(api.apiUrl, await createAccount('editor'));
    const client = authorizedClient(api.apiUrl, session.accessToken);
    await client.get('/cases').expect(200);
    await http().post('/auth/logout').set('Cookie', session.refreshCookie).expect(204);
    await http().post('/auth/refresh').set('Cookie', session.refreshCookie).expect(401);
    const response = await client.get('/cases').expect(401);
    expect(response.body.message).toBe('The access token is invalid or expired');
  });

  it('changing the password needs the current one, applies the policy, and ends the other sessions', async () => {
    const account = await createAccount('reviewer');
    const [first, second] = [await signInThroughApi(api.apiUrl, account), await signInThroughApi(api.apiUrl, account)];
    const client = authorizedClient(api.apiUrl, first.accessToken);
    const wrong = await client
      .post('/account/password')
      .send({ currentPassword: 'not it at all', newPassword: 'another fine passphrase' });
    expect(wrong.status).toBe(400);
    expect(wrong.body.problems).toEqual([expect.objectContaining({ path: 'currentPassword', rule: 'matches' })]);
    const weak = await client.post('/account/password').send({ currentPassword: TEST_PASSWORD, newPassword: 'short' });
    expect(weak.body.problems).toEqual([expect.objectContaining({ path: 'newPassword', rule: 'length' })]);

    await client
      .post('/account/password')
      .send({ currentPassword: TEST_PASSWORD, newPassword: 'another fine passphrase' })
      .expect(204);
    await client.get('/account').expect(200);
    await authorizedClient(api.apiUrl, second.accessToken).get('/account').expect(401);
    await http().post('/auth/login').send({ username: account.username, password: TEST_PASSWORD }).expect(401);
    await http()
      .post('/auth/login')
      .send({ username: account.username, password: 'another fine passphrase' })
      .expect(200);
  });

  it('people edit their own profile but not their role', async () => {
    const client = await api.as('member');
    const updated = await client.put('/account').send({ displayName: 'Dana K.', profession: 'lawyer' }).expect(200);
    expect(updated.body).toMatchObject({ displayName: 'Dana K.', profession: 'lawyer', role: 'member' });
    const response = await client.put('/account').send({ role: 'admin' }).expect(400);
    expect(response.body.problems).toEqual([expect.objectContaining({ path: 'role', rule: 'unknownField' })]);
  });

  it('keeps identifiers out of display names: a name may stay, a phone or an e-mail is refused and nothing stored', async () => {
    const admin = await api.as('admin');
    const member = await api.as('member');
    const before = (await member.get('/account').expect(200)).body.displayName;
    for (const displayName of ['Aigerim N. +7 701 123 45 67', 'Aigerim aigerim.n@mail.kz']) {
      const own = await member.put('/account').send({ displayName }).expect(400);
      expect(own.body.problems).toEqual([expect.objectContaining({ path: 'displayName', rule: 'personalData' })]);
      const created = await admin
        .post('/users')
        .send({ username: 'dana.k', displayName, role: 'member', password: TEST_PASSWORD })
        .expect(400);
      expect(created.body.problems).toEqual([expect.objectContaining({ path: 'displayName', rule: 'personalData' })]);
    }
    expect((await member.get('/account').expect(200)).body.displayName).toBe(before);
    const users = (await admin.get('/users').query({ range: '[0,999]' }).expect(200)).body as UserResponse[];
    expect(users.some((user) => user.username === 'dana.k')).toBe(false);
    const username = (await member.get('/account')).body.username as string;
    const id = users.find((user) => user.username === username)!.id;
    const changed = await admin.put(`/users/${id}`).send({ displayName: 'Dana +7 701 123 45 67' }).expect(400);
    expect(changed.body.problems).toEqual([expect.objectContaining({ path: 'displayName', rule: 'personalData' })]);
    // The holder's own name stays as typed.
    await member.put('/account').send({ displayName: 'Айгерим Нурланова' }).expect(200);
    expect((await member.get('/account').expect(200)).body.displayName).toBe('Айгерим Нурланова');
  });

  it('cleans display names stored with an identifier before they were refused (migration), keeping the name', async () => {
    const admin = await api.as('admin');
    const created = await admin
      .post('/users')
      .send({ username: 'timur.b', displayName: 'Timur B.', role: 'viewer', password: TEST_PASSWORD })
      .expect(201);
    await withTestDatabase(async (client) => {
      await client.query(`UPDATE users SET display_name = $1 WHERE id = $2`, [
        'Timur B. +7 701 123 45 67, timur.b@mail.kz',
        created.body.id,
      ]);
      await new DisplayNamesWithoutIdentifiers1764460000000().up({
        query: async (sql: string, parameters?: unknown[]) => (await client.query(sql, parameters)).rows,
      } as never);
      const { rows } = await client.query(`SELECT display_name FROM users WHERE id = $1`, [created.body.id]);
      expect(rows[0].display_name).toBe('Timur B. [NUMBER], [EMAIL]');
      // A name alone is left as it is.
      const names = await client.query(`SELECT count(*)::int AS n FROM users WHERE display_name LIKE '%[%'`);
      expect(names.rows[0].n).toBe(1);
    });
  });

  describe('admin account management', () => {
    it('creates accounts with the password policy and unique usernames, and never returns the hash', async () => {
      const admin = await api.as('admin');
      const weak = await admin
        .post('/users')
        .send({ username: 'aigerim.n', displayName: 'Aigerim N.', role: 'member', password: 'aigerim.n-2026!' });
      expect(weak.status).toBe(400);
      expect(weak.body.problems).toEqual([expect.objectContaining({ path: 'password', rule: 'notUsername' })]);
      const created = await admin
        .post('/users')
        .send({
          username: 'aigerim.n',
          displayName: 'Aigerim N.',
          role: 'member',
          profession: 'lawyer',
          password: TEST_PASSWORD,
        })
        .expect(201);
      expect(created.body).toEqual({
        id: expect.any(String),
        username: 'aigerim.n',
        displayName: 'Aigerim N.',
        role: 'member',
        profession: 'lawyer',
        active: true,
        createdAt: expect.any(String),
        updatedAt: expect.any(String),
        lastLoginAt: null,
      } satisfies Record<keyof UserResponse, unknown>);
      const duplicate = await admin
        .post('/users')
        .send({ username: 'aigerim.n', displayName: 'Again', role: 'viewer', password: TEST_PASSWORD });
      expect(duplicate.body.problems).toEqual([expect.objectContaining({ path: 'username', rule: 'unique' })]);
      const list = await admin
        .get('/users')
        .query({ filter: JSON.stringify({ q: 'aigerim', role: 'member' }) })
        .expect(200);
      expect(list.body.map((user: UserResponse) => user.username)).toEqual(['aigerim.n']);
      expect(list.headers['content-range']).toBe('users 0-0/1');
      // A closed list is checked, here and on the statutes' and the audit's filters alike.
      for (const [path, filter] of [
        ['/users', { role: 'god' }],
        ['/statutes', { purpose: 'x' }],
        ['/audit', { outcome: 'maybe' }],
      ] as const) {
        const refused = await admin
          .get(path)
          .query({ filter: JSON.stringify(filter) })
          .expect(400);
        expect(refused.body.problems).toEqual([
          expect.objectContaining({ path: `filter.${Object.keys(filter)[0]}`, rule: 'vocabulary' }),
        ]);
      }
    });

    it('accepts the record react-admin sends back, refuses a username change, and resets passwords', async () => {
      const admin = await api.as('admin');
      const target = await createAccount('viewer');
      const session = await signInThroughApi(api.apiUrl, target);
      const current: UserResponse = (await admin.get(`/users/${target.id}`).expect(200)).body;
      const promoted = await admin
        .put(`/users/${target.id}`)
        .send({ ...current, role: 'member', profession: 'analyst' })
        .expect(200);
      expect(promoted.body).toMatchObject({ role: 'member', profession: 'analyst' });
      const renamed = await admin.put(`/users/${target.id}`).send({ username: 'someone.else' }).expect(400);
      expect(renamed.body.problems).toEqual([expect.objectContaining({ path: 'username', rule: 'readOnly' })]);

      await admin.put(`/users/${target.id}`).send({ password: 'reset by the admin 2026' }).expect(200);
      await authorizedClient(api.apiUrl, session.accessToken).get('/account').expect(401);
      await http()
        .post('/auth/login')
        .send({ username: target.username, password: 'reset by the admin 2026' })
        .expect(200);
    });

    it('refuses null for fields that cannot be empty, naming the field', async () => {
      const admin = await api.as('admin');
      const target = await createAccount('viewer');
      const response = await admin
        .put(`/users/${target.id}`)
        .send({ displayName: null, role: null, active: null })
        .expect(400);
      expect([...new Set(response.body.problems.map((problem: { path: string }) => problem.path))].sort()).toEqual([
        'active',
        'displayName',
        'role',
      ]);
      const own = await (await api.as('viewer')).put('/account').send({ displayName: null }).expect(400);
      expect(own.body.problems[0].path).toBe('displayName');
    });

    it('the last active admin cannot be demoted or deactivated by another admin', async () => {
      await resetAccounts();
      const [first, second] = [await createAccount('admin'), await createAccount('admin')];
      const asFirst = authorizedClient(api.apiUrl, (await signInThroughApi(api.apiUrl, first)).accessToken);
      const asSecond = authorizedClient(api.apiUrl, (await signInThroughApi(api.apiUrl, second)).accessToken);
      // Both at once: one demotion wins, the other finds no admin would be left.
      const results = await Promise.all([
        asFirst.put(`/users/${second.id}`).send({ role: 'viewer' }),
        asSecond.put(`/users/${first.id}`).send({ role: 'viewer' }),
      ]);
      // The loser is refused either by the rule (400) or, if the winner committed first, because
      // it is no longer an admin (403); either way exactly one admin remains.
      expect(results.filter((result) => result.status === 200)).toHaveLength(1);
      const refused = results.find((result) => result.status !== 200)!;
      expect([400, 403]).toContain(refused.status);
      if (refused.status === 400) {
        expect(refused.body.problems).toEqual([expect.objectContaining({ path: 'role', rule: 'lastAdmin' })]);
      }
      const winner = results[0].status === 200 ? asFirst : asSecond;
      const admins = await winner.get('/users').query({ filter: JSON.stringify({ role: 'admin', active: true }) });
      expect(admins.body).toHaveLength(1);
    });

    it('an admin cannot demote or deactivate themselves', async () => {
      const account = await createAccount('admin');
      const admin = authorizedClient(api.apiUrl, (await signInThroughApi(api.apiUrl, account)).accessToken);
      const response = await admin.put(`/users/${account.id}`).send({ role: 'viewer', active: false }).expect(400);
      expect(
        response.body.problems.map((problem: { path: string; rule: string }) => `${problem.path}:${problem.rule}`),
      ).toEqual(['role:self', 'active:self']);
    });
  });

  describe('hardening', () => {
    it('sends helmet headers and a request id', async () => {
      const response = await http().get('/health').expect(200);
      expect(response.headers['x-content-type-options']).toBe('nosniff');
      expect(response.headers['content-security-policy']).toContain("default-src 'self'");
      expect(response.headers['x-frame-options']).toBe('SAMEORIGIN');
      expect(response.headers['x-powered-by']).toBeUndefined();
      expect(response.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    });

    it('allows cross-origin calls only from configured origins', async () => {
      const allowed = await http()
        .options('/cases')
        .set('Origin', 'https://workbench.example.org')
        .set('Access-Control-Request-Method', 'GET');
      expect(allowed.headers['access-control-allow-origin']).toBe('https://workbench.example.org');
      expect(allowed.headers['access-control-allow-credentials']).toBe('true');
      const refused = await http()
        .options('/cases')
        .set('Origin', 'https://elsewhere.example.com')
        .set('Access-Control-Request-Method', 'GET');
      expect(refused.headers['access-control-allow-origin']).toBeUndefined();
    });

    it('answers health without connection details', async () => {
      const response = await http().get('/health').expect(200);
      // The search index reports only our own figures: counts, a state and a plain message.
      expect(response.body.details).toEqual({
        postgresql: { status: 'up' },
        elasticsearch: { status: 'up', state: 'ok' },
        searchIndex: {
          status: 'up',
          state: 'ok',
          backlog: expect.any(Number),
          oldestSeconds: response.body.details.searchIndex.backlog ? expect.any(Number) : null,
          parked: 0,
          lastError: null,
        },
      });
    });
  });
});

describe('a rotated refresh token presented again', () => {
  let api: TestApp;
  const http = () => request(api.apiUrl);
  const cookieOf = (response: request.Response) =>
    ([] as string[])
      .concat(response.headers['set-cookie'])
      .find((line) => line.startsWith('caseatlas_refresh='))!
      .split(';')[0];

  afterEach(() => api?.close());

  it('after the grace for parallel refreshes, ends the session as stolen, access tokens included, and is audited', async () => {
    api = await startTestApp({ REFRESH_REUSE_GRACE_SECONDS: '0' });
    const account = await createAccount('member');
    const session = await signInThroughApi(api.apiUrl, account);
    const refreshed = await http().post('/auth/refresh').set('Cookie', session.refreshCookie).expect(200);
    const current = cookieOf(refreshed);
    const client = authorizedClient(api.apiUrl, refreshed.body.accessToken);
    await client.get('/account').expect(200);

    // The old token again: a copy in someone else's hands.
    const watermark = await auditWatermark();
    await http().post('/auth/refresh').set('Cookie', session.refreshCookie).expect(401);
    await http().post('/auth/refresh').set('Cookie', current).expect(401);
    await client.get('/account').expect(401);
    const rows = await auditRowsAfter(watermark, 'auth.refresh');
    // The reused token ends the session, naming the account; the current one is then simply unknown.
    expect(rows.map(({ outcome, targetId, details }) => ({ outcome, targetId, details }))).toEqual([
      { outcome: 'denied', targetId: account.id, details: { reason: 'refreshTokenReuse' } },
      { outcome: 'denied', targetId: null, details: {} },
    ]);
  });

  it('within the grace (two tabs refreshing at once), is only refused: the session goes on', async () => {
    api = await startTestApp({ REFRESH_REUSE_GRACE_SECONDS: '60' });
    const session = await signInThroughApi(api.apiUrl, await createAccount('member'));
    const refreshed = await http().post('/auth/refresh').set('Cookie', session.refreshCookie).expect(200);
    await http().post('/auth/refresh').set('Cookie', session.refreshCookie).expect(401);
    await http().post('/auth/refresh').set('Cookie', cookieOf(refreshed)).expect(200);
  });
});
