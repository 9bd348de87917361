import { Box, Button, Chip, Stack, Typography } from '@mui/material';
import FilterAltIcon from '@mui/icons-material/FilterAlt';
import { useTranslate } from 'react-admin';
import { useNumberFormat } from '../common/format';
import { toggleValue } from './searchState';
import type { SearchState } from './searchState';
import type { SearchResult } from './types';
import { useFilterLabels } from './useFilterLabels';

/**
 * What the search understood the query to name ("debt bondage = Means: Debt bondage"), each
 * with one click to make it a filter, and one click to search the words only (and back).
 */
export const Understood = ({
  result,
  state,
  onChange,
}: {
  result: SearchResult;
  state: SearchState;
  onChange: (next: SearchState) => void;
}) => {
  const translate = useTranslate();
  const { filterLabel, valueLabel } = useFilterLabels();
  if (state.wordsOnly && state.q.trim()) {
    return (
      <Stack direction="row" gap={1} alignItems="center" flexWrap="wrap" data-testid="understood">
        <Typography variant="body2" color="text.secondary">
          {translate('caseatlas.search.words_only')}
        </Typography>
        <Button size="small" onClick={() => onChange({ ...state, wordsOnly: undefined })}>
          {translate('caseatlas.search.understand_query')}
        </Button>
      </Stack>
    );
  }
  const wordsOnly = (
    <Button size="small" onClick={() => onChange({ ...state, wordsOnly: true })} data-testid="words-only">
      {translate('caseatlas.search.search_words_only')}
    </Button>
  );
  if (result.interpretation.length === 0) {
    // Nothing named as a whole, but the words may still meet the concepts' names: the way back
    // to what the words alone find stays one click away.
    return state.q.trim() && result.total > 0 ? <Box data-testid="understood">{wordsOnly}</Box> : null;
  }
  return (
    <Stack
      direction="row"
      useFlexGap
      flexWrap="wrap"
      gap={1}
      alignItems="center"
      role="group"
      aria-label={translate('caseatlas.search.understood')}
      data-testid="understood"
    >
      <Typography variant="body2" color="text.secondary">
        {translate('caseatlas.search.understood')}
      </Typography>
      {result.interpretation.map(({ text, filter, value }) => {
        const meaning = `${filterLabel(filter)}: ${valueLabel(filter, value)}`;
        const active = state.filter[filter]?.includes(value) ?? false;
        return (
          <Chip
            key={`${filter}=${value}`}
            variant="outlined"
            icon={<FilterAltIcon />}
            label={`${text} = ${meaning}`}
            // One click makes it a filter: only the cases carrying it.
            onClick={
              active ? undefined : () => onChange({ ...state, filter: toggleValue(state.filter, filter, value) })
            }
            title={active ? undefined : translate('caseatlas.search.make_filter', { filter: meaning })}
            data-testid="understood-concept"
            data-filter={filter}
            data-value={value}
          />
        );
      })}
      {wordsOnly}
    </Stack>
  );
};

/** With nothing found: the concepts near the query, with how many cases each would give. */
export const Suggestions = ({
  result,
  state,
  onChange,
}: {
  result: SearchResult;
  state: SearchState;
  onChange: (next: SearchState) => void;
}) => {
  const translate = useTranslate();
  const { number } = useNumberFormat();
  const { filterLabel, valueLabel } = useFilterLabels();
  if (result.total > 0 || result.suggestions.length === 0) return null;
  return (
    <Stack direction="row" useFlexGap flexWrap="wrap" gap={1} alignItems="center" data-testid="suggestions">
      <Typography variant="body2">{translate('caseatlas.search.suggestions')}</Typography>
      {result.suggestions.map(({ filter, value, count }) => (
        <Chip
          key={`${filter}=${value}`}
          color="primary"
          variant="outlined"
          clickable
          label={`${filterLabel(filter)}: ${valueLabel(filter, value)} (${number(count)})`}
          // The words found nothing: the concept replaces them.
          onClick={() =>
            onChange({ ...state, q: '', wordsOnly: undefined, filter: toggleValue(state.filter, filter, value) })
          }
          data-testid="suggestion"
        />
      ))}
    </Stack>
  );
};
