import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { createAccount, signInThroughApi } from '../support/accounts';
import type { TestAccount } from '../support/accounts';
import { ApiProcess, startApiProcess } from '../support/api-process';
import { launchBrowser, SCREENSHOT_DIRECTORY, signIn } from '../support/browser';
import { runCli } from '../support/cli';
import { resetDatabase } from '../support/database';
import { layoutProblems, seriousAccessibilityViolations } from '../support/layout-checks';
import { deleteTestIndices, waitForSearchIndex } from '../support/search';

/**
 * Every page of the workbench, at a desk's and a phone's size, in English and Russian: a
 * screenshot of each (test-results/screenshots/look-…), and no sideways scrolling, no text over
 * text, no cut title, no serious accessibility violation and no console error.
 */
const SIZES = [
  { name: 'desktop', width: 1440, height: 900 },
  { name: 'phone', width: 390, height: 844 },
] as const;
const LANGUAGES = [
  { name: 'en', locale: 'en-GB' },
  { name: 'ru', locale: 'ru-RU' },
] as const;
/** Enough synthetic cases for every chart and facet to hold something. */
const DEMO_CASES = '120';

interface Seeded {
  caseId: string;
  caseReference: string;
  statuteId: string;
  groupId: string;
}

/** Rows of a list, on a desk (datagrid) or a phone (simple list). */
const LIST_ROWS = '.RaDatagrid-row, .MuiListItemButton-root[href]';

/**
 * The pages, as a reader reaches them by their address, each with what it shows once its own
 * data has come: a hash change leaves the previous page up until the next one renders, so no two
 * pages in a row share that mark.
 */
const PAGES: { name: string; hash: (seeded: Seeded) => string; ready: string; as?: 'admin' }[] = [
  { name: 'dashboard', hash: () => '/', ready: '[data-testid="dashboard-figures"]' },
  { name: 'search', hash: () => '/search?q=debt%20bondage', ready: '[data-testid="search-hit"]' },
  { name: 'case-list', hash: () => '/cases', ready: LIST_ROWS },
  { name: 'case', hash: (seeded) => `/cases/${seeded.caseId}/show`, ready: '[data-testid="annotation-thread"]' },
  {
    name: 'case-edit',
    hash: (seeded) => `/cases/${seeded.caseId}`,
    ready: 'form input[name="reference"]:not([value=""])',
  },
  { name: 'case-create', hash: () => '/cases/create', ready: 'form input[name="reference"][value=""]' },
  { name: 'statute-list', hash: () => '/statutes', ready: LIST_ROWS },
  {
    name: 'statute',
    hash: (seeded) => `/statutes/${encodeURIComponent(seeded.statuteId)}/show`,
    ready: '.RaRecordField-value .MuiTypography-h6',
  },
  { name: 'group-list', hash: () => '/groups', ready: LIST_ROWS },
  { name: 'group', hash: (seeded) => `/groups/${seeded.groupId}/show`, ready: '[data-testid="group-members"]' },
  { name: 'analytics', hash: () => '/analytics', ready: '[data-testid="headline-figures"]' },
  {
    name: 'compare',
    hash: () => '/analytics/compare?jurisdictions=KZ,UZ,KG,TJ,RU',
    ready: '[data-testid="compare-table"]',
  },
  { name: 'legislation', hash: () => '/analytics/legislation', ready: '[data-testid="legislation"] tr[data-statute]' },
  { name: 'alerts', hash: () => '/alerts', ready: '[data-testid="alerts"]' },
  { name: 'account', hash: () => '/account', ready: '[data-testid="account-username"]' },
  // Accounts and the audit trail are the administrator's; every other page the reviewer's, who
  // reads drafts and may edit.
  { name: 'users', hash: () => '/users', ready: LIST_ROWS, as: 'admin' },
  { name: 'status', hash: () => '/status', ready: '[data-testid="overall-status"]', as: 'admin' },
  { name: 'audit', hash: () => '/audit', ready: LIST_ROWS, as: 'admin' },
];

/**
 * Waits until the page shows `ready`, the layout has no request pending, no spinner shows and the
 * fonts have loaded.
 */
async function settled(page: Page, ready: string): Promise<void> {
  await page.locator(ready).first().waitFor();
  await page.locator('[data-region="content"][aria-busy="false"]').waitFor();
  await page.waitForFunction(
    () => document.fonts.status === 'loaded' && !document.querySelector('[role="progressbar"]'),
  );
}

async function seed(api: ApiProcess, reviewer: TestAccount, admin: TestAccount): Promise<Seeded> {
  const { accessToken } = await signInThroughApi(`${api.url}/api`, reviewer);
  const get = async <T>(path: string): Promise<T> => {
    const response = await fetch(`${api.url}/api/${path}`, { headers: { Authorization: `Bearer ${accessToken}` } });
    if (!response.ok) throw new Error(`GET /api/${path}: ${response.status}`);
    return (await response.json()) as T;
  };
  const [first, second] = await get<{ id: string; reference: string; facts: string }[]>('cases?range=[0,1]');
  const [statute] = await get<{ id: string }[]>('statutes?range=[0,0]');
  const group = await api.create<{ id: string }>(
    'groups',
    {
      name: 'Debt bondage casework',
      description: 'Cases of debt bondage on construction sites',
      memberIds: [reviewer.id, admin.id],
    },
    'admin',
  );
  // An annotation of the reviewer's, naming another case, so the case page shows a thread.
  const exact = first.facts.slice(0, 40);
  const annotation = await fetch(`${api.url}/api/annotations`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${accessToken}` },
    body: JSON.stringify({
      caseId: first.id,
      field: 'facts',
      start: 0,
      end: exact.length,
      exact,
      comment: `Compare with ${second.reference}: the same recruiter.`,
      tags: ['recruitment'],
      motivation: 'commenting',
      visibility: 'group',
      groupId: group.id,
    }),
  });
  if (annotation.status !== 201)
    throw new Error(`POST /api/annotations: ${annotation.status} ${await annotation.text()}`);
  // A refused sign-in, so the audit trail shows a denied row whatever ran before.
  const refused = await fetch(`${api.url}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username: reviewer.username, password: 'not the password' }),
  });
  if (refused.status !== 401) throw new Error(`POST /api/auth/login with a wrong password: ${refused.status}`);
  return { caseId: first.id, caseReference: first.reference, statuteId: statute.id, groupId: group.id };
}

describe('how every page looks', () => {
  let browser: Browser;
  let api: ApiProcess;
  let accounts: { reviewer: TestAccount; admin: TestAccount };
  let seeded: Seeded;

  beforeAll(async () => {
    await resetDatabase();
    await deleteTestIndices();
    await runCli('demo', '--count', DEMO_CASES);
    api = await startApiProcess({ SEARCH_RELAY_INTERVAL_MS: '100' });
    accounts = {
      reviewer: await createAccount('reviewer', { displayName: 'Case reviewer' }),
      admin: await createAccount('admin', { displayName: 'Forum administrator' }),
    };
    await waitForSearchIndex();
    seeded = await seed(api, accounts.reviewer, accounts.admin);
    browser = await launchBrowser();
    mkdirSync(SCREENSHOT_DIRECTORY, { recursive: true });
  }, 300_000);
  afterAll(async () => {
    await browser?.close();
    await api?.stop();
  });

  // Each language at both sizes side by side: a page is read in a desk's and a phone's context at
  // once, so the two renderers' axe runs and screenshots share the machine's two cores.
  describe.each(LANGUAGES)('in $name, at a desk’s and a phone’s size', (language) => {
    interface View {
      size: (typeof SIZES)[number];
      context: BrowserContext;
      page: Page;
      consoleErrors: string[];
      signedInAs?: keyof typeof accounts;
    }
    let views: View[] = [];
    /** Signs in afresh (no cookie, no stored session) when a page needs another account. */
    const signInAs = async (view: View, role: keyof typeof accounts) => {
      if (view.signedInAs === role) return;
      await view.context.clearCookies();
      // A page that has not opened the app yet (about:blank) has no storage of its own.
      if (view.page.url().startsWith(api.url)) await view.page.evaluate(() => window.localStorage.clear());
      await signIn(view.page, api.url, accounts[role]);
      view.signedInAs = role;
    };

    beforeAll(async () => {
      views = await Promise.all(
        SIZES.map(async (size) => {
          const context = await browser.newContext({
            locale: language.locale,
            viewport: { width: size.width, height: size.height },
            reducedMotion: 'reduce',
          });
          const page = await context.newPage();
          page.setDefaultTimeout(30_000);
          const view: View = { size, context, page, consoleErrors: [] };
          page.on('console', (message) => {
            if (message.type() === 'error') view.consoleErrors.push(`${message.text()} (${message.location().url})`);
          });
          page.on('pageerror', (error) => view.consoleErrors.push(`${page.url()}: ${error.message}`));
          return view;
        }),
      );
    }, 60_000);
    afterAll(async () => {
      await Promise.all(views.map((view) => view.context.close()));
    });

    /** What is wrong with the page as it stands, at one size, with its screenshot saved. */
    const check = async (view: View, name: string) => {
      await view.page.screenshot({
        path: join(SCREENSHOT_DIRECTORY, `look-${name}-${view.size.name}-${language.name}.png`),
        fullPage: true,
      });
      const problems = await layoutProblems(view.page);
      const accessibility = await seriousAccessibilityViolations(view.page);
      return { size: view.size.name, ...problems, accessibility, consoleErrors: [...view.consoleErrors] };
    };
    /**
     * Runs `read` in both views and waits for both, so one size's failure neither hides the other's
     * result nor leaves that view working on into the next page.
     */
    const bothSizes = async (read: (view: View) => Promise<object>) =>
      (await Promise.allSettled(views.map(read))).map((result, index) =>
        result.status === 'fulfilled' ? result.value : { size: views[index].size.name, failed: String(result.reason) },
      );
    const clean = () =>
      SIZES.map((size) => ({
        size: size.name,
        horizontalOverflow: [],
        overlappingText: [],
        cutText: [],
        accessibility: [],
        consoleErrors: [],
      }));

    it('login', async () => {
      const found = await bothSizes(async (view) => {
        await view.page.goto(`${api.url}/#/login`);
        await view.page.locator('input[name="username"]').waitFor({ timeout: 40_000 });
        try {
          return await check(view, 'login');
        } finally {
          // The other pages need the session whatever the login page's own result.
          await signInAs(view, 'reviewer');
        }
      });
      expect(found).toEqual(clean());
    });

    it.each(PAGES)('$name', async ({ name, hash, ready, as }) => {
      const found = await bothSizes(async (view) => {
        await signInAs(view, as ?? 'reviewer');
        view.consoleErrors.length = 0;
        await view.page.evaluate((address) => (window.location.hash = address), hash(seeded));
        await settled(view.page, ready);
        return check(view, name);
      });
      expect(found).toEqual(clean());
    });
  });
});
