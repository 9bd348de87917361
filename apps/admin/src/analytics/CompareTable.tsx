import { Table, TableBody, TableCell, TableHead, TableRow, Tooltip } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { CompareResponse } from '@caseatlas/contracts';
import { useCountryName } from '../common/countries';
import { useVocabularyLabel } from '../common/fields';
import { ScrollableTable } from '../common/ScrollableTable';
import { ChartCard } from './ChartCard';
import { useFigures } from './chartParts';
import { COMPARE_METRICS, isSmallCell } from './compareMetrics';
import type { CompareMetric } from './compareMetrics';
import { roundShare, toCsv } from './csv';
import { useCsvWords } from './useCsvWords';
import { SMALL_SAMPLE_TEXT_SX } from './chartStyle';

/** A metric's name in the UI language (an instrument's share names the instrument). */
export const useMetricName = () => {
  const translate = useTranslate();
  const vocabularyLabel = useVocabularyLabel();
  return (metric: CompareMetric) =>
    translate(`caseatlas.analytics.metrics.${metric.label}`, {
      instrument: metric.instrument ? vocabularyLabel('cooperationInstrument', metric.instrument) : undefined,
    });
};

/**
 * The first column stays while the figures scroll under it: opaque, a line where they pass, and a
 * shadow once some have passed under it (its box says it has scrolled).
 */
const stickyColumn = {
  position: 'sticky',
  left: 0,
  zIndex: 1,
  bgcolor: 'background.paper',
  borderRight: 1,
  borderRightColor: 'divider',
  minWidth: '9rem',
  maxWidth: { xs: '11rem', md: 'none' },
} as const;

/**
 * The compare answer as a table, a column per jurisdiction or saved search; a small cell is
 * greyed with the reason on hover. Its CSV has a line per column (one per country), small
 * cells suppressed.
 */
export const CompareTable = ({ answer }: { answer: CompareResponse }) => {
  const translate = useTranslate();
  const figures = useFigures();
  const metricName = useMetricName();
  const countryName = useCountryName();
  // A jurisdiction reads as its name in the UI language; a saved search by the name it was saved under.
  const labelOf = (column: CompareResponse['columns'][number]) =>
    answer.by === 'jurisdiction' ? countryName(column.key) : column.label;
  const csvWords = useCsvWords();
  const t = (key: string) => translate(`caseatlas.analytics.metrics.${key}`);
  // The row's label names the unit («Median sentence (months)», «Median days to verdict»): the
  // cells give the number alone rather than repeat it in every column.
  const format = (metric: CompareMetric, value: number | null) =>
    metric.kind === 'share' ? figures.share(value) : figures.count(value);
  type Line = CompareResponse['columns'][number] & { small: boolean };
  const csv = () =>
    toCsv<Line>(
      [
        { header: t('code'), value: (column) => column.key },
        { header: t('column'), value: (column) => labelOf(column) },
        ...COMPARE_METRICS.map((metric) => ({
          header: metricName(metric),
          value: (column: Line) => (metric.kind === 'share' ? roundShare(metric.value(column)) : metric.value(column)),
          figure: true,
          smallIf: (column: Line) => isSmallCell(column, metric.part),
        })),
      ],
      answer.columns.map((column) => ({ ...column, small: column.outcomes.small })),
      csvWords,
    );
  const reason = translate('caseatlas.analytics.small.reason', { smallBelow: answer.smallBelow });
  return (
    <ChartCard
      testId="chart-compare"
      title={translate('caseatlas.analytics.compare.table')}
      filename={`compare-${answer.columns.map((column) => column.key).join('-')}`}
      csv={csv}
      smallBelow={answer.smallBelow}
      hasSmall={answer.columns.some(
        (column) => column.outcomes.small || column.victims.small || column.cooperation.small,
      )}
    >
      {/* On a phone only the table scrolls, in its own box, the metric names staying in view. */}
      <ScrollableTable label={translate('caseatlas.analytics.compare.table')}>
        <Table
          size="small"
          data-testid="compare-table"
          sx={{
            '& .sticky-column': stickyColumn,
            '[data-scrolled="true"] & .sticky-column': { boxShadow: '6px 0 6px -4px rgba(0,0,0,0.25)' },
          }}
        >
          <TableHead>
            <TableRow>
              <TableCell className="sticky-column" />
              {answer.columns.map((column) => (
                <TableCell key={column.key} align="right" data-column={column.key}>
                  {labelOf(column)}
                </TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {COMPARE_METRICS.map((metric) => (
              <TableRow key={metric.id} data-metric={metric.id}>
                <TableCell component="th" scope="row" className="sticky-column">
                  {metricName(metric)}
                </TableCell>
                {answer.columns.map((column) => {
                  const small = isSmallCell(column, metric.part);
                  const cell = (
                    <TableCell
                      key={column.key}
                      align="right"
                      data-column={column.key}
                      data-small={small}
                      sx={small ? { ...SMALL_SAMPLE_TEXT_SX, bgcolor: 'action.hover' } : undefined}
                    >
                      {format(metric, metric.value(column))}
                    </TableCell>
                  );
                  return small ? (
                    <Tooltip key={column.key} title={reason}>
                      {cell}
                    </Tooltip>
                  ) : (
                    cell
                  );
                })}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </ScrollableTable>
    </ChartCard>
  );
};
