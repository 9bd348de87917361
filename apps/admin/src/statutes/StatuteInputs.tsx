import {
  BooleanInput,
  CheckboxGroupInput,
  NumberInput,
  SimpleForm,
  TextInput,
  minValue,
  regex,
  required,
} from 'react-admin';
import type { SimpleFormProps } from 'react-admin';
import { STATUTE_KEY_PATTERN } from '@caseatlas/contracts';
import type { StatuteRecord } from '@caseatlas/contracts';
import { FormToolbar } from '../common/FormToolbar';
import { CountryInput, InputRow } from '../common/inputs';
import { vocabularyChoices } from '../common/vocabulary';
import { useApiErrorNotifier } from '../common/apiErrors';

const validateKey = [required(), regex(STATUTE_KEY_PATTERN, 'caseatlas.validation.statute_key')];
const validateDate = regex(/^\d{4}-\d{2}-\d{2}$/, 'caseatlas.validation.date');
const validateMonths = [required(), minValue(0)];
const validateRange = (values: Partial<StatuteRecord>) =>
  values.penaltyMinMonths != null &&
  values.penaltyMaxMonths != null &&
  values.penaltyMaxMonths < values.penaltyMinMonths
    ? { penaltyMaxMonths: 'caseatlas.validation.penalty_range' }
    : {};
const upperCase = (value: string) => (value ? value.toUpperCase() : null);

/**
 * The statute form shared by create and edit. The key is the statute's id: charges refer to it,
 * so it is typed once and read-only afterwards (`readOnly`, not `disabled`: a disabled input
 * would drop the key from the PUT body).
 */
export const StatuteInputs = ({
  isEdit = false,
  ...props
}: Omit<SimpleFormProps, 'children'> & { isEdit?: boolean }) => {
  const onDeleteError = useApiErrorNotifier('caseatlas.errors.statute_in_use');
  return (
    <SimpleForm
      validate={validateRange}
      toolbar={<FormToolbar deleteMutationOptions={{ onError: onDeleteError }} />}
      disableInvalidFormNotification
      {...props}
    >
      <InputRow>
        <TextInput
          source="key"
          validate={validateKey}
          parse={upperCase}
          readOnly={isEdit}
          helperText={isEdit ? false : 'caseatlas.statute.help.key'}
        />
        <CountryInput source="jurisdiction" validate={required()} />
      </InputRow>
      <TextInput source="title" validate={required()} />
      <InputRow>
        <NumberInput source="penaltyMinMonths" min={0} validate={validateMonths} />
        <NumberInput source="penaltyMaxMonths" min={0} validate={validateMonths} />
        <BooleanInput source="lifePossible" />
      </InputRow>
      <CheckboxGroupInput source="purposes" choices={vocabularyChoices('exploitationPurposes')} />
      <InputRow>
        <TextInput source="validFrom" validate={validateDate} helperText="caseatlas.statute.help.date" />
        <TextInput source="validTo" validate={validateDate} helperText="caseatlas.statute.help.date" />
      </InputRow>
    </SimpleForm>
  );
};
