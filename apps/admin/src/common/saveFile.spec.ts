import { filenameOf, datedName } from './saveFile';

describe('filenameOf', () => {
  it('reads a plain file name', () => {
    expect(filenameOf('attachment; filename="annotations-KZ-2019-ALM-0042-2026-12-04.csv"', 'x.csv')).toBe(
      'annotations-KZ-2019-ALM-0042-2026-12-04.csv',
    );
  });

  it('prefers the encoded name, decoded, to its ASCII stand-in', () => {
    expect(
      filenameOf(
        'attachment; filename="annotations-2026-12-04.csv"; filename*=UTF-8\'\'annotations-%D0%B3%D1%80%D1%83%D0%BF%D0%BF%D0%B0-2026-12-04.csv',
        'x.csv',
      ),
    ).toBe('annotations-группа-2026-12-04.csv');
  });

  it('falls back to the plain name on a malformed escape, and to the given name without a header', () => {
    expect(filenameOf('attachment; filename="plain.csv"; filename*=UTF-8\'\'bad%E0.csv', 'x.csv')).toBe('plain.csv');
    expect(filenameOf(null, 'annotations.csv')).toBe('annotations.csv');
  });
});

describe('datedName', () => {
  it('says what and when, in the local date', () => {
    expect(datedName('cases', new Date(2026, 0, 5, 23, 59))).toBe('cases-2026-01-05');
    expect(datedName('compare-KZ-UZ', new Date(2026, 11, 31, 0, 1))).toBe('compare-KZ-UZ-2026-12-31');
  });
});
