/* eslint-disable @typescript-eslint/no-unused-vars */
/**
 * Sixth held-out evaluation batch for libs/anonymizer (written 2026-12-05), written before the rules it judges; do not regenerate or edit it to fit the rules.
 *
 * Usage: tsx scripts/generate-anonymizer-heldout-6.ts [outDir]
 *
 * Writes <outDir>/anonymizer-heldout-6.jsonl (default outDir: test/fixtures).
 * Each line: {"id","language","script","text","spans":[{"start","end","type","text"}]}
 * with JS UTF-16 offsets (end exclusive). Texts are built by concatenating
 * pieces, so every offset is exact; the script asserts text.slice(start,end) === span.text.
 *
 * All names, addresses, numbers and sentences below are synthetic and were
 * written for this batch; numbers are random (most with valid check digits,
 * some deliberately with a wrong one after an explicit cue).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

// ---------------------------------------------------------------- PRNG & helpers

const SEED = 6052026;
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rnd = mulberry32(SEED);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
const int = (lo: number, hi: number): number => lo + Math.floor(rnd() * (hi - lo + 1));
const chance = (p: number): boolean => rnd() < p;
const dig = (n: number): string => Array.from({ length: n }, () => String(int(0, 9))).join('');
const pad2 = (n: number): string => String(n).padStart(2, '0');
const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
function pickN<T>(xs: readonly T[], n: number): T[] {
  const pool = [...xs];
  const out: T[] = [];
  while (out.length < n && pool.length) out.push(pool.splice(Math.floor(rnd() * pool.length), 1)[0]);
  return out;
}

// ---------------------------------------------------------------- pieces & builder

type SpanType =
  | 'PERSON'
  | 'ADDRESS'
  | 'BIRTH_DATE'
  | 'PHONE'
  | 'EMAIL'
  | 'NATIONAL_ID'
  | 'PASSPORT'
  | 'CARD'
  | 'IBAN'
  | 'PLATE'
  | 'HANDLE';
const SPAN_TYPES: SpanType[] = [
  'PERSON',
  'ADDRESS',
  'BIRTH_DATE',
  'PHONE',
  'EMAIL',
  'NATIONAL_ID',
  'PASSPORT',
  'CARD',
  'IBAN',
  'PLATE',
  'HANDLE',
];

/** A labelled value. */
class Tag {
  constructor(
    readonly type: SpanType,
    readonly text: string,
    /** true: never transliterate (foreign address lines written in their own script) */
    readonly keep = false,
  ) {}
}
/** Unlabelled text that a transliteration must leave alone (brand names, Latin codes). */
class Raw {
  constructor(readonly text: string) {}
}
type Piece = string | Tag | Raw | Piece[];

const PER = (s: string) => new Tag('PERSON', s);
const ADDR = (s: string) => new Tag('ADDRESS', s);
const ADDRX = (s: string) => new Tag('ADDRESS', s, true);
const BIRTH = (s: string) => new Tag('BIRTH_DATE', s);
const PHONE = (s: string) => new Tag('PHONE', s);
const EMAIL = (s: string) => new Tag('EMAIL', s);
const NID = (s: string) => new Tag('NATIONAL_ID', s);
const PASS = (s: string) => new Tag('PASSPORT', s);
const CARD = (s: string) => new Tag('CARD', s);
const IBAN = (s: string) => new Tag('IBAN', s);
const PLATE = (s: string) => new Tag('PLATE', s);
const HANDLE = (s: string) => new Tag('HANDLE', s);
const raw = (s: string) => new Raw(s);

/** Tagged template: t`text ${piece} text` -> Piece[] */
function t(strs: TemplateStringsArray, ...vals: (Piece | number)[]): Piece[] {
  const out: Piece[] = [];
  strs.forEach((s, i) => {
    out.push(s);
    if (i < vals.length) {
      const v = vals[i];
      out.push(typeof v === 'number' ? String(v) : v);
    }
  });
  return out;
}

function flatten(p: Piece, out: (string | Tag | Raw)[] = []): (string | Tag | Raw)[] {
  if (Array.isArray(p)) for (const q of p) flatten(q, out);
  else out.push(p);
  return out;
}

/** Transliterate plain text and the script-bearing labels (names, addresses, dates). */
function translitPieces(p: Piece, f: (s: string) => string): Piece {
  if (Array.isArray(p)) return p.map((q) => translitPieces(q, f));
  if (typeof p === 'string') return f(p);
  if (p instanceof Raw || p.keep) return p;
  if (p.type === 'PERSON' || p.type === 'ADDRESS' || p.type === 'BIRTH_DATE') return new Tag(p.type, f(p.text));
  return p;
}
/** Apply f to every string and every label text (used for Uzbek apostrophe styles). */
function mapAll(p: Piece, f: (s: string) => string): Piece {
  if (Array.isArray(p)) return p.map((q) => mapAll(q, f));
  if (typeof p === 'string') return f(p);
  if (p instanceof Raw) return new Raw(f(p.text));
  return new Tag(p.type, f(p.text), p.keep);
}

interface Span {
  start: number;
  end: number;
  type: SpanType;
  text: string;
}
function build(p: Piece): { text: string; spans: Span[] } {
  let text = '';
  const spans: Span[] = [];
  for (const q of flatten(p)) {
    if (typeof q === 'string') {
      const str = q.replace(/(\sг)\.\./g, '$1.'); // "... 2019 г.." -> "... 2019 г."
      text += str.startsWith('.') && text.endsWith('.') ? str.slice(1) : str;
    } else if (q instanceof Raw) text += q.text;
    else if (!(q instanceof Tag)) throw new Error(`not a piece: ${String(q)}`);
    else {
      const start = text.length;
      text += q.text;
      spans.push({ start, end: text.length, type: q.type, text: q.text });
    }
  }
  return { text, spans };
}

// ---------------------------------------------------------------- transliteration

function makeTranslit(table: Record<string, string>, initial: Record<string, string> = {}): (s: string) => string {
  const keys = [...Object.keys(table), ...Object.keys(initial)];
  const maxLen = Math.max(...keys.map((k) => k.length));
  return (s: string): string => {
    let out = '';
    let i = 0;
    while (i < s.length) {
      let done = false;
      for (let len = Math.min(maxLen, s.length - i); len >= 1; len--) {
        const chunk = s.slice(i, i + len);
        const low = chunk.toLowerCase();
        const atStart = i === 0 || !/[\p{L}'ʻ’`]/u.test(s[i - 1]);
        let rep = atStart && initial[low] !== undefined ? initial[low] : table[low];
        if (rep === undefined) continue;
        if (chunk[0] !== chunk[0].toLowerCase()) rep = cap(rep);
        out += rep;
        i += len;
        done = true;
        break;
      }
      if (!done) {
        out += s[i];
        i++;
      }
    }
    return out;
  };
}

const CYR_BASE_EN: Record<string, string> = {
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
  һ: 'h',
  і: 'i',
  ӣ: 'i',
  ӯ: 'u',
  ҳ: 'h',
  ҷ: 'j',
};
const cyrToEn = makeTranslit(CYR_BASE_EN, { е: 'ye', ё: 'yo' });

const cyrToUzLat = makeTranslit(
  {
    а: 'a',
    б: 'b',
    в: 'v',
    г: 'g',
    ғ: "g'",
    д: 'd',
    е: 'e',
    ё: 'yo',
    ж: 'j',
    з: 'z',
    и: 'i',
    й: 'y',
    к: 'k',
    қ: 'q',
    л: 'l',
    м: 'm',
    н: 'n',
    ң: 'ng',
    о: 'o',
    ө: "o'",
    п: 'p',
    р: 'r',
    с: 's',
    т: 't',
    у: 'u',
    ү: 'u',
    ұ: 'u',
    ӯ: "o'",
    ф: 'f',
    х: 'x',
    ҳ: 'h',
    ц: 'ts',
    ч: 'ch',
    ш: 'sh',
    щ: 'sh',
    ъ: '',
    ы: 'i',
    ь: '',
    э: 'e',
    ю: 'yu',
    я: 'ya',
    ә: 'a',
    і: 'i',
    ӣ: 'i',
    һ: 'h',
    ҷ: 'j',
  },
  { е: 'ye' },
);

const cyrToTk = makeTranslit({
  а: 'a',
  б: 'b',
  в: 'w',
  г: 'g',
  ғ: 'g',
  д: 'd',
  е: 'e',
  ё: 'ýo',
  ж: 'j',
  з: 'z',
  и: 'i',
  й: 'ý',
  к: 'k',
  қ: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  ң: 'ň',
  о: 'o',
  ө: 'ö',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ү: 'ü',
  ұ: 'u',
  ф: 'f',
  х: 'h',
  ц: 's',
  ч: 'ç',
  ш: 'ş',
  щ: 'ş',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'ýu',
  я: 'ýa',
  ә: 'ä',
  і: 'i',
  ӣ: 'i',
  ӯ: 'u',
  һ: 'h',
  ҳ: 'h',
  ҷ: 'j',
});

const kkToRu = makeTranslit({ ә: 'а', ғ: 'г', қ: 'к', ң: 'н', ө: 'о', ұ: 'у', ү: 'у', һ: 'х', і: 'и' });
const kkToKy = makeTranslit({ ә: 'а', ғ: 'г', қ: 'к', ұ: 'у', і: 'и', һ: 'х' });
const kyToRu = makeTranslit({ ң: 'н', ө: 'о', ү: 'у' });
const tgToRu = makeTranslit({ ӣ: 'и', ӯ: 'у', ҳ: 'х', ҷ: 'дж', қ: 'к', ғ: 'г', ъ: '' });

const UZ_TO_CYR: Record<string, string> = {
  "o'": 'ў',
  "g'": 'ғ',
  sh: 'ш',
  ch: 'ч',
  yo: 'ё',
  yu: 'ю',
  ya: 'я',
  ye: 'е',
  ts: 'ц',
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
  w: 'в',
  c: 'к',
};
const uzToCyr = makeTranslit(UZ_TO_CYR, { e: 'э' });
const uzToTg = makeTranslit({ ...UZ_TO_CYR, "o'": 'ӯ', j: 'ҷ' }, { e: 'э' });
const uzToRuBase = makeTranslit({ ...UZ_TO_CYR, "o'": 'у', "g'": 'г', q: 'к', h: 'х', "'": '' }, { e: 'э' });
const uzToEn = makeTranslit({ "o'": 'o', "g'": 'g', x: 'kh', "'": '' });
const uzToTk = makeTranslit({ "o'": 'ö', "g'": 'g', sh: 'ş', ch: 'ç', x: 'h', q: 'k', y: 'ý', v: 'w', "'": '' });

const TK_TO_RU: Record<string, string> = {
  ýa: 'я',
  ýe: 'е',
  ýu: 'ю',
  ýü: 'ю',
  ýo: 'ё',
  a: 'а',
  ä: 'а',
  b: 'б',
  ç: 'ч',
  d: 'д',
  e: 'е',
  f: 'ф',
  g: 'г',
  h: 'х',
  i: 'и',
  j: 'дж',
  ž: 'ж',
  k: 'к',
  l: 'л',
  m: 'м',
  n: 'н',
  ň: 'н',
  o: 'о',
  ö: 'о',
  p: 'п',
  r: 'р',
  s: 'с',
  ş: 'ш',
  t: 'т',
  u: 'у',
  ü: 'у',
  w: 'в',
  y: 'ы',
  ý: 'й',
  z: 'з',
};
const tkToRuBase = makeTranslit(TK_TO_RU, { e: 'э' });
const tkToEn = makeTranslit({ ä: 'a', ç: 'ch', ž: 'zh', ň: 'n', ö: 'o', ş: 'sh', ü: 'u', ý: 'y', w: 'v' });
const tkToUz = makeTranslit({ ä: 'a', ç: 'ch', ž: 'j', ň: 'ng', ö: "o'", ş: 'sh', ü: 'u', ý: 'y', w: 'v', y: 'i' });

/** Kazakh Latin orthographies (2017 apostrophes, 2018 acute accents, 2021 revision). */
const KK_LAT: Record<'2017' | '2018' | '2021', (s: string) => string> = {
  '2021': makeTranslit({
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
    ц: 's',
    ч: 'ç',
    ш: 'ş',
    щ: 'şş',
    ъ: '',
    ы: 'y',
    і: 'ı',
    ь: '',
    э: 'e',
    ю: 'iu',
    я: 'ia',
  }),
  '2018': makeTranslit({
    а: 'a',
    ә: 'á',
    б: 'b',
    в: 'v',
    г: 'g',
    ғ: 'ǵ',
    д: 'd',
    е: 'e',
    ё: 'ıo',
    ж: 'j',
    з: 'z',
    и: 'ı',
    й: 'ı',
    к: 'k',
    қ: 'q',
    л: 'l',
    м: 'm',
    н: 'n',
    ң: 'ń',
    о: 'o',
    ө: 'ó',
    п: 'p',
    р: 'r',
    с: 's',
    т: 't',
    у: 'ý',
    ұ: 'u',
    ү: 'ú',
    ф: 'f',
    х: 'h',
    һ: 'h',
    ц: 'ts',
    ч: 'ch',
    ш: 'sh',
    щ: 'sh',
    ъ: '',
    ы: 'y',
    і: 'i',
    ь: '',
    э: 'e',
    ю: 'ıý',
    я: 'ıa',
  }),
  '2017': makeTranslit({
    а: 'a',
    ә: "a'",
    б: 'b',
    в: 'v',
    г: 'g',
    ғ: "g'",
    д: 'd',
    е: 'e',
    ё: "i'o",
    ж: 'j',
    з: 'z',
    и: "i'",
    й: "i'",
    к: 'k',
    қ: 'q',
    л: 'l',
    м: 'm',
    н: 'n',
    ң: "n'",
    о: 'o',
    ө: "o'",
    п: 'p',
    р: 'r',
    с: 's',
    т: 't',
    у: "y'",
    ұ: 'u',
    ү: "u'",
    ф: 'f',
    х: 'h',
    һ: 'h',
    ц: 'c',
    ч: "c'",
    ш: "s'",
    щ: "s'",
    ъ: '',
    ы: 'y',
    і: 'i',
    ь: '',
    э: 'e',
    ю: "i'y'",
    я: "i'a",
  }),
};

// ---------------------------------------------------------------- name data (written for this batch)

type Eth = 'kz' | 'kg' | 'uz' | 'tj' | 'tm' | 'ru';
type G = 'm' | 'f';
interface NameSet {
  m: string[];
  f: string[];
  rm: string[]; // rare male given names
  rf: string[]; // rare female given names
  sur: string[]; // male surname forms
}

const NAMES: Record<Eth, NameSet> = {
  // Kazakh, in Kazakh Cyrillic
  kz: {
    m: [
      'Нұрлан',
      'Ерлан',
      'Асхат',
      'Бауыржан',
      'Жандос',
      'Данияр',
      'Ержан',
      'Мейрамбек',
      'Талғат',
      'Серік',
      'Айдос',
      'Ербол',
      'Жәнібек',
      'Қайрат',
      'Ермек',
      'Дәурен',
      'Ақжол',
      'Бекзат',
      'Арман',
      'Олжас',
    ],
    f: [
      'Айгерім',
      'Жансая',
      'Динара',
      'Гүлнара',
      'Айжан',
      'Жанар',
      'Сәуле',
      'Меруерт',
      'Аружан',
      'Ақбота',
      'Салтанат',
      'Әсел',
      'Баян',
      'Томирис',
      'Ақерке',
      'Назерке',
      'Мадина',
      'Жұлдыз',
      'Гүлмира',
      'Дана',
    ],
    rm: ['Бекарыс', 'Абылайхан', 'Ақылбек', 'Тоқтарбай', 'Жасұлан', 'Нұрбақыт', 'Есімхан'],
    rf: ['Қарлығаш', 'Ақмаржан', 'Нұрсезім', 'Толғанай', 'Ақниет', 'Күнсұлу', 'Шынар', 'Балжан', 'Еркежан', 'Мөлдір'],
    sur: [
      'Ахметов',
      'Жұмабаев',
      'Нұрпейісов',
      'Төлеуов',
      'Әбенов',
      'Оспанов',
      'Кенжебеков',
      'Мұқашев',
      'Есенов',
      'Байжанов',
      'Түлегенов',
      'Сейітов',
      'Қасымов',
      'Омаров',
      'Смағұлов',
      'Ізбасаров',
      'Дүйсенбаев',
      'Сейтқали',
    ],
  },
  // Kyrgyz, in Kyrgyz Cyrillic
  kg: {
    m: [
      'Азамат',
      'Бакыт',
      'Эрлан',
      'Нурбек',
      'Жыргалбек',
      'Темирлан',
      'Улан',
      'Кубанычбек',
      'Алмазбек',
      'Бектур',
      'Чыңгыз',
      'Адилет',
      'Тилек',
      'Самат',
      'Медер',
      'Мирлан',
      'Байтемир',
      'Эрмек',
      'Талант',
      'Нуржигит',
    ],
    f: [
      'Айпери',
      'Нургүл',
      'Жылдыз',
      'Бермет',
      'Чолпон',
      'Айзада',
      'Гүлзат',
      'Мээрим',
      'Назгүл',
      'Айгүл',
      'Бегимай',
      'Элнура',
      'Каныкей',
      'Асел',
      'Жаңыл',
      'Айчүрөк',
      'Аида',
      'Толгонай',
    ],
    rm: ['Бообек', 'Эсенгул', 'Жолдошбек', 'Сейитбек', 'Төлөгөн'],
    rf: [
      'Жаңылсын',
      'Күмүшай',
      'Алтынбүбү',
      'Зуурабүбү',
      'Ырысбүбү',
      'Сайкал',
      'Тумар',
      'Бегайым',
      'Анаркүл',
      'Сүйүмкан',
      'Акмөөр',
    ],
    sur: [
      'Токтогулов',
      'Асанов',
      'Бейшеналиев',
      'Мамытов',
      'Сыдыков',
      'Осмонов',
      'Абдыкалыков',
      'Турдубаев',
      'Эсенбаев',
      'Касымалиев',
      'Жумабеков',
      'Сатыбалдиев',
      'Төрөбеков',
      'Бөкөнбаев',
      'Шаршеев',
      'Үсөнов',
    ],
  },
  // Uzbek, in Uzbek Latin (ASCII apostrophes; styles are varied at output time)
  uz: {
    m: [
      'Jasur',
      'Sardor',
      'Bekzod',
      'Dilshod',
      'Otabek',
      'Sherzod',
      'Farrux',
      "Ulug'bek",
      'Rustam',
      'Bahodir',
      'Jahongir',
      'Doston',
      'Shoxrux',
      'Sanjar',
      "G'ayrat",
      "O'tkir",
      'Alisher',
      'Akmal',
      'Javlon',
      'Sherali',
      'Bobur',
      'Islom',
      'Nodir',
      'Bahtiyor',
      'Anvar',
    ],
    f: [
      'Dilnoza',
      'Nigora',
      'Gulnoza',
      'Madina',
      'Shahnoza',
      'Feruza',
      'Zarina',
      'Maftuna',
      'Nodira',
      'Mohira',
      'Sevara',
      "O'g'iloy",
      "G'uncha",
      'Dildora',
      'Muazzam',
      'Gulchehra',
      'Malika',
      'Kamola',
      'Dilfuza',
      'Munisa',
      'Sabina',
      'Umida',
      'Barno',
      'Zulfiya',
    ],
    rm: ['Bunyod', "O'lmas", 'Quvonchbek', 'Zuhriddin', 'Iqbol', 'Xurshidbek'],
    rf: [
      'Oydinoy',
      'Hilola',
      'Zulxumor',
      'Mavluda',
      'Gulshoda',
      'Nafosat',
      'Sitorabonu',
      'Robiya',
      'Muattar',
      'Shirinoy',
      'Xurshida',
      'Mohinur',
      'Oysha',
    ],
    sur: [
      'Karimov',
      'Tursunov',
      'Rahimov',
      'Yusupov',
      'Ergashev',
      'Xolmatov',
      'Qodirov',
      'Nazarov',
      'Abdullayev',
      'Saidov',
      'Sobirov',
      "O'rinboyev",
      "G'ofurov",
      'Ismoilov',
      'Mirzayev',
      "To'xtayev",
      "Xo'jayev",
      'Rashidov',
      'Umarov',
      'Hamroyev',
      "Jo'rayev",
      'Normatov',
      'Boboyev',
      'Sultonov',
    ],
  },
  // Tajik, in Tajik Cyrillic
  tj: {
    m: [
      'Фаридун',
      'Рустам',
      'Сиёвуш',
      'Зафар',
      'Далер',
      'Шоҳрух',
      'Манучеҳр',
      'Бахтовар',
      'Фирдавс',
      'Исмоил',
      'Суҳроб',
      'Комрон',
      'Ҷамшед',
      'Парвиз',
      'Умед',
      'Фаррух',
      'Тоҳир',
      'Меҳроҷ',
      'Наврӯз',
      'Абдураҳмон',
    ],
    f: [
      'Меҳрангез',
      'Нилуфар',
      'Шабнам',
      'Зарина',
      'Гулрухсор',
      'Фарангис',
      'Таҳмина',
      'Мадина',
      'Сарвиноз',
      'Дилафрӯз',
      'Парвина',
      'Шаҳло',
      'Нигина',
      'Зебо',
      'Манижа',
      'Ситора',
      'Мавҷуда',
      'Фотима',
    ],
    rm: ['Хуршедҷон', 'Сорбон', 'Озодбахт', 'Диловар'],
    rf: ['Меҳрубон', 'Фарзона', 'Гулбаҳор', 'Зумрад', 'Рухшона', 'Бунафша', 'Садбарг', 'Гулрӯ', 'Дилрабо'],
    sur: [
      'Раҳимов',
      'Назаров',
      'Шарипов',
      'Саидзода',
      'Давлатов',
      'Холов',
      'Бобоев',
      'Қурбонов',
      'Мирзоев',
      'Сафаров',
      'Исмоилзода',
      'Файзуллоев',
      'Ҷумъаев',
      'Одинаев',
      'Ҳасанов',
      'Каримзода',
      'Шарифзода',
      'Раҷабов',
    ],
  },
  // Turkmen, in Turkmen Latin
  tm: {
    m: [
      'Merdan',
      'Serdar',
      'Döwlet',
      'Batyr',
      'Myrat',
      'Atamyrat',
      'Ýazmyrat',
      'Begenç',
      'Şatlyk',
      'Maksat',
      'Rowşen',
      'Kakageldi',
      'Parahat',
      'Dowran',
      'Nury',
      'Arslan',
      'Baýram',
      'Ylýas',
      'Gurban',
      'Resul',
    ],
    f: [
      'Aýgözel',
      'Maýsa',
      'Jeren',
      'Bahar',
      'Ogulbike',
      'Gülşat',
      'Enejan',
      'Selbi',
      'Läle',
      'Mähri',
      'Ogulgerek',
      'Sona',
      'Aýna',
      'Jemal',
      'Gözel',
      'Leýli',
      'Ogulnabat',
      'Bibijemal',
    ],
    rm: ['Ýeňiş', 'Tirkiş', 'Agageldi', 'Hydyr'],
    rf: ['Täzegül', 'Annagül', 'Bägül', 'Ogulşat', 'Durdynabat', 'Tylla', 'Süýtgül', 'Keýik', 'Ogulgurban'],
    sur: [
      'Annaýew',
      'Orazow',
      'Berdiýew',
      'Hojamyradow',
      'Gurbanow',
      'Nurmuhammedow',
      'Öwezow',
      'Atajanow',
      'Durdyýew',
      'Saparow',
      'Çaryýew',
      'Hallyýew',
      'Meredow',
      'Amanow',
      'Rejepow',
      'Babaýew',
      'Garaýew',
    ],
  },
  // Russian
  ru: {
    m: [
      'Сергей',
      'Андрей',
      'Алексей',
      'Максим',
      'Артём',
      'Игорь',
      'Денис',
      'Никита',
      'Олег',
      'Роман',
      'Виктор',
      'Евгений',
      'Вадим',
      'Антон',
    ],
    f: [
      'Ольга',
      'Екатерина',
      'Анна',
      'Ирина',
      'Татьяна',
      'Наталья',
      'Марина',
      'Светлана',
      'Юлия',
      'Елена',
      'Ксения',
      'Дарья',
    ],
    rm: ['Всеволод', 'Ярополк', 'Елисей'],
    rf: ['Евдокия', 'Агния', 'Пелагея', 'Ульяна'],
    sur: [
      'Кузнецов',
      'Морозов',
      'Воронин',
      'Лебедев',
      'Соколов',
      'Павлов',
      'Федоров',
      'Григорьев',
      'Киселёв',
      'Тарасов',
      'Никитин',
      'Белов',
      'Орлов',
      'Жуков',
      'Крылов',
      'Сорокин',
      'Комаров',
    ],
  },
};

/** Russian spellings that a letter mapping would not produce. */
const RU_SPELL: Record<string, string> = {
  Гүлнара: 'Гульнара',
  Гүлмира: 'Гульмира',
  Әсел: 'Асель',
  Нургүл: 'Нургуль',
  Гүлзат: 'Гульзат',
  Назгүл: 'Назгуль',
  Айгүл: 'Айгуль',
  Элнура: 'Эльнура',
  Асел: 'Асель',
  Чыңгыз: 'Чингиз',
  Айчүрөк: 'Айчурек',
  Jahongir: 'Джахонгир',
  Javlon: 'Джавлон',
  Dilnoza: 'Дильноза',
  Gulnoza: 'Гульноза',
  Zulfiya: 'Зульфия',
  Gulchehra: 'Гульчехра',
  Dilfuza: 'Дильфуза',
  Dildora: 'Дильдора',
  Gulshoda: 'Гульшода',
  Zulxumor: 'Зульхумор',
  "G'ofurov": 'Гафуров',
  "Xo'jayev": 'Ходжаев',
  "Jo'rayev": 'Джураев',
  Gülşat: 'Гульшат',
  Täzegül: 'Тазегуль',
  Annagül: 'Аннагуль',
  Bägül: 'Багуль',
  Süýtgül: 'Сюйтгуль',
  Läle: 'Ляле',
  Mähri: 'Мяхри',
  Ýeňiş: 'Еныш',
};
function toRu(eth: Eth, s: string): string {
  const words = s.split(' ');
  return words
    .map((w) => {
      const base = w.replace(/a$/, '');
      if (RU_SPELL[w]) return RU_SPELL[w];
      if (w !== base && RU_SPELL[base]) return RU_SPELL[base] + 'а';
      const fb = w.replace(/а$/, '');
      if (w !== fb && RU_SPELL[fb]) return RU_SPELL[fb] + 'а';
      switch (eth) {
        case 'kz':
          return kkToRu(w);
        case 'kg':
          return kyToRu(w);
        case 'uz':
          return uzToRuBase(w);
        case 'tj':
          return tgToRu(w);
        case 'tm':
          return tkToRuBase(w);
        default:
          return w;
      }
    })
    .join(' ');
}

// Korean and Chinese names as they appear in regional documents
const KOREAN_RU = [
  'Ли Сын Хун',
  'Чон Хэ Ин',
  'Пак Со Ён',
  'Ким Мин Чжун',
  'Чхве Джэ Вон',
  'Кан Мин Со',
  'Юн Ха Ын',
  'Хан Со Ра',
];
const KOREAN_EN = [
  'Lee Seung-hoon',
  'Jung Hae-in',
  'Park So-yeon',
  'Kim Min-jun',
  'Choi Jae-won',
  'Kang Min-seo',
  'Yoon Ha-eun',
  'Han So-ra',
  'Oh Young-soo',
  'Shin Dong-hyuk',
];
const KORYO_RU = [
  'Ким Виктория Эдуардовна',
  'Пак Денис Вячеславович',
  'Цой Елена Робертовна',
  'Тен Олег Игоревич',
  'Огай Марина Сергеевна',
  'Хван Станислав Ильич',
  'Югай Алина Валерьевна',
  'Шин Артур Геннадьевич',
];
const CHINESE_RU = ['Ван Лэй', 'Чжан Вэй', 'Лю Ян', 'Чэнь Цзин', 'Чжао Синь', 'Хуан Мэй'];
const TURKISH = [
  'Mehmet Yılmaz',
  'Ayşe Demir',
  'Hakan Öztürk',
  'Emine Kaya',
  'Murat Çelik',
  'Serkan Aydın',
  'Gülten Arslan',
  'Oğuz Şahin',
];
const CHINESE_EN = ['Wang Lei', 'Zhang Wei', 'Liu Yang', 'Chen Jing', 'Zhao Xin', 'Huang Mei', 'Sun Haoran'];

// ---------------------------------------------------------------- people

interface DateParts {
  y: number;
  m: number;
  d: number;
}
const daysIn = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
function randDate(y0: number, y1: number): DateParts {
  const y = int(y0, y1);
  const m = int(1, 12);
  return { y, m, d: int(1, daysIn(y, m)) };
}
const dmy = (b: DateParts) => `${pad2(b.d)}.${pad2(b.m)}.${b.y}`;

interface Person {
  eth: Eth;
  g: G;
  given: string;
  sur: string;
  father: string;
  turkicSur: boolean; // Kyrgyz "X уулу / X кызы" used as a surname
  birth: DateParts;
  patr: Partial<Record<Lang, string>>;
}
type Lang = 'ru' | 'kk' | 'ky' | 'uzL' | 'tg' | 'tk' | 'en';
type Case = 'nom' | 'gen' | 'dat' | 'acc' | 'ins' | 'pre';
type Form = 'SGP' | 'GPS' | 'SG' | 'GS' | 'G' | 'S' | 'SI' | 'IS' | 'GP';

function femSurname(s: string): string {
  if (/(ов|ев|ёв|ин|ын)$/.test(s)) return s + 'а';
  if (/(ov|ev|in|ow|ew)$/.test(s)) return s + 'a';
  return s;
}
const FATHER_OK = (s: string) => !/[аеёиоуыэюяйьaeiouyäöüýжшчщцçş'ʻ]$/i.test(s) && !/[ӯӣ]$/.test(s);

function person(eth: Eth, g: G = chance(0.65) ? 'f' : 'm', rare = chance(0.12)): Person {
  const set = NAMES[eth];
  const given = pick(rare ? (g === 'm' ? set.rm : set.rf) : g === 'm' ? set.m : set.f);
  const base = pick(set.sur);
  const father = pick(set.m.filter(FATHER_OK));
  const turkicSur = eth === 'kg' && chance(0.2);
  const sur = turkicSur ? `${father} ${g === 'm' ? 'уулу' : 'кызы'}` : g === 'f' ? femSurname(base) : base;
  return { eth, g, given, sur, father, turkicSur, birth: randDate(1976, 2006), patr: {} };
}

/** Name string in the script and conventions of a language. */
function conv(eth: Eth, s: string, L: Lang): string {
  switch (L) {
    case 'ru':
      return toRu(eth, s);
    case 'kk':
      return eth === 'kz' || eth === 'kg' || eth === 'ru' ? s : toRu(eth, s);
    case 'ky':
      return eth === 'kg' || eth === 'ru' ? s : eth === 'kz' ? kkToKy(s) : toRu(eth, s);
    case 'uzL':
      return eth === 'uz' ? s : eth === 'tm' ? tkToUz(s) : cyrToUzLat(s);
    case 'tg':
      return eth === 'tj' || eth === 'ru' ? s : eth === 'uz' ? uzToTg(s) : toRu(eth, s);
    case 'tk':
      return eth === 'tm' ? s : eth === 'uz' ? uzToTk(s) : cyrToTk(s);
    case 'en':
      return eth === 'uz' ? uzToEn(s) : eth === 'tm' ? tkToEn(s) : cyrToEn(toRu(eth, s));
  }
}

const ruPatr = (fatherRu: string, g: G) => fatherRu + (g === 'm' ? 'ович' : 'овна');
function tkPatr(father: string, g: G): string {
  const vowels = father.match(/[aeäoöuüyı i]/gi) ?? ['a'];
  const front = /[eäöüi]/i.test(vowels[vowels.length - 1]);
  return father + (front ? (g === 'm' ? 'ewiç' : 'ewna') : g === 'm' ? 'owiç' : 'owna');
}
function patronymic(p: Person, L: Lang): string {
  if (p.turkicSur) return '';
  const cached = p.patr[L];
  if (cached !== undefined) return cached;
  const m = p.g === 'm';
  const fr = p.father;
  let r: string;
  switch (L) {
    case 'ru':
      if (p.eth === 'uz' && chance(0.5)) r = toRu('uz', fr) + (m ? ' угли' : ' кизи');
      else if (p.eth === 'kg' && chance(0.35)) r = fr + (m ? ' уулу' : ' кызы');
      else r = ruPatr(toRu(p.eth, fr), p.g);
      break;
    case 'kk':
      if (p.eth === 'kz') r = fr + (m ? 'ұлы' : 'қызы');
      else if (p.eth === 'kg') r = fr + (m ? ' уулу' : ' кызы');
      else r = ruPatr(toRu(p.eth, fr), p.g);
      break;
    case 'ky':
      if (p.eth === 'kg' && chance(0.6)) r = fr + (m ? ' уулу' : ' кызы');
      else r = ruPatr(conv(p.eth, fr, 'ky'), p.g);
      break;
    case 'uzL':
      if (p.eth === 'uz') r = fr + (m ? " o'g'li" : ' qizi');
      else r = cyrToUzLat(ruPatr(toRu(p.eth, fr), p.g));
      break;
    case 'tg':
      r = ruPatr(conv(p.eth, fr, 'tg'), p.g);
      break;
    case 'tk':
      r = p.eth === 'tm' ? tkPatr(fr, p.g) : cyrToTk(ruPatr(toRu(p.eth, fr), p.g));
      break;
    case 'en':
      if (p.eth === 'uz') r = uzToEn(fr) + (m ? ' ugli' : ' kizi');
      else if (p.eth === 'kg' && chance(0.5)) r = cyrToEn(toRu('kg', fr)) + (m ? ' uulu' : ' kyzy');
      else if (p.eth === 'tm') r = tkToEn(tkPatr(fr, p.g));
      else r = cyrToEn(ruPatr(toRu(p.eth, fr), p.g));
      break;
  }
  p.patr[L] = r;
  return r;
}

// Russian declension (names are chosen so that these regular patterns hold)
function declA(stem: string, c: Case): string {
  // nouns in -а / -я of the first declension
  const last = stem.slice(-1);
  const velarOrHush = /[гкхжшчщ]/.test(last);
  const hushC = /[жшчщц]/.test(last);
  return stem + { nom: 'а', gen: velarOrHush ? 'и' : 'ы', dat: 'е', acc: 'у', ins: hushC ? 'ей' : 'ой', pre: 'е' }[c];
}
function inflGiven(n: string, g: G, c: Case): string {
  if (c === 'nom') return n;
  if (/ия$/.test(n)) return n.slice(0, -1) + { gen: 'и', dat: 'и', acc: 'ю', ins: 'ей', pre: 'и', nom: 'я' }[c];
  if (/я$/.test(n)) return n.slice(0, -1) + { gen: 'и', dat: 'е', acc: 'ю', ins: 'ей', pre: 'е', nom: 'я' }[c];
  if (/а$/.test(n)) return declA(n.slice(0, -1), c);
  if (g === 'f') {
    if (/ь$/.test(n)) return n.slice(0, -1) + { gen: 'и', dat: 'и', acc: 'ь', ins: 'ью', pre: 'и', nom: 'ь' }[c];
    return n;
  }
  if (/ий$/.test(n)) return n.slice(0, -1) + { gen: 'я', dat: 'ю', acc: 'я', ins: 'ем', pre: 'и', nom: 'й' }[c];
  if (/[йь]$/.test(n)) return n.slice(0, -1) + { gen: 'я', dat: 'ю', acc: 'я', ins: 'ем', pre: 'е', nom: '' }[c];
  if (/[аеёиоуыэюя]$/.test(n)) return n;
  const hush = /[жшчщц]$/.test(n);
  return n + { gen: 'а', dat: 'у', acc: 'а', ins: hush ? 'ем' : 'ом', pre: 'е', nom: '' }[c];
}
function inflSur(s: string, g: G, c: Case): string {
  if (c === 'nom' || s.includes(' ')) return s;
  if (g === 'm' && /(ов|ев|ёв|ин|ын)$/.test(s))
    return s + { gen: 'а', dat: 'у', acc: 'а', ins: 'ым', pre: 'е', nom: '' }[c];
  if (g === 'f' && /(ова|ева|ёва|ина|ына)$/.test(s))
    return s.slice(0, -1) + { gen: 'ой', dat: 'ой', acc: 'у', ins: 'ой', pre: 'ой', nom: 'а' }[c];
  if (g === 'm' && /[бвгдзклмнпрстфх]$/.test(s)) return inflGiven(s, 'm', c);
  return s;
}
function inflPatr(s: string, c: Case): string {
  if (c === 'nom') return s;
  if (/вич$/.test(s)) return s + { gen: 'а', dat: 'у', acc: 'а', ins: 'ем', pre: 'е', nom: '' }[c];
  if (/вна$/.test(s)) return declA(s.slice(0, -1), c);
  return s;
}

function initial(s: string): string {
  const m = s.match(/^(Sh|Ch|Zh|O'|G')/);
  return (m ? m[1] : s.charAt(0)) + '.';
}

let softHyphens = 0;
function withSoftHyphen(s: string): string {
  // insert U+00AD inside the longest word, after a vowel in its middle
  const words = s.split(' ');
  let wi = 0;
  words.forEach((w, i) => {
    if (w.length > words[wi].length) wi = i;
  });
  const w = words[wi];
  if (w.length < 6) return s;
  const mid = Math.floor(w.length / 2);
  let at = -1;
  for (let k = mid; k < w.length - 2; k++)
    if (/[аеиоуыэюяәөүұіaeiouäöüy]/i.test(w[k - 1]) && /\p{L}/u.test(w[k])) {
      at = k;
      break;
    }
  if (at < 2) return s;
  words[wi] = w.slice(0, at) + '\u00AD' + w.slice(at);
  softHyphens++;
  return words.join(' ');
}

/** A PERSON label for p in language L, in a given form (and Russian case). */
function nm(p: Person, L: Lang, form: Form, c: Case = 'nom', opts: { lower?: boolean; shy?: boolean } = {}): Tag {
  let G0 = conv(p.eth, p.given, L);
  let S0 = conv(p.eth, p.sur, L);
  let P0 = patronymic(p, L);
  if (L === 'ru') {
    G0 = inflGiven(G0, p.g, c);
    S0 = inflSur(S0, p.g, c);
    P0 = inflPatr(P0, c);
  }
  let s: string;
  switch (form) {
    case 'SGP':
      s = P0 ? `${S0} ${G0} ${P0}` : `${S0} ${G0}`;
      break;
    case 'GPS':
      s = P0 ? `${G0} ${P0} ${S0}` : `${G0} ${S0}`;
      break;
    case 'GP':
      s = P0 ? `${G0} ${P0}` : G0;
      break;
    case 'SG':
      s = `${S0} ${G0}`;
      break;
    case 'GS':
      s = `${G0} ${S0}`;
      break;
    case 'G':
      s = G0;
      break;
    case 'S':
      s = S0;
      break;
    case 'SI':
      s = P0 ? `${S0} ${initial(G0)}${chance(0.3) ? ' ' : ''}${initial(P0)}` : `${S0} ${initial(G0)}`;
      break;
    case 'IS':
      s = P0 && chance(0.5) ? `${initial(G0)}${initial(P0)} ${S0}` : `${initial(G0)} ${S0}`;
      break;
  }
  if (opts.lower) s = s.toLowerCase();
  if (opts.shy ?? chance(0.06)) s = withSoftHyphen(s);
  return PER(s);
}
const gw = (p: Person, m: string, f: string) => (p.g === 'm' ? m : f);

function fixedName(L: Lang, kind: 'korean' | 'koryoF' | 'koryoM' | 'chinese' | 'turkish'): Tag {
  const latin = L === 'en' || L === 'uzL' || L === 'tk';
  if (kind === 'turkish') return PER(pick(TURKISH));
  if (kind === 'korean') return PER(latin ? pick(KOREAN_EN) : pick(KOREAN_RU));
  if (kind === 'chinese') return PER(latin ? pick(CHINESE_EN) : pick(CHINESE_RU));
  const k = pick(KORYO_RU.filter((x) => (kind === 'koryoF' ? /вна$/ : /ич$/).test(x)));
  return PER(latin ? cyrToEn(k.split(' ').slice(0, 2).join(' ')) : k);
}

// ---------------------------------------------------------------- dates & birth cues

const RU_MONTH_GEN = [
  'января',
  'февраля',
  'марта',
  'апреля',
  'мая',
  'июня',
  'июля',
  'августа',
  'сентября',
  'октября',
  'ноября',
  'декабря',
];
const KK_MONTH = [
  'қаңтар',
  'ақпан',
  'наурыз',
  'сәуір',
  'мамыр',
  'маусым',
  'шілде',
  'тамыз',
  'қыркүйек',
  'қазан',
  'қараша',
  'желтоқсан',
];
const KY_MONTH = [
  'январь',
  'февраль',
  'март',
  'апрель',
  'май',
  'июнь',
  'июль',
  'август',
  'сентябрь',
  'октябрь',
  'ноябрь',
  'декабрь',
];
const UZ_MONTH = [
  'yanvar',
  'fevral',
  'mart',
  'aprel',
  'may',
  'iyun',
  'iyul',
  'avgust',
  'sentabr',
  'oktabr',
  'noyabr',
  'dekabr',
];
const TG_MONTH = [
  'январ',
  'феврал',
  'март',
  'апрел',
  'май',
  'июн',
  'июл',
  'август',
  'сентябр',
  'октябр',
  'ноябр',
  'декабр',
];
const TK_MONTH = [
  'ýanwar',
  'fewral',
  'mart',
  'aprel',
  'maý',
  'iýun',
  'iýul',
  'awgust',
  'sentýabr',
  'oktýabr',
  'noýabr',
  'dekabr',
];
const EN_MONTH = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** Turkmen ordinal suffix for a number. */
function tkOrd(n: number): string {
  const back = (k: number) => (k === 6 || k === 9 ? 'njy' : 'nji');
  if (n % 10 !== 0) return `${n}-${back(n % 10)}`;
  if (n % 1000 === 0 || n % 100 === 0) return `${n}-nji`;
  const tens = (n % 100) / 10;
  return `${n}-${[0, 1, 3, 4, 6, 9].includes(tens) ? 'njy' : 'nji'}`;
}

function bdRu(p: Person): Piece[] {
  const b = p.birth;
  switch (int(0, 8)) {
    case 0:
      return [BIRTH(String(b.y)), ' года рождения'];
    case 1:
      return [gw(p, 'родившийся ', 'родившаяся '), BIRTH(dmy(b))];
    case 2:
      return [BIRTH(String(b.y)), ' г.р.'];
    case 3:
      return [BIRTH(String(b.y).slice(2)), ' г.р.'];
    case 4:
      return ['дата рождения: ', BIRTH(dmy(b))];
    case 5:
      return [gw(p, 'родился ', 'родилась '), BIRTH(`${b.d} ${RU_MONTH_GEN[b.m - 1]} ${b.y}`), ' года'];
    case 6:
      return ['г.р. ', BIRTH(String(b.y))];
    case 7:
      return [BIRTH(dmy(b)), ' года рождения'];
    default:
      return [BIRTH(dmy(b)), ' г.р.'];
  }
}
function bdKk(p: Person): Piece[] {
  const b = p.birth;
  switch (int(0, 4)) {
    case 0:
      return [BIRTH(String(b.y)), ' жылы туған'];
    case 1:
      return ['туған жылы ', BIRTH(String(b.y))];
    case 2:
      return ['туған күні ', BIRTH(dmy(b))];
    case 3:
      return [BIRTH(dmy(b)), ' жылы туған'];
    default:
      return ['туған күні: ', BIRTH(`${b.d} ${KK_MONTH[b.m - 1]} ${b.y}`), ' ж.'];
  }
}
function bdKy(p: Person): Piece[] {
  const b = p.birth;
  switch (int(0, 4)) {
    case 0:
      return [BIRTH(String(b.y)), '-жылы туулган'];
    case 1:
      return ['туулган жылы ', BIRTH(String(b.y))];
    case 2:
      return ['туулган күнү: ', BIRTH(dmy(b))];
    case 3:
      return [BIRTH(dmy(b)), ' туулган'];
    default:
      return ['туулган датасы ', BIRTH(`${b.d}-${KY_MONTH[b.m - 1]} ${b.y}`), '-жыл'];
  }
}
function bdUz(p: Person): Piece[] {
  const b = p.birth;
  const long = `${b.y}-yil ${b.d}-${UZ_MONTH[b.m - 1]}`;
  switch (int(0, 5)) {
    case 0:
      return [BIRTH(long), " kuni tug'ilgan"];
    case 1:
      return ["tug'ilgan sanasi: ", BIRTH(long)];
    case 2:
      return [BIRTH(String(b.y)), "-yilda tug'ilgan"];
    case 3:
      return ["tug'ilgan yili ", BIRTH(String(b.y))];
    case 4:
      return ["tug'ilgan: ", BIRTH(dmy(b))];
    default:
      return ["tug'ilgan ", BIRTH(long)];
  }
}
function bdTg(p: Person): Piece[] {
  const b = p.birth;
  switch (int(0, 4)) {
    case 0:
      return ['соли таваллудаш ', BIRTH(String(b.y))];
    case 1:
      return ['санаи таваллуд ', BIRTH(dmy(b))];
    case 2:
      return [BIRTH(String(b.y)), ' соли таваллуд'];
    case 3:
      return ['таваллуди ', BIRTH(`${b.d} ${TG_MONTH[b.m - 1]}и ${b.y}`)];
    default:
      return [BIRTH(dmy(b)), ' таваллуд шудааст'];
  }
}
function bdTk(p: Person): Piece[] {
  const b = p.birth;
  switch (int(0, 3)) {
    case 0:
      return [BIRTH(String(b.y)), tkOrd(b.y).slice(String(b.y).length), ' ýylda doglan'];
    case 1:
      return ['doglan senesi: ', BIRTH(dmy(b))];
    case 2:
      return ['doglan ýyly ', BIRTH(String(b.y))];
    default:
      return [BIRTH(`${tkOrd(b.d)} ${TK_MONTH[b.m - 1]} ${b.y}`), ' ýylda doglan'];
  }
}
function bdEn(p: Person): Piece[] {
  const b = p.birth;
  switch (int(0, 6)) {
    case 0:
      return ['born on ', BIRTH(`${b.d} ${EN_MONTH[b.m - 1]} ${b.y}`)];
    case 1:
      return ['d.o.b. ', BIRTH(`${pad2(b.d)}/${pad2(b.m)}/${b.y}`)];
    case 2:
      return ['DOB: ', BIRTH(`${b.y}-${pad2(b.m)}-${pad2(b.d)}`)];
    case 3:
      return ['born in ', BIRTH(String(b.y))];
    case 4:
      return ['date of birth ', BIRTH(`${EN_MONTH[b.m - 1]} ${b.d}, ${b.y}`)];
    case 5:
      return ['born ', BIRTH(dmy(b))];
    default:
      return ['b. ', BIRTH(String(b.y))];
  }
}

/** Dates that are not birth dates (arrest, departure, verdict). */
function eventDate(L: Lang | 'uzC'): string {
  const e = randDate(2016, 2025);
  switch (L) {
    case 'ru':
      return chance(0.5) ? `${e.d} ${RU_MONTH_GEN[e.m - 1]} ${e.y} года` : `${dmy(e)} г.`;
    case 'kk':
      return `${e.y} жылғы ${e.d} ${KK_MONTH[e.m - 1]}`;
    case 'ky':
      return `${e.y}-жылдын ${e.d}-${KY_MONTH[e.m - 1]}`;
    case 'uzL':
      return `${e.y}-yil ${e.d}-${UZ_MONTH[e.m - 1]}`;
    case 'tg':
      return `${e.d} ${TG_MONTH[e.m - 1]}и соли ${e.y}`;
    case 'tk':
      return `${tkOrd(e.y)} ýylyň ${tkOrd(e.d)} ${e.m === 4 ? 'aprelinde' : TK_MONTH[e.m - 1] + 'ynda'}`;
    default:
      return chance(0.5) ? `${e.d} ${EN_MONTH[e.m - 1]} ${e.y}` : `${EN_MONTH[e.m - 1]} ${e.d}, ${e.y}`;
  }
}
function ruPlural(n: number, one: string, few: string, many: string): string {
  const a = n % 10;
  const b = n % 100;
  if (a === 1 && b !== 11) return `${n} ${one}`;
  if (a >= 2 && a <= 4 && (b < 12 || b > 14)) return `${n} ${few}`;
  return `${n} ${many}`;
}
function ruYears(n: number): string {
  const a = n % 10;
  const b = n % 100;
  if (a === 1 && b !== 11) return `${n} год`;
  if (a >= 2 && a <= 4 && (b < 12 || b > 14)) return `${n} года`;
  return `${n} лет`;
}

// ---------------------------------------------------------------- phones

type CC = 'kz' | 'ru' | 'kg' | 'uz' | 'tj' | 'tm' | 'tr' | 'ae' | 'kr';
function phone(cc: CC): string {
  const d = dig;
  switch (cc) {
    case 'kz':
    case 'ru': {
      const op =
        cc === 'kz'
          ? pick(['700', '701', '702', '705', '707', '708', '747', '771', '775', '776', '777', '778'])
          : pick(['903', '905', '909', '915', '916', '925', '926', '977', '985', '999', '968']);
      return pick([
        () => `+7 ${op} ${d(3)} ${d(2)} ${d(2)}`,
        () => `+7 (${op}) ${d(3)}-${d(2)}-${d(2)}`,
        () => `8 (${op}) ${d(3)}-${d(2)}-${d(2)}`,
        () => `+7${op}${d(7)}`,
        () => `+7-${op}-${d(3)}-${d(2)}-${d(2)}`,
        () => `8${op}${d(7)}`,
      ])();
    }
    case 'kg': {
      const op = pick(['555', '550', '700', '707', '770', '777', '500', '505', '220', '990']);
      return pick([
        () => `+996 ${op} ${d(3)} ${d(3)}`,
        () => `+996 (${op}) ${d(2)}-${d(2)}-${d(2)}`,
        () => `0${op} ${d(2)} ${d(2)} ${d(2)}`,
        () => `+996${op}${d(6)}`,
      ])();
    }
    case 'uz': {
      const op = pick(['90', '91', '93', '94', '95', '97', '98', '99', '33', '88']);
      return pick([
        () => `+998 ${op} ${d(3)} ${d(2)} ${d(2)}`,
        () => `+998 (${op}) ${d(3)}-${d(2)}-${d(2)}`,
        () => `+998-${op}-${d(3)}-${d(2)}-${d(2)}`,
        () => `+998${op}${d(7)}`,
        () => `(${op}) ${d(3)}-${d(2)}-${d(2)}`,
      ])();
    }
    case 'tj': {
      const op = pick(['90', '91', '92', '93', '98', '99', '88', '50', '55', '77']);
      return pick([
        () => `+992 ${op} ${d(3)} ${d(4)}`,
        () => `+992 (${op}) ${d(3)}-${d(2)}-${d(2)}`,
        () => `+992${op}${d(7)}`,
        () => `+992-${op}-${d(3)}-${d(2)}-${d(2)}`,
      ])();
    }
    case 'tm': {
      const op = pick(['61', '62', '63', '64', '65', '71']);
      return pick([
        () => `+993 ${op} ${d(2)} ${d(2)} ${d(2)}`,
        () => `+993 (${op}) ${d(2)}-${d(2)}-${d(2)}`,
        () => `+993${op}${d(6)}`,
        () => `8 ${op} ${d(2)}-${d(2)}-${d(2)}`,
      ])();
    }
    case 'tr': {
      const op = String(int(530, 555));
      return pick([
        () => `+90 ${op} ${d(3)} ${d(2)} ${d(2)}`,
        () => `+90 (${op}) ${d(3)} ${d(2)} ${d(2)}`,
        () => `0${op} ${d(3)} ${d(2)} ${d(2)}`,
        () => `+90${op}${d(7)}`,
      ])();
    }
    case 'ae': {
      const op = pick(['50', '52', '54', '55', '56', '58']);
      return pick([
        () => `+971 ${op} ${d(3)} ${d(4)}`,
        () => `+971-${op}-${d(3)}-${d(4)}`,
        () => `00971 ${op} ${d(7)}`,
        () => `+971 (${op}) ${d(3)} ${d(4)}`,
      ])();
    }
    case 'kr':
      return pick([
        () => `+82 10-${d(4)}-${d(4)}`,
        () => `+82 (10) ${d(4)} ${d(4)}`,
        () => `010-${d(4)}-${d(4)}`,
        () => `+82 10 ${d(4)} ${d(4)}`,
      ])();
  }
}

// ---------------------------------------------------------------- national identifiers

const sumW = (ds: number[], ws: number[]) => ds.reduce((s, x, i) => s + x * ws[i], 0);
const digitsOf = (s: string) => s.split('').map(Number);
/** Last digit replaced by a different one. */
const breakCheck = (s: string) => s.slice(0, -1) + String((Number(s.slice(-1)) + int(1, 9)) % 10);

function iin(p: Person, valid = true): string {
  const b = p.birth;
  for (;;) {
    const c = b.y < 2000 ? (p.g === 'm' ? 3 : 4) : p.g === 'm' ? 5 : 6;
    const body = `${String(b.y).slice(2)}${pad2(b.m)}${pad2(b.d)}${c}${dig(4)}`;
    const ds = digitsOf(body);
    let k = sumW(ds, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]) % 11;
    if (k === 10) k = sumW(ds, [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2]) % 11;
    if (k === 10) continue;
    const s = body + k;
    return valid ? s : breakCheck(s);
  }
}
function kgPin(p: Person): string {
  const b = p.birth;
  return `${p.g === 'f' ? 1 : 2}${pad2(b.d)}${pad2(b.m)}${b.y}${dig(5)}`;
}
function pinfl(p: Person, valid = true): string {
  const b = p.birth;
  const c = b.y < 2000 ? (p.g === 'm' ? 3 : 4) : p.g === 'm' ? 5 : 6;
  const body = `${c}${pad2(b.d)}${pad2(b.m)}${String(b.y).slice(2)}${dig(3)}${dig(3)}`;
  const k = sumW(digitsOf(body), [7, 3, 1, 7, 3, 1, 7, 3, 1, 7, 3, 1, 7]) % 10;
  return valid ? body + k : breakCheck(body + k);
}
function snils(valid = true): string {
  const body = String(int(2000000, 999999999)).padStart(9, '0');
  const s = sumW(digitsOf(body), [9, 8, 7, 6, 5, 4, 3, 2, 1]);
  let c = s < 100 ? s : s === 100 || s === 101 ? 0 : s % 101;
  if (c === 100) c = 0;
  const out = `${body.slice(0, 3)}-${body.slice(3, 6)}-${body.slice(6)} ${pad2(c)}`;
  return valid ? out : out.slice(0, -2) + pad2((c + int(1, 50)) % 100);
}
function innRu(valid = true): string {
  const ds = digitsOf(pick(['77', '50', '78', '66', '16', '54', '72']) + dig(8));
  ds.push((sumW(ds, [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]) % 11) % 10);
  ds.push((sumW(ds, [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]) % 11) % 10);
  const s = ds.join('');
  return valid ? s : breakCheck(s);
}
function tcKimlik(): string {
  const d = [int(1, 9), ...digitsOf(dig(8))];
  const odd = d[0] + d[2] + d[4] + d[6] + d[8];
  const even = d[1] + d[3] + d[5] + d[7];
  d.push((((odd * 7 - even) % 10) + 10) % 10);
  d.push(d.reduce((a, x) => a + x, 0) % 10);
  return d.join('');
}

// ---------------------------------------------------------------- passports

type PassKind = 'ruInt' | 'ruFor' | 'kz' | 'uz' | 'kg' | 'tj' | 'tm' | 'tr' | 'intl';
function passport(k: PassKind): string {
  switch (k) {
    case 'ruInt':
      return pick([
        () => `${dig(2)} ${dig(2)} № ${dig(6)}`,
        () => `${dig(4)} ${dig(6)}`,
        () => `${dig(2)} ${dig(2)} ${dig(6)}`,
      ])();
    case 'ruFor':
      return `${int(70, 77)} ${dig(7)}`;
    case 'kz':
      return `N${dig(8)}`;
    case 'uz':
      return pick(['AA', 'AB', 'AC', 'AD', 'FA', 'FB']) + (chance(0.2) ? ' ' : '') + dig(7);
    case 'kg':
      return pick(['AC', 'AN', 'ID', 'PE']) + dig(7);
    case 'tj':
      return pick(['4', '5']) + dig(8);
    case 'tm':
      return pick(['A', 'I-AŞ ']) + dig(7).slice(0, pick([6, 7]));
    case 'tr':
      return `U${dig(8)}`;
    case 'intl':
      return `N${dig(7)}`;
  }
}

// ---------------------------------------------------------------- cards & IBANs

function luhn(prefix: string, len = 16): string {
  const body = prefix + dig(len - prefix.length - 1);
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    let x = Number(body[body.length - 1 - i]);
    if (i % 2 === 0) {
      x *= 2;
      if (x > 9) x -= 9;
    }
    sum += x;
  }
  return body + ((10 - (sum % 10)) % 10);
}
type CardKind = 'kz' | 'uzHumo' | 'uzUzcard' | 'kg' | 'tj' | 'ru' | 'visa' | 'mc';
function card(k: CardKind = pick(['kz', 'uzHumo', 'uzUzcard', 'kg', 'tj', 'ru', 'visa', 'mc'] as const)): string {
  const prefix = {
    kz: '440043',
    uzHumo: '9860',
    uzUzcard: '8600',
    kg: '9417',
    tj: '9762',
    ru: '2200',
    visa: '4' + dig(3),
    mc: '5' + String(int(1, 5)),
  }[k];
  const n = luhn(prefix);
  const g = n.match(/.{4}/g)!;
  return pick([() => g.join(' '), () => g.join(' '), () => g.join('-'), () => n, () => g.join('  ')])();
}

function ibanCheck(country: string, bban: string): string {
  const s = (bban + country + '00').toUpperCase().replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
  let mod = 0;
  for (const ch of s) mod = (mod * 10 + Number(ch)) % 97;
  return pad2(98 - mod);
}
type IbanKind = 'KZ' | 'UZ' | 'TR' | 'AE';
function iban(
  k: IbanKind,
  style: 'compact' | 'spaced' | 'lower' = pick(['compact', 'spaced', 'spaced', 'lower'] as const),
): string {
  const bban = {
    KZ: () => `${pick(['722', '601', '998', '826', '914'])}KZT${dig(10)}`,
    UZ: () => `${pick(['2020', '2021', '2300'])}8000${dig(12)}`,
    TR: () => `${pick(['00010', '00012', '00046', '00062', '00064'])}0${dig(16)}`,
    AE: () => `${pick(['033', '026', '035', '044'])}${dig(16)}`,
  }[k]();
  const code = `${k}${ibanCheck(k, bban)}${bban}`;
  if (style === 'compact') return code;
  const spaced = code.match(/.{1,4}/g)!.join(' ');
  return style === 'spaced' ? spaced : chance(0.5) ? code.toLowerCase() : spaced.toLowerCase();
}

// ---------------------------------------------------------------- plates

const RU_PLATE_CYR = 'АВЕКМНОРСТУХ';
const RU_PLATE_LAT = 'ABEKMHOPCTYX';
const LAT_PLATE = 'ABCDEFHJKLMNPRSTUVXYZ';
type PlateKind = 'ruCyr' | 'ruLat' | 'kz' | 'uz' | 'kg' | 'tj' | 'tr';
function plate(k: PlateKind): string {
  const L = (set: string, n: number) => Array.from({ length: n }, () => pick(set.split(''))).join('');
  const n3 = String(int(1, 999)).padStart(3, '0');
  switch (k) {
    case 'ruCyr':
    case 'ruLat': {
      const set = k === 'ruCyr' ? RU_PLATE_CYR : RU_PLATE_LAT;
      const reg = pick([
        '77',
        '97',
        '177',
        '199',
        '777',
        '50',
        '750',
        '78',
        '178',
        '66',
        '96',
        '54',
        '23',
        '123',
        '16',
        '116',
        '02',
        '102',
      ]);
      const a = L(set, 1);
      const bc = L(set, 2);
      return pick([`${a}${n3}${bc} ${reg}`, `${a} ${n3} ${bc} ${reg}`, `${a}${n3}${bc}${reg}`]);
    }
    case 'kz':
      return pick([`${n3} ${L(LAT_PLATE, 3)} ${pad2(int(1, 18))}`, `${n3}${L(LAT_PLATE, 3)}${pad2(int(1, 18))}`]);
    case 'uz': {
      const r = pick(['01', '10', '20', '25', '30', '40', '50', '60', '70', '75', '80', '85', '90', '95']);
      return pick([
        `${r} ${L(LAT_PLATE, 1)} ${n3} ${L(LAT_PLATE, 2)}`,
        `${r}${L(LAT_PLATE, 1)}${n3}${L(LAT_PLATE, 2)}`,
        `${r} ${n3} ${L(LAT_PLATE, 3)}`,
      ]);
    }
    case 'kg': {
      const r = pad2(int(1, 9));
      return pick([
        `${r} ${n3} ${L(LAT_PLATE, 3)}`,
        `${r}KG${n3}${L(LAT_PLATE, 3)}`,
        `${r} KG ${n3} ${L(LAT_PLATE, 3)}`,
      ]);
    }
    case 'tj':
      return `${dig(4)} ${L(LAT_PLATE, 2)} ${pad2(int(1, 8))}`;
    case 'tr':
      return `${pick(['34', '06', '35', '16', '07', '41'])} ${L(LAT_PLATE, pick([2, 3]))} ${String(int(10, 9999))}`;
  }
}

// ---------------------------------------------------------------- handles & e-mail

function ascii(s: string): string {
  return s.toLowerCase().replace(/[^a-z]/g, '');
}
function userBase(p: Person): string {
  const g = ascii(conv(p.eth, p.given, 'en'));
  const s = ascii(conv(p.eth, p.sur, 'en').split(' ')[0]);
  const yy = String(p.birth.y).slice(2);
  return pick([
    `${g}.${s}`,
    `${g}_${yy}`,
    `${g}${s.charAt(0)}_${int(1, 99)}`,
    `${s}.${g}${yy}`,
    `${g}_${s}`,
    `${g}${p.birth.y}`,
  ]);
}
const RECRUITER_USERS = [
  'rabota_moskva_24',
  'dubai_jobs_kz',
  'vakansii.koreya',
  'ish_turkiyada',
  'work.istanbul.uz',
  'ish.rossiya.2023',
  'korea_visa_e9',
  'kuhnya_dubai_girls',
  'rabota_za_rubezhom_kg',
  'antalya.hotel.job',
  'seoul_zavod_ish',
];
type HandleKind = 'at' | 'insta' | 'tg' | 'tiktok' | 'vk';
/** Returns [cue, handle] so that the label is exactly the handle. */
function handle(
  p: Person | null,
  k: HandleKind = pick(['at', 'insta', 'tg', 'tiktok', 'vk'] as const),
): [string, string] {
  const u = p ? userBase(p) : pick(RECRUITER_USERS);
  switch (k) {
    case 'at':
      return ['', `@${u}`];
    case 'insta':
      return [pick(['instagram ', 'Instagram: ', 'инстаграм ']), u];
    case 'tg':
      return [pick(['telegram: ', 'Telegram ', 'tg: ']), `@${u.replace(/\./g, '_')}`];
    case 'tiktok':
      return [pick(['tiktok ', 'TikTok ']), `@${u}`];
    case 'vk':
      return pick([
        () => ['VK ', `id${int(10000000, 799999999)}`],
        () => ['', `vk.com/id${int(10000000, 799999999)}`],
      ])() as [string, string];
  }
}
function email(p: Person | null): string {
  const u = p ? userBase(p) : pick(RECRUITER_USERS);
  return `${u}@${pick(['mail.ru', 'gmail.com', 'inbox.ru', 'yandex.ru', 'bk.ru', 'list.ru', 'yahoo.com', 'mail.kz', 'umail.uz'])}`;
}

// ---------------------------------------------------------------- addresses

const n1 = () => int(1, 180);
const flat = () => int(1, 240);
// Russia (for Russian text)
const RU_CITY = [
  'г. Москва',
  'г. Санкт-Петербург',
  'г. Екатеринбург',
  'г. Новосибирск',
  'г. Казань',
  'г. Подольск',
  'г. Балашиха',
  'г. Тюмень',
  'г. Сургут',
  'г. Красноярск',
  'Московская обл., г. Люберцы',
  'Московская обл., г.о. Домодедово, д. Каменка',
];
/** [nominative, prepositional, dative] */
const RU_STREET: [string, string, string][] = [
  ['Лесная', 'Лесной', 'Лесной'],
  ['Садовая', 'Садовой', 'Садовой'],
  ['Заводская', 'Заводской', 'Заводской'],
  ['Профсоюзная', 'Профсоюзной', 'Профсоюзной'],
  ['Красноармейская', 'Красноармейской', 'Красноармейской'],
  ['Молодёжная', 'Молодёжной', 'Молодёжной'],
  ['Братиславская', 'Братиславской', 'Братиславской'],
  ['Дубравная', 'Дубравной', 'Дубравной'],
  ['Гоголя', 'Гоголя', 'Гоголя'],
  ['Чкалова', 'Чкалова', 'Чкалова'],
  ['Малышева', 'Малышева', 'Малышева'],
  ['Строителей', 'Строителей', 'Строителей'],
  ['8 Марта', '8 Марта', '8 Марта'],
  ['Вокзальная', 'Вокзальной', 'Вокзальной'],
  ['Героев Панфиловцев', 'Героев Панфиловцев', 'Героев Панфиловцев'],
];
const RU_PROSP: [string, string, string][] = [
  ['проспект Мира', 'проспекте Мира', 'проспекту Мира'],
  ['Ленинский проспект', 'Ленинском проспекте', 'Ленинскому проспекту'],
  ['Комсомольский проспект', 'Комсомольском проспекте', 'Комсомольскому проспекту'],
  ['проспект Победы', 'проспекте Победы', 'проспекту Победы'],
  ['Лиговский проспект', 'Лиговском проспекте', 'Лиговскому проспекту'],
  ['Волгоградский проспект', 'Волгоградском проспекте', 'Волгоградскому проспекту'],
];
function addrRuLine(withCity = chance(0.6)): string {
  const st = pick(RU_STREET)[0];
  const city = withCity ? `${pick(RU_CITY)}, ` : '';
  return pick([
    () =>
      `${city}ул. ${st}, д. ${n1()}${chance(0.3) ? `, корп. ${int(1, 5)}` : ''}${chance(0.8) ? `, кв. ${flat()}` : ''}`,
    () => `${city}ул. ${st}, дом ${n1()}, квартира ${flat()}`,
    () => `${city}${pick(RU_PROSP)[0]}, д. ${n1()}, стр. ${int(1, 9)}`,
    () => `${city}ул. ${st}, ${n1()}-${flat()}`,
  ])();
}
/** Inflected Russian address inside a sentence; returns [preposition, label]. */
function addrRuInfl(): Piece[] {
  const [nom, loc, dat] = pick(RU_STREET);
  const [, ploc, pdat] = pick(RU_PROSP);
  return pick([
    () => ['на ', ADDR(`улице ${loc}, ${n1()}`)],
    () => ['на ', ADDR(`${loc} улице, д. ${n1()}, кв. ${flat()}`)],
    () => ['в ', ADDR(`доме ${n1()} по ${pdat}`)],
    () => ['в ', ADDR(`доме ${n1()} по улице ${dat}`)],
    () => ['в ', ADDR(`кв. ${flat()} дома ${n1()} по ул. ${nom}`)],
    () => ['на ', ADDR(`${ploc}, ${n1()}`)],
    () => ['в общежитии на ', ADDR(`ул. ${nom}, ${n1()}`)],
  ])() as Piece[];
}
// Kazakhstan
const KZ_STREET_RU = [
  'Байтурсынова',
  'Жандосова',
  'Толе би',
  'Гагарина',
  'Сейфуллина',
  'Райымбека',
  'Момышулы',
  'Розыбакиева',
  'Шаляпина',
];
function addrKzRu(): string {
  return pick([
    () => `г. Алматы, мкр. Аксай-${int(1, 5)}, д. ${n1()}, кв. ${flat()}`,
    () => `г. Шымкент, ул. ${pick(KZ_STREET_RU)}, ${n1()}`,
    () => `г. Астана, пр. Кабанбай батыра, ${n1()}, кв. ${flat()}`,
    () => `Алматинская обл., Карасайский р-н, г. Каскелен, ул. Абылай хана, ${n1()}`,
    () => `г. Алматы, ул. ${pick(KZ_STREET_RU)}, д. ${n1()}, кв. ${flat()}`,
    () => `Туркестанская обл., Сарыагашский р-н, с. Жибек Жолы, ул. Бирлик, ${n1()}`,
  ])();
}
const KK_ALMATY_DISTRICT = ['Алмалы', 'Әуезов', 'Бостандық', 'Медеу', 'Жетісу', 'Түрксіб', 'Наурызбай', 'Алатау'];
const KK_STREET = [
  'Байтұрсынұлы көшесі',
  'Жандосов көшесі',
  'Төле би көшесі',
  'Сейфуллин даңғылы',
  'Райымбек даңғылы',
  'Тәуке хан даңғылы',
  'Момышұлы көшесі',
  'Жібек жолы көшесі',
  'Абай даңғылы',
  'Бөкейхан көшесі',
  'Құрманғазы көшесі',
];
function addrKk(): string {
  return pick([
    () => `Алматы қ., ${pick(KK_ALMATY_DISTRICT)} ауданы, ${pick(KK_STREET)}, ${n1()}-үй, ${flat()}-пәтер`,
    () => `Шымкент қаласы, ${pick(['Нұрсәт', 'Самал', 'Асар', 'Қайтпас', 'Тұран'])} шағынауданы, ${n1()}-үй`,
    () =>
      `${pick(['Түркістан облысы, Мақтаарал ауданы, Жетісай қаласы', 'Жамбыл облысы, Қордай ауданы, Сортөбе ауылы', 'Алматы облысы, Қарасай ауданы, Қаскелең қаласы'])}, ${pick(KK_STREET)}, ${n1()}`,
    () => `Астана қ., ${pick(KK_STREET)}, ${n1()}, ${flat()}-пәтер`,
    () => `${pick(KK_STREET)}, ${n1()}-үй`,
  ])();
}
// Kyrgyzstan
const KG_STREET_RU = [
  'Ахунбаева',
  'Токтогула',
  'Киевская',
  'Абдрахманова',
  'Боконбаева',
  'Московская',
  'Льва Толстого',
];
function addrKgRu(): string {
  return pick([
    () => `г. Бишкек, ул. ${pick(KG_STREET_RU)}, ${n1()}, кв. ${flat()}`,
    () => `г. Бишкек, мкр. Джал-${pick(['23', '29', '15'])}, д. ${n1()}, кв. ${flat()}`,
    () => `г. Ош, ул. Курманжан Датки, ${n1()}`,
    () => `Чуйская обл., Сокулукский р-н, с. Шопоков, ул. Ленина, ${n1()}`,
  ])();
}
const KY_STREET = [
  'Ахунбаев көчөсү',
  'Токтогул көчөсү',
  'Абдрахманов көчөсү',
  'Жибек Жолу проспектиси',
  'Чүй проспектиси',
  'Масалиев көчөсү',
  'Курманжан Датка көчөсү',
  'Байтик Баатыр көчөсү',
];
function addrKy(): string {
  const city = pick(['Бишкек ш.', 'Ош шаары', 'Жалал-Абад шаары', 'Каракол шаары', 'Бишкек шаары']);
  return pick([
    () => `${city}, ${pick(KY_STREET)}, ${n1()}`,
    () => `${city}, ${pick(KY_STREET)}, ${n1()}-үй, ${flat()}-батир`,
    () =>
      `${pick(['Жалал-Абад облусу, Сузак району, Кара-Дарыя айылы', 'Ош облусу, Кара-Суу району, Нариман айылы', 'Чүй облусу, Сокулук району, Жаңы-Жер айылы', 'Нарын облусу, Ат-Башы району, Ак-Муз айылы'])}, ${pick(['Токтогул', 'Ленин', 'Мира', 'Жеңиш'])} көчөсү, ${n1()}`,
    () => `Бишкек ш., ${pick(['Жал-23', 'Асанбай', 'Аламүдүн-1', 'Кок-Жар'])} кичи району, ${n1()}-үй, ${flat()}-батир`,
  ])();
}
// Uzbekistan (Uzbek Latin, ASCII apostrophes)
const UZ_STREET = [
  'Bunyodkor',
  'Mustaqillik',
  'Navoiy',
  'Amir Temur',
  "Bog'ishamol",
  'Qatortol',
  'Muqimiy',
  'Farhod',
  'Guliston',
  'Yangi hayot',
  'Bobur',
  'Nurafshon',
  "Do'stlik",
];
const UZ_MAHALLA = ['Navbahor', "Do'stlik", "Bog'bon", 'Oqtepa', 'Istiqlol', 'Tinchlik', 'Yangiobod', 'Chinor'];
const UZ_REGION = [
  'Andijon viloyati, Asaka tumani',
  'Samarqand viloyati, Urgut tumani',
  'Qashqadaryo viloyati, Shahrisabz tumani',
  'Surxondaryo viloyati, Denov tumani',
  "Farg'ona viloyati, Quva tumani",
  'Xorazm viloyati, Xonqa tumani',
  'Namangan viloyati, Chust tumani',
];
function addrUz(): string {
  return pick([
    () =>
      `Toshkent shahri, ${pick(['Chilonzor', 'Yunusobod', 'Sergeli', 'Yakkasaroy', 'Olmazor'])} tumani, ${pick(UZ_STREET)} ko'chasi ${n1()}-uy, ${flat()}-xonadon`,
    () => `${pick(UZ_REGION)}, ${pick(UZ_MAHALLA)} mahallasi, ${pick(UZ_STREET)} ko'chasi ${n1()}-uy`,
    () =>
      `${pick(['Samarqand shahri', "Farg'ona shahri", 'Andijon shahri', 'Namangan shahri', 'Qarshi shahri', 'Buxoro shahri'])}, ${pick(UZ_STREET)} ko'chasi, ${n1()}-uy`,
    () => `${pick(UZ_REGION)}, ${pick(UZ_MAHALLA)} MFY, ${pick(UZ_STREET)} ko'chasi, ${n1()}-uy`,
    () => `Toshkent shahri, Chilonzor tumani, ${int(1, 26)}-mavze, ${n1()}-uy, ${flat()}-xonadon`,
    () => `${pick(UZ_STREET)} ko'chasi ${n1()}-uy`,
  ])();
}
function addrUzRu(): string {
  return pick([
    () => `г. Ташкент, Чиланзарский р-н, кв-л ${int(1, 26)}, д. ${n1()}, кв. ${flat()}`,
    () =>
      `${pick(['Андижанская обл., Асакинский р-н', 'Самаркандская обл., Ургутский р-н', 'Кашкадарьинская обл., Шахрисабзский р-н', 'Ферганская обл., г. Коканд'])}, ул. ${pick(['Навои', 'Мустакиллик', 'Гулистон', 'Бобура'])}, д. ${n1()}`,
    () => `г. Самарканд, махалля ${pick(['Навбахор', 'Дустлик', 'Богбон'])}, ул. Амира Темура, ${n1()}`,
  ])();
}
// Tajikistan
function addrTg(): string {
  const street = pick([
    'кӯчаи Айнӣ',
    'кӯчаи Сомониён',
    'хиёбони Рӯдакӣ',
    'кӯчаи Шерозӣ',
    'кӯчаи Фирдавсӣ',
    'кӯчаи Бохтар',
    'кӯчаи Саъдии Шерозӣ',
  ]);
  return pick([
    () =>
      `${pick(['ш. Душанбе', 'ш. Хуҷанд', 'ш. Бохтар', 'ш. Кӯлоб', 'ш. Ваҳдат'])}, ${street}, ${n1()}, ҳуҷраи ${flat()}`,
    () =>
      `${pick(['ноҳияи Рӯдакӣ, деҳаи Чоряккорон', 'ноҳияи Ҳисор, деҳаи Навобод', 'ноҳияи Ҷалолиддини Балхӣ, деҳаи Гулистон', 'ноҳияи Панҷ, ҷамоати Намуна, деҳаи Истиқлол'])}, ${street} ${n1()}`,
    () => `ш. Душанбе, ${street}, хонаи ${n1()}`,
    () => `ш. Душанбе, микроноҳияи ${int(12, 104)}, хонаи ${n1()}, ҳуҷраи ${flat()}`,
  ])();
}
function addrTjRu(): string {
  return pick([
    () => `г. Душанбе, ул. Айни, д. ${n1()}, кв. ${flat()}`,
    () => `Хатлонская обл., г. Бохтар, ул. Вахдат, ${n1()}`,
    () => `Согдийская обл., г. Худжанд, ул. Камоли Худжанди, д. ${n1()}`,
    () => `г. Куляб, ул. Сомони, д. ${n1()}`,
  ])();
}
// Turkmenistan
function addrTk(): string {
  const street = pick([
    'Atatürk köçesi',
    'Magtymguly şaýoly',
    'Andalyp köçesi',
    'Oguzhan köçesi',
    'Garaşsyzlyk şaýoly',
    'Azadi köçesi',
    'Görogly köçesi',
    'Bitarap Türkmenistan şaýoly',
  ]);
  return pick([
    () =>
      `${pick(['Aşgabat şäheri', 'Mary şäheri', 'Türkmenabat şäheri', 'Daşoguz şäheri', 'Balkanabat şäheri'])}, ${street}, ${tkOrd(n1())} jaý, ${tkOrd(flat())} öý`,
    () =>
      `${pick(['Mary welaýaty, Baýramaly etraby', 'Lebap welaýaty, Farap etraby', 'Ahal welaýaty, Tejen etraby', 'Daşoguz welaýaty, Köneürgenç etraby'])}, ${pick(['Täze durmuş', 'Bereket', 'Parahat'])} obasy, ${street}, ${tkOrd(n1())} jaý`,
    () => `Aşgabat şäheri, ${tkOrd(int(1, 11))} mikroraýon, ${tkOrd(n1())} jaý, ${tkOrd(flat())} öý`,
  ])();
}
function addrTmRu(): string {
  return pick([
    () => `г. Ашхабад, ул. Андалиба, д. ${n1()}, кв. ${flat()}`,
    () => `Марыйский велаят, г. Байрамали, ул. Магтымгулы, ${n1()}`,
    () => `г. Туркменабат, ул. Сейитназара Сейди, д. ${n1()}`,
    () => `г. Дашогуз, ул. Героглы, д. ${n1()}, кв. ${flat()}`,
  ])();
}
// Turkey, UAE, Korea, English-language lines
function addrTr(): string {
  const mah = pick([
    'Kocatepe',
    'Aksaray',
    'Kumkapı',
    'Telsiz',
    'Yenibosna Merkez',
    'Kazım Karabekir',
    'Şirinyalı',
    'Güzeloba',
    'Mimar Sinan',
    'Esenkent',
  ]);
  const sok = pick([
    'Güneş Sok.',
    'Lale Sok.',
    'Çınar Sok.',
    'Gül Sok.',
    'Cerrahpaşa Cad.',
    'Ordu Cad.',
    'Namık Kemal Cad.',
    '1486 Sk.',
    'Menekşe Sok.',
    'Adnan Menderes Blv.',
  ]);
  const dist = pick([
    'Beyoğlu/İstanbul',
    'Fatih/İstanbul',
    'Bahçelievler/İstanbul',
    'Esenyurt/İstanbul',
    'Muratpaşa/Antalya',
    'Çankaya/Ankara',
    'Konak/İzmir',
    'Zeytinburnu/İstanbul',
    'Alanya/Antalya',
  ]);
  return pick([
    () => `${mah} Mah. ${sok} No:${n1()} D:${int(1, 20)} ${dist}`,
    () => `${mah} Mah. ${sok} No: ${n1()} Daire: ${int(1, 20)} ${dist}`,
    () => `${mah} Mahallesi, ${sok} No:${n1()}/${int(1, 20)}, ${dist}`,
    () => `${mah} Mah. ${sok} No:${n1()} Kat:${int(1, 8)} ${dist}`,
  ])();
}
function addrAe(): string {
  const bld = pick([
    'Al Zarooni Building',
    'Al Mansoor Tower',
    'Al Sadaf Building',
    'Rashid Al Owais Building',
    'Al Hilal Residence',
    'Golden Sands 7',
    'Al Khaleej Building',
  ]);
  const area = pick([
    'Deira',
    'Al Rigga',
    'Al Muraqqabat',
    'Al Qusais 2',
    'Bur Dubai',
    'Al Karama',
    'Muhaisnah 4',
    'Al Barsha 1',
    'International City',
  ]);
  const street = pick([
    'Al Rigga Street',
    'Naif Road',
    'Salahuddin Road',
    'Al Muraqqabat Road',
    'Damascus Street',
    'Abu Baker Al Siddique Road',
  ]);
  return pick([
    () => `Building ${int(1, 40)}, ${bld}, ${street}, ${area}, Dubai`,
    () => `Flat ${int(101, 2405)}, ${bld}, Al Nahda ${int(1, 2)}, Sharjah`,
    () => `Villa ${int(1, 90)}, Street ${int(1, 40)}, ${area}, Dubai`,
    () => `Apartment ${int(101, 1805)}, ${bld}, ${street}, Deira, Dubai`,
    () => `Room ${int(1, 30)}, ${bld}, Al Rashidiya ${int(1, 3)}, Ajman`,
  ])();
}
const KR_AREA: [string, string, string][] = [
  ['Wongok', 'Danwon', 'Ansan'],
  ['Seonbu', 'Danwon', 'Ansan'],
  ['Daerim', 'Yeongdeungpo', 'Seoul'],
  ['Garibong', 'Guro', 'Seoul'],
  ['Namdong', 'Namdong', 'Incheon'],
  ['Jangnim', 'Saha', 'Busan'],
  ['Bupyeong', 'Bupyeong', 'Incheon'],
  ['Hwajeong', 'Deogyang', 'Goyang'],
];
function addrKr(): string {
  const [dong, gu, city] = pick(KR_AREA);
  return pick([
    () => `${int(1, 999)}-${int(1, 40)} ${dong}-dong, ${gu}-gu, ${city}`,
    () =>
      `${int(1, 90)}, ${pick(['Wongok-ro', 'Jungang-daero', 'Dongsan-ro', 'Gongdan-ro'])} ${int(1, 60)}beon-gil, ${gu}-gu, ${city}`,
    () =>
      `Room ${int(101, 512)}, ${int(1, 300)} ${pick(['Wongok-ro', 'Jungang-daero', 'Dongsan-ro'])}, ${gu}-gu, ${city}`,
  ])();
}
function addrEn(): string {
  return pick([
    () => `${n1()} Abai Avenue, Apt ${flat()}, Almaty`,
    () => `flat ${flat()}, ${n1()} Rudaki Avenue, Dushanbe`,
    () => `${n1()} Chui Avenue, apartment ${flat()}, Bishkek`,
    () =>
      `House ${n1()}, ${pick(['Navbahor', 'Guliston', 'Bobur', 'Lenin'])} Street, ${pick(['Urgut', 'Asaka', 'Kara-Suu', 'Vahdat'])} District`,
    () => `${n1()} Amir Temur Street, Tashkent`,
    () => `${n1()} Magtymguly Avenue, Ashgabat`,
    () => `${n1()} Dubravnaya Street, apt. ${flat()}, Moscow`,
    () => `Apartment ${flat()}, ${n1()} Baker Road, Leeds`,
  ])();
}

// ---------------------------------------------------------------- distractor tables (not identifiers)

const CARS = [
  'Toyota Camry',
  'Hyundai Accent',
  'Chevrolet Cobalt',
  'Lada Priora',
  'Daewoo Nexia',
  'Kia Rio',
  'Mercedes-Benz Sprinter',
  'Chevrolet Lacetti',
  'Honda Fit',
  'Volkswagen Polo',
];
/** [nominative, "в"+accusative, "в"+prepositional] */
const RU_DEST: [string, string, string][] = [
  ['Москва', 'в Москву', 'в Москве'],
  ['Санкт-Петербург', 'в Санкт-Петербург', 'в Санкт-Петербурге'],
  ['Екатеринбург', 'в Екатеринбург', 'в Екатеринбурге'],
  ['Стамбул', 'в Стамбул', 'в Стамбуле'],
  ['Анталья', 'в Анталью', 'в Анталье'],
  ['Дубай', 'в Дубай', 'в Дубае'],
  ['Шарджа', 'в Шарджу', 'в Шардже'],
  ['Сеул', 'в Сеул', 'в Сеуле'],
  ['Ансан', 'в Ансан', 'в Ансане'],
  ['Алматы', 'в Алматы', 'в Алматы'],
  ['Астана', 'в Астану', 'в Астане'],
  ['Новосибирск', 'в Новосибирск', 'в Новосибирске'],
  ['Казань', 'в Казань', 'в Казани'],
];
const RU_ORIGIN_GEN = [
  'Ферганской области',
  'Андижана',
  'Оша',
  'Джалал-Абада',
  'Хатлонской области',
  'Куляба',
  'Лебапского велаята',
  'Туркестанской области',
  'Сурхандарьинской области',
  'Нарынской области',
  'Дашогуза',
  'Хорезма',
  'Жамбылской области',
  'Баткенской области',
  'Самарканда',
];
const RU_AIRPORT = [
  'Внуково',
  'Домодедово',
  'Шереметьево',
  'Манас',
  'Ташкент',
  'Алматы',
  'Инчхон',
  'Сабиха Гёкчен',
  'Жуковский',
];
const RU_COUNTRY_GEN = ['Узбекистана', 'Кыргызстана', 'Таджикистана', 'Туркменистана', 'Казахстана'];
const RU_ARTICLES = [
  'ч. 3 ст. 127.1 УК РФ',
  'п. «а» ч. 2 ст. 322.1 УК РФ',
  'ст. 128-1 УК РК',
  'ч. 2 ст. 135 УК РК',
  'ст. 171 УК КР',
  'ч. 2 ст. 124 УК Кыргызской Республики',
  'ст. 135 УК Республики Узбекистан',
  'ч. 3 ст. 130.1 УК Республики Таджикистан',
  'ст. 129 УК Туркменистана',
  'ч. 1 ст. 127.2 УК РФ',
  'ст. 308 УК РК',
];
const RU_COURTS: [string, string[]][] = [
  ['Медеуского районного суда г. Алматы', ['ст. 128-1 УК РК', 'ч. 2 ст. 135 УК РК', 'ст. 308 УК РК']],
  ['Первомайского районного суда г. Бишкека', ['ст. 171 УК КР', 'ч. 2 ст. 124 УК Кыргызской Республики']],
  [
    'Тверского районного суда г. Москвы',
    ['ч. 3 ст. 127.1 УК РФ', 'п. «а» ч. 2 ст. 322.1 УК РФ', 'ч. 1 ст. 127.2 УК РФ'],
  ],
  ['Ташкентского городского суда', ['ст. 135 УК Республики Узбекистан']],
  ['суда района Фирдавси г. Душанбе', ['ч. 3 ст. 130.1 УК Республики Таджикистан']],
  ['Ашхабадского городского суда', ['ст. 129 УК Туркменистана']],
];
function amountRu(): string {
  return pick([
    () => `${int(20, 400)} 000 рублей`,
    () => `${int(1, 9)} ${int(1, 9)}00 долларов США`,
    () => `${int(100, 900)} 000 тенге`,
    () => `${int(20, 90)} 000 сомов`,
    () => `${int(3, 20)} 000 сомони`,
    () => `${int(2, 30)} млн сумов`,
    () => `${int(5, 40)} 000 лир`,
    () => `${int(2, 9)} 500 дирхамов`,
    () => `${int(1, 5)} 000 000 вон`,
  ])();
}
function caseNoRu(): string {
  return pick([
    () => `№ 1-${int(10, 999)}/${int(2017, 2025)}`,
    () => `№ ${int(7500, 7599)}-${int(17, 25)}-00-1/${int(10, 999)}`,
    () => `№ ${int(1, 9)}-${int(100, 9999)}/${int(17, 25)}`,
    () => `ЕРДР № ${int(17, 25)}${dig(13)}`,
    () => `№ ${int(12001, 12499)}00${dig(7)}`,
  ])();
}
const RU_ORG_NOM = [
  'Генеральная прокуратура Республики Казахстан',
  'Следственный комитет Российской Федерации',
  'Главное управление по вопросам миграции МВД России',
  'Департамент полиции г. Алматы',
  'ГУВД г. Бишкека',
  'Международная организация по миграции',
  'Агентство по внешней трудовой миграции Республики Узбекистан',
  'Посольство Республики Таджикистан в Российской Федерации',
  'Управление по борьбе с торговлей людьми МВД Кыргызской Республики',
  'общественный фонд «Путь домой»',
  'кризисный центр «Надежда»',
  'Генеральная прокуратура Республики Узбекистан',
];
const RU_ORG_GEN = [
  'Генеральной прокуратуры Республики Казахстан',
  'Международной организации по миграции',
  'МВД Кыргызской Республики',
  'Государственного департамента США',
  'Агентства по внешней трудовой миграции',
  'Миграционной службы Республики Таджикистан',
  'общественного объединения «Свет надежды»',
  'Генеральной прокуратуры Кыргызской Республики',
  'УНП ДП г. Шымкента',
];

// ---------------------------------------------------------------- actors

const ORIGINS: Eth[] = ['uz', 'uz', 'kg', 'kg', 'tj', 'tj', 'kz', 'tm'];
const vic = (eth: Eth = pick(ORIGINS), g: G = chance(0.75) ? 'f' : 'm') => person(eth, g);
const accd = (eth: Eth = pick([...ORIGINS, 'ru', 'kz']), g?: G) => person(eth, g ?? (chance(0.6) ? 'm' : 'f'));
const ccOf = (e: Eth): CC => (({ kz: 'kz', kg: 'kg', uz: 'uz', tj: 'tj', tm: 'tm', ru: 'ru' }) as const)[e];
const passOf = (e: Eth): PassKind => (({ kz: 'kz', kg: 'kg', uz: 'uz', tj: 'tj', tm: 'tm', ru: 'ruFor' }) as const)[e];
function hnd(p: Person | null, k?: HandleKind): Piece[] {
  const [cue, h] = handle(p, k);
  return [cue, HANDLE(h)];
}
/** National identifier of a person's country, with its cue (Russian-language cues). */
function nidRu(p: Person): Piece[] {
  switch (p.eth) {
    case 'kz': {
      const ok = chance(0.85);
      return ['ИИН ', NID(iin(p, ok))];
    }
    case 'kg':
      return [pick(['ПИН ', 'персональный идентификационный номер ']), NID(kgPin(p))];
    case 'uz':
      return [pick(['ПИНФЛ ', 'ЖШШИР ']), NID(pinfl(p, chance(0.85)))];
    case 'ru':
      return chance(0.5) ? ['СНИЛС ', NID(snils(chance(0.85)))] : ['ИНН ', NID(innRu(chance(0.85)))];
    default:
      return ['паспорт № ', PASS(passport(passOf(p.eth)))];
  }
}
const RU_JOBS = [
  'официанткой',
  'горничной',
  'няней',
  'посудомойщицей',
  'швеёй на фабрике',
  'уборщицей в отеле',
  'продавцом на рынке',
  'администратором в кафе',
];

// ---------------------------------------------------------------- Russian templates

type Tpl = () => Piece;
const RU: Tpl[] = [
  () => {
    const v = vic();
    const d = pick(RU_DEST);
    return t`${gw(v, 'Потерпевший', 'Потерпевшая')} ${nm(v, 'ru', 'SGP')}, ${bdRu(v)}, ${gw(v, 'уроженец', 'уроженка')} ${pick(RU_ORIGIN_GEN)}, в ${pick(['марте', 'мае', 'июле', 'октябре', 'декабре'])} ${int(2017, 2024)} года ${gw(v, 'выехал', 'выехала')} ${d[1]} по приглашению знакомой.`;
  },
  () => {
    const a = accd();
    const v = vic(undefined, 'f');
    return t`${gw(a, 'Обвиняемый', 'Обвиняемая')} ${nm(a, 'ru', 'SGP')}, ${ruYears(int(24, 58))}, ранее не ${gw(a, 'судимый', 'судимая')}, ${gw(a, 'предложил', 'предложила')} ${nm(v, 'ru', 'GS', 'dat')} работу ${pick(RU_JOBS)} ${pick(RU_DEST)[2]} с заработной платой ${amountRu()} в месяц.`;
  },
  () => {
    const v = vic(undefined, 'f');
    const a = accd(undefined, 'm');
    return t`Со слов ${nm(v, 'ru', 'G', 'gen')}, паспорт у неё забрали сразу по прилёте в аэропорт ${pick(RU_AIRPORT)}, после чего ${nm(a, 'ru', 'SG')} потребовал вернуть «долг» в размере ${amountRu()}.`;
  },
  () => {
    const a = accd();
    const x = person(pick(ORIGINS));
    return t`${nm(a, 'ru', 'SI')} ${gw(a, 'перечислил', 'перечислила')} ${amountRu()} на банковскую карту ${CARD(card())}, оформленную на имя ${nm(x, 'ru', 'SG', 'gen')}.`;
  },
  () => {
    const a = accd();
    return t`В ходе обыска в квартире ${nm(a, 'ru', 'SI', 'gen')} по адресу: ${ADDR(addrRuLine(true))} обнаружены паспорта граждан ${pickN(RU_COUNTRY_GEN, 2).join(' и ')}.`;
  },
  () => {
    const a = accd(undefined, 'f');
    return t`Для связи вербовщица ${nm(a, 'ru', 'G')} использовала номер ${PHONE(phone(pick(['kz', 'ru', 'tr', 'ae'])))} (WhatsApp) и аккаунт ${hnd(a)}, где публиковала объявления о работе ${pick(RU_DEST)[2]}.`;
  },
  () => {
    const w = person(pick(['kz', 'ru', 'kg']), 'm');
    const v = vic(undefined, 'f');
    return t`Свидетель ${nm(w, 'ru', 'GPS')}, ${bdRu(w)}, показал, что ${nm(v, 'ru', 'G', 'acc')} привозили к нему на автомашине «${raw(pick(CARS))}» с государственным регистрационным знаком ${PLATE(plate(pick(['ruCyr', 'ruCyr', 'ruLat', 'kz'])))}.`;
  },
  () => {
    const x = person('kz', 'f');
    return t`Согласно ответу банка, ИИН ${NID(iin(x, chance(0.8)))} принадлежит ${nm(x, 'ru', 'SGP', 'dat')}, зарегистрированной по адресу: ${ADDR(addrKzRu())}.`;
  },
  () => {
    const u = person('uz');
    const a = accd();
    return t`Паспорт гражданина Республики Узбекистан ${PASS(passport('uz'))} на имя ${nm(u, 'ru', 'SGP', 'gen')} был изъят у ${nm(a, 'ru', 'SG', 'gen')} при задержании ${eventDate('ru')}.`;
  },
  () => {
    const a = accd();
    return t`Денежные средства от потерпевших поступали на счёт ${IBAN(iban(pick(['KZ', 'KZ', 'TR', 'AE', 'UZ'])))}, открытый на имя ${nm(a, 'ru', 'SGP', 'gen')}${chance(0.5) ? [', ', ...bdRu(a)] : ''}.`;
  },
  () => {
    const v = vic(undefined, 'f');
    const a = accd(undefined, 'm');
    return t`${nm(v, 'ru', 'G')} (имя изменено) познакомилась с ${nm(a, 'ru', 'GS', 'ins')} в Telegram, где тот вёл канал ${HANDLE('@' + pick(RECRUITER_USERS))} с вакансиями ${pick(['в Турции', 'в ОАЭ', 'в Южной Корее', 'в России'])}.`;
  },
  () => {
    const k = person('kg');
    return t`${gw(k, 'Гражданин', 'Гражданка')} Кыргызской Республики ${nm(k, 'ru', 'SGP')} (ПИН ${NID(kgPin(k))}), ${ruYears(int(19, 45))}, ${gw(k, 'задержан', 'задержана')} ${eventDate('ru')} в аэропорту ${pick(RU_AIRPORT)}.`;
  },
  () => {
    const u = person('uz', 'f');
    return t`Гражданка Республики Узбекистан ${nm(u, 'ru', 'SGP')}, ${pick(['ПИНФЛ ', 'ПИНФЛ: '])}${NID(pinfl(u, chance(0.8)))}, ${bdRu(u)}, прибыла ${pick(RU_DEST)[1]} по туристической визе.`;
  },
  () => {
    const a = accd('ru');
    return t`${nm(a, 'ru', 'SGP')}, паспорт серии ${PASS(passport('ruInt'))}, выдан ${eventDate('ru')} ГУ МВД России по г. Москве, зарегистрирован${gw(a, '', 'а')} по адресу: ${ADDR(addrRuLine(true))}.`;
  },
  () => {
    const r = person('ru');
    return t`В материалах дела имеются копии СНИЛС ${NID(snils(chance(0.8)))} и ИНН ${NID(innRu(chance(0.8)))} на имя ${nm(r, 'ru', 'SGP', 'gen')}.`;
  },
  () => {
    const v = vic(undefined, 'f');
    return t`До отъезда ${nm(v, 'ru', 'GS')} проживала ${addrRuInfl()}, а после возвращения — у сестры в ${pick(['Андижане', 'Оше', 'Кулябе', 'Шымкенте', 'Мары'])}.`;
  },
  () => {
    const v = vic();
    return t`В Республике Корея ${nm(v, 'ru', 'SG')} ${gw(v, 'работал', 'работала')} на заводе по адресу ${ADDRX(addrKr())}; работодатель — гражданин Республики Корея ${fixedName('ru', 'korean')}, телефон ${PHONE(phone('kr'))}.`;
  },
  () => {
    const v = vic(undefined, 'f');
    const a = accd(undefined, 'f');
    return t`В Дубае ${nm(v, 'ru', 'G', 'acc')} поселили в квартире по адресу: ${ADDRX(addrAe())}, где за ней следила ${nm(a, 'ru', 'G')} (тел. ${PHONE(phone('ae'))}).`;
  },
  () => {
    const a = accd();
    return t`В Турции потерпевших содержали по адресу ${ADDRX(addrTr())}; ключи от квартиры находились у ${nm(a, 'ru', 'GS', 'gen')}.`;
  },
  () => {
    const v1 = vic(undefined, 'f');
    const others: Person[] = [];
    while (others.length < 3) {
      const o = vic(v1.eth, 'f');
      if (![v1, ...others].some((x) => x.given === o.given)) others.push(o);
    }
    return t`Вместе с ${nm(v1, 'ru', 'G', 'ins')} в микроавтобусе находились ${nm(others[0], 'ru', 'G')}, ${nm(others[1], 'ru', 'G')} и ${nm(others[2], 'ru', 'G')}, всем от ${int(17, 19)} до ${int(21, 25)} лет.`;
  },
  () => {
    const v = vic();
    const k = v.eth === 'kz' ? 'kz' : v.eth === 'kg' ? 'kg' : 'ruFor';
    return t`${nm(v, 'ru', 'SI')} ${gw(v, 'предъявил', 'предъявила')} ${k === 'ruFor' ? 'загранпаспорт № ' : 'паспорт № '}${PASS(passport(k as PassKind))}, срок действия которого истёк ${eventDate('ru')}.`;
  },
  () => {
    const a = accd();
    return t`Переписка велась через страницу ВКонтакте ${HANDLE(`id${int(10000000, 799999999)}`)} и электронную почту ${EMAIL(email(a))}, зарегистрированную на ${nm(a, 'ru', 'SG', 'acc')}.`;
  },
  () => {
    const t0 = person('tj');
    return t`${gw(t0, 'Гражданин', 'Гражданка')} Республики Таджикистан ${nm(t0, 'ru', 'SGP')}, ${bdRu(t0)}, паспорт № ${PASS(passport('tj'))}, тел. ${PHONE(phone('tj'))}, ${gw(t0, 'пояснил', 'пояснила')}, что в ${pick(RU_DEST)[0] === 'Москва' ? 'Москву' : 'Россию'} ${gw(t0, 'выехал', 'выехала')} по совету односельчанина.`;
  },
  () => {
    const m = person('tm', 'f');
    const a = accd();
    return t`${nm(m, 'ru', 'SG')}, гражданка Туркменистана, ${bdRu(m)}, прибыла в Стамбул по туристической визе; в её телефоне обнаружен контакт «${nm(a, 'ru', 'G')}» с номером ${PHONE(phone('tr'))}.`;
  },
  () => {
    const a = accd(undefined, 'm');
    const v = vic(undefined, 'f');
    return t`Сумму «долга» ${nm(a, 'ru', 'G')} объявил ${nm(v, 'ru', 'GS', 'dat')} уже ${pick(RU_DEST)[2]}, забрав у неё телефон и паспорт № ${PASS(passport(passOf(v.eth)))}.`;
  },
  () => {
    const v = vic();
    return t`Организатором выступала ${fixedName('ru', 'koryoF')}, ${BIRTH(String(int(1968, 1985)))} года рождения, которая через ${nm(v, 'ru', 'GS', 'acc')} подыскивала работниц для теплиц в Корее.`;
  },
  () => {
    const v = vic();
    return t`На швейной фабрике в г. ${pick(['Новосибирске', 'Подольске', 'Екатеринбурге'])} управляющим был гражданин КНР ${fixedName('ru', 'chinese')}; ${nm(v, 'ru', 'SG')} ${gw(v, 'работал', 'работала')} там без оплаты ${int(3, 11)} месяцев.`;
  },
  () => {
    const a = accd(undefined, 'm');
    const v = vic(undefined, 'f');
    return t`${nm(a, 'ru', 'S')} встретил ${nm(v, 'ru', 'GS', 'acc')} на Казанском вокзале и отвёз в квартиру по адресу ${ADDR(addrRuLine(false))}, где уже жили ${int(4, 9)} женщин из ${pick(RU_COUNTRY_GEN)}.`;
  },
  () => {
    const v = vic();
    return t`Резюме ${nm(v, 'ru', 'G', 'gen')} было отправлено на адрес ${EMAIL(email(null))}, а ответ пришёл с номера ${PHONE(phone(pick(['tr', 'ae', 'kr', 'ru'])))}.`;
  },
  () => {
    const a = accd();
    return t`Автомобиль «${raw(pick(CARS))}» белого цвета, г/н ${PLATE(plate(pick(['ruLat', 'ruCyr', 'kz', 'uz', 'kg'])))}, зарегистрирован на ${nm(a, 'ru', 'SGP', 'acc')}, ${bdRu(a)}.`;
  },
  () => {
    const u = person('uz');
    const v = vic();
    return t`Вербовщик ${nm(u, 'ru', 'SGP')} (ПИНФЛ ${NID(pinfl(u))}) получал от каждой семьи по ${amountRu()}; ${nm(v, 'ru', 'G')} ${gw(v, 'передал', 'передала')} ему деньги наличными.`;
  },
  () => {
    const v = vic('kz', 'f');
    return t`Жительница ${pick(['Шымкента', 'Тараза', 'Кызылорды'])} ${nm(v, 'ru', 'SGP')} (ИИН ${NID(iin(v, chance(0.75)))}) проживала ${addrRuInfl()} и работала в кафе.`;
  },
  () => {
    const v = vic();
    const a = accd();
    return t`С ${nm(v, 'ru', 'G', 'ins')} связывались с номера ${PHONE(phone(ccOf(a.eth)))}, зарегистрированного на ${nm(a, 'ru', 'SI', 'acc')}.`;
  },
  () => {
    const v = vic();
    return t`Перевод ${amountRu()} на карту ${CARD(card(pick(['uzHumo', 'uzUzcard', 'kg', 'tj', 'kz'])))} подтверждает, что ${nm(v, 'ru', 'GS')} ${gw(v, 'отправлял', 'отправляла')} деньги семье в ${pick(['Наманган', 'Баткен', 'Бохтар', 'Туркестан'])}.`;
  },
  () => {
    const k = person('kg');
    return t`Проживающ${gw(k, 'ий', 'ая')} по адресу: ${ADDR(addrKgRu())}, ${nm(k, 'ru', 'SGP')}, ${bdRu(k)}, ${gw(k, 'показал', 'показала')}, что объявление увидел${gw(k, '', 'а')} в TikTok у ${HANDLE('@' + userBase(accd('kg')))}.`;
  },
  () => {
    const v = vic('tj');
    return t`${nm(v, 'ru', 'GS')} проживал${gw(v, '', 'а')} по адресу ${ADDR(addrTjRu())} вместе с родителями и двумя братьями.`;
  },
  () => {
    const v = vic('tm');
    return t`Согласно анкете, ${nm(v, 'ru', 'SGP')} зарегистрирован${gw(v, '', 'а')} по адресу: ${ADDR(addrTmRu())}.`;
  },
  () => {
    const v = vic('uz');
    return t`Адрес постоянного проживания ${nm(v, 'ru', 'SI', 'gen')}: ${ADDR(addrUzRu())}.`;
  },
];
RU.push(() => {
  const v = vic(undefined, 'f');
  return t`Микроавтобусом, на котором ${nm(v, 'ru', 'G', 'acc')} везли из Сургута в Тюмень, управлял ${fixedName('ru', 'koryoM')}, ${BIRTH(String(int(1965, 1990)))} г.р.`;
});
RU.push(() => {
  const v = vic(undefined, 'f');
  return t`Квартиру в Анталье снимал гражданин Турции ${fixedName('ru', 'turkish')} (T.C. Kimlik No ${NID(tcKimlik())}), к которому ${nm(v, 'ru', 'GS')} обращалась за зарплатой.`;
});
RU.push(() => {
  const a = accd();
  return t`По данным ГИБДД, автомобиль «${raw(pick(CARS))}», государственный регистрационный знак ${PLATE(plate('ruCyr'))}, зарегистрирован на ${nm(a, 'ru', 'GS', 'acc')}, проживающ${gw(a, 'его', 'ую')} ${addrRuInfl()}.`;
});
RU.push(() => {
  const a = accd();
  return t`Билеты оплачивались с карты ${CARD(card(pick(['ru', 'kz', 'visa'])))}, а «комиссия» переводилась на счёт ${IBAN(iban(pick(['TR', 'AE'])))}, которым распоряжал${gw(a, 'ся', 'ась')} ${nm(a, 'ru', 'SI')}.`;
});
RU.push(() => {
  const v = vic();
  return t`Личность ${gw(v, 'потерпевшего', 'потерпевшей')} установлена: ${nm(v, 'ru', 'SGP')}, ${nidRu(v)}.`;
});

// ---------------------------------------------------------------- Kazakh templates (Kazakh Cyrillic; some are output in Kazakh Latin)

const KK_DEST = ['Ресейге', 'Түркияға', 'Біріккен Араб Әмірліктеріне', 'Кореяға', 'Мәскеуге', 'Стамбұлға', 'Дубайға'];
const kkVic = (g: G = chance(0.75) ? 'f' : 'm') => person(pick<Eth>(['kz', 'kz', 'kz', 'kg', 'uz']), g);
function amountKk(): string {
  return pick([
    () => `${int(100, 900)} мың теңге`,
    () => `${int(1, 5)} ${int(1, 9)}00 АҚШ доллары`,
    () => `${int(1, 3)} миллион теңге`,
  ])();
}
const KK: Tpl[] = [
  () => {
    const a = person('kz');
    return t`${nm(a, 'kk', 'SGP')}, ЖСН ${NID(iin(a, chance(0.9)))}, «${raw(pick(CARS))}» көлігінің иесі, мемлекеттік нөмірі ${PLATE(plate('kz'))}.`;
  },
  () => {
    const v = kkVic();
    return t`Жәбірленуші ${nm(v, 'kk', 'SGP')}, ${bdKk(v)}, ${ADDR(addrKk())} мекенжайында тұрады.`;
  },
  () => {
    const a = person(pick<Eth>(['kz', 'kz', 'uz', 'kg', 'ru']), 'm');
    return t`Айыпталушы ${nm(a, 'kk', 'SG')}${chance(0.5) ? [' (', ...bdKk(a), ')'] : ''} жәбірленушіні ${pick(KK_DEST)} жұмысқа орналастырамын деп алдап, одан ${amountKk()} алған.`;
  },
  () => {
    const v = kkVic('f');
    const a = person('kz', 'm');
    return t`${nm(v, 'kk', 'G')} ${PHONE(phone('kz'))} нөмірі арқылы ${nm(a, 'kk', 'GS')} деген адаммен хабарласқан.`;
  },
  () => {
    const w = person('kz', 'm');
    return t`Куәгер ${nm(w, 'kk', 'GS')} «${raw(pick(CARS))}» көлігінің мемлекеттік нөмірі ${PLATE(plate('kz'))} екенін растады.`;
  },
  () => {
    const v = kkVic();
    const x = person('kz', v.g);
    return t`Жәбірленушінің ${pick(['ЖСН', 'ЖСН:', 'ИИН'])} ${NID(iin(x, chance(0.8)))}, төлқұжат нөмірі ${PASS(passport('kz'))}.`;
  },
  () => {
    const a = person('kz');
    return t`Ақша ${CARD(card('kz'))} банк картасына аударылған, карта иесі — ${nm(a, 'kk', 'SGP')}.`;
  },
  () => {
    const a = person('kz');
    return t`${nm(a, 'kk', 'SG')} атына ашылған ${IBAN(iban('KZ'))} шотына ${amountKk()} түскен.`;
  },
  () => {
    const v = kkVic('f');
    return t`Instagram желісіндегі ${HANDLE(pick(RECRUITER_USERS))} парақшасы арқылы ${nm(v, 'kk', 'G')} Дубайдағы жұмыс туралы хабарландыруды көрген.`;
  },
  () => {
    const w = person('kz');
    return t`Куә ${nm(w, 'kk', 'GPS')}, ${bdKk(w)}, ${ADDR(addrKk())} мекенжайында тұратынын айтты.`;
  },
  () => {
    const k = person('kg');
    return t`${nm(k, 'kk', 'SG')}, Қырғыз Республикасының азаматы, ${PHONE(phone('kg'))} телефон нөмірін пайдаланған.`;
  },
  () => {
    const v = kkVic('f');
    return t`Жәбірленуші ${nm(v, 'kk', 'G')} Түркияда ${ADDRX(addrTr())} мекенжайындағы пәтерде ұсталған.`;
  },
  () => {
    const a = person('kz');
    return t`Айыпталушы ${nm(a, 'kk', 'SI')} электрондық поштасы: ${EMAIL(email(a))}, телефоны ${PHONE(phone('kz'))}.`;
  },
  () => {
    const v = kkVic();
    return t`${nm(v, 'kk', 'SGP')} ${bdKk(v)}, ЖСН ${NID(iin(v.eth === 'kz' ? v : person('kz', v.g), chance(0.85)))}.`;
  },
  () => {
    const v = kkVic('f');
    const a = person('kz', 'f');
    return t`Жәбірленуші ${nm(v, 'kk', 'GS')} мен ${nm(a, 'kk', 'GS')} ${eventDate('kk')} күні Алматыдан Дубайға ұшып кеткен.`;
  },
  () => {
    const v = kkVic();
    return t`Кореяда ${nm(v, 'kk', 'G')} ${ADDRX(addrKr())} мекенжайындағы зауытта жұмыс істеген, жұмыс беруші — ${fixedName('kk', 'korean')}.`;
  },
  () => {
    const a = person('kz');
    return t`TikTok желісінде ${HANDLE('@' + userBase(a))} аккаунтын ${nm(a, 'kk', 'SGP')} жүргізген.`;
  },
];

// ---------------------------------------------------------------- Kyrgyz templates

const KY_DEST = ['Россияга', 'Түркияга', 'Казакстанга', 'Кореяга', 'Москвага', 'Дубайга', 'Стамбулга'];
const kyVic = (g: G = chance(0.75) ? 'f' : 'm') => person(pick<Eth>(['kg', 'kg', 'kg', 'kz', 'uz']), g);
function amountKy(): string {
  return pick([
    () => `${int(20, 150)} миң сом`,
    () => `${int(1, 5)} ${int(1, 9)}00 АКШ доллары`,
    () => `${int(50, 300)} миң рубль`,
  ])();
}
const KY: Tpl[] = [
  () => {
    const a = person('kg');
    return t`Акча ${IBAN(iban('KZ'))} эсебине которулган, эсептин ээси ${nm(a, 'ky', 'SGP')}, ПИН ${NID(kgPin(a))}.`;
  },
  () => {
    const v = kyVic();
    return t`Жабырлануучу ${nm(v, 'ky', 'SGP')}, ${bdKy(v)}, ${ADDR(addrKy())} дарегинде жашайт.`;
  },
  () => {
    const a = person(pick<Eth>(['kg', 'kg', 'kz', 'uz']), 'm');
    return t`Айыпталуучу ${nm(a, 'ky', 'SGP')}${chance(0.5) ? [', ', ...bdKy(a), ','] : ''} жабырлануучуну ${pick(KY_DEST)} жумушка жиберем деп алдап, ${amountKy()} алган.`;
  },
  () => {
    const v = kyVic('f');
    const a = person('kg', 'm');
    return t`${nm(v, 'ky', 'G')} ${PHONE(phone('kg'))} номери аркылуу ${nm(a, 'ky', 'G')} менен байланышкан.`;
  },
  () => {
    const v = kyVic();
    const k = person('kg', v.g);
    return t`Жабырлануучунун ПИН ${NID(kgPin(k))}, паспорту ${PASS(passport('kg'))}.`;
  },
  () => {
    const w = person('kg', 'm');
    return t`Күбө ${nm(w, 'ky', 'GS')} «${raw(pick(CARS))}» унаасынын мамлекеттик номери ${PLATE(plate('kg'))} экенин айтты.`;
  },
  () => {
    const a = person('kg');
    return t`Акча ${CARD(card('kg'))} картасына которулган, карта ээси — ${nm(a, 'ky', 'SG')}.`;
  },
  () => {
    const v = kyVic('f');
    return t`Telegram аркылуу ${HANDLE('@' + pick(RECRUITER_USERS))} деген аккаунттан ${nm(v, 'ky', 'G')} жумуш сунушун алган.`;
  },
  () => {
    const v = kyVic();
    return t`${nm(v, 'ky', 'SGP')}, ${bdKy(v)}, Москва шаарында ${ADDR(addrRuLine(false))} дареги боюнча жашаган.`;
  },
  () => {
    const a = person('kg', 'm');
    return t`Милиция кызматкерлери ${nm(a, 'ky', 'SG')} (${bdKy(a)}) Ош шаарынан кармашкан.`;
  },
  () => {
    const a = person('kg');
    return t`Айыпталуучунун электрондук почтасы ${EMAIL(email(a))}, Instagram баракчасы ${HANDLE(userBase(a))}.`;
  },
  () => {
    const v = kyVic('f');
    const a = person('kg', 'f');
    return t`${nm(v, 'ky', 'GS')} ${eventDate('ky')} күнү ${nm(a, 'ky', 'GS')} менен бирге Бишкектен Стамбулга учкан.`;
  },
  () => {
    const v = kyVic('f');
    return t`Түркияда жабырлануучу ${nm(v, 'ky', 'G')} ${ADDRX(addrTr())} дарегиндеги батирде кармалган, кожоюнунун телефону ${PHONE(phone('tr'))}.`;
  },
  () => {
    const k = person('kg');
    return t`${nm(k, 'ky', 'SI')} ПИН: ${NID(kgPin(k))}, ${bdKy(k)}.`;
  },
];

// ---------------------------------------------------------------- Uzbek templates (Uzbek Latin; some are output in Uzbek Cyrillic)

const UZ_DEST = ['Rossiya Federatsiyasiga', 'Turkiyaga', 'BAAga', 'Koreya Respublikasiga', "Qozog'istonga", 'Moskvaga'];
const uzVic = (g: G = chance(0.75) ? 'f' : 'm') => person(pick<Eth>(['uz', 'uz', 'uz', 'uz', 'tj', 'kg']), g);
function amountUz(): string {
  return pick([
    () => `${int(2, 40)} million so'm`,
    () => `${int(1, 5)} ${int(1, 9)}00 AQSh dollari`,
    () => `${int(100, 900)} ming so'm`,
  ])();
}
const UZ: Tpl[] = [
  () => {
    const a = person('uz');
    return t`${nm(a, 'uzL', 'SGP')} nomidagi ${IBAN(iban('UZ'))} hisob raqami va ${CARD(card('uzHumo'))} kartasi orqali pul o'tkazilgan.`;
  },
  () => {
    const v = uzVic();
    return t`Jabrlanuvchi ${nm(v, 'uzL', 'SGP')}, ${bdUz(v)}, ${ADDR(addrUz())} manzilida yashaydi.`;
  },
  () => {
    const a = person('uz', 'm');
    return t`Ayblanuvchi ${nm(a, 'uzL', 'SG')}${chance(0.5) ? [', ', ...bdUz(a), ','] : ''} jabrlanuvchini ${pick(UZ_DEST)} ishga joylashtirish bahonasida aldab, undan ${amountUz()} olgan.`;
  },
  () => {
    const a = person('uz');
    return t`Yollovchi ${nm(a, 'uzL', 'G')} bilan ${PHONE(phone('uz'))} telefon raqami orqali bog'lanilgan.`;
  },
  () => {
    const v = uzVic();
    const u = v.eth === 'uz' ? v : person('uz', v.g);
    return t`Jabrlanuvchining ${pick(['JShShIR', 'JSHSHIR', 'JShShIR:'])} ${NID(pinfl(u, chance(0.8)))}, pasporti ${PASS(passport('uz'))}.`;
  },
  () => {
    const w = person('uz', 'm');
    return t`Guvoh ${nm(w, 'uzL', 'GS')} ${raw(pick(CARS))} rusumli avtomashina davlat raqami ${PLATE(plate('uz'))} ekanini tasdiqladi.`;
  },
  () => {
    const a = person('uz');
    return t`Pul mablag'lari ${CARD(card(pick(['uzHumo', 'uzUzcard'])))} raqamli kartaga o'tkazilgan, karta egasi — ${nm(a, 'uzL', 'SGP')}.`;
  },
  () => {
    const v = uzVic('f');
    return t`${raw('Telegram')} tarmog'idagi ${HANDLE('@' + pick(RECRUITER_USERS))} kanali orqali ${nm(v, 'uzL', 'G')} Turkiyadagi ish haqida e'lonni ko'rgan.`;
  },
  () => {
    const a = person('uz', 'm');
    return t`Chatda "${nm(a, 'uzL', pick(['G', 'GS'] as const), 'nom', { lower: true })} aka" deb yozilgan kontakt ${PHONE(phone(pick(['uz', 'tr', 'ru'])))} raqamidan yozgan.`;
  },
  () => {
    const v = uzVic('f');
    return t`${nm(v, 'uzL', 'SG')} Turkiyada ${ADDRX(addrTr())} manzilidagi kvartirada ushlab turilgan.`;
  },
  () => {
    const v = uzVic('f');
    const a = person('uz', 'f');
    return t`Dubayda ${nm(v, 'uzL', 'G')} ${ADDRX(addrAe())} manzilida yashagan, uni ${nm(a, 'uzL', 'GS')} nazorat qilgan.`;
  },
  () => {
    const v = uzVic();
    return t`${nm(v, 'uzL', 'SGP')}, ${bdUz(v)}, Koreyada ${ADDRX(addrKr())} manzilidagi zavodda ishlagan.`;
  },
  () => {
    const a = person('uz');
    return t`Ayblanuvchi ${nm(a, 'uzL', 'SI')} elektron pochtasi ${EMAIL(email(a))}, Instagram sahifasi ${HANDLE(userBase(a))}.`;
  },
  () => {
    const a = person('uz');
    return t`Pullar ${IBAN(iban(pick(['UZ', 'UZ', 'TR'])))} hisob raqamiga o'tkazilgan, hisob egasi ${nm(a, 'uzL', 'GS')}.`;
  },
  () => {
    const v = uzVic('f');
    const a = person('uz', 'm');
    return t`${nm(v, 'uzL', 'G')} ${eventDate('uzL')} kuni ${nm(a, 'uzL', 'SG')} bilan Toshkentdan Moskvaga uchib ketgan.`;
  },
  () => {
    const u = person('uz');
    return t`Fuqaro ${nm(u, 'uzL', 'SGP')} (JShShIR ${NID(pinfl(u))}, pasport ${PASS(passport('uz'))}) ${eventDate('uzL')} kuni ushlangan.`;
  },
  () => {
    const v = uzVic();
    return t`${nm(v, 'uzL', 'GPS')} ${bdUz(v)}, hozirda ${ADDR(addrUz())} manzilida istiqomat qiladi.`;
  },
  () => {
    const a = person('uz', 'm');
    return t`Jabrlanuvchilar ${nm(a, 'uzL', 'G', 'nom', { lower: true })} ismli shaxsga ${amountUz()} berishgan, uning ${raw('TikTok')} akkaunti ${HANDLE('@' + userBase(a))}.`;
  },
];

// ---------------------------------------------------------------- Tajik templates

const TG_DEST = ['ба Федератсияи Русия', 'ба Туркия', 'ба Аморатҳои Муттаҳидаи Араб', 'ба Қазоқистон', 'ба Маскав'];
const tgVic = (g: G = chance(0.75) ? 'f' : 'm') => person(pick<Eth>(['tj', 'tj', 'tj', 'tj', 'uz']), g);
function amountTg(): string {
  return pick([
    () => `${int(3, 30)} ҳазор сомонӣ`,
    () => `${int(1, 5)} ${int(1, 9)}00 доллари ИМА`,
    () => `${int(50, 300)} ҳазор рубл`,
  ])();
}
const TG: Tpl[] = [
  () => {
    const v = tgVic();
    return t`Ҷабрдида ${nm(v, 'tg', 'SGP')}, ${bdTg(v)}, сокини ${ADDR(addrTg())}, ${pick(TG_DEST)} барои кор фиристода шудааст.`;
  },
  () => {
    const a = person('tj', 'm');
    return t`Айбдоршаванда ${nm(a, 'tg', 'SG')}${chance(0.5) ? [', ', ...bdTg(a), ','] : ''} ба ҷабрдида кори хуб ваъда дода, аз ӯ ${amountTg()} гирифтааст.`;
  },
  () => {
    const a = person('tj');
    return t`Бо ${nm(a, 'tg', 'G')} тавассути рақами телефони ${PHONE(phone('tj'))} тамос гирифта мешуд.`;
  },
  () => {
    const v = tgVic('f');
    const a = person('tj', 'm');
    return t`Шиносномаи хориҷии ${nm(v, 'tg', 'SG')} бо рақами ${PASS(passport('tj'))} дар назди ${nm(a, 'tg', 'SG')} нигоҳ дошта мешуд.`;
  },
  () => {
    const a = person('tj');
    return t`Маблағ ба корти бонкии ${CARD(card('tj'))} гузаронида шудааст; соҳиби корт — ${nm(a, 'tg', 'SGP')}.`;
  },
  () => {
    const w = person('tj', 'm');
    const a = person('tj', 'm');
    return t`Шоҳид ${nm(w, 'tg', 'GS')} тасдиқ кард, ки мошини ${raw(pick(CARS))} бо рақами давлатии ${PLATE(plate('tj'))} ба ${nm(a, 'tg', 'G')} тааллуқ дорад.`;
  },
  () => {
    const v = tgVic('f');
    return t`Дар шабакаи ${raw('Instagram')} саҳифаи ${HANDLE(pick(RECRUITER_USERS))} ба ${nm(v, 'tg', 'G')} кор дар Дубайро пешниҳод кардааст.`;
  },
  () => {
    const v = tgVic();
    return t`${nm(v, 'tg', 'GS')} дар Маскав дар суроғаи ${ADDR(addrRuLine(false))} зиндагӣ мекард.`;
  },
  () => {
    const v = tgVic('f');
    const a = person('tj', 'f');
    return t`Дар Дубай ҷабрдида ${nm(v, 'tg', 'G')} дар суроғаи ${ADDRX(addrAe())} нигоҳ дошта мешуд, ӯро ${nm(a, 'tg', 'SG')} назорат мекард.`;
  },
  () => {
    const a = person('tj');
    return t`Почтаи электронии айбдоршаванда ${nm(a, 'tg', 'SI')}: ${EMAIL(email(a))}.`;
  },
  () => {
    const v = tgVic();
    return t`${nm(v, 'tg', 'SGP')}, ${bdTg(v)}, рақами телефон ${PHONE(phone(pick(['tj', 'ru'])))}.`;
  },
  () => {
    const v = tgVic('f');
    return t`Ҷабрдида ${nm(v, 'tg', 'GS')} ${eventDate('tg')} аз фурудгоҳи Душанбе ба Туркия парвоз кардааст ва дар суроғаи ${ADDRX(addrTr())} зиндагӣ мекард.`;
  },
];

// ---------------------------------------------------------------- Turkmen templates

const tkVic = (g: G = chance(0.75) ? 'f' : 'm') => person(pick<Eth>(['tm', 'tm', 'tm', 'tm', 'uz']), g);
function amountTk(): string {
  return pick([
    () => `${int(1, 9)} ${int(1, 9)}00 ABŞ dollary`,
    () => `${int(5, 40)} müň türk lirasy`,
    () => `${int(2, 20)} müň manat`,
  ])();
}
const TK: Tpl[] = [
  () => {
    const a = person('tm', 'm');
    return t`Türkiýede ${nm(a, 'tk', 'GS')} zenanlary ${raw(pick(CARS))} awtoulagynda (belgisi ${PLATE(plate('tr'))}) işe äkidipdir.`;
  },
  () => {
    const v = tkVic();
    return t`Ejir çeken ${nm(v, 'tk', 'SGP')}, ${bdTk(v)}, ${ADDR(addrTk())} salgysynda ýaşaýar.`;
  },
  () => {
    const a = person('tm', 'm');
    return t`Günäkärlenýän ${nm(a, 'tk', 'SG')}${chance(0.5) ? [', ', ...bdTk(a), ','] : ''} ejir çekene Türkiýede iş wada berip, ondan ${amountTk()} alypdyr.`;
  },
  () => {
    const a = person('tm');
    return t`${nm(a, 'tk', 'G')} bilen ${PHONE(phone('tm'))} telefon belgisi arkaly habarlaşylypdyr.`;
  },
  () => {
    const v = tkVic('f');
    const a = person('tm', 'm');
    return t`${nm(v, 'tk', 'G')} atly ejir çekeniň pasporty (${PASS(passport('tm'))}) ${nm(a, 'tk', 'SG')} tarapyndan alnypdyr.`;
  },
  () => {
    const v = tkVic('f');
    return t`Türkiýede ${nm(v, 'tk', 'GS')} ${ADDRX(addrTr())} salgysyndaky öýde saklanypdyr.`;
  },
  () => {
    const a = person('tm');
    return t`Pul ${CARD(card(pick(['visa', 'mc'])))} kartyna geçirilipdir; kartyň eýesi ${nm(a, 'tk', 'SGP')}.`;
  },
  () => {
    const v = tkVic('f');
    return t`${raw('Instagram')} ulgamynda ${HANDLE(pick(RECRUITER_USERS))} sahypasy arkaly ${nm(v, 'tk', 'G')} Antalýadaky iş barada bildiriş görüpdir.`;
  },
  () => {
    const v = tkVic('f');
    return t`Türkiýedäki telefon belgisi ${PHONE(phone('tr'))} bolan ${nm(v, 'tk', 'SG')} ${eventDate('tk')} Aşgabatdan uçupdyr.`;
  },
  () => {
    const a = person('tm', 'm');
    return t`Hatlarda "${nm(a, 'tk', 'G', 'nom', { lower: true })} aga" diýip ýazylan kontakt ${PHONE(phone('tr'))} belgiden ýazypdyr.`;
  },
  () => {
    const a = person('tm');
    return t`Günäkärlenýän ${nm(a, 'tk', 'SI')} elektron poçtasy ${EMAIL(email(a))}.`;
  },
  () => {
    const v = tkVic();
    return t`${nm(v, 'tk', 'GPS')}, ${bdTk(v)}, Dubaýda ${ADDRX(addrAe())} salgysynda işledilipdir.`;
  },
  () => {
    const a = person('tm');
    return t`Pullar ${IBAN(iban('TR'))} hasabyna geçirilipdir, hasabyň eýesi ${nm(a, 'tk', 'GS')}.`;
  },
];

// ---------------------------------------------------------------- English templates

const EN_DEST = [
  'Moscow',
  'Istanbul',
  'Antalya',
  'Dubai',
  'Sharjah',
  'Seoul',
  'Ansan',
  'Almaty',
  'Astana',
  'Yekaterinburg',
];
const EN_ORIGIN = [
  'Osh',
  'Andijan',
  'Fergana',
  'Kulob',
  'Bokhtar',
  'Dashoguz',
  'Mary',
  'Shymkent',
  'Jalal-Abad',
  'Namangan',
  'Samarkand',
  'Naryn',
];
const EN_ARTICLES = [
  'part 2 of Article 171 of the Criminal Code',
  'Article 135 of the Criminal Code of Uzbekistan',
  'Article 127.1 of the Russian Criminal Code',
  'Article 128 of the Criminal Code of Kazakhstan',
  'Article 130.1 of the Tajik Criminal Code',
  'Article 129 of the Criminal Code of Turkmenistan',
];
const enVic = (g: G = chance(0.75) ? 'f' : 'm') => person(pick(ORIGINS), g);
function amountEn(): string {
  return pick([
    () => `$${int(1, 9)},${int(1, 9)}00`,
    () => `USD ${int(1, 15)},000`,
    () => `${int(100, 900)},000 tenge`,
    () => `AED ${int(2, 9)},500`,
    () => `${int(50, 400)},000 roubles`,
  ])();
}
const EN: Tpl[] = [
  () => {
    const v = enVic();
    return t`Wages were supposed to go to IBAN ${IBAN(iban('AE'))} in the name of ${nm(v, 'en', 'GS')}, but the employer kept the bank card.`;
  },
  () => {
    const v = enVic();
    return t`The victim, ${nm(v, 'en', 'GS')}, ${bdEn(v)}, was recruited in ${pick(EN_ORIGIN)} and taken to ${pick(EN_DEST)}.`;
  },
  () => {
    const a = person(pick([...ORIGINS, 'ru']));
    return t`${nm(a, 'en', 'IS')}, aged ${int(24, 61)}, was convicted under ${pick(EN_ARTICLES)} and sentenced to ${int(3, 12)} years.`;
  },
  () => {
    const a = person(pick(ORIGINS));
    return t`According to the indictment, ${nm(a, 'en', 'SG')} (${bdEn(a)}) kept the women's passports at ${ADDRX(addrAe())}.`;
  },
  () => {
    const a = person(pick(ORIGINS));
    return t`She was told to call ${PHONE(phone(pick(['tr', 'ae', 'ru', 'kr'])))} on WhatsApp and ask for ${nm(a, 'en', 'G')}.`;
  },
  () => {
    const v = enVic();
    return t`Passport No. ${PASS(passport(chance(0.3) ? 'intl' : passOf(v.eth)))} issued to ${nm(v, 'en', 'GS')}${chance(0.5) ? [' (', ...bdEn(v), ')'] : ''} was found in the employer's safe.`;
  },
  () => {
    const a = person(pick(ORIGINS));
    return t`Payments were made to IBAN ${IBAN(iban(pick(['TR', 'AE', 'KZ', 'UZ'])))} held by ${nm(a, 'en', 'GPS')}.`;
  },
  () => {
    const a = person(pick(ORIGINS));
    return t`The recruiter's Instagram account, ${HANDLE(userBase(a))}, advertised waitress jobs in ${pick(EN_DEST)}; it was run by ${nm(a, 'en', 'GS')}.`;
  },
  () => {
    const a = person(pick(ORIGINS));
    return t`Investigators traced the card ${CARD(card())} to ${nm(a, 'en', 'GS')}${chance(0.5) ? [' (', ...bdEn(a), ')'] : ''}, a resident of ${ADDR(addrEn())}.`;
  },
  () => {
    const v = enVic();
    return t`The factory owner, ${fixedName('en', 'korean')}, housed ${nm(v, 'en', 'G')} and four other workers at ${ADDRX(addrKr())}.`;
  },
  () => {
    const v = enVic();
    return t`The workshop manager, ${fixedName('en', 'chinese')}, paid ${nm(v, 'en', 'GS')} nothing for ${int(3, 14)} months.`;
  },
  () => {
    const v = enVic('f');
    return t`"${nm(v, 'en', 'G', 'nom', { lower: true })} is ready, send the ticket" read one message from ${HANDLE('@' + pick(RECRUITER_USERS))}.`;
  },
  () => {
    const v = enVic();
    return t`${nm(v, 'en', 'SGP')}, ${bdEn(v)}, ${v.eth === 'kz' ? 'IIN' : v.eth === 'kg' ? 'PIN' : v.eth === 'uz' ? 'PINFL' : 'passport'} ${v.eth === 'kz' ? NID(iin(v)) : v.eth === 'kg' ? NID(kgPin(v)) : v.eth === 'uz' ? NID(pinfl(v)) : PASS(passport(passOf(v.eth)))}.`;
  },
  () => {
    const a = person(pick(ORIGINS), 'm');
    return t`A white ${raw(pick(CARS))} with registration plate ${PLATE(plate(pick(['uz', 'kz', 'kg', 'ruLat', 'tr'])))}, registered to ${nm(a, 'en', 'GS')}, drove the women to the border.`;
  },
  () => {
    const a = person(pick(ORIGINS));
    return t`Emails from ${EMAIL(email(a))} promised the applicants "hotel work in ${pick(EN_DEST)}".`;
  },
  () => {
    const v = enVic();
    const a = person(pick(ORIGINS), 'm');
    return t`${nm(v, 'en', 'G')} met ${nm(a, 'en', 'S')} in ${pick(EN_ORIGIN)}; he paid for her ticket and took her phone on arrival.`;
  },
  () => {
    const v = enVic('f');
    return t`Victim ${nm(v, 'en', 'SI')} lived at ${ADDR(addrEn())} before she left for ${pick(EN_DEST)} on ${eventDate('en')}.`;
  },
  () => {
    const v = person('uz', chance(0.7) ? 'f' : 'm');
    return t`${nm(v, 'uzL', 'GS')} (${bdEn(v)}) told the court ${gw(v, 'he', 'she')} had been held at ${ADDRX(addrTr())}.`;
  },
  () => {
    const a = person(pick(ORIGINS));
    return t`Calls came from ${PHONE(phone(ccOf(a.eth)))} and ${PHONE(phone('ru'))}, both registered to ${nm(a, 'en', 'GS')}.`;
  },
  () => {
    const a = person(pick(ORIGINS));
    return t`The TikTok account ${HANDLE('@' + userBase(a))} belonged to ${nm(a, 'en', 'G', 'nom', { lower: chance(0.5) })}, the court found.`;
  },
  () => {
    const a = person('kz');
    const v = enVic('f');
    return t`Kazakh national ${nm(a, 'en', 'SGP')} (IIN ${NID(iin(a, chance(0.8)))}) recruited ${nm(v, 'en', 'G')} through a modelling agency.`;
  },
  () => {
    const r = person('ru');
    return t`Russian citizen ${nm(r, 'en', 'GS')}, SNILS ${NID(snils(chance(0.8)))}, rented the flat at ${ADDR(addrEn())}.`;
  },
  () => {
    const v = enVic('f');
    return t`The bar in Alanya was leased by ${fixedName('en', 'turkish')}, Turkish ID number ${NID(tcKimlik())}, who paid ${nm(v, 'en', 'G')} nothing.`;
  },
  () => {
    const v = enVic();
    return t`${nm(v, 'en', 'GS', 'nom', { lower: true })} — that is how the name was typed in the chat — was then ${int(17, 20)} years old.`;
  },
];

// ---------------------------------------------------------------- negative templates (no identifiers, tempting look-alikes)

const NEG_RU: Tpl[] = [
  () => {
    const [court, arts] = pick(RU_COURTS);
    return `Приговором ${court} от ${eventDate('ru')} подсудимый признан виновным по ${pick(arts)} и осуждён к ${int(3, 15)} годам лишения свободы.`;
  },
  () =>
    `Уголовное дело ${caseNoRu()} возбуждено ${eventDate('ru')} по признакам преступления, предусмотренного ${pick(RU_ARTICLES)}.`,
  () =>
    `На момент вербовки потерпевшей было ${ruYears(int(16, 29))}; она выехала из ${pick(RU_ORIGIN_GEN)} ${pick(RU_DEST)[1]} ${eventDate('ru')}.`,
  () =>
    `Общий ущерб составил ${amountRu()}, из которых ${amountRu()} были переведены через систему денежных переводов.`,
  () => {
    const n = int(12, 340);
    return `По данным ${pick(RU_ORG_GEN)}, в ${int(2016, 2024)} году выявлено ${ruPlural(n, 'факт', 'факта', 'фактов')} торговли людьми с участием граждан ${pickN(RU_COUNTRY_GEN, 3).join(', ')}.`;
  },
  () => {
    const [a, b, c] = pickN(RU_DEST, 3);
    return `Маршрут пролегал через ${a[0]}, ${b[0]} и ${c[0]}, откуда женщин переправляли в ${pick(['Турцию', 'ОАЭ', 'Южную Корею', 'Россию'])}.`;
  },
  () => {
    const n = int(14, 210);
    return `По сведениям ${pick(RU_ORG_GEN)}, за ${int(2018, 2024)} год из ${pick(['Турции', 'ОАЭ', 'России', 'Республики Корея'])} на родину вернулись ${ruPlural(n, 'человек', 'человека', 'человек')}.`;
  },
  () =>
    `Задержание произошло ${eventDate('ru')} в аэропорту ${pick(RU_AIRPORT)}, при досмотре изъято ${ruPlural(int(3, 17), 'паспорт', 'паспорта', 'паспортов')} и ${amountRu()} наличными.`,
  () =>
    `Суд учёл, что подсудимая впервые привлекается к уголовной ответственности, имеет на иждивении ${pick(['двоих', 'троих', 'четверых'])} малолетних детей, и назначил наказание с применением ${pick(['ст. 64 УК РФ', 'ст. 55 УК РК', 'ст. 73 УК РФ'])}.`,
  () => `Апелляционная инстанция ${eventDate('ru')} оставила приговор по делу ${caseNoRu()} без изменения.`,
  () =>
    `Потерпевшие работали по ${int(12, 18)} часов в сутки, выходных не имели, заработную плату в размере ${amountRu()} так и не получили.`,
  () =>
    `Запрос ${pick(RU_ORG_GEN)} направлен в ${pick(['Генеральную прокуратуру Турецкой Республики', 'Министерство внутренних дел ОАЭ', 'Национальное полицейское агентство Республики Корея'])} ${eventDate('ru')}.`,
  () =>
    `Помощь пострадавшим, вернувшимся ${pick(['из Турции', 'из ОАЭ', 'из России', 'из Республики Корея'])}, оказывает ${pick(RU_ORG_NOM)}.`,
];
const NEG_KK: Tpl[] = [
  () =>
    `${pick(['Алматы', 'Шымкент', 'Астана', 'Тараз'])} қаласының ${pick(['Медеу', 'Әл-Фараби', 'Алмалы', 'Байқоңыр'])} аудандық соты ${eventDate('kk')} күні үкім шығарды.`,
  () => `Қылмыстық іс ҚК-нің ${pick(['128', '135', '308', '125'])}-бабының ${int(1, 4)}-бөлігі бойынша тергелді.`,
  () => `Жәбірленуші ол кезде ${int(16, 27)} жаста болған.`,
  () => `Тергеу барысында ${amountKk()} көлемінде залал анықталды.`,
  () => `Сот айыпталушыға ${int(3, 15)} жылға бас бостандығынан айыру жазасын тағайындады.`,
  () => `Әйелдер Түркияға, Біріккен Араб Әмірліктеріне және Ресейге жұмысқа жіберілген.`,
  () => `Бас прокуратура ${int(2018, 2024)} жылы адам саудасына қатысты ${int(20, 200)} іс тіркелгенін хабарлады.`,
  () => `Ішкі істер министрлігінің көші-қон қызметі ${eventDate('kk')} тексеру жүргізді.`,
  () => `Жұмыс беруші жалақыны ${int(4, 11)} ай бойы төлемеген.`,
];
const NEG_KY: Tpl[] = [
  () =>
    `Бишкек шаарынын ${pick(['Биринчи май', 'Свердлов', 'Октябрь', 'Ленин'])} райондук соту ${eventDate('ky')} күнү өкүм чыгарды.`,
  () => `Кылмыш-жаза кодексинин ${pick(['171', '124', '166'])}-беренесинин ${int(1, 3)}-бөлүгү боюнча иш козголгон.`,
  () => `Жабырлануучу ал кезде ${int(16, 26)} жашта болгон.`,
  () => `Ички иштер министрлиги ${int(2018, 2024)}-жылы адам сатуу боюнча ${int(10, 120)} фактыны аныктаган.`,
  () => `Эл аралык миграция уюму Россиядан жана Түркиядан ${int(10, 90)} жаранды кайтарууга жардам берди.`,
  () => `Соттун өкүмү боюнча айыпталуучуга ${int(5, 12)} жылга эркинен ажыратуу жазасы дайындалды.`,
  () => `Жумуш берүүчү ${amountKy()} айлык убада кылган, бирок эч нерсе төлөгөн эмес.`,
  () => `Тергөө Ош, Жалал-Абад жана Баткен облустарында жүргүзүлдү.`,
];
const NEG_UZ: Tpl[] = [
  () =>
    `Toshkent shahar ${pick(['Yunusobod', 'Chilonzor', 'Mirobod', 'Sergeli'])} tuman sudi ${eventDate('uzL')} kuni hukm chiqardi.`,
  () =>
    `Jinoyat kodeksining ${pick(['135', '137', '223'])}-moddasi ${int(1, 4)}-qismi bilan jinoyat ishi qo'zg'atilgan.`,
  () => `Jabrlanuvchi o'sha paytda ${int(16, 27)} yoshda bo'lgan.`,
  () => `Ichki ishlar vazirligi ${int(2018, 2024)}-yilda odam savdosi bo'yicha ${int(20, 300)} ta holatni aniqlagan.`,
  () => `Ish materiallariga ko'ra, ayollar Turkiya, BAA va Rossiya Federatsiyasiga olib ketilgan.`,
  () => `Sud ayblanuvchiga ${int(5, 12)} yil ozodlikdan mahrum qilish jazosini tayinladi.`,
  () => `Yetkazilgan zarar ${amountUz()}ni tashkil etgan.`,
  () => `Tashqi mehnat migratsiyasi agentligi ${eventDate('uzL')} kuni ogohlantirish e'lon qildi.`,
  () => `Samarqand, Farg'ona va Andijon viloyatlaridan jami ${int(12, 80)} nafar fuqaro jalb qilingan.`,
];
const NEG_TG: Tpl[] = [
  () =>
    `Суди ноҳияи ${pick(['Фирдавсии', 'Шоҳмансури', 'Синои', 'Исмоили Сомонии'])} шаҳри Душанбе ${eventDate('tg')} ҳукм баровард.`,
  () => `Парванда тибқи қисми ${int(1, 3)} моддаи 130.1 Кодекси ҷиноятии Ҷумҳурии Тоҷикистон оғоз шудааст.`,
  () => `Ҷабрдида он вақт ${int(16, 26)}-сола буд.`,
  () => `Вазорати корҳои дохилӣ дар соли ${int(2018, 2024)} ${int(10, 90)} ҳолати хариду фурӯши одамонро ошкор кард.`,
  () => `Зарари расонидашуда ба маблағи ${amountTg()} арзёбӣ шудааст.`,
  () => `Суд ба айбдоршаванда ${int(5, 15)} сол аз озодӣ маҳрум кардан таъин намуд.`,
  () => `Занон аз Кӯлоб ва Бохтар ба Туркия ва Аморатҳои Муттаҳидаи Араб бурда шуданд.`,
  () => `Прокуратураи генералӣ ${eventDate('tg')} ба Интерпол муроҷиат кард.`,
];
const NEG_TK: Tpl[] = [
  () =>
    `${pick(['Aşgabat şäher', 'Mary welaýat', 'Lebap welaýat', 'Daşoguz welaýat'])} kazyýeti ${eventDate('tk')} höküm çykardy.`,
  () => `Jenaýat işi Jenaýat kodeksiniň 129-njy maddasynyň ${int(1, 3)}-nji bölegi boýunça gozgaldy.`,
  () => `Ejir çeken şol wagt ${int(16, 26)} ýaşyndady.`,
  () => `Içeri işler ministrligi ${tkOrd(int(2018, 2024))} ýylda ${int(5, 60)} waka hasaba aldy.`,
  () => `Zenanlar Türkiýä, Russiýa we Birleşen Arap Emirliklerine äkidilipdir.`,
  () => `Kazyýet günäkärlenýäne ${int(5, 15)} ýyl azatlykdan mahrum etmek jezasyny berdi.`,
  () => `Ýetirilen zyýan ${amountTk()} möçberinde bahalandyryldy.`,
  () => `Halkara migrasiýa guramasy ${eventDate('tk')} maglumat berdi.`,
];
const NEG_EN: Tpl[] = [
  () =>
    `The U.S. Department of State's ${int(2018, 2025)} Trafficking in Persons Report placed ${pick(['Turkmenistan', 'Kyrgyzstan', 'Tajikistan', 'Uzbekistan', 'Kazakhstan'])} on Tier ${pick(['2', '2 Watch List', '3'])}.`,
  () =>
    `The Prosecutor General's Office opened case No. ${int(1, 9)}-${int(100, 999)}/${int(2018, 2025)} under ${pick(EN_ARTICLES)}.`,
  () =>
    `The victim, aged ${int(16, 27)}, left ${pick(EN_ORIGIN)} on ${eventDate('en')} and crossed into Kazakhstan at the ${pick(['Zhibek Zholy', 'Korday', 'Dostyk'])} checkpoint.`,
  () =>
    `Investigators estimated the losses at ${amountEn()}, most of it transferred through money-transfer agents in ${pick(EN_DEST)}.`,
  () =>
    `In ${int(2017, 2024)}, the International Organization for Migration assisted ${int(40, 600)} victims returning from Russia, Turkey and the United Arab Emirates.`,
  () =>
    `The sentence was handed down on ${eventDate('en')} by the ${pick(['Almaty City Court', 'Bishkek City Court', 'Tashkent City Court', 'Dushanbe City Court', 'Moscow City Court'])}.`,
  () => `Arrested on ${eventDate('en')}, the defendant spent ${int(3, 14)} months in pre-trial detention.`,
  () =>
    `Police in ${pick(['Antalya', 'Istanbul', 'Dubai', 'Ansan', 'Yekaterinburg'])} raided ${int(2, 9)} flats and freed ${int(5, 40)} women from Central Asia.`,
  () =>
    `The Anti-Trafficking Unit of the ${pick(['Ministry of Internal Affairs of the Kyrgyz Republic', 'Tashkent City Police Department', 'Almaty Police Department'])} handled the referral.`,
  () => `Workers were promised ${amountEn()} a month but received nothing for ${int(3, 12)} months.`,
  () => `Part 2 of Article 171 provides for ${int(5, 8)} to ${int(10, 15)} years of imprisonment.`,
];

// ---------------------------------------------------------------- assembly

type OutLang = 'ru' | 'kk' | 'ky' | 'uz' | 'tg' | 'tk' | 'en';
interface Snippet {
  id: string;
  language: OutLang;
  script: 'Cyrl' | 'Latn';
  text: string;
  spans: Span[];
}
interface Plan {
  lang: OutLang;
  pos: Tpl[];
  neg: Tpl[];
  nPos: number;
  nNeg: number;
  /** post-processing of the i-th snippet of this language (transliteration, apostrophe style) */
  post: (p: Piece, i: number, negative: boolean) => Piece;
}

const UZ_APOS = ["'", 'ʻ', '`', '’'];
function uzPost(p: Piece, i: number): Piece {
  if (i % 3 === 2) return translitPieces(p, uzToCyr); // Uzbek Cyrillic
  const ap = UZ_APOS[Math.floor(i / 3) % UZ_APOS.length];
  if (ap === "'") return p;
  return mapAll(p, (s) => s.replace(/([oOgG])'/g, `$1${ap}`));
}
function kkPost(p: Piece, i: number): Piece {
  if (i % 4 !== 3) return p;
  const ortho = (['2017', '2018', '2021'] as const)[Math.floor(i / 4) % 3];
  return translitPieces(p, KK_LAT[ortho]);
}

const PLANS: Plan[] = [
  { lang: 'ru', pos: RU, neg: NEG_RU, nPos: 98, nNeg: 24, post: (p) => p },
  { lang: 'kk', pos: KK, neg: NEG_KK, nPos: 44, nNeg: 13, post: kkPost },
  { lang: 'ky', pos: KY, neg: NEG_KY, nPos: 38, nNeg: 11, post: (p) => p },
  { lang: 'uz', pos: UZ, neg: NEG_UZ, nPos: 56, nNeg: 15, post: uzPost },
  { lang: 'tg', pos: TG, neg: NEG_TG, nPos: 34, nNeg: 10, post: (p) => p },
  { lang: 'tk', pos: TK, neg: NEG_TK, nPos: 30, nNeg: 10, post: (p) => p },
  { lang: 'en', pos: EN, neg: NEG_EN, nPos: 52, nNeg: 17, post: (p) => p },
];

/** Script of the running text: letters outside non-name labels (e-mails, handles, codes, foreign address lines). */
function scriptOf(fullText: string, spans: Span[]): 'Cyrl' | 'Latn' {
  let text = '';
  let at = 0;
  for (const sp of spans) {
    if (sp.type === 'PERSON') continue;
    text += fullText.slice(at, sp.start);
    at = sp.end;
  }
  text += fullText.slice(at);
  const cyr = (text.match(/\p{Script=Cyrillic}/gu) ?? []).length;
  const lat = (text.match(/\p{Script=Latin}/gu) ?? []).length;
  return cyr >= lat ? 'Cyrl' : 'Latn';
}

function validate(s: Snippet): void {
  let prevEnd = 0;
  for (const sp of s.spans) {
    if (s.text.slice(sp.start, sp.end) !== sp.text)
      throw new Error(`offset mismatch in ${s.id}: ${JSON.stringify(sp)}`);
    if (sp.text !== sp.text.trim() || sp.text.length === 0)
      throw new Error(`untrimmed span in ${s.id}: ${JSON.stringify(sp)}`);
    if (sp.start < prevEnd) throw new Error(`overlapping spans in ${s.id}`);
    if (!SPAN_TYPES.includes(sp.type)) throw new Error(`bad type in ${s.id}`);
    prevEnd = sp.end;
  }
  if (/\$\{|undefined|NaN|\[object/.test(s.text)) throw new Error(`template leak in ${s.id}: ${s.text}`);
}

function generate(): Snippet[] {
  const out: Snippet[] = [];
  const seen = new Set<string>();
  for (const plan of PLANS) {
    let n = 0;
    const make = (tpl: Tpl, negative: boolean, idx: number) => {
      for (let attempt = 0; attempt < 50; attempt++) {
        const piece = plan.post(tpl(), idx, negative);
        const { text, spans } = build(piece);
        if (seen.has(text)) continue;
        if (negative && spans.length) throw new Error('negative template produced a span');
        seen.add(text);
        n++;
        const snip: Snippet = {
          id: `heldout6-${plan.lang}-${String(n).padStart(3, '0')}`,
          language: plan.lang,
          script: scriptOf(text, spans),
          text,
          spans,
        };
        validate(snip);
        return snip;
      }
      throw new Error(`could not make a unique snippet for ${plan.lang}`);
    };
    const items: Snippet[] = [];
    for (let i = 0; i < plan.nPos; i++) items.push(make(plan.pos[i % plan.pos.length], false, i));
    for (let i = 0; i < plan.nNeg; i++) items.push(make(plan.neg[i % plan.neg.length], true, i));
    // interleave negatives among positives deterministically, then renumber ids in order
    for (let i = items.length - 1; i > 0; i--) {
      const j = Math.floor(rnd() * (i + 1));
      [items[i], items[j]] = [items[j], items[i]];
    }
    items.forEach((s, k) => (s.id = `heldout6-${plan.lang}-${String(k + 1).padStart(3, '0')}`));
    out.push(...items);
  }
  return out;
}

function main(): void {
  const outDir = process.argv[2] ?? path.join(__dirname, '..', 'test', 'fixtures');
  const snippets = generate();
  fs.mkdirSync(outDir, { recursive: true });
  const file = path.join(outDir, 'anonymizer-heldout-6.jsonl');
  fs.writeFileSync(file, snippets.map((s) => JSON.stringify(s)).join('\n') + '\n');

  const byType: Record<string, number> = {};
  const byLang: Record<string, { snippets: number; spans: number; negatives: number; latn: number }> = {};
  let spans = 0;
  let negatives = 0;
  for (const s of snippets) {
    const l = (byLang[s.language] ??= { snippets: 0, spans: 0, negatives: 0, latn: 0 });
    l.snippets++;
    l.spans += s.spans.length;
    if (s.script === 'Latn') l.latn++;
    if (!s.spans.length) {
      l.negatives++;
      negatives++;
    }
    for (const sp of s.spans) byType[sp.type] = (byType[sp.type] ?? 0) + 1;
    spans += s.spans.length;
  }
  const softHyphenSpans = snippets.reduce((a, s) => a + s.spans.filter((x) => x.text.includes('\u00AD')).length, 0);
  console.log(`wrote ${file}`);
  console.log(
    `snippets ${snippets.length}, spans ${spans}, negatives ${negatives}, soft-hyphen names ${softHyphenSpans}`,
  );
  console.log('by type', byType);
  console.log('by language', byLang);
}

main();
