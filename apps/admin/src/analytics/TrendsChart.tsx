import { useState } from 'react';
import { MenuItem, TextField } from '@mui/material';
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useTranslate } from 'react-admin';
import type { TrendsResponse } from '@caseatlas/contracts';
import { useCountryName } from '../common/countries';
import { ChartCard } from './ChartCard';
import { useChartColors } from './chartParts';
import { roundShare, toCsv } from './csv';

type TrendRow = TrendsResponse['rows'][number];

const METRICS = {
  cases: (row: TrendRow) => row.cases,
  conviction_rate: (row: TrendRow) => (row.convictionRate === null ? null : Math.round(row.convictionRate * 1000) / 10),
  median_sentence: (row: TrendRow) => row.sentenceMonths.median,
} as const;
type Metric = keyof typeof METRICS;

/** More lines than this cannot be told apart: the jurisdictions with most cases are drawn. */
const MAX_LINES = 6;

/** Pure: one point per year, a value per jurisdiction (`KZ`) and whether it is small (`KZ:small`). */
function byYear(rows: readonly TrendRow[], jurisdictions: readonly string[], metric: Metric) {
  const years = [...new Set(rows.map((row) => row.year))].sort((a, b) => a - b);
  return years.map((year) => {
    const point: Record<string, number | boolean | null> = { year };
    for (const row of rows) {
      if (row.year !== year || !jurisdictions.includes(row.jurisdiction)) continue;
      point[row.jurisdiction] = METRICS[metric](row);
      point[`${row.jurisdiction}:small`] = row.small;
    }
    return point;
  });
}

/** Outcomes by year of verdict, a line per jurisdiction; small years are hollow grey points. */
export const TrendsChart = ({ answer }: { answer: TrendsResponse }) => {
  const translate = useTranslate();
  const countryName = useCountryName();
  const colors = useChartColors();
  const [metric, setMetric] = useState<Metric>('conviction_rate');
  const totals = new Map<string, number>();
  for (const row of answer.rows) totals.set(row.jurisdiction, (totals.get(row.jurisdiction) ?? 0) + row.cases);
  const jurisdictions = [...totals.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, MAX_LINES)
    .map(([jurisdiction]) => jurisdiction);
  const data = byYear(answer.rows, jurisdictions, metric);
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
          onChange={(event) => setMetric(event.target.value as Metric)}
          sx={{ minWidth: '14rem', mt: 0 }}
          slotProps={{ htmlInput: { 'data-testid': 'trends-metric' } }}
        >
          {(Object.keys(METRICS) as Metric[]).map((value) => (
            <MenuItem key={value} value={value}>
              {t(value)}
            </MenuItem>
          ))}
        </TextField>
      }
    >
      <ResponsiveContainer width="100%" height={320}>
        <LineChart data={data} margin={{ top: 8, right: 24, bottom: 8, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="year" />
          {/* A rate's axis always spans 0–100 %, so years and filters read on the same scale. */}
          <YAxis
            unit={metric === 'conviction_rate' ? '%' : ''}
            domain={metric === 'conviction_rate' ? [0, 100] : [0, 'auto']}
            width={48}
          />
          <Tooltip
            formatter={(value, name, item) => {
              const small = (item.payload as Record<string, unknown>)[`${String(item.dataKey)}:small`];
              const reason = small
                ? ` (${translate('caseatlas.analytics.small.reason', { smallBelow: answer.smallBelow })})`
                : '';
              return [`${String(value)}${reason}`, name];
            }}
          />
          <Legend />
          {jurisdictions.map((jurisdiction, index) => {
            const color = colors.series[index % colors.series.length];
            return (
              <Line
                key={jurisdiction}
                dataKey={jurisdiction}
                name={countryName(jurisdiction)}
                stroke={color}
                connectNulls
                isAnimationActive={false}
                dot={(props: { cx?: number; cy?: number; payload?: Record<string, unknown>; index?: number }) => {
                  const small = props.payload?.[`${jurisdiction}:small`] === true;
                  return (
                    <circle
                      key={`${jurisdiction}-${props.index}`}
                      cx={props.cx}
                      cy={props.cy}
                      r={small ? 3 : 4}
                      stroke={small ? colors.small : color}
                      fill={small ? '#fff' : color}
                      data-small={small}
                    />
                  );
                }}
              />
            );
          })}
        </LineChart>
      </ResponsiveContainer>
    </ChartCard>
  );
};
