import { anonymizeTexts } from '@caseatlas/anonymizer';

/** Field and filter names are identifiers; anything else (free text posing as a key) is not kept. */
const NAME = /^[A-Za-z][A-Za-z0-9_]{0,59}$/;
const MAX_NAMES = 40;
const MAX_VALUES = 20;
const MAX_TEXT = 200;

/**
 * Pure: a caller-typed value made safe to keep — control characters removed (PostgreSQL's
 * jsonb refuses NUL), cut to 200 characters, and passed through the anonymizer like any free
 * text, so a name typed into any filter is replaced by its placeholder.
 */
export function auditedText(value: string): string {
  // eslint-disable-next-line no-control-regex
  const printable = value.replace(/[\u0000-\u001f\u007f]/g, ' ').slice(0, MAX_TEXT);
  return anonymizeTexts({ text: printable }).texts.text;
}

/**
 * Pure: what the audit keeps of a list or search request's filter: identifier-like names only,
 * every text value anonymized, numbers and flags as sent.
 */
export function auditedFilter(filter: Record<string, unknown>): Record<string, unknown> {
  const kept = Object.entries(filter)
    .filter(([name]) => NAME.test(name))
    .slice(0, MAX_NAMES);
  return Object.fromEntries(
    kept.map(([name, value]) => {
      const values = (Array.isArray(value) ? value : [value]).slice(0, MAX_VALUES);
      const safe = values.map((item) =>
        typeof item === 'number' || typeof item === 'boolean' || item === null ? item : auditedText(String(item)),
      );
      return [name, Array.isArray(value) ? safe : safe[0]];
    }),
  );
}

/** Pure: the names of the fields a write sent — never their values, and only identifier-like names. */
export function auditedFields(body: unknown): string[] {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) return [];
  const names = Object.keys(body);
  const kept = names.filter((name) => NAME.test(name)).slice(0, MAX_NAMES);
  return names.length > kept.length ? [...kept.sort(), '(other)'] : kept.sort();
}
