/** The address parameter carrying the search a case was opened from. */
export const CASE_SEARCH_PARAM = 'q';

/**
 * Pure: a case's address with the search text it was opened from (`/cases/1/show?q=…`), so its
 * page marks the searched words, even after a reload or when the link is shared. Without a
 * search text, the address as it was.
 */
export function caseAddressWithSearch(path: string, q: string): string {
  const text = q.trim();
  if (!text) return path;
  return `${path}${path.includes('?') ? '&' : '?'}${new URLSearchParams({ [CASE_SEARCH_PARAM]: text })}`;
}

/** Pure: the search text of a case page's address query (`?q=…`), or ''. */
export function searchOfCaseAddress(search: string): string {
  return (new URLSearchParams(search).get(CASE_SEARCH_PARAM) ?? '').trim();
}
