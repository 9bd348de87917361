import { filenameOf, datedName, withSpreadsheetMark } from './saveFile';

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

describe('withSpreadsheetMark', () => {
  const bytes = async (blob: Blob) => [...new Uint8Array(await blob.arrayBuffer())];

  it('puts the UTF-8 byte-order mark before a CSV file once, and leaves other files alone', async () => {
    const csv = new Blob(['Номер,Статус\r\n'], { type: 'text/csv; charset=utf-8' });
    const marked = await withSpreadsheetMark(csv);
    expect((await bytes(marked)).slice(0, 3)).toEqual([0xef, 0xbb, 0xbf]);
    // text() reads past the mark, as a spreadsheet does.
    expect(await marked.text()).toBe('Номер,Статус\r\n');
    expect(await bytes(await withSpreadsheetMark(marked))).toEqual(await bytes(marked));
    const json = new Blob(['{}'], { type: 'application/ld+json' });
    expect(await withSpreadsheetMark(json)).toBe(json);
  });
});
