/* eslint-disable */
/**
 * Held-out evaluation batch 14 for the personal-data anonymizer.
 *
 * Deterministic: a seeded PRNG (mulberry32) drives every choice; no network,
 * only node's standard library. Offsets are computed while the text is
 * assembled (UTF-16 code units, end exclusive) and re-checked before writing.
 * All names, numbers and addresses are invented.
 *
 *   npx tsx scripts/generate-anonymizer-heldout-14.ts
 *   -> test/fixtures/anonymizer-heldout-14.jsonl
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

// ---------------------------------------------------------------------------
// PRNG and small helpers
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
const rnd = mulberry32(0x14a11ce5);
const int = (a: number, b: number): number => a + Math.floor(rnd() * (b - a + 1));
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
const chance = (p: number): boolean => rnd() < p;
function shuffle<T>(xs: readonly T[]): T[] {
  const a = xs.slice();
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}
function sample<T>(xs: readonly T[], k: number): T[] {
  return shuffle(xs).slice(0, k);
}
const pad = (n: number, w: number): string => String(n).padStart(w, '0');
const digs = (n: number): string => {
  let s = '';
  for (let i = 0; i < n; i++) s += String(int(0, 9));
  return s;
};
const digsNZ = (n: number): string => String(int(1, 9)) + digs(n - 1);
const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** picks items from a pool in shuffled rounds, so each one is used evenly */
function cycler<T>(xs: readonly T[]): () => T {
  let q: T[] = [];
  return () => {
    if (q.length === 0) q = shuffle(xs);
    return q.pop() as T;
  };
}

// ---------------------------------------------------------------------------
// Pieces, entities and assembly
// ---------------------------------------------------------------------------
type EType =
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
const ETYPES: EType[] = [
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
interface Ent {
  readonly __e: true;
  t: EType;
  v: string;
}
type Piece = string | number | Ent | null | undefined | false | Piece[];
const E = (t: EType, v: string): Ent => ({ __e: true, t, v });
const isEnt = (x: unknown): x is Ent => !!x && typeof x === 'object' && !Array.isArray(x) && (x as Ent).__e === true;
const PER = (v: string): Ent => E('PERSON', v);

/** tagged template: interleaves literal text with pieces */
function S(strs: TemplateStringsArray, ...vals: Piece[]): Piece[] {
  const out: Piece[] = [];
  strs.forEach((s, i) => {
    out.push(s);
    if (i < vals.length) out.push(vals[i]);
  });
  return out;
}
function J(sep: string, parts: Piece[]): Piece[] {
  const out: Piece[] = [];
  parts.forEach((p, i) => {
    if (i) out.push(sep);
    out.push(p);
  });
  return out;
}
/** maps every literal and every entity value through f (script conversion) */
function mapText(p: Piece, f: (s: string) => string): Piece {
  if (p == null || p === false) return p;
  if (Array.isArray(p)) return p.map((x) => mapText(x, f));
  if (isEnt(p)) return E(p.t, f(p.v));
  return f(String(p));
}
/** lower-cases an entity value (chat style) */
const lowerEnt = (e: Ent): Ent => E(e.t, e.v.toLowerCase());

interface Span {
  start: number;
  end: number;
  type: EType;
}
function assemble(p: Piece): { text: string; spans: Span[]; values: string[] } {
  let text = '';
  const spans: Span[] = [];
  const values: string[] = [];
  const walk = (x: Piece): void => {
    if (x == null || x === false) return;
    if (Array.isArray(x)) {
      x.forEach(walk);
      return;
    }
    if (isEnt(x)) {
      const start = text.length;
      text += x.v;
      spans.push({ start, end: text.length, type: x.t });
      values.push(x.v);
      return;
    }
    text += String(x);
  };
  walk(p);
  return { text, spans, values };
}

// ---------------------------------------------------------------------------
// Checksums and identifiers (all fictional)
// ---------------------------------------------------------------------------
function luhnComplete(partial: string): string {
  // partial has length n-1; returns partial + check digit
  let sum = 0;
  const ds = partial.split('').map(Number);
  for (let i = 0; i < ds.length; i++) {
    let d = ds[ds.length - 1 - i];
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return partial + String((10 - (sum % 10)) % 10);
}
function luhnValid(s: string): boolean {
  const ds = s.replace(/\D/g, '').split('').map(Number);
  let sum = 0;
  for (let i = 0; i < ds.length; i++) {
    let d = ds[ds.length - 1 - i];
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}
const CARD_PREFIXES = [
  '440043',
  '440563',
  '400303',
  '539545',
  '516949',
  '441253', // KZ banks
  '860031',
  '860049',
  '986010',
  '986035', // Uzcard, Humo
  '220220',
  '220070',
  '427638',
  '553691',
  '437772', // RU
  '941712',
  '417960', // KG (Elcart and Visa)
  '479795',
  '540061',
  '552608', // TR
  '522348',
  '486545', // AE/TJ Visa-MC
];
function cardNumber(prefix?: string): string {
  const p = prefix ?? pick(CARD_PREFIXES);
  return luhnComplete(p + digs(15 - p.length));
}
function formatCard(n: string): string {
  const g = n.match(/.{4}/g) as string[];
  const r = rnd();
  if (r < 0.55) return g.join(' ');
  if (r < 0.8) return n;
  if (r < 0.92) return g.join('-');
  return g.join('  ').replace(/  /g, ' ');
}

function mod97(s: string): number {
  let r = 0;
  for (const ch of s) {
    const v = /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch;
    for (const d of v) r = (r * 10 + Number(d)) % 97;
  }
  return r;
}
function ibanFrom(cc: string, bban: string): string {
  const chk = 98 - mod97(bban + cc + '00');
  return cc + pad(chk, 2) + bban;
}
function ibanValid(iban: string): boolean {
  const s = iban.replace(/\s/g, '').toUpperCase();
  return mod97(s.slice(4) + s.slice(0, 4)) === 1;
}
type IbanCC = 'KZ' | 'TR' | 'AE' | 'PL' | 'GE' | 'AZ';
function ibanNumber(cc: IbanCC): string {
  switch (cc) {
    case 'KZ':
      return ibanFrom(
        'KZ',
        pick(['722', '601', '998', '856', '949', '826', '914', '551']) + (chance(0.5) ? 'C' + digs(12) : digs(13)),
      );
    case 'TR':
      return ibanFrom(
        'TR',
        pick(['00010', '00012', '00062', '00064', '00046', '00067', '00015', '00111']) + '0' + digs(16),
      );
    case 'AE':
      return ibanFrom('AE', pick(['026', '033', '035', '030', '046', '050']) + digs(16));
    case 'PL':
      return ibanFrom('PL', pick(['10201026', '11402004', '10501445', '12401037', '24901044']) + digs(16));
    case 'GE':
      return ibanFrom('GE', pick(['BG', 'TB', 'LB']) + digs(16));
    case 'AZ':
      return ibanFrom('AZ', pick(['NABZ', 'AIIB', 'PAHA', 'IBAZ']) + digs(20));
  }
}
function formatIban(s: string): string {
  const r = rnd();
  let out = s;
  if (r < 0.45) out = (s.match(/.{1,4}/g) as string[]).join(' ');
  if (chance(0.12)) out = out.toLowerCase();
  return out;
}

interface DateT {
  y: number;
  m: number;
  d: number;
}
const daysIn = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate();
function randDate(y1: number, y2: number): DateT {
  const y = int(y1, y2);
  const m = int(1, 12);
  return { y, m, d: int(1, daysIn(y, m)) };
}
const birth = (): DateT => randDate(1968, 2006);
const eventDate = (): DateT => randDate(2019, 2024);
const dmy = (d: DateT, sep = '.'): string => pad(d.d, 2) + sep + pad(d.m, 2) + sep + d.y;
const iso = (d: DateT): string => d.y + '-' + pad(d.m, 2) + '-' + pad(d.d, 2);

/** Kazakh IIN: YYMMDD + century/sex digit + 4 digits + check digit */
function kzIIN(d: DateT, female: boolean, corrupt = false): string {
  for (;;) {
    const c = d.y < 2000 ? (female ? 4 : 3) : female ? 6 : 5;
    const base = pad(d.y % 100, 2) + pad(d.m, 2) + pad(d.d, 2) + c + digs(4);
    const ds = base.split('').map(Number);
    let k = ds.reduce((s, x, i) => s + x * (i + 1), 0) % 11;
    if (k === 10) {
      const w = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2];
      k = ds.reduce((s, x, i) => s + x * w[i], 0) % 11;
      if (k === 10) continue;
    }
    return base + (corrupt ? String((k + int(1, 9)) % 10) : String(k));
  }
}
/** Kyrgyz PIN: sex digit (1 f, 2 m) + DDMMYYYY + 5 digits */
const kgPIN = (d: DateT, female: boolean): string => (female ? '1' : '2') + pad(d.d, 2) + pad(d.m, 2) + d.y + digs(5);
/** Uzbek PINFL: century/sex + DDMMYY + district + serial + 7-3-1 check digit */
function uzPINFL(d: DateT, female: boolean, corrupt = false): string {
  const c = d.y < 2000 ? (female ? 4 : 3) : female ? 6 : 5;
  const base =
    String(c) +
    pad(d.d, 2) +
    pad(d.m, 2) +
    pad(d.y % 100, 2) +
    pick(['262', '263', '301', '302', '309', '314', '318', '324', '327', '330']) +
    digs(3);
  const w = [7, 3, 1];
  const k =
    base
      .split('')
      .map(Number)
      .reduce((s, x, i) => s + x * w[i % 3], 0) % 10;
  return base + (corrupt ? String((k + int(1, 9)) % 10) : String(k));
}
/** Turkish T.C. kimlik no */
function trTC(corrupt = false): string {
  const ds = [int(1, 9), ...digs(8).split('').map(Number)];
  const odd = ds[0] + ds[2] + ds[4] + ds[6] + ds[8];
  const even = ds[1] + ds[3] + ds[5] + ds[7];
  const d10 = (((odd * 7 - even) % 10) + 10) % 10;
  const d11 = (ds.reduce((a, b) => a + b, 0) + d10) % 10;
  return ds.join('') + d10 + (corrupt ? (d11 + int(1, 9)) % 10 : d11);
}
function trTCValid(s: string): boolean {
  const ds = s.split('').map(Number);
  if (ds.length !== 11 || ds[0] === 0) return false;
  const odd = ds[0] + ds[2] + ds[4] + ds[6] + ds[8];
  const even = ds[1] + ds[3] + ds[5] + ds[7];
  return (((odd * 7 - even) % 10) + 10) % 10 === ds[9] && ds.slice(0, 10).reduce((a, b) => a + b, 0) % 10 === ds[10];
}
/** Russian SNILS: XXX-XXX-XXX YY */
function ruSNILS(): string {
  const n = digsNZ(9);
  const s = n
    .split('')
    .map(Number)
    .reduce((a, x, i) => a + x * (9 - i), 0);
  let c = s < 100 ? s : s === 100 || s === 101 ? 0 : s % 101;
  if (c === 100) c = 0;
  return `${n.slice(0, 3)}-${n.slice(3, 6)}-${n.slice(6, 9)} ${pad(c, 2)}`;
}
/** Russian personal INN (12 digits) */
function ruINN(): string {
  const ds = (pick(['77', '50', '78', '66', '54', '23']) + digs(8)).split('').map(Number);
  const w1 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8];
  const c1 = (ds.reduce((a, x, i) => a + x * w1[i], 0) % 11) % 10;
  ds.push(c1);
  const w2 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8];
  const c2 = (ds.reduce((a, x, i) => a + x * w2[i], 0) % 11) % 10;
  ds.push(c2);
  return ds.join('');
}
const tjINN = (): string => digsNZ(9);

type Cc = 'kz' | 'kg' | 'uz' | 'tj' | 'tm' | 'ru' | 'tr' | 'ae' | 'kr' | 'cn' | 'pl';
function phoneNumber(cc: Cc): string {
  const d = digs;
  switch (cc) {
    case 'kz': {
      const op = pick(['700', '701', '702', '705', '707', '708', '747', '771', '775', '776', '777', '778']);
      return pick([
        () => `+7 ${op} ${d(3)} ${d(2)} ${d(2)}`,
        () => `8 (${op}) ${d(3)}-${d(2)}-${d(2)}`,
        () => `+7${op}${d(7)}`,
        () => `8${op}${d(7)}`,
        () => `+7 (${op}) ${d(3)} ${d(4)}`,
        () => `8-${op}-${d(3)}-${d(2)}-${d(2)}`,
      ])();
    }
    case 'kg': {
      const op = pick([
        '555',
        '557',
        '700',
        '701',
        '702',
        '705',
        '707',
        '770',
        '772',
        '777',
        '999',
        '550',
        '551',
        '220',
        '222',
      ]);
      return pick([
        () => `+996 ${op} ${d(3)} ${d(3)}`,
        () => `0${op} ${d(2)}-${d(2)}-${d(2)}`,
        () => `+996${op}${d(6)}`,
        () => `+996 (${op}) ${d(2)}-${d(2)}-${d(2)}`,
        () => `0 ${op} ${d(3)} ${d(3)}`,
      ])();
    }
    case 'uz': {
      const op = pick(['90', '91', '93', '94', '95', '97', '98', '99', '33', '88', '77']);
      return pick([
        () => `+998 ${op} ${d(3)} ${d(2)} ${d(2)}`,
        () => `+998${op}${d(7)}`,
        () => `+998 (${op}) ${d(3)}-${d(2)}-${d(2)}`,
        () => `+998-${op}-${d(3)}-${d(2)}-${d(2)}`,
      ])();
    }
    case 'tj': {
      const op = pick(['90', '91', '92', '93', '98', '88', '55', '50', '77', '00', '11', '918', '919']);
      if (op.length === 3) return `+992 ${op} ${d(2)} ${d(2)} ${d(2)}`;
      return pick([
        () => `+992 ${op} ${d(3)} ${d(4)}`,
        () => `+992${op}${d(7)}`,
        () => `+992 (${op}) ${d(3)}-${d(2)}-${d(2)}`,
        () => `(+992) ${op} ${d(3)} ${d(2)} ${d(2)}`,
      ])();
    }
    case 'tm': {
      const op = '6' + int(1, 5);
      return pick([
        () => `+993 ${op} ${d(6)}`,
        () => `+993 (${op}) ${d(2)}-${d(2)}-${d(2)}`,
        () => `8 ${op} ${d(6)}`,
      ])();
    }
    case 'ru': {
      const op = '9' + d(2);
      return pick([
        () => `+7 (${op}) ${d(3)}-${d(2)}-${d(2)}`,
        () => `8-${op}-${d(3)}-${d(2)}-${d(2)}`,
        () => `+7 ${op} ${d(3)} ${d(2)} ${d(2)}`,
        () => `8${op}${d(7)}`,
        () => `+7${op}${d(7)}`,
      ])();
    }
    case 'tr': {
      const op =
        '5' +
        pick(['30', '32', '33', '35', '36', '38', '41', '42', '43', '44', '45', '46', '49', '51', '52', '53', '55']);
      return pick([
        () => `+90 ${op} ${d(3)} ${d(2)} ${d(2)}`,
        () => `0 (${op}) ${d(3)} ${d(2)} ${d(2)}`,
        () => `0${op} ${d(3)} ${d(4)}`,
        () => `+90${op}${d(7)}`,
        () => `0${op}-${d(3)}-${d(2)}-${d(2)}`,
      ])();
    }
    case 'ae': {
      const op = '5' + pick(['0', '2', '4', '5', '6', '8']);
      return pick([
        () => `+971 ${op} ${d(3)} ${d(4)}`,
        () => `0${op} ${d(3)} ${d(4)}`,
        () => `+971${op}${d(7)}`,
        () => `+971-${op}-${d(7)}`,
      ])();
    }
    case 'kr':
      return pick([
        () => `+82 10-${d(4)}-${d(4)}`,
        () => `010-${d(4)}-${d(4)}`,
        () => `+82 10 ${d(4)} ${d(4)}`,
        () => `+821${d(9)}`,
      ])();
    case 'cn':
      return pick([
        () => `+86 1${pick(['3', '5', '8'])}${d(1)} ${d(4)} ${d(4)}`,
        () => `+86 13${d(9)}`,
        () => `+86-1${pick(['3', '5', '8'])}${d(1)}-${d(4)}-${d(4)}`,
      ])();
    case 'pl':
      return pick([
        () => `+48 ${pick(['5', '6', '7', '8'])}${d(2)} ${d(3)} ${d(3)}`,
        () => `+48 ${pick(['5', '6', '7'])}${d(2)}-${d(3)}-${d(3)}`,
        () => `+48${pick(['5', '6', '7'])}${d(8)}`,
      ])();
  }
}

type PassKind = 'kz' | 'kzid' | 'kg' | 'uz' | 'tj' | 'tm' | 'ru' | 'ruint' | 'tr' | 'cn' | 'kr';
function passportNumber(k: PassKind): string {
  switch (k) {
    case 'kz':
      return 'N' + digs(8);
    case 'kzid':
      return chance(0.6) ? '0' + digs(8) : digsNZ(9);
    case 'kg':
      return pick(['AC', 'AN', 'ID', 'AC', 'PE']) + digs(7);
    case 'uz': {
      const s = pick(['AA', 'AB', 'AC', 'AD', 'FA', 'AE', 'FK']);
      return chance(0.3) ? `${s} ${digs(7)}` : s + digs(7);
    }
    case 'tj':
      return pick(['A', '4', 'A']) === 'A' ? 'A' + digs(8) : '40' + digs(7);
    case 'tm':
      return pick(['A', 'I-AH ', 'I-MR ']) + digs(6 + int(0, 1));
    case 'ru':
      return pick([
        () => `${digs(2)} ${digs(2)} ${digs(6)}`,
        () => `${digs(4)} ${digs(6)}`,
        () => `${digs(4)} № ${digs(6)}`,
      ])();
    case 'ruint':
      return `${pick(['72', '75', '76', '77'])} ${digs(7)}`;
    case 'tr':
      return pick(['U', 'U', 'S', 'Z']) + digs(8);
    case 'cn':
      return chance(0.5) ? 'E' + digs(8) : pick(['EA', 'EH', 'EG']) + digs(7);
    case 'kr':
      return 'M' + digs(8);
  }
}

type PlateKind = 'kz' | 'ru' | 'kg' | 'uz' | 'tj' | 'tr' | 'ae';
const LAT_PLATE = 'ABCDEFHKLMNOPRSTUXYZ';
const RU_PLATE = 'АВЕКМНОРСТУХ';
const rl = (alpha: string, n: number): string => Array.from({ length: n }, () => pick(alpha.split(''))).join('');
function plateNumber(k: PlateKind): string {
  switch (k) {
    case 'kz':
      return pick([
        () => `${digs(3)} ${rl(LAT_PLATE, 3)} ${pad(int(1, 18), 2)}`,
        () => `${digs(3)}${rl(LAT_PLATE, 3)}${pad(int(1, 18), 2)}`,
        () => `${digs(3)} ${rl(LAT_PLATE, 2)} ${pad(int(1, 18), 2)}`,
      ])();
    case 'ru': {
      const reg = pick(['77', '777', '97', '197', '50', '750', '78', '178', '16', '66', '54', '23', '799']);
      const s = `${rl(RU_PLATE, 1)}${digs(3)}${rl(RU_PLATE, 2)}`;
      return pick([
        () => `${s} ${reg}`,
        () => `${s}${reg}`,
        () => `${s} ${reg}`.toLowerCase(),
        () => `${s[0]} ${s.slice(1, 4)} ${s.slice(4)} ${reg}`,
      ])();
    }
    case 'kg':
      return pick([
        () => `0${int(1, 9)} ${digs(3)} ${rl(LAT_PLATE, 3)}`,
        () => `0${int(1, 9)}KG${digs(3)}${rl(LAT_PLATE, 3)}`,
        () => `0${int(1, 9)} KG ${digs(3)} ${rl(LAT_PLATE, 3)}`,
      ])();
    case 'uz': {
      const reg = pick(['01', '10', '20', '25', '30', '40', '50', '60', '70', '75', '80', '85', '90', '95']);
      return pick([
        () => `${reg} ${rl(LAT_PLATE, 1)} ${digs(3)} ${rl(LAT_PLATE, 2)}`,
        () => `${reg}${rl(LAT_PLATE, 1)}${digs(3)}${rl(LAT_PLATE, 2)}`,
        () => `${reg} ${digs(3)} ${rl(LAT_PLATE, 3)}`,
      ])();
    }
    case 'tj':
      return `${digs(4)} ${rl(LAT_PLATE, 2)} ${pad(int(1, 8), 2)}`;
    case 'tr': {
      const reg = pick(['34', '06', '07', '35', '16', '48', '01', '42', '27', '41']);
      return pick([
        () => `${reg} ${rl(LAT_PLATE, 3)} ${digs(3)}`,
        () => `${reg} ${rl(LAT_PLATE, 2)} ${digs(4)}`,
        () => `${reg} ${rl(LAT_PLATE, 1)} ${digs(4)}`,
        () => `${reg}${rl(LAT_PLATE, 3)}${digs(2)}`,
      ])();
    }
    case 'ae':
      return `${rl('ABCDEFGHIJKLMNOPQRSTUVWXZ', 1)} ${digsNZ(5)}`;
  }
}

// Transliteration (Russian Cyrillic -> Latin) used for e-mails, handles and English names
const TR_EN: Record<string, string> = {
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
  ң: 'n',
  ө: 'o',
  ұ: 'u',
  ү: 'u',
  һ: 'h',
  і: 'i',
  ҳ: 'h',
  ҷ: 'j',
  ӣ: 'i',
  ӯ: 'u',
  ў: 'o',
};
function translitEn(s: string): string {
  let out = '';
  const low = s;
  for (let i = 0; i < low.length; i++) {
    const ch = low[i];
    const lc = ch.toLowerCase();
    const isUp = ch !== lc;
    let t: string;
    if (lc === 'д' && low[i + 1]?.toLowerCase() === 'ж') {
      t = 'j';
      i++;
    } else if (lc === 'е' && (i === 0 || /[аоуэюяеыиъь\s-]/i.test(low[i - 1]))) t = 'ye';
    else if (lc in TR_EN) t = TR_EN[lc];
    else t = ch;
    out += isUp && t ? t.charAt(0).toUpperCase() + t.slice(1) : t;
  }
  return out.replace(/iy\b/g, 'iy');
}
const TR_TR: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'yo',
  ж: 'j',
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
  х: 'h',
  ц: 'ts',
  ч: 'ç',
  ш: 'ş',
  щ: 'şç',
  ъ: '',
  ы: 'ı',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
  ә: 'e',
  ғ: 'ğ',
  қ: 'k',
  ң: 'n',
  ө: 'ö',
  ұ: 'u',
  ү: 'ü',
  і: 'i',
  ҳ: 'h',
  ҷ: 'c',
  ӣ: 'i',
  ӯ: 'u',
};
function translitTr(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    const lc = ch.toLowerCase();
    const isUp = ch !== lc;
    let t: string;
    if (lc === 'д' && s[i + 1]?.toLowerCase() === 'ж') {
      t = 'c';
      i++;
    } else if (lc === 'е' && i > 0 && /[аоуэюяеи]/i.test(s[i - 1])) t = 'ye';
    else t = TR_TR[lc] ?? ch;
    if (isUp && t) t = t === 'i' ? 'İ' : t.charAt(0).toUpperCase() + t.slice(1);
    out += t;
  }
  return out;
}
/** Kazakh Cyrillic -> 2018 Latin alphabet */
const KK_LAT: Record<string, string> = {
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
  щ: 'shch',
  ъ: '',
  ы: 'y',
  і: 'i',
  ь: '',
  э: 'e',
  ю: 'ıý',
  я: 'ıa',
};
function kkLatin(s: string): string {
  let out = '';
  for (const ch of s) {
    const lc = ch.toLowerCase();
    const t = KK_LAT[lc];
    if (t === undefined) out += ch;
    else out += ch !== lc && t ? (t.charAt(0) === 'ı' ? 'I' + t.slice(1) : t.charAt(0).toUpperCase() + t.slice(1)) : t;
  }
  return out;
}
/** Uzbek Latin -> Uzbek Cyrillic */
const UZ_PAIRS: [string, string][] = [
  ["O'", 'Ў'],
  ["o'", 'ў'],
  ['Oʻ', 'Ў'],
  ['oʻ', 'ў'],
  ["G'", 'Ғ'],
  ["g'", 'ғ'],
  ['Gʻ', 'Ғ'],
  ['gʻ', 'ғ'],
  ['Sh', 'Ш'],
  ['sh', 'ш'],
  ['Ch', 'Ч'],
  ['ch', 'ч'],
  ['Yo', 'Ё'],
  ['yo', 'ё'],
  ['Yu', 'Ю'],
  ['yu', 'ю'],
  ['Ya', 'Я'],
  ['ya', 'я'],
  ['Ye', 'Е'],
  ['ye', 'е'],
  ['tsiya', 'ция'],
  ['SH', 'Ш'],
  ['CH', 'Ч'],
  ['YO', 'Ё'],
  ['YU', 'Ю'],
  ['YA', 'Я'],
  ['YE', 'Е'],
  ["O'", 'Ў'],
  ["G'", 'Ғ'],
];
const UZ_MAP: Record<string, string> = {
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
  ʼ: 'ъ',
};
function uzCyr(s: string): string {
  let out = '';
  let i = 0;
  outer: while (i < s.length) {
    for (const [a, b] of UZ_PAIRS) {
      if (s.startsWith(a, i)) {
        out += b;
        i += a.length;
        continue outer;
      }
    }
    const ch = s[i];
    if ((ch === 'e' || ch === 'E') && (i === 0 || !/[A-Za-zʻ'’]/.test(s[i - 1]))) {
      out += ch === 'e' ? 'э' : 'Э';
      i++;
      continue;
    }
    const lc = ch.toLowerCase();
    const m = UZ_MAP[lc];
    out += m === undefined ? ch : ch === lc ? m : m.toUpperCase();
    i++;
  }
  return out;
}
/** Uzbek Latin apostrophe styles and the 1993 alphabet */
type UzStyle = 'ascii' | 'mod' | 'quote' | 'grave' | 'old93';
function uzStyle(s: string, st: UzStyle): string {
  switch (st) {
    case 'ascii':
      return s;
    case 'mod':
      return s.replace(/([OoGg])'/g, '$1ʻ');
    case 'quote':
      return s.replace(/([OoGg])'/g, '$1‘');
    case 'grave':
      return s.replace(/([OoGg])'/g, '$1`');
    case 'old93':
      return s
        .replace(/O'/g, 'Ö')
        .replace(/o'/g, 'ö')
        .replace(/G'/g, 'Ğ')
        .replace(/g'/g, 'ğ')
        .replace(/Sh/g, 'Ş')
        .replace(/sh/g, 'ş')
        .replace(/Ch/g, 'Ç')
        .replace(/ch/g, 'ç');
  }
}

function latinSlug(s: string): string {
  return translitEn(s)
    .toLowerCase()
    .replace(/[ʻ‘`'’]/g, '')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ı/g, 'i')
    .replace(/ş/g, 'sh')
    .replace(/ç/g, 'ch')
    .replace(/ğ/g, 'g')
    .replace(/[^a-z0-9]/g, '');
}
function emailFor(first: string, last: string, yy?: number): string {
  const f = latinSlug(first) || 'user';
  const l = latinSlug(last) || 'mail';
  const y = yy ?? int(70, 99);
  const dom = pick([
    'mail.ru',
    'gmail.com',
    'yandex.ru',
    'inbox.ru',
    'bk.ru',
    'list.ru',
    'outlook.com',
    'yahoo.com',
    'mail.kz',
    'umail.uz',
    'hotmail.com',
    'icloud.com',
    'yandex.kz',
    'rambler.ru',
    'gmail.com',
    'mail.ru',
  ]);
  const local = pick([
    () => `${f}.${l}`,
    () => `${f}${pad(y % 100, 2)}`,
    () => `${f[0]}.${l}`,
    () => `${l}_${f}`,
    () => `${f}_${l}${int(1, 99)}`,
    () => `${f}${l[0]}${pad(y % 100, 2)}`,
    () => `${l}.${f[0]}${int(1, 9)}`,
  ])();
  return `${local}@${dom}`;
}
function handleFor(first: string, last?: string): string {
  const f = latinSlug(first) || 'user';
  const l = latinSlug(last ?? '') || pick(['kz', 'uz', 'kg', 'tj', 'work', 'dxb', 'ist']);
  return pick([
    () => `${f}_${int(85, 99)}`,
    () => `${f}.${l}`,
    () => `${f}_${l}`,
    () => `${f}${l.slice(0, 1)}_official`,
    () => `${pick(['lady', 'miss', 'queen', 'boss', 'mr', 'bro'])}_${f}`,
    () => `${f}${int(1, 999)}`,
    () => `${f}_${pick(['dubai', 'istanbul', 'seoul', 'moscow', 'almaty', 'tashkent'])}`,
    () => `${l}.${f}.${pad(int(0, 99), 2)}`,
  ])();
}

// ---------------------------------------------------------------------------
// Name pools
// ---------------------------------------------------------------------------
interface Pool {
  m: string[];
  f: string[];
  s: string[]; // masculine surname forms
  p: string[]; // masculine patronymics (Russian style)
}
const W = (s: string): string[] => s.trim().split(/\s*,\s*/);

// Russian-Cyrillic spellings, as used in Russian-language documents of the region
const RU_POOLS: Record<string, Pool> = {
  kz: {
    m: W(
      'Ерлан, Нурлан, Бауыржан, Асхат, Даурен, Серик, Ерболат, Жандос, Айдос, Мурат, Арман, Санжар, Алмас, Бекзат, Талгат, Ержан, Дамир, Канат, Мейрам, Абылай, Жанибек, Елдос, Асет, Кайрат, Бахытжан, Ернар, Досым, Мирас, Галым, Нуржан, Айбол, Бахыт, Ерасыл, Темирлан',
    ),
    f: W(
      'Айгерим, Гульнара, Динара, Жанар, Асель, Сауле, Айгуль, Мадина, Камила, Жазира, Томирис, Аружан, Балжан, Гульмира, Дана, Меруерт, Назерке, Акмарал, Салтанат, Жулдыз, Алма, Аяулым, Индира, Карлыгаш, Толкын, Айжан, Жансая, Молдир, Шолпан, Акбота, Роза',
    ),
    s: W(
      'Ахметов, Сарсенбаев, Жумабеков, Нургалиев, Касымов, Абдрахманов, Искаков, Тулеуов, Омаров, Бекмуханбетов, Смагулов, Ермеков, Сейтказиев, Кенжебаев, Байжанов, Мукашев, Утепов, Жаксылыков, Куанышев, Есенов, Нуржанов, Айтбаев, Калиев, Оспанов, Султанбеков, Шаймерденов, Бисенов, Даулетов, Ибраев, Жакупов, Мусин, Амиров, Тлеубердин',
    ),
    p: W(
      'Болатович, Серикович, Муратович, Ерланович, Бахытович, Кайратович, Нурланович, Маратович, Талгатович, Амангельдиевич, Ермекович, Жумабекович, Аскарович, Канатович, Советович, Бауыржанович',
    ),
  },
  kg: {
    m: W(
      'Азамат, Бакыт, Нурбек, Эрлан, Улан, Чынгыз, Айбек, Бекжан, Таалай, Мирлан, Темирлан, Эмиль, Алмаз, Урмат, Жоомарт, Кубанычбек, Эрмек, Адилет, Медер, Бактыбек, Сыймык, Кутман, Тилек, Уран',
    ),
    f: W(
      'Айпери, Бермет, Жылдыз, Айжан, Нургуль, Чолпон, Гульзат, Нуриза, Айзада, Мээрим, Элнура, Бегимай, Акылай, Жазгуль, Айнура, Гульмира, Каныкей, Толгонай, Асель, Назгуль, Эльмира, Кундуз, Айзирек, Сезим, Умут',
    ),
    s: W(
      'Токтогулов, Асанов, Усенов, Абдыкадыров, Сыдыков, Мамытов, Исаков, Осмонов, Турдубаев, Кадыралиев, Жолдошев, Эсенгулов, Чыныбаев, Бейшеналиев, Момунов, Алымкулов, Сатыбалдиев, Кожомбердиев, Абдылдаев, Шаршеев, Токтосунов, Мырзакматов, Бообеков, Эркинбаев, Касымалиев',
    ),
    p: W(
      'Бакытович, Асанович, Эркинович, Токтогулович, Кубанычбекович, Алмазович, Усенович, Маратович, Таалайбекович, Жумабекович, Садырович, Каныбекович',
    ),
  },
  uz: {
    m: W(
      'Жасур, Сардор, Бекзод, Отабек, Шерзод, Дилшод, Акмал, Рустам, Фаррух, Улугбек, Жамшид, Достон, Шохрух, Бехруз, Абдулла, Илхом, Нодир, Анвар, Санжар, Бобур, Ислом, Азизбек, Шухрат, Равшан, Хуршид, Умид, Элёр, Жахонгир, Тимур, Ойбек',
    ),
    f: W(
      'Дилноза, Гулноза, Малика, Нодира, Шахноза, Зарина, Дилфуза, Муниса, Мохинур, Севара, Феруза, Нилуфар, Мадина, Гульчехра, Мафтуна, Камола, Зульфия, Наргиза, Барно, Юлдуз, Дильбар, Шахло, Лола, Гулшан, Мухаббат, Нигора, Умида, Мохира',
    ),
    s: W(
      'Каримов, Рахимов, Юсупов, Тухтаев, Абдуллаев, Кадыров, Эргашев, Холматов, Назаров, Собиров, Мирзаев, Турсунов, Хайдаров, Джураев, Саидов, Исмоилов, Алимов, Умаров, Норматов, Ахмедов, Хасанов, Юлдашев, Рузиев, Маматкулов, Файзуллаев, Усмонов, Шарипов, Азимов, Ганиев, Кучкаров',
    ),
    p: W(
      'Анварович, Рустамович, Шухратович, Баходирович, Умарович, Абдуллаевич, Равшанович, Ильхомович, Тахирович, Алишерович, Хамидович, Ботирович',
    ),
  },
  tj: {
    m: W(
      'Рустам, Фаррух, Шерали, Далер, Бахтиёр, Сиёвуш, Джамшед, Фирдавс, Исмоил, Мансур, Комрон, Сухроб, Парвиз, Зафар, Баходур, Хуршед, Амиршо, Мухаммад, Носир, Азиз, Умед, Манучехр, Рахмат, Абдурахмон, Искандар, Бободжон, Алишер',
    ),
    f: W(
      'Мадина, Нигина, Зарина, Шахло, Гулнора, Манижа, Тахмина, Фарангис, Мехрангез, Дилором, Парвина, Сарвиноз, Гулчехра, Нилуфар, Мунира, Зебо, Гулбахор, Мохира, Рухшона, Фируза, Сабохат, Ситора, Шабнам',
    ),
    s: W(
      'Рахимов, Саидов, Назаров, Шарипов, Кодиров, Рахмонзода, Сафарзода, Давлатов, Мирзоев, Хасанов, Бобоев, Султонов, Нуралиев, Холов, Абдуллозода, Курбонов, Шарифзода, Каримзода, Одинаев, Негматов, Раджабов, Гафуров, Джураев, Ашуров, Файзуллоев, Муродов, Зиёев, Юсуфи, Хакимов',
    ),
    p: W(
      'Саидович, Назарович, Рахмонович, Шарифович, Давлатович, Каримович, Исмоилович, Султонович, Абдуллоевич, Сафарович, Джурахонович',
    ),
  },
  tm: {
    m: W(
      'Мердан, Довлет, Сердар, Максат, Батыр, Мырат, Ровшен, Арслан, Бегенч, Аман, Нурмухаммет, Мекан, Дайанч, Атабай',
    ),
    f: W('Огулджан, Джемал, Айна, Марал, Гозель, Бахар, Айгуль, Лейли, Энеджан, Сульгун, Огулгерек, Мяхри'),
    s: W(
      'Аннаев, Оразов, Бердыев, Курбанов, Ходжамурадов, Мурадов, Атаджанов, Овезов, Байрамов, Чарыев, Реджепов, Аманов, Гельдиев',
    ),
    p: W('Оразович, Бердыевич, Курбанович, Мурадович, Аманович'),
  },
  ug: {
    m: W('Дилмурат, Абдурехим, Мухтар, Эркин, Ильхам, Нурмемет, Турсун, Абдукерим, Ахметжан, Алимжан, Шухрат'),
    f: W('Гульнар, Махире, Патигуль, Рахиля, Зулпия, Малика, Айгуль, Мунира'),
    s: W('Масимов, Исраилов, Розахунов, Ахметжанов, Турсунов, Мамутов, Хамраев, Абдрасулов, Садыров, Нурахунов'),
    p: W('Абдурехимович, Турсунович, Эркинович, Ильхамович'),
  },
  kaa: {
    m: W('Алланазар, Жаксылык, Нурлыбек, Мийирбай, Бахадыр, Айбек, Рустем, Салауат, Ерназар, Нурбай'),
    f: W('Айжамал, Гулнара, Гулзиба, Зийнет, Альбина, Шахзада, Гулайым, Алтынай'),
    s: W(
      'Утемуратов, Калимбетов, Реймов, Жумамуратов, Оразымбетов, Есемуратов, Аймбетов, Бекмуратов, Туремуратов, Дауленов, Сейтмуратов',
    ),
    p: W('Алланазарович, Жаксылыкович, Бахадырович, Ерназарович'),
  },
  ru: {
    m: W(
      'Иван, Сергей, Алексей, Дмитрий, Андрей, Игорь, Николай, Виктор, Григорий, Максим, Евгений, Владимир, Олег, Роман, Артём, Денис, Вадим, Константин',
    ),
    f: W(
      'Ольга, Наталья, Елена, Татьяна, Ирина, Светлана, Анна, Юлия, Марина, Людмила, Надежда, Вера, Любовь, Оксана, Екатерина, Ксения, Дарья, Валентина',
    ),
    s: W(
      'Иванов, Петров, Смирнов, Кузнецов, Соколов, Попов, Лебедев, Козлов, Новиков, Морозов, Волков, Зайцев, Белоусов, Шевченко, Ковальчук, Гришин, Полищук, Воронцов, Крылов, Жуков, Горбунов, Никитин, Ткаченко, Бондаренко, Малиновский, Островский',
    ),
    p: W(
      'Сергеевич, Александрович, Викторович, Николаевич, Владимирович, Петрович, Игоревич, Андреевич, Юрьевич, Олегович, Михайлович, Анатольевич, Геннадьевич',
    ),
  },
  ko: {
    m: W('Виктор, Вячеслав, Эдуард, Александр, Валерий, Геннадий, Роман, Станислав, Олег, Артур'),
    f: W('Елена, Марина, Светлана, Ирина, Ольга, Галина, Анжела, Виктория'),
    s: W('Ким, Пак, Цой, Ли, Тен, Хан, Шин, Югай, Огай, Пегай, Тян, Хван, Нам, Когай, Ни, Де'),
    p: W('Николаевич, Владимирович, Александрович, Михайлович, Борисович, Робертович'),
  },
};
// Foreign nationals (Russian Cyrillic): [first, last, sex]
const RU_FOREIGN: Record<string, [string, string, 'm' | 'f'][]> = {
  trk: [
    ['Мехмет', 'Йылмаз', 'm'],
    ['Айше', 'Кая', 'f'],
    ['Мустафа', 'Демир', 'm'],
    ['Фатма', 'Шахин', 'f'],
    ['Ахмет', 'Челик', 'm'],
    ['Эмине', 'Йылдыз', 'f'],
    ['Хусейн', 'Озтюрк', 'm'],
    ['Зейнеп', 'Айдын', 'f'],
    ['Хасан', 'Арслан', 'm'],
    ['Мурат', 'Кылыч', 'm'],
    ['Кемаль', 'Аксой', 'm'],
    ['Серкан', 'Коч', 'm'],
    ['Бурак', 'Оздемир', 'm'],
    ['Гёкхан', 'Полат', 'm'],
    ['Осман', 'Кара', 'm'],
    ['Юсуф', 'Аслан', 'm'],
    ['Эрдем', 'Шимшек', 'm'],
    ['Хатидже', 'Курт', 'f'],
    ['Рамазан', 'Доган', 'm'],
  ],
  ar: [
    ['Халид', 'аль-Мансури', 'm'],
    ['Омар', 'аль-Фаласи', 'm'],
    ['Рашид', 'ас-Сувейди', 'm'],
    ['Абдулла', 'ан-Нуайми', 'm'],
    ['Юсеф', 'Хаддад', 'm'],
    ['Мариам', 'аль-Кетби', 'f'],
    ['Ахмед', 'аль-Марри', 'm'],
    ['Фатима', 'аль-Хашими', 'f'],
    ['Саид', 'Бин Хамдан', 'm'],
  ],
  pl: [
    ['Томаш', 'Ковальский', 'm'],
    ['Анна', 'Новак', 'f'],
    ['Якуб', 'Вишневский', 'm'],
    ['Катажина', 'Вуйцик', 'f'],
    ['Марек', 'Зелиньский', 'm'],
    ['Агнешка', 'Каминьская', 'f'],
    ['Павел', 'Левандовский', 'm'],
  ],
};
// East Asian names written family name first: [family, given, sex]
const RU_EAST: Record<string, [string, string, 'm' | 'f'][]> = {
  cn: [
    ['Ван', 'Вэй', 'm'],
    ['Ли', 'На', 'f'],
    ['Чжан', 'Лэй', 'm'],
    ['Лю', 'Ян', 'm'],
    ['Чэнь', 'Цзе', 'm'],
    ['Чжао', 'Цян', 'm'],
    ['Ма', 'Лун', 'm'],
    ['Сунь', 'Ли', 'f'],
    ['Хуан', 'Фэй', 'm'],
    ['Чжоу', 'Минь', 'f'],
  ],
  krn: [
    ['Ким', 'Мин Джун', 'm'],
    ['Пак', 'Джи Хун', 'm'],
    ['Ли', 'Со Ён', 'f'],
    ['Чхве', 'Ён Хо', 'm'],
    ['Чон', 'Хэ Вон', 'f'],
    ['Кан', 'Дон Хён', 'm'],
    ['Юн', 'Сон Мин', 'm'],
    ['Хан', 'Джи У', 'f'],
  ],
};
const LAT_FOREIGN: Record<string, [string, string, 'm' | 'f'][]> = {
  trk: [
    ['Mehmet', 'Yılmaz', 'm'],
    ['Ayşe', 'Kaya', 'f'],
    ['Mustafa', 'Demir', 'm'],
    ['Fatma', 'Şahin', 'f'],
    ['Ahmet', 'Çelik', 'm'],
    ['Emine', 'Yıldız', 'f'],
    ['Hüseyin', 'Öztürk', 'm'],
    ['Zeynep', 'Aydın', 'f'],
    ['Hasan', 'Arslan', 'm'],
    ['Murat', 'Kılıç', 'm'],
    ['Kemal', 'Aksoy', 'm'],
    ['Serkan', 'Koç', 'm'],
    ['Burak', 'Özdemir', 'm'],
    ['Gökhan', 'Polat', 'm'],
    ['Osman', 'Kara', 'm'],
    ['Yusuf', 'Aslan', 'm'],
    ['Hatice', 'Kurt', 'f'],
    ['Ramazan', 'Doğan', 'm'],
    ['Deniz', 'Güneş', 'f'],
    ['Umut', 'Bulut', 'm'],
    ['Barış', 'Tekin', 'm'],
    ['Bahar', 'Ateş', 'f'],
  ],
  ar: [
    ['Khalid', 'Al Mansouri', 'm'],
    ['Omar', 'Al Falasi', 'm'],
    ['Rashid', 'Al Suwaidi', 'm'],
    ['Abdullah', 'Al Nuaimi', 'm'],
    ['Yousef', 'Haddad', 'm'],
    ['Mariam', 'Al Ketbi', 'f'],
    ['Ahmed', 'Al Marri', 'm'],
    ['Fatima', 'Al Hashimi', 'f'],
    ['Saeed', 'bin Hamdan', 'm'],
    ['Tariq', 'Nasser', 'm'],
  ],
  pl: [
    ['Tomasz', 'Kowalski', 'm'],
    ['Anna', 'Nowak', 'f'],
    ['Piotr', 'Wiśniewski', 'm'],
    ['Katarzyna', 'Wójcik', 'f'],
    ['Marek', 'Zieliński', 'm'],
    ['Agnieszka', 'Kamińska', 'f'],
    ['Paweł', 'Lewandowski', 'm'],
    ['Joanna', 'Dąbrowska', 'f'],
  ],
};
const LAT_EAST: Record<string, [string, string, 'm' | 'f'][]> = {
  cn: [
    ['Wang', 'Wei', 'm'],
    ['Li', 'Na', 'f'],
    ['Zhang', 'Lei', 'm'],
    ['Liu', 'Yang', 'm'],
    ['Chen', 'Jie', 'm'],
    ['Zhao', 'Qiang', 'm'],
    ['Ma', 'Long', 'm'],
    ['Sun', 'Li', 'f'],
    ['Huang', 'Fei', 'm'],
    ['Zhou', 'Min', 'f'],
  ],
  krn: [
    ['Kim', 'Min-jun', 'm'],
    ['Park', 'Ji-hoon', 'm'],
    ['Lee', 'Seo-yeon', 'f'],
    ['Choi', 'Young-ho', 'm'],
    ['Jung', 'Hae-won', 'f'],
    ['Kang', 'Dong-hyun', 'm'],
    ['Yoon', 'Sung-min', 'm'],
    ['Han', 'Ji-woo', 'f'],
  ],
};
const RU_DIM: Record<string, string> = {
  Гульнара: 'Гуля',
  Гульмира: 'Гуля',
  Айгерим: 'Айка',
  Сергей: 'Серёжа',
  Дмитрий: 'Дима',
  Нурлан: 'Нурик',
  Бекзат: 'Бека',
  Бекжан: 'Бека',
  Динара: 'Дина',
  Ержан: 'Ержик',
  Ольга: 'Оля',
  Наталья: 'Наташа',
  Елена: 'Лена',
  Татьяна: 'Таня',
  Ирина: 'Ира',
  Светлана: 'Света',
  Юлия: 'Юля',
  Дилноза: 'Диля',
  Дилфуза: 'Диля',
  Шахноза: 'Шаха',
  Фаррух: 'Фара',
  Азамат: 'Азик',
  Рустам: 'Рустик',
  Санжар: 'Санжик',
  Бахыт: 'Баха',
  Бахтиёр: 'Баха',
  Жылдыз: 'Жыка',
  Алексей: 'Лёша',
  Николай: 'Коля',
  Евгений: 'Женя',
  Владимир: 'Вова',
  Екатерина: 'Катя',
  Ксения: 'Ксюша',
  Дарья: 'Даша',
  Анна: 'Аня',
  Людмила: 'Люда',
  Валентина: 'Валя',
  Максим: 'Макс',
  Зарина: 'Зара',
  Жасур: 'Жасик',
  Улугбек: 'Улик',
  Айпери: 'Пери',
  Нургуль: 'Нура',
  Асель: 'Аська',
  Салтанат: 'Салта',
  Александр: 'Саша',
  Мадина: 'Мадя',
  Камила: 'Ками',
  Нилуфар: 'Нилу',
  Жанибек: 'Жаник',
  Алмас: 'Алмаска',
  Ерлан: 'Ерик',
  Мурат: 'Мурик',
};
const NICKS_RU = W('Шах, Бородач, Хромой, Малой, Чёрный, Султан, Барон, Турок, Кореец, Лысый, Граф');
const NICKS_LAT = W('Shah, Baron, Sultan, Fox, Blackie, Lola, Tiger, Bek-Dubai, Chingiz, Ghost');

type Sex = 'm' | 'f';
interface Person {
  g: Sex;
  f: string;
  l: string;
  p?: string;
  east?: boolean;
  eth: string;
  dim?: string;
}
function femSurname(s: string): string {
  if (/(ов|ев|ёв|ин|ын)$/.test(s)) return s + 'а';
  if (/ский$/.test(s)) return s.slice(0, -2) + 'ая';
  if (/цкий$/.test(s)) return s.slice(0, -2) + 'ая';
  return s;
}
const femPatr = (p: string): string => p.replace(/вич$/, 'вна').replace(/ич$/, 'на');

const RU_ETH_W: [string, number][] = [
  ['kz', 22],
  ['kg', 15],
  ['uz', 16],
  ['tj', 13],
  ['ru', 10],
  ['tm', 4],
  ['ug', 3],
  ['kaa', 3],
  ['ko', 4],
  ['trk', 4],
  ['ar', 2],
  ['cn', 2],
  ['krn', 1],
  ['pl', 1],
];
function weighted(ws: [string, number][]): string {
  const tot = ws.reduce((a, [, w]) => a + w, 0);
  let r = rnd() * tot;
  for (const [k, w] of ws) {
    r -= w;
    if (r < 0) return k;
  }
  return ws[0][0];
}
/** a person with Russian-Cyrillic spellings */
function ruPerson(opt: { g?: Sex; eth?: string } = {}): Person {
  let eth = opt.eth ?? weighted(RU_ETH_W);
  if (opt.g === 'f' && (eth === 'cn' || eth === 'krn' || eth === 'ar')) eth = pick(['kz', 'uz', 'kg']);
  if (eth in RU_POOLS) {
    const P = RU_POOLS[eth];
    const g: Sex = opt.g ?? (chance(0.55) ? 'f' : 'm');
    const f = pick(g === 'm' ? P.m : P.f);
    let l = pick(P.s);
    if (g === 'f') l = femSurname(l);
    let p: string | undefined = pick(P.p);
    if (g === 'f') p = femPatr(p);
    return { g, f, l, p, eth, dim: RU_DIM[f] };
  }
  if (eth in RU_FOREIGN) {
    let cands = RU_FOREIGN[eth];
    if (opt.g) cands = cands.filter((x) => x[2] === opt.g);
    const [f, l0, g] = pick(cands);
    const l = g === 'f' && eth === 'pl' ? femSurname(l0) : l0;
    return { g, f, l, eth };
  }
  let cands = RU_EAST[eth];
  if (opt.g) cands = cands.filter((x) => x[2] === opt.g);
  if (!cands.length) return ruPerson({ g: opt.g, eth: 'kz' });
  const [l, f, g] = pick(cands);
  return { g, f, l, eth, east: true };
}

// ---------------------------------------------------------------------------
// Russian declension of personal names
// ---------------------------------------------------------------------------
type Cs = 'n' | 'g' | 'd' | 'a' | 'i' | 'p';
const END_A = (stem: string, cs: Cs): string => {
  const gi = /[гкхжшчщ]$/.test(stem) ? 'и' : 'ы';
  const ins = /[жшчщц]$/.test(stem) ? 'ей' : 'ой';
  return stem + { n: 'а', g: gi, d: 'е', a: 'у', i: ins, p: 'е' }[cs];
};
const END_YA = (stem: string, cs: Cs): string => {
  if (stem.endsWith('и')) return stem + { n: 'я', g: 'и', d: 'и', a: 'ю', i: 'ей', p: 'и' }[cs];
  return stem + { n: 'я', g: 'и', d: 'е', a: 'ю', i: 'ей', p: 'е' }[cs];
};
const END_CONS = (w: string, cs: Cs): string =>
  w + { n: '', g: 'а', d: 'у', a: 'а', i: /[жшчщц]$/.test(w) ? 'ем' : 'ом', p: 'е' }[cs];
const END_SOFT = (w: string, cs: Cs): string =>
  w.slice(0, -1) + { n: w.slice(-1), g: 'я', d: 'ю', a: 'я', i: 'ем', p: 'е' }[cs];

function declFirst(w: string, g: Sex, cs: Cs): string {
  if (cs === 'n') return w;
  if (w.includes(' ')) return w;
  if (g === 'm') {
    if (/ий$/.test(w)) return w.slice(0, -2) + { n: 'ий', g: 'ия', d: 'ию', a: 'ия', i: 'ием', p: 'ии' }[cs];
    if (/[йь]$/.test(w)) return END_SOFT(w, cs);
    if (/а$/.test(w)) return END_A(w.slice(0, -1), cs);
    if (/я$/.test(w)) return END_YA(w.slice(0, -1), cs);
    if (/[бвгджзклмнпрстфхцчшщ]$/.test(w)) return END_CONS(w, cs);
    return w;
  }
  if (/а$/.test(w)) return END_A(w.slice(0, -1), cs);
  if (/я$/.test(w)) return END_YA(w.slice(0, -1), cs);
  if (/ь$/.test(w)) return w.slice(0, -1) + { n: 'ь', g: 'и', d: 'и', a: 'ь', i: 'ью', p: 'и' }[cs];
  return w;
}
function declLast(w: string, g: Sex, cs: Cs): string {
  if (cs === 'n' || w.includes('-') || w.includes(' ')) return w;
  if (g === 'm') {
    if (w.length <= 3 && /[бвгджзклмнпрстфхцчшщ]$/.test(w)) return END_CONS(w, cs);
    if (/(ов|ев|ёв|ин|ын)$/.test(w)) return w + { n: '', g: 'а', d: 'у', a: 'а', i: 'ым', p: 'е' }[cs];
    if (/(ский|цкий)$/.test(w)) return w.slice(0, -2) + { n: 'ий', g: 'ого', d: 'ому', a: 'ого', i: 'им', p: 'ом' }[cs];
    if (/[аоуеэ]й$/.test(w)) return END_SOFT(w, cs);
    if (/ь$/.test(w)) return END_SOFT(w, cs);
    if (/[бвгджзклмнпрстфхцчшщ]$/.test(w)) return END_CONS(w, cs);
    return w;
  }
  if (/(ова|ева|ёва|ина|ына)$/.test(w))
    return w.slice(0, -1) + { n: 'а', g: 'ой', d: 'ой', a: 'у', i: 'ой', p: 'ой' }[cs];
  if (/(ская|цкая)$/.test(w)) return w.slice(0, -2) + { n: 'ая', g: 'ой', d: 'ой', a: 'ую', i: 'ой', p: 'ой' }[cs];
  return w;
}
function declPatr(w: string, g: Sex, cs: Cs): string {
  if (cs === 'n') return w;
  if (g === 'm' && /ич$/.test(w)) return w + { n: '', g: 'а', d: 'у', a: 'а', i: 'ем', p: 'е' }[cs];
  if (g === 'f' && /на$/.test(w)) return w.slice(0, -1) + { n: 'а', g: 'ы', d: 'е', a: 'у', i: 'ой', p: 'е' }[cs];
  return w;
}
type Form = 'F' | 'L' | 'FL' | 'LF' | 'LFP' | 'FP' | 'FPL' | 'LI' | 'IL' | 'D' | 'UP';
function initials(p: Person, spaced = false): string {
  const a = p.f.charAt(0) + '.';
  if (!p.p) return a;
  return a + (spaced ? ' ' : '') + p.p.charAt(0) + '.';
}
/** Russian rendering of a person in a grammatical case */
function ruName(p: Person, form: Form, cs: Cs = 'n'): Ent {
  if (p.east) {
    if (form === 'L') return PER(p.l);
    return PER(`${p.l} ${p.f}`);
  }
  const F = declFirst(p.f, p.g, cs);
  const L = declLast(p.l, p.g, cs);
  const Pt = p.p ? declPatr(p.p, p.g, cs) : '';
  switch (form) {
    case 'F':
      return PER(F);
    case 'L':
      return PER(L);
    case 'FL':
      return PER(`${F} ${L}`);
    case 'LF':
      return PER(`${L} ${F}`);
    case 'LFP':
      return PER(Pt ? `${L} ${F} ${Pt}` : `${L} ${F}`);
    case 'FP':
      return PER(Pt ? `${F} ${Pt}` : F);
    case 'FPL':
      return PER(Pt ? `${F} ${Pt} ${L}` : `${F} ${L}`);
    case 'LI':
      return PER(`${L} ${initials(p, chance(0.25))}`);
    case 'IL':
      return PER(`${initials(p)} ${L}`);
    case 'D':
      return PER(declFirst(p.dim ?? p.f, p.dim && /[ая]$/.test(p.dim) && p.g === 'm' ? 'm' : p.g, cs));
    case 'UP':
      return PER(`${p.l.toUpperCase()} ${p.f.toUpperCase()}${p.p ? ' ' + p.p.toUpperCase() : ''}`);
  }
}
const latinOf = (p: Person): { f: string; l: string } => ({ f: translitEn(p.f), l: translitEn(p.l) });

// ---------------------------------------------------------------------------
// English (Latin) persons
// ---------------------------------------------------------------------------
const EN_ETH_W: [string, number][] = [
  ['kz', 20],
  ['kg', 14],
  ['uz', 16],
  ['tj', 12],
  ['ru', 7],
  ['tm', 4],
  ['ug', 2],
  ['kaa', 2],
  ['ko', 3],
  ['trk', 7],
  ['ar', 5],
  ['cn', 3],
  ['krn', 3],
  ['pl', 3],
];
const UZ_LAT = {
  m: W(
    "Jasur, Sardor, Bekzod, Otabek, Sherzod, Dilshod, Akmal, Rustam, Farrux, Ulug'bek, Jamshid, Doston, Shoxrux, Behruz, Abdulla, Ilhom, Nodir, Anvar, Sanjar, Bobur, Islom, Azizbek, Shuhrat, Ravshan, Xurshid, Umid, Elyor, Jahongir, Temur, Oybek, G'ayrat, O'tkir",
  ),
  f: W(
    "Dilnoza, Gulnoza, Malika, Nodira, Shahnoza, Zarina, Dilfuza, Munisa, Mohinur, Sevara, Feruza, Nilufar, Madina, Gulchehra, Maftuna, Kamola, Zulfiya, Nargiza, Barno, Yulduz, Dilbar, Shahlo, Lola, Gulshan, Muhabbat, Nigora, Umida, O'g'iloy, Mohira",
  ),
  s: W(
    "Karimov, Rahimov, Yusupov, To'xtayev, Abdullayev, Qodirov, Ergashev, Xolmatov, Nazarov, Sobirov, Mirzayev, Tursunov, Haydarov, Jo'rayev, Saidov, Ismoilov, Olimov, Umarov, Normatov, Ahmedov, Hasanov, Yo'ldoshev, Ro'ziyev, Mamatqulov, Fayzullayev, Usmonov, Sharipov, Azimov, G'aniyev, Qo'chqorov",
  ),
  fa: W(
    'Anvar, Rustam, Shuhrat, Bahodir, Umar, Abdulla, Ravshan, Ilhom, Tohir, Alisher, Hamid, Botir, Qahramon, Erkin',
  ),
};
/** a person with Latin spellings (English texts) */
function enPerson(opt: { g?: Sex; eth?: string } = {}): Person {
  let eth = opt.eth ?? weighted(EN_ETH_W);
  if (opt.g === 'f' && (eth === 'ar' || eth === 'cn' || (!opt.eth && (eth === 'pl' || eth === 'krn'))))
    eth = pick(['kz', 'uz', 'kg', 'tj']);
  if (eth === 'uz' && chance(0.6)) {
    const g: Sex = opt.g ?? (chance(0.55) ? 'f' : 'm');
    const f = pick(g === 'm' ? UZ_LAT.m : UZ_LAT.f).replace(/'/g, '');
    const l0 = pick(UZ_LAT.s).replace(/'/g, '');
    return { g, f, l: g === 'f' ? l0 + 'a' : l0, eth };
  }
  if (eth in LAT_FOREIGN) {
    let c = LAT_FOREIGN[eth];
    if (opt.g) c = c.filter((x) => x[2] === opt.g);
    const [f, l, g] = pick(c);
    return { g, f, l, eth };
  }
  if (eth in LAT_EAST) {
    let c = LAT_EAST[eth];
    if (opt.g) c = c.filter((x) => x[2] === opt.g);
    if (!c.length) return enPerson({ g: opt.g, eth: 'kz' });
    const [l, f, g] = pick(c);
    return { g, f, l, eth, east: true };
  }
  const rp = ruPerson({ g: opt.g, eth });
  return {
    g: rp.g,
    f: translitEn(rp.f),
    l: translitEn(rp.l),
    p: rp.p ? translitEn(rp.p) : undefined,
    eth,
    dim: rp.dim ? translitEn(rp.dim) : undefined,
  };
}
function enName(p: Person, form: Form): Ent {
  if (p.east) {
    if (form === 'L') return PER(p.l);
    if (form === 'UP') return PER(`${p.l.toUpperCase()} ${p.f.toUpperCase()}`);
    return PER(`${p.l} ${p.f}`);
  }
  switch (form) {
    case 'F':
      return PER(p.f);
    case 'L':
      return PER(p.l);
    case 'FL':
      return PER(`${p.f} ${p.l}`);
    case 'LF':
      return PER(`${p.l} ${p.f}`);
    case 'LFP':
      return PER(p.p ? `${p.l} ${p.f} ${p.p}` : `${p.l}, ${p.f}`);
    case 'FP':
    case 'FPL':
      return PER(p.p ? `${p.f} ${p.p} ${p.l}` : `${p.f} ${p.l}`);
    case 'LI':
      return PER(`${p.l} ${p.f.charAt(0)}.`);
    case 'IL':
      return PER(`${p.f.charAt(0)}. ${p.l}`);
    case 'D':
      return PER(p.dim ?? p.f);
    case 'UP':
      return PER(`${p.l.toUpperCase()} ${p.f.toUpperCase()}`);
  }
}

// ---------------------------------------------------------------------------
// Turkic case suffixes
// ---------------------------------------------------------------------------
type TCs = 'gen' | 'dat' | 'acc' | 'abl' | 'loc' | 'ins';
function kkSuf(w: string, cs: TCs): string {
  const low = w.toLowerCase();
  let front = false;
  for (let i = low.length - 1; i >= 0; i--) {
    if ('аоұыя'.includes(low[i])) break;
    if ('әөүіеэи'.includes(low[i])) {
      front = true;
      break;
    }
  }
  const last = low.slice(-1);
  const prev = low.slice(-2, -1);
  let V = 'аәоөұүыіеэиюя'.includes(last);
  let SON = 'лрйжз'.includes(last);
  if (last === 'у') {
    if ('аәоөұүыіеэи'.includes(prev)) SON = true;
    else V = true;
  }
  const NAS = 'мнң'.includes(last);
  const VL = !V && !SON && !NAS;
  const y = front ? 'і' : 'ы';
  const a = front ? 'е' : 'а';
  switch (cs) {
    case 'gen':
      return w + (V || NAS ? 'н' : SON ? 'д' : 'т') + y + 'ң';
    case 'dat':
      return w + (VL ? (front ? 'ке' : 'қа') : front ? 'ге' : 'ға');
    case 'acc':
      return w + (V ? 'н' : NAS || SON ? 'д' : 'т') + y;
    case 'abl':
      return w + (V || SON ? 'д' : NAS ? 'н' : 'т') + a + 'н';
    case 'loc':
      return w + (VL ? 'т' : 'д') + a;
    case 'ins':
      return w + (VL ? 'пен' : 'жз'.includes(last) ? 'бен' : 'мен');
  }
}
function kySuf(w: string, cs: TCs): string {
  const low = w.toLowerCase();
  let h: 'a' | 'o' | 'e' | 'ö' = 'a';
  for (let i = low.length - 1; i >= 0; i--) {
    const c = low[i];
    if ('аыя'.includes(c)) {
      h = 'a';
      break;
    }
    if ('оуёю'.includes(c)) {
      h = 'o';
      break;
    }
    if ('еиэ'.includes(c)) {
      h = 'e';
      break;
    }
    if ('өү'.includes(c)) {
      h = 'ö';
      break;
    }
  }
  const A = { a: 'а', o: 'о', e: 'е', ö: 'ө' }[h];
  const I = { a: 'ы', o: 'у', e: 'и', ö: 'ү' }[h];
  const last = low.slice(-1);
  const V = 'аоуыэеиөүяюё'.includes(last);
  const VL = 'кптсфхцчшщ'.includes(last);
  switch (cs) {
    case 'gen':
      return w + (V ? 'н' : VL ? 'т' : 'д') + I + 'н';
    case 'dat':
      return w + (VL ? 'к' : 'г') + A;
    case 'acc':
      return w + (V ? 'н' : VL ? 'т' : 'д') + I;
    case 'abl':
      return w + (VL ? 'т' : 'д') + A + 'н';
    case 'loc':
      return w + (VL ? 'т' : 'д') + A;
    case 'ins':
      return w + ' менен';
  }
}
const TR_LOWER = (s: string): string => s.replace(/I/g, 'ı').replace(/İ/g, 'i').toLowerCase();
function trSuf(w: string, cs: TCs, apos = "'"): string {
  const low = TR_LOWER(w);
  let lv = 'e';
  for (let i = low.length - 1; i >= 0; i--) {
    if ('aıoueiöü'.includes(low[i])) {
      lv = low[i];
      break;
    }
  }
  const A = 'aıou'.includes(lv) ? 'a' : 'e';
  const I = lv === 'a' || lv === 'ı' ? 'ı' : lv === 'o' || lv === 'u' ? 'u' : lv === 'e' || lv === 'i' ? 'i' : 'ü';
  const last = low.slice(-1);
  const V = 'aıoueiöü'.includes(last);
  const VL = 'fstkçşhp'.includes(last);
  const suf = {
    gen: (V ? 'n' : '') + I + 'n',
    dat: (V ? 'y' : '') + A,
    acc: (V ? 'y' : '') + I,
    abl: (VL ? 't' : 'd') + A + 'n',
    loc: (VL ? 't' : 'd') + A,
    ins: (V ? 'yl' : 'l') + A,
  }[cs];
  return w + apos + suf;
}
function uzSuf(w: string, cs: TCs, cyr = false): string {
  const last = w.slice(-1).toLowerCase();
  if (cyr) {
    const dat = last === 'к' ? 'ка' : last === 'қ' ? 'қа' : 'га';
    return w + { gen: 'нинг', dat, acc: 'ни', abl: 'дан', loc: 'да', ins: ' билан' }[cs];
  }
  const dat = last === 'k' ? 'ka' : last === 'q' ? 'qa' : 'ga';
  return w + { gen: 'ning', dat, acc: 'ni', abl: 'dan', loc: 'da', ins: ' bilan' }[cs];
}
/** applies a suffix to the last word of a multi-word name */
function sufLast(name: string, f: (w: string) => string): string {
  const i = name.lastIndexOf(' ');
  return i < 0 ? f(name) : name.slice(0, i + 1) + f(name.slice(i + 1));
}

// ---------------------------------------------------------------------------
// Local-language name pools and renderers
// ---------------------------------------------------------------------------
const KK = {
  m: W(
    'Ерлан, Нұрлан, Бауыржан, Асхат, Дәурен, Серік, Ерболат, Жандос, Айдос, Мұрат, Арман, Санжар, Алмас, Бекзат, Талғат, Ержан, Дамир, Қанат, Мейрам, Абылай, Жәнібек, Елдос, Әсет, Қайрат, Бақытжан, Ернар, Досым, Мирас, Ғалым, Нұржан, Айбол, Бақыт, Ерғали, Ерасыл',
  ),
  f: W(
    'Айгерім, Гүлнара, Динара, Жанар, Әсел, Сәуле, Айгүл, Мадина, Камила, Жазира, Томирис, Аружан, Балжан, Гүлмира, Дана, Меруерт, Назерке, Ақмарал, Салтанат, Жұлдыз, Алма, Аяулым, Қарлығаш, Толқын, Айжан, Жансая, Мөлдір, Шолпан, Ақбота, Күнсұлу',
  ),
  s: W(
    'Ахметов, Сәрсенбаев, Жұмабеков, Нұрғалиев, Қасымов, Әбдірахманов, Ысқақов, Тілеуов, Омаров, Бекмұханбетов, Смағұлов, Ермеков, Сейітқазиев, Кенжебаев, Байжанов, Мұқашев, Өтепов, Жақсылықов, Қуанышев, Есенов, Нұржанов, Айтбаев, Қалиев, Оспанов, Сұлтанбеков, Шаймерденов, Бисенов, Дәулетов, Ибраев, Жақыпов',
  ),
  fa: W('Серік, Болат, Мұрат, Ерлан, Бақыт, Қайрат, Нұрлан, Марат, Талғат, Асқар, Қанат, Ермек, Жомарт, Сейіт, Әлібек'),
  dim: {
    Айгерім: 'Айка',
    Бекзат: 'Бека',
    Нұрлан: 'Нұрик',
    Ержан: 'Ержік',
    Гүлнара: 'Гүлә',
    Динара: 'Дина',
    Жұлдыз: 'Жұлдызка',
    Әсел: 'Әсеке',
  } as Record<string, string>,
};
function kkPerson(opt: { g?: Sex } = {}): Person {
  if (chance(0.18)) return ruPerson({ g: opt.g, eth: pick(['ru', 'uz', 'kg', 'ug', 'ko']) });
  const g: Sex = opt.g ?? (chance(0.55) ? 'f' : 'm');
  const f = pick(g === 'm' ? KK.m : KK.f);
  const fa = pick(KK.fa);
  const tail = g === 'm' ? 'ұлы' : 'қызы';
  if (chance(0.15)) return { g, f, l: fa + tail, eth: 'kz', dim: KK.dim[f] };
  const s = pick(KK.s);
  return {
    g,
    f,
    l: g === 'f' ? femSurname(s) : s,
    p: chance(0.6) ? fa + tail : femPatr(pick(RU_POOLS.kz.p)).replace(/вна$/, g === 'm' ? 'вич' : 'вна'),
    eth: 'kz',
    dim: KK.dim[f],
  };
}
function baseName(p: Person, form: Form): string {
  if (p.east) return form === 'L' ? p.l : `${p.l} ${p.f}`;
  switch (form) {
    case 'F':
      return p.f;
    case 'L':
      return p.l;
    case 'FL':
      return `${p.f} ${p.l}`;
    case 'LF':
      return `${p.l} ${p.f}`;
    case 'LFP':
      return p.p ? `${p.l} ${p.f} ${p.p}` : `${p.l} ${p.f}`;
    case 'FP':
      return p.p ? `${p.f} ${p.p}` : p.f;
    case 'FPL':
      return p.p ? `${p.f} ${p.p} ${p.l}` : `${p.f} ${p.l}`;
    case 'LI':
      return `${p.l} ${initials(p)}`;
    case 'IL':
      return `${initials(p)} ${p.l}`;
    case 'D':
      return p.dim ?? p.f;
    case 'UP':
      return `${p.l.toUpperCase()} ${p.f.toUpperCase()}`;
  }
}
function kkName(p: Person, form: Form, cs?: TCs): Ent {
  if (cs && form === 'LI') form = 'IL';
  const b = baseName(p, form);
  return PER(cs ? sufLast(b, (w) => kkSuf(w, cs)) : b);
}

const KY = {
  m: W(
    'Азамат, Бакыт, Нурбек, Эрлан, Улан, Чыңгыз, Айбек, Бекжан, Таалай, Мирлан, Темирлан, Эмил, Алмаз, Урмат, Жоомарт, Кубанычбек, Эрмек, Адилет, Медер, Бактыбек, Сыймык, Кутман, Нурсултан, Үмөт, Өмүрбек, Тилек',
  ),
  f: W(
    'Айпери, Бермет, Жылдыз, Айжан, Нургүл, Чолпон, Гүлзат, Нуриза, Айзада, Мээрим, Элнура, Бегимай, Акылай, Жазгүл, Айнура, Гүлмира, Каныкей, Толгонай, Асел, Назгүл, Кундуз, Салтанат, Айзирек, Сезим, Үмүт',
  ),
  s: W(
    'Токтогулов, Асанов, Үсөнов, Абдыкадыров, Сыдыков, Мамытов, Исаков, Осмонов, Турдубаев, Кадыралиев, Жолдошев, Эсенгулов, Чыныбаев, Бейшеналиев, Момунов, Алымкулов, Сатыбалдиев, Кожомбердиев, Абдылдаев, Шаршеев, Токтосунов, Мырзакматов, Бообеков, Эркинбаев, Касымалиев',
  ),
  fa: W('Бакыт, Асан, Эркин, Токтогул, Алмаз, Үсөн, Марат, Таалай, Жумабек, Садыр, Каныбек, Кубат, Замир'),
  dim: { Айпери: 'Пери', Жылдыз: 'Жыка', Азамат: 'Азик', Бекжан: 'Бека', Нургүл: 'Нура', Айбек: 'Айбо' } as Record<
    string,
    string
  >,
};
function kyPerson(opt: { g?: Sex } = {}): Person {
  if (chance(0.15)) return ruPerson({ g: opt.g, eth: pick(['ru', 'uz', 'kz', 'tj']) });
  const g: Sex = opt.g ?? (chance(0.55) ? 'f' : 'm');
  const f = pick(g === 'm' ? KY.m : KY.f);
  const fa = pick(KY.fa);
  if (chance(0.25)) return { g, f, l: `${fa} ${g === 'm' ? 'уулу' : 'кызы'}`, eth: 'kg', dim: KY.dim[f] };
  const s = pick(KY.s);
  const rp = pick(RU_POOLS.kg.p);
  return { g, f, l: g === 'f' ? femSurname(s) : s, p: g === 'f' ? femPatr(rp) : rp, eth: 'kg', dim: KY.dim[f] };
}
function kyName(p: Person, form: Form, cs?: TCs): Ent {
  if (cs && form === 'LI') form = 'IL';
  if (p.l.includes(' ') && (form === 'LF' || form === 'LFP')) form = 'FL';
  const b = baseName(p, form);
  return PER(cs ? sufLast(b, (w) => kySuf(w, cs)) : b);
}

function uzPerson(opt: { g?: Sex } = {}): Person {
  if (chance(0.1)) {
    const rp = ruPerson({ g: opt.g, eth: pick(['tj', 'kz', 'kaa', 'ru']) });
    const uzLat = (x: string): string =>
      translitEn(x).replace(/kh/g, 'x').replace(/Kh/g, 'X').replace(/zh/g, 'j').replace(/Zh/g, 'J').replace(/ts/g, 's');
    return { g: rp.g, f: uzLat(rp.f), l: uzLat(rp.l), eth: rp.eth };
  }
  const g: Sex = opt.g ?? (chance(0.55) ? 'f' : 'm');
  const f = pick(g === 'm' ? UZ_LAT.m : UZ_LAT.f);
  const s = pick(UZ_LAT.s);
  return { g, f, l: g === 'f' ? s + 'a' : s, p: `${pick(UZ_LAT.fa)} ${g === 'm' ? "o'g'li" : 'qizi'}`, eth: 'uz' };
}
function uzName(p: Person, form: Form, cs?: TCs): Ent {
  if (cs && form === 'LI') form = 'IL';
  if (cs && (form === 'LFP' || form === 'FP')) form = 'LF';
  const b = baseName(p, form);
  return PER(cs ? sufLast(b, (w) => uzSuf(w, cs)) : b);
}

const TG = {
  m: W(
    'Рустам, Фаррух, Шерали, Далер, Баҳтиёр, Сиёвуш, Ҷамшед, Фирдавс, Исмоил, Мансур, Комрон, Суҳроб, Парвиз, Зафар, Баҳодур, Хуршед, Амиршо, Муҳаммад, Носир, Азиз, Умед, Манучеҳр, Раҳмат, Шуҳрат, Абдураҳмон, Искандар, Бобоҷон, Ҳусейн, Алишер',
  ),
  f: W(
    'Мадина, Нигина, Зарина, Шаҳло, Гулнора, Манижа, Таҳмина, Фарангис, Меҳрангез, Дилором, Парвина, Сарвиноз, Гулчеҳра, Нилуфар, Мунира, Зебо, Гулбаҳор, Моҳира, Рухшона, Фируза, Сабоҳат, Ситора, Шабнам, Малика',
  ),
  s: W(
    'Раҳимов, Саидов, Назаров, Шарипов, Қодиров, Раҳмонзода, Сафарзода, Давлатов, Мирзоев, Ҳасанов, Бобоев, Султонов, Нуралиев, Холов, Абдуллозода, Қурбонов, Шарифзода, Каримзода, Одинаев, Неъматов, Раҷабов, Ғафуров, Ҷӯраев, Ашуров, Файзуллоев, Муродов, Зиёев, Юсуфӣ, Саъдиев, Ҳакимов',
  ),
  fa: W('Саид, Назар, Раҳмон, Шариф, Давлат, Карим, Исмоил, Султон, Сафар, Абдулло, Ҷӯрахон, Қурбон'),
};
function tgPerson(opt: { g?: Sex } = {}): Person {
  if (chance(0.12)) return ruPerson({ g: opt.g, eth: pick(['uz', 'ru', 'kg']) });
  const g: Sex = opt.g ?? (chance(0.5) ? 'f' : 'm');
  const f = pick(g === 'm' ? TG.m : TG.f);
  const s = pick(TG.s);
  const fa = pick(TG.fa);
  const pm = fa + (/[аоуиӣ]$/.test(fa) ? 'евич' : 'ович');
  return {
    g,
    f,
    l: g === 'f' ? femSurname(s) : s,
    p: chance(0.55) ? (g === 'f' ? femPatr(pm) : pm) : undefined,
    eth: 'tj',
  };
}
function tgName(p: Person, form: Form, ro = false): Ent {
  if (ro && form === 'LI') form = 'IL';
  const b = baseName(p, form);
  return PER(ro ? b + 'ро' : b);
}

const TR_POOL = {
  m: W(
    'Mehmet, Mustafa, Ahmet, Ali, Hüseyin, Hasan, İbrahim, İsmail, Murat, Ömer, Yusuf, Kemal, Serkan, Burak, Gökhan, Emre, Osman, Ramazan, Kadir, Umut, Barış, Tolga, Cem, Volkan, Erdem, Mehmet Ali, Ahmet Can',
  ),
  f: W(
    'Ayşe, Fatma, Emine, Hatice, Zeynep, Elif, Merve, Esra, Özlem, Derya, Bahar, Gül, Sevgi, Yıldız, Dilek, Songül, Tuba, Nur, Aslı, Hülya, Deniz, Ayşe Nur, Fatma Gül',
  ),
  s: W(
    'Yılmaz, Kaya, Demir, Şahin, Çelik, Yıldız, Yıldırım, Öztürk, Aydın, Özdemir, Arslan, Doğan, Kılıç, Aslan, Çetin, Kara, Koç, Kurt, Özkan, Şimşek, Polat, Aksoy, Korkmaz, Güneş, Bulut, Tekin, Ateş',
  ),
};
function trPerson(opt: { g?: Sex; local?: boolean } = {}): Person {
  const g: Sex = opt.g ?? (chance(0.5) ? 'f' : 'm');
  if (opt.local ?? chance(0.45))
    return { g, f: pick(g === 'm' ? TR_POOL.m : TR_POOL.f), l: pick(TR_POOL.s), eth: 'trk' };
  const rp = ruPerson({ g, eth: pick(['kz', 'kg', 'uz', 'uz', 'tj', 'tm', 'tm', 'ru']) });
  return { g: rp.g, f: translitTr(rp.f), l: translitTr(rp.l), eth: rp.eth };
}
function trName(p: Person, form: Form, cs?: TCs): Ent {
  if (cs && form === 'LI') form = 'IL';
  if (form === 'LFP' || form === 'FP' || form === 'FPL') form = 'FL';
  const b = form === 'UP' ? `${p.f.toLocaleUpperCase('tr')} ${p.l.toLocaleUpperCase('tr')}` : baseName(p, form);
  return PER(cs ? sufLast(b, (w) => trSuf(w, cs)) : b);
}

// ---------------------------------------------------------------------------
// Dates
// ---------------------------------------------------------------------------
const RU_MON = W('января, февраля, марта, апреля, мая, июня, июля, августа, сентября, октября, ноября, декабря');
const EN_MON = W('January, February, March, April, May, June, July, August, September, October, November, December');
const KK_MON = W('қаңтар, ақпан, наурыз, сәуір, мамыр, маусым, шілде, тамыз, қыркүйек, қазан, қараша, желтоқсан');
const KK_MON_LOC = W(
  'қаңтарда, ақпанда, наурызда, сәуірде, мамырда, маусымда, шілдеде, тамызда, қыркүйекте, қазанда, қарашада, желтоқсанда',
);
const KY_MON = W('январь, февраль, март, апрель, май, июнь, июль, август, сентябрь, октябрь, ноябрь, декабрь');
const KY_MON_LOC = W(
  'январда, февралда, мартта, апрелде, майда, июнда, июлда, августта, сентябрда, октябрда, ноябрда, декабрда',
);
const UZ_MON = W('yanvar, fevral, mart, aprel, may, iyun, iyul, avgust, sentabr, oktabr, noyabr, dekabr');
const TG_MON_IZ = W('январи, феврали, марти, апрели, майи, июни, июли, августи, сентябри, октябри, ноябри, декабри');
const TR_MON = W('Ocak, Şubat, Mart, Nisan, Mayıs, Haziran, Temmuz, Ağustos, Eylül, Ekim, Kasım, Aralık');

function dRu(d: DateT, k = int(0, 5)): string {
  if (k <= 2) return dmy(d);
  if (k <= 4) return `${d.d} ${RU_MON[d.m - 1]} ${d.y}`;
  return dmy(d, '/');
}
function dEn(d: DateT, k = int(0, 6)): string {
  return [
    () => `${d.d} ${EN_MON[d.m - 1]} ${d.y}`,
    () => `${EN_MON[d.m - 1]} ${d.d}, ${d.y}`,
    () => iso(d),
    () => dmy(d, '/'),
    () => dmy(d),
    () => `${pad(d.d, 2)} ${EN_MON[d.m - 1].slice(0, 3).toUpperCase()} ${d.y}`,
    () => `${d.d} ${EN_MON[d.m - 1].slice(0, 3)} ${d.y}`,
  ][k]();
}
const dKkNum = (d: DateT): string => dmy(d);
const dKkGen = (d: DateT): string => `${d.y} жылғы ${d.d} ${KK_MON[d.m - 1]}`;
const dKkLoc = (d: DateT): string => `${d.y} жылы ${d.d} ${KK_MON_LOC[d.m - 1]}`;
const dKyLoc = (d: DateT): string => `${d.y}-жылы ${d.d}-${KY_MON_LOC[d.m - 1]}`;
const dKyNom = dKyLoc;
const dUzLoc = (d: DateT): string =>
  chance(0.5) ? `${d.y}-yil ${d.d}-${UZ_MON[d.m - 1]}da` : `${d.y} yil ${d.d} ${UZ_MON[d.m - 1]}da`;
const dUzNom = (d: DateT): string =>
  chance(0.5) ? `${d.y}-yil ${d.d}-${UZ_MON[d.m - 1]}` : `${d.y} yil ${d.d} ${UZ_MON[d.m - 1]}`;
const dTgW = (d: DateT): string => `${d.d} ${TG_MON_IZ[d.m - 1]} соли ${d.y}`;
const dTr = (d: DateT, k = int(0, 3)): string =>
  [
    () => dmy(d),
    () => dmy(d, '/'),
    () => `${d.d} ${TR_MON[d.m - 1]} ${d.y}`,
    () => `${pad(d.d, 2)} ${TR_MON[d.m - 1]} ${d.y}`,
  ][k]();

// ---------------------------------------------------------------------------
// Addresses
// ---------------------------------------------------------------------------
const houseNo = (): string => {
  const n = String(int(1, 240));
  const r = rnd();
  if (r < 0.12) return n + pick(['а', 'б', 'А', 'Б']);
  if (r < 0.2) return n + '/' + int(1, 6);
  return n;
};
const houseNoLat = (): string => {
  const n = String(int(1, 240));
  const r = rnd();
  if (r < 0.1) return n + pick(['A', 'B', 'a']);
  if (r < 0.18) return n + '/' + int(1, 6);
  return n;
};
const RU_ST = W(
  'Абая, Сатпаева, Толе би, Жандосова, Розыбакиева, Байтурсынова, Кабанбай батыра, Богенбай батыра, Кунаева, Гоголя, Пушкина, Ленина, Мира, Токтогула, Манаса, Ибраимова, Ахунбаева, Навои, Бабура, Амира Темура, Рудаки, Айни, Фирдавси, Кирова, Гагарина, Чехова, Сейфуллина, Курмангазы, Масанчи, Айтеке би, Жибек Жолы, Фрунзе, Исанова, Шота Руставели, Мукими',
);
const RU_ST_ADJ = W(
  'Садовая, Лесная, Школьная, Советская, Московская, Центральная, Набережная, Люблинская, Заводская, Речная, Профсоюзная, Полевая',
);
const RU_MKR = W(
  'Аксай-4, Самал-2, Орбита-3, Жетысу-1, Шугыла, Асанбай, Восток-5, Джал-29, Юнусабад-4, Кара-Суу, Кок-Жар, Нурсат, Тастак-2, Сайрам, Кулагер, Калкаман-2',
);
const RU_PR = W('Абая, Назарбаева, Достык, аль-Фараби, Чуй, Манаса, Рудаки, Мира, Республики, Победы, Жибек Жолы');
function addrRu(): string {
  const h = houseNo();
  const f = int(1, 180);
  return pick([
    () => `ул. ${pick(RU_ST)}, д. ${h}, кв. ${f}`,
    () => `ул. ${pick(RU_ST)}, ${h}, кв. ${f}`,
    () => `ул. ${pick(RU_ST)}, ${h}-${f}`,
    () => `улица ${pick(RU_ST)}, дом ${h}`,
    () => `ул. ${pick(RU_ST)}, ${h}`,
    () => `${pick(RU_ST_ADJ)} ул., д. ${h}, кв. ${f}`,
    () => `ул. ${pick(RU_ST_ADJ)}, д. ${h}, корп. ${int(1, 4)}, кв. ${f}`,
    () => `мкр. ${pick(RU_MKR)}, д. ${h}, кв. ${f}`,
    () => `мкр ${pick(RU_MKR)}, ${h}-${f}`,
    () => `пр. ${pick(RU_PR)}, ${h}`,
    () => `проспект ${pick(RU_PR)}, д. ${h}, кв. ${f}`,
    () => `пер. ${pick(['Тихий', 'Северный', 'Ботанический', 'Школьный', 'Строительный'])}, ${h}`,
  ])();
}
/** inflected Russian address (after "на"/"в") */
function addrRuLoc(): [string, string] {
  const h = houseNo();
  return pick([
    (): [string, string] => ['на', `улице ${pick(RU_ST)}, ${h}`],
    (): [string, string] => ['на', `улице ${pick(RU_ST)}, д. ${h}, кв. ${int(1, 150)}`],
    (): [string, string] => ['на', `проспекте ${pick(RU_PR)}, ${h}`],
    (): [string, string] => [
      'на',
      `${pick(['Садовой', 'Лесной', 'Школьной', 'Советской', 'Центральной', 'Полевой'])} улице, ${h}`,
    ],
    (): [string, string] => ['в', `доме № ${h} по улице ${pick(RU_ST)}`],
    (): [string, string] => ['в', `доме ${h} по ул. ${pick(RU_ST)}, кв. ${int(1, 150)}`],
  ])();
}
function addrRuRussia(): string {
  const h = String(int(1, 160));
  return pick([
    () => `ул. ${pick(['Люблинская', 'Профсоюзная', 'Садовая', 'Заводская', 'Складская'])}, д. ${h}, стр. ${int(1, 9)}`,
    () => `ул. ${pick(['Кирова', 'Ленина', 'Гагарина', 'Мира', 'Чкалова', 'Пушкина'])}, д. ${h}`,
    () => `${pick(['Варшавское', 'Каширское', 'Дмитровское', 'Рязанское'])} ш., д. ${h}, корп. ${int(1, 5)}`,
    () => `ул. ${pick(['Молодёжная', 'Промышленная', 'Лесная'])}, ${h}, кв. ${int(1, 99)}`,
    () => `${pick(['Садовая', 'Новая', 'Дачная'])} ул., ${h}`,
  ])();
}
function addrTr(): string {
  const mah = pick([
    'Aksaray',
    'Kumkapı',
    'Laleli',
    'Yenibosna',
    'Merter',
    'Kemalpaşa',
    'Cumhuriyet',
    'Atatürk',
    'Yavuz Selim',
    'Fevzi Çakmak',
    'Osmangazi',
    'Güzelyalı',
    'Liman',
    'Şirinevler',
    'Hürriyet',
  ]);
  const sok = pick(['Gül', 'Lale', 'Papatya', 'Menekşe', 'Çınar', 'Akasya', 'Zambak', 'Nergis', 'Bahar', 'Ihlamur']);
  const cad = pick([
    'Ordu',
    'Vatan',
    'Millet',
    'Atatürk',
    'Gazi Mustafa Kemal',
    'Adnan Menderes',
    'İnönü',
    'Fevzipaşa',
  ]);
  const h = int(1, 120);
  const d = int(1, 24);
  return pick([
    () => `${mah} Mah. ${sok} Sok. No:${h} D:${d}`,
    () => `${mah} Mahallesi ${cad} Caddesi No: ${h}/${d}`,
    () => `${cad} Cad. No:${h} Kat:${int(1, 8)} Daire:${d}`,
    () => `${mah} Mh. ${int(1000, 1650)}. Sk. No:${h} Daire ${d}`,
    () => `${mah} Mah. ${sok} Sokak No:${h}`,
    () => `${int(100, 999)}. Sokak No:${h} D:${d}`,
  ])();
}
function addrAe(): string {
  const st = pick([
    'Al Nahda Street',
    'Al Rigga Road',
    'Al Muraqqabat Street',
    'Al Qusais Road',
    'Naif Road',
    'Sheikh Zayed Road',
    'Al Wasl Road',
    'Baniyas Road',
    'Al Khaleej Road',
  ]);
  return pick([
    () => `Building ${int(2, 60)}, ${st}`,
    () =>
      `Flat ${int(101, 1804)}, ${pick(['Al Mankhool', 'Al Waleed', 'Rose', 'Emerald', 'Al Hudaiba', 'Sapphire'])} Building, ${st}`,
    () => `${st}, Building ${int(2, 60)}, Apt ${int(101, 1804)}`,
    () =>
      `Villa ${int(3, 90)}, Street ${int(4, 40)}, ${pick(['Al Barsha 2', 'Al Qusais 1', 'Mirdif', 'Al Warqa 3', 'Jumeirah 1'])}`,
  ])();
}
function addrKr(cyr = false): string {
  if (cyr)
    return pick([
      () => `${pick(['Вонгок', 'Сонбу', 'Чхорджи', 'Косан'])}-дон ${int(100, 999)}-${int(1, 30)}`,
      () => `${pick(['Чунан', 'Сандан', 'Джунган'])}-ро, ${int(10, 399)}`,
    ])();
  return pick([
    () => `${pick(['Wongok', 'Seonbu', 'Choji', 'Gosan', 'Banwol'])}-dong ${int(100, 999)}-${int(1, 30)}`,
    () => `${int(10, 399)}, ${pick(['Jungang', 'Sandan', 'Wongok', 'Haean'])}-ro ${int(10, 99)}beon-gil`,
    () => `${pick(['Jungang', 'Sandan', 'Gongdan', 'Haean'])}-ro ${int(10, 399)}`,
  ])();
}
function addrPl(): string {
  const st = pick([
    'Piotrkowska',
    'Marszałkowska',
    'Długa',
    'Polna',
    'Kwiatowa',
    'Lipowa',
    'Ogrodowa',
    'Kolejowa',
    'Przemysłowa',
    'Mickiewicza',
  ]);
  return pick([
    () => `ul. ${st} ${int(1, 180)}/${int(1, 40)}`,
    () => `ul. ${st} ${int(1, 180)}`,
    () => `al. ${pick(['Jana Pawła II', 'Jerozolimskie', 'Kościuszki'])} ${int(1, 180)}`,
  ])();
}
function addrCn(cyr = false): string {
  if (cyr) return `ул. ${pick(['Цзефан', 'Жэньминь', 'Хэпин', 'Синхуа'])}, д. ${int(1, 200)}`;
  return pick([
    () => `No. ${int(1, 300)} ${pick(['Jiefang', 'Renmin', 'Heping', 'Xinhua', 'Youhao'])} Road`,
    () => `${int(1, 300)} ${pick(['Jiefang', 'Renmin', 'Xinhua'])} Lu, Room ${int(101, 1208)}`,
  ])();
}
function addrEnCa(): string {
  const st = pick(
    W(
      'Abay, Satpayev, Tole Bi, Zhandosov, Baitursynov, Kabanbay Batyr, Seifullin, Chui, Manas, Toktogul, Ibraimov, Akhunbaev, Navoi, Amir Temur, Bobur, Rudaki, Aini, Firdavsi, Lenin, Gagarin',
    ),
  );
  const h = houseNoLat();
  const f = int(1, 160);
  return pick([
    () => `${h} ${st} Street, apt ${f}`,
    () => `${st} St. ${h}, apt. ${f}`,
    () => `apt. ${f}, ${h} ${st} Avenue`,
    () => `${st} Avenue ${h}`,
    () =>
      `microdistrict ${pick(['Aksai-4', 'Samal-2', 'Zhetysu-1', 'Dzhal-29', 'Vostok-5', 'Yunusabad-4'])}, bldg ${h}, apt ${f}`,
    () => `quarter ${int(1, 30)}, house ${h}, apt ${f}`,
    () => `${h} ${st} Str.`,
  ])();
}
const KK_ST = W(
  'Абай, Сәтбаев, Төле би, Жандосов, Райымбек, Байтұрсынұлы, Қабанбай батыр, Бөгенбай батыр, Желтоқсан, Тәуелсіздік, Республика, Қонаев, Сейфуллин, Жібек жолы, Құрманғазы, Майлин',
);
function addrKk(loc = false): string {
  const h = int(1, 220);
  const f = int(1, 140);
  if (loc)
    return pick([
      () => `${pick(KK_ST)} көшесі, ${h}-үйде`,
      () => `${pick(KK_ST)} көшесі, ${h}-үй, ${f}-пәтерде`,
      () => `${pick(['Аксай-4', 'Самал-2', 'Нұрсат', 'Шұғыла', 'Жетісу-1'])} шағын ауданы, ${h}-үй, ${f}-пәтерде`,
    ])();
  return pick([
    () => `${pick(KK_ST)} көшесі, ${h}-үй, ${f}-пәтер`,
    () => `${pick(KK_ST)} көшесі, ${h}`,
    () => `${pick(['Абай', 'Достық', 'Әл-Фараби', 'Тәуелсіздік', 'Республика'])} даңғылы, ${h}`,
    () => `${pick(['Аксай-4', 'Самал-2', 'Нұрсат', 'Шұғыла', 'Жетісу-1'])} шағын ауданы, ${h}-үй, ${f}-пәтер`,
    () => `${pick(KK_ST)} к-сі, ${h}-үй`,
    () => `${pick(KK_ST)} көшесі ${h}/${int(1, 9)}`,
  ])();
}
const KY_ST = W(
  'Ленин, Манас, Токтогул, Киев, Жибек Жолу, Ахунбаев, Исанов, Фрунзе, Байтик Баатыр, Абдрахманов, Курманжан Датка, Масалиев, Раззаков, Ибраимов, Боконбаев',
);
function addrKy(loc = false): string {
  const h = int(1, 220);
  const f = int(1, 140);
  if (loc)
    return pick([
      () => `${pick(KY_ST)} көчөсү, ${h}-үйдө`,
      () => `${pick(KY_ST)} көчөсү, ${h}-үй, ${f}-батирде`,
      () => `${pick(['Жал-29', 'Асанбай', 'Восток-5', 'Кок-Жар', 'Аламүдүн-1'])} кичи району, ${h}-үй, ${f}-батирде`,
    ])();
  return pick([
    () => `${pick(KY_ST)} көчөсү, ${h}`,
    () => `${pick(KY_ST)} көчөсү, ${h}-үй, ${f}-батир`,
    () => `${pick(['Жал-29', 'Асанбай', 'Восток-5', 'Кок-Жар', 'Аламүдүн-1'])} кичи району, ${h}-үй, ${f}-батир`,
    () => `${pick(['Чүй', 'Манас', 'Жибек Жолу', 'Эркиндик'])} проспектиси, ${h}`,
    () => `${pick(KY_ST)} к., ${h}/${int(1, 9)}`,
  ])();
}
const UZ_ST = W(
  "Navoiy, Amir Temur, Bobur, Mustaqillik, Shota Rustaveli, Furqat, Mirzo Ulug'bek, Bunyodkor, Muqimiy, Alisher Navoiy, Bog'ishamol, Qatortol, Chilonzor, Zarqaynar, Farobiy",
);
function addrUz(loc = false): string {
  const h = int(1, 220);
  const f = int(1, 140);
  const st = pick(UZ_ST);
  const mfy = pick(W("Guliston, Ko'kcha, Beshyog'och, Yangiobod, Navbahor, Do'stlik, Bog'bon, Ziyokor"));
  const forms = [
    () => `${st} ko'chasi, ${h}-uy`,
    () => `${st} ko'chasi ${h}-uy, ${f}-xonadon`,
    () => `${mfy} MFY, ${st} ko'chasi, ${h}-uy`,
    () => `${int(1, 30)}-kvartal, ${h}-uy, ${f}-xonadon`,
    () => `${st} tor ko'chasi, ${h}-uy`,
  ];
  const s = pick(forms)();
  return loc ? s + 'da' : s;
}
const TG_ST = W(
  'Айнӣ, Сино, Фирдавсӣ, Шотемур, Лоҳутӣ, Бухоро, Ҳофизи Шерозӣ, Мирзо Турсунзода, Ленин, Қаротегин, Ҷомӣ, Бобоҷон Ғафуров',
);
function addrTg(): string {
  const h = houseNo();
  return pick([
    () => `кӯчаи ${pick(TG_ST)} ${h}`,
    () => `кӯчаи ${pick(TG_ST)}, ${h}, хонаи ${int(1, 120)}`,
    () => `хиёбони ${pick(['Рӯдакӣ', 'Исмоили Сомонӣ', 'Саъдии Шерозӣ', 'Нисор Муҳаммад'])}, ${h}`,
    () => `хиёбони ${pick(['Рӯдакӣ', 'Исмоили Сомонӣ'])} ${h}, хонаи ${int(1, 120)}`,
    () => `маҳаллаи ${pick(['Испечак', 'Шоҳмансур', 'Зарафшон', 'Гулистон'])}, кӯчаи ${pick(TG_ST)}, ${h}`,
  ])();
}

// ---------------------------------------------------------------------------
// Entity shortcuts
// ---------------------------------------------------------------------------
const PH = (cc: Cc): Ent => E('PHONE', phoneNumber(cc));
const CARDE = (pfx?: string): Ent => E('CARD', formatCard(cardNumber(pfx)));
const IBANE = (cc: IbanCC): Ent => E('IBAN', formatIban(ibanNumber(cc)));
const PASS = (k: PassKind): Ent => E('PASSPORT', passportNumber(k));
const PLATE = (k: PlateKind): Ent => E('PLATE', plateNumber(k));
const NID = (v: string): Ent => E('NATIONAL_ID', v);
const ADDR = (v: string): Ent => E('ADDRESS', v);
const BD = (v: string): Ent => E('BIRTH_DATE', v);
const EMAILE = (p?: Person): Ent => {
  const q = p ?? ruPerson();
  return E('EMAIL', emailFor(q.f, q.l, int(1970, 2005)));
};
const HANDLEE = (p?: Person, at = true): Ent => {
  const q = p ?? ruPerson();
  return E('HANDLE', (at ? '@' : '') + handleFor(q.f, chance(0.6) ? q.l : undefined));
};
let typoBudget = 0;
let idCalls = 0;
/** a few national identifiers get a wrong check digit (still labelled) */
const typo = (): boolean => {
  idCalls++;
  if (typoBudget < 6 && idCalls % 8 === 5) {
    typoBudget++;
    return true;
  }
  return false;
};
const IIN = (d: DateT, p: Person): Ent => NID(kzIIN(d, p.g === 'f', typo()));
const PIN_KG = (d: DateT, p: Person): Ent => NID(kgPIN(d, p.g === 'f'));
const PINFL = (d: DateT, p: Person): Ent => NID(uzPINFL(d, p.g === 'f', typo()));
const TCNO = (): Ent => NID(trTC(typo()));
const ageOn = (b: DateT, at: DateT): number => at.y - b.y - (at.m < b.m || (at.m === b.m && at.d < b.d) ? 1 : 0);
const money = (cur: string): string => {
  switch (cur) {
    case 'kzt':
      return `${int(3, 95) * 10} 000 тенге`;
    case 'usd':
      return `${pick(['800', '1 000', '1 200', '1 500', '2 000', '2 500', '3 000'])} долларов США`;
    case 'rub':
      return `${int(2, 30) * 5} 000 рублей`;
    case 'uzs':
      return `${int(2, 40)} млн сумов`;
    case 'tjs':
      return `${int(2, 30) * 500} сомони`;
    default:
      return `${int(5, 90) * 1000} сомов`;
  }
};

interface EthInfo {
  cc: Cc;
  pass: PassKind;
  plate: PlateKind;
  en: string;
  capEn: string;
}
const ETH_INFO: Record<string, EthInfo> = {
  kz: { cc: 'kz', pass: 'kz', plate: 'kz', en: 'Kazakhstan', capEn: 'Almaty' },
  kg: { cc: 'kg', pass: 'kg', plate: 'kg', en: 'Kyrgyzstan', capEn: 'Bishkek' },
  uz: { cc: 'uz', pass: 'uz', plate: 'uz', en: 'Uzbekistan', capEn: 'Tashkent' },
  tj: { cc: 'tj', pass: 'tj', plate: 'tj', en: 'Tajikistan', capEn: 'Dushanbe' },
  tm: { cc: 'tm', pass: 'tm', plate: 'uz', en: 'Turkmenistan', capEn: 'Ashgabat' },
  ug: { cc: 'kz', pass: 'kz', plate: 'kz', en: 'Kazakhstan', capEn: 'Almaty' },
  kaa: { cc: 'uz', pass: 'uz', plate: 'uz', en: 'Uzbekistan', capEn: 'Tashkent' },
  ko: { cc: 'kz', pass: 'kz', plate: 'kz', en: 'Kazakhstan', capEn: 'Almaty' },
  ru: { cc: 'ru', pass: 'ruint', plate: 'ru', en: 'Russia', capEn: 'Moscow' },
};
const infoOf = (p: Person): EthInfo => ETH_INFO[p.eth] ?? ETH_INFO.kz;

// ---------------------------------------------------------------------------
// Russian
// ---------------------------------------------------------------------------
const RU_ORIG: [string, string][] = [
  ['Алматы', 'Алматы'],
  ['Шымкент', 'Шымкента'],
  ['Тараз', 'Тараза'],
  ['Бишкек', 'Бишкека'],
  ['Ош', 'Оша'],
  ['Ташкент', 'Ташкента'],
  ['Самарканд', 'Самарканда'],
  ['Андижан', 'Андижана'],
  ['Душанбе', 'Душанбе'],
  ['Худжанд', 'Худжанда'],
  ['Нукус', 'Нукуса'],
  ['Каракол', 'Каракола'],
  ['Туркестан', 'Туркестана'],
  ['Фергана', 'Ферганы'],
  ['Бохтар', 'Бохтара'],
  ['Ашхабад', 'Ашхабада'],
  ['Джалал-Абад', 'Джалал-Абада'],
  ['Кызылорда', 'Кызылорды'],
  ['Наманган', 'Намангана'],
  ['Куляб', 'Куляба'],
  ['Талас', 'Таласа'],
  ['Сарыагаш', 'Сарыагаша'],
];
const RU_DEST: [string, string, string][] = [
  ['Москва', 'Москву', 'Москве'],
  ['Стамбул', 'Стамбул', 'Стамбуле'],
  ['Анталья', 'Анталью', 'Анталье'],
  ['Дубай', 'Дубай', 'Дубае'],
  ['Сеул', 'Сеул', 'Сеуле'],
  ['Шарджа', 'Шарджу', 'Шардже'],
  ['Санкт-Петербург', 'Санкт-Петербург', 'Санкт-Петербурге'],
  ['Екатеринбург', 'Екатеринбург', 'Екатеринбурге'],
  ['Новосибирск', 'Новосибирск', 'Новосибирске'],
  ['Ансан', 'Ансан', 'Ансане'],
  ['Урумчи', 'Урумчи', 'Урумчи'],
  ['Варшава', 'Варшаву', 'Варшаве'],
  ['Лодзь', 'Лодзь', 'Лодзи'],
  ['Абу-Даби', 'Абу-Даби', 'Абу-Даби'],
  ['Аланья', 'Аланью', 'Аланье'],
  ['Казань', 'Казань', 'Казани'],
];
const RU_CITY_BY: Record<string, string[]> = {
  kz: W('Алматы, Шымкент, Тараз, Туркестан, Кызылорда, Сарыагаш, Жетысай'),
  kg: W('Бишкек, Ош, Джалал-Абад, Каракол, Талас, Узген'),
  uz: W('Ташкент, Самарканд, Андижан, Фергана, Наманган, Нукус, Карши'),
  tj: W('Душанбе, Худжанд, Бохтар, Куляб, Истаравшан'),
  tm: W('Ашхабад, Мары, Дашогуз, Туркменабат'),
};
const RU_COUNTRY: [string, string][] = [
  ['Республика Узбекистан', 'Республики Узбекистан'],
  ['Кыргызская Республика', 'Кыргызской Республики'],
  ['Республика Таджикистан', 'Республики Таджикистан'],
  ['Республика Казахстан', 'Республики Казахстан'],
  ['Туркменистан', 'Туркменистана'],
];
const RU_ORG = W(
  'Генеральная прокуратура Республики Казахстан, МВД Кыргызской Республики, Департамент полиции г. Алматы, Агентство по финансовому мониторингу, Международная организация по миграции, УНП ООН, Служба государственной безопасности, Министерство труда и социальной защиты населения, Консульство Республики Узбекистан в Стамбуле, Посольство Кыргызской Республики в ОАЭ, ГУВМ МВД России, Комитет национальной безопасности, Агентство внешней трудовой миграции, Миграционная служба при МВД Республики Таджикистан',
);
const RU_ORG_GEN = W(
  'Генеральной прокуратуры Республики Казахстан, МВД Кыргызской Республики, Департамента полиции г. Шымкента, Агентства по финансовому мониторингу, МОМ, УНП ООН, ОБСЕ, Министерства внутренних дел Республики Узбекистан, ГУВМ МВД России, Пограничной службы КНБ, Агентства внешней трудовой миграции, Министерства иностранных дел',
);
const RU_COURT = W(
  'Специализированный межрайонный суд по уголовным делам г. Алматы, Первомайский районный суд г. Бишкек, Юнусабадский районный суд по уголовным делам г. Ташкента, Суд района Фирдавси г. Душанбе, Бостандыкский районный суд г. Алматы, Октябрьский районный суд г. Ош, Енбекшинский районный суд г. Шымкента, Ферганский областной суд по уголовным делам',
);
const RU_COURT_INS = W(
  'Специализированным межрайонным судом по уголовным делам г. Алматы, Первомайским районным судом г. Бишкек, Юнусабадским районным судом по уголовным делам г. Ташкента, Судом района Фирдавси г. Душанбе, Бостандыкским районным судом г. Алматы, Октябрьским районным судом г. Ош, Енбекшинским районным судом г. Шымкента',
);
const RU_ART = W(
  'п. 1 ч. 2 ст. 128 УК РК, ч. 3 ст. 128 УК РК, ст. 125 УК РК, ч. 2 ст. 126 УК РК, ст. 135 УК РК, ст. 308 УК РК, ч. 2 ст. 171 УК КР, ч. 3 ст. 135 УК Республики Узбекистан, ч. 2 ст. 130.1 УК Республики Таджикистан, ст. 127.1 УК РФ, ч. 2 ст. 127.2 УК РФ, ст. 322.1 УК РФ, ч. 2 ст. 309 УК РК',
);
const RU_COURT_ART: [string[], string[]][] = [
  [
    [
      'Специализированным межрайонным судом по уголовным делам г. Алматы',
      'Бостандыкским районным судом г. Алматы',
      'Енбекшинским районным судом г. Шымкента',
      'Таразским городским судом',
    ],
    [
      'п. 1 ч. 2 ст. 128 УК РК',
      'ч. 3 ст. 128 УК РК',
      'ч. 2 ст. 126 УК РК',
      'ст. 135 УК РК',
      'ст. 308 УК РК',
      'ч. 2 ст. 309 УК РК',
    ],
  ],
  [
    [
      'Первомайским районным судом г. Бишкек',
      'Октябрьским районным судом г. Ош',
      'Свердловским районным судом г. Бишкек',
    ],
    ['ч. 2 ст. 171 УК КР', 'ч. 3 ст. 171 УК КР'],
  ],
  [
    ['Юнусабадским районным судом по уголовным делам г. Ташкента', 'Ферганским областным судом по уголовным делам'],
    ['ч. 3 ст. 135 УК Республики Узбекистан', 'ч. 2 ст. 135 УК Республики Узбекистан'],
  ],
  [['Судом района Фирдавси г. Душанбе', 'Судом г. Худжанда'], ['ч. 2 ст. 130.1 УК Республики Таджикистан']],
  [
    ['Люблинским районным судом г. Москвы', 'Подольским городским судом Московской области'],
    ['ст. 127.1 УК РФ', 'ч. 2 ст. 127.2 УК РФ', 'ст. 322.1 УК РФ'],
  ],
];
function ruCourtArt(): [string, string] {
  const [c, a] = pick(RU_COURT_ART);
  return [pick(c), pick(a)];
}
const RU_ART_KZ = RU_COURT_ART[0][1];
const ruCase = (): string =>
  pick([
    () => `№ ${pick(['21', '22', '23', '24'])}${pick(['75', '19', '51', '02'])}${digs(11)}`,
    () => `№ 1-${int(100, 999)}/${int(2020, 2024)}`,
    () => `№ ${int(1000, 9999)}-${int(20, 24)}-00-1/${int(10, 999)}`,
  ])();
const ruEv = (): string => dRu(eventDate(), int(0, 4));
const CARS = W(
  'Toyota Camry, Toyota Estima, Lexus RX 350, Hyundai Solaris, Mercedes-Benz Sprinter, Honda Odyssey, Chevrolet Cobalt, Daewoo Nexia, Volkswagen Transporter, Kia Rio, ГАЗель Next, Toyota Alphard, Chevrolet Damas, Opel Zafira, Ford Transit',
);
const RU_JOB_F = W(
  'официанткой, горничной в отеле, няней, продавцом на рынке, упаковщицей на складе, администратором в салоне красоты, посудомойкой, швеёй, танцовщицей в клубе, сиделкой',
);
const RU_JOB_M = W(
  'разнорабочим на стройке, грузчиком, водителем, поваром, рабочим на теплице, сборщиком на складе, охранником, сварщиком',
);
const HOTELS = W(
  'Grand Sapphire, Kumkapı Palace, Blue Marine, Al Khaleej Inn, Golden Tulip Deira, Sultan Hotel, Parlak Suites, Mirage Residence',
);
const RU_NEG_SHORT = [
  () =>
    S`Уголовное дело ${ruCase()} возбуждено ${ruEv()} по признакам правонарушения, предусмотренного ${pick(RU_ART)}.`,
  () =>
    S`Материалы направлены в ${pick(['Департамент полиции г. Алматы', 'Генеральную прокуратуру', 'Агентство по финансовому мониторингу', 'МВД Кыргызской Республики', 'Службу государственной безопасности'])} для проведения проверки.`,
  () =>
    S`По данным ${pick(RU_ORG_GEN)}, в ${int(2019, 2023)} году из ${pick(RU_COUNTRY)[1]} в ${pick(['Россию', 'Турцию', 'ОАЭ', 'Республику Корея', 'Польшу'])} выехали более ${int(12, 480)} тысяч трудовых мигрантов.`,
  () =>
    S`Рейс ${pick(RU_ORIG)[0]} — ${pick(RU_DEST)[0]} вылетел ${ruEv()} в ${pad(int(0, 23), 2)}:${pick(['05', '15', '30', '40', '55'])}.`,
  () =>
    S`Задержание произведено в районе рынка «${pick(['Барахолка', 'Дордой', 'Садовод', 'Чорсу', 'Корвон', 'Алтын Орда', 'Мегаарзан'])}».`,
  () =>
    S`Прокуратура ${pick(['г. Алматы', 'Туркестанской области', 'г. Бишкек', 'Согдийской области', 'Ферганской области', 'Жамбылской области'])} направила дело в суд ${ruEv()}.`,
  () =>
    S`Проект реализуется при поддержке МОМ и ${pick(['USAID', 'Европейского союза', 'ОБСЕ', 'УНП ООН', 'правительства Швейцарии'])}.`,
  () => S`Сумма причинённого ущерба составила ${money(pick(['kzt', 'usd', 'rub', 'uzs', 'tjs', 'kgs']))}.`,
  () => S`Заседание отложено на ${ruEv()} в связи с неявкой переводчика.`,
  () =>
    S`Потерпевшие направлены в кризисный центр «${pick(['Родник', 'Сана Сезим', 'Умут', 'Истиқбол', 'Шамшырак', 'Ишонч'])}» г. ${pick(RU_ORIG)[0]}.`,
  () =>
    S`На проспекте ${pick(['Абая', 'Назарбаева', 'Чуй', 'Рудаки', 'Манаса'])} остановлен микроавтобус с ${int(6, 19)} пассажирами без документов.`,
  () => S`Экспертиза проведена в Центре судебных экспертиз Министерства юстиции.`,
  () =>
    S`В ${pick(['мае', 'июне', 'сентябре', 'декабре', 'марте'])} ${int(2020, 2024)} года аналогичные объявления размещались в группах «Работа в Корее» и «Вакансии Дубай».`,
  () => S`Из-за праздников Наурыз и Курбан айт допрос перенесён на следующую неделю.`,
  () => S`Ответ на запрос из Генеральной прокуратуры ${pick(RU_COUNTRY)[1]} поступил ${ruEv()}.`,
  () => S`Ходатайство защиты о назначении повторной экспертизы отклонено.`,
  () => S`В отношении подозреваемого избрана мера пресечения в виде содержания под стражей сроком на два месяца.`,
  () => S`Суд учёл смягчающие обстоятельства: раскаяние и наличие малолетних детей.`,
  () =>
    S`Вещественные доказательства — ${int(2, 4)} мобильных телефона, ноутбук и ${int(5, 20)} паспортов — переданы в камеру хранения.`,
  () =>
    S`Пункт пропуска «${pick(['Кордай', 'Жибек жолы', 'Ак-Жол', 'Достык', 'Дустлик', 'Фотехобод', 'Айдарбек'])}» работал в усиленном режиме с ${ruEv()}.`,
  () => S`Работодатели в Анталье, Аланье и Бодруме нанимали сезонных работников без оформления.`,
  () =>
    S`По состоянию на 1 января ${int(2021, 2024)} года в Турции находилось около ${int(40, 120)} тысяч граждан Туркменистана.`,
  () => S`«Процент» за долг составлял ${int(5, 20)} % в неделю.`,
  () => S`Улица ${pick(['Сатпаева', 'Гоголя', 'Ленина', 'Навои', 'Айни'])} в тот вечер была перекрыта из-за ремонта.`,
  () =>
    S`Девушек привезли к аэропорту «${pick(['Манас', 'Домодедово', 'Внуково', 'Ислам Каримов', 'Душанбе', 'Сабиха Гёкчен'])}» за два часа до вылета.`,
  () => S`В Ташкенте действует Агентство внешней трудовой миграции при Министерстве занятости и сокращения бедности.`,
  () => S`В ${int(2021, 2023)} году по ${pick(RU_ART)} зарегистрировано ${int(9, 60)} уголовных правонарушений.`,
  () => S`Определение Верховного суда ${pick(RU_COUNTRY)[1]} от ${ruEv()} ${ruCase()}.`,
  () =>
    S`Согласно Палермскому протоколу, согласие жертвы не имеет значения, если использовались обман или принуждение.`,
  () => S`Оплата производилась через «Золотую Корону», Kaspi Bank и Western Union.`,
  () => S`Площадь Ала-Тоо, ТРЦ «Мега» и Зелёный базар упоминаются в показаниях как места встреч.`,
  () =>
    S`Справка подготовлена отделом по противодействию торговле людьми ${pick(['Департамента полиции г. Алматы', 'ГУВД г. Бишкек', 'ГУВД г. Ташкента', 'УВД Согдийской области'])}.`,
  () => S`Граждане ${pick(RU_COUNTRY)[1]} могут находиться в России без патента не более 90 суток.`,
  () => S`Тариф «на дорогу» — ${money('usd')}, включая билет ${pick(RU_ORIG)[0]} — ${pick(RU_DEST)[0]}.`,
  () => S`В ходе рейда «Мигрант-${int(2021, 2024)}» проверено ${int(40, 300)} объектов.`,
];
const RU_MARKS = ['\n', ' ', ' ', '\n\n'];
function ruNeg(): Piece {
  const k = int(2, 4);
  return J(
    pick(RU_MARKS),
    sample(RU_NEG_SHORT, k).map((f) => f()),
  );
}
/** longer negative documents */
const RU_NEG_DOCS: (() => Piece)[] = [
  () =>
    S`СПРАВКА\nо результатах мониторинга ${pick(['социальных сетей', 'сайтов по трудоустройству', 'телеграм-каналов'])}\nЗа ${pick(['I квартал', 'II квартал', 'III квартал', 'первое полугодие'])} ${int(2021, 2024)} года выявлено ${int(12, 140)} объявлений о работе в ${pick(['ОАЭ', 'Турции', 'Республике Корея', 'Польше'])} с признаками вербовки. Материалы переданы в ${pick(['Департамент полиции г. Алматы', 'Агентство по финансовому мониторингу', 'ГУВД г. Бишкек'])}.`,
  () =>
    S`Постановление о признании потерпевшей вынесено ${ruEv()}. Разъяснены права, предусмотренные ст. 71 УПК РК. Копия направлена прокурору ${pick(['Алмалинского', 'Медеуского', 'Ауэзовского', 'Турксибского'])} района.`,
  () =>
    S`Выписка из ЕРДР: ${ruCase()}; квалификация — ${pick(RU_ART_KZ)}; дата регистрации — ${ruEv()}; орган — ${pick(['УП Бостандыкского района', 'ДП Туркестанской области', 'ДП г. Астаны'])}.`,
  () =>
    S`Повестка дня рабочей группы:\n1. Итоги ${int(2021, 2023)} года.\n2. Взаимодействие с МОМ и ОБСЕ.\n3. Проект Национального плана по противодействию торговле людьми на ${int(2024, 2026)}–${int(2027, 2029)} годы.`,
  () => S`Обвинительный акт по делу ${ruCase()} утверждён прокурором ${ruEv()} и направлен в ${pick(RU_COURT)}.`,
];

const rn = ruName;
const RU_POS: (() => Piece)[] = [
  // 1 fabula
  () => {
    const v = ruPerson({ g: 'f', eth: pick(['kz', 'kg', 'uz', 'tj', 'tm', 'kaa', 'ug']) });
    const w = ruPerson({ g: 'f' });
    const cc = infoOf(v).cc;
    const o = pick(RU_CITY_BY[cc] ?? RU_CITY_BY.kz);
    const de = pick(RU_DEST);
    const c = RU_COUNTRY[{ uz: 0, kg: 1, tj: 2, kz: 3, tm: 4 }[cc as 'kz'] ?? 3];
    return S`${rn(v, 'LFP')}, ${BD(dRu(birth()))} г.р., уроженка г. ${o}, гражданка ${c[1]}, в ${pick(['марте', 'апреле', 'мае', 'октябре', 'ноябре'])} ${int(2020, 2023)} года ${chance(0.5) ? S`через знакомую по имени ${rn(w, 'F')}` : 'через знакомую'} получила предложение о работе ${pick(RU_JOB_F)} в г. ${de[2]} с оплатой ${money('usd')} в месяц.`;
  },
  // 2 Q/A recruiter
  () => {
    const w = ruPerson({ g: 'f' });
    const de = pick(RU_DEST);
    return S`Вопрос: Кто предложил вам выехать в ${de[1]}?\nОтвет: Женщина, которая представилась ${rn(w, 'F', 'i')}. Она звонила мне с номера ${PH(pick(['kz', 'uz', 'kg', 'tr', 'ae'] as Cc[]))}, а потом писала в телеграме с аккаунта ${HANDLEE(w)}.`;
  },
  // 3 bank transfer
  () => {
    const v = ruPerson();
    const w = ruPerson();
    return S`Согласно выписке АО «${pick(['Kaspi Bank', 'Halyk Bank', 'Jusan Bank', 'Freedom Bank', 'Bereke Bank'])}», ${ruEv()} с карты ${CARDE(pick(['440043', '440563', '400303', '539545']))} (держатель — ${rn(v, 'LI')}) на карту ${CARDE()}, оформленную на ${rn(w, 'LFP', 'a')}, переведено ${money('kzt')}.`;
  },
  // 4 hotel card
  () => {
    const v = ruPerson({ eth: pick(['kz', 'kg', 'uz', 'tj', 'tm', 'kaa', 'ug']) });
    const de = pick(RU_DEST);
    const k: PassKind = infoOf(v).pass;
    const lines: Piece[] = [
      S`Ф.И.О. гостя: ${rn(v, chance(0.5) ? 'LFP' : 'UP')}`,
      S`Дата рождения: ${BD(dmy(birth()))}`,
      S`Паспорт: ${PASS(k)}`,
      chance(0.7)
        ? S`Тел.: ${PH(infoOf(v).cc)}`
        : S`Гражданство: ${{ kz: 'KAZ', kg: 'KGZ', uz: 'UZB', tj: 'TJK', tm: 'TKM', ru: 'RUS' }[infoOf(v).cc as 'kz']}`,
      S`Заезд: ${dmy(eventDate())}, номер ${int(101, 640)}`,
    ];
    return S`Регистрационная карточка гостя — отель «${pick(HOTELS)}», ${de[0]}\n${J('\n', [lines[0], ...shuffle(lines.slice(1, 4)), lines[4]])}`;
  },
  // 5 job advert
  () => {
    const w = ruPerson({ g: 'f' });
    const de = pick(RU_DEST);
    return S`СРОЧНО! Требуются девушки 18–28 лет на работу в ${pick(['кафе', 'караоке', 'салон красоты', 'отель', 'ночной клуб'])} в ${de[2]}. Зарплата от ${pick(['1500', '2000', '2500'])} $, билеты и жильё за счёт фирмы, документы оформим сами. Звоните или пишите в WhatsApp: ${PH(pick(['kz', 'kg', 'uz', 'ae', 'tr'] as Cc[]))} (${rn(w, chance(0.5) ? 'F' : 'D')}). ${chance(0.6) ? S`Instagram: ${HANDLEE(w, false)}` : S`Телеграм: ${HANDLEE(w)}`}`;
  },
  // 6 chat transcript, lower-case names
  () => {
    const a = ruPerson({ g: 'f' });
    const b = ruPerson({ g: 'f' });
    const x = ruPerson({ g: 'm' });
    const h1 = int(8, 22);
    const lw = chance(0.5);
    const aN = lw ? lowerEnt(rn(a, 'D')) : rn(a, 'D');
    const bN = lw ? lowerEnt(rn(b, 'F')) : rn(b, 'F');
    return S`[${h1}:${pad(int(0, 50), 2)}] ${aN}: ну что, паспорт отдала?\n[${h1}:${pad(int(51, 59), 2)}] ${bN}: да, отдала ${lowerEnt(rn(x, 'D', 'd'))}, он сказал вернёт в понедельник, не переживай`;
  },
  // 7 verdict
  () => {
    const v = ruPerson({ g: 'm' });
    const [court, art] = ruCourtArt();
    return S`Приговором ${court} от ${ruEv()} ${rn(v, 'LFP')} признан виновным в совершении преступления, предусмотренного ${art}, и ему назначено наказание в виде лишения свободы сроком на ${pick(['семь', 'восемь', 'девять', 'десять', 'двенадцать'])} лет с конфискацией имущества.`;
  },
  // 8 suspect data KZ
  () => {
    const v = ruPerson({ g: 'f', eth: 'kz' });
    const b = birth();
    return S`Подозреваемая ${rn(v, 'LFP')}, ${BD(dRu(b))} года рождения, ИИН ${IIN(b, v)}, зарегистрирована по адресу: г. ${pick(['Шымкент', 'Тараз', 'Алматы', 'Туркестан'])}, ${ADDR(addrRu())}, документирована удостоверением личности № ${PASS('kzid')}.`;
  },
  // 9 witness
  () => {
    const v = ruPerson({ g: 'f' });
    const x = ruPerson({ g: 'f' });
    return S`Допрошенная в качестве свидетеля ${rn(v, 'LFP')} показала, что летом ${int(2020, 2023)} года её соседка рассказала о вакансии в ${pick(['Дубае', 'Стамбуле', 'Сеуле', 'Анталье'])} и дала номер некой ${rn(x, 'F', 'g')}: ${PH(pick(['kz', 'uz', 'tr', 'ae'] as Cc[]))}.`;
  },
  // 10 car + driver
  () => {
    const v = ruPerson({ g: 'm' });
    const k: PlateKind = pick(['kz', 'kg', 'uz', 'ru'] as PlateKind[]);
    return S`Потерпевших доставили к границе на автомашине «${pick(CARS)}» с государственным номером ${PLATE(k)}, за рулём находился ${rn(v, pick(['FL', 'LF', 'F'] as Form[]))}, который по дороге забрал у девушек паспорта.`;
  },
  // 11 IBAN
  () => {
    const v = ruPerson({ eth: pick(['trk', 'ar', 'kz', 'uz']) });
    const cc: IbanCC =
      v.eth === 'trk' ? 'TR' : v.eth === 'ar' ? 'AE' : v.eth === 'kz' ? 'KZ' : pick(['GE', 'AZ', 'KZ'] as IbanCC[]);
    return S`По данным финансового мониторинга, денежные средства поступали на счёт ${IBANE(cc)}, открытый на имя ${rn(v, 'FL', 'g')}; всего за период с ${dmy(eventDate())} зачислено ${money('usd')}.`;
  },
  // 12 email
  () => {
    const v = ruPerson();
    return S`Переписка с «работодателем» велась по электронной почте ${EMAILE(chance(0.5) ? v : undefined)}; по ответу провайдера, адрес зарегистрирован на ${rn(v, 'LF', 'a')}${chance(0.4) ? S`, ${BD(dRu(birth(), 0))} г.р.` : ''}.`;
  },
  // 13 Russian SNILS/INN
  () => {
    const v = ruPerson({ eth: 'ru', g: 'm' });
    return S`Гражданин РФ ${rn(v, 'LFP')}, СНИЛС ${NID(ruSNILS())}, ИНН ${NID(ruINN())}, проживающий по адресу: Московская обл., г. ${pick(['Подольск', 'Балашиха', 'Люберцы', 'Мытищи', 'Химки'])}, ${ADDR(addrRuRussia())}, сдавал комнаты иностранным гражданам без постановки на миграционный учёт.`;
  },
  // 14 Korea
  () => {
    const v = ruPerson({ g: 'f' });
    const k = ruPerson({ eth: 'krn', g: 'm' });
    return S`В Республике Корея ${rn(v, 'F')} работала на теплице в провинции Кёнгидо; работодатель ${rn(k, 'FL')} платил ей наличными, жила она по адресу: Ансан, ${ADDR(addrKr(true))}.`;
  },
  // 15 direct speech
  () => {
    const v = ruPerson({ g: 'f' });
    const w = ruPerson({ g: 'f' });
    return S`— ${rn(v, 'D')}, не бойся, там все так работают, — сказала ей тогда ${rn(w, 'F')}. — Через три месяца вернёшь долг и поедешь домой.`;
  },
  // 16 operative report
  () => {
    const o1 = ruPerson({ g: 'm', eth: pick(['kz', 'kz', 'ru', 'ko', 'ug']) });
    const o2 = ruPerson({ eth: pick(['kz', 'ru', 'kz']) });
    return S`Рапорт. Докладываю, что ${ruEv()} в ходе ОРМ «${pick(['Мигрант', 'Қараүзек', 'Трафик', 'Нелегал'])}» мною, старшим оперуполномоченным капитаном полиции ${rn(o1, 'LI', 'i')}, совместно с лейтенантом полиции ${rn(o2, 'LI', 'i')} в ${pick(['сауне «Лотос»', 'кафе «Арман»', 'общежитии на окраине города', 'гостинице «Жулдыз»'])} выявлены ${pick(['две', 'три', 'четыре'])} гражданки ${pick(RU_COUNTRY.slice(0, 3))[1]} без документов.`;
  },
  // 17 UAE
  () => {
    const a = ruPerson({ eth: 'ar' });
    return S`В Дубае девушек поселили в квартире по адресу: ${ADDR(addrAe())}, Deira; паспорта забрал мужчина по имени ${rn(a, 'F')}, представлявшийся менеджером агентства.`;
  },
  // 18 Turkey address
  () => {
    const v = ruPerson({ g: 'f' });
    return S`В Стамбуле ${rn(v, 'F')} проживала по адресу ${ADDR(addrTr())}, Fatih, вместе с ещё ${pick(['тремя', 'четырьмя', 'пятью'])} девушками из ${pick(['Ферганской долины', 'Туркестанской области', 'Хатлона', 'Ошской области', 'Дашогуза'])}.`;
  },
  // 19 list of victims
  () => {
    const n = int(2, 3);
    const items: Piece[] = [];
    for (let i = 0; i < n; i++) {
      const p = ruPerson({ g: chance(0.8) ? 'f' : 'm' });
      items.push(
        S`${i + 1}) ${rn(p, 'LFP')}, ${chance(0.6) ? BD(dmy(birth())) : `${int(18, 30)} лет`}${chance(0.4) ? S`, паспорт ${PASS(infoOf(p).pass)}` : ''}`,
      );
    }
    return S`Потерпевшие по делу:\n${J(';\n', items)}.`;
  },
  // 20 first-person statement
  () => {
    const v = ruPerson({ g: 'f' });
    const h = ruPerson({ g: 'm', eth: v.eth in RU_POOLS ? v.eth : 'kz' });
    return S`Я, ${rn(v, 'LFP')}, ${BD(dRu(birth()))} года рождения, проживающая по адресу: ${ADDR(addrRu())}, хочу сообщить, что мой муж ${rn(h, 'FL')} удерживает мои документы и не выпускает меня из дома.`;
  },
  // 21 lawyer note with age (not DOB)
  () => {
    const v = ruPerson({ g: 'f' });
    return S`Клиентка (${rn(v, 'F')}, ${int(18, 34)} года) сообщила, что за переезд в ${pick(RU_DEST)[1]} ей «выставили долг» в ${pick(['3000', '4500', '5000'])} долларов. Вербовщицу она знает только по прозвищу «${PER(pick(['Лиса', 'Рыжая', 'Кошка', 'Роза', 'Ласточка']))}».`;
  },
  // 22 billing analysis
  () => {
    const v = ruPerson();
    const w = ruPerson();
    return S`Анализ биллинга показал регулярные соединения абонентского номера ${PH(pick(['kz', 'ru', 'kg'] as Cc[]))}, находящегося в пользовании ${rn(v, 'LI', 'g')}, с номером ${PH(pick(['tr', 'ae', 'uz', 'tj'] as Cc[]))}, зарегистрированным на ${rn(w, 'FL', 'a')}.`;
  },
  // 23 money transfer record
  () => {
    const a = ruPerson({ eth: 'tj', g: 'm' });
    const b = ruPerson({ eth: 'tj', g: 'f' });
    return S`Перевод «Золотая Корона» № ${digs(10)}: отправитель ${rn(a, 'LFP')}, г. Москва; получатель ${rn(b, 'LFP')}, г. ${pick(['Худжанд', 'Куляб', 'Бохтар', 'Истаравшан'])}; сумма ${money('rub')}; дата ${dmy(eventDate())}.`;
  },
  // 24 social page
  () => {
    const v = ruPerson({ g: 'f' });
    return S`На странице «${rn(v, 'FL')}» в Instagram (${HANDLEE(v)}) с ${ruEv()} размещались объявления о «работе моделью в Сеуле без визы».`;
  },
  // 25 nickname
  () => {
    const v = ruPerson({ g: 'm' });
    return S`Организатором группы являлся ${rn(v, 'LFP')}, известный в криминальной среде под кличкой «${PER(pick(NICKS_RU))}».`;
  },
  // 26 Poland
  () => {
    const p = ruPerson({ eth: 'pl' });
    return S`В Польше граждане ${pick(['Узбекистана', 'Таджикистана', 'Кыргызстана'])} работали на складе по адресу ${ADDR(addrPl())}, ${pick(['Łódź', 'Wrocław', 'Poznań'])}; владелец агентства ${rn(p, 'FL')} удерживал из зарплаты по 400 злотых «за жильё».`;
  },
  // 27 China
  () => {
    const v = ruPerson({ g: 'f', eth: pick(['kz', 'kg', 'ug']) });
    const c = ruPerson({ eth: 'cn' });
    return S`В г. Урумчи ${rn(v, 'F', 'a')} передали человеку по имени ${rn(c, 'FL')}, который отвёз её в ${pick(['Иу', 'Гуанчжоу', 'Харбин'])} и поселил по адресу ${ADDR(addrCn(true))}.`;
  },
  // 28 mother, village address
  () => {
    const m = ruPerson({ g: 'f', eth: pick(['kz', 'kg', 'uz', 'tj', 'kaa', 'ug', 'tm']) });
    return S`Мать потерпевшей — ${rn(m, 'LFP')} — проживает в с. ${pick(['Аксукент', 'Ынтымак', 'Кара-Суу', 'Пахтакор', 'Гулистон', 'Сарыкемер', 'Балыкчы'])}, ${ADDR(`ул. ${pick(['Мира', 'Центральная', 'Школьная', 'Абая', 'Навои'])}, ${houseNo()}`)}; контактный телефон ${PH(pick(['kz', 'kg', 'uz', 'tj'] as Cc[]))}.`;
  },
  // 29 border crossing
  () => {
    const v = ruPerson({ g: 'f', eth: pick(['uz', 'kg', 'tj']) });
    const c = v.eth === 'uz' ? RU_COUNTRY[0] : v.eth === 'kg' ? RU_COUNTRY[1] : RU_COUNTRY[2];
    const k: PassKind = v.eth === 'uz' ? 'uz' : v.eth === 'kg' ? 'kg' : 'tj';
    return S`При пересечении границы на КПП «${pick(['Жибек жолы', 'Кордай', 'Ак-Жол', 'Айдарбек'])}» гражданка ${c[1]} ${rn(v, 'LFP')} предъявила паспорт ${PASS(k)}, выданный ${dmy(randDate(2016, 2022))}.`;
  },
  // 30 contacts from phone
  () => {
    const s = ruPerson({ g: 'm' });
    const a = ruPerson({ g: 'm' });
    return S`Из памяти телефона, изъятого у ${rn(s, 'LI', 'g')}, извлечены контакты: «${rn(a, 'D')} Стамбул» — ${PH('tr')}; «Касса ${pick(['Дубай', 'Анталья', 'Москва'])}» — ${PH(pick(['kz', 'uz', 'ae'] as Cc[]))}; «Мама» — номер удалён.`;
  },
  // 31 request, no person
  () =>
    S`Прошу установить владельца абонентского номера ${PH(pick(['kz', 'ru', 'kg', 'uz'] as Cc[]))} и держателя банковской карты ${CARDE()}, а также предоставить сведения о движении средств по счёту ${IBANE(pick(['KZ', 'KZ', 'TR', 'AE'] as IbanCC[]))} за период с ${dmy(eventDate())} по настоящее время.`,
  // 32 birth in words
  () => {
    const v = ruPerson({ g: 'f' });
    const b = birth();
    const o = pick(RU_ORIG);
    return S`${rn(v, 'F')} родилась ${BD(`${b.d} ${RU_MON[b.m - 1]} ${b.y}`)} года в ${o[0] === 'Алматы' || o[0] === 'Душанбе' ? 'городе ' + o[0] : 'г. ' + o[0]}, после окончания колледжа работала продавцом, а в ${int(2019, 2023)} году уехала на заработки в ${pick(RU_DEST)[1]}.`;
  },
  // 33 VK id
  () => {
    const v = ruPerson();
    return S`Страница ВКонтакте ${E('HANDLE', 'id' + digsNZ(9))}, зарегистрированная на имя «${rn(v, 'FL')}», использовалась для поиска «моделей» в ${pick(['Стамбул', 'Дубай', 'Москву'])}.`;
  },
  // 34 Russian internal passport
  () => {
    const v = ruPerson({ eth: pick(['ru', 'ko', 'kz']), g: 'm' });
    return S`Собственник квартиры ${rn(v, 'LFP')} предъявил паспорт гражданина РФ ${PASS('ru')}, выданный ГУ МВД России по г. Москве ${dmy(randDate(2010, 2021))}.`;
  },
  // 35 KG PIN
  () => {
    const v = ruPerson({ eth: 'kg' });
    const b = birth();
    return S`Гражданка Кыргызской Республики ${rn(v, 'LFP')}, ПИН ${PIN_KG(b, v)}, паспорт ${PASS('kg')}, прибыла в г. ${pick(['Алматы', 'Москву', 'Стамбул'])} ${ruEv()}.`.map(
      (x) => (x === 'Гражданка Кыргызской Республики ' && v.g === 'm' ? 'Гражданин Кыргызской Республики ' : x),
    );
  },
  // 36 UZ PINFL
  () => {
    const v = ruPerson({ eth: 'uz', g: 'm' });
    const b = birth();
    return S`Гражданин Республики Узбекистан ${rn(v, 'LFP')} (ПИНФЛ ${PINFL(b, v)}, паспорт ${PASS('uz')}) с ${ruEv()} находился в розыске за организацию незаконной миграции.`;
  },
  // 37 TJ INN
  () => {
    const v = ruPerson({ eth: 'tj' });
    return S`По сведениям налоговых органов Таджикистана, ${rn(v, 'LFP')} (ИНН ${NID(tjINN())}) является учредителем частного агентства занятости «${pick(['Кори Хуб', 'Роҳи Нав', 'Сафар Тревел', 'Барор'])}».`;
  },
  // 38 Turkish employer with TC
  () => {
    const t = ruPerson({ eth: 'trk', g: 'm' });
    return S`Владелец заведения — гражданин Турции ${rn(t, 'FL')} (T.C. kimlik no ${TCNO()}) — пояснил, что девушек ему «рекомендовало» агентство из ${pick(['Анталии', 'Алматы', 'Ташкента'])}.`;
  },
  // 39 interrogation protocol
  () => {
    const v = ruPerson();
    const b = birth();
    return S`Следователь: Назовите ваши фамилию, имя, отчество.\nСвидетель: ${rn(v, 'LFP')}.\nСледователь: Дата рождения?\nСвидетель: ${BD(dRu(b))}.\nСледователь: Где проживаете?\nСвидетель: ${pick(RU_ORIG)[0]}, ${ADDR(addrRu())}.`;
  },
  // 40 analytic scheme
  () => {
    const a = ruPerson({ g: 'f' });
    const b = ruPerson({ g: 'm' });
    const t = ruPerson({ eth: 'trk' });
    return S`Схема: вербовщица ${rn(a, 'LI')} (${pick(RU_ORIG)[0]}) → перевозчик ${rn(b, 'FL')} → «принимающая сторона» в Анталье ${rn(t, 'FL')}. Денежные потоки шли через карты ${CARDE()} и ${CARDE()}.`;
  },
  // 41 shelter intake
  () => {
    const v = ruPerson({ g: 'f' });
    const s = ruPerson({ g: 'f', eth: v.eth in RU_POOLS ? v.eth : 'kz' });
    return S`Анкета при поступлении в кризисный центр\nИмя: ${rn(v, 'F')}\nВозраст: ${int(15, 29)}\nОткуда: ${pick(['Туркестанская обл.', 'Ошская обл.', 'Хатлонская обл.', 'Кашкадарьинская обл.', 'Жамбылская обл.'])}\nКонтакт родственника: ${PH(pick(['kz', 'kg', 'tj', 'uz'] as Cc[]))} (сестра ${rn(s, 'F')})`;
  },
  // 42 judge and clerk
  () => {
    const j = ruPerson({ eth: pick(['kz', 'kg', 'ru', 'uz']) });
    const c = ruPerson({ g: 'f', eth: pick(['kz', 'kg', 'ru', 'uz']) });
    return S`Дело рассмотрено судьёй ${rn(j, 'LI', 'i')} при секретаре ${rn(c, 'LI', 'p')}, с участием государственного обвинителя и переводчика с узбекского языка.`;
  },
  // 43 neighbour + plate
  () => {
    const x = ruPerson({ g: 'f', eth: 'ru' });
    return S`Соседка ${rn(x, 'FP')} видела, как в ночь на ${ruEv()} к дому подъехал белый микроавтобус ${PLATE(pick(['kz', 'ru', 'kg'] as PlateKind[]))}, в который посадили трёх девушек.`;
  },
  // 44 telegram admin nickname
  () => {
    const v = ruPerson({ g: 'm' });
    return S`В чате «Работа Дубай ${int(2021, 2024)}» администратор ${HANDLEE(v)} (по словам потерпевших — ${rn(v, 'D')}) собирал копии паспортов и требовал предоплату ${pick(['300', '500', '700'])} долларов.`;
  },
  // 45 house in Russia
  () => {
    const v = ruPerson({ g: 'm' });
    return S`Потерпевших удерживали в частном доме по адресу: Московская область, ${pick(['Раменский', 'Ленинский', 'Солнечногорский'])} район, д. ${pick(['Ивановка', 'Заречье', 'Никольское'])}, ${ADDR(`ул. ${pick(['Садовая', 'Полевая', 'Лесная'])}, ${houseNo()}`)}, принадлежащем ${rn(v, 'LFP', 'd')}.`;
  },
  // 46 deportation record
  () => {
    const v = ruPerson({ eth: pick(['tj', 'uz', 'kg']) });
    return S`${rn(v, 'LI')}, ${chance(0.5) ? BD(dmy(birth())) : `гражданин${v.g === 'f' ? 'ка' : ''} ${pick(['Таджикистана', 'Узбекистана', 'Кыргызстана'])}`}, выдворен${v.g === 'f' ? 'а' : ''} за пределы РФ ${ruEv()} через аэропорт «${pick(['Домодедово', 'Внуково', 'Кольцово'])}».`;
  },
  // 47 RU plate owner
  () => {
    const v = ruPerson({ g: 'm' });
    return S`Автомобиль «${pick(['ГАЗель', 'Ford Transit', 'Hyundai H-1'])}» ${PLATE('ru')}, на котором рабочих возили на объект, зарегистрирован на ${rn(v, 'LFP', 'a')}.`;
  },
  // 48 email + handle without person
  () =>
    S`Для связи кандидатам предлагалось писать на ${EMAILE()} или в Telegram ${HANDLEE()}, «анкету с фото в полный рост» отправлять туда же.`,
  // 49 victim phones
  () => {
    const v = ruPerson({ g: 'f' });
    return S`Номер ${rn(v, 'F', 'g')} в Турции — ${PH('tr')}, прежний номер на родине — ${chance(0.4) ? PH(pick(['kz', 'kg', 'uz', 'tj', 'tm'] as Cc[])) : 'не установлен'}; связь прервалась ${ruEv()}.`;
  },
  // 50 fictitious marriage
  () => {
    const a = ruPerson({ g: 'm', eth: 'ru' });
    const b = ruPerson({ g: 'f', eth: pick(['uz', 'tj', 'kg']) });
    return S`Брак между ${rn(a, 'FL', 'i')} и ${rn(b, 'FL', 'i')} зарегистрирован ${ruEv()} в ${pick(['Люблинском', 'Перовском', 'Кузьминском'])} отделе ЗАГС и, по версии следствия, носил фиктивный характер.`;
  },
  // 51 honorific -апа/-ака
  () => {
    const w = ruPerson({ g: 'f', eth: pick(['kz', 'uz', 'kg']) });
    const m = ruPerson({ g: 'm', eth: pick(['uz', 'tj']) });
    return S`Хозяйку кафе все называли ${rn(w, 'F')}-апа, а её брата — ${rn(m, 'F')}-ака; именно он встречал девушек в аэропорту и забирал документы.`;
  },
  // 52 remittances to mother
  () => {
    const m = ruPerson({ g: 'f', eth: pick(['kz', 'kg', 'uz', 'tj', 'ru']) });
    return S`Потерпевшая ежемесячно переводила матери, ${rn(m, 'FP', 'd')}, по ${money('rub')} через «Юнистрим» (номер получателя ${PH(pick(['uz', 'tj', 'kg'] as Cc[]))}).`;
  },
  // 53 database check
  () => {
    const v = ruPerson({ eth: 'kz', g: 'm' });
    const b = birth();
    return S`Проверкой по базе «Беркут» установлено, что ${rn(v, 'LFP')} (ИИН ${IIN(b, v)}) ${ruEv()} вылетел рейсом Алматы — Дубай и в Казахстан не возвращался.`;
  },
  // 54 two women in car
  () => {
    const v = ruPerson({ g: 'f' });
    const a = ruPerson({ g: 'f' });
    const b = ruPerson({ g: 'f' });
    return S`С ${rn(v, 'F', 'i')} в одной машине ехали ещё две женщины — ${rn(a, 'F')} и ${rn(b, 'F')}, обе из ${pick(['Жетысайского района', 'Сузакского района', 'Ноокатского района', 'Бохтарского района'])}.`;
  },
  // 55 address inflected
  () => {
    const v = ruPerson();
    const [prep, a] = addrRuLoc();
    return S`${rn(v, 'LF')} ${v.g === 'f' ? 'снимала' : 'снимал'} комнату ${prep} ${ADDR(a)} в г. ${pick(['Алматы', 'Бишкек', 'Ташкент', 'Шымкент', 'Душанбе'])}, куда и приезжали «клиентки».`;
  },
  // 56 passport-style upper case + passport foreign RU
  () => {
    const v = ruPerson({ eth: 'ru' });
    return S`Сведения из анкеты на визу: ${rn(v, 'UP')}, загранпаспорт ${PASS('ruint')}, дата рождения ${BD(dmy(birth()))}, цель поездки — туризм.`;
  },
  // 57 Turkmen victim
  () => {
    const v = ruPerson({ eth: 'tm', g: 'f' });
    return S`Гражданка Туркменистана ${rn(v, 'FL')}, ${BD(dmy(birth()))} г.р., паспорт ${PASS('tm')}, прибыла в Стамбул по туристической визе и была «продана» в ${pick(['Лалели', 'Аксарай', 'Зейтинбурну'])} за ${pick(['2000', '3000', '3500'])} долларов.`;
  },
  // 58 Karakalpak/Uyghur witness, speech w/o cue
  () => {
    const a = ruPerson({ eth: pick(['kaa', 'ug']) });
    const b = ruPerson({ eth: pick(['kaa', 'ug', 'uz']) });
    return S`${rn(a, 'F')} говорит, что ${rn(b, 'F')} ${b.g === 'f' ? 'звонила' : 'звонил'} ей каждую ночь и угрожал${b.g === 'f' ? 'а' : ''} рассказать всё родственникам в ${pick(['Нукусе', 'Чимбае', 'Кунграде', 'Чунджо'])}.`;
  },
  // 59 card seizure list
  () => {
    const v = ruPerson({ g: 'm' });
    return S`В ходе обыска у ${rn(v, 'LI', 'g')} изъяты банковские карты: ${CARDE(pick(['220220', '427638', '553691']))}, ${CARDE(pick(['860031', '986010']))} и ${CARDE()}, оформленные на третьих лиц.`;
  },
  // 60 reception of victim address in Bishkek
  () => {
    const v = ruPerson({ eth: 'kg', g: 'f' });
    return S`${rn(v, 'LF')} после возвращения проживает у тёти в Бишкеке, ${ADDR(`мкр. ${pick(['Джал-29', 'Асанбай', 'Восток-5', 'Кок-Жар'])}, д. ${int(1, 60)}, кв. ${int(1, 90)}`)}; номер для связи ${PH('kg')}.`;
  },
];

// ---------------------------------------------------------------------------
// English
// ---------------------------------------------------------------------------
const en = enName;
const EN_ORIG = W(
  'Shymkent, Almaty, Taraz, Turkestan, Bishkek, Osh, Jalal-Abad, Karakol, Tashkent, Samarkand, Andijan, Fergana, Namangan, Nukus, Dushanbe, Khujand, Bokhtar, Kulob, Ashgabat, Mary, Dashoguz',
);
const EN_REGION = W(
  'Turkestan Region, Osh Region, Khatlon Region, Kashkadarya Region, Zhambyl Region, Sughd Region, Jalal-Abad Region, the Fergana Valley, Karakalpakstan, Lebap Province',
);
const EN_DEST = W(
  'Istanbul, Antalya, Alanya, Dubai, Sharjah, Abu Dhabi, Seoul, Ansan, Incheon, Moscow, St Petersburg, Yekaterinburg, Urumqi, Yiwu, Warsaw, Łódź, Wrocław',
);
const EN_COUNTRY = W('Uzbekistan, Kyrgyzstan, Tajikistan, Kazakhstan, Turkmenistan');
const EN_ORG = W(
  "the Prosecutor General's Office, the Ministry of Internal Affairs, IOM, UNODC, the OSCE Programme Office in Bishkek, the Financial Monitoring Agency, the Migration Service, the State Committee for National Security, the Embassy of Uzbekistan in Ankara, the Consulate of Kyrgyzstan in Dubai, the Ministry of Labour, La Strada Poland",
);
const EN_COURT = W(
  'the Almaty Specialised Inter-district Criminal Court, the Pervomaisky District Court of Bishkek, the Yunusabad District Criminal Court of Tashkent, the Firdavsi District Court of Dushanbe, the Istanbul 22nd High Criminal Court, the Antalya 3rd High Criminal Court, the Seoul Central District Court',
);
const EN_ART = W(
  'Article 128(2) of the Criminal Code of Kazakhstan, Article 171 of the Criminal Code of the Kyrgyz Republic, Article 135 of the Criminal Code of Uzbekistan, Article 130.1 of the Criminal Code of Tajikistan, Article 127.1 of the Russian Criminal Code, Article 80 of the Turkish Penal Code, Article 322.1 of the Russian Criminal Code, Article 128 of the Criminal Code',
);
const EN_COURT_ART: [string[], string[]][] = [
  [
    [
      'the Almaty Specialised Inter-district Criminal Court',
      'the Shymkent City Court',
      'the Bostandyk District Court of Almaty',
    ],
    [
      'Article 128(2) of the Criminal Code of Kazakhstan',
      'Article 128(3) of the Criminal Code of Kazakhstan',
      'Article 308 of the Criminal Code of Kazakhstan',
    ],
  ],
  [
    ['the Pervomaisky District Court of Bishkek', 'the Osh City Court'],
    ['Article 171 of the Criminal Code of the Kyrgyz Republic'],
  ],
  [['the Yunusabad District Criminal Court of Tashkent'], ['Article 135 of the Criminal Code of Uzbekistan']],
  [['the Firdavsi District Court of Dushanbe'], ['Article 130.1 of the Criminal Code of Tajikistan']],
  [
    ['the Istanbul 22nd High Criminal Court', 'the Antalya 3rd High Criminal Court'],
    ['Article 80 of the Turkish Penal Code'],
  ],
  [
    ['the Lyublino District Court of Moscow'],
    ['Article 127.1 of the Russian Criminal Code', 'Article 127.2 of the Russian Criminal Code'],
  ],
];
function enCourtArt(): [string, string] {
  const [c, a] = pick(EN_COURT_ART);
  return [pick(c), pick(a)];
}
const enEv = (): string => dEn(eventDate());
const enCase = (): string =>
  pick([
    () => `No. ${int(1, 9)}-${int(100, 999)}/${int(2020, 2024)}`,
    () => `${int(2020, 2024)}/${int(100, 9999)} E.`,
    () => `No. ${digs(15)}`,
    () => `CR-${int(2020, 2024)}-${pad(int(1, 999), 4)}`,
  ])();
const EN_JOB_F = W(
  'waitress, hotel maid, nanny, shop assistant, warehouse packer, hostess, dishwasher, seamstress, dancer, carer',
);
const EN_NEG_SHORT = [
  () => S`Criminal case ${enCase()} was opened on ${enEv()} under ${pick(EN_ART)}.`,
  () => S`The file was referred to ${pick(EN_ORG)} for further checks.`,
  () =>
    S`According to ${pick(['the Ministry of Labour', 'the Migration Service', 'IOM', 'the Ministry of Internal Affairs'])}, more than ${int(15, 400)},000 labour migrants left ${pick(EN_COUNTRY)} for ${pick(['Russia', 'Türkiye', 'the UAE', 'South Korea', 'Poland'])} in ${int(2019, 2023)}.`,
  () =>
    S`The ${pick(EN_ORIG)}–${pick(EN_DEST)} flight departed on ${enEv()} at ${pad(int(0, 23), 2)}:${pick(['05', '20', '35', '50'])}.`,
  () =>
    S`The arrests took place near the ${pick(['Dordoi', 'Chorsu', 'Barakholka', 'Sadovod', 'Korvon', 'Laleli'])} market.`,
  () =>
    S`The project is funded by ${pick(['USAID', 'the European Union', 'the Swiss Agency for Development and Cooperation', 'the US State Department (J/TIP)', 'the UK Home Office'])} and implemented by IOM.`,
  () => S`Total damages were assessed at ${pick(['USD', 'EUR', 'KZT', 'RUB', 'AED'])} ${int(3, 90) * 1000}.`,
  () => S`The hearing was adjourned until ${enEv()} because the interpreter did not appear.`,
  () =>
    S`The victims were referred to the ${pick(['Sana Sezim', 'Ishonch', 'Tais Plus', 'Umut', 'Rodnik'])} shelter in ${pick(EN_ORIG)}.`,
  () => S`The defence motion for a second forensic examination was dismissed.`,
  () => S`The court took into account mitigating circumstances, including remorse and the defendant's young children.`,
  () =>
    S`Investigators seized ${int(2, 7)} mobile phones, a laptop and ${int(5, 40)} passports of ${pick(['Uzbek', 'Kyrgyz', 'Tajik', 'Turkmen'])} nationals.`,
  () => {
    const a = eventDate();
    const k = int(0, 4);
    const b = { y: a.y, m: a.m, d: Math.min(a.d + int(1, 3), daysIn(a.y, a.m)) };
    return S`The ${pick(['Korday', 'Zhibek Zholy', 'Dostyk', 'Oybek', 'Fotehobod', 'Kapitan Shevtsov'])} checkpoint was closed from ${dEn(a, k)} to ${dEn(b, k)}.`;
  },
  () => S`Employers in Antalya, Alanya and Bodrum hired seasonal workers without contracts.`,
  () => S`The 2023 Trafficking in Persons Report placed ${pick(EN_COUNTRY)} on Tier 2.`,
  () => S`The "debt" grew at ${int(5, 20)} per cent a week.`,
  () => S`Ramadan and Nowruz holidays delayed the interviews by two weeks.`,
  () => S`Under the Palermo Protocol, the consent of a victim is irrelevant where deception or coercion was used.`,
  () => S`Payments went through Western Union, Zolotaya Korona and Kaspi transfers.`,
  () => S`The Abay Avenue branch of the bank refused to disclose the records without a court order.`,
  () => S`In ${int(2021, 2023)}, ${int(9, 70)} offences were registered under ${pick(EN_ART)}.`,
  () => S`The National Referral Mechanism was adopted by government decree in ${int(2016, 2022)}.`,
  () => S`Temporary residence permits for victims are issued for up to ${pick(['30', '90', '180'])} days.`,
  () =>
    S`The raid, code-named "${pick(['Migrant', 'Trafik', 'Karavan', 'Nelegal'])}", covered ${int(30, 250)} premises in ${pick(EN_DEST)}.`,
  () => S`Manas Airport, Ala-Too Square and the Zelyony Bazaar are mentioned as meeting points.`,
  () => S`The indictment in case ${enCase()} was approved on ${enEv()} and sent to ${pick(EN_COURT)}.`,
  () => S`Citizens of ${pick(EN_COUNTRY)} may stay in Russia for up to 90 days without a work patent.`,
  () => S`May Day and Independence Day fell within the reporting period.`,
  () => S`Recruitment posts typically promised "USD ${pick(['1,500', '2,000', '3,000'])} a month, visa included".`,
];
function enNeg(): Piece {
  return J(
    pick([' ', ' ', '\n']),
    sample(EN_NEG_SHORT, int(2, 4)).map((f) => f()),
  );
}
const EN_NEG_DOCS: (() => Piece)[] = [
  () =>
    S`MEMO\nSubject: Online recruitment monitoring, ${pick(['Q1', 'Q2', 'Q3', 'Q4'])} ${int(2021, 2024)}\n${int(20, 150)} advertisements for jobs in ${pick(['the UAE', 'Türkiye', 'South Korea', 'Poland'])} showed indicators of trafficking. Cases were forwarded to ${pick(EN_ORG)}.`,
  () =>
    S`Agenda of the inter-agency working group:\n1. Results for ${int(2021, 2023)}.\n2. Cooperation with IOM and the OSCE.\n3. Draft National Action Plan against Trafficking in Persons, ${int(2024, 2025)}–${int(2027, 2028)}.`,
  () => {
    const [c, a] = enCourtArt();
    return S`Case summary: ${enCase()}; charge: ${a}; status: pending before ${c}; next hearing ${enEv()}.`;
  },
  () =>
    S`Training for ${int(20, 60)} prosecutors from Almaty, Shymkent and Taraz was held on ${enEv()} with the support of UNODC.`,
];
const EN_POS: (() => Piece)[] = [
  () => {
    const v = enPerson({ g: 'f' });
    const w = enPerson({ g: 'f' });
    return S`${en(v, 'FL')}, a ${int(18, 34)}-year-old woman from ${pick(EN_REGION)}, told investigators she was recruited in ${pick(EN_MON)} ${int(2020, 2023)} by an acquaintance, ${en(w, 'F')}, who promised her a job as a ${pick(EN_JOB_F)} in ${pick(EN_DEST)}.`;
  },
  () => {
    const v = enPerson({ eth: pick(['kz', 'kg', 'uz', 'tj', 'tm']) });
    const I = infoOf(v);
    return S`Victim profile\nName: ${en(v, pick(['FL', 'UP', 'LF'] as Form[]))}\nDOB: ${BD(dEn(birth()))}\nNationality: ${I.en}\nPassport: ${PASS(I.pass)}\nContact: ${PH(I.cc)}`;
  },
  () => {
    const w = enPerson();
    return S`According to the bank statement, ${pick(['KZT 450,000', 'USD 1,200', 'RUB 85,000', 'AED 3,500', 'TRY 40,000'])} was transferred on ${enEv()} from card ${CARDE()} to card ${CARDE()}, held by ${en(w, 'FL')}.`;
  },
  () => {
    const v = enPerson();
    return S`Guest registration — ${pick(HOTELS)}, ${pick(['Istanbul', 'Antalya', 'Dubai', 'Sharjah'])}. Name: ${en(v, 'UP')}. Date of birth: ${BD(dmy(birth()))}. Passport no.: ${PASS(pick(['kz', 'kg', 'uz', 'tj'] as PassKind[]))}. Arrival: ${dmy(eventDate())}. Room ${int(101, 720)}.`;
  },
  () => {
    const a = enPerson({ eth: pick(['ar', 'kz', 'uz']) });
    return S`HIRING NOW! Female staff for a lounge in Dubai Marina. Salary AED 4,000 + tips, visa and accommodation provided. WhatsApp ${PH('ae')} or DM ${HANDLEE(a)} on Instagram. Ask for ${en(a, 'F')}.`;
  },
  () => {
    const a = enPerson({ g: 'f', eth: pick(['kz', 'kg', 'uz', 'tj', 'tm']) });
    const b = enPerson({ g: 'f', eth: pick(['kz', 'kg', 'uz', 'tj', 'ru']) });
    const c = enPerson({ g: 'm', eth: pick(['trk', 'ar', 'uz', 'kz']) });
    const h = int(7, 21);
    return S`[${h}:12] ${lowerEnt(en(a, 'F'))}: where is my passport??\n[${h}:14] ${lowerEnt(en(b, 'F'))}: boss has it, relax. ${lowerEnt(en(c, 'F'))} said u can leave after 3 months`;
  },
  () => {
    const v = enPerson({ g: 'm' });
    const [c, a] = enCourtArt();
    return S`On ${enEv()}, ${c} convicted ${en(v, 'FL')} under ${a} and sentenced him to ${int(5, 15)} years' imprisonment.`;
  },
  () => {
    const v = enPerson({ g: 'f' });
    return S`The witness, ${en(v, 'FL')}, stated that she shared a flat at ${ADDR(addrAe())} with three other women from ${pick(EN_COUNTRY)}.`;
  },
  () => {
    const v = enPerson({ g: 'm' });
    return S`The victims were driven to the border in a white ${pick(CARS.filter((c) => /^[A-Z]/.test(c)))} bearing plates ${PLATE(pick(['kz', 'kg', 'uz', 'ru'] as PlateKind[]))}, registered to ${en(v, 'FL')}.`;
  },
  () => {
    const v = enPerson({ eth: pick(['trk', 'ar', 'kz', 'pl']) });
    const cc: IbanCC = v.eth === 'trk' ? 'TR' : v.eth === 'ar' ? 'AE' : v.eth === 'pl' ? 'PL' : 'KZ';
    return S`Payments were routed to account ${IBANE(cc)}, held by ${en(v, 'FL')} at ${pick(['Ziraat Bankası', 'Emirates NBD', 'Halyk Bank', 'PKO Bank Polski', 'Mashreq', 'Garanti BBVA'])}.`;
  },
  () => {
    const v = enPerson({ g: 'f' });
    return S`The recruiter wrote from ${EMAILE(v)} and signed her messages simply as "${en(v, 'F')}".`;
  },
  () => {
    const v = enPerson({ g: 'f' });
    const k = enPerson({ eth: 'krn', g: 'm' });
    return S`In South Korea, ${en(v, 'F')} worked on a farm near Nonsan; her employer, Mr ${en(k, 'L')}, kept her alien registration card. She lived at ${ADDR(addrKr())}, Ansan.`;
  },
  () => {
    const t = enPerson({ eth: 'trk', g: 'm' });
    return S`The bar owner, ${en(t, 'FL')} (Turkish ID no. ${TCNO()}), denied knowing the women.`;
  },
  () => {
    const w = enPerson({ g: 'f' });
    return S`Q: What name did the woman in ${pick(['Istanbul', 'Dubai', 'Antalya'])} use?\nA: She called herself ${en(w, 'F')}. Everyone called her "Abla".\nQ: Did she have a phone?\nA: Yes, ${PH(pick(['tr', 'ae', 'kz', 'uz'] as Cc[]))}.`;
  },
  () => {
    const v = enPerson();
    return S`Link analysis: ${PH(pick(['kz', 'kg', 'uz', 'ru'] as Cc[]))} (attributed to ${en(v, 'FL')}) was in contact with ${PH(pick(['tr', 'ae', 'kr'] as Cc[]))} ${int(40, 400)} times in ${pick(EN_MON)} ${int(2020, 2023)}.`;
  },
  () => {
    const a = enPerson({ eth: 'tj', g: 'm' });
    const b = enPerson({ eth: 'tj', g: 'f' });
    return S`Western Union MTCN ${digs(10)} — sender: ${en(a, 'FL')}, Moscow; receiver: ${en(b, 'FL')}, ${pick(['Khujand', 'Kulob', 'Bokhtar'])}; amount: RUB ${int(10, 60)},000.`;
  },
  () => {
    const v = enPerson({ g: 'f' });
    return S`Her Instagram account (${HANDLEE(v)}) advertised "modelling contracts in Seoul", and the same photos appeared on a TikTok profile, ${HANDLEE(v)}.`;
  },
  () => {
    const v = enPerson({ g: 'm' });
    return S`The group leader, known as "${PER(pick(NICKS_LAT))}", was later identified as ${en(v, 'FL')}${chance(0.4) ? S`, born ${BD(dEn(birth()))}` : ''}.`;
  },
  () => {
    const p = enPerson({ eth: 'pl' });
    return S`The workers were housed at ${ADDR(addrPl())}, ${pick(['Łódź', 'Wrocław', 'Poznań'])}, and employed through an agency run by ${en(p, 'FL')}.`;
  },
  () => {
    const c = enPerson({ eth: 'cn' });
    return S`In Yiwu, the women were met by a man named ${en(c, 'FL')}, who took them to a dormitory at ${ADDR(addrCn())}.`;
  },
  () => {
    const v = enPerson({ g: 'f' });
    const gd = enPerson({ eth: v.eth in RU_POOLS ? v.eth : 'kz' });
    return S`Intake form — first name: ${en(v, 'F')}; age: ${int(14, 17)}; place of origin: ${pick(EN_REGION)}; guardian: ${en(gd, 'FL')} (${PH(pick(['kz', 'kg', 'tj', 'uz'] as Cc[]))}).`;
  },
  () => {
    const v = enPerson();
    return S`Our client, ${en(v, 'FL')} (DOB ${BD(dEn(birth(), pick([2, 3, 4])))}), is seeking a residence permit as a victim of trafficking.`;
  },
  () => {
    const n = int(2, 3);
    const items: Piece[] = [];
    for (let i = 0; i < n; i++) {
      const p = enPerson({ eth: pick(['uz', 'kg', 'tj']) });
      items.push(S`${PASS(p.eth === 'uz' ? 'uz' : p.eth === 'kg' ? 'kg' : 'tj')} (${en(p, 'FL')})`);
    }
    return S`Passports found on the premises: ${J(', ', items)}.`;
  },
  () => {
    const v = enPerson({ g: 'm', eth: pick(['ru', 'tj', 'uz']) });
    return S`The sewing workshop at ${ADDR(pick([`${int(1, 160)} Lyublinskaya Street, bldg ${int(1, 9)}`, `ul. ${pick(['Kirova', 'Lenina', 'Gagarina'])} ${int(1, 99)}`, `${int(1, 90)} Varshavskoye Highway, bldg ${int(1, 5)}`]))} (Moscow) employed at least ${int(20, 70)} undocumented workers; the tenant was ${en(v, 'FL')}.`;
  },
  () => {
    const v = enPerson({ eth: pick(['uz', 'tj', 'kg']) });
    return S`${en(v, 'LF')}, born ${BD(dEn(birth()))}, was removed to ${infoOf(v).capEn} on ${enEv()}.`;
  },
  () => {
    const v = enPerson({ eth: 'kz' });
    const b = birth();
    return S`IIN ${IIN(b, v)} belongs to ${en(v, 'FL')}, registered at ${ADDR(addrEnCa())} in ${pick(['Shymkent', 'Taraz', 'Almaty'])}.`;
  },
  () => {
    const v = enPerson({ eth: 'kg' });
    const b = birth();
    return S`${en(v, 'FL')} (Kyrgyz personal number ${PIN_KG(b, v)}, passport ${PASS('kg')}) returned to Bishkek on ${enEv()}.`;
  },
  () => S`The Telegram channel was administered by ${HANDLEE()}; deposits went to card ${CARDE()}.`,
  () => {
    const a = enPerson({ g: 'f' });
    const b = enPerson({ g: 'f' });
    return S`"Don't tell your mother anything," ${en(a, 'F')} told her. "You'll pay back the ticket in a month." ${en(b, 'F')} says she believed it.`;
  },
  () => S`CCTV recorded a grey Fiat Doblo (${PLATE('tr')}) outside the hotel at 02:40 on ${enEv()}.`,
  () => {
    const v = enPerson({ g: 'f' });
    const b = birth();
    return S`My name is ${en(v, 'FL')}. I was born on ${BD(dEn(b, pick([0, 1])))} in a village near ${pick(EN_ORIG)}. In ${int(2020, 2023)} a woman from our mahalla offered me work abroad.`;
  },
  () => {
    const v = enPerson({ eth: 'uz' });
    const b = birth();
    return S`Uzbek personal identification number (PINFL) ${PINFL(b, v)} corresponds to ${en(v, 'FL')}, passport ${PASS('uz')}.`;
  },
  () => {
    const v = enPerson({ g: 'm' });
    const s = enPerson({ eth: v.eth in RU_POOLS ? v.eth : 'kz', g: 'm' });
    return S`Her brother ${en(s, 'F')} lives at ${ADDR(addrEnCa())}, ${pick(['Taraz', 'Osh', 'Andijan', 'Khujand'])}, and can be reached on ${PH(pick(['kz', 'kg', 'uz', 'tj'] as Cc[]))}.`;
  },
  () => {
    const v = enPerson({ g: 'm' });
    return S`Rental agreement: vehicle ${PLATE('ae')} (Dubai), hirer ${en(v, 'UP')}, passport ${PASS(pick(['kz', 'uz', 'kg'] as PassKind[]))}, period ${dmy(eventDate())}–${dmy(eventDate())}.`;
  },
  () => {
    const o = enPerson({ eth: 'ru', g: 'm' });
    const v = enPerson({ g: 'f' });
    return S`Det. Sgt. ${en(o, 'L')} interviewed ${en(v, 'F')} at ${pick(['Fatih', 'Antalya Muratpaşa', 'Al Muraqqabat', 'Bur Dubai'])} police station with the help of a ${pick(['Kyrgyz', 'Uzbek', 'Tajik', 'Kazakh'])} interpreter.`;
  },
  () => {
    const a = enPerson({ g: 'f' });
    const b = enPerson({ g: 'm' });
    const t = enPerson({ eth: 'trk' });
    return S`Network chart: recruiter ${en(a, 'IL')} (${pick(EN_ORIG)}) → transporter ${en(b, 'FL')} → receiver in Antalya, ${en(t, 'FL')}. Money moved through cards ${CARDE()} and ${CARDE()}.`;
  },
  () => {
    const v = enPerson({ g: 'f' });
    return S`${en(v, 'F')} remembers only the street: the house was at ${ADDR(addrTr())}, ${pick(['Zeytinburnu', 'Esenyurt', 'Fatih', 'Muratpaşa'])}, behind a bakery.`;
  },
  () => {
    const v = enPerson({ eth: 'tm', g: 'f' });
    return S`Turkmen national ${en(v, 'FL')}, DOB ${BD(dEn(birth()))}, passport ${PASS('tm')}, entered Türkiye on ${enEv()} and was last seen in Laleli.`;
  },
  () => {
    const v = enPerson({ eth: 'ru' });
    return S`Russian citizen ${en(v, 'FPL')}, SNILS ${NID(ruSNILS())}, rented out the basement where the workers slept.`;
  },
  () => {
    const v = enPerson({ g: 'f' });
    const m = enPerson({ g: 'f', eth: v.eth in RU_POOLS ? v.eth : 'uz' });
    return S`The mother of ${en(v, 'F')}, ${en(m, 'FL')}, reported her missing to the police in ${pick(EN_ORIG)} after losing contact on ${enEv()}; the last message came from ${HANDLEE(v)}.`;
  },
];

/** converts literals and script-bearing entities (names, addresses, dates) */
const SCRIPT_TYPES: EType[] = ['PERSON', 'ADDRESS', 'BIRTH_DATE'];
function mapScript(p: Piece, f: (s: string) => string): Piece {
  if (p == null || p === false) return p;
  if (Array.isArray(p)) return p.map((x) => mapScript(x, f));
  if (isEnt(p)) return SCRIPT_TYPES.includes(p.t) ? E(p.t, f(p.v)) : p;
  return f(String(p));
}

// ---------------------------------------------------------------------------
// Kazakh
// ---------------------------------------------------------------------------
const kn = kkName;
const KK_CITY = W(
  'Алматы, Шымкент, Тараз, Түркістан, Қызылорда, Ақтөбе, Атырау, Жетісай, Сарыағаш, Кентау, Талдықорған, Қонаев',
);
const KK_DEST: [string, string, string][] = [
  ['Стамбұл', 'Стамбұлға', 'Стамбұлда'],
  ['Дубай', 'Дубайға', 'Дубайда'],
  ['Мәскеу', 'Мәскеуге', 'Мәскеуде'],
  ['Сеул', 'Сеулге', 'Сеулде'],
  ['Анталия', 'Анталияға', 'Анталияда'],
  ['Абу-Даби', 'Абу-Дабиге', 'Абу-Дабиде'],
  ['Үрімжі', 'Үрімжіге', 'Үрімжіде'],
  ['Варшава', 'Варшаваға', 'Варшавада'],
];
const KK_VILLAGE = W('Ақсукент, Шәуілдір, Абай, Қазығұрт, Жаңатас, Мақтаарал, Шардара, Төле би, Ақсу, Бәйдібек');
const kkEv = (): string => {
  const d = eventDate();
  return chance(0.5) ? `${d.y} жылғы ${d.d} ${KK_MON_LOC[d.m - 1]}` : dmy(d);
};
const kkMoney = (): string => `${int(5, 95) * 10} мың теңге`;
const KK_NEG_SHORT = [
  () =>
    S`Қылмыстық іс ҚР ҚК-нің ${pick(['128', '125', '126', '135', '308'])}-бабы ${int(1, 3)}-бөлігі бойынша ${kkEv()} сотқа дейінгі тергеп-тексерудің бірыңғай тізілімінде тіркелді.`,
  () => S`Іс материалдары Алматы қаласының қылмыстық істер жөніндегі мамандандырылған ауданаралық сотына жіберілді.`,
  () => S`Халықаралық көші-қон ұйымының қолдауымен ${pick(KK_CITY)} қаласында дағдарыс орталығы ашылды.`,
  () => S`${int(2019, 2023)} жылы Түркістан облысынан Ресейге ${int(5, 40)} мыңнан астам адам жұмысқа кеткен.`,
  () => S`Наурыз мерекесіне байланысты сот отырысы келесі аптаға шегерілді.`,
  () => S`Ішкі істер министрлігінің мәліметінше, биыл адам саудасына қатысты ${int(9, 60)} қылмыс тіркелген.`,
  () =>
    S`Жәбірленушілер ${pick(KK_CITY)} қаласындағы «${pick(['Сенім', 'Жан', 'Үміт', 'Шаңырақ'])}» дағдарыс орталығына орналастырылды.`,
  () => S`Абай даңғылында құжатсыз ${int(6, 19)} жолаушысы бар шағын автобус тоқтатылды.`,
  () => S`Сараптама Әділет министрлігінің Сот сараптамалары орталығында жүргізілді.`,
  () => S`Бас прокуратура ${kkEv()} Өзбекстан Республикасына құқықтық көмек туралы сұрау жіберді.`,
  () => S`Қорғаушының қайта сараптама тағайындау туралы өтінішхаты қанағаттандырылмады.`,
  () => S`«Қорғас» және «Жібек жолы» өткізу бекеттерінде тексеру күшейтілді.`,
  () => S`«Қарыз» аптасына ${int(5, 20)} пайызға өсіп отырған.`,
  () => S`Алматы — ${pick(KK_DEST)[0]} рейсі ${kkEv()} кешігіп ұшты.`,
  () => S`Kaspi Bank пен Halyk Bank сот санкциясынсыз ақпарат беруден бас тартты.`,
  () => S`Келтірілген зиян ${kkMoney()} деп бағаланды.`,
  () => S`Тергеу мерзімі тағы екі айға ұзартылды.`,
  () => S`Құрбан айт күндері жауап алу жүргізілмеді.`,
];
function kkNeg(): Piece {
  return J(
    pick([' ', '\n']),
    sample(KK_NEG_SHORT, int(2, 4)).map((f) => f()),
  );
}
const KK_POS_BASE: (() => Piece)[] = [
  () => {
    const v = kkPerson({ g: 'f' });
    const d = pick(KK_DEST);
    return S`${kn(v, 'LFP')}, ${BD(dKkNum(birth()))} ж.т., ${pick(KK_CITY)} қаласының тұрғыны, ${int(2020, 2023)} жылы ${d[1]} жұмысқа жіберілген.`;
  },
  () => {
    const v = kkPerson({ g: 'f' });
    const w = kkPerson({ g: 'f' });
    return S`Жәбірленуші ${kn(v, 'F')} жауап алу кезінде ${kn(w, 'F', 'gen')} телефон нөмірін (${PH(pick(['kz', 'tr', 'ae'] as Cc[]))}) берді.`;
  },
  () => {
    const v = kkPerson();
    return S`Куә ${kn(v, 'LFP')} ${BD(dKkLoc(birth()))} туған, ${pick(KK_CITY)} қаласы, ${ADDR(addrKk())} мекенжайында тұрады.`;
  },
  () => {
    const w = kkPerson();
    return S`${kkEv()} ${CARDE(pick(['440043', '440563', '400303']))} картасынан ${kn(w, 'FL', 'gen')} атына ашылған ${CARDE()} картасына ${kkMoney()} аударылған.`;
  },
  () => {
    const a = kkPerson({ g: 'f' });
    const b = kkPerson({ g: 'f' });
    const x = kkPerson({ g: 'm' });
    return S`${lowerEnt(kn(a, 'D'))}: паспортымды қашан қайтарасың?\n${kn(b, 'F')}: ертең, ${lowerEnt(kn(x, 'F', 'dat'))} айттым ғой`;
  },
  () => {
    const v = kkPerson({ g: 'm' });
    return S`Сот ${kn(v, 'LFP', 'acc')} ҚР ҚК-нің 128-бабы 2-бөлігі бойынша кінәлі деп танып, ${int(5, 12)} жылға бас бостандығынан айыру жазасын тағайындады.`;
  },
  () => {
    const v = kkPerson({ g: 'm' });
    return S`Жәбірленушілер ${PLATE('kz')} мемлекеттік нөмірлі «${pick(CARS)}» көлігімен тасымалданған, көлікті ${kn(v, 'FL')} жүргізген.`;
  },
  () => {
    const v = kkPerson();
    const b = birth();
    return S`Күдікті ${kn(v, 'LFP')} (ЖСН ${IIN(b, v)}) Түркістан облысы, ${pick(KK_VILLAGE)} ауылы, ${ADDR(addrKk())} мекенжайында тіркелген.`;
  },
  () => {
    const w = kkPerson({ g: 'f' });
    return S`Дубайға жұмысқа 18–25 жастағы қыздар керек! Айлығы 2000 $-дан бастап, билет пен тұрғын үй тегін. Байланыс: ${PH(pick(['kz', 'ae'] as Cc[]))}, Instagram: ${HANDLEE(w, chance(0.5))}.`;
  },
  () => {
    const v = kkPerson({ g: 'f' });
    const w = kkPerson({ g: 'm' });
    return S`${kn(v, 'F')} шекарадан ${PASS('kz')} нөмірлі паспортпен өткен, кейін паспортты ${kn(w, 'FL')} алып қойған.`;
  },
  () => {
    const v = kkPerson({ g: 'f' });
    const w = kkPerson({ g: 'f' });
    return S`«${kn(v, 'D')}, қорықпа, ол жақта бәрі осылай жұмыс істейді», — деді ${kn(w, 'F')}.`;
  },
  () => {
    const v = kkPerson();
    return S`Мен, ${kn(v, 'LFP')}, ${BD(dKkLoc(birth()))} туғанмын, ${pick(KK_CITY)} қаласы, ${ADDR(addrKk(true))} тұрамын.`;
  },
  () => {
    const v = kkPerson();
    return S`Жұмыс берушімен хат алмасу ${EMAILE(chance(0.5) ? v : undefined)} электрондық поштасы арқылы жүргізілген; пошта ${kn(v, 'FL', 'gen')} атына тіркелген.`;
  },
  () => {
    const v = kkPerson();
    return S`Ақша ${IBANE(pick(['KZ', 'KZ', 'TR', 'AE'] as IbanCC[]))} шотына аударылған, шот иесі — ${kn(v, 'LFP')}.`;
  },
  () => {
    const w = kkPerson({ g: 'f' });
    const x = kkPerson();
    return S`Сұрақ: Сізді жұмысқа кім шақырды?\nЖауап: ${kn(w, 'FL')} деген әйел. Ол ${kn(x, 'F', 'gen')} туысы екен.`;
  },
  () => {
    const v = kkPerson({ g: 'm' });
    const w = kkPerson({ g: 'f' });
    const x = kkPerson();
    return S`${kn(v, 'F', 'abl')} алған ақшаны ${kn(w, 'F')} ${kn(x, 'F', 'dat')} берген, ал қалғанын ${kn(v, 'F')} өзіне қалдырған.`;
  },
  () => {
    const m = kkPerson({ g: 'f' });
    return S`Жәбірленушінің анасы ${kn(m, 'LFP')} ${PH('kz')} нөмірі арқылы полицияға хабарласқан.`;
  },
  () => {
    const v = kkPerson();
    return S`Қонақ: ${kn(v, 'LF')}\nТуған күні: ${BD(dmy(birth()))}\nПаспорт: ${PASS('kz')}\nБөлме: ${int(101, 640)}`;
  },
  () => {
    const v = kkPerson({ g: 'f' });
    return S`${kn(v, 'F')} Telegram-да ${HANDLEE(v)} деген аккаунт арқылы хабарласқан.`;
  },
  () => {
    const v = kkPerson({ g: 'm' });
    return S`${PLATE('kz')} көлігінің иесі — ${kn(v, 'LFP')}${chance(0.5) ? S`, ${BD(dKkNum(birth()))} ж.т.` : ''}.`;
  },
  () => {
    const w = kkPerson({ g: 'f' });
    const t = ruPerson({ eth: 'trk', g: 'm' });
    return S`${kn(w, 'F')} апай бізді әуежайда күтіп алды, ал Түркиядағы жұмыс беруші ${rn(t, 'FL')} екен.`;
  },
  () => {
    const v = kkPerson();
    const b = birth();
    return S`${kn(v, 'LF')} ${BD(dKkGen(b))} туған, ЖСН ${IIN(b, v)}, ${int(2020, 2023)} жылы ${pick(KK_DEST)[2]} жұмыс істеген.`;
  },
];
/** a few Kazakh snippets in the 2018 Latin alphabet */
const KK_POS: (() => Piece)[] = KK_POS_BASE;

// ---------------------------------------------------------------------------
// Kyrgyz
// ---------------------------------------------------------------------------
const yn = kyName;
const KY_CITY = W('Бишкек, Ош, Жалал-Абад, Каракол, Нарын, Талас, Баткен, Өзгөн, Токмок, Кара-Балта, Кара-Суу');
const KY_DEST: [string, string, string][] = [
  ['Москва', 'Москвага', 'Москвада'],
  ['Стамбул', 'Стамбулга', 'Стамбулда'],
  ['Дубай', 'Дубайга', 'Дубайда'],
  ['Сеул', 'Сеулга', 'Сеулда'],
  ['Анталия', 'Анталияга', 'Анталияда'],
  ['Алматы', 'Алматыга', 'Алматыда'],
  ['Екатеринбург', 'Екатеринбургга', 'Екатеринбургда'],
];
const KY_VILLAGE = W('Кара-Кулжа, Ноокат, Кочкор-Ата, Араван, Ак-Талаа, Сузак, Чоң-Алай, Базар-Коргон');
const kyEv = (): string => (chance(0.5) ? dKyLoc(eventDate()) : dmy(eventDate()));
const KY_NEG_SHORT = [
  () => S`Кылмыш иши КР Кылмыш-жаза кодексинин ${pick(['171', '172', '124'])}-беренеси боюнча ${kyEv()} катталган.`,
  () => S`Иштин материалдары Бишкек шаарынын Биринчи май райондук сотуна жөнөтүлдү.`,
  () => S`Эл аралык миграция уюмунун колдоосу менен ${pick(KY_CITY)} шаарында кризистик борбор ачылды.`,
  () => S`${int(2019, 2023)}-жылы Ош облусунан Россияга ${int(10, 90)} миңден ашык адам жумушка кеткен.`,
  () => S`Нооруз майрамына байланыштуу сот отуруму кийинки жумага жылдырылды.`,
  () => S`Ички иштер министрлигинин маалыматы боюнча, быйыл адам сатууга байланыштуу ${int(9, 60)} кылмыш катталган.`,
  () => S`Жабырлануучулар «${pick(['Умут', 'Сезим', 'Ак-Ниет', 'Тендеш'])}» кризистик борборуна жайгаштырылды.`,
  () => S`Чүй проспектисинде документсиз ${int(6, 19)} жүргүнчү отурган микроавтобус токтотулду.`,
  () => S`Коргоочунун кайра экспертиза дайындоо тууралуу өтүнүчү канааттандырылган жок.`,
  () => S`«Ак-Жол» жана «Дордой» өткөрмө бекеттеринде текшерүү күчөтүлдү.`,
  () => S`«Карыз» жумасына ${int(5, 20)} пайызга өсүп турган.`,
  () =>
    S`Бишкек — ${pick(KY_DEST)[0]} каттамы ${kyEv()} саат ${pad(int(0, 23), 2)}:${pick(['10', '25', '40'])} учуп кеткен.`,
  () => S`Манас эл аралык аэропортунда ${int(3, 12)} кыз кармалды.`,
  () => S`Келтирилген зыян ${int(50, 900)} миң сом деп бааланды.`,
  () => S`Башкы прокуратура ${kyEv()} Түркия Республикасына укуктук жардам көрсөтүү тууралуу суроо-талап жөнөттү.`,
];
function kyNeg(): Piece {
  return J(
    pick([' ', '\n']),
    sample(KY_NEG_SHORT, int(2, 4)).map((f) => f()),
  );
}
const KY_POS: (() => Piece)[] = [
  () => {
    const v = kyPerson({ g: 'f' });
    const d = pick(KY_DEST);
    return S`${yn(v, 'LFP')}, ${BD(dmy(birth()))} жылы туулган, ${pick(KY_CITY)} шаарынын тургуну, ${int(2020, 2023)}-жылы ${d[1]} жумушка жөнөтүлгөн.`;
  },
  () => {
    const v = kyPerson({ g: 'f' });
    const w = kyPerson({ g: 'f' });
    return S`Жабырлануучу ${yn(v, 'F')} сурак учурунда ${yn(w, 'F', 'gen')} телефон номерин (${PH(pick(['kg', 'tr', 'ru'] as Cc[]))}) берди.`;
  },
  () => {
    const v = kyPerson();
    return S`Күбө ${yn(v, 'LFP')} ${BD(dKyLoc(birth()))} туулган, ${pick(KY_CITY)} шаары, ${ADDR(addrKy())} дарегинде жашайт.`;
  },
  () => {
    const w = kyPerson();
    return S`${kyEv()} ${CARDE(pick(['941712', '417960']))} картасынан ${yn(w, 'FL', 'gen')} атына ачылган ${CARDE()} картасына ${int(10, 90)} миң сом которулган.`;
  },
  () => {
    const a = kyPerson({ g: 'f' });
    const b = kyPerson({ g: 'f' });
    const x = kyPerson({ g: 'm' });
    return S`${lowerEnt(yn(a, 'D'))}: паспортумду качан бересиң?\n${lowerEnt(yn(b, 'F'))}: эртең, ${lowerEnt(yn(x, 'F', 'dat'))} айттым го\nмакул, күтөм деп жооп берди`;
  },
  () => {
    const v = kyPerson({ g: 'm' });
    return S`Сот ${yn(v, 'LFP', 'acc')} КР Кылмыш-жаза кодексинин 171-беренесинин 2-бөлүгү боюнча күнөөлүү деп таап, ${int(5, 12)} жылга эркинен ажыратты.`;
  },
  () => {
    const v = kyPerson({ g: 'm' });
    return S`Жабырлануучулар ${PLATE('kg')} мамлекеттик номериндеги «${pick(CARS)}» унаасы менен ташылган, айдоочу — ${yn(v, 'FL')}.`;
  },
  () => {
    const v = kyPerson();
    const b = birth();
    return S`Шектүү ${yn(v, 'LFP')} (ПИН ${PIN_KG(b, v)}) Ош облусу, ${pick(KY_VILLAGE)} айылы, ${ADDR(addrKy())} дареги боюнча катталган.`;
  },
  () => {
    const w = kyPerson({ g: 'f' });
    return S`Түркияга жумуш! 18–30 жаштагы кыздар керек, айлыгы 800 $. Байланыш: ${PH(pick(['kg', 'tr'] as Cc[]))} (${yn(w, 'F')}), WhatsApp.`;
  },
  () => {
    const v = kyPerson({ g: 'f' });
    const w = kyPerson({ g: 'm' });
    return S`${yn(v, 'F')} чек арадан ${PASS('kg')} паспорту менен өткөн, кийин паспортун ${yn(w, 'FL')} алып койгон.`;
  },
  () => {
    const v = kyPerson({ g: 'f' });
    const w = kyPerson({ g: 'f' });
    return S`«Коркпо, ${yn(v, 'D')}, ал жакта баары ушундай иштейт», — деди ${yn(w, 'F')}.`;
  },
  () => {
    const v = kyPerson();
    return S`Мен, ${yn(v, 'LFP')}, ${BD(dKyLoc(birth()))} туулгам, ${pick(KY_CITY)} шаары, ${ADDR(addrKy(true))} жашайм.`;
  },
  () => {
    const v = kyPerson();
    return S`Жумуш берүүчү менен кат алышуу ${EMAILE(chance(0.5) ? v : undefined)} дареги аркылуу жүргөн; почта ${yn(v, 'FL', 'gen')} атына катталган.`;
  },
  () => {
    const v = kyPerson();
    return S`Акча ${IBANE(pick(['KZ', 'TR'] as IbanCC[]))} эсебине которулган, эсептин ээси — ${yn(v, 'LFP')}.`;
  },
  () => {
    const w = kyPerson({ g: 'f' });
    const x = kyPerson();
    return S`Суроо: Сизди жумушка ким чакырды?\nЖооп: ${yn(w, 'FL')} деген аял. Ал ${yn(x, 'F', 'gen')} эжеси экен.`;
  },
  () => {
    const v = kyPerson({ g: 'm' });
    const w = kyPerson({ g: 'f' });
    return S`${yn(v, 'F', 'abl')} алган акчаны ${yn(w, 'F', 'dat')} берген, калганын өзүнө калтырган.`;
  },
  () => {
    const m = kyPerson({ g: 'f' });
    return S`Жабырлануучунун апасы ${yn(m, 'LFP')} ${PH('kg')} номери аркылуу милицияга кайрылды.`;
  },
  () => {
    const v = kyPerson();
    return S`Конок: ${yn(v, 'UP')}\nТуулган күнү: ${BD(dmy(birth()))}\nПаспорт: ${PASS('kg')}\nБөлмө: ${int(101, 640)}`;
  },
  () => {
    const v = kyPerson({ g: 'f' });
    return S`${yn(v, 'F')} менен ${HANDLEE(v, false)} деген Instagram аккаунту аркылуу байланышышкан.`;
  },
  () => {
    const w = kyPerson({ g: 'f' });
    const t = ruPerson({ eth: 'trk', g: 'm' });
    return S`${yn(w, 'F')} эже бизди аэропорттон тосуп алды, Түркиядагы кожоюн ${rn(t, 'FL')} болчу.`;
  },
  () => {
    const v = kyPerson({ g: 'm' });
    return S`${PLATE('kg')} унаасынын ээси — ${yn(v, 'LFP')}, ${BD(dKyNom(birth()))} туулган.`;
  },
];

// ---------------------------------------------------------------------------
// Uzbek (Latin with several apostrophe conventions, 1993 alphabet, Cyrillic)
// ---------------------------------------------------------------------------
const un = uzName;
const UZ_CITY = W(
  "Toshkent, Samarqand, Andijon, Farg'ona, Namangan, Buxoro, Qarshi, Nukus, Jizzax, Guliston, Termiz, Urganch, Qo'qon, Marg'ilon",
);
const UZ_REGION: [string, string][] = [
  ["Farg'ona", 'Rishton'],
  ['Andijon', 'Asaka'],
  ['Namangan', 'Chust'],
  ['Qashqadaryo', 'Shahrisabz'],
  ['Surxondaryo', 'Denov'],
  ['Samarqand', 'Urgut'],
  ['Xorazm', 'Xonqa'],
  ['Jizzax', 'Zomin'],
];
const UZ_DEST: [string, string, string][] = [
  ['Moskva', 'Moskvaga', 'Moskvada'],
  ['Istanbul', 'Istanbulga', 'Istanbulda'],
  ['Dubay', 'Dubayga', 'Dubayda'],
  ['Seul', 'Seulga', 'Seulda'],
  ['Antaliya', 'Antaliyaga', 'Antaliyada'],
  ['Sankt-Peterburg', 'Sankt-Peterburgga', 'Sankt-Peterburgda'],
  ['Varshava', 'Varshavaga', 'Varshavada'],
  ['Olmaota', 'Olmaotaga', 'Olmaotada'],
];
const uzEv = (): string => (chance(0.5) ? dUzNom(eventDate()) : dmy(eventDate()));
const UZ_NEG_SHORT = [
  () =>
    S`Jinoyat ishi O'zbekiston Respublikasi JK ${pick(['135', '137', '223'])}-moddasi ${int(1, 3)}-qismi bilan ${uzEv()} qo'zg'atilgan.`,
  () => S`Ish materiallari Toshkent shahar jinoyat ishlari bo'yicha sudiga yuborildi.`,
  () => S`Xalqaro migratsiya tashkiloti ko'magida ${pick(UZ_CITY)} shahrida reabilitatsiya markazi ochildi.`,
  () => S`${int(2019, 2023)}-yilda Farg'ona viloyatidan Rossiyaga ${int(10, 90)} mingdan ortiq kishi ishga ketgan.`,
  () => S`Navro'z bayrami munosabati bilan sud majlisi keyingi haftaga qoldirildi.`,
  () =>
    S`Ichki ishlar vazirligi ma'lumotiga ko'ra, joriy yilda odam savdosi bo'yicha ${int(9, 80)} ta jinoyat qayd etilgan.`,
  () => S`Jabrlanuvchilar "Ishonch" reabilitatsiya markaziga joylashtirildi.`,
  () => S`Amir Temur shoh ko'chasida hujjatsiz ${int(6, 19)} yo'lovchi bo'lgan mikroavtobus to'xtatildi.`,
  () => S`Himoyachining qayta ekspertiza tayinlash haqidagi iltimosnomasi rad etildi.`,
  () => S`"Oybek" va "Dustlik" chegara postlarida nazorat kuchaytirildi.`,
  () => S`"Qarz" har haftada ${int(5, 20)} foizga oshib borgan.`,
  () =>
    S`Toshkent — ${pick(UZ_DEST)[0]} reysi ${uzEv()} soat ${pad(int(0, 23), 2)}:${pick(['10', '25', '40'])} da uchib ketgan.`,
  () => S`Tashqi mehnat migratsiyasi agentligi xorijdagi vakansiyalar ro'yxatini e'lon qildi.`,
  () => S`Yetkazilgan zarar ${int(5, 90)} mln so'm deb baholandi.`,
  () => S`Bosh prokuratura ${uzEv()} Turkiya Respublikasiga huquqiy yordam so'rovini yubordi.`,
  () => S`Chorsu bozori va Qo'yliq dehqon bozori atrofida reyd o'tkazildi.`,
];
function uzNeg(): Piece {
  return J(
    pick([' ', '\n']),
    sample(UZ_NEG_SHORT, int(2, 4)).map((f) => f()),
  );
}
const UZ_POS_BASE: (() => Piece)[] = [
  () => {
    const v = uzPerson({ g: 'f' });
    const r = pick(UZ_REGION);
    return S`${un(v, 'LFP')}, ${BD(dmy(birth()))} yilda tug'ilgan, ${r[0]} viloyati, ${r[1]} tumanida yashovchi, ${int(2020, 2023)}-yilda ${pick(UZ_DEST)[1]} ishga jo'natilgan.`;
  },
  () => {
    const v = uzPerson({ g: 'f' });
    const w = uzPerson({ g: 'f' });
    return S`Jabrlanuvchi ${un(v, 'F')} so'roq paytida ${un(w, 'F', 'gen')} telefon raqamini (${PH(pick(['uz', 'tr', 'ae', 'ru'] as Cc[]))}) berdi.`;
  },
  () => {
    const v = uzPerson();
    return S`Guvoh ${un(v, 'LFP')} ${BD(dUzLoc(birth()))} tug'ilgan, ${pick(UZ_CITY)} shahri, ${ADDR(addrUz(true))} yashaydi.`;
  },
  () => {
    const w = uzPerson();
    return S`${uzEv()} kuni ${CARDE(pick(['860031', '860049', '986010', '986035']))} kartasidan ${un(w, 'FL', 'gen')} nomidagi ${CARDE()} kartasiga ${int(2, 40)} mln so'm o'tkazilgan.`;
  },
  () => {
    const a = uzPerson({ g: 'f' });
    const b = uzPerson({ g: 'f' });
    const x = uzPerson({ g: 'm' });
    return S`${lowerEnt(un(a, 'F'))}: pasportimni qachon qaytarasan?\n${lowerEnt(un(b, 'F'))}: ertaga, ${lowerEnt(un(x, 'F', 'dat'))} aytdim-ku`;
  },
  () => {
    const v = uzPerson({ g: 'm' });
    return S`Sud ${un(v, 'LF', 'acc')} O'zbekiston Respublikasi JK 135-moddasi 3-qismi bilan aybdor deb topib, ${int(5, 12)} yilga ozodlikdan mahrum qildi.`;
  },
  () => {
    const v = uzPerson({ g: 'm' });
    return S`Jabrlanuvchilar ${PLATE('uz')} davlat raqamli «${pick(['Chevrolet Damas', 'Chevrolet Cobalt', 'Chevrolet Lacetti', 'Daewoo Nexia', 'Chevrolet Gentra'])}» avtomashinasida olib ketilgan, haydovchi — ${un(v, 'FL')}.`;
  },
  () => {
    const v = uzPerson();
    const b = birth();
    const r = pick(UZ_REGION);
    return S`Gumonlanuvchi ${un(v, 'LFP')} (JShShIR ${PINFL(b, v)}) ${r[0]} viloyati, ${r[1]} tumani, ${ADDR(addrUz())} manzilida ro'yxatda turadi.`;
  },
  () => {
    const w = uzPerson();
    return S`Koreyaga ish! Qizlar va yigitlar kerak, oylik 1500 $ dan. Tel: ${PH('uz')}, Telegram: ${HANDLEE(w)}.`;
  },
  () => {
    const v = uzPerson({ g: 'f' });
    const w = uzPerson({ g: 'm' });
    return S`${un(v, 'F')} chegaradan ${PASS('uz')} raqamli pasport bilan o'tgan, keyin pasportni ${un(w, 'FL')} olib qo'ygan.`;
  },
  () => {
    const v = uzPerson({ g: 'f' });
    const w = uzPerson({ g: 'f' });
    return S`"Qo'rqma, ${un(v, 'F')}, u yerda hamma shunday ishlaydi", — dedi ${un(w, 'F')}.`;
  },
  () => {
    const v = uzPerson();
    return S`Men, ${un(v, 'LFP')}, ${BD(dUzLoc(birth()))} tug'ilganman, ${pick(UZ_CITY)} shahri, ${ADDR(addrUz(true))} yashayman.`;
  },
  () => {
    const v = uzPerson();
    return S`Ish beruvchi bilan yozishmalar ${EMAILE(chance(0.5) ? v : undefined)} elektron pochtasi orqali olib borilgan; pochta ${un(v, 'FL', 'gen')} nomiga ro'yxatdan o'tgan.`;
  },
  () => {
    const v = uzPerson();
    return S`Pul ${IBANE(pick(['TR', 'AE', 'KZ'] as IbanCC[]))} hisob raqamiga o'tkazilgan, hisob egasi — ${un(v, 'FL')}.`;
  },
  () => {
    const w = uzPerson({ g: 'f' });
    const x = uzPerson();
    return S`Savol: Sizni ishga kim taklif qildi?\nJavob: ${un(w, 'FL')} ismli ayol. U ${un(x, 'F', 'gen')} singlisi ekan.`;
  },
  () => {
    const v = uzPerson({ g: 'm' });
    const w = uzPerson({ g: 'f' });
    return S`${un(v, 'F', 'abl')} olingan pulni ${un(w, 'F', 'dat')} bergan, qolganini o'zida qoldirgan.`;
  },
  () => {
    const m = uzPerson({ g: 'f' });
    return S`Jabrlanuvchining onasi ${un(m, 'LFP')} ${PH('uz')} raqami orqali ichki ishlar organlariga murojaat qildi.`;
  },
  () => {
    const v = uzPerson();
    return S`Mehmon: ${un(v, 'UP')}\nTug'ilgan sana: ${BD(dmy(birth()))}\nPasport: ${PASS('uz')}\nXona: ${int(101, 640)}`;
  },
  () => {
    const v = uzPerson({ g: 'f' });
    return S`${un(v, 'F')} bilan Instagramdagi ${HANDLEE(v)} sahifasi orqali bog'lanishgan.`;
  },
  () => {
    const w = uzPerson({ g: 'f' });
    const t = trPerson({ local: true, g: 'm' });
    return S`${un(w, 'F')} opa bizni aeroportda kutib oldi, Turkiyadagi ish beruvchi esa ${trName(t, 'FL')} edi.`;
  },
  () => {
    const v = uzPerson({ g: 'm' });
    return S`${PLATE('uz')} avtomashinasining egasi — ${un(v, 'LFP')}${chance(0.5) ? S`, ${BD(dmy(birth()))} y.t.` : ''}.`;
  },
  () => {
    const v = uzPerson({ g: 'f' });
    return S`Tug'ilgan sanasi: ${BD(dUzNom(birth()))}. Pasport: ${PASS('uz')}. Telefon: ${PH('uz')}. Ism-sharifi: ${un(v, 'LFP')}.`;
  },
];
type UzVariant = UzStyle | 'cyr';
const UZ_VARIANTS: [string, number][] = [
  ['ascii', 38],
  ['mod', 28],
  ['quote', 8],
  ['grave', 7],
  ['old93', 6],
  ['cyr', 13],
];
/** picks one spelling convention for a whole Uzbek snippet */
function uzPost(): (p: Piece) => Piece {
  const st = weighted(UZ_VARIANTS) as UzVariant;
  return st === 'cyr' ? (p) => mapScript(p, uzCyr) : (p) => mapScript(p, (x) => uzStyle(x, st));
}

// ---------------------------------------------------------------------------
// Tajik
// ---------------------------------------------------------------------------
const gn = tgName;
const TG_CITY = W('Душанбе, Хуҷанд, Бохтар, Кӯлоб, Истаравшан, Панҷакент, Турсунзода, Ваҳдат, Исфара, Ҳисор');
const TG_DEST = W('Маскав, Истанбул, Дубай, Сеул, Екатеринбург, Санкт-Петербург, Новосибирск, Алмаато, Қазон');
const tgEv = (): string => (chance(0.5) ? dTgW(eventDate()) : dmy(eventDate()));
const TG_NEG_SHORT = [
  () => S`Парвандаи ҷиноятӣ тибқи моддаи 130.1 Кодекси ҷиноятии Ҷумҳурии Тоҷикистон ${tgEv()} оғоз шудааст.`,
  () => S`Маводи парванда ба Суди ноҳияи Фирдавсии шаҳри Душанбе фиристода шуд.`,
  () => S`Бо дастгирии Созмони байналмилалии муҳоҷират дар шаҳри ${pick(TG_CITY)} маркази бӯҳронӣ кушода шуд.`,
  () =>
    S`Соли ${int(2019, 2023)} аз вилояти Хатлон ба Русия беш аз ${int(10, 90)} ҳазор нафар ба муҳоҷирати меҳнатӣ рафтаанд.`,
  () => S`Бо сабаби ҷашни Наврӯз ҷаласаи суд ба ҳафтаи оянда мавқуф гузошта шуд.`,
  () =>
    S`Тибқи маълумоти Вазорати корҳои дохилӣ, имсол ${int(9, 60)} ҷиноят вобаста ба хариду фурӯши одамон ба қайд гирифта шудааст.`,
  () => S`Ҷабрдидагон дар маркази «${pick(['Ҳамсола', 'Умед', 'Ҷавонон', 'Нури Ҳаёт'])}» ҷойгир карда шуданд.`,
  () => S`Дар хиёбони Рӯдакӣ микроавтобус бо ${int(6, 19)} мусофири бе ҳуҷҷат боздошт шуд.`,
  () => S`Дархости ҳимоятгар дар бораи таъини экспертизаи такрорӣ рад карда шуд.`,
  () => S`Дар гузаргоҳи сарҳадии «Фотеҳобод» назорат пурзӯр карда шуд.`,
  () => S`«Қарз» ҳар ҳафта ${int(5, 20)} фоиз меафзуд.`,
  () =>
    S`Ҳавопаймои Душанбе — ${pick(TG_DEST)} ${tgEv()} соати ${pad(int(0, 23), 2)}:${pick(['10', '25', '40'])} парвоз кард.`,
  () => S`Зарари расонидашуда ${int(5, 90) * 1000} сомонӣ арзёбӣ гардид.`,
  () => S`Хадамоти муҳоҷирати Вазорати меҳнат, муҳоҷират ва шуғли аҳолӣ ба дархост ${tgEv()} ҷавоб дод.`,
];
function tgNeg(): Piece {
  return J(
    pick([' ', '\n']),
    sample(TG_NEG_SHORT, int(2, 4)).map((f) => f()),
  );
}
const TG_POS: (() => Piece)[] = [
  () => {
    const v = tgPerson({ g: 'f' });
    return S`${gn(v, 'LFP')}, ${BD(dTgW(birth()))} таваллуд шудааст, сокини шаҳри ${pick(TG_CITY)}, соли ${int(2020, 2023)} барои кор ба ${pick(TG_DEST)} фиристода шудааст.`;
  },
  () => {
    const v = tgPerson({ g: 'f' });
    const w = tgPerson({ g: 'f' });
    return S`Ҷабрдида ${gn(v, 'F')} ҳангоми пурсиш рақами телефони ${gn(w, 'F', true)} (${PH(pick(['tj', 'ru', 'tr'] as Cc[]))}) дод.`;
  },
  () => {
    const v = tgPerson();
    return S`Шоҳид ${gn(v, 'LFP')}, ${BD(dmy(birth()))} таваллуд, дар шаҳри ${pick(TG_CITY)}, ${ADDR(addrTg())} зиндагӣ мекунад.`;
  },
  () => {
    const w = tgPerson();
    return S`${tgEv()} аз корти ${CARDE(pick(['486545', '522348']))} ба корти ${CARDE()}, ки ба номи ${gn(w, 'FL')} кушода шудааст, ${int(2, 30) * 500} сомонӣ гузаронида шуд.`;
  },
  () => {
    const a = tgPerson({ g: 'f' });
    const b = tgPerson({ g: 'f' });
    const x = tgPerson({ g: 'm' });
    return S`${lowerEnt(gn(a, 'F'))}: шиносномаамро кай бармегардонӣ?\n${lowerEnt(gn(b, 'F'))}: пагоҳ, ба ${lowerEnt(gn(x, 'F'))} гуфтам-ку`;
  },
  () => {
    const v = tgPerson({ g: 'm' });
    return S`Суд ${gn(v, 'LF', true)} тибқи қисми 2 моддаи 130.1 Кодекси ҷиноятии Ҷумҳурии Тоҷикистон гунаҳкор дониста, ба ${int(5, 12)} сол аз озодӣ маҳрум кард.`;
  },
  () => {
    const v = tgPerson({ g: 'm' });
    return S`Ҷабрдидагонро бо мошини «${pick(CARS)}» бо рақами давлатии ${PLATE('tj')} интиқол доданд, ронанда ${gn(v, 'FL')} буд.`;
  },
  () => {
    const v = tgPerson();
    return S`Гумонбаршуда ${gn(v, 'LFP')} (РМА ${NID(tjINN())}) дар ноҳияи ${pick(['Шоҳмансур', 'Сино', 'Фирдавсӣ', 'Исмоили Сомонӣ'])}, ${ADDR(addrTg())} ба қайд гирифта шудааст.`;
  },
  () => {
    const w = tgPerson({ g: 'm' });
    return S`Ба Маскав коргарон лозим! Маош аз 60 000 рубл, ҷой ва хӯрок ройгон. Тел: ${PH(pick(['tj', 'ru'] as Cc[]))} (${gn(w, 'F')}), Imo ва WhatsApp.`;
  },
  () => {
    const v = tgPerson({ g: 'f' });
    const w = tgPerson({ g: 'm' });
    return S`${gn(v, 'F')} бо шиносномаи ${PASS('tj')} аз марз гузашт, баъдтар шиносномаашро ${gn(w, 'FL')} гирифта монд.`;
  },
  () => {
    const v = tgPerson({ g: 'f' });
    const w = tgPerson({ g: 'f' });
    return S`«Натарс, ${gn(v, 'F')}, дар он ҷо ҳама ҳамин тавр кор мекунанд», — гуфт ${gn(w, 'F')}.`;
  },
  () => {
    const v = tgPerson();
    return S`Ман, ${gn(v, 'LFP')}, ${BD(dTgW(birth()))} таваллуд шудаам ва дар шаҳри ${pick(TG_CITY)}, ${ADDR(addrTg())} зиндагӣ мекунам.`;
  },
  () => {
    const v = tgPerson();
    return S`Мукотиба бо корфармо тавассути почтаи электронии ${EMAILE(chance(0.5) ? v : undefined)} сурат гирифтааст; почта ба номи ${gn(v, 'FL')} сабт шудааст.`;
  },
  () => {
    const v = tgPerson();
    return S`Пул ба суратҳисоби ${IBANE(pick(['TR', 'AE', 'KZ'] as IbanCC[]))} гузаронида шуд, соҳиби суратҳисоб — ${gn(v, 'FL')}.`;
  },
  () => {
    const w = tgPerson({ g: 'f' });
    const x = tgPerson();
    return S`Савол: Шуморо кӣ ба кор даъват кард?\nҶавоб: Зане бо номи ${gn(w, 'F')}. Ӯ хоҳари ${gn(x, 'FL')} будааст.`;
  },
  () => {
    const m = tgPerson({ g: 'f' });
    return S`Модари ҷабрдида ${gn(m, 'LFP')} тавассути рақами ${PH('tj')} ба милиса муроҷиат кард.`;
  },
  () => {
    const a = tgPerson({ g: 'm' });
    const b = tgPerson({ g: 'f' });
    return S`Интиқоли пул тавассути «Золотая Корона»: фиристанда ${gn(a, 'LF')} (Маскав), гиранда ${gn(b, 'LF')} (${pick(TG_CITY)}), маблағ ${int(10, 60)} 000 рубл.`;
  },
  () => {
    const v = tgPerson();
    return S`Меҳмон: ${gn(v, 'UP')}\nСанаи таваллуд: ${BD(dmy(birth()))}\nШиноснома: ${PASS('tj')}\nҲуҷра: ${int(101, 640)}`;
  },
  () => {
    const v = tgPerson({ g: 'f' });
    return S`${gn(v, 'F')} бо аккаунти ${HANDLEE(v)} дар Telegram бо вербовщик хат мегузошт.`;
  },
  () => {
    const w = tgPerson({ g: 'm' });
    return S`Милиса ${gn(w, 'FL', true)} ${tgEv()} дар фурудгоҳи Домодедово боздошт кард.`;
  },
  () => {
    const m = tgPerson({ g: 'm' });
    return S`Ҳама ӯро ${gn(m, 'F')}-ака меномиданд; ӯ духтаронро дар фурудгоҳ пешвоз гирифта, ҳуҷҷатҳояшонро мегирифт.`;
  },
];

// ---------------------------------------------------------------------------
// Turkish
// ---------------------------------------------------------------------------
const tn = trName;
const TR_DEST = W('İstanbul, Antalya, Alanya, Bodrum, Trabzon, Bursa, Mersin, Muğla');
const TR_NAT = W('Özbekistan, Kırgızistan, Türkmenistan, Kazakistan, Tacikistan');
const TR_BIRTHPLACE = W(
  "Taşkent'te, Oş'ta, Aşkabat'ta, Bişkek'te, Duşanbe'de, Semerkant'ta, Mari'de, Çimkent'te, Hocent'te, Fergana'da",
);
const TR_DISTRICT = W(
  'Fatih/İstanbul, Zeytinburnu/İstanbul, Esenyurt/İstanbul, Bağcılar/İstanbul, Muratpaşa/Antalya, Alanya/Antalya, Konyaaltı/Antalya, Osmangazi/Bursa',
);
const trEv = (): string => dTr(eventDate(), int(0, 2));
const TR_NEG_SHORT = [
  () => S`Soruşturma TCK 80. maddesi kapsamında ${trEv()} tarihinde başlatılmıştır.`,
  () => S`Dosya İstanbul ${int(1, 40)}. Ağır Ceza Mahkemesine gönderildi.`,
  () => S`Uluslararası Göç Örgütü (IOM) desteğiyle ${trSuf(pick(TR_DEST), 'loc')} bir sığınma evi açıldı.`,
  () => S`${int(2019, 2023)} yılında Türkiye'de ${int(100, 450)} insan ticareti mağduru tespit edildi.`,
  () => S`Ramazan Bayramı nedeniyle duruşma bir hafta ertelendi.`,
  () => S`Göç İdaresi Başkanlığı verilerine göre ${pick(TR_NAT)} vatandaşlarının sayısı son üç yılda arttı.`,
  () => S`Mağdurlar Ankara'daki koruma evine yerleştirildi.`,
  () => S`Laleli ve Aksaray'da yapılan denetimlerde ${int(5, 40)} kişi gözaltına alındı.`,
  () => S`Savunmanın yeniden bilirkişi incelemesi talebi reddedildi.`,
  () => S`Sabiha Gökçen Havalimanı'nda ${int(3, 12)} kadın kayıt dışı çalıştırılmak üzere karşılandı.`,
  () => S`"Borç" her hafta yüzde ${int(5, 20)} artıyordu.`,
  () => S`Taşkent — İstanbul seferi ${trEv()} günü rötarlı kalktı.`,
  () => S`Zarar ${int(50, 900)}.000 TL olarak tespit edildi.`,
  () => S`Cumhuriyet Başsavcılığı, Özbekistan Başsavcılığından adli yardım talep etti.`,
  () => S`Kadıköy ve Beyoğlu'ndaki eğlence mekânları denetim kapsamına alındı.`,
  () => S`Aile ve Sosyal Hizmetler Bakanlığı mağdurlara psikolojik destek sağladı.`,
];
function trNeg(): Piece {
  return J(
    pick([' ', '\n']),
    sample(TR_NEG_SHORT, int(2, 4)).map((f) => f()),
  );
}
const TR_POS: (() => Piece)[] = [
  () => {
    const v = trPerson({ g: 'f', local: false });
    return S`${tn(v, 'FL')}, ${BD(dTr(birth()))} doğumlu, ${pick(TR_NAT)} uyruklu, ${int(2020, 2023)} yılında iş vaadiyle ${trSuf(pick(TR_DEST), 'dat')} getirilmiştir.`;
  },
  () => {
    const v = trPerson({ g: 'f', local: false });
    const w = trPerson({ g: 'f' });
    return S`Mağdur ${tn(v, 'F')}, ifadesinde ${tn(w, 'F', 'gen')} telefon numarasını (${PH(pick(['tr', 'uz', 'kg'] as Cc[]))}) verdi.`;
  },
  () => {
    const v = trPerson();
    return S`Tanık ${tn(v, 'FL')}, ${ADDR(addrTr())} ${pick(TR_DISTRICT)} adresinde ikamet ettiğini beyan etti.`;
  },
  () => {
    const w = trPerson();
    return S`${trEv()} tarihinde ${IBANE('TR')} IBAN numaralı hesaptan ${tn(w, 'FL', 'dat')} ait hesaba ${int(5, 90)}.000 TL gönderilmiştir.`;
  },
  () => {
    const a = trPerson({ g: 'f', local: false });
    const b = trPerson({ g: 'f' });
    const x = trPerson({ g: 'm', local: true });
    return S`${lowerEnt(tn(a, 'F'))}: pasaportum nerde?\n${lowerEnt(tn(b, 'F'))}: patronda, merak etme\n${lowerEnt(tn(b, 'F'))}: ${lowerEnt(tn(x, 'F'))} abi 3 ay sonra gidebilirsin dedi`;
  },
  () => {
    const v = trPerson({ g: 'm', local: true });
    return S`Mahkeme, sanık ${tn(v, 'FL', 'gen')} TCK 80. maddesi uyarınca ${int(5, 14)} yıl ${int(1, 11)} ay hapis cezasına çarptırılmasına karar verdi.`;
  },
  () => {
    const v = trPerson({ g: 'm' });
    return S`Mağdurlar ${PLATE('tr')} plakalı beyaz bir minibüsle otele götürüldü; aracı ${tn(v, 'FL')} kullanıyordu.`;
  },
  () => {
    const v = trPerson({ local: true });
    return S`Şüpheli ${tn(v, 'FL')} (T.C. Kimlik No: ${TCNO()}), ${ADDR(addrTr())} adresinde yakalandı.`;
  },
  () => {
    const w = trPerson({ g: 'f' });
    return S`Bayan eleman aranıyor! Kafe-bar, yüksek maaş, konaklama ücretsiz. Tel: ${PH('tr')}, Instagram: ${HANDLEE(w, chance(0.6))}.`;
  },
  () => {
    const v = trPerson({ g: 'f', local: false });
    const w = trPerson({ g: 'm', local: true });
    return S`${tn(v, 'F')} adlı mağdurun ${PASS(pick(['uz', 'kg', 'tm', 'tj'] as PassKind[]))} numaralı pasaportu işveren ${tn(w, 'FL')} tarafından alıkonuldu.`;
  },
  () => {
    const v = trPerson({ g: 'f', local: false });
    const w = trPerson({ g: 'f' });
    return S`"Korkma ${tn(v, 'F')}, burada herkes böyle çalışıyor," dedi ${tn(w, 'F')}.`;
  },
  () => {
    const v = trPerson({ local: false });
    return S`Ben ${tn(v, 'FL')}, ${BD(dTr(birth(), pick([2, 3])))} tarihinde ${pick(TR_BIRTHPLACE)} doğdum.`;
  },
  () => {
    const v = trPerson();
    return S`İşverenle yazışmalar ${EMAILE(chance(0.5) ? v : undefined)} adresi üzerinden yapılmış; adres ${tn(v, 'FL', 'gen')} adına kayıtlıdır.`;
  },
  () => {
    const v = trPerson({ local: false });
    return S`Otel kayıt formu — Adı Soyadı: ${tn(v, 'UP')}; Doğum tarihi: ${BD(dmy(birth()))}; Pasaport No: ${PASS(pick(['uz', 'kg', 'tm', 'kz'] as PassKind[]))}; Uyruğu: ${pick(TR_NAT)}; Giriş: ${dmy(eventDate())}.`;
  },
  () => {
    const w = trPerson({ g: 'f' });
    const x = trPerson({ local: false });
    return S`Soru: Sizi Türkiye'ye kim getirdi?\nCevap: ${tn(w, 'F')} isimli bir kadın. ${tn(x, 'F', 'gen')} kuzeniydi.`;
  },
  () => {
    const v = trPerson({ g: 'm' });
    const w = trPerson({ g: 'f' });
    return S`${tn(v, 'F', 'abl')} aldığı parayı ${tn(w, 'F', 'dat')} verdi, kalanını kendisi tuttu.`;
  },
  () => {
    const v = trPerson({ local: false });
    return S`${tn(v, 'F')}, Telegram'da ${HANDLEE(v)} kullanıcı adıyla iş ilanlarına cevap veriyordu.`;
  },
  () => {
    const v = trPerson({ local: true, g: 'm' });
    return S`${PLATE('tr')} plakalı aracın ruhsat sahibi ${tn(v, 'FL')} olup ${ADDR(addrTr())} adresinde oturmaktadır.`;
  },
  () => {
    const w = trPerson({ g: 'f', local: true });
    return S`${tn(w, 'F')} abla bizi havalimanında karşıladı, telefonu ${PH('tr')} idi.`;
  },
  () => {
    const v = trPerson({ local: true });
    return S`SANIK: ${tn(v, 'UP')}\nT.C. Kimlik No: ${TCNO()}\nDoğum Tarihi: ${BD(dmy(birth()))}\nAdres: ${ADDR(addrTr())} ${pick(TR_DISTRICT)}`;
  },
  () => {
    const a = trPerson({ g: 'f', local: false });
    const b = trPerson({ g: 'm', local: true });
    return S`${tn(a, 'F', 'ins')} birlikte çalışan iki kadın, ${tn(b, 'F', 'gen')} mekânında pasaportlarının alındığını anlattı; kartları (${CARDE(pick(['479795', '540061', '552608']))}) da onda kalmış.`;
  },
];

// ---------------------------------------------------------------------------
// Extra templates centred on e-mail addresses and bank accounts
// ---------------------------------------------------------------------------
const COMPANY_LAT = W(
  'Silk Way Recruitment, Golden Bridge HR, Star Line Travel, Asia Job Center, Al Noor Manpower, Bosphorus Staff, Nur Consulting, Global Care Services',
);
RU_POS.push(
  () =>
    S`Реквизиты для оплаты «визовой поддержки»: IBAN ${IBANE(pick(['KZ', 'AE', 'TR', 'GE'] as IbanCC[]))}, получатель — ТОО «${pick(COMPANY_LAT)}», назначение платежа — «консультационные услуги». Чеки просили присылать на ${EMAILE()}.`,
  () => {
    const a = ruPerson({ g: 'f' });
    return S`От: ${EMAILE(a)}\nКому: ${EMAILE()}\nТема: Контракт ${pick(['Дубай', 'Стамбул', 'Сеул'])}\nЗдравствуйте! Ваша анкета одобрена, билет будет куплен после оплаты 600 $. С уважением, ${rn(a, 'F')}, менеджер по персоналу.`;
  },
  () =>
    S`При регистрации аккаунта ${HANDLEE()} указан адрес ${EMAILE()}; вход выполнялся с IP-адресов в ${pick(['Стамбуле', 'Шардже', 'Алматы'])}.`,
  () => {
    const v = ruPerson({ eth: pick(['trk', 'kz', 'uz', 'ar']) });
    return S`Согласно ответу банка, счёт ${IBANE(v.eth === 'trk' ? 'TR' : v.eth === 'ar' ? 'AE' : pick(['KZ', 'AZ', 'GE'] as IbanCC[]))} открыт ${ruEv()}; владелец — ${rn(v, 'LF')}, контактный e-mail — ${EMAILE(v)}.`;
  },
  () =>
    S`Потерпевшим выдавали «расчётные листки», где вместо зарплаты указывались вычеты за жильё и питание; жалобы предлагалось направлять на ${EMAILE()}.`,
);
EN_POS.push(
  () =>
    S`Bank details sent to the victims for the "visa deposit": IBAN ${IBANE(pick(['AE', 'TR', 'PL', 'GE', 'AZ'] as IbanCC[]))}, beneficiary ${pick(COMPANY_LAT)} LLC, reference "consulting fee". Receipts were to be e-mailed to ${EMAILE()}.`,
  () => {
    const a = enPerson({ g: 'f' });
    return S`From: ${EMAILE(a)}\nTo: ${EMAILE()}\nSubject: Job offer – ${pick(['Dubai', 'Istanbul', 'Seoul', 'Warsaw'])}\nDear candidate, your profile has been approved. Please transfer USD 600 for the ticket. Regards, ${en(a, 'F')}`;
  },
  () => S`The recovery e-mail linked to the Instagram account ${HANDLEE()} was ${EMAILE()}.`,
  () => {
    const v = enPerson({ eth: pick(['trk', 'ar', 'pl', 'kz']) });
    const cc: IbanCC = v.eth === 'trk' ? 'TR' : v.eth === 'ar' ? 'AE' : v.eth === 'pl' ? 'PL' : 'KZ';
    return S`Account ${IBANE(cc)} was opened on ${enEv()}; the account holder listed ${EMAILE(v)} as the contact address.`;
  },
);
KK_POS.push(
  () =>
    S`«Визаны рәсімдеу» үшін ақша ${IBANE(pick(['KZ', 'AE', 'TR'] as IbanCC[]))} шотына аударылуы тиіс болған, түбіртекті ${EMAILE()} поштасына жіберу талап етілген.`,
  () => S`${HANDLEE()} аккаунты ${EMAILE()} поштасы арқылы тіркелген.`,
);
KY_POS.push(
  () =>
    S`«Виза үчүн» акча ${IBANE(pick(['KZ', 'TR', 'AE'] as IbanCC[]))} эсебине которулушу керек болчу, чекти ${EMAILE()} дарегине жөнөтүү талап кылынган.`,
  () => S`${HANDLEE()} аккаунту ${EMAILE()} почтасы аркылуу катталган.`,
);
UZ_POS_BASE.push(
  () =>
    S`"Viza uchun" pul ${IBANE(pick(['TR', 'AE', 'KZ'] as IbanCC[]))} hisob raqamiga o'tkazilishi kerak bo'lgan, chekni ${EMAILE()} manziliga yuborish talab qilingan.`,
  () => S`${HANDLEE()} akkaunti ${EMAILE()} pochtasi orqali ro'yxatdan o'tgan.`,
);
TG_POS.push(
  () =>
    S`Барои «раводид» пул бояд ба суратҳисоби ${IBANE(pick(['TR', 'AE', 'KZ'] as IbanCC[]))} гузаронида мешуд, квитансияро ба ${EMAILE()} фиристодан лозим буд.`,
  () => S`Аккаунти ${HANDLEE()} тавассути почтаи ${EMAILE()} сабт шудааст.`,
);
TR_POS.push(
  () =>
    S`"Vize masrafı" için para ${IBANE('TR')} IBAN numaralı hesaba yatırılacak, dekont ${EMAILE()} adresine gönderilecekti.`,
  () => S`${HANDLEE()} hesabı ${EMAILE()} e-posta adresiyle açılmıştı.`,
  () => {
    const v = trPerson({ local: true });
    return S`${tn(v, 'FL', 'gen')} adına kayıtlı ${IBANE('TR')} numaralı hesaba ${trEv()} tarihinde ${int(5, 60)}.000 TL yatırıldı.`;
  },
);

// identifier-only fragments (no names)
RU_POS.push(
  () =>
    S`Камерами системы «Сергек» ${ruEv()} зафиксирован автомобиль ${PLATE('kz')}; собственник по базе не установлен.`,
  () =>
    S`Билеты ${pick(RU_ORIG)[0]} — ${pick(RU_DEST)[0]} оформлены по паспорту ${PASS(pick(['kz', 'uz', 'kg', 'tj'] as PassKind[]))}, оплата произведена картой ${CARDE()}.`,
  () => {
    const d = birth();
    return S`Лицо с ИИН ${NID(kzIIN(d, chance(0.5), typo()))} по учётам миграционной полиции не значится; запрос в ГБД ФЛ направлен ${ruEv()}.`;
  },
  () =>
    S`Объявление: «Виза в Корею за 10 дней, гарантия трудоустройства». Контакты: ${PH(pick(['kz', 'uz', 'kr'] as Cc[]))}, телеграм ${HANDLEE()}.`,
  () =>
    S`Микроавтобус ${PLATE(pick(['kg', 'uz', 'kz'] as PlateKind[]))} пересёк пост «${pick(['Кордай', 'Жибек жолы', 'Ак-Жол'])}» в 04:17, через сорок минут за ним — седан ${PLATE(pick(['kz', 'kg'] as PlateKind[]))}.`,
);
EN_POS.push(
  () =>
    S`An ANPR camera logged ${PLATE(pick(['kz', 'kg', 'uz'] as PlateKind[]))} at the ${pick(['Korday', 'Zhibek Zholy', 'Ak-Zhol'])} checkpoint at 03:12 on ${enEv()}.`,
  () =>
    S`The tickets were booked with passport ${PASS(pick(['kz', 'uz', 'kg', 'tj', 'tm'] as PassKind[]))} and paid with card ${CARDE()}.`,
  () => S`A Turkish ID number, ${TCNO()}, appears on the lease, but the signature is illegible.`,
);
KK_POS.push(() => S`«Сергек» камерасы ${kkEv()} ${PLATE('kz')} көлігін тіркеді, иесі анықталмаған.`);
KY_POS.push(() => S`«Коопсуз шаар» камерасы ${kyEv()} ${PLATE('kg')} унаасын каттаган, ээси аныкталган жок.`);
UZ_POS_BASE.push(() => S`Kuzatuv kamerasi ${uzEv()} kuni ${PLATE('uz')} davlat raqamli avtomashinani qayd etgan.`);
TG_POS.push(() => S`Камераи назоратӣ ${tgEv()} мошини ${PLATE('tj')}-ро сабт кардааст.`);
TR_POS.push(() => S`MOBESE kameraları ${trEv()} tarihinde ${PLATE('tr')} plakalı aracı kaydetti.`);

// ---------------------------------------------------------------------------
// Assembly
// ---------------------------------------------------------------------------
interface LangCfg {
  lang: 'ru' | 'en' | 'kk' | 'ky' | 'uz' | 'tg' | 'tr';
  n: number;
  neg: number;
  pos: (() => Piece)[];
  negShort: (() => Piece)[];
  negDocs: (() => Piece)[];
  post: () => (p: Piece) => Piece;
  ctx: number; // probability of an extra non-personal sentence around a positive snippet
}
const ident = (): ((p: Piece) => Piece) => (p) => p;
const LANGS: LangCfg[] = [
  { lang: 'ru', n: 210, neg: 48, pos: RU_POS, negShort: RU_NEG_SHORT, negDocs: RU_NEG_DOCS, post: ident, ctx: 0.35 },
  { lang: 'en', n: 136, neg: 30, pos: EN_POS, negShort: EN_NEG_SHORT, negDocs: EN_NEG_DOCS, post: ident, ctx: 0.35 },
  {
    lang: 'kk',
    n: 68,
    neg: 12,
    pos: KK_POS,
    negShort: KK_NEG_SHORT,
    negDocs: [],
    post: () => (chance(0.12) ? (p) => mapScript(p, kkLatin) : (p) => p),
    ctx: 0.3,
  },
  { lang: 'ky', n: 58, neg: 11, pos: KY_POS, negShort: KY_NEG_SHORT, negDocs: [], post: ident, ctx: 0.3 },
  { lang: 'uz', n: 68, neg: 12, pos: UZ_POS_BASE, negShort: UZ_NEG_SHORT, negDocs: [], post: uzPost, ctx: 0.3 },
  { lang: 'tg', n: 58, neg: 11, pos: TG_POS, negShort: TG_NEG_SHORT, negDocs: [], post: ident, ctx: 0.3 },
  { lang: 'tr', n: 63, neg: 12, pos: TR_POS, negShort: TR_NEG_SHORT, negDocs: [], post: ident, ctx: 0.3 },
];

interface Row {
  id: string;
  language: string;
  text: string;
  spans: Span[];
}
const problems: string[] = [];
function check(r: Row, values: string[], isNeg: boolean): void {
  const where = `${r.language} «${r.text.slice(0, 60).replace(/\n/g, ' ')}»`;
  if (/undefined|null|NaN|\[object/.test(r.text)) problems.push(`bad token in ${where}`);
  if (/ {2}|\s[,.;:](?!\d)|\(\s|\s\)/.test(r.text.replace(/\n/g, '¶'))) problems.push(`spacing in ${where}`);
  if (isNeg && r.spans.length) problems.push(`negative has spans: ${where}`);
  if (!isNeg && !r.spans.length) problems.push(`positive without spans: ${where}`);
  let prevEnd = -1;
  r.spans.forEach((s, i) => {
    const got = r.text.slice(s.start, s.end);
    if (got !== values[i]) throw new Error(`offset mismatch in ${where}: ${got} vs ${values[i]}`);
    if (!got.length || got.trim() !== got) throw new Error(`untrimmed span ${JSON.stringify(got)} in ${where}`);
    if (/[,;:]$/.test(got)) throw new Error(`trailing punctuation ${JSON.stringify(got)} in ${where}`);
    if (s.start < prevEnd) throw new Error(`overlap in ${where}`);
    prevEnd = s.end;
    if (s.type === 'CARD') {
      const d = got.replace(/\D/g, '');
      if (d.length !== 16 || !luhnValid(d)) throw new Error(`bad card ${got}`);
    }
    if (s.type === 'IBAN' && !ibanValid(got)) throw new Error(`bad IBAN ${got}`);
    if (!ETYPES.includes(s.type)) throw new Error(`bad type ${s.type}`);
  });
}

const rows: Row[] = [];
for (const L of LANGS) {
  const nextPos = cycler(L.pos);
  const kinds = shuffle([...Array(L.n - L.neg).fill('p'), ...Array(L.neg).fill('n')]);
  for (const k of kinds) {
    const post = L.post();
    let piece: Piece;
    if (k === 'n') {
      piece =
        L.negDocs.length && chance(0.25)
          ? pick(L.negDocs)()
          : J(
              pick([' ', ' ', '\n']),
              sample(L.negShort, int(2, 4)).map((f) => f()),
            );
    } else {
      piece = nextPos()();
      if (chance(L.ctx)) {
        const extra = pick(L.negShort)();
        const sep = pick([' ', '\n']);
        piece = chance(0.5) ? [extra, sep, piece] : [piece, sep, extra];
      }
    }
    const { text, spans, values } = assemble(post(piece));
    const row: Row = { id: '', language: L.lang, text, spans };
    check(row, values, k === 'n');
    rows.push(row);
  }
}
const ordered = shuffle(rows);
ordered.forEach((r, i) => (r.id = `h14-${pad(i + 1, 4)}`));

const out = resolve(__dirname, '..', 'test', 'fixtures', 'anonymizer-heldout-14.jsonl');
mkdirSync(dirname(out), { recursive: true });
writeFileSync(
  out,
  ordered.map((r) => JSON.stringify({ id: r.id, language: r.language, text: r.text, spans: r.spans })).join('\n') +
    '\n',
);

// summary
const byType: Record<string, number> = {};
const byLang: Record<string, { n: number; neg: number; spans: number }> = {};
let nSpans = 0;
for (const r of ordered) {
  byLang[r.language] ??= { n: 0, neg: 0, spans: 0 };
  byLang[r.language].n++;
  if (!r.spans.length) byLang[r.language].neg++;
  byLang[r.language].spans += r.spans.length;
  for (const s of r.spans) byType[s.type] = (byType[s.type] ?? 0) + 1;
  nSpans += r.spans.length;
}
console.log(`snippets=${ordered.length} spans=${nSpans} negatives=${ordered.filter((r) => !r.spans.length).length}`);
console.log('by type', byType);
console.log('by language', byLang);
if (problems.length) {
  console.log(`${problems.length} warnings`);
  for (const p of problems.slice(0, 40)) console.log('  ' + p);
}
console.log(`wrote ${out}`);
