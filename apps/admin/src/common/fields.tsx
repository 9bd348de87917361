import { Chip, Stack, Typography } from '@mui/material';
import type { ChipProps } from '@mui/material';
import { DateField, useFieldValue, useTranslate } from 'react-admin';
import type { DateFieldProps, FieldProps } from 'react-admin';
import type { CaseStatus } from '@caseatlas/contracts';
import { useCountryName } from './countries';
import { vocabularyKey } from './vocabulary';
import type { VocabularyName } from './vocabulary';

/** Translates a vocabulary value; an unknown value (older data) shows as stored. */
export const useVocabularyLabel = () => {
  const translate = useTranslate();
  return (name: VocabularyName, value: string) => translate(vocabularyKey(name, value), { _: value });
};

export const CountryChip = ({ code, size = 'small' }: { code: string; size?: ChipProps['size'] }) => {
  const countryName = useCountryName();
  return <Chip size={size} label={countryName(code)} title={code} data-country={code} />;
};

export const CountryChips = ({ codes }: { codes: readonly string[] }) => (
  <Stack direction="row" useFlexGap flexWrap="wrap" gap={0.5}>
    {codes.map((code) => (
      <CountryChip key={code} code={code} />
    ))}
  </Stack>
);

export const VocabularyChips = ({ name, values }: { name: VocabularyName; values: readonly string[] }) => {
  const label = useVocabularyLabel();
  if (values.length === 0) return null;
  return (
    <Stack direction="row" useFlexGap flexWrap="wrap" gap={0.5}>
      {values.map((value) => (
        <Chip key={value} size="small" variant="outlined" label={label(name, value)} data-value={value} />
      ))}
    </Stack>
  );
};

/**
 * An instant as every list and page writes it: the date in words and the time, in the UI language
 * («7 дек. 2026 г., 04:48», "7 Dec 2026, 04:48"), never the numeric 07/12/2026 that reads as 12 July
 * to some. `seconds` where the order of events within a minute matters (the audit trail).
 */
export const DateTimeField = ({
  seconds = false,
  ...props
}: Omit<DateFieldProps, 'showTime' | 'options'> & { seconds?: boolean }) => (
  <DateField {...props} showTime options={{ dateStyle: 'medium', timeStyle: seconds ? 'medium' : 'short' }} />
);

/** A country code shown by its name in the UI language (code as tooltip). */
export const CountryField = (props: FieldProps) => {
  const code = useFieldValue({ source: props.source ?? '' }) as string | null | undefined;
  const countryName = useCountryName();
  if (!code) return null;
  return (
    <Typography component="span" variant="body2" title={code}>
      {countryName(code)}
    </Typography>
  );
};

export const VocabularyField = ({ vocabulary, ...props }: FieldProps & { vocabulary: VocabularyName }) => {
  const value = useFieldValue({ source: props.source ?? '' }) as string | null | undefined;
  const label = useVocabularyLabel();
  if (!value) return null;
  return (
    <Typography component="span" variant="body2">
      {label(vocabulary, value)}
    </Typography>
  );
};

export const VocabularyChipsField = ({ vocabulary, ...props }: FieldProps & { vocabulary: VocabularyName }) => {
  const values = useFieldValue({ source: props.source ?? '', defaultValue: [] }) as string[];
  return <VocabularyChips name={vocabulary} values={values} />;
};

const STATUS_COLORS: Record<CaseStatus, ChipProps['color']> = {
  draft: 'default',
  in_review: 'warning',
  published: 'success',
  archived: 'default',
};

export const StatusChip = ({ status }: { status: CaseStatus }) => {
  const label = useVocabularyLabel();
  return (
    <Chip
      size="small"
      color={STATUS_COLORS[status] ?? 'default'}
      variant={status === 'archived' ? 'outlined' : 'filled'}
      label={label('status', status)}
      data-status={status}
    />
  );
};

export const StatusField = (props: FieldProps) => {
  const status = useFieldValue({ source: props.source ?? 'status' }) as CaseStatus | undefined;
  return status ? <StatusChip status={status} /> : null;
};

/** Demo and test data must say they are synthetic wherever a case is shown. */
export const SyntheticBadge = () => {
  const translate = useTranslate();
  return (
    <Chip
      size="small"
      color="secondary"
      variant="outlined"
      label={translate('caseatlas.common.synthetic')}
      data-testid="synthetic-badge"
    />
  );
};
