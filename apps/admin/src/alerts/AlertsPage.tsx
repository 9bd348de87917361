import { useState } from 'react';
import {
  Alert,
  Box,
  Button,
  Card,
  CardActions,
  CardContent,
  Chip,
  LinearProgress,
  List,
  ListItem,
  Stack,
  Typography,
} from '@mui/material';
import DeleteIcon from '@mui/icons-material/Delete';
import DoneAllIcon from '@mui/icons-material/DoneAll';
import ManageSearchIcon from '@mui/icons-material/ManageSearch';
import { Link as RouterLink } from 'react-router-dom';
import { Confirm, Link, Title, useCanAccess, useCreatePath, useNotify, useTranslate } from 'react-admin';
import { useApiErrorNotifier } from '../common/apiErrors';
import { useCountryName } from '../common/countries';
import { useDateTimeFormat } from '../common/format';
import { failureMessage, searchFailureOf } from '../search/searchErrors';
import { serializeSearchState } from '../search/searchState';
import type { SavedSearchAlert, SearchHit } from '../search/types';
import { SEARCH_PATH, useOutdateSearchResults } from '../search/useSearch';
import { useSearchDescription } from '../search/useSearchDescription';
import { useAlerts, useDeleteSavedSearch, useMarkAlertsSeen } from './useAlerts';

const AlertHit = ({ hit }: { hit: SearchHit }) => {
  const createPath = useCreatePath();
  const countryName = useCountryName();
  return (
    <ListItem disableGutters data-testid="alert-hit" data-reference={hit.reference}>
      <Stack direction="row" gap={1} alignItems="baseline" flexWrap="wrap">
        <Link to={createPath({ resource: 'cases', id: hit.id, type: 'show' })}>
          {hit.reference} — {hit.title}
        </Link>
        <Typography component="span" variant="body2" color="text.secondary">
          {countryName(hit.jurisdiction)}
          {hit.year !== null ? `, ${hit.year}` : ''}
        </Typography>
      </Stack>
    </ListItem>
  );
};

/** A saved search: what it looks for, what is new since it was last seen, and what to do with it. */
const SavedSearchAlertCard = ({ alert: { savedSearch, count, hits } }: { alert: SavedSearchAlert }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const notifyError = useApiErrorNotifier();
  const describe = useSearchDescription();
  const dateTime = useDateTimeFormat();
  const markSeen = useMarkAlertsSeen();
  const remove = useDeleteSavedSearch();
  const outdateSearchResults = useOutdateSearchResults();
  const { canAccess: mayMarkSeen } = useCanAccess({ resource: 'savedSearches', action: 'seen' });
  const { canAccess: mayDelete } = useCanAccess({ resource: 'savedSearches', action: 'delete' });
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const query = serializeSearchState({ q: savedSearch.q, filter: savedSearch.filter }).toString();
  const nameId = `saved-search-${savedSearch.id}`;

  return (
    <Card
      component="article"
      variant="outlined"
      aria-labelledby={nameId}
      data-testid="saved-search-alert"
      data-name={savedSearch.name}
      data-count={count}
    >
      <CardContent>
        <Stack gap={1}>
          <Stack direction="row" gap={1} alignItems="center" flexWrap="wrap">
            <Typography id={nameId} variant="h6" component="h2">
              {savedSearch.name}
            </Typography>
            <Chip
              size="small"
              color={count > 0 ? 'error' : 'default'}
              label={
                count > 0
                  ? translate('caseatlas.alerts.new_matches', { smart_count: count })
                  : translate('caseatlas.alerts.no_new_matches')
              }
              data-testid="alert-count"
            />
          </Stack>
          <Typography variant="body2">{describe(savedSearch)}</Typography>
          <Typography variant="body2" color="text.secondary">
            {translate('caseatlas.alerts.since', { date: dateTime(savedSearch.seenAt) })}
          </Typography>
          {hits.length ? (
            <List dense disablePadding>
              {hits.map((hit) => (
                <AlertHit key={hit.id} hit={hit} />
              ))}
            </List>
          ) : null}
          {count > hits.length ? (
            <Typography variant="body2" color="text.secondary">
              {translate('caseatlas.alerts.more', { smart_count: count - hits.length })}
            </Typography>
          ) : null}
        </Stack>
      </CardContent>
      <CardActions>
        {mayMarkSeen ? (
          <Button
            size="small"
            startIcon={<DoneAllIcon />}
            disabled={count === 0 || markSeen.isPending}
            onClick={() => markSeen.mutate(savedSearch.id, { onError: notifyError })}
          >
            {translate('caseatlas.alerts.mark_seen')}
          </Button>
        ) : null}
        <Button
          size="small"
          startIcon={<ManageSearchIcon />}
          component={RouterLink}
          to={{ pathname: SEARCH_PATH, search: query ? `?${query}` : '' }}
          onClick={outdateSearchResults}
        >
          {translate('caseatlas.alerts.open_search')}
        </Button>
        {mayDelete ? (
          <Button size="small" color="error" startIcon={<DeleteIcon />} onClick={() => setConfirmingDelete(true)}>
            {translate('ra.action.delete')}
          </Button>
        ) : null}
      </CardActions>
      <Confirm
        isOpen={confirmingDelete}
        loading={remove.isPending}
        title="caseatlas.alerts.delete_title"
        titleTranslateOptions={{ name: savedSearch.name }}
        content="caseatlas.alerts.delete_content"
        confirm="ra.action.delete"
        confirmColor="warning"
        // mutateAsync: the card is gone once the deletion is done, and the notification still shows.
        onConfirm={async () => {
          try {
            await remove.mutateAsync(savedSearch.id);
            notify('caseatlas.alerts.deleted', { type: 'info' });
          } catch (error) {
            notifyError(error);
          } finally {
            setConfirmingDelete(false);
          }
        }}
        onClose={() => setConfirmingDelete(false)}
      />
    </Card>
  );
};

/**
 * `/alerts`: each saved search of the reader with the cases matching it that were published or
 * changed since it was last marked as seen (the API applies the reader's own row rule). The
 * same query feeds the menu's badge, so marking one as seen updates both.
 */
export const AlertsPage = () => {
  const translate = useTranslate();
  const { data, error, isPending } = useAlerts();
  const failure = error ? searchFailureOf(error) : undefined;
  return (
    <Stack gap={2} sx={{ mt: 2, mb: 4 }} data-testid="alerts">
      <Title title="caseatlas.alerts.title" />
      <Typography variant="h5" component="h1">
        {translate('caseatlas.alerts.title')}
      </Typography>
      <Typography color="text.secondary">{translate('caseatlas.alerts.intro')}</Typography>
      {failure?.kind === 'unavailable' ? (
        <Alert severity="warning">{translate('caseatlas.alerts.unavailable')}</Alert>
      ) : failure ? (
        <Alert severity="error">{translate('caseatlas.alerts.failed', { message: failureMessage(failure) })}</Alert>
      ) : null}
      {isPending && !failure ? <LinearProgress aria-label={translate('ra.page.loading')} /> : null}
      {data && data.alerts.length === 0 ? (
        <Box>
          <Typography gutterBottom>{translate('caseatlas.alerts.none')}</Typography>
          <Button component={RouterLink} to={SEARCH_PATH} variant="outlined" startIcon={<ManageSearchIcon />}>
            {translate('caseatlas.alerts.go_to_search')}
          </Button>
        </Box>
      ) : null}
      {data?.alerts.map((alert) => (
        <SavedSearchAlertCard key={alert.savedSearch.id} alert={alert} />
      ))}
    </Stack>
  );
};
