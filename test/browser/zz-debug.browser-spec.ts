import { createAccount } from '../support/accounts';
import { ApiProcess, startApiProcess } from '../support/api-process';
import { signIn, useBrowser } from '../support/browser';

describe('debug', () => {
  const browser = useBrowser();
  let api: ApiProcess;
  beforeAll(async () => {
    api = await startApiProcess();
  }, 90_000);
  afterAll(async () => {
    await api?.stop();
  });
  it('user create', async () => {
    const page = browser.page();
    const errors: string[] = [];
    page.on('console', (m) => errors.push(`${m.type()}: ${m.text()}`));
    page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}\n${e.stack}`));
    await signIn(page, api.url, await createAccount('admin'));
    await page.goto(`${api.url}/#/users/create`);
    await page.waitForTimeout(2000);
    console.log(errors.join('\n'));
  });
});
