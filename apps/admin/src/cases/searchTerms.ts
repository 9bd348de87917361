/** A stretch of a text that a searched word matches: [start, end). */
export interface TermRange {
  start: number;
  end: number;
}

/** A searched word: its folded text, and whether it was typed as a prefix (`recruit*`). */
export interface SearchTerm {
  text: string;
  prefix: boolean;
}

const fold = (text: string) => text.toLowerCase().replace(/ё/g, 'е');

/**
 * Pure: the words of a search text (`"debt bondage" +Dubai -Almaty recruit*`) worth marking in a
 * case: operators and quotes left out, words the search excludes (`-Almaty`) too, and words of
 * one letter. Each word once, folded.
 */
export function searchTermsOf(q: string): SearchTerm[] {
  const terms = new Map<string, SearchTerm>();
  // A word with what precedes it (a space, "(", a quote or an operator) and a trailing "*".
  for (const match of q.matchAll(/(^|[\s("|+~])(-?)([\p{L}\p{N}][\p{L}\p{N}'’_-]*)(\*?)/gu)) {
    const [, , excluded, word, star] = match;
    if (excluded || [...word].length < 2) continue;
    const text = fold(word);
    terms.set(text, { text, prefix: Boolean(star) || terms.get(text)?.prefix === true });
  }
  return [...terms.values()];
}

/**
 * Whether a word of the case is a form of `term`. The search reads words by their stem (the
 * analyzer makes "долговой кабале" the same words as "долговая кабала", "recruited" as
 * "recruit"), so a long word's ending may differ; a word of up to three letters ("in", "Osh")
 * must be itself, or it would mark every word starting so.
 */
function isFormOf(word: string, { text, prefix }: SearchTerm): boolean {
  const letters = [...text];
  if (prefix) return word.startsWith(text);
  if (letters.length <= 3) return word === text;
  if (letters.length <= 5) return word.startsWith(text);
  return word.startsWith(letters.slice(0, letters.length - 2).join(''));
}

/**
 * Pure: the stretches of `text` that are forms of the searched words (whole words), in text order.
 */
export function termRanges(text: string, terms: readonly SearchTerm[]): TermRange[] {
  if (!terms.length) return [];
  const ranges: TermRange[] = [];
  for (const match of text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’_-]*/gu)) {
    const word = fold(match[0]);
    if (terms.some((term) => isFormOf(word, term)))
      ranges.push({ start: match.index, end: match.index + match[0].length });
  }
  return ranges;
}
