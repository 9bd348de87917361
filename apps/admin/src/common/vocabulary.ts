import {
  ACTS,
  AGE_BANDS,
  AGENCIES,
  APPEAL_OUTCOMES,
  AUDIT_OUTCOMES,
  CASE_RELATIONS,
  CASE_STATUSES,
  CHARGE_OUTCOMES,
  COOPERATION_INSTRUMENTS,
  COURT_LEVELS,
  DEFENDANT_ROLES,
  EXPLOITATION_PURPOSES,
  MEANS,
  MENTAL_HEALTH_INVOLVEMENT,
  PROFESSIONS,
  REQUEST_OUTCOMES,
  ROLES,
  SECTORS,
  SEXES,
  SOURCE_TYPES,
  VERDICTS,
  VICTIM_SERVICES,
} from '@caseatlas/contracts';

/**
 * The closed vocabularies of the contracts, by the name their labels have in the catalogues
 * (`caseatlas.vocabulary.<name>.<value>`). No React here: the i18n test imports the type.
 */
export const VOCABULARIES = {
  courtLevel: COURT_LEVELS,
  status: CASE_STATUSES,
  acts: ACTS,
  means: MEANS,
  exploitationPurposes: EXPLOITATION_PURPOSES,
  sectors: SECTORS,
  appealOutcome: APPEAL_OUTCOMES,
  sex: SEXES,
  ageBand: AGE_BANDS,
  role: DEFENDANT_ROLES,
  verdict: VERDICTS,
  chargeOutcome: CHARGE_OUTCOMES,
  services: VICTIM_SERVICES,
  mentalHealthInvolvement: MENTAL_HEALTH_INVOLVEMENT,
  requestOutcome: REQUEST_OUTCOMES,
  cooperationInstrument: COOPERATION_INSTRUMENTS,
  agencies: AGENCIES,
  sourceType: SOURCE_TYPES,
  relation: CASE_RELATIONS,
  // Accounts and the audit trail (`role` above is a defendant's role).
  accountRole: ROLES,
  profession: PROFESSIONS,
  auditOutcome: AUDIT_OUTCOMES,
} as const;

export type VocabularyName = keyof typeof VOCABULARIES;

/** A label for every value of every vocabulary: a catalogue missing one does not compile. */
export type VocabularyCatalogue = {
  [Name in VocabularyName]: Record<(typeof VOCABULARIES)[Name][number], string>;
};

export const vocabularyKey = (name: VocabularyName, value: string) => `caseatlas.vocabulary.${name}.${value}`;

/** Choices whose names are translation keys; react-admin inputs translate them by default. */
export const vocabularyChoices = (name: VocabularyName) =>
  VOCABULARIES[name].map((value: string) => ({ id: value, name: vocabularyKey(name, value) }));
