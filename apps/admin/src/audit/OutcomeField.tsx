import { Chip } from '@mui/material';
import type { ChipProps } from '@mui/material';
import { useFieldValue } from 'react-admin';
import type { FieldProps } from 'react-admin';
import type { AuditOutcome } from '@caseatlas/contracts';
import { useVocabularyLabel } from '../common/fields';

const OUTCOME_COLORS: Record<AuditOutcome, ChipProps['color']> = {
  success: 'success',
  denied: 'warning',
  failure: 'warning',
  error: 'error',
};

export const OutcomeField = (props: FieldProps) => {
  const outcome = useFieldValue({ source: props.source ?? 'outcome' }) as AuditOutcome | undefined;
  const label = useVocabularyLabel();
  if (!outcome) return null;
  return (
    <Chip
      size="small"
      variant="outlined"
      color={OUTCOME_COLORS[outcome] ?? 'default'}
      label={label('auditOutcome', outcome)}
      data-outcome={outcome}
    />
  );
};
