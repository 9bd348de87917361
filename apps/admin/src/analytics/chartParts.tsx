import { useMemo } from 'react';
import { Paper, Typography } from '@mui/material';
import { useTheme } from '@mui/material/styles';
import { useLocaleState, useTranslate } from 'react-admin';

/** The colours charts share: the theme's, and grey for small cells. */
export const useChartColors = () => {
  const theme = useTheme();
  return useMemo(
    () => ({
      main: theme.palette.primary.main,
      second: theme.palette.secondary.main,
      range: theme.palette.grey[300],
      small: theme.palette.grey[400],
      text: theme.palette.text.secondary,
      // Lines per jurisdiction: distinguishable in print too.
      series: ['#1565c0', '#c62828', '#2e7d32', '#ef6c00', '#6a1b9a', '#00838f'],
    }),
    [theme],
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
