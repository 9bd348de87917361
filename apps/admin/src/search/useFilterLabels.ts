import { useCallback } from 'react';
import { useTranslate } from 'react-admin';
import { CASE_FILTERS } from '@caseatlas/contracts';
import type { CaseFilterDefinition, CaseFilterName } from '@caseatlas/contracts';
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
    (name: CaseFilterName) => translate(`resources.cases.fields.${name}`, { _: name }),
    [translate],
  );

  const valueLabel = (name: CaseFilterName, value: FilterValue): string => {
    const definition: CaseFilterDefinition = CASE_FILTERS[name];
    const text = String(value);
    if (definition.kind === 'boolean')
      return translate(text === 'true' ? 'caseatlas.common.yes' : 'caseatlas.common.no');
    if (definition.input === 'country') return countryName(text);
    if (definition.labels) return vocabularyLabel(definition.labels, text);
    return text;
  };

  return { filterLabel, valueLabel };
};
