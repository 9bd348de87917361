import { kAnonymize, QuasiIdentifiers } from './k-anonymity';

const person = (overrides: Partial<QuasiIdentifiers>, id: number) => ({
  id,
  identifiers: { jurisdiction: 'KZ', year: '2019', sex: 'female', ageBand: '18-24', nationality: 'KZ', ...overrides },
});
const keys = (rows: { identifiers: QuasiIdentifiers }[]) =>
  rows.map(({ identifiers }) => Object.values(identifiers).join('|'));

function everyGroupHasAtLeast(rows: { identifiers: QuasiIdentifiers }[], k: number) {
  const counts = new Map<string, number>();
  for (const key of keys(rows)) counts.set(key, (counts.get(key) ?? 0) + 1);
  return [...counts.values()].every((count) => count >= k);
}

describe('kAnonymize', () => {
  it('releases groups of k or more unchanged', () => {
    const rows = [1, 2, 3].map((id) => person({}, id));
    const { rows: released, report } = kAnonymize(rows, 3);
    expect(released).toEqual(rows);
    expect(report).toEqual({
      k: 3,
      rows: 3,
      released: 3,
      generalised: { periodAndAgeGroup: 0, nationalityAsNationalOrForeign: 0 },
      suppressed: 0,
    });
  });

  it('generalises small groups to 5-year periods and coarse age groups, then national/foreign', () => {
    const rows = [
      person({ year: '2016', ageBand: '18-24' }, 1),
      person({ year: '2017', ageBand: '25-34' }, 2),
      person({ year: '2019', ageBand: '18-24', nationality: 'UZ' }, 3),
      person({ year: '2018', ageBand: '25-34', nationality: 'KG' }, 4),
    ];
    const { rows: released, report } = kAnonymize(rows, 2);
    expect(keys(released).sort()).toEqual([
      'KZ|2015-2019|female|18-34|KZ',
      'KZ|2015-2019|female|18-34|KZ',
      'KZ|2015-2019|female|18-34|foreign',
      'KZ|2015-2019|female|18-34|foreign',
    ]);
    expect(report.generalised).toEqual({ periodAndAgeGroup: 2, nationalityAsNationalOrForeign: 2 });
    expect(report.suppressed).toBe(0);
  });

  it('suppresses what no generalisation can hide, and every released group has at least k rows', () => {
    const rows = [...[1, 2, 3, 4, 5].map((id) => person({}, id)), person({ jurisdiction: 'TJ', sex: 'male' }, 6)];
    const { rows: released, report } = kAnonymize(rows, 5);
    expect(released.map((row) => row.id)).toEqual([1, 2, 3, 4, 5]);
    expect(report.suppressed).toBe(1);
    expect(everyGroupHasAtLeast(released, 5)).toBe(true);
  });

  it('refuses a k below 1', () => {
    expect(() => kAnonymize([], 0)).toThrow(RangeError);
  });
});
