import { ANNOTATION_TAG_PATTERN } from './annotations';
import type { CaseFilterName } from './case-filters';
import type { CaseStatus } from './vocabularies';

/** The answers of precedent search, shared by the API (libs/search) and the admin. */
export const SEARCH_SORTS = ['relevance', 'verdictDate', 'sentence'] as const;
export type SearchSort = (typeof SEARCH_SORTS)[number];

export const HIGHLIGHTED_FIELDS = ['title', 'summary', 'facts'] as const;

/**
 * Filters of search and analytics beyond the case filters: they depend on who asks, so the case
 * list (SQL, the same for everyone who may read a case) has no such filter.
 */
export const READER_FILTERS = {
  annotationTag: {
    kind: 'string',
    pattern: ANNOTATION_TAG_PATTERN,
    description: 'any of these tags on annotations you can see (your own, your working groups’, every reader’s)',
  },
} as const;
export type SearchFilterName = CaseFilterName | keyof typeof READER_FILTERS;

/** A filter's values as the API takes them (JSON booleans and numbers, not their text). */
export type SearchFilter = Partial<Record<SearchFilterName, (string | number | boolean)[]>>;

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

/** `GET /api/search`. */
export interface SearchResponse {
  total: number;
  hits: SearchHit[];
  /** Per filter, its values and how many cases each would leave, under the other filters. */
  facets: Partial<Record<SearchFilterName, FacetBucket[]>>;
  /** Pass as `cursor` for the next page; null on the last page. */
  next: string | null;
}

/** `GET /api/cases/:id/similar`: a case like the one asked about, and why. */
export interface SimilarCase {
  id: string;
  reference: string;
  title: string;
  jurisdiction: string;
  year: number | null;
  score: number;
  /** What the two cases share, named: the reason it is listed. */
  why: {
    wording: boolean;
    statutes: string[];
    exploitationPurposes: string[];
    means: string[];
    routeCountries: string[];
    sectors: string[];
  };
}

/** A reader's saved search; its name and text were anonymized before they were stored. */
export interface SavedSearchResponse {
  id: string;
  name: string;
  q: string;
  filter: SearchFilter;
  createdAt: string;
  /** Alerts are the cases published or changed after this instant. */
  seenAt: string;
}

export interface AlertResponse {
  savedSearch: SavedSearchResponse;
  /** Cases matching it that changed since it was last seen (the reader's own row rule applies). */
  count: number;
  hits: SearchHit[];
}

/** `GET /api/alerts`: one entry per saved search of the reader. */
export interface AlertsResponse {
  total: number;
  alerts: AlertResponse[];
}
