import { useState } from 'react';
import { Box, Button, Checkbox, FormControlLabel, FormGroup, FormLabel, Stack, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { useNumberFormat } from '../common/format';
import { filterValueOf, hasValue, toggleValue } from './searchState';
import type { SearchState } from './searchState';
import { useFilterLabels } from './useFilterLabels';
import { SEARCH_FACETS } from './types';
import type { FacetBucket, FacetName, SearchFilter, SearchResult } from './types';

/** Values shown before "Show all": long facets (countries, statutes) would push the others away. */
const SHORT_LIST = 8;

/**
 * The facet's buckets, with every active value of it listed even when the answer has no bucket
 * for it (outside the facet's top values), so it can always be unticked here.
 */
function bucketsOf(name: FacetName, buckets: FacetBucket[], filter: SearchFilter): FacetBucket[] {
  const missing = (filter[name] ?? [])
    .map(String)
    .filter((value) => !buckets.some((bucket) => bucket.value === value))
    .map((value) => ({ value, count: 0 }));
  const all = [...buckets, ...missing];
  // Years read best in order; the rest by count, as the API sorts them.
  return name === 'verdictYear' ? all.sort((a, b) => Number(b.value) - Number(a.value)) : all;
}

const Facet = ({
  name,
  buckets,
  filter,
  onToggle,
}: {
  name: FacetName;
  buckets: FacetBucket[];
  filter: SearchFilter;
  onToggle: (name: FacetName, value: string) => void;
}) => {
  const translate = useTranslate();
  const { filterLabel, valueLabel } = useFilterLabels();
  const { number } = useNumberFormat();
  const [expanded, setExpanded] = useState(false);
  const shown = expanded ? buckets : buckets.slice(0, SHORT_LIST);
  return (
    <Box component="fieldset" sx={{ border: 0, m: 0, p: 0 }} data-testid={`facet-${name}`}>
      <FormLabel component="legend" sx={{ typography: 'subtitle2', color: 'text.primary', mb: 0.5 }}>
        {filterLabel(name)}
      </FormLabel>
      <FormGroup>
        {shown.map((bucket) => {
          const value = filterValueOf(name, bucket.value);
          return (
            <FormControlLabel
              key={bucket.value}
              data-value={bucket.value}
              sx={{ mr: 0, '& .MuiFormControlLabel-label': { flex: 1, minWidth: 0 } }}
              control={
                <Checkbox
                  size="small"
                  sx={{ py: 0.25 }}
                  checked={hasValue(filter, name, value)}
                  onChange={() => onToggle(name, bucket.value)}
                />
              }
              label={
                <Stack direction="row" gap={1} justifyContent="space-between">
                  <Typography variant="body2" noWrap title={bucket.value}>
                    {valueLabel(name, value)}
                  </Typography>
                  <Typography variant="body2" color="text.secondary">
                    {number(bucket.count)}
                  </Typography>
                </Stack>
              }
            />
          );
        })}
      </FormGroup>
      {buckets.length > SHORT_LIST ? (
        <Button size="small" onClick={() => setExpanded(!expanded)} aria-expanded={expanded}>
          {expanded
            ? translate('caseatlas.search.show_less')
            : translate('caseatlas.search.show_more', { smart_count: buckets.length })}
        </Button>
      ) : null}
    </Box>
  );
};

/**
 * Facets with their counts, in SEARCH_FACETS order. A facet that cannot narrow the results
 * (one value, held by every hit, not chosen) is left out: for most readers "Status: published"
 * would be such noise.
 */
export const FacetSidebar = ({
  result,
  state,
  onChange,
}: {
  result: SearchResult;
  state: SearchState;
  onChange: (next: SearchState) => void;
}) => {
  const translate = useTranslate();
  const toggle = (name: FacetName, value: string) =>
    onChange({ ...state, filter: toggleValue(state.filter, name, filterValueOf(name, value)) });
  const facets = SEARCH_FACETS.map((name) => ({
    name,
    buckets: bucketsOf(name, result.facets[name] ?? [], state.filter),
  })).filter(
    ({ name, buckets }) =>
      buckets.length > 0 &&
      !((state.filter[name] ?? []).length === 0 && buckets.length === 1 && buckets[0].count === result.total),
  );
  if (facets.length === 0) return null;
  return (
    <Stack component="aside" gap={2} aria-label={translate('caseatlas.search.facets')} data-testid="facets">
      <Typography variant="subtitle1" component="h2">
        {translate('caseatlas.search.facets')}
      </Typography>
      {facets.map(({ name, buckets }) => (
        <Facet key={name} name={name} buckets={buckets} filter={state.filter} onToggle={toggle} />
      ))}
    </Stack>
  );
};
