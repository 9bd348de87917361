import { useState } from 'react';
import { Box, Card, CardContent, Stack, Typography } from '@mui/material';
import {
  Form,
  Loading,
  PasswordInput,
  SaveButton,
  SelectInput,
  TextInput,
  Title,
  maxLength,
  minLength,
  required,
  useDataProvider,
  useGetIdentity,
  useNotify,
  useTranslate,
} from 'react-admin';
import type { FieldValues } from 'react-hook-form';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@caseatlas/contracts';
import type { AccountResponse, Profession } from '@caseatlas/contracts';
import { asApiError, useApiErrorNotifier } from '../common/apiErrors';
import { useVocabularyLabel } from '../common/fields';
import { emptyAsNull } from '../common/inputs';
import { vocabularyChoices } from '../common/vocabulary';
import type { CaseAtlasDataProvider } from '../dataProvider';
import { rememberAccount } from '../session';

const validateNewPassword = [required(), minLength(PASSWORD_MIN_LENGTH), maxLength(PASSWORD_MAX_LENGTH)];
const validatePasswords = (values: FieldValues) =>
  values.confirmPassword && values.confirmPassword !== values.newPassword
    ? { confirmPassword: 'caseatlas.validation.password_mismatch' }
    : {};

/** The API's per-field messages of a 400, for the form to show inline; the message goes to a notification. */
const useSubmitErrorHandler = () => {
  const notifyError = useApiErrorNotifier();
  return (error: unknown) => {
    notifyError(error);
    return asApiError(error).body?.errors;
  };
};

const Summary = ({ account }: { account: AccountResponse }) => {
  const translate = useTranslate();
  const label = useVocabularyLabel();
  const rows = [
    ['username', account.username],
    ['role', label('accountRole', account.role)],
    ['profession', account.profession ? label('profession', account.profession) : '—'],
  ] as const;
  return (
    <Box component="dl" sx={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', gap: 1, m: 0 }}>
      {rows.map(([field, value]) => (
        <Box key={field} sx={{ display: 'contents' }}>
          <Typography component="dt" variant="body2" color="text.secondary">
            {translate(`caseatlas.account.fields.${field}`)}
          </Typography>
          <Typography component="dd" variant="body2" sx={{ m: 0 }} data-testid={`account-${field}`}>
            {value}
          </Typography>
        </Box>
      ))}
    </Box>
  );
};

const ProfileForm = ({ account, onSaved }: { account: AccountResponse; onSaved: () => void }) => {
  const dataProvider = useDataProvider<CaseAtlasDataProvider>();
  const notify = useNotify();
  const onError = useSubmitErrorHandler();

  const save = async (values: FieldValues) => {
    try {
      const { data } = await dataProvider.updateAccount({
        displayName: String(values.displayName ?? '').trim(),
        profession: (values.profession as Profession | null) ?? null,
      });
      // Nothing comes back when the session ended meanwhile (react-admin signs the user out).
      if (!data?.id) return;
      rememberAccount(data);
      onSaved();
      notify('caseatlas.account.profile_saved', { type: 'success' });
    } catch (error) {
      return onError(error);
    }
  };

  return (
    // Keyed by the saved values, so that a save leaves a clean (not dirty) form.
    <Form
      key={`${account.displayName}|${account.profession}`}
      defaultValues={{ displayName: account.displayName, profession: account.profession }}
      onSubmit={save}
    >
      <Stack sx={{ maxWidth: '32rem' }}>
        <TextInput source="displayName" label="caseatlas.account.fields.displayName" validate={required()} />
        <SelectInput
          source="profession"
          label="caseatlas.account.fields.profession"
          choices={vocabularyChoices('profession')}
          parse={emptyAsNull}
        />
        <Box>
          <SaveButton label="caseatlas.account.save_profile" />
        </Box>
      </Stack>
    </Form>
  );
};

const PasswordForm = () => {
  const dataProvider = useDataProvider<CaseAtlasDataProvider>();
  const notify = useNotify();
  const translate = useTranslate();
  const onError = useSubmitErrorHandler();
  // A new key empties the form after a successful change.
  const [generation, setGeneration] = useState(0);

  const change = async (values: FieldValues) => {
    try {
      await dataProvider.changePassword({ currentPassword: values.currentPassword, newPassword: values.newPassword });
      setGeneration((current) => current + 1);
      notify('caseatlas.account.password_changed', { type: 'success' });
    } catch (error) {
      return onError(error);
    }
  };

  return (
    <Form key={generation} onSubmit={change} validate={validatePasswords}>
      <Stack sx={{ maxWidth: '32rem' }}>
        <PasswordInput
          source="currentPassword"
          label="caseatlas.account.fields.currentPassword"
          autoComplete="current-password"
          validate={required()}
        />
        <PasswordInput
          source="newPassword"
          label="caseatlas.account.fields.newPassword"
          autoComplete="new-password"
          validate={validateNewPassword}
          helperText={translate('caseatlas.account.help.new_password', { min: PASSWORD_MIN_LENGTH })}
        />
        <PasswordInput
          source="confirmPassword"
          label="caseatlas.account.fields.confirmPassword"
          autoComplete="new-password"
          validate={required()}
        />
        <Box>
          <SaveButton label="caseatlas.account.change_password" />
        </Box>
      </Stack>
    </Form>
  );
};

/** The signed-in user's own account (`/account`, from the user menu): profile and password. */
export const AccountPage = () => {
  const translate = useTranslate();
  // getIdentity returns the whole account (authProvider.ts).
  const { identity, isPending, refetch } = useGetIdentity();
  if (isPending || !identity) return <Loading />;
  const account = identity as unknown as AccountResponse;

  return (
    <Stack gap={2} sx={{ mt: 2, mb: 4 }}>
      <Title title="caseatlas.account.title" />
      <Card>
        <CardContent>
          <Typography variant="h6" component="h2" gutterBottom>
            {translate('caseatlas.account.profile')}
          </Typography>
          <Summary account={account} />
          <Box sx={{ mt: 2 }}>
            <ProfileForm account={account} onSaved={refetch} />
          </Box>
        </CardContent>
      </Card>
      <Card>
        <CardContent>
          <Typography variant="h6" component="h2" gutterBottom>
            {translate('caseatlas.account.password')}
          </Typography>
          <PasswordForm />
        </CardContent>
      </Card>
    </Stack>
  );
};
