/// <reference lib="dom" />
// page.evaluate() callbacks run in the browser.
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { createAccount } from '../support/accounts';
import type { TestAccount } from '../support/accounts';
import { ApiProcess, startApiProcess } from '../support/api-process';
import { saveScreenshot, signIn, signOut, useBrowser } from '../support/browser';
import { resetDatabase } from '../support/database';
import { briefCase, STATUTES } from '../support/records';

const FACTS =
  'Synthetic test case. D1 recruited the victims through online job advertisements and arranged their travel via Bishkek. ' +
  'In Dubai their passports were taken and they were told they owed the cost of the journey. ' +
  'The court heard the victims through a psychologist.';
const PASSAGE = 'their passports were taken';
const GROUP = 'Law-enforcement coordination';
// Accounts outlive a run (the trail refers to them): names of this run's own, for the member picker.
const RUN = randomBytes(3).toString('hex');
const NAME = { a: `Member A ${RUN}`, b: `Member B ${RUN}`, c: `Member C ${RUN}` };

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
  let admin: TestAccount;
  let groupId: string;
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
    [a, b, c, admin] = await Promise.all([
      createAccount('member', { displayName: NAME.a }),
      createAccount('member', { displayName: NAME.b }),
      createAccount('member', { displayName: NAME.c }),
      createAccount('admin', { displayName: 'Forum administrator' }),
    ]);
    for (const statute of STATUTES) await api.create('statutes', statute);
    const group = await api.create<{ id: string }>(
      'groups',
      { name: GROUP, description: 'Synthetic test group', memberIds: [a.id, b.id] },
      'admin',
    );
    groupId = group.id;
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
    await saveScreenshot(page, 'annotations-annotate-dialog');
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

    // Her own: she edits the comment (the API checks the version read).
    await thread.getByRole('button', { name: 'Edit' }).click();
    await thread.locator('textarea[name="comment"]').first().fill('Passports taken: **document retention**. Checked.');
    await thread.getByRole('button', { name: 'Save' }).click();
    await thread.getByTestId('annotation-comment').getByText('Checked.', { exact: false }).waitFor();
    expect(await thread.getByText(/^#/).allInnerTexts()).toEqual(['#document_retention']);
  });

  it('links a case reference typed in a comment to that case, and leaves one no case carries as text', async () => {
    const page = browser.page();
    await openCase(page, a);
    const thread = page.getByTestId('annotation-thread');
    await thread.getByRole('button', { name: 'Edit' }).click();
    await thread
      .locator('textarea[name="comment"]')
      .first()
      .fill('Passports taken: **document retention**. Checked. Compare KZ-2024-ALM-0301 and KZ-2019-ZZZ-9999.');
    await thread.getByRole('button', { name: 'Save' }).click();
    const comment = thread.getByTestId('annotation-comment');
    const link = comment.getByTestId('case-reference-link');
    await link.getByText('KZ-2024-ALM-0301').waitFor();
    // The link leads to the case itself once its reference is looked up, not to a filtered list.
    await comment.locator(`a[data-testid="case-reference-link"][href="#/cases/${caseId}/show"]`).waitFor();
    await comment.getByTestId('case-reference-unknown').getByText('KZ-2019-ZZZ-9999').waitFor();
    expect(await comment.getByTestId('case-reference-link').count()).toBe(1);
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
    await thread.getByText(NAME.a, { exact: false }).waitFor();
    // Not B's own: no edit or delete.
    expect(await thread.getByRole('button', { name: 'Delete' }).count()).toBe(0);

    // B answers in the thread; the reply carries the root's audience.
    await thread.locator('textarea[name="comment"]').fill('Same pattern as in the *Almaty* cases.');
    await thread.getByRole('button', { name: 'Send reply' }).click();
    await thread.getByTestId('annotation').nth(1).getByText('Almaty').waitFor();
    expect(await thread.getByTestId('annotation').count()).toBe(2);
    expect(await thread.locator('textarea[name="comment"]').inputValue()).toBe('');

    // The case's annotations as B may see them, in both export formats.
    const download = async (button: string) => {
      const [file] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: button }).click(),
      ]);
      return { name: file.suggestedFilename(), text: readFileSync(await file.path(), 'utf8') };
    };
    const csv = await download('Export CSV');
    expect(csv.name).toMatch(/^annotations-KZ-2024-ALM-0301-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(csv.text).toContain(PASSAGE);
    expect(csv.text).toContain('Almaty');
    // Marked as UTF-8 for spreadsheets, which otherwise read Cyrillic as mojibake.
    expect(csv.text.startsWith('\uFEFF')).toBe(true);
    const jsonLd = await download('Export JSON-LD');
    expect(jsonLd.name).toMatch(/^annotations-KZ-2024-ALM-0301-\d{4}-\d{2}-\d{2}\.jsonld$/);
    expect(jsonLd.text).toContain('http://www.w3.org/ns/anno.jsonld');
    expect(jsonLd.text).toContain(PASSAGE);
  });

  it('B finds it on the working group’s page, with a link to the case', async () => {
    const page = browser.page();
    await signIn(page, api.url, b);
    await page.getByRole('menuitem', { name: 'Working groups' }).click();
    await page.getByRole('row', { name: new RegExp(GROUP) }).click();
    await page.waitForURL(new RegExp(`#/groups/${groupId}/show$`));
    const members = page.getByTestId('group-members');
    await members.getByText(NAME.a).waitFor();
    expect((await members.innerText()).split(/\s*\n\s*/).sort()).toEqual([NAME.a, NAME.b]);
    const recent = page.getByTestId('group-annotations');
    await recent.getByText(`“${PASSAGE}”`).waitFor();
    await saveScreenshot(page, 'annotations-working-group-page');
    await recent.getByRole('link', { name: 'Open the case' }).first().click();
    await page.waitForURL(new RegExp(`#/cases/${caseId}/show$`));
    await facts(page).locator('mark').first().waitFor();
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
    expect(await orphaned.getByTestId('annotation-quote').innerText()).toBe(`Old quote: “${PASSAGE}”`);
    expect(await facts(page).locator('mark').count()).toBe(0);
    expect(await page.getByTestId('annotation-threads').getByTestId('annotation-thread').count()).toBe(0);
  });

  it('the administrator adds C to the group with the member picker, and C then reads the annotation', async () => {
    const page = browser.page();
    await signIn(page, api.url, admin);
    await page.goto(`${api.url}/#/groups/${groupId}/edit`);
    const picker = page.getByLabel('Members');
    await picker.waitFor({ timeout: 40_000 });
    await page.getByRole('button', { name: NAME.a }).waitFor();
    await picker.fill(NAME.c);
    await page.getByRole('option', { name: NAME.c }).click();
    await page.getByRole('button', { name: 'Save' }).click();
    await page.waitForURL(new RegExp(`#/groups/${groupId}/show$`));
    await page.getByTestId('group-members').getByText(NAME.c).waitFor();

    await signOut(page);
    await openCase(page, c);
    const thread = page.getByTestId('annotation-orphaned').getByTestId('annotation-thread');
    await thread.waitFor();
    expect(await thread.getByTestId('annotation-quote').innerText()).toBe(`Old quote: “${PASSAGE}”`);
  });
});
