/** A download's name says what and when: `conviction-rate-2026-12-05` (the user's local date). */
export const datedName = (what: string, now = new Date()): string =>
  `${what}-${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;

/**
 * The UTF-8 byte-order mark: first in a CSV file, it tells a spreadsheet the file is UTF-8;
 * without it the file is read in the system's legacy code page and Cyrillic names turn to mojibake.
 */
export const SPREADSHEET_MARK = '\uFEFF';

/** A downloaded CSV file with the mark first (added once); other files as they are. */
export async function withSpreadsheetMark(file: Blob): Promise<Blob> {
  if (!/csv/i.test(file.type)) return file;
  const head = new Uint8Array(await file.slice(0, 3).arrayBuffer());
  const marked = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf;
  return marked ? file : new Blob([SPREADSHEET_MARK, file], { type: file.type });
}

/** Saves a blob (or a data URL) under `filename` the way a link to a file would. */
export function saveFile(file: Blob | string, filename: string) {
  const url = typeof file === 'string' ? file : URL.createObjectURL(file);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Some browsers read the URL after click() returns.
  if (typeof file !== 'string') setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** The file name a download is offered under: RFC 6266 `filename*` (percent-encoded UTF-8) first. */
export function filenameOf(disposition: string | null, fallback: string): string {
  const encoded = disposition?.match(/filename\*=UTF-8''([^;]+)/i)?.[1]?.replace(/^"|"$/g, '');
  if (encoded) {
    try {
      return decodeURIComponent(encoded);
    } catch {
      // A malformed escape: the plain name below will do.
    }
  }
  return disposition?.match(/filename="?([^";]+)"?/i)?.[1] ?? fallback;
}
