import { useState } from 'react';
import { Box, MenuItem, TextField, Typography } from '@mui/material';
import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useTranslate } from 'react-admin';
import type { TrendsResponse } from '@caseatlas/contracts';
import { useCountryName } from '../common/countries';
import { ChartCard } from './ChartCard';
import { useFigures } from './chartParts';
import { markStyle, seriesColor } from './chartStyle';
import { roundShare, toCsv } from './csv';
import { useCsvWords } from './useCsvWords';
import { TREND_METRICS, trendPanels } from './trendPanels';
import type { TrendMetric, TrendPanel, TrendRow } from './trendPanels';

/** One jurisdiction's small chart: its name as the heading, a line over the shared years and scale. */
const TrendPanelChart = ({
  panel,
  color,
  years,
  top,
  metric,
  smallBelow,
}: {
  panel: TrendPanel;
  color: string;
  years: number[];
  top: number;
  metric: TrendMetric;
  smallBelow: number;
}) => {
  const translate = useTranslate();
  const countryName = useCountryName();
  const figures = useFigures();
  const rate = metric === 'conviction_rate';
  return (
    <Box data-testid="trend-panel" data-jurisdiction={panel.jurisdiction} sx={{ minWidth: 0 }}>
      {/* The panel's colour marks the heading's edge: coloured text would fail contrast. */}
      <Typography variant="subtitle2" component="h3" sx={{ borderLeft: 4, borderColor: color, pl: 0.75 }}>
        {countryName(panel.jurisdiction)}{' '}
        <Typography component="span" variant="caption" color="text.secondary">
          {figures.n(panel.cases)}
        </Typography>
      </Typography>
      <ResponsiveContainer width="100%" height={150}>
        <LineChart data={panel.points} margin={{ top: 8, right: 12, bottom: 0, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis
            dataKey="year"
            type="number"
            domain={[years[0], years[years.length - 1]]}
            ticks={[years[0], years[years.length - 1]]}
            tick={{ fontSize: 11 }}
          />
          <YAxis
            domain={[0, top]}
            ticks={[0, top / 2, top]}
            tickFormatter={rate ? figures.percentTick : figures.tick}
            width={48}
            tick={{ fontSize: 11 }}
            allowDecimals={false}
          />
          <Tooltip
            formatter={(value, _name, item) => {
              const point = item.payload as TrendPanel['points'][number];
              const reason = point.small ? ` (${translate('caseatlas.analytics.small.reason', { smallBelow })})` : '';
              return [`${String(value)}${rate ? '%' : ''}${reason}`, figures.n(point.cases)];
            }}
          />
          <Line
            dataKey="value"
            name={countryName(panel.jurisdiction)}
            stroke={color}
            strokeWidth={2}
            connectNulls
            isAnimationActive={false}
            dot={(props: { cx?: number; cy?: number; payload?: TrendPanel['points'][number]; index?: number }) => {
              const small = props.payload?.small === true;
              if (props.payload?.value === null || props.payload?.value === undefined) {
                return <g key={`${panel.jurisdiction}-${props.index}`} />;
              }
              return (
                <circle
                  key={`${panel.jurisdiction}-${props.index}`}
                  cx={props.cx}
                  cy={props.cy}
                  r={small ? 4 : 3.5}
                  {...markStyle(color, small)}
                  fill={small ? '#fff' : color}
                  fillOpacity={1}
                  data-small={small}
                />
              );
            }}
          />
        </LineChart>
      </ResponsiveContainer>
    </Box>
  );
};

/**
 * Outcomes by year of verdict as small multiples: a chart per jurisdiction (the six with most
 * cases), all on one scale, so lines never tangle and each country is named where it is drawn.
 * Years of few cases are hollow points with a dashed outline.
 */
export const TrendsChart = ({ answer }: { answer: TrendsResponse }) => {
  const translate = useTranslate();
  const csvWords = useCsvWords();
  const [metric, setMetric] = useState<TrendMetric>('conviction_rate');
  const { panels, years, top } = trendPanels(answer.rows, metric);
  const jurisdictions = panels.map((panel) => panel.jurisdiction);
  const t = (key: string) => translate(`caseatlas.analytics.metrics.${key}`);
  const csv = () =>
    toCsv(
      [
        { header: t('code'), value: (row: TrendRow) => row.jurisdiction },
        { header: t('year'), value: (row: TrendRow) => row.year },
        { header: t('cases'), value: (row: TrendRow) => row.cases, figure: true },
        { header: t('conviction_rate'), value: (row: TrendRow) => roundShare(row.convictionRate), figure: true },
        { header: t('median_sentence'), value: (row: TrendRow) => row.sentenceMonths.median, figure: true },
        { header: t('median_days'), value: (row: TrendRow) => row.medianDaysToVerdict, figure: true },
      ],
      answer.rows,
      csvWords,
    );
  return (
    <ChartCard
      testId="chart-trends"
      title={translate('caseatlas.analytics.charts.trends.title')}
      help={translate('caseatlas.analytics.charts.trends.help')}
      filename="trends-by-year"
      csv={csv}
      smallBelow={answer.smallBelow}
      hasSmall={answer.rows.some((row) => row.small && jurisdictions.includes(row.jurisdiction))}
      toolbar={
        <TextField
          select
          // react-admin's theme makes text fields full width: beside the export buttons, it need not be.
          fullWidth={false}
          size="small"
          label={translate('caseatlas.analytics.charts.trends.metric')}
          value={metric}
          onChange={(event) => setMetric(event.target.value as TrendMetric)}
          sx={{ minWidth: '14rem', mt: 0 }}
          slotProps={{ htmlInput: { 'data-testid': 'trends-metric' } }}
        >
          {(Object.keys(TREND_METRICS) as TrendMetric[]).map((value) => (
            <MenuItem key={value} value={value}>
              {t(value)}
            </MenuItem>
          ))}
        </TextField>
      }
    >
      <Box
        sx={{ display: 'grid', gap: 2, gridTemplateColumns: 'repeat(auto-fill, minmax(15rem, 1fr))' }}
        data-testid="trend-panels"
      >
        {panels.map((panel, index) => (
          <TrendPanelChart
            key={panel.jurisdiction}
            panel={panel}
            color={seriesColor(index)}
            years={years}
            top={top}
            metric={metric}
            smallBelow={answer.smallBelow}
          />
        ))}
      </Box>
    </ChartCard>
  );
};
