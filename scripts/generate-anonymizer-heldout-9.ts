/**
 * Ninth held-out anonymizer batch: writes test/fixtures/anonymizer-heldout-9.jsonl.
 * Written without looking at the anonymizer's rules, lists or earlier batches, so that it judges them fairly.
 *
 * Every snippet is assembled from a sentence template; offsets are counted while the text is built and checked
 * again afterwards (`text.slice(start, end)` must equal the inserted value, or the script throws).
 *
 * Template syntax
 *   <a=kz|ky.f b=*.m.minor>  optional cast header: role = ethnicities (`*` = the language's usual mix) . gender
 *                            (m, f, *) [. minor]. Roles not in the header get the usual mix and a random gender.
 *   [[x|y|z]]                literal alternatives, one picked at random; they may hold placeholders, not other [[ ]].
 *   {P:a:form:case}          PERSON, role a. Forms: f (surname given patronymic), gs, sg, gps, gp, g (given),
 *                            s (surname), si / is (surname + initials, either order), S (SURNAME Given ...),
 *                            F (all capitals), l / ls (lower case), h (given + glued endearment), nick (nickname).
 *                            Cases: nom, gen, dat, acc, ins, pre (Russian); gen, dat, acc, loc, abl, ins (Turkic);
 *                            acc (Tajik -ро). Russian declines every part; Turkic languages suffix the last word.
 *   {PH:kz} {PH:a}           PHONE of a country, or of role a's home country.
 *   {EM:a} {NID:iin:a} {NID:a} {PAS:kz} {PAS:a} {CARD:humo} {IBAN:kz} {ADR:ru_na} {DOB:a:dmy} {PL:kz} {H:a:at}
 *                            the other labelled types (EMAIL, NATIONAL_ID, PASSPORT, CARD, IBAN, ADDRESS,
 *                            BIRTH_DATE, PLATE, HANDLE).
 *   {g:a:male|female}        literal chosen by role a's gender.
 *   {f:pool} {cit:a} {d} {dl} {n:lo:hi} {money} {case} {erdr} {time} {pct}
 *                            unlabelled fillers: a pool of the snippet's language, citizenship, dates, numbers ...
 *   Upper-case placeholder codes are labelled spans; lower-case codes never are.
 *
 * Labelling rules
 *   PERSON      the name only: titles, honorifics (Mr, Bey, Hanım, апа, ака, эже, байке) and role words stay out;
 *               case endings on the name are in (also Turkish ones after the apostrophe), as are glued
 *               endearments (-жон, -xon); nicknames without their quotes.
 *   ADDRESS     the street (улица/ул./көшесі/ko'chasi/кӯчаи/Mah./Street ...) with its house, building and flat
 *               numbers in the language's own order, a case ending glued to the last word, and a settlement only
 *               when it opens a comma-separated address line; prepositions before it and a district or city
 *               after it stay out.
 *               A city, region or country alone, or a street without a house number, is never an address.
 *   BIRTH_DATE  only dates of birth: the date from its first to its last token, with endings glued to it
 *               (1998-жылы, 12-martda, 1990'da); cue words and a separate trailing year word (года, г., жылы) stay out.
 *   PASSPORT    the number only; a Russian series and number form one span, "№" between them included.
 *   NATIONAL_ID, PHONE, EMAIL, CARD, IBAN, PLATE: the value only (a masked card only with 8+ visible digits).
 *   HANDLE      the handle with its @, or the whole profile URL.
 *   Dates of judgments and arrivals, organisations, places, laws, case and register numbers, sums, ages,
 *   short hotline numbers and positions are never labelled; about a hundred snippets hold nothing but those.
 *
 * Usage: npx tsx scripts/generate-anonymizer-heldout-9.ts
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

// ---------------------------------------------------------------------------------------------------------------
// Randomness

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const rand = mulberry32(0x5eed0909);
const int = (lo: number, hi: number): number => lo + Math.floor(rand() * (hi - lo + 1));
const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)];
const chance = (p: number): boolean => rand() < p;
const digits = (n: number): string => Array.from({ length: n }, () => String(int(0, 9))).join('');
const pad = (n: number, width = 2): string => String(n).padStart(width, '0');
const words = (s: string): string[] =>
  s
    .trim()
    .split(/\s+/)
    .map((w) => w.replace(/_/g, ' '));

function shuffle<T>(items: T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

function weighted<T extends string>(table: Partial<Record<T, number>>): T {
  const entries = Object.entries(table) as [T, number][];
  const total = entries.reduce((sum, [, w]) => sum + w, 0);
  let r = rand() * total;
  for (const [key, w] of entries) {
    r -= w;
    if (r < 0) return key;
  }
  return entries[entries.length - 1][0];
}

// ---------------------------------------------------------------------------------------------------------------
// Types

type SpanType =
  | 'PERSON'
  | 'PHONE'
  | 'EMAIL'
  | 'NATIONAL_ID'
  | 'PASSPORT'
  | 'CARD'
  | 'IBAN'
  | 'ADDRESS'
  | 'BIRTH_DATE'
  | 'PLATE'
  | 'HANDLE';
type Lang = 'ru' | 'en' | 'kk' | 'ky' | 'uz' | 'tg' | 'tr';
/** A language in one script: kkl is Kazakh in Latin letters, uzc Uzbek in Cyrillic. */
type Orth = 'ru' | 'en' | 'kk' | 'kkl' | 'ky' | 'uz' | 'uzc' | 'tg' | 'tr';
type Eth = 'ru' | 'ua' | 'ko' | 'kz' | 'ky' | 'uz' | 'tj' | 'tm' | 'tr' | 'az' | 'af' | 'kr' | 'cn' | 'ar' | 'pl';
type Gender = 'm' | 'f';
type Kase = 'nom' | 'gen' | 'dat' | 'acc' | 'ins' | 'pre' | 'loc' | 'abl';

interface Span {
  start: number;
  end: number;
  type: SpanType;
}
interface Snippet {
  id: string;
  language: Lang;
  script: 'cyrillic' | 'latin';
  text: string;
  spans: Span[];
}

const LANG_OF: Record<Orth, Lang> = {
  ru: 'ru',
  en: 'en',
  kk: 'kk',
  kkl: 'kk',
  ky: 'ky',
  uz: 'uz',
  uzc: 'uz',
  tg: 'tg',
  tr: 'tr',
};
const LATIN_ORTHS: readonly Orth[] = ['en', 'kkl', 'uz', 'tr'];

// ---------------------------------------------------------------------------------------------------------------
// Transliteration: longest-match tables; `^x` only at a word start, `~x` only after a vowel.

const VOWELS_ALL = 'аеёиоуыэюяәөұүіӣӯaeiouəöüıäū';
const isLetter = (ch: string | undefined): boolean => !!ch && ch.toLowerCase() !== ch.toUpperCase();

function translit(src: string, table: Record<string, string>, locale?: string): string {
  const lower = src.toLowerCase();
  let out = '';
  let i = 0;
  while (i < src.length) {
    let done = false;
    for (let len = 3; len >= 1 && !done; len--) {
      const piece = lower.slice(i, i + len);
      if (piece.length < len) continue;
      const atStart = !isLetter(src[i - 1]);
      const afterVowel = i > 0 && VOWELS_ALL.includes(lower[i - 1]);
      let mapped: string | undefined;
      if (atStart && table['^' + piece] !== undefined) mapped = table['^' + piece];
      else if (afterVowel && table['~' + piece] !== undefined) mapped = table['~' + piece];
      else if (table[piece] !== undefined) mapped = table[piece];
      if (mapped === undefined) continue;
      const orig = src.slice(i, i + len);
      const up = (s: string) => (locale ? s.toLocaleUpperCase(locale) : s.toUpperCase());
      if (orig !== orig.toLowerCase()) {
        const allCaps =
          (len > 1 && orig === orig.toUpperCase()) ||
          (isLetter(src[i + len]) && src[i + len] === src[i + len].toUpperCase()) ||
          (isLetter(src[i - 1]) && src[i - 1] === src[i - 1].toUpperCase());
        mapped = allCaps ? up(mapped) : up(mapped.slice(0, 1)) + mapped.slice(1);
      }
      out += mapped;
      i += len;
      done = true;
    }
    if (!done) {
      out += src[i];
      i++;
    }
  }
  return out;
}

const CYR_EN_BASE: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'yo',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
  ә: 'a',
  ғ: 'g',
  қ: 'k',
  ң: 'ng',
  ө: 'o',
  ұ: 'u',
  ү: 'u',
  і: 'i',
  һ: 'h',
  ҳ: 'h',
  ҷ: 'j',
  ӣ: 'i',
  ӯ: 'u',
  ў: 'u',
  ий: 'iy',
};

interface Variant {
  zh: 'zh' | 'j';
  kh: 'kh' | 'h' | 'x';
  ye: boolean;
  q: boolean;
  fold: boolean;
  apos: string;
}

function cyrToEn(s: string, v: Variant): string {
  const t: Record<string, string> = { ...CYR_EN_BASE, ж: v.zh, х: v.kh };
  if (v.q) Object.assign(t, { қ: 'q', ғ: 'gh' });
  if (v.ye) Object.assign(t, { '^е': 'ye', '~е': 'ye' });
  return translit(s, t);
}

const KK_LATIN: Record<string, string> = {
  а: 'a',
  ә: 'ä',
  б: 'b',
  в: 'v',
  г: 'g',
  ғ: 'ğ',
  д: 'd',
  е: 'e',
  ё: 'io',
  ж: 'j',
  з: 'z',
  и: 'i',
  й: 'i',
  к: 'k',
  қ: 'q',
  л: 'l',
  м: 'm',
  н: 'n',
  ң: 'ñ',
  о: 'o',
  ө: 'ö',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ұ: 'ū',
  ү: 'ü',
  ф: 'f',
  х: 'h',
  һ: 'h',
  ц: 'ts',
  ч: 'ch',
  ш: 'ş',
  щ: 'şş',
  ъ: '',
  ы: 'y',
  і: 'i',
  ь: '',
  э: 'e',
  ю: 'iu',
  я: 'ia',
  ҳ: 'h',
  ҷ: 'j',
  ӣ: 'i',
  ӯ: 'u',
};
const kkLatin = (s: string): string => translit(s, KK_LATIN);

const CYR_UZ: Record<string, string> = {
  ...CYR_EN_BASE,
  '^е': 'ye',
  '~е': 'ye',
  ж: 'j',
  х: 'x',
  ц: 'ts',
  щ: 'sh',
  ъ: "'",
  ы: 'i',
  ғ: "g'",
  қ: 'q',
  ө: "o'",
  ў: "o'",
  ҳ: 'h',
  ӣ: 'iy',
};
const cyrToUz = (s: string): string => translit(s, CYR_UZ);

const UZ_CYR: Record<string, string> = {
  "yo'": 'йў',
  "o'": 'ў',
  "g'": 'ғ',
  sh: 'ш',
  ch: 'ч',
  yo: 'ё',
  yu: 'ю',
  ya: 'я',
  ye: 'е',
  '^e': 'э',
  a: 'а',
  b: 'б',
  d: 'д',
  e: 'е',
  f: 'ф',
  g: 'г',
  h: 'ҳ',
  i: 'и',
  j: 'ж',
  k: 'к',
  l: 'л',
  m: 'м',
  n: 'н',
  o: 'о',
  p: 'п',
  q: 'қ',
  r: 'р',
  s: 'с',
  t: 'т',
  u: 'у',
  v: 'в',
  x: 'х',
  y: 'й',
  z: 'з',
  "'": 'ъ',
};
const normApos = (s: string): string => s.replace(/[ʻʼ’‘`]/g, "'");
const uzToCyr = (s: string): string => translit(normApos(s), UZ_CYR);

const UZ_RU: Record<string, string> = {
  ...UZ_CYR,
  "yo'": 'йу',
  "o'": 'у',
  "g'": 'г',
  h: 'х',
  q: 'к',
  j: 'дж',
  "'": '',
};
const uzToRu = (s: string): string => translit(normApos(s), UZ_RU);

const UZ_TR: Record<string, string> = { "o'": 'o', "g'": 'ğ', sh: 'ş', ch: 'ç', x: 'h', q: 'k', j: 'c', "'": '' };
const uzToTr = (s: string): string => translit(normApos(s), UZ_TR, 'tr');

function uzToEn(s: string, v: Variant): string {
  const t: Record<string, string> = { "o'": 'o', "g'": 'g', "'": '' };
  if (v.kh !== 'x') t.x = 'kh';
  if (!v.q) t.q = 'k';
  return translit(normApos(s), t);
}

const CYR_TR: Record<string, string> = {
  ...CYR_EN_BASE,
  ж: 'j',
  х: 'h',
  ц: 'ts',
  ч: 'ç',
  ш: 'ş',
  щ: 'şç',
  ы: 'ı',
  ә: 'e',
  ғ: 'ğ',
  ң: 'n',
  ө: 'ö',
  ү: 'ü',
  ҷ: 'c',
};
const cyrToTr = (s: string): string => translit(s, CYR_TR, 'tr');

const kkToRu = (s: string): string =>
  translit(s.replace(/гүл/g, 'гуль').replace(/Гүл/g, 'Гуль').replace(/сел$/, 'сель'), {
    ә: 'а',
    ғ: 'г',
    қ: 'к',
    ң: 'н',
    ө: 'о',
    ұ: 'у',
    ү: 'у',
    і: 'и',
    һ: 'х',
  });
const kyToRu = (s: string): string =>
  translit(s.replace(/гүл/g, 'гуль').replace(/Гүл/g, 'Гуль'), { ө: 'о', ү: 'у', ң: 'н' });
const kkToKy = (s: string): string => translit(s, { ә: 'а', ғ: 'г', қ: 'к', ұ: 'у', і: 'и', һ: 'х' });
const tgToRu = (s: string): string => translit(s, { ҳ: 'х', ҷ: 'дж', ӣ: 'и', ӯ: 'у', қ: 'к', ғ: 'г' });
const fold = (s: string): string =>
  s
    .replace(/ı/g, 'i')
    .replace(/İ/g, 'I')
    .replace(/ə/g, 'a')
    .replace(/Ə/g, 'A')
    .replace(/ł/g, 'l')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC');

// ---------------------------------------------------------------------------------------------------------------
// Morphology

const RU_IDX: Record<string, number> = { gen: 0, dat: 1, acc: 2, ins: 3, pre: 4 };
const RU_OVERRIDES: Record<string, string[]> = {
  Павел: ['Павла', 'Павлу', 'Павла', 'Павлом', 'Павле'],
  Пётр: ['Петра', 'Петру', 'Петра', 'Петром', 'Петре'],
  Лев: ['Льва', 'Льву', 'Льва', 'Львом', 'Льве'],
};
const RU_CONS = 'бвгджзклмнпрстфхцчшщ';

/** Russian declension of one name part. */
function ruInflect(w: string, g: Gender, kind: 'given' | 'surname' | 'patr', kase: Kase): string {
  if (kase === 'nom' || !(kase in RU_IDX) || w.includes(' ')) return w;
  const i = RU_IDX[kase];
  if (RU_OVERRIDES[w]) return RU_OVERRIDES[w][i];
  const lw = w.toLowerCase();
  const last = lw.slice(-1);
  const prev = lw.slice(-2, -1);
  const stem = w.slice(0, -1);
  const pick5 = (a: string[]) => a[i];
  if (kind === 'patr') {
    if (lw.endsWith('ич')) return w + pick5(['а', 'у', 'а', 'ем', 'е']);
    if (lw.endsWith('на')) return stem + pick5(['ы', 'е', 'у', 'ой', 'е']);
    return w;
  }
  const hush = 'жшчщц'.includes(last);
  const maleCons = () => {
    if (RU_CONS.includes(last)) return w + pick5(['а', 'у', 'а', hush ? 'ем' : 'ом', 'е']);
    if (lw.endsWith('ий')) return stem + pick5(['я', 'ю', 'я', 'ем', 'и']);
    if (last === 'й' || last === 'ь') return stem + pick5(['я', 'ю', 'я', 'ем', 'е']);
    return w;
  };
  if (kind === 'surname') {
    if (g === 'm' && /(ов|ев|ёв|ин|ын)$/.test(lw)) return w + pick5(['а', 'у', 'а', 'ым', 'е']);
    if (g === 'f' && /(ова|ева|ёва|ина|ына)$/.test(lw)) return stem + pick5(['ой', 'ой', 'у', 'ой', 'ой']);
    if (g === 'm' && /(ский|цкий)$/.test(lw)) return w.slice(0, -2) + pick5(['ого', 'ому', 'ого', 'им', 'ом']);
    if (g === 'f' && /(ская|цкая)$/.test(lw)) return w.slice(0, -2) + pick5(['ой', 'ой', 'ую', 'ой', 'ой']);
    if (g === 'f') return w;
    return maleCons();
  }
  if (last === 'а') {
    const velar = 'гкхжшчщ'.includes(prev);
    const hushPrev = 'жшчщц'.includes(prev);
    return stem + pick5([velar ? 'и' : 'ы', 'е', 'у', hushPrev ? 'ей' : 'ой', 'е']);
  }
  if (lw.endsWith('ия')) return stem + pick5(['и', 'и', 'ю', 'ей', 'и']);
  if (last === 'я') return stem + pick5(['и', 'е', 'ю', 'ей', 'е']);
  if (g === 'f') {
    if (last === 'ь') return stem + pick5(['и', 'и', 'ь', 'ью', 'и']);
    return w;
  }
  return maleCons();
}

/** Russian patronymic from a father's name in Russian spelling. */
const PATR_STEM: Record<string, string> = {
  Михаил: 'Михайлов',
  Павел: 'Павлов',
  Пётр: 'Петров',
  Лев: 'Львов',
  Михайло: 'Михайлов',
  Данило: 'Данилов',
  Олекса: 'Олексов',
  Василь: 'Васильев',
  Никита: 'Никит',
};
const PATR_IEV = new Set(['Дмитрий', 'Георгий']);

function ruPatronymic(father: string, g: Gender): string {
  if (father === 'Никита') return g === 'm' ? 'Никитич' : 'Никитична';
  if (PATR_STEM[father]) return PATR_STEM[father] + (g === 'm' ? 'ич' : 'на');
  if (father.endsWith('ий') && !PATR_IEV.has(father)) return father.slice(0, -2) + (g === 'm' ? 'ьевич' : 'ьевна');
  const lw = father.toLowerCase();
  let stem: string;
  let soft = false;
  if (lw.endsWith('ий')) {
    stem = father.slice(0, -1);
    soft = true;
  } else if (lw.endsWith('й') || lw.endsWith('ь')) {
    stem = father.slice(0, -1);
    soft = true;
  } else if (lw.endsWith('а') || lw.endsWith('о') || lw.endsWith('я')) {
    stem = father;
    soft = true;
  } else if ('аеиоуыэюя'.includes(lw.slice(-1))) {
    stem = father;
    soft = true;
  } else stem = father;
  if (soft) return stem + (g === 'm' ? 'евич' : 'евна');
  return stem + (g === 'm' ? 'ович' : 'овна');
}

const matchCase = (word: string, suffix: string, locale?: string): string => {
  const letters = word.replace(/[^\p{L}]/gu, '');
  const caps = letters.length > 1 && letters === (locale ? letters.toLocaleUpperCase(locale) : letters.toUpperCase());
  return word + (caps ? (locale ? suffix.toLocaleUpperCase(locale) : suffix.toUpperCase()) : suffix);
};

function lastVowel(word: string, vowels: string): string {
  const lw = word.toLowerCase();
  for (let i = lw.length - 1; i >= 0; i--) if (vowels.includes(lw[i])) return lw[i];
  return '';
}

/** Kazakh case ending. */
function kkSuffix(word: string, kase: Kase): string {
  if (kase === 'nom') return word;
  let lw = word.toLowerCase();
  let front = 'әеөүіэиюь'.includes(lastVowel(lw, 'аәеоөұүыіэюяёиу'));
  if (lw.endsWith('ь')) {
    front = true;
    lw = lw.slice(0, -1);
  }
  const c = lw.slice(-1);
  const cls = 'аәеоөұүыіэюяё'.includes(c)
    ? 'V'
    : 'мнң'.includes(c)
      ? 'N'
      : 'лрйуи'.includes(c)
        ? 'S'
        : 'зж'.includes(c)
          ? 'Z'
          : 'T';
  const A = front ? 'е' : 'а';
  const Y = front ? 'і' : 'ы';
  let s = '';
  switch (kase) {
    case 'gen':
      s = (cls === 'V' || cls === 'N' ? 'н' : cls === 'T' ? 'т' : 'д') + Y + 'ң';
      break;
    case 'dat':
      s = cls === 'T' ? (front ? 'ке' : 'қа') : front ? 'ге' : 'ға';
      break;
    case 'acc':
      s = (cls === 'V' ? 'н' : cls === 'T' ? 'т' : 'д') + Y;
      break;
    case 'loc':
      s = (cls === 'T' ? 'т' : 'д') + A;
      break;
    case 'abl':
      s = (cls === 'N' ? 'н' : cls === 'T' ? 'т' : 'д') + A + 'н';
      break;
    case 'ins':
      s = cls === 'Z' ? 'бен' : cls === 'T' ? 'пен' : 'мен';
      break;
    default:
      return word;
  }
  return matchCase(word, s);
}

/** Kyrgyz case ending. */
function kySuffix(word: string, kase: Kase): string {
  if (kase === 'nom') return word;
  let lw = word.toLowerCase();
  if (lw.endsWith('ь')) lw = lw.slice(0, -1);
  const v = lastVowel(lw, 'аыяоуёюеиэөү') || 'а';
  const high = 'аыя'.includes(v) ? 'ы' : 'оуёю'.includes(v) ? 'у' : 'еиэ'.includes(v) ? 'и' : 'ү';
  const low = 'аыяую'.includes(v) ? 'а' : 'оё'.includes(v) ? 'о' : 'еиэ'.includes(v) ? 'е' : 'ө';
  const c = lw.slice(-1);
  const cls = 'аыяоуёюеиэөү'.includes(c) ? 'V' : 'кпстфхцчшщ'.includes(c) ? 'T' : 'D';
  let s = '';
  switch (kase) {
    case 'gen':
      s = (cls === 'V' ? 'н' : cls === 'T' ? 'т' : 'д') + high + 'н';
      break;
    case 'acc':
      s = (cls === 'V' ? 'н' : cls === 'T' ? 'т' : 'д') + high;
      break;
    case 'dat':
      s = (cls === 'T' ? 'к' : 'г') + low;
      break;
    case 'loc':
      s = (cls === 'T' ? 'т' : 'д') + low;
      break;
    case 'abl':
      s = (cls === 'T' ? 'т' : 'д') + low + 'н';
      break;
    default:
      return word;
  }
  return matchCase(word, s);
}

/** Uzbek case ending, Latin script. */
function uzSuffix(word: string, kase: Kase): string {
  const lw = normApos(word).toLowerCase();
  const c = lw.slice(-1);
  const s =
    kase === 'gen'
      ? 'ning'
      : kase === 'acc'
        ? 'ni'
        : kase === 'dat'
          ? c === 'k'
            ? 'ka'
            : c === 'q'
              ? 'qa'
              : 'ga'
          : kase === 'loc'
            ? 'da'
            : kase === 'abl'
              ? 'dan'
              : '';
  return matchCase(word, s);
}

/** Uzbek case ending, Cyrillic script. */
function uzcSuffix(word: string, kase: Kase): string {
  const c = word.toLowerCase().slice(-1);
  const s =
    kase === 'gen'
      ? 'нинг'
      : kase === 'acc'
        ? 'ни'
        : kase === 'dat'
          ? c === 'к'
            ? 'ка'
            : c === 'қ'
              ? 'қа'
              : 'га'
          : kase === 'loc'
            ? 'да'
            : kase === 'abl'
              ? 'дан'
              : '';
  return matchCase(word, s);
}

/** Turkish case ending after an apostrophe. */
function trSuffix(word: string, kase: Kase): string {
  if (kase === 'nom') return word;
  const lw = word.toLocaleLowerCase('tr');
  const v = lastVowel(lw, 'aeıioöuüâîû') || 'e';
  const back = 'aıouâû'.includes(v);
  const round = 'ouöüû'.includes(v);
  const V4 = back ? (round ? 'u' : 'ı') : round ? 'ü' : 'i';
  const V2 = back ? 'a' : 'e';
  const c = lw.slice(-1);
  const endsV = 'aeıioöuüâîû'.includes(c);
  const hard = 'fstkçşhp'.includes(c);
  let s = '';
  switch (kase) {
    case 'gen':
      s = (endsV ? 'n' : '') + V4 + 'n';
      break;
    case 'acc':
      s = (endsV ? 'y' : '') + V4;
      break;
    case 'dat':
      s = (endsV ? 'y' : '') + V2;
      break;
    case 'loc':
      s = (hard ? 't' : 'd') + V2;
      break;
    case 'abl':
      s = (hard ? 't' : 'd') + V2 + 'n';
      break;
    case 'ins':
      s = (endsV ? 'yl' : 'l') + V2;
      break;
    default:
      return word;
  }
  return matchCase(word, "'" + s, 'tr');
}

function turkicSuffix(orth: Orth, word: string, kase: Kase): string {
  if (kase === 'nom') return word;
  switch (orth) {
    case 'kk':
      return kkSuffix(word, kase);
    case 'ky':
      return kySuffix(word, kase);
    case 'uz':
      return uzSuffix(word, kase);
    case 'uzc':
      return uzcSuffix(word, kase);
    case 'tg':
      return kase === 'acc' ? matchCase(word, 'ро') : word;
    case 'tr':
      return trSuffix(word, kase);
    default:
      return word;
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Names. Cyrillic-native pools are written in their own orthography; Latin-native ones as `Latin=Кириллица`.

const NAMES: Record<Eth, { m: string[]; f: string[]; s: string[] }> = {
  ru: {
    m: words(`Александр Алексей Андрей Антон Аркадий Артём Борис Вадим Валентин Валерий Василий Виктор Виталий
      Владимир Владислав Вячеслав Геннадий Георгий Глеб Григорий Даниил Денис Дмитрий Евгений Егор Иван Игорь Кирилл
      Константин Леонид Максим Матвей Михаил Никита Николай Олег Павел Пётр Роман Руслан Семён Станислав Степан
      Тимофей Фёдор Эдуард Юрий Ярослав Лев Ростислав Всеволод Савелий Мирон Захар Прохор Анатолий Эмиль Арсений
      Филипп Родион Тихон Елисей`),
    f: words(`Анастасия Анна Алина Алла Валентина Валерия Вера Виктория Галина Дарья Евгения Екатерина Елена Елизавета
      Жанна Зинаида Зоя Инна Ирина Кристина Ксения Лариса Лидия Любовь Людмила Маргарита Марина Мария Надежда
      Наталья Нина Оксана Олеся Ольга Полина Раиса Светлана Софья Таисия Тамара Татьяна Ульяна Юлия Яна Снежана
      Злата Милана Роза Лилия Майя Ангелина Василиса Нелли Эвелина Регина Вероника Алёна Диана
      Карина Элина Арина`),
    s: words(`Иванов Смирнов Кузнецов Попов Васильев Петров Соколов Михайлов Новиков Морозов Волков Лебедев Семёнов
      Егоров Козлов Степанов Орлов Макаров Никитин Захаров Зайцев Борисов Яковлев Григорьев Романов Воробьёв Сергеев
      Фролов Гусев Киселёв Ильин Поляков Сорокин Виноградов Ковалёв Белов Медведев Тарасов Жуков Баранов Комаров
      Давыдов Беляев Богданов Осипов Сидоров Титов Миронов Крылов Куликов Карпов Власов Мельников Гаврилов Тихонов
      Казаков Данилов Фомин Чернов Абрамов Мартынов Щербаков Калинин Быков Маслов Лазарев Воронин Климов Прохоров
      Потапов Журавлёв Гончаров Котов Громов Панов Румянцев Бирюков Горбунов Галкин Скворцов Нестеров Цветков
      Краснов Демидов Рыбаков Плотников Хохлов Литвинов Ершов Ушаков Мухин Лобанов Бородин Жданов Дроздов Лавров
      Зуев Самойлов Шишкин Носов Зверев Седов Головин Покровский Вишневский Загорский Ковальский Федотов Ефимов
      Шубин Ларионов Баженов Пахомов Ефремов Кондратьев Суханов Фадеев Игнатьев Лукин Зимин Кузьмин Афанасьев Соболев`),
  },
  ua: {
    m: words('Тарас Богдан Остап Назар Василь Ярослав Святослав Михайло Данило Олекса Устим Зиновий'),
    f: words('Оксана Олеся Богдана Ганна Мирослава Соломия Христина Леся Зоряна Марьяна Уляна Орыся'),
    s: words(`Шевченко Бондаренко Коваленко Ткаченко Кравченко Мельничук Ковальчук Полищук Бойко Ткачук Савчук
      Литвиненко Марченко Руденко Гончарук Мороз Лысенко Петренко Олифиренко Гнатюк Демчук Стельмах`),
  },
  ko: {
    m: [],
    f: [],
    s: words('Ким Пак Ли Цой Тен Хан Шин Пян Югай Огай Когай Нам Эм Лим Сон Мун Пай Ни Хегай Цхай'),
  },
  kz: {
    m: words(`Нұрлан Ерлан Серік Бауыржан Ержан Асхат Дәурен Қайрат Марат Азамат Арман Бақытжан Ғалым Дәулет
      Жандос Жасұлан Қанат Мақсат Мұрат Нұрсұлтан Олжас Рүстем Самат Талғат Темірлан Ұлан Шыңғыс Әділет Айбек Алмас
      Бекзат Дархан Ерболат Жеңіс Ілияс Қуаныш Мейрам Нұржан Оспан Сәкен Төлеген Ернар Мирас Әлихан Санжар Біржан
      Абылай Ақжол Бексұлтан Наурыз Құрбан Жомарт Болат Мұхтар Ақылбек Еркебұлан Алпамыс Ескендір Бағдат Ғабит
      Жарас Нұрбол Сырым Тұрар Әбілқайыр Дидар Ерасыл Нұрәли Айдос Ерғали Мұхит Рамазан Серікбол Талант Әсет`),
    f: words(`Айгүл Гүлнар Жанар Әсел Айгерім Динара Жұлдыз Мәдина Назерке Ақмарал Балжан Ботагөз Гүлмира Гүлшат
      Дана Дариға Жазира Жансая Зарина Инкәр Камила Ләззат Мөлдір Меруерт Нұргүл Перизат Сәуле Салтанат Самал
      Сымбат Толқын Ұлжан Шынар Анар Алма Гаухар Қарлығаш Жібек Маржан Айжан Мейіргүл Ақбота Аружан Томирис Ардақ
      Күнсұлу Айсұлу Ләйлә Әлия Раушан Шолпан Бибігүл Әйгерім Нәзира Гүлден Арайлым Ақерке Дильназ Қызғалдақ Айнұр
      Ғалия Жаннұр Мақпал Ұлбосын Сандуғаш Баян Әсем Күләш Ақниет`),
    s: words(`Жұмабаев Серікбаев Ахметов Омаров Сейітов Әбдірахманов Тоқтаров Қасымов Есенов Бекмұхамбетов Байжанов
      Сәрсенбаев Қуанышев Оспанов Мұқанов Төлеуов Ермеков Жақсылықов Исмаилов Қалиев Мамыров Нұрмағамбетов Бейсенов
      Әлімжанов Иманбаев Құдайбергенов Сыздықов Тұрсынов Әубәкіров Байменов Досмағамбетов Ерғалиев Жанұзақов
      Кенжебаев Мұратбеков Рахымжанов Сағындықов Тілеубергенов Шәкенов Елеусізов Бекенов Дүйсенов Абдуллин Қожахметов
      Өтебаев Смағұлов Тәжібаев Үсенов Нұрмұхамед Сейітқали Әлібек Жарылқасын Балтабай Сейдахметов Жұмағұлов
      Байғожин Нұрпейісов Алдабергенов Қалдыбаев Әбенов Тоқтамысов Жолдасбеков Бектұров Сапарбаев Есімов Қаназов
      Мырзахметов Әмірханов Оразалин Ілиясов Бисенов Мұхамеджанов Райымбеков Сатыбалдин Шалабаев Қадырбеков
      Ахметжанов Тұяқбаев Жүнісов Қарабаев Ыбыраев Ізбасаров Жетпісбаев Әшімов Көшербаев Мақсұтов Ерденов`),
  },
  ky: {
    m: words(`Бакыт Асан Үсөн Бекболот Нурбек Канат Эрмек Мирлан Талант Азамат Урмат Чынгыз Эльдияр Айдар Байыш
      Жоомарт Кубанычбек Мелис Нуржигит Өмүрбек Сыймык Темирлан Улан Элмирбек Жаныбек Адилет Бактыбек Дастан Калыбек
      Максатбек Медер Тилек Жеңишбек Алмазбек Курманбек Эрлан Бекжан Атай Токтосун Манас Эркин Нурсултан Жолдошбек
      Самат Акылбек Исмаил Марлен Болот Жылдызбек Нурадил Камчыбек Төлөгөн Азирет Бейшен`),
    f: words(`Айпери Бермет Гүлзат Жылдыз Чолпон Нургүл Айжамал Бурулай Элнура Назгүл Асел Канышай Мээрим Таттыбүбү
      Сезим Айдана Үмүт Азиза Гүлнара Жаңыл Мирана Айсулуу Каныкей Толгонай Эльмира Акмөөр Нуриза Аида Бактыгүл
      Махабат Айнура Эркайым Жаркынай Чынара Гүлайым Саадат Динара Айкөрөк Бегимай Апал Нуркыз Жамила Күлүмкан
      Айымкан Сайкал Гүлмира Айтурган`),
    s: words(`Асанов Токтогулов Жээнбеков Абдылдаев Бейшеналиев Осмонов Мамбетов Сатыбалдиев Кадыров Өмүрбеков
      Турдумаматов Алымкулов Жумалиев Байсалов Эшимбеков Сыдыков Мусаев Бакиров Табалдиев Ибраимов Орозбеков Акматов
      Жакыпов Калыков Токтосунов Үсөнов Сагынбаев Чолпонкулов Шаршеев Абдыкадыров Досалиев Байтиков Курманалиев
      Эсенгулов Максатов Тагаев Жолдошев Бообеков Кудайбергенов Шамшиев Мырзакматов Сооронбаев Дүйшөнбиев Мамытов
      Тентимишев Асылбеков Жусупов Токоев Бекназаров Абдразаков Качкынбаев Исаков Ормонов Сүйөркулов Эркинбеков
      Бердибеков Жапаров Келдибеков Нарматов Шамбетов Садыров Токторбаев Касымбеков Таштанов Мамасалиев Торобеков
      Чотонов Үмөтов Арзыматов Бөкөнбаев`),
  },
  uz: {
    m: words(`Dilshod Sardor Jasur Bekzod Sherzod Otabek Aziz Rustam Ulug'bek Jamshid Farrux Javlon Islom Doniyor
      Shoxrux Sanjar Abdulla Akmal Alisher Anvar Bobur Botir Davron Elyor G'ayrat Hamid Ilhom Jahongir Komil Lochin
      Mansur Nodir Oybek Po'lat Qodir Rashid Sarvar Temur To'lqin Umid Xurshid Yusuf Zafar Shavkat O'tkir Ravshan
      Baxtiyor Murod Nurali Odil Said Erkin Sukhrob Asqar Quvonchbek Mirjalol Azamat Feruz Husan Bahodir Shuhrat
      Ixtiyor Jaloliddin Abror Sanjarbek`),
    f: words(`Dilnoza Gulnora Nigora Shahnoza Sevara Madina Malika Zulfiya Feruza Nodira Mohira Dildora Gulchehra
      Kamola Lola Mavluda Nilufar Oydin Ra'no Saodat Umida Xurshida Yulduz Zarina Barno Charos Durdona Farida Gulnoza
      Hilola Iroda Komila Laylo Maftuna Muazzam Nargiza Ozoda Parvina Robiya Sabina Shaxlo Yorqinoy Zilola Go'zal
      Bahor Mehribon Gulbahor Dilfuza Munisa Sug'diyona Oysha Zebiniso Marjona Nasiba Dilbar Xosiyat
      Gulruh Mushtariy Nozima`),
    s: words(`Karimov Rashidov Yusupov Abdullayev Tursunov Ismoilov Xolmatov Ergashev Raximov Sobirov Qodirov Mirzayev
      Nazarov Usmonov Jo'rayev Haydarov Alimov Salimov To'xtayev Umarov Ahmedov Sultonov Murodov Nurmatov Hasanov
      Ibragimov Mahmudov Po'latov Safarov Boboyev Tojiboyev Sodiqov Qurbonov Xudoyberdiyev Norboyev Eshonqulov
      Shukurov Valiyev Zokirov Rahmonov Yo'ldoshev G'aniyev O'rinboyev Mamatqulov Sharipov Baxromov Abduvaliyev
      Aliyev Ortiqov Jumaniyozov Matkarimov Berdiyev Sayfullayev Kamolov Islomov Mamadaliyev Toshpo'latov Qosimov
      Ochilov Jo'raqulov Nabiyev Rasulov Temirov Ruziyev Egamberdiyev Normatov Olimov Bozorov Yoqubov Akramov
      G'ulomov Saidov Mo'minov Fayzullayev Xo'jayev Tillayev Otajonov`),
  },
  tj: {
    m: words(`Фаррух Баҳтиёр Шерали Суҳроб Фирдавс Умед Далер Манучеҳр Рустам Ҷамшед Исмоил Комрон Парвиз Нурулло
      Саидҷон Абдулло Хуршед Баҳром Фарид Наврӯз Сорбон Шаҳром Ардашер Бобоҷон Файзулло Ҳусейн Искандар Қурбон
      Раҳмон Сайфулло Тоҳир Шоҳрух Ёдгор Амир Зоир Илҳом Муҳаммад Неъмат Ориф Фазлиддин Ситамшо Бахтовар Мирзо
      Ҷовид Носир Хушқадам Ҷонибек Исфандиёр`),
    f: words(`Фарзона Мадина Ситора Нигина Шаҳноза Манижа Зарина Малика Гулрухсор Муниса Парвина Нилуфар Таҳмина
      Меҳрангез Рухшона Фотима Мавзуна Шабнам Гулчеҳра Сабрина Дилором Зулайхо Гулноза Наргис Сурайё Ҳилола Озода
      Барно Моҳира Лайло Фирӯза Зебо Гулбаҳор Меҳрӣ Ширин Дилафрӯз Тоҷинисо Сангина Бунафша Мушарраф Гулсара
      Нозанин Ҳамида Фарангис`),
    s: words(`Раҳимов Шарипов Назаров Сафаров Қодиров Ҷӯраев Давлатов Ализода Раҳмонзода Саидзода Шарифзода Каримзода
      Султонов Исмоилов Мирзоев Файзуллоев Ҳасанов Одинаев Ашуров Бобоев Сангинов Холов Ғафуров Муродов Зоиров
      Қурбонов Абдуллоев Шарифӣ Азимӣ Ҳакимов Наимов Раҷабов Юсуфӣ Самадов Ниёзов Нозимов Сайфиддинов Тоиров Гулов
      Маҳмадов Амиров Шоев Ҷалолов Пулодӣ Раҷабалиев Қаҳҳоров Шодиев Бобоҷонов Мирзоалиев Иброҳимов
      Ҷумъаев Ҳамидов Сафарзода Давлатзода Ҳусейнзода Назарзода Қурбонзода Исмоилзода Умаров Абдуллозода Олимов
      Ҳайдаров Назриев Шукуров Ёқубов Зарифӣ Ғуломов Носиров Валиев Рустамов Ҳотамов Мавлонов`),
  },
  tm: {
    m: words(`Merdan=Мердан Myrat=Мырат Döwlet=Довлет Serdar=Сердар Batyr=Батыр Annamyrat=Аннамурат Maksat=Максат
      Arslan=Арслан Berdi=Берды Kerim=Керим Ýazmyrat=Язмурат Orazgeldi=Оразгельды Begenç=Бегенч Kakageldi=Какагельды`),
    f: words(`Ogulgerek=Огулгерек Maýsa=Майса Jeren=Джерен Aýna=Айна Gülnabat=Гульнабат Sona=Сона Oguljan=Огулджан
      Enejan=Энеджан Läle=Ляле Gözel=Гозель Ogulşat=Огулшат Bägül=Бягуль`),
    s: words(`Orazow=Оразов Annaýew=Аннаев Berdiýew=Бердыев Nurmuhammedow=Нурмухаммедов Gurbanow=Гурбанов
      Hojaýew=Ходжаев Atajanow=Атаджанов Saparow=Сапаров Durdyýew=Дурдыев Amanow=Аманов Çaryýew=Чарыев
      Meredow=Мередов Rejepow=Реджепов Ataýew=Атаев Öwezow=Овезов Hydyrow=Хыдыров Nepesow=Непесов Baýramow=Байрамов
      Söýünow=Союнов Kakabaýew=Какабаев Gylyjow=Гылыджов Çaryýarow=Чарыяров`),
  },
  tr: {
    m: words(`Mehmet=Мехмет Ahmet=Ахмет Mustafa=Мустафа Hüseyin=Хусейн Hasan=Хасан İbrahim=Ибрагим Murat=Мурат
      Emre=Эмре Burak=Бурак Cem=Джем Kemal=Кемаль Selim=Селим Volkan=Волкан Serkan=Серкан Oğuz=Огуз Umut=Умут
      Barış=Барыш Deniz=Дениз Kartal=Картал Cengiz=Дженгиз Erdem=Эрдем Halil=Халиль Ercan=Эрджан Levent=Левент
      Onur=Онур Sinan=Синан Gökhan=Гекхан Uğur=Угур Kadir=Кадир Yiğit=Йигит`),
    f: words(`Ayşe=Айше Fatma=Фатма Emine=Эмине Zeynep=Зейнеп Elif=Элиф Hatice=Хатидже Merve=Мерве Büşra=Бюшра
      Esra=Эсра Gül=Гюль Yıldız=Йылдыз Ceylan=Джейлан Derya=Дерья Sibel=Сибель Özlem=Озлем Songül=Сонгюль
      Hülya=Хюлья Dilek=Дилек Pınar=Пынар Tuğba=Тугба Gizem=Гизем Nazlı=Назлы Seda=Седа Aylin=Айлин Ebru=Эбру
      Sevgi=Севги Melek=Мелек Damla=Дамла`),
    s: words(`Yılmaz=Йылмаз Kaya=Кая Demir=Демир Şahin=Шахин Çelik=Челик Yıldırım=Йылдырым Öztürk=Озтюрк
      Aydın=Айдын Özdemir=Оздемир Doğan=Доган Kılıç=Кылыч Çetin=Четин Kara=Кара Koç=Коч Kurt=Курт Özkan=Озкан
      Şimşek=Шимшек Polat=Полат Korkmaz=Коркмаз Güneş=Гюнеш Akın=Акын Bulut=Булут Tekin=Текин Ateş=Атеш
      Keskin=Кескин Toprak=Топрак Bozkurt=Бозкурт Yavuz=Явуз Karataş=Караташ Erdoğan=Эрдоган`),
  },
  az: {
    m: words(`Elvin=Эльвин Rəşad=Рашад Orxan=Орхан Tural=Турал Elnur=Эльнур Vüqar=Вугар Ramil=Рамиль Fuad=Фуад
      Səbuhi=Сабухи Ilkin=Илькин`),
    f: words(`Aysel=Айсель Günel=Гюнель Leyla=Лейла Nərmin=Нармин Sevinc=Севиндж Aynur=Айнур Ülviyyə=Ульвия
      Könül=Кёнюль Xədicə=Хадиджа Lalə=Лала`),
    s: words(`Məmmədov=Мамедов Əliyev=Алиев Hüseynov=Гусейнов Quliyev=Кулиев Həsənov=Гасанов İsmayılov=Исмайлов
      Abbasov=Аббасов Cəfərov=Джафаров Rzayev=Рзаев Babayev=Бабаев`),
  },
  af: {
    m: words(`Ahmad_Shah=Ахмад_Шах Mohammad_Nabi=Мохаммад_Наби Gul_Agha=Гуль_Ага Zabihullah=Забихулла
      Naqibullah=Накибулла Hamidullah=Хамидулла Farhad=Фархад Wahid=Вахид Sayed_Jawad=Сайед_Джавад Khalil=Халиль
      Rahimullah=Рахимулла Omid=Омид`),
    f: words(`Gul_Bibi=Гуль_Биби Zarghuna=Заргуна Malalai=Малалай Shabana=Шабана Freshta=Фришта Nargis=Наргис
      Mursal=Мурсал Parwana=Парвана Sima=Сима Zahra=Захра`),
    s: words(`Noori=Нури Ahmadzai=Ахмадзай Stanikzai=Станикзай Popal=Попал Hashimi=Хашими Rahimi=Рахими
      Sultani=Султани Karimi=Карими Mohammadi=Мохаммади Safi=Сафи Wardak=Вардак Amiri=Амири`),
  },
  kr: {
    m: words(`Min-jun=Мин_Джун Ji-hoon=Джи_Хун Sang-hoon=Сан_Хун Dong-hyun=Дон_Хён Seung-woo=Сын_У
      Jae-sung=Джэ_Сон Hyun-woo=Хён_У Young-ho=Ён_Хо Tae-yang=Тхэ_Ян Joon-ho=Джун_Хо Kyung-soo=Гён_Су`),
    f: words(`Ji-yeon=Джи_Ён Soo-jin=Су_Джин Min-ji=Мин_Джи Eun-ji=Ын_Джи Hye-jin=Хе_Джин Seo-yeon=Со_Ён
      Ji-woo=Джи_У Yoo-na=Ю_На Da-eun=Да_Ын Mi-kyung=Ми_Гён`),
    s: words(`Kim=Ким Lee=Ли Park=Пак Choi=Чхве Jung=Чон Kang=Кан Cho=Чо Yoon=Юн Jang=Чан Lim=Лим Han=Хан
      Shin=Шин Seo=Со Kwon=Квон`),
  },
  cn: {
    m: words('Wei=Вэй Lei=Лэй Jun=Цзюнь Hao=Хао Jian=Цзянь Qiang=Цян Ming=Мин Zhiwei=Чживэй Haoran=Хаожань'),
    f: words('Fang=Фан Li_Na=Ли_На Xiuying=Сюин Mei=Мэй Jing=Цзин Yan=Янь Hui=Хуэй Xiaoling=Сяолин Yuqing=Юйцин'),
    s: words(
      'Wang=Ван Zhang=Чжан Liu=Лю Chen=Чэнь Yang=Ян Huang=Хуан Zhao=Чжао Zhou=Чжоу Xu=Сюй Sun=Сунь Ma=Ма Guo=Го',
    ),
  },
  ar: {
    m: words(`Khalid=Халид Saeed=Саид Rashid=Рашид Omar=Омар Hamad=Хамад Sultan=Султан Majid=Маджид Yousef=Юсеф
      Abdulrahman=Абдуррахман Faisal=Фейсал Obaid=Обейд`),
    f: words('Fatima=Фатима Mariam=Мариам Aisha=Аиша Noura=Нура Hessa=Хесса Reem=Рим Latifa=Латифа Shamma=Шамма'),
    s: words(`Al_Mansouri=аль-Мансури Al_Zaabi=аль-Заби Al_Nuaimi=аль-Нуайми Al_Shamsi=аль-Шамси
      Al_Marzouqi=аль-Марзуки Al_Falasi=аль-Фаласи Al_Suwaidi=аль-Сувейди Haddad=Хаддад Al_Ketbi=аль-Кетби
      Al_Dhaheri=аль-Захери`),
  },
  pl: {
    m: words('Tomasz=Томаш Krzysztof=Кшиштоф Marek=Марек Paweł=Павел Grzegorz=Гжегож Wojciech=Войцех Jarosław=Ярослав'),
    f: words(`Agnieszka=Агнешка Katarzyna=Катажина Małgorzata=Малгожата Joanna=Иоанна Ewa=Эва Magdalena=Магдалена
      Beata=Беата`),
    s: words(`Nowak=Новак Kowalski=Ковальский Wiśniewski=Вишневский Wójcik=Вуйцик Kamiński=Каминский
      Lewandowski=Левандовский Zieliński=Зелинский Szymański=Шиманский Dąbrowski=Домбровский`),
  },
};
// Korean diaspora (Koryo-saram) carry Russian given names.
NAMES.ko.m = NAMES.ru.m;
NAMES.ko.f = NAMES.ru.f;

const CYR_NATIVE: readonly Eth[] = ['ru', 'ua', 'ko', 'kz', 'ky', 'tj'];
const FOREIGN: readonly Eth[] = ['tm', 'tr', 'az', 'af', 'kr', 'cn', 'ar', 'pl'];
/** Latin -> Cyrillic spelling of the foreign pools. */
const CYR_OF = new Map<string, string>();
for (const eth of FOREIGN) {
  for (const key of ['m', 'f', 's'] as const) {
    NAMES[eth][key] = NAMES[eth][key].map((entry) => {
      const [lat, cyr] = entry.split('=');
      CYR_OF.set(lat, cyr);
      return lat;
    });
  }
}

/** Draws without replacement until a pool runs dry, then starts a new shuffled round. */
class Drawer {
  private bags = new Map<string, string[]>();
  draw(key: string, pool: readonly string[]): string {
    let bag = this.bags.get(key);
    if (!bag || bag.length === 0) {
      bag = shuffle([...pool]);
      this.bags.set(key, bag);
    }
    return bag.pop() as string;
  }
}
const drawer = new Drawer();

const NICKS: Record<Orth, string[]> = {
  ru: words('Бека Жека Санёк Нурик Ержик Асик Мага Шах Тимоха Лысый Косой Батя Хан Зуля Гуля Малой Рыжая Дюша Куба'),
  en: words('Bek Zhora Tolik Sasha Kolya Big_Max Mama_Roza Dilya Shef Timka'),
  kk: words('Бөке Сәке Қара Жәке Бекаш Нұрик Ақа Тәтей'),
  kkl: words('Böke Säke Qara Jäke Bekaş Nūrik'),
  ky: words('Бакен Кара Чоң Бекеш Сыяк Жээке Маке'),
  uz: words('Qora Boss Hoji Shef Bekajon Dadajon Tilla Chiroyli'),
  uzc: words('Қора Босс Ҳожи Шеф Бекажон Тилла'),
  tg: words('Сиёҳ Раис Боло Ҳоҷӣ Шеф Ака-Бобо Ҷӯра'),
  tr: words('Patron Reis Kara Abla Hoca Dayı Çakal Sarı'),
};

// ---------------------------------------------------------------------------------------------------------------
// Personas

interface Parts {
  given: string;
  surname: string;
  patr: string | null;
  indecl: boolean;
}
interface Persona {
  eth: Eth;
  g: Gender;
  given: string;
  surname: string;
  father: string;
  patr: 'ru' | 'native' | 'none';
  dob: [number, number, number];
  v: Variant;
  nick: Map<Orth, string>;
  handle?: string;
  email?: string;
}

const ETH_MIX: Record<Orth, Partial<Record<Eth, number>>> = {
  ru: { kz: 24, ky: 15, uz: 20, tj: 16, ru: 12, ua: 4, ko: 3, az: 3, tm: 3 },
  en: { kz: 14, ky: 12, uz: 14, tj: 12, ru: 7, ua: 2, tr: 6, kr: 6, cn: 5, ar: 5, af: 5, pl: 4, tm: 4, az: 3 },
  kk: { kz: 72, ru: 10, uz: 7, ky: 5, ko: 3, cn: 3 },
  kkl: { kz: 85, ru: 15 },
  ky: { ky: 76, kz: 5, uz: 9, tj: 4, ru: 6 },
  uz: { uz: 78, tj: 7, kz: 5, ky: 3, ru: 4, tr: 3 },
  uzc: { uz: 82, tj: 6, kz: 4, ru: 8 },
  tg: { tj: 80, uz: 9, ru: 6, af: 5 },
  tr: { tr: 48, tm: 12, uz: 10, kz: 8, ky: 7, az: 8, ar: 3, af: 4 },
};

const usedGiven = new Set<string>();
const usedSurname = new Set<string>();

function makePersona(spec: string, orth: Orth): Persona {
  const [ethPart = '*', gPart = '*', extra = ''] = spec.split('.');
  const eth: Eth = ethPart === '*' ? weighted(ETH_MIX[orth]) : (pick(ethPart.split('|')) as Eth);
  const g: Gender = gPart === 'm' || gPart === 'f' ? gPart : chance(0.55) ? 'f' : 'm';
  const pools = NAMES[eth];
  const given = drawer.draw(`${eth}.${g}`, pools[g]);
  const fatherPool = eth === 'ko' ? NAMES.ru.m : pools.m;
  const father = pick(fatherPool);
  let patr: Persona['patr'] = 'none';
  if (eth === 'ru' || eth === 'ua' || eth === 'ko') patr = 'ru';
  else if (eth === 'kz') patr = weighted({ ru: 55, native: 30, none: 15 });
  else if (eth === 'ky') patr = weighted({ ru: 55, native: 30, none: 15 });
  else if (eth === 'uz') patr = weighted({ ru: 45, native: 40, none: 15 });
  else if (eth === 'tj') patr = weighted({ ru: 70, none: 30 });
  const year = extra === 'minor' ? int(2007, 2009) : int(1966, 2004);
  return {
    eth,
    g,
    given,
    surname: '',
    father,
    patr,
    dob: [year, int(1, 12), int(1, 28)],
    v: {
      zh: chance(0.3) ? 'j' : 'zh',
      kh: pick(['kh', 'kh', 'h', 'x'] as const),
      ye: chance(0.6),
      q: chance(0.15),
      fold: chance(0.5),
      apos: chance(0.25) ? 'ʻ' : "'",
    },
    nick: new Map(),
  };
}

const CYR_ORTHS: readonly Orth[] = ['ru', 'kk', 'ky', 'tg', 'uzc'];

/** One name part (given, surname base or father's name) in an orthography. */
function inOrth(p: Persona, w: string, orth: Orth): string {
  if (CYR_NATIVE.includes(p.eth)) {
    const ruSp = p.eth === 'kz' ? kkToRu(w) : p.eth === 'ky' ? kyToRu(w) : p.eth === 'tj' ? tgToRu(w) : w;
    switch (orth) {
      case 'ru':
      case 'uzc':
        return ruSp;
      case 'kk':
        return p.eth === 'tj' ? ruSp : w;
      case 'ky':
        return p.eth === 'kz' ? kkToKy(w) : p.eth === 'tj' ? ruSp : w;
      case 'tg':
        return p.eth === 'tj' ? w : ruSp;
      case 'kkl':
        return kkLatin(p.eth === 'tj' ? ruSp : w);
      case 'en':
        return cyrToEn(w, p.v.kh === 'x' && !['tj', 'kz'].includes(p.eth) ? { ...p.v, kh: 'kh' } : p.v);
      case 'uz':
        return cyrToUz(w);
      case 'tr':
        return cyrToTr(w);
    }
  }
  if (p.eth === 'uz') {
    switch (orth) {
      case 'uz':
        return w.replace(/'/g, p.v.apos);
      case 'uzc':
        return uzToCyr(w);
      case 'tg':
        return uzToCyr(w).replace(/ў/g, 'ӯ').replace(/Ў/g, 'Ӯ');
      case 'en':
        return uzToEn(w, p.v);
      case 'tr':
        return uzToTr(w);
      case 'kkl':
        return w;
      default:
        return uzToRu(w);
    }
  }
  if (CYR_ORTHS.includes(orth)) return CYR_OF.get(w) ?? w;
  return orth === 'en' && p.v.fold ? fold(w) : w;
}

function feminine(s: string, eth: Eth): string {
  if (!['ru', 'ua', 'kz', 'ky', 'uz', 'tj', 'tm', 'az', 'pl'].includes(eth)) return s;
  if (/(ов|ев|ёв|ин|ын)$/.test(s)) return s + 'а';
  if (/(ОВ|ЕВ|ИН)$/.test(s)) return s + 'А';
  if (/(ский|цкий)$/.test(s)) return s.slice(0, -2) + 'ая';
  if (/(ov|ev|ow|ew|in)$/.test(s)) return s + 'a';
  if (/ski$/.test(s)) return s.slice(0, -1) + 'a';
  return s;
}

function patronymic(p: Persona, orth: Orth): string | null {
  if (p.patr === 'none' || orth === 'tr') return null;
  const m = p.g === 'm';
  if (p.patr === 'ru') {
    const fatherRu = inOrth(p, p.father, 'ru');
    const ruP = ruPatronymic(fatherRu, p.g);
    if (CYR_ORTHS.includes(orth)) return ruP;
    if (orth === 'en')
      return cyrToEn(ruP, p.v.kh === 'x' && !['tj', 'kz'].includes(p.eth) ? { ...p.v, kh: 'kh' } : p.v);
    if (orth === 'kkl') return kkLatin(ruP);
    if (p.eth === 'uz') {
      const f = p.father.replace(/'/g, p.v.apos);
      const soft = /[aoeiu]$/.test(f);
      return f + (soft ? (m ? 'yevich' : 'yevna') : m ? 'ovich' : 'ovna');
    }
    return cyrToUz(ruP);
  }
  if (p.eth === 'kz') {
    const kk = p.father + (m ? 'ұлы' : 'қызы');
    if (orth === 'kk') return kk;
    if (orth === 'kkl') return kkLatin(kk);
    if (orth === 'en') return cyrToEn(kk, p.v);
    if (orth === 'uz') return cyrToUz(kk);
    return kkToRu(kk);
  }
  if (p.eth === 'ky') {
    const ky = p.father + (m ? ' уулу' : ' кызы');
    if (orth === 'ky' || orth === 'kk') return ky;
    if (orth === 'kkl') return kkLatin(ky);
    if (orth === 'en') return cyrToEn(ky, p.v);
    if (orth === 'uz') return cyrToUz(ky);
    return kyToRu(ky);
  }
  if (p.eth === 'uz') {
    const uz = p.father + (m ? " o'g'li" : ' qizi');
    if (orth === 'uz' || orth === 'kkl') return uz.replace(/'/g, p.v.apos);
    if (orth === 'uzc') return uzToCyr(uz);
    if (orth === 'tg') return uzToCyr(uz).replace(/ў/g, 'ӯ');
    if (orth === 'en') return uzToEn(p.father, p.v) + (m ? ' ugli' : ' kizi');
    return uzToRu(uz);
  }
  return null;
}

function partsOf(p: Persona, orth: Orth): Parts {
  // Surnames are drawn only when first needed, so that given-name-only mentions do not use up the pool.
  if (!p.surname) p.surname = drawer.draw(`${p.eth}.s`, NAMES[p.eth].s);
  const surnameBase = inOrth(p, p.surname, orth);
  return {
    given: inOrth(p, p.given, orth),
    surname: p.g === 'f' ? feminine(surnameBase, p.eth) : surnameBase,
    patr: patronymic(p, orth),
    indecl: ['af', 'kr', 'cn', 'ar'].includes(p.eth),
  };
}

const upper = (s: string, orth: Orth): string => (orth === 'tr' ? s.toLocaleUpperCase('tr') : s.toUpperCase());
const lower = (s: string, orth: Orth): string => (orth === 'tr' ? s.toLocaleLowerCase('tr') : s.toLowerCase());

function initialsOf(pp: Parts): string {
  const a = pp.given.slice(0, 1).toUpperCase();
  const b = pp.patr ? pp.patr.slice(0, 1).toUpperCase() : '';
  if (!b) return a + '.';
  return pick([`${a}.${b}.`, `${a}.${b}.`, `${a}. ${b}.`, `${a}.${b}`]);
}

function renderName(p: Persona, form: string, kase: Kase, orth: Orth): string {
  if (form === 'nick') {
    if (!p.nick.has(orth)) p.nick.set(orth, pick(NICKS[orth]));
    return turkicSuffix(orth, p.nick.get(orth) as string, kase);
  }
  if (orth === 'kkl' && CYR_NATIVE.includes(p.eth)) return kkLatin(renderName(p, form, kase, 'kk'));
  const pp = partsOf(p, orth);
  const ru = orth === 'ru' && !pp.indecl;
  const dec = (w: string, kind: 'given' | 'surname' | 'patr') => (ru ? ruInflect(w, p.g, kind, kase) : w);
  const G = dec(pp.given, 'given');
  const S = dec(pp.surname, 'surname');
  const Pt = pp.patr ? dec(pp.patr, 'patr') : null;
  const eastAsian = p.eth === 'kr' || p.eth === 'cn';
  let list: (string | null)[];
  let showsGiven = true;
  let showsSurname = true;
  switch (form) {
    case 'f':
      list = [S, G, Pt];
      break;
    case 'gs':
      list = eastAsian ? [S, G] : [G, S];
      break;
    case 'sg':
      list = [S, G];
      break;
    case 'gps':
      list = eastAsian ? [S, G] : [G, Pt, S];
      break;
    case 'gp':
      list = Pt ? [G, Pt] : [G];
      showsSurname = false;
      break;
    case 'g':
      list = [G];
      showsSurname = false;
      break;
    case 's':
      list = [S];
      showsGiven = false;
      break;
    case 'si':
      list = [S, initialsOf(pp)];
      showsGiven = false;
      break;
    case 'is':
      list = [initialsOf(pp), S];
      showsGiven = false;
      break;
    case 'S':
      list = [upper(S, orth), G, Pt];
      break;
    case 'F':
      list = [S, G, Pt].map((x) => (x ? upper(x, orth) : x));
      break;
    case 'l':
      list = [lower(G, orth)];
      showsSurname = false;
      break;
    case 'ls':
      list = [lower(G, orth), lower(S, orth)];
      break;
    case 'h': {
      const glue =
        orth === 'uz'
          ? p.g === 'f' && chance(0.5)
            ? 'xon'
            : 'jon'
          : orth === 'uzc'
            ? p.g === 'f' && chance(0.5)
              ? 'хон'
              : 'жон'
            : orth === 'tg'
              ? 'ҷон'
              : orth === 'kk' || orth === 'ky'
                ? 'жан'
                : '';
      list = [G + glue];
      showsSurname = false;
      break;
    }
    default:
      throw new Error(`unknown name form ${form}`);
  }
  if (showsGiven) usedGiven.add(`${p.eth}:${p.given}`);
  if (showsSurname) usedSurname.add(`${p.eth}:${p.surname}`);
  const text = list.filter((x): x is string => !!x).join(' ');
  if (orth === 'ru' || orth === 'en' || kase === 'nom') return text;
  const cut = text.lastIndexOf(' ');
  const head = text.slice(0, cut + 1);
  const tail = text.slice(cut + 1);
  if (tail.endsWith('.')) return text;
  // A patronymic such as Серікқызы or Бакыт уулу is a possessive form and takes the pronominal -н-.
  if ((orth === 'kk' || orth === 'ky') && /(ұлы|қызы|улы|кызы|уулу)$/i.test(tail)) {
    const table: Partial<Record<Kase, string>> =
      orth === 'kk'
        ? { gen: 'ның', dat: 'на', acc: 'н', loc: 'нда', abl: 'нан', ins: 'мен' }
        : { gen: /уулу$/i.test(tail) ? 'нун' : 'нын', dat: 'на', acc: 'н', loc: 'нда', abl: 'нан' };
    return head + matchCase(tail, table[kase] ?? '');
  }
  return head + turkicSuffix(orth, tail, kase);
}

// ---------------------------------------------------------------------------------------------------------------
// Labelled values

const HOME: Record<Eth, string> = {
  ru: 'ru',
  ua: 'ua',
  ko: 'kz',
  kz: 'kz',
  ky: 'kg',
  uz: 'uz',
  tj: 'tj',
  tm: 'tm',
  tr: 'tr',
  az: 'az',
  af: 'af',
  kr: 'kr',
  cn: 'cn',
  ar: 'ae',
  pl: 'pl',
};

function phone(cc: string): string {
  const n = digits(7);
  const a3 = n.slice(0, 3);
  const b2 = n.slice(3, 5);
  const c2 = n.slice(5);
  switch (cc) {
    case 'kz':
    case 'ru': {
      const op =
        cc === 'kz'
          ? pick(['700', '701', '702', '705', '707', '708', '747', '771', '775', '776', '777', '778'])
          : pick(['903', '905', '909', '915', '916', '925', '926', '937', '962', '985', '999', '952']);
      return pick([
        `+7 ${op} ${a3} ${b2} ${c2}`,
        `+7 (${op}) ${a3}-${b2}-${c2}`,
        `8 ${op} ${a3} ${b2}${c2}`,
        `8${op}${n}`,
        `+7${op}${n}`,
        `8 (${op}) ${a3}-${b2}-${c2}`,
        `+7-${op}-${a3}-${b2}-${c2}`,
        `8.${op}.${a3}.${b2}.${c2}`,
        `8-${op}-${a3}-${b2}${c2}`,
        `+7 ${op}${a3}${b2}${c2}`,
      ]);
    }
    case 'kzl':
      return pick([
        `8 (727) ${int(2, 3)}${n.slice(0, 2)}-${b2}-${c2}`,
        `+7 727 ${int(2, 3)}${n.slice(0, 2)} ${b2} ${c2}`,
        `8 (7172) ${n.slice(1, 3)}-${b2}-${c2}`,
        `8(7252)${n.slice(1, 3)}-${b2}-${c2}`,
      ]);
    case 'rul':
      return pick([`8 (495) ${a3}-${b2}-${c2}`, `+7 (812) ${a3}-${b2}-${c2}`, `8 (343) ${a3}-${b2}-${c2}`]);
    case 'kg': {
      const op = pick(['555', '700', '702', '707', '770', '772', '777', '550', '999', '220', '509', '755']);
      const m = digits(6);
      return pick([
        `+996 ${op} ${m.slice(0, 3)} ${m.slice(3)}`,
        `+996 (${op}) ${m.slice(0, 2)}-${m.slice(2, 4)}-${m.slice(4)}`,
        `0${op} ${m.slice(0, 3)} ${m.slice(3)}`,
        `0 ${op} ${m.slice(0, 2)} ${m.slice(2, 4)} ${m.slice(4)}`,
        `+996${op}${m}`,
        `+996 312 ${m.slice(0, 2)} ${m.slice(2, 4)} ${m.slice(4)}`,
        `+996-${op}-${m}`,
      ]);
    }
    case 'uz': {
      const op = pick(['90', '91', '93', '94', '97', '99', '33', '88', '95', '77']);
      return pick([
        `+998 ${op} ${a3} ${b2} ${c2}`,
        `+998 (${op}) ${a3}-${b2}-${c2}`,
        `+998${op}${n}`,
        `${op} ${a3} ${b2} ${c2}`,
        `(${op}) ${a3}-${b2}-${c2}`,
        `+998 71 2${n.slice(1, 3)} ${b2} ${c2}`,
        `998${op}${n}`,
      ]);
    }
    case 'tj': {
      const op = pick(['90', '91', '92', '93', '98', '55', '50', '88', '00']);
      return pick([
        `+992 ${op} ${a3} ${n.slice(3)}`,
        `+992 (${op}) ${a3}-${b2}-${c2}`,
        `+992 9${op} ${n.slice(1, 3)} ${b2} ${c2}`,
        `${op} ${a3} ${b2} ${c2}`,
        `+992${op}${n}`,
        `+992 37 2${n.slice(1, 3)} ${b2} ${c2}`,
        `8 (10 992) ${op} ${a3} ${b2} ${c2}`,
      ]);
    }
    case 'tm': {
      const op = pick(['61', '62', '63', '64', '65', '71']);
      const m = digits(6);
      return pick([
        `+993 ${op} ${m}`,
        `+993 (${op}) ${m.slice(0, 2)}-${m.slice(2, 4)}-${m.slice(4)}`,
        `8 ${op} ${m.slice(0, 2)} ${m.slice(2, 4)} ${m.slice(4)}`,
      ]);
    }
    case 'tr': {
      const op = pick(['532', '533', '535', '536', '541', '542', '505', '506', '553', '555', '544', '507']);
      return pick([
        `+90 ${op} ${a3} ${b2} ${c2}`,
        `0${op} ${a3} ${b2} ${c2}`,
        `0 (${op}) ${a3} ${b2} ${c2}`,
        `+90${op}${n}`,
        `+90 (212) ${a3} ${b2} ${c2}`,
        `0${op}-${a3}-${b2}-${c2}`,
        `0${op}${n}`,
      ]);
    }
    case 'ae': {
      const op = pick(['50', '52', '54', '55', '56', '58']);
      return pick([
        `+971 ${op} ${a3} ${n.slice(3)}`,
        `0${op} ${a3} ${n.slice(3)}`,
        `+971-${op}-${a3}-${n.slice(3)}`,
        `+971${op}${n}`,
      ]);
    }
    case 'kr': {
      const m = digits(8);
      return pick([
        `+82 10-${m.slice(0, 4)}-${m.slice(4)}`,
        `010-${m.slice(0, 4)}-${m.slice(4)}`,
        `+82 10 ${m.slice(0, 4)} ${m.slice(4)}`,
        `010${m}`,
      ]);
    }
    case 'pl': {
      const m = digits(9);
      const op = pick(['5', '6', '7']);
      return pick([
        `+48 ${op}${m.slice(0, 2)} ${m.slice(2, 5)} ${m.slice(5, 8)}`,
        `+48 22 ${a3} ${b2} ${c2}`,
        `${op}${m.slice(0, 2)}-${m.slice(2, 5)}-${m.slice(5, 8)}`,
        `+48${op}${m.slice(0, 8)}`,
      ]);
    }
    case 'cn': {
      const op = pick(['138', '139', '135', '150', '186', '158', '177']);
      const m = digits(8);
      return pick([
        `+86 ${op} ${m.slice(0, 4)} ${m.slice(4)}`,
        `+86 ${op}-${m.slice(0, 4)}-${m.slice(4)}`,
        `${op} ${m.slice(0, 4)} ${m.slice(4)}`,
        `+86${op}${m}`,
      ]);
    }
    case 'ua':
      return pick([
        `+380 67 ${a3} ${b2} ${c2}`,
        `+380 (50) ${a3}-${b2}-${c2}`,
        `0${pick(['67', '93', '97'])} ${a3} ${b2} ${c2}`,
      ]);
    case 'az':
      return pick([
        `+994 50 ${a3} ${b2} ${c2}`,
        `+994 (55) ${a3}-${b2}-${c2}`,
        `0${pick(['50', '51', '70'])} ${a3} ${b2} ${c2}`,
      ]);
    case 'af':
      return pick([
        `+93 70 ${a3} ${n.slice(3)}`,
        `+93 (79) ${a3}-${n.slice(3)}`,
        `0${pick(['70', '77', '79'])} ${a3} ${n.slice(3)}`,
      ]);
    default:
      throw new Error(`no phone format for ${cc}`);
  }
}

function iinBase(dob: [number, number, number], g: Gender): string {
  const [y, m, d] = dob;
  const century = y >= 2000 ? (g === 'm' ? 5 : 6) : g === 'm' ? 3 : 4;
  return pad(y % 100) + pad(m) + pad(d) + century;
}
function iinCheck(first11: string): number {
  const ds = first11.split('').map(Number);
  let c = ds.reduce((s, x, i) => s + x * (i + 1), 0) % 11;
  if (c === 10) {
    const w = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2];
    c = ds.reduce((s, x, i) => s + x * w[i], 0) % 11;
  }
  return c;
}
function iin(p: Persona): string {
  for (;;) {
    const first = iinBase(p.dob, p.g) + digits(4);
    const c = iinCheck(first);
    if (c < 10) return first + c;
  }
}
function iinTypo(p: Persona): string {
  const good = iin(p);
  for (;;) {
    const pos = int(7, 10);
    const bad = good.slice(0, pos) + String((Number(good[pos]) + int(1, 9)) % 10) + good.slice(pos + 1);
    if (iinCheck(bad.slice(0, 11)) !== Number(bad[11])) return bad;
  }
}
const kgPin = (p: Persona): string => (p.g === 'm' ? '2' : '1') + pad(p.dob[2]) + pad(p.dob[1]) + p.dob[0] + digits(5);
function pinfl(p: Persona): string {
  const first = (p.dob[0] >= 2000 ? (p.g === 'm' ? 5 : 6) : p.g === 'm' ? 3 : 4) + pad(p.dob[2]) + pad(p.dob[1]);
  const body = first + pad(p.dob[0] % 100) + pick(['261', '262', '263', '273', '281', '301', '307', '314']) + digits(3);
  const w = [7, 3, 1];
  const check = body.split('').reduce((s, x, i) => s + Number(x) * w[i % 3], 0) % 10;
  return body + check;
}
const tjInn = (): string => String(int(1, 9)) + digits(8);
function tcKimlik(): string {
  const d = [int(1, 9), ...Array.from({ length: 8 }, () => int(0, 9))];
  const d10 = ((((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10) + 10) % 10;
  const d11 = (d.reduce((s, x) => s + x, 0) + d10) % 10;
  return [...d, d10, d11].join('');
}
function snils(): string {
  const ds = Array.from({ length: 9 }, () => int(0, 9));
  ds[0] = int(1, 9);
  const sum = ds.reduce((s, x, i) => s + x * (9 - i), 0);
  let cs = sum < 100 ? sum : sum === 100 || sum === 101 ? 0 : sum % 101;
  if (cs === 100) cs = 0;
  const t = ds.join('');
  return `${t.slice(0, 3)}-${t.slice(3, 6)}-${t.slice(6)} ${pad(cs)}`;
}
function ruInn(): string {
  const ds = [int(1, 9), ...Array.from({ length: 9 }, () => int(0, 9))];
  const w1 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8];
  const n11 = (ds.reduce((s, x, i) => s + x * w1[i], 0) % 11) % 10;
  const w2 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8];
  const n12 = ([...ds, n11].reduce((s, x, i) => s + x * w2[i], 0) % 11) % 10;
  return [...ds, n11, n12].join('');
}

function nationalId(kind: string, p: Persona): string {
  switch (kind) {
    case 'iin':
      return iin(p);
    case 'iinbad':
      return iinTypo(p);
    case 'kgpin':
      return kgPin(p);
    case 'pinfl':
      return pinfl(p);
    case 'tjinn':
      return tjInn();
    case 'tc':
      return tcKimlik();
    case 'snils':
      return snils();
    case 'rinn':
      return ruInn();
    case 'home':
      switch (p.eth) {
        case 'kz':
        case 'ko':
          return iin(p);
        case 'ky':
          return kgPin(p);
        case 'uz':
          return pinfl(p);
        case 'tj':
          return tjInn();
        case 'tr':
          return tcKimlik();
        case 'ru':
        case 'ua':
          return chance(0.5) ? snils() : ruInn();
        default:
          throw new Error(`no national id for ${p.eth}`);
      }
    default:
      throw new Error(`unknown national id ${kind}`);
  }
}

const upLetters = (n: number, alphabet = 'ABCDEFHKLMNPRSTUXYZ'): string =>
  Array.from({ length: n }, () => pick(alphabet.split(''))).join('');

function passport(cc: string): string {
  switch (cc) {
    case 'kz':
      return 'N' + digits(8);
    case 'kg':
      return pick(['AC', 'AC', 'ID', 'AN', 'PE']) + (chance(0.15) ? ' ' : '') + digits(7);
    case 'uz':
      return pick(['AA', 'AB', 'AC', 'AD', 'FA', 'KA']) + (chance(0.2) ? ' ' : '') + digits(7);
    case 'tj':
      return pick([`40${digits(7)}`, `50${digits(7)}`, `A ${digits(7)}`]);
    case 'ru':
      return pick([`${digits(2)} ${digits(2)} ${digits(6)}`, `${digits(4)} ${digits(6)}`, `${digits(2)} ${digits(7)}`]);
    case 'rus':
      return pick([`${digits(2)} ${digits(2)} № ${digits(6)}`, `${digits(4)} № ${digits(6)}`]);
    case 'ua':
      return pick(['FA', 'FE', 'FK', 'EH']) + digits(6);
    case 'tm':
      return 'A' + digits(7);
    case 'tr':
      return 'U' + digits(8);
    case 'az':
      return 'C' + digits(8);
    case 'af':
      return 'P0' + digits(7);
    case 'kr':
      return 'M' + digits(8);
    case 'cn':
      return 'E' + digits(8);
    case 'ae':
      return 'N' + digits(7);
    case 'pl':
      return upLetters(2) + digits(7);
    default:
      throw new Error(`no passport format for ${cc}`);
  }
}

function luhnComplete(payload: string): string {
  let sum = 0;
  for (let i = 0; i < payload.length; i++) {
    let d = Number(payload[payload.length - 1 - i]);
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return payload + ((10 - (sum % 10)) % 10);
}

function card(kind: string): string {
  const prefixes: Record<string, string[]> = {
    humo: ['986001', '986012', '986035', '986018'],
    uzcard: ['860002', '860049', '860031', '860014'],
    visa: ['440043', '416958', '426301', '457832', '404932'],
    mc: ['516949', '521324', '544065', '528214', '539545'],
    mir: ['220070', '220220', '220431', '220015'],
    elcart: ['941701', '941712', '941733'],
  };
  const key = kind === 'any' ? pick(Object.keys(prefixes)) : kind;
  const pre = pick(prefixes[key]);
  const num = luhnComplete(pre + digits(15 - pre.length));
  const g = num.match(/.{4}/g) as string[];
  switch (weighted({ spaced: 50, compact: 22, dashed: 12, masked: 16 })) {
    case 'spaced':
      return g.join(' ');
    case 'compact':
      return num;
    case 'dashed':
      return g.join('-');
    default:
      // Ten digits stay visible, so a masked number is still labelled.
      return `${g[0]} ${g[1].slice(0, 2)}** **** ${g[3]}`;
  }
}

function mod97(s: string): number {
  let r = 0;
  for (const ch of s) {
    const v = /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch;
    for (const d of v) r = (r * 10 + Number(d)) % 97;
  }
  return r;
}
function iban(cc: string): string {
  const C = cc.toUpperCase();
  const bban =
    C === 'KZ'
      ? pick(['722', '601', '998', '826', '914', '965', '551']) + pick(['S', 'C', '0', '1', 'K']) + digits(12)
      : C === 'TR'
        ? pick(['00010', '00062', '00064', '00046', '00067', '00012', '00111']) + '0' + digits(16)
        : pick(['033', '026', '035', '030', '003']) + digits(16);
  const check = pad(98 - mod97(bban + C + '00'));
  const full = C + check + bban;
  const r = rand();
  if (r < 0.5) return (full.match(/.{1,4}/g) as string[]).join(' ');
  if (r < 0.88) return full;
  return full.toLowerCase();
}

// Addresses ------------------------------------------------------------------------------------------------------

const house = (): string =>
  String(pick([int(1, 40), int(1, 40), int(41, 240)])) + (chance(0.12) ? pick(['а', '/1', '/2', 'Б']) : '');
const flat = (): number => int(1, 180);
const houseLat = (): string => String(pick([int(1, 40), int(41, 240)])) + (chance(0.1) ? pick(['A', '/1', '/3']) : '');

const RU_STREETS_GEN = words(`Абая Толе_би Сейфуллина Кунаева Фурманова Байтурсынова Жандосова Розыбакиева Гагарина
  Шевченко Тимирязева Ауэзова Сатпаева Курмангазы Панфилова Богенбай_батыра Кабанбай_батыра Токтогула Ахунбаева
  Боконбаева Абдрахманова Ибраимова Раззакова Масалиева Навои Бабура Мукими Рудаки Айни Лахути Пушкина Гоголя
  Ленина Чехова Маяковского Горького`);
const RU_STREETS_ADJ = words('Московская Советская Садовая Школьная Заводская Центральная Нижняя Степная Луговая');
const RU_PROSPEKT = words('Абая Назарбаева Достык Аль-Фараби Чуй Манаса Мира Рудаки Гагарина Жибек_Жолы Республики');
const RU_MKR = words(
  'Аксай-4 Самал-2 Орбита-3 Жетысу-2 Шугыла Асанбай Мамыр-1 Джал-29 Восток-5 Аламедин-1 Тунгуч Кок-Жар Нурсат Кулагер',
);
const KZ_CITIES_RU = words(
  'Алматы Астана Шымкент Караганда Актобе Тараз Павлодар Семей Атырау Актау Кызылорда Туркестан Талдыкорган Костанай',
);
const KG_CITIES_RU = words('Бишкек Ош Джалал-Абад Каракол Токмок Кара-Балта Нарын Талас');
const RU_CITIES = words(
  'Москва Санкт-Петербург Екатеринбург Новосибирск Казань Тюмень Сургут Краснодар Подольск Балашиха',
);
const RU_STREETS_RU =
  words(`Складочная Профсоюзная Малышева Бориса_Ельцина Первомайская Ленинградская Садовая Стахановская
  Генерала_Белова Летчика_Бабушкина`);

function addressRu(): string {
  const st = () => (chance(0.75) ? 'ул. ' + pick(RU_STREETS_GEN) : pick(RU_STREETS_ADJ) + ' ул.');
  const city = () => pick([...KZ_CITIES_RU, ...KZ_CITIES_RU, ...KG_CITIES_RU, 'Ташкент', 'Душанбе', 'Худжанд']);
  return pick([
    () => `г. ${city()}, ${st()}, д. ${house()}, кв. ${flat()}`,
    () => `${st()}, д. ${house()}, кв. ${flat()}`,
    () => `${st()} ${house()}-${flat()}`,
    () => `г. ${city()}, мкр. ${pick(RU_MKR)}, д. ${int(1, 60)}, кв. ${flat()}`,
    () => `мкр. ${pick(RU_MKR)}, ${int(1, 60)}/${int(1, 4)}-${flat()}`,
    () => `пр-т ${pick(RU_PROSPEKT)} ${house()}, кв. ${flat()}`,
    () => `${city()}, ${st()} ${house()}`,
    () => `г.${city()}, ${st()},д.${house()} кв.${flat()}`,
    () => `пр. ${pick(RU_PROSPEKT)}, ${house()}`,
    () =>
      `с. ${pick(['Каскелен', 'Узынагаш', 'Шамалган', 'Сарыагаш', 'Жетысай', 'Кара-Суу', 'Араван'])}, ${st()}, ${int(1, 90)}`,
  ])();
}
function addressRuNa(): string {
  return pick([
    () => `улице ${pick(RU_STREETS_GEN)}, дом ${house()}`,
    () => `улице ${pick(RU_STREETS_GEN)}, дом ${house()}, квартира ${flat()}`,
    () => `ул. ${pick(RU_STREETS_GEN)}, д. ${house()}, кв. ${flat()}`,
    () => `проспекте ${pick(RU_PROSPEKT)}, ${house()}`,
    () => `проспекте ${pick(RU_PROSPEKT)}, д. ${house()}, кв. ${flat()}`,
    () => `улице ${pick(RU_STREETS_GEN)} ${house()}`,
  ])();
}
function addressRuV(): string {
  return pick([
    () => `доме ${house()} по улице ${pick(RU_STREETS_GEN)}`,
    () => `доме № ${house()} по ул. ${pick(RU_STREETS_GEN)}`,
    () => `квартире ${flat()} дома ${house()} по проспекту ${pick(RU_PROSPEKT)}`,
    () => `микрорайоне ${pick(RU_MKR)}, дом ${int(1, 60)}`,
    () => `микрорайоне ${pick(RU_MKR)}, д. ${int(1, 60)}, кв. ${flat()}`,
  ])();
}
function addressRussia(): string {
  return pick([
    () => `г. ${pick(RU_CITIES)}, ул. ${pick(RU_STREETS_RU)}, д. ${house()}, кв. ${flat()}`,
    () =>
      `г. Москва, ${pick(['Рязанский проспект', 'Каширское шоссе', 'ул. Складочная'])}, д. ${int(1, 99)}, стр. ${int(1, 9)}`,
    () => `ул. ${pick(RU_STREETS_RU)}, д. ${house()}, корп. ${int(1, 5)}, кв. ${flat()}`,
    () => `${pick(RU_CITIES)}, ул. ${pick(RU_STREETS_RU)} ${house()}`,
    () => `г. Санкт-Петербург, пр. Просвещения, д. ${int(1, 99)}, к. ${int(1, 4)}, кв. ${flat()}`,
  ])();
}

const KK_STREETS = words(`Абай Төле_би Жібек_жолы Сейфуллин Достық Райымбек Қонаев Желтоқсан Әуезов Сәтбаев Байтұрсынұлы
  Құрманғазы Жамбыл Кенесары Бөгенбай_батыр Қабанбай_батыр Тұран Мәңгілік_Ел Абылай_хан Әйтеке_би`);
const KK_CITIES = words('Алматы Астана Шымкент Қарағанды Ақтөбе Тараз Павлодар Атырау Қызылорда Түркістан Талдықорған');
function addressKk(loc: boolean): string {
  const end = (n: string, word: string) => (loc ? kkSuffix(`${n}-${word}`, 'loc') : `${n}-${word}`);
  return pick([
    () => `${pick(KK_CITIES)} қаласы, ${pick(KK_STREETS)} көшесі, ${house()}-үй, ${end(String(flat()), 'пәтер')}`,
    () => `${pick(KK_STREETS)} көшесі, ${end(house(), 'үй')}`,
    () => `${pick(KK_STREETS)} көшесі, ${house()}-үй, ${end(String(flat()), 'пәтер')}`,
    () => `${pick(['Абай', 'Назарбаев', 'Құдайберген', 'Тәуелсіздік', 'Достық'])} даңғылы, ${end(house(), 'үй')}`,
    () =>
      `${pick(['Самал-2', 'Ақсай-4', 'Шұғыла', 'Мамыр-1', 'Нұрсат', 'Асар'])} шағын ауданы, ${int(1, 60)}-үй, ${end(String(flat()), 'пәтер')}`,
    () =>
      `${pick(['Қаскелең', 'Ұзынағаш', 'Шамалған', 'Сарыағаш', 'Жетісай'])} ауылы, ${pick(KK_STREETS)} көшесі, ${end(String(int(1, 90)), 'үй')}`,
  ])();
}

const KY_STREETS = words(`Токтогул Манас Чүй Ахунбаев Боконбаев Абдрахманов Киев Ибраимов Раззаков Фрунзе Жибек_Жолу
  Москва Исанов Турусбеков Курманжан_Датка Ленин Масалиев Гапар_Айтиев Байтик_Баатыр Тоголок_Молдо`);
const KY_CITIES = words('Бишкек Ош Жалал-Абад Каракол Токмок Нарын Талас Баткен Өзгөн Кара-Балта');
function addressKy(loc: boolean): string {
  const end = (n: string, word: string) => (loc ? kySuffix(`${n}-${word}`, 'loc') : `${n}-${word}`);
  return pick([
    () => `${pick(KY_CITIES)} шаары, ${pick(KY_STREETS)} көчөсү, ${house()}-үй, ${end(String(flat()), 'батир')}`,
    () => `${pick(KY_STREETS)} көчөсү, ${end(house(), 'үй')}`,
    () => (loc ? `${pick(KY_STREETS)} көчөсү, ${end(house(), 'үй')}` : `${pick(KY_STREETS)} көчөсү, ${house()}`),
    () => `${pick(['Манас', 'Чүй', 'Жибек Жолу'])} проспектиси, ${end(house(), 'үй')}`,
    () =>
      `${pick(['Жал', 'Асанбай', 'Восток-5', 'Тунгуч', 'Кок-Жар', 'Аламүдүн'])} кичи району, ${int(1, 60)}-үй, ${end(String(flat()), 'батир')}`,
    () =>
      `${pick(['Араван', 'Кара-Суу', 'Ноокат', 'Сокулук', 'Кант'])} айылы, ${pick(KY_STREETS)} көчөсү, ${end(String(int(1, 90)), 'үй')}`,
  ])();
}

const UZ_STREETS = words(`Amir_Temur Navoiy Bunyodkor Mustaqillik Shota_Rustaveli Bobur Mirzo_Ulug'bek Farobiy Beruniy
  Muqimiy Qatortol Lutfiy Sebzor Bog'ishamol Nukus Furqat Cho'pon_ota Kichik_halqa_yo'li`);
const UZ_CITIES = words("Toshkent Samarqand Buxoro Andijon Namangan Farg'ona Qarshi Termiz Urganch Jizzax");
const UZ_DISTRICTS = words(
  "Chilonzor Yunusobod Mirzo_Ulug'bek Yakkasaroy Sergeli Olmazor Uchtepa Yashnobod Shayxontohur",
);
function addressUz(loc: boolean): string {
  const end = (n: string, word: string) => (loc ? `${n}-${word}da` : `${n}-${word}`);
  return pick([
    () =>
      `${pick(UZ_CITIES)} shahri, ${pick(UZ_DISTRICTS)} tumani, ${pick(UZ_STREETS)} ko'chasi, ${house()}-uy, ${end(String(flat()), 'xonadon')}`,
    () => `${pick(UZ_STREETS)} ko'chasi, ${end(String(int(1, 120)), 'uy')}`,
    () => `${pick(UZ_DISTRICTS)} tumani, ${int(1, 30)}-kvartal, ${int(1, 60)}-uy, ${end(String(flat()), 'xonadon')}`,
    () =>
      `${pick(['Navbahor', 'Guliston', 'Yangi hayot', 'Bahor', 'Istiqlol'])} mahallasi, ${pick(UZ_STREETS)} ko'chasi, ${end(String(int(1, 90)), 'uy')}`,
    () =>
      loc
        ? `${pick(UZ_STREETS)} ko'chasi, ${end(String(int(1, 120)), 'uy')}`
        : `${pick(UZ_STREETS)} ko'chasi ${int(1, 120)}/${int(1, 9)}`,
    () => `${pick(UZ_CITIES)} sh., ${pick(UZ_STREETS)} ko'ch., ${end(String(int(1, 120)), 'uy')}`,
  ])();
}

const TG_STREETS = words(`Рӯдакӣ Айнӣ Исмоили_Сомонӣ Шотемур Лоҳутӣ Мирзо_Турсунзода Фирдавсӣ Ҷомӣ Саъдии_Шерозӣ Бохтар
  Аҳмади_Дониш Бобоҷон_Ғафуров Карамов Негматова`);
const TG_CITIES = words('Душанбе Хуҷанд Кӯлоб Бохтар Истаравшан Панҷакент Турсунзода Ваҳдат Ҳисор');
function addressTg(): string {
  return pick([
    () => `ш. ${pick(TG_CITIES)}, кӯчаи ${pick(TG_STREETS)} ${int(1, 150)}, хонаи ${flat()}`,
    () => `кӯчаи ${pick(TG_STREETS)}, хонаи ${int(1, 150)}`,
    () => `кӯчаи ${pick(TG_STREETS)} ${int(1, 150)}, кв. ${flat()}`,
    () =>
      `ш. ${pick(TG_CITIES)}, ноҳияи ${pick(['Сино', 'Фирдавсӣ', 'Шоҳмансур', 'Исмоили Сомонӣ'])}, кӯчаи ${pick(TG_STREETS)}, ${int(1, 150)}/${int(1, 9)}`,
    () => `маҳаллаи ${pick(['82', '91', '46', '102', '33'])}, бинои ${int(1, 40)}, хонаи ${flat()}`,
    () =>
      `деҳаи ${pick(['Ёвон', 'Ғозималик', 'Чорбоғ', 'Саразм', 'Дарбанд'])}, кӯчаи ${pick(TG_STREETS)} ${int(1, 80)}`,
  ])();
}

const TR_MAH = words(
  'Atatürk Cumhuriyet Fatih Laleli Mimar_Sinan Yavuz_Selim Barbaros Merkez Gülbahar Esentepe Mevlana Yunus_Emre Kazım_Karabekir Sakarya',
);
const TR_SOK = words('Gül Lale Menekşe Papatya Nergis Çınar Akasya Karanfil Fesleğen Zambak Begonya');
const TR_CAD = words('Ordu Atatürk İnönü Vatan Millet Gazi Kıbrıs Turgut_Özal Fevzi_Çakmak');
function addressTr(): string {
  return pick([
    () => `${pick(TR_MAH)} Mah. ${int(1001, 1999)}. Sok. No: ${int(1, 80)} Daire: ${int(1, 20)}`,
    () => `${pick(TR_MAH)} Mahallesi ${pick(TR_SOK)} Sokak No:${int(1, 80)}/${int(1, 20)}`,
    () => `${pick(TR_CAD)} Cad. No: ${int(1, 300)} D: ${int(1, 20)}`,
    () => `${pick(TR_MAH)} Mah. ${pick(TR_CAD)} Cad. No ${int(1, 300)} Kat ${int(1, 8)} Daire ${int(1, 20)}`,
    () => `${pick(TR_SOK)} Sk. No:${int(1, 80)} D:${int(1, 20)}`,
    () => `${pick(TR_MAH)} Mh. ${int(1, 999)}. Sk. No:${int(1, 80)}`,
  ])();
}

function addressEn(style: string): string {
  const cal = [
    () =>
      `Flat ${int(1, 60)}, ${houseLat()} ${pick(['Abay Avenue', 'Tole Bi Street', 'Manas Avenue', 'Chui Avenue', 'Amir Temur Street', 'Rudaki Avenue'])}`,
    () =>
      `${houseLat()} ${pick(['Zhibek Zholy Street', 'Toktogul Street', 'Navoi Street', 'Dostyk Avenue', 'Seifullin Street'])}, apt. ${flat()}`,
    () => `ul. ${pick(['Abaya', 'Tole bi', 'Kabanbai batyra', 'Baitursynova'])} ${houseLat()}, kv. ${flat()}`,
    () =>
      `mkr. ${pick(['Aksai-4', 'Samal-2', 'Zhetysu-2', 'Dzhal-29', 'Vostok-5'])}, bldg ${int(1, 60)}, apt ${flat()}`,
  ];
  const ae = [
    () =>
      `apt ${int(101, 1809)}, ${pick(['Al Rigga Tower', 'Al Nahda Building 3', 'Burj Nahar Building', 'Muraqqabat Plaza'])}, ${pick(['Al Rigga Road', 'Al Nahda Street', 'Muraqqabat Road'])}`,
    () =>
      `Flat ${int(101, 905)}, Building ${int(1, 40)}, ${pick(['Baghdad Street', 'Naif Road', 'Al Khail Road', 'Damascus Street'])}`,
    () => `Villa ${int(1, 90)}, Street ${int(1, 40)}${pick(['A', 'B', ''])}`,
  ];
  const kr = [
    () =>
      `Room ${int(101, 405)}, ${int(1, 99)} ${pick(['Wongok-ro', 'Haean-ro', 'Siheung-daero', 'Gyeongin-ro'])} ${int(1, 30)}-gil`,
    () => `${int(1, 120)}, ${pick(['Wongok-ro', 'Jungang-daero', 'Sinchon-ro'])}, Room ${int(101, 405)}`,
  ];
  const pl = [
    () =>
      `ul. ${pick(['Marszałkowska', 'Grochowska', 'Piotrkowska', 'Legnicka', 'Wólczańska'])} ${int(1, 150)}/${int(1, 60)}`,
  ];
  const table: Record<string, (() => string)[]> = { cal, ae, kr, pl, en: [...cal, ...ae, ...kr, ...pl] };
  return pick(table[style])();
}

function address(style: string): string {
  switch (style) {
    case 'ru':
      return addressRu();
    case 'ru_na':
      return addressRuNa();
    case 'ru_v':
      return addressRuV();
    case 'rus':
      return addressRussia();
    case 'kk':
      return addressKk(false);
    case 'kk_loc':
      return addressKk(true);
    case 'kkl':
      return kkLatin(addressKk(false));
    case 'kkl_loc':
      return kkLatin(addressKk(true));
    case 'ky':
      return addressKy(false);
    case 'ky_loc':
      return addressKy(true);
    case 'uz':
      return addressUz(false);
    case 'uz_loc':
      return addressUz(true);
    case 'uzc':
      return uzToCyr(addressUz(false));
    case 'uzc_loc':
      return uzToCyr(addressUz(true));
    case 'tg':
      return addressTg();
    case 'tr':
      return addressTr();
    case 'en':
    case 'cal':
    case 'ae':
    case 'kr':
    case 'pl':
      return addressEn(style);
    default:
      throw new Error(`unknown address style ${style}`);
  }
}

// Dates ----------------------------------------------------------------------------------------------------------

const MONTHS: Record<string, string[]> = {
  ru: words('января февраля марта апреля мая июня июля августа сентября октября ноября декабря'),
  ruPre: words('январе феврале марте апреле мае июне июле августе сентябре октябре ноябре декабре'),
  en: words('January February March April May June July August September October November December'),
  kk: words('қаңтар ақпан наурыз сәуір мамыр маусым шілде тамыз қыркүйек қазан қараша желтоқсан'),
  ky: words('январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь'),
  kyPoss: words('январы февралы марты апрели майы июну июлу августу сентябры октябры ноябры декабры'),
  kyLoc: words('январда февралда мартта апрелде майда июнда июлда августта сентябрда октябрда ноябрда декабрда'),
  uz: words('yanvar fevral mart aprel may iyun iyul avgust sentabr oktabr noyabr dekabr'),
  tg: words('январ феврал март апрел май июн июл август сентябр октябр ноябр декабр'),
  tr: words('Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık'),
};

/** Turkish locative after a year, following how the number is read (doksan'da, seksen'de, üç'te ...). */
function trYearLoc(y: number): string {
  const last = y % 10;
  if (last !== 0) return ['', 'de', 'de', 'te', 'te', 'te', 'da', 'de', 'de', 'da'][last];
  const tens = Math.floor(y / 10) % 10;
  if (tens === 0) return 'de';
  return ['', 'da', 'de', 'da', 'da', 'de', 'ta', 'te', 'de', 'da'][tens];
}

/** A date in one of the formats birth dates come in (yh and loc glue year words or endings to it). */
function formatDate(date: [number, number, number], fmt: string, orth: Orth): string {
  const [y, m, d] = date;
  const dd = pad(d);
  const mm = pad(m);
  const mi = m - 1;
  switch (fmt) {
    case 'dmy':
      return orth === 'en' && chance(0.3) ? `${dd}/${mm}/${y}` : `${dd}.${mm}.${y}`;
    case 'dmy2':
      return `${dd}.${mm}.${pad(y % 100)}`;
    case 'dmys':
      return `${d}/${m}/${y}`;
    case 'mdy':
      return `${mm}/${dd}/${y}`;
    case 'iso':
      return `${y}-${mm}-${dd}`;
    case 'y':
      return String(y);
    case 'long':
      switch (orth) {
        case 'ru':
          return `${d} ${MONTHS.ru[mi]} ${y}`;
        case 'en':
          return pick([
            `${d} ${MONTHS.en[mi]} ${y}`,
            `${MONTHS.en[mi]} ${d}, ${y}`,
            `${d} ${MONTHS.en[mi].slice(0, 3)} ${y}`,
          ]);
        case 'kk':
          return `${y} жылғы ${d} ${MONTHS.kk[mi]}`;
        case 'kkl':
          return kkLatin(`${y} жылғы ${d} ${MONTHS.kk[mi]}`);
        case 'ky':
          return `${y}-жылдын ${d}-${MONTHS.kyPoss[mi]}`;
        case 'uz':
          return `${y}-yil ${d}-${MONTHS.uz[mi]}`;
        case 'uzc':
          return uzToCyr(`${y}-yil ${d}-${MONTHS.uz[mi]}`);
        case 'tg':
          return `${d} ${MONTHS.tg[mi]}и ${y}`;
        case 'tr':
          return `${d} ${MONTHS.tr[mi]} ${y}`;
      }
      break;
    case 'loc':
      switch (orth) {
        case 'kk':
          return `${y} жылы ${d} ${kkSuffix(MONTHS.kk[mi], 'loc')}`;
        case 'kkl':
          return kkLatin(`${y} жылы ${d} ${kkSuffix(MONTHS.kk[mi], 'loc')}`);
        case 'ky':
          return `${y}-жылы ${d}-${MONTHS.kyLoc[mi]}`;
        case 'uz':
          return `${y}-yil ${d}-${MONTHS.uz[mi]}da`;
        case 'uzc':
          return uzToCyr(`${y}-yil ${d}-${MONTHS.uz[mi]}da`);
        case 'tr':
          return `${d} ${MONTHS.tr[mi]} ${y}'${trYearLoc(y)}`;
        default:
          return formatDate(date, 'long', orth);
      }
    case 'yh':
      switch (orth) {
        case 'ky':
          return `${y}-жылы`;
        case 'kk':
          return `${y}ж.`;
        case 'kkl':
          return `${y}j.`;
        case 'uz':
          return `${y}-yilda`;
        case 'uzc':
          return `${y}-йилда`;
        case 'tr':
          return `${y}'${trYearLoc(y)}`;
        default:
          return String(y);
      }
  }
  throw new Error(`unknown date format ${fmt} for ${orth}`);
}

// Plates ---------------------------------------------------------------------------------------------------------

function plate(cc: string): string {
  const RU_L = 'АВЕКМНОРСТУХ';
  const LAT_L = 'ABEKMHOPCTYX';
  switch (cc) {
    case 'kz': {
      const p = [digits(3), upLetters(3), pick(['01', '02', '02', '13', '17', '05', '09', '10'])];
      return chance(0.3) ? p.join('') : p.join(' ');
    }
    case 'ru': {
      const l = upLetters(3, RU_L);
      const reg = pick(['77', '777', '50', '750', '66', '196', '72', '86', '116', '199']);
      const num = String(int(1, 999)).padStart(3, '0');
      return pick([
        `${l[0]}${num}${l.slice(1)} ${reg}`,
        `${l[0]} ${num} ${l.slice(1)} ${reg}`,
        `${l[0]}${num}${l.slice(1)}${reg}`,
      ]);
    }
    case 'rul': {
      const l = upLetters(3, LAT_L);
      return `${l[0]}${String(int(1, 999)).padStart(3, '0')}${l.slice(1)}${pick(['77', '197', '66', '50'])}`;
    }
    case 'kg': {
      const p = [pick(['01', '01', '02', '03', '05', '06', '08']), digits(3), upLetters(3)];
      return chance(0.25) ? `${p[0]}KG${p[1]}${p[2]}` : p.join(' ');
    }
    case 'uz': {
      const p = [pick(['01', '10', '30', '40', '50', '60', '70']), upLetters(1), digits(3), upLetters(2)];
      return chance(0.3) ? p.join('') : p.join(' ');
    }
    case 'tj':
      return `${digits(4)} ${upLetters(2)} ${pick(['01', '02', '03', '04'])}`;
    case 'tr': {
      const il = pick(['34', '06', '35', '07', '16', '41', '27']);
      const n = int(1, 3);
      return `${il} ${upLetters(n, 'ABCDEFGHJKLMNPRSTUVYZ')} ${digits(n === 1 ? 4 : n === 2 ? pick([3, 4]) : pick([2, 3]))}`;
    }
    case 'ae':
      return `${upLetters(1, 'ABCDEFGHIJKLMNOPQRS')} ${String(int(1000, 99999))}`;
    default:
      throw new Error(`no plate format for ${cc}`);
  }
}

// Handles and e-mail ----------------------------------------------------------------------------------------------

function latinBits(p: Persona): { g: string; s: string } {
  const pp = partsOf(p, 'en');
  const clean = (x: string) =>
    fold(x)
      .toLowerCase()
      .replace(/[^a-z]/g, '');
  return { g: clean(pp.given), s: clean(pp.surname) };
}

function handleBase(p: Persona): string {
  if (!p.handle) {
    const { g, s } = latinBits(p);
    const yy = pad(p.dob[0] % 100);
    p.handle = pick([
      `${g}_${s.slice(0, 2)}${yy}`,
      `${g}.${s}`,
      `${g}${int(1, 99)}`,
      `${s}_${g}`,
      `${g}_${s}`,
      `${g}.${yy}`,
      `${pick(['real', 'its', 'miss', 'mr', 'the'])}_${g}`,
      `${g}${s.slice(0, 1)}_${int(1, 999)}`,
      `${g}_${pick(['work', 'job', 'travel', 'official', 'vip'])}`,
    ]);
  }
  return p.handle;
}

function handle(p: Persona, kind: string): string {
  const base = handleBase(p);
  const tg = base.replace(/\./g, '_');
  switch (kind) {
    case 'at':
      return '@' + tg;
    case 'plain':
      return base;
    case 'ig':
      return pick(['https://www.instagram.com/', 'instagram.com/', 'https://instagram.com/']) + base + pick(['', '/']);
    case 'tt':
      return pick(['https://www.tiktok.com/@', 'tiktok.com/@', 'https://vm.tiktok.com/@']) + base;
    case 'vk':
      return pick([`https://vk.com/id${int(1, 9)}${digits(8)}`, `vk.com/${tg}`, `https://vk.com/${tg}`]);
    case 'fb':
      return pick([
        `https://www.facebook.com/${base.replace(/_/g, '.')}`,
        `facebook.com/${base.replace(/_/g, '.')}.${int(1, 9)}`,
        `https://www.facebook.com/profile.php?id=1000${digits(11)}`,
      ]);
    case 'ok':
      return pick([`https://ok.ru/profile/5${digits(11)}`, `ok.ru/profile/57${digits(10)}`]);
    case 'tme':
      return pick(['https://t.me/', 't.me/']) + tg;
    default:
      throw new Error(`unknown handle kind ${kind}`);
  }
}

const MAIL_DOMAINS: Partial<Record<Eth, string[]>> = {
  ru: ['mail.ru', 'yandex.ru', 'gmail.com', 'inbox.ru', 'bk.ru', 'rambler.ru'],
  kz: ['mail.ru', 'gmail.com', 'mail.kz', 'inbox.kz', 'list.ru', 'yandex.kz'],
  ky: ['mail.ru', 'gmail.com', 'list.ru', 'bk.ru'],
  uz: ['gmail.com', 'mail.ru', 'umail.uz', 'inbox.uz', 'yandex.ru'],
  tj: ['mail.ru', 'gmail.com', 'inbox.ru', 'list.ru'],
  tr: ['gmail.com', 'hotmail.com', 'outlook.com', 'yandex.com.tr'],
  kr: ['naver.com', 'daum.net', 'gmail.com'],
  cn: ['qq.com', '163.com', 'gmail.com'],
  ar: ['gmail.com', 'outlook.com', 'hotmail.com'],
  pl: ['wp.pl', 'onet.pl', 'gmail.com', 'o2.pl'],
};
function email(p: Persona): string {
  if (!p.email) {
    const { g, s } = latinBits(p);
    const dom = pick(MAIL_DOMAINS[p.eth] ?? ['gmail.com', 'mail.ru', 'outlook.com']);
    const yy = pad(p.dob[0] % 100);
    p.email = pick([
      `${g}.${s}@${dom}`,
      `${g}_${s}${yy}@${dom}`,
      `${g.slice(0, 1)}.${s}@${dom}`,
      `${s}.${g}${p.dob[0]}@${dom}`,
      `${g}${int(1, 999)}@${dom}`,
      `${g}-${s}@${dom}`,
      `${s}${g.slice(0, 1)}${yy}@${dom}`,
    ]);
  }
  return p.email;
}

// ---------------------------------------------------------------------------------------------------------------
// Unlabelled fillers

const POOLS: Partial<Record<Orth, Record<string, string[]>>> = {
  ru: {
    court: [
      'Специализированный межрайонный суд по уголовным делам г. Алматы',
      'Сарыагашский районный суд Туркестанской области',
      'Октябрьский районный суд г. Бишкек',
      'Первомайский районный суд г. Бишкек',
      'Ошский городской суд',
      'Мирзо-Улугбекский районный суд по уголовным делам г. Ташкента',
      'Суд района Сино г. Душанбе',
      'Тверской районный суд г. Москвы',
      'Есильский районный суд г. Астаны',
      'Чертановский районный суд г. Москвы',
      'Енбекшиказахский районный суд Алматинской области',
    ],
    courtobl: [
      'Судебная коллегия по уголовным делам Алматинского городского суда',
      'Судебная коллегия по уголовным делам Бишкекского городского суда',
      'Судебная коллегия по уголовным делам Ташкентского городского суда',
      'Судебная коллегия по уголовным делам Московского городского суда',
      'Судебная коллегия по уголовным делам Туркестанского областного суда',
      'Судебная коллегия по уголовным делам Согдийского областного суда',
    ],
    kzcity: KZ_CITIES_RU,
    kgcity: KG_CITIES_RU,
    rucity: RU_CITIES,
    city: [
      ...KZ_CITIES_RU.slice(0, 8),
      ...KG_CITIES_RU.slice(0, 4),
      'Ташкент',
      'Андижан',
      'Фергана',
      'Душанбе',
      'Худжанд',
      'Куляб',
    ],
    to: words(`в_Турцию в_ОАЭ в_Дубай в_Южную_Корею в_Польшу в_Москву в_Санкт-Петербург в_Казахстан в_Китай в_Стамбул
      в_Анталью в_Екатеринбург в_Сургут`),
    in: words(`в_Турции в_Дубае в_Южной_Корее в_Польше в_Москве в_Казахстане в_Китае в_Стамбуле в_Анталье в_Сургуте
      в_Екатеринбурге в_Абу-Даби`),
    incity: words(
      'Шымкенте Караганде Алматы Таразе Актобе Астане Бишкеке Оше Ташкенте Самарканде Душанбе Худжанде Павлодаре',
    ),
    country_gen: words('Узбекистана Таджикистана Кыргызстана Туркменистана Афганистана'),
    month_pre: MONTHS.ruPre,
    car: words(`Toyota_Camry Mercedes_Sprinter ГАЗель Hyundai_Starex Chevrolet_Cobalt Lada_Largus Daewoo_Nexia Kia_Rio
      Hyundai_Solaris Volkswagen_Crafter Lexus_RX`),
    venue_gen: [
      'рынка «Барахолка»',
      'ТРЦ «Мега»',
      'вокзала Алматы-2',
      'кафе «Навруз»',
      'гостиницы «Достар»',
      'рынка «Дордой»',
      'автовокзала «Сайран»',
    ],
    police_gen: [
      'УП Алмалинского района ДП г. Алматы',
      'ОВД Свердловского района г. Бишкек',
      'ГУВД г. Ташкента',
      'ОМВД России по району Люблино',
      'Департамента полиции Туркестанской области',
      'Службы по борьбе с торговлей людьми МВД КР',
    ],
    rufms: [
      'ОУФМС России по г. Москве',
      'ГУ МВД России по Свердловской области',
      'МП УФМС России по Новосибирской обл.',
      'ОВМ ОМВД России по Тюменскому району',
    ],
  },
  en: {
    city: words(`Almaty Astana Shymkent Taraz Bishkek Osh Jalal-Abad Tashkent Samarkand Andijan Ferghana Dushanbe Khujand
      Kulob Ashgabat Mary`),
    dest: words('Dubai Istanbul Antalya Seoul Warsaw Moscow Yekaterinburg Abu_Dhabi Sharjah Urumqi Busan Wrocław'),
    aecity: words('Dubai Sharjah Abu_Dhabi Ajman Al_Ain'),
    court: [
      'the Specialised Inter-District Criminal Court of Almaty',
      'the Pervomaisky District Court of Bishkek',
      'the Tashkent City Criminal Court',
      'the Sino District Court of Dushanbe',
      'the Istanbul 12th High Criminal Court',
      'the Dubai Criminal Court of First Instance',
    ],
    ngo: [
      'Sana Sezim',
      'IOM Kazakhstan',
      'the Sezim crisis centre',
      'the Safe House Foundation',
      'Istiqbolli Avlod',
      'the Modar shelter',
      'La Strada',
    ],
    venue: words(`Barakholka_market Dordoi_bazaar Chorsu_bazaar Mega_Alma-Ata_mall Korvon_market Laleli_hotel_strip
      Ramada_Plaza Hilton_Garden_Inn`),
    embassy: [
      'Embassy of Uzbekistan in Ankara',
      'Consulate General of Kyrgyzstan in Istanbul',
      'Embassy of Kazakhstan in Abu Dhabi',
      'Embassy of Tajikistan in Moscow',
      'Consulate of Kazakhstan in Dubai',
    ],
    month: MONTHS.en,
    car: words(
      'Toyota_Land_Cruiser Nissan_Patrol Hyundai_H-1 Mercedes_Sprinter Chevrolet_Cobalt Ford_Transit Kia_Carnival',
    ),
  },
  kk: {
    kkcity: KK_CITIES,
    car: words('Toyota_Camry Lexus_LX Hyundai_Accent Chevrolet_Nexia Mercedes_Sprinter ГАЗель'),
  },
  kkl: {
    kkcity: KK_CITIES.map(kkLatin),
    car: words('Toyota_Camry Lexus_LX Hyundai_Accent Chevrolet_Nexia Mercedes_Sprinter'),
  },
  ky: {
    kgcity: KY_CITIES,
    car: words('Honda_Fit Toyota_Camry Mercedes_Sprinter Lexus_RX Subaru_Outback Hyundai_Porter'),
  },
  uz: {
    uzcity: UZ_CITIES,
    car: words('Chevrolet_Cobalt Chevrolet_Nexia Chevrolet_Damas Chevrolet_Lacetti Kia_K5 BYD_Song'),
  },
  uzc: {
    uzcity: UZ_CITIES.map(uzToCyr),
    car: words('Chevrolet_Cobalt Chevrolet_Nexia Chevrolet_Damas Chevrolet_Lacetti'),
  },
  tg: {
    tjcity: TG_CITIES,
    car: words('Opel_Zafira Toyota_Prius Mercedes_Sprinter Hyundai_Sonata ВАЗ-2107'),
  },
  tr: {
    trcity: words('İstanbul Ankara Antalya İzmir Bursa Konya Gaziantep Mersin Trabzon Kayseri'),
    trdistrict: words(`Esenyurt/İstanbul Fatih/İstanbul Zeytinburnu/İstanbul Bağcılar/İstanbul Muratpaşa/Antalya
      Konak/İzmir Osmangazi/Bursa Keçiören/Ankara`),
    car: words('Fiat_Doblo Renault_Clio Ford_Transit Volkswagen_Passat Toyota_Corolla Mercedes_Vito'),
  },
};

const CITIZEN: Record<string, Partial<Record<Eth, string>>> = {
  ru: {
    kz: 'Республики Казахстан',
    ko: 'Республики Казахстан',
    ky: 'Кыргызской Республики',
    uz: 'Республики Узбекистан',
    tj: 'Республики Таджикистан',
    ru: 'Российской Федерации',
    ua: 'Украины',
    tm: 'Туркменистана',
    tr: 'Турецкой Республики',
    az: 'Азербайджанской Республики',
    af: 'Афганистана',
    kr: 'Республики Корея',
    cn: 'КНР',
    ar: 'ОАЭ',
    pl: 'Республики Польша',
  },
  ruNom: {
    kz: 'Казахстан',
    ko: 'Казахстан',
    ky: 'Кыргызстан',
    uz: 'Узбекистан',
    tj: 'Таджикистан',
    ru: 'Россия',
    ua: 'Украина',
    tm: 'Туркменистан',
  },
  en: {
    kz: 'Kazakhstani',
    ko: 'Kazakhstani',
    ky: 'Kyrgyz',
    uz: 'Uzbek',
    tj: 'Tajik',
    ru: 'Russian',
    ua: 'Ukrainian',
    tm: 'Turkmen',
    tr: 'Turkish',
    az: 'Azerbaijani',
    af: 'Afghan',
    kr: 'South Korean',
    cn: 'Chinese',
    ar: 'Emirati',
    pl: 'Polish',
  },
  tr: {
    kz: 'Kazakistan',
    ko: 'Kazakistan',
    ky: 'Kırgızistan',
    uz: 'Özbekistan',
    tj: 'Tacikistan',
    ru: 'Rusya',
    ua: 'Ukrayna',
    tm: 'Türkmenistan',
    az: 'Azerbaycan',
    af: 'Afganistan',
  },
};

/** Dates other than birth dates; within one snippet each comes after the one before. */
function someDate(ctx: Ctx): [number, number, number] {
  const day = 86400000;
  const base = ctx.lastDate ?? Date.UTC(int(2016, 2022), int(0, 11), int(1, 28)) - int(3, 400) * day;
  const t = base + int(3, 400) * day;
  ctx.lastDate = t;
  const d = new Date(t);
  return [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
}

function otherDate(orth: Orth, long: boolean, ctx: Ctx): string {
  const date = someDate(ctx);
  const [y, m, d] = date;
  if (!long && chance(0.6))
    return orth === 'en' && chance(0.4) ? `${d} ${MONTHS.en[m - 1]} ${y}` : `${pad(d)}.${pad(m)}.${y}`;
  switch (orth) {
    case 'ru':
      return `${d} ${MONTHS.ru[m - 1]} ${y} года`;
    case 'en':
      return pick([`${d} ${MONTHS.en[m - 1]} ${y}`, `${MONTHS.en[m - 1]} ${d}, ${y}`]);
    case 'tr':
      return `${d} ${MONTHS.tr[m - 1]} ${y}`;
    case 'tg':
      return `${d} ${MONTHS.tg[m - 1]}и ${y}`;
    default:
      return formatDate(date, 'long', orth);
  }
}

function money(orth: Orth): string {
  const k = int(2, 95);
  const big = `${int(1, 9)}${pick(['00', '50'])} 000`;
  switch (orth) {
    case 'ru':
      return pick([
        `${big} тенге`,
        `${k} 000 рублей`,
        `${int(5, 40)}00 долларов США`,
        `$${int(1, 9)} 500`,
        `${int(2, 9)},5 млн сумов`,
        `${int(2, 9)} 000 сомони`,
        `${k} 000 сомов`,
      ]);
    case 'en':
      return pick([
        `$${int(1, 9)},${pick(['000', '500'])}`,
        `KZT ${int(100, 900)},000`,
        `USD ${int(1, 5)},${pick(['000', '200', '800'])}`,
        `${int(2, 9)},000 dirhams`,
        `${int(1, 9)}.${int(1, 9)} million won`,
        `TRY ${int(10, 90)},000`,
      ]);
    case 'kk':
      return pick([`${big} теңге`, `${int(5, 30)}00 доллар`]);
    case 'kkl':
      return pick([`${big} teñge`, `${int(5, 30)}00 dollar`]);
    case 'ky':
      return pick([`${k} 000 сом`, `${int(5, 30)}00 доллар`]);
    case 'uz':
      return pick([`${int(2, 30)} mln so'm`, `${int(5, 30)}00 dollar`]);
    case 'uzc':
      return pick([`${int(2, 30)} млн сўм`, `${int(5, 30)}00 доллар`]);
    case 'tg':
      return pick([`${int(2, 30)} 000 сомонӣ`, `${int(5, 30)}00 доллар`]);
    case 'tr':
      return pick([`${int(10, 90)}.000 TL`, `${int(1, 9)}.${pick(['000', '500'])} dolar`, `${int(1, 5)}.000 avro`]);
  }
}

function caseNo(orth: Orth): string {
  const y = int(2019, 2024);
  switch (orth) {
    case 'tr':
      return `${y}/${int(10, 999)} Esas`;
    case 'en':
      return pick([`1-${int(10, 999)}/${y}`, `${y}/${int(100, 999)}`, `CR-${y}-${int(1000, 9999)}`]);
    case 'uz':
    case 'uzc':
      return `1-${int(1000, 1999)}-${y % 100}/${int(10, 999)}`;
    case 'kkl':
      return `7511-${y % 100}-00-1/${int(10, 999)}`;
    default:
      return pick([
        `7511-${y % 100}-00-1/${int(10, 999)}`,
        `1-${int(10, 999)}/${y}`,
        `02-${int(100, 999)}/${y % 100}`,
        `УД-${int(10, 999)}/${y % 100}`,
      ]);
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Template engine

interface Ctx {
  orth: Orth;
  spec: Record<string, string>;
  cast: Map<string, Persona>;
  lastDate?: number;
}

function role(ctx: Ctx, r: string): Persona {
  let p = ctx.cast.get(r);
  if (!p) {
    p = makePersona(ctx.spec[r] ?? '*', ctx.orth);
    ctx.cast.set(r, p);
  }
  return p;
}

/** Splits on `sep` outside braces. */
function splitTop(s: string, sep: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let cur = '';
  for (const ch of s) {
    if (ch === '{') depth++;
    if (ch === '}') depth--;
    if (ch === sep && depth === 0) {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out;
}

function expandAlternatives(t: string): string {
  let out = '';
  let i = 0;
  while (i < t.length) {
    const open = t.indexOf('[[', i);
    if (open < 0) {
      out += t.slice(i);
      break;
    }
    const close = t.indexOf(']]', open);
    if (close < 0) throw new Error(`unclosed [[ in ${t}`);
    out += t.slice(i, open) + pick(splitTop(t.slice(open + 2, close), '|'));
    i = close + 2;
  }
  return out;
}

const TYPE_OF: Record<string, SpanType> = {
  P: 'PERSON',
  PH: 'PHONE',
  EM: 'EMAIL',
  NID: 'NATIONAL_ID',
  PAS: 'PASSPORT',
  CARD: 'CARD',
  IBAN: 'IBAN',
  ADR: 'ADDRESS',
  DOB: 'BIRTH_DATE',
  PL: 'PLATE',
  H: 'HANDLE',
};

function resolve(ph: string, ctx: Ctx): string {
  const [code, ...args] = ph.split(':');
  const { orth } = ctx;
  const isRole = (a: string | undefined) => !!a && /^[a-z]$/.test(a);
  switch (code) {
    case 'P':
      return renderName(role(ctx, args[0]), args[1] ?? 'gs', (args[2] ?? 'nom') as Kase, orth);
    case 'PH':
      return phone(isRole(args[0]) ? HOME[role(ctx, args[0]).eth] : args[0]);
    case 'EM':
      return email(role(ctx, args[0]));
    case 'NID':
      if (isRole(args[0])) return nationalId('home', role(ctx, args[0]));
      return nationalId(args[0], role(ctx, args[1] ?? 'z'));
    case 'PAS':
      return passport(isRole(args[0]) ? HOME[role(ctx, args[0]).eth] : args[0]);
    case 'CARD':
      return card(args[0] ?? 'any');
    case 'IBAN':
      return iban(args[0]);
    case 'ADR':
      return address(args[0]);
    case 'DOB':
      return formatDate(role(ctx, args[0]).dob, args[1] ?? 'dmy', orth);
    case 'PL':
      return plate(args[0]);
    case 'H':
      return handle(role(ctx, args[0]), args[1] ?? 'at');
    case 'g': {
      const [m, f = ''] = args.slice(1).join(':').split('|');
      return role(ctx, args[0]).g === 'm' ? m : f;
    }
    case 'f': {
      const pool = POOLS[orth]?.[args[0]];
      if (!pool) throw new Error(`no pool ${args[0]} for ${orth}`);
      return pick(pool);
    }
    case 'cit': {
      const table = orth === 'ru' ? (args[1] === 'nom' ? CITIZEN.ruNom : CITIZEN.ru) : CITIZEN[orth];
      const value = table?.[role(ctx, args[0]).eth];
      if (!value) throw new Error(`no citizenship for ${args[0]} in ${orth}`);
      return value;
    }
    case 'd':
      return otherDate(orth, false, ctx);
    case 'dl':
      return otherDate(orth, true, ctx);
    case 'n':
      return String(int(Number(args[0]), Number(args[1])));
    case 'money':
      return money(orth);
    case 'case':
      return caseNo(orth);
    case 'erdr':
      return pad(int(17, 24)) + pick(['7511', '1900', '5511', '0210']) + pick(['0310', '0300']) + digits(5);
    case 'time':
      return `${pad(int(8, 23))}:${pad(int(0, 59))}`;
    case 'pct': {
      const v = chance(0.5) ? String(int(3, 78)) : `${int(3, 78)}${orth === 'en' ? '.' : ','}${int(1, 9)}`;
      return orth === 'tr' ? `%${v}` : `${v}%`;
    }
    case 'mask':
      return pick([`**** **** **** ${digits(4)}`, `*${digits(4)}`, `${digits(4)} **** **** ****`]);
    default:
      throw new Error(`unknown placeholder {${ph}}`);
  }
}

function fill(template: string, orth: Orth): { text: string; spans: Span[]; values: string[] } {
  const spec: Record<string, string> = {};
  let body = template;
  const header = /^<([^>]*)>/.exec(body);
  if (header) {
    for (const part of header[1].trim().split(/\s+/).filter(Boolean)) {
      const [r, s] = part.split('=');
      spec[r] = s;
    }
    body = body.slice(header[0].length);
  }
  body = expandAlternatives(body);
  if (orth === 'kkl') {
    // Kazakh-in-Latin templates are written in Cyrillic; only the literal text is transliterated here.
    body = body.replace(/(^|\})([^{}]+)(?=\{|$)/g, (_m, brace: string, lit: string) => brace + kkLatin(lit));
  }
  const ctx: Ctx = { orth, spec, cast: new Map() };
  let text = '';
  const spans: Span[] = [];
  const values: string[] = [];
  const re = /\{([^{}]+)\}/g;
  let last = 0;
  for (let m = re.exec(body); m; m = re.exec(body)) {
    text += body.slice(last, m.index);
    last = m.index + m[0].length;
    const value = resolve(m[1], ctx);
    const type = TYPE_OF[m[1].split(':')[0]];
    if (type) {
      if (!value) throw new Error(`empty ${type} value in ${template}`);
      spans.push({ start: text.length, end: text.length + value.length, type });
      values.push(value);
    }
    text += value;
  }
  text += body.slice(last);
  return { text, spans, values };
}

// ---------------------------------------------------------------------------------------------------------------
// Templates: Russian

const RU_POS: string[] = [
  '<a=*.m c=*.*>{f:court} в составе председательствующего судьи {P:c:si:gen}, с участием государственного обвинителя прокуратуры [[Медеуского|Бостандыкского|Алатауского]] района, рассмотрев в открытом судебном заседании уголовное дело № {case} в отношении {P:a:f:gen}, {DOB:a:long} года рождения, уроженца г. {f:city}, [[ранее не судимого|ранее судимого]], обвиняемого по [[п. 2 ч. 2 ст. 128|ч. 1 ст. 128|п. 4 ч. 2 ст. 128]] УК РК,\nУСТАНОВИЛ:',
  '<a=*.m b=uz|tj|ky.f>Подсудимый в период с {d} по {d}, находясь в г. {f:rucity}, удерживал {P:b:g:acc} в [[частном доме|вагончике на строительной площадке|подсобном помещении рынка]], забрав у неё паспорт № {PAS:b} и [[миграционную карту|патент на работу]].',
  '<a=*.f b=*.f>{time} — звонок на линию 111.\nЗвонит женщина ({n:19:58} лет), [[г. Шымкент|Туркестанская обл.|г. Тараз|Жамбылская обл.]]. Сестра {P:b:g} уехала {f:to} ещё в {f:month_pre}, связь пропала. Последний раз писала с номера {PH:tr}. Работу нашла через Instagram.',
  '<a=kz|ky|uz|tj.f>АНКЕТА ПЕРВИЧНОГО ОБРАЩЕНИЯ\nФИО: {P:a:f}\nДата рождения: {DOB:a:dmy}\nГражданство: {cit:a:nom}\nДокумент: паспорт {PAS:a}\nТелефон: нет\nАдрес: {ADR:ru}\nСтрана эксплуатации: [[Турция|ОАЭ|Россия|Южная Корея]]\nВид эксплуатации: [[сексуальная|трудовая (домашний труд)|трудовая (швейный цех)]]',
  '<a=*.m b=*.*>РАПОРТ\nДокладываю, что {d} в {time} на [[трассе Алматы — Бишкек|посту «Кордай»|КПП «Жибек жолы»|трассе Шымкент — Ташкент]] был остановлен автомобиль {f:car} г/н {PL:kz} под управлением {P:a:f:gen}. В салоне находились {n:4:9} граждан {f:country_gen} без документов, в том числе двое несовершеннолетних.\nСт. УУП ОП-3 (подпись)',
  '<a=*.f b=*.m>Вопрос: Кто предложил вам работу?\nОтвет: Мне написал мужчина, представился {P:b:g:ins}, сказал что {f:in} нужны [[официантки|горничные|продавщицы]], зарплата {money}. Я отправила ему фото паспорта и свой номер {PH:a}.',
  '<a=*.m>В {f:incity} вынесен приговор по делу о торговле людьми. [[40-летний|Ранее судимый|Местный житель]] {P:a:gs} приговорён к {n:7:12} годам лишения свободы. По данным следствия, он переправил {f:to} {n:5:11} женщин, обещая работу в [[ресторанах|салонах красоты|отелях]]. Одна из потерпевших сумела позвонить в посольство.',
  '<a=*.f b=*.*>[{time}] {P:a:l}: сестренка я в [[дубае|стамбуле|анталье]] паспорт забрали звони на ватсап {PH:ae}\n[{time}] {P:b:l}: где ты точно?? скинь геолокацию',
  '<a=*.m b=*.f>Обвиняемые:\n1) {P:a:f}, {DOB:a:dmy} г.р.;\n2) {P:b:f}, {DOB:b:y} г.р.\nДействуя в составе организованной группы, совершили [[вербовку|перевозку и передачу|укрывательство]] лиц в целях эксплуатации.',
  '<a=*.f b=*.m>Согласно выписке АО «[[Kaspi Bank|Halyk Bank|Freedom Bank Kazakhstan]]», {d} с карты {CARD:visa} переведено {money} на счёт {IBAN:kz}, открытый на гражданку {P:a:si:acc}.',
  '<a=*.f>Потерпевшая {P:a:f}, проживающая по адресу: {ADR:ru}, пояснила, что в {f:month_pre} {n:2019:2023} года познакомилась в [[Instagram|TikTok|«Одноклассниках»]] с человеком под ником «{P:b:nick}».',
  '<b=*.*.minor>Установлено, что обвиняемый арендовал квартиру на {ADR:ru_na}, где жили {n:5:9} граждан {f:country_gen}, в том числе {g:b:несовершеннолетний|несовершеннолетняя} {P:b:g}.',
  '<a=*.f b=*.*>Со слов {P:a:gs:gen}, вербовщик пользовался аккаунтом {H:b:at} в Instagram и номером турецкого оператора Turkcell.',
  '{f:courtobl} оставила приговор в отношении {P:a:si:gen} без изменения, апелляционную жалобу защиты — без удовлетворения. Постановление вступило в силу {d}.',
  '<a=ru|ua|ko.*>Личность {P:a:f:gen} установлена по паспорту гражданина РФ серии {PAS:rus}, выдан {f:rufms} {d}; СНИЛС {NID:snils}.',
  'Свидетель-[[продавец|охранник|таксист]] показал, что видел, как {P:b:g} {g:b:садился|садилась} в белый {f:car} с номером {PL:kz} возле {f:venue_gen}.',
  '<a=*.f b=cn.m>{P:a:g:acc} познакомили с «женихом» — гражданином КНР {P:b:gs}. Брак зарегистрировали {d} в [[Урумчи|Иу|Гуанчжоу]], после чего у девушки забрали паспорт и телефон.',
  '<a=*.m>{P:a:g:dat} сказали, что он должен {money} за дорогу и жильё. Долг он «отрабатывал» [[на стройке в Подмосковье|на ферме под Тюменью|на кирпичном заводе в Туркестанской области|в теплицах под Алматы]] {n:8:20} месяцев без выходных.',
  '<b=*.m>По информации {f:police_gen}, женщина с тремя малолетними детьми занималась попрошайничеством у ТРЦ «[[Мега|Dostyk Plaza|Forum]]». Деньги забирал мужчина, известный как «{P:b:nick}», проживающий на {ADR:ru_na}.',
  'Дата: {d}\nОператор: № {n:2:9}\nАбонент: {P:a:gs}, {PH:a}\nСуть: [[ищет брата|ищет дочь|сообщает о подозрительной вакансии]]; [[вакансия в Корее|работа в Польше|работа в Дубае]], посредник — «агентство» в Instagram',
  'Постановлением следователя от {d} {P:a:f:dat} предъявлено обвинение по ч. 2 ст. 127.1 УК РФ.',
  'Переписка между {P:a:g:ins} и {P:b:g:ins} велась в WhatsApp с {d} по {d}; всего изъято {n:200:1400} сообщений.',
  'Про {P:a:g:acc} известно лишь, что {g:a:он|она} из [[Ошской|Джалал-Абадской|Баткенской|Чуйской]] области и до отъезда {g:a:работал|работала} на рынке «[[Кара-Суу|Дордой|Мадина]]».',
  '<a=uz.f>{P:a:S} ({DOB:a:dmy}), уроженка [[Сурхандарьинской|Кашкадарьинской|Ферганской|Андижанской]] области, ПИНФЛ {NID:pinfl:a}, прибыла в Республику Казахстан {d} через КПП «[[Жибек жолы|Яллама|Айбек]]».',
  '<a=ky.*>Данные {g:a:потерпевшего|потерпевшей}: {P:a:f}; ПИН {NID:kgpin:a}; паспорт {PAS:kg}.',
  '<a=tj.m>Гражданин Республики Таджикистан {P:a:f} (ИНН {NID:tjinn}, паспорт {PAS:tj}) задержан нарядом ОМВД [[по району Люблино|по Тверскому району|по г. Подольску]] {d}.',
  '<a=*.f b=*.m>Скрин переписки (Telegram):\n{H:b:at}: привет, работа в Дубае нужна? хостес, 3000$\n{P:a:l}: а что делать надо\n{H:b:at}: потом расскажу, напиши в личку',
  '<a=kz.*>В заявлении указан ИИН {NID:iinbad:a}, однако при проверке по базе ГБД ФЛ данные не совпали: фактически заявитель — {P:a:f}.',
  'Среди освобождённых — {P:a:gs} и ещё {n:3:6} человек; всем им от {n:19:24} до {n:31:44} лет.',
  '<b=*.f>Мать {g:a:потерпевшего|потерпевшей}, {P:b:f}, предоставила электронную почту {g:a:сына|дочери} {EM:a} и ссылку на страницу {H:a:vk}.',
  '{P:a:gs} проживал{g:a:|а} в [[общежитии|вагончике|хостеле]] по адресу: {ADR:rus}.',
  '<a=*.f b=tr.*>По данным Генконсульства в Стамбуле, {P:a:g} работала домработницей в семье {P:b:s}, адрес: {ADR:tr} [[Esenyurt/İstanbul|Fatih/İstanbul|Bağcılar/İstanbul]].',
  '<a=kz|uz.m b=kr.m>В [[Ансане|Хвасоне|Кимпхо]] {P:a:g} работал на заводе у {P:b:gs}; зарплату не выплачивали почти полгода, ID-карту иностранца держал бригадир.',
  '<b=ar.m>Спонсор визы — {P:b:gs}, адрес виллы: {ADR:ae}. Домработницу не выпускали из дома {n:5:14} месяцев.',
  '<a=*.m>На ферме в [[Алматинской|Жамбылской|Туркестанской]] области выявлено {n:4:15} работников, удерживаемых против их воли. Владелец — {P:a:f}, {DOB:a:y} г.р., житель с. [[Каракемер|Шамалган|Узынагаш]].',
  '<b=*.f>Пересланное сообщение:\n«Мама я у тёти {P:b:g:gen}, не волнуйся. Номер новый: {PH:ru}»',
  'Допрошенный в качестве свидетеля водитель пояснил, что с [[2019|2020|2021]] года работал у {P:b:is:gen}.',
  '<a=ky.*>Деньги за «трудоустройство» ({money}) перечислены на карту «Элкарт» {CARD:elcart}, держатель — {P:a:S}.',
  '<a=uz.*>Родители потерпевшей переводили «долг» на карту [[HUMO {CARD:humo}|UZCARD {CARD:uzcard}]], оформленную на {P:a:f:acc}.',
  'Получатель: {P:a:S}\nКарта МИР: {CARD:mir}\nСумма: {money}\nНазначение платежа: «за билеты»',
  '<a=*.f.minor>Несовершеннолетняя {P:a:gs}, {DOB:a:dmy2} г.р., была вывезена {f:to} по поддельному свидетельству о рождении.',
  '<a=kz|ky|uz|tj|ru.*>Родственники пытались дозвониться до {P:a:gs:gen} по номерам {PH:a} или {PH:ru}, но абонент недоступен с {d}.',
  '<a=tr.m>Работодатель — гражданин Турции {P:a:gs}, T.C. Kimlik No {NID:tc}, владелец текстильного цеха в районе Зейтинбурну (Стамбул).',
  '<a=af.m>Через [[Термез|Хайратон]] в Узбекистан въехал гражданин Афганистана {P:a:gs} (паспорт {PAS:af}), который, по данным СГБ, набирал людей для работы в [[Иране|Турции]].',
  '<a=ru.m>ИНН {NID:rinn} принадлежит индивидуальному предпринимателю {P:a:f:dat}, на которого оформлены патенты {n:12:40} иностранных граждан.',
  '<a=*.f b=*.m>{P:a:g} и ещё {n:2:4} девушки жили в гостинице «[[Достар|Тумар|Жібек Жолы]]», откуда их каждый вечер возил один и тот же таксист.',
  '<a=ua.f>Гражданка Украины {P:a:gs} ([[загранпаспорт|паспорт]] {PAS:ua}) обратилась в посольство в [[Анкаре|Абу-Даби]], сообщив, что работодатель удерживает её документы.',
  '<a=ko.m>Бригадир {P:a:f} (кличка «{P:a:nick}») вывозил рабочих из [[Ташкента|Шымкента|Бишкека]] на поля в Ростовской области.',
  '<b=*.f>Пост в Facebook от {d}:\n«Помогите найти {g:a:брата|сестру}! {P:a:F}, {DOB:a:dmy} г.р., уехал{g:a:|а} в [[Стамбул|Дубай|Сеул]] и не выходит на связь. Кто что знает — пишите {EM:b} или звоните {PH:b}»',
  '<a=*.f>Страница вербовщицы: {H:a:ig}, второй аккаунт — {H:a:tt}. По данным киберполиции, владелица — {P:a:f}.',
  'Профиль в «Одноклассниках» {H:a:ok} оформлен на имя «{P:a:gs}», фото на аватаре совпадает с фото из паспорта.',
  '<a=ru|ua.m b=*.f>Объявление о «работе моделью в Европе» размещал пользователь {H:a:vk}; установлено, что это {P:a:f}.',
  'КУСП № {n:1000:9999} от {d}. Заявитель {P:a:f}, {g:a:зарегистрирован|зарегистрирована} по адресу: {ADR:rus}.',
  '<a=kz.*>{P:a:gs}, ИИН {NID:iin:a}.\nМесто регистрации: {ADR:kk}\nФактическое место жительства: [[не установлено|совпадает с местом регистрации|г. Анталья, Турция]]',
  '<a=uz.*>{P:a:gs} — из махалли «[[Навбахор|Гулистон|Янги хаёт]]» Андижанского района, адрес по прописке: {ADR:uz}.',
  '<a=*.f>Осуждённая {P:a:f}, родившаяся {DOB:a:long} года в г. {f:city}, отбывает наказание в учреждении ЛА-155/4.',
  '<a=ky.* b=ky.*>Свидетели: {P:a:f} (г. {f:kgcity}) и {P:b:si}.',
  '<a=*.f.minor>{P:a:g:dat} на тот момент было {n:15:17} лет. Паспорт ей оформили с изменённой датой рождения.',
  '<a=tj.*>Адрес в Таджикистане: {ADR:tg}. Родственники {P:a:gs:gen} сообщили, что {g:a:он|она} выехал{g:a:|а} в Россию {d} рейсом [[Душанбе — Москва|Худжанд — Екатеринбург]].',
  '<b=*.m>Вербовщик использовал ник в Telegram — {H:b:plain}, а деньги за «визу» просил переводить на карту {CARD:any} на имя {P:b:S}.',
  '<b=kr.*>Работодатель в Корее прислал адрес общежития: {ADR:kr}, и почту {EM:b}; контактное лицо — {P:b:gs}.',
  'Автомобиль {f:car} гос. номер {PL:ru} зарегистрирован на {P:a:f:acc}.',
  '<a=*.f>{P:a:g} рассказала, что «менеджер» [[встретила её в аэропорту|забрала у неё паспорт в первый же день|каждый вечер проверяла её телефон]].',
  '<b=*.m>Как пояснили рабочие, на стройке в [[Сургуте|Тюмени|Казани]] бригадиром был некий {P:b:g} по кличке «{P:b:nick}», который [[бил рабочих|отбирал паспорта|не выплачивал зарплату]].',
  'ЗАЯВЛЕНИЕ\nЯ, {P:a:f}, прошу привлечь к уголовной ответственности {P:b:f:acc} за удержание моих документов.',
  '<a=*.m>Сообщение в чат-бот горячей линии: «здравствуйте мой муж {P:a:ls} уехал в [[корею|польшу|сургут]] и пропал телефон {PH:a} не отвечает»',
  '<b=*.m>В ходе обыска по месту жительства {P:b:si:gen} изъяты {n:4:9} паспортов граждан Узбекистана, а также {n:3:12} банковских карт.',
  '<a=kz|ky|uz|tj.*>WhatsApp: {PH:a}\nИмя: {P:a:g}',
  '<a=*.m>В отношении {P:a:si:gen} избрана мера пресечения в виде содержания под стражей сроком на 2 месяца — до {d}.',
  '{g:a:Гражданин|Гражданка} {P:a:gs} {g:a:задержан|задержана} при попытке пересечь границу по чужим документам.',
  '<a=*.m>По словам соседей, {P:a:gs} жил в {ADR:ru_v} с [[2021|2022]] года и почти не выходил из квартиры.',
  '<a=*.f>Со слов {P:a:g:gen}, в Дубае её поселили в квартире по адресу {ADR:ae}, паспорт забрала «менеджер».',
  '<a=kz.f>Номер ИИН {NID:iin:a} принадлежит {P:a:f:dat}; по данным ГЦВП, пенсионные отчисления за неё не производились с {d}.',
  '<a=*.*>Начальнику {f:police_gen}\nот {P:a:f:gen},\nпроживающ{g:a:его|ей}: {ADR:ru}\nдом. тел. [[{PH:kzl}|{PH:rul}]]',
  '<a=*.f>Рейс до Стамбула оплатила {P:a:gs} со своей карты {CARD:mc}.',
  '<a=kz.m>Собственник автомобиля {f:car} ({PL:kz}) — {P:a:f}.',
  '<a=*.f>Опрос {P:a:gs:gen} проводился [[в присутствии психолога|с участием переводчика]] в помещении кризисного центра.',
  '<a=*.m>Денежные средства получал некий {P:a:g}, номер {PH:uz}, через приложение «Click».',
  '<a=*.m>Гражданина {P:a:is:acc} задержали в аэропорту [[Домодедово|Шереметьево|Внуково]] при попытке вылететь в Стамбул.',
  'В деле фигурирует также {P:a:s}.',
  '<a=*.f>{P:a:g:ins} занималась сотрудница фонда, психолог по образованию.',
  '<a=*.f>{P:a:F}\nтел {PH:a}\nпочта нет',
  'Как сообщили в пресс-службе ДП Туркестанской области, {P:a:gs} {g:a:задержан|задержана} на КПП «Жибек жолы» при попытке вывезти в Узбекистан {n:3:6} женщин. Возбуждено уголовное дело по ст. 128 УК РК.',
  '<a=*.f>{P:a:gs} провела в Дубае {n:7:14} месяцев. В Казахстан она вернулась {d} при содействии МОМ и Посольства РК в ОАЭ и сейчас проходит реабилитацию в кризисном центре.',
  'По версии обвинения, с {n:2018:2021} года в {ADR:ru_v} действовал «хостел», откуда граждан Кыргызстана вывозили на сельхозработы в Астраханскую область.',
  '<a=*.f>В Ошском городском суде продолжается процесс по делу о продаже новорождённого. Обвиняемая — {P:a:gs}, [[акушерка роддома № 2|санитарка частной клиники|жительница Кара-Суйского района]].',
  '<a=*.m>Мигранты из Согдийской области рассказали журналистам, что бригадир {P:a:gs} держал их в подвале на окраине Подольска и выдавал по 500 рублей в неделю.',
  'Адвокат потерпевших {P:a:is} {g:a:намерен|намерена} обжаловать приговор в апелляционную инстанцию, считая наказание чрезмерно мягким.',
  'По данным ОФ «Сана Сезим», квартира на {ADR:ru_na} использовалась как «перевалочный пункт» для девушек из Туркестанской области.',
  'Апелляционная инстанция снизила срок {P:a:si:dat} с 12 до 9 лет; остальные доводы жалобы отклонены.',
  'Телефон {PH:kz} был указан в объявлении о работе горничной в Анталье, размещённом на OLX и в группе «Работа в Турции» во ВКонтакте.',
  'Автобус Ташкент — Москва забирал пассажиров у дома на {ADR:ru_na}; паспорта собирал «сопровождающий» ещё на границе.',
  'Протокол осмотра составлен в {ADR:ru_v}; в квартире обнаружены {n:6:14} паспортов граждан Таджикистана и Узбекистана.',
  '<a=*.m.minor>Подросток, которого в материалах дела называют {P:a:g}, три года просил милостыню на улицах Алматы и Шымкента.',
  '<a=uz.m>Свидетельство о рождении выдано отделом ЗАГС Ферганского района {d}; отцом ребёнка указан {P:a:f}.',
  'Супруги из Бишкека сообщили, что в Москве их поселили по адресу: {ADR:rus}, а паспорта забрали «на регистрацию».',
  'На карту {CARD:humo} ежемесячно поступали по 2–3 млн сумов от «работодателя» из Казани; держатель карты до сих пор не установлен.',
  'Номер {PH:uz} зарегистрирован в Андижанской области; по нему вербовщица связывалась с девушками из Ханабада и Асаки.',
  'Электронный адрес {EM:a} использовался для рассылки «приглашений» на работу в Южную Корею по линии EPS.',
  'Аккаунт {H:a:at} удалён после обращения МВД Кыргызстана в администрацию Instagram; на нём было более {n:12:40} тыс. подписчиков.',
  '<a=*.f>Дочь {P:a:gs:gen} нашли только через восемь месяцев — в частном доме под Урумчи.',
  '<a=uz.*>ПИНФЛ {NID:pinfl:a} указан в анкете, которую «агентство» заполнило без ведома владельца.',
  'Паспорт {PAS:kz} был обнаружен в сейфе владельца сауны в Анталье при обыске, проведённом турецкой жандармерией.',
  'Реквизиты {IBAN:kz} указаны в договоре «агентства» как счёт для оплаты «консультационных услуг»; лицензии Минтруда у агентства нет.',
  '<a=*.f>Сестра {P:a:g:gen} работает в Стамбуле официанткой; именно она, по словам родных, свела её с вербовщиками.',
  'Оплата «трудоустройства» в отелях Аланьи шла на счёт {IBAN:tr}, принадлежащий турецкой фирме-посреднику.',
  '<a=kz.f>ИИН {NID:iin:a} фигурирует в трёх кредитных договорах, оформленных на имя потерпевшей без её ведома.',
  '<a=*.f>Мать пропавшего — {P:a:gp} — каждую неделю приходит в ОВД Ленинского района г. Ош.',
  'Деньги за «визу» ({money}) переведены на счёт {IBAN:ae} в банке Emirates NBD; получатель — компания из Шарджи.',
  '<a=*.m>Земляки называли его просто {P:a:g:ins}; настоящие данные установили только по отпечаткам пальцев.',
  '<a=*.m>Третий фигурант, {P:a:s}, объявлен в международный розыск по линии Интерпола.',
  'Компенсацию морального вреда суд обязал перечислить на счёт потерпевшей {IBAN:kz}.',
  'Камеры у дома по адресу {ADR:ru} зафиксировали, как девушек пересаживали в микроавтобус без номеров.',
  'Информацию о вакансиях «в Европе» {g:a:распространял|распространяла} в WhatsApp-группах {P:a:gs}, бывший сотрудник турагентства.',
  '<a=az|tm.f>Хозяйка квартиры, {P:a:g} ханум, требовала с девушек по 200 долларов в неделю «за жильё».',
];

const RU_NEG: string[] = [
  '{f:court} рассмотрел уголовное дело № {case} по ч. 3 ст. 128 УК РК в закрытом судебном заседании. Оглашение приговора назначено на {d}.',
  'По данным МОМ (IOM), в {n:2021:2023} году в Казахстане выявлено {n:90:300} жертв торговли людьми, из них {pct} — граждане Узбекистана.',
  'Генеральный прокурор поручил проверить деятельность частных агентств занятости в Туркестанской и Жамбылской областях.',
  'Омбудсмен Кыргызской Республики призвал усилить контроль на КПП «Достук» и «Кызыл-Кия».',
  'Улица Абая была перекрыта с 10:00 до 14:00: у акимата прошла акция ко Всемирному дню борьбы с торговлей людьми (30 июля).',
  'Приют «Надежда» при ОФ «Сана Сезим» принял в {f:month_pre} {n:14:40} женщин и {n:5:20} детей; средний срок пребывания — {n:20:60} дней.',
  'Проект «Безопасная миграция» реализуется ОБСЕ совместно с Министерством труда и социальной защиты населения РК до 2026 года; бюджет — {money}.',
  'Рейс Душанбе — Москва авиакомпании «Сомон Эйр» прибыл в Домодедово {d} с опозданием на три часа.',
  'Казахи, узбеки, кыргызы и таджики составляют большинство трудовых мигрантов на стройках Екатеринбурга, отмечают в УНП ООН.',
  'Курбан айт и Наурыз — пиковые периоды, когда вербовщики активизируются в соцсетях, считают в МВД.',
  'На рынке «Дордой» и в ТРЦ «Бишкек Парк» раздавали листовки горячей линии 189.',
  'Статья 127.1 УК РФ предусматривает до 15 лет лишения свободы; в {n:2022:2023} году по ней осуждены {n:20:90} человек.',
  'Заседание отложено до {d} в связи с неявкой переводчика с узбекского языка.',
  'На участке границы по реке Чу пограничники задержали группу из {n:5:12} человек, среди которых двое несовершеннолетних.',
  'Средний возраст потерпевших — {n:19:27} лет; {pct} из них — женщины, около трети — выходцы из сельской местности.',
  'Toyota Land Cruiser, Mercedes-Benz Sprinter и две «Газели» изъяты и приобщены к делу в качестве вещественных доказательств.',
  'Кафе «Навруз» на проспекте Манаса закрыто по решению суда, владелец оштрафован на {money}.',
  'Уполномоченный по правам человека Республики Узбекистан направил запрос в Посольство ОАЭ в Ташкенте.',
  'В {f:month_pre} {n:2022:2024} года в Ташкенте прошёл семинар UNODC и Генеральной прокуратуры для судей Самаркандской, Бухарской и Хорезмской областей.',
  'Решение № 2-{n:100:999}/{n:2021:2023} вступило в законную силу {d}. Апелляционная жалоба прокурора Медеуского района оставлена без удовлетворения.',
  'Согласно ст. 3 Закона КР «О предупреждении и борьбе с торговлей людьми», статус пострадавшего присваивается межведомственной комиссией.',
  'Гостиница «Казахстан», ТРЦ «Хан Шатыр» и вокзал «Нурлы жол» вошли в список мест, где волонтёры раздавали памятки.',
  'ЕРДР № {erdr} зарегистрирован {d}; квалификация — п. 2 ч. 2 ст. 128 УК РК.',
  'Дубай, Анталья, Сеул, Варшава и Урумчи — основные направления, указанные в сомнительных вакансиях за {n:2022:2024} год.',
  'Новый год, 8 Марта и Рамадан не повлияли на число обращений: в среднем поступало {n:30:70} звонков в неделю.',
  'Председатель Верховного суда, министр внутренних дел и начальник Департамента полиции г. Алматы подписали меморандум о сотрудничестве.',
  'За первое полугодие на горячую линию поступило {n:300:900} звонков; {n:40:90} из них переданы в полицию.',
  'Туркмены и афганцы, пересекавшие границу у Сарахса, рассказали о поборах на блокпостах.',
  'Монумент Независимости, площадь Ала-Тоо и парк имени Панфилова стали точками сбора участников марша.',
  'Оплата прошла с карты {mask}, сумма — {money}; чек приобщён к материалам проверки.',
  'Надежда на возвращение документов таяла с каждым днём, пишут авторы доклада ОБСЕ.',
  'Программа «Серпін» и проект «Мигрант-навигатор» финансируются из республиканского бюджета и средств ЕС.',
  'Ташкентская, Сурхандарьинская и Кашкадарьинская области дали {pct} всех выявленных случаев трудовой эксплуатации.',
  'Прокурор Бостандыкского района г. Алматы и представитель Посольства Кыргызской Республики присутствовали на оглашении приговора.',
  'Из {n:120:400} опрошенных мигрантов {n:30:90} сообщили, что работодатель удерживал их паспорта; {n:10:40} работали без выходных.',
  'Дело № {case} передано в Верховный суд в порядке надзора; рассмотрение назначено на {dl}.',
];

// ---------------------------------------------------------------------------------------------------------------
// Templates: English

const EN_POS: string[] = [
  '<a=*.f b=*.*>{P:a:gs}, a {n:19:34}-year-old from {f:city}, told IOM caseworkers that a neighbour had promised her a job as a nanny in {f:dest}.',
  '<a=*.m>The defendant, {P:a:F}, born {DOB:a:long} in {f:city}, was sentenced to {n:6:12} years by {f:court}.',
  '<a=kz|ky|uz|tj.f b=*.*>INTAKE FORM\nName: {P:a:gs}\nDOB: {DOB:a:dmy}\nPassport No.: {PAS:a}\nPhone: {PH:a}\nReferred by: {f:ngo}',
  '<a=*.* b=*.*>Hotline log, {d}, {time}. Caller ({g:a:male|female}) gave the name {P:a:gs} and asked about a warehouse job in Poland advertised by {H:b:at}. Number given for the recruiter: {PH:pl}.',
  '<a=*.f b=ar.m>According to the indictment, {P:a:g} worked in the household of {P:b:gs} in {f:aecity} for {n:7:19} months without pay; her passport was kept in a safe.',
  '<a=*.m>Mr {P:a:s} told the court he had only driven the minibus. The prosecutor then read out messages in which a co-defendant called him "{P:a:nick}".',
  '<a=*.f>Victim statement (translated from Russian): "My name is {P:a:gs}. I was born in {DOB:a:y}. In {f:month} {n:2019:2023} a woman at the {f:venue} offered me work in Dubai."',
  'Witnesses: {P:a:gs} ({f:city}); {P:b:si}, driver.',
  '<a=*.f>Payments of {money} were sent from card {CARD:any} to account {IBAN:ae} at [[Emirates NBD|ADCB|Mashreq]], opened in the name of {P:a:gs}.',
  '<a=kz|ky|uz|tj.f>Address at the time of recruitment: {ADR:cal}, {f:city}. Contact e-mail: {EM:a}.',
  'The caseworker met the survivor, {P:b:g}, at the shelter on {d}.',
  "<a=kr.m>The employer, {P:a:gs}, runs a fish farm in [[Wando|Sinan|Tongyeong]]; the workers' residence cards were held by his manager. Dormitory address: {ADR:kr}.",
  'Facebook profile {H:a:fb} belongs to the recruiter {P:a:gs}, who also posted on TikTok as {H:a:tt}.',
  '<a=*.f>"The manager took my phone and said I owed {money}," {P:a:g} told investigators.',
  '<a=*.m>ARREST REPORT\nSuspect: {P:a:S}\nD.O.B.: {DOB:a:mdy}\nNationality: {cit:a}\nVehicle: {f:car}, plate {PL:ae}',
  '<a=*.f>Ms {P:a:s} was formally identified as a victim of trafficking under the Palermo Protocol on {d}.',
  '<a=*.f>Chat excerpt (WhatsApp):\n{P:a:l}: they took our passports\nsister: who??\n{P:a:l}: the boss. his number {PH:tr}',
  '<a=cn.* b=*.f>The broker, {P:a:gs} (passport {PAS:cn}), arranged the marriage between {P:b:g} and a man from Henan province for a fee of {money}.',
  '<a=*.f>Her sister {P:a:gs} contacted the {f:embassy} after seeing the post by {H:b:at}.',
  '<a=pl.*>The Polish recruiter {P:a:gs} ({EM:a}) promised the men jobs at a warehouse near [[Wrocław|Poznań|Łódź]].',
  '<a=tm.*>Turkmen citizen {P:a:gs}, passport {PAS:tm}, arrived in Istanbul on {d} and was met by a man known only as "{P:b:nick}".',
  '<a=af.f>{P:a:gs} (born {DOB:a:y}), an Afghan national, was found at a brick kiln outside {f:city}.',
  '<a=kz|ky|uz|tj.m>{P:a:S}, ID {NID:a}, was charged under Article 128 of the Criminal Code of Kazakhstan.',
  '<a=kz|ky|uz|tj.*>Name: {P:a:ls}\nDOB {DOB:a:iso}\naddress {ADR:cal}',
  '<a=*.f>On {d}, {P:a:gs} called the 24-hour line from a UAE number ({PH:ae}) and said her employer was holding her.',
  '<a=*.m>Defence counsel argued that {P:a:g} had no role in the transfer of money.',
  '<a=kr.* b=uz|kz.*>The labour broker {P:a:gs} ({PH:kr}) placed {P:b:g} at a plastics factory in Ansan.',
  'According to police, {P:a:gs} and two other women shared a flat at {ADR:cal} in {f:city}.',
  '<a=kz|ky|uz|tj.f.minor>{P:a:g} was {n:16:17} when she left for {f:dest}.',
  'Telegram: {H:a:plain}. Real name, according to the bank: {P:a:F}.',
  '<a=*.m>Mr {P:a:gs} and his wife ran a "modelling agency" in {f:city}.',
  '<a=*.f>Case notes: client {P:a:g} (DOB {DOB:a:dmys}) moved to the {f:ngo} shelter; follow-up visit in two weeks.',
  'Transfer receipt — sender: {P:a:gs}, recipient: {P:b:gs}, amount {money}, via Western Union, {d}.',
  '<a=ru|ua.*>SNILS {NID:snils} and a Russian internal passport ({PAS:ru}) were issued to {P:a:gs}, though the photo belonged to someone else.',
  '<a=tr.*>Turkish ID number {NID:tc} belongs to {P:a:gs}, the owner of the textile workshop in Zeytinburnu.',
  '{P:a:gs} — recruited via TikTok ({H:a:tt}), transported through Almaty, exploited in a sauna in Istanbul.',
  '<a=*.f b=*.m>Interviewer: Who met you at the airport?\nRespondent: A man, {P:b:g}. He drove a {f:car}, the plate was {PL:tr}.',
  '<a=kz.f>IBAN for the reparation payment: {IBAN:kz} (beneficiary {P:a:gs}).',
  '<a=*.f>The email from {EM:b} offered {P:a:g} a "hostess contract" of {money} a month.',
  '<a=*.m>{P:a:gs} (Instagram: {H:a:plain}) posted vacancies for construction workers in {f:dest} almost daily.',
  "<a=uz.*>SOCIAL WORKER'S NOTE — {P:a:F}\nUzcard: {CARD:uzcard}\nResidence: {ADR:uz}",
  'The name {P:a:gs} appears on the bus passenger list seized in {f:city}.',
  '<a=*.f>{P:a:S} left {f:city} on {d}; her mother reported her missing a week later.',
  '<a=kz.*>Vehicle {PL:kz}, registered to {P:a:gs}, crossed at Khorgos on {d}.',
  '<a=*.f>Survivor no. {n:100:999}-{n:10:99} (real name {P:a:gs}) asked that her file be sealed.',
  '<a=*.f>{P:a:gs} said that a taxi driver drove her from {f:city} to the border and took her phone.',
  '<a=ky.f>Ms {P:a:gs} was identified through her PIN {NID:kgpin:a}.',
  'Emails from {EM:a} to {EM:b} discuss "{n:3:9} girls for the new club".',
  'The house at {ADR:cal} was rented by {P:a:gs} under a false name.',
  '<a=*.m>Officer {P:a:is} seized a {f:car} with Kazakh plates near the Dostyk crossing.',
  'Mrs {P:a:s} (VK: {H:a:vk}) denied knowing the victims.',
  '<a=*.f>Sauna "Lagoon", Antalya — {P:a:g} and five other women were rescued here on {d}.',
  '<a=ru.m>Card {CARD:mir} (Mir) was registered to {P:a:gs} of {f:dest}.',
  "<a=kz|ky.f>Interpreter's note: the witness spelled her name as {P:a:F}, but in the court record it appears as {P:a:sg}.",
  'Reference: Ms {P:a:gs}, tel. {PH:a} or {PH:ru}.',
  '<a=*.f>According to {f:ngo}, {P:a:gs} had been held for nine months in a private house near {f:dest} before she escaped with the help of a neighbour.',
  'Police in {f:city} said the recruiter, {P:a:gs}, had advertised jobs in Dubai on several Telegram channels.',
  "Judge {P:a:is} adjourned the hearing until the Ministry of Foreign Affairs confirmed the victims' identities.",
  '<a=*.f>"I thought it was a normal job," said {P:a:g}, who asked that her surname not be published.',
  "The prosecutor, {P:a:sg}, asked for a sentence of 11 years, citing the victims' young age.",
  'Phone number {PH:tr} appeared in every advert the group posted between 2021 and 2023.',
  'The passport found in the sauna, {PAS:uz}, had been reported lost in Samarkand in 2022.',
  'A Humo card, {CARD:humo}, received transfers of up to $800 from the employer in Kazan.',
  'Money for "visa fees" was paid into {IBAN:tr}, an account at a bank branch in Laleli.',
  'The driver, identified only as {P:a:g}, is believed to have returned to {f:city}.',
  'Social worker {P:a:gs} accompanied the women from the airport to the shelter in {f:city}.',
  'The victims lived in a basement at {ADR:cal}, according to the indictment.',
  'A car with plates [[{PL:uz}|{PL:rul}|{PL:kg}]] was seen near the farm several times in March.',
  'Messages sent from {EM:a} promised "accommodation and meals included".',
  'Funds were also received on {IBAN:ae}, an account held at a Dubai exchange house.',
  'The Instagram page {H:a:ig} was taken down in {f:month} {n:2022:2024}.',
  '<a=ky|uz|tj.*>Relatives in Batken said {P:a:gs} left for Russia in 2021 and has not called since.',
  'A second suspect, {P:a:s}, is still wanted under an Interpol red notice.',
  "Compensation of {money} is to be paid into the victim's account {IBAN:kz}, the court ruled.",
  'Police raided a flat at {ADR:cal} where {n:5:12} women from Uzbekistan were living.',
  'The "agency" was registered at {ADR:ae}, an office it had never occupied.',
  'Workers were housed at {ADR:kr}, a container dormitory behind the factory.',
  'The hostel at {ADR:pl} was inspected by the Polish labour inspectorate in {f:month}.',
  '<a=kz|uz.f>Registered address: {ADR:cal}; actual address unknown.',
  '<a=uz.*>PINFL {NID:pinfl:a} appears on a photocopy seized in the office.',
  '<a=kz.*>The IIN {NID:iin:a} was used to open two microloans without the owner knowing.',
];

const EN_NEG: string[] = [
  'IOM, UNODC and the OSCE Programme Office in Bishkek launched a joint project on safe labour migration in {f:month} {n:2022:2024}.',
  'The Prosecutor General of Kazakhstan announced that {n:40:160} trafficking cases were sent to court in {n:2021:2023}.',
  'Under Article 171 of the Criminal Code of the Kyrgyz Republic, trafficking in persons carries a sentence of up to 15 years.',
  'The Ombudsman visited the Sezim shelter on {d} and met staff and the Ministry of Labour.',
  'About {pct} of identified victims were women aged 18 to 35; most came from rural districts of the Ferghana Valley.',
  'Case No. {case} was adjourned until {dl} because the interpreter did not appear.',
  'Flights from Osh to Moscow, Dushanbe to Yekaterinburg and Tashkent to Istanbul were the main routes in the report.',
  'Kazakhs, Uzbeks, Kyrgyz, Tajiks and Turkmen made up most of the workers interviewed at the Sadovod market.',
  'Eid al-Fitr, Nowruz and Independence Day are peak periods for recruitment adverts, according to the Ministry of Internal Affairs.',
  'A Toyota Land Cruiser and two Hyundai minibuses were seized at the Zhibek Zholy checkpoint.',
  'The hotline of the Safe House Foundation received {n:300:900} calls, {n:20:80} of which were referred to police.',
  'The Embassy of Uzbekistan in Ankara and the Consulate General of Kyrgyzstan in Istanbul issued {n:40:200} return certificates in {n:2022:2024}.',
  'Judgment of {d}: appeal dismissed; costs of {money} awarded against the prosecution.',
  'Abay Avenue and Rudaki Avenue were among the streets where volunteers handed out leaflets.',
  'The Joint Action Plan 2021–2023 was funded by the EU and the US Department of State with EUR 2.4 million.',
  'Shelters in Almaty, Osh and Khujand reported a {pct} increase in admissions after the Palermo Protocol training.',
  'Hope, not fear, should guide migration policy, the UN Special Rapporteur said in Geneva.',
  'Deputy Minister of Labour and the Head of the Migration Service signed the memorandum at the Hilton Astana.',
  'Transfers were made from an account ending in {mask} at Halyk Bank.',
  'Unified Register entry {erdr} was opened on {d} under Article 128(2) of the Criminal Code.',
];

// ---------------------------------------------------------------------------------------------------------------
// Templates: Kazakh (Cyrillic; the kkl ones are written in Cyrillic and turned into Latin letters)

const KK_POS: string[] = [
  '<a=kz.f>{P:a:f}, {DOB:a:loc} туған, {f:kkcity} қаласының тұрғыны, {d} күні [[Түркияға|БАӘ-ге|Кореяға]] жұмысқа кеткен. Оны [[танысы|көршісі]] шақырған.',
  '<a=kz.m b=kz.f>Сот {P:a:f:acc} ҚК-нің 128-бабы 2-бөлігі бойынша кінәлі деп таныды. Жәбірленуші сот отырысына бейнебайланыс арқылы қатысты.',
  '<a=kz.f>Өтініш берушінің деректері:\nТАӘ: {P:a:f}\nЖСН: {NID:iin:a}\nТуған күні: {DOB:a:dmy}\nМекенжайы: {ADR:kk}',
  '<a=kz.f>{P:a:g:gen} айтуынша, бір әйел оған Дубайда жұмыс уәде еткен.',
  '<b=kz.*>Жәбірленушіге {P:b:g} WhatsApp арқылы {PH:tr} нөмірінен жазған.',
  '<a=kz.m>Полиция {P:a:s:acc} {d} күні ұстады. Оның көлігі — {f:car}, мемлекеттік нөмірі {PL:kz}.',
  '<b=kz.f>Сенім телефонына бір әйел қоңырау шалды: сіңлісі {P:b:g} [[Стамбұлда|Анталияда|Сеулде]] паспортсыз қалған.',
  '<a=kz.f>{P:a:gs:abl} алынған түсініктемеде ол {n:2020:2023} жылы [[Шымкенттен|Тараздан|Алматыдан]] Мәскеуге кеткенін айтты.',
  '<a=kz.m b=kz.f>Куәгер {P:a:gs} {P:b:g:ins} бірге [[базарда|кафеде|жылыжайда]] жұмыс істегенін растады.',
  '{P:a:g:gen} Instagram парақшасы: {H:a:ig}',
  '<a=kz.f>Жәбірленуші {P:a:f} {ADR:kk_loc} тұрады.',
  'Айыпталушы: {P:a:si}. Іс № {case}.',
  '<a=kz.f>{P:a:g} апай {PH:kz} нөмірі арқылы хабарласты, электрондық поштасы — {EM:a}.',
  'Kaspi картасы {CARD:visa} {P:a:gs} атына ресімделген, ақша Алматыдағы бір фирмаға аударылған.',
  '<a=kz.f b=*.m>{P:b:gs} {P:a:g:acc} Қытайға «тұрмысқа шығару» сылтауымен алып кеткен.',
  'Банк шоты: {IBAN:kz}, алушы: {P:a:F}.',
  '<a=kz.m>{P:a:gs} Өзбекстан азаматымен [[Сарыағаш|Жетісай]] ауданында танысқан.',
  '<a=kz.f>{P:a:g} {DOB:a:yh} туған, ЖСН {NID:iin:a}.',
  'Хабарландыруды {H:b:at} аккаунты жариялаған, оны {P:a:g} байқап қалған.',
  '<a=kz.f>«{P:a:h}, ертең Алматыға келесің бе?» деген хабарлама табылды.',
  '<a=kz.m>{P:a:F}, туған күні {DOB:a:long}, паспорт {PAS:kz}.',
  '<a=kz.*>{P:a:g} тағы екі қызбен бір пәтерде тұрған: {ADR:kk}.',
  'Түркістан облысы полиция департаментінің мәліметінше, {P:a:gs} Сарыағаш ауданында {n:3:7} әйелді Өзбекстанға алып өтпек болған.',
  '<a=kz.f>{P:a:gs} Дубайда {n:6:14} ай болды. Қазақстанға ол ХКҰ мен Елшіліктің көмегімен оралды.',
  'Сот отырысында жәбірленушілердің мүддесін адвокат {P:a:is} қорғады.',
  'Хабарландырудағы {PH:kz} нөмірі Шымкент қаласында тіркелген.',
  'Тінту кезінде {PAS:kz} паспорты Анталиядағы сауна иесінің сейфінен табылды.',
  '{ADR:kk} мекенжайындағы пәтерден {n:4:9} әйел табылды, олардың паспорттары «менеджерде» болған.',
  'Тіркелген мекенжайы: {ADR:kk}; нақты тұратын жері белгісіз.',
  '<a=kz.*>ЖСН {NID:iin:a} бойынша иесінің келісімінсіз екі несие рәсімделген.',
];

const KKL_POS: string[] = [
  '<a=kz.f>{P:a:f}, {DOB:a:loc} туған, жұмысқа Түркияға кеткен. Телефоны: {PH:kz}.',
  '<a=kz.f>Вербовщик {P:a:g:acc} Дубайға алып кеткен, паспортын алып қойған.',
  '<a=kz.*>ЖСН: {NID:iin:a}\nТАӘ: {P:a:f}\nМекенжайы: {ADR:kkl}',
  '<a=kz.*>{P:a:g:gen} Instagram парақшасы: {H:a:ig}',
  '<a=kz.f>{P:a:g} {ADR:kkl_loc} тұрады, апасымен бірге.',
  'Kaspi картасы {CARD:visa}, иесі {P:a:F}.',
  '<a=kz.m>Көлік нөмірі {PL:kz}, иесі — {P:a:gs}.',
  '<b=kz.*>Оған {P:b:g} {PH:kz} нөмірінен хабарласқан.',
  'Мекенжайы: {ADR:kkl}. Пәтерде {n:3:7} әйел тұрған.',
];

const KK_NEG: string[] = [
  'Халықаралық көші-қон ұйымы, БҰҰ-ның Есірткі және қылмыс жөніндегі басқармасы және ЕҚЫҰ {n:2022:2024} жылы Алматыда адам саудасына қарсы бірлескен жоба бастады.',
  'Бас прокурор {n:2021:2023} жылы адам саудасы бойынша {n:40:160} іс сотқа жіберілгенін мәлімдеді.',
  'ҚР Қылмыстық кодексінің 128-бабы бойынша № {case} іс {d} күні қаралды.',
  'Наурыз және Құрбан айт мерекелерінде жалған жұмыс хабарландырулары көбейеді, дейді Ішкі істер министрлігі.',
  'Абай даңғылы мен Төле би көшесінде еріктілер парақшалар таратты.',
  'Жәбірленушілердің {pct} — 18 бен 35 жас аралығындағы әйелдер, көбі Түркістан облысынан.',
  '«Сана Сезім» қорының баспанасы биыл {n:40:120} әйелге көмек көрсетті.',
  '«Қордай» өткізу пунктінде {n:5:12} адам ұсталды, олардың арасында Өзбекстан мен Тәжікстан азаматтары бар.',
];
const KKL_NEG: string[] = [
  'Адам саудасына қарсы жедел желіге {n:2022:2024} жылы {n:300:900} қоңырау түсті.',
  'Ішкі істер министрлігі Түркістан облысында {n:10:40} жалған агенттікті анықтады.',
];

// ---------------------------------------------------------------------------------------------------------------
// Templates: Kyrgyz

const KY_POS: string[] = [
  '<a=ky.f>{P:a:f} {DOB:a:yh} туулган, {f:kgcity} шаарынын тургуну. Аны тааныштары Москвага жумушка алып кетишкен.',
  '<a=ky.m>Сот {P:a:f:acc} Кылмыш-жаза кодексинин 171-беренеси боюнча күнөөлүү деп тапты.',
  '<a=ky.f>Арыз ээси: {P:a:f}\nПИН: {NID:kgpin:a}\nТуулган күнү: {DOB:a:dmy}\nПаспорт: {PAS:kg}\nДареги: {ADR:ky}',
  '<a=ky.f>{P:a:gs:gen} айтымында, бир аял ага Түркиядан жумуш сунуштаган.',
  '<b=ky.*>Ага {P:b:g} {PH:ru} номеринен чалган.',
  '<a=ky.f>Жабырлануучу {P:a:gs} {ADR:ky_loc} жашайт.',
  '<a=ky.f>{P:a:g} эже {PH:kg} же {PH:ru} номерлери аркылуу байланышка чыкты.',
  '<a=ky.m b=ky.f>{P:a:gs} {P:b:g:acc} Казакстандагы [[тамеки талаасына|курулушка|базарга]] иштетүү үчүн алып барган.',
  'Ишеним телефонуна {d} чалуу түштү: {P:a:gs} [[Сеулда|Стамбулда|Екатеринбургда]] паспортсуз калганын айтты.',
  '<a=ky.m>Күбө {P:a:gs} жабырлануучулар менен бирге курулушта иштегенин тастыктады.',
  '{P:a:g:gen} Instagram баракчасы: {H:a:ig}',
  'Элкарт картасы {CARD:elcart} {P:a:F} атына катталган.',
  '<a=ky.m>Унаа: {f:car}, мамлекеттик номери {PL:kg}, ээси — {P:a:f}.',
  '<a=ky.f b=ky.m>{P:b:g} байке {P:a:g:abl} {money} карыз талап кылган.',
  'Айыпталуучу: {P:a:si}. Иш № {case}.',
  '<a=ky.f>{P:a:g} {DOB:a:loc} туулган, азыр {n:20:40} жашта.',
  '<a=ky.f>«{P:a:h}, эртең Бишкекке келесиңби?» деген билдирүү табылды.',
  '<a=ky.*>{P:a:g:loc} эки паспорт болгон, бири — {PAS:kg}.',
  '<a=ky.f>Электрондук почтасы {EM:a}, Telegram — {H:a:at}. {P:a:gs} дагы эки кыз менен бир бөлмөдө жашаган.',
  '<b=ky.*>Дареги: {ADR:ky}. Үйдүн ээси — {P:b:f}.',
  '<a=ky.m>{P:a:F}, {DOB:a:long} туулган, паспорту {PAS:kg}.',
  'Ош шаардык сотунда {P:a:gs} боюнча иш каралып жатат; ал ымыркайды сатууга айыпталууда.',
  'Жабырлануучулардын кызыкчылыгын адвокат {P:a:is} коргоду.',
  'Жарнамадагы {PH:kg} номери Жалал-Абад облусунда катталган.',
  'Тинтүү учурунда {PAS:kg} паспорту Стамбулдагы цехтин ээсинин сейфинен табылды.',
  'Тинтүү {ADR:ky_loc} жүргүзүлүп, {n:5:12} паспорт табылды.',
  'Катталган дареги: {ADR:ky}; иш жүзүндө жашаган жери белгисиз.',
  '<a=ky.*>ПИН {NID:kgpin:a} боюнча ээсинин макулдугусуз эки насыя алынган.',
];

const KY_NEG: string[] = [
  'Эл аралык миграция уюму жана ЕККУ {n:2022:2024}-жылы коопсуз миграция боюнча биргелешкен долбоорду баштады.',
  'Башкы прокурор {n:2021:2023}-жылы адам сатуу боюнча {n:20:80} иш сотко жөнөтүлгөнүн билдирди.',
  'Кылмыш-жаза кодексинин 171-беренеси адам сатуу үчүн 15 жылга чейин эркинен ажыратууну караштырат.',
  'Нооруз жана Курман айт майрамдарында жасалма жумуш жарнамалары көбөйөт.',
  'Чүй проспектиси жана Ала-Тоо аянтында ыктыярчылар баракчаларды таратышты.',
  'Иш № {case} боюнча сот отуруму {d} күнүнө жылдырылды.',
  'Жабырлануучулардын {pct} — 18 жаштан 35 жашка чейинки аялдар, көбү Ош жана Жалал-Абад облустарынан.',
  '«Дордой» базарында жана Ош шаарынын борбордук базарында маалымат баракчалары таратылды.',
  'Бишкектеги «Сезим» кризистик борбору {n:2022:2024}-жылы {n:40:120} аялга жардам көрсөттү.',
];

// ---------------------------------------------------------------------------------------------------------------
// Templates: Uzbek (Latin and Cyrillic)

const UZ_POS: string[] = [
  "<a=uz.f>{P:a:f} {DOB:a:loc} tug'ilgan, {f:uzcity} shahrida yashaydi. Uni tanishlari Turkiyaga ishga olib ketgan.",
  '<a=uz.m>Sud {P:a:f:acc} JK 135-moddasi 3-qismi bilan aybdor deb topdi.',
  "<a=uz.f>Murojaatchi: {P:a:f}\nJShShIR: {NID:pinfl:a}\nTug'ilgan sana: {DOB:a:dmy}\nPasport: {PAS:uz}\nManzil: {ADR:uz}",
  "<a=uz.f>{P:a:gs:gen} so'zlariga ko'ra, bir ayol unga Dubayda ish va'da qilgan.",
  "<b=uz.*>Unga {P:b:g} {PH:uz} raqamidan qo'ng'iroq qilgan.",
  '<a=uz.f>Jabrlanuvchi {P:a:gs} {ADR:uz_loc} yashaydi.',
  "<a=uz.f>{P:a:g} opa {PH:uz} yoki {PH:ru} raqamlari orqali bog'landi.",
  "<a=uz.m b=uz.f>{P:a:gs} {P:b:g:acc} Qozog'istondagi [[issiqxonaga|qurilishga|bozorga]] ishlatish uchun olib borgan.",
  "Ishonch telefoniga {d} kuni qo'ng'iroq tushdi: {P:a:gs} [[Istanbulda|Seulda|Moskvada]] pasportsiz qolganini aytdi.",
  '<a=uz.*>HUMO karta {CARD:humo} {P:a:F} nomiga rasmiylashtirilgan.',
  '{P:a:g:gen} Telegram manzili: {H:a:tme}',
  '<a=uz.m>Avtomobil: {f:car}, davlat raqami {PL:uz}, egasi — {P:a:f}.',
  '<a=uz.f b=uz.m>{P:b:g} aka {P:a:g:abl} {money} qarz talab qilgan.',
  'Ayblanuvchi: {P:a:si}. Ish № {case}.',
  '<a=uz.f>«{P:a:h}, ertaga Toshkentga kelasanmi?» degan xabar topildi.',
  "<a=uz.*>{P:a:gs} {DOB:a:yh} tug'ilgan, JShShIR {NID:pinfl:a}.",
  '<a=uz.f>Elektron pochta: {EM:a}. {P:a:gs} yana ikki qiz bilan bitta xonada yashagan.',
  "<a=uz.*>{P:a:g:loc} ikkita pasport bo'lgan, biri — {PAS:uz}.",
  "<a=uz.*>{P:a:F}, tug'ilgan sanasi {DOB:a:long}, manzil: {ADR:uz}.",
  '<a=uz.*>Instagram: {H:a:plain} — bu sahifa {P:a:gs:dat} tegishli.',
  "Farg'ona viloyati IIBning ma'lum qilishicha, {P:a:gs} {n:3:7} nafar ayolni Qozog'istonga olib o'tmoqchi bo'lgan.",
  "<a=uz.f>{P:a:gs} Dubayda {n:6:14} oy bo'ldi va XMT yordamida vataniga qaytdi.",
  'Jabrlanuvchilar manfaatini sudda advokat {P:a:is} himoya qildi.',
  "E'londagi {PH:uz} raqami Andijon viloyatida ro'yxatdan o'tgan.",
  'Tintuv paytida {PAS:uz} raqamli pasport Istanbuldagi sex egasining seyfidan topildi.',
  "Tintuv {ADR:uz_loc} o'tkazilib, {n:5:12} ta pasport topildi.",
  "Ro'yxatdagi manzil: {ADR:uz}; haqiqiy yashash joyi noma'lum.",
  "<a=uz.*>JShShIR {NID:pinfl:a} bo'yicha egasining roziligisiz ikki kredit rasmiylashtirilgan.",
];

const UZC_POS: string[] = [
  '<a=uz.f>{P:a:f} {DOB:a:loc} туғилган. Уни таниши Россияга ишга олиб кетган.',
  '<a=uz.f>Мурожаатчи: {P:a:f}\nЖШШИР: {NID:pinfl:a}\nПаспорт: {PAS:uz}\nМанзил: {ADR:uzc}',
  '<b=uz.*>Унга {P:b:g} {PH:uz} рақамидан қўнғироқ қилган.',
  '<a=uz.f>Жабрланувчи {P:a:gs} {ADR:uzc_loc} яшайди.',
  '<a=uz.m>Суд {P:a:f:acc} ЖК 135-моддаси билан айбдор деб топди.',
  '<a=uz.*>{P:a:g:gen} сўзларига кўра, бир аёл унга Туркияда иш ваъда қилган.',
  '<a=uz.*>UZCARD {CARD:uzcard} — эгаси {P:a:F}.',
  '<a=uz.f>{P:a:g} {DOB:a:long} куни туғилган, ЖШШИР {NID:pinfl:a}.',
  'Андижон вилоятида {P:a:gs} одам савдоси айблови билан ҳибсга олинди.',
  'Эълондаги {PH:uz} рақами Наманган вилоятида рўйхатдан ўтган.',
  '<a=uz.f>{P:a:g} Дубайда {n:6:14} ой бўлди ва ХМТ ёрдамида ватанига қайтди.',
  'Рўйхатдаги манзил: {ADR:uzc}; ҳақиқий яшаш жойи номаълум.',
];

const UZ_NEG: string[] = [
  "Xalqaro migratsiya tashkiloti va Bandlik vazirligi {n:2022:2024} yilda xavfsiz migratsiya bo'yicha qo'shma loyiha boshladi.",
  "Bosh prokuror {n:2021:2023} yilda odam savdosi bo'yicha {n:30:120} ta ish sudga yuborilganini ma'lum qildi.",
  'JK 135-moddasi odam savdosi uchun 12 yilgacha ozodlikdan mahrum qilishni nazarda tutadi.',
  "Navro'z va Qurbon hayiti arafasida soxta ish e'lonlari ko'payadi.",
  "Amir Temur ko'chasi va Mustaqillik maydonida ko'ngillilar varaqalar tarqatdi.",
  'Chorsu bozori va Toshkent xalqaro aeroportida migrantlarga eslatmalar berildi.',
];
const UZC_NEG: string[] = [
  'Ишонч телефонига {n:2022:2024} йилда {n:300:900} та қўнғироқ келди.',
  'Фарғона, Андижон ва Наманган вилоятлари аниқланган ҳолатларнинг учдан бирини ташкил этди.',
  'Тошкент шаҳар судида {case}-сонли иш бўйича ҳукм {d} куни эълон қилинди.',
];

// ---------------------------------------------------------------------------------------------------------------
// Templates: Tajik

const TG_POS: string[] = [
  '<a=tj.f>{P:a:f}, {DOB:a:long} таваллуд шудааст, сокини ш. {f:tjcity}. Шиносаш ӯро ба Маскав барои кор бурдааст.',
  '<a=tj.m>Суд {P:a:f:acc} тибқи моддаи 130.1 Кодекси ҷиноятӣ гунаҳкор донист.',
  '<a=tj.f>Маълумот дар бораи ҷабрдида:\nНому насаб: {P:a:f}\nСанаи таваллуд: {DOB:a:dmy}\nРМА: {NID:tjinn}\nШиноснома: {PAS:tj}\nСуроға: {ADR:tg}',
  '<a=tj.f>Ба гуфтаи {P:a:gs}, як зан ба ӯ дар Дубай кор ваъда дода буд.',
  '<b=tj.*>{P:b:g} ба ӯ аз рақами {PH:ru} занг задааст.',
  '<a=tj.f>Ҷабрдида {P:a:gs} дар {ADR:tg} зиндагӣ мекунад.',
  '<a=tj.f>{P:a:g} апа бо рақамҳои {PH:tj} ё {PH:ru} тамос гирифт.',
  '<a=tj.m b=tj.f>{P:a:gs} {P:b:g:acc} ба [[Қазоқистон|Русия|Туркия]] барои кори маҷбурӣ бурдааст.',
  'Ба хати боварӣ {d} занг омад: {P:a:gs} дар [[Истанбул|Маскав|Дубай]] бе шиноснома мондааст.',
  '<a=tj.m>Мошин: {f:car}, рақами давлатӣ {PL:tj}, соҳибаш — {P:a:f}.',
  '<a=tj.f b=tj.m>{P:b:g} ака аз {P:a:g} {money} қарз талаб кардааст.',
  'Айбдоршаванда: {P:a:si}. Парвандаи № {case}.',
  '<a=tj.f>«{P:a:h}, пагоҳ ба Душанбе меоӣ?» — чунин паём ёфт шуд.',
  'Саҳифаи Instagram-и {P:a:g}: {H:a:ig}',
  '<a=tj.f>{P:a:g} соли {DOB:a:y} таваллуд шудааст, ҳоло дар ш. Хуҷанд зиндагӣ мекунад.',
  'Почтаи электронӣ: {EM:a}. {P:a:gs} бо ду духтари дигар дар як хона зиндагӣ мекард.',
  'Корти бонкии {CARD:any} ба номи {P:a:F} сабт шудааст.',
  '<a=af.m>Шаҳрванди Афғонистон {P:a:gs} (шиноснома {PAS:af}) бо ҷабрдидагон дар бозори [[Корвон|Шоҳмансур]] вохӯрдааст.',
  '<a=tj.m>{P:a:F}, санаи таваллуд {DOB:a:dmy}, РМА {NID:tjinn}.',
  '<b=tj.f>Модари ҷабрдида, {P:b:f}, ба Созмони байналмилалии муҳоҷират муроҷиат кард.',
  'Тибқи маълумоти ВКД-и вилояти Суғд, {P:a:gs} {n:3:7} занро ба Туркия фиристоданӣ буд.',
  '<a=tj.f>{P:a:gs} {n:6:14} моҳ дар Дубай буд ва бо кумаки СБМ ба ватан баргашт.',
  'Манфиатҳои ҷабрдидагонро дар суд адвокат {P:a:is} ҳимоя кард.',
  'Рақами {PH:tj}, ки дар эълон омада буд, дар ноҳияи Рӯдакӣ ба қайд гирифта шудааст.',
  'Ҳангоми кофтуков шиносномаи {PAS:tj} аз сейфи соҳиби сех дар Маскав ёфт шуд.',
  'Кофтуков дар {ADR:tg} гузаронида шуд ва {n:5:12} шиноснома ёфт шуд.',
  'Суроғаи бақайдгирӣ: {ADR:tg}; ҷои зисти воқеӣ маълум нест.',
];

const TG_NEG: string[] = [
  'Созмони байналмилалии муҳоҷират ва САҲА соли {n:2022:2024} барномаи муштарак оид ба муҳоҷирати бехатарро оғоз карданд.',
  'Прокурори генералӣ гуфт, ки соли {n:2021:2023} {n:20:90} парвандаи савдои одамон ба суд фиристода шуд.',
  'Тибқи моддаи 130.1 Кодекси ҷиноятӣ, барои савдои одамон то 15 сол маҳрум сохтан аз озодӣ пешбинӣ шудааст.',
  'Наврӯз ва Иди Қурбон давраҳое мебошанд, ки эълонҳои бардурӯғи корӣ зиёд мешаванд.',
  'Дар кӯчаи Рӯдакӣ ва хиёбони Исмоили Сомонӣ ихтиёриён варақаҳо паҳн карданд.',
  'Парвандаи № {case} то {d} мавқуф гузошта шуд.',
  '{pct} ҷабрдидагон занони аз 18 то 35-сола буданд, аксари онҳо аз вилояти Хатлон.',
  'Ҳавопаймои Душанбе — Маскав бо {n:2:4} соат таъхир дар фурудгоҳи Домодедово нишаст.',
  'Дар бозори Корвон ва фурудгоҳи Душанбе ба муҳоҷирон {n:500:3000} варақаи иттилоотӣ тақсим карда шуд.',
];

// ---------------------------------------------------------------------------------------------------------------
// Templates: Turkish

const TR_POS: string[] = [
  "<a=tr.f>{P:a:gs}, {DOB:a:long} doğumlu, {f:trcity} ilinde ikamet ediyor. Bir tanıdığı onu [[Dubai'de|Moskova'da]] iş vaadiyle kandırmış.",
  '<a=tr.m>Mahkeme, sanık {P:a:gs:acc} TCK 80. madde uyarınca {n:8:14} yıl hapis cezasına çarptırdı.',
  '<a=uz|tm|kz|ky.f>Mağdur bilgileri:\nAdı Soyadı: {P:a:gs}\nDoğum tarihi: {DOB:a:dmy}\nUyruğu: {cit:a}\nPasaport No: {PAS:a}',
  "<a=tr.f>{P:a:gs:gen} ifadesine göre bir kadın ona Antalya'da iş teklif etmiş.",
  '<b=tr.*>Mağdura {P:b:g} {PH:tr} numaralı telefondan ulaşmış.',
  '<a=tr.*>Şüpheli {P:a:gs}, T.C. kimlik no: {NID:tc}, {ADR:tr} {f:trdistrict} adresinde yakalandı.',
  "<a=tm.f b=tr.f>Türkmen uyruklu {P:a:gs}, {P:b:g} Hanım'ın evinde [[bakıcı|temizlikçi]] olarak çalıştırıldı.",
  "<a=tr.m b=*.f>{P:a:g} Bey, {P:b:g:acc} Laleli'deki bir otelde çalıştırdığını inkâr etti.",
  "İhbar hattına {d} tarihinde gelen çağrıda {P:a:gs} adlı kişi, kız kardeşinin İstanbul'da alıkonulduğunu bildirdi.",
  '<a=tr.*>Araç: {f:car}, plaka {PL:tr}, ruhsat sahibi {P:a:gs}.',
  '<a=tr.*>IBAN: {IBAN:tr}\nAlıcı: {P:a:F}\nAçıklama: "borç"',
  '<a=tr.*>Sanık {P:a:gs} hakkında {case} sayılı dosyada karar verildi.',
  "{P:a:gs} {DOB:a:yh} doğdu, {n:2019:2023} yılında Türkiye'ye geldi.",
  '<a=tr.*>{P:a:g:abl} alınan ifadede e-posta adresi {EM:a} olarak kayda geçti.',
  '<a=tr.*>Instagram hesabı {H:a:at} üzerinden "yurt dışı iş" ilanları veren {P:a:gs} gözaltına alındı.',
  '<a=tr.*>"{P:a:g} pasaportumu aldı," dedi mağdur.',
  '<a=tr.*>Mağdurun kaldığı adres: {ADR:tr} {f:trdistrict}. Ev sahibi: {P:a:gs}.',
  '<a=uz.f b=tr.m>Özbek uyruklu {P:a:gs}, işvereni {P:b:gs:ins} birlikte karakola geldi.',
  '<a=az.m>Azerbaycan vatandaşı {P:a:gs} (pasaport {PAS:az}) sınır dışı edildi.',
  '<a=tr.*>{P:a:F} adına kayıtlı {CARD:any} numaralı karttan {money} gönderildi.',
  '<a=tr.m b=*.f>{P:a:s} ailesinin yanında çalışan {P:b:g}, {DOB:b:loc} doğmuş.',
  '<a=kz.f>Kazak uyruklu {P:a:gs} (doğum tarihi: {DOB:a:dmy}) emniyete başvurdu.',
  'Antalya Emniyet Müdürlüğü, {P:a:gs} isimli şüphelinin {n:3:7} kadını otellerde çalıştırdığını açıkladı.',
  "<a=*.f>{P:a:gs}, Dubai'de {n:6:14} ay kaldıktan sonra IOM'un yardımıyla ülkesine döndü.",
  'Mağdurların vekili Av. {P:a:gs}, kararı istinafa taşıyacaklarını söyledi.',
  "İlanda yer alan {PH:tr} numarasının Esenyurt'ta bir iş yerine kayıtlı olduğu belirlendi.",
  'Aramada {PAS:uz} numaralı pasaport atölye sahibinin kasasında bulundu.',
  "Para, Laleli'deki döviz bürosu aracılığıyla {IBAN:tr} hesabına gönderildi.",
  'Arama {ADR:tr} adresinde yapıldı ve {n:5:12} pasaport ele geçirildi.',
  'Tebligat adresi: {ADR:tr} {f:trdistrict}; mağdurun gerçek adresi bilinmiyor.',
  "<a=tr.m>Türk vatandaşı {P:a:gs}, {PAS:tr} numaralı pasaportla Taşkent'e giriş yaptı.",
];

const TR_NEG: string[] = [
  'Uluslararası Göç Örgütü (IOM) ve Göç İdaresi Başkanlığı, {n:2022:2024} yılında insan ticaretine karşı ortak bir proje başlattı.',
  'TCK 80. madde kapsamında açılan davada karar duruşması {d} tarihine ertelendi.',
  'Kurban Bayramı ve Ramazan Bayramı öncesinde sahte iş ilanlarında artış gözlendi.',
  "İstiklal Caddesi ve Laleli'deki oteller, denetimlerin yoğunlaştığı bölgeler arasında yer aldı.",
  'Rapora göre mağdurların {pct} oranında bölümü 18-35 yaş arası kadınlar; çoğu Özbekistan, Türkmenistan ve Kırgızistan uyruklu.',
  'Esas No: {n:2021:2024}/{n:100:999}, Karar No: {n:2022:2024}/{n:10:99} sayılı dosyada sanıklar beraat etti.',
  "Cumhuriyet Başsavcılığı, Antalya ve İstanbul'da {n:10:40} adrese eş zamanlı operasyon düzenledi.",
  'Kapalıçarşı çevresindeki tekstil atölyelerinde çalışan {n:40:150} yabancı işçi tespit edildi.',
  'Göç İdaresi, Kırgızistan ve Özbekistan konsoloslukları ile {d} tarihinde ortak bir toplantı düzenledi.',
];

// ---------------------------------------------------------------------------------------------------------------
// Assembly, checks and output

const PLAN: { orth: Orth; pos: string[]; neg: string[]; nPos: number; nNeg: number }[] = [
  { orth: 'ru', pos: RU_POS, neg: RU_NEG, nPos: 193, nNeg: 35 },
  { orth: 'en', pos: EN_POS, neg: EN_NEG, nPos: 110, nNeg: 20 },
  { orth: 'kk', pos: KK_POS, neg: KK_NEG, nPos: 38, nNeg: 7 },
  { orth: 'kkl', pos: KKL_POS, neg: KKL_NEG, nPos: 12, nNeg: 2 },
  { orth: 'ky', pos: KY_POS, neg: KY_NEG, nPos: 49, nNeg: 9 },
  { orth: 'uz', pos: UZ_POS, neg: UZ_NEG, nPos: 35, nNeg: 6 },
  { orth: 'uzc', pos: UZC_POS, neg: UZC_NEG, nPos: 15, nNeg: 3 },
  { orth: 'tg', pos: TG_POS, neg: TG_NEG, nPos: 49, nNeg: 9 },
  { orth: 'tr', pos: TR_POS, neg: TR_NEG, nPos: 49, nNeg: 9 },
];
const LANG_ORDER: readonly Lang[] = ['ru', 'en', 'kk', 'ky', 'uz', 'tg', 'tr'];

function cycle(templates: string[], n: number): string[] {
  const out: string[] = [];
  while (out.length < n) out.push(...shuffle(templates));
  return out.slice(0, n);
}

interface Draft {
  lang: Lang;
  orth: Orth;
  negative: boolean;
  text: string;
  spans: Span[];
  values: string[];
}

function check(d: Draft, where: string): void {
  if (/[{}]|\[\[|\]\]/.test(d.text)) throw new Error(`${where}: template residue in ${JSON.stringify(d.text)}`);
  if (d.negative && d.spans.length) throw new Error(`${where}: negative snippet has spans`);
  if (!d.negative && !d.spans.length) throw new Error(`${where}: positive snippet has no spans`);
  let prevEnd = 0;
  d.spans.forEach((sp, i) => {
    const got = d.text.slice(sp.start, sp.end);
    if (got !== d.values[i])
      throw new Error(`${where}: span ${i} is ${JSON.stringify(got)}, inserted ${JSON.stringify(d.values[i])}`);
    if (sp.start < prevEnd) throw new Error(`${where}: overlapping or unsorted spans`);
    if (sp.end <= sp.start || got.trim() !== got) throw new Error(`${where}: empty or padded span`);
    prevEnd = sp.end;
  });
}

function main(): void {
  const byLang = new Map<Lang, Draft[]>();
  const seen = new Set<string>();
  for (const { orth, pos, neg, nPos, nNeg } of PLAN) {
    const lang = LANG_OF[orth];
    const list = byLang.get(lang) ?? [];
    const jobs = [
      ...cycle(pos, nPos).map((t) => ({ t, negative: false })),
      ...cycle(neg, nNeg).map((t) => ({ t, negative: true })),
    ];
    for (const { t, negative } of jobs) {
      for (let attempt = 0; ; attempt++) {
        const { text, spans, values } = fill(t, orth);
        if (seen.has(text) && attempt < 20) continue;
        seen.add(text);
        const draft: Draft = { lang, orth, negative, text, spans, values };
        check(draft, `${orth} template ${JSON.stringify(t.slice(0, 60))}`);
        list.push(draft);
        break;
      }
    }
    byLang.set(lang, list);
  }

  const snippets: Snippet[] = [];
  for (const lang of LANG_ORDER) {
    shuffle(byLang.get(lang) ?? []).forEach((d, i) => {
      snippets.push({
        id: `heldout9-${lang}-${pad(i + 1, 3)}`,
        language: lang,
        script: LATIN_ORTHS.includes(d.orth) ? 'latin' : 'cyrillic',
        text: d.text,
        spans: d.spans,
      });
    });
  }

  const out = join(__dirname, '..', 'test', 'fixtures', 'anonymizer-heldout-9.jsonl');
  mkdirSync(dirname(out), { recursive: true });
  const lines = snippets.map((s) =>
    JSON.stringify({ id: s.id, language: s.language, script: s.script, text: s.text, spans: s.spans }),
  );
  writeFileSync(out, lines.join('\n') + '\n');

  // Re-read what was written and check it once more.
  for (const line of lines) {
    const s = JSON.parse(line) as Snippet;
    let prevEnd = 0;
    for (const sp of s.spans) {
      if (sp.start < prevEnd || sp.end > s.text.length || sp.end <= sp.start) throw new Error(`${s.id}: bad offsets`);
      prevEnd = sp.end;
    }
  }

  const perType = new Map<string, number>();
  const perLang = new Map<string, { all: number; neg: number; spans: number; latin: number }>();
  for (const s of snippets) {
    const row = perLang.get(s.language) ?? { all: 0, neg: 0, spans: 0, latin: 0 };
    row.all++;
    if (!s.spans.length) row.neg++;
    if (s.script === 'latin') row.latin++;
    row.spans += s.spans.length;
    perLang.set(s.language, row);
    for (const sp of s.spans) perType.set(sp.type, (perType.get(sp.type) ?? 0) + 1);
  }
  const total = snippets.length;
  const negatives = snippets.filter((s) => !s.spans.length).length;
  console.log(`wrote ${out}`);
  console.log(`snippets ${total} (positive ${total - negatives}, negative ${negatives})`);
  for (const [lang, row] of perLang) {
    console.log(
      `  ${lang}: ${row.all} snippets, ${row.neg} negative, ${row.latin} in Latin script, ${row.spans} spans`,
    );
  }
  console.log(`spans ${[...perType.values()].reduce((a, b) => a + b, 0)}`);
  for (const [type, n] of [...perType].sort((a, b) => b[1] - a[1])) console.log(`  ${type}: ${n}`);
  console.log(`distinct given names shown ${usedGiven.size}, distinct surnames shown ${usedSurname.size}`);
}

main();
