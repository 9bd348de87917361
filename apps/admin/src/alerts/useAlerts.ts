import { useCallback } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCanAccess, useDataProvider } from 'react-admin';
import type { CaseAtlasDataProvider } from '../dataProvider';
import { withoutAlertsOf } from '../search/savedSearch';
import type { AlertsResult, SavedSearchInput } from '../search/types';

/** Where the alerts page lives. */
export const ALERTS_PATH = '/alerts';

/** One cache entry for the menu's badge and the alerts page, so both always show the same. */
const ALERTS_KEY = ['alerts'] as const;

/**
 * How often the badge asks again. Each `GET /api/alerts` runs one search per saved search and
 * is audited, so not more often; react-query pauses it while the tab is hidden.
 */
const REFRESH_INTERVAL_MS = 60_000;

/**
 * `GET /api/alerts`: every saved search of the reader with its new matches, refreshed every
 * minute. Nothing is asked without `savedSearches.read`.
 */
export function useAlerts() {
  const dataProvider = useDataProvider<CaseAtlasDataProvider>();
  const { canAccess } = useCanAccess({ resource: 'savedSearches', action: 'list' });
  return useQuery({
    queryKey: ALERTS_KEY,
    queryFn: async ({ signal }): Promise<AlertsResult> => {
      const { data } = await dataProvider.alerts(signal);
      // After a 401 that ended the session, react-admin resolves with an empty object.
      return { total: data?.total ?? 0, alerts: data?.alerts ?? [] };
    },
    enabled: canAccess === true,
    refetchInterval: REFRESH_INTERVAL_MS,
    // Opening the alerts page or coming back to the tab asks again only if this is older.
    staleTime: REFRESH_INTERVAL_MS / 2,
    // Search being down gives the same answer a second later; the next interval tries again.
    retry: false,
  });
}

/** Asks for the alerts again now (after a save, a delete or "mark as seen"). */
function useRefreshAlerts() {
  const queryClient = useQueryClient();
  return useCallback(() => queryClient.invalidateQueries({ queryKey: ALERTS_KEY }), [queryClient]);
}

/** Changes the cached alerts of saved search `id`, then asks the API again. */
function useForgetAlerts(deleted: boolean) {
  const queryClient = useQueryClient();
  return useCallback(
    async (id: string) => {
      queryClient.setQueryData<AlertsResult>(ALERTS_KEY, (cached) => cached && withoutAlertsOf(cached, id, deleted));
      await queryClient.invalidateQueries({ queryKey: ALERTS_KEY });
    },
    [queryClient, deleted],
  );
}

/** `POST /api/saved-searches`; resolves with the search as stored (undefined if the session ended). */
export function useSaveSearch() {
  const dataProvider = useDataProvider<CaseAtlasDataProvider>();
  const refresh = useRefreshAlerts();
  return useMutation({
    mutationFn: async (input: SavedSearchInput) => (await dataProvider.saveSearch(input))?.data,
    // Not awaited: the dialog closes at once; the badge follows when the alerts are in.
    onSuccess: () => void refresh(),
  });
}

/** `DELETE /api/saved-searches/:id`, its alerts with it. */
export function useDeleteSavedSearch() {
  const dataProvider = useDataProvider<CaseAtlasDataProvider>();
  const forget = useForgetAlerts(true);
  return useMutation({
    mutationFn: async (id: string) => (await dataProvider.deleteSavedSearch(id))?.data,
    onSuccess: (_deleted, id) => forget(id),
  });
}

/** `POST /api/alerts/:id/seen`: that search's matches so far are read. */
export function useMarkAlertsSeen() {
  const dataProvider = useDataProvider<CaseAtlasDataProvider>();
  const forget = useForgetAlerts(false);
  return useMutation({
    mutationFn: async (id: string) => (await dataProvider.markAlertsSeen(id))?.data,
    onSuccess: (_seen, id) => forget(id),
  });
}
