import { auditedFields, auditedFilter, auditedNumber, auditedText, isAuditableName } from '@caseatlas/audit';
import { OUTCOME_GROUP_NAMES } from '@caseatlas/contracts';
import { UUID_PATTERN } from '@caseatlas/validation';

const UUID = '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}';
/** Query parameters whose every well-formed value is a country list, ids or a name from a closed list. */
const CLOSED_FORMAT_PARAMETERS: [string, RegExp][] = [
  ['groupBy', new RegExp(`^(${OUTCOME_GROUP_NAMES.join('|')})$`)],
  ['jurisdictions', /^[A-Z]{2}(,[A-Z]{2}){0,5}$/],
  ['savedSearches', new RegExp(`^${UUID}(,${UUID}){0,5}$`)],
  ['caseId', new RegExp(`^${UUID}$`)],
  ['groupId', new RegExp(`^${UUID}$`)],
  ['format', /^(jsonld|csv)$/],
];

/** Fields whose values are closed vocabularies or flags: worth keeping (a publish, a demotion). */
const VOCABULARY_FIELDS = ['status', 'role', 'active', 'profession'] as const;

/**
 * Pure: what the audit keeps of a request — the list parameters (search text anonymized) and
 * the names of the fields written, with the values of vocabulary fields only.
 */
export function requestAuditDetails(
  method: string,
  query: Record<string, unknown>,
  body: unknown,
): Record<string, unknown> {
  const details: Record<string, unknown> = {};
  if (typeof query.filter === 'string') {
    const filter = parseJson(query.filter);
    if (filter !== null && typeof filter === 'object' && !Array.isArray(filter)) {
      details.filter = auditedFilter(filter as Record<string, unknown>);
    }
  }
  // Precedent search's text, anonymized like the list's `q` filter.
  if (typeof query.q === 'string') details.q = auditedText(query.q);
  // `sort` is a field name and an order (lists) or a name (search), `range` two bounds.
  if (typeof query.sort === 'string' && /^[a-zA-Z]{1,40}$/.test(query.sort) && isAuditableName(query.sort)) {
    details.sort = query.sort;
  }
  const sort = typeof query.sort === 'string' ? parseJson(query.sort) : undefined;
  if (Array.isArray(sort) && sort.length === 2 && typeof sort[0] === 'string' && isAuditableName(sort[0])) {
    if (sort[1] === 'ASC' || sort[1] === 'DESC') details.sort = [sort[0], sort[1]];
  }
  // Closed formats worth keeping: what was analysed or exported (countries, ids, a grouping).
  for (const [name, format] of CLOSED_FORMAT_PARAMETERS) {
    const value = query[name];
    if (typeof value === 'string' && format.test(value)) details[name] = value;
  }
  const range = typeof query.range === 'string' ? parseJson(query.range) : undefined;
  if (Array.isArray(range) && range.length === 2 && range.every((bound) => typeof bound === 'number')) {
    details.range = range.map((bound: number) => auditedNumber(bound));
  }
  if (method !== 'GET' && body !== null && typeof body === 'object' && !Array.isArray(body)) {
    details.fields = auditedFields(body);
    const record = body as Record<string, unknown>;
    for (const name of VOCABULARY_FIELDS) {
      const value = record[name];
      if (typeof value === 'boolean' || (typeof value === 'string' && /^[a-z_]{1,40}$/.test(value)))
        details[name] = value;
    }
  }
  return details;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** A statute key (KZ-CC-128-3) with article numbers, never a long run of digits. */
const STATUTE_KEY = /^[A-Z]{2}-[A-Z]{2,6}-\d{1,4}[A-Za-z]?(\.\d{1,3})?(-\d{1,3}[A-Za-z]?)?$/;
/** Audit event numbers; longer numbers may be someone's IIN or phone. */
const EVENT_NUMBER = /^\d{1,9}$/;

/**
 * Pure: the route's `:id` or `:key` as the audit keeps it: a UUID, a statute key or an audit event
 * number; anything else a caller put in the path is recorded only as not being an id.
 */
export function auditedTargetId(id: unknown): string | undefined {
  if (typeof id !== 'string') return undefined;
  return UUID_PATTERN.test(id) || STATUTE_KEY.test(id) || EVENT_NUMBER.test(id) ? id : '(not an id)';
}
