import { useState } from 'react';
import {
  Box,
  Button,
  Checkbox,
  FormControlLabel,
  FormGroup,
  FormLabel,
  InputAdornment,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import SearchIcon from '@mui/icons-material/Search';
import { useTranslate } from 'react-admin';
import { useNumberFormat } from '../common/format';
import { FACET_FIND_FROM, facetRows } from './facetList';
import { filterValueOf, hasValue, toggleValue } from './searchState';
import type { SearchState } from './searchState';
import { useFilterLabels } from './useFilterLabels';
import { SEARCH_FACETS } from './types';
import type { FacetBucket, FacetName, SearchFilter, SearchResult } from './types';

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

/**
 * One facet: its values with their counts in a column of their own, long labels wrapping (a
 * Russian vocabulary label may take two lines; cutting it would hide what it means). A long
 * facet shows its first values with "Show all", and a box to find a value in it.
 */
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
  const [find, setFind] = useState('');
  const label = filterLabel(name);
  const labelOf = (bucket: FacetBucket) => valueLabel(name, filterValueOf(name, bucket.value));
  const isChecked = (bucket: FacetBucket) => hasValue(filter, name, filterValueOf(name, bucket.value));
  const { shown, matching, hidden } = facetRows(buckets, { labelOf, isChecked, find, expanded });
  return (
    <Box component="fieldset" sx={{ border: 0, m: 0, p: 0, minWidth: 0 }} data-testid={`facet-${name}`}>
      <FormLabel component="legend" sx={{ typography: 'subtitle2', color: 'text.primary', mb: 0.5, p: 0 }}>
        {label}
      </FormLabel>
      {buckets.length >= FACET_FIND_FROM ? (
        <TextField
          size="small"
          type="search"
          margin="none"
          value={find}
          onChange={(event) => setFind(event.target.value)}
          placeholder={translate('caseatlas.search.facet_find')}
          sx={{ mb: 0.5 }}
          slotProps={{
            htmlInput: {
              'aria-label': translate('caseatlas.search.facet_find_in', { facet: label }),
              'data-testid': `facet-find-${name}`,
            },
            input: {
              startAdornment: (
                <InputAdornment position="start">
                  <SearchIcon fontSize="small" />
                </InputAdornment>
              ),
            },
          }}
        />
      ) : null}
      <FormGroup>
        {shown.map((bucket) => (
          <FormControlLabel
            key={bucket.value}
            data-value={bucket.value}
            // The box stays by the first line of a label that wraps.
            sx={{ mr: 0, alignItems: 'flex-start', '& .MuiFormControlLabel-label': { flex: 1, minWidth: 0, pt: 0.5 } }}
            control={
              <Checkbox
                size="small"
                sx={{ py: 0.5 }}
                checked={isChecked(bucket)}
                onChange={() => onToggle(name, bucket.value)}
              />
            }
            label={
              <Box sx={{ display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) auto', columnGap: 1 }}>
                <Typography variant="body2" sx={{ overflowWrap: 'anywhere' }}>
                  {labelOf(bucket)}
                </Typography>
                <Typography
                  variant="body2"
                  color="text.secondary"
                  data-testid="facet-count"
                  sx={{ textAlign: 'right', whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}
                >
                  {number(bucket.count)}
                </Typography>
              </Box>
            }
          />
        ))}
      </FormGroup>
      {find && matching === 0 ? (
        <Typography variant="body2" color="text.secondary" sx={{ py: 0.5 }}>
          {translate('caseatlas.search.facet_no_match')}
        </Typography>
      ) : null}
      {!find && (hidden > 0 || expanded) ? (
        <Button
          size="small"
          onClick={() => setExpanded(!expanded)}
          aria-expanded={expanded}
          sx={{ ml: -0.5, textTransform: 'none' }}
        >
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
  heading = true,
}: {
  result: SearchResult;
  state: SearchState;
  onChange: (next: SearchState) => void;
  /** False where the host names the facets itself (the drawer on a phone). */
  heading?: boolean;
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
      {heading ? (
        <Typography variant="subtitle1" component="h2">
          {translate('caseatlas.search.facets')}
        </Typography>
      ) : null}
      {/* Nothing found for a text: the counts are the filters' alone (the API's rule), and say so. */}
      {result.total === 0 && state.q.trim() !== '' ? (
        <Typography variant="body2" color="text.secondary" data-testid="facets-without-text">
          {translate('caseatlas.search.facets_without_text')}
        </Typography>
      ) : null}
      {facets.map(({ name, buckets }) => (
        <Facet key={name} name={name} buckets={buckets} filter={state.filter} onToggle={toggle} />
      ))}
    </Stack>
  );
};
