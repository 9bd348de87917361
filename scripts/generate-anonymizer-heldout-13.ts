/**
 * Thirteenth held-out anonymizer batch: writes test/fixtures/anonymizer-heldout-13.jsonl.
 * Written without looking at the anonymizer's rules, lists, specs or data, or at any batch's fixture: only the
 * twelfth batch's generator machinery (random source, transliteration and inflection helpers, check-digit helpers,
 * template engine, offset checks and output) and its labelling rules are reused, with a new seed. The sentences,
 * situations, document kinds, name pools, nickname pools, street and place pools and filler pools are all new;
 * `assertNewPools` checks at every run that no name, nickname or street entry is one of the twelfth batch's (read
 * from its generator) nor one of the issue's examples.
 * New here: police reports, hotline logs, shelter intake forms, verdict excerpts, bank statements, messenger exports,
 * passenger manifests, recruitment adverts, labour inspection acts and appeals; Karakalpak given names and surnames
 * (in the Uzbek pool), Dungan names (in the Uyghur pool), Koryo-saram surnames; Chinese addresses in pinyin and in
 * Hanzi, Russian addresses inside Russia with the house first ("доме 5 по улице …"), Kazakh "-дағы …-үйдің
 * …-пәтерінде", Kyrgyz "-дөгү …-үйдө", Uzbek "-dagi …-uyning …-xonadonida", Tajik "ҳуҷраи …-и хонаи …-и кӯчаи …".
 *
 * Every snippet is assembled from a sentence template; offsets are counted while the text is built and checked
 * again afterwards (`text.slice(start, end)` must equal the inserted value, or the script throws).
 *
 * Template syntax (the twelfth batch's engine)
 *   <a=kz|ky.f b=~a.f.old>   optional cast header: role = ethnicities (`*` = the language's usual mix, `~a` = role
 *                            a's) . gender (m, f, *) [. minor | young | old].
 *   [[x|y|z]]                literal alternatives.
 *   {P:a:form:case[:shy]}    PERSON, role a; forms f gs sg gps gp g s si is S F gS l ls lsg lf h nick dim gI air LAT.
 *   {PH:kz} {PH:a} {EM:a} {NID:a} {NID:kind:a} {PAS:rus} {CARD:humo} {IBAN:pl} {IBAN:kzlc} {ADR:ru_v} {DOB:a:roman}
 *   {PL:rul} {H:a:bare}      the other labelled types; new address styles here: rus_v (Russia, house first), cn
 *                            (pinyin), cnh (Hanzi).
 *   {g:a:male|female} {f:pool} {cit:a} {d} {dl} {ds} {n:lo:hi} {money} {case} {time} {pct} {mask} {flight} {kui}
 *   {erpp} {uid} {ctrl} {mtcn} {tkt} {pnr} {krs} {lic}   unlabelled fillers.
 *   Upper-case placeholder codes are labelled spans; lower-case codes never are.
 *
 * Labelling rules (the eleventh batch's, as copied into the twelfth)
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
 *   register numbers, sums, ages, short hotline numbers and positions are never labelled; about ninety snippets
 *   hold nothing but those.
 *
 * Usage: npx tsx scripts/generate-anonymizer-heldout-13.ts
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

const rand = mulberry32(0x13c0ffee);
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
// Every pool is new to this batch: `assertNewPools` below checks that no entry is one of the twelfth batch's.
// Many given names are rare for the region on purpose: old Russian names, rare Kazakh, Kyrgyz, Uzbek, Tajik and
// Turkmen names, Karakalpak names (in the Uzbek pool), Dungan and Uyghur names (in the Uyghur pool), Koryo-saram
// surnames in Cyrillic, Korean and Chinese romanisations, Emirati, Polish and Moldovan names.

const NAMES: Record<Eth, { m: string[]; f: string[]; s: string[] }> = {
  ru: {
    m: words(`Вениамин Всеволод Елисей Ермолай Святослав Прохор Фрол Феликс Ростислав Мстислав Никанор Парфён
      Тихон Аким Зиновий Велимир Изяслав Любим Ждан Евграф Капитон Пантелей Авдей Агафон Архип Ксенофонт Мартын
      Пимен Самсон Фадей Ювеналий Елизар`),
    f: words(`Аглая Ангелина Василиса Дарина Ефросинья Жанна Забава Зинаида Изольда Каролина Любава Маргарита
      Пелагея Раиса Снежана Таисия Ульяна Феврония Христина Юлиана Ярослава Прасковья Олимпиада
      Фёкла Домна Капитолина Лукерья Марфа Нонна`),
    s: words(`Архипов Бочаров Волков Грачёв Дьячков Ермаков Журавлёв Зуев Ильин Калинин Лаптев Мальцев Носков
      Осипов Прохоров Рогов Сорокин Третьяков Устинов Фомин Хохлов Цветков Чижов Шестаков Щукин Ягодин Аверьянов
      Бобров Виноградов Гущин Денисов Ефремов Жуков Карпов Лебедев Мясников Некрасов Орлов Пестов Рыбаков
      Смирнитский Тучков Ушаков Вознесенский`),
  },
  ua: {
    m: words('Богдан Тарас Остап Лукиян Зеновий Ярема Северин'),
    f: words('Оксана Соломия Богдана Зоряна Христя Мотря Олеся'),
    s: words(`Ткаченко Бондаренко Шевчук Коваль Мельничук Гнатюк Литвиненко Процюк Савчук Стасюк Тимошенко
      Карпенко Ничипорук Юрчишин`),
  },
  ko: {
    m: [],
    f: [],
    s: words('Югай Огай Когай Хегай Мин Тен Шек Сон Кан Хан Шин Чагай Пегай'),
  },
  kz: {
    m: words(`Абылайхан Бейбарыс Дәурен Елдос Жандос Зейнолла Ілияс Қуаныш Мағжан Нұржан Оңласын Рақымжан
      Сағындық Тұрсынбек Төлеген Шерхан Ысқақ Әлішер Ерасыл Кенжеғали Мұхтар Сырым Досжан Жарылқасын Бексұлтан
      Ақжол Бауыржан Қасымхан`),
    f: words(`Айгерім Аружан Ботагөз Гүлмира Динара Жансая Ләззат Мөлдір Назерке Раушан Салтанат
      Ұлжан Фариза Шолпан Әсем Ақмарал Баян Жібек Қарлығаш Меруерт Нағима Сымбат Томирис Ақерке Айзере Дана
      Ақбота`),
    s: words(`Абенов Бекмұханбетов Ғабдуллин Дүйсенов Есімов Жақыпов Ізбасаров Қасымов Мұқанов Нұрланов Оспанов
      Рахымжанов Сейітов Тұрсынов Үсенов Шәріпов Ыдырысов Әлімжанов Бекетов Досмұхамбетов Жүсіпов Кенжебеков
      Мырзахметов Сүлейменов Тәшенов Омаров Ахметжанов`),
  },
  ky: {
    m: words(`Азамат Бакыт Даниярбек Жолдошбек Исмаил Канатбек Күмүшбек Медербек Нурлан Өмүрбек Садыр Талант
      Улан Эмил Эрмек Алмазбек Бектемир Жээнбек Кубанычбек Мелис Нурбек Ормон Самат Үсөнбай Чыңгыз Шайлообек`),
    f: words(`Айжамал Бурул Гүлзат Жылдыз Замира Кымбат Мээрим Назгүл Өмүркан Сезим Таттыгүл Урмат Чолпон
      Элнура Асел Бермет Венера Динара Жаңылай Какей Майрамкан Нурайым Санжар Тилек Уулкан Акмоор`),
    s: words(`Абдыкадыров Бакиров Дооронбеков Жээнбеков Исаков Кадыров Мамбетов Насыров Осмонов Рысбеков
      Султанбеков Токтогулов Үмөталиев Чыныбаев Шабданов Эркинбаев Алымкулов Бообеков Жумалиев Кенешов Мусаев
      Орозалиев Сатыбалдиев Турдубаев Чолпонбаев`),
  },
  uz: {
    m: words(`Shoislom Mirolim Ixtiyor Javlonbek Xurshidbek Sherzod Alisher Behruz Diyorbek Firdavs G'ayrat
      Husniddin Ilhom Jasurbek Mirzohid Nodirbek Otabek Ravshan Sardor Temurmalik Ulug'bek Xusan Yunusali
      Zokirjon Abbos Allanazar Jaqsiliq Orinbay Sarsenbay Tolibboy`),
    f: words(`Aziza Barno Charos Dilnoza Feruza Gavhar Hilola Iroda Kamola Lobar Malika Nilufar Oygul Robiya
      Sevara Shahlo Umida Xurshida Yulduz Zulfiya Mohinur Nargiza Durdona Sitora Ayimxan Gulshiyra Sarbinaz
      Bibiroza Oysuluv`),
    s: words(`Abdullayev Boboyev Ergashev Fozilov G'aniyev Haydarov Ibragimov Jo'rayev Mahmudov
      Nurmatov Oripov Qodirov Rustamov Sodiqov To'xtayev Umarov Xolmatov Yusupov Zokirov Allamuratov Seytmuratov
      Qallibekov Esemuratov Rahmonqulov Normatov`),
  },
  tj: {
    m: words(`Абдураҳмон Бобоҷон Даврон Исмоил Ҷамшед Кароматулло Манучеҳр Насим Олимҷон Парвиз Рустам
      Сафарбек Толиб Умед Фаррух Хуршед Шоҳрух Ҳасан Ёрмаҳмад Зафар Меҳроб Сорбон Фирдавс Шералӣ Амонулло`),
    f: words(`Бунафша Гулчеҳра Дилнавоз Зулайхо Иқбол Меҳрангез Нигора Озода Паризод Рухсора Самира
      Таҳмина Фарангис Хуршеда Шабнам Ҳилола Мунира Нозанин Сабрина Гулбаҳор Мавлуда Ситора Фарзона Шаҳзода`),
    s: words(`Абдуллоев Бобоев Давлатов Ёқубов Зиёев Исмоилов Камолов Мирзоев Назриев Олимов Раҷабов Саидзода
      Тошев Усмонов Фозилов Хоҷаев Шарипов Ҳайдаров Ҷалилов Қурбонов Бахтиёрзода Наимзода Рустамзода Давлатзода`),
  },
  ug: {
    m: words(`Абдувели Илхам Кадыржан Мухтар Пархат Рашидин Тахир Эркин Ясын Кахар Нурахмет Ахмаджан Юсуп
      Ясыр Хусе Вахаз Имар Мансуза`),
    f: words(`Айнагуль Гульнисахан Зухра Мадина Нурбия Рахила Сайрагуль Хаджиям Шахида Айгуль Мухаббат Ажар
      Фатима Айша Зейнаб`),
    s: words(`Абдурахманов Бахтиев Джалилов Иминов Касымов Мамедов Нуриев Рахимов Сайтов Хамитов Юлдашев
      Ванахун Масанчи Шимаров Мустафаев Дауров Ясыров Хасанов Мусуров`),
  },
  tm: {
    m: words(`Annamyrat=Аннамурат Begenç=Бегенч Döwlet=Довлет Gylyç=Гылыч Hojamyrat=Ходжамурат Kemal=Кемаль
      Maksat=Максат Nury=Нуры Öwez=Овез Perhat=Перхат Resul=Ресул Serdar=Сердар Tirkiş=Тиркиш Ýusup=Юсуп
      Arslan=Арслан Döwletmyrat=Довлетмурат Agamyrat=Агамурат`),
    f: words(`Aýna=Айна Bossan=Боссан Ogulşat=Огулшат Enejan=Энеджан Gözel=Гозель Jemal=Джемаль Kumuş=Кумуш Leýli=Лейли
      Maral=Марал Nazly=Назлы Oguljemal=Огулджемал Sona=Сона Tylla=Тылла Gülşirin=Гюльширин Gülnabat=Гюльнабат
      Ogulnabat=Огулнабат`),
    s: words(`Annaýew=Аннаев Berdiýew=Бердыев Durdyýew=Дурдыев Garaýew=Караев Hojaýew=Ходжаев Kakaýew=Какаев
      Meredow=Мередов Nepesow=Непесов Orazow=Оразов Rejepow=Реджепов Saparow=Сапаров Tagançow=Таганчов
      Ussaýew=Уссаев Ýagşymyradow=Ягшимурадов Geldiýew=Гелдиев`),
  },
  tr: {
    m: words(`Anıl=Анил Bora=Бора Cem=Джем Koray=Корай Emre=Эмре Fatih=Фатих Gökhan=Гёкхан Hakan=Хакан
      İlker=Илькер Kerem=Керем Levent=Левент Murat=Мурат Onur=Онур Serkan=Серкан Tolga=Толга Uğur=Угур
      Volkan=Волкан Yiğit=Йигит Zafer=Зафер Barış=Барыш Oğuz=Огуз`),
    f: words(`Ayşe=Айше Buse=Бусе Sevgi=Севги Derya=Дерья Elif=Элиф Gizem=Гизем Hülya=Хюлья İpek=Ипек
      Melek=Мелек Nur=Нур Özlem=Озлем Pınar=Пынар Selin=Селин Tuba=Туба Ümran=Юмран Yeliz=Елиз Zeynep=Зейнеп
      Burcu=Бурджу`),
    s: words(`Aksoy=Аксой Bulut=Булут Çelik=Челик Demir=Демир Erdem=Эрдем Güneş=Гюнеш Kaplan=Каплан Koç=Коч
      Özdemir=Оздемир Polat=Полат Şahin=Шахин Tekin=Текин Uçar=Учар Yavuz=Явуз Aydın=Айдын Bozkurt=Бозкурт
      Cengiz=Дженгиз Doğan=Доган Kılıç=Кылыч Yıldırım=Йылдырым`),
  },
  az: {
    m: words(`Rəşad=Рашад Tural=Турал Orxan=Орхан Elnur=Эльнур Vüqar=Вугар Kamran=Камран Elvin=Эльвин
      Fərid=Фарид`),
    f: words('Günay=Гюнай Səbinə=Сабина Ülviyyə=Ульвия Aysel=Айсель Nərmin=Нармин Könül=Кёнуль Leyla=Лейла'),
    s: words(`Əliyev=Алиев Quliyev=Гулиев Hüseynov=Гусейнов Məmmədov=Мамедов Rzayev=Рзаев İsmayılov=Исмайлов
      Abbasov=Аббасов Cəfərov=Джафаров Nəsibov=Насибов Qasımov=Гасымов`),
  },
  af: {
    m: words(`Ahmad_Shah=Ахмад_Шах Bashir=Башир Ghulam=Гулам Habib=Хабиб Karim=Карим Mustafa=Мустафа
      Noorullah=Нурулла Samiullah=Самиулла Wahid=Вахид Zabihullah=Забихулла`),
    f: words(`Fereshta=Фереште Freshta=Фрешта Laila=Лайла Mursal=Мурсал Parwana=Парвана Shabana=Шабана
      Zarghona=Заргуна Hosai=Хосай`),
    s: words(`Ahmadzai=Ахмадзай Durrani=Дуррани Hotak=Хотак Karimi=Карими Noori=Нури Popal=Попал Safi=Сафи
      Stanikzai=Станикзай Wardak=Вардак`),
  },
  kr: {
    m: words(`Dong-hyun=Тон_Хён Jun-ho=Чжун_Хо Min-jae=Мин_Чже Sang-woo=Сан_У Tae-yang=Тхэ_Ян Young-ho=Ён_Хо
      Seung-hoon=Сын_Хун Hyun-woo=Хён_У Ki-tae=Ки_Тхэ Jong-su=Чон_Су`),
    f: words(`Ji-woo=Чжи_У Hye-jin=Хе_Джин Seo-yeon=Со_Ён Ye-jin=Е_Джин Da-eun=Та_Ын Mi-rae=Ми_Рэ Su-ah=Су_А
      Na-young=На_Ён Eun-ji=Ын_Джи Ha-eun=Ха_Ын`),
    s: words('Jung=Чон Kang=Кан Yoon=Юн Jang=Чан Lim=Лим Han=Хан Shin=Син Seo=Со Hong=Хонг Song=Сон Jeon=Чон Moon=Мун'),
  },
  cn: {
    m: words(`Zhiqiang=Чжицян Weiguo=Вэйго Jianhua=Цзяньхуа Mingyu=Минъюй Yifan=Ифань Zihao=Цзыхао Junjie=Цзюньцзе
      Shaohua=Шаохуа Yongkang=Юнкан Chenxi=Чэньси`),
    f: words(`Xiaomei=Сяомэй Yanling=Яньлин Huiying=Хуэйин Jingjing=Цзинцзин Lanfang=Ланьфан Mengyao=Мэнъяо
      Shuyi=Шуи Yuting=Юйтин Xiaohong=Сяохун`),
    s: words('Wang=Ван Li=Ли Zhang=Чжан Liu=Лю Chen=Чэнь Yang=Ян Huang=Хуан Zhao=Чжао Zhou=Чжоу Wu=У Sun=Сунь Ma=Ма'),
  },
  ar: {
    m: words(`Khalifa=Халифа Rashid=Рашид Sultan=Султан Obaid=Обейд Majid=Маджид Faisal=Фейсал Khalid=Халид
      Hamad=Хамад Juma=Джума Ali=Али`),
    f: words('Mariam=Мариам Latifa=Латифа Noora=Нура Reem=Рим Salama=Салама Hessa=Хесса Fatma=Фатма Meera=Мира'),
    s: words(`Al_Nuaimi=Аль-Нуайми Al_Suwaidi=Аль-Сувейди Al_Shamsi=Аль-Шамси Al_Dhaheri=Аль-Дахери
      Al_Falasi=Аль-Фаласи Al_Mansoori=Аль-Мансури Al_Ketbi=Аль-Кетби Al_Zaabi=Аль-Заби Bin_Sulayem=Бин_Сулайем`),
  },
  md: {
    m: words(`Sergiu=Серджиу Valeriu=Валериу Ion=Ион Nicolae=Николае Mihai=Михай Radu=Раду Dumitru=Думитру
      Gheorghe=Георге Constantin=Константин Alexandru=Александру Vasile=Василе`),
    f: words(`Ana-Maria=Ана-Мария Cristina=Кристина Daniela=Даниэла Irina=Ирина Lucia=Лучия Mariana=Мариана
      Natalia=Наталия Ecaterina=Екатерина Galina=Галина Doina=Дойна`),
    s: words(`Rusu=Русу Munteanu=Мунтяну Ciobanu=Чобану Popa=Попа Sârbu=Сырбу Ceban=Чебан Roșca=Рошка
      Moraru=Морару Guțu=Гуцу Botnari=Ботнарь Turcanu=Цуркану Plămădeală=Пламэдялэ`),
  },
  pl: {
    m: words(`Tadeusz=Тадеуш Wojciech=Войцех Krzysztof=Кшиштоф Grzegorz=Гжегож Mirosław=Мирослав
      Zdzisław=Здзислав Kazimierz=Казимеж Lech=Лех Mieczysław=Мечислав`),
    f: words(`Agnieszka=Агнешка Małgorzata=Малгожата Katarzyna=Катажина Wiesława=Веслава Krystyna=Кристина
      Teresa=Тереза Elżbieta=Эльжбета Beata=Беата`),
    s: words(`Nowak=Новак Kowalczyk=Ковальчик Wiśniewski=Вишневский Kamiński=Каминский Lewandowski=Левандовский
      Zieliński=Зелинский Szymański=Шиманский Woźniak=Возняк Kozłowski=Козловский Mazur=Мазур`),
  },
};
// Korean diaspora (Koryo-saram) carry Russian given names.
NAMES.ko.m = NAMES.ru.m;
NAMES.ko.f = NAMES.ru.f;

/** Russian diminutives used in chats and quoted speech. */
const DIMINUTIVE: Record<string, string> = {
  Вениамин: 'Веня',
  Всеволод: 'Сева',
  Елисей: 'Елисейка',
  Святослав: 'Славик',
  Прохор: 'Проша',
  Феликс: 'Феля',
  Ростислав: 'Ростик',
  Тихон: 'Тиша',
  Зиновий: 'Зиня',
  Капитон: 'Капа',
  Пантелей: 'Паня',
  Архип: 'Архипка',
  Мартын: 'Мартынка',
  Ангелина: 'Геля',
  Василиса: 'Васёна',
  Дарина: 'Даринка',
  Ефросинья: 'Фрося',
  Зинаида: 'Зина',
  Маргарита: 'Рита',
  Пелагея: 'Поля',
  Раиса: 'Рая',
  Снежана: 'Снежка',
  Таисия: 'Тася',
  Ульяна: 'Уля',
  Юлиана: 'Юлька',
  Ярослава: 'Яся',
  Прасковья: 'Паша',
  Лукерья: 'Луша',
  Капитолина: 'Капа',
  Олимпиада: 'Липа',
  Оксана: 'Ксюша',
  Соломия: 'Соломийка',
  Олеся: 'Леся',
  Богдан: 'Бодя',
  Тарас: 'Тарасик',
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
  ru: words(`Цыганка/f Седой/m Бухгалтер/m Куколка/f Хромой/m Татарин/m Рыжая/f Мамка/f Сварщик/m Шаман/m Косой/m
    Тётя_Валя/f Зайка/f Кудрявый/m Вьюн Шустрик/m Ласточка/f Прораб/m`),
  en: words('Boss_Lady/f Captain/m Sugar/f Blondie/f Sheikh/m Broker/m Driver/m Sister/f Tank/m Cookie/f Viper Hawk/m'),
  kk: words('Сары/m Қара_шал/m Апай/f Бүркіт/m Жылан Шешей/f Тышқан Күшік/m Көкбөрі/m'),
  ky: words('Карышкыр/m Сары_кыз/f Жылан Түлкү Эже/f Бүркүт/m Кара_мурут/m'),
  uz: words('Qora/m Tulki Ilon Kampir/f Polvon/m Chol/m Mushuk/f Xola/f Kalta/m'),
  tg: words('Рӯбоҳ Мор Холаҷон/f Пахлавон/m Сиёҳ/m Кампир/f Уқоб/m'),
  tr: words('Abla/f Dayı/m Yılan Baba/m Sarışın/f Kartal/m Paşa/m Cadı/f Tosun/m'),
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

// Addresses (all street and place pools new to this batch) -------------------------------------------------------

const hn = (): string =>
  String(pick([int(1, 25), int(1, 110), int(111, 270)])) + (chance(0.12) ? pick(['Б', 'а', '/1', '/3', 'в']) : '');
const hnLat = (): string =>
  String(pick([int(1, 25), int(1, 140), int(141, 380)])) + (chance(0.1) ? pick(['A', '/3', 'C']) : '');
const apt = (): number => int(1, 310);

const RU_ST = words(`Жарокова Бейсебаева Мынбаева Джангильдина Розыбакиева Кожамкулова Радостовца Токтогула Боконбаева
  Ибраимова Раззакова Масалиева Курманжан_Датки Навои Бабура Фурката Мукими Айни Фирдоуси Турсунзаде
  Байтурсынова Наурызбай_батыра Сейфуллина Букейхана`);
const RU_ADJ = words(`Заречная Садовая Луговая Школьная Степная Тенистая Кленовая Вишнёвая Ореховая Тополиная Ключевая
  Сиреневая Дачная`);
const RU_PR = words('Аль-Фараби Мангилик_Ел Чуй Жибек_Жолу Амира_Темура Исмоила_Сомони Кунаева');
const RU_MKR = words('Самал-2 Аксай-4 Орбита-3 Жетысу-1 Джал-23 Восток-5 Асанбай Кок-Жар Тунгуч Мамыр-4');
const RU_CITY = words(`Актобе Атырау Павлодар Семей Туркестан Тараз Шымкент Актау Нарын Талас Баткен Токмок Кант
  Наманган Фергана Бухара Карши Термез Нукус Бохтар Истаравшан Пенджикент Турсунзаде Гиссар`);
const RU_VILLAGE = words('Узынагаш Каскелен Талгар Кордай Сокулук Кемин Аламедин Барскоон Ананьево');
const RUS_CITY = words(
  'Красногорск Одинцово Сургут Нижневартовск Екатеринбург Омск Красноярск Владивосток Самара Дербент Пушкино',
);
const RUS_ST = words(`Маяковского Белинского Грибоедова Добролюбова Ватутина Комсомольская Первомайская Строителей
  Энтузиастов Гвардейская Космонавтов Краснознамённая Декабристов Полярная`);
/** Tashkent residential areas (massivs) and their quarters. */
const RU_TASH = words('Юнусабад-9 Чиланзар-14 Сергели-7 Кушбеги Бектемир-2 Максим_Горький');
const RU_TASH_ST = words('Мукими Фурката Бабура Катартал Шота_Руставели');

/** A Russian adjective street name (Заречная, Степная) in a case. */
function adjCase(adj: string, kase: 'gen' | 'dat' | 'pre' | 'acc'): string {
  const soft = adj.endsWith('яя');
  const hush = /[жшчщ]ая$/.test(adj);
  const stem = adj.slice(0, -2);
  if (kase === 'acc') return stem + (soft ? 'юю' : 'ую');
  return stem + (soft || hush ? 'ей' : 'ой');
}
/** A named street (улица Жарокова) or an adjective street (Садовая улица) in a case. */
function ruStreet(kase: 'nom' | 'gen' | 'dat' | 'pre' | 'acc', abbr: boolean, pool: string[] = RU_ST): string {
  const word = (k: string) =>
    abbr ? 'ул.' : k === 'nom' ? 'улица' : k === 'gen' ? 'улицы' : k === 'acc' ? 'улицу' : 'улице';
  if (chance(0.7) || pool !== RU_ST) return `${word(kase)} ${pick(pool)}`;
  const adj = pick(RU_ADJ);
  if (abbr) return kase === 'nom' ? `${adj} ул.` : `ул. ${adj}`;
  return kase === 'nom' ? `${adj} ${word(kase)}` : `${adjCase(adj, kase)} ${word(kase)}`;
}
function ruAve(kase: 'nom' | 'gen' | 'dat' | 'pre'): string {
  const word = { nom: 'проспект', gen: 'проспекта', dat: 'проспекту', pre: 'проспекте' }[kase];
  return `${word} ${pick(RU_PR)}`;
}

function addrRu(): string {
  return pick([
    () => `${pick(RU_CITY)}, ${ruStreet('nom', true)}, дом ${hn()}, кв. ${apt()}`,
    () => `${ruStreet('nom', true)}, ${hn()}, кв.${apt()}`,
    () => `${ruStreet('nom', true)} д.${hn()} кв.${apt()}`,
    () => `${pick(RU_MKR)} мкр., д. ${int(1, 90)}, кв. ${apt()}`,
    () => `пр-т ${pick(RU_PR)}, д. ${hn()}, кв. ${apt()}`,
    () => `${pick(RU_CITY)}, ${pick(RU_MKR)}, ${int(1, 90)}, кв. ${apt()}`,
    () => `пос. ${pick(RU_VILLAGE)}, ${ruStreet('nom', true)}, д. ${int(1, 160)}`,
    () => `${ruStreet('nom', false)}, ${hn()}/${int(1, 9)}`,
    () => `${ruStreet('nom', true)}, уч. ${int(1, 400)}`,
    () => `мкр-н ${pick(RU_MKR)}, дом ${int(1, 90)}, кв ${apt()}`,
    () => `${ruStreet('nom', true)}, ${hn()}, подъезд ${int(1, 6)}, кв. ${apt()}`,
  ])();
}
/** After на or по: the street word itself is inflected, the number follows. */
function addrRuNa(kase: 'pre' | 'dat'): string {
  return pick([
    () => `${ruStreet(kase, false)}, д. ${hn()}`,
    () => `${ruStreet(kase, false)} ${hn()}, кв. ${apt()}`,
    () => `${ruStreet(kase, false)}, ${hn()}/${int(1, 9)}`,
    () => `${ruAve(kase)}, дом ${hn()}`,
    () => `${ruAve(kase)}, ${hn()}-${apt()}`,
  ])();
}
/** After в, у, из: the house or flat comes first, the street after it. */
function addrRuHouse(kase: 'pre' | 'gen', pool: string[] = RU_ST): string {
  const house = kase === 'pre' ? 'доме' : 'дома';
  const flat = kase === 'pre' ? 'квартире' : 'квартиры';
  return pick([
    () => `${house} № ${hn()} по ${ruStreet('dat', false, pool)}`,
    () => `${house} ${hn()} по ${ruStreet('dat', false, pool)}`,
    () => `${flat} № ${apt()} ${kase === 'pre' ? 'в доме' : 'дома'} ${hn()} по ${ruStreet('dat', false, pool)}`,
    () => `${house} ${hn()}${pick(['', ', корпус ' + int(1, 3) + ','])} на ${ruStreet('pre', false, pool)}`,
  ])();
}
function addrRussia(): string {
  return pick([
    () => `${pick(RUS_CITY)}, ул. ${pick(RUS_ST)}, дом ${hn()}, кв. ${apt()}`,
    () => `ул. ${pick(RUS_ST)}, д. ${int(1, 140)}, к. ${int(1, 4)}, кв. ${apt()}`,
    () => `г. ${pick(RUS_CITY)}, ул. ${pick(RUS_ST)}, ${hn()}, офис ${int(1, 40)}`,
    () => `ул. ${pick(RUS_ST)}, дом ${int(1, 90)}, строение ${int(1, 5)}`,
    () => `${pick(RUS_CITY)}, ул. ${pick(RUS_ST)} ${hn()}-${apt()}`,
  ])();
}
function addrRuTashkent(): string {
  return pick([
    () => `${pick(RU_TASH)}, дом ${int(1, 60)}, кв. ${apt()}`,
    () => `г. Ташкент, ул. ${pick(RU_TASH_ST)}, д. ${hn()}`,
    () => `массив ${pick(RU_TASH)}, квартал ${int(1, 30)}, д. ${int(1, 60)}`,
  ])();
}

const KK_ST =
  words(`Жароков Бейсебаев Мыңбаев Қабанбай_батыр Наурызбай_батыр Төле_би Сейфуллин Бөкейхан Дулати Құрманғазы
  Иманов Ахмет_Байтұрсынұлы Мағжан_Жұмабаев Розыбакиев`);
const KK_AVE = words('Әл-Фараби Мәңгілік_Ел Нұрлы_жол Қонаев');
const KK_CITY = words('Ақтөбе Атырау Павлодар Семей Түркістан Тараз Шымкент Ақтау');
const KK_MKR = words('Ақсай-4 Орбита-3 Жетісу-1 Мамыр-4 Шаңырақ-2 Нұркент');
const KK_VILLAGE = words('Ұзынағаш Қаскелең Талғар Қордай');
function addrKk(loc: boolean): string {
  const end = (s: string) => (loc ? kkSuffix(s, 'loc') : s);
  return pick([
    () => `${pick(KK_CITY)} қаласы, ${pick(KK_ST)} көшесі, ${hn()}-үй, ${end(`${apt()}-пәтер`)}`,
    () => `${pick(KK_ST)} к., ${end(`${hn()}-үй`)}`,
    () => `${pick(KK_MKR)} шағын ауданы, ${int(1, 90)}-үй, ${end(`${apt()}-пәтер`)}`,
    () => `${pick(KK_AVE)} даңғ., ${end(`${hn()}-үй`)}`,
    () => `${pick(KK_VILLAGE)} а., ${pick(KK_ST)} к-сі, ${end(`${int(1, 160)}-үй`)}`,
    () =>
      loc
        ? `${pick(KK_ST)} көшесіндегі ${int(1, 160)}-үйдің ${apt()}-пәтерінде`
        : `${pick(KK_ST)} көшесі, ${int(1, 160)}/${int(1, 9)}`,
    () => (loc ? `${pick(KK_AVE)} даңғылындағы ${int(1, 160)}-үйде` : `${pick(KK_AVE)} даңғылы, ${hn()}`),
  ])();
}

const KY_ST = words(`Токтогул Боконбаев Ибраимов Исанов Раззаков Абдрахманов Масалиев Курманжан_Датка Жибек_Жолу Киев
  Панфилов Турусбеков`);
const KY_CITY = words('Нарын Талас Баткен Токмок Кант Кара-Балта Өзгөн Кочкор-Ата');
const KY_VILLAGE = words('Сокулук Кемин Аламүдүн Бостери Барскоон');
const KY_MKR = words('Жал-23 Восток-5 Асанбай Көк-Жар Тунгуч');
const KY_BLV = words('Молодая_Гвардия Дзержинский');
function addrKy(loc: boolean): string {
  const end = (s: string) => (loc ? kySuffix(s, 'loc') : s);
  return pick([
    () => `${pick(KY_CITY)} шаары, ${pick(KY_ST)} көчөсү, ${end(`${hn()}-үй`)}`,
    () => `${pick(KY_ST)} көч., ${hn()}-үй, ${end(`${apt()}-батир`)}`,
    () => `${pick(KY_MKR)} кичи району, ${end(`${int(1, 90)}-үй`)}`,
    () => `${pick(KY_VILLAGE)} айылы, ${pick(KY_ST)} көчөсү, ${end(`${int(1, 160)}-үй`)}`,
    () =>
      loc
        ? `${pick(KY_ST)} көчөсүндөгү ${int(1, 160)}-үйдө`
        : `${pick(KY_ST)} көчөсү, ${int(1, 160)}-үй, ${apt()}-батир`,
    () => `${pick(KY_BLV)} бульвары, ${end(`${int(1, 90)}-үй`)}`,
  ])();
}

const UZ_ST = words(`Navoiy Bobur Furqat Muqimiy Alpomish Mustaqillik Lutfiy Uvaysiy Said_Baraka To'ytepa Qatortol
  Sebzor Bunyodkor Shota_Rustaveli Nurafshon`);
const UZ_CITY = words("Namangan Farg'ona Buxoro Qarshi Termiz Nukus Jizzax Urganch Kattaqo'rg'on Zarafshon");
const UZ_MAH = words("Navbahor Bog'bon Do'stlik Obod Mehnatobod Ziyokor Olmos");
const UZ_VILLAGE = words("Paxtaobod Bo'ston Uchqo'rg'on G'allaorol Nurobod");
function addrUz(loc: boolean): string {
  const end = (s: string) => (loc ? s + 'da' : s);
  return pick([
    () => `${pick(UZ_CITY)} shahri, ${pick(UZ_ST)} ko'chasi, ${hnLat()}-uy, ${end(`${apt()}-xonadon`)}`,
    () => `${pick(UZ_MAH)} MFY, ${pick(UZ_ST)} ko'chasi, ${end(`${int(1, 160)}-uy`)}`,
    () => `${pick(UZ_ST)} ko'ch., ${end(`${int(1, 160)}-uy`)}`,
    () =>
      loc
        ? `${pick(UZ_ST)} ko'chasidagi ${int(1, 160)}-uyning ${apt()}-xonadonida`
        : `${pick(UZ_ST)} ko'chasi ${int(1, 160)}-${apt()}`,
    () => `${pick(UZ_VILLAGE)} qishlog'i, ${pick(UZ_ST)} ko'chasi, ${end(`${int(1, 90)}-uy`)}`,
    () => `${pick(UZ_ST)} shoh ko'chasi, ${end(`${int(1, 60)}-uy`)}`,
    () => `${pick(UZ_ST)} tor ko'chasi, ${end(`${int(1, 60)}-uy`)}`,
  ])();
}

const TG_ST = words(`Айнӣ Ҳофизи_Шерозӣ Фирдавсӣ Саъдии_Шерозӣ Турсунзода Шотемур Камоли_Хуҷандӣ Бобоҷон_Ғафуров
  Ҷалолиддини_Румӣ Лоҳутӣ Садриддин_Айнӣ`);
const TG_CITY = words('Бохтар Панҷакент Истаравшан Турсунзода Ҳисор Ваҳдат Хоруғ Шаҳритус');
const TG_VILLAGE = words('Ромит Ҷиликӯл Зафаробод Мӯъминобод Файзобод');
const TG_AVE = words('Қаҳҳоров Абуалӣ_ибни_Сино Озодӣ Саид_Носир');
function addrTg(loc: boolean): string {
  if (loc)
    return pick([
      () => `хонаи ${int(1, 160)}-и кӯчаи ${pick(TG_ST)}`,
      () => `ҳуҷраи ${apt()}-и хонаи ${int(1, 160)}-и кӯчаи ${pick(TG_ST)}`,
      () => `кӯчаи ${pick(TG_ST)}, хонаи ${int(1, 160)}, ҳуҷраи ${apt()}`,
    ])();
  return pick([
    () => `${pick(TG_CITY)}, кӯчаи ${pick(TG_ST)}, хонаи ${int(1, 160)}`,
    () => `кӯчаи ${pick(TG_ST)}, ${int(1, 160)}/${apt()}`,
    () => `деҳаи ${pick(TG_VILLAGE)}, кӯчаи ${pick(TG_ST)} ${int(1, 90)}`,
    () => `хиёбони ${pick(TG_AVE)}, бинои ${int(1, 140)}, ҳуҷраи ${apt()}`,
    () => `к. ${pick(TG_ST)}, х. ${int(1, 90)}`,
  ])();
}

const TR_MAH = words(`Osmangazi Yıldıztepe Karşıyaka Çamlıca Pınarbaşı Sarıyer Fevzipaşa Gaziosmanpaşa Hamidiye Kurtuluş
  Ortaköy Zafertepe`);
const TR_SOK = words('Menekşe Papatya Lale Nergis Begonya Kardelen Şebboy Fulya Akasya Ardıç Çam Kestane Ceviz Badem');
const TR_CAD = words(`Vatan İnönü Fevzi_Çakmak Gazi_Mustafa_Kemal Millet Turgut_Özal Menderes Kazım_Karabekir`);
const TR_APT = words('Şafak Umut Ekin Mavi Yakamoz');
function addrTr(): string {
  return pick([
    () => `${pick(TR_MAH)} Mahallesi, ${pick(TR_SOK)} Sokak, No:${int(1, 90)}, Daire ${int(1, 20)}`,
    () => `${pick(TR_MAH)} Mh. ${int(101, 3999)}. Sk. No:${int(1, 90)} D:${int(1, 16)}`,
    () => `${pick(TR_SOK)} Sk. No:${int(1, 90)}/${int(1, 24)}`,
    () => `${pick(TR_CAD)} Cd. No:${int(1, 320)} D:${int(1, 30)}`,
    () => `${pick(TR_MAH)} Mah. ${pick(TR_CAD)} Cad. No: ${int(1, 320)} Kat: ${int(1, 9)}`,
    () => `${pick(TR_SOK)} Sokağı No: ${int(1, 90)}`,
    () => `${pick(TR_MAH)} Mah. ${pick(TR_SOK)} Sk. ${pick(TR_APT)} Apt. No:${int(1, 60)} D:${int(1, 12)}`,
  ])();
}
/** A Turkish address with a locative after its last number ('da/'de/'ta/'te), the apostrophe included. */
function addrTrLoc(): string {
  const base = addrTr();
  const m = /(\d+)$/.exec(base);
  return m ? `${base}'${trYearLoc(Number(m[1]))}` : base;
}

const AE_BLDG = words(`Al_Fahidi_Tower Al_Hamriya_Building Abu_Hail_Residence Al_Qusais_Tower Al_Nahda_Building
  Rolla_Tower Al_Taawun_Residence Al_Majaz_Building Al_Sabkha_Building Bin_Shabib_Tower`);
const AE_ROAD = words(`Al_Rigga_Road Al_Nahda_Street Damascus_Street Baghdad_Street Al_Khan_Street King_Faisal_Street
  Al_Wasl_Road Oud_Metha_Road Al_Quds_Street Airport_Road`);
const KR_ROAD = words(`Siheung-daero Gwangmyeong-ro Bupyeong-daero Dalseo-ro Gimhae-daero Pyeongtaek-ro Eumseong-ro
  Cheonan-daero Gumi-ro Dongdaemun-ro`);
const KR_ROAD_HANGUL = words('시흥대로 부평대로 달서로 김해대로 평택로 천안대로 구미로 광명로');
const PL_ST = words(`Marszałkowska Puławska Grochowska Ząbkowska Piotrkowska Długa Ogrodowa Polna Górna Słoneczna
  Poznańska Lubelska Wiejska Krakowska`);
const PL_AL = words('Armii_Ludowej Wojska_Polskiego Kościuszki Ujazdowskie');
const PL_OS = words('Bielany Przyjaźni Kościuszkowskie');
const MD_ST = words(`Vasile_Alecsandri București Columna Armenească Tighina Bănulescu-Bodoni Miorița Sfatul_Țării
  Grenoble Trandafirilor`);
const MD_BD = words('Cuza_Vodă Renașterii Dimitrie_Cantemir');
const EN_ST = words(`Zharokov Beisebayev Kabanbai_Batyr Tole_Bi Toktogul Kievskaya Navoi Bobur Aini Firdavsi
  Rozybakiev Boconbaev`);
const EN_MKR = words('Samal-2 Aksai-4 Orbita-3 Zhetysu-1 Dzhal-23 Yunusabad-9');
const CN_ROAD = words('Chouzhou_North_Road Zongze_Road Jiangbin_Road Youhao_South_Road Henan_East_Road Huanghe_Road');
const CN_ROAD_HANZI = words('稠州北路 宗泽路 江滨路 友好南路 河南东路 黄河路 新华北路');
function addrEn(style: string): string {
  const ae = [
    () => `Apartment ${int(101, 2404)}, ${pick(AE_BLDG)}, ${pick(AE_ROAD)}`,
    () => `Bed space ${int(1, 12)}, Room ${int(1, 40)}, ${pick(AE_BLDG)}`,
    () => `${pick(AE_BLDG)}, Flat ${int(101, 2404)}, ${pick(AE_ROAD)}`,
    () => `Villa ${int(1, 99)}, Street ${int(1, 40)}${pick(['', 'A', 'B'])}`,
    () => `Shop ${int(1, 30)}, ${pick(AE_BLDG)}`,
  ];
  const kr = [
    () => `${pick(KR_ROAD)} ${int(1, 250)}, ${int(101, 509)}-ho`,
    () => `${int(1, 250)}, ${pick(KR_ROAD)}, Room ${int(101, 509)}`,
    () => `${pick(KR_ROAD)} ${int(10, 90)}beon-gil ${int(1, 40)}`,
  ];
  const krh = [
    () => `${pick(KR_ROAD_HANGUL)} ${int(1, 250)} ${int(101, 509)}호`,
    () => `${pick(KR_ROAD_HANGUL)} ${int(1, 250)}, ${int(1, 5)}층`,
    () => `${pick(KR_ROAD_HANGUL)}${int(10, 90)}번길 ${int(1, 40)}-${int(1, 9)}`,
  ];
  const pl = [
    () => `ul. ${pick(PL_ST)} ${int(1, 140)}/${int(1, 60)}`,
    () => `ul. ${pick(PL_ST)} ${int(1, 140)} lok. ${int(1, 60)}`,
    () => `al. ${pick(PL_AL)} ${int(1, 200)}/${int(1, 30)}`,
    () => `os. ${pick(PL_OS)} ${int(1, 40)} m. ${int(1, 90)}`,
    () => `ul. ${pick(PL_ST)} ${int(1, 140)}${pick(['A', 'B'])}`,
  ];
  const md = [
    () => `str. ${pick(MD_ST)} ${int(1, 220)}/${int(1, 4)}, ap. ${int(1, 120)}`,
    () => `bd. ${pick(MD_BD)} ${int(1, 80)}, ap. ${int(1, 160)}`,
    () => `str-la ${pick(MD_ST)} ${int(1, 60)}`,
  ];
  const cn = [
    () => `No. ${int(1, 400)} ${pick(CN_ROAD)}, Room ${int(101, 1808)}`,
    () => `${int(1, 400)} ${pick(CN_ROAD)}, Unit ${int(1, 6)}-${int(101, 1808)}`,
  ];
  const cnh = [
    () => `${pick(CN_ROAD_HANZI)}${int(1, 400)}号${int(1, 9)}栋${int(101, 1808)}室`,
    () => `${pick(CN_ROAD_HANZI)}${int(1, 400)}号`,
  ];
  const ca = [
    () => `${hnLat()} ${pick(EN_ST)} St., apt. ${apt()}`,
    () => `${pick(EN_ST)} Street ${hnLat()}, flat ${apt()}`,
    () => `${pick(EN_ST)} st., ${hnLat()}/${int(1, 9)}`,
    () => `${pick(EN_MKR)} mkr, house ${int(1, 90)}, flat ${apt()}`,
    () => `apt ${apt()}, ${hnLat()} ${pick(EN_ST)} Avenue`,
  ];
  const table: Record<string, (() => string)[]> = {
    ae,
    kr,
    krh,
    pl,
    md,
    cn,
    cnh,
    ca,
    en: [...ae, ...kr, ...ca, ...pl, ...cn],
  };
  return pick(table[style])();
}
function addrAeRu(): string {
  return pick([
    () => `${pick(AE_BLDG)}, апартаменты ${int(101, 2404)}`,
    () => `кв. ${int(101, 2404)}, ${pick(AE_BLDG)}`,
    () => `Room ${int(1, 40)}, ${pick(AE_BLDG)}, ${pick(AE_ROAD)}`,
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
    case 'rus_v':
      return addrRuHouse('pre', RUS_ST);
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
    case 'cn':
    case 'cnh':
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
    'Ақтөбе облыстық соты',
    'Шымкент қаласы Әл-Фараби аудандық соты',
    'Павлодар қалалық соты',
    'Түркістан облысының мамандандырылған ауданаралық қылмыстық соты',
  ],
  hotline: ['111', '1409', '116 111'],
  destDat: ['Анкараға', 'Абу-Дабиге', 'Пусанға', 'Варшаваға', 'Новосібірге', 'Үрімжіге'],
  site: ['Сургуттағы құрылыс алаңында', 'Пусандағы балық зауытында', 'Анкарадағы наубайханада', 'Омбыдағы қоймада'],
  police: ['Ақтөбе облысының полиция департаменті', 'Шымкент қаласының полиция басқармасы', 'Атырау ПД'],
  ngo: ['«Ақ жол» қоғамдық қоры', 'ХКҰ', '«Мейірім» дағдарыс орталығы'],
  mtsystem: ['Золотая Корона', 'Western Union', 'Ria', 'Paysend'],
  car: ['Toyota Hiace', 'Hyundai County', 'Kia Bongo'],
};

const POOLS: Partial<Record<Orth, Record<string, string[]>>> = {
  ru: {
    court: [
      'Специализированный межрайонный суд по уголовным делам г. Шымкента',
      'Суд г. Актобе',
      'Первомайский районный суд г. Бишкек',
      'Нарынский областной суд',
      'Юнусабадский районный суд по уголовным делам',
      'Наманганский областной суд',
      'Суд г. Бохтар',
      'Сургутский городской суд',
      'Дербентский районный суд',
      'Павлодарский городской суд № 2',
    ],
    dept: [
      'Департамент полиции Актюбинской области',
      'УВД Первомайского района г. Бишкек',
      'ГУВД г. Ташкента',
      'Управление по борьбе с торговлей людьми МВД РТ',
      'ОМВД по г. Сургуту',
      'Служба по борьбе с наркотиками и торговлей людьми',
    ],
    ngo: ['ОФ «Ак Жол»', 'ОО «Мээрим»', 'ННО «Истиқлол»', 'ОФ «Шелтер Кызылжар»', 'центр «Надежда-Нарын»'],
    ngoGen: ['ОФ «Ак Жол»', 'ОО «Мээрим»', 'ННО «Истиқлол»', 'центра «Надежда-Нарын»'],
    shelter: ['приют «Мейірім»', 'шелтер «Ак Жол»', 'центр временного размещения МОМ', 'кризисное отделение «Надежда»'],
    hotline: ['111', '1409', '116 111', '1414', '1146'],
    destLoc: words('Анкаре Абу-Даби Пусане Варшаве Сургуте Урумчи Дербенте Омске Бурсе Аджмане'),
    destGen: ['Анкары', 'Абу-Даби', 'Пусана', 'Варшавы', 'Сургута', 'Урумчи', 'Аджмана'],
    destAcc: ['Анкару', 'Абу-Даби', 'Пусан', 'Варшаву', 'Сургут', 'Урумчи', 'Аджман', 'Бурсу'],
    cityGen: ['г. Актобе', 'г. Тараза', 'г. Нарына', 'с. Кемин', 'г. Намангана', 'г. Карши', 'г. Бохтара', 'г. Нукуса'],
    cityLoc: ['Актобе', 'Таразе', 'Нарыне', 'Намангане', 'Карши', 'Бохтаре', 'Нукусе', 'Павлодаре'],
    agency: [
      'ТОО «Бирлик Трудоресурс»',
      'ООО «Азия Персонал»',
      'Gulf Star Recruitment',
      'Hanil Job Service',
      'Praca Plus Sp. z o.o.',
    ],
    law: [
      'ст. 116 УК РК',
      'ст. 166 УК КР',
      'ст. 135 ч. 3 УК РУз',
      'ст. 132 УК РТ',
      'ст. 127.1 УК РФ',
      'ст. 3 Палермского протокола',
    ],
    bank: ['АО «Халык Банк»', 'ОАО «Айыл Банк»', 'АКБ «Капиталбанк»', 'ЗАО «Душанбе Сити Банк»', 'Kaspi Bank'],
    mtsystem: ['Золотая Корона', 'Western Union', 'Ria', 'Paysend', 'Contact'],
    firm: ['ООО «СеверСтройМонтаж»', 'ООО «АгроТеплица»', 'ИП «Чистый двор»', 'ООО «ВостокПак»', 'АО «Полярный Хлеб»'],
    airline: ['Air Astana', 'FlyArystan', 'Uzbekistan Airways', 'Somon Air', 'Turkish Airlines', 'Air Arabia'],
    airport: ['Алматы', 'Ош', 'Наманган', 'Худжанд', 'Внуково', 'Сабиха Гёкчен', 'Шарджа'],
    programme: ['программа «Дорога домой»', 'проект МОМ по реинтеграции', 'программа «Безопасная миграция»'],
    job: ['официантки', 'сиделки', 'упаковщицы', 'горничной', 'продавца', 'разнорабочего', 'швеи'],
    car: ['Toyota Hiace', 'Hyundai County', 'ГАЗель Next', 'Chevrolet Cobalt', 'Kia Bongo'],
    monthGen: words('января апреля июня августа ноября'),
    checkpoint: ['Нур Жолы', 'Ак-Тилек', 'Достык', 'Кордай', 'Яллама'],
  },
  en: {
    court: [
      'Aktobe Regional Court',
      'Pervomaisky District Court of Bishkek',
      'Namangan Regional Criminal Court',
      'Bokhtar City Court',
      'Ankara 7th High Criminal Court',
      'Abu Dhabi Criminal Court',
      'Busan District Court',
      'District Court for Warsaw-Praga',
    ],
    ngo: ['IOM', 'UNODC', 'the OSCE Centre in Ashgabat', 'Ak Jol', 'Meerim', 'a shelter run by Nadezhda-Naryn'],
    city: ['Aktobe', 'Taraz', 'Naryn', 'Talas', 'Namangan', 'Karshi', 'Bokhtar', 'Nukus', 'Turkmenabat'],
    dest: ['Ankara', 'Abu Dhabi', 'Busan', 'Warsaw', 'Surgut', 'Urumqi', 'Ajman', 'Bursa', 'Yiwu', 'Chisinau'],
    hotline: ['111', '1409', '116 111', '1146 in Uzbekistan', '1414 in Tajikistan'],
    mtsystem: ['Western Union', 'Ria', 'Paysend', 'Zolotaya Korona', 'Contact'],
    bank: ['Halyk Bank', 'Kapitalbank', 'Ayil Bank', 'Emirates NBD', 'PKO Bank Polski', 'Ziraat Bankası'],
    airline: [
      'Air Astana',
      'FlyArystan',
      'Uzbekistan Airways',
      'Somon Air',
      'Turkish Airlines',
      'Air Arabia',
      'flydubai',
    ],
    agency: ['Gulf Star Recruitment', 'Hanil Job Service', 'Praca Plus', 'Birlik Labour', 'Silk Way Staffing'],
    job: ['a waitress', 'a carer', 'a packer', 'a hotel maid', 'a shop assistant', 'a seamstress', 'a farm hand'],
    checkpoint: ['Nur Zholy', 'Ak-Tilek', 'Dostyk', 'Korday', 'Yallama'],
    programme: ['the IOM reintegration programme', 'the Safe Migration project', 'the Returnee Support Fund'],
  },
  kk: KK_POOLS,
  kkl: Object.fromEntries(Object.entries(KK_POOLS).map(([k, v]) => [k, v.map((x) => kkLatin(x))])),
  ky: {
    court: ['Нарын облустук соту', 'Талас шаардык соту', 'Бишкек шаарынын Биринчи май райондук соту'],
    hotline: ['1409', '116 111', '1212'],
    destDat: ['Анкарага', 'Абу-Дабиге', 'Пусанга', 'Сургутка', 'Үрүмчүгө'],
    police: ['Нарын облустук ИИБ', 'Бишкек шаардык ИИБ', 'Талас райондук ИИБ'],
    ngo: ['«Мээрим» коомдук бирикмеси', 'ЭМУ', '«Ак Жол» фонду'],
  },
  uz: {
    court: [
      "Namangan viloyat jinoyat ishlari bo'yicha sudi",
      "Qarshi shahar jinoyat ishlari bo'yicha sudi",
      "Yunusobod tuman jinoyat ishlari bo'yicha sudi",
    ],
    hotline: ['1146', '1102', '116 111'],
    destDat: ['Anqaraga', 'Abu-Dabiga', 'Pusanga', 'Surgutga', 'Varshavaga'],
    police: ['Namangan viloyati IIB', 'Qarshi shahar IIO', 'Toshkent shahar IIBB'],
    ngo: ['«Istiqbolli avlod» NNT', 'XMT', '«Oydin nur» markazi'],
  },
  uzc: {
    court: ['Наманган вилоят суди', 'Қарши шаҳар суди', 'Юнусобод туман суди'],
    hotline: ['1146', '1102'],
    destDat: ['Анқарага', 'Абу-Дабига', 'Пусанга', 'Сургутга'],
    ngo: ['«Истиқболли авлод» ННТ', 'ХМТ'],
  },
  tg: {
    court: ['Суди вилояти Хатлон', 'Суди шаҳри Бохтар', 'Суди ноҳияи Ҳисор'],
    hotline: ['1414', '1313', '511'],
    destDat: ['ба Анқара', 'ба Абу-Дабӣ', 'ба Сургут', 'ба Пусан', 'ба Урумчӣ'],
    ngo: ['ТҶ «Ҳимояи ҳуқуқ»', 'СБМ', 'маркази «Фардо»'],
    police: ['РВКД дар шаҳри Бохтар', 'ШВКД дар вилояти Хатлон'],
  },
  tr: {
    court: [
      'Ankara 7. Ağır Ceza Mahkemesi',
      'İzmir 9. Ağır Ceza Mahkemesi',
      'Bursa 2. Ağır Ceza Mahkemesi',
      'Mersin 4. Ağır Ceza Mahkemesi',
    ],
    police: ['Ankara Emniyet Müdürlüğü', 'İzmir İl Göç İdaresi', 'Bursa Jandarma Komutanlığı'],
    city: ['Ankara', 'İzmir', 'Bursa', 'Mersin', 'Alanya', 'Trabzon'],
    hotline: ['157', '183'],
    law: ['TCK 80. madde', '6458 sayılı Kanun', 'TCK 227. madde'],
    ngo: ['IOM', 'ASAM', 'Kadın Dayanışma Vakfı'],
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
  // police report
  `<a=*.f b=*.m>РАПОРТ\nДоложено, что {dl} в дежурную часть обратилась {P:a:f}, {DOB:a:dmy} г.р., и сообщила, что её сожитель {P:b:gs} отобрал у неё паспорт.`,
  `<a=*.f>Рапорт участкового: по {ADR:ru_po} на момент проверки {d} никто не открыл; со слов соседей, там проживает {P:a:g} с двумя детьми.`,
  `<a=*.m b=*.f>В ходе оперативно-розыскных мероприятий установлено, что {P:a:si} через объявления вербовал девушек, в том числе {P:b:g:acc}, для работы в {f:destLoc}.`,
  `<a=*.m>Задержанный {P:a:F}, уроженец {f:cityGen}, паспорт {PAS:a}, документов на автомашину {PL:kz} не имел.`,
  `<a=*.m>Автомобиль {f:car}, г/н {PL:kg}, которым управлял {P:a:gs:nom}, остановлен на КПП «{f:checkpoint}».`,
  // NGO hotline log
  `<a=*.f>ЖУРНАЛ ЛИНИИ {f:hotline}\n{time} — входящий с номера {PH:kz}; абонентка представилась как {P:a:g}, просила перезвонить после 22:00.`,
  `<a=*.f>Звонок на линию {f:hotline}, {d}: мать девушки сообщила, что её дочь {P:a:g} не выходит на связь с {f:monthGen}; последний номер дочери — {PH:tr}.`,
  `<a=*.f.young>Консультант линии записала: {P:a:l}, лет около двадцати, звонит из {f:destGen}, паспорт «у хозяйки», просит помочь с билетом.`,
  `<a=*.m>Абонент назвался {P:a:g:ins}, от фамилии отказался, сообщил, что работодатель удерживает его зарплату за {n:3:8} месяцев.`,
  // shelter intake form
  `<a=*.f>АНКЕТА ПРИ ПОСТУПЛЕНИИ В {f:shelter}\nФ.И.О.: {P:a:f}\nДата рождения: {DOB:a:dmy}\nПостоянный адрес: {ADR:ru}\nКонтактный телефон: {PH:a}`,
  `<a=*.f b=~a.f.old>Карта клиента № {n:12:480}. Клиентка: {P:a:S}. Родственник для связи: мать, {P:b:gp}, тел. {PH:b}.`,
  `<a=*.f.minor>Несовершеннолетняя {P:a:gs}, {DOB:a:long} года рождения, размещена в {f:shelter} {d} по направлению комиссии по делам несовершеннолетних.`,
  `<a=*.f>В графе «адрес до выезда» клиентка указала: {ADR:ruuz}.`,
  // court verdict excerpt
  `<a=*.m b=*.f>ПРИГОВОР\nИменем Республики\n{f:court} рассмотрел уголовное дело в отношении {P:a:f:gen}, {DOB:a:long} года рождения, гражданина {cit:a}, обвиняемого по {f:law}.`,
  `<a=*.m b=*.f>Суд установил, что подсудимый {P:a:si} в период с {dl} по {dl} путём обмана склонил потерпевшую {P:b:gs:acc} к выезду в {f:destAcc}.`,
  `<a=*.f b=*.m>Допрошенная в судебном заседании потерпевшая {P:a:g} показала, что {P:b:g} забрал её паспорт прямо в аэропорту.`,
  `<a=*.m>Вещественные доказательства — мобильный телефон с сим-картой {PH:a} и банковскую карту {CARD:any} — вернуть по принадлежности {P:a:is:dat}.`,
  `<a=*.f b=*.m>Показания свидетеля {P:a:s:gen} о том, что {P:b:gs} бил потерпевших, суд признаёт достоверными.`,
  // bank statement
  `<a=*.m>ВЫПИСКА ПО СЧЁТУ\nКлиент: {P:a:F}\nИИК: {IBAN:KZ}\nПериод: {ds} — {ds}\nОстаток на начало: {money}`,
  `<a=*.f b=*.m>Из выписки {f:bank} следует, что с карты {CARD:visa}, оформленной на {P:a:gs:acc}, деньги ежедневно снимались в банкомате в {f:destLoc}; картой пользовался {P:b:g}.`,
  `<a=*.m>Перевод ({f:mtsystem}) на имя {P:a:air}, контрольный номер {mtcn}, получен {d}.`,
  `<a=*.f>Получатель платежа: {P:a:f}, счёт {IBAN:TR}, банк получателя — Ziraat Bankası.`,
  `<a=*.m>Плательщик: {P:a:gs}, карта {CARD:mir}; назначение: «за дорогу и визу».`,
  // messenger export
  `<a=*.f b=*.m>Чат от {ds}\n[{time}] {P:b:g}: паспорт пока у меня, отработаешь — отдам\n[{time}] {P:a:g}: я хочу домой\n[{time}] {P:b:g}: звони {PH:b}`,
  `<a=*.f b=*.m>Экспорт чата WhatsApp с контактом «{P:b:nick}» ({PH:tr}), владелица телефона — {P:a:gs}.`,
  `<a=*.m b=*.f>{time} {P:a:l}: скинь фото паспорта сюда\n{time} {P:b:l}: ок\n{time} {P:a:l}: и адрес где живёшь`,
  `<a=*.f b=*.m>В переписке в Telegram собеседник «{P:b:nick}» (аккаунт {H:b:at}) называл потерпевшую «{P:a:dim}».`,
  `<a=*.m>Переписка велась с аккаунта Instagram {H:a:bare}, в профиле указан номер {PH:a}.`,
  `<a=*.m>Профиль ВКонтакте {H:a:vk}, отображаемое имя — {P:a:gs}.`,
  // airline manifest
  `<a=*.f b=*.f c=*.m>СПИСОК ПАССАЖИРОВ рейса {flight}, {d}\n{P:a:air}  {PAS:a}\n{P:b:air}  {PAS:b}\n{P:c:air}  {PAS:c}`,
  `<a=*.f>В манифесте рейса {flight} авиакомпании {f:airline} значится пассажир {P:a:LAT}, дата рождения {DOB:a:dmon}.`,
  `<a=*.m b=*.f>Билеты на имя {P:b:air} и {P:a:air} оплачены одной картой {CARD:any}, бронь {pnr}.`,
  // recruitment adverts
  `<a=*.f>ОБЪЯВЛЕНИЕ: требуются девушки 18–30 лет для работы {f:job} в {f:destLoc}. Жильё, питание, билеты за счёт фирмы. Звонить {P:a:g}, {PH:a}, WhatsApp/Telegram.`,
  `<a=*.m>Работа в {f:destLoc}! Зарплата от {money}. Документы оформим за 10 дней. Обращаться: {PH:kg}, {P:a:g}-ака.`,
  `<a=*.m>Вакансия от {f:agency}: разнорабочие на стройку. Контакт менеджера — {P:a:gI}, {PH:ru}, e-mail {EM:a}.`,
  // labour inspection
  `<a=*.m>АКТ ПРОВЕРКИ\nОбъект: {f:firm}, {ADR:rus}\nОтветственное лицо: {P:a:si}\nВыявлено: {n:12:40} иностранных граждан без трудовых договоров.`,
  `<a=*.m b=*.m>Инспектор установил, что у работника {P:b:gs:gen}, гражданина {cit:b}, паспорт находился в сейфе у бригадира {P:a:s:gen}.`,
  `<a=*.f>Работница {P:a:gs}, СНИЛС {NID:snils:a}, пояснила, что жила прямо на складе.`,
  `<a=*.m>В журнале учёта работник записан как «{P:a:ls}», ИНН {NID:rinn:a}.`,
  // appeals
  `<a=*.m b=*.f>АПЕЛЛЯЦИОННАЯ ЖАЛОБА\nЗащитник осуждённого {P:a:f:gen} считает приговор чрезмерно суровым и указывает, что потерпевшая {P:b:gs} добровольно выехала в {f:destAcc}.`,
  `<a=*.f>В жалобе заявительница {P:a:f} просит направить ответ по адресу: {ADR:ru}.`,
  `<a=*.m>Осуждённый {P:a:gs:nom}, {DOB:a:dmy} г.р., отбывающий наказание в учреждении ЛА-155/{n:10:20}, просит о пересмотре приговора.`,
  // ids and documents
  `<a=kz|ko|ug.f>Потерпевшая {P:a:gs}, ИИН {NID:iin:a}, зарегистрирована {ADR:ru}.`,
  `<a=kz|ko.m>В договоре найма указан ИИН {NID:iinbad:a}, работник — {P:a:gs}.`,
  `<a=ky.f>Гражданка {P:a:f}, ПИН {NID:kgpin:a}, паспорт {PAS:kg}.`,
  `<a=uz.m>Подозреваемый {P:a:f}, ПИНФЛ {NID:pinflbad:a}, прибыл в Россию {d}.`,
  `<a=uz.f>ПИНФЛ потерпевшей: {NID:pinfl:a}; паспорт {PAS:uz}.`,
  `<a=tj.m>Потерпевший {P:a:gs}, ИНН {NID:tjinn:a}, паспорт {PAS:tj}, проживал в {ADR:rus_v}.`,
  `<a=ua.f>Свидетельница {P:a:gs}, РНОКПП {NID:rnokppbad:a}, явилась по повестке.`,
  `<a=md.f>Потерпевшая из Молдовы {P:a:gs}, IDNP {NID:idnp:a}, паспорт {PAS:md}.`,
  `<a=pl.m>Работодатель в Польше, {P:a:gs}, PESEL {NID:peselbad:a}, на запрос не ответил.`,
  `<a=*.m>Иностранцу {P:a:gs:dat} в ОАЭ выдан Emirates ID {NID:eid:a}.`,
  `<a=*.f>Паспорт гражданки РФ {P:a:gs:gen}: {PAS:rus}, выдан {dl}.`,
  `<a=*.m>Вид на жительство в Корее: ARC {NID:arcbad:a}, владелец {P:a:gs}.`,
  `<a=*.f>В Турции {P:a:g:dat} присвоен номер иностранца {NID:ykn:a}.`,
  // addresses inflected
  `<a=*.f>Девушек держали в квартире на {ADR:ru_na}, окна были заколочены.`,
  `<a=*.m>Вербовщик принимал людей в {ADR:ru_v}; хозяин квартиры {P:a:gs} отрицает, что знал о происходящем.`,
  `<a=*.f>Потерпевшую вывезли из {ADR:ru_gen} ночью, сообщила {P:a:g}.`,
  `<a=*.m>Фура стояла у {ADR:ru_gen}, водитель — {P:a:gs}, номер прицепа {PL:rul}.`,
  `<a=*.f>Общежитие находилось в {ADR:rus_v}, туда {P:a:gs:acc} привезли прямо из аэропорта {f:airport}.`,
  `<a=*.f>Адрес в Дубае, который назвала {P:a:g}: {ADR:aeru}.`,
  `<a=*.m>Склад, где работали мигранты: {ADR:rus}; арендатор — {f:firm}, директор {P:a:is}.`,
  // hard name forms
  `<a=*.f>Со слов {P:a:g:gen}, в Стамбуле её встретил мужчина по прозвищу «{P:b:nick}».`,
  `<a=*.f b=*.m>{P:b:nick} говорил {P:a:g:dat}, что долг растёт каждый день.`,
  `<a=*.f>Потерпевшая {P:a:g} была допрошена с участием переводчика.`,
  `<a=*.f>Протокол допроса потерпевшей {P:a:f:gen:shy} (текст распознан из PDF).`,
  `<a=*.m>Свидетель {P:a:gs:nom:shy} подтвердил, что видел автобус у рынка.`,
  `<a=*.f>Мать звала её «{P:a:dim}», а в паспорте она записана как {P:a:gs}.`,
  `<a=*.m>записано со слов: {P:a:lf}, проживает у родственников, телефона не имеет`,
  `<a=*.f>Копия паспорта (OCR): {P:a:LAT} / {PAS:a} / {DOB:a:ocr}`,
  `<a=ko.f>Потерпевшая {P:a:f} (корейская диаспора, Уштобе), {DOB:a:rushort} г.р.`,
  `<a=cn.m b=*.f>Брачный посредник из Урумчи {P:a:gs} познакомил {P:b:g:acc} с будущим «мужем» через WeChat {H:a:bareu}.`,
  `<a=kr.m>Работодатель {P:a:gs} (Республика Корея), телефон фабрики {PH:krl}.`,
  `<a=ar.m>Спонсор визы — {P:a:gs}, мобильный {PH:ae}.`,
  `<a=tm.f>Гражданка Туркменистана {P:a:gs}, паспорт {PAS:tm}, домашний телефон в Ашхабаде {PH:tml}.`,
  `<a=tr.m>Владелец швейного цеха {P:a:gs}, телефон {PH:tr}, адрес цеха: {ADR:tr}.`,
  `<a=*.f>Дата рождения потерпевшей в миграционной карте — {DOB:a:roman}, в паспорте — иная.`,
  `<a=*.m>{P:a:gs}, {DOB:a:dmy2} г.р., ранее не судим.`,
  `<a=*.f>Родилась {DOB:a:long} года в {f:cityLoc}; в {f:destAcc} выехала по приглашению подруги.`,
  `<a=*.f b=*.m>{P:a:g} и {P:b:g} познакомились в Instagram ({H:b:ig}).`,
  `<a=*.m>Номер Kaspi, на который переводили «долг»: {PH:kz}; карта {CARD:visa}, держатель — {P:a:gI}.`,
  `<a=uz.m>Перевод на карту Humo {CARD:humo}, держатель {P:a:LAT}.`,
  `<a=ky.m>Зарплату перечисляли на карту Элкарт {CARD:elcart}, оформленную на {P:a:gs:acc}.`,
  `<a=*.m>Машина с номером {PL:ru} принадлежит {P:a:gs:dat}; второй автомобиль — {PL:uz}.`,
  `<a=*.m>Таджикские номера {PL:tj}, водитель {P:a:si}, пассажиров {n:5:11}.`,
  `<a=*.f>E-mail, с которого пришло «приглашение»: {EM:a}; подпись — {P:a:gs}.`,
  `<a=*.m>Резервный адрес почты вербовщика — {EM:a}, телефон {PH:ru}.`,
  `<a=*.m>Счёт в Грузии {IBAN:ge}, на который поступали платежи от {P:a:gs:gen}.`,
  `<a=*.m>Реквизиты для оплаты «визы»: {IBAN:aelc}, получатель {P:a:LAT}.`,
  `<a=*.f>Подруга {P:a:gs} написала с аккаунта TikTok {H:a:tt}.`,
  `<a=*.m>Канал вербовщика в Telegram: {H:a:tme}; администратор — {P:a:g}.`,
  `<a=*.m>Страница в Одноклассниках: {H:a:ok}; по данным профиля, живёт в {f:cityLoc}.`,
  // identification, detention, search
  `<a=*.f b=*.m>ПРОТОКОЛ ПРЕДЪЯВЛЕНИЯ ЛИЦА ДЛЯ ОПОЗНАНИЯ\nОпознающая {P:a:gs} среди трёх мужчин уверенно указала на {P:b:f:acc}, пояснив, что именно он встречал её в аэропорту.`,
  `<a=*.m>ПРОТОКОЛ ЗАДЕРЖАНИЯ\nЗадержан: {P:a:f}\nДата рождения: {DOB:a:dmy}\nМесто жительства: {ADR:ru}\nПри себе: паспорт {PAS:a}, {n:3:7} сим-карт.`,
  `<a=*.m b=*.f c=*.f>При обыске в {ADR:ru_v} изъяты паспорта на имя {P:b:gs:gen} и {P:c:gs:gen}, тетрадь с записями долгов и банковские карты; квартиру снимал {P:a:gs}.`,
  `<a=*.m>ОРИЕНТИРОВКА\nРазыскивается {P:a:F}, {DOB:a:dmy} г.р., уроженец {f:cityGen}. Может передвигаться на автомобиле {f:car} г/н {PL:kz}.`,
  `<a=*.m>Запрос о выдаче направлен в отношении {P:a:f:gen}, объявленного в межгосударственный розыск.`,
  // social work, reintegration, psychology
  `<a=*.f b=~a.f.old>Социальный работник посетила семью по {ADR:ru_po}: дома бабушка, {P:b:gp}, и двое детей {P:a:g:gen}.`,
  `<a=*.f>План реинтеграции: {P:a:gs} хочет открыть швейную мастерскую в {f:cityLoc}; {f:programme} выделяет грант.`,
  `<a=*.f>Заключение психолога: у {P:a:g:gen} выражены симптомы ПТСР, она избегает разговоров о {f:destLoc}.`,
  `<a=*.f b=*.f>Психолог отмечает, что {P:a:g} называет вербовщицу только «{P:b:nick}».`,
  // documents
  `<a=*.f>СВИДЕТЕЛЬСТВО НА ВОЗВРАЩЕНИЕ\nВыдано: {P:a:F}\nДата рождения: {DOB:a:dmy}\nВзамен утраченного паспорта {PAS:a}`,
  `<a=*.m>Уведомление о прибытии иностранного гражданина: {P:a:S}, паспорт {PAS:a}, место пребывания: {ADR:rus}.`,
  `<a=*.f b=*.m>ДОВЕРЕННОСТЬ\nЯ, {P:a:f}, паспорт {PAS:a}, доверяю {P:b:f:dat} получать мою заработную плату.`,
  `<a=*.m>Приглашение на въезд оформлено на {P:a:gs:acc}; принимающая сторона — {f:firm}, ИНН {NID:rinn:a}.`,
  `<a=*.f>Анкета соискателя (заполнена рукой): ФИО {P:a:lf}, рост 168, вес 52, телефон {PH:a}.`,
  `<a=*.f>Справка из школы: {P:a:gs} училась в 9 «Б» классе до {d}, дата рождения {DOB:a:dmyd}.`,
  // money and phones
  `<a=*.m>Ответ оператора связи: абонентский номер {PH:ru} с {d} зарегистрирован на {P:a:gs:acc}, паспорт {PAS:rus}.`,
  `<a=*.f>СМС от банка: «Перевод {money} с карты {mask}. Получатель: {P:a:gI}».`,
  `<a=*.m>В тетради долгов против фамилии «{P:a:s}» записано {money}, против «{P:b:s}» — ещё больше.`,
  `<a=*.m>Выписка {f:bank}: владелец счёта {P:a:f}, карта {CARD:mc}, последняя операция — снятие наличных в {f:destLoc}.`,
  `<a=*.f>Перевод ({f:mtsystem}): отправитель {P:a:gs}, получатель {P:b:gs}, номер перевода {mtcn}.`,
  `<a=*.m>Платёж по реквизитам: {IBAN:MD}, получатель {P:a:gs}.`,
  `<a=*.m>На польский счёт {IBAN:pllc} ежемесячно поступала «зарплата» для {P:a:gs:gen}.`,
  `<a=*.m>Счёт в Азербайджане {IBAN:AZ}, владелец {P:a:gs}, использовался для оплаты билетов.`,
  `<a=*.f>Оплата «обучения» — на счёт {IBAN:kzlc} (получатель {P:a:gs}).`,
  // messages, social
  `<a=*.f>Голосовое сообщение (расшифровка): «Мама, это {P:a:h}, у меня всё хорошо, не звони на этот номер».`,
  `<a=*.f>Пост в Instagram {H:a:ig}: «Пропала сестра, {P:a:gs}, последний раз выходила на связь из {f:destGen}».`,
  `<a=*.f b=*.m>Переписка, {ds}\n[{time}] {P:a:g}: он снова закрыл дверь\n[{time}] {P:a:g}: адрес {ADR:tr}\n[{time}] {P:b:g}: держись, я звоню в консульство`,
  `<a=*.m>Объявление на Avito: «Бригада из {f:cityGen}, сделаем ремонт быстро», контакт {P:a:g}, {PH:ru}, почта {EM:a}.`,
  `<a=*.f>В Одноклассниках мать нашла дочь по фамилии: {P:a:gs}, страница {H:a:ok}.`,
  `<a=*.m>Администратор чата «Работа Корея» — пользователь {H:a:at}, называет себя {P:a:nick}.`,
  // places inside Russia, UAE, Korea, China, Poland, Moldova
  `<a=*.m>Рабочие жили в вагончиках во дворе {ADR:ru_gen}; бригадир {P:a:gs:nom} запирал ворота на ночь.`,
  `<a=*.f>Её перевезли в Ажман, адрес: {ADR:ae}.`,
  `<a=*.m>Общежитие фабрики в Корее: {ADR:krh}; ответственный — {P:a:gs}.`,
  `<a=*.f>Брачное агентство в Иу находилось по адресу {ADR:cnh}; хозяйка — {P:a:gs}.`,
  `<a=*.m>В Польше работников поселили по адресу {ADR:pl}.`,
  `<a=*.f>Транзитная квартира в Кишинёве: {ADR:md}; телефон хозяйки {PH:md}.`,
  `<a=*.m>Склад в Сургуте, {ADR:rus}, обыскан {d}.`,
  // hard name forms
  `<a=*.f>Со слов потерпевшей {P:a:g:gen}, она никогда не была в {f:destLoc}.`,
  `<a=*.f>С {P:a:g:ins} связались через двоюродного брата.`,
  `<a=*.m>{P:a:g} работал на стройке без выходных.`,
  `<a=ug.m>Житель Чилика {P:a:gs}, {DOB:a:dmy} г.р., показал, что его привезли в Урумчи на автобусе.`,
  `<a=ug.f>Жительница села Маловодное {P:a:gs} пропала {d}.`,
  `<a=tj.f>Таджичка {P:a:g} рассказала, что в Дербенте её держали в подвале.`,
  `<a=*.m>Показания {P:a:is:gen} оглашены в связи с его неявкой.`,
  `<a=*.f>Протокол подписан: {P:a:si}.`,
  `<a=*.m b=*.f>Старший группы {P:a:gs:nom:shy} (скан) и переводчица {P:b:gs:nom:shy} (скан) присутствовали при допросе.`,
  `<a=*.f>Дата рождения по загранпаспорту: {DOB:a:ymddot}; по внутреннему — {DOB:a:dmy}.`,
  `<a=*.f>В визе Кореи дата рождения записана как {DOB:a:compact}.`,
  `<a=cn.f>Невеста, {P:a:gs}, в китайском паспорте: дата рождения {DOB:a:cn}.`,
  `<a=*.m>Родился в {DOB:a:my} года, точную дату не помнит.`,
  // labour inspection and employers
  `<a=*.m b=*.m>Из акта инспекции труда: в теплице {f:firm} работали {n:14:60} человек; старший смены {P:a:gs} назвал себя «бригадиром», хотя документы оформлены на {P:b:gs:acc}.`,
  `<a=*.f>Трудовой договор с {P:a:gs:ins} так и не был подписан; в журнале она записана как «{P:a:l}».`,
  `<a=*.m>Работник {P:a:gs}, СНИЛС {NID:snilsbad:a}, ИНН {NID:rinn:a}, проживал в бытовке.`,
  `<a=*.m>В договоре аренды ИНН арендатора — {NID:rinnbad:a}, арендатор {P:a:f}.`,
  `<a=*.f>Корейская виза: {P:a:LAT}, ARC {NID:arc:a}, адрес работодателя {ADR:krh}.`,
  `<a=*.m>Номер автомобиля в Корее {PL:kr}, водитель {P:a:gs}.`,
  `<a=*.m>Китайский грузовик {PL:cn}, водитель-экспедитор {P:a:gs}, телефон {PH:cn}.`,
  `<a=*.f b=ar.m>Спонсор {P:b:gs} переоформил её визу; Emirates ID клиентки — {NID:eidbad:a}.`,
  // hotline and shelter again, new wording
  `<a=*.f>Дежурный психолог линии {f:hotline}: звонила {P:a:gs:nom:shy}, просила не сообщать родителям.`,
  `<a=*.f>Куратор случая — социальный работник; клиентка {P:a:g} ({DOB:a:dmy}) переведена в {f:shelter} {d}.`,
  `<a=*.f>Клиентке {P:a:g:dat} выдан временный телефон, номер {PH:kz}, старый номер {PH:tr} заблокирован.`,
  `<a=*.m>Волонтёр {P:a:gs} встретил пострадавших в аэропорту {f:airport}; его почта {EM:a}.`,
  `<a=*.f>Почта для связи с клиенткой: {EM:a} (пользуется редко).`,
  `<a=*.f>Резервный контакт — подруга {P:b:gs}, {EM:b}, {PH:b}.`,
  // narrative: given names alone, rare names, oblique cases
  `<a=kz.f>«Меня зовут {P:a:g}, а не так, как записано в визе», — поправила она следователя.`,
  `<a=ky.m>Потерпевший {P:a:g} третий месяц не получал денег.`,
  `<a=tj.m>Брат {P:a:g:gen} приехал за ним в Дербент.`,
  `<a=uz.f>Потерпевшую {P:a:g:acc} перевезли из Сургута в Омск.`,
  `<a=tm.m>Туркмен {P:a:g} рассказал, что в Турции у него отобрали паспорт.`,
  `<a=ug.f>Потерпевшей {P:a:g:dat} обещали работу в Урумчи.`,
  `<a=cn.m>Посредник {P:a:gs} говорил по-русски с сильным акцентом.`,
  `<a=kr.f>Сотрудница центра для мигрантов {P:a:gs} помогла с переводом.`,
  `<a=ko.m>{P:a:f} (Уштобе) задержан за организацию незаконной миграции.`,
  `<a=*.f b=*.m>О пропаже {P:a:g:gen} сообщил её муж {P:b:g}.`,
  `<a=*.m b=*.f>{P:a:g} дважды звонил {P:b:g:dat} с разных номеров.`,
  `<a=*.f>со слов {P:a:l} — «хозяин» забирал телефоны на ночь`,
  `<a=*.m>допрошен {P:a:ls}, вину не признал`,
  `<a=*.f>Сестра потерпевшей, {P:a:gs:nom:shy}, приехала из {f:cityGen}.`,
  // addresses, more
  `<a=*.f>Вербовщица жила на {ADR:ru_na} и принимала девушек прямо дома.`,
  `<a=*.m>Микроавтобус забирал людей от {ADR:ru_gen} каждое утро в 6:00.`,
  `<a=*.f>До выезда {P:a:g} жила с матерью в {ADR:ru_v}.`,
  `<a=*.m>Прописан по адресу: {ADR:ru}; фактически проживает по {ADR:ru_po}.`,
  `<a=*.f>Хостел, где её держали, расположен в {ADR:rus_v}.`,
  `<a=*.m>Адрес, указанный в трудовом договоре: {ADR:ae}.`,
  `<a=*.m>Офис «агентства» в Варшаве: {ADR:pl}; телефон {PH:pl}.`,
  `<a=*.f>Квартира в Бельцах: {ADR:md}; телефон сестры {PH:md}.`,
  // ids, money
  `<a=kz.m>ИИН, указанный в расписке, — {NID:iin:a}; подпись: {P:a:si}.`,
  `<a=uz.f>В медицинской карте указан ПИНФЛ {NID:pinfl:a} и адрес {ADR:ruuz}.`,
  `<a=ky.m>В списке работников: {P:a:S}, ПИН {NID:kgpin:a}, телефон {PH:kg}.`,
  `<a=md.m>Водитель из Молдовы {P:a:gs}, IDNP {NID:idnp:a}, номер машины {PL:md}.`,
  `<a=tr.m>Турецкий посредник {P:a:gs}, T.C. {NID:tcbad:a}, пояснений не дал.`,
  `<a=*.m>Карта {CARD:cup} UnionPay оформлена на {P:a:gs:acc}.`,
  `<a=*.f>Деньги уходили на счёт {IBAN:PL}, открытый на имя {P:a:gs:gen}.`,
  `<a=*.m>Номер счёта в выписке указан строчными буквами: {IBAN:gelc}; владелец {P:a:gs}.`,
  `<a=*.m>Госномер {PL:ua}, собственник {P:a:gs}.`,
  `<a=*.m>Номер машины сопровождения {PL:ae}, водитель — {P:a:g}.`,
  `<a=*.f>Чек банкомата: карта {CARD:any}, снято {money}; на видеозаписи — {P:a:g}.`,
  `<a=*.m>Карта Мир {CARD:mir} и карта {mask} изъяты у {P:a:gs:gen}.`,
  `<a=*.f>Заявление о блокировке карты {CARD:visa} подала {P:a:gs}; электронная почта для ответа — {EM:a}.`,
];

const RU_NEG: string[] = [
  `{f:court} {dl} вынес приговор по делу № {case}; осуждённым назначено от {n:5:8} до {n:9:15} лет лишения свободы.`,
  `ЕРДР № {kui} зарегистрирован {d}; квалификация — {f:law}.`,
  `Номер дела в ЕРПП {erpp}; материалы переданы в {f:dept}.`,
  `УИД дела {uid}; апелляционная инстанция оставила приговор без изменения {dl}.`,
  `По данным {f:ngoGen}, в {n:2020:2024} году помощь получили {n:80:400} пострадавших, из них {pct} — мужчины.`,
  `Телефон доверия {f:hotline} работает круглосуточно; звонок с мобильных бесплатный.`,
  `Ущерб оценён в {money}; на {d} возмещено {money}.`,
  `Рейс {flight} {f:airline} вылетел из аэропорта {f:airport} с опозданием более чем на {n:2:4} часа..`,
  `{f:programme} профинансирована на сумму {money}, срок реализации — до {d}.`,
  `Вербовщики снимали помещение на улице Жарокова в Актобе, но номер дома установить не удалось.`,
  `Объявления публиковались в группах {f:cityGen} и в чатах мигрантов в {f:destLoc}.`,
  `{f:dept} провёл рейд в {n:3:14} саунах; возбуждено {n:2:6} уголовных дел.`,
  `Лицензия частного агентства занятости № {lic} аннулирована {d}.`,
  `Возраст потерпевшей на момент вербовки — {n:17:23}; в {f:destLoc} она провела {n:4:19} мес.`,
  `Меморандум между {f:ngoGen} и {f:dept} подписан {dl}.`,
  `Университет имени аль-Фараби провёл круглый стол по безопасной миграции {d}.`,
  `Счёт-фактура № {n:100:999} от {ds} на сумму {money}; КРС контрагента {krs}.`,
  `Граница на КПП «{f:checkpoint}» была закрыта с {d} по {d}.`,
  `Согласно {f:law}, вербовка признаётся оконченным преступлением с момента предложения.`,
  `Билет {tkt} оформлен {d}, бронь {pnr}, стоимость {money}.`,
  `Протокол заседания межведомственной рабочей группы от {dl}: обсуждено {n:4:9} вопросов.`,
  `В {f:cityLoc} открылся новый кризисный центр на {n:12:40} мест.`,
  `Аэропорт {f:airport} перешёл на зимнее расписание {d}.`,
  `Приговор {f:court} по делу № {case} обжалован прокурором {d}.`,
  `КПП «{f:checkpoint}» пропустил около {n:3:9} тыс. человек за сутки.`,
  `{f:agency} рекламировало вакансии {f:job} с зарплатой {money}.`,
  `Проспект Аль-Фараби в Алматы перекрыт на ремонт до {d}.`,
  `Фонд имени Чингиза Айтматова выделил {money} на информационную кампанию.`,
  `Памятка мигранта: не отдавайте паспорт работодателю; телефон доверия {f:hotline}.`,
  `По {f:law} максимальное наказание — {n:10:15} лет лишения свободы.`,
];

// ---------------------------------------------------------------------------------------------------------------
// Templates: English

const EN_POS: string[] = [
  // police / case files
  `<a=*.f b=*.m>INCIDENT REPORT\nOn {d} officers responded to a call from {P:a:gs}, who stated that {P:b:gs} had taken her passport and locked her in a flat at {ADR:en}.`,
  `<a=*.m>Suspect: {P:a:F}\nDOB: {DOB:a:dmon}\nNationality: {cit:a}\nPassport: {PAS:a}\nVehicle: {PL:tr}`,
  `<a=*.f>Detective's note: {P:a:g} identified the house from photographs but could not name the street.`,
  `<a=*.m b=*.f>Under questioning, {P:a:s} admitted collecting "rent" of {money} a week from {P:b:g} and four other women.`,
  `<a=*.f>{P:a:g} was told she would be looking after an elderly woman in {f:dest}; she ended up working {n:14:18} hours a day in a bakery.`,
  `<a=*.f.young>{P:a:g}'s mother reported her missing on {d}; her last known number was {PH:a}.`,
  // hotline log
  `<a=*.f>HOTLINE LOG ({f:hotline})\n{time} inbound from {PH:ae}. Caller: "{P:a:g}", 24, housemaid, employer keeps passport. Callback agreed for tomorrow.`,
  `<a=*.m>{time} Caller gave only a first name, {P:a:g}, and hung up when asked where he was.`,
  `<a=*.f>Follow-up call to {P:a:ls} on {PH:a}: no answer, voicemail full.`,
  // shelter intake
  `<a=*.f>SHELTER INTAKE FORM\nName: {P:a:gS}\nDate of birth: {DOB:a:dmy}\nHome address: {ADR:ca}\nEmergency contact: {PH:a}\nReferred by: {f:ngo}`,
  `<a=*.f.minor b=~a.f.old>Intake (minor): {P:a:gs}, born {DOB:a:long}; guardian {P:b:gs}, phone {PH:b}.`,
  `<a=*.f>Client {P:a:lsg} asked us not to contact her family.`,
  // court verdict excerpts
  `<a=*.m b=*.f>JUDGMENT\n{f:court}, {dl}\nThe accused, {P:a:gs}, born {DOB:a:ord}, is found guilty of trafficking in persons. The court accepts the evidence of the complainant, {P:b:gI}.`,
  `<a=*.m>The court heard that {P:a:s} had recruited at least {n:6:19} men through a Facebook group and his profile {H:a:fb}.`,
  `<a=*.f b=*.m>{P:a:g} told the court that {P:b:g} slapped her whenever she asked for her wages.`,
  `<a=*.m b=*.m>Co-defendant {P:b:gs} testified that {P:a:gs} owned the minibus {PL:kz} used to move the workers.`,
  // bank statements
  `<a=*.m>STATEMENT OF ACCOUNT\nAccount holder: {P:a:F}\nIBAN: {IBAN:PL}\nPeriod: {ds} to {ds}`,
  `<a=*.f>Beneficiary: {P:a:LAT} — Account: {IBAN:AE} — Bank: Emirates NBD`,
  `<a=*.m>Transfers of {money} each were made to card {CARD:any}, held by {P:a:gs}.`,
  `<a=*.m>A {f:mtsystem} receipt names the sender as {P:a:air}; control number {mtcn}.`,
  `<a=*.f>Her wages were paid into an account in someone else's name: {IBAN:trlc}, opened by {P:a:gs}.`,
  // messenger export
  `<a=*.f b=*.m>Chat export, {ds}\n[{time}] {P:b:g}: you owe me for the ticket\n[{time}] {P:a:g}: I already paid\n[{time}] {P:b:g}: then call {PH:b}`,
  `<a=*.m>WhatsApp export, chat with "{P:a:nick}" ({PH:ae}), {n:300:1400} messages.`,
  `<a=*.f>Telegram contact saved as "{P:a:nick}", username {H:a:at}.`,
  `<a=*.m>She found him on Instagram as {H:a:bare} and on TikTok as {H:a:bareu}.`,
  `<a=*.f>The victim's cousin, {P:a:gs}, shared screenshots from her account {H:a:ig}.`,
  `<a=*.m>His YouTube channel {H:a:yt} advertised "jobs in Korea, no language needed".`,
  `<a=*.m>An X account, {H:a:x}, reposted the same advert.`,
  // airline manifest
  `<a=*.f b=*.f>PASSENGER MANIFEST {flight} {d}\n14C {P:a:air} {PAS:a}\n14D {P:b:air} {PAS:b}`,
  `<a=*.m>Booking {pnr} was made for {P:a:air} using the e-mail {EM:a}.`,
  `<a=*.f>The ticket ({tkt}) was issued to {P:a:LAT} by {f:airline}.`,
  // recruitment ads
  `<a=*.f>AD: Hotel staff needed in {f:dest}! Free visa, free flight, salary {money}. Contact {P:a:g} on {PH:a} (WhatsApp).`,
  `<a=*.m>Recruiter's card: {P:a:gs}, {f:agency}, mobile {PH:a}, e-mail {EM:a}.`,
  `<a=*.m>"Farm work in Poland, start next week" — posted by {H:a:bare} on Telegram, with the number {PH:pl}.`,
  // labour inspection
  `<a=kr.m b=*.m>LABOUR INSPECTION\nSite: {ADR:kr}\nEmployer: {P:a:gs} (tel. {PH:krl})\nWorker interviewed: {P:b:gs}, ARC {NID:arc:b}`,
  `<a=*.m>The inspector found {n:9:31} passports in the office safe, including that of {P:a:gs} ({PAS:a}).`,
  `<a=pl.m b=*.f>The farm owner, {P:a:gs}, PESEL {NID:pesel:a}, said {P:b:g} had "left on her own".`,
  `<a=ar.m>Sponsor: {P:a:gs}, Emirates ID {NID:eidbad:a}, mobile {PH:ae}.`,
  // appeals
  `<a=*.m>NOTICE OF APPEAL\nAppellant: {P:a:gs}\nAddress for service: {ADR:pl}`,
  `<a=*.f>The appellant, {P:a:s}, argues that she was herself a victim and was forced to collect money from the others.`,
  // ids
  `<a=kz.f>Kazakh IIN {NID:iin:a}; holder {P:a:gs}.`,
  `<a=kz.m>The IIN on the contract, {NID:iinbad:a}, belongs to no-one; the worker's real name is {P:a:gs}.`,
  `<a=uz.f>PINFL {NID:pinfl:a}, passport {PAS:uz}, name {P:a:gs}.`,
  `<a=tr.m>Turkish ID (T.C. Kimlik No) {NID:tcbad:a} was written on the rental contract signed by {P:a:gs}.`,
  `<a=md.f>Moldovan IDNP: {NID:idnpbad:a}. Holder: {P:a:gs}.`,
  `<a=ky.m>Kyrgyz PIN {NID:kgpin:a}, holder {P:a:gs}, born {DOB:a:iso}.`,
  `<a=tj.m>Tajik TIN {NID:tjinn:a}; passport {PAS:tj}.`,
  // addresses abroad
  `<a=*.f>She was kept at {ADR:ae} for {n:2:9} months.`,
  `<a=*.f>The dormitory was at {ADR:kr}; the factory was next door.`,
  `<a=*.m>Address given in Korean on the pay slip: {ADR:krh}.`,
  `<a=*.f>The broker's office in Yiwu: {ADR:cn}; phone {PH:cn}.`,
  `<a=*.f>Returned to her aunt's flat at {ADR:md}, tel. {PH:mdl}.`,
  `<a=*.m>Workers slept in a container behind {ADR:pl}.`,
  `<a=*.f>Her registered address in Turkey: {ADR:tr}.`,
  // names hard forms
  `<a=*.f>{P:a:g:nom:shy} (name as extracted from the scanned statement) was 19 at the time.`,
  `<a=ug.f>{P:a:g}, a Uyghur woman from Zharkent, said the recruiter spoke to her in Russian.`,
  `<a=kr.f>The Korean social worker, {P:a:gs}, accompanied the victims to the embassy.`,
  `<a=cn.f b=*.f>Mrs {P:a:gs} ran the boarding house where {P:b:g} was kept.`,
  `<a=af.m>An Afghan driver, {P:a:gs}, drove them across the border at {f:checkpoint}.`,
  `<a=tm.f>Turkmen passport {PAS:tm} was issued to {P:a:gs}; her sister's landline in Ashgabat is {PH:tml}.`,
  `<a=*.m>the file lists him only as {P:a:ls}, with no date of birth`,
  `<a=*.f>Her date of birth appears as {DOB:a:mdy} on the visa and {DOB:a:dmys} on the labour card.`,
  `<a=*.m>Vehicles seen: {PL:ae} (Dubai) and {PL:cn} (Xinjiang).`,
  `<a=*.m>Car registration {PL:pl}, owner {P:a:gs}.`,
  `<a=*.m>The Moldovan minivan {PL:md} was driven by {P:a:gs}.`,
  `<a=*.m>Azerbaijani plates {PL:az}; the driver, {P:a:gs}, had an Azerbaijani IBAN {IBAN:AZ}.`,
  `<a=*.m>The truck {PL:ua} belonged to {P:a:gs}, UA IBAN {IBAN:ualc}.`,
  `<a=*.f>Salary card: {CARD:uzcard}, issued to {P:a:gs}.`,
  `<a=*.m>UnionPay card {CARD:cup}, holder {P:a:LAT}.`,
  `<a=*.m>Turkish Troy card {CARD:troy} was found in his wallet along with {P:a:gs}'s ID.`,
  `<a=*.f b=*.m>IDENTIFICATION PARADE\nWitness {P:a:gs} picked out number 4, {P:b:gs}, as the man who collected their passports.`,
  `<a=*.m>ARREST RECORD\nName: {P:a:S}\nDOB: {DOB:a:dmy}\nAddress: {ADR:ca}\nItems seized: passport {PAS:a}, {n:3:9} SIM cards`,
  `<a=*.m b=*.f>Police searched {ADR:ae} and found the passports of {P:b:gs} and four other women; the flat was rented by {P:a:gs}.`,
  `<a=*.m>WANTED: {P:a:F}, born {DOB:a:dmon}, may be driving a white minivan, plate {PL:kz}.`,
  `<a=*.f b=~a.f.old>Home visit: the social worker met {P:a:g}'s grandmother, {P:b:gs}, who looks after the two children.`,
  `<a=*.f>Reintegration plan: {P:a:gs} wants to train as a hairdresser; {f:programme} covers the course fees.`,
  `<a=*.f>Psychologist's note: {P:a:g} still refers to the madam only as "{P:b:nick}".`,
  `<a=*.f>TRAVEL DOCUMENT FOR RETURN\nIssued to: {P:a:F}\nDate of birth: {DOB:a:dmy}\nReplaces lost passport {PAS:a}`,
  `<a=*.f b=*.m>POWER OF ATTORNEY\nI, {P:a:gs}, passport {PAS:a}, authorise {P:b:gs} to collect my wages.`,
  `<a=*.f>Job application form (handwritten): name {P:a:ls}, height 165, phone {PH:a}, e-mail {EM:a}.`,
  `<a=*.m>Mobile operator's reply: number {PH:kg} has been registered to {P:a:gs} since {d}.`,
  `<a=*.f>Bank SMS: "Transfer {money} from card {mask}. Recipient: {P:a:gI}".`,
  `<a=*.m>In the debt ledger, the entry next to "{P:a:s}" reads {money}.`,
  `<a=*.f>{f:mtsystem} transfer: sender {P:a:gs}, receiver {P:b:gs}, reference {mtcn}.`,
  `<a=*.m>Payments went to a Georgian account, {IBAN:GE}, opened by {P:a:gs}.`,
  `<a=*.m>The Moldovan account {IBAN:mdlc} was in the name of {P:a:gs}.`,
  `<a=*.f>Kazakh account {IBAN:KZ}, holder {P:a:LAT}.`,
  `<a=*.f>Voice note (transcribed): "Mum, it's {P:a:g}, I'm fine, don't call this number."`,
  `<a=*.f>Missing-person post on Instagram ({H:a:ig}): "My sister {P:a:gs} has not called since {d}."`,
  `<a=*.m>The Telegram group "Work in Korea" is run by {H:a:at}, who calls himself {P:a:nick}.`,
  `<a=*.m>On Facebook he used the name {P:a:gs} and the page {H:a:fb}.`,
  `<a=*.m>The workers lived in cabins behind {ADR:pl}; {P:a:gs} locked the gate at night.`,
  `<a=*.f>The marriage agency in Yiwu was at {ADR:cnh}; the owner, {P:a:gs}, spoke some Russian.`,
  `<a=*.m>Factory dormitory in Ansan: {ADR:kr}; manager {P:a:gs}, office phone {PH:krl}.`,
  `<a=*.f>A transit flat in Chisinau: {ADR:md}; landlady's mobile {PH:md}.`,
  `<a=ug.m>{P:a:gs}, a man from Chilik, said he was taken to Urumqi by bus.`,
  `<a=*.f>{P:a:g} worked in the greenhouse without a day off for {n:3:9} months.`,
  `<a=*.m>The statement of {P:a:is} was read out because he failed to appear.`,
  `<a=*.f>Signed: {P:a:si}`,
  `<a=*.f>Date of birth on the passport: {DOB:a:ymddot}; on the ID card: {DOB:a:dmy}.`,
  `<a=*.f>The Korean visa gives her date of birth as {DOB:a:compact}.`,
  `<a=cn.f>The bride, {P:a:gs}, was born on {DOB:a:cn} according to her Chinese passport.`,
  `<a=*.m>He was born in {DOB:a:my} but does not know the exact day.`,
  `<a=*.f>{P:a:gs:nom:shy} (OCR) and {P:b:gs:nom:shy} (OCR) were both listed on the rota.`,
  `<a=*.m>Taxi order: passenger {P:a:g}, phone {PH:a}, from {ADR:tr} to the airport.`,
  `<a=*.f>Hotel registration card: guest {P:a:F}, passport {PAS:a}, nationality {cit:a}.`,
  `<a=*.m>Driver {P:a:gs} carried {n:6:14} men in the van {PL:tm} across the Turkmen border.`,
  `<a=*.m>Russian plates {PL:rul}; the owner, {P:a:gs}, lives at {ADR:rus}.`,
  `<a=*.m b=*.m>Labour inspectors found {n:14:60} workers in the greenhouse; the shift leader, {P:a:gs}, said the papers were in the name of {P:b:gs}.`,
  `<a=*.m>Worker {P:a:gs}, SNILS {NID:snilsbad:a}, slept in a site cabin.`,
  `<a=*.f>Korean visa: {P:a:LAT}, ARC {NID:arc:a}, employer's address {ADR:krh}.`,
  `<a=*.m>Korean plate {PL:kr}; the driver, {P:a:gs}, works for the same factory.`,
  `<a=*.m>A Chinese lorry, {PL:cn}, driven by {P:a:gs} (tel. {PH:cn}).`,
  `<a=*.f>Hotline psychologist on duty: the caller, {P:a:gs:nom:shy}, asked us not to tell her parents.`,
  `<a=*.f>Case manager's note: client {P:a:g} ({DOB:a:dmy}) moved to a new shelter on {d}.`,
  `<a=*.m>Volunteer {P:a:gs} met the group at the airport; his e-mail is {EM:a}.`,
  `<a=*.f>Back-up contact: her friend {P:b:gs}, {EM:b}, {PH:b}.`,
  `<a=kz.f>"My name is {P:a:g}, not what the visa says," she told the interpreter.`,
  `<a=ky.m>{P:a:g} had not been paid for three months.`,
  `<a=tj.m>{P:a:g}'s brother travelled to Derbent to bring him home.`,
  `<a=tm.m>{P:a:g}, from Mary, said his passport was taken in Istanbul.`,
  `<a=ug.f>{P:a:g} was promised a job in a restaurant in Urumqi.`,
  `<a=kr.f>A volunteer at the migrant centre, {P:a:gs}, helped with the interpreting.`,
  `<a=*.f b=*.m>Her husband, {P:b:g}, reported {P:a:g} missing on {d}.`,
  `<a=*.f>according to {P:a:l}, the "boss" took their phones every night`,
  `<a=*.m>interviewed: {P:a:ls}, denies the charges`,
  `<a=*.f>The recruiter lived at {ADR:ca} and interviewed the girls at home.`,
  `<a=*.f>Before leaving, {P:a:g} lived with her mother at {ADR:ca}.`,
  `<a=*.m>The address in the work contract: {ADR:ae}.`,
  `<a=*.m>The agency's office in Warsaw: {ADR:pl}; phone {PH:pl}.`,
  `<a=*.f>A flat in Balti: {ADR:md}; her sister's number {PH:md}.`,
  `<a=kz.m>The IIN on the receipt is {NID:iin:a}; signed {P:a:si}.`,
  `<a=uz.f>The medical card gives PINFL {NID:pinflbad:a} and the address {ADR:uz}.`,
  `<a=tr.m>The Turkish middleman, {P:a:gs}, T.C. no. {NID:tc:a}, declined to comment.`,
  `<a=*.m>Account number printed in lower case: {IBAN:kzlc}; holder {P:a:gs}.`,
  `<a=*.m>Escort car {PL:ae}, driver {P:a:g}.`,
  `<a=*.f>The girls called her "{P:a:nick}"; her real name is {P:a:gs}.`,
  `<a=*.m>On VK he is {H:a:vk}; on Odnoklassniki, {H:a:ok}.`,
  `<a=*.f>The Telegram channel {H:a:tme} posted her photo with the caption "new arrival".`,
  `<a=*.m>Instagram: {H:a:bare}. Telegram: {H:a:plain}.`,
  `<a=*.f>ATM slip: card {CARD:any}, withdrawn {money}; the CCTV shows {P:a:g}.`,
  `<a=*.m>Two cards were seized: {CARD:mc} and one ending {mask}; both belong to {P:a:gs}.`,
];

const EN_NEG: string[] = [
  `{f:court} delivered its judgment on {dl}; case {case}.`,
  `The {f:hotline} hotline received {n:200:900} calls in {n:2020:2024}, {pct} of them about labour exploitation.`,
  `Flight {flight} from {f:city} to {f:dest} was delayed by {n:2:7} hours on {d}.`,
  `{f:ngo} and {f:bank} signed a memorandum on {dl} to flag suspicious transfers.`,
  `{f:programme} has helped returnees since {n:2015:2021}; its budget this year is {money}.`,
  `The recruiter rented rooms somewhere on Damascus Street, but no building number was ever found.`,
  `Losses were estimated at {money}; {money} has been recovered.`,
  `The Nazarbayev University team presented its survey of {n:400:1200} returning migrants on {d}.`,
  `{f:agency} lost its licence ({lic}) on {d}.`,
  `Workers crossed at {f:checkpoint} between {d} and {d}.`,
  `Invoice {n:1000:9999} dated {ds}, amount {money}, KRS {krs}.`,
  `Case {case}: the prosecutor asked for {n:6:12} years.`,
  `Minutes of the national referral mechanism meeting, {dl}: {n:4:9} items discussed.`,
  `A new shelter with {n:12:40} beds opened in {f:city} on {d}.`,
  `{f:agency} advertised jobs as {f:job} paying {money} a month.`,
  `The Aitmatov Foundation granted {money} for an awareness campaign.`,
  `Migrant leaflet: never hand your passport to an employer; hotline {f:hotline}.`,
  `{f:airline} suspended its route to {f:dest} from {d}.`,
  `Border crossings at {f:checkpoint} reached {n:3000:9000} a day in {n:2021:2024}.`,
  `Booking reference {pnr}, ticket {tkt}, fare {money}.`,
];

// ---------------------------------------------------------------------------------------------------------------
// Templates: Kazakh

const KK_POS: string[] = [
  `<a=kz.f b=kz.m>БАЯНАТ\n{dl} кезекші бөлімге {P:a:f} өтініш беріп, {P:b:gs} оның жеке куәлігін тартып алғанын хабарлады.`,
  `<a=kz.f>Жәбірленуші {P:a:g} {f:destDat} аспазшы болып барамын деп ойлаған.`,
  `<a=kz.f b=kz.m>{P:a:g:gen} сөзінше, {P:b:g} оған «қарызыңды өтемейінше үйге қайтпайсың» деген.`,
  `<a=kz.m>Сезікті {P:a:f}, {DOB:a:long} туған, ЖСН {NID:iin:a}, мекенжайы: {ADR:kk}.`,
  `<a=kz.f>{P:a:gs} {ADR:kk_loc} тіркелген, бірақ онда тұрмайды.`,
  `<a=kz.f.young>Сенім телефонына ({f:hotline}) хабарласқан қыз өзін {P:a:g} деп атады, нөмірі {PH:kz}.`,
  `<a=kz.f>Қабылдау парағы\nАты-жөні: {P:a:S}\nТуған күні: {DOB:a:dmy}\nТелефоны: {PH:a}`,
  `<a=kz.m b=kz.f>Сот {P:a:f:acc} кінәлі деп танып, {n:7:13} жылға бас бостандығынан айырды; жәбірленуші — {P:b:gI}.`,
  `<a=kz|ko.m>Еңбек шартындағы ЖСН {NID:iinbad:a} жарамсыз болып шықты; қызметкер — {P:a:gs}.`,
  `<a=*.m>Ақша {P:a:gs:gen} атындағы {IBAN:KZ} шотына түсіп отырған.`,
  `<a=*.f>Жалақы {CARD:visa} картасына аударылған, картаның иесі — {P:a:gs}.`,
  `<a=kz.m>Микроавтобустың нөмірі {PL:kz}, жүргізушісі {P:a:gs}.`,
  `<a=kz.f>{P:a:h} анасына {PH:tr} нөмірінен қоңырау шалған.`,
  `<a=kz.f b=kz.m>WhatsApp хат-алмасуы:\n[{time}] {P:b:g}: төлқұжатың менде тұрады\n[{time}] {P:a:g}: маған қайтарып беріңізші`,
  `<a=kz.m>Жалдаушының Instagram парақшасы: {H:a:bare}; электрондық поштасы: {EM:a}.`,
  `<a=kz.f>{P:a:gs} {DOB:a:loc} дүниеге келген.`,
  `<a=kz.f>Куәгер {P:a:s} жәбірленушіні {f:site} көргенін айтты.`,
  `<a=kz.m>Жұмысқа шақырған адам өзін «{P:a:nick}» деп таныстырған.`,
  `<a=ug.f>Ұйғыр қызы {P:a:gs}, ЖСН {NID:iin:a}, Жаркенттен Алматыға жұмыс іздеп келген.`,
  `<a=kz.f>Жәбірленушінің туған жылы — {DOB:a:yh}, тұрғылықты жері: {ADR:kk}.`,
  `<a=kz.m b=kz.f>{P:a:g} {P:b:g:acc} Ақтөбеден Анкараға ұшаққа отырғызып жіберген.`,
  `<a=kz.f>Төлқұжат {PAS:kz}, иесі {P:a:LAT}.`,
  `<a=kz.m>Апелляциялық шағымда сотталған {P:a:f} үкімнің күшін жоюды сұрайды.`,
  `<a=kz.f>Баспанаға {d} қабылданған {P:a:l} әзірге ешкіммен сөйлескісі келмейді.`,
  `<a=kz.m>ІЗДЕУ ХАБАРЛАНДЫРУЫ\nІзделуде: {P:a:F}, {DOB:a:dmy} ж.т., {f:car} көлігімен жүруі мүмкін, нөмірі {PL:kz}.`,
  `<a=kz.f b=kz.f.old>Әлеуметтік қызметкер {ADR:kk_loc} тұратын әжесі {P:b:gp} апайға барды.`,
  `<a=kz.f>{P:a:g} анасына дауыстық хабарлама жіберген: «Апа, бұл мен, {P:a:h}, маған қоңырау шалма».`,
  `<a=kz.m>Ұялы байланыс операторының жауабы: {PH:kz} нөмірі {d} бастап {P:a:gs:dat} тіркелген.`,
  `<a=kz.f>Жұмысқа орналасу сауалнамасы: аты-жөні {P:a:lf}, телефон {PH:a}.`,
  `<a=kz.m>{f:mtsystem} аударымы: жіберуші {P:a:gs}, бақылау нөмірі {mtcn}.`,
  `<a=kz.m>{P:a:gs} жәбірленушіні {ADR:kk_loc} жасырып ұстаған.`,
  `<a=kz.f>{P:a:gs:nom:shy} (сканерленген хаттамадан) жауап алуға келді.`,
  `<a=kz.f>Төлқұжаттағы туған күні {DOB:a:ymddot}.`,
  `<a=kz.m>Telegram-арнаның әкімшісі {H:a:at}; өзін «{P:a:nick}» деп атайды.`,
  `<a=kz.f>Жәбірленуші {P:a:g:gen} інісі оны Анкарадан алып қайтты.`,
  `<a=kz.m>Еңбек инспекциясының актісі: бригадир {P:a:gs}, телефоны {PH:kzl}, жұмысшылар {f:site} тұрған.`,
  `<a=kz.f>{P:a:g:dat} Пусанда жұмыс уәде етілген.`,
  `<a=kz.m>Жалдау шартындағы ЖСН {NID:iin:a}; жалға алушы {P:a:is}.`,
  `<a=kz.f>Еріктісі {P:a:gs} әуежайда қыздарды күтіп алды, поштасы {EM:a}.`,
  `<a=kz.m>көлік иесі {P:a:ls}, нөмірі {PL:kz}`,
  `<a=kz.f>Қыздар оны «{P:a:nick}» деп атаған, шын аты — {P:a:gs}.`,
  `<a=kz.m>Шот нөмірі кіші әріптермен жазылған: {IBAN:kzlc}; иесі {P:a:gs}.`,
  `<a=kz.f>Карта {CARD:any} {P:a:gs:gen} атына ресімделген; поштасы {EM:a}.`,
];

const KK_NEG: string[] = [
  `{f:court} {dl} үкім шығарды; іс № {case}.`,
  `СДТБ № {kui} {d} тіркелді.`,
  `Сенім телефоны {f:hotline} тәулік бойы жұмыс істейді.`,
  `{f:ngo} {n:2020:2024} жылы {n:60:300} жәбірленушіге көмек көрсетті.`,
  `Келтірілген залал {money} құрады.`,
  `{f:police} {d} бірнеше сауна мен қонақүйді тексерді.`,
  `{f:ngo} {dl} жаңа дағдарыс орталығын ашты.`,
  `Әл-Фараби даңғылы {d} бастап жөндеуге жабылды.`,
];

const KKL_POS: string[] = [
  `<a=kz.f>Жәбірленуші {P:a:g} {f:destDat} даяшы болып кеткен.`,
  `<a=kz.m>Сезікті {P:a:gs}, ЖСН {NID:iin:a}, {d} ұсталды.`,
  `<a=kz.f>{P:a:f} {DOB:a:loc} туған, мекенжайы: {ADR:kkl}.`,
  `<a=kz.f>{P:a:g} {ADR:kkl_loc} тұрған.`,
  `<a=kz.m>Байланыс: {PH:kz}, {P:a:g}.`,
  `<a=kz.f>Туған күні: {DOB:a:dmonth}; төлқұжат: {PAS:kz}.`,
  `<a=kz|ko.m>ЖСН {NID:iinbad:a} қате жазылған; иесі {P:a:gs}.`,
  `<a=kz.f>{P:a:l} {time}\nмені осы жерден алып кетіңдер\n{P:a:l} {time}\nнөмірім {PH:kz}`,
  `<a=kz.m>Телеграм арнасы: {H:a:tme}; әкімшісі — {P:a:gs}.`,
  `<a=kz.m>Шот {IBAN:kzlc}, иесі {P:a:gs}.`,
  `<a=kz.f>Анасы {P:a:gp} полицияға {d} жүгінді.`,
  `<a=kz.f>Баспанаға қабылданды: {P:a:S}, {DOB:a:dmy}, телефон {PH:a}.`,
  `<a=kz.m>{P:a:g} {f:site} жалақысыз жұмыс істеген.`,
  `<a=kz.f>Электрондық пошта: {EM:a}; Instagram: {H:a:bare}.`,
  `<a=kz.f>Қыздар оны «{P:a:nick}» деп атаған, шын аты — {P:a:gs}.`,
  `<a=kz.m>Жалдау шартындағы ЖСН {NID:iin:a}; жалға алушы {P:a:is}.`,
];

const KKL_NEG: string[] = [
  `{f:court} {dl} үкім шығарды.`,
  `Сенім телефоны: {f:hotline}.`,
  `{f:ngo} {d} есеп жариялады.`,
];

// ---------------------------------------------------------------------------------------------------------------
// Templates: Kyrgyz

const KY_POS: string[] = [
  `<a=ky.f b=ky.m>МАЛЫМДАМА\n{dl} {P:a:f} ички иштер бөлүмүнө кайрылып, {P:b:gs} анын паспортун тартып алганын билдирди.`,
  `<a=ky.f>Жабырлануучу {P:a:g} {f:destDat} бала багуучу болуп барам деп ойлогон.`,
  `<a=ky.f b=ky.m>{P:a:g:gen} айтымында, {P:b:g} ага «карызды төлөмөйүнчө кете албайсың» деген.`,
  `<a=ky.m>Шектүү {P:a:f}, {DOB:a:long} туулган, ПИН {NID:kgpin:a}, дареги: {ADR:ky}.`,
  `<a=ky.f>{P:a:gs} {ADR:ky_loc} катталган.`,
  `<a=ky.f.young>Ишеним телефонуна ({f:hotline}) чалган кыз өзүн {P:a:g} деп тааныштырды, номери {PH:kg}.`,
  `<a=ky.f>Кабыл алуу баракчасы\nАты-жөнү: {P:a:S}\nТуулган күнү: {DOB:a:dmy}\nТелефону: {PH:a}`,
  `<a=ky.m b=ky.f>Сот {P:a:f:acc} күнөөлүү деп таап, {n:6:12} жылга эркинен ажыратты; жабырлануучу — {P:b:gI}.`,
  `<a=ky.m>Келишимдеги ПИН {NID:kgpinbad:a}; кызматкер {P:a:gs}.`,
  `<a=*.m>Акча {P:a:gs:gen} атындагы {CARD:elcart} картасына которулган.`,
  `<a=ky.m>Автоунаанын номуру {PL:kg}, айдоочусу {P:a:gs}.`,
  `<a=ky.f>{P:a:h} апасына {PH:ru} номуруна чалган.`,
  `<a=ky.f b=ky.m>Кат алышуу:\n[{time}] {P:b:g}: паспортуң менде\n[{time}] {P:a:g}: мага кайтарып бериңизчи`,
  `<a=ky.m>Жумушка чакырган адамдын Instagram баракчасы: {H:a:bare}.`,
  `<a=ky.f>{P:a:gs} {DOB:a:loc} туулган.`,
  `<a=ky.m>Күбө {P:a:s} сотко келген жок.`,
  `<a=ky.m>Ортомчу өзүн «{P:a:nick}» деп атаган.`,
  `<a=ky.f>{P:a:g} {DOB:a:yh} туулган, паспорту {PAS:kg}.`,
  `<a=ky.m b=ky.f>{P:a:g} {P:b:g:acc} Нарындан Бишкекке алып келип, андан ары Сургутка жөнөткөн.`,
  `<a=ky.f>Паспорттогу аты: {P:a:LAT}.`,
  `<a=ky.m>Апелляциялык даттанууда соттолгон {P:a:f} өкүмдү жокко чыгарууну суранат.`,
  `<a=ky.f>Баш калкалоочу жайга {d} кабыл алынган {P:a:l} азырынча эч ким менен сүйлөшкүсү келбейт.`,
  `<a=ky.m>Электрондук почтасы {EM:a}, телефону {PH:a}.`,
  `<a=ky.m>ИЗДӨӨ\nИздөөдө: {P:a:F}, {DOB:a:dmy} туулган, {PL:kg} номерлүү унаа менен жүрүшү мүмкүн.`,
  `<a=ky.f b=ky.f.old>Социалдык кызматкер {ADR:ky_loc} жашаган чоң энеси {P:b:gp} эжеге барды.`,
  `<a=ky.f>{P:a:g} апасына үн кат жөнөткөн: «Апа, бул мен, {P:a:h}, бул номурга чалба».`,
  `<a=ky.m>Байланыш операторунун жообу: {PH:kg} номуру {d} баштап {P:a:gs:dat} катталган.`,
  `<a=ky.f>Жумушка анкета: аты-жөнү {P:a:lf}, телефону {PH:a}.`,
  `<a=ky.f>{P:a:gs:nom:shy} (сканерден) суракка келди.`,
  `<a=ky.m>Эсеп {IBAN:TR}, ээси {P:a:gs}.`,
  `<a=ky.f>Паспорттогу туулган күнү {DOB:a:ymddot}.`,
  `<a=ug.m>Жалал-Абаддык {P:a:gs} Үрүмчүгө автобус менен жеткирилгенин айтты.`,
  `<a=ky.f>Жабырлануучу {P:a:g:gen} иниси аны Сургуттан алып келди.`,
  `<a=ky.m>Эмгек инспекциясынын актысы: бригадир {P:a:gs}, телефону {PH:kgl}.`,
  `<a=ky.f>{P:a:g:dat} Абу-Дабиде жумуш убада кылынган.`,
  `<a=ky.m>Ижара келишиминдеги ПИН {NID:kgpin:a}; ижарачы {P:a:is}.`,
  `<a=ky.m>унаанын ээси {P:a:ls}, номуру {PL:kg}`,
  `<a=ky.f>Кыздар аны «{P:a:nick}» деп аташкан, чыныгы аты — {P:a:gs}.`,
  `<a=ky.m>Банк эсеби {IBAN:TR}, ээси {P:a:LAT}.`,
  `<a=ky.f>Instagram: {H:a:bare}; почта {EM:a}.`,
  `<a=ky.m>Картанын номуру {CARD:any}, ээси {P:a:gs}, почтасы {EM:a}.`,
];

const KY_NEG: string[] = [
  `{f:court} {dl} өкүм чыгарды; иш № {case}.`,
  `ЭАБР номуру {erpp} {d} катталган.`,
  `Ишеним телефону {f:hotline} акысыз.`,
  `{f:ngo} {n:2020:2024}-жылы {n:50:250} адамга жардам берди.`,
  `Зыяндын суммасы {money}.`,
  `{f:police} {d} текшерүү жүргүздү.`,
  `{f:ngo} {dl} жаңы борбор ачты.`,
  `Токтогул көчөсүндө жол оңдоо иштери {d} чейин улантылат.`,
];

// ---------------------------------------------------------------------------------------------------------------
// Templates: Uzbek

const UZ_POS: string[] = [
  `<a=uz.f b=uz.m>BILDIRGI\n{dl} navbatchi qismga {P:a:f} murojaat qilib, {P:b:gs} uning pasportini olib qo'yganini ma'lum qildi.`,
  `<a=uz.f>Jabrlanuvchi {P:a:g} {f:destDat} oshpaz bo'lib ishlashga ketgan edi.`,
  `<a=uz.f b=uz.m>{P:a:g:gen} aytishicha, {P:b:g} unga «qarzingni uzmaguningcha uyga ketolmaysan» degan.`,
  `<a=uz.m>Gumonlanuvchi {P:a:f}, tug'ilgan sanasi {DOB:a:long}, JShShIR {NID:pinfl:a}, manzili: {ADR:uz}.`,
  `<a=uz.f>{P:a:gs} {ADR:uz_loc} yashagan.`,
  `<a=uz.f.young>Ishonch telefoniga ({f:hotline}) qo'ng'iroq qilgan qiz o'zini {P:a:g} deb tanishtirdi, raqami {PH:uz}.`,
  `<a=uz.f>Qabul varaqasi\nF.I.Sh.: {P:a:S}\nTug'ilgan sanasi: {DOB:a:dmy}\nTelefon: {PH:a}`,
  `<a=uz.m b=uz.f>Sud {P:a:f:acc} aybdor deb topib, {n:6:12} yilga ozodlikdan mahrum qildi; jabrlanuvchi — {P:b:gI}.`,
  `<a=uz.m>Shartnomadagi JShShIR {NID:pinflbad:a}; xodim {P:a:gs}.`,
  `<a=*.m>Pul {P:a:gs:gen} nomidagi {CARD:humo} kartasiga o'tkazilgan.`,
  `<a=uz.f>Maosh {CARD:uzcard} kartasiga tushgan, karta egasi {P:a:gs}.`,
  `<a=uz.m>Avtomobil raqami {PL:uz}, haydovchi {P:a:gs}.`,
  `<a=uz.f>{P:a:h} onasiga {PH:tr} raqamidan qo'ng'iroq qilgan.`,
  `<a=uz.f b=uz.m>Yozishma:\n[{time}] {P:b:g}: pasporting menda turadi\n[{time}] {P:a:g}: iltimos, qaytarib bering`,
  `<a=uz.m>Ishga chaqirgan odamning Telegram akkaunti: {H:a:at}; Instagram: {H:a:bare}.`,
  `<a=uz.f>{P:a:gs} {DOB:a:loc} tug'ilgan.`,
  `<a=uz.m>Guvoh {P:a:s} sud majlisiga kelmadi.`,
  `<a=uz.m>Vositachi o'zini «{P:a:nick}» deb atagan.`,
  `<a=uz.f>{P:a:g} {DOB:a:yh} tug'ilgan, pasporti {PAS:uz}.`,
  `<a=uz.m b=uz.f>{P:a:g} {P:b:g:acc} Namangandan Toshkentga olib kelib, keyin Abu-Dabiga jo'natgan.`,
  `<a=uz.f>Pasportdagi ismi: {P:a:LAT}.`,
  `<a=uz.m>Apellyatsiya shikoyatida mahkum {P:a:f} hukmni bekor qilishni so'raydi.`,
  `<a=uz.f>Boshpanaga {d} qabul qilingan {P:a:l} hozircha hech kim bilan gaplashmayapti.`,
  `<a=uz.m>Elektron pochtasi {EM:a}, telefoni {PH:a}.`,
  `<a=uz.f>Manzili: {ADR:uz}; onasining telefoni {PH:uzl}.`,
  `<a=uz.m>QIDIRUV\nQidiruvda: {P:a:F}, tug'ilgan sanasi {DOB:a:dmy}, {PL:uz} raqamli avtomobilda yurishi mumkin.`,
  `<a=uz.f b=uz.f.old>Ijtimoiy xodim {ADR:uz_loc} yashovchi buvisi {P:b:gp} opaning uyiga bordi.`,
  `<a=uz.f>{P:a:g} onasiga ovozli xabar yuborgan: «Oyi, bu men, {P:a:h}, bu raqamga qo'ng'iroq qilmang».`,
  `<a=uz.m>Aloqa operatorining javobi: {PH:uz} raqami {d} dan beri {P:a:gs:dat} rasmiylashtirilgan.`,
  `<a=uz.f>Ishga anketa: F.I.Sh. {P:a:lf}, telefon {PH:a}.`,
  `<a=uz.f>{P:a:gs:nom:shy} (skanerdan) so'roqqa keldi.`,
  `<a=uz.m>Hisob {IBAN:TR}, egasi {P:a:gs}.`,
  `<a=uz.f>Pasportdagi tug'ilgan sanasi {DOB:a:ymddot}.`,
  `<a=uz.m>Nukuslik {P:a:gs} Varshavaga ishga ketgan, manzili {ADR:pl}.`,
  `<a=uz.f>Jabrlanuvchi {P:a:g:gen} ukasi uni Surgutdan olib keldi.`,
  `<a=uz.m>Mehnat inspeksiyasi dalolatnomasi: brigadir {P:a:gs}, telefoni {PH:uzl}.`,
  `<a=uz.f>{P:a:g:dat} Pusanda ish va'da qilingan.`,
  `<a=uz.m>Ijara shartnomasidagi JShShIR {NID:pinfl:a}; ijarachi {P:a:is}.`,
  `<a=uz.m>avtomobil egasi {P:a:ls}, raqami {PL:uz}`,
  `<a=uz.f>Qizlar uni «{P:a:nick}» deb atashgan, asl ismi — {P:a:gs}.`,
  `<a=uz.m>Hisob raqami kichik harflarda yozilgan: {IBAN:trlc}; egasi {P:a:gs}.`,
  `<a=uz.f>Qoraqalpog'istonlik {P:a:gs} pasportda xato borligini, aslida {DOB:a:loc} tug'ilganini aytdi.`,
];

const UZ_NEG: string[] = [
  `{f:court} {dl} hukm chiqardi; ish № {case}.`,
  `Ishonch telefoni {f:hotline} bepul.`,
  `{f:ngo} {n:2020:2024}-yilda {n:50:250} kishiga yordam berdi.`,
  `Zarar miqdori {money}.`,
  `{f:police} {d} tekshiruv o'tkazdi.`,
  `Navoiy ko'chasida joylashgan bino haqida ma'lumot yo'q.`,
  `{f:ngo} {dl} yangi markaz ochdi.`,
  `Amir Temur xiyobonida ta'mirlash ishlari {d} gacha davom etadi.`,
];

const UZC_POS: string[] = [
  `<a=uz.f>Жабрланувчи {P:a:g} {f:destDat} ишлашга кетган.`,
  `<a=uz.m>Гумонланувчи {P:a:f}, ЖШШИР {NID:pinfl:a}, {d} ушланди.`,
  `<a=uz.f>{P:a:gs}, туғилган санаси {DOB:a:long}, манзили: {ADR:uzc}.`,
  `<a=uz.f>{P:a:g} {ADR:uzc_loc} яшаган.`,
  `<a=uz.m>Алоқа учун: {PH:uz}, {P:a:g}.`,
  `<a=uz.f>Туғилган санаси: {DOB:a:dmonth}; паспорт: {PAS:uz}.`,
  `<a=uz.m>ЖШШИР {NID:pinflbad:a} нотўғри; эгаси {P:a:gs}.`,
  `<a=uz.f>{P:a:l} {time}\nмени бу ердан олиб кетинглар\n{P:a:l} {time}\nрақамим {PH:uz}`,
  `<a=uz.m>Карта {CARD:humo}, эгаси {P:a:gs}.`,
  `<a=uz.f>Онаси {P:a:gp} милицияга {d} мурожаат қилди.`,
  `<a=uz.m>Қидирувда: {P:a:F}, {PL:uz} рақамли автомобилда юриши мумкин.`,
  `<a=uz.f>Ишга анкета: Ф.И.Ш. {P:a:lf}, телефон {PH:a}.`,
  `<a=uz.m>Телеграм: {H:a:at}; электрон почта {EM:a}.`,
  `<a=uz.f>Қизлар уни «{P:a:nick}» деб аташган, асл исми — {P:a:gs}.`,
  `<a=uz.m>Ҳисоб {IBAN:TR}, эгаси {P:a:gs}.`,
];

const UZC_NEG: string[] = [
  `{f:court} {dl} ҳукм чиқарди.`,
  `Ишонч телефони: {f:hotline}.`,
  `{f:ngo} {d} ҳисобот эълон қилди.`,
];

// ---------------------------------------------------------------------------------------------------------------
// Templates: Tajik

const TG_POS: string[] = [
  `<a=tj.f b=tj.m>ГУЗОРИШ\n{dl} ба навбатдории милиса {P:a:f} муроҷиат карда, хабар дод, ки {P:b:gs} шиносномаи ӯро гирифтааст.`,
  `<a=tj.f>Ҷабрдида {P:a:g} гумон мекард, ки {f:destDat} ошпаз мешавад.`,
  `<a=tj.f b=tj.m>Ба гуфтаи {P:a:g}, {P:b:g} ба ӯ гуфтааст: «то қарзатро насупорӣ, ба хона намеравӣ».`,
  `<a=tj.m>Гумонбаршуда {P:a:f}, таваллуди {DOB:a:soli}, РМА {NID:tjinn:a}, суроға: {ADR:tg}.`,
  `<a=tj.f>{P:a:gs} дар {ADR:tg_loc} зиндагӣ мекард.`,
  `<a=tj.f.young>Ба хати боварӣ ({f:hotline}) духтаре занг зад, ки худро {P:a:g} муаррифӣ кард, рақамаш {PH:tj}.`,
  `<a=tj.f>Варақаи қабул\nН.Н.Ф.: {P:a:S}\nСанаи таваллуд: {DOB:a:dmy}\nТелефон: {PH:a}`,
  `<a=tj.m b=tj.f>Суд {P:a:f:acc} гунаҳкор дониста, ба {n:6:12} сол аз озодӣ маҳрум кард; ҷабрдида — {P:b:gI}.`,
  `<a=tj.m>Дар шартнома РМА {NID:tjinnbad:a} навишта шудааст; корманд {P:a:gs}.`,
  `<a=*.m>Пул ба корти {CARD:any}, ки ба номи {P:a:gs} аст, гузаронида шудааст.`,
  `<a=tj.m>Рақами мошин {PL:tj}, ронанда {P:a:gs}.`,
  `<a=tj.f>{P:a:h} ба модараш аз рақами {PH:ru} занг задааст.`,
  `<a=tj.f b=tj.m>Мукотиба:\n[{time}] {P:b:g}: шиносномаат дар назди ман аст\n[{time}] {P:a:g}: лутфан баргардонед`,
  `<a=tj.m>Саҳифаи Instagram-и даъваткунанда: {H:a:bare}.`,
  `<a=tj.f>{P:a:gs} {DOB:a:long} таваллуд шудааст.`,
  `<a=tj.m>Шоҳид {P:a:s} ба маҷлиси суд ҳозир нашуд.`,
  `<a=tj.m>Миёнарав худро «{P:a:nick}» меномид.`,
  `<a=tj.f>Соли таваллуд {DOB:a:y}, шиноснома {PAS:tj}.`,
  `<a=tj.m b=tj.f>{P:a:g} {P:b:g:acc} аз Бохтар ба Душанбе оварда, баъд ба Сургут фиристод.`,
  `<a=tj.f>Номаш дар шиноснома: {P:a:LAT}.`,
  `<a=tj.m>Дар шикояти кассатсионӣ маҳкум {P:a:f} бекор кардани ҳукмро талаб мекунад.`,
  `<a=tj.f>{P:a:l}, ки {d} ба паноҳгоҳ қабул шуд, ҳоло бо касе гап задан намехоҳад.`,
  `<a=tj.m>Почтаи электронӣ {EM:a}, телефон {PH:a}.`,
  `<a=af.m>Ронандаи афғон {P:a:gs} онҳоро аз сарҳад гузаронд; рақами телефонаш {PH:af}.`,
  `<a=tj.m>ҶУСТУҶӮ\nДар ҷустуҷӯ: {P:a:F}, санаи таваллуд {DOB:a:dmy}, шояд бо мошини рақами {PL:tj} ҳаракат кунад.`,
  `<a=tj.f b=tj.f.old>Корманди иҷтимоӣ ба назди модаркалонаш {P:b:gp}, ки дар {ADR:tg_loc} зиндагӣ мекунад, рафт.`,
  `<a=tj.f>{P:a:g} ба модараш паёми овозӣ фиристод: «Оча, ин манам, {P:a:h}, ба ин рақам занг назан».`,
  `<a=tj.m>Ҷавоби оператори алоқа: рақами {PH:tj} аз {d} ба номи {P:a:gs} сабт шудааст.`,
  `<a=tj.f>Анкетаи корҷӯ: Н.Н.Ф. {P:a:lf}, телефон {PH:a}.`,
  `<a=tj.f>{P:a:gs:nom:shy} (аз сканер) ба пурсиш омад.`,
  `<a=tj.m>Ҳисоб {IBAN:trlc}, соҳиб {P:a:gs}.`,
  `<a=tj.f>Санаи таваллуд дар шиноснома {DOB:a:ymddot}.`,
  `<a=tj.m>{P:a:gs:acc} дар Русия, дар суроғаи {ADR:rus}, пайдо карданд.`,
  `<a=tj.f>Бародари {P:a:g} ӯро аз Сургут баргардонд.`,
  `<a=tj.m>Санади нозироти меҳнат: бригадир {P:a:gs}, телефон {PH:tjl}.`,
  `<a=tj.f>Ба {P:a:g} дар Пусан кор ваъда дода буданд.`,
  `<a=tj.m>соҳиби мошин {P:a:ls}, рақам {PL:tj}`,
  `<a=tj.f>Духтарон ӯро «{P:a:nick}» меномиданд, номи аслиаш — {P:a:gs}.`,
  `<a=tj.m>Ҳисоби бонкӣ {IBAN:AE}, соҳиб {P:a:LAT}.`,
  `<a=tj.f>Instagram: {H:a:bare}; почта {EM:a}.`,
  `<a=tj.m>{P:a:gs} соли {DOB:a:y} таваллуд шуда, дар {ADR:tg_loc} сукунат дорад.`,
  `<a=tj.f>Корти {CARD:humo} ба номи {P:a:gs} буд; почтаи электронӣ {EM:a}.`,
];

const TG_NEG: string[] = [
  `{f:court} {dl} ҳукм баровард; парвандаи № {case}.`,
  `Хати боварӣ {f:hotline} ройгон аст.`,
  `{f:ngo} соли {n:2020:2024} ба {n:50:250} нафар кӯмак расонд.`,
  `Зарар {money}-ро ташкил дод.`,
  `{f:police} {d} санҷиш гузаронд.`,
  `Дар кӯчаи Айнӣ бино ёфт нашуд.`,
  `{f:ngo} {dl} маркази нав кушод.`,
  `Хиёбони Рӯдакӣ то {d} барои таъмир баста аст.`,
];

// ---------------------------------------------------------------------------------------------------------------
// Templates: Turkish

const TR_POS: string[] = [
  `<a=*.f b=*.m>TUTANAK\n{dl} tarihinde {f:police} birimine başvuran {P:a:gs}, {P:b:gs} isimli şahsın pasaportunu elinden aldığını beyan etti.`,
  `<a=*.f>Mağdur {P:a:g}, {f:city} ilinde bir otelde temizlik işi yapacağını sanıyordu.`,
  `<a=*.f b=*.m>{P:a:g:gen} ifadesine göre {P:b:g} ona "borcunu ödemeden gidemezsin" dedi.`,
  `<a=*.m>Şüpheli {P:a:F}, {DOB:a:dmy} doğumlu, {cit:a} uyruklu, pasaport no {PAS:a}.`,
  `<a=tr.m>Şüpheli {P:a:gs}, T.C. Kimlik No {NID:tc:a}, adres: {ADR:tr}.`,
  `<a=tr.f>Kira sözleşmesindeki T.C. kimlik numarası {NID:tcbad:a}; kiracı {P:a:gs}.`,
  `<a=*.f>Yabancı kimlik numarası {NID:ykn:a} olan {P:a:gs}, {ADR:tr_loc} ikamet ediyordu.`,
  `<a=*.f.young>{f:hotline} hattını arayan genç kadın adını {P:a:g} olarak verdi, telefonu {PH:tr}.`,
  `<a=*.f>BARINMA EVİ KAYIT FORMU\nAdı Soyadı: {P:a:gS}\nDoğum tarihi: {DOB:a:dmy}\nTelefon: {PH:a}`,
  `<a=*.m b=*.f>Mahkeme, sanık {P:a:gs:acc} insan ticareti suçundan {n:8:14} yıl hapis cezasına çarptırdı; mağdur {P:b:gI}.`,
  `<a=*.m>Para {P:a:gs:gen} adına kayıtlı {IBAN:TR} hesabına yatırıldı.`,
  `<a=*.f>Maaşı {P:a:gs:gen} {CARD:troy} numaralı kartına yatıyordu.`,
  `<a=*.m>Minibüsün plakası {PL:tr}, şoförü {P:a:gs}.`,
  `<a=*.f>{P:a:g} annesini {PH:trl} numaralı sabit hattan aradı.`,
  `<a=*.f b=*.m>WhatsApp yazışması:\n[{time}] {P:b:g}: pasaportun bende kalacak\n[{time}] {P:a:g}: lütfen geri verin`,
  `<a=*.m>Aracı kişinin Instagram hesabı {H:a:bare}, e-posta adresi {EM:a}.`,
  `<a=*.f>{P:a:gs} {DOB:a:loc} doğdu.`,
  `<a=*.m>Tanık {P:a:s} duruşmaya gelmedi.`,
  `<a=*.m>Kendisini "{P:a:nick}" diye tanıtan kişi işçileri havalimanında karşıladı.`,
  `<a=*.f>{DOB:a:yh} doğdu; pasaport numarası {PAS:a}.`,
  `<a=*.m b=*.f>{P:a:g}, {P:b:g:acc} Ankara'dan Bursa'ya götürüp bir atölyeye kapattı.`,
  `<a=*.f>Pasaporttaki adı: {P:a:LAT}.`,
  `<a=*.m>İstinaf başvurusunda sanık {P:a:gs} hükmün bozulmasını talep etti.`,
  `<a=*.f>Barınma evine {d} tarihinde alınan {P:a:l} henüz kimseyle konuşmak istemiyor.`,
  `<a=tm.f>Türkmen vatandaşı {P:a:gs}, pasaport {PAS:tm}, Aşkabat'taki ev telefonu {PH:tml}.`,
  `<a=*.m>İş ilanı: "{f:city} otellerine bayan eleman aranıyor, vize ve bilet bizden." İrtibat: {P:a:g} Bey, {PH:tr}.`,
  `<a=*.f>Tanık {P:a:gs:nom:shy} (taranmış ifade tutanağından) olayı doğruladı.`,
  `<a=az.m>Azerbaycan plakalı {PL:az} aracın sahibi {P:a:gs}.`,
  `<a=*.m>ARANIYOR: {P:a:F}, {DOB:a:dmy} doğumlu, {PL:kz} plakalı minibüsle hareket ediyor olabilir.`,
  `<a=*.f b=*.m>TEŞHİS TUTANAĞI\nTanık {P:a:gs}, 3 numaralı kişiyi, {P:b:gs:acc}, pasaportları toplayan kişi olarak teşhis etti.`,
  `<a=*.f>Sesli mesaj (deşifre): "Anne, ben {P:a:g}, iyiyim, bu numarayı arama."`,
  `<a=*.m>GSM operatörünün cevabı: {PH:tr} numaralı hat {d} tarihinden beri {P:a:gs} adına kayıtlı.`,
  `<a=*.f>İş başvuru formu: adı soyadı {P:a:ls}, telefon {PH:a}, e-posta {EM:a}.`,
  `<a=*.m>Otel kayıt kartı: misafir {P:a:F}, pasaport {PAS:a}, uyruk {cit:a}.`,
  `<a=*.m>Taksi çağrısı: yolcu {P:a:g}, telefon {PH:a}, adres {ADR:tr}.`,
  `<a=*.f>Pasaporttaki doğum tarihi {DOB:a:ymddot}, kimlik kartında {DOB:a:dmy}.`,
  `<a=*.m>Facebook'ta {P:a:gs} adını ve {H:a:fb} sayfasını kullanıyordu.`,
  `<a=*.f>Kadınlar {ADR:tr_loc} bir bodrum katında tutuluyordu; daireyi {P:a:gs} kiralamıştı.`,
  `<a=*.m>Hesap {IBAN:trlc}, hesap sahibi {P:a:LAT}.`,
  `<a=ky.m>Kırgız uyruklu {P:a:gs}, pasaport {PAS:kg}, telefon {PH:kg}.`,
  `<a=*.f>Mağdur {P:a:g:gen} kardeşi onu Ankara'dan geri getirdi.`,
  `<a=*.m>Çalışma müfettişliği raporu: ustabaşı {P:a:gs}, telefon {PH:trl}, {n:14:60} işçi kayıt dışı.`,
  `<a=*.f>{P:a:g:dat} İzmir'de bir otelde iş sözü verilmişti.`,
  `<a=*.m>aracın sahibi {P:a:ls}, plaka {PL:tr}`,
  `<a=*.f>Kızlar ona "{P:a:nick}" diyordu; gerçek adı {P:a:gs}.`,
  `<a=*.m>Hesap numarası küçük harflerle yazılmış: {IBAN:trlc}; hesap sahibi {P:a:gs}.`,
  `<a=*.f>Instagram: {H:a:bare}; e-posta {EM:a}.`,
  `<a=kr.m>Koreli işveren {P:a:gs}, telefon {PH:kr}, adres {ADR:kr}.`,
  `<a=*.f>{P:a:gs} {DOB:a:dmyh} doğdu, {ADR:tr_loc} oturuyordu.`,
  `<a=*.m>Kart numarası {CARD:visa}, kart sahibi {P:a:gs}; diğer kart {mask}.`,
];

const TR_NEG: string[] = [
  `{f:court} {dl} tarihinde karar verdi; esas no {case}.`,
  `Alo {f:hotline} hattı 7/24 hizmet veriyor.`,
  `{f:ngo} {n:2020:2024} yılında {n:50:250} mağdura destek oldu.`,
  `Zarar {money} olarak hesaplandı.`,
  `{f:police} {d} tarihinde {n:3:12} iş yerinde denetim yaptı.`,
  `Sanıklar {f:law} uyarınca yargılandı.`,
  `Atatürk Üniversitesi {d} tarihinde göç konulu bir panel düzenledi.`,
  `İl Göç İdaresi {dl} tarihinde {n:12:60} yabancıyı sınır dışı etti.`,
  `Ankara Emniyet Müdürlüğü {d} tarihinde yeni bir insan ticaretiyle mücadele birimi kurdu.`,
  `Yolcu listesi: uçuş {flight}, rezervasyon {pnr}.`,
];

// ---------------------------------------------------------------------------------------------------------------
// Assembly, checks and output

const PLAN: { orth: Orth; pos: string[]; neg: string[]; nPos: number; nNeg: number }[] = [
  { orth: 'ru', pos: RU_POS, neg: RU_NEG, nPos: 185, nNeg: 30 },
  { orth: 'en', pos: EN_POS, neg: EN_NEG, nPos: 118, nNeg: 19 },
  { orth: 'kk', pos: KK_POS, neg: KK_NEG, nPos: 41, nNeg: 6 },
  { orth: 'kkl', pos: KKL_POS, neg: KKL_NEG, nPos: 15, nNeg: 3 },
  { orth: 'ky', pos: KY_POS, neg: KY_NEG, nPos: 46, nNeg: 8 },
  { orth: 'uz', pos: UZ_POS, neg: UZ_NEG, nPos: 41, nNeg: 7 },
  { orth: 'uzc', pos: UZC_POS, neg: UZC_NEG, nPos: 15, nNeg: 3 },
  { orth: 'tg', pos: TG_POS, neg: TG_NEG, nPos: 46, nNeg: 8 },
  { orth: 'tr', pos: TR_POS, neg: TR_NEG, nPos: 52, nNeg: 10 },
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
 * The name, nickname and street pools share no entry with the twelfth batch's pools (read from its generator's
 * source: every `words(...)` entry in either quoting, both spellings, and every quoted literal such as diminutives),
 * nor with the examples the issue gives. Throws with a count only; set HELDOUT_DEBUG=1 to list the clashes.
 */
function assertNewPools(): void {
  const src = readFileSync(join(__dirname, 'generate-anonymizer-heldout-12.ts'), 'utf8');
  const old = new Set<string>();
  const norm = (x: string) =>
    x
      .replace(/_/g, ' ')
      .replace(/\/[mf]$/, '')
      .trim()
      .toLowerCase();
  const add = (x: string) => {
    const t = norm(x);
    if (t) old.add(t);
  };
  for (const re of [/words\(\s*`([^`]*)`\s*\)/g, /words\(\s*'([^']*)'\s*\)/g, /words\(\s*"([^"]*)"\s*\)/g])
    for (const m of src.matchAll(re)) for (const tok of m[1].split(/\s+/)) for (const part of tok.split('=')) add(part);
  for (const m of src.matchAll(/'([^'\n]{2,60})'/g)) add(m[1]);
  for (const m of src.matchAll(/^\s+([А-ЯЁA-Z][^\s:]+): '/gmu)) add(m[1]);
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
  for (const list of Object.values(NICKS_BASE)) mine.push(...(list ?? []).map((n) => n.replace(/\/[mf]$/, '')));
  const streets = [
    ...[RU_ST, RU_ADJ, RU_PR, RU_MKR, RUS_ST, RU_TASH, RU_TASH_ST, KK_ST, KK_AVE, KK_MKR, KY_ST, KY_MKR, KY_BLV],
    ...[UZ_ST, UZ_MAH, TG_ST, TG_AVE, TR_MAH, TR_SOK, TR_CAD, TR_APT, AE_BLDG, AE_ROAD, KR_ROAD, KR_ROAD_HANGUL],
    ...[PL_ST, PL_AL, PL_OS, MD_ST, MD_BD, EN_ST, EN_MKR, CN_ROAD, CN_ROAD_HANZI],
  ].flat();
  mine.push(...streets, ...streets.map((st) => kkLatin(st)), ...UZ_ST.map((st) => uzToCyr(st)));
  const clash = [...new Set(mine.filter((x) => old.has(norm(x))))];
  if (clash.length) {
    if (process.env.HELDOUT_DEBUG) console.error(clash.join('\n'));
    throw new Error(`${clash.length} name or street entries are the twelfth batch's (or the issue's examples)`);
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
        id: `heldout13-${lang}-${pad(i + 1, 3)}`,
        language: lang,
        script: LATIN_ORTHS.includes(d.orth) ? 'latin' : 'cyrillic',
        text: d.text,
        spans: d.spans,
      });
    });
  }

  const out = join(__dirname, '..', 'test', 'fixtures', 'anonymizer-heldout-13.jsonl');
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
