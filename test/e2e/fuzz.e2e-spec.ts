import fc from 'fast-check';
import request from 'supertest';
import { ROLES } from '../../libs/contracts/src';
import type { Role } from '../../libs/contracts/src';
import { createAccount, signInThroughApi } from '../support/accounts';
import { resetDatabase, withTestDatabase } from '../support/database';
import { briefCase, STATUTES } from '../support/records';
import { discoverRoutes } from '../support/routes';
import { startTestApp, TestApp } from '../support/test-app';

/**
 * Property-based fuzzing of the whole API: generated path ids, query strings and bodies sent to
 * every route the application serves, as every role and anonymously. Fixed seed, bounded runs
 * (FUZZ_RUNS and FUZZ_SEED for a longer or another run). No answer may be a 5xx, every refusal
 * must have the documented shape, and no refused request may change the data.
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 400);
const SEED = Number(process.env.FUZZ_SEED ?? 20261129);

type Caller = Role | 'anonymous';
interface Sample {
  route: string;
  caller: Caller;
  id: string;
  query: [string, string | string[]][];
  body: unknown;
}

/** Strings meant to hurt: NUL, unpaired surrogates, identifiers, huge and odd numbers, syntax. */
const NASTY = [
  '\u0000',
  '\ud800',
  'a\udc00b',
  '870412300416',
  '+7 701 123 45 67',
  'Иванов Сергей Петрович',
  '1e20',
  '-1',
  '0x7e3',
  '9'.repeat(40),
  '"unclosed',
  '((a',
  'a | | b',
  '*',
  'ʼ*',
  '__proto__',
  '{"q":"\\ud800"}',
  '{"q":"a\\u0000b"}',
  '[1e20,1e20]',
  '["title","SIDEWAYS"]',
  '{"jurisdiction":["KZ","kz",1]}',
  '{"verdictYear":"0x7e3"}',
  '{"sentenceMonthsMin":[99999999999]}',
  '{"crossBorder":["yes"]}',
  '{"q":' + '['.repeat(100) + ']'.repeat(100) + '}',
];
const QUERY_NAMES = ['q', 'filter', 'sort', 'range', 'size', 'cursor', 'id', 'format', 'k'];
const BODY_FIELDS = Object.keys(briefCase()).concat(['username', 'password', 'name', 'texts', 'redactions', 'version']);

const text = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.constantFrom(...NASTY),
);
const queryValue = fc.oneof(text, fc.json({ maxDepth: 3 }), fc.array(text, { minLength: 2, maxLength: 3 }));
const query = fc.array(fc.tuple(fc.oneof(fc.constantFrom(...QUERY_NAMES), fc.string({ maxLength: 8 })), queryValue), {
  maxLength: 4,
});
// Mostly a valid case with one field replaced by anything, so the request gets past the first check.
const body = fc.oneof(
  fc
    .record({ field: fc.constantFrom(...BODY_FIELDS), value: fc.jsonValue({ maxDepth: 4 }) })
    .map(({ field, value }) => ({
      ...briefCase({ reference: 'KZ-2024-FUZ-0001' }),
      [field]: value,
    })),
  fc.jsonValue({ maxDepth: 5 }),
  fc.dictionary(fc.constantFrom(...BODY_FIELDS), fc.oneof(text, fc.jsonValue({ maxDepth: 2 }))),
);

describe(`fuzzing every route as every role (${RUNS} requests, seed ${SEED})`, () => {
  let api: TestApp;
  let routes: string[];
  const tokens = {} as Record<Role, string>;
  const ids: string[] = [];

  /** The data a request could change (the audit trail and sessions change on refusals by design). */
  const fingerprint = () =>
    withTestDatabase(async (client) => {
      const tables = [
        'statutes',
        'cases',
        'case_defendants',
        'case_charges',
        'case_victim_groups',
        'users',
        'saved_searches',
      ];
      const parts = [];
      for (const table of tables) {
        parts.push(
          (
            await client.query(
              `SELECT md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS h FROM ${table} t`,
            )
          ).rows[0].h,
        );
      }
      return parts.join(':');
    });

  beforeAll(async () => {
    await resetDatabase();
    api = await startTestApp({
      RATE_LIMIT_PER_MINUTE: '100000',
      LOGIN_RATE_LIMIT_PER_MINUTE: '100000',
      SEARCH_RELAY: 'off',
    });
    routes = discoverRoutes(api.app).map((route) => route.route);
    for (const role of ROLES)
      tokens[role] = (await signInThroughApi(api.apiUrl, await createAccount(role))).accessToken;
    const admin = request(api.apiUrl);
    for (const statute of STATUTES) {
      await admin.post('/statutes').set('Authorization', `Bearer ${tokens.admin}`).send(statute).expect(201);
    }
    const created = await admin
      .post('/cases')
      .set('Authorization', `Bearer ${tokens.reviewer}`)
      .send(briefCase())
      .expect(201);
    ids.push(created.body.id, STATUTES[0].key);
  });
  afterAll(() => api?.close());

  it(
    'never answers 5xx, always answers refusals in the documented shape, and changes nothing when it refuses',
    async () => {
      const sample: fc.Arbitrary<Sample> = fc.record({
        route: fc.constantFrom(...routes),
        caller: fc.constantFrom<Caller>(...ROLES, 'anonymous'),
        id: fc.oneof(fc.constantFrom(...ids), fc.uuid(), text),
        query,
        body,
      });
      const statuses = new Map<number, number>();
      let sent = 0;
      await fc.assert(
        fc.asyncProperty(sample, async ({ route, caller, id, query: parameters, body: payload }) => {
          const [method, template] = route.split(' ');
          let segment: string;
          try {
            segment = encodeURIComponent(id);
          } catch {
            segment = '%ED%A0%80'; // an unpaired surrogate cannot be encoded: send its raw bytes
          }
          const path = template.replace(/^\/api/, '').replace(/:[a-zA-Z]+/g, segment);
          const search = parameters
            .flatMap(([name, value]) => (Array.isArray(value) ? value : [value]).map((item) => [name, item]))
            .map(([name, value]) => {
              try {
                return `${encodeURIComponent(name)}=${encodeURIComponent(value)}`;
              } catch {
                return `${encodeURIComponent(name.toWellFormed())}=%ED%A0%80`;
              }
            })
            .join('&');
          const before = await fingerprint();
          let call = request(api.apiUrl)[method.toLowerCase() as 'get' | 'post' | 'put' | 'delete'](
            `${path}${search ? `?${search}` : ''}`,
          );
          if (caller !== 'anonymous') call = call.set('Authorization', `Bearer ${tokens[caller]}`);
          if (method !== 'GET' && method !== 'DELETE') {
            call = call.set('Content-Type', 'application/json').send(JSON.stringify(payload));
          }
          const response = await call;
          sent++;
          statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
          const description = `${caller} ${method} ${path}${search ? `?${search}` : ''}`;
          expect({ description, status: response.status < 500 }).toEqual({ description, status: true });
          if (response.status >= 400) {
            expect({ description, body: response.body }).toEqual({
              description,
              body: expect.objectContaining({
                statusCode: response.status,
                error: expect.any(String),
                message: expect.any(String),
              }),
            });
            expect({ description, unchanged: (await fingerprint()) === before }).toEqual({
              description,
              unchanged: true,
            });
          }
        }),
        { numRuns: RUNS, seed: SEED, endOnFailure: true },
      );
      console.log(
        `fuzz: ${sent} requests over ${routes.length} routes, seed ${SEED}; statuses ${[...statuses]
          .sort(([a], [b]) => a - b)
          .map(([status, count]) => `${status}×${count}`)
          .join(', ')}`,
      );
      expect(sent).toBe(RUNS);
    },
    60_000 + RUNS * 100,
  );
});
