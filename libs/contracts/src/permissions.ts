import { CASE_STATUSES } from './vocabularies';
import type { CaseStatus } from './vocabularies';

/**
 * Who may do what — written once, read by the API's guard, its row-level rules, the
 * authorization-matrix test and the admin's `canAccess`. docs/permissions.md explains it.
 */
export const ROLES = ['admin', 'editor', 'reviewer', 'member', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

/** Members say which profession they work in (the BRIEF's prosecutors, lawyers and analysts). */
export const PROFESSIONS = ['prosecutor', 'lawyer', 'analyst', 'other'] as const;
export type Profession = (typeof PROFESSIONS)[number];

/**
 * How far a grant reaches. Each resource's row rule says what a scope means for its rows:
 * `all` every row, `published` published cases only, `unpublished` every case that is not
 * published, `own` the actor's own rows (their account; later their annotations and saved
 * searches, with `shared` for working-group rows).
 */
export const SCOPES = ['all', 'published', 'unpublished', 'own'] as const;
export type Scope = (typeof SCOPES)[number];

type Grants = Partial<Record<Role, Scope>>;
const EVERYONE = (scope: Scope): Grants => Object.fromEntries(ROLES.map((role) => [role, scope]));

export const PERMISSIONS = {
  // Drafts and cases in review are for editors and reviewers only.
  'cases.read': { admin: 'published', editor: 'all', reviewer: 'all', member: 'published', viewer: 'published' },
  'cases.create': { editor: 'all', reviewer: 'all' },
  // Editors change a case until it is published; a reviewer has to withdraw it first.
  'cases.update': { editor: 'unpublished', reviewer: 'all' },
  'cases.delete': { editor: 'unpublished', reviewer: 'all' },
  // Moving a case into or out of `published`.
  'cases.publish': { reviewer: 'all' },
  'anonymizer.preview': { editor: 'all', reviewer: 'all' },
  'statutes.read': EVERYONE('all'),
  'statutes.write': { admin: 'all' },
  'users.read': { admin: 'all' },
  'users.write': { admin: 'all' },
  'audit.read': { admin: 'all' },
  'audit.export': { admin: 'all' },
  'account.read': EVERYONE('own'),
  'account.write': EVERYONE('own'),
} as const satisfies Record<string, Grants>;

export type Permission = keyof typeof PERMISSIONS;
export const PERMISSION_NAMES = Object.keys(PERMISSIONS) as Permission[];

/** The scope a role holds for a permission, or undefined when the role lacks it. */
export function scopeOf(role: Role, permission: Permission): Scope | undefined {
  return (PERMISSIONS[permission] as Grants)[role];
}

export function permissionsOf(role: Role): Permission[] {
  return PERMISSION_NAMES.filter((permission) => scopeOf(role, permission) !== undefined);
}

/** Row rule of cases: the statuses a scope reaches. */
export function caseStatusesIn(scope: Scope): readonly CaseStatus[] {
  switch (scope) {
    case 'all':
      return CASE_STATUSES;
    case 'published':
      return ['published'];
    case 'unpublished':
      return CASE_STATUSES.filter((status) => status !== 'published');
    case 'own':
      return [];
  }
}

export function mayTouchCase(role: Role, permission: Permission, status: CaseStatus): boolean {
  const scope = scopeOf(role, permission);
  return scope !== undefined && caseStatusesIn(scope).includes(status);
}
