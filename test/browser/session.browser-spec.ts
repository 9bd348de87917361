import { createAccount } from '../support/accounts';
import type { TestAccount } from '../support/accounts';
import { ApiProcess, startApiProcess } from '../support/api-process';
import { signIn, signOut, useBrowser, userMenuButton } from '../support/browser';
import { resetDatabase } from '../support/database';
import { STATUTES } from '../support/records';

const UNAUTHORIZED = {
  status: 401,
  contentType: 'application/json',
  body: '{"statusCode":401,"message":"Unauthorized"}',
};

describe('the session', () => {
  const browser = useBrowser();
  let api: ApiProcess;
  let member: TestAccount;

  beforeAll(async () => {
    await resetDatabase();
    api = await startApiProcess();
    member = await createAccount('member', { displayName: 'Aigerim Member' });
    for (const statute of STATUTES) await api.create('statutes', statute);
  }, 90_000);
  afterAll(async () => {
    await api?.stop();
  });

  it('refuses a wrong password, in the interface’s language', async () => {
    const page = browser.page();
    await page.goto(api.url);
    await page.waitForURL(/#\/login$/);
    // The first page parses the whole bundle: on a loaded machine that takes longer than a step.
    await page.locator('input[name="username"]').waitFor({ timeout: 40_000 });
    await page.locator('input[name="username"]').fill(member.username);
    await page.locator('input[name="password"]').fill('not the password at all');
    await page.locator('button[type="submit"]').click();
    await page.getByText('Wrong username or password').waitFor();
    expect(page.url()).toMatch(/#\/login$/);
  });

  it('lets the reader choose the language on the sign-in page', async () => {
    const page = browser.page();
    await page.goto(api.url);
    await page.locator('input[name="username"]').waitFor({ timeout: 40_000 });
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('menuitem', { name: 'Русский' }).click();
    await page.getByRole('button', { name: 'Войти' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('ru');
    await page.evaluate(() => localStorage.removeItem('RaStore.locale'));
  });

  it('refuses a wrong password in Russian when the interface is Russian, and declares the page Russian', async () => {
    const page = browser.page();
    // react-admin's store keeps the chosen language; set before the app reads it.
    await page.addInitScript(() => localStorage.setItem('RaStore.locale', JSON.stringify('ru')));
    await page.goto(api.url);
    await page.locator('input[name="username"]').waitFor({ timeout: 40_000 });
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('ru');
    await page.locator('input[name="username"]').fill(member.username);
    await page.locator('input[name="password"]').fill('not the password at all');
    await page.locator('button[type="submit"]').click();
    await page.getByText('Неверное имя пользователя или пароль').waitFor();
    expect(await page.getByText('Wrong username or password').count()).toBe(0);
    await page.evaluate(() => localStorage.removeItem('RaStore.locale'));
  });

  it('survives a reload (refresh cookie), ends with sign-out, and a reload then stays signed out', async () => {
    const page = browser.page();
    await signIn(page, api.url, member);
    await userMenuButton(page).getByText('Aigerim Member').waitFor();

    // The access token lived in memory only: the reload gets a new one from the cookie.
    const refreshed = page.waitForResponse((response) => response.url().endsWith('/api/auth/refresh'));
    await page.reload();
    expect((await refreshed).status()).toBe(200);
    await page.getByRole('heading', { level: 1, name: 'CaseAtlas' }).waitFor();
    await page.getByRole('menuitem', { name: 'Statutes' }).click();
    await page.getByRole('row', { name: /KZ-CC-128-3/ }).waitFor();

    await signOut(page);
    await page.locator('input[name="username"]').waitFor();

    await page.reload();
    await page.locator('input[name="username"]').waitFor();
    expect(page.url()).toMatch(/#\/login$/);
  });

  it('renews a refused access token silently and sends the request again', async () => {
    const page = browser.page();
    await signIn(page, api.url, member);
    // The API refuses the first list request as it would an expired token.
    let refused = false;
    await page.route(/\/api\/statutes\?/, (route) => {
      if (refused) return route.continue();
      refused = true;
      return route.fulfill(UNAUTHORIZED);
    });
    const refreshed = page.waitForResponse((response) => response.url().endsWith('/api/auth/refresh'));
    await page.getByRole('menuitem', { name: 'Statutes' }).click();
    expect((await refreshed).status()).toBe(200);
    await page.getByRole('row', { name: /KZ-CC-128-3/ }).waitFor();
    expect(refused).toBe(true);
    expect(page.url()).toMatch(/#\/statutes$/);
  });

  it('sends the user to the login page with a notification when the session cannot be renewed', async () => {
    const page = browser.page();
    await signIn(page, api.url, member);
    // No refresh cookie any more (as after its expiry), and the access token is refused.
    await page.context().clearCookies();
    await page.route(/\/api\/statutes\?/, (route) => route.fulfill(UNAUTHORIZED));
    await page.getByRole('menuitem', { name: 'Statutes' }).click();
    await page.getByText('Your session has expired: sign in again.').waitFor();
    await page.waitForURL(/#\/login$/);
  });
});
