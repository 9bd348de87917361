/**
 * Closed vocabularies of the case record (../shared/BRIEF.md). The database checks the same
 * lists (see the migrations), the API validates against them, the admin offers them as choices.
 */
export const COURT_LEVELS = ['first_instance', 'appeal', 'cassation', 'supreme'] as const;
export const CASE_STATUSES = ['draft', 'in_review', 'published', 'archived'] as const;
/**
 * The review flow: an editor drafts and submits, a reviewer publishes or sends back; published
 * cases can be withdrawn for review or archived. Moving to `published` is the reviewer's step.
 */
export const STATUS_TRANSITIONS: Record<(typeof CASE_STATUSES)[number], readonly (typeof CASE_STATUSES)[number][]> = {
  draft: ['in_review', 'archived'],
  in_review: ['draft', 'published'],
  published: ['in_review', 'archived'],
  archived: ['draft'],
};
export const ACTS = ['recruitment', 'transportation', 'transfer', 'harbouring', 'receipt'] as const;
export const MEANS = [
  'threat',
  'force',
  'coercion',
  'abduction',
  'fraud',
  'deception',
  'abuse_of_power',
  'abuse_of_vulnerability',
  'payment',
  'debt_bondage',
  'document_retention',
] as const;
export const EXPLOITATION_PURPOSES = [
  'sexual_exploitation',
  'forced_labour',
  'domestic_servitude',
  'forced_begging',
  'forced_criminality',
  'organ_removal',
  'forced_marriage',
  'other',
] as const;
export const SECTORS = [
  'agriculture',
  'construction',
  'domestic_work',
  'entertainment',
  'manufacturing',
  'hospitality',
  'begging',
  'fishing',
  'mining',
  'transport',
  'online',
  'other',
] as const;
export const APPEAL_OUTCOMES = ['upheld', 'overturned', 'modified', 'pending'] as const;
export const SEXES = ['female', 'male', 'other', 'unknown'] as const;
export const AGE_BANDS = [
  '0-11',
  '12-14',
  '15-17',
  '18-24',
  '25-34',
  '35-44',
  '45-54',
  '55-64',
  '65+',
  'unknown',
] as const;
export const DEFENDANT_ROLES = ['organizer', 'recruiter', 'transporter', 'exploiter', 'accomplice', 'other'] as const;
export const VERDICTS = ['convicted', 'acquitted', 'dismissed', 'pending', 'other'] as const;
export const CHARGE_OUTCOMES = [...VERDICTS, 'reclassified'] as const;
export const VICTIM_SERVICES = [
  'shelter',
  'medical',
  'psychological_support',
  'legal_aid',
  'interpretation',
  'repatriation',
  'reintegration',
  'compensation',
] as const;
export const MENTAL_HEALTH_INVOLVEMENT = ['investigation', 'trial', 'reintegration'] as const;
export const ROUTE_STAGES = ['origin', 'transit', 'destination'] as const;
/** Instruments of international cooperation a case used (derived from `cooperation`). */
export const COOPERATION_INSTRUMENTS = [
  'mutual_legal_assistance',
  'joint_investigation_team',
  'extradition',
  'interpol_notice',
] as const;
export const REQUEST_OUTCOMES = [
  'executed',
  'granted',
  'refused',
  'pending',
  'partially_executed',
  'withdrawn',
] as const;
export const AGENCIES = [
  'police',
  'prosecutor',
  'border_service',
  'migration_service',
  'labour_inspectorate',
  'financial_intelligence',
  'ngo',
  'international_organization',
  'embassy',
  'other',
] as const;
export const SOURCE_TYPES = [
  'court_decision',
  'indictment',
  'police_report',
  'media_report',
  'ngo_report',
  'other',
] as const;
export const CASE_RELATIONS = ['cites', 'cited_by', 'same_network', 'appeal_of', 'retrial_of', 'related'] as const;
export const TIMELINE_EVENTS = [
  'offenceStart',
  'offenceEnd',
  'reported',
  'investigationOpened',
  'indicted',
  'firstInstanceVerdict',
  'appealDecision',
  'final',
] as const;

/** Kinds of personal data the anonymizer replaces (libs/anonymizer) and editors redact by hand. */
export const PERSONAL_DATA_TYPES = [
  'PERSON',
  'PHONE',
  'EMAIL',
  'NATIONAL_ID',
  'PASSPORT',
  'CARD',
  'IBAN',
  'ADDRESS',
  'BIRTH_DATE',
  'PLATE',
  'HANDLE',
] as const;

/**
 * ISO 3166-1 alpha-2 codes, officially assigned: the list class-validator (validator.js) checks in
 * case records, written out so that filters, analytics parameters and the admin check the same.
 */
export const COUNTRY_CODES: readonly string[] = (
  'AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ ' +
  'CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR ' +
  'GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO ' +
  'JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR ' +
  'MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO ' +
  'RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV ' +
  'TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW'
).split(' ');
/** One of {@link COUNTRY_CODES}: `XX` has the shape of a code but names no country. */
export const COUNTRY_CODE_PATTERN = new RegExp(`^(${COUNTRY_CODES.join('|')})$`);

/** Statute keys: `{jurisdiction}-{code}-{article}[-{part}]`, e.g. KZ-CC-128-3. */
export const STATUTE_KEY_PATTERN = /^[A-Z]{2}-[A-Z]{2,6}-\d+[A-Za-z]?(\.\d+)?(-\d+[A-Za-z]?)?$/;
/** A timeline date, to the day or the month, in the years cases of this field can have (1900–2099). */
export const PARTIAL_DATE_PATTERN = /^(19|20)\d{2}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/;
/** `KZ-2019-ALM-0042`: country, year, a place code in letters, a sequence number (no room for an identifier). */
export const CASE_REFERENCE_PATTERN = /^[A-Z]{2}-\d{4}-[A-Z]{2,8}-\d{1,6}$/;

export type CourtLevel = (typeof COURT_LEVELS)[number];
export type CooperationInstrument = (typeof COOPERATION_INSTRUMENTS)[number];
export type CaseStatus = (typeof CASE_STATUSES)[number];
export type Act = (typeof ACTS)[number];
export type Means = (typeof MEANS)[number];
export type ExploitationPurpose = (typeof EXPLOITATION_PURPOSES)[number];
export type Sector = (typeof SECTORS)[number];
export type AppealOutcome = (typeof APPEAL_OUTCOMES)[number];
export type Sex = (typeof SEXES)[number];
export type AgeBand = (typeof AGE_BANDS)[number];
export type DefendantRole = (typeof DEFENDANT_ROLES)[number];
export type Verdict = (typeof VERDICTS)[number];
export type ChargeOutcome = (typeof CHARGE_OUTCOMES)[number];
export type VictimService = (typeof VICTIM_SERVICES)[number];
export type MentalHealthInvolvement = (typeof MENTAL_HEALTH_INVOLVEMENT)[number];
export type RouteStage = (typeof ROUTE_STAGES)[number];
export type RequestOutcome = (typeof REQUEST_OUTCOMES)[number];
export type Agency = (typeof AGENCIES)[number];
export type SourceType = (typeof SOURCE_TYPES)[number];
export type CaseRelation = (typeof CASE_RELATIONS)[number];
export type TimelineEvent = (typeof TIMELINE_EVENTS)[number];
export type PersonalDataType = (typeof PERSONAL_DATA_TYPES)[number];

/** One replacement the anonymizer made (or would make) in a text: where, what kind, by what. */
export interface PersonalDataReplacement<Field extends string = string> {
  field: Field;
  type: PersonalDataType;
  /** UTF-16 offsets in the original text of the field, end exclusive. */
  start: number;
  end: number;
  placeholder: string;
}
