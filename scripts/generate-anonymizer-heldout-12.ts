/**
 * Twelfth held-out anonymizer batch: writes test/fixtures/anonymizer-heldout-12.jsonl.
 * Written without looking at the anonymizer's rules, lists, specs or data, or at any batch's fixture: only the
 * eleventh batch's generator machinery (random source, transliteration and inflection helpers, check-digit helpers,
 * template engine, offset checks and output) and its labelling rules are reused, with a new seed. The sentences,
 * situations, document kinds, name pools, street and place pools and filler pools are all new; `assertNewPools`
 * checks at every run that no name or street entry is one of the eleventh batch's (nor one of the issue's examples).
 * New here: court minutes, consular notes, employment contracts, medical records, migration cards, money-transfer
 * receipts, transcribed social-media screenshots, interview transcripts, consent and tenancy papers; Uyghur names of
 * Kazakhstan and many given names rare for the region; names in lower case (given surname, surname given, full),
 * with a soft hyphen inside (U+00AD, as PDFs leave them), as printed on tickets (SURNAME/GIVEN) and in Latin capitals
 * inside Cyrillic text; Russian addresses after в/у/из/по with the house first ("доме 5 по проспекту …"), Kazakh and
 * Kyrgyz addresses with genitive-possessive endings ("… көшесінің 12-үйінде"), Uzbek "-dagi … -uyda", Tajik izofa
 * ("хонаи 12-и кӯчаи …"), Korean road addresses in Hangul, Moldovan str./bd./ap.; national ids whose check digit
 * fails right after their cue (PESEL, IDNP, SNILS, RNOKPP, Emirates ID, Turkish foreigner number, besides IIN, PINFL
 * and T.C.), without the snippet saying so; IBANs forced into lower case; handles named by their service without @;
 * Georgian IBANs, Turkmen, Moldovan, Chinese, Azerbaijani and Ukrainian plates, Korean, Turkmen and Moldovan
 * landlines; dates of birth with Roman months, in Chinese (1990年3月12日), year first with dots, undivided (12031990),
 * with short Russian months and day-month-year words in every language.
 *
 * Every snippet is assembled from a sentence template; offsets are counted while the text is built and checked
 * again afterwards (`text.slice(start, end)` must equal the inserted value, or the script throws).
 *
 * Template syntax
 *   <a=kz|ky.f b=~a.f.old>   optional cast header: role = ethnicities (`*` = the language's usual mix, `~a` = role
 *                            a's) . gender (m, f, *) [. minor | young | old]. Roles not in the header get the usual
 *                            mix and a random gender.
 *   [[x|y|z]]                literal alternatives, one picked at random; they may hold placeholders, not other [[ ]].
 *   {P:a:form:case[:shy]}    PERSON, role a. Forms: f (surname given patronymic), gs, sg, gps, gp, g (given),
 *                            s (surname), si / is (surname + initials, either order), S (SURNAME Given ...),
 *                            F (all capitals), gS (Given SURNAME), l / ls / lsg / lf (lower case: given, given
 *                            surname, surname given, full), h (given + glued endearment), nick (nickname), dim
 *                            (Russian diminutive, else as h), gI (given + surname initial), air (SURNAME/GIVEN in
 *                            Latin, as on a ticket), LAT (SURNAME GIVEN in Latin capitals, in any script's text).
 *                            Cases: nom, gen, dat, acc, ins, pre (Russian); gen, dat, acc, loc, abl, ins (Turkic);
 *                            acc (Tajik -ро). Russian declines every part; Turkic languages suffix the last word.
 *                            `shy` puts a soft hyphen inside the longest word; the span keeps it.
 *   {PH:kz} {PH:a}           PHONE of a country (kzl, kgl, tml, krl, mdl, trl, ael ... are landlines), or of role
 *                            a's home country.
 *   {EM:a} {NID:a} {NID:kind:a} {PAS:rus} {PAS:a} {CARD:humo} {IBAN:pl} {IBAN:kzlc} {ADR:ru_v} {DOB:a:roman}
 *   {PL:rul} {H:a:bare}      the other labelled types (EMAIL, NATIONAL_ID, PASSPORT, CARD, IBAN, ADDRESS,
 *                            BIRTH_DATE, PLATE, HANDLE). National id kinds: iin, kgpin, pinfl, tjinn, tc, ykn, snils,
 *                            rinn, arc, eid, pesel, idnp, rnokpp; any kind + `bad` (iinbad, peselbad, eidbad ...)
 *                            fails its check digit. IBAN codes ending in lc are lower case. Handle kinds: at, plain,
 *                            bare (name.surname, no @), bareu (underscored), ig, tt, vk, fb, ok, tme, yt, x.
 *   {g:a:male|female}        literal chosen by role a's gender.
 *   {f:pool} {cit:a} {d} {dl} {ds} {n:lo:hi} {money} {case} {time} {pct} {mask} {flight} {kui} {erpp} {uid} {ctrl}
 *   {mtcn} {tkt} {pnr} {krs} {lic}
 *                            unlabelled fillers: a pool of the snippet's language, citizenship, dates, numbers,
 *                            card endings with fewer than eight digits, register and case numbers (Kazakh ERDR,
 *                            Kyrgyz ERPP, Russian court UID), transfer control numbers, ticket numbers, booking
 *                            references, Polish KRS, trade licences, flight numbers ...
 *   Upper-case placeholder codes are labelled spans; lower-case codes never are.
 *   Uzbek Latin snippets each take one apostrophe style for o'/g' (' ʻ ‘ ` ’); Kazakh Latin follows the 2021 alphabet.
 *
 * Labelling rules (the eleventh batch's)
 *   PERSON      the name only: titles, honorifics (Mr, Bey, Hanım, апа, ака, эже, ағай, opa) and role words stay
 *               out; case endings on the name are in (also Turkish ones after the apostrophe), as are glued
 *               endearments (-жон, -xon); nicknames without their quotes; a soft hyphen inside a name is in.
 *   ADDRESS     the street (улица/ул./көшесі/ko'chasi/кӯчаи/Mah./Street/ul./str./로 ...) with its house, building and
 *               flat numbers in the language's own order, a case ending glued to the last word, and a settlement,
 *               microdistrict or mahalla only when it opens a comma-separated address line; prepositions before it
 *               and a district or city after it stay out. When the house comes first ("доме 5 по проспекту …",
 *               "хонаи 12-и кӯчаи …"), the span runs from the house to the street's name.
 *               A city, region or country alone, or a street without a house number, is never an address.
 *   BIRTH_DATE  only dates of birth: the date from its first to its last token, with endings glued to it
 *               (1998-жылы, 12-martda, 1990'da); cue words and a separate trailing year word (года, г., жылы, ж.,
 *               yil) stay out.
 *   PASSPORT    the number only; a Russian series and number form one span, "№" between them included.
 *   NATIONAL_ID, PHONE, EMAIL, CARD, IBAN, PLATE: the value only (a masked card only with 8+ visible digits).
 *   HANDLE      the handle with its @, the bare handle after the name of its service, or the whole profile URL.
 *   Dates of judgments and arrivals, organisations (also those named after a person), places, laws, case and
 *   register numbers, sums, ages, short hotline numbers and positions are never labelled; about a hundred snippets
 *   hold nothing but those.
 *
 * Usage: npx tsx scripts/generate-anonymizer-heldout-12.ts
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
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

const rand = mulberry32(0x12beac05);
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
  'ru' | 'ua' | 'ko' | 'kz' | 'ky' | 'uz' | 'tj' | 'ug' | 'tm' | 'tr' | 'az' | 'af' | 'kr' | 'cn' | 'ar' | 'md' | 'pl';
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
  if (father === 'Лука') return g === 'm' ? 'Лукич' : 'Лукинична';
  if (father === 'Кузьма') return g === 'm' ? 'Кузьмич' : 'Кузьминична';
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
// Every pool is new to this batch: `assertNewPools` below checks that no entry is one of the eleventh batch's.
// Many given names are deliberately rare for the region (old Russian names, rare Kazakh, Kyrgyz, Uzbek, Tajik and
// Turkmen names, Uyghur names of Kazakhstan, Korean and Chinese romanisations, Emirati, Polish, Moldovan names).

const NAMES: Record<Eth, { m: string[]; f: string[]; s: string[] }> = {
  ru: {
    m: words(`Игорь Олег Руслан Роман Станислав Тимофей Арсений Герман Ефим Мирон Демид Платон Макар Лука Аристарх
      Ипполит Кузьма Лаврентий Наум Потап Серафим Трофим Харитон Евсей Игнат Климент Осип Афанасий Гордей Емельян
      Илларион Нестор Спиридон Терентий Устин`),
    f: words(`Алёна Валерия Виолетта Елизавета Инна Лилиана Милана Нелли Римма Светлана Стефания Агния Глафира
      Евдокия Злата Клавдия Лидия Нинель Серафима Фаина Эмилия Алевтина Антонина Владислава Кира Вера Ольга Татьяна
      Наталья Юлия Алла Эльвира`),
    s: words(`Воронцов Голубев Дроздов Ерёмин Жданов Зимин Исаев Кудрявцев Лапин Морозов Назаров Овчинников Пахомов
      Рябов Савельев Титов Уваров Филатов Хромов Чернов Шубин Щеглов Юдин Яковлев Аксёнов Белоусов Вахрушев Глушков
      Дорофеев Ершов Зайцев Кириллов Лыков Мухин Нефёдов Пономарёв Родионов Самойлов Тарасенков Троицкий
      Садовский Покровский`),
  },
  ua: {
    m: words('Назар Орест Любомир Ярослав Омелян'),
    f: words('Ганна Мирослава Орися Устина Ярина Одарка Василина'),
    s: words(`Кравчук Онищенко Гуменюк Дячук Пилипенко Костенко Яковенко Сидоренко Мартинюк Федорчук Андрусишин
      Романюк Полищук Герасименко`),
  },
  ko: {
    m: [],
    f: [],
    s: words('Тигай Лигай Нигай Шегай Дегай Тян Пай Хван Пян Ем Ан Тхай Де Чжен'),
  },
  kz: {
    m: words(`Ержігіт Қайрат Дархан Серікболат Бағдат Ақылбек Мейіржан Тілеуберді Ақтан Сұңқар Жанболат Ерғали
      Қайсар Ұланбек Таңатар Бақытжан Есболат Төреғали Орынбасар Саят Нұрсұлтан Әбдірахман Жанқожа Байқадам`),
    f: words(`Айбала Ақниет Балжан Гаухар Дидар Еңлік Жанар Зере Күләш Қызғалдақ Қымбат Нұршат Перизат Сәуле Тоғжан
      Ұлпан Шынар Әйгерім Ақжарқын Гүлжайна Балауса Мақпал Толқын Айнамкөз`),
    s: words(`Тәжібаев Жанұзақов Сапарғалиев Дүйсенбаев Қожахметов Алдабергенов Есенжолов Тілеубаев Өтепов Байғарин
      Наурызбаев Қалдыбаев Жұмағұлов Мұхамеджанов Тоқбергенов Сұлтанғазин Ыбыраев Әбділдин Нұртазин Бисенғалиев
      Жолдасбеков Шайхиев Құрманәлиев Дәулетбаев`),
  },
  ky: {
    m: words(`Тынчтыкбек Эламан Адилет Бекболот Жаныбек Кутман Таалайбек Чоробек Эрлан Мирлан Атай Зарылбек Үсөн
      Эркинбек Токтосун Исламбек Сагынбай Айдарбек Жусуп Асанбек Нуржигит Бектур Калыбек Эсенгул Мукай Тилекмат`),
    f: words(`Айкөкүл Айнура Бактыгүл Гүлайым Жазгүл Нуриза Саадат Толкун Чынаргүл Айчүрөк Бегимай Жумагүл Канышай
      Калыйпа Мирана Нургүл Сайкал Тансулуу Үмүт Айдана Кундуз Нарынгүл`),
    s: words(`Абакиров Бейшеналиев Дүйшөнбиев Жапаров Жекшенбаев Кочкорбаев Момуналиев Ниязалиев Ормонбеков Сооронбаев
      Табалдиев Тагаев Шаршенов Эсенгулов Акматалиев Байтиков Дыйканбаев Култаев Мамыров Нарынбаев Орозбаев
      Сарбагышев Төлөгөнов Үсөнов Чотонов Шамшиев`),
  },
  uz: {
    m: words(`Asilbek Bekzod Doniyor Erkin Faxriddin G'olib Habibullo Islom Jahongir Kamoliddin Lutfullo Mirjalol
      Nurillo O'ktam Po'lat Qahramon Sanjar Tolib Umarali Valijon Xojiakbar Yodgor Zafarjon Zuhriddin Shodiyor
      Abdurauf Mirsaid Ne'mat`),
    f: words(`Nasiba Oysha Ozoda Parizod Qunduz Rayhon Saodat Tamanno Xosiyat Mushtariy Zarnigor Dildora Gulbahor
      Mohichehra Nozima Muattar Sabohat Farog'at Gulchiroy Hulkar Intizor Komila Laylo Marjona Nigina O'g'iloy
      Ruxsora Sug'diyona Ziyoda`),
    s: words(`Ashurov Bozorov Davronov Egamberdiyev Fayzullayev G'ulomov Hamroyev Islomov Jumanazarov Komilov Latipov
      Mamatqulov Nazarov Ochilov Pardayev Qurbonaliyev Saidov Turg'unov Usmonov Yo'ldoshev Zaripov Sharipov
      Eshmatov Tursunboyev Xayitov Mo'minov`),
  },
  tj: {
    m: words(`Абдуқаҳҳор Баҳодур Ёдгор Зарифҷон Иброҳим Луқмон Муҳиддин Неъматулло Облоқул Пайрав Раҳимҷон Тағоймурод
      Убайдулло Файзалӣ Хусрав Ҷӯрабек Эраҷ Юнус Сиёвуш Суннатулло Мавлон Зоир Кайхусрав`),
    f: words(`Анорхон Гулрухсор Дилрабо Заррина Латофат Маҳина Парисо Раъно Сарвиноз Ҳабиба Шоира Гулнор Зебо Мижгона
      Моҳру Рухшона Меҳргул Фирӯза Сурайё`),
    s: words(`Назарзода Сафарзода Тоҳиров Шарифов Ҳакимов Ҷумъаев Раҳимзода Мирзозода Ниёзов Одинаев Холов Ҷураев
      Сангинов Зоҳидов Муродов Икромов Латифов Нематов Пулодов Усмонзода Файзиев Хайруллоев Шамсиддинов Гадоев
      Қаландаров`),
  },
  ug: {
    m: words('Абдукерим Дильшат Мурадил Нурмамат Ахметжан Ирпан Шавкет Мирзат Турсунжан'),
    f: words('Патигуль Паридам Мейригуль Зулпия Нурнисахан Аминам Гулбахрам Рейхангуль'),
    s: words('Мамутов Розахунов Шакиров Исраилов Турдиев Сабитов Нурахунов Хамраев Ахмедиев Масимов'),
  },
  tm: {
    m: words(`Aýdogdy=Айдогды Gurbanguly=Гурбангулы Myrat=Мырат Orazmuhammet=Оразмухаммет Täçmyrat=Тачмурат
      Kakajan=Какаджан Meretgeldi=Меретгелди Atajan=Атаджан Şöhrat=Шохрат Ýazmyrat=Язмурат Bäşim=Башим
      Guwanç=Гуванч Pälwan=Палван Rahym=Рахым Agajan=Агаджан`),
    f: words(`Bahar=Бахар Ejegyz=Эджегыз Gülälek=Гюлялек Jeren=Джерен Läle=Ляле Mähri=Мяхри Ogulbike=Огулбике
      Selbi=Сельби Şemşat=Шемшат Täzegül=Тязегуль Ýazgül=Язгуль Merjen=Мерджен Bägül=Багуль`),
    s: words(`Atayew=Атаев Baýramow=Байрамов Çaryýarow=Чарыяров Gurbanow=Гурбанов Hallyýew=Халлыев Jumaýew=Джумаев
      Muhammedow=Мухаммедов Nurmyradow=Нурмурадов Öwezow=Овезов Pirmuhammedow=Пирмухаммедов Soltanow=Солтанов
      Taganow=Таганов Ýazmuhammedow=Язмухаммедов Amanow=Аманов Begmyradow=Бегмурадов`),
  },
  tr: {
    m: words(`Alper=Альпер Batuhan=Батухан Caner=Джанер Doruk=Дорук Egemen=Эгемен Ferit=Ферит Gürkan=Гюркан
      Ilgaz=Ылгаз Kaan=Каан Mert=Мерт Necati=Неджати Okan=Окан Rıza=Рыза Semih=Семих Tarık=Тарык Utku=Утку
      Vedat=Ведат Yalçın=Ялчын Berkay=Беркай Cüneyt=Джюнейт Ertuğrul=Эртугрул`),
    f: words(`Aslı=Аслы Berna=Берна Damla=Дамла Ece=Эдже Feyza=Фейза Gülşah=Гюльшах Hande=Ханде Irmak=Ырмак
      Kübra=Кюбра Nesrin=Несрин Oya=Ойя Rabia=Рабия Şeyma=Шейма Tülay=Тюлай Yasemin=Ясемин Zerrin=Зеррин
      Cansu=Джансу`),
    s: words(`Acar=Аджар Başaran=Башаран Coşkun=Джошкун Duman=Думан Eren=Эрен Gündoğdu=Гюндогду Işık=Ышык
      Karakaya=Каракая Kurt=Курт Oral=Орал Taşdemir=Ташдемир Uysal=Уйсал Yücel=Юджель Ekinci=Экинджи
      Altıntaş=Алтынташ Bayram=Байрам Çakır=Чакыр Dinç=Динч Erkoç=Эркоч Gürbüz=Гюрбюз`),
  },
  az: {
    m: words(`Elşən=Эльшан Nicat=Ниджат Emin=Эмин Samir=Самир Zaur=Заур Mübariz=Мубариз Vüsal=Вюсал Xəyyam=Хайям`),
    f: words('Aynur=Айнур Fidan=Фидан Lalə=Лала Nigar=Нигяр Səidə=Саида Türkan=Тюркан Xədicə=Хадиджа Zümrüd=Зумруд'),
    s: words(`Babayev=Бабаев Həsənli=Гасанлы Kərimli=Керимли Mirzəyev=Мирзаев Novruzov=Новрузов Orucov=Оруджев
      Paşayev=Пашаев Süleymanov=Сулейманов Tağıyev=Тагиев Zeynalov=Зейналов`),
  },
  af: {
    m: words(`Hekmatullah=Хекматулла Rahmatullah=Рахматулла Mirwais=Мирвайс Shafiq=Шафик Jawad=Джавад Fawad=Фавад
      Idris=Идрис Ziaulhaq=Зияульхак Najibullah=Наджибулла`),
    f: words(`Mahbooba=Махбуба Gulalai=Гулалай Sodaba=Содаба Nilofar=Нилофар Palwasha=Палвуша Roya=Роя
      Spozhmai=Спожмай`),
    s: words(`Sultani=Султани Amiri=Амири Yousufzai=Юсуфзай Niazi=Ниязи Habibi=Хабиби Rahmani=Рахмани
      Mohmand=Момманд Azizi=Азизи Sadat=Садат`),
  },
  kr: {
    m: words(`Byung-chul=Бён_Чхоль Chang-min=Чхан_Мин Do-yoon=То_Юн Hyuk-jae=Хёк_Чже Jae-sung=Чжэ_Сон
      Kwang-soo=Кван_Су Sung-jin=Сон_Джин Woo-jin=У_Джин Yeong-gil=Ён_Гиль In-ho=Ин_Хо`),
    f: words(`Bo-ram=По_Рам Chae-won=Чхэ_Вон Eun-bi=Ын_Би Ha-neul=Ха_Ныль Hyo-jin=Хё_Джин In-sook=Ин_Сук
      Jae-hee=Чжэ_Хи Min-seo=Мин_Со Soo-bin=Су_Бин Yoo-na=Ю_На`),
    s: words('Cho=Чо Yoo=Ю Oh=О Byun=Пён Baek=Пэк Ryu=Рю Kwon=Квон Kwak=Квак Ahn=Ан Heo=Хо Jin=Чин Noh=Но'),
  },
  cn: {
    m: words(`Haoran=Хаожань Jianguo=Цзяньго Guangming=Гуанмин Xiaolong=Сяолун Tianyu=Тяньюй Zhenhua=Чжэньхуа
      Wenbin=Вэньбинь Dongsheng=Дуншэн Kaiwen=Кайвэнь Shunli=Шуньли`),
    f: words(`Lihua=Лихуа Yuxin=Юйсинь Shuang=Шуан Qiaoling=Цяолин Xinyi=Синьи Ruolan=Жолань Meiling=Мэйлин
      Jiayi=Цзяи Wanting=Ваньтин`),
    s: words('Xu=Сюй Gao=Гао Lin=Линь He=Хэ Luo=Ло Zheng=Чжэн Liang=Лян Xie=Се Tang=Тан Feng=Фэн Deng=Дэн Cao=Цао'),
  },
  ar: {
    m: words(`Hamdan=Хамдан Mansour=Мансур Jassim=Джассим Humaid=Хумейд Abdulla=Абдулла Marwan=Марван Nasser=Насер
      Butti=Бутти Saif=Саиф Thani=Тани`),
    f: words('Shamma=Шамма Maitha=Майта Amna=Амна Moza=Моза Alyazia=Альязия Sheikha=Шейха Afra=Афра Hind=Хинд'),
    s: words(`Al_Mazrouei=Аль-Мазруи Al_Muhairi=Аль-Мухейри Al_Hammadi=Аль-Хаммади Al_Marri=Аль-Марри
      Al_Kaabi=Аль-Кааби Al_Ameri=Аль-Амери Al_Qubaisi=Аль-Кубейси Al_Blooshi=Аль-Блуши Al_Rumaithi=Аль-Румейти
      Bin_Lootah=Бин_Лута`),
  },
  md: {
    m: words(`Vitalie=Виталие Tudor=Тудор Veaceslav=Вячеслав Iurie=Юрие Octavian=Октавиан Ilie=Илие Andrei=Андрей
      Eugen=Эуджен Dorin=Дорин Corneliu=Корнелиу Ghenadie=Генадие`),
    f: words(`Elena=Елена Silvia=Сильвия Rodica=Родика Ludmila=Людмила Victoria=Виктория Corina=Корина Stela=Стела
      Maria=Мария Valentina=Валентина Ana=Ана`),
    s: words(`Bălan=Бэлан Ursu=Урсу Grosu=Гросу Lupu=Лупу Cazacu=Казаку Cebotari=Чеботарь Cușnir=Кушнир
      Stratan=Стратан Vrabie=Врабие Țâcu=Цыку Bejenaru=Беженару Croitoru=Кроитору Bodiu=Бодю Gaina=Гаина`),
  },
  pl: {
    m: words(`Przemysław=Пшемыслав Zbigniew=Збигнев Ryszard=Рышард Leszek=Лешек Janusz=Януш Dariusz=Дариуш
      Sławomir=Славомир Radosław=Радослав Bogusław=Богуслав`),
    f: words(`Bożena=Божена Grażyna=Гражина Dorota=Дорота Jadwiga=Ядвига Halina=Халина Renata=Рената Iwona=Ивона
      Urszula=Уршуля`),
    s: words(`Wróbel=Врубель Dąbrowski=Домбровский Jabłoński=Яблонский Pawłowski=Павловский Grabowski=Грабовский
      Michalski=Михальский Zając=Заёнц Król=Круль Wieczorek=Вечорек Jankowski=Янковский`),
  },
};
// Korean diaspora (Koryo-saram) carry Russian given names.
NAMES.ko.m = NAMES.ru.m;
NAMES.ko.f = NAMES.ru.f;

/** Russian diminutives used in chats and quoted speech. */
const DIMINUTIVE: Record<string, string> = {
  Руслан: 'Русик',
  Роман: 'Рома',
  Станислав: 'Стас',
  Тимофей: 'Тима',
  Арсений: 'Сеня',
  Ефим: 'Фима',
  Кузьма: 'Кузя',
  Осип: 'Ося',
  Афанасий: 'Афоня',
  Емельян: 'Емеля',
  Олег: 'Олежка',
  Игнат: 'Игнаша',
  Алёна: 'Алёнка',
  Валерия: 'Лера',
  Елизавета: 'Лиза',
  Светлана: 'Света',
  Стефания: 'Стеша',
  Евдокия: 'Дуня',
  Клавдия: 'Клава',
  Лидия: 'Лида',
  Антонина: 'Тоня',
  Владислава: 'Влада',
  Ольга: 'Оля',
  Татьяна: 'Таня',
  Наталья: 'Наташа',
  Юлия: 'Юля',
  Серафима: 'Сима',
  Алевтина: 'Аля',
  Глафира: 'Глаша',
  Виолетта: 'Виола',
  Ганна: 'Ганнуся',
  Ярина: 'Яринка',
  Назар: 'Назарчик',
};
const CYR_NATIVE: readonly Eth[] = ['ru', 'ua', 'ko', 'kz', 'ky', 'tj', 'ug'];
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
  ru: words(`Барыня/f Чёрный/m Малой/m Кнопка/f Борода/m Дед/m Кабан/m Лиса/f Крёстная/f Хозяйка/f Солнышко/f
    Молчун/m Бригадир/m Профессор/m Гном/m Белка/f`),
  en: words('Mama/f Uncle/m Ghost/m Tiger/m Princess/f Fox Shadow Doc/m Auntie/f Smiley Pharaoh/m'),
  kk: words('Қасқыр/m Аю/m Құмырсқа Ақсақал/m Тәтеке/f Көкжал/m Тоты/f Балапан'),
  ky: words('Бөрү/m Аюу/m Кара_Мышык Тайкы/m Күкүк/f Чычкан Балбан/m'),
  uz: words("Bo'ri/m Ayiq/m Xo'jayin/m Lochin/m Chumoli Qarg'a Tovus/f Asalari"),
  tg: words('Гург/m Хирс/m Хоҷа/m Бибӣ/f Мурча Зоғ Товус/f Паланг/m'),
  tr: words('Kara/m Reis/m Patron/m Tilki Kedi/f Çıyan Kobra/f Hoca/m'),
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
  ru: {
    kz: 17,
    ky: 14,
    uz: 15,
    tj: 13,
    ru: 9,
    ua: 3,
    ko: 5,
    ug: 3,
    az: 3,
    tm: 4,
    tr: 3,
    af: 2,
    md: 3,
    pl: 2,
    cn: 2,
    kr: 1,
  },
  en: {
    kz: 10,
    ky: 9,
    uz: 11,
    tj: 9,
    ru: 5,
    ua: 3,
    ko: 3,
    ug: 2,
    tr: 7,
    kr: 7,
    cn: 6,
    ar: 7,
    af: 5,
    tm: 6,
    az: 3,
    md: 4,
    pl: 3,
  },
  kk: { kz: 70, ru: 7, uz: 6, ky: 4, ko: 6, ug: 5, tr: 1, cn: 1 },
  kkl: { kz: 80, ru: 7, ko: 7, ug: 6 },
  ky: { ky: 70, kz: 6, uz: 9, tj: 3, ru: 5, ug: 3, tr: 4 },
  uz: { uz: 76, tj: 6, kz: 3, ky: 3, ru: 3, tr: 3, kr: 2, ko: 4 },
  uzc: { uz: 80, tj: 6, kz: 3, ru: 7, ko: 4 },
  tg: { tj: 80, uz: 8, ru: 5, af: 7 },
  tr: { tr: 42, tm: 13, uz: 10, kz: 7, ky: 8, az: 8, af: 4, ar: 3, md: 3, ug: 2 },
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
  else if (eth === 'tj' || eth === 'ug') patr = weighted({ ru: 70, none: 30 });
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
  if (!['ru', 'ua', 'kz', 'ky', 'uz', 'tj', 'ug', 'tm', 'az', 'pl'].includes(eth)) return s;
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
  if (form === 'air' || form === 'LAT') {
    // Latin capitals as printed in a passport or on a ticket, whatever the snippet's own script.
    const pp = partsOf(p, 'en');
    const up = (x: string) => fold(x).toUpperCase();
    usedGiven.add(`${p.eth}:${p.given}`);
    usedSurname.add(`${p.eth}:${p.surname}`);
    return form === 'air' ? `${up(pp.surname)}/${up(pp.given)}` : `${up(pp.surname)} ${up(pp.given)}`;
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
    case 'lsg':
      list = [lower(S, orth), lower(G, orth)];
      break;
    case 'lf':
      list = [S, G, Pt].map((x) => (x ? lower(x, orth) : x));
      break;
    case 'gS':
      list = eastAsian ? [upper(S, orth), G] : [G, upper(S, orth)];
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
  ug: 'kz',
};

/** Formats new to this batch, chosen about a third of the time; landline codes tml, krl, mdl only come from here. */
const PHONE_EXTRA: Record<string, () => string> = {
  kz: () => {
    const n = digits(7);
    const op = pick(['700', '701', '702', '705', '707', '747', '771', '775', '777', '778']);
    return pick([`8-${op}-${n.slice(0, 3)}-${n.slice(3, 5)}-${n.slice(5)}`, `+7(${op})${n}`, `8 ${op} ${n}`]);
  },
  ru: () => {
    const n = digits(7);
    const op = pick(['903', '905', '915', '925', '937', '951', '965', '985', '999']);
    return pick([`+7 ${op} ${n.slice(0, 3)}-${n.slice(3, 5)}-${n.slice(5)}`, `8-${op}-${n}`, `+7(${op}) ${n}`]);
  },
  kg: () => {
    const m = digits(6);
    const op = pick(['220', '222', '227', '312', '502', '555', '559', '700', '702', '770', '772', '990', '997']);
    return pick([
      `0 ${op} ${m.slice(0, 3)} ${m.slice(3)}`,
      `(0${op}) ${m.slice(0, 2)}-${m.slice(2, 4)}-${m.slice(4)}`,
      `0${op}${m}`,
    ]);
  },
  uz: () => {
    const n = digits(7);
    const op = pick(['90', '91', '93', '94', '97', '99', '33', '88']);
    return pick([`${op} ${n}`, `+998 ${op} ${n.slice(0, 3)}-${n.slice(3)}`, `+998(${op})${n}`]);
  },
  tj: () => {
    const n = digits(7);
    const op = pick(['90', '91', '92', '93', '98', '55', '88', '00', '11']);
    return pick([`${op}${n}`, `(+992) ${op} ${n.slice(0, 3)} ${n.slice(3, 5)} ${n.slice(5)}`, `+992-${op}-${n}`]);
  },
  tm: () => {
    const m = digits(6);
    const op = pick(['61', '62', '63', '64', '65', '71']);
    return pick([`+993 ${op} ${m.slice(0, 2)} ${m.slice(2, 4)} ${m.slice(4)}`, `8 (${op}) ${m}`, `+993-${op}-${m}`]);
  },
  tml: () => {
    const m = digits(6);
    return pick([`+993 12 ${m.slice(0, 2)}-${m.slice(2, 4)}-${m.slice(4)}`, `8 (12) ${m}`]);
  },
  tr: () => {
    const n = digits(7);
    const op = pick(['505', '506', '532', '533', '536', '542', '544', '553', '555']);
    return pick([
      `0 (${op}) ${n.slice(0, 3)}-${n.slice(3, 5)}-${n.slice(5)}`,
      `${op} ${n.slice(0, 3)} ${n.slice(3, 5)} ${n.slice(5)}`,
      `+90.${op}.${n}`,
    ]);
  },
  ae: () => {
    const n = digits(7);
    const op = pick(['50', '52', '54', '55', '56', '58']);
    return pick([`+971 ${op}-${n.slice(0, 3)}-${n.slice(3)}`, `(+971) ${op} ${n}`, `0${op}${n}`]);
  },
  kr: () => {
    const k = digits(8);
    return pick([`010.${k.slice(0, 4)}.${k.slice(4)}`, `+82-10-${k.slice(0, 4)}-${k.slice(4)}`, `010${k}`]);
  },
  krl: () =>
    pick([`031-${digits(3)}-${digits(4)}`, `02-${digits(4)}-${digits(4)}`, `+82 51 ${digits(3)} ${digits(4)}`]),
  cn: () => {
    const k = digits(8);
    const op = pick(['138', '139', '135', '186', '177', '199']);
    return pick([`+86 ${op}-${k.slice(0, 4)}-${k.slice(4)}`, `${op} ${k.slice(0, 4)} ${k.slice(4)}`, `0086 ${op}${k}`]);
  },
  md: () => {
    const k = digits(6);
    const op = pick(['60', '67', '68', '69', '78', '79']);
    return pick([`0 ${op} ${k.slice(0, 2)} ${k.slice(2, 4)} ${k.slice(4)}`, `0${op}${k}`, `(+373) ${op}${k}`]);
  },
  mdl: () => pick([`022 ${digits(2)} ${digits(2)} ${digits(2)}`, `+373 22 ${digits(6)}`]),
  pl: () => {
    const k = pick(['5', '6', '7', '8']) + digits(8);
    return pick([
      `${k.slice(0, 3)} ${k.slice(3, 6)} ${k.slice(6)}`,
      `+48-${k.slice(0, 3)}-${k.slice(3, 6)}-${k.slice(6)}`,
    ]);
  },
};

function phone(cc: string): string {
  const extra = PHONE_EXTRA[cc];
  if (extra && (['tml', 'krl', 'mdl'].includes(cc) || chance(0.35))) return extra();
  return phoneBase(cc);
}

function phoneBase(cc: string): string {
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

/** The same identifier with its last digit changed, so that its check digit fails (a typo after a cue). */
function spoilLast(value: string): string {
  const i = value.search(/\d(?=\D*$)/);
  return value.slice(0, i) + String((Number(value[i]) + int(1, 9)) % 10) + value.slice(i + 1);
}

function nationalId(kind: string, p: Persona): string {
  if (kind.endsWith('bad') && !['iinbad', 'pinflbad', 'tcbad'].includes(kind))
    return spoilLast(nationalId(kind.slice(0, -3), p));
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
        case 'ug':
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
        `${g[0]} ${g[1].slice(0, 2)}** **** ${g[3]}`,
        `${g[0]}-XXXX-XXXX-${g[3]}`,
        `${g[0]}•••• ••••${g[3]}`,
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
/** An IBAN; a country code ending in `lc` (kzlc, trlc ...) always comes in lower case. */
function iban(code: string): string {
  const forceLower = code.length === 4 && code.endsWith('lc');
  const cc = forceLower ? code.slice(0, 2) : code;
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
    case 'GE':
      bban = pick(['BG', 'TB', 'LB']) + digits(16);
      break;
    default:
      throw new Error(`no IBAN format for ${cc}`);
  }
  const full = C + pad(98 - mod97(bban + C + '00')) + bban;
  const spaced = (full.match(/.{1,4}/g) as string[]).join(' ');
  const style = forceLower
    ? pick(['lower', 'lowerSpaced'] as const)
    : weighted({ spaced: 34, compact: 30, lower: 19, lowerSpaced: 17 });
  switch (style) {
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

// Addresses (all street and place pools new to this batch) ----------------------------------------------------------

const hn = (): string =>
  String(pick([int(1, 30), int(1, 90), int(91, 250)])) + (chance(0.12) ? pick(['а', 'Б', '/2', '/4', 'г']) : '');
const hnLat = (): string =>
  String(pick([int(1, 30), int(1, 120), int(121, 340)])) + (chance(0.1) ? pick(['B', '/2', 'D']) : '');
const apt = (): number => int(1, 280);

const RU_ST = words(`Желтоксан Тулебаева Макатаева Жандосова Байзакова Шагабутдинова Утепова Маметовой Абылай_хана
  Манаса Логвиненко Тыныстанова Суюмбаева Усмана_Носира Махтумкули Беруни Рудаки Сомони Толстого Лермонтова
  Чапаева Фурманова Есенина Горького Щорса Тимирязева`);
const RU_ADJ = words(`Вокзальная Полевая Лесная Солнечная Весенняя Торговая Почтовая Рабочая Береговая Центральная
  Колхозная Молодёжная Озёрная`);
const RU_PR = words('Назарбаева Республики Независимости Победы Сарыарка Райымбека Чингиза_Айтматова');
const RU_MKR = words(
  'Коктем-2 Таугуль-3 Калкаман Шугыла Айнабулак-3 Кулагер Жулдыз-1 Улан-2 Учкун Кара-Жыгач Арча-Бешик',
);
const RU_CITY = words(`Кызылорда Уральск Петропавловск Костанай Талдыкорган Экибастуз Жезказган Кентау Сарыагаш Есик
  Джалал-Абад Каракол Балыкчы Чолпон-Ата Кызыл-Кия Майлуу-Суу Андижан Коканд Самарканд Гулистан Чирчик Ангрен
  Маргилан Худжанд Куляб Нурек Исфара Канибадам`);
const RU_VILLAGE = words('Шамалган Боралдай Тургень Чемолган Ивановка Кенбулун Беловодское Ак-Суу Байтик Кызыл-Суу');
const RUS_CITY = words(
  'Балашиха Подольск Химки Люберцы Мытищи Тюмень Челябинск Новосибирск Иркутск Казань Якутск Каспийск',
);
const RUS_ST = words(`Дзержинского Куйбышева Свердлова Чкалова Нахимова Жукова Рокоссовского Пирогова Менделеева
  Ломоносова Володарского Октябрьская Советская Пролетарская Индустриальная Профсоюзная`);
const RU_TASH = words('Каракамыш-2 Кара-Су-3 Ялангач Феруза Дархан');

/** A Russian adjective street name (Вокзальная, Весенняя) in a case. */
function adjCase(adj: string, kase: 'gen' | 'dat' | 'pre' | 'acc'): string {
  const soft = adj.endsWith('яя');
  const hush = /[жшчщ]ая$/.test(adj);
  const stem = adj.slice(0, -2);
  if (kase === 'acc') return stem + (soft ? 'юю' : 'ую');
  return stem + (soft || hush ? 'ей' : 'ой');
}
/** A named street (улица Жандосова) or an adjective street (Вокзальная улица) in a case. */
function ruStreet(kase: 'nom' | 'gen' | 'dat' | 'pre' | 'acc', abbr: boolean): string {
  if (chance(0.72)) {
    const word = abbr
      ? 'ул.'
      : kase === 'nom'
        ? 'улица'
        : kase === 'gen'
          ? 'улицы'
          : kase === 'acc'
            ? 'улицу'
            : 'улице';
    return `${word} ${pick(RU_ST)}`;
  }
  const adj = pick(RU_ADJ);
  if (abbr) return kase === 'nom' ? `${adj} ул.` : `ул. ${adj}`;
  const word = kase === 'nom' ? 'улица' : kase === 'gen' ? 'улицы' : kase === 'acc' ? 'улицу' : 'улице';
  return kase === 'nom' ? `${adj} ${word}` : `${adjCase(adj, kase)} ${word}`;
}
function ruAve(kase: 'nom' | 'gen' | 'dat' | 'pre'): string {
  const word = { nom: 'проспект', gen: 'проспекта', dat: 'проспекту', pre: 'проспекте' }[kase];
  return `${word} ${pick(RU_PR)}`;
}

function addrRu(): string {
  return pick([
    () => `г. ${pick(RU_CITY)}, ${ruStreet('nom', true)}, д. ${hn()}, кв. ${apt()}`,
    () => `${ruStreet('nom', true)}, д. ${hn()}, корп. ${int(1, 4)}, кв. ${apt()}`,
    () => `${ruStreet('nom', true)}, ${hn()}-${apt()}`,
    () => `мкр. ${pick(RU_MKR)}, д. ${int(1, 90)}, кв. ${apt()}`,
    () => `пр. ${pick(RU_PR)}, ${hn()}, оф. ${int(1, 40)}`,
    () => `${pick(RU_CITY)}, мкр-н ${pick(RU_MKR)}, ${int(1, 90)}-${apt()}`,
    () => `с. ${pick(RU_VILLAGE)}, ${ruStreet('nom', true)}, ${int(1, 160)}`,
    () => `${ruStreet('nom', true)} ${hn()}, кв ${apt()}`,
    () => `${ruStreet('nom', false)}, дом ${hn()}, квартира ${apt()}`,
    () => `г. ${pick(RU_CITY)}, ${ruStreet('nom', true)}, ${hn()}`,
    () => `мкр ${pick(RU_MKR)}, ${int(1, 90)}/${int(1, 12)}, кв. ${apt()}`,
  ])();
}
/** After на or по: the street word itself is inflected, the number follows. */
function addrRuNa(kase: 'pre' | 'dat'): string {
  return pick([
    () => `${ruStreet(kase, false)}, ${hn()}`,
    () => `${ruStreet(kase, false)}, дом ${hn()}, кв. ${apt()}`,
    () => `${ruStreet(kase, false)}, ${hn()}-${apt()}`,
    () => `${ruAve(kase)}, ${hn()}, кв. ${apt()}`,
    () => `${ruAve(kase)}, д. ${hn()}`,
    () => `ул. ${pick(RU_ST)}, д. ${hn()}, кв. ${apt()}`,
  ])();
}
/** After в, у, из: the house or flat comes first, the street after it. */
function addrRuHouse(kase: 'pre' | 'gen'): string {
  const house = kase === 'pre' ? 'доме' : 'дома';
  const flat = kase === 'pre' ? 'квартире' : 'квартиры';
  return pick([
    () => `${house} ${hn()} по ${ruAve('dat')}`,
    () => `${house} № ${hn()} по ${ruStreet('dat', false)}`,
    () => `${house} ${hn()} на ${ruStreet('pre', false)}`,
    () => `${flat} ${apt()} ${kase === 'pre' ? 'в доме' : 'дома'} ${hn()} по ул. ${pick(RU_ST)}`,
    () => `${house} ${int(1, 90)} в микрорайоне ${pick(RU_MKR)}`,
  ])();
}
function addrRussia(): string {
  return pick([
    () => `г. ${pick(RUS_CITY)}, ул. ${pick(RUS_ST)}, д. ${hn()}, кв. ${apt()}`,
    () => `ул. ${pick(RUS_ST)} д.${int(1, 140)} корп.${int(1, 4)} кв.${apt()}`,
    () => `${pick(RUS_CITY)}, ул. ${pick(RUS_ST)}, ${hn()}, стр. ${int(1, 6)}`,
    () => `ул. ${pick(RUS_ST)}, вл. ${int(1, 90)}, стр. ${int(1, 5)}`,
    () => `г. ${pick(RUS_CITY)}, ул. ${pick(RUS_ST)}, ${hn()}-${apt()}`,
  ])();
}
function addrRuTashkent(): string {
  return pick([
    () => `массив ${pick(RU_TASH)}, д. ${int(1, 60)}, кв. ${apt()}`,
    () => `г. Ташкент, ул. ${pick(['Усмана Носира', 'Беруни', 'Махтумкули'])}, ${hn()}`,
    () => `${pick(RU_TASH)}, ${int(1, 30)}-й квартал, дом ${int(1, 60)}`,
  ])();
}

const KK_ST = words(`Жамбыл Төлебаев Мақатаев Жандосов Байзақов Мәметова Рысқұлов Шоқан_Уәлиханов Махамбет Исатай
  Бұқар_жырау Бауыржан_Момышұлы Керей_Жәнібек_хандар Шәмші_Қалдаяқов Ақан_сері`);
const KK_AVE = words('Тәуелсіздік Абылай_хан Сарыарқа Республика');
const KK_CITY = words('Қызылорда Орал Петропавл Қостанай Талдықорған Екібастұз Жезқазған Кентау Сарыағаш Есік');
const KK_MKR = words('Көктем-2 Таугүл-3 Шұғыла Айнабұлақ-3 Құлагер Жұлдыз-1 Қалқаман');
const KK_VILLAGE = words('Шамалған Боралдай Түрген Шемолған Кеңбұлақ');
function addrKk(loc: boolean): string {
  const end = (s: string) => (loc ? kkSuffix(s, 'loc') : s);
  return pick([
    () => `${pick(KK_CITY)} қ., ${pick(KK_ST)} к-сі, ${hn()}-үй, ${end(`${apt()}-пәтер`)}`,
    () => `${pick(KK_ST)} көшесі, ${end(`${hn()}-үй`)}`,
    () => `${pick(KK_MKR)} ш/а, ${int(1, 90)}-үй, ${end(`${apt()}-пәтер`)}`,
    () => `${pick(KK_AVE)} даңғылы, ${end(`${hn()}-үй`)}`,
    () => `${pick(KK_VILLAGE)} ауылы, ${pick(KK_ST)} көшесі, ${end(`${int(1, 160)}-үй`)}`,
    () =>
      loc
        ? `${pick(KK_ST)} көшесінің ${int(1, 160)}-үйінде`
        : `${pick(KK_ST)} көшесі, ${int(1, 160)}-үй, ${apt()}-пәтер`,
    () =>
      loc
        ? `${pick(KK_ST)} көшесіндегі ${int(1, 160)}-үйде`
        : `${pick(KK_CITY)} қаласы, ${pick(KK_ST)} көшесі, ${hn()}`,
  ])();
}

const KY_ST = words(`Тыныстанов Логвиненко Манас Фрунзе Суюмбаев Айтматов Жумабек Тоголок_Молдо Байтик_Баатыр Шопоков
  Лермонтов`);
const KY_CITY = words('Жалал-Абад Каракол Балыкчы Чолпон-Ата Кызыл-Кыя Майлуу-Суу Исфана Таш-Көмүр Ноокат');
const KY_VILLAGE = words('Беловодское Ак-Суу Байтик Кызыл-Суу Гүлчө Тамчы Көк-Ой');
const KY_MKR = words('Учкун Кара-Жыгач Арча-Бешик Улан-2 Ала-Тоо Бакай-Ата');
function addrKy(loc: boolean): string {
  const end = (s: string) => (loc ? kySuffix(s, 'loc') : s);
  return pick([
    () => `${pick(KY_CITY)} ш., ${pick(KY_ST)} көч., ${end(`${hn()}-үй`)}`,
    () => `${pick(KY_CITY)} ш., ${pick(KY_ST)} көчөсү, ${hn()}`,
    () => `${pick(KY_ST)} көчөсү, ${hn()}-үй, ${end(`${apt()}-батир`)}`,
    () => `${pick(KY_MKR)} кичи району, ${int(1, 90)}-үй, ${end(`${apt()}-батир`)}`,
    () => `${pick(KY_VILLAGE)} айылы, ${pick(KY_ST)} көчөсү, ${end(`${int(1, 160)}-үй`)}`,
    () =>
      loc ? `${pick(KY_ST)} көчөсүнүн ${int(1, 160)}-үйүндө` : `${pick(KY_ST)} көчөсү ${int(1, 160)}/${int(1, 60)}`,
    () => `Эркиндик бульвары, ${end(`${int(1, 90)}-үй`)}`,
  ])();
}

const UZ_ST = words(`Beruniy Mashrab Ibn_Sino Ogahiy Cho'lpon Abdulla_Qodiriy Yusuf_Xos_Hojib Hamza Olmazor Bog'ishamol
  Labzak Chinobod Sag'bon Shifokorlar Mehrigiyo Zarqaynar`);
const UZ_CITY = words("Andijon Qo'qon Samarqand Guliston Chirchiq Angren Marg'ilon Shahrisabz Denov Xiva");
const UZ_MAH = words("Oqtepa Ko'kcha Beshyog'och Qoratosh Gulobod Tinchlik Yangiobod");
const UZ_VILLAGE = words("Yangiqo'rg'on Oltinko'l Quvasoy Bo'ka Chortoq");
function addrUz(loc: boolean): string {
  const end = (s: string) => (loc ? s + 'da' : s);
  return pick([
    () => `${pick(UZ_CITY)} sh., ${pick(UZ_ST)} ko'chasi, ${hnLat()}-uy, ${end(`${apt()}-xonadon`)}`,
    () => `${pick(UZ_MAH)} mahallasi, ${pick(UZ_ST)} ko'chasi, ${end(`${int(1, 160)}-uy`)}`,
    () => `${pick(UZ_ST)} ko'chasi, ${end(`${int(1, 160)}-uy`)}`,
    () =>
      loc ? `${pick(UZ_ST)} ko'chasidagi ${int(1, 160)}-uyda` : `${pick(UZ_ST)} ko'chasi, ${int(1, 160)}/${apt()}`,
    () => `${pick(UZ_CITY)} shahar, ${pick(UZ_ST)} ko'chasi ${end(`${int(1, 160)}-uy`)}`,
    () => `${pick(UZ_VILLAGE)} qishlog'i, ${pick(UZ_ST)} ko'chasi, ${end(`${int(1, 90)}-uy`)}`,
    () => `${pick(UZ_ST)} berk ko'chasi, ${end(`${int(1, 60)}-uy`)}`,
  ])();
}

const TG_ST = words(`Носири_Хусрав Абдулло_Ҷомӣ Шамсиддини_Шоҳин Мавлонбеков Маҳмуди_Воҳидов Бухоро Зеҳнӣ Карамов
  Мирзо_Ризо Лоиқ_Шералӣ Деҳотӣ Ҳусейнзода`);
const TG_CITY = words('Хуҷанд Кӯлоб Норак Роғун Исфара Конибодом Данғара Вахш Ашт Балҷувон');
const TG_VILLAGE = words('Ғончӣ Қайроққум Ёва Чорбоғ Шаҳринав');
const TG_AVE = words('Дӯстӣ Борбад Н._Қарабоев Истиқлол');
function addrTg(loc: boolean): string {
  if (loc)
    return pick([
      () => `хонаи ${int(1, 160)}-и кӯчаи ${pick(TG_ST)}`,
      () => `кӯчаи ${pick(TG_ST)}, хонаи ${int(1, 160)}`,
      () => `бинои ${int(1, 60)}-и хиёбони ${pick(TG_AVE)}`,
    ])();
  return pick([
    () => `ш. ${pick(TG_CITY)}, кӯчаи ${pick(TG_ST)}, хонаи ${int(1, 160)}`,
    () => `кӯчаи ${pick(TG_ST)} ${int(1, 160)}, ҳуҷраи ${apt()}`,
    () => `деҳаи ${pick(TG_VILLAGE)}, кӯчаи ${pick(TG_ST)}, хонаи ${int(1, 90)}`,
    () => `хиёбони ${pick(TG_AVE)} ${int(1, 140)}/${int(1, 9)}, кв. ${apt()}`,
    () => `кӯчаи ${pick(TG_ST)}, бинои ${int(1, 90)}, хонаи ${apt()}`,
  ])();
}

const TR_MAH = words(`Kocatepe Hürriyet Yenidoğan Esentepe Güzelyalı Soğanlı Kazımdirik Yeşilova Şirinevler Kartaltepe
  Ulubatlı Hacıbayram Gülbahar Selimiye Akıncılar`);
const TR_SOK = words('Leylak Manolya Sümbül Çiğdem Karanfil Zambak Ihlamur Çınaraltı Defne Söğüt Ayva Erik Dut Sedir');
const TR_CAD = words(`Halaskargazi Necatibey Talatpaşa Ordu Büyükdere Bağdat Mithatpaşa Kıbrıs_Şehitleri
  Adnan_Kahveci`);
function addrTr(): string {
  return pick([
    () => `${pick(TR_MAH)} Mah. ${pick(TR_SOK)} Sok. No:${int(1, 90)} D:${int(1, 20)}`,
    () => `${pick(TR_MAH)} Mh. ${pick(TR_SOK)} Sk. No: ${int(1, 90)}/${int(1, 16)}`,
    () => `${pick(TR_MAH)} Mahallesi ${int(1001, 5999)}. Sokak No: ${int(1, 90)} Daire: ${int(1, 24)}`,
    () => `${pick(TR_CAD)} Cad. No:${int(1, 320)} Kat:${int(1, 9)}`,
    () => `${pick(TR_MAH)} Mah., ${pick(TR_CAD)} Caddesi, No: ${int(1, 320)}`,
    () => `${pick(TR_SOK)} Sokak No ${int(1, 90)} İç Kapı ${int(1, 20)}`,
    () =>
      `${pick(TR_MAH)} Mah. ${pick(TR_SOK)} Sok. ${pick(['Gül', 'Deniz', 'Yıldız', 'Bahar'])} Apt. No:${int(1, 60)}/${int(1, 12)}`,
    () => `${pick(TR_CAD)} Bulvarı No: ${int(1, 250)} D: ${int(1, 30)}`,
  ])();
}
/** A Turkish address with a locative after its last number ('da/'de/'ta/'te), the apostrophe included. */
function addrTrLoc(): string {
  const base = addrTr();
  const m = /(\d+)$/.exec(base);
  return m ? `${base}'${trYearLoc(Number(m[1]))}` : base;
}

const AE_BLDG = words(`Al_Waleed_Tower Bin_Hindi_Tower Al_Attar_Tower Sheikha_Mariam_Building Al_Ghurair_Building
  Nasser_Lootah_Building Al_Shafar_Tower Al_Noor_Building Burj_Nahar_Residence Al_Mulla_Building`);
const AE_ROAD = words(`Al_Maktoum_Road Al_Muraqqabat_Road Abu_Baker_Al_Siddique_Road Hor_Al_Anz_Street Al_Wuheida_Road
  Sheikh_Khalifa_Bin_Zayed_Street Al_Ittihad_Road Muroor_Road Electra_Street Hamdan_Street`);
const KR_ROAD = words(`Wongok-ro Danwon-ro Gojan-ro Jeonggwan-ro Namdong-daero Seongseo-ro Gupo-ro Hwaseong-ro
  Gongdan-ro Sandan-ro`);
const KR_ROAD_HANGUL = words('원곡로 고잔로 남동대로 공단로 산단로 화성로 정관로 구포로');
const PL_ST = words(`Żelazna Targowa Chmielna Krucza Wspólna Słowackiego Reymonta Kilińskiego Traugutta Zamenhofa
  Wrocławska Łąkowa Szkolna Kwiatowa Leśna Źródlana Mazowiecka`);
const PL_AL = words('Jana_Pawła_II Jerozolimskie Niepodległości Solidarności');
const PL_OS = words('Piastów Tysiąclecia Kalinowe');
const MD_ST = words(`Ștefan_cel_Mare Ismail Mihai_Eminescu Alba_Iulia Calea_Ieșilor Independenței Mircea_cel_Bătrân
  Decebal`);
const EN_ST = words(`Zheltoksan Tulebayev Makatayev Zhandosov Abylai_Khan Manas Frunze Tynystanov Beruniy Ibn_Sino
  Nosiri_Khusrav Mashrab Logvinenko`);
const EN_MKR = words('Koktem-2 Kulager Uchkun Karakamysh-2 Archa-Beshik Shugyla');
function addrEn(style: string): string {
  const ae = [
    () => `Flat ${int(101, 2404)}, ${pick(AE_BLDG)}, ${pick(AE_ROAD)}`,
    () => `Room ${int(1, 40)}, ${pick(AE_BLDG)}, ${pick(AE_ROAD)}`,
    () => `${pick(AE_BLDG)}, Apt ${int(101, 2404)}`,
    () => `Building ${int(1, 60)}, Flat ${int(101, 905)}, ${pick(AE_ROAD)}`,
    () => `Villa ${int(1, 99)}, ${int(1, 40)}${pick(['A', 'B', ''])} Street`,
    () => `Office ${int(101, 1909)}, ${pick(AE_BLDG)}`,
  ];
  const kr = [
    () => `${int(1, 250)} ${pick(KR_ROAD)}, Room ${int(101, 509)}`,
    () => `${pick(KR_ROAD)} ${int(1, 250)}-${int(1, 30)}, ${int(101, 509)}-ho`,
    () => `${pick(KR_ROAD)} ${int(10, 90)}beon-gil ${int(1, 40)}, B${int(1, 2)}`,
  ];
  const krh = [
    () => `${pick(KR_ROAD_HANGUL)} ${int(1, 250)}, ${int(101, 509)}호`,
    () => `${pick(KR_ROAD_HANGUL)} ${int(1, 250)}-${int(1, 30)} ${int(1, 5)}층`,
    () => `${pick(KR_ROAD_HANGUL)}${int(10, 90)}번길 ${int(1, 40)}`,
  ];
  const pl = [
    () => `ul. ${pick(PL_ST)} ${int(1, 140)} m. ${int(1, 60)}`,
    () => `ul. ${pick(PL_ST)} ${int(1, 140)}/${int(1, 60)}`,
    () => `al. ${pick(PL_AL)} ${int(1, 200)} lok. ${int(1, 30)}`,
    () => `os. ${pick(PL_OS)} ${int(1, 40)}/${int(1, 90)}`,
    () => `ul. ${pick(PL_ST)} ${int(1, 140)}${pick(['a', 'b', 'c'])}, m. ${int(1, 60)}`,
  ];
  const md = [
    () => `str. ${pick(MD_ST)} ${int(1, 220)}, ap. ${int(1, 120)}`,
    () => `bd. ${pick(['Dacia', 'Moscova', 'Traian'])} ${int(1, 80)}/${int(1, 6)}, ap. ${int(1, 160)}`,
    () => `str. ${pick(MD_ST)} ${int(1, 220)}`,
  ];
  const ca = [
    () => `${hnLat()} ${pick(EN_ST)} Street, Apt. ${apt()}`,
    () => `${pick(EN_ST)} Ave., ${hnLat()}, apt ${apt()}`,
    () => `${pick(EN_ST)} str. ${hnLat()}-${apt()}`,
    () => `${pick(EN_MKR)} microdistrict, bldg ${int(1, 90)}, apt ${apt()}`,
    () => `house ${int(1, 160)}, ${pick(EN_ST)} street`,
  ];
  const table: Record<string, (() => string)[]> = { ae, kr, krh, pl, md, ca, en: [...ae, ...kr, ...ca, ...pl] };
  return pick(table[style])();
}
function addrAeRu(): string {
  return pick([
    () => `кв. ${int(101, 2404)}, ${pick(AE_BLDG)}, ${pick(AE_ROAD)}`,
    () => `${pick(AE_BLDG)}, кв. ${int(101, 2404)}`,
    () => `Flat ${int(101, 2404)}, ${pick(AE_BLDG)}`,
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
      return addrRuNa('pre');
    case 'ru_po':
      return addrRuNa('dat');
    case 'ru_v':
      return addrRuHouse('pre');
    case 'ru_gen':
      return addrRuHouse('gen');
    case 'rus':
      return addrRussia();
    case 'ruuz':
      return addrRuTashkent();
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
      return addrTg(false);
    case 'tg_loc':
      return addrTg(true);
    case 'tr':
      return addrTr();
    case 'tr_loc':
      return addrTrLoc();
    case 'ae':
    case 'kr':
    case 'krh':
    case 'pl':
    case 'md':
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
  ruShort: words('янв. февр. мар. апр. мая июн. июл. авг. сент. окт. нояб. дек.'),
  tgGen: words('январи феврали марти апрели майи июни июли августи сентябри октябри ноябри декабри'),
};
const ROMAN = words('I II III IV V VI VII VIII IX X XI XII');

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
    case 'roman':
      return pick([`${dd}.${ROMAN[mi]}.${y}`, `${d} ${ROMAN[mi]} ${y}`]);
    case 'cn':
      return `${y}年${m}月${d}日`;
    case 'ymddot':
      return pick([`${y}.${mm}.${dd}`, `${y}/${mm}/${dd}`]);
    case 'compact':
      return `${dd}${mm}${y}`;
    case 'rushort':
      return `${d} ${MONTHS.ruShort[mi]} ${y}`;
    case 'dmys2':
      return `${d}/${m}/${pad(y % 100)}`;
    case 'dmonth':
      switch (orth) {
        case 'ru':
          return `${d} ${MONTHS.ru[mi]} ${y}`;
        case 'kk':
          return `${d} ${MONTHS.kk[mi]} ${y}`;
        case 'kkl':
          return kkLatin(`${d} ${MONTHS.kk[mi]} ${y}`);
        case 'ky':
          return `${d}-${MONTHS.ky[mi]} ${y}`;
        case 'uz':
          return `${d}-${MONTHS.uz[mi]} ${y}`;
        case 'uzc':
          return uzToCyr(`${d}-${MONTHS.uz[mi]} ${y}`);
        case 'tg':
          return `${d} ${MONTHS.tgGen[mi]} ${y}`;
        case 'tr':
          return `${d} ${MONTHS.tr[mi]} ${y}`;
        default:
          return `${d} ${MONTHS.en[mi]} ${y}`;
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
    case 'md':
      return pick([
        `${upLetters(3, LAT)} ${digits(3)}`,
        `${pick(['C', 'K', 'B', 'OR'])} ${upLetters(2, LAT)} ${digits(3)}`,
      ]);
    case 'tm': {
      const region = pick(['AG', 'AH', 'BN', 'DZ', 'LB', 'MR']);
      return pick([
        `${digits(2)} ${digits(2)} ${region}`,
        `${region} ${digits(4)}`,
        `${region} ${digits(2)}-${digits(2)}`,
      ]);
    }
    case 'cn':
      return pick([
        `${pick(['新', '京', '沪', '粤'])}${upLetters(1, 'ABCDEFGH')}·${digits(5)}`,
        `${pick(['新', '粤'])}${upLetters(1, 'ABCDEF')} ${digits(5)}`,
      ]);
    case 'az':
      return `${pick(['10', '90', '77', '99'])}-${upLetters(2, LAT)}-${digits(3)}`;
    case 'ua':
      return `${upLetters(2, 'ABCEHIKMOPTX')} ${digits(4)} ${upLetters(2, 'ABCEHIKMOPTX')}`;
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
      `${g}.${s}`,
      `${s}.${g}`,
      `${g}_${s}`,
      `${g}.${s}${int(1, 99)}`,
      `${g}.${s}`,
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
    case 'bare':
      return base;
    case 'bareu':
      return base.replace(/\./g, '_');
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
  ug: ['mail.ru', 'gmail.com', 'inbox.ru'],
  tm: ['online.tm', 'gmail.com', 'mail.ru'],
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

const KK_POOLS: Record<string, string[]> = {
  court: [
    'Қызылорда облыстық соты',
    'Астана қаласы Есіл аудандық соты',
    'Алматы қаласы Әуезов аудандық соты',
    'Қостанай облысының қылмыстық істер жөніндегі мамандандырылған ауданаралық соты',
  ],
  hotline: ['150', '1409', '111'],
  destDat: ['Стамбұлға', 'Дубайға', 'Сеулге', 'Анталияға', 'Шарджаға', 'Қазанға'],
  site: [
    'Каспийдегі кірпіш зауытында',
    'Ансандағы тоқыма фабрикасында',
    'Стамбұлдағы тігін цехында',
    'Қазандағы жылыжайда',
  ],
  birthLoc: ['Қызылорда қаласы', 'Қостанай облысы', 'Шамалған ауылы', 'Кентау қаласы', 'Сарыағаш ауданы'],
};

const POOLS: Partial<Record<Orth, Record<string, string[]>>> = {
  ru: {
    court: [
      'Ауэзовский районный суд г. Алматы',
      'Есильский районный суд г. Астаны',
      'Октябрьский районный суд г. Бишкек',
      'Ошский городской суд',
      'Мирзо-Улугбекский районный суд по уголовным делам г. Ташкента',
      'Андижанский областной суд по уголовным делам',
      'Суд района Сино г. Душанбе',
      'Кунцевский районный суд г. Москвы',
      'Каспийский городской суд Республики Дагестан',
      'Кызылординский областной суд',
    ],
    monthPre: words('январе марте июне августе сентябре ноябре'),
    monthGen: words('февраля марта мая июля октября декабря'),
    destLoc: words('Стамбуле Анталье Дубае Шардже Ансане Кимхэ Лодзи Познани Гуанчжоу Урумчи Махачкале Казани'),
    destAcc: ['Турцию', 'ОАЭ', 'Южную Корею', 'Польшу', 'Китай', 'Дагестан', 'Бахрейн', 'Казань'],
    cityBirthGen: [
      'г. Кызылорды',
      'г. Уральска',
      'с. Шамалган Карасайского района',
      'г. Каракола',
      'г. Балыкчы',
      'г. Андижана',
      'г. Коканда',
      'г. Худжанда',
      'г. Куляба',
      'с. Тамчы',
    ],
    cityLoc: ['Кызылорде', 'Костанае', 'Караколе', 'Андижане', 'Худжанде', 'Самарканде', 'Уральске', 'Коканде'],
    agency: ['Nomad Staff', 'Евразия Кадры', 'Al Barsha Manpower', 'Корея Джоб Центр', 'Polonia Praca', 'Сахар Вояж'],
    hotline: ['1409', '116 111', '150', '1414', '1102'],
    org: ['МОМ', 'УВКБ ООН', 'ОБСЕ', 'ОФ «Сана Сезим»', 'ОФ «Умут»', 'кризисный центр «Подруги»'],
    orgGen: ['МОМ', 'УВКБ ООН', 'ОБСЕ', 'ОФ «Сана Сезим»', 'ОФ «Умут»', 'кризисного центра «Подруги»'],
    car: ['Daewoo Damas', 'Lada Largus', 'Hyundai Starex', 'Toyota Alphard', 'Ford Transit', 'Mercedes Vito'],
    law: ['ст. 128 УК РК', 'ст. 171 УК КР', 'ст. 135 УК РУз', 'ст. 130.1 УК РТ', 'ст. 127.2 УК РФ', 'ст. 322.1 УК РФ'],
    referrer: [
      'пограничная служба',
      'консульство в Стамбуле',
      'подруга по общежитию',
      'линия 1409',
      'школьный психолог',
    ],
    shelterAcc: ['кризисный центр «Подруги»', 'приют «Умут»', 'центр «Сана Сезим»', 'реабилитационный центр МОМ'],
    mtsystem: ['Золотая Корона', 'Western Union', 'Contact', 'Юнистрим', 'MoneyGram'],
    ruFirm: ['СтройГарант', 'ТеплоАгро', 'ВостокЛогистик', 'Чистый город', 'МегаКлин'],
    countryGenPl: ['Узбекистана и Таджикистана', 'Кыргызстана', 'Туркменистана', 'Казахстана и Кыргызстана'],
    streetPre: [
      'улице Тулебаева',
      'проспекте Победы',
      'Вокзальной улице',
      'улице Манаса',
      'проспекте Независимости',
      'Солнечной улице',
    ],
  },
  en: {
    court: [
      'Almaty City Court',
      'Chui Regional Court',
      'Tashkent City Criminal Court',
      'Dushanbe City Court',
      'Istanbul 12th High Criminal Court',
      'Dubai Court of First Instance',
      'Ansan Branch of the Suwon District Court',
      'Regional Court in Lodz',
    ],
    org: [
      'IOM',
      'UNODC',
      'the OSCE Programme Office in Bishkek',
      'La Strada Moldova',
      'Caritas',
      'a shelter run by Sezim',
    ],
    city: ['Kyzylorda', 'Karakol', 'Andijan', 'Khujand', 'Kulob', 'Dashoguz', 'Mary', 'Balti', 'Kostanay'],
    dest: ['Antalya', 'Sharjah', 'Ansan', 'Gimhae', 'Lodz', 'Guangzhou', 'Urumqi', 'Makhachkala', 'Bahrain'],
    hotline: ['1409', '116 111', '150 in Kazakhstan', '1102 in Uzbekistan', '157 in Turkey'],
    mtsystem: ['Western Union', 'Zolotaya Korona', 'Contact', 'MoneyGram', 'Unistream'],
    monthEn: words('January March May July October December'),
    checkpoint: ['Zhibek Zholy', 'Aisha Bibi', 'Torugart', 'Ak-Zhol', 'Oybek', 'Fotehobod'],
    carEn: ['Daewoo Damas', 'Hyundai Starex', 'Ford Transit', 'Toyota Alphard'],
    mdCity: ['Balti', 'Cahul', 'Orhei', 'Ungheni', 'Soroca'],
  },
  kk: KK_POOLS,
  kkl: Object.fromEntries(Object.entries(KK_POOLS).map(([k, v]) => [k, v.map((x) => kkLatin(x))])),
  ky: {
    court: ['Ысык-Көл облустук соту', 'Жалал-Абад шаардык соту', 'Бишкек шаарынын Октябрь райондук соту'],
    hotline: ['1409', '116 111', '112'],
  },
  uz: {
    court: [
      "Andijon viloyat jinoyat ishlari bo'yicha sudi",
      "Qo'qon shahar jinoyat ishlari bo'yicha sudi",
      "Mirzo Ulug'bek tuman jinoyat ishlari bo'yicha sudi",
    ],
    hotline: ['1102', '1146', '116 111'],
  },
  uzc: {
    court: ['Андижон вилоят суди', 'Қўқон шаҳар суди', 'Самарқанд вилоят суди'],
    hotline: ['1102', '1146'],
  },
  tg: {
    court: ['Суди вилояти Суғд', 'Суди шаҳри Кӯлоб', 'Суди ноҳияи Сино'],
    hotline: ['1313', '1414', '511'],
  },
  tr: {
    court: [
      'Antalya 3. Ağır Ceza Mahkemesi',
      'İstanbul 12. Ağır Ceza Mahkemesi',
      'Bursa 5. Ağır Ceza Mahkemesi',
      'Gaziantep 1. Ağır Ceza Mahkemesi',
    ],
  },
};

const CITIZEN: Record<string, Partial<Record<Eth, string>>> = {
  ru: {
    kz: 'Республики Казахстан',
    ko: 'Республики Казахстан',
    ug: 'Республики Казахстан',
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
    ug: 'Казахстан',
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
    ug: 'Kazakhstan',
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
    ug: 'Kazakistan',
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
    case 'kk':
    case 'kkl':
    case 'ky':
      return formatDate(date, 'loc', orth);
    default:
      return formatDate(date, 'long', orth);
  }
}

function money(orth: Orth): string {
  switch (orth) {
    case 'ru':
      return pick([
        `${int(150, 950)} 000 тенге`,
        `${int(30, 240)} тыс. рублей`,
        `${int(3, 60)}00 долларов`,
        `${int(2, 9)} 500 евро`,
        `${int(5, 90)} млн сумов`,
        `${int(3, 50)} 000 сомони`,
        `${int(20, 190)} 000 сомов`,
        `${int(2, 14)} 000 злотых`,
        `${int(1200, 6000)} дирхамов`,
        `${int(300, 900)} юаней`,
      ]);
    case 'en':
      return pick([
        `USD ${int(3, 60)}00`,
        `AED ${int(1200, 9500)}`,
        `PLN ${int(1, 9)} ${pick(['200', '800'])}`,
        `KRW ${int(1, 4)},${int(100, 900)},000`,
        `€${int(700, 5200)}`,
        `${int(15, 90)},000 lira`,
        `${int(2, 9)},000 yuan`,
      ]);
    case 'kk':
    case 'kkl':
      return pick([`${int(150, 950)} мың теңге`, `${int(3, 60)}00 доллар`, `${int(1, 9)} млн теңге`]);
    case 'ky':
      return pick([`${int(20, 190)} миң сом`, `${int(3, 60)}00 доллар`, `${int(100, 900)} миң рубль`]);
    case 'uz':
      return pick([`${int(5, 90)} mln so'm`, `${int(3, 60)}00 AQSh dollari`, `${int(50, 300)} ming rubl`]);
    case 'uzc':
      return pick([`${int(5, 90)} млн сўм`, `${int(3, 60)}00 АҚШ доллари`]);
    case 'tg':
      return pick([`${int(3, 50)} ҳазор сомонӣ`, `${int(3, 60)}00 доллари ИМА`, `${int(50, 300)} ҳазор рубл`]);
    case 'tr':
      return pick([`${int(15, 90)} bin lira`, `${int(2, 9)} bin dolar`, `${int(1, 6)}.${pick(['200', '750'])} euro`]);
  }
}

function caseNo(orth: Orth): string {
  const y = int(2019, 2024);
  switch (orth) {
    case 'tr':
      return pick([`${y}/${int(10, 950)} E.`, `${y}/${int(1, 400)} K.`]);
    case 'en':
      return pick([
        `${y}/CR/${int(100, 999)}`,
        `TIP-${y}-${int(10, 99)}`,
        `${int(1, 9)}K-${int(1000, 9999)}/${y % 100}`,
      ]);
    case 'uz':
    case 'uzc':
      return `1-${int(2000, 2999)}-${y % 100}/${int(10, 99)}`;
    case 'tg':
      return `1-${int(100, 999)}/${y % 100}`;
    default:
      return pick([
        `1-${int(1000, 9999)}/${y % 100}`,
        `${int(100, 999)}-${y}-УД`,
        `${pick(['1', '2'])}-${int(10, 99)}-${int(1000, 9999)}/${y}`,
      ]);
  }
}

/** Kazakhstan's unified register of pre-trial investigations: fifteen digits, never a person's identifier. */
const kuiNumber = (): string =>
  `${pad(int(19, 24))}${pick(['19', '75', '51', '11'])}${pick(['0201', '0311', '0105'])}${digits(7)}`;
/** Kyrgyz register of crimes and misdemeanours. */
const erppNumber = (): string => `${pad(int(1, 9), 2)}-${int(100, 999)}-${int(2019, 2024)}-${digits(6)}`;
/** A Russian court case's unique identifier. */
const ruCaseUid = (): string =>
  `${int(10, 99)}RS${pad(int(1, 60), 4)}-01-${int(2019, 2024)}-${pad(int(1, 9999), 6)}-${digits(2)}`;

/** A soft hyphen (U+00AD) inside the longest word of a name, after a vowel when there is one, as PDFs leave them. */
function softHyphenate(name: string): string {
  const parts = name.split(' ');
  let best = 0;
  parts.forEach((w, i) => {
    if (w.length > parts[best].length) best = i;
  });
  const w = parts[best];
  if (w.length < 4) return name;
  const candidates: number[] = [];
  for (let i = 2; i <= w.length - 2; i++)
    if (VOWELS_ALL.includes(w[i - 1].toLowerCase()) && isLetter(w[i])) candidates.push(i);
  const at = candidates.length ? pick(candidates) : Math.floor(w.length / 2);
  parts[best] = w.slice(0, at) + '\u00AD' + w.slice(at);
  return parts.join(' ');
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
    case 'P': {
      const name = renderName(role(ctx, args[0]), args[1] ?? 'gs', (args[2] ?? 'nom') as Kase, orth);
      return args[3] === 'shy' ? softHyphenate(name) : name;
    }
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
    case 'kui':
      return kuiNumber();
    case 'erpp':
      return erppNumber();
    case 'uid':
      return ruCaseUid();
    case 'ctrl':
      return digits(10);
    case 'mtcn':
      return pick([digits(10), `${digits(3)}-${digits(3)}-${digits(4)}`]);
    case 'tkt':
      return `${pick(['465', '235', '176', '607', '555'])}-${digits(10)}`;
    case 'pnr':
      return upLetters(6, 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789');
    case 'krs':
      return `0000${digits(6)}`;
    case 'lic':
      return pick([`DED-${digits(6)}`, `CN-${digits(7)}`, `${digits(6)}/${int(2015, 2023)}`]);
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
      return pick([
        `**** ${digits(4)}`,
        `*${digits(4)}`,
        `•• ${digits(4)}`,
        `${pick(['4', '5', '9'])}${digits(1)}** **** **** ${digits(4)}`,
        `XXXX XXXX XXXX ${digits(4)}`,
      ]);
    case 'flight':
      return `${pick(['KC', 'TK', 'PC', 'FZ', 'HY', 'EY', 'G9', 'LO', 'ZF', '7J', 'DV', 'QH', 'SZ', 'T5'])}${pick([' ', ''])}${int(100, 9999)}`;
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
  '<a=tm.f>Звонок в посольство поступил с городского номера в Ашхабаде {PH:tml}; звонившая назвалась {P:a:g:ins}.',
  '<a=tm.f>Звонок в посольство поступил с городского номера в Ашхабаде {PH:tml}; звонившая назвалась {P:a:g:ins}.',
  // court minutes
  '<a=*.f b=*.m>ПРОТОКОЛ СУДЕБНОГО ЗАСЕДАНИЯ\n{f:court}, {dl}\nПредседательствующий оглашает показания потерпевшей {P:a:gs:gen}, данные на предварительном следствии. Подсудимый {P:b:si} замечаний к протоколу не имеет.',
  '<a=*.f>Вопрос защитника: Когда вы в последний раз видели {P:a:g:acc}?\nОтвет свидетеля: В {f:monthPre}, у неё дома на {ADR:ru_na}.',
  '<a=*.m>Суд, выслушав стороны, постановил ходатайство защитника подсудимого {P:a:s:gen} о допросе свидетеля по видеосвязи удовлетворить.',
  '<a=*.f>Потерпевшая {P:a:g} в судебном заседании пояснила, что до сих пор боится подсудимого, и попросила допросить её в его отсутствие.',
  '<a=*.f b=*.m>Из протокола допроса: «Я, {P:a:f}, {DOB:a:dmy} г.р., об ответственности за дачу ложных показаний предупреждена. С {P:b:gs:ins} знакома с {n:2014:2019} года, он двоюродный брат моей подруги».',
  '<a=*.m b=*.f>Подсудимый {P:a:f} вину признал частично: по его словам, {P:b:g} сама просила помочь ей уехать, а деньги он брал «только за билеты».',
  '<a=*.f>Государственный обвинитель попросил огласить заключение эксперта в отношении потерпевшей {P:a:f:gen}; возражений не поступило.',
  '<a=*.f.minor b=*.f>Законный представитель несовершеннолетней потерпевшей {P:a:g:gen} — её тётя {P:b:gps} — в судебное заседание не явилась.',
  // consular notes
  '<a=kz|ko|ug.f>Консульский отдел посольства Республики Казахстан в {f:destLoc}. Гражданка {P:a:S}, паспорт {PAS:kz}, ИИН {NID:iin:a}, обратилась {d} за свидетельством на возвращение: паспорт удерживает работодатель.',
  '<a=*.m>Справка консула: {P:a:gs}, {DOB:a:long} года рождения, доставлен в консульство местной полицией; связаться с родственниками просит через сестру по номеру {PH:a}.',
  '<a=ky.f>Консульская запись от {d}: {P:a:F}, паспорт {PAS:kg}, находится в приюте; просит сообщить матери, что жива. Телефон матери: {PH:kg}.',
  '<a=tj|uz.m>Посольство сообщает, что гражданин {P:a:gs} ({DOB:a:dmy2}) содержится в депортационном центре; его паспорт {PAS:a} изъят работодателем.',
  // employer contracts
  '<a=*.f b=ar.m>ТРУДОВОЙ ДОГОВОР (перевод с английского)\nРаботодатель: {P:b:gs}, адрес: {ADR:ae}\nРаботник: {P:a:F}, паспорт № {PAS:a}\nДолжность: домашний работник\nЗаработная плата: {n:1200:2500} дирхамов в месяц',
  '<a=*.m>Дополнительное соглашение № {n:2:9} к трудовому договору: работник {P:a:f}, ИНН {NID:rinn:a}, переводится на объект по адресу: {ADR:rus}.',
  'В графе «Паспортные данные» договора указано: {PAS:rus}, выдан {d}; в графе «Адрес регистрации» — {ADR:rus}.',
  '<a=*.m b=*.f>Договор подписан со стороны «работодателя» {P:a:is}, со стороны работницы — {P:b:gs}; экземпляр работницы у неё отобрали в тот же день.',
  // medical records
  '<a=*.f>ВЫПИСКА ИЗ МЕДИЦИНСКОЙ КАРТЫ № {n:1200:9800}\nФ.И.О.: {P:a:F}\nДата рождения: {DOB:a:dmy}\nПоступила: {d}, доставлена бригадой скорой помощи с места работы.\nДиагноз: истощение, ушибы мягких тканей.',
  '<a=*.f.young>Осмотр гинеколога: пациентка {P:a:g}, {n:18:20} лет, беременность около {n:8:20} недель. Со слов пациентки, имени отца ребёнка она не знает.',
  '<a=*.m>Судебно-медицинский эксперт осмотрел {P:a:gs:acc}, {DOB:a:y} г.р.: на спине и предплечьях множественные рубцы давностью от {n:2:6} месяцев.',
  '<a=*.f>Медсестра приёмного покоя записала пациентку со слов как «{P:a:g}, около 20 лет»; документов при ней не было.',
  // migration cards and notifications
  '<a=tj|uz|ky.m>МИГРАЦИОННАЯ КАРТА\nФамилия / Surname: {P:a:s}\nИмя / Given name(s): {P:a:g}\nДата рождения / Date of birth: {DOB:a:ocr}\nДокумент / ID document: {PAS:a}\nЦель визита: работа',
  '<a=*.*>Уведомление о прибытии: место пребывания — {ADR:rus}; срок пребывания до {d}; принимающая сторона — ООО «{f:ruFirm}».',
  '<a=tj|uz.m>Патент на работу выдан {d} гражданину {P:a:f:dat}; в патенте указан адрес: {ADR:rus}, телефон {PH:ru}.',
  // money-transfer receipts
  '<a=*.f b=*.m>{f:mtsystem} — перевод\nОтправитель: {P:a:F}\nТел. отправителя: {PH:ru}\nПолучатель: {P:b:F}\nСтрана выдачи: {cit:b:nom}\nСумма: {money}\nКонтрольный номер: {ctrl}',
  '<a=*.*>Квитанция о переводе № {n:100000:999999}: получатель {P:a:gs}, паспорт {PAS:a}; сумма {money}; дата {ds}.',
  '<a=*.m>Через мобильное приложение потерпевшая перевела {money} по номеру телефона {PH:kz}; получатель в приложении отображался как «{P:a:gI}».',
  '<a=*.m>Мать ежемесячно отправляла «долг» на карту {CARD:any}, привязанную к номеру {PH:a}; держатель карты — {P:a:si}.',
  // social-media screenshots
  '<a=*.f>Скриншот № {n:3:40} (Instagram, профиль {H:a:bare}):\n«Девочки, кто хочет на сезон в Дубай — пишите в директ. Билет, виза, жильё за наш счёт. Возраст 18–25».',
  '<a=*.m>Скриншот переписки в Telegram: пользователь «{P:a:gs}» ({H:a:at}) прислал потерпевшей фото её паспорта и написал: «Пока не вернёшь долг, документы у меня».',
  '<a=*.f>В тиктоке у неё был аккаунт {H:a:bareu}; последнее видео выложено {d}, после этого она пропала.',
  '<a=*.f>Поиск номера {PH:a} в мессенджерах показал профиль с подписью «{P:a:l}» и фотографией на фоне моря.',
  '<a=*.f>Подписчица написала под постом: «Это же {P:a:g}, мы учились вместе в {f:cityLoc}!»',
  '<a=*.m>Инстаграм {H:a:bare} ведёт «агентство», на деле — {P:a:gs}; в шапке профиля указан номер {PH:tr}.',
  // police reports
  '<a=*.m>РАПОРТ\nДокладываю, что {d} при обходе административного участка по {ADR:ru_po} выявлен гражданин {cit:a} {P:a:f}, проживающий без регистрации.',
  '<a=*.f>Со слов заявительницы, её дочь {P:a:g} ушла из дома {d} и не вернулась; в последний раз её видели на {ADR:ru_na}.',
  '<a=*.m>ОРИЕНТИРОВКА. Разыскивается {P:a:F}, {DOB:a:roman} г.р., уроженец {f:cityBirthGen}; может передвигаться на автомашине {f:car} г/н {PL:rul}.',
  '<a=*.m>Автомобиль {f:car} с регистрационным знаком {PL:ru}, принадлежащий {P:a:f:dat}, объявлен в розыск.',
  '<a=*.m>Камеры зафиксировали машину с номером {PL:kz} на выезде из города в {time}; за рулём, судя по записи, находился {P:a:g}.',
  '<a=*.m>Склад, где удерживали рабочих, находится в {ADR:ru_v}; арендатор склада — {P:a:si}.',
  '<a=*.f>Соседи видели, как {P:a:g:acc} вывели из {ADR:ru_gen} двое мужчин и посадили в микроавтобус.',
  '<a=*.*>Обыск проведён на {ADR:ru_na}; в квартире обнаружены {n:7:19} паспортов граждан {f:countryGenPl}.',
  '<a=*.f>Встречу ей назначили у {ADR:ru_gen}, там уже ждал микроавтобус с тонированными стёклами.',
  '<a=*.m b=*.m>Задержанные: {P:a:F} ({DOB:a:dmy2}) и {P:b:F}. Оба доставлены в ОП № {n:2:9}.',
  '<a=*.m>Проверкой по базе установлено, что {P:a:f} ранее привлекался к ответственности по {f:law}.',
  // NGO intake forms
  '<a=*.f>АНКЕТА ПЕРВИЧНОГО ОБРАЩЕНИЯ\nИмя (как просит называть): {P:a:g}\nФамилия: не сообщила\nВозраст: {n:19:34}\nТелефон для связи: {PH:a}\nОткуда узнала о нас: {f:referrer}',
  '<a=*.f.old b=~a.f.young>Мать, {P:a:gp}, просит найти дочь — {P:b:gs}, {DOB:b:dmonth} года рождения. Дочь уехала с подругой на заработки в {f:destAcc}.',
  '<a=*.m>Клиент {P:a:gs} получил консультацию юриста по вопросу невыплаченной заработной платы ({money}) и направлен в {f:shelterAcc}.',
  '<a=*.f>Карточка клиента\nФ.И.О.: {P:a:lf}\nД/р: {DOB:a:rushort}\nАдрес до выезда: {ADR:ru}',
  '<a=*.f b=*.m>Сопровождение: на последней встрече с психологом {P:a:g} впервые рассказала про {P:b:g:acc}.',
  // hotline notes
  '<a=*.f>Линия {f:hotline}. Звонок {ds} в {time}. Звонит девушка, назвалась {P:a:g:ins}, говорит шёпотом: находится в квартире на {ADR:ru_na}, дверь заперта снаружи.',
  '<a=*.m>Оператор перезвонил по номеру {PH:a}; трубку взял мужчина, представился {P:a:g:ins} и сказал, что «такой здесь нет».',
  '<a=*.f>Абонентка просила не называть фамилию; имя — {P:a:g}. Просит помочь вернуть паспорт ({PAS:a}), который забрал работодатель.',
  '<a=*.f.old b=~a.m.young c=*.m>Звонила бабушка: внук {P:b:g} уехал в {f:destAcc} с «бригадиром» по имени {P:c:g}, с тех пор звонит только с чужого номера {PH:b}.',
  // bank documents
  '<a=*.m>Банк сообщает: счёт {IBAN:kzlc} открыт {d} на имя {P:a:f:gen}; за период на него поступило {n:11:19} переводов от разных лиц.',
  '<a=*.m>По запросу следователя банк предоставил выписку по карте {CARD:visa}; держатель — {P:a:F}.',
  '<a=*.m>Деньги за «визу» уходили на счёт {IBAN:ae} в банке Дубая; владелец счёта — {P:a:gs}.',
  '<a=*.f>Получатель платежа: {P:a:gs}, IBAN {IBAN:trlc}, назначение — «за аренду».',
  // travel documents
  '<a=*.f>Маршрутная квитанция электронного билета № {tkt}\nПассажир: {P:a:air} MS\nРейс {flight}, {d}\nОплачено картой {CARD:any}',
  '<a=*.m>Посадочный талон на имя {P:a:LAT}, рейс {flight}, изъят у задержанного вместе с паспортом {PAS:a}.',
  '<a=*.f>Бронь в хостеле оформлена на {P:a:air}; контактный номер в брони — {PH:tr}.',
  // chat logs
  '<a=*.f b=*.m>[{time}] {P:b:g}: ну что, решила?\n[{time}] {P:a:g}: мама против\n[{time}] {P:b:g}: скажешь маме, что в кафе работаешь. паспорт завтра возьми с собой',
  '<a=*.f>WhatsApp, голосовое сообщение (расшифровка): «{P:a:dim}, это мама. Почему трубку не берёшь? Перезвони на соседкин номер {PH:kg}».',
  '<a=*.m b=*.f>{P:b:l}: а зарплату когда?\n{P:a:l}: в конце месяца всем дадут\n{P:b:l}: ты так и в прошлом месяце говорил',
  '<a=*.f b=*.f>Из переписки сестёр: «{P:a:dim}, не говори никому, где я. Если что — звони {P:b:g:dat}».',
  '<a=*.m>Прописка по паспорту: {ADR:ru}; фактическое место жительства: {ADR:rus}.',
  '<a=*.f>Девушек селили в {ADR:ru_v}, а «смотрящей» у них была {P:a:g}.',
  'Перевод «за жильё» — на счёт {IBAN:kzlc}, назначение платежа: «аренда».',
  '<a=*.m>Реквизиты, присланные в WhatsApp: получатель {P:a:F}, IBAN {IBAN:kz}.',
  '<a=*.f>У {ADR:ru_gen} её и забрали: машина ждала во дворе.',
  'По {ADR:ru_po} находится «офис» агентства: вывески нет, дверь открывают только по звонку.',
  '<a=*.m>Осмотр места происшествия: {ADR:ru}. Участвующий — {P:a:si}.',
  '<a=*.*>Владелец счёта {IBAN:aelc} — {P:a:gs}; счёт закрыт через неделю после задержания.',
  // power of attorney, consent, rent
  '<a=*.f b=~a.f.minor>СОГЛАСИЕ на выезд несовершеннолетнего. Я, {P:a:f}, паспорт {PAS:a}, даю согласие на выезд моей дочери {P:b:f:gen}, {DOB:b:dmy} г.р., в сопровождении её тёти в {f:destAcc}.',
  '<a=*.m>ДОВЕРЕННОСТЬ. Я, {P:a:f}, зарегистрированный по адресу: {ADR:ru}, доверяю получать за меня заработную плату гражданину, указанному ниже.',
  '<a=*.m b=*.*>По договору найма квартира по адресу {ADR:ru} сдана {P:b:f:dat}; фактически в ней жили {n:6:12} девушек, а плату вносил {P:a:gs}.',
  // situations
  '<a=*.m>Освобождённый с кирпичного завода {P:a:g} рассказал, что провёл там {n:2:9} лет; паспорт у него забрал хозяин, а после попытки побега его вернули обратно.',
  '<a=*.f b=cn.m>Брачное агентство «{f:agency}» познакомило {P:a:gs:acc} с гражданином КНР {P:b:gs}; после регистрации брака её увезли в провинцию, откуда она не могла выехать.',
  '<a=cn.m>Телефон посредника в Урумчи — {PH:cn}; имя в WeChat — {P:a:gs}, ID в WeChat — {H:a:bareu}.',
  '<a=*.m>Работник {P:a:gs}, регистрационный номер иностранца {NID:arc:a}, проживал в общежитии завода по адресу: {ADR:krh}.',
  '<a=kr.m>Директор фирмы-работодателя {P:a:gs} (тел. {PH:krl}) заявил, что паспорта рабочих «хранятся в сейфе для их же безопасности».',
  '<a=ua|md|uz|ky.f>Работница {P:a:gs} жила в хостеле при складе: {ADR:pl}. В её трудовом договоре указан PESEL {NID:peselbad:a}.',
  '<a=md.f>Гражданка Молдовы {P:a:gs}, IDNP {NID:idnpbad:a}, до отъезда жила в Кишинёве по адресу: {ADR:md}.',
  '<a=*.f b=ar.f>Домработница {P:a:g} рассказала, что хозяйка, {P:b:gs}, забирала у неё телефон на ночь; вилла находилась по адресу: {ADR:ae}.',
  '<a=ar.m>Emirates ID спонсора: {NID:eidbad:a}; спонсор — {P:a:gs}, телефон {PH:ae}.',
  '<a=*.f>Адрес в Анталье, где её держали: {ADR:tr}, Муратпаша. Телефон «менеджера» — {PH:tr}.',
  '<a=tr.m>Владелец бара {P:a:gs}, T.C. Kimlik No {NID:tcbad:a}, допрошен через переводчика.',
  '<a=ky.f>Адрес регистрации потерпевшей (как указан в паспорте): {ADR:ky}. Фактически {P:a:g} жила у тёти в Бишкеке.',
  '<a=kz|ug.m>Адрес по удостоверению личности: {ADR:kk}. {P:a:F}, ИИН {NID:iinbad:a}.',
  '<a=uz.m>ПИНФЛ: {NID:pinflbad:a}\nФ.И.О.: {P:a:F}\nМесто работы: не работает\nАдрес: {ADR:ruuz}',
  '<a=ru.*>СНИЛС {NID:snilsbad:a}, ИНН {NID:rinn:a} — данные {P:a:f:gen} из личного дела работника.',
  '<a=kz|ko.f>Справка об отсутствии судимости выдана на имя {P:a:f:gen} (ИИН: {NID:iinbad:a}).',
  '<a=kz|ko|ug.* b=kz|ko|ug.*>Список лиц, прошедших через приют в {f:monthPre}:\n1. {P:a:F} — {NID:iin:a}\n2. {P:b:F} — {NID:iin:b}',
  '<a=ky.*>{P:a:F}   {NID:kgpin:a}   {DOB:a:dmy}',
  '<a=*.f>Вербовщица звонила ей с номера {PH:uz}, а после ареста этот номер стал недоступен.',
  '<a=*.m>Распечатка соединений абонентского номера {PH:a}, зарегистрированного на {P:a:f:acc}, получена {d}.',
  '<a=*.f>С номера {PH:tr} ей пришло сообщение: «Билет купили, вылет в пятницу».',
  'Детализация по номерам {PH:kg} и {PH:kz} приобщена к материалам дела.',
  '<a=*.m>Газель с номером {PL:rul} каждое утро привозила рабочих к теплицам; водитель — {P:a:g}.',
  '<a=tm.m>Автомобиль с туркменскими номерами {PL:tm} пересёк границу {d}; среди пассажиров — {P:a:gs}.',
  '<a=*.f>Вербовщица вела инстаграм {H:a:bare}, где выкладывала фото «счастливых девочек из Дубая».',
  '<a=*.m>Телеграм: {H:a:bareu}; ВКонтакте: {H:a:vk}. Оба аккаунта удалены после задержания {P:a:s:gen}.',
  '<a=*.f>{P:a:gs}, родилась {DOB:a:dmonth} года в {f:cityLoc}, до отъезда работала продавцом.',
  '<a=*.f>{P:a:g} родилась в {DOB:a:my} года в многодетной семье; в {n:15:17} лет бросила школу.',
  '<a=ky.f>ID-карта {PAS:kg} на имя {P:a:LAT} найдена в кармане куртки задержанного.',
  '<a=tm.f>Туркменский паспорт {PAS:tm} на имя {P:a:gs} изъят у работодателя в Стамбуле.',
  '<a=*.m>Номер карты для «залога» прислали в WhatsApp: {CARD:humo}, получатель — {P:a:gI}.',
  '<a=kz.f b=kz.f>Вместе с {P:a:g:ins} из аула уехали ещё две девушки; одна из них — {P:b:g}.',
  '<a=tj.m>По словам брата, {P:a:g} звонил домой раз в месяц, а с {f:monthGen} перестал выходить на связь.',
  '<a=ky.f.young>Потерпевшая {P:a:g}, {n:17:19} лет, учится в колледже; к вербовщице её привела однокурсница.',
  '<a=uz.f>Подруга {P:a:g:gen} рассказала, что та «уехала в Турцию к жениху» и больше не звонила.',
  '<a=tm.f>В общежитии жила ещё туркменка, которую все звали {P:a:g}; она работала без выходных.',
  '<a=cn|kr.f>Переводчица {P:a:g} помогала следствию, но фамилию в документах просила не указывать.',
  '<a=ug.m>Повар кафе {P:a:gs} показал, что девушек видел только на кухне и что хозяин запирал их на ночь.',
  '<a=*.f>Потерпевшая {P:a:f:nom:shy} в ходе допроса пояснила, что работала без оплаты с {d}.',
  '<a=*.m>Обвиняемому {P:a:gs:dat:shy} предъявлено обвинение по {f:law}.',
  '<a=*.f>Допрошенная {P:a:gs:nom:shy} подтвердила, что паспорт у неё забрали в аэропорту.',
  '<a=ua.m>Гражданин Украины {P:a:f}, РНОКПП {NID:rnokpp:a}, показал, что посредник обещал ему работу на складе.',
  '<a=pl.m>Посредник в Польше — {P:a:gs}, тел. {PH:pl}, электронная почта {EM:a}.',
  '<a=*.m>Письма с «контрактами» приходили с адреса {EM:a}; подпись — «{P:a:g}, менеджер по персоналу».',
  '<a=az.m>Посредник {P:a:gs} (тел. {PH:az}) встречал девушек в Баку и пересаживал их на рейс до Дубая.',
  '<a=af.m>Гражданин Афганистана {P:a:gs}, задержанный на границе, пояснил, что за переправу заплатил {money}. При нём был паспорт {PAS:af}.',
  '<a=*.f>Комментарий под объявлением от пользователя «{P:a:lsg}»: «меня тоже так звали в Корею, не ведитесь».',
  '<a=*.m>Хозяина теплиц рабочие называли «{P:a:nick}», настоящее имя — {P:a:gp}.',
  '<a=*.f>Героиня материала — {P:a:gI}, {n:25:29} лет. Она просит не публиковать её фамилию.',
  '<a=*.m b=*.f>{P:a:g} обещал {P:b:g:dat} работу официантки, а привёз её в сауну на {ADR:ru_na}.',
  '<a=*.f>Квартира, где жила {P:a:g}, — по адресу {ADR:ru}; хозяйка квартиры сдавала её посуточно.',
];

const RU_NEG: string[] = [
  '{f:court} приговором от {dl} признал подсудимых виновными по {f:law}; приговор вступил в законную силу {dl}.',
  'По данным {f:orgGen}, в {n:2019:2023} году число выявленных в Центральной Азии жертв торговли людьми составило {n:300:900}, из них {pct} — женщины.',
  'Телефон доверия {f:hotline} работает круглосуточно, звонок бесплатный.',
  'Уголовное дело № {case} (ЕРДР № {kui}) направлено в суд {d}.',
  'Генеральная прокуратура Кыргызской Республики направила запрос о правовой помощи в Министерство юстиции Турецкой Республики.',
  'Сумма ущерба составила {money}, возмещено {money}.',
  'На момент вербовки потерпевшей было {n:16:19} лет, на момент допроса — {n:22:27}.',
  'Микроавтобус стоял у рынка на {f:streetPre}; номер дома свидетель не помнит.',
  'Оплата прошла с карты {mask}, остаток на счёте — {money}.',
  'Рейс {flight} Ош — Стамбул вылетел {d} с задержкой на {n:2:5} часа.',
  'Старший следователь передал материалы в {f:org}; консул присутствовал при допросе.',
  'Семинар ОБСЕ и МОМ по выявлению жертв торговли людьми прошёл в Бишкеке с {d} по {d}.',
  'Контрольный номер перевода {ctrl}, сумма {money}, выплачено в Худжанде {ds}.',
  'Дело УИД {uid} назначено к рассмотрению на {dl}.',
  'Нормативная база: {f:law}; Закон «О противодействии торговле людьми»; постановление Правительства № {n:100:999}.',
  'КазНУ имени аль-Фараби и Ошский государственный университет провели совместный семинар по безопасной миграции.',
  'Свидетельство на возвращение выдано {d} консульством в Дубае; вылет состоялся {d}.',
  'Возраст потерпевших — от {n:15:17} до {n:25:39} лет; все они граждане {f:countryGenPl}.',
  'Ставка — {money} за смену, из которых {pct} удерживались «за жильё».',
  'ЕРПП № {erpp}: материалы переданы в Следственную службу МВД {d}.',
  'Начальник отдела миграционной полиции и прокурор района выехали на место {d} в {time}.',
  'В {f:destLoc} выявлено {n:5:12} подпольных цехов; в {n:2:5} из них работали граждане {f:countryGenPl}.',
];

// ---------------------------------------------------------------------------------------------------------------
// Templates: English

const EN_POS: string[] = [
  '<a=ua.m>The Ukrainian-registered van {PL:ua} belonged to {P:a:gs}.',
  '<a=md.f>The only contact she gave was her aunt, {P:a:gs}, on a Chisinau landline: {PH:mdl}.',
  '<a=ua.m>The Ukrainian-registered van {PL:ua} belonged to {P:a:gs}.',
  '<a=md.f>The only contact she gave was her aunt, {P:a:gs}, on a Chisinau landline: {PH:mdl}.',
  '<a=*.f>{P:a:g} was told she would be cleaning hotel rooms in {f:dest}; instead she was driven to a flat and her passport was kept "for registration".',
  '<a=*.f b=*.m>According to {P:a:g}, the recruiter, a man who called himself {P:b:g}, paid for her ticket and said she would "work off" {money}.',
  '<a=*.f>Intake note, {d}: client {P:a:lsg}, DOB {DOB:a:dmy}, referred by {f:org}.',
  '<a=*.m>Case worker log: spoke to {P:a:ls} by phone ({PH:a}); he is staying with a cousin and wants to go home.',
  '<a=*.f>Screenshot 7 (Instagram, account {H:a:bare}): "Girls 18-28, seasonal work in Dubai, visa and ticket free."',
  '<a=*.m>His Telegram is {H:a:bareu} and he also uses {PH:a} on WhatsApp.',
  '<a=*.f>Hotline note ({f:hotline}), {time}: the caller gave her name as {P:a:g}, said she was in a flat at {ADR:en} and the door was locked from outside.',
  '<a=*.m>Consular note: {P:a:F}, passport {PAS:a}, born {DOB:a:dmon}, came to the embassy on {d} without money or a phone.',
  '<a=*.f b=ar.m>EMPLOYMENT CONTRACT\nEmployer: {P:b:gs}, {ADR:ae}\nEmployee: {P:a:gS}\nPassport No.: {PAS:a}\nMonthly salary: {money}',
  '<a=kr.m b=*.m>Labour inspection, Ansan: the employer, {P:a:gs} (tel. {PH:krl}), held the passports of {n:4:11} workers, among them {P:b:gs} (ARC {NID:arc:b}).',
  '<a=*.f>MEDICAL REPORT\nPatient: {P:a:F}\nDate of birth: {DOB:a:iso}\nAdmitted: {d}\nFindings: dehydration, two healed rib fractures.',
  '<a=*.f>The receipt shows {money} sent through {f:mtsystem} by {P:a:gs} to a recipient in {f:city}; MTCN {mtcn}.',
  '<a=*.f b=*.m>Court minutes, {f:court}, {dl}. The witness {P:a:gs} identified the defendant, {P:b:gs}, as the man who met her at the airport.',
  '<a=*.m>Defendant {P:a:s} declined to answer questions from the bench.',
  '<a=*.f.minor>The victim, named in the indictment only as {P:a:gI}, was 16 when she was recruited.',
  '<a=cn.m b=*.f>A marriage broker in Guangzhou, {P:a:gs} (WeChat ID {H:a:bareu}), arranged for {P:b:g} to marry a man she had met once.',
  '<a=cn.f>Her Chinese residence card gives the name {P:a:gs} and the date of birth {DOB:a:cn}.',
  '<a=*.f>The Korean alien registration card gives her date of birth as {DOB:a:ymddot}.',
  '<a=*.m>Return certificate issued to {P:a:F}, born {DOB:a:ord}, in place of passport {PAS:a}, which his former employer still holds.',
  '<a=*.f>"My name is {P:a:g}, I am from {f:city}. Please help, they took my documents," she wrote on {d}.',
  '<a=*.f>E-ticket {tkt}: passenger {P:a:air} MS, flight {flight}, {d}, booking reference {pnr}.',
  '<a=*.m>Police report: a minivan with plates {PL:kz} was stopped at the {f:checkpoint} checkpoint; the driver, {P:a:gs}, had {n:6:11} passports on him.',
  'A car with Russian-format plates in Latin letters, {PL:rul}, was seen outside the flat twice that week.',
  '<a=*.f>Her Georgian account, {IBAN:gelc}, received {n:5:20} transfers in a single month.',
  "<a=pl.m>The agency's Polish contact, {P:a:gs}, used the address {ADR:pl} and the phone number {PH:pl}.",
  '<a=md.f>{P:a:gs}, a Moldovan national (IDNP {NID:idnpbad:a}), was recruited in {f:mdCity} for greenhouse work in Poland.',
  '<a=*.m>Bank statement: card {CARD:any}, holder {P:a:LAT}.',
  "<a=ar.m>The sponsor's Emirates ID is written as {NID:eidbad:a}; his name is {P:a:gs}.",
  '<a=tr.m>The bar owner, {P:a:gs}, T.C. Kimlik No. {NID:tc:a}, was released on bail.',
  '<a=*.f>Post (transcribed from a screenshot): "Looking for my sister {P:a:gs}, last seen in {f:dest} in {f:monthEn}. Call {PH:a}."',
  '<a=*.m>E-mails from {EM:a} signed "{P:a:g}, recruitment" offered jobs in Korea for a fee of {money}.',
  '<a=*.f>She was born on {DOB:a:ord} in a village near {f:city}, the fourth of six children.',
  '<a=*.f>The mother of {P:a:g} called the hotline twice in {f:monthEn}.',
  '<a=kz|ky|uz|tj|tm.f>Shelter record: {P:a:g}, aged {n:17:30}, arrived {d}, brought by {f:org}.',
  '<a=*.m>Interview transcript\nQ: Who collected your wages?\nA: {P:a:g}. He kept everything and gave us {money} a month.',
  '<a=*.f b=*.f>Q: Who else lived in the flat?\nA: {P:a:g} and {P:b:g}, both from {f:city}.',
  '<a=ky.m>A call back to {PH:kgl} reached a relative, who said {P:a:g} had left for {f:dest} in spring.',
  '<a=af.m>Afghan national {P:a:gs}, passport {PAS:af}, told border guards he had paid {money} to cross.',
  "<a=tm.f>Turkmen national {P:a:gs} (passport {PAS:tm}) was found in a textile workshop; the workshop owner's phone was {PH:tr}.",
  '<a=*.f>Visa application: surname {P:a:s}; given name(s) {P:a:g}; date of birth {DOB:a:dmon}; passport {PAS:a}.',
  '<a=*.m b=*.m>Detainee list\n1) {P:a:F}, {DOB:a:dmy}\n2) {P:b:F}, {DOB:b:dmy}',
  '<a=*.f>The complainant, {P:a:gs:nom:shy}, withdrew her statement on {d}.',
  '<a=*.m>Witness {P:a:f:nom:shy} did not appear; the court ordered him to be brought.',
  '<a=ko.f>{P:a:gs}, an ethnic Korean from {f:city}, went to Korea on an H-2 visa in {n:2016:2021}.',
  '<a=kr.f>The Korean interpreter, {P:a:gs}, can be reached on {PH:kr}.',
  '<a=*.m>Address on the migration card: {ADR:ca}.',
  '<a=*.f>Her TikTok, {H:a:tt}, was taken down on {d}.',
  '<a=tm.m>Plate {PL:tm} was recorded at the Farap crossing on {d}; the passenger list included {P:a:gs}.',
  '<a=md.m>The Moldovan driver, {P:a:gs}, drove a van registered {PL:md}.',
  '<a=cn.m>The plate {PL:cn} is registered to a trading company owned by {P:a:gs}.',
  '<a=*.f>US visa form: date of birth {DOB:a:mdy}; name {P:a:gS}.',
  '<a=*.m b=ar.m>The lawyer wrote to {EM:a} and to the sponsor, {P:b:gs}, at {ADR:ae}.',
  '<a=uz.f>JSHSHIR (PINFL): {NID:pinflbad:a}. Name as in the passport: {P:a:LAT}.',
  '<a=kz.m>IIN {NID:iinbad:a} (as written on the contract), name {P:a:gs}.',
  '<a=*.f b=*.m>WhatsApp export\n[{ds}, {time}] {P:a:gs}: im at the bus station\n[{time}] {P:b:g}: wait there, the driver is coming',
  '<a=*.f>{P:a:l} ({time}): pls dont tell mama\n{P:a:l} ({time}): i will call from new number',
  '<a=*.f>Her Facebook profile ({H:a:fb}) still lists her employer as "a hotel in {f:dest}".',
  '<a=ar.f>The lady of the house, {P:a:gs}, told police the maid had "run away with a boyfriend".',
  '<a=*.m>Payments went to {IBAN:ae}, an account in the name of {P:a:gs}.',
  '<a=ua.f>Ukrainian national {P:a:gs}, RNOKPP {NID:rnokppbad:a}, was recruited through a job site.',
  '<a=*.f b=~a.f.old>Birth certificate (copy): born {DOB:a:long} in {f:city}; mother {P:b:gp}.',
  '<a=tj.m>He gave his name as {P:a:g} and his age as 19, but his passport says he was born in {DOB:a:y}.',
  '<a=*.m>POLICE REPORT\nSuspect: {P:a:S}\nAddress: {ADR:en}\nVehicle: {f:carEn}, {PL:kg}',
  '<a=kr.m>Dormitory address: {ADR:kr}, Ansan.',
  '<a=*.f>Her sister, {P:a:g}, stayed at {ADR:krh} until the factory closed.',
  '<a=*.f>"{P:a:dim}, come home," her mother wrote under every one of her posts.',
  '<a=kz|ky.m>The hotel guest card lists {P:a:F}, date of birth {DOB:a:dmys2}, phone {PH:a}.',
  '<a=kz|ky|uz|tj|tr|ru|ua|md|pl|ko|ug.f>Name on the payslip: {P:a:gS}. National ID: {NID:a}.',
  '<a=kz|ky|uz|tj.f>Social worker: "{P:a:h} still asks whether her passport has been found."',
  '<a=*.m>The driver, known as "{P:a:nick}", turned out to be {P:a:gs}, a {n:30:55}-year-old from {f:city}.',
  '<a=uz|tj.m>Transfer to card {CARD:humo}, recipient {P:a:gs}, amount {money}.',
  '<a=*.f>Rental agreement: tenant {P:a:gs}, property {ADR:pl}, deposit {money}.',
  '<a=*.m>A second account, {IBAN:pllc}, was opened in his name ({P:a:gs}) three days after he arrived.',
  '<a=tr.f>The landlady, {P:a:g} Hanım, kept the keys; the flat was at {ADR:tr}.',
  '<a=*.f>She wrote her date of birth as {DOB:a:compact} on the form, without separators.',
  '<a=kz|ky|uz.f>School record: pupil {P:a:gs}, born {DOB:a:dmy}, left school in grade 9.',
  '<a=*.m>The recruiter\'s YouTube channel, {H:a:yt}, showed "happy workers" in Busan.',
  '<a=ar.m>The flat in Sharjah, {ADR:ae}, was rented in the name of {P:a:gs}.',
  'Both women had been registered at {ADR:ca}, a flat neither of them had ever seen.',
  '<a=*.m>Remittances went to {IBAN:kzlc} and later to {IBAN:azlc}; both accounts belonged to {P:a:gs}.',
  '<a=md.f>Her old address, {ADR:md}, is known to the recruiters, so the shelter moved her.',
  'Search warrant executed at {ADR:tr}, Bayrampaşa, on {d}.',
  '<a=*.f>She messaged from {PH:ae} at 3 a.m.: "they are selling us, tell the police".',
];

const EN_NEG: string[] = [
  "According to the U.S. Department of State's {n:2019:2024} Trafficking in Persons Report, Central Asia remains a source region for forced labour.",
  "The Prosecutor General's Office of Kyrgyzstan opened {n:12:40} trafficking cases in {n:2020:2023}.",
  'The {f:court} delivered its judgment on {dl}; {n:3:6} defendants received sentences of {n:4:12} years.',
  'Victims were aged between {n:16:18} and {n:26:35}; {pct} were women.',
  'The hotline {f:hotline} is free and answers around the clock.',
  'Case No. {case} was adjourned to {dl}.',
  'Flight {flight} from Osh landed in Istanbul on {d} with {n:12:40} returnees on board.',
  'The Ministry of Labour of Uzbekistan and IOM signed a memorandum on safe migration in Tashkent on {d}.',
  'Losses were estimated at {money}; {money} has been recovered so far.',
  'The card ending {mask} was blocked on {d}.',
  'The OSCE Special Representative visited Ashgabat, Dushanbe and Almaty between {d} and {d}.',
  'The labour inspector and the consul attended the hearing; the prosecutor asked for a closed session.',
  'Transfer control number {ctrl}, amount {money}, paid out in Khujand on {d}.',
  'Al-Farabi Kazakh National University hosted a regional conference on labour migration on {d}.',
  'Trade licence {lic} of the recruitment agency was revoked on {d}.',
  'Central Asia and the Gulf: the UNODC Global Report counts {n:2:9} per cent more detected victims than in {n:2016:2019}.',
  'The Department of State upgraded Uzbekistan to Tier 2 in {n:2020:2023}.',
  'KRS {krs}: the Polish agency was struck off the register on {d}.',
];

// ---------------------------------------------------------------------------------------------------------------
// Templates: Kazakh

const KK_POS: string[] = [
  '<a=kz.f>Жәбірленуші {P:a:g} тергеушіге {f:destDat} жұмысқа барғанын, бірақ төлқұжатын бірінші күні-ақ алып қойғанын айтты.',
  '<a=kz.f b=kz.m>{P:a:g:gen} айтуынша, {P:b:gs} оны «даяшы боласың» деп {f:destDat} алып кеткен.',
  '<a=kz|ug|ko.m>Сотталушы {P:a:f}, {DOB:a:loc} туған, ЖСН {NID:iin:a}, {ADR:kk} мекенжайы бойынша тіркелген.',
  '<a=kz.f>Қыздың анасы {P:a:gp} полицияға {d} жүгінді; байланыс телефоны: {PH:kz}.',
  '<a=kz.f.young>{P:a:h} соңғы рет {ADR:kk_loc} тұратын құрбысына қоңырау шалған.',
  '<a=*.m>Куәгер {P:a:s} сотта күдіктіні бірден таныды.',
  '<a=kz.f>Сенім телефонына ({f:hotline}) {d} қоңырау түсті: қоңырау шалған қыз өзін {P:a:g} деп таныстырды.',
  '<a=kz.m>{P:a:g:dat} {n:3:9} ай бойы жалақы төленбеген, ол {f:site} жұмыс істеген.',
  '<a=*.f>Жәбірленушінің туған күні — {DOB:a:dmonth} ж.',
  '<a=kz.m>{P:a:g} {DOB:a:yh} туған, үйленбеген, бұрын сотталмаған.',
  '<a=*.m>Жұмыс берушінің телефоны: {PH:tr}, Instagram парақшасы: {H:a:bare}.',
  '<a=kz|ko.f>Еңбек шартында көрсетілген ЖСН {NID:iinbad:a}; қызметкер — {P:a:is}.',
  '<a=*.m>Ақша {P:a:f:gen} атына ашылған {IBAN:kzlc} шотына аударылған.',
  '<a=*.m>Көлік {PL:kz} мемлекеттік нөмірімен тіркелген, иесі — {P:a:gs}.',
  '<a=kz.f b=kz.m>{P:b:g} {P:a:g:acc} Қызылордадан Алматыға алып келіп, пәтерге қамап қойған.',
  '<a=*.f>Дағдарыс орталығына {d} қабылданды: {P:a:S}, {DOB:a:dmy} ж.т., төлқұжат {PAS:a}.',
  '<a=*.f b=tr.m>Түркиядағы жұмыс беруші — {P:b:gs}, мекенжайы: {ADR:tr}.',
  '<a=kz.m>{P:a:gs:ins} байланысу үшін {PH:a} нөміріне хабарласыңыз.',
  '<a=kz.f>{P:a:g:abl} алынған түсініктемеде ол Дубайда {ADR:ae} мекенжайында ұсталғанын айтқан.',
  '<a=*.m>Сот {P:a:f:acc} кінәлі деп танып, {n:5:12} жылға бас бостандығынан айырды.',
  '<a=kz.f>{P:a:l} {time}\nапа мен жақсымын, уайымдама\n{P:a:l} {time}\nтелефонымды алып қойды, бұл басқа біреудің нөмірі',
  '<a=kz.f>Туған жері: {f:birthLoc}. Туған күні: {DOB:a:dmyh}. Мекенжайы: {ADR:kk}.',
  '<a=ug.f>Ұйғыр ауданының тұрғыны {P:a:gs} Алматыдағы кафеде {n:2:4} жыл ақысыз жұмыс істеген.',
  '<a=ko.f>{P:a:gs} Кореяға E-9 визасымен кеткен, шетелдік тіркеу нөмірі {NID:arc:a}.',
  '<a=kz.m>Көрші {P:a:g} ағай қыздың түнде көлікке отырғанын көрген.',
  '<a=*.f>{CARD:visa} картасы {P:a:gs:gen} атына ресімделген.',
  '<a=kz.f>{P:a:gs:nom:shy} сенім телефонына екінші рет хабарласты.',
  '<a=kz.m>Күдікті {P:a:gs}, лақап аты «{P:a:nick}», {d} ұсталды.',
  '<a=kz.f>Қыздың Ресейдегі мекенжайы: {ADR:rus}.',
  '<a=kz.m>Жүргізуші {P:a:sg}, көлік нөмірі {PL:rul}, жұмысшыларды Мәскеу облысына тасыған.',
  '<a=kz.f b=kz.f.old>Әжесі {P:b:g} немересі {P:a:g} Түркиядан хабарласқанын айтты.',
  '<a=kz.f>Telegram-дағы {H:a:at} аккаунты арқылы {P:a:g:dat} жұмыс ұсынылған.',
  'Тінту {ADR:kk} мекенжайында {d} жүргізілді.',
  '<a=kz.f>{P:a:F}\nЖСН: {NID:iin:a}\nТуған күні: {DOB:a:dmy}\nТелефон: {PH:a}',
];

const KK_NEG: string[] = [
  '{f:court} {dl} үкім шығарды; іс бойынша {n:3:7} адам сотталды.',
  'Орталық Азиядағы адам саудасына қарсы аймақтық кеңес {d} Астанада өтті.',
  'Сенім телефоны: {f:hotline}. Қоңырау тегін.',
  'Іс ҚР Қылмыстық кодексінің 128-бабы бойынша қозғалды, СДТБ № {kui}.',
  'Жәбірленушілердің жасы — {n:17:19}–{n:25:29}.',
  'Келтірілген залал — {money}.',
  'Бас прокуратура Түркия Әділет министрлігіне құқықтық көмек туралы сұрау жіберді.',
];

/** Kazakh in Latin letters: written in Cyrillic here, the literal text is transliterated when the snippet is built. */
const KKL_POS: string[] = [
  '<a=kz.f>Жәбірленуші {P:a:g} Стамбұлға жұмысқа кеткен, төлқұжатын жұмыс беруші алып қойған.',
  '<a=kz.m>Күдікті {P:a:gs}, ЖСН {NID:iinbad:a}, {d} ұсталды.',
  '<a=kz.f>{P:a:gs} {DOB:a:loc} туған, мекенжайы: {ADR:kkl}.',
  '<a=kz.f>{P:a:g} {ADR:kkl_loc} тұрған.',
  '<a=kz.m>Байланыс телефоны: {PH:kz}, аты: {P:a:g}.',
  '<a=*.f>Туған күні: {DOB:a:dmonth}; төлқұжат: {PAS:kz}.',
  '<a=kz.m>Сот {P:a:f:acc} {n:6:12} жылға бас бостандығынан айырды.',
  '<a=*.f>{P:a:l} {time}\nмен жақсымын\n{P:a:l} {time}\nосы нөмірге жаз {PH:kz}',
  '<a=kz.f>Instagram парақшасы: {H:a:bare}; иесі — {P:a:gs}.',
  '<a=kz.m>{P:a:g:dat} {n:4:8} ай жалақы төленбеген.',
  '<a=kz.f>Анасы {P:a:gp} полицияға {d} жүгінді.',
];

const KKL_NEG: string[] = [
  '{f:court} {dl} үкім шығарды.',
  'Сенім телефоны: {f:hotline}.',
  'Орталық Азиядағы адам саудасы туралы баяндама {d} жарияланды.',
];

// ---------------------------------------------------------------------------------------------------------------
// Templates: Kyrgyz

const KY_POS: string[] = [
  '<a=ky.f>Жабырлануучу {P:a:g} Түркияга үй кызматчысы болуп иштөөгө кеткен, паспортун биринчи эле күнү алып коюшкан.',
  '<a=ky.f b=ky.m>{P:a:g:gen} айтымында, {P:b:gs} анын паспортун алып, «карызыңды төлөгөндө берем» деген.',
  '<a=ky.m>Айыпталуучу {P:a:f}, {DOB:a:loc} туулган, ПИН {NID:kgpin:a}, {ADR:ky} дарегинде катталган.',
  '<a=ky.f>{P:a:g} {ADR:ky_loc} жашаган эжесинин үйүнө качып барган.',
  '<a=ky.m>Күбө {P:a:s} сот жыйналышына келген жок.',
  '<a=ky.f>Кошуна {P:a:g} эже кызды акыркы жолу {d} көргөн.',
  '<a=ky.f.young>Кыздын туулган күнү: {DOB:a:long}.',
  '<a=ky.m>Айдоочу {P:a:gs}, унаасынын номери {PL:kg}, жумушчуларды Бишкектен Казакстанга ташыган.',
  '<a=ky.f>Ишеним телефонуна ({f:hotline}) чалган кыз өзүн {P:a:g} деп тааныштырды.',
  '<a=*.m>Акча {P:a:f:gen} атына ачылган картага ({CARD:elcart}) которулган.',
  '<a=ky.f>{P:a:l} {time}\nапа мен жакшымын\n{P:a:l} {time}\nбул номерге чалба, {PH:kg} ушуга жаз',
  '<a=tr.m>Иш берүүчү {P:a:gs}, дареги: {ADR:tr}, телефону {PH:tr}.',
  '<a=ky.m>Кыргыз Республикасынын жараны {P:a:F}, паспорту {PAS:kg}, Россиядан чыгарылган.',
  '<a=ky.f>Каракол шаарынан {P:a:gs:nom:shy} аттуу кыз {d} жоголгон.',
  '<a=ky.m>{P:a:g:dat} {n:4:10} ай бою айлык берилген эмес.',
  "<a=ky.f>Instagram'дагы {H:a:bare} баракчасы аркылуу кыздарды Дубайга чакырышкан.",
  '<a=ky.m>ПИН: {NID:kgpin:a}\nАты-жөнү: {P:a:F}\nТуулган жылы: {DOB:a:y}',
  '<a=ky.f b=ky.f>{P:b:g} {P:a:g:acc} Казан шаарына алып барып, кафеге сатып жиберген.',
  '<a=ky.f>Жабырлануучунун апасы {P:a:gp} ички иштер бөлүмүнө {d} кайрылды.',
  '<a=ky.f>Аялдын Россиядагы дареги: {ADR:rus}.',
  '<a=ky.m>Сот {P:a:f:acc} {n:8:15} жылга эркинен ажыратты.',
  '<a=ky.f>Паспорту: {PAS:kg}; туулган күнү: {DOB:a:dmy}; аты: {P:a:g}.',
  '<a=ky.m>{PH:kg} номери {P:a:f:gen} атына катталган.',
  "<a=ky.f>WhatsApp'тагы «{P:a:h}» деген байланыш ушул номерди колдонгон: {PH:kg}.",
  '<a=ky.m>«{P:a:nick}» деген лакап аты бар {P:a:g} кыздарды аэропорттон тосуп алчу.',
  '<a=kz.f>Казакстандык {P:a:gs} Бишкекте {ADR:ky} дарегинен табылган.',
  '<a=ky.m>{P:a:gs} {DOB:a:yh} туулган, үйлөнгөн, {n:2:4} баласы бар.',
  '<a=ky.f>Банк эсеби: {IBAN:kzlc}, ээси — {P:a:gs}.',
  '<a=ky.m>Шектүү {P:a:is} {d} кармалды.',
  '<a=ky.f>Кыздын Стамбулдагы дареги: {ADR:tr}.',
  '<a=ky.f b=ky.m>{P:b:g} {P:a:g:dat} Корея боюнча виза «жасап берем» деп {money} алган.',
  '<a=ky.f>{P:a:gs} {DOB:a:dmonth} жылы туулган, Ысык-Көл облусунан.',
  '<a=ky.m>Электрондук почтасы: {EM:a}; аты-жөнү: {P:a:gs}.',
  '<a=ky.f>Жатаканада аны «{P:a:nick}» деп чакырышчу, чыныгы аты — {P:a:g}.',
  '<a=ky.m>Телеграмдагы {H:a:at} аккаунтунун ээси {P:a:gs} экени аныкталды.',
  '<a=ky.f>Мекенжайы: {ADR:ky}; телефону: {PH:kg}.',
  'Тинтүү {ADR:ky} дарегинде {d} жүргүзүлдү.',
];

const KY_NEG: string[] = [
  '{f:court} {dl} өкүм чыгарды; соттолуучулар {n:7:12} жылга эркинен ажыратылды.',
  'Ишеним телефону {f:hotline} акысыз жана күнү-түнү иштейт.',
  'Борбор Азиядагы адам сатуу боюнча баяндама {d} Бишкекте жарыяланды.',
  'Кылмыш иши ЕРПП № {erpp} боюнча козголгон.',
  'Жабырлануучулардын жашы {n:16:18} менен {n:25:30} жаштын ортосунда.',
  'Зыяндын суммасы — {money}.',
  'Башкы прокуратура Түркиянын Адилет министрлигине сурам жөнөттү.',
  'Чек ара кызматы {d} Торугарт өткөрүү пунктунда {n:5:14} жаранды текшерди.',
];
// ---------------------------------------------------------------------------------------------------------------
// Templates: Uzbek

const UZ_POS: string[] = [
  "<a=uz.f>Jabrlanuvchi {P:a:g} Turkiyaga enaga bo'lib ishlash uchun ketgan, pasportini birinchi kuniyoq olib qo'yishgan.",
  '<a=uz.f b=uz.m>{P:a:g:gen} aytishicha, {P:b:gs} uning pasportini olib, «qarzingni uzsang, qaytaraman» degan.',
  "<a=uz.m>Ayblanuvchi {P:a:f}, {DOB:a:loc} tug'ilgan, JShShIR {NID:pinfl:a}, {ADR:uz} manzilida ro'yxatda turadi.",
  '<a=uz.f>{P:a:g} {ADR:uz_loc} yashovchi xolasinikiga qochib borgan.',
  '<a=uz.m>Guvoh {P:a:s} sud majlisiga kelmadi.',
  "<a=uz.f>Qo'shni {P:a:g} opa qizni oxirgi marta {d} kuni ko'rgan.",
  "<a=uz.m>Haydovchi {P:a:gs}, avtomashina raqami {PL:uz}, ishchilarni Toshkentdan Qozog'istonga olib borgan.",
  "<a=uz.f>Ishonch telefoniga ({f:hotline}) qo'ng'iroq qilgan ayol o'zini {P:a:g} deb tanishtirdi.",
  "<a=uz.m>Pul {P:a:f:gen} nomiga ochilgan Humo kartasiga ({CARD:humo}) o'tkazilgan.",
  "<a=uz.f>{P:a:l} {time}\nojon men yaxshiman\n{P:a:l} {time}\nbu raqamga qo'ng'iroq qilmang, {PH:uz} ga yozing",
  '<a=tr.m>Ish beruvchi {P:a:gs}, manzili: {ADR:tr}, telefoni {PH:tr}.',
  "<a=uz.f>JShShIR: {NID:pinflbad:a}\nF.I.Sh.: {P:a:F}\nTug'ilgan sanasi: {DOB:a:dmy}",
  "<a=uz.f>{P:a:gs:nom:shy} ismli qiz {d} dan beri bedarak yo'qolgan.",
  "<a=uz.m>{P:a:g:dat} {n:4:10} oy davomida ish haqi to'lanmagan.",
  '<a=uz.f>Instagramdagi {H:a:bare} sahifasi orqali qizlarni Dubayga taklif qilishgan.',
  '<a=uz.f b=uz.f>{P:b:g} {P:a:g:acc} Samarqanddan Olmaotaga olib borib, kafega sotib yuborgan.',
  '<a=uz.m>Sud {P:a:f:acc} {n:7:15} yilga ozodlikdan mahrum qildi.',
  "<a=uz.f>Xorijga chiqish pasporti: {PAS:uz}; tug'ilgan sanasi: {DOB:a:dmy}; ismi: {P:a:g}.",
  "<a=uz.m>{PH:uz} raqami {P:a:f:gen} nomiga ro'yxatdan o'tgan.",
  '<a=uz.f>Telegramdagi «{P:a:h}» kontakti shu raqamdan foydalangan: {PH:uz}.',
  '<a=uz.m>«{P:a:nick}» laqabli {P:a:g} qizlarni aeroportda kutib olgan.',
  "<a=uz.m>{P:a:gs} {DOB:a:yh} tug'ilgan, uylangan, {n:2:4} nafar farzandi bor.",
  "<a=ko.f>{P:a:gs} Koreyaga ishlash uchun ketgan, chet ellik ro'yxat raqami {NID:arc:a}.",
  '<a=uz.f>Onasi {P:a:gp} IIBga {d} kuni murojaat qildi.',
  '<a=uz.m>Gumonlanuvchi {P:a:is} {d} kuni ushlandi.',
  '<a=uz.f>Rossiyadagi manzili: {ADR:rus}; telefoni: {PH:ru}.',
  "<a=uz.f>{P:a:F}\nJShShIR {NID:pinfl:a}\nTug'ilgan: {DOB:a:dmonth} yil",
  '<a=uz.m b=uz.f>{P:a:g} {P:b:g:dat} «Koreyaga viza qilib beraman» deb {money} olgan.',
  '<a=uz.f>Qizning Istanbuldagi manzili: {ADR:tr}.',
  '<a=uz.m>Elektron pochtasi: {EM:a}; F.I.Sh.: {P:a:f}.',
  '<a=uz.f>Yotoqxonada uni «{P:a:nick}» deb chaqirishardi, asl ismi — {P:a:g}.',
  '<a=uz.m>Telegramdagi {H:a:at} akkaunti egasi {P:a:gs} ekani aniqlandi.',
  '<a=uz.f>Manzili: {ADR:uz}; telefoni: {PH:uz}.',
  "Tintuv {ADR:uz} manzilida {d} kuni o'tkazildi.",
  '<a=uz.f>{P:a:lsg} — Facebookdagi profil nomi shunday yozilgan.',
];

const UZ_NEG: string[] = [
  '{f:court} {dl} kuni hukm chiqardi; sudlanuvchilar {n:5:10} yilga ozodlikdan mahrum qilindi.',
  'Ishonch telefoni {f:hotline} bepul va kecha-kunduz ishlaydi.',
  "Markaziy Osiyoda odam savdosiga qarshi kurash bo'yicha hisobot {d} Toshkentda taqdim etildi.",
  "Jinoyat ishi {case} raqami bilan qo'zg'atilgan.",
  'Jabrlanuvchilarning yoshi {n:16:18} dan {n:24:30} gacha.',
  'Zarar miqdori — {money}.',
  "Bosh prokuratura Turkiya Adliya vazirligiga huquqiy yordam so'rovi yubordi.",
];

const UZC_POS: string[] = [
  '<a=uz.f>Жабрланувчи {P:a:g} Дубайга ишлаш учун кетган.',
  '<a=uz.m>Айбланувчи {P:a:f}, {DOB:a:loc} туғилган, ЖШШИР {NID:pinfl:a}.',
  '<a=uz.f>{P:a:g} {ADR:uzc_loc} яшовчи холасиникига қочиб борган.',
  '<a=uz.f>Қўшни {P:a:g} опа қизни охирги марта {d} куни кўрган.',
  '<a=uz.m>Пул {P:a:f:gen} номига очилган UzCard картасига ({CARD:uzcard}) ўтказилган.',
  '<a=uz.f>{P:a:gs} исмли аёл ишонч телефонига қўнғироқ қилди, рақами {PH:uz}.',
  '<a=uz.m>ЖШШИР: {NID:pinflbad:a}; Ф.И.Ш.: {P:a:F}; манзил: {ADR:uzc}.',
  '<a=uz.m>Суд {P:a:f:acc} {n:7:15} йилга озодликдан маҳрум қилди.',
  '<a=uz.f>{P:a:h} {DOB:a:yh} туғилган, турмушга чиқмаган.',
  '<a=uz.m>Ҳайдовчи {P:a:gs}, автомашина рақами {PL:uz}.',
  '<a=uz.f>Онаси {P:a:gp} ички ишлар бўлимига {d} куни мурожаат қилди.',
];

const UZC_NEG: string[] = [
  '{f:court} {dl} куни ҳукм чиқарди.',
  'Ишонч телефони {f:hotline} бепул ишлайди.',
  'Марказий Осиёда одам савдосига қарши кураш бўйича ҳисобот {d} эълон қилинди.',
];
// ---------------------------------------------------------------------------------------------------------------
// Templates: Tajik

const TG_POS: string[] = [
  '<a=tj.f>Ҷабрдида {P:a:g} ба Туркия барои парасторӣ рафта буд, вале шиносномаашро дар рӯзи аввал гирифтанд.',
  '<a=tj.f b=tj.m>Ба гуфтаи {P:a:g}, {P:b:gs} шиносномаи ӯро гирифта, гуфтааст: «То қарзатро надиҳӣ, намедиҳам».',
  '<a=tj.m>Айбдоршаванда {P:a:f}, {DOB:a:long} таваллуд шудааст, РМА {NID:tjinn:a}, дар суроғаи {ADR:tg} зиндагӣ мекунад.',
  '<a=tj.f>{P:a:g} ба хонаи холааш, ки дар {ADR:tg_loc} зиндагӣ мекунад, гурехтааст.',
  '<a=tj.m>Шоҳид {P:a:s} ба ҷаласаи суд наомад.',
  '<a=tj.f>Ҳамсоя {P:a:g} духтарро бори охир {d} дидааст.',
  '<a=tj.m>Ронанда {P:a:gs}, мошин бо рақами {PL:tj}, коргаронро аз Хуҷанд ба Қазоқистон бурдааст.',
  '<a=tj.f>Ба хати боварӣ ({f:hotline}) зане занг зад ва худро {P:a:g} муаррифӣ кард.',
  '<a=*.m>Пул ба корти {CARD:any}, ки ба номи {P:a:f} сабт шудааст, интиқол дода шуд.',
  '<a=tj.f>{P:a:l} {time}\nочаҷон ман хубам\n{P:a:l} {time}\nба ин рақам занг назанед, ба {PH:tj} нависед',
  '<a=tj.f>{P:a:gs:acc} дар Истанбул ёфтанд.',
  '<a=tj.m>{P:a:gs} {DOB:a:soli} таваллуд шудааст.',
  '<a=tj.f>Шиносномаи хориҷӣ: {PAS:tj}; санаи таваллуд: {DOB:a:dmy}; ном: {P:a:g}.',
  '<a=tj.m>Суд {P:a:f:acc} ба {n:8:15} соли маҳрумият аз озодӣ ҳукм кард.',
  '<a=tj.f>Модараш {P:a:gp} ба милиса {d} муроҷиат кард.',
  '<a=tj.m>Рақами {PH:tj} ба номи {P:a:f} сабт шудааст.',
  '<a=tj.f>Дар Instagram саҳифаи {H:a:bare} духтаронро ба Дубай даъват мекард.',
  '<a=tj.m>{P:a:g} бо лақаби «{P:a:nick}» духтаронро дар фурудгоҳ пешвоз мегирифт.',
  '<a=tj.f>{P:a:h} соли {DOB:a:y} таваллуд шудааст.',
  '<a=af.m>Шаҳрванди Афғонистон {P:a:gs} бо шиносномаи {PAS:af} дастгир шуд.',
  '<a=tj.m>Муҳоҷир {P:a:F}, ки дар Русия дар суроғаи {ADR:rus} зиндагӣ мекард, ба ватан баргардонида шуд.',
  '<a=tj.f>{P:a:gs:nom:shy} аз {d} бедарак аст.',
  '<a=tj.m>Милиса {P:a:g:acc} дар фурудгоҳи Душанбе боздошт кард.',
  '<a=tj.f>Суроғаи зисти ҷабрдида: {ADR:tg}. Телефон: {PH:tj}.',
  '<a=tj.m>Корфармо {P:a:is} музди меҳнатро {n:5:9} моҳ пардохт накардааст.',
  '<a=tj.f>Почтаи электронии {P:a:g}: {EM:a}.',
  '<a=tj.m b=tr.m>Ҳисоби бонкӣ барои «қарз»: {IBAN:trlc}, соҳиби ҳисоб — {P:b:gs}.',
  '<a=tj.f b=tj.f>{P:b:g} {P:a:g:acc} ба Маскав бурда, ба соҳиби сауна фурӯхт.',
  '<a=tj.m>Шаҳрванди Тоҷикистон {P:a:F}, шиноснома {PAS:tj}, аз Русия ихроҷ шудааст.',
  '<a=tj.m>Номи корбарии {P:a:g} дар Telegram: {H:a:at}.',
  '<a=tj.f>{P:a:gs}, санаи таваллуд {DOB:a:dmonth}, аз ноҳияи Ашт.',
  '<a=tj.m b=tj.f>{P:a:g} ба {P:b:g} ваъда дод, ки дар Корея кор меёбад, ва {money} гирифт.',
  '<a=tj.f>Суроғаи ӯ дар Истанбул: {ADR:tr}.',
  'Кофтуков дар суроғаи {ADR:tg} {d} гузаронида шуд.',
  '<a=tj.m>Ӯро дар хобгоҳ «{P:a:nick}» меномиданд, номи аслиаш — {P:a:g}.',
  '<a=tj.f>{P:a:F}\nРМА: {NID:tjinn:a}\nСанаи таваллуд: {DOB:a:dmy}\nТелефон: {PH:a}',
];

const TG_NEG: string[] = [
  '{f:court} {dl} ҳукм баровард; айбдорон ба {n:6:12} соли маҳрумият аз озодӣ маҳкум шуданд.',
  'Хати боварӣ {f:hotline} ройгон ва шабонарӯзӣ кор мекунад.',
  'Гузориш дар бораи савдои одамон дар Осиёи Марказӣ {d} дар Душанбе муаррифӣ шуд.',
  'Парвандаи ҷиноятӣ № {case} оғоз шудааст.',
  'Синну соли ҷабрдидагон аз {n:16:18} то {n:25:30} сола аст.',
  'Зарари расонидашуда — {money}.',
  'Прокуратураи генералӣ ба Вазорати адлияи Туркия дархости ёрии ҳуқуқӣ фиристод.',
  'Намояндагони СБМ ва САҲА {d} дар Хуҷанд семинар барои кормандони милиса гузаронид.',
];
// ---------------------------------------------------------------------------------------------------------------
// Templates: Turkish

const TR_POS: string[] = [
  '<a=az.m>{PL:az} plakalı Azerbaycan aracı sınırda durduruldu; sürücü {P:a:gs}.',
  '<a=az.m>{PL:az} plakalı Azerbaycan aracı sınırda durduruldu; sürücü {P:a:gs}.',
  "<a=uz|tm|ky|kz.f>Mağdur {P:a:g}, İstanbul'a bakıcı olarak çalışmak için gelmiş; pasaportu ilk gün elinden alınmış.",
  '<a=tm.f b=tr.m>{P:a:g:gen} ifadesine göre {P:b:gs} pasaportunu alıp «borcunu ödeyince veririm» demiş.',
  '<a=tr.m>Şüpheli {P:a:gs}, {DOB:a:dmy} doğumlu, T.C. Kimlik No: {NID:tc:a}, {ADR:tr} adresinde ikamet ediyor.',
  '<a=*.f>{P:a:g}, {ADR:tr_loc} oturan bir tanıdığının evine kaçmış.',
  '<a=tr.m>Tanık {P:a:s} duruşmaya gelmedi.',
  '<a=tr.f>Komşu {P:a:g} Hanım kızı en son {d} tarihinde görmüş.',
  '<a=tr.m>Minibüs şoförü {P:a:gs}, {PL:tr} plakalı araçla işçileri her sabah seraya götürüyordu.',
  '<a=*.f>157 YİMER hattını arayan kadın kendini {P:a:g} olarak tanıttı.',
  '<a=*.m>Para, {P:a:gs:gen} adına açılmış {IBAN:trlc} numaralı hesaba gönderilmiş.',
  '<a=*.f>{P:a:l} {time}\nabla ben iyiyim merak etme\n{P:a:l} {time}\nbu numarayı arama, {PH:tr} numarasına yaz',
  '<a=tm.f>Türkmenistan vatandaşı {P:a:F}, pasaport no {PAS:tm}, sınır dışı edildi.',
  '<a=*.f>{P:a:gs:nom:shy} adlı kadından {d} tarihinden beri haber alınamıyor.',
  '<a=*.m>{P:a:g:dat} {n:4:10} ay boyunca maaş ödenmemiş.',
  "<a=*.f>Instagram'daki {H:a:bare} hesabı üzerinden kızlara Dubai'de iş teklif ediliyordu.",
  "<a=uz.f b=~a.f>{P:b:g}, {P:a:g:acc} Antalya'ya getirip bir bara satmış.",
  '<a=tr.m>Mahkeme {P:a:gs:acc} {n:8:15} yıl hapis cezasına çarptırdı.',
  '<a=*.f>Pasaport no: {PAS:a}; doğum tarihi: {DOB:a:dmy}; adı: {P:a:g}.',
  '<a=*.m>{PH:a} numaralı hat {P:a:gs:gen} adına kayıtlı.',
  "<a=*.f>WhatsApp'taki «{P:a:g}» kişisi şu numarayı kullanmış: {PH:a}.",
  '<a=tr.m>«{P:a:nick}» lakaplı {P:a:gs} kızları havalimanında karşılıyordu.',
  '<a=tr.m>{P:a:gs} {DOB:a:y} doğumlu, evli ve {n:2:4} çocuk babası.',
  '<a=*.f>{P:a:g} {DOB:a:yh} doğdu, {n:17:19} yaşında evden ayrıldı.',
  '<a=uz|tm|kz|ky|az.f>Yabancı kimlik no: {NID:yknbad:a}\nAdı Soyadı: {P:a:gS}\nUyruğu: {cit:a}',
  '<a=tr.m>Sanık {P:a:gs}, T.C. kimlik numarası {NID:tcbad:a}, tutuklandı.',
  "<a=*.f>Mağdurenin Rusya'daki adresi: {ADR:rus}.",
  "<a=md.f>Moldova vatandaşı {P:a:gs}, IDNP {NID:idnp:a}, Türkiye'ye turist vizesiyle girmiş.",
  '<a=az.m>Azerbaycan vatandaşı {P:a:gs} ({PH:az}) kadınları Bakü üzerinden getiriyordu.',
  '<a=tr.f>Ev sahibi {P:a:gs} Hanım, kiracıların pasaportlarını kasada tutuyordu.',
  "<a=tm.m>{P:a:gs}, {DOB:a:loc} Daşoguz'da doğdu.",
  '<a=*.m>Kiralık araç {PL:tr}, {P:a:gs:gen} üzerine kayıtlı.',
  "<a=ky.f>Kırgız uyruklu {P:a:g}, {DOB:a:dmy} doğumlu, Bayrampaşa'da bir atölyede çalışıyordu.",
  'Arama, {ADR:tr} adresinde {d} tarihinde yapıldı.',
  '<a=*.m>Kira, {P:a:gs:gen} {IBAN:tr} numaralı hesabına yatırılıyordu.',
  '<a=*.f>E-posta: {EM:a}; telefon: {PH:a}; adres: {ADR:tr}.',
  '<a=tr.m>Sanık {P:a:S} hakkında yakalama kararı çıkarıldı.',
  '<a=uz.m>Özbek işçi {P:a:g}, tekstil atölyesinde günde {n:14:16} saat çalıştırıldığını söyledi.',
  "<a=tr.m b=*.f>{P:a:g} Bey, {P:b:g:acc} «kafede garsonluk» diye Alanya'ya götürmüş.",
  '<a=*.f>Mağdurun doğum tarihi pasaportta {DOB:a:dmon} olarak yazılı.',
  "<a=ar.m>Dubai'deki işveren {P:a:gs}, adres {ADR:ae}, telefon {PH:ae}.",
  '<a=*.m>Telegram kullanıcı adı {H:a:bareu}; gerçek adı {P:a:gs}.',
  "<a=tm.f>{P:a:lsg} — Instagram'daki profil adı bu şekilde.",
  '<a=*.f>{P:a:g:gen} annesi {d} tarihinde konsolosluğa başvurdu.',
];

const TR_NEG: string[] = [
  '{f:court} {dl} tarihinde karar verdi; sanıklar {n:5:12} yıl hapis cezasına çarptırıldı.',
  'Dosya No: {case}; duruşma {dl} tarihine ertelendi.',
  '157 YİMER hattı haftanın yedi günü 24 saat hizmet veriyor.',
  "Orta Asya'dan gelen göçmen işçilerin sayısı {n:2019:2023} yılında {pct} arttı.",
  'Mağdurların yaşları {n:16:18} ile {n:25:33} arasında.',
  'Zarar miktarı {money} olarak belirlendi.',
  'Cumhuriyet Başsavcılığı, Özbekistan Başsavcılığına adli yardım talebi gönderdi.',
  "{flight} sefer sayılı uçak {d} tarihinde Taşkent'ten İstanbul'a indi.",
  'Göç İdaresi Başkanlığı {n:2021:2023} yılında {n:300:900} insan ticareti mağduru tespit etti.',
  'Antalya Valiliği ve IOM {d} tarihinde ortak bir eğitim düzenledi.',
  'Konsolosluk, {d} tarihinde {n:12:30} vatandaşın dönüşünü sağladı.',
  'Emniyet müdürü ve il göç müdürü basın toplantısı düzenledi.',
];
// ---------------------------------------------------------------------------------------------------------------
// Assembly, checks and output

const PLAN: { orth: Orth; pos: string[]; neg: string[]; nPos: number; nNeg: number }[] = [
  { orth: 'ru', pos: RU_POS, neg: RU_NEG, nPos: 180, nNeg: 30 },
  { orth: 'en', pos: EN_POS, neg: EN_NEG, nPos: 112, nNeg: 20 },
  { orth: 'kk', pos: KK_POS, neg: KK_NEG, nPos: 40, nNeg: 7 },
  { orth: 'kkl', pos: KKL_POS, neg: KKL_NEG, nPos: 14, nNeg: 3 },
  { orth: 'ky', pos: KY_POS, neg: KY_NEG, nPos: 48, nNeg: 9 },
  { orth: 'uz', pos: UZ_POS, neg: UZ_NEG, nPos: 40, nNeg: 7 },
  { orth: 'uzc', pos: UZC_POS, neg: UZC_NEG, nPos: 14, nNeg: 3 },
  { orth: 'tg', pos: TG_POS, neg: TG_NEG, nPos: 48, nNeg: 9 },
  { orth: 'tr', pos: TR_POS, neg: TR_NEG, nPos: 54, nNeg: 12 },
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

/**
 * The name and street pools share no entry with the eleventh batch's pools (read from its generator's source: every
 * `words(...)` entry, both spellings, and every quoted literal such as diminutives), nor with the examples the issue
 * gives. Throws with a count only; set HELDOUT_DEBUG=1 to list the clashes.
 */
function assertNewPools(): void {
  const src = readFileSync(join(__dirname, 'generate-anonymizer-heldout-11.ts'), 'utf8');
  const old = new Set<string>();
  const add = (x: string) => {
    const t = x
      .replace(/_/g, ' ')
      .replace(/\/[mf]$/, '')
      .trim();
    if (t) old.add(t.toLowerCase());
  };
  for (const m of src.matchAll(/words\(\s*[`']([^`']*)[`']\s*\)/g))
    for (const tok of m[1].split(/\s+/)) for (const part of tok.split('=')) add(part);
  for (const m of src.matchAll(/'([^'\n]{2,60})'/g)) add(m[1]);
  for (const example of ['Гульнара', 'Dilfuza', 'Karimova', 'Shahnoza', 'Сатпаева', 'Ленин', 'Ленина']) add(example);
  const mine: string[] = [];
  for (const eth of Object.keys(NAMES) as Eth[])
    for (const key of ['m', 'f', 's'] as const)
      for (const entry of NAMES[eth][key]) {
        mine.push(entry);
        const cyr = CYR_OF.get(entry);
        if (cyr) mine.push(cyr);
      }
  mine.push(...Object.values(DIMINUTIVE));
  const streets = [
    ...[RU_ST, RU_ADJ, RU_PR, RU_MKR, RUS_ST, RU_TASH, KK_ST, KK_AVE, KK_MKR, KY_ST, KY_MKR, UZ_ST, UZ_MAH],
    ...[TG_ST, TG_AVE, TR_MAH, TR_SOK, TR_CAD, AE_BLDG, AE_ROAD, KR_ROAD, KR_ROAD_HANGUL, PL_ST, PL_AL, PL_OS],
    ...[MD_ST, EN_ST, EN_MKR],
  ].flat();
  mine.push(...streets, ...streets.map((st) => kkLatin(st)), ...UZ_ST.map((st) => uzToCyr(st)));
  const clash = [...new Set(mine.filter((x) => old.has(x.replace(/_/g, ' ').trim().toLowerCase())))];
  if (clash.length) {
    if (process.env.HELDOUT_DEBUG) console.error(clash.join('\n'));
    throw new Error(`${clash.length} name or street entries are the eleventh batch's (or the issue's examples)`);
  }
}

function main(): void {
  assertNewPools();
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
        id: `heldout12-${lang}-${pad(i + 1, 3)}`,
        language: lang,
        script: LATIN_ORTHS.includes(d.orth) ? 'latin' : 'cyrillic',
        text: d.text,
        spans: d.spans,
      });
    });
  }

  const out = join(__dirname, '..', 'test', 'fixtures', 'anonymizer-heldout-12.jsonl');
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
