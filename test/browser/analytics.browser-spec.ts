import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import type {
  CompareResponse,
  LegislationResponse,
  OutcomesResponse,
  SearchFilter,
  TrendsResponse,
} from '../../libs/contracts/src';
import { createAccount, signInThroughApi } from '../support/accounts';
import type { TestAccount } from '../support/accounts';
import { ApiProcess, startApiProcess } from '../support/api-process';
import { SCREENSHOT_DIRECTORY, signIn, useBrowser } from '../support/browser';
import { runCli } from '../support/cli';
import { resetDatabase } from '../support/database';
import { deleteTestIndices, waitForSearchIndex } from '../support/search';

/** Enough synthetic cases for Kazakhstan and Uzbekistan to be large cells, and some of their years small. */
const DEMO_CASES = '200';
const TWO_COUNTRIES: SearchFilter = { jurisdiction: ['KZ', 'UZ'] };
// The word an English export writes for a figure of a small cell (caseatlas.analytics.csv.suppressed).
const SUPPRESSED = 'suppressed (too few cases)';

/** The analytics page's charts, by their test hooks. */
const ANALYTICS_CHARTS = [
  'chart-conviction-rate',
  'chart-sentences',
  'chart-time-to-verdict',
  'chart-routes',
  'chart-trends',
  'chart-victim-services',
  'chart-mental-health',
];

/** What the API answers a reader (the oracle the screens are checked against). */
async function askApi<T>(api: ApiProcess, path: string, query: Record<string, string>, token?: string): Promise<T> {
  token ??= await api.tokenFor('member');
  const response = await fetch(`${api.url}/api/analytics/${path}?${new URLSearchParams(query)}`, {
    headers: { Authorization: `Bearer ${token}` },
  });
  if (!response.ok) throw new Error(`GET /api/analytics/${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

/** Clicks a chart's "Export …" button and reads the file it downloads. */
async function download(page: Page, chart: Locator, button: 'export-csv' | 'export-png') {
  const [file] = await Promise.all([page.waitForEvent('download'), chart.getByTestId(button).click()]);
  const path = await file.path();
  return { name: file.suggestedFilename(), content: readFileSync(path) };
}

/** A CSV download's lines (the byte-order mark is for spreadsheets), split into cells (no quoted commas here). */
const csvLines = (content: Buffer) =>
  content
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .split('\r\n')
    .filter(Boolean)
    .map((line) => line.split(','));

const screenshot = (chart: Locator, name: string) =>
  chart.screenshot({ path: join(SCREENSHOT_DIRECTORY, `analytics-${name}.png`) });

/** Waits until the page has no request pending (the layout's busy region says so). */
const settled = (page: Page) => page.locator('[data-region="content"][aria-busy="false"]').waitFor();

describe('analytics', () => {
  const browser = useBrowser();
  let api: ApiProcess;
  let analyst: TestAccount;

  beforeAll(async () => {
    await resetDatabase();
    // The API builds a fresh index from PostgreSQL at start: no documents of other suites.
    await deleteTestIndices();
    await runCli('demo', '--count', DEMO_CASES);
    api = await startApiProcess({ SEARCH_RELAY_INTERVAL_MS: '100' });
    // Analysts are members who said so (the BRIEF's analyst: compares outcomes by country).
    analyst = await createAccount('member', { profession: 'analyst' });
    await waitForSearchIndex();
  }, 240_000);
  afterAll(async () => {
    await api?.stop();
  });

  it('shows headline figures, narrows the charts to two countries, compares them and exports CSV with small cells suppressed', async () => {
    const page = browser.page();
    const everything = await askApi<OutcomesResponse>(api, 'outcomes', { groupBy: 'jurisdiction' });
    const filter = JSON.stringify(TWO_COUNTRIES);
    const outcomes = await askApi<OutcomesResponse>(api, 'outcomes', { groupBy: 'jurisdiction', filter });
    const trends = await askApi<TrendsResponse>(api, 'trends', { filter });
    const compare = await askApi<CompareResponse>(api, 'compare', { jurisdictions: 'KZ,UZ', filter });
    const legislation = await askApi<LegislationResponse>(api, 'legislation', { jurisdictions: 'KZ,UZ', filter });
    const kz = outcomes.rows.find((row) => row.key === 'KZ')!;
    const uz = outcomes.rows.find((row) => row.key === 'UZ')!;
    // The demo data must give this flow something to show and something to suppress.
    expect(outcomes.rows.map((row) => row.key).sort()).toEqual(['KZ', 'UZ']);
    expect(kz.small || uz.small).toBe(false);
    expect(trends.rows.some((row) => row.small)).toBe(true);
    expect(trends.rows.some((row) => !row.small)).toBe(true);

    // The dashboard: headline figures over every case the analyst may read.
    await signIn(page, api.url, analyst);
    const headline = page.getByTestId('dashboard-figures');
    await headline.getByTestId('headline-cases').getByText(everything.total.cases.toLocaleString('en-GB')).waitFor();
    await screenshot(headline, 'dashboard-figures');

    // The search page hands its search on to analytics.
    await page.getByRole('menuitem', { name: 'Search', exact: true }).click();
    await page.waitForURL(/#\/search$/);
    await page.getByTestId('analyse-results').click();
    await page.waitForURL(/#\/analytics$/);
    await page.getByRole('heading', { level: 1, name: 'Analytics' }).waitFor();

    // Filter to Kazakhstan and Uzbekistan with the search page's facets.
    const facet = page.getByTestId('facet-jurisdiction');
    // The page moves as the filtered answers arrive: the next click waits for them, as a person would.
    const answered = (path: string) =>
      page.waitForResponse(
        (response) => response.url().includes(path) && decodeURIComponent(response.url()).includes('"KZ"'),
      );
    const filtered = Promise.all([answered('/api/search'), answered('/api/analytics/outcomes')]);
    await facet.getByRole('checkbox', { name: /Kazakhstan/ }).click();
    await page.waitForURL(/filter=/);
    await filtered;
    await facet.getByRole('checkbox', { name: /Kazakhstan/, checked: true }).waitFor();
    await facet.getByRole('checkbox', { name: /Uzbekistan/ }).click();
    await page.waitForURL((url) => {
      const query = new URLSearchParams(url.hash.split('?')[1] ?? '');
      return JSON.parse(query.get('filter') ?? '{}').jurisdiction?.length === 2;
    });
    await page.locator('[data-testid="active-filter"][data-value="UZ"]').waitFor();
    expect(await page.getByTestId('active-filter').allInnerTexts()).toEqual([
      'Jurisdiction: Kazakhstan',
      'Jurisdiction: Uzbekistan',
    ]);
    const cases = page.getByTestId('headline-cases');
    await cases.getByText(outcomes.total.cases.toLocaleString('en-GB'), { exact: true }).waitFor();
    await settled(page);

    // The bars: exactly the two countries, each labelled with its number of cases.
    const bars = page.getByTestId('chart-conviction-rate');
    await bars
      .locator('text', { hasText: `n = ${kz.cases}` })
      .first()
      .waitFor();
    expect(
      (await bars.locator('.recharts-xAxis-tick-labels .recharts-cartesian-axis-tick-value').allTextContents()).sort(),
    ).toEqual(['Kazakhstan', 'Uzbekistan']);
    // The n of each bar, joined by no-break spaces so a narrow bar never wraps it.
    expect(await bars.locator('.recharts-label-list text').allTextContents()).toEqual(
      outcomes.rows.map((row) => `n\u00a0=\u00a0${row.cases}`),
    );
    // The time to verdict plot has a box per country, the trends a line per country.
    const verdictTicks = await page
      .getByTestId('chart-time-to-verdict')
      .locator('.recharts-yAxis-tick-labels .recharts-cartesian-axis-tick-value')
      .allTextContents();
    // A long tick wraps into several lines (tspans): the country's name comes first.
    expect(verdictTicks.map((tick) => tick.match(/^\p{L}+/u)?.[0]).sort()).toEqual(['Kazakhstan', 'Uzbekistan']);
    expect(await page.getByTestId('chart-trends').locator('.recharts-line').count()).toBe(2);
    // The statutes drawn behind the sentences are those of the two countries.
    const statuteTicks = await page
      .getByTestId('chart-sentences')
      .locator('.recharts-yAxis-tick-labels .recharts-cartesian-axis-tick-value')
      .allTextContents();
    expect(statuteTicks.length).toBeGreaterThan(0);
    expect(statuteTicks.every((tick) => /^(KZ|UZ)-/.test(tick))).toBe(true);
    // Small cells are explained.
    await page.getByTestId('chart-trends').getByTestId('small-cells-note').getByText('fewer than 5 cases').waitFor();

    for (const id of ANALYTICS_CHARTS) await screenshot(page.getByTestId(id), id);

    // Trends as CSV: a line per country and year; the small ones keep their labels, not their figures.
    const trendsCsv = await download(page, page.getByTestId('chart-trends'), 'export-csv');
    // Named for what and when (the local date, as Sweden writes it: YYYY-MM-DD).
    expect(trendsCsv.name).toBe(`trends-by-year-${new Date().toLocaleDateString('sv-SE')}.csv`);
    const [trendsHeader, ...trendLines] = csvLines(trendsCsv.content);
    expect(trendsHeader).toEqual([
      'Code',
      'Year',
      'Cases',
      'Conviction rate',
      'Median sentence (months)',
      'Median days to verdict',
    ]);
    expect(trendLines).toHaveLength(trends.rows.length);
    for (const row of trends.rows) {
      const line = trendLines.find(([code, year]) => code === row.jurisdiction && year === String(row.year));
      expect(line).toBeDefined();
      if (row.small) expect(line!.slice(2)).toEqual([SUPPRESSED, SUPPRESSED, SUPPRESSED, SUPPRESSED]);
      else expect(line![2]).toBe(String(row.cases));
    }

    // A chart as a picture.
    const png = await download(page, bars, 'export-png');
    expect(png.name).toBe(`conviction-rate-${new Date().toLocaleDateString('sv-SE')}.png`);
    expect(png.content.subarray(1, 4).toString('latin1')).toBe('PNG');

    // Compare the two countries, with the same filter.
    await page.getByTestId('open-compare').click();
    await page.waitForURL(/#\/analytics\/compare\?/);
    const address = new URLSearchParams(page.url().split('?')[1]);
    expect(address.get('jurisdictions')).toBe('KZ,UZ');
    expect(JSON.parse(address.get('filter') ?? '{}')).toEqual(TWO_COUNTRIES);
    const table = page.getByTestId('compare-table');
    await table.waitFor();
    expect(await table.locator('thead th[data-column]').allTextContents()).toEqual(['Kazakhstan', 'Uzbekistan']);
    for (const column of compare.columns) {
      await table
        .locator(`tr[data-metric="cases"] td[data-column="${column.key}"]`)
        .getByText(column.outcomes.cases.toLocaleString('en-GB'), { exact: true })
        .waitFor();
    }
    // The row names the unit; its cells give the number alone, not "36 mo." in every column.
    const sentenceCells = await table.locator('tr[data-metric="median_sentence"] td[data-column]').allTextContents();
    expect(sentenceCells).toHaveLength(2);
    expect(sentenceCells.filter((cell) => /\p{L}/u.test(cell))).toEqual([]);
    // The compare table says which cases it counts: a member reads published cases only.
    expect(await page.getByTestId('chart-compare').getByTestId('chart-scope').textContent()).toBe(
      'Published cases only',
    );
    const compareBars = page.getByTestId('chart-compare-conviction-rate');
    expect(await compareBars.locator('.recharts-label-list text').allTextContents()).toEqual(
      compare.columns.map((column) => `n\u00a0=\u00a0${column.outcomes.cases}`),
    );

    // Compare as CSV: the header, then one line per chosen country; small parts without figures.
    const compareCsv = await download(page, page.getByTestId('chart-compare'), 'export-csv');
    expect(compareCsv.name).toBe(
      `compare-${compare.columns.map((column) => column.key).join('-')}-${new Date().toLocaleDateString('sv-SE')}.csv`,
    );
    const [compareHeader, ...compareLines] = csvLines(compareCsv.content);
    expect(compareHeader.slice(0, 7)).toEqual([
      'Code',
      'Column',
      'Cases',
      'Defendants',
      'Decided defendants',
      'Convicted',
      'Conviction rate',
    ]);
    expect(compareLines.map(([code, label]) => [code, label])).toEqual([
      ['KZ', 'Kazakhstan'],
      ['UZ', 'Uzbekistan'],
    ]);
    const victimsAt = compareHeader.indexOf('Victims');
    const crossBorderAt = compareHeader.indexOf('Cross-border cases');
    for (const [index, column] of compare.columns.entries()) {
      const line = compareLines[index];
      expect(line[2]).toBe(column.outcomes.small ? SUPPRESSED : String(column.outcomes.cases));
      expect(line[victimsAt]).toBe(column.victims.small ? SUPPRESSED : String(column.victims.victims));
      expect(line[crossBorderAt]).toBe(
        column.cooperation.small ? SUPPRESSED : String(column.cooperation.crossBorderCases),
      );
    }
    await screenshot(page.getByTestId('chart-compare'), 'chart-compare');
    await screenshot(compareBars, 'chart-compare-conviction-rate');

    // Chosen in another order, the bars keep the table's order, and name every country alike.
    await page.goto(`${api.url}/#/analytics/compare?jurisdictions=UZ,KZ`);
    await table.locator('thead th[data-column="UZ"]').waitFor();
    expect(await table.locator('thead th[data-column]').allTextContents()).toEqual(['Uzbekistan', 'Kazakhstan']);
    const ticks = compareBars.locator('.recharts-xAxis-tick-labels title');
    await ticks.first().filter({ hasText: 'Uzbekistan' }).waitFor({ state: 'attached' });
    expect(await ticks.allTextContents()).toEqual(['Uzbekistan', 'Kazakhstan']);
    await page.goBack();
    await page.waitForURL(/jurisdictions=KZ(?:,|%2C)UZ/);

    // Legislation of the two countries: every statute of the answer is listed under its country.
    await page.getByRole('link', { name: 'Back to analytics' }).click();
    await page.waitForURL(/#\/analytics\?/);
    await page.getByTestId('open-legislation').click();
    await page.waitForURL(/#\/analytics\/legislation\?/);
    const statutes = page.getByTestId('chart-legislation');
    for (const { jurisdiction, statutes: expected } of legislation.jurisdictions) {
      const listed = statutes.locator(`table[data-jurisdiction="${jurisdiction}"] tbody tr`);
      await listed.first().waitFor();
      expect(await listed.evaluateAll((rows) => rows.map((row) => row.getAttribute('data-statute')))).toEqual(
        expected.map((statute) => statute.key),
      );
    }
    await screenshot(statutes, 'chart-legislation');
  }, 180_000);

  it('speaks Russian, down to the small-cell reason', async () => {
    const page = browser.page();
    await signIn(page, api.url, analyst);
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('menuitem', { name: 'Русский' }).click();
    await page.getByTestId('dashboard-figures').getByText('Доля обвинительных приговоров').waitFor();
    await page.getByRole('menuitem', { name: 'Аналитика' }).click();
    await page.waitForURL(/#\/analytics$/);
    await page.getByRole('heading', { level: 1, name: 'Аналитика' }).waitFor();
    const bars = page.getByTestId('chart-conviction-rate');
    await bars.getByText('Доля обвинительных приговоров по юрисдикциям').waitFor();
    await bars.getByRole('button', { name: 'Экспорт CSV' }).waitFor();
    // Percentages as Russian writes them, with a (no-break) space before the sign.
    const percentTicks = await bars
      .locator('.recharts-yAxis-tick-labels .recharts-cartesian-axis-tick-value')
      .allTextContents();
    expect(percentTicks).toContain('100\u00a0%');
    await page
      .getByTestId('chart-trends')
      .getByText(/Полые.*менее 5 дел/)
      .waitFor();
    await screenshot(page.getByTestId('chart-routes'), 'chart-routes-ru');
  }, 90_000);

  it('on a phone, opens the facets from a button above the figures, as search does', async () => {
    const page = browser.page();
    await page.setViewportSize({ width: 390, height: 844 });
    await signIn(page, api.url, analyst);
    for (const [address, results] of [
      ['#/analytics', 'headline-figures'],
      ['#/search', 'search-total'],
    ] as const) {
      await page.goto(`${api.url}/${address}`);
      const results_ = page.getByTestId(results);
      await results_.waitFor();
      const button = page.getByTestId('open-facets');
      await button.waitFor();
      const buttonBox = (await button.boundingBox())!;
      const resultsBox = (await results_.boundingBox())!;
      // The button comes first, and the figures or results start on the first screen.
      expect(buttonBox.y).toBeLessThan(resultsBox.y);
      expect(resultsBox.y).toBeLessThan(844);
      if (address === '#/analytics') {
        // Countries too many for their names are written by code, never cut to "Ka…" (Kazakhstan or Kyrgyzstan?).
        const ticks = await page
          .getByTestId('chart-conviction-rate')
          .locator('.recharts-xAxis-tick-labels .recharts-cartesian-axis-tick-value')
          .allTextContents();
        expect(ticks.length).toBeGreaterThan(0);
        expect(ticks.filter((tick) => /^.{1,4}…$/u.test(tick))).toEqual([]);
        // And an axis never mixes codes with names: all codes when one must be.
        expect(
          ticks.every((tick) => /^[A-Z]{2}$/u.test(tick)) || ticks.every((tick) => !/^[A-Z]{2}$/u.test(tick)),
        ).toBe(true);
        expect(ticks.some((tick) => /^[A-Z]{2}$/u.test(tick))).toBe(true);
        // The routes as a list that fits the screen, not a Sankey scrolled sideways.
        const routes = page.getByTestId('chart-routes');
        const list = routes.getByTestId('route-list');
        await list.waitFor();
        expect(await routes.locator('.recharts-sankey').count()).toBe(0);
        expect((await list.locator('li').first().textContent()) ?? '').toMatch(/ → .*\d+ cases?$/u);
        const listBox = (await list.boundingBox())!;
        expect(listBox.x + listBox.width).toBeLessThanOrEqual(390);
        // The mental-health stages beside their bars, their names whole.
        const stages = await page
          .getByTestId('chart-mental-health')
          .locator('.recharts-yAxis-tick-labels .recharts-cartesian-axis-tick-value')
          .allTextContents();
        expect(stages.some((stage) => stage.startsWith('No involvement'))).toBe(true);
        expect(stages.filter((stage) => stage.includes('…'))).toEqual([]);
      }
      await button.click();
      await page.getByTestId('show-results').click();
      await page.getByRole('dialog').waitFor({ state: 'detached' });
    }

    // Compare's table scrolls sideways under its first column, which casts a shadow once scrolled.
    await page.goto(`${api.url}/#/analytics/compare?jurisdictions=KZ,UZ,KG,TJ,RU`);
    const table = page.getByTestId('compare-table');
    await table.locator('thead th[data-column="RU"]').waitFor();
    // Five bars on a phone: too little room for most names, room for "Russia": all are codes, none a name.
    const compareTicks = page
      .getByTestId('chart-compare-conviction-rate')
      .locator('.recharts-xAxis-tick-labels .recharts-cartesian-axis-tick-value');
    await compareTicks.first().waitFor();
    expect(await compareTicks.allTextContents()).toEqual(['KZ', 'UZ', 'KG', 'TJ', 'RU']);
    const firstColumnShadow = () =>
      table
        .locator('.sticky-column')
        .first()
        .evaluate((cell) => getComputedStyle(cell).boxShadow);
    expect(await firstColumnShadow()).toBe('none');
    await table.locator('xpath=ancestor::*[@role="region"][1]').evaluate((box) => {
      box.scrollLeft = 200;
      box.dispatchEvent(new Event('scroll'));
    });
    await page.waitForFunction(
      () =>
        getComputedStyle(document.querySelector('[data-testid="compare-table"] .sticky-column')!).boxShadow !== 'none',
    );
    expect(await firstColumnShadow()).not.toBe('none');
  }, 90_000);

  it('compares two of the analyst’s saved searches, chosen on the page', async () => {
    const { accessToken } = await signInThroughApi(`${api.url}/api`, analyst);
    const save = async (name: string, filter: SearchFilter) => {
      const response = await fetch(`${api.url}/api/saved-searches`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${accessToken}` },
        body: JSON.stringify({ name, filter }),
      });
      expect(response.status).toBe(201);
      return ((await response.json()) as { id: string }).id;
    };
    const labour = await save('Forced labour', { exploitationPurpose: ['forced_labour'] });
    const sexual = await save('Sexual exploitation', { exploitationPurpose: ['sexual_exploitation'] });
    const compare = await askApi<CompareResponse>(
      api,
      'compare',
      { savedSearches: `${labour},${sexual}` },
      accessToken,
    );

    const page = browser.page();
    await signIn(page, api.url, analyst);
    await page.goto(`${api.url}/#/analytics/compare?jurisdictions=KZ,UZ`);
    await page.getByTestId('compare-by-saved-searches').click();
    await page.waitForURL(/by=savedSearches/);
    for (const name of ['Forced labour', 'Sexual exploitation']) {
      await page.getByTestId('choose-saved-searches').click();
      await page.getByRole('option', { name }).click();
    }
    await page.waitForURL(new RegExp(`savedSearches=${labour}%2C${sexual}`));
    const table = page.getByTestId('compare-table');
    await table.waitFor();
    expect(await table.locator('thead th[data-column]').allTextContents()).toEqual([
      'Forced labour',
      'Sexual exploitation',
    ]);
    for (const column of compare.columns) {
      await table
        .locator(`tr[data-metric="cases"] td[data-column="${column.key}"]`)
        .getByText(column.outcomes.cases.toLocaleString('en-GB'), { exact: true })
        .waitFor();
    }
    await screenshot(page.getByTestId('chart-compare'), 'chart-compare-saved-searches');
  });
});
