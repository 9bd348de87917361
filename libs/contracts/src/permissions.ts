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
export const SCOPES = ['all', 'published', 'unpublished', 'own', 'group'] as const;
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
  // Saved searches and their alerts are private to whoever saved them.
  'savedSearches.read': EVERYONE('own'),
  'savedSearches.write': EVERYONE('own'),
  // Annotations: on the cases a reader may read, the author's own, their groups' and those
  // shared with every reader. Viewers read; they do not annotate.
  'annotations.read': EVERYONE('group'),
  'annotations.write': { admin: 'own', editor: 'own', reviewer: 'own', member: 'own' },
  'groups.read': EVERYONE('all'),
  'groups.write': { admin: 'all' },
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

/** Who asks: an account and its role (the API's actor satisfies it). */
export interface AccessActor {
  id: string;
  role: Role;
  /** The working groups the actor belongs to, where a rule needs them (annotations). */
  groups?: readonly string[];
}

/**
 * What a row shows the row rules: a case its status; an account (later an annotation or a
 * saved search) its owner. A new rule (a working group's members) adds a field and a scope.
 */
export interface AccessTarget {
  status?: CaseStatus;
  ownerId?: string;
  /** An annotation's: private, a working group's, or every reader's. */
  visibility?: 'private' | 'group' | 'readers';
  groupId?: string | null;
}

/** What each scope means for one row. */
const ROW_RULES: Record<Scope, (actor: AccessActor, target: AccessTarget) => boolean> = {
  all: () => true,
  published: (_actor, target) => target.status === 'published',
  unpublished: (_actor, target) => target.status !== undefined && target.status !== 'published',
  own: (actor, target) => target.ownerId !== undefined && target.ownerId === actor.id,
  group: (actor, target) =>
    (target.ownerId !== undefined && target.ownerId === actor.id) ||
    target.visibility === 'readers' ||
    (target.visibility === 'group' && !!target.groupId && (actor.groups ?? []).includes(target.groupId)),
};

/**
 * May `actor` use `permission`, on `target` when given (the route alone when not)? The one
 * answer the API's guard, its services, the admin's `canAccess` and the tests share.
 */
export function can(actor: AccessActor, permission: Permission, target?: AccessTarget): boolean {
  const scope = scopeOf(actor.role, permission);
  return scope !== undefined && (target === undefined || ROW_RULES[scope](actor, target));
}

/** The case statuses a role reaches with a permission (list queries filter by them). */
export function caseStatusesFor(role: Role, permission: Permission): readonly CaseStatus[] {
  return CASE_STATUSES.filter((status) => mayTouchCase(role, permission, status));
}

export function mayTouchCase(role: Role, permission: Permission, status: CaseStatus): boolean {
  // Case rules depend on the status only, never on who owns the case.
  return can({ id: '', role }, permission, { status });
}
