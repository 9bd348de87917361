import { distributionOf, percentileCont, shareOf } from './percentiles';

describe('percentileCont (the method of PostgreSQL percentile_cont), worked by hand', () => {
  it('interpolates between the two values around p·(n − 1)', () => {
    // Values 12, 24, 24, 60: positions 0..3.
    const histogram = [
      [60, 1],
      [12, 1],
      [24, 2],
    ] as const;
    expect(percentileCont(histogram, 0.5)).toBe(24); // position 1.5, between 24 and 24
    expect(percentileCont(histogram, 0.25)).toBe(21); // position 0.75: 12 + 0.75 × 12
    expect(percentileCont(histogram, 0.75)).toBe(33); // position 2.25: 24 + 0.25 × 36
    expect(percentileCont(histogram, 0)).toBe(12);
    expect(percentileCont(histogram, 1)).toBe(60);
  });

  it('is the value itself for one value, and null for none', () => {
    expect(percentileCont([[96, 1]], 0.25)).toBe(96);
    expect(percentileCont([], 0.5)).toBeNull();
  });

  it('summarises a distribution with its mean and count', () => {
    expect(
      distributionOf([
        [12, 1],
        [24, 2],
        [60, 1],
      ]),
    ).toEqual({ median: 24, p25: 21, p75: 33, mean: 30, count: 4 });
    expect(distributionOf([])).toEqual({ median: null, p25: null, p75: null, mean: null, count: 0 });
  });

  it('divides by nothing as null, not zero', () => {
    expect(shareOf(0, 0)).toBeNull();
    expect(shareOf(1, 4)).toBe(0.25);
  });
});
