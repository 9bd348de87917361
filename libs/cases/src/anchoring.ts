/**
 * Re-anchoring of text annotations after a case text was edited.
 *
 * An annotation stores a W3C TextQuoteSelector (exact, prefix, suffix) and a
 * TextPositionSelector (start, end; UTF-16 offsets, end exclusive). After an
 * edit we look for the quote again. The guiding rule: a wrong placement is far
 * worse than an orphan, so every non-trivial placement must be backed by the
 * surrounding context (or, for exact matches, by a long distinctive quote).
 *
 * Pure module: no framework imports, no I/O.
 */
import type { default as Search } from 'approx-string-match' with { 'resolution-mode': 'import' };

// approx-string-match is ESM-only while the API compiles to CommonJS (module
// node16, which rejects a static import of ESM with TS1479). Node >= 20.19
// require()s ESM natively (the namespace carries the default export); jest
// transpiles the package to CommonJS (see jest.config.js).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const search: typeof Search = require('approx-string-match').default;

/** Characters of context stored on each side of the quote. */
export const CONTEXT_LENGTH = 32;

export interface TextAnchor {
  exact: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
}

/**
 * Placed: `anchor` holds the selectors in the new text (prefix/suffix are always
 * recomputed, `exact` differs after a fuzzy match); `moved` tells whether
 * start/end changed. Orphaned: the old anchor, unchanged.
 */
export type ReanchorResult =
  { anchor: TextAnchor; orphaned: false; moved: boolean } | { anchor: TextAnchor; orphaned: true };

export interface ReanchorOptions {
  /**
   * The text the anchor was computed against. When given, the single edited
   * region (common prefix/suffix of old and new text) tells exactly where an
   * anchor outside that region went, which is the only way to tell apart
   * identical passages with identical context.
   */
  previousText?: string;
}

/** A side of context "agrees" when its similarity (0..1) reaches this. Two
 *  unrelated 32-char windows of prose typically score 0.2-0.45. */
const CONTEXT_AGREES = 0.6;
/** Candidates whose context score is within this of the best are treated as
 *  equally plausible and separated by distance; anything further below the
 *  best is never chosen. */
const CONTEXT_TIE = 0.1;
/** An exact quote at least this long may move without context support: such a
 *  passage occurring exactly once is very unlikely to be a different one. */
const DISTINCTIVE_QUOTE_LENGTH = 2 * CONTEXT_LENGTH;
/** A medium quote (>= CONTEXT_LENGTH) occurring exactly once may also move
 *  without context support if it stayed this close to the expected position
 *  (the typical "sentence around it was rewritten" edit). */
const NEARBY_DISTANCE = 8 * CONTEXT_LENGTH;
/** Quotes shorter than this only ever match exactly: 1-2 errors on 3 chars
 *  could match almost anything. */
const MIN_FUZZY_QUOTE_LENGTH = 4;
/** Maximum quote errors for a fuzzy match, as a fraction of the quote length. */
const MAX_ERROR_RATE = 0.2;
/** Longer quotes are located by their head and tail only (then verified in a
 *  small window), keeping the global search cost independent of quote length. */
const SEED_THRESHOLD = 256;
const SEED_LENGTH = 64;
/** A fuzzy match is rejected when a distinct passage scores within this many
 *  points (of ~92) of it. */
const AMBIGUITY_MARGIN = 5;
/** Cap on fuzzy candidates examined (nearest to the expected position first). */
const MAX_CANDIDATES = 200;

export function anchorAt(text: string, start: number, end: number): TextAnchor {
  if (!Number.isInteger(start) || !Number.isInteger(end)) {
    throw new RangeError(`anchor offsets must be integers (got ${start}, ${end})`);
  }
  if (start < 0 || end > text.length || start >= end) {
    throw new RangeError(`invalid anchor range [${start}, ${end}) for a text of length ${text.length}`);
  }
  return {
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - CONTEXT_LENGTH), start),
    suffix: text.slice(end, end + CONTEXT_LENGTH),
    start,
    end,
  };
}

export function reanchor(text: string, anchor: TextAnchor, options: ReanchorOptions = {}): ReanchorResult {
  const { exact } = anchor;
  if (exact.length === 0) return { anchor, orphaned: true };
  const placed = (start: number, end: number): ReanchorResult => ({
    anchor: anchorAt(text, start, end),
    orphaned: false,
    moved: start !== anchor.start || end !== anchor.end,
  });

  // 0. With the previous text, an anchor outside the edited region moved by a
  //    known amount (0 before the edit, the length change after it).
  let expected = anchor.start;
  // Where the passage may be now. A passage the edit touched can only be inside the edited span:
  // all text outside it was there before, as other passages, so a look-alike there is not ours.
  let mayLie = (_start: number, _end: number) => true;
  if (options.previousText !== undefined) {
    const mapped = mapThroughEdit(options.previousText, text, anchor.start, anchor.end);
    if (mapped !== null) {
      if (text.slice(mapped, mapped + exact.length) === exact) {
        return placed(mapped, mapped + exact.length);
      }
      expected = mapped;
    } else {
      const { head, tail } = editedRegion(options.previousText, text);
      const editEnd = text.length - tail;
      mayLie = (start, end) => start < Math.max(editEnd, head + 1) && end > head;
    }
  }

  // a/b. Exact occurrences. The old position is one candidate among them: it
  //      wins unless another occurrence has clearly better context (a short
  //      quote can land on the old offset by coincidence after a shift).
  const occurrences = exactOccurrences(text, exact).filter((start) => mayLie(start, start + exact.length));
  // An exact occurrence accepted without context support; an edited original
  // that still sits between both its old context sides beats it (step c).
  let uncorroborated: { start: number; end: number } | null = null;
  if (occurrences.length > 0) {
    const scored = occurrences.map((start) => ({
      start,
      end: start + exact.length,
      ...contextScore(text, start, start + exact.length, anchor),
    }));
    const best = Math.max(...scored.map((c) => c.context));
    const atOld = scored.find((c) => c.start === anchor.start);
    if (atOld && atOld.context >= best - CONTEXT_TIE) return placed(atOld.start, atOld.end);

    if (scored.length === 1) {
      // A single occurrence elsewhere: take it if its context agrees, if the
      // quote is long enough to be distinctive on its own, or if a medium
      // quote is still close to where it was expected.
      const only = scored[0];
      const nearby = exact.length >= CONTEXT_LENGTH && Math.abs(only.start - expected) <= NEARBY_DISTANCE;
      if (only.supported) return placed(only.start, only.end);
      if (nearby || exact.length >= DISTINCTIVE_QUOTE_LENGTH) uncorroborated = only;
    } else {
      // Several: only those whose context agrees and is (nearly) the best;
      // identical-looking ones are then separated by distance to where the
      // passage is expected. Never one with clearly worse context.
      const eligible = scored.filter((c) => c.supported && c.context >= best - CONTEXT_TIE);
      if (eligible.length > 0) {
        const chosen = nearest(eligible, expected);
        return placed(chosen.start, chosen.end);
      }
    }
    // Fall through: the original passage may have been edited slightly while
    // the same words survive elsewhere in an unrelated place.
  }

  // c. Approximate matching of the quote, accepted only with context support.
  //    If the old prefix is now directly followed by the old suffix, the quote
  //    was cut out from between them: any fuzzy look-alike elsewhere (e.g. in
  //    templated paragraphs) is by definition a different passage.
  const quoteWasCut = wasCut(text, anchor);
  if (exact.length >= MIN_FUZZY_QUOTE_LENGTH && !quoteWasCut) {
    const maxErrors = Math.max(1, Math.floor(exact.length * MAX_ERROR_RATE));
    const candidates = fuzzyCandidates(text, exact, maxErrors, expected, occurrences);
    const scored: { start: number; end: number; score: number }[] = [];
    for (const m of candidates) {
      if (m.errors > maxErrors || m.end <= m.start || !mayLie(m.start, m.end)) continue;
      const ctx = contextScore(text, m.start, m.end, anchor);
      if (!ctx.supported) continue;
      if (uncorroborated && Math.min(ctx.prefix, ctx.suffix) < CONTEXT_AGREES) continue;
      // Quote similarity dominates, then context (both sides), then a small
      // preference for proximity (weights as in Hypothesis' match-quote).
      const distance = Math.abs(m.start - expected) / Math.max(1, text.length);
      const score =
        50 * (1 - m.errors / exact.length) + 20 * ctx.prefix + 20 * ctx.suffix + 2 * (1 - Math.min(1, distance));
      scored.push({ start: m.start, end: m.end, score });
    }
    if (scored.length > 0) {
      const chosen = scored.reduce((a, b) => (b.score > a.score ? b : a));
      // Two distinct passages that fit about equally well (templated text,
      // look-alike paragraphs): guessing could land on the wrong one.
      const rival = scored.some(
        (c) => (c.start >= chosen.end || c.end <= chosen.start) && c.score >= chosen.score - AMBIGUITY_MARGIN,
      );
      if (!rival) return placed(chosen.start, chosen.end);
      return { anchor, orphaned: true };
    }
  }
  if (uncorroborated) return placed(uncorroborated.start, uncorroborated.end);

  // d. Nothing trustworthy: keep the old anchor, marked orphaned.
  return { anchor, orphaned: true };
}

/** Whether the old context sides are now adjacent (at a text edge, an empty
 *  side means the other side now starts/ends the text). */
function wasCut(text: string, { prefix, suffix }: TextAnchor): boolean {
  if (prefix.length + suffix.length < CONTEXT_LENGTH / 2) return false; // too little to tell
  if (prefix.length === 0) return text.startsWith(suffix);
  if (suffix.length === 0) return text.endsWith(prefix);
  return text.includes(prefix + suffix);
}

/** Maps [start, end) of `before` into `after` assuming one contiguous edit
 *  (found as the longest common prefix and suffix). Null when the range
 *  overlaps the edited region. */
/** The one span that differs between two texts: common head and tail aside (offsets in `after`). */
function editedRegion(before: string, after: string): { head: number; tail: number } {
  const limit = Math.min(before.length, after.length);
  let head = 0;
  while (head < limit && before.charCodeAt(head) === after.charCodeAt(head)) head++;
  let tail = 0;
  while (
    tail < limit - head &&
    before.charCodeAt(before.length - 1 - tail) === after.charCodeAt(after.length - 1 - tail)
  ) {
    tail++;
  }
  return { head, tail };
}

function mapThroughEdit(before: string, after: string, start: number, end: number): number | null {
  if (end > before.length) return null;
  const { head, tail } = editedRegion(before, after);
  if (head === before.length && head === after.length) return start; // identical
  if (end <= head) return start;
  if (start >= before.length - tail) return start + after.length - before.length;
  return null;
}

function exactOccurrences(text: string, quote: string): number[] {
  const found: number[] = [];
  for (let i = text.indexOf(quote); i !== -1; i = text.indexOf(quote, i + 1)) found.push(i);
  return found;
}

function nearest<T extends { start: number }>(items: T[], position: number): T {
  return items.reduce((a, b) => (Math.abs(b.start - position) < Math.abs(a.start - position) ? b : a));
}

interface ContextScore {
  prefix: number;
  suffix: number;
  /** Mean of both sides. */
  context: number;
  /** At least one side agrees. */
  supported: boolean;
}

function contextScore(text: string, start: number, end: number, anchor: TextAnchor): ContextScore {
  const prefix = sideSimilarity(
    anchor.prefix,
    text.slice(Math.max(0, start - anchor.prefix.length), start),
    start === 0,
  );
  const suffix = sideSimilarity(anchor.suffix, text.slice(end, end + anchor.suffix.length), end === text.length);
  return {
    prefix,
    suffix,
    context: (prefix + suffix) / 2,
    supported: Math.max(prefix, suffix) >= CONTEXT_AGREES,
  };
}

/** Similarity (0..1) of an old context side with the same-length window of the
 *  new text. An empty old side (quote at a text edge) agrees only if the
 *  candidate is at the same edge. */
function sideSimilarity(old: string, current: string, atEdge: boolean): number {
  if (old.length === 0) return atEdge ? 1 : 0;
  if (current.length === 0) return 0;
  return 1 - levenshtein(old, current) / Math.max(old.length, current.length);
}

function levenshtein(a: string, b: string): number {
  let prev = new Uint32Array(b.length + 1);
  let curr = new Uint32Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    curr[0] = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const cost = ca === b.charCodeAt(j - 1) ? 0 : 1;
      curr[j] = Math.min(prev[j] + 1, curr[j - 1] + 1, prev[j - 1] + cost);
    }
    [prev, curr] = [curr, prev];
  }
  return prev[b.length];
}

interface Match {
  start: number;
  end: number;
  errors: number;
}

/**
 * Approximate matches of `quote`. `search` reports only the lowest-error
 * matches over the whole text, so a slightly better but wrong passage far away
 * would hide the (edited) original; a second search in a window around the
 * expected position recovers the local best.
 */
function fuzzyCandidates(
  original: string,
  quote: string,
  maxErrors: number,
  expected: number,
  exactStarts: number[],
): Match[] {
  // Exact occurrences were already judged (and rejected) in step b; blank them
  // out so they neither win again nor hide the edited original.
  const text = mask(original, exactStarts, quote.length);
  const slack = quote.length + maxErrors + 4 * CONTEXT_LENGTH;
  const windowMatches = searchIn(text, quote, maxErrors, expected - slack, expected + quote.length + slack);

  let global: Match[];
  if (quote.length <= SEED_THRESHOLD) {
    global = search(text, quote, maxErrors);
  } else {
    // Long quote: find its head and tail (cost independent of quote length),
    // then verify the full quote in a window around each seed.
    const seedErrors = Math.floor(SEED_LENGTH * MAX_ERROR_RATE);
    const head = search(text, quote.slice(0, SEED_LENGTH), seedErrors).map((m) => m.start);
    const tail = search(text, quote.slice(-SEED_LENGTH), seedErrors).map((m) => m.end - quote.length);
    const seeds = [...new Set([...head, ...tail])]
      .sort((a, b) => Math.abs(a - expected) - Math.abs(b - expected))
      .slice(0, 20);
    global = seeds.flatMap((s) => searchIn(text, quote, maxErrors, s - maxErrors, s + quote.length + maxErrors));
  }

  const seen = new Set<string>();
  const all: Match[] = [];
  for (const m of [...windowMatches, ...global]) {
    const key = `${m.start}:${m.end}`;
    if (!seen.has(key)) {
      seen.add(key);
      all.push(m);
    }
  }
  return all.sort((a, b) => Math.abs(a.start - expected) - Math.abs(b.start - expected)).slice(0, MAX_CANDIDATES);
}

function mask(text: string, starts: number[], length: number): string {
  if (starts.length === 0) return text;
  const parts: string[] = [];
  let at = 0;
  for (const start of starts) {
    const from = Math.max(at, start); // occurrences may overlap ("aaa" in "aaaa")
    parts.push(text.slice(at, from), '\u0000'.repeat(start + length - from));
    at = start + length;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

function searchIn(text: string, quote: string, maxErrors: number, from: number, to: number): Match[] {
  const lo = Math.max(0, from);
  const hi = Math.min(text.length, to);
  if (hi <= lo) return [];
  return search(text.slice(lo, hi), quote, maxErrors).map((m) => ({
    start: m.start + lo,
    end: m.end + lo,
    errors: m.errors,
  }));
}
