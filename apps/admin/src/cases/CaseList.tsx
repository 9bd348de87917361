import { Stack } from '@mui/material';
import {
  BulkDeleteButton,
  BulkExportButton,
  CreateButton,
  Datagrid,
  ExportButton,
  FilterButton,
  FunctionField,
  List,
  SimpleList,
  TextField,
  TopToolbar,
} from 'react-admin';
import type { CaseResponse } from '@caseatlas/contracts';
import { CountryField, DateTimeField, StatusField, SyntheticBadge } from '../common/fields';
import { useDateFormat } from '../common/format';
import { useIsPhone } from '../common/useIsPhone';
import { useCaseExporter } from './caseExporter';
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

/** On a phone: the title first, then the reference, country and status, wrapping as they need. */
const CaseSimpleList = () => (
  <SimpleList<CaseResponse>
    primaryText={(record) => record.title}
    secondaryText={(record) => (
      <Stack direction="row" alignItems="center" flexWrap="wrap" columnGap={1} rowGap={0.5} component="span">
        <span>{record.reference}</span>
        <CountryField source="jurisdiction" />
        <StatusField source="status" />
        {record.synthetic ? <SyntheticBadge /> : null}
      </Stack>
    )}
    linkType="show"
  />
);

export const CaseList = () => {
  const isPhone = useIsPhone();
  const formatDate = useDateFormat();
  const exporter = useCaseExporter();
  return (
    <List<CaseResponse>
      filters={caseFilters}
      sort={{ field: 'updatedAt', order: 'DESC' }}
      actions={<CaseListActions />}
      exporter={exporter}
    >
      {isPhone ? (
        <CaseSimpleList />
      ) : (
        <Datagrid rowClick="show" bulkActionButtons={<CaseBulkActions />}>
          <FunctionField<CaseResponse>
            source="reference"
            render={(record) => (
              <Stack direction="row" alignItems="center" gap={1} component="span">
                {/* A reference is read as one token: never broken across lines. */}
                <span style={{ whiteSpace: 'nowrap' }}>{record.reference}</span>
                {record.synthetic ? <SyntheticBadge /> : null}
              </Stack>
            )}
          />
          <TextField source="title" />
          <CountryField source="jurisdiction" />
          <StatusField source="status" />
          {/* Month- and year-precision dates are normal: each is written to its precision. */}
          <FunctionField<CaseResponse>
            source="timeline.firstInstanceVerdict"
            sortBy="verdictDate"
            label="resources.cases.fields.verdictDate"
            render={(record) =>
              record.timeline.firstInstanceVerdict ? formatDate(record.timeline.firstInstanceVerdict) : ''
            }
          />
          <DateTimeField source="updatedAt" />
        </Datagrid>
      )}
    </List>
  );
};
