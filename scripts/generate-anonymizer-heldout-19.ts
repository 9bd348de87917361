/* eslint-disable */
// @ts-nocheck: a held-out generator, written without reading the code; it is run, not imported.
/**
 * Held-out evaluation set 19 for the personal-data anonymizer.
 *
 * Domain: anonymized human-trafficking case material from Central Asia
 * (Kazakhstan, Kyrgyzstan, Uzbekistan, Tajikistan, Turkmenistan) and the
 * destination countries (Russia, Turkey, UAE, South Korea, ...).
 *
 * Languages: ru (cyrl), kk (cyrl + some latn), uz (latn + some cyrl),
 * ky (cyrl), tg (cyrl), tr (latn), en (latn), roughly evenly spread.
 *
 * Span types: PERSON, PHONE, EMAIL, NATIONAL_ID, PASSPORT, CARD, IBAN,
 * ADDRESS, BIRTH_DATE, PLATE, HANDLE.
 *
 * Genres: victim interviews, witness statements, police and prosecutor
 * reports, court decisions, NGO intake forms and shelter logs, messenger
 * exports, migration and border records, bank statements and transfers,
 * recruiter posts and job adverts, pipe/tab tables and registers, passport
 * pages with machine-readable zones.
 *
 * Conventions used for the gold spans:
 *  - PERSON covers the name only (no titles, no role words); inflected
 *    forms cover the whole inflected token (Айгеримге, Бахтияром), but a
 *    Turkish suffix after an apostrophe is left out (Ayşe'ye -> Ayşe).
 *    Nicknames of recruiters are PERSON. In an MRZ the surname and the
 *    given name are separate PERSON spans.
 *  - ADDRESS is street level (street + house, optional flat) without the
 *    city or region; a Russian preposition before an inflected street
 *    word is left out ("на улице Абая, 10" -> "улице Абая, 10").
 *  - BIRTH_DATE covers only the date (or year) of birth, never dates of
 *    events, hearings, flights or transfers.
 *  - Identifiers after an explicit cue are labelled even when their check
 *    digit is wrong. Partly masked card numbers are CARD.
 *  - Company identifiers (BIN), case and registry numbers, hotline
 *    numbers, flight numbers, statutes, amounts and organisation names
 *    (including those named after people) are never labelled.
 *
 * At least 650 snippets, at least 110 of them negatives (no spans).
 * Offsets are UTF-16 code units (JavaScript string indices), end exclusive.
 * Spans are computed while composing the text and verified at the end.
 *
 * Run: cd /work/main && npx tsx scripts/generate-anonymizer-heldout-19.ts
 * Output: test/fixtures/anonymizer-heldout-19.jsonl
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

// ---------------------------------------------------------------------------
// Deterministic PRNG
// ---------------------------------------------------------------------------
function mulberry32(seed) {
  let a = seed >>> 0;
  return function () {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rnd = mulberry32(0x19a2b3c4);
const ri = (a, b) => a + Math.floor(rnd() * (b - a + 1));
const pick = (arr) => arr[Math.floor(rnd() * arr.length)];
const chance = (p) => rnd() < p;
function shuffle(arr) {
  const a = arr.slice();
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}
function pickN(arr, n) {
  return shuffle(arr).slice(0, n);
}
const pad = (n, w = 2) => String(n).padStart(w, '0');
function digits(n) {
  let s = '';
  for (let i = 0; i < n; i++) s += String(ri(0, 9));
  return s;
}
const LAT = 'ABCDEFGHJKLMNPRSTUVWXYZ';
function letters(n, alphabet = LAT) {
  let s = '';
  for (let i = 0; i < n; i++) s += pick(alphabet.split(''));
  return s;
}

// ---------------------------------------------------------------------------
// Composition with spans: a tagged template that records where each marked
// value lands in the text.
// ---------------------------------------------------------------------------
const TYPES = [
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
class Mark {
  constructor(type, value) {
    if (!TYPES.includes(type)) throw new Error('bad type ' + type);
    if (typeof value !== 'string' || value.length === 0) throw new Error('empty value for ' + type);
    if (value !== value.trim()) throw new Error('untrimmed value for ' + type + ': [' + value + ']');
    this.type = type;
    this.value = value;
  }
}
class Frag {
  constructor(text = '', spans = []) {
    this.text = text;
    this.spans = spans;
  }
}
function addVal(f, v) {
  if (v instanceof Mark) {
    const start = f.text.length;
    f.text += v.value;
    f.spans.push({ start, end: f.text.length, type: v.type, value: v.value });
  } else if (v instanceof Frag) {
    const off = f.text.length;
    f.text += v.text;
    for (const s of v.spans) f.spans.push({ ...s, start: s.start + off, end: s.end + off });
  } else if (Array.isArray(v)) {
    for (const x of v) addVal(f, x);
  } else if (v === undefined || v === null) {
    throw new Error('undefined value in template');
  } else {
    f.text += String(v);
  }
}
function T(strings, ...vals) {
  const f = new Frag();
  for (let i = 0; i < strings.length; i++) {
    f.text += strings[i];
    if (i < vals.length) addVal(f, vals[i]);
  }
  return f;
}
/** join values with a separator */
function J(sep, items) {
  const f = new Frag();
  items.forEach((it, i) => {
    if (i) f.text += sep;
    addVal(f, it);
  });
  return f;
}
const S = (type, value) => new Mark(type, value);
const P = (v) => S('PERSON', v);
const PH = (v) => S('PHONE', v);
const EM = (v) => S('EMAIL', v);
const NID = (v) => S('NATIONAL_ID', v);
const PAS = (v) => S('PASSPORT', v);
const CRD = (v) => S('CARD', v);
const IBN = (v) => S('IBAN', v);
const ADR = (v) => S('ADDRESS', v);
const BD = (v) => S('BIRTH_DATE', v);
const PL = (v) => S('PLATE', v);
const HD = (v) => S('HANDLE', v);

// ---------------------------------------------------------------------------
// Dates
// ---------------------------------------------------------------------------
function rdob(y1 = 1968, y2 = 2006) {
  return { y: ri(y1, y2), m: ri(1, 12), d: ri(1, 28) };
}
function revent(y1 = 2018, y2 = 2024) {
  return { y: ri(y1, y2), m: ri(1, 12), d: ri(1, 28) };
}
const dmy = (dt, sep = '.') => `${pad(dt.d)}${sep}${pad(dt.m)}${sep}${dt.y}`;
const ymd = (dt, sep = '-') => `${dt.y}${sep}${pad(dt.m)}${sep}${pad(dt.d)}`;
const mdy = (dt, sep = '/') => `${pad(dt.m)}${sep}${pad(dt.d)}${sep}${dt.y}`;
const RU_MON_GEN = [
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
const KK_MON = [
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
const KK_MON_LOC = [
  'қаңтарда',
  'ақпанда',
  'наурызда',
  'сәуірде',
  'мамырда',
  'маусымда',
  'шілдеде',
  'тамызда',
  'қыркүйекте',
  'қазанда',
  'қарашада',
  'желтоқсанда',
];
const KY_MON = [
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
const KY_MON_GEN = [
  'январында',
  'февралында',
  'мартында',
  'апрелинде',
  'майында',
  'июнунда',
  'июлунда',
  'августунда',
  'сентябрында',
  'октябрында',
  'ноябрында',
  'декабрында',
];
const UZ_MON = [
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
const UZC_MON = [
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
const TG_MON = [
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
const TR_MON = [
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
const EN_MON = [
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
const ruDateLong = (dt) => `${dt.d} ${RU_MON_GEN[dt.m - 1]} ${dt.y}`;
const enDateLong = (dt) =>
  chance(0.5) ? `${dt.d} ${EN_MON[dt.m - 1]} ${dt.y}` : `${EN_MON[dt.m - 1]} ${dt.d}, ${dt.y}`;
const trDateLong = (dt) => `${dt.d} ${TR_MON[dt.m - 1]} ${dt.y}`;
const kkDateLong = (dt) => `${dt.y} жылғы ${dt.d} ${KK_MON[dt.m - 1]}`;
const uzDateLong = (dt) => `${dt.y}-yil ${dt.d}-${UZ_MON[dt.m - 1]}`;
const tgDateLong = (dt) => `${dt.d} ${TG_MON[dt.m - 1]}и ${dt.y}`;
const kyDateLong = (dt) => `${dt.y}-жылдын ${dt.d}-${KY_MON[dt.m - 1]}`;

// ---------------------------------------------------------------------------
// Identifiers
// ---------------------------------------------------------------------------
function luhnDigit(body) {
  let s = 0;
  for (let i = 0; i < body.length; i++) {
    let d = +body[body.length - 1 - i];
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    s += d;
  }
  return String((10 - (s % 10)) % 10);
}
const wrongDigit = (k) => String((+k + ri(1, 9)) % 10);

/** Kazakhstan IIN: YYMMDD + century/sex digit + 4 digits + check digit */
function makeIIN(dob, female, bad = false) {
  for (;;) {
    const c = dob.y < 2000 ? (female ? '4' : '3') : female ? '6' : '5';
    const b = pad(dob.y % 100) + pad(dob.m) + pad(dob.d) + c + digits(4);
    let s = 0;
    for (let i = 0; i < 11; i++) s += +b[i] * (i + 1);
    s %= 11;
    if (s === 10) {
      const w2 = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2];
      s = 0;
      for (let i = 0; i < 11; i++) s += +b[i] * w2[i];
      s %= 11;
      if (s === 10) continue;
    }
    return b + (bad ? wrongDigit(s) : String(s));
  }
}
/** Company BIN (same shape as IIN, 5th digit 4-6 = legal entity) */
function makeBIN() {
  return pad(ri(1, 23) % 100) + pad(ri(1, 12)) + pick(['4', '5', '6']) + digits(7);
}
/** Uzbekistan PINFL: sex/century + DDMMYY + 3 district + 3 serial + check */
function makePINFL(dob, female, bad = false) {
  const c = dob.y < 2000 ? (female ? '4' : '3') : female ? '6' : '5';
  const b = c + pad(dob.d) + pad(dob.m) + pad(dob.y % 100) + pad(ri(1, 999), 3) + pad(ri(1, 999), 3);
  const w = [7, 3, 1];
  let s = 0;
  for (let i = 0; i < 13; i++) s += +b[i] * w[i % 3];
  const k = String(s % 10);
  return b + (bad ? wrongDigit(k) : k);
}
/** Kyrgyz PIN: sex (1 f, 2 m) + DDMMYYYY + 5 digits */
function makeKGPIN(dob, female) {
  return (female ? '1' : '2') + pad(dob.d) + pad(dob.m) + dob.y + digits(5);
}
/** Turkish TC Kimlik No */
function makeTCKN(bad = false) {
  const d = [ri(1, 9)];
  for (let i = 0; i < 8; i++) d.push(ri(0, 9));
  const d10 = ((((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10) + 10) % 10;
  d.push(d10);
  const d11 = d.reduce((a, b) => a + b, 0) % 10;
  d.push(bad ? +wrongDigit(d11) : d11);
  return d.join('');
}
/** Korean resident / alien registration number */
function makeRRN(dob, female, foreigner = false, bad = false) {
  let g = dob.y < 2000 ? (female ? 2 : 1) : female ? 4 : 3;
  if (foreigner) g += 4;
  const b = pad(dob.y % 100) + pad(dob.m) + pad(dob.d) + g + digits(5);
  const w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5];
  let s = 0;
  for (let i = 0; i < 12; i++) s += +b[i] * w[i];
  const k = String((11 - (s % 11)) % 10);
  return b.slice(0, 6) + '-' + b.slice(6) + (bad ? wrongDigit(k) : k);
}
/** UAE Emirates ID 784-YYYY-NNNNNNN-C (Luhn) */
function makeEmiratesID(dob, bad = false) {
  const body = '784' + dob.y + digits(7);
  const k = luhnDigit(body);
  return `784-${dob.y}-${body.slice(7)}-${bad ? wrongDigit(k) : k}`;
}
/** Russian SNILS */
function makeSNILS() {
  const n = digits(9);
  let s = 0;
  for (let i = 0; i < 9; i++) s += +n[i] * (9 - i);
  let c;
  if (s < 100) c = s;
  else if (s === 100 || s === 101) c = 0;
  else {
    c = s % 101;
    if (c === 100) c = 0;
  }
  return `${n.slice(0, 3)}-${n.slice(3, 6)}-${n.slice(6)} ${pad(c)}`;
}
/** Russian personal INN (12 digits) */
function makeRUINN() {
  const b = pad(ri(1, 99)) + digits(8);
  const w11 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8];
  const w12 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8];
  let s = 0;
  for (let i = 0; i < 10; i++) s += +b[i] * w11[i];
  const c1 = String((s % 11) % 10);
  const b2 = b + c1;
  s = 0;
  for (let i = 0; i < 11; i++) s += +b2[i] * w12[i];
  return b2 + String((s % 11) % 10);
}

// passports and ID cards
const passKZ = () => 'N' + pad(ri(1, 99999999), 8);
const idcardKZ = () => '0' + digits(8);
const passKG = () => pick(['AC', 'AN', 'AC', 'PE']) + digits(7);
const idcardKG = () => 'ID' + digits(7);
const passUZ = () => pick(['AA', 'AB', 'AC', 'FA', 'FA', 'AD']) + digits(7);
const passTJ = () => pick(['40', '41', '50', '51']) + digits(7);
const passTM = () => 'A' + digits(7);
const passRUint = () => `${pad(ri(1, 99))} ${pad(ri(0, 23))} № ${digits(6)}`;
const passRUintPlain = () => `${pad(ri(1, 99))}${pad(ri(0, 23))} ${digits(6)}`;
const passRUfor = () => `${pick(['75', '76', '77', '72', '65'])} ${digits(7)}`;
const passTR = () => 'U' + digits(8);
const passKR = () => 'M' + digits(8);

function mrzCharVal(ch) {
  if (ch === '<') return 0;
  if (/[0-9]/.test(ch)) return +ch;
  return ch.charCodeAt(0) - 55;
}
function mrzCheck(s) {
  const w = [7, 3, 1];
  let t = 0;
  for (let i = 0; i < s.length; i++) t += mrzCharVal(s[i]) * w[i % 3];
  return String(t % 10);
}
const mrzPad = (s, n) => (s + '<'.repeat(n)).slice(0, n);

// bank cards
const BINS = {
  kz: ['440043', '400303', '517792', '440564', '548315', '404932'],
  uz: ['8600', '9860', '8600', '9860', '418925'],
  kg: ['9417', '418996', '9417', '535201'],
  tj: ['9762', '9762', '419525'],
  ru: ['2200', '427638', '546901', '2202', '220220'],
  tr: ['454360', '540667', '979203', '552879'],
  ae: ['403622', '521729', '484783'],
  kr: ['9410', '546112', '4579'],
};
function makeCard(country, bad = false) {
  const pre = pick(BINS[country]);
  const body = pre + digits(15 - pre.length);
  const k = luhnDigit(body);
  return body + (bad ? wrongDigit(k) : k);
}
function fmtCard(num, style) {
  const g = num.match(/.{4}/g);
  switch (style) {
    case 'plain':
      return num;
    case 'dash':
      return g.join('-');
    case 'mask6':
      return `${g[0]} ${g[1].slice(0, 2)}** **** ${g[3]}`;
    case 'mask4':
      return `${g[0]} **** **** ${g[3]}`;
    case 'maskx':
      return num.slice(0, 6) + 'XXXXXX' + num.slice(12);
    case 'maskstar':
      return num.slice(0, 6) + '******' + num.slice(12);
    default:
      return g.join(' ');
  }
}
const card = (country, style = pick(['space', 'space', 'plain', 'dash', 'mask6', 'mask4', 'maskstar']), bad = false) =>
  fmtCard(makeCard(country, bad), style);

// IBAN
function mod97(str) {
  let r = 0;
  for (const ch of str) {
    const v = /[0-9]/.test(ch) ? ch : String(ch.charCodeAt(0) - 55);
    for (const dc of v) r = (r * 10 + +dc) % 97;
  }
  return r;
}
function makeIBAN(cc, bban, bad = false) {
  let ck = 98 - mod97(bban + cc + '00');
  if (bad) {
    let x = ck;
    while (x === ck) x = ri(2, 98);
    ck = x;
  }
  return cc + pad(ck) + bban;
}
function bban(cc) {
  switch (cc) {
    case 'KZ':
      return chance(0.5)
        ? pick(['722', '601', '965', '998', '914', '826']) + 'KZT' + digits(10)
        : pick(['722', '601', '965', '998', '914', '826']) + digits(13);
    case 'TR':
      return pick(['00010', '00012', '00062', '00064', '00046', '00015']) + '0' + digits(16);
    case 'AE':
      return pick(['030', '033', '035', '260', '050']) + digits(16);
    case 'GE':
      return pick(['TB', 'BG', 'LB']) + digits(16);
    case 'DE':
      return digits(18);
    case 'AZ':
      return pick(['NABZ', 'IBAZ', 'AIIB']) + digits(20);
  }
  throw new Error('cc ' + cc);
}
function fmtIBAN(iban, style) {
  switch (style) {
    case 'group':
      return iban.match(/.{1,4}/g).join(' ');
    case 'lower':
      return iban.toLowerCase();
    case 'lowergroup':
      return iban
        .toLowerCase()
        .match(/.{1,4}/g)
        .join(' ');
    default:
      return iban;
  }
}
const iban = (cc, bad = false, style = pick(['compact', 'compact', 'group', 'group', 'lower', 'lowergroup'])) =>
  fmtIBAN(makeIBAN(cc, bban(cc), bad), style);

// vehicle plates
const RU_PLATE_L = 'АВЕКМНОРСТУХ';
const KR_SYL = [
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
];
function plate(country) {
  switch (country) {
    case 'kz': {
      const reg = pad(pick([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20]));
      return chance(0.8) ? `${digits(3)} ${letters(3)} ${reg}` : `${digits(3)}${letters(3)}${reg}`;
    }
    case 'kg': {
      const reg = pad(pick([1, 1, 1, 2, 3, 4, 5, 6, 7, 8]));
      return chance(0.8) ? `${reg} KG ${digits(3)} ${letters(3)}` : `${reg}KG${digits(3)}${letters(3)}`;
    }
    case 'uz': {
      const reg = pick(['01', '10', '20', '25', '30', '40', '50', '60', '70', '75', '80', '90', '95']);
      return chance(0.75)
        ? `${reg} ${letters(1)} ${digits(3)} ${letters(2)}`
        : `${reg}${letters(1)}${digits(3)}${letters(2)}`;
    }
    case 'ru': {
      const reg = pick(['77', '97', '177', '777', '50', '150', '78', '16', '66', '54', '199']);
      return chance(0.7)
        ? `${letters(1, RU_PLATE_L)}${digits(3)}${letters(2, RU_PLATE_L)} ${reg}`
        : `${letters(1, RU_PLATE_L)} ${digits(3)} ${letters(2, RU_PLATE_L)} ${reg}`;
    }
    case 'tr': {
      const il = pick(['34', '06', '35', '07', '16', '41', '01']);
      return pick([
        () => `${il} ${letters(3)} ${digits(3)}`,
        () => `${il} ${letters(2)} ${digits(4)}`,
        () => `${il} ${letters(1)} ${digits(4)}`,
      ])();
    }
    case 'ae': {
      const em = pick(['Dubai', 'Dubai', 'Sharjah', 'Abu Dhabi', 'Ajman']);
      return em === 'Abu Dhabi' ? `${em} ${ri(1, 17)} ${digits(5)}` : `${em} ${letters(1)} ${digits(5)}`;
    }
    case 'kr':
      return `${ri(10, 399)}${pick(KR_SYL)} ${digits(4)}`;
    case 'tj':
      return `${digits(4)} ${letters(2)} ${pad(pick([1, 2, 3, 4, 5]))}`;
  }
  throw new Error('plate ' + country);
}

// phones
function phone(country) {
  switch (country) {
    case 'kz': {
      const op = pick(['701', '702', '705', '707', '708', '747', '771', '775', '776', '777', '778']);
      const n = digits(7);
      return pick([
        `+7 ${op} ${n.slice(0, 3)} ${n.slice(3, 5)} ${n.slice(5)}`,
        `+7 (${op}) ${n.slice(0, 3)}-${n.slice(3, 5)}-${n.slice(5)}`,
        `8${op}${n}`,
        `8 ${op} ${n.slice(0, 3)} ${n.slice(3)}`,
        `+7${op}${n}`,
        `8 (${op}) ${n.slice(0, 3)}-${n.slice(3, 5)}-${n.slice(5)}`,
      ]);
    }
    case 'kzland': {
      const n = digits(7);
      return pick([
        `8 (727) ${n.slice(0, 3)}-${n.slice(3, 5)}-${n.slice(5)}`,
        `+7 7172 ${n.slice(1, 3)}-${n.slice(3, 5)}-${n.slice(5)}`,
      ]);
    }
    case 'kg': {
      const op = pick(['555', '550', '700', '707', '770', '777', '990', '999', '220', '505', '312']);
      const n = digits(6);
      return pick([
        `+996 ${op} ${n.slice(0, 3)} ${n.slice(3)}`,
        `+996${op}${n}`,
        `0${op} ${n.slice(0, 2)} ${n.slice(2, 4)} ${n.slice(4)}`,
        `(0${op}) ${n.slice(0, 3)}-${n.slice(3)}`,
        `+996 (${op}) ${n.slice(0, 2)}-${n.slice(2, 4)}-${n.slice(4)}`,
      ]);
    }
    case 'uz': {
      const op = pick(['90', '91', '93', '94', '97', '98', '99', '33', '88', '95']);
      const n = digits(7);
      return pick([
        `+998 ${op} ${n.slice(0, 3)} ${n.slice(3, 5)} ${n.slice(5)}`,
        `+998 (${op}) ${n.slice(0, 3)}-${n.slice(3, 5)}-${n.slice(5)}`,
        `+998${op}${n}`,
        `${op} ${n.slice(0, 3)} ${n.slice(3, 5)} ${n.slice(5)}`,
        `(${op}) ${n.slice(0, 3)}-${n.slice(3, 5)}-${n.slice(5)}`,
      ]);
    }
    case 'tj': {
      const op = pick(['90', '91', '92', '93', '98', '55', '50', '88', '77']);
      const n = digits(7);
      return pick([
        `+992 ${op} ${n.slice(0, 3)} ${n.slice(3)}`,
        `+992${op}${n}`,
        `(+992) ${op}-${n.slice(0, 3)}-${n.slice(3, 5)}-${n.slice(5)}`,
        `${op} ${n.slice(0, 3)} ${n.slice(3, 5)} ${n.slice(5)}`,
      ]);
    }
    case 'ru': {
      const op = pick(['916', '925', '903', '965', '977', '999', '926', '985', '921', '913']);
      const n = digits(7);
      return pick([
        `+7 ${op} ${n.slice(0, 3)}-${n.slice(3, 5)}-${n.slice(5)}`,
        `+7 (${op}) ${n.slice(0, 3)}-${n.slice(3, 5)}-${n.slice(5)}`,
        `8${op}${n}`,
        `8-${op}-${n.slice(0, 3)}-${n.slice(3, 5)}-${n.slice(5)}`,
      ]);
    }
    case 'tr': {
      const op = pick(['532', '533', '535', '542', '543', '505', '506', '555', '553', '541']);
      const n = digits(7);
      return pick([
        `+90 ${op} ${n.slice(0, 3)} ${n.slice(3, 5)} ${n.slice(5)}`,
        `0${op} ${n.slice(0, 3)} ${n.slice(3, 5)} ${n.slice(5)}`,
        `0 (${op}) ${n.slice(0, 3)} ${n.slice(3)}`,
        `+90${op}${n}`,
        `0${op}${n}`,
      ]);
    }
    case 'ae': {
      const op = pick(['50', '52', '54', '55', '56', '58']);
      const n = digits(7);
      return pick([
        `+971 ${op} ${n.slice(0, 3)} ${n.slice(3)}`,
        `+971-${op}-${n}`,
        `0${op} ${n.slice(0, 3)} ${n.slice(3)}`,
        `+971${op}${n}`,
      ]);
    }
    case 'kr': {
      const a = digits(4);
      const b = digits(4);
      return pick([`+82 10-${a}-${b}`, `010-${a}-${b}`, `+82 10 ${a} ${b}`, `010${a}${b}`]);
    }
    case 'tm': {
      const op = pick(['61', '62', '63', '64', '65', '71']);
      const n = digits(6);
      return pick([`+993 ${op} ${n}`, `+993 ${op} ${n.slice(0, 2)}-${n.slice(2, 4)}-${n.slice(4)}`]);
    }
  }
  throw new Error('phone ' + country);
}

// ---------------------------------------------------------------------------
// Names: Russian-orthography pools (used in Russian texts and, transliterated,
// in English and Turkish texts)
// ---------------------------------------------------------------------------
const RU_POOLS = {
  kz: {
    m: [
      'Ерлан',
      'Аскар',
      'Нурлан',
      'Бауыржан',
      'Даурен',
      'Ерболат',
      'Жандос',
      'Мурат',
      'Серик',
      'Талгат',
      'Айдос',
      'Кайрат',
      'Ержан',
      'Бекзат',
      'Ерасыл',
      'Дархан',
      'Адилет',
      'Акжол',
      'Тлеген',
      'Бейбарыс',
      'Сырым',
      'Куаныш',
      'Жасулан',
      'Ильяс',
      'Мейрамбек',
      'Нурбол',
      'Алибек',
      'Санжар',
      'Ербол',
      'Олжас',
    ],
    f: [
      'Айгерим',
      'Гульнара',
      'Динара',
      'Жанар',
      'Сауле',
      'Меруерт',
      'Айжан',
      'Асель',
      'Назерке',
      'Акмарал',
      'Балнур',
      'Гульжан',
      'Толкын',
      'Шынар',
      'Жансая',
      'Аружан',
      'Улжан',
      'Мадина',
      'Акбота',
      'Зере',
      'Карлыгаш',
      'Кунсулу',
      'Маржан',
      'Баян',
      'Перизат',
      'Дана',
      'Камила',
      'Алия',
      'Гаухар',
      'Индира',
      'Ботагоз',
      'Салтанат',
    ],
    sur: [
      'Жумабаев',
      'Ахметов',
      'Касымов',
      'Оспанов',
      'Тлеубаев',
      'Сарсенбаев',
      'Кенжебеков',
      'Ермеков',
      'Жаксылыков',
      'Абдрахманов',
      'Мусабеков',
      'Утемисов',
      'Байжанов',
      'Кудайбергенов',
      'Есимов',
      'Смагулов',
      'Токтаров',
      'Бекмухамбетов',
      'Исабаев',
      'Нурланов',
      'Сейткали',
      'Есенжолов',
      'Жолдасбеков',
      'Турсынбаев',
      'Айтжанов',
      'Калдыбаев',
    ],
    fathers: [
      'Нурлан',
      'Серик',
      'Болат',
      'Ерлан',
      'Кайрат',
      'Марат',
      'Жанат',
      'Бахыт',
      'Тимур',
      'Алмас',
      'Берик',
      'Галым',
      'Ержан',
      'Мухтар',
      'Сабит',
      'Талгат',
      'Бекжан',
      'Асхат',
      'Дулат',
      'Аскар',
    ],
  },
  kg: {
    m: [
      'Бакыт',
      'Азамат',
      'Нурбек',
      'Эрмек',
      'Улан',
      'Кубанычбек',
      'Алмаз',
      'Мирлан',
      'Канат',
      'Таалай',
      'Жоомарт',
      'Эрлан',
      'Суйунбек',
      'Бектур',
      'Адилет',
      'Чингиз',
      'Темирлан',
      'Омурбек',
      'Усен',
      'Максат',
      'Жыргалбек',
      'Нурсултан',
    ],
    f: [
      'Айпери',
      'Жылдыз',
      'Нургуль',
      'Чолпон',
      'Бермет',
      'Айзада',
      'Гулзат',
      'Назира',
      'Мээрим',
      'Бурулай',
      'Сезим',
      'Элнура',
      'Айганыш',
      'Нуриза',
      'Асель',
      'Айсулуу',
      'Каныкей',
      'Толгонай',
      'Гульбара',
      'Умут',
      'Жибек',
      'Самара',
    ],
    sur: [
      'Абдыкадыров',
      'Токтогулов',
      'Жээнбеков',
      'Мамытов',
      'Осмонов',
      'Асанов',
      'Сыдыков',
      'Бообеков',
      'Эсенгулов',
      'Турдубаев',
      'Качкынбаев',
      'Омурзаков',
      'Усенов',
      'Дуйшенбиев',
      'Кыдыралиев',
      'Молдокулов',
      'Сатыбалдиев',
      'Бекташев',
    ],
    fathers: [
      'Бакыт',
      'Таалай',
      'Эрмек',
      'Алмаз',
      'Канат',
      'Нурлан',
      'Жыргалбек',
      'Кубат',
      'Мирбек',
      'Талант',
      'Самат',
      'Урмат',
      'Медет',
      'Асан',
      'Болот',
    ],
  },
  uz: {
    m: [
      'Акмал',
      'Бобур',
      'Жасур',
      'Сардор',
      'Отабек',
      'Дилшод',
      'Шерзод',
      'Фаррух',
      'Жавлон',
      'Улугбек',
      'Рустам',
      'Шухрат',
      'Абдулла',
      'Ислом',
      'Бехзод',
      'Нодир',
      'Зафар',
      'Азиз',
      'Санжар',
      'Камолиддин',
      'Жахонгир',
      'Шохрух',
    ],
    f: [
      'Дилфуза',
      'Гульноза',
      'Нигора',
      'Феруза',
      'Мадина',
      'Шахноза',
      'Мохира',
      'Зарина',
      'Дилдора',
      'Севара',
      'Муниса',
      'Нилуфар',
      'Гульчехра',
      'Мафтуна',
      'Хилола',
      'Мухлиса',
      'Умида',
      'Барно',
      'Дурдона',
      'Зулфия',
      'Ойдин',
      'Наргиза',
    ],
    sur: [
      'Каримов',
      'Рахимов',
      'Турсунов',
      'Юсупов',
      'Мирзаев',
      'Холматов',
      'Кадыров',
      'Эргашев',
      'Абдуллаев',
      'Норматов',
      'Содиков',
      'Джураев',
      'Назаров',
      'Тухтаев',
      'Исмоилов',
      'Хамидов',
      'Усмонов',
      'Ахмедов',
      'Кучкаров',
      'Султонов',
    ],
    fathers: [
      'Рустам',
      'Бахтиёр',
      'Шавкат',
      'Равшан',
      'Фарход',
      'Улугбек',
      'Тимур',
      'Ботир',
      'Анвар',
      'Илхом',
      'Журабек',
      'Собир',
      'Одил',
      'Хамид',
      'Кахрамон',
    ],
  },
  tj: {
    m: [
      'Фаррух',
      'Далер',
      'Шерали',
      'Сомон',
      'Фирдавс',
      'Исмоил',
      'Бахтовар',
      'Джамшед',
      'Комрон',
      'Парвиз',
      'Сухроб',
      'Манучехр',
      'Хуршед',
      'Зафар',
      'Баходур',
      'Шахром',
      'Умед',
      'Фируз',
      'Некруз',
      'Амирхон',
    ],
    f: [
      'Фарзона',
      'Нигина',
      'Зарина',
      'Манижа',
      'Тахмина',
      'Шахло',
      'Мунира',
      'Парвина',
      'Гулрухсор',
      'Дилором',
      'Сабрина',
      'Мехрангез',
      'Нозанин',
      'Ситора',
      'Фотима',
      'Заррина',
      'Рухшона',
      'Мехринисо',
      'Гулнора',
      'Шабнам',
    ],
    sur: [
      'Рахимов',
      'Назаров',
      'Шарипов',
      'Саидов',
      'Курбонов',
      'Хакимов',
      'Давлатов',
      'Мирзоев',
      'Одинаев',
      'Сафаров',
      'Рахмонзода',
      'Шарифзода',
      'Джалолзода',
      'Азимзода',
      'Нурализода',
      'Кодирзода',
      'Бобоев',
      'Гафуров',
    ],
    fathers: [
      'Далер',
      'Рахим',
      'Шариф',
      'Саид',
      'Курбон',
      'Хаким',
      'Давлат',
      'Джамшед',
      'Исмоил',
      'Хуршед',
      'Сафар',
      'Назар',
      'Файзали',
      'Мансур',
    ],
  },
  ru: {
    m: [
      'Александр',
      'Сергей',
      'Дмитрий',
      'Андрей',
      'Алексей',
      'Максим',
      'Иван',
      'Евгений',
      'Николай',
      'Роман',
      'Виктор',
      'Владимир',
      'Олег',
      'Артём',
      'Игорь',
      'Прохор',
      'Станислав',
      'Глеб',
      'Тимофей',
      'Вадим',
    ],
    f: [
      'Ольга',
      'Наталья',
      'Екатерина',
      'Татьяна',
      'Юлия',
      'Елена',
      'Анастасия',
      'Ирина',
      'Светлана',
      'Марина',
      'Дарья',
      'Ксения',
      'Валентина',
      'Людмила',
      'Полина',
      'Ефросинья',
      'Василиса',
      'Алёна',
    ],
    sur: [
      'Петров',
      'Морозов',
      'Кузнецов',
      'Смирнов',
      'Волков',
      'Лебедев',
      'Соколов',
      'Козлов',
      'Фёдоров',
      'Никитин',
      'Орлов',
      'Лапин',
      'Шаляпин',
      'Крестовский',
      'Белоусов',
      'Голубев',
      'Сорокин',
      'Ермолин',
      'Зайцев',
      'Вишневский',
      'Трофимов',
    ],
    stems: [
      'Александров',
      'Сергеев',
      'Владимиров',
      'Николаев',
      'Викторов',
      'Юрьев',
      'Андреев',
      'Михайлов',
      'Геннадьев',
      'Павлов',
      'Иванов',
      'Олегов',
      'Борисов',
      'Петров',
      'Анатольев',
    ],
  },
  kor: {
    m: ['Виктор', 'Вячеслав', 'Эдуард', 'Олег', 'Денис', 'Сергей', 'Константин', 'Роман', 'Артур'],
    f: ['Ирина', 'Светлана', 'Анжелика', 'Марина', 'Елена', 'Виктория', 'Жанна', 'Галина'],
    sur: ['Ким', 'Цой', 'Пак', 'Ли', 'Тен', 'Хан', 'Югай', 'Огай', 'Хегай', 'Тян', 'Нам'],
    stems: ['Александров', 'Сергеев', 'Владимиров', 'Николаев', 'Викторов', 'Юрьев', 'Михайлов', 'Эдуардов'],
  },
  uyg: {
    m: ['Абдурешит', 'Ильхам', 'Алимжан', 'Нурмемет', 'Дильмурат', 'Ахмаджан', 'Мухтар'],
    f: ['Дильнур', 'Гульмира', 'Муккадас', 'Зульпия', 'Гульнисар', 'Рисалат', 'Мавлюда'],
    sur: ['Масимов', 'Турдиев', 'Абдурахманов', 'Исмаилов', 'Хамраев', 'Садыров', 'Юлдашев', 'Розахунов'],
    fathers: ['Ильхам', 'Алимжан', 'Нурмемет', 'Ахмаджан', 'Турсун', 'Абдулахат'],
  },
  tm: {
    m: ['Мердан', 'Сердар', 'Мурат', 'Довлет', 'Агаджан', 'Батыр', 'Гурбан', 'Меред'],
    f: ['Айна', 'Джерен', 'Огулгерек', 'Майса', 'Багуль', 'Огульнабат', 'Тязегуль'],
    sur: ['Аннаев', 'Оразов', 'Бердыев', 'Гурбанов', 'Ходжамурадов', 'Атаев', 'Дурдыев', 'Чарыев'],
    fathers: ['Аман', 'Гурбан', 'Мурат', 'Ораз', 'Берды', 'Ата'].filter((x) => !/[ыа]$/.test(x)),
  },
};

const SIB = /[жшчщц]$/;
const CONS = /[бвгджзклмнпрстфхцчшщ]$/;
function declGiven(name, female, c) {
  if (c === 'nom') return name;
  const last = name.slice(-1);
  if (last === 'а') {
    const st = name.slice(0, -1);
    const gk = /[гкхжчшщ]$/.test(st);
    const sib = /[жчшщц]$/.test(st);
    return { gen: st + (gk ? 'и' : 'ы'), dat: st + 'е', acc: st + 'у', ins: st + (sib ? 'ей' : 'ой'), pre: st + 'е' }[
      c
    ];
  }
  if (last === 'я') {
    const st = name.slice(0, -1);
    if (st.endsWith('и')) return { gen: st + 'и', dat: st + 'и', acc: st + 'ю', ins: st + 'ей', pre: st + 'и' }[c];
    return { gen: st + 'и', dat: st + 'е', acc: st + 'ю', ins: st + 'ей', pre: st + 'е' }[c];
  }
  if (female) return name;
  if (name.endsWith('ий')) {
    const st = name.slice(0, -1);
    return { gen: st + 'я', dat: st + 'ю', acc: st + 'я', ins: st + 'ем', pre: st + 'и' }[c];
  }
  if (last === 'й' || last === 'ь') {
    const st = name.slice(0, -1);
    return { gen: st + 'я', dat: st + 'ю', acc: st + 'я', ins: st + 'ем', pre: st + 'е' }[c];
  }
  if (CONS.test(name))
    return {
      gen: name + 'а',
      dat: name + 'у',
      acc: name + 'а',
      ins: name + (SIB.test(name) ? 'ем' : 'ом'),
      pre: name + 'е',
    }[c];
  return name;
}
function declSurname(s, female, c) {
  if (c === 'nom') return s;
  if (/( уулу| кызы|зода|улы|кызы)$/.test(s)) return s;
  if (female) {
    if (/(ова|ева|ёва|ина|ына)$/.test(s)) {
      const st = s.slice(0, -1);
      return c === 'acc' ? st + 'у' : st + 'ой';
    }
    if (/ская$/.test(s)) {
      const st = s.slice(0, -2);
      return c === 'acc' ? st + 'ую' : st + 'ой';
    }
    return s;
  }
  if (/(ов|ев|ёв|ин|ын)$/.test(s)) return { gen: s + 'а', dat: s + 'у', acc: s + 'а', ins: s + 'ым', pre: s + 'е' }[c];
  if (/ский$/.test(s)) {
    const st = s.slice(0, -2);
    return { gen: st + 'ого', dat: st + 'ому', acc: st + 'ого', ins: st + 'им', pre: st + 'ом' }[c];
  }
  if (/й$/.test(s)) {
    const st = s.slice(0, -1);
    return { gen: st + 'я', dat: st + 'ю', acc: st + 'я', ins: st + 'ем', pre: st + 'е' }[c];
  }
  if (CONS.test(s)) return { gen: s + 'а', dat: s + 'у', acc: s + 'а', ins: s + 'ом', pre: s + 'е' }[c];
  return s;
}
function declPatr(p, female, c) {
  if (c === 'nom') return p;
  if (/ич$/.test(p)) return { gen: p + 'а', dat: p + 'у', acc: p + 'а', ins: p + 'ем', pre: p + 'е' }[c];
  if (/вна$/.test(p)) {
    const st = p.slice(0, -1);
    return { gen: st + 'ы', dat: st + 'е', acc: st + 'у', ins: st + 'ой', pre: st + 'е' }[c];
  }
  return p;
}
function feminizeRu(s) {
  if (/(ов|ев|ёв|ин|ын)$/.test(s)) return s + 'а';
  if (/ский$/.test(s)) return s.slice(0, -2) + 'ая';
  return s;
}
function patrStem(father) {
  if (/й$/.test(father)) return father.slice(0, -1) + 'ев';
  if (SIB.test(father)) return father + 'ев';
  return father + 'ов';
}
/** given names already used in the snippet being composed (reset per snippet) */
const USED_GIVEN = new Set();
function freshGiven(pool) {
  for (let i = 0; i < 30; i++) {
    const g = pick(pool);
    if (!USED_GIVEN.has(g)) {
      USED_GIVEN.add(g);
      return g;
    }
  }
  return pick(pool);
}
const ETH_WEIGHTS = [
  'kz',
  'kz',
  'kz',
  'kg',
  'kg',
  'kg',
  'uz',
  'uz',
  'uz',
  'tj',
  'tj',
  'tj',
  'ru',
  'ru',
  'kor',
  'uyg',
  'tm',
];
function ruPerson(opts = {}) {
  const eth = opts.eth || pick(ETH_WEIGHTS);
  const female = opts.female !== undefined ? opts.female : chance(0.62);
  const pool = RU_POOLS[eth];
  const given = freshGiven(female ? pool.f : pool.m);
  let sur = pick(pool.sur);
  let patr = null;
  if (eth === 'kg' && chance(0.3)) {
    sur = pick(pool.fathers) + (female ? ' кызы' : ' уулу');
  } else {
    if (female) sur = feminizeRu(sur);
    if (eth === 'ru' || eth === 'kor') {
      const st = pick(pool.stems);
      if (chance(0.85)) patr = st + (female ? 'на' : 'ич');
    } else if (eth === 'kz' && chance(0.25)) {
      patr = pick(pool.fathers) + (female ? 'кызы' : 'улы');
    } else if (chance(0.8)) {
      patr = patrStem(pick(pool.fathers)) + (female ? 'на' : 'ич');
    }
  }
  return { eth, female, given, sur, patr };
}
function ruName(p, form = 'FIO', cas = 'nom') {
  const g = declGiven(p.given, p.female, cas);
  const s = declSurname(p.sur, p.female, cas);
  const pt = p.patr ? declPatr(p.patr, p.female, cas) : null;
  const ini = p.given[0] + '.' + (p.patr ? p.patr[0] + '.' : '');
  switch (form) {
    case 'FIO':
      return [s, g, pt].filter(Boolean).join(' ');
    case 'IOF':
      return [g, pt, s].filter(Boolean).join(' ');
    case 'IF':
      return g + ' ' + s;
    case 'FI':
      return s + ' ' + g;
    case 'IO':
      return pt ? g + ' ' + pt : g;
    case 'I':
      return g;
    case 'F':
      return s;
    case 'Fio':
      return s + ' ' + ini;
    case 'Fio_':
      return s + ' ' + ini.replace(/\./g, '. ').trim();
    case 'ioF':
      return ini + ' ' + s;
    case 'CAPS':
      return [p.sur, p.given, p.patr].filter(Boolean).join(' ').toUpperCase();
  }
  throw new Error('form ' + form);
}
/** shorthand: PERSON mark of a Russian-orthography name */
const RN = (p, form = 'FIO', cas = 'nom') => P(ruName(p, form, cas));

// ---------------------------------------------------------------------------
// Transliteration
// ---------------------------------------------------------------------------
const TR_EN = {
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
  й: 'i',
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
  ң: 'n',
  ө: 'o',
  ұ: 'u',
  ү: 'u',
  і: 'i',
  һ: 'h',
  ҳ: 'h',
  ҷ: 'j',
  ӣ: 'i',
  ӯ: 'u',
  ў: 'o',
};
const TR_TR = {
  ...TR_EN,
  ж: 'c',
  дж: 'c',
  ш: 'ş',
  ч: 'ç',
  й: 'y',
  х: 'h',
  ы: 'ı',
  ю: 'yu',
  я: 'ya',
  ц: 'ts',
  щ: 'ş',
  ү: 'ü',
  ө: 'ö',
  ә: 'e',
  қ: 'k',
};
const TR_KKL = { ...TR_EN, қ: 'q', ғ: 'g', ұ: 'u', ү: 'u', ө: 'o', ә: 'a', і: 'i', ы: 'y', х: 'h', й: 'i' };
function translit(s, map = TR_EN) {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const two = s.slice(i, i + 2).toLowerCase();
    if (map[two] !== undefined && two.length === 2) {
      const rep = map[two];
      out +=
        s[i] === s[i].toUpperCase() && s[i] !== s[i].toLowerCase() ? rep.charAt(0).toUpperCase() + rep.slice(1) : rep;
      i++;
      continue;
    }
    const ch = s[i];
    const lo = ch.toLowerCase();
    if (map[lo] !== undefined) {
      const rep = map[lo];
      const upper = ch !== lo;
      if (!upper) out += rep;
      else {
        const nextUpper = i + 1 < s.length && s[i + 1] !== s[i + 1].toLowerCase();
        out += nextUpper ? rep.toUpperCase() : rep.charAt(0).toUpperCase() + rep.slice(1);
      }
    } else out += ch;
  }
  return out;
}
/** Latin person derived from a Russian-orthography person */
function latPerson(p, map = TR_EN) {
  return {
    ...p,
    given: translit(p.given, map),
    sur: translit(p.sur, map),
    patr: p.patr ? translit(p.patr, map) : null,
  };
}
function asciiSlug(s) {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ı/g, 'i')
    .replace(/İ/g, 'I')
    .replace(/['’ʻʼ`]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');
}
const EMAIL_DOMAINS = {
  kz: ['mail.ru', 'gmail.com', 'inbox.ru', 'mail.kz', 'yandex.kz', 'bk.ru', 'list.ru'],
  kg: ['mail.ru', 'gmail.com', 'inbox.ru', 'mail.kg', 'yandex.ru'],
  uz: ['mail.ru', 'gmail.com', 'umail.uz', 'inbox.uz', 'yandex.ru'],
  tj: ['mail.ru', 'gmail.com', 'list.ru', 'yandex.ru', 'inbox.ru'],
  ru: ['mail.ru', 'yandex.ru', 'gmail.com', 'rambler.ru', 'bk.ru'],
  tr: ['gmail.com', 'hotmail.com', 'yandex.com.tr', 'outlook.com'],
  int: ['gmail.com', 'outlook.com', 'yahoo.com', 'hotmail.com', 'icloud.com', 'proton.me'],
};
function emailFor(first, last, region = 'int') {
  const f = asciiSlug(first) || 'user';
  const l = asciiSlug(last) || 'mail';
  const yy = pad(ri(70, 106) % 100);
  const local = pick([
    `${f}.${l}`,
    `${f}_${l}${yy}`,
    `${f}${yy}`,
    `${l}.${f[0]}`,
    `${f[0]}.${l}`,
    `${f}.${l}${ri(1, 99)}`,
    `${l}${f}${ri(1, 999)}`,
  ]);
  return `${local}@${pick(EMAIL_DOMAINS[region])}`;
}
function handleFor(first, last, style = pick(['at', 'at', 'at', 'plain', 'tme', 'insta'])) {
  const f = asciiSlug(first) || 'user';
  const l = asciiSlug(last) || 'x';
  const base = pick([
    `${f}_${l}`,
    `${f}${ri(1, 99)}`,
    `${f}.${l}`,
    `${l}_${f[0]}`,
    `${f}_${pick(['work', 'job', 'rabota', 'official', 'vip', 'agent'])}`,
    `${f}${l[0]}_${pad(ri(80, 106) % 100)}`,
  ]);
  switch (style) {
    case 'plain':
      return base;
    case 'tme':
      return 't.me/' + base.replace(/\./g, '_');
    case 'insta':
      return 'instagram.com/' + base;
    default:
      return '@' + base.replace(/\./g, '_');
  }
}
const RU_NICKS = [
  'Баха',
  'Жека',
  'Санжик',
  'Шурик',
  'Мама Роза',
  'Тётя Люба',
  'Лёха Бишкекский',
  'Азик',
  'Бека',
  'Мадам Лола',
  'Рустик',
  'Тимоха',
  'Кара-Мурат',
  'Аля Стамбульская',
  'Дядя Толик',
];
const LAT_NICKS = [
  'Bakha',
  'Madam Lola',
  'Big Sam',
  'Zhenya',
  'Mama Roza',
  'Rustik',
  'Aziko',
  'Kara Murat',
  'Auntie Gulya',
  'Sasha Dubai',
  'Boss Timur',
];

// ---------------------------------------------------------------------------
// Kazakh-orthography names and case endings
// ---------------------------------------------------------------------------
const KK_POOL = {
  m: [
    'Асқар',
    'Нұрлан',
    'Бауыржан',
    'Дәурен',
    'Ерболат',
    'Жандос',
    'Мұрат',
    'Серік',
    'Талғат',
    'Айдос',
    'Қайрат',
    'Ержан',
    'Бекзат',
    'Ерасыл',
    'Дархан',
    'Әділет',
    'Ақжол',
    'Төлеген',
    'Бейбарыс',
    'Сырым',
    'Қуаныш',
    'Жасұлан',
    'Ілияс',
    'Мейрамбек',
    'Нұрбол',
    'Ерлан',
    'Олжас',
    'Әлібек',
  ],
  f: [
    'Айгерім',
    'Гүлнар',
    'Динара',
    'Жанар',
    'Сәуле',
    'Меруерт',
    'Айжан',
    'Әсел',
    'Назерке',
    'Ақмарал',
    'Балнұр',
    'Гүлжан',
    'Толқын',
    'Шынар',
    'Жансая',
    'Аружан',
    'Ұлжан',
    'Мадина',
    'Ақбота',
    'Зере',
    'Қарлығаш',
    'Күнсұлу',
    'Маржан',
    'Баян',
    'Перизат',
    'Ботагөз',
    'Салтанат',
    'Гауһар',
  ],
  sur: [
    'Жұмабаев',
    'Ахметов',
    'Қасымов',
    'Оспанов',
    'Тілеубаев',
    'Сәрсенбаев',
    'Кенжебеков',
    'Ермеков',
    'Жақсылықов',
    'Әбдірахманов',
    'Мұсабеков',
    'Өтемісов',
    'Байжанов',
    'Құдайбергенов',
    'Есімов',
    'Смағұлов',
    'Тоқтаров',
    'Бекмұхамбетов',
    'Исабаев',
    'Шәріпов',
    'Айтжанов',
    'Қалдыбаев',
    'Нұрғалиев',
  ],
  fathers: [
    'Нұрлан',
    'Серік',
    'Болат',
    'Ерлан',
    'Қайрат',
    'Марат',
    'Жанат',
    'Бақыт',
    'Тимур',
    'Алмас',
    'Берік',
    'Ғалым',
    'Ержан',
    'Мұхтар',
    'Сәбит',
    'Талғат',
    'Бекжан',
    'Асхат',
    'Амангелді',
    'Дулат',
  ],
};
function kkFront(word) {
  const w = word.toLowerCase();
  let sawI = false;
  for (let i = w.length - 1; i >= 0; i--) {
    const ch = w[i];
    if ('аоұыя'.includes(ch)) return false;
    if ('әөүіеэ'.includes(ch)) return true;
    if (ch === 'и') sawI = true;
  }
  return sawI;
}
function kkSuffix(word, cas) {
  if (cas === 'nom') return '';
  const w = word.toLowerCase();
  const fr = kkFront(w);
  if (/(ұлы|улы|қызы|кызы)$/.test(w)) {
    return {
      gen: fr ? 'нің' : 'ның',
      dat: fr ? 'не' : 'на',
      acc: 'н',
      abl: fr ? 'нен' : 'нан',
      loc: fr ? 'нде' : 'нда',
    }[cas];
  }
  const last = w.slice(-1);
  let cls;
  if ('аәеиоөұүыіэюя'.includes(last)) cls = 'V';
  else if ('рйу'.includes(last)) cls = 'R';
  else if ('лзж'.includes(last)) cls = 'L';
  else if ('мнң'.includes(last)) cls = 'N';
  else cls = 'K';
  const a = fr ? 'е' : 'а';
  const y = fr ? 'і' : 'ы';
  switch (cas) {
    case 'dat':
      return cls === 'K' ? (fr ? 'ке' : 'қа') : fr ? 'ге' : 'ға';
    case 'gen':
      return (cls === 'V' || cls === 'N' ? 'н' : cls === 'K' ? 'т' : 'д') + y + 'ң';
    case 'acc':
      return (cls === 'V' ? 'н' : cls === 'K' ? 'т' : 'д') + y;
    case 'abl':
      return (cls === 'N' ? 'н' : cls === 'K' ? 'т' : 'д') + a + 'н';
    case 'loc':
      return (cls === 'K' ? 'т' : 'д') + a;
  }
  throw new Error('kk case ' + cas);
}
function kkPerson(opts = {}) {
  const female = opts.female !== undefined ? opts.female : chance(0.62);
  if (!opts.kazakhOnly && chance(0.12)) {
    // a non-Kazakh person written in a Kazakh text keeps the Russian spelling
    const rp = ruPerson({ eth: pick(['ru', 'kor', 'uz', 'kg', 'uyg']), female });
    return { ...rp, kk: false };
  }
  const given = freshGiven(female ? KK_POOL.f : KK_POOL.m);
  let sur = pick(KK_POOL.sur);
  if (female) sur = sur + 'а';
  const father = pick(KK_POOL.fathers);
  const patr = chance(0.85) ? father + (female ? 'қызы' : 'ұлы') : null;
  if (chance(0.1)) sur = pick(KK_POOL.fathers) + (female ? 'қызы' : 'ұлы');
  return { female, given, sur, patr, kk: true };
}
function kkName(p, form = 'FIO', cas = 'nom') {
  const ini = p.given[0] + '.' + (p.patr ? p.patr[0] + '.' : '');
  let parts;
  switch (form) {
    case 'FIO':
      parts = [p.sur, p.given, p.patr].filter(Boolean);
      break;
    case 'IF':
      parts = [p.given, p.sur];
      break;
    case 'FI':
      parts = [p.sur, p.given];
      break;
    case 'I':
      parts = [p.given];
      break;
    case 'F':
      parts = [p.sur];
      break;
    case 'Fio':
      parts = [p.sur, ini];
      break;
    case 'ioF':
      parts = [ini, p.sur];
      break;
    case 'CAPS':
      return [p.sur, p.given, p.patr].filter(Boolean).join(' ').toUpperCase();
    default:
      throw new Error('form ' + form);
  }
  const lastW = parts[parts.length - 1];
  if (cas !== 'nom' && lastW.endsWith('.')) throw new Error('cannot inflect initials');
  parts[parts.length - 1] = lastW + kkSuffix(lastW, cas);
  return parts.join(' ');
}
const KN = (p, form = 'FIO', cas = 'nom') => P(kkName(p, form, cas));

// ---------------------------------------------------------------------------
// Kyrgyz-orthography names and case endings
// ---------------------------------------------------------------------------
const KY_POOL = {
  m: [
    'Бакыт',
    'Азамат',
    'Нурбек',
    'Эрмек',
    'Улан',
    'Кубанычбек',
    'Алмаз',
    'Мирлан',
    'Канат',
    'Таалай',
    'Жоомарт',
    'Эрлан',
    'Сүйүнбек',
    'Бектур',
    'Адилет',
    'Чыңгыз',
    'Темирлан',
    'Өмүрбек',
    'Үсөн',
    'Максат',
    'Жыргалбек',
    'Нурсултан',
    'Айбек',
  ],
  f: [
    'Айпери',
    'Жылдыз',
    'Нургүл',
    'Чолпон',
    'Бермет',
    'Айзада',
    'Гүлзат',
    'Назира',
    'Мээрим',
    'Бурулай',
    'Сезим',
    'Элнура',
    'Айганыш',
    'Нуриза',
    'Асел',
    'Айсулуу',
    'Каныкей',
    'Толгонай',
    'Гүлбара',
    'Үмүт',
    'Жибек',
    'Салкын',
  ],
  sur: [
    'Абдыкадыров',
    'Токтогулов',
    'Жээнбеков',
    'Мамытов',
    'Осмонов',
    'Асанов',
    'Сыдыков',
    'Бообеков',
    'Эсенгулов',
    'Турдубаев',
    'Качкынбаев',
    'Өмүрзаков',
    'Үсөнов',
    'Дүйшөнбиев',
    'Кыдыралиев',
    'Молдокулов',
    'Сатыбалдиев',
    'Бекташев',
  ],
  fathers: [
    'Бакыт',
    'Таалай',
    'Эрмек',
    'Алмаз',
    'Канат',
    'Нурлан',
    'Жыргалбек',
    'Кубат',
    'Мирбек',
    'Талант',
    'Самат',
    'Урмат',
    'Медет',
    'Асан',
    'Болот',
    'Өмүр',
  ],
};
function kyClass(word) {
  const w = word.toLowerCase();
  for (let i = w.length - 1; i >= 0; i--) {
    const ch = w[i];
    if ('аыя'.includes(ch)) return 'a';
    if ('уюоё'.includes(ch)) return ch === 'о' || ch === 'ё' ? 'o' : 'u';
    if ('еиэ'.includes(ch)) return 'e';
    if (ch === 'ө') return 'oe';
    if (ch === 'ү') return 'ue';
  }
  return 'a';
}
function kySuffix(word, cas) {
  if (cas === 'nom') return '';
  const w = word.toLowerCase();
  const c = kyClass(w);
  const hi = { a: 'ы', u: 'у', o: 'у', e: 'и', oe: 'ү', ue: 'ү' }[c];
  const lo = { a: 'а', u: 'а', o: 'о', e: 'е', oe: 'ө', ue: 'ө' }[c];
  if (/(уулу|кызы)$/.test(w)) {
    return { gen: 'н' + hi + 'н', dat: 'н' + lo, acc: 'н' }[cas];
  }
  const last = w.slice(-1);
  const V = 'аеиоөуүыэюяё'.includes(last);
  const K = 'кпстфхцчшщ'.includes(last);
  switch (cas) {
    case 'dat':
      return (K ? 'к' : 'г') + lo;
    case 'gen':
      return (V ? 'н' : K ? 'т' : 'д') + hi + 'н';
    case 'acc':
      return (V ? 'н' : K ? 'т' : 'д') + hi;
    case 'abl':
      return (V ? 'д' : K ? 'т' : 'д') + lo + 'н';
  }
  throw new Error('ky case ' + cas);
}
function kyPerson(opts = {}) {
  const female = opts.female !== undefined ? opts.female : chance(0.62);
  const given = freshGiven(female ? KY_POOL.f : KY_POOL.m);
  const father = pick(KY_POOL.fathers);
  if (chance(0.3)) return { female, given, sur: father + (female ? ' кызы' : ' уулу'), patr: null };
  let sur = pick(KY_POOL.sur);
  if (female) sur += 'а';
  const patr = chance(0.7) ? patrStem(father) + (female ? 'на' : 'ич') : null;
  return { female, given, sur, patr };
}
function kyName(p, form = 'FIO', cas = 'nom') {
  const ini = p.given[0] + '.' + (p.patr ? p.patr[0] + '.' : '');
  let parts;
  switch (form) {
    case 'FIO':
      // patronymic-style names (Азамат Бакыт уулу) read given name first
      parts = / /.test(p.sur) ? [p.given, p.sur] : [p.sur, p.given, p.patr].filter(Boolean);
      break;
    case 'IF':
      parts = [p.given, p.sur];
      break;
    case 'FI':
      parts = [p.sur, p.given];
      break;
    case 'I':
      parts = [p.given];
      break;
    case 'Fio':
      parts = [p.sur, ini];
      break;
    case 'ioF':
      parts = [ini, p.sur];
      break;
    case 'CAPS':
      return [p.sur, p.given, p.patr].filter(Boolean).join(' ').toUpperCase();
    default:
      throw new Error('form ' + form);
  }
  const lastW = parts[parts.length - 1];
  if (cas !== 'nom' && lastW.endsWith('.')) throw new Error('cannot inflect initials');
  // "Бакыт уулу": the suffix goes on "уулу"
  parts[parts.length - 1] = lastW + kySuffix(lastW.split(' ').pop(), cas);
  return parts.join(' ');
}
const YN = (p, form = 'FIO', cas = 'nom') => P(kyName(p, form, cas));

// ---------------------------------------------------------------------------
// Uzbek names (Latin; Cyrillic by conversion)
// ---------------------------------------------------------------------------
const UZ_POOL = {
  m: [
    "Ulug'bek",
    "G'ayrat",
    "O'tkir",
    'Shoxrux',
    'Jahongir',
    'Sardor',
    'Akmal',
    'Bobur',
    'Jasur',
    'Otabek',
    'Dilshod',
    'Sherzod',
    'Farrux',
    'Javlon',
    'Rustam',
    'Shuhrat',
    'Abdulla',
    'Islom',
    'Behzod',
    'Nodir',
    'Zafar',
    'Azizbek',
    'Sanjar',
    'Kamoliddin',
    'Xurshid',
    'Ravshan',
    'Bekzod',
    'Mirzo',
  ],
  f: [
    'Dilfuza',
    'Gulnoza',
    'Nigora',
    'Feruza',
    'Madina',
    'Shahnoza',
    'Mohira',
    'Zarina',
    'Dildora',
    'Sevara',
    'Munisa',
    'Nilufar',
    'Gulchehra',
    'Maftuna',
    'Hilola',
    'Muxlisa',
    'Umida',
    'Barno',
    'Durdona',
    'Zulfiya',
    "O'g'iloy",
    'Oydin',
    "Go'zal",
    'Shodiya',
    'Nargiza',
    'Yulduz',
    'Kamola',
  ],
  sur: [
    'Karimov',
    'Rahimov',
    'Tursunov',
    'Yusupov',
    'Mirzayev',
    'Xolmatov',
    'Qodirov',
    'Ergashev',
    'Abdullayev',
    'Normatov',
    'Sodiqov',
    "Jo'rayev",
    'Nazarov',
    "To'xtayev",
    'Ismoilov',
    'Hamidov',
    'Usmonov',
    'Ahmedov',
    "Qo'chqorov",
    'Sultonov',
    "G'aniyev",
    'Boboyev',
    'Eshmatov',
  ],
  fathers: [
    'Rustam',
    'Baxtiyor',
    'Shavkat',
    'Ravshan',
    'Farhod',
    "Ulug'bek",
    'Temur',
    'Botir',
    'Anvar',
    'Ilhom',
    "Jo'rabek",
    'Sobir',
    'Odil',
    'Hamid',
    'Qahramon',
    'Erkin',
  ],
};
function uzPerson(opts = {}) {
  const female = opts.female !== undefined ? opts.female : chance(0.62);
  const given = freshGiven(female ? UZ_POOL.f : UZ_POOL.m);
  let sur = pick(UZ_POOL.sur);
  if (female) sur += 'a';
  const father = pick(UZ_POOL.fathers);
  const r = rnd();
  const patr =
    r < 0.45 ? father + (female ? ' qizi' : " o'g'li") : r < 0.8 ? father + (female ? 'ovna' : 'ovich') : null;
  return { female, given, sur, patr };
}
function uzSuffix(word, cas) {
  if (cas === 'nom') return '';
  const w = word.toLowerCase();
  switch (cas) {
    case 'dat':
      return w.endsWith('k') ? 'ka' : w.endsWith('q') ? 'qa' : 'ga';
    case 'gen':
      return 'ning';
    case 'acc':
      return 'ni';
    case 'abl':
      return 'dan';
    case 'loc':
      return 'da';
    case 'ins':
      return ' bilan';
  }
  throw new Error('uz case ' + cas);
}
function uzName(p, form = 'FIO', cas = 'nom') {
  const ini = p.given[0] + '.' + (p.patr ? p.patr[0] + '.' : '');
  let parts;
  switch (form) {
    case 'FIO':
      parts = [p.sur, p.given, p.patr].filter(Boolean);
      break;
    case 'IF':
      parts = [p.given, p.sur];
      break;
    case 'FI':
      parts = [p.sur, p.given];
      break;
    case 'I':
      parts = [p.given];
      break;
    case 'Fio':
      parts = [p.sur, ini];
      break;
    case 'ioF':
      parts = [ini, p.sur];
      break;
    case 'CAPS':
      return [p.sur, p.given, p.patr].filter(Boolean).join(' ').toUpperCase();
    default:
      throw new Error('form ' + form);
  }
  if (cas === 'ins') throw new Error('use bilan outside the span');
  const lastW = parts[parts.length - 1];
  if (cas !== 'nom' && lastW.endsWith('.')) throw new Error('cannot inflect initials');
  parts[parts.length - 1] = lastW + uzSuffix(lastW, cas);
  return parts.join(' ');
}
function uzCyr(s) {
  const M = {
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
    c: 'ц',
  };
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    const lo = ch.toLowerCase();
    const up = ch !== lo;
    const nx = (s[i + 1] || '').toLowerCase();
    const nx2 = s[i + 2] || '';
    const prev = i === 0 ? ' ' : s[i - 1];
    let rep = null;
    let skip = 0;
    if ((lo === 'o' || lo === 'g') && (nx === "'" || nx === '’' || nx === 'ʻ')) {
      rep = lo === 'o' ? 'ў' : 'ғ';
      skip = 1;
    } else if (lo === 's' && nx === 'h') {
      rep = 'ш';
      skip = 1;
    } else if (lo === 'c' && nx === 'h') {
      rep = 'ч';
      skip = 1;
    } else if (lo === 'y' && nx && 'oaue'.includes(nx) && nx2 !== "'") {
      rep = { o: 'ё', a: 'я', u: 'ю', e: 'е' }[nx];
      skip = 1;
    } else if (lo === 'e' && !/[a-zA-Z'ʻ’]/.test(prev)) {
      rep = 'э';
    } else if (lo === "'" || lo === '’' || lo === 'ʻ') {
      rep = /[a-zA-Z]/.test(prev) && /[a-zA-Z]/.test(s[i + 1] || '') ? 'ъ' : ch;
    } else if (M[lo]) rep = M[lo];
    else rep = ch;
    out += up ? rep.toUpperCase() : rep;
    i += skip;
  }
  return out;
}
const UN = (p, form = 'FIO', cas = 'nom') => P(uzName(p, form, cas));
const UNC = (p, form = 'FIO', cas = 'nom') => P(uzCyr(uzName(p, form, cas)));

// ---------------------------------------------------------------------------
// Tajik names
// ---------------------------------------------------------------------------
const TG_POOL = {
  m: [
    'Фаррух',
    'Далер',
    'Шералӣ',
    'Сомон',
    'Фирдавс',
    'Исмоил',
    'Бахтовар',
    'Ҷамшед',
    'Комрон',
    'Парвиз',
    'Суҳроб',
    'Манучеҳр',
    'Хуршед',
    'Зафар',
    'Баҳодур',
    'Шаҳром',
    'Умед',
    'Фируз',
    'Некрӯз',
    'Амирхон',
    'Бобоҷон',
    'Искандар',
  ],
  f: [
    'Фарзона',
    'Нигина',
    'Зарина',
    'Манижа',
    'Таҳмина',
    'Шаҳло',
    'Мунира',
    'Парвина',
    'Гулрухсор',
    'Дилором',
    'Сабрина',
    'Меҳрангез',
    'Нозанин',
    'Ситора',
    'Фотима',
    'Заррина',
    'Рухшона',
    'Меҳринисо',
    'Гулнора',
    'Шабнам',
    'Сурайё',
    'Моҳира',
  ],
  sur: [
    'Раҳимов',
    'Назаров',
    'Шарипов',
    'Саидов',
    'Қурбонов',
    'Ҳакимов',
    'Давлатов',
    'Мирзоев',
    'Одинаев',
    'Сафаров',
    'Раҳмонзода',
    'Шарифзода',
    'Ҷалолзода',
    'Азимзода',
    'Нурализода',
    'Қодирзода',
    'Бобоев',
    'Ғафуров',
    'Исмоилзода',
  ],
  fathers: [
    'Далер',
    'Раҳим',
    'Шариф',
    'Саид',
    'Қурбон',
    'Ҳаким',
    'Давлат',
    'Ҷамшед',
    'Исмоил',
    'Хуршед',
    'Сафар',
    'Назар',
    'Мансур',
    'Абдулло',
  ],
};
function tgPerson(opts = {}) {
  const female = opts.female !== undefined ? opts.female : chance(0.62);
  const given = freshGiven(female ? TG_POOL.f : TG_POOL.m);
  let sur = pick(TG_POOL.sur);
  if (female && /ов$|ев$/.test(sur)) sur += 'а';
  const father = pick(TG_POOL.fathers);
  const stem = father.endsWith('о') ? father.slice(0, -1) + 'оев' : father + 'ов';
  const patr = chance(0.65) ? stem + (female ? 'на' : 'ич') : null;
  return { female, given, sur, patr };
}
function tgName(p, form = 'FIO', cas = 'nom') {
  const ini = p.given[0] + '.' + (p.patr ? p.patr[0] + '.' : '');
  let s;
  switch (form) {
    case 'FIO':
      s = [p.sur, p.given, p.patr].filter(Boolean).join(' ');
      break;
    case 'IF':
      s = p.given + ' ' + p.sur;
      break;
    case 'FI':
      s = p.sur + ' ' + p.given;
      break;
    case 'I':
      s = p.given;
      break;
    case 'Fio':
      s = p.sur + ' ' + ini;
      break;
    case 'ioF':
      s = ini + ' ' + p.sur;
      break;
    case 'CAPS':
      return [p.sur, p.given, p.patr].filter(Boolean).join(' ').toUpperCase();
    default:
      throw new Error('form ' + form);
  }
  if (cas === 'acc') {
    if (s.endsWith('.')) throw new Error('cannot inflect initials');
    s += 'ро';
  }
  return s;
}
const GN = (p, form = 'FIO', cas = 'nom') => P(tgName(p, form, cas));

// ---------------------------------------------------------------------------
// Turkish names (suffix after the apostrophe is kept out of the span)
// ---------------------------------------------------------------------------
const TR_POOL = {
  m: [
    'Mehmet',
    'Mustafa',
    'Hüseyin',
    'Ahmet',
    'Hakan',
    'Murat',
    'Serkan',
    'Gökhan',
    'Burak',
    'Emre',
    'Oğuz',
    'Selim',
    'Kadir',
    'Yusuf',
    'Erdem',
    'Tuncay',
    'Volkan',
    'Cengiz',
    'Nevzat',
    'İsmail',
    'Şükrü',
    'Ferhat',
    'Ramazan',
  ],
  f: [
    'Ayşe',
    'Fatma',
    'Emine',
    'Zeynep',
    'Elif',
    'Yasemin',
    'Tuğba',
    'Şükriye',
    'Hatice',
    'Merve',
    'Gülsüm',
    'Esra',
    'Songül',
    'Derya',
    'Sevgi',
    'Özlem',
    'Nurhan',
    'Dilek',
  ],
  sur: [
    'Yılmaz',
    'Kaya',
    'Demir',
    'Çelik',
    'Şahin',
    'Yıldız',
    'Öztürk',
    'Aydın',
    'Arslan',
    'Doğan',
    'Kılıç',
    'Aslan',
    'Koç',
    'Kurt',
    'Özdemir',
    'Şimşek',
    'Karakoyunlu',
    'Eryiğit',
    'Bozkurt',
    'Güneş',
    'Polat',
    'Çakır',
    'Korkmaz',
    'Tekin',
    'Uçar',
  ],
};
function trPerson(opts = {}) {
  const female = opts.female !== undefined ? opts.female : chance(0.5);
  const given = freshGiven(female ? TR_POOL.f : TR_POOL.m);
  const sur = pick(TR_POOL.sur);
  const given2 = chance(0.12) ? ' ' + pick(female ? TR_POOL.f : TR_POOL.m) : '';
  return { female, given: given + (given2.trim() !== given ? given2 : ''), sur, patr: null, turkish: true };
}
/** Central Asian person spelt the Turkish way */
function trCaPerson(opts = {}) {
  const p = ruPerson({ ...opts, eth: opts.eth || pick(['kz', 'kg', 'uz', 'tj', 'tm', 'kz', 'uz', 'kg']) });
  const l = latPerson(p, TR_TR);
  return { ...l, patr: null };
}
function trSuffix(word, cas) {
  const lw = word.toLocaleLowerCase('tr');
  const vs = lw.match(/[aeıioöuü]/g);
  const lv = vs ? vs[vs.length - 1] : 'e';
  const back = 'aıou'.includes(lv);
  const round = 'oöuü'.includes(lv);
  const hi = back ? (round ? 'u' : 'ı') : round ? 'ü' : 'i';
  const lo = back ? 'a' : 'e';
  const endsV = /[aeıioöuü]$/.test(lw);
  const vl = /[çfhkpsşt]$/.test(lw);
  switch (cas) {
    case 'dat':
      return "'" + (endsV ? 'y' : '') + lo;
    case 'gen':
      return "'" + (endsV ? 'n' : '') + hi + 'n';
    case 'acc':
      return "'" + (endsV ? 'y' : '') + hi;
    case 'loc':
      return "'" + (vl ? 't' : 'd') + lo;
    case 'abl':
      return "'" + (vl ? 't' : 'd') + lo + 'n';
    case 'ins':
      return "'" + (endsV ? 'y' : '') + 'l' + lo;
  }
  return '';
}
function trNameStr(p, form = 'IF') {
  switch (form) {
    case 'IF':
      return p.given + ' ' + p.sur;
    case 'FI':
      return p.sur + ' ' + p.given;
    case 'I':
      return p.given;
    case 'F':
      return p.sur;
    case 'CAPS':
      return (p.given + ' ' + p.sur).toLocaleUpperCase('tr');
    case 'SURCAPS':
      return p.given + ' ' + p.sur.toLocaleUpperCase('tr');
    case 'iF':
      return p.given[0] + '. ' + p.sur;
  }
  throw new Error('form ' + form);
}
/** Turkish name with optional case suffix after an apostrophe (outside the span) */
const TN = (p, form = 'IF', cas = 'nom') => {
  const s = trNameStr(p, form);
  return cas === 'nom' ? T`${P(s)}` : T`${P(s)}${trSuffix(s, cas)}`;
};

// ---------------------------------------------------------------------------
// English-text persons
// ---------------------------------------------------------------------------
const ARAB = {
  m: [
    'Ahmed',
    'Khalid',
    'Omar',
    'Rashid',
    'Saeed',
    'Hamdan',
    'Youssef',
    'Abdullah',
    'Sultan',
    'Majid',
    'Faisal',
    'Tariq',
    'Hassan',
  ],
  f: ['Fatima', 'Mariam', 'Noura', 'Aisha', 'Hessa', 'Layla', 'Shamma', 'Reem'],
  sur: [
    'Al Mansoori',
    'Al Falasi',
    'Al Hashimi',
    'Al Suwaidi',
    'Al Ketbi',
    'Al Nuaimi',
    'Al Dhaheri',
    'Al Mazrouei',
    'Haddad',
    'Al Shamsi',
    'Al Zaabi',
    'Al Marri',
    'Al Blooshi',
    'Saleh',
  ],
};
const KOR = {
  m: ['Min-su', 'Ji-hoon', 'Seung-woo', 'Young-ho', 'Dong-hyun', 'Min-jae', 'Sung-ho', 'Jae-won', 'Hyun-woo'],
  f: ['Seo-yeon', 'Mi-rae', 'Ji-young', 'Hye-jin', 'Eun-ji', 'Soo-ah', 'Yoo-na'],
  sur: ['Kim', 'Park', 'Lee', 'Choi', 'Jung', 'Kang', 'Yoon', 'Han', 'Jang', 'Lim', 'Shin', 'Oh', 'Seo'],
};
const SASIA = [
  'Rajesh Kumar Nair',
  'Imran Qureshi',
  'Mohammed Rafiq',
  'Anil Menon',
  'Shahid Iqbal',
  'Sandeep Gill',
  'Farhan Siddiqui',
];
function enPerson(kind = pick(['ca', 'ca', 'ca', 'ca', 'arab', 'kor', 'tr', 'ru'])) {
  switch (kind) {
    case 'arab': {
      const female = chance(0.35);
      const g = freshGiven(female ? ARAB.f : ARAB.m);
      let sur = pick(ARAB.sur);
      if (!female && chance(0.25)) sur = `bin ${pick(ARAB.m)} ${sur}`;
      return { female, given: g, sur, kind };
    }
    case 'kor': {
      const female = chance(0.4);
      return { female, given: freshGiven(female ? KOR.f : KOR.m), sur: pick(KOR.sur), kind };
    }
    case 'tr':
      return { ...trPerson(), kind };
    case 'sa': {
      const n = pick(SASIA).split(' ');
      return { female: false, given: n.slice(0, -1).join(' '), sur: n[n.length - 1], kind };
    }
    case 'ru':
      return { ...latPerson(ruPerson({ eth: pick(['ru', 'kor']) })), kind };
    default:
      return { ...latPerson(ruPerson()), kind: 'ca' };
  }
}
function enNameStr(p, form = 'IF') {
  switch (form) {
    case 'IF':
      return p.kind === 'kor' && chance(0.5) ? p.sur + ' ' + p.given : p.given + ' ' + p.sur;
    case 'FI':
      return p.sur + ' ' + p.given;
    case 'I':
      return p.given;
    case 'F':
      return p.sur;
    case 'CAPS':
      return (p.sur + ' ' + p.given).toUpperCase();
    case 'SUR,I':
      return p.sur.toUpperCase() + ', ' + p.given;
    case 'iF':
      return p.given[0] + '. ' + p.sur;
  }
  throw new Error('form ' + form);
}
const EN = (p, form = 'IF') => P(enNameStr(p, form));

// ---------------------------------------------------------------------------
// Numbers, amounts, case numbers
// ---------------------------------------------------------------------------
function thousands(n, sep = ' ') {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, sep);
}
const yr = () => ri(2017, 2024);
const caseNoRu = () => `№ ${pick(['1', '1', '2', '4'])}-${ri(12, 999)}/${yr()}`;
const erdr = () => String(ri(19, 24)) + pad(ri(1, 99)) + pick(['00', '01', '03']) + digits(9);
const flight = () =>
  pick([
    `KC ${ri(100, 999)}`,
    `FZ ${ri(1000, 1999)}`,
    `TK ${ri(100, 399)}`,
    `HY ${ri(200, 799)}`,
    `DV ${ri(700, 799)}`,
    `SU ${ri(1800, 1999)}`,
    `PC ${ri(300, 399)}`,
    `SZ ${ri(100, 299)}`,
    `ZM ${ri(100, 999)}`,
    `OZ ${ri(570, 579)}`,
    `KE ${ri(900, 999)}`,
    `G9 ${ri(300, 399)}`,
  ]);
const pct = () => `${ri(3, 68)}${chance(0.4) ? ',' + ri(1, 9) : ''}%`;
const amountRu = () =>
  pick([
    () => `${thousands(ri(1, 60) * 50000)} тенге`,
    () => `${thousands(ri(5, 80) * 100)} долларов США`,
    () => `${thousands(ri(2, 90) * 1000)} сомов`,
    () => `${thousands(ri(1, 40) * 500000)} сумов`,
    () => `${thousands(ri(3, 90) * 100)} сомони`,
    () => `${thousands(ri(5, 300) * 1000)} рублей`,
    () => `${thousands(ri(10, 99) * 100)} дирхамов ОАЭ`,
  ])();

// ---------------------------------------------------------------------------
// Addresses (span = street + house [+ flat], never the city)
// ---------------------------------------------------------------------------
const RU_STREETS = {
  Алматы: [
    'ул. Сатпаева',
    'ул. Толе би',
    'ул. Жандосова',
    'ул. Розыбакиева',
    'пр. Абая',
    'пр. Райымбека',
    'ул. Байзакова',
    'ул. Шевченко',
    'ул. Курмангазы',
    'ул. Макатаева',
    'ул. Богенбай батыра',
    'пр. Гагарина',
    'ул. Тимирязева',
    'ул. Жарокова',
    'мкр. Аксай-4',
    'мкр. Самал-2',
    'мкр. Орбита-3',
    'мкр. Жетысу-2',
    'мкр. Шугыла',
    'мкр. Калкаман-2',
  ],
  Астана: [
    'пр. Республики',
    'ул. Кенесары',
    'пр. Кабанбай батыра',
    'ул. Иманова',
    'пр. Туран',
    'ул. Сыганак',
    'ул. Бейбитшилик',
  ],
  Шымкент: ['ул. Байтурсынова', 'пр. Тауке хана', 'ул. Толе би', 'мкр. Нурсат', 'ул. Рыскулова'],
  Кызылорда: ['ул. Айтеке би', 'ул. Желтоксан', 'ул. Коркыт ата', 'ул. Абая'],
  Тараз: ['ул. Толе би', 'ул. Жамбыла', 'пр. Абая', 'ул. Сулейменова'],
  Бишкек: [
    'ул. Киевская',
    'пр. Чуй',
    'ул. Токтогула',
    'ул. Ахунбаева',
    'ул. Исанова',
    'ул. Боконбаева',
    'мкр. Джал-23',
    'мкр. Восток-5',
    'ул. Льва Толстого',
    'ж/м Ак-Орго, ул. Жаштык',
  ],
  Ош: ['ул. Ленина', 'ул. Курманжан Датки', 'ул. Масалиева', 'ул. Алымбека Датки'],
  Ташкент: [
    'ул. Амира Темура',
    'ул. Навои',
    'ул. Бунёдкор',
    'ул. Мукими',
    'ул. Фаргона йули',
    'массив Чиланзар, кв-л 9',
    'массив Юнусабад, кв-л 4',
  ],
  Самарканд: ['ул. Дагбитская', 'ул. Бобура', 'ул. Гагарина'],
  Душанбе: ['пр. Рудаки', 'ул. Айни', 'ул. Бохтар', 'пр. Сомони', 'ул. Шотемура', 'ул. Карамова'],
  Худжанд: ['ул. Ленина', 'пр. Исмоили Сомони', 'ул. Гагарина'],
  Москва: [
    'ул. Люблинская',
    'Варшавское ш.',
    'ул. Маршала Жукова',
    'ул. Профсоюзная',
    'ул. Новокосинская',
    'Дмитровское ш.',
    'ул. Лёни Голикова',
  ],
  'Санкт-Петербург': ['пр. Ветеранов', 'ул. Дыбенко', 'Московский пр.', 'ул. Савушкина'],
  Новосибирск: ['ул. Кирова', 'ул. Станиславского', 'ул. Титова'],
};
const RU_CITY_COUNTRY = {
  kz: ['Алматы', 'Алматы', 'Астана', 'Шымкент', 'Кызылорда', 'Тараз'],
  kg: ['Бишкек', 'Бишкек', 'Ош'],
  uz: ['Ташкент', 'Ташкент', 'Самарканд'],
  tj: ['Душанбе', 'Душанбе', 'Худжанд'],
  ru: ['Москва', 'Москва', 'Санкт-Петербург', 'Новосибирск'],
};
function ruAddrStr(street) {
  const n = ri(1, 240);
  const k = ri(1, 180);
  const lit = pick(['', '', '', 'А', 'Б', '/1', '/2']);
  if (street.startsWith('мкр') || street.startsWith('массив'))
    return pick([
      `${street}, д. ${n}, кв. ${k}`,
      `${street}, ${n}-${k}`,
      `${street}, дом ${n}, кв. ${k}`,
      `${street}, д. ${n}`,
    ]);
  return pick([
    `${street}, д. ${n}${lit}, кв. ${k}`,
    `${street}, ${n}-${k}`,
    `${street}, ${n}${lit}`,
    `${street}, д. ${n}, корп. ${ri(1, 4)}, кв. ${k}`,
    `${street}, дом ${n}, квартира ${k}`,
    `${street} ${n}${lit}, кв. ${k}`,
  ]);
}
function ruAddress(country = pick(['kz', 'kz', 'kg', 'uz', 'tj', 'ru'])) {
  const city = pick(RU_CITY_COUNTRY[country]);
  return { city, addr: ruAddrStr(pick(RU_STREETS[city])) };
}
const RU_GEN_STREETS = [
  'Абая',
  'Сатпаева',
  'Жандосова',
  'Толе би',
  'Байзакова',
  'Шевченко',
  'Токтогула',
  'Ахунбаева',
  'Навои',
  'Айни',
  'Кенесары',
  'Маршала Жукова',
  'Гагарина',
  'Ленина',
  'Желтоксан',
];
/** inflected Russian address: returns {prep, addr} where prep stays outside the span */
function ruAddrInflected() {
  const st = pick(RU_GEN_STREETS);
  const n = ri(1, 200);
  const k = ri(1, 150);
  return pick([
    { prep: 'на ', addr: `улице ${st}, ${n}` },
    { prep: 'на ', addr: `улице ${st}, дом ${n}, квартира ${k}` },
    { prep: 'в ', addr: `доме ${n} по улице ${st}` },
    {
      prep: 'в ',
      addr: `доме ${n} по проспекту ${pick(['Абая', 'Рудаки', 'Республики', 'Достык', 'Чуй', 'Сейфуллина'])}`,
    },
    { prep: 'в ', addr: `квартире ${k} дома ${n} по улице ${st}` },
    { prep: 'на ', addr: `проспекте ${pick(['Абая', 'Рудаки', 'Республики', 'Достык', 'Чуй'])}, ${n}` },
  ]);
}

const KK_STREETS = [
  'Абай даңғылы',
  'Сәтбаев көшесі',
  'Төле би көшесі',
  'Жандосов көшесі',
  'Райымбек даңғылы',
  'Қабанбай батыр даңғылы',
  'Кенесары көшесі',
  'Байтұрсынұлы көшесі',
  'Әйтеке би көшесі',
  'Желтоқсан көшесі',
  'Қорқыт ата көшесі',
  'Тұран даңғылы',
  'Наурызбай батыр көшесі',
  'Бейбітшілік көшесі',
];
const KK_MKR = ['Ақсай-4 шағын ауданы', 'Самал-2 шағын ауданы', 'Нұрсат шағын ауданы', 'Шұғыла шағын ауданы'];
const KK_CITIES = ['Алматы', 'Астана', 'Шымкент', 'Қызылорда', 'Тараз', 'Түркістан', 'Ақтөбе', 'Атырау', 'Арал'];
function kkAddrStr() {
  const n = ri(1, 240);
  const k = ri(1, 180);
  if (chance(0.2)) return pick([`${pick(KK_MKR)}, ${n}-үй, ${k}-пәтер`, `${pick(KK_MKR)}, ${n}-үй`]);
  const st = pick(KK_STREETS);
  return pick([
    `${st}, ${n}-үй, ${k}-пәтер`,
    `${st}, ${n}`,
    `${st}, ${n}/${ri(1, 9)}`,
    `${st}, ${n}-үй`,
    `${st} ${n}, ${k}-пәтер`,
  ]);
}
const KY_STREETS = [
  'Токтогул көчөсү',
  'Ленин көчөсү',
  'Киев көчөсү',
  'Чүй проспекти',
  'Ахунбаев көчөсү',
  'Исанов көчөсү',
  'Боконбаев көчөсү',
  'Манас проспекти',
  'Жибек Жолу проспекти',
  'Курманжан Датка көчөсү',
  'Масалиев көчөсү',
  'Фрунзе көчөсү',
];
const KY_CITIES = ['Бишкек', 'Ош', 'Талас', 'Нарын', 'Каракол', 'Жалал-Абад', 'Баткен', 'Токмок'];
function kyAddrStr() {
  const n = ri(1, 240);
  const k = ri(1, 160);
  if (chance(0.15))
    return pick([`${ri(3, 12)}-кичи району, ${n}-үй, ${k}-батир`, `Жал-${ri(15, 30)} кичи району, ${n}-үй`]);
  const st = pick(KY_STREETS);
  return pick([`${st}, ${n}-үй, ${k}-батир`, `${st} ${n}`, `${st}, ${n}/${ri(1, 9)}`, `${st}, ${n}-үй`]);
}
const UZ_STREETS = [
  "Navoiy ko'chasi",
  "Amir Temur shoh ko'chasi",
  "Bunyodkor shoh ko'chasi",
  "Mustaqillik ko'chasi",
  "Bobur ko'chasi",
  "Muqimiy ko'chasi",
  "Farg'ona yo'li ko'chasi",
  "Zarqaynar ko'chasi",
  "Qatortol ko'chasi",
  "Cho'pon ota ko'chasi",
  "Beruniy ko'chasi",
  "Lutfiy ko'chasi",
  "Gulbahor ko'chasi",
];
const UZ_CITIES = [
  'Toshkent',
  'Samarqand',
  'Buxoro',
  'Namangan',
  'Andijon',
  "Farg'ona",
  'Nukus',
  'Termiz',
  'Qarshi',
  'Urganch',
];
function uzAddrStr() {
  const n = ri(1, 200);
  const k = ri(1, 120);
  if (chance(0.2))
    return pick([
      `Chilonzor-${ri(1, 25)} mavzesi, ${n}-uy, ${k}-xonadon`,
      `Yunusobod ${ri(1, 19)}-mavze, ${n}-uy, ${k}-xonadon`,
    ]);
  const st = pick(UZ_STREETS);
  return pick([
    `${st}, ${n}-uy`,
    `${st}, ${n}-uy, ${k}-xonadon`,
    `${st} ${n}`,
    `${st}, ${n}-uy, ${k}-xonadon`,
    `${st}, ${n}/${ri(1, 9)}`,
  ]);
}
const TG_STREETS = [
  'кӯчаи Айнӣ',
  'кӯчаи Бохтар',
  'кӯчаи Шотемур',
  'кӯчаи Мирзо Турсунзода',
  'хиёбони Исмоили Сомонӣ',
  'хиёбони Рӯдакӣ',
  'кӯчаи Фирдавсӣ',
  'кӯчаи Карамов',
  'кӯчаи Гагарин',
  'кӯчаи Саъдии Шерозӣ',
  'кӯчаи Рӯдакӣ',
  'кӯчаи Ленин',
];
const TG_CITIES = ['Душанбе', 'Хуҷанд', 'Кӯлоб', 'Бохтар', 'Истаравшан', 'Панҷакент', 'Ваҳдат', 'Турсунзода'];
function tgAddrStr() {
  const n = ri(1, 200);
  const k = ri(1, 120);
  const st = pick(TG_STREETS);
  return pick([
    `${st} ${n}`,
    `${st}, хонаи ${n}, ҳуҷраи ${k}`,
    `${st} ${n}, ҳуҷраи ${k}`,
    `${st}, ${n}/${ri(1, 9)}`,
    `${st}, хонаи ${n}`,
  ]);
}
const TR_MAH = [
  'Atatürk Mah.',
  'Laleli Mah.',
  'Aksaray Mah.',
  'Kemalpaşa Mah.',
  'Cumhuriyet Mah.',
  'Fatih Mah.',
  'Yenibosna Merkez Mah.',
  'Zeytinlik Mah.',
  'Osmanbey Mah.',
  'Merkezefendi Mah.',
  'Kumkapı Mah.',
];
const TR_CAD = ['Ordu Cad.', 'Vatan Cad.', 'Fevzipaşa Cad.', 'Millet Cad.', 'İnönü Cad.', 'Gençtürk Cad.'];
const TR_SOK = ['Gül Sok.', 'Çiçek Sok.', 'Lale Sok.', 'Papatya Sok.', 'Menekşe Sok.'];
const TR_PLACES = [
  ['İstanbul', 'Fatih'],
  ['İstanbul', 'Zeytinburnu'],
  ['İstanbul', 'Bahçelievler'],
  ['İstanbul', 'Esenyurt'],
  ['Antalya', 'Muratpaşa'],
  ['Antalya', 'Alanya'],
  ['Ankara', 'Altındağ'],
  ['Bursa', 'Osmangazi'],
  ['İzmir', 'Konak'],
];
function trAddrStr() {
  const n = ri(1, 160);
  const d = ri(1, 30);
  const mah = pick(TR_MAH);
  return pick([
    `${mah} ${ri(1, 199)}. Sok. No: ${n} D: ${d}`,
    `${mah} ${pick(TR_CAD)} No: ${n} Daire: ${d}`,
    `${mah}, ${pick(TR_SOK)} No:${n}/${d}`,
    `${pick(TR_CAD)} No: ${n} K: ${ri(1, 8)} D: ${d}`,
    `${mah} ${pick(TR_SOK)} No: ${n}`,
    `${mah} ${ri(1, 199)}. Sokak No: ${n} Kat: ${ri(1, 8)} Daire: ${d}`,
  ]);
}
const AE_STREETS = [
  'Al Nahda Street',
  'Damascus Street',
  'Al Rigga Road',
  'Al Maktoum Road',
  'Baghdad Street',
  'Al Wasl Road',
  'Naif Road',
  'King Faisal Street',
  'Al Khan Street',
  'Street 15',
  '2nd December Street',
];
const AE_AREAS = [
  ['Deira', 'Dubai'],
  ['Al Qusais', 'Dubai'],
  ['Al Karama', 'Dubai'],
  ['Al Barsha', 'Dubai'],
  ['Al Nahda', 'Sharjah'],
  ['Al Majaz', 'Sharjah'],
  ['Musaffah', 'Abu Dhabi'],
  ['Al Nuaimiya', 'Ajman'],
];
function aeAddrStr() {
  const st = pick(AE_STREETS);
  return pick([
    `Building ${ri(1, 60)}, ${st}`,
    `Flat ${ri(101, 1804)}, Building ${ri(1, 40)}, ${st}`,
    `Villa ${ri(1, 90)}, ${st}`,
    `Room ${ri(1, 40)}, ${pick(['Al Noor', 'Al Fajr', 'Golden Sands', 'Al Qamar', 'Sahara'])} Building ${ri(1, 30)}, ${st}`,
    `Apartment ${ri(101, 2209)}, ${st}, Plot ${ri(100, 999)}`,
  ]);
}
const KR_ROADS = [
  ['원곡로', 'Wongok-ro'],
  ['중앙대로', 'Jungang-daero'],
  ['경수대로', 'Gyeongsu-daero'],
  ['신부로', 'Sinbu-ro'],
  ['시흥대로', 'Siheung-daero'],
  ['평택로', 'Pyeongtaek-ro'],
  ['김해대로', 'Gimhae-daero'],
];
const KR_CITIES = [
  ['안산시 단원구', 'Danwon-gu, Ansan'],
  ['화성시', 'Hwaseong'],
  ['김해시', 'Gimhae'],
  ['평택시', 'Pyeongtaek'],
  ['시흥시', 'Siheung'],
  ['천안시 동남구', 'Dongnam-gu, Cheonan'],
];
function krAddr(latin = true) {
  const r = pick(KR_ROADS);
  const c = pick(KR_CITIES);
  const n = ri(1, 300);
  const sub = chance(0.3) ? `-${ri(1, 20)}` : '';
  if (!latin)
    return { city: '경기도 ' + c[0], addr: pick([`${r[0]} ${n}${sub}`, `${r[0]} ${n}${sub}, ${ri(101, 905)}호`]) };
  return { city: c[1], addr: pick([`${n}${sub} ${r[1]}`, `${r[1]} ${n}${sub}`, `${ri(101, 905)}-ho, ${n} ${r[1]}`]) };
}

// ---------------------------------------------------------------------------
// Trap vocabularies (organisations, places named like people, statutes)
// ---------------------------------------------------------------------------
const RU_UNI = [
  'Казахский национальный университет имени аль-Фараби',
  'Евразийский национальный университет имени Л.Н. Гумилёва',
  'Кыргызский национальный университет имени Жусупа Баласагына',
  'Национальный университет Узбекистана имени Мирзо Улугбека',
  'Таджикский национальный университет',
  'Южно-Казахстанский университет имени М. Ауэзова',
  'Назарбаев Университет',
  'Университет имени Сулеймана Демиреля',
  'Кызылординский университет имени Коркыт Ата',
  'Ошский государственный университет',
  'Таразский университет имени М.Х. Дулати',
];
const RU_LANDMARK = [
  'площади Абая',
  'площади Ала-Тоо',
  'сквере Амира Темура',
  'памятника Исмоилу Сомони',
  'парке имени 28 гвардейцев-панфиловцев',
  'площади Независимости',
  'монумента «Байтерек»',
  'Зелёного базара',
  'рынка «Дордой»',
  'вокзала Алматы-2',
  'рынка «Барахолка»',
  'автовокзала «Сайран»',
];
const RU_MIN = [
  'Министерство внутренних дел Республики Казахстан',
  'Министерство труда и социальной защиты населения Республики Казахстан',
  'Служба миграции при Министерстве внутренних дел Кыргызской Республики',
  'Агентство внешней трудовой миграции Республики Узбекистан',
  'Миграционная служба Министерства труда, миграции и занятости населения Республики Таджикистан',
  'ГУВМ МВД России',
  'Генеральная прокуратура Республики Казахстан',
  'Пограничная служба КНБ Республики Казахстан',
  'Министерство иностранных дел Кыргызской Республики',
];
const RU_NGO = [
  'ОФ «Сана Сезим»',
  'ОО «Ариадна»',
  'ОФ «Шанырак»',
  'ОО «Бир Дуйно Кыргызстан»',
  'ННО «Истикболли авлод»',
  'ОО «Мадина»',
  'ОФ «Мерей»',
  'Кризисный центр «Подруги»',
  'Международная организация по миграции (МОМ)',
  'Управление ООН по наркотикам и преступности (УНП ООН)',
  'ОБСЕ',
  'Общество Красного Полумесяца',
];
const RU_COURT = [
  'Специализированный межрайонный суд по уголовным делам г. Алматы',
  'Октябрьский районный суд г. Бишкек',
  'Мирабадский районный суд по уголовным делам г. Ташкента',
  'Суд района Сино г. Душанбе',
  'Пресненский районный суд г. Москвы',
  'Ленинский районный суд г. Ош',
  'Кызылординский областной суд',
  'Суд района Исмоили Сомони г. Душанбе',
];
const RU_LAW = [
  'п. 2 ч. 2 ст. 128 УК РК',
  'ч. 1 ст. 128 УК РК',
  'ст. 135 УК РК',
  'ст. 127.1 УК РФ',
  'п. «а» ч. 2 ст. 127.1 УК РФ',
  'ст. 171 УК КР',
  'ч. 2 ст. 135 УК РУз',
  'ст. 130.1 УК РТ',
  'ст. 322.1 УК РФ',
  'ст. 308 УК РК',
  'ст. 309 УК РК',
];
const RU_COMPANY = [
  'ТОО «Шелковый Путь Трэвел»',
  'ООО «Восток-Стафф»',
  'ТОО «Азия Кадр Сервис»',
  'ОсОО «Ала-Тоо Трэвел»',
  'ООО «Гранд Логистик»',
  'ТОО «Алтын Сапар»',
  'ООО «Самарканд-Экспресс»',
  'ЧП «Сомон Транс»',
  'Al Noor General Trading LLC',
  'Hanil Agro Co., Ltd.',
];
const DEST_RU = [
  { nom: 'Дубай', pre: 'Дубае', gen: 'Дубая', dat: 'Дубаю' },
  { nom: 'Стамбул', pre: 'Стамбуле', gen: 'Стамбула', dat: 'Стамбулу' },
  { nom: 'Анталья', pre: 'Анталье', gen: 'Антальи', dat: 'Анталье' },
  { nom: 'Сеул', pre: 'Сеуле', gen: 'Сеула', dat: 'Сеулу' },
  { nom: 'Москва', pre: 'Москве', gen: 'Москвы', dat: 'Москве' },
  { nom: 'Шарджа', pre: 'Шардже', gen: 'Шарджи', dat: 'Шардже' },
  { nom: 'Новосибирск', pre: 'Новосибирске', gen: 'Новосибирска', dat: 'Новосибирску' },
  { nom: 'Казань', pre: 'Казани', gen: 'Казани', dat: 'Казани' },
  { nom: 'Инчхон', pre: 'Инчхоне', gen: 'Инчхона', dat: 'Инчхону' },
  { nom: 'Абу-Даби', pre: 'Абу-Даби', gen: 'Абу-Даби', dat: 'Абу-Даби' },
];
const ORIG_RU = [
  { nom: 'Кызылорда', pre: 'Кызылорде', gen: 'Кызылорды' },
  { nom: 'Тараз', pre: 'Таразе', gen: 'Тараза' },
  { nom: 'Ош', pre: 'Оше', gen: 'Оша' },
  { nom: 'Талас', pre: 'Таласе', gen: 'Таласа' },
  { nom: 'Нарын', pre: 'Нарыне', gen: 'Нарына' },
  { nom: 'Андижан', pre: 'Андижане', gen: 'Андижана' },
  { nom: 'Наманган', pre: 'Намангане', gen: 'Намангана' },
  { nom: 'Куляб', pre: 'Кулябе', gen: 'Куляба' },
  { nom: 'Худжанд', pre: 'Худжанде', gen: 'Худжанда' },
  { nom: 'Туркестан', pre: 'Туркестане', gen: 'Туркестана' },
  { nom: 'Шымкент', pre: 'Шымкенте', gen: 'Шымкента' },
  { nom: 'Жезказган', pre: 'Жезказгане', gen: 'Жезказгана' },
  { nom: 'Каракол', pre: 'Караколе', gen: 'Каракола' },
  { nom: 'Фергана', pre: 'Фергане', gen: 'Ферганы' },
  { nom: 'Бохтар', pre: 'Бохтаре', gen: 'Бохтара' },
  { nom: 'Аральск', pre: 'Аральске', gen: 'Аральска' },
  { nom: 'Нукус', pre: 'Нукусе', gen: 'Нукуса' },
  { nom: 'Мары', pre: 'Мары', gen: 'Мары' },
  { nom: 'Дашогуз', pre: 'Дашогузе', gen: 'Дашогуза' },
];

// ---------------------------------------------------------------------------
// Template registry
// ---------------------------------------------------------------------------
const TPL = [];
function tpl(lang, script, genre, neg, fn) {
  TPL.push({ key: `${lang}-${script}-${TPL.length + 1}`, lang, script, genre, neg, fn });
}
const pos = (lang, script, genre, fn) => tpl(lang, script, genre, false, fn);
const negT = (lang, script, genre, fn) => tpl(lang, script, genre, true, fn);

const hm = () => `${pad(ri(0, 23))}:${pad(ri(0, 59))}`;
const dm = (dt) => `${pad(dt.d)}.${pad(dt.m)}`;
function evRange() {
  const a = revent(2018, 2023);
  const b = { y: a.y + (a.m > 8 ? 1 : 0), m: a.m > 8 ? ri(1, 6) : ri(a.m + 1, 12), d: ri(1, 28) };
  return [a, b];
}
function nextDays(dt, n) {
  const d = new Date(Date.UTC(dt.y, dt.m - 1, dt.d + n));
  return { y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, d: d.getUTCDate() };
}
const ageAt = (dob, ev) => ev.y - dob.y - (ev.m < dob.m || (ev.m === dob.m && ev.d < dob.d) ? 1 : 0);
function yearsRu(n) {
  const a = n % 10;
  const b = n % 100;
  if (a === 1 && b !== 11) return 'год';
  if (a >= 2 && a <= 4 && (b < 12 || b > 14)) return 'года';
  return 'лет';
}
const RU_MON_PRE = [
  'январе',
  'феврале',
  'марте',
  'апреле',
  'мае',
  'июне',
  'июле',
  'августе',
  'сентябре',
  'октябре',
  'ноябре',
  'декабре',
];
const RU_MON_NOM = [
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
const DEST_ACC = {
  Дубай: 'Дубай',
  Стамбул: 'Стамбул',
  Анталья: 'Анталью',
  Сеул: 'Сеул',
  Москва: 'Москву',
  Шарджа: 'Шарджу',
  Новосибирск: 'Новосибирск',
  Казань: 'Казань',
  Инчхон: 'Инчхон',
  'Абу-Даби': 'Абу-Даби',
};
for (const d of DEST_RU) d.acc = DEST_ACC[d.nom];
const COUNTRY_OF = { kz: 'kz', kg: 'kg', uz: 'uz', tj: 'tj', ru: 'ru', kor: 'kz', uyg: 'kz', tm: 'tm' };
const CITIZEN_RU = {
  kz: ['Республики Казахстан', 'гражданка Республики Казахстан', 'гражданин Республики Казахстан'],
  kg: ['Кыргызской Республики', 'гражданка Кыргызской Республики', 'гражданин Кыргызской Республики'],
  uz: ['Республики Узбекистан', 'гражданка Республики Узбекистан', 'гражданин Республики Узбекистан'],
  tj: ['Республики Таджикистан', 'гражданка Республики Таджикистан', 'гражданин Республики Таджикистан'],
  ru: ['Российской Федерации', 'гражданка Российской Федерации', 'гражданин Российской Федерации'],
  tm: ['Туркменистана', 'гражданка Туркменистана', 'гражданин Туркменистана'],
};
function passFor(country) {
  switch (country) {
    case 'kz':
      return chance(0.7) ? { label: 'паспорт', no: passKZ() } : { label: 'удостоверение личности №', no: idcardKZ() };
    case 'kg':
      return chance(0.75) ? { label: 'паспорт', no: passKG() } : { label: 'ID-карта', no: idcardKG() };
    case 'uz':
      return { label: 'паспорт', no: passUZ() };
    case 'tj':
      return { label: 'паспорт', no: passTJ() };
    case 'tm':
      return { label: 'паспорт', no: passTM() };
    case 'ru':
      return chance(0.5) ? { label: 'паспорт', no: passRUint() } : { label: 'загранпаспорт', no: passRUfor() };
  }
  throw new Error('passFor ' + country);
}
function nationalIdFor(country, dob, female) {
  switch (country) {
    case 'kz':
      return { label: 'ИИН', no: makeIIN(dob, female, chance(0.12)) };
    case 'kg':
      return { label: 'ПИН', no: makeKGPIN(dob, female) };
    case 'uz':
      return { label: 'ПИНФЛ', no: makePINFL(dob, female, chance(0.12)) };
    case 'ru':
      return chance(0.5) ? { label: 'СНИЛС', no: makeSNILS() } : { label: 'ИНН', no: makeRUINN() };
    default:
      return null;
  }
}
const ruDob = (dob) => pick([dmy(dob), dmy(dob), ruDateLong(dob), dmy(dob, '/'), ymd(dob)]);

// ---------------------------------------------------------------------------
// RUSSIAN (ru, cyrl)
// ---------------------------------------------------------------------------
pos('ru', 'cyrl', 'victim interview', () => {
  const v = ruPerson({ female: true, eth: pick(['kz', 'kz', 'uyg', 'kor', 'ru']) });
  const a = ruAddress('kz');
  const dob = rdob(1988, 2005);
  const ev = revent(2019, 2023);
  const rec = ruPerson({ female: true });
  const dest = pick(DEST_RU);
  const dobS = pick([dmy(dob), ruDateLong(dob)]);
  return T`ПРОТОКОЛ ДОПРОСА ПОТЕРПЕВШЕЙ\nг. ${pick(['Алматы', 'Шымкент', 'Тараз', 'Кызылорда'])}, ${dmy(revent(2023, 2024))}\n\nДопрошена: ${RN(v, 'FIO')}, ${BD(dobS)} года рождения, проживающая по адресу: г. ${a.city}, ${ADR(a.addr)}, тел. ${PH(phone('kz'))}.\nПо существу заданных вопросов показала: в ${RU_MON_PRE[ev.m - 1]} ${ev.y} года знакомая по имени ${RN(rec, 'I')} предложила мне работу администратором в ${dest.pre} с зарплатой ${thousands(ri(8, 25) * 100)} долларов. ${RN(rec, 'I')} сказала, что оформлением документов займётся её муж.`;
});
pos('ru', 'cyrl', 'victim narrative', () => {
  const v = ruPerson({ female: true });
  const m = ruPerson({ female: false });
  const s = ruPerson({ female: true, eth: v.eth });
  const m2 = ruPerson({ female: false });
  const ev = revent();
  const dest = pick(DEST_RU);
  return T`Со слов потерпевшей ${RN(v, 'I', 'gen')}, в ${RU_MON_PRE[ev.m - 1]} ${ev.y} года она познакомилась в Instagram с мужчиной, представившимся ${RN(m, 'I', 'ins')}. ${RN(m, 'I')} обещал ей работу в ${dest.pre} и оплату перелёта. Деньги на оформление визы (${amountRu()}) ${RN(v, 'I')} заняла у своей сестры, ${RN(s, 'IF', 'gen')}. В аэропорту её встретил ${RN(m2, 'I')}, который сразу забрал у неё паспорт и телефон.`;
});
pos('ru', 'cyrl', 'witness statement', () => {
  const w = ruPerson({ female: false });
  const o = ruPerson();
  const ev = revent();
  const ctry = pick(['kz', 'kz', 'kg', 'ru']);
  return T`Свидетель ${RN(w, 'FIO')} пояснил, что работает водителем такси. ${dmy(ev)} около ${ri(20, 23)}:${pad(ri(0, 59))} у ${pick(['ТРЦ «Мега»', 'железнодорожного вокзала', 'рынка «Дордой»', 'автовокзала «Сайран»', 'гостиницы «Казахстан»'])} к нему подошёл мужчина и попросил отвезти двух девушек в сауну. Сам мужчина уехал на автомобиле ${pick(['Toyota Camry', 'Lexus RX 350', 'Hyundai Sonata', 'Mercedes-Benz E200'])} белого цвета, государственный номер ${PL(plate(ctry))}. Позднее выяснилось, что автомобиль зарегистрирован на ${RN(o, 'FIO', 'acc')}, ${o.female ? pick(['жительницу', 'уроженку']) : pick(['жителя', 'уроженца'])} ${pick(ORIG_RU).gen}.`;
});
pos('ru', 'cyrl', 'police report', () => {
  const ctry = pick(['uz', 'kg', 'tj']);
  const eth = ctry;
  const a = ruAddress(pick(['kz', 'ru']));
  const ev = revent();
  const vs = [0, 1, 2].slice(0, ri(2, 3)).map(() => ruPerson({ female: true, eth }));
  const s = ruPerson({ female: false });
  const o = ruPerson({ female: false });
  const list = J(
    ', ',
    vs.map((x) => T`${RN(x, 'FI')} (${BD(dmy(rdob(1995, 2006)))})`),
  );
  return T`РАПОРТ\nДокладываю, что ${dmy(ev)} в ходе проведения ОРМ «Мигрант» в квартире по адресу: г. ${a.city}, ${ADR(a.addr)}, выявлены граждане ${CITIZEN_RU[ctry][0]}: ${list}. Национальные паспорта указанных лиц обнаружены у гр. ${RN(s, 'Fio', 'gen')}, который пояснил, что хранит их «для сохранности».\nОперуполномоченный капитан полиции ${RN(o, 'ioF')}`;
});
pos('ru', 'cyrl', 'indictment', () => {
  const a = ruPerson({ female: false, eth: pick(['kz', 'kz', 'kor', 'uyg', 'ru']) });
  const b = ruPerson();
  const dob = rdob(1965, 1999);
  const [e1, e2] = evRange();
  const dest = pick(DEST_RU);
  const orig = pick(ORIG_RU);
  return T`ОБВИНИТЕЛЬНЫЙ АКТ\nпо уголовному делу ${caseNoRu()} (ЕРДР № ${erdr()})\n\n${RN(a, 'FIO')}, ${BD(dmy(dob))} года рождения, ИИН ${NID(makeIIN(dob, false, chance(0.2)))}, гражданин Республики Казахстан, уроженец г. ${orig.nom}, ранее не судимый, обвиняется в том, что в период с ${dmy(e1)} по ${dmy(e2)}, действуя по предварительному сговору с ${RN(b, 'IF', 'ins')}, осуществил вербовку ${ri(3, 9)} женщин в целях сексуальной эксплуатации в ${dest.pre}, то есть в совершении преступления, предусмотренного ${pick(['п. 2 ч. 2 ст. 128 УК РК', 'п. 4 ч. 2 ст. 128 УК РК', 'ч. 3 ст. 128 УК РК'])}.`;
});
pos('ru', 'cyrl', 'court verdict', () => {
  const kg = chance(0.4);
  const j = ruPerson();
  const sec = ruPerson({ female: true });
  const pr = ruPerson();
  const d = ruPerson({ female: true, eth: kg ? 'kg' : pick(['kz', 'kz', 'ru', 'kor']) });
  const adv = ruPerson();
  const v1 = ruPerson({ female: true });
  const v2 = ruPerson({ female: true });
  const dob = rdob(1970, 1996);
  const n = ri(4, 12);
  const ev = revent(2020, 2024);
  return T`ПРИГОВОР\nИМЕНЕМ ${kg ? 'КЫРГЫЗСКОЙ РЕСПУБЛИКИ' : 'РЕСПУБЛИКИ КАЗАХСТАН'}\n\n${dmy(ev)}                                   г. ${kg ? 'Бишкек' : 'Алматы'}\n\n${kg ? 'Октябрьский районный суд г. Бишкек' : 'Специализированный межрайонный суд по уголовным делам г. Алматы'} в составе председательствующего судьи ${RN(j, 'Fio', 'gen')}, при секретаре ${RN(sec, 'Fio', 'pre')}, с участием государственного обвинителя ${RN(pr, 'Fio', 'gen')}, подсудимой ${RN(d, 'FIO', 'gen')}, ${BD(ruDob(dob))} года рождения, защитника — адвоката ${RN(adv, 'Fio', 'gen')}, рассмотрев в открытом судебном заседании уголовное дело ${caseNoRu()},\nУСТАНОВИЛ: подсудимая ${RN(d, 'F')} в ${ev.y - 1} году завербовала ${RN(v1, 'IF', 'acc')} и ${RN(v2, 'IF', 'acc')}, пообещав им работу в ${pick(DEST_RU).pre}.\nПРИГОВОРИЛ: признать ${RN(d, 'FIO', 'acc')} виновной в совершении преступления, предусмотренного ${kg ? 'ч. 2 ст. 171 УК КР' : 'п. 2 ч. 2 ст. 128 УК РК'}, и назначить наказание в виде лишения свободы сроком на ${n} ${yearsRu(n)}.`;
});
pos('ru', 'cyrl', 'NGO intake form', () => {
  const c = ruPerson({ eth: pick(['kz', 'kg', 'uz', 'tj', 'tm']) });
  const ctry = COUNTRY_OF[c.eth];
  const dob = rdob(1975, 2006);
  const ps = passFor(ctry);
  const lp = latPerson(c);
  const ev = revent(2021, 2024);
  return T`АНКЕТА ПЕРВИЧНОГО ОБРАЩЕНИЯ № ${ri(10, 400)}/${pad(ev.y % 100)}\nОрганизация: ${pick(RU_NGO)}\nДата обращения: ${dmy(ev)}\nФ.И.О. клиента: ${RN(c, chance(0.5) ? 'CAPS' : 'FIO')}\nДата рождения: ${BD(dmy(dob))}\nГражданство: ${CITIZEN_RU[ctry][0]}\nДокумент: ${ps.label} ${PAS(ps.no)}\nКонтактный телефон: ${PH(phone(ctry === 'kz' ? 'kz' : ctry === 'kg' ? 'kg' : ctry === 'uz' ? 'uz' : ctry === 'tj' ? 'tj' : 'tm'))}\nЭл. почта: ${EM(emailFor(lp.given, lp.sur, ctry === 'tm' ? 'int' : ctry))}\nСтрана эксплуатации: ${pick(['Турция', 'ОАЭ', 'Россия', 'Республика Корея', 'Казахстан'])}\nВид эксплуатации: ${pick(['трудовая', 'сексуальная', 'принудительное попрошайничество', 'трудовая (сельское хозяйство)'])}\nКто направил: горячая линия ${pick(['116 16', '1409', '0800 400 11 11'])}`;
});
pos('ru', 'cyrl', 'shelter log', () => {
  const c = ruPerson({ female: true });
  const mo = ruPerson({ female: true, eth: c.eth });
  const l = ruPerson({ female: false });
  const ev = revent(2020, 2024);
  const d2 = nextDays(ev, 1);
  const d3 = nextDays(ev, 2);
  const d4 = nextDays(ev, 4);
  const age = ri(16, 29);
  return T`ЖУРНАЛ ДЕЖУРСТВА (кризисный центр)\n${dm(ev)} ${hm()} — поступила ${RN(c, 'IF')}, ${age} ${yearsRu(age)}, доставлена сотрудниками ${pick(['ДП г. Алматы', 'УВД г. Бишкек', 'миграционной полиции', 'ДП Туркестанской области'])}. Личные вещи: сумка, телефон без SIM-карты.\n${dm(d2)} ${hm()} — звонила мать, ${RN(mo, 'IO')}, с номера ${PH(phone(pick(['kz', 'kg', 'uz'])))}; просила не сообщать адрес приюта.\n${dm(d3)} — консультация психолога; ${RN(c, 'I')} отказалась от встречи с представителем консульства.\n${dm(d4)} — юрист ${RN(l, 'ioF')} подготовил заявление в полицию.`;
});
pos('ru', 'cyrl', 'whatsapp export', () => {
  const ev = revent();
  const rec = ruPerson({ female: false });
  const v = ruPerson({ female: true, eth: 'kz' });
  const recLabel = pick([() => PH(phone('kz')), () => P(pick(RU_NICKS.slice(0, 10))), () => RN(rec, 'IF')])();
  const recLabel2 = recLabel.type === 'PHONE' ? PH(recLabel.value) : P(recLabel.value);
  const recLabel3 = recLabel.type === 'PHONE' ? PH(recLabel.value) : P(recLabel.value);
  const recLabel4 = recLabel.type === 'PHONE' ? PH(recLabel.value) : P(recLabel.value);
  const vd = rdob(1998, 2005);
  const t0 = ri(9, 20);
  const ts = (k) => `[${dmy(ev)}, ${pad(t0 + Math.floor(k / 3))}:${pad((k * 7 + 3) % 60)}]`;
  const payee = ruPerson();
  return T`${ts(0)} ${recLabel}: Привет! Ты та девушка, что искала работу в ${pick(DEST_RU).pre}?\n${ts(1)} ${RN(v, 'I')}: Да. А что за работа?\n${ts(2)} ${recLabel2}: Хостес в ресторане, ${ri(15, 30) * 100}$ в месяц, жильё бесплатно. Скинь паспорт и ИИН, оформлю визу.\n${ts(3)} ${RN(v, 'I')}: ${PAS(passKZ())}, ИИН ${NID(makeIIN(vd, true))}\n${ts(4)} ${recLabel3}: За билет надо ${thousands(ri(15, 45) * 10000)} тг. Кидай на карту ${CRD(card('kz', pick(['space', 'plain'])))}, получатель ${P(payee.given + ' ' + payee.sur[0] + '.')}\n${ts(5)} ${RN(v, 'I')}: Ок, вечером переведу\n${ts(6)} ${recLabel4}: 👍`;
});
pos('ru', 'cyrl', 'telegram export', () => {
  const r = ruPerson({ female: chance(0.5) });
  const nick = pick(RU_NICKS);
  const v = ruPerson({ female: true });
  const lv = latPerson(v);
  const lr = latPerson(r);
  const hR = handleFor(lr.given, lr.sur, 'at');
  const hV = handleFor(lv.given, lv.sur, 'at');
  const ev = revent();
  const dest = pick(DEST_RU);
  const orig = pick(ORIG_RU);
  const h0 = ri(8, 20);
  const tt = (k) => `${pad(h0 + k)}:${pad(ri(0, 59))}`;
  return T`${P(nick)} (${HD(hR)}), [${dmy(ev)} ${tt(0)}]\nНабираем девушек на работу в ${dest.pre}! Визу, билеты, жильё берём на себя. Возраст 18–28. Пиши в личку или звони ${PH(phone(pick(['kz', 'kg', 'ru'])))}.\n\n${RN(v, 'IF')} (${HD(hV)}), [${dmy(ev)} ${tt(1)}]\nЗдравствуйте, мне ${ri(18, 22)}, я из ${orig.gen}. Подойду?\n\n${P(nick)} (${HD(hR)}), [${dmy(ev)} ${tt(2)}]\nПодойдёшь. Отправь фото в полный рост и скан паспорта.`;
});
pos('ru', 'cyrl', 'border record', () => {
  const c = ruPerson({ eth: pick(['kz', 'kg', 'uz', 'tj']) });
  const ctry = COUNTRY_OF[c.eth];
  const dob = rdob(1975, 2005);
  const ps = passFor(ctry);
  const ev = revent();
  const kpp = {
    kz: ['Аэропорт Алматы', 'Жибек Жолы', 'Кордай', 'Аэропорт Нурсултан Назарбаев', 'Хоргос'],
    kg: ['Аэропорт Манас', 'Ак-Жол', 'Торугарт', 'Аэропорт Ош'],
    uz: ['Аэропорт Ташкент', 'Айбек', 'Гишткуприк'],
    tj: ['Аэропорт Душанбе', 'Фотехобод', 'Пахтаобод'],
  }[ctry];
  return T`Сведения о пересечении государственной границы (выписка из базы «Беркут»)\nФ.И.О.: ${RN(c, 'CAPS')}\nДата рождения: ${BD(dmy(dob))}\nДокумент: ${ps.label} ${PAS(ps.no)}\nНаправление: ${pick(['выезд', 'въезд'])}\nКПП: «${pick(kpp)}»\nДата и время: ${dmy(ev)} ${hm()}\nРейс: ${flight()}\nПримечание: следовала в группе из ${ri(3, 11)} человек, сопровождающий не установлен.`;
});
pos('ru', 'cyrl', 'money transfer receipt', () => {
  const s = ruPerson({ eth: pick(['kg', 'uz', 'tj']) });
  const r = ruPerson({ eth: pick(['ru', 'kz', 'kg', 'uz']) });
  const sp = passFor(COUNTRY_OF[s.eth]);
  const ev = revent();
  return T`Квитанция о переводе «${pick(['Золотая Корона', 'Юнистрим', 'Contact', 'Western Union'])}»\nКонтрольный номер перевода: ${digits(10)}\nОтправитель: ${RN(s, 'FIO')}\nДокумент отправителя: ${sp.label} ${PAS(sp.no)}\nПолучатель: ${RN(r, 'FIO')}\nСтрана получения: ${pick(['Турция', 'ОАЭ', 'Казахстан', 'Россия'])}\nСумма: ${thousands(ri(5, 90) * 1000)} руб.\nКомиссия: ${ri(1, 3)}%\nДата операции: ${dmy(ev)} ${hm()}\nОператор: ${pick(['ПАО «Совкомбанк»', 'АО «Банк Русский Стандарт»', 'КБ «Юнистрим»'])}`;
});
pos('ru', 'cyrl', 'bank statement', () => {
  const o = ruPerson({ eth: pick(['kz', 'kz', 'kor', 'uyg']) });
  const x = ruPerson();
  const y = ruPerson();
  const z = ruPerson();
  const dob = rdob(1970, 2000);
  const [e1, e2] = evRange();
  return T`ВЫПИСКА ПО СЧЁТУ за период ${dmy(e1)} — ${dmy(e2)}\nВладелец счёта: ${RN(o, 'FIO')}\nИИН: ${NID(makeIIN(dob, o.female))}\nIBAN: ${IBN(iban('KZ'))}\nКарта: ${CRD(card('kz', 'mask6'))}\n\nДата | Описание | Сумма, KZT\n${dmy(e1)} | Перевод с карты ${CRD(card('kz', 'mask4'))} (${P(x.given + ' ' + x.sur[0] + '.')}) | +${thousands(ri(2, 60) * 5000)}\n${dmy(nextDays(e1, 3))} | Kaspi Перевод — ${P(y.given + ' ' + y.sur[0] + '.')} | -${thousands(ri(2, 30) * 5000)}\n${dmy(nextDays(e1, 9))} | Перевод на счёт ${IBN(iban('KZ', chance(0.2), 'compact'))} (${RN(z, 'FIO')}) | -${thousands(ri(10, 90) * 5000)}\n${dmy(nextDays(e1, 12))} | Оплата авиабилета, рейс ${flight()} | -${thousands(ri(60, 250) * 1000)}`;
});
pos('ru', 'cyrl', 'recruiter advert', () => {
  const nick = pick(RU_NICKS);
  const r = ruPerson();
  const lr = latPerson(r);
  const dest = pick(DEST_RU);
  return T`🔥 СРОЧНО! Требуются девушки 18–30 лет в ${pick(['кафе', 'караоке', 'отель', 'массажный салон', 'ночной клуб'])} в ${dest.pre}. Зарплата от ${ri(15, 50) * 100} $ + чаевые. Жильё и билеты за счёт работодателя, опыт не нужен, язык не нужен!\nПишите в WhatsApp ${PH(phone(pick(['kz', 'kg', 'uz', 'ae', 'tr'])))} или в Telegram ${HD(handleFor(lr.given, lr.sur, pick(['at', 'tme'])))}, спросить ${P(nick)}.\n#работавдубае #работазарубежом #вакансии${pick(['алматы', 'бишкек', 'ташкент', 'ош'])}`;
});
pos('ru', 'cyrl', 'register table', () => {
  const rows = [0, 1, 2, 3].slice(0, ri(3, 4)).map((i) => {
    const x = ruPerson({ eth: pick(['kz', 'kg', 'uz', 'tj']) });
    const c = COUNTRY_OF[x.eth];
    const dob = rdob(1980, 2006);
    const ps = passFor(c);
    return T`| ${i + 1} | ${RN(x, 'FIO')} | ${BD(dmy(dob))} | ${PAS(ps.no)} | ${PH(phone(c))} |`;
  });
  return T`Список лиц, выявленных на объекте ${pick(RU_COMPANY)} (${dmy(revent())})\n| № | Ф.И.О. | Дата рождения | Паспорт | Телефон |\n|---|---|---|---|---|\n${J('\n', rows)}\n\nВсего: ${rows.length} чел. Составил: ${RN(ruPerson({ female: false }), 'ioF')}`;
});
pos('ru', 'cyrl', 'tab register', () => {
  const n = ri(2, 4);
  const rows = [];
  for (let i = 0; i < n; i++) {
    const x = ruPerson({ eth: pick(['kz', 'kz', 'kor', 'uyg', 'ru']) });
    const dob = rdob(1975, 2006);
    rows.push(
      T`${RN(x, 'F')}\t${RN(x, 'I')}\t${BD(dmy(dob))}\t${NID(makeIIN(dob, x.female, chance(0.15)))}\t${pick(ORIG_RU).nom}`,
    );
  }
  return T`Фамилия\tИмя\tДата рождения\tИИН\tМесто рождения\n${J('\n', rows)}`;
});
pos('ru', 'cyrl', 'operational note', () => {
  const r = ruPerson({ female: true });
  const nick = pick(['Мама Роза', 'Тётя Люба', 'Мадам Лола', 'Аля Стамбульская']);
  const ad = ruAddrInflected();
  const lr = latPerson(r);
  return T`Оперативным путём установлено, что вербовкой девушек из ${pick(ORIG_RU).gen} и прилегающих сёл занимается гражданка ${RN(r, 'Fio')} (кличка «${P(nick)}»), проживающая в г. ${pick(['Шымкент', 'Тараз', 'Алматы', 'Бишкек'])} ${ad.prep}${ADR(ad.addr)}. Для связи использует номера ${PH(phone('kz'))} и ${PH(phone('kg'))}, а также аккаунт в Instagram ${HD(handleFor(lr.given, lr.sur, 'plain'))}. Денежные средства принимает через ${pick(['Kaspi', 'Halyk', 'Элкарт', 'Золотую Корону'])}.`;
});
pos('ru', 'cyrl', 'investigator decision', () => {
  const inv = ruPerson();
  const s = ruPerson({ female: false });
  const v = ruPerson();
  const ev = revent();
  return T`Следователь СУ ДП ${pick(['Туркестанской области', 'Жамбылской области', 'Кызылординской области', 'г. Шымкента'])} ${pick(['старший лейтенант полиции', 'капитан полиции', 'майор полиции'])} ${RN(inv, 'ioF')}, рассмотрев материалы КУИ № ${ri(1000, 9999)} от ${dmy(ev)} в отношении ${RN(s, 'Fio', 'gen')}, УСТАНОВИЛ: ${RN(s, 'F')} ${dmy(nextDays(ev, -20))} передал ${RN(v, 'Fio', 'dat')} денежные средства в сумме ${amountRu()} в качестве «аванса» за работу в ${pick(DEST_RU).pre}, после чего изъял у ${v.female ? 'неё' : 'него'} документы. ПОСТАНОВИЛ: возбудить уголовное дело по признакам ${pick(RU_LAW)}.`;
});
pos('ru', 'cyrl', 'labour exploitation Russia', () => {
  const v = ruPerson({ female: false, eth: pick(['tj', 'tj', 'uz', 'kg']) });
  const c = COUNTRY_OF[v.eth];
  const dob = rdob(1975, 2003);
  const a = ruAddress('ru');
  const b = ruPerson({ female: false, eth: 'ru' });
  const n = ri(2, 9);
  return T`Гражданин ${CITIZEN_RU[c][0]} ${RN(v, 'FIO')}, ${BD(dmy(dob))} г.р., прибыл в ${pick(['Москву', 'Санкт-Петербург', 'Новосибирск'])} в ${RU_MON_PRE[ri(0, 11)]} ${yr()} года. Работал грузчиком на складе по адресу: г. ${a.city}, ${ADR(a.addr)}. Паспорт (${PAS(passFor(c).no)}) у него забрал бригадир по имени ${RN(b, 'I')}, объяснив, что «так положено». Заработную плату не получал ${n} ${n < 5 ? 'месяца' : 'месяцев'}. Кроме того, на его имя без его ведома оформлен СНИЛС ${NID(makeSNILS())}.`;
});
pos('ru', 'cyrl', 'lowercase chat', () => {
  const a = ruPerson({ female: true });
  const b = ruPerson({ female: true });
  const c = ruPerson({ female: false });
  const addr = ruAddress(pick(['kz', 'ru', 'kg'])).addr.toLowerCase();
  const an = a.given.toLowerCase();
  const bn = b.given.toLowerCase();
  return T`${P(an)}: ты где?? мама звонит, плачет\n${P(bn)}: я у ${P(declGiven(c.given, false, 'gen').toLowerCase())} на квартире, он паспорт не отдаёт\n${P(an)}: скинь адрес я в полицию пойду\n${P(bn)}: ${ADR(addr)}\n${P(bn)}: только ему не говори что я писала\n${P(an)}: его номер есть?\n${P(bn)}: ${PH(phone(pick(['kz', 'kg', 'ru'])))}`;
});
pos('ru', 'cyrl', 'explanation of mother', () => {
  const m = ruPerson({ female: true });
  const d = ruPerson({ female: true, eth: m.eth });
  d.sur = m.sur;
  const a = ruAddress(COUNTRY_OF[m.eth] === 'tm' ? 'kz' : COUNTRY_OF[m.eth]);
  const mdob = rdob(1962, 1982);
  const ddob = rdob(1998, 2006);
  const dest = pick(DEST_RU);
  const ctry = COUNTRY_OF[m.eth] === 'tm' ? 'kz' : COUNTRY_OF[m.eth];
  return T`ОБЪЯСНЕНИЕ\nЯ, ${RN(m, 'FIO')}, ${BD(String(mdob.y))} г.р., проживающая: г. ${a.city}, ${ADR(a.addr)}, тел. ${PH(phone(ctry === 'ru' ? 'ru' : ctry))}, по существу заданных мне вопросов поясняю: моя дочь ${RN(d, 'IF')}, ${BD(dmy(ddob))} г.р., в ${RU_MON_PRE[ri(0, 11)]} ${yr()} года уехала в ${dest.acc} на заработки. Последний раз она звонила мне ${dmy(revent(2023, 2024))} с незнакомого номера ${PH(phone(pick(['ae', 'tr', 'kr'])))} и плакала. С её слов, работодатель забрал у неё паспорт.`;
});
pos('ru', 'cyrl', 'vehicle register', () => {
  const rows = [0, 1, 2].map(() => {
    const o = ruPerson();
    const c = pick(['kz', 'kg', 'uz', 'ru']);
    return T`${pick(['Toyota Alphard', 'Mercedes Sprinter', 'Hyundai Starex', 'Lada Largus', 'Chevrolet Cobalt', 'Kia Carnival'])}; г/н ${PL(plate(c))}; владелец — ${RN(o, 'Fio')}; ${pick(['зафиксирован на КПП «Кордай»', 'перевозил пассажиров до Шымкента', 'стоял у дома с потерпевшими', 'замечен у рынка «Дордой»', 'арендован через ТОО «Алтын Сапар»'])}`;
  });
  return T`Сведения о транспортных средствах, использовавшихся для перевозки потерпевших:\n1) ${rows[0]};\n2) ${rows[1]};\n3) ${rows[2]}.`;
});
pos('ru', 'cyrl', 'prosecutor request', () => {
  const v = ruPerson({ female: true });
  const x = ruPerson();
  const s = ruPerson();
  const ls = latPerson(s);
  const ev = revent();
  return T`ПРОКУРАТУРА ${pick(['Г. АЛМАТЫ', 'ЖАМБЫЛСКОЙ ОБЛАСТИ', 'Г. БИШКЕК', 'ТУРКЕСТАНСКОЙ ОБЛАСТИ'])}\nИсх. № ${ri(1, 30)}-${ri(100, 9999)}-${pad(ev.y % 100)} от ${dmy(ev)}\n\nПрошу в срок до ${dmy(nextDays(ev, 10))} предоставить сведения о владельце адреса электронной почты ${EM(emailFor(ls.given, ls.sur, 'kz'))} и аккаунта ${HD(handleFor(ls.given, ls.sur, pick(['at', 'insta'])))}, с которых в адрес потерпевшей ${RN(v, 'Fio', 'gen')} поступали угрозы. Сведения необходимы для расследования уголовного дела ${caseNoRu()} по ${pick(RU_LAW)}.\nИсполнитель: ${RN(x, 'ioF')}, тел. ${PH(phone('kzland'))}`;
});
pos('ru', 'cyrl', 'korea labour', () => {
  const v = ruPerson({ female: false, eth: pick(['kz', 'uz', 'kg']) });
  const k = ruPerson({ eth: 'kor', female: false });
  const kr = krAddr(false);
  const dob = rdob(1980, 2000);
  return T`Потерпевший ${RN(v, 'FIO')} пояснил, что в Корею его отправил посредник ${RN(k, 'IF')}, взявший ${thousands(ri(15, 40) * 100)} долларов за «визу E-9». В Корее он работал на заводе в провинции Кёнгидо и жил в общежитии по адресу ${ADR(kr.addr)}. Регистрационная карта иностранца № ${NID(makeRRN(dob, false, true, chance(0.2)))} и загранпаспорт остались у работодателя. Связь с семьёй поддерживал через номер ${PH(phone('kr'))}.`;
});
pos('ru', 'cyrl', 'inflected names narrative', () => {
  const a = ruPerson({ female: false });
  const b = ruPerson({ female: true });
  const c = ruPerson({ female: false });
  const ad = ruAddrInflected();
  return T`С ${RN(a, 'I', 'ins')} потерпевшая познакомилась через подругу ${RN(b, 'I', 'acc')}. Позднее ${RN(b, 'I')} призналась, что получала от ${RN(a, 'I', 'gen')} по ${ri(100, 300)} долларов за каждую «найденную» девушку. Девушек держали в квартире ${ad.prep}${ADR(ad.addr)}, ключи были только у ${RN(c, 'IF', 'gen')}. ${/^[АИОУЭЫ]/.test(c.given) ? 'Об' : 'О'} ${RN(c, 'I', 'pre')} соседи говорили, что он «всегда вежливый».`;
});
pos('ru', 'cyrl', 'passport scan MRZ', () => mrzSnippet('ru'));
pos('ru', 'cyrl', 'hotel guest card', () => {
  const g = ruPerson({ eth: pick(['kg', 'uz', 'tj', 'kz']) });
  const c = COUNTRY_OF[g.eth];
  const dob = rdob(1985, 2005);
  const ps = passFor(c);
  const a = ruAddress(c);
  return T`Анкета гостя (гостиница «${pick(['Достар', 'Орда', 'Азия', 'Жибек Жолы'])}», г. ${pick(['Алматы', 'Шымкент', 'Астана'])})\nФамилия, имя: ${RN(g, 'FI')}\nДата рождения: ${BD(dmy(dob))}\nДокумент: ${PAS(ps.no)}\nПостоянный адрес: ${a.city}, ${ADR(a.addr)}\nЗаезд: ${dmy(revent())}, номер ${ri(101, 520)}\nОплата: наличными, ${thousands(ri(8, 40) * 1000)} тенге\nОплатил(а): ${RN(ruPerson({ female: false }), 'IF')}`;
});

// RU negatives
negT('ru', 'cyrl', 'court schedule', () => {
  const ev = revent(2022, 2025);
  const lines = [0, 1, 2].map(
    () => `${pad(ri(9, 17))}:${pick(['00', '30'])} — дело ${caseNoRu()} по ${pick(RU_LAW)}, зал № ${ri(1, 14)}`,
  );
  return T`График судебных заседаний на ${dmy(ev)} (${pick(RU_COURT)}):\n${lines.join('\n')}\nВход для участников процесса — с ${pick(['ул. Толе би', 'ул. Байзакова', 'пр. Абая'])}, при себе иметь документ, удостоверяющий личность.`;
});
negT('ru', 'cyrl', 'statistics', () => {
  const y = yr();
  return T`По данным ${pick(['МВД Республики Казахстан', 'Генеральной прокуратуры РК', 'Службы миграции КР', 'УНП ООН'])}, в ${y} году зарегистрировано ${ri(40, 300)} уголовных правонарушений по ${pick(RU_LAW)}, что на ${pct()} ${pick(['больше', 'меньше'])}, чем в ${y - 1} году. Наибольшее число случаев выявлено в ${pick(['Кызылординской, Туркестанской и Жамбылской областях', 'Ошской, Баткенской и Таласской областях', 'Ферганской долине и Каракалпакстане', 'Хатлонской и Согдийской областях'])}. Средний возраст пострадавших — ${pick([20, 25, 26, 27, 28, 29])} лет, ${pct()} из них — женщины.`;
});
negT('ru', 'cyrl', 'university event', () => {
  return T`Круглый стол «Противодействие торговле людьми: роль высшей школы» (${dmy(revent(2022, 2025))}). Место проведения: ${pick(RU_UNI)}. Организаторы: ${pick(RU_NGO)} и ${pick(RU_MIN)}; в обсуждении участвовали студенты юридического факультета. Участники возложили цветы у ${pick(['памятника Абаю', 'памятника Чингизу Айтматову', 'памятника Алишеру Навои', 'памятника Исмоилу Сомони'])} на ${pick(['площади Абая', 'площади Ала-Тоо', 'площади Навои', 'площади Дусти'])}, а затем провели акцию на ${pick(['проспекте Абая', 'улице Панфилова', 'проспекте Рудаки', 'улице Чингиза Айтматова'])}.`;
});
negT('ru', 'cyrl', 'flight and migration', () => {
  const f = flight();
  return T`Рейс ${f} ${pick(['Алматы — Стамбул', 'Ош — Москва', 'Ташкент — Дубай', 'Душанбе — Сургут', 'Бишкек — Инчхон', 'Шымкент — Анталья'])} вылетел ${dmy(revent())} с задержкой на ${ri(2, 18) * 10} минут. Число пассажиров — ${ri(40, 180)}, из них ${ri(10, 60)} — трудовые мигранты, направлявшиеся на сезонные работы. Квоты на их трудоустройство выдаёт ${pick(RU_MIN)}. Стоимость билета составила ${amountRu()}.`;
});
negT('ru', 'cyrl', 'ngo annual report', () => {
  const y = yr();
  return T`Годовой отчёт за ${y} год (${pick(RU_NGO)}). Число пострадавших от торговли людьми, получивших помощь, — ${ri(60, 400)} (женщин — ${ri(20, 59)}, несовершеннолетних — ${ri(5, 19)}). Приют в г. ${pick(['Алматы', 'Бишкек', 'Ош', 'Ташкент', 'Душанбе', 'Худжанд'])} принял за год ${pick([20, 25, 30, 35, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85, 90])} человек. Проект «${pick(['Безопасная миграция', 'Право на защиту', 'Жас Өркен', 'Новый старт'])}» финансируется ${pick(['МОМ', 'USAID', 'ЕС', 'Посольством Великобритании'])}; общий бюджет — ${amountRu()}. Горячая линия ${pick(['116 16', '1409', '8 800 080 30 30'])} работает круглосуточно.`;
});
negT('ru', 'cyrl', 'statute text', () => {
  return T`Статья 127.1 УК РФ «Торговля людьми» предусматривает наказание в виде лишения свободы на срок до шести лет. В соответствии с Федеральным законом от 25.07.2002 № 115-ФЗ «О правовом положении иностранных граждан в Российской Федерации» работодатель обязан уведомить ГУВМ МВД России о заключении трудового договора в течение трёх рабочих дней. Аналогичные нормы содержатся в ${pick(RU_LAW.filter((l) => !l.includes('РФ')))} и в Законе Республики Казахстан от 22 июля 2011 года № 477-IV «О миграции населения».`;
});
negT('ru', 'cyrl', 'registry and company numbers', () => {
  return T`Материалы проверки зарегистрированы в ЕРДР за № ${erdr()} от ${dmy(revent())}; расследование поручено СУ ДП ${pick(['Туркестанской', 'Алматинской', 'Жамбылской', 'Кызылординской'])} области. Проверке подлежит деятельность ${pick(RU_COMPANY)} (БИН ${makeBIN()}), расчётный счёт которого открыт в ${pick(['АО «Kaspi Bank»', 'АО «Народный Банк Казахстана»', 'АО «Банк ЦентрКредит»'])}. Сумма подозрительных операций — ${amountRu()}.`;
});
negT('ru', 'cyrl', 'place names trap', () => {
  return T`Основные маршруты вербовки: ${pick(['Талас', 'Ош', 'Нарын', 'Баткен'])} — Бишкек — Москва; ${pick(['Кызылорда', 'Аральск', 'Жезказган', 'Туркестан'])} — Алматы — Стамбул; ${pick(['Мары', 'Дашогуз', 'Туркменабат'])} — Стамбул — Анталья; ${pick(['Куляб', 'Бохтар', 'Худжанд'])} — Москва. В ${pick(['Абайской', 'Жамбылской', 'Мангистауской'])} области и в районе Исмоили Сомони г. Душанбе проведены профилактические рейды. Население посёлков Аральского моря особенно уязвимо из-за безработицы.`;
});
negT('ru', 'cyrl', 'training announcement', () => {
  return T`Внимание! ${dmy(revent(2023, 2025))} в ${pad(ri(9, 15))}:00 состоится семинар (организатор — ${pick(RU_MIN)}) для инспекторов миграционной полиции. Темы: выявление признаков торговли людьми на КПП «${pick(['Жибек Жолы', 'Айша Биби', 'Кордай', 'Ак-Жол'])}», применение ${pick(RU_LAW)}, порядок взаимодействия с НПО (${pick(RU_NGO)}). Экстренные службы: 102, 112. Количество мест ограничено: ${ri(20, 80)}.`;
});

// ---------------------------------------------------------------------------
// Machine-readable zones (TD3 passports, TD1 ID cards)
// ---------------------------------------------------------------------------
const mrzName = (s) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ı/g, 'I')
    .toUpperCase()
    .replace(/[^A-Z]/g, '');
const ISO3 = { kz: 'KAZ', kg: 'KGZ', uz: 'UZB', tj: 'TJK', ru: 'RUS', tm: 'TKM', tr: 'TUR' };
const MON3 = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];
function mrzPerson(ctry, female) {
  for (;;) {
    if (ctry === 'tr') {
      const p = trPerson({ female });
      return { cyr: null, given: mrzName(p.given.split(' ')[0]), sur: mrzName(p.sur), rp: p };
    }
    const rp = ruPerson({ eth: ctry, female });
    if (/ /.test(rp.sur)) continue;
    const lp = latPerson(rp);
    return { cyr: rp, given: mrzName(lp.given), sur: mrzName(lp.sur), rp };
  }
}
function mrzDocNo(ctry) {
  switch (ctry) {
    case 'kz':
      return passKZ();
    case 'kg':
      return passKG();
    case 'uz':
      return passUZ();
    case 'tj':
      return passTJ();
    case 'ru':
      return passRUfor().replace(' ', '');
    case 'tm':
      return passTM();
    case 'tr':
      return passTR();
  }
}
function mrzPersonalNo(ctry, dob, female) {
  switch (ctry) {
    case 'kz':
      return makeIIN(dob, female);
    case 'kg':
      return makeKGPIN(dob, female);
    case 'uz':
      return makePINFL(dob, female);
    case 'tr':
      return makeTCKN();
    default:
      return null;
  }
}
/** builds a TD3 MRZ as a Frag with PERSON/PASSPORT/BIRTH_DATE/NATIONAL_ID spans */
function td3(ctry, m, docNo, dob, female, pno, exp) {
  const iso = ISO3[ctry];
  const head = 'P<' + iso;
  const nameField = m.sur + '<<' + m.given;
  const l1pad = 44 - head.length - nameField.length;
  if (l1pad < 0) throw new Error('name too long for MRZ');
  const line1 = T`${head}${P(m.sur)}<<${P(m.given)}${'<'.repeat(l1pad)}`;
  const doc9 = mrzPad(docNo, 9);
  const dob6 = pad(dob.y % 100) + pad(dob.m) + pad(dob.d);
  const exp6 = pad(exp.y % 100) + pad(exp.m) + pad(exp.d);
  const pn14 = mrzPad(pno || '', 14);
  const pnChk = pno ? mrzCheck(pn14) : '<';
  const c1 = mrzCheck(doc9);
  const c2 = mrzCheck(dob6);
  const c3 = mrzCheck(exp6);
  const comp = mrzCheck(doc9 + c1 + dob6 + c2 + exp6 + c3 + pn14 + pnChk);
  const docPart = T`${PAS(docNo)}${'<'.repeat(9 - docNo.length)}`;
  const pnPart = pno ? T`${NID(pno)}${'<'.repeat(14 - pno.length)}` : '<'.repeat(14);
  const line2 = T`${docPart}${c1}${iso}${BD(dob6)}${c2}${female ? 'F' : 'M'}${exp6}${c3}${pnPart}${pnChk}${comp}`;
  if (line1.text.length !== 44 || line2.text.length !== 44) throw new Error('MRZ length');
  return T`${line1}\n${line2}`;
}
function mrzSnippet(lang) {
  const ctry = {
    ru: pick(['kg', 'tj', 'uz', 'ru', 'tm']),
    kk: 'kz',
    uz: 'uz',
    tg: 'tj',
    tr: 'tr',
    en: pick(['kz', 'kg', 'uz', 'tj', 'tm', 'tr']),
    ky: 'kg',
  }[lang];
  const female = chance(0.62);
  let m;
  do m = mrzPerson(ctry, female);
  while (m.sur.length + m.given.length > 36);
  const dob = rdob(1975, 2006);
  const docNo = mrzDocNo(ctry);
  const pno = mrzPersonalNo(ctry, dob, female);
  const iss = revent(2015, 2023);
  const exp = { y: iss.y + 10, m: iss.m, d: iss.d };
  const zone = td3(ctry, m, docNo, dob, female, pno, exp);
  const vDob = pick([
    dmy(dob),
    `${pad(dob.d)} ${MON3[dob.m - 1]} ${dob.y}`,
    `${pad(dob.d)} ${MON3[dob.m - 1]} ${pad(dob.y % 100)}`,
  ]);
  const sx = female ? 'F' : 'M';
  const pobRu = {
    kz: ['КЫЗЫЛОРДА', 'ТАРАЗ', 'АРАЛЬСК', 'ТУРКЕСТАН'],
    kg: ['ТАЛАС', 'ОШ', 'НАРЫН', 'БАТКЕН'],
    uz: ['ANDIJON', 'NAMANGAN', 'NUKUS', 'TERMIZ'],
    tj: ['KULOB', 'BOKHTAR', 'KHUJAND', 'TURSUNZODA'],
    ru: ['МОСКВА', 'ОРЕНБУРГ', 'ОМСК'],
    tm: ['MARY', 'DASHOGUZ', 'TURKMENABAT'],
    tr: ['FATİH', 'ANTALYA', 'KONYA'],
  }[ctry];
  switch (lang) {
    case 'kk': {
      const cy = m.cyr;
      const cySur = cy ? (cy.female ? cy.sur : cy.sur).toUpperCase() : null;
      return T`ҚАЗАҚСТАН РЕСПУБЛИКАСЫ / REPUBLIC OF KAZAKHSTAN\nТӨЛҚҰЖАТ / PASSPORT\nТегі / Surname: ${P(cySur)} / ${P(m.sur)}\nАты / Given names: ${P(cy.given.toUpperCase())} / ${P(m.given)}\nАзаматтығы / Nationality: ҚАЗАҚСТАН / KAZAKHSTAN\nТуған күні / Date of birth: ${BD(vDob)}\nТуған жері / Place of birth: ${pick(pobRu)}\nЖынысы / Sex: ${female ? 'Ә/F' : 'Е/M'}\nТөлқұжат № / Passport No: ${PAS(docNo)}\nЖСН / IIN: ${NID(pno)}\nБерілген күні / Date of issue: ${dmy(iss)}\nМерзімі / Date of expiry: ${dmy(exp)}\nБерген орган / Authority: ҚР ІІМ / MIA\n\n${zone}`;
    }
    case 'uz':
      return T`O'ZBEKISTON RESPUBLIKASI / REPUBLIC OF UZBEKISTAN\nPASPORT / PASSPORT\nFamiliyasi / Surname: ${P(m.sur)}\nIsmi / Given names: ${P(m.given)}\nTug'ilgan sanasi / Date of birth: ${BD(vDob)}\nTug'ilgan joyi / Place of birth: ${pick(pobRu)}\nJinsi / Sex: ${sx}\nPasport raqami / Passport No: ${PAS(docNo)}\nShaxsiy raqami / Personal No: ${NID(pno)}\nBerilgan sanasi / Date of issue: ${dmy(iss)}\n\n${zone}`;
    case 'tg':
      return T`ҶУМҲУРИИ ТОҶИКИСТОН / REPUBLIC OF TAJIKISTAN\nШИНОСНОМА / PASSPORT\nНасаб / Surname: ${P(m.sur)}\nНом / Given names: ${P(m.given)}\nСанаи таваллуд / Date of birth: ${BD(vDob)}\nҶойи таваллуд / Place of birth: ${pick(pobRu)}\nҶинс / Sex: ${female ? 'З/F' : 'М/M'}\nРақами шиноснома / Passport No: ${PAS(docNo)}\nСанаи додан / Date of issue: ${dmy(iss)}\nМӮҲЛАТ / Date of expiry: ${dmy(exp)}\n\n${zone}`;
    case 'tr':
      return T`TÜRKİYE CUMHURİYETİ / REPUBLIC OF TÜRKİYE\nPASAPORT / PASSPORT\nSoyadı / Surname: ${P(m.rp.sur.toLocaleUpperCase('tr'))}\nAdı / Given name(s): ${P(m.rp.given.split(' ')[0].toLocaleUpperCase('tr'))}\nDoğum tarihi / Date of birth: ${BD(vDob)}\nDoğum yeri / Place of birth: ${pick(pobRu)}\nCinsiyeti / Sex: ${female ? 'K/F' : 'E/M'}\nPasaport No / Passport No: ${PAS(docNo)}\nT.C. Kimlik No / Personal No: ${NID(pno)}\nVeriliş tarihi / Date of issue: ${dmy(iss)}\n\n${zone}`;
    case 'en': {
      const pnLine = pno ? T`\nPersonal No: ${NID(pno)}` : '';
      return T`Copy of the passport attached to referral ${ri(10, 99)}/${yr()} (issuing state: ${ISO3[ctry]}):\nSurname: ${P(m.sur)}\nGiven names: ${P(m.given)}\nDate of birth: ${BD(vDob)}\nPlace of birth: ${pick(pobRu)}\nPassport No: ${PAS(docNo)}${pnLine}\nDate of expiry: ${dmy(exp)}\n\n${zone}`;
    }
    default: {
      const pnLine = pno ? T`\nЛичный номер / Personal No: ${NID(pno)}` : '';
      return T`Копия паспорта, приобщённая к материалам дела (государство выдачи: ${ISO3[ctry]}):\nФамилия / Surname: ${P(m.sur)}\nИмя / Given names: ${P(m.given)}\nДата рождения / Date of birth: ${BD(vDob)}\nМесто рождения / Place of birth: ${pick(pobRu)}\nНомер паспорта / Passport No: ${PAS(docNo)}${pnLine}\nСрок действия: до ${dmy(exp)}\n\n${zone}`;
    }
  }
}
/** Kyrgyz ID card, TD1 (3 x 30) */
function td1KgSnippet() {
  const female = chance(0.62);
  const p = kyPerson({ female });
  if (/ /.test(p.sur)) {
    p.sur = pick(KY_POOL.sur) + (female ? 'а' : '');
  }
  const lat = { given: mrzName(translit(p.given)), sur: mrzName(translit(p.sur)) };
  const dob = rdob(1978, 2006);
  const doc = idcardKG();
  const pin = makeKGPIN(dob, female);
  const iss = revent(2017, 2023);
  const exp = { y: iss.y + 10, m: iss.m, d: iss.d };
  const c1 = mrzCheck(doc);
  const opt1 = mrzPad(pin, 15);
  const l1 = T`IDKGZ${PAS(doc)}${c1}${NID(pin)}${'<'.repeat(15 - pin.length)}`;
  const dob6 = pad(dob.y % 100) + pad(dob.m) + pad(dob.d);
  const exp6 = pad(exp.y % 100) + pad(exp.m) + pad(exp.d);
  const c2 = mrzCheck(dob6);
  const c3 = mrzCheck(exp6);
  const opt2 = '<'.repeat(11);
  const comp = mrzCheck(doc + c1 + opt1 + dob6 + c2 + exp6 + c3 + opt2);
  const l2 = T`${BD(dob6)}${c2}${female ? 'F' : 'M'}${exp6}${c3}KGZ${opt2}${comp}`;
  const nm = lat.sur + '<<' + lat.given;
  const l3 = T`${P(lat.sur)}<<${P(lat.given)}${'<'.repeat(Math.max(0, 30 - nm.length))}`;
  if (l1.text.length !== 30 || l2.text.length !== 30 || l3.text.length !== 30) throw new Error('TD1 length ' + nm);
  const patrLine = p.patr ? T`\nАтасынын аты / Patronymic: ${P(p.patr.toUpperCase())}` : '';
  return T`КЫРГЫЗ РЕСПУБЛИКАСЫ / KYRGYZ REPUBLIC\nЖАРАНДЫН ПАСПОРТУ (ID-карта) / ID CARD\nФамилиясы / Surname: ${P(p.sur.toUpperCase())}\nАты / Name: ${P(p.given.toUpperCase())}${patrLine}\nТуулган күнү / Date of birth: ${BD(dmy(dob))}\nЖынысы / Sex: ${female ? 'А/F' : 'Э/M'}\nЖеке номери / Personal number: ${NID(pin)}\nДокумент № / Document No: ${PAS(doc)}\nБерилген күнү / Date of issue: ${dmy(iss)}\nОрган / Authority: ${pick(['МКК 211011', 'МКК 211021', 'МКК 50-01'])}\n\n${l1}\n${l2}\n${l3}`;
}

// ---------------------------------------------------------------------------
// KAZAKH (kk, cyrl + latn)
// ---------------------------------------------------------------------------
const KK_DEST = [
  { nom: 'Дубай', loc: 'Дубайдағы', dat: 'Дубайға' },
  { nom: 'Ыстамбұл', loc: 'Ыстамбұлдағы', dat: 'Ыстамбұлға' },
  { nom: 'Сеул', loc: 'Сеулдегі', dat: 'Сеулге' },
  { nom: 'Мәскеу', loc: 'Мәскеудегі', dat: 'Мәскеуге' },
  { nom: 'Анталья', loc: 'Антальядағы', dat: 'Антальяға' },
  { nom: 'Абу-Даби', loc: 'Абу-Дабидегі', dat: 'Абу-Дабиге' },
  { nom: 'Шарджа', loc: 'Шарджадағы', dat: 'Шарджаға' },
];
const KOR_CYR = [
  'Пак Чжи Хун',
  'Ким Мин Су',
  'Ли Сын У',
  'Чхве Ён Хо',
  'Кан Мин Чжэ',
  'Юн Со Ён',
  'Чон Хэ Ин',
  'Хан Ми Рэ',
];
const KK_NICKS = ['Мама Гүля', 'Қара Мұрат', 'Жека', 'Баха', 'Мадам Лола', 'Тәтті', 'Сәкен-Түрік'];
const KK_CAR = [
  'Toyota Camry',
  'Hyundai Starex',
  'Lexus LX 570',
  'Mercedes-Benz Sprinter',
  'Chevrolet Nexia',
  'Toyota Land Cruiser Prado',
];
function kkDobFrag(dob) {
  return pick([
    () => T`${BD(`${dob.y} жылы ${dob.d} ${KK_MON_LOC[dob.m - 1]}`)} туған`,
    () => T`${BD(dmy(dob))} ж. туған`,
    () => T`${BD(dmy(dob))} жылы туған`,
    () => T`${BD(String(dob.y))} жылы туған`,
  ])();
}
const kkAmount = () => pick([`${thousands(ri(2, 60) * 50000)} теңге`, `${ri(5, 40) * 100} АҚШ доллары`]);
const kkCity = () => pick(KK_CITIES);
const kkPh = () => phone('kz');

pos('kk', 'cyrl', 'victim interview', () => {
  const v = kkPerson({ female: true });
  const r = kkPerson({ female: false });
  const dob = rdob(1990, 2005);
  const ev = revent();
  const dest = pick(KK_DEST);
  return T`Жәбірленуші ${KN(v, 'FIO')}, ${kkDobFrag(dob)}, ${kkCity()} қаласының тұрғыны, мынадай түсініктеме берді: «${ev.y} жылдың ${KK_MON[ev.m - 1]} айында Instagram желісі арқылы ${KN(r, 'I')} есімді жігітпен таныстым. Ол маған ${dest.loc} мейрамханада даяшы болып жұмыс істеуді ұсынды, айына ${ri(8, 25) * 100} доллар төлейтінін айтты. ${dest.nom} әуежайына келген бойда төлқұжатымды алып қойды.»`;
});
pos('kk', 'cyrl', 'police report', () => {
  const s = kkPerson();
  const o = kkPerson({ female: false });
  const dob = rdob(1970, 1998);
  const ev = revent();
  return T`БАЯНАТ\n${dmy(ev)} жүргізілген жедел-іздестіру іс-шаралары барысында ${KN(s, 'FIO', 'gen')} (ЖСН ${NID(makeIIN(dob, s.female, chance(0.15)))}) ${ri(3, 9)} әйелдің төлқұжаттарын заңсыз ұстап отырғаны анықталды. Әйелдер ${kkCity()} қаласы, ${ADR(kkAddrStr())} мекенжайындағы пәтерде тұрған. ${KN(s, 'I')} түсініктеме беруден бас тартты.\nЖедел уәкіл, полиция капитаны ${KN(o, 'ioF')}`;
});
pos('kk', 'cyrl', 'whatsapp export', () => {
  const a = kkPerson({ female: true, kazakhOnly: true });
  const b = kkPerson({ female: true, kazakhOnly: true });
  const r = kkPerson({ female: false, kazakhOnly: true });
  const ev = revent();
  const dest = pick(KK_DEST);
  const h = ri(9, 21);
  const t = (k) => `[${dmy(ev)}, ${pad(h)}:${pad(10 + k * 7)}]`;
  return T`${t(0)} ${P(a.given)}: Сәлем, ${KN(b, 'I')}! ${dest.dat} жұмыс бар дегенің рас па?\n${t(1)} ${P(b.given)}: Иә, рас. ${KN(r, 'I', 'gen')} танысы бар, бәрін өзі реттейді.\n${t(2)} ${P(a.given)}: Қанша ақша керек?\n${t(3)} ${P(b.given)}: Виза мен билетке ${kkAmount()}. ${KN(r, 'I', 'gen')} нөмірін жазып ал: ${PH(kkPh())}\n${t(4)} ${P(a.given)}: Рахмет, қазір хабарласамын`;
});
pos('kk', 'cyrl', 'court verdict', () => {
  const j = kkPerson();
  const sec = kkPerson({ female: true });
  const pr = kkPerson();
  const l = kkPerson();
  const d = kkPerson({ kazakhOnly: true });
  const dob = rdob(1968, 1996);
  const ev = revent(2019, 2024);
  const city = pick(['Алматы', 'Шымкент', 'Тараз', 'Қызылорда', 'Астана']);
  const n = ri(4, 12);
  return T`ҮКІМ\nҚАЗАҚСТАН РЕСПУБЛИКАСЫНЫҢ АТЫНАН\n\n${dmy(ev)} ж.                              ${city} қ.\n\n${city} қаласының қылмыстық істер жөніндегі мамандандырылған ауданаралық соты төрағалық етуші судья ${KN(j, 'Fio')}, хатшы ${KN(sec, 'Fio')}, мемлекеттік айыптаушы ${KN(pr, 'Fio')}, қорғаушы ${KN(l, 'Fio')} қатысуымен ${KN(d, 'FIO')}, ${BD(dmy(dob))} ж.т., ЖСН ${NID(makeIIN(dob, d.female))}, ҚР ҚК-нің 128-бабы 2-бөлігінің 2-тармағы бойынша айыпталған қылмыстық істі ашық сот отырысында қарап, ҮКІМ ЕТТІ:\n${KN(d, 'FIO', 'acc')} кінәлі деп танып, оған ${n} жылға бас бостандығынан айыру жазасы тағайындалсын.`;
});
pos('kk', 'cyrl', 'NGO intake form', () => {
  const c = kkPerson();
  const dob = rdob(1975, 2006);
  const lp = latPerson(c, TR_KKL);
  return T`ӨТІНІШ БЕРУШІНІҢ САУАЛНАМАСЫ № ${ri(10, 500)}\nҰйым: «${pick(['Сана Сезім', 'Шаңырақ', 'Мерей', 'Аман-саулық'])}» қоғамдық қоры\nАты-жөні: ${KN(c, chance(0.4) ? 'CAPS' : 'FIO')}\nТуған күні: ${BD(dmy(dob))}\nЖСН: ${NID(makeIIN(dob, c.female, chance(0.12)))}\nБайланыс телефоны: ${PH(kkPh())}\nЭлектрондық пошта: ${EM(emailFor(lp.given, lp.sur, 'kz'))}\nТұрғылықты мекенжайы: ${kkCity()} қ., ${ADR(kkAddrStr())}\nЭксплуатация түрі: ${pick(['еңбек', 'жыныстық', 'мәжбүрлі қайыршылық'])}\nЕлі: ${pick(['Түркия', 'БАӘ', 'Ресей', 'Корея Республикасы'])}`;
});
pos('kk', 'cyrl', 'recruiter post', () => {
  const r = kkPerson();
  const lr = latPerson(r, TR_KKL);
  const dest = pick(KK_DEST);
  return T`🔥 ЖҰМЫС БАР! ${dest.dat} ${pick(['зауытқа', 'фермаға', 'қонақүйге', 'құрылысқа'])} ${ri(5, 40)} адам керек. Айлығы ${ri(10, 30) * 100} доллардан бастап. Тұрғын үй мен тамақ тегін. Жасы 18–35. Тәжірибе қажет емес!\nТолық ақпарат: ${PH(kkPh())}, WhatsApp/Telegram: ${HD(handleFor(lr.given, lr.sur, pick(['at', 'tme'])))}\nМенеджер: ${KN(r, 'IF')}`;
});
pos('kk', 'cyrl', 'witness statement', () => {
  const w = kkPerson();
  const v = kkPerson({ female: true, kazakhOnly: true });
  const r = kkPerson({ kazakhOnly: true });
  return T`Куә ${KN(w, 'FIO')} жауап алу кезінде ${dmy(revent())} күні ${KN(v, 'I', 'dat')} ${kkAmount()} бергенін айтты. Ақшаны ${KN(r, 'IF', 'gen')} тапсырмасымен ${CRD(card('kz'))} картасына аударған. Куәнің айтуынша, ${KN(r, 'I')} ${pick(['Түркістан', 'Қызылорда', 'Жамбыл', 'Абай'])} облысындағы ауылдарды аралап, жас қыздарды шетелге жұмысқа үгіттеген.`;
});
pos('kk', 'cyrl', 'shelter log', () => {
  const c = kkPerson({ female: true, kazakhOnly: true });
  const m = kkPerson({ female: true, kazakhOnly: true });
  const ps = kkPerson();
  const ev = revent();
  return T`Дағдарыс орталығының кезекшілік журналы\n${dm(ev)} ${hm()} — ${KN(c, 'IF')} (${ri(16, 30)} жаста) орталыққа қабылданды, ${pick(['Атырау', 'Ақтөбе', 'Арал', 'Қазалы', 'Жаңаөзен'])} қаласынан жеткізілген.\n${dm(nextDays(ev, 1))} — ${KN(c, 'I', 'gen')} анасы ${KN(m, 'IF')} хабарласты, телефоны: ${PH(kkPh())}.\n${dm(nextDays(ev, 2))} — психолог ${KN(ps, 'ioF')} алғашқы кеңес берді.\n${dm(nextDays(ev, 5))} — заңгер арызды полицияға тапсырды.`;
});
pos('kk', 'cyrl', 'transfer receipt', () => {
  const a = kkPerson();
  const b = kkPerson();
  return T`Аударым туралы түбіртек № ${digits(10)}\nЖіберуші: ${KN(a, 'FIO')}\nЖіберушінің картасы: ${CRD(card('kz', 'mask6'))}\nАлушы: ${P(b.given + ' ' + b.sur[0] + '.')}\nАлушының картасы: ${CRD(card('kz', pick(['space', 'mask4', 'maskstar'])))}\nСомасы: ${thousands(ri(2, 80) * 5000)} ₸\nКомиссия: 0 ₸\nКүні: ${dmy(revent())} ${hm()}`;
});
pos('kk', 'cyrl', 'bank statement', () => {
  const o = kkPerson();
  const x = kkPerson();
  const dob = rdob(1970, 2002);
  const [e1, e2] = evRange();
  return T`Шот бойынша үзінді көшірме\nШот иесі: ${KN(o, 'FIO')}\nЖСН: ${NID(makeIIN(dob, o.female))}\nIBAN: ${IBN(iban('KZ'))}\nКезең: ${dmy(e1)} – ${dmy(e2)}\n\n${dmy(e1)} | Аударым: ${KN(x, 'IF')} | +${thousands(ri(2, 60) * 5000)} ₸\n${dmy(nextDays(e1, 4))} | Халықаралық аударым, шот ${IBN(iban(pick(['TR', 'AE', 'GE'])))} | −${thousands(ri(10, 90) * 5000)} ₸\n${dmy(nextDays(e1, 7))} | Әуе билеті, ${flight()} рейсі | −${thousands(ri(60, 250) * 1000)} ₸`;
});
pos('kk', 'cyrl', 'border record', () => {
  const c = kkPerson({ kazakhOnly: true });
  const dob = rdob(1975, 2005);
  return T`Шекарадан өту туралы мәлімет\nТегі, аты: ${P((c.sur + ' ' + c.given).toUpperCase())}\nТуған күні: ${BD(dmy(dob))}\nТөлқұжат: ${PAS(passKZ())}\nБағыты: ${pick(['шығу', 'кіру'])}\nӨткізу пункті: «${pick(['Алматы әуежайы', 'Қорғас', 'Қордай', 'Жібек жолы', 'Атырау әуежайы', 'Нұрсұлтан Назарбаев әуежайы'])}»\nРейс: ${flight()}\nКүні: ${dmy(revent())} ${hm()}\nЕскерту: ${ri(3, 12)} адамнан тұратын топпен бірге жүрген.`;
});
pos('kk', 'cyrl', 'inflected narrative', () => {
  const a = kkPerson({ female: true, kazakhOnly: true });
  const b = kkPerson({ female: true, kazakhOnly: true });
  const c = kkPerson({ female: false, kazakhOnly: true });
  const dest = pick(KK_DEST);
  return T`${KN(a, 'I', 'gen')} айтуынша, оны ${KN(c, 'IF', 'dat')} ${KN(b, 'I')} таныстырған. Кейін ${KN(c, 'I')} ${KN(a, 'I', 'gen')} төлқұжатын алып қойып, оны ${dest.nom} қаласына жіберген. Полиция ${KN(c, 'IF', 'acc')} ${dmy(revent())} ұстады, ал ${KN(b, 'I')} әлі іздестірілуде.`;
});
pos('kk', 'cyrl', 'vehicle', () => {
  const o = kkPerson();
  const dr = kkPerson({ female: false });
  return T`${PL(plate('kz'))} мемлекеттік нөмірлі ${pick(KK_CAR)} көлігі ${KN(o, 'FIO', 'gen')} атына тіркелген. Осы көлікпен ${dmy(revent())} түнде ${ri(2, 8)} қыз «${pick(['Қордай', 'Жібек жолы', 'Қорғас'])}» өткізу бекетіне жеткізілген. Жүргізуші — ${KN(dr, 'IF')}, телефоны ${PH(kkPh())}.`;
});
pos('kk', 'cyrl', 'table', () => {
  const rows = [0, 1, 2, 3].slice(0, ri(2, 4)).map((i) => {
    const x = kkPerson({ female: true });
    const dob = rdob(1985, 2006);
    return T`| ${i + 1} | ${KN(x, 'FIO')} | ${BD(dmy(dob))} | ${NID(makeIIN(dob, true, chance(0.1)))} | ${PH(kkPh())} |`;
  });
  return T`Жәбірленушілер тізімі (қылмыстық іс ${caseNoRu()})\n| № | Аты-жөні | Туған күні | ЖСН | Телефоны |\n|---|---|---|---|---|\n${J('\n', rows)}`;
});
pos('kk', 'cyrl', 'passport MRZ', () => mrzSnippet('kk'));
pos('kk', 'cyrl', 'ID card record', () => {
  const w = kkPerson();
  const dob = rdob(1970, 2004);
  const iss = revent(2014, 2023);
  return T`${KN(w, 'FIO')}, ${kkDobFrag(dob)}. Жеке басын куәландыратын құжат: жеке куәлік № ${PAS(idcardKZ())}, ${dmy(iss)} ҚР ІІМ берген, ЖСН ${NID(makeIIN(dob, w.female, chance(0.15)))}. Тұрғылықты жері: ${kkCity()} қ., ${ADR(kkAddrStr())}. Ұялы телефоны: ${PH(kkPh())}.`;
});
pos('kk', 'cyrl', 'locative address', () => {
  const o = kkPerson();
  const l = kkPerson({ kazakhOnly: true });
  const st = pick(KK_STREETS);
  const n = ri(1, 200);
  return T`Жәбірленушілер ${kkCity()} қаласындағы ${ADR(`${st}, ${n}-үйде`)} орналасқан пәтерде ұсталған. Пәтерді ${KN(o, 'FIO')} жалға алған; ол үй иесі ${KN(l, 'IF', 'dat')} айына ${thousands(ri(15, 40) * 10000)} теңге төлеп тұрған.`;
});
pos('kk', 'cyrl', 'email letter', () => {
  const v = kkPerson({ female: true });
  const s = kkPerson();
  const ls = latPerson(s, TR_KKL);
  const dest = pick(KK_DEST);
  return T`${KN(v, 'IF')} ${dmy(revent())} күні ${EM(emailFor(ls.given, ls.sur, 'int'))} поштасынан «Шетелде жұмыс» деген хат алған. Хатта ${dest.loc} ${pick(['қонақүйге', 'клиникаға', 'мейрамханаға'])} қызметкерлер қажет екені жазылған. Хатқа ${KN(s, 'IF')} қол қойған, байланыс үшін ${PH(phone(pick(['ae', 'tr', 'kz'])))} нөмірі көрсетілген.`;
});
pos('kk', 'cyrl', 'nickname', () => {
  const r = kkPerson();
  const lr = latPerson(r, TR_KKL);
  return T`«${P(pick(KK_NICKS))}» деген лақап атпен белгілі ${KN(r, 'FIO')} ${pick(['Шымкент', 'Тараз', 'Қызылорда', 'Түркістан'])} қаласында ${ri(2, 7)} жыл бойы қыздарды шетелге жіберумен айналысқан. Ол ${HD(handleFor(lr.given, lr.sur, 'at'))} аккаунты арқылы хабарландыру жариялап, ${PH(kkPh())} нөмірімен байланысқан.`;
});
pos('kk', 'cyrl', 'investigator', () => {
  const i = kkPerson();
  const x = kkPerson({ kazakhOnly: true });
  const v = kkPerson({ female: true, kazakhOnly: true });
  return T`Тергеуші ${KN(i, 'ioF')} ${KN(x, 'FIO', 'dat')} қатысты материалдарды ${pick(['прокуратураға', 'сотқа'])} жіберді. ${KN(x, 'I')} ${dmy(revent())} күні ${KN(v, 'IF', 'dat')} қоңырау шалып, қорқытқаны анықталды. Іс бойынша ${KN(ruPerson({ eth: 'kor' }), 'IF')} куә ретінде жауап берді.`;
});
pos('kk', 'cyrl', 'korea worker', () => {
  const v = kkPerson({ female: false, kazakhOnly: true });
  const kr = krAddr(false);
  const dob = rdob(1980, 2001);
  return T`${KN(v, 'FIO')} Кореяға EPS бағдарламасы арқылы емес, делдал арқылы туристік визамен кеткен. Ол ${pick(['Ансан', 'Хвасон', 'Кимхэ', 'Пхёнтхэк'])} қаласындағы зауытта жұмыс істеп, ${ADR(kr.addr)} мекенжайындағы жатақханада тұрған. Шетелдік тіркеу нөмірі: ${NID(makeRRN(dob, false, true))}. Жұмыс беруші — ${P(pick(KOR_CYR))}, телефоны ${PH(phone('kr'))}.`;
});
pos('kk', 'latn', 'latin chat lowercase', () => {
  const a = latPerson(kkPerson({ female: true, kazakhOnly: true }), TR_KKL);
  const b = latPerson(kkPerson({ female: true, kazakhOnly: true }), TR_KKL);
  const c = latPerson(kkPerson({ female: false, kazakhOnly: true }), TR_KKL);
  const d = latPerson(kkPerson({ female: true, kazakhOnly: true }), TR_KKL);
  const an = a.given.toLowerCase();
  const bn = b.given.toLowerCase();
  return T`${P(an)}: salem, qalaisyn?\n${P(bn)}: jaman emes... ${P(c.given.toLowerCase())} agai pasportymdy qaitarmai jatyr\n${P(an)}: ne?? policiyaga habarlas\n${P(bn)}: qorqamyn. onyn nomiri ${PH(kkPh())}\n${P(an)}: men ${P(d.given)} apaidan suraimyn, ol zangerlerdi biledi`;
});
pos('kk', 'latn', 'latin recruiter post', () => {
  const r = latPerson(kkPerson({ kazakhOnly: true }), TR_KKL);
  return T`JUMYS BAR! ${pick(['Koreiaga', 'Dubaiga', 'Turkiiaga', 'Reseige'])} ${pick(['zauytqa', 'fermaga', 'qonaq uige'])} ${pick(['jigitter', 'qyzdar', 'adamdar'])} kerek, ailygy ${ri(10, 30) * 100} dollardan bastap. Viza, bilet pen turatyn jerdi biz tolaimyz. Habarlasynyz: ${PH(kkPh())}, Telegram: ${HD(handleFor(r.given, r.sur, pick(['at', 'tme'])))}. Menedjer: ${P(r.given + ' ' + r.sur)}`;
});
pos('kk', 'latn', 'latin victim message', () => {
  const v = latPerson(kkPerson({ female: true, kazakhOnly: true }), TR_KKL);
  const r = latPerson(kkPerson({ female: false, kazakhOnly: true }), TR_KKL);
  const dob = rdob(1996, 2005);
  return T`Komektesinizshi! Menin atym ${P(v.given + ' ' + v.sur)}, ${BD(dmy(dob))} jyly tuganmyn. Qazir ${pick(['Ystambulda', 'Dubaida', 'Antaliada'])}myn, ${P(r.given)} degen adam pasportymdy alyp qoidy. Anamnyn nomiri ${PH(kkPh())}, IIN-im ${NID(makeIIN(dob, true))}. Meni ${ADR(`${pick(['Abai', 'Satbaev', 'Zhandosov', 'Tole bi'])} koshesi, ${ri(1, 150)}`)} mekenjaiyna jetkizinizder.`;
});

// KK negatives
negT('kk', 'cyrl', 'court schedule', () => {
  const ev = revent(2022, 2025);
  const lines = [0, 1, 2].map(
    () =>
      `${pad(ri(9, 17))}:${pick(['00', '30'])} — № 1-${ri(10, 999)}/${yr()} іс, ҚР ҚК-нің ${pick(['128', '135', '308', '309'])}-бабы, ${ri(1, 12)}-зал`,
  );
  return T`${pick(['Алматы', 'Шымкент', 'Тараз', 'Қызылорда'])} қаласы мамандандырылған ауданаралық қылмыстық сотының ${dmy(ev)} күнгі отырыстар кестесі:\n${lines.join('\n')}\nТараптар жеке басын куәландыратын құжатпен келуі тиіс.`;
});
negT('kk', 'cyrl', 'statistics', () => {
  const y = yr();
  return T`ІІМ деректері бойынша ${y} жылы адам саудасына қатысты ${ri(40, 250)} қылмыс тіркелген, бұл ${y - 1} жылмен салыстырғанда ${pct()} ${pick(['көп', 'аз'])}. Ең көп жағдай Түркістан, Қызылорда және Жамбыл облыстарында анықталды. Жәбірленушілердің ${pct()}-ы — әйелдер, ${pct()}-ы — кәмелетке толмағандар.`;
});
negT('kk', 'cyrl', 'university event', () => {
  return T`${dmy(revent(2022, 2025))} ${pick(['Әл-Фараби атындағы Қазақ ұлттық университетінде', 'Л.Н. Гумилев атындағы Еуразия ұлттық университетінде', 'Қорқыт Ата атындағы Қызылорда университетінде', 'М. Әуезов атындағы Оңтүстік Қазақстан университетінде', 'Абай атындағы Қазақ ұлттық педагогикалық университетінде'])} «Адам саудасына қарсы іс-қимыл» тақырыбында дөңгелек үстел өтті. Іс-шараға ${pick(['ХКҰ', 'ЕҚЫҰ', 'БҰҰ ЕҚБ'])} өкілдері мен студенттер қатысты. Кейін жастар ${pick(['Абай алаңында', 'Республика алаңында', 'Астана алаңында'])} ақпараттық акция ұйымдастырды.`;
});
negT('kk', 'cyrl', 'programme', () => {
  const y = yr();
  return T`«Еңбек» мемлекеттік бағдарламасы аясында ${y} жылы ${thousands(ri(1000, 90000))} азамат жұмысқа орналастырылды. Корея Республикасымен EPS келісімі бойынша ${ri(200, 3000)} адамға квота бөлінді; жалақы айына ${thousands(ri(18, 25) * 100000)} вонна деңгейінде. Бағдарламаға ${thousands(ri(5, 90) * 1000000)} теңге жұмсалды, бұл өткен жылмен салыстырғанда ${pct()} артық.`;
});
negT('kk', 'cyrl', 'statute', () => {
  return T`ҚР Қылмыстық кодексінің 128-бабы «Адам саудасы» үшін бас бостандығынан айыру түріндегі жазаны көздейді, ал 135-бап кәмелетке толмағандарды сатуға қатысты. «Халықтың көші-қоны туралы» 2011 жылғы 22 шілдедегі № 477-IV Заңына сәйкес шетелге жұмысқа жіберетін ұйымдар ${pick(['Еңбек және халықты әлеуметтік қорғау министрлігінде', 'жергілікті атқарушы органда'])} тіркелуі тиіс. ${yr()} жылы осы бап бойынша ${ri(20, 150)} іс сотқа жіберілді.`;
});
negT('kk', 'cyrl', 'company and flight', () => {
  return T`«${pick(['Алтын Сапар', 'Жібек Жолы Трэвел', 'Азия Кадр Сервис', 'Ұлы Дала Тур'])}» ЖШС (БСН ${makeBIN()}) ${dmy(revent())} күнгі ${flight()} рейсіне ${ri(5, 40)} билет сатып алған. Төлем сомасы — ${thousands(ri(10, 90) * 50000)} теңге. Серіктестіктің лицензиясы ${yr()} жылы тоқтатылған; тексеру ЕРДР № ${erdr()} бойынша жүргізілуде.`;
});
negT('kk', 'cyrl', 'place names', () => {
  return T`Арал, Қазалы және Жаңақорған аудандарынан шыққан жастар көбіне Түркістан, Шымкент арқылы Ыстамбұлға аттанады. Абай облысы мен Жамбыл ауданында профилактикалық рейдтер өтті. Талдықорған мен Текелідегі жұмыссыздық деңгейі ${pct()} құрады. Сенім телефоны: 111.`;
});
negT('kk', 'latn', 'latin news', () => {
  return T`${pick(['Qyzylorda', 'Turkistan', 'Jambyl', 'Mangystau'])} oblysynda «Qauipsiz koshi-qon» jobasy bastaldy. Jobany IOM men «Sana Sezim» qory qarjylandyrady, budjeti ${thousands(ri(10, 90) * 1000000)} tenge. Ystyq jeli 116 16 taulik boiy jumys isteidi. ${yr()} jyly ${ri(30, 300)} adam komek algan.`;
});

// ---------------------------------------------------------------------------
// KYRGYZ (ky, cyrl)
// ---------------------------------------------------------------------------
const KY_DEST = [
  { nom: 'Москва', loc: 'Москвадагы', dat: 'Москвага' },
  { nom: 'Стамбул', loc: 'Стамбулдагы', dat: 'Стамбулга' },
  { nom: 'Дубай', loc: 'Дубайдагы', dat: 'Дубайга' },
  { nom: 'Сеул', loc: 'Сеулдагы', dat: 'Сеулга' },
  { nom: 'Анталия', loc: 'Анталиядагы', dat: 'Анталияга' },
  { nom: 'Казань', loc: 'Казандагы', dat: 'Казанга' },
];
const KY_NICKS = ['Баха', 'Мама Роза', 'Кара Мурат', 'Жека', 'Апа Зуля', 'Чоң Бек', 'Азик'];
function kyDobFrag(dob) {
  return pick([
    () => T`${BD(`${dob.y}-жылдын ${dob.d}-${KY_MON_GEN[dob.m - 1]}`)} туулган`,
    () => T`${BD(dmy(dob))}-ж. туулган`,
    () => T`${BD(String(dob.y))}-жылы туулган`,
    () => T`туулган күнү ${BD(dmy(dob))}`,
  ])();
}
const kyCity = () => pick(KY_CITIES);
const kyPh = () => phone('kg');
const kyPass = () => (chance(0.7) ? passKG() : idcardKG());

pos('ky', 'cyrl', 'victim interview', () => {
  const v = kyPerson({ female: true });
  const r = kyPerson({ female: true });
  const dob = rdob(1990, 2005);
  const ev = revent();
  const dest = pick(KY_DEST);
  return T`Жабырлануучу ${YN(v, 'FIO')}, ${kyDobFrag(dob)}, ${kyCity()} шаарынын тургуну, төмөнкүлөрдү билдирди: «${ev.y}-жылы ${KY_MON[ev.m - 1]} айында таанышым ${YN(r, 'I')} мага ${dest.loc} кафеде официант болуп иштөөнү сунуштады. Айлык ${ri(6, 20) * 100} доллар болот деди. ${dest.nom} шаарына келгенде паспортумду алып коюшту.»`;
});
pos('ky', 'cyrl', 'police report', () => {
  const s = kyPerson();
  const dest = pick(KY_DEST);
  return T`${pick(['Бишкек', 'Ош', 'Жалал-Абад', 'Каракол'])} шаардык ИИББнын кызматкерлери тарабынан ${dmy(revent())} күнү ${YN(s, 'FIO')} кармалды. Ал ${ri(3, 9)} жаш кызды ${dest.dat} жөнөтүү үчүн ар биринен ${thousands(ri(2, 9) * 10000)} сомдон алганы аныкталды. Кармалган адамдын телефонунан (${PH(kyPh())}) жабырлануучулардын паспортторунун сүрөттөрү табылды. Кыргыз Республикасынын Кылмыш-жаза кодексинин 171-беренеси боюнча кылмыш иши козголду.`;
});
pos('ky', 'cyrl', 'whatsapp export', () => {
  const a = kyPerson({ female: true });
  const b = kyPerson({ female: true });
  const r = kyPerson({ female: true });
  const x = kyPerson({ female: false });
  const ev = revent();
  const dest = pick(KY_DEST);
  const h = ri(8, 20);
  const t = (k) => `[${dmy(ev)}, ${pad(h)}:${pad(5 + k * 9)}]`;
  return T`${t(0)} ${P(a.given)}: Салам, ${YN(b, 'I')}! Кандайсың?\n${t(1)} ${P(b.given)}: Жакшы. ${YN(r, 'I')} эже ${dest.dat} жумуш бар дептир\n${t(2)} ${P(a.given)}: Ишенбе! ${YN(r, 'I', 'gen')} айткандарынын баары калп\n${t(3)} ${P(b.given)}: Бирок ал билетти өзү алып берет экен. Номери: ${PH(kyPh())}\n${t(4)} ${P(a.given)}: Мен ${YN(x, 'I', 'dat')} айтам, ал милицияда иштейт`;
});
pos('ky', 'cyrl', 'court verdict', () => {
  const j = kyPerson();
  const sec = kyPerson({ female: true });
  const pr = kyPerson();
  const l = kyPerson();
  const d = kyPerson();
  const dob = rdob(1968, 1997);
  const n = ri(5, 15);
  return T`ӨКҮМ\nКЫРГЫЗ РЕСПУБЛИКАСЫНЫН АТЫНАН\n\n${dmy(revent(2019, 2024))}-ж.                        ${pick(['Бишкек', 'Ош', 'Талас'])} ш.\n\n${pick(['Бишкек шаарынын Октябрь райондук соту', 'Бишкек шаарынын Свердлов райондук соту', 'Ош шаардык соту', 'Талас облустук соту'])} судья ${YN(j, 'Fio')} төрагалык кылып, катчы ${YN(sec, 'Fio')}, прокурор ${YN(pr, 'Fio')}, адвокат ${YN(l, 'Fio')} катышуусунда, ${YN(d, 'FIO')}, ${BD(dmy(dob))}-ж. туулган, ПИН ${NID(makeKGPIN(dob, d.female))}, КР КЖКнын 171-беренесинин 2-бөлүгү боюнча айыпталган кылмыш ишин ачык сот жыйналышында карап чыгып, ӨКҮМ КЫЛДЫ:\n${YN(d, 'FIO', 'acc')} күнөөлүү деп табып, ${n} жылга эркинен ажыратуу жазасы дайындалсын.`;
});
pos('ky', 'cyrl', 'NGO intake form', () => {
  const c = kyPerson();
  const dob = rdob(1975, 2006);
  return T`КАЙРЫЛУУЧУНУН АНКЕТАСЫ № ${ri(10, 600)}\nУюм: «${pick(['Сезим', 'Теңдик', 'Ак-Жүрөк', 'Бир Дүйнө'])}» коомдук бирикмеси\nАты-жөнү: ${YN(c, chance(0.4) ? 'CAPS' : 'FIO')}\nТуулган күнү: ${BD(dmy(dob))}\nПИН: ${NID(makeKGPIN(dob, c.female))}\nПаспорт: ${PAS(kyPass())}\nТелефон: ${PH(kyPh())}\nДареги: ${kyCity()} ш., ${ADR(kyAddrStr())}\nЭксплуатациянын түрү: ${pick(['эмгек', 'сексуалдык', 'мажбурлап кайыр сураттыруу'])}\nӨлкө: ${pick(['Россия', 'Түркия', 'БАЭ', 'Казакстан'])}`;
});
pos('ky', 'cyrl', 'recruiter post', () => {
  const r = kyPerson();
  const lr = latPerson(r);
  const dest = pick(KY_DEST);
  return T`⚡️ ЖУМУШ! ${dest.dat} ${pick(['тигүү цехине', 'курулушка', 'кафеге', 'складга'])} ${ri(5, 30)} киши керек. Айлыгы ${ri(5, 15) * 100} доллардан баштап. Жатакана, тамак бекер. Жашы 18–40. Байланыш: ${PH(kyPh())}, WhatsApp/Telegram ${HD(handleFor(lr.given, lr.sur, pick(['at', 'tme'])))}. Сураңыз: ${P(chance(0.5) ? pick(KY_NICKS) : r.given)}`;
});
pos('ky', 'cyrl', 'witness statement', () => {
  const w = kyPerson();
  const v = kyPerson({ female: true });
  const r = kyPerson();
  return T`Күбө ${YN(w, 'FIO')} ${dmy(revent())} күнү ${YN(v, 'I', 'dat')} ${thousands(ri(5, 90) * 1000)} сом бергенин айтты. Акчаны ${YN(r, 'IF', 'gen')} тапшырмасы менен ${CRD(card('kg'))} картасына которгон. Күбөнүн айтымында, ${YN(r, 'I')} ${pick(['Талас', 'Нарын', 'Баткен', 'Ысык-Көл'])} облусунун айылдарын кыдырып, кыздарды чет өлкөгө жумушка үгүттөгөн.`;
});
pos('ky', 'cyrl', 'shelter log', () => {
  const c = kyPerson({ female: true });
  const m = kyPerson({ female: true });
  const ps = kyPerson();
  const ev = revent();
  return T`Кризистик борбордун кезметчилик журналы\n${dm(ev)} ${hm()} — ${YN(c, 'IF')} (${ri(16, 30)} жашта) борборго кабыл алынды, ${pick(['Манас', 'Ош'])} аэропортунан алынып келинген.\n${dm(nextDays(ev, 1))} — ${YN(c, 'I', 'gen')} апасы ${YN(m, 'IF')} чалды, телефону: ${PH(kyPh())}.\n${dm(nextDays(ev, 3))} — психолог ${YN(ps, 'ioF')} биринчи консультация берди.\n${dm(nextDays(ev, 6))} — юрист арызды милицияга тапшырды.`;
});
pos('ky', 'cyrl', 'transfer receipt', () => {
  const a = kyPerson();
  const b = kyPerson();
  return T`Которуу боюнча чек № ${digits(10)}\nЖөнөтүүчү: ${YN(a, 'FIO')}\nЖөнөтүүчүнүн картасы: ${CRD(card('kg', pick(['mask6', 'mask4', 'space'])))}\nАлуучу: ${P(b.given + ' ' + b.sur[0] + '.')}\nАлуучунун картасы: ${CRD(card(pick(['kg', 'ru'])))}\nСумма: ${thousands(ri(2, 90) * 1000)} сом\nКүнү: ${dmy(revent())} ${hm()}\nБанк: ${pick(['«Оптима Банк» ААК', '«Айыл Банк» ААК', '«Бакай Банк» ААК', '«МБанк»'])}`;
});
pos('ky', 'cyrl', 'border record', () => {
  const c = kyPerson();
  const dob = rdob(1975, 2005);
  return T`Чек арадан өтүү жөнүндө маалымат\nФамилиясы, аты: ${P((c.sur + ' ' + c.given).toUpperCase())}\nТуулган күнү: ${BD(dmy(dob))}\nПаспорт: ${PAS(kyPass())}\nБагыты: ${pick(['чыгуу', 'кирүү'])}\nӨткөрүү пункту: «${pick(['Манас эл аралык аэропорту', 'Ак-Жол', 'Торугарт', 'Ош аэропорту', 'Кызыл-Кыя'])}»\nРейс: ${flight()}\nКүнү: ${dmy(revent())} ${hm()}`;
});
pos('ky', 'cyrl', 'inflected narrative', () => {
  const a = kyPerson({ female: true });
  const b = kyPerson({ female: true });
  const c = kyPerson({ female: false });
  const dest = pick(KY_DEST);
  return T`${YN(a, 'I', 'gen')} айтымында, аны ${YN(c, 'IF', 'dat')} ${YN(b, 'I')} тааныштырган. Кийин ${YN(c, 'I')} ${YN(a, 'I', 'gen')} паспортун алып, аны ${dest.nom} шаарына жөнөткөн. Милиция ${YN(c, 'IF', 'acc')} ${dmy(revent())} кармады, ал эми ${YN(b, 'I')} дагы эле издөөдө.`;
});
pos('ky', 'cyrl', 'vehicle', () => {
  const o = kyPerson();
  const dr = kyPerson({ female: false });
  return T`${PL(plate('kg'))} мамлекеттик номериндеги ${pick(KK_CAR)} унаасы ${YN(o, 'FIO', 'gen')} атына катталган. Бул унаа менен ${dmy(revent())} түнү ${ri(2, 8)} кыз «${pick(['Ак-Жол', 'Чалдовар', 'Кордай'])}» өткөрүү пунктуна жеткирилген. Айдоочу — ${YN(dr, 'IF')}, телефону ${PH(kyPh())}.`;
});
pos('ky', 'cyrl', 'table', () => {
  const rows = [0, 1, 2, 3].slice(0, ri(2, 4)).map((i) => {
    const x = kyPerson();
    const dob = rdob(1980, 2006);
    return T`| ${i + 1} | ${YN(x, 'FIO')} | ${BD(dmy(dob))} | ${NID(makeKGPIN(dob, x.female))} | ${PH(kyPh())} |`;
  });
  return T`Жабырлануучулардын тизмеси (кылмыш иши № ${digits(12)})\n| № | Аты-жөнү | Туулган күнү | ПИН | Телефону |\n|---|---|---|---|---|\n${J('\n', rows)}`;
});
pos('ky', 'cyrl', 'ID card TD1', () => td1KgSnippet());
pos('ky', 'cyrl', 'email letter', () => {
  const v = kyPerson({ female: true });
  const s = kyPerson();
  const ls = latPerson(s);
  return T`${YN(v, 'IF')} ${dmy(revent())} күнү ${EM(emailFor(ls.given, ls.sur, 'kg'))} дарегинен «Чет өлкөдө жумуш» деген кат алган. Катта ${pick(KY_DEST).loc} мейманканага кызматчылар керектиги жазылган. Катка ${YN(s, 'IF')} кол койгон, байланыш үчүн ${PH(phone(pick(['ru', 'ae', 'kg'])))} номери көрсөтүлгөн.`;
});
pos('ky', 'cyrl', 'nickname', () => {
  const r = kyPerson();
  const lr = latPerson(r);
  return T`«${P(pick(KY_NICKS))}» деген лакап ат менен белгилүү ${YN(r, 'FIO')} ${ri(2, 8)} жылдан бери ${pick(['Ош', 'Жалал-Абад', 'Баткен', 'Өзгөн'])} шаарында кыздарды чет өлкөгө жөнөтүү менен алектенген. Ал Instagram'да ${HD(handleFor(lr.given, lr.sur, 'at'))} аккаунту аркылуу жарнама берип, ${PH(kyPh())} номери аркылуу байланышкан.`;
});
pos('ky', 'cyrl', 'investigator', () => {
  const i = kyPerson();
  const x = kyPerson();
  const v = kyPerson({ female: true });
  return T`Тергөөчү ${YN(i, 'ioF')} ${YN(x, 'FIO', 'dat')} карата материалдарды прокуратурага жөнөттү. ${YN(x, 'I')} ${dmy(revent())} күнү ${YN(v, 'IF', 'dat')} телефон чалып, коркуткандыгы аныкталды.`;
});
pos('ky', 'cyrl', 'lowercase chat', () => {
  const a = kyPerson({ female: true });
  const b = kyPerson({ female: true });
  const c = kyPerson({ female: false });
  const an = a.given.toLowerCase();
  const bn = b.given.toLowerCase();
  return T`${P(an)}: кайдасың?? апам чалып жатат\n${P(bn)}: ${P((c.given + kySuffix(c.given, 'gen')).toLowerCase())} үйүндөмүн, паспортумду бербей жатат\n${P(an)}: даректи жаз, милицияга барам\n${P(bn)}: ${ADR(kyAddrStr().toLowerCase())}\n${P(an)}: номери барбы?\n${P(bn)}: ${PH(kyPh())}`;
});
pos('ky', 'cyrl', 'russia destination', () => {
  const v = kyPerson();
  const b = ruPerson({ eth: 'ru' });
  const dob = rdob(1980, 2003);
  const n = ri(2, 9);
  return T`${YN(v, 'FIO')} (${BD(dmy(dob))}-ж. т.) Москвада ${pick(['тигүү цехинде', 'складда', 'курулушта'])} иштеген. Иштеген жери: Москва ш., ${ADR(ruAddrStr(pick(RU_STREETS['Москва'])))}. Жумуш берүүчү ${RN(b, 'IF')} анын паспортун (${PAS(passKG())}) алып коюп, ${n} ай бою айлык төлөгөн эмес. Россиядагы телефон номери: ${PH(phone('ru'))}.`;
});
pos('ky', 'cyrl', 'uulu names', () => {
  const p = kyPerson({ female: chance(0.5) });
  p.sur = pick(KY_POOL.fathers) + (p.female ? ' кызы' : ' уулу');
  p.patr = null;
  const q = kyPerson({ female: true });
  q.sur = pick(KY_POOL.fathers) + ' кызы';
  q.patr = null;
  return T`${YN(p, 'IF')} ${dmy(revent())} күнү кармалды. ${YN(p, 'IF', 'gen')} ${pick(['Ноокат', 'Кара-Суу', 'Араван', 'Сокулук'])} районундагы үйүнөн ${ri(3, 12)} паспорт табылды. Паспорттордун бири ${YN(q, 'IF', 'dat')} таандык экени аныкталды.`;
});
pos('ky', 'cyrl', 'mother explanation', () => {
  const m = kyPerson({ female: true });
  const d = kyPerson({ female: true });
  d.sur = m.sur;
  const mdob = rdob(1962, 1982);
  const ddob = rdob(1998, 2006);
  const ev = revent();
  return T`ТҮШҮНДҮРМӨ\nМен, ${YN(m, 'FIO')}, ${BD(String(mdob.y))}-жылы туулгам, ${kyCity()} ш., ${ADR(kyAddrStr())} дарегинде жашайм, тел. ${PH(kyPh())}. Менин кызым ${YN(d, 'IF')}, ${BD(dmy(ddob))}-ж. туулган, ${ev.y}-жылы ${KY_MON[ev.m - 1]} айында ${pick(KY_DEST).dat} иштегени кеткен. Акыркы жолу ${dmy(revent(2023, 2024))} күнү ${PH(phone(pick(['ru', 'tr', 'ae'])))} номеринен чалып, ыйлады.`;
});
pos('ky', 'cyrl', 'korea worker', () => {
  const v = kyPerson({ female: false });
  const kr = krAddr(chance(0.5));
  const dob = rdob(1982, 2001);
  return T`${YN(v, 'FIO')} Кореяга EPS программасы аркылуу эмес, ортомчу ${P(pick(KOR_CYR))} аркылуу кеткен. Ал ${pick(['Ансан', 'Хвасон', 'Кимхэ', 'Пхёнтхэк'])} шаарындагы заводдо иштеп, ${ADR(kr.addr)} дарегиндеги жатаканада жашаган. Чет элдик каттоо номери: ${NID(makeRRN(dob, false, true, chance(0.2)))}. Кореядагы телефону: ${PH(phone('kr'))}.`;
});

// KY negatives
negT('ky', 'cyrl', 'court schedule', () => {
  const lines = [0, 1, 2].map(
    () =>
      `${pad(ri(9, 17))}:${pick(['00', '30'])} — № УД-${ri(100, 9999)}/${pad(ri(18, 24))} иш, КР КЖКнын ${pick(['171', '172', '173'])}-беренеси, ${ri(1, 9)}-зал`,
  );
  return T`${pick(['Бишкек шаарынын Октябрь райондук сотунун', 'Ош шаардык сотунун', 'Талас облустук сотунун'])} ${dmy(revent(2022, 2025))} күнкү жыйналыштарынын графиги:\n${lines.join('\n')}\nКатышуучулар өздүгүн тастыктаган документ менен келиши керек.`;
});
negT('ky', 'cyrl', 'statistics', () => {
  const y = yr();
  return T`Кыргыз Республикасынын ИИМинин маалыматы боюнча ${y}-жылы адам сатууга байланыштуу ${ri(20, 150)} кылмыш катталган, бул ${y - 1}-жылга салыштырмалуу ${pct()} ${pick(['көп', 'аз'])}. Эң көп учурлар Ош, Баткен жана Жалал-Абад облустарында аныкталган. Жабырлануучулардын ${pct()} аялдар.`;
});
negT('ky', 'cyrl', 'university event', () => {
  return T`${dmy(revent(2022, 2025))} ${pick(['Жусуп Баласагын атындагы Кыргыз улуттук университетинде', 'Ош мамлекеттик университетинде', 'К. Тыныстанов атындагы Ысык-Көл мамлекеттик университетинде', 'Ж. Баласагын атындагы КУУнун юридика факультетинде'])} «Коопсуз миграция» темасында тегерек стол өттү. Андан кийин студенттер Ала-Тоо аянтында, Манас эстелигинин жанында маалыматтык акция өткөрүштү. Иш-чараны ЭМУ жана ЕККУ колдоду.`;
});
negT('ky', 'cyrl', 'programme', () => {
  const y = yr();
  return T`Эмгек, социалдык камсыздоо жана миграция министрлиги ${y}-жылы Корея Республикасы менен EPS программасы боюнча ${ri(300, 5000)} орунга квота алды. Талапкерлер корей тилинен сынактан өтүшү керек; катталуу акысы ${thousands(ri(1, 9) * 1000)} сом. Мурунку жылы программага катышкандардын ${pct()} Чүй жана Ысык-Көл облустарынан болгон.`;
});
negT('ky', 'cyrl', 'statute', () => {
  return T`Кыргыз Республикасынын Кылмыш-жаза кодексинин 171-беренеси «Адам сатуу» үчүн ${ri(5, 8)} жылдан ${ri(9, 12)} жылга чейин эркинен ажыратууну караштырат. «Адам сатууга каршы аракеттенүү жөнүндө» Мыйзамга ылайык, жабырлануучуларга акысыз юридикалык жардам көрсөтүлөт.`;
});
negT('ky', 'cyrl', 'flight', () => {
  return T`${flight()} Бишкек — ${pick(['Москва', 'Стамбул', 'Сургут', 'Инчхон'])} рейси ${dmy(revent())} ${ri(2, 9) * 10} мүнөткө кечигип учту. Бортто ${ri(60, 190)} жүргүнчү болгон, анын ${pct()} эмгек мигранттары. Билеттин баасы ${thousands(ri(15, 60) * 1000)} сом.`;
});
negT('ky', 'cyrl', 'place names', () => {
  return T`Талас, Нарын жана Баткен облустарынан чыккан жаштар көбүнчө Бишкек аркылуу Москвага же Стамбулга кетишет. Чолпон-Ата жана Кочкор-Ата шаарларында, ошондой эле Токтогул районунда профилактикалык рейддер өткөрүлдү. Жумушсуздуктун деңгээли ${pct()} түздү. Ишеним телефону: 1899.`;
});

// ---------------------------------------------------------------------------
// UZBEK (uz, latn + cyrl)
// ---------------------------------------------------------------------------
const UZ_DEST = [
  { nom: 'Dubay', loc: 'Dubaydagi', dat: 'Dubayga' },
  { nom: 'Istanbul', loc: 'Istanbuldagi', dat: 'Istanbulga' },
  { nom: 'Moskva', loc: 'Moskvadagi', dat: 'Moskvaga' },
  { nom: 'Seul', loc: 'Seuldagi', dat: 'Seulga' },
  { nom: 'Antalya', loc: 'Antalyadagi', dat: 'Antalyaga' },
  { nom: 'Sankt-Peterburg', loc: 'Sankt-Peterburgdagi', dat: 'Sankt-Peterburgga' },
  { nom: 'Olmaota', loc: 'Olmaotadagi', dat: 'Olmaotaga' },
];
const UZ_NICKS = ['Bakha', 'Madam Lola', 'Qora Murod', 'Opa Zulya', 'Aziko', 'Shef Temur', 'Sardor-aka'];
const KOR_LAT = [
  'Park Ji-hoon',
  'Kim Min-su',
  'Lee Seung-woo',
  'Choi Young-ho',
  'Kang Min-jae',
  'Yoon Seo-yeon',
  'Jung Hae-in',
];
function uzDobFrag(dob) {
  return pick([
    () => T`${BD(`${dob.y}-yil ${dob.d}-${UZ_MON[dob.m - 1]}da`)} tug'ilgan`,
    () => T`${BD(dmy(dob))} yilda tug'ilgan`,
    () => T`tug'ilgan sanasi: ${BD(dmy(dob))}`,
    () => T`${BD(String(dob.y))}-yilda tug'ilgan`,
  ])();
}
const uzCity = () => pick(UZ_CITIES);
const uzPh = () => phone('uz');

pos('uz', 'latn', 'victim interview', () => {
  const v = uzPerson({ female: true });
  const r = uzPerson({ female: true });
  const dob = rdob(1990, 2005);
  const ev = revent();
  const dest = pick(UZ_DEST);
  return T`Jabrlanuvchi ${UN(v, 'FIO')}, ${uzDobFrag(dob)}, ${uzCity()} shahrida yashovchi, quyidagilarni ma'lum qildi: «${ev.y}-yil ${UZ_MON[ev.m - 1]}da tanishim ${UN(r, 'I')} menga ${dest.loc} restoranda ofitsiant bo'lib ishlashni taklif qildi. Oyiga ${ri(6, 20) * 100} dollar to'lashlarini aytdi. ${dest.nom} aeroportida pasportimni olib qo'yishdi.»`;
});
pos('uz', 'latn', 'police report', () => {
  const s = uzPerson();
  const dest = pick(UZ_DEST);
  return T`${uzCity()} shahar IIB xodimlari tomonidan ${dmy(revent())} kuni ${UN(s, 'FIO')} ushlandi. U ${ri(3, 9)} nafar yosh qizni ${dest.dat} jo'natish uchun har biridan ${ri(5, 30) * 100} AQSh dollaridan olgani aniqlandi. ${UN(s, 'I', 'gen')} telefonidan (${PH(uzPh())}) jabrlanuvchilarning pasport nusxalari topildi. O'zbekiston Respublikasi JKning 135-moddasi bilan jinoyat ishi qo'zg'atildi.`;
});
pos('uz', 'latn', 'telegram chat', () => {
  const a = uzPerson({ female: true });
  const b = uzPerson({ female: true });
  const r = uzPerson({ female: true });
  const x = uzPerson({ female: false });
  const ev = revent();
  const h = ri(8, 20);
  const t = (k) => `[${dmy(ev)} ${pad(h)}:${pad(3 + k * 11)}]`;
  return T`${t(0)} ${P(a.given)}: Assalomu alaykum, ${UN(b, 'I')}! Qalaysiz?\n${t(1)} ${P(b.given)}: Yaxshi. ${UN(r, 'I')} opa ${pick(UZ_DEST).dat} ish bor dedi\n${t(2)} ${P(a.given)}: Ishonmang! ${UN(r, 'I', 'gen')} gaplari yolg'on\n${t(3)} ${P(b.given)}: Lekin u chiptani o'zi olib beradi ekan. Raqami: ${PH(uzPh())}\n${t(4)} ${P(a.given)}: Men ${UN(x, 'I', 'dat')} aytaman, u IIBda ishlaydi`;
});
pos('uz', 'latn', 'court verdict', () => {
  const j = uzPerson();
  const sec = uzPerson({ female: true });
  const pr = uzPerson();
  const l = uzPerson();
  const d = uzPerson();
  const dob = rdob(1968, 1997);
  return T`HUKM\nO'ZBEKISTON RESPUBLIKASI NOMIDAN\n\n${dmy(revent(2019, 2024))}                        ${pick(['Toshkent', 'Samarqand', 'Andijon', 'Namangan'])} shahri\n\n${pick(["Toshkent shahar Mirobod tumani jinoyat ishlari bo'yicha sudi", "Samarqand viloyati jinoyat ishlari bo'yicha sudi", "Andijon shahar jinoyat ishlari bo'yicha sudi", "Namangan viloyati jinoyat ishlari bo'yicha sudi"])} raislik qiluvchi sudya ${UN(j, 'Fio')}, kotib ${UN(sec, 'Fio')}, prokuror ${UN(pr, 'Fio')} va advokat ${UN(l, 'Fio')} ishtirokida, ${UN(d, 'FIO')}, ${BD(dmy(dob))} yilda tug'ilgan, JShShIR ${NID(makePINFL(dob, d.female, chance(0.15)))}, O'zbekiston Respublikasi JKning 135-moddasi 2-qismi bilan ayblanayotgan jinoyat ishini ochiq sud majlisida ko'rib chiqib, HUKM QILDI:\n${UN(d, 'FIO', 'acc')} aybdor deb topilsin va unga ${ri(5, 12)} yil ozodlikdan mahrum qilish jazosi tayinlansin.`;
});
pos('uz', 'latn', 'NGO intake form', () => {
  const c = uzPerson();
  const dob = rdob(1975, 2006);
  return T`MUROJAAT ANKETASI № ${ri(10, 700)}\nTashkilot: «${pick(['Istiqbolli avlod', 'Ishonch', 'Mehr nuri', "Oydin yo'l"])}» NNT\nF.I.Sh.: ${UN(c, chance(0.4) ? 'CAPS' : 'FIO')}\nTug'ilgan sanasi: ${BD(dmy(dob))}\nJShShIR: ${NID(makePINFL(dob, c.female, chance(0.12)))}\nPasport: ${PAS(passUZ())}\nTelefon: ${PH(uzPh())}\nE-mail: ${EM(emailFor(c.given, c.sur, 'uz'))}\nManzil: ${uzCity()} sh., ${ADR(uzAddrStr())}\nEkspluatatsiya turi: ${pick(['mehnat', 'jinsiy', 'majburiy tilanchilik'])}\nDavlat: ${pick(['Rossiya', 'Turkiya', 'BAA', "Qozog'iston"])}`;
});
pos('uz', 'latn', 'recruiter post', () => {
  const r = uzPerson();
  const dest = pick(UZ_DEST);
  return T`🔥 ISH BOR! ${dest.dat} ${pick(['tikuvchilik sexiga', 'qurilishga', 'kafega', 'omborga'])} ${ri(5, 40)} kishi kerak. Oylik ${ri(5, 15) * 100} dollardan boshlab. Yotoqxona va ovqat bepul. Yoshi 18–40. Bog'lanish: ${PH(uzPh())}, Telegram: ${HD(handleFor(r.given, r.sur, pick(['at', 'tme'])))}. So'rang: ${P(chance(0.5) ? pick(UZ_NICKS) : r.given)}`;
});
pos('uz', 'latn', 'witness statement', () => {
  const w = uzPerson();
  const v = uzPerson({ female: true });
  const r = uzPerson();
  return T`Guvoh ${UN(w, 'FIO')} ${dmy(revent())} kuni ${UN(v, 'I', 'dat')} ${thousands(ri(1, 30) * 500000)} so'm berganini aytdi. Pulni ${UN(r, 'IF', 'gen')} topshirig'i bilan ${CRD(card('uz'))} kartasiga o'tkazgan. Guvohning so'zlariga ko'ra, ${UN(r, 'I')} ${pick(["Farg'ona", 'Namangan', 'Qashqadaryo', 'Surxondaryo'])} viloyati qishloqlarini aylanib, qizlarni chet elga ishga undagan.`;
});
pos('uz', 'latn', 'shelter log', () => {
  const c = uzPerson({ female: true });
  const m = uzPerson({ female: true });
  const ps = uzPerson();
  const ev = revent();
  return T`Reabilitatsiya markazi navbatchilik jurnali\n${dm(ev)} ${hm()} — ${UN(c, 'IF')} (${ri(16, 30)} yosh) markazga qabul qilindi, ${pick(['Toshkent xalqaro aeroportidan', 'Yallama chegara postidan', 'Oybek chegara postidan'])} olib kelingan.\n${dm(nextDays(ev, 1))} — ${UN(c, 'I', 'gen')} onasi ${UN(m, 'IF')} qo'ng'iroq qildi, telefoni: ${PH(uzPh())}.\n${dm(nextDays(ev, 2))} — psixolog ${UN(ps, 'ioF')} birinchi maslahatni berdi.`;
});
pos('uz', 'latn', 'transfer receipt', () => {
  const a = uzPerson();
  const b = uzPerson();
  return T`O'tkazma cheki № ${digits(10)}\nJo'natuvchi: ${UN(a, 'FIO')}\nJo'natuvchi kartasi: ${CRD(card('uz', pick(['mask4', 'mask6', 'space'])))}\nOluvchi: ${P(b.given + ' ' + b.sur[0] + '.')}\nOluvchi kartasi: ${CRD(card(pick(['uz', 'ru'])))}\nSumma: ${thousands(ri(1, 60) * 100000)} so'm\nSana: ${dmy(revent())} ${hm()}\nIlova: ${pick(['Click', 'Payme', 'Uzum Bank'])}`;
});
pos('uz', 'latn', 'border record', () => {
  const c = uzPerson();
  const dob = rdob(1975, 2005);
  return T`Chegaradan o'tish to'g'risida ma'lumot\nF.I.: ${P((c.sur + ' ' + c.given).toUpperCase())}\nTug'ilgan sanasi: ${BD(dmy(dob))}\nPasport: ${PAS(passUZ())}\nYo'nalish: ${pick(['chiqish', 'kirish'])}\nO'tkazish punkti: «${pick(['Toshkent xalqaro aeroporti', 'Oybek', "G'ishtko'prik", 'Yallama', 'Islom Karimov nomidagi Toshkent xalqaro aeroporti'])}»\nReys: ${flight()}\nSana: ${dmy(revent())} ${hm()}`;
});
pos('uz', 'latn', 'inflected narrative', () => {
  const a = uzPerson({ female: true });
  const b = uzPerson({ female: true });
  const c = uzPerson({ female: false });
  return T`${UN(a, 'I', 'gen')} so'zlariga ko'ra, uni ${UN(c, 'IF', 'dat')} ${UN(b, 'I')} tanishtirgan. Keyin ${UN(c, 'I')} ${UN(a, 'I', 'gen')} pasportini olib, uni ${pick(UZ_DEST).nom} shahriga jo'natgan. IIB xodimlari ${UN(c, 'IF', 'acc')} ${dmy(revent())} kuni ushlashdi, ${UN(b, 'I')} esa hali ham qidiruvda.`;
});
pos('uz', 'latn', 'vehicle', () => {
  const o = uzPerson();
  const dr = uzPerson({ female: false });
  return T`${PL(plate('uz'))} davlat raqamli ${pick(['Chevrolet Cobalt', 'Chevrolet Damas', 'Chevrolet Lacetti', 'Hyundai Starex', 'Isuzu'])} avtomashinasi ${UN(o, 'FIO', 'gen')} nomiga ro'yxatdan o'tgan. Ushbu mashinada ${dmy(revent())} kechasi ${ri(2, 8)} nafar qiz «${pick(['Oybek', 'Yallama', "Do'stlik"])}» chegara postiga olib kelingan. Haydovchi — ${UN(dr, 'IF')}, telefoni ${PH(uzPh())}.`;
});
pos('uz', 'latn', 'table', () => {
  const rows = [0, 1, 2, 3].slice(0, ri(2, 4)).map((i) => {
    const x = uzPerson();
    const dob = rdob(1980, 2006);
    return T`| ${i + 1} | ${UN(x, 'FIO')} | ${BD(dmy(dob))} | ${NID(makePINFL(dob, x.female, chance(0.1)))} | ${PAS(passUZ())} |`;
  });
  return T`Jabrlanuvchilar ro'yxati (jinoyat ishi № ${ri(100, 999)}-${yr()})\n| № | F.I.Sh. | Tug'ilgan sana | JShShIR | Pasport |\n|---|---|---|---|---|\n${J('\n', rows)}`;
});
pos('uz', 'latn', 'passport MRZ', () => mrzSnippet('uz'));
pos('uz', 'latn', 'email letter', () => {
  const v = uzPerson({ female: true });
  const s = uzPerson();
  return T`${UN(v, 'IF')} ${dmy(revent())} kuni ${EM(emailFor(s.given, s.sur, 'int'))} manzilidan «Chet elda ish» mavzusidagi xat olgan. Xatda ${pick(UZ_DEST).loc} mehmonxonaga xodimalar kerakligi yozilgan. Xatga ${UN(s, 'IF')} imzo chekkan, aloqa uchun ${PH(phone(pick(['ae', 'tr', 'uz'])))} raqami ko'rsatilgan.`;
});
pos('uz', 'latn', 'nickname', () => {
  const r = uzPerson();
  return T`«${P(pick(UZ_NICKS))}» laqabi bilan tanilgan ${UN(r, 'FIO')} ${ri(2, 8)} yildan beri ${uzCity()} shahrida qizlarni chet elga jo'natish bilan shug'ullangan. U Instagram'da ${HD(handleFor(r.given, r.sur, pick(['at', 'plain'])))} akkaunti orqali e'lon bergan va ${PH(uzPh())} raqami orqali bog'langan.`;
});
pos('uz', 'latn', 'investigator', () => {
  const i = uzPerson();
  const x = uzPerson();
  const v = uzPerson({ female: true });
  return T`Tergovchi ${UN(i, 'ioF')} ${UN(x, 'FIO', 'dat')} nisbatan materiallarni prokuraturaga yubordi. ${UN(x, 'I')} ${dmy(revent())} kuni ${UN(v, 'IF', 'dat')} qo'ng'iroq qilib, qo'rqitgani aniqlandi.`;
});
pos('uz', 'latn', 'lowercase chat', () => {
  const a = uzPerson({ female: true });
  const b = uzPerson({ female: true });
  const c = uzPerson({ female: false });
  const an = a.given.toLowerCase();
  const bn = b.given.toLowerCase();
  return T`${P(an)}: qayerdasan?? oyim qo'ng'iroq qilyapti\n${P(bn)}: ${P((c.given + 'ning').toLowerCase())} uyidaman, pasportimni bermayapti\n${P(an)}: manzilni yoz, IIBga boraman\n${P(bn)}: ${ADR(uzAddrStr().toLowerCase())}\n${P(bn)}: unga aytma\n${P(an)}: raqami bormi?\n${P(bn)}: ${PH(uzPh())}`;
});
pos('uz', 'latn', 'russia destination', () => {
  const v = uzPerson();
  const b = ruPerson({ eth: 'ru' });
  const dob = rdob(1980, 2003);
  return T`${UN(v, 'FIO')} (${BD(dmy(dob))} y.t.) Moskvada omborda ishlagan. Ish joyi manzili: Moskva sh., ${ADR(ruAddrStr(pick(RU_STREETS['Москва'])))}. Ish beruvchi ${RN(b, 'IF')} uning pasportini (${PAS(passUZ())}) olib qo'yib, ${ri(2, 9)} oy davomida maosh to'lamagan. Rossiyadagi telefon raqami: ${PH(phone('ru'))}.`;
});
pos('uz', 'latn', 'mother explanation', () => {
  const m = uzPerson({ female: true });
  const d = uzPerson({ female: true });
  d.sur = m.sur;
  const mdob = rdob(1962, 1982);
  const ddob = rdob(1998, 2006);
  const ev = revent();
  return T`TUSHUNTIRISH XATI\nMen, ${UN(m, 'FIO')}, ${BD(String(mdob.y))}-yilda tug'ilganman, ${uzCity()} sh., ${ADR(uzAddrStr())} manzilida yashayman, tel. ${PH(uzPh())}. Qizim ${UN(d, 'IF')}, ${BD(dmy(ddob))} yilda tug'ilgan, ${ev.y}-yil ${UZ_MON[ev.m - 1]}da ${pick(UZ_DEST).dat} ishlash uchun ketgan. Oxirgi marta ${dmy(revent(2023, 2024))} kuni ${PH(phone(pick(['ru', 'tr', 'ae', 'kr'])))} raqamidan qo'ng'iroq qilib yig'ladi.`;
});
pos('uz', 'latn', 'korea worker', () => {
  const v = uzPerson({ female: false });
  const kr = krAddr(true);
  const dob = rdob(1982, 2001);
  return T`${UN(v, 'FIO')} Koreyaga EPS dasturi orqali emas, vositachi ${P(pick(KOR_LAT))} orqali ketgan. U ${kr.city} shahridagi zavodda ishlab, ${ADR(kr.addr)} manzilidagi yotoqxonada yashagan. Chet el fuqarosi ro'yxat raqami: ${NID(makeRRN(dob, false, true, chance(0.2)))}. Koreyadagi telefoni: ${PH(phone('kr'))}.`;
});

// Uzbek Cyrillic
const uzCityC = () => uzCyr(uzCity());
pos('uz', 'cyrl', 'victim interview (cyrillic)', () => {
  const v = uzPerson({ female: true });
  const r = uzPerson({ female: chance(0.5) });
  const dob = rdob(1990, 2005);
  const ev = revent();
  const dest = uzCyr(pick(UZ_DEST).loc);
  return T`Жабрланувчи ${UNC(v, 'FIO')}, ${BD(`${dob.y} йил ${dob.d} ${UZC_MON[dob.m - 1]}да`)} туғилган, ${uzCityC()} шаҳрида яшовчи, қуйидагиларни маълум қилди: «${ev.y} йил ${UZC_MON[ev.m - 1]}да танишим ${UNC(r, 'I')} менга ${dest} ресторанда ишлашни таклиф қилди. Ойига ${ri(6, 20) * 100} доллар тўлашларини айтди.»`;
});
pos('uz', 'cyrl', 'NGO intake (cyrillic)', () => {
  const c = uzPerson();
  const dob = rdob(1975, 2006);
  return T`МУРОЖААТ АНКЕТАСИ № ${ri(10, 700)}\nФ.И.Ш.: ${UNC(c, chance(0.4) ? 'CAPS' : 'FIO')}\nТуғилган санаси: ${BD(dmy(dob))}\nЖШШИР: ${NID(makePINFL(dob, c.female, chance(0.12)))}\nПаспорт: ${PAS(passUZ())}\nТелефон: ${PH(uzPh())}\nМанзил: ${uzCityC()} ш., ${ADR(uzCyr(uzAddrStr()))}\nЭксплуатация тури: ${pick(['меҳнат', 'жинсий', 'мажбурий тиланчилик'])}`;
});
pos('uz', 'cyrl', 'police report (cyrillic)', () => {
  const s = uzPerson();
  const o = uzPerson({ female: false });
  return T`${uzCityC()} шаҳар ИИБ ходимлари томонидан ${dmy(revent())} куни ${UNC(s, 'FIO')} ушланди. ${UNC(s, 'I', 'gen')} уйидан ${ri(3, 12)} та хорижий паспорт ва ${CRD(card('uz', 'space'))} рақамли банк картаси топилди. Ҳужжатлар ${UNC(o, 'IF', 'dat')} топширилди.`;
});
pos('uz', 'cyrl', 'chat (cyrillic)', () => {
  const a = uzPerson({ female: true });
  const b = uzPerson({ female: true });
  const r = uzPerson({ female: false });
  const ev = revent();
  return T`[${dmy(ev)} ${hm()}] ${P(uzCyr(a.given))}: Салом, ${UNC(b, 'I')}! ${UNC(r, 'I')} ака ҳақида эшитдингми?\n[${dmy(ev)} ${hm()}] ${P(uzCyr(b.given))}: Ҳа, у қизларни Дубайга олиб кетаяпти. Рақами ${PH(uzPh())}\n[${dmy(ev)} ${hm()}] ${P(uzCyr(a.given))}: ${UNC(r, 'I', 'dat')} ишонма!`;
});
pos('uz', 'cyrl', 'transfer (cyrillic)', () => {
  const a = uzPerson();
  const b = uzPerson();
  return T`Ўтказма чеки № ${digits(10)}\nЖўнатувчи: ${UNC(a, 'FIO')}\nОлувчи: ${P(uzCyr(b.given) + ' ' + uzCyr(b.sur)[0] + '.')}\nОлувчи картаси: ${CRD(card('uz', pick(['mask4', 'space'])))}\nСумма: ${thousands(ri(1, 60) * 100000)} сўм\nСана: ${dmy(revent())}`;
});
pos('uz', 'cyrl', 'table (cyrillic)', () => {
  const rows = [0, 1, 2].map((i) => {
    const x = uzPerson();
    const dob = rdob(1980, 2006);
    return T`${i + 1}\t${UNC(x, 'FIO')}\t${BD(dmy(dob))}\t${PAS(passUZ())}\t${PH(uzPh())}`;
  });
  return T`№\tФ.И.Ш.\tТуғилган сана\tПаспорт\tТелефон\n${J('\n', rows)}`;
});

// UZ negatives
negT('uz', 'latn', 'court schedule', () => {
  const lines = [0, 1, 2].map(
    () =>
      `${pad(ri(9, 17))}:${pick(['00', '30'])} — № 1-${ri(100, 1999)}/${yr()} ish, JK ${pick(['135', '137', '223'])}-modda, ${ri(1, 9)}-zal`,
  );
  return T`Toshkent shahar jinoyat ishlari bo'yicha sudining ${dmy(revent(2022, 2025))} kungi majlislar jadvali:\n${lines.join('\n')}\nTaraflar shaxsini tasdiqlovchi hujjat bilan kelishi shart.`;
});
negT('uz', 'latn', 'statistics', () => {
  const y = yr();
  return T`IIV ma'lumotlariga ko'ra, ${y}-yilda odam savdosiga oid ${ri(50, 400)} ta jinoyat qayd etilgan, bu ${y - 1}-yilga nisbatan ${pct()} ${pick(["ko'p", 'kam'])}. Eng ko'p holatlar Farg'ona, Andijon va Qashqadaryo viloyatlarida aniqlangan. Jabrlanuvchilarning ${pct()}i ayollar.`;
});
negT('uz', 'latn', 'university event', () => {
  return T`${dmy(revent(2022, 2025))} ${pick(["Mirzo Ulug'bek nomidagi O'zbekiston Milliy universitetida", "Alisher Navoiy nomidagi Toshkent davlat o'zbek tili va adabiyoti universitetida", 'Abu Rayhon Beruniy nomidagi Toshkent davlat texnika universitetida', 'Sharof Rashidov nomidagi Samarqand davlat universitetida'])} «Xavfsiz migratsiya» mavzusida davra suhbati bo'lib o'tdi. Keyin talabalar Amir Temur xiyobonida va Yunus Rajabiy metro bekati yonida aksiya o'tkazishdi.`;
});
negT('uz', 'latn', 'programme', () => {
  return T`Tashqi mehnat migratsiyasi agentligi ${yr()}-yilda Koreya Respublikasi bilan EPS dasturi bo'yicha ${ri(1000, 9000)} o'ringa kvota oldi. Nomzodlar koreys tilidan imtihon topshirishi kerak; ro'yxatdan o'tish to'lovi ${thousands(ri(1, 9) * 100000)} so'm. Ishonch telefoni: 1182.`;
});
negT('uz', 'latn', 'statute', () => {
  return T`O'zbekiston Respublikasi JKning 135-moddasi «Odam savdosi» uchun ${ri(3, 8)} yildan ${ri(9, 12)} yilgacha ozodlikdan mahrum qilishni nazarda tutadi. «Odam savdosiga qarshi kurashish to'g'risida»gi Qonunga (2020-yil 17-avgust, O'RQ-628) muvofiq jabrlanuvchilarga bepul yuridik yordam ko'rsatiladi.`;
});
negT('uz', 'latn', 'company and flight', () => {
  return T`«${pick(['Samarqand-Ekspress', 'Buxoro Travel', "Navro'z Tur", "Ipak Yo'li Servis"])}» MChJ (STIR ${digits(9)}) ${dmy(revent())} kuni ${flight()} reysiga ${ri(5, 40)} ta chipta sotib olgan. To'lov summasi — ${thousands(ri(5, 90) * 1000000)} so'm. Litsenziya ${yr()}-yilda bekor qilingan.`;
});
negT('uz', 'cyrl', 'statistics (cyrillic)', () => {
  return T`Ташқи меҳнат миграцияси агентлиги маълумотларига кўра, ${yr()} йилда ${thousands(ri(10, 90) * 1000)} нафар фуқаро Россия ва Қозоғистонга ишга кетган. Уларнинг ${pct()}и Фарғона водийсидан. Ишонч телефони: 1182.`;
});
negT('uz', 'cyrl', 'university (cyrillic)', () => {
  return T`${dmy(revent(2022, 2025))} Мирзо Улуғбек номидаги Ўзбекистон Миллий университетида «Хавфсиз миграция» мавзусида семинар ўтказилди. Унда Алишер Навоий номидаги кутубхона ходимлари ва Амир Темур хиёбонидаги музей вакиллари иштирок этди.`;
});

// ---------------------------------------------------------------------------
// TAJIK (tg, cyrl)
// ---------------------------------------------------------------------------
const TG_DEST = ['Маскав', 'Истанбул', 'Дубай', 'Сеул', 'Санкт-Петербург', 'Екатеринбург', 'Сургут', 'Новосибирск'];
const TG_NICKS = ['Баха', 'Модар Роза', 'Шефи Темур', 'Қора Мурод', 'Ҷека', 'Холаи Зуля'];
const TG_DISTRICTS = [
  'Восеъ',
  'Фархор',
  'Ҷалолиддини Балхӣ',
  'Рӯдакӣ',
  'Ҳисор',
  'Шаҳритус',
  'Панҷ',
  'Мӯъминобод',
  'Ҳамадонӣ',
];
function tgDobFrag(dob) {
  return pick([
    () => T`${BD(`${dob.d} ${TG_MON[dob.m - 1]}и соли ${dob.y}`)} таваллуд шудааст`,
    () => T`санаи таваллуд: ${BD(dmy(dob))}`,
    () => T`зодаи соли ${BD(String(dob.y))}`,
    () => T`${BD(dmy(dob))} таваллуд`,
  ])();
}
const tgCity = () => pick(TG_CITIES);
const tgPh = () => phone('tj');

pos('tg', 'cyrl', 'victim interview', () => {
  const v = tgPerson({ female: true });
  const r = tgPerson();
  const dob = rdob(1990, 2005);
  const ev = revent();
  const dest = pick(TG_DEST);
  return T`Ҷабрдида ${GN(v, 'FIO')}, ${tgDobFrag(dob)}, сокини ноҳияи ${pick(TG_DISTRICTS)}, чунин шаҳодат дод: «Моҳи ${TG_MON[ev.m - 1]}и соли ${ev.y} шиносам ${GN(r, 'I')} ба ман дар ${dest} кор пешниҳод кард. Гуфт, ки моҳона ${ri(5, 20) * 100} доллар медиҳанд. Вақте ки ба ${dest} расидем, шиносномаамро гирифтанд.»`;
});
pos('tg', 'cyrl', 'police report', () => {
  const s = tgPerson();
  const dest = pick(TG_DEST);
  return T`Кормандони ВКД дар шаҳри ${tgCity()} ${dmy(revent())} ${GN(s, 'FIO', 'acc')} боздошт карданд. Муайян гардид, ки ӯ ${ri(3, 9)} духтари ҷавонро барои фиристодан ба ${dest} аз ҳар кадом ${ri(3, 20) * 100} доллар гирифтааст. Аз телефони ӯ (${PH(tgPh())}) нусхаҳои шиносномаҳои ҷабрдидагон пайдо шуданд. Тибқи моддаи 130.1 Кодекси ҷиноятии Ҷумҳурии Тоҷикистон парвандаи ҷиноятӣ оғоз гардид.`;
});
pos('tg', 'cyrl', 'whatsapp export', () => {
  const a = tgPerson({ female: true });
  const b = tgPerson({ female: true });
  const r = tgPerson({ female: false });
  const x = tgPerson({ female: false });
  const ev = revent();
  const h = ri(8, 20);
  const t = (k) => `[${dmy(ev)}, ${pad(h)}:${pad(2 + k * 12)}]`;
  return T`${t(0)} ${P(a.given)}: Салом, ${GN(b, 'I')}! Чӣ хел ту?\n${t(1)} ${P(b.given)}: Хуб. ${GN(r, 'I')} гуфт, ки дар ${pick(TG_DEST)} кор ҳаст\n${t(2)} ${P(a.given)}: Бовар накун! Ҳамаи гапҳои ${GN(r, 'I')} дурӯғ аст\n${t(3)} ${P(b.given)}: Аммо ӯ чиптаро худаш мехарад. Рақамаш: ${PH(tgPh())}\n${t(4)} ${P(a.given)}: Ман ба ${GN(x, 'I')} мегӯям, ӯ дар милиса кор мекунад`;
});
pos('tg', 'cyrl', 'court verdict', () => {
  const j = tgPerson();
  const sec = tgPerson({ female: true });
  const pr = tgPerson();
  const l = tgPerson();
  const d = tgPerson();
  const dob = rdob(1968, 1997);
  return T`ҲУКМ\nБА НОМИ ҶУМҲУРИИ ТОҶИКИСТОН\n\n${dmy(revent(2019, 2024))}                         ш. ${pick(['Душанбе', 'Хуҷанд', 'Кӯлоб', 'Бохтар'])}\n\nСуди ${pick(['ноҳияи Сино', 'ноҳияи Исмоили Сомонӣ', 'ноҳияи Фирдавсӣ', 'шаҳри Хуҷанд', 'шаҳри Кӯлоб'])} бо раисии судя ${GN(j, 'Fio')}, бо иштироки котиб ${GN(sec, 'Fio')}, прокурор ${GN(pr, 'Fio')} ва адвокат ${GN(l, 'Fio')}, парвандаи ҷиноятиро нисбат ба ${GN(d, 'FIO')}, ${BD(dmy(dob))} таваллуд, ки бо қисми 2 моддаи 130.1 КҶ ҶТ айбдор карда мешавад, дар ҷаласаи кушоди судӣ баррасӣ намуда, ҲУКМ КАРД:\n${GN(d, 'FIO', 'acc')} гунаҳкор дониста, ба ӯ ${ri(5, 15)} сол маҳрум сохтан аз озодӣ таъин карда шавад.`;
});
pos('tg', 'cyrl', 'NGO intake form', () => {
  const c = tgPerson();
  const dob = rdob(1975, 2006);
  const lc = latPerson(c);
  return T`ВАРАҚАИ МУРОҶИАТ № ${ri(10, 600)}\nТашкилот: ТҶ «${pick(['Ҳамсафар', 'Мадад', 'Гулрухсор', 'Ҳуқуқ ва Рушд'])}»\nНому насаб: ${GN(c, chance(0.4) ? 'CAPS' : 'FIO')}\nСанаи таваллуд: ${BD(dmy(dob))}\nШиноснома: ${PAS(passTJ())}\nРМА: ${NID(digits(9))}\nТелефон: ${PH(tgPh())}\nПочтаи электронӣ: ${EM(emailFor(lc.given, lc.sur, 'tj'))}\nСуроға: ш. ${tgCity()}, ${ADR(tgAddrStr())}\nНамуди истисмор: ${pick(['меҳнатӣ', 'ҷинсӣ', 'гадоии маҷбурӣ'])}\nКишвар: ${pick(['Русия', 'Туркия', 'АМА', 'Қазоқистон'])}`;
});
pos('tg', 'cyrl', 'recruiter post', () => {
  const r = tgPerson();
  const lr = latPerson(r);
  return T`🔥 КОР ҲАСТ! Ба ${pick(TG_DEST)} барои ${pick(['сохтмон', 'анбор', 'сехи дӯзандагӣ', 'қаҳвахона'])} ${ri(5, 40)} нафар лозим. Музди моҳона аз ${ri(5, 15) * 100} доллар. Хобгоҳ ва хӯрок ройгон. Синну сол 18–45. Тамос: ${PH(tgPh())}, Telegram: ${HD(handleFor(lr.given, lr.sur, pick(['at', 'tme'])))}. Пурсед: ${P(chance(0.5) ? pick(TG_NICKS) : r.given)}`;
});
pos('tg', 'cyrl', 'witness statement', () => {
  const w = tgPerson();
  const v = tgPerson({ female: true });
  const r = tgPerson();
  return T`Шоҳид ${GN(w, 'FIO')} нишон дод, ки ${dmy(revent())} ба ${GN(v, 'I')} ${thousands(ri(5, 90) * 100)} сомонӣ додааст. Пулро бо супориши ${GN(r, 'IF')} ба корти ${CRD(card('tj'))} интиқол додааст. Ба гуфтаи шоҳид, ${GN(r, 'I')} деҳаҳои ноҳияи ${pick(TG_DISTRICTS)}ро гашта, духтаронро ба кор дар хориҷа даъват мекард.`;
});
pos('tg', 'cyrl', 'shelter log', () => {
  const c = tgPerson({ female: true });
  const m = tgPerson({ female: true });
  const ps = tgPerson();
  const ev = revent();
  return T`Маҷаллаи навбатдории маркази бӯҳронӣ\n${dm(ev)} ${hm()} — ${GN(c, 'IF')} (${ri(16, 30)} сола) ба марказ қабул шуд, аз фурудгоҳи ${pick(['Душанбе', 'Хуҷанд'])} оварда шудааст.\n${dm(nextDays(ev, 1))} — модараш ${GN(m, 'IF')} занг зад, телефон: ${PH(tgPh())}.\n${dm(nextDays(ev, 2))} — равоншинос ${GN(ps, 'ioF')} машварати аввалин дод.`;
});
pos('tg', 'cyrl', 'transfer receipt', () => {
  const a = tgPerson();
  const b = tgPerson();
  return T`Чеки интиқол № ${digits(10)}\nФиристанда: ${GN(a, 'FIO')}\nКорти фиристанда: ${CRD(card(pick(['ru', 'tj']), pick(['mask6', 'mask4', 'space'])))}\nГиранда: ${P(b.given + ' ' + b.sur[0] + '.')}\nКорти гиранда: ${CRD(card('tj'))}\nМаблағ: ${thousands(ri(5, 90) * 100)} сомонӣ\nСана: ${dmy(revent())} ${hm()}\nБонк: ${pick(['ҶСК «Амонатбонк»', 'ҶСП «Ориёнбонк»', 'ҶСК «Эсхата Бонк»', 'ҶСП «Душанбе Сити Бонк»'])}`;
});
pos('tg', 'cyrl', 'border record', () => {
  const c = tgPerson();
  const dob = rdob(1975, 2005);
  return T`Маълумот дар бораи убури сарҳад\nНасаб, ном: ${P((c.sur + ' ' + c.given).toUpperCase())}\nСанаи таваллуд: ${BD(dmy(dob))}\nШиноснома: ${PAS(passTJ())}\nСамт: ${pick(['баромадан', 'даромадан'])}\nНуқтаи гузариш: «${pick(['Фурудгоҳи Душанбе', 'Фотеҳобод', 'Пахтаобод', 'Фурудгоҳи Хуҷанд'])}»\nПарвоз: ${flight()}\nСана: ${dmy(revent())} ${hm()}`;
});
pos('tg', 'cyrl', 'inflected narrative', () => {
  const a = tgPerson({ female: true });
  const b = tgPerson({ female: true });
  const c = tgPerson({ female: false });
  return T`Ба гуфтаи ${GN(a, 'I')}, ӯро бо ${GN(c, 'IF')} ${GN(b, 'I')} шинос кардааст. Баъдтар ${GN(c, 'I')} шиносномаи ${GN(a, 'I', 'acc')} гирифта, ӯро ба ${pick(TG_DEST)} фиристодааст. Милиса ${GN(c, 'IF', 'acc')} ${dmy(revent())} боздошт кард, аммо ${GN(b, 'I')} то ҳол дар ҷустуҷӯ аст.`;
});
pos('tg', 'cyrl', 'vehicle', () => {
  const o = tgPerson();
  const dr = tgPerson({ female: false });
  return T`Автомашинаи ${pick(['Toyota Prius', 'Opel Zafira', 'Mercedes-Benz Sprinter', 'Hyundai Porter'])} бо рақами давлатии ${PL(plate('tj'))} ба номи ${GN(o, 'FIO')} сабт шудааст. Бо ин мошин ${dmy(revent())} шабона ${ri(2, 8)} духтар ба нуқтаи гузариши «${pick(['Фотеҳобод', 'Пахтаобод'])}» оварда шуданд. Ронанда — ${GN(dr, 'IF')}, телефон ${PH(tgPh())}.`;
});
pos('tg', 'cyrl', 'table', () => {
  const rows = [0, 1, 2, 3].slice(0, ri(2, 4)).map((i) => {
    const x = tgPerson();
    const dob = rdob(1980, 2006);
    return T`| ${i + 1} | ${GN(x, 'FIO')} | ${BD(dmy(dob))} | ${PAS(passTJ())} | ${PH(tgPh())} |`;
  });
  return T`Рӯйхати ҷабрдидагон (парвандаи № ${ri(100, 999)}/${yr()})\n| № | Ному насаб | Санаи таваллуд | Шиноснома | Телефон |\n|---|---|---|---|---|\n${J('\n', rows)}`;
});
pos('tg', 'cyrl', 'passport MRZ', () => mrzSnippet('tg'));
pos('tg', 'cyrl', 'email letter', () => {
  const v = tgPerson({ female: true });
  const s = tgPerson();
  const ls = latPerson(s);
  return T`${GN(v, 'IF')} ${dmy(revent())} аз суроғаи ${EM(emailFor(ls.given, ls.sur, 'int'))} мактуби «Кор дар хориҷа» гирифтааст. Дар мактуб навишта шуда буд, ки ба меҳмонхонае дар ${pick(TG_DEST)} коргарон лозиманд. Мактубро ${GN(s, 'IF')} имзо кардааст, барои тамос рақами ${PH(phone(pick(['ru', 'ae', 'tj'])))} нишон дода шудааст.`;
});
pos('tg', 'cyrl', 'nickname', () => {
  const r = tgPerson();
  const lr = latPerson(r);
  return T`${GN(r, 'FIO')}, ки бо лақаби «${P(pick(TG_NICKS))}» маъруф аст, ${ri(2, 8)} сол боз дар шаҳри ${tgCity()} духтаронро ба хориҷа мефиристод. Ӯ дар Instagram тавассути ${HD(handleFor(lr.given, lr.sur, 'at'))} эълон медод ва бо рақами ${PH(tgPh())} тамос мегирифт.`;
});
pos('tg', 'cyrl', 'investigator', () => {
  const i = tgPerson();
  const x = tgPerson();
  const v = tgPerson({ female: true });
  return T`Муфаттиш ${GN(i, 'ioF')} маводҳоро нисбат ба ${GN(x, 'FIO')} ба прокуратура фиристод. Муайян шуд, ки ${GN(x, 'I')} ${dmy(revent())} ба ${GN(v, 'IF')} занг зада, ӯро таҳдид кардааст.`;
});
pos('tg', 'cyrl', 'lowercase chat', () => {
  const a = tgPerson({ female: true });
  const b = tgPerson({ female: true });
  const c = tgPerson({ female: false });
  const an = a.given.toLowerCase();
  const bn = b.given.toLowerCase();
  return T`${P(an)}: куҷоӣ?? модарам занг зада истодааст\n${P(bn)}: дар хонаи ${P(c.given.toLowerCase())} ҳастам, шиносномаамро намедиҳад\n${P(an)}: суроғаро навис, ба милиса меравам\n${P(bn)}: ${ADR(tgAddrStr().toLowerCase())}\n${P(an)}: рақамаш ҳаст?\n${P(bn)}: ${PH(tgPh())}`;
});
pos('tg', 'cyrl', 'russia destination', () => {
  const v = tgPerson({ female: false });
  const b = ruPerson({ eth: 'ru' });
  const dob = rdob(1978, 2003);
  return T`${GN(v, 'FIO')} (${BD(dmy(dob))} т.) дар Маскав дар анбор кор кардааст. Суроғаи ҷои кор: ш. Маскав, ${ADR(ruAddrStr(pick(RU_STREETS['Москва'])))}. Корфармо ${RN(b, 'IF')} шиносномаи ӯро (${PAS(passTJ())}) гирифта, ${ri(2, 9)} моҳ музд надодааст. Рақами телефони русиягӣ: ${PH(phone('ru'))}. СНИЛС: ${NID(makeSNILS())}.`;
});
pos('tg', 'cyrl', 'mother explanation', () => {
  const m = tgPerson({ female: true });
  const d = tgPerson({ female: true });
  d.sur = m.sur;
  const mdob = rdob(1962, 1982);
  const ddob = rdob(1998, 2006);
  const ev = revent();
  return T`ФАҲМОНИДАНОМА\nМан, ${GN(m, 'FIO')}, соли ${BD(String(mdob.y))} таваллуд шудаам, дар ш. ${tgCity()}, ${ADR(tgAddrStr())} зиндагӣ мекунам, тел. ${PH(tgPh())}. Духтарам ${GN(d, 'IF')}, ${BD(dmy(ddob))} таваллуд, моҳи ${TG_MON[ev.m - 1]}и соли ${ev.y} барои кор ба ${pick(TG_DEST)} рафт. Бори охир ${dmy(revent(2023, 2024))} аз рақами ${PH(phone(pick(['ru', 'tr', 'ae'])))} занг зада, гиря кард.`;
});
pos('tg', 'cyrl', 'uae domestic worker', () => {
  const v = tgPerson({ female: true });
  const e = enPerson('arab');
  const dob = rdob(1985, 2003);
  const ae = pick(AE_AREAS);
  return T`${GN(v, 'FIO')} дар ${ae[1]} ҳамчун хизматгор кор мекард. Корфармо ${EN(e, 'IF')} шиносномаи ӯро гирифта буд. Суроғаи вилла: ${ADR(aeAddrStr())}, ${ae[0]}. Рақами Emirates ID: ${NID(makeEmiratesID(dob, chance(0.2)))}. Телефони корфармо: ${PH(phone('ae'))}.`;
});

// TG negatives
negT('tg', 'cyrl', 'court schedule', () => {
  const lines = [0, 1, 2].map(
    () =>
      `${pad(ri(9, 17))}:${pick(['00', '30'])} — парвандаи № 1-${ri(100, 999)}/${yr()}, моддаи ${pick(['130.1', '132', '167'])} КҶ ҶТ, толори ${ri(1, 8)}`,
  );
  return T`Ҷадвали ҷаласаҳои Суди ${pick(['ноҳияи Сино', 'ноҳияи Исмоили Сомонӣ', 'ноҳияи Фирдавсӣ', 'шаҳри Хуҷанд'])} барои ${dmy(revent(2022, 2025))}:\n${lines.join('\n')}\nИштирокчиён бояд ҳуҷҷати тасдиқкунандаи шахсият дошта бошанд.`;
});
negT('tg', 'cyrl', 'statistics', () => {
  const y = yr();
  return T`Тибқи маълумоти ВКД, соли ${y} дар ҷумҳурӣ ${ri(20, 120)} ҷинояти марбут ба хариду фурӯши одамон ба қайд гирифта шуд, ки нисбат ба соли ${y - 1} ${pct()} ${pick(['зиёд', 'кам'])} аст. Бештари ҳолатҳо дар вилоятҳои Хатлон ва Суғд ошкор шуданд. ${pct()}-и ҷабрдидагон занон мебошанд.`;
});
negT('tg', 'cyrl', 'university event', () => {
  return T`${dmy(revent(2022, 2025))} дар ${pick(['Донишгоҳи миллии Тоҷикистон', 'Донишгоҳи давлатии Хуҷанд ба номи академик Бобоҷон Ғафуров', 'Донишгоҳи давлатии Кӯлоб ба номи Абуабдуллоҳи Рӯдакӣ', 'Донишгоҳи славянии Россия ва Тоҷикистон'])} мизи мудаввар дар мавзӯи «Муҳоҷирати бехатар» баргузор шуд. Баъд донишҷӯён дар хиёбони Рӯдакӣ ва назди пайкараи Исмоили Сомонӣ аксияи иттилоотӣ гузарониданд.`;
});
negT('tg', 'cyrl', 'programme', () => {
  return T`Хадамоти муҳоҷират соли ${yr()} бо Федератсияи Русия барои ${thousands(ri(1, 20) * 1000)} нафар квотаи муҳоҷирати муташаккилона мувофиқа кард. Хароҷоти барнома ${thousands(ri(1, 9) * 100000)} сомониро ташкил дод. Хати боварӣ: 511.`;
});
negT('tg', 'cyrl', 'statute', () => {
  return T`Моддаи 130.1 Кодекси ҷиноятии Ҷумҳурии Тоҷикистон «Хариду фурӯши одамон» барои ин ҷиноят аз ${ri(5, 8)} то ${ri(10, 15)} сол маҳрум сохтан аз озодиро пешбинӣ мекунад. Қонуни ҶТ «Дар бораи муқовимат ба хариду фурӯши одамон ва расонидани кӯмак ба қурбониёни хариду фурӯши одамон» соли 2014 қабул шудааст.`;
});
negT('tg', 'cyrl', 'company and flight', () => {
  return T`ҶДММ «${pick(['Сомон Транс', 'Ориён Тур', 'Бохтар Экспресс'])}» (РМА ${digits(9)}) барои парвози ${flight()} Душанбе — ${pick(['Маскав', 'Сургут', 'Истанбул'])} ${ri(10, 90)} чипта харидааст. Маблағи пардохт ${thousands(ri(5, 90) * 1000)} сомонӣ буд. Литсензияи ширкат соли ${yr()} боздошта шуд.`;
});
negT('tg', 'cyrl', 'place names', () => {
  return T`Аксари муҳоҷирон аз шаҳрҳои Турсунзода, Ваҳдат ва ноҳияҳои Ҷалолиддини Балхӣ, Рӯдакӣ ва Ҳамадонӣ ба Русия мераванд. Дар Кӯлоб ва Бохтар рейдҳои пешгирикунанда гузаронида шуданд. Сатҳи бекорӣ дар вилояти Хатлон ${pct()} аст.`;
});

// ---------------------------------------------------------------------------
// TURKISH (tr, latn)
// ---------------------------------------------------------------------------
const TR_CITY = [
  { n: 'İstanbul', loc: "İstanbul'da", dat: "İstanbul'a" },
  { n: 'Antalya', loc: "Antalya'da", dat: "Antalya'ya" },
  { n: 'Alanya', loc: "Alanya'da", dat: "Alanya'ya" },
  { n: 'Ankara', loc: "Ankara'da", dat: "Ankara'ya" },
  { n: 'Bursa', loc: "Bursa'da", dat: "Bursa'ya" },
  { n: 'İzmir', loc: "İzmir'de", dat: "İzmir'e" },
  { n: 'Trabzon', loc: "Trabzon'da", dat: "Trabzon'a" },
];
const TR_NAT = { kz: 'Kazakistan', kg: 'Kırgızistan', uz: 'Özbekistan', tj: 'Tacikistan', tm: 'Türkmenistan' };
const TR_NICKS = ['Kara Murat', 'Deli Hasan', 'Tonton Ali', 'Madam Lola', 'Sarı Ayşe', 'Bakü Hüseyin', 'Dubai Cemil'];
function makeYKN() {
  const d = [9, 9];
  for (let i = 0; i < 7; i++) d.push(ri(0, 9));
  const d10 = ((((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10) + 10) % 10;
  d.push(d10);
  d.push(d.reduce((a, b) => a + b, 0) % 10);
  return d.join('');
}
function caPass(eth) {
  return { kz: passKZ, kg: passKG, uz: passUZ, tj: passTJ, tm: passTM }[eth]();
}
function trDobFrag(dob) {
  return pick([
    () => T`doğum tarihi: ${BD(dmy(dob))}`,
    () => T`${BD(trDateLong(dob))} doğumlu`,
    () => T`${BD(String(dob.y))} doğumlu`,
    () => T`d.t. ${BD(dmy(dob, '/'))}`,
  ])();
}
const trPlace = () => pick(TR_PLACES);

pos('tr', 'latn', 'victim statement', () => {
  const v = trCaPerson({ female: true });
  const r = chance(0.5) ? trCaPerson({ female: true }) : trPerson({ female: true });
  const dob = rdob(1990, 2005);
  const ev = revent();
  const c = pick(TR_CITY);
  return T`MAĞDUR İFADE TUTANAĞI\n${c.n} Cumhuriyet Başsavcılığı, ${dmy(nextDays(ev, 40))}\n\nMağdur ${TN(v, 'IF')} (${trDobFrag(dob)}), ${TR_NAT[v.eth]} uyruklu, ifadesinde: "${ev.y} yılının ${TR_MON[ev.m - 1]} ayında ${TN(r, 'I')} isimli bir kadın bana ${c.loc} bir otelde iş teklif etti. Maaşın ${ri(5, 20) * 100} dolar olacağını söyledi. ${c.dat} vardığımızda pasaportumu aldılar." demiştir.`;
});
pos('tr', 'latn', 'police report', () => {
  const o = trPerson();
  const o2 = trPerson();
  const [city, dist] = trPlace();
  const nat = TR_NAT[pick(['kz', 'kg', 'uz', 'tm'])];
  return T`TUTANAK\n${dmy(revent())} tarihinde saat ${hm()} sıralarında ${ADR(trAddrStr())} ${dist}/${city} adresinde bulunan işyerinde yapılan denetimde ${nat} uyruklu ${ri(3, 9)} kadının kayıt dışı çalıştırıldığı tespit edilmiştir. İşletme sorumlusu ${TN(o, 'SURCAPS')} (T.C. Kimlik No: ${NID(makeTCKN(chance(0.15)))}) gözaltına alınmıştır. Kadınların pasaportlarının ${TN(o2, 'IF', 'gen')} aracında (${PL(plate('tr'))} plakalı) saklandığı belirlenmiştir.`;
});
pos('tr', 'latn', 'whatsapp export', () => {
  const a = trCaPerson({ female: true });
  const b = trPerson({ female: false });
  const c = trPerson({ female: true });
  const x = trCaPerson({ female: true });
  const ev = revent();
  const h = ri(8, 20);
  const t = (k) => `[${dmy(ev)} ${pad(h)}:${pad(4 + k * 10)}]`;
  return T`${t(0)} ${P(a.given)}: Merhaba ${TN(b, 'I')} abi, iş hâlâ var mı?\n${t(1)} ${P(b.given)}: Var. ${TN(c, 'I')} Hanım seni havalimanında karşılayacak\n${t(2)} ${P(a.given)}: Pasaportumu ne zaman geri vereceksiniz?\n${t(3)} ${P(b.given)}: Borcunu ödeyince. ${ri(3, 15) * 100} dolar daha lazım, ${IBN(iban('TR'))} hesabına yatır\n${t(4)} ${P(a.given)}: Tamam, ${TN(x, 'I', 'dat')} söylerim`;
});
pos('tr', 'latn', 'court decision', () => {
  const j = trPerson();
  const pr = trPerson();
  const k = trPerson();
  const d = trPerson();
  const l = trPerson();
  const fa = pick(TR_POOL.m);
  const mo = pick(TR_POOL.f);
  const dob = rdob(1965, 1995);
  const y = ri(2019, 2024);
  return T`T.C.\n${pick(['İSTANBUL', 'ANTALYA', 'ANKARA', 'BURSA'])} ${ri(1, 38)}. AĞIR CEZA MAHKEMESİ\nESAS NO: ${y - 1}/${ri(10, 999)}\nKARAR NO: ${y}/${ri(10, 999)}\n\nHÂKİM: ${TN(j, 'SURCAPS')}\nCUMHURİYET SAVCISI: ${TN(pr, 'SURCAPS')}\nKATİP: ${TN(k, 'SURCAPS')}\nSANIK: ${TN(d, 'SURCAPS')}, ${P(fa)} ve ${P(mo)} ${d.female ? 'kızı' : 'oğlu'}, ${BD(dmy(dob))} doğumlu, T.C. Kimlik No: ${NID(makeTCKN())}\nMÜDAFİ: Av. ${TN(l, 'SURCAPS')}\nSUÇ: İnsan ticareti (TCK m. 80)\nSUÇ TARİHİ: ${dmy(revent(y - 3, y - 1))}\nKARAR TARİHİ: ${dmy(revent(y, y))}\n\nSanığın TCK 80/1 maddesi uyarınca ${ri(8, 20)} yıl hapis cezası ile cezalandırılmasına karar verilmiştir.`;
});
pos('tr', 'latn', 'NGO intake form', () => {
  const c = trCaPerson();
  const dob = rdob(1975, 2006);
  const [city, dist] = trPlace();
  return T`BAŞVURU FORMU\nKurum: ${pick(['Kadın Dayanışma Vakfı', 'Göç İdaresi – Mağdur Destek Birimi', 'Mor Çatı Kadın Sığınağı Vakfı', 'SGDD-ASAM'])}\nAdı Soyadı: ${TN(c, 'CAPS')}\nDoğum Tarihi: ${BD(dmy(dob))}\nUyruğu: ${TR_NAT[c.eth]}\nPasaport No: ${PAS(caPass(c.eth))}\nYabancı Kimlik No: ${NID(makeYKN())}\nTelefon: ${PH(phone('tr'))}\nE-posta: ${EM(emailFor(c.given, c.sur, 'int'))}\nİkamet Adresi: ${ADR(trAddrStr())} ${dist}/${city}\nBaşvuru Tarihi: ${dmy(revent())}`;
});
pos('tr', 'latn', 'job advert', () => {
  const r = trPerson({ female: false });
  const c = pick(TR_CITY);
  return T`${c.loc.toLocaleUpperCase('tr')} ${pick(['OTELE', 'RESTORANA', 'MASAJ SALONUNA', 'EĞLENCE MEKÂNINA'])} BAYAN ELEMAN ARANIYOR!\nÖzbek, Kırgız, Türkmen bayanlar başvurabilir. Maaş ${thousands(ri(20, 60) * 1000, '.')} TL + bahşiş, konaklama ücretsiz, Türkçe bilmek şart değil.\nİletişim: ${PH(phone('tr'))} — ${TN(r, 'I')} Bey\nInstagram: ${HD(handleFor(r.given, r.sur, pick(['at', 'plain'])))}`;
});
pos('tr', 'latn', 'witness statement', () => {
  const w = trPerson();
  const v = trCaPerson({ female: true });
  const r = trPerson();
  const [city, dist] = trPlace();
  return T`Tanık ${TN(w, 'SURCAPS')} ifadesinde: "${TN(v, 'I')} isimli kızı ${dmy(revent())} tarihinde ${TN(r, 'IF', 'gen')} evinde gördüm. ${TN(r, 'I')} kızların telefonlarını elinden almıştı. Ev ${dist} ilçesinde, ${ADR(trAddrStr())} adresindedir. Daha sonra ${TN(r, 'I', 'acc')} polis götürdü." şeklinde beyanda bulunmuştur.`;
});
pos('tr', 'latn', 'shelter log', () => {
  const c = trCaPerson({ female: true });
  const s = trCaPerson({ female: true, eth: c.eth });
  const ps = trPerson();
  const ev = revent();
  return T`Konukevi günlük kayıt defteri\n${dm(ev)} ${hm()} – ${TN(c, 'IF')} (${ri(16, 30)} yaşında, ${TR_NAT[c.eth]}) kuruma kabul edildi; ${pick(['İstanbul Havalimanı', 'Sabiha Gökçen Havalimanı', 'Antalya Havalimanı'])} polisinden teslim alındı.\n${dm(nextDays(ev, 1))} – Ablası ${TN(s, 'IF')} ${PH(phone(c.eth === 'tm' ? 'tm' : c.eth === 'kg' ? 'kg' : c.eth === 'uz' ? 'uz' : c.eth === 'tj' ? 'tj' : 'kz'))} numarasından aradı.\n${dm(nextDays(ev, 2))} – Psikolog ${TN(ps, 'iF')} ile ilk görüşme yapıldı.`;
});
pos('tr', 'latn', 'bank transfer receipt', () => {
  const a = chance(0.5) ? trPerson() : trCaPerson();
  const b = trPerson();
  return T`EFT / HAVALE DEKONTU\nGönderen: ${TN(a, 'CAPS')}\nGönderen IBAN: ${IBN(iban('TR', chance(0.15)))}\nAlıcı: ${TN(b, 'CAPS')}\nAlıcı IBAN: ${IBN(iban('TR'))}\nTutar: ${thousands(ri(1, 90) * 1000, '.')},00 TL\nAçıklama: ${pick(['kira', 'borç', 'bilet parası', 'avans'])}\nİşlem Tarihi: ${dmy(revent())} ${hm()}\nBanka: ${pick(['T.C. Ziraat Bankası A.Ş.', 'Türkiye İş Bankası A.Ş.', 'Garanti BBVA', 'Akbank T.A.Ş.'])}`;
});
pos('tr', 'latn', 'entry record', () => {
  const c = trCaPerson();
  const dob = rdob(1975, 2005);
  return T`YABANCI GİRİŞ-ÇIKIŞ KAYDI\nAdı Soyadı: ${TN(c, 'CAPS')}\nUyruğu: ${TR_NAT[c.eth]}\nDoğum Tarihi: ${BD(dmy(dob))}\nBelge No: ${PAS(caPass(c.eth))}\nGiriş Kapısı: ${pick(['İstanbul Havalimanı', 'Sabiha Gökçen Havalimanı', 'Antalya Havalimanı', 'Sarp Kara Hudut Kapısı', 'Kapıkule'])}\nGiriş Tarihi: ${dmy(revent())}\nUçuş: ${flight()}\nVize Türü: ${pick(['vizesiz (30 gün)', 'e-Vize', 'turistik'])}`;
});
pos('tr', 'latn', 'inflected narrative', () => {
  const a = trCaPerson({ female: true });
  const b = trCaPerson({ female: true });
  const c = trPerson({ female: false });
  return T`${TN(a, 'I', 'gen')} anlattığına göre ${TN(b, 'I')} onu ${TN(c, 'IF', 'dat')} tanıştırmış. ${TN(c, 'I')} daha sonra ${TN(a, 'I', 'gen')} pasaportunu alarak onu ${pick(TR_CITY).dat} göndermiş. Polis ${TN(c, 'IF', 'acc')} ${dmy(revent())} tarihinde gözaltına aldı; ${TN(b, 'I')} ise hâlâ aranıyor.`;
});
pos('tr', 'latn', 'vehicle', () => {
  const o = trPerson();
  const dr = trPerson({ female: false });
  const [city, dist] = trPlace();
  return T`${PL(plate('tr'))} plakalı ${pick(['Fiat Doblo', 'Renault Clio', 'Ford Transit', 'Volkswagen Caddy'])} marka araç ${TN(o, 'SURCAPS')} adına kayıtlıdır. Araçla ${dmy(revent())} gecesi ${ri(2, 8)} kadın ${dist} ilçesindeki bir otele götürülmüştür. Sürücü ${TN(dr, 'IF')} (${PH(phone('tr'))}) ifadesinde aracı kiraladığını söylemiştir.`;
});
pos('tr', 'latn', 'table', () => {
  const rows = [0, 1, 2, 3].slice(0, ri(2, 4)).map((i) => {
    const x = trCaPerson();
    const dob = rdob(1980, 2006);
    return T`${i + 1} | ${TN(x, 'CAPS')} | ${TR_NAT[x.eth]} | ${BD(dmy(dob))} | ${PAS(caPass(x.eth))}`;
  });
  return T`Sıra | Adı Soyadı | Uyruğu | Doğum Tarihi | Pasaport No\n${J('\n', rows)}\n(Soruşturma No: ${yr()}/${digits(5)})`;
});
pos('tr', 'latn', 'passport MRZ', () => mrzSnippet('tr'));
pos('tr', 'latn', 'email', () => {
  const v = trCaPerson({ female: true });
  const s = trPerson();
  return T`Mağdure ${TN(v, 'IF')}, ${dmy(revent())} tarihinde ${EM(emailFor(s.given, s.sur, 'tr'))} adresinden "Türkiye'de iş fırsatı" konulu bir e-posta aldığını beyan etmiştir. E-postada ${TN(s, 'IF', 'gen')} imzası ve ${PH(phone('tr'))} numarası yer almaktadır.`;
});
pos('tr', 'latn', 'nickname', () => {
  const r = trPerson();
  return T`"${P(pick(TR_NICKS))}" lakaplı ${TN(r, 'IF')}, ${ri(2, 9)} yıldır ${pick(TR_CITY).loc} Orta Asyalı kadınları eğlence mekânlarında çalıştırmaktadır. Şüphelinin Instagram hesabı ${HD(handleFor(r.given, r.sur, pick(['at', 'insta'])))} üzerinden ilan verdiği ve ${PH(phone('tr'))} numaralı hattı kullandığı tespit edilmiştir.`;
});
pos('tr', 'latn', 'news with initials', () => {
  const a = trPerson();
  const b = trCaPerson({ female: true });
  const ini = `${a.given[0]}.${a.sur[0]}.`;
  return T`${pick(['Antalya', 'İstanbul', 'Bursa'])}'da düzenlenen operasyonda insan ticareti şüphelisi ${P(ini)} (${ri(30, 60)}) gözaltına alındı. Mağdurlardan ${TN(b, 'I')} (${ri(18, 25)}), şüphelinin kendisini ${pick(['Kırgızistan', 'Özbekistan', 'Türkmenistan'])}'dan "bakıcılık" vaadiyle getirdiğini anlattı. Soruşturmayı yürüten savcı ${TN(trPerson(), 'iF')}, dosyanın ${pick(['ağır ceza mahkemesine', 'savcılığa'])} gönderildiğini açıkladı.`;
});
pos('tr', 'latn', 'lowercase chat', () => {
  const a = trCaPerson({ female: true });
  const b = trCaPerson({ female: true });
  const c = trPerson({ female: false });
  const an = a.given.toLocaleLowerCase('tr');
  const bn = b.given.toLocaleLowerCase('tr');
  const cn = c.given.toLocaleLowerCase('tr');
  return T`${P(an)}: neredesin?? annen aradı\n${P(bn)}: ${P(cn)}${trSuffix(cn, 'gen')} evindeyim, pasaportumu vermiyor\n${P(an)}: adresi yaz polise gideceğim\n${P(bn)}: ${ADR(trAddrStr().toLocaleLowerCase('tr'))}\n${P(an)}: numarası var mı?\n${P(bn)}: ${PH(phone('tr'))}`;
});
pos('tr', 'latn', 'labour exploitation', () => {
  const v = trCaPerson({ female: false, eth: pick(['uz', 'tm', 'kg']) });
  const o = trPerson({ female: false });
  const [city, dist] = trPlace();
  const dob = rdob(1980, 2003);
  return T`${TR_NAT[v.eth]} uyruklu ${TN(v, 'IF')} (${trDobFrag(dob)}), ${dist}/${city} ilçesindeki ${ADR(trAddrStr())} adresindeki tekstil atölyesinde günde ${ri(12, 16)} saat çalıştırıldığını belirtti. Atölye sahibi ${TN(o, 'IF')} maaşını ${ri(2, 8)} ay boyunca ödememiş, ücretin bir kısmını ${CRD(card('tr', pick(['space', 'mask6'])))} numaralı karta yatırdığını iddia etmiştir.`;
});
pos('tr', 'latn', 'uae connection', () => {
  const v = trCaPerson({ female: true });
  const e = enPerson('arab');
  const ae = pick(AE_AREAS);
  return T`Mağdure ${TN(v, 'IF')}, İstanbul'dan ${flight()} sefer sayılı uçuşla ${{ Dubai: "Dubai'ye", Sharjah: "Şarika'ya", 'Abu Dhabi': "Abu Dabi'ye", Ajman: "Acman'a" }[ae[1]]} götürüldüğünü, orada ${TN({ given: e.given, sur: e.sur }, 'IF', 'gen')} evinde hizmetçi olarak çalıştırıldığını anlattı. Evin adresi: ${ADR(aeAddrStr())}, ${ae[0]}. İşverenin telefonu: ${PH(phone('ae'))}.`;
});

// TR negatives
negT('tr', 'latn', 'hearing list', () => {
  const lines = [0, 1, 2].map(
    () =>
      `${pad(ri(9, 16))}:${pick(['00', '30'])} – Esas No: ${yr()}/${ri(10, 999)}, TCK m. ${pick(['80', '79', '227'])}, Salon ${ri(1, 12)}`,
  );
  return T`${pick(['İstanbul', 'Antalya', 'Ankara'])} ${ri(1, 38)}. Ağır Ceza Mahkemesi ${dmy(revent(2022, 2025))} tarihli duruşma listesi:\n${lines.join('\n')}\nTaraflar kimlik belgeleriyle duruşma salonunda hazır bulunmalıdır.`;
});
negT('tr', 'latn', 'statistics', () => {
  const y = yr();
  return T`Göç İdaresi Başkanlığı verilerine göre ${y} yılında ${ri(100, 500)} insan ticareti mağduru tespit edildi; bu sayı ${y - 1} yılına göre %${ri(3, 40)} ${pick(['arttı', 'azaldı'])}. Mağdurların büyük bölümü Özbekistan, Kırgızistan ve Türkmenistan uyrukludur. Kadınların oranı: %${ri(50, 90)}.`;
});
negT('tr', 'latn', 'university and landmarks', () => {
  return T`${dmy(revent(2022, 2025))} tarihinde ${pick(['Hoca Ahmet Yesevi Uluslararası Türk-Kazak Üniversitesi', 'Mimar Sinan Güzel Sanatlar Üniversitesi', 'Kırgızistan-Türkiye Manas Üniversitesi', 'Süleyman Demirel Üniversitesi'])} ev sahipliğinde "Düzensiz Göç ve İnsan Ticareti" paneli düzenlendi. Katılımcılar daha sonra Atatürk Havalimanı yakınındaki Yunus Emre Enstitüsü'nü ziyaret etti ve Taksim Meydanı'nda farkındalık yürüyüşü yaptı.`;
});
negT('tr', 'latn', 'law text', () => {
  return T`6458 sayılı Yabancılar ve Uluslararası Koruma Kanunu'nun 48. maddesi ve Türk Ceza Kanunu'nun 80. maddesi insan ticaretini düzenler. İnsan Ticaretiyle Mücadele ve Mağdurların Korunmasına Dair Yönetmelik ${pick(['2016', '2019'])} yılında yürürlüğe girmiştir. ${yr()} yılında bu kapsamda ${ri(50, 400)} soruşturma başlatıldı. YİMER 157 hattı 7/24 hizmet vermektedir.`;
});
negT('tr', 'latn', 'company', () => {
  return T`${pick(['Yıldız Tekstil Ltd. Şti.', 'Akdeniz Turizm A.Ş.', 'Boğaziçi Lojistik Ltd. Şti.', 'Anadolu Otelcilik A.Ş.'])} (Vergi No: ${digits(10)}, MERSİS No: ${digits(16)}) hakkında ${yr()}/${digits(5)} sayılı soruşturma başlatıldı. Şirketin ${dmy(revent())} tarihinde ${flight()} seferi için ${ri(10, 60)} bilet aldığı, toplam ${thousands(ri(50, 900) * 1000, '.')} TL ödeme yaptığı belirlendi.`;
});
negT('tr', 'latn', 'place names', () => {
  return T`Mağdurların çoğu Türkmenistan'ın Mary ve Daşoğuz illerinden, Kırgızistan'ın Talas ve Oş şehirlerinden, Özbekistan'ın Nukus ve Termiz bölgelerinden gelmektedir. Alanya, Manavgat ve Kemer ilçelerinde ${yr()} yılında denetimler artırıldı.`;
});
negT('tr', 'latn', 'budget', () => {
  return T`Avrupa Birliği ve IOM tarafından finanse edilen "Güvenli Göç" projesinin bütçesi ${thousands(ri(1, 9) * 1000000, '.')} avrodur. Projenin ilk aşamasında ${ri(200, 900)} kolluk personeline eğitim verildi; jandarma personelinin payı: %${ri(20, 70)}.`;
});

// ---------------------------------------------------------------------------
// ENGLISH (en, latn)
// ---------------------------------------------------------------------------
const EN_NAT = {
  kz: 'Kazakh',
  kg: 'Kyrgyz',
  uz: 'Uzbek',
  tj: 'Tajik',
  tm: 'Turkmen',
  ru: 'Russian',
  kor: 'Kazakh',
  uyg: 'Kazakh',
};
const EN_DEST = ['Dubai', 'Istanbul', 'Antalya', 'Seoul', 'Moscow', 'Sharjah', 'Abu Dhabi', 'Almaty'];
const caEn = (opts = {}) => {
  const p = latPerson(ruPerson(opts));
  return { ...p, kind: 'ca' };
};
function passEth(eth) {
  return {
    kz: passKZ,
    kor: passKZ,
    uyg: passKZ,
    kg: passKG,
    uz: passUZ,
    tj: passTJ,
    tm: passTM,
    ru: () => passRUfor().replace(' ', ''),
  }[eth]();
}
function phoneEth(eth) {
  return phone({ kz: 'kz', kor: 'kz', uyg: 'kz', kg: 'kg', uz: 'uz', tj: 'tj', tm: 'tm', ru: 'ru' }[eth]);
}
const enDob = (dob) =>
  pick([dmy(dob), enDateLong(dob), ymd(dob), dmy(dob, '/'), `${pad(dob.d)} ${MON3[dob.m - 1]} ${dob.y}`]);
function ruAddrLatin() {
  const n = ri(1, 200);
  const k = ri(1, 180);
  return pick([
    `${pick(['ul. Lyublinskaya', 'Varshavskoye sh.', 'ul. Profsoyuznaya', 'ul. Marshala Zhukova', 'ul. Novokosinskaya'])}, d. ${n}, kv. ${k}`,
    `${n} ${pick(['Lyublinskaya Street', 'Profsoyuznaya Street', 'Kirova Street', 'Dybenko Street'])}, apt. ${k}`,
  ]);
}

pos('en', 'latn', 'referral form', () => {
  const p = caEn({ female: true });
  const dob = rdob(1980, 2006);
  const ae = pick(AE_AREAS);
  return T`REFERRAL FORM – PRESUMED VICTIM OF TRAFFICKING\nReferring agency: ${pick(['IOM UAE', 'Dubai Foundation for Women and Children', 'Ewaa Shelters for Victims of Human Trafficking', 'Embassy liaison desk, Abu Dhabi'])}\nName: ${EN(p, chance(0.5) ? 'CAPS' : 'IF')}\nDate of birth: ${BD(enDob(dob))}\nNationality: ${EN_NAT[p.eth]}\nPassport No.: ${PAS(passEth(p.eth))}\nPhone: ${PH(phone('ae'))}\nEmail: ${EM(emailFor(p.given, p.sur, 'int'))}\nCurrent address: ${ADR(aeAddrStr())}, ${ae[0]}, ${ae[1]}\nType of exploitation: ${pick(['domestic servitude', 'sexual exploitation', 'forced labour (construction)', 'forced begging'])}\nDate of referral: ${dmy(revent())}`;
});
pos('en', 'latn', 'interview summary UAE', () => {
  const v = caEn({ female: true });
  const e = enPerson('arab');
  const a = enPerson(pick(['sa', 'ca']));
  const ae = pick(AE_AREAS);
  const dob = rdob(1965, 1990);
  return T`Interview summary. ${EN(v, 'I')} (${ri(19, 35)}), a ${EN_NAT[v.eth]} national, arrived in ${ae[1]} on ${enDateLong(revent())} on flight ${flight()}. She was employed as a housemaid by ${EN(e, 'IF')} at ${ADR(aeAddrStr())}, ${ae[0]}. Her employer's Emirates ID is ${NID(makeEmiratesID(dob, chance(0.15)))}. ${EN(v, 'I')} stated that her passport (${PAS(passEth(v.eth))}) was kept by the recruitment agent, ${EN(a, 'IF')}, who can be reached on ${PH(phone('ae'))}.`;
});
pos('en', 'latn', 'police report UAE', () => {
  const d = enPerson(pick(['arab', 'sa', 'ca']));
  const dob = rdob(1970, 1998);
  return T`Dubai Police – ${pick(['Al Muraqqabat', 'Naif', 'Al Qusais', 'Bur Dubai'])} Police Station. Report No. ${ri(100, 9999)}/${yr()}. On ${enDateLong(revent())} at ${hm()} a patrol stopped a ${pick(['Toyota Hiace', 'Nissan Patrol', 'Mitsubishi Rosa bus', 'Lexus ES'])} (plate ${PL(plate('ae'))}) on ${pick(['Sheikh Zayed Road', 'Al Khail Road', 'Emirates Road', 'Sheikh Mohammed bin Zayed Road'])}. The driver, ${EN(d, 'IF')}, holder of Emirates ID ${NID(makeEmiratesID(dob))}, was transporting ${ri(3, 9)} women of ${pick(['Uzbek', 'Kyrgyz', 'Kazakh', 'Turkmen'])} nationality who could not present their passports.`;
});
pos('en', 'latn', 'Korean court summary', () => {
  const k = enPerson('kor');
  const v = caEn({ female: false, eth: pick(['uz', 'kg', 'kz', 'tj']) });
  const dob = rdob(1960, 1985);
  const vdob = rdob(1985, 2001);
  const y = ri(2019, 2024);
  return T`${pick(['Suwon District Court', 'Changwon District Court', 'Seoul Central District Court', 'Daegu District Court'])}, Case No. ${y}Godan${ri(100, 9999)}. The defendant ${EN(k, 'IF')} (born ${BD(enDateLong(dob))}) operated a ${pick(['pig farm', 'greenhouse farm', 'metal plant', 'fishing business'])} in ${pick(['Hwaseong', 'Gimhae', 'Pyeongtaek', 'Nonsan'])} and employed ${ri(3, 20)} workers on E-9 visas. The court found that he withheld the passport of the victim ${EN(v, 'IF')} (alien registration no. ${NID(makeRRN(vdob, false, true))}) and failed to pay wages of KRW ${thousands(ri(5, 60) * 1000000, ',')}.`;
});
pos('en', 'latn', 'shelter log', () => {
  const c = caEn({ female: true });
  const m = caEn({ female: true, eth: c.eth });
  const s = enPerson(pick(['ca', 'ru', 'tr']));
  const ev = revent();
  return T`Shelter daily log\n${dm(ev)} ${hm()} – ${EN(c, 'IF')} admitted (age ${ri(16, 29)}), brought by ${pick(['Almaty police', 'IOM staff', 'the Kyrgyz consulate', 'a taxi driver'])}.\n${dm(nextDays(ev, 1))} – mother, ${EN(m, 'IF')}, called from ${PH(phoneEth(c.eth))}; asked us not to disclose the shelter location.\n${dm(nextDays(ev, 2))} – first session with counsellor ${EN(s, 'iF')}.\n${dm(nextDays(ev, 4))} – ${EN(c, 'I')} declined to meet embassy staff.`;
});
pos('en', 'latn', 'whatsapp export', () => {
  const a = caEn({ female: true });
  const r = enPerson(pick(['ca', 'arab', 'tr']));
  const ev = revent();
  const h = ri(8, 20);
  const t = (k) => `[${mdy(ev)}, ${((h + Math.floor(k / 4)) % 12) + 1}:${pad(7 + k * 6)} ${h < 12 ? 'AM' : 'PM'}]`;
  const rl = chance(0.5) ? PH(phone('ae')) : EN(r, 'I');
  const rl2 = rl.type === 'PHONE' ? PH(rl.value) : P(rl.value);
  const rl3 = rl.type === 'PHONE' ? PH(rl.value) : P(rl.value);
  return T`${t(0)} ${rl}: Hi dear, are you ready for Dubai? Ticket is booked for ${enDateLong(nextDays(ev, 5))}\n${t(1)} ${EN(a, 'I')}: Yes but I need my passport back first\n${t(2)} ${rl2}: Passport stays with the agency until you pay the debt, ${thousands(ri(10, 40) * 100)} dollars\n${t(3)} ${EN(a, 'I')}: My card is ${CRD(card(pick(['kz', 'kg', 'uz'])))}, my mother will send money\n${t(4)} ${rl3}: Good girl 👍`;
});
pos('en', 'latn', 'telegram recruiter post', () => {
  const r = enPerson(pick(['ca', 'ca', 'tr', 'arab']));
  const dest = pick(EN_DEST);
  return T`📢 JOBS IN ${dest.toUpperCase()}! Waitresses, hostesses, nannies. Salary from $${ri(10, 30) * 100}/month, free accommodation, visa in 10 days. No experience, no English needed.\nContact ${EN(r, 'IF')}: ${PH(phone(pick(['ae', 'tr', 'kz', 'kg'])))} (WhatsApp/Viber), Telegram ${HD(handleFor(r.given, r.sur, pick(['at', 'tme'])))}\nLicensed agency since ${ri(2010, 2020)}, ${ri(500, 3000)}+ happy workers!`;
});
pos('en', 'latn', 'SWIFT transfer', () => {
  const a = enPerson(pick(['arab', 'sa', 'ca']));
  const b = caEn();
  const ev = revent();
  return T`SWIFT MT103 (extract)\n:20: ${letters(3)}${digits(9)}\n:32A: ${pad(ev.y % 100)}${pad(ev.m)}${pad(ev.d)}AED${ri(1, 30) * 1000},00\n:50K: /${IBN(iban('AE', false, 'compact'))}\n${EN(a, 'CAPS')}\n:59: /${IBN(iban(pick(['KZ', 'TR', 'GE']), chance(0.15), 'compact'))}\n${EN(b, 'CAPS')}\n:70: ${pick(['SALARY', 'VISA FEE', 'TICKET REFUND', 'FAMILY SUPPORT'])}\n:71A: OUR`;
});
pos('en', 'latn', 'immigration record Korea', () => {
  const p = caEn({ eth: pick(['uz', 'kg', 'kz', 'tj']) });
  const dob = rdob(1978, 2004);
  return T`Incheon Airport Immigration – arrival record\nName: ${EN(p, 'CAPS')}\nNationality: ${EN_NAT[p.eth]}\nDate of birth: ${BD(ymd(dob, '.'))}\nPassport: ${PAS(passEth(p.eth))}\nVisa: ${pick(['C-3-9 (short-term)', 'E-9', 'H-2', 'B-1 (visa-free)'])}\nFlight: ${flight()} from ${pick(['Tashkent', 'Bishkek', 'Almaty', 'Dushanbe'])}\nArrival: ${ymd(revent(), '.')}\nAddress in Korea (declared): ${ADR(krAddr(true).addr)}\nContact: ${PH(phone('kr'))}`;
});
pos('en', 'latn', 'victim table', () => {
  const rows = [0, 1, 2, 3].slice(0, ri(2, 4)).map((i) => {
    const x = caEn();
    const dob = rdob(1980, 2006);
    return T`| ${i + 1} | ${EN(x, 'IF')} | ${BD(enDob(dob))} | ${EN_NAT[x.eth]} | ${PAS(passEth(x.eth))} | ${PH(phoneEth(x.eth))} |`;
  });
  return T`Annex 2. Presumed victims identified on ${enDateLong(revent())}\n| # | Name | DOB | Nationality | Passport | Phone |\n|---|---|---|---|---|---|\n${J('\n', rows)}`;
});
pos('en', 'latn', 'card transactions tsv', () => {
  const h = caEn();
  const rows = [0, 1, 2].map(() => {
    const ev = revent();
    return T`${ymd(ev)}\t${CRD(card(pick(['kz', 'ae', 'tr']), pick(['mask6', 'maskx', 'mask4'])))}\t${pick(['AED', 'USD', 'TRY'])} ${thousands(ri(1, 90) * 100, ',')}\t${pick(['FLYDUBAI', 'AIR ARABIA', 'CARREFOUR DEIRA', 'WESTERN UNION', 'TURKISH AIRLINES'])}`;
  });
  return T`Cardholder: ${EN(h, 'CAPS')}\nDate\tCard\tAmount\tMerchant\n${J('\n', rows)}`;
});
pos('en', 'latn', 'passport MRZ', () => mrzSnippet('en'));
pos('en', 'latn', 'witness statement', () => {
  const w = enPerson(pick(['ca', 'ru', 'tr']));
  const v = caEn({ female: true });
  const r = caEn({ female: false });
  const dob = rdob(1965, 2000);
  const ev = revent();
  return T`Witness statement of ${EN(w, 'IF')} (${BD(dmy(dob))}). I met ${EN(v, 'I')} in ${EN_MON[ev.m - 1]} ${ev.y} at the ${pick(['Dordoi bazaar', 'Barakholka market', 'Chorsu bazaar', 'Korvon market'])}. ${EN(v, 'I')} was told by a man called ${EN(r, 'I')} that she would work as a nanny in ${pick(EN_DEST)}. I later learned that ${EN(r, 'I')}'s real name is ${EN(r, 'IF')}. He used the Telegram account ${HD(handleFor(r.given, r.sur, 'at'))}.`;
});
pos('en', 'latn', 'prosecutor memo', () => {
  const x = enPerson(pick(['ca', 'ru']));
  const y = enPerson(pick(['ca', 'ru']));
  const s = caEn();
  const h = enPerson(pick(['tr', 'arab', 'ca']));
  const dob = rdob(1965, 1998);
  return T`MEMO\nFrom: ${EN(x, 'iF')}, Senior Prosecutor\nTo: ${EN(y, 'iF')}, Head of Unit\nRe: criminal case ${caseNoRu().replace('№ ', 'No. ')}\n\nThe suspect ${EN(s, 'iF')} (DOB ${BD(ymd(dob))}) is believed to have transferred USD ${thousands(ri(2, 90) * 100, ',')} to account ${IBN(iban(pick(['TR', 'AE'])))} held by ${EN(h, 'IF')}. Please request records from ${pick(['Kaspi Bank', 'Halyk Bank', 'Emirates NBD', 'Ziraat Bankası'])} by ${enDateLong(revent(2024, 2025))}.`;
});
pos('en', 'latn', 'case study narrative', () => {
  const v = caEn({ female: true });
  const r = caEn();
  const h = caEn({ female: false });
  return T`Case study ${ri(1, 40)}: ${EN(v, 'I')}, aged ${ri(17, 30)}, grew up in a village near ${pick(['Kyzylorda', 'Talas', 'Osh', 'Aral', 'Naryn', 'Nukus', 'Kulob', 'Mary'])}. After her father died, ${EN(v, 'I')} accepted an offer from ${EN(r, 'I')}, a neighbour, to work in ${pick(EN_DEST)}. ${EN(r, 'I')} paid for the ticket and took her passport "for safekeeping". ${EN(v, 'I')} eventually escaped with the help of ${EN(h, 'I')}, a taxi driver, and called the hotline run by ${pick(['IOM', 'Sana Sezim', 'the embassy'])}.`;
});
pos('en', 'latn', 'instagram profile', () => {
  const p = enPerson(pick(['ca', 'ca', 'tr']));
  return T`Instagram profile ${HD(handleFor(p.given, p.sur, 'at'))} ("${EN(p, 'IF')} | Work abroad"): "Legal jobs in ${pick(EN_DEST)}! Hotels, cafes, factories. Free visa support. DM or WhatsApp ${PH(phone(pick(['kz', 'kg', 'uz', 'tr'])))}. Send your CV and a full-length photo to ${EM(emailFor(p.given, p.sur, 'int'))}." ${ri(2, 90)}k followers, ${ri(20, 900)} posts.`;
});
pos('en', 'latn', 'Korea worker', () => {
  const v = caEn({ female: false, eth: pick(['uz', 'kg', 'kz']) });
  const k = enPerson('kor');
  const kr = krAddr(true);
  const dob = rdob(1982, 2002);
  return T`${EN(v, 'IF')} entered Korea on a tourist visa arranged by a broker in ${pick(['Tashkent', 'Bishkek', 'Almaty'])}. He worked at a plant owned by ${EN(k, 'IF')} and lived in a container dormitory at ${ADR(kr.addr)}, ${kr.city}. His alien registration number is ${NID(makeRRN(dob, false, true, chance(0.2)))}; his Korean phone is ${PH(phone('kr'))}.`;
});
pos('en', 'latn', 'Russia labour', () => {
  const v = caEn({ female: false, eth: pick(['tj', 'uz', 'kg']) });
  const b = enPerson('ru');
  const dob = rdob(1975, 2003);
  return T`${EN(v, 'IF')}, born ${BD(enDateLong(dob))}, worked at a warehouse at ${ADR(ruAddrLatin())}, Moscow, from ${EN_MON[ri(0, 11)]} ${yr()}. The foreman, ${EN(b, 'IF')}, confiscated his passport (${PAS(passEth(v.eth))}) and deducted "fines" from his salary. Russian phone number used: ${PH(phone('ru'))}.`;
});
pos('en', 'latn', 'lowercase chat', () => {
  const a = caEn({ female: true });
  const b = caEn({ female: true });
  const c = enPerson(pick(['tr', 'arab', 'ca']));
  const an = a.given.toLowerCase();
  const bn = b.given.toLowerCase();
  return T`${P(an)}: where r u?? ur mum keeps calling me\n${P(bn)}: at ${P(c.given.toLowerCase())}'s flat, he wont give my passport back\n${P(an)}: send me the address im going to the police\n${P(bn)}: ${ADR(pick([aeAddrStr, trAddrStr])().toLowerCase())}\n${P(an)}: whats his number\n${P(bn)}: ${PH(phone(pick(['ae', 'tr'])))}`;
});
pos('en', 'latn', 'nickname recruiter', () => {
  const r = enPerson(pick(['ca', 'ru', 'tr']));
  const y = yr();
  return T`The recruiter known as "${P(pick(LAT_NICKS))}" has been identified as ${EN(r, 'IF')}. Between ${y - 1} and ${y} ${r.female ? 'she' : 'he'} placed adverts through the account ${HD(handleFor(r.given, r.sur, pick(['at', 'insta'])))} and used the numbers ${PH(phone(pick(['kz', 'kg'])))} and ${PH(phone(pick(['ae', 'tr'])))}.`;
});
pos('en', 'latn', 'hotline call log', () => {
  const c = caEn({ female: true });
  const v = caEn({ female: true, eth: c.eth });
  v.sur = c.sur;
  const dob = rdob(1998, 2006);
  const useTr = chance(0.5);
  const [tc, td] = trPlace();
  const ae = pick(AE_AREAS);
  const where = useTr ? T`${ADR(trAddrStr())}, ${td}, ${tc}` : T`${ADR(aeAddrStr())}, ${ae[0]}, ${ae[1]}`;
  return T`Hotline call log #${ri(100, 9999)} (${dmy(revent())} ${hm()})\nCaller: ${EN(c, 'IF')}, mother of the presumed victim\nCaller's number: ${PH(phoneEth(c.eth))}\nVictim: ${EN(v, 'IF')}, DOB ${BD(enDob(dob))}\nBelieved location: ${where}\nAction: referred to ${pick(['IOM', 'the embassy', 'the police liaison officer'])}.`;
});
pos('en', 'latn', 'embassy note', () => {
  const p = caEn();
  const dob = rdob(1970, 2005);
  const ctry = {
    kz: 'Kazakhstan',
    kor: 'Kazakhstan',
    uyg: 'Kazakhstan',
    kg: 'Kyrgyzstan',
    uz: 'Uzbekistan',
    tj: 'Tajikistan',
    tm: 'Turkmenistan',
    ru: 'Kazakhstan',
  }[p.eth];
  return T`Embassy of the Republic of ${ctry} in ${pick(['Abu Dhabi', 'Ankara', 'Seoul', 'Moscow'])}. Note Verbale No. ${ri(10, 999)}/${yr()}.\nThe Embassy kindly requests assistance in locating ${p.female ? 'Ms' : 'Mr'} ${EN(p, 'IF')}, born ${BD(enDob(dob))}, holder of passport ${PAS(passEth(p.eth))}. Relatives can be contacted at ${PH(phoneEth(p.eth))} or ${EM(emailFor(p.given, p.sur, 'int'))}.`;
});
pos('en', 'latn', 'phone extraction', () => {
  const a = caEn({ female: true });
  const b = enPerson(pick(['arab', 'tr']));
  const nick = pick(LAT_NICKS);
  const c = caEn();
  return T`Forensic extraction report – contacts (device: ${pick(['Samsung Galaxy A12', 'iPhone 11', 'Redmi Note 9', 'Tecno Spark 8'])})\nName | Number | Note\n${P(nick)} | ${PH(phone(pick(['ae', 'tr'])))} | recruiter\n${EN(a, 'I')} Dubai | ${PH(phone('ae'))} | victim?\n${EN(b, 'IF')} | ${PH(phone(pick(['ae', 'tr'])))} | employer\n${EN(c, 'IF')} | ${PH(phoneEth(c.eth))} | driver, "${HD(handleFor(c.given, c.sur, 'at'))}" on Telegram`;
});
pos('en', 'latn', 'Turkey workshop', () => {
  const v = caEn({ female: true, eth: pick(['uz', 'tm', 'kg']) });
  const o = enPerson('tr');
  const [tc, td] = trPlace();
  return T`${EN(v, 'IF')} was found working at a textile workshop at ${ADR(trAddrStr())}, ${td}, ${tc}. Her foreigner identification number is ${NID(makeYKN())}. The workshop owner, ${EN(o, 'IF')}, received payments into ${IBN(iban('TR'))}. Her sister in ${pick(['Mary', 'Osh', 'Nukus', 'Termez'])} can be reached on ${PH(phoneEth(v.eth))}.`;
});

// EN negatives
negT('en', 'latn', 'report statistics', () => {
  const y = yr();
  return T`According to the ${pick(['UNODC Global Report on Trafficking in Persons', 'US TIP Report', 'OSCE annual review'])}, ${pct()} of victims detected in Central Asia in ${y} were women and ${pct()} were children. Kazakhstan reported ${ri(40, 200)} cases, Kyrgyzstan ${ri(10, 90)} and Uzbekistan ${ri(100, 500)}. Convictions under Article 128 of the Criminal Code of Kazakhstan rose by ${pct()} compared with ${y - 1}.`;
});
negT('en', 'latn', 'court docket', () => {
  const lines = [0, 1, 2].map(
    () =>
      `${pad(ri(9, 16))}:${pick(['00', '30'])} Case No. ${pick(['1', '2'])}-${ri(100, 9999)}/${yr()} – Art. ${pick(['128', '171', '135', '130.1'])} – Courtroom ${ri(1, 12)}`,
  );
  return T`Hearing list for ${enDateLong(revent(2022, 2025))}, ${pick(['Specialised Inter-district Criminal Court of Almaty', 'Oktyabrsky District Court, Bishkek', 'Dubai Court of First Instance', 'Suwon District Court'])}:\n${lines.join('\n')}\nParties must bring identity documents.`;
});
negT('en', 'latn', 'universities and landmarks', () => {
  return T`The ${pick(['regional conference', 'training of trainers', 'summer school'])} on safe migration was hosted by ${pick(['Al-Farabi Kazakh National University', 'Nazarbayev University', 'Zayed University', 'the American University of Central Asia', 'Jusup Balasagyn Kyrgyz National University'])} on ${enDateLong(revent(2022, 2025))}. Participants visited Abai Square, the Amir Temur Museum and the Ismoili Somoni monument, and ended the day with a walk along Sheikh Zayed Road.`;
});
negT('en', 'latn', 'law text', () => {
  return T`UAE Federal Law No. 51 of 2006 on Combating Human Trafficking Crimes, as amended by Federal Law No. 1 of 2015, provides for imprisonment of not less than five years. The Palermo Protocol (2000) defines trafficking by reference to the act, the means and the purpose. Article 171 of the Criminal Code of the Kyrgyz Republic and Article 130.1 of the Criminal Code of Tajikistan contain comparable provisions. In ${yr()}, ${ri(10, 90)} cases were prosecuted under these provisions in ${pick(['Kazakhstan', 'Kyrgyzstan', 'the UAE', 'Tajikistan'])}.`;
});
negT('en', 'latn', 'flights and companies', () => {
  return T`Between ${EN_MON[ri(0, 5)]} and ${EN_MON[ri(6, 11)]} ${yr()}, ${pick(['Al Noor General Trading LLC', 'Golden Sands Manpower Supply', 'Hanil Agro Co., Ltd.', 'Silk Way Recruitment LLP'])} (trade licence No. ${digits(6)}) bought ${ri(20, 200)} tickets on flights ${flight()} and ${flight()}, paying a total of AED ${thousands(ri(50, 900) * 1000, ',')}. The company's licence was suspended on ${enDateLong(revent())}.`;
});
negT('en', 'latn', 'place names', () => {
  return T`Most presumed victims came from ${pick(['Mary and Dashoguz', 'Mary and Turkmenabat', 'Dashoguz and Balkanabat'])} in Turkmenistan, ${pick(['Talas, Osh and Batken', 'Osh, Naryn and Talas', 'Batken and Jalal-Abad'])} in Kyrgyzstan, and ${pick(['Kyzylorda and Aral', 'Turkistan and Kyzylorda', 'Aral and Zhezkazgan'])} in Kazakhstan. Recruiters also operated in ${pick(['Khujand and Kulob', 'Bokhtar and Kulob', 'Nukus and Termez'])}. Transit hubs included Almaty, Tashkent and Manas International Airport, which handled ${pct()} of recorded departures in ${yr()}.`;
});
negT('en', 'latn', 'programme and hotline', () => {
  return T`Under the Employment Permit System (EPS), the E-9 quota for ${yr()} was set at ${thousands(ri(50, 165) * 1000, ',')} workers. Migrants in Korea can call the Immigration Contact Center on 1345 or the labour hotline 1350; interpretation is available in Uzbek, Kyrgyz and Russian. In Kazakhstan the national hotline 111 operates around the clock.`;
});
negT('en', 'latn', 'grant budget', () => {
  return T`Project budget: USD ${thousands(ri(100, 900) * 1000, ',')} (${pct()} from the European Union, the rest from ${pick(['USAID', 'the UK FCDO', 'the Government of Japan'])}). Activities: ${ri(10, 40)} trainings for border guards at Zhibek Zholy, Ak-Zhol and Fotehobod crossings; ${ri(2, 6)} shelters supported; helpline upgrade. Reporting deadline: ${enDateLong(revent(2024, 2026))}.`;
});

// ---------------------------------------------------------------------------
// Additional templates (plates, Russian internal passports, IBAN lists, e-mail)
// ---------------------------------------------------------------------------
pos('ru', 'cyrl', 'scene inspection', () => {
  const d = ruPerson({ eth: 'ru', female: false });
  const x = ruPerson({ eth: 'uz', female: true });
  const y = ruPerson({ eth: pick(['uz', 'tj']), female: true });
  const a = ruAddress('ru');
  const dob = rdob(1965, 1998);
  const iss = revent(2010, 2020);
  return T`ПРОТОКОЛ ОСМОТРА МЕСТА ПРОИСШЕСТВИЯ\nг. ${a.city}, ${dmy(revent(2021, 2024))}\n\nОсмотрен автомобиль ${pick(['Ford Transit', 'ГАЗель Next', 'Hyundai H-1', 'Volkswagen Crafter'])}, г.р.з. ${PL(plate('ru'))}, припаркованный по адресу: ${ADR(a.addr)}. Водитель — ${RN(d, 'FIO')}, ${BD(dmy(dob))} г.р., паспорт гражданина РФ ${PAS(chance(0.6) ? passRUint() : passRUintPlain())}, выдан ${pick(['ОУФМС России по г. Москве', 'ГУ МВД России по Новосибирской области', 'ТП УФМС России по Республике Татарстан'])} ${dmy(iss)}, код подразделения ${digits(3)}-${digits(3)}. В салоне обнаружены паспорта граждан Республики Узбекистан на имя ${RN(x, 'FI', 'gen')} (${PAS(passUZ())}) и ${RN(y, 'FI', 'gen')} (${PAS(passFor(COUNTRY_OF[y.eth]).no)}), а также банковская карта № ${CRD(card('ru', 'space', chance(0.3)))}.`;
});
pos('en', 'latn', 'Korean police report', () => {
  const s = enPerson('kor');
  const v = caEn({ female: true, eth: pick(['uz', 'kg', 'kz']) });
  const dob = rdob(1960, 1990);
  const kr = krAddr(false);
  return T`${pick(['Ansan Danwon', 'Hwaseong Seobu', 'Gimhae Jungbu', 'Pyeongtaek'])} Police Station – incident report ${yr()}-${digits(5)}\nSuspect: ${EN(s, 'IF')} (resident registration no. ${NID(makeRRN(dob, s.female, false, chance(0.2)))})\nVehicle: ${pick(['Hyundai Porter II', 'Kia Bongo III', 'Hyundai Grand Starex'])}, plate ${PL(plate('kr'))}\nPremises: ${ADR(kr.addr)}, ${kr.city}\nVictim: ${EN(v, 'IF')}, ${EN_NAT[v.eth]}, E-9 worker, phone ${PH(phone('kr'))}\nSummary: wages for ${ri(3, 14)} months unpaid; passport and bank book kept by the suspect.`;
});
pos('kk', 'cyrl', 'payment request letter', () => {
  const r = kkPerson();
  const v = kkPerson({ female: true, kazakhOnly: true });
  const lr = latPerson(r, TR_KKL);
  return T`Құрметті ${KN(v, 'I')}!\n«${pick(['Алтын Сапар', 'Ұлы Дала Тур', 'Азия Кадр Сервис'])}» ЖШС сізді ${pick(KK_DEST).loc} жұмысқа қабылдауға дайын. Визаны рәсімдеу үшін ${thousands(ri(10, 60) * 10000)} теңгені төмендегі шотқа аударыңыз:\nАлушы: ${KN(r, 'FIO')}\nIBAN: ${IBN(iban('KZ', chance(0.2)))}\nТөлем туралы түбіртекті ${EM(emailFor(lr.given, lr.sur, 'kz'))} мекенжайына жіберіңіз.\nҚұрметпен, менеджер ${KN(r, 'I')}`;
});
pos('uz', 'cyrl', 'vehicle (cyrillic)', () => {
  const o = uzPerson();
  const dr = uzPerson({ female: false });
  return T`${PL(plate('uz'))} давлат рақамли ${pick(['Chevrolet Damas', 'Chevrolet Cobalt', 'Isuzu'])} автомашинаси ${UNC(o, 'FIO', 'gen')} номига рўйхатдан ўтган. Ушбу машинада ${dmy(revent())} кечаси ${ri(2, 8)} нафар қиз «${pick(['Ойбек', 'Яллама'])}» чегара постига олиб келинган. Ҳайдовчи — ${UNC(dr, 'IF')}, телефони ${PH(uzPh())}, электрон почтаси ${EM(emailFor(dr.given, dr.sur, 'uz'))}.`;
});
pos('tr', 'latn', 'suspicious accounts report', () => {
  const rows = [0, 1, 2].slice(0, ri(2, 3)).map(() => {
    const h = chance(0.5) ? trPerson() : trCaPerson();
    return T`${TN(h, 'CAPS')} | ${IBN(iban('TR', chance(0.15), pick(['compact', 'group'])))} | ${thousands(ri(10, 900) * 1000, '.')} TL`;
  });
  return T`MASAK şüpheli işlem bildirimi (ek liste)\nHesap sahibi | IBAN | Toplam giriş\n${J('\n', rows)}\nNot: Hesaplara ${pick(['Kazakistan', 'Kırgızistan', 'Özbekistan'])} kaynaklı ${ri(20, 200)} havale yapılmıştır.`;
});
pos('ky', 'cyrl', 'agency contract', () => {
  const r = kyPerson();
  const v = kyPerson({ female: true });
  const lr = latPerson(r);
  const dob = rdob(1996, 2005);
  return T`ЭМГЕК КЕЛИШИМИ (көчүрмө)\nЖумушка жөнөтүүчү: ${YN(r, 'FIO')}, тел. ${PH(kyPh())}, e-mail ${EM(emailFor(lr.given, lr.sur, 'kg'))}\nИшчи: ${YN(v, 'FIO')}, ${BD(dmy(dob))}-ж. туулган, паспорт ${PAS(kyPass())}\nИш орду: ${pick(KY_DEST).nom}, ${pick(['тигүү цехи', 'кафе', 'мейманкана'])}\nАлдын ала төлөм ${thousands(ri(20, 90) * 1000)} сом ${CRD(card('kg', 'space', chance(0.3)))} картасына которулат.`;
});
pos('tg', 'cyrl', 'agency receipt', () => {
  const r = tgPerson();
  const v = tgPerson({ female: chance(0.5) });
  const lr = latPerson(r);
  return T`Расиди пардохт № ${ri(100, 9999)}\nАз: ${GN(v, 'FIO')}\nБа: ${GN(r, 'IF')} (агентии «${pick(['Сафар Плюс', 'Кор дар Русия', 'Ориён Тур'])}»)\nБарои: виза ва чипта ба ${pick(TG_DEST)}\nМаблағ: ${thousands(ri(3, 30) * 1000)} сомонӣ\nКорт: ${CRD(card('tj', pick(['space', 'mask4']), chance(0.25)))}\nТамос: ${PH(tgPh())}, ${EM(emailFor(lr.given, lr.sur, 'tj'))}`;
});

// ---------------------------------------------------------------------------
// Build the set
// ---------------------------------------------------------------------------
const LANGS = ['ru', 'kk', 'uz', 'ky', 'tg', 'tr', 'en'];
const PER_LANG = 100;
const NEG_PER_LANG = 17;
const MIN_SNIPPETS = 650;
const MIN_NEGATIVES = 110;
const MIN_TEMPLATES = 150;

function verifySnippet(s, tplKey) {
  const spans = s.spans.slice().sort((a, b) => a.start - b.start || a.end - b.end);
  let lastEnd = 0;
  for (const sp of spans) {
    if (!(Number.isInteger(sp.start) && Number.isInteger(sp.end))) throw new Error(`${tplKey}: non-integer offsets`);
    if (!(sp.start >= 0 && sp.start < sp.end && sp.end <= s.text.length))
      throw new Error(`${tplKey}: bad bounds ${JSON.stringify(sp)}`);
    if (sp.start < lastEnd) throw new Error(`${tplKey}: overlapping spans at ${sp.start}`);
    if (s.text.slice(sp.start, sp.end) !== sp.value)
      throw new Error(`${tplKey}: slice mismatch [${s.text.slice(sp.start, sp.end)}] vs [${sp.value}]`);
    if (!TYPES.includes(sp.type)) throw new Error(`${tplKey}: bad type ${sp.type}`);
    lastEnd = sp.end;
  }
  if (/undefined|NaN|\[object|null/.test(s.text)) throw new Error(`${tplKey}: suspicious text: ${s.text}`);
  return spans;
}

function build() {
  const out = [];
  const seen = new Set();
  const usedTemplates = new Set();
  for (const lang of LANGS) {
    const posT = TPL.filter((t) => t.lang === lang && !t.neg);
    const negTs = TPL.filter((t) => t.lang === lang && t.neg);
    if (!posT.length || !negTs.length) throw new Error('no templates for ' + lang);
    const plan = [];
    const fill = (list, n) => {
      let order = [];
      for (let i = 0; i < n; i++) {
        if (!order.length) order = shuffle(list);
        plan.push(order.pop());
      }
    };
    fill(negTs, NEG_PER_LANG);
    fill(posT, PER_LANG - NEG_PER_LANG);
    for (const t of plan) {
      let snip = null;
      for (let attempt = 0; attempt < 50 && !snip; attempt++) {
        USED_GIVEN.clear();
        const f = t.fn();
        if (seen.has(f.text)) continue;
        if (t.neg && f.spans.length) throw new Error(`${t.key}: negative template produced spans`);
        if (!t.neg && !f.spans.length) throw new Error(`${t.key}: positive template produced no spans`);
        seen.add(f.text);
        snip = { lang, script: t.script, text: f.text, spans: f.spans, key: t.key };
      }
      if (!snip) throw new Error(`${t.key}: could not produce a unique snippet`);
      usedTemplates.add(t.key);
      out.push(snip);
    }
  }
  const all = shuffle(out);
  const lines = [];
  all.forEach((s, i) => {
    const spans = verifySnippet(s, s.key);
    const rec = {
      id: `h19-${pad(i + 1, 4)}`,
      language: s.lang,
      script: s.script,
      text: s.text,
      spans: spans.map((sp) => ({ start: sp.start, end: sp.end, type: sp.type })),
    };
    lines.push(JSON.stringify(rec));
  });
  return { all, lines, usedTemplates };
}

const { all, lines, usedTemplates } = build();

// global checks
const negCount = all.filter((s) => s.spans.length === 0).length;
if (all.length < MIN_SNIPPETS) throw new Error(`only ${all.length} snippets`);
if (negCount < MIN_NEGATIVES) throw new Error(`only ${negCount} negatives`);
if (usedTemplates.size < MIN_TEMPLATES) throw new Error(`only ${usedTemplates.size} templates used`);
const typeCounts = Object.fromEntries(TYPES.map((t) => [t, 0]));
for (const s of all) for (const sp of s.spans) typeCounts[sp.type]++;
for (const t of TYPES) if (!typeCounts[t]) throw new Error(`no spans of type ${t}`);

// re-verify from the serialised form
for (const line of lines) {
  const r = JSON.parse(line);
  for (const sp of r.spans) {
    if (!(sp.start >= 0 && sp.start < sp.end && sp.end <= r.text.length))
      throw new Error(`${r.id}: bad span after serialisation`);
  }
}

const outPath = path.resolve(__dirname, '..', 'test', 'fixtures', 'anonymizer-heldout-19.jsonl');
fs.mkdirSync(path.dirname(outPath), { recursive: true });
fs.writeFileSync(outPath, lines.join('\n') + '\n', 'utf8');

const langCounts = {};
const scriptCounts = {};
for (const s of all) {
  langCounts[s.lang] = (langCounts[s.lang] || 0) + 1;
  const k = `${s.lang}/${s.script}`;
  scriptCounts[k] = (scriptCounts[k] || 0) + 1;
}
console.log(`wrote ${outPath}`);
console.log(
  `snippets: ${all.length}, negatives: ${negCount}, templates registered: ${TPL.length}, templates used: ${usedTemplates.size}`,
);
console.log('spans per type:', JSON.stringify(typeCounts));
console.log('per language:', JSON.stringify(langCounts));
console.log('per language/script:', JSON.stringify(scriptCounts));
