import { isValidIban, isValidIin, passesLuhn } from './checksums';
import type { Detection, EntityType } from './types';

/** Detectors of identifiers with a fixed format. Each returns every match it is sure of. */

const digitsOf = (text: string) => text.replace(/\D/g, '');

function matches(
  text: string,
  pattern: RegExp,
  type: EntityType,
  accept: (match: RegExpExecArray) => boolean = () => true,
) {
  const found: Detection[] = [];
  for (const match of text.matchAll(pattern)) {
    const group = match.groups?.value ?? match[0];
    const start = match.index! + match[0].indexOf(group);
    if (accept(match as RegExpExecArray)) found.push({ type, start, end: start + group.length, text: group });
  }
  return found;
}

/** True when one of the cue words ends within `distance` characters before `index`. */
function cuedBefore(text: string, index: number, cue: RegExp, distance = 40): boolean {
  return cue.test(text.slice(Math.max(0, index - distance), index));
}

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;

const SOCIAL_HOSTS =
  '(?:t\\.me|telegram\\.me|vk\\.com|ok\\.ru|instagram\\.com|facebook\\.com|fb\\.com|tiktok\\.com|wa\\.me|twitter\\.com|x\\.com|youtube\\.com|linkedin\\.com|threads\\.net|snapchat\\.com)';
const PROFILE_URL = new RegExp(`(?:https?:\\/\\/)?(?:www\\.|m\\.)?${SOCIAL_HOSTS}\\/[^\\s,;)»"]+[^\\s,;)»".]`, 'giu');
const AT_HANDLE = /(?<![\p{L}\p{N}._%+-])@[A-Za-z0-9_](?:[A-Za-z0-9_.]{1,30}[A-Za-z0-9_])/gu;

const PHONE_CANDIDATE =
  /(?<![\p{L}\p{N}+])(?:\+\s?\d[\d\s().-]{7,20}\d|\(?8\s?\(?\d[\d\s().-]{7,16}\d|0\s?\(?5\d{2}[\d\s().-]{6,12}\d)(?!\d)/gu;
const COUNTRY_CODES = [
  '7',
  '998',
  '996',
  '992',
  '993',
  '994',
  '995',
  '90',
  '971',
  '82',
  '86',
  '380',
  '375',
  '374',
  '373',
  '1',
  '44',
  '49',
  '33',
  '39',
  '34',
  '966',
  '974',
  '965',
  '973',
  '968',
  '60',
  '66',
  '84',
  '62',
  '91',
];
const PHONE_CUE =
  /(тел\.?|телефон\w*|моб\.?|номер\w*|phone|tel\.?|mobile|WhatsApp|Telegram|telefon\w*|raqam\w*|нөмір\w*)[^\p{L}]{0,12}$/iu;
const LOCAL_PHONE = /(?<![\p{L}\p{N}+])\(?\d{2,3}\)?[\s-]\d{3}[\s-]?\d{2}[\s-]?\d{2,3}(?![\d])/gu;

function isPhone(candidate: string): boolean {
  const digits = digitsOf(candidate);
  if (candidate.trim().startsWith('+')) {
    return digits.length >= 10 && digits.length <= 15 && COUNTRY_CODES.some((code) => digits.startsWith(code));
  }
  if (digits.startsWith('8')) return digits.length === 11;
  if (digits.startsWith('05')) return digits.length === 11; // Turkish mobile, national form
  return false;
}

const IIN = /(?<!\d)\d{12}(?!\d)/g;
const PINFL = /(?<!\d)[1-6]\d{13}(?!\d)/g;
const ID_CUE = /(ИИН|IIN|ЖСН|ПИНФЛ|PINFL|JShShIR|ЖШШИР|ИНН|идентификационн\w*|identification)[^\p{L}\p{N}]{0,20}$/iu;

const CARD = /(?<!\d)(?:\d{4}[ -]?){3}\d{4}(?:[ -]?\d{1,3})?(?!\d)/g;
const IBAN = /\b[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]{4}){2,7}(?:[ ]?[A-Z0-9]{1,4})?\b/g;

const PASSPORT_CUE =
  /(паспорт\w*|passport\w*|pasport\w*|ID[- ]?карт\w*|ID card|удостоверени\w* личности|жеке куәлі\w*|shaxsiy guvohnoma|серии?|series|№)[^\p{L}]{0,25}$/iu;
const PASSPORT_WORD = /паспорт|passport|pasport/iu;
const PASSPORT_LETTERED = /(?<![\p{L}\p{N}])(?:N\d{8}|(?:AA|AB|AC|AD|AE|FA|KA|AN|AC|ID|FB)\s?\d{7})(?![\p{L}\p{N}])/gu;
const PASSPORT_CUED = /(?<![\p{L}\p{N}])(?:\d{2}\s?\d{2}\s?\d{6}|\d{2}\s?\d{7}|[A-Z]\s?\d{7}|\d{9})(?![\p{L}\p{N}])/gu;

const PLATE_LATIN =
  /(?<![\p{L}\p{N}])(?:\d{3}\s?[A-Z]{2,3}\s?\d{2}|\d{2}\s?[A-Z]\s?\d{3}\s?[A-Z]{2}|\d{2}\s?\d{3}\s?[A-Z]{3})(?![\p{L}\p{N}])/gu;
// "12 000 TJS" is money, not a plate.
const CURRENCIES = new Set(
  'KZT UZS KGS TJS TMT RUB AZN GEL AMD TRY AED USD EUR GBP CNY KRW SAR QAR KWD BHD OMR INR UAH BYN MDL'.split(' '),
);
const PLATE_CYRILLIC = /(?<![\p{L}\p{N}])[АВЕКМНОРСТУХ]\s?\d{3}\s?[АВЕКМНОРСТУХ]{2}\s?\d{2,3}(?![\p{L}\p{N}])/gu;

export function detectStructured(text: string): Detection[] {
  return [
    ...matches(text, EMAIL, 'EMAIL'),
    ...matches(text, PROFILE_URL, 'HANDLE'),
    ...matches(text, AT_HANDLE, 'HANDLE'),
    ...matches(text, IBAN, 'IBAN', (match) => isValidIban(match[0])),
    ...matches(text, CARD, 'CARD', (match) => passesLuhn(digitsOf(match[0])) && digitsOf(match[0]).length >= 16),
    ...matches(text, IIN, 'NATIONAL_ID', (match) => isValidIin(match[0]) || cuedBefore(text, match.index!, ID_CUE)),
    ...matches(text, PINFL, 'NATIONAL_ID'),
    ...matches(text, PASSPORT_LETTERED, 'PASSPORT'),
    ...matches(
      text,
      PASSPORT_CUED,
      'PASSPORT',
      // Lists of seized passports name the word once and the numbers long after.
      (match) => cuedBefore(text, match.index!, PASSPORT_CUE) || cuedBefore(text, match.index!, PASSPORT_WORD, 160),
    ),
    ...matches(text, PHONE_CANDIDATE, 'PHONE', (match) => isPhone(match[0])),
    ...matches(text, LOCAL_PHONE, 'PHONE', (match) => cuedBefore(text, match.index!, PHONE_CUE, 30)),
    ...matches(text, PLATE_LATIN, 'PLATE', (match) => !CURRENCIES.has(match[0].slice(-3))),
    ...matches(text, PLATE_CYRILLIC, 'PLATE'),
  ];
}
