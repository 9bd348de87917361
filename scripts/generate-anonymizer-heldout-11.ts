/**
 * Eleventh held-out anonymizer batch: writes test/fixtures/anonymizer-heldout-11.jsonl.
 * Written without looking at the anonymizer's rules, lists or data, or at earlier batches' contents: only the tenth
 * batch's generator machinery (random source, transliteration and inflection helpers, check-digit helpers, template
 * engine, offset checks and output) and its labelling rules are reused. The sentences, situations, document kinds,
 * name pools, street and place pools and filler pools are all new; the name and street pools share no entry with
 * the tenth batch's. New here: Moldovan and Polish people, Poland as a destination (PESEL, Polish passports, phones,
 * plates, IBANs and addresses), Moldovan IDNP, Ukrainian RNOKPP, Turkish foreigner ids (99...), Korean plates,
 * Russian diminutives, a given name with a surname initial, and passport-style dates of birth (12 MAR 1990).
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
 *                            F (all capitals), l / ls (lower case), h (given + glued endearment), nick (nickname),
 *                            dim (Russian diminutive, else as h), gI (given + surname initial).
 *                            Cases: nom, gen, dat, acc, ins, pre (Russian); gen, dat, acc, loc, abl, ins (Turkic);
 *                            acc (Tajik -ро). Russian declines every part; Turkic languages suffix the last word.
 *   {PH:kz} {PH:a}           PHONE of a country (kzl, kgl, trl, ael, pl, md ...), or of role a's home country.
 *   {EM:a} {NID:a} {NID:kind:a} {PAS:rus} {PAS:a} {CARD:humo} {IBAN:pl} {ADR:tr_loc} {DOB:a:dmon} {PL:kr} {H:a:tt}
 *                            the other labelled types (EMAIL, NATIONAL_ID, PASSPORT, CARD, IBAN, ADDRESS,
 *                            BIRTH_DATE, PLATE, HANDLE). National id kinds: iin, kgpin, pinfl, tjinn, tc, ykn, snils,
 *                            rinn, arc, eid, pesel, idnp, rnokpp; iinbad, pinflbad and tcbad fail their check digit
 *                            and the snippet says so.
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
 * Usage: npx tsx scripts/generate-anonymizer-heldout-11.ts
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

const rand = mulberry32(0x11c0ffee);
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
type Eth =
  'ru' | 'ua' | 'ko' | 'kz' | 'ky' | 'uz' | 'tj' | 'tm' | 'tr' | 'az' | 'af' | 'kr' | 'cn' | 'ar' | 'md' | 'pl';
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
// Every pool is new to this batch and shares no name with the tenth batch's pools.

const NAMES: Record<Eth, { m: string[]; f: string[]; s: string[] }> = {
  ru: {
    m: words(`Глеб Степан Родион Савелий Елисей Прохор Тихон Никифор Всеволод Святослав Филипп Матвей Семён Кирилл
      Фёдор Виталий Геннадий Эдуард Валентин Леонид Анатолий Борис Вадим Захар Ефрем Аркадий Ростислав`),
    f: words(`Ангелина Анфиса Василиса Вероника Галина Дарья Евгения Жанна Зинаида Зоя Капитолина Лариса Любовь
      Маргарита Марина Надежда Полина Раиса Регина Снежана Таисия Ульяна Ксения Эвелина Ярослава Тамара`),
    s: words(`Мартынов Субботин Крылов Журавлёв Лукин Селезнёв Гаврилов Тарасов Щербаков Ларионов Кондратьев
      Медведев Зуев Панфилов Калинин Щукин Носков Фомичёв Бирюков Горбунов Кулагин Маслов Никулин Олейников
      Рыжов Сорокин Фадеев Хохлов Цветков Чеботарёв Шилов Ястребов Абрамов Баранов Ветров Гришин Денисов Ефремов
      Жуков Игнатьев Карпов Лебедев Миронов Некрасов Осипов Петухов Тихомиров Вишневский Добровольский
      Островский`),
  },
  ua: {
    m: words('Тарас Остап Ярема Мирослав Зиновий Богдан Василь Данило'),
    f: words('Оксана Олеся Богдана Соломия Зоряна Леся Христина'),
    s: words(`Мельник Бондаренко Шевчук Коваленко Литвиненко Ткачук Гнатюк Марченко Савчук Панченко Лысенко
      Стасюк Мазур Бойко`),
  },
  ko: {
    m: [],
    f: [],
    s: words('Ким Пак Ли Цой Хегай Огай Когай Югай Угай Кан Хан Нам Лим Тен Эм Шин Цхай Мун'),
  },
  kz: {
    m: words(`Жасұлан Ақжол Төлеген Мағжан Ерасыл Нұрлыбек Дәурен Самат Әділет Алмас Мұрат Санжар Нұрболат Асхат
      Ербол Жомарт Қуаныш Шыңғыс Ілияс Айдос Мақсат Бекзат Жарас Темірлан Ернар Олжас Ғалымжан Әмір`),
    f: words(`Ақмарал Гүлнұр Дана Жансая Мөлдір Назерке Сымбат Томирис Салтанат Әсел Ботагөз Динара Ләззат Раушан
      Фариза Жібек Ақерке Інкәр Меруерт Ұлжан Қарлығаш Баян Шолпан Арайлым`),
    s: words(`Омаров Бейсенов Тоқтаров Байжанов Қасымов Сәрсенбаев Әлімжанов Жақыпов Ермеков Құдайбергенов
      Мұқанов Ахметжанов Тұрсынбеков Байтұрсынов Смағұлов Оразалин Шәріпов Бекболатов Қалиев Нұрпейісов Әуезов
      Иманбаев Абдрахманов Көшербаев Молдабеков Жүсіпов Есімов Рахымжанов Ғабдуллин`),
  },
  ky: {
    m: words(`Азамат Бакыт Курманбек Нурлан Мелис Улукбек Алмазбек Эмил Бекжан Жоомарт Канатбек Чынгыз Мээрбек Тилек
      Асылбек Айбек Эрмек Медер Данияр Нурбек Кубанычбек Жолдошбек Бактыбек Алтынбек Сыймык Өмүрбек Дастан`),
    f: words(`Айпери Гүлзат Назгүл Жылдыз Чолпон Айжан Бермет Нурзат Элнура Мээрим Акылай Айзирек Гулира Сезим
      Каныкей Бурул Венера Айсулуу Чынара Толгонай Жаңыл`),
    s: words(`Маматов Жээнбеков Садыров Токтогулов Бакиров Абдыкадыров Исаков Мамбетов Осмонов Жумабеков Калыков
      Эсенбаев Кадыров Сатыбалдиев Алыкулов Бөкөнбаев Мырзакматов Өмүралиев Абдраимов Курманалиев Турсунбаев
      Үмөталиев Чолпонкулов Эшимбеков Жолдошев Касымалиев`),
  },
  uz: {
    m: words(`Sardor Jasur Otabek Sherzod Farrux Javohir Baxtiyor Ravshan Ulug'bek Shuhrat Akmal Botir Nodir Oybek
      Xurshid Shavkat Abbos Umid Ilhom Dilshod Elyor Sarvar Tohir Anvar G'ayrat O'tkir Shoxruh Muzaffar`),
    f: words(`Dilnoza Malika Nodira Feruza Madina Shahnoza Gulnora Mohira Sevara Durdona Nilufar Barno Charos Iroda
      Munisa Sitora Umida Yulduz Zilola Mavluda Go'zal Hilola Kamola Nargiza Shahlo Robiya Mohinur`),
    s: words(`Karimov Rahimov Toshmatov Yusupov Abdullayev Ergashev Mirzayev Xolmatov Sobirov Rustamov Umarov
      Normatov Haydarov Jo'rayev Qodirov Shermatov Ahmedov Mahmudov To'xtayev Po'latov Salimov Hasanov Olimov
      Boboyev Xudoyberdiyev G'aniyev Zokirov Valiyev Tillayev`),
  },
  tj: {
    m: words(`Рустам Фирдавс Исмоил Манучеҳр Бахтиёр Ҷамшед Суҳроб Акбар Далер Шоҳрух Парвиз Навруз Фаррух Комрон
      Беҳрӯз Искандар Умед Амирхон Нозим Қурбон Сайфулло Ҳусейн Аъзам Хуршед Зафар`),
    f: words(`Нигора Фарзона Мавҷуда Дилафрӯз Манижа Парвина Бунафша Меҳрангез Таҳмина Ширин Гулчеҳра Мунира
      Дилором Ҳамида Фарангис Лола Ойниса Садбарг Зулфия Шабнам`),
    s: words(`Қурбонов Раҷабов Сафаров Ҷалолов Мирзоев Абдуллоев Каримзода Раҳмонов Ғаффоров Исмоилов Юсуфзода
      Файзуллоев Давлатов Зиёев Болтаев Амиров Бобоҷонов Султонов Нарзуллоев Ҳасанзода Шодиев Маҳмадов Файзов
      Остонов`),
  },
  tm: {
    m: words(`Berdi=Берды Maksat=Максат Serdar=Сердар Kerim=Керим Annamyrat=Аннамурат Batyr=Батыр Mekan=Мекан
      Döwlet=Довлет Hemra=Хемра Begenç=Бегенч Nurmuhammet=Нурмухаммет Ezizgeldi=Эзизгельды Resul=Резуль`),
    f: words(`Ogulgerek=Огулгерек Maýsa=Майса Oguljan=Огулджан Gyzlargül=Гызларгуль Jahan=Джахан Sona=Сона
      Maral=Марал Ogulşat=Огулшат Güljemal=Гульджемаль Aýna=Айна Tylla=Тылла`),
    s: words(`Berdiýew=Бердыев Annaýew=Аннаев Orazow=Оразов Hojaýew=Ходжаев Kakabaýew=Какабаев Rejepow=Реджепов
      Durdyýew=Дурдыев Nepesow=Непесов Saparow=Сапаров Garaýew=Гараев Çaryýew=Чарыев Meredow=Мередов`),
  },
  tr: {
    m: words(`Emre=Эмре Burak=Бурак Onur=Онур Serkan=Серкан Volkan=Волкан Cem=Джем Kemal=Кемаль Yusuf=Юсуф
      Oğuz=Огуз Barış=Барыш Erkan=Эркан Murat=Мурат Levent=Левент Ömer=Омер Sinan=Синан Taner=Танер
      Cengiz=Дженгиз Erdem=Эрдем İsmail=Исмаил Kadir=Кадир Orhan=Орхан Tamer=Тамер Umut=Умут Yiğit=Йигит
      Hüseyin=Хусейн Ferhat=Ферхат Gökhan=Гёкхан Halil=Халил`),
    f: words(`Elif=Элиф Zeynep=Зейнеп Merve=Мерве Büşra=Бюшра Esra=Эсра Derya=Дерья Sevgi=Севги Özlem=Озлем
      Ebru=Эбру Gizem=Гизем Pınar=Пынар Tuğba=Туба Dilek=Дилек Hatice=Хатидже Emine=Эмине Songül=Сонгюль
      Sibel=Сибель Nazlı=Назлы Ayşegül=Айшегюль Serap=Серап Betül=Бетюль Melek=Мелек`),
    s: words(`Yılmaz=Йылмаз Kaya=Кая Demir=Демир Şahin=Шахин Çelik=Челик Yıldız=Йылдыз Aydın=Айдын Öztürk=Озтюрк
      Doğan=Доган Kılıç=Кылыч Aslan=Аслан Çetin=Четин Koç=Коч Özdemir=Оздемир Polat=Полат Bulut=Булут
      Keskin=Кескин Aksoy=Аксой Tekin=Текин Güneş=Гюнеш Erdoğan=Эрдоган Bozkurt=Бозкурт Ateş=Атеш Özkan=Озкан
      Sönmez=Сёнмез Karataş=Караташ Yavuz=Явуз`),
  },
  az: {
    m: words(`Rəşad=Рашад Vüqar=Вугар Elnur=Эльнур Tural=Турал Orxan=Орхан Fərid=Фарид İlqar=Ильгар Anar=Анар
      Ramil=Рамиль Cavid=Джавид Elvin=Эльвин`),
    f: words(`Günay=Гюнай Səbinə=Сабина Arzu=Арзу Könül=Кёнуль Ülviyyə=Ульвия Leyla=Лейла Şəbnəm=Шабнам
      Nərmin=Нармин Gülnar=Гюльнар`),
    s: words(`Məmmədov=Мамедов Əliyev=Алиев Quliyev=Кулиев Hüseynov=Гусейнов Rzayev=Рзаев İsmayılov=Исмайлов
      Abbasov=Аббасов Cəfərov=Джафаров Qasımov=Гасымов Ağayev=Агаев Vəliyev=Велиев`),
  },
  af: {
    m: words(`Naqibullah=Накибулла Farhad=Фархад Zabihullah=Забихулла Noorullah=Нурулла Ahmad_Shah=Ахмад_Шах
      Wahidullah=Вахидулла Qasim=Касим Javed=Джавед Obaidullah=Обайдулла Sayed=Сайед Asadullah=Асадулла`),
    f: words(`Zarghona=Заргона Parwana=Парвана Mursal=Мурсал Freshta=Фрешта Mina=Мина Zahra=Захра Nargis=Наргис
      Shabana=Шабана Hasina=Хасина`),
    s: words(`Ahmadzai=Ахмадзай Popal=Попал Stanikzai=Станикзай Wardak=Вардак Hotak=Хотак Safi=Сафи Rahimi=Рахими
      Popalzai=Попалзай Noori=Нури Samadi=Самади Hashimi=Хашими Karimi=Карими`),
  },
  kr: {
    m: words(`Seung-hoon=Сын_Хун Dong-hyun=Тон_Хён Hyun-woo=Хён_У Jun-seo=Чжун_Со Min-jae=Мин_Джэ
      Tae-yang=Тхэ_Ян Young-ho=Ён_Хо Ki-tae=Ки_Тхэ Jong-su=Чон_Су Sang-hoon=Сан_Хун`),
    f: words(`Seo-yeon=Со_Ён Ji-woo=Чжи_У Hye-jin=Хе_Джин Soo-ah=Су_А Mi-kyung=Ми_Гён Da-eun=Та_Ын Yun-hee=Юн_Хи
      Eun-ji=Ын_Джи Ga-young=Ка_Ён So-hee=Со_Хи`),
    s: words('Kim=Ким Park=Пак Lee=Ли Choi=Чхве Jung=Чон Kang=Кан Yoon=Юн Jang=Чан Lim=Лим Shin=Шин Song=Сон Moon=Мун'),
  },
  cn: {
    m: words('Wei=Вэй Jun=Цзюнь Hao=Хао Lei=Лэй Ming=Мин Jian=Цзянь Yong=Юн Jie=Цзе Bo=Бо Zhiqiang=Чжицян'),
    f: words('Mei=Мэй Fang=Фан Xiuying=Сюин Yan=Янь Jing=Цзин Hui=Хуэй Xiaoyan=Сяоянь Min=Минь Ping=Пин'),
    s: words('Wang=Ван Li=Ли Zhang=Чжан Liu=Лю Chen=Чэнь Yang=Ян Zhao=Чжао Huang=Хуан Zhou=Чжоу Sun=Сунь Ma=Ма Guo=Го'),
  },
  ar: {
    m: words(`Khalid=Халид Rashid=Рашид Sultan=Султан Obaid=Обейд Majid=Маджид Faisal=Фейсал Ahmed=Ахмед
      Yousef=Юсеф Omar=Омар Ibrahim=Ибрагим`),
    f: words('Fatima=Фатима Mariam=Мариам Noura=Нура Aisha=Аиша Latifa=Латифа Hessa=Хесса Alia=Алия Reem=Рим'),
    s: words(`Al_Nuaimi=Аль-Нуайми Al_Shamsi=Аль-Шамси Al_Dhaheri=Аль-Захери Al_Mansoori=Аль-Мансури
      Al_Suwaidi=Аль-Сувейди Al_Falasi=Аль-Фаласи Al_Ketbi=Аль-Кетби Al_Zaabi=Аль-Зааби Al_Tayer=Аль-Тайер`),
  },
  md: {
    m: words(`Ion=Ион Vasile=Василе Mihai=Михай Sergiu=Сергиу Nicolae=Николае Dumitru=Думитру Gheorghe=Георге
      Alexandru=Александру Radu=Раду Valeriu=Валериу`),
    f: words(`Mariana=Мариана Cristina=Кристина Doina=Дойна Ecaterina=Екатерина Aurelia=Аурелия Irina=Ирина
      Angela=Анжела Viorica=Виорика Lilia=Лилия`),
    s: words(`Rusu=Русу Ciobanu=Чобану Munteanu=Мунтяну Ceban=Чебан Lungu=Лунгу Cojocaru=Кожокару Botnaru=Ботнару
      Moraru=Морару Țurcanu=Цуркану Rotaru=Ротару Popescu=Попеску Sârbu=Сырбу Guțu=Гуцу`),
  },
  pl: {
    m: words(`Krzysztof=Кшиштоф Tomasz=Томаш Marek=Марек Grzegorz=Гжегож Wojciech=Войцех Jacek=Яцек
      Łukasz=Лукаш Piotr=Пётр`),
    f: words('Agnieszka=Агнешка Katarzyna=Катажина Małgorzata=Малгожата Joanna=Иоанна Beata=Беата Ewa=Эва'),
    s: words(`Nowak=Новак Kowalczyk=Ковальчик Wiśniewski=Вишневский Wójcik=Вуйцик Kamiński=Каминский
      Lewandowski=Левандовский Zieliński=Зелинский Szymański=Шиманский Mazur=Мазур Krawczyk=Кравчик`),
  },
};
// Korean diaspora (Koryo-saram) carry Russian given names.
NAMES.ko.m = NAMES.ru.m;
NAMES.ko.f = NAMES.ru.f;

/** Russian diminutives used in chats and quoted speech. */
const DIMINUTIVE: Record<string, string> = {
  Глеб: 'Глебушка',
  Степан: 'Стёпа',
  Родион: 'Родя',
  Савелий: 'Савва',
  Прохор: 'Проша',
  Тихон: 'Тиша',
  Всеволод: 'Сева',
  Святослав: 'Слава',
  Филипп: 'Филя',
  Матвей: 'Мотя',
  Семён: 'Сёма',
  Кирилл: 'Кирюша',
  Фёдор: 'Федя',
  Виталий: 'Виталик',
  Геннадий: 'Гена',
  Эдуард: 'Эдик',
  Валентин: 'Валик',
  Леонид: 'Лёня',
  Анатолий: 'Толик',
  Борис: 'Боря',
  Вадим: 'Вадик',
  Аркадий: 'Аркаша',
  Ростислав: 'Ростик',
  Ангелина: 'Геля',
  Василиса: 'Васёна',
  Вероника: 'Ника',
  Галина: 'Галочка',
  Дарья: 'Дашенька',
  Евгения: 'Женя',
  Зинаида: 'Зина',
  Зоя: 'Зоенька',
  Капитолина: 'Капа',
  Лариса: 'Лара',
  Любовь: 'Люба',
  Маргарита: 'Рита',
  Марина: 'Мариша',
  Надежда: 'Надюша',
  Полина: 'Поля',
  Раиса: 'Рая',
  Снежана: 'Снежка',
  Таисия: 'Тася',
  Ульяна: 'Уля',
  Ксения: 'Ксюша',
  Тамара: 'Тома',
  Оксана: 'Ксана',
  Богдана: 'Дана',
  Христина: 'Христя',
  Тарас: 'Тарасик',
  Остап: 'Остапчик',
  Богдан: 'Бодя',
};
const CYR_NATIVE: readonly Eth[] = ['ru', 'ua', 'ko', 'kz', 'ky', 'tj'];
const FOREIGN: readonly Eth[] = ['tm', 'tr', 'az', 'af', 'kr', 'cn', 'ar', 'md', 'pl'];
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
  ru: words(`Шеф/m Хромой/m Серый/m Рыжая/f Косой/m Мамочка/f Япончик/m Бабай/m Сестрёнка/f Кудрявая/f Кот/m
    Гюрза/f Бухгалтер Тётушка/f Ташкентский/m Лысый/m Пчёлка/f`),
  en: words('Boss/m Sweetie/f Scarface/m Red Cobra Panther/f Chief/m Lucky Sparrow/f Bulldog/m Goldie/f'),
  kk: words('Жолбарыс/m Бүркіт/m Қарабас/m Сары Түлкі Көгершін/f Ботақан/f Шымкенттік/m Мысық'),
  ky: words('Арстан/m Караке/m Бүркүт/m Чымчык/f Ак_куу/f Түлкү Ошчу/m Мышык'),
  uz: words('Shef/m Qorabosh/m Kalla/m Tulkivoy/m Bulbul/f Qizaloq/f Ilon Kapitan/m Toshkentlik/m'),
  tg: words('Шер/m Сиёҳ/m Калла/m Булбул/f Гулак/f Мушук Капитан/m Ҷаллод/m Лоғар'),
  tr: words('Çakal/m Kartal/m Şef/m Topal/m Kelebek/f Yılan Maymun Sarışın/f Doktor/m'),
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
  ru: { kz: 20, ky: 15, uz: 17, tj: 14, ru: 10, ua: 3, ko: 5, az: 3, tm: 4, tr: 3, af: 2, md: 2, pl: 1, cn: 1 },
  en: {
    kz: 11,
    ky: 10,
    uz: 12,
    tj: 10,
    ru: 6,
    ua: 3,
    ko: 3,
    tr: 8,
    kr: 7,
    cn: 5,
    ar: 7,
    af: 5,
    tm: 6,
    az: 3,
    md: 3,
    pl: 2,
  },
  kk: { kz: 72, ru: 8, uz: 6, ky: 4, ko: 6, tr: 2, cn: 2 },
  kkl: { kz: 84, ru: 8, ko: 8 },
  ky: { ky: 72, kz: 6, uz: 10, tj: 3, ru: 5, tr: 4 },
  uz: { uz: 78, tj: 6, kz: 4, ky: 4, ru: 3, tr: 3, kr: 2 },
  uzc: { uz: 82, tj: 6, kz: 3, ru: 9 },
  tg: { tj: 80, uz: 8, ru: 5, af: 7 },
  tr: { tr: 44, tm: 12, uz: 11, kz: 7, ky: 8, az: 8, af: 4, ar: 3, md: 3 },
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
    case 'gI':
      list = [G, upper(pp.surname.slice(0, 1), orth) + '.'];
      showsSurname = false;
      break;
    case 'dim':
    case 'h': {
      const dim = form === 'dim' && orth === 'ru' ? DIMINUTIVE[pp.given] : undefined;
      if (dim) {
        list = [dec(dim, 'given')];
        showsSurname = false;
        break;
      }
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
  md: 'md',
  pl: 'pl',
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
    case 'pl': {
      const k = pick(['5', '6', '7', '8']) + digits(8);
      return pick([
        `+48 ${k.slice(0, 3)} ${k.slice(3, 6)} ${k.slice(6)}`,
        `+48${k}`,
        `${k.slice(0, 3)}-${k.slice(3, 6)}-${k.slice(6)}`,
        `(+48) ${k.slice(0, 3)} ${k.slice(3, 6)} ${k.slice(6)}`,
        `0048 ${k}`,
      ]);
    }
    case 'md': {
      const op = pick(['60', '62', '67', '68', '69', '78', '79']);
      const k = digits(6);
      return pick([
        `+373 ${op} ${k.slice(0, 3)} ${k.slice(3)}`,
        `0${op} ${k.slice(0, 3)} ${k.slice(3)}`,
        `+373 (${op}) ${k.slice(0, 2)}-${k.slice(2, 4)}-${k.slice(4)}`,
        `+373${op}${k}`,
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

/** Polish PESEL: yymmdd (month + 20 after 2000), serial with the sex digit, weighted check digit. */
function pesel(p: Persona): string {
  const [y, m, d] = p.dob;
  const mm = y >= 2000 ? m + 20 : m;
  const sexDigit = p.g === 'm' ? pick([1, 3, 5, 7, 9]) : pick([0, 2, 4, 6, 8]);
  const body = pad(y % 100) + pad(mm) + pad(d) + digits(3) + sexDigit;
  const w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];
  const sum = body.split('').reduce((acc, x, i) => acc + Number(x) * w[i], 0);
  return body + ((10 - (sum % 10)) % 10);
}
/** Moldovan IDNP: 13 digits, the last a 7-3-1 weighted check digit. */
function idnp(): string {
  const body = '20' + pad(int(0, 23)) + digits(8);
  const w = [7, 3, 1];
  const sum = body.split('').reduce((acc, x, i) => acc + Number(x) * w[i % 3], 0);
  return body + (sum % 10);
}
/** Ukrainian RNOKPP: days since 31.12.1899, serial with the sex digit, weighted check digit. */
function rnokpp(p: Persona): string {
  const [y, m, d] = p.dob;
  const days = Math.round((Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 31)) / 86400000);
  const body =
    String(days).padStart(5, '0') + digits(3) + (p.g === 'm' ? pick([1, 3, 5, 7, 9]) : pick([0, 2, 4, 6, 8]));
  const w = [-1, 5, 7, 9, 4, 6, 10, 5, 7];
  const sum = body.split('').reduce((acc, x, i) => acc + Number(x) * w[i], 0);
  return body + ((((sum % 11) + 11) % 11) % 10);
}
/** Turkish foreigner identity number: eleven digits starting with 99, same check digits as a T.C. Kimlik No. */
function ykn(): string {
  const d = [9, 9, ...Array.from({ length: 7 }, () => int(0, 9))];
  const d10 = ((((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10) + 10) % 10;
  const d11 = (d.reduce((acc, x) => acc + x, 0) + d10) % 10;
  return [...d, d10, d11].join('');
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
    case 'pesel':
      return pesel(p);
    case 'idnp':
      return idnp();
    case 'rnokpp':
      return rnokpp(p);
    case 'ykn':
      return ykn();
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
          return chance(0.5) ? snils() : ruInn();
        case 'ua':
          return rnokpp(p);
        case 'md':
          return idnp();
        case 'pl':
          return pesel(p);
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
    case 'pl':
      return pick([`${upLetters(2, 'ABCDEFGHJKLMN')}${digits(7)}`, `${upLetters(2, 'ABCDEFGHJKLMN')} ${digits(7)}`]);
    case 'md':
      return pick([`B${digits(8)}`, `AB${digits(7)}`, `A${digits(8)}`]);
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
    case 'PL':
      bban = pick(['10201026', '11402004', '10501214', '12401037', '19401076']) + digits(16);
      break;
    case 'MD':
      bban = pick(['AG', 'MO', 'VI', 'ML']) + digits(18);
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

// Addresses (all street and place pools new to this batch) ----------------------------------------------------------

const hn = (): string =>
  String(pick([int(1, 25), int(1, 75), int(76, 230)])) + (chance(0.12) ? pick(['а', 'Б', '/1', '/3', 'в']) : '');
const hnLat = (): string =>
  String(pick([int(1, 25), int(1, 99), int(100, 310)])) + (chance(0.1) ? pick(['A', '/1', 'C']) : '');
const apt = (): number => int(1, 260);

const RU_ST = words(`Курмангазы Богенбай_батыра Кунаева Толе_би Сейфуллина Досмухамедова Кабанбай_батыра Ауэзова
  Байтурсынова Масанчи Панфилова Розыбакиева Боконбаева Ибраимова Ахунбаева Исанова Раззакова Курманжан_Датки
  Гоголя Шевченко Пушкина Чехова Некрасова Фучика Навои Бабура Мукими`);
const RU_ADJ = words('Садовая Школьная Луговая Заводская Степная Зелёная Речная Северная Парковая Шахтёрская Новая');
const RU_PR = words('Абая Достык Чуй Жибек_Жолу Мангилик_Ел Туран Мира Строителей');
const RU_MKR = words('Аксай-4 Самал-2 Орбита-3 Жетысу-1 Мамыр-4 Асанбай Джал-23 Восток-5 Тунгуч Аламедин-1');
const RU_CITY = words(`Шымкент Актобе Атырау Актау Павлодар Семей Тараз Туркестан Каскелен Токмок Кара-Балта Нарын
  Талас Баткен Кант Наманган Фергана Джизак Термез Бухара Бохтар Пенджикент Истаравшан`);
const RU_VILLAGE = words('Узынагаш Каргалы Акший Сокулук Лебединовка Новопокровка Кой-Таш Маевка');
const RU_PEREULOK = words('Тупиковый Глухой Безымянный Запорожский Светлый');
const RUS_CITY = words('Сургут Ногинск Одинцово Реутов Самара Саратов Воронеж Краснодар Уфа Тверь Калуга');
const RUS_ST = words(`Гагарина Мичурина Суворова Кутузова Ушакова Матросова Гастелло Луначарского Маяковского
  Карла_Маркса Первомайская Комсомольская Юбилейная Нагорная`);

const prepAdj = (adj: string): string => adj.replace(/([жшчщ])ая$/, '$1ей').replace(/ая$/, 'ой');

function addrRu(): string {
  const st = () => (chance(0.75) ? `ул. ${pick(RU_ST)}` : `${pick(RU_ADJ)} ул.`);
  return pick([
    () => `г. ${pick(RU_CITY)}, ${st()}, д. ${hn()}, кв. ${apt()}`,
    () => `${st()}, д. ${hn()}, кв. ${apt()}`,
    () => `ул. ${pick(RU_ST)}, ${hn()}-${apt()}`,
    () => `мкр. ${pick(RU_MKR)}, дом ${int(1, 80)}, кв. ${apt()}`,
    () => `пр-т ${pick(RU_PR)}, ${hn()}, кв. ${apt()}`,
    () => `${pick(RU_CITY)}, мкр ${pick(RU_MKR)}, ${int(1, 80)}/${apt()}`,
    () => `с. ${pick(RU_VILLAGE)}, ул. ${pick(RU_ST)}, д. ${int(1, 140)}`,
    () => `пер. ${pick(RU_PEREULOK)}, ${int(1, 40)}`,
    () => `ул. ${pick(RU_ST)} д.${hn()} кв.${apt()}`,
    () => `${pick(RU_ADJ)} улица, ${hn()}`,
    () => `пр. ${pick(RU_PR)}, д. ${hn()}, корп. ${int(1, 5)}, кв. ${apt()}`,
  ])();
}
/** After на / по: the street word itself is inflected. */
function addrRuNa(): string {
  return pick([
    () => `улице ${pick(RU_ST)}, дом ${hn()}`,
    () => `ул. ${pick(RU_ST)}, д. ${hn()}, кв. ${apt()}`,
    () => `${prepAdj(pick(RU_ADJ))} улице, ${hn()}, кв. ${apt()}`,
    () => `проспекте ${pick(RU_PR)}, д. ${hn()}`,
    () => `улице ${pick(RU_ST)}, ${hn()}, квартира ${apt()}`,
  ])();
}
/** After в: the house or flat comes first. */
function addrRuV(): string {
  return pick([
    () => `доме ${hn()} на улице ${pick(RU_ST)}`,
    () => `кв. ${apt()} д. ${hn()} по ул. ${pick(RU_ST)}`,
    () => `квартире № ${apt()} в доме ${hn()} по ${prepAdj(pick(RU_ADJ))} улице`,
    () => `доме № ${int(1, 80)} микрорайона ${pick(RU_MKR)}`,
  ])();
}
function addrRussia(): string {
  return pick([
    () => `г. ${pick(RUS_CITY)}, ул. ${pick(RUS_ST)}, д. ${hn()}, кв. ${apt()}`,
    () => `ул. ${pick(RUS_ST)}, д. ${int(1, 120)}, стр. ${int(1, 5)}`,
    () => `${pick(RUS_CITY)}, ул. ${pick(RUS_ST)}, ${hn()}-${apt()}`,
    () => `ул. ${pick(RUS_ST)}, вл. ${int(1, 90)}`,
    () => `ул. ${pick(RUS_ST)} ${int(1, 90)}, корп. ${int(1, 3)}, кв. ${apt()}`,
  ])();
}
const RU_UZ_MASSIV = words('Юнусабад Чиланзар Сергели Куйлюк Ахмад_Донишский');
function addrRuUz(): string {
  return pick([
    () => `г. Ташкент, массив ${pick(RU_UZ_MASSIV)}, ${int(1, 30)}-й квартал, д. ${int(1, 60)}, кв. ${apt()}`,
    () => `${pick(RU_UZ_MASSIV)}-${int(1, 19)}, дом ${int(1, 60)}, кв. ${apt()}`,
    () => `ул. ${pick(['Бабура', 'Навои', 'Мукими'])}, д. ${hn()}, кв. ${apt()}`,
  ])();
}

const KK_ST = words(`Абай Төле_би Қабанбай_батыр Әуезов Сейфуллин Байтұрсынұлы Досмұхамедов Құрманғазы Жансүгіров
  Кенесары Алтынсарин Майлин Ықылас Қазыбек_би Әйтеке_би Жібек_жолы`);
const KK_CITY = words('Шымкент Ақтөбе Атырау Ақтау Павлодар Семей Тараз Түркістан Қаскелең Жаркент');
const KK_MKR = words('Самал-2 Ақсай-4 Орбита-3 Жетісу-1 Мамыр-4 Нұрсат Қаратал Асар-2');
const KK_VILLAGE = words('Жаңатұрмыс Қоғалы Саймасай Бесқайнар Талдыбұлақ');
const KK_AVE = words('Әл-Фараби Достық Мәңгілік_Ел Тұран');
function addrKk(loc: boolean): string {
  const end = (s: string) => (loc ? kkSuffix(s, 'loc') : s);
  return pick([
    () => `${pick(KK_CITY)} қ., ${pick(KK_ST)} к., ${hn()}-үй, ${end(`${apt()}-пәтер`)}`,
    () => `${pick(KK_ST)} көшесі, ${hn()}-үй, ${end(`${apt()}-пәтер`)}`,
    () => (loc ? `${pick(KK_ST)} көшесі, ${end(`${hn()}-үй`)}` : `${pick(KK_ST)} көшесі ${hn()}/${apt()}`),
    () => `${pick(KK_MKR)} шағынауданы, ${int(1, 80)}-үй, ${end(`${apt()}-пәтер`)}`,
    () => `${pick(KK_VILLAGE)} ауылы, ${pick(KK_ST)} көшесі, ${end(`${int(1, 150)}-үй`)}`,
    () => `${pick(KK_AVE)} даңғылы, ${hn()}-үй, ${end(`${apt()}-пәтер`)}`,
    () => `${pick(KK_CITY)} қаласы, ${pick(KK_ST)} көшесі, ${end(`${hn()}-үй`)}`,
  ])();
}

const KY_ST = words(`Боконбаев Ибраимов Ахунбаев Исанов Раззаков Курманжан_Датка Турусбеков Токтогул Масалиев
  Калык_Акиев Абдымомунов Усубалиев`);
const KY_CITY = words('Токмок Кара-Балта Нарын Талас Баткен Кант Кара-Суу Өзгөн Кочкор');
const KY_VILLAGE = words('Кой-Таш Лебединовка Новопокровка Сокулук Ала-Бука Арашан Таш-Дөбө Маевка');
const KY_MKR = words('Асанбай Жал-23 Восток-5 Тунгуч Аламедин-1 Көк-Жар Кызыл-Аскер');
function addrKy(loc: boolean): string {
  const end = (s: string) => (loc ? kySuffix(s, 'loc') : s);
  return pick([
    () => `${pick(KY_CITY)} ш., ${pick(KY_ST)} көч., ${hn()}-үй, ${end(`${apt()}-батир`)}`,
    () => `${pick(KY_ST)} көчөсү, ${end(`${hn()}-үй`)}`,
    () =>
      loc ? `${pick(KY_ST)} көчөсү, ${hn()}-үй, ${end(`${apt()}-батир`)}` : `${pick(KY_ST)} көчөсү ${hn()}/${apt()}`,
    () => `${pick(KY_VILLAGE)} айылы, ${pick(KY_ST)} көчөсү, ${end(`${int(1, 150)}-үй`)}`,
    () => `${pick(KY_MKR)} кичирайону, ${int(1, 80)}-үй, ${end(`${apt()}-батир`)}`,
    () => `Чүй проспектиси, ${end(`${hn()}-үй`)}`,
    () => `Жибек Жолу проспектиси, ${hn()}-үй, ${end(`${apt()}-батир`)}`,
  ])();
}

const UZ_ST = words(`Amir_Temur Navoiy Bobur Mukimiy Furqat Cho'pon_ota Qatortol Mustaqillik Istiqlol Afrosiyob
  Mirzo_Ulug'bek Shota_Rustaveli Bunyodkor Chig'atoy Qorasuv Sebzor Nukus`);
const UZ_CITY = words("Namangan Buxoro Termiz Jizzax Navoiy Nukus Urganch Qarshi Bekobod Kattaqo'rg'on");
const UZ_VILLAGE = words("Bo'z Jo'yzar Qumqishloq Ko'kterak Tepaqo'rg'on");
function addrUz(loc: boolean): string {
  const end = (s: string) => (loc ? s + 'da' : s);
  return pick([
    () => `${pick(UZ_CITY)} shahri, ${pick(UZ_ST)} ko'chasi, ${hnLat()}-uy, ${end(`${apt()}-xonadon`)}`,
    () => `${pick(UZ_CITY)} sh., ${pick(UZ_ST)} ko'chasi, ${end(`${int(1, 150)}-uy`)}`,
    () => `${pick(UZ_ST)} ko'chasi, ${end(`${int(1, 150)}-uy`)}`,
    () =>
      loc
        ? `${pick(UZ_ST)} ko'chasi, ${int(1, 150)}-uy, ${end(`${apt()}-xonadon`)}`
        : `${pick(UZ_ST)} ko'chasi ${int(1, 150)}/${apt()}`,
    () => `${int(1, 25)}-kvartal, ${int(1, 70)}-uy, ${end(`${apt()}-xonadon`)}`,
    () => `${pick(UZ_VILLAGE)} qishlog'i, ${pick(UZ_ST)} ko'chasi, ${end(`${int(1, 90)}-uy`)}`,
    () => `${pick(UZ_ST)} shoh ko'chasi, ${int(1, 150)}-uy, ${end(`${apt()}-xonadon`)}`,
  ])();
}

const TG_ST = words(`Айнӣ Шотемур Бобоҷон_Ғафуров Лоҳутӣ Мирзо_Турсунзода Фирдавсӣ Камоли_Хуҷандӣ Пушкин Маяковский
  Ҳофизи_Шерозӣ Саъдии_Шерозӣ Гулистон`);
const TG_CITY = words('Бохтар Панҷакент Истаравшан Ваҳдат Турсунзода Ҳисор Бӯстон Хоруғ');
const TG_VILLAGE = words('Офтобрӯ Навбаҳор Гулбоғ Ҷарқӯрғон Сомониён');
function addrTg(): string {
  return pick([
    () => `ш. ${pick(TG_CITY)}, кӯчаи ${pick(TG_ST)}, хонаи ${int(1, 160)}`,
    () => `кӯчаи ${pick(TG_ST)}, бинои ${int(1, 90)}, ҳуҷраи ${apt()}`,
    () => `кӯчаи ${pick(TG_ST)} ${int(1, 160)}, кв. ${apt()}`,
    () => `деҳаи ${pick(TG_VILLAGE)}, кӯчаи ${pick(TG_ST)}, хонаи ${int(1, 90)}`,
    () => `хиёбони ${pick(['Рӯдакӣ', 'Исмоили Сомонӣ', 'Абӯалӣ ибни Сино'])} ${int(1, 140)}, хонаи ${apt()}`,
    () => `ш. ${pick(TG_CITY)}, кӯчаи ${pick(TG_ST)} ${int(1, 160)}/${int(1, 9)}`,
  ])();
}

const TR_MAH = words(`Fatih Cumhuriyet Atatürk Merkez Yıldırım_Beyazıt Mimar_Sinan İnönü Gazi Bahçelievler Zafer
  Yeşilyurt Barbaros Çınar Fevzi_Çakmak Mevlana`);
const TR_SOK = words('Papatya Gül Menekşe Lale Nergis Begonya Akasya Zeytin Nar Kiraz Badem Ardıç');
const TR_CAD = words(`İstiklal Millet Vatan Fevzipaşa Ankara Turgut_Özal Alparslan_Türkeş Atatürk Kazım_Karabekir
  Gazi_Mustafa_Kemal`);
function addrTr(): string {
  return pick([
    () => `${pick(TR_MAH)} Mah. ${pick(TR_SOK)} Sk. No:${int(1, 90)}/${int(1, 20)}`,
    () => `${pick(TR_MAH)} Mahallesi, ${pick(TR_CAD)} Caddesi, No: ${int(1, 300)}, Daire: ${int(1, 30)}`,
    () => `${pick(TR_MAH)} Mh. ${int(1001, 3999)}. Sokak No: ${int(1, 90)} Kat: ${int(1, 8)}`,
    () => `${pick(TR_CAD)} Cd. No:${int(1, 300)} D:${int(1, 30)}`,
    () => `${pick(TR_SOK)} Sokağı No: ${int(1, 90)} Daire ${int(1, 20)}`,
    () => `${pick(TR_MAH)} Mah. ${int(100, 999)}. Cad. No:${int(1, 150)} İç Kapı No:${int(1, 20)}`,
    () => `${pick(['Ali Çetinkaya', 'Gaziler', 'Menderes'])} Bulvarı No: ${int(1, 250)}`,
  ])();
}
/** A Turkish address with a locative after its last number ('da/'de/'ta/'te), the apostrophe included. */
function addrTrLoc(): string {
  const base = addrTr();
  const m = /(\d+)$/.exec(base);
  return m ? `${base}'${trYearLoc(Number(m[1]))}` : base;
}

const AE_BLDG = words(`Al_Khail_Heights Al_Nahda_Tower Al_Rigga_Residence Rolla_Building Al_Fahidi_Building
  Naif_Plaza Al_Karama_Residence Al_Qusais_Tower`);
const AE_ROAD = words(`Amman_Street Baniyas_Road Damascus_Street Al_Qusais_Road Al_Khaleej_Road
  Omar_Bin_Al_Khattab_Road Tripoli_Street Salah_Al_Din_Road`);
const KR_ROAD = words('Wonmi-ro Jungang-ro Hyowon-ro Gyeongsu-daero Siheung-daero Sosa-ro Bupyeong-daero Gimhae-daero');
const PL_ST = words(`Marszałkowska Grochowska Puławska Wolska Piotrkowska Długa Kościuszki Mickiewicza Sienkiewicza
  Kolejowa Lipowa Polna Ogrodowa`);
const EN_ST = words('Kunaev Tole_Bi Seifullin Auezov Ibraimov Akhunbaev Bokonbaev Navoi Amir_Temur Shotemur Aini');
const EN_MKR = words('Samal-2 Aksai-4 Orbita-3 Asanbay Tunguch Vostok-5');
function addrEn(style: string): string {
  const ae = [
    () => `Apt ${int(101, 2210)}, ${pick(AE_BLDG)}, ${pick(AE_ROAD)}`,
    () => `Flat No. ${int(101, 1804)}, ${pick(AE_BLDG)}, ${pick(AE_ROAD)}`,
    () =>
      `Room ${int(1, 60)}, Block ${pick(['A', 'B', 'C', 'D'])}, Labour Accommodation ${int(1, 12)}, ${pick(AE_ROAD)}`,
    () => `Villa ${int(1, 140)}, Street ${int(1, 40)}`,
  ];
  const kr = [
    () => `${int(1, 99)}-${int(1, 30)}, ${pick(KR_ROAD)}, Room ${int(101, 609)}`,
    () => `${pick(KR_ROAD)} ${int(1, 250)}-${int(1, 20)}, ${int(101, 609)}-ho`,
    () => `Dormitory ${int(1, 4)}, ${int(1, 250)} ${pick(KR_ROAD)}`,
  ];
  const pl = [
    () => `ul. ${pick(PL_ST)} ${int(1, 140)}/${int(1, 60)}`,
    () => `ul. ${pick(PL_ST)} ${int(1, 140)} m. ${int(1, 60)}`,
    () => `ul. ${pick(PL_ST)} ${int(1, 140)}${pick(['A', 'B', ''])} lok. ${int(1, 20)}`,
  ];
  const ca = [
    () => `${hnLat()} ${pick(EN_ST)} Street, Apt. ${apt()}`,
    () => `${pick(EN_ST)} St., ${hnLat()}, apt ${apt()}`,
    () => `${pick(EN_ST)} street ${hnLat()}-${apt()}`,
    () => `${pick(EN_MKR)} micro-district, house ${int(1, 80)}, flat ${apt()}`,
  ];
  const table: Record<string, (() => string)[]> = { ae, kr, pl, ca, en: [...ae, ...kr, ...ca] };
  return pick(table[style])();
}
function addrAeRu(): string {
  return pick([
    () =>
      `кв. ${int(101, 2210)}, здание ${pick(['Аль-Хайль Хайтс', 'Ролла', 'Наиф Плаза'])}, ${pick(['Дамаскус-стрит', 'Баниас-роуд', 'Амман-стрит'])}`,
    () => `Apt ${int(101, 2210)}, ${pick(AE_BLDG)}, ${pick(AE_ROAD)}`,
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
    case 'tr_loc':
      return addrTrLoc();
    case 'ae':
    case 'kr':
    case 'pl':
    case 'ca':
    case 'en':
      return addrEn(style);
    default:
      throw new Error(`unknown address style ${style}`);
  }
}

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
    case 'dmon': {
      const mon = MONTHS.en[mi].slice(0, 3);
      return pick([
        `${dd} ${mon.toUpperCase()} ${y}`,
        `${dd}-${mon}-${y}`,
        `${dd}/${mon.toUpperCase()}/${y}`,
        `${d} ${mon} ${y}`,
      ]);
    }
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
    case 'pl':
      return pick([
        `${pick(['WX', 'WA', 'DW', 'EL', 'PO', 'KR', 'GD'])} ${int(10000, 99999)}`,
        `${pick(['WX', 'DW', 'PO', 'KR'])} ${int(1, 9)}${upLetters(1, 'ACEFGHJKLMNPRSTUVWXY')}${digits(3)}`,
        `${pick(['WE', 'DW', 'EL'])}${digits(4)}${upLetters(1, 'ACEFGHJKLMNPRSTUVWXY')}`,
      ]);
    case 'kr': {
      const syl = pick([
        '가',
        '나',
        '다',
        '라',
        '마',
        '거',
        '너',
        '더',
        '러',
        '머',
        '버',
        '서',
        '어',
        '저',
        '고',
        '노',
        '도',
        '로',
        '모',
        '보',
        '소',
        '오',
        '조',
        '구',
        '누',
        '두',
        '루',
        '무',
        '부',
        '수',
        '우',
        '주',
        '하',
        '허',
        '호',
      ]);
      return pick([`${int(10, 699)}${syl} ${digits(4)}`, `${int(10, 99)}${syl}${digits(4)}`]);
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
  md: ['gmail.com', 'mail.md', 'yahoo.com'],
  pl: ['wp.pl', 'onet.pl', 'o2.pl', 'gmail.com'],
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
// Unlabelled fillers (all new to this batch)

const POOLS: Partial<Record<Orth, Record<string, string[]>>> = {
  ru: {
    court: [
      'Медеуский районный суд г. Алматы',
      'Бостандыкский районный суд г. Алматы',
      'Первомайский районный суд г. Бишкек',
      'Джалал-Абадский областной суд',
      'Яшнабадский районный суд по уголовным делам г. Ташкента',
      'Ферганский областной суд по уголовным делам',
      'Суд г. Вахдат',
      'Хорошёвский районный суд г. Москвы',
      'Специализированный межрайонный суд по уголовным делам Туркестанской области',
    ],
    birthGen: [
      'г. Шымкента',
      'г. Тараза',
      'с. Узынагаш Жамбылского района',
      'г. Нарына',
      'г. Кара-Балты',
      'г. Намангана',
      'г. Бохтара',
      'г. Джизака',
      'пос. Акший',
    ],
    birthLoc: ['г. Таразе', 'г. Актобе', 'с. Сокулук', 'г. Токмоке', 'г. Намангане', 'г. Истаравшане', 'г. Термезе'],
    birthNom: ['г. Талас', 'с. Кочкор', 'г. Баткен', 'с. Ала-Бука', 'г. Кант', 'г. Кара-Суу'],
    monthPre: words('феврале апреле мае июле октябре декабре'),
    monthGen: words('января апреля июня августа ноября'),
    agency: ['Silk Way Tour', 'Азия Трэвел Плюс', 'Golden Horizon', 'Мечта Вояж', 'Anatolia Job Center'],
    destLoc: words('Анкаре Измире Мерсине Абу-Даби Пусане Инчхоне Варшаве Гданьске Екатеринбурге Сургуте'),
    destAcc: ['Турцию', 'Объединённые Арабские Эмираты', 'Польшу', 'Республику Корея', 'Катар', 'Саудовскую Аравию'],
    destNom: ['Анкара', 'Измир', 'Абу-Даби', 'Пусан', 'Варшава', 'Сургут', 'Доха'],
    checkpoint: ['Нур Жолы', 'Капшагай', 'Чон-Капка', 'Кызыл-Кия', 'Дустлик', 'Пахтаабад'],
    car: ['Toyota Sienna', 'Kia Carnival', 'Honda Odyssey', 'Volkswagen Multivan', 'Chevrolet Captiva'],
    referrer: ['посольство в Анкаре', 'полиция аэропорта', 'линия 1409', 'пограничная служба', 'соседи по общежитию'],
    site: ['ЖК «Северное сияние»', 'склад на 42-м км МКАД', 'овощебаза «Агрокомплекс»', 'ЖК «Солнечный квартал»'],
    jobIn: ['в Анкаре официантками', 'в Абу-Даби горничными', 'в Варшаве на склад', 'в Пусане на рыбзавод'],
    hotline: ['1409', '8 800 080 1409', '116 111', '189'],
    hotlineShort: ['1409', '116 111', '189', '1148'],
    trDistrict: ['Zeytinburnu/İstanbul', 'Kepez/Antalya', 'Çankaya/Ankara', 'Bornova/İzmir', 'Yenişehir/Mersin'],
    krFactory: ['заводе металлоконструкций', 'фабрике по переработке кальмаров', 'заводе пластиковой тары'],
    plCityIns: ['Вроцлавом', 'Лодзью', 'Познанью', 'Варшавой', 'Гданьском'],
    countryGen: ['Узбекистана', 'Таджикистана', 'Кыргызстана', 'Туркменистана'],
    ruFirm: ['СтройМонтаж-М', 'Логистик Сервис', 'ТехноКлининг', 'АгроРесурс', 'Вектор-Строй'],
    cityGen: ['Таласа', 'Тараза', 'Намангана', 'Бохтара', 'Кара-Балты', 'Актобе'],
    org: ['МОМ', 'УНП ООН', 'Ла Страда', 'ПРООН', 'фонда «Безопасная миграция»'],
    shelter: ['центре «Рассвет»', 'приюте «Ак Ниет»', 'кризисном центре «Жаңы Жол»', 'центре «Меҳр»'],
  },
  en: {
    city: ['Taraz', 'Aktobe', 'Naryn', 'Talas', 'Namangan', 'Jizzakh', 'Bokhtar', 'Istaravshan'],
    job: ['hotel cleaner', 'babysitter', 'shop assistant', 'masseuse', 'cook', 'warehouse packer'],
    dest: ['Ankara', 'Izmir', 'Abu Dhabi', 'Busan', 'Warsaw', 'Doha', 'Wroclaw'],
    org: ['UN Women', 'the Red Crescent', 'Winrock International', 'a local legal-aid clinic', 'the OSCE office'],
    court: [
      'Ankara 4th High Criminal Court',
      'Astana City Court',
      'Osh Regional Court',
      'Ferghana Regional Criminal Court',
      'Abu Dhabi Criminal Court',
    ],
    krFactory: ['squid-processing plant', 'steel-frame factory', 'plastic-container plant'],
    plCity: ['Wroclaw', 'Lodz', 'Poznan', 'Gdansk'],
    hotline: ['1409', '116 111', '189 in Kyrgyzstan', '1148 in Uzbekistan'],
  },
  kk: {
    court: ['Астана қалалық соты', 'Түркістан облыстық соты', 'Ақтөбе қаласының №2 аудандық соты'],
    dest: ['Анкара', 'Измир', 'Абу-Даби', 'Пусан', 'Варшава'],
    birthLoc: ['Тараз қаласында', 'Ақтөбе қаласында', 'Жаркент қаласында', 'Қоғалы ауылында'],
    birthNom: ['Тараз қ.', 'Ақтөбе қ.', 'Жаркент қ.', 'Саймасай а.'],
    checkpoint: ['Нұр жолы', 'Қапшағай', 'Қалжат'],
    hotline: ['111', '1409', '116 111'],
    krFactory: ['Пусандағы балық зауытында', 'Инчхондағы металл зауытында', 'Ансандағы пластмасса зауытында'],
  },
  ky: {
    court: ['Нарын облустук соту', 'Талас райондук соту', 'Бишкек шаарынын Свердлов райондук соту'],
    birthLoc: ['Нарын облусунда', 'Талас шаарында', 'Кочкор айылында', 'Баткен облусунда'],
    hotline: ['189', '1409', '116 111'],
    trDistrict: ['Zeytinburnu/İstanbul', 'Kepez/Antalya', 'Çankaya/Ankara'],
    shelter: ['Ак Ниет', 'Жаңы Жол', 'Ишеним'],
  },
  uz: {
    court: ["Namangan viloyat jinoyat ishlari bo'yicha sudi", 'Jizzax tuman sudi', 'Yunusobod tuman sudi'],
    dest: ['Ankara', 'Izmir', 'Abu-Dabi', 'Pusan', 'Varshava'],
    birthLoc: ['Namangan shahrida', 'Jizzax shahrida', "Qo'rg'ontepa tumanida", 'Termiz shahrida'],
    hotline: ['1148', '1102', '116 111'],
    krFactory: ['Pusandagi baliq zavodida', 'Inchxondagi metall zavodida', 'Ansandagi plastmassa zavodida'],
    region: ['Namangan viloyati', 'Jizzax viloyati', 'Surxondaryo viloyati', 'Xorazm viloyati'],
  },
  uzc: {
    court: ['Наманган вилоят суди', 'Жиззах туман суди', 'Юнусобод туман суди'],
  },
  tg: {
    court: ['Суди шаҳри Ваҳдат', 'Суди вилояти Хатлон', 'Суди шаҳри Бохтар'],
    dest: ['Анқара', 'Абу-Дабӣ', 'Пусан', 'Варшава'],
    birthLoc: ['шаҳри Бохтар', 'шаҳри Панҷакент', 'ноҳияи Ҳисор', 'шаҳри Истаравшан'],
    hotline: ['1313', '1414', '116 111'],
  },
  tr: {
    court: ['Ankara 4. Ağır Ceza Mahkemesi', 'İzmir 7. Ağır Ceza Mahkemesi', 'Mersin 2. Ağır Ceza Mahkemesi'],
    birthLoc: ["Namangan'da", "Talas'ta", "Taraz'da", "Mari'de", "Bohtar'da", "Nukus'ta"],
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
    md: 'Республики Молдова',
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
    tr: 'Турция',
    az: 'Азербайджан',
    af: 'Афганистан',
    kr: 'Республика Корея',
    cn: 'КНР',
    ar: 'ОАЭ',
    md: 'Молдова',
    pl: 'Польша',
  },
  en: {
    kz: 'Kazakhstan',
    ko: 'Kazakhstan',
    ky: 'Kyrgyzstan',
    uz: 'Uzbekistan',
    tj: 'Tajikistan',
    ru: 'Russian Federation',
    ua: 'Ukraine',
    tm: 'Turkmenistan',
    tr: 'Türkiye',
    az: 'Azerbaijan',
    af: 'Afghanistan',
    kr: 'Korea',
    cn: 'PRC',
    ar: 'UAE',
    md: 'Moldova',
    pl: 'Poland',
  },
  tr: {
    kz: 'Kazakistan',
    ko: 'Kazakistan',
    ky: 'Kırgızistan',
    uz: 'Özbekistan',
    tj: 'Tacikistan',
    ru: 'Rusya Federasyonu',
    ua: 'Ukrayna',
    tm: 'Türkmenistan',
    tr: 'Türkiye',
    az: 'Azerbaycan',
    af: 'Afganistan',
    kr: 'Güney Kore',
    cn: 'Çin',
    ar: 'BAE',
    md: 'Moldova',
    pl: 'Polonya',
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
  switch (orth) {
    case 'ru':
      return pick([
        `${int(120, 980)} тыс. тенге`,
        `${int(25, 180)} 000 руб.`,
        `$${int(4, 45)}00`,
        `${int(1, 8)},${int(1, 9)} тыс. евро`,
        `${int(4, 60)} млн сум`,
        `${int(2, 40)} 500 сомони`,
        `${int(15, 150)} тыс. сомов`,
        `${int(3, 12)} 000 злотых`,
        `${int(900, 4500)} дирхамов`,
      ]);
    case 'en':
      return pick([
        `$${int(2, 9)},${pick(['000', '400', '750'])}`,
        `AED ${int(1500, 9000)}`,
        `PLN ${int(2, 9)},${pick(['100', '600'])}`,
        `${int(2, 5)}.${int(1, 9)} million won`,
        `EUR ${int(800, 4800)}`,
        `TRY ${int(20, 95)},000`,
      ]);
    case 'kk':
    case 'kkl':
      return pick([`${int(120, 980)} мың теңге`, `${int(4, 45)}00 АҚШ доллары`]);
    case 'ky':
      return pick([`${int(15, 150)} миң сом`, `${int(4, 45)}00 АКШ доллары`]);
    case 'uz':
      return pick([`${int(4, 60)} million so'm`, `${int(4, 45)}00 dollar`]);
    case 'uzc':
      return pick([`${int(4, 60)} миллион сўм`, `${int(4, 45)}00 доллар`]);
    case 'tg':
      return pick([`${int(2, 40)} ҳазор сомонӣ`, `${int(4, 45)}00 доллар`]);
    case 'tr':
      return pick([`${int(20, 95)} bin TL`, `${int(1, 9)} bin dolar`, `${int(2, 9)}.${pick(['000', '500'])} avro`]);
  }
}

function caseNo(orth: Orth): string {
  const y = int(2018, 2024);
  switch (orth) {
    case 'tr':
      return `${y}/${int(10, 950)} Esas`;
    case 'en':
      return pick([`CR/${y}/${int(1000, 9999)}`, `${int(1, 9)}-${int(10, 99)}/${y}`, `No. ${y}-${int(100, 999)}-TIP`]);
    case 'uz':
    case 'uzc':
      return `1-${int(1000, 1999)}/${y % 100}`;
    case 'tg':
      return `1-${int(10, 99)}/${y}`;
    default:
      return pick([
        `2-${int(100, 999)}/${y}`,
        `${int(1000, 9999)}/${y % 100}-УД`,
        `1-${int(10, 99)}-${int(100, 999)}/${y}`,
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
      return `${pick(['KC', 'TK', 'PC', 'FZ', 'HY', 'EY', 'G9', 'LO', 'ZF', '7J'])}${pick([' ', '', '-'])}${int(100, 9999)}`;
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
  '<a=*.m>[[Алмалинский районный суд г. Алматы|Свердловский районный суд г. Бишкек|Юнусабадский районный суд по уголовным делам г. Ташкента|Останкинский районный суд г. Москвы]] в составе председательствующего судьи, с участием государственного обвинителя, подсудимого {P:a:f:gen}, его защитника и законного представителя потерпевшей, рассмотрев в закрытом судебном заседании уголовное дело № {case},',
  '<a=*.m>{P:a:F}, {DOB:a:dmy} года рождения, уроженец {f:birthGen}, гражданин {cit:a}, образование среднее, [[женат|холост|разведён]], не работающий, зарегистрированный по адресу: {ADR:ru}, ранее не судимый, —\nобвиняется в совершении преступления, предусмотренного [[ч. 2 ст. 128 УК РК|ч. 3 ст. 171 УК КР|ч. 2 ст. 135 УК РУз|п. «а» ч. 2 ст. 127.1 УК РФ]].',
  '<a=*.f>Из показаний потерпевшей {P:a:gs:gen} следует, что в {f:monthPre} {n:2019:2023} года подруга познакомила её с мужчиной, который представился владельцем турагентства «{f:agency}» и пообещал устроить её [[горничной|продавцом|сиделкой|аниматором]] в {f:destLoc}.',
  '<b=*.m>Свидетель {P:b:f} показал, что по просьбе организатора встречал девушек в аэропорту и отвозил их на квартиру на {ADR:ru_na}; за каждую поездку ему платили {money}.',
  '<a=*.*>ПРОТОКОЛ ОСМОТРА ПРЕДМЕТОВ (ДОКУМЕНТОВ)\n{d}, г. [[Алматы|Бишкек|Ташкент|Шымкент]]\nОбъект осмотра: паспорт гражданина {cit:a} № {PAS:a} на имя {P:a:F}, дата рождения — {DOB:a:dmy}. Паспорт изъят {d} в ходе обыска в офисе турагентства.',
  '<a=*.f>Пограничным нарядом ОПК «{f:checkpoint}» {d} в {time} выявлена гражданка {cit:a} {P:a:gs}, {DOB:a:dmy} г.р., следовавшая в сопровождении неизвестного мужчины на автомашине {f:car} с гос. номером {PL:kz}. При досмотре у сопровождающего обнаружены паспорта ещё {n:3:6} женщин.',
  '<a=*.f.young>ЛИСТ ПРИЁМА № {n:10:99}/{n:22:24}\nФ.И.О.: {P:a:S}\nВозраст: {n:18:24}\nКонт. тел.: {PH:a}\nЭл. почта: {EM:a}\nКем направлена: {f:referrer}\nПотребности: [[медицинская помощь, восстановление документов|юридическая консультация, временное жильё|психологическая помощь]]',
  '<a=*.f>ФОРМА ПЕРЕНАПРАВЛЕНИЯ\n1. Фамилия: {P:a:s}\n2. Имя: {P:a:g}\n3. Дата рождения: {DOB:a:dmy}\n4. Гражданство: {cit:a:nom}\n5. Номер паспорта: {PAS:a}\n6. Где выявлена: {f:destNom}\n7. Дата выявления: {d}',
  '<b=*.m>Акт проверки от {d}: на объекте «{f:site}» выявлено {n:2:4}0 иностранных работников без трудовых договоров. Со слов работников, паспорта у всех забрал прораб {P:b:s}, заработная плата не выплачивалась {n:5:9} месяцев. Телефон прораба: {PH:ru}.',
  '<a=*.*>Выписка по карте {CARD:any} (фрагмент)\n{ds}  перевод  {money}  получатель: {P:a:F}\n{ds}  перевод  {money}  получатель: тот же\n{ds}  снятие наличных  {money}',
  '<a=*.f b=*.m>[{ds}, {time}] {P:b:g}: {P:a:dim}, ты где? машина уже у [[ТЦ|рынка|автовокзала]]\n[{time}] Я: я боюсь, мама ничего не знает\n[{time}] {P:b:g}: не бойся, всё оформим на месте, в {f:destLoc} тебя встретят',
  '<a=*.m>Канал «Работа за границей» (администратор {H:a:at}), пост от {d}:\n«Требуются девушки 18–30 лет на работу {f:jobIn}, оплата от {money}, жильё бесплатно. Пишите {P:a:g} в личку или звоните {PH:a}»',
  '<b=*.m.young>Звонок на линию {f:hotline}, {d}, {time}. Обратилась мать, {n:5:6}5 лет. Её сын {P:b:gs}, {DOB:b:y} года рождения, уехал на заработки в {f:destAcc} по приглашению знакомого и третий месяц не выходит на связь. Последний известный номер сына: {PH:ru}.',
  '<a=*.f>ПОМОГИТЕ НАЙТИ! {P:a:F}, {DOB:a:dmy} г.р., уехала {d} в {f:destAcc} и перестала выходить на связь. Её страница: {H:a:vk}. Любая информация — в личные сообщения.',
  '<a=*.f b=*.m>«Он сказал, что я должна отработать билет», — вспоминает {P:a:g}. Ей было {n:18:22}, когда знакомый её матери {P:b:gs} предложил ей «лёгкую работу» в {f:destLoc}. Сейчас он находится в международном розыске.',
  '<a=*.m>П Р О Т О К О Л   З А Д Е Р Ж А Н И Я\nгр-н   {P:a:F}\nд.р.   {DOB:a:ocr}\nпаспорт   {PAS:a}\nпрож.:  {ADR:ru}\nзадержан  {d}  в  {time}',
  '<a=*.f b=*.m>Следствием установлено, что {P:b:f} по предварительному сговору с неустановленным лицом завербовал {P:a:gs:acc}, после чего за {money} передал её владельцу сауны.',
  '<b=*.f.minor>При осмотре телефона потерпевшей обнаружена переписка о её младшей сестре {P:b:g:pre}: вербовщица спрашивала, сколько {P:b:g:dat} лет и есть ли у неё загранпаспорт.',
  '<a=*.f b=*.f.old>Потерпевшая пояснила, что её держали в {ADR:ru_v}, окна были заколочены, а хозяйку квартиры все называли «{P:b:nick}».',
  '<a=*.f>Генеральное консульство в Стамбуле сообщает, что {d} к нам обратилась гражданка {cit:a} {P:a:f}, {DOB:a:long} года рождения. Со слов заявительницы, она проживала по адресу: {ADR:tr}, {f:trDistrict}, и [[работала в доме без оплаты|не могла выйти из квартиры|работала в массажном салоне]].',
  '<b=ar.m>Работодатель — {P:b:gs}, адрес: {ADR:ae}, тел. {PH:ae}. Потерпевшая работала у него домработницей {n:7:19} месяцев без выходных, паспорт хранился у его жены.',
  '<a=kz|uz|ky|ko.m>По информации посольства, {P:a:F} работал на {f:krFactory} в г. [[Пхёнтхэк|Кимхэ|Чхонан|Хвасон]], регистрационный номер иностранца {NID:arc:a}, проживал в общежитии по адресу: {ADR:kr}.',
  '<a=ua|md|ky|uz.m>В Польше {P:a:gs} работал на складе под {f:plCityIns}; жильё по адресу {ADR:pl} предоставил посредник, удерживавший из зарплаты {n:3:9}00 злотых в месяц. Номер PESEL работника — {NID:pesel:a}.',
  '<b=*.m>Рабочих из {f:countryGen} поселили в частном доме по адресу: {ADR:rus}; старшим в доме был {P:b:gs} по кличке «{P:b:nick}».',
  '<a=ru|ua|ko.*>Паспорт гражданина Российской Федерации {PAS:rus} выдан {d} на имя {P:a:f}; [[ИНН {NID:rinn:a}|СНИЛС {NID:snils:a}]].',
  '<a=kz|ko.*>Указанный в трудовом договоре ИИН {NID:iinbad:a} не прошёл проверку контрольного разряда, по-видимому, при вводе допущена ошибка. {g:a:Работник|Работница} — {P:a:is}.',
  '<a=ky.*>ПИН: {NID:kgpin:a}\nФИО: {P:a:F}\nМесто рождения: {f:birthNom}\nАдрес: {ADR:ru}',
  '<a=*.m>По данным банка, карта {CARD:mir} оформлена на {P:a:f:acc}, однако фактически ею пользовался другой человек.',
  '<a=uz.f>Деньги «за визу» ({money}) мать потерпевшей переводила на карту Humo {CARD:humo}, привязанную к номеру {PH:uz}.',
  '<a=tr.m>Оплата «долга» производилась на турецкий счёт {IBAN:tr}, владелец — {P:a:gs}.',
  '<a=*.m>Автомобиль ГАЗель г/н {PL:ru}, на котором перевозили рабочих, зарегистрирован на {P:a:si:acc}.',
  '<a=*.f>Вербовщица вела страницу {H:a:ig}, где выкладывала фото из «отелей Дубая» и отзывы «девочек, которые уже работают».',
  '<a=*.f.young>Сестра потерпевшей узнала её по видео в TikTok ({H:a:tt}): {P:a:g} танцевала в каком-то клубе, на заднем плане слышна турецкая речь.',
  '<a=*.m>Письма с «контрактом» приходили с адреса {EM:a}; подпись — «{P:a:gs}, HR-менеджер».',
  '<b=*.f.old>Девушки называли хозяйку квартиры «{P:b:nick}», настоящее имя — {P:b:gp}; она отбирала у них телефоны и возвращала их раз в неделю на десять минут.',
  '<a=*.f>{P:a:l} {time}\nкак отсюда выбраться?? меня высадили на трассе, тут одни фуры\n{P:a:l} {time}\nскинь номер консульства пж',
  '<a=*.f b=*.m>— {P:a:g}, открой, это {P:b:g}! — кричал он из-за двери. — Я привёз твой паспорт, не дури.',
  '<a=tj|uz.m>Уведомление о прибытии иностранного гражданина: {P:a:F}, дата рождения {DOB:a:dmy}, паспорт {PAS:a}, адрес пребывания: {ADR:rus}, принимающая сторона — ООО «{f:ruFirm}».',
  '<a=*.f>{P:a:gs}, родившаяся {DOB:a:long} года в {f:birthLoc}, выехала из страны {dl}, а вернулась лишь {dl}.',
  '<a=ko.m>Фирма, принадлежавшая {P:a:f:dat}, подбирала девушек для работы «в кафе» в Сеуле; одна из них позже дала показания против него.',
  '<a=af.m>Гражданин Афганистана {P:a:gs}, задержанный на таджикско-афганской границе, пояснил, что за переправу заплатил {money}. При нём был паспорт {PAS:af}.',
  '<a=tm.f>Гражданка Туркменистана {P:a:f} (паспорт {PAS:tm}) работала сиделкой в Анкаре; сын хозяйки забрал её документы и не отдавал их {n:8:14} месяцев.',
  '<a=cn.m>Руководитель цеха {P:a:gs} (тел. {PH:cn}) на допросе от показаний отказался; работницы опознали его по фотографии.',
  '<a=md.f>Гражданка Республики Молдова {P:a:gs}, паспорт {PAS:md}, IDNP {NID:idnp:a}, была завербована земляком для работы в теплицах.',
  '<a=ua.m>Гражданин Украины {P:a:f}, РНОКПП {NID:rnokpp:a}, показал, что посредник обещал ему работу водителем в Польше.',
  '<a=az.m>Посредник {P:a:gs} (тел. {PH:az}) встречал девушек в аэропорту Баку и пересаживал их на рейс до Дубая.',
  '<a=ar.m>Спонсором визы указан {P:a:gs}, Emirates ID {NID:eid:a}.',
  '<a=ky.m>Микроавтобус Mercedes Sprinter г/н {PL:kg} под управлением {P:a:f:gen} остановлен на посту «{f:checkpoint}» {d}; в салоне находились {n:9:14} пассажиров без документов.',
  '<a=uz.m>Водитель {P:a:sg}, автомашина Chevrolet Lacetti ({PL:uz}), возил работниц от [[массива|рынка|вокзала]] до швейного цеха.',
  '<a=tj.m>Автомашина Toyota Ipsum с номером {PL:tj} принадлежит {P:a:f:dat}.',
  'Ф.И.О. заявителя: {P:a:S}\n— — —\nАдрес ре-\nгистрации: {ADR:ru}\nКонтакт-\nный тел.: {PH:a}',
  '<a=*.f>Героиня нашего материала — {P:a:gI}, {n:25:29} лет. Она просит не публиковать её фамилию.',
  '<a=*.f.minor b=*.f>Несовершеннолетняя {P:a:gs} была вывезена из {f:cityGen} [[знакомой|соседкой|двоюродной сестрой]] {P:b:g:ins}.',
  'РАЗЫСКИВАЕТСЯ\n{P:a:F}, {DOB:a:dmy} г.р., подозревается в вербовке женщин для сексуальной эксплуатации. Может пользоваться паспортом {PAS:a} и номером {PH:a}.',
  '<a=*.f b=tr.m>Из перевода объяснения с турецкого языка: «Я, {P:a:gs}, работала в доме господина {P:b:s:gen} по адресу {ADR:tr} без выходных».',
  '<a=*.f>Сообщение в WhatsApp, {time}: «мама это я {P:a:l}, телефон отобрали, пишу с чужого. адрес {ADR:tr}, квартира на третьем этаже»',
  '<a=*.m>Потерпевшая пояснила, что деньги за «оформление» перевела на счёт {IBAN:kz}, открытый на имя {P:a:f:gen}, а позже ещё {money} — на карту {CARD:visa}.',
  '<a=*.f>Приходный кассовый ордер: плательщик {P:a:F}; назначение платежа — «за авиабилет Алматы — Дубай»; сумма {money}.',
  '<a=*.m>В ходе ОРМ установлено, что {P:a:si} пользовался абонентскими номерами {PH:a} и {PH:ru}.',
  '<a=*.f b=*.m>Допрошенная в качестве свидетеля {P:a:f} показала, что с {P:b:gs:ins} знакома с детства, они жили в соседних домах на [[Садовой|Школьной|Степной]] улице.',
  '<a=ru|ua.f>«{P:a:dim}, доченька, где ты? Позвони мне», — написала мать на странице дочери {H:a:ok}.',
  '<a=*.m>Объявление на Avito: «Требуются разнорабочие в Подмосковье, проживание бесплатно». Контактное лицо — {P:a:g}, тел. {PH:ru}, e-mail: {EM:a}.',
  '<a=kz|ky|uz|tj.f.young>Сведения о потерпевшей: {P:a:S}, д.р. {DOB:a:dmy}, ИИН/ПИН/ПИНФЛ/ИНН: {NID:a}, адрес: {ADR:ru}.',
  '<a=*.m>Подсудимый {P:a:s} в последнем слове просил суд о снисхождении.',
  '<a=*.f>В общежитии вместе с {P:a:g:ins} жили ещё {n:5:9} девушек из разных областей.',
  '<a=*.* b=*.*>Список пассажиров рейса {flight} (выборка):\n{P:a:F} | {PAS:a}\n{P:b:F} | {PAS:b}',
  '<a=kz.f>Из аудиозаписи (перевод с казахского): «{P:a:g}, сен қайдасың?» — «Апа, мен Дубайдамын, телефонды алып қойды».',
  '<a=*.m>Внимание, мошенник! {P:a:gs} ({H:a:tme}) собирает деньги «за визу в Корею» и пропадает. Звонит с номера {PH:a}.',
  '<a=*.f>Со слов {P:a:g:gen}, в Дубае её поселили по адресу: {ADR:aeru}; ключи были только у менеджера.',
  '<a=uz.m>Адрес прописки по паспорту: {ADR:ruuz}. {P:a:gs} выехал в Самару {d} и с тех пор не звонил.',
  '<a=*.m>Опознание проведено {d}: потерпевшая уверенно опознала {P:a:si:acc} по чертам лица и шраму на левой руке.',
  '<a=*.f>Заявление от {P:a:f:gen}, проживающей по адресу: {ADR:ru}, тел. {PH:a}.',
  '<b=*.m>Потерпевшая познакомилась с обвиняемым {P:b:s:ins} через приложение знакомств; он представился как «{P:b:nick}».',
  'Реквизиты для оплаты «визы»: {IBAN:kz}, банк получателя — АО «ForteBank», КБе 19.',
  'Перевод на карту {CARD:any} на сумму {money} был отклонён банком как подозрительный.',
  'В группе «Работа в Корее» закреплено сообщение: «Документы присылайте на {EM:a}, отвечаем в течение дня».',
  'Неустановленное лицо пользовалось аккаунтом {H:a:at}; переписка с потерпевшими велась с {d} по {d}.',
  'Номер {PH:tr} зарегистрирован на подставное лицо; абонент выходил на связь из района Лалели.',
  'Автомобиль Toyota Hiace, г/н {PL:kz}, зафиксирован камерами видеонаблюдения {d} в {time}.',
  'Квартира, где содержались потерпевшие, расположена по адресу: {ADR:ru}.',
  'Паспорт № {PAS:uz} обнаружен в сейфе администратора сауны вместе с {n:4:9} другими паспортами.',
  'Со счёта {IBAN:tr} в период с {d} по {d} сняты наличные на сумму {money}.',
  'Страница {H:a:ig} удалена владельцем через два дня после публикации расследования.',
  'Звонки с угрозами поступали с номеров {PH:kg} и {PH:kz}.',
  '<a=*.f>Допрос потерпевшей {P:a:gs:gen} проведён в присутствии психолога и переводчика.',
  '<a=*.m>Гражданин {P:a:s} от дачи показаний отказался, сославшись на ст. 51 Конституции РФ.',
  '<a=*.f>Мать {P:a:g:gen} узнала о случившемся только через полгода.',
  '<a=*.m>Обвинение {P:a:s:dat} предъявлено {d}, мера пресечения — содержание под стражей.',
  '<a=*.f>По заключению психолога, {P:a:g} до сих пор боится выходить из дома одна.',
  'IBAN получателя: {IBAN:pl}; назначение платежа: «zaliczka za pracę».',
  'Оплата по карте {CARD:uzcard} прошла {d} в {time}, терминал — в аэропорту Ташкента.',
  'Почта «кадрового агентства» — {EM:a}; домен зарегистрирован за месяц до первых объявлений.',
  'Автобус «Богдан» с номером {PL:ru} выполнял рейсы Самара — Ташкент без лицензии.',
  'Адрес фактического проживания: {ADR:rus}.',
  '<a=*.m>Кассир обменного пункта запомнил, что доллары менял {P:a:g} — мужчина лет сорока.',
  '<a=*.f>ДР: {DOB:a:dmy}. Место рождения: {f:birthNom}. Семейное положение: не замужем.',
  'Сим-карта {PH:ru} оформлена на иностранного гражданина, въехавшего в Россию {d}.',
  'В объявлении на OLX указан телефон {PH:kz} и ник в Telegram {H:a:at}.',
  '<a=*.f>С {P:a:g:ins} мы встретились в кафе недалеко от приюта.',
  '<a=*.f>О {P:a:g:pre} в общежитии говорили, что она «уехала к жениху».',
  'Карта {CARD:visa} заблокирована по заявлению владельца {d}.',
  'Телефон вербовщика, указанный в объявлении: {PH:uz}.',
  'Дом, в котором жили рабочие: {ADR:ru}; собственник на связь не выходит.',
  'Гос. номер второго автомобиля — {PL:kg}.',
  '<a=*.f>Дата рождения потерпевшей — {DOB:a:dmy}, дата выезда за границу — {d}, дата возвращения — {d}.',
  '<a=*.m>Год рождения подозреваемого, по данным миграционной карты, — {DOB:a:y}.',
  '<a=*.f>В анкете на визу дата рождения указана как {DOB:a:dmy2}, а в паспорте стоит другая — видимо, анкету заполнял посредник.',
  'Девушек возили на «работу» на {ADR:ru_na} — так указано в навигаторе водителя.',
  'Номер ИИН, указанный в доверенности: {NID:iin:z}.',
  'Платёжное поручение № {n:100:999} от {d}: плательщик — ТОО «{f:ruFirm}», счёт получателя {IBAN:kz}, назначение — «оплата услуг по подбору персонала».',
  'В телефоне вербовщика сохранён контакт «Турция склад» — {PH:tr}.',
  'Электронный билет куплен с почты {EM:a}, оплата — картой {CARD:any}.',
  'Ссылка на «вакансию», которую прислали потерпевшей: {H:a:tme}.',
  'Паспорт {PAS:kg} и ещё два паспорта нашли в бардачке микроавтобуса.',
  'Серия и номер паспорта, указанные в электронном билете: {PAS:rus}.',
  'СНИЛС, указанный в трудовом договоре: {NID:snils:z}.',
  'Получатель перевода указал счёт {IBAN:ae} в банке Дубая.',
  '<a=*.*>Дата рождения в миграционной карте: {DOB:a:dmy}; дата въезда: {d}.',
  'В профиле {H:a:ig} указан номер для связи {PH:a}.',
  'На корпоративную почту {EM:a} приходили копии паспортов кандидаток.',
  'Паспорт № {PAS:tj} объявлен утерянным {d}.',
  'Счёт в польском банке {IBAN:pl} открыт на подставное лицо.',
  'Карта {CARD:mir} привязана к номеру {PH:ru}.',
  '<a=*.f>Дата рождения — {DOB:a:long} года, в приют поступила {dl}.',
  '{PAS:kz} — номер паспорта, указанный в анкете; {PH:kz} — контактный телефон.',
  '<a=uz|tj.*>ОТСКАНИРОВАНО: ПАСП0РТ № {PAS:a} | Ф.И.0. {P:a:F} | Д.Р. {DOB:a:ocr} | ВЫДАН {d}',
];

const RU_NEG: string[] = [
  '{f:court} {dl} вынес приговор по делу № {case}; приговор вступил в законную силу {d}.',
  'Горячая линия по вопросам безопасной миграции {f:hotline} работает круглосуточно; консультации на русском, казахском, кыргызском, узбекском и таджикском языках.',
  'По данным [[Генеральной прокуратуры РК|МВД Кыргызской Республики|Генпрокуратуры Республики Узбекистан|МВД Республики Таджикистан]], в {n:2021:2023} году возбуждено {n:3:19}0 уголовных дел по статьям о торговле людьми; {pct} потерпевших — женщины.',
  'ТОО «{f:ruFirm}» (БИН {bin}) оказывало услуги по трудоустройству за рубежом без лицензии; штраф составил {money}.',
  'В преддверии [[Наурыза|Нового года|Рамадана|сезона полевых работ]] пограничники усилили контроль на КПП «{f:checkpoint}».',
  'Потерпевшей на момент вербовки было {n:16:19} лет, она училась в колледже в {f:birthLoc}.',
  'Уголовное дело возбуждено по п. «а» ч. 2 ст. 127.1 УК РФ; материалы зарегистрированы в ЕРДР под № {erdr}.',
  'Рейс {flight} вылетел {d} в {time}; на борту находились {n:5:11} граждан, направлявшихся на сезонные работы.',
  'В рамках проекта {f:org} в {f:shelter} в {n:2021:2023} году помощь получили {n:4:19}0 человек, из них {n:3:9} несовершеннолетних.',
  'Деньги шли через «Золотую Корону» и Kaspi; средний перевод — {money}, карта {mask}.',
  'Заседание межведомственной комиссии по противодействию торговле людьми пройдёт {dl} в {time}, зал № {n:2:9}.',
  'На стройке в Подмосковье работали более {n:2:6}0 мигрантов в возрасте от 19 до {n:5:6}0 лет; зарплату не платили с {f:monthGen}.',
  'Старший инспектор отдела миграционной полиции, капитан полиции, сообщил, что проверки на рынках продлятся до {dl}.',
  'Квартиры для «работниц» снимались на [[Садовой|Заводской|Луговой]] улице и проспекте [[Мира|Строителей]], но номера домов следствию установить не удалось.',
  'Памятка для выезжающих: проверьте лицензию агентства на сайте [[enbek.kz|mehnat.uz|migration.kg]], не отдавайте паспорт работодателю, запишите номер консульства. Телефон доверия — {f:hotlineShort}.',
  'Согласно ст. 128 УК РК торговля людьми наказывается лишением свободы на срок от {n:3:5} до {n:7:12} лет с конфискацией имущества.',
  'Из {n:2:3}0 опрошенных работниц {n:4:9} были младше 18 лет; средний возраст — около {n:19:20} лет.',
];

// ---------------------------------------------------------------------------------------------------------------
// Templates: English

const EN_POS: string[] = [
  '<a=*.f>Screening interview, {d}. {P:a:gs} (DOB {DOB:a:dmy}) states that a man approached her outside a bus station in {f:city} and offered her work as a {f:job} in {f:dest}.',
  '<a=*.f>REFERRAL FORM\nSurname: {P:a:s}\nGiven name(s): {P:a:g}\nDate of birth: {DOB:a:dmon}\nPassport No.: {PAS:a}\nReferred by: {f:org}',
  '<a=*.m>The appellant, {P:a:F}, born on {DOB:a:ord}, was convicted by the {f:court} on {dl} and sentenced to {n:6:14} years.',
  '<a=tr.m>Police in Antalya detained a {n:34:58}-year-old Turkish national, identified only as {P:a:gI}, on suspicion of running a network that brought women from Central Asia.',
  '<a=*.f>During a raid on {dl}, officers found {n:3:9} women living at {ADR:ae}; one of them, {P:a:g}, said her employer had kept her passport since her arrival.',
  '<a=uz|kz|ky.m>{P:a:gs} came to Korea on an E-9 visa and worked at a {f:krFactory} in Gimhae. Alien registration no. {NID:arc:a}; dormitory: {ADR:kr}.',
  '<a=ua|md|uz.m>According to the labour inspectorate, {P:a:gs} (PESEL {NID:pesel:a}) lived at {ADR:pl} in {f:plCity}, in a room rented by the agency owner.',
  '<a=*.* b=ar.*>MT103 | Ordering customer: {P:a:F} | Beneficiary: {P:b:F} | Beneficiary IBAN: {IBAN:ae} | Amount: {money} | Value date: {d}',
  '<a=*.f>WhatsApp chat export, {ds}\n{time} - {P:a:g}: please help me, they took my passport\n{time} - {P:a:g}: I am in a flat somewhere in {f:dest}, this is not my phone\n{time} - Hotline: Are you safe right now?',
  '<b=*.f.young>Hotline log, {d}, {time}. Caller: the mother. Her daughter {P:b:g} (born {DOB:b:y}) left for {f:dest} with a "tour agency" and has not called for {n:3:9} weeks. Daughter\'s last number: {PH:tr}.',
  '<a=*.m>Recruiter on X: {H:a:x}, bio says "jobs in Dubai, Istanbul, Seoul — visa + ticket free". DMs were signed "{P:a:g}".',
  '<a=*.m>From: "{P:a:gs}" <{EM:a}>\nSubject: Job offer — {f:job}, {f:dest}\nDear candidate, please send a copy of your passport and {money} for visa processing.',
  '<a=*.f b=*.m>Ms {P:a:s} told the interviewer that Mr {P:b:s} had promised her {money} a month; she never received more than a third of it.',
  '<a=*.f>CRM export: {P:a:ls}; age {n:19:28}; email {EM:a}; status: "travelled".',
  '<b=*.f.old>The women called the flat manager "{P:b:nick}"; her real name, according to the case file, is {P:b:gs}.',
  '<a=*.f>Passport details (from the copy kept by the agency): {P:a:F}, date of birth {DOB:a:dmon}, passport {PAS:a}, issued {d}.',
  '<a=tr.*>The Turkish ID number given in the lease, {NID:tcbad:a}, fails the checksum, so the landlord probably mistyped it. Name on the lease: {P:a:gs}.',
  '<a=*.m>Investigators linked the recruiter to the Telegram account {H:a:tme} and to the card {CARD:any}.',
  '<a=ar.m>The sponsor, {P:a:gs} (Emirates ID {NID:eid:a}), denied that the worker had been kept in the villa against her will.',
  '<a=*.f>Victim statement (translated from Russian): "My name is {P:a:gs}. I was born on {DOB:a:long} in {f:city}. I went to {f:dest} because a friend said the pay was good."',
  '<a=af.m>{P:a:gs}, an Afghan national holding passport {PAS:af}, was found among {n:11:25} men working unpaid at a brick kiln.',
  '<a=cn.m>The sewing workshop was managed by {P:a:gs}; workers described him only as "the director". His mobile: {PH:cn}.',
  '<b=*.f>Employer: a Korean national, {f:krFactory}; worker: {P:b:gs}, E-9 visa, phone {PH:kr}.',
  '<a=md.f>{P:a:gs}, a Moldovan citizen (IDNP {NID:idnp:a}), was recruited for "greenhouse work" and ended up in a flat at {ADR:pl}.',
  '<a=*.m>Vehicle: Hyundai H-1, plate {PL:kz}, registered to {P:a:si}.',
  '<a=tr.m>The minibus (plate {PL:tr}) was driven by {P:a:gs}, who told border guards he was "helping friends".',
  '<a=*.f>In a TikTok video posted from {H:a:tt}, {P:a:g} can be heard saying she is "fine" — her family believes she was told what to say.',
  '<a=*.f>Instagram account {H:a:ig} advertised "hostess jobs abroad"; the caption asked applicants to text {P:a:g} on {PH:a}.',
  '<a=*.m b=*.f>Interview transcript\nQ: Who bought your ticket?\nA: {P:a:g}. He said I would pay him back.\nQ: Did anyone else travel with you?\nA: {P:b:gs}, from my village.',
  '<a=*.f>Name: {P:a:F}\tNationality: {cit:a}\tAddress at origin: {ADR:ca}',
  '<a=*.m>Bank records show {money} paid into IBAN {IBAN:kz} (holder: {P:a:F}) between {d} and {d}.',
  '<a=tr.m>IBAN {IBAN:tr} — account holder {P:a:gs}, Istanbul branch.',
  'Plates recorded at the checkpoint: {PL:kg}, {PL:uz}. The driver of the second car had no documents for his passengers.',
  '<a=*.f b=*.m>"{P:a:g}, you will pay back the ticket first," {P:b:g} told her, according to her statement.',
  "<a=*.m>The agency's website listed a contact person, {P:a:gs}, and the address {ADR:ca}, which turned out to be a private flat.",
  '<a=*.f.minor>A {n:15:17}-year-old girl, {P:a:g}, born {DOB:a:mdy}, was identified at the airport and placed in a shelter.',
  '<a=*.f>Case note, {d}: client {P:a:gI} met the lawyer; next hearing set for {dl}.',
  '<a=*.f>Card used for the "visa fee": {CARD:mc} (cardholder {P:a:F}).',
  '<a=kz|ko.f>The Kazakh IIN on the contract, {NID:iin:a}, belongs to {P:a:gs}, who says she never signed it.',
  '<a=uz.m>{P:a:gs}, PINFL {NID:pinfl:a}, was among the workers repatriated on {dl}.',
  '<a=tj.m>Tajik worker {P:a:gs} (TIN {NID:tjinn:a}) stated that he had not been paid for {n:4:9} months.',
  '<a=ky.f>{P:a:gs}, PIN {NID:kgpin:a}, returned from {f:dest} on {dl}.',
  '<a=*.m>Driver {P:a:gs}, plate {PL:pl}, moved workers between the hostel and the warehouse.',
  "<a=*.f b=*.m>Reporter's notebook: I met {P:a:g} at a café in {f:city}. She showed me messages from a man who wrote from {H:b:at}.",
  '<a=*.f>Shelter register, {d}: {P:a:S}, born {DOB:a:iso}, referred by the border service.',
  '<a=*.m>The defendant {P:a:s} told the court he had "only bought tickets" for the women.',
  '<a=*.f>{P:a:g} shared a room with {n:4:8} other women at {ADR:tr}, Istanbul.',
  'Beneficiary account: {IBAN:pl} (mBank). Reference: "deposit for accommodation".',
  'The card {CARD:any} was used to buy {n:3:9} one-way tickets to {f:dest} within a week.',
  'Applicants were told to send their CVs and passport scans to {EM:a}.',
  "The recruiter's Telegram handle, {H:a:at}, was still active on {d}.",
  'Calls to the victims came from {PH:ae} and, later, from {PH:tr}.',
  'A white Ford Transit, plate {PL:ru}, was seen outside the dormitory on several nights.',
  'The women were held in a flat at {ADR:ca}.',
  "Passport {PAS:kg} was recovered from the manager's desk drawer.",
  'IBAN on the fake invoice: {IBAN:md}.',
  'The TikTok account {H:a:tt} posted videos of "happy workers" in the dormitory.',
  '<a=*.f>{P:a:g} was interviewed on {d} with an interpreter present.',
  '<a=*.m>The court heard that {P:a:s} had organised at least {n:4:12} trips.',
  '<a=*.f>A social worker visited {P:a:g} twice a week after her return.',
  '<a=*.m>Witnesses named the driver as {P:a:gs}.',
  '<a=*.f>"I trusted {P:a:g}," one of the women said. "She was like a sister to me."',
  "Hotline worker's note: caller gave the address {ADR:kr} and hung up.",
  'Transfer of {money} to card {CARD:mc} on {d}, flagged by the bank.',
  'Plate of the car that picked her up at the airport: {PL:ae}.',
  'Contact number in the vacancy post: {PH:kz}.',
  "The agency's registered e-mail, {EM:a}, was also used to book the flights.",
  'In her notebook she had written down "{PL:kr}", the van that took workers to the farm.',
  'DOB {DOB:a:dmon}; place of birth not stated.',
  '<a=*.f>Date of birth on the boarding pass booking: {DOB:a:dmy}; travel date {d}.',
  '<a=*.m>According to his Emirates visa, he was born on {DOB:a:long}.',
  'The flat at {ADR:ae} was rented in the name of a company that does not exist.',
  'Beneficiary IBAN {IBAN:tr} appears in {n:3:9} transfers from different victims.',
  'The booking was made from {EM:a} and paid with card {CARD:visa}.',
  'The Instagram page {H:a:ig} was taken down on {d}.',
  'Passport numbers found in the safe included {PAS:uz} and {PAS:tj}.',
  '<a=*.*>Date of birth per the visa application: {DOB:a:iso}.',
  'IBAN {IBAN:kz} was frozen by the bank on {d}.',
  'Recruitment posts listed a WhatsApp number, {PH:uz}, and the handle {H:a:at}.',
  "Emirates ID {NID:eid:z} was visible on a photo in the victim's phone.",
  '{PH:kg} — that was the number she called from, according to the call log.',
  '<a=*.*>Passp0rt N0: {PAS:a} | Nam e: {P:a:F} | D0B: {DOB:a:ocr} | lssued: {d}',
];

const EN_NEG: string[] = [
  'The {f:court} delivered its judgment in case {case} on {dl}; the appeal was dismissed on {d}.',
  'In {n:2021:2023}, {f:org} assisted {n:120:900} victims of trafficking in Central Asia; {pct} of them were women aged 18 to 30.',
  'Hotlines: {f:hotline} (free, 24/7). Calls are answered in Russian, Kazakh, Kyrgyz, Uzbek and Tajik.',
  'Flight {flight} from Almaty landed in Istanbul at {time}; {n:6:12} passengers were interviewed by border police.',
  'The recruitment agency (BIN {bin}) had no licence; it was fined {money}.',
  'Ahead of [[Nowruz|Ramadan|the summer season|New Year]], the Ministry of Labour warned job seekers about fake vacancies in {f:dest}.',
  'The victim was {n:17:24} at the time; she had been promised {money} a month as a {f:job}.',
  'Workshops on safe migration took place in {f:city} from {dl} to {dl}; {n:40:160} students attended.',
  'The shelter on Station Road has {n:12:30} beds; its exact address is not published for safety reasons.',
  'Article 128 of the Criminal Code of Kazakhstan provides for up to {n:12:15} years of imprisonment for trafficking in persons.',
  'Payments went through Western Union and Golden Crown; the average transfer was {money}, card ending {mask}.',
];

// ---------------------------------------------------------------------------------------------------------------
// Templates: Kazakh

const KK_POS: string[] = [
  '<b=*.m>Жәбірленуші сотта {P:b:gs:gen} оған {f:dest} қаласындағы қонақүйден жұмыс ұсынғанын айтты.',
  '<a=kz|ko.f>ӨТІНІШ\nТегі, аты: {P:a:F}\nТуған күні: {DOB:a:dmy}\nЖСН: {NID:iin:a}\nМекенжайы: {ADR:kk}',
  '<a=kz.m>{P:a:gs} {DOB:a:loc} {f:birthLoc} туған, бұрын сотталмаған.',
  '<a=*.f>{d} «{f:checkpoint}» өткізу пунктінде бір азамат үш қызбен бірге тоқтатылды; олардың бірі — {P:a:gs}, {DOB:a:yh} туған.',
  '<a=kz.f b=*.m>[{time}] {P:b:g}: {P:a:h}, билетті алдым, ертең таңертең күтемін\n[{time}] Мен: жарайды, анама айтпаймын',
  '<b=*.f.young>{f:hotline} желісіне анасы хабарласты. Қызы {P:b:g} Дубайға кеткеннен бері хабарсыз. Қызының соңғы нөмірі: {PH:ae}.',
  '<a=*.f>Жәбірленуші {ADR:kk_loc} тіркелген, бірақ {n:2019:2022} жылдан бері Түркияда жүр.',
  '<a=*.m>Ақша {P:a:F} атына ашылған {IBAN:kz} шотына аударылған.',
  '<a=kz.m>{PL:kz} мемлекеттік нөмірі бар «Toyota Alphard» көлігін {P:a:gs} басқарған.',
  '<b=*.m>Қыз анасына төлқұжатын {P:b:s:dat} бергенін айтқан.',
  '<a=*.m>Жұмысшылар {P:a:gs:abl} қорқатындарын айтты.',
  '<a=*.f b=*.m>{P:a:g} бір жігітпен Instagram арқылы танысқан; жігіттің парақшасы — {H:b:ig}.',
  '<a=kz.*>{P:a:gs:gen} № {PAS:kz} төлқұжатын жұмыс беруші алып қойған.',
  '<a=*.m>Жалған агенттіктің поштасы — {EM:a}, Telegram — {H:a:at}.',
  '<a=ko.m>{P:a:f} {f:krFactory} жұмыс істеген; шетелдіктің тіркеу нөмірі — {NID:arc:a}.',
  '<a=*.f.minor b=*.m>Кәмелетке толмаған {P:a:gs} {P:b:gs:ins} бірге {f:dest} қаласына ұшып кеткен.',
  '<a=*.f>«Мені сатып жіберді», — дейді {P:a:g}. Ол {f:dest} қаласынан үйге тек {n:2:5} айдан кейін оралды.',
  '<a=*.f>Консулдықтың мәліметінше, {P:a:gs} Антальядағы {ADR:tr} мекенжайындағы пәтерде ұсталған.',
  '<b=*.f.old>Қыздар {P:b:g} апайдың пәтерінде тұрған; оны «{P:b:nick}» деп атайтын.',
  '<a=kz.f>Туған күні: {DOB:a:dmy} ж.\nТуған жері: {f:birthNom}\nТегі, аты, әкесінің аты: {P:a:F}',
  '<a=*.m>Сот {P:a:f:acc} {n:7:12} жылға бас бостандығынан айырды; жәбірленушіге моральдық зиян өтеледі.',
  '<a=*.f>Тел: {PH:kz}, WhatsApp: {PH:tr}. {P:a:g} екі нөмірді де қолданған.',
  '<a=*.m>{CARD:any} картасы {P:a:gs:gen} атына ресімделген.',
  '<a=*.f>{P:a:gs:gen} туған күні — {DOB:a:long}, ал шетелге шыққан күні — {dl}.',
  '<a=*.m b=*.m>Куә {P:b:f} сотта {P:a:s:gen} тапсырмасымен қыздарды әуежайдан қарсы алғанын айтты.',
  'Төлем {IBAN:kz} шотына жіберілген.',
  'Делдалдың телефоны: {PH:kz}.',
  'Қыздар ұсталған пәтер {ADR:kk} мекенжайында орналасқан.',
  '<a=*.f>{P:a:g:dat} психолог көмек көрсетті.',
  'Хабарландырудағы пошта: {EM:a}.',
  '<a=*.m>Тергеуші {P:a:s:acc} {d} күні жауапқа алды.',
  '<a=*.f>{P:a:gs:loc} ешқандай құжат болмаған.',
  'Көліктің мемлекеттік нөмірі — {PL:kz}.',
  '{PH:kz} — делдалдың нөмірі, {EM:a} — оның поштасы.',
];

const KK_NEG: string[] = [
  '{f:court} {dl} № {case} іс бойынша үкім шығарды.',
  'Сенім телефоны: {f:hotline}. Қоңырау тегін, тәулік бойы.',
  '{n:2021:2023} жылы Қазақстанда адам саудасы бойынша {n:30:190} қылмыстық іс тіркелді; жәбірленушілердің {pct} әйелдер.',
  'Жәбірленуші ол кезде {n:16:19} жаста еді, колледжде оқитын.',
  '[[Наурыз|Жаңа жыл|Құрбан айт]] қарсаңында шекарашылар «{f:checkpoint}» өткізу пунктінде бақылауды күшейтті.',
  'Агенттік (БСН {bin}) лицензиясыз жұмыс істеген; айыппұл мөлшері — {money}.',
  'Жатақхана Жібек жолы көшесінде орналасқан, бірақ нақты үй нөмірі анықталмады.',
];

const KKL_POS: string[] = [
  '<a=kz.f>Жәбірленуші {P:a:gs} Ыстамбұлда төлемсіз жұмыс істегенін айтты.',
  '<a=kz|ko.*>Аты-жөні: {P:a:F}\nТуған күні: {DOB:a:dmy}\nЖСН: {NID:iin:a}',
  '<a=*.f>{P:a:gs} {ADR:kkl_loc} тұрады, бірақ қазір Дубайда.',
  '<a=kz.m>{P:a:gs} {DOB:a:loc} туған.',
  '<a=*.m>Instagram: {H:a:ig}, пошта: {EM:a}.',
  '<a=*.*>Шот: {IBAN:kz}, иесі — {P:a:F}.',
  '<a=*.f>{P:a:gs:gen} телефоны: {PH:a}',
  '<a=kz.f b=*.m>[{time}] {P:b:g}: {P:a:g}, қайдасың?\n[{time}] Мен: әуежайдамын',
  '<a=kz.m>{P:a:sg} {PL:kz} нөмірлі көлікпен келді.',
  '<a=*.f>Мекенжайы: {ADR:kkl}. Туған жылы: {DOB:a:yh}',
  '<a=kz.f>{P:a:g:dat} көмек керек.',
  'Делдалдың телефоны: {PH:kz}',
];

const KKL_NEG: string[] = [
  'Сенім телефоны: 111. Қоңырау тегін.',
  '{n:2021:2023} жылы {n:30:190} қылмыстық іс тіркелді.',
  'Жәбірленуші ол кезде {n:16:19} жаста еді.',
];

// ---------------------------------------------------------------------------------------------------------------
// Templates: Kyrgyz

const KY_POS: string[] = [
  '<b=*.m>Жабырлануучу сотто {P:b:gs} ага Москвадагы тигүү цехинен жумуш сунуштаганын айтты.',
  '<a=ky.f>АРЫЗ\nАты-жөнү: {P:a:F}\nТуулган күнү: {DOB:a:dmy}\nПИН: {NID:kgpin:a}\nДареги: {ADR:ky}',
  '<a=ky.m>{P:a:gs} {DOB:a:loc} {f:birthLoc} туулган, мурда соттолгон эмес.',
  '<a=*.m>Жумушчулар {P:a:gs:abl} коркушканын айтышты.',
  '<a=ky.f b=*.m>[{time}] {P:b:g}: {P:a:h}, билет алдым, эртең эртең менен күтөм\n[{time}] Мен: макул, апама айтпайм',
  '<b=*.f.young>{f:hotline} ишеним телефонуна апасы кайрылды. Кызы {P:b:g} Стамбулга кеткенден бери байланышка чыкпай жатат. Кызынын акыркы номери: {PH:tr}.',
  '<a=*.f>Жабырлануучу {ADR:ky_loc} катталган, бирок {n:2019:2022}-жылдан бери Орусияда.',
  '<a=ky.m>{PL:kg} мамлекеттик номерлүү «Honda Stream» унаасын {P:a:gs} айдап келген.',
  '<b=*.m>Кыз паспортун {P:b:g:dat} бергенин айтты.',
  '<a=ky.*>{P:a:gs:gen} паспорту ({PAS:kg}) иш берүүчүдө калган.',
  '<a=*.m>Жасалма агенттиктин почтасы — {EM:a}, Telegram — {H:a:at}.',
  '<a=*.f b=*.m>{P:a:g} бир жигит менен Instagram аркылуу таанышкан; жигиттин баракчасы — {H:b:ig}.',
  '<a=*.f>Жардам бериңиздер! {P:a:F}, {DOB:a:long} туулган, {d} Дубайга учуп кеткен, ошондон бери кабар жок. Байланыш: {PH:kg}.',
  '<b=*.f.old>Кыздар {P:b:g} эженин батиринде жашашкан; аны «{P:b:nick}» деп аташчу.',
  '<b=tr.m>Иш берүүчү — Түркиянын жараны {P:b:gs}, дареги: {ADR:tr}, {f:trDistrict}. Кыз ал жерде {n:5:11} ай акысыз иштеген.',
  '<a=*.m>Сот {P:a:f:acc} {n:6:12} жылга эркинен ажыратты.',
  '<a=ky.m>{P:a:gs} {DOB:a:yh} туулган, Орусияда {ADR:rus} дарегинде жашаган.',
  '<a=ky.f>Кызыбыз {P:a:h} {d} Бишкектен чыгып кеткен. Анын номери {PH:a} өчүк.',
  '<a=*.m>{CARD:elcart} картасы {P:a:gs:gen} атына катталган.',
  '<a=*.f>{P:a:g}, биз сени издеп жатабыз! Кайда болсоң да, чал: {PH:kg}.',
  '<a=*.m b=*.f>«{P:b:g}, паспортуңду мага бер, чек арадан өзүм өткөрөм», — деп айткан {P:a:gs}.',
  '<a=uz.m>Ош шаарындагы базарда {P:a:gs} аттуу Өзбекстандын жараны кыздарды Орусияга жөнөткөн.',
  '<a=*.m b=*.m>Күбө {P:b:f} сотто {P:a:s:gen} тапшырмасы менен кыздарды аэропорттон тосуп алганын айтты.',
  '<a=*.f>{P:a:gs} азыр «{f:shelter}» борборунда.',
  '<a=*.f>{P:a:gs:gen} туулган күнү — {DOB:a:dmy}, ал эми Стамбулга учкан күнү — {d}.',
  'Акча {CARD:any} картасына которулган.',
  'Иш берүүчүнүн телефону: {PH:ru}.',
  'Кыздар {ADR:ky} дарегиндеги үйдө жашашкан.',
  '<a=*.f>{P:a:g:dat} психолог жардам берди.',
  'Жарнамадагы почта: {EM:a}.',
  '<a=*.m>Тергөөчү {P:a:s:acc} {d} күнү суракка алды.',
  'Унаанын мамлекеттик номери — {PL:kg}.',
  '<a=*.f>{P:a:gs:loc} эч кандай документ болгон эмес.',
];

const KY_NEG: string[] = [
  '{f:court} {dl} № {case} иш боюнча өкүм чыгарды.',
  'Ишеним телефону: {f:hotline}. Чалуу акысыз.',
  '{n:2021:2023}-жылы Кыргызстанда адам сатуу боюнча {n:20:90} кылмыш иши катталды; жабырлануучулардын {pct} аялдар.',
  'Жабырлануучу ал кезде {n:16:19} жашта болчу.',
  '[[Нооруз|Жаңы жыл|Орозо айт]] алдында чек ара кызматы текшерүүнү күчөттү.',
  'Агенттик лицензиясыз иштеген; айып пул — {money}.',
  'Жатакана Чүй проспектисинде жайгашкан, бирок үйдүн номери такталган жок.',
  'Рейс {flight} Бишкек — Стамбул {d} саат {time} учуп кетти; бортто {n:6:12} жаран болгон.',
];

// ---------------------------------------------------------------------------------------------------------------
// Templates: Uzbek

const UZ_POS: string[] = [
  '<b=*.m>Jabrlanuvchi sudda {P:b:gs} unga {f:dest}dagi mehmonxonadan ish taklif qilganini aytdi.',
  "<a=uz.f>ARIZA\nF.I.Sh.: {P:a:F}\nTug'ilgan sanasi: {DOB:a:dmy}\nJSHSHIR: {NID:pinfl:a}\nManzil: {ADR:uz}",
  "<a=uz.m>{P:a:gs} {DOB:a:loc} {f:birthLoc} tug'ilgan, ilgari sudlanmagan.",
  "<a=uz.f b=*.m>[{time}] {P:b:g}: {P:a:h}, bilet oldim, ertaga ertalab kutaman\n[{time}] Men: xo'p, onamga aytmayman",
  "<b=*.f.young>{f:hotline} ishonch telefoniga onasi qo'ng'iroq qildi. Qizi {P:b:g} Istanbulga ketganidan beri aloqaga chiqmayapti. Oxirgi raqami: {PH:tr}.",
  "<a=*.f>Jabrlanuvchi {ADR:uz_loc} ro'yxatda turadi, lekin {n:2019:2022}-yildan beri Rossiyada.",
  '<a=uz.m>{PL:uz} davlat raqamli «Chevrolet Damas» avtomashinasini {P:a:gs} boshqargan.',
  '<b=*.m>Qiz pasportini {P:b:g:dat} berganini aytdi.',
  "<a=*.m>Ishchilar {P:a:gs:abl} qo'rqishlarini aytishdi.",
  "<a=uz.*>Arizada ko'rsatilgan JSHSHIR {NID:pinflbad:a} nazorat raqamiga to'g'ri kelmadi, ehtimol, xato yozilgan. Ariza beruvchi: {P:a:si}.",
  "<a=*.f>Pul Humo kartasiga ({CARD:humo}) o'tkazilgan, karta egasi — {P:a:F}.",
  '<a=*.m>Soxta agentlik pochtasi — {EM:a}, Telegram — {H:a:at}.',
  '<a=*.f b=*.m>{P:a:g} bir yigit bilan Instagram orqali tanishgan; yigitning sahifasi — {H:b:ig}.',
  '<a=*.m>Sud {P:a:f:acc} {n:6:12} yilga ozodlikdan mahrum qildi.',
  '<a=uz.m>{P:a:gs} Koreyada {f:krFactory} ishlagan, chet ellik karta raqami {NID:arc:a}.',
  "<a=*.f>Yordam bering! {P:a:F}, {DOB:a:loc} tug'ilgan, {d} Dubayga uchib ketgan. Aloqa: {PH:uz}.",
  '<b=*.f.old>Qizlar {P:b:g} opaning uyida yashagan; uni «{P:b:nick}» deb atashardi.',
  "<a=uz.m b=*.m>Guvoh {P:b:f} {P:a:s:gen} topshirig'i bilan qizlarni aeroportdan kutib olganini aytdi.",
  "<a=uz.f>Qizimiz {P:a:h} {d} kuni Toshkentdan chiqib ketgan. Uning raqami {PH:a} o'chiq.",
  '<a=uz.m>Rossiyadagi manzili: {ADR:rus}. {P:a:gs} u yerda {n:5:11} kishi bilan bir xonada yashagan.',
  '<a=*.m>{CARD:uzcard} kartasi {P:a:gs} nomiga rasmiylashtirilgan.',
  '<a=uz.f>{P:a:gs}, {DOB:a:dmy}, pasport {PAS:uz}, {f:region}.',
  "<a=*.f>{P:a:gs:gen} tug'ilgan sanasi — {DOB:a:long}, chet elga chiqqan sanasi esa — {dl}.",
  "Pul {IBAN:tr} hisob raqamiga o'tkazilgan.",
  'Yollovchining telefoni: {PH:uz}.',
  '<a=*.f>{P:a:g:dat} psixolog yordam berdi.',
  "E'londagi pochta: {EM:a}.",
  "<a=*.m>Tergovchi {P:a:s:acc} {d} kuni so'roq qildi.",
  'Mashinaning davlat raqami — {PL:uz}.',
  "<a=*.f>{P:a:gs:loc} hech qanday hujjat bo'lmagan.",
  'Qizlar {ADR:uz} manzilidagi uyda yashashgan.',
];

const UZ_NEG: string[] = [
  "{f:court} {dl} {case}-sonli ish bo'yicha hukm chiqardi.",
  "Ishonch telefoni: {f:hotline}. Qo'ng'iroq bepul.",
  "{n:2021:2023}-yilda O'zbekistonda odam savdosi bo'yicha {n:100:600} ta jinoyat ishi qo'zg'atildi; jabrlanuvchilarning {pct} ayollar.",
  "Jabrlanuvchi o'sha paytda {n:16:19} yoshda edi.",
  "[[Navro'z|Ramazon hayiti|Yangi yil]] arafasida chegarachilar nazoratni kuchaytirdi.",
  'Agentlik litsenziyasiz ishlagan; jarima — {money}.',
  "Yotoqxona Mustaqillik ko'chasida joylashgan, lekin uy raqami aniqlanmadi.",
];

const UZC_POS: string[] = [
  '<b=*.m>Жабрланувчи судда {P:b:gs} унга Дубайдаги меҳмонхонадан иш таклиф қилганини айтди.',
  '<a=uz.f>Ф.И.Ш.: {P:a:F}\nТуғилган санаси: {DOB:a:dmy}\nМанзил: {ADR:uzc}',
  '<a=uz.m>{P:a:gs} {DOB:a:loc} туғилган.',
  '<a=*.f>Жабрланувчи {ADR:uzc_loc} рўйхатда туради.',
  '<a=*.m>Ишчилар {P:a:gs:abl} қўрқишларини айтишди.',
  '<a=uz.f b=*.m>[{time}] {P:b:g}: {P:a:h}, билет олдим\n[{time}] Мен: хўп',
  '<a=*.m>Суд {P:a:f:acc} {n:6:12} йилга озодликдан маҳрум қилди.',
  '<a=*.f>Тел.: {PH:uz}, {P:a:gs:gen} онаси.',
  '<a=uz.*>Паспорт: {PAS:uz}, эгаси — {P:a:F}.',
  'Карта рақами {CARD:humo}, эгасининг исми кўрсатилмаган.',
  '<a=*.f>{P:a:g:dat} психолог ёрдам берди.',
];

const UZC_NEG: string[] = [
  '{f:court} {dl} ҳукм чиқарди.',
  'Ишонч телефони: 1148. Қўнғироқ бепул.',
  'Жабрланувчи ўша пайтда {n:16:19} ёшда эди.',
];

// ---------------------------------------------------------------------------------------------------------------
// Templates: Tajik

const TG_POS: string[] = [
  '<b=*.m>Ҷабрдида дар суд нишон дод, ки {P:b:gs} ба ӯ дар {f:dest} кор пешниҳод карда буд.',
  '<a=tj.f>АРИЗА\nНому насаб: {P:a:F}\nСанаи таваллуд: {DOB:a:dmy}\nРМА: {NID:tjinn:a}\nСуроға: {ADR:tg}',
  '<a=tj.m>{P:a:gs} {DOB:a:soli} дар {f:birthLoc} таваллуд шудааст, қаблан судшуда нест.',
  '<a=*.m>Милиса {P:a:gs:acc} дар фурудгоҳ боздошт кард; ҷабрдида ӯро шинохт.',
  '<a=tj.f b=*.m>[{time}] {P:b:g}: {P:a:h}, чипта гирифтам, пагоҳ субҳ интизорам\n[{time}] Ман: хуб, ба модарам намегӯям',
  '<b=*.f.young>Ба хатти боварии {f:hotline} модараш занг зад. Духтараш {P:b:g} пас аз рафтан ба Дубай бедарак аст. Рақами охирини ӯ: {PH:ae}.',
  '<a=*.f>Ҷабрдида дар суроғаи {ADR:tg} зиндагӣ мекунад.',
  '<a=tj.m>Мошини «Opel Zafira» бо рақами давлатии {PL:tj} ба {P:a:gs} тааллуқ дорад.',
  '<b=*.m>Духтар гуфт, ки шиносномаашро ба {P:b:g} додааст.',
  '<a=tj.*>Шиносномаи {P:a:gs} (№ {PAS:tj}) дар назди корфармо монд.',
  '<a=*.m>Почтаи агентии қалбакӣ — {EM:a}, Telegram — {H:a:at}.',
  '<a=*.f b=*.m>{P:a:g} бо як ҷавон тавассути Instagram шинос шуда буд; саҳифаи ӯ — {H:b:ig}.',
  '<a=*.m>Суд {P:a:f:acc} ба {n:6:12} сол аз озодӣ маҳрум кард.',
  '<a=tj.m>{P:a:gs} дар Русия дар суроғаи {ADR:rus} зиндагӣ мекард.',
  '<a=*.f>Кумак кунед! {P:a:F}, {DOB:a:long} таваллуд, {d} ба Истанбул парвоз кард ва аз он вақт хабаре нест. Тел.: {PH:tj}.',
  '<a=af.m>Шаҳрванди Афғонистон {P:a:gs} бо шиносномаи {PAS:af} аз марз гузаштааст.',
  '<b=*.f.old>Духтарон дар хонаи {P:b:g} зиндагӣ мекарданд; ӯро «{P:b:nick}» меномиданд.',
  '<a=*.m b=*.m>Шоҳид {P:b:f} гуфт, ки бо супориши {P:a:s} духтаронро аз фурудгоҳ пешвоз мегирифт.',
  '<a=tj.f>Духтарамон {P:a:h} {d} аз Душанбе рафт. Рақами ӯ {PH:a} хомӯш аст.',
  '<a=*.m>Корти {CARD:any} ба номи {P:a:gs} ба қайд гирифта шудааст.',
  '<a=*.m>Дар суроғаи {ADR:tg} {P:a:gs} {n:4:9} духтарро ҷой дода буд.',
  '<a=tj.f>{P:a:F}, {DOB:a:dmy}, шиноснома {PAS:tj}.',
  '<a=*.m b=*.f>«{P:b:g}, шиносномаатро ба ман деҳ», — гуфтааст {P:a:gs}.',
  '<a=tj.m>РМА-и {P:a:gs}: {NID:tjinn:a}.',
  '<a=*.f>Санаи таваллуди {P:a:gs} — {DOB:a:dmy}, санаи рафтанаш ба хориҷа — {d}.',
  'Пул ба корти {CARD:any} гузаронида шуд.',
  'Телефони ҷалбкунанда: {PH:tj}.',
  '<a=*.f>Ба {P:a:g} равоншинос кӯмак расонд.',
  'Почтаи электронии эълон: {EM:a}.',
  'Рақами давлатии мошин — {PL:tj}.',
  '<a=*.m>Муфаттиш {P:a:s:acc} {d} пурсиш кард.',
  'Духтарон дар суроғаи {ADR:tg} зиндагӣ мекарданд.',
];

const TG_NEG: string[] = [
  '{f:court} {dl} оид ба парвандаи № {case} ҳукм баровард.',
  'Хатти боварӣ: {f:hotline}. Занг ройгон аст.',
  'Соли {n:2021:2023} дар Тоҷикистон {n:20:90} парвандаи ҷиноятӣ оид ба савдои одамон оғоз шуд; {pct} ҷабрдидагон занон буданд.',
  'Ҷабрдида он вақт {n:16:19}-сола буд.',
  'Пеш аз [[Наврӯз|Рамазон|Соли нав]] марзбонон назоратро пурзӯр карданд.',
  'Агентӣ бе иҷозатнома кор мекард; ҷарима — {money}.',
  'Хобгоҳ дар кӯчаи [[Гулистон|Дӯстӣ|Баҳор]] ҷойгир аст, аммо рақами хона маълум нашуд.',
  'Ҳавопаймои {flight} Душанбе — Истанбул {d} соати {time} парвоз кард.',
];

// ---------------------------------------------------------------------------------------------------------------
// Templates: Turkish

const TR_POS: string[] = [
  '<a=*.m>{f:court}, sanık {P:a:F} hakkında insan ticareti suçundan {n:8:16} yıl hapis cezasına hükmetti.',
  '<a=*.f b=tr.m>Mağdur {P:a:gs}, sanık {P:b:gs:gen} kendisine otelde iş teklif ettiğini beyan etti.',
  '<a=*.f>Yabancı uyruklu {P:a:F} (D.T.: {DOB:a:dmy}, Pasaport No: {PAS:a}) {d} tarihinde havalimanı şube müdürlüğüne getirildi.',
  '<a=uz|kz|ky|tm|az|af.m>Yabancı kimlik no: {NID:ykn:a}\nAdı Soyadı: {P:a:gs}\nUyruğu: {cit:a}\nAdres: {ADR:tr}',
  '<a=tr.m>Ev sahibi {P:a:gs} (T.C. Kimlik No: {NID:tc:a}) daireyi "öğrencilere" kiraladığını söyledi.',
  '<a=*.f>Kadınlar {ADR:tr_loc} bulunan bir dairede tutuluyordu; aralarında {P:a:gs} de vardı.',
  '<a=tr.m>Ödemeler {IBAN:tr} numaralı hesaba yapıldı; hesap sahibi {P:a:gs}.',
  '<a=tr.m>{PL:tr} plakalı minibüsü {P:a:gs} kullanıyordu.',
  '<a=*.f>{P:a:gs}, {DOB:a:loc} {f:birthLoc} doğdu.',
  "<a=*.f b=tr.m>{P:a:g} Hanım, {P:b:g} Bey'in kendisini tehdit ettiğini söyledi.",
  '<b=tr.m>Mağdur, {P:b:gs:abl} korktuğunu ifade etti.',
  '<a=*.f b=tr.m>{P:b:gs}, pasaportu {P:a:g:dat} geri vermedi.',
  '<a=*.f b=*.m>[{time}] {P:b:g}: {P:a:g} neredesin? araba kapıda\n[{time}] Ben: korkuyorum, annem bilmiyor',
  '<a=*.f>"Kardeşim {P:a:gs} {d} tarihinden beri kayıp. Son görüldüğü yer Laleli. Bilgisi olan {PH:tr} numarasını arasın." #kayıp',
  '<a=*.m>Telegram kanalı {H:a:tme} üzerinden "Türkiye\'de iş" ilanları veriliyordu; ilanlarda {P:a:g} adı geçiyordu.',
  '<a=*.f>Instagram hesabı {H:a:ig}, genç kadınlara "otelde hostes" işi vaat ediyordu.',
  '<a=*.m>E-posta: {EM:a} — göndericinin adı {P:a:gs} olarak görünüyor.',
  '<a=tm.f b=tr.m>Türkmenistan uyruklu {P:a:gs}, {P:b:gs:gen} evinde bakıcı olarak çalıştırıldı.',
  '<a=uz.f>Özbekistan uyruklu {P:a:gs} (d. {DOB:a:dmy}) barınma evine yerleştirildi.',
  '<a=*.m>Sanık {P:a:s:gen} cep telefonu: {PH:tr}.',
  "<a=*.f b=tr.m>Tanık {P:b:F}, {P:a:g:acc} {d} tarihinde Aksaray'da gördüğünü söyledi.",
  '<a=tr.m>Kira sözleşmesindeki T.C. kimlik numarası {NID:tcbad:a} doğrulama algoritmasından geçmedi; muhtemelen yanlış yazılmış. Kiracı: {P:a:gs}.',
  '<a=*.f>Mağdurun ifadesi: "Adım {P:a:gs}. {DOB:a:long} tarihinde {f:birthLoc} doğdum."',
  '<a=*.m b=*.f>{P:a:gs}, {P:b:g:dat} "borcunu ödemeden gidemezsin" dedi.',
  '<a=az.m>Azerbaycan uyruklu aracı {P:a:gs} (tel. {PH:az}) kadınları Bakü üzerinden getiriyordu.',
  '<a=*.f>{P:a:gs}, {DOB:a:y} doğumlu, {cit:a} vatandaşı.',
  "<a=*.f>{P:a:F} {DOB:a:dmyh} doğdu; Türkiye'ye giriş tarihi {d}.",
  '<a=*.f>Kart: {CARD:troy}, kart sahibi {P:a:F}.',
  'Ödeme {IBAN:tr} hesabına yapıldı.',
  'Aracının telefonu: {PH:tr}.',
  '<a=*.f>{P:a:g:dat} psikolojik destek verildi.',
  'İlandaki e-posta adresi: {EM:a}.',
  '<a=*.m>Şüpheli {P:a:gs} gözaltına alındı.',
  'Aracın plakası {PL:tr} olarak tespit edildi.',
  'Mağdurlar {ADR:tr} adresindeki bir dairede kalıyordu.',
  '<a=*.f>{P:a:g:gen} pasaportu işverende kalmıştı.',
  'Kart numarası {CARD:any} olan hesaptan {money} çekildi.',
  "<a=*.f>Doğum tarihi: {DOB:a:dmy}; Türkiye'ye giriş tarihi: {d}; son çıkış tarihi: {d}.",
  'Olay yeri: {ADR:tr}.',
  'Minibüsün plakası {PL:tr}, sürücü belgesi sahte çıktı.',
  '{PH:tr} numarası aracıya ait.',
];

const TR_NEG: string[] = [
  '{f:court}, {case} sayılı dosyada kararını {dl} tarihinde açıkladı.',
  "{n:2021:2023} yılında Türkiye'de {n:200:900} insan ticareti mağduru tespit edildi; mağdurların {pct} kadındı.",
  'Yardım hattı: 157. Aramalar ücretsizdir ve 7/24 yanıtlanır.',
  '[[Ramazan Bayramı|Kurban Bayramı|Yılbaşı]] öncesinde havalimanlarında denetimler artırıldı.',
  'Mağdur o sırada {n:16:19} yaşındaydı; kendisine ayda {money} vaat edilmişti.',
  'Ajans (vergi no {bin}) lisanssız faaliyet gösteriyordu; para cezası {money}.',
  'Daire İstiklal Caddesi üzerindeydi, ancak kapı numarası tespit edilemedi.',
  "{flight} sefer sayılı uçak {d} tarihinde saat {time} itibarıyla İstanbul Havalimanı'na indi.",
  "Göç İdaresi, {dl} tarihinde İstanbul'da bir koordinasyon toplantısı düzenledi.",
  'Başsavcılık, {n:3:12} şüpheli hakkında iddianame hazırladı; dosya {case} numarasıyla kayda alındı.',
];

// ---------------------------------------------------------------------------------------------------------------
// Assembly, checks and output

const PLAN: { orth: Orth; pos: string[]; neg: string[]; nPos: number; nNeg: number }[] = [
  { orth: 'ru', pos: RU_POS, neg: RU_NEG, nPos: 185, nNeg: 32 },
  { orth: 'en', pos: EN_POS, neg: EN_NEG, nPos: 110, nNeg: 20 },
  { orth: 'kk', pos: KK_POS, neg: KK_NEG, nPos: 40, nNeg: 7 },
  { orth: 'kkl', pos: KKL_POS, neg: KKL_NEG, nPos: 14, nNeg: 3 },
  { orth: 'ky', pos: KY_POS, neg: KY_NEG, nPos: 48, nNeg: 9 },
  { orth: 'uz', pos: UZ_POS, neg: UZ_NEG, nPos: 38, nNeg: 7 },
  { orth: 'uzc', pos: UZC_POS, neg: UZC_NEG, nPos: 14, nNeg: 3 },
  { orth: 'tg', pos: TG_POS, neg: TG_NEG, nPos: 48, nNeg: 9 },
  { orth: 'tr', pos: TR_POS, neg: TR_NEG, nPos: 53, nNeg: 10 },
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
        id: `heldout11-${lang}-${pad(i + 1, 3)}`,
        language: lang,
        script: LATIN_ORTHS.includes(d.orth) ? 'latin' : 'cyrillic',
        text: d.text,
        spans: d.spans,
      });
    });
  }

  const out = join(__dirname, '..', 'test', 'fixtures', 'anonymizer-heldout-11.jsonl');
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
