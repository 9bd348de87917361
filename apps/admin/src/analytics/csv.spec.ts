import { csvCell, roundShare, SUPPRESSED, toCsv } from './csv';
import type { CsvColumn } from './csv';

interface Row {
  key: string;
  label: string;
  cases: number;
  convictionRate: number | null;
  small: boolean;
}

const COLUMNS: CsvColumn<Row>[] = [
  { header: 'Jurisdiction', value: (row) => row.key },
  { header: 'Name', value: (row) => row.label },
  { header: 'Cases', value: (row) => row.cases, figure: true },
  { header: 'Conviction rate', value: (row) => row.convictionRate, figure: true },
];

describe('toCsv', () => {
  it('writes a header line, then one line per row, with CRLF line ends', () => {
    const csv = toCsv(COLUMNS, [
      { key: 'KZ', label: 'Kazakhstan', cases: 42, convictionRate: 0.75, small: false },
      { key: 'UZ', label: 'Uzbekistan', cases: 17, convictionRate: null, small: false },
    ]);
    expect(csv).toBe('Jurisdiction,Name,Cases,Conviction rate\r\nKZ,Kazakhstan,42,0.75\r\nUZ,Uzbekistan,17,\r\n');
  });

  it("replaces a small row's figures by the suppression marker and keeps its labels", () => {
    const csv = toCsv(COLUMNS, [
      { key: 'KZ', label: 'Kazakhstan', cases: 42, convictionRate: 0.75, small: false },
      { key: 'TJ', label: 'Tajikistan', cases: 3, convictionRate: 0.5, small: true },
    ]);
    expect(csv).toBe(
      'Jurisdiction,Name,Cases,Conviction rate\r\nKZ,Kazakhstan,42,0.75\r\nTJ,Tajikistan,suppressed,suppressed\r\n',
    );
    expect(csv).not.toContain(',3,');
    expect(csv).not.toContain('0.5');
    expect(SUPPRESSED).toBe('suppressed');
  });

  it('writes the marker and the booleans in the words it is given, codes without them', () => {
    const columns: CsvColumn<Row & { life: boolean }>[] = [
      { header: 'Jurisdiction', value: (row) => row.key },
      { header: 'Life possible', value: (row) => row.life },
      { header: 'Cases', value: (row) => row.cases, figure: true },
    ];
    const rows = [
      { key: 'KZ', label: '', cases: 42, convictionRate: 0.75, small: false, life: true },
      { key: 'TJ', label: '', cases: 3, convictionRate: 0.5, small: true, life: false },
    ];
    expect(toCsv(columns, rows, { suppressed: 'скрыто (мало дел)', yes: 'да', no: 'нет' })).toBe(
      'Jurisdiction,Life possible,Cases\r\nKZ,да,42\r\nTJ,нет,скрыто (мало дел)\r\n',
    );
    expect(toCsv(columns, rows)).toBe('Jurisdiction,Life possible,Cases\r\nKZ,true,42\r\nTJ,false,suppressed\r\n');
  });

  it('suppresses a figure whose own cell is small, whatever its row says', () => {
    const columns: CsvColumn<Row & { victimsSmall: boolean; victims: number }>[] = [
      { header: 'Jurisdiction', value: (row) => row.key },
      { header: 'Cases', value: (row) => row.cases, figure: true },
      { header: 'Victims', value: (row) => row.victims, figure: true, smallIf: (row) => row.victimsSmall },
    ];
    const csv = toCsv(columns, [
      { key: 'KZ', label: '', cases: 12, convictionRate: null, small: false, victims: 4, victimsSmall: true },
    ]);
    expect(csv).toBe('Jurisdiction,Cases,Victims\r\nKZ,12,suppressed\r\n');
  });

  it('quotes values holding commas, quotes or line breaks, doubling the quotes', () => {
    const csv = toCsv(COLUMNS, [
      { key: 'KZ', label: 'Article 128, part 3 ("aggravated")', cases: 6, convictionRate: 1, small: false },
      { key: 'UZ', label: 'two\nlines', cases: 5, convictionRate: 0, small: false },
    ]);
    expect(csv).toBe(
      'Jurisdiction,Name,Cases,Conviction rate\r\n' +
        'KZ,"Article 128, part 3 (""aggravated"")",6,1\r\n' +
        'UZ,"two\nlines",5,0\r\n',
    );
  });
});

describe('csvCell', () => {
  it('leaves empty what is unknown', () => {
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
    expect(csvCell(Number.NaN)).toBe('');
  });

  it('keeps a spreadsheet from running text as a formula, but not negative numbers', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('-trafficking')).toBe("'-trafficking");
    expect(csvCell(-3)).toBe('-3');
  });

  it('quotes text with leading or trailing spaces, so they survive', () => {
    expect(csvCell(' Almaty')).toBe('" Almaty"');
  });
});

describe('roundShare', () => {
  it('rounds to four decimals and keeps null', () => {
    expect(roundShare(2 / 3)).toBe(0.6667);
    expect(roundShare(null)).toBeNull();
  });
});
