import { useState } from 'react';
import {
  Accordion,
  AccordionDetails,
  AccordionSummary,
  Alert,
  Box,
  Button,
  Chip,
  LinearProgress,
  List,
  ListItem,
  Stack,
  Typography,
} from '@mui/material';
import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import { useQuery } from '@tanstack/react-query';
import { Link, useCreatePath, useDataProvider, useTranslate } from 'react-admin';
import type { CaseAtlasDataProvider } from '../dataProvider';
import { useCountryName } from '../common/countries';
import { useVocabularyLabel } from '../common/fields';
import { Empty, Section } from '../common/Section';
import { failureMessage, searchFailureOf } from '../search/searchErrors';
import { similarReasons } from '../search/similarReasons';
import type { SimilarReason } from '../search/similarReasons';
import type { SimilarCase } from '../search/types';

/** A reason in words: "same statute KZ-CC-128-3", "same purpose: forced labour", "similar wording". */
const useReasonText = () => {
  const translate = useTranslate();
  const countryName = useCountryName();
  const label = useVocabularyLabel();
  const shown = ({ key, value = '' }: SimilarReason): string => {
    switch (key) {
      case 'purpose':
        return label('exploitationPurposes', value);
      case 'means':
        return label('means', value);
      case 'sector':
        return label('sectors', value);
      case 'route_country':
        return countryName(value);
      default:
        return value;
    }
  };
  return (reason: SimilarReason): string =>
    translate(`caseatlas.similar.reason.${reason.key}`, { value: shown(reason) });
};

const SimilarCaseItem = ({ similar }: { similar: SimilarCase }) => {
  const translate = useTranslate();
  const createPath = useCreatePath();
  const countryName = useCountryName();
  const reasonText = useReasonText();
  const reasons = similarReasons(similar.why);
  return (
    <ListItem disableGutters data-testid="similar-case" data-reference={similar.reference}>
      <Stack gap={0.5}>
        <Stack direction="row" gap={1} alignItems="baseline" flexWrap="wrap">
          <Link to={createPath({ resource: 'cases', id: similar.id, type: 'show' })} data-testid="similar-case-link">
            {similar.reference} — {similar.title}
          </Link>
          <Typography component="span" variant="body2" color="text.secondary">
            {countryName(similar.jurisdiction)}
            {similar.year !== null ? `, ${similar.year}` : ''}
          </Typography>
        </Stack>
        {reasons.length ? (
          <Stack
            direction="row"
            useFlexGap
            flexWrap="wrap"
            gap={0.5}
            role="list"
            aria-label={translate('caseatlas.similar.reasons')}
          >
            {reasons.map((reason) => (
              <Chip
                key={`${reason.key}-${reason.value ?? ''}`}
                role="listitem"
                size="small"
                variant="outlined"
                label={reasonText(reason)}
                data-reason={reason.key}
                data-value={reason.value}
              />
            ))}
          </Stack>
        ) : null}
      </Stack>
    </ListItem>
  );
};

/** Similar cases listed before "Show all": the first ones are the closest, and beside the case they share the column with the annotations. */
const FIRST_SIMILAR = 3;

/**
 * Cases like this one (`GET /api/cases/:id/similar`), each with what it shares with this one.
 * Search being down takes this section only, never the case page. Beside the case on a wide
 * screen; near its top on a narrow one, `collapsible` so it does not push the case down.
 */
export const SimilarCasesSection = ({ caseId, collapsible = false }: { caseId: string; collapsible?: boolean }) => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<CaseAtlasDataProvider>();
  const [all, setAll] = useState(false);
  const { data, error, isPending } = useQuery({
    queryKey: ['similarCases', caseId],
    queryFn: async ({ signal }) => (await dataProvider.similarCases(caseId, signal)).data ?? [],
    staleTime: 60_000,
    refetchOnWindowFocus: false,
    retry: false,
  });
  const failure = error ? searchFailureOf(error) : undefined;
  const cases = Array.isArray(data) ? data : [];
  const content = (
    <>
      <Typography variant="body2" color="text.secondary" gutterBottom>
        {translate('caseatlas.similar.help')}
      </Typography>
      {failure?.kind === 'unavailable' ? (
        <Alert severity="warning">{translate('caseatlas.similar.unavailable')}</Alert>
      ) : failure ? (
        <Alert severity="error">{translate('caseatlas.similar.failed', { message: failureMessage(failure) })}</Alert>
      ) : isPending ? (
        <LinearProgress aria-label={translate('ra.page.loading')} />
      ) : cases.length === 0 ? (
        <Empty message="caseatlas.similar.none" />
      ) : (
        <>
          <List dense disablePadding>
            {(all ? cases : cases.slice(0, FIRST_SIMILAR)).map((similar) => (
              <SimilarCaseItem key={similar.id} similar={similar} />
            ))}
          </List>
          {cases.length > FIRST_SIMILAR ? (
            <Box>
              <Button size="small" onClick={() => setAll(!all)} aria-expanded={all} sx={{ textTransform: 'none' }}>
                {all
                  ? translate('caseatlas.similar.show_fewer')
                  : translate('caseatlas.similar.show_all', { smart_count: cases.length })}
              </Button>
            </Box>
          ) : null}
        </>
      )}
    </>
  );
  if (!collapsible) {
    return (
      <Section id="similar" title="caseatlas.similar.title">
        {content}
      </Section>
    );
  }
  return (
    <Accordion
      component="section"
      aria-labelledby="similar-title"
      data-testid="section-similar"
      disableGutters
      slotProps={{ heading: { component: 'h2' }, transition: { unmountOnExit: true } }}
    >
      <AccordionSummary expandIcon={<ExpandMoreIcon />} aria-controls="similar-content" id="similar-title">
        <Typography variant="h6" component="span">
          {translate('caseatlas.similar.title')}
          {cases.length ? ` (${cases.length})` : ''}
        </Typography>
      </AccordionSummary>
      <AccordionDetails id="similar-content">{content}</AccordionDetails>
    </Accordion>
  );
};
