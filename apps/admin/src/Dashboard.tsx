import { Card, CardContent, Stack, Typography } from '@mui/material';
import { Link } from 'react-router-dom';
import { Title, useCanAccess, useTranslate } from 'react-admin';
import { DashboardFigures } from './analytics/DashboardFigures';
import { SearchView } from './search/SearchView';

/**
 * The home page: what the workbench is, then precedent search, the first thing readers come
 * for (every role reads cases today; the check keeps it right if one day one does not). Using
 * the search moves to /search, so shared links and the back button have one address. Between
 * them, for analysts, the headline figures of every case the reader may read.
 */
export const Dashboard = () => {
  const translate = useTranslate();
  const { canAccess: maySearch } = useCanAccess({ resource: 'cases', action: 'list' });
  return (
    <Stack gap={2} sx={{ mt: 2 }}>
      <Card>
        <Title title="caseatlas.dashboard.title" />
        <CardContent>
          <Typography variant="h5" component="h1" gutterBottom>
            {translate('caseatlas.dashboard.title')}
          </Typography>
          <Typography paragraph>{translate('caseatlas.dashboard.intro')}</Typography>
          <Typography paragraph color="text.secondary">
            {translate('caseatlas.dashboard.anonymized_notice')}
          </Typography>
          <Link to="/status">{translate('caseatlas.dashboard.status_link')}</Link>
        </CardContent>
      </Card>
      {maySearch ? <DashboardFigures /> : null}
      {maySearch ? (
        <Card>
          <CardContent>
            <SearchView embedded />
          </CardContent>
        </Card>
      ) : null}
    </Stack>
  );
};
