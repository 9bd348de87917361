import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@caseatlas/contracts';
import type { Problem } from '@caseatlas/validation';

/** Passwords people reach for first; length alone does not keep these out. */
const COMMON_PASSWORDS = new Set([
  'password1234',
  'passwordpassword',
  '123456789012',
  'qwertyuiop12',
  'qwertyuiopasdf',
  'administrator',
  'caseatlas1234',
  'letmeinplease',
  'iloveyou1234',
]);

/**
 * Pure: the minimum password policy (NIST SP 800-63B: length over composition rules):
 * 12–256 characters, not the username, not one character repeated, not a well-known password.
 */
export function passwordProblems(password: unknown, username: string | undefined, path = 'password'): Problem[] {
  if (typeof password !== 'string') return [{ path, rule: 'isString', message: `${path} must be a string` }];
  const lower = password.toLowerCase();
  const problems: Problem[] = [];
  if (password.length < PASSWORD_MIN_LENGTH || password.length > PASSWORD_MAX_LENGTH) {
    problems.push({
      path,
      rule: 'length',
      message: `${path} must be ${PASSWORD_MIN_LENGTH} to ${PASSWORD_MAX_LENGTH} characters long`,
    });
  }
  if (username && lower.includes(username.toLowerCase())) {
    problems.push({ path, rule: 'notUsername', message: `${path} must not contain the username` });
  }
  if (/^(.)\1*$/su.test(password) || COMMON_PASSWORDS.has(lower)) {
    problems.push({ path, rule: 'common', message: `${path} is too easy to guess` });
  }
  return problems;
}
