import { anonymizeTexts } from '@caseatlas/anonymizer';

/** Filters whose values are typed by people (names may slip in): anonymized before storing. */
const FREE_TEXT_FILTERS = new Set(['q']);

/**
 * Pure: what the audit keeps of a list or search request. Vocabulary values, references and
 * ids are kept as sent; typed search text goes through the anonymizer like any free text.
 */
export function auditedFilter(filter: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(filter).map(([name, value]) =>
      FREE_TEXT_FILTERS.has(name)
        ? [
            name,
            (Array.isArray(value) ? value : [value]).map((text) => anonymizeTexts({ text: String(text) }).texts.text),
          ]
        : [name, value],
    ),
  );
}

/** Pure: the names of the fields a write sent — never their values. */
export function auditedFields(body: unknown): string[] {
  return body !== null && typeof body === 'object' && !Array.isArray(body) ? Object.keys(body).sort() : [];
}
