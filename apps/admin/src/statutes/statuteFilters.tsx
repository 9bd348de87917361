import { SearchInput, SelectInput } from 'react-admin';
import { CountryInput } from '../common/inputs';
import { vocabularyChoices } from '../common/vocabulary';

export const statuteFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <CountryInput key="jurisdiction" source="jurisdiction" />,
  <SelectInput key="purpose" source="purpose" choices={vocabularyChoices('exploitationPurposes')} />,
];
