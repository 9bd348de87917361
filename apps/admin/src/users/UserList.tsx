import { BooleanField, Datagrid, DateField, List, TextField } from 'react-admin';
import type { UserResponse } from '@caseatlas/contracts';
import { VocabularyField } from '../common/fields';
import { userFilters } from './userFilters';

export const UserList = () => (
  <List<UserResponse> filters={userFilters} sort={{ field: 'username', order: 'ASC' }} exporter={false}>
    <Datagrid rowClick="show" bulkActionButtons={false}>
      <TextField source="username" />
      <TextField source="displayName" />
      <VocabularyField source="role" vocabulary="accountRole" />
      <VocabularyField source="profession" vocabulary="profession" sortable={false} />
      <BooleanField source="active" />
      <DateField source="lastLoginAt" showTime emptyText="caseatlas.user.never_signed_in" />
    </Datagrid>
  </List>
);
