import {
  AutocompleteInput,
  NullableBooleanInput,
  NumberInput,
  ReferenceInput,
  SearchInput,
  SelectInput,
  TextInput,
} from 'react-admin';
import { CASE_FILTER_NAMES, CASE_FILTERS } from '@caseatlas/contracts';
import type { CaseFilterDefinition, CaseFilterName } from '@caseatlas/contracts';
import { CountryInput } from '../common/inputs';
import { vocabularyChoices } from '../common/vocabulary';

/** The input for one filter of the contracts' CASE_FILTERS; labels come from resources.cases.fields. */
function filterInput(name: CaseFilterName, definition: CaseFilterDefinition) {
  switch (definition.input) {
    case 'search':
      return <SearchInput key={name} source={name} alwaysOn />;
    case 'country':
      return <CountryInput key={name} source={name} />;
    case 'select':
      return <SelectInput key={name} source={name} choices={vocabularyChoices(definition.labels!)} />;
    case 'statute':
      return (
        <ReferenceInput key={name} source={name} reference="statutes" sort={{ field: 'key', order: 'ASC' }}>
          <AutocompleteInput />
        </ReferenceInput>
      );
    case 'number':
      return <NumberInput key={name} source={name} min={definition.range?.[0]} max={definition.range?.[1]} />;
    case 'boolean':
      return <NullableBooleanInput key={name} source={name} />;
    case 'text':
      return <TextInput key={name} source={name} />;
    case 'none':
      return null;
  }
}

/** Every case filter a person picks values for, in the order the contracts declare them. */
export const caseFilters = CASE_FILTER_NAMES.map((name) => filterInput(name, CASE_FILTERS[name])).filter(
  (input) => input !== null,
);
