import { facetRows, foldForMatch } from './facetList';

const buckets = ['debt_bondage', 'passport_retention', 'threats', 'violence', 'deception', 'isolation', 'drugs'].map(
  (value, index) => ({ value, count: 10 - index }),
);
const labels: Record<string, string> = {
  debt_bondage: 'Debt bondage',
  passport_retention: 'Retention of identity documents',
  threats: 'Threats',
  violence: 'Violence',
  deception: 'Deception',
  isolation: 'Isolation',
  drugs: 'Drugs',
};
const labelOf = ({ value }: { value: string }) => labels[value];
const none = () => false;
const values = (rows: { shown: { value: string }[] }) => rows.shown.map((bucket) => bucket.value);

describe('facetRows', () => {
  it('lists the first values and says how many more there are', () => {
    const rows = facetRows(buckets, { labelOf, isChecked: none, limit: 3 });
    expect(values(rows)).toEqual(['debt_bondage', 'passport_retention', 'threats']);
    expect(rows.hidden).toBe(4);
    expect(rows.matching).toBe(7);
  });

  it('lists all when expanded', () => {
    const rows = facetRows(buckets, { labelOf, isChecked: none, limit: 3, expanded: true });
    expect(rows.shown).toHaveLength(7);
    expect(rows.hidden).toBe(0);
  });

  it('always lists a ticked value, in its place', () => {
    const rows = facetRows(buckets, { labelOf, isChecked: ({ value }) => value === 'drugs', limit: 2 });
    expect(values(rows)).toEqual(['debt_bondage', 'passport_retention', 'drugs']);
    expect(rows.hidden).toBe(4);
  });

  it('finds values by their label or their raw value, whatever the case', () => {
    expect(values(facetRows(buckets, { labelOf, isChecked: none, find: 'IDENTITY', limit: 2 }))).toEqual([
      'passport_retention',
    ]);
    expect(values(facetRows(buckets, { labelOf, isChecked: none, find: 'debt_', limit: 2 }))).toEqual(['debt_bondage']);
  });

  it('lists every match of a find, beyond the short list, and keeps ticked values', () => {
    const rows = facetRows(buckets, { labelOf, isChecked: ({ value }) => value === 'threats', find: 'ion', limit: 1 });
    expect(values(rows)).toEqual(['passport_retention', 'threats', 'deception', 'isolation']);
    expect(rows.hidden).toBe(0);
  });

  it('finds nothing for a text no value has', () => {
    const rows = facetRows(buckets, { labelOf, isChecked: none, find: 'zzz' });
    expect(rows).toEqual({ shown: [], matching: 0, hidden: 0 });
  });
});

describe('foldForMatch', () => {
  it('ignores case, accents, ё and extra spaces', () => {
    expect(foldForMatch('  Türkiye ')).toBe('turkiye');
    expect(foldForMatch('Изъятие  ДОКУМЕНТОВ')).toBe('изъятие документов');
    expect(foldForMatch('Объём')).toBe('объем');
  });
});
