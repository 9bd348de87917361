import { Button, Card, CardContent, Stack, Typography } from '@mui/material';
import InsightsIcon from '@mui/icons-material/Insights';
import { Link } from 'react-router-dom';
import { useTranslate } from 'react-admin';
import { ANALYTICS_PATH } from './analyticsState';
import { AnswerState } from './ChartCard';
import { HeadlineFigures } from './HeadlineFigures';
import { useAnalytics } from './useAnalytics';

const EVERY_CASE = { q: '', filter: {} };

/** The dashboard's headline figures over every case the reader may read, and the way to analytics. */
export const DashboardFigures = () => {
  const translate = useTranslate();
  const outcomes = useAnalytics('outcomes', EVERY_CASE, { groupBy: 'jurisdiction' });
  return (
    <Card data-testid="dashboard-figures">
      <CardContent>
        <Stack direction="row" justifyContent="space-between" alignItems="flex-start" gap={1} sx={{ mb: 1 }}>
          <Typography variant="h6" component="h2">
            {translate('caseatlas.analytics.headline.title')}
          </Typography>
          <Button component={Link} to={ANALYTICS_PATH} startIcon={<InsightsIcon />} size="small">
            {translate('caseatlas.analytics.headline.open')}
          </Button>
        </Stack>
        <AnswerState error={outcomes.error} isPending={outcomes.isPending} />
        {outcomes.data ? <HeadlineFigures total={outcomes.data.total} smallBelow={outcomes.data.smallBelow} /> : null}
      </CardContent>
    </Card>
  );
};
