import { NullableBooleanInput, SearchInput, SelectInput } from 'react-admin';
import { vocabularyChoices } from '../common/vocabulary';

export const userFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="role" source="role" choices={vocabularyChoices('accountRole')} />,
  <NullableBooleanInput key="active" source="active" />,
];
