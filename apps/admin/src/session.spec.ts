import type { SessionResponse } from '@caseatlas/contracts';

type Session = typeof import('./session');

const sessionBody = (accessToken: string, expiresIn = 900): SessionResponse => ({
  accessToken,
  expiresIn,
  account: {
    id: '9c1c2f3e-0000-4000-8000-000000000001',
    username: 'editor1',
    displayName: 'Editor One',
    role: 'editor',
    profession: null,
    permissions: [],
  },
});

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });

describe('session', () => {
  let session: Session;
  let fetchMock: jest.Mock;

  beforeEach(() => {
    jest.resetModules();
    fetchMock = jest.fn();
    global.fetch = fetchMock as unknown as typeof fetch;
    session = jest.requireActual('./session');
  });

  const calls = (path: string) => fetchMock.mock.calls.filter(([url]) => url === path);

  it('signs in and keeps the token in memory', async () => {
    fetchMock.mockResolvedValueOnce(json(200, sessionBody('t1')));
    const account = await session.login('editor1', 'correct horse battery');
    expect(account.role).toBe('editor');
    expect(await session.getAccessToken()).toBe('t1');
    const [, init] = calls('/api/auth/login')[0];
    expect(init).toMatchObject({ method: 'POST', credentials: 'include' });
    expect(JSON.parse(init.body)).toEqual({ username: 'editor1', password: 'correct horse battery' });
  });

  it('rejects a refused sign-in with the server’s message, and a throttled one with Retry-After', async () => {
    fetchMock.mockResolvedValueOnce(json(401, { statusCode: 401, message: 'Wrong username or password' }));
    await expect(session.login('x', 'y')).rejects.toMatchObject({ status: 401, message: 'Wrong username or password' });
    fetchMock.mockResolvedValueOnce(
      json(429, { statusCode: 429, message: 'Too Many Requests' }, { 'Retry-After': '42' }),
    );
    await expect(session.login('x', 'y')).rejects.toMatchObject({ status: 429, retryAfter: 42 });
  });

  it('shares one refresh between concurrent callers', async () => {
    let answer: (response: Response) => void = () => undefined;
    fetchMock.mockReturnValueOnce(new Promise<Response>((resolve) => (answer = resolve)));
    const both = Promise.all([session.ensureSession(), session.ensureSession(), session.currentAccount()]);
    answer(json(200, sessionBody('t2')));
    const [first, second, third] = await both;
    expect(calls('/api/auth/refresh')).toHaveLength(1);
    expect(first?.username).toBe('editor1');
    expect(second).toEqual(first);
    expect(third).toEqual(first);
  });

  it('has no session when the refresh cookie is refused, and does not ask twice', async () => {
    fetchMock.mockResolvedValueOnce(json(401, { statusCode: 401, message: 'Unauthorized' }));
    expect(await session.ensureSession()).toBeUndefined();
    expect(await session.ensureSession()).toBeUndefined();
    expect(await session.getAccessToken()).toBeUndefined();
    expect(calls('/api/auth/refresh')).toHaveLength(1);
  });

  it('renews an expired token before sending it', async () => {
    fetchMock.mockResolvedValueOnce(json(200, sessionBody('old', 0)));
    await session.login('editor1', 'pw');
    fetchMock.mockResolvedValueOnce(json(200, sessionBody('new')));
    expect(await session.getAccessToken()).toBe('new');
    expect(calls('/api/auth/refresh')).toHaveLength(1);
  });

  it('retries a 401 once with a renewed token', async () => {
    fetchMock.mockResolvedValueOnce(json(200, sessionBody('t1')));
    await session.login('editor1', 'pw');
    fetchMock
      .mockResolvedValueOnce(json(401, { statusCode: 401 }))
      .mockResolvedValueOnce(json(200, sessionBody('t2')))
      .mockResolvedValueOnce(new Response('a,b\n', { status: 200 }));
    const response = await session.authFetch('/api/audit/export');
    expect(response.status).toBe(200);
    const sent = calls('/api/audit/export').map(([, init]) => new Headers(init.headers).get('Authorization'));
    expect(sent).toEqual(['Bearer t1', 'Bearer t2']);
  });

  it('gives up after one refused renewal, keeping the stale session until sign-out', async () => {
    fetchMock.mockResolvedValueOnce(json(200, sessionBody('t1')));
    await session.login('editor1', 'pw');
    fetchMock
      .mockResolvedValueOnce(json(401, { statusCode: 401 }))
      .mockResolvedValueOnce(json(401, { statusCode: 401 }))
      .mockResolvedValueOnce(json(401, { statusCode: 401 }));
    expect((await session.authFetch('/api/cases')).status).toBe(401);
    expect((await session.authFetch('/api/cases')).status).toBe(401);
    expect(calls('/api/auth/refresh')).toHaveLength(1);
    // react-admin asks checkAuth before it notifies "session expired" and signs out.
    expect(await session.ensureSession()).toBeDefined();

    fetchMock.mockResolvedValueOnce(new Response(null, { status: 204 }));
    await session.logout();
    expect(calls('/api/auth/logout')).toHaveLength(1);
    expect(await session.currentAccount()).toBeUndefined();
    // The login page checks again: the cookie is gone, so no request.
    expect(await session.ensureSession()).toBeUndefined();
    expect(calls('/api/auth/refresh')).toHaveLength(1);
  });

  it('does not call the server to sign out when nobody is signed in', async () => {
    await session.logout();
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('reads Retry-After as seconds or as a date', () => {
    expect(session.retryAfterSeconds('30')).toBe(30);
    expect(session.retryAfterSeconds(new Date(61_000).toUTCString(), 1_000)).toBe(60);
    expect(session.retryAfterSeconds(null)).toBeUndefined();
  });
});
