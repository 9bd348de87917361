import { Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { FieldProps } from 'react-admin';
import type { StatuteResponse } from '@caseatlas/contracts';

/** Props Datagrid reads for the column header; `source` only names the label (`penaltyRange`). */
type PenaltyRangeFieldProps = Pick<FieldProps, 'label' | 'sortBy' | 'sortable'> & { source?: string };

/** "60–180 months", plus "or life" when the statute allows it. */
export const PenaltyRangeField = (_props: PenaltyRangeFieldProps) => {
  const record = useRecordContext<StatuteResponse>();
  const translate = useTranslate();
  if (!record) return null;
  const range = translate('caseatlas.statute.penalty_range', {
    min: record.penaltyMinMonths,
    max: record.penaltyMaxMonths,
  });
  return (
    <Typography component="span" variant="body2">
      {record.lifePossible ? `${range} ${translate('caseatlas.statute.life')}` : range}
    </Typography>
  );
};
