import { Bar, BarChart, CartesianGrid, Cell, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useLocaleState, useTranslate } from 'react-admin';
import type { OutcomeRow } from '@caseatlas/contracts';
import { useCountryName } from '../common/countries';
import { ChartCard } from './ChartCard';
import { CategoryTick, ChartTooltip, useChartColors, useFigures } from './chartParts';
import { markStyle } from './chartStyle';
import { roundShare, toCsv } from './csv';
import { useCsvWords } from './useCsvWords';

interface Datum {
  key: string;
  label: string;
  n: number;
  /** Percent, for the axis; null when no defendant was decided. */
  rate: number | null;
  small: boolean;
  row: OutcomeRow;
}

/** Conviction rate by jurisdiction, each bar labelled with its number of cases. */
export const ConvictionRateChart = ({
  rows,
  smallBelow,
  testId = 'chart-conviction-rate',
  title,
  labelOf,
  keepOrder = false,
}: {
  rows: OutcomeRow[];
  smallBelow: number;
  testId?: string;
  title?: string;
  /** How a row's key reads: a country's name unless said otherwise (saved searches). */
  labelOf?: (key: string) => string;
  /** Keep the rows' order (compare: the order of its table's columns), rather than the names'. */
  keepOrder?: boolean;
}) => {
  const translate = useTranslate();
  const csvWords = useCsvWords();
  const [locale] = useLocaleState();
  const countryName = useCountryName();
  const figures = useFigures();
  const colors = useChartColors();
  const nameOf = labelOf ?? countryName;
  // Countries in the order of their names in the reader's language, not of their codes; the
  // rows named otherwise (saved searches), and compare's beside its table, keep their order.
  const collator = new Intl.Collator(locale);
  const ordered =
    labelOf || keepOrder ? rows : [...rows].sort((a, b) => collator.compare(countryName(a.key), countryName(b.key)));
  const data: Datum[] = ordered.map((row) => ({
    key: row.key,
    label: nameOf(row.key),
    n: row.cases,
    rate: row.convictionRate === null ? null : Math.round(row.convictionRate * 1000) / 10,
    small: row.small,
    row,
  }));
  const t = (key: string) => translate(`caseatlas.analytics.metrics.${key}`);
  const csv = () =>
    toCsv(
      [
        { header: t('code'), value: (d: Datum) => d.key },
        { header: t(labelOf ? 'column' : 'jurisdiction'), value: (d: Datum) => d.label },
        { header: t('cases'), value: (d: Datum) => d.row.cases, figure: true },
        { header: t('decided'), value: (d: Datum) => d.row.decided, figure: true },
        { header: t('convicted'), value: (d: Datum) => d.row.convicted, figure: true },
        { header: t('conviction_rate'), value: (d: Datum) => roundShare(d.row.convictionRate), figure: true },
      ],
      data,
      csvWords,
    );
  return (
    <ChartCard
      testId={testId}
      title={title ?? translate('caseatlas.analytics.charts.conviction_rate.title')}
      help={translate('caseatlas.analytics.charts.conviction_rate.help')}
      filename="conviction-rate"
      csv={csv}
      smallBelow={smallBelow}
      hasSmall={data.some((d) => d.small)}
    >
      <ResponsiveContainer width="100%" height={320}>
        <BarChart data={data} margin={{ top: 24, right: 16, bottom: 8, left: 0 }}>
          <CartesianGrid vertical={false} strokeDasharray="3 3" />
          {/* Every country named, on up to two lines within its bar's room, or by its code where that holds only a few letters; the full name on hover. */}
          <XAxis
            dataKey="label"
            interval={0}
            height={40}
            tick={(props: object) => (
              <CategoryTick
                {...props}
                shortOf={labelOf ? undefined : (label) => data.find((d) => d.label === label)?.key}
                labels={data.map((d) => d.label)}
              />
            )}
          />
          <YAxis domain={[0, 100]} tickFormatter={figures.percentTick} width={52} />
          <Tooltip
            content={(props) => (
              <ChartTooltip<Datum>
                {...props}
                smallBelow={smallBelow}
                describe={(d) => ({
                  heading: d.label,
                  lines: [
                    `${translate('caseatlas.analytics.metrics.conviction_rate')}: ${figures.share(d.row.convictionRate)}`,
                    `${translate('caseatlas.analytics.metrics.convicted')}: ${figures.count(d.row.convicted)} / ${figures.count(d.row.decided)}`,
                    figures.n(d.n),
                  ],
                })}
              />
            )}
          />
          <Bar dataKey="rate" isAnimationActive={false} name={t('conviction_rate')}>
            {data.map((d) => (
              <Cell key={d.key} {...markStyle(colors.main, d.small)} data-small={d.small} />
            ))}
            <LabelList
              dataKey="n"
              position="top"
              formatter={(n) => figures.n(Number(n)).replace(/ /g, '\u00a0')}
              fontSize={12}
            />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </ChartCard>
  );
};
