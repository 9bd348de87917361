import { CASE_FILTERS, READER_FILTERS, SEARCH_SORTS } from '@caseatlas/contracts';
import type { SearchFilter, SearchSort } from '@caseatlas/contracts';
import { parseListQuery, unknownParameterProblems } from '@caseatlas/validation';
import type { Problem } from '@caseatlas/validation';
import { findQuerySyntaxProblem } from './query-syntax';

export interface SearchParameters {
  q: string;
  filter: SearchFilter;
  /** Whether phrases that name a concept also match the cases carrying it (default true). */
  interpret: boolean;
  sort: SearchSort;
  size: number;
  /** The `next` of the previous page. */
  cursor?: string;
}

export const SEARCH_PAGE_SIZE = { default: 20, max: 100 } as const;

/**
 * The case filters, less the list's `q` (part of a title or reference): search has its own `q`,
 * and a substring match over the index would need wildcard queries any reader could make costly.
 */
const { q: _listText, ...searchFilters } = CASE_FILTERS;
export const SEARCH_FILTERS = { ...searchFilters, ...READER_FILTERS };
const PARAMETERS = ['q', 'filter', 'interpret', 'sort', 'size', 'cursor'];
const MAX_CURSOR_LENGTH = 4096;

/** Pure: the `filter` parameter (JSON) of search and analytics → its filter, or its problems. */
export function parseSearchFilter(text: string | undefined): { filter: SearchFilter; problems: Problem[] } {
  const parsed = parseListQuery(
    { filter: text },
    { sortable: [], defaultSort: { field: '', order: 'ASC' }, filters: SEARCH_FILTERS },
  );
  return { filter: (parsed.query?.filter ?? {}) as SearchFilter, problems: parsed.problems ?? [] };
}

/** A parameter given once, as text; a problem named after it otherwise (`?q=a&q=b`). */
export function textParameter(raw: Record<string, unknown>, name: string, problems: Problem[]): string | undefined {
  const value = raw[name];
  if (value === undefined || typeof value === 'string') return value;
  problems.push({ path: name, rule: 'single', message: `${name} must be given once, as text` });
  return undefined;
}

/**
 * Pure: which cases a request is about, the `q` and `filter` of `/api/search`, as search and
 * analytics take them ("analyse these results"). Problems go to `problems`.
 */
export function parseSearchScope(
  raw: Record<string, unknown>,
  problems: Problem[],
): { q: string; filter: SearchFilter; interpret: boolean } {
  const q = (textParameter(raw, 'q', problems) ?? '').trim();
  // `interpret=false`: the words only, as typed (the search page's "search the words only").
  const interpretText = textParameter(raw, 'interpret', problems);
  if (interpretText !== undefined && interpretText !== 'true' && interpretText !== 'false') {
    problems.push({ path: 'interpret', rule: 'boolean', message: 'interpret must be true or false' });
  }
  const syntax = findQuerySyntaxProblem(q);
  if (syntax) problems.push({ path: 'q', rule: 'syntax', message: `q ${syntax}` });
  const parsed = parseSearchFilter(textParameter(raw, 'filter', problems));
  problems.push(...parsed.problems);
  return { q, filter: parsed.filter, interpret: interpretText !== 'false' };
}

/** Pure: the query string of `/api/search` → its parameters, or every problem, each named. */
export function parseSearchParameters(
  raw: Record<string, unknown>,
): { parameters: SearchParameters; problems?: undefined } | { parameters?: undefined; problems: Problem[] } {
  const problems: Problem[] = unknownParameterProblems(raw, PARAMETERS);
  const text = (name: string) => textParameter(raw, name, problems);
  const { q, filter, interpret } = parseSearchScope(raw, problems);

  const sortText = text('sort');
  let sort: SearchSort = q ? 'relevance' : 'verdictDate';
  if (sortText !== undefined) {
    if ((SEARCH_SORTS as readonly string[]).includes(sortText)) sort = sortText as SearchSort;
    else problems.push({ path: 'sort', rule: 'sort', message: `sort must be one of: ${SEARCH_SORTS.join(', ')}` });
  }

  const sizeText = text('size');
  let size: number = SEARCH_PAGE_SIZE.default;
  if (sizeText !== undefined) {
    size = /^\d{1,3}$/.test(sizeText) ? Number(sizeText) : NaN;
    if (!(size >= 1 && size <= SEARCH_PAGE_SIZE.max)) {
      problems.push({
        path: 'size',
        rule: 'size',
        message: `size must be a whole number from 1 to ${SEARCH_PAGE_SIZE.max}`,
      });
    }
  }

  const cursor = text('cursor');
  if (cursor !== undefined && (cursor.length > MAX_CURSOR_LENGTH || !/^[A-Za-z0-9_-]+$/.test(cursor))) {
    problems.push({ path: 'cursor', rule: 'cursor', message: 'cursor must be the `next` of a previous answer' });
  }

  if (problems.length) return { problems };
  return { parameters: { q, filter, interpret, sort, size, cursor } };
}
