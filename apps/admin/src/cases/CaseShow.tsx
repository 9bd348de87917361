import { useRef } from 'react';
import { Alert, Box, Link as MuiLink, List, ListItem, Stack, Typography, useMediaQuery } from '@mui/material';
import type { Theme } from '@mui/material';
import ArrowForwardIcon from '@mui/icons-material/ArrowForward';
import { EditButton, RecordField, Show, TopToolbar, useCanAccess, useRecordContext, useTranslate } from 'react-admin';
import { ROUTE_STAGES, TIMELINE_EVENTS } from '@caseatlas/contracts';
import type { CaseResponse, Route, Source } from '@caseatlas/contracts';
import { Empty, Section } from '../common/Section';
import {
  CountryChips,
  CountryField,
  StatusChip,
  SyntheticBadge,
  VocabularyChips,
  VocabularyChipsField,
  VocabularyField,
  useVocabularyLabel,
} from '../common/fields';
import { useLanguageName } from '../common/languages';
import { isWebUrl, useDateFormat } from '../common/format';
import { AnnotatedText } from '../annotations/AnnotatedText';
import { AnnotationPanel } from '../annotations/AnnotationPanel';
import { CaseAnnotationsProvider } from '../annotations/CaseAnnotations';
import { CooperationSection } from './CooperationSection';
import { DefendantsSection } from './DefendantsSection';
import { Folded } from './Folded';
import { RelatedCaseLink } from './RelatedCaseLink';
import { SearchTermMarks } from './SearchTermMarks';
import { SimilarCasesSection } from './SimilarCasesSection';
import { VictimsSection } from './VictimsSection';

const Overview = ({ record }: { record: CaseResponse }) => {
  const translate = useTranslate();
  const languageName = useLanguageName();
  return (
    <Section id="overview" title="caseatlas.case.sections.overview">
      <Stack gap={2}>
        <Stack direction="row" alignItems="center" gap={1} flexWrap="wrap">
          <Typography variant="h5" component="h1">
            {record.title}
          </Typography>
          <StatusChip status={record.status} />
          {record.synthetic ? <SyntheticBadge /> : null}
        </Stack>
        {record.synthetic ? <Alert severity="info">{translate('caseatlas.case.synthetic_notice')}</Alert> : null}
        <Box
          sx={{
            display: 'grid',
            gap: 2,
            gridTemplateColumns: { xs: 'repeat(2, minmax(0, 1fr))', md: 'repeat(3, minmax(0, 1fr))' },
          }}
        >
          <RecordField source="reference" />
          <RecordField source="jurisdiction">
            <CountryField source="jurisdiction" />
          </RecordField>
          <RecordField source="region" empty="—" />
          <RecordField source="court.name" empty="—" />
          <RecordField source="court.level">
            <VocabularyField source="court.level" vocabulary="courtLevel" />
          </RecordField>
          <RecordField source="language" render={(r: CaseResponse) => languageName(r.language)} />
        </Box>
        <RecordField source="tags">
          {record.tags?.length ? (
            <Stack direction="row" useFlexGap flexWrap="wrap" gap={0.5}>
              {record.tags.map((tag) => (
                <Typography key={tag} component="span" variant="body2" sx={{ fontFamily: 'monospace' }}>
                  #{tag}
                </Typography>
              ))}
            </Stack>
          ) : (
            <Empty />
          )}
        </RecordField>
      </Stack>
    </Section>
  );
};

const Classification = () => (
  <Section id="classification" title="caseatlas.case.sections.classification">
    <Stack gap={1.5}>
      <RecordField source="acts">
        <VocabularyChipsField source="acts" vocabulary="acts" />
      </RecordField>
      <RecordField source="means">
        <VocabularyChipsField source="means" vocabulary="means" />
      </RecordField>
      <RecordField source="exploitationPurposes">
        <VocabularyChipsField source="exploitationPurposes" vocabulary="exploitationPurposes" />
      </RecordField>
      <RecordField source="sectors">
        <VocabularyChipsField source="sectors" vocabulary="sectors" />
      </RecordField>
    </Stack>
  </Section>
);

/** The texts readers annotate: highlighted passages, and a selection becomes an annotation. */
const Texts = ({ record }: { record: CaseResponse }) => (
  <>
    <Section id="summary" title="caseatlas.case.sections.summary">
      {record.summary ? <AnnotatedText field="summary" text={record.summary} /> : <Empty />}
    </Section>
    <Section id="facts" title="caseatlas.case.sections.facts">
      {record.facts ? <AnnotatedText field="facts" text={record.facts} /> : <Empty />}
    </Section>
  </>
);

/** origin → transit → destination; an empty transit stage is left out. */
const RouteSection = ({ route }: { route: Route | undefined }) => {
  const translate = useTranslate();
  const stages = ROUTE_STAGES.filter((stage) => (route?.[stage] ?? []).length > 0 || stage !== 'transit');
  const empty = !route || ROUTE_STAGES.every((stage) => (route[stage] ?? []).length === 0);
  return (
    <Section id="route" title="caseatlas.case.sections.route">
      {empty ? (
        <Empty />
      ) : (
        <Stack direction={{ xs: 'column', sm: 'row' }} alignItems={{ sm: 'center' }} gap={1.5} flexWrap="wrap">
          {stages.map((stage, index) => (
            <Stack key={stage} direction="row" alignItems="center" gap={1.5} data-testid={`route-${stage}`}>
              {index > 0 ? (
                <ArrowForwardIcon
                  fontSize="small"
                  color="action"
                  titleAccess={translate('caseatlas.case.route_arrow')}
                />
              ) : null}
              <Box>
                <Typography variant="caption" color="text.secondary" display="block">
                  {translate(`resources.cases.fields.route.${stage}`)}
                </Typography>
                {(route?.[stage] ?? []).length > 0 ? <CountryChips codes={route?.[stage] ?? []} /> : <Empty />}
              </Box>
            </Stack>
          ))}
        </Stack>
      )}
    </Section>
  );
};

const TimelineSection = ({ record }: { record: CaseResponse }) => {
  const translate = useTranslate();
  const label = useVocabularyLabel();
  const formatDate = useDateFormat();
  // The contract lists the events in procedural order; unknown dates are skipped.
  const events = TIMELINE_EVENTS.filter((event) => record.timeline?.[event]);
  return (
    <Section id="timeline" title="caseatlas.case.sections.timeline">
      {events.length === 0 ? (
        <Empty message="caseatlas.case.no_dates" />
      ) : (
        <Box component="ol" sx={{ m: 0, pl: 0, listStyle: 'none' }}>
          {events.map((event) => (
            <Box
              component="li"
              key={event}
              data-testid={`timeline-${event}`}
              sx={{ display: 'grid', gridTemplateColumns: '8rem 1fr', gap: 2, py: 0.5 }}
            >
              <Typography component="span" variant="body2">
                {formatDate(record.timeline[event] ?? '')}
              </Typography>
              <Typography component="span" variant="body2">
                {translate(`resources.cases.fields.timeline.${event}`)}
              </Typography>
            </Box>
          ))}
        </Box>
      )}
      <Box sx={{ mt: 2 }}>
        <RecordField
          source="appealOutcome"
          render={(r: CaseResponse) =>
            r.appealOutcome ? label('appealOutcome', r.appealOutcome) : translate('caseatlas.case.no_appeal')
          }
        />
      </Box>
    </Section>
  );
};

const SourcesSection = ({ sources }: { sources: Source[] }) => {
  const label = useVocabularyLabel();
  return (
    <Section id="sources" title="caseatlas.case.sections.sources">
      {sources.length === 0 ? (
        <Empty />
      ) : (
        <List dense disablePadding>
          {sources.map((source, index) => (
            <ListItem key={index} disableGutters data-testid="source">
              <Stack direction="row" gap={1} alignItems="baseline" flexWrap="wrap">
                <Typography variant="body2" color="text.secondary">
                  {label('sourceType', source.type)}
                </Typography>
                <Typography variant="body2">{source.citation}</Typography>
                {isWebUrl(source.url) ? (
                  <MuiLink href={source.url} target="_blank" rel="noopener noreferrer" variant="body2">
                    {source.url}
                  </MuiLink>
                ) : null}
              </Stack>
            </ListItem>
          ))}
        </List>
      )}
    </Section>
  );
};

const RelatedSection = ({ record }: { record: CaseResponse }) => {
  const label = useVocabularyLabel();
  const related = record.relatedCases ?? [];
  return (
    <Section id="related" title="caseatlas.case.sections.related">
      {related.length === 0 ? (
        <Empty />
      ) : (
        <List dense disablePadding>
          {related.map((relatedCase) => (
            <ListItem key={`${relatedCase.relation}-${relatedCase.reference}`} disableGutters>
              <Stack direction="row" gap={1} alignItems="baseline" flexWrap="wrap">
                <Typography variant="body2" color="text.secondary">
                  {label('relation', relatedCase.relation)}
                </Typography>
                <RelatedCaseLink reference={relatedCase.reference} />
              </Stack>
            </ListItem>
          ))}
        </List>
      )}
    </Section>
  );
};

const CaseReading = () => {
  const record = useRecordContext<CaseResponse>();
  const wide = useMediaQuery((theme: Theme) => theme.breakpoints.up('lg'));
  if (!record) return null;
  return (
    <CaseAnnotationsProvider caseId={String(record.id)}>
      {/* Similar cases and the annotation threads stay beside the texts while the case is read;
          on narrow screens similar cases come near the top, folded, and the threads below. */}
      <Box
        sx={{
          display: 'grid',
          gap: 2,
          gridTemplateColumns: { xs: 'minmax(0, 1fr)', lg: 'minmax(0, 1fr) 380px' },
          alignItems: 'start',
        }}
      >
        <CaseSections record={record} wide={wide} />
        <Stack
          gap={2}
          sx={{
            // The column scrolls as a whole: its cards keep their height.
            '& > *': { flexShrink: 0 },
            position: { lg: 'sticky' },
            top: { lg: 64 },
            mt: 1,
            maxHeight: { lg: 'calc(100vh - 80px)' },
            overflowY: { lg: 'auto' },
          }}
        >
          {wide ? <SimilarCasesSection caseId={String(record.id)} /> : null}
          <AnnotationPanel />
        </Stack>
      </Box>
    </CaseAnnotationsProvider>
  );
};

/** The names of the sections with nothing recorded, listed on one line instead of a card each. */
const NotRecorded = ({ sections }: { sections: string[] }) => {
  const translate = useTranslate();
  if (!sections.length) return null;
  return (
    <Typography variant="body2" color="text.secondary" data-testid="not-recorded" sx={{ px: 2 }}>
      {translate('caseatlas.case.not_recorded', {
        sections: sections.map((section) => translate(`caseatlas.case.sections.${section}`)).join(', '),
      })}
    </Typography>
  );
};

const CaseSections = ({ record, wide }: { record: CaseResponse; wide: boolean }) => {
  const texts = useRef<HTMLDivElement>(null);
  const mentalHealth = record.mentalHealthInvolvement ?? [];
  const sources = record.sources ?? [];
  const related = record.relatedCases ?? [];
  const empty = [
    ...(record.cooperation ? [] : ['cooperation']),
    ...(mentalHealth.length ? [] : ['mental_health']),
    ...(sources.length ? [] : ['sources']),
    ...(related.length ? [] : ['related']),
  ];
  return (
    <Stack gap={2} sx={{ mt: 1, mb: 4 }}>
      <Overview record={record} />
      {wide ? null : <SimilarCasesSection caseId={String(record.id)} collapsible />}
      <Classification />
      <SearchTermMarks root={texts} />
      <Stack gap={2} ref={texts}>
        <Texts record={record} />
      </Stack>
      {/* Two short sections side by side where there is room. */}
      <Box
        sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: 'minmax(0, 1fr)', md: 'repeat(2, minmax(0, 1fr))' } }}
      >
        <RouteSection route={record.route} />
        <TimelineSection record={record} />
      </Box>
      <Folded id="defendants">
        <DefendantsSection defendants={record.defendants ?? []} charges={record.charges ?? []} />
      </Folded>
      <Folded id="victims" height={320}>
        <VictimsSection victims={record.victims ?? []} />
      </Folded>
      {record.cooperation ? <CooperationSection cooperation={record.cooperation} /> : null}
      {mentalHealth.length ? (
        <Section id="mental-health" title="caseatlas.case.sections.mental_health">
          <VocabularyChips name="mentalHealthInvolvement" values={mentalHealth} />
        </Section>
      ) : null}
      {sources.length ? <SourcesSection sources={sources} /> : null}
      {related.length ? <RelatedSection record={record} /> : null}
      <NotRecorded sections={empty} />
    </Stack>
  );
};

/**
 * "Edit" for those who may edit this case, and nothing at all otherwise: react-admin's toolbar
 * without a button was an empty card on top of the case (it takes the paper colour on a phone).
 */
const CaseShowActions = () => {
  const record = useRecordContext<CaseResponse>();
  const { canAccess } = useCanAccess({ resource: 'cases', action: 'edit', record });
  if (!record || !canAccess) return null;
  return (
    <TopToolbar>
      <EditButton />
    </TopToolbar>
  );
};

/** The case laid out for reading: stacked sections, in the order a case file is read. */
export const CaseShow = () => (
  <Show<CaseResponse> component="div" actions={<CaseShowActions />}>
    <CaseReading />
  </Show>
);
