import request from 'supertest';
import type { Response } from 'supertest';
import { AUDIT_ACTIONS, PERMISSIONS, ROLES, scopeOf } from '../../libs/contracts/src';
import type { CaseResponse, CaseStatus, Permission, Role, Scope } from '../../libs/contracts/src';
import {
  AuthorizedClient,
  authorizedClient,
  createAccount,
  signInThroughApi,
  TEST_PASSWORD,
  TestAccount,
} from '../support/accounts';
import { resetDatabase } from '../support/database';
import { briefCase, STATUTES } from '../support/records';
import { discoverRoutes, DiscoveredRoute } from '../support/routes';
import { startTestApp, TestApp } from '../support/test-app';

type Caller = Role | 'anonymous';

/**
 * The permission table as reviewed, written out by hand: role × permission → scope ('' = not
 * granted). The API is checked against this, not against PERMISSIONS, so a change to
 * libs/contracts/src/permissions.ts fails here until someone reviews it and updates this table.
 */
// prettier-ignore
const REVIEWED_GRANTS: Record<Permission, Record<Role, Scope | ''>> = {
  'cases.read':          { admin: 'published', editor: 'all', reviewer: 'all', member: 'published', viewer: 'published' },
  'cases.create':        { admin: '',    editor: 'all',         reviewer: 'all', member: '',  viewer: '' },
  'cases.update':        { admin: '',    editor: 'unpublished', reviewer: 'all', member: '',  viewer: '' },
  'cases.delete':        { admin: '',    editor: 'unpublished', reviewer: 'all', member: '',  viewer: '' },
  'cases.publish':       { admin: '',    editor: '',            reviewer: 'all', member: '',  viewer: '' },
  'anonymizer.preview':  { admin: '',    editor: 'all',         reviewer: 'all', member: '',  viewer: '' },
  'statutes.read':       { admin: 'all', editor: 'all',         reviewer: 'all', member: 'all', viewer: 'all' },
  'statutes.write':      { admin: 'all', editor: '',            reviewer: '',    member: '',  viewer: '' },
  'users.read':          { admin: 'all', editor: '',            reviewer: '',    member: '',  viewer: '' },
  'users.write':         { admin: 'all', editor: '',            reviewer: '',    member: '',  viewer: '' },
  'audit.read':          { admin: 'all', editor: '',            reviewer: '',    member: '',  viewer: '' },
  'audit.export':        { admin: 'all', editor: '',            reviewer: '',    member: '',  viewer: '' },
  'account.read':        { admin: 'own', editor: 'own',         reviewer: 'own', member: 'own', viewer: 'own' },
  'account.write':       { admin: 'own', editor: 'own',         reviewer: 'own', member: 'own', viewer: 'own' },
  'savedSearches.read':  { admin: 'own', editor: 'own',         reviewer: 'own', member: 'own', viewer: 'own' },
  'savedSearches.write': { admin: 'own', editor: 'own',         reviewer: 'own', member: 'own', viewer: 'own' },
  'annotations.read':    { admin: 'group', editor: 'group',     reviewer: 'group', member: 'group', viewer: 'group' },
  'annotations.write':   { admin: 'own', editor: 'own',         reviewer: 'own', member: 'own', viewer: '' },
  'groups.read':         { admin: 'all', editor: 'all',         reviewer: 'all', member: 'all', viewer: 'all' },
  'groups.write':        { admin: 'all', editor: '',            reviewer: '',    member: '',  viewer: '' },
};

/** The case statuses each scope reaches, as docs/permissions.md states them. */
const STATUSES_REACHED: Record<Scope, readonly CaseStatus[]> = {
  all: ['draft', 'in_review', 'published', 'archived'],
  published: ['published'],
  unpublished: ['draft', 'in_review', 'archived'],
  own: [],
  group: [],
};
const reviewedScope = (role: Role, permission: Permission) => REVIEWED_GRANTS[permission][role] || undefined;
const reaches = (role: Role, permission: Permission, status: CaseStatus) => {
  const scope = reviewedScope(role, permission);
  return scope !== undefined && STATUSES_REACHED[scope].includes(status);
};
const CALLERS: Caller[] = [...ROLES, 'anonymous'];

/** The routes open without a token, each for a reason the decorator states. */
const PUBLIC_ROUTES = ['GET /api/health', 'POST /api/auth/login', 'POST /api/auth/logout', 'POST /api/auth/refresh'];

interface Operation {
  route: string;
  /** What this cell exercises beyond the route (a row-level rule, a second permission). */
  variant?: string;
  /** Builds the request; `client` is undefined for the anonymous caller. */
  send: (
    http: (client: AuthorizedClient | undefined) => Pick<AuthorizedClient, 'get' | 'post' | 'put' | 'delete'>,
  ) => PromiseLike<Response>;
  /** Status for a caller, derived from the permission table. */
  expected: (caller: Caller) => number;
}

describe('authorization matrix (every role × every route, from the permission table)', () => {
  let api: TestApp;
  let routes: DiscoveredRoute[];
  const accounts = {} as Record<Role, TestAccount>;
  const clients = {} as Record<Role, AuthorizedClient>;
  let counter = 0;
  const unique = (prefix: string) => `${prefix}${Date.now().toString(36)}${(counter++).toString(36)}`;

  const reviewer = () => clients.reviewer;
  const admin = () => clients.admin;
  const newCase = async (status: CaseStatus): Promise<CaseResponse> => {
    const reference = `KZ-2024-MTX-${String(1000 + counter++).padStart(4, '0')}`;
    return (await reviewer().post('/cases').send(briefCase({ reference, status })).expect(201)).body;
  };

  beforeAll(async () => {
    // Many logins in a few seconds from one address: the login limit is tested elsewhere.
    api = await startTestApp({ LOGIN_RATE_LIMIT_PER_MINUTE: '10000' });
    routes = discoverRoutes(api.app);
    await resetDatabase();
    for (const role of ROLES) {
      accounts[role] = await createAccount(role);
      clients[role] = authorizedClient(api.apiUrl, (await signInThroughApi(api.apiUrl, accounts[role])).accessToken);
    }
    for (const statute of STATUTES) await admin().post('/statutes').send(statute).expect(201);
  });
  afterAll(() => api.close());

  const allowed = (permission: Permission) => (caller: Caller) =>
    caller !== 'anonymous' && reviewedScope(caller, permission) !== undefined;
  /** 401 without a token, 403 without the permission, else `success`. */
  const byPermission =
    (permission: Permission, success: number) =>
    (caller: Caller): number =>
      caller === 'anonymous' ? 401 : allowed(permission)(caller) ? success : 403;
  /**
   * Row-level rule of cases: a case the role may not read is not found (404); one it may read
   * but not change in its status is forbidden (403).
   */
  const onCase =
    (permission: Permission, status: CaseStatus, success: number) =>
    (caller: Caller): number => {
      if (caller === 'anonymous') return 401;
      if (!allowed(permission)(caller)) return 403;
      if (!reaches(caller, 'cases.read', status)) return 404;
      return reaches(caller, permission, status) ? success : 403;
    };
  const everyone = (status: number) => () => status;
  /** Row-level rule of `own` rows: someone else's is not found (404), whatever the role. */
  const onOwnRow =
    (permission: Permission, mine: boolean, success: number) =>
    (caller: Caller): number =>
      byPermission(permission, mine ? success : 404)(caller);
  /** A saved search of the caller (`mine`) or of someone else; a made-up id for the anonymous caller. */
  const savedSearchOf = async (mine: boolean): Promise<string> => {
    const owner = mine ? clientOf() : currentCaller === 'viewer' ? clients.member : clients.viewer;
    if (!owner) return '00000000-0000-4000-8000-000000000000';
    const created = await owner.post('/saved-searches').send({ name: 'Forced labour in Russia', q: 'recruited' });
    expect(created.status).toBe(201);
    return created.body.id;
  };

  /** A published case's annotation of the caller (`mine`, or a member's when the caller cannot write) or someone else's private one. */
  const annotationOf = async (mine: boolean, visibility = 'private'): Promise<string> => {
    const caller = currentCaller === 'anonymous' ? undefined : currentCaller;
    const owner = !caller ? undefined : mine && allowed('annotations.write')(caller) ? clientOf() : otherThan(caller);
    if (!owner) return '00000000-0000-4000-8000-000000000000';
    const target = await newCase('published');
    const created = await owner
      .post('/annotations')
      .send({ caseId: target.id, field: 'facts', start: 0, end: 9, visibility, comment: 'a note' });
    expect(created.status).toBe(201);
    return created.body.id;
  };
  const otherThan = (caller: Role) => (caller === 'member' ? clients.reviewer : clients.member);
  const newGroup = async () =>
    (
      await admin()
        .post('/groups')
        .send({ name: `Group ${counter++}`, description: '', memberIds: [] })
        .expect(201)
    ).body as { id: string; version: number };

  const operations: Operation[] = [
    { route: 'GET /api/health', send: (http) => http(undefined).get('/health'), expected: everyone(200) },
    {
      route: 'POST /api/auth/login',
      send: async (http) => {
        const account = await createAccount('viewer');
        return http(undefined).post('/auth/login').send({ username: account.username, password: TEST_PASSWORD });
      },
      expected: everyone(200),
    },
    {
      route: 'POST /api/auth/refresh',
      send: async () => {
        const session = await signInThroughApi(api.apiUrl, await createAccount('viewer'));
        return request(api.apiUrl).post('/auth/refresh').set('Cookie', session.refreshCookie);
      },
      expected: everyone(200),
    },
    {
      route: 'POST /api/auth/logout',
      send: async () => {
        const session = await signInThroughApi(api.apiUrl, await createAccount('viewer'));
        return request(api.apiUrl).post('/auth/logout').set('Cookie', session.refreshCookie);
      },
      expected: everyone(204),
    },
    {
      route: 'GET /api/account',
      send: (http) => http(clientOf()).get('/account'),
      expected: byPermission('account.read', 200),
    },
    {
      route: 'PUT /api/account',
      send: (http) => http(clientOf()).put('/account').send({ profession: 'analyst' }),
      expected: byPermission('account.write', 200),
    },
    {
      route: 'POST /api/account/password',
      send: async (http) => {
        // A separate account per cell, so the matrix accounts keep their passwords.
        const caller = currentCaller;
        if (caller === 'anonymous') return http(undefined).post('/account/password').send({});
        const account = await createAccount(caller);
        const session = await signInThroughApi(api.apiUrl, account);
        return authorizedClient(api.apiUrl, session.accessToken)
          .post('/account/password')
          .send({ currentPassword: TEST_PASSWORD, newPassword: 'a brand new passphrase 7' });
      },
      expected: byPermission('account.write', 204),
    },
    {
      route: 'GET /api/users',
      send: (http) => http(clientOf()).get('/users'),
      expected: byPermission('users.read', 200),
    },
    {
      route: 'GET /api/users/:id',
      send: (http) => http(clientOf()).get(`/users/${accounts.viewer.id}`),
      expected: byPermission('users.read', 200),
    },
    {
      route: 'POST /api/users',
      send: (http) =>
        http(clientOf())
          .post('/users')
          .send({
            username: unique('new.'),
            displayName: 'New member',
            role: 'member',
            profession: 'lawyer',
            password: TEST_PASSWORD,
          }),
      expected: byPermission('users.write', 201),
    },
    {
      route: 'PUT /api/users/:id',
      send: async (http) => {
        const target = await createAccount('member');
        return http(clientOf()).put(`/users/${target.id}`).send({ displayName: 'Renamed member' });
      },
      expected: byPermission('users.write', 200),
    },
    {
      route: 'GET /api/audit',
      send: (http) => http(clientOf()).get('/audit'),
      expected: byPermission('audit.read', 200),
    },
    {
      route: 'GET /api/audit/export',
      send: (http) => http(clientOf()).get('/audit/export'),
      expected: byPermission('audit.export', 200),
    },
    {
      route: 'GET /api/audit/:id',
      send: async (http) => {
        const [latest] = (await admin().get('/audit').query({ range: '[0,0]' }).expect(200)).body;
        return http(clientOf()).get(`/audit/${latest.id}`);
      },
      expected: byPermission('audit.read', 200),
    },
    {
      route: 'GET /api/cases',
      send: (http) => http(clientOf()).get('/cases'),
      expected: byPermission('cases.read', 200),
    },
    {
      route: 'POST /api/cases',
      variant: 'a draft',
      send: (http) =>
        http(clientOf())
          .post('/cases')
          .send(briefCase({ reference: `KZ-2024-NEW-${String(counter++).padStart(4, '0')}`, status: 'draft' })),
      expected: byPermission('cases.create', 201),
    },
    {
      route: 'POST /api/cases',
      variant: 'already published (needs cases.publish)',
      send: (http) =>
        http(clientOf())
          .post('/cases')
          .send(briefCase({ reference: `KZ-2024-PUB-${String(counter++).padStart(4, '0')}`, status: 'published' })),
      expected: (caller) =>
        caller === 'anonymous' ? 401 : allowed('cases.create')(caller) && allowed('cases.publish')(caller) ? 201 : 403,
    },
    ...(['published', 'in_review', 'draft'] as const).map((status): Operation => ({
      route: 'GET /api/cases/:id',
      variant: `a ${status} case`,
      send: async (http) => http(clientOf()).get(`/cases/${(await newCase(status)).id}`),
      expected: onCase('cases.read', status, 200),
    })),
    {
      route: 'GET /api/analytics/outcomes',
      send: (http) => http(clientOf()).get('/analytics/outcomes').query({ groupBy: 'jurisdiction' }),
      expected: byPermission('cases.read', 200),
    },
    ...['trends', 'routes', 'victims', 'cooperation'].map((path): Operation => ({
      route: `GET /api/analytics/${path}`,
      send: (http) => http(clientOf()).get(`/analytics/${path}`),
      expected: byPermission('cases.read', 200),
    })),
    {
      route: 'GET /api/analytics/legislation',
      send: (http) => http(clientOf()).get('/analytics/legislation').query({ jurisdictions: 'KZ,UZ' }),
      expected: byPermission('cases.read', 200),
    },
    {
      route: 'GET /api/analytics/compare',
      send: (http) => http(clientOf()).get('/analytics/compare').query({ jurisdictions: 'KZ,UZ' }),
      expected: byPermission('cases.read', 200),
    },
    {
      route: 'GET /api/search',
      send: (http) => http(clientOf()).get('/search').query({ q: 'recruited' }),
      expected: byPermission('cases.read', 200),
    },
    ...(['published', 'draft'] as const).map((status): Operation => ({
      route: 'GET /api/cases/:id/similar',
      variant: `a ${status} case`,
      send: async (http) => http(clientOf()).get(`/cases/${(await newCase(status)).id}/similar`),
      expected: onCase('cases.read', status, 200),
    })),
    {
      route: 'GET /api/saved-searches',
      send: (http) => http(clientOf()).get('/saved-searches'),
      expected: byPermission('savedSearches.read', 200),
    },
    {
      route: 'POST /api/saved-searches',
      send: (http) =>
        http(clientOf())
          .post('/saved-searches')
          .send({ name: 'Debt bondage', filter: { means: ['debt_bondage'] } }),
      expected: byPermission('savedSearches.write', 201),
    },
    ...[true, false].map((mine): Operation => ({
      route: 'DELETE /api/saved-searches/:id',
      variant: mine ? 'its own' : "someone else's",
      send: async (http) => http(clientOf()).delete(`/saved-searches/${await savedSearchOf(mine)}`),
      expected: onOwnRow('savedSearches.write', mine, 200),
    })),
    {
      route: 'GET /api/annotations',
      send: (http) => http(clientOf()).get('/annotations'),
      expected: byPermission('annotations.read', 200),
    },
    {
      route: 'GET /api/annotations/export',
      send: async (http) =>
        http(clientOf())
          .get('/annotations/export')
          .query({ caseId: (await newCase('published')).id }),
      expected: byPermission('annotations.read', 200),
    },
    {
      route: 'GET /api/annotations/:id',
      variant: 'shared with every reader',
      send: async (http) => http(clientOf()).get(`/annotations/${await annotationOf(false, 'readers')}`),
      expected: byPermission('annotations.read', 200),
    },
    {
      route: 'POST /api/annotations',
      send: async (http) =>
        http(clientOf())
          .post('/annotations')
          .send({ caseId: (await newCase('published')).id, field: 'summary', start: 0, end: 9 }),
      expected: byPermission('annotations.write', 201),
    },
    ...[true, false].map((mine): Operation => ({
      route: 'PUT /api/annotations/:id',
      variant: mine ? 'its own' : "someone else's private one",
      send: async (http) =>
        http(clientOf())
          .put(`/annotations/${await annotationOf(mine)}`)
          .send({ comment: 'edited', version: 1 }),
      expected: onOwnRow('annotations.write', mine, 200),
    })),
    ...[true, false].map((mine): Operation => ({
      route: 'DELETE /api/annotations/:id',
      variant: mine ? 'its own' : "someone else's private one",
      send: async (http) => http(clientOf()).delete(`/annotations/${await annotationOf(mine)}`),
      expected: onOwnRow('annotations.write', mine, 200),
    })),
    {
      route: 'GET /api/groups',
      send: (http) => http(clientOf()).get('/groups'),
      expected: byPermission('groups.read', 200),
    },
    {
      route: 'GET /api/groups/:id',
      send: async (http) => http(clientOf()).get(`/groups/${(await newGroup()).id}`),
      expected: byPermission('groups.read', 200),
    },
    {
      route: 'POST /api/groups',
      send: (http) =>
        http(clientOf())
          .post('/groups')
          .send({ name: `Group ${counter++}`, description: '', memberIds: [] }),
      expected: byPermission('groups.write', 201),
    },
    {
      route: 'PUT /api/groups/:id',
      send: async (http) => {
        const group = await newGroup();
        return http(clientOf())
          .put(`/groups/${group.id}`)
          .send({ name: `Group ${counter++}`, description: 'renamed', memberIds: [], version: group.version });
      },
      expected: byPermission('groups.write', 200),
    },
    {
      route: 'DELETE /api/groups/:id',
      send: async (http) => http(clientOf()).delete(`/groups/${(await newGroup()).id}`),
      expected: byPermission('groups.write', 200),
    },
    {
      route: 'GET /api/alerts',
      send: (http) => http(clientOf()).get('/alerts'),
      expected: byPermission('savedSearches.read', 200),
    },
    ...[true, false].map((mine): Operation => ({
      route: 'POST /api/alerts/:id/seen',
      variant: mine ? 'its own' : "someone else's",
      send: async (http) => http(clientOf()).post(`/alerts/${await savedSearchOf(mine)}/seen`),
      expected: onOwnRow('savedSearches.write', mine, 200),
    })),
    ...(['draft', 'published'] as const).map((status): Operation => ({
      route: 'PUT /api/cases/:id',
      variant: `a ${status} case, same status`,
      send: async (http) => {
        const target = await newCase(status);
        return http(clientOf()).put(`/cases/${target.id}`).send({ title: 'Retitled case', version: target.version });
      },
      expected: onCase('cases.update', status, 200),
    })),
    {
      route: 'PUT /api/cases/:id',
      variant: 'publishing a case in review (needs cases.publish)',
      send: async (http) =>
        http(clientOf())
          .put(`/cases/${(await newCase('in_review')).id}`)
          .send({ status: 'published' }),
      expected: (caller) => {
        const asUpdate = onCase('cases.update', 'in_review', 200)(caller);
        return asUpdate === 200 && !allowed('cases.publish')(caller) ? 403 : asUpdate;
      },
    },
    ...(['draft', 'published'] as const).map((status): Operation => ({
      route: 'DELETE /api/cases/:id',
      variant: `a ${status} case`,
      send: async (http) => http(clientOf()).delete(`/cases/${(await newCase(status)).id}`),
      expected: onCase('cases.delete', status, 200),
    })),
    {
      route: 'GET /api/statutes',
      send: (http) => http(clientOf()).get('/statutes'),
      expected: byPermission('statutes.read', 200),
    },
    {
      route: 'GET /api/statutes/:key',
      send: (http) => http(clientOf()).get(`/statutes/${STATUTES[0].key}`),
      expected: byPermission('statutes.read', 200),
    },
    {
      route: 'POST /api/statutes',
      send: (http) =>
        http(clientOf())
          .post('/statutes')
          .send({ ...STATUTES[0], key: `KZ-CC-${900 + counter++}` }),
      expected: byPermission('statutes.write', 201),
    },
    {
      route: 'PUT /api/statutes/:key',
      send: async (http) => {
        const key = `KZ-CC-${900 + counter++}`;
        await admin()
          .post('/statutes')
          .send({ ...STATUTES[0], key })
          .expect(201);
        return http(clientOf()).put(`/statutes/${key}`).send({ title: 'Renamed statute', version: 1 });
      },
      expected: byPermission('statutes.write', 200),
    },
    {
      route: 'DELETE /api/statutes/:key',
      send: async (http) => {
        const key = `KZ-CC-${900 + counter++}`;
        await admin()
          .post('/statutes')
          .send({ ...STATUTES[0], key })
          .expect(201);
        return http(clientOf()).delete(`/statutes/${key}`);
      },
      expected: byPermission('statutes.write', 200),
    },
    {
      route: 'POST /api/anonymize',
      send: (http) =>
        http(clientOf())
          .post('/anonymize')
          .send({ texts: { summary: 'Позвонил на +7 701 234 56 78.' } }),
      expected: byPermission('anonymizer.preview', 200),
    },
  ];

  let currentCaller: Caller = 'anonymous';
  const clientOf = () => (currentCaller === 'anonymous' ? undefined : clients[currentCaller]);
  const anonymousClient = () => {
    const agent = request(api.apiUrl);
    return {
      get: agent.get.bind(agent),
      post: agent.post.bind(agent),
      put: agent.put.bind(agent),
      delete: agent.delete.bind(agent),
    };
  };
  const http = (client: AuthorizedClient | undefined) => client ?? anonymousClient();

  it('the permission table is the reviewed one, cell by cell', () => {
    const table = Object.fromEntries(
      (Object.keys(PERMISSIONS) as Permission[]).map((permission) => [
        permission,
        Object.fromEntries(ROLES.map((role) => [role, scopeOf(role, permission) ?? ''])),
      ]),
    );
    expect(table).toEqual(REVIEWED_GRANTS);
  });

  it('every route carries a permission or is one of the reviewed public routes', () => {
    const unguarded = routes.filter((route) => !route.permission && !route.isPublic).map((route) => route.route);
    expect(unguarded).toEqual([]);
    expect(routes.filter((route) => route.isPublic).map((route) => route.route)).toEqual([...PUBLIC_ROUTES].sort());
    const known = new Set(Object.keys(PERMISSIONS));
    expect(routes.filter((route) => route.permission && !known.has(route.permission))).toEqual([]);
  });

  it('every route declares its audit action (one of the vocabulary, used once) or why it is not audited', () => {
    expect(routes.filter((route) => !route.auditAction === !route.notAudited).map((route) => route.route)).toEqual([]);
    const actions = routes.flatMap((route) => (route.auditAction ? [route.auditAction] : []));
    expect(actions.filter((action) => !(AUDIT_ACTIONS as readonly string[]).includes(action))).toEqual([]);
    expect(new Set(actions).size).toBe(actions.length);
  });

  it('every route has a cell in this matrix, and every cell a route', () => {
    const served = routes.map((route) => route.route);
    const covered = [...new Set(operations.map((operation) => operation.route))].sort();
    expect(covered).toEqual(served);
  });

  it('every permission of the table is exercised by some route', () => {
    const used = new Set(routes.map((route) => route.permission).filter(Boolean));
    expect(
      Object.keys(PERMISSIONS).filter(
        (permission) => !used.has(permission as Permission) && permission !== 'cases.publish',
      ),
    ).toEqual([]);
  });

  // One test per cell: `member × PUT /api/cases/:id (a draft case)` → expected status.
  const cells = (): { caller: Caller; operation: Operation }[] =>
    operations.flatMap((operation) => CALLERS.map((caller) => ({ caller, operation })));
  it.each(
    cells().map((cell) => [
      cell.caller,
      `${cell.operation.route}${cell.operation.variant ? ` (${cell.operation.variant})` : ''}`,
      cell,
    ]),
  )('%s × %s', async (_caller, _name, cell) => {
    const { caller, operation } = cell as { caller: Caller; operation: Operation };
    currentCaller = caller;
    const response = await operation.send(http);
    expect({ status: response.status, body: response.status >= 400 ? response.body : undefined }).toEqual({
      status: operation.expected(caller),
      body: response.status >= 400 ? expect.objectContaining({ statusCode: response.status }) : undefined,
    });
  });
});
