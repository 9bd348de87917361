import { preferredGroupId } from './preferredGroup';

const trafficking = { id: '0b8e5a52-0000-4000-8000-000000000001' };
const labour = { id: '0b8e5a52-0000-4000-8000-000000000002' };

describe('preferredGroupId', () => {
  it('is the reader’s only group', () => {
    expect(preferredGroupId([labour], null)).toBe('0b8e5a52-0000-4000-8000-000000000002');
  });

  it('is the group last used when the reader still belongs to it', () => {
    expect(preferredGroupId([trafficking, labour], '0b8e5a52-0000-4000-8000-000000000002')).toBe(
      '0b8e5a52-0000-4000-8000-000000000002',
    );
  });

  it('is the first group when the one last used is no longer the reader’s', () => {
    expect(preferredGroupId([trafficking, labour], '0b8e5a52-0000-4000-8000-000000000009')).toBe(
      '0b8e5a52-0000-4000-8000-000000000001',
    );
    expect(preferredGroupId([trafficking, labour], null)).toBe('0b8e5a52-0000-4000-8000-000000000001');
  });

  it('is none for a reader in no group', () => {
    expect(preferredGroupId([], '0b8e5a52-0000-4000-8000-000000000001')).toBeNull();
  });
});
