import { useMemo } from 'react';
import { Box, Paper, Stack, Typography } from '@mui/material';
import { useTheme } from '@mui/material/styles';
import { useLocaleState, useTranslate } from 'react-admin';
import { charactersIn, wrapLabel } from './axisLabels';
import { BACKDROP_COLOR, SERIES_COLORS } from './chartStyle';

/** The colours charts share (chartStyle.ts): the Okabe–Ito series, a backdrop and the text colour. */
export const useChartColors = () => {
  const theme = useTheme();
  return useMemo(
    () => ({
      main: SERIES_COLORS[0],
      second: SERIES_COLORS[1],
      range: BACKDROP_COLOR,
      text: theme.palette.text.secondary,
      series: SERIES_COLORS,
    }),
    [theme],
  );
};

/**
 * A category axis tick that never runs into its neighbours: the label wrapped on up to two
 * lines within the room a category has, shortened with an ellipsis past that, the full label
 * in the SVG title (shown on hover, read by screen readers). The room is the axis's width
 * shared among its ticks under a horizontal axis, the axis's own width beside a vertical one.
 */
export const CategoryTick = (props: {
  x?: number | string;
  y?: number | string;
  payload?: { value?: unknown };
  textAnchor?: string;
  vertical?: boolean;
  width?: number | string;
  visibleTicksCount?: number;
  fontSize?: number;
  fill?: string;
  /**
   * A short form (a country's code) for a label whose room holds only a few letters of it; when
   * one label of the axis needs it, every label takes it, so an axis never mixes codes and names.
   */
  shortOf?: (label: string) => string | undefined;
  /** Every label of the axis, to tell whether one of them needs its short form. */
  labels?: readonly string[];
}) => {
  const { payload, vertical = false, fontSize = 12, fill = '#666', shortOf, labels } = props;
  const width = Number(props.width ?? 0);
  const room = vertical ? width : width / Math.max(1, props.visibleTicksCount ?? 1);
  const x = Number(props.x ?? 0);
  const y = Number(props.y ?? 0);
  const label = String(payload?.value ?? '');
  // A label "name\nn = 12" keeps its second part whole (an n is never cut); the name gets one line.
  const [name, kept] = label.split('\n');
  const characters = charactersIn(room - 8, fontSize);
  // "Ka…" tells Kazakhstan from Kyrgyzstan no better than nothing: under eight letters, the code.
  const tooLong = (labels ?? [name]).some((other) => other.split('\n')[0].length > characters);
  const short = characters < 8 && tooLong ? shortOf?.(name) : undefined;
  const shown = short ?? name;
  // Beside a vertical axis a category has the height of its bars: the name may take two lines there.
  const lines =
    kept === undefined ? wrapLabel(shown, characters, 2) : [...wrapLabel(shown, characters, vertical ? 2 : 1), kept];
  const lineHeight = fontSize + 2;
  // Beside a vertical axis the lines are centred on the tick; under a horizontal one they hang below it.
  const firstDy = vertical ? -((lines.length - 1) * lineHeight) / 2 : lineHeight * 0.8;
  return (
    <g>
      <title>{label.replace('\n', ' ')}</title>
      <text
        x={vertical ? x - 6 : x}
        y={vertical ? y : y + 2}
        textAnchor={vertical ? 'end' : 'middle'}
        dominantBaseline={vertical ? 'middle' : undefined}
        fontSize={fontSize}
        fill={fill}
        className="recharts-cartesian-axis-tick-value"
      >
        {lines.map((line, index) => (
          <tspan key={index} x={vertical ? x - 6 : x} dy={index === 0 ? firstDy : lineHeight}>
            {line}
          </tspan>
        ))}
      </text>
    </g>
  );
};

/**
 * A chart's legend in the order its marks are drawn (recharts' own may not be), with the
 * small-cell key when the chart has small cells.
 */
export const ChartLegend = ({
  items,
  smallBelow,
}: {
  items: readonly { label: string; color: string }[];
  /** Given when some mark is small: its key is added. */
  smallBelow?: number;
}) => {
  const translate = useTranslate();
  const swatch = (style: object) => (
    <Box component="span" sx={{ width: 14, height: 14, display: 'inline-block', flexShrink: 0, ...style }} />
  );
  return (
    <Stack
      direction="row"
      useFlexGap
      flexWrap="wrap"
      gap={2}
      justifyContent="center"
      component="ul"
      sx={{ listStyle: 'none', p: 0, m: 0, mt: 1 }}
      data-testid="chart-legend"
    >
      {items.map((item) => (
        <Stack key={item.label} component="li" direction="row" gap={0.75} alignItems="center">
          {swatch({ bgcolor: item.color })}
          <Typography variant="body2">{item.label}</Typography>
        </Stack>
      ))}
      {smallBelow !== undefined ? (
        <Stack component="li" direction="row" gap={0.75} alignItems="center">
          {swatch({ border: '1.5px dashed', borderColor: 'text.secondary', bgcolor: 'action.hover' })}
          <Typography variant="body2">{translate('caseatlas.analytics.small.key', { smallBelow })}</Typography>
        </Stack>
      ) : null}
    </Stack>
  );
};

/** Figures as the UI language writes them; `null` (nothing to compute) as a dash. */
export const useFigures = () => {
  const [locale] = useLocaleState();
  const translate = useTranslate();
  return useMemo(() => {
    const whole = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
    const oneDecimal = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
    const share = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
    const or = <T,>(value: T | null | undefined, format: (value: T) => string) =>
      value === null || value === undefined ? '—' : format(value);
    return {
      count: (value: number | null | undefined) => or(value, (v) => whole.format(v)),
      share: (value: number | null | undefined) => or(value, (v) => share.format(v)),
      months: (value: number | null | undefined) =>
        or(value, (v) => translate('caseatlas.analytics.months', { value: oneDecimal.format(v) })),
      days: (value: number | null | undefined) =>
        or(value, (v) => translate('caseatlas.analytics.days', { value: whole.format(v) })),
      n: (n: number) => translate('caseatlas.analytics.n', { n: whole.format(n) }),
      // Axis ticks: plain numbers and percentages (0–100) as the language writes them ("1 543", "75 %").
      tick: (value: number) => whole.format(value),
      percentTick: (value: number) => share.format(value / 100),
    };
  }, [locale, translate]);
};

/**
 * A chart's tooltip: the heading and lines the chart gives for the hovered datum, and for a
 * small cell the reason it is greyed.
 */
export function ChartTooltip<Datum extends { small: boolean }>({
  active,
  payload,
  smallBelow,
  describe,
}: {
  active?: boolean;
  payload?: readonly { payload?: unknown }[];
  smallBelow: number;
  describe: (datum: Datum) => { heading: string; lines: string[] };
}) {
  const translate = useTranslate();
  const datum = payload?.[0]?.payload as Datum | undefined;
  if (!active || !datum) return null;
  const { heading, lines } = describe(datum);
  return (
    <Paper sx={{ p: 1 }} elevation={3}>
      <Typography variant="subtitle2">{heading}</Typography>
      {lines.map((line) => (
        <Typography key={line} variant="body2">
          {line}
        </Typography>
      ))}
      {datum.small ? (
        <Typography variant="body2" color="text.secondary" data-testid="small-cell-reason">
          {translate('caseatlas.analytics.small.reason', { smallBelow })}
        </Typography>
      ) : null}
    </Paper>
  );
}
