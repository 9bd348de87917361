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
