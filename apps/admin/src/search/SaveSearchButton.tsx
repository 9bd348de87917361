import { useState } from 'react';
import type { FormEvent } from 'react';
import {
  Alert,
  Box,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  TextField,
  Typography,
} from '@mui/material';
import BookmarkAddIcon from '@mui/icons-material/BookmarkAdd';
import { useCanAccess, useNotify, useTranslate } from 'react-admin';
import { useSaveSearch } from '../alerts/useAlerts';
import { useApiErrorNotifier } from '../common/apiErrors';
import { defaultSearchName, saveProblemsOf } from './savedSearch';
import type { SaveProblems } from './savedSearch';
import type { SearchState } from './searchState';
import { SAVED_SEARCH_NAME_MAX_LENGTH } from './types';
import { useFilterLabels } from './useFilterLabels';
import { useSearchDescription } from './useSearchDescription';

/**
 * Asks for a name (offered: the text, else the filters in words) and saves the search's text and
 * filters (not its sort: alerts list the newest first). The API anonymizes the name, so the
 * notification shows the name it stored. Its refusals are shown where they belong: the name's
 * under the name, the text's and filters' above it.
 */
const SaveSearchDialog = ({ search, onClose }: { search: SearchState; onClose: () => void }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const notifyError = useApiErrorNotifier();
  const wording = useFilterLabels();
  const describe = useSearchDescription();
  const save = useSaveSearch();
  const [name, setName] = useState(
    () => defaultSearchName(search, wording) || translate('caseatlas.saved_search.all_cases'),
  );
  const [problems, setProblems] = useState<SaveProblems>();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setProblems(undefined);
    save.mutate(
      { name: name.trim(), q: search.q, filter: search.filter },
      {
        onSuccess: (saved) => {
          if (saved) notify('caseatlas.saved_search.saved', { type: 'success', messageArgs: { name: saved.name } });
          onClose();
        },
        onError: (error) => {
          const refused = saveProblemsOf(error);
          if (refused) setProblems(refused);
          else notifyError(error);
        },
      },
    );
  };

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm" aria-labelledby="save-search-title">
      <form onSubmit={submit} noValidate data-testid="save-search-dialog">
        <DialogTitle id="save-search-title">{translate('caseatlas.saved_search.dialog_title')}</DialogTitle>
        <DialogContent>
          <DialogContentText gutterBottom>{translate('caseatlas.saved_search.dialog_help')}</DialogContentText>
          <Typography variant="body2" color="text.secondary" data-testid="save-search-description">
            {describe(search)}
          </Typography>
          {problems?.others.length ? (
            <Alert severity="error" sx={{ mt: 2 }}>
              {translate('caseatlas.saved_search.not_saved')}
              <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
                {problems.others.map((message) => (
                  <li key={message}>{message}</li>
                ))}
              </Box>
            </Alert>
          ) : null}
          <TextField
            autoFocus
            fullWidth
            required
            margin="normal"
            name="name"
            label={translate('caseatlas.saved_search.name')}
            value={name}
            onChange={(event) => {
              setName(event.target.value);
              // The name's problem was about the name as sent.
              setProblems((current) => current && { ...current, name: undefined });
            }}
            error={problems?.name !== undefined}
            helperText={problems?.name ?? translate('caseatlas.saved_search.name_help')}
            slotProps={{
              htmlInput: { maxLength: SAVED_SEARCH_NAME_MAX_LENGTH, 'data-testid': 'saved-search-name' },
              formHelperText: { role: problems?.name ? 'alert' : undefined },
            }}
          />
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{translate('ra.action.cancel')}</Button>
          <Button type="submit" variant="contained" disabled={save.isPending || !name.trim()}>
            {translate('ra.action.save')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
};

/** "Save search" beside the sort, for whoever may save searches (`savedSearches.write`). */
export const SaveSearchButton = ({ search }: { search: SearchState }) => {
  const translate = useTranslate();
  const { canAccess } = useCanAccess({ resource: 'savedSearches', action: 'create' });
  const [open, setOpen] = useState(false);
  if (!canAccess) return null;
  return (
    <>
      <Button
        variant="outlined"
        startIcon={<BookmarkAddIcon />}
        onClick={() => setOpen(true)}
        // As tall as the inputs beside it, which have a top margin (react-admin's theme).
        sx={{ mt: { md: 1 }, minHeight: 48, whiteSpace: 'nowrap', flexShrink: 0 }}
        data-testid="save-search"
      >
        {translate('caseatlas.saved_search.save')}
      </Button>
      {/* Mounted while open only, so each opening offers a name for the search as it is then. */}
      {open ? <SaveSearchDialog search={search} onClose={() => setOpen(false)} /> : null}
    </>
  );
};
