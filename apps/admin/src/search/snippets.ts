import { parseHighlight } from './highlight';
import type { HighlightSegment } from './highlight';

/** A fragment of a hit as a result card shows it: its segments, and where text was cut off. */
export interface Snippet {
  segments: HighlightSegment[];
  /** The fragment starts inside a sentence: "…" before it. */
  cutBefore: boolean;
  /** The fragment stops inside a sentence: "…" after it. */
  cutAfter: boolean;
}

/** Fragments shown per hit: more make a result list hard to scan. */
export const MAX_SNIPPETS = 3;

/** Shorter shared text is a coincidence ("the victim"), not the same passage. */
const MIN_OVERLAP = 24;

const plainOf = (segments: HighlightSegment[]) => segments.map((segment) => segment.text).join('');

/** The segments with runs of white space made one space and the ends trimmed, so equal passages compare equal. */
function tidy(segments: HighlightSegment[]): HighlightSegment[] {
  const spaced = segments.map((segment) => ({ ...segment, text: segment.text.replace(/\s+/g, ' ') }));
  if (spaced.length) {
    spaced[0].text = spaced[0].text.trimStart();
    spaced[spaced.length - 1].text = spaced[spaced.length - 1].text.trimEnd();
  }
  return join(spaced);
}

/** Neighbouring segments of the same kind made one, empty ones dropped. */
function join(segments: HighlightSegment[]): HighlightSegment[] {
  const joined: HighlightSegment[] = [];
  for (const segment of segments) {
    if (!segment.text) continue;
    const last = joined.at(-1);
    if (last?.marked === segment.marked) last.text += segment.text;
    else joined.push({ ...segment });
  }
  return joined;
}

/** The segments without their first `count` characters. */
function dropStart(segments: HighlightSegment[], count: number): HighlightSegment[] {
  const rest: HighlightSegment[] = [];
  let left = count;
  for (const segment of segments) {
    if (left >= segment.text.length) {
      left -= segment.text.length;
      continue;
    }
    rest.push({ ...segment, text: segment.text.slice(left) });
    left = 0;
  }
  return rest;
}

/** The length of the longest end of `first` that `second` starts with (at least MIN_OVERLAP), or 0. */
function overlap(first: string, second: string): number {
  for (let length = Math.min(first.length, second.length); length >= MIN_OVERLAP; length--) {
    if (first.endsWith(second.slice(0, length))) return length;
  }
  return 0;
}

/**
 * `candidate` merged into `kept` when they are the same passage: one holds the other, or the end
 * of one is the start of the other (a sentence the summary and the facts share). Undefined when
 * they are different passages.
 */
function merged(kept: HighlightSegment[], candidate: HighlightSegment[]): HighlightSegment[] | undefined {
  const keptText = plainOf(kept);
  const candidateText = plainOf(candidate);
  if (keptText.includes(candidateText)) return kept;
  if (candidateText.includes(keptText)) return candidate;
  const after = overlap(keptText, candidateText);
  if (after) return join([...kept, ...dropStart(candidate, after)]);
  const before = overlap(candidateText, keptText);
  if (before) return join([...candidate, ...dropStart(kept, before)]);
  return undefined;
}

// A sentence starts with a capital, a digit or an opening quote or bracket; it ends with . ! ? or …,
// maybe followed by a closing quote or bracket.
const SENTENCE_START = /^[\p{Lu}\p{N}«"“„'([]/u;
const SENTENCE_END = /(?:[.!?…]|\.\.\.)["»”'’)\]]*$/u;
const ELLIPSIS_START = /^(?:…|\.\.\.)/u;

/**
 * Pure: the highlight fragments of a hit (in order: summary, then facts) as snippets to show.
 * The same passage is shown once: fragments that repeat, hold or continue another are merged
 * into it. "…" marks only a real cut, and never doubles one the text already has.
 */
export function snippetsOf(fragments: readonly string[], max: number = MAX_SNIPPETS): Snippet[] {
  const kept: HighlightSegment[][] = [];
  for (const fragment of fragments) {
    const segments = tidy(parseHighlight(fragment));
    if (!segments.length) continue;
    const index = kept.findIndex((other) => merged(other, segments) !== undefined);
    if (index === -1) kept.push(segments);
    else kept[index] = merged(kept[index], segments)!;
  }
  return kept.slice(0, max).map((segments) => {
    const text = plainOf(segments);
    return {
      segments,
      cutBefore: !SENTENCE_START.test(text) && !ELLIPSIS_START.test(text),
      cutAfter: !SENTENCE_END.test(text),
    };
  });
}
