/**
 * Third held-out evaluation batch for libs/anonymizer (written 2026-12-05), written before the rules of issue 24; do not regenerate or edit it to fit the rules.
 *
 * Usage:  npx --yes tsx generate-anonymizer-heldout-3.ts [outDir]
 * Writes: <outDir>/anonymizer-heldout-3.jsonl   (outDir defaults to the current directory)
 *
 * Every snippet is built by concatenating literal text and labelled pieces (tagged template `T`),
 * so offsets are recorded while the text is assembled. Before writing, the script checks that
 * text.slice(start, end) === span.text for every span and that no two spans overlap.
 *
 * Span conventions used throughout this batch:
 *  - PERSON: the name words only (including case suffixes glued to the name word, e.g. Kazakh/Kyrgyz/
 *    Uzbek case endings, Russian case forms, patronymics, "уулу"/"кызы"/"o'g'li"/"qizi", initials);
 *    a title such as "Mrs"/"Mr"/"Ms" is included only when it stands directly before the name;
 *    cue words ("потерпевшая", "victim", "жәбірленуші") are never included.
 *  - ADDRESS: from the street / building / neighbourhood word through the house / flat number; the
 *    city / region / district is included only when it is written inside the same address phrase.
 *  - BIRTH_DATE: the date or year itself; trailing markers («г.р.», «года рождения», «жылы туған»,
 *    «yilda tug'ilgan», «-жылы туулган», «ж.т.») are NOT included.
 *  - Structured identifiers (PHONE, EMAIL, NATIONAL_ID, PASSPORT, CARD, IBAN, PLATE): the value only,
 *    without the cue word. National IDs with a wrong check digit are still NATIONAL_ID.
 *  - HANDLE: the username (with "@" when written with one); for "instagram name.surname" only
 *    "name.surname"; a profile URL is labelled as a whole (scheme/host included as written).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

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
const TYPES: SpanType[] = [
  'PERSON',
  'PHONE',
  'EMAIL',
  'NATIONAL_ID',
  'PASSPORT',
  'CARD',
  'IBAN',
  'ADDRESS',
  'BIRTH_DATE',
  'PLATE',
  'HANDLE',
];
type Lang = 'ru' | 'kk' | 'ky' | 'uz' | 'tg-ru' | 'en';
const LANGS: Lang[] = ['ru', 'kk', 'ky', 'uz', 'tg-ru', 'en'];

interface Piece {
  kind: 'span';
  type: SpanType;
  text: string;
}
interface Span {
  start: number;
  end: number;
  type: SpanType;
  text: string;
}
interface Snippet {
  text: string;
  spans: Span[];
}

// ---------------------------------------------------------------------------
// Deterministic PRNG (mulberry32, seed 20261205)
// ---------------------------------------------------------------------------
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
const rng = mulberry32(20261205);
const ri = (lo: number, hi: number): number => lo + Math.floor(rng() * (hi - lo + 1));
const pick = <X>(xs: readonly X[]): X => xs[Math.floor(rng() * xs.length)];
const digits = (n: number): string => {
  let s = '';
  for (let i = 0; i < n; i++) s += String(ri(0, 9));
  return s;
};
const nz = (n: number): string => String(ri(1, 9)) + digits(n - 1); // n digits, first non-zero
const pad2 = (n: number): string => String(n).padStart(2, '0');

// ---------------------------------------------------------------------------
// Snippet construction
// ---------------------------------------------------------------------------
function T(strings: TemplateStringsArray, ...vals: (string | Piece)[]): Snippet {
  let text = '';
  const spans: Span[] = [];
  for (let i = 0; i < strings.length; i++) {
    text += strings[i];
    if (i < vals.length) {
      const v = vals[i];
      if (typeof v === 'string') {
        text += v;
      } else {
        const start = text.length;
        text += v.text;
        spans.push({ start, end: text.length, type: v.type, text: v.text });
      }
    }
  }
  return { text, spans };
}
const mk =
  (type: SpanType) =>
  (text: string): Piece => ({ kind: 'span', type, text });
const PER = mk('PERSON');
const PHO = mk('PHONE');
const EML = mk('EMAIL');
const NID = mk('NATIONAL_ID');
const PAS = mk('PASSPORT');
const CRD = mk('CARD');
const IBN = mk('IBAN');
const ADR = mk('ADDRESS');
const DOB = mk('BIRTH_DATE');
const PLT = mk('PLATE');
const HDL = mk('HANDLE');

const SHY = '\u00AD'; // soft hyphen

const batch: Record<Lang, Snippet[]> = { ru: [], kk: [], ky: [], uz: [], 'tg-ru': [], en: [] };
function add(lang: Lang, ...snips: Snippet[]): void {
  batch[lang].push(...snips);
}

// Uzbek Latin apostrophe styles. Snippets are written with ASCII "'" and converted
// character-for-character (every replacement is one UTF-16 unit, so offsets do not move).
type UzStyle = 'okina' | 'quote' | 'apos' | 'grave';
function uzChars(s: string, style: UzStyle, prevChar = ''): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if (ch !== "'") {
      out += ch;
      continue;
    }
    const prev = i > 0 ? s[i - 1] : prevChar;
    const og = /[oOgG]/.test(prev);
    if (style === 'okina') out += og ? '\u02BB' : '\u02BC';
    else if (style === 'quote') out += og ? '\u2018' : '\u2019';
    else if (style === 'grave') out += og ? '`' : "'";
    else out += "'";
  }
  return out;
}
function uzStyle(sn: Snippet, style: UzStyle): Snippet {
  const text = uzChars(sn.text, style);
  const spans = sn.spans.map((sp) => {
    const t = uzChars(sp.text, style, sp.start > 0 ? sn.text[sp.start - 1] : '');
    return { ...sp, text: t };
  });
  return { text, spans };
}
const UZ_STYLES: UzStyle[] = ['okina', 'quote', 'apos', 'grave'];
let uzCycle = 0;
function addUz(sn: Snippet, style?: UzStyle): void {
  const st = style ?? UZ_STYLES[uzCycle++ % UZ_STYLES.length];
  add('uz', uzStyle(sn, st));
}

// ---------------------------------------------------------------------------
// Structured value generators
// ---------------------------------------------------------------------------
interface Ymd {
  y: number;
  m: number;
  d: number;
}
function randDob(lo = 1975, hi = 2005): Ymd {
  return { y: ri(lo, hi), m: ri(1, 12), d: ri(1, 28) };
}

// Kazakhstan IIN (12 digits): YYMMDD + century/sex digit + 4 serial digits + check digit.
function iinCheck(d11: string): number | null {
  const ds = d11.split('').map(Number);
  const w1 = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
  const w2 = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2];
  let s = ds.reduce((a, d, i) => a + d * w1[i], 0) % 11;
  if (s === 10) {
    s = ds.reduce((a, d, i) => a + d * w2[i], 0) % 11;
    if (s === 10) return null;
  }
  return s;
}
function iinValid(s: string): boolean {
  if (!/^\d{12}$/.test(s)) return false;
  const c = iinCheck(s.slice(0, 11));
  return c !== null && c === Number(s[11]);
}
function iin(dob: Ymd = randDob(), female = true, valid = true): string {
  for (;;) {
    const century = dob.y >= 2000 ? (female ? 6 : 5) : female ? 4 : 3;
    const body = pad2(dob.y % 100) + pad2(dob.m) + pad2(dob.d) + String(century) + digits(4);
    const c = iinCheck(body);
    if (c === null) continue;
    if (valid) return body + String(c);
    return body + String((c + ri(1, 9)) % 10);
  }
}
// 12-digit registration / case number that does NOT pass the IIN checksum.
function caseNo12(prefix = ''): string {
  for (;;) {
    const s = (prefix + nz(12)).slice(0, 12);
    if (!iinValid(s)) return s;
  }
}

// Uzbekistan PINFL (14 digits): sex/century digit + DDMMYY + 3 district + 3 serial + check (weights 7,3,1).
function pinflCheck(d13: string): number {
  const w = [7, 3, 1];
  return d13.split('').reduce((a, d, i) => a + Number(d) * w[i % 3], 0) % 10;
}
function pinflValid(s: string): boolean {
  return /^\d{14}$/.test(s) && pinflCheck(s.slice(0, 13)) === Number(s[13]);
}
function pinfl(dob: Ymd = randDob(), female = true, valid = true): string {
  const first = dob.y >= 2000 ? (female ? 6 : 5) : female ? 4 : 3;
  const body = String(first) + pad2(dob.d) + pad2(dob.m) + pad2(dob.y % 100) + nz(3) + digits(3);
  const c = pinflCheck(body);
  return body + String(valid ? c : (c + ri(1, 9)) % 10);
}
// Kyrgyz PIN (14 digits): 1 = female / 2 = male, DDMMYYYY, 5 digits.
function kgPin(dob: Ymd = randDob(), female = true): string {
  return (female ? '1' : '2') + pad2(dob.d) + pad2(dob.m) + String(dob.y) + nz(5);
}
// UAE Emirates ID: 784-YYYY-NNNNNNN-C (Luhn over the 15 digits).
function emiratesId(year: number): string {
  const body = '784' + String(year) + nz(7);
  return `784-${year}-${body.slice(7)}-${luhnDigit(body)}`;
}
// Turkish foreign-resident number: 11 digits starting with 99 (T.C. Kimlik algorithm).
function trForeignId(): string {
  const d = ('99' + digits(7)).split('').map(Number);
  const odd = d[0] + d[2] + d[4] + d[6] + d[8];
  const even = d[1] + d[3] + d[5] + d[7];
  const d10 = (((odd * 7 - even) % 10) + 10) % 10;
  const d11 = (d.reduce((a, b) => a + b, 0) + d10) % 10;
  return d.join('') + String(d10) + String(d11);
}

// IBAN
function mod97(s: string): number {
  let r = 0;
  for (const ch of s) {
    const v = /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch;
    for (const c of v) r = (r * 10 + Number(c)) % 97;
  }
  return r;
}
function ibanValid(s: string): boolean {
  const c = s.replace(/\s+/g, '').toUpperCase();
  return mod97(c.slice(4) + c.slice(0, 4)) === 1;
}
type IbanFmt = 'spaced' | 'compact' | 'lower' | 'lowerSpaced';
let ibanValidCount = 0;
let ibanInvalidCount = 0;
function iban(cc: 'KZ' | 'TR' | 'AE' | 'GE' | 'AZ' | 'DE', fmt: IbanFmt, valid = true): string {
  let bban: string;
  switch (cc) {
    case 'KZ': {
      const bank = pick(['722', '601', '998', '826', '949', '914', '856']);
      bban = bank + (bank === '722' ? 'S' + digits(12) : 'KZT' + digits(10));
      break;
    }
    case 'TR':
      bban = pick(['00010', '00012', '00062', '00046', '00064', '00067', '00111']) + '0' + digits(16);
      break;
    case 'AE':
      bban = pick(['033', '035', '026', '030', '046']) + digits(16);
      break;
    case 'GE':
      bban = pick(['TB', 'BG', 'LB']) + digits(16);
      break;
    case 'AZ':
      bban = pick(['NABZ', 'IBAZ', 'AIIB', 'PAHA']) + digits(20);
      break;
    case 'DE':
      bban = digits(18);
      break;
  }
  let chk = 98 - mod97(bban + cc + '00');
  if (!valid) {
    const good = chk;
    while (chk === good) chk = ri(2, 98);
  }
  const raw = cc + pad2(chk) + bban;
  if (ibanValid(raw)) ibanValidCount++;
  else ibanInvalidCount++;
  if (valid !== ibanValid(raw)) throw new Error('IBAN generator error');
  const spaced = raw.replace(/(.{4})/g, '$1 ').trim();
  switch (fmt) {
    case 'spaced':
      return spaced;
    case 'compact':
      return raw;
    case 'lower':
      return raw.toLowerCase();
    case 'lowerSpaced':
      return spaced.toLowerCase();
  }
}

// Payment cards (Luhn)
function luhnDigit(payload: string): number {
  let sum = 0;
  for (let i = 0; i < payload.length; i++) {
    let n = Number(payload[payload.length - 1 - i]);
    if (i % 2 === 0) {
      n *= 2;
      if (n > 9) n -= 9;
    }
    sum += n;
  }
  return (10 - (sum % 10)) % 10;
}
function luhnValid(s: string): boolean {
  const d = s.replace(/\D/g, '');
  return luhnDigit(d.slice(0, -1)) === Number(d[d.length - 1]);
}
type CardFmt = 'spaced' | 'compact' | 'dashed';
function card(prefix: string, valid: boolean, fmt: CardFmt): string {
  const payload = prefix + digits(15 - prefix.length);
  const c = luhnDigit(payload);
  const raw = payload + String(valid ? c : (c + ri(1, 9)) % 10);
  const g = raw.replace(/(.{4})/g, '$1 ').trim();
  return fmt === 'spaced' ? g : fmt === 'dashed' ? g.replace(/ /g, '-') : raw;
}

// Phones
type Cc = 'kz' | 'kg' | 'uz' | 'tj' | 'ru' | 'tr' | 'ae' | 'kr' | 'tm';
function phone(cc: Cc, style: number): string {
  switch (cc) {
    case 'kz': {
      const op = pick(['700', '701', '702', '705', '707', '747', '771', '775', '776', '777', '778']);
      const a = digits(3),
        b = digits(2),
        c = digits(2);
      return [`+7 ${op} ${a} ${b} ${c}`, `8 (${op}) ${a}-${b}-${c}`, `8${op}${a}${b}${c}`, `+7(${op})${a}-${b}-${c}`][
        style % 4
      ];
    }
    case 'kg': {
      const op = pick([
        '555',
        '559',
        '700',
        '701',
        '702',
        '707',
        '770',
        '771',
        '772',
        '775',
        '777',
        '990',
        '995',
        '997',
        '500',
        '502',
        '505',
        '507',
        '220',
        '222',
      ]);
      const a = digits(3),
        b = digits(3);
      return [
        `+996 ${op} ${a} ${b}`,
        `0${op} ${a} ${b}`,
        `0 (${op}) ${a.slice(0, 2)}-${a.slice(2)}${b.slice(0, 1)}-${b.slice(1)}`,
        `+996${op}${a}${b}`,
      ][style % 4];
    }
    case 'uz': {
      const op = pick(['90', '91', '93', '94', '95', '97', '98', '99', '33', '88', '77', '50']);
      const a = digits(3),
        b = digits(2),
        c = digits(2);
      return [
        `+998 ${op} ${a} ${b} ${c}`,
        `+998(${op})${a}${b}${c}`,
        `${op}-${a}-${b}-${c}`,
        `998${op}${a}${b}${c}`,
        `(${op}) ${a}-${b}-${c}`,
      ][style % 5];
    }
    case 'tj': {
      const op = pick(['90', '91', '92', '93', '98', '50', '55', '88', '00', '77', '11']);
      const a = digits(3),
        b = digits(4);
      const op3 = pick(['918', '919', '927', '935', '985', '900', '988']);
      return [
        `+992 ${op} ${a} ${b}`,
        `+992 (${op}) ${a}-${b.slice(0, 2)}-${b.slice(2)}`,
        `+992${op3}${digits(6)}`,
        `(992) ${op} ${a}-${b.slice(0, 2)}-${b.slice(2)}`,
      ][style % 4];
    }
    case 'ru': {
      const op = pick(['916', '926', '903', '925', '985', '999', '968', '977', '901', '915', '912', '950']);
      const a = digits(3),
        b = digits(2),
        c = digits(2);
      return [`+7 (${op}) ${a}-${b}-${c}`, `8-${op}-${a}-${b}-${c}`, `+7${op}${a}${b}${c}`, `8 (${op}) ${a} ${b} ${c}`][
        style % 4
      ];
    }
    case 'tr': {
      const op = pick(['532', '533', '535', '542', '544', '505', '506', '555', '553']);
      const a = digits(3),
        b = digits(2),
        c = digits(2);
      return [`+90 ${op} ${a} ${b} ${c}`, `0${op} ${a} ${b}${c}`, `+90${op}${a}${b}${c}`, `0 (${op}) ${a} ${b} ${c}`][
        style % 4
      ];
    }
    case 'ae': {
      const op = pick(['50', '52', '54', '55', '56', '58']);
      const a = digits(3),
        b = digits(4);
      return [`+971 ${op} ${a} ${b}`, `0${op} ${a} ${b}`, `+971-${op}-${a}${b}`, `00971 ${op} ${a} ${b}`][style % 4];
    }
    case 'kr': {
      const a = nz(4),
        b = digits(4);
      return [`+82 10-${a}-${b}`, `010-${a}-${b}`, `010 ${a} ${b}`, `+8210${a}${b}`][style % 4];
    }
    case 'tm': {
      const op = pick(['61', '62', '63', '64', '65', '71']);
      const a = digits(2),
        b = digits(2),
        c = digits(2);
      return [
        `+993 ${op} ${a}${b}${c}`,
        `8 ${op} ${a}-${b}-${c}`,
        `+993 ${op} ${a} ${b} ${c}`,
        `+993${op}${a}${b}${c}`,
      ][style % 4];
    }
  }
}

// Passports / identity documents
const kzPass = (): string => 'N' + nz(8);
const uzPass = (series?: string): string => (series ?? pick(['AA', 'AB', 'AC', 'FA', 'FB', 'KA'])) + nz(7);
function ruPass(style: number): string {
  const s1 = nz(2),
    s2 = digits(2),
    n = nz(6);
  return [`${s1} ${s2} ${n}`, `${s1}${s2} ${n}`, `${s1}${s2}${n}`, `${pick(['72', '75', '76'])} ${nz(7)}`][style % 4];
}
const kgPass = (series: 'ID' | 'AN' | 'AC'): string => series + nz(7);
const tjPass = (): string => '40' + digits(7);

// Vehicle plates
const RU_L = 'ABEKMHOPCTYX';
const LAT = 'ABCDEFGHJKLMNOPRSTUVXYZ';
const lettersFrom = (alpha: string, n: number): string => {
  let s = '';
  for (let i = 0; i < n; i++) s += alpha[ri(0, alpha.length - 1)];
  return s;
};
const ddd = (): string => String(ri(1, 999)).padStart(3, '0');
function ruPlate(style: number): string {
  const reg = pick([
    '77',
    '97',
    '99',
    '177',
    '197',
    '199',
    '777',
    '50',
    '150',
    '750',
    '78',
    '178',
    '66',
    '96',
    '54',
    '116',
  ]);
  const a = lettersFrom(RU_L, 1),
    n = ddd(),
    b = lettersFrom(RU_L, 2);
  return [`${a}${n}${b} ${reg}`, `${a}${n}${b}${reg}`, `${a} ${n} ${b} ${reg}`][style % 3];
}
const kzPlate = (): string =>
  `${ddd()} ${lettersFrom(LAT, 3)} ${pick(['01', '02', '03', '05', '08', '09', '13', '17'])}`;
function kgPlate(style: number): string {
  const reg = pick(['01', '02', '03', '04', '06', '08', '09']);
  return [`${reg} ${ddd()} ${lettersFrom(LAT, 3)}`, `${reg}KG ${ddd()} ${lettersFrom(LAT, 3)}`][style % 2];
}
function uzPlate(style: number): string {
  const reg = pick(['01', '10', '20', '25', '30', '40', '50', '60', '70', '75', '80', '85', '90', '95']);
  return [
    `${reg} ${lettersFrom(LAT, 1)} ${ddd()} ${lettersFrom(LAT, 2)}`,
    `${reg} ${ddd()} ${lettersFrom(LAT, 3)}`,
    `${reg}${lettersFrom(LAT, 1)}${ddd()}${lettersFrom(LAT, 2)}`,
  ][style % 3];
}
const tjPlate = (): string =>
  `${String(ri(1, 9999)).padStart(4, '0')} ${lettersFrom(LAT, 2)} ${pick(['01', '02', '03', '04', '05'])}`;
const trPlate = (style: number): string =>
  style % 2 === 0
    ? `${pick(['34', '06', '35', '07', '16'])} ${lettersFrom(LAT, 3)} ${ddd()}`
    : `${pick(['34', '06', '35', '07', '16'])} ${lettersFrom(LAT, 2)} ${String(ri(1000, 9999))}`;

// Date helpers
const dmy = (x: Ymd, sep = '.'): string => `${pad2(x.d)}${sep}${pad2(x.m)}${sep}${x.y}`;

// ===========================================================================
// ru — Russian-language case narratives, court decisions, prosecutor notes
// ===========================================================================
{
  const L: Lang = 'ru';
  const dA: Ymd = { y: 2001, m: 7, d: 3 };
  const dB: Ymd = { y: 1998, m: 11, d: 5 };
  const dC: Ymd = { y: 1979, m: 2, d: 26 };
  add(
    L,
    T`Потерпевшая ${PER('Бермет')} пояснила, что весной её пригласили на работу швеёй в Москву, пообещав 60 000 рублей в месяц.`,
    T`Со слов ${PER('Айзады')}, паспорт у неё забрали сразу по прибытии в Екатеринбург «для оформления регистрации».`,
    T`${PER('Жансая')} до последнего не понимала, что долг за дорогу и жильё будет только расти.`,
    T`Вербовщица обещала ${PER('Меруерт')} и её подруге работу официанток в Анталье с оплатой 800 долларов в месяц.`,
    T`Допрошенная в качестве свидетеля ${PER('Тоқтарова Ақмарал Серікқызы')}, ${DOB('14.02.1996')} г.р., показала, что работала на кухне без выходных.`,
    T`${PER('Сәрсенбаев Е. Б.')} организовал перевозку четырёх женщин через пункт пропуска на микроавтобусе Toyota Alphard с госномером ${PLT(kzPlate())}.`,
    T`Подсудимый ${PER('Осмоналиев Мирлан Таалайбекович')} проживал по адресу: ${ADR('г. Бишкек, мкр. Джал-29, д. 12, кв. 45')}.`,
    T`Денежные средства переводились на карту ${CRD(card('440043', true, 'spaced'))}, оформленную на имя ${PER('Жумабаевой Гүлзат')}.`,
    T`Связь с потерпевшей подсудимая поддерживала по номеру ${PHO(phone('kg', 0))} через WhatsApp.`,
    T`Следствием установлено, что ${PER('Ким Анжела Викторовна')} с 2019 года подыскивала девушек через страницу в инстаграме ${HDL('angela.travel.kz')}.`,
    T`Первые две недели ${PER('Нуржамал')} провела в ${ADR('доме 17 по проспекту Мира')} в Красноярске, где девушек запирали на ночь.`,
    T`Из материалов дела следует, что ${PER('Айпери')} и ${PER('Салтанат')} были доставлены в Стамбул рейсом из Оша 14 октября.`,
    T`Паспорт гражданина Республики Казахстан № ${PAS(kzPass())} на имя ${PER('Әбдіқадырова Перизат')} обнаружен в сейфе работодателя.`,
    T`${PER('ТОКТОСУНОВА БУРУЛАЙ')}, ${DOB('1999')} года рождения, уроженка Таласской области, признана потерпевшей.`,
    T`Согласно справке, ИИН ${NID(iin(dA, true))} принадлежит ${PER('Нұрпейісовой Дәмеш')}, родившейся ${DOB(dmy(dA))}.`,
    T`Заработная плата должна была поступать на счёт ${IBN(iban('KZ', 'spaced'))}, открытый в АО «Kaspi Bank», однако за полгода не поступило ни одного платежа.`,
    T`Посредник ${PER('Пак Виктор')} встречал мигрантов в аэропорту Инчхон и отвозил их на ферму по адресу ${ADR('Gyeonggi-do, Hwaseong-si, Paltan-myeon, Dongbang-ro 112-7')}.`,
    T`Объявления о вакансиях нянь в Анкаре публиковались в телеграме ${HDL('rabota_turkey_24')}, администратором канала являлся ${PER('Шаршенов Т.')}`,
    T`Согласно показаниям ${PER(`Гуль${SHY}нары Эсенгуловой`)}, в общежитии проживали не менее тридцати женщин.`,
    T`Потерпевших разместили в квартире по адресу: ${ADR('г. Москва, ул. Люблинская, д. 3, корп. 2, кв. 45')}, ключи от которой были только у ${PER('Гончаренко С. П.')}`,
    T`${PER('Юлдуз')} сообщила, что её заставляли работать по 16 часов на складе по адресу: ${ADR('Московская обл., г. Подольск, ул. Комсомольская, д. 1, стр. 4')}.`,
    T`${PER('Бакыт уулу Нурбек')}, ${DOB('1994')} г.р., задержан на посту при управлении автомобилем Lexus с российскими номерами ${PLT(ruPlate(0))}.`,
    T`Анкеты кандидаток вербовщик пересылал с адреса ${EML('dilya.work2020@mail.ru')} на почту ${EML('job.dubai.visa@gmail.com')}.`,
    T`В Дубае женщин поселили по адресу: ${ADR('Дубай, район Дейра, здание Al Ghurair, кв. 504')}, откуда их каждый вечер вывозили в клубы.`,
    T`В Стамбуле цех располагался по адресу ${ADR('Mimar Kemalettin Mah. Ordu Cad. No: 27 D: 9, Fatih/İstanbul')}; владельцем значился ${PER('Мехмет Али Йылдырым')}.`,
    T`Свидетель ${PER('Лигай Валерий Эдуардович')} пояснил, что видел, как у работниц отбирали телефоны.`,
    T`Работодатель ${PER('Ван Шэнли')}, гражданин КНР, выплачивал рабочим не более трети обещанного.`,
    T`Спонсором рабочей визы в документах значился ${PER('Халид Обейд аль-Мансури')}, с которым потерпевшие ни разу не встречались.`,
    T`${PER('Огулджан Мередова')}, гражданка Туркменистана, въехала в Турцию по туристической визе и была «продана» за 2 000 долларов.`,
    T`В запросе в банк ошибочно указан ИИН ${NID(iin(undefined, false, false))}, однако по остальным реквизитам владелец счёта установлен.`,
    T`Персональный идентификационный номер ${NID(kgPin(dB, true))} указан в анкете ${PER('Сатыбалдиевой Каныкей')}, ${DOB(dmy(dB))} года рождения.`,
    T`У ${PER('Гончаренко')} изъяты паспорт гражданина РФ ${PAS(ruPass(1))} и тетрадь с записями «долгов» работниц.`,
    T`Паспорт ${PAS(kgPass('AN'))} и ID-карта ${PAS(kgPass('ID'))} потерпевшей ${PER('Бейшеналиевой Элнуры')} хранились у бригадира.`,
    T`По номеру карты ${CRD(card('5440', false, 'spaced'))}, указанному в расписке, банк сведений не предоставил.`,
    T`Диспетчер «агентства» отвечал по номеру ${PHO(phone('ru', 1))}; этот же номер был записан в телефоне ${PER('Мээрим')} как «Работа Москва».`,
    T`До задержания ${PER('Турдубаев')} проживал в Алматы, в ${ADR('микрорайоне Аксай-4, дом 81, квартира 17')}.`,
    T`Девушек держали в частном доме на ${ADR('улице Карасай батыра, 22')}, на окраине Алматы.`,
    T`Вербовщик переписывался с ${PER('Зариной')} в телеграме ${HDL('aslan_visa_1')} и присылал фотографии «общежития».`,
    T`Показания ${PER('Цой Анжелики Робертовны')} и ${PER('Югая Дениса')} полностью согласуются между собой.`,
    T`Из Новосибирска ${PER('Айжан')} удалось позвонить матери с чужого телефона по номеру ${PHO(phone('kz', 1))}.`,
    T`Профиль вербовщицы ${HDL('https://vk.com/id48213377')} был удалён через два дня после задержания.`,
    T`В TikTok аккаунт ${HDL('@dubai_jobs_girls')} набрал более 40 тысяч подписчиков, хотя никаких реальных вакансий там не было.`,
    T`Оплату за «билет и визу» ${PER('Гүлжан Әбенова')} внесла переводом на счёт ${IBN(iban('TR', 'compact'))}.`,
    T`На имя ${PER('Ерқанат Бекмұхамбетов')} был оформлен договор аренды квартиры по адресу: ${ADR('Санкт-Петербург, Московский пр., д. 143, кв. 218')}.`,
    T`Работниц привозили в общежитие по ${ADR('ул. Кирова, 58, комн. 12')} в Челябинске и запрещали выходить без сопровождения.`,
    T`${PER('Сыдыкова Ч.')}, ${DOB('1991')} г.р., и ${PER('Жолдошева А.')}, ${DOB('1993')} г.р., работали на теплице под Волгоградом без оплаты.`,
    T`Потерпевшая ${PER('Айсәуле')}, родившаяся ${DOB('12.03.1999')}, была вывезена в ОАЭ по поддельному приглашению.`,
    T`Согласно данным миграционной карты, ${PER('Нигай Лариса')} въехала в Россию ${'02.09.2018'} через аэропорт Домодедово.`,
    T`Грузовик ${PLT(ruPlate(1))}, в кузове которого перевозили рабочих, принадлежал ${PER('Курбанмурадову Х.')}`,
    T`Банковская карта ${CRD(card('2200', true, 'compact'))} была зарегистрирована на подставное лицо — ${PER('Маркелова Игоря')}.`,
    T`${PER('Фатима аль-Сувейди')}, владелица агентства по найму домашнего персонала в Шардже, на допрос не явилась.`,
    T`Электронная почта ${EML('meruyert.kz95@yandex.kz')} использовалась для регистрации на сайте поиска работы.`,
    T`Потерпевшую ${PER('Айзаду')} продержали в ${ADR('Flat 1207, Al Fahidi Heights, Bur Dubai')} почти три месяца.`,
    T`Допрошенный ${PER('Тен Станислав Олегович')}, ${DOB('27.06.1982')} г.р., отрицал, что знал о возрасте девушек.`,
    T`Счёт получателя: ${IBN(iban('AE', 'spaced'))}, получатель — ${PER('Yousef Al Nuaimi')}.`,
    T`ИИН подозреваемого ${NID(iin(dC, false))}, дата рождения ${DOB(dmy(dC))}, место жительства — ${ADR('Алматинская обл., Карасайский р-н, с. Каскелен, ул. Наурызбай батыра, д. 9')}.`,
    T`Паспорт серии ${PAS(ruPass(0))} на имя ${PER('Смирновой Оксаны Владимировны')} использовался для аренды квартир, где содержались потерпевшие.`,
    T`${PER('Бүбүсара')} рассказала ${PER('Гүлзаде')}, что их «долг» хозяйке уже превысил 3 000 долларов.`,
    T`Связь с ${PER('Ли Мариной')} поддерживалась по корейскому номеру ${PHO(phone('kr', 0))}.`,
    T`Автомобиль Chevrolet Cobalt ${PLT(uzPlate(0))}, на котором потерпевших довезли до Бейнеу, зарегистрирован в Узбекистане.`,
    T`Паспорт гражданина Узбекистана ${PAS(uzPass())} на имя ${PER('Qodirova Nodira')} был изъят у «бригадира» ${PER('Сафарова')}.`,
    T`Перевод на сумму 150 000 тенге отправлен с карты ${CRD(card('4169', true, 'spaced'))} по номеру ${PHO(phone('kz', 0))}.`,
  );
  // negatives
  add(
    L,
    T`Генеральная прокуратура Республики Казахстан направила дело в Специализированный межрайонный суд по уголовным делам города Алматы.`,
    T`Уголовное дело № ${caseNo12('2214')} возбуждено по п. 2 ч. 2 ст. 128 УК РК (торговля людьми).`,
    T`В 2019 году Жамбылская область вошла в число регионов с наибольшим числом выявленных фактов трудовой эксплуатации.`,
    T`Сумма «долга», которую вербовщики насчитали каждой из потерпевших, составляла от 300 000 до 450 000 рублей.`,
    T`МОМ совместно с ОБСЕ провела тренинг для сотрудников пограничной службы в Ошской области.`,
    T`Палермский протокол ратифицирован Кыргызской Республикой в 2003 году.`,
    T`Приговор вынесен 12.03.2021, апелляционная инстанция оставила его без изменения 28.06.2021.`,
    T`Рейсы из Бишкека в Дубай выполнялись через международный аэропорт «Манас».`,
    T`Объявление «няня в Москве, 70 000 руб., жильё бесплатно» размещалось в десятках групп одновременно.`,
    T`Государственный департамент США в ежегодном докладе о торговле людьми отнёс Туркменистан к третьей категории.`,
    T`Дело рассматривал Октябрьский районный суд г. Бишкек; заседания проходили в закрытом режиме.`,
    T`Согласно статье 3 Палермского протокола, согласие жертвы не имеет значения, если использовались обман или принуждение.`,
    T`Регистрационный номер обращения ${caseNo12('2403')} указан в журнале учёта кризисного центра.`,
    T`Ассоциация «Сана Сезім» и фонд «Мээрим» оказали пострадавшим юридическую и психологическую помощь.`,
    T`Митинг в поддержку пострадавших прошёл на проспекте Абая у здания акимата.`,
    T`Статья 127.1 УК РФ предусматривает за торговлю людьми наказание до шести лет лишения свободы.`,
    T`Вознаграждение вербовщика составляло 300 долларов США за каждую «отправленную» девушку; всего отправлено не менее 15 человек.`,
    T`Министерство внутренних дел Кыргызской Республики и Управление ООН по наркотикам и преступности (УНП ООН) подписали меморандум в 2022 году.`,
  );
}

// ===========================================================================
// kk — Kazakh (Cyrillic; a few snippets in the Latin alphabets)
// ===========================================================================
{
  const L: Lang = 'kk';
  const dA: Ymd = { y: 2002, m: 5, d: 12 };
  const dB: Ymd = { y: 1990, m: 9, d: 30 };
  const dC: Ymd = { y: 2004, m: 1, d: 8 };
  add(
    L,
    T`Жәбірленуші ${PER('Аружан')} Алматыдағы кафеге даяшы болып жұмысқа шақырылғанын айтты.`,
    T`${PER('Балжанның')} төлқұжатын жұмыс беруші бірінші күні-ақ алып қойған.`,
    T`Тергеу ${PER('Ерасылды')} Новосібірдегі құрылысқа жіберген делдалды анықтады.`,
    T`${PER('Меруертке')} айына 500 доллар жалақы уәде етілген, бірақ ол үш ай бойы бір тиын да алмаған.`,
    T`Күдікті ${PER('Құдайбергенов Нұрбол Ерланұлы')}, ${DOB('1988')} жылы туған, бұрын сотталмаған.`,
    T`${PER('Оспанова Жібек Мұратқызы')} ${ADR('Шымкент қаласы, Еңбекші ауданы, Байтұрсынов көшесі, 12-үй, 5-пәтер')} мекенжайында тұрады.`,
    T`Жәбірленушінің ЖСН: ${NID(iin(dA, true))}, ${DOB(dmy(dA))} жылы туған.`,
    T`Жалдаушымен байланысу үшін ${PHO(phone('kz', 0))} нөмірі берілген.`,
    T`Ақша ${IBN(iban('KZ', 'compact'))} шотына аударылып отырған.`,
    T`Жалақы ${PER('Ыбыраева Ұлжанның')} атына ашылған ${CRD(card('4400', true, 'spaced'))} картасына түсуі тиіс еді.`,
    T`Жәбірленушілер ${ADR('Түркістан облысы, Сарыағаш ауданы, Жібек жолы ауылы, Абай көшесі, 7-үй')} мекенжайындағы үйде ұсталған.`,
    T`Әйелдерді шекараға дейін ${PLT(kzPlate())} мемлекеттік нөмірлі «Toyota Camry» көлігімен жеткізген.`,
    T`Жұмыс туралы хабарландыру инстаграмдағы ${HDL('@almaty_jumys_kz')} парақшасында жарияланған.`,
    T`${PER('Дәмеш')} пен ${PER('Таңшолпан')} Дубайға бір рейспен ұшып барған.`,
    T`Оңтүстік Кореяға жұмысқа жіберуді ${PER('Цой Светлана')} ұйымдастырған, ол әр адамнан 1 500 доллар алған.`,
    T`Жәбірленуші ${PER('ЖҰМАБЕКОВА ГҮЛБАРШЫН')} сот отырысында жауап беруден бас тартты.`,
    T`${PER(`Нұр${SHY}сұлу`)} Ресейден оралғаннан кейін дағдарыс орталығына жүгінген.`,
    T`Құжаттардың көшірмелері ${EML('nursulu.b@inbox.kz')} поштасына жіберілген.`,
    T`Жәбірленушінің ${PAS(kzPass())} нөмірлі төлқұжаты ${PER('Сұлтанбектің')} сейфінен табылды.`,
    T`Ресейде олар ${ADR('Мәскеу қаласы, Верхние Поля көшесі, 18-үй, 2-корпус, 61-пәтер')} мекенжайында тұрған.`,
    T`Сот хаттамасында ЖСН ${NID(iin(dB, false, false))} қате жазылған, бірақ ол ${PER('Бектұрсынов Ақжолға')} тиесілі екені анықталды.`,
    T`${DOB('1997')} жылы туған ${PER('Мөлдір')} Анталиядағы қонақүйге жұмысқа алынған.`,
    T`${PER('Бауыржан')} жәбірленушіге ${PHO(phone('ru', 0))} нөмірінен бірнеше рет қоңырау шалған.`,
    T`Куә ${PER('Мырзахметова Күләш')} ${ADR('Алматы қ., Әуезов ауданы, Жетісу-2 шағын ауданы, 45-үй, 17-пәтер')} мекенжайында тұрады.`,
    T`Қыздар алғашында ${ADR('Жамбыл облысы, Шу ауданы, Төле би ауылы, Қонаев көшесі, 15-үй')} мекенжайындағы жертөлеге жасырылған.`,
    T`Көлік ${PLT(ruPlate(2))} Ресейде тіркелген, оның иесі — ${PER('Ахметов Рүстем')}.`,
    T`${PER('Ақботаның')} айтуынша, TikTok-тағы ${HDL('@korea_viza_kz')} аккаунты арқылы «тегін виза» ұсынылған.`,
    T`Жәбірленуші ${PER('Ләззат')} ${DOB('23.08.2003')} ж.т., Қызылорда облысының тұрғыны.`,
    T`Стамбулда олар ${ADR('Kumkapı Mah. Kadırga Limanı Cad. No: 14 D: 6')} мекенжайындағы пәтерде тұрған.`,
    T`Дубайда ${PER('Гүлнардың')} төлқұжатын агенттік иесі ${PER('Хамдан Рашид әл-Кетби')} алып қойған.`,
    T`Күдіктінің ЖСН ${NID(iin(undefined, false))}, ол ${PER('Төлеубаев Темірлан Қайратұлы')} деген атпен тіркелген.`,
    T`Жалақы ${IBN(iban('KZ', 'lowerSpaced'))} шотына аударылатыны туралы келісімшарт жасалған.`,
    T`${PER('Шәкенова Гүлбаршынға')} ${PHO(phone('tr', 0))} нөмірінен Түркиядағы «жұмыс беруші» хабарласқан.`,
    T`Жеке кәсіпкер ${PER('Нұрпейісов Д.')} ${ADR('Қарағанды қ., Бұқар жырау даңғылы, 57-үй, 3-пәтер')} мекенжайы бойынша шеберхана ұстаған.`,
    T`Жәбірленуші ${PER('Ақмарал')} ${EML('akmaral.90@mail.ru')} поштасы арқылы «жұмысқа шақыру» хатын алған.`,
    T`Тергеу ${PER('Лигай Виктория')} мен ${PER('Пак Денис')} арасындағы хат алмасуды зерттеді.`,
    T`Куәнің айтуынша, ${PER('Жандос')} жұмысшыларды ${ADR('Атырау облысы, Құлсары қ., Мұнайшы шағын ауданы, 8-үй')} мекенжайындағы вагон-үйлерге орналастырған.`,
    T`${PER(`Тоқ${SHY}тарова`)} ${DOB(dmy(dB))} жылы туған, ЖСН көрсетілмеген.`,
    T`Аударымдар ${CRD(card('5169', true, 'compact'))} картасынан ${PER('Бекзат')} есімді адамға жасалған.`,
    T`${PER('Әлияға')} жұмыс ұсынған хабарлама ${HDL('t.me/zhumys_turkiya')} арнасында жарияланған.`,
    T`Жәбірленушінің ЖСН: ${NID(iin(dC, true))}, ${DOB(dmy(dC))} жылы туған, кәмелетке толмаған.`,
    T`Жолаушыларды ${PLT(kzPlate())} нөмірлі автобус Қорғас бекетіне дейін тасыған.`,
    T`Кореяда ${PER('Ерқанат')} ${ADR('Chungcheongnam-do, Asan-si, Baebang-eup, Hoseo-ro 79-12')} мекенжайындағы зауытта жұмыс істеген.`,
    T`Қытайлық мердігер ${PER('Чжан Вэй')} жұмысшылардың төлқұжаттарын өзінде ұстаған.`,
    T`${PER('Мейрамбек')} жұмыс берушіге ${PHO(phone('kz', 2))} нөмірі арқылы хабарласып, жалақысын талап еткен.`,
    T`Жәбірленуші ${PER('Қарлығаш')} ${ADR('Flat 504, Al Ghurair Building, Deira')} мекенжайындағы пәтерден қашып шыққан.`,
    T`Сотталушы ${PER('Әбілқайыров Бақытжан Серікұлы')}, ${DOB('05.11.1984')} жылы туған, ${ADR('Ақтөбе қаласы, Сәңкібай батыр даңғылы, 22-үй, 104-пәтер')} мекенжайында тіркелген.`,
    T`Ақша ${IBN(iban('AE', 'compact'))} шотына «Дубайдағы агенттік» атынан жіберілген.`,
    T`Төлқұжат ${PAS(kzPass())} ${PER('Таңатарованың')} атына берілген.`,
  );
  // Kazakh in Latin script (2017 apostrophe / 2018 acute / 2021 alphabets)
  add(
    L,
    T`Jäbirlenuşi ${PER('Aygerim Tölegenqızı')} ${DOB('2000')} jılı tuğan, Almatı qalasınıñ tūrğını.`,
    T`Жәбірленуші ${PER("S'ynar To'legenqyzy")} делдалмен ${PHO(phone('kz', 3))} нөмірі арқылы хабарласқан.`,
    T`Kýá ${PER('Ǵalymjan Ańsarov')} ${ADR('Shymkent qalasy, Tóle bı kóshesi, 61-úı, 14-páter')} mekenjaıynda turady.`,
    T`${PER('Gülnūr')} Türkiyağa ${PAS(kzPass())} nömirli tölqūjatpen şığıp ketken.`,
  );
  // negatives
  add(
    L,
    T`Қазақстан Республикасының Бас прокуратурасы адам саудасына қарсы іс-қимыл туралы жыл сайынғы есепті жариялады.`,
    T`Жамбыл облысы мен Түркістан облысы еңбек мигранттары ең көп шығатын өңірлердің қатарында.`,
    T`Қылмыстық іс ҚР Қылмыстық кодексінің 128-бабының 3-бөлігі бойынша қозғалды.`,
    T`Халықаралық көші-қон ұйымы (ХКҰ) мен ЕҚЫҰ өкілдері Ақтау қаласында семинар өткізді.`,
    T`2020 жылы елде адам саудасының 87 фактісі тіркелген.`,
    T`Жәбірленушілердің «қарызы» 2 500 000 теңгеге дейін жеткен.`,
    T`Іс Алматы қаласының мамандандырылған ауданаралық қылмыстық сотында қаралды.`,
    T`Палермо хаттамасы адам саудасының халықаралық анықтамасын бекітті.`,
    T`Өтініштің тіркеу нөмірі ${caseNo12('1953')} дағдарыс орталығының журналына енгізілді.`,
    T`Жиын Абай даңғылындағы әкімдік ғимаратының алдында өтті.`,
    T`«Сана Сезім» дағдарыс орталығы биыл 40-тан астам әйелге көмек көрсетті.`,
    T`Сот үкімі 2022 жылғы 15 наурызда заңды күшіне енді.`,
    T`Жәбірленушілер Нұр-Сұлтан әуежайы арқылы Дубайға ұшып кеткен.`,
    T`Қонаев қаласында еңбек мигранттарына арналған кеңес беру пункті ашылды.`,
    T`АҚШ Мемлекеттік департаментінің «Адам саудасы туралы есебінде» Қазақстан екінші деңгейде қалды.`,
    T`Түркістан облысы полиция департаменті 2023 жылы 12 қылмыстық топты әшкереледі.`,
    T`Жұмыс беруші әр жұмысшыдан айына 50 000 теңге «тұру ақысын» ұстап қалған.`,
    T`Ішкі істер министрлігі мен БҰҰ Есірткі және қылмыс жөніндегі басқармасы (UNODC) бірлескен жоба бастады.`,
  );
}

// ===========================================================================
// ky — Kyrgyz (Cyrillic)
// ===========================================================================
{
  const L: Lang = 'ky';
  const dA: Ymd = { y: 2000, m: 3, d: 17 };
  const dB: Ymd = { y: 1995, m: 12, d: 2 };
  add(
    L,
    T`Жабырлануучу ${PER('Чынара')} Москвага тигүүчү болуп иштөөгө барганын айтты.`,
    T`${PER('Айперинин')} паспортун иш берүүчү биринчи эле күнү алып койгон.`,
    T`${PER('Нурбекке')} Түркияда айына 700 доллар айлык убада кылынган, бирок ал үч ай бою бир тыйын да алган эмес.`,
    T`Шектүү ${PER('Мамытов Эрлан Кубанычбекович')}, ${DOB('1985')}-жылы туулган, мурда соттолгон эмес.`,
    T`Ал ${ADR('Ош ш., Ленин көчөсү, 14')} дареги боюнча жашайт.`,
    T`${PER('Жыргалбек уулу Сыймык')} жабырлануучуларды Казакстандын чек арасына чейин өз унаасы менен жеткирген.`,
    T`Күбө ${PER('Эрмек кызы Бурулай')} ортомчу аялдардын паспортторун сейфте сактаганын көргөн.`,
    T`Жабырлануучунун ПИН: ${NID(kgPin(dA, true))}, ${DOB(dmy(dA))}-ж. туулган.`,
    T`Ортомчу менен ${PHO(phone('kg', 1))} номери аркылуу байланышып турушкан.`,
    T`Соттолуучу ${ADR('Бишкек ш., 7-кичи район, 12-үй, 45-батир')} дарегинде катталган.`,
    T`Кыздар алгач ${ADR('Чүй облусу, Сокулук району, Шопоков шаары, Фрунзе көчөсү, 3-үй')} дарегиндеги үйдө кармалган.`,
    T`Аялдар ${PLT(kgPlate(0))} мамлекеттик номериндеги «Хонда Степвагон» унаасы менен ташылган.`,
    T`Жумуш тууралуу жарнама TikTok'тогу ${HDL('@ish_moskva_kg')} баракчасына жайгаштырылган.`,
    T`Айлык акы ${CRD(card('9417', true, 'compact'))} Элкарт картасына которулушу керек болчу.`,
    T`Анкеталар ${EML('nurayim.kg@gmail.com')} дарегине жөнөтүлгөн.`,
    T`${PER('Айжаркындын')} ${PAS(kgPass('AC'))} номериндеги паспорту иш берүүчүнүн сейфинен табылган.`,
    T`Түштүк Кореяда ал ${ADR('Ansan-si, Danwon-gu, Wongok-ro 12-3')} дарегиндеги жатаканада жашаган.`,
    T`Стамбулда алар ${ADR('Kumkapı Mah. Tiyatro Cad. No:12/4 Fatih/İstanbul')} дарегиндеги батирде кармалган.`,
    T`Иш берүүчү ${PER('Лю Цзяньпин')} жумушчулардын паспортторун өзүндө сактаган.`,
    T`Жабырлануучу ${PER('ТУРДУБАЕВА АКЫЛАЙ МАРАТОВНА')} ${DOB('2001')}-жылы туулган, Нарын облусунун тургуну.`,
    T`${PER(`Бү${SHY}бүсара`)} Дубайга таанышынын сунушу менен учуп кеткен.`,
    T`Россияда алар ${ADR('Москва ш., Перерва көчөсү, 41-үй, 2-корпус, 118-батир')} дарегинде жашашкан.`,
    T`Дубайда аларды ${ADR('Villa 7, Street 22, Al Qusais 1')} дарегиндеги виллага жайгаштырышкан.`,
    T`${PER('Тынара')} апасына ${PHO(phone('ru', 2))} номеринен чалып, жардам сураган.`,
    T`Ортомчу ${PER('Абдыкадырова Гүлзат')} ${DOB('14.09.1979')}-ж. туулган, ${ADR('Жалал-Абад ш., Токтогул көчөсү, 88-үй')} дарегинде жашайт.`,
    T`ПИН ${NID(kgPin(undefined, false))} ${PER('Кыдыралиев Талант')} деген ат менен катталган.`,
    T`Акча ${IBN(iban('TR', 'spaced'))} эсебине которулган.`,
    T`${PER('Айзаданы')} Казакстандагы тамеки талаасына ${PER('Осмонов Бекжан')} алып барган.`,
    T`Жабырлануучу ${PER('Жаңыл')} инстаграмдагы ${HDL('zhanyl.osh')} баракчасы аркылуу жумуш издеген.`,
    T`Стамбулда ${PER('Чолпонду')} үй кызматчысы катары ${PER('Айше Озтүрк')} деген аял жалдаган.`,
    T`Унаа ${PLT(kgPlate(1))} ортомчунун агасына таандык.`,
    T`${PER('Калысбек')} ${EML('kalysbek.t@mail.ru')} почтасынан «виза даяр» деген кат алган.`,
    T`Соттолуучу ${PER('Шаршенова Нуржамал Асанбековна')}, ${DOB('1976')}-жылы туулган, ${ADR('Ысык-Көл облусу, Каракол ш., Абдрахманов көчөсү, 150-үй, 6-батир')} дарегинде катталган.`,
    T`Паспорт ${PAS(kgPass('AN'))} жана ID-карта ${PAS(kgPass('ID'))} ${PER('Бейшеналиевага')} кайтарылган эмес.`,
    T`${PER('Мирлан')} менен ${PER('Адилет')} Санкт-Петербургдагы курулушта айлыксыз иштешкен.`,
    T`Жабырлануучуга ${PHO(phone('kg', 3))} номеринен «карызыңды төлө» деген билдирүүлөр келген.`,
    T`Карта ${CRD(card('4578', false, 'dashed'))} номери менен көрсөтүлгөн, бирок мындай карта банктан табылган жок.`,
    T`Күбө ${PER('Пак Ирина')} жабырлануучу ${PER('Сезим')} менен бир бөлмөдө жашаганын айтты.`,
    T`Ортомчу ${HDL('@kyzmat_dubai')} Telegram каналы аркылуу кыздарды тандаган.`,
    T`${PER('Кутман')} ${ADR('Бишкек ш., Асанбай кичи району, 41-үй, 23-батир')} дарегинде катталган.`,
    T`Акчаны ${PER('Эмил')} ${IBN(iban('KZ', 'lower'))} эсебине которгон.`,
    T`Жабырлануучу ${PER('Нурайым')} ${DOB('03.06.2004')}-ж. туулган, мектеп окуучусу.`,
    T`Кореядагы бригадир ${PER('Ким Сон Хо')} ${PHO(phone('kr', 1))} номеринен чалган.`,
    T`${PER('Толонбек')} жана ${PER('Улан')} ${PLT(ruPlate(0))} номериндеги «ГАЗель» унаасында ташылган.`,
    T`${PER('Бактыгүлдүн')} айтымында, ${PER('Сатыбалдиев Нурсултан')} ага «карызы» 2 000 доллар экенин айткан.`,
    T`Дубайдагы үйдүн ээси ${PER('Абдулла бин Саид аль-Фаласи')} аялдардын телефондорун тартып алган.`,
    T`Кыздардын маалыматы ${EML('ish.turkiya.kg@gmail.com')} дарегинен ${EML('agency.istanbul@outlook.com')} дарегине жөнөтүлгөн.`,
    T`Жабырлануучу ${PER('Элнура Бейшеналиева')}, ${DOB('2003')}-жылы туулган, Баткен облусунан.`,
    T`${PER('Сыргак')} ${ADR('Ош ш., Курманжан Датка көчөсү, 210-үй, 9-батир')} дарегинде жашайт.`,
    T`Анын баракчасы ${HDL('instagram.com/aizhan_kyz_osh')} жумуштан кийин өчүрүлгөн.`,
    T`ПИН ${NID(kgPin(dB, true))} ${PER('Калыйкан')} деген ысымга таандык экени аныкталды.`,
    T`Тергөө ${PER('Уланды')} Казанга жөнөткөн ортомчуну тапты.`,
    T`${PER('Асанова Айпери Токтобековна')} ${ADR('Баткен облусу, Кадамжай району, Маргун айылы, Ак-Жол көчөсү, 17-үй')} дарегинде жашайт.`,
    T`${PER(`Кыдыр${SHY}алиева`)} ${DOB(dmy(dB))}-ж. туулган, паспорту ${PAS(kgPass('AC'))}.`,
    T`Иш берүүчү ${PER('Мехмет Йылдыз')} ${PHO(phone('tr', 1))} номеринен кыздарды коркуткан.`,
    T`Ортомчу ${PER('Сулайманова Жылдыз')} ${CRD(card('4169', true, 'spaced'))} картасына «жол киреге» акча чогулткан.`,
    T`Казакстанда ${PER('Таалайбек')} ${ADR('Алматы ш., Райымбек даңгылы, 221-үй')} дарегиндеги кампада иштеген.`,
    T`Жабырлануучунун шериги ${PER('Акмат')} ${HDL('tiktok.com/@akmat_kg_ish')} аккаунтундагы видеону көрүп, жумушка жазылган.`,
  );
  // negatives
  add(
    L,
    T`Ош облусу жана Жалал-Абад облусу эмгек мигранттары эң көп чыккан аймактардан болуп саналат.`,
    T`Кыргыз Республикасынын Башкы прокуратурасы адам сатуу боюнча 2023-жылдын жыйынтыгын жарыялады.`,
    T`Кылмыш иши Кылмыш-жаза кодексинин 171-беренеси боюнча козголгон.`,
    T`Жабырлануучулар «Манас» эл аралык аэропорту аркылуу Стамбулга учушкан.`,
    T`Карыздын суммасы 150 000 сомго жеткен.`,
    T`2021-жылы республикада адам сатуунун 30дан ашык фактысы катталган.`,
    T`Иш Бишкек шаарынын Биринчи май райондук сотунда каралды.`,
    T`Эл аралык миграция уюму (ЭМУ) жана ЕККУ Нарында тренинг өткөрүштү.`,
    T`«Сезим» кризистик борбору жабырлануучуларга убактылуу баш калка берди.`,
    T`Кайрылуунун каттоо номери ${caseNo12('0249')} журналга киргизилген.`,
    T`Сот жараяны Бишкекте өттү, жыйындар жабык режимде болду.`,
    T`Палермо протоколу адам сатуунун эл аралык аныктамасын бекиткен.`,
    T`Токтогул районунда мигранттар үчүн маалымат борбору ачылды.`,
    T`Өкүм 2022-жылдын 14-апрелинде мыйзамдуу күчүнө кирген.`,
    T`Ар бир жумушчудан айына 5 000 рубль «жатакана акысы» кармалып калган.`,
    T`АКШнын Мамлекеттик департаментинин адам сатуу боюнча отчетунда Кыргызстан экинчи деңгээлде калды.`,
    T`Эмгек, социалдык камсыздоо жана миграция министрлиги чет өлкөдө иштөө боюнча эскертүү таратты.`,
    T`№ 1-245/2023 иш Ысык-Көл облустук сотуна жөнөтүлгөн.`,
  );
}

// ===========================================================================
// uz — Uzbek (Latin with several apostrophe conventions and older/proposed
// alphabets; and Cyrillic)
// ===========================================================================
{
  const dA: Ymd = { y: 1999, m: 4, d: 21 };
  const dB: Ymd = { y: 2003, m: 10, d: 9 };
  const dC: Ymd = { y: 1986, m: 6, d: 15 };
  // Latin — apostrophe style cycles okina / quote / apos / grave unless given
  addUz(T`Jabrlanuvchi ${PER('Shahnoza')} Istanbulga enaga bo'lib ishlash uchun ketganini aytdi.`);
  addUz(T`${PER("G'ayratning")} pasportini ish beruvchi birinchi kuniyoq olib qo'ygan.`);
  addUz(T`${PER('Dilnozaga')} oyiga 600 dollar maosh va bepul turar joy va'da qilingan.`);
  addUz(
    T`Gumonlanuvchi ${PER("Xo'jayev Sherzod Baxtiyor o'g'li")}, ${DOB('1987')} yilda tug'ilgan, avval sudlanmagan.`,
  );
  addUz(
    T`Guvoh ${PER("Yo'ldosheva Mohira Akmal qizi")} vositachi ayollarning pasportlarini seyfda saqlaganini ko'rgan.`,
  );
  addUz(T`Jabrlanuvchining JShShIR: ${NID(pinfl(dA, true))}, u ${DOB(dmy(dA))} yilda tug'ilgan.`);
  addUz(T`Vositachi bilan ${PHO(phone('uz', 0))} raqami orqali bog'lanishgan.`);
  addUz(T`Sudlanuvchi ${ADR("Farg'ona viloyati, Qo'qon shahri, Navoiy ko'chasi, 5-uy")} manzilida ro'yxatda turadi.`);
  addUz(
    T`${PER('Sardor')} ${ADR('Toshkent shahri, Chilonzor tumani, 9-kvartal, 14-uy, 22-xonadon')} manzilida yashagan.`,
  );
  addUz(T`Ayollar dastlab ${ADR("Yangiobod mahallasi, Bog'ishamol ko'chasi, 17-uy")} manzilidagi hovlida saqlangan.`);
  addUz(T`${PER('Nodiraning')} ${PAS(uzPass())} raqamli pasporti ish beruvchida qolgan.`);
  addUz(T`Ishchilar ${PLT(uzPlate(0))} davlat raqamli «Damas» avtomashinasida chegaragacha olib borilgan.`);
  addUz(T`Maosh ${CRD(card('8600', true, 'spaced'))} Uzcard kartasiga tushishi kerak edi.`);
  addUz(T`E'lon telegramdagi ${HDL('@ish_rossiya_uz')} kanalida joylashtirilgan.`);
  addUz(T`Jabrlanuvchi instagram ${HDL('sevara.tursunova')} sahifasi orqali «ish taklifi» olgan.`);
  addUz(T`${PER(`Shah${SHY}noza`)} Dubaydan qaytgach, inqiroz markaziga murojaat qilgan.`);
  addUz(T`Anketada ism-familiya «${PER('karimova shahnoza')}» deb kichik harflarda yozilgan.`);
  addUz(T`Istanbulda ular ${ADR('Aksaray Mah. Namık Kemal Sok. No: 5 D: 3')} manzilidagi kvartirada yashagan.`);
  addUz(
    T`Dubayda ${PER('Feruza')} ${ADR('Villa 3, Street 14, Al Qusais 2')} manzilidagi villada uy xizmatkori bo'lib ishlagan.`,
  );
  addUz(
    T`Koreyada ${PER('Jasur')} ${ADR('Gyeonggi-do, Hwaseong-si, Hyangnam-eup, Jeyakgongdan 2-gil 15')} manzilidagi zavodda ishlagan.`,
  );
  addUz(
    T`Vositachi ${PER('Qurbonova Dildora')} ${EML('dildora.qurbonova88@mail.ru')} manzilidan hujjatlarni yuborgan.`,
  );
  addUz(T`${PER("Ulug'bek")} va ${PER('Otabek')} Qozog'istondagi qurilishda maoshsiz ishlashgan.`);
  addUz(T`Jabrlanuvchi ${PER('MIRZAYEVA SEVARA ILHOM QIZI')} ${DOB('12.01.2002')} yilda tug'ilgan.`);
  addUz(T`Pul ${IBN(iban('TR', 'lowerSpaced'))} hisob raqamiga o'tkazilgan.`);
  addUz(
    T`JShShIR ${NID(pinfl(undefined, false, false))} xato yozilgan, biroq u ${PER('Tursunov Azizbekka')} tegishli ekani aniqlandi.`,
  );
  addUz(T`${PER('Oydin')} onasiga ${PHO(phone('ru', 0))} raqamidan qo'ng'iroq qilib, yordam so'ragan.`);
  addUz(T`Ish beruvchi ${PER('Gökhan Çelik')} ayollarning telefonlarini tortib olgan.`);
  addUz(
    T`Vositachi ${PER('Haydarova Gulchehra')} ${DOB('1974')} yilda tug'ilgan, ${ADR("Samarqand viloyati, Urgut tumani, Qorasuv mahallasi, Mustaqillik ko'chasi, 23-uy")} manzilida yashaydi.`,
  );
  addUz(T`Pul ${CRD(card('9860', true, 'compact'))} Humo kartasidan ${PER('Boboyev Sanjar')} nomiga o'tkazilgan.`);
  addUz(T`${PER("Mo'minova Zarinaning")} ID-kartasi ${PAS(uzPass('AD'))} ish beruvchida saqlangan.`);
  addUz(T`Vositachi ${PHO(phone('uz', 2))} raqamidan ${PER('Sevaraga')} «qarzingni to'la» degan xabarlar yuborgan.`);
  addUz(
    T`Avtomashina ${PLT(uzPlate(1))} firma nomiga ro'yxatdan o'tgan, haydovchi ${PER('Nurmatov Doniyor')} bo'lgan.`,
  );
  addUz(T`${PER('Ergasheva Nigora')} ${HDL('t.me/nigora_viza')} kanali orqali Turkiyaga «viza» sotgan.`);
  addUz(T`Hujjatda «${PER('xurshida abdullayeva')}» deb yozilgan ism jabrlanuvchiga tegishli.`);
  addUz(T`${PER('Komila')} ${ADR("Namangan shahri, Bobur ko'chasi, 32-uy, 7-xonadon")} manzilida ro'yxatda turadi.`);
  addUz(T`${PER("Go'zal")} ${DOB('2005')} yilda tug'ilgan, voyaga yetmagan.`, 'grave');
  addUz(T`Jabrlanuvchi ${PER("O'g'iloy")} va uning singlisi Turkiyaga turistik viza bilan olib ketilgan.`, 'okina');
  addUz(T`Sud ${PER("Xo'jayeva M.")} hamda ${PER('Rahimov O.')} aybli deb topdi.`);
  addUz(T`Nomzodlar anketalari ${EML('uzb.work.korea@gmail.com')} manziliga yuborilgan.`);
  addUz(T`Istanbuldagi «ish beruvchi» ${PHO(phone('tr', 2))} raqamidan qo'ng'iroq qilgan.`);
  addUz(T`${PER('Madina')} ${HDL('@madina_dubai_job')} akkauntidan e'lonni ko'rgan.`);
  addUz(T`Pul ${PER('Abdulrahman Al Shamsi')} nomidagi ${IBN(iban('AE', 'spaced'))} hisobiga o'tkazilgan.`);
  addUz(T`Pasport seriyasi va raqami: ${PAS(uzPass('AB'))}, egasi ${PER('Ismoilova Barno')}.`);
  addUz(T`Ayollar Qozog'iston raqamli ${PLT(kzPlate())} avtomashinada Shymkentga olib ketilgan.`);
  addUz(T`${PER('Baxtiyorning')} JShShIR raqami ${NID(pinfl(dC, false))}, tug'ilgan sanasi ${DOB(dmy(dC))}.`);
  addUz(
    T`Karta raqami ${CRD(card('8600', false, 'spaced'))} deb ko'rsatilgan, bank bunday karta yo'qligini ma'lum qildi.`,
  );
  addUz(
    T`${PER("To'xtayeva Hilola")} ${ADR("Buxoro shahri, G'ijduvon ko'chasi, 41-uy")} manzilida ro'yxatdan o'tgan.`,
    'quote',
  );
  addUz(T`Jabrlanuvchi ${PER("O'rinboyeva Maftuna")} ${PHO(phone('uz', 3))} raqamini vositachiga bergan.`, 'okina');
  // older (1993) and proposed (2021) Uzbek Latin alphabets — no apostrophes in these snippets
  add(
    'uz',
    T`Jabrlanuvçi ${PER('Öktam Ğulomov')} ${DOB('1989')} yilda tuğilgan, Qaşqadaryo viloyatidan.`,
    T`Jabrlanuvçi ${PER('Ōlmasoy Ḡulomova')} ${DOB('1996')} yilda tuḡilgan, Rossiyaga enaga bōlib ketgan.`,
    T`Vositaçi ${PER('Şahnoza Çoriyeva')} ayollarni Dubayga ${PHO(phone('ae', 0))} raqami orqali jōnatgan.`,
  );
  // Cyrillic
  add(
    'uz',
    T`Жабрланувчи ${PER('Ўғилой')} Россияга ошхонада ишлаш учун олиб кетилган.`,
    T`Гумонланувчи ${PER('Тўхтаев Ғайрат Рустамович')}, ${DOB('1983')} йилда туғилган, илгари судланмаган.`,
    T`Аёллар ${ADR('Самарқанд шаҳри, Бўстонсарой кўчаси, 8-уй')} манзилидаги уйда сақланган.`,
    T`Жабрланувчининг ЖШШИР: ${NID(pinfl(dB, true))}, ${DOB(dmy(dB))} йилда туғилган.`,
    T`${PER('Ҳолиқова Мунисанинг')} ${PAS(uzPass('AA'))} рақамли паспорти иш берувчида қолган.`,
    T`Воситачи билан ${PHO(phone('uz', 1))} рақами орқали боғланишган.`,
    T`${PER('Шаҳзода')} ва ${PER('Маҳлиё')} Дубайга бир рейсда учиб кетишган.`,
    T`Пул ${CRD(card('9860', true, 'spaced'))} Humo картасига ўтказилган.`,
    T`Жабрланувчи ${PER('Қурбонова Дилноза Анвар қизи')} ${ADR('Андижон вилояти, Асака тумани, Наврўз маҳалласи, Бобур кўчаси, 5-уй')} манзилида яшайди.`,
    T`${PER('Ғуломжон')} ${PLT(uzPlate(2))} рақамли автомашинада ишчиларни ташиган.`,
    T`Телеграмдаги ${HDL('@rossiya_ish_bor')} каналида эълон жойлаштирилган.`,
    T`${PER('Нурматова Ш.')} ${DOB('1992')} йилда туғилган, Хоразм вилоятидан.`,
    T`Ҳужжатлар ${EML('ishtop.uz@mail.ru')} манзилига юборилган.`,
    T`Жабрланувчи ${PER('МЎМИНОВА ФЕРУЗА')} суд мажлисида кўрсатма берди.`,
    T`Истанбулда ${PER('Ўлмасой')} ${ADR('Laleli Mah. Ordu Cad. No:45/7')} манзилидаги ётоқхонада яшаган.`,
    T`${PER('Раҳимов Ўткир')} Кореядан ${PHO(phone('kr', 2))} рақамидан қўнғироқ қилган.`,
    T`${PER(`Дил${SHY}ноза`)} ва ${PER('Зулфияни')} воситачи ${PER('Ҳайдаров Б.')} Москвага жўнатган.`,
  );
  // negatives — Latin
  addUz(T`Toshkent viloyati va Qashqadaryo viloyatidan eng ko'p mehnat muhojirlari chiqadi.`);
  addUz(T`O'zbekiston Respublikasi Bosh prokuraturasi odam savdosiga qarshi kurash bo'yicha hisobot e'lon qildi.`);
  addUz(T`Jinoyat ishi Jinoyat kodeksining 135-moddasi bilan qo'zg'atilgan.`);
  addUz(T`Qarz miqdori 15 000 000 so'mga yetgan.`);
  addUz(T`2022-yilda respublikada odam savdosining 200 dan ortiq holati aniqlangan.`);
  addUz(T`Uchrashuv «Alisher Navoiy» metro bekati yonida bo'lib o'tdi.`);
  addUz(T`Xalqaro migratsiya tashkiloti (XMT) va YeXHT Samarqandda seminar o'tkazdi.`);
  addUz(T`Jinoyat ishi № 1-1002-2301/45 Toshkent shahar sudiga yuborilgan.`);
  addUz(T`Murojaatning ro'yxat raqami ${caseNo12('2304')} jurnalga kiritilgan.`);
  addUz(T`Palermo protokoli odam savdosining xalqaro ta'rifini belgilab bergan.`);
  addUz(T`Sud hukmi 2023-yil 9-fevralda qonuniy kuchga kirdi.`);
  addUz(T`Amir Temur xiyobonida muhojirlar uchun axborot aksiyasi o'tkazildi.`);
  addUz(T`AQSh Davlat departamentining odam savdosi to'g'risidagi hisobotida O'zbekiston ikkinchi darajada qoldi.`);
  addUz(T`Ishchilar Bekobod temir yo'l stansiyasi orqali Qozog'istonga olib o'tilgan.`);
  // negatives — Cyrillic
  add(
    'uz',
    T`Фарғона вилоят суди ишни ёпиқ суд мажлисида кўриб чиқди.`,
    T`Ҳар бир ишчидан ойига 2 000 000 сўм «ётоқхона ҳақи» ушлаб қолинган.`,
    T`Сирдарё вилояти ва Жиззах вилоятида меҳнат мигрантлари учун маслаҳат пунктлари очилди.`,
    T`БМТнинг Гиёҳванд моддалар ва жиноятчилик бўйича бошқармаси (UNODC) янги лойиҳани бошлади.`,
  );
}

// ===========================================================================
// tg-ru — Tajikistan context, written in Russian
// ===========================================================================
{
  const L: Lang = 'tg-ru';
  const dA: Ymd = { y: 1993, m: 4, d: 11 };
  add(
    L,
    T`Потерпевшая ${PER('Фарангис')} пояснила, что в Москве её поселили в подвале вместе с восемью другими женщинами.`,
    T`${PER('Тахмине')} обещали работу продавщицей на рынке в Казани с заработком 40 000 рублей.`,
    T`${PER('Рахмонова Манижа Сафаралиевна')}, ${DOB('21.09.2000')} г.р., уроженка Хатлонской области, признана потерпевшей.`,
    T`Вербовщик ${PER('Абдуллозода Фаридун')} собирал у мигрантов паспорта «для оформления патентов».`,
    T`Подсудимый ${PER('Шарипов Далер')} проживал по адресу: ${ADR('г. Душанбе, ул. Айни, д. 45, кв. 8')}.`,
    T`${PER('Зебо')} и её сестра ${PER('Ситора')} были вывезены в Дубай через Стамбул.`,
    T`Мать потерпевшей проживает в ${ADR('г. Худжанд, 19-й микрорайон, дом 7, кв. 31')}.`,
    T`Семья ${PER('Сухроба')} проживает по адресу: ${ADR('Хатлонская обл., Бохтарский р-н, джамоат Гулистон, кишлак Навобод, ул. Сомони, 12')}.`,
    T`Связь с вербовщиком поддерживалась по номеру ${PHO(phone('tj', 0))}.`,
    T`Паспорт гражданина Республики Таджикистан № ${PAS(tjPass())} на имя ${PER('Мирзоевой Нилуфар')} был изъят бригадиром.`,
    T`Рабочих возили на стройку на «Газели» с номером ${PLT(ruPlate(2))}.`,
    T`В Душанбе автомобиль с номером ${PLT(tjPlate())} принадлежал родственнику ${PER('Джураева')}.`,
    T`${PER('Гафурзода Исфандиёр')}, ${DOB('1990')} года рождения, задержан в аэропорту Внуково.`,
    T`Потерпевших разместили в ${ADR('доме 14 по Южнопортовой улице')} в Москве.`,
    T`${PER('Мехрангиз')} рассказала, что «долг» за билет и патент составлял 120 000 рублей.`,
    T`Заработную плату ${PER('Парвиза')} перечисляли на карту ${CRD(card('2202', true, 'spaced'))}, которой распоряжался бригадир.`,
    T`Канал ${HDL('@rabota_moskva_tj')} в Telegram вела ${PER('Сафарова Шабнам')}.`,
    T`Письма с «приглашением на работу» приходили с адреса ${EML('job.russia.tj@mail.ru')}.`,
    T`${PER('Давлатова Гулрухсор')}, родившаяся ${DOB('02.02.2002')}, была продана в Турцию за 3 000 долларов.`,
    T`${PER('Нематуллоев Х. С.')} признан виновным по ч. 2 ст. 130.1 УК РТ.`,
    T`В Стамбуле девушек держали по адресу ${ADR('Yenidoğan Mah. Sırrı Paşa Sok. No: 8 D: 2, Bayrampaşa')}.`,
    T`Потерпевшая ${PER('Ашурова Рухшона')} работала домработницей в ${ADR('Villa 11, Street 3, Al Barsha 1')} без выходных.`,
    T`Из ОАЭ ей звонили с номера ${PHO(phone('ae', 1))}.`,
    T`${PER('Бахтовар')} был отправлен в Южную Корею через посредника ${PER('Кан Алексея')}.`,
    T`В Корее ${PER('Бахтовар')} работал на рыбной ферме по адресу ${ADR('Jeollanam-do, Sinan-gun, Jeungdo-myeon, Jeungdojungang-gil 38')}.`,
    T`${PER('САИДЗОДА МАВЗУНА')}, ${DOB('1998')} г.р., уроженка г. Куляб, дала показания по видеосвязи.`,
    T`${PER(`Гул${SHY}чехра`)} смогла передать сообщение брату через свой профиль ${HDL('instagram.com/gulchehra.kulob')}.`,
    T`${PER('Мамадназаров Шоназар')}, житель ГБАО, помогал вербовщикам подбирать «работников».`,
    T`Показания ${PER('Фирдавса Рахимӣ')} оглашены в судебном заседании.`,
    T`Паспорт ${PAS(ruPass(0))} принадлежал владельцу цеха ${PER('Абрамову Константину')}.`,
    T`Деньги за «визу» родственники переводили через Грузию на счёт ${IBN(iban('GE', 'compact'))}.`,
    T`${PER('Фаррух')} звонил родителям с номера ${PHO(phone('ru', 3))}, который ему дал бригадир.`,
    T`Мигрантов разместили в бытовках по адресу: ${ADR('Московская обл., Ленинский г.о., пос. Развилка, д. 44, кв. 3')}.`,
    T`Цех находился по адресу: ${ADR('г. Екатеринбург, ул. Фронтовых бригад, д. 18, корп. 1')}.`,
    T`Родители ${PER('Нигины')} проживают по адресу: ${ADR('Согдийская обл., Истаравшанский р-н, кишлак Калининобод, ул. Рудаки, 27')}.`,
    T`${PER('Одинаев Бахром')}, дата рождения — ${DOB('17 мая 1997')}, работал на складе без оформления.`,
    T`Свидетель ${PER('Кодиров Мансур')} родился ${DOB('5 января 1985')} года в Гиссарском районе.`,
    T`В WhatsApp номер вербовщицы был записан как «${PER('zebo nazarova')}».`,
    T`${PER('Мерген Чарыев')}, гражданин Туркменистана, работал вместе с таджикскими мигрантами на стройке в Анкаре.`,
    T`${PER('Ли Цзюнь')}, представитель китайской компании, отказался выдавать рабочим паспорта.`,
    T`По номеру карты ${CRD(card('2200', false, 'compact'))}, указанному в переписке, данные не найдены.`,
    T`В Казахстане ${PER('Кодирову Зафару')} был присвоен ИИН ${NID(iin(dA, false))}, что подтверждает его трудоустройство.`,
    T`${PER('Файзуллоева Сурайё')} ${DOB('1999')} г.р. познакомилась с вербовщиком в Одноклассниках (${HDL('ok.ru/profile/584120937714')}).`,
    T`Посредник ${PER('Хайдаров Кабир')} отправлял номера патентов на почту ${EML('kabir.patent@bk.ru')}.`,
    T`${PER('Дилафруз')} удалось позвонить в посольство с телефона ${PHO(phone('tj', 2))}.`,
    T`Девушек встречал ${PER('Сайфуллоев Навруз')} на автомобиле Toyota Prius ${PLT(tjPlate())}.`,
    T`Работодатель в Турции ${PER('Ümit Karaağaç')} отобрал у ${PER('Парвины')} паспорт и телефон.`,
    T`Потерпевшая ${PER('Назарова Саодат')} проживала в ${ADR('г. Бохтар, ул. Вахдат, д. 3')} до отъезда.`,
    T`${PER('Мирзоева Зарнигор')}, ${DOB('1995')} года рождения, — мать двоих детей, завербована через ${HDL('@tj_work_turkey')}.`,
    T`Перевод отправлен на счёт ${IBN(iban('TR', 'spaced'))} на имя ${PER('Serkan Güngör')}.`,
    T`Бригадир ${PER('Шарифзода Алишер')} звонил с номера ${PHO(phone('tj', 3))} и угрожал родственникам.`,
    T`${PER('Икромӣ Фируза')} работала в ${ADR('Flat 302, Al Nahda Building 2, Al Nahda 1')} в Шардже.`,
    T`${PER('Бободжонова Д. А.')} и ${PER('Каримзода Р.')} осуждены Согдийским областным судом.`,
    T`На счёт ${IBN(iban('AZ', 'spaced'))} в Баку деньги поступали транзитом.`,
    T`Потерпевший ${PER('Джамшед')} указал свой корейский номер ${PHO(phone('kr', 3))}.`,
    T`В квартире по ${ADR('ул. Гагарина, д. 9, кв. 40')} в Подольске жили четырнадцать мигрантов.`,
    T`${PER('Сангинов Хуршед')} проживал в ${ADR('доме 3 по улице Бухоро')} в Турсунзаде.`,
    T`Родилась ${PER('Мавлюда')} ${DOB('30.12.2001')} в Пенджикенте, в 17 лет уехала на заработки.`,
  );
  // negatives
  add(
    L,
    T`Согдийская область лидирует по числу выявленных случаев трудовой эксплуатации за рубежом.`,
    T`Генеральная прокуратура Республики Таджикистан направила запрос о правовой помощи в Российскую Федерацию.`,
    T`Дело возбуждено по ч. 2 ст. 130.1 УК Республики Таджикистан («Торговля людьми»).`,
    T`Сумма «долга» составляла 12 000 сомони, что в несколько раз превышало обещанный заработок.`,
    T`На проспекте Исмоили Сомони прошла информационная акция для трудовых мигрантов.`,
    T`Хатлонская область и ГБАО включены в программу МОМ по реинтеграции пострадавших.`,
    T`Приговор Согдийского областного суда вступил в законную силу 3 августа 2022 года.`,
    T`В 2018 году через аэропорт Душанбе в Россию выехали более 400 тысяч трудовых мигрантов.`,
    T`Номер обращения ${caseNo12('7312')} зарегистрирован в общественной приёмной.`,
    T`Трудовые мигранты из Раштской долины чаще всего работают на стройках Москвы и Подмосковья.`,
    T`Межведомственная комиссия по противодействию торговле людьми утвердила план на 2023–2025 годы.`,
    T`Рынок «Корвон» в Душанбе был одним из мест, где распространялись объявления о работе в России.`,
    T`Доклад ОБСЕ о торговле людьми в Центральной Азии был представлен в Вене.`,
    T`Патент на работу в Москве стоил около 7 000 рублей в месяц.`,
    T`Заседание Исфаринского городского суда было перенесено на две недели.`,
    T`Уголовное дело № 1-312/2021 рассмотрено Шохмансурским районным судом г. Душанбе.`,
    T`Перевозчик брал по 1 500 сомони за место в автобусе Душанбе — Москва.`,
    T`Палермский протокол и Конвенция ООН против транснациональной организованной преступности ратифицированы Таджикистаном.`,
  );
}

// ===========================================================================
// en — English (NGO reports, case summaries, court-decision translations)
// ===========================================================================
{
  const L: Lang = 'en';
  const uzO = (s: string): string => uzChars(s, 'okina');
  const uzQ = (s: string): string => uzChars(s, 'quote');
  const dA: Ymd = { y: 1997, m: 2, d: 14 };
  const dB: Ymd = { y: 2001, m: 8, d: 19 };
  const dC: Ymd = { y: 1994, m: 10, d: 2 };
  add(
    L,
    T`The victim, ${PER('Aigerim')}, was told she would work as a waitress in Antalya for $900 a month.`,
    T`${PER('Nurzhamal')} was told that her "debt" for the flight and visa had already reached $4,000.`,
    T`According to ${PER('Mrs Karimova')}, the recruiter kept all the passports in a locked drawer.`,
    T`In the shelter register her name appears as ${PER('Aıgerim Tólegenqyzy')}, born on ${DOB('4 March 2000')}.`,
    T`${PER('Şınar Ğalımjanqızı')} told investigators she had been sold twice before reaching Dubai.`,
    T`Witness ${PER("G'alymjan To'legenov")} said the minibus left Shymkent at night with nine women inside.`,
    T`${PER(uzO("O'g'iloy Yo'ldosheva"))} (DOB: ${DOB(dmy(dA, '/'))}) was recruited through a relative in Andijan.`,
    T`The intake form was signed "${PER('nurlanova aigerim')}" in lower-case letters.`,
    T`${PER('ABDYKADYROVA GULZAT')}, born ${DOB('1979')}, acted as the local recruiter in Jalal-Abad.`,
    T`She was held at ${PER('Khalid')}'s apartment, ${ADR('Flat 1404, Al Khail Heights, Al Quoz 4')}, for eleven weeks.`,
    T`The women were housed in ${ADR('Building 12, Al Nahda Tower')} and driven to clubs every evening.`,
    T`Domestic workers were confined at ${ADR('Villa 3, Street 14, Al Warqa 3')} with no days off.`,
    T`In Istanbul the workshop was located at ${ADR('Kemalpaşa Mah. Gençtürk Cad. No:12/4 Fatih/İstanbul')}.`,
    T`The second flat was at ${ADR('Cumhuriyet Mah. 1453 Sok. No: 7 D: 11, Esenyurt')}, rented in the name of ${PER('Hatice Öztürk')}.`,
    T`${PER('Jasur')} worked on a pig farm at ${ADR('Gimhae-si, Jillye-myeon, Sinwol-ro 152-9')} without a contract.`,
    T`The broker's office was registered at ${ADR('Seoul, Guro-gu, Digital-ro 33-12')}.`,
    T`In Moscow the group lived at ${ADR('ul. Lyublinskaya, d. 153, kv. 7, Moscow')}, a two-room flat shared by 16 people.`,
    T`In her statement she wrote that she stayed at ${ADR('flat 12, 45 abai avenue, almaty')} before the flight.`,
    T`The recruiter's contact number was ${PHO(phone('kz', 0))}, later traced to a SIM card bought in Taraz.`,
    T`${PER('Bakyt uulu Nurbek')} called the victims from ${PHO(phone('kg', 0))} and from a Russian number, ${PHO(phone('ru', 2))}.`,
    T`${PER('Ermek kyzy Burulai')} gave her email address as ${EML('burulai.ermek@gmail.com')} on the application.`,
    T`Her IIN is ${NID(iin(dB, true))}; she was born on ${DOB('19 August 2001')} in Kyzylorda.`,
    T`ID number ${NID(iin(undefined, true, false))} was entered on the bank form, although one digit appears to have been mistyped.`,
    T`PINFL ${NID(pinfl(dC, true))} belongs to ${PER(uzQ("Go'zal Ismoilova"))}, date of birth ${DOB(dmy(dC))}.`,
    T`The defendant's PIN ${NID(kgPin(undefined, false))} was confirmed by the Kyrgyz registry.`,
    T`Her Emirates ID ${NID(emiratesId(1996))} was cancelled by the sponsor without her knowledge.`,
    T`The sponsor listed his foreigner ID number as ${NID(trForeignId())} on the rental agreement.`,
    T`Passport no. ${PAS(kzPass())} was returned to ${PER('Dana')} only after the police raid.`,
    T`The employer held passports ${PAS(uzPass('AA'))} and ${PAS(uzPass('FA'))} belonging to two sisters from Khorezm.`,
    T`${PER('Tsoy Angelina')} travelled on a Russian foreign passport, ${PAS(ruPass(3))}.`,
    T`The Kyrgyz ID card ${PAS(kgPass('ID'))} was found in the manager's car.`,
    T`Wages were supposed to be paid to card ${CRD(card('4400', true, 'spaced'))}, held by ${PER('Ligay Valeriy')}.`,
    T`A second card, ${CRD(card('5440', true, 'compact'))}, was used to collect "rent" from the workers.`,
    T`The card number on the receipt, ${CRD(card('4169', false, 'spaced'))}, fails the bank's validation.`,
    T`Payments went to IBAN ${IBN(iban('DE', 'spaced'))} held by ${PER('Wang Xiuying')}.`,
    T`${PER('Hsu Chia-hui')} received transfers on ${IBN(iban('GE', 'compact'))} and ${IBN(iban('AZ', 'compact'))}.`,
    T`The victims' families paid ${IBN(iban('TR', 'lower'))} before departure.`,
    T`Account ${IBN(iban('AE', 'spaced'))} was opened by ${PER('Mariam Obaid Al Shamsi')}.`,
    T`An Almaty account, ${IBN(iban('KZ', 'lowerSpaced'))}, was used for the "visa fee".`,
    T`The IBAN written in the notebook, ${IBN(iban('TR', 'spaced', false))}, contains an error in the check digits.`,
    T`The victims were driven to the border in a minivan with Russian plates ${PLT(ruPlate(1))}.`,
    T`A Kazakh-registered car, ${PLT(kzPlate())}, picked the women up in Shymkent.`,
    T`The bus ${PLT(uzPlate(0))} carried 22 workers from Samarkand to the Kazakh border.`,
    T`In Istanbul the van ${PLT(trPlate(0))} was registered to ${PER('İbrahim Halil Doğan')}.`,
    T`The car ${PLT(kgPlate(0))} belonged to the recruiter's brother.`,
    T`She found the job ad on instagram ${HDL('dilya.abdullaeva')} and was later added to a chat by ${HDL('@visa_help_dxb')}.`,
    T`The recruiter used the telegram account ${HDL('work_korea_1')}; the victim's notebook also lists "tiktok: ${HDL('korea.job.kz')}".`,
    T`The profile ${HDL('https://www.instagram.com/zhanna.travel.almaty/')} was deleted after the arrest.`,
    T`Emails from ${EML('hr.turkey.jobs@outlook.com')} promised "hotel work" in Bodrum.`,
    T`${PER(`Gul${SHY}nara`)} managed to send a voice message to her sister from the flat.`,
    T`${PER('Mähri Orazdurdyýewa')} and ${PER('Ogulgerek Nurmuhammedowa')} were recruited in Mary for work in Turkey.`,
    T`Investigators identified ${PER('A. T. Rakhmonova')} as the person who bought the tickets.`,
    T`${PER('Kim Min-jun')}, the farm owner, paid the workers less than a third of the minimum wage.`,
    T`Victim ${PER('Dilnoza')} (b. ${DOB('1998')}) said she was told to "work off" the debt.`,
    T`${PER('Farangis')}, born ${DOB('3 May 2001')}, was 17 when she was taken to Moscow.`,
    T`${PER("Sherzod Baxtiyor o'g'li")} (date of birth: ${DOB('1990-07-21')}) drove the victims to Tashkent airport.`,
    T`${PER('Mr Yıldırım')} called the victim's mother on ${PHO(phone('tr', 0))} and demanded $2,000.`,
    T`${PER('Fatima')} was allowed to call home once a month from ${PHO(phone('ae', 3))}.`,
    T`The Turkmen recruiter ${PER('Serdar Çaryýew')} used the number ${PHO(phone('tm', 0))}.`,
    T`${PER('Sukhrob')}'s mother reached an NGO hotline from ${PHO(phone('tj', 1))}.`,
    T`The victims' contact in Seoul, ${PER('Pak Yuliya')}, answered on ${PHO(phone('kr', 1))}.`,
    T`Texts came from ${PHO(phone('uz', 4))} ordering ${PER('Sevara')} to return to the flat.`,
    T`${PER('Tursunov Jasur')} was born on ${DOB('12.11.1992')} in Namangan and was convicted in 2020.`,
    T`Mother of two, ${PER('Kanykei')}, stayed at ${ADR('14 tole bi street, apt 3')} with the recruiter's family.`,
    T`Witness ${PER('Yousef Al Nuaimi')} rented the villa at ${ADR('Villa 27, 18B Street, Al Barsha 2')} to the agency.`,
    T`The shelter recorded ${PER('Shahnoza')}'s date of birth as ${DOB('21 Apr 2003')}.`,
  );
  // negatives
  add(
    L,
    T`Central Asia remains a source region for labour trafficking to Russia, Turkey and the Gulf.`,
    T`The Prosecutor General's Office opened 14 criminal cases under Article 128 of the Criminal Code in 2021.`,
    T`The U.S. Department of State's Trafficking in Persons Report placed Turkmenistan on Tier 3.`,
    T`The Palermo Protocol requires states to criminalise trafficking regardless of the victim's consent.`,
    T`IOM, OSCE and UNODC co-funded the regional referral mechanism.`,
    T`Case No. 1-234/2021 was heard by the Pervomaisky District Court of Bishkek.`,
    T`Registration number ${caseNo12('2306')} appears in the hotline log.`,
    T`Recruiters charged between $1,500 and $3,000 per person.`,
    T`In 2016 the shelter in Osh assisted 112 women and 9 men.`,
    T`The trial took place in Bishkek and lasted four months.`,
    T`Victims were flown out of Manas International Airport on charter flights.`,
    T`Several of the agencies operated from Al Barsha and Deira.`,
    T`Workshops in Fatih employed dozens of undocumented garment workers.`,
    T`The Sughd region and Khatlon region account for most of the returnees.`,
    T`Billboards along Abai Avenue warned young women about fake job offers abroad.`,
    T`Officials in Toshkent viloyati reported a rise in recruitment through messaging apps.`,
    T`The sentence was handed down on 12 March 2021 and upheld on appeal.`,
    T`Debt bondage amounts ranged from 500,000 to 2,000,000 tenge.`,
    T`The Jambyl Region police department and the Ministry of Labour signed a joint action plan.`,
  );
}

// ===========================================================================
// Additional address-heavy snippets (all languages)
// ===========================================================================
add(
  'ru',
  T`Потерпевшая ${PER('Айгерим')} сбежала из квартиры на ${ADR('улице Гагарина, 112, кв. 9')} и добралась до отдела полиции пешком.`,
  T`В ${ADR('доме 5 по Заводской улице')} в Чехове «работодатель» держал ещё двенадцать человек.`,
  T`Вербовщица ${PER('Абенова К.')} снимала две квартиры — на ${ADR('ул. Сейфуллина, 410, кв. 33')} и в ${ADR('мкр. Орбита-3, д. 18, кв. 60')}.`,
  T`По месту регистрации ${PER('Кошкарбаевой')} — ${ADR('г. Тараз, ул. Толе би, д. 27, кв. 5')} — она не проживает с 2020 года.`,
  T`Склад располагался по адресу: ${ADR('Ленинградская обл., Всеволожский р-н, д. Новосаратовка, ул. Промышленная, д. 6')}; туда же привезли ${PER('Умиду')} и ${PER('Сабину')}.`,
  T`Карты ${CRD(card('4400', true, 'dashed'))} и ${CRD(card('5169', true, 'spaced'))} изъяты при обыске в ${ADR('квартире № 7 дома 31 по улице Жандосова')}.`,
  T`${PER('Ержан')} проживал в ${ADR('микрорайоне Шугыла, дом 340/5, кв. 12')} вместе с потерпевшими.`,
);
add(
  'kk',
  T`Жәбірленушілер ${ADR('Алматы облысы, Қарасай ауданы, Қаскелең қаласы, Наурызбай батыр көшесі, 21-үй')} мекенжайындағы цехта жұмыс істеген.`,
  T`${PER('Ақерке')} ${ADR('Астана қаласы, Сарыарқа ауданы, Жеңіс даңғылы, 75-үй, 12-пәтер')} мекенжайында тіркелген.`,
  T`Делдал ${PER('Сейітова Зәуре')} ${EML('zaure.seitova@mail.kz')} поштасы арқылы жұмыс ұсынған, өзі ${ADR('Тараз қ., Төле би көшесі, 44-үй, 8-пәтер')} мекенжайында тұрады.`,
  T`Дубайда ${PER('Айдананы')} ${ADR('Building 7, Al Mankhool Tower, Bur Dubai')} ғимаратындағы пәтерде ұстаған.`,
  T`Ресейде ${PER('Нұрлыбек')} ${ADR('Мәскеу облысы, Балашиха қ., Советская көшесі, 36-үй, 118-пәтер')} мекенжайындағы жатақханада тұрған.`,
  T`${PER('Ардақ')} ${ADR('Шымкент қ., Нұрсәт шағын ауданы, 12-үй, 41-пәтер')} мекенжайында тұрады, жалақысы ${CRD(card('4400', true, 'compact'))} картасына түсіп отырған.`,
);
add(
  'ky',
  T`Жабырлануучулар ${ADR('Бишкек ш., Ахунбаев көчөсү, 97-үй, 14-батир')} дарегиндеги батирде кармалган.`,
  T`${PER('Бекмырза')} ${ADR('Нарын облусу, Ат-Башы району, Ак-Муз айылы, Жеңижок көчөсү, 4-үй')} дарегинде жашайт.`,
  T`Ортомчу ${PER('Жээнбекова Салкын')} кыздарды ${ADR('Ош ш., Амир Темур көчөсү, 33-үй, 7-батир')} дарегине чогулткан.`,
  T`Казанда алар ${ADR('Казань ш., Академик Губкин көчөсү, 50-үй, 3-корпус, 21-батир')} дарегинде жашашкан.`,
  T`Кореяда ${PER('Азамат')} ${ADR('Gyeongsangbuk-do, Gumi-si, 3gongdan-ro 221-5')} дарегиндеги заводдо иштеген, айлыгы ${CRD(card('9417', true, 'spaced'))} картасына түшкөн.`,
  T`${PER('Айгүл Сатарова')} ${EML('aigul.satarova@inbox.ru')} дарегинен кат жөнөтүп, кыздарды ${ADR('Бишкек ш., Жибек Жолу проспекти, 480-үй')} дарегиндеги кеңсеге чакырган.`,
);
addUz(
  T`Jabrlanuvchilar ${ADR('Toshkent shahri, Yunusobod tumani, 4-mavze, 21-uy, 37-xonadon')} manzilidagi kvartirada yig'ilgan.`,
);
addUz(T`${PER('Dilorom')} ${ADR("Qashqadaryo viloyati, Qarshi shahri, Nasaf ko'chasi, 9-uy")} manzilida yashaydi.`);
addUz(
  T`Vositachi ${PER('Abdullayeva Iroda')} ${ADR("Ko'kcha mahallasi, Chig'atoy ko'chasi, 112-uy")} manzilida istiqomat qiladi.`,
);
addUz(T`Moskvada ular ${ADR("Moskva shahri, Perovskaya ko'chasi, 66-uy, 3-korpus, 204-xonadon")} manzilida yashagan.`);
addUz(
  T`Ayollar ${ADR('Yeşilköy Mah. Ataköy Cad. No: 18 D: 4, Bakırköy')} manzilida saqlangan, ularga ${PER('Emine Kılıçarslan')} qarab turgan.`,
);
add(
  'uz',
  T`${PER('Азимова Нигора')} ${ADR('Наманган вилояти, Чуст тумани, Ғалаба кўчаси, 15-уй')} манзилида рўйхатда туради, электрон почтаси ${EML('nigora.azimova@umail.uz')}.`,
  T`Пул ${CRD(card('8600', true, 'dashed'))} картасидан ${ADR('Тошкент шаҳри, Сергели тумани, 7-мавзе, 3-уй, 18-хонадон')} манзилида яшовчи ${PER('Сотволдиевга')} ўтказилган.`,
);
add(
  'tg-ru',
  T`${PER('Муродова Гулнора')} проживала по адресу: ${ADR('г. Душанбе, Фирдавсийский р-н, ул. Н. Карабаева, д. 62, кв. 14')}.`,
  T`Вербовщица назначала встречи в ${ADR('доме 21 по улице Мирзо Турсунзаде')} в Душанбе.`,
  T`Мигрантов селили на ${ADR('улице Каховка, д. 27, стр. 2')} в Москве, где ${PER('Курбонов Далер')} исполнял роль «коменданта».`,
  T`${PER('Рустам')} работал на стройке по адресу ${ADR('Incheon, Namdong-gu, Namdongseo-ro 155-4')}.`,
  T`Квартира, где удерживали ${PER('Шахло')}, находилась по адресу ${ADR('Flat 908, Al Taawun Tower, Al Taawun, Sharjah')}.`,
  T`${PER('Исмоилов Парвиз')} указал адрес ${ADR('г. Вахдат, ул. Исмоили Сомони, д. 15, кв. 2')} и электронную почту ${EML('parviz.ismoilov91@gmail.com')}.`,
  T`${PER('Ниёзова Хуршеда')} живёт в ${ADR('кишлаке Чоркух, ул. Сомони, 40')} с тремя детьми.`,
);
add(
  'en',
  T`The women were moved between ${ADR('Flat 706, Al Maktoum Building, Deira')} and ${ADR('Flat 211, Al Rigga Residence, Al Rigga')}.`,
  T`Her registered address is ${ADR('Zhetysu-3 microdistrict, building 19, flat 58, Almaty')}.`,
  T`${PER('Madina')} lived at ${ADR('apt 7, 23 gagarin street')} in Taraz before she left.`,
  T`The agency's office was at ${ADR('Office 1203, Al Attar Business Tower, Sheikh Zayed Road')}; applicants wrote to ${EML('info.staffing.dxb@gmail.com')}.`,
  T`In Korea she lived at ${ADR('Gyeonggi-do, Pocheon-si, Gasan-myeon, Gamam-ro 42-8')} in a container on the farm.`,
  T`The flat at ${ADR('Laleli Mah. Mesihpaşa Cad. No: 31 D: 8')} was rented by ${PER('Burak Aksoy')}.`,
  T`He gave his address as ${ADR('kv. 14, d. 9, ul. Pervomayskaya, Novosibirsk')}.`,
  T`${PER('Ainura')} lived at ${ADR('Osh city, Lenin street, house 205, flat 3')} with her grandmother.`,
);

// ===========================================================================
// Verification and output
// ===========================================================================
function fail(msg: string): never {
  throw new Error(msg);
}
function detectScript(text: string): 'cyrillic' | 'latin' | 'mixed' {
  const cyr = /[\u0400-\u04FF]/.test(text);
  const lat = /[A-Za-z\u00C0-\u024F\u1E00-\u1EFF]/.test(text);
  if (cyr && lat) return 'mixed';
  return cyr ? 'cyrillic' : 'latin';
}

// generator self-checks
for (let i = 0; i < 200; i++) {
  if (!iinValid(iin())) fail('valid IIN generator broken');
  if (iinValid(iin(undefined, true, false))) fail('invalid IIN generator broken');
  if (iinValid(caseNo12())) fail('case number passes IIN checksum');
  if (!pinflValid(pinfl())) fail('valid PINFL generator broken');
  if (pinflValid(pinfl(undefined, true, false))) fail('invalid PINFL generator broken');
  if (!luhnValid(card('4400', true, 'compact'))) fail('Luhn generator broken');
  if (luhnValid(card('4400', false, 'compact'))) fail('bad-Luhn generator broken');
}
if (!ibanValid('GB82 WEST 1234 5698 7654 32')) fail('IBAN checker broken');

interface Row {
  id: string;
  language: Lang;
  script: 'cyrillic' | 'latin' | 'mixed';
  text: string;
  spans: Span[];
}
const rows: Row[] = [];
const seenText = new Set<string>();
LANGS.forEach((lang, li) => {
  const list = batch[lang].slice();
  // deterministic shuffle (separate PRNG so structured values do not depend on it)
  const srng = mulberry32(20261205 + li + 1);
  for (let i = list.length - 1; i > 0; i--) {
    const j = Math.floor(srng() * (i + 1));
    [list[i], list[j]] = [list[j], list[i]];
  }
  list.forEach((sn, i) => {
    const id = `heldout3-${lang}-${String(i + 1).padStart(3, '0')}`;
    if (!sn.text || sn.text.trim() !== sn.text) fail(`${id}: empty text or stray whitespace`);
    if (seenText.has(sn.text)) fail(`${id}: duplicate text`);
    seenText.add(sn.text);
    const spans = sn.spans.slice().sort((a, b) => a.start - b.start);
    for (let k = 0; k < spans.length; k++) {
      const sp = spans[k];
      if (!TYPES.includes(sp.type)) fail(`${id}: bad type ${sp.type}`);
      if (!(sp.start >= 0 && sp.end > sp.start && sp.end <= sn.text.length)) fail(`${id}: bad offsets`);
      if (sn.text.slice(sp.start, sp.end) !== sp.text) fail(`${id}: slice mismatch for "${sp.text}"`);
      if (sp.text.trim() !== sp.text) fail(`${id}: span with surrounding whitespace "${sp.text}"`);
      if (k > 0 && spans[k - 1].end > sp.start) fail(`${id}: overlapping spans`);
    }
    rows.push({ id, language: lang, script: detectScript(sn.text), text: sn.text, spans });
  });
});

// requirements
const perLang: Record<string, number> = {};
const perType: Record<string, number> = {};
const perScript: Record<string, number> = {};
let negatives = 0;
for (const r of rows) {
  perLang[r.language] = (perLang[r.language] ?? 0) + 1;
  perScript[`${r.language}/${r.script}`] = (perScript[`${r.language}/${r.script}`] ?? 0) + 1;
  if (r.spans.length === 0) negatives++;
  for (const s of r.spans) perType[s.type] = (perType[s.type] ?? 0) + 1;
}
if (rows.length < 400) fail(`only ${rows.length} snippets`);
if (negatives < 90) fail(`only ${negatives} negatives`);
for (const l of LANGS) if ((perLang[l] ?? 0) < 40) fail(`language ${l} has ${perLang[l] ?? 0} snippets`);
const minType: Partial<Record<SpanType, number>> = { PERSON: 150, ADDRESS: 100, BIRTH_DATE: 40 };
for (const t of TYPES) if ((perType[t] ?? 0) < (minType[t] ?? 15)) fail(`type ${t} has ${perType[t] ?? 0} spans`);

const outDir = path.resolve(process.argv[2] ?? '.');
fs.mkdirSync(outDir, { recursive: true });
const outFile = path.join(outDir, 'anonymizer-heldout-3.jsonl');
fs.writeFileSync(outFile, rows.map((r) => JSON.stringify(r)).join('\n') + '\n', 'utf8');

console.log(`wrote ${rows.length} snippets to ${outFile}`);
console.log(`negatives: ${negatives}`);
console.log('per language:', perLang);
console.log('per language/script:', perScript);
console.log('per type:', perType);
console.log(`IBANs generated: ${ibanValidCount} valid checksum, ${ibanInvalidCount} invalid checksum`);
