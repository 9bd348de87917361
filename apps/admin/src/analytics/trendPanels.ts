import type { TrendsResponse } from '@caseatlas/contracts';

export type TrendRow = TrendsResponse['rows'][number];

/** What a trend can show, and how a year's row gives it (a rate in percent, for the axis). */
export const TREND_METRICS = {
  cases: (row: TrendRow) => row.cases,
  conviction_rate: (row: TrendRow) => (row.convictionRate === null ? null : Math.round(row.convictionRate * 1000) / 10),
  median_sentence: (row: TrendRow) => row.sentenceMonths.median,
} as const;
export type TrendMetric = keyof typeof TREND_METRICS;

/** More small charts than this do not fit a screen: the jurisdictions with most cases are drawn. */
export const MAX_PANELS = 6;

export interface TrendPoint {
  year: number;
  value: number | null;
  small: boolean;
  cases: number;
}

export interface TrendPanel {
  jurisdiction: string;
  cases: number;
  /** Every year of the answer, so the panels share one time axis; a year without cases has no value. */
  points: TrendPoint[];
}

/**
 * Pure: one small chart per jurisdiction (those with most cases first, `MAX_PANELS` at most),
 * every panel over the same years, and the top of the value axis they share, so panels compare
 * at a glance without lines tangling. A rate always spans 0–100 %; other figures go to the
 * largest value drawn, rounded up to a step that reads well.
 */
export function trendPanels(
  rows: readonly TrendRow[],
  metric: TrendMetric,
  maxPanels = MAX_PANELS,
): { panels: TrendPanel[]; years: number[]; top: number } {
  const totals = new Map<string, number>();
  for (const row of rows) totals.set(row.jurisdiction, (totals.get(row.jurisdiction) ?? 0) + row.cases);
  const jurisdictions = [...totals.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, maxPanels);
  const years = [...new Set(rows.map((row) => row.year))].sort((a, b) => a - b);
  const panels = jurisdictions.map(([jurisdiction, cases]) => ({
    jurisdiction,
    cases,
    points: years.map((year) => {
      const row = rows.find((candidate) => candidate.jurisdiction === jurisdiction && candidate.year === year);
      return row
        ? { year, value: TREND_METRICS[metric](row), small: row.small, cases: row.cases }
        : { year, value: null, small: false, cases: 0 };
    }),
  }));
  const largest = Math.max(0, ...panels.flatMap((panel) => panel.points.map((point) => point.value ?? 0)));
  return { panels, years, top: metric === 'conviction_rate' ? 100 : niceCeiling(largest) };
}

/** Pure: the smallest 1, 2 or 5 times a power of ten that is at least `value` (at least 1). */
export function niceCeiling(value: number): number {
  if (value <= 1) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  const step = [1, 2, 5, 10].find((factor) => factor * power >= value) ?? 10;
  return step * power;
}
