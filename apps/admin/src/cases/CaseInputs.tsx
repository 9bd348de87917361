import { Alert, Box, Typography } from '@mui/material';
import {
  ArrayInput,
  AutocompleteInput,
  BooleanInput,
  CheckboxGroupInput,
  NumberInput,
  ReferenceInput,
  SelectInput,
  SimpleFormIterator,
  TabbedForm,
  TabbedFormTabs,
  TextArrayInput,
  TextInput,
  minValue,
  regex,
  required,
  useCanAccess,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import type { TabbedFormProps } from 'react-admin';
import { CASE_REFERENCE_PATTERN, PARTIAL_DATE_PATTERN, TIMELINE_EVENTS } from '@caseatlas/contracts';
import type { CaseResponse, Money, Sentence } from '@caseatlas/contracts';
import { FormToolbar } from '../common/FormToolbar';
import { CountryArrayInput, CountryInput, FULL_LINE, InputRow, wrappingIteratorSx } from '../common/inputs';
import { useLanguageChoices } from '../common/languages';
import { vocabularyChoices } from '../common/vocabulary';
import { SENTENCE_DEFAULT } from './caseBody';
import { RedactionPanel } from './RedactionPanel';

// Client-side checks are only the cheap, obvious ones; the API validates everything and its
// per-field messages land next to the same inputs (the sources are the API's error paths).
const validateReference = [required(), regex(CASE_REFERENCE_PATTERN, 'caseatlas.validation.case_reference')];
const validatePartialDate = regex(PARTIAL_DATE_PATTERN, 'caseatlas.validation.partial_date');
const validateCurrency = regex(/^[A-Z]{3}$/, 'caseatlas.validation.currency');
const validateCount = [required(), minValue(0)];
const upperCase = (value: string) => (value ? value.toUpperCase() : null);
// The record's long texts are strings, never null: keep an empty text empty.
const asText = (value: string) => value ?? '';
// Tags are lower-case words joined by "_" (the API's rule); typing "Online recruitment" is fine.
const asTags = (tags: string[] | null) => (tags ?? []).map((tag) => tag.trim().toLowerCase().replace(/\s+/g, '_'));

/** A Money group (`<source>.amount`, `<source>.currency`); empty amount means "none" (see toCaseBody). */
const MoneyInputs = ({ source, help }: { source: string; help: string; defaultValue?: Money | null }) => {
  const translate = useTranslate();
  return (
    <Box className={FULL_LINE}>
      <Typography variant="caption" color="text.secondary">
        {translate(help)}
      </Typography>
      <InputRow>
        <NumberInput source={`${source}.amount`} min={0} validate={minValue(0)} />
        <TextInput
          source={`${source}.currency`}
          parse={upperCase}
          validate={validateCurrency}
          helperText="caseatlas.case.help.currency"
        />
      </InputRow>
    </Box>
  );
};

/**
 * The sentence of one defendant. `source` and `defaultValue` are not used here: SimpleFormIterator
 * reads them from its direct children to build the item it adds.
 */
const SentenceInputs = (_props: { source: 'sentence'; defaultValue: Sentence }) => {
  const translate = useTranslate();
  return (
    <Box
      component="fieldset"
      className={FULL_LINE}
      sx={{ border: 1, borderColor: 'divider', borderRadius: 1, px: 2, pb: 1, mb: 1 }}
    >
      <Typography component="legend" variant="body2" color="text.secondary" sx={{ px: 0.5 }}>
        {translate('caseatlas.case.help.sentence')}
      </Typography>
      <InputRow>
        <NumberInput source="sentence.custodialMonths" min={0} defaultValue={0} validate={validateCount} />
        <NumberInput source="sentence.probationMonths" min={0} defaultValue={0} validate={validateCount} />
      </InputRow>
      <InputRow>
        <BooleanInput source="sentence.life" defaultValue={false} />
        <BooleanInput source="sentence.suspended" defaultValue={false} />
        <BooleanInput source="sentence.confiscation" defaultValue={false} />
      </InputRow>
      <MoneyInputs source="sentence.fine" help="caseatlas.case.help.fine" />
    </Box>
  );
};

/**
 * Only a role holding `cases.publish` may move a case into or out of `published`: others are
 * not offered that status, and a published case's status is read-only for them.
 */
const StatusInput = () => {
  const record = useRecordContext<CaseResponse>();
  const { canAccess: mayPublish } = useCanAccess({ resource: 'cases', action: 'publish' });
  const isPublished = record?.status === 'published';
  const choices = vocabularyChoices('status').filter(
    (choice) => mayPublish || isPublished || choice.id !== 'published',
  );
  return <SelectInput source="status" choices={choices} validate={required()} readOnly={!mayPublish && isPublished} />;
};

const OverviewTab = () => {
  const languages = useLanguageChoices();
  return (
    <>
      <InputRow>
        <TextInput
          source="reference"
          validate={validateReference}
          parse={upperCase}
          helperText="caseatlas.case.help.reference"
        />
        <TextInput source="title" validate={required()} sx={{ flexGrow: 2 }} />
      </InputRow>
      <InputRow>
        <CountryInput source="jurisdiction" validate={required()} />
        <TextInput source="region" />
        <SelectInput source="language" choices={languages} translateChoice={false} validate={required()} />
      </InputRow>
      <InputRow>
        <TextInput source="court.name" validate={required()} />
        <SelectInput source="court.level" choices={vocabularyChoices('courtLevel')} validate={required()} />
      </InputRow>
      <InputRow>
        <StatusInput />
        <BooleanInput source="synthetic" helperText="caseatlas.case.help.synthetic" />
      </InputRow>
      <CheckboxGroupInput source="acts" choices={vocabularyChoices('acts')} />
      <CheckboxGroupInput source="means" choices={vocabularyChoices('means')} />
      <CheckboxGroupInput source="exploitationPurposes" choices={vocabularyChoices('exploitationPurposes')} />
      <CheckboxGroupInput source="sectors" choices={vocabularyChoices('sectors')} />
      <TextArrayInput source="tags" parse={asTags} helperText="caseatlas.case.help.tags" />
    </>
  );
};

const TextsTab = () => {
  const translate = useTranslate();
  return (
    <>
      <Alert severity="info" sx={{ width: '100%' }}>
        {translate('caseatlas.case.help.texts')}
      </Alert>
      <TextInput source="summary" multiline minRows={3} parse={asText} />
      <TextInput source="facts" multiline minRows={12} parse={asText} />
      <RedactionPanel />
    </>
  );
};

const RouteTimelineTab = () => (
  <>
    <InputRow>
      <CountryArrayInput source="route.origin" />
      <CountryArrayInput source="route.transit" />
      <CountryArrayInput source="route.destination" />
    </InputRow>
    {/* Two rows of four, in the contract's chronological order. */}
    {[TIMELINE_EVENTS.slice(0, 4), TIMELINE_EVENTS.slice(4)].map((events) => (
      <InputRow key={events[0]}>
        {events.map((event) => (
          <TextInput
            key={event}
            source={`timeline.${event}`}
            validate={validatePartialDate}
            helperText="caseatlas.case.help.partial_date"
          />
        ))}
      </InputRow>
    ))}
    <SelectInput
      source="appealOutcome"
      choices={vocabularyChoices('appealOutcome')}
      emptyText="caseatlas.case.no_appeal"
    />
  </>
);

const DefendantsChargesTab = () => (
  <>
    <ArrayInput source="defendants">
      <SimpleFormIterator inline sx={wrappingIteratorSx}>
        <TextInput source="label" validate={required()} helperText="caseatlas.case.help.defendant_label" />
        <SelectInput source="role" choices={vocabularyChoices('role')} validate={required()} />
        <SelectInput source="sex" choices={vocabularyChoices('sex')} defaultValue="unknown" validate={required()} />
        <SelectInput
          source="ageBand"
          choices={vocabularyChoices('ageBand')}
          defaultValue="unknown"
          validate={required()}
        />
        <CountryInput source="nationality" validate={required()} />
        <SelectInput
          source="verdict"
          choices={vocabularyChoices('verdict')}
          defaultValue="pending"
          validate={required()}
        />
        <SentenceInputs source="sentence" defaultValue={SENTENCE_DEFAULT} />
      </SimpleFormIterator>
    </ArrayInput>
    <ArrayInput source="charges">
      <SimpleFormIterator inline sx={wrappingIteratorSx}>
        <ReferenceInput source="statute" reference="statutes" sort={{ field: 'key', order: 'ASC' }}>
          <AutocompleteInput validate={required()} sx={{ minWidth: '18rem' }} />
        </ReferenceInput>
        <TextInput source="defendant" validate={required()} helperText="caseatlas.case.help.charge_defendant" />
        <SelectInput
          source="outcome"
          choices={vocabularyChoices('chargeOutcome')}
          defaultValue="pending"
          validate={required()}
        />
      </SimpleFormIterator>
    </ArrayInput>
  </>
);

const VictimsTab = () => (
  <ArrayInput source="victims">
    <SimpleFormIterator inline sx={wrappingIteratorSx}>
      <NumberInput source="count" min={1} defaultValue={1} validate={[required(), minValue(1)]} />
      <NumberInput source="minors" min={0} defaultValue={0} validate={validateCount} />
      <SelectInput source="sex" choices={vocabularyChoices('sex')} defaultValue="unknown" validate={required()} />
      <SelectInput
        source="ageBand"
        choices={vocabularyChoices('ageBand')}
        defaultValue="unknown"
        validate={required()}
      />
      <CountryInput source="nationality" validate={required()} />
      <BooleanInput source="testified" defaultValue={false} />
      <CheckboxGroupInput
        source="servicesProvided"
        choices={vocabularyChoices('services')}
        defaultValue={[]}
        className={FULL_LINE}
      />
      <MoneyInputs source="compensationAwarded" defaultValue={null} help="caseatlas.case.help.compensation" />
    </SimpleFormIterator>
  </ArrayInput>
);

const CountryRequestsInput = ({ source }: { source: 'cooperation.mlaRequests' | 'cooperation.extraditions' }) => (
  <ArrayInput source={source}>
    <SimpleFormIterator inline sx={wrappingIteratorSx}>
      <CountryInput source="country" validate={required()} />
      <SelectInput
        source="outcome"
        choices={vocabularyChoices('requestOutcome')}
        defaultValue="pending"
        validate={required()}
      />
    </SimpleFormIterator>
  </ArrayInput>
);

const CooperationSourcesTab = () => (
  <>
    <CountryRequestsInput source="cooperation.mlaRequests" />
    <CountryRequestsInput source="cooperation.extraditions" />
    <InputRow>
      <BooleanInput source="cooperation.jointInvestigationTeam" />
      <NumberInput source="cooperation.interpolNotices" min={0} validate={validateCount} />
    </InputRow>
    <CheckboxGroupInput source="cooperation.agencies" choices={vocabularyChoices('agencies')} />
    <CheckboxGroupInput source="mentalHealthInvolvement" choices={vocabularyChoices('mentalHealthInvolvement')} />
    <ArrayInput source="sources">
      <SimpleFormIterator inline sx={wrappingIteratorSx}>
        <SelectInput
          source="type"
          choices={vocabularyChoices('sourceType')}
          defaultValue="court_decision"
          validate={required()}
        />
        <TextInput source="citation" validate={required()} />
        <TextInput source="url" type="url" />
      </SimpleFormIterator>
    </ArrayInput>
    <ArrayInput source="relatedCases">
      <SimpleFormIterator inline sx={wrappingIteratorSx}>
        <TextInput source="reference" validate={validateReference} parse={upperCase} />
        <SelectInput
          source="relation"
          choices={vocabularyChoices('relation')}
          defaultValue="related"
          validate={required()}
        />
      </SimpleFormIterator>
    </ArrayInput>
  </>
);

/**
 * The case form shared by CaseCreate and CaseEdit. Every input's `source` is the path the API
 * uses in the `errors` of a 400 (e.g. `defendants.1.sentence.custodialMonths`), so its
 * messages show next to the input; a tab holding such an input turns red.
 */
export const CaseInputs = (props: Omit<TabbedFormProps, 'children'>) => (
  <TabbedForm
    toolbar={<FormToolbar />}
    // Six tabs with Russian titles do not fit a laptop screen or a phone: scroll, with arrows.
    tabs={<TabbedFormTabs variant="scrollable" scrollButtons="auto" allowScrollButtonsMobile />}
    disableInvalidFormNotification
    {...props}
  >
    <TabbedForm.Tab label="caseatlas.case.tabs.overview" path="">
      <OverviewTab />
    </TabbedForm.Tab>
    <TabbedForm.Tab label="caseatlas.case.tabs.texts" path="texts">
      <TextsTab />
    </TabbedForm.Tab>
    <TabbedForm.Tab label="caseatlas.case.tabs.route_timeline" path="route">
      <RouteTimelineTab />
    </TabbedForm.Tab>
    <TabbedForm.Tab label="caseatlas.case.tabs.defendants_charges" path="defendants">
      <DefendantsChargesTab />
    </TabbedForm.Tab>
    <TabbedForm.Tab label="caseatlas.case.tabs.victims" path="victims">
      <VictimsTab />
    </TabbedForm.Tab>
    <TabbedForm.Tab label="caseatlas.case.tabs.cooperation_sources" path="cooperation">
      <CooperationSourcesTab />
    </TabbedForm.Tab>
  </TabbedForm>
);
