import { useCallback, useMemo } from 'react';
import { keepPreviousData, useInfiniteQuery, useQueryClient } from '@tanstack/react-query';
import { useLocation, useNavigate } from 'react-router-dom';
import { useDataProvider } from 'react-admin';
import type { CaseAtlasDataProvider } from '../dataProvider';
import { parseSearchState, serializeSearchState } from './searchState';
import type { SearchState } from './searchState';
import type { SearchResult } from './types';

/** Where a search lives; the dashboard shows one too, and using it moves here. */
export const SEARCH_PATH = '/search';
const PAGE_SIZE = 20;
const RESULTS_KEY = 'precedentSearch';

/**
 * The search of the address, and a way to change it. Every change is a new history entry under
 * `path` (/search unless the analytics pages keep it under theirs), so the back button undoes a
 * click on a facet and the address can be shared.
 */
export function useSearchState(path: string = SEARCH_PATH): [SearchState, (next: SearchState) => void] {
  const { search } = useLocation();
  const navigate = useNavigate();
  const state = useMemo(() => parseSearchState(new URLSearchParams(search)), [search]);
  const update = useCallback(
    (next: SearchState) => {
      const query = serializeSearchState(next).toString();
      navigate({ pathname: path, search: query ? `?${query}` : '' });
    },
    [navigate, path],
  );
  return [state, update];
}

/**
 * `/api/search` page by page, following `next`. Every search is audited on the server, so it
 * runs only when the search changes: not on window focus, and a search met again within a
 * minute (back from a case page) comes from the cache.
 */
export function useSearchResults({ q, filter, sort, wordsOnly }: SearchState) {
  const dataProvider = useDataProvider<CaseAtlasDataProvider>();
  const queryClient = useQueryClient();
  const queryKey = useMemo(
    () => [RESULTS_KEY, { q: q.trim(), filter, sort, wordsOnly }] as const,
    [q, filter, sort, wordsOnly],
  );
  const query = useInfiniteQuery({
    queryKey,
    queryFn: async ({ pageParam, signal }): Promise<SearchResult> => {
      const { data } = await dataProvider.search(
        { q, filter, sort, wordsOnly, size: PAGE_SIZE, cursor: pageParam },
        signal,
      );
      // After a 401 that ended the session, react-admin resolves with an empty object.
      return {
        total: data?.total ?? 0,
        hits: data?.hits ?? [],
        facets: data?.facets ?? {},
        next: data?.next ?? null,
        interpretation: data?.interpretation ?? [],
        suggestions: data?.suggestions ?? [],
      };
    },
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.next ?? undefined,
    placeholderData: keepPreviousData,
    staleTime: 60_000,
    refetchOnWindowFocus: false,
    // A bad query or a search that is down gives the same answer a second later.
    retry: false,
  });
  // An expired cursor cannot be refetched: start again from the first page.
  const restart = useCallback(() => queryClient.resetQueries({ queryKey, exact: true }), [queryClient, queryKey]);
  return { ...query, restart };
}

/**
 * Makes every cached search stale, so the next one shown is asked again. For a search opened
 * from an alert: its new cases must be there, even if the same search was run a minute ago.
 */
export function useOutdateSearchResults() {
  const queryClient = useQueryClient();
  return useCallback(
    () => queryClient.invalidateQueries({ queryKey: [RESULTS_KEY], refetchType: 'none' }),
    [queryClient],
  );
}
