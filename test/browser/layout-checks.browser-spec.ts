import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../support/browser';
import { layoutProblems, seriousAccessibilityViolations } from '../support/layout-checks';

/** The checks the page-by-page look test relies on, each shown to fire on a page built to break it. */
describe('layout and accessibility checks', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    page = await (await browser.newContext({ viewport: { width: 390, height: 844 } })).newPage();
  });
  afterAll(async () => {
    await browser?.close();
  });

  const show = (body: string) =>
    page.setContent(
      `<!doctype html><html lang="en"><head><title>Check</title></head><body style="margin:0;font:16px sans-serif"><main>${body}</main></body></html>`,
    );

  it('find nothing on a page that fits, wraps its text and scrolls a wide table in its own box', async () => {
    await show(`
      <h1>A title that is long enough to wrap onto a second line in a phone's window</h1>
      <p>Two lines of ordinary text, wrapped by the browser, touching but not overlapping each other at all.</p>
      <div tabindex="0" role="region" aria-label="Sentences by country" style="overflow-x:auto;width:300px"><table><tr>${'<td>Kazakhstan</td>'.repeat(12)}</tr></table></div>`);
    expect(await layoutProblems(page)).toEqual({ horizontalOverflow: [], overlappingText: [], cutText: [] });
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });

  it('find a page that scrolls sideways, and name the element that sticks out', async () => {
    await show('<div data-testid="wide-row" style="width:600px">Compare buttons</div>');
    const { horizontalOverflow } = await layoutProblems(page);
    expect(horizontalOverflow[0]).toBe('page is 600px wide in a 390px window');
    expect(horizontalOverflow.join(' ')).toContain('wide-row');
  });

  it('find axis labels drawn over each other', async () => {
    await show(
      `<svg width="300" height="40"><text x="10" y="20">United Arab Emirates</text><text x="80" y="20">Azerbaijan</text></svg>`,
    );
    const { overlappingText } = await layoutProblems(page);
    expect(overlappingText).toHaveLength(1);
    expect(overlappingText[0]).toContain('United Arab Emirates');
  });

  it('find a title cut by an ellipsis and a label cut by the window', async () => {
    await show(`
      <h6 style="width:60px;white-space:nowrap;overflow:hidden;text-overflow:ellipsis">Search precedents</h6>
      <div style="overflow:hidden;width:390px"><h2 style="margin-left:300px;white-space:nowrap">Legislation</h2></div>`);
    const { cutText } = await layoutProblems(page);
    expect(cutText).toEqual([expect.stringContaining('Search precedents'), expect.stringContaining('Legislation')]);
  });

  it('find a serious accessibility violation: a button with no name', async () => {
    await show('<button><svg width="10" height="10"></svg></button>');
    const violations = await seriousAccessibilityViolations(page);
    expect(violations.some((violation) => violation.startsWith('button-name'))).toBe(true);
  });

  it('find text too faint to read on its background', async () => {
    await show('<p style="color:#bbb;background:#fff">Sentence served in full</p>');
    const violations = await seriousAccessibilityViolations(page);
    expect(violations.some((violation) => violation.startsWith('color-contrast'))).toBe(true);
  });
});
