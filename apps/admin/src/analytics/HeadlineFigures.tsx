import { Box, Stack, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { OutcomeMetrics } from '@caseatlas/contracts';
import { useFigures } from './chartParts';
import { useScopeText } from './useScopeText';
import { SMALL_SAMPLE_TEXT_SX } from './chartStyle';

const Figure = ({
  testId,
  label,
  value,
  small,
  scope,
}: {
  testId: string;
  label: string;
  value: string;
  small: boolean;
  scope?: string;
}) => (
  <Box data-testid={testId} sx={{ minWidth: '10rem', maxWidth: '16rem', ...(small ? SMALL_SAMPLE_TEXT_SX : {}) }}>
    <Typography variant="h4" component="p">
      {value}
    </Typography>
    <Typography variant="body2" color="text.secondary">
      {label}
    </Typography>
    {scope ? (
      <Typography variant="caption" color="text.secondary" component="p" data-testid="figure-scope">
        {scope}
      </Typography>
    ) : null}
  </Box>
);

/**
 * Cases, conviction rate, median sentence and median time to verdict of a group of cases (the
 * total of `/api/analytics/outcomes`). A small group is greyed with the reason, like a chart's cell.
 */
export const HeadlineFigures = ({ total, smallBelow }: { total: OutcomeMetrics; smallBelow: number }) => {
  const translate = useTranslate();
  const figures = useFigures();
  const scope = useScopeText();
  const t = (key: string, value?: string) => translate(`caseatlas.analytics.headline.${key}`, { value });
  return (
    <Stack gap={1} data-testid="headline-figures" data-small={total.small}>
      <Stack direction="row" useFlexGap flexWrap="wrap" gap={3}>
        <Figure
          testId="headline-cases"
          label={t('cases')}
          value={figures.count(total.cases)}
          small={total.small}
          scope={scope}
        />
        <Figure
          testId="headline-conviction-rate"
          label={t('conviction_rate')}
          value={figures.share(total.convictionRate)}
          small={total.small}
          scope={scope}
        />
        <Figure
          testId="headline-median-sentence"
          label={t('median_sentence')}
          value={figures.months(total.sentenceMonths.median)}
          small={total.small}
          scope={scope}
        />
        <Figure
          testId="headline-median-days"
          label={t('median_days')}
          value={figures.days(total.medianDaysToVerdict)}
          small={total.small}
          scope={scope}
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
