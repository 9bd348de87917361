import { HttpError, fetchUtils } from 'react-admin';
import type { SortPayload } from 'react-admin';
import simpleRestProvider from 'ra-data-simple-rest';
import type {
  AccountResponse,
  ExportLanguage,
  CompareResponse,
  CooperationResponse,
  LegislationResponse,
  OutcomesResponse,
  Profession,
  RoutesResponse,
  TrendsResponse,
  VictimsResponse,
} from '@caseatlas/contracts';
import { filenameOf } from './common/saveFile';
import { authFetch, getAccessToken, renewAccessToken } from './session';
import type {
  AlertsResult,
  SavedSearch,
  SavedSearchInput,
  SearchParams,
  SearchResult,
  SimilarCase,
} from './search/types';

export { authFetch, getAccessToken };

/** The analytics answers and the extra parameters each takes besides `q` and `filter`. */
export interface AnalyticsAnswers {
  outcomes: OutcomesResponse;
  trends: TrendsResponse;
  routes: RoutesResponse;
  victims: VictimsResponse;
  cooperation: CooperationResponse;
  legislation: LegislationResponse;
  compare: CompareResponse;
}
export type AnalyticsView = keyof AnalyticsAnswers;

const withToken = (options: fetchUtils.Options, token: string | undefined): fetchUtils.Options => ({
  ...options,
  user: { authenticated: !!token, token: token ? `Bearer ${token}` : undefined },
});

/** fetchUtils.fetchJson with the access token; a 401 gets one renewal and one retry. */
export async function httpClient(url: string, options: fetchUtils.Options = {}) {
  const token = await getAccessToken();
  try {
    return await fetchUtils.fetchJson(url, withToken(options, token));
  } catch (error) {
    if (!(error instanceof HttpError) || error.status !== 401) throw error;
    const renewed = await renewAccessToken(token);
    if (!renewed) throw error;
    return fetchUtils.fetchJson(url, withToken(options, renewed));
  }
}

export interface AccountUpdate {
  displayName: string;
  profession: Profession | null;
}

export interface PasswordChange {
  currentPassword: string;
  newPassword: string;
}

export interface CsvDownload {
  blob: Blob;
  filename: string;
}

/** `/api/search`'s query string; what is not set is left out (the API's defaults apply). */
export function searchQuery({ q, filter, sort, size, cursor, wordsOnly }: SearchParams): URLSearchParams {
  const query = new URLSearchParams();
  if (q.trim()) query.set('q', q);
  if (wordsOnly) query.set('interpret', 'false');
  if (Object.keys(filter).length) query.set('filter', JSON.stringify(filter));
  if (sort) query.set('sort', sort);
  if (size) query.set('size', String(size));
  if (cursor) query.set('cursor', cursor);
  return query;
}

const restProvider = simpleRestProvider('/api', httpClient);

export type AnnotationExportFormat = 'jsonld' | 'csv';

/**
 * The API follows ra-data-simple-rest's conventions, so the package is used as it is. The
 * calls that are not about a resource (the signed-in account, the audit CSV, precedent search,
 * saved searches and their alerts) are custom methods, so that `useDataProvider` treats their
 * 401s like any other.
 */
export const dataProvider = {
  ...restProvider,

  /** A case's or a working group's annotations as W3C JSON-LD or CSV, as the reader may see them. */
  exportAnnotations: async (
    scope: { caseId: string } | { groupId: string },
    format: AnnotationExportFormat,
    language: ExportLanguage,
  ): Promise<{ data: CsvDownload }> => {
    const query = new URLSearchParams({ ...scope, format, language });
    const response = await authFetch(`/api/annotations/export?${query}`);
    if (!response.ok) {
      const body = await response.json().catch(() => null);
      throw new HttpError(body?.message ?? response.statusText, response.status, body);
    }
    const fallback = `annotations.${format === 'csv' ? 'csv' : 'jsonld'}`;
    const filename = filenameOf(response.headers.get('Content-Disposition'), fallback);
    return { data: { blob: await response.blob(), filename } };
  },

  updateAccount: async (body: AccountUpdate): Promise<{ data: AccountResponse }> => {
    const { json } = await httpClient('/api/account', { method: 'PUT', body: JSON.stringify(body) });
    return { data: json as AccountResponse };
  },

  changePassword: async (body: PasswordChange): Promise<{ data: null }> => {
    await httpClient('/api/account/password', { method: 'POST', body: JSON.stringify(body) });
    return { data: null };
  },

  exportAudit: async (filter: object, sort: SortPayload, language: ExportLanguage): Promise<{ data: CsvDownload }> => {
    const query = new URLSearchParams({
      filter: JSON.stringify(filter),
      sort: JSON.stringify([sort.field, sort.order]),
      language,
    });
    const response = await authFetch(`/api/audit/export?${query}`, { headers: { Accept: 'text/csv' } });
    if (!response.ok) {
      const body = await response.json().catch(() => null);
      throw new HttpError(body?.message ?? response.statusText, response.status, body);
    }
    const filename = filenameOf(response.headers.get('Content-Disposition'), 'audit.csv');
    return { data: { blob: await response.blob(), filename } };
  },

  search: async (params: SearchParams, signal?: AbortSignal): Promise<{ data: SearchResult }> => {
    const { json } = await httpClient(`/api/search?${searchQuery(params)}`, { signal });
    return { data: json as SearchResult };
  },

  similarCases: async (id: string, signal?: AbortSignal): Promise<{ data: SimilarCase[] }> => {
    const { json } = await httpClient(`/api/cases/${encodeURIComponent(id)}/similar`, { signal });
    return { data: json as SimilarCase[] };
  },

  /** The answer carries the name and text as stored (anonymized), which is what to show. */
  saveSearch: async (body: SavedSearchInput): Promise<{ data: SavedSearch }> => {
    const { json } = await httpClient('/api/saved-searches', { method: 'POST', body: JSON.stringify(body) });
    return { data: json as SavedSearch };
  },

  deleteSavedSearch: async (id: string): Promise<{ data: SavedSearch }> => {
    const { json } = await httpClient(`/api/saved-searches/${encodeURIComponent(id)}`, { method: 'DELETE' });
    return { data: json as SavedSearch };
  },

  /** Every saved search of the reader with its new matches: the alerts page needs no other list. */
  alerts: async (signal?: AbortSignal): Promise<{ data: AlertsResult }> => {
    const { json } = await httpClient('/api/alerts', { signal });
    return { data: json as AlertsResult };
  },

  /** The reader's saved searches, for choosing what the compare view puts in its columns. */
  savedSearches: async (signal?: AbortSignal): Promise<{ data: SavedSearch[] }> => {
    const { json } = await httpClient('/api/saved-searches', { signal });
    return { data: json as SavedSearch[] };
  },

  /** `GET /api/analytics/<view>`; `query` carries `q`, `filter` and the view's own parameters. */
  analytics: async <View extends AnalyticsView>(
    view: View,
    query: URLSearchParams,
    signal?: AbortSignal,
  ): Promise<{ data: AnalyticsAnswers[View] }> => {
    const { json } = await httpClient(`/api/analytics/${view}?${query}`, { signal });
    return { data: json as AnalyticsAnswers[View] };
  },

  markAlertsSeen: async (id: string): Promise<{ data: SavedSearch }> => {
    const { json } = await httpClient(`/api/alerts/${encodeURIComponent(id)}/seen`, { method: 'POST' });
    return { data: json as SavedSearch };
  },
};

export type CaseAtlasDataProvider = typeof dataProvider;
