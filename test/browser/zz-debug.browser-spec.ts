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
  it.each([1, 2, 3, 4])('users %s', async () => {
    const page = browser.page();
    const log: string[] = [];
    page.on('response', async (r) => {
      if (r.url().includes('/api/')) log.push(`${Date.now() % 100000} ${r.request().method()} ${r.url()} ${r.status()} auth=${(await r.request().allHeaders())['authorization']?.slice(-12)}`);
    });
    page.on('console', (m) => log.push(`console ${m.type()}: ${m.text()}`));
    await signIn(page, api.url, await createAccount('admin'));
    await page.getByRole('menuitem', { name: 'Users' }).click();
    await page.waitForTimeout(2500);
    log.push(page.url());
    console.log(log.join('\n'));
  });
});
