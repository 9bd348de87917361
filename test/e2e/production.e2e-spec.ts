import { spawn } from 'node:child_process';
import { ENVIRONMENT_DEFAULTS } from '../../libs/config/src';
import { createAccount } from '../support/accounts';
import { ApiProcess, BUILT_API, startApiProcess } from '../support/api-process';
import { testEnvironment } from '../support/environment';
import { STACK_FRAME } from '../support/stack-frame';

const PRODUCTION_SECRET = 'a-production-secret-of-at-least-thirty-two-characters-0123456789';

/** The built API as production runs it: NODE_ENV=production. */
describe('the API in production mode', () => {
  it('refuses to start with the development default JWT_SECRET, naming it and not echoing it', async () => {
    const settings = testEnvironment({ PORT: '0' });
    const environment = {
      ...process.env,
      ...Object.fromEntries(Object.entries(settings).map(([key, value]) => [key, String(value)])),
      NODE_ENV: 'production',
      JWT_SECRET: ENVIRONMENT_DEFAULTS.JWT_SECRET,
    };
    const child = spawn(process.execPath, [BUILT_API], { env: environment, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(code).not.toBe(0);
    expect(output).toMatch(/JWT_SECRET: production needs its own random secret/);
    expect(output).not.toContain(ENVIRONMENT_DEFAULTS.JWT_SECRET);
  });

  describe('with its own secret', () => {
    let api: ApiProcess;

    beforeAll(async () => {
      api = await startApiProcess({ NODE_ENV: 'production', JWT_SECRET: PRODUCTION_SECRET });
    }, 90_000);
    afterAll(() => api?.stop());

    it('sets the refresh cookie Secure, httpOnly and SameSite=Strict', async () => {
      const account = await createAccount('viewer');
      const response = await fetch(`${api.url}/api/auth/login`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ username: account.username, password: account.password }),
      });
      expect(response.status).toBe(200);
      const cookie = response.headers.getSetCookie().find((line) => line.startsWith('caseatlas_refresh='))!;
      expect(cookie).toMatch(/; Secure/);
      expect(cookie).toMatch(/; HttpOnly/);
      expect(cookie).toMatch(/; SameSite=Strict/);
    });

    it('answers errors without stack traces or internals', async () => {
      const answers = [
        await fetch(`${api.url}/api/auth/login`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: '{"username": ',
        }),
        await fetch(`${api.url}/api/cases/not-a-case`),
        await fetch(`${api.url}/api/no-such-route`),
        await fetch(`${api.url}/api/search?q=%22open`, { headers: { Authorization: 'Bearer forged.token.value' } }),
        await fetch(`${api.url}/api/anonymize`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: '{}',
        }),
      ];
      for (const answer of answers) {
        const text = await answer.text();
        expect({ status: answer.status, text }).toEqual({
          status: expect.any(Number),
          text: expect.not.stringMatching(STACK_FRAME),
        });
        expect(answer.status).toBeLessThan(500);
        expect(JSON.parse(text)).toEqual(
          expect.objectContaining({
            statusCode: answer.status,
            error: expect.any(String),
            message: expect.any(String),
          }),
        );
        expect(text).not.toMatch(/node_modules|\/dist\/|TypeError|QueryFailedError|ECONNREFUSED/);
      }
      expect(api.output()).not.toMatch(STACK_FRAME);
    });
  });
});
