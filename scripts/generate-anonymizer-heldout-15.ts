/* eslint-disable */
// @ts-nocheck: a held-out generator, written without reading the code; it is run, not imported.
/**
 * Held-out evaluation set #15 for the personal-data anonymizer.
 *
 * Generates synthetic, fully invented snippets from cross-border human-trafficking
 * case material (Central Asia and destination countries) in ru, en, kk, ky, uz, tg, tr,
 * with gold spans (UTF-16 offsets, end exclusive) for PERSON, PHONE, EMAIL, NATIONAL_ID,
 * PASSPORT, CARD, IBAN, ADDRESS, BIRTH_DATE, PLATE and HANDLE, plus hard negatives.
 *
 * Deterministic (seeded mulberry32), standard library only, no network.
 *
 * Run:  npx tsx scripts/generate-anonymizer-heldout-15.ts
 * Out:  test/fixtures/anonymizer-heldout-15.jsonl
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

// ---------------------------------------------------------------------------
// Core: PRNG, entities, assembly
// ---------------------------------------------------------------------------

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
interface Ent {
  __e: true;
  v: string;
  t: SpanType;
}
type Part = string | number | Ent | Part[] | null | undefined | false;
type Lang = 'ru' | 'en' | 'kk' | 'ky' | 'uz' | 'tg' | 'tr';
type Script = 'cyrillic' | 'latin';
interface Span {
  start: number;
  end: number;
  type: SpanType;
}
interface Rec {
  id: string;
  language: Lang;
  script: Script;
  text: string;
  spans: Span[];
}

function mulberry32(seed: number) {
  let a = seed >>> 0;
  return function () {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
let R = mulberry32(0x15a15e);
const ri = (a: number, b: number) => a + Math.floor(R() * (b - a + 1));
function pick<X>(xs: readonly X[]): X {
  return xs[Math.floor(R() * xs.length)];
}
const chance = (p: number) => R() < p;
function shuffle<X>(xs: X[]): X[] {
  const a = xs.slice();
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(R() * (i + 1));
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}
function pickN<X>(xs: readonly X[], n: number): X[] {
  return shuffle(xs.slice()).slice(0, n);
}
const dg = (n: number) => {
  let s = '';
  for (let i = 0; i < n; i++) s += String(ri(0, 9));
  return s;
};
const dgNZ = (n: number) => String(ri(1, 9)) + dg(n - 1);
const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const LAT = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const letters = (n: number, alpha = LAT) => {
  let s = '';
  for (let i = 0; i < n; i++) s += alpha[ri(0, alpha.length - 1)];
  return s;
};

const mk =
  (t: SpanType) =>
  (v: string): Ent => ({ __e: true, v, t });
const PER = mk('PERSON'),
  PHN = mk('PHONE'),
  EML = mk('EMAIL'),
  NID = mk('NATIONAL_ID'),
  PAS = mk('PASSPORT'),
  CRD = mk('CARD'),
  IBN = mk('IBAN'),
  ADR = mk('ADDRESS'),
  BDT = mk('BIRTH_DATE'),
  PLT = mk('PLATE'),
  HND = mk('HANDLE');

function D(strs: TemplateStringsArray, ...vals: Part[]): Part[] {
  const out: Part[] = [];
  strs.forEach((s, i) => {
    out.push(s);
    if (i < vals.length) out.push(vals[i]);
  });
  return out;
}
function isEnt(p: any): p is Ent {
  return p && typeof p === 'object' && p.__e === true;
}
function assemble(parts: Part[]): { text: string; spans: Span[] } {
  let text = '';
  const spans: Span[] = [];
  const walk = (p: Part) => {
    if (p === null || p === undefined || p === false) return;
    if (Array.isArray(p)) {
      p.forEach(walk);
      return;
    }
    if (isEnt(p)) {
      const start = text.length;
      text += p.v;
      spans.push({ start, end: text.length, type: p.t });
      return;
    }
    text += String(p);
  };
  walk(parts);
  return { text, spans };
}
/** join a list of parts with a separator */
function J(list: Part[], sep: Part = '\n'): Part[] {
  const o: Part[] = [];
  list
    .filter((x) => x !== null && x !== undefined && x !== false)
    .forEach((x, i) => {
      if (i) o.push(sep);
      o.push(x);
    });
  return o;
}

// ---------------------------------------------------------------------------
// Dates
// ---------------------------------------------------------------------------
interface Ymd {
  y: number;
  m: number;
  d: number;
}
function birth(minY = 1972, maxY = 2006): Ymd {
  return { y: ri(minY, maxY), m: ri(1, 12), d: ri(1, 28) };
}
function evDate(minY = 2019, maxY = 2024): Ymd {
  return { y: ri(minY, maxY), m: ri(1, 12), d: ri(1, 28) };
}
function clock(): () => string {
  let m = ri(7 * 60, 21 * 60);
  return () => {
    m += ri(1, 35);
    return `${pad(Math.floor(m / 60) % 24)}:${pad(m % 60)}`;
  };
}
const dmy = (x: Ymd, sep = '.') => `${pad(x.d)}${sep}${pad(x.m)}${sep}${x.y}`;
const iso = (x: Ymd) => `${x.y}-${pad(x.m)}-${pad(x.d)}`;
const yymmdd = (x: Ymd) => `${pad(x.y % 100)}${pad(x.m)}${pad(x.d)}`;
const MON: Record<string, string[]> = {
  ruGen: [
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
  ],
  en: [
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
  ],
  enS: ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'],
  kk: [
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
  ],
  kk21: [
    'qañtar',
    'aqpan',
    'nauryz',
    'säuır',
    'mamyr',
    'mausym',
    'şılde',
    'tamyz',
    'qyrküiek',
    'qazan',
    'qaraşa',
    'jeltoqsan',
  ],
  kk18: [
    'qańtar',
    'aqpan',
    'naýryz',
    'sáýir',
    'mamyr',
    'maýsym',
    'shilde',
    'tamyz',
    'qyrkúıek',
    'qazan',
    'qarasha',
    'jeltoqsan',
  ],
  ky: [
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
  ],
  uz: ['yanvar', 'fevral', 'mart', 'aprel', 'may', 'iyun', 'iyul', 'avgust', 'sentabr', 'oktabr', 'noyabr', 'dekabr'],
  uzC: ['январ', 'феврал', 'март', 'апрел', 'май', 'июн', 'июл', 'август', 'сентябр', 'октябр', 'ноябр', 'декабр'],
  tg: ['январ', 'феврал', 'март', 'апрел', 'май', 'июн', 'июл', 'август', 'сентябр', 'октябр', 'ноябр', 'декабр'],
  tr: ['Ocak', 'Şubat', 'Mart', 'Nisan', 'Mayıs', 'Haziran', 'Temmuz', 'Ağustos', 'Eylül', 'Ekim', 'Kasım', 'Aralık'],
};
const ruLong = (x: Ymd) => `${x.d} ${MON.ruGen[x.m - 1]} ${x.y}`;
const enLong = (x: Ymd) => pick([`${x.d} ${MON.en[x.m - 1]} ${x.y}`, `${MON.en[x.m - 1]} ${x.d}, ${x.y}`]);
const enDate = (x: Ymd) => pick([dmy(x, '/'), enLong(x), iso(x), `${pad(x.d)} ${MON.enS[x.m - 1]} ${x.y}`]);
const ruDate = (x: Ymd) => pick([dmy(x), dmy(x), ruLong(x)]);
const trDate = (x: Ymd) => pick([dmy(x), dmy(x), `${x.d} ${MON.tr[x.m - 1]} ${x.y}`, dmy(x, '/')]);

// ---------------------------------------------------------------------------
// Identifier generators
// ---------------------------------------------------------------------------
function luhnCheck(body: string): string {
  let sum = 0;
  let dbl = true;
  for (let i = body.length - 1; i >= 0; i--) {
    let d = +body[i];
    if (dbl) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    dbl = !dbl;
  }
  return String((10 - (sum % 10)) % 10);
}
const CARD_BINS = {
  visa: ['4400 43', '4169 58', '4405 63', '4263 01', '4890 49', '4731 85', '4147 34'],
  mc: ['5169 49', '5375 41', '5440 03', '5522 04', '5106 21', '5211 78'],
  mir: ['2200 70', '2202 20', '2200 24', '2204 31'],
  humo: ['9860 12', '9860 33', '9860 06'],
  uzcard: ['8600 31', '8600 49', '8600 02'],
  kortimilli: ['9762 00', '9762 11'],
  elcart: ['9417 00', '9417 02'],
  unionpay: ['6212 26', '6228 48'],
  troy: ['9792 08', '9792 37'],
};
type CardKind = keyof typeof CARD_BINS;
function cardDigits(kind: CardKind): string {
  const bin = pick(CARD_BINS[kind]).replace(/ /g, '');
  const body = bin + dg(15 - bin.length);
  return body + luhnCheck(body);
}
function fmtCard(d: string, style = ri(0, 6)): string {
  const g = d.match(/.{1,4}/g)!;
  switch (style) {
    case 0:
      return g.join(' ');
    case 1:
      return g.join('-');
    case 2:
      return d;
    case 3:
      return `${g[0]} ${g[1].slice(0, 2)}** **** ${g[3]}`;
    case 4:
      return `${d.slice(0, 6)}******${d.slice(12)}`;
    case 5:
      return `${g[0]} **** **** ${g[3]}`;
    default:
      return `${g[0]} ${g[1]} ${g[2].slice(0, 1)}*** ${g[3]}`;
  }
}
const card = (kind: CardKind, style?: number) => fmtCard(cardDigits(kind), style);

function ibanCheck(cc: string, bban: string): string {
  const re = (bban + cc + '00').toUpperCase().replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
  const m = BigInt(re) % 97n;
  return pad(Number(98n - m));
}
function iban(cc: 'KZ' | 'TR' | 'AE' | 'PL' | 'MD' | 'GE' | 'AZ', style = ri(0, 5)): string {
  let bban = '';
  if (cc === 'KZ') bban = pick(['125', '601', '722', '998', '914', '826']) + pick(['KZT', 'USD', '']);
  if (cc === 'KZ') bban = (bban + dg(20)).slice(0, 16);
  if (cc === 'TR') bban = pick(['00010', '00062', '00064', '00046', '00012', '00015']) + '0' + dg(16);
  if (cc === 'AE') bban = pick(['033', '026', '035', '030', '044']) + dg(16);
  if (cc === 'PL') bban = dg(24);
  if (cc === 'MD') bban = pick(['AG', 'MO', 'VI', 'EX']) + dg(18);
  if (cc === 'GE') bban = pick(['TB', 'BG']) + dg(16);
  if (cc === 'AZ') bban = pick(['NABZ', 'IBAZ']) + dg(20);
  const full = cc + ibanCheck(cc, bban) + bban;
  const grouped = full.match(/.{1,4}/g)!.join(' ');
  switch (style) {
    case 0:
    case 1:
      return grouped;
    case 2:
      return full;
    case 3:
      return grouped.toLowerCase();
    case 4:
      return full.toLowerCase();
    default:
      return full.match(/.{1,4}/g)!.join('-');
  }
}

function kzIIN(b: Ymd, male: boolean, valid = true): string {
  const cent = b.y >= 2000 ? (male ? 5 : 6) : male ? 3 : 4;
  for (;;) {
    const body = yymmdd(b) + cent + dg(4);
    const d = body.split('').map(Number);
    let s = d.reduce((a, x, i) => a + x * (i + 1), 0) % 11;
    if (s === 10) {
      const w = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2];
      s = d.reduce((a, x, i) => a + x * w[i], 0) % 11;
      if (s === 10) continue;
    }
    return body + (valid ? s : (s + 3) % 10);
  }
}
const kgPIN = (b: Ymd, male: boolean) => `${male ? 2 : 1}${pad(b.d)}${pad(b.m)}${b.y}${dg(5)}`;
function uzPINFL(b: Ymd, male: boolean, valid = true): string {
  const first = b.y >= 2000 ? (male ? 5 : 6) : male ? 3 : 4;
  const body = `${first}${pad(b.d)}${pad(b.m)}${pad(b.y % 100)}${pick(['262', '301', '304', '305', '314', '321', '324', '330'])}${dg(3)}`;
  const w = [7, 3, 1];
  const s = body.split('').reduce((a, x, i) => a + Number(x) * w[i % 3], 0) % 10;
  return body + (valid ? s : (s + 4) % 10);
}
const tjINN = () => pick(['0', '1', '3', '4', '5']) + dg(8);
function ruSNILS(): string {
  for (;;) {
    const n = dg(9);
    if (+n <= 1001998) continue;
    let s = n.split('').reduce((a, x, i) => a + Number(x) * (9 - i), 0);
    if (s > 101) s %= 101;
    const c = s === 100 || s === 101 ? '00' : pad(s);
    return `${n.slice(0, 3)}-${n.slice(3, 6)}-${n.slice(6)} ${c}`;
  }
}
function ruINN12(): string {
  const d = (pick(['77', '50', '78', '66', '23', '54']) + dg(8)).split('').map(Number);
  const w1 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8];
  const c1 = (d.reduce((a, x, i) => a + x * w1[i], 0) % 11) % 10;
  d.push(c1);
  const w2 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8];
  const c2 = (d.reduce((a, x, i) => a + x * w2[i], 0) % 11) % 10;
  d.push(c2);
  return d.join('');
}
function trTC(valid = true, foreign = false): string {
  const d = (foreign ? '99' + dg(7) : dgNZ(9)).split('').map(Number);
  const odd = d[0] + d[2] + d[4] + d[6] + d[8],
    even = d[1] + d[3] + d[5] + d[7];
  const c10 = (((odd * 7 - even) % 10) + 10) % 10;
  d.push(c10);
  const c11 = d.reduce((a, x) => a + x, 0) % 10;
  d.push(valid ? c11 : (c11 + 1) % 10);
  return d.join('');
}
function mdIDNP(): string {
  const body = '200' + dg(9);
  const w = [7, 3, 1];
  const s = body.split('').reduce((a, x, i) => a + Number(x) * w[i % 3], 0) % 10;
  return body + s;
}
const krARC = (b: Ymd, male: boolean, dash = true) =>
  `${yymmdd(b)}${dash ? '-' : ''}${b.y >= 2000 ? (male ? 7 : 8) : male ? 5 : 6}${dg(6)}`;
function plPESEL(b: Ymd, male: boolean): string {
  const mm = b.y >= 2000 ? b.m + 20 : b.m;
  const body = `${pad(b.y % 100)}${pad(mm)}${pad(b.d)}${dg(3)}${male ? pick([1, 3, 5, 7, 9]) : pick([0, 2, 4, 6, 8])}`;
  const w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];
  const s = body.split('').reduce((a, x, i) => a + Number(x) * w[i], 0) % 10;
  return body + ((10 - s) % 10);
}
function cnID(b: Ymd, male: boolean): string {
  const body =
    pick(['440106', '330102', '350203', '450103', '530102']) +
    `${b.y}${pad(b.m)}${pad(b.d)}` +
    dg(2) +
    (male ? pick([1, 3, 5, 7, 9]) : pick([0, 2, 4, 6, 8]));
  const w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const s = body.split('').reduce((a, x, i) => a + Number(x) * w[i], 0) % 11;
  return body + '10X98765432'[s];
}
function thID(spaced = true): string {
  const body = pick(['1', '3', '5']) + dg(11);
  const s = body.split('').reduce((a, x, i) => a + Number(x) * (13 - i), 0) % 11;
  const full = body + ((11 - s) % 10);
  return spaced ? `${full[0]}-${full.slice(1, 5)}-${full.slice(5, 10)}-${full.slice(10, 12)}-${full[12]}` : full;
}

// passports
const passKZ = () => pick(['N', 'N', 'N']) + dg(8);
const idKZ = () => '0' + dg(8);
const passKG = () => pick(['AC', 'AC', 'AN', 'ID', 'PE']) + dg(7);
const passUZ = () => pick(['AA', 'AB', 'AC', 'FA', 'FA', 'AD', 'AE']) + dg(7);
const passTJ = () => pick(['4', '5']) + dg(8);
const passTM = () => pick(['A', 'B']) + dg(7);
const passRU = () =>
  pick([
    `${pad(ri(1, 99))} ${pad(ri(0, 24))} ${dg(6)}`,
    `${pad(ri(1, 99))}${pad(ri(0, 24))} ${dg(6)}`,
    `${pick(['72', '75', '76'])} ${dg(7)}`,
  ]);
const passTR = () => pick(['U', 'U', 'S']) + dg(8);
const passMD = () => pick(['AB', 'AC']) + dg(7);
const passCN = () => pick(['E' + dg(8), 'EA' + dg(7), 'E' + dg(8)]);
const passKR = () => pick(['M', 'M', 'R']) + dg(8);
const passTH = () => pick(['AA', 'AB', 'AC']) + dg(7);
const passUA = () => pick(['FE', 'FH', 'FX', 'GA']) + dg(6);
function spacedSeries(p: string): string {
  const m = p.match(/^([A-Z]+)(\d+)$/);
  return m ? `${m[1]} ${m[2]}` : p;
}

// phones
function phone(cc: string, style = ri(0, 5)): string {
  switch (cc) {
    case 'KZ': {
      const op = pick(['701', '702', '705', '707', '747', '771', '775', '777', '778']);
      const n = dg(7);
      return [
        `+7 ${op} ${n.slice(0, 3)} ${n.slice(3, 5)} ${n.slice(5)}`,
        `+7 (${op}) ${n.slice(0, 3)}-${n.slice(3, 5)}-${n.slice(5)}`,
        `8${op}${n}`,
        `8 (${op}) ${n.slice(0, 3)}-${n.slice(3)}`,
        `+7${op}${n}`,
        `8-${op}-${n.slice(0, 3)}-${n.slice(3, 5)}-${n.slice(5)}`,
      ][style];
    }
    case 'RU': {
      const op = pick(['903', '905', '915', '916', '925', '926', '968', '977', '985', '999', '952']);
      const n = dg(7);
      return [
        `+7 ${op} ${n.slice(0, 3)}-${n.slice(3, 5)}-${n.slice(5)}`,
        `+7 (${op}) ${n.slice(0, 3)}-${n.slice(3, 5)}-${n.slice(5)}`,
        `8${op}${n}`,
        `8 ${op} ${n.slice(0, 3)} ${n.slice(3)}`,
        `+7${op}${n}`,
        `8(${op})${n.slice(0, 3)}-${n.slice(3)}`,
      ][style];
    }
    case 'KG': {
      const op = pick(['555', '550', '700', '707', '770', '777', '999', '502', '559']);
      const n = dg(6);
      return [
        `+996 ${op} ${n.slice(0, 2)} ${n.slice(2, 4)} ${n.slice(4)}`,
        `+996 (${op}) ${n.slice(0, 3)}-${n.slice(3)}`,
        `0${op}${n}`,
        `0 ${op} ${n.slice(0, 3)} ${n.slice(3)}`,
        `+996${op}${n}`,
        `+996.${op}.${n.slice(0, 3)}.${n.slice(3)}`,
      ][style];
    }
    case 'UZ': {
      const op = pick(['90', '91', '93', '94', '95', '97', '98', '99', '33', '88']);
      const n = dg(7);
      return [
        `+998 ${op} ${n.slice(0, 3)}-${n.slice(3, 5)}-${n.slice(5)}`,
        `+998 (${op}) ${n.slice(0, 3)} ${n.slice(3, 5)} ${n.slice(5)}`,
        `998${op}${n}`,
        `${op} ${n.slice(0, 3)} ${n.slice(3, 5)} ${n.slice(5)}`,
        `+998${op}${n}`,
        `+998-${op}-${n.slice(0, 3)}-${n.slice(3, 5)}-${n.slice(5)}`,
      ][style];
    }
    case 'TJ': {
      const op = pick(['90', '91', '92', '93', '98', '88', '55', '50', '77']);
      const n = dg(7);
      return [
        `+992 ${op} ${n.slice(0, 3)} ${n.slice(3)}`,
        `+992 (${op}) ${n.slice(0, 3)}-${n.slice(3, 5)}-${n.slice(5)}`,
        `${op}${n}`,
        `+992${op}${n}`,
        `8 ${op} ${n.slice(0, 3)} ${n.slice(3)}`,
        `+992-${op}-${n.slice(0, 3)}-${n.slice(3)}`,
      ][style];
    }
    case 'TM': {
      const op = pick(['61', '62', '63', '64', '65', '71']);
      const n = dg(6);
      return [
        `+993 ${op} ${n.slice(0, 2)}-${n.slice(2, 4)}-${n.slice(4)}`,
        `+993 (${op}) ${n}`,
        `8 ${op} ${n}`,
        `+993${op}${n}`,
        `+993 ${op} ${n.slice(0, 3)} ${n.slice(3)}`,
        `8-${op}-${n.slice(0, 2)}-${n.slice(2, 4)}-${n.slice(4)}`,
      ][style];
    }
    case 'TR': {
      const op = pick(['532', '533', '535', '542', '505', '555', '544', '507']);
      const n = dg(7);
      return [
        `+90 ${op} ${n.slice(0, 3)} ${n.slice(3, 5)} ${n.slice(5)}`,
        `0${op} ${n.slice(0, 3)} ${n.slice(3, 5)} ${n.slice(5)}`,
        `0 (${op}) ${n.slice(0, 3)} ${n.slice(3)}`,
        `+90${op}${n}`,
        `0${op}${n}`,
        `+90 (${op}) ${n.slice(0, 3)}-${n.slice(3, 5)}-${n.slice(5)}`,
      ][style];
    }
    case 'AE': {
      const op = pick(['50', '52', '54', '55', '56', '58']);
      const n = dg(7);
      return [
        `+971 ${op} ${n.slice(0, 3)} ${n.slice(3)}`,
        `+971-${op}-${n}`,
        `0${op} ${n.slice(0, 3)} ${n.slice(3)}`,
        `+971 (0)${op} ${n.slice(0, 3)} ${n.slice(3)}`,
        `00971${op}${n}`,
        `+971${op}${n}`,
      ][style];
    }
    case 'KR': {
      const a = dg(4),
        b = dg(4);
      return [
        `+82 10-${a}-${b}`,
        `010-${a}-${b}`,
        `+82 10 ${a} ${b}`,
        `010 ${a} ${b}`,
        `+821${'0'}${a}${b}`,
        `01${'0'}${a}${b}`,
      ][style];
    }
    case 'CN': {
      const op = pick(['138', '139', '186', '135', '159']);
      const a = dg(4),
        b = dg(4);
      return [
        `+86 ${op} ${a} ${b}`,
        `${op}${a}${b}`,
        `+86-${op}-${a}-${b}`,
        `${op} ${a} ${b}`,
        `+86${op}${a}${b}`,
        `0086 ${op} ${a} ${b}`,
      ][style];
    }
    case 'PL': {
      const n = dg(9).replace(/^./, pick(['5', '6', '7', '8']));
      return [
        `+48 ${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`,
        `+48${n}`,
        `${n.slice(0, 3)}-${n.slice(3, 6)}-${n.slice(6)}`,
        `+48 ${n}`,
        `0048 ${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`,
        `${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`,
      ][style];
    }
    case 'MD': {
      const op = pick(['69', '68', '79', '78', '60', '67']);
      const n = dg(6);
      return [
        `+373 ${op} ${n.slice(0, 3)} ${n.slice(3)}`,
        `+373${op}${n}`,
        `0${op}${n}`,
        `0 ${op} ${n.slice(0, 3)} ${n.slice(3)}`,
        `+373-${op}-${n.slice(0, 3)}-${n.slice(3)}`,
        `(+373) ${op} ${n}`.slice(1).replace(/^\+?373\) /, '+373 '),
      ][style];
    }
    case 'TH': {
      const op = pick(['81', '82', '86', '89', '91', '95']);
      const n = dg(7);
      return [
        `+66 ${op} ${n.slice(0, 3)} ${n.slice(3)}`,
        `0${op}-${n.slice(0, 3)}-${n.slice(3)}`,
        `+66${op}${n}`,
        `0${op} ${n.slice(0, 3)} ${n.slice(3)}`,
        `+66-${op}-${n}`,
        `0${op}${n}`,
      ][style];
    }
    case 'UA': {
      const op = pick(['50', '67', '63', '93', '97']);
      const n = dg(7);
      return [
        `+380 ${op} ${n.slice(0, 3)} ${n.slice(3, 5)} ${n.slice(5)}`,
        `+380${op}${n}`,
        `0${op}-${n.slice(0, 3)}-${n.slice(3, 5)}-${n.slice(5)}`,
        `0${op} ${n.slice(0, 3)} ${n.slice(3)}`,
        `+380 (${op}) ${n}`,
        `380${op}${n}`,
      ][style];
    }
  }
  throw new Error('cc ' + cc);
}
const maskPhone = (p: string) => {
  const m = p.match(/^(.*?)(\d[\d\s-]{4})(\d{2})$/);
  return m ? m[1] + m[2].replace(/\d/g, '*') + m[3] : p;
};

// handles / emails
const HN1 = [
  'dilya',
  'aika',
  'nuri',
  'zara',
  'madi',
  'sabi',
  'gulya',
  'asel',
  'jasur',
  'bek',
  'sardor',
  'malika',
  'zafar',
  'aiko',
  'kamila',
  'timur',
  'aziz',
  'nika',
  'lola',
  'erke',
  'jibek',
  'nigora',
  'shoh',
  'daler',
  'bahor',
  'aruzhan',
  'meerim',
  'mira',
  'toma',
  'sunny',
];
const HN2 = [
  'work',
  'travel',
  'job',
  'vip',
  'official',
  'beauty',
  'agency',
  'dubai',
  'istanbul',
  'korea',
  'visa',
  'life',
  'star',
  'love',
  'kz',
  'kg',
  'uz',
  'tj',
  'moscow',
  'real',
  'pro',
  'team',
];
function handleName(): string {
  const a = pick(HN1),
    b = pick(HN2);
  return pick([
    `${a}_${b}`,
    `${a}.${b}`,
    `${a}${ri(80, 2005)}`,
    `${b}_${a}_${ri(1, 99)}`,
    `${a}_${b}${ri(1, 9)}`,
    `${a}__${b}`,
    `${b}.${a}${ri(10, 99)}`,
  ]);
}
function handle(kind = ri(0, 9)): string {
  const h = handleName();
  switch (kind) {
    case 0:
    case 1:
    case 2:
      return '@' + h;
    case 3:
      return `instagram.com/${h}`;
    case 4:
      return `t.me/${h}`;
    case 5:
      return `https://vk.com/id${dg(9).replace(/^0/, '5')}`;
    case 6:
      return `facebook.com/${h.replace(/_/g, '.')}`;
    case 7:
      return `ok.ru/profile/${dgNZ(12)}`;
    case 8:
      return `https://www.tiktok.com/@${h}`;
    default:
      return h;
  }
}
const EMAIL_DOM = [
  'mail.ru',
  'gmail.com',
  'inbox.ru',
  'yandex.ru',
  'bk.ru',
  'list.ru',
  'mail.kz',
  'umail.uz',
  'hotmail.com',
  'outlook.com',
  'yahoo.com',
  'rambler.ru',
  'naver.com',
  'qq.com',
  'yandex.kz',
];
function email(base?: string): string {
  const b = (base || pick(HN1)).toLowerCase().replace(/[^a-z0-9._]/g, '');
  const suf = pick(['', String(ri(1, 99)), '.' + pick(HN2), '_' + ri(1985, 2005), String(ri(100, 999))]);
  return `${b}${suf}@${pick(EMAIL_DOM)}`;
}

// plates
const CYR_PLATE = 'АВЕКМНОРСТУХ';
const PL_LAT = 'ABEKMHOPCTYX';
function plate(cc: string): string {
  switch (cc) {
    case 'KZ':
      return pick([
        `${dg(3)} ${letters(3)} ${pad(ri(1, 18))}`,
        `${dg(3)}${letters(3)}${pad(ri(1, 18))}`,
        `${letters(1)} ${dg(3)} ${letters(3)}`,
      ]);
    case 'KG':
      return pick([
        `${pad(ri(1, 9))} ${dg(3)} ${letters(3)}`,
        `${pad(ri(1, 9))}KG${dg(3)}${letters(3)}`,
        `${letters(1)} ${dg(4)} ${letters(2)}`,
      ]);
    case 'UZ':
      return pick([
        `${pick(['01', '10', '20', '25', '30', '40', '50', '60', '70', '75', '80', '85', '90', '95'])} ${letters(1)} ${dg(3)} ${letters(2)}`,
        `${pick(['01', '30', '40', '60'])}${letters(1)}${dg(3)}${letters(2)}`,
        `${pick(['01', '10'])} ${dg(3)} ${letters(3)}`,
      ]);
    case 'TJ':
      return pick([`${dg(4)} ${letters(2)} ${pad(ri(1, 8))}`, `${dg(4)}${letters(2)}${pad(ri(1, 8))}`]);
    case 'TM':
      return pick([`${letters(2)} ${dg(4)}`, `${dg(2)}-${dg(2)} ${letters(2)}`]);
    case 'RU': {
      const l = () => letters(1, CYR_PLATE);
      return pick([
        `${l()}${dg(3)}${l()}${l()} ${pick(['77', '99', '177', '197', '750', '799', '50', '78', '54'])}`,
        `${l()} ${dg(3)} ${l()}${l()} ${pick(['77', '777', '190', '116'])}`,
        `${l()}${dg(3)}${l()}${l()}${pick(['197', '50'])}`,
      ]);
    }
    case 'RUL': {
      const l = () => letters(1, PL_LAT);
      return `${l()}${dg(3)}${l()}${l()} ${pick(['77', '99', '177', '750'])}`;
    }
    case 'TR':
      return pick([
        `${pick(['34', '06', '07', '35', '16', '41'])} ${letters(3)} ${dg(3)}`,
        `${pick(['34', '07'])} ${letters(2)} ${dg(4)}`,
        `${pick(['34', '06'])}${letters(1)}${dg(4)}`,
      ]);
    case 'AE':
      return `${letters(1)} ${dgNZ(5)}`;
    case 'KR':
      return pick([
        `${ri(10, 99)}${pick(['가', '나', '다', '라', '마', '거', '너', '더', '러', '버', '서', '어', '저', '고', '노', '도', '로', '모', '보', '소', '오', '조', '구', '누', '두', '루', '무', '부', '수', '우', '주', '허', '하', '호'])} ${dg(4)}`,
        `${ri(100, 399)}${pick(['가', '나', '더', '머', '저', '소'])} ${dg(4)}`,
      ]);
    case 'PL':
      return pick([
        `${pick(['WA', 'WE', 'KR', 'PO', 'EL', 'DW', 'GD'])} ${dgNZ(5)}`,
        `${pick(['WX', 'KR', 'EL'])} ${dg(3)}${letters(2)}`,
      ]);
    case 'MD':
      return pick([`${pick(['C', 'BL', 'OR', 'CH'])} ${letters(2)} ${dg(3)}`, `${letters(3)} ${dg(3)}`]);
    case 'CN':
      return `${pick(['粤', '京', '沪', '浙', '闽'])}${letters(1)}·${dg(5)}`;
    case 'TH':
      return `${pick(['กข', 'ฌฎ', '1กก', '2ขค', 'นบ'])} ${dg(4)}`;
  }
  throw new Error('plate ' + cc);
}

// soft hyphen insertion inside a name (never at its edges)
function shy(n: string): string {
  const i = Math.max(2, Math.min(n.length - 2, Math.floor(n.length / 2)));
  if (n.length < 5 || /[\s'’ʻ`-]/.test(n.slice(i - 1, i + 1))) return n;
  return n.slice(0, i) + '\u00AD' + n.slice(i);
}

// ---------------------------------------------------------------------------
// Name pools (all invented combinations)
// ---------------------------------------------------------------------------
type G = 'm' | 'f';
interface Nm {
  g: G;
  first: string;
  last: string;
  patr?: string;
  fam1st?: boolean;
  origin: string;
}
interface Pool {
  m: string[];
  f: string[];
  sur: string[];
  indecl?: string[];
  fem: (s: string) => string;
  patr?: (father: string, g: G) => string;
  fathers?: string[];
}

const femRu = (s: string) =>
  /(ов|ев|ёв|ин|ын)$/.test(s) ? s + 'а' : /(ский|цкий)$/.test(s) ? s.slice(0, -2) + 'ая' : s;
const femLat = (s: string) => (/(ov|ev|yev|in|ow|ýew|ew)$/.test(s) ? s + 'a' : s);
const patrRu = (f: string, g: G) => {
  if (f === 'Павел') f = 'Павл';
  const stem = /[йь]$/.test(f) ? f.slice(0, -1) : f;
  const soft = /[йь]$/.test(f);
  return stem + (g === 'm' ? (soft ? 'евич' : 'ович') : soft ? 'евна' : 'овна');
};
const consonantEnd = (xs: string[]) => xs.filter((x) => /[бвгджзклмнпрстфхцчшщ]$/i.test(x));

const RU_POOLS: Record<string, Pool> = {
  KZ: {
    m: [
      'Нурлан',
      'Ерлан',
      'Асхат',
      'Бауыржан',
      'Даурен',
      'Ержан',
      'Кайрат',
      'Серик',
      'Талгат',
      'Жандос',
      'Олжас',
      'Бекзат',
      'Ернар',
      'Темирлан',
      'Куаныш',
      'Галымжан',
      'Мейржан',
      'Жасулан',
    ],
    f: [
      'Айгерим',
      'Гульнар',
      'Динара',
      'Мадина',
      'Жансая',
      'Акбота',
      'Асель',
      'Балжан',
      'Назерке',
      'Толганай',
      'Аружан',
      'Гаухар',
      'Перизат',
      'Сымбат',
      'Карлыгаш',
      'Улжан',
      'Меруерт',
      'Данагуль',
      'Сауле',
      'Ботагоз',
      'Шынар',
    ],
    sur: [
      'Сапаров',
      'Жумабаев',
      'Токтаров',
      'Есенов',
      'Касымов',
      'Ахметжанов',
      'Бекмухамбетов',
      'Нурпеисов',
      'Сеитказиев',
      'Тулеубаев',
      'Кудайбергенов',
      'Муканов',
      'Жакупов',
      'Оспанов',
      'Дюсенбаев',
      'Сарсенбаев',
      'Абдрахманов',
      'Исмагулов',
      'Бейсенов',
      'Утепбергенов',
    ],
    indecl: ['Асхатулы', 'Серикулы', 'Кайратулы'],
    fem: femRu,
    patr: patrRu,
  },
  KG: {
    m: [
      'Азамат',
      'Бакыт',
      'Нурбек',
      'Улан',
      'Эрмек',
      'Алмазбек',
      'Мирлан',
      'Талант',
      'Жыргалбек',
      'Бектур',
      'Кубанычбек',
      'Омурбек',
      'Сейитбек',
      'Тологон',
      'Чынгыз',
      'Мелис',
      'Курманбек',
      'Даниярбек',
      'Нуржигит',
      'Сыймык',
      'Бекболот',
      'Токтосун',
    ],
    f: [
      'Айжан',
      'Бермет',
      'Гулзат',
      'Жылдыз',
      'Нургуль',
      'Чолпон',
      'Айпери',
      'Элмира',
      'Кумушай',
      'Бурулай',
      'Салкын',
      'Назгуль',
      'Айсулуу',
      'Бегимай',
      'Алтынай',
      'Каныкей',
      'Жаркын',
      'Суйумкан',
      'Мээрим',
      'Айчурек',
    ],
    sur: [
      'Токтогулов',
      'Абдыкаимов',
      'Мамытов',
      'Сыдыков',
      'Бообеков',
      'Эсенгулов',
      'Кадыралиев',
      'Орозбаев',
      'Турдубаев',
      'Асанбеков',
      'Кенжебаев',
      'Байзаков',
      'Чотонов',
      'Маматкулов',
      'Жумалиев',
      'Осмоналиев',
      'Шаршеналиев',
      'Умоталиев',
      'Доолотбаков',
      'Сатыбалдиев',
      'Калыбеков',
    ],
    fem: femRu,
    patr: patrRu,
  },
  UZ: {
    m: [
      'Джасур',
      'Сардор',
      'Бобур',
      'Отабек',
      'Шерзод',
      'Улугбек',
      'Жахонгир',
      'Дониёр',
      'Фаррух',
      'Акмал',
      'Шухрат',
      'Равшан',
      'Баходир',
      'Нодир',
      'Ильхом',
      'Хуршид',
      'Гайрат',
      'Ойбек',
      'Санжар',
      'Даулетмурат',
      'Жаксылык',
      'Эмберген',
    ],
    f: [
      'Дильфуза',
      'Дильноза',
      'Нилуфар',
      'Гульнора',
      'Шахноза',
      'Мохира',
      'Зухра',
      'Озода',
      'Феруза',
      'Муниса',
      'Севара',
      'Угилой',
      'Гульчехра',
      'Мамура',
      'Нодира',
      'Чарос',
      'Барно',
      'Хилола',
      'Мавлюда',
      'Зарнигор',
      'Айсанем',
      'Гульзира',
      'Мапруза',
    ],
    sur: [
      'Рахимов',
      'Юсупов',
      'Тошматов',
      'Эргашев',
      'Холматов',
      'Кодиров',
      'Гуломов',
      'Назаров',
      'Собиров',
      'Абдурахмонов',
      'Мирзаев',
      'Исмоилов',
      'Тургунов',
      'Уринбоев',
      'Джураев',
      'Саидов',
      'Кучкаров',
      'Эшматов',
      'Норматов',
      'Худойбердиев',
      'Эмбергенов',
      'Тажимуратов',
      'Сейтмуратов',
    ],
    fem: femRu,
    patr: patrRu,
  },
  TJ: {
    m: [
      'Зафар',
      'Фаридун',
      'Джамшед',
      'Рустам',
      'Бахтиёр',
      'Фирдавс',
      'Сухроб',
      'Шахром',
      'Умед',
      'Манучехр',
      'Далер',
      'Парвиз',
      'Хуршед',
      'Комрон',
      'Исфандиёр',
      'Сиёвуш',
      'Шодмон',
      'Нозим',
    ],
    f: [
      'Малика',
      'Мадина',
      'Парвина',
      'Нигина',
      'Зарина',
      'Шахло',
      'Мунира',
      'Гульнора',
      'Сарвиноз',
      'Тахмина',
      'Фарангис',
      'Ширин',
      'Мехрангез',
      'Дилором',
      'Мавджуда',
      'Рухшона',
      'Гулрухсор',
      'Манижа',
      'Бунафша',
      'Мохпайкар',
    ],
    sur: [
      'Абдуллоев',
      'Рахимов',
      'Назаров',
      'Шарипов',
      'Курбонов',
      'Одинаев',
      'Джураев',
      'Холов',
      'Файзуллоев',
      'Сафаров',
      'Хасанов',
      'Мирзоев',
    ],
    indecl: [
      'Саидзода',
      'Икромзода',
      'Гафурзода',
      'Давлатзода',
      'Мирзоён',
      'Шохиён',
      'Ризоён',
      'Азизпур',
      'Карамхудоён',
      'Шарифзода',
    ],
    fem: femRu,
    patr: patrRu,
  },
  TM: {
    m: [
      'Довлетмурад',
      'Мердан',
      'Бегмурад',
      'Оразгельды',
      'Атаджан',
      'Рахым',
      'Мекан',
      'Бяшим',
      'Худайберды',
      'Агамырат',
    ],
    f: ['Огулгерек', 'Бахар', 'Айна', 'Джерен', 'Огульшат', 'Гёзель', 'Мяхри', 'Сельби', 'Энеджан', 'Аннагуль'],
    sur: [
      'Аннаев',
      'Оразов',
      'Бердыев',
      'Ходжамурадов',
      'Атаев',
      'Чарыев',
      'Нурмухаммедов',
      'Реджепов',
      'Овезов',
      'Акмурадов',
    ],
    fem: femRu,
    patr: patrRu,
  },
  RU: {
    m: [
      'Алексей',
      'Дмитрий',
      'Сергей',
      'Игорь',
      'Виктор',
      'Олег',
      'Павел',
      'Андрей',
      'Николай',
      'Роман',
      'Вадим',
      'Артём',
      'Степан',
      'Геннадий',
      'Тарас',
      'Богдан',
    ],
    f: [
      'Ольга',
      'Наталья',
      'Ирина',
      'Татьяна',
      'Елена',
      'Светлана',
      'Марина',
      'Вера',
      'Людмила',
      'Оксана',
      'Алина',
      'Ксения',
      'Валентина',
      'Жанна',
      'Лариса',
    ],
    sur: [
      'Шестаков',
      'Кудрин',
      'Беляев',
      'Гончаров',
      'Зуев',
      'Лыков',
      'Морозов',
      'Прохоров',
      'Савин',
      'Тихонов',
      'Ушаков',
      'Фомин',
      'Чернов',
      'Ярцев',
      'Пестов',
      'Вяткин',
      'Малютин',
      'Гордеев',
      'Белоусов',
      'Кравцов',
      'Ступин',
      'Завьялов',
      'Рогожин',
      'Ветлицкий',
    ],
    indecl: ['Бондаренко', 'Ковальчук', 'Гнатюк', 'Шевчук', 'Лысенко', 'Ткаченко'],
    fem: femRu,
    patr: patrRu,
  },
  KOR: {
    m: ['Виктор', 'Олег', 'Эдуард', 'Валерий', 'Станислав', 'Игорь', 'Вячеслав'],
    f: ['Ольга', 'Светлана', 'Марина', 'Анжелика', 'Людмила', 'Валентина'],
    sur: ['Ким', 'Цой', 'Ли', 'Пак', 'Тен', 'Хан', 'Шин', 'Нам', 'Огай', 'Югай'],
    fem: (s) => s,
    patr: patrRu,
  },
};
const RU_FOREIGN: Record<string, [G, string, string, boolean][]> = {
  KR: [
    ['m', 'Чжи Хун', 'Пак', true],
    ['f', 'Су Джин', 'Ли', true],
    ['m', 'Мин Сок', 'Чхве', true],
    ['f', 'Хе Вон', 'Кан', true],
    ['m', 'Дэ Хо', 'Чон', true],
    ['f', 'Со Ён', 'Юн', true],
    ['m', 'Сон Мин', 'Хван', true],
  ],
  CN: [
    ['m', 'Лэй', 'Ван', true],
    ['m', 'Хао', 'Чжан', true],
    ['m', 'Ян', 'Лю', true],
    ['f', 'Цзин', 'Чэнь', true],
    ['m', 'Мин', 'Чжао', true],
    ['f', 'Сяолин', 'Хуан', true],
    ['m', 'Вэйдун', 'Сунь', true],
  ],
  TR: [
    ['m', 'Мехмет', 'Йылмаз', false],
    ['m', 'Хасан', 'Демир', false],
    ['m', 'Эмре', 'Шахин', false],
    ['f', 'Айше', 'Кая', false],
    ['f', 'Фатма', 'Челик', false],
    ['m', 'Мурат', 'Озтюрк', false],
    ['m', 'Бурак', 'Коч', false],
    ['m', 'Серкан', 'Доган', false],
  ],
  AE: [
    ['m', 'Рашид', 'Аль-Нуайми', false],
    ['m', 'Омар', 'Хаддад', false],
    ['m', 'Юсеф', 'Аль-Марри', false],
    ['m', 'Фейсал', 'Касем', false],
    ['m', 'Самир', 'Хури', false],
    ['f', 'Лейла', 'Мансур', false],
  ],
  TH: [
    ['m', 'Сомчай', 'Вонгсуван', false],
    ['f', 'Наттайя', 'Шрисук', false],
    ['m', 'Киттипонг', 'Чайяпорн', false],
    ['f', 'Пранee'.replace('ee', 'и'), 'Бунми', false],
  ],
  MD: [
    ['m', 'Ион', 'Чобану', false],
    ['f', 'Михаэла', 'Русу', false],
    ['m', 'Василе', 'Мунтяну', false],
    ['f', 'Дойна', 'Чеботарь', false],
    ['m', 'Андрей', 'Лупу', false],
    ['f', 'Кристина', 'Ботнару', false],
  ],
  PL: [
    ['m', 'Марек', 'Новицкий', false],
    ['f', 'Агнешка', 'Вуйцик', false],
    ['m', 'Томаш', 'Зелиньский', false],
    ['f', 'Катажина', 'Мазур', false],
  ],
};

const EN_POOLS: Record<string, Pool> = {
  KZ: {
    m: [
      'Nurlan',
      'Yerlan',
      'Askhat',
      'Baurzhan',
      'Dauren',
      'Yerzhan',
      'Kairat',
      'Serik',
      'Talgat',
      'Zhandos',
      'Olzhas',
      'Bekzat',
      'Yernar',
      'Temirlan',
      'Kuanysh',
    ],
    f: [
      'Aigerim',
      'Gulnar',
      'Dinara',
      'Madina',
      'Zhansaya',
      'Akbota',
      'Assel',
      'Balzhan',
      'Nazerke',
      'Tolganai',
      'Aruzhan',
      'Gaukhar',
      'Perizat',
      'Symbat',
      'Karlygash',
      'Ulzhan',
      'Meruert',
      'Saule',
    ],
    sur: [
      'Saparov',
      'Zhumabayev',
      'Toktarov',
      'Yessenov',
      'Kassymov',
      'Akhmetzhanov',
      'Nurpeisov',
      'Tuleubayev',
      'Kudaibergenov',
      'Mukanov',
      'Zhakupov',
      'Ospanov',
      'Dyussenbayev',
      'Sarsenbayev',
      'Ismagulov',
      'Beisenov',
    ],
    fem: femLat,
  },
  KG: {
    m: [
      'Azamat',
      'Bakyt',
      'Nurbek',
      'Ulan',
      'Ermek',
      'Almazbek',
      'Mirlan',
      'Talant',
      'Zhyrgalbek',
      'Bektur',
      'Kubanychbek',
      'Omurbek',
      'Seiitbek',
      'Tologon',
      'Chyngyz',
      'Melis',
      'Nurzhigit',
      'Syimyk',
    ],
    f: [
      'Aizhan',
      'Bermet',
      'Gulzat',
      'Zhyldyz',
      'Nurgul',
      'Cholpon',
      'Aiperi',
      'Elmira',
      'Kumushai',
      'Burulai',
      'Salkyn',
      'Nazgul',
      'Aisuluu',
      'Begimai',
      'Altynai',
      'Kanykei',
      'Meerim',
      'Aichurek',
    ],
    sur: [
      'Toktogulov',
      'Abdykaimov',
      'Mamytov',
      'Sydykov',
      'Boobekov',
      'Esengulov',
      'Kadyraliev',
      'Orozbaev',
      'Turdubaev',
      'Asanbekov',
      'Kenzhebaev',
      'Baizakov',
      'Chotonov',
      'Mamatkulov',
      'Osmonaliev',
      'Sharshenaliev',
      'Doolotbakov',
      'Satybaldiev',
    ],
    fem: femLat,
  },
  UZ: {
    m: [
      'Jasur',
      'Sardor',
      'Bobur',
      'Otabek',
      'Sherzod',
      'Ulugbek',
      'Jakhongir',
      'Doniyor',
      'Farrukh',
      'Akmal',
      'Shukhrat',
      'Ravshan',
      'Bakhodir',
      'Ilhom',
      'Khurshid',
      'Oybek',
      'Sanjar',
      'Dauletmurat',
      'Zhaksylyk',
    ],
    f: [
      'Dilfuza',
      'Dilnoza',
      'Nilufar',
      'Gulnora',
      'Shakhnoza',
      'Mohira',
      'Zukhra',
      'Ozoda',
      'Feruza',
      'Munisa',
      'Sevara',
      'Ugiloy',
      'Gulchehra',
      'Mamura',
      'Nodira',
      'Charos',
      'Barno',
      'Hilola',
      'Aysanem',
      'Gulziyra',
    ],
    sur: [
      'Rakhimov',
      'Yusupov',
      'Toshmatov',
      'Ergashev',
      'Kholmatov',
      'Kodirov',
      'Gulomov',
      'Nazarov',
      'Sobirov',
      'Abdurakhmonov',
      'Mirzaev',
      'Ismoilov',
      'Turgunov',
      'Urinboev',
      'Juraev',
      'Saidov',
      'Kuchkarov',
      'Normatov',
      'Embergenov',
      'Tajimuratov',
    ],
    fem: femLat,
  },
  TJ: {
    m: [
      'Zafar',
      'Faridun',
      'Jamshed',
      'Rustam',
      'Bakhtiyor',
      'Firdavs',
      'Suhrob',
      'Shahrom',
      'Umed',
      'Manuchehr',
      'Daler',
      'Parviz',
      'Khurshed',
      'Komron',
      'Isfandiyor',
      'Siyovush',
      'Shodmon',
    ],
    f: [
      'Malika',
      'Madina',
      'Parvina',
      'Nigina',
      'Zarina',
      'Shahlo',
      'Munira',
      'Gulnora',
      'Sarvinoz',
      'Tahmina',
      'Farangis',
      'Shirin',
      'Mehrangez',
      'Dilorom',
      'Mavjuda',
      'Rukhshona',
      'Gulrukhsor',
      'Manizha',
      'Bunafsha',
    ],
    sur: [
      'Abdulloev',
      'Rakhimov',
      'Nazarov',
      'Sharipov',
      'Kurbonov',
      'Odinaev',
      'Juraev',
      'Kholov',
      'Fayzulloev',
      'Safarov',
      'Khasanov',
      'Mirzoev',
    ],
    indecl: [
      'Saidzoda',
      'Ikromzoda',
      'Gafurzoda',
      'Davlatzoda',
      'Mirzoyon',
      'Shohiyon',
      'Rizoyon',
      'Azizpur',
      'Karamkhudoyon',
      'Sharifzoda',
    ],
    fem: femLat,
  },
  TM: {
    m: [
      'Dovletmyrat',
      'Merdan',
      'Begmyrat',
      'Orazgeldi',
      'Atajan',
      'Rahym',
      'Mekan',
      'Bashim',
      'Hudayberdi',
      'Agamyrat',
    ],
    f: ['Ogulgerek', 'Bahar', 'Ayna', 'Jeren', 'Ogulshat', 'Gozel', 'Mahri', 'Selbi', 'Enejan', 'Annagul'],
    sur: [
      'Annayev',
      'Orazov',
      'Berdiyev',
      'Hojamuradov',
      'Atayev',
      'Charyyev',
      'Nurmuhammedov',
      'Rejepov',
      'Ovezov',
      'Akmuradov',
    ],
    fem: femLat,
  },
  RU: {
    m: [
      'Alexei',
      'Dmitry',
      'Sergei',
      'Igor',
      'Viktor',
      'Oleg',
      'Pavel',
      'Andrei',
      'Nikolai',
      'Roman',
      'Vadim',
      'Artyom',
      'Taras',
      'Bogdan',
    ],
    f: [
      'Olga',
      'Natalya',
      'Irina',
      'Tatyana',
      'Yelena',
      'Svetlana',
      'Marina',
      'Vera',
      'Lyudmila',
      'Oksana',
      'Alina',
      'Kseniya',
      'Zhanna',
    ],
    sur: [
      'Shestakov',
      'Kudrin',
      'Belyaev',
      'Goncharov',
      'Zuev',
      'Lykov',
      'Morozov',
      'Prokhorov',
      'Savin',
      'Tikhonov',
      'Ushakov',
      'Fomin',
      'Chernov',
      'Yartsev',
      'Vyatkin',
      'Gordeev',
      'Kravtsov',
      'Zavyalov',
    ],
    indecl: ['Bondarenko', 'Kovalchuk', 'Hnatyuk', 'Shevchuk', 'Tkachenko'],
    fem: femLat,
  },
  KOR: {
    m: ['Viktor', 'Oleg', 'Eduard', 'Valery', 'Stanislav'],
    f: ['Olga', 'Svetlana', 'Marina', 'Angelika'],
    sur: ['Kim', 'Tsoi', 'Li', 'Pak', 'Ten', 'Khan', 'Shin', 'Ogai', 'Yugai'],
    fem: (s) => s,
  },
};
const EN_FOREIGN: Record<string, [G, string, string, boolean][]> = {
  KR: [
    ['m', 'Ji-hoon', 'Park', true],
    ['f', 'Soo-jin', 'Lee', true],
    ['m', 'Min-seok', 'Choi', true],
    ['f', 'Hye-won', 'Kang', true],
    ['m', 'Dae-ho', 'Jung', true],
    ['f', 'Seo-yeon', 'Yoon', true],
    ['m', 'Sung-min', 'Hwang', true],
    ['m', 'Tae-woo', 'Baek', true],
  ],
  CN: [
    ['m', 'Lei', 'Wang', true],
    ['m', 'Hao', 'Zhang', true],
    ['m', 'Yang', 'Liu', true],
    ['f', 'Jing', 'Chen', true],
    ['m', 'Ming', 'Zhao', true],
    ['f', 'Xiaoling', 'Huang', true],
    ['m', 'Weidong', 'Sun', true],
  ],
  TR: [
    ['m', 'Mehmet', 'Yılmaz', false],
    ['m', 'Hasan', 'Demir', false],
    ['m', 'Emre', 'Şahin', false],
    ['f', 'Ayşe', 'Kaya', false],
    ['f', 'Fatma', 'Çelik', false],
    ['m', 'Murat', 'Öztürk', false],
    ['m', 'Burak', 'Koç', false],
    ['m', 'Serkan', 'Doğan', false],
  ],
  AE: [
    ['m', 'Rashid', 'Al Nuaimi', false],
    ['m', 'Omar', 'Haddad', false],
    ['m', 'Yousef', 'Al Marri', false],
    ['m', 'Faisal', 'Qasem', false],
    ['m', 'Samir', 'Khoury', false],
    ['f', 'Layla', 'Mansour', false],
    ['m', 'Tariq', 'Bin Hamoud', false],
  ],
  TH: [
    ['m', 'Somchai', 'Wongsuwan', false],
    ['f', 'Nattaya', 'Srisuk', false],
    ['m', 'Kittipong', 'Chaiyaporn', false],
    ['f', 'Pranee', 'Boonmee', false],
    ['m', 'Anan', 'Rattanakul', false],
  ],
  MD: [
    ['m', 'Ion', 'Ciobanu', false],
    ['f', 'Mihaela', 'Rusu', false],
    ['m', 'Vasile', 'Munteanu', false],
    ['f', 'Doina', 'Cebotari', false],
    ['m', 'Andrei', 'Lupu', false],
    ['f', 'Cristina', 'Botnaru', false],
  ],
  PL: [
    ['m', 'Marek', 'Nowicki', false],
    ['f', 'Agnieszka', 'Wójcik', false],
    ['m', 'Tomasz', 'Zieliński', false],
    ['f', 'Katarzyna', 'Mazur', false],
    ['m', 'Grzegorz', 'Pawlak', false],
  ],
};

const KK_POOL: Pool = {
  m: [
    'Нұрлан',
    'Ерлан',
    'Асхат',
    'Бауыржан',
    'Дәурен',
    'Ержан',
    'Қайрат',
    'Серік',
    'Талғат',
    'Жандос',
    'Мейіржан',
    'Әділет',
    'Ақжол',
    'Бекзат',
    'Ернар',
    'Олжас',
    'Ғалымжан',
    'Сәкен',
    'Дидар',
    'Жасұлан',
    'Қуаныш',
    'Нұржан',
    'Темірлан',
  ],
  f: [
    'Айгерім',
    'Гүлнар',
    'Динара',
    'Мадина',
    'Жансая',
    'Ақбота',
    'Әсел',
    'Балжан',
    'Назерке',
    'Толғанай',
    'Аружан',
    'Гауһар',
    'Перизат',
    'Сымбат',
    'Қарлығаш',
    'Ұлжан',
    'Меруерт',
    'Әйгерім',
    'Данагүл',
    'Сәуле',
    'Нұргүл',
    'Ботагөз',
    'Шынар',
    'Қымбат',
  ],
  sur: [
    'Сапаров',
    'Жұмабаев',
    'Тоқтаров',
    'Омаров',
    'Есенов',
    'Қасымов',
    'Ахметжанов',
    'Бекмұхамбетов',
    'Нұрпейісов',
    'Сейітқалиев',
    'Әбдірахманов',
    'Төлеубаев',
    'Құдайбергенов',
    'Мұқанов',
    'Жақыпов',
    'Ысқақов',
    'Оспанов',
    'Дүйсенбаев',
    'Сәрсенбаев',
    'Өтепбергенов',
  ],
  fem: femRu,
  fathers: [
    'Асхат',
    'Ерлан',
    'Серік',
    'Қайрат',
    'Талғат',
    'Болат',
    'Марат',
    'Жомарт',
    'Ғабит',
    'Мұрат',
    'Есен',
    'Бейбіт',
  ],
  patr: (f, g) => f + (g === 'm' ? 'ұлы' : 'қызы'),
};
const KK21_POOL: Pool = {
  m: [
    'Nūrlan',
    'Erlan',
    'Asqat',
    'Bauyrjan',
    'Däuren',
    'Erjan',
    'Qairat',
    'Serık',
    'Talğat',
    'Jandos',
    'Meiırjan',
    'Ädılet',
    'Aqjol',
    'Bekzat',
    'Ernar',
    'Oljas',
    'Ğalymjan',
    'Qūanyş',
    'Temırlan',
  ],
  f: [
    'Aigerım',
    'Gülnar',
    'Dinara',
    'Madina',
    'Jansaia',
    'Aqbota',
    'Äsel',
    'Baljan',
    'Nazerke',
    'Tolğanai',
    'Arujan',
    'Gauhar',
    'Perizat',
    'Symbat',
    'Qarlyğaş',
    'Ūljan',
    'Meruert',
    'Danagül',
    'Säule',
    'Botagöz',
    'Şynar',
    'Qymbat',
  ],
  sur: [
    'Saparov',
    'Jūmabaev',
    'Toqtarov',
    'Omarov',
    'Esenov',
    'Qasymov',
    'Ahmetjanov',
    'Nūrpeiısov',
    'Seiıtqaliev',
    'Töleubaev',
    'Qūdaibergenov',
    'Mūqanov',
    'Jaqypov',
    'Ospanov',
    'Düisenbaev',
    'Särsenbaev',
  ],
  fem: femLat,
  fathers: ['Asqat', 'Erlan', 'Serık', 'Qairat', 'Talğat', 'Bolat', 'Marat', 'Jomart', 'Mūrat', 'Esen'],
  patr: (f, g) => f + (g === 'm' ? (/[eıiäöü]/.test(f) ? 'ūly' : 'ūly') : 'qyzy'),
};
const KK18_POOL: Pool = {
  m: [
    'Nurlan',
    'Erlan',
    'Asqat',
    'Baýyrjan',
    'Dáýren',
    'Erjan',
    'Qaırat',
    'Serik',
    'Talǵat',
    'Jandos',
    'Meıirjan',
    'Ádilet',
    'Aqjol',
    'Bekzat',
    'Ernar',
    'Oljas',
    'Ǵalymjan',
    'Qýanysh',
    'Temirlan',
  ],
  f: [
    'Aıgerim',
    'Gúlnar',
    'Dınara',
    'Madına',
    'Jansaıa',
    'Aqbota',
    'Ásel',
    'Baljan',
    'Nazerke',
    'Tolǵanaı',
    'Arýjan',
    'Gaýhar',
    'Perızat',
    'Symbat',
    'Qarlyǵash',
    'Uljan',
    'Merýert',
    'Danagúl',
    'Sáýle',
    'Botagóz',
    'Shynar',
    'Qymbat',
  ],
  sur: [
    'Saparov',
    'Jumabaev',
    'Toqtarov',
    'Omarov',
    'Esenov',
    'Qasymov',
    'Ahmetjanov',
    'Nurpeıisov',
    'Seıitqalıev',
    'Tóleýbaev',
    'Qudaıbergenov',
    'Muqanov',
    'Jaqypov',
    'Ospanov',
    'Dúısenbaev',
    'Sársenbaev',
  ],
  fem: femLat,
  fathers: ['Asqat', 'Erlan', 'Serik', 'Qaırat', 'Talǵat', 'Bolat', 'Marat', 'Jomart', 'Murat', 'Esen'],
  patr: (f, g) => f + (g === 'm' ? 'uly' : 'qyzy'),
};
const KY_POOL: Pool = {
  m: [
    'Азамат',
    'Бакыт',
    'Нурбек',
    'Улан',
    'Эрмек',
    'Алмазбек',
    'Мирлан',
    'Талант',
    'Жыргалбек',
    'Бектур',
    'Кубанычбек',
    'Өмүрбек',
    'Сейитбек',
    'Төлөгөн',
    'Чыңгыз',
    'Мелис',
    'Эрлан',
    'Курманбек',
    'Даниярбек',
    'Темирлан',
    'Нуржигит',
    'Сыймык',
    'Эмил',
    'Бекболот',
    'Үсөн',
    'Токтосун',
  ],
  f: [
    'Айжан',
    'Бермет',
    'Гүлзат',
    'Жылдыз',
    'Нургүл',
    'Чолпон',
    'Асел',
    'Айпери',
    'Элмира',
    'Күмүшай',
    'Бурулай',
    'Салкын',
    'Назгүл',
    'Айсулуу',
    'Бегимай',
    'Алтынай',
    'Каныкей',
    'Жаркын',
    'Сүйүмкан',
    'Уулжан',
    'Мээрим',
    'Толгонай',
    'Айчүрөк',
    'Гүлмира',
  ],
  sur: [
    'Токтогулов',
    'Абдыкаимов',
    'Мамытов',
    'Сыдыков',
    'Бообеков',
    'Эсенгулов',
    'Кадыралиев',
    'Орозбаев',
    'Турдубаев',
    'Асанбеков',
    'Кенжебаев',
    'Байзаков',
    'Чотонов',
    'Маматкулов',
    'Жумалиев',
    'Осмоналиев',
    'Шаршеналиев',
    'Үмөталиев',
    'Дөөлөтбаков',
    'Сатыбалдиев',
    'Калыбеков',
  ],
  fem: femRu,
  fathers: ['Бакыт', 'Нурбек', 'Таалай', 'Жолдош', 'Асан', 'Эркин', 'Мырзабек', 'Кеңеш', 'Сапар', 'Абдыкадыр'],
  patr: (f, g) => `${f} ${g === 'm' ? 'уулу' : 'кызы'}`,
};
const UZL_POOL: Pool = {
  m: [
    'Jasur',
    'Sardor',
    'Bobur',
    'Otabek',
    'Sherzod',
    'Ulugʻbek',
    'Jahongir',
    'Doniyor',
    'Farrux',
    'Akmal',
    'Shuhrat',
    'Ravshan',
    'Bahodir',
    'Nodir',
    'Ilhom',
    'Xurshid',
    'Gʻayrat',
    'Saʼdulla',
    'Neʼmat',
    'Mirjalol',
    'Zafar',
    'Oybek',
    'Sanjar',
    'Islom',
    'Behruz',
    'Qahramon',
    'Dauletmurat',
  ],
  f: [
    'Dilfuza',
    'Dilnoza',
    'Nilufar',
    'Gulnora',
    'Shahnoza',
    'Mohira',
    'Zuhra',
    'Ozoda',
    'Feruza',
    'Munisa',
    'Sevara',
    'Oʻgʻiloy',
    'Gulchehra',
    'Maʼmura',
    'Nodira',
    'Charos',
    'Barno',
    'Hilola',
    'Mavluda',
    'Zarnigor',
    'Shoira',
    'Moʻtabar',
    'Xosiyat',
    'Iroda',
    'Aysanem',
  ],
  sur: [
    'Rahimov',
    'Yusupov',
    'Toshmatov',
    'Ergashev',
    'Xolmatov',
    'Qodirov',
    'Gʻulomov',
    'Nazarov',
    'Sobirov',
    'Abdurahmonov',
    'Mirzayev',
    'Ismoilov',
    'Turgʻunov',
    'Raxmonqulov',
    'Oʻrinboyev',
    'Joʻrayev',
    'Saidov',
    'Qoʻchqorov',
    'Eshmatov',
    'Normatov',
    'Xudoyberdiyev',
    'Boboqulov',
    'Embergenov',
    'Tajimuratov',
  ],
  fem: femLat,
  fathers: [
    'Botir',
    'Rustam',
    'Alisher',
    'Anvar',
    'Olim',
    'Baxtiyor',
    'Shavkat',
    'Ulugʻbek',
    'Hamid',
    'Erkin',
    'Temur',
  ],
  patr: (f, g) => pick([`${f} ${g === 'm' ? 'oʻgʻli' : 'qizi'}`, f + (g === 'm' ? 'ovich' : 'ovna')]),
};
const UZC_POOL: Pool = {
  m: [
    'Жасур',
    'Сардор',
    'Бобур',
    'Отабек',
    'Шерзод',
    'Улуғбек',
    'Жаҳонгир',
    'Дониёр',
    'Фаррух',
    'Акмал',
    'Шуҳрат',
    'Равшан',
    'Баҳодир',
    'Нодир',
    'Илҳом',
    'Хуршид',
    'Ғайрат',
    'Саъдулла',
    'Неъмат',
    'Зафар',
    'Ойбек',
  ],
  f: [
    'Дилфуза',
    'Дилноза',
    'Нилуфар',
    'Гулнора',
    'Шаҳноза',
    'Моҳира',
    'Зуҳра',
    'Озода',
    'Феруза',
    'Муниса',
    'Севара',
    'Ўғилой',
    'Гулчеҳра',
    'Маъмура',
    'Нодира',
    'Чарос',
    'Барно',
    'Ҳилола',
    'Мавлуда',
  ],
  sur: [
    'Раҳимов',
    'Юсупов',
    'Тошматов',
    'Эргашев',
    'Холматов',
    'Қодиров',
    'Ғуломов',
    'Назаров',
    'Собиров',
    'Абдураҳмонов',
    'Мирзаев',
    'Исмоилов',
    'Турғунов',
    'Ўринбоев',
    'Жўраев',
    'Саидов',
    'Қўчқоров',
  ],
  fem: femRu,
  fathers: ['Ботир', 'Рустам', 'Алишер', 'Анвар', 'Олим', 'Шавкат', 'Ҳамид', 'Эркин', 'Темур'],
  patr: (f, g) => `${f} ${g === 'm' ? 'ўғли' : 'қизи'}`,
};
const TG_POOL: Pool = {
  m: [
    'Зафар',
    'Фаридун',
    'Ҷамшед',
    'Рустам',
    'Баҳтиёр',
    'Фирдавс',
    'Сӯҳроб',
    'Шаҳром',
    'Умед',
    'Манучеҳр',
    'Далер',
    'Парвиз',
    'Хуршед',
    'Комрон',
    'Исфандиёр',
    'Ҳусейн',
    'Қобил',
    'Нозим',
    'Сиёвуш',
    'Абдуқодир',
    'Шодмон',
  ],
  f: [
    'Малика',
    'Мадина',
    'Парвина',
    'Нигина',
    'Зарина',
    'Шаҳло',
    'Мунира',
    'Гулнора',
    'Сарвиноз',
    'Таҳмина',
    'Фарангис',
    'Ширин',
    'Меҳрангез',
    'Дилором',
    'Мавҷуда',
    'Рухшона',
    'Гулрухсор',
    'Зулфия',
    'Манижа',
    'Фотима',
    'Саодат',
    'Бунафша',
    'Моҳпайкар',
  ],
  sur: [
    'Абдуллоев',
    'Раҳимов',
    'Назаров',
    'Шарипов',
    'Қурбонов',
    'Одинаев',
    'Ҷӯраев',
    'Холов',
    'Файзуллоев',
    'Сафаров',
    'Ҳасанов',
    'Мирзоев',
  ],
  indecl: [
    'Саидзода',
    'Икромзода',
    'Ғафурзода',
    'Давлатзода',
    'Мирзоён',
    'Шоҳиён',
    'Ризоён',
    'Азизпур',
    'Карамхудоён',
    'Шарифзода',
    'Ҳакимзода',
  ],
  fem: femRu,
  fathers: ['Саид', 'Раҳим', 'Ҷамшед', 'Каромат', 'Шараф', 'Нуъмон', 'Абдулло', 'Исмоил'],
  patr: (f, g) => (/о$/.test(f) ? f + 'ев' : f + 'ов') + (g === 'm' ? 'ич' : 'на'),
};
const TR_POOL: Pool = {
  m: [
    'Mehmet',
    'Hasan',
    'Emre',
    'Murat',
    'Burak',
    'Serkan',
    'Oğuzhan',
    'Kadir',
    'Yusuf',
    'Halil',
    'Erkan',
    'Volkan',
    'Cemal',
    'İsmail',
    'Tolga',
    'Ferhat',
    'Selim',
    'Ramazan',
  ],
  f: [
    'Ayşe',
    'Fatma',
    'Zeynep',
    'Elif',
    'Hatice',
    'Gülşen',
    'Emine',
    'Sibel',
    'Derya',
    'Nurcan',
    'Özlem',
    'Songül',
    'Hülya',
    'Esra',
  ],
  sur: [
    'Yılmaz',
    'Kaya',
    'Demir',
    'Çelik',
    'Şahin',
    'Aydın',
    'Öztürk',
    'Arslan',
    'Koç',
    'Yıldız',
    'Doğan',
    'Kurt',
    'Erdem',
    'Aksoy',
    'Polat',
    'Kılıç',
    'Güneş',
    'Tekin',
    'Bozkurt',
    'Karaca',
  ],
  fem: (s) => s,
};
const TRCA_POOL: Pool = {
  m: [
    'Nurlan',
    'Azamat',
    'Bakıt',
    'Nurbek',
    'Ulan',
    'Sardor',
    'Bobur',
    'Zafar',
    'Cemşid',
    'Rustam',
    'Mirlan',
    'Otabek',
    'Merdan',
    'Fariddun',
  ],
  f: [
    'Aygerim',
    'Gülnara',
    'Dinara',
    'Madina',
    'Asel',
    'Bermet',
    'Gülzat',
    'Nurgül',
    'Çolpon',
    'Dilfuza',
    'Dilnoza',
    'Nilufar',
    'Şahnoza',
    'Mohira',
    'Zuhra',
    'Feruza',
    'Sevara',
    'Malika',
    'Parvina',
    'Nigina',
    'Zarina',
    'Tahmina',
    'Ogulgerek',
    'Gözel',
    'Mehri',
    'Selbi',
    'Maral',
    'Cıldız',
  ],
  sur: [
    'Saparov',
    'Toktogulov',
    'Abdıkaimov',
    'Mamıtov',
    'Rahimov',
    'Yusupov',
    'Ergaşev',
    'Nazarov',
    'Sobirov',
    'Abdulloyev',
    'Şaripov',
    'Kurbonov',
    'Annayev',
    'Orazov',
    'Berdiyev',
    'Çarıyev',
    'Esengulov',
    'Kasımov',
  ],
  indecl: ['Saidzoda', 'İkromzoda', 'Mirzoyon'],
  fem: femLat,
};

const USED = new Set<string>();
function freshFirst(xs: string[]): string {
  let f = pick(xs);
  for (let k = 0; k < 20 && USED.has(f); k++) f = pick(xs);
  USED.add(f);
  return f;
}
function mkName(pool: Pool, origin: string, g?: G, withPatr = false): Nm {
  const gg: G = g || (chance(0.62) ? 'f' : 'm');
  const first = freshFirst(gg === 'm' ? pool.m : pool.f);
  let last: string;
  if (pool.indecl && chance(0.25)) last = pick(pool.indecl);
  else last = pool.fem && gg === 'f' ? pool.fem(pick(pool.sur)) : pick(pool.sur);
  let patr: string | undefined;
  if (withPatr && pool.patr) {
    const fathers = pool.fathers || consonantEnd(pool.m);
    patr = pool.patr(pick(fathers), gg);
  }
  return { g: gg, first, last, patr, origin };
}
function mkForeign(table: Record<string, [G, string, string, boolean][]>, cc: string, g?: G): Nm {
  const rows = table[cc].filter((r) => !g || r[0] === g);
  let row = pick(rows);
  for (let k = 0; k < 20 && USED.has(row[1]); k++) row = pick(rows);
  USED.add(row[1]);
  const [gg, first, last, fam1st] = row;
  return { g: gg, first, last, fam1st, origin: cc };
}
const fl = (n: Nm) => (n.fam1st ? `${n.last} ${n.first}` : `${n.first} ${n.last}`);
const lf = (n: Nm) => `${n.last} ${n.first}`;
const lfp = (n: Nm) => (n.patr ? `${n.last} ${n.first} ${n.patr}` : lf(n));
const fpl = (n: Nm) => (n.patr ? `${n.first} ${n.patr} ${n.last}` : fl(n));
const initials = (n: Nm) => `${n.first[0]}.${n.patr ? ' ' + n.patr[0] + '.' : ''} ${n.last}`;
const initialsTight = (n: Nm) => `${n.first[0]}.${n.patr ? n.patr[0] + '.' : ''} ${n.last}`;
/** "Surname I. O" without the final dot (the dot is written outside the span). */
const surInit = (n: Nm) => `${n.last} ${n.first[0]}.${n.patr ? ' ' + n.patr[0] : ''}`.replace(/\.$/, '');
const upper = (s: string, lang = 'ru') => (lang === 'tr' ? s.toLocaleUpperCase('tr') : s.toUpperCase());

// Russian declension --------------------------------------------------------
type RuCase = 'nom' | 'gen' | 'dat' | 'acc' | 'ins' | 'pre';
function ruFirst(n: string, g: G, c: RuCase): string {
  if (c === 'nom' || /\s/.test(n)) return n;
  if (/[ая]$/.test(n) && (g === 'f' || /а$/.test(n))) {
    const stem = n.slice(0, -1);
    if (/ия$/.test(n)) return stem + ({ gen: 'и', dat: 'и', acc: 'ю', ins: 'ей', pre: 'и' } as any)[c];
    if (/я$/.test(n)) return stem + ({ gen: 'и', dat: 'е', acc: 'ю', ins: 'ей', pre: 'е' } as any)[c];
    const velar = /[гкхжшчщ]$/.test(stem),
      sib = /[жшчщц]$/.test(stem);
    return stem + ({ gen: velar ? 'и' : 'ы', dat: 'е', acc: 'у', ins: sib ? 'ей' : 'ой', pre: 'е' } as any)[c];
  }
  if (g === 'f') return n;
  if (/[йь]$/.test(n)) {
    const stem = n.slice(0, -1);
    return stem + ({ gen: 'я', dat: 'ю', acc: 'я', ins: 'ем', pre: 'е' } as any)[c];
  }
  if (/[бвгджзклмнпрстфхцчшщ]$/.test(n))
    return n + ({ gen: 'а', dat: 'у', acc: 'а', ins: /[жшчщц]$/.test(n) ? 'ем' : 'ом', pre: 'е' } as any)[c];
  return n;
}
function ruLast(n: string, g: G, c: RuCase): string {
  if (c === 'nom' || /\s/.test(n)) return n;
  if (g === 'm') {
    if (/(ов|ев|ёв|ин|ын)$/.test(n)) return n + ({ gen: 'а', dat: 'у', acc: 'а', ins: 'ым', pre: 'е' } as any)[c];
    if (/(ский|цкий)$/.test(n))
      return n.slice(0, -2) + ({ gen: 'ого', dat: 'ому', acc: 'ого', ins: 'им', pre: 'ом' } as any)[c];
    if (/(улы|зода|ко|ён)$/.test(n) || /-/.test(n)) return n;
    if (/й$/.test(n)) return n.slice(0, -1) + ({ gen: 'я', dat: 'ю', acc: 'я', ins: 'ем', pre: 'е' } as any)[c];
    if (/[бвгджзклмнпрстфхцчшщ]$/.test(n))
      return n + ({ gen: 'а', dat: 'у', acc: 'а', ins: /[жшчщц]$/.test(n) ? 'ем' : 'ом', pre: 'е' } as any)[c];
    return n;
  }
  if (/(ова|ева|ёва|ина|ына)$/.test(n))
    return n.slice(0, -1) + ({ gen: 'ой', dat: 'ой', acc: 'у', ins: 'ой', pre: 'ой' } as any)[c];
  if (/(ская|цкая)$/.test(n))
    return n.slice(0, -2) + ({ gen: 'ой', dat: 'ой', acc: 'ую', ins: 'ой', pre: 'ой' } as any)[c];
  return n;
}
function ruPatr(n: string, g: G, c: RuCase): string {
  if (c === 'nom') return n;
  if (/(ич)$/.test(n)) return n + ({ gen: 'а', dat: 'у', acc: 'а', ins: 'ем', pre: 'е' } as any)[c];
  if (/(на)$/.test(n)) return n.slice(0, -1) + ({ gen: 'ы', dat: 'е', acc: 'у', ins: 'ой', pre: 'е' } as any)[c];
  return n;
}
const ruFL = (n: Nm, c: RuCase) =>
  n.fam1st ? `${n.last} ${n.first}` : `${ruFirst(n.first, n.g, c)} ${ruLast(n.last, n.g, c)}`;
const ruLFP = (n: Nm, c: RuCase) =>
  `${ruLast(n.last, n.g, c)} ${ruFirst(n.first, n.g, c)}${n.patr ? ' ' + ruPatr(n.patr, n.g, c) : ''}`;
const ruF = (n: Nm, c: RuCase) => ruFirst(n.first, n.g, c);
const ruL = (n: Nm, c: RuCase) => ruLast(n.last, n.g, c);

// Turkic / Turkish suffixes ------------------------------------------------------
const lastVowel = (s: string, re: RegExp) => {
  const m = s.toLowerCase().match(re);
  return m ? m[m.length - 1] : 'а';
};
function kkSuf(n: string, c: 'gen' | 'dat' | 'acc' | 'abl' | 'ins'): string {
  const v = lastVowel(n, /[аәеиоөұүыіэюяу]/g);
  const front = /[әеіөүиэ]/.test(v);
  const last = n.slice(-1).toLowerCase();
  const vow = /[аәеиоөұүыіэюя]/.test(last);
  const vl = /[кқпстфхшщчц]/.test(last);
  const sonor = /[руй]/.test(last);
  const nas = /[мнң]/.test(last);
  const lzj = /[лзж]/.test(last);
  const F = (b: string, f: string) => (front ? f : b);
  switch (c) {
    case 'dat':
      return n + (vl ? F('қа', 'ке') : F('ға', 'ге'));
    case 'gen':
      return n + (vow || sonor ? F('ның', 'нің') : nas || lzj ? F('дың', 'дің') : F('тың', 'тің'));
    case 'acc':
      return n + (vow ? F('ны', 'ні') : vl || /[бвгд]/.test(last) ? F('ты', 'ті') : F('ды', 'ді'));
    case 'abl':
      return n + (nas ? F('нан', 'нен') : vl ? F('тан', 'тен') : F('дан', 'ден'));
    case 'ins':
      return n + (vow || sonor ? 'мен' : nas || lzj ? 'бен' : 'пен');
  }
}
function kyGen(n: string): string {
  const v = lastVowel(n, /[аеиоөуүыэяю]/g);
  const h = /[аыя]/.test(v) ? 'ы' : /[оу]/.test(v) ? 'у' : /[өү]/.test(v) ? 'ү' : 'и';
  const last = n.slice(-1).toLowerCase();
  const pre = /[аеиоөуүыэяю]/.test(last) ? 'н' : /[кптсшчфхщц]/.test(last) ? 'т' : 'д';
  return n + pre + h + 'н';
}
function kyDat(n: string): string {
  const v = lastVowel(n, /[аеиоөуүыэяю]/g);
  const h = /[аыяую]/.test(v) ? 'а' : /[оё]/.test(v) ? 'о' : /[өү]/.test(v) ? 'ө' : 'е';
  const last = n.slice(-1).toLowerCase();
  return n + (/[кптсшчфхщц]/.test(last) ? 'к' : 'г') + h;
}
function trSuf(n: string, c: 'gen' | 'dat' | 'acc' | 'abl' | 'loc' | 'ins'): string {
  const v = lastVowel(n, /[aeıioöuüâ]/g);
  const last = n.slice(-1).toLowerCase();
  const vow = /[aeıioöuü]/.test(last);
  const vl = /[çfhkpsşt]/.test(last);
  const back = /[aıouâ]/.test(v);
  const four = /[aıâ]/.test(v) ? 'ı' : /[ei]/.test(v) ? 'i' : /[ou]/.test(v) ? 'u' : 'ü';
  switch (c) {
    case 'gen':
      return `${n}'${vow ? 'n' : ''}${four}n`;
    case 'acc':
      return `${n}'${vow ? 'y' : ''}${four}`;
    case 'dat':
      return `${n}'${vow ? 'y' : ''}${back ? 'a' : 'e'}`;
    case 'abl':
      return `${n}'${vl ? 't' : 'd'}${back ? 'a' : 'e'}n`;
    case 'loc':
      return `${n}'${vl ? 't' : 'd'}${back ? 'a' : 'e'}`;
    case 'ins':
      return `${n}'${vow ? 'y' : ''}l${back ? 'a' : 'e'}`;
  }
}
const uzSuf = (n: string, c: 'gen' | 'dat' | 'acc' | 'abl') =>
  n + ({ gen: 'ning', acc: 'ni', abl: 'dan', dat: /k$/.test(n) ? 'ka' : /q$/.test(n) ? 'qa' : 'ga' } as any)[c];
const uzcSuf = (n: string, c: 'gen' | 'dat' | 'acc' | 'abl') =>
  n + ({ gen: 'нинг', acc: 'ни', abl: 'дан', dat: /к$/.test(n) ? 'ка' : /қ$/.test(n) ? 'қа' : 'га' } as any)[c];

// ---------------------------------------------------------------------------
// Places and addresses
// ---------------------------------------------------------------------------
const hn = () => String(ri(1, 240)) + (chance(0.15) ? pick(['А', 'Б', '/1', '/2', '/3']) : '');
const hnL = () => String(ri(1, 240)) + (chance(0.15) ? pick(['A', 'B', '/1', '/2']) : '');
const fl_ = () => String(ri(1, 160));

const RU_CITY: Record<string, string[]> = {
  KZ: [
    'Алматы',
    'Шымкент',
    'Тараз',
    'Актобе',
    'Кызылорда',
    'Уральск',
    'Семей',
    'Туркестан',
    'Талдыкорган',
    'Жанаозен',
    'Астана',
  ],
  KG: ['Бишкек', 'Ош', 'Джалал-Абад', 'Каракол', 'Талас', 'Нарын', 'Баткен', 'Токмок', 'Кара-Балта', 'Узген'],
  UZ: ['Ташкент', 'Самарканд', 'Фергана', 'Андижан', 'Наманган', 'Карши', 'Термез', 'Нукус', 'Джизак', 'Ургенч'],
  TJ: ['Душанбе', 'Худжанд', 'Куляб', 'Бохтар', 'Истаравшан', 'Пенджикент', 'Исфара', 'Вахдат', 'Турсунзаде'],
  TM: ['Ашхабад', 'Мары', 'Туркменабад', 'Дашогуз', 'Балканабад'],
  RU: ['Москва', 'Санкт-Петербург', 'Екатеринбург', 'Новосибирск', 'Казань', 'Сургут', 'Краснодар'],
  TR: ['Стамбул', 'Анталья', 'Анкара', 'Измир', 'Бурса'],
  AE: ['Дубай', 'Шарджа', 'Абу-Даби', 'Аджман'],
  KR: ['Сеул', 'Ансан', 'Хвасон', 'Инчхон', 'Пусан'],
  CN: ['Гуанчжоу', 'Иу', 'Шэньчжэнь'],
  PL: ['Варшава', 'Лодзь', 'Вроцлав'],
  TH: ['Бангкок', 'Паттайя', 'Пхукет'],
  MD: ['Кишинёв', 'Бельцы'],
};
const RU_STREET: Record<string, string[]> = {
  KZ: [
    'ул. Сатпаева',
    'пр. Абая',
    'ул. Толе би',
    'ул. Жибек жолы',
    'ул. Байтурсынова',
    'пр. Республики',
    'ул. Кенесары',
    'ул. Momышулы'.replace('Mom', 'Мом'),
    'ул. Айтеке би',
  ],
  KG: [
    'ул. Токтогула',
    'пр. Чуй',
    'ул. Ахунбаева',
    'ул. Киевская',
    'ул. Ибраимова',
    'ул. Курманжан Датки',
    'ул. Масалиева',
  ],
  UZ: ['ул. Навои', 'ул. Бунёдкор', 'ул. Мукими', 'ул. Фаробий', 'ул. Бабура', 'ул. Катартал'],
  TJ: ['ул. Айни', 'пр. Рудаки', 'ул. Бохтар', 'ул. Шотемура', 'ул. Сомони', 'ул. Фирдавси'],
  TM: ['пр. Гарашсызлык', 'ул. Андалиба', 'ул. Магтымгулы', 'ул. Битарап Туркменистан'],
  RU: [
    'ул. Ленина',
    'ул. Советская',
    'ул. Мира',
    'ул. Гагарина',
    'ул. Садовая',
    'ул. Заводская',
    'ул. Строителей',
    'ул. Промышленная',
    'ул. Первомайская',
  ],
};
function ruAddr(cc: string): string {
  const city = pick(RU_CITY[cc] || ['Москва']);
  const ap = chance(0.6) ? `, кв. ${fl_()}` : '';
  switch (cc) {
    case 'KZ':
    case 'KG':
    case 'UZ':
    case 'TJ':
    case 'TM':
    case 'RU':
      return pick([
        `г. ${city}, ${pick(RU_STREET[cc])}, д. ${hn()}${ap}`,
        `г. ${city}, ${pick(RU_STREET[cc])}, ${hn()}${ap}`,
        `${pick(RU_STREET[cc])}, д. ${hn()}${ap}`,
        `г. ${city}, ${ri(1, 30)} мкр., д. ${ri(1, 60)}, кв. ${fl_()}`,
        `${city}, ${pick(RU_STREET[cc])} ${hn()}${ap}`,
      ]);
    case 'TR':
      return pick([
        `Стамбул, район Лалели, ул. Ордю, д. ${hn()}, кв. ${ri(1, 20)}`,
        `Анталья, Муратпаша, ул. Ататюрка, ${hn()}`,
        `Стамбул, Зейтинбурну, Гюмюшюйю, д. ${hn()}`,
      ]);
    case 'AE':
      return pick([
        `Дубай, Аль-Кусайс, здание ${ri(2, 40)}, кв. ${ri(101, 1805)}`,
        `Шарджа, Аль-Нахда, Al Nahda Tower ${ri(1, 4)}, кв. ${ri(101, 2205)}`,
        `Дубай, Дейра, Al Muraqqabat Rd, дом ${ri(3, 90)}, комната ${ri(1, 30)}`,
      ]);
    case 'KR':
      return pick([
        `Кёнгидо, г. Ансан, Танвон-гу, Вонгок-ро, ${ri(1, 200)}, ком. ${ri(101, 509)}`,
        `Кёнгидо, г. Хвасон, Паннам-мён, ${ri(100, 999)}-${ri(1, 20)}`,
      ]);
    case 'CN':
      return `Гуанчжоу, район Байюнь, ул. Цзичан, д. ${ri(1, 200)}, кв. ${ri(101, 2501)}`;
    case 'PL':
      return `ul. ${pick(['Marszałkowska', 'Piotrkowska', 'Grochowska', 'Łódzka'])} ${hnL()} m. ${ri(1, 60)}, ${pick(['Warszawa', 'Łódź'])}`;
    case 'TH':
      return `Паттайя, Soi Buakhao ${ri(1, 30)}/${ri(1, 9)}`;
    case 'MD':
      return `г. Кишинёв, ул. Штефан чел Маре, ${hn()}, кв. ${fl_()}`;
  }
  return `г. ${city}, ул. Ленина, д. ${hn()}`;
}
function enAddr(cc: string): string {
  switch (cc) {
    case 'KZ':
      return pick([
        `${ri(1, 200)} Satpayev St, apt ${fl_()}, Almaty`,
        `Samal-2 microdistrict, bldg ${ri(1, 90)}, apt ${fl_()}, Almaty`,
        `${ri(1, 150)} Baitursynov St, Shymkent`,
      ]);
    case 'KG':
      return pick([
        `${ri(1, 220)} Toktogul St, apt ${fl_()}, Bishkek`,
        `Ak-Orgo residential area, 7th St, house ${ri(1, 80)}, Bishkek`,
        `${ri(1, 250)} Lenin St, Osh`,
      ]);
    case 'UZ':
      return pick([
        `Chilonzor district, quarter ${ri(1, 25)}, house ${ri(1, 60)}, apt ${fl_()}, Tashkent`,
        `${ri(1, 99)} Navoi St, Kuvasay, Fergana region`,
        `${ri(1, 80)} Amir Temur St, Samarkand`,
      ]);
    case 'TJ':
      return pick([
        `${ri(1, 120)} Aini St, apt ${fl_()}, Dushanbe`,
        `18th microdistrict, bldg ${ri(1, 40)}, apt ${fl_()}, Khujand`,
        `${ri(1, 60)} Somoni St, Kulob`,
      ]);
    case 'TM':
      return `${ri(1, 40)} microdistrict, bldg ${ri(1, 30)}, apt ${fl_()}, Ashgabat`;
    case 'RU':
      return pick([
        `${ri(1, 200)} Lyublinskaya St, apt ${fl_()}, Moscow`,
        `bldg ${ri(1, 40)}, ${ri(1, 30)} Skladochnaya St, Moscow`,
        `${ri(1, 150)} Bebelya St, Yekaterinburg`,
      ]);
    case 'TR':
      return pick([
        `Ordu Cad. No: ${ri(1, 150)} D: ${ri(1, 20)}, Laleli, Fatih, Istanbul`,
        `${ri(1, 90)} Atatürk Blvd, Muratpaşa, Antalya`,
        `Gümüşyuva Sk. No: ${ri(1, 60)}, Zeytinburnu, Istanbul`,
      ]);
    case 'AE':
      return pick([
        `Flat ${ri(101, 1805)}, Building ${ri(2, 40)}, Al Qusais 2, Dubai`,
        `Room ${ri(1, 30)}, Al Muraqqabat Rd, Deira, Dubai`,
        `Al Nahda Tower ${ri(1, 4)}, apt ${ri(101, 2205)}, Sharjah`,
      ]);
    case 'KR':
      return pick([
        `${ri(1, 200)} Wongok-ro, Danwon-gu, Ansan-si, Gyeonggi-do, Room ${ri(101, 509)}`,
        `${ri(100, 999)}-${ri(1, 20)} Paltan-myeon, Hwaseong-si, Gyeonggi-do`,
      ]);
    case 'CN':
      return `Room ${ri(101, 2501)}, No. ${ri(1, 200)} Jichang Road, Baiyun District, Guangzhou`;
    case 'PL':
      return `ul. ${pick(['Marszałkowska', 'Piotrkowska', 'Grochowska', 'Łódzka'])} ${hnL()}/${ri(1, 60)}, ${pick(['00-017 Warszawa', '90-001 Łódź', '95-100 Zgierz'])}`;
    case 'TH':
      return pick([
        `${ri(1, 200)}/${ri(1, 40)} Soi Sukhumvit ${ri(2, 70)}, Khlong Toei, Bangkok`,
        `${ri(1, 400)}/${ri(1, 9)} Soi Buakhao, Pattaya`,
      ]);
    case 'MD':
      return `str. ${pick(['Ștefan cel Mare', 'Ismail', 'Alba Iulia', 'Columna'])} ${ri(1, 200)}, ap. ${fl_()}, Chișinău`;
  }
  return `${ri(1, 100)} Main St`;
}
function trAddr(cc = 'TR'): string {
  if (cc !== 'TR') return enAddr(cc);
  return pick([
    `Mimar Kemalettin Mah. Ordu Cad. No: ${ri(1, 150)} D: ${ri(1, 20)} Fatih/İstanbul`,
    `Laleli, Fethibey Cad. No:${ri(1, 90)} Daire ${ri(1, 20)}, Fatih, İstanbul`,
    `Gümüşyuva Mah. ${ri(40, 90)}. Sk. No: ${ri(1, 60)}/${ri(1, 12)} Zeytinburnu/İstanbul`,
    `Şirinyalı Mah. ${ri(1400, 1600)} Sk. No: ${ri(1, 40)} Muratpaşa/Antalya`,
    `Kumkapı, Tiyatro Cad. No: ${ri(1, 80)}, Kat ${ri(1, 6)}, Fatih/İstanbul`,
    `Osmangazi Mah. Kıbrıs Şehitleri Cad. No:${ri(1, 120)} D:${ri(1, 15)} Esenyurt/İstanbul`,
  ]);
}
const KK_CITY = [
  'Алматы',
  'Шымкент',
  'Тараз',
  'Ақтөбе',
  'Қызылорда',
  'Орал',
  'Семей',
  'Түркістан',
  'Талдықорған',
  'Жаңаөзен',
  'Астана',
];
const KK_STREET = [
  'Сәтбаев көшесі',
  'Абай даңғылы',
  'Төле би көшесі',
  'Жібек жолы көшесі',
  'Байтұрсынұлы көшесі',
  'Республика даңғылы',
  'Кенесары көшесі',
  'Айтеке би көшесі',
];
const kkAddr = () =>
  pick([
    `${pick(KK_CITY)} қаласы, ${pick(KK_STREET)}, ${hn()}-үй, ${fl_()}-пәтер`,
    `${pick(KK_CITY)} қ., ${pick(KK_STREET)}, ${hn()}`,
    `${pick(KK_STREET)}, ${hn()}-үй`,
    `Түркістан облысы, Сарыағаш ауданы, Жібек жолы көшесі, ${hn()}`,
    `${pick(KK_CITY)} қ., Самал-${ri(1, 3)} ықшамауданы, ${ri(1, 90)}-үй, ${fl_()}-пәтер`,
  ]);
const KK21_CITY = ['Almaty', 'Şymkent', 'Taraz', 'Aqtöbe', 'Qyzylorda', 'Oral', 'Semei', 'Türkıstan', 'Astana'];
const kk21Addr = () =>
  pick([
    `${pick(KK21_CITY)} q., ${pick(['Sätbaev köşesı', 'Abai dañğyly', 'Töle bi köşesı', 'Jıbek joly köşesı'])}, ${ri(1, 200)}-üi, ${fl_()}-päter`,
    `${pick(KK21_CITY)} qalasy, ${pick(['Baitūrsynūly köşesı', 'Respublika dañğyly', 'Kenesary köşesı'])}, ${ri(1, 200)}`,
  ]);
const KK18_CITY = ['Almaty', 'Shymkent', 'Taraz', 'Aqtóbe', 'Qyzylorda', 'Oral', 'Semeı', 'Túrkistan', 'Astana'];
const kk18Addr = () =>
  pick([
    `${pick(KK18_CITY)} q., ${pick(['Sátbaev kóshesi', 'Abaı dańǵyly', 'Tóle bı kóshesi', 'Jibek joly kóshesi'])}, ${ri(1, 200)}-úı, ${fl_()}-páter`,
    `${pick(KK18_CITY)} qalasy, ${pick(['Baıtursynuly kóshesi', 'Respýblıka dańǵyly', 'Kenesary kóshesi'])}, ${ri(1, 200)}`,
  ]);
const KY_CITY = ['Бишкек', 'Ош', 'Жалал-Абад', 'Каракол', 'Талас', 'Нарын', 'Баткен', 'Токмок', 'Кара-Балта', 'Өзгөн'];
const kyAddr = () =>
  pick([
    `${pick(KY_CITY)} ш., ${pick(['Токтогул көч.', 'Чүй пр.', 'Ахунбаев көч.', 'Ибраимов көч.', 'Масалиев көч.'])}, ${hn()}, ${fl_()}-батир`,
    `${pick(KY_CITY)} шаары, ${pick(['Ленин көчөсү', 'Курманжан Датка көчөсү', 'Киев көчөсү'])}, ${hn()}-үй`,
    `Чүй облусу, Сокулук району, ${pick(['Кызыл-Суу', 'Жаңы-Жер', 'Шалта'])} айылы, ${pick(['Советская', 'Мира', 'Жибек-Жолу'])} көчөсү, ${hn()}`,
    `Бишкек ш., Ак-Орго конушу, ${ri(1, 12)}-көчө, ${hn()}-үй`,
  ]);
const UZL_CITY = [
  'Toshkent',
  'Samarqand',
  'Fargʻona',
  'Andijon',
  'Namangan',
  'Qarshi',
  'Termiz',
  'Nukus',
  'Jizzax',
  'Urganch',
];
const uzLAddr = () =>
  pick([
    `${pick(UZL_CITY)} sh., ${pick(['Chilonzor', 'Yunusobod', 'Mirobod', 'Sergeli', 'Olmazor'])} tumani, ${ri(1, 25)}-kvartal, ${ri(1, 60)}-uy, ${fl_()}-xonadon`,
    `${pick(['Navoiy', 'Amir Temur', 'Bunyodkor', 'Mustaqillik', 'Beruniy'])} koʻchasi, ${hnL()}-uy`,
    `${pick(['Fargʻona viloyati, Quvasoy sh.', 'Samarqand viloyati, Urgut tumani', 'Qashqadaryo viloyati, Shahrisabz tumani', 'Qoraqalpogʻiston Resp., Nukus sh.'])}, ${pick(['Navoiy', 'Guliston', 'Doʻstlik', 'Bogʻishamol'])} koʻchasi, ${hnL()}-uy`,
  ]);
const UZC_CITY = ['Тошкент', 'Самарқанд', 'Фарғона', 'Андижон', 'Наманган', 'Қарши', 'Термиз', 'Нукус'];
const uzCAddr = () =>
  pick([
    `${pick(UZC_CITY)} ш., ${pick(['Чилонзор', 'Юнусобод', 'Миробод'])} тумани, ${pick(['Бунёдкор', 'Навоий', 'Муқимий'])} кўчаси, ${hn()}-уй, ${fl_()}-хонадон`,
    `${pick(['Навоий', 'Амир Темур', 'Бунёдкор'])} кўчаси, ${hn()}-уй`,
  ]);
const TG_CITY = ['Душанбе', 'Хуҷанд', 'Кӯлоб', 'Бохтар', 'Истаравшан', 'Панҷакент', 'Исфара', 'Ваҳдат', 'Турсунзода'];
const tgAddr = () =>
  pick([
    `ш. ${pick(TG_CITY)}, кӯчаи ${pick(['Айнӣ', 'Рӯдакӣ', 'Бухоро', 'Сино', 'Фирдавсӣ', 'Шотемур'])}, хонаи ${hn()}, ҳуҷраи ${fl_()}`,
    `ноҳияи ${pick(['Сино', 'Фирдавсӣ', 'Шоҳмансур', 'Исмоили Сомонӣ'])}, кӯчаи ${pick(['Айнӣ', 'Бухоро', 'Н. Қарабоев'])} ${hn()}, х. ${fl_()}`,
    `ш. ${pick(TG_CITY)}, ${ri(1, 34)} мкр., бинои ${ri(1, 60)}, х. ${fl_()}`,
    `деҳаи ${pick(['Сайҳун', 'Дӯстӣ', 'Гулистон', 'Навобод'])}, кӯчаи ${pick(['Ленин', 'Марказӣ', 'Бобоҷон'])}, ${hn()}`,
  ]);

// ---------------------------------------------------------------------------
// Origins (for Russian / English documents)
// ---------------------------------------------------------------------------
const ORIGS = ['KZ', 'KG', 'UZ', 'TJ', 'TM'] as const;
type Orig = (typeof ORIGS)[number];
const pickOrig = (): Orig => pick(['KZ', 'KZ', 'KG', 'KG', 'KG', 'UZ', 'UZ', 'UZ', 'TJ', 'TJ', 'TJ', 'TM']) as Orig;
const ORIG_RU: Record<Orig, { gen: string; nidLabel: string; ph: string }> = {
  KZ: { gen: 'Республики Казахстан', nidLabel: 'ИИН', ph: 'KZ' },
  KG: { gen: 'Кыргызской Республики', nidLabel: 'ПИН', ph: 'KG' },
  UZ: { gen: 'Республики Узбекистан', nidLabel: 'ПИНФЛ', ph: 'UZ' },
  TJ: { gen: 'Республики Таджикистан', nidLabel: 'ИНН', ph: 'TJ' },
  TM: { gen: 'Туркменистана', nidLabel: '', ph: 'TM' },
};
const ORIG_EN: Record<Orig, { adj: string; country: string; nidLabel: string }> = {
  KZ: { adj: 'Kazakh', country: 'Kazakhstan', nidLabel: 'IIN' },
  KG: { adj: 'Kyrgyz', country: 'Kyrgyzstan', nidLabel: 'PIN' },
  UZ: { adj: 'Uzbek', country: 'Uzbekistan', nidLabel: 'PINFL' },
  TJ: { adj: 'Tajik', country: 'Tajikistan', nidLabel: 'TIN' },
  TM: { adj: 'Turkmen', country: 'Turkmenistan', nidLabel: 'ID' },
};
function nidFor(o: Orig, b: Ymd, male: boolean): string {
  switch (o) {
    case 'KZ':
      return kzIIN(b, male, chance(0.85));
    case 'KG':
      return kgPIN(b, male);
    case 'UZ':
      return uzPINFL(b, male, chance(0.85));
    case 'TJ':
      return tjINN();
    default:
      return dg(12);
  }
}
function passFor(o: Orig): string {
  switch (o) {
    case 'KZ':
      return chance(0.6) ? passKZ() : idKZ();
    case 'KG':
      return passKG();
    case 'UZ':
      return passUZ();
    case 'TJ':
      return passTJ();
    default:
      return passTM();
  }
}
const ISO3: Record<string, string> = {
  KZ: 'KAZ',
  KG: 'KGZ',
  UZ: 'UZB',
  TJ: 'TJK',
  TM: 'TKM',
  RU: 'RUS',
  TR: 'TUR',
  MD: 'MDA',
};
const DESTS = ['RU', 'RU', 'RU', 'TR', 'TR', 'AE', 'AE', 'KR', 'KR', 'CN', 'PL', 'TH', 'MD'];
const ruN = (o: string, g?: G, patr = false) => mkName(RU_POOLS[o] || RU_POOLS.RU, o, g, patr);
const enN = (o: string, g?: G) => mkName(EN_POOLS[o] || EN_POOLS.RU, o, g);
function latinize(s: string): string {
  const m: Record<string, string> = {
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
    ӣ: 'i',
    ӯ: 'u',
    ҳ: 'h',
    ҷ: 'j',
    ў: 'o',
  };
  return s
    .split('')
    .map((ch) => {
      const lo = ch.toLowerCase();
      const t = m[lo];
      if (t === undefined) return ch;
      return ch === lo ? t : t.charAt(0).toUpperCase() + t.slice(1);
    })
    .join('');
}
/** machine readable zone lines (TD3) with gold spans for surname, given name, number, birth date and optional personal number */
function mrz(cc: string, surname: string, given: string, num: string, b: Ymd, g: G, personal?: string): Part[] {
  const clean = (s: string) =>
    latinize(s)
      .toUpperCase()
      .replace(/[^A-Z ]/g, '')
      .replace(/ /g, '<');
  const sn = clean(surname),
    gn = clean(given);
  const head = `P<${ISO3[cc] || 'XXX'}`;
  const fill1 = '<'.repeat(Math.max(1, 44 - head.length - sn.length - 2 - gn.length));
  const numP = num.replace(/\s/g, '').padEnd(9, '<').slice(0, 9);
  const exp = `${pad(ri(25, 34))}${pad(ri(1, 12))}${pad(ri(1, 28))}`;
  const pers = (personal || '').padEnd(14, '<').slice(0, 14);
  const line2 = [
    numP.replace(/<+$/, '') === numP
      ? PAS(numP)
      : [PAS(numP.replace(/<+$/, '')), numP.slice(numP.replace(/<+$/, '').length)],
    String(ri(0, 9)),
    ISO3[cc] || 'XXX',
    BDT(yymmdd(b)),
    String(ri(0, 9)),
    g === 'm' ? 'M' : 'F',
    exp,
    String(ri(0, 9)),
    personal ? [NID(personal.slice(0, 14)), pers.slice(personal.length)] : pers,
    String(ri(0, 9)),
    String(ri(0, 9)),
  ];
  return [head, PER(sn), '<<', PER(gn), fill1, '\n', line2];
}

// ---------------------------------------------------------------------------
// Russian templates
// ---------------------------------------------------------------------------
const RU_OVD = [
  'ОП № 3 УВД Алмалинского района г. Алматы',
  'Октябрьского РУВД г. Бишкека',
  'ОМВД России по району Люблино г. Москвы',
  'УВД Первомайского района г. Бишкека',
  'ГУВД г. Душанбе',
  'Департамента полиции г. Шымкента',
  'ОМВД России по Ленинскому району г. Екатеринбурга',
];
const RU_ART = [
  'ст. 128 УК РК',
  'ст. 171 УК КР',
  'ст. 127.1 УК РФ',
  'ст. 135 УК РУз',
  'ст. 130.1 УК РТ',
  'ч. 3 ст. 128 УК РК',
  'п. «б» ч. 2 ст. 127.1 УК РФ',
  'ст. 172 УК КР',
];
const caseNo = () =>
  pick([
    `№ ${ri(1, 9)}-${ri(100, 999)}/${ri(2019, 2024)}`,
    `№ ${ri(19, 24)}${dg(13)}`,
    `№ 1-${ri(10, 980)}/${ri(19, 24)}`,
    `№ ${dg(12)}`,
  ]);
const amount = () =>
  pick([
    `${ri(2, 90) * 50} долларов США`,
    `${ri(10, 900)} 000 тенге`,
    `${ri(5, 95)} 000 сомов`,
    `${ri(1, 40) * 500} сомони`,
    `${ri(2, 30)} 000 000 сумов`,
    `${ri(20, 400) * 1000} рублей`,
  ]);
const victimRole = (g: G) =>
  g === 'f'
    ? pick(['потерпевшая', 'пострадавшая', 'заявительница'])
    : pick(['потерпевший', 'пострадавший', 'заявитель']);

const RU_T: (() => Part[])[] = [
  // 1 рапорт
  () => {
    const o = pickOrig();
    const v = ruN(o, 'f');
    const sis = ruN(o, 'f');
    const rec = ruN(pick(['RU', o, 'TR'].filter((x) => RU_POOLS[x]) as string[]), 'm');
    const off = ruN('RU', 'm', true);
    const dest = pick(['TR', 'AE', 'RU']);
    const bd = birth(1985, 2002);
    return D`РАПОРТ
Докладываю, что ${dmy(evDate())} в дежурную часть ${pick(RU_OVD)} обратилась гражданка ${ORIG_RU[o].gen} ${PER(ruFL(v, 'nom'))} (${BDT(dmy(bd))} г.р.), которая сообщила, что её младшая сестра ${PER(ruF(sis, 'nom'))} с ${pick(['марта', 'мая', 'осени прошлого года', 'января'])} удерживается в г. ${pick(RU_CITY[dest])}. Со слов заявительницы, сестру завербовал мужчина, представлявшийся ${PER(ruF(rec, 'ins'))}, связь с ним поддерживалась по номеру ${PHN(phone(dest === 'RU' ? 'RU' : dest))}. Материал зарегистрирован в КУСП ${caseNo()}.
Ст. оперуполномоченный капитан полиции ${PER(initialsTight(off))}`;
  },
  // 2 приговор
  () => {
    const o = pick(['KZ', 'KG', 'UZ'] as Orig[]);
    const d = ruN(o, chance(0.5) ? 'f' : 'm', true);
    const bd = birth(1970, 1995);
    const v1 = ruN(o, 'f');
    const v2 = ruN(pickOrig(), 'f');
    const court = {
      KZ: 'Специализированный межрайонный суд по уголовным делам г. Алматы',
      KG: 'Первомайский районный суд г. Бишкека',
      UZ: 'Яккасарайский районный суд по уголовным делам г. Ташкента',
    }[o as 'KZ'];
    return D`ПРИГОВОР
ИМЕНЕМ ${o === 'KZ' ? 'РЕСПУБЛИКИ КАЗАХСТАН' : o === 'KG' ? 'КЫРГЫЗСКОЙ РЕСПУБЛИКИ' : 'РЕСПУБЛИКИ УЗБЕКИСТАН'}
${dmy(evDate(2021, 2024))} ${court} рассмотрел уголовное дело ${caseNo()} в отношении ${PER(ruLFP(d, 'gen'))}, ${BDT(ruLong(bd))} года рождения, ${d.g === 'f' ? 'уроженки' : 'уроженца'} г. ${pick(RU_CITY[o])}, ${ORIG_RU[o].nidLabel} ${NID(nidFor(o, bd, d.g === 'm'))}, ${d.g === 'f' ? 'проживающей' : 'проживающего'} по адресу: ${ADR(ruAddr(o))}, ${d.g === 'f' ? 'обвиняемой' : 'обвиняемого'} по ${{ KZ: 'ч. 3 ст. 128 УК РК', KG: 'ч. 2 ст. 171 УК КР', UZ: 'ч. 3 ст. 135 УК РУз' }[o as 'KZ']}.
Суд установил: подсудим${d.g === 'f' ? 'ая' : 'ый'} ${PER(ruL(d, 'nom'))} в период с ${pick(['февраля', 'апреля', 'июня'])} по ${pick(['август', 'октябрь', 'декабрь'])} ${ri(2019, 2023)} года путём обмана завербовал${d.g === 'f' ? 'а' : ''} ${PER(ruFL(v1, 'acc'))} и ${PER(ruFL(v2, 'acc'))}, пообещав им работу в ${pick(['кафе г. Анталья', 'гостинице г. Дубай', 'швейном цехе г. Москвы', 'салоне красоты г. Стамбула'])} с оплатой ${amount()} в месяц.`;
  },
  // 3 NGO intake form
  () => {
    const o = pickOrig();
    const v = ruN(o, undefined, true);
    const bd = birth(1980, 2005);
    const rel = ruN(o, 'f');
    const dest = pick(DESTS);
    const lines: Part[] = [
      'АНКЕТА ПЕРВИЧНОГО ОБРАЩЕНИЯ',
      D`Дата обращения: ${dmy(evDate())}`,
      D`Ф.И.О. клиента: ${PER(lfp(v))}`,
      D`Дата рождения: ${BDT(chance(0.5) ? dmy(bd) : ruLong(bd))}`,
      D`Гражданство: ${{ KZ: 'Казахстан', KG: 'Кыргызстан', UZ: 'Узбекистан', TJ: 'Таджикистан', TM: 'Туркменистан' }[o]}`,
      D`Документ: паспорт ${PAS(chance(0.3) ? spacedSeries(passFor(o)) : passFor(o))} (${pick(['находится у работодателя', 'изъят посредником', 'на руках', 'утерян'])})`,
      o !== 'TM' ? D`${ORIG_RU[o].nidLabel}: ${NID(nidFor(o, bd, v.g === 'm'))}` : null,
      D`Контактный телефон: ${PHN(phone(ORIG_RU[o].ph))}`,
      chance(0.5) ? D`E-mail: ${EML(email(latinize(v.first)))}` : null,
      D`Контакт родственника: мать — ${PER(fl(rel))}, ${PHN(phone(ORIG_RU[o].ph))}`,
      D`Страна эксплуатации: ${{ RU: 'Россия', TR: 'Турция', AE: 'ОАЭ', KR: 'Республика Корея', CN: 'КНР', PL: 'Польша', TH: 'Таиланд', MD: 'Молдова' }[dest]}`,
      D`Последний адрес проживания: ${ADR(ruAddr(dest))}`,
      D`Вид эксплуатации: ${pick(['трудовая', 'сексуальная', 'принудительное попрошайничество', 'трудовая (сельское хозяйство)', 'домашнее рабство'])}`,
      D`Направлена: ${pick(['в кризисный центр', 'к юристу ОО', 'в МОМ для реинтеграции', 'на консультацию психолога'])}`,
    ];
    return J(lines);
  },
  // 4 shelter log
  () => {
    const o = pickOrig();
    const v = ruN(o, 'f');
    const bro = ruN(o, 'm');
    const sw = ruN('RU', 'f');
    const d1 = evDate();
    const age = ri(17, 34);
    return D`Журнал учёта проживающих, кризисный центр «${pick(['Сезим', 'Умут', 'Шанс', 'Надежда', 'Ак-Жол'])}»
${pad(d1.d)}.${pad(d1.m)} — поступила ${PER(ruF(v, 'nom'))}, ${age} ${age % 10 === 1 && age !== 11 ? 'год' : age % 10 >= 2 && age % 10 <= 4 && (age < 12 || age > 14) ? 'года' : 'лет'}, направлена ${pick(['консульством', 'пограничной службой', 'горячей линией', 'МОМ'])}. Документов нет.
${pad(Math.min(28, d1.d + 1))}.${pad(d1.m)} — ${PER(ruF(v, 'nom'))} впервые рассказала соцработнику ${PER(ruFL(sw, 'dat'))} о долге перед «хозяйкой».
${pad(Math.min(28, d1.d + 3))}.${pad(d1.m)} — разрешён звонок брату ${PER(ruF(bro, 'dat'))} по номеру ${PHN(phone(ORIG_RU[o].ph))}. Разговор прошёл спокойно.`;
  },
  // 5 WhatsApp chat
  () => {
    const o = pickOrig();
    const v = ruN(o, 'f');
    const rec = ruN(pick(['RU', o]), 'f');
    const dest = pick(['TR', 'AE', 'RU']);
    const d = evDate();
    const t = clock();
    const cardKind: CardKind =
      o === 'UZ' ? pick(['humo', 'uzcard']) : o === 'TJ' ? 'kortimilli' : o === 'KG' ? 'elcart' : pick(['visa', 'mc']);
    return D`[${dmy(d)}, ${t()}] ${PER(ruF(rec, 'nom'))}: Привет, ${PER(ruF(v, 'nom'))}! Место в ${pick(['Стамбуле', 'Дубае', 'Москве'])} ещё свободно, хозяин ждёт.
[${dmy(d)}, ${t()}] ${PER(ruF(v, 'nom'))}: А билет кто оплатит?
[${dmy(d)}, ${t()}] ${PER(ruF(rec, 'nom'))}: Билет берём мы, потом отработаешь. Скинь фото паспорта и переведи ${pick(['200', '150', '300'])}$ за визу на карту ${CRD(card(cardKind, ri(0, 2)))}
[${dmy(d)}, ${t()}] ${PER(ruF(v, 'nom'))}: Хорошо. Мой второй номер ${PHN(phone(ORIG_RU[o].ph))}, если этот не будет работать`;
  },
  // 6 bank statement
  () => {
    const o = pick(['KZ', 'KG', 'UZ'] as Orig[]);
    const own = ruN(o, undefined, true);
    const r1 = ruN(pick(['RU', 'TJ', o]), 'm');
    const r2 = ruN(o);
    const c = card(o === 'UZ' ? 'humo' : pick(['visa', 'mc']), 3);
    const d = evDate();
    return D`ВЫПИСКА ПО КАРТОЧНОМУ СЧЁТУ
Владелец: ${PER(upper(lfp(own)))}
Карта: ${CRD(c)}${
      o === 'KZ'
        ? [
            `
IBAN: `,
            IBN(iban('KZ', ri(0, 2))),
          ]
        : ''
    }
Период: 01.${pad(d.m)}.${d.y} – 28.${pad(d.m)}.${d.y}
${pad(ri(1, 9))}.${pad(d.m)}  Перевод с карты на карту  −${ri(50, 900)}.00  получатель ${PER(upper(ruFL(r1, 'nom')).replace(/ (\S)\S*$/, ' $1'))}.
${pad(ri(10, 19))}.${pad(d.m)}  Пополнение через «Золотую Корону»  +${ri(50, 900)}.00  отправитель ${PER(fl(r2))}
${pad(ri(20, 28))}.${pad(d.m)}  Оплата услуг, ТОО «${pick(['Азия Трэвел', 'Jet Tour KZ', 'Silk Way Agency', 'Бриз-Тур'])}»  −${ri(100, 800)}.00`;
  },
  // 7 money transfer receipt
  () => {
    const o = pickOrig();
    const s = ruN(pick(['RU', 'TR', o]), 'm');
    const r = ruN(o, undefined, true);
    const cc = pick(['RU', 'TR', 'KR']);
    return D`КВИТАНЦИЯ О ПЕРЕВОДЕ № ${dg(10)}
Система: ${pick(['Юнистрим', 'Золотая Корона', 'CONTACT', 'Western Union'])}
Отправитель: ${PER(upper(lf(s)))}
Телефон отправителя: ${PHN(phone(cc === 'KR' ? 'KR' : cc))}
Получатель: ${PER(upper(lfp(r)))}
Документ получателя: паспорт ${PAS(passFor(o))}
Телефон получателя: ${PHN(phone(ORIG_RU[o].ph))}
Сумма: ${amount()}
Страна выплаты: ${{ KZ: 'Казахстан', KG: 'Кыргызстан', UZ: 'Узбекистан', TJ: 'Таджикистан', TM: 'Туркменистан' }[o]}`;
  },
  // 8 passenger list
  () => {
    const o = pickOrig();
    const n = ri(2, 4);
    const rows: Part[] = [];
    const fl0 = pick(['TK 351', 'KC 913', 'FZ 1748', 'HY 601', 'PC 781', 'ZF 2251', 'SU 1883', 'OZ 578']);
    for (let i = 0; i < n; i++) {
      const p = ruN(o);
      const lat = upper(latinize(p.last)) + '/' + upper(latinize(p.first));
      rows.push(
        D`${i + 1}. ${PER(lat)} ${p.g === 'f' ? 'MRS' : 'MR'}  ${PAS(passFor(o))}  ${pick(['12A', '14C', '21F', '22D', '30B', '7E'])}`,
      );
    }
    const agent = ruN('RU', 'f');
    return D`СПИСОК ПАССАЖИРОВ ГРУППЫ (рейс ${fl0}, ${dmy(evDate())})
${J(rows)}
Групповой билет оформлен агентом ${PER(ruFL(agent, 'nom'))}, оплата наличными.`;
  },
  // 9 passport scan with MRZ
  () => {
    const o = pick(['KG', 'TJ', 'UZ', 'KZ'] as Orig[]);
    const p = ruN(o);
    const b = birth(1982, 2004);
    const num = passFor(o);
    const pers = o === 'KG' ? kgPIN(b, p.g === 'm') : o === 'UZ' ? uzPINFL(b, p.g === 'm') : undefined;
    const lat = (s: string) => upper(latinize(s));
    return D`Копия паспорта, изъятая при обыске в квартире подозреваемого:
Фамилия / Surname: ${PER(p.last.toUpperCase())} / ${PER(lat(p.last))}
Имя / Given names: ${PER(p.first.toUpperCase())} / ${PER(lat(p.first))}
Дата рождения / Date of birth: ${BDT(`${pad(b.d)} ${MON.enS[b.m - 1]} ${b.y}`)}
№ паспорта / Passport No.: ${PAS(num)}
${mrz(o, p.last, p.first, num, b, p.g, pers)}`;
  },
  // 10 recruitment ad
  () => {
    const dest = pick(['TR', 'AE', 'KR', 'RU', 'PL']);
    const rec = ruN(pick(['KG', 'UZ', 'KZ', 'RU']), 'f');
    const city = pick(RU_CITY[dest]);
    return D`🔥 СРОЧНО! Требуются девушки ${ri(18, 20)}–${ri(25, 30)} лет ${pick(['официантками', 'хостес', 'горничными', 'на упаковку', 'в салон массажа'])} в г. ${city}! Зарплата от ${ri(8, 25) * 100}$ в месяц, жильё и питание бесплатно, билет за счёт работодателя. Знание языка не обязательно!
Звоните или пишите в WhatsApp: ${PHN(phone(pick(['KZ', 'KG', 'UZ', dest === 'KR' ? 'KR' : 'TR'])))} — ${PER(ruF(rec, 'nom'))}
Instagram: ${HND(handle(pick([0, 1, 3])))}`;
  },
  // 11 протокол допроса
  () => {
    const o = pickOrig();
    const v = ruN(o, 'f', true);
    const bd = birth(1988, 2004);
    const rec = ruN(pick(['KG', 'UZ', 'KZ', 'TJ']), 'f');
    const nick = pick(['Мама Роза', 'Апа', 'Директор', 'Кудрявая', 'Чёрная', 'Тётя Люба']);
    const inv = ruN('RU', undefined, true);
    return D`ПРОТОКОЛ ДОПРОСА ПОТЕРПЕВШЕЙ
Допрос начат в ${pad(ri(9, 17))} ч ${pad(ri(0, 59))} мин. Следователь ${PER(initials(inv))} в помещении ${pick(['СО ОМВД', 'СУ УВД', 'каб. № 214'])} допросил${inv.g === 'f' ? 'а' : ''} в качестве потерпевшей:
1. Фамилия, имя, отчество: ${PER(lfp(v))}
2. Дата рождения: ${BDT(dmy(bd))}
3. Место жительства: ${ADR(ruAddr(o))}
4. Телефон: ${PHN(phone(ORIG_RU[o].ph))}
По существу пояснила: в ${pick(['марте', 'апреле', 'сентябре'])} ${ri(2020, 2023)} года я познакомилась через «Одноклассники» с женщиной по имени ${PER(ruF(rec, 'nom'))}, которая просила называть её «${nick}» и обещала работу ${pick(['в хамаме', 'в ресторане', 'сиделкой'])}.`;
  },
  // 12 трудовой договор
  () => {
    const dest = pick(['PL', 'TR', 'AE']);
    const o = pickOrig();
    const emp = dest === 'PL' ? mkForeign(RU_FOREIGN, 'PL') : mkForeign(RU_FOREIGN, dest);
    const w = ruN(o, undefined, true);
    const bd = birth(1980, 2003);
    const cc = dest === 'PL' ? 'PL' : dest === 'TR' ? 'TR' : 'AE';
    return D`ТРУДОВОЙ ДОГОВОР № ${ri(1, 99)}/${ri(2020, 2024)}
${pick(['Работодатель', 'Наниматель'])}: ${dest === 'PL' ? 'Sp. z o.o. «Agro-Pol»' : dest === 'TR' ? 'Tekstil Ltd. Şti.' : 'Golden Palm Cleaning LLC'} в лице директора ${PER(fl(emp))}, с одной стороны, и
Работник: ${PER(lfp(w))}, ${BDT(dmy(bd))} г.р., паспорт ${PAS(passFor(o))}, с другой стороны, заключили настоящий договор о нижеследующем:
1.1. Работник принимается на должность ${pick(['разнорабочего', 'швеи', 'уборщицы', 'сборщика овощей', 'няни'])}.
4.2. Заработная плата перечисляется на счёт работника ${IBN(iban(cc === 'PL' ? 'PL' : cc === 'TR' ? 'TR' : 'AE'))}.
7.1. Адрес проживания работника: ${ADR(ruAddr(dest))}.`;
  },
  // 13 hotline
  () => {
    const o = pickOrig();
    const caller = ruN(o, 'f');
    const sis = ruN(o, 'f');
    const dest = pick(['RU', 'TR', 'AE', 'KR']);
    return D`Горячая линия ${pick(['1409', '8 800 080 5353', '0800 800 150', '1189'])} — карточка звонка
Время: ${pad(ri(0, 23))}:${pad(ri(0, 59))}, ${dmy(evDate())}
Звонившая представилась как ${PER(ruF(caller, 'nom'))}, ${pick(['тётя', 'подруга', 'соседка', 'двоюродная сестра'])} пострадавшей. Пострадавшая — ${PER(ruFL(sis, 'nom'))}, около ${ri(19, 30)} лет, уехала в ${{ RU: 'Москву', TR: 'Стамбул', AE: 'Дубай', KR: 'Сеул' }[dest as 'RU']} ${ri(2, 11)} месяцев назад, с тех пор звонит редко, говорит шёпотом.
Известный адрес: ${ADR(ruAddr(dest))}
Номер пострадавшей: ${PHN(phone(dest))}
Действия: информация передана в ${pick(['МОМ', 'Генеральную прокуратуру', 'консульство', 'партнёрскую НКО'])}.`;
  },
  // 14 Q&A interview
  () => {
    const o = pickOrig();
    const rec = ruN(pick(['RU', o]), 'm');
    const nick = pick(['Кудрявый', 'Шеф', 'Малой', 'Бек', 'Саня-турок', 'Хозяин']);
    const drv = ruN(o, 'm');
    return D`Вопрос: Как звали человека, который предложил вам работу?
Ответ: Его звали ${PER(ruF(rec, 'nom'))}, фамилию не знаю. Все называли его «${PER(nick)}».
Вопрос: Как вы с ним связывались?
Ответ: По ${pick(['телеграму', 'ватсапу', 'имо'])}, номер ${PHN(phone(pick(['RU', 'TR', ORIG_RU[o].ph])))}. Ещё у него был ник ${HND(handle(pick([0, 1, 2])))}.
Вопрос: Кто вас вёз до границы?
Ответ: Водитель ${PER(ruF(drv, 'nom'))}, на белой «${pick(['Тойоте Эстиме', 'Хонде Одиссей', 'Газели'])}» с номером ${PLT(plate(o === 'TM' ? 'TM' : o))}.`;
  },
  // 15 social media post
  () => {
    const o = pickOrig();
    const v = ruN(o, 'f');
    const mom = ruN(o, 'f');
    const bd = birth(1995, 2006);
    return D`‼️ВНИМАНИЕ, ПОМОГИТЕ НАЙТИ‼️
Пропала ${PER(fl(v))}, ${BDT(dmy(bd))} г.р. В ${pick(['феврале', 'мае', 'августе', 'ноябре'])} уехала на заработки в ${pick(['Турцию', 'Дубай', 'Россию', 'Корею'])} через «агентство», последний раз выходила на связь с номера ${PHN(phone(pick(['TR', 'AE', 'RU', 'KR'])))}.
Если что-то знаете — пишите в личку ${HND(handle(pick([0, 1, 3, 6])))} или звоните маме ${PER(ruF(mom, 'dat'))}: ${PHN(phone(ORIG_RU[o].ph))}. Репост!!!`;
  },
  // 16 vehicle
  () => {
    const o = pickOrig();
    const drv = ruN(o, 'm', true);
    const own = ruN('RU', undefined);
    const dest = pick(['RU', 'RU', 'KZ']);
    return D`Установлено, что ${dmy(evDate())} около ${pad(ri(0, 23))}:${pad(ri(0, 59))} микроавтобус «${pick(['Mercedes Sprinter', 'Hyundai Starex', 'Ford Transit'])}» гос. номер ${PLT(plate(dest))} под управлением ${PER(ruLFP(drv, 'gen'))} пересёк пункт пропуска «${pick(['Кордай', 'Жибек Жолы', 'Маштаков', 'Айдарбек'])}», имея в салоне ${ri(5, 14)} граждан ${ORIG_RU[o].gen} без разрешительных документов. Транспортное средство зарегистрировано на ${PER(ruFL(own, 'acc'))}; второе сопровождавшее авто — ${PLT(plate(o === 'TM' ? 'KZ' : o))}.`;
  },
  // 17 запрос в банк
  () => {
    const o = pick(['KZ', 'KG', 'UZ', 'TJ'] as Orig[]);
    const s = ruN(o, undefined, true);
    const bd = birth(1975, 2000);
    const kind: CardKind =
      o === 'UZ'
        ? pick(['humo', 'uzcard'])
        : o === 'TJ'
          ? 'kortimilli'
          : o === 'KG'
            ? pick(['elcart', 'visa'])
            : pick(['visa', 'mc']);
    return D`В рамках досудебного расследования ${caseNo()} прошу предоставить сведения о движении денежных средств по платёжной карте № ${CRD(card(kind, pick([0, 1, 2])))}, выпущенной на имя ${PER(ruLFP(s, 'gen'))} (${BDT(dmy(bd))} г.р., ${ORIG_RU[o].nidLabel} ${NID(nidFor(o, bd, s.g === 'm'))}), ${o === 'KZ' ? ['а также по текущему счёту ', IBN(iban('KZ')), ','] : 'а также по всем связанным счетам'} за период с 01.01.${ri(2020, 2022)} по настоящее время.`;
  },
  // 18 witness statement inflected
  () => {
    const o = pickOrig();
    const w = ruN(o, 'm');
    const a = ruN(pick(['RU', o]), 'm');
    const b = ruN(o, 'f');
    return D`Свидетель ${PER(ruFL(w, 'nom'))} показал, что знаком с ${PER(ruFL(a, 'ins'))} с ${ri(2015, 2021)} года. По просьбе ${PER(ruF(a, 'gen'))} он ${pick(['дважды', 'несколько раз', 'в мае'])} встречал девушек в аэропорту и передавал их паспорта ${PER(ruFL(b, 'dat'))}, которая «вела бухгалтерию». О том, что у ${PER(ruF(b, 'gen'))} хранились чужие документы, он узнал только от следователя.`;
  },
  // 19 Korea
  () => {
    const o = pickOrig();
    const v = ruN(o, 'm');
    const emp = mkForeign(RU_FOREIGN, 'KR', 'm');
    const bd = birth(1990, 2001);
    const kor = ruN('KOR', 'm');
    return D`Потерпевший ${PER(ruFL(v, 'nom'))} (${BDT(dmy(bd))} г.р.) был трудоустроен через посредника ${PER(ruFL(kor, 'acc'))} на ферму в провинции Кёнги. Владелец фермы — гражданин Республики Корея ${PER(fl(emp))}, адрес хозяйства: ${ADR(ruAddr('KR'))}. Регистрационная карта иностранца потерпевшего № ${NID(krARC(bd, true, chance(0.7)))} удерживалась работодателем. Телефон работодателя: ${PHN(phone('KR'))}.`;
  },
  // 20 Russia SNILS/INN
  () => {
    const o = pick(['KG', 'UZ', 'TJ'] as Orig[]);
    const w = ruN(o, 'm', true);
    const bd = birth(1980, 2002);
    const boss = ruN('RU', 'm', true);
    return D`Справка о проверке по учётам
${PER(lfp(w))}, ${BDT(dmy(bd))} г.р., гражданин ${ORIG_RU[o].gen}.
СНИЛС: ${NID(ruSNILS())}
ИНН: ${NID(ruINN12())}
Адрес регистрации по месту пребывания: ${ADR(ruAddr('RU'))}
Работодатель (фактический): ИП ${PER(lfp(boss))}, тел. ${PHN(phone('RU'))}. Место работы — ${pick(['овощебаза в промзоне', 'стройка на Каширском шоссе', 'склад маркетплейса', 'автомойка'])}.`;
  },
  // 21 Moldova
  () => {
    const v = mkForeign(RU_FOREIGN, 'MD', 'f');
    const rec = ruN('RU', 'm');
    const bd = birth(1985, 2003);
    return D`Гражданка Республики Молдова ${PER(fl(v))}, ${BDT(ruLong(bd))} года рождения, IDNP ${NID(mdIDNP())}, паспорт ${PAS(passMD())}, была вывезена из ${pick(['Кишинёва', 'Бельц', 'Унген'])} в ${pick(['Москву', 'Стамбул', 'Анталью'])} при содействии ${PER(ruFL(rec, 'gen'))}. Мать потерпевшей проживает по адресу: ${ADR(ruAddr('MD'))}, тел. ${PHN(phone('MD'))}.`;
  },
  // 22 lowercase chat
  () => {
    const o = pickOrig();
    const a = ruN(o, 'f');
    const b = ruN(o, 'm');
    const low = (s: string) => s.toLowerCase();
    return D`${PER(low(ruF(a, 'nom')))}: ${PER(low(ruF(b, 'nom')))} привет это я. телефон забрали, пишу с чужого
${PER(low(ruF(b, 'nom')))}: ты где?? мама плачет
${PER(low(ruF(a, 'nom')))}: не знаю точно, какой то ${pick(['сауна', 'цех', 'общага'])} возле ${pick(['рынка', 'трассы', 'порта'])}. запиши номер ${PHN(phone(pick(['RU', 'TR', 'AE'])))} это девочка ${PER(low(pick(RU_POOLS[o].f)))} у неё можно
${PER(low(ruF(b, 'nom')))}: хорошо. скажи адрес если увидишь`;
  },
  // 23 form with soft hyphen & wrapped name
  () => {
    const o = pickOrig();
    const v = ruN(o, 'f', true);
    const bd = birth(1990, 2005);
    const wrap = chance(0.5);
    return D`ЛИЧНЫЕ ДАННЫЕ ПОСТРАДАВШЕЙ (заполнено со слов)
Фамилия: ${PER(shy(v.last))}
Имя: ${PER(shy(v.first))}
Отчество: ${PER(v.patr || '')}
Дата рождения:
${BDT(dmy(bd))}
${wrap ? D`Ф.И.О. на латинице: ${PER(upper(latinize(v.last)) + '\n' + upper(latinize(v.first)))}` : D`Ф.И.О. на латинице: ${PER(upper(latinize(v.last)))} ${PER(upper(latinize(v.first)))}`}
Паспорт серии
${PAS(spacedSeries(passFor(o)))}`;
  },
  // 24 UAE
  () => {
    const o = pickOrig();
    const v = ruN(o, 'f');
    const sp = mkForeign(RU_FOREIGN, 'AE');
    const agent = ruN(o, 'f');
    return D`Со слов ${PER(ruF(v, 'gen'))}, в Дубае её «спонсором» по визе ${sp.g === 'f' ? 'была' : 'был'} ${PER(fl(sp))}, однако фактически она работала в массажном салоне, которым управляла ${PER(ruFL(agent, 'nom'))}. Девушек селили по адресу: ${ADR(ruAddr('AE'))}. Номер ${PER(ruF(agent, 'gen'))} в ОАЭ — ${PHN(phone('AE'))}, деньги за «долг» переводились на ${IBN(iban('AE'))}.`;
  },
  // 25 database rows
  () => {
    const rows: Part[] = [];
    for (let i = 0; i < ri(2, 3); i++) {
      const o = pickOrig();
      const p = ruN(o, undefined, true);
      const b = birth(1975, 2004);
      rows.push(D`${i + 1} | ${PER(lfp(p))} | ${BDT(dmy(b))} | ${PAS(passFor(o))} | ${PHN(phone(ORIG_RU[o].ph))}`);
    }
    return D`Выгрузка из базы «Миграционный учёт» (фрагмент)
№ | Ф.И.О. | Д.р. | Паспорт | Тел.
${J(rows)}`;
  },
  // 26 court hearing with lawyer
  () => {
    const o = pickOrig();
    const d = ruN(o, 'm', true);
    const adv = ruN('RU', undefined, true);
    const v = ruN(o, 'f');
    return D`Допрошенный в судебном заседании подсудимый ${PER(surInit(d))}. вину в предъявленном обвинении не признал и пояснил, что лишь «помогал землякам с билетами». Защитник — адвокат ${PER(surInit(adv))}. просила переквалифицировать деяние. Потерпевшая ${PER(ruFL(v, 'nom'))}, допрошенная посредством видеоконференцсвязи, настаивала на своих показаниях.`;
  },
  // 27 Thailand
  () => {
    const o = pickOrig();
    const v = ruN(o, 'f');
    const th = mkForeign(RU_FOREIGN, 'TH', 'm');
    const bd = birth(1995, 2004);
    return D`${PER(ruF(v, 'nom'))} (${BDT(dmy(bd))} г.р.) вылетела в Бангкок по туристической путёвке. В аэропорту её встретил гражданин Таиланда ${PER(fl(th))}, который отвёз её в Паттайю и поселил по адресу ${ADR(ruAddr('TH'))}. Тайский ID-номер посредника установлен: ${NID(thID(chance(0.6)))}; мотоцикл посредника — ${PLT(plate('TH'))}.`;
  },
  // 28 China
  () => {
    const o = pickOrig();
    const v = ruN(o, 'f');
    const cn = mkForeign(RU_FOREIGN, 'CN', 'm');
    const cb = birth(1975, 1992);
    return D`Посредником выступал гражданин КНР ${PER(fl(cn))}, паспорт ${PAS(passCN())}, удостоверение личности КНР ${NID(cnID(cb, cn.g === 'm'))}. Он организовал «брак» с ${PER(ruFL(v, 'ins'))} и вывоз её в провинцию Гуандун. Связь поддерживалась через WeChat ID ${HND('wxid_' + letters(4).toLowerCase() + dg(6))}, телефон ${PHN(phone('CN'))}.`;
  },
  // 29 telegram post
  () => {
    const dest = pick(['KR', 'PL', 'RU', 'AE']);
    const p = ruN(pick(['UZ', 'KG', 'TJ']), 'm');
    return D`Канал «Ишга Корея/Польша 🇰🇷🇵🇱» • ${pad(ri(0, 23))}:${pad(ri(0, 59))}
Набираем парней на ${pick(['завод', 'ферму', 'стройку', 'склад'])}! Виза рабочая (E-9 / D-типа), оплата ${ri(12, 30) * 100}$ + проживание. Предоплата ${ri(3, 15) * 100}$ за оформление.
Менеджер ${PER(ruF(p, 'nom'))}: ${HND('@' + handleName())}
WhatsApp: ${PHN(phone(dest === 'KR' ? 'KR' : dest === 'PL' ? 'PL' : 'UZ'))}
Оплата на карту ${CRD(card(pick(['humo', 'uzcard', 'visa']), ri(0, 2)))} (получатель ${PER(upper(lf(ruN('UZ', 'm'))))})`;
  },
  // 30 обвинительное заключение: list of victims
  () => {
    const o = pickOrig();
    const n = ri(3, 4);
    const vs: Part[] = [];
    for (let i = 0; i < n; i++) {
      const v = ruN(o, 'f', true);
      const b = birth(1992, 2005);
      vs.push(D`${i + 1}) ${PER(lfp(v))}, ${BDT(dmy(b))} г.р.;`);
    }
    return D`Перечень лиц, признанных потерпевшими по делу ${caseNo()}:
${J(vs)}
Всех потерпевших объединяет то, что они были завербованы одним и тем же способом — через объявление в группе «${pick(['Работа в Турции для наших', 'Дубай вакансии 2023', 'Корея без посредников'])}».`;
  },
  // 31 ru: sms/telegram with handles + email + card partially masked
  () => {
    const o = pickOrig();
    const v = ruN(o, 'f');
    const rec = ruN('RU', 'f');
    return D`Из протокола осмотра телефона ${PER(ruF(v, 'gen'))}: в приложении Telegram обнаружена переписка с пользователем ${HND('@' + handleName())} (имя в профиле — «${PER(ruFL(rec, 'nom'))}»). В переписке указан адрес электронной почты ${EML(email())} для отправки «анкеты» и номер карты ${CRD(card(pick(['mir', 'visa', 'mc']), pick([3, 4, 5, 6])))} для оплаты «медкомиссии».`;
  },
  // 32 ru: detention protocol with Turkish employer and plates
  () => {
    const o = pickOrig();
    const tr = mkForeign(RU_FOREIGN, 'TR', 'm');
    const v = ruN(o, 'f');
    const v2 = ruN(o, 'f');
    return D`Согласно ответу полиции Турецкой Республики, ${dmy(evDate())} в квартире по адресу ${ADR(ruAddr('TR'))} были обнаружены граждане ${ORIG_RU[o].gen} ${PER(ruFL(v, 'nom'))} и ${PER(ruFL(v2, 'nom'))}. Задержан ${PER(fl(tr))}, использовавший автомобиль с номером ${PLT(plate('TR'))} для перевозки девушек «к клиентам».`;
  },
  // 33 names next to places that look like names
  () => {
    const a = ruN('KZ', 'm');
    const b = ruN('KG', 'm');
    const c = ruN('KG', 'f');
    return D`${PER('Нурсултан ' + a.last)} выехал из Нур-Султана (ныне Астана) в Бишкек, где на Ошском рынке познакомился с ${PER('Таласбеком ' + ruL(b, 'ins'))}, уроженцем Таласа. Жена посредника, ${PER('Алма')}, родом из Алматы, вела переписку с «работодателями» из Казани. В Караколе, на улице Жибек Жолы, группу ждала ${PER('Жибек ' + c.last)}, которая и забрала паспорта.`;
  },
  // 34 identifiers split from their labels
  () => {
    const o = pick(['KZ', 'KG', 'UZ'] as Orig[]);
    const v = ruN(o, 'f');
    const b = birth(1990, 2004);
    return D`Сведения о потерпевшей (со слов сотрудника консульства): ${PER(ruFL(v, 'nom'))},
дата рождения —
${BDT(dmy(b))};
${ORIG_RU[o].nidLabel}
${NID(nidFor(o, b, false))};
загранпаспорт №
${PAS(passFor(o))};
тел. (WhatsApp)
${PHN(phone(ORIG_RU[o].ph))}.`;
  },
];

const RU_NEG_S: (() => string)[] = [
  () =>
    `По уголовному делу ${caseNo()} ${pick(['Ленинский районный суд г. Бишкека', 'Специализированный межрайонный суд г. Астаны', 'Мещанский районный суд г. Москвы', 'Верховный суд Республики Таджикистан'])} назначил судебное заседание на ${dmy(evDate())}.`,
  () =>
    `Действия обвиняемых квалифицированы по ${pick(RU_ART)} как торговля людьми, совершённая группой лиц по предварительному сговору.`,
  () =>
    `Генеральная прокуратура Республики Казахстан совместно с МОМ провела обучающий семинар для ${ri(20, 60)} сотрудников миграционной полиции.`,
  () =>
    `В ${ri(2020, 2023)} году Государственный департамент США сохранил за ${pick(['Кыргызстаном', 'Казахстаном', 'Узбекистаном', 'Туркменистаном', 'Таджикистаном'])} ${pick(['второй уровень', 'второй уровень (список наблюдения)', 'третий уровень'])} в ежегодном докладе о торговле людьми.`,
  () => `Сумма причинённого ущерба составила ${amount()}, гражданский иск не заявлен.`,
  () =>
    `Горячая линия ${pick(['1409', '8 800 080 5353', '150', '1189'])} работает круглосуточно, звонки бесплатные со всех операторов.`,
  () =>
    `Заседание межведомственной комиссии по противодействию торговле людьми прошло ${dmy(evDate())} в здании Министерства внутренних дел на проспекте ${pick(['Абая', 'Чуй', 'Рудаки', 'Мустакиллик'])}.`,
  () =>
    `Центральная Азия остаётся регионом происхождения для трудовых мигрантов, направляющихся в Россию, Турцию, ОАЭ и Республику Корея.`,
  () =>
    `Приказом начальника ${pick(['ДП г. Алматы', 'ГУВД г. Бишкек', 'УМВД по Согдийской области'])} № ${ri(100, 999)} от ${dmy(evDate())} создана следственно-оперативная группа.`,
  () =>
    `Рейс ${pick(['KC 951', 'TK 353', 'FZ 1742', 'HY 607', 'SU 1881'])} прибыл в аэропорт ${pick(['Манас', 'Домодедово', 'Внуково', 'Ататюрк', 'Шарджа'])} с опозданием на ${ri(1, 5)} часа.`,
  () =>
    `Программа «${pick(['Безопасная миграция', 'Ынтымак', 'Мост доверия', 'Жолдош'])}» финансируется ${pick(['Европейским союзом', 'USAID', 'правительством Швейцарии', 'ОБСЕ'])} и реализуется до ${ri(2024, 2027)} года.`,
  () =>
    `Старший следователь по особо важным делам направил запрос о правовой помощи в ${pick(['Министерство юстиции Турецкой Республики', 'Генеральную прокуратуру ОАЭ', 'Министерство юстиции Республики Корея'])}.`,
  () => `Согласно ст. ${ri(100, 300)} УПК, потерпевшие вправе давать показания в отсутствие обвиняемых.`,
  () =>
    `Улица ${pick(['Токтогула', 'Сатпаева', 'Айни', 'Навои', 'Манаса'])} в районе рынка «${pick(['Дордой', 'Барахолка', 'Корвон', 'Ипподром'])}» является местом сбора вербовщиков, отмечается в отчёте.`,
  () =>
    `В ${pick(['январе', 'марте', 'июле', 'октябре'])} ${ri(2020, 2024)} года через пункт пропуска «${pick(['Кордай', 'Достук', 'Айбек', 'Фотехобод'])}» проследовали ${ri(10, 90)} тыс. граждан.`,
  () =>
    `Объединение «${pick(['Сезим', 'Ишонч', 'Гендер и развитие', 'Ак Жол'])}» оказало помощь ${ri(30, 400)} пострадавшим, из них ${ri(5, 30)} несовершеннолетних.`,
  () =>
    `Начальник отдела по борьбе с торговлей людьми сообщил, что за ${ri(2019, 2023)} год возбуждено ${ri(10, 120)} уголовных дел.`,
  () =>
    `Национальный механизм перенаправления утверждён постановлением Правительства № ${ri(100, 900)} от ${dmy(evDate(2015, 2022))}.`,
  () =>
    `Стоимость «услуг» посредника составила ${amount()}, которые пострадавшие должны были «отработать» в течение ${ri(3, 12)} месяцев.`,
  () =>
    `Весной ${ri(2020, 2024)} года Посольство в ${pick(['Анкаре', 'Абу-Даби', 'Сеуле', 'Москве'])} выдало ${ri(10, 200)} свидетельств на возвращение.`,
  () =>
    `Вахтовым методом работали в ${pick(['Сургуте', 'Новом Уренгое', 'Якутии'])}, где температура опускалась до минус ${ri(35, 50)} градусов.`,
  () =>
    `Заявление зарегистрировано в ЕРДР под ${caseNo()}, материалы переданы в ${pick(['ДП г. Шымкент', 'ГКНБ', 'СК РФ', 'УБТЛ МВД КР'])}.`,
  () =>
    `Вердикт: ${pick(['оправдательный', 'обвинительный', 'дело прекращено за примирением сторон'])}; апелляция подана ${dmy(evDate())}.`,
  () =>
    `Ташкент, Самарканд и Бухара лидируют по числу обращений в Республиканский центр реабилитации жертв торговли людьми.`,
];
const RU_NEG: (() => Part[])[] = [
  () => {
    const k = ri(2, 4);
    return [
      pickN(RU_NEG_S, k)
        .map((f) => f())
        .join(' '),
    ];
  },
];

// ---------------------------------------------------------------------------
// English templates
// ---------------------------------------------------------------------------
const EN_DEST: Record<string, string> = {
  RU: 'Russia',
  TR: 'Turkey',
  AE: 'the UAE',
  KR: 'South Korea',
  CN: 'China',
  PL: 'Poland',
  TH: 'Thailand',
  MD: 'Moldova',
};
const EN_CITY: Record<string, string[]> = {
  RU: ['Moscow', 'Yekaterinburg', 'St Petersburg'],
  TR: ['Istanbul', 'Antalya', 'Bursa'],
  AE: ['Dubai', 'Sharjah', 'Ajman'],
  KR: ['Ansan', 'Hwaseong', 'Incheon'],
  CN: ['Guangzhou', 'Yiwu'],
  PL: ['Warsaw', 'Łódź'],
  TH: ['Bangkok', 'Pattaya'],
  MD: ['Chișinău'],
};
const enCity = (o: Orig) =>
  ({
    KZ: ['Almaty', 'Shymkent', 'Taraz', 'Aktobe', 'Turkestan'],
    KG: ['Bishkek', 'Osh', 'Jalal-Abad', 'Karakol', 'Talas', 'Naryn'],
    UZ: ['Tashkent', 'Samarkand', 'Fergana', 'Andijan', 'Nukus', 'Termez'],
    TJ: ['Dushanbe', 'Khujand', 'Kulob', 'Bokhtar', 'Isfara'],
    TM: ['Ashgabat', 'Mary', 'Dashoguz'],
  })[o];
const enPh = (o: Orig) => (o === 'TM' ? 'TM' : o);
const EN_T: (() => Part[])[] = [
  // 1 referral form
  () => {
    const o = pickOrig();
    const v = enN(o);
    const b = birth(1983, 2006);
    const dest = pick(DESTS);
    const cw = enN('RU', 'f');
    return J([
      'IOM – VICTIM REFERRAL FORM (CONFIDENTIAL)',
      D`Full name: ${PER(chance(0.5) ? (chance(0.4) ? shy(v.first) + ' ' + v.last : fl(v)) : upper(lf(v)))}`,
      D`Date of birth: ${BDT(enDate(b))}`,
      D`Nationality: ${ORIG_EN[o].country}`,
      D`Passport No.: ${PAS(passFor(o))}`,
      o !== 'TM' ? D`${ORIG_EN[o].nidLabel}: ${NID(nidFor(o, b, v.g === 'm'))}` : null,
      D`Phone / WhatsApp: ${PHN(phone(enPh(o)))}`,
      chance(0.6) ? D`Email: ${EML(email(latinize(v.first)))}` : null,
      D`Current location: ${ADR(enAddr(dest))}`,
      D`Country of exploitation: ${EN_DEST[dest].replace(/^the /, '')}`,
      D`Referred by: ${PER(fl(cw))}, caseworker`,
      `Consent to share data: YES`,
    ]);
  },
  // 2 narrative
  () => {
    const o = pickOrig();
    const v = enN(o, 'f');
    const aunt = enN(o, 'f');
    const dest = pick(['TR', 'AE', 'RU']);
    const age = ri(18, 29);
    return D`${PER(v.first)}, ${age}, from a village near ${pick(enCity(o))}, was told by a woman she knew only as "Auntie ${PER(aunt.first)}" that a hotel in ${pick(EN_CITY[dest])} needed cleaners. ${PER(v.first)} borrowed money from her uncle for the ticket. On arrival her passport was taken "for registration" and she was moved to an apartment at ${ADR(enAddr(dest))}, where ${ri(4, 9)} other women from ${ORIG_EN[o].country} were already living.`;
  },
  // 3 court judgment
  () => {
    const dest = pick(['KR', 'AE', 'TR']);
    const o = pickOrig();
    const d = dest === 'KR' ? mkForeign(EN_FOREIGN, 'KR') : mkForeign(EN_FOREIGN, dest);
    const v1 = enN(o, 'f');
    const v2 = enN(pickOrig(), 'f');
    const court = {
      KR: 'Suwon District Court, Ansan Branch',
      AE: 'Dubai Court of First Instance',
      TR: 'Istanbul 23rd High Criminal Court',
    }[dest as 'KR'];
    return D`${court}
Case ${pick([`${ri(2020, 2024)}Godan${ri(100, 9999)}`, `No. ${ri(1000, 9999)}/${ri(2020, 2024)}`, `E.${ri(2020, 2024)}/${ri(10, 400)} K.${ri(2021, 2024)}/${ri(10, 400)}`])}
JUDGMENT (extract, unofficial translation)
The defendant ${PER(upper(d.last) + ' ' + d.first)} (born ${BDT(enLong(birth(1965, 1990)))}) is found guilty of recruiting and harbouring the victims ${PER(fl(v1))} and ${PER(fl(v2))} for the purpose of exploitation. The victims' passports were kept in the defendant's office safe. The defendant is sentenced to ${ri(3, 12)} years' imprisonment.`;
  },
  // 4 telegram export
  () => {
    const o = pickOrig();
    const v = enN(o, 'f');
    const rec = enN(pick(['RU', o]), 'm');
    const h = handle(0);
    const d = evDate();
    const t = clock();
    return D`Telegram chat export — contact ${HND(h)} ("${PER(rec.first)} Recruiting")
${dmy(d)} ${t()} ${PER(rec.first)}: Good news, the sponsor approved you. Visa in 10 days
${dmy(d)} ${t()} ${PER(v.first)}: ok but my mother says it is too far
${dmy(d)} ${t()} ${PER(rec.first)}: Dont worry. My colleague ${PER(fl(enN(pick(['KG', 'UZ', 'KZ']), 'f')))} will meet you at the airport, her number ${PHN(phone(pick(['AE', 'TR'])))}
${dmy(d)} ${t()} ${PER(v.first)}: send me her instagram pls
${dmy(d)} ${t()} ${PER(rec.first)}: ${HND(handle(3))}`;
  },
  // 5 Western Union receipt
  () => {
    const o = pickOrig();
    const s = enN(pick(['RU', o]), 'm');
    const r = enN(o);
    const scc = pick(['RU', 'TR', 'KR', 'AE']);
    return D`WESTERN UNION — SEND MONEY RECEIPT
MTCN: ${dg(3)}-${dg(3)}-${dg(4)}
SENDER: ${PER(upper(fl(s)))}
Sender phone: ${PHN(phone(scc))}
RECEIVER: ${PER(upper(fl(r)))}
Expected payout location: ${ORIG_EN[o].country.toUpperCase()}
Amount sent: ${ri(100, 2500)}.00 USD   Transfer fee: ${ri(5, 40)}.00 USD
Date: ${dmy(evDate(), '/')}`;
  },
  // 6 UAE bank statement
  () => {
    const own = mkForeign(EN_FOREIGN, 'AE');
    const o = pickOrig();
    const v = enN(o, 'f');
    return D`Emirates ${pick(['Islamic', 'Commercial', 'Retail'])} Bank — Account Statement
Account holder: ${PER(upper(fl(own)))}
IBAN: ${IBN(iban('AE', ri(0, 3)))}
Card: ${CRD(card(pick(['visa', 'mc']), pick([3, 4, 5])))}
${dmy(evDate(), '/')}  CASH DEP  ${ri(1, 9)},${dg(3)}.00 AED  ref. "${PER(upper(v.first))} rent"
${dmy(evDate(), '/')}  TRF OUT to ${PER(fl(enN(o, 'm')))}  ${ri(500, 4000)}.00 AED
${dmy(evDate(), '/')}  ATM WDL Deira  ${ri(200, 1500)}.00 AED`;
  },
  // 7 passenger manifest
  () => {
    const o = pickOrig();
    const rows: Part[] = [];
    const n = ri(3, 4);
    for (let i = 0; i < n; i++) {
      const p = enN(o);
      const b = birth(1988, 2005);
      rows.push(
        D`${pad(i + 1)}  ${PER(upper(p.last) + '/' + upper(p.first))}  ${p.g === 'f' ? 'F' : 'M'}  ${BDT(`${pad(b.d)}${MON.enS[b.m - 1]}${pad(b.y % 100)}`)}  ${PAS(passFor(o))}  ${ISO3[o]}`,
      );
    }
    return D`PASSENGER MANIFEST  Flight ${pick(['FZ 1742', 'TK 347', 'KC 927', 'HY 5003', 'ZF 2121'])}  ${pick(['FRU', 'TAS', 'DYU', 'ALA', 'ASB'])}–${pick(['DXB', 'IST', 'SAW', 'AYT', 'ICN'])}
No  NAME  SEX  DOB  DOC  NAT
${J(rows)}`;
  },
  // 8 MRZ scan
  () => {
    const o = pick(['KG', 'TJ', 'UZ', 'KZ', 'TM'] as Orig[]);
    const p = enN(o);
    const b = birth(1980, 2004);
    const num = passFor(o);
    const pers = o === 'KG' ? kgPIN(b, p.g === 'm') : undefined;
    return D`Scanned travel document (page 2), obtained from the employer's office:
${mrz(o, p.last, p.first, num, b, p.g, pers)}
Note: holder identified as ${PER(fl(p))}; photo matches.`;
  },
  // 9 recruitment ad
  () => {
    const p = enN(pick(['UZ', 'KG', 'TJ']), 'm');
    return D`WORK IN SOUTH KOREA 🇰🇷 — FARMS & FACTORIES
Monthly salary 2,${ri(1, 9)}00,000 KRW, free dormitory, E-9 visa guaranteed in 3 weeks!
No Korean language test needed. Service fee paid after arrival.
Contact manager ${PER(p.first)}: ${PHN(phone('KR'))} (KakaoTalk ID: ${HND(handleName())})
Also on Instagram ${HND(handle(0))}`;
  },
  // 10 shelter notes
  () => {
    const o = pickOrig();
    const v = enN(o, 'f');
    const sw = enN('RU', 'f');
    const d = evDate();
    return D`Shelter case notes — resident ${PER(v.first + ' ' + v.last[0])}.
${dmy(d, '/')}: Admitted at 23:40, referred by ${pick(['the consulate', 'airport police', 'the hotline', 'a church volunteer'])}. Very tired, small bruises on both arms.
${dmy(d, '/')}: Talked with ${PER(sw.first)} (social worker). Says that Madam ${PER(pick(['Lola', 'Roza', 'Nadia', 'Zukhra', 'Gulya']))} kept all the girls' phones.
Next: medical check, call to family on ${PHN(phone(enPh(o)))}.`;
  },
  // 11 hotline log
  () => {
    const o = pickOrig();
    const caller = enN(o, 'm');
    const daughter = enN(o, 'f');
    const dest = pick(['RU', 'TR', 'AE', 'KR', 'CN']);
    return D`HOTLINE CALL LOG #${ri(1000, 9999)}
Caller: father of the presumed victim, gave his name as ${PER(caller.first)}
Presumed victim: ${PER(fl(daughter))}, approx. ${ri(18, 27)} y.o.
Last contact: ${ri(2, 20)} days ago from ${PHN(phone(dest))}
Known address abroad: ${ADR(enAddr(dest))}
Caller's callback number: ${PHN(phone(enPh(o)))}
Operator action: case forwarded to partner NGO in ${pick(EN_CITY[dest])}.`;
  },
  // 12 interview Q/A
  () => {
    const o = pickOrig();
    const rec = enN(pick(['RU', o]), 'f');
    const drv = enN(o, 'm');
    const nick = pick(['Boss Lady', 'Tiger', 'Lala', 'Sultan', 'Big Sister']);
    return D`Q: Who offered you the job?
A: A woman called ${PER(rec.first)}. Everybody called her ${PER(nick)}.
Q: Do you remember her number or account?
A: Yes, ${PHN(phone(pick(['TR', 'AE', 'RU'])))}. She also used the page ${HND(handle(pick([3, 6])))}.
Q: Who took you to the border?
A: A driver, ${PER(drv.first)}, in a grey minivan, number ${PLT(plate(o))}.`;
  },
  // 13 missing post
  () => {
    const o = pickOrig();
    const v = enN(o, 'f');
    const b = birth(1996, 2006);
    const sis = enN(o, 'f');
    return D`MISSING!!! Please share 🙏 ${PER(fl(v))} (born ${BDT(enDate(b))}) left ${pick(enCity(o))} for a job in ${pick(['Dubai', 'Istanbul', 'Moscow', 'Bangkok'])} and has not called home since ${pick(['March', 'June', 'September', 'New Year'])}. Her last number was ${PHN(phone(pick(['AE', 'TR', 'RU', 'TH'])))}. Any info → DM me ${HND(handle(pick([0, 1, 3])))} or call her sister ${PER(sis.first)} at ${PHN(phone(enPh(o)))}.`;
  },
  // 14 UAE contract
  () => {
    const sp = mkForeign(EN_FOREIGN, 'AE');
    const o = pickOrig();
    const w = enN(o, 'f');
    const b = birth(1978, 2000);
    return D`STANDARD EMPLOYMENT CONTRACT FOR DOMESTIC WORKERS
Employer (sponsor): ${PER(fl(sp))}, Emirates ID ${NID(`784-${pick(['1965', '1972', '1980', '1986'])}-${dg(7)}-${dg(1)}`)}
Address: ${ADR(enAddr('AE'))}
Worker: ${PER(fl(w))}, born ${BDT(enDate(b))}, passport ${PAS(passFor(o))}
Position: housemaid / nanny. Monthly wage: ${ri(8, 15) * 100} AED. Weekly rest day: ${pick(['Friday', 'none stated', 'by agreement'])}.
Article 12: The worker's passport shall be kept by the employer "for safekeeping".`;
  },
  // 15 Thai police
  () => {
    const o = pickOrig();
    const v = enN(o, 'f');
    const s = mkForeign(EN_FOREIGN, 'TH');
    const b = birth(1975, 1990);
    return D`Royal Thai Police — Anti-Trafficking in Persons Division
Arrest report (summary). Suspect: ${PER(fl(s))}, Thai ID ${NID(thID(chance(0.6)))}, born ${BDT(enDate(b))}. Address: ${ADR(enAddr('TH'))}.
The suspect collected ${ORIG_EN[o].adj} national ${PER(fl(v))} at Suvarnabhumi Airport using a pickup truck, plate ${PLT(plate('TH'))} Bangkok, and transferred her to a karaoke bar.`;
  },
  // 16 investigator memo with plates
  () => {
    const o = pick(['KZ', 'KG', 'UZ'] as Orig[]);
    const drv = enN(o, 'm');
    const d2 = enN('RU', 'm');
    return D`MEMO — vehicles identified in the surveillance footage
1. Toyota Alphard, plate ${PLT(plate(o))}, registered to ${PER(fl(drv))}; used to move the women from ${pick(enCity(o))} to the border crossing.
2. Lada Largus, plate ${PLT(plate(chance(0.5) ? 'RU' : 'RUL'))}, driven by ${PER(fl(d2))} (no prior record).
Request sent to the traffic police database on ${enDate(evDate())}.`;
  },
  // 17 Korea ARC
  () => {
    const o = pickOrig();
    const w = enN(o, 'm');
    const b = birth(1988, 2001);
    const emp = mkForeign(EN_FOREIGN, 'KR', 'm');
    return D`Migrant worker ${PER(fl(w))} (Alien Registration No. ${NID(krARC(b, true, chance(0.7)))}) reported that his employer, Mr ${PER(fl(emp))}, withheld ${ri(3, 11)} months of wages. Dormitory: ${ADR(enAddr('KR'))}. Employer mobile: ${PHN(phone('KR'))}. Complaint filed with the Ministry of Employment and Labor on ${enDate(evDate())}.`;
  },
  // 18 Poland
  () => {
    const o = pickOrig();
    const w = enN(o, 'm');
    const rec = mkForeign(EN_FOREIGN, 'PL');
    const rb = birth(1970, 1990);
    return D`Statement of ${PER(fl(w))}, ${ORIG_EN[o].adj} national: "We were brought by bus to a warehouse near ${pick(['Łódź', 'Zgierz', 'Wrocław'])}. The person in charge, ${PER(fl(rec))}, told us our salary would be paid after we repay the visa cost." Polish authorities identified the recruiter (PESEL ${NID(plPESEL(rb, rec.g === 'm'))}), residing at ${ADR(enAddr('PL'))}; company car ${PLT(plate('PL'))}.`;
  },
  // 19 email thread
  () => {
    const a = enN('RU', 'f');
    const b = enN(pick(['KG', 'KZ']), 'm');
    const o = pickOrig();
    const v = enN(o, 'f');
    return D`From: ${PER(fl(a))} <${EML(email(latinize(a.first).toLowerCase() + '.' + latinize(a.last).toLowerCase()))}>
To: ${PER(fl(b))} <${EML(email(latinize(b.first).toLowerCase()))}>
Subject: RE: return of ${PER(v.first)}
Hi ${PER(b.first)}, the embassy confirmed the emergency travel document for ${PER(fl(v))}. She will fly ${pick(['Thursday', 'Monday', 'next week'])}; please arrange pick-up at the airport and call her on ${PHN(phone(pick(['TR', 'AE', 'RU'])))} the day before. Best, ${PER(a.first)}`;
  },
  // 20 table
  () => {
    const rows: Part[] = [];
    for (let i = 0; i < ri(2, 4); i++) {
      const o = pickOrig();
      const p = enN(o);
      const b = birth(1985, 2005);
      rows.push(
        D`| ${PER(fl(p))} | ${BDT(dmy(b))} | ${o === 'TM' ? '—' : NID(nidFor(o, b, p.g === 'm'))} | ${PHN(phone(enPh(o)))} |`,
      );
    }
    return D`Annex 2. Identified victims (restricted)
| Name | DOB | National ID | Phone |
|---|---|---|---|
${J(rows)}`;
  },
  // 21 honorifics
  () => {
    const o = pickOrig();
    const v = enN(o, 'f');
    const m = enN(o, 'm');
    const tr = mkForeign(EN_FOREIGN, 'TR', 'm');
    return D`Mrs ${PER(v.last)} stated that Mr ${PER(m.last)}, a neighbour, introduced her to ${PER(tr.first)} Bey, who "owned several hotels". Later ${PER(tr.first)} drove her to ${pick(['Laleli', 'Aksaray', 'Kumkapı'])} in a car with plate ${PLT(plate('TR'))}. The mother of ${PER(v.first)} received ${ri(100, 500)} USD "as an advance".`;
  },
  // 22 lowercase chat en
  () => {
    const o = pickOrig();
    const a = enN(o, 'f');
    const b = enN(o, 'm');
    const t = clock();
    return D`[${t()}] ${PER(a.first.toLowerCase())}: ${PER(b.first.toLowerCase())} its me, they took my phone
[${t()}] ${PER(b.first.toLowerCase())}: where r u
[${t()}] ${PER(a.first.toLowerCase())}: some flat near the mall, ask ${PER(pick(EN_POOLS[o].f).toLowerCase())} she knows, her ig is ${HND(handleName())}`;
  },
  // 23 moldovan victim Turkey
  () => {
    const v = mkForeign(EN_FOREIGN, 'MD', 'f');
    const b = birth(1988, 2003);
    const s = mkForeign(EN_FOREIGN, 'TR', 'm');
    return D`Victim: ${PER(fl(v))}, Moldovan, IDNP ${NID(mdIDNP())}, DOB ${BDT(dmy(b))}. Recruited in ${pick(['Bălți', 'Cahul', 'Ungheni'])} for "babysitting" in Antalya. Suspect ${PER(fl(s))} (T.C. ${NID(trTC())}) paid her bus ticket; his phone ${PHN(phone('TR'))}, his e-mail ${EML(email(latinize(s.first).toLowerCase()))}.`;
  },
  // 25 names next to places that look like names
  () => {
    const a = enN('KG', 'm');
    const b = enN('KZ', 'f');
    const c = enN('TM', 'f');
    return D`${PER('Jalal ' + a.last)}, a driver from Jalal-Abad, took the group through Osh to the border. In Almaty they were met by ${PER('Alma ' + b.last)}; the third woman, ${PER('Maral')}, had travelled from Mary via Turkmenabat. Police later found the minibus parked on Manas Avenue in Bishkek, next to the Issyk-Kul Hotel.`;
  },
  // 24 detailed intake with kin word
  () => {
    const o = pickOrig();
    const v = enN(o, 'm');
    const bro = enN(o, 'm');
    const dest = 'RU';
    const b = birth(1985, 2003);
    return D`Intake summary: ${PER(fl(v))} (DOB ${BDT(dmy(b, '/'))}), construction worker, ${ORIG_EN[o].adj}. Worked ${ri(6, 20)} months on a site in ${pick(EN_CITY[dest])} without pay; foreman ${PER(fl(enN('RU', 'm')))} kept the passport (${PAS(passFor(o))}). Brother ${PER(bro.first)} wired money for the return ticket to card ${CRD(card(pick(['mir', 'visa']), pick([3, 4, 5])))}.`;
  },
];
const EN_NEG_S: (() => string)[] = [
  () =>
    `The U.S. Department of State's ${ri(2019, 2024)} Trafficking in Persons Report placed ${pick(['Kyrgyzstan', 'Kazakhstan', 'Uzbekistan', 'Tajikistan', 'Turkmenistan'])} on ${pick(['Tier 2', 'the Tier 2 Watch List', 'Tier 3'])}.`,
  () =>
    `The Prosecutor General's Office opened ${ri(10, 120)} criminal cases under Article ${pick(['128', '171', '135', '130.1', '127.1'])} of the Criminal Code in ${ri(2019, 2024)}.`,
  () =>
    `IOM and UNODC co-chair the working group on Central Asia, which meets quarterly in ${pick(['Almaty', 'Bishkek', 'Tashkent', 'Dushanbe'])}.`,
  () =>
    `Case No. ${ri(1, 9)}-${ri(100, 999)}/${ri(2019, 2024)} was adjourned until ${enDate(evDate())} because the interpreter did not appear.`,
  () =>
    `Flight ${pick(['KC 951', 'TK 353', 'FZ 1742', 'HY 607'])} landed at ${pick(['Manas International Airport', 'Istanbul Airport', 'Dubai International', 'Incheon'])} at ${pad(ri(0, 23))}:${pad(ri(0, 59))} local time.`,
  () =>
    `Victims may call the national hotline ${pick(['1409', '189', '1189', '0800 800 150'])} free of charge from any mobile network.`,
  () =>
    `Under the E-9 Employment Permit System, ${ri(3, 15)},${dg(3)} workers from ${pick(['Uzbekistan', 'Kyrgyzstan', 'Tajikistan'])} entered the Republic of Korea in ${ri(2019, 2024)}.`,
  () =>
    `The Ministry of Labour, Migration and Employment signed a memorandum with the Federal Migration Service on ${enDate(evDate())}.`,
  () =>
    `Defence counsel argued that Section ${ri(80, 450)} of the Penal Code did not apply; the appeal hearing is scheduled for ${pick(['June', 'March', 'November'])} ${ri(2023, 2025)}.`,
  () =>
    `The OSCE Programme Office organised a training on victim-centred interviewing for ${ri(15, 60)} investigators and ${ri(5, 20)} judges.`,
  () =>
    `Remittances to ${pick(['Tajikistan', 'Kyrgyzstan', 'Uzbekistan'])} reached ${ri(15, 48)} percent of GDP, according to the World Bank.`,
  () =>
    `Recruiters often gather near the ${pick(['Dordoi', 'Osh', 'Barakholka', 'Korvon'])} bazaar and along ${pick(['Manas Avenue', 'Abay Avenue', 'Rudaki Avenue', 'Amir Temur Street'])}.`,
  () =>
    `The court ordered compensation of ${ri(2, 90) * 500} USD to each victim and confiscation of ${ri(2, 5)} vehicles.`,
  () =>
    `Summer ${ri(2020, 2024)}: the Safe Migration programme funded by the European Union reached ${ri(5, 90)} villages in the Fergana Valley.`,
  () => `Chief Inspector of the Anti-Trafficking Unit told journalists that the investigation is ongoing.`,
  () => `Tier placement, prosecution statistics and shelter capacity are summarised in Annex 3 of the report.`,
  () =>
    `The National Referral Mechanism was approved by Government Decree No. ${ri(100, 900)} of ${enDate(evDate(2015, 2022))}.`,
  () =>
    `Migrants crossing at ${pick(['Kordai', 'Dostuk', 'Oybek', 'Fotehobod', 'Farap'])} checkpoint wait up to ${ri(4, 30)} hours in summer.`,
  () => `Georgia, Armenia and Azerbaijan were not included in the sample.`,
  () =>
    `Victoria Street and Kensington were listed as meeting points in the appendix of the 2019 study, but no cases were confirmed there.`,
  () => `Almaty, Osh and Khujand recorded the highest numbers of returnees assisted by the Red Crescent Society.`,
];
const EN_NEG: (() => Part[])[] = [
  () => {
    const k = ri(2, 4);
    return [
      pickN(EN_NEG_S, k)
        .map((f) => f())
        .join(' '),
    ];
  },
];

// ---------------------------------------------------------------------------
// Turkish templates
// ---------------------------------------------------------------------------
const trCA = (g?: G) => mkName(TRCA_POOL, 'CA', g);
const trTR = (g?: G) => mkName(TR_POOL, 'TR', g);
const TR_UY = ['Kırgızistan', 'Özbekistan', 'Tacikistan', 'Kazakistan', 'Türkmenistan'];
const TR_UY_CC: Record<string, Orig> = {
  Kırgızistan: 'KG',
  Özbekistan: 'UZ',
  Tacikistan: 'TJ',
  Kazakistan: 'KZ',
  Türkmenistan: 'TM',
};
const TR_T: (() => Part[])[] = [
  // 1 ifade tutanağı
  () => {
    const uy = pick(TR_UY);
    const o = TR_UY_CC[uy];
    const v = trCA('f');
    const b = birth(1988, 2004);
    const s = trTR('m');
    return J([
      'MAĞDUR İFADE TUTANAĞI',
      D`Adı Soyadı: ${PER(upper(fl(v), 'tr'))}`,
      D`Doğum Tarihi: ${BDT(trDate(b))}`,
      D`Uyruğu: ${uy}`,
      D`Pasaport No: ${PAS(passFor(o))}`,
      D`Yabancı Kimlik No: ${NID(trTC(true, true))}`,
      D`Adres: ${ADR(trAddr())}`,
      D`Tel: ${PHN(phone('TR'))}`,
      D`Beyanı: ${pick(['Ülkemde', 'Memleketimde'])} bir tanıdık vasıtasıyla İstanbul'da tekstil atölyesinde iş bulunduğunu duydum. Havalimanında beni ${PER(s.first)} isimli şahıs karşıladı ve pasaportumu aldı.`,
    ]);
  },
  // 2 iddianame
  () => {
    const s = trTR('m');
    const v1 = trCA('f');
    const v2 = trCA('f');
    const b = birth(1970, 1992);
    return D`İDDİANAME
Soruşturma No: ${ri(2020, 2024)}/${ri(1000, 99999)}  Esas No: ${ri(2020, 2024)}/${ri(100, 9999)}
ŞÜPHELİ: ${PER(fl(s))}, ${pick(['Ahmet', 'Ali', 'Hüseyin', 'Mustafa'])} oğlu, ${BDT(trDate(b))} doğumlu, T.C. Kimlik No: ${NID(trTC(chance(0.85)))}
SUÇ: İnsan ticareti (TCK md. 80)
Şüphelinin, mağdurlar ${PER(trSuf(v1.first, 'acc'))} ve ${PER(trSuf(v2.first, 'acc'))} iş vaadiyle Türkiye'ye getirdiği, ${PER(trSuf(s.last, 'gen'))} kullanımındaki ${PLT(plate('TR'))} plakalı araçla ${pick(['Laleli', 'Aksaray', 'Esenyurt'])} semtindeki eve götürdüğü anlaşılmıştır.`;
  },
  // 3 otel kayıt
  () => {
    const rows: Part[] = [];
    for (let i = 0; i < ri(2, 4); i++) {
      const uy = pick(TR_UY);
      const o = TR_UY_CC[uy];
      const p = trCA();
      rows.push(
        D`${ri(101, 512)} | ${PER(upper(lf(p), 'tr'))} | ${ISO3[o]} | ${PAS(passFor(o))} | giriş ${dmy(evDate())}`,
      );
    }
    return D`Otel Kayıt Defteri (Fatih, ${pick(['Hotel Yeni Saray', 'Grand Laleli', 'Kumkapı Palas'])}) – KBS bildirimi
Oda | Adı Soyadı | Uyruk | Belge No | Tarih
${J(rows)}
Odaları tutan kişi: ${PER(fl(trTR()))}, tel. ${PHN(phone('TR'))}`;
  },
  // 4 WhatsApp
  () => {
    const v = trCA('f');
    const boss = trTR('f');
    const man = trTR('m');
    const t = clock();
    return D`[${t()}] ${PER(boss.first)} Hanım: ${PER(v.first)} kızım yarın 10'da hazır ol, ${PER(man.first)} Bey seni alacak
[${t()}] ${PER(v.first)}: Abla pasaportum sizde, geri verecek misiniz?
[${t()}] ${PER(boss.first)} Hanım: Borcun bitince. ${ri(2, 6)}.000 dolar daha var
[${t()}] ${PER(v.first)}: Annem aradı, ${PER(trSuf(boss.first, 'gen'))} numarasını istedi: ${PHN(phone('TR'))} veriyorum tamam mı`;
  },
  // 5 banka dekontu
  () => {
    const s = trTR();
    const r = trCA();
    return D`${pick(['T.C. Ziraat Bankası', 'Halkbank', 'VakıfBank', 'Garanti BBVA'])} – HAVALE/EFT DEKONTU
İşlem Tarihi: ${dmy(evDate())} ${pad(ri(8, 18))}:${pad(ri(0, 59))}
Gönderen: ${PER(upper(fl(s), 'tr'))}
Gönderen IBAN: ${IBN(iban('TR', ri(0, 5)))}
Alıcı: ${PER(upper(fl(r), 'tr'))}
Alıcı Kart No: ${CRD(card(pick(['troy', 'visa', 'mc']), pick([3, 4, 5])))}
Tutar: ${ri(1, 40) * 500},00 TL
Açıklama: "${pick(['kira', 'avans', 'bilet parası', 'borç'])}"`;
  },
  // 6 iş ilanı
  () => {
    const w = trTR('f');
    return D`ACİL! Laleli'deki mağazamıza Rusça bilen, 18-30 yaş arası bayan satış elemanları aranıyor. Konaklama ve yemek bizden, maaş ${ri(15, 40) * 1000} TL + prim. Pasaport işlemleri firma tarafından yapılır.
Başvuru: ${PHN(phone('TR'))} (${PER(w.first)} Hanım) veya Instagram ${HND(handle(pick([0, 3])))}`;
  },
  // 7 sığınmaevi kaydı
  () => {
    const uy = pick(TR_UY);
    const o = TR_UY_CC[uy];
    const v = trCA('f');
    const b = birth(1990, 2005);
    const sw = trTR('f');
    return D`Sığınmaevi giriş kaydı – ${dmy(evDate())}
Mağdur ${PER(fl(v))} (${BDT(trDate(b))} doğumlu, ${uy} uyruklu) kolluk tarafından yönlendirildi. Sosyal çalışmacı ${PER(fl(sw))} ile görüşmesinde, ${PER(trSuf(v.first, 'gen'))} annesinin telefon numarasını (${PHN(phone(o === 'TM' ? 'TM' : o))}) verdiği kaydedildi. Mağdurun konsolosluk ile görüşmek istediği not edildi.`;
  },
  // 8 araç tespit
  () => {
    const d1 = trTR('m');
    const d2 = trCA('m');
    return D`ARAÇ TESPİT TUTANAĞI
${dmy(evDate())} günü saat ${pad(ri(0, 23))}:${pad(ri(0, 59))} sıralarında ${ADR(trAddr())} adresi önünde yapılan kontrolde ${PLT(plate('TR'))} plakalı beyaz minibüsün sürücüsü ${PER(upper(fl(d1), 'tr'))} olduğu, araçta ${ri(4, 11)} yabancı uyruklu kadın bulunduğu tespit edilmiştir. Araca eşlik eden ${PLT(plate('TR'))} plakalı otomobili ${PER(fl(d2))} kullanmaktaydı.`;
  },
  // 9 social media
  () => {
    const v = trCA('f');
    const b = birth(1996, 2006);
    const uy = pick(TR_UY);
    const o = TR_UY_CC[uy];
    return D`YARDIM! ${uy}'dan gelen arkadaşımız ${PER(fl(v))} (${BDT(String(b.y))} doğumlu) ${ri(2, 8)} haftadır kayıp. En son ${pick(['Esenyurt', 'Zeytinburnu', 'Antalya Konyaaltı', 'Bursa Osmangazi'])} civarında görülmüş. ${PER(trSuf(v.first, 'abl'))} haber alan ${PHN(phone('TR'))} numarasını arasın ya da ${HND(handle(pick([0, 3, 6])))} hesabına yazsın. Ailesinin numarası: ${PHN(phone(o === 'TM' ? 'TM' : o))}`;
  },
  // 10 duruşma tutanağı
  () => {
    const s = trTR('m');
    const v = trCA('f');
    const av = trTR();
    return D`DURUŞMA TUTANAĞI
Sanık ${PER(fl(s))} hazır, müdafii Av. ${PER(fl(av))} hazır. Mağdur ${PER(trSuf(v.first, 'ins'))} birlikte tercüman ${PER(fl(trTR()))} hazır bulunduğu görüldü.
Mağdur beyanında: "${PER(s.first)} Bey bana ayda ${ri(500, 1500)} dolar vereceğini söyledi, ilk ay hiçbir şey vermedi" dedi. ${PER(trSuf(s.last, 'dat'))} mağdurun beyanı soruldu.`;
  },
  // 11 MRZ
  () => {
    const uy = pick(['Kırgızistan', 'Özbekistan', 'Tacikistan']);
    const o = TR_UY_CC[uy];
    const p = enN(o);
    const b = birth(1985, 2004);
    const num = passFor(o);
    return D`Şüphelinin evinde ele geçirilen pasaport fotokopisi (${uy}):
${mrz(o, p.last, p.first, num, b, p.g, o === 'KG' ? kgPIN(b, p.g === 'm') : undefined)}
Pasaport sahibinin ${PER(fl(p))} olduğu, kendisinin ${dmy(evDate())} tarihinden beri kayıp olduğu belirlenmiştir.`;
  },
  // 12 e-posta & kimlik
  () => {
    const v = trCA('f');
    const rec = trTR('m');
    const b = birth(1975, 1995);
    return D`${PER(trSuf(v.first, 'gen'))} telefonunda bulunan e-postalar incelendiğinde, ${EML(
      email(
        latinize(rec.first)
          .toLowerCase()
          .replace(/[^a-z]/g, ''),
      ),
    )} adresinden "vize belgeleri" başlıklı mesajlar gönderildiği, gönderenin ${PER(fl(rec))} (T.C. ${NID(trTC(chance(0.8)))}, d.t. ${BDT(dmy(b))}) olduğu tespit edilmiştir.`;
  },
];
const TR_NEG_S: (() => string)[] = [
  () =>
    `İstanbul ${ri(10, 37)}. Ağır Ceza Mahkemesi, ${ri(2020, 2024)}/${ri(100, 900)} Esas sayılı dosyada duruşmayı ${dmy(evDate())} tarihine erteledi.`,
  () => `Şüpheliler hakkında TCK'nın 80. maddesi uyarınca insan ticareti suçundan kamu davası açıldı.`,
  () =>
    `Göç İdaresi Başkanlığı, ${ri(2020, 2024)} yılında ${ri(100, 900)} insan ticareti mağduru tespit edildiğini açıkladı.`,
  () =>
    `Uluslararası Göç Örgütü (IOM) ile İçişleri Bakanlığı arasında ortak proje ${pick(['Ankara', 'İzmir', 'Antalya'])}'da imzalandı.`,
  () =>
    `Mağdurlar ${pick(['Kırgızistan', 'Özbekistan', 'Türkmenistan', 'Tacikistan'])}'dan İstanbul Havalimanı'na ${pick(['TK 351', 'KC 927', 'HY 273'])} sefer sayılı uçakla geldi.`,
  () => `Atatürk Caddesi ve Mimar Kemalettin Mahallesi, raporda yoğun denetim yapılan bölgeler arasında sayıldı.`,
  () => `157 YİMER hattı yedi gün yirmi dört saat hizmet vermektedir.`,
  () => `Mahkeme, sanıklara ${ri(4, 15)} yıl ${ri(1, 11)} ay hapis cezası verdi; karar istinaf yoluna taşındı.`,
  () => `Orta Asya'dan gelen göçmenlerin çoğu Laleli, Aksaray ve Zeytinburnu'nda çalışıyor.`,
  () =>
    `Emniyet Genel Müdürlüğü Göçmen Kaçakçılığı ile Mücadele Daire Başkanlığı operasyonu ${dmy(evDate())} tarihinde gerçekleştirdi.`,
  () => `Toplam ${ri(50, 900)}.000 TL tutarındaki para, banka hesaplarına el konularak emanete alındı.`,
  () => `Cumhuriyet Başsavcılığı, soruşturmanın gizlilik kararıyla yürütüldüğünü bildirdi.`,
];
const TR_NEG: (() => Part[])[] = [
  () => [
    pickN(TR_NEG_S, ri(2, 4))
      .map((f) => f())
      .join(' '),
  ],
];

// ---------------------------------------------------------------------------
// Kazakh templates (Cyrillic; Latin 2021 and 2018)
// ---------------------------------------------------------------------------
const KK_LOC = [
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
const KK21_LOC = [
  'qañtarda',
  'aqpanda',
  'nauryzda',
  'säuırde',
  'mamyrda',
  'mausymda',
  'şıldede',
  'tamyzda',
  'qyrküiekte',
  'qazanda',
  'qaraşada',
  'jeltoqsanda',
];
const KK18_LOC = [
  'qańtarda',
  'aqpanda',
  'naýryzda',
  'sáýirde',
  'mamyrda',
  'maýsymda',
  'shildede',
  'tamyzda',
  'qyrkúıekte',
  'qazanda',
  'qarashada',
  'jeltoqsanda',
];
const kkBD = (b: Ymd) =>
  pick([dmy(b), `${b.y} жылғы ${b.d} ${MON.kk[b.m - 1]}`, `${b.y} жылы ${b.d} ${KK_LOC[b.m - 1]}`]);
const kkN = (g?: G, patr = false) => mkName(KK_POOL, 'KZ', g, patr);
const kk21N = (g?: G, patr = false) => mkName(KK21_POOL, 'KZ', g, patr);
const kk18N = (g?: G, patr = false) => mkName(KK18_POOL, 'KZ', g, patr);
const KK_DEST = ['Түркияға', 'Ресейге', 'Біріккен Араб Әмірліктеріне', 'Оңтүстік Кореяға', 'Қытайға', 'Польшаға'];
const KK_T: (() => Part[])[] = [
  // 1 хаттама
  () => {
    const v = kkN('f', true);
    const b = birth(1985, 2005);
    return J([
      'ЖӘБІРЛЕНУШІДЕН ЖАУАП АЛУ ХАТТАМАСЫ',
      D`Тегі, аты, әкесінің аты: ${PER(lfp(v))}`,
      D`Туған күні: ${BDT(kkBD(b))}`,
      D`ЖСН: ${NID(kzIIN(b, false, chance(0.85)))}`,
      D`Жеке куәлік №: ${PAS(idKZ())}`,
      D`Тұрғылықты мекенжайы: ${ADR(kkAddr())}`,
      D`Байланыс телефоны: ${PHN(phone('KZ'))}`,
      D`Мән-жайы бойынша: ${ri(2020, 2023)} жылы ${pick(['Instagram', 'WhatsApp', 'Telegram'])} арқылы ${PER(pick(KK_POOL.f))} есімді әйел ${pick(KK_DEST)} жұмысқа шақырды.`,
    ]);
  },
  // 2 үкім
  () => {
    const d = kkN('m', true);
    const v1 = kkN('f');
    const v2 = kkN('f');
    const b = birth(1970, 1993);
    return D`ҮКІМ (үзінді)
Сотталушы ${PER(lfp(d))}, ${BDT(kkBD(b))} туған, ЖСН ${NID(kzIIN(b, true))}, ${ADR(kkAddr())} мекенжайында тұратын, ҚР ҚК-нің 128-бабының 3-бөлігі бойынша айыпталған.
Сот анықтады: ${PER(d.last)} жәбірленушілер ${PER(kkSuf(v1.first, 'dat'))} және ${PER(kkSuf(v2.first, 'dat'))} ${pick(['Дубайдағы қонақүйден', 'Стамбұлдағы дүкеннен', 'Мәскеудегі асханадан'])} жұмыс уәде етіп, олардың төлқұжаттарын алып қойған.`;
  },
  // 3 хабарландыру
  () => {
    const w = kkN('f');
    return D`ЖҰМЫС! ${pick(['Дубайға', 'Стамбұлға', 'Сеулге', 'Мәскеуге'])} ${ri(18, 20)}-${ri(25, 32)} жастағы қыздар қажет: даяшы, аспазшы көмекшісі. Айлығы ${ri(8, 20) * 100}$ бастап, тұрғын үй тегін, билетті жұмыс беруші төлейді!
Хабарласыңыз: ${PHN(phone('KZ'))}, ${PER(w.first)}
Telegram: ${HND(handle(0))}`;
  },
  // 4 WhatsApp chat
  () => {
    const a = kkN('f');
    const b = kkN('f');
    const t = clock();
    return D`[${t()}] ${PER(a.first)}: ${PER(b.first)}, сәлем! Түркиядағы жұмыс туралы ${PER(kkSuf(pick(KK_POOL.f.filter((x) => x !== a.first && x !== b.first)), 'ins'))} сөйлестің бе?
[${t()}] ${PER(b.first)}: иә, ол билетті өзі алады дейді, тек төлқұжаттың суретін жібер дейді
[${t()}] ${PER(a.first)}: абайла, менің құрбым солай кетіп, қазір хабарсыз. Оның анасының нөмірі ${PHN(phone('KZ'))}, хабарлас`;
  },
  // 5 аударым түбіртегі
  () => {
    const s = kkN(undefined, true);
    const r = kkN();
    return D`АУДАРЫМ ТҮБІРТЕГІ № ${dg(9)}
Жіберуші: ${PER(upper(lfp(s)))}
Жіберушінің шоты: ${IBN(iban('KZ', ri(0, 4)))}
Алушы: ${PER(upper(lf(r)))}
Алушының картасы: ${CRD(card(pick(['visa', 'mc']), pick([3, 4, 5, 6])))}
Сомасы: ${ri(20, 900)} 000 ₸
Төлем мақсаты: «${pick(['қарыз', 'билет', 'виза', 'жатақхана'])}»`;
  },
  // 6 шекара
  () => {
    const d = kkN('m');
    const o = kkN('m');
    return D`${dmy(evDate())} «${pick(['Қордай', 'Жібек жолы', 'Ақжол', 'Қазыбек бек'])}» өткізу бекетінде ${PLT(plate('KZ'))} мемлекеттік нөмірлі «${pick(['Toyota Estima', 'Hyundai Starex', 'Mercedes Sprinter'])}» көлігі тоқтатылды. Жүргізуші — ${PER(fl(d))}, көлік иесі — ${PER(fl(o))}. Салонда ${ri(4, 12)} азамат болған.`;
  },
  // 7 әлеуметтік желі
  () => {
    const v = kkN('f');
    const b = birth(1996, 2006);
    return D`Көмектесіңіздер!!! Қарындасым ${PER(fl(v))} (${BDT(`${b.y} жылы ${b.d} ${KK_LOC[b.m - 1]}`)} туған) ${pick(['Дубайға', 'Түркияға', 'Кореяға'])} жұмысқа кетіп, ${ri(2, 7)} айдан бері хабарсыз. Соңғы рет ${PHN(phone(pick(['AE', 'TR', 'KR'])))} нөмірінен хабарласты. Білетіндер ${HND(handle(pick([0, 3])))} парақшасына жазыңыздар немесе ${PHN(phone('KZ'))} нөміріне қоңырау шалыңыздар.`;
  },
  // 8 баспана журналы
  () => {
    const v = kkN('f');
    const sw = kkN('f');
    const d = evDate();
    return D`Дағдарыс орталығының журналы
${dmy(d)} — ${PER(v.first)} (${ri(17, 30)} жаста) полиция арқылы келді, құжаты жоқ.
${dmy(d)} — әлеуметтік қызметкер ${PER(fl(sw))} ${PER(kkSuf(v.first, 'ins'))} сөйлесті; ол «${PER(pick(['Роза апай', 'Қызыл', 'Бастық']).replace(/ апай$/, ''))}» деген әйелге ${ri(500, 3000)}$ қарызы бар екенін айтты.`;
  },
  // 9 сенім телефоны
  () => {
    const c = kkN('m');
    const v = kkN('f');
    return D`Сенім телефоны — қоңырау картасы
Қоңырау шалған: ${PER(c.first)}, жәбірленушінің ағасы
Жәбірленуші: ${PER(fl(v))}
Соңғы белгілі мекенжайы: ${ADR(ruAddr(pick(['RU', 'TR', 'AE'])))}
Қоңырау шалушының нөмірі: ${PHN(phone('KZ'))}
Іс-әрекет: ақпарат ${pick(['Бас прокуратураға', 'ХКҰ-ға', 'консулдыққа'])} жіберілді.`;
  },
  // 10 сұрақ-жауап
  () => {
    const rec = kkN('m');
    const nick = pick(['Бастық', 'Сары', 'Қара', 'Ағай']);
    return D`Сұрақ: Сізге жұмысты кім ұсынды?
Жауап: ${PER(rec.first)} деген жігіт, бәрі оны «${PER(nick)}» деп атайтын.
Сұрақ: Оның байланыс деректері бар ма?
Жауап: Иә, нөмірі ${PHN(phone(pick(['KZ', 'RU'])))}, поштасы ${EML(email())}.`;
  },
];
const KKL_T: (() => Part[])[] = [
  // 2021 form
  () => {
    const v = kk21N('f', true);
    const b = birth(1986, 2005);
    return J([
      'JÄBIRLENUŞIDEN JAUAP ALU HATTAMASY',
      D`Tegı: ${PER(v.last)}`,
      D`Aty: ${PER(v.first)}`,
      D`Äkesınıñ aty: ${PER(v.patr || '')}`,
      D`Tuğan künı: ${BDT(pick([dmy(b), `${b.y} jylğy ${b.d} ${MON.kk21[b.m - 1]}`]))}`,
      D`JSN: ${NID(kzIIN(b, false, chance(0.85)))}`,
      D`Mekenjaiy: ${ADR(kk21Addr())}`,
      D`Telefon: ${PHN(phone('KZ'))}`,
    ]);
  },
  // 2021 narrative
  () => {
    const v = kk21N('f');
    const rec = kk21N('m');
    const b = birth(1994, 2005);
    return D`Jäbırlenuşı ${PER(fl(v))} ${BDT(`${b.y} jyly ${b.d} ${KK21_LOC[b.m - 1]}`)} tuğan. ${ri(2021, 2023)} jyly ol ${PER(rec.first)} esımdı jıgıttıñ ūsynysymen Stambūlğa jūmysqa attandy. Ūiymdastyruşynyñ telefony ${PHN(phone('TR'))}, al aqşa ${CRD(card(pick(['visa', 'mc']), pick([0, 3, 5])))} kartasyna audaryldy.`;
  },
  // 2021 social
  () => {
    const v = kk21N('f');
    return D`Kömektesıñızder! Sıñlım ${PER(fl(v))} ${pick(['Dubaiğa', 'Türkiiağa', 'Koreiağa'])} ketıp, ${ri(2, 6)} aidan berı habarsyz. Bıletınder ${HND(handle(pick([0, 3])))} paraqşasyna jazyñyzdar nemese ${PHN(phone('KZ'))} nömırıne habarlasyñyzdar.`;
  },
  // 2018 form
  () => {
    const v = kk18N('f', true);
    const b = birth(1986, 2005);
    return J([
      'JÁBIRLENÝSHIDEN JAÝAP ALÝ HATTAMASY',
      D`Tegi: ${PER(v.last)}`,
      D`Aty: ${PER(v.first)}`,
      D`Ákesiniń aty: ${PER(v.patr || '')}`,
      D`Týǵan kúni: ${BDT(pick([dmy(b), `${b.y} jylǵy ${b.d} ${MON.kk18[b.m - 1]}`]))}`,
      D`JSN: ${NID(kzIIN(b, false, chance(0.85)))}`,
      D`Mekenjaıy: ${ADR(kk18Addr())}`,
      D`Telefony: ${PHN(phone('KZ'))}`,
    ]);
  },
  // 2018 narrative
  () => {
    const d = kk18N('m', true);
    const v = kk18N('f');
    const b = birth(1975, 1992);
    return D`Sottalýshy ${PER(lfp(d))} (${BDT(`${b.y} jyly ${b.d} ${KK18_LOC[b.m - 1]}`)} týǵan) jábirlenýshi ${PER(v.first)} Dýbaıdaǵy qonaqúıde jumys isteıtinine sendirip, onyń tólqujatyn alyp qoıǵan. Kólik: ${PLT(plate('KZ'))}.`;
  },
  // 2018 chat
  () => {
    const a = kk18N('f');
    const b = kk18N('m');
    const t = clock();
    return D`[${t()}] ${PER(a.first)}: ${PER(b.first)}, telefonymdy alyp qoıdy, mynaý nómirden jazyp otyrmyn ${PHN(phone('TR'))}
[${t()}] ${PER(b.first)}: qaıdasyń? mekenjaıyńdy jaz
[${t()}] ${PER(a.first)}: ${ADR(trAddr())}`;
  },
];
const KK_NEG_S: (() => string)[] = [
  () =>
    `${ri(2020, 2024)} жылы Қазақстан Республикасы Бас прокуратурасы адам саудасы бойынша ${ri(20, 150)} қылмыстық іс тіркеді.`,
  () =>
    `ҚР ҚК-нің 128-бабы бойынша қылмыстық іс № ${ri(19, 24)}${dg(13)} Алматы қаласының мамандандырылған сотына жіберілді.`,
  () => `Халықаралық көші-қон ұйымы (ХКҰ) Түркістан облысында «Қауіпсіз көші-қон» бағдарламасын іске асыруда.`,
  () => `Сенім телефоны 111 тәулік бойы тегін жұмыс істейді.`,
  () => `Абай даңғылы мен Сәтбаев көшесінің қиылысында орналасқан орталық ${dmy(evDate())} бастап жұмыс істейді.`,
  () => `Орталық Азия елдерінен Ресейге, Түркияға және БАӘ-ге еңбек мигранттарының ағыны артып отыр.`,
  () =>
    `Сот үкімі ${dmy(evDate())} заңды күшіне енді; сотталушыға ${ri(5, 15)} жылға бас бостандығынан айыру жазасы тағайындалды.`,
  () =>
    `${ri(2020, 2024)} jyly Qazaqstan Respublikasy Bas prokuratūrasy adam saudasy boiynşa ${ri(20, 150)} qylmystyq ıs tırkedı.`,
  () => `Halyqaralyq köşı-qon ūiymy Türkıstan oblysynda jobany ıske asyruda.`,
  () => `Sot úkimi ${dmy(evDate())} zańdy kúshine endi.`,
  () => `Ishki ister mınıstrligi men Halyqaralyq kóshi-qon uıymy arasynda memorandým qol qoıyldy.`,
];
const KK_NEG: (() => Part[])[] = [
  () => [
    pickN(KK_NEG_S.slice(0, 7), ri(2, 3))
      .map((f) => f())
      .join(' '),
  ],
];
const KKL_NEG: (() => Part[])[] = [
  () => [
    pickN(KK_NEG_S.slice(7, 9), 2)
      .map((f) => f())
      .join(' '),
  ],
  () => [
    pickN(KK_NEG_S.slice(9), 2)
      .map((f) => f())
      .join(' '),
  ],
];

// ---------------------------------------------------------------------------
// Kyrgyz templates
// ---------------------------------------------------------------------------
const KY_LOC = [
  'январда',
  'февралда',
  'мартта',
  'апрелде',
  'майда',
  'июнда',
  'июлда',
  'августта',
  'сентябрда',
  'октябрда',
  'ноябрда',
  'декабрда',
];
const kyBD = (b: Ymd) => pick([dmy(b), `${b.y}-жылы ${b.d}-${KY_LOC[b.m - 1]}`]);
const kyN = (g?: G, patr = false) => {
  const n = mkName(KY_POOL, 'KG', g, false);
  if (patr) n.patr = KY_POOL.patr!(pick(KY_POOL.fathers!), n.g);
  if (!patr && chance(0.2)) {
    n.last = KY_POOL.patr!(pick(KY_POOL.fathers!), n.g);
  }
  return n;
};
const KY_T: (() => Part[])[] = [
  // 1 сурак протоколу
  () => {
    const v = kyN('f', true);
    const b = birth(1986, 2005);
    return J([
      'ЖАБЫРЛАНУУЧУНУ СУРАКА АЛУУ ПРОТОКОЛУ',
      D`Фамилиясы, аты, атасынын аты: ${PER(chance(0.3) ? `${v.last} ${shy(v.first)} ${v.patr}` : lfp(v))}`,
      D`Туулган күнү: ${BDT(kyBD(b))}`,
      D`ПИН: ${NID(kgPIN(b, false))}`,
      D`Паспорт: ${PAS(chance(0.4) ? spacedSeries(passKG()) : passKG())}`,
      D`Дареги: ${ADR(kyAddr())}`,
      D`Телефону: ${PHN(phone('KG'))}`,
      D`Иштин жагдайы боюнча: ${ri(2020, 2023)}-жылы ${PER(pick(KY_POOL.f))} деген аял мени ${pick(['Түркияга', 'Дубайга', 'Москвага', 'Кореяга'])} ишке чакырды.`,
    ]);
  },
  // 2 өкүм
  () => {
    const d = kyN('m', true);
    const v1 = kyN('f');
    const v2 = kyN('f');
    const b = birth(1970, 1993);
    return D`ӨКҮМ (үзүндү)
Соттолуучу ${PER(lfp(d))}, ${BDT(kyBD(b))} туулган, ПИН ${NID(kgPIN(b, true))}, ${ADR(kyAddr())} дарегинде жашаган, КР Кылмыш-жаза кодексинин 171-беренеси боюнча айыпталган.
Сот аныктады: ${PER(kyGen(d.last))} жабырлануучулар ${PER(kyDat(v1.first))} жана ${PER(kyDat(v2.first))} ${pick(['Стамбулдагы', 'Дубайдагы', 'Москвадагы'])} кафеде иш убада кылып, алардын паспорттарын алып койгон.`;
  },
  // 3 жарнама
  () => {
    const w = kyN('f');
    return D`ЖУМУШ БАР! ${pick(['Стамбулга', 'Дубайга', 'Сеулга', 'Москвага'])} ${ri(18, 20)}-${ri(25, 32)} жаштагы кыздар керек: официант, бейбиситтер. Айлык ${ri(8, 20) * 100}$ дан жогору, жатакана бекер!
Байланыш: ${PHN(phone('KG'))} (WhatsApp) — ${PER(w.first)} эже
Instagram: ${HND(handle(pick([0, 3])))}`;
  },
  // 4 чат
  () => {
    const a = kyN('f');
    const b = kyN('m');
    const t = clock();
    return D`[${dmy(evDate())} ${t()}] ${PER(a.first)}: ${PER(b.first)} байке, телефонумду алып коюшту. бул ${PER(pick(KY_POOL.f).toLowerCase())} деген кыздын номери ${PHN(phone(pick(['RU', 'TR', 'AE'])))}
[${dmy(evDate())} ${t()}] ${PER(b.first)}: кайдасың? даректи жаз
[${dmy(evDate())} ${t()}] ${PER(a.first)}: ${ADR(ruAddr(pick(['RU', 'TR'])))}, бирок так билбейм`;
  },
  // 5 акча которуу
  () => {
    const s = kyN();
    const r = kyN(undefined, true);
    return D`АКЧА КОТОРУУ ЧЕГИ № ${dg(10)}
Жөнөтүүчү: ${PER(upper(fl(s)))}, тел. ${PHN(phone(pick(['RU', 'TR'])))}
Алуучу: ${PER(upper(lfp(r)))}
Алуучунун картасы: ${CRD(card(pick(['elcart', 'visa']), pick([0, 3, 4, 5])))}
Сумма: ${ri(5, 90)} 000 сом`;
  },
  // 6 журнал
  () => {
    const v = kyN('f');
    const sw = kyN('f');
    const d = evDate();
    return D`Кризистик борбордун журналы
${dmy(d)} — ${PER(v.first)} (${ri(17, 30)} жаш) чек ара кызматы аркылуу келди, документтери жок.
${dmy(d)} — социалдык кызматкер ${PER(fl(sw))} менен сүйлөштү. ${PER(kyGen(v.first))} айтымында, «${PER(pick(['Роза', 'Шеф', 'Кожоюн']))}» деген адам паспортун кармап турат.`;
  },
  // 7 ишеним телефону
  () => {
    const c = kyN('f');
    const v = kyN('f');
    const dest = pick(['RU', 'TR', 'AE', 'KR']);
    return D`Ишеним телефону — чалуу картасы
Чалган адам: ${PER(c.first)}, жабырлануучунун апасы
Жабырлануучу: ${PER(fl(v))}, ${ri(18, 29)} жашта
Чет өлкөдөгү дареги: ${ADR(ruAddr(dest))}
Жабырлануучунун номери: ${PHN(phone(dest))}
Чалуучунун номери: ${PHN(phone('KG'))}`;
  },
  // 8 пост
  () => {
    const v = kyN('f');
    const b = birth(1995, 2006);
    return D`Жардам бергиле!!! Карындашым ${PER(fl(v))}, ${BDT(`${b.y}-жылы ${b.d}-${KY_LOC[b.m - 1]}`)} туулган, ${pick(['Дубайга', 'Түркияга', 'Москвага'])} иштөөгө кетип, ${ri(2, 8)} айдан бери кабарсыз. Акыркы жолу ${PHN(phone(pick(['AE', 'TR', 'RU'])))} номеринен чалды. Билгендер ${HND(handle(pick([0, 3, 6])))} баракчасына жазгыла же ${PHN(phone('KG'))} чалгыла.`;
  },
  // 9 унаа
  () => {
    const d = kyN('m');
    const o = kyN('m');
    return D`${dmy(evDate())} «${pick(['Ак-Жол', 'Достук', 'Кызыл-Кыя', 'Карасуу'])}» өткөрүү пунктунда ${PLT(plate('KG'))} мамлекеттик номериндеги «${pick(['Honda Odyssey', 'Toyota Alphard', 'Hyundai Starex'])}» токтотулду. Айдоочу — ${PER(fl(d))}, унаанын ээси — ${PER(fl(o))}. Экинчи унаа ${PLT(plate('KZ'))} номери менен Казакстанга өтүп кеткен.`;
  },
  // 10 суроо-жооп
  () => {
    const rec = kyN('m');
    const nick = pick(['Кара', 'Шеф', 'Байке', 'Тажик']);
    return D`Суроо: Сизге ишти ким сунуштады?
Жооп: ${PER(rec.first)} деген жигит, баары аны «${PER(nick)}» деп чакырчу.
Суроо: Анын байланыштары барбы?
Жооп: Ооба, номери ${PHN(phone(pick(['KG', 'RU'])))}, Telegram аккаунту ${HND(handle(0))}.`;
  },
  // 11 MRZ with KG PIN
  () => {
    const p = enN('KG');
    const b = birth(1985, 2004);
    const num = passKG();
    return D`Паспорттун көчүрмөсү (${pick(['тинтүү учурунда алынган', 'иш берүүчүдөн алынган'])}):
${mrz('KG', p.last, p.first, num, b, p.g, kgPIN(b, p.g === 'm'))}`;
  },
];
const KY_NEG_S: (() => string)[] = [
  () =>
    `${ri(2020, 2024)}-жылы Кыргыз Республикасынын Башкы прокуратурасы адам сатуу боюнча ${ri(10, 90)} кылмыш ишин катталды.`,
  () =>
    `КР Кылмыш-жаза кодексинин 171-беренеси боюнча иш № ${ri(1, 9)}-${ri(100, 999)}/${ri(20, 24)} Бишкек шаардык сотуна жөнөтүлдү.`,
  () => `Эл аралык миграция уюму (ЭМУ) Ош облусунда «Коопсуз миграция» программасын ишке ашырууда.`,
  () => `Ишеним телефону 1410 күнү-түнү акысыз иштейт.`,
  () => `Чүй проспекти менен Манас көчөсүнүн кесилишиндеги борбор ${dmy(evDate())} баштап иштей баштады.`,
  () => `Борбор Азиядан Россияга, Түркияга жана БАЭге эмгек мигранттарынын агымы көбөйүүдө.`,
  () =>
    `Сот өкүмү ${dmy(evDate())} мыйзамдуу күчүнө кирди; соттолуучуга ${ri(5, 15)} жылга эркинен ажыратуу жазасы берилди.`,
  () => `Каракол, Нарын жана Талас шаарларында маалыматтык иш-чаралар өттү.`,
];
const KY_NEG: (() => Part[])[] = [
  () => [
    pickN(KY_NEG_S, ri(2, 3))
      .map((f) => f())
      .join(' '),
  ],
];

// ---------------------------------------------------------------------------
// Uzbek templates (Latin with varying apostrophes; Cyrillic)
// ---------------------------------------------------------------------------
// ʻ (U+02BB) marks oʻ/gʻ and ʼ (U+02BC) marks the tutuq belgisi in the source strings; each
// document is rendered with one apostrophe style by a 1:1 character substitution (offsets unchanged).
const UZ_APO_STYLES: [string, string][] = [
  ['ʻ', 'ʼ'],
  ["'", "'"],
  ['’', '’'],
  ['`', '`'],
  ['‘', '’'],
];
const uzBD = (b: Ymd) =>
  pick([dmy(b), `${b.y}-yil ${b.d}-${MON.uz[b.m - 1]}`, `${b.y}-yil ${b.d}-${MON.uz[b.m - 1]}da`]);
const uzN = (g?: G, patr = false) => mkName(UZL_POOL, 'UZ', g, patr);
const uzcN = (g?: G, patr = false) => mkName(UZC_POOL, 'UZ', g, patr);
const UZ_T: (() => Part[])[] = [
  // 1 so'roq bayonnomasi
  () => {
    const v = uzN('f', true);
    const b = birth(1985, 2005);
    return J([
      'JABRLANUVCHINI SOʻROQ QILISH BAYONNOMASI',
      D`Familiyasi, ismi, otasining ismi: ${PER(lfp(v))}`,
      D`Tugʻilgan sanasi: ${BDT(uzBD(b))}`,
      D`JSHSHIR: ${NID(uzPINFL(b, false, chance(0.85)))}`,
      D`Pasport: ${PAS(chance(0.4) ? spacedSeries(passUZ()) : passUZ())}`,
      D`Yashash manzili: ${ADR(uzLAddr())}`,
      D`Telefon: ${PHN(phone('UZ'))}`,
      D`Mazmunan: ${ri(2020, 2023)}-yilda ${PER(pick(UZL_POOL.f))} ismli ayol meni ${pick(['Turkiyaga', 'Dubayga', 'Rossiyaga', 'Koreyaga'])} ishga taklif qildi.`,
    ]);
  },
  // 2 hukm
  () => {
    const d = uzN('m', true);
    const v1 = uzN('f');
    const v2 = uzN('f');
    const b = birth(1970, 1993);
    return D`HUKM (koʻchirma)
Sudlanuvchi ${PER(lfp(d))}, ${BDT(uzBD(b))} tugʻilgan, JSHSHIR ${NID(uzPINFL(b, true))}, ${ADR(uzLAddr())} manzilida yashovchi, Oʻzbekiston Respublikasi JKning 135-moddasi bilan ayblangan.
Sud aniqladi: ${PER(d.last)} jabrlanuvchilar ${PER(uzSuf(v1.first, 'dat'))} va ${PER(uzSuf(v2.first, 'dat'))} ${pick(['Istanbuldagi', 'Dubaydagi', 'Moskvadagi'])} kafeda ish vaʼda qilib, ularning pasportlarini olib qoʻygan.`;
  },
  // 3 eʼlon
  () => {
    const w = uzN();
    return D`ISH BOR! ${pick(['Koreyaga', 'Polshaga', 'Turkiyaga', 'Dubayga'])} ${ri(18, 21)}-${ri(30, 40)} yoshli yigit-qizlar kerak: zavod, ferma, mehmonxona. Oylik ${ri(10, 25) * 100}$ dan, yotoqxona bepul!
Bogʻlanish: ${PHN(phone('UZ'))}, ${PER(w.first)} ${w.g === 'm' ? 'aka' : 'opa'}
Telegram: ${HND(handle(pick([0, 4])))}`;
  },
  // 4 telegram chat
  () => {
    const a = uzN('f');
    const b = uzN('m');
    const t = clock();
    return D`[${t()}] ${PER(a.first)}: ${PER(b.first)} aka, telefonimni olib qoʻyishdi, bu ${PER(uzSuf(pick(UZL_POOL.f).toLowerCase(), 'gen'))} raqami ${PHN(phone(pick(['TR', 'AE', 'RU'])))}
[${t()}] ${PER(b.first)}: qayerdasan? manzilni yoz
[${t()}] ${PER(a.first)}: ${ADR(trAddr())}. ${PER(uzSuf(pick(UZL_POOL.f), 'gen'))} akasi ham shu yerda`;
  },
  // 5 pul o'tkazmasi
  () => {
    const s = uzN();
    const r = uzN(undefined, true);
    return D`PUL OʻTKAZMASI KVITANSIYASI № ${dg(10)}
Joʻnatuvchi: ${PER(upper(fl(s)))}, tel. ${PHN(phone(pick(['RU', 'KR', 'TR'])))}
Qabul qiluvchi: ${PER(upper(lfp(r)))}
Karta: ${CRD(card(pick(['humo', 'uzcard']), pick([0, 1, 3, 4, 5])))}
Summa: ${ri(1, 30)} 000 000 soʻm`;
  },
  // 6 post
  () => {
    const v = uzN('f');
    const b = birth(1995, 2006);
    return D`Yordam beringlar!!! Singlim ${PER(fl(v))}, ${BDT(`${b.y}-yil ${b.d}-${MON.uz[b.m - 1]}da`)} tugʻilgan, ${pick(['Dubayga', 'Turkiyaga', 'Rossiyaga'])} ishga ketib, ${ri(2, 8)} oydan beri darak yoʻq. Oxirgi marta ${PHN(phone(pick(['AE', 'TR', 'RU'])))} raqamidan qoʻngʻiroq qildi. Bilganlar ${HND(handle(pick([0, 3, 4])))} ga yozinglar yoki ${PHN(phone('UZ'))} ga qoʻngʻiroq qilinglar.`;
  },
  // 7 reabilitatsiya markazi jurnali
  () => {
    const v = uzN('f');
    const sw = uzN('f');
    const d = evDate();
    return D`Reabilitatsiya markazi jurnali
${dmy(d)} — ${PER(v.first)} (${ri(17, 30)} yosh) chegara xizmati orqali keldi, hujjatlari yoʻq.
${dmy(d)} — ijtimoiy xodim ${PER(fl(sw))} bilan suhbatlashdi. ${PER(uzSuf(v.first, 'gen'))} aytishicha, «${PER(pick(['Roza', 'Xoʻjayin', 'Shef']))}» laqabli ayol pasportini ushlab turibdi.`;
  },
  // 8 ishonch telefoni
  () => {
    const c = uzN('m');
    const v = uzN('f');
    const dest = pick(['RU', 'TR', 'AE', 'KR']);
    return D`Ishonch telefoni — qoʻngʻiroq kartasi
Qoʻngʻiroq qilgan: ${PER(c.first)}, jabrlanuvchining otasi
Jabrlanuvchi: ${PER(fl(v))}
Xorijdagi manzili: ${ADR(enAddr(dest))}
Jabrlanuvchining raqami: ${PHN(phone(dest))}
Qoʻngʻiroq qiluvchining raqami: ${PHN(phone('UZ'))}`;
  },
  // 9 avtomashina
  () => {
    const d = uzN('m');
    const o = uzN('m');
    return D`${dmy(evDate())} kuni «${pick(['Oybek', 'Yallama', 'Doʻstlik', 'Gulbahor'])}» chegara postida ${PLT(plate('UZ'))} davlat raqamli «${pick(['Chevrolet Damas', 'Chevrolet Cobalt', 'Hyundai Starex'])}» avtomashinasi toʻxtatildi. Haydovchi — ${PER(fl(d))}, avtomashina egasi — ${PER(fl(o))}. Salonda ${ri(4, 10)} nafar fuqaro boʻlgan.`;
  },
  // 10 savol-javob
  () => {
    const rec = uzN('m');
    const nick = pick(['Shef', 'Qora', 'Bosh', 'Usta']);
    return D`Savol: Sizga ishni kim taklif qildi?
Javob: ${PER(rec.first)} degan yigit, hamma uni «${PER(nick)}» deb chaqirardi.
Savol: Uning aloqa maʼlumotlari bormi?
Javob: Ha, raqami ${PHN(phone(pick(['UZ', 'RU'])))}, pochtasi ${EML(email())}.`;
  },
  // 11 Karakalpak victim
  () => {
    const v: Nm = {
      g: 'f',
      first: pick(['Aysánem', 'Gúlziyra', 'Mápruza', 'Aysanem', 'Gulziyra']),
      last: pick(['Embergenova', 'Qudaybergenova', 'Tajimuratova', 'Aytbaeva', 'Seytmuratova']),
      origin: 'UZ',
    };
    const b = birth(1990, 2004);
    return D`Nukus shahrilik ${PER(fl(v))} (${BDT(dmy(b))}) ${pick(['Qozogʻistonga', 'Rossiyaga', 'Turkiyaga'])} ishga olib ketilgan. ${PER(uzSuf(v.first, 'gen'))} onasi ${PER(pick(['Gulshara', 'Bibiaysha', 'Roza']))} opa ${ADR(uzLAddr())} manzilida yashaydi, tel. ${PHN(phone('UZ'))}.`;
  },
];
const UZC_T: (() => Part[])[] = [
  () => {
    const v = uzcN('f', true);
    const b = birth(1985, 2005);
    return J([
      'ЖАБРЛАНУВЧИНИ СЎРОҚ ҚИЛИШ БАЁННОМАСИ',
      D`Фамилияси, исми, отасининг исми: ${PER(lfp(v))}`,
      D`Туғилган санаси: ${BDT(pick([dmy(b), `${b.y} йил ${b.d} ${MON.uzC[b.m - 1]}`]))}`,
      D`ЖШШИР: ${NID(uzPINFL(b, false, chance(0.85)))}`,
      D`Паспорт: ${PAS(passUZ())}`,
      D`Манзили: ${ADR(uzCAddr())}`,
      D`Телефон: ${PHN(phone('UZ'))}`,
    ]);
  },
  () => {
    const d = uzcN('m', true);
    const v = uzcN('f');
    const b = birth(1970, 1993);
    return D`Судланувчи ${PER(lfp(d))}, ${BDT(`${b.y} йил ${b.d} ${MON.uzC[b.m - 1]}да`)} туғилган, жабрланувчи ${PER(uzcSuf(v.first, 'dat'))} Дубайдаги меҳмонхонада иш ваъда қилиб, унинг паспортини олиб қўйган. Ўтказмалар ${CRD(card(pick(['humo', 'uzcard']), pick([0, 3, 4])))} картаси орқали амалга оширилган.`;
  },
  () => {
    const v = uzcN('f');
    const m = uzcN('f');
    return D`Ёрдам беринглар! Синглим ${PER(fl(v))} ${pick(['Туркияга', 'Дубайга', 'Россияга'])} ишга кетиб, ${ri(2, 8)} ойдан бери дарак йўқ. Онаси ${PER(m.first)} опа билан ${PHN(phone('UZ'))} рақами орқали боғланинг. Telegram: ${HND(handle(0))}`;
  },
  () => {
    const d = uzcN('m');
    const o = uzcN('m');
    return D`${dmy(evDate())} куни ${PLT(plate('UZ'))} давлат рақамли автомашина тўхтатилди. Ҳайдовчи — ${PER(fl(d))}, автомашина эгаси — ${PER(fl(o))}. Салонда ${ri(4, 10)} нафар фуқаро бўлган.`;
  },
  () => {
    const rec = uzcN('f');
    const v = uzcN('f');
    return D`Савол: Сизни ким ишга таклиф қилди?
Жавоб: ${PER(rec.first)} исмли аёл. У ${PER(uzcSuf(v.first, 'gen'))} қўшниси эди, рақами ${PHN(phone(pick(['UZ', 'TR'])))}.`;
  },
];
const UZ_NEG_S: (() => string)[] = [
  () =>
    `${ri(2020, 2024)}-yilda Oʻzbekiston Respublikasi Bosh prokuraturasi odam savdosi boʻyicha ${ri(20, 200)} ta jinoyat ishi qoʻzgʻatdi.`,
  () =>
    `JKning 135-moddasi boʻyicha ish № ${ri(1, 9)}-${ri(1000, 9999)}/${ri(20, 24)} Toshkent shahar jinoyat ishlari boʻyicha sudiga yuborildi.`,
  () => `Xalqaro migratsiya tashkiloti (XMT) Fargʻona vodiysida «Xavfsiz migratsiya» dasturini amalga oshirmoqda.`,
  () => `Ishonch telefoni 1102 kecha-kunduz bepul ishlaydi.`,
  () => `Amir Temur koʻchasi va Mustaqillik maydoni yaqinidagi markaz ${dmy(evDate())} dan ishlay boshladi.`,
  () => `Markaziy Osiyodan Rossiya, Turkiya va BAAga mehnat migrantlari oqimi koʻpaymoqda.`,
  () =>
    `Sud hukmi ${dmy(evDate())} qonuniy kuchga kirdi; sudlanuvchiga ${ri(5, 15)} yil ozodlikdan mahrum qilish jazosi tayinlandi.`,
  () => `Nukus, Termiz va Qarshi shaharlarida ogohlantirish tadbirlari oʻtkazildi.`,
  () => `Одам савдосига қарши курашиш бўйича Республика идоралараро комиссияси ${dmy(evDate())} куни йиғилиш ўтказди.`,
  () => `Жиноят кодексининг 135-моддаси бўйича ${ri(10, 90)} та иш судга юборилди.`,
];
const UZ_NEG: (() => Part[])[] = [
  () => [
    pickN(UZ_NEG_S.slice(0, 8), ri(2, 3))
      .map((f) => f())
      .join(' '),
  ],
];
const UZC_NEG: (() => Part[])[] = [
  () => [
    pickN(UZ_NEG_S.slice(8), 2)
      .map((f) => f())
      .join(' '),
  ],
];

// ---------------------------------------------------------------------------
// Tajik templates
// ---------------------------------------------------------------------------
const TG_MONI = [
  'январи',
  'феврали',
  'марти',
  'апрели',
  'майи',
  'июни',
  'июли',
  'августи',
  'сентябри',
  'октябри',
  'ноябри',
  'декабри',
];
const tgBD = (b: Ymd) => pick([dmy(b), `${b.d} ${TG_MONI[b.m - 1]} соли ${b.y}`, `${dmy(b)}`]);
const tgN = (g?: G, patr = false) => mkName(TG_POOL, 'TJ', g, patr);
const TG_T: (() => Part[])[] = [
  // 1 протокол
  () => {
    const v = tgN('f', true);
    const b = birth(1985, 2005);
    return J([
      'ПРОТОКОЛИ ПУРСИШИ ҶАБРДИДА',
      D`Насаб, ном, номи падар: ${PER(lfp(v))}`,
      D`Санаи таваллуд: ${BDT(tgBD(b))}`,
      D`РМА: ${NID(tjINN())}`,
      D`Шиноснома: ${PAS(passTJ())}`,
      D`Суроға: ${ADR(tgAddr())}`,
      D`Телефон: ${PHN(phone('TJ'))}`,
      D`Оид ба ҳолат: соли ${ri(2020, 2023)} зане бо номи ${PER(pick(TG_POOL.f))} маро ба ${pick(['Туркия', 'Дубай', 'Русия', 'Корея'])} ба кор даъват кард.`,
    ]);
  },
  // 2 ҳукм
  () => {
    const d = tgN('m', true);
    const v1 = tgN('f');
    const v2 = tgN('f');
    const b = birth(1970, 1993);
    return D`ҲУКМ (иқтибос)
Судшаванда ${PER(lfp(d))}, ${BDT(tgBD(b))} таваллуд шуда, сокини ${ADR(tgAddr())}, бо моддаи 130.1 КҶ ҶТ айбдор дониста шуд.
Суд муқаррар намуд: ${PER(d.last)} ҷабрдидагон ${PER(v1.first)} ва ${PER(v2.first + 'ро')} бо ваъдаи кор дар ${pick(['тарабхонаи Дубай', 'меҳмонхонаи Истанбул', 'сехи дӯзандагии Маскав'])} фиреб дода, шиносномаҳояшонро гирифтааст.`;
  },
  // 3 эълон
  () => {
    const w = tgN();
    return D`КОР ҲАСТ! Ба ${pick(['Дубай', 'Истанбул', 'Маскав', 'Сеул'])} духтарон ва ҷавонони ${ri(18, 20)}-${ri(30, 35)} сола лозиманд. Маош аз ${ri(8, 20) * 100}$, хобгоҳ ройгон!
Тамос: ${PHN(phone('TJ'))}, ${PER(w.first)}
Telegram: ${HND(handle(pick([0, 4])))}`;
  },
  // 4 чат
  () => {
    const a = tgN('f');
    const b = tgN('m');
    const t = clock();
    return D`[${t()}] ${PER(a.first)}: ${PER(b.first)} ҷон, телефонамро гирифтанд. ин рақами ${PER(pick(TG_POOL.f).toLowerCase())} ${PHN(phone(pick(['RU', 'TR', 'AE'])))}
[${t()}] ${PER(b.first)}: дар куҷоӣ? суроғаро навис
[${t()}] ${PER(a.first)}: ${ADR(ruAddr(pick(['RU', 'AE'])))}`;
  },
  // 5 интиқоли пул
  () => {
    const s = tgN();
    const r = tgN(undefined, true);
    return D`КВИТАНСИЯИ ИНТИҚОЛИ ПУЛ № ${dg(10)}
Фиристанда: ${PER(upper(fl(s)))}, тел. ${PHN(phone('RU'))}
Гиранда: ${PER(upper(lfp(r)))}
Корт: ${CRD(card('kortimilli', pick([0, 3, 4, 5])))}
Маблағ: ${ri(1, 40) * 500} сомонӣ`;
  },
  // 6 паноҳгоҳ
  () => {
    const v = tgN('f');
    const sw = tgN('f');
    const d = evDate();
    return D`Дафтари паноҳгоҳ
${dmy(d)} — ${PER(v.first)} (${ri(17, 30)} сола) тавассути сарҳадбонон омад, ҳуҷҷат надорад.
${dmy(d)} — бо корманди иҷтимоӣ ${PER(fl(sw))} сӯҳбат кард. Ба гуфтаи ${PER(v.first)}, зане бо лақаби «${PER(pick(['Холаҷон', 'Хоҷа', 'Шеф']))}» шиносномаашро нигоҳ медорад.`;
  },
  // 7 хати боварӣ
  () => {
    const c = tgN('m');
    const v = tgN('f');
    const dest = pick(['RU', 'TR', 'AE']);
    return D`Хати боварӣ — корти занг
Зангзананда: ${PER(c.first)}, бародари ҷабрдида
Ҷабрдида: ${PER(fl(v))}
Суроға дар хориҷа: ${ADR(ruAddr(dest))}
Рақами ҷабрдида: ${PHN(phone(dest))}
Рақами зангзананда: ${PHN(phone('TJ'))}`;
  },
  // 8 пост
  () => {
    const v = tgN('f');
    const b = birth(1995, 2006);
    return D`Кӯмак кунед!!! Хоҳарам ${PER(fl(v))}, ${BDT(`${b.d} ${TG_MONI[b.m - 1]} соли ${b.y}`)} таваллуд шуда, ба ${pick(['Дубай', 'Туркия', 'Русия'])} ба кор рафта, ${ri(2, 8)} моҳ боз дарак нест. Охирин бор аз рақами ${PHN(phone(pick(['AE', 'TR', 'RU'])))} занг зад. Касоне, ки медонанд, ба ${HND(handle(pick([0, 3])))} нависед ё ба ${PHN(phone('TJ'))} занг занед.`;
  },
  // 9 мошин
  () => {
    const d = tgN('m');
    const o = tgN('m');
    return D`${dmy(evDate())} дар гузаргоҳи «${pick(['Фотеҳобод', 'Ойбек', 'Қаромиқ', 'Данғара'])}» мошини «${pick(['Opel Zafira', 'Toyota Alphard', 'Hyundai Starex'])}» бо рақами давлатии ${PLT(plate('TJ'))} боздошт шуд. Ронанда — ${PER(fl(d))}, соҳиби мошин — ${PER(fl(o))}.`;
  },
  // 10 савол-ҷавоб
  () => {
    const rec = tgN('m');
    const nick = pick(['Шеф', 'Сиёҳ', 'Ака', 'Хоҷа']);
    return D`Савол: Кӣ ба шумо корро пешниҳод кард?
Ҷавоб: Ҷавоне бо номи ${PER(rec.first)}, ҳама ӯро «${PER(nick)}» мегуфтанд.
Савол: Рақам ё суроғаи электронии ӯ ҳаст?
Ҷавоб: Ҳа, рақамаш ${PHN(phone(pick(['TJ', 'RU'])))}, почтааш ${EML(email())}.`;
  },
  // 11 MRZ
  () => {
    const p = tgN();
    const b = birth(1985, 2004);
    const num = passTJ();
    return D`Нусхаи шиносномаи хориҷӣ, ки аз корфармо гирифта шуд:
${mrz('TJ', p.last, p.first, num, b, p.g)}
Соҳиби шиноснома: ${PER(fl(p))}, ки аз ${dmy(evDate())} бедарак аст.`;
  },
];
const TG_NEG_S: (() => string)[] = [
  () =>
    `Соли ${ri(2020, 2024)} Прокуратураи генералии Ҷумҳурии Тоҷикистон оид ба савдои одамон ${ri(10, 90)} парвандаи ҷиноятӣ оғоз намуд.`,
  () =>
    `Парванда № ${ri(1, 9)}-${ri(100, 999)}/${ri(20, 24)} тибқи моддаи 130.1 КҶ ҶТ ба Суди шаҳри Душанбе ирсол гардид.`,
  () => `Созмони байналмилалии муҳоҷират (СБМ) дар вилояти Хатлон барномаи «Муҳоҷирати бехатар»-ро амалӣ менамояд.`,
  () => `Хати боварии 1313 шабонарӯзӣ ва ройгон кор мекунад.`,
  () => `Маркази нав дар кӯчаи Айнӣ ва хиёбони Рӯдакӣ аз ${dmy(evDate())} фаъолият мекунад.`,
  () => `Аз Осиёи Марказӣ ба Русия, Туркия ва АМА ҷараёни муҳоҷирони меҳнатӣ афзуда истодааст.`,
  () =>
    `Ҳукми суд ${dmy(evDate())} эътибори қонунӣ пайдо кард; ба судшаванда ${ri(5, 15)} сол маҳрум сохтан аз озодӣ таъин гардид.`,
  () => `Дар шаҳрҳои Хуҷанд, Кӯлоб ва Бохтар чорабиниҳои огоҳкунӣ гузаронида шуданд.`,
];
const TG_NEG: (() => Part[])[] = [
  () => [
    pickN(TG_NEG_S, ri(2, 3))
      .map((f) => f())
      .join(' '),
  ],
];

// ---------------------------------------------------------------------------
// Driver
// ---------------------------------------------------------------------------
interface Plan {
  lang: Lang;
  script: Script;
  pos: (() => Part[])[];
  neg: (() => Part[])[];
  nPos: number;
  nNeg: number;
  post?: (t: string) => string;
}
function uzApostrophes(t: string): string {
  const [okina, tutuq] = pick(UZ_APO_STYLES);
  return t.replace(/ʻ/g, okina).replace(/ʼ/g, tutuq);
}
const PLANS: Plan[] = [
  { lang: 'ru', script: 'cyrillic', pos: RU_T, neg: RU_NEG, nPos: 182, nNeg: 36 },
  { lang: 'en', script: 'latin', pos: EN_T, neg: EN_NEG, nPos: 122, nNeg: 24 },
  { lang: 'tr', script: 'latin', pos: TR_T, neg: TR_NEG, nPos: 60, nNeg: 12 },
  { lang: 'kk', script: 'cyrillic', pos: KK_T, neg: KK_NEG, nPos: 38, nNeg: 8 },
  { lang: 'kk', script: 'latin', pos: KKL_T, neg: KKL_NEG, nPos: 24, nNeg: 5 },
  { lang: 'ky', script: 'cyrillic', pos: KY_T, neg: KY_NEG, nPos: 60, nNeg: 12 },
  { lang: 'uz', script: 'latin', pos: UZ_T, neg: UZ_NEG, nPos: 42, nNeg: 9, post: uzApostrophes },
  { lang: 'uz', script: 'cyrillic', pos: UZC_T, neg: UZC_NEG, nPos: 18, nNeg: 4 },
  { lang: 'tg', script: 'cyrillic', pos: TG_T, neg: TG_NEG, nPos: 60, nNeg: 12 },
];

const EDGE_BAD = /[\s.,;:!?"'«»()\[\]{}—–\-…“”„‘’`ʻʼ*\/\\|<>]/;
function validate(r: Rec) {
  const fail = (m: string) => {
    throw new Error(`${r.id}: ${m}\n${r.text}`);
  };
  if (/undefined|NaN|\[object/.test(r.text)) fail('bad token in text');
  let prevEnd = -1;
  for (const s of r.spans) {
    if (!(s.start < s.end)) fail('empty span');
    if (s.start < 0 || s.end > r.text.length) fail('out of range');
    if (s.start < prevEnd) fail('overlap');
    prevEnd = s.end;
    const v = r.text.slice(s.start, s.end);
    const first = v[0],
      last = v[v.length - 1];
    if (EDGE_BAD.test(first) && !(first === '+' || first === '@')) fail(`bad leading char in "${v}"`);
    if (EDGE_BAD.test(last)) fail(`bad trailing char in "${v}"`);
    if (v.includes('\n') && s.type !== 'PERSON') fail(`newline inside ${s.type} "${v}"`);
    if (v.trim() !== v) fail('whitespace edge');
  }
}

function main() {
  const out: Rec[] = [];
  const seen = new Set<string>();
  for (const plan of PLANS) {
    const items: { text: string; spans: Span[] }[] = [];
    const make = (f: () => Part[]) => {
      for (let tries = 0; tries < 50; tries++) {
        USED.clear();
        const a = assemble(f());
        if (plan.post) a.text = plan.post(a.text);
        if (seen.has(a.text)) continue;
        seen.add(a.text);
        a.spans.sort((x, y) => x.start - y.start);
        return a;
      }
      throw new Error('could not produce a unique snippet');
    };
    for (let i = 0; i < plan.nPos; i++) items.push(make(plan.pos[i % plan.pos.length]));
    for (let i = 0; i < plan.nNeg; i++) items.push(make(plan.neg[i % plan.neg.length]));
    for (const it of shuffle(items))
      out.push({ id: '', language: plan.lang, script: plan.script, text: it.text, spans: it.spans });
  }
  const counters: Record<string, number> = {};
  for (const r of out) {
    counters[r.language] = (counters[r.language] || 0) + 1;
    r.id = `heldout15-${r.language}-${String(counters[r.language]).padStart(3, '0')}`;
    validate(r);
  }
  // stable order: by language block as produced, ids sequential within language
  const root = typeof __dirname !== 'undefined' ? path.join(__dirname, '..') : process.cwd();
  const file = path.join(root, 'test', 'fixtures', 'anonymizer-heldout-15.jsonl');
  fs.writeFileSync(
    file,
    out
      .map((r) => JSON.stringify({ id: r.id, language: r.language, script: r.script, text: r.text, spans: r.spans }))
      .join('\n') + '\n',
  );
  const byType: Record<string, number> = {};
  let spans = 0,
    neg = 0;
  for (const r of out) {
    if (!r.spans.length) neg++;
    for (const s of r.spans) {
      byType[s.type] = (byType[s.type] || 0) + 1;
      spans++;
    }
  }
  const byLang: Record<string, number> = {};
  for (const r of out) {
    const k = `${r.language}/${r.script}`;
    byLang[k] = (byLang[k] || 0) + 1;
  }
  console.log(JSON.stringify({ snippets: out.length, spans, negatives: neg, byType, byLang }, null, 1));
}
main();
