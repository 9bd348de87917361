import { ForbiddenException, NotFoundException } from '@nestjs/common';
import { CASE_STATUSES, caseStatusesIn, scopeOf } from '@caseatlas/contracts';
import type { CaseStatus, Permission, Role } from '@caseatlas/contracts';

/**
 * The row-level rule of cases for one actor, read from the permission table: which statuses
 * each case permission reaches, and whether the actor may move cases into or out of `published`.
 */
export interface CaseAccess {
  readable: readonly CaseStatus[];
  updatable: readonly CaseStatus[];
  deletable: readonly CaseStatus[];
  mayPublish: boolean;
}

/** The command line (import, demo) acts for the operator who runs it on the server. */
export const OPERATOR_CASE_ACCESS: CaseAccess = {
  readable: CASE_STATUSES,
  updatable: CASE_STATUSES,
  deletable: CASE_STATUSES,
  mayPublish: true,
};

export function caseAccessOf(role: Role): CaseAccess {
  const statuses = (permission: Permission) => {
    const scope = scopeOf(role, permission);
    return scope ? caseStatusesIn(scope) : [];
  };
  return {
    readable: statuses('cases.read'),
    updatable: statuses('cases.update'),
    deletable: statuses('cases.delete'),
    mayPublish: scopeOf(role, 'cases.publish') !== undefined,
  };
}

/**
 * A case the actor may not see answers like a missing one (no hint that a draft exists), but
 * the audit records it as a denial.
 */
export class CaseHiddenException extends NotFoundException {
  readonly auditHints = { outcome: 'denied' as const };

  constructor(id: string) {
    super(`No case with id ${id}`);
  }
}

export function publishingProblem(from: CaseStatus | undefined, to: CaseStatus): ForbiddenException | undefined {
  if (from === to || (from !== 'published' && to !== 'published')) return undefined;
  return new ForbiddenException(
    from === 'published'
      ? 'status: only reviewers withdraw a published case'
      : 'status: only reviewers publish a case; submit it for review (in_review) instead',
  );
}
