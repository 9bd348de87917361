import { readFileSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { mayTouchCase, ROLES, scopeOf } from '../../libs/contracts/src';
import type { Permission, Role } from '../../libs/contracts/src';
import { createAccountsForEveryRole } from '../support/accounts';
import type { TestAccount } from '../support/accounts';
import { ApiProcess, startApiProcess } from '../support/api-process';
import { signIn, useBrowser } from '../support/browser';
import { resetDatabase } from '../support/database';
import { briefCase, STATUTES } from '../support/records';

/**
 * The menu between "Dashboard" and "System status", in its order: search, analytics and alerts, then the
 * resources; the permission each entry needs and its English label.
 */
const MENU: { permission: Permission; label: string }[] = [
  { permission: 'cases.read', label: 'Search' },
  { permission: 'cases.read', label: 'Analytics' },
  { permission: 'savedSearches.read', label: 'Alerts' },
  { permission: 'cases.read', label: 'Cases' },
  { permission: 'statutes.read', label: 'Statutes' },
  { permission: 'groups.read', label: 'Working groups' },
  { permission: 'users.read', label: 'Users' },
  { permission: 'audit.read', label: 'Audit trail' },
];

const holds = (role: Role, permission: Permission) => scopeOf(role, permission) !== undefined;

const PUBLISHED = briefCase({ reference: 'KZ-2024-ALM-0201', relatedCases: [] });
const DRAFT = briefCase({ reference: 'KZ-2024-ALM-0202', status: 'draft', relatedCases: [] });

/** Opens a route of the single-page app without reloading it (the session stays in memory). */
async function open(page: Page, route: string): Promise<void> {
  await page.evaluate((hash) => {
    window.location.hash = hash;
  }, route);
}

/**
 * Settled: the page's content is shown (the caller waited for it) and no request or canAccess
 * check is pending (the layout's aria-busy), so a button react-admin left out stays out.
 */
async function settled(page: Page): Promise<void> {
  await page.locator('[data-region="content"][aria-busy="false"]').waitFor();
}

async function expectVisible(locator: Locator, visible: boolean): Promise<void> {
  if (visible) {
    await locator.first().waitFor();
  } else {
    await settled(locator.page());
    expect(await locator.count()).toBe(0);
  }
}

/** The menu once every canAccess answer has arrived (entries appear as theirs do). */
async function menuLabels(page: Page): Promise<string[]> {
  await page.getByRole('menuitem', { name: 'System status' }).waitFor();
  await settled(page);
  const items = page.locator('.RaMenu-open, .RaMenu-closed').getByRole('menuitem');
  return (await items.allInnerTexts()).map((label) => label.trim());
}

describe('what each role sees', () => {
  const browser = useBrowser();
  let api: ApiProcess;
  let accounts: Record<Role, TestAccount>;
  let publishedId: string;

  beforeAll(async () => {
    await resetDatabase();
    api = await startApiProcess();
    accounts = await createAccountsForEveryRole();
    for (const statute of STATUTES) await api.create('statutes', statute);
    // Only a role holding cases.publish may create a published case.
    const publisher = ROLES.find((role) => holds(role, 'cases.publish') && holds(role, 'cases.create'))!;
    publishedId = (await api.create<{ id: string }>('cases', PUBLISHED, publisher)).id;
    await api.create('cases', DRAFT, publisher);
  }, 90_000);
  afterAll(async () => {
    await api?.stop();
  });

  it.each(ROLES)('%s: menu, case, statute and account actions follow the permission table', async (role) => {
    const page = browser.page();
    await signIn(page, api.url, accounts[role]);

    const expectedMenu = [
      'Dashboard',
      ...MENU.filter(({ permission }) => holds(role, permission)).map(({ label }) => label),
      'System status',
    ];
    expect(await menuLabels(page)).toEqual(expectedMenu);

    // Cases list: the row rule of cases.read, and Create only with cases.create.
    await open(page, '#/cases');
    await page.getByRole('row', { name: new RegExp(PUBLISHED.reference) }).waitFor();
    const readsDrafts = mayTouchCase(role, 'cases.read', 'draft');
    await settled(page);
    expect(await page.getByRole('row', { name: new RegExp(DRAFT.reference) }).count()).toBe(readsDrafts ? 1 : 0);
    await expectVisible(page.getByRole('link', { name: 'Create' }), holds(role, 'cases.create'));

    // A published case: Edit only for a role whose cases.update reaches published cases.
    await open(page, `#/cases/${publishedId}/show`);
    await page.getByRole('heading', { level: 1, name: PUBLISHED.title }).waitFor();
    await expectVisible(page.getByRole('link', { name: 'Edit' }), mayTouchCase(role, 'cases.update', 'published'));

    // Statutes: the catalogue is for everyone, changing it for statutes.write only.
    await open(page, '#/statutes');
    await page.getByRole('row', { name: /KZ-CC-128-3/ }).waitFor();
    await expectVisible(page.getByRole('link', { name: 'Create' }), holds(role, 'statutes.write'));
    await open(page, '#/statutes/KZ-CC-128-3/show');
    await page.getByText('Trafficking in persons (aggravated)').first().waitFor();
    await expectVisible(page.getByRole('link', { name: 'Edit' }), holds(role, 'statutes.write'));

    // A screen the role may not list sends it to "access denied", even by its address.
    if (!holds(role, 'audit.read')) {
      await open(page, '#/audit');
      await page.waitForURL(/#\/access-denied$/);
    }
  });

  it('gives the administrator the audit trail, its details and the CSV export', async () => {
    const page = browser.page();
    await signIn(page, api.url, accounts.admin);
    await page.getByRole('menuitem', { name: 'Audit trail' }).click();
    await page.waitForURL(/#\/audit/);

    // Signing in is audited: the administrator's own login is a row.
    const login = page.getByRole('row', { name: new RegExp(`auth\\.login`) }).first();
    await login.waitFor();
    expect(await page.locator('tbody tr').count()).toBeGreaterThan(0);

    const exportButton = page.getByRole('button', { name: 'Export CSV' });
    await exportButton.waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), exportButton.click()]);
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
    const csv = readFileSync(await download.path(), 'utf8');
    expect(csv.trim().split(/\r?\n/).length).toBeGreaterThan(1);
    expect(csv).toContain('auth.login');
    expect(csv.startsWith('\uFEFF')).toBe(true);

    await login.click();
    await page.waitForURL(/#\/audit\/[^/]+\/show$/);
    await page.getByText('auth.login').first().waitFor();
    // Read-only: no edit or delete anywhere on the event.
    expect(await page.getByRole('link', { name: 'Edit' }).count()).toBe(0);
  });

  it('exports the cases list in the reader’s language: named columns, names not codes, marked as UTF-8', async () => {
    const page = browser.page();
    await signIn(page, api.url, accounts.viewer);
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('menuitem', { name: 'Русский' }).click();
    await open(page, '#/cases');
    await page.getByText(PUBLISHED.reference).first().waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      // The list's own button; the bulk-action bar holds a hidden one too.
      page.getByRole('button', { name: 'Экспорт' }).filter({ visible: true }).first().click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^cases-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = readFileSync(await download.path(), 'utf8');
    expect(csv.startsWith('\uFEFFНомер,Название,')).toBe(true);
    const row = csv.split('\r\n').find((line) => line.startsWith(PUBLISHED.reference))!;
    expect(row).toContain(',Опубликовано,');
    expect(row).toContain(',Казахстан,');
    expect(row).not.toContain(',KZ,');
  });
});
