import { auditedFields, auditedFilter } from '@caseatlas/audit';

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
    const filter = parseObject(query.filter);
    if (filter) details.filter = auditedFilter(filter);
  }
  // List parameters are JSON of names and numbers; anything else is not kept.
  for (const name of ['sort', 'range'] as const) {
    const value = query[name];
    if (typeof value === 'string' && /^\[[\w",. -]{0,100}\]$/.test(value)) details[name] = value;
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

function parseObject(text: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return value !== null && typeof value === 'object' && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}
