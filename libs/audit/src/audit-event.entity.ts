import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { AuditOutcome } from '@caseatlas/contracts';

/** Append-only (the database refuses UPDATE, DELETE and TRUNCATE). */
@Entity({ name: 'audit_events' })
export class AuditEventEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Column({ type: 'timestamptz', insert: false })
  at!: Date;

  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId!: string | null;

  @Column({ name: 'actor_name', type: 'varchar', nullable: true })
  actorName!: string | null;

  @Column({ name: 'actor_role', type: 'varchar', nullable: true })
  actorRole!: string | null;

  @Column({ type: 'varchar' })
  action!: string;

  @Column({ name: 'target_type', type: 'varchar', nullable: true })
  targetType!: string | null;

  @Column({ name: 'target_id', type: 'varchar', nullable: true })
  targetId!: string | null;

  @Column({ type: 'varchar' })
  outcome!: AuditOutcome;

  @Column({ name: 'status_code', type: 'smallint', nullable: true })
  statusCode!: number | null;

  @Column({ name: 'client_address', type: 'varchar', nullable: true })
  clientAddress!: string | null;

  @Column({ name: 'request_id', type: 'varchar', nullable: true })
  requestId!: string | null;

  @Column({ type: 'jsonb' })
  details!: Record<string, unknown>;
}
