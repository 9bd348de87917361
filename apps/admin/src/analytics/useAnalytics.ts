import { useQuery } from '@tanstack/react-query';
import { useDataProvider } from 'react-admin';
import type { AnalyticsAnswers, AnalyticsView, CaseAtlasDataProvider } from '../dataProvider';
import type { SearchState } from '../search/searchState';

/**
 * `GET /api/analytics/<view>` for the search's `q` and `filter` plus the view's own parameters.
 * Like the search, every call is audited: asked again only when the search changes, not on
 * window focus, and not retried (Elasticsearch down answers the same a second later).
 */
export function useAnalytics<View extends AnalyticsView>(
  view: View,
  { q, filter }: Pick<SearchState, 'q' | 'filter'>,
  parameters: Record<string, string> = {},
  enabled = true,
) {
  const dataProvider = useDataProvider<CaseAtlasDataProvider>();
  return useQuery({
    queryKey: ['analytics', view, { q: q.trim(), filter, parameters }],
    queryFn: async ({ signal }): Promise<AnalyticsAnswers[View] | null> => {
      const query = new URLSearchParams(parameters);
      if (q.trim()) query.set('q', q.trim());
      if (Object.keys(filter).length) query.set('filter', JSON.stringify(filter));
      const answer = await dataProvider.analytics(view, query, signal);
      // After a 401 that ended the session, react-admin resolves with an empty object.
      return answer?.data ?? null;
    },
    enabled,
    staleTime: 60_000,
    refetchOnWindowFocus: false,
    retry: false,
  });
}

/** The reader's saved searches (compare can put them in columns). */
export function useSavedSearches(enabled: boolean) {
  const dataProvider = useDataProvider<CaseAtlasDataProvider>();
  return useQuery({
    queryKey: ['savedSearches'],
    queryFn: async ({ signal }) => (await dataProvider.savedSearches(signal))?.data ?? [],
    enabled,
    staleTime: 60_000,
    retry: false,
  });
}
