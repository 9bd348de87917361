import type { SearchFilter, SearchFilterName, SearchSort } from '@caseatlas/contracts';

/* The answers of the search API come from @caseatlas/contracts (libs/contracts/src/search.ts),
 * shared with the API; what follows is the admin's own: facet order, request shapes. */
export { HIGHLIGHTED_FIELDS, SEARCH_SORTS } from '@caseatlas/contracts';
export type {
  AlertResponse as SavedSearchAlert,
  AlertsResponse as AlertsResult,
  FacetBucket,
  SavedSearchResponse as SavedSearch,
  SearchHit,
  SearchResponse as SearchResult,
  SearchSort,
  SimilarCase,
} from '@caseatlas/contracts';

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
  'annotationTag',
  'status',
] as const satisfies readonly SearchFilterName[];
export type FacetName = (typeof SEARCH_FACETS)[number];

/** A filter value as the API wants it (JSON booleans and numbers, not their text). */
export type FilterValue = string | number | boolean;
export type { SearchFilter };

export interface SearchParams {
  q: string;
  filter: SearchFilter;
  /** Absent: the API's default (relevance with a text, else verdict date). */
  sort?: SearchSort;
  size?: number;
  cursor?: string;
  /** True: the words only, without the concepts they name (`interpret=false`). */
  wordsOnly?: boolean;
}

/** What `POST /api/saved-searches` takes; the API anonymizes `name` and `q` before storing them. */
export interface SavedSearchInput {
  name: string;
  q?: string;
  filter?: SearchFilter;
}

/** The API's limit on a saved search's name (SavedSearchDto). */
export const SAVED_SEARCH_NAME_MAX_LENGTH = 120;
