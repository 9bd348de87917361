import { Alert, Chip, LinearProgress, List, ListItem, Stack, Typography } from '@mui/material';
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

/**
 * Cases like this one (`GET /api/cases/:id/similar`), each with what it shares with this one.
 * Search being down takes this section only, never the case page.
 */
export const SimilarCasesSection = ({ caseId }: { caseId: string }) => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<CaseAtlasDataProvider>();
  const { data, error, isPending } = useQuery({
    queryKey: ['similarCases', caseId],
    queryFn: async ({ signal }) => (await dataProvider.similarCases(caseId, signal)).data ?? [],
    staleTime: 60_000,
    refetchOnWindowFocus: false,
    retry: false,
  });
  const failure = error ? searchFailureOf(error) : undefined;
  return (
    <Section id="similar" title="caseatlas.similar.title">
      <Typography variant="body2" color="text.secondary" gutterBottom>
        {translate('caseatlas.similar.help')}
      </Typography>
      {failure?.kind === 'unavailable' ? (
        <Alert severity="warning">{translate('caseatlas.similar.unavailable')}</Alert>
      ) : failure ? (
        <Alert severity="error">{translate('caseatlas.similar.failed', { message: failureMessage(failure) })}</Alert>
      ) : isPending ? (
        <LinearProgress aria-label={translate('ra.page.loading')} />
      ) : !Array.isArray(data) || data.length === 0 ? (
        <Empty message="caseatlas.similar.none" />
      ) : (
        <List dense disablePadding>
          {data.map((similar) => (
            <SimilarCaseItem key={similar.id} similar={similar} />
          ))}
        </List>
      )}
    </Section>
  );
};
