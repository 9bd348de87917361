import { detect } from './detect';
import { GIVEN_NAMES, SURNAMES } from './gazetteer';
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
export function findIdentifierInToken(
  token: string,
  { documentNumbers = true }: { documentNumbers?: boolean } = {},
): EntityType | null {
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
    if (documentNumbers && /^[a-z]{0,2}\d{7,9}$/i.test(part)) return /^[a-z]/i.test(part) ? 'PASSPORT' : 'NATIONAL_ID';
  }
  const words = parts.filter((part) => /^\p{L}{2,}$/u.test(part)).map((part) => part.toLowerCase());
  const nameWords = words.filter((word) => GIVEN_NAMES.has(word) || SURNAMES.has(word) || SURNAME_ENDING.test(word));
  // One name word may be a legitimate tag ("kafala" is no name); a surname shape or two name words are a person.
  if (nameWords.length >= 2 || nameWords.some((word) => SURNAME_ENDING.test(word))) return 'PERSON';
  return null;
}

/**
 * Whether a web address (a case source's URL) carries a personal identifier, and which kind; null
 * when it does not. A placeholder inside an address would break it, so a caller refuses such an
 * address, as it refuses such a tag. The free-text rules read the whole address, decoded
 * (e-mails, phones, IINs, social-media profiles); every path segment and query value also gets
 * the token rules (`?name=zhumagalieva_aigerim`, `/ivanov-sergey`, `?phone=77019876543`), except
 * that short digit runs in the path stay allowed: there they number documents and articles. Pure.
 */
export function findIdentifierInUrl(url: string): EntityType | null {
  let address: URL;
  try {
    address = new URL(url);
  } catch {
    return null;
  }
  const found = detect(decoded(url)).find((detection) => detection.type !== 'PERSON');
  if (found) return found.type;
  for (const segment of address.pathname.split('/')) {
    const kind = findIdentifierInToken(decoded(segment), { documentNumbers: false });
    if (kind) return kind;
  }
  for (const value of [...address.searchParams.values(), decoded(address.hash.slice(1))]) {
    const kind = findIdentifierInToken(value);
    if (kind) return kind;
  }
  return null;
}

/** Percent-decoded, or as it is when the escapes are malformed. */
function decoded(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
