import { useState } from 'react';
import { Badge, Box, Button, Drawer, IconButton, Stack, Typography } from '@mui/material';
import CloseIcon from '@mui/icons-material/Close';
import FilterListIcon from '@mui/icons-material/FilterList';
import { useTranslate } from 'react-admin';
import { useNumberFormat } from '../common/format';
import { FacetSidebar } from './FacetSidebar';
import type { SearchState } from './searchState';
import type { SearchResult } from './types';

/**
 * The facets on a phone (search and analytics): a button above the results (with the number of
 * active filters) opens them in a drawer, so the results are not below every facet. Each tick applies at once; the
 * drawer's last button shows the results.
 */
export const FacetDrawer = ({
  result,
  state,
  onChange,
}: {
  result: SearchResult;
  state: SearchState;
  onChange: (next: SearchState) => void;
}) => {
  const translate = useTranslate();
  const { number } = useNumberFormat();
  const [open, setOpen] = useState(false);
  const active = Object.values(state.filter).reduce((sum, values) => sum + (values?.length ?? 0), 0);
  return (
    <>
      <Box>
        <Button
          variant="outlined"
          onClick={() => setOpen(true)}
          aria-haspopup="dialog"
          data-testid="open-facets"
          startIcon={
            <Badge badgeContent={active} color="primary">
              <FilterListIcon />
            </Badge>
          }
        >
          {translate('caseatlas.search.open_filters')}
        </Button>
      </Box>
      <Drawer
        anchor="left"
        open={open}
        onClose={() => setOpen(false)}
        slotProps={{
          paper: {
            sx: { width: 'min(24rem, 88vw)' },
            role: 'dialog',
            'aria-modal': true,
            'aria-labelledby': 'facet-drawer-title',
          },
        }}
      >
        <Stack
          direction="row"
          alignItems="center"
          justifyContent="space-between"
          sx={{ px: 2, py: 1, borderBottom: 1, borderColor: 'divider' }}
        >
          <Typography id="facet-drawer-title" variant="subtitle1" component="h2">
            {translate('caseatlas.search.facets')}
          </Typography>
          <IconButton onClick={() => setOpen(false)} aria-label={translate('caseatlas.search.close_filters')}>
            <CloseIcon />
          </IconButton>
        </Stack>
        <Box sx={{ flex: 1, overflowY: 'auto', px: 2, py: 2 }}>
          <FacetSidebar result={result} state={state} onChange={onChange} heading={false} />
        </Box>
        <Box sx={{ p: 2, borderTop: 1, borderColor: 'divider' }}>
          <Button variant="contained" fullWidth onClick={() => setOpen(false)} data-testid="show-results">
            {translate('caseatlas.search.show_results', { smart_count: result.total, count: number(result.total) })}
          </Button>
        </Box>
      </Drawer>
    </>
  );
};
