import {
  COUNTRY_NAMES,
  GIVEN_NAMES,
  INSTITUTION_WORD,
  NAMES_THAT_ARE_WORDS,
  NOT_NAMES,
  PLACES,
  RUSSIAN_NOUNS,
  THING_NAME,
} from './gazetteer';
import { ROAD_WORD_AFTER, STREET_WORD_BEFORE } from './language';
import { nameKey } from './transliterate';
import type { Detection } from './types';

/** Russian case endings: «Каримовой» and «Каримова» are one mention. */
const mentionKey = (word: string) => {
  const lower = word.toLowerCase();
  return lower.length > 4 ? lower.replace(/(?:ой|ою|ым|ому|ого|ую|ем|ей|а|у|е|ы|я|ю)$/u, '') : lower;
};
// A Turkic case ending glued on («Гүлзиранын», "Zarnigorning", "Zarnigorga") or a Turkish one after
// its apostrophe ("Karaca'nın"): the same person as the name without it.
const TURKIC_ENDING =
  /(?:['’]\p{L}{1,5}|ning|nıń|niń|nyń|nıñ|niñ|dıñ|diñ|tıñ|tiñ|dan|den|tan|ten|nan|nen|ni|ga|ka|qa|ǵa|ge|ke|da|de|ta|te|нинг|ның|нің|дың|дің|тың|тің|нын|нин|дын|дин|тын|тин|нун|нүн|дун|дүн|тун|түн|дан|ден|тан|тен|нан|нен|дон|дөн|тон|төн|ға|ге|қа|ке|га|ка|го|гө|ко|кө|ны|ні|ну|нү|ро)$/u;
const withoutTurkicEnding = (word: string) => {
  const stem = word.replace(TURKIC_ENDING, '');
  return stem.length >= 3 ? stem : word;
};
const CAPITALISED_WORD = /(?<![\p{L}\p{N}])\p{Lu}[\p{L}'ʻʼ‘’`]{2,40}(?![\p{L}])/gu;

// «Қызы Жансая» (her daughter Zhansaya), «Нургүл Кеңеш кызы» (daughter of Kenesh): the kin word is
// no name, and «Қызының» later is not a mention of her.
const KIN_WORD = /^(?:қызы|кызы|qizi|qyzy|ұлы|уулу|uulu|o['ʻ‘’]?g['ʻ‘’]?li|баласы|balasy)$/iu;

/** The words of the people found, as keys a later mention of one of them is looked up by. */
export function nameWordsOf(people: Iterable<Detection>): Set<string> {
  const keys = new Set<string>();
  for (const person of people) {
    // A name found in lower case (a chat's speaker, «галымжан: …») is named so again in the messages.
    // Not a word of the language found there by mistake («вопрос:», «надежда»): it would spread.
    if (!/\p{Lu}/u.test(person.text))
      for (const word of person.text.match(/\p{L}{3,}/gu) ?? [])
        if (!RUSSIAN_NOUNS.has(word) && !NAMES_THAT_ARE_WORDS.has(word)) keys.add(`${LOWER_CASE_KEY}${word}`);
    for (const word of person.text.match(/\p{L}[\p{L}'ʻʼ‘’`]{2,}/gu) ?? []) {
      if (/^\p{Lu}/u.test(word) && !NOT_NAMES.has(word) && !INSTITUTION_WORD.test(word) && !KIN_WORD.test(word)) {
        keys.add(mentionKey(word));
        // Found under a Turkish ending ("Jyldyz'ı"): named without it elsewhere ("Jyldyz,").
        if (/['’]/u.test(word)) keys.add(mentionKey(withoutTurkicEnding(word)));
      }
    }
  }
  return keys;
}

const LOWER_CASE_KEY = 'lower:';
const LOWER_CASE_WORD = /(?<![\p{L}\p{N}@._/-])\p{Ll}{3,40}(?![\p{L}\p{N}@_/-])/gu;

/** The capitalised words no detection covers yet, in one pass over the text and the detections. */
function* freeCapitalisedWords(text: string, existing: readonly Detection[], pattern = CAPITALISED_WORD) {
  const taken = [...existing].sort((a, b) => a.start - b.start);
  let next = 0;
  for (const match of text.matchAll(pattern)) {
    const start = match.index;
    const end = start + match[0].length;
    while (next < taken.length && taken[next].end <= start) next++;
    if (next < taken.length && taken[next].start < end) continue;
    yield { match, start, end };
  }
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
  const found: Detection[] = [];
  for (const { match, start, end } of freeCapitalisedWords(text, existing)) {
    const word = match[0];
    // "Malta" is no "Mal" under an ending.
    const underEnding =
      !PLACES.has(word.toLowerCase()) &&
      !COUNTRY_NAMES.has(word.toLowerCase()) &&
      nameWords.has(mentionKey(withoutTurkicEnding(word)));
    if (!nameWords.has(mentionKey(word)) && !underEnding) continue;
    // The same word naming a place («Токтогул районунан», «шаҳри Ваҳдат»): a person's name given
    // to a place is not the person. (Not «… номидаги»: that is also a card in someone's name.)
    if (ROAD_WORD_AFTER.test(text.slice(end, end + 24))) continue;
    if (STREET_WORD_BEFORE.test(text.slice(Math.max(0, start - 16), start))) continue;
    found.push({ type: 'PERSON', start, end, text: match[0] });
  }
  if ([...nameWords].some((key) => key.startsWith(LOWER_CASE_KEY)))
    for (const { match, start, end } of freeCapitalisedWords(text, existing, LOWER_CASE_WORD))
      if (nameWords.has(`${LOWER_CASE_KEY}${match[0]}`)) found.push({ type: 'PERSON', start, end, text: match[0] });
  return found;
}

/** The words handles are made of besides names ("@dubai_jobs", "@queen_bermet", "@rabota_official"). */
const HANDLE_FILLER =
  /^(?:jobs?|works?|rabota|jumys|zhumys|jumis|ishlar|vakansi\p{L}*|official|girls?|club|agency|travel|visa|support|info|admin|team|group|channel|news|queen|king|boss|baby|love|star|best|real|life|help|service|money|cash|tours?|trip|abroad|online|shop|store|home|family|city|korea|turkey|dubai|moscow|almaty|tashkent|bishkek|sales|reklama|marketing|office|contact|hello|mail|noreply|booking|orders?|hotel|market)$/u;

/**
 * The letter runs of the handles and e-mail addresses found (`@dxb.kunduz.30` → kunduz), as name
 * keys in either script: a person is often named by the word their handle is made of.
 */
export function handleWordsOf(detections: Iterable<Detection>): Set<string> {
  const keys = new Set<string>();
  for (const detection of detections) {
    if (detection.type !== 'HANDLE' && detection.type !== 'EMAIL') continue;
    const local = detection.type === 'EMAIL' ? detection.text.split('@')[0] : detection.text.replace(/^.*\//u, '');
    for (const run of local.toLowerCase().match(/\p{L}{4,}/gu) ?? [])
      if (!HANDLE_FILLER.test(run)) keys.add(nameKey(run));
  }
  return keys;
}

/**
 * «Фатма … @dxb.fatma.17», "Nuriza, Telegram'da @nuriza620": a capitalised word, in any script and
 * case ending, that spells a word of a handle or e-mail address in the same text names the person
 * who goes by it, unless it is a place (not also a given name), a network or an institution.
 */
export function findHandleOwners(
  text: string,
  handleWords: ReadonlySet<string>,
  existing: readonly Detection[],
): Detection[] {
  if (handleWords.size === 0) return [];
  const found: Detection[] = [];
  for (const { match, start, end } of freeCapitalisedWords(text, existing)) {
    const word = match[0];
    const lower = word.toLowerCase();
    // The word itself or its stem before a case ending («Кундуз менен», «Досыма»).
    const stems = [
      lower,
      lower.replace(/(?:ning|нинг|ның|нің|дың|дің|га|ге|ға|ка|ке|қа|ой|ом|у|е|а|ы|я|ю|дан|ден|тан|тен)$/u, ''),
    ];
    if (!stems.some((stem) => stem.length >= 4 && handleWords.has(nameKey(stem)))) continue;
    const place = PLACES.has(lower) && !GIVEN_NAMES.has(lower);
    if (place || NOT_NAMES.has(word) || INSTITUTION_WORD.test(word) || THING_NAME.test(word)) continue;
    found.push({ type: 'PERSON', start, end, text: word });
  }
  return found;
}
