import { Box, Button, Card, CardContent, Stack, Typography, useMediaQuery } from '@mui/material';
import type { Theme } from '@mui/material';
import CompareArrowsIcon from '@mui/icons-material/CompareArrows';
import GavelIcon from '@mui/icons-material/Gavel';
import { Link } from 'react-router-dom';
import { Title, useTranslate } from 'react-admin';
import { ActiveFilters } from '../search/ActiveFilters';
import { FacetDrawer } from '../search/FacetDrawer';
import { FacetSidebar } from '../search/FacetSidebar';
import { QueryBox } from '../search/QueryBox';
import { searchFailureOf } from '../search/searchErrors';
import { useSearchResults, useSearchState } from '../search/useSearch';
import {
  ANALYTICS_PATH,
  analyticsAddress,
  COMPARE_PATH,
  isColumnCount,
  jurisdictionsToShow,
  LEGISLATION_PATH,
} from './analyticsState';
import { AnswerState } from './ChartCard';
import { ConvictionRateChart } from './ConvictionRateChart';
import { HeadlineFigures } from './HeadlineFigures';
import { RouteFlowChart } from './RouteFlowChart';
import { SentencesChart } from './SentencesChart';
import { TimeToVerdictChart } from './TimeToVerdictChart';
import { TrendsChart } from './TrendsChart';
import { useAnalytics } from './useAnalytics';
import { MentalHealthChart, VictimServicesChart } from './VictimCharts';

/**
 * `/analytics`: outcomes compared by country for the cases of a search. The search (text and
 * filters) is the address's, as on the search page, so "Analyse these results" there opens the
 * same cases here, the facets narrow both, and a chart's address can be shared.
 */
export const AnalyticsPage = () => {
  const translate = useTranslate();
  const [state, setState] = useSearchState(ANALYTICS_PATH);
  const search = { q: state.q, filter: state.filter };
  // The search answers with the facets and their counts: the same sidebar as the search page.
  const facets = useSearchResults(search);
  const outcomes = useAnalytics('outcomes', search, { groupBy: 'jurisdiction' });
  const trends = useAnalytics('trends', search);
  const routes = useAnalytics('routes', search);
  const victims = useAnalytics('victims', search);
  const jurisdictions = outcomes.data ? jurisdictionsToShow(state.filter, outcomes.data.rows) : [];
  const legislation = useAnalytics(
    'legislation',
    search,
    { jurisdictions: jurisdictions.join(',') },
    isColumnCount(jurisdictions.length),
  );
  const failure = facets.error ? searchFailureOf(facets.error) : undefined;
  const first = facets.data?.pages[0];
  // On a phone the facets open from a button, so the figures are not below every facet (as on search).
  const narrow = useMediaQuery((theme: Theme) => theme.breakpoints.down('md'));
  const chosen = (state.filter.jurisdiction ?? []).map(String);

  return (
    <Stack gap={2} sx={{ mt: 2, mb: 4 }} data-testid="analytics">
      <Title title="caseatlas.analytics.title" />
      <Stack direction={{ xs: 'column', md: 'row' }} justifyContent="space-between" gap={1}>
        <Box>
          <Typography variant="h5" component="h1">
            {translate('caseatlas.analytics.title')}
          </Typography>
          <Typography color="text.secondary">{translate('caseatlas.analytics.intro')}</Typography>
        </Box>
        <Stack direction="row" gap={1} alignItems="flex-start">
          <Button
            component={Link}
            to={analyticsAddress(COMPARE_PATH, search, {
              jurisdictions: isColumnCount(chosen.length) ? chosen : jurisdictions.slice(0, 2),
            })}
            variant="outlined"
            startIcon={<CompareArrowsIcon />}
            data-testid="open-compare"
          >
            {translate('caseatlas.analytics.open_compare')}
          </Button>
          <Button
            component={Link}
            to={analyticsAddress(LEGISLATION_PATH, search, { jurisdictions })}
            variant="outlined"
            startIcon={<GavelIcon />}
            data-testid="open-legislation"
          >
            {translate('caseatlas.analytics.open_legislation')}
          </Button>
        </Stack>
      </Stack>
      <QueryBox
        q={state.q}
        problem={failure?.kind === 'syntax' ? failure.message : undefined}
        onSubmit={(q) => setState({ ...state, q })}
      />
      <ActiveFilters state={state} onChange={setState} />
      <Box sx={{ display: 'grid', gap: 3, gridTemplateColumns: { xs: '1fr', md: '17rem minmax(0, 1fr)' } }}>
        {narrow ? null : <Box>{first ? <FacetSidebar result={first} state={state} onChange={setState} /> : null}</Box>}
        <Stack gap={2} sx={{ gridColumn: { md: 2 }, minWidth: 0 }}>
          {narrow && first ? <FacetDrawer result={first} state={state} onChange={setState} /> : null}
          <AnswerState error={outcomes.error} isPending={outcomes.isPending} />
          {outcomes.data ? (
            <>
              <Card>
                <CardContent>
                  <HeadlineFigures total={outcomes.data.total} smallBelow={outcomes.data.smallBelow} />
                </CardContent>
              </Card>
              {outcomes.data.total.cases === 0 ? (
                <Typography color="text.secondary">{translate('caseatlas.analytics.empty')}</Typography>
              ) : null}
              <ConvictionRateChart rows={outcomes.data.rows} smallBelow={outcomes.data.smallBelow} />
              {isColumnCount(jurisdictions.length) ? (
                <AnswerState error={legislation.error} isPending={legislation.isPending} />
              ) : null}
              {!isColumnCount(jurisdictions.length) || legislation.data ? (
                <SentencesChart answer={legislation.data ?? undefined} />
              ) : null}
              <TimeToVerdictChart rows={outcomes.data.rows} smallBelow={outcomes.data.smallBelow} />
            </>
          ) : null}
          <AnswerState error={routes.error} isPending={routes.isPending} />
          {routes.data ? <RouteFlowChart answer={routes.data} /> : null}
          <AnswerState error={trends.error} isPending={trends.isPending} />
          {trends.data ? <TrendsChart answer={trends.data} /> : null}
          <AnswerState error={victims.error} isPending={victims.isPending} />
          {victims.data ? (
            <>
              <VictimServicesChart answer={victims.data} />
              <MentalHealthChart answer={victims.data} />
            </>
          ) : null}
        </Stack>
      </Box>
    </Stack>
  );
};
