/// <reference lib="dom" />
// page.evaluate() callbacks run in the browser.
import type { Page } from 'playwright-core';
import { createAccount } from '../support/accounts';
import type { TestAccount } from '../support/accounts';
import { ApiProcess, startApiProcess } from '../support/api-process';
import { signIn, useBrowser } from '../support/browser';
import { resetDatabase } from '../support/database';
import { briefCase, STATUTES } from '../support/records';

const FACTS =
  'Synthetic test case. D1 recruited the victims through online job advertisements and arranged their travel via Bishkek. ' +
  'In Dubai their passports were taken and they were told they owed the cost of the journey. ' +
  'The court heard the victims through a psychologist.';
const PASSAGE = 'their passports were taken';
const GROUP = 'Law-enforcement coordination';

/**
 * Annotating a case in a working group: A annotates a passage of the facts for the group; B (in
 * the group) sees it highlighted and in the panel; C (not in it) sees neither. When a reviewer
 * edits the facts the highlight follows the passage, and once the passage is gone the
 * annotation is listed apart as orphaned.
 */
describe('annotations', () => {
  const browser = useBrowser();
  let api: ApiProcess;
  let a: TestAccount;
  let b: TestAccount;
  let c: TestAccount;
  let caseId: string;
  let caseVersion: number;

  /** A PUT of the facts as the reviewer who created the case (a partial body is accepted). */
  const editFacts = async (facts: string) => {
    const response = await fetch(`${api.url}/api/cases/${caseId}`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${await api.tokenFor('reviewer')}` },
      body: JSON.stringify({ facts, version: caseVersion }),
    });
    expect(response.status).toBe(200);
    caseVersion = ((await response.json()) as { version: number }).version;
  };

  /** Signs in and opens the case, waiting until its annotations have been read. */
  const openCase = async (page: Page, account: TestAccount) => {
    await signIn(page, api.url, account);
    await page.goto(`${api.url}/#/cases/${caseId}/show`);
    await page.locator('[data-annotated-field="facts"]').waitFor({ timeout: 40_000 });
    await page.getByTestId('annotation-panel').waitFor();
    await page.locator('[data-region="content"][aria-busy="false"]').waitFor();
  };

  const facts = (page: Page) => page.locator('[data-annotated-field="facts"]');

  beforeAll(async () => {
    await resetDatabase();
    api = await startApiProcess();
    [a, b, c] = await Promise.all([
      createAccount('member', { displayName: 'Member A' }),
      createAccount('member', { displayName: 'Member B' }),
      createAccount('member', { displayName: 'Member C' }),
    ]);
    for (const statute of STATUTES) await api.create('statutes', statute);
    await api.create('groups', { name: GROUP, description: 'Synthetic test group', memberIds: [a.id, b.id] }, 'admin');
    const created = await api.create<{ id: string; version: number; facts: string }>(
      'cases',
      briefCase({ reference: 'KZ-2024-ALM-0301', facts: FACTS, relatedCases: [] }),
      'reviewer',
    );
    expect(created.facts).toBe(FACTS);
    caseId = created.id;
    caseVersion = created.version;
  }, 90_000);
  afterAll(async () => {
    await api?.stop();
  });

  it('A annotates a passage of the facts for the working group', async () => {
    const page = browser.page();
    await openCase(page, a);

    // Select the passage in the rendered facts, as a reader would with the mouse.
    await page.evaluate((words) => {
      const root = document.querySelector('[data-annotated-field="facts"]');
      if (!root) throw new Error('no facts');
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent?.indexOf(words) ?? -1;
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + words.length);
        window.getSelection()?.removeAllRanges();
        window.getSelection()?.addRange(range);
        return;
      }
      throw new Error(`no text node holds ${words}`);
    }, PASSAGE);
    await page.getByRole('button', { name: 'Annotate selection' }).click();

    const dialog = page.getByRole('dialog');
    await dialog.getByTestId('annotate-passage').getByText(PASSAGE).waitFor();
    await dialog
      .locator('textarea[name="comment"]')
      .fill('Passports taken: **document retention**. Call +7 701 234 56 78 for the file.');
    await dialog.getByLabel('Tags').fill('document_retention');
    await dialog.getByLabel('Tags').press('Enter');
    await dialog.getByLabel('A working group of mine').check();
    await dialog.getByRole('combobox', { name: 'Working group' }).click();
    await page.getByRole('option', { name: GROUP }).click();
    await dialog.getByRole('button', { name: 'Save' }).click();

    // The anonymizer took the phone number out of the comment, and says so.
    const replaced = dialog.getByTestId('annotation-replacements');
    await replaced.waitFor();
    expect(await replaced.innerText()).toContain('[PHONE-1]');
    await dialog.getByRole('button', { name: 'Close' }).click();

    const mark = facts(page).locator('mark');
    await mark.first().waitFor();
    expect(await mark.count()).toBe(1);
    expect(await mark.innerText()).toBe(PASSAGE);
    const thread = page.getByTestId('annotation-thread');
    await thread.getByText('#document_retention').waitFor();
    // Only the tag typed: the form does not start from the case's own tags.
    expect(await thread.getByText(/^#/).allInnerTexts()).toEqual(['#document_retention']);
    expect(await thread.getByTestId('annotation-comment').innerText()).toContain('[PHONE-1]');
    expect(await thread.innerText()).not.toContain('234 56 78');
    expect(await thread.innerText()).toContain(`Group: ${GROUP}`);
  });

  it('B, in the group, sees it highlighted and in the panel', async () => {
    const page = browser.page();
    await openCase(page, b);
    const mark = facts(page).locator('mark');
    await mark.first().waitFor();
    expect(await mark.count()).toBe(1);
    expect(await mark.innerText()).toBe(PASSAGE);

    // A click on the highlight selects its thread.
    await mark.click();
    const thread = page.getByTestId('annotation-thread');
    expect(await thread.count()).toBe(1);
    expect(await thread.getAttribute('aria-current')).toBe('true');
    expect(await thread.getByTestId('annotation-quote').innerText()).toBe(PASSAGE);
    await thread.getByText('Member A', { exact: false }).waitFor();
    // Not B's own: no edit or delete.
    expect(await thread.getByRole('button', { name: 'Delete' }).count()).toBe(0);
  });

  it('C, outside the group, sees neither highlight nor thread', async () => {
    const page = browser.page();
    await openCase(page, c);
    await page.getByText('No annotations to show').waitFor();
    expect(await facts(page).locator('mark').count()).toBe(0);
    expect(await page.getByTestId('annotation-thread').count()).toBe(0);
  });

  it('follows the passage when the facts are edited before it', async () => {
    await editFacts(`Preface added on appeal. ${FACTS}`);
    const page = browser.page();
    await openCase(page, a);
    const mark = facts(page).locator('mark');
    await mark.first().waitFor();
    expect(await mark.innerText()).toBe(PASSAGE);
    expect(await page.getByTestId('annotation-orphaned').count()).toBe(0);
  });

  it('lists the annotation as orphaned once its passage is gone', async () => {
    await editFacts(
      FACTS.replace('In Dubai their passports were taken and they were told they owed the cost of the journey. ', ''),
    );
    const page = browser.page();
    await openCase(page, a);
    const orphaned = page.getByTestId('annotation-orphaned');
    await orphaned.waitFor();
    await orphaned.getByText('Could not be found in the current text').waitFor();
    expect(await orphaned.getByTestId('annotation-quote').innerText()).toBe(`Old quote: «${PASSAGE}»`);
    expect(await facts(page).locator('mark').count()).toBe(0);
    expect(await page.getByTestId('annotation-threads').getByTestId('annotation-thread').count()).toBe(0);
  });
});
