import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateCases } from '../../libs/demo/src';
import type { CaseRecord } from '../../libs/contracts/src';
import type { SearchResponse as SearchResult } from '../../libs/contracts/src';
import { AuthorizedClient } from '../support/accounts';
import { runCli } from '../support/cli';
import { resetDatabase } from '../support/database';
import { briefCase, STATUTES } from '../support/records';
import { TEST_INDEX_PREFIX } from '../support/environment';
import { deleteTestIndices, elasticsearch, waitForSearchIndex } from '../support/search';
import { startTestApp, TestApp } from '../support/test-app';

type Conditions = Partial<
  Record<'exploitationPurposes' | 'sectors' | 'means' | 'acts' | 'destination' | 'routeCountry' | 'region', string[]>
>;
interface Judgment {
  id: string;
  language: string;
  query: string;
  need: string;
  reads: string[];
  grade2: Conditions;
  grade1?: Conditions;
}

const fixture = <T>(path: string) => JSON.parse(readFileSync(join(__dirname, '../fixtures', path), 'utf8')) as T;
const JUDGMENTS = fixture<{ queries: Judgment[] }>('search-judgments.json').queries;
/**
 * Held out (test/fixtures/search-heldout/README.md): written from the structured fields and from
 * real public texts before the thesaurus existed, by someone who did not see the search code.
 * Only their means are printed and gated: reading a query's misses to change the rules would make
 * the set development data.
 */
/** Phrasings written while building query understanding: development data, read freely. */
const CONCEPT_DEVELOPMENT = fixture<{ queries: Judgment[] }>('search-concepts-development.json').queries;
/** Just under the mean measured on 2026-12-04 (1.000); and no query below 0.95. */
const CONCEPT_DEVELOPMENT_FLOOR = 0.98;
const CONCEPT_DEVELOPMENT_QUERY_FLOOR = 0.95;
const CROSS_LINGUAL_DEVELOPMENT = fixture<{ queries: (Judgment & { crossLanguage: string })[] }>(
  'search-crosslingual-development.json',
).queries;
/** Just under the mean measured on 2026-12-04 (0.758), and each query 0.05 under its figure that day. */
const CROSS_LINGUAL_DEVELOPMENT_FLOOR = 0.74;
const CROSS_LINGUAL_DEVELOPMENT_QUERY_FLOORS: Record<string, number> = {
  'dev-x00-ru': 0.45,
  'dev-x01-ru': 0.57,
  'dev-x02-ru': 0.71,
  'dev-x03-ru': 0.95,
  'dev-x04-ru': 0.95,
  'dev-x05-ru': 0.95,
  'dev-x06-ru': 0.95,
  'dev-x07-ru': 0.5,
  'dev-x08-ru': 0.95,
  'dev-x09-ru': 0.45,
  'dev-x10-en': 0.75,
  'dev-x11-en': 0.5,
  'dev-x12-en': 0.55,
  'dev-x13-en': 0.95,
  'dev-x14-en': 0.95,
  'dev-x15-en': 0.95,
  'dev-x16-en': 0.45,
  'dev-x17-en': 0.55,
  'dev-x18-en': 0.45,
  'dev-x19-en': 0.61,
};
/**
 * Held-out batches, each written by someone who saw neither the thesaurus nor the search code
 * (their READMEs). Batch 1 was written before the thesaurus; its means were read while choosing
 * between settings, so batch 2 was written afterwards, before the concept names and the language
 * blocks, to measure them. Gates sit just under each batch's measured means.
 */
const HELD_OUT = [
  { batch: 'search-heldout', conceptGate: 0.88, conceptZeros: 4, crossLingualGate: 0.58 },
  { batch: 'search-heldout-2', conceptGate: 0.91, conceptZeros: 5, crossLingualGate: 0.55 },
].map((set) => ({
  ...set,
  concept: fixture<{ queries: Judgment[] }>(`${set.batch}/concept-judgments.json`).queries,
  crossLingual: fixture<{ queries: (Judgment & { crossLanguage: string })[] }>(
    `${set.batch}/crosslingual-judgments.json`,
  ).queries,
}));
const DEMO_COUNT = 300;
/** The targets of issue 23 for the held-out sets. */
const CONCEPT_TARGET = 0.85;
const CROSS_LINGUAL_TARGET = 0.5;
/** Just under the mean measured on 2026-12-04 (0.955; 0.942 before queries were understood). */
const TARGET = 0.95;
/**
 * Per query, just under what it scored on 2026-12-04 (0.05 below), so that a mean held up by the
 * others cannot hide one query getting worse. `uz-fergana-latin` scores 0 today: a known miss.
 */
const FLOORS: Record<string, number> = {
  'ru-labour-russia': 0.95,
  'ru-sexual-turkey': 0.95,
  'ru-sexual-uae': 0.95,
  'ru-sexual-korea': 0.92,
  'ru-labour-kazakhstan-construction': 0.9,
  'ru-labour-farm': 0.95,
  'ru-begging': 0.95,
  'ru-domestic': 0.95,
  'ru-criminality': 0.95,
  'ru-labour-russia-moscow': 0.86,
  'en-labour-russia': 0.92,
  'en-sexual-turkey': 0.95,
  'en-sexual-uae': 0.95,
  'en-domestic': 0.95,
  'en-begging': 0.95,
  'en-construction': 0.9,
  'en-farm': 0.95,
  'en-korea': 0.95,
  'kk-shymkent-cyrillic': 0.95,
  'kk-shymkent-latin': 0.95,
  'kk-almaty-cyrillic': 0.95,
  'kk-almaty-latin': 0.95,
  'kk-karaganda-latin': 0.95,
  'kk-mangystau-cyrillic': 0.95,
  'uz-tashkent-latin': 0.78,
  'uz-tashkent-cyrillic': 0.85,
  'uz-samarkand-latin': 0.95,
  'uz-samarkand-cyrillic': 0.95,
  'uz-andijan-latin': 0.95,
  'uz-andijan-cyrillic': 0.95,
  'uz-fergana-latin': 0.0,
  'uz-kashkadarya-latin': 0.95,
  'ky-osh': 0.89,
  'tg-dushanbe': 0.95,
};

/** What a field holds in a record, for the judgments' conditions. */
const FIELD_VALUES: Record<keyof Conditions, (record: CaseRecord) => string[]> = {
  exploitationPurposes: (record) => record.exploitationPurposes,
  sectors: (record) => record.sectors,
  means: (record) => record.means,
  acts: (record) => record.acts,
  destination: (record) => record.route.destination,
  routeCountry: (record) => [...record.route.origin, ...record.route.transit, ...record.route.destination],
  region: (record) => (record.region ? [record.region] : []),
};

const holds = (conditions: Conditions, record: CaseRecord) =>
  Object.entries(conditions).every(([field, values]) =>
    FIELD_VALUES[field as keyof Conditions](record).some((value) => values!.includes(value)),
  );

function gradeOf(judgment: Judgment, record: CaseRecord): number {
  if (!judgment.reads.includes(record.language)) return 0;
  if (holds(judgment.grade2, record)) return 2;
  return judgment.grade1 && holds(judgment.grade1, record) ? 1 : 0;
}

/** nDCG@k with gains 2^grade − 1 and log2 discounts; the ideal ranking is every judged grade, best first. */
function ndcgAt(k: number, ranked: number[], judged: number[]): number {
  const dcg = (grades: number[]) =>
    grades.slice(0, k).reduce((sum, grade, index) => sum + (2 ** grade - 1) / Math.log2(index + 2), 0);
  const ideal = dcg([...judged].sort((a, b) => b - a));
  return ideal === 0 ? 0 : dcg(ranked) / ideal;
}

/**
 * Relevance of precedent search on the demo data, against judgments written before tuning
 * (test/fixtures/search-judgments.json). `npm run eval:search` runs this file alone.
 */
describe('precedent search relevance (nDCG@10 on the judged queries)', () => {
  let app: TestApp;
  let reviewer: AuthorizedClient;
  const records = new Map<string, CaseRecord>();

  beforeAll(async () => {
    await resetDatabase();
    await deleteTestIndices();
    app = await startTestApp({ SEARCH_RELAY_INTERVAL_MS: '100' });
    reviewer = await app.as('reviewer');
    await runCli('demo', '--count', String(DEMO_COUNT));
    for (const record of generateCases({ count: DEMO_COUNT })) records.set(record.reference, record);
    await waitForSearchIndex(120_000);
    // One segment: documents the relay wrote twice leave no deleted copies in the term statistics,
    // so scores, and the figures below, are the same from run to run.
    await elasticsearch(`${TEST_INDEX_PREFIX}_cases/_forcemerge?max_num_segments=1`, undefined, 'POST');
    await elasticsearch(`${TEST_INDEX_PREFIX}_cases/_refresh`, undefined, 'POST');
  }, 300_000);

  afterAll(async () => {
    await app?.close();
  });

  /** The grades of the first `size` hits of a query, and of every judged case. */
  const gradesOf = async (judgment: Judgment, size: number) => {
    const response = await reviewer.get('/search').query({ q: judgment.query, size: String(size) });
    expect(response.status).toBe(200);
    const hits = (response.body as SearchResult).hits.map((hit) => records.get(hit.reference)!);
    return { hits, ranked: hits.map((record) => gradeOf(judgment, record)) };
  };

  it(`finds the cases carrying a concept however it is named: development concept nDCG@10 ≥ ${CONCEPT_DEVELOPMENT_FLOOR}`, async () => {
    const rows: { id: string; query: string; ndcg: number }[] = [];
    for (const judgment of CONCEPT_DEVELOPMENT) {
      const { ranked } = await gradesOf(judgment, 10);
      const judged = [...records.values()].map((record) => gradeOf(judgment, record)).filter((grade) => grade > 0);
      rows.push({ id: judgment.id, query: judgment.query, ndcg: ndcgAt(10, ranked, judged) });
    }
    const mean = rows.reduce((sum, row) => sum + row.ndcg, 0) / rows.length;
    console.log(
      [
        `Development concept queries (nDCG@10):`,
        ...rows.map((row) => `  ${row.ndcg.toFixed(3)}  ${row.id.padEnd(12)} ${row.query}`),
        `  mean ${mean.toFixed(3)}`,
      ].join('\n'),
    );
    expect(mean).toBeGreaterThanOrEqual(CONCEPT_DEVELOPMENT_FLOOR);
    const fallen = rows.filter((row) => row.ndcg < CONCEPT_DEVELOPMENT_QUERY_FLOOR).map((row) => row.id);
    expect(fallen).toEqual([]);
  });

  it.each(HELD_OUT)('finds the cases carrying a concept however it is named: $batch', async (set) => {
    const scores: number[] = [];
    for (const judgment of set.concept) {
      const { ranked } = await gradesOf(judgment, 10);
      const judged = [...records.values()].map((record) => gradeOf(judgment, record)).filter((grade) => grade > 0);
      scores.push(ndcgAt(10, ranked, judged));
    }
    const mean = scores.reduce((sum, score) => sum + score, 0) / scores.length;
    console.log(
      `Held-out concept queries (${set.batch}): ${scores.length}, mean nDCG@10 ${mean.toFixed(3)} ` +
        `(target ≥ ${CONCEPT_TARGET}); ${scores.filter((score) => score === 0).length} score 0`,
    );
    expect(mean).toBeGreaterThanOrEqual(set.conceptGate);
    // Held out: no per-query figures are read, but no more queries may miss entirely than today.
    expect(scores.filter((score) => score === 0).length).toBeLessThanOrEqual(set.conceptZeros);
  });

  /** Other-language recall@20 of each query, capped at the 20 places there are. */
  const crossLingualRecalls = async (judgments: (Judgment & { crossLanguage: string })[]) => {
    const recalls: { id: string; query: string; recall: number }[] = [];
    for (const judgment of judgments) {
      const { hits } = await gradesOf(judgment, 20);
      const isRelevant = (record: CaseRecord) =>
        record.language === judgment.crossLanguage && gradeOf(judgment, record) > 0;
      const relevant = [...records.values()].filter(isRelevant).length;
      recalls.push({
        id: judgment.id,
        query: judgment.query,
        recall: hits.filter(isRelevant).length / Math.min(20, relevant),
      });
    }
    return { recalls, mean: recalls.reduce((sum, row) => sum + row.recall, 0) / recalls.length };
  };

  it(`finds the other language's cases of a theme: development recall@20 ≥ ${CROSS_LINGUAL_DEVELOPMENT_FLOOR}`, async () => {
    const { recalls, mean } = await crossLingualRecalls(CROSS_LINGUAL_DEVELOPMENT);
    console.log(
      [
        'Development cross-lingual queries (other-language recall@20):',
        ...recalls.map((row) => `  ${row.recall.toFixed(3)}  ${row.id.padEnd(12)} ${row.query}`),
        `  mean ${mean.toFixed(3)}`,
      ].join('\n'),
    );
    expect(mean).toBeGreaterThanOrEqual(CROSS_LINGUAL_DEVELOPMENT_FLOOR);
    expect(Object.keys(CROSS_LINGUAL_DEVELOPMENT_QUERY_FLOORS).sort()).toEqual(recalls.map((row) => row.id).sort());
    const fallen = recalls.filter((row) => row.recall < CROSS_LINGUAL_DEVELOPMENT_QUERY_FLOORS[row.id]);
    expect(fallen.map((row) => `${row.id} ${row.recall.toFixed(3)}`)).toEqual([]);
  });

  it.each(HELD_OUT)("finds the other language's cases of a theme: $batch", async (set) => {
    const { recalls, mean } = await crossLingualRecalls(set.crossLingual);
    console.log(
      `Held-out cross-lingual queries (${set.batch}): ${recalls.length}, mean other-language recall@20 ` +
        `${mean.toFixed(3)} (target ≥ ${CROSS_LINGUAL_TARGET})`,
    );
    expect(mean).toBeGreaterThanOrEqual(set.crossLingualGate);
  });

  it.each([
    ['debt bondage', 'means', 'debt_bondage'],
    ['долговая кабала', 'means', 'debt_bondage'],
    ['forced labor', 'exploitationPurposes', 'forced_labour'],
    ['принудительный труд', 'exploitationPurposes', 'forced_labour'],
  ] as const)('«%s» finds every case carrying %s %s, and says so', async (q, field, value) => {
    const carriers = [...records.values()].filter((record) => (record[field] as string[]).includes(value));
    const response = await reviewer.get('/search').query({ q, size: '100' });
    const result = response.body as SearchResult;
    expect(result.interpretation).toEqual([expect.objectContaining({ text: q, field, value })]);
    expect(result.total).toBeGreaterThanOrEqual(carriers.length);
    const carrying = new Set(carriers.map((record) => record.reference));
    // Every case carrying it is a hit: asked with the concept's own filter, none is missing.
    const filterName = { means: 'means', exploitationPurposes: 'exploitationPurpose' }[field];
    const within = await reviewer.get('/search').query({ q, filter: JSON.stringify({ [filterName]: [value] }) });
    expect(within.body.total).toBe(carriers.length);
    // And they lead: the literal matches among them first, then cases only using the words.
    expect(result.hits.slice(0, 10).filter((hit) => carrying.has(hit.reference)).length).toBeGreaterThanOrEqual(8);
    // Read as words only, it finds only what the words find.
    const literal = (await reviewer.get('/search').query({ q, interpret: 'false' })).body as SearchResult;
    expect(literal.interpretation).toEqual([]);
    expect(literal.total).toBeLessThan(result.total);
  });

  it('offers the concepts near a query that finds nothing, with their counts, and keeps the facets', async () => {
    const result = (await reviewer.get('/search').query({ q: 'bondage qqqzzz' })).body as SearchResult;
    expect(result.total).toBe(0);
    const carriers = [...records.values()].filter((record) => record.means.includes('debt_bondage')).length;
    expect(result.suggestions).toContainEqual({
      field: 'means',
      value: 'debt_bondage',
      filter: 'means',
      count: carriers,
    });
    expect(result.facets.jurisdiction!.reduce((sum, bucket) => sum + bucket.count, 0)).toBe(DEMO_COUNT);
  });

  it('computes nDCG by the book (a hand-worked example)', () => {
    // Ranked grades 2, 0, 1 against judged {2, 1}: DCG = 3/1 + 0 + 1/2 = 3.5; ideal = 3 + 1/log2(3).
    expect(ndcgAt(10, [2, 0, 1], [2, 1])).toBeCloseTo(3.5 / (3 + 1 / Math.log2(3)), 10);
    expect(ndcgAt(10, [0, 0], [2])).toBe(0);
    expect(ndcgAt(1, [1, 2], [2, 1])).toBeCloseTo(1 / 3, 10);
  });

  it(`keeps the mean nDCG@10 at or above ${TARGET}, and each query at or above its floor`, async () => {
    expect(JUDGMENTS.length).toBeGreaterThanOrEqual(30);
    const rows: { id: string; query: string; relevant: number; ndcg: number }[] = [];
    for (const judgment of JUDGMENTS) {
      const response = await reviewer.get('/search').query({ q: judgment.query, size: '10' });
      expect(response.status).toBe(200);
      const result = response.body as SearchResult;
      const ranked = result.hits.map((hit) => gradeOf(judgment, records.get(hit.reference)!));
      const judged = [...records.values()].map((record) => gradeOf(judgment, record)).filter((grade) => grade > 0);
      expect({ id: judgment.id, judged: judged.length > 0 }).toEqual({ id: judgment.id, judged: true });
      rows.push({ id: judgment.id, query: judgment.query, relevant: judged.length, ndcg: ndcgAt(10, ranked, judged) });
    }
    const mean = rows.reduce((sum, row) => sum + row.ndcg, 0) / rows.length;
    console.log(
      [
        `nDCG@10 of precedent search on ${rows.length} judged queries, ${DEMO_COUNT} demo cases:`,
        ...rows.map((row) => `  ${row.ndcg.toFixed(3)}  ${row.id.padEnd(34)} ${row.query} (${row.relevant} relevant)`),
        `  mean ${mean.toFixed(3)} (target ≥ ${TARGET})`,
      ].join('\n'),
    );
    expect(mean).toBeGreaterThanOrEqual(TARGET);
    expect(Object.keys(FLOORS).sort()).toEqual(rows.map((row) => row.id).sort());
    const fallen = rows.filter((row) => row.ndcg < FLOORS[row.id]).map((row) => `${row.id} ${row.ndcg.toFixed(3)}`);
    expect(fallen).toEqual([]);
  });
});

interface RealText {
  id: string;
  title: string;
  language: string;
  year: number | null;
  excerpt: string;
  fields: {
    jurisdiction: string | null;
    exploitationPurposes?: string[];
    means?: string[];
    acts?: string[];
    sectors?: string[];
    route: { origin?: string[]; transit?: string[]; destination?: string[] };
  };
}
interface RealTextQuery {
  id: string;
  query: string;
  grade2: string[];
  grade1: string[];
}
/**
 * Two held-out batches of real texts (their READMEs): batch 1 was written before the thesaurus
 * (issue 23 measured 0.12 on it before); its mean was read while choosing settings, so batch 2
 * was written, by someone else, before the concept names and the language blocks, to measure them.
 */
const REAL_TEXT_BATCHES = [
  { batch: 'search-heldout', gate: 0.8, zeros: 1 },
  { batch: 'search-heldout-real-2', gate: 0.74, zeros: 2 },
].map((set) => ({
  ...set,
  ...fixture<{ texts: RealText[]; queries: RealTextQuery[] }>(`${set.batch}/real-texts.json`),
}));

/** A real text as a case record: its excerpt as summary and facts, the fields judged from it. */
function realTextCase(text: RealText, index: number): CaseRecord {
  const route = { origin: [], transit: [], destination: [], ...text.fields.route } as CaseRecord['route'];
  const jurisdiction = text.fields.jurisdiction ?? route.destination[0] ?? route.origin[0] ?? 'KZ';
  return {
    ...briefCase(),
    reference: `${jurisdiction}-${text.year ?? 2020}-REAL-${index + 1}`,
    title: text.title,
    language: text.language,
    jurisdiction,
    region: null,
    court: { name: 'Not stated', level: 'first_instance' },
    status: 'published',
    summary: text.excerpt,
    facts: text.excerpt,
    acts: (text.fields.acts ?? []) as CaseRecord['acts'],
    means: (text.fields.means ?? []) as CaseRecord['means'],
    exploitationPurposes: (text.fields.exploitationPurposes ?? []) as CaseRecord['exploitationPurposes'],
    sectors: (text.fields.sectors ?? []) as CaseRecord['sectors'],
    route,
    timeline: Object.fromEntries(
      Object.keys(briefCase().timeline).map((event) => [event, null]),
    ) as CaseRecord['timeline'],
    appealOutcome: null,
    charges: [],
    defendants: [],
    victims: [],
    cooperation: { mlaRequests: [], jointInvestigationTeam: false, extraditions: [], interpolNotices: 0, agencies: [] },
    mentalHealthInvolvement: [],
    sources: [{ type: 'media_report', citation: text.title, url: null }],
    relatedCases: [],
    tags: ['real_text'],
  };
}

/**
 * Natural queries a prosecutor would type, against real public texts about trafficking cases
 * (court and prosecution news, ministry and embassy reports; anonymized excerpts with their
 * sources), judged by hand, across languages. Held out: only the mean is printed.
 */
describe.each(REAL_TEXT_BATCHES)('precedent search relevance on real texts (held out, nDCG@10): $batch', (set) => {
  let app: TestApp;
  let reviewer: AuthorizedClient;
  const referenceOf = new Map<string, string>();

  beforeAll(async () => {
    await resetDatabase();
    await deleteTestIndices();
    app = await startTestApp({ SEARCH_RELAY_INTERVAL_MS: '100' });
    reviewer = await app.as('reviewer');
    const admin = await app.as('admin');
    for (const statute of STATUTES) expect((await admin.post('/statutes').send(statute)).status).toBe(201);
    for (const [index, text] of set.texts.entries()) {
      const record = realTextCase(text, index);
      const response = await reviewer.post('/cases').send(record);
      expect({ text: text.id, status: response.status, problems: response.body.problems }).toEqual({
        text: text.id,
        status: 201,
        problems: undefined,
      });
      referenceOf.set(text.id, record.reference);
    }
    await waitForSearchIndex(120_000);
    await elasticsearch(`${TEST_INDEX_PREFIX}_cases/_forcemerge?max_num_segments=1`, undefined, 'POST');
    await elasticsearch(`${TEST_INDEX_PREFIX}_cases/_refresh`, undefined, 'POST');
  }, 300_000);

  afterAll(async () => {
    await app?.close();
  });

  it(`keeps the mean nDCG@10 at or above ${set.gate}`, async () => {
    const scores: number[] = [];
    for (const query of set.queries) {
      const gradeOfReference = (reference: string) => {
        const id = [...referenceOf].find(([, stored]) => stored === reference)?.[0];
        return id && query.grade2.includes(id) ? 2 : id && query.grade1.includes(id) ? 1 : 0;
      };
      const response = await reviewer.get('/search').query({ q: query.query, size: '10' });
      expect(response.status).toBe(200);
      const ranked = (response.body as SearchResult).hits.map((hit) => gradeOfReference(hit.reference));
      const judged = [...query.grade2.map(() => 2), ...query.grade1.map(() => 1)];
      scores.push(ndcgAt(10, ranked, judged));
    }
    const mean = scores.reduce((sum, score) => sum + score, 0) / scores.length;
    console.log(
      `Held-out real texts (${set.batch}): ${set.texts.length} texts, ${scores.length} queries, ` +
        `mean nDCG@10 ${mean.toFixed(3)}; ` +
        `${scores.filter((score) => score === 0).length} score 0`,
    );
    expect(mean).toBeGreaterThanOrEqual(set.gate);
    expect(scores.filter((score) => score === 0).length).toBeLessThanOrEqual(set.zeros);
  });
});
