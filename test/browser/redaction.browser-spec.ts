/// <reference lib="dom" />
// page.evaluate() callbacks run in the browser.
import { createAccount } from '../support/accounts';
import type { TestAccount } from '../support/accounts';
import { ApiProcess, startApiProcess } from '../support/api-process';
import { signIn, useBrowser } from '../support/browser';
import { fillCaseOverview } from '../support/case-form';
import { resetDatabase } from '../support/database';
import { STATUTES } from '../support/records';

const FACTS = 'Потерпевшая Сидорова Анна Петровна звонила по +7 701 234 56 78 из кафе «Жулдыз».';

describe('reviewing redactions in the case form', () => {
  const browser = useBrowser();
  let api: ApiProcess;
  let editor: TestAccount;

  beforeAll(async () => {
    await resetDatabase();
    api = await startApiProcess();
    editor = await createAccount('editor');
    for (const statute of STATUTES) await api.create('statutes', statute);
  }, 90_000);
  afterAll(async () => {
    await api?.stop();
  });

  it('previews, redacts a selection by hand, applies and saves the redacted facts', async () => {
    const page = browser.page();
    await signIn(page, api.url, editor);
    await page.goto(`${api.url}/#/cases/create`);

    await fillCaseOverview(page, 'KZ-2024-ALM-0101');

    await page.getByRole('tab', { name: 'Summary & facts' }).click();
    await page.locator('textarea[name="facts"]').fill(FACTS);
    await page.getByRole('button', { name: 'Preview redactions' }).click();

    const facts = page.getByTestId('redaction-preview-facts');
    const highlights = facts.getByTestId('redaction');
    await highlights.first().waitFor();
    expect(await highlights.count()).toBeGreaterThanOrEqual(2);
    await facts.locator('mark[data-type="PERSON"]', { hasText: 'Сидорова' }).waitFor();
    await facts.locator('mark[data-type="PHONE"]').first().waitFor();
    expect(await facts.locator('mark[data-type="ADDRESS"]').count()).toBe(0);

    // Select «Жулдыз» in the preview, as an editor would with the mouse.
    await page.evaluate((word) => {
      const root = document.querySelector('[data-redaction-field="facts"]');
      if (!root) throw new Error('no facts preview');
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent?.indexOf(word) ?? -1;
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + word.length);
        const selection = window.getSelection();
        selection?.removeAllRanges();
        selection?.addRange(range);
        return;
      }
      throw new Error(`no text node holds ${word}`);
    }, 'Жулдыз');
    await page.getByTestId('redaction-selection').getByText('Жулдыз').waitFor();

    await page.getByLabel('Type of the selection').selectOption('ADDRESS');
    await page.getByRole('button', { name: 'Redact selection' }).click();
    await facts.locator('mark[data-type="ADDRESS"]', { hasText: 'Жулдыз' }).waitFor();
    expect(await facts.locator('mark[data-type="ADDRESS"]').getAttribute('data-placeholder')).toBe('[ADDRESS-1]');

    await page.getByRole('button', { name: 'Apply redactions' }).click();
    const redacted = await page.locator('textarea[name="facts"]').inputValue();
    expect(redacted).toContain('[PERSON-1]');
    expect(redacted).toContain('[PHONE-1]');
    expect(redacted).toContain('[ADDRESS-1]');
    expect(redacted).not.toContain('Сидорова');

    await page.getByRole('button', { name: 'Save' }).click();
    await page.waitForURL(/#\/cases\/[0-9a-f-]{36}\/show$/);
    await page
      .getByText(/\[ADDRESS-1\]/)
      .first()
      .waitFor();
    expect(await page.getByText('Сидорова').count()).toBe(0);
  });
});
