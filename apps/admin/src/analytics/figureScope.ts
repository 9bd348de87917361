import { CASE_STATUSES, caseStatusesFor } from '@caseatlas/contracts';
import type { CaseStatus, Role } from '@caseatlas/contracts';

/** Which cases a reader's figures count, as the caption under a headline figure says it. */
export type FigureScope =
  | { kind: 'published' }
  | { kind: 'all' }
  /** Some other set of statuses (a future role): named one by one. */
  | { kind: 'statuses'; statuses: CaseStatus[] };

/**
 * Pure: the cases the analytics API counts for a role. It counts what the role may read
 * (`cases.read` of the permission table, the same rule the API's row rule is built from), so a
 * reader of drafts gets figures that include drafts, cases in review and archived ones.
 */
export function figureScopeOf(role: Role): FigureScope {
  const statuses = [...caseStatusesFor(role, 'cases.read')];
  if (statuses.length === 1 && statuses[0] === 'published') return { kind: 'published' };
  if (CASE_STATUSES.every((status) => statuses.includes(status))) return { kind: 'all' };
  return { kind: 'statuses', statuses };
}
