import { Box, Stack } from '@mui/material';
import { RecordField, Show, TextField, useRecordContext } from 'react-admin';
import type { AuditEventResponse } from '@caseatlas/contracts';
import { Empty } from '../common/Section';
import { DateTimeField, VocabularyField } from '../common/fields';
import { OutcomeField } from './OutcomeField';

const Details = () => {
  const record = useRecordContext<AuditEventResponse>();
  if (!record?.details || Object.keys(record.details).length === 0)
    return <Empty message="caseatlas.audit.no_details" />;
  return (
    <Box component="pre" sx={{ m: 0, fontSize: '0.85rem', whiteSpace: 'pre-wrap' }} data-testid="audit-details">
      {JSON.stringify(record.details, null, 2)}
    </Box>
  );
};

export const AuditShow = () => (
  <Show<AuditEventResponse> actions={false}>
    <Stack gap={1.5} sx={{ p: 2 }}>
      <RecordField source="at">
        <DateTimeField source="at" seconds />
      </RecordField>
      <RecordField source="action">
        <TextField source="action" variant="h6" />
      </RecordField>
      <RecordField source="outcome">
        <OutcomeField source="outcome" />
      </RecordField>
      <RecordField source="statusCode" empty="—" />
      <RecordField source="actorName" empty="—" />
      <RecordField source="actorId" empty="—" />
      <RecordField source="actorRole">
        <VocabularyField source="actorRole" vocabulary="accountRole" />
      </RecordField>
      <RecordField source="targetType" empty="—" />
      <RecordField source="targetId" empty="—" />
      <RecordField source="clientAddress" empty="—" />
      <RecordField source="requestId" empty="—" />
      <RecordField source="details">
        <Details />
      </RecordField>
    </Stack>
  </Show>
);
