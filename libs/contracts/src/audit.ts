export const AUDIT_OUTCOMES = ['success', 'denied', 'failure', 'error'] as const;
export type AuditOutcome = (typeof AUDIT_OUTCOMES)[number];

/** One row of the audit trail (`GET /api/audit`). Never holds case free text. */
export interface AuditEventResponse {
  id: string;
  at: string;
  actorId: string | null;
  actorName: string | null;
  actorRole: string | null;
  /** `<controller>.<handler>`, e.g. `cases.get`, `cases.list`, `auth.login`. */
  action: string;
  targetType: string | null;
  targetId: string | null;
  outcome: AuditOutcome;
  statusCode: number | null;
  clientAddress: string | null;
  requestId: string | null;
  details: Record<string, unknown>;
}
