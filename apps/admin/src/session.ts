import type { AccountResponse, SessionResponse } from '@caseatlas/contracts';

/**
 * The signed-in session, in memory only: the access token never reaches localStorage, so a
 * script injected into the page cannot read a token that outlives the tab. A reload starts
 * without one and gets a new one from the refresh token, an httpOnly cookie scoped to
 * /api/auth that this code never sees.
 */
interface Session {
  accessToken: string;
  /** Epoch milliseconds, from `expiresIn` (relative, so the client's clock does not matter). */
  expiresAt: number;
  account: AccountResponse;
}

/** Renew this long before the token expires, so a request does not set off with a dying token. */
const EXPIRY_MARGIN_MS = 10_000;

let session: Session | null = null;
let refreshing: Promise<Session | null> | null = null;
/**
 * Set once the server refused the refresh cookie or found none, or the user signed out: until
 * the next sign-in, asking again would be in vain.
 */
let refreshRefused = false;

function start(body: SessionResponse): Session {
  session = { accessToken: body.accessToken, expiresAt: Date.now() + body.expiresIn * 1000, account: body.account };
  refreshRefused = false;
  return session;
}

export class LoginError extends Error {
  constructor(
    readonly status: number,
    message: string,
    /** Seconds to wait, from Retry-After on a 429. */
    readonly retryAfter?: number,
  ) {
    super(message);
  }
}

/** Retry-After is either seconds or an HTTP date. */
export function retryAfterSeconds(header: string | null, now = Date.now()): number | undefined {
  if (!header) return undefined;
  if (/^\d+$/.test(header.trim())) return Number(header.trim());
  const at = Date.parse(header);
  return Number.isNaN(at) ? undefined : Math.max(1, Math.ceil((at - now) / 1000));
}

const messageOf = (body: unknown): string | undefined => {
  const message = (body as { message?: unknown } | null)?.message;
  if (Array.isArray(message)) return message.join('; ');
  return typeof message === 'string' ? message : undefined;
};

export async function login(username: string, password: string): Promise<AccountResponse> {
  const response = await fetch('/api/auth/login', {
    method: 'POST',
    credentials: 'include',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  const body: unknown = await response.json().catch(() => null);
  if (response.ok) return start(body as SessionResponse).account;
  throw new LoginError(
    response.status,
    messageOf(body) ?? response.statusText,
    retryAfterSeconds(response.headers.get('Retry-After')),
  );
}

/**
 * Exchanges the refresh cookie for a new session. Concurrent callers share one request: the
 * server rotates the refresh token, so a second request with the old cookie would be refused.
 */
export function refreshSession(): Promise<Session | null> {
  refreshing ??= fetch('/api/auth/refresh', {
    method: 'POST',
    credentials: 'include',
    headers: { Accept: 'application/json' },
  })
    .then(async (response) => {
      // 204: this browser holds no refresh cookie (it never signed in, or signed out).
      if (response.ok && response.status !== 204) return start((await response.json()) as SessionResponse);
      refreshRefused = true;
      return null;
    })
    .catch(() => null)
    .finally(() => {
      refreshing = null;
    });
  return refreshing;
}

export async function logout(): Promise<void> {
  const hadSession = session !== null;
  session = null;
  refreshRefused = true;
  // Without a session in memory there is no valid refresh cookie to revoke either.
  if (!hadSession) return;
  await fetch('/api/auth/logout', { method: 'POST', credentials: 'include' }).catch(() => undefined);
}

/** The session in memory, or the one a refresh under way is about to bring (never starts one). */
export async function currentAccount(): Promise<AccountResponse | undefined> {
  if (!session && refreshing) await refreshing;
  return session?.account;
}

/** Restores the session from the refresh cookie when memory holds none (after a reload). */
export async function ensureSession(): Promise<AccountResponse | undefined> {
  if (session) return session.account;
  if (refreshRefused) return undefined;
  return (await refreshSession())?.account;
}

/** After the account page saved a change to the signed-in account. */
export function rememberAccount(account: AccountResponse): void {
  if (session) session = { ...session, account };
}

/**
 * The token to send. A token about to expire is renewed first; when that fails the old one
 * goes anyway and the 401 it earns makes react-admin sign the user out (authProvider.checkError).
 */
export async function getAccessToken(): Promise<string | undefined> {
  if (refreshing) await refreshing;
  if (session && !refreshRefused && session.expiresAt - EXPIRY_MARGIN_MS < Date.now()) await refreshSession();
  return session?.accessToken;
}

/**
 * After a 401 to a request sent with `used`: a newer token when there is one (another request
 * already refreshed), else one refresh; undefined when the session cannot be renewed.
 */
export async function renewAccessToken(used: string | undefined): Promise<string | undefined> {
  if (refreshing) await refreshing;
  if (session && session.accessToken !== used) return session.accessToken;
  if (refreshRefused) return undefined;
  return (await refreshSession())?.accessToken;
}

/** `fetch` with the access token; a 401 gets one renewal and one retry. */
export async function authFetch(url: string, init: RequestInit = {}): Promise<Response> {
  const send = (token: string | undefined) => {
    const headers = new Headers(init.headers);
    if (token) headers.set('Authorization', `Bearer ${token}`);
    return fetch(url, { ...init, headers });
  };
  const token = await getAccessToken();
  const response = await send(token);
  if (response.status !== 401) return response;
  const renewed = await renewAccessToken(token);
  return renewed ? send(renewed) : response;
}
