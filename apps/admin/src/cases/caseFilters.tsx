import { AutocompleteInput, NumberInput, ReferenceInput, SearchInput, SelectInput, TextInput } from 'react-admin';
import { CountryInput } from '../common/inputs';
import { vocabularyChoices } from '../common/vocabulary';

/** The case filters of docs/api.md, one input each; labels come from resources.cases.fields. */
export const caseFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <CountryInput key="jurisdiction" source="jurisdiction" />,
  <SelectInput key="status" source="status" choices={vocabularyChoices('status')} />,
  <SelectInput
    key="exploitationPurpose"
    source="exploitationPurpose"
    choices={vocabularyChoices('exploitationPurposes')}
  />,
  <ReferenceInput key="statute" source="statute" reference="statutes" sort={{ field: 'key', order: 'ASC' }}>
    <AutocompleteInput />
  </ReferenceInput>,
  <SelectInput key="verdict" source="verdict" choices={vocabularyChoices('verdict')} />,
  <CountryInput key="routeCountry" source="routeCountry" />,
  <NumberInput key="verdictYear" source="verdictYear" min={1900} max={2100} />,
  <TextInput key="tag" source="tag" />,
];
