import { en } from '../i18n/en';
import { ru } from '../i18n/ru';
import { SIMILAR_REASON_KEYS } from './similarReasons';
import { SEARCH_FACETS, SEARCH_SORTS } from './types';

// The keys the search screens build at run time, which i18n.spec.ts cannot see in the code.
describe.each([
  ['English', en],
  ['Russian', ru],
])('%s names of the search screens', (_language, catalogue) => {
  it('names every sort', () => {
    expect(SEARCH_SORTS.filter((sort) => !catalogue.caseatlas.search.sorts[sort])).toEqual([]);
  });

  it('names every facet by its filter’s label', () => {
    const fields: Record<string, string> = catalogue.resources.cases.fields;
    expect(SEARCH_FACETS.filter((facet) => !fields[facet])).toEqual([]);
  });

  it('names every reason a case is similar', () => {
    expect(SIMILAR_REASON_KEYS.filter((key) => !catalogue.caseatlas.similar.reason[key])).toEqual([]);
  });
});
