/** Values a facet shows before "Show all": long facets (tags, countries) would push the others away. */
export const FACET_SHORT_LIST = 6;

/** From this many values a facet gets a box to find one of them (tags, countries, statutes). */
export const FACET_FIND_FROM = 12;

/** Text folded for a forgiving match: case, accents and ё/е do not matter. */
export function foldForMatch(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/ё/g, 'е').replace(/\s+/g, ' ').trim();
}

export interface FacetRows<T> {
  /** The values to list, in the facet's order. */
  shown: T[];
  /** Values matching the find text (all of them without one). */
  matching: number;
  /** Matching values not listed until "Show all". */
  hidden: number;
}

/**
 * Pure: which values of a facet to list. With a find text, every value whose label (or raw value,
 * such as a statute key) holds it; otherwise the first `limit` unless expanded. A ticked value is
 * always listed, so it can be unticked where it was ticked.
 */
export function facetRows<T extends { value: string }>(
  buckets: readonly T[],
  {
    labelOf,
    isChecked,
    find = '',
    expanded = false,
    limit = FACET_SHORT_LIST,
  }: {
    labelOf: (bucket: T) => string;
    isChecked: (bucket: T) => boolean;
    find?: string;
    expanded?: boolean;
    limit?: number;
  },
): FacetRows<T> {
  const needle = foldForMatch(find);
  const matching = needle
    ? buckets.filter(
        (bucket) =>
          isChecked(bucket) ||
          foldForMatch(labelOf(bucket)).includes(needle) ||
          foldForMatch(bucket.value).includes(needle),
      )
    : [...buckets];
  const shown = needle || expanded ? matching : matching.filter((bucket, index) => index < limit || isChecked(bucket));
  return { shown, matching: matching.length, hidden: matching.length - shown.length };
}
