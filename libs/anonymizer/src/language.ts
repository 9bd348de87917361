import { GIVEN_NAMES, NOT_NAMES, PERSON_CUES } from './gazetteer';
import type { Detection, EntityType } from './types';

/** Detectors that read language: people, street addresses, dates of birth. */

const APOSTROPHE = "['ʻʼ‘’`]";
const WORD = "\\p{Lu}[\\p{Ll}ʼ'’‘ʻ`]*\\p{Ll}";
// Case endings to strip before looking a word up: Kazakh and Uzbek suffixes, then Russian.
const CYRILLIC_ENDINGS = [
  'ның',
  'нің',
  'дың',
  'дің',
  'тың',
  'тің',
  'ға',
  'ге',
  'қа',
  'ке',
  'га',
  'ни',
  'ны',
  'ні',
  'ды',
  'ді',
  'мен',
  'нинг',
  'ning',
  'ga',
  'ni',
  'dan',
  'ами',
  'ями',
  'ыми',
  'ими',
  'ой',
  'ей',
  'ою',
  'ею',
  'ом',
  'ем',
  'ым',
  'им',
  'ого',
  'ему',
  'ому',
  'ую',
  'юю',
  'а',
  'я',
  'у',
  'ю',
  'ы',
  'и',
  'е',
];

function isGivenName(word: string): boolean {
  if (GIVEN_NAMES.has(word)) return true;
  for (const ending of CYRILLIC_ENDINGS) {
    if (!word.endsWith(ending) || word.length - ending.length < 2) continue;
    const stem = word.slice(0, -ending.length);
    for (const base of [stem, `${stem}а`, `${stem}я`, `${stem}ь`, `${stem}й`, `${stem}ия`]) {
      if (GIVEN_NAMES.has(base)) return true;
    }
  }
  return false;
}

const SURNAME_SHAPE = new RegExp(
  [
    '^\\p{Lu}\\p{Ll}+(?:ов|ев|ёв|ин|ын|ова|ева|ёва|ина|ына|енко|бекова?|баева?|заде|зода)(?:а|у|ым|ом|ой|ою|е|ых|ыми|им|ого|ому|ую|тың|тің|тан|қа|ке|ның|нинг|га|ни)?$',
    '^\\p{Lu}\\p{Ll}+(?:ov|ev|yev|iyev|ova|eva|yeva|iyeva|in|ina|enko|skiy|skaya|bekov|bekova|zoda|zade|uly|kyzy|ovich|ovna|evich|evna)$',
    '^\\p{Lu}\\p{Ll}+(?:ович|евич|ьич|овна|евна|ична|инична|ұлы|қызы|улы|кызы|uly|kyzy|ovna|evna)(?:а|у|ем|ом|е|ой|ы|ның|на|ға|ны)?$',
  ].join('|'),
  'u',
);

const looksLikeName = (word: string) =>
  !NOT_NAMES.has(word) && !CUE_WORD.test(word) && (isGivenName(word) || SURNAME_SHAPE.test(word));

function detection(type: EntityType, text: string, start: number, value: string): Detection {
  return { type, start, end: start + value.length, text: value };
}

// Uzbek and Kazakh initials may be digraphs (Sh., Zh.), never words like "No.".
const INITIAL = '(?:Sh|Ch|Zh|Kh|Yu|Ya|Yo|Ts|Ш|Ч|\\p{Lu})\\.';
const INITIALS_AFTER = new RegExp(`${WORD}(?:-${WORD})?\\s+${INITIAL}\\s?(?:${INITIAL})?`, 'gu');
const INITIALS_BEFORE = new RegExp(`(?<![\\p{L}.])\\p{Lu}\\.\\s?(?:\\p{Lu}\\.\\s?)?${WORD}(?:-${WORD})?`, 'gu');
const TURKIC_PATRONYMIC = new RegExp(
  `${WORD}(?:\\s+${WORD}){0,2}\\s+(?:o${APOSTROPHE}?g${APOSTROPHE}?li|qizi|ўғли|қизи|угли|кизи|ұлы|қызы|uly|kyzy|уулу|кызы)(?:\\s+${WORD})?(?![\\p{L}])`,
  'gu',
);
const CAPITALISED_RUN = new RegExp(`${WORD}(?:-${WORD})?(?:\\s+${WORD}(?:-${WORD})?){0,6}`, 'gu');
const POSSESSIVE = /['’]s$/u;
// Cue words themselves are capitalised at the start of a sentence; they are not the name.
const CUE_WORD =
  /^(?:гражданк|гражданин|потерпевш|обвиняем|подсудим|осужденн|осуждённ|свидетел|задержанн|подозреваем|жәбірленуші|айыпталушы|jabrlanuvchi|ayblanuvchi|жабрланувчи|айбланувчи|victim|defendant|witness|mrs?\.?$|ms\.?$|dr\.?$|miss$)/iu;

function detectPeople(text: string): Detection[] {
  const found: Detection[] = [];
  for (const pattern of [INITIALS_AFTER, INITIALS_BEFORE, TURKIC_PATRONYMIC]) {
    for (const match of text.matchAll(pattern)) {
      const words = match[0].split(/\s+/).filter((word) => /\p{Ll}/u.test(word));
      if (words.some((word) => NOT_NAMES.has(word))) continue;
      found.push(detection('PERSON', text, match.index!, match[0].replace(/\s+$/u, '')));
    }
  }
  for (const match of text.matchAll(CAPITALISED_RUN)) {
    const cued = PERSON_CUES.test(text.slice(Math.max(0, match.index! - 30), match.index!));
    const words = [...match[0].matchAll(/\S+/gu)].map((word) => {
      const core = word[0].replace(POSSESSIVE, '');
      return { start: match.index! + word.index!, core, name: looksLikeName(core) };
    });
    // A capitalised word next to a name is part of it ("Aziza Umarova", "Mary Smith"), unless it
    // is a cue word or a known non-name; a cue vouches for the word after it.
    const canJoin = (index: number) =>
      index >= 0 && index < words.length && !NOT_NAMES.has(words[index].core) && !CUE_WORD.test(words[index].core);
    const inName = words.map((word, index) => word.name || (cued && index === 0 && canJoin(0)));
    for (let pass = 0; pass < 2; pass++) {
      inName.forEach((member, index) => {
        if (!member && canJoin(index) && (inName[index - 1] || inName[index + 1])) inName[index] = true;
      });
    }
    let first = -1;
    words.forEach((word, index) => {
      if (inName[index] && first < 0) first = index;
      if (first >= 0 && (!inName[index + 1] || index === words.length - 1)) {
        const end = words[index].start + words[index].core.length;
        found.push(detection('PERSON', text, words[first].start, text.slice(words[first].start, end)));
        first = -1;
      }
    });
  }
  return found;
}

const ADDRESS_PATTERNS = [
  // A street or micro-district is required: a house number alone ("д. 2") is not an address.
  /(?:(?:г\.|город)[ \t]*\p{Lu}[\p{L}-]+,?[ \t]*)?(?<![\p{L}])(?:(?:мкр\.?|микрорайон)[ \t]*[\p{Lu}\d][\p{L}\d-]*|(?:ул\.|улица|пр\.|пр-т|проспект|пер\.|переулок|б-р|бульвар|шоссе|наб\.)[ \t]*[\p{Lu}\d][\p{L}\d.-]*(?:[ \t]+\p{Lu}[\p{L}-]*)?),?[ \t]*(?:д\.|дом)[ \t]*\d+[\p{L}/\d]*(?:,?[ \t]*(?:корп\.|к\.)[ \t]*\d+)?(?:,?[ \t]*(?:кв\.|квартира)[ \t]*\d+)?/gu,
  /(?:\p{Lu}[\p{L}-]+\s+(?:қаласы|ауданы),?\s*)*\p{Lu}[\p{L}-]+\s+(?:көшесі|даңғылы),?\s*\d+[\p{L}]?(?:\s*үй)?(?:,?\s*\d+\s*пәтер)?/gu,
  new RegExp(
    `(?:\\p{Lu}[\\p{L}${APOSTROPHE.slice(1, -1)}-]+\\s+(?:sh\\.|shahri|tumani|mahallasi|ш\\.|шаҳри|тумани|маҳалласи),?\\s*)*\\p{Lu}[\\p{L}${APOSTROPHE.slice(1, -1)}-]+\\s+(?:ko${APOSTROPHE}?chasi|кўчаси|kochasi),?\\s*\\d+(?:-uy|-уй)?(?:,?\\s*\\d+-(?:xonadon|хонадон))?`,
    'gu',
  ),
  /\b\d{1,5}[A-Za-z]?\s+(?:\p{Lu}\p{Ll}+\s){1,3}(?:Street|St\.|Avenue|Ave\.|Road|Rd\.|Lane|Boulevard|Blvd\.|Drive)(?:,\s*(?:Apt\.?|Flat)\s*\d+)?(?:,\s*\p{Lu}\p{Ll}+)?/gu,
];

const RU_MONTHS = 'января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря';
const EN_MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';
const UZ_MONTHS = 'yanvar|fevral|mart|aprel|may|iyun|iyul|avgust|sentabr|oktabr|noyabr|dekabr';
const UZ_CYRILLIC_MONTHS = 'январ|феврал|март|апрел|май|июн|июл|август|сентабр|октабр|ноябр|декабр';
const KK_MONTHS = 'қаңтар|ақпан|наурыз|сәуір|мамыр|маусым|шілде|тамыз|қыркүйек|қазан|қараша|желтоқсан';
const DATE = new RegExp(
  [
    '\\d{1,2}\\.\\d{1,2}\\.(?:19|20)\\d{2}',
    `\\d{1,2}\\s(?:${RU_MONTHS})\\s(?:19|20)\\d{2}(?:\\sгода|\\sг\\.)?`,
    `\\d{1,2}\\s(?:${EN_MONTHS})\\s(?:19|20)\\d{2}`,
    `(?:${EN_MONTHS})\\s\\d{1,2},\\s(?:19|20)\\d{2}`,
    `(?:19|20)\\d{2}-yil\\s\\d{1,2}-(?:${UZ_MONTHS})(?:da)?`,
    `(?:19|20)\\d{2}\\sйил\\s\\d{1,2}\\s(?:${UZ_CYRILLIC_MONTHS})\\p{Ll}*`,
    `(?:19|20)\\d{2}\\sжылғы\\s\\d{1,2}\\s(?:${KK_MONTHS})\\p{Ll}*`,
    '\\d{1,2}/\\d{1,2}/(?:19|20)\\d{2}',
    '(?:19|20)\\d{2}(?:-yilda|\\sйилда|\\sжылы)',
  ].join('|'),
  'giu',
);
const BIRTH_BEFORE =
  /(?:родил\p{L}*|рожд\p{L}*|born(?:\son)?|date of birth|DOB|д\.\s?р\.|tug['ʻʼ‘’`]?il\p{L}*|туған|туылған)[\s:,]*$/iu;
const BIRTH_AFTER =
  /^[\s,]*(?:года рождения|г\.\s?р\.|г\.р|tug['ʻʼ‘’`]?il\p{L}*|туғил\p{L}*|туған|туылған|жылы туған)/iu;
const BIRTH_YEAR = /(?<!\d)(?:19|20)\d{2}\s?(?:г\.\s?р\.|ж\.\s?т\.)/gu;
const BORN_IN_YEAR = /(?<=born in\s)(?:19|20)\d{2}(?!\d)/giu;

function detectBirthDates(text: string): Detection[] {
  const found: Detection[] = [];
  for (const match of text.matchAll(DATE)) {
    const before = text.slice(Math.max(0, match.index! - 25), match.index!);
    const after = text.slice(match.index! + match[0].length, match.index! + match[0].length + 20);
    if (BIRTH_BEFORE.test(before) || BIRTH_AFTER.test(after))
      found.push(detection('BIRTH_DATE', text, match.index!, match[0]));
  }
  for (const pattern of [BIRTH_YEAR, BORN_IN_YEAR]) {
    for (const match of text.matchAll(pattern)) found.push(detection('BIRTH_DATE', text, match.index!, match[0]));
  }
  return found;
}

export function detectLanguageEntities(text: string): Detection[] {
  const addresses = ADDRESS_PATTERNS.flatMap((pattern) =>
    [...text.matchAll(pattern)].map((match) =>
      detection('ADDRESS', text, match.index!, match[0].replace(/[\s,]+$/u, '')),
    ),
  );
  return [...detectBirthDates(text), ...addresses, ...detectPeople(text)];
}
