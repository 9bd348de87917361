import type { CaseFilterName, CaseStatus } from '@caseatlas/contracts';

/*
 * The answers of `GET /api/search`, `GET /api/cases/:id/similar`, `/api/saved-searches` and
 * `/api/alerts`, re-declared here because the admin may import only @caseatlas/contracts. They
 * mirror SearchHit, SearchResult, SimilarCase, SEARCH_SORTS and FACETS of libs/search
 * (search.service.ts, search-query.ts) and SavedSearchResponse and AlertResponse
 * (saved-search.service.ts); those belong in libs/contracts, where the API and the admin would
 * share one declaration.
 */

export const SEARCH_SORTS = ['relevance', 'verdictDate', 'sentence'] as const;
export type SearchSort = (typeof SEARCH_SORTS)[number];

/** The facets the API counts, in the order the sidebar shows them (most useful first). */
export const SEARCH_FACETS = [
  'exploitationPurpose',
  'statute',
  'means',
  'jurisdiction',
  'routeOrigin',
  'routeTransit',
  'routeDestination',
  'sector',
  'act',
  'verdict',
  'verdictYear',
  'courtLevel',
  'cooperation',
  'crossBorder',
  'minorVictims',
  'tag',
  'status',
] as const satisfies readonly CaseFilterName[];
export type FacetName = (typeof SEARCH_FACETS)[number];

export const HIGHLIGHTED_FIELDS = ['title', 'summary', 'facts'] as const;

export interface SearchHit {
  id: string;
  reference: string;
  title: string;
  jurisdiction: string;
  year: number | null;
  status: CaseStatus;
  score: number | null;
  /** HTML-escaped fragments with `<mark>…</mark>` around the matches. */
  highlights: Partial<Record<(typeof HIGHLIGHTED_FIELDS)[number], string[]>>;
}

export interface FacetBucket {
  /** As text, whatever the filter's kind: booleans are 'true'/'false', years '2019'. */
  value: string;
  count: number;
}

export interface SearchResult {
  total: number;
  hits: SearchHit[];
  facets: Partial<Record<FacetName, FacetBucket[]>>;
  /** The cursor of the next page; null on the last one. */
  next: string | null;
}

export interface SimilarCase {
  id: string;
  reference: string;
  title: string;
  jurisdiction: string;
  year: number | null;
  score: number;
  /** What the two cases share: the reasons it is listed. */
  why: {
    wording: boolean;
    statutes: string[];
    exploitationPurposes: string[];
    means: string[];
    routeCountries: string[];
    sectors: string[];
  };
}

/** A filter value as the API wants it (JSON booleans and numbers, not their text). */
export type FilterValue = string | number | boolean;
export type SearchFilter = Partial<Record<CaseFilterName, FilterValue[]>>;

export interface SearchParams {
  q: string;
  filter: SearchFilter;
  /** Absent: the API's default (relevance with a text, else verdict date). */
  sort?: SearchSort;
  size?: number;
  cursor?: string;
}

/** What `POST /api/saved-searches` takes; the API anonymizes `name` and `q` before storing them. */
export interface SavedSearchInput {
  name: string;
  q?: string;
  filter?: SearchFilter;
}

/** The API's limit on a saved search's name (SavedSearchDto). */
export const SAVED_SEARCH_NAME_MAX_LENGTH = 120;

export interface SavedSearch {
  id: string;
  /** As stored: anonymized, so a person's name typed into it reads `[PERSON-1]`. */
  name: string;
  q: string;
  filter: SearchFilter;
  createdAt: string;
  /** Alerts are the cases published or changed after this instant. */
  seenAt: string;
}

export interface SavedSearchAlert {
  savedSearch: SavedSearch;
  /** Cases matching it, readable by the reader, published or changed since `seenAt`. */
  count: number;
  /** The first few of them, newest verdict first. */
  hits: SearchHit[];
}

/** `GET /api/alerts`: one entry per saved search of the reader, in the order they were saved. */
export interface AlertsResult {
  total: number;
  alerts: SavedSearchAlert[];
}
