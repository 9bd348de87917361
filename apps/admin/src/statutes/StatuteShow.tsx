import { Stack } from '@mui/material';
import { BooleanField, RecordField, Show, TextField } from 'react-admin';
import type { StatuteResponse } from '@caseatlas/contracts';
import { CountryField, VocabularyChipsField } from '../common/fields';
import { useDateFormat } from '../common/format';
import { PenaltyRangeField } from './PenaltyRangeField';

export const StatuteShow = () => {
  const formatDate = useDateFormat();
  return (
    <Show<StatuteResponse>>
      <Stack gap={1.5} sx={{ p: 2 }}>
        <RecordField source="key" />
        <RecordField source="title">
          <TextField source="title" variant="h6" />
        </RecordField>
        <RecordField source="jurisdiction">
          <CountryField source="jurisdiction" />
        </RecordField>
        <RecordField source="penaltyRange">
          <PenaltyRangeField />
        </RecordField>
        <RecordField source="lifePossible">
          <BooleanField source="lifePossible" />
        </RecordField>
        <RecordField source="purposes">
          <VocabularyChipsField source="purposes" vocabulary="exploitationPurposes" />
        </RecordField>
        <RecordField<StatuteResponse>
          source="validFrom"
          empty="—"
          render={(statute) => (statute.validFrom ? formatDate(statute.validFrom) : null)}
        />
        <RecordField<StatuteResponse>
          source="validTo"
          empty="caseatlas.statute.in_force_open"
          render={(statute) => (statute.validTo ? formatDate(statute.validTo) : null)}
        />
      </Stack>
    </Show>
  );
};
