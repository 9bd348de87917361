import type { Distribution } from '@caseatlas/contracts';

/**
 * Exact order statistics from a histogram of values (Elasticsearch `histogram` with
 * interval 1, or `terms` for fractions: every distinct value and how often it occurs), by the method of PostgreSQL's
 * `percentile_cont`: the value at position p·(n − 1) of the sorted values, interpolated
 * linearly between its neighbours. Pure.
 */
export type Histogram = readonly (readonly [value: number, count: number])[];

export function percentileCont(histogram: Histogram, p: number): number | null {
  return percentileOfSorted(sortedValues(histogram), p);
}

/** The values that occur, in order: sorted once for the several percentiles of a distribution. */
function sortedValues(histogram: Histogram): { sorted: Histogram; n: number } {
  const sorted = [...histogram].filter(([, count]) => count > 0).sort(([a], [b]) => a - b);
  return { sorted, n: sorted.reduce((sum, [, count]) => sum + count, 0) };
}

function percentileOfSorted({ sorted, n }: { sorted: Histogram; n: number }, p: number): number | null {
  if (n === 0) return null;
  const position = p * (n - 1);
  const valueAt = (index: number) => {
    let seen = 0;
    for (const [value, count] of sorted) {
      seen += count;
      if (index < seen) return value;
    }
    return sorted[sorted.length - 1][0];
  };
  const lower = valueAt(Math.floor(position));
  const upper = valueAt(Math.ceil(position));
  return lower + (upper - lower) * (position - Math.floor(position));
}

export function distributionOf(histogram: Histogram): Distribution {
  const values = sortedValues(histogram);
  const total = values.sorted.reduce((sum, [value, times]) => sum + value * times, 0);
  return {
    median: percentileOfSorted(values, 0.5),
    p25: percentileOfSorted(values, 0.25),
    p75: percentileOfSorted(values, 0.75),
    mean: values.n ? total / values.n : null,
    count: values.n,
  };
}

/** A share, or null when there is nothing to divide by (never 0/0 = 0). */
export const shareOf = (part: number, whole: number): number | null => (whole === 0 ? null : part / whole);
