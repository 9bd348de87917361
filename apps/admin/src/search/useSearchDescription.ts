import { useTranslate } from 'react-admin';
import { filterSummary } from './savedSearch';
import type { SearchState } from './searchState';
import { useFilterLabels } from './useFilterLabels';

/**
 * A search in one line of words, for a saved search: `Text: "debt bondage" · Purpose of
 * exploitation: Forced labour · Destination: Russia`, or "All cases".
 */
export const useSearchDescription = () => {
  const translate = useTranslate();
  const wording = useFilterLabels();
  return ({ q, filter }: Pick<SearchState, 'q' | 'filter'>): string => {
    const parts = [
      ...(q.trim() ? [translate('caseatlas.saved_search.text', { q: q.trim() })] : []),
      ...filterSummary(filter, wording),
    ];
    return parts.length ? parts.join(' · ') : translate('caseatlas.saved_search.all_cases');
  };
};
