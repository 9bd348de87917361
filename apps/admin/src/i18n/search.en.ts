/** `caseatlas.search`: the precedent search page (`/search`, also on the dashboard). */
export const searchTextsEn = {
  title: 'Search precedents',
  query: 'Search the cases',
  query_placeholder: 'e.g. "debt bondage" +Dubai',
  submit: 'Search',
  syntax_help:
    'Phrases in quotes ("debt bondage"), +word must appear, -word must not, a | b for either, recruit* for words starting so.',
  syntax_error: 'The search text cannot be read: %{message}',
  sort: 'Sort by',
  sorts: {
    relevance: 'Relevance',
    verdictDate: 'Verdict date (newest first)',
    sentence: 'Longest sentence',
  },
  total: '%{count} case found |||| %{count} cases found',
  no_results: 'No case matches this search. Remove a filter or change the text.',
  facets: 'Narrow the results',
  show_more: 'Show all %{smart_count}',
  show_less: 'Show fewer',
  active_filters: 'Active filters',
  remove_filter: 'Remove filter %{filter}',
  clear_filters: 'Clear all filters',
  load_more: 'Load more',
  unavailable: 'Search is unavailable right now; case pages still work.',
  invalid_filters: 'Some filters in this address are not valid:',
  expired: 'This page of results has expired.',
  search_again: 'Search again',
  failed: 'The search failed: %{message}',
  year: 'Verdict %{year}',
};

/** `caseatlas.similar`: the "Similar cases" section of the case page. */
export const similarTextsEn = {
  title: 'Similar cases',
  help: 'Cases sharing this case’s statutes, purposes, means, route or sectors, or written in similar words.',
  none: 'No similar case found',
  unavailable: 'Similar cases cannot be looked up right now: search is unavailable.',
  failed: 'Similar cases could not be loaded: %{message}',
  reasons: 'Why it is listed',
  reason: {
    wording: 'similar wording',
    statute: 'same statute %{value}',
    purpose: 'same purpose: %{value}',
    means: 'same means: %{value}',
    route_country: 'same country on the route: %{value}',
    sector: 'same sector: %{value}',
  },
};
