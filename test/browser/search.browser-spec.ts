import type { Page } from 'playwright-core';
import type { CaseRecord } from '../../libs/contracts/src';
import { createAccount } from '../support/accounts';
import type { TestAccount } from '../support/accounts';
import { ApiProcess, startApiProcess } from '../support/api-process';
import { signIn, useBrowser } from '../support/browser';
import { resetDatabase } from '../support/database';
import { briefCase, STATUTES } from '../support/records';
import { deleteTestIndices } from '../support/search';

/** A published Russian case about debt bondage, unless `overrides` say otherwise. */
const russianCase = (overrides: Partial<CaseRecord>): CaseRecord =>
  briefCase({
    language: 'ru',
    title: 'Долговая кабала мигрантов на стройке',
    summary: 'Обвиняемый удерживал работников в долговой кабале и не выплачивал заработную плату.',
    facts: 'Работников перевезли через границу; долговая кабала длилась больше года.',
    exploitationPurposes: ['forced_labour'],
    sectors: ['construction'],
    route: { origin: ['KZ'], transit: [], destination: ['RU'] },
    charges: [{ statute: 'KZ-CC-128-3', defendant: 'D1', outcome: 'convicted' }],
    relatedCases: [],
    ...overrides,
  });

// Four cases about debt bondage: two keep both facets (forced labour, to Russia), one differs
// by purpose, one by destination. A fifth is about something else and must not be found at all.
const FOUND = russianCase({ reference: 'KZ-2023-ALM-0301' });
const ALSO_FOUND = russianCase({
  reference: 'KZ-2023-ALM-0302',
  title: 'Долговая кабала рабочих на стройке',
});
const OTHER_PURPOSE = russianCase({
  reference: 'KZ-2023-ALM-0303',
  title: 'Долговая кабала в развлекательном заведении',
  exploitationPurposes: ['sexual_exploitation'],
  sectors: ['entertainment'],
});
const OTHER_DESTINATION = russianCase({
  reference: 'KZ-2023-ALM-0304',
  title: 'Долговая кабала на сельскохозяйственных работах',
  sectors: ['agriculture'],
  route: { origin: ['KZ'], transit: [], destination: ['TR'] },
});
const UNRELATED = russianCase({
  reference: 'KZ-2023-ALM-0305',
  title: 'Попрошайничество несовершеннолетних',
  summary: 'Обвиняемые принуждали детей к попрошайничеству на рынке.',
  facts: 'Выручку забирали обвиняемые.',
  exploitationPurposes: ['forced_begging'],
  sectors: ['begging'],
});
const CASES = [FOUND, ALSO_FOUND, OTHER_PURPOSE, OTHER_DESTINATION, UNRELATED];
// Published during the test, after the member saved the search it matches: an alert.
const PUBLISHED_LATER = russianCase({
  reference: 'KZ-2023-ALM-0306',
  title: 'Долговая кабала сезонных рабочих на складе',
});

/**
 * The index catches up with PostgreSQL asynchronously: ask the search API (as a member) until it
 * finds every case by reference, rather than sleeping for a guessed time.
 */
async function waitUntilSearchable(api: ApiProcess, references: string[], timeoutMs = 60_000): Promise<void> {
  const token = await api.tokenFor('member');
  const query = new URLSearchParams({ filter: JSON.stringify({ reference: references }), size: '100' });
  const deadline = Date.now() + timeoutMs;
  let last = '';
  for (;;) {
    const response = await fetch(`${api.url}/api/search?${query}`, { headers: { Authorization: `Bearer ${token}` } });
    if (response.ok) {
      const found = new Set(
        ((await response.json()) as { hits: { reference: string }[] }).hits.map((h) => h.reference),
      );
      if (references.every((reference) => found.has(reference))) return;
      last = `found ${[...found].join(', ') || 'none'}`;
    } else {
      // 503 while the first index is built.
      last = `HTTP ${response.status}`;
    }
    if (Date.now() > deadline) throw new Error(`the cases were not searchable within ${timeoutMs} ms (${last})`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

const total = (page: Page, count: number) => page.locator(`[data-testid="search-total"][data-total="${count}"]`);

/** The number of new matches on the menu's "Alerts" entry (no badge at all when there are none). */
const alertsBadge = (page: Page, count?: number) =>
  page.locator(
    count === undefined ? '[data-testid="alerts-badge"]' : `[data-testid="alerts-badge"][data-count="${count}"]`,
  );

/** A reviewer sends a case for review, then publishes it, through the API. */
async function publishAsReviewer(api: ApiProcess, record: CaseRecord): Promise<void> {
  const { id } = await api.create<{ id: string }>('cases', { ...record, status: 'in_review' }, 'reviewer');
  const response = await fetch(`${api.url}/api/cases/${id}`, {
    method: 'PUT',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${await api.tokenFor('reviewer')}` },
    body: JSON.stringify({ status: 'published' }),
  });
  if (response.status !== 200)
    throw new Error(`publishing ${record.reference}: ${response.status} ${await response.text()}`);
}

/** The search part of the address (`#/search?q=…&filter=…`). */
const addressOf = (page: Page) => new URLSearchParams(page.url().split('?')[1] ?? '');

describe('precedent search', () => {
  const browser = useBrowser();
  let api: ApiProcess;
  let member: TestAccount;

  beforeAll(async () => {
    await resetDatabase();
    // The API builds a fresh index from PostgreSQL at start: no documents of other suites.
    await deleteTestIndices();
    api = await startApiProcess({ SEARCH_RELAY_INTERVAL_MS: '100' });
    member = await createAccount('member');
    for (const statute of STATUTES) await api.create('statutes', statute);
    for (const record of CASES) await api.create('cases', record);
    await waitUntilSearchable(
      api,
      CASES.map((record) => record.reference),
    );
  }, 180_000);
  afterAll(async () => {
    await api?.stop();
  });

  it('searches in Russian, narrows by two facets, opens a hit and its similar cases, saves the search and is alerted', async () => {
    const page = browser.page();
    // The page's own clock, running in real time, so the badge's minute can be skipped below.
    await page.clock.install();
    await signIn(page, api.url, member);
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('menuitem', { name: 'Русский' }).click();

    await page.getByRole('menuitem', { name: 'Поиск', exact: true }).click();
    await page.waitForURL(/#\/search$/);
    await page.getByRole('heading', { level: 1, name: 'Поиск прецедентов' }).waitFor();

    // A phrase in Russian: the analyzer reads «долговой кабале» as the same words.
    await page.getByTestId('search-query').fill('"долговая кабала"');
    await page.getByTestId('search-query').press('Enter');
    await page.waitForURL(/#\/search\?q=/);
    await total(page, 4).waitFor();
    await page.getByText('Найдено дел: 4').waitFor();
    expect(await page.getByTestId('search-hit').filter({ hasText: UNRELATED.reference }).count()).toBe(0);
    // Matches are marked in the snippets, as text: no markup of a case reaches the page.
    expect(await page.getByTestId('search-hit').first().locator('mark').count()).toBeGreaterThan(0);

    await page
      .getByTestId('facet-exploitationPurpose')
      .getByRole('checkbox', { name: /Принудительный труд/ })
      .click();
    await total(page, 3).waitFor();
    await page
      .getByTestId('facet-routeDestination')
      .getByRole('checkbox', { name: /Россия/ })
      .click();
    await total(page, 2).waitFor();

    expect(await page.getByTestId('active-filter').allInnerTexts()).toEqual([
      'Цель эксплуатации: Принудительный труд',
      'Страна назначения: Россия',
    ]);
    const address = addressOf(page);
    expect(address.get('q')).toBe('"долговая кабала"');
    expect(JSON.parse(address.get('filter') ?? '{}')).toEqual({
      exploitationPurpose: ['forced_labour'],
      routeDestination: ['RU'],
    });
    const references = await page
      .getByTestId('search-hit')
      .evaluateAll((hits) => hits.map((hit) => hit.getAttribute('data-reference')));
    expect(references.sort()).toEqual([FOUND.reference, ALSO_FOUND.reference]);

    // Open a hit: its case page lists the other one as similar, with the reasons in words.
    await page.getByTestId('search-hit').filter({ hasText: FOUND.reference }).getByTestId('search-hit-link').click();
    // The case's address keeps the search text, so the searched words are marked there.
    await page.waitForURL(/#\/cases\/[0-9a-f-]{36}\/show\?q=/);
    await page.getByTestId('search-marks').waitFor();
    await page.getByRole('heading', { level: 1, name: FOUND.title }).waitFor();
    const similar = page.getByTestId('similar-case').filter({ hasText: ALSO_FOUND.reference });
    await similar.waitFor();
    await similar.getByText('та же статья KZ-CC-128-3').waitFor();
    await similar.getByText('та же цель: Принудительный труд').waitFor();
    await similar.getByText('та же страна маршрута: Россия').waitFor();
    expect(
      await page
        .getByTestId('section-similar')
        .getByTestId('similar-case')
        .filter({ hasText: FOUND.reference })
        .count(),
    ).toBe(0);

    // Back: the same search, from the address.
    await page.goBack();
    await page.waitForURL(/#\/search\?/);
    await total(page, 2).waitFor();
    expect(await page.getByTestId('active-filter').count()).toBe(2);
    await expect(page.getByTestId('search-query').inputValue()).resolves.toBe('"долговая кабала"');

    // Save it: the name offered is the text; the notification shows the name as stored.
    await page.getByRole('button', { name: 'Сохранить поиск' }).click();
    const dialog = page.getByRole('dialog', { name: 'Сохранить этот поиск' });
    await expect(dialog.getByTestId('saved-search-name').inputValue()).resolves.toBe('"долговая кабала"');
    expect(await dialog.getByTestId('save-search-description').innerText()).toContain('Страна назначения: Россия');
    await dialog.getByRole('button', { name: 'Сохранить', exact: true }).click();
    await page.getByText('Поиск «"долговая кабала"» сохранён').waitFor();
    await dialog.waitFor({ state: 'detached' });

    // A reviewer publishes a matching case; once it is searchable, the member's badge (asked
    // again every minute) counts it.
    await publishAsReviewer(api, PUBLISHED_LATER);
    await waitUntilSearchable(api, [PUBLISHED_LATER.reference]);
    expect(await alertsBadge(page).count()).toBe(0);
    await page.clock.fastForward('01:00');
    await alertsBadge(page, 1).waitFor();

    // The alerts page lists it under the saved search; "mark as seen" takes the badge away.
    await page.getByRole('menuitem', { name: /Оповещения/ }).click();
    await page.waitForURL(/#\/alerts$/);
    const alert = page.getByTestId('saved-search-alert').filter({ hasText: '"долговая кабала"' });
    await alert.getByText('1 новое совпадение').waitFor();
    expect(
      await alert.getByTestId('alert-hit').evaluateAll((hits) => hits.map((hit) => hit.getAttribute('data-reference'))),
    ).toEqual([PUBLISHED_LATER.reference]);
    await alert.getByRole('button', { name: 'Отметить просмотренным' }).click();
    await alert.getByText('Нового нет').waitFor();
    await alertsBadge(page).waitFor({ state: 'detached' });

    // "Open search" brings the saved search back, the new case among its hits.
    await alert.getByRole('link', { name: 'Открыть поиск' }).click();
    await page.waitForURL(/#\/search\?/);
    await total(page, 3).waitFor();
    expect(await page.getByTestId('active-filter').count()).toBe(2);

    // Removing a chip widens the search again.
    await page
      .getByTestId('active-filter')
      .filter({ hasText: 'Россия' })
      .getByRole('img', { name: /Убрать фильтр/ })
      .click();
    await total(page, 4).waitFor();
  }, 180_000);

  it('says what it understood, makes it a filter in one click, and searches the words only on request', async () => {
    const page = browser.page();
    await signIn(page, api.url, member);
    // English words, Russian cases: every case here carries the means the words name.
    await page.goto(`${api.url}/#/search?q=${encodeURIComponent('debt bondage')}`);
    const concept = page.getByTestId('understood-concept');
    await concept.waitFor();
    expect(await concept.innerText()).toBe('debt bondage = Means: Debt bondage');
    expect(Number(await page.getByTestId('search-total').getAttribute('data-total'))).toBeGreaterThanOrEqual(4);
    // Each hit says its language: here the Russian cases the English words found.
    expect(await page.getByTestId('search-hit-language').first().innerText()).toBe('Russian');

    await concept.click();
    await page.getByTestId('active-filter').filter({ hasText: 'Means: Debt bondage' }).waitFor();
    expect(JSON.parse(addressOf(page).get('filter') ?? '{}')).toEqual({ means: ['debt_bondage'] });

    await page.getByTestId('words-only').click();
    await page.waitForURL(/interpret=false/);
    await page.getByText('Searching the words only, as typed.').waitFor();
    await total(page, 0).waitFor();
    // Nothing found: the facets count the filters alone, and say so.
    await page
      .getByTestId('facets')
      .getByTestId('facets-without-text')
      .getByText('Nothing found: these counts are of the filters alone, without the text.')
      .waitFor();
  });

  it('shows the syntax problem of a query under the box', async () => {
    const page = browser.page();
    await signIn(page, api.url, member);
    await page.goto(`${api.url}/#/search?q=${encodeURIComponent('"долговая')}`);
    await page.getByText('q has a quote at character 1 that is never closed').waitFor();
  });
});
