import { createAccount } from '../support/accounts';
import type { TestAccount } from '../support/accounts';
import { ApiProcess, startApiProcess } from '../support/api-process';
import { signIn, useBrowser } from '../support/browser';
import { fillCaseOverview } from '../support/case-form';
import { resetDatabase } from '../support/database';
import { briefCase, STATUTES } from '../support/records';

describe('entering a case through the form', () => {
  const browser = useBrowser();
  let api: ApiProcess;
  let editor: TestAccount;

  beforeAll(async () => {
    await resetDatabase();
    api = await startApiProcess();
    editor = await createAccount('editor');
    for (const statute of STATUTES) await api.create('statutes', statute);
    // Takes the reference the editor will type first (published, so a reviewer seeds it).
    await api.create('cases', briefCase({ reference: 'KZ-2024-ALM-0001', relatedCases: [] }));
  }, 90_000);
  afterAll(async () => {
    await api?.stop();
  });

  it('shows the server’s validation message inline, saves once fixed, lists and opens the case', async () => {
    const page = browser.page();
    await signIn(page, api.url, editor);
    await page.goto(`${api.url}/#/cases/create`);

    await fillCaseOverview(page, 'KZ-2024-ALM-0001');
    await page.getByRole('button', { name: 'Save' }).click();

    // Only the server knows the reference is taken; its message lands next to the input.
    await page.locator('.ra-input-reference').getByText('another case already has this reference').waitFor();

    await page.locator('input[name="reference"]').fill('KZ-2024-SHY-0002');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.waitForURL(/#\/cases\/[0-9a-f-]{36}\/show$/);
    await page.getByText('Forced labour of migrants on farms near Shymkent').first().waitFor();

    await page.goto(`${api.url}/#/cases`);
    await page.getByPlaceholder('Search').fill('SHY-0002');
    const row = page.getByRole('row', { name: /KZ-2024-SHY-0002/ });
    await row.waitFor();
    await row.click();
    await page.waitForURL(/#\/cases\/[0-9a-f-]{36}\/show$/);
    await page.getByText('Shymkent city court').waitFor();
  });
});
