import { countAtResolution, kAnonymize, QuasiIdentifiers, sentenceBand } from './k-anonymity';

const person = (overrides: Partial<QuasiIdentifiers>, id: number, sensitive: string[] = []) => ({
  id,
  identifiers: {
    kind: 'defendant',
    jurisdiction: 'KZ',
    year: '2019',
    sex: 'female',
    ageBand: '18-24',
    nationality: 'KZ',
    ...overrides,
  },
  sensitive,
});
const keys = (rows: { identifiers: QuasiIdentifiers }[]) =>
  rows.map(({ identifiers }) => Object.values(identifiers).join('|'));

function everyClassHasAtLeast(rows: { identifiers: QuasiIdentifiers }[], k: number) {
  const counts = new Map<string, number>();
  for (const key of keys(rows)) counts.set(key, (counts.get(key) ?? 0) + 1);
  return [...counts.values()].every((count) => count >= k);
}

describe('kAnonymize', () => {
  it('releases classes of k or more unchanged', () => {
    const rows = [1, 2, 3].map((id) => person({}, id));
    const { rows: released, report } = kAnonymize(rows, 3);
    expect(released).toEqual(rows);
    expect(report).toEqual({
      k: 3,
      l: 1,
      rows: 3,
      released: 3,
      generalised: { periodAndAgeGroup: 0, nationalityAsNationalOrForeign: 0 },
      suppressed: 0,
      suppressedAsTooFew: 0,
      suppressedAsNotDiverse: 0,
    });
  });

  it('generalises small classes to 5-year periods and coarse age groups, then national/foreign', () => {
    const rows = [
      person({ year: '2016', ageBand: '18-24' }, 1),
      person({ year: '2017', ageBand: '25-34' }, 2),
      person({ year: '2019', ageBand: '18-24', nationality: 'UZ' }, 3),
      person({ year: '2018', ageBand: '25-34', nationality: 'KG' }, 4),
    ];
    const { rows: released, report } = kAnonymize(rows, 2);
    expect(keys(released).sort()).toEqual([
      'defendant|KZ|2015-2019|female|18-34|KZ',
      'defendant|KZ|2015-2019|female|18-34|KZ',
      'defendant|KZ|2015-2019|female|18-34|foreign',
      'defendant|KZ|2015-2019|female|18-34|foreign',
    ]);
    expect(report.generalised).toEqual({ periodAndAgeGroup: 2, nationalityAsNationalOrForeign: 2 });
    expect(report.suppressed).toBe(0);
  });

  it('suppresses what no generalisation can hide, and every released class has at least k rows', () => {
    const rows = [...[1, 2, 3, 4, 5].map((id) => person({}, id)), person({ jurisdiction: 'TJ', sex: 'male' }, 6)];
    const { rows: released, report } = kAnonymize(rows, 5);
    expect(released.map((row) => row.id)).toEqual([1, 2, 3, 4, 5]);
    expect(report).toMatchObject({ suppressed: 1, suppressedAsTooFew: 1, suppressedAsNotDiverse: 0 });
    expect(everyClassHasAtLeast(released, 5)).toBe(true);
  });

  it('counts a defendant and a victim group with the same identifiers in different classes', () => {
    const rows = [
      person({}, 1),
      person({}, 2),
      person({ kind: 'victims' }, 3),
      person({ kind: 'victims' }, 4),
      person({ kind: 'victims' }, 5),
    ];
    const { rows: released, report } = kAnonymize(rows, 3);
    // Five rows share jurisdiction, year, sex, age band and nationality, but only three are victim groups.
    expect(released.map((row) => row.id)).toEqual([3, 4, 5]);
    expect(report.suppressedAsTooFew).toBe(2);
  });

  it('generalises or suppresses a class whose members share one verdict or one sentence band', () => {
    const convicted = (id: number, band: string, overrides: Partial<QuasiIdentifiers> = {}) =>
      person(overrides, id, ['convicted', band]);
    const rows = [
      // 2019: two verdicts, but one sentence band: not released as a 2019 class.
      person({}, 1, ['convicted', 'up to 3 years']),
      person({}, 2, ['acquitted', 'up to 3 years']),
      // 2017: two bands but one verdict; together with 2019 the 2015-2019 class has two of each.
      convicted(3, '3-8 years', { year: '2017' }),
      convicted(4, 'up to 3 years', { year: '2017' }),
      // 2012: only ever convicted, with two bands: suppressed at every step.
      convicted(5, 'up to 3 years', { year: '2012' }),
      convicted(6, '8-15 years', { year: '2012' }),
    ];
    const { rows: released, report } = kAnonymize(rows, 2, 2);
    expect(released.map((row) => row.id).sort()).toEqual([1, 2, 3, 4]);
    expect(keys(released)).toEqual(Array(4).fill('defendant|KZ|2015-2019|female|18-34|KZ'));
    expect(report).toMatchObject({ suppressed: 2, suppressedAsTooFew: 0, suppressedAsNotDiverse: 2 });
  });

  it('refuses a k below 1 and an l outside 1..k', () => {
    expect(() => kAnonymize([], 0)).toThrow(RangeError);
    expect(() => kAnonymize([], 3, 0)).toThrow(RangeError);
    expect(() => kAnonymize([], 3, 4)).toThrow(RangeError);
  });
});

describe('sentenceBand', () => {
  it.each([
    [null, 'no custodial term'],
    [0, 'no custodial term'],
    [36, 'up to 3 years'],
    [37, '3-8 years'],
    [96, '3-8 years'],
    [180, '8-15 years'],
    [181, 'over 15 years'],
  ])('puts %p months in %p', (months, band) => expect(sentenceBand(months)).toBe(band));
});

describe('countAtResolution', () => {
  it.each([
    [null, 10, ''],
    [0, 10, '<10'],
    [9, 10, '<10'],
    [10, 10, '10-19'],
    [27, 10, '20-29'],
    [3, 1, '3'],
  ])('writes %p at resolution %p as %p', (count, resolution, written) =>
    expect(countAtResolution(count, resolution)).toBe(written),
  );
});
