import { niceCeiling, trendPanels } from './trendPanels';
import type { TrendRow } from './trendPanels';

const row = (jurisdiction: string, year: number, cases: number, convictionRate: number | null, small = false) =>
  ({
    key: `${jurisdiction}/${year}`,
    jurisdiction,
    year,
    cases,
    convictionRate,
    small,
    sentenceMonths: { median: cases * 10 },
  }) as unknown as TrendRow;

describe('trendPanels', () => {
  const rows = [
    row('UZ', 2019, 10, 0.5),
    row('KZ', 2019, 30, 0.8),
    row('KZ', 2020, 2, 1, true),
    row('KG', 2021, 1, 0, true),
  ];

  it('draws a panel per jurisdiction, most cases first, over every year of the answer', () => {
    const { panels, years } = trendPanels(rows, 'conviction_rate');
    expect(years).toEqual([2019, 2020, 2021]);
    expect(panels.map((panel) => panel.jurisdiction)).toEqual(['KZ', 'UZ', 'KG']);
    expect(panels[0].points).toEqual([
      { year: 2019, value: 80, small: false, cases: 30 },
      { year: 2020, value: 100, small: true, cases: 2 },
      { year: 2021, value: null, small: false, cases: 0 },
    ]);
  });

  it('keeps a rate on 0–100 %', () => {
    expect(trendPanels(rows, 'conviction_rate').top).toBe(100);
  });

  it('shares one readable top for counts and months', () => {
    expect(trendPanels(rows, 'cases').top).toBe(50);
    expect(trendPanels(rows, 'median_sentence').top).toBe(500);
  });

  it('draws at most the panels asked for', () => {
    expect(trendPanels(rows, 'cases', 2).panels.map((panel) => panel.jurisdiction)).toEqual(['KZ', 'UZ']);
  });
});

describe('niceCeiling', () => {
  it('rounds up to 1, 2 or 5 times a power of ten', () => {
    expect(niceCeiling(0)).toBe(1);
    expect(niceCeiling(7)).toBe(10);
    expect(niceCeiling(13)).toBe(20);
    expect(niceCeiling(200)).toBe(200);
    expect(niceCeiling(201)).toBe(500);
  });
});
