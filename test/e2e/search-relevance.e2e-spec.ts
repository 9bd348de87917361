import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateCases } from '../../libs/demo/src';
import type { CaseRecord } from '../../libs/contracts/src';
import type { SearchResponse as SearchResult } from '../../libs/contracts/src';
import { AuthorizedClient } from '../support/accounts';
import { runCli } from '../support/cli';
import { resetDatabase } from '../support/database';
import { deleteTestIndices, waitForSearchIndex } from '../support/search';
import { startTestApp, TestApp } from '../support/test-app';

type Conditions = Partial<
  Record<'exploitationPurposes' | 'sectors' | 'destination' | 'routeCountry' | 'region', string[]>
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

const JUDGMENTS = (
  JSON.parse(readFileSync(join(__dirname, '../fixtures/search-judgments.json'), 'utf8')) as { queries: Judgment[] }
).queries;
const DEMO_COUNT = 300;
/** Just under the mean measured on 2026-12-04 (0.942): a change for the worse shows. */
const TARGET = 0.93;
/**
 * Per query, just under what it scored on 2026-12-04 (0.05 below), so that a mean held up by the
 * others cannot hide one query getting worse. `uz-fergana-latin` scores 0 today: a known miss.
 */
const FLOORS: Record<string, number> = {
  'ru-labour-russia': 0.95,
  'ru-sexual-turkey': 0.95,
  'ru-sexual-uae': 0.95,
  'ru-sexual-korea': 0.9,
  'ru-labour-kazakhstan-construction': 0.75,
  'ru-labour-farm': 0.95,
  'ru-begging': 0.95,
  'ru-domestic': 0.95,
  'ru-criminality': 0.95,
  'ru-labour-russia-moscow': 0.84,
  'en-labour-russia': 0.93,
  'en-sexual-turkey': 0.95,
  'en-sexual-uae': 0.95,
  'en-domestic': 0.95,
  'en-begging': 0.95,
  'en-construction': 0.75,
  'en-farm': 0.95,
  'en-korea': 0.95,
  'kk-shymkent-cyrillic': 0.95,
  'kk-shymkent-latin': 0.95,
  'kk-almaty-cyrillic': 0.95,
  'kk-almaty-latin': 0.95,
  'kk-karaganda-latin': 0.95,
  'kk-mangystau-cyrillic': 0.95,
  'uz-tashkent-latin': 0.82,
  'uz-tashkent-cyrillic': 0.82,
  'uz-samarkand-latin': 0.95,
  'uz-samarkand-cyrillic': 0.95,
  'uz-andijan-latin': 0.95,
  'uz-andijan-cyrillic': 0.95,
  'uz-fergana-latin': 0.0,
  'uz-kashkadarya-latin': 0.95,
  'ky-osh': 0.8,
  'tg-dushanbe': 0.95,
};

/** What a field holds in a record, for the judgments' conditions. */
const FIELD_VALUES: Record<keyof Conditions, (record: CaseRecord) => string[]> = {
  exploitationPurposes: (record) => record.exploitationPurposes,
  sectors: (record) => record.sectors,
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
  }, 300_000);

  afterAll(async () => {
    await app?.close();
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
