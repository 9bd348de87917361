import { PERMISSIONS, ROLES, scopeOf } from '@caseatlas/contracts';
import type { Permission } from '@caseatlas/contracts';
import { RESOURCE_ACTIONS, roleMayAccess } from './access';

describe('roleMayAccess', () => {
  it('only names permissions of the contracts table', () => {
    const named = Object.values(RESOURCE_ACTIONS).flatMap((actions) => Object.values(actions));
    expect(named.filter((permission) => !(permission! in PERMISSIONS))).toEqual([]);
  });

  it.each(ROLES)('lets %s list exactly the resources its read permission reaches', (role) => {
    const readable = Object.entries(RESOURCE_ACTIONS)
      .filter(([, actions]) => scopeOf(role, actions.list as Permission) !== undefined)
      .map(([resource]) => resource);
    const listed = Object.keys(RESOURCE_ACTIONS).filter((resource) => roleMayAccess(role, resource, 'list'));
    expect(listed).toEqual(readable);
  });

  it('shows users and the audit trail to administrators only', () => {
    expect(ROLES.filter((role) => roleMayAccess(role, 'users', 'list'))).toEqual(['admin']);
    expect(ROLES.filter((role) => roleMayAccess(role, 'audit', 'export'))).toEqual(['admin']);
    expect(ROLES.filter((role) => roleMayAccess(role, 'statutes', 'create'))).toEqual(['admin']);
  });

  it('offers saved searches and their alerts to whoever holds the permissions', () => {
    for (const [action, permission] of [
      ['list', 'savedSearches.read'],
      ['create', 'savedSearches.write'],
      ['delete', 'savedSearches.write'],
      ['seen', 'savedSearches.write'],
    ] as const) {
      expect(ROLES.filter((role) => roleMayAccess(role, 'savedSearches', action))).toEqual(
        ROLES.filter((role) => scopeOf(role, permission) !== undefined),
      );
    }
    expect(roleMayAccess('member', 'savedSearches', 'edit')).toBe(false);
  });

  it('narrows case actions to the record’s status', () => {
    const published = { status: 'published' };
    const draft = { status: 'draft' };
    expect(ROLES.filter((role) => roleMayAccess(role, 'cases', 'edit', published))).toEqual(['reviewer']);
    expect(ROLES.filter((role) => roleMayAccess(role, 'cases', 'edit', draft))).toEqual(['editor', 'reviewer']);
    expect(ROLES.filter((role) => roleMayAccess(role, 'cases', 'delete', published))).toEqual(['reviewer']);
    // Without a record, any scope shows the button (the API decides row by row).
    expect(ROLES.filter((role) => roleMayAccess(role, 'cases', 'edit'))).toEqual(['editor', 'reviewer']);
    expect(roleMayAccess('admin', 'cases', 'show', draft)).toBe(false);
    expect(roleMayAccess('admin', 'cases', 'show', published)).toBe(true);
  });

  it('refuses unknown resources and actions, deleting users, and nobody signed in', () => {
    expect(roleMayAccess('admin', 'users', 'delete')).toBe(false);
    expect(roleMayAccess('admin', 'audit', 'edit')).toBe(false);
    expect(roleMayAccess('admin', 'meetings', 'list')).toBe(false);
    expect(roleMayAccess(undefined, 'cases', 'list')).toBe(false);
  });

  it('lets every role but viewers annotate, and only administrators manage working groups', () => {
    expect(ROLES.filter((role) => roleMayAccess(role, 'annotations', 'list'))).toEqual([...ROLES]);
    expect(ROLES.filter((role) => roleMayAccess(role, 'annotations', 'create'))).toEqual([
      'admin',
      'editor',
      'reviewer',
      'member',
    ]);
    expect(ROLES.filter((role) => roleMayAccess(role, 'groups', 'list'))).toEqual([...ROLES]);
    expect(ROLES.filter((role) => roleMayAccess(role, 'groups', 'edit'))).toEqual(['admin']);
  });

  it('offers publishing to roles holding cases.publish only', () => {
    expect(ROLES.filter((role) => roleMayAccess(role, 'cases', 'publish'))).toEqual(
      ROLES.filter((role) => scopeOf(role, 'cases.publish') !== undefined),
    );
  });
});
