import { Button, Stack, Typography } from '@mui/material';
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import { Link, useLocation, useNavigate } from 'react-router-dom';
import { Title, useCanAccess, useTranslate } from 'react-admin';
import { ActiveFilters } from '../search/ActiveFilters';
import { parseSearchState } from '../search/searchState';
import type { SearchState } from '../search/searchState';
import { ANALYTICS_PATH, analyticsAddress, COMPARE_PATH, isColumnCount, listParameter } from './analyticsState';
import type { CompareBy } from './analyticsState';
import { AnswerState } from './ChartCard';
import { ColumnPicker } from './ColumnPicker';
import { CompareTable } from './CompareTable';
import { ConvictionRateChart } from './ConvictionRateChart';
import { useAnalytics, useSavedSearches } from './useAnalytics';

/**
 * `/analytics/compare?jurisdictions=KZ,UZ` (or `?savedSearches=…`): two to six jurisdictions or
 * saved searches side by side, for the cases of the search the address carries (`q`, `filter`).
 */
export const ComparePage = () => {
  const translate = useTranslate();
  const navigate = useNavigate();
  const params = new URLSearchParams(useLocation().search);
  const search = parseSearchState(params);
  const by: CompareBy =
    params.get('by') === 'savedSearches' || params.has('savedSearches') ? 'savedSearches' : 'jurisdictions';
  const chosen = listParameter(params, by);
  const { canAccess: maySeeSavedSearches } = useCanAccess({ resource: 'savedSearches', action: 'list' });
  const savedSearches = useSavedSearches(by === 'savedSearches' && maySeeSavedSearches === true);
  const compare = useAnalytics('compare', search, { [by]: chosen.join(',') }, isColumnCount(chosen.length));
  const show = (nextBy: CompareBy, ids: string[], nextSearch: SearchState = search) =>
    navigate(
      analyticsAddress(COMPARE_PATH, nextSearch, {
        [nextBy]: ids,
        ...(nextBy === 'savedSearches' ? { by: nextBy } : {}),
      }),
    );
  const columns = compare.data?.columns ?? [];
  const labels = new Map(columns.map((column) => [column.key, column.label]));

  return (
    // minWidth 0: inside the layout's flex box the page may shrink to a phone's width; only the table scrolls.
    <Stack gap={2} sx={{ mt: 2, mb: 4, minWidth: 0 }} data-testid="compare">
      <Title title="caseatlas.analytics.compare.title" />
      <Stack direction={{ xs: 'column', sm: 'row' }} justifyContent="space-between" alignItems="flex-start" gap={1}>
        <div>
          <Typography variant="h5" component="h1">
            {translate('caseatlas.analytics.compare.title')}
          </Typography>
          <Typography color="text.secondary">{translate('caseatlas.analytics.compare.help')}</Typography>
        </div>
        <Button component={Link} to={analyticsAddress(ANALYTICS_PATH, search)} startIcon={<ArrowBackIcon />}>
          {translate('caseatlas.analytics.back')}
        </Button>
      </Stack>
      <ColumnPicker
        by={by}
        onByChange={maySeeSavedSearches ? (next) => show(next, []) : undefined}
        value={chosen}
        onChange={(ids) => show(by, ids)}
        savedSearches={savedSearches.data?.map((saved) => ({ id: saved.id, name: saved.name }))}
      />
      <ActiveFilters state={search} onChange={(next) => show(by, chosen, next)} />
      {isColumnCount(chosen.length) ? <AnswerState error={compare.error} isPending={compare.isPending} /> : null}
      {compare.data ? (
        <>
          <CompareTable answer={compare.data} />
          <ConvictionRateChart
            testId="chart-compare-conviction-rate"
            title={translate('caseatlas.analytics.compare.chart')}
            rows={columns.map((column) => ({ key: column.key, ...column.outcomes }))}
            smallBelow={compare.data.smallBelow}
            labelOf={compare.data.by === 'savedSearch' ? (key) => labels.get(key) ?? key : undefined}
            keepOrder
          />
        </>
      ) : null}
    </Stack>
  );
};
