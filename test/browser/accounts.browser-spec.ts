import { randomBytes } from 'node:crypto';
import { PASSWORD_MIN_LENGTH } from '../../libs/contracts/src';
import { createAccount } from '../support/accounts';
import type { TestAccount } from '../support/accounts';
import { ApiProcess, startApiProcess } from '../support/api-process';
import { signIn, signOut, useBrowser, userMenuButton } from '../support/browser';
import { resetDatabase } from '../support/database';

// Accounts outlive resetDatabase(): a fresh username per run.
const NEW_USER = {
  username: `d.analyst-${randomBytes(3).toString('hex')}`,
  displayName: 'Dana Analyst',
  password: 'a long first passphrase',
};
const NEW_PASSWORD = 'an even longer second passphrase';

describe('accounts: an administrator creates one, its owner maintains it', () => {
  const browser = useBrowser();
  let api: ApiProcess;
  let admin: TestAccount;

  beforeAll(async () => {
    await resetDatabase();
    api = await startApiProcess();
    admin = await createAccount('admin');
  }, 90_000);
  afterAll(async () => {
    await api?.stop();
  });

  it('the administrator creates a member through the Users screens', async () => {
    const page = browser.page();
    await signIn(page, api.url, admin);
    await page.getByRole('menuitem', { name: 'Users' }).click();
    await page.getByRole('link', { name: 'Create' }).click();

    await page.locator('input[name="username"]').fill(NEW_USER.username);
    await page.locator('input[name="displayName"]').fill(NEW_USER.displayName);
    await page.getByRole('combobox', { name: 'Profession' }).click();
    await page.getByRole('option', { name: 'Analyst' }).click();
    // Too short: refused in the browser, with the contracts' minimum in the message.
    await page.locator('input[name="password"]').fill('short');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.locator('.ra-input-password').getByText(`Must be ${PASSWORD_MIN_LENGTH} characters at least`).waitFor();

    await page.locator('input[name="password"]').fill(NEW_USER.password);
    await page.getByRole('button', { name: 'Save' }).click();
    await page.waitForURL(/#\/users\/[^/]+\/show$/);
    await page.getByText(NEW_USER.displayName).first().waitFor();
    await page.getByText('Member', { exact: true }).first().waitFor();

    await page.getByRole('menuitem', { name: 'Users' }).click();
    await page.getByPlaceholder('Search').fill(NEW_USER.username);
    const row = page.getByRole('row', { name: new RegExp(NEW_USER.username.replace('.', '\\.')) });
    await row.waitFor();
    expect(await row.textContent()).toContain('Analyst');

    // Edit: a new profession; there is no delete (accounts are deactivated instead).
    await row.click();
    await page.waitForURL(/#\/users\/[^/]+\/show$/);
    await page.getByRole('link', { name: 'Edit' }).click();
    await page.locator('input[name="active"]').waitFor();
    expect(await page.getByRole('button', { name: 'Delete' }).count()).toBe(0);
    await page.getByRole('combobox', { name: 'Profession' }).click();
    await page.getByRole('option', { name: 'Lawyer' }).click();
    await page.getByRole('button', { name: 'Save' }).click();
    await page.waitForURL(/#\/users\/[^/]+\/show$/);
    await page.getByText('Lawyer', { exact: true }).waitFor();
  });

  it('the member renames themselves and changes their password on the account page', async () => {
    const page = browser.page();
    await signIn(page, api.url, NEW_USER);
    await userMenuButton(page).click();
    await page.getByRole('menuitem', { name: 'My account' }).click();
    await page.waitForURL(/#\/account$/);
    await expect(page.getByTestId('account-username').textContent()).resolves.toBe(NEW_USER.username);
    await expect(page.getByTestId('account-role').textContent()).resolves.toBe('Member');
    await expect(page.getByTestId('account-profession').textContent()).resolves.toBe('Lawyer');

    await page.locator('input[name="displayName"]').fill('Dana A.');
    await page.getByRole('button', { name: 'Save profile' }).click();
    await page.getByText('Profile saved').waitFor();
    // The app bar shows the new name.
    await userMenuButton(page).getByText('Dana A.').waitFor();

    // A wrong current password: the API's message shows next to that input.
    await page.locator('input[name="currentPassword"]').fill('not my password at all');
    await page.locator('input[name="newPassword"]').fill(NEW_PASSWORD);
    await page.locator('input[name="confirmPassword"]').fill(NEW_PASSWORD);
    await page.getByRole('button', { name: 'Change password' }).click();
    await page
      .locator('.ra-input-currentPassword')
      .getByText(/current password/)
      .waitFor();

    await page.locator('input[name="currentPassword"]').fill(NEW_USER.password);
    await page.getByRole('button', { name: 'Change password' }).click();
    await page.getByText('Password changed').waitFor();

    await signOut(page);
    await signIn(page, api.url, { username: NEW_USER.username, password: NEW_PASSWORD });
  });
});
