import { Stack } from '@mui/material';
import { BooleanField, Datagrid, List, SimpleList, TextField } from 'react-admin';
import type { UserResponse } from '@caseatlas/contracts';
import { DateTimeField, VocabularyField } from '../common/fields';
import { useIsPhone } from '../common/useIsPhone';
import { userFilters } from './userFilters';

export const UserList = () => {
  const isPhone = useIsPhone();
  return (
    <List<UserResponse> filters={userFilters} sort={{ field: 'username', order: 'ASC' }} exporter={false}>
      {isPhone ? (
        <SimpleList<UserResponse>
          primaryText={(user) => user.displayName}
          // The role under the name, apart from it: on a phone a right-floated role ran into the name.
          secondaryText={(user) => (
            <Stack direction="row" flexWrap="wrap" columnGap={1} component="span">
              <span>{user.username}</span>
              <VocabularyField source="role" vocabulary="accountRole" />
            </Stack>
          )}
          linkType="show"
        />
      ) : (
        <Datagrid rowClick="show" bulkActionButtons={false}>
          <TextField source="username" />
          <TextField source="displayName" />
          <VocabularyField source="role" vocabulary="accountRole" />
          <VocabularyField source="profession" vocabulary="profession" sortable={false} />
          <BooleanField source="active" />
          <DateTimeField source="lastLoginAt" emptyText="caseatlas.user.never_signed_in" />
        </Datagrid>
      )}
    </List>
  );
};
