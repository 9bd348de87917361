import { withTestDatabase } from './database';

/**
 * The audit trail is append-only and shared by every suite and every earlier run, so assertions
 * about it read only rows written after a watermark taken before the request: a row an earlier
 * run left can never stand in for the one the request should have written.
 */
export interface AuditRow {
  id: number;
  actorId: string | null;
  actorName: string | null;
  action: string;
  targetType: string | null;
  targetId: string | null;
  outcome: string;
  statusCode: number | null;
  clientAddress: string | null;
  requestId: string | null;
  details: Record<string, unknown>;
}

/** The id of the newest audit row now (0 when there is none). */
export function auditWatermark(): Promise<number> {
  return withTestDatabase(async (client) =>
    Number((await client.query('SELECT coalesce(max(id), 0) AS id FROM audit_events')).rows[0].id),
  );
}

/** Audit rows written after `watermark`, oldest first, of one action (or every action). */
export function auditRowsAfter(watermark: number, action?: string): Promise<AuditRow[]> {
  return withTestDatabase(async (client) => {
    const { rows } = await client.query(
      `SELECT id::int, actor_id AS "actorId", actor_name AS "actorName", action, target_type AS "targetType",
              target_id AS "targetId", outcome, status_code AS "statusCode", client_address AS "clientAddress",
              request_id AS "requestId", details
         FROM audit_events WHERE id > $1 AND ($2::text IS NULL OR action = $2) ORDER BY id`,
      [watermark, action ?? null],
    );
    return rows as AuditRow[];
  });
}

/** Waits (up to 2 s) for audit rows written outside the request, e.g. by the HTTP parser's handler. */
export async function awaitAuditRowsAfter(watermark: number, action: string): Promise<AuditRow[]> {
  for (let attempt = 0; attempt < 40; attempt++) {
    const rows = await auditRowsAfter(watermark, action);
    if (rows.length > 0) return rows;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return [];
}
