import { useEffect, useRef, useState } from 'react';
import type { RefObject } from 'react';
import { Alert, Button, GlobalStyles, Stack } from '@mui/material';
import { useTranslate } from 'react-admin';
import { useLocation, useNavigate } from 'react-router-dom';
import { searchOfCaseAddress } from '../search/caseAddress';
import { searchTermsOf, termRanges } from './searchTerms';
import type { SearchTerm } from './searchTerms';

/** The name of the CSS highlight that marks the searched words. */
const HIGHLIGHT = 'case-search-terms';

// The CSS Custom Highlight API: not in every TypeScript DOM library yet.
type HighlightRegistry = Map<string, unknown>;
type HighlightConstructor = new (...ranges: Range[]) => unknown;
const highlightApi = (): { registry: HighlightRegistry; Highlight: HighlightConstructor } | undefined => {
  const registry = (globalThis.CSS as { highlights?: HighlightRegistry } | undefined)?.highlights;
  const Highlight = (globalThis as { Highlight?: HighlightConstructor }).Highlight;
  return registry && Highlight ? { registry, Highlight } : undefined;
};

/** The DOM ranges of the searched words in the texts under `root` (summary and facts). */
function rangesIn(root: HTMLElement, terms: SearchTerm[]): Range[] {
  const ranges: Range[] = [];
  for (const field of root.querySelectorAll<HTMLElement>('[data-annotated-field]')) {
    // The text as one string, and where each of its text nodes starts in it.
    const nodes: { node: Text; start: number }[] = [];
    let text = '';
    const walker = document.createTreeWalker(field, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      nodes.push({ node: node as Text, start: text.length });
      text += node.nodeValue ?? '';
    }
    const at = (offset: number, end: boolean) => {
      // A word's end may be a node's end; its start is never one.
      const index = nodes.findLastIndex(({ start }) => (end ? start < offset : start <= offset));
      const { node, start } = nodes[Math.max(index, 0)];
      return { node, offset: offset - start };
    };
    for (const { start, end } of termRanges(text, terms)) {
      const range = document.createRange();
      const from = at(start, false);
      const to = at(end, true);
      range.setStart(from.node, from.offset);
      range.setEnd(to.node, to.offset);
      ranges.push(range);
    }
  }
  return ranges;
}

/**
 * The words of the search a case was opened from (`?q=…` in its address, so a reload or a shared
 * link keeps them) marked in its summary and facts, with a line saying so and a way to clear them.
 * The marks are a CSS highlight, not elements: the texts' own markup (the annotations' passages)
 * stays as it is, and so do the offsets of a selection to annotate.
 */
export const SearchTermMarks = ({ root }: { root: RefObject<HTMLElement | null> }) => {
  const translate = useTranslate();
  const location = useLocation();
  const navigate = useNavigate();
  const q = searchOfCaseAddress(location.search);
  const [count, setCount] = useState<number | null>(null);
  const first = useRef<Range | undefined>(undefined);

  useEffect(() => {
    const api = highlightApi();
    const container = root.current;
    const terms = searchTermsOf(q);
    if (!api || !container || !terms.length) return;
    const mark = () => {
      const ranges = rangesIn(container, terms);
      first.current = ranges[0];
      api.registry.set(HIGHLIGHT, new api.Highlight(...ranges));
      setCount(ranges.length);
    };
    mark();
    // The texts render again as annotations arrive or change: mark them again then.
    const observer = new MutationObserver(mark);
    observer.observe(container, { childList: true, subtree: true, characterData: true });
    return () => {
      observer.disconnect();
      api.registry.delete(HIGHLIGHT);
    };
  }, [q, root]);

  if (!highlightApi() || !q || count === null) return null;
  const clear = () => {
    const params = new URLSearchParams(location.search);
    params.delete('q');
    const search = params.toString();
    navigate({ pathname: location.pathname, search: search ? `?${search}` : '' }, { replace: true });
    setCount(null);
  };
  return (
    <>
      <GlobalStyles
        styles={(theme) => ({
          [`::highlight(${HIGHLIGHT})`]: {
            backgroundColor: theme.palette.mode === 'dark' ? 'rgba(100, 181, 246, 0.45)' : 'rgba(33, 150, 243, 0.28)',
            textDecoration: 'underline',
            textDecorationColor: theme.palette.info.main,
          },
        })}
      />
      <Alert
        severity="info"
        data-testid="search-marks"
        data-count={count}
        action={
          <Stack direction={{ xs: 'column', sm: 'row' }} gap={0.5}>
            {count > 0 ? (
              <Button
                color="inherit"
                size="small"
                onClick={() => first.current?.startContainer.parentElement?.scrollIntoView({ block: 'center' })}
              >
                {translate('caseatlas.case.search_marks_first')}
              </Button>
            ) : null}
            <Button color="inherit" size="small" onClick={clear}>
              {translate('caseatlas.case.search_marks_clear')}
            </Button>
          </Stack>
        }
      >
        {count > 0
          ? translate('caseatlas.case.search_marks', { q, smart_count: count })
          : translate('caseatlas.case.search_marks_none', { q })}
      </Alert>
    </>
  );
};
