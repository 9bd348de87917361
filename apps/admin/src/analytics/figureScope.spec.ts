import { figureScopeOf } from './figureScope';

describe('figureScopeOf', () => {
  it('counts published cases only for those who read published cases only', () => {
    expect(figureScopeOf('viewer')).toEqual({ kind: 'published' });
    expect(figureScopeOf('member')).toEqual({ kind: 'published' });
    // Admins manage accounts; they read published cases like members (docs/permissions.md).
    expect(figureScopeOf('admin')).toEqual({ kind: 'published' });
  });

  it('counts every case, drafts, cases in review and archived ones included, for editors and reviewers', () => {
    expect(figureScopeOf('editor')).toEqual({ kind: 'all' });
    expect(figureScopeOf('reviewer')).toEqual({ kind: 'all' });
  });
});
