import { CASE_STATUSES, EXPLOITATION_PURPOSES, STATUTE_KEY_PATTERN, VERDICTS } from './vocabularies';

/** How a filter's values are checked: 'id' = UUID, 'datetime' = ISO 8601 date or date-time. */
export type FilterKind = 'string' | 'integer' | 'id' | 'datetime' | 'boolean';

/** One list filter: what values it takes and how they are checked. */
export interface FilterDefinition {
  kind: FilterKind;
  /** A closed list the values must come from. */
  vocabulary?: readonly string[];
  /** A format the values must have. */
  pattern?: RegExp;
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
  | 'exploitationPurposes'
  | 'charges.statute'
  | 'defendants.verdict'
  | 'route.countries'
  | 'verdictYear'
  | 'tags';

export interface CaseFilterDefinition extends FilterDefinition {
  target: CaseFilterTarget;
  /** What the admin offers to pick values with; `none` for filters only programs send. */
  input: 'search' | 'country' | 'select' | 'statute' | 'number' | 'text' | 'none';
  /** The label catalogue of a select's choices (`caseatlas.vocabulary.<name>`). */
  labels?: 'status' | 'exploitationPurposes' | 'verdict';
  /** For the OpenAPI description and docs/api.md. */
  description: string;
}

const COUNTRY = /^[A-Z]{2}$/;

/**
 * Every case filter, declared once: the API's list query, its OpenAPI description, the
 * repository's SQL, the admin's filter inputs and (next) precedent search read this table.
 */
export const CASE_FILTERS = {
  id: { kind: 'id', target: 'id', input: 'none', description: 'case ids (react-admin getMany)' },
  reference: { kind: 'string', target: 'reference', input: 'none', description: 'exact references' },
  q: {
    kind: 'string',
    target: 'titleOrReference',
    input: 'search',
    description: 'part of the title or the reference, case-insensitive',
  },
  jurisdiction: {
    kind: 'string',
    pattern: COUNTRY,
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
  exploitationPurpose: {
    kind: 'string',
    vocabulary: EXPLOITATION_PURPOSES,
    target: 'exploitationPurposes',
    input: 'select',
    labels: 'exploitationPurposes',
    description: 'any of these purposes of exploitation',
  },
  statute: {
    kind: 'string',
    pattern: STATUTE_KEY_PATTERN,
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
  routeCountry: {
    kind: 'string',
    pattern: COUNTRY,
    target: 'route.countries',
    input: 'country',
    description: 'a country of origin, transit or destination',
  },
  verdictYear: {
    kind: 'integer',
    target: 'verdictYear',
    input: 'number',
    description: 'year of the first-instance verdict',
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
