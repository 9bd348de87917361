import { Stack } from '@mui/material';
import { BooleanField, RecordField, Show, TextField } from 'react-admin';
import type { StatuteResponse } from '@caseatlas/contracts';
import { CountryField, VocabularyChipsField } from '../common/fields';
import { PenaltyRangeField } from './PenaltyRangeField';

export const StatuteShow = () => (
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
      <RecordField source="validFrom" empty="—" />
      <RecordField source="validTo" empty="caseatlas.statute.in_force_open" />
    </Stack>
  </Show>
);
