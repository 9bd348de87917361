import { CASE_FILTERS, READER_FILTERS } from '@caseatlas/contracts';
import type { CaseFilterName, SearchFilterName } from '@caseatlas/contracts';
import { SEARCH_SORTS } from './types';
import type { FilterValue, SearchFilter, SearchSort } from './types';

/** What a search page shows, kept in the address (`?q=…&filter={…}&sort=…`) so it can be shared. */
export interface SearchState {
  q: string;
  filter: SearchFilter;
  sort?: SearchSort;
  /** The words only, not the concepts they name (`?interpret=false`, as the API takes it). */
  wordsOnly?: boolean;
}

export const isFilterName = (name: string): name is SearchFilterName =>
  Object.hasOwn(CASE_FILTERS, name) || Object.hasOwn(READER_FILTERS, name);
const isScalar = (value: unknown): value is FilterValue =>
  typeof value === 'string' || typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value));

/**
 * Pure: the address's query → the search. A hand-edited or outdated address must not break the
 * page: unknown filters, non-JSON and odd shapes are dropped; the API checks the values.
 */
export function parseSearchState(params: URLSearchParams): SearchState {
  const q = params.get('q') ?? '';
  const sortText = params.get('sort');
  const sort = (SEARCH_SORTS as readonly string[]).includes(sortText ?? '') ? (sortText as SearchSort) : undefined;
  const filter: SearchFilter = {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(params.get('filter') ?? '{}');
  } catch {
    parsed = {};
  }
  if (parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed)) {
    for (const [name, value] of Object.entries(parsed)) {
      if (!isFilterName(name)) continue;
      const values = (Array.isArray(value) ? value : [value]).filter(isScalar);
      if (values.length) filter[name] = values;
    }
  }
  return { q, filter, sort, ...(params.get('interpret') === 'false' ? { wordsOnly: true } : {}) };
}

/** Pure: the search → the address's query; empty parts are left out. */
export function serializeSearchState({ q, filter, sort, wordsOnly }: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (q.trim()) params.set('q', q);
  if (wordsOnly && q.trim()) params.set('interpret', 'false');
  const active = Object.entries(filter).filter(([, values]) => values && values.length > 0);
  if (active.length) params.set('filter', JSON.stringify(Object.fromEntries(active)));
  if (sort) params.set('sort', sort);
  return params;
}

/**
 * A facet bucket's value (always text) as its filter takes it: `true`/`false` for boolean
 * filters, numbers for whole-number ones, the text otherwise.
 */
export function filterValueOf(name: SearchFilterName, text: string): FilterValue {
  // The reader filters (annotation tags) take text.
  const kind = Object.hasOwn(CASE_FILTERS, name) ? CASE_FILTERS[name as CaseFilterName].kind : 'string';
  if (kind === 'boolean') return text === 'true';
  if (kind === 'integer' && /^-?\d+$/.test(text)) return Number(text);
  return text;
}

/** Same value whatever its form: `true` and 'true', 2019 and '2019'. */
export const sameValue = (a: FilterValue, b: FilterValue) => String(a) === String(b);

export function hasValue(filter: SearchFilter, name: SearchFilterName, value: FilterValue): boolean {
  return (filter[name] ?? []).some((active) => sameValue(active, value));
}

/** Pure: the filter with `value` added to `name`'s values, or removed when it was there. */
export function toggleValue(filter: SearchFilter, name: SearchFilterName, value: FilterValue): SearchFilter {
  const current = filter[name] ?? [];
  const values = hasValue(filter, name, value)
    ? current.filter((active) => !sameValue(active, value))
    : [...current, value];
  const { [name]: _removed, ...rest } = filter;
  return values.length ? { ...rest, [name]: values } : rest;
}
