import { Alert, Button, Card, CardContent, Chip, List, ListItem, ListItemText, Stack } from '@mui/material';
import { Title, useTranslate } from 'react-admin';
import { HEALTH_DEPENDENCIES } from '@caseatlas/contracts';
import { useHealth } from './useHealth';

export const SystemStatus = () => {
  const translate = useTranslate();
  const { data, error, isFetching, refetch } = useHealth();

  return (
    <Card sx={{ mt: 2 }}>
      <Title title="caseatlas.status.title" />
      <CardContent>
        <Stack spacing={2}>
          {error ? (
            <Alert severity="error">{translate('caseatlas.status.unreachable')}</Alert>
          ) : data ? (
            <Alert severity={data.status === 'ok' ? 'success' : 'warning'} data-testid="overall-status">
              {translate(data.status === 'ok' ? 'caseatlas.status.overall_ok' : 'caseatlas.status.overall_error')}
            </Alert>
          ) : null}
          <List dense>
            {HEALTH_DEPENDENCIES.map((dependency) => {
              const status = data?.details[dependency]?.status;
              return (
                <ListItem key={dependency} data-testid={`status-${dependency}`}>
                  <ListItemText
                    primary={translate(`caseatlas.status.dependency.${dependency}`)}
                    secondary={status === 'down' ? data?.details[dependency]?.message : undefined}
                  />
                  {status ? (
                    <Chip
                      label={translate(`caseatlas.status.${status}`)}
                      color={status === 'up' ? 'success' : 'error'}
                      size="small"
                    />
                  ) : null}
                </ListItem>
              );
            })}
          </List>
          <div>
            <Button variant="outlined" onClick={() => refetch()} disabled={isFetching}>
              {translate('caseatlas.status.refresh')}
            </Button>
          </div>
        </Stack>
      </CardContent>
    </Card>
  );
};
