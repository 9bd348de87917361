import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Browser, chromium, Page } from 'playwright-core';

export const SCREENSHOT_DIRECTORY = join(__dirname, '..', '..', 'test-results', 'screenshots');

/** Debian's Chromium, headless; the background-networking flags keep it off the closed network. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
}

/** Saves `test-results/screenshots/<test name>.png`; called after every browser test. */
export async function saveScreenshot(page: Page, testName: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIRECTORY, { recursive: true });
  const file = join(SCREENSHOT_DIRECTORY, `${testName.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '')}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/**
 * One browser for the suite, a fresh context (no stored locale, no cookies) per test, and a
 * screenshot after each test whether it passed or failed.
 */
export function useBrowser(): { page: () => Page } {
  let browser: Browser;
  let page: Page | undefined;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  beforeEach(async () => {
    const context = await browser.newContext({ locale: 'en-GB', viewport: { width: 1280, height: 800 } });
    page = await context.newPage();
    page.setDefaultTimeout(15_000);
  });
  afterEach(async () => {
    if (!page) return;
    await saveScreenshot(page, expect.getState().currentTestName ?? 'unnamed');
    await page.context().close();
    page = undefined;
  });
  afterAll(async () => {
    await browser?.close();
  });

  return {
    page: () => {
      if (!page) throw new Error('no page: call page() inside a test');
      return page;
    },
  };
}

export interface Credentials {
  username: string;
  password: string;
}

/**
 * Opens the workbench, signs in through react-admin's login form and waits for the dashboard.
 * The session then lives in the page's memory plus the refresh cookie of its context.
 */
export async function signIn(page: Page, baseUrl: string, account: Credentials): Promise<void> {
  await page.goto(baseUrl);
  await page.waitForURL(/#\/login$/);
  // A fresh page parses and starts the whole admin bundle first: on a loaded 2-core machine
  // that alone has taken over 15 s, so the form gets longer than other steps.
  await page.locator('input[name="username"]').waitFor({ timeout: 40_000 });
  await page.locator('input[name="username"]').fill(account.username);
  await page.locator('input[name="password"]').fill(account.password);
  await page.locator('button[type="submit"]').click();
  await page.waitForURL(/#\/$/);
  await page.getByRole('heading', { level: 1, name: 'CaseAtlas' }).waitFor();
}

/** The app bar's user menu: "<name>, Profile" ("Profile" is react-admin's ra.auth.user_menu). */
export function userMenuButton(page: Page) {
  return page.getByRole('button', { name: /^(.+, )?Profile$/ });
}

/** Signs out through the user menu and waits for the login page. */
export async function signOut(page: Page): Promise<void> {
  await userMenuButton(page).click();
  await page.getByRole('menuitem', { name: 'Logout' }).click();
  await page.waitForURL(/#\/login$/);
}
