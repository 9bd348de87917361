import fc from 'fast-check';
import type { CaseRecord } from '../../libs/contracts/src';
import { AuthorizedClient } from '../support/accounts';
import { runCli } from '../support/cli';
import { resetDatabase, withTestDatabase } from '../support/database';
import { briefCase, STATUTES } from '../support/records';
import { deleteTestIndices, waitForSearchIndex } from '../support/search';
import { startTestApp, TestApp } from '../support/test-app';

type Group = 'jurisdiction' | 'year' | 'statute' | 'purpose' | 'sector' | 'court_level' | 'trends';
const GROUPS: Group[] = ['jurisdiction', 'year', 'statute', 'purpose', 'sector', 'court_level', 'trends'];

/** How each grouping reads a case in SQL: the oracle, written from docs/metrics.md, not from the API. */
const KEYS: Record<Group, string> = {
  jurisdiction: 'SELECT s.id, s.jurisdiction AS key FROM selected s',
  year: 'SELECT s.id, s.verdict_year::text AS key FROM selected s WHERE s.verdict_year IS NOT NULL',
  statute:
    'SELECT DISTINCT s.id, charge.statute_key AS key FROM selected s JOIN case_charges charge ON charge.case_id = s.id',
  purpose: 'SELECT s.id, purpose AS key FROM selected s CROSS JOIN LATERAL unnest(s.exploitation_purposes) purpose',
  sector: 'SELECT s.id, sector AS key FROM selected s CROSS JOIN LATERAL unnest(s.sectors) sector',
  court_level: 'SELECT s.id, s.court_level AS key FROM selected s',
  // Trends: by jurisdiction, then year of the verdict.
  trends: `SELECT s.id, s.jurisdiction || '/' || s.verdict_year AS key FROM selected s WHERE s.verdict_year IS NOT NULL`,
};
const CUSTODIAL = `d.verdict = 'convicted' AND d.sentenced AND NOT d.life_sentence AND NOT d.suspended`;

/** Every metric of every group (and the total) computed by PostgreSQL itself. */
async function oracle(group: Group, statuses: string[], purposes: string[] | null) {
  return withTestDatabase(async (client) => {
    const selected = `selected AS (
      SELECT c.*, CASE WHEN length(c.investigation_opened) = 10 AND length(c.first_instance_verdict) = 10
                       THEN c.first_instance_verdict::date - c.investigation_opened::date END AS days
        FROM cases c WHERE c.status = ANY($1::text[]) AND ($2::text[] IS NULL OR c.exploitation_purposes && $2::text[]))`;
    const metrics = (keyed: string) => `
      WITH ${selected}, keyed AS (${keyed}),
      per_case AS (SELECT k.key, count(*)::int AS cases,
                          percentile_cont(0.5) WITHIN GROUP (ORDER BY s.days) AS "medianDaysToVerdict"
                     FROM keyed k JOIN selected s ON s.id = k.id GROUP BY k.key),
      per_defendant AS (
        SELECT k.key, count(d.id)::int AS defendants,
               count(*) FILTER (WHERE d.verdict = 'convicted')::int AS convicted,
               count(*) FILTER (WHERE d.verdict = 'acquitted')::int AS acquitted,
               count(*) FILTER (WHERE d.verdict = 'dismissed')::int AS dismissed,
               percentile_cont(0.5) WITHIN GROUP (ORDER BY d.custodial_months) FILTER (WHERE ${CUSTODIAL}) AS median,
               percentile_cont(0.25) WITHIN GROUP (ORDER BY d.custodial_months) FILTER (WHERE ${CUSTODIAL}) AS p25,
               percentile_cont(0.75) WITHIN GROUP (ORDER BY d.custodial_months) FILTER (WHERE ${CUSTODIAL}) AS p75,
               avg(d.custodial_months) FILTER (WHERE ${CUSTODIAL})::float AS mean,
               count(*) FILTER (WHERE ${CUSTODIAL})::int AS count,
               count(*) FILTER (WHERE d.verdict = 'convicted' AND d.life_sentence)::int AS "lifeSentences",
               count(*) FILTER (WHERE d.verdict = 'convicted' AND d.sentenced)::int AS sentenced,
               count(*) FILTER (WHERE d.verdict = 'convicted' AND d.sentenced AND d.suspended)::int AS suspended
          FROM keyed k JOIN case_defendants d ON d.case_id = k.id GROUP BY k.key)
      SELECT c.*, d.* FROM per_case c LEFT JOIN per_defendant d ON d.key = c.key`;
    const rows = (await client.query(metrics(KEYS[group]), [statuses, purposes])).rows;
    const total = (await client.query(metrics(`SELECT s.id, 'total' AS key FROM selected s`), [statuses, purposes]))
      .rows[0];
    return { rows: rows.map(toRow).sort((a, b) => (a.key < b.key ? -1 : 1)), total: total ? toRow(total) : undefined };
  });
}

function toRow(row: Record<string, any>) {
  const number = (value: unknown) => (value === null || value === undefined ? null : Number(value));
  const [convicted, acquitted, dismissed] = [row.convicted ?? 0, row.acquitted ?? 0, row.dismissed ?? 0];
  const decided = convicted + acquitted + dismissed;
  return {
    key: String(row.key),
    cases: row.cases,
    defendants: row.defendants ?? 0,
    decided,
    convicted,
    acquitted,
    dismissed,
    convictionRate: decided ? convicted / decided : null,
    sentenceMonths: {
      median: number(row.median),
      p25: number(row.p25),
      p75: number(row.p75),
      mean: number(row.mean),
      count: row.count ?? 0,
    },
    lifeSentences: row.lifeSentences ?? 0,
    suspendedShare: row.sentenced ? row.suspended / row.sentenced : null,
    medianDaysToVerdict: number(row.medianDaysToVerdict),
    small: row.cases < 5,
  };
}

/** Floating figures compared to 1e-9: PostgreSQL and the API may round the last bit apart. */
const rounded = (value: unknown): unknown =>
  typeof value === 'number'
    ? Math.round(value * 1e9) / 1e9
    : Array.isArray(value)
      ? value.map(rounded)
      : value && typeof value === 'object'
        ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, rounded(v)]))
        : value;

describe('GET /api/analytics/outcomes against an SQL oracle', () => {
  let app: TestApp;
  let reviewer: AuthorizedClient;
  let member: AuthorizedClient;

  const outcomes = async (client: AuthorizedClient, group: Group, filter?: object) => {
    const response = await client
      .get('/analytics/outcomes')
      .query({ groupBy: group, ...(filter ? { filter: JSON.stringify(filter) } : {}) });
    expect(response.status).toBe(200);
    return response.body as { rows: { key: string }[]; total: object };
  };

  /** Trends rows carry their jurisdiction and year apart too; the oracle compares the metrics under `jurisdiction/year`. */
  const trends = async (client: AuthorizedClient, filter?: object) => {
    const response = await client.get('/analytics/trends').query(filter ? { filter: JSON.stringify(filter) } : {});
    expect(response.status).toBe(200);
    const rows = (response.body as { rows: { key: string; jurisdiction: string; year: number }[] }).rows;
    for (const row of rows) expect(row.key).toBe(`${row.jurisdiction}/${row.year}`);
    return { rows: rows.map(({ jurisdiction: _jurisdiction, year: _year, ...row }) => row), total: {} };
  };

  const expectOracle = async (label: string, purposes: string[] | null = null) => {
    const filter = purposes ? { exploitationPurpose: purposes } : undefined;
    for (const [client, statuses] of [
      [reviewer, ['draft', 'in_review', 'published', 'archived']],
      [member, ['published']],
    ] as const) {
      for (const group of GROUPS) {
        const api = group === 'trends' ? await trends(client, filter) : await outcomes(client, group, filter);
        const expected = await oracle(group, [...statuses], purposes);
        const sorted = [...api.rows].sort((a, b) => (a.key < b.key ? -1 : 1));
        expect(rounded({ label, group, statuses, rows: sorted })).toEqual(
          rounded({ label, group, statuses, rows: expected.rows }),
        );
        if (expected.total && group !== 'trends') {
          const { key: _key, ...total } = expected.total;
          expect(rounded({ label, group, total: api.total })).toEqual(rounded({ label, group, total }));
        }
      }
    }
  };

  beforeAll(async () => {
    app = await startTestApp({ SEARCH_RELAY_INTERVAL_MS: '100' });
    reviewer = await app.as('reviewer');
    member = await app.as('member');
  });
  afterAll(() => app?.close());

  it('equals PostgreSQL on the demo data, for every grouping, for reviewers and members, filtered or not', async () => {
    await resetDatabase();
    await deleteTestIndices();
    await runCli('demo', '--count', '300');
    await waitForSearchIndex(120_000);
    await expectOracle('demo');
    await expectOracle('demo, forced labour only', ['forced_labour']);
  }, 300_000);

  it('equals PostgreSQL on generated data sets: tiny groups, missing dates, life sentences, all pending', async () => {
    const verdict = fc.constantFrom('convicted', 'convicted', 'acquitted', 'dismissed', 'pending', 'other');
    const defendant = fc.record({
      verdict,
      months: fc.oneof(fc.constant(null), fc.integer({ min: 0, max: 240 })),
      life: fc.boolean(),
      suspended: fc.boolean(),
    });
    const generated = fc.record({
      jurisdiction: fc.constantFrom('KZ', 'UZ'),
      status: fc.constantFrom('published', 'published', 'draft', 'in_review'),
      purpose: fc.constantFrom('sexual_exploitation', 'forced_labour', 'forced_begging'),
      verdictDate: fc.oneof(fc.constant(null), fc.constantFrom('2019-09-15', '2020-02-29', '2021-07', '2018-12-31')),
      opened: fc.oneof(fc.constant(null), fc.constantFrom('2018-12-10', '2019-01', '2017-05-05')),
      defendants: fc.array(defendant, { minLength: 1, maxLength: 3 }),
    });
    for (const seed of [1, 2, 3]) {
      const cases = fc.sample(fc.array(generated, { minLength: 1, maxLength: 12 }), { seed, numRuns: 1 })[0];
      await resetDatabase();
      await deleteTestIndices();
      const admin = await app.as('admin');
      for (const statute of STATUTES) expect((await admin.post('/statutes').send(statute)).status).toBe(201);
      for (const [index, spec] of cases.entries()) {
        const labels = spec.defendants.map((_, position) => `D${position + 1}`);
        const record: CaseRecord = briefCase({
          reference: `${spec.jurisdiction}-2020-GEN-${seed}${String(index).padStart(3, '0')}`,
          jurisdiction: spec.jurisdiction,
          status: spec.status as CaseRecord['status'],
          exploitationPurposes: [spec.purpose as CaseRecord['exploitationPurposes'][number]],
          timeline: {
            offenceStart: '2016-03',
            offenceEnd: '2016-11',
            reported: null,
            investigationOpened: spec.opened,
            indicted: null,
            firstInstanceVerdict: spec.verdictDate,
            appealDecision: null,
            final: null,
          },
          charges: labels.map((label) => ({
            statute: spec.jurisdiction === 'KZ' ? 'KZ-CC-128-3' : 'UZ-CC-135-2',
            defendant: label,
            outcome: 'convicted',
          })),
          defendants: spec.defendants.map((one, position) => ({
            ...briefCase().defendants[0],
            label: labels[position],
            verdict: one.verdict as CaseRecord['defendants'][number]['verdict'],
            sentence:
              one.verdict === 'convicted' && (one.life || one.months !== null)
                ? {
                    custodialMonths: one.life ? null : one.months,
                    life: one.life,
                    suspended: !one.life && one.suspended,
                    probationMonths: 0,
                    fine: null,
                    confiscation: false,
                  }
                : null,
          })),
          relatedCases: [],
        });
        const created = await reviewer.post('/cases').send(record);
        expect({ seed, index, status: created.status, body: created.status === 201 ? null : created.body }).toEqual({
          seed,
          index,
          status: 201,
          body: null,
        });
      }
      await waitForSearchIndex(60_000);
      await expectOracle(`seed ${seed}`);
      await expectOracle(`seed ${seed}, forced labour`, ['forced_labour']);
    }
  }, 300_000);
});
