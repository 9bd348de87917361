import type { CaseRecord, StatuteRecord } from '@caseatlas/contracts';

/**
 * The flat CSV layouts (docs/import-export.md). Lists are joined with ";"; nested parts that
 * have no flat form (charges, defendants, victims, cooperation, sources, related cases) are JSON
 * in their column, so a CSV export imports back unchanged. Pure: no I/O.
 */
const LIST_SEPARATOR = ';';

export const CASE_CSV_COLUMNS = [
  'reference',
  'title',
  'language',
  'jurisdiction',
  'region',
  'court_name',
  'court_level',
  'status',
  'synthetic',
  'summary',
  'facts',
  'acts',
  'means',
  'exploitation_purposes',
  'sectors',
  'route_origin',
  'route_transit',
  'route_destination',
  'offence_start',
  'offence_end',
  'reported',
  'investigation_opened',
  'indicted',
  'first_instance_verdict',
  'appeal_decision',
  'final',
  'appeal_outcome',
  'mental_health_involvement',
  'tags',
  'charges_json',
  'defendants_json',
  'victims_json',
  'cooperation_json',
  'sources_json',
  'related_cases_json',
] as const;

export const STATUTE_CSV_COLUMNS = [
  'key',
  'jurisdiction',
  'title',
  'penalty_min_months',
  'penalty_max_months',
  'life_possible',
  'purposes',
  'valid_from',
  'valid_to',
] as const;

type Row = Record<string, string>;

const list = (value: string | undefined) =>
  value
    ? value
        .split(LIST_SEPARATOR)
        .map((item) => item.trim())
        .filter(Boolean)
    : [];
const nullable = (value: string | undefined) => (value === undefined || value === '' ? null : value);
const flag = (value: string | undefined) =>
  value === undefined || value === '' ? undefined : value === 'true' ? true : value === 'false' ? false : value;
const integer = (value: string | undefined) =>
  value !== undefined && /^-?\d+$/.test(value.trim()) ? Number(value) : value;

/** Parses a JSON column; malformed JSON is left as text so validation names the field. */
function json(value: string | undefined, fallback: unknown): unknown {
  if (value === undefined || value === '') return fallback;
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}

export function caseFromCsvRow(row: Row): unknown {
  return {
    reference: row.reference,
    title: row.title,
    language: row.language,
    jurisdiction: row.jurisdiction,
    region: nullable(row.region),
    court: { name: row.court_name, level: row.court_level },
    status: row.status,
    synthetic: flag(row.synthetic) ?? false,
    summary: row.summary ?? '',
    facts: row.facts ?? '',
    acts: list(row.acts),
    means: list(row.means),
    exploitationPurposes: list(row.exploitation_purposes),
    sectors: list(row.sectors),
    route: {
      origin: list(row.route_origin),
      transit: list(row.route_transit),
      destination: list(row.route_destination),
    },
    timeline: {
      offenceStart: nullable(row.offence_start),
      offenceEnd: nullable(row.offence_end),
      reported: nullable(row.reported),
      investigationOpened: nullable(row.investigation_opened),
      indicted: nullable(row.indicted),
      firstInstanceVerdict: nullable(row.first_instance_verdict),
      appealDecision: nullable(row.appeal_decision),
      final: nullable(row.final),
    },
    appealOutcome: nullable(row.appeal_outcome),
    mentalHealthInvolvement: list(row.mental_health_involvement),
    tags: list(row.tags),
    charges: json(row.charges_json, []),
    defendants: json(row.defendants_json, []),
    victims: json(row.victims_json, []),
    cooperation: json(row.cooperation_json, {
      mlaRequests: [],
      jointInvestigationTeam: false,
      extraditions: [],
      interpolNotices: 0,
      agencies: [],
    }),
    sources: json(row.sources_json, []),
    relatedCases: json(row.related_cases_json, []),
  };
}

export function caseToCsvRow(record: CaseRecord): Record<(typeof CASE_CSV_COLUMNS)[number], string> {
  const joined = (values: readonly string[]) => values.join(LIST_SEPARATOR);
  const text = (value: string | null) => value ?? '';
  return {
    reference: record.reference,
    title: record.title,
    language: record.language,
    jurisdiction: record.jurisdiction,
    region: text(record.region),
    court_name: record.court.name,
    court_level: record.court.level,
    status: record.status,
    synthetic: String(record.synthetic),
    summary: record.summary,
    facts: record.facts,
    acts: joined(record.acts),
    means: joined(record.means),
    exploitation_purposes: joined(record.exploitationPurposes),
    sectors: joined(record.sectors),
    route_origin: joined(record.route.origin),
    route_transit: joined(record.route.transit),
    route_destination: joined(record.route.destination),
    offence_start: text(record.timeline.offenceStart),
    offence_end: text(record.timeline.offenceEnd),
    reported: text(record.timeline.reported),
    investigation_opened: text(record.timeline.investigationOpened),
    indicted: text(record.timeline.indicted),
    first_instance_verdict: text(record.timeline.firstInstanceVerdict),
    appeal_decision: text(record.timeline.appealDecision),
    final: text(record.timeline.final),
    appeal_outcome: text(record.appealOutcome),
    mental_health_involvement: joined(record.mentalHealthInvolvement),
    tags: joined(record.tags),
    charges_json: JSON.stringify(record.charges),
    defendants_json: JSON.stringify(record.defendants),
    victims_json: JSON.stringify(record.victims),
    cooperation_json: JSON.stringify(record.cooperation),
    sources_json: JSON.stringify(record.sources),
    related_cases_json: JSON.stringify(record.relatedCases),
  };
}

export function statuteFromCsvRow(row: Row): unknown {
  return {
    key: row.key,
    jurisdiction: row.jurisdiction,
    title: row.title,
    penaltyMinMonths: integer(row.penalty_min_months),
    penaltyMaxMonths: integer(row.penalty_max_months),
    lifePossible: flag(row.life_possible) ?? false,
    purposes: list(row.purposes),
    validFrom: nullable(row.valid_from),
    validTo: nullable(row.valid_to),
  };
}

export function statuteToCsvRow(record: StatuteRecord): Record<(typeof STATUTE_CSV_COLUMNS)[number], string> {
  return {
    key: record.key,
    jurisdiction: record.jurisdiction,
    title: record.title,
    penalty_min_months: String(record.penaltyMinMonths),
    penalty_max_months: String(record.penaltyMaxMonths),
    life_possible: String(record.lifePossible),
    purposes: record.purposes.join(LIST_SEPARATOR),
    valid_from: record.validFrom ?? '',
    valid_to: record.validTo ?? '',
  };
}
