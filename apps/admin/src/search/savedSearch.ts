import type { SearchFilterName, ValidationErrorResponse } from '@caseatlas/contracts';
import { isFilterName } from './searchState';
import type { SearchState } from './searchState';
import { SAVED_SEARCH_NAME_MAX_LENGTH } from './types';
import type { AlertsResult, FilterValue, SearchFilter } from './types';

/** How filters and their values read in the UI language (useFilterLabels gives them). */
export interface FilterWording {
  filterLabel: (name: SearchFilterName) => string;
  valueLabel: (name: SearchFilterName, value: FilterValue) => string;
}

/**
 * Pure: each filter of a search in words, "Purpose of exploitation: Forced labour, Sexual
 * exploitation". Filters the admin does not know (from an older or newer API) are left out.
 */
export function filterSummary(filter: SearchFilter, { filterLabel, valueLabel }: FilterWording): string[] {
  return Object.entries(filter).flatMap(([name, values]) =>
    isFilterName(name) && values?.length
      ? [`${filterLabel(name)}: ${values.map((value) => valueLabel(name, value)).join(', ')}`]
      : [],
  );
}

/**
 * Pure: the name offered when a search is saved: its text as typed, else its filters in words,
 * shortened to what the API accepts; '' for a search of everything (the caller names that).
 */
export function defaultSearchName({ q, filter }: Pick<SearchState, 'q' | 'filter'>, wording: FilterWording): string {
  const name = q.trim() || filterSummary(filter, wording).join('; ');
  return name.length > SAVED_SEARCH_NAME_MAX_LENGTH ? `${name.slice(0, SAVED_SEARCH_NAME_MAX_LENGTH - 1)}…` : name;
}

/** Why the API refused to save a search: the name's problem goes under the name, the rest above it. */
export interface SaveProblems {
  name?: string;
  /** Problems of the text or the filters (the dialog has no field for them). */
  others: string[];
}

/**
 * Pure: a rejected `POST /api/saved-searches` → its problems by field, or undefined when it is
 * not a refusal of the request's content (read structurally, like searchErrors.ts).
 */
export function saveProblemsOf(error: unknown): SaveProblems | undefined {
  const { status, body } = (typeof error === 'object' && error !== null ? error : {}) as {
    status?: number;
    body?: Partial<ValidationErrorResponse> | null;
  };
  const problems = body?.problems;
  if (status !== 400 || !Array.isArray(problems) || problems.length === 0) return undefined;
  const name = problems.filter((problem) => problem.path === 'name').map((problem) => problem.message);
  return {
    name: name.length ? name.join('; ') : undefined,
    others: problems.filter((problem) => problem.path !== 'name').map((problem) => problem.message),
  };
}

/**
 * Pure: the alerts without those of saved search `id` (deleted) or with them read (seen), so
 * the alerts page and the menu's badge change at once, before the API is asked again.
 */
export function withoutAlertsOf(result: AlertsResult, id: string, deleted: boolean): AlertsResult {
  const alerts = result.alerts.flatMap((alert) =>
    alert.savedSearch.id !== id ? [alert] : deleted ? [] : [{ ...alert, count: 0, hits: [] }],
  );
  return { total: alerts.reduce((sum, alert) => sum + alert.count, 0), alerts };
}
