import { COMPARE_COLUMNS } from '@caseatlas/contracts';
import { serializeSearchState } from '../search/searchState';
import type { SearchState } from '../search/searchState';

export const ANALYTICS_PATH = '/analytics';
export const COMPARE_PATH = '/analytics/compare';
export const LEGISLATION_PATH = '/analytics/legislation';

/** What the compare view puts in its columns: jurisdictions, or the reader's saved searches. */
export type CompareBy = 'jurisdictions' | 'savedSearches';

/**
 * Pure: the address of an analytics page for a search, so the search page, the analytics page
 * and its compare and legislation views hand the same `q` and `filter` on to each other.
 */
export function analyticsAddress(
  pathname: string,
  search: Pick<SearchState, 'q' | 'filter'>,
  extra: Record<string, string | readonly string[]> = {},
): string {
  const params = serializeSearchState({ q: search.q, filter: search.filter });
  for (const [name, value] of Object.entries(extra)) {
    const text = typeof value === 'string' ? value : value.join(',');
    if (text) params.set(name, text);
  }
  const query = params.toString();
  return query ? `${pathname}?${query}` : pathname;
}

/** Pure: a comma-separated list parameter (`jurisdictions=KZ,UZ`), empty and repeated values dropped. */
export function listParameter(params: URLSearchParams, name: string): string[] {
  const values = (params.get(name) ?? '')
    .split(',')
    .map((value) => value.trim())
    .filter(Boolean);
  return [...new Set(values)];
}

/** Whether the API takes this many columns (2 to 6) for compare and legislation. */
export const isColumnCount = (count: number) => count >= COMPARE_COLUMNS.min && count <= COMPARE_COLUMNS.max;

/**
 * Pure: the jurisdictions whose statutes the analytics page draws behind the sentences: the
 * filter's own when it names two to six, else the ones with most cases (up to six).
 */
export function jurisdictionsToShow(
  filter: SearchState['filter'],
  byCases: readonly { key: string; cases: number }[],
): string[] {
  const chosen = (filter.jurisdiction ?? []).map(String);
  if (isColumnCount(chosen.length)) return chosen;
  const pool = chosen.length ? byCases.filter((row) => chosen.includes(row.key)) : byCases;
  return [...pool]
    .filter((row) => row.cases > 0)
    .sort((a, b) => b.cases - a.cases)
    .slice(0, COMPARE_COLUMNS.max)
    .map((row) => row.key);
}

/** How many jurisdictions the legislation view shows when none is chosen: enough to compare, few enough to read. */
export const EXAMPLE_JURISDICTIONS = 3;

/**
 * Pure: the jurisdictions the legislation view shows. Two to six chosen: those. None chosen (the
 * view opened by its bare address): the ones with most cases among the search's, as an example
 * to start from, so the view never opens empty. One chosen: that one is kept, waiting for a second.
 */
export function legislationJurisdictions(
  chosen: readonly string[],
  byCases: readonly { key: string; cases: number }[] | undefined,
): { jurisdictions: string[]; example: boolean } {
  if (chosen.length || !byCases) return { jurisdictions: [...chosen], example: false };
  const example = jurisdictionsToShow({}, byCases).slice(0, EXAMPLE_JURISDICTIONS);
  return isColumnCount(example.length)
    ? { jurisdictions: example, example: true }
    : { jurisdictions: [], example: false };
}
