import { Autocomplete, Chip, TextField, ToggleButton, ToggleButtonGroup, Stack, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { COMPARE_COLUMNS } from '@caseatlas/contracts';
import { useCountryChoices } from '../common/countries';
import type { Choice } from '../common/countries';
import type { CompareBy } from './analyticsState';

/** Two to six choices out of `choices`, as chips; more than six cannot be chosen. */
const ChoicesInput = ({
  label,
  choices,
  value,
  onChange,
  testId,
}: {
  label: string;
  choices: Choice[];
  value: string[];
  onChange: (ids: string[]) => void;
  testId: string;
}) => {
  const translate = useTranslate();
  const chosen = value.map((id) => choices.find((choice) => choice.id === id) ?? { id, name: id });
  return (
    <Autocomplete
      multiple
      options={choices}
      value={chosen}
      getOptionLabel={(choice) => choice.name}
      isOptionEqualToValue={(option, selected) => option.id === selected.id}
      getOptionDisabled={() => value.length >= COMPARE_COLUMNS.max}
      onChange={(_event, next) => onChange(next.map((choice) => choice.id))}
      renderValue={(selected, getItemProps) =>
        selected.map((choice, index) => {
          const { key, ...itemProps } = getItemProps({ index });
          return <Chip key={key} size="small" label={choice.name} data-value={choice.id} {...itemProps} />;
        })
      }
      renderInput={(params) => (
        <TextField
          {...params}
          label={label}
          helperText={translate('caseatlas.analytics.compare.choose')}
          slotProps={{ htmlInput: { ...params.inputProps, 'data-testid': testId } }}
        />
      )}
      sx={{ minWidth: { md: '28rem' } }}
    />
  );
};

/** What the compare and legislation views put side by side: jurisdictions, or saved searches. */
export const ColumnPicker = ({
  by,
  onByChange,
  value,
  onChange,
  savedSearches,
}: {
  by: CompareBy;
  /** Absent: jurisdictions only (the legislation view). */
  onByChange?: (by: CompareBy) => void;
  value: string[];
  onChange: (ids: string[]) => void;
  savedSearches?: Choice[];
}) => {
  const translate = useTranslate();
  const countries = useCountryChoices();
  return (
    <Stack direction={{ xs: 'column', md: 'row' }} gap={2} alignItems={{ md: 'flex-start' }}>
      {onByChange ? (
        <ToggleButtonGroup
          exclusive
          size="small"
          value={by}
          onChange={(_event, next: CompareBy | null) => next && onByChange(next)}
          aria-label={translate('caseatlas.analytics.compare.by')}
          sx={{ mt: 1 }}
        >
          <ToggleButton value="jurisdictions" data-testid="compare-by-jurisdictions">
            {translate('caseatlas.analytics.compare.by_jurisdictions')}
          </ToggleButton>
          <ToggleButton value="savedSearches" data-testid="compare-by-saved-searches">
            {translate('caseatlas.analytics.compare.by_saved_searches')}
          </ToggleButton>
        </ToggleButtonGroup>
      ) : null}
      {by === 'jurisdictions' ? (
        <ChoicesInput
          label={translate('caseatlas.analytics.compare.jurisdictions')}
          choices={countries}
          value={value}
          onChange={onChange}
          testId="choose-jurisdictions"
        />
      ) : savedSearches?.length ? (
        <ChoicesInput
          label={translate('caseatlas.analytics.compare.saved_searches')}
          choices={savedSearches}
          value={value}
          onChange={onChange}
          testId="choose-saved-searches"
        />
      ) : (
        <Typography color="text.secondary" sx={{ mt: 1.5 }}>
          {translate('caseatlas.analytics.compare.no_saved_searches')}
        </Typography>
      )}
    </Stack>
  );
};
