import { Button, Chip, Stack } from '@mui/material';
import CancelIcon from '@mui/icons-material/Cancel';
import { useTranslate } from 'react-admin';
import type { SearchFilterName } from '@caseatlas/contracts';
import { toggleValue } from './searchState';
import type { SearchState } from './searchState';
import { useFilterLabels } from './useFilterLabels';

/** Every chosen filter value as a chip that removes it; any filter of the address, not only facets. */
export const ActiveFilters = ({ state, onChange }: { state: SearchState; onChange: (next: SearchState) => void }) => {
  const translate = useTranslate();
  const { filterLabel, valueLabel } = useFilterLabels();
  const chips = (
    Object.entries(state.filter) as [SearchFilterName, NonNullable<SearchState['filter'][SearchFilterName]>][]
  ).flatMap(([name, values]) => values.map((value) => ({ name, value })));
  if (chips.length === 0) return null;
  return (
    <Stack
      direction="row"
      useFlexGap
      flexWrap="wrap"
      gap={1}
      alignItems="center"
      role="group"
      aria-label={translate('caseatlas.search.active_filters')}
      data-testid="active-filters"
    >
      {chips.map(({ name, value }) => {
        const label = `${filterLabel(name)}: ${valueLabel(name, value)}`;
        return (
          <Chip
            key={`${name}=${String(value)}`}
            label={label}
            onDelete={() => onChange({ ...state, filter: toggleValue(state.filter, name, value) })}
            data-testid="active-filter"
            data-filter={name}
            data-value={String(value)}
            deleteIcon={<CancelIcon titleAccess={translate('caseatlas.search.remove_filter', { filter: label })} />}
          />
        );
      })}
      {chips.length > 1 ? (
        <Button size="small" onClick={() => onChange({ ...state, filter: {} })}>
          {translate('caseatlas.search.clear_filters')}
        </Button>
      ) : null}
    </Stack>
  );
};
