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
  /** The language of the case texts (ISO 639-1): a relevance ranking shows the query's first, in blocks of ten. */
  language: string;
  score: number | null;
  /** HTML-escaped fragments with `<mark>…</mark>` around the matches. */
  highlights: Partial<Record<(typeof HIGHLIGHTED_FIELDS)[number], string[]>>;
}

export interface FacetBucket {
  /** As text, whatever the filter's kind: booleans are 'true'/'false', years '2019'. */
  value: string;
  count: number;
}

/** The case fields a query's words can be understood as, and the filter of each. */
export const UNDERSTOOD_FIELDS = {
  acts: 'act',
  means: 'means',
  exploitationPurposes: 'exploitationPurpose',
  sectors: 'sector',
  routeDestination: 'routeDestination',
} as const satisfies Record<string, CaseFilterName>;
export type UnderstoodField = keyof typeof UNDERSTOOD_FIELDS;

/**
 * A phrase of the query search understood as a case field's value (`debt bondage` = means:
 * debt_bondage): cases carrying it match too, and its names in the other languages are searched.
 */
export interface QueryInterpretation {
  /** The phrase as typed. */
  text: string;
  field: UnderstoodField;
  value: string;
  /** The filter that would ask for exactly these cases. */
  filter: (typeof UNDERSTOOD_FIELDS)[UnderstoodField];
}

/** Offered when a search finds nothing: a concept near the query, and how many cases carry it. */
export interface ConceptSuggestion extends Omit<QueryInterpretation, 'text'> {
  count: number;
}

/** `GET /api/search`. */
export interface SearchResponse {
  total: number;
  hits: SearchHit[];
  /**
   * Per filter, its values and how many cases each would leave, under the other filters. Counted
   * with the first page; the pages after it answer none (`{}`).
   */
  facets: Partial<Record<SearchFilterName, FacetBucket[]>>;
  /** Pass as `cursor` for the next page; null on the last page. */
  next: string | null;
  /** What the query was understood to name (empty with `interpret=false`). */
  interpretation: QueryInterpretation[];
  /** With no hits: concepts near the query, with their counts under the filters (the facets stay too). */
  suggestions: ConceptSuggestion[];
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
