import { useTranslate } from 'react-admin';
import type { OutcomeRow } from '@caseatlas/contracts';
import { useCountryName } from '../common/countries';
import { ChartCard } from './ChartCard';
import { useFigures } from './chartParts';
import { toCsv } from './csv';
import { useCsvWords } from './useCsvWords';
import { QuantileChart } from './QuantileChart';

/** Days from the opening of the investigation to the first-instance verdict, per jurisdiction. */
export const TimeToVerdictChart = ({ rows, smallBelow }: { rows: OutcomeRow[]; smallBelow: number }) => {
  const translate = useTranslate();
  const csvWords = useCsvWords();
  const countryName = useCountryName();
  const figures = useFigures();
  const t = (key: string) => translate(`caseatlas.analytics.metrics.${key}`);
  // The quartiles are over the cases with both dates, which may be fewer than the row's cases:
  // those few are a small cell too.
  const shown = rows
    .filter((row) => row.daysToVerdict.count > 0)
    .map((row) => ({ ...row, small: row.small || row.daysToVerdict.count < smallBelow }));
  const csv = () =>
    toCsv(
      [
        { header: t('code'), value: (row: OutcomeRow) => row.key },
        { header: t('jurisdiction'), value: (row: OutcomeRow) => countryName(row.key) },
        { header: t('cases'), value: (row: OutcomeRow) => row.daysToVerdict.count, figure: true },
        { header: t('days_p25'), value: (row: OutcomeRow) => row.daysToVerdict.p25, figure: true },
        { header: t('median_days'), value: (row: OutcomeRow) => row.daysToVerdict.median, figure: true },
        { header: t('days_p75'), value: (row: OutcomeRow) => row.daysToVerdict.p75, figure: true },
      ],
      shown,
      csvWords,
    );
  return (
    <ChartCard
      testId="chart-time-to-verdict"
      title={translate('caseatlas.analytics.charts.time_to_verdict.title')}
      help={translate('caseatlas.analytics.charts.time_to_verdict.help')}
      filename="time-to-verdict"
      csv={csv}
      smallBelow={smallBelow}
      hasSmall={shown.some((row) => row.small)}
    >
      <QuantileChart
        rows={shown.map((row) => ({
          key: row.key,
          label: countryName(row.key),
          n: row.daysToVerdict.count,
          small: row.small,
          distribution: row.daysToVerdict,
        }))}
        smallBelow={smallBelow}
        format={figures.days}
        boxName={translate('caseatlas.analytics.charts.time_to_verdict.box')}
      />
    </ChartCard>
  );
};
