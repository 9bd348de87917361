import { createAccount } from '../support/accounts';
import type { TestAccount } from '../support/accounts';
import { ApiProcess, startApiProcess } from '../support/api-process';
import { signIn, useBrowser } from '../support/browser';

describe('workbench smoke test', () => {
  const browser = useBrowser();
  let api: ApiProcess;
  let viewer: TestAccount;

  beforeAll(async () => {
    api = await startApiProcess();
    viewer = await createAccount('viewer');
  }, 90_000);
  afterAll(async () => {
    await api?.stop();
  });

  it('serves the admin UI, switches to Russian and shows both services up', async () => {
    const page = browser.page();
    await signIn(page, api.url, viewer);
    await page.getByText('A shared, searchable store of anonymized case studies').waitFor();

    // react-admin's locale menu, fed by our i18nProvider.
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('menuitem', { name: 'Русский' }).click();
    await page.getByText('Общая база обезличенных материалов').waitFor();

    await page.getByRole('menuitem', { name: 'Состояние системы' }).click();
    await page.getByText('Все службы работают').waitFor();
    for (const dependency of ['postgresql', 'elasticsearch']) {
      await expect(page.getByTestId(`status-${dependency}`).textContent()).resolves.toContain('работает');
    }
    expect(page.url()).toBe(`${api.url}/#/status`);
  });
});
