import { Stack } from '@mui/material';
import {
  BulkDeleteButton,
  BulkExportButton,
  CreateButton,
  Datagrid,
  DateField,
  ExportButton,
  FilterButton,
  FunctionField,
  List,
  TextField,
  TopToolbar,
} from 'react-admin';
import type { CaseResponse } from '@caseatlas/contracts';
import { CountryField, StatusField, SyntheticBadge } from '../common/fields';
import { caseExporter } from './caseExporter';
import { caseFilters } from './caseFilters';

const CaseListActions = () => (
  <TopToolbar>
    <FilterButton />
    <CreateButton />
    <ExportButton />
  </TopToolbar>
);

const CaseBulkActions = () => (
  <>
    <BulkExportButton />
    <BulkDeleteButton />
  </>
);

export const CaseList = () => (
  <List<CaseResponse>
    filters={caseFilters}
    sort={{ field: 'updatedAt', order: 'DESC' }}
    actions={<CaseListActions />}
    exporter={caseExporter}
  >
    <Datagrid rowClick="show" bulkActionButtons={<CaseBulkActions />}>
      <FunctionField<CaseResponse>
        source="reference"
        render={(record) => (
          <Stack direction="row" alignItems="center" gap={1} component="span">
            <span>{record.reference}</span>
            {record.synthetic ? <SyntheticBadge /> : null}
          </Stack>
        )}
      />
      <TextField source="title" />
      <CountryField source="jurisdiction" />
      <StatusField source="status" />
      {/* Month-precision dates are normal, so the stored text is shown as it is. */}
      <TextField
        source="timeline.firstInstanceVerdict"
        sortBy="verdictDate"
        label="resources.cases.fields.verdictDate"
      />
      <DateField source="updatedAt" showTime />
    </Datagrid>
  </List>
);
