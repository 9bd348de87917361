import { Datagrid, FunctionField, List, SimpleList, TextField, useTranslate } from 'react-admin';
import type { WorkingGroupResponse } from '@caseatlas/contracts';
import { useIsPhone } from '../common/useIsPhone';

const MemberCount = () => {
  const translate = useTranslate();
  return (
    <FunctionField<WorkingGroupResponse>
      source="members"
      sortable={false}
      render={(group) => translate('caseatlas.group.member_count', { smart_count: group.members.length })}
    />
  );
};

/** The forum's working groups; the API answers them all at once (no filters, no paging there). */
export const GroupList = () => {
  const isPhone = useIsPhone();
  return (
    <List<WorkingGroupResponse> sort={{ field: 'name', order: 'ASC' }} pagination={false} perPage={1000}>
      {isPhone ? (
        <SimpleList<WorkingGroupResponse>
          primaryText={(group) => group.name}
          secondaryText={(group) => group.description}
          tertiaryText={<MemberCount />}
          linkType="show"
        />
      ) : (
        <Datagrid rowClick="show" bulkActionButtons={false}>
          <TextField source="name" />
          <TextField source="description" />
          <MemberCount />
        </Datagrid>
      )}
    </List>
  );
};
