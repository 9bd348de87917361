import { Card, CardContent, Typography } from '@mui/material';
import { Link } from 'react-router-dom';
import { Title, useTranslate } from 'react-admin';

export const Dashboard = () => {
  const translate = useTranslate();
  return (
    <Card sx={{ mt: 2 }}>
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
  );
};
