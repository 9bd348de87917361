import { Button } from '@mui/material';
import InsightsIcon from '@mui/icons-material/Insights';
import { Link } from 'react-router-dom';
import { useTranslate } from 'react-admin';
import type { SearchState } from '../search/searchState';
import { ANALYTICS_PATH, analyticsAddress } from './analyticsState';

/** "Analyse these results": the analytics page for the same text and filters (the sort does not matter there). */
export const AnalyseResultsLink = ({ search }: { search: SearchState }) => {
  const translate = useTranslate();
  return (
    <Button
      component={Link}
      to={analyticsAddress(ANALYTICS_PATH, search)}
      variant="outlined"
      startIcon={<InsightsIcon />}
      // As tall as the inputs beside it, like "Save search".
      sx={{ mt: { md: 1 }, minHeight: 48, whiteSpace: 'nowrap', flexShrink: 0 }}
      data-testid="analyse-results"
    >
      {translate('caseatlas.analytics.analyse_results')}
    </Button>
  );
};
