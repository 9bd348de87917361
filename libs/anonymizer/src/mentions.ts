import { INSTITUTION_WORD, NOT_NAMES } from './gazetteer';
import { ROAD_WORD_AFTER, STREET_WORD_BEFORE } from './language';
import type { Detection } from './types';

/** Russian case endings: «Каримовой» and «Каримова» are one mention. */
const mentionKey = (word: string) => {
  const lower = word.toLowerCase();
  return lower.length > 4 ? lower.replace(/(?:ой|ою|ым|ому|ого|ую|ем|ей|а|у|е|ы|я|ю)$/u, '') : lower;
};
const CAPITALISED_WORD = /(?<![\p{L}\p{N}])\p{Lu}[\p{L}'ʻʼ‘’`]{2,40}(?![\p{L}])/gu;

/** The words of the people found, as keys a later mention of one of them is looked up by. */
export function nameWordsOf(people: Iterable<Detection>): Set<string> {
  const keys = new Set<string>();
  for (const person of people) {
    for (const word of person.text.match(/\p{L}[\p{L}'ʻʼ‘’`]{2,}/gu) ?? []) {
      if (/^\p{Lu}/u.test(word) && !NOT_NAMES.has(word) && !INSTITUTION_WORD.test(word)) keys.add(mentionKey(word));
    }
  }
  return keys;
}

/**
 * Later mentions of someone already found, by one of their names alone ("Professor Susan Kreston …
 * Kreston said"): a case names a person in full once and then by surname or given name, and a
 * word that was a name there is one here. Only where no detection already is. Linear.
 */
export function findMentions(
  text: string,
  nameWords: ReadonlySet<string>,
  existing: readonly Detection[],
): Detection[] {
  if (nameWords.size === 0) return [];
  const taken = [...existing].sort((a, b) => a.start - b.start);
  const found: Detection[] = [];
  let next = 0;
  for (const match of text.matchAll(CAPITALISED_WORD)) {
    const start = match.index;
    const end = start + match[0].length;
    while (next < taken.length && taken[next].end <= start) next++;
    if (next < taken.length && taken[next].start < end) continue;
    if (!nameWords.has(mentionKey(match[0]))) continue;
    // The same word naming a place («Токтогул районунан», «шаҳри Ваҳдат»): a person's name given
    // to a place is not the person. (Not «… номидаги»: that is also a card in someone's name.)
    if (ROAD_WORD_AFTER.test(text.slice(end, end + 24))) continue;
    if (STREET_WORD_BEFORE.test(text.slice(Math.max(0, start - 16), start))) continue;
    found.push({ type: 'PERSON', start, end, text: match[0] });
  }
  return found;
}
