import { detect } from './detect';
import { GIVEN_NAMES, NOT_NAMES, SURNAMES } from './gazetteer';
import { isValidIin, passesLuhn } from './checksums';
import type { EntityType } from './types';

const SURNAME_ENDING =
  /^\p{L}{2,}(?:ov|ev|yev|ova|eva|yeva|in|ina|enko|zoda|zade|uly|kyzy|ovich|ovna|evich|evna|ов|ев|ова|ева|ин|ина|енко|зода|ович|овна|евич|евна|ұлы|қызы|уулу|кызы)$/iu;

/**
 * Whether a short formatted token (a tag, a defendant label, a case reference) carries a personal
 * identifier, and which kind; null when it does not. Such tokens cannot be redacted in place, so a
 * caller refuses them. Pure.
 *
 * `870412300416` → NATIONAL_ID, `ivanov_sergey_petrovich` and `Ivanov_Sergey` → PERSON,
 * `KZ-870412300416-77011234567` → NATIONAL_ID; `online_recruitment`, `debt_bondage`, `D1` and
 * `KZ-2019-ALM-0042` → null.
 */
export function findIdentifierInToken(token: string): EntityType | null {
  const spaced = token.replace(/[_]+/g, ' ');
  const found = detect(spaced).find((detection) => detection.type !== 'PERSON');
  if (found) return found.type;
  const parts = token.split(/[\s_\-.:/]+/).filter(Boolean);
  for (const part of parts) {
    if (/^\d{12}$/.test(part) && isValidIin(part)) return 'NATIONAL_ID';
    if (/^\d{16,19}$/.test(part) && passesLuhn(part)) return 'CARD';
    if (/^[1-6]\d{13}$/.test(part)) return 'NATIONAL_ID';
    // Long digit runs in a token are numbers of a person (ID, phone, card): references use short ones.
    if (/^\+?\d{10,}$/.test(part)) return /^(?:\+?7|8)\d{10}$|^\+?\d{11,15}$/.test(part) ? 'PHONE' : 'NATIONAL_ID';
    // Document numbers: passports and ID cards carry 7 to 9 digits, with a letter or two before
    // them or none (N12345678, id 012345678); references and article numbers use fewer.
    if (/^[a-z]{0,2}\d{7,9}$/i.test(part)) return /^[a-z]/i.test(part) ? 'PASSPORT' : 'NATIONAL_ID';
  }
  const words = parts.filter((part) => /^\p{L}{2,}$/u.test(part)).map((part) => part.toLowerCase());
  const nameWords = words.filter((word) => GIVEN_NAMES.has(word) || SURNAMES.has(word) || SURNAME_ENDING.test(word));
  // One name word may be a legitimate tag ("kafala" is no name); a surname shape or two name words are a person.
  if (nameWords.length >= 2 || nameWords.some((word) => SURNAME_ENDING.test(word))) return 'PERSON';
  return null;
}

const PATRONYMIC_ENDING = /^\p{L}{2,}(?:ovich|evich|ovna|evna|ichna|uly|kyzy|ович|евич|овна|евна|ична|ұлы|қызы)$/iu;
// Places the gazetteer also lists as names, or that end like surnames (China, Georgia).
const NOT_NAME_WORDS = new Set([...NOT_NAMES].map((word) => word.toLowerCase()));
const isSurnameShaped = (word: string) =>
  !NOT_NAME_WORDS.has(word) && (SURNAMES.has(word) || SURNAME_ENDING.test(word));

/**
 * Whether the words of a web address (lower case, split at its separators: `ivanov-sergey`,
 * `zhumagalieva_aigerim_nurlanovna`) name a person: a given name next to a surname or a word of
 * surname shape, or a patronymic. Addresses are written in lower case, where the anonymizer's
 * free-text rules, which read capitals, do not see names. Pure.
 */
export function namesPersonInWords(words: readonly string[]): boolean {
  return words.some(
    (word, index) =>
      PATRONYMIC_ENDING.test(word) ||
      (GIVEN_NAMES.has(word) &&
        !NOT_NAME_WORDS.has(word) &&
        [words[index - 1], words[index + 1]].some((next) => next !== undefined && isSurnameShaped(next))),
  );
}
