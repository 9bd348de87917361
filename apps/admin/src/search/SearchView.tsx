import {
  Alert,
  Box,
  Button,
  LinearProgress,
  MenuItem,
  Stack,
  TextField,
  Typography,
  useMediaQuery,
} from '@mui/material';
import type { Theme } from '@mui/material';
import { useTranslate } from 'react-admin';
import { AnalyseResultsLink } from '../analytics/AnalyseResultsLink';
import { useNumberFormat } from '../common/format';
import { ActiveFilters } from './ActiveFilters';
import { FacetDrawer } from './FacetDrawer';
import { FacetSidebar } from './FacetSidebar';
import { QueryBox } from './QueryBox';
import { ResultCard } from './ResultCard';
import { SaveSearchButton } from './SaveSearchButton';
import { Suggestions, Understood } from './Understood';
import { failureMessage, searchFailureOf } from './searchErrors';
import type { SearchFailure } from './searchErrors';
import { useSearchResults, useSearchState } from './useSearch';
import { SEARCH_SORTS } from './types';
import type { SearchSort } from './types';

const FailureAlert = ({ failure, onRestart }: { failure: SearchFailure; onRestart: () => void }) => {
  const translate = useTranslate();
  switch (failure.kind) {
    case 'syntax':
      // Shown under the query box.
      return null;
    case 'unavailable':
      return (
        <Alert severity="warning" data-testid="search-unavailable">
          {translate('caseatlas.search.unavailable')}
        </Alert>
      );
    case 'expired':
      return (
        <Alert
          severity="info"
          action={
            <Button color="inherit" size="small" onClick={onRestart}>
              {translate('caseatlas.search.search_again')}
            </Button>
          }
        >
          {translate('caseatlas.search.expired')}
        </Alert>
      );
    case 'invalid':
      return (
        <Alert severity="error">
          {translate('caseatlas.search.invalid_filters')}
          <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
            {failure.messages.map((message) => (
              <li key={message}>{message}</li>
            ))}
          </Box>
        </Alert>
      );
    case 'other':
      return (
        <Alert severity="error">{translate('caseatlas.search.failed', { message: failureMessage(failure) })}</Alert>
      );
  }
};

/**
 * Precedent search: query box, sort, facets with counts, chips of the active filters, results
 * with highlighted snippets and "Load more", and (on the search page) "Save search". The search
 * is the address's (useSearchState), so it can be shared and the back button works. `embedded`
 * (on the dashboard) leaves the page heading to the host.
 */
export const SearchView = ({ embedded = false }: { embedded?: boolean }) => {
  const translate = useTranslate();
  const { number } = useNumberFormat();
  const [state, setState] = useSearchState();
  const { data, error, isPending, isFetching, isFetchingNextPage, hasNextPage, fetchNextPage, restart } =
    useSearchResults(state);
  const failure = error ? searchFailureOf(error) : undefined;
  const pages = data?.pages ?? [];
  const first = pages[0];
  const hits = pages.flatMap((page) => page.hits);
  const sort: SearchSort = state.sort ?? (state.q.trim() ? 'relevance' : 'verdictDate');
  const narrow = useMediaQuery((theme: Theme) => theme.breakpoints.down('md'));

  return (
    <Stack gap={2} sx={{ mt: embedded ? 0 : 2, mb: 4 }} data-testid="search">
      {/* Wraps on a phone rather than being cut. */}
      <Typography variant={embedded ? 'h6' : 'h5'} component={embedded ? 'h2' : 'h1'} sx={{ overflowWrap: 'anywhere' }}>
        {translate('caseatlas.search.title')}
      </Typography>
      <Stack direction={{ xs: 'column', md: 'row' }} gap={2} alignItems={{ md: 'flex-start' }}>
        <Box sx={{ flex: 1 }}>
          <QueryBox
            q={state.q}
            problem={failure?.kind === 'syntax' ? failure.message : undefined}
            onSubmit={(q) => setState({ ...state, q })}
          />
        </Box>
        <TextField
          select
          label={translate('caseatlas.search.sort')}
          value={sort}
          onChange={(event) => setState({ ...state, sort: event.target.value as SearchSort })}
          // react-admin's theme makes text fields full width: in this row that left the query box
          // a sliver. Wide enough for the longest sort name, in Russian.
          sx={{ width: { xs: '100%', md: '21rem' }, flexShrink: 0 }}
          slotProps={{ htmlInput: { 'data-testid': 'search-sort' } }}
        >
          {SEARCH_SORTS.map((value) => (
            <MenuItem key={value} value={value}>
              {translate(`caseatlas.search.sorts.${value}`)}
            </MenuItem>
          ))}
        </TextField>
        {/* On the dashboard the search is only a start: saving is for the search page. */}
        {embedded ? null : <SaveSearchButton search={state} />}
        {embedded ? null : <AnalyseResultsLink search={state} />}
      </Stack>
      <ActiveFilters state={state} onChange={setState} />
      {failure ? <FailureAlert failure={failure} onRestart={restart} /> : null}
      {isPending && !failure ? <LinearProgress aria-label={translate('ra.page.loading')} /> : null}
      {first ? (
        <Box
          sx={{ display: 'grid', gap: 3, gridTemplateColumns: { xs: '1fr', md: '17rem minmax(0, 1fr)' } }}
          aria-busy={isFetching}
        >
          {narrow ? null : <FacetSidebar result={first} state={state} onChange={setState} />}
          <Stack gap={1.5} sx={{ gridColumn: { md: 2 }, opacity: isFetching && !isFetchingNextPage ? 0.6 : 1 }}>
            {narrow ? <FacetDrawer result={first} state={state} onChange={setState} /> : null}
            <Typography role="status" variant="subtitle1" data-testid="search-total" data-total={first.total}>
              {translate('caseatlas.search.total', { smart_count: first.total, count: number(first.total) })}
            </Typography>
            <Understood result={first} state={state} onChange={setState} />
            {hits.length === 0 ? (
              <>
                <Typography color="text.secondary">{translate('caseatlas.search.no_results')}</Typography>
                <Suggestions result={first} state={state} onChange={setState} />
              </>
            ) : (
              hits.map((hit) => <ResultCard key={hit.id} hit={hit} q={state.q} />)
            )}
            {hasNextPage ? (
              <Box>
                <Button
                  variant="outlined"
                  onClick={() => fetchNextPage()}
                  disabled={isFetchingNextPage}
                  data-testid="load-more"
                >
                  {translate('caseatlas.search.load_more')}
                </Button>
              </Box>
            ) : null}
          </Stack>
        </Box>
      ) : null}
    </Stack>
  );
};
