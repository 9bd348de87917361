import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/** What a page's layout gets wrong, measured from element and text boxes (not pixels). */
export interface LayoutProblems {
  /** The page is wider than the window: it scrolls sideways. */
  horizontalOverflow: string[];
  /** Two pieces of visible text drawn over each other. */
  overlappingText: string[];
  /** A heading or label whose text is cut (ellipsis, clipped by its box or the window). */
  cutText: string[];
}

/**
 * Runs in the page (serialised by playwright: no imports, no closures). Text boxes are the client
 * rects of each visible text node, clipped by every ancestor that clips its overflow, so text
 * scrolled out of a table's box or hidden behind an ellipsis does not count twice.
 */
function measureLayout(): LayoutProblems {
  const describe = (element: Element) => {
    const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 60);
    const name = element.getAttribute('data-testid') ?? element.getAttribute('aria-label') ?? '';
    return `${element.tagName.toLowerCase()}${name ? `[${name}]` : ''} «${text}»`;
  };
  const width = document.documentElement.clientWidth;
  const clips = (element: Element) => {
    const style = getComputedStyle(element);
    return style.overflowX !== 'visible' || style.overflowY !== 'visible';
  };
  const scrollsSideways = (element: Element) => ['auto', 'scroll'].includes(getComputedStyle(element).overflowX);
  const inSidewaysScroller = (element: Element) => {
    for (
      let ancestor = element.parentElement;
      ancestor && ancestor !== document.body;
      ancestor = ancestor.parentElement
    )
      if (scrollsSideways(ancestor)) return true;
    return false;
  };
  /**
   * The part of `rect` that `element` and its ancestors let through where they clip, or null;
   * `sideways` only clips left and right, by boxes that do not scroll (text scrolled or folded
   * away is not cut).
   */
  const visiblePart = (rect: DOMRect, element: Element, sideways = false): DOMRect | null => {
    let { left, top, right, bottom } = rect;
    for (
      let ancestor: Element | null = element;
      ancestor && ancestor !== document.body;
      ancestor = ancestor.parentElement
    ) {
      if (!clips(ancestor)) continue;
      // A box that scrolls sideways (a wide table, a strip of tabs) lets its reader reach the rest:
      // whether the box itself is cut is for the overflow check.
      if (sideways && scrollsSideways(ancestor)) break;
      const box = ancestor.getBoundingClientRect();
      left = Math.max(left, box.left);
      right = Math.min(right, box.right);
      if (sideways) continue;
      top = Math.max(top, box.top);
      bottom = Math.min(bottom, box.bottom);
    }
    return right - left > 1 && bottom - top > 1 ? new DOMRect(left, top, right - left, bottom - top) : null;
  };
  const shown = (element: Element) =>
    element.checkVisibility({ opacityProperty: true, visibilityProperty: true }) &&
    !element.closest('[aria-hidden="true"], .MuiTooltip-popper, [role="tooltip"]');

  // Sideways scrolling: the page, and the elements that stick out of the window.
  const horizontalOverflow: string[] = [];
  if (document.documentElement.scrollWidth > width + 1) {
    const culprits = Array.from(document.body.querySelectorAll('*')).filter((element) => {
      const box = element.getBoundingClientRect();
      return box.right > width + 1 && box.width > 0 && box.width <= width * 3 && shown(element);
    });
    // The innermost ones say most: an element none of whose children stick out.
    const innermost = culprits.filter(
      (element) => !culprits.some((other) => other !== element && element.contains(other)),
    );
    horizontalOverflow.push(
      `page is ${document.documentElement.scrollWidth}px wide in a ${width}px window`,
      ...innermost.slice(0, 5).map(describe),
    );
  }

  // Text over text.
  const boxes: { rect: DOMRect; element: Element }[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const element = node.parentElement;
    if (!element || !node.textContent?.trim() || !shown(element)) continue;
    if (['SCRIPT', 'STYLE', 'NOSCRIPT', 'TITLE'].includes(element.tagName)) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    for (const rect of Array.from(range.getClientRects())) {
      const part = visiblePart(rect, element);
      if (part) boxes.push({ rect: part, element });
    }
  }
  /** The nearest ancestor pinned to the window (a sticky toolbar, a fixed app bar), if any. */
  const pinnedLayer = (element: Element): Element | null => {
    for (let ancestor: Element | null = element; ancestor; ancestor = ancestor.parentElement) {
      if (['sticky', 'fixed'].includes(getComputedStyle(ancestor).position)) return ancestor;
    }
    return null;
  };
  /** A pinned bar with a background hides what scrolls under it; it does not write over it. */
  const covers = (layer: Element | null) =>
    !!layer && !/^rgba\(.*, 0\)$|^transparent$/.test(getComputedStyle(layer).backgroundColor);
  const overlappingText: string[] = [];
  for (let first = 0; first < boxes.length && overlappingText.length < 5; first++) {
    for (let second = first + 1; second < boxes.length; second++) {
      const a = boxes[first];
      const b = boxes[second];
      if (a.element === b.element) continue;
      const overlapWidth = Math.min(a.rect.right, b.rect.right) - Math.max(a.rect.left, b.rect.left);
      const overlapHeight = Math.min(a.rect.bottom, b.rect.bottom) - Math.max(a.rect.top, b.rect.top);
      // Glyph boxes of neighbouring lines touch by a pixel or two: only a real overlap counts.
      if (overlapWidth > 3 && overlapHeight > Math.min(a.rect.height, b.rect.height) * 0.4) {
        const layers = [pinnedLayer(a.element), pinnedLayer(b.element)];
        if (layers[0] !== layers[1] && layers.some(covers)) continue;
        overlappingText.push(`${describe(a.element)} over ${describe(b.element)}`);
        break;
      }
    }
  }

  // Cut text: headings and labels whose width is clipped by their own box (an ellipsis), an
  // ancestor or the window. A side panel that scrolls, or a table folded under "show all", hides
  // whole lines below: that is not a cut title.
  const cutText: string[] = [];
  const titles = document.querySelectorAll(
    'h1, h2, h3, h4, h5, h6, [role="heading"], #react-admin-title, .MuiCardHeader-title, .MuiTypography-h5, .MuiTypography-h6, .MuiFormControlLabel-label, .MuiListItemText-primary, .MuiChip-label, .MuiTab-root, .MuiButton-root',
  );
  for (const title of Array.from(titles)) {
    if (!shown(title) || !title.textContent?.trim()) continue;
    // The text's own extent, which may run past the element's box.
    const range = document.createRange();
    range.selectNodeContents(title);
    const text = range.getBoundingClientRect();
    const part = visiblePart(text, title, true);
    const clippedByOwnBox = clips(title) && title.scrollWidth > title.clientWidth + 1;
    const outOfWindow = !inSidewaysScroller(title) && (text.right > width + 1 || text.left < -1);
    const clipped = !part || part.width < text.width - 1;
    if (clippedByOwnBox || outOfWindow || clipped) {
      const shows = part ? `${Math.round(part.left)}–${Math.round(part.right)}` : 'nothing';
      cutText.push(`${describe(title)} (text ${Math.round(text.left)}–${Math.round(text.right)}px, shows ${shows})`);
    }
  }
  return { horizontalOverflow, overlappingText, cutText: cutText.slice(0, 10) };
}

export function layoutProblems(page: Page): Promise<LayoutProblems> {
  return page.evaluate(measureLayout);
}

/** Axe's serious and critical WCAG 2.1 A/AA violations, one line each. */
export async function seriousAccessibilityViolations(page: Page): Promise<string[]> {
  // Legacy mode runs axe in the page itself: the default opens a blank page per run to merge
  // frames' results (the app has no frames), which made a check 3.2 s where this takes 1.4.
  const results = await new AxeBuilder({ page })
    .setLegacyMode()
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes
          .slice(0, 3)
          .map(
            (node) =>
              `${node.target.join(' ')} ${node.html.replace(/\s+/g, ' ').slice(0, 100)} ${node.any[0]?.message ?? ''}`,
          )
          .join('; ')}`,
    );
}
