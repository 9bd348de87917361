import { Bar, CartesianGrid, ComposedChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { Distribution } from '@caseatlas/contracts';
import { useTranslate } from 'react-admin';
import { CategoryTick, ChartLegend, ChartTooltip, useChartColors, useFigures } from './chartParts';
import { markStyle, SMALL_DASH } from './chartStyle';
import { useIsPhone } from '../common/useIsPhone';

/** One category of a quantile plot: its distribution, and the range the law allows when known. */
export interface QuantileRow {
  key: string;
  label: string;
  n: number;
  small: boolean;
  distribution: Distribution;
  /** The statutory penalty range, drawn behind the box. */
  range?: [number, number];
}

interface Datum extends QuantileRow {
  /** The label with its n, for the axis. */
  axisLabel: string;
  box: [number, number] | null;
}

/**
 * The box (25th to 75th percentile) with a line at the median. Recharts draws the box as a
 * range bar; the median line is drawn in the bar's own shape, where the box's pixels are known.
 */
const BoxWithMedian = (props: {
  x?: number;
  y?: number;
  width?: number;
  height?: number;
  payload?: Datum;
  color: string;
}) => {
  const { x = 0, y = 0, width = 0, height = 0, payload, color } = props;
  // Too few sentences for a median to mean much: the box hollow, outline and median dashed.
  const small = payload?.small ?? false;
  const style = markStyle(color, small);
  const [p25, p75] = payload?.box ?? [0, 0];
  const median = payload?.distribution.median ?? null;
  const share = p75 > p25 && median !== null ? (median - p25) / (p75 - p25) : 0;
  const medianX = x + Math.max(width, 0) * share;
  return (
    <g>
      <rect x={x} y={y} width={Math.max(width, 2)} height={height} {...style} data-small={small} />
      <line
        x1={medianX}
        x2={medianX}
        y1={y - 3}
        y2={y + height + 3}
        stroke="#000"
        strokeWidth={2}
        strokeDasharray={small ? SMALL_DASH : undefined}
        strokeOpacity={small ? 0.6 : 1}
      />
    </g>
  );
};

/**
 * Quantile plots side by side (horizontal, so long statute keys and country names stay
 * readable), the statutory range behind each when given: a second, hidden category axis puts
 * the range bar and the box on the same line instead of next to each other.
 */
export const QuantileChart = ({
  rows,
  smallBelow,
  format,
  rangeName,
  boxName,
}: {
  rows: QuantileRow[];
  smallBelow: number;
  format: (value: number | null) => string;
  rangeName?: string;
  boxName: string;
}) => {
  const translate = useTranslate();
  const figures = useFigures();
  const colors = useChartColors();
  // On a phone the labels get less room (they wrap onto two lines) so the plot keeps most of the width.
  const narrow = useIsPhone();
  const data: Datum[] = rows.map((row) => {
    const { p25, p75 } = row.distribution;
    return {
      ...row,
      // The n on its own line of the tick, never cut (CategoryTick).
      axisLabel: `${row.label}\n(${figures.n(row.n)})`,
      box: p25 !== null && p75 !== null ? [p25, p75] : null,
    };
  });
  const hasRanges = data.some((d) => d.range);
  return (
    <>
      <ResponsiveContainer width="100%" height={Math.max(160, 44 * data.length + 60)}>
        <ComposedChart layout="vertical" data={data} margin={{ top: 8, right: 24, bottom: 8, left: 8 }}>
          <CartesianGrid horizontal={false} strokeDasharray="3 3" />
          <XAxis type="number" domain={[0, 'auto']} tickFormatter={figures.tick} />
          <YAxis
            yAxisId="box"
            type="category"
            dataKey="axisLabel"
            width={narrow ? 110 : 190}
            tick={(props: object) => <CategoryTick {...props} vertical />}
          />
          <YAxis yAxisId="range" type="category" dataKey="axisLabel" hide />
          <Tooltip
            content={(props) => (
              <ChartTooltip<Datum>
                {...props}
                smallBelow={smallBelow}
                describe={(d) => ({
                  heading: d.label,
                  lines: [
                    translate('caseatlas.analytics.quartiles', {
                      p25: format(d.distribution.p25),
                      median: format(d.distribution.median),
                      p75: format(d.distribution.p75),
                    }),
                    ...(d.range && rangeName ? [`${rangeName}: ${format(d.range[0])} – ${format(d.range[1])}`] : []),
                    figures.n(d.n),
                  ],
                })}
              />
            )}
          />
          {hasRanges ? (
            <Bar
              yAxisId="range"
              dataKey="range"
              name={rangeName}
              fill={colors.range}
              barSize={26}
              isAnimationActive={false}
            />
          ) : null}
          <Bar
            yAxisId="box"
            dataKey="box"
            name={boxName}
            barSize={12}
            isAnimationActive={false}
            shape={(props: object) => <BoxWithMedian {...props} color={colors.main} />}
          />
        </ComposedChart>
      </ResponsiveContainer>
      <ChartLegend
        items={[
          { label: boxName, color: colors.main },
          ...(hasRanges && rangeName ? [{ label: rangeName, color: colors.range }] : []),
        ]}
        smallBelow={data.some((d) => d.small) ? smallBelow : undefined}
      />
    </>
  );
};
