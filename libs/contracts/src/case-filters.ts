import {
  ACTS,
  CASE_REFERENCE_PATTERN,
  COUNTRY_CODE_PATTERN,
  CASE_STATUSES,
  COOPERATION_INSTRUMENTS,
  COURT_LEVELS,
  EXPLOITATION_PURPOSES,
  MEANS,
  SECTORS,
  STATUTE_KEY_PATTERN,
  VERDICTS,
} from './vocabularies';
import type { RouteStage } from './vocabularies';

/** How a filter's values are checked: 'id' = UUID, 'datetime' = ISO 8601 date or date-time. */
export type FilterKind = 'string' | 'integer' | 'id' | 'datetime' | 'boolean';

/** One list filter: what values it takes and how they are checked. */
export interface FilterDefinition {
  kind: FilterKind;
  /** A closed list the values must come from. */
  vocabulary?: readonly string[];
  /** A format the values must have. */
  pattern?: RegExp;
  /** The format in words, for the message that refuses a value (the pattern itself reads badly). */
  format?: string;
  /** The bounds of a whole number; values outside are refused. */
  range?: readonly [number, number];
}

/**
 * Which part of the case record a case filter reads. Each store translates it once: the case
 * repository to SQL, the search index (next) to its document fields.
 */
export type CaseFilterTarget =
  | 'id'
  | 'reference'
  | 'titleOrReference'
  | 'jurisdiction'
  | 'status'
  | 'courtLevel'
  | 'acts'
  | 'means'
  | 'exploitationPurposes'
  | 'sectors'
  | 'charges.statute'
  | 'defendants.verdict'
  | 'defendants.custodialMonths.min'
  | 'defendants.custodialMonths.max'
  | 'route.countries'
  | 'route.origin'
  | 'route.transit'
  | 'route.destination'
  | 'crossBorder'
  | 'cooperation.instruments'
  | 'victims.minors'
  | 'verdictYear'
  | 'verdictYear.min'
  | 'verdictYear.max'
  | 'tags';

export interface CaseFilterDefinition extends FilterDefinition {
  target: CaseFilterTarget;
  /** What the admin offers to pick values with; `none` for filters only programs send. */
  input: 'search' | 'country' | 'select' | 'statute' | 'number' | 'boolean' | 'text' | 'none';
  /** The label catalogue of a select's choices (`caseatlas.vocabulary.<name>`). */
  labels?:
    | 'status'
    | 'courtLevel'
    | 'acts'
    | 'means'
    | 'exploitationPurposes'
    | 'sectors'
    | 'verdict'
    | 'cooperationInstrument';
  /** For the OpenAPI description and docs/api.md. */
  description: string;
}

const COUNTRY = COUNTRY_CODE_PATTERN;
// The bounds of the case record itself: timeline dates in 1900–2099, terms of up to 1,200 months.
const YEARS = [1900, 2099] as const;
const MONTHS = [0, 1200] as const;
const COUNTRY_FORMAT = 'ISO 3166-1 alpha-2 country codes, like KZ';
const routeStage = <Stage extends RouteStage>(stage: Stage) =>
  ({
    kind: 'string',
    pattern: COUNTRY,
    format: COUNTRY_FORMAT,
    target: `route.${stage}` as const,
    input: 'country',
    description: `a country of ${stage}`,
  }) as const;

/**
 * Every case filter, declared once: the API's list query, its OpenAPI description, the
 * repository's SQL, the admin's filter inputs and (next) precedent search read this table.
 */
export const CASE_FILTERS = {
  id: { kind: 'id', target: 'id', input: 'none', description: 'case ids (react-admin getMany)' },
  reference: {
    kind: 'string',
    pattern: CASE_REFERENCE_PATTERN,
    format: 'case references, like KZ-2019-ALM-0042',
    target: 'reference',
    input: 'none',
    description: 'exact references',
  },
  q: {
    kind: 'string',
    target: 'titleOrReference',
    input: 'search',
    description: 'part of the title or the reference, case-insensitive',
  },
  jurisdiction: {
    kind: 'string',
    pattern: COUNTRY,
    format: COUNTRY_FORMAT,
    target: 'jurisdiction',
    input: 'country',
    description: 'ISO 3166-1 alpha-2 country of the court',
  },
  status: {
    kind: 'string',
    vocabulary: CASE_STATUSES,
    target: 'status',
    input: 'select',
    labels: 'status',
    description: 'review status',
  },
  courtLevel: {
    kind: 'string',
    vocabulary: COURT_LEVELS,
    target: 'courtLevel',
    input: 'select',
    labels: 'courtLevel',
    description: 'level of the court',
  },
  act: {
    kind: 'string',
    vocabulary: ACTS,
    target: 'acts',
    input: 'select',
    labels: 'acts',
    description: 'any of these acts (Palermo Protocol)',
  },
  means: {
    kind: 'string',
    vocabulary: MEANS,
    target: 'means',
    input: 'select',
    labels: 'means',
    description: 'any of these means (Palermo Protocol)',
  },
  exploitationPurpose: {
    kind: 'string',
    vocabulary: EXPLOITATION_PURPOSES,
    target: 'exploitationPurposes',
    input: 'select',
    labels: 'exploitationPurposes',
    description: 'any of these purposes of exploitation',
  },
  sector: {
    kind: 'string',
    vocabulary: SECTORS,
    target: 'sectors',
    input: 'select',
    labels: 'sectors',
    description: 'any of these sectors',
  },
  statute: {
    kind: 'string',
    pattern: STATUTE_KEY_PATTERN,
    format: 'statute keys, like KZ-CC-128-3',
    target: 'charges.statute',
    input: 'statute',
    description: 'a charge under any of these statute keys',
  },
  verdict: {
    kind: 'string',
    vocabulary: VERDICTS,
    target: 'defendants.verdict',
    input: 'select',
    labels: 'verdict',
    description: 'a defendant with any of these verdicts',
  },
  sentenceMonthsMin: {
    kind: 'integer',
    target: 'defendants.custodialMonths.min',
    input: 'number',
    range: MONTHS,
    description: 'a defendant sentenced to at least this many months (life counts as longer than any term)',
  },
  sentenceMonthsMax: {
    kind: 'integer',
    target: 'defendants.custodialMonths.max',
    input: 'number',
    range: MONTHS,
    description: 'a defendant sentenced to a custodial term of at most this many months',
  },
  routeCountry: {
    kind: 'string',
    pattern: COUNTRY,
    format: COUNTRY_FORMAT,
    target: 'route.countries',
    input: 'country',
    description: 'a country of origin, transit or destination',
  },
  routeOrigin: routeStage('origin'),
  routeTransit: routeStage('transit'),
  routeDestination: routeStage('destination'),
  crossBorder: {
    kind: 'boolean',
    target: 'crossBorder',
    input: 'boolean',
    description: 'the route names a country other than the jurisdiction',
  },
  cooperation: {
    kind: 'string',
    vocabulary: COOPERATION_INSTRUMENTS,
    target: 'cooperation.instruments',
    input: 'select',
    labels: 'cooperationInstrument',
    description: 'any of these instruments of international cooperation was used',
  },
  minorVictims: {
    kind: 'boolean',
    target: 'victims.minors',
    input: 'boolean',
    description: 'true: some victims were minors; false: none were',
  },
  verdictYear: {
    kind: 'integer',
    target: 'verdictYear',
    input: 'number',
    range: YEARS,
    description: 'year of the first-instance verdict',
  },
  yearFrom: {
    kind: 'integer',
    target: 'verdictYear.min',
    input: 'number',
    range: YEARS,
    description: 'first-instance verdict in this year or later',
  },
  yearTo: {
    kind: 'integer',
    target: 'verdictYear.max',
    input: 'number',
    range: YEARS,
    description: 'first-instance verdict in this year or earlier',
  },
  tag: { kind: 'string', target: 'tags', input: 'text', description: 'any of these tags' },
} as const satisfies Record<string, CaseFilterDefinition>;

export type CaseFilterName = keyof typeof CASE_FILTERS;
export const CASE_FILTER_NAMES = Object.keys(CASE_FILTERS) as CaseFilterName[];

/** `filter` described for OpenAPI and error messages. */
export function describeFilters(filters: Record<string, { description: string }>): string {
  return Object.entries(filters)
    .map(([name, filter]) => `${name}: ${filter.description}`)
    .join('; ');
}
