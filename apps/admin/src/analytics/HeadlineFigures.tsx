import { Box, Stack, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { OutcomeMetrics } from '@caseatlas/contracts';
import { useFigures } from './chartParts';

const Figure = ({ testId, label, value, small }: { testId: string; label: string; value: string; small: boolean }) => (
  <Box data-testid={testId} sx={{ minWidth: '10rem', color: small ? 'text.disabled' : undefined }}>
    <Typography variant="h4" component="p">
      {value}
    </Typography>
    <Typography variant="body2" color="text.secondary">
      {label}
    </Typography>
  </Box>
);

/**
 * Cases, conviction rate, median sentence and median time to verdict of a group of cases (the
 * total of `/api/analytics/outcomes`). A small group is greyed with the reason, like a chart's cell.
 */
export const HeadlineFigures = ({ total, smallBelow }: { total: OutcomeMetrics; smallBelow: number }) => {
  const translate = useTranslate();
  const figures = useFigures();
  const t = (key: string, value?: string) => translate(`caseatlas.analytics.headline.${key}`, { value });
  return (
    <Stack gap={1} data-testid="headline-figures" data-small={total.small}>
      <Stack direction="row" useFlexGap flexWrap="wrap" gap={3}>
        <Figure testId="headline-cases" label={t('cases')} value={figures.count(total.cases)} small={total.small} />
        <Figure
          testId="headline-conviction-rate"
          label={t('conviction_rate')}
          value={figures.share(total.convictionRate)}
          small={total.small}
        />
        <Figure
          testId="headline-median-sentence"
          label={t('median_sentence')}
          value={figures.months(total.sentenceMonths.median)}
          small={total.small}
        />
        <Figure
          testId="headline-median-days"
          label={t('median_days')}
          value={figures.days(total.medianDaysToVerdict)}
          small={total.small}
        />
      </Stack>
      {total.small ? (
        <Typography variant="caption" color="text.secondary">
          {translate('caseatlas.analytics.small.caption', { smallBelow })}
        </Typography>
      ) : null}
    </Stack>
  );
};
