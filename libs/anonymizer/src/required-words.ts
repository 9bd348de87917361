/**
 * What a pattern cannot match without (a service's name, a cue word, a street word), searched
 * for first: most texts hold none, and ruling a pattern out by a plain search costs far less
 * than running it (a pattern opening on a look-behind is tried at every position of the text).
 * The words must be a necessary condition: every match of the pattern contains one of them.
 */
const REQUIRED_WORDS = new Map<RegExp, RegExp>();

export function requiring(words: RegExp, pattern: RegExp): RegExp {
  if (words.global || words.sticky) throw new Error('required words are tested, never iterated: no g or y flag');
  REQUIRED_WORDS.set(pattern, words);
  return pattern;
}

// Several patterns share their words: each is searched for once per text.
let lastText: string | undefined;
const found = new Map<RegExp, boolean>();

/** Every pattern with the words it requires, for the spec that holds them to it. */
export function requirements(): ReadonlyArray<readonly [pattern: RegExp, words: RegExp]> {
  return [...REQUIRED_WORDS];
}

/** False when `text` lacks every word `pattern` requires; true when it may match. */
export function mayMatch(pattern: RegExp, text: string): boolean {
  const words = REQUIRED_WORDS.get(pattern);
  if (words === undefined) return true;
  if (text !== lastText) {
    lastText = text;
    found.clear();
  }
  let present = found.get(words);
  if (present === undefined) found.set(words, (present = words.test(text)));
  return present;
}
