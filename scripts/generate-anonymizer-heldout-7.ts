/**
 * Seventh held-out anonymizer batch: writes test/fixtures/anonymizer-heldout-7.jsonl.
 *
 * Written without looking at the anonymizer's rules, so that it judges them fairly. Every
 * snippet comes from a sentence template; the placeholders are filled from a seeded PRNG and
 * every span offset is computed while the text is assembled (and checked afterwards).
 *
 * Placeholders inside a template:
 *   {P1:pool.g|form.case+suffix}  a person (first occurrence names the pool and gender)
 *   {P1|form.case}                the same person again, maybe in another form or case
 *   {KEY} or {KEY:arg}            an identifier, address, date … from GEN below
 *   {~a|b|c}                      unlabelled filler, one of the alternatives
 *
 * Usage: npx tsx scripts/generate-anonymizer-heldout-7.ts
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

type EntityType =
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
type Lang = 'ru' | 'kk' | 'ky' | 'uz' | 'tg' | 'en' | 'tr';
type Script = 'Cyrl' | 'Latn';
type Case = 'nom' | 'gen' | 'dat' | 'acc' | 'ins' | 'prep';

interface Span {
  start: number;
  end: number;
  type: EntityType;
}
interface Snippet {
  id: string;
  language: Lang;
  script: Script;
  text: string;
  spans: Span[];
}
interface Template {
  key: string;
  lang: Lang;
  script: Script;
  uses: number;
  negative: boolean;
  text: string;
}
interface Filled {
  value: string;
  type: EntityType | null;
}

// ---------------------------------------------------------------------------------------------
// Deterministic randomness

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
const rng = mulberry32(0x4e1d_0007);
const int = (lo: number, hi: number): number => lo + Math.floor(rng() * (hi - lo + 1));
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)];
const chance = (p: number): boolean => rng() < p;
const digits = (n: number): string => Array.from({ length: n }, () => String(int(0, 9))).join('');
const pad = (n: number, width = 2): string => String(n).padStart(width, '0');
function shuffle<T>(xs: T[]): T[] {
  for (let i = xs.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [xs[i], xs[j]] = [xs[j], xs[i]];
  }
  return xs;
}

// ---------------------------------------------------------------------------------------------
// Check digits

/** Kazakh IIN: two passes of weights over the first 11 digits; null when both give 10. */
function iinCheckDigit(first11: string): number | null {
  const d = [...first11].map(Number);
  const w1 = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
  const w2 = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2];
  let s = d.reduce((acc, x, i) => acc + x * w1[i], 0) % 11;
  if (s === 10) {
    s = d.reduce((acc, x, i) => acc + x * w2[i], 0) % 11;
    if (s === 10) return null;
  }
  return s;
}
function iinIsValid(iin: string): boolean {
  if (!/^\d{12}$/.test(iin)) return false;
  const c = iinCheckDigit(iin.slice(0, 11));
  return c !== null && c === Number(iin[11]);
}
/** Uzbek PINFL (JShShIR): weights 7, 3, 1 over the first 13 digits, sum mod 10. */
function pinflCheckDigit(first13: string): number {
  const w = [7, 3, 1];
  return [...first13].reduce((acc, x, i) => acc + Number(x) * w[i % 3], 0) % 10;
}
function luhnCheckDigit(body: string): number {
  let sum = 0;
  const rev = [...body].reverse();
  rev.forEach((ch, i) => {
    let x = Number(ch);
    if (i % 2 === 0) {
      x *= 2;
      if (x > 9) x -= 9;
    }
    sum += x;
  });
  return (10 - (sum % 10)) % 10;
}
function luhnValid(num: string): boolean {
  return luhnCheckDigit(num.slice(0, -1)) === Number(num.at(-1));
}
function mod97(s: string): number {
  let r = 0;
  for (const ch of s) r = (r * 10 + Number(ch)) % 97;
  return r;
}
const ibanNumeric = (s: string): string =>
  [...s.toUpperCase()].map((ch) => (/[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch)).join('');
function makeIban(country: string, bban: string): string {
  const check = 98 - mod97(ibanNumeric(bban + country + '00'));
  return country + pad(check) + bban;
}
function ibanValid(iban: string): boolean {
  const s = iban.replace(/\s/g, '').toUpperCase();
  return mod97(ibanNumeric(s.slice(4) + s.slice(0, 4))) === 1;
}
/** Turkish T.C. Kimlik No. */
function makeTckn(): string {
  const d = [int(1, 9), ...Array.from({ length: 8 }, () => int(0, 9))];
  const odd = d[0] + d[2] + d[4] + d[6] + d[8];
  const even = d[1] + d[3] + d[5] + d[7];
  const d10 = (((odd * 7 - even) % 10) + 10) % 10;
  const d11 = (d.reduce((a, b) => a + b, 0) + d10) % 10;
  return [...d, d10, d11].join('');
}
/** Russian SNILS with its two check digits. */
function makeSnils(): string {
  let body = '';
  do body = digits(9);
  while (Number(body) <= 1001998);
  let s = [...body].reduce((acc, x, i) => acc + Number(x) * (9 - i), 0);
  if (s > 101) s %= 101;
  const check = s === 100 || s === 101 ? '00' : pad(s);
  return `${body.slice(0, 3)}-${body.slice(3, 6)}-${body.slice(6)} ${check}`;
}

// ---------------------------------------------------------------------------------------------
// Identifiers

interface Ymd {
  y: number;
  m: number;
  d: number;
}
/** What a snippet has said so far: a birth date and the sex of its first person, so that IDs agree with them. */
interface Ctx {
  birth?: Ymd;
  female?: boolean;
}
const randomBirth = (lo = 1972, hi = 2006): Ymd => ({ y: int(lo, hi), m: int(1, 12), d: int(1, 28) });
const birthOf = (ctx: Ctx, lo: number, hi: number): Ymd => ctx.birth ?? randomBirth(lo, hi);
const femaleOf = (ctx: Ctx): boolean => ctx.female ?? chance(0.5);

let iinAfterCue = 0;
let pinflAfterCue = 0;

function makeIin(ctx: Ctx): string {
  for (;;) {
    const b = birthOf(ctx, 1960, 2006);
    const female = femaleOf(ctx);
    const century = b.y < 2000 ? (female ? 4 : 3) : female ? 6 : 5;
    const first11 = `${pad(b.y % 100)}${pad(b.m)}${pad(b.d)}${century}${digits(4)}`;
    const c = iinCheckDigit(first11);
    if (c !== null) return first11 + c;
  }
}
/** An IIN right after its cue: every third one carries a typo in the check digit. */
function iinAfterItsCue(ctx: Ctx): string {
  const iin = makeIin(ctx);
  iinAfterCue++;
  if (iinAfterCue % 3 !== 0) return iin;
  const right = Number(iin[11]);
  const wrong = (right + int(1, 9)) % 10;
  const out = iin.slice(0, 11) + wrong;
  if (iinIsValid(out)) throw new Error('wrong IIN is valid');
  return out;
}
function makePinfl(ctx: Ctx): string {
  const b = birthOf(ctx, 1970, 2006);
  const female = femaleOf(ctx);
  const first = b.y < 2000 ? (female ? 4 : 3) : female ? 6 : 5;
  const first13 = `${first}${pad(b.d)}${pad(b.m)}${pad(b.y % 100)}${int(100, 999)}${digits(3)}`;
  return first13 + pinflCheckDigit(first13);
}
function pinflAfterItsCue(ctx: Ctx): string {
  const p = makePinfl(ctx);
  pinflAfterCue++;
  if (pinflAfterCue % 3 !== 0) return p;
  return p.slice(0, 13) + ((Number(p[13]) + int(1, 9)) % 10);
}
function makeKgPin(ctx: Ctx): string {
  const b = birthOf(ctx, 1970, 2004);
  return `${femaleOf(ctx) ? '1' : '2'}${pad(b.d)}${pad(b.m)}${b.y}${digits(5)}`;
}
function makeEmiratesId(): string {
  const body = `784${int(1975, 2004)}${digits(7)}`;
  const c = luhnCheckDigit(body);
  return `${body.slice(0, 3)}-${body.slice(3, 7)}-${body.slice(7)}-${c}`;
}
function makeCard(): string {
  const prefix = pick(['4400', '4405', '5169', '5522', '9860', '8600', '2200', '4169', '5440', '4263']);
  const body = prefix + digits(11);
  const num = body + luhnCheckDigit(body);
  if (!luhnValid(num)) throw new Error('card');
  const groups = num.match(/.{4}/g) ?? [];
  const style = int(0, 4);
  if (style === 0) return num;
  if (style === 1) return groups.join('-');
  return groups.join(' ');
}
function makeKzIban(): string {
  const bank = pick(['722', '601', '998', '914', '826', '856', '965', '070']);
  const acct = pick(['S', 'A', 'K', '0', 'C']) + digits(12);
  return makeIban('KZ', bank + acct);
}
const makeTrIban = (): string =>
  makeIban('TR', pick(['00010', '00062', '00046', '00064', '00111', '00012']) + '0' + digits(16));
const makeAeIban = (): string => makeIban('AE', pick(['033', '026', '035', '030', '044']) + digits(16));
function formatIban(iban: string): string {
  if (!ibanValid(iban)) throw new Error('iban ' + iban);
  const style = int(0, 5);
  const grouped = (iban.match(/.{1,4}/g) ?? []).join(' ');
  if (style <= 1) return iban;
  if (style <= 3) return grouped;
  if (style === 4) return iban.toLowerCase();
  return grouped.toLowerCase();
}

const KZ_LAT = 'ABCDEFHKMNOPSTXYZ';
const RU_CYR = 'АВЕКМНОРСТУХ';
const RU_LAT = 'ABEKMHOPCTYX';
const letters = (alphabet: string, n: number): string =>
  Array.from({ length: n }, () => alphabet[int(0, alphabet.length - 1)]).join('');

function phone(kind: string): string {
  const d2 = () => digits(2);
  const d3 = () => digits(3);
  switch (kind) {
    case 'kz': {
      const op = pick(['701', '702', '705', '707', '747', '771', '775', '778']);
      const [a, b, c] = [d3(), d2(), d2()];
      return pick([
        `+7 ${op} ${a} ${b} ${c}`,
        `+7 (${op}) ${a}-${b}-${c}`,
        `+7${op}${a}${b}${c}`,
        `+7-${op}-${a}-${b}-${c}`,
      ]);
    }
    case 'kz8': {
      const op = pick(['701', '702', '705', '707', '747', '771', '775', '778']);
      const [a, b, c] = [d3(), d2(), d2()];
      return pick([
        `8 (${op}) ${a}-${b}-${c}`,
        `8 ${op} ${a} ${b}${c}`,
        `8${op}${a}${b}${c}`,
        `8-${op}-${a}-${b}-${c}`,
      ]);
    }
    case 'ru': {
      const op = pick(['916', '925', '903', '977', '999', '926', '963', '985']);
      const [a, b, c] = [d3(), d2(), d2()];
      return pick([
        `+7 ${op} ${a}-${b}-${c}`,
        `+7 (${op}) ${a} ${b} ${c}`,
        `8${op}${a}${b}${c}`,
        `+7${op}${a}${b}${c}`,
      ]);
    }
    case 'uz': {
      const op = pick(['90', '91', '93', '94', '97', '99', '88', '33']);
      const [a, b, c] = [d3(), d2(), d2()];
      return pick([
        `+998 ${op} ${a} ${b} ${c}`,
        `+998 (${op}) ${a}-${b}-${c}`,
        `+998${op}${a}${b}${c}`,
        `+998-${op}-${a}-${b}${c}`,
      ]);
    }
    case 'kg': {
      const op = pick(['555', '700', '707', '772', '550', '999', '502']);
      return pick([
        `+996 ${op} ${d3()} ${d3()}`,
        `+996 (${op}) ${d2()}-${d2()}-${d2()}`,
        `+996${op}${d3()}${d3()}`,
        `0${op} ${d3()} ${d3()}`,
      ]);
    }
    case 'tj': {
      const op = pick(['92', '93', '900', '98', '918', '88']);
      if (op.length === 3) return pick([`+992 ${op} ${d2()} ${d2()} ${d2()}`, `+992${op}${d3()}${d3()}`]);
      return pick([`+992 ${op} ${d3()} ${digits(4)}`, `+992 (${op}) ${d3()}-${d2()}-${d2()}`]);
    }
    case 'tr': {
      const op = pick(['532', '533', '541', '542', '505', '552', '555', '544']);
      const [a, b, c] = [d3(), d2(), d2()];
      return pick([
        `+90 ${op} ${a} ${b} ${c}`,
        `0${op} ${a} ${b} ${c}`,
        `+90 (${op}) ${a} ${b}${c}`,
        `0 (${op}) ${a}-${b}-${c}`,
      ]);
    }
    case 'ae': {
      const op = pick(['50', '52', '55', '56', '58']);
      return pick([`+971 ${op} ${d3()} ${digits(4)}`, `+971-${op}-${digits(7)}`, `0${op} ${d3()} ${digits(4)}`]);
    }
    case 'kr':
      return pick([
        `+82 10-${digits(4)}-${digits(4)}`,
        `010-${digits(4)}-${digits(4)}`,
        `+82 10 ${digits(4)} ${digits(4)}`,
      ]);
    case 'tm':
      return pick([
        `+993 ${pick(['61', '62', '63', '64', '65', '71'])} ${digits(6)}`,
        `+993 6${int(1, 5)} ${d2()}-${d2()}-${d2()}`,
      ]);
    default:
      throw new Error('phone ' + kind);
  }
}

function passport(kind: string): string {
  switch (kind) {
    case 'kz':
      return 'N' + digits(8);
    case 'uz': {
      const p = pick(['AA', 'AB', 'AC', 'AD', 'FA', 'FB']);
      return chance(0.2) ? `${p} ${digits(7)}` : p + digits(7);
    }
    case 'kg':
      return pick(['AN', 'AC']) + digits(7);
    case 'ru_series':
      return pick([
        `${pad(int(1, 99))} ${pad(int(0, 24))} № ${digits(6)}`,
        `${pad(int(1, 99))}${pad(int(0, 24))} № ${digits(6)}`,
      ]);
    case 'ru_plain':
      return `${pad(int(1, 99))}${pad(int(0, 24))} ${digits(6)}`;
    case 'ru_foreign':
      return `${int(70, 77)} ${digits(7)}`;
    case 'tj':
      return pick(['4', '5']) + digits(8);
    case 'tr':
      return 'U' + digits(8);
    default:
      throw new Error('passport ' + kind);
  }
}

function plate(kind: string): string {
  switch (kind) {
    case 'kz': {
      const n = digits(3);
      const l = letters(KZ_LAT, 3);
      const r = pad(int(1, 18));
      return chance(0.75) ? `${n} ${l} ${r}` : `${n}${l}${r}`;
    }
    case 'kg': {
      const r = pad(int(1, 9));
      const n = digits(3);
      const l = letters('ABCDEHKMNOPTXY', 3);
      return chance(0.5) ? `${r}KG${n}${l}` : `${r} KG ${n} ${l}`;
    }
    case 'uz': {
      const r = pick(['01', '10', '20', '25', '30', '40', '50', '60', '70', '75', '80', '85', '90', '95']);
      return chance(0.75)
        ? `${r} ${letters('ABCDEFHKLMNOSTUVXYZ', 1)} ${digits(3)} ${letters('ABCDEFHKLMNOSTUVXYZ', 2)}`
        : `${r} ${digits(3)} ${letters('ABCDEFHKLMNOSTUVXYZ', 3)}`;
    }
    case 'ru': {
      const r = pick(['77', '97', '99', '177', '197', '777', '50', '150', '750', '78', '178', '66', '54']);
      const a = letters(RU_CYR, 1);
      const n = digits(3);
      const b = letters(RU_CYR, 2);
      return pick([`${a}${n}${b} ${r}`, `${a} ${n} ${b} ${r}`, `${a}${n}${b}${r}`]);
    }
    case 'rul': {
      const r = pick(['77', '99', '197', '750', '116', '16', '63']);
      return pick([
        `${letters(RU_LAT, 1)}${digits(3)}${letters(RU_LAT, 2)} ${r}`,
        `${letters(RU_LAT, 1)}${digits(3)}${letters(RU_LAT, 2)}${r}`,
      ]);
    }
    case 'tr': {
      const r = pick(['34', '06', '07', '35', '16', '01', '41']);
      return pick([
        `${r} ${letters('ABCDEFGHJKLMNPRSTUVYZ', 3)} ${digits(2)}`,
        `${r} ${letters('ABCDEFGHJKLMNPRSTUVYZ', 2)} ${digits(3)}`,
        `${r} ${letters('ABCDEFGHJKLMNPRSTUVYZ', 1)} ${digits(4)}`,
      ]);
    }
    default:
      throw new Error('plate ' + kind);
  }
}

// ---------------------------------------------------------------------------------------------
// Usernames, handles and e-mail addresses

const HANDLE_WORDS = [
  'aigerim',
  'dilya',
  'zarina',
  'madi',
  'nurik',
  'sardor',
  'gulya',
  'malika',
  'asel',
  'jasur',
  'farrukh',
  'nazik',
  'mehri',
  'sevara',
  'kanat',
  'bekzod',
  'aika',
  'dinara',
  'tolik',
  'ruslan',
];
const HANDLE_JOBS = [
  'rabota_dubai',
  'vakansii_turkey',
  'job_seoul',
  'work.abroad',
  'nanny_istanbul',
  'visa_help',
  'agent_kr',
  'ish_xorijda',
  'jumush_turkiya',
  'karyera_uae',
  'moskva_rabota',
  'cafe_antalya',
];
function username(style: 'any' | 'dot' = 'any'): string {
  const w = pick(HANDLE_WORDS);
  const sur = pick([
    'karimova',
    'seitkali',
    'osmonova',
    'rahimov',
    'tursunov',
    'abenova',
    'nazarova',
    'davlatov',
    'mamytova',
  ]);
  if (style === 'dot') return pick([`${w}.${sur}`, `${w}.${sur}${int(1, 99)}`, `${sur}.${w}_${int(88, 99)}`]);
  const year = String(int(85, 106) % 100).padStart(2, '0');
  return pick([
    `${w}_${year}`,
    `${w}.${sur}`,
    `${pick(HANDLE_JOBS)}${int(1, 24)}`,
    `${pick(HANDLE_JOBS)}_${pick(['kz', 'uz', 'kg', 'tj'])}`,
    `${w}${sur}${int(1, 999)}`,
    `${sur}_${w}`,
  ]);
}
function handle(kind: string): string {
  switch (kind) {
    case 'tg':
      return '@' + username().replace(/\./g, '_');
    case 'tme':
      return pick(['t.me/', 'https://t.me/']) + username().replace(/\./g, '_');
    case 'vk':
      return (
        pick(['vk.com/', 'https://vk.com/']) +
        (chance(0.5) ? 'id' + int(100000000, 799999999) : username().replace(/\./g, '_'))
      );
    case 'ig':
      return pick(['instagram.com/', 'https://www.instagram.com/']) + username();
    case 'igbare':
      return username('dot');
    case 'ok':
      return 'ok.ru/profile/' + int(500000000000, 599999999999);
    case 'fb':
      return 'facebook.com/' + username('dot');
    case 'bare':
      return username().replace(/\./g, '_');
    default:
      throw new Error('handle ' + kind);
  }
}
function email(): string {
  const given = pick([
    'gulnara',
    'd.karimova',
    'aigerim',
    'nurlan',
    'madina.s',
    'farrukh',
    'zhanar',
    'b.toktogulov',
    'parviz',
    'sevara',
  ]);
  const local = pick([
    `${given}${int(85, 99)}`,
    `${given}.${int(1975, 2005)}`,
    `${pick(HANDLE_JOBS).replace(/\./g, '_')}`,
    `${given}_${pick(['work', 'job', 'help', 'travel'])}`,
    `${pick(['info', 'hr', 'visa'])}.${pick(['dubaijobs', 'seoulwork', 'antalyastaff', 'goldenvisa'])}`,
  ]);
  const domain = pick([
    'mail.ru',
    'gmail.com',
    'inbox.ru',
    'bk.ru',
    'yandex.kz',
    'list.ru',
    'mail.kz',
    'umail.uz',
    'outlook.com',
    'yahoo.com',
    'naver.com',
    'hotmail.com',
  ]);
  return `${local}@${domain}`;
}

// ---------------------------------------------------------------------------------------------
// Dates

const RU_MONTHS_GEN = [
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
const EN_MONTHS = [
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
const TR_MONTHS = [
  'Ocak',
  'Şubat',
  'Mart',
  'Nisan',
  'Mayıs',
  'Haziran',
  'Temmuz',
  'Ağustos',
  'Eylül',
  'Ekim',
  'Kasım',
  'Aralık',
];
const UZ_MONTHS = [
  'yanvar',
  'fevral',
  'mart',
  'aprel',
  'may',
  'iyun',
  'iyul',
  'avgust',
  'sentyabr',
  'oktyabr',
  'noyabr',
  'dekabr',
];

function birthDate(kind: string, ctx: Ctx): string {
  const b = randomBirth(1974, 2005);
  ctx.birth = b;
  switch (kind) {
    case 'y':
      return String(b.y);
    case 'dmy':
      return `${pad(b.d)}.${pad(b.m)}.${b.y}`;
    case 'ru_long':
      return `${b.d} ${RU_MONTHS_GEN[b.m - 1]} ${b.y}`;
    case 'en_long':
      return chance(0.6) ? `${b.d} ${EN_MONTHS[b.m - 1]} ${b.y}` : `${EN_MONTHS[b.m - 1]} ${b.d}, ${b.y}`;
    case 'us':
      return `${pad(b.m)}/${pad(b.d)}/${b.y}`;
    case 'iso':
      return `${b.y}-${pad(b.m)}-${pad(b.d)}`;
    case 'tr_long':
      return `${b.d} ${TR_MONTHS[b.m - 1]} ${b.y}`;
    case 'uz_long':
      return `${b.y}-yil ${b.d}-${UZ_MONTHS[b.m - 1]}`;
    default:
      throw new Error('birth date ' + kind);
  }
}

// ---------------------------------------------------------------------------------------------
// Addresses ('#' is a house number, '@' a flat number)

const fillNumbers = (p: string): string =>
  p.replace(/#/g, () => String(int(1, 160))).replace(/@/g, () => String(int(1, 240)));

const ADDRESSES: Record<string, string[]> = {
  ru_full: [
    'г. Алматы, ул. Сатпаева, д. #, кв. @',
    'г. Алматы, пр. Абая, д. #, кв. @',
    'г. Шымкент, ул. Байтурсынова, д. #',
    'г. Тараз, ул. Толе би, д. #, кв. @',
    'г. Астана, пр. Республики, д. #, кв. @',
    'г. Караганда, ул. Ерубаева, дом #, квартира @',
    'г. Кызылорда, ул. Айтеке би, #-@',
    'г. Алматы, ул. Жандосова, #, кв. @',
    'г. Актобе, пр. Санкибай батыра, д. #, кв. @',
  ],
  ru_kz_mkr: [
    'г. Алматы, мкр. Самал-2, д. #, кв. @',
    'мкр. Айнабулак-3, д. #, кв. @',
    'г. Шымкент, мкр. Нурсат, д. #, кв. @',
    'мкр. Шугыла, ул. Жунусова, #',
    'г. Алматы, мкр. Орбита-4, #-@',
    'г. Тараз, мкр. Жайлау, д. #',
  ],
  ru_msk: [
    'г. Москва, ул. Бирюлёвская, д. #, стр. 3, кв. @',
    'г. Санкт-Петербург, пр. Ветеранов, д. #, кв. @',
    'г. Новосибирск, ул. Станционная, #А',
    'г. Москва, Варшавское ш., д. #, корп. 2, кв. @',
    'г. Екатеринбург, ул. Машиностроителей, д. #, кв. @',
    'г. Казань, ул. Декабристов, д. #, кв. @',
  ],
  ru_obl: [
    'Московская обл., г. Подольск, ул. Правды, д. #, корп. 2, кв. @',
    'Алматинская обл., Карасайский р-н, г. Каскелен, ул. Абылай хана, #',
    'Туркестанская обл., Сарыагашский р-н, с. Жибек жолы, ул. Бейбитшилик, д. #',
    'Московская область, г. Балашиха, ул. Советская, д. #, кв. @',
    'Ленинградская обл., пос. Кудрово, ул. Столичная, д. #, кв. @',
    'Жамбылская обл., Байзакский р-н, с. Сарыкемер, ул. Мира, #',
  ],
  ru_kg: [
    'г. Бишкек, мкр. Джал, #-@',
    'г. Ош, ул. Ленина, д. #, кв. @',
    'Чуйская обл., Аламудунский р-н, с. Лебединовка, ул. Садовая, #',
    'г. Бишкек, ул. Ахунбаева, д. #, кв. @',
    'г. Джалал-Абад, ул. Токтогула, д. #',
  ],
  ru_tj: ['г. Душанбе, ул. Айни, д. #, кв. @', 'г. Худжанд, 12 мкр., д. #, кв. @', 'г. Бохтар, ул. Вахдат, д. #'],
  ru_uz: [
    'г. Ташкент, Чиланзарский р-н, квартал 9, д. #, кв. @',
    'г. Самарканд, ул. Дагбитская, д. #',
    'г. Андижан, ул. Навои, д. #, кв. @',
  ],
  ru_na: [
    'улице Сатпаева, #',
    'улице Жандосова, д. #, кв. @',
    'проспекте Абая, #',
    'улице Толе би, #/#',
    'улице Ленина, д. #',
    'проспекте Ветеранов, д. #, кв. @',
    'улице Заводской, #, кв. @',
    'улице Байтурсынова, #',
  ],
  ru_dome: [
    'доме # по проспекту Абая',
    'доме № # по улице Жандосова',
    'квартире @ в доме # по улице Маркова',
    'доме # по ул. Ленина, кв. @',
    'доме # по Варшавскому шоссе',
    'квартире № @ дома # по улице Гагарина',
  ],
  ru_ae: ['Дубай, район Дейра, здание Al Rigga, кв. @', 'Шарджа, Аль-Нахда, здание #, кв. @'],
  ru_tr: ['Стамбул, район Аксарай, ул. Генчтюрк, д. #', 'Анталья, Муратпаша, ул. 1509, д. #, кв. @'],
  kk: [
    'Алматы қ., Абай даңғылы, #-үй, @-пәтер',
    'Шымкент қаласы, Тәуке хан даңғылы, #-үй',
    'Түркістан облысы, Сарыағаш ауданы, Жібек жолы ауылы, Бейбітшілік көшесі, #-үй',
    'Тараз қ., Төле би көшесі, #, @-пәтер',
    'Астана қ., Мәңгілік Ел даңғылы, #-үй, @-пәтер',
    'Қызылорда қ., Әйтеке би көшесі, #-үй',
    'Жамбыл облысы, Шу ауданы, Төле би ауылы, Абай көшесі, #',
  ],
  ky: [
    'Ош ш., Ленин көчөсү, #',
    'Бишкек ш., Жибек Жолу проспекти, #, @-батир',
    'Жалал-Абад облусу, Сузак району, Благовещенка айылы, Токтогул көчөсү, #',
    'Бишкек ш., Жал кичи району, #-үй, @-батир',
    'Ош ш., Курманжан Датка көчөсү, #-үй',
    'Баткен облусу, Кадамжай району, Пулгон айылы, Манас көчөсү, #',
  ],
  uzl: [
    "Toshkent sh., Chilonzor tumani, Bunyodkor ko'chasi, #-uy, @-xonadon",
    "Andijon viloyati, Asaka tumani, Navoiy ko'chasi, #-uy",
    "Farg'ona sh., Mustaqillik ko'chasi, #-uy",
    "Samarqand sh., Registon ko'chasi, #-uy, @-xonadon",
    "Namangan viloyati, Chust tumani, Guliston MFY, Bog'bon ko'chasi, #-uy",
    "Qarshi sh., Nasaf ko'chasi, #-uy, @-xonadon",
  ],
  uzc: [
    'Фарғона ш., Мустақиллик кўчаси, #-уй',
    'Тошкент ш., Юнусобод тумани, 4-мавзе, #-уй, @-хонадон',
    'Андижон вилояти, Асака тумани, Навоий кўчаси, #-уй',
    'Наманган ш., Бобур кўчаси, #-уй, @-хонадон',
  ],
  tg: [
    'ш. Душанбе, кӯчаи Айнӣ, хонаи #, ҳуҷраи @',
    'ноҳияи Рӯдакӣ, деҳаи Чимтеппа, кӯчаи Истиқлол, хонаи #',
    'ш. Хуҷанд, кӯчаи Ленин, #',
    'ш. Кӯлоб, кӯчаи Сомонӣ, хонаи #',
    'ш. Бохтар, кӯчаи Ваҳдат, хонаи #, ҳуҷраи @',
  ],
  tr: [
    'Aksaray Mah. Gençtürk Cad. No: # D: @ Fatih/İstanbul',
    'Kumkapı Mah., Çakmaktaşı Sok. No:#/3, Fatih',
    'Laleli Mah. Ordu Cad. No: # Daire 7, Fatih/İstanbul',
    'Şirinyalı Mah. 1509 Sok. No: # Muratpaşa/Antalya',
    'Beştelsiz Mah. 84. Sok. No: # Zeytinburnu/İstanbul',
    'Kocatepe Mah. Kızılay Cad. No:# Daire:@ Beyoğlu',
  ],
  ae: [
    'Flat @, Al Rigga Building, Deira, Dubai',
    'Villa #, Street 27, Al Barsha 2, Dubai',
    'Room @, Building #, Al Nahda 1, Sharjah',
    'Apartment @, Marina Heights Tower, Dubai Marina',
    'Flat @, Block B, Al Qusais 2, Dubai',
  ],
  kr: [
    'Ansan-si, Danwon-gu, Wongok-ro #-3',
    '#-7 Wongok-dong, Danwon-gu, Ansan',
    'Gimhae-si, Jinyeong-eup, Jinyeong-ro #-5',
    'Yeongcheon-si, Geumho-eup, Geumho-ro #',
    'Hwaseong-si, Hyangnam-eup, Jeyakgongdan 2-gil #',
  ],
  en: [
    '# Kirov Street, Apartment @, Osh',
    'House #, Lenin Street, Jalal-Abad',
    '# Navoi Street, Apt @, Fergana',
    'Apartment @, # Rudaki Avenue, Dushanbe',
    'Block 3, Flat @, Samal-2 microdistrict, Almaty',
    '# Abay Avenue, flat @, Shymkent',
  ],
  en_ru: [
    'Building 3, # Biryulyovskaya Street, Moscow',
    '# Stantsionnaya Street, Novosibirsk',
    'Apartment @, # Mashinostroiteley Street, Yekaterinburg',
  ],
};
function address(kind: string): string {
  const patterns = ADDRESSES[kind];
  if (!patterns) throw new Error('address ' + kind);
  return fillNumbers(pick(patterns));
}

// ---------------------------------------------------------------------------------------------
// Names

type Gender = 'm' | 'f';
type PatStyle = 'ru' | 'rus' | 'lat' | 'kk' | 'uzl' | 'uzc' | 'tg' | 'none';
interface Pool {
  /** Pick one of these pools instead (weights by repetition). */
  mix?: string[];
  m: string[];
  f: string[];
  /** Male surnames; '^Stem' is a father's name that becomes "Stem uulu" / "Stem kyzy". */
  sur: string[];
  pat: string[];
  patStyle: PatStyle;
  /** Russian declension applies. */
  decl: boolean;
  /** Surnames do not change for women (Turkish, Arabic, English, Korean, Chinese). */
  sameForWomen?: boolean;
  /** Surname first in every form (Korean, Chinese). */
  eastern?: boolean;
  /** Uzbek Latin: o' and g' are written with varying apostrophes. */
  apos?: boolean;
  uulu?: [string, string];
}

const ru = (s: string): string[] => s.split(/\s+/).filter(Boolean);

const POOLS: Record<string, Pool> = {
  /** Central Asian people as Russian-language documents spell them. */
  ru: {
    mix: ['ru_kz', 'ru_kz', 'ru_kz', 'ru_uz', 'ru_uz', 'ru_kg', 'ru_kg', 'tgr', 'ru_tm'],
    m: [],
    f: [],
    sur: [],
    pat: [],
    patStyle: 'none',
    decl: true,
  },
  ru_kz: {
    m: ru(`Азамат Нурлан Ерлан Бахтияр Тимур Бекзат Данияр Максат Канат Асылбек Жандос Темирлан Ерболат Нурбол
      Абылай Кайсар Дамир Ильяс Кудайберген Тулепберген Ернияз Сайлаубек Ержанбек Тайбек Бектемир`),
    f: ru(`Гульнара Динара Мадина Айнура Айгерим Асель Жанар Сауле Меруерт Жазира Сайрагуль Толкын Нурсулу Майра
      Арайлым Балнур Гулайым Нурбала Кунбала Карлыгаш Камила Зарина`),
    sur: ru(`Жумабаев Байжанов Кенжебаев Кудайбергенов Тогызбаев Жаксылыков Сапарбаев Нурмухамбетов Сейтказиев
      Айтмухамбетов Кожахметов Абдрахманов Туребеков Сейткали Омарали Бекжигитов Жолдасбеков Кенесбеков Исмаилов`),
    pat: ru('Марат Серик Нурлан Бахтияр Ерлан Кайрат Бакыт Ильяс Тимур Азамат Мурат Талгат Болат Жанат'),
    patStyle: 'ru',
    decl: true,
  },
  ru_kg: {
    m: ru('Айбек Бакыт Эрлан Мирлан Адилет Эркин Тилек Бекмурат Нурбек Улан Талант Медер Кубаныч Сыймык'),
    f: ru('Айнура Гулмира Айжан Назгуль Чолпон Айбийке Жылдыз Бермет Мээрим Айпери Нуриза Бегимай Асель'),
    sur: ru(`Токтогулов Мамытов Осмонов Асанов Эргешов Дуйшеналиев Ташполотов Сатыбалдиев Алимкулов Мырзабеков
      Жолдошев Кайраткулов Ыдырысов Ырысбаев Эсенгелдиев`),
    pat: ru('Бакыт Тилек Эркин Азамат Алмаз Мирлан Кубан Талант Марат'),
    patStyle: 'ru',
    decl: true,
  },
  ru_uz: {
    m: ru('Фарход Шухрат Жасур Улугбек Алишер Сардор Икром Бахадыр Ойбек Зафар Санжар Шерзод Бекзод Мансур'),
    f: ru(
      'Дильноза Шахноза Феруза Мохира Нигора Зульфия Малика Гулбахор Озода Мунира Дилором Нодира Умида Севара Мавлюда Айша',
    ),
    sur: ru(`Абдуллаев Рахимов Каримов Турсунов Назаров Юлдашев Холматов Саидов Абдужаббаров Мирзахмедов Умурзаков
      Хайдаров Эшматов Пулатов Нуралиев`),
    pat: ru('Анвар Рустам Ахмед Карим Рашид Икром Абдулла Алишер Шамиль Бахтияр'),
    patStyle: 'ru',
    decl: true,
  },
  ru_tm: {
    m: ru('Довлет Мердан Батыр Атамурад Бегенч Мурад Арслан Шатлык'),
    f: ru('Огулгерек Марал Дженнет Гульшат Айнабат Огулбиби Энеджан Махри'),
    sur: ru('Оразов Аннаев Гельдыев Бердиев Чарыев Чарыгулыев Дурдыев Ходжамурадов Аманмурадов'),
    pat: ru('Мурад Аман Ораз Довлет Батыр Гурбан'),
    patStyle: 'ru',
    decl: true,
  },
  rus: {
    m: ru('Сергей Андрей Дмитрий Игорь Олег Виктор Алексей Максим Роман Вадим Константин Григорий Станислав Евгений'),
    f: ru('Ольга Наталья Елена Татьяна Ирина Светлана Марина Оксана Людмила Ксения Дарья Анастасия Валентина'),
    sur: ru(`Волков Кузнецов Соколов Лебедев Морозов Белоусов Гришин Крылов Зайцев Тарасов Фомин Ковальский
      Петренко Бондаренко Воронцов Дорохов Синицын Ларин Шевчук Мельник`),
    pat: ru('Сергей Андрей Виктор Николай Иван Владимир Юрий Михаил Александр Геннадий Петр'),
    patStyle: 'rus',
    decl: true,
  },
  kor: {
    m: ru('Виктор Роман Эдуард Вячеслав Артур Владислав Геннадий'),
    f: ru('Елена Виктория Анжела Светлана Алла Инна Марина'),
    sur: ru('Ким Пак Цой Тен Хван Ли Нам Хан Югай Огай Шин'),
    pat: ru('Сергей Андрей Виктор Николай Владимир'),
    patStyle: 'rus',
    decl: true,
  },
  krr: {
    sameForWomen: true,
    m: ['Чжи Хун', 'Дон Хён', 'Сын Хо', 'Мин Сок', 'Хён У', 'Джэ Вон'],
    f: ['Сон Ми', 'Со Юн', 'Мин Джи', 'Хе Ин', 'Ын Джи', 'Е Джин'],
    sur: ru('Пак Ли Чхве Хан Чон Юн Кан Со'),
    pat: [],
    patStyle: 'none',
    decl: false,
    eastern: true,
  },
  kk: {
    m: ru(`Нұрлан Ерлан Азамат Бекзат Данияр Асқар Жандос Ерболат Нұрбол Абылай Қайсар Темірлан Сайлаубек Ернияз
      Дәурен Бауыржан Ғалымжан Төлеген Әділет Ержанбек Дәулетжан Тайбек Нұрболат Асқарбек Бектемір Серікжан`),
    f: ru(`Айгерім Гүлнар Динара Мадина Жанар Сәуле Аружан Меруерт Жазира Арайлым Назерке Ақмарал Ботагөз Қарлығаш
      Гүлжан Әсел Толқын Ләззат Інкәр Балнұр Гүлайым Нұрбала Күнбала Аяжан Гүлшат Мөлдір`),
    sur: ru(`Сейтқали Жұмабаев Нұрмағанбетов Әбенов Төлегенов Баймұханов Кенжебаев Жақсылықов Тоқпанбетов
      Қуандықов Серікбаев Ахметжанов Қожахметов Бекмұрат Сәрсенбай Ысқақов Рахымжанов Дүйсенов Әлімқұлов
      Бекжігітов Жолдасбеков Кенесбеков ^Серік ^Марат ^Қайрат ^Болат Сарыбаев Құттыбаев Оспанов`),
    pat: ru('Марат Серік Нұрлан Қайрат Бақыт Ерлан Талғат Асқар Болат Жанат Мұрат Ғани'),
    patStyle: 'kk',
    decl: false,
    uulu: ['ұлы', 'қызы'],
  },
  ky: {
    m: ru(`Нурбек Айбек Тилек Бакыт Эрлан Мирлан Адилет Эркин Азамат Улан Бактыбек Жыргалбек Кубанычбек Талант
      Медер Чыңгыз Эрмек Сыймык Нуржигит Темирбек Жаңылбек Төлөнбай Ырысбай Санжарбек`),
    f: ru(`Айнура Гулмира Айжан Чолпон Назгүл Жылдыз Бермет Асел Мээрим Айпери Гүлзат Нуриза Анара Бегимай
      Каныкей Элнура Айзада Акылай Даткайым Айбийке Нурайым Күмүшай Алтынай`),
    sur: ru(`Токтогулов Мамытов Осмонов Асанбеков Дуйшеналиев Эргешов Ташполотов Жолдошев Мырзабеков Сатыбалдиев
      Алымкулов Абдыкадыров Бекболотов Кадырбеков Турдубаев Көчкөнбаев Сыдыков Орозбаев Шайлообеков Карыпбеков
      ^Бакыт ^Тилек ^Эркин ^Азамат ^Мирлан ^Жыргалбек`),
    pat: ru('Бакыт Тилек Эркин Азамат Алмаз Мирлан Кубан Талант Марат Жыргалбек'),
    patStyle: 'ru',
    decl: false,
    uulu: [' уулу', ' кызы'],
  },
  uzl: {
    m: ru(`Jasur Sardor Shoxrux Bekzod Ulug'bek Otabek Sherzod Farrux Doniyor Azizbek Islom Jahongir G'ayrat Oybek
      Javlon Nodirbek Sanjar Asilbek Xurshid Umidjon Elyor Tolibjon Shavkatbek Nurali Oltinbek`),
    f: ru(`Dilfuza Dilnoza Shahnoza Feruza Mohira Nigora Gulbahor Malika Zulfiya Sevara Nodira Umida Oydin Mohinur
      Gulnoza Dildora Shahlo Muqaddas Marjona Zebo Nilufar Maftuna Xurshida Nurxon Oyjamol Dilbarxon`),
    sur: ru(`Karimov Rahimov Yusupov Tursunov Xolmatov Abdullayev Ergashev Qodirov Mirzayev To'xtayev Sobirov
      Nazarov Haydarov Po'latov Eshmatov Umarov Jo'rayev Qo'chqorov Normatov Saidov Rustamov Ahmedov
      Xudoyberdiyev Boboqulov Ismoilov Oybekov Nuraliyev Bobonazarov`),
    pat: ru('Karim Rustam Anvar Baxtiyor Shavkat Olim Erkin Ravshan Abdulla Alisher Zafar Hamid'),
    patStyle: 'uzl',
    decl: false,
    apos: true,
  },
  uzc: {
    m: ru('Жасур Сардор Шоҳрух Бекзод Улуғбек Отабек Шерзод Фаррух Дониёр Азизбек Жаҳонгир Ғайрат Ойбек Санжар Хуршид'),
    f: ru(
      'Дилфуза Дилноза Шаҳноза Феруза Моҳира Нигора Гулбаҳор Малика Зулфия Севара Нодира Умида Ойдин Гулноза Дилдора Шаҳло',
    ),
    sur: ru(
      'Каримов Раҳимов Юсупов Турсунов Холматов Абдуллаев Эргашев Қодиров Мирзаев Тўхтаев Собиров Назаров Ҳайдаров Пўлатов Жўраев Қўчқоров',
    ),
    pat: ru('Карим Рустам Анвар Бахтиёр Шавкат Олим Эркин Равшан Абдулла Алишер'),
    patStyle: 'uzc',
    decl: false,
  },
  tg: {
    m: ru(`Парвиз Далер Фирӯз Сиёвуш Беҳрӯз Сорбон Шаҳриёр Фаридун Исмоил Ҷамшед Манучеҳр Бахтовар Комрон Шоҳин
      Умед Ориф Ҷовидон Сарвархон Далерҷон Шодмон`),
    f: ru(`Манижа Таҳмина Парвина Нилуфар Меҳрангез Зарина Мадина Фарангис Ситора Гулнора Шаҳноза Дилафрӯз
      Мавзуна Наргис Рухсора Ганҷина Меҳрона Ситорабону Фирӯзамо`),
    sur: ru(`Раҳимов Шарипов Давлатов Назарзода Раҳмонзода Шарифзода Қурбонов Саидзода Мирзоев Холов Исмоилзода
      Азизов Сафаров Бобоев Ҳакимов Неъматов Файзуллоев Абдуллозода Камолов Ҷӯраев Шодмонзода Бобоназаров`),
    pat: ru('Далер Рустам Шариф Абдулло Азиз Сафар Ҳаким Карим Назар Қурбон'),
    patStyle: 'tg',
    decl: false,
  },
  /** Tajik names as Russian-language documents spell them. */
  tgr: {
    m: ru('Парвиз Далер Фируз Бехруз Сорбон Шахриёр Фаридун Исмоил Джамшед Манучехр Комрон Умед Шодмон Бахтовар'),
    f: ru('Манижа Тахмина Парвина Нилуфар Мехрангез Зарина Фарангис Ситора Гулнора Наргис Рухсора Мавзуна Ганджина'),
    sur: ru(`Рахимов Шарипов Давлатов Назарзода Рахмонзода Шарифзода Курбонов Саидзода Мирзоев Холов Исмоилзода
      Азизов Сафаров Бобоев Хакимов Неъматов Файзуллоев Абдуллозода Камолов Джураев`),
    pat: ru('Далер Рустам Шариф Абдулло Азиз Сафар Хаким Карим Назар Курбон'),
    patStyle: 'ru',
    decl: true,
  },
  'lat.kz': {
    m: ru(`Nurlan Yerlan Azamat Daniyar Bekzat Askar Zhandos Yerbolat Abylai Kairat Dauren Baurzhan Temirlan
      Sailaubek Yerzhanbek Dauletzhan Taibek`),
    f: ru(`Aigerim Dinara Gulnara Madina Zhanar Saule Aruzhan Meruert Zhazira Arailym Nazerke Akmaral Botagoz
      Karlygash Assel Tolkyn Balnur Gulaiym Kunbala Ayazhan Moldir`),
    sur: ru(`Seitkali Zhumabayev Nurmagambetov Abenov Tulegenov Baimukhanov Kenzhebayev Zhaksylykov Tokpanbetov
      Kuandykov Serikbayev Akhmetzhanov Kozhakhmetov Iskakov Duisenov Alimkulov Sarsenbay Bekmurat Bekzhigitov
      Zholdasbekov Kenesbekov Kuttybayev Ospanov`),
    pat: ru('Marat Serik Nurlan Kairat Bakyt Yerlan Talgat Askar Bolat Zhanat'),
    patStyle: 'lat',
    decl: false,
  },
  'lat.kg': {
    m: ru(`Nurbek Aibek Tilek Bakyt Mirlan Adilet Erkin Ulan Baktybek Zhyrgalbek Kubanychbek Talant Meder Chyngyz
      Ermek Syimyk Nurzhigit Temirbek Zhanybek Tolonbai`),
    f: ru(`Ainura Gulmira Aizhan Cholpon Nazgul Jyldyz Bermet Asel Meerim Aiperi Gulzat Nuriza Anara Begimai
      Kanykei Elnura Aizada Akylai Aibiike Nuraiym`),
    sur: ru(`Toktogulov Mamytov Osmonov Asanbekov Duishenaliev Ergeshov Tashpolotov Zholdoshev Myrzabekov Satybaldiev
      Alymkulov Abdykadyrov Bekbolotov Kadyrbekov Turdubaev Sydykov Orozbaev ^Bakyt ^Tilek ^Erkin ^Mirlan`),
    pat: ru('Bakyt Tilek Erkin Azamat Almaz Mirlan Kuban Talant'),
    patStyle: 'lat',
    decl: false,
    uulu: [' uulu', ' kyzy'],
  },
  'lat.tj': {
    m: ru(
      'Parviz Daler Firuz Siyovush Behruz Sorbon Shahriyor Faridun Ismoil Jamshed Manuchehr Komron Shohin Umed Shodmon Javidon',
    ),
    f: ru(`Manizha Tahmina Parvina Nilufar Mehrangez Zarrina Farangis Sitora Gulnora Dilafruz Mavzuna Nargis Rukhsora
      Ganjina Mehrona Sitorabonu`),
    sur: ru(`Rahimov Sharipov Davlatov Nazarzoda Rahmonzoda Sharifzoda Qurbonov Saidzoda Mirzoev Kholov Ismoilzoda
      Azizov Safarov Boboev Hakimov Nematov Fayzulloev Abdullozoda Kamolov Juraev Shodmonzoda`),
    pat: ru('Daler Rustam Sharif Aziz Safar Hakim Karim Nazar'),
    patStyle: 'lat',
    decl: false,
  },
  'lat.tm': {
    m: ru('Dowlet Batyr Myrat Merdan Atamyrat Begench Arslan Shatlyk Yhlas Bayram Kakajan Rahymberdi'),
    f: ru('Ogulgerek Maral Jennet Aynabat Bahar Gulshat Ogulbibi Enejan Mahri Selbi Ayna Lale Ogulnabat'),
    sur: ru(`Orazov Annayev Geldiyev Charyyev Berdiyev Durdyyev Hojamuradov Amanmyradow Gurbanow Atayew Saparow
      Charygulyyew Begmyradow`),
    pat: [],
    patStyle: 'none',
    decl: false,
  },
  'lat.rus': {
    m: ru('Sergei Andrei Dmitry Igor Oleg Viktor Alexei Maxim Roman Vadim Konstantin'),
    f: ru('Olga Natalia Elena Tatiana Irina Svetlana Marina Oksana Lyudmila'),
    sur: ru(
      'Volkov Kuznetsov Sokolov Lebedev Morozov Belousov Grishin Krylov Zaitsev Tarasov Fomin Vorontsov Dorokhov',
    ),
    pat: [],
    patStyle: 'none',
    decl: false,
  },
  kr: {
    sameForWomen: true,
    m: ['Ji-hoon', 'Dong-hyun', 'Sung-ho', 'Jae-won', 'Hyun-woo', 'Min-seok', 'Young-soo', 'Jinwoo', 'Taeyang'],
    f: ['Min-ji', 'Soo-yeon', 'Hae-in', 'Seo-yoon', 'Ji-woo', 'Eun-ji', 'Ye-jin', 'Da-eun', 'Sora'],
    sur: ru('Kim Park Lee Choi Jung Han Yoon Kang Cho Shin Hwang Seo'),
    pat: [],
    patStyle: 'none',
    decl: false,
    eastern: true,
  },
  cn: {
    sameForWomen: true,
    m: ru('Lei Yang Jianguo Hui Haoran Zhiqiang Wei Jun'),
    f: ru('Meiling Jing Yuting Lina Xiaohong Fang'),
    sur: ru('Wang Zhang Liu Chen Zhao Huang Zhou Wu Xu Sun'),
    pat: [],
    patStyle: 'none',
    decl: false,
    eastern: true,
  },
  tr: {
    sameForWomen: true,
    m: ru(
      'Mehmet Hüseyin Kemal Serkan Murat Gökhan Levent Hakan Emre Tuncay Oğuz Cengiz Erdal Yusuf Burak İbrahim Ramazan',
    ),
    f: ru('Fatma Emine Zeynep Ayşe Hatice Elif Gülay Sevgi Derya Özlem Nurcan Songül Filiz'),
    sur: ru(`Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan Kılıç Aslan Çetin Kara
      Koç Kurt Özkan Şimşek Polat Erdem Güneş Acar Tekin Bulut Karataş Sarıkaya`),
    pat: [],
    patStyle: 'none',
    decl: false,
  },
  ar: {
    sameForWomen: true,
    m: ru('Ahmed Khalid Rashid Omar Saeed Hamad Sultan Majid Faisal Yousef Tariq'),
    f: ru('Fatima Mariam Aisha Noura Hessa Latifa Shamsa'),
    sur: [
      'Al Mansoori',
      'Al Hammadi',
      'Al Nuaimi',
      'Al Falasi',
      'Al Ketbi',
      'Al Suwaidi',
      'Haddad',
      'Al Zaabi',
      'Al Mazrouei',
      'Khoury',
    ],
    pat: [],
    patStyle: 'none',
    decl: false,
  },
  enw: {
    sameForWomen: true,
    m: ru('David James Thomas Michael Daniel Peter Mark'),
    f: ru('Sarah Emily Anna Rachel Laura Helen Claire'),
    sur: ru('Whitfield Brennan Carver Holloway Fenwick Marsh Donnelly Pryce Ashworth Kendrick'),
    pat: [],
    patStyle: 'none',
    decl: false,
  },
};

POOLS['lat.uz'] = POOLS.uzl;

function patronymic(stem: string, style: PatStyle, g: Gender): string {
  switch (style) {
    case 'ru':
    case 'tg':
    case 'rus': {
      const special: Record<string, [string, string]> = {
        Юрий: ['Юрьевич', 'Юрьевна'],
        Михаил: ['Михайлович', 'Михайловна'],
        Геннадий: ['Геннадьевич', 'Геннадьевна'],
        Николай: ['Николаевич', 'Николаевна'],
      };
      if (special[stem]) return special[stem][g === 'm' ? 0 : 1];
      let base: string;
      let m: boolean;
      if (/[ао]$/.test(stem)) [base, m] = [stem, false];
      else if (/[йь]$/.test(stem)) [base, m] = [stem.slice(0, -1), false];
      else [base, m] = [stem, true];
      return base + (m ? (g === 'm' ? 'ович' : 'овна') : g === 'm' ? 'евич' : 'евна');
    }
    case 'lat':
      return stem + (g === 'm' ? 'ovich' : 'ovna');
    case 'kk':
      return stem + (g === 'm' ? 'ұлы' : 'қызы');
    case 'uzl':
      return chance(0.7) ? `${stem} ${g === 'm' ? "o'g'li" : 'qizi'}` : stem + (g === 'm' ? 'ovich' : 'ovna');
    case 'uzc':
      return `${stem} ${g === 'm' ? 'ўғли' : 'қизи'}`;
    default:
      return '';
  }
}

function femaleSurname(s: string): string {
  if (/(ов|ев|ёв|ин|ын)$/.test(s)) return s + 'а';
  if (/ский$/.test(s)) return s.slice(0, -2) + 'ая';
  if (/(ov|ev|in|ow|ew)$/.test(s)) return s + 'a';
  return s;
}

// Russian declension ------------------------------------------------------------------------

const HUSH = 'жшчщц';
const VELAR_OR_HUSH = 'гкхжшчщ';
const CASE_INDEX: Record<Exclude<Case, 'nom'>, number> = { gen: 0, dat: 1, acc: 2, ins: 3, prep: 4 };

function nounMasc(w: string, c: Case): string {
  if (c === 'nom') return w;
  const i = CASE_INDEX[c];
  if (/ий$/.test(w)) return w.slice(0, -2) + ['ия', 'ию', 'ия', 'ием', 'ии'][i];
  if (/[йь]$/.test(w)) return w.slice(0, -1) + ['я', 'ю', 'я', 'ем', 'е'][i];
  if (/[бвгджзклмнпрстфхцчшщ]$/.test(w))
    return w + ['а', 'у', 'а', HUSH.includes(w.at(-1) ?? '') ? 'ем' : 'ом', 'е'][i];
  return w;
}
function nounFem(w: string, c: Case): string {
  if (c === 'nom') return w;
  const i = CASE_INDEX[c];
  if (/ия$/.test(w)) return w.slice(0, -1) + ['и', 'и', 'ю', 'ей', 'и'][i];
  if (/я$/.test(w)) return w.slice(0, -1) + ['и', 'е', 'ю', 'ей', 'е'][i];
  if (/а$/.test(w)) {
    const stem = w.slice(0, -1);
    const last = stem.at(-1) ?? '';
    return stem + [VELAR_OR_HUSH.includes(last) ? 'и' : 'ы', 'е', 'у', HUSH.includes(last) ? 'ей' : 'ой', 'е'][i];
  }
  return w;
}
function declSurname(w: string, g: Gender, c: Case): string {
  if (c === 'nom') return w;
  const i = CASE_INDEX[c];
  if (/зода$/.test(w)) return w;
  if (g === 'm') {
    if (/(ов|ев|ёв|ин|ын)$/.test(w)) return w + ['а', 'у', 'а', 'ым', 'е'][i];
    if (/ский$/.test(w)) return w.slice(0, -2) + ['ого', 'ому', 'ого', 'им', 'ом'][i];
    return nounMasc(w, c);
  }
  if (/(ова|ева|ёва|ина|ына)$/.test(w)) return w.slice(0, -1) + ['ой', 'ой', 'у', 'ой', 'ой'][i];
  if (/ская$/.test(w)) return w.slice(0, -2) + ['ой', 'ой', 'ую', 'ой', 'ой'][i];
  return w;
}
function declPatronymic(w: string, c: Case): string {
  if (c === 'nom') return w;
  const i = CASE_INDEX[c];
  if (/ич$/.test(w)) return w + ['а', 'у', 'а', 'ем', 'е'][i];
  if (/на$/.test(w)) return w.slice(0, -1) + ['ы', 'е', 'у', 'ой', 'е'][i];
  return w;
}

// Persons -----------------------------------------------------------------------------------

interface Person {
  pool: Pool;
  gender: Gender;
  given: string;
  surname: string;
  patronymic: string;
}

/** Full names (given + surname) and the snippets they appeared in. */
const fullNameUse = new Map<string, Set<number>>();

const APOSTROPHES = ["'", '‘', 'ʻ', '’'];
function withApostrophe(s: string, a: string): string {
  return s.replace(/([oOgG])'/g, `$1${a}`);
}

function makePerson(poolKey: string, snippetNo: number, taken: Set<string>): Person {
  const dot = poolKey.lastIndexOf('.');
  let pool = POOLS[poolKey.slice(0, dot)];
  const gender = poolKey.slice(dot + 1) as Gender;
  if (!pool || (gender !== 'm' && gender !== 'f')) throw new Error('pool ' + poolKey);
  if (pool.mix) pool = POOLS[pick(pool.mix)];
  for (let attempt = 0; attempt < 500; attempt++) {
    const given = pick(gender === 'm' ? pool.m : pool.f);
    let surname = pick(pool.sur);
    const fromFather = surname.startsWith('^');
    if (fromFather) {
      const stem = surname.slice(1);
      if (!pool.uulu) throw new Error('uulu');
      surname = stem + pool.uulu[gender === 'm' ? 0 : 1];
    } else if (gender === 'f' && !pool.sameForWomen) surname = femaleSurname(surname);
    const patStem = pool.pat.length && !fromFather ? pick(pool.pat) : '';
    const patronymicText = patStem ? patronymic(patStem, pool.patStyle, gender) : '';
    if (taken.has(given) || taken.has(surname)) continue;
    if (patStem === given || (fromFather && surname.startsWith(given))) continue;
    const key = `${given} ${surname}`.toLowerCase();
    const seen = fullNameUse.get(key) ?? new Set<number>();
    if (!seen.has(snippetNo) && seen.size >= 2) continue;
    if (attempt < 400 && seen.size >= 1 && !seen.has(snippetNo)) continue;
    seen.add(snippetNo);
    fullNameUse.set(key, seen);
    taken.add(given);
    taken.add(surname);
    const a = pool.apos ? pick(APOSTROPHES) : "'";
    return {
      pool,
      gender,
      given: withApostrophe(given, a),
      surname: withApostrophe(surname, a),
      patronymic: withApostrophe(patronymicText, a),
    };
  }
  throw new Error('no free name in ' + poolKey);
}

const initial = (w: string): string => (w ? w[0].toUpperCase() + '.' : '');

function renderPerson(p: Person, form: string, c: Case): string {
  const g = p.pool.decl ? (p.gender === 'm' ? nounMasc(p.given, c) : nounFem(p.given, c)) : p.given;
  const s = p.pool.decl ? declSurname(p.surname, p.gender, c) : p.surname;
  const pt = p.pool.decl ? declPatronymic(p.patronymic, c) : p.patronymic;
  const east = p.pool.eastern === true;
  const joined = (...xs: string[]) => xs.filter(Boolean).join(' ');
  switch (form) {
    case 'sgp':
      return joined(s, g, pt);
    case 'gps':
      return joined(g, pt, s);
    case 'gp':
      return joined(g, pt);
    case 'sg':
      return joined(s, g);
    case 'gs':
      return east ? joined(s, g) : joined(g, s);
    case 'g':
      return g;
    case 's':
      return s;
    case 'sio':
      return `${s} ${initial(p.given)}${initial(p.patronymic)}`;
    case 'ios':
      return `${initial(p.given)}${initial(p.patronymic)} ${s}`;
    case 'si':
      return `${s} ${initial(p.given)}`;
    case 'is':
      return `${initial(p.given)} ${s}`;
    case 'gi':
      return `${g} ${initial(p.surname)}`;
    case 'usg':
      return joined(s, g).toLocaleUpperCase('en');
    case 'lgs':
      return (east ? joined(s, g) : joined(g, s)).toLowerCase();
    case 'lg':
      return g.toLowerCase();
    default:
      throw new Error('form ' + form);
  }
}

/** Turkish case endings after an apostrophe, and the English possessive. */
function suffixAfter(name: string, kind: string): string {
  if (kind === 's') return "'s";
  if (kind === 'kkmen') {
    // Kazakh "and": мен after vowels and л р й у, бен after м н ң з ж, пен after the voiceless consonants.
    const last = name.at(-1) ?? 'а';
    if (/[мнңзж]/.test(last)) return ' бен';
    if (/[кқпстфхшщчцб]/.test(last)) return ' пен';
    return ' мен';
  }
  const lower = name.toLocaleLowerCase('tr');
  const vowels = lower.match(/[aeıioöuü]/g) ?? ['e'];
  const v = vowels[vowels.length - 1];
  const endsInVowel = /[aeıioöuü]$/.test(lower);
  const hard = /[fstkçşhp]$/.test(lower);
  const four = { a: 'ı', ı: 'ı', e: 'i', i: 'i', o: 'u', u: 'u', ö: 'ü', ü: 'ü' }[v] ?? 'i';
  const two = 'aıou'.includes(v) ? 'a' : 'e';
  switch (kind) {
    case 'gen':
      return "'" + (endsInVowel ? 'n' : '') + four + 'n';
    case 'acc':
      return "'" + (endsInVowel ? 'y' : '') + four;
    case 'dat':
      return "'" + (endsInVowel ? 'y' : '') + two;
    case 'loc':
      return "'" + (hard ? 't' : 'd') + two;
    case 'abl':
      return "'" + (hard ? 't' : 'd') + two + 'n';
    default:
      throw new Error('suffix ' + kind);
  }
}

// ---------------------------------------------------------------------------------------------
// Placeholder generators

const GEN: Record<string, (ctx: Ctx) => Filled> = {};
const typed =
  (type: EntityType, f: (ctx: Ctx) => string): ((ctx: Ctx) => Filled) =>
  (ctx) => ({ value: f(ctx), type });
for (const k of ['kz', 'kz8', 'ru', 'uz', 'kg', 'tj', 'tr', 'ae', 'kr', 'tm'])
  GEN[`PH:${k}`] = typed('PHONE', () => phone(k));
for (const k of ['kz', 'uz', 'kg', 'ru_series', 'ru_plain', 'ru_foreign', 'tj', 'tr'])
  GEN[`PP:${k}`] = typed('PASSPORT', () => passport(k));
for (const k of ['kz', 'kg', 'uz', 'ru', 'rul', 'tr']) GEN[`PL:${k}`] = typed('PLATE', () => plate(k));
for (const k of ['tg', 'tme', 'vk', 'ig', 'igbare', 'ok', 'fb', 'bare'])
  GEN[`H:${k}`] = typed('HANDLE', () => handle(k));
for (const k of ['y', 'dmy', 'ru_long', 'en_long', 'us', 'iso', 'tr_long', 'uz_long'])
  GEN[`BD:${k}`] = typed('BIRTH_DATE', (ctx) => birthDate(k, ctx));
for (const k of Object.keys(ADDRESSES)) {
  GEN[`A:${k}`] = () => {
    const a = address(k);
    return { value: k === 'uzl' ? withApostrophe(a, pick(APOSTROPHES)) : a, type: 'ADDRESS' };
  };
}
GEN.EM = typed('EMAIL', email);
GEN.CARD = typed('CARD', makeCard);
GEN['IBAN:kz'] = typed('IBAN', () => formatIban(makeKzIban()));
GEN['IBAN:tr'] = typed('IBAN', () => formatIban(makeTrIban()));
GEN['IBAN:ae'] = typed('IBAN', () => formatIban(makeAeIban()));
GEN.IINC = typed('NATIONAL_ID', iinAfterItsCue);
GEN.PINFLC = typed('NATIONAL_ID', pinflAfterItsCue);
GEN.KGPIN = typed('NATIONAL_ID', makeKgPin);
GEN.TCKN = typed('NATIONAL_ID', makeTckn);
GEN.SNILS = typed('NATIONAL_ID', makeSnils);
GEN.EID = typed('NATIONAL_ID', makeEmiratesId);

// Unlabelled look-alikes for the negative snippets.
/** A 12-digit case or registration number that is not a valid IIN. */
function caseNumber12(): string {
  for (;;) {
    const n = `${pick(['23', '22', '21', '24'])}${pad(int(1, 12))}${pad(int(1, 28))}${digits(6)}`;
    if (!iinIsValid(n)) return n;
  }
}
/** A 14-digit number that is neither a PINFL (its check digit fails) nor shaped like a Kyrgyz PIN. */
function caseNumber14(): string {
  for (;;) {
    const n = `${pick(['0', '7', '8', '9'])}${digits(13)}`;
    if (pinflCheckDigit(n.slice(0, 13)) !== Number(n[13])) return n;
  }
}
GEN.CASE12 = () => ({ value: caseNumber12(), type: null });
GEN.CASE14 = () => ({ value: caseNumber14(), type: null });
GEN.ERDR = () => ({
  value: `${pick(['22', '23', '24'])}${pad(int(1, 19))}${pick(['0', '1'])}${digits(10)}`,
  type: null,
});
GEN.YEAR = () => ({ value: String(int(2015, 2024)), type: null });
GEN.VERDICT_RU = () => ({ value: `${int(1, 28)} ${pick(RU_MONTHS_GEN)} ${int(2019, 2024)}`, type: null });
GEN.VERDICT_EN = () => ({ value: `${int(1, 28)} ${pick(EN_MONTHS)} ${int(2019, 2024)}`, type: null });
GEN.DATE_DMY = () => ({ value: `${pad(int(1, 28))}.${pad(int(1, 12))}.${int(2019, 2024)}`, type: null });
GEN.FLIGHT = () => ({
  value: pick(['KC 909', 'TK 350', 'HY 603', 'SU 1871', 'FZ 1724', 'KC 131', 'TK 355', 'DV 781', 'G9 404', 'OZ 578']),
  type: null,
});
GEN.SUM_KZT = () => ({
  value: `${pick(['1 200 000', '350 000', '780 000', '2 450 000', '95 000'])} тенге`,
  type: null,
});
GEN.SUM_USD = () => ({ value: `${pick(['15 000', '3 500', '2 000', '4 800', '700'])} USD`, type: null });
GEN.SUM_USD_EN = () => ({ value: pick(['USD 15,000', '$3,500', '2,000 US dollars', 'USD 4,800', '$700']), type: null });
GEN.AGE = () => ({ value: String(int(17, 34)), type: null });
/** Counts ending in 0 or 5-9 (or 11-14), so that Russian nouns after them stay in the genitive plural. */
function count(): number {
  for (;;) {
    const n = int(5, 140);
    if (/[056789]$/.test(String(n)) || (n % 100 >= 11 && n % 100 <= 14)) return n;
  }
}
GEN.COUNT = () => ({ value: String(count()), type: null });

// ---------------------------------------------------------------------------------------------
// Templates

const TEMPLATES: Template[] = [];
let templateNo = 0;
function add(lang: Lang, script: Script, uses: number, text: string, negative = false): void {
  templateNo++;
  TEMPLATES.push({ key: `${lang}-${script}-${templateNo}`, lang, script, uses, negative, text });
}
const RU = (uses: number, text: string) => add('ru', 'Cyrl', uses, text);
const EN = (uses: number, text: string) => add('en', 'Latn', uses, text);
const KK = (uses: number, text: string) => add('kk', 'Cyrl', uses, text);
const KY = (uses: number, text: string) => add('ky', 'Cyrl', uses, text);
const UZL = (uses: number, text: string) => add('uz', 'Latn', uses, text);
const UZC = (uses: number, text: string) => add('uz', 'Cyrl', uses, text);
const TG = (uses: number, text: string) => add('tg', 'Cyrl', uses, text);
const TR = (uses: number, text: string) => add('tr', 'Latn', uses, text);
const NEG = (lang: Lang, script: Script, uses: number, text: string) => add(lang, script, uses, text, true);

// Russian: court decisions, investigation summaries, NGO notes, press --------------------------
RU(
  2,
  'Потерпевшая {P1:ru_kz.f|sgp}, {BD:y} г.р., уроженка {~Туркестанской области|Жамбылской области|г. Шымкента}, показала, что в {~марте|апреле|мае} {~2019|2021|2022} года через знакомую выехала в {~г. Стамбул|ОАЭ|г. Москву}.',
);
RU(
  3,
  'Согласно приговору, {P1:ru.m|sgp}, {BD:dmy} года рождения, проживающий по адресу: {A:ru_full}, признан виновным по {~ч. 2 ст. 128|п. 1 ч. 2 ст. 128|ч. 3 ст. 135} УК РК.',
);
RU(
  2,
  'Допрошенная в качестве свидетеля {P1:ru.f|sg} пояснила, что познакомилась с {P2:ru.m|g.ins} в социальной сети, где он пользовался аккаунтом {H:tg}.',
);
RU(
  1,
  'В ходе обыска у {P1:ru.m|sio.gen} изъяты паспорта граждан Узбекистана на имя {P2:ru_uz.f|sg.gen} (паспорт {PP:uz}) и {P3:ru_uz.f|sg.gen} (паспорт {PP:uz}).',
);
RU(3, 'Деньги за «трудоустройство» потерпевшие переводили на карту {CARD}, оформленную на {P1:ru.f|sgp.acc}.');
RU(
  2,
  'Со слов {P1:ru.f|g.gen}, вербовщица по имени {P2:ru.f|g} обещала ей работу официанткой в Дубае с зарплатой {~1500|2000|2500} долларов.',
);
RU(2, '{P1:ru.m|ios} использовал абонентский номер {PH:kz}, зарегистрированный на {P2:ru.f|sgp.acc}.');
RU(
  1,
  'Связь с вербовщиком потерпевшие поддерживали через WhatsApp по номеру {PH:tr}, а также по электронной почте {EM}.',
);
RU(
  2,
  'Автомобиль {~Toyota Camry|Hyundai Accent|Chevrolet Cobalt|Lada Largus} с государственным регистрационным знаком {PL:kz}, на котором потерпевших везли к границе, принадлежит {P1:ru.m|sg.dat}.',
);
RU(
  1,
  'Обвиняемый {P1:ru.m|s} показал, что с {P2:ru.f|g.ins} знаком с {~2018|2019|2020} года и что она сама согласилась ехать в {~Анталью|Дубай|Сеул}.',
);
RU(
  3,
  'Потерпевший {P1:ru_kz.m|sgp} ({BD:ru_long} года рождения, ИИН {IINC}) пояснил, что на стройке в {~Подмосковье|Новосибирске|Казани} работал без оплаты.',
);
RU(
  1,
  'Заработную плату {P1:ru_kz.m|g.dat} не выплачивали; все документы, включая паспорт {PP:kz}, забрал бригадир по имени {P2:ru.m|g}.',
);
RU(
  2,
  'Клиентка {P1:ru.f|g}, {~23 года|25 лет|19 лет}, обратилась на горячую линию. Со слов клиентки, её удерживали по адресу: {A:ru_msk}. Контактный телефон: {PH:ru}.',
);
RU(
  1,
  'По данным следствия, {P1:ru.f|sgp}, {BD:y} года рождения, действуя совместно с {P2:ru.m|sg.ins} и {P3:ru.m|sg.ins}, вербовала девушек из {~Жамбылской|Алматинской|Кызылординской} области.',
);
RU(1, 'Свидетель {P1:rus.f|sio} показала, что видела, как {P2:ru.m|g} забирал у девушек телефоны и паспорта.');
RU(
  2,
  'Из протокола осмотра переписки: пользователь {H:tme} предлагал {P1:ru.f|g.dat} «работу в кафе» в Анталье с проживанием.',
);
RU(2, 'Страница вербовщика во «ВКонтакте» ({H:vk}) была удалена на следующий день после задержания {P1:ru.m|sg.gen}.');
RU(
  3,
  'Денежные средства в сумме {~350 000|1 200 000|780 000} тенге перечислены на счёт {IBAN:kz}, открытый на имя {P1:ru.m|sgp.gen}.',
);
RU(
  2,
  '{P1:ru_uz.f|sg}, {BD:dmy} г.р., паспорт гражданина Республики Узбекистан {PP:uz}, ПИНФЛ {PINFLC}, прибыла в г. Москву рейсом {~HY 603|HY 605|SU 1871}.',
);
RU(
  1,
  'Суд установил, что {P1:ru.m|sio} и {P2:ru.m|sio} по предварительному сговору перевезли {~шесть|восемь|одиннадцать} граждан Кыргызстана в г. Новосибирск.',
);
RU(3, 'Потерпевших содержали в {A:ru_dome}, где их охранял мужчина по имени {P1:ru.m|g}.');
RU(
  2,
  'Гражданка Кыргызской Республики {P1:ru_kg.f|sgp}, {BD:y} года рождения, паспорт {PP:kg}, зарегистрированная по адресу: {A:ru_kg}, признана потерпевшей.',
);
RU(
  2,
  'Жительница {~Шымкента|Тараза|Кызылорды} {P1:ru_kz.f|gs}, которую в {~2021|2022} году вывезли в ОАЭ, рассказала журналистам, как ей удалось сбежать.',
);
RU(1, 'Как сообщила адвокат потерпевшей {P1:rus.f|gs}, её подзащитная {P2:ru.f|g} до сих пор не получила компенсацию.');
RU(2, 'По словам {P1:ru.m|gs.gen}, его сестру увезли в Турцию по поддельному приглашению на работу.');
RU(2, 'Звонки поступали с номера {PH:kz8}, которым, как установлено, пользовался {P1:ru.m|sg}.');
RU(1, 'Для получения денег {P1:ru.f|g} использовала карту {CARD}, а также кошелёк на имя подруги {P2:ru.f|g.gen}.');
RU(
  2,
  'Установлено, что автомобиль {PL:ru} ({~ГАЗель|Lada Granta|Kia Rio}) принадлежит {P1:rus.m|sgp.dat}, проживающему по адресу: {A:ru_obl}.',
);
RU(3, 'Свидетель {P1:ru_kz.m|sgp}, {BD:y} г.р., ИИН {IINC}, показал, что возил девушек из общежития в сауну.');
RU(
  1,
  'Потерпевшая {P1:ru.f|s} родилась {BD:ru_long} года в {~с. Ленгер|г. Сарыагаш|г. Кентау}, в {~2020|2022} году переехала в Алматы.',
);
RU(1, 'При {P1:ru.m|sgp.prep} обнаружены {~три чужих паспорта|пять сим-карт|тетрадь с записями долгов}.');
RU(1, 'В отношении {P1:ru.m|sgp.gen} избрана мера пресечения в виде содержания под стражей сроком на два месяца.');
RU(2, 'Показания {P1:ru.f|sio.gen} подтверждаются перепиской в мессенджере Telegram с пользователем {H:tg}.');
RU(1, '{P1:ru.f|g} рассказала, что {P2:ru.f|g} (в телеграме: {H:bare}) обещала оплатить дорогу и жильё.');
RU(2, 'Обвиняемая {P1:ru.f|sgp} зарегистрирована по адресу: {A:ru_kz_mkr}, фактически проживала на {A:ru_na}.');
RU(
  2,
  'Переводы на сумму {~4 500|12 000|7 800} долларов США поступали на турецкий счёт {IBAN:tr}, владелец которого — {P1:tr.m|gs}.',
);
RU(
  2,
  'Приговором {~Шымкентского городского суда|Медеуского районного суда г. Алматы|Октябрьского районного суда г. Бишкека} {P1:ru.m|sio} осуждён к {~7|8|10} годам лишения свободы.',
);
RU(2, 'Согласно заключению эксперта, подписи в трудовом договоре от имени {P1:ru.f|sgp.gen} выполнены не ею.');
RU(
  1,
  'Вербовщик представлялся «{P2:ru.m|g.ins}», однако установлено, что его настоящее имя — {P1:ru.m|sgp}, {BD:dmy} г.р.',
);
RU(
  2,
  'Из объяснения {P1:tgr.f|sgp.gen} (паспорт Республики Таджикистан {PP:tj}): в {~2020|2022} году она выехала в г. Екатеринбург по приглашению родственницы.',
);
RU(
  2,
  'Свидетель {P1:rus.m|sgp}, паспорт серии {PP:ru_series}, пояснил, что сдавал квартиру {P2:ru.m|sg.dat} посуточно.',
);
RU(2, 'Организатор — гражданин РФ {P1:rus.m|sgp}, {BD:y} г.р., паспорт {PP:ru_plain}, СНИЛС {SNILS}.');
RU(
  2,
  'Задержан {P1:ru.m|sio}, {BD:y} г. р., житель {~г. Тараза|г. Оша|г. Худжанда}. При нём обнаружены сим-карты и банковская карта {CARD}.',
);
RU(2, 'Мать потерпевшей, {P1:ru.f|sgp}, обратилась в полицию, указав контактный номер {PH:kz}.');
RU(2, 'Во время допроса {P1:ru.f|g} назвала адрес квартиры, где её удерживали: {A:ru_msk}.');
RU(
  2,
  'Справка: {P1:ru_kz.f|sgp}; дата рождения: {BD:dmy}; гражданство: Республика Казахстан; ИИН: {IINC}; адрес регистрации: {A:ru_full}; тел.: {PH:kz}.',
);
RU(2, 'С {P1:ru.f|sg.ins} связались через Instagram-аккаунт {H:ig}, где публиковались объявления о работе за рубежом.');
RU(2, 'Электронный билет на имя {P1:ru.f|sg.gen} был приобретён с почтового ящика {EM}.');
RU(
  1,
  '{P1:ru.m|sgp} признал, что получил от {P2:ru.m|sg.gen} по {~3 000|5 000} долларов за каждую доставленную девушку.',
);
RU(
  1,
  'Потерпевшие {P1:ru.f|g}, {P2:ru.f|g} и {P3:ru.f|g} были доставлены в г. Алматы и размещены по адресу: {A:ru_kz_mkr}.',
);
RU(
  1,
  'Показаниями {P1:ru.f|sio.gen}, {P2:ru.f|sio.gen} и {P3:ru.m|sio.gen} подтверждается, что паспорта у потерпевших изымались сразу по прибытии.',
);
RU(
  2,
  'Допрошенный {P1:ru.m|sg} сообщил, что микроавтобусом {~Mercedes Sprinter|Ford Transit} гос. номер {PL:kg} управлял его брат {P2:ru.m|g}.',
);
RU(
  2,
  'Маршрут: {~Ташкент — Самара|Худжанд — Москва|Андижан — Екатеринбург}. Водитель автобуса {P1:ru.m|sio}, гос. номер {PL:uz}.',
);
RU(2, 'О пропаже {P1:ru.f|g.gen} родственники заявили лишь спустя {~три|четыре|пять} месяца.');
RU(
  1,
  'Из материалов дела: {P1:ru_uz.f|g}, уроженка {~Ферганской|Самаркандской|Кашкадарьинской} области Узбекистана, {BD:y} г. р., работала в швейном цехе без выходных.',
);
RU(1, 'Адвокат {P1:rus.m|sio} заявил ходатайство о повторном допросе {P2:ru.f|sg.gen}.');
RU(
  1,
  'Суд критически оценивает показания, данные {P1:ru.m|sg.ins}, поскольку они противоречат показаниям {P2:ru.f|g.gen}.',
);
RU(
  2,
  'Последнее, что родные знают {P1:ru.f|g.prep^ob}, — звонок с турецкого номера в {~январе|сентябре|ноябре} {~2022|2023} года.',
);
RU(1, 'Вербовщица {P1:ru.f|sgp} использовала несколько номеров: {PH:kz}, {PH:ru} и {PH:tr}.');
RU(
  2,
  'Представитель ОО «{~Сана Сезим|Безопасный дом|Родник}» сообщила, что {P1:ru.f|g} сейчас находится в кризисном центре вместе с ребёнком.',
);
RU(2, 'Телефон потерпевшей ({PH:uz}) был отключён, а её страница в «Одноклассниках» {H:ok} удалена.');
RU(2, 'Ранее {P1:ru.m|sio} был судим по ст. 128 УК РК; в розыске с {~2021|2022} года.');
RU(2, 'Платёжное поручение: получатель — {P1:ru.f|sgp}, ИИК {IBAN:kz}, назначение — «оплата услуг».');
RU(2, 'Девушки жили в общежитии на {A:ru_na}, а работали в кафе, принадлежащем {P1:ru.m|sg.dat}.');
RU(1, 'Паспорт {P1:ru_kz.f|sg.gen} ({PP:kz}) был обнаружен у {P2:ru.m|sio.gen} в сейфе.');
RU(2, 'Из переписки: «{P1:ru.f|g}, скинь номер карты» — «{CARD}, на {P2:ru.f|g.acc} оформлена».');
RU(
  2,
  'Подозреваемая {P1:ru_kz.f|sgp}, {BD:y} г.р., ИИН {IINC}, зарегистрирована: {A:ru_full}, задержана в аэропорту {~г. Алматы|г. Астаны}.',
);
RU(1, 'Список лиц, переправленных группой: 1) {P1:ru.f|sio}; 2) {P2:ru.f|sio}; 3) {P3:ru.f|sio}; 4) {P4:ru.m|sio}.');
RU(2, 'С {P1:ru.f|sgp.ins} был заключён трудовой договор с фиктивной фирмой.');
RU(2, 'Уведомление о продлении срока следствия направлено {P1:ru.f|sio.dat} по адресу: {A:ru_obl}.');
RU(2, 'Обвиняемый {P1:ru.m|sg} управлял автомобилем Toyota Alphard г/н {PL:rul}, в котором находились потерпевшие.');
RU(2, 'Брат потерпевшей {P1:ru.m|gs} сообщил, что сестра звонила ему в последний раз с номера {PH:ae}.');
RU(
  1,
  'Работодатель в Сеуле — гражданин Республики Корея {P1:krr.m|sg}; посредником выступала {P2:kor.f|sgp}, {BD:y} г.р.',
);
RU(1, 'Между {P1:ru.m|sg.ins} и {P2:kor.m|sg.ins} была договорённость о «продаже» долга потерпевших.');
RU(
  2,
  'Мы поговорили с {P1:ru.f|g.ins} в шелтере в {~Алматы|Бишкеке|Душанбе}. Ей {~24 года|27 лет|31 год}, и она до сих пор боится выходить на улицу.',
);
RU(2, 'Следователь допросил {P1:ru.m|sgp.acc}, проживающего на {A:ru_na}, об обстоятельствах найма рабочих.');
RU(2, 'Квартира по адресу: {A:ru_tr} арендовалась на имя {P1:ru.f|gs.gen}.');
RU(2, 'В Дубае потерпевших поселили по адресу: {A:ru_ae}, откуда их каждый вечер вывозил водитель {P1:ar.m|gs}.');
RU(
  1,
  'Потерпевший {P1:ru_kg.m|gs}, {BD:y} г.р., уроженец {~Ошской|Баткенской} области, проживал по адресу: {A:ru_kg}.',
);
RU(1, 'Из характеристики: {P1:ru_uz.f|sgp} проживает по адресу {A:ru_uz} с матерью и двумя детьми.');
RU(1, 'Потерпевший {P1:tgr.m|sgp} зарегистрирован в г. Душанбе: {A:ru_tj}; телефон родственников {PH:tj}.');
RU(2, 'Карточка клиента: ФИО — {P1:ru.f|sgp}; дата рождения — {BD:dmy}; e-mail — {EM}; WhatsApp — {PH:uz}.');
RU(
  1,
  'Со счёта {P1:ru.m|sio.gen} в течение месяца были сняты {~2,4|3,1|1,8} млн тенге, поступившие от {P2:ru.f|sg.gen}.',
);
RU(
  1,
  'Во время рейда полиция обнаружила в цехе {~девять|двенадцать|пятнадцать} рабочих, в том числе {P1:ru.m|g.acc} и его жену {P2:ru.f|g.acc}.',
);

// English: indictments, NGO case notes, press ----------------------------------------------------
EN(
  2,
  '{P1:lat.uz.f|g} was told she would work as a nanny in Dubai; on arrival her passport ({PP:uz}) was taken by {P2:ar.m|gs}.',
);
EN(
  2,
  'The victim, {P1:lat.kg.f|gs}, born in {BD:y}, was recruited in Osh by a woman who called herself {P2:lat.kg.f|g}.',
);
EN(
  2,
  'According to the indictment, {P1:lat.kz.m|gs} (DOB {BD:us}) organised transport from Almaty to Istanbul for at least {~nine|twelve|fifteen} women.',
);
EN(2, 'For {~three|five|seven} months {P1:lat.tj.f|g} was kept at {A:ae} together with other women from Central Asia.');
EN(2, 'Case note. Client: {P1:lat.tj.f|gs}; date of birth: {BD:iso}; phone: {PH:tj}; email: {EM}.');
EN(2, "The recruiter's Instagram page, {H:ig}, advertised waitress jobs in Antalya; it was run by {P1:lat.kz.f|gs}.");
EN(2, "Victims paid their 'travel fees' to card {CARD}, which was registered to {P1:lat.uz.m|gs}.");
EN(2, 'Funds were wired to {IBAN:ae}, an account opened in the name of {P1:ar.m|gs}.');
EN(
  2,
  'Ms {P1:lat.tm.f|gs} told investigators that she had been moved to a flat at {A:tr} in {~March|June|October} {~2021|2022}.',
);
EN(2, "Mr {P1:kr.m|gs} (mobile {PH:kr}), who runs a farm near Yeongcheon, denied withholding the workers' wages.");
EN(2, 'Screenshots show messages from a user signing as "{P1:lat.uz.f|lgs}" promising jobs in Seoul.');
EN(
  1,
  '{P1:lat.uz.f|g} later told shelter staff that {P2:lat.uz.m|g} had threatened her family in {~Namangan|Jizzakh|Termez}.',
);
EN(1, 'A worker named {P1:lat.tj.m|g} said the foreman, {P2:lat.rus.m|gs}, kept all the passports in his car.');
EN(
  2,
  'The vehicle, a white {~Hyundai Starex|Toyota Hiace|Mercedes Sprinter} with plates {PL:kz}, was registered to {P1:lat.kz.m|gs}.',
);
EN(1, 'Investigators traced the Telegram channel {H:tme} to {P1:lat.kz.m|gs} and his partner {P2:lat.kz.f|g}.');
EN(1, '{P2:enw.f|gs}, the lawyer representing {P1:lat.kg.f|gs}, said her client had still not received compensation.');
EN(
  2,
  'Born on {BD:en_long} in {~Namangan|Andijan|Jizzakh}, {P1:lat.uz.f|g} left school at sixteen to support her family.',
);
EN(2, "Passport no. {PP:kg} issued to {P1:lat.kg.m|usg} was found in the employer's safe.");
EN(3, 'The forged employment contract listed IIN {IINC} and the name {P1:lat.kz.f|gs}.');
EN(2, 'In her statement, {P1:lat.kz.f|gs} (b. {BD:y}) said she answered an advertisement posted on {H:vk}.');
EN(
  1,
  'The defendants, {P1:lat.uz.m|gs}, {P2:lat.uz.m|gs} and {P3:tr.m|gs}, were convicted by an Istanbul criminal court.',
);
EN(2, '{P1:lat.kg.f|g+s} Emirates ID number {EID} was later used to open a bank account without her knowledge.');
EN(2, 'Transfer receipt: sender {P1:lat.tj.m|usg}, receiver {P2:lat.tj.f|usg}, card {CARD}.');
EN(2, 'She now lives with her aunt at {A:en}; the family asked that her name, {P1:lat.kg.f|g}, not be published.');
EN(2, 'Her mother, {P1:lat.kg.f|gs}, can be reached on WhatsApp at {PH:kg}.');
EN(
  2,
  '{P1:cn.m|gs}, a Chinese national, ran the garment workshop at {A:kr} where {~eleven|fourteen} Uzbek women worked without pay.',
);
EN(1, 'Korean police identified the broker as {P1:kr.f|gs}, born in {BD:y}, who had arranged E-9 visas for the men.');
EN(1, '{P1:lat.tm.f|gs}, a 27-year-old from Mary province, was recruited through a friend, {P2:lat.tm.f|g}.');
EN(1, "Email correspondence between {EM} and {EM} shows the recruiters discussing 'new girls' from Bukhara.");
EN(
  2,
  'CCTV footage shows a minibus with Turkish plates {PL:tr} collecting the women near Aksaray; the driver was {P1:tr.m|gs}.',
);
EN(2, 'For further information contact {P1:enw.m|gs}, case worker, at {EM}.');
EN(
  2,
  'Statement of {P1:lat.kz.m|usg}, date of birth {BD:dmy}, taken on {~12 May 2023|3 February 2022|19 October 2021}.',
);
EN(2, 'The Turkish IBAN {IBAN:tr} received {~14|22|9} transfers from {P1:lat.uz.f|gs+s} relatives.');
EN(1, '{P1:lat.uz.f|g+s} sister, {P2:lat.uz.f|g}, reported her missing to police in Tashkent.');
EN(
  2,
  "The victim's {~brother|cousin}, {P1:lat.tj.m|gs} (tel. {PH:ru}), confirmed that she had last called from Yekaterinburg.",
);
EN(2, 'The car that took them across the border, registration {PL:kg}, belonged to {P1:lat.kg.m|gs}.');
EN(
  2,
  'According to the prosecutor, {P1:lat.rus.m|gs} paid {P2:lat.kz.m|gs} USD 2,000 for each worker delivered to the site at {A:en_ru}.',
);
EN(1, '{P1:lat.kz.f|si} and {P2:lat.kz.f|si} were identified as victims during the raid.');
EN(
  1,
  "The UAE-based employer, {P1:ar.f|gs}, held the women's passports, including passport {PP:kz} belonging to {P2:lat.kz.f|gs}.",
);
EN(2, "She found the advert through an acquaintance's profile, instagram {H:igbare}, which has since been deleted.");
EN(2, "Chat excerpt: 'hi {P1:lat.kz.f|lg}, the boss says you leave on friday, send your passport photo to {EM}'.");
EN(2, 'The VK profile {H:vk} and the Odnoklassniki page {H:ok} both belonged to the same recruiter, {P1:lat.kg.m|gs}.');
EN(2, 'Her ID number {IINC} appears on the visa application filed by {P1:lat.kz.m|is}.');
EN(1, '{P1:lat.tj.f|gs}, DOB {BD:dmy}, was returned to Dushanbe on {~4 April|22 August|9 December} with IOM support.');
EN(2, 'The house where the men slept, at {A:kr}, was rented by {P1:lat.uz.m|gs} under a false name.');

// Kazakh -------------------------------------------------------------------------------------------
KK(
  2,
  'Жәбірленуші {P1:kk.f|sgp}, {BD:y} жылы туған, {~Түркістан облысының|Жамбыл облысының|Қызылорда облысының} тұрғыны, {~2021|2022|2023} жылы Дубайға даяшы болып жұмысқа жіберілген.',
);
KK(3, 'Күдікті {P1:kk.m|sg} (ЖСН {IINC}) жәбірленушілерді {~Стамбұлға|Анталияға|Мәскеуге} жөнелткені анықталды.');
KK(3, 'Айыпталушы {P1:kk.m|sgp}, {BD:dmy} ж.т., мекенжайы: {A:kk}.');
KK(
  1,
  'Куәгер {P1:kk.f|gs} жауап алу кезінде {P2:kk.m|g} есімді адам оны Telegram-дағы {H:tg} аккаунты арқылы жұмысқа шақырғанын айтты.',
);
KK(2, 'Ақша {CARD} картасына аударылған, карта {P1:kk.f|sg} атына ресімделген.');
KK(2, '{P1:kk.f|g} анасына {PH:tr} нөмірінен хабарласып, құжаттарын тартып алғанын айтқан.');
KK(2, 'Сот үкімімен {P1:kk.m|sio} {~8|10|12} жылға бас бостандығынан айырылды.');
KK(2, 'Әуе билеттері {EM} электрондық поштасы арқылы {P1:kk.f|sg} атына сатып алынған.');
KK(
  2,
  'Жәбірленушілерді тасымалдаған көлік: {~Toyota Camry|Hyundai Tucson|Lexus RX}, мемлекеттік нөмірі {PL:kz}, иесі — {P1:kk.m|sgp}.',
);
KK(1, '{P1:kk.f|sg} атына берілген {PP:kz} нөмірлі төлқұжат {P2:kk.m|gs} деген адамнан табылды.');
KK(2, 'Банк шоты: {IBAN:kz}; алушы: {P1:kk.m|sgp}; ЖСН: {IINC}.');
KK(2, 'Жәбірленушіні {A:kk} мекенжайындағы пәтерде ұстаған.');
KK(1, 'Куәгердің айтуынша, {P1:kk.f|g} {~Сеулге|Анталияға|Дубайға} {P2:kk.m|gp} арқылы аттанған.');
KK(2, 'Аты-жөні: {P1:kk.f|sgp}. Туған күні: {BD:dmy}. Телефоны: {PH:kz}.');
KK(
  2,
  'Instagram желісіндегі {H:ig} парақшасында шетелде жұмыс туралы хабарландырулар жарияланған; парақша иесі — {P1:kk.f|gs}.',
);
KK(2, '{P1:kk.m|sg} {BD:y} жылы туған, {~Шымкент|Тараз|Түркістан} қаласының тұрғыны, бұрын сотталмаған.');
KK(1, 'Жәбірленуші {P1:kk.f|g+kkmen} анасы {P2:kk.f|gs} {A:kk} мекенжайында бірге тұрады.');

// Kyrgyz -------------------------------------------------------------------------------------------
KY(2, 'Жабырлануучу {P1:ky.f|gs}, туулган {BD:y}-ж., Ош шаарынын тургуну, Түркияга жумушка жөнөтүлгөн.');
KY(2, 'Шектүү {P1:ky.m|sgp} жабырлануучулар менен {PH:kg} номери аркылуу байланышкан.');
KY(3, 'Жабырлануучу {P1:ky.f|sg}, дареги: {A:ky}.');
KY(2, 'Жабырлануучуларды ташыган {PL:kg} мамлекеттик номериндеги автоунаа {P1:ky.m|sg} атына катталган.');
KY(2, 'Күбө {P1:ky.m|gs} (паспорт {PP:kg}, ПИН {KGPIN}) сурак учурунда көрсөтмө берди.');
KY(2, 'Акча {CARD} картасына которулган, картанын ээси — {P1:ky.f|sgp}.');
KY(2, '{P1:ky.f|g} Стамбулдагы ашканага жумушка барып, ал жакта {~үч|төрт|беш} ай акысыз иштеген.');
KY(2, "Жумушка чакырган адам Instagram'да {H:igbare} деген баракчаны колдонгон, анын чыныгы аты — {P1:ky.f|gs}.");
KY(2, 'Сот {P1:ky.m|sio} күнөөлүү деп таап, {~8|9|10} жылга эркинен ажыратты.');
KY(2, 'Жабырлануучу {P1:ky.f|sgp}, туулган күнү: {BD:dmy}, телефону: {PH:kg}.');
KY(2, 'Шектүү {P1:ky.m|gs} {BD:y}-жылы туулган, {~Жалал-Абад облусунун|Баткен облусунун|Чүй облусунун} тургуну.');
KY(2, "Ортомчу {P1:ky.m|gs} Telegram'дагы {H:tme} каналы аркылуу жарнама берген.");
KY(2, 'Жабырлануучунун энеси {P1:ky.f|gs} кызынын {PH:ru} номерине бир нече ай бою чала албай жүргөнүн айтты.');
KY(1, 'Жабырлануучу {P1:ky.f|g} жумуш берүүчү {P2:ky.m|gs} паспортун тартып алганын айтты.');

// Uzbek (Latin) ------------------------------------------------------------------------------------
UZL(
  2,
  "Jabrlanuvchi {P1:uzl.f|sgp}, {BD:y}-yilda tug'ilgan, {~Andijon|Farg'ona|Qashqadaryo} viloyatida yashovchi, Turkiyaga ishga jo'natilgan.",
);
UZL(3, "Gumonlanuvchi {P1:uzl.m|gp} (pasport {PP:uz}, JShShIR {PINFLC}) qo'lga olindi.");
UZL(2, 'Jabrlanuvchi: {P1:uzl.f|sg}. Yashash manzili: {A:uzl}.');
UZL(2, "Pul mablag'lari {CARD} raqamli kartaga o'tkazilgan, karta egasi — {P1:uzl.m|sg}.");
UZL(2, "{P1:uzl.f|g} onasiga {PH:uz} raqamidan qo'ng'iroq qilib, yordam so'ragan.");
UZL(2, "Jabrlanuvchilar davlat raqami {PL:uz} bo'lgan avtomobilda chegaraga olib borilgan, haydovchi — {P1:uzl.m|gs}.");
UZL(2, 'Yollovchi Telegramda {H:tg} nomi bilan ish taklif qilgan; tergov uning {P1:uzl.m|gs} ekanini aniqladi.');
UZL(2, "Yozishmalarda «{P1:uzl.f|lgs}» deb imzo qo'yilgan xabarlar topildi.");
UZL(1, "Tug'ilgan sanasi: {BD:dmy}; pasport: {PP:uz}; telefon: {PH:uz}; F.I.Sh.: {P1:uzl.f|sgp}.");
UZL(2, '{P1:uzl.f|gs} Dubayda, {A:ae} manzilidagi kvartirada ushlab turilgan.');
UZL(2, "Sud hukmiga ko'ra, {P1:uzl.m|sio} {~7|8|9} yilga ozodlikdan mahrum qilindi.");
UZL(2, "{P1:uzl.m|sgp}, tug'ilgan yili {BD:y}, Rossiyaga {~2019|2021}-yilda mehnat migranti sifatida ketgan.");
UZL(1, "Jabrlanuvchi {P1:uzl.f|g} so'zlariga ko'ra, vositachi {P2:uzl.f|gs} uning pasportini olib qo'ygan.");
UZL(2, 'Vositachi {P1:uzl.f|gs} bilan {EM} elektron pochtasi orqali yozishilgan.');
UZL(2, "Jabrlanuvchi {P1:uzl.f|sgp} (tug'ilgan sana: {BD:uz_long}) Qozog'istondagi issiqxonada ishlatilgan.");

// Uzbek (Cyrillic) ---------------------------------------------------------------------------------
UZC(
  2,
  'Жабрланувчи {P1:uzc.f|sgp}, {BD:y} йилда туғилган, {~Андижон|Наманган|Сурхондарё} вилоятида яшовчи, Қозоғистонга ишга олиб кетилган.',
);
UZC(2, 'Гумонланувчи {P1:uzc.m|sg}. Манзил: {A:uzc}. Телефон: {PH:uz}.');
UZC(2, 'Гумонланувчи {P1:uzc.m|gp}, ЖШШИР {PINFLC}, паспорт {PP:uz}, ҳибсга олинди.');
UZC(2, 'Пул маблағлари {CARD} рақамли картага ўтказилган, карта эгаси — {P1:uzc.f|sg}.');
UZC(2, '{P1:uzc.f|g} Москвадаги {~кафеда|цехда} {~олти|саккиз} ой иш ҳақи олмасдан ишлаган.');
UZC(2, 'Туғилган санаси: {BD:dmy}; Ф.И.Ш.: {P1:uzc.m|sgp}; автомобиль рақами: {PL:uz}.');
UZC(1, 'Жабрланувчи {P1:uzc.f|g} воситачи {P2:uzc.f|gs} уни Дубайга жўнатганини айтди.');

// Tajik --------------------------------------------------------------------------------------------
TG(
  2,
  'Ҷабрдида {P1:tg.f|sgp}, соли таваллуд {BD:y}, сокини {~ноҳияи Рӯдакӣ|шаҳри Хуҷанд|ноҳияи Ваҳдат|шаҳри Бохтар}, ба Федератсияи Русия барои кор фиристода шудааст.',
);
TG(2, 'Гумонбаршуда {P1:tg.m|sg} бо ҷабрдидагон тавассути рақами телефони {PH:tj} тамос мегирифт.');
TG(2, 'Ҷабрдида {P1:tg.f|gs}. Суроғаи истиқомат: {A:tg}.');
TG(1, 'Шиносномаи {P1:tg.f|sg} (№ {PP:tj}) аз ҷониби корфармо гирифта шуда буд.');
TG(2, '{P1:tg.f|g} ба модараш аз рақами {PH:ru} занг зада, кӯмак пурсидааст.');
TG(2, 'Маблағ ба корти {CARD}, ки ба номи {P1:tg.m|sgp} кушода шудааст, гузаронида шуд.');
TG(2, 'Санаи таваллуд: {BD:dmy}; насаб, ном ва номи падар: {P1:tg.m|sgp}; телефон: {PH:tj}.');
TG(2, 'Бо ҳукми суд {P1:tg.m|sio} ба {~8|10|12} соли маҳрумият аз озодӣ маҳкум шуд.');
TG(2, 'Миёнарав дар Telegram бо номи {H:tg} эълон медод; воқеан ӯ {P1:tg.m|gs} мебошад.');
TG(1, 'Ҷабрдида {P1:tg.f|g} гуфт, ки {P2:tg.f|gs} ба ӯ дар Дубай кори пешхизматӣ ваъда дода буд.');
TG(2, 'Мошини {~Opel Zafira|Toyota Ipsum|Mercedes Vito} бо рақами давлатии {PL:ru} ба {P1:tg.m|sg} тааллуқ дорад.');
TG(2, '{P1:tg.f|gs}, таваллуди {BD:y}, соли {~2022|2023} ба Маскав рафтааст ва аз он вақт дарак надорад.');
TG(2, 'Ҷабрдида {P1:tg.m|gs} дар {A:ru_msk} зиндагӣ мекард ва дар сохтмон бе музд кор мекард.');

// Turkish ------------------------------------------------------------------------------------------
TR(
  2,
  "Mağdur {P1:lat.uz.f|gs}, {BD:y} doğumlu, Özbekistan vatandaşı, {~Laleli'deki|Aksaray'daki|Kumkapı'daki} bir atölyede çalıştırılmıştır.",
);
TR(
  2,
  'Şüpheli {P1:tr.m|gs+gen} evinde yapılan aramada {~üç|dört|beş} yabancı uyruklu kadına ait pasaportlar ele geçirildi.',
);
TR(3, 'Şüpheli {P1:tr.f|gs}, ikamet adresi: {A:tr}.');
TR(2, 'Mağdurun pasaportu ({PP:kg}) işveren {P1:tr.m|gs} tarafından alıkonulmuştur.');
TR(
  2,
  'Para transferleri {IBAN:tr} numaralı hesaba yapılmış olup hesap sahibinin {P1:tr.f|gs} olduğu tespit edilmiştir.',
);
TR(
  1,
  'Mağdur {P1:lat.kg.f|g}, şüpheli {P2:tr.m|gs} ile {PH:tr} numaralı telefon üzerinden görüştüğünü beyan etmiştir.',
);
TR(2, '{P1:tr.m|gs}, {PL:tr} plakalı araçla mağdurları {~otogara|havalimanına} götürmüştür.');
TR(2, 'Şüpheli {P1:tr.m|gs} (T.C. Kimlik No: {TCKN}) hakkında tutuklama kararı verildi.');
TR(1, 'Mağdur {P1:lat.tm.f|gs}, doğum tarihi {BD:dmy}, Türkmenistan vatandaşıdır.');
TR(2, "{BD:tr_long} doğumlu {P1:lat.tj.f|gs}, {~2022|2023} yılında Antalya'ya getirilmiştir.");
TR(
  2,
  "{P1:lat.tm.f|g+dat} İstanbul'da bakıcılık işi teklif edildi; {P1|g} teklifi Instagram'da {H:igbare} kullanıcı adlı hesaptan aldı.",
);
TR(1, 'Aracı kadının e-posta adresi {EM}, kullandığı hat ise {PH:tr} olarak tespit edilmiştir.');
TR(1, 'Sanık {P1:tr.m|gs} ile {P2:tr.f|gs+gen} insan ticareti suçundan yargılandığı davada karar açıklandı.');
TR(
  1,
  "Mağdur {P1:lat.kz.f|gs}, kendisini {P2:tr.m|gi} olarak tanıtan bir kişinin vaadiyle Türkiye'ye geldiğini anlattı.",
);
TR(1, 'Olay yeri: {A:tr}. Mağdurlar {P1:lat.uz.f|g}, {P2:lat.uz.f|g} ve {P3:lat.tj.f|g} burada kaldıklarını söyledi.');
TR(2, 'Şüphelinin banka hesabı {IBAN:tr}; mağdurların yakınları bu hesaba toplam {~4.500|12.000} dolar yatırmıştır.');
TR(2, "{P1:lat.kg.f|gs+acc} İstanbul'a getiren {P2:tr.m|gs}, kadının pasaportunu ({PP:kg}) iade etmemiştir.");

// Record fragments and short notes, mostly without a name -----------------------------------
RU(2, 'Адрес фактического проживания потерпевшей: {A:ru_full}.');
RU(2, 'Место удержания — {A:ru_msk}; окна квартиры были заколочены, входная дверь запиралась снаружи.');
RU(1, 'Осмотрена квартира, расположенная по адресу: {A:ru_kz_mkr}, в которой проживали потерпевшие.');
RU(1, 'Потерпевшие сообщили, что жили в {A:ru_dome} вместе с другими работниками цеха.');
RU(2, 'Выписка по счёту {IBAN:kz} подтверждает поступление {~12|18|25} переводов от родственников потерпевших.');
RU(2, 'Реквизиты для «оплаты визы»: IBAN {IBAN:ae}, банк Emirates NBD.');
RU(2, 'ИИН {IINC} указан в трудовом договоре, изъятом у работодателя.');
RU(2, 'По ИИН {IINC} установлено, что владелицей карты {CARD} является мать одной из потерпевших.');
RU(1, 'Согласно сведениям, полученным по ИИН {IINC}, потерпевшая трижды выезжала в ОАЭ.');
RU(2, 'Номер карты, на которую переводились «долги»: {CARD}.');
RU(1, 'В телефоне обвиняемого обнаружен контакт «Бригадир» с аккаунтом {H:tg}.');
RU(1, 'Автомашина с номером {PL:rul} зафиксирована камерами на въезде в г. Казань.');
RU(2, 'Потерпевшая указала адрес родителей: {A:ru_obl}.');
RU(1, 'Идентификационный номер (ИИН) {IINC} принадлежит {P1:ru_kz.f|sg.dat}.');
RU(1, 'ПИНФЛ {PINFLC} взят из паспорта потерпевшей, копия которого обнаружена в офисе агентства.');
RU(2, 'Девушек возили на «смены» с квартиры на {A:ru_na}.');
RU(1, 'СНИЛС {SNILS}, указанный в анкете работника, оказался чужим.');
RU(2, 'Деньги перечислялись на турецкий счёт {IBAN:tr} через обменный пункт на рынке.');
RU(1, 'Регистрация по месту пребывания была оформлена фиктивно по адресу: {A:ru_msk}.');
RU(1, 'ИИН: {IINC}; тел.: {PH:kz8}.');
RU(1, '«Мы приехали по адресу {A:ru_kg}, но дверь никто не открыл», — рассказала волонтёр.');
EN(2, 'The women were held in a flat at {A:ae} until the police raid.');
EN(1, 'IIN {IINC} was used to register three SIM cards for the recruiters.');
EN(1, 'Relatives transferred money to {IBAN:kz} believing it was a visa fee.');
EN(1, 'The address given on her residence permit, {A:en_ru}, turned out to be a warehouse.');
EN(1, "Turkish national ID {TCKN} was listed for the 'employer' on the fake invitation letter.");
KK(2, 'Жәбірленушілер {A:kk} мекенжайындағы үйде тұрған.');
KK(2, 'ЖСН {IINC} бойынша жәбірленушінің туыстары анықталды.');
KK(1, 'Ақша аударылған шот: {IBAN:kz}.');
KK(1, 'Жалдамалы пәтердің мекенжайы: {A:kk}.');
KY(2, 'Жабырлануучулар {A:ky} дарегиндеги үйдө жашашкан.');
KY(1, 'ПИН {KGPIN} боюнча жабырлануучунун инсандыгы аныкталды.');
KY(1, 'Акча {IBAN:kz} эсебине которулган.');
KY(1, 'Жумушка чакырган адамдын Telegram аккаунту: {H:tg}.');
KY(1, 'Жабырлануучунун ата-энесинин дареги: {A:ky}.');
UZL(1, "JShShIR {PINFLC} bo'yicha jabrlanuvchining shaxsi aniqlandi.");
UZL(1, 'Jabrlanuvchilar {A:uzl} manzilidagi uyda yashashgan.');
UZC(1, 'Жабрланувчилар {A:uzc} манзилидаги уйда яшаган.');
UZL(1, "Pul {CARD} raqamli Humo kartasiga o'tkazilgan.");
TG(2, 'Ҷабрдидагон дар суроғаи {A:tg} зиндагӣ мекарданд.');
TG(1, 'Маблағ ба ҳисоби {IBAN:kz} гузаронида шуд.');
TG(1, 'Дар телефони гумонбаршуда аккаунти {H:tme} ёфт шуд.');
TG(1, 'Суроғаи волидони ҷабрдида: {A:tg}.');
TG(1, 'Пул ба корти бонкии {CARD} фиристода шудааст.');
TR(2, 'Mağdurlar {A:tr} adresindeki evde kalıyordu.');
TR(1, 'T.C. Kimlik No: {TCKN}; araç plakası: {PL:tr}.');
TR(1, 'Para, {IBAN:tr} IBAN numaralı hesaba gönderildi.');
TR(1, 'Kimlik numarası {TCKN} olan işverenin adresi {A:tr} olarak tespit edildi.');
TR(1, 'Şüphelinin kullandığı Telegram hesabı: {H:tg}.');

// Negatives: nothing in these is personal data ----------------------------------------------------
NEG(
  'ru',
  'Cyrl',
  3,
  'Уголовное дело № {CASE12} возбуждено по признакам преступления, предусмотренного ч. 2 ст. 128 УК РК.',
);
NEG(
  'ru',
  'Cyrl',
  2,
  'Генеральная прокуратура Республики Казахстан сообщила о завершении расследования; ущерб оценён в {SUM_KZT}.',
);
NEG(
  'ru',
  'Cyrl',
  2,
  'Приговор вынесен {VERDICT_RU} года Медеуским районным судом г. Алматы и вступил в законную силу.',
);
NEG(
  'ru',
  'Cyrl',
  2,
  '{AGE}-летняя уроженка Туркестанской области была вывезена в ОАЭ под предлогом работы в салоне красоты.',
);
NEG('ru', 'Cyrl', 2, 'Узбекские граждане, прибывшие рейсом {FLIGHT} из Ташкента, были задержаны в аэропорту Внуково.');
NEG(
  'ru',
  'Cyrl',
  2,
  'ОО «Сана Сезим» в рамках программы «Безопасная миграция» провело {COUNT} консультаций в Жамбылской области.',
);
NEG('ru', 'Cyrl', 2, 'По данным МВД РК, в {YEAR} году выявлено {COUNT} преступлений, связанных с торговлей людьми.');
NEG(
  'ru',
  'Cyrl',
  2,
  'Регистрационный номер в ЕРДР {ERDR}; квалификация — ст. 135 УК РК (торговля несовершеннолетними).',
);
NEG(
  'ru',
  'Cyrl',
  2,
  'Статья 127.1 УК РФ «Торговля людьми» предусматривает наказание до {~пятнадцати|десяти} лет лишения свободы.',
);
NEG(
  'ru',
  'Cyrl',
  2,
  'Микроавтобус {~Mercedes-Benz Sprinter|Hyundai County|Ford Transit} следовал по трассе Алматы — Бишкек через пункт пропуска «{~Кордай|Ак-Жол}».',
);
NEG(
  'ru',
  'Cyrl',
  2,
  'Обещанная зарплата составляла {~300|400|250} долларов в месяц, но за полгода работы на Ставрополье рабочие не получили ничего.',
);
NEG(
  'ru',
  'Cyrl',
  2,
  'Верховный суд Кыргызской Республики оставил приговор без изменения; решение от {DATE_DMY} окончательное.',
);
NEG(
  'ru',
  'Cyrl',
  2,
  'Пленум Верховного Суда РК в {YEAR} году разъяснил, как отличать торговлю людьми от незаконной миграции.',
);
NEG(
  'ru',
  'Cyrl',
  2,
  'Сотрудники Департамента полиции Туркестанской области совместно с Интерполом освободили {COUNT} человек.',
);
NEG(
  'ru',
  'Cyrl',
  2,
  'Дело № {CASE14} рассматривалось Специализированным межрайонным судом по уголовным делам г. Шымкента.',
);
NEG(
  'ru',
  'Cyrl',
  2,
  '{~Таджикские|Узбекские} и {~кыргызские|туркменские} мигранты чаще всего попадают в трудовую эксплуатацию в Московской области и Санкт-Петербурге.',
);
NEG('ru', 'Cyrl', 2, 'Потерпевшим выплачена компенсация в размере {SUM_KZT} из Фонда компенсации потерпевшим.');
NEG(
  'ru',
  'Cyrl',
  2,
  'Постановлением Правительства утверждён План мероприятий по противодействию торговле людьми на {YEAR}–2026 годы.',
);
NEG(
  'ru',
  'Cyrl',
  2,
  'Кризисный центр «Родник» в Алматы принимает пострадавших круглосуточно; в {YEAR} году помощь получили {COUNT} женщин и девушек.',
);
NEG(
  'ru',
  'Cyrl',
  1,
  'Судебное заседание назначено на {DATE_DMY} в 10:00 в зале № 4; номер производства 2-{COUNT}/2023.',
);
NEG(
  'ru',
  'Cyrl',
  1,
  'В Ташкентской области за год возбуждено {COUNT} уголовных дел по статье 135 УК Республики Узбекистан.',
);
// English
NEG(
  'en',
  'Latn',
  2,
  "The U.S. Department of State's {YEAR} Trafficking in Persons Report placed Turkmenistan on Tier 3.",
);
NEG(
  'en',
  'Latn',
  2,
  'Ras Al Khaimah police rescued {COUNT} women from Central Asia during a raid on a massage parlour.',
);
NEG('en', 'Latn', 2, "Case no. {CASE14} was registered by the Prosecutor General's Office on {VERDICT_EN}.");
NEG(
  'en',
  'Latn',
  2,
  'Article 128 of the Criminal Code of Kazakhstan carries a sentence of up to {~fifteen|twelve} years.',
);
NEG('en', 'Latn', 2, 'The women flew to Istanbul on flight {FLIGHT} and were met at the airport by a driver.');
NEG('en', 'Latn', 2, "IOM's Safe Migration programme in the Osh region reached {COUNT} young people in {YEAR}.");
NEG(
  'en',
  'Latn',
  2,
  'Uzbek and Tajik nationals made up most of the {COUNT} workers identified on farms in South Gyeongsang.',
);
NEG('en', 'Latn', 2, 'The recruiters charged each woman {SUM_USD_EN} for a visa and a ticket to Dubai.');
NEG(
  'en',
  'Latn',
  2,
  '{~A 23|A 29|A 31|An 18|A 26}-year-old {~woman|girl} from the Fergana Valley was found working in a Toyota Land Cruiser dealership without pay.',
);
NEG(
  'en',
  'Latn',
  2,
  'Registration number {CASE12} was assigned to the complaint by the Almaty city police department.',
);
NEG(
  'en',
  'Latn',
  2,
  '{~Most|Nearly all} of the {~men|workers} had entered Korea on E-9 visas under the Employment Permit System before overstaying.',
);
NEG('en', 'Latn', 2, 'The verdict of the Bishkek City Court, delivered on {VERDICT_EN}, was upheld on appeal.');
NEG('en', 'Latn', 1, 'Under the Palermo Protocol, consent is irrelevant once deception has been used.');
NEG(
  'en',
  'Latn',
  1,
  'The Ministry of Internal Affairs of the Kyrgyz Republic opened a hotline with support from OSCE.',
);
// Kazakh
NEG(
  'kk',
  'Cyrl',
  2,
  'Қазақстан Республикасы Ішкі істер министрлігінің мәліметінше, {YEAR} жылы адам саудасына қатысты {COUNT} қылмыс тіркелген.',
);
NEG(
  'kk',
  'Cyrl',
  2,
  'Іс ҚР ҚК 128-бабының 2-бөлігі бойынша қозғалды; сотқа дейінгі тергеп-тексерулердің бірыңғай тізіліміндегі нөмірі {ERDR}.',
);
NEG('kk', 'Cyrl', 2, 'Түркістан облысының {AGE} жастағы тұрғыны Біріккен Араб Әмірліктерінен елге оралды.');
NEG('kk', 'Cyrl', 1, 'Үкім {DATE_DMY} жарияланып, заңды күшіне енді; өтемақы мөлшері — {SUM_KZT}.');
// Kyrgyz
NEG(
  'ky',
  'Cyrl',
  2,
  'Кыргыз Республикасынын Башкы прокуратурасы {YEAR}-жылы адам сатуу боюнча {COUNT} кылмыш ишин козгогон.',
);
NEG('ky', 'Cyrl', 2, 'Ош облусунун {AGE} жаштагы тургуну Түркиядан мекенине кайтарылды.');
NEG('ky', 'Cyrl', 1, 'Иш № {CASE12} Кыргыз Республикасынын Кылмыш-жаза кодексинин 171-беренеси боюнча каралды.');
// Uzbek
NEG(
  'uz',
  'Latn',
  2,
  "O'zbekiston Respublikasi Ichki ishlar vazirligi ma'lumotiga ko'ra, {YEAR}-yilda {COUNT} nafar fuqaro xorijdan qaytarildi.",
);
NEG('uz', 'Latn', 2, "Jinoyat kodeksining 135-moddasi bilan jinoyat ishi qo'zg'atildi; ish raqami {CASE14}.");
NEG('uz', 'Cyrl', 1, 'Ички ишлар вазирлиги {YEAR} йилда одам савдосига қарши {COUNT} та тадбир ўтказди.');
NEG('uz', 'Cyrl', 1, 'Суд ҳукми {DATE_DMY} куни эълон қилинди; ҳукм Тошкент шаҳар судида кучда қолдирилди.');
// Tajik
NEG(
  'tg',
  'Cyrl',
  2,
  'Прокуратураи генералии Ҷумҳурии Тоҷикистон соли {YEAR} {COUNT} парвандаи ҷиноятиро оид ба савдои одамон ба суд фиристод.',
);
NEG(
  'tg',
  'Cyrl',
  2,
  'Парванда тибқи моддаи 130.1 Кодекси ҷиноятии Ҷумҳурии Тоҷикистон оғоз шудааст; рақами парванда {CASE12}.',
);
NEG('tg', 'Cyrl', 1, 'Муҳоҷирони тоҷик бо ҳавопаймои {FLIGHT} аз Душанбе ба Маскав парвоз карданд.');
// Turkish
NEG(
  'tr',
  'Latn',
  2,
  'İstanbul Cumhuriyet Başsavcılığı, TCK 80. madde kapsamında {COUNT} şüpheli hakkında iddianame hazırladı.',
);
NEG('tr', 'Latn', 2, 'Fatih ilçesinde düzenlenen operasyonda Orta Asya uyruklu {COUNT} kadın kurtarıldı.');
NEG(
  'tr',
  'Latn',
  2,
  "Mağdurlar Antalya'ya {FLIGHT} sefer sayılı uçakla getirilmiş, kendilerine aylık {~800|1.000|1.200} dolar vaat edilmişti.",
);
NEG('tr', 'Latn', 1, 'Dosya numarası {CASE12} olan davada karar duruşması {DATE_DMY} tarihinde yapıldı.');

NEG(
  'ru',
  'Cyrl',
  1,
  'На трассе Шымкент — Ташкент остановлен автомобиль Lada Largus, в котором находились {COUNT} граждан Узбекистана.',
);
NEG(
  'tr',
  'Latn',
  1,
  'Antalya Ağır Ceza Mahkemesi, {DATE_DMY} tarihli kararında sanıklara toplam {COUNT} yıl hapis cezası verdi.',
);
NEG('en', 'Latn', 1, 'In {YEAR} Kazakhstan adopted a separate Law on Combating Trafficking in Persons.');

// ---------------------------------------------------------------------------------------------
// Rendering

const PERSON_RE = /^(P\d+)(?::([a-z_.]+))?\|([a-z]+)(?:\.([a-z]+))?(?:\+([a-z]+))?(?:\^(ob))?$/;

function render(tpl: Template, snippetNo: number): { text: string; spans: Span[] } {
  const people = new Map<string, Person>();
  const taken = new Set<string>();
  const ctx: Ctx = {};
  const spans: Span[] = [];
  const expected: string[] = [];
  let text = '';
  let last = 0;
  const re = /\{([^{}]+)\}/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(tpl.text))) {
    text += tpl.text.slice(last, m.index);
    last = re.lastIndex;
    const inner = m[1];
    let filled: Filled;
    let suffix = '';
    if (inner.startsWith('~')) {
      filled = { value: pick(inner.slice(1).split('|')), type: null };
    } else if (/^P\d/.test(inner)) {
      const pm = PERSON_RE.exec(inner);
      if (!pm) throw new Error(`bad person placeholder ${inner} in ${tpl.key}`);
      const [, slot, poolKey, form, c, suf, pre] = pm;
      let person = people.get(slot);
      if (!person) {
        if (!poolKey) throw new Error(`person ${slot} used before its pool in ${tpl.key}`);
        person = makePerson(poolKey, snippetNo, taken);
        people.set(slot, person);
        if (people.size === 1) ctx.female = person.gender === 'f';
      }
      const value = renderPerson(person, form, (c ?? 'nom') as Case);
      filled = { value, type: 'PERSON' };
      if (suf) suffix = suffixAfter(value, suf);
      // Russian "о" becomes "об" before a vowel.
      if (pre === 'ob') text += /^[АИОУЭаиоуэ]/.test(value) ? 'об ' : 'о ';
    } else {
      const g = GEN[inner];
      if (!g) throw new Error(`unknown placeholder ${inner} in ${tpl.key}`);
      filled = g(ctx);
    }
    const start = text.length;
    text += filled.value;
    if (filled.type) {
      spans.push({ start, end: text.length, type: filled.type });
      expected.push(filled.value);
    }
    text += suffix;
  }
  text += tpl.text.slice(last);
  spans.forEach((s, i) => {
    if (text.slice(s.start, s.end) !== expected[i]) throw new Error(`offset mismatch in ${tpl.key}`);
    if (s.start >= s.end) throw new Error(`empty span in ${tpl.key}`);
    if (/^\s|\s$/.test(expected[i])) throw new Error(`span with outer whitespace in ${tpl.key}`);
  });
  if (tpl.negative && spans.length) throw new Error(`negative template with spans: ${tpl.key}`);
  if (!tpl.negative && !spans.length) throw new Error(`positive template without spans: ${tpl.key}`);
  return { text, spans };
}

function main(): void {
  for (const t of TEMPLATES) if (t.uses < 1 || t.uses > 5) throw new Error(`template ${t.key} used ${t.uses} times`);
  const drafts: { lang: Lang; script: Script; text: string; spans: Span[]; negative: boolean }[] = [];
  let snippetNo = 0;
  const texts = new Set<string>();
  for (const t of TEMPLATES) {
    for (let i = 0; i < t.uses; i++) {
      let r = render(t, snippetNo++);
      for (let retry = 0; texts.has(r.text); retry++) {
        if (retry > 20) throw new Error(`template ${t.key} keeps producing the same text`);
        r = render(t, snippetNo++);
      }
      texts.add(r.text);
      // HELDOUT_STATS=1 prints the span types of every template, for balancing the uses.
      if (process.env.HELDOUT_STATS)
        console.log(t.key, t.uses, r.spans.map((x) => x.type[0] + x.type[1]).join(' '), '|', t.text.slice(0, 50));
      drafts.push({ lang: t.lang, script: t.script, negative: t.negative, ...r });
    }
  }

  const order: Lang[] = ['ru', 'en', 'kk', 'ky', 'uz', 'tg', 'tr'];
  const out: Snippet[] = [];
  for (const lang of order) {
    const mine = shuffle(drafts.filter((d) => d.lang === lang));
    mine.forEach((d, i) =>
      out.push({
        id: `heldout7-${lang}-${pad(i + 1, 3)}`,
        language: lang,
        script: d.script,
        text: d.text,
        spans: d.spans,
      }),
    );
  }
  const file = join(__dirname, '..', 'test', 'fixtures', 'anonymizer-heldout-7.jsonl');
  writeFileSync(file, out.map((s) => JSON.stringify(s)).join('\n') + '\n');

  // Summary
  const byType = new Map<string, number>();
  const byLang = new Map<string, { snippets: number; negatives: number; spans: number }>();
  for (const s of out) {
    const l = byLang.get(s.language) ?? { snippets: 0, negatives: 0, spans: 0 };
    l.snippets++;
    if (!s.spans.length) l.negatives++;
    l.spans += s.spans.length;
    byLang.set(s.language, l);
    for (const sp of s.spans) byType.set(sp.type, (byType.get(sp.type) ?? 0) + 1);
  }
  const scripts = new Map<string, number>();
  for (const s of out) scripts.set(`${s.language}/${s.script}`, (scripts.get(`${s.language}/${s.script}`) ?? 0) + 1);
  const total = [...byType.values()].reduce((a, b) => a + b, 0);
  console.log(`wrote ${out.length} snippets to ${file}`);
  console.log(`templates: ${TEMPLATES.length} (max uses ${Math.max(...TEMPLATES.map((t) => t.uses))})`);
  console.log(`spans: ${total}`);
  for (const [k, v] of [...byType.entries()].sort((a, b) => b[1] - a[1])) console.log(`  ${k.padEnd(12)} ${v}`);
  console.log('languages (snippets / negatives / spans):');
  for (const [k, v] of byLang) console.log(`  ${k}  ${v.snippets} / ${v.negatives} / ${v.spans}`);
  console.log('scripts:', Object.fromEntries(scripts));
  console.log(`negatives: ${out.filter((s) => !s.spans.length).length}`);
  // Counted on the output (a re-rendered snippet also advanced the generators' counters).
  const ids = out.flatMap((s) =>
    s.spans.filter((sp) => sp.type === 'NATIONAL_ID').map((sp) => s.text.slice(sp.start, sp.end)),
  );
  const iins = ids.filter((v) => /^\d{12}$/.test(v));
  const pinfls = ids.filter((v) => /^\d{14}$/.test(v) && /^[3-6]/.test(v));
  console.log(
    `IINs: ${iins.length}, with a wrong check digit (all right after a cue): ${iins.filter((v) => !iinIsValid(v)).length}`,
  );
  console.log(
    `PINFL-shaped IDs: ${pinfls.length}, with a wrong check digit: ${pinfls.filter((v) => pinflCheckDigit(v.slice(0, 13)) !== Number(v[13])).length}`,
  );
  const reused = [...fullNameUse.entries()].filter(([, v]) => v.size > 2);
  if (reused.length) throw new Error('full name in more than two snippets: ' + reused.length);
}

main();
