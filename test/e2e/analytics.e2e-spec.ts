import fc from 'fast-check';
import type { CaseRecord, StatuteRecord } from '../../libs/contracts/src';
import { AuthorizedClient } from '../support/accounts';
import { runCli } from '../support/cli';
import { resetDatabase, withTestDatabase } from '../support/database';
import { briefCase, STATUTES } from '../support/records';
import { deleteTestIndices, elasticsearch, TEST_CASE_ALIAS, waitForSearchIndex } from '../support/search';
import { startTestApp, TestApp } from '../support/test-app';

/**
 * Every analytics figure against PostgreSQL: the oracle below is SQL written from
 * docs/metrics.md, over the tables of record, never from the API or its aggregations.
 */
type Group = 'jurisdiction' | 'year' | 'statute' | 'purpose' | 'sector' | 'court_level' | 'trends';
const GROUPS: Group[] = ['jurisdiction', 'year', 'statute', 'purpose', 'sector', 'court_level', 'trends'];
const SMALL_BELOW = 5;

/** Which cases: the reader's statuses, optionally some purposes and some jurisdictions. */
interface Selection {
  statuses: string[];
  purposes?: string[] | null;
  jurisdictions?: string[] | null;
}
const SELECTED = `selected AS (
  SELECT c.*, CASE WHEN length(c.investigation_opened) = 10 AND length(c.first_instance_verdict) = 10
                   THEN c.first_instance_verdict::date - c.investigation_opened::date END AS days
    FROM cases c
   WHERE c.status = ANY($1::text[])
     AND ($2::text[] IS NULL OR c.exploitation_purposes && $2::text[])
     AND ($3::text[] IS NULL OR c.jurisdiction = ANY($3::text[])))`;
const parameters = (selection: Selection) => [
  selection.statuses,
  selection.purposes ?? null,
  selection.jurisdictions ?? null,
];

/** How each grouping reads a case. */
const KEYS: Record<Group, string> = {
  jurisdiction: 'SELECT s.id, s.jurisdiction AS key FROM selected s',
  year: 'SELECT s.id, s.verdict_year::text AS key FROM selected s WHERE s.verdict_year IS NOT NULL',
  statute:
    'SELECT DISTINCT s.id, charge.statute_key AS key FROM selected s JOIN case_charges charge ON charge.case_id = s.id',
  purpose: 'SELECT s.id, purpose AS key FROM selected s CROSS JOIN LATERAL unnest(s.exploitation_purposes) purpose',
  sector: 'SELECT s.id, sector AS key FROM selected s CROSS JOIN LATERAL unnest(s.sectors) sector',
  court_level: 'SELECT s.id, s.court_level AS key FROM selected s',
  trends: `SELECT s.id, s.jurisdiction || '/' || s.verdict_year AS key FROM selected s WHERE s.verdict_year IS NOT NULL`,
};
const CUSTODIAL = `d.verdict = 'convicted' AND d.sentenced AND NOT d.life_sentence AND NOT d.suspended`;
/**
 * Defendants with the statute their sentence falls under (the gravest of their convicted
 * charges: life possible first, then the longest maximum, then the key) and where a custodial
 * term falls in its range.
 */
const DEFENDANTS = `defendants AS (
  SELECT d.*, gravest.key AS sentence_statute,
         CASE WHEN ${CUSTODIAL} AND gravest.max > gravest.min
              THEN (d.custodial_months - gravest.min)::float8 / (gravest.max - gravest.min) END AS range_position
    FROM case_defendants d
    LEFT JOIN LATERAL (
      SELECT st.key, st.penalty_min_months AS min, st.penalty_max_months AS max
        FROM case_charges ch JOIN statutes st ON st.key = ch.statute_key
       WHERE ch.case_id = d.case_id AND ch.defendant_label = d.label AND ch.outcome = 'convicted'
       ORDER BY st.life_possible DESC, st.penalty_max_months DESC, st.key ASC LIMIT 1) gravest
      ON d.verdict = 'convicted')`;
const distribution = (value: string, where: string, prefix: string) => `
  percentile_cont(0.5) WITHIN GROUP (ORDER BY ${value}) FILTER (WHERE ${where}) AS "${prefix}median",
  percentile_cont(0.25) WITHIN GROUP (ORDER BY ${value}) FILTER (WHERE ${where}) AS "${prefix}p25",
  percentile_cont(0.75) WITHIN GROUP (ORDER BY ${value}) FILTER (WHERE ${where}) AS "${prefix}p75",
  avg(${value}) FILTER (WHERE ${where})::float AS "${prefix}mean",
  count(*) FILTER (WHERE ${where})::int AS "${prefix}count"`;

type Row = Record<string, any>;
const query = (sql: string, selection: Selection): Promise<Row[]> =>
  withTestDatabase(async (client) => (await client.query(sql, parameters(selection))).rows);
const number = (value: unknown) => (value === null || value === undefined ? null : Number(value));
const share = (part: number, whole: number) => (whole ? part / whole : null);
const distributionOf = (row: Row, prefix: string) => ({
  median: number(row[`${prefix}median`]),
  p25: number(row[`${prefix}p25`]),
  p75: number(row[`${prefix}p75`]),
  mean: number(row[`${prefix}mean`]),
  count: row[`${prefix}count`] ?? 0,
});
const verdicts = (row: Row) => {
  const [convicted, acquitted, dismissed] = [row.convicted ?? 0, row.acquitted ?? 0, row.dismissed ?? 0];
  const decided = convicted + acquitted + dismissed;
  return { decided, convicted, acquitted, dismissed, convictionRate: share(convicted, decided) };
};
const VERDICT_COUNTS = `
  count(*) FILTER (WHERE d.verdict = 'convicted')::int AS convicted,
  count(*) FILTER (WHERE d.verdict = 'acquitted')::int AS acquitted,
  count(*) FILTER (WHERE d.verdict = 'dismissed')::int AS dismissed`;

/** The outcome metrics of every group (and of all the selected cases, under 'total'). */
async function outcomesOracle(group: Group | 'total', selection: Selection) {
  const keyed = group === 'total' ? `SELECT s.id, 'total' AS key FROM selected s` : KEYS[group];
  const rows = await query(
    `WITH ${SELECTED}, ${DEFENDANTS}, keyed AS (${keyed}),
     per_case AS (SELECT k.key, count(*)::int AS cases, ${distribution('s.days', 's.days IS NOT NULL', 'days.')}
                    FROM keyed k JOIN selected s ON s.id = k.id GROUP BY k.key),
     per_defendant AS (
       SELECT k.key, count(d.id)::int AS defendants, ${VERDICT_COUNTS},
              ${distribution('d.custodial_months', CUSTODIAL, 'months.')},
              ${distribution('d.range_position', 'd.range_position IS NOT NULL', 'position.')},
              count(*) FILTER (WHERE d.verdict = 'convicted' AND d.life_sentence)::int AS "lifeSentences",
              count(*) FILTER (WHERE d.verdict = 'convicted' AND d.sentenced)::int AS sentenced,
              count(*) FILTER (WHERE d.verdict = 'convicted' AND d.sentenced AND d.suspended)::int AS suspended
         FROM keyed k JOIN defendants d ON d.case_id = k.id GROUP BY k.key)
     SELECT c.*, d.* FROM per_case c LEFT JOIN per_defendant d ON d.key = c.key ORDER BY c.key`,
    selection,
  );
  const toMetrics = (row: Row) => {
    const daysToVerdict = distributionOf(row, 'days.');
    return {
      cases: row.cases,
      defendants: row.defendants ?? 0,
      ...verdicts(row),
      sentenceMonths: distributionOf(row, 'months.'),
      lifeSentences: row.lifeSentences ?? 0,
      suspendedShare: share(row.suspended, row.sentenced),
      daysToVerdict,
      medianDaysToVerdict: daysToVerdict.median,
      sentencePositionInRange: distributionOf(row, 'position.'),
      small: row.cases < SMALL_BELOW,
    };
  };
  if (group === 'total') return rows.length ? toMetrics(rows[0]) : toMetrics({ cases: 0 });
  return rows.map((row) => ({ key: String(row.key), ...toMetrics(row) }));
}

async function victimsOracle(selection: Selection) {
  const victims = `WITH ${SELECTED}, v AS (SELECT g.* FROM case_victim_groups g JOIN selected s ON s.id = g.case_id)`;
  const [totals] = await query(
    `${victims} SELECT (SELECT count(*)::int FROM selected) AS cases,
       coalesce(sum(victim_count), 0)::int AS victims, coalesce(sum(minors), 0)::int AS minors,
       coalesce(sum(victim_count) FILTER (WHERE testified), 0)::int AS testified,
       coalesce(sum(victim_count) FILTER (WHERE compensation_amount > 0), 0)::int AS compensated FROM v`,
    selection,
  );
  const counts = async (value: string, from = 'v') =>
    (
      await query(
        `${victims} SELECT ${value} AS value, sum(victim_count)::int AS victims FROM ${from} GROUP BY 1 ORDER BY 1`,
        selection,
      )
    ).map((row) => ({ value: row.value, victims: row.victims }));
  const compensation = await query(
    `${victims} SELECT compensation_currency AS currency, sum(compensation_amount)::float8 AS amount,
            sum(victim_count)::int AS victims
       FROM v WHERE compensation_amount > 0 GROUP BY 1 ORDER BY 1`,
    selection,
  );
  const stages = await query(
    `WITH ${SELECTED}, stages AS (
       SELECT s.id, stage FROM selected s CROSS JOIN LATERAL unnest(s.mental_health_involvement) stage
       UNION ALL SELECT s.id, 'none' FROM selected s WHERE cardinality(s.mental_health_involvement) = 0)
     SELECT stage, count(*)::int AS cases,
            (SELECT coalesce(sum(g.victim_count), 0)::int FROM case_victim_groups g JOIN stages t ON t.id = g.case_id WHERE t.stage = x.stage) AS victims,
            (SELECT coalesce(sum(g.victim_count), 0)::int FROM case_victim_groups g JOIN stages t ON t.id = g.case_id WHERE t.stage = x.stage AND g.testified) AS testified,
            (SELECT count(*)::int FROM case_defendants d JOIN stages t ON t.id = d.case_id WHERE t.stage = x.stage AND d.verdict = 'convicted') AS convicted,
            (SELECT count(*)::int FROM case_defendants d JOIN stages t ON t.id = d.case_id WHERE t.stage = x.stage AND d.verdict IN ('convicted', 'acquitted', 'dismissed')) AS decided
       FROM stages x GROUP BY stage`,
    selection,
  );
  const stage = (name: string) => {
    const row = stages.find((candidate) => candidate.stage === name) ?? {
      cases: 0,
      victims: 0,
      testified: 0,
      convicted: 0,
      decided: 0,
    };
    return {
      stage: name,
      cases: row.cases,
      victims: row.victims,
      testified: row.testified,
      testifiedShare: share(row.testified, row.victims),
      decided: row.decided,
      convicted: row.convicted,
      convictionRate: share(row.convicted, row.decided),
      small: row.cases < SMALL_BELOW,
    };
  };
  return {
    metrics: {
      cases: totals.cases,
      victims: totals.victims,
      minors: totals.minors,
      minorShare: share(totals.minors, totals.victims),
      testified: totals.testified,
      testifiedShare: share(totals.testified, totals.victims),
      compensated: totals.compensated,
      compensatedShare: share(totals.compensated, totals.victims),
      compensation: compensation.map((row) => ({ currency: row.currency, amount: row.amount, victims: row.victims })),
      sex: await counts('sex'),
      nationalities: await counts('nationality'),
      services: await counts('service', 'v CROSS JOIN LATERAL unnest(v.services_provided) service'),
      small: totals.cases < SMALL_BELOW,
    },
    mentalHealth: ['investigation', 'trial', 'reintegration', 'none'].map(stage),
  };
}

/** Cross-border: the route touches a country other than the jurisdiction. */
async function cooperationOracle(selection: Selection) {
  const crossBorder = `WITH ${SELECTED}, cross_border AS (
    SELECT s.* FROM selected s
     WHERE EXISTS (SELECT 1 FROM case_route_countries r WHERE r.case_id = s.id AND r.country <> s.jurisdiction))`;
  const uses: Record<string, string> = {
    mutual_legal_assistance: `jsonb_array_length(c.cooperation->'mlaRequests') > 0`,
    joint_investigation_team: `(c.cooperation->>'jointInvestigationTeam')::boolean`,
    extradition: `jsonb_array_length(c.cooperation->'extraditions') > 0`,
    interpol_notice: `(c.cooperation->>'interpolNotices')::int > 0`,
  };
  uses.none = `NOT (${Object.values(uses).join(' OR ')})`;
  const [{ total }] = await query(`${crossBorder} SELECT count(*)::int AS total FROM cross_border`, selection);
  const instruments = [];
  for (const [instrument, condition] of Object.entries(uses)) {
    const [row] = await query(
      `${crossBorder} SELECT (SELECT count(*)::int FROM cross_border c WHERE ${condition}) AS cases, ${VERDICT_COUNTS}
         FROM cross_border c JOIN case_defendants d ON d.case_id = c.id WHERE ${condition}`,
      selection,
    );
    const { decided, convicted, convictionRate } = verdicts(row);
    instruments.push({
      instrument,
      cases: row.cases,
      share: share(row.cases, total),
      decided,
      convicted,
      convictionRate,
      small: row.cases < SMALL_BELOW,
    });
  }
  const requests = (list: string) =>
    query(
      `${crossBorder} SELECT request->>'outcome' AS outcome, count(*)::int AS requests
         FROM cross_border c CROSS JOIN LATERAL jsonb_array_elements(c.cooperation->'${list}') request GROUP BY 1 ORDER BY 1`,
      selection,
    );
  return {
    crossBorderCases: total,
    instruments,
    mlaOutcomes: await requests('mlaRequests'),
    extraditionOutcomes: await requests('extraditions'),
    small: total < SMALL_BELOW,
  };
}

/** Every origin × transit (or none) × destination a case records, with the case's victims. */
async function routesOracle(selection: Selection) {
  const rows = await query(
    `WITH ${SELECTED},
     stage AS (SELECT r.case_id, r.stage, r.country FROM case_route_countries r JOIN selected s ON s.id = r.case_id),
     victims AS (SELECT s.id, coalesce((SELECT sum(victim_count) FROM case_victim_groups g WHERE g.case_id = s.id), 0) AS victims FROM selected s),
     flows AS (
       SELECT o.case_id, o.country AS origin, t.country AS transit, d.country AS destination
         FROM stage o JOIN stage d ON d.case_id = o.case_id AND d.stage = 'destination'
         LEFT JOIN stage t ON t.case_id = o.case_id AND t.stage = 'transit'
        WHERE o.stage = 'origin')
     SELECT f.origin, f.transit, f.destination, count(*)::int AS cases, sum(v.victims)::int AS victims
       FROM flows f JOIN victims v ON v.id = f.case_id
      GROUP BY 1, 2, 3 ORDER BY 1, 2 NULLS FIRST, 3`,
    selection,
  );
  return rows.map((row) => ({ ...row, small: row.cases < SMALL_BELOW }));
}

async function legislationOracle(jurisdictions: string[], selection: Selection) {
  const rows = await query(
    `WITH ${SELECTED}, ${DEFENDANTS}
     SELECT st.*, count(d.id)::int AS convicted,
            ${distribution('d.custodial_months', `d.id IS NOT NULL AND ${CUSTODIAL}`, 'months.')},
            ${distribution('d.range_position', 'd.range_position IS NOT NULL', 'position.')},
            count(*) FILTER (WHERE d.life_sentence)::int AS "lifeSentences"
       FROM statutes st
       LEFT JOIN (defendants d JOIN selected s ON s.id = d.case_id) ON d.sentence_statute = st.key
      WHERE st.jurisdiction = ANY($3::text[])
      GROUP BY st.key ORDER BY st.key`,
    { ...selection, jurisdictions },
  );
  return jurisdictions.map((jurisdiction) => ({
    jurisdiction,
    statutes: rows
      .filter((row) => row.jurisdiction === jurisdiction)
      .map((row) => ({
        key: row.key,
        title: row.title,
        penaltyMinMonths: row.penalty_min_months,
        penaltyMaxMonths: row.penalty_max_months,
        lifePossible: row.life_possible,
        purposes: row.purposes,
        convicted: row.convicted,
        sentenceMonths: distributionOf(row, 'months.'),
        lifeSentences: row.lifeSentences,
        sentencePositionInRange: distributionOf(row, 'position.'),
        small: row.convicted < SMALL_BELOW,
      })),
  }));
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
const inRouteOrder = (flows: Row[]) =>
  [...flows].sort((a, b) =>
    JSON.stringify([a.origin, a.transit ?? '', a.destination]) <
    JSON.stringify([b.origin, b.transit ?? '', b.destination])
      ? -1
      : 1,
  );
const byKey = <T extends { key: string }>(rows: T[]) => [...rows].sort((a, b) => (a.key < b.key ? -1 : 1));

const ALL_STATUSES = ['draft', 'in_review', 'published', 'archived'];

describe('Analytics against an SQL oracle', () => {
  let app: TestApp;
  let reviewer: AuthorizedClient;
  let member: AuthorizedClient;

  const get = async (client: AuthorizedClient, path: string, parameters: Record<string, string> = {}) => {
    const response = await client.get(`/analytics/${path}`).query(parameters);
    expect({ path, status: response.status, body: response.status === 200 ? null : response.body }).toEqual({
      path,
      status: 200,
      body: null,
    });
    expect(response.body.smallBelow).toBe(SMALL_BELOW);
    return response.body;
  };
  const filterOf = (purposes: string[] | null): Record<string, string> =>
    purposes ? { filter: JSON.stringify({ exploitationPurpose: purposes }) } : {};

  /** Every figure of every route, for one reader, equals the oracle's. */
  async function expectOracle(label: string, client: AuthorizedClient, statuses: string[], purposes: string[] | null) {
    const selection = { statuses, purposes };
    const filter = filterOf(purposes);
    const expectSame = (what: string, actual: unknown, expected: unknown) =>
      expect(rounded({ label, what, statuses, actual })).toEqual(rounded({ label, what, statuses, actual: expected }));

    for (const group of GROUPS) {
      if (group === 'trends') {
        const { rows } = await get(client, 'trends', filter);
        for (const row of rows) expect(row.key).toBe(`${row.jurisdiction}/${row.year}`);
        const metrics = rows.map(({ jurisdiction: _j, year: _y, ...row }: Row) => row);
        expectSame('trends', byKey(metrics), await outcomesOracle('trends', selection));
        continue;
      }
      const api = await get(client, 'outcomes', { groupBy: group, ...filter });
      expectSame(`outcomes by ${group}`, byKey(api.rows), await outcomesOracle(group, selection));
      expectSame(`outcomes total by ${group}`, api.total, await outcomesOracle('total', selection));
    }

    const victims = await get(client, 'victims', filter);
    const expectedVictims = await victimsOracle(selection);
    expectSame(
      'victims',
      { ...victims, smallBelow: undefined, mentalHealth: undefined },
      {
        ...expectedVictims.metrics,
        smallBelow: undefined,
        mentalHealth: undefined,
      },
    );
    expectSame('mental health', victims.mentalHealth, expectedVictims.mentalHealth);

    const cooperation = await get(client, 'cooperation', filter);
    expectSame(
      'cooperation',
      { ...cooperation, smallBelow: undefined },
      { ...(await cooperationOracle(selection)), smallBelow: undefined },
    );

    const routes = await get(client, 'routes', filter);
    expectSame('routes', inRouteOrder(routes.flows), inRouteOrder(await routesOracle(selection)));

    const legislation = await get(client, 'legislation', { jurisdictions: 'KZ,UZ', ...filter });
    expectSame('legislation', legislation.jurisdictions, await legislationOracle(['KZ', 'UZ'], selection));

    const compare = await get(client, 'compare', { jurisdictions: 'UZ,KZ', ...filter });
    expect(compare.by).toBe('jurisdiction');
    const expectedColumns = [];
    for (const jurisdiction of ['UZ', 'KZ']) {
      const one = { ...selection, jurisdictions: [jurisdiction] };
      expectedColumns.push({
        key: jurisdiction,
        label: jurisdiction,
        outcomes: await outcomesOracle('total', one),
        victims: (await victimsOracle(one)).metrics,
        cooperation: await cooperationOracle(one),
      });
    }
    expectSame('compare', compare.columns, expectedColumns);
  }

  const everyReader = async (label: string, purposes: string[] | null = null) => {
    await expectOracle(label, reviewer, ALL_STATUSES, purposes);
    await expectOracle(label, member, ['published'], purposes);
  };

  /** Every answer of every route for one reader, to compare two states of the data. */
  const everything = async (client: AuthorizedClient, filter: Record<string, string> = {}) => {
    const answers: Record<string, unknown> = {};
    for (const group of GROUPS.filter((name) => name !== 'trends')) {
      answers[group] = await get(client, 'outcomes', { groupBy: group, ...filter });
    }
    for (const path of ['trends', 'victims', 'cooperation', 'routes']) answers[path] = await get(client, path, filter);
    answers.legislation = await get(client, 'legislation', { jurisdictions: 'KZ,UZ', ...filter });
    answers.compare = await get(client, 'compare', { jurisdictions: 'KZ,UZ', ...filter });
    return answers;
  };

  beforeAll(async () => {
    app = await startTestApp({ SEARCH_RELAY_INTERVAL_MS: '100' });
    reviewer = await app.as('reviewer');
    member = await app.as('member');
  });
  afterAll(() => app?.close());

  it('equals PostgreSQL on the demo data, for every route, for reviewers and members, filtered or not', async () => {
    await resetDatabase();
    await deleteTestIndices();
    await runCli('demo', '--count', '300');
    await waitForSearchIndex(120_000);
    // On the layout the run asked for: 3 shards in the cluster project, 1 otherwise.
    const settings = await elasticsearch(`${TEST_CASE_ALIAS}/_settings`);
    expect(Object.values(settings).map((index: any) => index.settings.index.number_of_shards)).toEqual([
      process.env.ELASTICSEARCH_SHARDS ?? '1',
    ]);
    await everyReader('demo');
    await everyReader('demo, forced labour only', ['forced_labour']);
  }, 300_000);

  it('compares saved searches side by side, each column equal to the oracle over its own query', async () => {
    await resetDatabase();
    await deleteTestIndices();
    await runCli('demo', '--count', '300');
    await waitForSearchIndex(120_000);
    const save = async (name: string, filter: object) => {
      const response = await member.post('/saved-searches').send({ name, filter });
      expect(response.status).toBe(201);
      return response.body.id as string;
    };
    const kazakhstan = await save('Kazakhstan', { jurisdiction: ['KZ'] });
    const forcedLabour = await save('Forced labour', { exploitationPurpose: ['forced_labour'] });
    const compare = await get(member, 'compare', { savedSearches: `${forcedLabour},${kazakhstan}` });
    expect(compare.by).toBe('savedSearch');
    const expected = [];
    for (const [key, label, selection] of [
      [forcedLabour, 'Forced labour', { statuses: ['published'], purposes: ['forced_labour'] }],
      [kazakhstan, 'Kazakhstan', { statuses: ['published'], jurisdictions: ['KZ'] }],
    ] as [string, string, Selection][]) {
      expected.push({
        key,
        label,
        outcomes: await outcomesOracle('total', selection),
        victims: (await victimsOracle(selection)).metrics,
        cooperation: await cooperationOracle(selection),
      });
    }
    expect(rounded(compare.columns)).toEqual(rounded(expected));

    // Someone else's saved search is not found, as everywhere else.
    const other = await app.as('reviewer');
    const response = await other.get('/analytics/compare').query({ savedSearches: `${forcedLabour},${kazakhstan}` });
    expect(response.status).toBe(404);
  }, 300_000);

  it.each([
    ['outcomes', { groupBy: 'country' }, 'groupBy', 'vocabulary'],
    ['outcomes', { sort: 'cases' }, 'sort', 'unknownParameter'],
    ['routes', { q: '"unclosed' }, 'q', 'syntax'],
    ['victims', { filter: '{"jurisdiction":["kz"]}' }, 'filter.jurisdiction', 'pattern'],
    ['legislation', {}, 'jurisdictions', 'required'],
    ['legislation', { jurisdictions: 'KZ' }, 'jurisdictions', 'count'],
    ['legislation', { jurisdictions: 'KZ,UZ,KG,TJ,TM,RU,AE' }, 'jurisdictions', 'count'],
    ['compare', { jurisdictions: 'KZ,KZ' }, 'jurisdictions', 'count'],
    ['compare', { jurisdictions: 'KZ,uz' }, 'jurisdictions[1]', 'format'],
    ['compare', {}, 'jurisdictions', 'required'],
    ['compare', { jurisdictions: 'KZ,UZ', savedSearches: 'a,b' }, 'savedSearches', 'exclusive'],
    ['compare', { savedSearches: 'not-an-id,x' }, 'savedSearches[0]', 'format'],
    [
      'compare',
      { savedSearches: '6cf6cd96-95b5-4e74-969c-217e80c5bacc,6CF6CD96-95B5-4E74-969C-217E80C5BACC' },
      'savedSearches',
      'count',
    ],
    ['cooperation', { q: 'a\\' }, 'q', 'syntax'],
  ])('GET /api/analytics/%s with %j is refused, naming %s and the rule %s', async (path, parameters, field, rule) => {
    const response = await reviewer.get(`/analytics/${path}`).query(parameters);
    expect(response.status).toBe(400);
    expect(response.body.problems).toContainEqual(expect.objectContaining({ path: field, rule }));
  });

  describe('on generated data sets: tiny groups, missing dates, life sentences, all pending, fixed-term statutes', () => {
    // Beyond the shared catalogue: a statute with life possible and one with a single fixed term.
    const statutes: StatuteRecord[] = [
      ...STATUTES,
      { ...STATUTES[2], key: 'UZ-CC-135-3', penaltyMinMonths: 120, penaltyMaxMonths: 240, lifePossible: true },
      { ...STATUTES[0], key: 'KZ-CC-128-4', penaltyMinMonths: 120, penaltyMaxMonths: 120 },
    ];
    const statutesOf = (jurisdiction: string) => statutes.filter((statute) => statute.jurisdiction === jurisdiction);
    const countries = fc.constantFrom('KZ', 'UZ', 'KG', 'RU', 'AE', 'TR');
    const requestOutcome = fc.constantFrom('executed', 'refused', 'pending', 'granted');
    const defendant = fc.record({
      verdict: fc.constantFrom('convicted', 'convicted', 'acquitted', 'dismissed', 'pending', 'other'),
      months: fc.oneof(fc.constant(null), fc.integer({ min: 0, max: 300 })),
      life: fc.boolean(),
      suspended: fc.boolean(),
      charges: fc.array(
        fc.record({
          statute: fc.nat(3),
          outcome: fc.constantFrom('convicted', 'convicted', 'acquitted', 'reclassified'),
        }),
        { minLength: 1, maxLength: 2 },
      ),
    });
    const victimGroup = fc
      .record({
        count: fc.integer({ min: 1, max: 6 }),
        minors: fc.nat(6),
        sex: fc.constantFrom('female', 'male', 'unknown'),
        nationality: countries,
        services: fc.subarray(['shelter', 'medical', 'psychological_support', 'legal_aid', 'repatriation']),
        testified: fc.boolean(),
        compensation: fc.oneof(
          fc.constant(null),
          fc.record({
            amount: fc.integer({ min: 0, max: 500_000 }).map((cents) => cents / 100),
            currency: fc.constantFrom('KZT', 'UZS'),
          }),
        ),
      })
      .map((group) => ({ ...group, minors: Math.min(group.minors, group.count) }));
    const generated = fc.record({
      jurisdiction: fc.constantFrom('KZ', 'UZ'),
      status: fc.constantFrom('published', 'published', 'draft', 'in_review'),
      purpose: fc.constantFrom('sexual_exploitation', 'forced_labour', 'forced_begging'),
      verdictDate: fc.oneof(fc.constant(null), fc.constantFrom('2019-09-15', '2020-02-29', '2021-07', '2019-12-31')),
      opened: fc.oneof(fc.constant(null), fc.constantFrom('2018-12-10', '2019-01', '2017-05-05')),
      defendants: fc.array(defendant, { minLength: 1, maxLength: 3 }),
      victims: fc.array(victimGroup, { maxLength: 3 }),
      route: fc.record({
        origin: fc.uniqueArray(countries, { maxLength: 2 }),
        transit: fc.uniqueArray(countries, { maxLength: 2 }),
        destination: fc.uniqueArray(countries, { maxLength: 2 }),
      }),
      mentalHealth: fc.subarray(['investigation', 'trial', 'reintegration']),
      mla: fc.array(fc.record({ country: countries, outcome: requestOutcome }), { maxLength: 2 }),
      extraditions: fc.array(fc.record({ country: countries, outcome: requestOutcome }), { maxLength: 2 }),
      jointInvestigationTeam: fc.boolean(),
      interpolNotices: fc.nat(2),
    });

    const toRecord = (spec: any, reference: string): CaseRecord => {
      const labels = spec.defendants.map((_: unknown, position: number) => `D${position + 1}`);
      const own = statutesOf(spec.jurisdiction);
      return briefCase({
        reference,
        jurisdiction: spec.jurisdiction,
        status: spec.status,
        exploitationPurposes: [spec.purpose],
        route: spec.route,
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
        charges: spec.defendants.flatMap((one: any, position: number) =>
          one.charges.map((charge: any) => ({
            statute: own[charge.statute % own.length].key,
            defendant: labels[position],
            outcome: charge.outcome,
          })),
        ),
        defendants: spec.defendants.map((one: any, position: number) => ({
          ...briefCase().defendants[0],
          label: labels[position],
          verdict: one.verdict,
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
        victims: spec.victims.map((group: any) => ({
          count: group.count,
          minors: group.minors,
          sex: group.sex,
          ageBand: 'unknown',
          nationality: group.nationality,
          servicesProvided: group.services,
          testified: group.testified,
          compensationAwarded: group.compensation,
        })),
        cooperation: {
          mlaRequests: spec.mla,
          jointInvestigationTeam: spec.jointInvestigationTeam,
          extraditions: spec.extraditions,
          interpolNotices: spec.interpolNotices,
          agencies: ['police'],
        },
        mentalHealthInvolvement: spec.mentalHealth,
        relatedCases: [],
      });
    };

    /** A fresh database holding the catalogue and the cases of one seed; the ids of those created. */
    const load = async (seed: number, count: { min: number; max: number } = { min: 1, max: 14 }) => {
      const cases = fc.sample(fc.array(generated, { minLength: count.min, maxLength: count.max }), {
        seed,
        numRuns: 1,
      })[0];
      await resetDatabase();
      await deleteTestIndices();
      const admin = await app.as('admin');
      for (const statute of statutes) expect((await admin.post('/statutes').send(statute)).status).toBe(201);
      const created: { id: string; purpose: string; status: string }[] = [];
      for (const [index, spec] of cases.entries()) {
        const reference = `${spec.jurisdiction}-2020-GEN-${seed}${String(index).padStart(3, '0')}`;
        const response = await reviewer.post('/cases').send(toRecord(spec, reference));
        expect({ seed, index, status: response.status, body: response.status === 201 ? null : response.body }).toEqual({
          seed,
          index,
          status: 201,
          body: null,
        });
        created.push({ id: response.body.id, purpose: spec.purpose, status: spec.status });
      }
      await waitForSearchIndex(60_000);
      return created;
    };

    it.each([1, 2, 3])(
      'equals PostgreSQL for seed %i, filtered or not',
      async (seed) => {
        await load(seed);
        await everyReader(`seed ${seed}`);
        await everyReader(`seed ${seed}, forced labour`, ['forced_labour']);
      },
      300_000,
    );

    it('over a filtered set equals the same analytics over a data set holding only those cases', async () => {
      const created = await load(4, { min: 10, max: 20 });
      const filter = { filter: JSON.stringify({ exploitationPurpose: ['forced_labour'] }) };
      const filtered = await everything(reviewer, filter);
      expect(created.some((one) => one.purpose !== 'forced_labour')).toBe(true);
      for (const one of created.filter((candidate) => candidate.purpose !== 'forced_labour')) {
        expect((await reviewer.delete(`/cases/${one.id}`)).status).toBe(200);
      }
      await waitForSearchIndex(60_000);
      expect(await everything(reviewer)).toEqual(filtered);
    }, 300_000);

    it("drafts and cases in review never change a member's figures", async () => {
      await load(5, { min: 6, max: 10 });
      const before = await everything(member);
      const reviewerBefore = await everything(reviewer);
      const drafts = fc.sample(generated, { seed: 6, numRuns: 6 });
      for (const [index, spec] of drafts.entries()) {
        const status = index % 2 ? 'draft' : 'in_review';
        const response = await reviewer
          .post('/cases')
          .send(toRecord({ ...spec, status }, `${spec.jurisdiction}-2021-DRAFT-${String(index).padStart(3, '0')}`));
        expect(response.status).toBe(201);
      }
      await waitForSearchIndex(60_000);
      expect(await everything(member)).toEqual(before);
      // The drafts are there: a reviewer's figures moved.
      expect(await everything(reviewer)).not.toEqual(reviewerBefore);
    }, 300_000);
  });
});
