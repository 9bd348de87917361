import { AsyncLocalStorage } from 'node:async_hooks';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditEventEntity } from './audit-event.entity';
import type { AuditRecord } from './audit.service';

/**
 * The success row of the request being served, waiting for the transaction that makes its
 * change: `event` builds it once the created record's id is known.
 */
export interface PendingAudit {
  event: (createdId: string | undefined) => AuditRecord | undefined;
  written: boolean;
}

const pendingAudits = new AsyncLocalStorage<PendingAudit>();

/** Runs `work` (a request's handler) with its success row pending. */
export function runWithPendingAudit<T>(pending: PendingAudit, work: () => T): T {
  return pendingAudits.run(pending, work);
}

/**
 * A transaction that writes the pending success row of the request, if any, before it commits:
 * a change and its audit row commit together, so a change that cannot be audited does not
 * happen. Outside a request (the command line) it is a plain transaction.
 */
export function transactionWithAudit<T>(
  dataSource: DataSource,
  work: (manager: EntityManager) => Promise<T>,
): Promise<T> {
  return dataSource.transaction(async (manager) => {
    const result = await work(manager);
    const pending = pendingAudits.getStore();
    if (pending && !pending.written) {
      const event = pending.event(createdIdOf(result));
      if (event) await insertAuditEvent(manager, event);
      pending.written = true;
    }
    return result;
  });
}

/** A created record names itself: cases and accounts by id, statutes by key. */
export function createdIdOf(result: unknown): string | undefined {
  const created = result as { id?: unknown; key?: unknown } | null | undefined;
  const id = created?.id ?? created?.key;
  return typeof id === 'string' ? id : undefined;
}

const clip = (text: string | null | undefined, length: number) => (text == null ? null : text.slice(0, length));

export async function insertAuditEvent(manager: EntityManager, event: AuditRecord): Promise<void> {
  await manager.insert(AuditEventEntity, {
    actorId: event.actor?.id ?? null,
    actorName: event.actor?.username ?? null,
    actorRole: event.actor?.role ?? null,
    action: event.action,
    targetType: event.targetType ?? null,
    targetId: clip(event.targetId, 120),
    outcome: event.outcome,
    statusCode: event.statusCode ?? null,
    clientAddress: clip(event.clientAddress, 64),
    requestId: clip(event.requestId, 100),
    // TypeORM's deep-partial type does not fit an open JSON object.
    details: (event.details ?? {}) as object,
  });
}
