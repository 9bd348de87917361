/** A download's name says what and when: `conviction-rate-2026-12-05` (the user's local date). */
export const datedName = (what: string, now = new Date()): string =>
  `${what}-${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;

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
