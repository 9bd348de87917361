import { Stack } from '@mui/material';
import { Datagrid, FilterButton, List, SimpleList, TextField, TopToolbar } from 'react-admin';
import type { AuditEventResponse } from '@caseatlas/contracts';
import { DateTimeField, VocabularyField } from '../common/fields';
import { useIsPhone } from '../common/useIsPhone';
import { AuditExportButton } from './AuditExportButton';
import { OutcomeField } from './OutcomeField';
import { auditFilters } from './auditFilters';

const AuditListActions = () => (
  <TopToolbar>
    <FilterButton />
    <AuditExportButton />
  </TopToolbar>
);

/** The audit trail, newest first; read-only. Sortable columns are the API's (AUDIT_SORT_COLUMNS). */
export const AuditList = () => {
  const isPhone = useIsPhone();
  return (
    <List<AuditEventResponse>
      filters={auditFilters}
      sort={{ field: 'at', order: 'DESC' }}
      actions={<AuditListActions />}
      exporter={false}
    >
      {isPhone ? (
        <SimpleList<AuditEventResponse>
          primaryText={(event) => event.action}
          // One line under the action, each part apart: on a phone a right-floated date ran into it.
          secondaryText={(event) => (
            <Stack direction="row" flexWrap="wrap" columnGap={1} component="span" alignItems="center">
              <DateTimeField source="at" seconds />
              <span>{event.actorName}</span>
              <OutcomeField source="outcome" />
            </Stack>
          )}
          linkType="show"
        />
      ) : (
        <Datagrid rowClick="show" bulkActionButtons={false}>
          <DateTimeField source="at" seconds />
          <TextField source="actorName" />
          <VocabularyField source="actorRole" vocabulary="accountRole" sortable={false} />
          <TextField source="action" />
          <TextField source="targetType" sortable={false} />
          <TextField source="targetId" sortable={false} />
          <OutcomeField source="outcome" />
          <TextField source="statusCode" />
          <TextField source="clientAddress" sortable={false} />
          <TextField source="requestId" sortable={false} />
        </Datagrid>
      )}
    </List>
  );
};
