import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import request from 'supertest';
import { hashPassword } from '../../libs/auth/src/passwords';
import { ROLES } from '../../libs/contracts/src';
import type { Profession, Role, SessionResponse } from '../../libs/contracts/src';
import { TEST_DATABASE_URL } from './environment';

export const TEST_PASSWORD = 'correct horse battery staple';

export interface TestAccount {
  id: string;
  username: string;
  password: string;
  role: Role;
}

let passwordHash: Promise<string> | undefined;

/** An active account straight in the test database (argon2 hash of TEST_PASSWORD, hashed once). */
export async function createAccount(
  role: Role,
  overrides: { username?: string; displayName?: string; profession?: Profession; password?: string } = {},
): Promise<TestAccount> {
  const username = overrides.username ?? `${role}.${randomBytes(4).toString('hex')}`;
  const password = overrides.password ?? TEST_PASSWORD;
  const hash = overrides.password ? hashPassword(password) : (passwordHash ??= hashPassword(TEST_PASSWORD));
  const client = new Client({ connectionString: TEST_DATABASE_URL });
  await client.connect();
  try {
    const { rows } = await client.query(
      `INSERT INTO users (username, display_name, role, profession, password_hash, updated_at)
       VALUES ($1, $2, $3, $4, $5, now()) RETURNING id`,
      [username, overrides.displayName ?? `Test ${role}`, role, overrides.profession ?? null, await hash],
    );
    return { id: rows[0].id, username, password, role };
  } finally {
    await client.end();
  }
}

export async function createAccountsForEveryRole(): Promise<Record<Role, TestAccount>> {
  const accounts = await Promise.all(ROLES.map((role) => createAccount(role)));
  return Object.fromEntries(accounts.map((account) => [account.role, account])) as Record<Role, TestAccount>;
}

/** Signs in through the API; returns the session body and the refresh cookie as sent back. */
export async function signInThroughApi(
  apiUrl: string,
  account: Pick<TestAccount, 'username' | 'password'>,
): Promise<SessionResponse & { refreshCookie: string }> {
  const response = await request(apiUrl)
    .post('/auth/login')
    .send({ username: account.username, password: account.password })
    .expect(200);
  const cookie = ([] as string[])
    .concat(response.headers['set-cookie'] ?? [])
    .find((line) => line.startsWith('caseatlas_refresh='));
  if (!cookie) throw new Error('login set no refresh cookie');
  return { ...(response.body as SessionResponse), refreshCookie: cookie.split(';')[0] };
}

/** One fresh account per role, signed in once: `tokens('editor')` is its access token. */
export function accessTokensPerRole(apiUrl: string): (role: Role) => Promise<string> {
  const tokens = new Map<Role, Promise<string>>();
  return (role) => {
    if (!tokens.has(role)) {
      tokens.set(
        role,
        createAccount(role)
          .then((account) => signInThroughApi(apiUrl, account))
          .then((session) => session.accessToken),
      );
    }
    return tokens.get(role)!;
  };
}

export type AuthorizedClient = ReturnType<typeof authorizedClient>;

/** supertest with the actor's access token on every request. */
export function authorizedClient(apiUrl: string, accessToken: string) {
  const agent = request(apiUrl);
  const bearer = `Bearer ${accessToken}`;
  return {
    get: (path: string) => agent.get(path).set('Authorization', bearer),
    post: (path: string) => agent.post(path).set('Authorization', bearer),
    put: (path: string) => agent.put(path).set('Authorization', bearer),
    delete: (path: string) => agent.delete(path).set('Authorization', bearer),
  };
}

/**
 * A username no account has, new on every run: failed logins stay in the append-only trail
 * (and count towards lockouts) across test runs.
 */
export function unknownUsername(): string {
  return `nobody.${randomBytes(6).toString('hex')}`;
}
