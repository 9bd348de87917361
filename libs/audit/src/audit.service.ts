import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { stringify } from 'csv-stringify';
import { once } from 'node:events';
import type { Readable } from 'node:stream';
import { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import type { AuditAction, AuditEventResponse, AuditOutcome, ExportLanguage } from '@caseatlas/contracts';
import { containsPattern } from '@caseatlas/validation';
import type { ListQuery } from '@caseatlas/validation';
import { AuditEventEntity } from './audit-event.entity';
import { insertAuditEvent } from './audit-scope';

export interface AuditActor {
  id: string;
  username: string;
  role: string;
}

/** One audited event; `details` must never hold case free text (see audit-details.ts). */
export interface AuditRecord {
  actor?: AuditActor | null;
  action: AuditAction;
  targetType?: string | null;
  targetId?: string | null;
  outcome: AuditOutcome;
  statusCode?: number | null;
  clientAddress?: string | null;
  requestId?: string | null;
  details?: Record<string, unknown>;
}

export const AUDIT_SORT_COLUMNS = {
  at: 'event.at',
  action: 'event.action',
  actorName: 'event.actorName',
  outcome: 'event.outcome',
  statusCode: 'event.statusCode',
} as const;
export type AuditSortField = keyof typeof AUDIT_SORT_COLUMNS;

export const AUDIT_CSV_COLUMNS = [
  'id',
  'at',
  'actorId',
  'actorName',
  'actorRole',
  'action',
  'targetType',
  'targetId',
  'outcome',
  'statusCode',
  'clientAddress',
  'requestId',
  'details',
] as const satisfies readonly (keyof AuditEventResponse)[];

type AuditCsvColumn = (typeof AUDIT_CSV_COLUMNS)[number];

/** The audit CSV's headers in the reader's language, when the interface asks (`language=`). */
export const AUDIT_CSV_HEADERS: Record<ExportLanguage, Record<AuditCsvColumn, string>> = {
  en: {
    id: 'Event id',
    at: 'Time (UTC)',
    actorId: 'Account id',
    actorName: 'Account',
    actorRole: 'Role',
    action: 'Action',
    targetType: 'Target type',
    targetId: 'Target id',
    outcome: 'Outcome',
    statusCode: 'HTTP status',
    clientAddress: 'Client address',
    requestId: 'Request id',
    details: 'Details',
  },
  ru: {
    id: 'Номер события',
    at: 'Время (UTC)',
    actorId: 'Идентификатор учётной записи',
    actorName: 'Учётная запись',
    actorRole: 'Роль',
    action: 'Действие',
    targetType: 'Тип объекта',
    targetId: 'Идентификатор объекта',
    outcome: 'Результат',
    statusCode: 'HTTP-статус',
    clientAddress: 'Адрес клиента',
    requestId: 'Идентификатор запроса',
    details: 'Подробности',
  },
};

const EXPORT_CHUNK = 1000;

@Injectable()
export class AuditService {
  private readonly logger = new Logger('Audit');

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Appends one event. Throws when it cannot be stored: an unrecorded access must not pass silently. */
  async record(event: AuditRecord, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await insertAuditEvent(manager, event);
  }

  /** For error paths, which must answer anyway: logs instead of throwing, and says whether it worked. */
  async recordOrLog(event: AuditRecord): Promise<boolean> {
    try {
      await this.record(event);
      return true;
    } catch (error) {
      this.logger.error(`could not record ${event.action} (${event.outcome}): ${(error as Error).message}`);
      return false;
    }
  }

  async findPage(query: ListQuery<AuditSortField>): Promise<{ rows: AuditEventResponse[]; total: number }> {
    const builder = this.filtered(query.filter)
      .orderBy(AUDIT_SORT_COLUMNS[query.sort.field], query.sort.order)
      .addOrderBy('event.id', query.sort.order);
    const [rows, total] = await builder.offset(query.offset).limit(query.limit).getManyAndCount();
    return { rows: rows.map(toAuditEventResponse), total };
  }

  async findById(id: string): Promise<AuditEventResponse | null> {
    if (!/^\d{1,18}$/.test(id)) return null;
    const row = await this.dataSource.manager.findOne(AuditEventEntity, { where: { id } });
    return row ? toAuditEventResponse(row) : null;
  }

  /**
   * Every matching event as CSV, newest first, read in chunks so memory stays flat. The headers
   * are the column keys (for programs) unless a language asks for them in words.
   */
  exportCsv(filter: ListQuery['filter'], language?: ExportLanguage): Readable {
    const columns = AUDIT_CSV_COLUMNS.map((key) => ({
      key,
      header: language ? AUDIT_CSV_HEADERS[language][key] : key,
    }));
    const csv = stringify({ header: true, columns, escape_formulas: true });
    const pump = async () => {
      let before: string | undefined;
      for (;;) {
        const builder = this.filtered(filter).orderBy('event.id', 'DESC').limit(EXPORT_CHUNK);
        if (before) builder.andWhere('event.id < :before', { before });
        const rows = await builder.getMany();
        for (const row of rows) {
          const event = toAuditEventResponse(row);
          if (!csv.write({ ...event, details: JSON.stringify(event.details) })) await once(csv, 'drain');
        }
        if (rows.length < EXPORT_CHUNK) break;
        before = rows[rows.length - 1].id;
      }
      csv.end();
    };
    pump().catch((error: Error) => csv.destroy(error));
    return csv;
  }

  /**
   * Failed logins of one account (or unknown username) from one address since its last successful login there,
   * within the window: the lockout reads the trail instead of keeping its own counters, so it
   * survives restarts and holds across API instances.
   */
  async recentLoginFailures(
    userId: string,
    clientAddress: string,
    windowSeconds: number,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<{ count: number; latest: Date | null }> {
    const [row] = await manager.query(
      `SELECT count(*)::int AS count, max(at) AS latest FROM audit_events
        WHERE action = 'auth.login' AND target_id = $1 AND client_address = $2 AND outcome = 'failure'
          AND at > now() - make_interval(secs => $3)
          AND at > coalesce((SELECT max(at) FROM audit_events
                              WHERE action = 'auth.login' AND target_id = $1 AND client_address = $2
                                AND outcome = 'success'), '-infinity')`,
      [userId, clientAddress, windowSeconds],
    );
    return { count: row.count, latest: row.latest ? new Date(row.latest) : null };
  }

  private filtered(filter: ListQuery['filter']): SelectQueryBuilder<AuditEventEntity> {
    const builder = this.dataSource.manager.createQueryBuilder(AuditEventEntity, 'event');
    const exact = {
      actorId: 'actor_id',
      outcome: 'outcome',
      targetType: 'target_type',
      targetId: 'target_id',
      requestId: 'request_id',
    };
    for (const [name, column] of Object.entries(exact)) {
      if (filter[name]) builder.andWhere(`event.${column} IN (:...${name})`, { [name]: filter[name] });
    }
    if (filter.actorName)
      builder.andWhere('event.actor_name ILIKE :actorName', {
        actorName: containsPattern(String(filter.actorName[0])),
      });
    // `cases` finds every cases.* action; `cases.read` that one.
    if (filter.action)
      builder.andWhere('(event.action = :action OR event.action LIKE :actionPrefix)', {
        action: String(filter.action[0]),
        actionPrefix: `${String(filter.action[0]).replace(/[\\%_]/g, (character) => `\\${character}`)}.%`,
      });
    if (filter.from) builder.andWhere('event.at >= :from', { from: new Date(String(filter.from[0])) });
    if (filter.to) builder.andWhere('event.at <= :to', { to: new Date(String(filter.to[0])) });
    return builder;
  }
}

export function toAuditEventResponse(row: AuditEventEntity): AuditEventResponse {
  return {
    id: String(row.id),
    at: row.at.toISOString(),
    actorId: row.actorId,
    actorName: row.actorName,
    actorRole: row.actorRole,
    action: row.action,
    targetType: row.targetType,
    targetId: row.targetId,
    outcome: row.outcome,
    statusCode: row.statusCode,
    clientAddress: row.clientAddress,
    requestId: row.requestId,
    details: row.details,
  };
}

/**
 * What an exception can tell the audit beyond its status: the target it concerns (a login's
 * account), a finer outcome (a hidden case is `denied`, not missing) and details.
 */
export interface AuditHints {
  /** The service has already written the event (in its own transaction). */
  recorded?: boolean;
  outcome?: AuditOutcome;
  targetId?: string;
  details?: Record<string, unknown>;
}

export function auditHintsOf(exception: unknown): AuditHints {
  const hints = (exception as { auditHints?: AuditHints } | null)?.auditHints;
  return hints !== null && typeof hints === 'object' ? hints : {};
}
