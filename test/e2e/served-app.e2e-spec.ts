import { randomBytes, randomUUID } from 'node:crypto';
import { CASE_FILTERS } from '../../libs/contracts/src';
import type { CaseResponse } from '../../libs/contracts/src';
import { ApiProcess, startApiProcess } from '../support/api-process';
import { auditRowsAfter, auditWatermark, awaitAuditRowsAfter } from '../support/audit';
import { countRows, resetDatabase } from '../support/database';
import { briefCase, STATUTES } from '../support/records';

/**
 * The smoke run of the app as it ships: the built `dist/` (what `npm start` and the image run),
 * the admin UI served beside the API, production settings with a generated secret. Each hostile
 * request below answers its documented status and body and leaves its audit row; none stores
 * anything. This is where a middleware that only the served app has (static serving, once) is
 * caught turning refusals into 404s.
 */
jest.setTimeout(120_000);

interface Hostile {
  name: string;
  /** Role of the caller; anonymous when absent. */
  as?: 'reviewer' | 'admin';
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** Under /api. `{case}` becomes the stored case's id. */
  path: string;
  body?: unknown;
  /** Sent as is (a string or bytes), instead of JSON. */
  raw?: string | Blob;
  headers?: Record<string, string>;
  status: number;
  message?: string | RegExp;
  /** A problem the answer must name (path and rule). */
  problem?: { path: string; rule?: string };
  audit: { action: string; details?: Record<string, unknown> };
}

const WRITE_ROUTES = ['cases', 'annotations', 'saved-searches', 'groups', 'auth/login'];
const NOT_JSON = 'the body must be a valid JSON object';

function withCooperation(changes: Record<string, unknown>) {
  const record = briefCase({ reference: 'KZ-2024-SMK-0001' });
  return { ...record, cooperation: { ...record.cooperation, ...changes } };
}
function withDefendantSentence(changes: Record<string, unknown>) {
  const record = briefCase({ reference: 'KZ-2024-SMK-0002' });
  const [first, ...rest] = record.defendants;
  return { ...record, defendants: [{ ...first, sentence: { ...first.sentence!, ...changes } }, ...rest] };
}
const request = { country: 'AE', outcome: 'executed' };

const HOSTILE: Hostile[] = [
  ...WRITE_ROUTES.flatMap((route): Hostile[] => {
    const as = route === 'auth/login' ? undefined : route === 'groups' ? 'admin' : 'reviewer';
    const area = route.split('/')[0];
    const refused = (reason: string) => ({ action: 'http.refused', details: { method: 'POST', area, reason } });
    return [
      {
        name: `POST /${route} with body "{"`,
        as,
        method: 'POST',
        path: route,
        raw: '{',
        status: 400,
        message: NOT_JSON,
        audit: refused('malformedJson'),
      },
      {
        name: `POST /${route} with body "not json"`,
        as,
        method: 'POST',
        path: route,
        raw: 'not json',
        status: 400,
        message: NOT_JSON,
        audit: refused('malformedJson'),
      },
      {
        name: `POST /${route} with bytes FF FE`,
        as,
        method: 'POST',
        path: route,
        raw: new Blob([new Uint8Array([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d])]),
        status: 400,
        message: 'the body is not valid UTF-8',
        audit: refused('invalidUtf8'),
      },
      {
        name: `POST /${route} with a 1.1 MB body`,
        as,
        method: 'POST',
        path: route,
        raw: JSON.stringify({ facts: 'a'.repeat(1_100_000) }),
        status: 413,
        message: 'the body is larger than 1 MB',
        audit: refused('bodyTooLarge'),
      },
    ];
  }),
  {
    name: 'a path that is not percent-encoding',
    as: 'reviewer',
    method: 'GET',
    path: 'cases/%E0%A4%A',
    status: 400,
    message: 'the address is not valid percent-encoding',
    audit: { action: 'http.refused', details: { reason: 'malformedPath' } },
  },
  {
    name: 'range=[1e20,1e20]',
    as: 'reviewer',
    method: 'GET',
    path: 'cases?range=%5B1e20%2C1e20%5D',
    status: 400,
    problem: { path: 'range' },
    audit: { action: 'cases.list' },
  },
  {
    name: 'range beyond PostgreSQL’s bigint',
    as: 'reviewer',
    method: 'GET',
    path: `cases?range=${encodeURIComponent('[9223372036854775807,9223372036854775808]')}`,
    status: 400,
    problem: { path: 'range' },
    audit: { action: 'cases.list' },
  },
  {
    name: 'a list filter with an escaped NUL',
    as: 'reviewer',
    method: 'GET',
    path: `cases?filter=${encodeURIComponent('{"q":"a\\u0000b"}')}`,
    status: 400,
    audit: { action: 'cases.list' },
  },
  {
    name: 'a list filter with an escaped lone surrogate',
    as: 'reviewer',
    method: 'GET',
    path: `cases?filter=${encodeURIComponent('{"q":"\\ud800"}')}`,
    status: 400,
    audit: { action: 'cases.list' },
  },
  {
    name: 'mlaRequests of nested arrays',
    as: 'reviewer',
    method: 'POST',
    path: 'cases',
    body: withCooperation({ mlaRequests: [[request], [request]] }),
    status: 400,
    problem: { path: 'cooperation.mlaRequests[0]', rule: 'object' },
    audit: { action: 'cases.create' },
  },
  {
    name: 'extraditions: [[]]',
    as: 'reviewer',
    method: 'POST',
    path: 'cases',
    body: withCooperation({ extraditions: [[]] }),
    status: 400,
    problem: { path: 'cooperation.extraditions[0]', rule: 'object' },
    audit: { action: 'cases.create' },
  },
  {
    name: 'mlaRequests of nested arrays, on update',
    as: 'reviewer',
    method: 'PUT',
    path: 'cases/{case}',
    body: { cooperation: withCooperation({ mlaRequests: [[request]] }).cooperation, version: 1 },
    status: 400,
    problem: { path: 'cooperation.mlaRequests[0]', rule: 'object' },
    audit: { action: 'cases.update' },
  },
  {
    name: 'victims: [[…]]',
    as: 'reviewer',
    method: 'POST',
    path: 'cases',
    body: { ...briefCase({ reference: 'KZ-2024-SMK-0003' }), victims: [briefCase().victims] },
    status: 400,
    problem: { path: 'victims[0]', rule: 'object' },
    audit: { action: 'cases.create' },
  },
  {
    name: 'charges: [[{…}]]',
    as: 'reviewer',
    method: 'POST',
    path: 'cases',
    body: { ...briefCase({ reference: 'KZ-2024-SMK-0004' }), charges: [briefCase().charges] },
    status: 400,
    problem: { path: 'charges[0]', rule: 'object' },
    audit: { action: 'cases.create' },
  },
  {
    name: 'sources: [[…]]',
    as: 'reviewer',
    method: 'POST',
    path: 'cases',
    body: { ...briefCase({ reference: 'KZ-2024-SMK-0005' }), sources: [briefCase().sources] },
    status: 400,
    problem: { path: 'sources[0]', rule: 'object' },
    audit: { action: 'cases.create' },
  },
  {
    name: 'a fine given as a list',
    as: 'reviewer',
    method: 'POST',
    path: 'cases',
    body: withDefendantSentence({ fine: [{ amount: 1, currency: 'KZT' }] }),
    status: 400,
    problem: { path: 'defendants[0].sentence.fine', rule: 'isObject' },
    audit: { action: 'cases.create' },
  },
  {
    name: '5,000 mutual legal assistance requests',
    as: 'reviewer',
    method: 'POST',
    path: 'cases',
    body: withCooperation({ mlaRequests: Array.from({ length: 5000 }, () => request) }),
    status: 400,
    problem: { path: 'cooperation.mlaRequests', rule: 'arrayMaxSize' },
    audit: { action: 'cases.create' },
  },
  {
    name: 'legislation of an unknown country',
    as: 'reviewer',
    method: 'GET',
    path: 'analytics/legislation?jurisdictions=KZ,XX',
    status: 400,
    problem: { path: 'jurisdictions[1]', rule: 'format' },
    audit: { action: 'analytics.legislation' },
  },
  {
    name: 'a search for sentences of at least −5 months',
    as: 'reviewer',
    method: 'GET',
    path: `search?filter=${encodeURIComponent('{"sentenceMonthsMin":-5}')}`,
    status: 400,
    problem: { path: 'filter.sentenceMonthsMin' },
    audit: { action: 'search.query' },
  },
  {
    name: 'a reference of another shape',
    as: 'reviewer',
    method: 'POST',
    path: 'cases',
    body: briefCase({ reference: 'HQ-KZ-0001' }),
    status: 400,
    message: /./,
    problem: { path: 'reference' },
    audit: { action: 'cases.create' },
  },
  {
    name: 'a title with NUL',
    as: 'reviewer',
    method: 'POST',
    path: 'cases',
    body: { ...briefCase({ reference: 'KZ-2024-SMK-0006' }), title: 'a\u0000b' },
    status: 400,
    audit: { action: 'cases.create' },
  },
  {
    name: 'a body sent as text/plain',
    as: 'reviewer',
    method: 'POST',
    path: 'saved-searches',
    raw: '{"name":"x"}',
    headers: { 'Content-Type': 'text/plain' },
    status: 415,
    message: 'the body must be JSON, sent as Content-Type: application/json',
    audit: { action: 'http.refused', details: { reason: 'unsupportedMediaType' } },
  },
  {
    name: 'a query that is not UTF-8',
    as: 'reviewer',
    method: 'GET',
    path: 'search?q=%ED%A0%80',
    status: 400,
    message: 'the address is not valid percent-encoding',
    audit: { action: 'http.refused', details: { reason: 'malformedQuery' } },
  },
  {
    name: 'a version no row can have',
    as: 'reviewer',
    method: 'PUT',
    path: 'cases/{case}',
    body: { title: 'x', version: 1e20 },
    status: 400,
    problem: { path: 'version', rule: 'max' },
    audit: { action: 'cases.update' },
  },
  {
    name: 'a title with an escaped NUL, named as the field',
    as: 'reviewer',
    method: 'PUT',
    path: 'cases/{case}',
    body: { title: 'a\u0000b', version: 1 },
    status: 400,
    problem: { path: 'title', rule: 'noNul' },
    audit: { action: 'cases.update' },
  },
  {
    name: 'a login with a malformed parameter',
    method: 'POST',
    path: `auth/login?filter=${encodeURIComponent('{"q":"\\ud800"}')}`,
    body: { username: 'nobody.here', password: 'x' },
    status: 400,
    audit: { action: 'auth.login' },
  },
];

describe('the app as it ships (built, admin served, production settings): hostile requests', () => {
  let api: ApiProcess;
  let stored: CaseResponse;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    await resetDatabase();
    api = await startApiProcess({
      NODE_ENV: 'production',
      JWT_SECRET: randomBytes(48).toString('base64'),
      RATE_LIMIT_PER_MINUTE: '100000',
      LOGIN_RATE_LIMIT_PER_MINUTE: '100000',
    });
    for (const statute of STATUTES) await api.create('statutes', statute);
    stored = await api.create<CaseResponse>('cases', briefCase());
    tokens.reviewer = await api.tokenFor('reviewer');
    tokens.admin = await api.tokenFor('admin');
  }, 120_000);
  afterAll(() => api?.stop());

  it('serves the admin at / and at its own routes, and keeps /api for the API', async () => {
    for (const path of ['/', '/cases', '/search?q=x']) {
      const page = await fetch(`${api.url}${path}`);
      expect({ path, status: page.status, type: page.headers.get('content-type') }).toEqual({
        path,
        status: 200,
        type: expect.stringMatching(/text\/html/),
      });
    }
    const missing = await fetch(`${api.url}/api/no-such-route`);
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-type')).toMatch(/application\/json/);
  });

  it.each(HOSTILE.map((hostile) => [hostile.name, hostile] as const))('%s', async (_name, hostile) => {
    const before = await countRows();
    const watermark = await auditWatermark();
    const headers: Record<string, string> = { 'Content-Type': 'application/json', ...hostile.headers };
    if (hostile.as) headers.Authorization = `Bearer ${tokens[hostile.as]}`;
    const response = await fetch(`${api.url}/api/${hostile.path.replace('{case}', stored.id)}`, {
      method: hostile.method,
      headers,
      body: hostile.raw ?? (hostile.body === undefined ? undefined : JSON.stringify(hostile.body)),
    });
    const body = (await response.json()) as {
      statusCode: number;
      message: string;
      problems?: { path: string; rule: string }[];
    };
    expect({ status: response.status, body }).toEqual({
      status: hostile.status,
      body: expect.objectContaining({
        statusCode: hostile.status,
        error: expect.any(String),
        message: expect.any(String),
      }),
    });
    if (typeof hostile.message === 'string') expect(body.message).toBe(hostile.message);
    if (hostile.problem)
      expect(body.problems).toEqual(expect.arrayContaining([expect.objectContaining(hostile.problem)]));
    expect(await countRows()).toEqual(before);
    const rows = await auditRowsAfter(watermark, hostile.audit.action);
    expect(rows).toEqual([
      expect.objectContaining({
        outcome: 'failure',
        statusCode: hostile.status,
        ...(hostile.audit.details ? { details: expect.objectContaining(hostile.audit.details) } : {}),
      }),
    ]);
  });

  it('a reference refused names what a reference is, and its example is one', async () => {
    const response = await fetch(`${api.url}/api/cases`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${tokens.reviewer}` },
      body: JSON.stringify(briefCase({ reference: 'HQ-KZ-0001' })),
    });
    const { problems } = (await response.json()) as { problems: { path: string; message: string }[] };
    const message = problems.find((problem) => problem.path === 'reference')!.message;
    expect(message).toMatch(/case reference: country code, year, a place code/);
    const example = /like (\S+)$/.exec(message)![1];
    const accepted = await fetch(`${api.url}/api/cases`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${tokens.reviewer}` },
      body: JSON.stringify(briefCase({ reference: example === stored.reference ? 'KZ-2019-ALM-43' : example })),
    });
    expect([201, 409]).toContain(accepted.status);
  });

  it('headers over 16 KB answer 431 in the same JSON shape, audited', async () => {
    const watermark = await auditWatermark();
    const response = await fetch(`${api.url}/api/health`, { headers: { 'X-Padding': 'a'.repeat(20_000) } });
    expect(response.status).toBe(431);
    expect(await response.json()).toEqual({
      statusCode: 431,
      error: 'Request Header Fields Too Large',
      message: 'the request headers are larger than 16 KB',
    });
    expect(await awaitAuditRowsAfter(watermark, 'http.refused')).toEqual([
      expect.objectContaining({ statusCode: 431, details: expect.objectContaining({ reason: 'headersTooLarge' }) }),
    ]);
  });

  it('keeps the API’s paths for the API, whatever their case or encoding', async () => {
    for (const path of ['/api/..%2fassets/x.js', '/api/no-such/..%2f..%2findex.html', '/API/cases', '/Api/health/x']) {
      const response = await fetch(`${api.url}${path}`, { headers: { Authorization: `Bearer ${tokens.reviewer}` } });
      expect({ path, type: response.headers.get('content-type') }).toEqual({
        path,
        type: expect.stringMatching(/application\/json/),
      });
    }
  });

  it('lists at most 100 problems, and says how many there were', async () => {
    const body = Object.fromEntries(Array.from({ length: 5000 }, (_, index) => [`k${index}`, 1]));
    const response = await fetch(`${api.url}/api/cases`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${tokens.reviewer}` },
      body: JSON.stringify(body),
    });
    const answer = (await response.json()) as { message: string; problems: unknown[] };
    expect(response.status).toBe(400);
    expect(answer.problems).toHaveLength(100);
    expect(answer.message).toMatch(/^50\d\d problems in the request: .*\(the first 100 are listed\)$/);
  });

  it('answers a request id it was given, so a refusal can be found in the trail', async () => {
    const requestId = randomUUID();
    const watermark = await auditWatermark();
    const response = await fetch(`${api.url}/api/cases`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        'X-Request-Id': requestId,
        Authorization: `Bearer ${tokens.reviewer}`,
      },
      body: '{',
    });
    expect(response.headers.get('x-request-id')).toBe(requestId);
    expect((await auditRowsAfter(watermark, 'http.refused')).map((row) => row.requestId)).toEqual([requestId]);
  });
});

/**
 * Hostile values for query parameters, written as they go into the address: percent-encoded
 * by hand where fetch would refuse or alter them (a lone surrogate, a bare NUL).
 */
const QUERY_VALUES = [
  '%00',
  '%ED%A0%80',
  '-5',
  '-1',
  '0',
  '1e20',
  '9'.repeat(40),
  'NaN',
  'Infinity',
  '0x10',
  '',
  '%20',
  'a'.repeat(3000),
  ...['[]', '{}', '[[]]', '[{}]', 'null', 'true', '"x"', '[1e20,1e20]', '[-1,5]', 'KZ,XX', '{"q":"\\ud800"}'].map(
    encodeURIComponent,
  ),
];
/** Hostile JSON values for a filter, a body field or a leaf of a case record. */
const JSON_VALUES: unknown[] = [
  null,
  -5,
  1e20,
  1.5,
  'x',
  '',
  'a\u0000b',
  'XX',
  true,
  [],
  [[]],
  [{}],
  {},
  [1e20],
  ['XX', 'XX'],
  { nested: [[{}]] },
];
const LIST_PARAMETERS = ['filter', 'sort', 'range', 'q'];
const FILTER_SWEPT = ['/api/cases', '/api/search', '/api/analytics/outcomes'];
const NOWHERE = '00000000-0000-4000-8000-000000000000';

/** Every leaf path of a record (`cooperation.mlaRequests.0.country`), arrays by their first item. */
function leafPaths(value: unknown, prefix = ''): string[] {
  if (value === null || typeof value !== 'object') return [prefix];
  const entries = Array.isArray(value) ? (value.length ? [['0', value[0]]] : []) : Object.entries(value);
  return [
    prefix,
    ...entries.flatMap(([key, item]) => leafPaths(item, prefix ? `${prefix}.${key}` : String(key))),
  ].filter(Boolean);
}
function withLeaf(record: unknown, path: string, value: unknown): unknown {
  const copy = structuredClone(record) as Record<string, unknown>;
  const keys = path.split('.');
  let parent: Record<string, unknown> = copy;
  for (const key of keys.slice(0, -1)) parent = parent[key] as Record<string, unknown>;
  parent[keys.at(-1)!] = value;
  return copy;
}

describe('the app as it ships: every route × every parameter × every hostile value, once each', () => {
  let api: ApiProcess;
  let stored: CaseResponse;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    await resetDatabase();
    api = await startApiProcess({
      NODE_ENV: 'production',
      JWT_SECRET: randomBytes(48).toString('base64'),
      RATE_LIMIT_PER_MINUTE: '1000000',
      LOGIN_RATE_LIMIT_PER_MINUTE: '1000000',
    });
    for (const statute of STATUTES) await api.create('statutes', statute);
    stored = await api.create<CaseResponse>('cases', briefCase());
    tokens.admin = await api.tokenFor('admin');
    tokens.reviewer = await api.tokenFor('reviewer');
  }, 120_000);

  /**
   * Each route as a role that holds its permission, so every hostile value reaches validation
   * (an admin may not write cases; a reviewer may not manage accounts, groups or statutes).
   */
  const tokenFor = (method: string, path: string) =>
    /^\/api\/(users|audit)/.test(path) || (method !== 'GET' && /^\/api\/(statutes|groups)/.test(path))
      ? tokens.admin
      : tokens.reviewer;
  afterAll(() => api?.stop());

  it('answers no 5xx, every refusal in the documented shape, and stores nothing', async () => {
    const document = (await (await fetch(`${api.url}/api/docs-json`)).json()) as {
      paths: Record<string, Record<string, { parameters?: { in: string; name: string }[]; requestBody?: unknown }>>;
    };
    const before = await countRows();
    const problems: string[] = [];
    let sent = 0;
    /** `label` names what was varied, so a failure says where (`victims=[[]]`). */
    const request = async (method: string, path: string, body?: unknown, label?: string) => {
      sent++;
      const response = await fetch(`${api.url}${path}`, {
        method,
        headers: { Authorization: `Bearer ${tokenFor(method, path)}`, 'Content-Type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await response.text();
      const shown = `${method} ${path.slice(0, 120)}${label ? ` ${label}` : body === undefined ? '' : ` ${JSON.stringify(body).slice(0, 120)}`}`;
      if (response.status >= 500) problems.push(`${response.status} ${shown}`);
      // The route exists and the caller may use it: neither answer can be right.
      else if (response.status === 403 || (response.status === 404 && !/\/0{8}-/.test(path)))
        problems.push(`${response.status} ${shown}: ${text.slice(0, 200)}`);
      else if (response.status >= 400) {
        const answer = JSON.parse(text) as { statusCode?: unknown; error?: unknown; message?: unknown };
        if (
          answer.statusCode !== response.status ||
          typeof answer.error !== 'string' ||
          typeof answer.message !== 'string'
        )
          problems.push(`shape ${response.status} ${shown}: ${text.slice(0, 200)}`);
      } else if (method !== 'GET' && /^\/api\/(cases|statutes)/.test(path)) {
        // Their bases conflict with what is stored: no value may get a case or statute written.
        problems.push(`${response.status} wrote ${shown}`);
      }
    };

    // Every request is meant to be refused and to write nothing (checked below), so they need no
    // order: a few at a time.
    const queued: (() => Promise<void>)[] = [];
    const send = (method: string, path: string, body?: unknown, label?: string) =>
      void queued.push(() => request(method, path, body, label));
    for (const [template, operations] of Object.entries(document.paths)) {
      for (const [method, operation] of Object.entries(operations)) {
        const verb = method.toUpperCase();
        // Paths name the stored case for reads only: no write in the sweep may reach a real row.
        const path = template.replace(
          /\{\w+\}/g,
          verb === 'GET' && template.startsWith('/api/cases/') ? stored.id : NOWHERE,
        );
        const names = new Set([
          ...(operation.parameters ?? [])
            .filter((parameter) => parameter.in === 'query')
            .map((parameter) => parameter.name),
          ...(verb === 'GET' ? LIST_PARAMETERS : []),
        ]);
        for (const name of names) {
          for (const value of QUERY_VALUES) send(verb, `${path}?${name}=${value}`, verb === 'GET' ? undefined : {});
          // An array where one value is expected.
          send(verb, `${path}?${name}=1&${name}=2`, verb === 'GET' ? undefined : {});
          // Every filter × every value through each of the three filter parsers (the case list's,
          // search's, analytics'); other routes share them, and take the generic values above.
          if (name === 'filter' && FILTER_SWEPT.includes(template)) {
            for (const filter of Object.keys(CASE_FILTERS)) {
              for (const value of JSON_VALUES) {
                send(verb, `${path}?filter=${encodeURIComponent(JSON.stringify({ [filter]: value }))}`);
              }
            }
          }
        }
        if (operation.requestBody && verb !== 'GET') {
          // Case records are swept to the leaf, from a valid record that conflicts (an existing
          // reference, a stale version), so that no value could create or change anything.
          const base =
            template === '/api/cases'
              ? briefCase()
              : template === '/api/cases/{id}'
                ? { ...briefCase(), version: 1_000_000 }
                : {};
          const fields = template.startsWith('/api/cases')
            ? leafPaths(base)
            : ['name', 'username', 'password', 'texts', 'caseId', 'comment', 'memberIds', 'query', 'filter', 'version'];
          for (const field of fields) {
            for (const value of JSON_VALUES) {
              send(verb, path, withLeaf(base, field, value), `${field}=${JSON.stringify(value)}`);
            }
          }
          for (const body of [[], [[]], 'text', 42, null]) send(verb, path, body);
        }
      }
    }
    // A request that throws stops every worker, so none sends on after the test has failed.
    let thrown: unknown;
    await Promise.allSettled(
      Array.from({ length: 4 }, async () => {
        for (let job = queued.shift(); job && thrown === undefined; job = queued.shift()) {
          await job().catch((error: unknown) => {
            thrown = error;
          });
        }
      }),
    );
    if (thrown !== undefined) throw thrown;
    console.log(`Systematic sweep of the served app: ${sent} requests, ${problems.length} problems`);
    expect(problems).toEqual([]);
    expect(await countRows()).toEqual(before);
    expect(sent).toBeGreaterThan(5000);
  }, 900_000);
});
