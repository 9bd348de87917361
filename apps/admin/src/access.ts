import { CASE_STATUSES, mayTouchCase, scopeOf } from '@caseatlas/contracts';
import type { CaseStatus, Permission, Role } from '@caseatlas/contracts';

/**
 * The permission of the contracts' table that each react-admin action of each resource needs.
 * An action not listed here is refused (users are deactivated, never deleted; the audit
 * trail is read-only). `publish` and `export` are our own actions (status choices, CSV), and
 * so is `seen` (marking a saved search's alerts read). `savedSearches` is not a react-admin
 * resource: the search page's "Save search" and the alerts page ask about it by that name.
 */
export const RESOURCE_ACTIONS: Record<string, Partial<Record<string, Permission>>> = {
  cases: {
    list: 'cases.read',
    show: 'cases.read',
    create: 'cases.create',
    edit: 'cases.update',
    delete: 'cases.delete',
    publish: 'cases.publish',
  },
  statutes: {
    list: 'statutes.read',
    show: 'statutes.read',
    create: 'statutes.write',
    edit: 'statutes.write',
    delete: 'statutes.write',
  },
  users: { list: 'users.read', show: 'users.read', create: 'users.write', edit: 'users.write' },
  audit: { list: 'audit.read', show: 'audit.read', export: 'audit.export' },
  // Annotations are read on the case page (not a menu resource); `export` is the JSON-LD/CSV download.
  annotations: {
    list: 'annotations.read',
    show: 'annotations.read',
    export: 'annotations.read',
    create: 'annotations.write',
    edit: 'annotations.write',
    delete: 'annotations.write',
  },
  groups: {
    list: 'groups.read',
    show: 'groups.read',
    create: 'groups.write',
    edit: 'groups.write',
    delete: 'groups.write',
  },
  savedSearches: {
    list: 'savedSearches.read',
    create: 'savedSearches.write',
    delete: 'savedSearches.write',
    seen: 'savedSearches.write',
  },
};

const isCaseStatus = (value: unknown): value is CaseStatus => CASE_STATUSES.includes(value as CaseStatus);

/**
 * What `authProvider.canAccess` answers. A case record narrows the answer to its status (an
 * editor may not edit a published case); without one, holding the permission in any scope is
 * enough to show the button, and the API decides row by row.
 */
export function roleMayAccess(
  role: Role | undefined,
  resource: string,
  action: string,
  record?: { status?: unknown },
): boolean {
  if (!role) return false;
  const permission = RESOURCE_ACTIONS[resource]?.[action];
  if (!permission) return false;
  const status = record?.status;
  if (resource === 'cases' && isCaseStatus(status)) return mayTouchCase(role, permission, status);
  return scopeOf(role, permission) !== undefined;
}
