import { Stack } from '@mui/material';
import { BooleanField, RecordField, Show, TextField } from 'react-admin';
import type { UserResponse } from '@caseatlas/contracts';
import { DateTimeField, useVocabularyLabel } from '../common/fields';

const UserDetails = () => {
  const label = useVocabularyLabel();
  return (
    <Stack gap={1.5} sx={{ p: 2 }}>
      <RecordField source="username" />
      <RecordField source="displayName">
        <TextField source="displayName" variant="h6" />
      </RecordField>
      <RecordField<UserResponse> source="role" render={(user) => label('accountRole', user.role)} />
      <RecordField<UserResponse>
        source="profession"
        render={(user) => (user.profession ? label('profession', user.profession) : null)}
        empty="caseatlas.user.no_profession"
      />
      <RecordField source="active">
        <BooleanField source="active" />
      </RecordField>
      <RecordField source="lastLoginAt">
        <DateTimeField source="lastLoginAt" emptyText="caseatlas.user.never_signed_in" />
      </RecordField>
      <RecordField source="createdAt">
        <DateTimeField source="createdAt" />
      </RecordField>
      <RecordField source="updatedAt">
        <DateTimeField source="updatedAt" />
      </RecordField>
    </Stack>
  );
};

export const UserShow = () => (
  <Show<UserResponse>>
    <UserDetails />
  </Show>
);
