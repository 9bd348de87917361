import { ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { can, caseStatusesFor } from '@caseatlas/contracts';
import type { AccessActor, AccessTarget, CaseStatus, Permission } from '@caseatlas/contracts';

/**
 * A row the actor may not see answers like a missing one (no hint that a draft exists), while
 * the audit records it as a denial.
 */
export class HiddenRowException extends NotFoundException {
  readonly auditHints = { outcome: 'denied' as const };

  constructor(noun: string, id: string) {
    super(`No ${noun} with id ${id}`);
  }
}

/**
 * Row-level access, read from the permission table (`can` in @caseatlas/contracts): the guard
 * has checked the route's permission; services ask here about the rows they touch.
 */
@Injectable()
export class AccessService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  can(actor: AccessActor, permission: Permission, target?: AccessTarget): boolean {
    return can(actor, permission, target);
  }

  /** The statuses of the cases `permission` reaches for this actor, for list queries. */
  caseStatuses(actor: AccessActor, permission: Permission): readonly CaseStatus[] {
    return caseStatusesFor(actor.role, permission);
  }

  /** The working groups the actor belongs to: the groups whose annotations they read. */
  async workingGroupsOf(actor: AccessActor): Promise<string[]> {
    const rows: { group_id: string }[] = await this.dataSource.query(
      'SELECT group_id FROM working_group_members WHERE user_id = $1',
      [actor.id],
    );
    return rows.map((row) => row.group_id);
  }

  /**
   * The case, when the actor may use `permission` on it: a case it may not read is not found
   * (404, audited as denied); one it may read but not touch this way is forbidden (403).
   */
  requireCase<Row extends { status: CaseStatus }>(
    actor: AccessActor,
    permission: Permission,
    id: string,
    row: Row | null,
  ): Row {
    if (!row) throw new NotFoundException(`No case with id ${id}`);
    if (!can(actor, 'cases.read', row)) throw new HiddenRowException('case', id);
    if (!can(actor, permission, row)) {
      throw new ForbiddenException(`This case is ${row.status}; your role may not change it in that state`);
    }
    return row;
  }

  /** Moving a case into or out of `published` takes `cases.publish`. */
  requireStatusChange(actor: AccessActor, from: CaseStatus | undefined, to: CaseStatus): void {
    if (from === to || (from !== 'published' && to !== 'published') || can(actor, 'cases.publish')) return;
    throw new ForbiddenException(
      from === 'published'
        ? 'status: only reviewers withdraw a published case'
        : 'status: only reviewers publish a case; submit it for review (in_review) instead',
    );
  }
}
