import { useCallback } from 'react';
import { useTranslate } from 'react-admin';
import { CASE_FILTERS } from '@caseatlas/contracts';
import type { CaseFilterDefinition, CaseFilterName, SearchFilterName } from '@caseatlas/contracts';
import { useCountryName } from '../common/countries';
import { useVocabularyLabel } from '../common/fields';
import type { FilterValue } from './types';

/**
 * Names of filters and of their values in the UI language, from the filter's definition in
 * CASE_FILTERS: its label catalogue, country names for country filters, yes/no for booleans,
 * the value as it is otherwise (statute keys, years, tags).
 */
export const useFilterLabels = () => {
  const translate = useTranslate();
  const countryName = useCountryName();
  const vocabularyLabel = useVocabularyLabel();

  const filterLabel = useCallback(
    (name: SearchFilterName) => translate(`resources.cases.fields.${name}`, { _: name }),
    [translate],
  );

  const valueLabel = (name: SearchFilterName, value: FilterValue): string => {
    const text = String(value);
    // Annotation tags are shown as written.
    if (!Object.hasOwn(CASE_FILTERS, name)) return text;
    const definition: CaseFilterDefinition = CASE_FILTERS[name as CaseFilterName];
    if (definition.kind === 'boolean')
      return translate(text === 'true' ? 'caseatlas.common.yes' : 'caseatlas.common.no');
    if (definition.input === 'country') return countryName(text);
    if (definition.labels) return vocabularyLabel(definition.labels, text);
    return text;
  };

  return { filterLabel, valueLabel };
};
