import { Alert, Button, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import { Link, useLocation, useNavigate } from 'react-router-dom';
import { Title, useTranslate } from 'react-admin';
import type { LegislationResponse } from '@caseatlas/contracts';
import { useCountryName } from '../common/countries';
import { ScrollableTable } from '../common/ScrollableTable';
import { ActiveFilters } from '../search/ActiveFilters';
import { parseSearchState } from '../search/searchState';
import {
  ANALYTICS_PATH,
  analyticsAddress,
  isColumnCount,
  LEGISLATION_PATH,
  legislationJurisdictions,
  listParameter,
} from './analyticsState';
import { AnswerState, ChartCard } from './ChartCard';
import { useFigures } from './chartParts';
import { ColumnPicker } from './ColumnPicker';
import { SentencesChart, statutesOf, useStatutesCsv } from './SentencesChart';
import { useAnalytics } from './useAnalytics';
import { SMALL_SAMPLE_TEXT_SX } from './chartStyle';

/** Each jurisdiction's statutes: range, purposes, and the sentences given (small rows greyed). */
const StatutesTable = ({ answer }: { answer: LegislationResponse }) => {
  const translate = useTranslate();
  const countryName = useCountryName();
  const figures = useFigures();
  const buildCsv = useStatutesCsv();
  const t = (key: string) => translate(`caseatlas.analytics.metrics.${key}`);
  const reason = translate('caseatlas.analytics.small.reason', { smallBelow: answer.smallBelow });
  const all = answer.jurisdictions.flatMap(({ jurisdiction, statutes }) =>
    statutes.map((statute) => ({ ...statute, jurisdiction })),
  );
  return (
    <ChartCard
      testId="chart-legislation"
      title={translate('caseatlas.analytics.legislation.title')}
      filename="legislation"
      csv={() => buildCsv(all)}
      smallBelow={answer.smallBelow}
      hasSmall={all.some((statute) => statute.small)}
    >
      {answer.jurisdictions.map(({ jurisdiction, statutes }) => (
        <ScrollableTable
          key={jurisdiction}
          label={translate('caseatlas.analytics.legislation.statutes', { country: countryName(jurisdiction) })}
          sx={{ mb: 2 }}
        >
          <Typography variant="subtitle1" component="h3">
            {translate('caseatlas.analytics.legislation.statutes', { country: countryName(jurisdiction) })}
          </Typography>
          <Table size="small" data-jurisdiction={jurisdiction}>
            <TableHead>
              <TableRow>
                <TableCell>{t('statute')}</TableCell>
                <TableCell>{t('title')}</TableCell>
                <TableCell align="right">{t('penalty_min')}</TableCell>
                <TableCell align="right">{t('penalty_max')}</TableCell>
                <TableCell align="right">{t('convicted')}</TableCell>
                <TableCell align="right">{t('median_sentence')}</TableCell>
                <TableCell align="right">{t('position_in_range')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {statutes.map((statute) => (
                <TableRow
                  key={statute.key}
                  data-statute={statute.key}
                  data-small={statute.small}
                  title={statute.small ? reason : undefined}
                  sx={statute.small ? { '& td': SMALL_SAMPLE_TEXT_SX } : undefined}
                >
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>{statute.key}</TableCell>
                  <TableCell>
                    {statute.title}
                    {statute.lifePossible ? ` (${translate('caseatlas.analytics.charts.sentences.life')})` : ''}
                  </TableCell>
                  <TableCell align="right">{statute.penaltyMinMonths}</TableCell>
                  <TableCell align="right">{statute.penaltyMaxMonths}</TableCell>
                  <TableCell align="right">{figures.count(statute.convicted)}</TableCell>
                  <TableCell align="right">{figures.months(statute.sentenceMonths.median)}</TableCell>
                  <TableCell align="right">{figures.share(statute.sentencePositionInRange.median)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </ScrollableTable>
      ))}
    </ChartCard>
  );
};

/**
 * `/analytics/legislation?jurisdictions=KZ,UZ`: the trafficking statutes of two to six
 * jurisdictions and how courts use their ranges, for the cases of the address's search.
 */
export const LegislationPage = () => {
  const translate = useTranslate();
  const navigate = useNavigate();
  const params = new URLSearchParams(useLocation().search);
  const search = parseSearchState(params);
  const chosen = listParameter(params, 'jurisdictions');
  // Opened by its bare address: the countries with most cases are shown as an example, never an empty page.
  const outcomes = useAnalytics('outcomes', search, { groupBy: 'jurisdiction' }, chosen.length === 0);
  const { jurisdictions: shown, example } = legislationJurisdictions(chosen, outcomes.data?.rows);
  const legislation = useAnalytics(
    'legislation',
    search,
    { jurisdictions: shown.join(',') },
    isColumnCount(shown.length),
  );
  const show = (jurisdictions: string[], nextSearch = search) =>
    navigate(analyticsAddress(LEGISLATION_PATH, nextSearch, { jurisdictions }));
  return (
    <Stack gap={2} sx={{ mt: 2, mb: 4, minWidth: 0 }} data-testid="legislation">
      <Title title="caseatlas.analytics.legislation.title" />
      <Stack direction={{ xs: 'column', sm: 'row' }} justifyContent="space-between" alignItems="flex-start" gap={1}>
        <div>
          <Typography variant="h5" component="h1">
            {translate('caseatlas.analytics.legislation.title')}
          </Typography>
          <Typography color="text.secondary">{translate('caseatlas.analytics.legislation.help')}</Typography>
        </div>
        <Button component={Link} to={analyticsAddress(ANALYTICS_PATH, search)} startIcon={<ArrowBackIcon />}>
          {translate('caseatlas.analytics.back')}
        </Button>
      </Stack>
      <ColumnPicker by="jurisdictions" value={shown} onChange={show} />
      {example ? (
        <Alert severity="info" data-testid="legislation-example">
          {translate('caseatlas.analytics.legislation.example', { count: shown.length })}
        </Alert>
      ) : null}
      {chosen.length === 0 ? <AnswerState error={outcomes.error} isPending={outcomes.isPending} /> : null}
      <ActiveFilters state={search} onChange={(next) => show(chosen, next)} />
      {isColumnCount(shown.length) ? <AnswerState error={legislation.error} isPending={legislation.isPending} /> : null}
      {legislation.data ? (
        <>
          {statutesOf(legislation.data).length ? <SentencesChart answer={legislation.data} /> : null}
          <StatutesTable answer={legislation.data} />
        </>
      ) : null}
    </Stack>
  );
};
