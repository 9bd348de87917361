export const AUDIT_OUTCOMES = ['success', 'denied', 'failure', 'error'] as const;
export type AuditOutcome = (typeof AUDIT_OUTCOMES)[number];

/**
 * The stored vocabulary of audit actions, `<area>.<verb>`. Routes declare theirs (`@Audit`), so
 * renaming a handler cannot change what the trail calls an event; the command line's are `cli.*`.
 */
export const AUDIT_ACTIONS = [
  'http.refused',
  'auth.login',
  'auth.refresh',
  'auth.logout',
  'account.update',
  'account.changePassword',
  'users.list',
  'users.get',
  'users.create',
  'users.update',
  'cases.list',
  'cases.get',
  'cases.create',
  'cases.update',
  'cases.delete',
  'cases.similar',
  'search.query',
  'analytics.outcomes',
  'analytics.trends',
  'analytics.routes',
  'analytics.victims',
  'analytics.cooperation',
  'analytics.legislation',
  'analytics.compare',
  'annotations.list',
  'annotations.get',
  'annotations.create',
  'annotations.update',
  'annotations.delete',
  'annotations.export',
  'groups.list',
  'groups.get',
  'groups.create',
  'groups.update',
  'groups.delete',
  'savedSearches.list',
  'savedSearches.create',
  'savedSearches.delete',
  'alerts.list',
  'alerts.seen',
  'statutes.create',
  'statutes.update',
  'statutes.delete',
  'audit.list',
  'audit.get',
  'audit.export',
  'anonymize.preview',
  'cli.import',
  'cli.export',
  'cli.exportShared',
  'cli.demo',
  'cli.createAccount',
  'cli.reindex',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** The area an action belongs to, stored as the event's target type (`cases` for `cases.get`). */
export function auditTargetTypeOf(action: AuditAction): string {
  return action.slice(0, action.indexOf('.'));
}

/** One row of the audit trail (`GET /api/audit`). Never holds case free text. */
export interface AuditEventResponse {
  id: string;
  at: string;
  actorId: string | null;
  actorName: string | null;
  actorRole: string | null;
  /** One of {@link AUDIT_ACTIONS}, e.g. `cases.get`, `cases.list`, `auth.login`. */
  action: string;
  targetType: string | null;
  targetId: string | null;
  outcome: AuditOutcome;
  statusCode: number | null;
  clientAddress: string | null;
  requestId: string | null;
  details: Record<string, unknown>;
}
