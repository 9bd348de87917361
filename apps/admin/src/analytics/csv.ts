/**
 * Pure (no React, no react-admin): the CSV of a chart's figures. Small cells (fewer cases than
 * the API's small-cell threshold) are shown greyed in the screens but never leave them: in an
 * export their figures are replaced by SUPPRESSED, so a file passed on cannot single out the
 * few cases (and victims) behind a figure.
 */

/** What stands in an export for a figure of a small cell. */
export const SUPPRESSED = 'suppressed';

export type CsvValue = string | number | boolean | null | undefined;

/** The words a file is written with: the marker of a suppressed figure and the two booleans. */
export interface CsvWords {
  suppressed: string;
  yes: string;
  no: string;
}
/** For programs: the codes. The screens export in the reader's language (useCsvWords). */
export const CODES: CsvWords = { suppressed: SUPPRESSED, yes: 'true', no: 'false' };

export interface CsvColumn<Row> {
  header: string;
  value: (row: Row) => CsvValue;
  /** A figure about the cases (a count, rate or statistic): suppressed in small rows. Labels are not. */
  figure?: boolean;
  /**
   * When the figure's own cell is small rather than its row (compare: a column's victims or
   * cooperation figures each say whether they are small).
   */
  smallIf?: (row: Row) => boolean;
}

/** A row knows whether it is a small cell; the API says so on every row and cell. */
export interface CsvRow {
  small: boolean;
}

// Spreadsheets run a cell starting with one of these as a formula: anonymized free text (a
// statute's title, a saved search's name) could start so, so text gets a leading apostrophe.
const FORMULA_START = /^[=+\-@\t\r]/;

const isSmall = (row: CsvRow) => row.small;

/** One cell as RFC 4180 wants it: quoted when it holds a comma, quote or line break. */
export function csvCell(value: CsvValue, words: CsvWords = CODES): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? words.yes : words.no;
  let text = String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The header line, then one line per row, with CRLF line ends (RFC 4180). */
export function toCsv<Row extends CsvRow>(
  columns: readonly CsvColumn<Row>[],
  rows: readonly Row[],
  words: CsvWords = CODES,
): string {
  const lines = [
    columns.map((column) => csvCell(column.header)),
    ...rows.map((row) =>
      columns.map((column) =>
        column.figure && (column.smallIf ?? isSmall)(row)
          ? csvCell(words.suppressed)
          : csvCell(column.value(row), words),
      ),
    ),
  ];
  return lines.map((cells) => cells.join(',')).join('\r\n') + '\r\n';
}

/** A share (0..1) rounded for a file: four decimals say more than the data can. */
export const roundShare = (share: number | null | undefined): number | null =>
  share === null || share === undefined ? null : Math.round(share * 10_000) / 10_000;
