/**
 * Tenth held-out anonymizer batch: writes test/fixtures/anonymizer-heldout-10.jsonl.
 * Written without looking at the anonymizer's rules, lists or data, or at earlier batches' contents: only the ninth
 * batch's generator machinery (random source, transliteration and inflection helpers, check-digit helpers, template
 * engine, offset checks and output) and its labelling rules are reused. The sentences, situations, name pools, street
 * and place pools and filler pools are all new; the name and street pools share no entry with the ninth batch's.
 *
 * Every snippet is assembled from a sentence template; offsets are counted while the text is built and checked
 * again afterwards (`text.slice(start, end)` must equal the inserted value, or the script throws).
 *
 * Template syntax
 *   <a=kz|ky.f b=~a.f.old>   optional cast header: role = ethnicities (`*` = the language's usual mix, `~a` = role
 *                            a's) . gender (m, f, *) [. minor | young | old]. Roles not in the header get the usual
 *                            mix and a random gender.
 *   [[x|y|z]]                literal alternatives, one picked at random; they may hold placeholders, not other [[ ]].
 *   {P:a:form:case}          PERSON, role a. Forms: f (surname given patronymic), gs, sg, gps, gp, g (given),
 *                            s (surname), si / is (surname + initials, either order), S (SURNAME Given ...),
 *                            F (all capitals), l / ls (lower case), h (given + glued endearment), nick (nickname).
 *                            Cases: nom, gen, dat, acc, ins, pre (Russian); gen, dat, acc, loc, abl, ins (Turkic);
 *                            acc (Tajik -ро). Russian declines every part; Turkic languages suffix the last word.
 *   {PH:kz} {PH:a}           PHONE of a country (kzl, rul, kgl, uzl, tjl, trl, ael: landlines), or of role a's
 *                            home country.
 *   {EM:a} {NID:a} {NID:iinbad:a} {NID:pinflbad:a} {NID:tcbad:a} {NID:arc:a} {NID:eid:a} {PAS:rus} {PAS:a}
 *   {CARD:humo} {IBAN:tr} {ADR:ru_na} {ADR:aeru} {DOB:a:ocr} {PL:ae} {H:a:plain}
 *                            the other labelled types (EMAIL, NATIONAL_ID, PASSPORT, CARD, IBAN, ADDRESS,
 *                            BIRTH_DATE, PLATE, HANDLE); the *bad national ids fail their check digit and the
 *                            snippet says so.
 *   {g:a:male|female}        literal chosen by role a's gender.
 *   {f:pool} {cit:a} {d} {dl} {ds} {n:lo:hi} {money} {case} {erdr} {time} {pct} {mask} {bin} {flight}
 *                            unlabelled fillers: a pool of the snippet's language, citizenship, dates, numbers,
 *                            card endings with fewer than eight digits, company BINs, flight numbers ...
 *   Upper-case placeholder codes are labelled spans; lower-case codes never are.
 *   Uzbek Latin snippets each take one apostrophe style for o'/g' (' ʻ ‘ ` ’); Kazakh Latin follows the 2021 alphabet.
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
 * Usage: npx tsx scripts/generate-anonymizer-heldout-10.ts
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

const rand = mulberry32(0x10ba7c4e);
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
type Eth = 'ru' | 'ua' | 'ko' | 'kz' | 'ky' | 'uz' | 'tj' | 'tm' | 'tr' | 'az' | 'af' | 'kr' | 'cn' | 'ar';
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
  і: 'ı',
  ь: '',
  э: 'e',
  ю: 'iu',
  я: 'ia',
  ҳ: 'h',
  ҷ: 'j',
  ӣ: 'i',
  ӯ: 'u',
};
/** Kazakh Latin of 2021: і is ı, и and й are i (capital İ), ы is y, ұ is ū. */
const kkLatin = (s: string): string => translit(s, KK_LATIN, 'tr');

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
// Every pool is new to this batch and shares no name with the earlier batches' pools.

const NAMES: Record<Eth, { m: string[]; f: string[]; s: string[] }> = {
  ru: {
    m: words(`Вениамин Герман Гордей Давид Демьян Ефим Игнат Макар Марк Платон Серафим Тимур Трофим Феликс Эльдар
      Эрик Юлиан Арсен Климент Мстислав Нестор Харитон Венедикт Лаврентий Артемий Иннокентий Ипполит Аким
      Афанасий`),
    f: words(`Агата Аглая Алевтина Антонина Варвара Влада Дина Ева Есения Изабелла Инга Кира Клавдия Лада Лиана Нонна
      Римма Серафима Стефания Стелла Фаина Эльвира Юлиана Милена Алиса Виолетта Эмилия Евдокия Владислава`),
    s: words(`Воронцов Лапшин Гущин Симонов Зыков Кудрявцев Шестаков Рябов Дьячков Сафонов Третьяков Кононов Сычёв
      Лыткин Пестов Овчинников Вишняков Брагин Полозов Быстров Чернышёв Завадский Соколовский Колесников Рогов
      Аксёнов Белоусов Веселов Голубев Дорофеев Ермаков Зотов Коновалов Лихачёв Мишин Наумов Пономарёв Русаков
      Савин Уваров Филатов Харитонов Шаров Юдин Якушев Блинов Горелов Дементьев`),
  },
  ua: {
    m: words('Орест Любомир Богуслав Евген Влас Олесь Назарий'),
    f: words('Ярина Устина Дарина Наталка Катерина Роксолана Оляна Ивга'),
    s: words(`Кравчук Остапенко Дорошенко Яковенко Гуменюк Кушнир Пилипчук Романюк Федорчук Онищенко Головко
      Семенюк Тимошенко`),
  },
  ko: {
    m: [],
    f: [],
    s: words('Лигай Тягай Шегай Магай Пегай Нигай Тегай Тхай Тян Дян Де Ан Пан Сим Чен Ю Тё Хван Мен Дегай Син'),
  },
  kz: {
    m: words(`Бағлан Бейбіт Дамир Ерұлан Жанболат Қайсар Мадияр Нұртас Рахат Сұңғат Теміржан Ұлықбек Шерхан Әлішер
      Айбар Асылан Бекарыс Досжан Елдос Жақсылық Мейірбек Нұрдәулет Сағат Ерқанат Жанат Нұрасыл Арыстан Еділ
      Жандар Бақдәулет`),
    f: words(`Балнұр Тоғжан Аяулым Көркем Аққу Ғазиза Дәметкен Жадыра Зере Индира Кәмшат Қуралай Нұрай Ұлдана Шырын
      Анель Гүлжан Жанерке Қамар Нұрсұлу Айым Гүлназ Мәншүк Ақтоты`),
    s: words(`Әбілқасымов Нұрғалиев Исмағұлов Тілеубердиев Дүйсенбаев Есенжолов Мыңбаев Кенжебеков Сағынтаев
      Оңалбаев Айтбаев Әбішев Жексенбаев Құрманғалиев Төлегенов Ысқақов Бөкейханов Тәңірбергенов Сұлтанбеков
      Мұсабеков Нысанбаев Қонысбаев Жармұхамедов Ержанов Қойшыбаев Үмбетов Тасболатов Бекмағамбетов Ақышев Еспаев
      Сейдалин Жанкелдин`),
  },
  ky: {
    m: words(`Актан Нурсейит Суйунбай Таалайбек Нуркан Байэл Туратбек Калыс Эсен Жыргалбек Бакай Адыл Тынчтык
      Уланбек Жанарбек Кенжебек Чоро Арген Нурдин Шайлообек Эрнис Аман Ырысбек Эламан Сагынбек Кутман Бектур
      Мирбек`),
    f: words(`Айзада Алтынай Кундуз Жыпар Нуржамал Аймерим Айнагүл Калыйча Мөлмөл Нурайым Айчүрөк Бүбүсара Жазгүл
      Мирайым Бегайым Адинай Айбийке Элиза Жумагүл Айназик Салкын Шааркүл`),
    s: words(`Асанбеков Турдубаев Сулайманов Бектурганов Арстанбеков Орозбаев Карыпбеков Токтомушев Чотбаев
      Нурманбетов Атабеков Абылкасымов Бекташев Дооронбеков Жунушалиев Иманалиев Кемелбеков Мамырканов Ниязбеков
      Осмоналиев Рысбеков Сарбагышев Тойчубеков Үсөналиев Чыныбеков Шаабаев Ырысбаев Тыныбеков`),
  },
  uz: {
    m: words(`Abdusalom Bekmurod Dostonbek Eldor G'olib Hayotbek Jo'rabek Kamron Lazizbek Mirzohid Qahramon
      Rahmatillo Saidakbar Vohid Yoqub Zuhriddin Asadbek Behruz Diyorbek Hikmat Jamoliddin Mirshod Nuriddin Qobil
      Shokir Xayrullo Bunyod Dilmurod Sirojiddin Ulmas G'ofur`),
    f: words(`Gulshan Hulkar Intizor Kumush Lobar Mahliyo Nafisa Oygul Rayhon Shohista Tamanno Diyora Gavhar Mubina
      Orzigul Sayyora Ziyoda Dinora Rohila Sanobar Tursunoy Zuhra O'g'iloy Nazokat Muyassar`),
    s: words(`Raxmonqulov Tursunboyev Hamroyev Abduraximov Bekmurodov Choriyev Davletov Eshmatov Fozilov G'oyibov
      Iskandarov Jalilov Karimjonov Latipov Muxtorov Nishonov O'roqov Pardayev Qayumov Sattorov Tog'ayev
      Ubaydullayev Ziyayev Shodmonov Inoyatov Norqulov Otaboyev Xayitov Egamov Qo'chqorov Mirvaliyev`),
  },
  tj: {
    m: words(`Фаридун Сиёвуш Меҳрубон Бежан Эраҷ Хусрав Шоҳин Ашӯр Зубайдулло Саъдулло Шукрулло Ҳомид Гулмурод
      Давлат Маҳмадалӣ Сафар Ҳайдар Шаҳобиддин Аслиддин Мавлон Афзал Муъмин Кайхусрав`),
    f: words(`Мижгона Ниго Маҳина Тоҳира Моҳпари Зарнигор Сарвиноз Гулафшон Замира Латофат Мастона Парисо Рухсора
      Савсан Хуршеда Шоира Меҳринисо Наврӯза Сумая Маҳбуба Шаҳзода Гулпарӣ`),
    s: words(`Наботов Ятимов Тағоев Хайров Шамсуддинов Амонов Нуралиев Ҳомидов Гадоев Мадаминов Нурзода Қаландаров
      Ҳайдарзода Ғаюров Латифов Мусоев Рофиев Сабуров Тошев Усмонзода Ҳалимов Шералиев Азизов Даминов Ёрмаҳмадов
      Зарипов Икромов Камолзода Лутфуллоев Неъматов Орипов Пиров Соҳибов`),
  },
  tm: {
    m: words(`Döwran=Довран Nury=Нуры Atamyrat=Атамурат Gurban=Гурбан Ýazgeldi=Язгельды Hojamyrat=Ходжамурат
      Öwez=Овез Perhat=Перхат Şatlyk=Шатлык Aýdogdy=Айдогды Guwanç=Гуванч Agajan=Агаджан Täçmyrat=Тачмурат
      Rahym=Рахым`),
    f: words(`Bahar=Бахар Gülälek=Гюлялек Aýgözel=Айгозель Mähri=Мяхри Selbi=Сельби Jemal=Джемал Ýazgül=Язгуль
      Şemşat=Шемшат Arzuw=Арзув Leýli=Лейли Aknabat=Акнабат`),
    s: words(`Myradow=Мурадов Atabaýew=Атабаев Halmyradow=Халмурадов Ýazmuhammedow=Язмухаммедов Jumaýew=Джумаев
      Orazmämmedow=Оразмамедов Hangeldiýew=Хангельдыев Öwezgeldiýew=Овезгельдыев Sähetmyradow=Сахатмурадов
      Pirnazarow=Пирназаров Gaýypow=Гайыпов Allaberdiýew=Аллабердыев Tagandurdyýew=Тагандурдыев`),
  },
  tr: {
    m: words(`Kaan=Каан Tolga=Толга Ertuğrul=Эртугрул Selçuk=Сельчук Hakan=Хакан Furkan=Фуркан Recep=Реджеп
      Metin=Метин Tuncay=Тунджай Alper=Альпер Batuhan=Батухан Caner=Джанер Doruk=Дорук Emrah=Эмрах Fatih=Фатих
      Gürkan=Гюркан Harun=Харун İlker=Илькер Koray=Корай Mert=Мерт Necati=Неджати Okan=Окан Sedat=Седат Utku=Утку
      Yasin=Ясин Zafer=Зафер`),
    f: words(`Nurcan=Нурджан Gülay=Гюлай Yasemin=Ясемин Burcu=Бурджу Canan=Джанан Duygu=Дуйгу Ece=Эдже Filiz=Филиз
      Gamze=Гамзе Hande=Ханде İpek=Ипек Kübra=Кюбра Meltem=Мельтем Öykü=Ойкю Rabia=Рабия Selin=Селин Şule=Шуле
      Tülay=Тюлай Yeşim=Йешим Aslı=Аслы Berna=Берна Cansu=Джансу`),
    s: words(`Kaplan=Каплан Karaca=Караджа Duman=Думан Coşkun=Джошкун Uysal=Уйсал Akgül=Акгюль Sarıkaya=Сарыкая
      Taşdemir=Ташдемир Avcı=Авджы Ergün=Эргюн Güler=Гюлер Işık=Ышык Kalkan=Калкан Sezer=Сезер Turan=Туран
      Ünal=Юнал Yüksel=Юксель Acar=Аджар Çakır=Чакыр Erol=Эрол Gündüz=Гюндюз Kocabaş=Коджабаш Tunç=Тунч
      Yazıcı=Языджы`),
  },
  az: {
    m: words(`Elçin=Эльчин Samir=Самир Kənan=Кенан Emin=Эмин Nihad=Нихад Zaur=Заур Ceyhun=Джейхун Mahir=Махир
      Natiq=Натик Rüfət=Руфат`),
    f: words(`Lamiyə=Лямия Aytən=Айтен Nigar=Нигяр Fidan=Фидан Vüsalə=Вюсаля Türkan=Тюркан Zümrüd=Зюмрюд
      Nuranə=Нурана Aygün=Айгюн`),
    s: words(`Bağırov=Багиров Nəsirov=Насиров Kərimli=Керимли Süleymanlı=Сулейманлы Orucov=Оруджов Mehdiyev=Мехтиев
      Hacıyev=Гаджиев Novruzov=Новрузов Zeynalov=Зейналов Əsgərov=Аскеров Salmanov=Салманов`),
  },
  af: {
    m: words(`Rahmatullah=Рахматулла Shafiq=Шафик Habib=Хабиб Bilal=Билал Mirwais=Мирвайс Jalal=Джалал
      Samiullah=Самиулла Hekmatullah=Хекматулла Mujib=Муджиб Fawad=Фавад Ajmal=Аджмал Zalmai=Залмай`),
    f: words(`Shogofa=Шогофа Marzia=Марзия Nazifa=Назифа Roya=Роя Khatera=Хатера Palwasha=Палваша Hosai=Хосай
      Storai=Сторай Wazhma=Важма Sadaf=Садаф`),
    s: words(`Nuristani=Нуристани Haidari=Хайдари Sadat=Садат Niazi=Ниязи Barakzai=Баракзай Mohmand=Моманд Kakar=Какар
      Azimi=Азими Yousufzai=Юсуфзай Tokhi=Тохи Sharifi=Шарифи Faizi=Файзи`),
  },
  kr: {
    m: words(`Jae-won=Чжэ_Вон Sung-min=Сон_Мин Woo-jin=У_Джин Jin-ho=Чжин_Хо Chang-min=Чхан_Мин Byung-chul=Бён_Чхоль
      Kwang-soo=Кван_Су Dae-ho=Тэ_Хо Sang-woo=Сан_У In-ho=Ин_Хо`),
    f: words(`Ji-eun=Чжи_Ын Min-seo=Мин_Со Yoo-jin=Ю_Джин Na-rae=На_Рэ Hae-won=Хэ_Вон Eun-young=Ын_Ён Ha-neul=Ха_Ныль
      Bo-ra=По_Ра Su-bin=Су_Бин Ye-jin=Е_Джин`),
    s: words('Hwang=Хван Hong=Хон Baek=Пэк Ahn=Ан Ryu=Рю Bae=Пэ Noh=Но Yoo=Ю Heo=Хо Cha=Ча Ko=Ко'),
  },
  cn: {
    m: words('Tao=Тао Bin=Бинь Peng=Пэн Chao=Чао Gang=Ган Xiang=Сян Kai=Кай Feng=Фэн Zhen=Чжэнь Dong=Дун'),
    f: words('Xiaohong=Сяохун Ting=Тин Lan=Лань Qing=Цин Juan=Цзюань Ying=Ин Xue=Сюэ Rui=Жуй Lili=Лили'),
    s: words('Lin=Линь Gao=Гао Luo=Ло Zheng=Чжэн Liang=Лян Tang=Тан Deng=Дэн Cao=Цао Zeng=Цзэн Xie=Се Hu=Ху Yuan=Юань'),
  },
  ar: {
    m: words(`Hamdan=Хамдан Tariq=Тарик Mansour=Мансур Jassim=Джасим Humaid=Хумейд Saif=Саиф Waleed=Валид
      Marwan=Марван Nasser=Насер Adel=Адель Hazza=Хазза`),
    f: words('Amna=Амна Maitha=Майта Moza=Моза Salama=Салама Shaikha=Шейха Hind=Хинд Asma=Асма Meera=Мира'),
    s: words(`Al_Mazrouei=Аль-Мазруи Al_Hammadi=Аль-Хаммади Al_Marri=Аль-Марри Al_Kaabi=Аль-Кааби
      Al_Blooshi=Аль-Блуши Al_Muhairi=Аль-Мухейри Al_Qubaisi=Аль-Кубейси Al_Hosani=Аль-Хосани
      Al_Romaithi=Аль-Румейти Lootah=Лута Bin_Sulayem=Бин_Сулайем`),
  },
};
// Korean diaspora (Koryo-saram) carry Russian given names.
NAMES.ko.m = NAMES.ru.m;
NAMES.ko.f = NAMES.ru.f;

const CYR_NATIVE: readonly Eth[] = ['ru', 'ua', 'ko', 'kz', 'ky', 'tj'];
const FOREIGN: readonly Eth[] = ['tm', 'tr', 'az', 'af', 'kr', 'cn', 'ar'];
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

const NICKS_BASE: Partial<Record<Orth, string[]>> = {
  ru: words(`Борода/m Седой/m Прораб/m Баха/m Зайка/f Бизнесмен/m Мамаша/f Турок/m Арбуз/m Блондинка/f Кореец/m
    Шустрый/m Кент/m Артист/m Дед/m Лиса/f Кукла/f Малая/f Принцесса/f`),
  en: words('Doc Shorty Tiger Blondie/f Smiley Captain/m Ghost Sultan/m Professor Baby_Face Queenie/f Mama_Bear/f'),
  kk: words('Бастық/m Қасқыр/m Ұзын Тентек Мырза/m Шашты Балуан/m Аппақ/f Сұлу/f Бөпе/f'),
  ky: words('Бөрү/m Узун Кожоюн/m Жолборс/m Кызыл Тайке/m Шайтан Сулуу/f Кичинекей/f'),
  uz: words("Xo'jayin/m Bo'ri/m Sariq Tulki Ustoz/m Mirzo/m Polvon/m Qo'g'irchoq/f Oppoq/f"),
  tg: words('Гург/m Калон/m Устод/m Сафед Сардор/m Паҳлавон/m Тӯтӣ/f Лӯхтак/f'),
  tr: words('Kurt/m Paşa/m Sultan Deli Tilki Usta/m Prenses/f Bebek/f'),
};
/** Nicknames may carry /m or /f: they are then given only to men or only to women. */
const nickMap =
  (convert: (s: string) => string) =>
  (entry: string): string => {
    const [w, g] = entry.split('/');
    return convert(w) + (g ? '/' + g : '');
  };
const NICKS: Record<Orth, string[]> = {
  ru: NICKS_BASE.ru ?? [],
  en: NICKS_BASE.en ?? [],
  kk: NICKS_BASE.kk ?? [],
  kkl: (NICKS_BASE.kk ?? []).map(nickMap(kkLatin)),
  ky: NICKS_BASE.ky ?? [],
  uz: NICKS_BASE.uz ?? [],
  uzc: (NICKS_BASE.uz ?? []).map(nickMap(uzToCyr)),
  tg: NICKS_BASE.tg ?? [],
  tr: NICKS_BASE.tr ?? [],
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
  ru: { kz: 22, ky: 15, uz: 18, tj: 15, ru: 11, ua: 3, ko: 5, az: 3, tm: 4, tr: 2, af: 2 },
  en: { kz: 12, ky: 10, uz: 13, tj: 10, ru: 6, ua: 2, ko: 3, tr: 8, kr: 8, cn: 6, ar: 7, af: 6, tm: 6, az: 3 },
  kk: { kz: 70, ru: 8, uz: 7, ky: 5, ko: 5, cn: 2, tr: 3 },
  kkl: { kz: 85, ru: 8, ko: 7 },
  ky: { ky: 74, kz: 5, uz: 9, tj: 4, ru: 5, tr: 3 },
  uz: { uz: 76, tj: 6, kz: 4, ky: 4, ru: 4, tr: 3, ar: 3 },
  uzc: { uz: 80, tj: 7, kz: 4, ru: 9 },
  tg: { tj: 78, uz: 8, ru: 6, af: 8 },
  tr: { tr: 45, tm: 13, uz: 10, kz: 7, ky: 7, az: 9, af: 5, ar: 4 },
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
  const year =
    extra === 'minor'
      ? int(2006, 2010)
      : extra === 'young'
        ? int(1998, 2005)
        : extra === 'old'
          ? int(1962, 1978)
          : int(1967, 2005);
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
      apos: pick(["'", "'", "'", 'ʻ', '‘', '’', '`']),
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
  if (!['ru', 'ua', 'kz', 'ky', 'uz', 'tj', 'tm', 'az'].includes(eth)) return s;
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
    if (!p.nick.has(orth)) {
      const fitting = NICKS[orth].filter((n) => !n.endsWith(p.g === 'm' ? '/f' : '/m'));
      p.nick.set(orth, pick(fitting).replace(/\/[mf]$/, ''));
    }
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
};

function phone(cc: string): string {
  const n = digits(7);
  const a = n.slice(0, 3);
  const b = n.slice(3, 5);
  const c = n.slice(5);
  const m = digits(6);
  switch (cc) {
    case 'kz':
    case 'ru': {
      const op =
        cc === 'kz'
          ? pick([
              '700',
              '701',
              '702',
              '705',
              '706',
              '707',
              '708',
              '747',
              '750',
              '760',
              '771',
              '775',
              '776',
              '777',
              '778',
            ])
          : pick([
              '901',
              '904',
              '906',
              '912',
              '917',
              '919',
              '927',
              '929',
              '950',
              '958',
              '963',
              '968',
              '977',
              '981',
              '996',
            ]);
      return pick([
        `+7 (${op}) ${a} ${b} ${c}`,
        `+7 ${op} ${a}-${b}-${c}`,
        `8 ${op} ${a} ${b} ${c}`,
        `8(${op})${a}-${b}-${c}`,
        `+7${op}${n}`,
        `8${op}${n}`,
        `7${op}${n}`,
        `+7 ${op} ${n}`,
        `8 ${op} ${a} ${b}${c}`,
        `+7-${op}-${a}-${n.slice(3)}`,
        `8 (${op}) ${a} - ${b} - ${c}`,
        `+7  ${op}  ${a} ${b} ${c}`,
      ]);
    }
    case 'kzl':
      return pick([
        `8 (727) 3${n.slice(0, 2)}-${b}-${c}`,
        `+7 7172 ${n.slice(1, 3)} ${b} ${c}`,
        `8 7252 ${n.slice(1, 3)}-${b}-${c}`,
        `8(7132) ${n.slice(1, 3)}-${b}-${c}`,
        `8 (7222) ${n.slice(1, 3)}-${b}-${c}`,
      ]);
    case 'rul':
      return pick([`+7 (499) ${a}-${b}-${c}`, `8 (383) ${a}-${b}-${c}`, `+7 (3452) ${n.slice(1, 3)}-${b}-${c}`]);
    case 'kg': {
      const op = pick([
        '500',
        '501',
        '505',
        '507',
        '550',
        '551',
        '554',
        '557',
        '703',
        '704',
        '706',
        '709',
        '773',
        '779',
      ]);
      return pick([
        `+996 ${op} ${m.slice(0, 3)} ${m.slice(3)}`,
        `+996 (${op}) ${m.slice(0, 3)}-${m.slice(3)}`,
        `0${op} ${m.slice(0, 2)} ${m.slice(2, 4)} ${m.slice(4)}`,
        `0 (${op}) ${m.slice(0, 3)}-${m.slice(3)}`,
        `+996${op}${m}`,
        `996 ${op} ${m}`,
        `0${op}-${m.slice(0, 2)}-${m.slice(2, 4)}-${m.slice(4)}`,
      ]);
    }
    case 'kgl':
      return pick([
        `+996 (312) ${m.slice(0, 2)}-${m.slice(2, 4)}-${m.slice(4)}`,
        `0 (3222) ${m.slice(1, 3)}-${m.slice(3)}`,
      ]);
    case 'uz': {
      const op = pick(['90', '91', '93', '94', '95', '97', '98', '99', '33', '88', '50', '77', '20']);
      return pick([
        `+998 ${op} ${a} ${b} ${c}`,
        `+998 (${op}) ${a}-${b}-${c}`,
        `+998${op}${n}`,
        `+998-${op}-${a}-${b}-${c}`,
        `(${op}) ${a} ${b} ${c}`,
        `${op}-${a}-${b}-${c}`,
        `998 ${op} ${n}`,
        `+998 ${op} ${a}${b}${c}`,
      ]);
    }
    case 'uzl':
      return pick([
        `+998 71 2${n.slice(1, 3)}-${b}-${c}`,
        `(71) 2${n.slice(1, 3)} ${b} ${c}`,
        `+998 (66) 2${n.slice(1, 3)}-${b}-${c}`,
      ]);
    case 'tj': {
      const op = pick(['90', '91', '92', '93', '98', '99', '55', '50', '88', '00', '11', '77', '70']);
      return pick([
        `+992 ${op} ${a} ${n.slice(3)}`,
        `+992 (${op}) ${a}-${b}-${c}`,
        `+992${op}${n}`,
        `(+992) ${op}-${a}-${b}${c}`,
        `${op} ${a} ${b} ${c}`,
        `+992 ${op}${n.slice(0, 1)} ${n.slice(1, 3)} ${n.slice(3, 5)} ${n.slice(5)}`,
        `992-${op}-${n}`,
      ]);
    }
    case 'tjl':
      return pick([`+992 37 2${n.slice(1, 3)}-${b}-${c}`, `8 (3422) ${n.slice(2, 3)}-${b}-${c}`]);
    case 'tm': {
      const op = pick(['61', '62', '63', '64', '65', '71']);
      return pick([
        `+993 ${op} ${m.slice(0, 2)}-${m.slice(2, 4)}-${m.slice(4)}`,
        `+993${op}${m}`,
        `8 ${op} ${m}`,
        `+993 (${op}) ${m}`,
      ]);
    }
    case 'tr': {
      const op = pick([
        '530',
        '531',
        '535',
        '537',
        '538',
        '541',
        '543',
        '545',
        '546',
        '549',
        '551',
        '552',
        '554',
        '559',
        '501',
      ]);
      return pick([
        `+90 ${op} ${a} ${b} ${c}`,
        `0 ${op} ${a} ${b} ${c}`,
        `0(${op}) ${a} ${b} ${c}`,
        `+90 (${op}) ${a}-${b}-${c}`,
        `0${op} ${a} ${b}${c}`,
        `+90${op}${n}`,
        `0${op}${n}`,
        `0-${op}-${a}-${b}-${c}`,
      ]);
    }
    case 'trl':
      return pick([`0212 ${a} ${b} ${c}`, `+90 (216) ${a} ${b} ${c}`, `0 (242) ${a} ${b} ${c}`]);
    case 'ae': {
      const op = pick(['50', '52', '54', '55', '56', '58']);
      return pick([
        `+971 ${op} ${a} ${n.slice(3)}`,
        `+971-${op}-${n}`,
        `0${op} ${a} ${n.slice(3)}`,
        `0${op}-${a}-${n.slice(3)}`,
        `00971 ${op} ${n}`,
        `+971 (0)${op} ${a} ${n.slice(3)}`,
      ]);
    }
    case 'ael':
      return pick([`+971 4 ${a} ${n.slice(3)}`, `04 ${a} ${n.slice(3)}`, `+971 2 ${a} ${n.slice(3)}`]);
    case 'kr': {
      const k = digits(8);
      return pick([
        `+82 10-${k.slice(0, 4)}-${k.slice(4)}`,
        `010-${k.slice(0, 4)}-${k.slice(4)}`,
        `+82 (0)10 ${k.slice(0, 4)} ${k.slice(4)}`,
        `010 ${k.slice(0, 4)} ${k.slice(4)}`,
        `+8210${k}`,
      ]);
    }
    case 'cn': {
      const op = pick(['133', '136', '151', '152', '157', '180', '187', '189']);
      const k = digits(8);
      return pick([
        `+86 ${op} ${k.slice(0, 4)} ${k.slice(4)}`,
        `+86-${op}-${k.slice(0, 4)}-${k.slice(4)}`,
        `${op}${k}`,
        `+86 ${op}${k}`,
      ]);
    }
    case 'ua': {
      const op = pick(['50', '63', '66', '68', '73', '95', '96', '98', '99']);
      return pick([`+380 ${op} ${a} ${b} ${c}`, `+38 (0${op}) ${a}-${b}-${c}`, `0${op}-${a}-${b}-${c}`]);
    }
    case 'az': {
      const op = pick(['50', '51', '55', '70', '77', '99', '10']);
      return pick([
        `+994 ${op} ${a} ${b} ${c}`,
        `+994 (${op}) ${a}-${b}-${c}`,
        `0${op} ${a} ${b} ${c}`,
        `(0${op}) ${a}-${b}-${c}`,
      ]);
    }
    case 'af': {
      const op = pick(['70', '72', '73', '74', '76', '78', '79']);
      return pick([
        `+93 ${op} ${a} ${n.slice(3)}`,
        `+93 (0)${op} ${a} ${n.slice(3)}`,
        `0${op} ${a} ${n.slice(3)}`,
        `0093 ${op} ${n}`,
      ]);
    }
    default:
      throw new Error(`no phone format for ${cc}`);
  }
}

// National identifiers (check-digit helpers as in the earlier batches) ----------------------------------------------

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
/** An IIN whose last digit does not match its check sum (the snippet says so). */
function iinBadCheck(p: Persona): string {
  const good = iin(p);
  const last = Number(good[11]);
  return good.slice(0, 11) + String((last + int(1, 9)) % 10);
}
const kgPin = (p: Persona): string => (p.g === 'm' ? '2' : '1') + pad(p.dob[2]) + pad(p.dob[1]) + p.dob[0] + digits(5);
function pinflCheck(body: string): number {
  const w = [7, 3, 1];
  return body.split('').reduce((s, x, i) => s + Number(x) * w[i % 3], 0) % 10;
}
function pinflBody(p: Persona): string {
  const first = (p.dob[0] >= 2000 ? (p.g === 'm' ? 5 : 6) : p.g === 'm' ? 3 : 4) + pad(p.dob[2]) + pad(p.dob[1]);
  return first + pad(p.dob[0] % 100) + pick(['264', '265', '270', '276', '282', '295', '303', '318']) + digits(3);
}
function pinfl(p: Persona): string {
  const body = pinflBody(p);
  return body + pinflCheck(body);
}
function pinflBad(p: Persona): string {
  const body = pinflBody(p);
  return body + String((pinflCheck(body) + int(1, 9)) % 10);
}
const tjInn = (): string => String(int(1, 9)) + digits(8);
function tcDigits(): number[] {
  const d = [int(1, 9), ...Array.from({ length: 8 }, () => int(0, 9))];
  const d10 = ((((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10) + 10) % 10;
  const d11 = (d.reduce((s, x) => s + x, 0) + d10) % 10;
  return [...d, d10, d11];
}
const tcKimlik = (): string => tcDigits().join('');
function tcBad(): string {
  const d = tcDigits();
  d[10] = (d[10] + int(1, 9)) % 10;
  return d.join('');
}
function snils(): string {
  const ds = Array.from({ length: 9 }, () => int(0, 9));
  ds[0] = int(1, 9);
  const sum = ds.reduce((s, x, i) => s + x * (9 - i), 0);
  let cs = sum < 100 ? sum : sum === 100 || sum === 101 ? 0 : sum % 101;
  if (cs === 100) cs = 0;
  const t = ds.join('');
  return pick([
    `${t.slice(0, 3)}-${t.slice(3, 6)}-${t.slice(6)} ${pad(cs)}`,
    `${t.slice(0, 3)}-${t.slice(3, 6)}-${t.slice(6)}-${pad(cs)}`,
  ]);
}
function ruInn(): string {
  const ds = [int(1, 9), ...Array.from({ length: 9 }, () => int(0, 9))];
  const w1 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8];
  const n11 = (ds.reduce((s, x, i) => s + x * w1[i], 0) % 11) % 10;
  const w2 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8];
  const n12 = ([...ds, n11].reduce((s, x, i) => s + x * w2[i], 0) % 11) % 10;
  return [...ds, n11, n12].join('');
}
/** South Korean alien registration number of a foreign worker (7th digit 5-8). */
function krArc(p: Persona): string {
  const [y, mo, d] = p.dob;
  const g = y >= 2000 ? (p.g === 'm' ? 7 : 8) : p.g === 'm' ? 5 : 6;
  return `${pad(y % 100)}${pad(mo)}${pad(d)}-${g}${digits(6)}`;
}
/** Emirates ID: 784-year of birth-seven digits-Luhn digit. */
function emiratesId(p: Persona): string {
  const body = '784' + p.dob[0] + digits(7);
  const full = luhnComplete(body);
  return pick([`${full.slice(0, 3)}-${full.slice(3, 7)}-${full.slice(7, 14)}-${full.slice(14)}`, full]);
}

function nationalId(kind: string, p: Persona): string {
  switch (kind) {
    case 'iin':
      return iin(p);
    case 'iinbad':
      return iinBadCheck(p);
    case 'kgpin':
      return kgPin(p);
    case 'pinfl':
      return pinfl(p);
    case 'pinflbad':
      return pinflBad(p);
    case 'tjinn':
      return tjInn();
    case 'tc':
      return tcKimlik();
    case 'tcbad':
      return tcBad();
    case 'snils':
      return snils();
    case 'rinn':
      return ruInn();
    case 'arc':
      return krArc(p);
    case 'eid':
      return emiratesId(p);
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
      return pick([`N${digits(8)}`, `N${digits(8)}`, `N ${digits(8)}`]);
    case 'kg':
      return pick([`AC${digits(7)}`, `AN${digits(7)}`, `ID${digits(7)}`, `AC ${digits(7)}`]);
    case 'uz':
      return pick(['AA', 'AB', 'AC', 'AD', 'AE', 'FA', 'FB', 'KA']) + pick(['', '', ' ']) + digits(7);
    case 'tj':
      return pick([`40${digits(7)}`, `41${digits(7)}`, `50${digits(7)}`]);
    case 'ru':
      return pick([`${digits(2)} ${digits(2)} ${digits(6)}`, `${digits(4)} ${digits(6)}`, `${digits(4)}${digits(6)}`]);
    case 'rus':
      return pick([
        `${digits(2)} ${digits(2)} № ${digits(6)}`,
        `${digits(4)} №${digits(6)}`,
        `${digits(4)} № ${digits(6)}`,
      ]);
    case 'ruz':
      return pick([`${digits(2)} ${digits(7)}`, `${digits(2)}№${digits(7)}`]);
    case 'ua':
      return pick(['FA', 'FB', 'FE', 'FK', 'FM', 'EP']) + digits(6);
    case 'tm':
      return `A${digits(7)}`;
    case 'tr':
      return pick([`U${digits(8)}`, `U ${digits(8)}`, `S${digits(8)}`]);
    case 'az':
      return pick([`C${digits(8)}`, `AA${digits(7)}`]);
    case 'af':
      return `P${digits(8)}`;
    case 'kr':
      return pick([`M${digits(8)}`, `M${digits(3)}${upLetters(1, 'ABCDEFGHJK')}${digits(4)}`]);
    case 'cn':
      return pick([`E${digits(8)}`, `EA${digits(7)}`, `EJ${digits(7)}`]);
    case 'ae':
      return `${pick(['A', 'B', 'P'])}${digits(7)}`;
    default:
      throw new Error(`no passport format for ${cc}`);
  }
}

// Payment cards and accounts -------------------------------------------------------------------------------------

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

const CARD_BINS: Record<string, string[]> = {
  visa: ['400303', '427638', '446300', '458450', '476173'],
  mc: ['510621', '522860', '535689', '547901', '552186'],
  mir: ['220001', '220030', '220412', '220077'],
  humo: ['986003', '986006', '986010', '986027'],
  uzcard: ['860006', '860030', '860051', '860033'],
  elcart: ['941710', '941720', '941745'],
  troy: ['979206', '979215', '979280'],
  cup: ['622202', '621700', '625907'],
};

/** A card number; `masked` cards keep at least eight digits in view and are still labelled. */
function card(kind: string): string {
  const key = kind === 'any' ? pick(Object.keys(CARD_BINS)) : kind;
  const pre = pick(CARD_BINS[key]);
  const num = luhnComplete(pre + digits(15 - pre.length));
  const g = num.match(/.{4}/g) as string[];
  switch (weighted({ spaced: 46, compact: 22, dashed: 10, masked: 22 })) {
    case 'spaced':
      return g.join(' ');
    case 'compact':
      return num;
    case 'dashed':
      return g.join('-');
    default:
      return pick([
        `${g[0]}${g[1].slice(0, 2)}******${g[3]}`,
        `${g[0]} ${g[1]} **** ${g[3]}`,
        `${g[0]} XXXX XXXX ${g[3]}`,
        `**** ${g[1]} ${g[2]} ${g[3]}`,
        `${g[0]} ${g[1].slice(0, 2)}XX XXXX ${g[3]}`,
      ]);
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
  let bban: string;
  switch (C) {
    case 'KZ':
      bban = pick(['856', '914', '947', '319', '722', '965', '826']) + digits(13);
      break;
    case 'TR':
      bban = pick(['00015', '00032', '00046', '00059', '00099', '00205', '00134']) + '0' + digits(16);
      break;
    case 'AE':
      bban = pick(['026', '030', '033', '035', '044', '046']) + digits(16);
      break;
    case 'AZ':
      bban = pick(['NABZ', 'IBAZ', 'AIIB', 'PAHA']) + digits(20);
      break;
    case 'UA':
      bban = pick(['305299', '322001', '320649', '300528']) + digits(19);
      break;
    default:
      throw new Error(`no IBAN format for ${cc}`);
  }
  const full = C + pad(98 - mod97(bban + C + '00')) + bban;
  const spaced = (full.match(/.{1,4}/g) as string[]).join(' ');
  switch (weighted({ spaced: 42, compact: 36, lower: 12, lowerSpaced: 10 })) {
    case 'spaced':
      return spaced;
    case 'compact':
      return full;
    case 'lower':
      return full.toLowerCase();
    default:
      return spaced.toLowerCase();
  }
}

// Addresses ------------------------------------------------------------------------------------------------------

const hn = (): string =>
  String(pick([int(1, 30), int(1, 60), int(61, 199)])) + (chance(0.12) ? pick(['а', 'б', '/2', '/4', 'В']) : '');
const hnLat = (): string =>
  String(pick([int(1, 30), int(1, 90), int(91, 260)])) + (chance(0.1) ? pick(['B', '/2']) : '');
const apt = (): number => int(1, 240);

const RU_ST = words(`Жарокова Шагабутдинова Наурызбай_батыра Мынбаева Утеген_батыра Байзакова Жамбыла Маркова Исаева
  Радостовца Зенкова Шарипова Брусиловского Саина Момышулы Иманова Бокейхана Жубанова Алиханова Кабдолова
  Токомбаева Юнусалиева Тыныстанова Логвиненко Суеркулова Усенбаева Медерова Салиевой Льва_Толстого Кулатова
  Назыма_Хикмета
  Лабзак Кушбеги Авиасозлар`);
const RU_ADJ = words(
  'Огородная Пролетарская Кооперативная Почтовая Береговая Рабочая Трудовая Вокзальная Полевая Лесная',
);
const RU_PR = words('Райымбека Сарыарка Тауелсиздик Аблайхана Победы Эркиндик Шахрисабз Сайрам');
const RU_MKR = words(
  'Таугуль-2 Калкаман-2 Учкун Кара-Жыгач Улан-2 Арча-Бешик Кок-Жиек Шанырак-2 Нуркент Мадениет Коктем-1',
);
const RU_CITY =
  words(`Сатпаев Риддер Кокшетау Уральск Костанай Петропавловск Жезказган Экибастуз Темиртау Кентау Аркалык
  Степногорск Балыкчы Чолпон-Ата Кара-Куль Таш-Кумыр Бишкек Ош Коканд Маргилан Чирчик Исфара Худжанд`);
const RU_VILLAGE = words('Иргели Тургень Кеген Шелек Есик Бостери Чалдовар Беловодское Кызыл-Туу Ноокен');
const RU_PEREULOK = words('Тихий Каменный Кустанайский Ореховый Школьный_2-й');
const RUS_CITY = words('Красноярск Нефтеюганск Мытищи Королёв Балашиха Химки Люберцы Иркутск Омск Челябинск Пермь');
const RUS_ST = words(`Белинского Щорса Чкалова Мамина-Сибиряка Дзержинского Энгельса Кирова Новогиреевская Перовская
  Красноармейская Братиславская Полярная Вешняковская Южнобутовская`);

const prepAdj = (adj: string): string => adj.replace(/([жшчщ])ая$/, '$1ей').replace(/ая$/, 'ой');

function addrRu(): string {
  const st = () => (chance(0.8) ? `ул. ${pick(RU_ST)}` : `${pick(RU_ADJ)} ул.`);
  return pick([
    () => `г. ${pick(RU_CITY)}, ${st()}, д. ${hn()}, кв. ${apt()}`,
    () => `${st()}, ${hn()}, кв. ${apt()}`,
    () => `ул.${pick(RU_ST)} ${hn()}/${apt()}`,
    () => `мкр ${pick(RU_MKR)}, д.${int(1, 70)}, кв.${apt()}`,
    () => `пр. ${pick(RU_PR)} ${hn()}-${apt()}`,
    () => `г. ${pick(RU_CITY)}, мкр. ${pick(RU_MKR)} ${int(1, 70)}, кв. ${apt()}`,
    () => `${pick(RU_CITY)}, ${pick(RU_ADJ)} ул., д. ${hn()}`,
    () => `п. ${pick(RU_VILLAGE)}, ул. ${pick(RU_ST)}, ${int(1, 120)}`,
    () => `с. ${pick(RU_VILLAGE)}, пер. ${pick(RU_PEREULOK)} ${int(1, 60)}`,
    () => `ул. ${pick(RU_ST)}, д. ${hn()}, корп. ${int(1, 4)}, кв. ${apt()}`,
    () => `пр-т ${pick(RU_PR)}, д. ${hn()}`,
  ])();
}
/** After на / по: the street word itself is inflected. */
function addrRuNa(): string {
  return pick([
    () => `улице ${pick(RU_ST)}, ${hn()}`,
    () => `улице ${pick(RU_ST)}, д. ${hn()}, кв. ${apt()}`,
    () => `${prepAdj(pick(RU_ADJ))} улице, дом ${hn()}`,
    () => `проспекте ${pick(RU_PR)}, ${hn()}, кв. ${apt()}`,
    () => `ул. ${pick(RU_ST)} ${hn()}, кв. ${apt()}`,
    () => `улице ${pick(RU_ST)} ${hn()}-${apt()}`,
  ])();
}
/** After в: the house or flat comes first. */
function addrRuV(): string {
  return pick([
    () => `доме ${hn()} по улице ${pick(RU_ST)}`,
    () => `квартире ${apt()} дома ${hn()} по ул. ${pick(RU_ST)}`,
    () => `доме № ${hn()} по ${prepAdj(pick(RU_ADJ))} улице`,
    () => `микрорайоне ${pick(RU_MKR)}, д. ${int(1, 70)}, кв. ${apt()}`,
  ])();
}
function addrRussia(): string {
  return pick([
    () => `г. ${pick(RUS_CITY)}, ул. ${pick(RUS_ST)}, д. ${hn()}, кв. ${apt()}`,
    () => `ул. ${pick(RUS_ST)}, д. ${int(1, 90)}, корп. ${int(1, 6)}, кв. ${apt()}`,
    () => `${pick(RUS_CITY)}, ул. ${pick(RUS_ST)} ${hn()}`,
    () => `г. Москва, ул. ${pick(RUS_ST)}, д. ${int(1, 90)}, стр. ${int(1, 8)}`,
    () => `ул. ${pick(RUS_ST)}, ${int(1, 90)}к${int(1, 4)}, кв. ${apt()}`,
  ])();
}
const RU_UZ_MASSIV = words('Каракамыш Ялангач Кадышева Кара-Су Феруза Бешагач');
const RU_UZ_DISTRICT = words('Мирабадский Бектемирский Янгихаётский');
function addrRuUz(): string {
  return pick([
    () =>
      `г. Ташкент, ${pick(RU_UZ_DISTRICT)} р-н, ул. ${pick(['Лабзак', 'Кушбеги', 'Авиасозлар'])}, д. ${hn()}, кв. ${apt()}`,
    () => `массив ${pick(RU_UZ_MASSIV)}, д. ${int(1, 60)}, кв. ${apt()}`,
    () => `${pick(RU_UZ_MASSIV)}-${int(1, 4)}, д. ${int(1, 60)}, кв. ${apt()}`,
  ])();
}

const KK_ST = words(`Мынбаев Байзақов Наурызбай_батыр Өтеген_батыр Бейбітшілік Момышұлы Мұхамедханов Шоқан_Уәлиханов
  Ғабит_Мүсірепов Сүйінбай Мұқағали_Мақатаев Жұбанов Қарасай_батыр Тәуке_хан Шәмші_Қалдаяқов Ақан_сері Есет_батыр`);
const KK_CITY = words(
  'Сәтбаев Риддер Көкшетау Орал Қостанай Петропавл Жезқазған Екібастұз Теміртау Кентау Арқалық Талғар',
);
const KK_MKR = words('Таугүл-2 Қалқаман-2 Шаңырақ-2 Нұркент Мәдениет Көктем-1 Алмагүл');
const KK_VILLAGE = words('Кеген Шелек Есік Түрген Бесағаш');
const KK_AVE = words('Рысқұлов Сарыарқа Республика Шәкәрім');
function addrKk(loc: boolean): string {
  const end = (s: string) => (loc ? kkSuffix(s, 'loc') : s);
  return pick([
    () => `${pick(KK_CITY)} қ., ${pick(KK_ST)} к-сі, ${hn()}-үй, ${end(`${apt()}-пәтер`)}`,
    () => `${pick(KK_CITY)} қаласы, ${pick(KK_ST)} көшесі ${hn()}, ${end(`${apt()} пәтер`)}`,
    () => `${pick(KK_ST)} көшесі, ${hn()} үй, ${end(`${apt()} пәтер`)}`,
    () => `${pick(KK_ST)} көшесі, ${end(`${hn()}-үй`)}`,
    () => `${pick(KK_MKR)} ш/а, ${int(1, 70)}-үй, ${end(`${apt()}-пәтер`)}`,
    () => `${pick(KK_VILLAGE)} ауылы, ${pick(KK_ST)} көшесі, ${end(`${int(1, 120)}-үй`)}`,
    () => `${pick(KK_AVE)} даңғылы, ${end(`${hn()}-үй`)}`,
  ])();
}

const KY_ST =
  words(`Токомбаев Горький Юнусалиев Тыныстанов Логвиненко Суеркулов Усенбаев Медеров Жукеев-Пудовкин Кулатов
  Айтматов Алымбек_Датка Зайнабидинов Анкара Малдыбаев`);
const KY_CITY = words('Балыкчы Чолпон-Ата Кара-Көл Сүлүктү Майлуу-Суу Таш-Көмүр Исфана Бишкек Ош');
const KY_VILLAGE = words('Бостери Чалдовар Беловодское Ак-Суу Кызыл-Туу Жети-Өгүз Көк-Жаңгак Ноокен');
const KY_MKR = words('Учкун Кара-Жыгач Улан-2 Арча-Бешик Кок-Жиек Жаңы-Жер Ак-Өргө Тендик');
function addrKy(loc: boolean): string {
  const end = (s: string) => (loc ? kySuffix(s, 'loc') : s);
  return pick([
    () => `${pick(KY_CITY)} ш., ${pick(KY_ST)} көч., ${end(`${hn()}-үй`)}`,
    () => `${pick(KY_CITY)} шаары, ${pick(KY_ST)} көчөсү, ${hn()}-үй, ${end(`${apt()}-батир`)}`,
    () => `${pick(KY_ST)} көчөсү ${hn()}, ${end(`${apt()}-батир`)}`,
    () => `${pick(KY_VILLAGE)} айылы, ${pick(KY_ST)} көчөсү, ${end(`${int(1, 120)}-үй`)}`,
    () => `${pick(KY_MKR)} кичирайону, ${int(1, 70)}-үй, ${end(`${apt()}-батир`)}`,
    () => `Эркиндик бульвары, ${end(`${hn()}-үй`)}`,
    () => `Тынчтык проспектиси, ${end(`${hn()}-үй`)}`,
  ])();
}

const UZ_ST = words(`Labzak Qo'shbegi Aviasozlar Beshyog'och Farg'ona_yo'li Bog'ibo'ston Taraqqiyot Abdulla_Qodiriy
  Zarqaynar Sag'bon Halqobod Tinchlik Do'stlik Ipak_yo'li Zarafshon Shahrisabz Bahoriston Usmon_Nosir`);
const UZ_CITY = words("Qo'qon Marg'ilon Chirchiq Angren Xiva Guliston Denov Shahrixon Olmaliq Toshkent");
const UZ_DISTRICT = words("Mirobod Bektemir Yangihayot Zangiota Qibray Bo'ka Oltiariq Quva");
const UZ_MAHALLA = words("Bo'ston Qoraqamish Ko'kcha Beltepa Yangiobod Chinor Oqtepa Ravot");
const UZ_VILLAGE = words("Xonobod Yangiqishloq Sho'rtepa Qumariq Olmazorcha");
function addrUz(loc: boolean): string {
  const end = (s: string) => (loc ? s + 'da' : s);
  return pick([
    () =>
      `${pick(UZ_CITY)} sh., ${pick(UZ_DISTRICT)} t., ${pick(UZ_ST)} ko'chasi, ${hnLat()}-uy, ${end(`${apt()}-xonadon`)}`,
    () => `${pick(UZ_ST)} ko'chasi, ${int(1, 90)}-uy, ${end(`${apt()}-xonadon`)}`,
    () => `${pick(UZ_MAHALLA)} MFY, ${pick(UZ_ST)} ko'chasi, ${end(`${int(1, 140)}-uy`)}`,
    () => `${int(1, 30)}-mavze, ${int(1, 60)}-uy, ${end(`${apt()}-xonadon`)}`,
    () =>
      loc
        ? `${pick(UZ_ST)} ko'chasi, ${end(`${int(1, 140)}-uy`)}`
        : `${pick(UZ_ST)} ko'ch., ${int(1, 140)}/${int(1, 12)}`,
    () => `${pick(UZ_VILLAGE)} qishlog'i, ${pick(UZ_ST)} ko'chasi, ${end(`${int(1, 90)}-uy`)}`,
  ])();
}

const TG_ST =
  words(`Нозим_Ҳикмат Бухоро Мирзо_Ризо Ҷаббор_Расулов Бофанда Ҳаким_Карим Борбад Сирдарё Неъмат_Қарабоев Фаровон
  Ломоносов Носири_Хусрав Турсун_Улҷабоев`);
const TG_CITY = words('Исфара Конибодом Нурек Роғун Данғара Душанбе Хуҷанд');
const TG_VILLAGE = words('Сангтӯда Навобод Қаротоғ Чоргул Хоҷаобод');
function addrTg(): string {
  return pick([
    () => `ш. ${pick(TG_CITY)}, кӯчаи ${pick(TG_ST)}, бинои ${int(1, 90)}, хонаи ${apt()}`,
    () => `кӯчаи ${pick(TG_ST)} ${int(1, 160)}, хонаи ${apt()}`,
    () => `кӯчаи ${pick(TG_ST)}, ${int(1, 160)}`,
    () => `деҳаи ${pick(TG_VILLAGE)}, кӯчаи ${pick(TG_ST)}, ${int(1, 90)}`,
    () => `ш. ${pick(TG_CITY)}, кӯчаи ${pick(TG_ST)} ${int(1, 160)}/${int(1, 9)}`,
    () => `микроноҳияи ${pick(['12', '19', '27', '34', '64'])}, бинои ${int(1, 40)}, хонаи ${apt()}`,
    () => `хиёбони ${pick(['Нисормуҳаммад', 'Дӯстӣ', 'Истиқлолият'])}, ${int(1, 120)}`,
  ])();
}

const TR_MAH = words(`Kocatepe Hürriyet Yenidoğan Selimiye Sümer Güneşli Kazlıçeşme Kuştepe Hamidiye Yavuztürk
  Akşemsettin Tevfikbey Şirinevler Örnek Kemalpaşa Esenkent`);
const TR_SOK = words(
  'Ihlamur Söğüt Kardelen Lavanta Manolya Orkide Şebboy Erguvan Leylak Sardunya Defne Mimoza Sümbül',
);
const TR_CAD = words(`Bağdat Halaskargazi Adnan_Menderes Necip_Fazıl Büyükdere Kıbrıs_Şehitleri Cemal_Gürsel Namık_Kemal
  Mithatpaşa Ziya_Gökalp Akdeniz`);
function addrTr(): string {
  return pick([
    () => `${pick(TR_MAH)} Mah. ${pick(TR_SOK)} Sok. No: ${int(1, 90)} D: ${int(1, 24)}`,
    () => `${pick(TR_MAH)} Mahallesi ${pick(TR_CAD)} Caddesi No:${int(1, 320)}/${int(1, 24)}`,
    () => `${pick(TR_MAH)} Mh. ${int(1001, 2999)}. Sk. No:${int(1, 90)} Daire:${int(1, 24)}`,
    () => `${pick(TR_CAD)} Cad. No: ${int(1, 320)} Kat: ${int(1, 9)} Daire: ${int(1, 24)}`,
    () => `${pick(TR_SOK)} Sokak No:${int(1, 90)} İç Kapı:${int(1, 24)}`,
    () => `${pick(TR_MAH)} Mah., ${int(1100, 1999)}/${int(1, 9)} Sk., No: ${int(1, 90)}`,
    () => `${pick(['Turgut Reis', 'Yeşilırmak', 'Kazım Dirik'])} Bulvarı No:${int(1, 200)} D:${int(1, 24)}`,
  ])();
}

const AE_BLDG = words(`Al_Attar_Tower Al_Waleed_Building Al_Murad_Tower Al_Shaiba_Building Bu_Haleeba_Building
  Al_Serkal_Building Oud_Metha_Tower Al_Zarooni_Building`);
const AE_ROAD = words(`Sheikh_Zayed_Road Al_Muteena_Street 2nd_December_Street Al_Wasl_Road Khalid_Bin_Al_Waleed_Road
  Al_Ittihad_Road Hamdan_Street Al_Falah_Street Electra_Street`);
const KR_ROAD = words(
  'Gojan-ro Seonbu-ro Hwajeong-ro Danwon-ro Banwol-ro Sinsi-ro Dongseo-ro Gwangdeok-ro Chungjang-ro',
);
const EN_ST = words(
  'Zharokov Baizakov Mynbaev Momyshuly Tokombaev Yunusaliev Logvinenko Labzak Qoshbegi Nazim_Hikmet Bofanda',
);
const EN_MKR = words('Taugul-2 Kalkaman-2 Uchkun Kok-Zhiek Shanyrak-2 Madeniet');
function addrEn(style: string): string {
  const ae = [
    () => `Flat ${int(101, 2408)}, ${pick(AE_BLDG)}, ${pick(AE_ROAD)}`,
    () => `Apartment ${int(101, 1906)}, ${pick(AE_BLDG)}, ${pick(AE_ROAD)}`,
    () => `${pick(AE_BLDG)}, Office ${int(101, 907)}, ${pick(AE_ROAD)}`,
    () => `Room ${int(1, 40)}, Labour Camp ${int(1, 9)}, ${pick(AE_ROAD)}`,
    () => `Villa No. ${int(1, 120)}, ${pick(AE_ROAD)}`,
  ];
  const kr = [
    () => `${int(1, 99)}, ${pick(KR_ROAD)} ${int(1, 60)}beon-gil, Room ${int(101, 509)}`,
    () => `${pick(KR_ROAD)} ${int(1, 199)}, ${int(101, 509)}-ho`,
    () => `Room ${int(101, 509)}, ${int(1, 199)} ${pick(KR_ROAD)}`,
  ];
  const ca = [
    () => `${hnLat()} ${pick(EN_ST)} Street, apt ${apt()}`,
    () => `apt. ${apt()}, ${hnLat()} ${pick(EN_ST)} St`,
    () => `${pick(EN_ST)} St. ${hnLat()}, flat ${apt()}`,
    () => `${pick(EN_MKR)} microdistrict, bldg ${int(1, 70)}, apt ${apt()}`,
  ];
  const aeh = [ae[0], ae[1], ae[4]];
  const table: Record<string, (() => string)[]> = { ae, aeh, kr, ca, en: [...ae, ...kr, ...ca] };
  return pick(table[style])();
}
function addrAeRu(): string {
  return pick([
    () =>
      `кв. ${int(101, 2408)}, здание ${pick(['Аль-Аттар Тауэр', 'Аль-Валид', 'Бу-Халиба'])}, ${pick(['Шейх Зайед Роуд', 'Аль-Мутина стрит', 'Хамдан стрит'])}`,
    () => `Flat ${int(101, 2408)}, ${pick(AE_BLDG)}, ${pick(AE_ROAD)}`,
  ])();
}

/** Apostrophe styles of Uzbek Latin: o'/g' letters first, then the tutuq belgisi. */
function uzApos(s: string, style: string): string {
  const [letter, other] =
    style === 'modifier'
      ? ['ʻ', 'ʼ']
      : style === 'quotes'
        ? ['‘', '’']
        : style === 'backtick'
          ? ['`', '`']
          : style === 'right'
            ? ['’', '’']
            : ["'", "'"];
  return s.replace(/([oOgG])'/g, `$1${letter}`).replace(/'/g, other);
}

function address(style: string): string {
  switch (style) {
    case 'ru':
      return addrRu();
    case 'ru_na':
      return addrRuNa();
    case 'ru_v':
      return addrRuV();
    case 'rus':
      return addrRussia();
    case 'ruuz':
      return addrRuUz();
    case 'aeru':
      return addrAeRu();
    case 'kk':
      return addrKk(false);
    case 'kk_loc':
      return addrKk(true);
    case 'kkl':
      return kkLatin(addrKk(false));
    case 'kkl_loc':
      return kkLatin(addrKk(true));
    case 'ky':
      return addrKy(false);
    case 'ky_loc':
      return addrKy(true);
    case 'uz':
      return addrUz(false);
    case 'uz_loc':
      return addrUz(true);
    case 'uzc':
      return uzToCyr(addrUz(false));
    case 'uzc_loc':
      return uzToCyr(addrUz(true));
    case 'tg':
      return addrTg();
    case 'tr':
      return addrTr();
    case 'ae':
    case 'aeh':
    case 'kr':
    case 'ca':
    case 'en':
      return addrEn(style);
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
    case 'dmyd':
      return `${dd}-${mm}-${y}`;
    case 'ocr':
      return pick([`${dd}. ${mm}. ${y}`, `${dd} .${mm}.${y}`, `${dd}.${mm} .${y}`, `${dd} ${mm} ${y}`]);
    case 'ord': {
      const sfx =
        d % 10 === 1 && d !== 11 ? 'st' : d % 10 === 2 && d !== 12 ? 'nd' : d % 10 === 3 && d !== 13 ? 'rd' : 'th';
      return pick([`${d}${sfx} of ${MONTHS.en[mi]} ${y}`, `${MONTHS.en[mi]} ${d}${sfx}, ${y}`]);
    }
    case 'soli':
      return `${d} ${MONTHS.tg[mi]}и соли ${y}`;
    case 'my':
      return orth === 'ru' ? `${MONTHS.ruPre[mi]} ${y}` : `${MONTHS.en[mi]} ${y}`;
    case 'dmyh':
      return orth === 'tr' ? `${dd}.${mm}.${y}'${trYearLoc(y)}` : `${dd}.${mm}.${y}-ж.`;
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
  const LAT = 'ABCDEFGHJKLMNPRSTUVWXYZ';
  switch (cc) {
    case 'kz': {
      const reg = pick(['01', '03', '04', '06', '08', '11', '12', '14', '15', '16', '18']);
      const d3 = digits(3);
      const l3 = upLetters(3, LAT);
      return pick([
        `${d3} ${l3} ${reg}`,
        `${d3}${l3}${reg}`,
        `${d3} ${l3} ${reg}`,
        `${pick(LAT.split(''))} ${d3} ${l3}`,
      ]);
    }
    case 'kg': {
      const reg = pick(['01', '02', '04', '07', '08', '09']);
      return pick([
        `${reg} ${digits(3)} ${upLetters(3, LAT)}`,
        `KG ${reg} ${digits(3)} ${upLetters(3, LAT)}`,
        `B ${digits(4)} ${upLetters(2, LAT)}`,
      ]);
    }
    case 'uz': {
      const reg = pick(['01', '20', '25', '30', '40', '60', '75', '80', '90']);
      return pick([
        `${reg} ${upLetters(1, LAT)} ${digits(3)} ${upLetters(2, LAT)}`,
        `${reg}${upLetters(1, LAT)}${digits(3)}${upLetters(2, LAT)}`,
        `${reg} ${digits(3)} ${upLetters(3, LAT)}`,
      ]);
    }
    case 'ru':
    case 'rul': {
      const l = upLetters(3, cc === 'ru' ? RU_L : 'ABEKMHOPCTYX');
      const reg = pick(['86', '186', '72', '74', '24', '38', '55', '59', '790', '197', '178']);
      const num = String(int(1, 999)).padStart(3, '0');
      return pick([
        `${l[0]}${num}${l.slice(1)}${reg}`,
        `${l[0]} ${num} ${l.slice(1)} ${reg}`,
        `${l[0]}${num}${l.slice(1)} ${reg}`,
      ]);
    }
    case 'tj':
      return pick([
        `${digits(4)} ${upLetters(2, LAT)} ${pick(['01', '02', '03', '04'])}`,
        `${digits(4)}${upLetters(2, LAT)}${pick(['01', '03'])}`,
      ]);
    case 'tr': {
      const il = pick(['01', '07', '16', '26', '33', '34', '35', '42', '55', '61']);
      const k = int(1, 3);
      const num = digits(k === 1 ? 4 : k === 2 ? pick([3, 4]) : 3);
      const TR_L = 'ABCDEFGHJKLMNPRSTUVYZ';
      return pick([`${il} ${upLetters(k, TR_L)} ${num}`, `${il}${upLetters(k, TR_L)}${num}`]);
    }
    case 'ae':
      return pick([
        `${upLetters(1, 'ABCDEFGHIJKLMNOPQRSTU')} ${int(10000, 99999)}`,
        `${int(1, 21)} ${int(1000, 99999)}`,
      ]);
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
      `${g}${s.slice(0, 3)}`,
      `${g}.${s}.${yy}`,
      `${s}${g.slice(0, 1)}`,
      `${g}__${int(10, 99)}`,
      `${g}_${pick(['kz', 'kg', 'uz', 'tj', 'msk', 'dxb', 'ist'])}`,
      `${pick(['mrs', 'lady', 'iam', 'hey', 'just'])}.${g}`,
      `${g}${p.dob[0]}`,
      `${g.slice(0, 1)}_${s}`,
      `${s}.${g}_${pick(['jobs', 'trip', 'biz', 'shop'])}`,
      `${g}${s}${int(1, 9)}`,
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
      return tg;
    case 'ig':
      return pick(['https://instagram.com/', 'www.instagram.com/', 'instagram.com/']) + base;
    case 'tt':
      return pick(['https://www.tiktok.com/@', 'tiktok.com/@']) + base;
    case 'vk':
      return pick([`https://vk.com/id${int(10, 99)}${digits(7)}`, `vk.com/${tg}`]);
    case 'fb':
      return pick([`https://m.facebook.com/${base.replace(/_+/g, '.')}`, `fb.com/${base.replace(/_+/g, '.')}`]);
    case 'ok':
      return `https://ok.ru/profile/${pick(['56', '57', '58'])}${digits(10)}`;
    case 'tme':
      return pick(['https://t.me/', 't.me/', 'telegram.me/']) + tg;
    case 'yt':
      return pick(['https://www.youtube.com/@', 'youtube.com/@']) + tg;
    case 'x':
      return pick(['https://x.com/', 'x.com/', 'https://twitter.com/']) + tg.slice(0, 15);
    default:
      throw new Error(`unknown handle kind ${kind}`);
  }
}

const MAIL_DOMAINS: Partial<Record<Eth, string[]>> = {
  ru: ['ya.ru', 'list.ru', 'mail.ru', 'yandex.ru', 'gmail.com'],
  kz: ['mail.ru', 'gmail.com', 'bk.ru', 'inbox.ru', 'mail.kz'],
  ky: ['gmail.com', 'mail.ru', 'inbox.ru', 'list.ru'],
  uz: ['gmail.com', 'mail.ru', 'yandex.ru', 'icloud.com'],
  tj: ['mail.ru', 'gmail.com', 'bk.ru', 'yandex.ru'],
  tr: ['gmail.com', 'hotmail.com', 'yahoo.com', 'icloud.com'],
  kr: ['naver.com', 'hanmail.net', 'gmail.com'],
  cn: ['qq.com', '163.com', '126.com'],
  ar: ['gmail.com', 'outlook.com', 'icloud.com'],
  ua: ['ukr.net', 'gmail.com', 'i.ua'],
};
function email(p: Persona): string {
  if (!p.email) {
    const { g, s } = latinBits(p);
    const dom = pick(MAIL_DOMAINS[p.eth] ?? ['gmail.com', 'mail.ru', 'yahoo.com']);
    const yy = pad(p.dob[0] % 100);
    p.email = pick([
      `${g}${s}@${dom}`,
      `${s}.${g.slice(0, 1)}@${dom}`,
      `${g}.${s}${int(1, 99)}@${dom}`,
      `${g}_${yy}${pad(p.dob[1])}@${dom}`,
      `${s}-${g}@${dom}`,
      `${g}.${s}.${p.dob[0]}@${dom}`,
      `${g.slice(0, 1)}${s}${yy}@${dom}`,
      `${s}${int(100, 999)}@${dom}`,
    ]);
  }
  return p.email;
}

// ---------------------------------------------------------------------------------------------------------------
// Unlabelled fillers

const POOLS: Partial<Record<Orth, Record<string, string[]>>> = {
  ru: {
    court: [
      'Специализированный межрайонный суд по уголовным делам Карагандинской области',
      'Жетысуский районный суд г. Алматы',
      'Ленинский районный суд г. Бишкек',
      'Ошский городской суд',
      'Шайхантахурский районный суд по уголовным делам г. Ташкента',
      'Суд района Фирдавси г. Душанбе',
      'Бабушкинский районный суд г. Москвы',
      'Кировский районный суд г. Екатеринбурга',
    ],
    birthplace: ['Жанаозен', 'Аягоз', 'Кербулак', 'Узген', 'Карасу', 'Гулистан', 'Вахш', 'Бекабад', 'Кентау'],
    monthPre: words('январе марте апреле июне августе сентябре ноябре'),
    monthGen: words('февраля марта мая июля октября декабря'),
    cafe: ['Достар', 'Шафран', 'Ак Кайын', 'Чайхана №1', 'Sunrise', 'Бухара'],
    city: words('Караганда Талдыкорган Каракол Джалал-Абад Самарканд Андижан Куляб Нукус Кызылорда'),
    cityGen: words('Караганды Талдыкоргана Каракола Джалал-Абада Самарканда Андижана Куляба Нукуса'),
    destLoc: words('Стамбуле Анталье Дубае Шардже Сеуле Москве Казани Трабзоне'),
    destAcc: ['Турцию', 'ОАЭ', 'Россию', 'Южную Корею', 'Бахрейн', 'Израиль'],
    destGen: words('Анталии Дубая Стамбула Сеула Абу-Даби Аланьи'),
    kpp: ['Жибек жолы', 'Кордай', 'Ак-Жол', 'Достык', 'Айсултан', 'Карасу-автодорожный', 'Фотехобод'],
    referral: ['консульство РК в Стамбуле', 'линия 1409', 'ОВД по месту жительства', 'МОМ', 'приют «Доверие»'],
    shelter: [
      'приют «Сана Сезим»',
      'кризисный центр «Ак Журок»',
      'центр «Тумар»',
      'приют «Умут»',
      'реабилитационный центр «Ишонч»',
    ],
    vacancy: [
      'Официантка в Анталье',
      'Горничная в отель (Дубай)',
      'Няня в семью, Стамбул',
      'Швея в цех (Москва)',
      'Разнорабочий на стройку',
    ],
    bank: ['АО «Kaspi Bank»', 'АО «Халык Банк»', 'ОАО «Оптима Банк»', 'АО «Банк ЦентрКредит»', 'ОАО «Айыл Банк»'],
    station: ['автовокзала «Сайран»', 'рынка «Дордой»', 'вокзала Алматы-2', 'автостанции г. Ош'],
    car: ['Toyota Estima', 'Hyundai Starex', 'Lexus RX 300', 'Daewoo Nexia', 'Mitsubishi Delica'],
    krFactory: ['«Hwaseong Metal»', '«Daewon Plastics»', 'по производству автозапчастей', 'по переработке рыбы'],
    ruRegionDat: ['Свердловской области', 'Тюменской области', 'г. Москве', 'Новосибирской области'],
    trDistrict: ['Esenyurt/İstanbul', 'Muratpaşa/Antalya', 'Bağcılar/İstanbul', 'Konak/İzmir', 'Alanya/Antalya'],
    uzRegion: ['Andijon viloyati', "Farg'ona viloyati", 'Qashqadaryo viloyati', 'Samarqand viloyati'],
    hotline: ['1409 (с мобильных бесплатно)', '111', '1414', '102'],
    hotlineShort: ['1409', '111', '1414', '150'],
    firm: ['Адал Жумыс', 'Global Staff KZ', 'Orient Travel', 'Жулдыз Сервис', 'Silk Road Jobs'],
    org: ['МОМ', 'ОБСЕ', 'Союз кризисных центров', 'Ассоциация «Мигрант»', 'Красный Полумесяц'],
  },
  en: {
    org: ['IOM', 'UNODC', 'OSCE', 'La Strada', 'Safe Migration Centre', 'ILO'],
    city: ['Taraz', 'Karakol', 'Namangan', 'Kulob', 'Kyzylorda', 'Jalal-Abad', 'Andijan'],
    job: ['waitress', 'nanny', 'hotel maid', 'seamstress', 'dancer', 'care worker'],
    dest: ['Istanbul', 'Antalya', 'Dubai', 'Sharjah', 'Seoul', 'Moscow', 'Alanya'],
    lang: ['Uzbek', 'Kyrgyz', 'Kazakh', 'Tajik', 'Turkmen'],
    krFactory: ['plastics factory', 'fish-processing plant', 'car-parts plant', 'furniture workshop'],
    uzRegion: ['Andijan region', 'Ferghana region', 'Kashkadarya region', 'Samarkand region'],
    ruCity: ['Yekaterinburg', 'Tyumen', 'Novosibirsk', 'Kazan'],
    trDistrict: ['Esenyurt/Istanbul', 'Muratpasa/Antalya', 'Bagcilar/Istanbul', 'Alanya/Antalya'],
    hotline: ['1409', '116 111', '102', '157'],
    court: [
      'Almaty City Court',
      'Bishkek City Court',
      'Tashkent City Criminal Court',
      'Istanbul 28th High Criminal Court',
      'Dubai Court of First Instance',
    ],
  },
  kk: {
    court: [
      'Алматы қалалық сотының қылмыстық істер жөніндегі алқасы',
      'Шымкент қаласының мамандандырылған ауданаралық соты',
      'Қарағанды облыстық соты',
    ],
    dest: ['Стамбұл', 'Анталья', 'Дубай', 'Мәскеу', 'Сеул'],
    org: ['ХКҰ', 'ЕҚЫҰ', 'Дағдарыс орталықтары одағы'],
    hotline: ['111', '1409', '102'],
  },
  ky: {
    court: ['Бишкек шаардык соту', 'Ош облустук соту', 'Биринчи май райондук соту'],
    dest: ['Стамбул', 'Анталья', 'Дубай', 'Москва', 'Сеул'],
    shelter: ['«Сезим» кризистик борборунда', '«Умут» баш калкалоочу жайында', '«Тендеш» борборунда'],
  },
  uz: {
    court: ["Toshkent shahar jinoyat ishlari bo'yicha sudi", 'Andijon viloyat sudi', "Farg'ona tuman sudi"],
    dest: ['Istanbul', 'Antaliya', 'Dubay', 'Moskva', 'Seul'],
    hotline: ['1148', '1102', '71 244-00-00'],
    org: ['XMT', 'YXHT', '"Istiqbolli avlod" markazi'],
  },
  uzc: {
    court: ['Тошкент шаҳар жиноят ишлари бўйича суди', 'Наманган вилоят суди'],
  },
  tg: {
    court: ['Суди шаҳри Душанбе', 'Суди вилояти Суғд', 'Суди ноҳияи Шоҳмансур'],
    dest: ['Истанбул', 'Дубай', 'Маскав', 'Анталя'],
    hotline: ['1313', '511', '102'],
  },
  tr: {
    trDistrict: [
      'Esenyurt/İstanbul',
      'Muratpaşa/Antalya',
      'Bağcılar/İstanbul',
      'Konak/İzmir',
      'Alanya/Antalya',
      'Ortahisar/Trabzon',
    ],
    court: ['İstanbul 28. Ağır Ceza Mahkemesi', 'Antalya 3. Ağır Ceza Mahkemesi', 'Trabzon 2. Ağır Ceza Mahkemesi'],
    birthTr: ["Taşkent'te", "Bişkek'te", "Oş'ta", "Almatı'da", "Aşkabat'ta", "Duşanbe'de", "Semerkant'ta"],
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
    af: 'Исламской Республики Афганистан',
    kr: 'Республики Корея',
    cn: 'Китайской Народной Республики',
    ar: 'Объединённых Арабских Эмиратов',
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
    tr: 'Турция',
    az: 'Азербайджан',
    af: 'Афганистан',
    kr: 'Республика Корея',
    cn: 'КНР',
    ar: 'ОАЭ',
  },
  en: {
    kz: 'Kazakhstan',
    ko: 'Kazakhstan',
    ky: 'Kyrgyzstan',
    uz: 'Uzbekistan',
    tj: 'Tajikistan',
    ru: 'Russia',
    ua: 'Ukraine',
    tm: 'Turkmenistan',
    tr: 'Turkey',
    az: 'Azerbaijan',
    af: 'Afghanistan',
    kr: 'Republic of Korea',
    cn: 'China',
    ar: 'UAE',
  },
};

/** Dates other than birth dates; within one snippet each comes after the one before. */
function someDate(ctx: Ctx): [number, number, number] {
  const day = 86400000;
  const base = ctx.lastDate ?? Date.UTC(int(2017, 2023), int(0, 11), int(1, 28)) - int(5, 300) * day;
  const t = base + int(2, 260) * day;
  ctx.lastDate = t;
  const d = new Date(t);
  return [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
}

function otherDate(orth: Orth, long: boolean, ctx: Ctx): string {
  const date = someDate(ctx);
  const [y, m, d] = date;
  if (!long && chance(0.65)) {
    if (orth === 'en')
      return pick([`${d} ${MONTHS.en[m - 1]} ${y}`, `${pad(d)}/${pad(m)}/${y}`, `${y}-${pad(m)}-${pad(d)}`]);
    return chance(0.85) ? `${pad(d)}.${pad(m)}.${y}` : `${pad(d)}.${pad(m)}.${pad(y % 100)}`;
  }
  switch (orth) {
    case 'ru':
      return pick([`${d} ${MONTHS.ru[m - 1]} ${y} года`, `«${pad(d)}» ${MONTHS.ru[m - 1]} ${y} года`]);
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
  const k = int(3, 90);
  switch (orth) {
    case 'ru':
      return pick([
        `${int(150, 950)} 000 тенге`,
        `${k} 000 рублей`,
        `${int(3, 30)}00 долларов`,
        `${int(2, 9)} 000 евро`,
        `${int(3, 25)} млн сумов`,
        `${int(3, 15)} 000 сомони`,
        `${k}0 000 сомов`,
        `${int(2, 9)} 000 дирхамов`,
      ]);
    case 'en':
      return pick([
        `USD ${int(1, 9)},${pick(['200', '500', '800'])}`,
        `${int(2, 9)},000 AED`,
        `KZT ${int(200, 900)},000`,
        `${int(1, 4)} million won`,
        `€${int(1, 6)},${pick(['000', '500'])}`,
        `${int(20, 90)},000 lira`,
      ]);
    case 'kk':
      return pick([`${int(150, 950)} 000 теңге`, `${int(3, 30)}00 доллар`]);
    case 'kkl':
      return pick([`${int(150, 950)} 000 teñge`, `${int(3, 30)}00 dollar`]);
    case 'ky':
      return pick([`${k}0 000 сом`, `${int(3, 30)}00 доллар`]);
    case 'uz':
      return pick([`${int(3, 40)} mln so'm`, `${int(3, 30)}00 AQSh dollari`]);
    case 'uzc':
      return pick([`${int(3, 40)} млн сўм`, `${int(3, 30)}00 доллар`]);
    case 'tg':
      return pick([`${int(3, 40)} 000 сомонӣ`, `${int(3, 30)}00 доллари ИМА`]);
    case 'tr':
      return pick([`${int(15, 95)}.000 TL`, `${int(1, 9)}.${pick(['000', '500'])} dolar`, `${int(1, 6)}.000 euro`]);
  }
}

function caseNo(orth: Orth): string {
  const y = int(2019, 2024);
  switch (orth) {
    case 'tr':
      return `${y}/${int(100, 899)} E., ${y}/${int(100, 899)} K.`;
    case 'en':
      return pick([
        `${y}-CR-${int(100, 999)}`,
        `No. ${int(1, 9)}-${int(100, 999)}/${y % 100}`,
        `TIP/${y}/${int(10, 99)}`,
      ]);
    case 'uz':
    case 'uzc':
      return `1-${int(2000, 2999)}-${y % 100}`;
    case 'tg':
      return `1-${int(100, 999)}/${y % 100}`;
    default:
      return pick([
        `1-${int(100, 999)}/${y}`,
        `7594-${y % 100}-00-1/${int(100, 999)}`,
        `УД-${int(1000, 9999)}-${y % 100}`,
        `${int(10, 99)}-${int(1000, 9999)}/${y}`,
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
  lastTime?: number;
}

function role(ctx: Ctx, r: string): Persona {
  let p = ctx.cast.get(r);
  if (!p) {
    let spec = ctx.spec[r] ?? '*';
    // `~a` takes role a's ethnicity (relatives).
    const kin = /^~([a-z])/.exec(spec);
    if (kin) spec = role(ctx, kin[1]).eth + spec.slice(2);
    p = makePersona(spec, ctx.orth);
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
    case 'ds': {
      const [y, m, d] = someDate(ctx);
      return `${pad(d)}.${pad(m)}.${y}`;
    }
    case 'n':
      return String(int(Number(args[0]), Number(args[1])));
    case 'money':
      return money(orth);
    case 'case':
      return caseNo(orth);
    case 'erdr':
      return pad(int(19, 24)) + pick(['7510', '1910', '5110', '0150']) + pick(['0310', '0301']) + digits(5);
    case 'time': {
      // Times within one snippet run forward, as in a chat export.
      const t = ctx.lastTime === undefined ? int(7 * 60, 20 * 60) : ctx.lastTime + int(1, 50);
      ctx.lastTime = Math.min(t, 23 * 60 + 59);
      return `${pad(Math.floor(ctx.lastTime / 60))}:${pad(ctx.lastTime % 60)}`;
    }
    case 'pct': {
      const v = chance(0.5) ? String(int(4, 81)) : `${int(4, 81)}${orth === 'en' ? '.' : ','}${int(1, 9)}`;
      return orth === 'tr' ? `%${v}` : `${v}%`;
    }
    case 'mask':
      return pick([`**** ${digits(4)}`, `*${digits(4)}`, `···· ${digits(4)}`, `XXXX-XXXX-XXXX-${digits(4)}`]);
    case 'bin':
      return pad(int(5, 23)) + pad(int(1, 12)) + pick(['4', '5', '6']) + digits(7);
    case 'flight':
      return `${pick(['KC', 'DV', 'FS', 'TK', 'PC', 'FZ', 'HY', 'QH'])} ${int(100, 999)}`;
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
  // Uzbek Latin snippets each get one apostrophe style for o'/g' and the tutuq belgisi (names keep their own).
  const aposStyle = orth === 'uz' ? pick(['ascii', 'ascii', 'modifier', 'quotes', 'backtick', 'right']) : 'ascii';
  if (aposStyle !== 'ascii') {
    body = body.replace(/(^|\})([^{}]+)(?=\{|$)/g, (_m, brace: string, lit: string) => brace + uzApos(lit, aposStyle));
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
    const code = m[1].split(':')[0];
    const raw = resolve(m[1], ctx);
    const value = aposStyle !== 'ascii' && (code === 'ADR' || code === 'f') ? uzApos(raw, aposStyle) : raw;
    const type = TYPE_OF[code];
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
  '<a=*.m>[[Жетысуский районный суд г. Алматы, рассмотрев в открытом судебном заседании {dl} уголовное дело № {case} по обвинению {P:a:f:gen}, {DOB:a:long} года рождения, уроженца г. {f:birthplace}, ранее не судимого, в совершении преступления, предусмотренного п. 2 ч. 2 ст. 128 УК РК,|Ленинский районный суд г. Бишкек, рассмотрев в открытом судебном заседании {dl} уголовное дело № {case} по обвинению {P:a:f:gen}, {DOB:a:long} года рождения, ранее судимого, в совершении преступления, предусмотренного ч. 3 ст. 171 УК КР,|Шайхантахурский районный суд по уголовным делам г. Ташкента, рассмотрев в открытом судебном заседании {dl} уголовное дело по обвинению {P:a:f:gen}, {DOB:a:long} года рождения, в совершении преступления, предусмотренного ч. 1 ст. 135 УК Республики Узбекистан,|Кировский районный суд г. Екатеринбурга, рассмотрев в открытом судебном заседании {dl} уголовное дело № {case} в отношении {P:a:f:gen}, {DOB:a:long} года рождения, обвиняемого по п. «в» ч. 2 ст. 127.1 УК РФ,]] при секретаре судебного заседания и с участием прокурора,',
  '<a=*.m>Подсудимый {P:a:s} вину признал частично и пояснил, что с потерпевшей познакомился в {f:monthPre} {n:2019:2022} года в кафе «{f:cafe}» в г. {f:city}. По его словам, потерпевшая сама попросила помочь ей с работой за границей.',
  '<a=*.f b=*.m>Потерпевшая {P:a:g} в судебном заседании показала, что [[летом|осенью|весной]] {n:2018:2022} года {P:b:gs} предложил ей работу официанткой в {f:destLoc} с оплатой {money} в месяц, сам купил билет и забрал паспорт «для оформления визы».',
  '<a=*.*>РАПОРТ\nДокладываю, что {d} в {time} на КПП «{f:kpp}» {g:a:задержан|задержана} {g:a:гражданин|гражданка} {cit:a} {P:a:F} (возраст — {n:19:45}), следовавш{g:a:ий|ая} рейсом {flight} в {f:destAcc}, паспорт № {PAS:a}.',
  '<a=*.f>ОБЪЯСНЕНИЕ\nЯ, {P:a:f}, зарегистрированная по адресу: {ADR:ru}, по существу заданных мне вопросов поясняю следующее.',
  '<a=*.m>Я, {P:a:f}, проживающий на {ADR:ru_na}, паспорт {PAS:a}, об уголовной ответственности за дачу заведомо ложных показаний предупреждён.',
  '<a=kz|ky|uz|tj|ru.f>АНКЕТА ПЕРВИЧНОГО ОБРАЩЕНИЯ № {n:100:999}/{n:21:24} | ФИО: {P:a:F} | Дата рождения: {DOB:a:dmy} | Гражданство: {cit:a:nom} | Конт. тел.: {PH:a} | Адрес проживания: {ADR:ru} | Направлена: {f:referral}',
  '<a=kz|ky|uz|tj.f>КАРТОЧКА КЛИЕНТА   №{n:10:99}-{n:100:999}\nФ.И.О.:   {P:a:S}\nДата  рожд.: {DOB:a:ocr}     Место рожд.: {f:birthplace}\nИИН/ПИН: {NID:a}\nКонт. тел:{PH:a}',
  '<a=kz|ky|uz.f b=*.m>[{ds} {time}] {P:b:gs}: паспорт отдашь мне, на границе я сам всё решу\n[{time}] Вы: а когда назад отдадите?\n[{time}] {P:b:gs}: после первой зарплаты. не звони маме, ей не надо знать',
  '<a=*.f b=*.m>Экспорт чата Telegram ({H:b:at})\n{ds} {time} — {P:b:g}: скидываю реквизиты, переведи за билет на карту {CARD:any}\n{time} — Вы: перевела, проверь',
  '<a=*.f.old b=~a.f.minor>Линия 1409. Звонок {d} в {time}. Абонент — мать несовершеннолетней, представилась {P:a:gp:ins}. Сообщила, что дочь {P:b:g} ({n:15:17} лет) уехала с подругой в {f:destAcc} и не выходит на связь с {d}.',
  '<a=*.f b=*.m>Из протокола допроса свидетеля: «С {P:a:gs:ins} мы вместе работали в сауне на {ADR:ru_na}. Хозяин, которого все звали «{P:b:nick}», забирал у девочек деньги и телефоны».',
  '<a=*.m>Установлено, что {d} потерпевших от {f:station} до границы перевозил {P:a:gs} на автомобиле {f:car} г/н {PL:kz}, а на российской стороне их пересаживали в микроавтобус гос. номер {PL:ru}.',
  '<c=*.*>В ходе следствия установлено, что {money} за «трудоустройство» поступили на счёт {IBAN:kz} в {f:bank}, открытый на имя {P:c:f:gen}.',
  '<a=kz|ko.*>В заявлении указан ИИН {NID:iinbad:a} — по данным ГБД ФЛ такой номер не существует (не сходится контрольная цифра), по-видимому, допущена опечатка. Заявитель: {P:a:si}.',
  '<a=uz.*>ПИНФЛ {NID:pinflbad:a} (контрольный разряд не сходится, требуется уточнение у заявителя), ФИО по паспорту — {P:a:F}.',
  '<a=*.f>По информации консульства, {P:a:gs} удерживалась в квартире по адресу: {ADR:tr}, {f:trDistrict}. Квартиру снимал гражданин Турции, тел. {PH:tr}.',
  '<a=uz.f>Потерпевшая {P:a:f} зарегистрирована по адресу: {ADR:uz}, {f:uzRegion}, фактически проживала в общежитии швейного цеха.',
  '<a=uz.m>Адрес прописки, указанный в паспорте: {ADR:ruuz}. {P:a:gs} выехал в г. Москву {d} и с тех пор на связь с семьёй не выходил.',
  '<a=*.f>Со слов {P:a:g:gen}, в Дубае её поселили по адресу {ADR:aeru}, работодатель — местная семья, номер {PH:ae}. Паспорт с первого дня хранился у агента.',
  '<a=uz|kz|ko.m>{P:a:gs} въехал в Республику Корея по визе E-9, работал на заводе {f:krFactory} в г. Ансан, жил в общежитии по адресу: {ADR:kr}. Регистрационная карта иностранца № {NID:arc:a}.',
  '<a=*.f>— алло, это линия доверия? меня зовут {P:a:l}, мне {n:18:24}. я сейчас в {f:destLoc}, у меня забрали паспорт, я не знаю адрес, телефон чужой',
  '<a=*.* b=*.*>Список лиц, прошедших реабилитацию ({f:shelter}):\n1. {P:a:S} — {DOB:a:dmy}\n2. {P:b:S} — {DOB:b:dmy}',
  '<a=*.m>Вакансию «{f:vacancy}» размещал {P:a:gs}; для связи указана почта {EM:a}. Резюме потерпевшей было отправлено на этот адрес {d}.',
  '<a=ru|ua.*>{P:a:F}\nСНИЛС: {NID:snils:a}\nПаспорт РФ: серия и номер {PAS:rus}, выдан {d} ГУ МВД России по {f:ruRegionDat}',
  '<a=*.f>В телефоне потерпевшей обнаружена фотография Emirates ID на имя {P:a:gs} ({NID:eid:a}).',
  '<a=tr.m>Согласно ответу турецкой стороны, квартиру в Анталье арендовал {P:a:gs} (T.C. Kimlik No: {NID:tc:a}).',
  '<a=af.m>На территории [[рынка|склада|швейного цеха]] также находился гражданин Афганистана {P:a:gs}, который, по словам работниц, охранял помещение и никого не выпускал.',
  '<a=cn.*>Собственник цеха — {g:a:гражданин|гражданка} КНР {P:a:gs}, тел. {PH:cn}. Переводчиком при опросе работниц выступала одна из них.',
  '<a=tm.f b=tm.m>Гражданка Туркменистана {P:a:gs} прибыла в г. Стамбул {d} вместе с {P:b:gs:ins}, который обещал ей работу сиделкой.',
  '<a=ko.m>Посредником при оформлении «рабочих» виз выступал {P:a:f}, офис которого располагался на {ADR:ru_na}.',
  '<a=*.f>{P:a:g} и её подруга вылетели из Алматы {d}. Матери она позвонила только через [[две|три|четыре]] недели с чужого номера {PH:tr}.',
  '<b=*.*>Денежные переводы от {P:b:gs:gen} поступали на карту вербовщика ({CARD:any}) в период с {d} по {d}.',
  '<a=*.f b=*.m>Знакомство произошло в «Одноклассниках»: страница вербовщика — {H:b:ok}, потерпевшая переписывалась с ним со страницы {H:a:vk}.',
  '<a=*.f.young b=*.f>Объявление о работе [[моделью|хостес|няней]] в Дубае {P:a:g} увидела в Instagram на странице {H:b:ig}; владелица страницы представилась как «{P:b:nick}».',
  '<a=*.f>Родственники потерпевшей нашли её аккаунт {H:a:tt}; последнее видео опубликовано {d} из {f:destGen}.',
  '<a=*.m>Вербовщик просил писать ему в telegram: {H:a:plain}, а звонить на номер {PH:a} только после 22:00.',
  '<a=*.f>В выписке по карте {CARD:humo} отражены переводы на общую сумму {money}; получатель — {P:a:F}.',
  '<a=ky.f>По месту регистрации ({ADR:ky}) {P:a:g} не проживает с {n:2019:2022} года, соседи сообщили, что она уехала в Россию.',
  '<a=*.f>Проверкой установлено, что {P:a:gs} содержалась в частном доме по адресу: {ADR:rus}, принадлежащем местному жителю.',
  '<a=*.f>{P:a:g} пояснила, что жила в {ADR:ru_v} вместе с ещё {n:3:8} девушками, ключи были только у хозяйки.',
  '<a=*.m>Детализация соединений абонентского номера {PH:a} показала активные контакты с турецким номером {PH:tr} в период с {d} по {d}.',
  '<a=*.f>Справки по делу можно получить у следователя {P:a:si:gen}, тел. {PH:kzl}, каб. {n:201:418}.',
  '<a=*.f.minor b=~a.f.old>Несовершеннолетняя {P:a:gs}, {DOB:a:dmy} г.р., была передана [[законному представителю|матери]] {P:b:f:dat} {d}.',
  '<a=*.m>Свидетель {P:a:f} показал, что в [[2020|2021|2022]] году по просьбе знакомого снял для «приезжих девушек» квартиру на {ADR:ru_na} и передал ему ключи.',
  '<a=*.f>По данным Пограничной службы, {P:a:F} пересекла границу через КПП «{f:kpp}» {d} по паспорту {PAS:a}; обратного пересечения не зафиксировано.',
  '<a=kz.f>ПАСПОРТ  /  PASSPORT     Тип / Type  P     Код / Code  KAZ     № {PAS:kz}\nТегі / Surname   {P:a:s}\nАты / Given names   {P:a:g}\nТуған күні / Date of birth   {DOB:a:dmy}',
  '<a=*.f.old>Со слов {P:a:gp:gen}, сына она не видела с {d}; последний раз он звонил с номера {PH:ru}.',
  '<a=uz.m>Адрес регистрации (по паспорту): {ADR:uzc}. {P:a:gs} уехал на заработки {d} и на связь не выходит.',
  '<a=tr.m>Девушек забирал из аэропорта Антальи белый микроавтобус с номером {PL:tr}; водителя, по словам девушек, звали {P:a:g}.',
  '<a=uz.m>Людей перевозили на двух машинах: Honda Fit ({PL:kg}) и Chevrolet Cobalt ({PL:uz}), водитель второй — {P:a:gs}.',
  '<a=ar.m>Автомобиль работодателя — Nissan Patrol, номерной знак {PL:ae} (ОАЭ), зарегистрирован на {P:a:gs}.',
  '<a=*.m>«{P:a:nick}» — так в переписке подписывался {P:a:gs}; с его почты {EM:a} потерпевшим приходили «приглашения на работу».',
  '<a=*.f.old b=~a.f.young>ЗАЯВЛЕНИЕ\nЯ, {P:a:f}, прошу принять меры к розыску моей дочери {P:b:gs:gen}, {DOB:b:long} года рождения, которая {d} уехала на заработки в {f:destAcc} и с {d} не выходит на связь. Мой телефон: {PH:a}.',
  '<a=*.m>Из характеристики участкового: {P:a:f} проживает на {ADR:ru_na} с {n:2010:2018} года, по месту жительства характеризуется удовлетворительно.',
  '<a=*.f>Обращение по e-mail. Отправитель: {EM:a}. Текст: «Здравствуйте, я {P:a:g}, работаю в {f:destLoc}, хозяйка не отдаёт паспорт, что мне делать?»',
  '<a=tj.m b=af.m>Со слов {P:a:s:gen}, документы для выезда ему сделал {P:b:gs}, выходец из Афганистана, проживающий в Душанбе.',
  '<a=*.* b=*.*>Протокол составил: ст. лейтенант полиции {P:a:si}. С протоколом ознакомлен(а): {P:b:is}, подпись.',
  '<a=*.m b=*.f>Сразу после прилёта {P:a:gs} забрал у {P:b:g:gen} паспорт и телефон, пояснив, что вернёт их после «отработки долга».',
  '<a=kz|ky|uz|tj.*>ФИО | Дата рождения | Адрес\n{P:a:F} | {DOB:a:dmy} | {ADR:ru}',
  '<a=*.f>Сообщение в чат-бот горячей линии: «здравствуйте я {P:a:ls} меня не отпускают домой номер мой {PH:a}»',
  '<a=*.f>Родилась {P:a:g} в {DOB:a:my} года в г. {f:city}, в {n:2018:2021} году уехала на заработки в Дубай.',
  // Short single-value snippets.
  '<a=*.f>{P:a:g} плакала и долго не могла говорить, поэтому допрос был прерван на [[20|25|30|40]] минут.',
  '<a=*.m>Подозреваемый {P:a:si} от дачи показаний отказался, сославшись на ст. 51 Конституции РФ.',
  'Возврат «долга» требовали перечислить на счёт {IBAN:tr}.',
  'Абонентский номер {PH:kz}, с которого звонил «работодатель», зарегистрирован на подставное лицо.',
  '<a=*.m>Анкеты «соискательниц» пересылались на адрес {EM:a}.',
  '<a=*.m>На очной ставке {P:a:gs} не смог объяснить, откуда у него паспорта трёх девушек.',
  '<a=*.f>Гражданке {P:a:f:dat} разъяснены права потерпевшей, предусмотренные ст. 71 УПК РК.',
  '<a=*.m>Ходатайство адвоката об изменении меры пресечения {P:a:si:dat} оставлено без удовлетворения.',
  '<a=*.m>— {P:a:g}, ты где? Мама всю ночь звонит, ответь хоть что-нибудь',
  '<a=*.f>«{P:a:nick}» — под этим именем потерпевшую знали клиенты сауны.',
  '<a=*.*>Рассылку с вакансиями вёл{g:a:|а} {P:a:ls}, судя по подписи в конце каждого сообщения.',
  '<a=*.m>ПОСТАНОВЛЕНИЕ о признании потерпевшим: признать {P:a:f:acc} потерпевшим по уголовному делу № {case}.',
  '<a=*.f>Представитель потерпевшей адвокат {P:a:is} заявила ходатайство о рассмотрении дела в закрытом заседании.',
  '<a=*.m>Объявления о работе в Корее развешивал по селу некий {P:a:g}, приезжавший на чёрной машине.',
  'К делу приобщена распечатка переписки с номера {PH:tj}.',
  '<a=kr.m>Представитель работодателя, гражданин Республики Корея {P:a:gs}, на допрос не явился.',
  '<a=*.f>Из медицинской карты: {P:a:F}, поступила {d} с признаками переохлаждения.',
  'Копия паспорта {PAS:tj} обнаружена в телефоне вербовщика.',
  '<a=*.f>Дата рождения, указанная в билете, — {DOB:a:dmy}, однако по свидетельству о рождении потерпевшая младше на год.',
  '<a=*.f>Родилась {DOB:a:long} года в многодетной семье, с пятнадцати лет работала на рынке.',
  '<a=*.m>Г.р.: {DOB:a:y}; образование среднее; не женат; ранее не судим.',
  '<a=*.*.minor>Согласно справке ЗАГС, дата рождения ребёнка потерпевшей — {DOB:a:dmy}; отец не установлен.',
  'Звонки с номера {PH:uz} поступали потерпевшей ежедневно с {d} по {d}.',
  'Последний входящий вызов — {PH:kg}, {time}, длительность {n:1:9} мин.',
  'Номер для связи с «офисом» в Стамбуле: {PH:trl}.',
  'Обыск проведён по адресу: {ADR:ru}, в присутствии понятых.',
  'Девушки содержались на {ADR:ru_na}, окна квартиры были зарешечены.',
  'Фактическое место работы — швейный цех по адресу {ADR:rus}.',
  'Адрес «общежития» в Алании: {ADR:tr}.',
  '<a=kz.*>По базе «Беркут» проверен ИИН {NID:iin:a}: выезд в ОАЭ {d}, сведений о возвращении нет.',
  'Изъят паспорт гражданина Кыргызской Республики № {PAS:kg}.',
  'В гостинице потерпевшая была зарегистрирована по паспорту {PAS:uz}, выданному в Андижане.',
  '<a=*.m>Письма отправлялись с адреса {EM:a}, зарегистрированного на подставное лицо.',
  '<a=*.f>Резюме пришло с почты {EM:a} {d} в {time}.',
  'Ежемесячно на карту {CARD:mir} поступало {money}.',
  'Выписка по карте {CARD:uzcard} истребована из банка.',
  'Оплата «визы» прошла на счёт {IBAN:ae} в одном из банков Дубая.',
  'Реквизиты для перевода: {IBAN:kz}, назначение платежа — «за услуги».',
  'Автомашина Lexus LX, гос. номер {PL:kz}, объявлена в розыск.',
  '<a=*.m>Группа вербовщиков в Telegram: {H:a:tme}.',
];

const RU_NEG: string[] = [
  '{f:court} {dl} рассмотрел уголовное дело № {case}; приговор вступил в законную силу {d}.',
  'Горячая линия по вопросам безопасной миграции: {f:hotline}. Консультации бесплатные, на русском, кыргызском и узбекском языках.',
  'По итогам {n:2021:2023} года [[МВД Республики Казахстан|Генеральная прокуратура Кыргызской Республики|МВД Республики Узбекистан]] зарегистрировало {n:4:19}0 уголовных дел о торговле людьми; {pct} потерпевших — женщины в возрасте от 18 до 25 лет.',
  'ТОО «{f:firm}» (БИН {bin}) оказывало услуги по трудоустройству за рубежом без лицензии; сумма штрафа составила {money}.',
  'Накануне [[Наурыза|Нового года|8 Марта|Курбан-айта]] число обращений на линию {f:hotlineShort} выросло на {pct}.',
  'Потерпевшей на момент вербовки было {n:16:19} лет; она училась на {n:1:3} курсе колледжа в г. {f:city}.',
  '[[Следователь СО ДП г. Алматы возбудил уголовное дело по п. 2 ч. 2 ст. 128 УК РК; ЕРДР № {erdr}.|Следователь СО УВД Октябрьского района г. Бишкек возбудил уголовное дело по ч. 1 ст. 171 УК КР, ЕРПП № {n:10:99}-{n:1000:9999}.|Следственное управление ГУВД г. Ташкента возбудило уголовное дело по ст. 135 УК Республики Узбекистан.]]',
  'Рейс {flight} Алматы — Стамбул вылетел {d} в {time}; на борту находились {n:5:9} граждан, направлявшихся на работу в сферу обслуживания.',
  'В рамках проекта {f:org} в {f:shelter} за {n:2021:2023} год помощь получили более {n:3:19}0 человек, из них {n:5:9} несовершеннолетних.',
  'Оплата производилась через Kaspi.kz и «Золотую Корону»; средний перевод — {money}, карта {mask}.',
  'Совещание межведомственной рабочей группы по противодействию торговле людьми состоится {dl} в {time} в здании акимата, каб. {n:100:420}.',
  'На стройках [[Подмосковья|Екатеринбурга|Казани]] работали [[25|30|40|45|50]] мигрантов из Узбекистана и Таджикистана в возрасте от 18 до {n:45:50} лет; зарплату не выплачивали с {f:monthGen}.',
  'Памятка [[для выезжающих на работу за рубеж|для студентов колледжей|для родителей]]: сделайте копию паспорта, оставьте её родственникам и сохраните номер консульства. Телефон доверия — [[1409|111|1414]], полиция — 102.',
  'Начальник отдела по борьбе с торговлей людьми, подполковник полиции, доложил о результатах ОПМ «Мигрант» на брифинге {dl}.',
];

// ---------------------------------------------------------------------------------------------------------------
// Templates: English

const EN_POS: string[] = [
  '<a=*.f b=*.m>Case summary ({f:org}, file {case}). The victim, {P:a:gs}, born {DOB:a:long}, was recruited in {f:city} by {P:b:gs}, who promised her a job as a {f:job} in {f:dest}.',
  '<a=*.f>Intake form | Name: {P:a:F} | DOB: {DOB:a:dmy} | Nationality: {cit:a} | Phone: {PH:a} | Languages: Russian, {f:lang}',
  '<a=*.f>On {dl}, Dubai Police raided a "spa" at {ADR:ae} and found {n:3:9} women, among them {P:a:gs}. The manager was arrested at the scene.',
  '<a=uz|kz|ky.m>{P:a:gs} entered Korea on an E-9 visa and worked at a {f:krFactory} in Ansan. His alien registration number was {NID:arc:a}; the dormitory address was {ADR:kr}, Danwon-gu.',
  '<a=*.f>{P:a:g} was placed as a domestic worker with a local family at {ADR:aeh}, Abu Dhabi, and was not allowed to leave the villa for {n:5:14} months.',
  '<a=*.f>WhatsApp export, {d}:\n[{time}] {P:a:g}: pls help me they took my passport\n[{time}] {P:a:g}: my number here is {PH:tr}\n[{time}] Hotline: Can you share your location?',
  '<a=*.m>Telegram recruiter profile: {H:a:at} (display name "{P:a:nick}"), also reachable as {H:a:tme}.',
  '<a=*.f b=*.m>Ms {P:a:s} told the interviewer that the recruiter, whom she had met on Instagram ({H:b:ig}), paid for her ticket on {d}.',
  "<a=*.*>Passport no. {PAS:a}, issued to {P:a:F}, was found in the safe of the employer's office.",
  '<c=*.f>Between {d} and {d} the defendant transferred {money} to IBAN {IBAN:tr}, held by {P:c:gs}.',
  '<a=ar.m>Emirates ID {NID:eid:a} belongs to the sponsor, {P:a:gs}.',
  '<a=tr.m>Landlord: {P:a:gs}, T.C. kimlik no. {NID:tc:a}, address {ADR:tr}, {f:trDistrict}.',
  '<a=kz.f>Note: the IIN given in the referral, {NID:iinbad:a}, fails the checksum and is probably mistyped; the client ({P:a:gs}) will confirm it at the next meeting.',
  '<a=uz.m>PINFL {NID:pinfl:a} - {P:a:gs}, {f:uzRegion}.',
  '<a=*.f b=~a.f>Hotline call log #{n:1000:9999}\nCaller: {P:b:g} (sister of the victim)\nVictim: {P:a:gs}, approx. {n:19:30} y.o.\nLast known location: {ADR:ae}',
  "<a=cn.m>The garment workshop was registered to {P:a:gs} (mobile {PH:cn}), who confiscated the workers' passports on arrival.",
  '<a=af.m>{P:a:gs}, an Afghan national born in {DOB:a:y}, was identified as the driver who moved migrants from the border to Istanbul.',
  '<a=tm.f>{P:a:gs} (Turkmen passport {PAS:tm}) was employed as a carer at {ADR:tr}.',
  '<a=*.f>Emails from {EM:a} show that {P:a:g} applied for the "hostess" vacancy on {d}.',
  '<a=*.m>The minibus (plate {PL:kz}) was driven by {P:a:si}; a second car, {PL:rul}, was registered in Omsk.',
  '<a=*.f>VICTIM CARD\nSurname: {P:a:s}\nGiven name: {P:a:g}\nDate of birth: {DOB:a:mdy}\nPlace of birth: {f:city}',
  '<a=ko.m>The interpreter, {P:a:gs}, a Koryo-saram from Ushtobe, confirmed that the victim understood every question.',
  '<a=*.f b=*.m>According to the prosecutor, {P:b:s} sold {P:a:g} to a club owner in {f:dest} for {money}.',
  '<a=*.f>Bank statement: card {CARD:any}, holder {P:a:F}, incoming transfers via Western Union.',
  '<a=*.m>{P:a:g} ("{P:a:nick}") ran the agency from an office at {ADR:ca}.',
  '<a=kr.f>The Korean social worker, {P:a:gs}, accompanied the victim to the shelter on {d}; contact: {EM:a}.',
  '<a=*.f>The TikTok account {H:a:tt} posted videos from Dubai until {d}; her mother recognised her from the profile picture.',
  '<a=*.* b=*.*>Shelter register: {P:a:F}, {DOB:a:dmy}; {P:b:F}, {DOB:b:dmy}.',
  '<a=ru.m>The Russian employer, {P:a:f}, INN {NID:rinn:a}, registered the construction firm in {f:ruCity}.',
  '<a=*.f>Born in {DOB:a:my}, {P:a:g} left school at sixteen and moved to Almaty.',
  '<a=*.m>Facebook profile: {H:a:fb}; the same photos appear on VK ({H:a:vk}).',
  '<a=*.f>Call notes: {P:a:g} says the driver is waiting for her outside the mall in a white Land Cruiser, plate {PL:ae}.',
  '<a=*.f>She gave her date of birth as {DOB:a:iso} and her address in Bishkek as {ADR:ca}.',
  '<a=*.m b=*.f>X user {H:a:x} advertised "visa support"; {P:b:gs} contacted him on {d}.',
  '<a=*.m>Screenshot (translated from Russian): "{P:a:h}, I sent you {money}, now send me my passport back." The message was sent to {PH:ru} on {d}.',
  '<a=ky.f>Kyrgyz PIN {NID:kgpin:a} ({P:a:gs}); the recruiter used the card {CARD:elcart} to receive the fee.',
  // Short single-value snippets.
  'The "agency fee" was wired to IBAN {IBAN:az} in Baku.',
  '<a=*.m>The court found {P:a:gs} guilty of trafficking in persons and sentenced him to {n:6:14} years.',
  '<a=*.f>Ms {P:a:s} declined to testify in open court.',
  '<a=uz|tj|kz.m>Witness statement of {P:a:F} (translated from Uzbek).',
  '<a=*.m>The fake job offer came from {EM:a}.',
  '<a=kr.m>The factory owner, {P:a:gs}, paid a fine but faced no criminal charges.',
  '<a=cn.f>A woman the workers called "Auntie {P:a:g}" collected their wages every Friday.',
  "The victim's brother called the hotline from {PH:kz} on {d}.",
  'Kazakh passport {PAS:kz} was reported lost on {d}.',
  "Recruiter's phone (from the victim's call history): {PH:kg}.",
  'Mobile number used to book the tickets: {PH:uz}.',
  '<a=*.f>DOB {DOB:a:dmy} (as stated by the victim; no documents).',
  '<a=*.m>He was born on {DOB:a:ord} in a village near Osh.',
  'The women were housed at {ADR:ae} and driven to work every evening.',
  "Rent was paid into the landlord's account {IBAN:tr}.",
  'Landline of the "agency" office: {PH:kzl}.',
  'Passport {PAS:kg} was returned to its holder on {d}.',
  '<a=*.f>The booking was made from the e-mail address {EM:a}.',
  'Transfers went to card {CARD:mc} and were cashed out in Bishkek.',
  'Beneficiary account: {IBAN:ae} (Emirates NBD).',
  'Beneficiary IBAN {IBAN:kz}; reference "visa support".',
  'The car, a black Camry with plate {PL:tr}, was stopped near the Kapikule crossing.',
  '<a=uz.*>Uzbek PINFL on the ID card: {NID:pinfl:a}.',
  '<a=*.m>Profile used for recruitment: {H:a:fb}.',
];

const EN_NEG: string[] = [
  'The {f:org} hotline ({f:hotline}) received {n:200:900} calls in {n:2021:2023}, {pct} of them about labour exploitation.',
  'Case {case} was heard by the {f:court} on {dl}; the sentence was {n:3:12} years.',
  'Most victims were between 18 and {n:24:35} years old and travelled via Istanbul or Dubai on tourist visas.',
  'Training for border guards took place at Almaty airport on {dl}, organised by {f:org} and the Ministry of Internal Affairs.',
  'Recruitment peaked before Nowruz and Eid al-Fitr, when families needed cash; fees ranged from {money} to {money}.',
  'The agency advertised jobs at [[Marriott and Hilton hotels in Antalya|Rixos and Titanic resorts in Belek|Jumeirah hotels in Dubai|Samsung and Hyundai plants in Korea]]; none of them had any contract with it.',
  'Article 128 of the Criminal Code of Kazakhstan and Article 171 of the Criminal Code of Kyrgyzstan were applied in {n:4:19} cases.',
  'Payments went through Western Union and Korona Pay; the card ended in {mask}.',
  'Flight {flight} landed in Sharjah at {time}; {n:4:11} passengers were refused entry and returned to Tashkent.',
];

// ---------------------------------------------------------------------------------------------------------------
// Templates: Kazakh (Cyrillic and Latin; the Latin ones are written in Cyrillic and transliterated)

const KK_POS: string[] = [
  '<a=*.f b=*.m>Жәбірленуші {P:a:gs} {d} күні {P:b:gs:gen} ұсынысымен Түркияға жұмысқа кеткен.',
  '<a=*.f>Жәбірленуші {P:a:g}, {DOB:a:long} туған, {ADR:kk} мекенжайында тұрады.',
  '<a=*.m>Күдікті {P:a:f} ({DOB:a:dmy} ж.т., ЖСН {NID:iin:a}) жәбірленушінің төлқұжатын алып қойған.',
  '<a=*.f>{P:a:g} сенім телефонына хабарласып, {f:dest} қаласында ұсталып отырғанын айтты. Байланыс нөмірі: {PH:tr}.',
  '<a=*.f.young b=~a.f.old>Анасы {P:b:gp} қызы {P:a:g:acc} соңғы рет {d} көргенін айтты.',
  '<a=*.m>{P:a:gs:dat} {money} аударылды, шот: {IBAN:kz}, алушы — жеке кәсіпкер.',
  '<a=*.f>{ADR:kk_loc} тұратын {P:a:gs}, {DOB:a:loc} туған, {d} бастап хабарсыз.',
  '<a=*.f b=*.m>[{time}] {P:b:g}: төлқұжатыңды маған бер, шекарадан өткен соң қайтарамын\n[{time}] {P:a:g}: жарайды, бірақ анама айтпа',
  '<a=*.m>Көлік: Toyota Camry, мемлекеттік нөмірі {PL:kz}, иесі — {P:a:si}.',
  '<a=*.f>Instagram парақшасы: {H:a:ig}. Жұмыс ұсынысы осы жерден келген.',
  '<a=*.f.old b=~a.m.minor>Кәмелетке толмаған {P:b:gs}, {DOB:b:dmy} ж.т., анасы {P:a:gs:ins} бірге дағдарыс орталығына орналастырылды.',
  '<a=*.m>{f:court} {dl} {P:a:gs:acc} ҚР ҚК-нің 128-бабы бойынша кінәлі деп таныды.',
  '<a=kz.f>Электрондық пошта: {EM:a}; төлқұжат № {PAS:kz}; ЖСН {NID:iin:a}.',
  '<a=kz.*>Өтініште көрсетілген ЖСН {NID:iinbad:a} бақылау санына сәйкес келмейді, қате жазылған болуы мүмкін; өтініш беруші — {P:a:gs}.',
  '<a=*.f>Жәбірленуші {P:a:g} Ресейде {ADR:rus} мекенжайында ұсталған.',
  '<a=ko.f>Аудармашы {P:a:gs} (тел. {PH:kz}) жауап алу кезінде қатысты.',
  '<a=*.f>{P:a:g} {DOB:a:yh} туған, Шымкент қаласының тұрғыны; {n:2019:2022} жылы Дубайға кеткен.',
  '<a=*.f b=*.f>Жәбірленушінің айтуынша, бәрін {P:b:g} апай ұйымдастырған: ол қыздарды Стамбұлға жіберіп, {P:a:g:dat} {money} қарыз жазып қойған.',
  '<a=*.f>{P:a:g} ұзақ уақыт ешкімге сенбей жүрді, психологпен жұмыс {d} басталды.',
  '<a=*.m>Сотталушы {P:a:si} кінәсін толық мойындады.',
  'Жұмыс берушінің нөмірі: {PH:ae}.',
  '<a=*.f>Туған күні: {DOB:a:dmy}.',
  'Хабарласу үшін нөмір: {PH:kz}.',
  'Тінту {ADR:kk} мекенжайында жүргізілді.',
  'Ақша {CARD:visa} картасына аударылған.',
  'Жәбірленушінің төлқұжаты (№ {PAS:kz}) жұмыс берушіде сақталған.',
  '<a=*.m>Күдіктінің Telegram аккаунты: {H:a:at}.',
  '<a=*.m>Вакансия туралы хат {EM:a} адресінен келген.',
];

const KK_NEG: string[] = [
  '{f:court} {dl} № {case} іс бойынша үкім шығарды; сотталушыға {n:5:12} жылға бас бостандығынан айыру жазасы тағайындалды.',
  'Сенім телефоны — {f:hotline}; қоңырау тегін, тәулік бойы жұмыс істейді.',
  '{n:2021:2023} жылы Қазақстанда адам саудасы бойынша {n:40:150} қылмыстық іс тіркелді, жәбірленушілердің {pct} — әйелдер.',
  'Наурыз мерекесі қарсаңында Алматы әуежайында шекарашыларға арналған семинар өтті; оған {f:org} өкілдері қатысты.',
  'Жәбірленуші ол кезде {n:17:24} жаста болған, колледжде оқыған; оған айына {money} жалақы уәде етілген.',
];

const KKL_POS: string[] = [
  '<a=*.f>Жәбірленуші {P:a:gs}, {DOB:a:long} туған.',
  '<a=*.m>Күдікті {P:a:F}, ЖСН {NID:iin:a}, мекенжайы: {ADR:kkl}.',
  '<a=*.f b=*.m>{P:a:g} жұмыс ұсынысын {P:b:gs:abl} алған, кейін ол телефонын өшіріп тастаған.',
  '<a=*.f>Instagram: {H:a:ig}, пошта: {EM:a}.',
  '<a=*.f>{ADR:kkl_loc} тұратын {P:a:gs} хабарсыз кетті.',
  '<a=*.m>Көлік нөмірі {PL:kz}, жүргізуші — {P:a:si}.',
  '<a=*.f.young b=~a.f.old>{P:b:gs} қызы {P:a:g:gen} хабарсыз кеткенін {d} мәлімдеді.',
  '<a=*.f>Жәбірленуші {P:a:g} куәгер ретінде жауап берді.',
  '<a=*.f>Жәбірленуші {DOB:a:yh} туған.',
  'Байланыс: {PH:kz}.',
  'Тінту {ADR:kkl} мекенжайында жүргізілді.',
];

const KKL_NEG: string[] = [
  '{n:2022:2023} жылы {n:30:90} жәбірленушіге көмек көрсетілді.',
  'Сот отырысы {dl} сағат {time} басталады.',
  'Жұмысқа шақыру Дубайдағы қонақүй атынан жасалған, жалақы {money} деп көрсетілген.',
];

// ---------------------------------------------------------------------------------------------------------------
// Templates: Kyrgyz

const KY_POS: string[] = [
  '<a=*.f b=*.m>Жабырлануучу {P:a:gs} {d} {P:b:gs:gen} сунушу менен Түркияга иштөөгө кеткен.',
  '<a=*.f>Жабырлануучу {P:a:g}, {DOB:a:long} туулган, {ADR:ky} дарегинде жашайт.',
  '<a=*.m>Шектүү {P:a:f} ({DOB:a:dmy} ж.т., ПИН {NID:kgpin:a}) жабырлануучунун паспортун тартып алган.',
  '<a=*.f>{P:a:g} ишеним телефонуна чалып, {f:dest} шаарында кармалып турганын айтты. Байланыш: {PH:tr}.',
  '<a=*.f.young b=~a.f.old>Апасы {P:b:gp} кызы {P:a:g:acc} акыркы жолу {d} көргөнүн билдирди.',
  '<a=*.m>{P:a:gs:dat} {money} которулган, карта {CARD:elcart}.',
  '<a=*.f>{ADR:ky_loc} жашаган {P:a:gs} {DOB:a:loc} туулган.',
  '<a=*.f b=*.m>[{time}] {P:a:g}: {P:b:h}, качан акча бересиз? эки ай болду\n[{time}] {P:b:g}: карызыңды төлөгөндөн кийин. паспорт да ошондо',
  '<a=*.m>Унаа: Honda Fit, мамлекеттик номери {PL:kg}, ээси — {P:a:si}.',
  '<a=*.f>Instagram баракчасы: {H:a:ig}; WhatsApp: {PH:a}. Жумуш сунушу ушул жерден келген.',
  '<a=*.m>{f:court} {dl} {P:a:gs:acc} КР Кылмыш-жаза кодексинин 171-беренеси боюнча күнөөлүү деп тапты.',
  '<a=ky.f>Паспорт № {PAS:kg}; ПИН {NID:kgpin:a}; электрондук почта: {EM:a}.',
  '<a=*.f>{P:a:g} Орусияда {ADR:rus} дарегинде кармалган.',
  '<a=*.f>{P:a:g} {DOB:a:yh} туулган, Ош шаарынын тургуну. Азыр {f:shelter} жашайт.',
  '<a=*.m>«{P:a:nick}» деген лакап ат менен белгилүү {P:a:gs} кыздарды Дубайга жөнөткөн.',
  '<a=uz.m>Шектүү {P:a:gs} — Өзбекстандын жараны, ПИНФЛ {NID:pinfl:a}.',
  '<a=*.f b=~a.f>Ишеним телефонуна {d} чалуу: чалган адам — {P:b:g} (жабырлануучунун эжеси), жабырлануучу — {P:a:gs}, {n:19:28} жашта.',
  '<a=*.f b=*.f>Жабырлануучунун айтымында, баарын {P:b:g} эже уюштурган: ал кыздарды Стамбулга жөнөтүп, {P:a:g:dat} {money} карыз жазып койгон.',
  '<a=*.f>Туулган күнү: {DOB:a:dmyh}; {P:a:gs} {d} Бишкектен Москвага учуп кеткен.',
  '<a=*.f>{P:a:g} сот отурумунда ыйлап, сөзүн бүтүрө алган жок.',
  '<a=*.m>Соттолуучу {P:a:si} күнөөсүн толук мойнуна алды.',
  'Иш берүүчүнүн номери: {PH:ru}.',
  '<a=*.f>Туулган датасы: {DOB:a:dmy}.',
  'Байланыш үчүн номер: {PH:kg}.',
  'Тинтүү {ADR:ky} дарегинде жүргүзүлдү.',
  'Акча {CARD:visa} картасына которулган.',
  'Жабырлануучунун паспорту (№ {PAS:kg}) иш берүүчүдө сакталган.',
  '<a=*.m>Шектүүнүн Telegram аккаунту: {H:a:at}.',
  '<a=*.m>Жумуш тууралуу кат {EM:a} дарегинен келген.',
];

const KY_NEG: string[] = [
  '{f:court} {dl} № {case} иш боюнча өкүм чыгарды; соттолуучуга {n:5:12} жылга эркинен ажыратуу жазасы дайындалды.',
  '{n:2021:2023}-жылы Кыргызстанда адам сатуу боюнча {n:20:80} кылмыш иши катталган; жабырлануучулардын {pct} — аялдар.',
  'Ишеним телефону: [[1212|111|1313]] (акысыз). Полиция — 102.',
  '[[Нооруз майрамынын|Жаңы жылдын|Орозо айттын]] алдында [[Бишкек|Ош]] аэропортунда чек ара кызматкерлери үчүн семинар өттү.',
  'Жабырлануучу {n:17:23} жашта болгон; ага айына {money} айлык убада кылынган.',
];

// ---------------------------------------------------------------------------------------------------------------
// Templates: Uzbek (Latin and Cyrillic)

const UZ_POS: string[] = [
  '<a=*.f b=*.m>Jabrlanuvchi {P:a:gs} {d} kuni {P:b:gs:gen} taklifi bilan Turkiyaga ishlashga ketgan.',
  "<a=*.f>Jabrlanuvchi {P:a:g} {DOB:a:loc} tug'ilgan, {ADR:uz} manzilida yashaydi.",
  "<a=*.m>Gumonlanuvchi {P:a:f} ({DOB:a:dmy} y.t., JShShIR {NID:pinfl:a}) jabrlanuvchining pasportini olib qo'ygan.",
  "<a=*.f>{P:a:g} ishonch telefoniga qo'ng'iroq qilib, {f:dest} shahrida ushlab turilganini aytdi. Aloqa: {PH:tr}.",
  "<a=*.f.young b=~a.f.old>Onasi {P:b:gp} qizi {P:a:g:acc} oxirgi marta {d} ko'rganini ma'lum qildi.",
  "<a=*.m>{P:a:gs:dat} {money} o'tkazilgan, karta {CARD:humo}.",
  "<a=*.f>{ADR:uz_loc} yashovchi {P:a:gs} {DOB:a:yh} tug'ilgan.",
  "<a=*.f b=*.m>[{time}] {P:a:h}: aka, pasportimni qachon qaytarasiz?\n[{time}] {P:b:g}: qarzingni to'laganingdan keyin. ko'p gapirma",
  '<a=*.m>Avtomobil: Chevrolet Lacetti, davlat raqami {PL:uz}, egasi — {P:a:si}.',
  '<a=*.f>Instagram sahifasi: {H:a:ig}; Telegram: {H:a:at}. Ish taklifi shu yerdan kelgan.',
  "<a=*.m>{f:court} {dl} {P:a:gs:acc} O'zbekiston Respublikasi JKning 135-moddasi bo'yicha aybdor deb topdi.",
  "<a=uz.*>Arizada ko'rsatilgan JShShIR {NID:pinflbad:a} nazorat raqamiga to'g'ri kelmaydi, ehtimol xato yozilgan; arizachi — {P:a:gs}.",
  '<a=*.f>Pasport: {PAS:uz}; elektron pochta: {EM:a}; manzil: {ADR:uz}.',
  '<a=*.m>{P:a:gs} Koreyaga E-9 vizasi bilan borgan; ish beruvchining telefoni {PH:kr}.',
  "<a=*.f b=*.f>Jabrlanuvchining aytishicha, hammasini {P:b:g} opa uyushtirgan: u qizlarni Dubayga jo'natgan, {P:a:g:dat} esa {money} qarz yozib qo'ygan.",
  "<a=*.f>{P:a:g} sud majlisida ko'z yoshini tiya olmadi.",
  "<a=*.m>Sudlanuvchi {P:a:si} aybini to'liq tan oldi.",
  "<a=*.f>Tug'ilgan sanasi: {DOB:a:dmy}.",
  'Aloqa uchun raqam: {PH:uz}.',
  "Tintuv {ADR:uz} manzilida o'tkazildi.",
  "Pul {CARD:uzcard} kartasiga o'tkazilgan.",
  'Ish beruvchining raqami: {PH:ru}.',
  '<a=*.m>Ish taklifi {EM:a} manzilidan kelgan.',
];

const UZ_NEG: string[] = [
  "{f:court} {dl} {case}-sonli ish bo'yicha hukm chiqardi.",
  "{n:2021:2023}-yilda O'zbekistonda odam savdosi bo'yicha {n:50:300} ta jinoyat ishi qo'zg'atilgan; jabrlanuvchilarning {pct} — ayollar.",
  "Xorijda ishlash bo'yicha maslahat: {f:hotline}. Qo'ng'iroq bepul.",
  "Navro'z bayrami arafasida Toshkent aeroportida chegarachilar uchun seminar o'tkazildi; unda {f:org} vakillari qatnashdi.",
];

const UZC_POS: string[] = [
  '<a=*.f b=*.m>Жабрланувчи {P:a:gs} {d} куни {P:b:gs:gen} таклифи билан Россияга ишлашга кетган.',
  '<a=*.f>{ADR:uzc_loc} яшовчи {P:a:gs} {DOB:a:loc} туғилган.',
  '<a=*.m>Гумонланувчи {P:a:F}, ЖШШИР {NID:pinfl:a}, паспорт {PAS:uz}.',
  '<a=*.f>{P:a:g} ишонч телефонига қўнғироқ қилди; унинг манзили: {ADR:uzc}.',
  '<a=*.f b=*.m>[{time}] {P:a:h}: ака, паспортимни қачон қайтарасиз?\n[{time}] {P:b:g}: қарзингни тўлаганингдан кейин',
  '<a=*.m>{P:a:gs:dat} {money} ўтказилган, карта {CARD:uzcard}.',
  '<a=*.f>Telegram: {H:a:at}; {P:a:g:gen} айтишича, иш таклифи шу ердан келган.',
  '<a=*.f>Жабрланувчи {P:a:g} гувоҳ сифатида сўроқ қилинди.',
  '<a=*.f>Туғилган санаси: {DOB:a:dmy}.',
  'Алоқа учун рақам: {PH:uz}.',
];

const UZC_NEG: string[] = [
  '{f:court} {dl} ҳукм чиқарди; судланувчига {n:5:12} йил озодликдан маҳрум қилиш жазоси тайинланди.',
  '{n:2021:2023}-йилда {n:50:300} та жиноят иши қўзғатилган, жабрланувчиларнинг {pct} — аёллар.',
  'Наврўз байрами арафасида Тошкент аэропортида чегарачилар учун семинар ўтказилди.',
];

// ---------------------------------------------------------------------------------------------------------------
// Templates: Tajik

const TG_POS: string[] = [
  '<a=*.f b=*.m>Ҷабрдида {P:a:gs} {d} бо пешниҳоди {P:b:gs} барои кор ба Туркия рафтааст.',
  '<a=*.f>Ҷабрдида {P:a:g}, санаи таваллуд {DOB:a:dmy}, суроға: {ADR:tg}.',
  '<a=*.m>Гумонбаршуда {P:a:f} ({DOB:a:soli} таваллуд шудааст, РМА {NID:tjinn:a}) шиносномаи ҷабрдидаро гирифтааст.',
  '<a=*.f>{P:a:g} ба телефони боварӣ занг зада гуфт, ки дар шаҳри {f:dest} нигоҳ дошта мешавад. Тел.: {PH:tr}.',
  '<a=*.f.young b=~a.f.old>Модараш {P:b:gs} гуфт, ки духтараш {P:a:g:acc} бори охир {d} дидааст.',
  '<a=*.m>Ба {P:a:gs} {money} интиқол дода шуд, корт {CARD:visa}.',
  '<a=*.f>Суроға: {ADR:tg}; {P:a:gs}, {DOB:a:long} таваллуд шудааст.',
  '<a=*.f b=*.m>[{time}] {P:a:h}: шиносномаамро кай бармегардонед?\n[{time}] {P:b:g}: баъди он ки қарзатро пардохтӣ',
  '<a=*.m>Мошин: Opel Astra, рақами давлатӣ {PL:tj}, соҳиб — {P:a:si}.',
  '<a=*.f>Саҳифаи Instagram: {H:a:ig}; WhatsApp: {PH:a}.',
  '<a=*.m>{f:court} {dl} {P:a:gs:acc} тибқи моддаи 130.1 КҶ ҶТ гунаҳкор донист.',
  '<a=tj.f>Шиноснома № {PAS:tj}; почтаи электронӣ: {EM:a}; РМА {NID:tjinn:a}.',
  '<a=*.f>{P:a:g} дар Русия дар суроғаи {ADR:rus} нигоҳ дошта мешуд.',
  '<a=af.m>Шаҳрванди Афғонистон {P:a:gs} ба духтарон ҳуҷҷатҳои қалбакӣ тайёр кардааст, тел. {PH:af}.',
  '<a=*.m b=*.f>{P:a:g} бо лақаби «{P:a:nick}» маълум буд; вай {P:b:g:acc} ба Дубай фиристод.',
  '<a=*.f>Дар ариза РМА {NID:tjinn:a} нишон дода шудааст; аризадиҳанда — {P:a:f}.',
  '<a=*.f b=*.f>Ба гуфтаи ҷабрдида, ҳамаашро {P:b:g} апа ташкил кардааст; вай духтаронро бо автобус то Самара мебурд.',
  '<a=*.f>{P:a:gs} {DOB:a:long} дар ноҳияи Ванҷ таваллуд шудааст, ҳоло дар паноҳгоҳ зиндагӣ мекунад.',
  '<a=*.f>{P:a:g} дар ҷаласаи суд гиря карда, суханашро тамом карда натавонист.',
  '<a=*.m>Маҳкумшуда {P:a:si} гуноҳашро пурра эътироф кард.',
  '<a=*.f>Санаи таваллуд: {DOB:a:dmy}.',
  'Рақами тамос: {PH:tj}.',
  'Кофтуков дар суроғаи {ADR:tg} гузаронида шуд.',
  'Пул ба корти {CARD:visa} гузаронида шудааст.',
  '<a=*.m>Аккаунти Telegram-и гумонбаршуда: {H:a:at}.',
  '<a=*.m>Пешниҳоди кор аз суроғаи {EM:a} омадааст.',
];

const TG_NEG: string[] = [
  '{f:court} {dl} аз рӯи парвандаи № {case} ҳукм баровард.',
  'Дар соли {n:2021:2023} дар Тоҷикистон {n:20:90} парвандаи ҷиноятӣ оид ба хариду фурӯши одамон ба қайд гирифта шуд.',
  'Телефони боварӣ: {f:hotline}; занг ройгон аст.',
  'Пеш аз [[ҷашни Наврӯз|Соли нав|Иди Рамазон]] дар фурудгоҳи [[Душанбе|Хуҷанд]] барои сарҳадбонон семинар гузаронида шуд.',
  'Ҷабрдида он вақт {n:17:24}-сола буд; ба ӯ маоши {money} ваъда дода буданд.',
];

// ---------------------------------------------------------------------------------------------------------------
// Templates: Turkish

const TR_POS: string[] = [
  "<a=*.f b=*.m>Mağdur {P:a:gs}, {d} tarihinde {P:b:gs:gen} teklifiyle İstanbul'a çalışmaya geldi.",
  '<a=*.f>Mağdur {P:a:g}, {DOB:a:long} doğumlu, {ADR:tr} {f:trDistrict} adresinde kalıyor.',
  '<a=tr.m>Şüpheli {P:a:F} (T.C. Kimlik No: {NID:tc:a}, {DOB:a:dmy} doğumlu) mağdurun pasaportuna el koymuş.',
  "<a=*.f>{P:a:g} YİMER hattını arayarak Antalya'da bir otelde tutulduğunu söyledi. Geri arama numarası: {PH:a}.",
  '<a=*.f.young b=~a.f.old>Annesi {P:b:gs}, kızı {P:a:g:acc} en son {d} tarihinde gördüğünü belirtti.',
  '<a=*.m>{P:a:gs:dat} {money} gönderildi; IBAN {IBAN:tr}.',
  '<a=*.f>{P:a:gs}, {DOB:a:loc} {f:birthTr} doğdu.',
  '<a=*.f b=*.m>[{time}] {P:b:g}: pasaportunu bana ver, sınırdan geçince geri veririm\n[{time}] {P:a:g}: tamam ama anneme söyleme',
  '<a=*.m>Araç: Fiat Doblo, plaka {PL:tr}, sürücü {P:a:si}.',
  '<a=*.f>Instagram hesabı {H:a:ig}, WhatsApp numarası {PH:a}. İş teklifi buradan gelmiş.',
  '<a=*.m>{f:court} {dl} tarihli kararında sanık {P:a:gs:acc} TCK 80. madde uyarınca mahkûm etti.',
  '<a=tm.f b=tr.m>Türkmenistan vatandaşı {P:a:gs} (pasaport no {PAS:tm}), {P:b:gs:gen} evinde bakıcı olarak çalıştırıldı.',
  '<a=*.f>E-posta: {EM:a}; pasaport: {PAS:a}; adres: {ADR:tr}.',
  '<a=tr.*>Dilekçede yazılan T.C. kimlik numarası {NID:tcbad:a} doğrulama algoritmasını geçmiyor, muhtemelen yanlış yazılmış; başvuran: {P:a:gs}.',
  '<a=tr.m>Mağdurun anlattığına göre her şeyi {P:a:g} Bey organize etmiş; kızları havalimanından {PL:tr} plakalı minibüsle alıyormuş.',
  "<a=af.m>Afgan uyruklu {P:a:gs}, göçmenleri Van'dan İstanbul'a taşıyan şoför olarak tespit edildi; telefonu {PH:af}.",
  "<a=*.f>{P:a:g} {DOB:a:yh} doğmuş, {n:2019:2022} yılında Türkiye'ye gelmiş.",
  "<a=az.m b=*.f>Azerbaycan vatandaşı {P:a:gs} ({PH:az}), {P:b:g:acc} Trabzon'daki bir eğlence mekânına yerleştirmiş.",
  '<a=kz.f>{P:a:g:gen} Kazakistan kimlik numarası {NID:iin:a} olarak kayıtlara geçti; {DOB:a:dmyh} doğduğu belirtilmiş.',
  '<a=*.f>{P:a:g} duruşmada ağlamaktan konuşamadı.',
  '<a=*.m>Sanık {P:a:si} suçunu tamamen kabul etti.',
  '<a=*.f>Doğum tarihi: {DOB:a:dmy}.',
  'İletişim numarası: {PH:tr}.',
  'Arama {ADR:tr} adresinde yapıldı.',
  'Para {CARD:troy} numaralı karta gönderilmiş.',
  '<a=*.m>Şüphelinin Telegram hesabı: {H:a:at}.',
  '<a=*.m>İş teklifi {EM:a} adresinden gelmiş.',
  'Ödeme {IBAN:tr} numaralı hesaba yapılmış.',
  'İşverenin numarası: {PH:ae}.',
];

const TR_NEG: string[] = [
  '{f:court} {dl} tarihinde {case} sayılı dosyada kararını açıkladı.',
  "{n:2021:2023} yılında Türkiye'de {n:200:900} insan ticareti mağduru tespit edildi; mağdurların {pct} kadındı.",
  'Yardım hatları: 157 (YİMER) ve [[155 (Polis)|156 (Jandarma)|112 (Acil)]]. Aramalar ücretsiz.',
  "[[Ramazan Bayramı|Kurban Bayramı|Yılbaşı]] öncesinde [[Antalya Havalimanı'nda|İstanbul Havalimanı'nda|Sabiha Gökçen'de]] sınır polislerine yönelik eğitim düzenlendi.",
  'Mağdur {n:17:24} yaşındaydı; ona aylık {money} maaş vaat edilmişti.',
];

// ---------------------------------------------------------------------------------------------------------------
// Assembly, checks and output

const PLAN: { orth: Orth; pos: string[]; neg: string[]; nPos: number; nNeg: number }[] = [
  { orth: 'ru', pos: RU_POS, neg: RU_NEG, nPos: 192, nNeg: 34 },
  { orth: 'en', pos: EN_POS, neg: EN_NEG, nPos: 110, nNeg: 20 },
  { orth: 'kk', pos: KK_POS, neg: KK_NEG, nPos: 40, nNeg: 7 },
  { orth: 'kkl', pos: KKL_POS, neg: KKL_NEG, nPos: 12, nNeg: 3 },
  { orth: 'ky', pos: KY_POS, neg: KY_NEG, nPos: 48, nNeg: 9 },
  { orth: 'uz', pos: UZ_POS, neg: UZ_NEG, nPos: 36, nNeg: 6 },
  { orth: 'uzc', pos: UZC_POS, neg: UZC_NEG, nPos: 14, nNeg: 3 },
  { orth: 'tg', pos: TG_POS, neg: TG_NEG, nPos: 48, nNeg: 9 },
  { orth: 'tr', pos: TR_POS, neg: TR_NEG, nPos: 50, nNeg: 9 },
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
        id: `heldout10-${lang}-${pad(i + 1, 3)}`,
        language: lang,
        script: LATIN_ORTHS.includes(d.orth) ? 'latin' : 'cyrillic',
        text: d.text,
        spans: d.spans,
      });
    });
  }

  const out = join(__dirname, '..', 'test', 'fixtures', 'anonymizer-heldout-10.jsonl');
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
