import {
  BooleanInput,
  PasswordInput,
  SelectInput,
  SimpleForm,
  TextInput,
  maxLength,
  minLength,
  regex,
  required,
  useTranslate,
} from 'react-admin';
import type { SimpleFormProps } from 'react-admin';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, USERNAME_PATTERN } from '@caseatlas/contracts';
import type { Profession, Role, UserResponse } from '@caseatlas/contracts';
import { FormToolbar } from '../common/FormToolbar';
import { InputRow, emptyAsNull } from '../common/inputs';
import { vocabularyChoices } from '../common/vocabulary';

const validateUsername = [required(), regex(USERNAME_PATTERN, 'caseatlas.validation.username')];
const passwordRules = [minLength(PASSWORD_MIN_LENGTH), maxLength(PASSWORD_MAX_LENGTH)];
const validateNewPassword = [required(), ...passwordRules];

/** What the form holds: a user plus the password being set. */
export type UserFormValues = Partial<UserResponse> & { password?: string | null };

export interface UserBody {
  username?: string;
  displayName?: string;
  role?: Role;
  profession: Profession | null;
  active?: boolean;
  password?: string;
}

/**
 * Form values → API body: only the fields the API accepts for that call (it refuses unknown
 * ones), and no password when the reset field was left empty.
 */
export function toUserBody(values: UserFormValues, isEdit: boolean): UserBody {
  const body: UserBody = {
    displayName: values.displayName?.trim(),
    role: values.role,
    profession: values.profession ?? null,
  };
  if (isEdit) body.active = values.active;
  else body.username = values.username?.trim();
  if (values.password) body.password = values.password;
  return body;
}

/**
 * The account form of an administrator. The username is typed once (audit rows name it) and
 * read-only afterwards; a password typed on edit resets the user's password.
 */
export const UserInputs = ({ isEdit = false, ...props }: Omit<SimpleFormProps, 'children'> & { isEdit?: boolean }) => {
  const translate = useTranslate();
  return (
    <SimpleForm toolbar={<FormToolbar />} disableInvalidFormNotification {...props}>
      <InputRow>
        <TextInput
          source="username"
          validate={isEdit ? undefined : validateUsername}
          readOnly={isEdit}
          autoComplete="off"
          helperText={isEdit ? false : 'caseatlas.user.help.username'}
        />
        <TextInput source="displayName" validate={required()} />
      </InputRow>
      <InputRow>
        <SelectInput source="role" choices={vocabularyChoices('accountRole')} validate={required()} />
        <SelectInput source="profession" choices={vocabularyChoices('profession')} parse={emptyAsNull} />
      </InputRow>
      {isEdit ? <BooleanInput source="active" helperText="caseatlas.user.help.active" /> : null}
      <PasswordInput
        source="password"
        autoComplete="new-password"
        validate={isEdit ? passwordRules : validateNewPassword}
        helperText={
          isEdit
            ? 'caseatlas.user.help.password_reset'
            : translate('caseatlas.user.help.password', { min: PASSWORD_MIN_LENGTH })
        }
      />
    </SimpleForm>
  );
};
