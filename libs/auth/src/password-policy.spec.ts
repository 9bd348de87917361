import { passwordProblems } from './password-policy';

const rules = (password: unknown, username?: string) =>
  passwordProblems(password, username).map((problem) => problem.rule);

describe('passwordProblems', () => {
  it('accepts a long passphrase', () => {
    expect(rules('violet harbour lantern 42', 'aigerim')).toEqual([]);
  });

  it('refuses short and overlong passwords', () => {
    expect(rules('short1!', 'aigerim')).toEqual(['length']);
    expect(rules('x'.repeat(200) + 'y'.repeat(57), 'aigerim')).toEqual(['length']);
  });

  it('refuses a password containing the username, repeated characters and common passwords', () => {
    expect(rules('aigerim-2026-spring', 'aigerim')).toEqual(['notUsername']);
    expect(rules('aaaaaaaaaaaaaa', 'aigerim')).toEqual(['common']);
    expect(rules('Password1234', 'aigerim')).toEqual(['common']);
  });

  it('names the field and refuses non-strings', () => {
    expect(passwordProblems(42, 'aigerim', 'newPassword')).toEqual([
      { path: 'newPassword', rule: 'isString', message: 'newPassword must be a string' },
    ]);
  });
});
