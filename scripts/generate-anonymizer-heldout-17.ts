/* eslint-disable */
// @ts-nocheck: a held-out generator, written without reading the code; it is run, not imported.
/**
 * Held-out evaluation set #17 for the personal-data anonymizer.
 *
 * Deterministically generates synthetic snippets written in the voice of
 * anonymised human-trafficking case material (victim interviews, chat exports
 * quoted in evidence, police reports, NGO intake forms, court decisions,
 * migration records, bank statements, registers, social-media posts and job
 * adverts) in ru, kk, uz, ky, tg, tr and en, together with gold spans
 * (UTF-16 code units, end exclusive) of the types PERSON, PHONE, EMAIL,
 * NATIONAL_ID, PASSPORT, CARD, IBAN, ADDRESS, BIRTH_DATE, PLATE and HANDLE.
 * Roughly a fifth of the snippets are hard negatives without any span.
 * Every name, number and address is invented.
 *
 * Kazakh snippets are written in Cyrillic and rendered either as Cyrillic or
 * in the 2018 / 2021 official Latin orthographies; Uzbek snippets are written
 * in Latin (with a marker for the oʻ/gʻ sign) and rendered as Cyrillic or as
 * Latin with ', ‘, ʻ or ` as the sign.
 *
 * Output: test/fixtures/anonymizer-heldout-17.jsonl
 * Run from the repository root:
 *   npx tsx scripts/generate-anonymizer-heldout-17.ts
 * Uses only node's standard library and a seeded PRNG; no network access.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

const ROOT = typeof __dirname !== 'undefined' ? resolve(__dirname, '..') : process.cwd();
const OUT = resolve(ROOT, 'test/fixtures/anonymizer-heldout-17.jsonl');

// ------------------------------------------------------------------ PRNG & basics
function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rnd = mulberry32(0x17a3c5e1);
const ri = (a, b) => a + Math.floor(rnd() * (b - a + 1));
const pick = (arr) => arr[Math.floor(rnd() * arr.length)];
const chance = (p) => rnd() < p;
const dg = (n) => {
  let s = '';
  for (let i = 0; i < n; i++) s += String(ri(0, 9));
  return s;
};
const pad = (n, w = 2) => String(n).padStart(w, '0');
function shuffle(arr) {
  const b = arr.slice();
  for (let i = b.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [b[i], b[j]] = [b[j], b[i]];
  }
  return b;
}
const isUp = (c) => !!c && c !== c.toLowerCase();
const isL = (c) => !!c && /\p{L}/u.test(c);
const cap = (s) => s.charAt(0).toUpperCase() + s.slice(1);
const upperTr = (s) => s.replace(/i/g, 'İ').toUpperCase();
const lowerTr = (s) => s.replace(/I/g, 'ı').replace(/İ/g, 'i').toLowerCase();
function clock() {
  let h = ri(7, 21),
    m = ri(0, 40);
  return () => {
    m += ri(0, 6);
    if (m > 59) {
      m -= 60;
      h = (h + 1) % 24;
    }
    return `${pad(h)}:${pad(m)}`;
  };
}

// ------------------------------------------------------------------ parts
// A snippet is a list of parts: plain strings, entity parts {t, v} and raw parts {v, raw}.
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
const ent =
  (t) =>
  (v, raw = false) => ({ t, v: String(v), raw });
const PER = ent('PERSON');
const PHO = ent('PHONE');
const EML = ent('EMAIL');
const NID = ent('NATIONAL_ID');
const PAS = ent('PASSPORT');
const CRD = ent('CARD');
const IBN = ent('IBAN');
const ADR = ent('ADDRESS');
const DOB = ent('BIRTH_DATE');
const PLT = ent('PLATE');
const HDL = ent('HANDLE');
const RAW = (v) => ({ v: String(v), raw: true });
function S(strs, ...vals) {
  const out = [];
  const push = (v) => {
    if (v == null || v === '') return;
    if (Array.isArray(v)) v.forEach(push);
    else if (typeof v === 'object') out.push(v);
    else out.push(String(v));
  };
  strs.forEach((s, i) => {
    push(s);
    if (i < vals.length) push(vals[i]);
  });
  return out;
}
const JL = (rows, sep = '\n') => rows.flatMap((r, i) => (i ? [sep, ...[].concat(r)] : [].concat(r)));
const TR_TYPES = new Set(['PERSON', 'ADDRESS', 'BIRTH_DATE']);
function assemble(parts, tr) {
  let text = '';
  const spans = [];
  for (const p of parts) {
    if (typeof p === 'string') {
      text += tr ? tr(p) : p;
      continue;
    }
    const v = tr && !p.raw && TR_TYPES.has(p.t) ? tr(p.v) : p.v;
    if (!p.t) {
      text += v;
      continue;
    }
    const start = text.length;
    text += v;
    spans.push({ start, end: text.length, type: p.t });
  }
  return { text, spans };
}

// soft hyphen inside a name (never splitting a digraph or the oʻ/gʻ marker)
const NOSPLIT = new Set(['sh', 'ch', 'ng', 'ya', 'yo', 'yu', 'ye', 'kh', 'zh', 'ts', 'o^', 'g^']);
function shyWord(w) {
  const a = [...w];
  if (a.length < 4) return w;
  for (let t = 0; t < 12; t++) {
    const k = ri(2, a.length - 2);
    const pair = (a[k - 1] + a[k]).toLowerCase();
    if (a[k] === '^' || NOSPLIT.has(pair)) continue;
    return a.slice(0, k).join('') + '\u00AD' + a.slice(k).join('');
  }
  return w;
}
function shy(full) {
  const ws = full.split(' ');
  let bi = 0;
  ws.forEach((w, i) => {
    if (w.length > ws[bi].length) bi = i;
  });
  ws[bi] = shyWord(ws[bi]);
  return ws.join(' ');
}

// ------------------------------------------------------------------ transliteration
const KK18 = {
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
const KK21 = {
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
  й: 'y',
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
  ч: 'ç',
  ш: 'ş',
  щ: 'şş',
  ъ: '',
  ы: 'ı',
  і: 'i',
  ь: '',
  э: 'e',
  ю: 'iu',
  я: 'ia',
};
const up18 = (s) => s.toUpperCase();
const up21 = (s) => s.replace(/i/g, 'İ').toUpperCase();
function tlit(s, map, up) {
  const a = [...s];
  let o = '';
  for (let i = 0; i < a.length; i++) {
    const c = a[i];
    const m = map[c.toLowerCase()];
    if (m === undefined) {
      o += c;
      continue;
    }
    if (m && isUp(c)) {
      const all = (isL(a[i + 1]) && isUp(a[i + 1])) || (isL(a[i - 1]) && isUp(a[i - 1]));
      o += all ? up(m) : up(m[0]) + m.slice(1);
    } else o += m;
  }
  return o;
}
const kk18 = (s) => tlit(s, KK18, up18);
const kk21 = (s) => tlit(s, KK21, up21);

const UZ1 = {
  a: 'а',
  b: 'б',
  c: 'с',
  d: 'д',
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
  w: 'в',
  x: 'х',
  y: 'й',
  z: 'з',
  "'": 'ъ',
};
const UZ2 = { 'o^': 'ў', 'g^': 'ғ', sh: 'ш', ch: 'ч', yo: 'ё', yu: 'ю', ya: 'я', ye: 'е' };
function uzCyr(s) {
  const a = [...s];
  let o = '';
  for (let i = 0; i < a.length;) {
    const c = a[i];
    const lo = c.toLowerCase();
    const two = lo + (a[i + 1] || '').toLowerCase();
    let out, len;
    if (UZ2[two] && !(two === 'yo' && a[i + 2] === '^')) {
      out = UZ2[two];
      len = 2;
    } else if (lo === 'e') {
      const pv = a[i - 1] === '\u00AD' ? a[i - 2] : a[i - 1];
      const vowelBefore =
        pv === '^' ? (a[i - 2] || '').toLowerCase() === 'o' : 'aeiou'.includes((pv || '').toLowerCase());
      out = isL(pv) || pv === '^' ? (vowelBefore ? 'э' : 'е') : 'э';
      len = 1;
    } else if (two === 'ts' && (a[i + 2] || '').toLowerCase() === 'i' && (a[i + 3] || '').toLowerCase() === 'y') {
      out = 'ц';
      len = 2;
    } else if (UZ1[lo] !== undefined) {
      out = UZ1[lo];
      len = 1;
    } else {
      o += c;
      i++;
      continue;
    }
    if (isUp(c)) {
      const nx = a[i + len];
      const all =
        (isL(nx) && isUp(nx)) || (isL(a[i - 1]) && isUp(a[i - 1])) || (len === 2 && a[i + 1] !== '^' && isUp(a[i + 1]));
      out = all ? out.toUpperCase() : out[0].toUpperCase() + out.slice(1);
    }
    o += out;
    i += len;
  }
  return o;
}

// ------------------------------------------------------------------ case suffixes
const KK_BACK = 'аоұыяё';
const KK_FRONT = 'әеөүіэ';
function kkFront(w) {
  const s = w.toLowerCase();
  for (let i = s.length - 1; i >= 0; i--) {
    if (KK_BACK.includes(s[i])) return false;
    if (KK_FRONT.includes(s[i])) return true;
  }
  return s.includes('и');
}
function kkSuf(w, c) {
  const f = kkFront(w);
  const l = w.slice(-1).toLowerCase();
  const V = 'аәеёиоөұүыіэюя'.includes(l);
  const NAS = 'мнң'.includes(l);
  const SON = 'лрйу'.includes(l);
  const ZH = 'жз'.includes(l);
  const vl = f ? 'е' : 'а';
  const vh = f ? 'і' : 'ы';
  switch (c) {
    case 'gen':
      return w + (V || NAS ? 'н' : SON || ZH ? 'д' : 'т') + vh + 'ң';
    case 'acc':
      return w + (V ? 'н' : SON || NAS || ZH ? 'д' : 'т') + vh;
    case 'dat':
      return w + (V || SON || NAS || ZH ? (f ? 'г' : 'ғ') : f ? 'к' : 'қ') + vl;
    case 'loc':
      return w + (V || SON || NAS || ZH ? 'д' : 'т') + vl;
    case 'abl':
      return w + (NAS ? 'н' : V || SON || ZH ? 'д' : 'т') + vl + 'н';
    case 'ins':
      return w + (V || SON || NAS ? 'м' : ZH ? 'б' : 'п') + 'ен';
  }
  return w;
}
function kyVow(w) {
  const s = w.toLowerCase();
  for (let i = s.length - 1; i >= 0; i--) {
    const ch = s[i];
    if ('аыя'.includes(ch)) return ['а', 'ы'];
    if ('оё'.includes(ch)) return ['о', 'у'];
    if ('ую'.includes(ch)) return ['а', 'у'];
    if ('еэи'.includes(ch)) return ['е', 'и'];
    if ('өү'.includes(ch)) return ['ө', 'ү'];
  }
  return ['а', 'ы'];
}
function kySuf(w, c) {
  const [lo, hi] = kyVow(w);
  const l = w.slice(-1).toLowerCase();
  const V = 'аеёиоөуүыэюя'.includes(l);
  const VL = 'кпстфхчшщц'.includes(l);
  switch (c) {
    case 'gen':
      return w + (V ? 'н' : VL ? 'т' : 'д') + hi + 'н';
    case 'acc':
      return w + (V ? 'н' : VL ? 'т' : 'д') + hi;
    case 'dat':
      return w + (VL ? 'к' : 'г') + lo;
    case 'loc':
      return w + (VL ? 'т' : 'д') + lo;
    case 'abl':
      return w + (VL ? 'т' : 'д') + lo + 'н';
  }
  return w;
}
function uzSuf(w, c) {
  const l = w.slice(-1).toLowerCase();
  switch (c) {
    case 'gen':
      return w + 'ning';
    case 'acc':
      return w + 'ni';
    case 'dat':
      return w + (l === 'k' ? 'ka' : l === 'q' ? 'qa' : 'ga');
    case 'loc':
      return w + 'da';
    case 'abl':
      return w + 'dan';
  }
  return w;
}
// Turkish: returns only the apostrophe suffix (not part of the PERSON span)
function trSuf(w, c) {
  const s = lowerTr(w);
  let lv = 'e';
  for (let i = s.length - 1; i >= 0; i--)
    if ('aıoueiöü'.includes(s[i])) {
      lv = s[i];
      break;
    }
  const lo = 'aıou'.includes(lv) ? 'a' : 'e';
  const hi = { a: 'ı', ı: 'ı', o: 'u', u: 'u', e: 'i', i: 'i', ö: 'ü', ü: 'ü' }[lv];
  const endV = 'aıoueiöü'.includes(s.slice(-1));
  const hard = 'fstkçşhp'.includes(s.slice(-1));
  switch (c) {
    case 'gen':
      return "'" + (endV ? 'n' : '') + hi + 'n';
    case 'dat':
      return "'" + (endV ? 'y' : '') + lo;
    case 'acc':
      return "'" + (endV ? 'y' : '') + hi;
    case 'loc':
      return "'" + (hard ? 't' : 'd') + lo;
    case 'abl':
      return "'" + (hard ? 't' : 'd') + lo + 'n';
    case 'ins':
      return "'" + (endV ? 'y' : '') + 'l' + lo;
  }
  return '';
}
const sufLast = (w, fn, c) => {
  const i = w.lastIndexOf(' ');
  return w.slice(0, i + 1) + fn(w.slice(i + 1), c);
};

// ------------------------------------------------------------------ dates
const dob = () => ({ y: ri(1974, 2006), m: ri(1, 12), d: ri(1, 28) });
const anyDate = () => ({ y: ri(2018, 2024), m: ri(1, 12), d: ri(1, 28) });
const MON = {
  ru: [
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
  uz: ['yanvar', 'fevral', 'mart', 'aprel', 'may', 'iyun', 'iyul', 'avgust', 'sentyabr', 'oktyabr', 'noyabr', 'dekabr'],
  kyLoc: [
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
  ],
  tg: [
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
  ],
  tr: ['Ocak', 'Şubat', 'Mart', 'Nisan', 'Mayıs', 'Haziran', 'Temmuz', 'Ağustos', 'Eylül', 'Ekim', 'Kasım', 'Aralık'],
};
const ord = (d) =>
  d + (d % 10 === 1 && d !== 11 ? 'st' : d % 10 === 2 && d !== 12 ? 'nd' : d % 10 === 3 && d !== 13 ? 'rd' : 'th');
function fdate(lang, dt, style = 'num') {
  const { y, m, d } = dt;
  const num = `${pad(d)}.${pad(m)}.${y}`;
  if (style === 'num') {
    if (lang === 'en') return pick([`${pad(d)}/${pad(m)}/${y}`, `${y}-${pad(m)}-${pad(d)}`, num]);
    if (lang === 'tr') return pick([num, `${pad(d)}/${pad(m)}/${y}`]);
    return num;
  }
  switch (lang) {
    case 'ru':
      return pick([
        `${d} ${MON.ru[m - 1]} ${y} г.`,
        `${d} ${MON.ru[m - 1]} ${y} года`,
        `«${pad(d)}» ${MON.ru[m - 1]} ${y} г.`,
      ]);
    case 'en':
      return pick([
        `${d} ${MON.en[m - 1]} ${y}`,
        `${MON.en[m - 1]} ${d}, ${y}`,
        `the ${ord(d)} of ${MON.en[m - 1]} ${y}`,
      ]);
    case 'kk':
      return pick([`${y} жылғы ${d} ${MON.kk[m - 1]}`, `${d} ${MON.kk[m - 1]} ${y} ж.`]);
    case 'kkLoc':
      return `${y} жылы ${d} ${kkSuf(MON.kk[m - 1], 'loc')}`;
    case 'uz':
      return pick([`${y}-yil ${d}-${MON.uz[m - 1]}`, `${d} ${MON.uz[m - 1]} ${y} yil`]);
    case 'ky':
      return `${y}-жылы ${d}-${MON.kyLoc[m - 1]}`;
    case 'tg':
      return pick([`${d} ${MON.tg[m - 1]} соли ${y}`, `${d} ${MON.tg[m - 1]} ${y}`]);
    case 'tr':
      return `${d} ${MON.tr[m - 1]} ${y}`;
  }
  return num;
}

// ------------------------------------------------------------------ identifiers
const badDigit = (c) => (c + ri(1, 9)) % 10;
function iinCheck(b) {
  const w1 = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
  const w2 = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2];
  let s = 0;
  for (let i = 0; i < 11; i++) s += +b[i] * w1[i];
  let c = s % 11;
  if (c === 10) {
    s = 0;
    for (let i = 0; i < 11; i++) s += +b[i] * w2[i];
    c = s % 11;
  }
  return c;
}
function mkIIN(d, female, bad = false) {
  for (;;) {
    const b = pad(d.y % 100) + pad(d.m) + pad(d.d) + String(d.y >= 2000 ? (female ? 6 : 5) : female ? 4 : 3) + dg(4);
    const c = iinCheck(b);
    if (c === 10) continue;
    return b + String(bad ? badDigit(c) : c);
  }
}
function mkPINFL(d, female, bad = false) {
  const g = d.y >= 2000 ? (female ? 6 : 5) : female ? 4 : 3;
  const b = String(g) + pad(d.d) + pad(d.m) + pad(d.y % 100) + pad(ri(1, 999), 3) + dg(3);
  const w = [7, 3, 1];
  let s = 0;
  for (let i = 0; i < 13; i++) s += +b[i] * w[i % 3];
  const c = s % 10;
  return b + String(bad ? badDigit(c) : c);
}
const mkKgPin = (d, female) => (female ? '1' : '2') + pad(d.d) + pad(d.m) + String(d.y) + dg(5);
const mkTjInn = () => String(ri(1, 9)) + dg(8);
function mkTC(bad = false, foreign = false) {
  const d = foreign ? [9, 9] : [ri(1, 9)];
  while (d.length < 9) d.push(ri(0, 9));
  const odd = d[0] + d[2] + d[4] + d[6] + d[8];
  const even = d[1] + d[3] + d[5] + d[7];
  d.push((((odd * 7 - even) % 10) + 10) % 10);
  const c = d.reduce((a, b) => a + b, 0) % 10;
  d.push(bad ? badDigit(c) : c);
  return d.join('');
}
function luhn(body) {
  let s = 0;
  let dbl = true;
  for (let i = body.length - 1; i >= 0; i--) {
    let x = +body[i];
    if (dbl) {
      x *= 2;
      if (x > 9) x -= 9;
    }
    s += x;
    dbl = !dbl;
  }
  return (10 - (s % 10)) % 10;
}
function mkEID(bad = false) {
  const yr = String(ri(1975, 2004));
  const mid = dg(7);
  const c = luhn('784' + yr + mid);
  return `784-${yr}-${mid}-${bad ? badDigit(c) : c}`;
}
function mkSNILS(bad = false) {
  let n;
  do n = dg(9);
  while (+n <= 1001998);
  let s = 0;
  for (let i = 0; i < 9; i++) s += +n[i] * (9 - i);
  let c = s < 100 ? s : s === 100 || s === 101 ? 0 : s % 101;
  if (c === 100) c = 0;
  if (bad) c = (c + ri(1, 50)) % 100;
  return `${n.slice(0, 3)}-${n.slice(3, 6)}-${n.slice(6)} ${pad(c)}`;
}
function mkINN12(bad = false) {
  const d = dg(10).split('').map(Number);
  const w1 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8];
  const w2 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8];
  d.push((d.reduce((a, x, i) => a + x * w1[i], 0) % 11) % 10);
  const c2 = (d.reduce((a, x, i) => a + x * w2[i], 0) % 11) % 10;
  d.push(bad ? badDigit(c2) : c2);
  return d.join('');
}
function pasp(k) {
  switch (k) {
    case 'kz':
      return 'N' + dg(8);
    case 'kzid':
      return '0' + dg(8);
    case 'uz':
      return pick(['AA', 'AB', 'AC', 'FA', 'AD', 'KA']) + (chance(0.25) ? ' ' : '') + dg(7);
    case 'kg':
      return pick(['AN', 'AC', 'ID', 'PE']) + dg(7);
    case 'tj':
      return pick(['400', '401', '402', '500']) + dg(6);
    case 'tm':
      return pick(['A', 'B']) + dg(7);
    case 'ru':
      return `${dg(2)} ${dg(2)} ${dg(6)}`;
    case 'ruz':
      return `${pick(['75', '76', '77', '72'])} ${dg(7)}`;
    case 'tr':
      return 'U' + dg(8);
    case 'ua':
      return pick(['FE', 'FF', 'EK', 'EH']) + dg(6);
    case 'cn':
      return 'E' + dg(8);
  }
  return dg(9);
}
const BIN = {
  kaspi: '440043',
  halyk: '400303',
  visa: '457832',
  mc: '516949',
  mc2: '548673',
  mir: '220070',
  humo: '986012',
  uzcard: '860031',
  troy: '979205',
  elcart: '941700',
  ae: '486123',
  korti: '980100',
};
function mkCard(kind, masked = false, style) {
  const body = BIN[kind] + dg(9);
  let s = body + luhn(body);
  if (masked) {
    const mc = pick(['*', 'X', '•']);
    s = s.slice(0, pick([4, 6])).padEnd(12, mc) + s.slice(12);
  }
  const st = style ?? pick(['sp', 'sp', 'sp', 'none', 'dash']);
  const g = s.match(/.{4}/g);
  return st === 'sp' ? g.join(' ') : st === 'dash' ? g.join('-') : s;
}
function ibanChk(cc, bban) {
  const num = (bban + cc + '00').replace(/[A-Z]/g, (ch) => String(ch.charCodeAt(0) - 55));
  let r = 0;
  for (const ch of num) r = (r * 10 + +ch) % 97;
  return pad(98 - r);
}
function mkIban(cc) {
  let b;
  switch (cc) {
    case 'KZ':
      b = pad(ri(100, 999), 3) + (chance(0.4) ? 'KZT' + dg(10) : dg(13));
      break;
    case 'TR':
      b = pad(ri(10, 999), 5) + '0' + dg(16);
      break;
    case 'AE':
      b = pad(ri(10, 999), 3) + dg(16);
      break;
    case 'UA':
      b = String(ri(300000, 399999)) + dg(19);
      break;
    case 'GE':
      b = pick(['TB', 'BG']) + dg(16);
      break;
    case 'AZ':
      b = pick(['NABZ', 'AIIB', 'IBAZ']) + dg(20);
      break;
  }
  return cc + ibanChk(cc, b) + b;
}
function fmtIban(ib, st = pick(['g', 'g', 'c', 'lg', 'lc', 'd'])) {
  const g = ib.match(/.{1,4}/g);
  if (st === 'g') return g.join(' ');
  if (st === 'lg') return g.join(' ').toLowerCase();
  if (st === 'lc') return ib.toLowerCase();
  if (st === 'd') return g.join('-');
  return ib;
}

// ------------------------------------------------------------------ phones & plates
function phone(k) {
  switch (k) {
    case 'kz': {
      const op = pick(['701', '702', '705', '707', '708', '747', '771', '775', '776', '777', '778']);
      return pick([
        `+7 ${op} ${dg(3)} ${dg(2)} ${dg(2)}`,
        `8 (${op}) ${dg(3)}-${dg(2)}-${dg(2)}`,
        `+7${op}${dg(7)}`,
        `8${op}${dg(7)}`,
        `+7 (${op}) ${dg(3)}-${dg(4)}`,
      ]);
    }
    case 'ru': {
      const op = '9' + dg(2);
      return pick([
        `+7 (${op}) ${dg(3)}-${dg(2)}-${dg(2)}`,
        `8 ${op} ${dg(3)} ${dg(2)} ${dg(2)}`,
        `+7${op}${dg(7)}`,
        `8-${op}-${dg(3)}-${dg(2)}-${dg(2)}`,
      ]);
    }
    case 'uz': {
      const op = pick(['90', '91', '93', '94', '95', '97', '99', '88', '33', '50']);
      return pick([
        `+998 ${op} ${dg(3)} ${dg(2)} ${dg(2)}`,
        `+998 (${op}) ${dg(3)}-${dg(2)}-${dg(2)}`,
        `+998${op}${dg(7)}`,
        `${op} ${dg(3)} ${dg(2)} ${dg(2)}`,
      ]);
    }
    case 'kg': {
      const op = pick(['555', '700', '707', '770', '772', '550', '501', '777', '998']);
      return pick([
        `+996 ${op} ${dg(3)} ${dg(3)}`,
        `+996 (${op}) ${dg(2)}-${dg(2)}-${dg(2)}`,
        `0${op} ${dg(3)} ${dg(3)}`,
        `+996${op}${dg(6)}`,
      ]);
    }
    case 'tj': {
      const op = pick(['93', '92', '90', '98', '50', '55', '88', '91']);
      return pick([
        `+992 ${op} ${dg(3)} ${dg(4)}`,
        `+992 (${op}) ${dg(3)}-${dg(2)}-${dg(2)}`,
        `+992${op}${dg(7)}`,
        `${op} ${dg(3)} ${dg(4)}`,
      ]);
    }
    case 'tr': {
      const op = '5' + pick(['30', '32', '33', '35', '36', '42', '43', '44', '51', '52', '53', '55', '59']);
      return pick([
        `+90 ${op} ${dg(3)} ${dg(2)} ${dg(2)}`,
        `0${op} ${dg(3)} ${dg(2)} ${dg(2)}`,
        `0 (${op}) ${dg(3)} ${dg(2)} ${dg(2)}`,
        `+90${op}${dg(7)}`,
      ]);
    }
    case 'ae': {
      const op = '5' + pick(['0', '2', '4', '5', '6', '8']);
      return pick([
        `+971 ${op} ${dg(3)} ${dg(4)}`,
        `0${op} ${dg(3)} ${dg(4)}`,
        `+971-${op}-${dg(7)}`,
        `00971${op}${dg(7)}`,
      ]);
    }
    case 'tm':
      return pick([`+993 6${ri(1, 5)} ${dg(6)}`, `+993 (6${ri(1, 5)}) ${dg(2)}-${dg(2)}-${dg(2)}`]);
    case 'kr':
      return pick([`+82 10-${dg(4)}-${dg(4)}`, `010-${dg(4)}-${dg(4)}`]);
  }
  return dg(10);
}
const LAT = 'ABCDEFGHJKLMNPRSTUVWXYZ';
const TRL = 'ABCDEFGHJKLMNPRSTUVYZ';
const RUC = 'АВЕКМНОРСТУХ';
const RUL = 'ABEKMHOPCTYX';
const LL = (n, set = LAT) => Array.from({ length: n }, () => pick([...set])).join('');
function plate(k) {
  switch (k) {
    case 'kz':
      return pick([
        `${pad(ri(1, 999), 3)} ${LL(3)} ${pad(ri(1, 18))}`,
        `${pad(ri(1, 999), 3)}${LL(3)}${pad(ri(1, 18))}`,
        `${pad(ri(1, 999), 3)} ${LL(2)} ${pad(ri(1, 18))}`,
      ]);
    case 'kg':
      return pick([
        `${pad(ri(1, 9))} ${ri(100, 999)} ${LL(3)}`,
        `${pad(ri(1, 9))}KG${ri(100, 999)}${LL(3)}`,
        `${pad(ri(1, 9))} KG ${ri(100, 999)} ${LL(3)}`,
      ]);
    case 'uz':
      return pick([
        `${pad(ri(1, 95))} ${LL(1)} ${pad(ri(1, 999), 3)} ${LL(2)}`,
        `${pad(ri(1, 95))}${LL(1)}${pad(ri(1, 999), 3)}${LL(2)}`,
        `${pad(ri(1, 95))} ${pad(ri(1, 999), 3)} ${LL(3)}`,
      ]);
    case 'tj':
      return pick([
        `${pad(ri(1, 9999), 4)} ${LL(2)} ${pad(ri(1, 9))}`,
        `${pad(ri(1, 9999), 4)}${LL(2)}${pad(ri(1, 9))}`,
      ]);
    case 'ru':
    case 'ruLat': {
      const set = k === 'ru' ? RUC : RUL;
      const r = pick([
        '77',
        '97',
        '99',
        '177',
        '197',
        '777',
        '50',
        '150',
        '78',
        '178',
        '66',
        '96',
        '02',
        '16',
        '54',
        '174',
      ]);
      const n = pad(ri(1, 999), 3);
      return pick([
        `${LL(1, set)}${n}${LL(2, set)} ${r}`,
        `${LL(1, set)} ${n} ${LL(2, set)} ${r}`,
        `${LL(1, set)}${n}${LL(2, set)}${r}`,
      ]);
    }
    case 'tr':
      return pick([
        `${pad(ri(1, 81))} ${LL(3, TRL)} ${ri(10, 999)}`,
        `${pad(ri(1, 81))} ${LL(2, TRL)} ${ri(100, 9999)}`,
        `${pad(ri(1, 81))} ${LL(1, TRL)} ${ri(1000, 9999)}`,
      ]);
    case 'ae':
      return `${pick([...'ABCDEFGHIJKLMNOPQRS'])} ${ri(10000, 99999)}`;
  }
  return dg(6);
}

// ------------------------------------------------------------------ slugs, e-mails, handles
const SLUG = {
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
  щ: 'sch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
  ә: 'a',
  ғ: 'g',
  қ: 'q',
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
  ı: 'i',
  ş: 'sh',
  ç: 'ch',
  ğ: 'g',
  ö: 'o',
  ü: 'u',
  ý: 'y',
  ä: 'a',
  ň: 'n',
  ž: 'zh',
};
const slug = (s) =>
  [...s.toLowerCase().replace(/\u00ad/g, '')]
    .map((ch) => SLUG[ch] ?? ch)
    .join('')
    .normalize('NFD')
    .replace(/[^a-z0-9]/g, '');
const DOMAINS = [
  'gmail.com',
  'mail.ru',
  'yandex.ru',
  'inbox.ru',
  'bk.ru',
  'list.ru',
  'yahoo.com',
  'outlook.com',
  'icloud.com',
  'umail.uz',
  'hotmail.com',
  'yandex.kz',
];
function mkEmail(g, s = '') {
  const a = slug(g) || 'user';
  const b = slug(s);
  const local = b
    ? pick([
        `${a}.${b}`,
        `${a}_${b}${ri(1, 99)}`,
        `${a}${ri(1985, 2006)}`,
        `${b}.${a}${ri(1, 9)}`,
        `${a[0]}${b}`,
        `${b}${a[0]}${ri(10, 99)}`,
      ])
    : `${a}${ri(10, 2006)}`;
  return `${local}@${pick(DOMAINS)}`;
}
function mkHandle(g, s = '') {
  const a = slug(g) || 'user';
  const b = slug(s) || 'kz';
  return pick([
    `${a}_${dg(2)}`,
    `${a}.${b}`,
    `${a}_${b.slice(0, 4)}`,
    `${a}${ri(1, 999)}`,
    `${pick(['job', 'work', 'rabota', 'vakansii', 'ish', 'is'])}_${pick(['dubai', 'istanbul', 'moskva', 'seoul', 'antalya', 'almaty'])}${ri(1, 99)}`,
    `${pick(['lady', 'miss', 'mr', 'its'])}_${a}`,
    `${a}.official`,
  ]);
}

// ------------------------------------------------------------------ machine-readable zone (TD3)
const mrzVal = (c) => (c === '<' ? 0 : /[0-9]/.test(c) ? +c : c.charCodeAt(0) - 55);
function mrzChk(s) {
  const w = [7, 3, 1];
  let t = 0;
  [...s].forEach((c, i) => (t += mrzVal(c) * w[i % 3]));
  return String(t % 10);
}
function mrz(sur, giv, cc, doc, d, female) {
  const SUR = slug(sur).toUpperCase();
  const GIV = slug(giv).toUpperCase();
  const fill = '<'.repeat(Math.max(0, 44 - 5 - SUR.length - 2 - GIV.length));
  const docF = (doc + '<<<<<<<<<').slice(0, 9);
  const b = pad(d.y % 100) + pad(d.m) + pad(d.d);
  const ex = pad(ri(25, 34)) + pad(ri(1, 12)) + pad(ri(1, 28));
  const pers = '<'.repeat(14);
  const c1 = mrzChk(docF);
  const c2 = mrzChk(b);
  const c3 = mrzChk(ex);
  const c4 = mrzChk(pers);
  const c5 = mrzChk(docF + c1 + b + c2 + ex + c3 + pers + c4);
  const docLab = docF.replace(/</g, '');
  return [
    RAW('P<' + cc),
    PER(SUR, true),
    RAW('<<'),
    PER(GIV, true),
    RAW(fill + '\n'),
    PAS(docLab, true),
    RAW(docF.slice(docLab.length) + c1 + cc),
    DOB(b, true),
    RAW(c2 + (female ? 'F' : 'M') + ex + c3 + pers + c4 + c5),
  ];
}

// ------------------------------------------------------------------ addresses (street-level part only)
const RU_ST = [
  ['ул.', 'улица', 'улице', 'улице', 'на'],
  ['пр.', 'проспект', 'проспекте', 'проспекту', 'на'],
  ['пер.', 'переулок', 'переулке', 'переулку', 'в'],
  ['бульв.', 'бульвар', 'бульваре', 'бульвару', 'на'],
];
const RU_STN = [
  'Толе би',
  'Жибек Жолы',
  'Абая',
  'Розыбакиева',
  'Сатпаева',
  'Гоголя',
  'Райымбека',
  'Кабанбай батыра',
  'Байтурсынова',
  'Манаса',
  'Ибраимова',
  'Токтогула',
  'Мукими',
  'Навои',
  'Фурката',
  'Айни',
  'Рудаки',
  'Шота Руставели',
  'Чокана Валиханова',
  'Исанова',
  'Ахунбаева',
  'Бабура',
  'Курмангазы',
  'Масалиева',
  'Шотемура',
  'Махтумкули',
];
const RU_MKR = [
  'Аксай-4',
  'Самал-2',
  'Орбита-3',
  'Джал-23',
  'Асанбай',
  'Восток-5',
  'Жетысу-1',
  'Кок-Жар',
  'Тунгуч',
  'Сергели-6',
  'Юнусабад-19',
  'Сино-82',
];
function ruHouse() {
  const h = ri(1, 240);
  const k = ri(1, 180);
  return pick([
    `д. ${h}, кв. ${k}`,
    `дом ${h}, квартира ${k}`,
    `д. ${h}`,
    `${h}, кв. ${k}`,
    `д. ${h}, корп. ${ri(1, 5)}, кв. ${k}`,
    `д. ${h}/${ri(1, 9)}, кв. ${k}`,
    `дом ${h}`,
    `${h}-${k}`,
  ]);
}
// c: N (nominative / abbreviated), P (prepositional), D (dative)
function ruAddr(c = 'N') {
  if (c !== 'D' && chance(0.2)) {
    const w = c === 'N' ? pick(['мкр.', 'микрорайон']) : 'микрорайоне';
    return { prep: 'в', text: `${w} ${pick(RU_MKR)}, ${ruHouse()}` };
  }
  const t = pick(RU_ST);
  const w = c === 'N' ? (chance(0.6) ? t[0] : t[1]) : c === 'P' ? t[2] : t[3];
  return { prep: c === 'D' ? 'по' : t[4], text: `${w} ${pick(RU_STN)}, ${ruHouse()}` };
}
const MSK = [
  'ул. Профсоюзная',
  'Варшавское ш.',
  'ул. Большая Черкизовская',
  'Рязанский пр-т',
  'Каширское шоссе',
  'ул. Генерала Белова',
  'Алтуфьевское ш.',
  'ул. Верхние Поля',
  'Щёлковское ш.',
];
const moscowAddr = () =>
  `${pick(MSK)}, ${pick([`д. ${ri(1, 180)}, корп. ${ri(1, 6)}, кв. ${ri(1, 300)}`, `д. ${ri(1, 150)}, стр. ${ri(1, 12)}`, `д. ${ri(1, 99)}к${ri(1, 4)}, кв. ${ri(1, 250)}`, `вл. ${ri(1, 60)}, стр. ${ri(1, 9)}`])}`;

const KK_STN = [
  'Абай',
  'Төле би',
  'Қабанбай батыр',
  'Сәтбаев',
  'Желтоқсан',
  'Достық',
  'Райымбек',
  'Бөгенбай батыр',
  'Кенесары',
  'Байтұрсынұлы',
  'Жамбыл',
  'Құрманғазы',
  'Сейфуллин',
  'Тәуке хан',
];
const KK_AV = ['Абай', 'Тәуелсіздік', 'Республика', 'Достық', 'Райымбек', 'Әл-Фараби'];
const KK_MKR = ['Самал-2', 'Ақсай-4', 'Орбита-3', 'Жетісу-1', 'Нұркент', 'Шұғыла', 'Көктем-2', 'Таугүл', 'Айнабұлақ-3'];
function kkAddr() {
  const h = ri(1, 240);
  const k = ri(1, 160);
  return pick([
    `${pick(KK_STN)} көшесі, ${h}-үй, ${k}-пәтер`,
    `${pick(KK_STN)} көшесі, ${h}`,
    `${pick(KK_AV)} даңғылы, ${h}-үй, ${k}-пәтер`,
    `${pick(KK_MKR)} шағын ауданы, ${h}-үй, ${k}-пәтер`,
    `${pick(KK_MKR)} ш/а, ${h}-үй`,
    `${pick(KK_STN)} көшесі, ${h}/${ri(1, 9)} үй, ${k} пәтер`,
  ]);
}
const KY_STN = [
  'Токтогул',
  'Ибраимов',
  'Ахунбаев',
  'Исанов',
  'Масалиев',
  'Курманжан Датка',
  'Боконбаев',
  'Абдрахманов',
  'Фрунзе',
  'Байтик Баатыр',
  'Ленин',
  'Навои',
  'Алыкулов',
  'Жукеев-Пудовкин',
];
const KY_AV = ['Чүй', 'Манас', 'Жибек Жолу', 'Эркиндик', 'Айтматов'];
const KY_MKR = ['Асанбай', 'Жал-23', 'Көк-Жар', 'Восток-5', 'Тунгуч', 'Аламүдүн-1', 'Арча-Бешик', 'Ак-Өргө'];
function kyAddr() {
  const h = ri(1, 240);
  const k = ri(1, 160);
  return pick([
    `${pick(KY_STN)} көчөсү, ${h}-үй, ${k}-батир`,
    `${pick(KY_STN)} көчөсү, ${h}`,
    `${pick(KY_AV)} проспектиси, ${h}-үй, ${k}-батир`,
    `${pick(KY_MKR)} кичи району, ${h}-үй, ${k}-батир`,
    `${pick(KY_MKR)} мкр., ${h}-үй`,
  ]);
}
const TG_STN = [
  'Айнӣ',
  'Бохтар',
  'Шотемур',
  'Лоҳутӣ',
  'Мирзо Турсунзода',
  'Фирдавсӣ',
  'Н. Қарабоев',
  'Бофанда',
  'Ҷ. Расулов',
  'Карамов',
  'Сино',
  'Ҳусейнзода',
];
const TG_AV = ['Рӯдакӣ', 'Исмоили Сомонӣ', 'Саъдии Шерозӣ', 'Мирзо Турсунзода'];
function tgAddr() {
  const h = ri(1, 240);
  const k = ri(1, 160);
  return pick([
    `кӯчаи ${pick(TG_STN)}, хонаи ${h}, ҳуҷраи ${k}`,
    `кӯчаи ${pick(TG_STN)} ${h}`,
    `хиёбони ${pick(TG_AV)} ${h}, ҳуҷраи ${k}`,
    `кӯчаи ${pick(TG_STN)}, ${h}/${ri(1, 9)}`,
    `микроноҳияи ${ri(12, 104)}, хонаи ${h}, ҳуҷраи ${k}`,
  ]);
}
const UZ_STN = [
  'Bunyodkor',
  'Muqimiy',
  'Navoiy',
  'Bobur',
  'Shota Rustaveli',
  'Qatortol',
  'Nurafshon',
  'Beshyog^och',
  'Farg^ona yo^li',
  'Mustaqillik',
  'Sharof Rashidov',
  'Olmazor',
  'Cho^ponota',
  'Lutfiy',
  'Kichik halqa yo^li',
];
const UZ_MV = ['Yunusobod', 'Qoraqamish', 'Sergeli', 'Qo^yliq', 'Chilonzor'];
function uzAddr() {
  const h = ri(1, 240);
  const k = ri(1, 160);
  return pick([
    `${pick(UZ_STN)} ko^chasi, ${h}-uy, ${k}-xonadon`,
    `${pick(UZ_STN)} ko^chasi, ${h}-uy`,
    `${pick(UZ_MV)} ${ri(1, 19)}-mavze, ${h}-uy, ${k}-xonadon`,
    `${ri(1, 27)}-kvartal, ${h}-uy, ${k}-xonadon`,
    `${pick(['Amir Temur', 'Bobur', 'Mustaqillik'])} shoh ko^chasi, ${h}-uy`,
  ]);
}
const TR_MAH = [
  'Fatih',
  'Cumhuriyet',
  'Yenidoğan',
  'Kocatepe',
  'Mimar Sinan',
  'Zafer',
  'Hürriyet',
  'Mevlana',
  'Yavuz Selim',
  'Gültepe',
  'Kemalpaşa',
  'Esentepe',
  'Bahçelievler',
];
const TR_SOK = [
  'Kıvrım',
  'Lale',
  'Menekşe',
  'Çınar',
  'Gül',
  'Papatya',
  'Ihlamur',
  'Nar',
  'Karanfil',
  'Yasemin',
  'Begonya',
  'Sedir',
  'Akasya',
  '1042.',
  '2187.',
];
const TR_CAD = ['Atatürk', 'İnönü', 'Cumhuriyet', 'Gazi Osman Paşa', 'Fevzi Çakmak', 'Ordu', 'Millet', 'Vatan'];
function trAddr() {
  const h = ri(1, 120);
  const k = ri(1, 24);
  return pick([
    `${pick(TR_MAH)} Mah. ${pick(TR_SOK)} Sok. No: ${h} Daire: ${k}`,
    `${pick(TR_MAH)} Mahallesi ${pick(TR_SOK)} Sokak No:${h}/${k}`,
    `${pick(TR_CAD)} Cad. No: ${h} D: ${k}`,
    `${pick(TR_MAH)} Mah. ${pick(TR_CAD)} Cad. No:${h} Kat:${ri(1, 8)} Daire:${k}`,
    `${pick(TR_MAH)} Mah. ${pick(TR_SOK)} Sk. No: ${h}/${k}`,
  ]);
}
const AE_ST = [
  'Al Muteena Street',
  'Al Rigga Street',
  'Al Nahda Street',
  'Baniyas Road',
  'Al Mankhool Road',
  'Al Wahda Street',
  'Al Khan Street',
  'Al Qiyadah Street',
  'Salah Al Din Street',
  'Al Ittihad Road',
  'Hamdan Street',
];
const AE_BLD = ['Al Ghurair', 'Al Attar', 'Saba', 'Al Wasl', 'Al Shaiba', 'Madina', 'Al Hilal', 'Rose'];
function aeAddr() {
  const h = ri(1, 99);
  const k = ri(101, 2409);
  return pick([
    `Flat ${k}, ${pick(AE_BLD)} Building, ${pick(AE_ST)}`,
    `Building ${h}, ${pick(AE_ST)}, Flat ${k}`,
    `${pick(AE_BLD)} Tower ${ri(1, 4)}, Flat ${k}, ${pick(AE_ST)}`,
    `Villa ${h}, Street ${ri(1, 40)}`,
    `Apartment ${k}, ${pick(AE_BLD)} Residence, ${pick(AE_ST)}`,
  ]);
}
const EN_STN = [
  'Tole Bi',
  'Abai',
  'Zhibek Zholy',
  'Chui',
  'Toktogul',
  'Amir Temur',
  'Rudaki',
  'Ibraimov',
  'Navoi',
  'Satpayev',
  'Bukhar Zhyrau',
  'Ismoili Somoni',
  'Magtymguly',
];
const EN_MKR = ['Aksai-4', 'Samal-2', 'Asanbay', 'Zhal-23', 'Yunusabad-19', 'Sino-82', 'Vostok-5'];
function enAddr() {
  const h = ri(1, 240);
  const k = ri(1, 160);
  return pick([
    `${h} ${pick(EN_STN)} Street, Apt ${k}`,
    `Apt. ${k}, ${h} ${pick(EN_STN)} Avenue`,
    `${pick(EN_MKR)} microdistrict, house ${h}, flat ${k}`,
    `${h} ${pick(EN_STN)} St., apartment ${k}`,
    `${pick(EN_STN)} Street ${h}-${k}`,
  ]);
}

// ------------------------------------------------------------------ name pools (invented combinations)
const RU_M = [
  'Нурлан',
  'Ерлан',
  'Данияр',
  'Азамат',
  'Жасур',
  'Шерзод',
  'Улугбек',
  'Фаррух',
  'Бахтиёр',
  'Рустам',
  'Фаридун',
  'Шахром',
  'Парвиз',
  'Мирлан',
  'Эрмек',
  'Бекболот',
  'Нурбек',
  'Канат',
  'Максат',
  'Мердан',
  'Довлет',
  'Ерназар',
  'Алишер',
  'Отабек',
  'Абдурахим',
  'Нурмемет',
  'Вадим',
  'Эдуард',
  'Олег',
  'Тарас',
  'Богдан',
  'Хуршед',
  'Джамшед',
  'Зафар',
  'Ильхом',
  'Санжар',
  'Бекзат',
  'Темирлан',
  'Асылбек',
  'Аллаберген',
  'Сердар',
  'Арслан',
  'Байрам',
  'Талгат',
  'Руслан',
  'Арман',
  'Далер',
  'Умед',
  'Ширинбек',
  'Абдулазиз',
  'Додихудо',
  'Кахрамон',
];
const RU_F = [
  'Айгерим',
  'Гульнара',
  'Динара',
  'Жанар',
  'Асель',
  'Мадина',
  'Зарина',
  'Дильноза',
  'Нигора',
  'Шахноза',
  'Фируза',
  'Мехрангез',
  'Малика',
  'Сабина',
  'Айпери',
  'Нургуль',
  'Жылдыз',
  'Бегимай',
  'Айдана',
  'Чолпон',
  'Мария',
  'Ольга',
  'Наталья',
  'Оксана',
  'Лариса',
  'Марина',
  'Светлана',
  'Айна',
  'Огулгерек',
  'Джерен',
  'Гулбахор',
  'Михригуль',
  'Розиниса',
  'Гулайым',
  'Камила',
  'Севара',
  'Гулчехра',
  'Умида',
  'Тахмина',
  'Манижа',
  'Сайёра',
  'Мунира',
  'Зульфия',
  'Индира',
  'Алтынай',
  'Назгуль',
  'Акмарал',
  'Томирис',
  'Балжан',
  'Мээрим',
  'Парвина',
  'Нозанин',
  'Айбике',
  'Патигуль',
  'Сарбиназ',
  'Эльмира',
  'Лейла',
  'Ханифа',
  'Юлдуз',
  'Огулнабат',
  'Мавлюда',
];
const RU_S = [
  'Бекмуратов',
  'Жаксылыков',
  'Сейткалиев',
  'Омаров',
  'Абдуллаев',
  'Рахимов',
  'Назаров',
  'Турсунов',
  'Каримов',
  'Юлдашев',
  'Мамытов',
  'Асанов',
  'Токтогулов',
  'Исаков',
  'Шарипов',
  'Давлатов',
  'Курбанов',
  'Атаев',
  'Бердыев',
  'Оразов',
  'Ахмедов',
  'Юсупов',
  'Мирзоев',
  'Сафаров',
  'Досанов',
  'Калиев',
  'Ибраимов',
  'Сапарбаев',
  'Нурмаганбетов',
  'Утепов',
  'Жумабаев',
  'Кадыров',
  'Эргашев',
  'Холматов',
  'Хасанов',
  'Умаров',
  'Саидов',
  'Джураев',
  'Ризаев',
  'Аннаев',
  'Овезов',
  'Чарыев',
  'Сейтмуратов',
  'Кдырбаев',
  'Турдыев',
  'Пак',
  'Ким',
  'Цой',
  'Тен',
  'Огай',
  'Когай',
  'Хегай',
  'Ли',
  'Шевченко',
  'Коваленко',
  'Бондаренко',
  'Петров',
  'Волков',
  'Рахимзода',
  'Кодирзода',
  'Саидзода',
  'Юсуфи',
  'Исмаилов',
  'Абдурахманов',
  'Ташпулатов',
];
const RU_AE = ['Халид аль-Мансури', 'Рашид аль-Нуайми', 'Юсуф аль-Сувейди', 'Омар Хаддад', 'Фейсал аль-Хаммади'];

function ruGiven(g, f, c) {
  if (c === 'N') return g;
  if (f) {
    if (/ия$/.test(g)) return g.slice(0, -1) + { G: 'и', D: 'и', I: 'ей', P: 'и' }[c];
    if (/я$/.test(g)) return g.slice(0, -1) + { G: 'и', D: 'е', I: 'ей', P: 'е' }[c];
    if (/а$/.test(g)) {
      const st = g.slice(0, -1);
      return st + { G: /[гкхжшчщ]$/.test(st) ? 'и' : 'ы', D: 'е', I: /[жшчщц]$/.test(st) ? 'ей' : 'ой', P: 'е' }[c];
    }
    return g;
  }
  if (/й$/.test(g)) return g.slice(0, -1) + { G: 'я', D: 'ю', I: 'ем', P: 'е' }[c];
  if (/[бвгджзклмнпрстфхцчшщ]$/.test(g)) return g + { G: 'а', D: 'у', I: /[жшчщц]$/.test(g) ? 'ем' : 'ом', P: 'е' }[c];
  return g;
}
const RU_SLAV = /(ов|ев|ёв|ин|ын)$/;
const ruFemSur = (s, f) => (f && RU_SLAV.test(s) ? s + 'а' : s);
function ruSur(s, f, c) {
  if (c === 'N') return ruFemSur(s, f);
  if (RU_SLAV.test(s)) return f ? s + 'ой' : s + { G: 'а', D: 'у', I: 'ым', P: 'е' }[c];
  if (f || /(ко|зода|и|у|о|е)$/.test(s)) return s;
  if (/й$/.test(s)) return s.slice(0, -1) + { G: 'я', D: 'ю', I: 'ем', P: 'е' }[c];
  if (/[бвгджзклмнпрстфхцчшщ]$/.test(s)) return s + { G: 'а', D: 'у', I: 'ом', P: 'е' }[c];
  return s;
}
function ruPat(fa, f, c) {
  if (f) return fa + { N: 'овна', G: 'овны', D: 'овне', I: 'овной', P: 'овне' }[c];
  return fa + { N: 'ович', G: 'овича', D: 'овичу', I: 'овичем', P: 'овиче' }[c];
}
const consEnd = (arr) => arr.filter((n) => /[бвгджзклмнпрстфхцчшщқғҳҷ]$/.test(n));
const mkRu = (f = chance(0.6)) => ({ g: pick(f ? RU_F : RU_M), s: pick(RU_S), f, fa: pick(consEnd(RU_M)) });
// fmt: g, s, gs, sg, sgp, gp, ini ("А.К. Бекова"), sini ("Бекова А.К."), caps
function rn(p, fmt = 'gs', c = 'N') {
  const g = ruGiven(p.g, p.f, c);
  const s = ruSur(p.s, p.f, c);
  const pt = ruPat(p.fa, p.f, c);
  switch (fmt) {
    case 'g':
      return g;
    case 's':
      return s;
    case 'sg':
      return `${s} ${g}`;
    case 'sgp':
      return `${s} ${g} ${pt}`;
    case 'gp':
      return `${g} ${pt}`;
    case 'ini':
      return `${p.g[0]}.${p.fa[0]}. ${s}`;
    case 'sini':
      return `${s} ${p.g[0]}.${p.fa[0]}.`;
    case 'caps':
      return `${s} ${g} ${pt}`.toUpperCase();
  }
  return `${g} ${s}`;
}

const KK_M = [
  'Нұрлан',
  'Ерлан',
  'Бақыт',
  'Асқар',
  'Ғалым',
  'Дәурен',
  'Жандос',
  'Қайрат',
  'Мұхтар',
  'Бекзат',
  'Ерболат',
  'Шыңғыс',
  'Өмірзақ',
  'Серік',
  'Әлібек',
  'Ақжол',
  'Еркебұлан',
  'Берік',
  'Самат',
  'Арман',
  'Төлеген',
  'Ержан',
  'Қуаныш',
  'Бауыржан',
  'Мағжан',
];
const KK_F = [
  'Айгерім',
  'Жұлдыз',
  'Сәуле',
  'Ақбота',
  'Әсел',
  'Гүлназ',
  'Балжан',
  'Меруерт',
  'Айжан',
  'Дана',
  'Назерке',
  'Ұлжан',
  'Толқын',
  'Қарлығаш',
  'Аружан',
  'Мөлдір',
  'Үміт',
  'Гүлмира',
  'Ботагөз',
  'Салтанат',
  'Ақмарал',
  'Жансая',
  'Іңкәр',
  'Шынар',
  'Ақерке',
  'Гүлжаһан',
];
const KK_S = [
  'Жақыпов',
  'Омаров',
  'Бекмұратов',
  'Сәрсенбаев',
  'Қасымов',
  'Төлеуов',
  'Ахметов',
  'Серікбаев',
  'Мұқанов',
  'Оспанов',
  'Нұрпейісов',
  'Жұмабеков',
  'Әбдірахманов',
  'Құдайбергенов',
  'Ысқақов',
  'Байжанов',
  'Тәжібаев',
  'Есенқұлов',
  'Сағынтаев',
  'Әбілқасымов',
  'Көшербаев',
];
const mkKk = (f = chance(0.6)) => {
  const s = pick(KK_S);
  return { g: pick(f ? KK_F : KK_M), s: f ? s + 'а' : s, f, fa: pick(KK_M) };
};
function kn(p, fmt = 'gs', c) {
  const pat = p.fa + (p.f ? 'қызы' : 'ұлы');
  let w = {
    g: p.g,
    s: p.s,
    gs: `${p.g} ${p.s}`,
    sg: `${p.s} ${p.g}`,
    sgp: `${p.s} ${p.g} ${pat}`,
    ini: `${p.g[0]}.${p.fa[0]}. ${p.s}`,
  }[fmt];
  if (fmt === 'caps') return `${p.s} ${p.g} ${pat}`.toUpperCase();
  return c ? sufLast(w, kkSuf, c) : w;
}

const KY_M = [
  'Азамат',
  'Нурбек',
  'Бекболот',
  'Эрмек',
  'Мирлан',
  'Улан',
  'Таалай',
  'Эркинбек',
  'Адилет',
  'Жоомарт',
  'Кубанычбек',
  'Темирлан',
  'Жыргалбек',
  'Чыңгыз',
  'Самат',
  'Элдияр',
  'Бактыбек',
  'Төлөгөн',
  'Үсөн',
  'Нурсейит',
];
const KY_F = [
  'Айпери',
  'Жылдыз',
  'Бегимай',
  'Нургүл',
  'Мээрим',
  'Чолпон',
  'Айзада',
  'Гүлзат',
  'Бактыгүл',
  'Айжамал',
  'Салтанат',
  'Нуриза',
  'Жибек',
  'Айчүрөк',
  'Канышай',
  'Элнура',
  'Сезим',
  'Толгонай',
  'Бурулай',
  'Каныкей',
  'Үмүт',
  'Асел',
];
const KY_S = [
  'Асанов',
  'Токтогулов',
  'Мамытов',
  'Жээнбеков',
  'Садыров',
  'Осмонов',
  'Турдубаев',
  'Абдылдаев',
  'Сыдыков',
  'Бакиров',
  'Кудайбердиев',
  'Эсенгулов',
  'Момунов',
  'Үсөнов',
  'Борубаев',
  'Таштанбеков',
  'Сулайманов',
  'Жумалиев',
];
const mkKy = (f = chance(0.6)) => {
  const fa = pick(consEnd(KY_M));
  const uulu = chance(0.25);
  const s0 = pick(KY_S);
  return { g: pick(f ? KY_F : KY_M), s: uulu ? `${fa} ${f ? 'кызы' : 'уулу'}` : f ? s0 + 'а' : s0, f, fa, uulu };
};
function yn(p, fmt = 'gs', c) {
  const pat = p.fa + (p.f ? 'овна' : 'ович');
  let w;
  if (fmt === 'g') w = p.g;
  else if (fmt === 's') w = p.s;
  else if (fmt === 'sg') w = p.uulu ? `${p.g} ${p.s}` : `${p.s} ${p.g}`;
  else if (fmt === 'sgp') w = p.uulu ? `${p.g} ${p.s}` : `${p.s} ${p.g} ${pat}`;
  else if (fmt === 'caps') return (p.uulu ? `${p.s} ${p.g}` : `${p.s} ${p.g} ${pat}`).toUpperCase();
  else w = `${p.g} ${p.s}`;
  return c ? sufLast(w, kySuf, c) : w;
}

const UZ_M = [
  'Jasur',
  'Sherzod',
  'Ulug^bek',
  'Farrux',
  'Baxtiyor',
  'Otabek',
  'Sardor',
  'Javohir',
  'Xurshid',
  'Bekzod',
  'Oybek',
  'G^ayrat',
  'O^ktam',
  'To^lqin',
  'Shoxrux',
  'Doston',
  'Islom',
  'Nodir',
  'Ravshan',
  'Elyor',
  'Ziyodulla',
  'Allambergen',
  'Ajiniyaz',
  'Quvonchbek',
  'Mirjalol',
  'Asilbek',
  'Jahongir',
];
const UZ_F = [
  'Dilnoza',
  'Nigora',
  'Shahnoza',
  'Gulchehra',
  'Umida',
  'Sevara',
  'Malika',
  'Ziyoda',
  'Mohira',
  'Nodira',
  'O^g^iloy',
  'Gulnoza',
  'Yulduz',
  'Feruza',
  'Shoira',
  'Barno',
  'Dildora',
  'Munisa',
  'Sarvinoz',
  'Mohinur',
  'Hulkar',
  'Gulayim',
  'Aybike',
  'Qalbiyke',
  'Sarbinaz',
  'Zebiniso',
  'Iroda',
  'Maftuna',
  'O^lmaxon',
];
const UZ_S = [
  'Karimov',
  'Yusupov',
  'Rahimov',
  'Toshmatov',
  'Eshmatov',
  'Xolmatov',
  'Ergashev',
  'Abdullayev',
  'Mirzayev',
  'Qodirov',
  'Nazarov',
  'Sobirov',
  'Tursunov',
  'Usmonov',
  'Jo^rayev',
  'Saidov',
  'Ro^ziyev',
  'Ismoilov',
  'Nurmatov',
  'Qurbonov',
  'Seytmuratov',
  'Bekmuratov',
  'Qdirbayev',
  'Tojiboyev',
  'G^aniyev',
  'O^rinboyev',
];
const mkUz = (f = chance(0.6)) => {
  const s = pick(UZ_S);
  return { g: pick(f ? UZ_F : UZ_M), s: f ? s + 'a' : s, f, fa: pick(UZ_M) };
};
function un(p, fmt = 'gs', c) {
  const pat = `${p.fa} ${p.f ? 'qizi' : 'o^g^li'}`;
  let w = {
    g: p.g,
    s: p.s,
    gs: `${p.g} ${p.s}`,
    sg: `${p.s} ${p.g}`,
    sgp: `${p.s} ${p.g} ${pat}`,
    ini: `${p.g[0]}.${p.fa[0]}. ${p.s}`,
  }[fmt];
  if (fmt === 'caps') return `${p.s} ${p.g} ${pat}`.toUpperCase();
  return c ? sufLast(w, uzSuf, c) : w;
}

const TG_M = [
  'Рустам',
  'Фаридун',
  'Шаҳром',
  'Парвиз',
  'Сомон',
  'Хуршед',
  'Ҷамшед',
  'Меҳроб',
  'Фирдавс',
  'Бахтовар',
  'Шерали',
  'Далер',
  'Умед',
  'Зафар',
  'Исфандиёр',
  'Ширинбек',
  'Додихудо',
  'Абдуқаҳҳор',
  'Сорбон',
  'Манучеҳр',
  'Комрон',
];
const TG_F = [
  'Фирӯза',
  'Меҳрубон',
  'Таҳмина',
  'Манижа',
  'Нозанин',
  'Парвина',
  'Зарина',
  'Мадина',
  'Гулрухсор',
  'Шабнам',
  'Ситора',
  'Дилафрӯз',
  'Мунира',
  'Саида',
  'Нигина',
  'Хуршеда',
  'Мавзуна',
  'Дилором',
  'Сурайё',
  'Фарангис',
  'Бунафша',
  'Гулноз',
];
const TG_S = [
  'Раҳимов',
  'Давлатов',
  'Назаров',
  'Қодирзода',
  'Саидзода',
  'Юсуфӣ',
  'Шарипов',
  'Исмоилов',
  'Мирзоев',
  'Сафаров',
  'Ҷӯраев',
  'Холов',
  'Қурбонов',
  'Бобоев',
  'Одинаев',
  'Аминзода',
  'Раҷабов',
  'Файзуллоев',
  'Шамсиддинов',
  'Пулодов',
  'Ғаффоров',
];
const mkTg = (f = chance(0.6)) => {
  const s = pick(TG_S);
  return { g: pick(f ? TG_F : TG_M), s: f && /(ов|ев)$/.test(s) ? s + 'а' : s, f, fa: pick(consEnd(TG_M)) };
};
function tn(p, fmt = 'gs', ro = false) {
  const pat = p.fa + (p.f ? 'овна' : 'ович');
  let w = { g: p.g, s: p.s, gs: `${p.g} ${p.s}`, sg: `${p.s} ${p.g}`, sgp: `${p.s} ${p.g} ${pat}` }[fmt];
  if (fmt === 'caps') return `${p.s} ${p.g} ${pat}`.toUpperCase();
  return ro ? w + 'ро' : w;
}

const TR_M = [
  'Mehmet',
  'Ahmet',
  'Emre',
  'Oğuz',
  'Serkan',
  'Gökhan',
  'Murat',
  'Kıvanç',
  'Ilgaz',
  'Burak',
  'Yusuf',
  'Hakan',
  'Selçuk',
  'Tuncay',
  'Barış',
  'Cem',
  'Onur',
  'Kerem',
  'Ümit',
  'İsmail',
  'Çağrı',
];
const TR_F = [
  'Derya',
  'Ayşe',
  'Zeynep',
  'Büşra',
  'Tuğba',
  'Kübra',
  'Hülya',
  'Sümeyye',
  'Berfin',
  'Nurhan',
  'Elif',
  'Esra',
  'Gülşen',
  'Merve',
  'Songül',
  'Dilek',
  'Şule',
  'Özlem',
  'İrem',
  'Ebru',
];
const TR_S = [
  'Yıldız',
  'Kaya',
  'Çelik',
  'Şahin',
  'Aydın',
  'Koç',
  'Öztürk',
  'Arslan',
  'Doğan',
  'Kılıç',
  'Aslan',
  'Kurt',
  'Özdemir',
  'Polat',
  'Erdem',
  'Güneş',
  'Tekin',
  'Bulut',
  'Karataş',
  'Akgül',
  'Sarıkaya',
  'Yılmaz',
];
const mkTr = (f = chance(0.55)) => {
  const pool = f ? TR_F : TR_M;
  const g1 = pick(pool);
  let g = g1;
  if (chance(0.15)) {
    const g2 = pick(pool);
    if (g2 !== g1) g = `${g1} ${g2}`;
  }
  return { g, s: pick(TR_S), f };
};
const TM_M = ['Merdan', 'Döwletgeldi', 'Perhat', 'Myrat', 'Annageldi', 'Serdar', 'Batyr', 'Kakajan', 'Arslan'];
const TM_F = ['Maýsa', 'Jeren', 'Gurbangül', 'Ogulgerek', 'Aýna', 'Bahar', 'Mähri', 'Selbi', 'Ogulnabat'];
const TM_S = ['Annaýew', 'Orazow', 'Berdiýew', 'Ataýew', 'Gurbanow', 'Hojamuradow', 'Çaryýew', 'Öwezow'];
const mkTm = (f = chance(0.6)) => {
  const s = pick(TM_S);
  return { g: pick(f ? TM_F : TM_M), s: f ? s + 'a' : s, f };
};

const EN_F = [
  'Aigerim',
  'Gulnara',
  'Dinara',
  'Zhanar',
  'Madina',
  'Zarina',
  'Dilnoza',
  'Nigora',
  'Shakhnoza',
  'Firuza',
  'Malika',
  'Aiperi',
  'Nurgul',
  'Zhyldyz',
  'Begimai',
  'Cholpon',
  'Natalia',
  'Oksana',
  'Larisa',
  'Aina',
  'Ogulgerek',
  'Jeren',
  'Gulbahor',
  'Mihrigul',
  'Patigul',
  'Gulayim',
  'Kamila',
  'Sevara',
  'Umida',
  'Tahmina',
  'Manizha',
  'Munira',
  'Altynai',
  'Nazgul',
  'Akmaral',
  'Tomiris',
  'Meerim',
  'Parvina',
  'Nozanin',
  'Aybike',
  'Leyla',
  'Elmira',
  'Sarbinaz',
  'Gulshat',
  'Rozinisa',
  'Saltanat',
];
const EN_M = [
  'Nurlan',
  'Yerlan',
  'Daniyar',
  'Azamat',
  'Jasur',
  'Sherzod',
  'Ulugbek',
  'Farrukh',
  'Bakhtiyor',
  'Rustam',
  'Faridun',
  'Shahrom',
  'Parviz',
  'Mirlan',
  'Ermek',
  'Bekbolot',
  'Nurbek',
  'Kanat',
  'Maksat',
  'Merdan',
  'Dovlet',
  'Alisher',
  'Otabek',
  'Abdurehim',
  'Nurmemet',
  'Vadim',
  'Eduard',
  'Taras',
  'Bogdan',
  'Khurshed',
  'Jamshed',
  'Zafar',
  'Ilhom',
  'Sanjar',
  'Temirlan',
  'Allabergen',
  'Serdar',
  'Ruslan',
  'Arman',
  'Daler',
  'Shirinbek',
  'Dodikhudo',
];
const EN_S = [
  'Bekmuratov',
  'Zhaksylykov',
  'Omarov',
  'Abdullaev',
  'Rakhimov',
  'Nazarov',
  'Tursunov',
  'Karimov',
  'Yuldashev',
  'Mamytov',
  'Asanov',
  'Toktogulov',
  'Sharipov',
  'Davlatov',
  'Kurbanov',
  'Atayev',
  'Berdyev',
  'Orazov',
  'Yusupov',
  'Mirzoev',
  'Safarov',
  'Dosanov',
  'Ibraimov',
  'Saparbayev',
  'Utepov',
  'Zhumabayev',
  'Ergashev',
  'Kholmatov',
  'Khasanov',
  'Saidov',
  'Juraev',
  'Annayev',
  'Ovezov',
  'Seytmuratov',
  'Kdyrbaev',
  'Tursun',
  'Kadir',
  'Park',
  'Kim',
  'Tsoi',
  'Ten',
  'Ogai',
  'Kogai',
  'Hegai',
  'Li',
  'Shevchenko',
  'Kovalenko',
  'Rahimzoda',
  'Qodirzoda',
  'Yusufi',
];
const AR_M = [
  'Khalid Al Mansoori',
  'Rashid bin Saeed Al Nuaimi',
  'Omar Haddad',
  'Yousef Al Suwaidi',
  'Faisal Al Hammadi',
  'Tariq Nasser',
  'Hamdan Al Falasi',
];
const AR_F = ['Hessa Al Marri', 'Mariam Al Ketbi', 'Noura Al Zaabi', 'Leila Haddad', 'Amal Nasser'];
const CN_S = ['Wang', 'Zhang', 'Liu', 'Chen', 'Zhao', 'Sun', 'Ma', 'Zhou', 'Xu', 'Guo'];
const CN_F = ['Lihua', 'Min', 'Jing', 'Xiaoyan', 'Meiling', 'Yufei', 'Hongmei'];
const CN_M = ['Wei', 'Jun', 'Hao', 'Zhiqiang', 'Lei', 'Bo', 'Jianguo'];
function mkEn(f = chance(0.6)) {
  const r = rnd();
  if (r < 0.08) {
    const n = pick(f ? AR_F : AR_M).split(' ');
    return { g: n[0], s: n.slice(1).join(' '), f, full: n.join(' ') };
  }
  if (r < 0.15) {
    const s = pick(CN_S);
    const g = pick(f ? CN_F : CN_M);
    return { g, s, f, full: `${s} ${g}` };
  }
  if (r < 0.2) {
    const t = mkTr(f);
    return { g: t.g, s: t.s, f, full: `${t.g} ${t.s}` };
  }
  if (r < 0.26) {
    const t = mkTm(f);
    return { g: t.g, s: t.s, f, full: `${t.g} ${t.s}` };
  }
  const s0 = pick(EN_S);
  const s = f && /(ov|ev|yev)$/.test(s0) ? s0 + 'a' : s0;
  const g = pick(f ? EN_F : EN_M);
  return { g, s, f, full: `${g} ${s}` };
}
const capsEn = (p) => `${p.s.toUpperCase()}, ${p.g}`;

// ================================================================== templates
const T = {};
for (const l of ['ru', 'en', 'kk', 'uz', 'ky', 'tg', 'tr']) T[l] = { pos: [], neg: [] };
const fe = (p, m, f) => (p.f ? f : m);

// ------------------------------------------------------------------ ru: positives
T.ru.pos.push(
  () => {
    const p = mkRu(true);
    return S`${PER(p.g)} приехала в ${pick(['Москву', 'Стамбул', 'Дубай', 'Сеул', 'Анталью', 'Казань'])} в ${pick(['марте', 'апреле', 'сентябре', 'ноябре'])} ${ri(2018, 2023)} года по приглашению подруги. В аэропорту у ${PER(rn(p, 'g', 'G'))} забрали паспорт, а через неделю ${PER(rn(p, 'g', 'D'))} объявили, что она должна ${ri(2, 9)} 000 долларов «за дорогу».`;
  },
  () => {
    const p = mkRu(true);
    return S`ПРОТОКОЛ ДОПРОСА ПОТЕРПЕВШЕЙ\n${pick(['Допрошена', 'Опрошена'])} гр. ${PER(rn(p, 'sgp'))}, ${DOB(fdate('ru', dob()))} г.р., уроженка ${pick(['г. Ош', 'г. Джалал-Абад', 'с. Кара-Суу', 'г. Нарын', 'г. Баткен'])}, проживающая по адресу: г. Бишкек, ${ADR(ruAddr().text)}, тел. ${PHO(phone('kg'))}.`;
  },
  () => {
    const d = mkRu(false);
    const v1 = mkRu(true);
    const v2 = mkRu(true);
    return S`Приговором ${pick(['Медеуского районного суда г. Алматы', 'Октябрьского районного суда г. Бишкека', 'Яккасарайского районного суда по уголовным делам г. Ташкента', 'суда района Сино г. Душанбе'])} от ${fdate('ru', anyDate(), 'words')} ${PER(rn(d, pick(['sgp', 'sg', 'gs'])))} признан виновным в вербовке ${PER(rn(v1, 'gs', 'G'))} и ${PER(rn(v2, pick(['g', 'gs']), 'G'))} с целью сексуальной эксплуатации.`;
  },
  () => {
    const p = mkRu();
    const d = dob();
    const rows = [
      S`АНКЕТА ПЕРВИЧНОГО ОБРАЩЕНИЯ № ${ri(100, 999)}/${ri(19, 24)}`,
      S`ФИО: ${PER(rn(p, 'caps'))}`,
      S`Дата рождения: ${DOB(fdate('ru', d))}`,
      S`ИИН: ${NID(mkIIN(d, p.f, chance(0.3)))}`,
      S`Удостоверение личности: № ${PAS(pasp('kzid'))}`,
      S`Адрес: г. ${pick(['Караганда', 'Актобе', 'Павлодар', 'Семей', 'Кызылорда'])}, ${ADR(ruAddr().text)}`,
      S`Телефон: ${PHO(phone('kz'))}`,
    ];
    if (chance(0.5)) rows.push(S`Эл. почта: ${EML(mkEmail(p.g, p.s))}`);
    rows.push(S`Направлена: ${pick(['ОФ «Родник»', 'кризисный центр «Забота»', 'МОМ, офис в г. Астане'])}`);
    return JL(rows);
  },
  () => {
    const a = mkRu(true);
    const b = mkRu(false);
    const dt = anyDate();
    const t = clock();
    const ts = () => `[${pad(dt.d)}.${pad(dt.m)}.${dt.y} ${t()}]`;
    const an = chance(0.5) ? a.g.toLowerCase() : a.g;
    const bn = chance(0.4) ? pick(['Бобо', 'Толик', 'Рустик', 'Нурик', 'Жека', 'Санёк']) : b.g;
    return JL([
      S`${ts()} ${PER(an)}: привет, твой номер мне дала ${PER(mkRu(true).g.toLowerCase())}`,
      pick([
        S`${ts()} ${PER(bn)}: запиши номер телефона водителя ${PHO(phone('ru'))}, он встретит в Домодедово`,
        S`${ts()} ${PER(bn)}: вот номера: ${PHO(phone('ru'))} и ${PHO(phone('kz'))}, звони после девяти`,
      ]),
      S`${ts()} ${PER(an)}: а паспорт кому отдать?`,
      S`${ts()} ${PER(bn)}: ${PER(rn(mkRu(true), 'g', 'D').toLowerCase())} отдашь, она на регистрацию отнесёт`,
    ]);
  },
  () => {
    const p = mkRu(true);
    const r = mkRu(true);
    const h = mkHandle(r.g, r.s);
    return JL([
      S`Вопрос: Назовите ваши фамилию, имя и дату рождения.`,
      S`Ответ: ${PER(rn(p, 'sg'))}, родилась ${DOB(fdate('ru', dob(), pick(['words', 'num'])))} в ${pick(['Джизаке', 'Оше', 'Худжанде', 'Туркестане', 'Дашогузе', 'Нукусе'])}.`,
      S`Вопрос: Кто предложил вам работу?`,
      S`Ответ: Женщина по имени ${PER(r.g)}. Она писала мне в ${pick(['«инсте»', 'инстаграме', 'тиктоке'])} с аккаунта ${HDL(chance(0.5) ? '@' + h : h)}.`,
    ]);
  },
  () => {
    const p = mkRu();
    const q = mkRu();
    return JL([
      S`ВЫПИСКА ПО СЧЁТУ ${IBN(fmtIban(mkIban('KZ')))}`,
      S`Владелец: ${PER(rn(p, pick(['sgp', 'caps'])))}`,
      S`Карта: ${CRD(mkCard(pick(['kaspi', 'halyk', 'visa', 'mc']), chance(0.4)))}`,
      S`${fdate('ru', anyDate())} Входящий перевод ${ri(50, 900)} 000 KZT, отправитель ${PER(rn(q, 'ini'))}`,
      S`${fdate('ru', anyDate())} Снятие наличных ${ri(20, 300)} 000 KZT, банкомат АО «${pick(['Halyk Bank', 'Bank CenterCredit', 'Jusan Bank'])}»`,
    ]);
  },
  () => {
    const p = mkRu();
    const d = dob();
    return S`${fe(p, 'Гражданин', 'Гражданка')} Республики Узбекистан ${PER(rn(p, 'caps'))} (ПИНФЛ ${NID(mkPINFL(d, p.f, chance(0.3)))}, паспорт ${PAS(pasp('uz'))}, дата рождения ${DOB(fdate('ru', d))}) ${fe(p, 'въехал', 'въехала')} в Российскую Федерацию ${fdate('ru', anyDate())} через МАПП «${pick(['Маштаков', 'Сагарчин', 'Орск'])}», цель визита — «работа».`;
  },
  () => {
    const drv = mkRu(false);
    return S`Потерпевших доставили в ${pick(['Шымкент', 'Тараз', 'Кордай', 'Атырау'])} на ${pick(['микроавтобусе Hyundai Starex', 'автомобиле Toyota Camry', 'автомобиле Daewoo Nexia', 'минивэне Toyota Alphard'])} с государственным номером ${PLT(plate('kz'))} под управлением ${PER(rn(drv, pick(['sini', 'gs', 'sg']), 'G'))}.`;
  },
  () => {
    const p = mkRu(false);
    return S`По данным системы «Поток», транспортное средство ${pick(['ГАЗель Next', 'Lada Largus', 'Mercedes-Benz Sprinter', 'Ford Transit'])} с регистрационным знаком ${PLT(plate(chance(0.6) ? 'ruLat' : 'ru'))} зафиксировано на трассе ${pick(['М-4 «Дон»', 'М-5 «Урал»', 'Р-22 «Каспий»'])} ${fdate('ru', anyDate(), 'words')}; собственник — ${PER(rn(p, pick(['sgp', 'sini'])))}.`;
  },
  () => {
    const p = mkRu();
    return S`В ходе обыска в квартире ${PER(rn(p, 'sg', 'G'))} изъяты СНИЛС № ${NID(mkSNILS(chance(0.3)))}, свидетельство ИНН ${NID(mkINN12(chance(0.3)))} и ${ri(3, 17)} паспортов граждан ${pick(['Узбекистана', 'Таджикистана', 'Кыргызстана'])}.`;
  },
  () => {
    const p = mkRu(true);
    const a = ruAddr(pick(['P', 'P', 'D']));
    const tail = pick(['почти три месяца', 'с января по май', 'около двух недель', 'до самого задержания']);
    return a.prep === 'по'
      ? S`${PER(p.g)} и ещё ${pick(['две', 'три', 'четыре'])} девушки жили по ${ADR(a.text)} ${tail}.`
      : S`${PER(p.g)} ${pick(['жила', 'находилась взаперти', 'пряталась'])} ${a.prep} ${ADR(a.text)} ${tail}.`;
  },
  () => {
    const p = mkRu(false);
    return S`Работодатель ${PER(rn(p, 'sgp'))} зарегистрирован по адресу: г. Москва, ${ADR(moscowAddr())}; фактически ${ri(12, 40)} рабочих жили в ангаре в ${pick(['Подольске', 'Балашихе', 'Люберцах', 'Мытищах'])}.`;
  },
  () => {
    const rows = [
      S`Список лиц, установленных в ходе ОРМ «${pick(['Нелегал', 'Мигрант', 'Невольник'])}» (${pick(['г. Екатеринбург', 'г. Новосибирск', 'г. Казань', 'г. Сургут'])}):`,
      S`№ | Ф.И.О. | Дата рождения | Документ`,
    ];
    const n = ri(3, 4);
    for (let i = 0; i < n; i++) {
      const p = mkRu();
      const k = pick(['uz', 'tj', 'kg', 'kz']);
      rows.push(
        S`${i + 1} | ${PER(rn(p, pick(['sgp', 'caps', 'sg'])))} | ${DOB(fdate('ru', dob()))} | ${k === 'kz' ? 'уд. личности' : 'паспорт'} ${PAS(pasp(k === 'kz' ? 'kzid' : k))}`,
      );
    }
    return JL(rows);
  },
  () => {
    const r = mkRu(true);
    const h = mkHandle(r.g, r.s);
    return S`🔥 ВАКАНСИЯ! ${pick(['Официантки', 'Хостес', 'Няни', 'Горничные', 'Массажистки'])} в ${pick(['Дубай', 'Стамбул', 'Анталью', 'Сеул', 'Бахрейн'])}, з/п от ${ri(8, 30)}00$, жильё и билеты за счёт фирмы. Пишите в WhatsApp ${PHO(phone(pick(['kz', 'ae', 'tr', 'ru', 'uz'])))} или в ${pick(['тг', 'телеграм', 'Telegram'])} ${HDL(chance(0.5) ? '@' + h : h)}, спросить ${PER(r.g)}.`;
  },
  () => {
    const p = mkRu();
    return S`${fe(p, 'Свидетель', 'Свидетельница')} ${PER(shy(rn(p, pick(['gs', 'sg', 'sgp']))))} ${fe(p, 'пояснил', 'пояснила')}, что ${fe(p, 'видел', 'видела')} потерпевших в кафе «${pick(['Достар', 'Навват', 'Бахор', 'Шафран'])}» на ${pick(['улице Фурката', 'проспекте Абая', 'улице Ибраимова', 'проспекте Рудаки'])}.`;
  },
  () => {
    const p = mkRu();
    const d = dob();
    const k = pick(['uz', 'kg', 'tj', 'kz']);
    const cc = { uz: 'UZB', kg: 'KGZ', tj: 'TJK', kz: 'KAZ' }[k];
    return [
      ...S`Копия паспорта ${PER(rn(p, 'sg', 'G'))}, машиночитаемая зона:\n`,
      ...mrz(ruFemSur(p.s, p.f), p.g, cc, pasp(k).replace(/ /g, ''), d, p.f),
    ];
  },
  () => {
    const p = mkRu();
    const q = mkRu(false);
    return S`${cap(fdate('ru', anyDate(), 'words'))} ${PER(rn(q, 'gs'))} перевёл ${PER(rn(p, pick(['gs', 'g', 'sg']), 'D'))} ${ri(50, 300)} 000 рублей через систему «${pick(['Золотая Корона', 'Юнистрим', 'Контакт'])}», контрольный номер перевода ${dg(10)}.`;
  },
  () => {
    const p = mkRu(true);
    return S`По словам ${PER(rn(p, 'g', 'G'))}, девушек поселили в Дубае, район ${pick(['Дейра', 'Аль-Кусайс', 'Бур-Дубай', 'Аль-Нахда'])}, по адресу ${ADR(aeAddr())}; квартиру снимал ${PER(pick(RU_AE))} (Emirates ID ${NID(mkEID(chance(0.25)))}).`;
  },
  () => {
    const p = mkRu(true);
    const t = mkTr(true);
    return S`В Стамбуле ${PER(p.g)} работала в квартире по адресу ${ADR(trAddr())}, ${pick(['Эсеньюрт', 'Зейтинбурну', 'Лалели', 'Фатих', 'Бахчелиэвлер'])}; хозяйка квартиры — ${PER(`${t.g} ${t.s}`)}, тел. ${PHO(phone('tr'))}.`;
  },
  () => {
    const p = mkRu();
    return S`Сведения о ${PER(rn(p, pick(['gs', 'sg', 'sgp']), 'P'))} (электронная почта ${EML(mkEmail(p.g, p.s))}) направлены в ${pick(['НЦБ Интерпола', 'ГУ МВД России по г. Москве', 'Пограничную службу КНБ'])} для установления местонахождения.`;
  },
  () => {
    const p = mkRu();
    const d = dob();
    return chance(0.5)
      ? S`Личность ${PER(rn(p, 'sg', 'G'))} установлена по персональному идентификационному номеру (ПИН) ${NID(mkKgPin(d, p.f))}; ${fe(p, 'родился', 'родилась')} ${DOB(fdate('ru', d, pick(['num', 'words'])))} в ${pick(['Таласской', 'Иссык-Кульской', 'Ошской', 'Нарынской'])} области.`
      : S`Согласно справке налогового органа, ИНН ${PER(rn(p, 'sg', 'G'))} — ${NID(mkTjInn())}, заграничный паспорт № ${PAS(pasp('tj'))} выдан ${fdate('ru', anyDate())}.`;
  },
  () => {
    const p = mkRu(true);
    const [lab, kind] = pick([
      ['Kaspi Gold', 'kaspi'],
      ['Visa Classic', 'visa'],
      ['«Мир»', 'mir'],
      ['Humo', 'humo'],
      ['Элкарт', 'elcart'],
    ]);
    return S`На карту ${lab} ${CRD(mkCard(kind, chance(0.6)))}, оформленную на имя ${PER(rn(p, 'gs', 'G'))}, за месяц поступило ${ri(11, 40)} переводов от разных лиц.`;
  },
  () => {
    const a = mkRu(true);
    const b = mkRu(false);
    return S`Вместе с ${PER(rn(a, pick(['g', 'gs']), 'I'))} в ${pick(['Турцию', 'ОАЭ', 'Южную Корею', 'Россию'])} ${pick(['вылетели', 'отправились'])} ещё две девушки из ${pick(['Каракалпакстана', 'Сурхандарьинской области', 'Баткенской области', 'Хатлонской области', 'Дашогузского велаята'])}; билеты оплатил ${PER(rn(b, 'sg'))}, тел. ${PHO(phone(pick(['uz', 'tj', 'kg', 'tm'])))}.`;
  },
  () => {
    const p = mkRu(true);
    return S`ПОСТАНОВЛЕНИЕ\nо признании потерпевшей\n${pick(['Следователь СУ ДП г. Алматы', 'Следователь по особо важным делам', 'Дознаватель ОВД'])}, рассмотрев материалы уголовного дела № ${ri(1000, 9999)}${dg(5)}, ПОСТАНОВИЛ: признать ${PER(rn(p, 'caps'))}, ${DOB(fdate('ru', dob()))} года рождения, потерпевшей.`;
  },
  () => {
    const p = mkRu(true);
    const nick = pick(['Лола', 'Кристи', 'Жасмин', 'Роза', 'Мадам Лиля', 'Сая']);
    return S`Со слов ${PER(rn(p, 'g', 'G'))}, «старшей» в квартире была женщина, которую все звали «${PER(nick.replace('Мадам ', ''))}»; её настоящее имя — ${PER(rn(mkRu(true), 'gs'))}, ${pick(['около 40 лет', 'на вид 35–40 лет', 'примерно 50 лет'])}.`;
  },
  () => {
    const p = {
      g: pick(['Вадим', 'Эдуард', 'Олег', 'Руслан', 'Артур']),
      s: pick(['Пак', 'Ким', 'Цой', 'Тен', 'Огай', 'Когай', 'Хегай', 'Югай', 'Шин']),
      f: false,
      fa: pick(['Владимир', 'Борис', 'Эдуард', 'Вадим', 'Роберт']),
    };
    const w = {
      g: pick(['Лариса', 'Марина', 'Светлана', 'Инна', 'Ирина']),
      s: pick(['Ли', 'Нам', 'Хан', 'Тян', 'Ким']),
      f: true,
      fa: 'Борис',
    };
    return S`Организатором канала выезда в Республику Корея являлся ${PER(rn(p, 'sgp'))}, ${DOB(fdate('ru', dob(), 'words'))} рождения; деньги «за визу» собирала его сожительница ${PER(rn(w, 'gs'))}, номер телефона ${PHO(phone('kr'))}.`;
  },
);

// ------------------------------------------------------------------ ru: hard negatives
T.ru.neg.push(
  () =>
    S`${pick(['Генеральная прокуратура Республики Казахстан', 'Генеральная прокуратура Кыргызской Республики', 'МВД Республики Узбекистан'])} сообщает, что за ${pick(['9 месяцев', 'первое полугодие', 'прошлый год'])} ${ri(2019, 2024)} года по статье ${pick(['128', '135', '308', '171'])} зарегистрировано ${ri(12, 90)} уголовных правонарушений, что на ${ri(3, 30)}% больше, чем годом ранее.`,
  () =>
    S`В докладе Государственного департамента США о торговле людьми за ${ri(2019, 2024)} год ${pick(['Кыргызстан', 'Таджикистан', 'Туркменистан', 'Узбекистан', 'Казахстан'])} отнесён ко ${pick(['второй категории', 'второй категории (список наблюдения)', 'третьей категории'])}; эксперты МОМ и ОБСЕ отмечают рост вербовки через ${pick(['Telegram', 'Instagram', 'TikTok'])}.`,
  () =>
    S`Рейс ${pick(['KC 895', 'HY 601', 'FZ 1722', 'TK 351', 'PC 1313', 'ZM 341', 'SU 1881'])} ${pick(['Алматы — Стамбул', 'Ташкент — Дубай', 'Бишкек — Москва', 'Душанбе — Казань', 'Ашхабад — Стамбул'])} прибыл ${fdate('ru', anyDate(), 'words')} в ${pad(ri(0, 23))}:${pad(ri(0, 59))}; на борту находились ${ri(3, 14)} завербованных девушек.`,
  () =>
    S`Если вы или ваши близкие оказались в трудной ситуации за рубежом, звоните на горячую линию ${pick(['МОМ по безопасной миграции', 'Кризисного центра «Сезим»', 'Министерства труда', 'по противодействию торговле людьми'])} ${pick(['1409', '8 800 080 8000', '0 800 50 05 00', '+996 (312) 98 66 00', '1190', '+998 71 200 00 11'])} — звонок бесплатный и анонимный.`,
  () =>
    S`Уголовное дело № ${ri(1, 9)}-${ri(100, 999)}/${ri(2020, 2024)} по обвинению по ч. ${ri(2, 4)} ст. ${pick(['127.1', '171', '135', '130.1', '128'])} ${pick(['УК РФ', 'УК КР', 'УК РУз', 'УК РТ', 'УК РК'])} поступило в ${pick(['Свердловский районный суд г. Бишкека', 'Ленинский районный суд г. Оренбурга', 'Хатлонский областной суд', 'Есильский районный суд г. Астаны'])}; заседание назначено на ${fdate('ru', anyDate())}, ${pick(['понедельник', 'среду', 'пятницу'])}.`,
  () =>
    S`${pick(['Потерпевшая', 'Мать потерпевшей', 'Сестра заявительницы', 'Подруга'])} пояснила, что на ${pick(['улице Толе би', 'проспекте Абая', 'улице Фурката', 'проспекте Чуй', 'улице Навои'])} её ${pick(['ждал', 'встретил'])} незнакомый мужчина на ${pick(['белой Toyota Camry', 'серой Chevrolet Cobalt', 'чёрном Lexus LX 570', 'синей Daewoo Matiz'])} без номеров.`,
  () =>
    S`ЗАКЛЮЧЕНИЕ ФИНАНСОВОЙ ЭКСПЕРТИЗЫ\nОбщая сумма дохода организованной группы составила ${ri(2, 90)} ${pick(['млн тенге', 'млн рублей', 'млн сомов', 'млрд сумов'])}, из них ${ri(10, 60)}% выведено через ${pick(['ТОО «Восток-Транзит»', 'ООО «Альфа Логистик»', 'ИП «Транзит-Сервис»', 'ОсОО «Ак-Жол Тревел»'])} и ${pick(['АО «Kaspi Bank»', 'ПАО «Сбербанк»', 'ОАО «Айыл Банк»'])}.`,
  () =>
    S`Программа УНП ООН и ОБСЕ «${pick(['Безопасная миграция', 'Вместе против торговли людьми', 'Сильные общины'])}» в ${ri(2019, 2022)}–${ri(2023, 2025)} годах охватила ${ri(12, 60)} сёл ${pick(['Ферганской долины', 'Согдийской области', 'Туркестанской области', 'Чуйской области'])}; обучение прошли ${ri(200, 900)} человек.`,
  () =>
    S`Квитанция № ${dg(9)} от ${fdate('ru', anyDate())}: перевод через ${pick(['Western Union', 'MoneyGram', '«Золотую Корону»', 'Unistream'])} на сумму ${ri(3, 15)}00 USD, комиссия ${ri(1, 3)}%. Код перевода ${dg(10)}.`,
  () =>
    S`${pick(['Накануне Навруза', 'Перед Курбан-байрамом', 'В канун Нового года', 'После Рамадана'])} мать и брат потерпевшей узнали, что она находится в ${pick(['Анкаре', 'Абу-Даби', 'Сеуле', 'Казани'])}. В ${pick(['понедельник', 'пятницу', 'субботу'])} они обратились в посольство. Отец написал заявление в ${pick(['ГУВД', 'ОВД Октябрьского района', 'УВД г. Оша'])}.`,
  () =>
    S`Тренинг для ${ri(20, 60)} инспекторов прошёл в ${pick(['Карагандинской академии МВД им. Б. Бейсенова', 'Академии МВД им. Э. Алиева', 'школе-лицее им. Ч. Айтматова', 'Университете им. аль-Фараби'])}; у памятника ${pick(['Абаю', 'Навои', 'Рудаки', 'Манасу'])} на ${pick(['проспекте Достык', 'площади Ала-Тоо', 'проспекте Рудаки'])} волонтёры раздавали листовки.`,
);

// ------------------------------------------------------------------ en: positives
T.en.pos.push(
  () => {
    const p = mkEn(true);
    return S`${PER(p.g)}, ${ri(16, 27)}, was recruited in ${pick(['Osh', 'Jalal-Abad', 'Namangan', 'Khujand', 'Dashoguz', 'Nukus', 'Shymkent'])} by a woman she met at a wedding. After arriving in ${pick(['Dubai', 'Istanbul', 'Moscow', 'Almaty', 'Seoul'])}, ${PER(p.g)}'s passport was taken "for registration" and never returned.`;
  },
  () => {
    const p = mkEn();
    const k = pick(['kg', 'uz', 'tj', 'kz', 'tm']);
    const nat = { kg: 'Kyrgyz', uz: 'Uzbek', tj: 'Tajik', kz: 'Kazakh', tm: 'Turkmen' }[k];
    const rows = [
      S`NGO INTAKE FORM (CONFIDENTIAL)`,
      S`Client name: ${PER(p.full)}`,
      S`Date of birth: ${DOB(fdate('en', dob(), pick(['num', 'words'])))}`,
      S`Nationality: ${nat}`,
      S`Passport No.: ${PAS(pasp(k))}`,
      S`Phone (WhatsApp): ${PHO(phone(k === 'tm' ? 'tm' : k))}`,
    ];
    if (chance(0.6)) rows.push(S`Email: ${EML(mkEmail(p.g, p.s))}`);
    rows.push(
      S`Referred by: ${pick(['IOM Almaty', 'OSCE Programme Office', 'the Embassy in Abu Dhabi', 'a hotline operator'])}`,
    );
    return JL(rows);
  },
  () => {
    const d = mkEn(false);
    const v = mkEn(true);
    return S`JUDGMENT. The defendant ${PER(d.full)} was found guilty under Article ${pick(['171', '128', '135', '127.1'])} of the Criminal Code and sentenced to ${ri(5, 12)} years. The court found that he had confiscated the passports of ${PER(v.full)} and ${PER(mkEn(true).g)} and forced them to work without pay.`;
  },
  () => {
    const p = mkEn(true);
    return S`Dubai Police report ${ri(100, 999)}/${ri(2021, 2024)}: the complainant ${PER(p.full)} (Emirates ID ${NID(mkEID(chance(0.25)))}) stated that she was held at ${ADR(aeAddr())}, ${pick(['Deira', 'Al Qusais', 'Bur Dubai', 'Al Nahda', 'Al Karama'])}, by a man known to her as "${PER(pick(['Bobo', 'Sasha', 'Tolik', 'Abu Ali', 'Rico']))}".`;
  },
  () => {
    const a = mkEn(true);
    const b = mkEn(false);
    const dt = anyDate();
    const t = clock();
    const ds = `${pad(dt.d)}/${pad(dt.m)}/${dt.y}`;
    const bn = b.g.toLowerCase();
    return JL([
      S`${ds}, ${t()} - ${PER(a.g)}: where are you`,
      S`${ds}, ${t()} - ${PER(bn)}: at the apartment. tell ${PER(mkEn(true).g.toLowerCase())} to bring the passports`,
      S`${ds}, ${t()} - ${PER(a.g)}: ok. send me the driver's WhatsApp`,
      S`${ds}, ${t()} - ${PER(bn)}: ${PHO(phone(pick(['ae', 'tr', 'kz'])))} his name is ${PER(pick(['Rustam', 'Kamol', 'Murod', 'Sanjar']))}`,
    ]);
  },
  () => {
    const p = mkEn(true);
    const r = mkEn(false);
    return JL([
      S`Q: Please state your full name.`,
      S`A: ${PER(p.full)}.`,
      S`Q: When and where were you born?`,
      S`A: On ${DOB(fdate('en', dob(), 'words'))}, in ${pick(['Karakol', 'Kulob', 'Termez', 'Taraz', 'Mary'])}.`,
      S`Q: Who organised the trip?`,
      S`A: A man called ${PER(r.g)}. His number was ${PHO(phone(pick(['uz', 'tj', 'kg', 'ru'])))}.`,
    ]);
  },
  () => {
    const p = mkEn();
    const q = mkEn();
    const cc = pick(['AE', 'TR', 'GE', 'AZ']);
    return JL([
      S`STATEMENT OF ACCOUNT`,
      S`Account holder: ${PER(capsEn(p))}`,
      S`IBAN: ${IBN(fmtIban(mkIban(cc)))}`,
      S`Card: ${CRD(mkCard(pick(['ae', 'visa', 'mc2', 'troy']), chance(0.5)))}`,
      S`${fdate('en', anyDate())} Incoming transfer from ${PER(q.full)} ${cc === 'AE' ? 'AED' : 'USD'} ${ri(1, 9)},${ri(100, 999)}.00`,
      S`${fdate('en', anyDate())} ATM withdrawal ${cc === 'AE' ? 'AED' : 'USD'} ${ri(2, 9)}00.00`,
    ]);
  },
  () => {
    const r = mkEn(true);
    const h = mkHandle(r.g, r.s);
    return S`JOBS IN ${pick(['ISTANBUL', 'DUBAI', 'ANTALYA', 'SEOUL'])}! Nannies, cleaners, waitresses, salary $${ri(7, 14)}00 per month, free housing. WhatsApp ${PHO(phone(pick(['tr', 'ae', 'kz', 'uz'])))} (ask for ${PER(r.g)}) or Telegram ${HDL(h)}.`;
  },
  () => {
    const rows = [
      S`Annex ${ri(1, 4)}. Persons identified at the ${pick(['shelter', 'border crossing point', 'construction site'])}`,
      S`# | Name | DOB | Document`,
    ];
    const n = ri(3, 4);
    for (let i = 0; i < n; i++) {
      const p = mkEn();
      rows.push(
        S`${i + 1} | ${PER(pick([p.full, capsEn(p)]))} | ${DOB(fdate('en', dob()))} | ${PAS(pasp(pick(['uz', 'tj', 'kg', 'tm', 'cn'])))}`,
      );
    }
    return JL(rows);
  },
  () => {
    const p = mkEn();
    const d = dob();
    const k = pick(['uz', 'kg', 'tj', 'tm']);
    return [
      ...S`Passport data page (copy on file), machine-readable zone:\n`,
      ...mrz(p.s, p.g, { uz: 'UZB', kg: 'KGZ', tj: 'TJK', tm: 'TKM' }[k], pasp(k).replace(/ /g, ''), d, p.f),
    ];
  },
  () =>
    S`Surveillance shows a grey ${pick(['Chevrolet Cobalt', 'Chevrolet Gentra', 'Daewoo Nexia'])} with Uzbek registration ${PLT(plate('uz'))} collecting the women near ${pick(['Chorsu bazaar', 'the Tashkent railway station', 'Yallama border post'])}; a second car, a Toyota Land Cruiser, carried ${PLT(plate('kz'))} Kazakh plates.`,
  () => {
    const p = mkEn(true);
    const h1 = mkHandle(p.g, p.s);
    const h2 = mkHandle(p.g);
    return S`Posted on Instagram by ${HDL('@' + h1)}: "Looking for girls 18–25 for hotel work in Antalya, DM me". The same person, who signs as ${PER(p.g)}, runs the page ${HDL(pick(['instagram.com/', 't.me/', 'tiktok.com/@']) + h2)}.`;
  },
  () => {
    const p = mkEn();
    return S`The witness, ${PER(shy(p.full))}, told investigators that the ${pick(['victims', 'women', 'workers'])} were moved at night from ${pick(['Almaty', 'Bishkek', 'Tashkent', 'Khujand'])} to the border.`;
  },
  () => {
    const p = mkEn();
    const d = dob();
    return S`Subject: ${PER(capsEn(p))} | DOB: ${DOB(fdate('en', d))} | IIN (as recorded on the intake sheet): ${NID(mkIIN(d, p.f, chance(0.5)))} | Kazakh ID card ${PAS(pasp('kzid'))}`;
  },
  () => {
    const p = { s: pick(CN_S), g: pick(CN_F), f: true };
    const u = mkEn(true);
    return S`The restaurant in ${pick(['Urumqi', 'Khorgos', 'Kashgar'])} was run by ${PER(`${p.s} ${p.g}`)}; two Uyghur women, ${PER(pick(['Mihrigul', 'Patigul', 'Rozinisa', 'Gulbahar']))} and ${PER(pick(['Aynur Tursun', 'Zulpiye Kadir', 'Mayila Abdurehim']))}, said their passports were kept in a safe. A third, ${PER(u.g)}, was born on ${DOB(fdate('en', dob(), 'words'))}.`;
  },
  () => {
    const p = mkEn(true);
    const t = mkTr();
    return S`In Istanbul ${PER(p.g)} lived at ${ADR(trAddr())}, ${pick(['Esenyurt', 'Zeytinburnu', 'Laleli', 'Avcılar'])}, in a flat rented by ${PER(`${t.g} ${t.s}`)} (TC Kimlik No. ${NID(mkTC(chance(0.3)))}).`;
  },
  () => {
    const p = mkEn(true);
    return S`${PER(p.full)} was born ${DOB(fdate('en', dob(), pick(['words', 'num'])))} and, according to her mother, left home in ${pick(['March', 'June', 'October'])} ${ri(2019, 2023)} after answering an advert for ${pick(['hotel jobs', 'sewing work', 'a cafe job'])}.`;
  },
  () => {
    const p = mkEn();
    return S`The Russian employer ${PER(pick(['Sergei Volkov', 'Andrei Petrov', 'Igor Smirnov', 'Pavel Morozov']))} registered ${PER(p.full)} under SNILS ${NID(mkSNILS(chance(0.3)))} and tax number (INN) ${NID(mkINN12(chance(0.3)))}, although the worker never received a contract.`;
  },
  () => {
    const p = mkEn(true);
    return S`Home address given by the victim: ${pick(['Bishkek', 'Almaty', 'Dushanbe', 'Tashkent', 'Ashgabat'])}, ${ADR(enAddr())}. Her sister ${PER(mkEn(true).g)} can be reached on ${PHO(phone(pick(['kg', 'kz', 'tj', 'uz', 'tm'])))}.`;
  },
  () => {
    const p = mkEn();
    return S`Payments were made to a ${pick(['Visa', 'Mastercard', 'Humo', 'Kaspi'])} card ${CRD(mkCard(pick(['visa', 'mc', 'humo', 'kaspi']), chance(0.5)))} held by ${PER(p.full)} and then to the account ${IBN(fmtIban(mkIban(pick(['KZ', 'UA', 'TR']))))}.`;
  },
  () => {
    const p = mkEn(false);
    return S`A black Toyota Camry with Russian plates ${PLT(plate('ruLat'))} registered to ${PER(pick(['Dmitry Orlov', 'Timur Gafurov', p.full]))} was used to bring workers from ${pick(['Kazan', 'Yekaterinburg', 'Novosibirsk'])}; a Kyrgyz minibus ${PLT(plate('kg'))} picked them up at the border.`;
  },
  () => {
    const p = mkEn(true);
    return S`Contact details taken at intake: email ${EML(mkEmail(p.g, p.s))}, Telegram ${HDL(mkHandle(p.g, p.s))}, mobile ${PHO(phone(pick(['kz', 'uz', 'kg'])))}. The client asked to be called ${PER(pick(['Gulya', 'Dina', 'Zara', 'Aika', 'Nika']))}.`;
  },
);

// ------------------------------------------------------------------ en: hard negatives
T.en.neg.push(
  () =>
    S`The U.S. Department of State's ${ri(2019, 2024)} Trafficking in Persons Report places ${pick(['Kazakhstan', 'Kyrgyzstan', 'Tajikistan', 'Uzbekistan', 'Turkmenistan'])} on ${pick(['Tier 2', 'the Tier 2 Watch List', 'Tier 3'])}; the government identified ${ri(40, 400)} victims, ${ri(10, 70)}% of them women.`,
  () =>
    S`Victims can call the ${pick(['IOM hotline', 'national anti-trafficking hotline', 'Ministry of Labour helpline', 'YIMER line'])} ${pick(['1409', '157', '+996 (312) 98 66 00', '8 800 080 8000', '1190'])} free of charge, ${pick(['24 hours a day', 'on weekdays from 9 to 18', 'seven days a week'])}.`,
  () =>
    S`Flight ${pick(['TK 351', 'FZ 1722', 'KC 895', 'HY 601', 'PC 1313', 'T5 723'])} from ${pick(['Istanbul', 'Dubai', 'Almaty', 'Tashkent', 'Ashgabat'])} landed at ${pad(ri(0, 23))}:${pad(ri(0, 59))} on ${fdate('en', anyDate(), 'words')}; ${ri(3, 12)} of the passengers were later identified as recruits.`,
  () =>
    S`Case No. ${ri(1, 9)}-${ri(100, 999)}/${ri(2019, 2024)} was opened under Article ${pick(['171', '128', '135', '130.1'])} of the Criminal Code of the ${pick(['Kyrgyz Republic', 'Republic of Kazakhstan', 'Republic of Tajikistan'])}; decision No. ${ri(10, 99)}-${ri(1000, 9999)} of ${fdate('en', anyDate(), 'words')} was upheld on appeal.`,
  () =>
    S`Recruiters charged between $${ri(10, 15)}00 and $${ri(2, 4)},${ri(100, 900)} per person; about ${ri(20, 80)}% of the debt was "repaid" through unpaid work, according to ${pick(['UNODC', 'the OSCE', 'IOM', 'La Strada'])}.`,
  () =>
    S`Mother and father both told the court that their daughter had left for ${pick(['Turkey', 'the UAE', 'Russia', 'South Korea'])} after ${pick(['Nowruz', 'Eid al-Adha', 'Independence Day', 'New Year'])}. The family is ${pick(['Uzbek', 'Karakalpak', 'Kyrgyz', 'Tajik', 'Turkmen'])} and speaks little Russian.`,
  () =>
    S`The women were seen on ${pick(['Al Rigga Street', 'Abai Avenue', 'Tole Bi Street', 'Istiklal Avenue', 'Chui Avenue'])} near a ${pick(['Halyk Bank', 'Emirates NBD', 'Kaspi', 'Ziraat Bankası'])} branch, getting into a white ${pick(['Hyundai H-1', 'Toyota Hiace', 'Chevrolet Damas'])} with no plates.`,
  () =>
    S`Training took place at the ${pick(['Al-Farabi Kazakh National University', 'Academy of the Ministry of Internal Affairs named after E. Aliev', 'Ismoili Somoni military lyceum', 'Yunus Emre Institute'])}; participants visited the ${pick(['Amir Temur Square', 'Ala-Too Square', 'Navoi Theatre', 'Rudaki Park'])} on ${pick(['Monday', 'Friday', 'Sunday'])}.`,
);

// ------------------------------------------------------------------ kk (written in Cyrillic; rendered also in Latin)
T.kk.pos.push(
  () => {
    const p = mkKk(true);
    return S`${PER(p.g)} ${ri(2018, 2023)} жылы ${pick(['Түркияға', 'Дубайға', 'Мәскеуге', 'Кореяға'])} жұмыс іздеп кеткен. Сол жерде ${PER(kkSuf(p.g, 'gen'))} төлқұжатын жұмыс беруші тартып алған.`;
  },
  () => {
    const p = mkKk();
    const d = dob();
    return JL([
      S`ӨТІНІШ БЕРУШІНІҢ САУАЛНАМАСЫ`,
      S`Т.А.Ә.: ${PER(kn(p, 'caps'))}`,
      S`Туған күні: ${DOB(fdate('kk', d, pick(['num', 'words'])))}`,
      S`ЖСН: ${NID(mkIIN(d, p.f, chance(0.3)))}`,
      S`Жеке куәлік: № ${PAS(pasp('kzid'))}`,
      S`Мекенжайы: ${pick(['Алматы', 'Шымкент', 'Тараз', 'Қызылорда', 'Түркістан'])} қ., ${ADR(kkAddr())}`,
      S`Байланыс телефоны: ${PHO(phone('kz'))}`,
    ]);
  },
  () => {
    const p = mkKk(true);
    return S`Жәбірленуші ${PER(kn(p, pick(['sg', 'gs'])))} ${DOB(fdate('kkLoc', dob(), 'words'))} туған, ${pick(['Алматы', 'Астана', 'Ақтөбе', 'Атырау'])} қаласы, ${ADR(kkAddr())} мекенжайы бойынша тұрады.`;
  },
  () => {
    const a = mkKk(true);
    const b = mkKk(false);
    const dt = anyDate();
    const t = clock();
    const ts = () => `[${pad(dt.d)}.${pad(dt.m)}.${dt.y} ${t()}]`;
    return JL([
      S`${ts()} ${PER(a.g.toLowerCase())}: сәлем, нөміріңді ${PER(mkKk(true).g.toLowerCase())} берді`,
      S`${ts()} ${PER(b.g)}: иә, мына нөмірге WhatsApp-қа жаз: ${PHO(phone(pick(['tr', 'ae', 'kz'])))}`,
      S`${ts()} ${PER(a.g.toLowerCase())}: құжаттарды кімге беремін?`,
      S`${ts()} ${PER(b.g)}: ${PER(mkKk(true).g)} әуежайда күтіп алады, соған бересің`,
    ]);
  },
  () => {
    const p = mkKk();
    return S`${PER(kn(p, pick(['gs', 'sg', 's']), 'gen'))} атындағы ${CRD(mkCard(pick(['kaspi', 'halyk', 'visa']), chance(0.5)))} картасына ${ri(2, 9)}00 000 теңге аударылған; ақша кейін ${IBN(fmtIban(mkIban('KZ')))} шотына жіберілді.`;
  },
  () => {
    const p = mkKk();
    return S`Куәгер ${PER(p.g)} ${pick(['ақ түсті', 'қара түсті', 'сұр'])} ${pick(['Lada Priora', 'Toyota Camry', 'Hyundai Accent', 'Chevrolet Cobalt'])} көлігін көрген, мемлекеттік нөмірі ${PLT(plate('kz'))}.`;
  },
  () => {
    const p = mkKk(true);
    const r = mkKk(true);
    return JL([
      S`Сұрақ: Атыңыз кім және қашан туғансыз?`,
      S`Жауап: Менің атым ${PER(p.g)}, ${DOB(fdate('kkLoc', dob(), 'words'))} туғанмын.`,
      S`Сұрақ: Сізге жұмысты кім ұсынды?`,
      S`Жауап: ${PER(kn(r, 'gs'))} деген әйел, ол маған WhatsApp арқылы ${PHO(phone(pick(['kz', 'tr', 'ae'])))} нөмірінен жазды.`,
    ]);
  },
  () => {
    const p = mkKk(true);
    const h = mkHandle(p.g, p.s);
    return S`Жұмыс туралы хабарландыруды ${pick(['Инстаграмдағы', 'ТикТоктағы', 'Телеграмдағы'])} ${HDL(chance(0.5) ? '@' + h : h)} парақшасынан көрдім, әкімшісі өзін ${PER(p.g)} деп таныстырды.`;
  },
  () => {
    const a = mkKk(true);
    let b = mkKk(true);
    while (b.g === a.g) b = mkKk(true);
    return S`${PER(kkSuf(a.g, 'ins'))} бірге ${PER(b.g)} есімді қыз да ${pick(['Анталияға', 'Сеулге', 'Дубайға', 'Стамбұлға'])} ұшып кеткен; билеттерді ${PER(kn(mkKk(false), 'sg'))} сатып алған.`;
  },
  () =>
    S`Ресейде жәбірленушілерді ${PLT(plate('ruLat'))} нөмірлі ${pick(['Газель', 'Ford Transit', 'Mercedes Sprinter'])} көлігімен тасымалдаған, жүргізушісі — ${PER(kn(mkKk(false), pick(['gs', 'ini'])))}.`,
  () => {
    const d = mkKk(false);
    const v = mkKk(true);
    return S`${pick(['Алматы қалалық сотының', 'Шымкент қалалық сотының', 'Астана қаласы сотының'])} үкімімен ${PER(kn(d, pick(['sg', 'sgp'])))} ҚК-нің 128-бабының 2-бөлігі бойынша кінәлі деп танылды; ол жәбірленуші ${PER(kn(v, pick(['g', 'gs']), 'dat'))} ${ri(1, 5)} млн теңге өтемақы төлеуге міндеттелді.`;
  },
  () => {
    const p = mkKk();
    return S`${PER(p.g)} өз деректерін ${EML(mkEmail(p.g, p.s))} поштасы арқылы жіберген, ал ${PER(kkSuf(mkKk(true).g, 'gen'))} телефоны ${PHO(phone('kz'))}.`;
  },
  () => {
    const p = mkKk();
    return S`Куәгер ${PER(shy(kn(p, pick(['gs', 'sg']))))} жәбірленушіні ${pick(['Шымкенттегі', 'Тараздағы', 'Атыраудағы', 'Ақтаудағы'])} базарда көргенін айтты.`;
  },
  () => {
    const rows = [S`Тізім (${pick(['Алматы', 'Шымкент', 'Ақтау'])} қ., ${ri(2020, 2024)} ж.)`];
    const n = ri(3, 4);
    for (let i = 0; i < n; i++) {
      const p = mkKk();
      const d = dob();
      rows.push(
        S`${i + 1}. ${PER(kn(p, pick(['sgp', 'caps', 'sg'])))} — ${DOB(fdate('kk', d))} — ЖСН ${NID(mkIIN(d, p.f))}`,
      );
    }
    return JL(rows);
  },
  () => {
    const p = mkKk(true);
    const d = dob();
    return [
      ...S`${PER(kn(p, 'sg', 'gen'))} төлқұжатының көшірмесі (машинамен оқылатын аймақ):\n`,
      ...mrz(p.s, p.g, 'KAZ', pasp('kz'), d, true),
    ];
  },
);
T.kk.neg.push(
  () =>
    S`Қазақстан Республикасы Бас прокуратурасының мәліметінше, ${ri(2019, 2024)} жылы адам саудасына қатысты ${ri(20, 140)} қылмыстық іс тіркелген, бұл өткен жылмен салыстырғанда ${ri(3, 25)}%-ға көп.`,
  () =>
    S`Халықаралық көші-қон ұйымының (ХКҰ) ${pick(['1409', '8 800 080 8000', '116 111'])} жедел желісі ${pick(['тәулік бойы', 'күн сайын', 'демалыссыз'])} жұмыс істейді; қоңырау тегін.`,
  () =>
    S`${pick(['Наурыз мерекесі', 'Құрбан айт', 'Жаңа жыл'])} қарсаңында ${pick(['Түркістан облысында', 'Алматы облысында', 'Маңғыстау облысында'])} ${ri(12, 90)} отбасына көмек көрсетілді; шараға ${pick(['ЕҚЫҰ', 'БҰҰ ЕҚБ', 'ХКҰ'])} өкілдері қатысты.`,
  () =>
    S`Жәбірленушінің анасы ${fdate('kk', anyDate(), 'words')} күні ${pick(['Абай даңғылындағы', 'Төле би көшесіндегі', 'Достық даңғылындағы'])} полиция бөліміне жүгінген.`,
  () =>
    S`ҚК-нің ${pick(['128', '135', '308'])}-бабы бойынша № ${ri(1000, 9999)}${dg(8)} қылмыстық іс ${pick(['Медеу аудандық сотына', 'Алмалы аудандық сотына', 'Есіл аудандық сотына'])} жіберілді.`,
  () =>
    S`${pick(['KC 895', 'DV 781', 'FZ 1724', 'TK 353'])} рейсі Алматыдан ${pick(['Стамбұлға', 'Дубайға', 'Сеулге'])} ${fdate('kk', anyDate(), 'words')} күні ұшып кетті; жолаушылардың ${ri(5, 40)}%-ы жұмыс визасымен шыққан.`,
);

// ------------------------------------------------------------------ uz (written in Latin with ^ for the oʻ/gʻ sign; rendered also in Cyrillic)
T.uz.pos.push(
  () => {
    const p = mkUz(true);
    return S`${PER(p.g)} ${ri(2018, 2023)}-yilda ${pick(['Rossiyaga', 'Turkiyaga', 'Qozog^istonga', 'Dubayga'])} ishlash uchun ketgan. U yerda ${PER(uzSuf(p.g, 'gen'))} pasportini ish beruvchi olib qo^ygan.`;
  },
  () => {
    const p = mkUz();
    const d = dob();
    return JL([
      S`ARIZACHI ANKETASI`,
      S`F.I.Sh.: ${PER(un(p, pick(['caps', 'sgp'])))}`,
      S`Tug^ilgan sanasi: ${DOB(fdate('uz', d, pick(['num', 'words'])))}`,
      S`JSHSHIR: ${NID(mkPINFL(d, p.f, chance(0.3)))}`,
      S`Pasport: ${PAS(pasp('uz'))}`,
      S`Manzil: ${pick(['Toshkent sh., Chilonzor tumani', 'Samarqand sh.', 'Andijon viloyati, Asaka tumani', 'Namangan sh.'])}, ${ADR(uzAddr())}`,
      S`Tel.: ${PHO(phone('uz'))}`,
    ]);
  },
  () => {
    const p = mkUz();
    return S`IIB xodimlari ${PER(un(p, pick(['sg', 's', 'gs']), 'acc'))} ${pick(['Toshkent xalqaro aeroportida', 'Yallama chegara postida', 'Sirdaryo viloyatida', 'Olot chegara postida'])} ushlab qolishdi; u ${ri(4, 15)} nafar ayolni chet elga jo^natganlikda gumon qilinmoqda.`;
  },
  () => {
    const a = mkUz(true);
    const b = mkUz(true);
    const t = clock();
    return JL([
      S`[${t()}] ${PER(a.g.toLowerCase())}: opa, pasportimni qachon qaytarasiz?`,
      S`[${t()}] ${PER(b.g)}: avval qarzingni uz. ${PER(uzSuf(mkUz(true).g.toLowerCase(), 'dat'))} ayt, ertaga ${PHO(phone(pick(['uz', 'tr', 'ru'])))} raqamiga qo^ng^iroq qilsin`,
      S`[${t()}] ${PER(a.g.toLowerCase())}: xo^p`,
    ]);
  },
  () => {
    const p = mkUz();
    const [lab, kind] = pick([
      ['Humo', 'humo'],
      ['Uzcard', 'uzcard'],
      ['Visa', 'visa'],
    ]);
    return S`${PER(un(p, pick(['sg', 'gs'])))} nomidagi ${lab} kartasi (${CRD(mkCard(kind, chance(0.5)))}) orqali ${ri(2, 40)} mln so^m o^tkazilgan.`;
  },
  () => {
    const p = mkUz(false);
    return S`Jabrlanuvchilarni ${pick(['oq rangli', 'kulrang', 'qora'])} ${RAW(pick(['Chevrolet Cobalt', 'Chevrolet Gentra', 'Chevrolet Malibu', 'Damas', 'Chevrolet Lacetti']))} avtomashinasida olib ketishgan, davlat raqami ${PLT(plate('uz'))}, haydovchi — ${PER(un(p, pick(['gs', 'ini'])))}.`;
  },
  () => {
    const p = mkUz(true);
    const r = mkUz(false);
    return JL([
      S`Savol: Ismingiz va tug^ilgan sanangiz?`,
      S`Javob: ${PER(un(p, 'gs'))}. Tug^ilgan sanam — ${DOB(fdate('uz', dob(), pick(['words', 'num'])))}.`,
      S`Savol: Sizni kim ishga taklif qildi?`,
      S`Javob: ${PER(r.g)} degan odam, u ${RAW('WhatsApp')} orqali ${PHO(phone(pick(['uz', 'ru', 'tr'])))} raqamidan yozgan.`,
    ]);
  },
  () => {
    const p = mkUz(true);
    return S`Ishga yollovchi Telegramda ${HDL(mkHandle(p.g, p.s))} nomi bilan yozishgan, o^zini ${PER(p.g)} deb tanishtirgan.`;
  },
  () => {
    const p = {
      g: pick(['Gulayim', 'Aybike', 'Qalbiyke', 'Sarbinaz', 'Jamila']),
      s: pick(['Seytmuratova', 'Qdirbayeva', 'Bekmuratova', 'Allamuratova']),
      f: true,
      fa: pick(['Allambergen', 'Ajiniyaz', 'Berdaq']),
    };
    return S`No^kis shahridan ${PER(un(p, pick(['gs', 'sgp'])))}, ${DOB(fdate('uz', dob(), 'words') + 'da')} tug^ilgan, Qozog^istonga ${pick(['paxta terimiga', 'qurilishga', 'oshxonaga'])} olib ketilgan.`;
  },
  () => {
    const d = mkUz(false);
    return S`Sud ${PER(un(d, pick(['sg', 'sgp']), 'acc'))} O^zbekiston Respublikasi Jinoyat kodeksining 135-moddasi 3-qismi bilan aybli deb topdi va ${ri(5, 12)} yilga ozodlikdan mahrum qildi.`;
  },
  () => {
    const p = mkUz();
    return S`Guvoh ${PER(shy(un(p, pick(['gs', 'sg']))))} jabrlanuvchini ${pick(['Chorsu bozorida', 'Qo^yliq bozorida', 'Toshkent vokzalida'])} ko^rganini aytdi.`;
  },
  () => {
    const p = mkUz(true);
    return [
      ...S`Istanbulda ${PER(p.g)} `,
      ADR(trAddr(), true),
      ...S` manzilidagi uyda enaga bo^lib ishlagan, uy egasi — ${PER(`${pick(TR_F)} ${pick(TR_S)}`, true)}.`,
    ];
  },
  () => {
    const rows = [S`Ro^yxat (${pick(['Toshkent', 'Farg^ona', 'Termiz'])}, ${ri(2020, 2024)})`];
    const n = ri(3, 4);
    for (let i = 0; i < n; i++) {
      const p = mkUz();
      const d = dob();
      rows.push(S`${i + 1}. ${PER(un(p, pick(['sgp', 'caps', 'sg'])))} | ${DOB(fdate('uz', d))} | ${PAS(pasp('uz'))}`);
    }
    return JL(rows);
  },
  () => {
    const p = mkUz();
    return S`${PER(uzSuf(p.g, 'gen'))} elektron pochtasi ${EML(mkEmail(p.g, p.s))}, Instagramdagi sahifasi ${HDL('@' + mkHandle(p.g, p.s))}.`;
  },
);
T.uz.neg.push(
  () =>
    S`O^zbekiston Respublikasi Bosh prokuraturasi ma'lumotiga ko^ra, ${ri(2019, 2024)}-yilda odam savdosiga oid ${ri(50, 300)} ta jinoyat ishi qo^zg^atilgan, ulardan ${ri(10, 60)}% mehnat ekspluatatsiyasi bilan bog^liq.`,
  () =>
    S`Xalqaro migratsiya tashkiloti (XMT) ishonch telefoni ${pick(['1102', '0 800 120 11 22', '+998 71 200 00 11'])} ${pick(['kecha-kunduz', 'har kuni', 'dam olish kunlarisiz'])} ishlaydi, qo^ng^iroq bepul.`,
  () =>
    S`Farg^ona vodiysidagi ${ri(10, 60)} ta mahallada o^tkazilgan so^rovnomaga ko^ra, oilalarning ${ri(20, 70)}% dan kamida bir kishi mehnat migratsiyasida.`,
  () =>
    S`Navro^z bayrami arafasida ${pick(['Amir Temur ko^chasida', 'Mustaqillik maydonida', 'Navoiy ko^chasida'])} ${pick(['XMT', 'YXHT', 'BMT'])} ko^ngillilari aksiya o^tkazdi.`,
  () =>
    S`${RAW(pick(['HY 601', 'HY 273', 'FZ 1722', 'TK 371']))} reysi Toshkentdan ${pick(['Dubayga', 'Istanbulga', 'Moskvaga'])} ${fdate('uz', anyDate(), 'words')} kuni uchib ketdi; yo^lovchilar orasida ${ri(3, 15)} nafar yollangan ayol bor edi.`,
  () =>
    S`Jinoyat kodeksining 135-moddasi bo^yicha ${ri(1, 9)}-${ri(1000, 9999)}/${ri(2020, 2024)} sonli ish ${pick(['Samarqand viloyat sudiga', 'Toshkent shahar sudiga', 'Qoraqalpog^iston Respublikasi sudiga'])} yuborildi.`,
);

// ------------------------------------------------------------------ ky
T.ky.pos.push(
  () => {
    const p = mkKy(true);
    return S`${PER(p.g)} ${ri(2018, 2023)}-жылы ${pick(['Москвага', 'Стамбулга', 'Сеулга', 'Казанга'])} жумушка кеткен. Ал жакта ${PER(kySuf(p.g, 'gen'))} паспортун кожоюну алып койгон.`;
  },
  () => {
    const p = mkKy();
    const d = dob();
    return JL([
      S`КАЙРЫЛУУЧУНУН АНКЕТАСЫ`,
      S`Аты-жөнү: ${PER(yn(p, 'caps'))}`,
      S`Туулган күнү: ${DOB(fdate('ky', d, pick(['num', 'words'])))}`,
      S`ПИН: ${NID(mkKgPin(d, p.f))}`,
      S`Паспорт: ${PAS(pasp('kg'))}`,
      S`Дареги: ${pick(['Бишкек ш.', 'Ош ш.', 'Каракол ш.', 'Жалал-Абад ш.'])}, ${ADR(kyAddr())}`,
      S`Тел.: ${PHO(phone('kg'))}`,
    ]);
  },
  () => {
    const p = mkKy(true);
    return S`Жабырлануучу ${PER(yn(p, pick(['sg', 'gs'])))} ${DOB(fdate('ky', dob(), 'words'))} туулган, ${pick(['Бишкек', 'Ош', 'Токмок', 'Нарын'])} шаары, ${ADR(kyAddr())} дарегинде жашайт.`;
  },
  () => {
    const a = mkKy(true);
    const b = mkKy(false);
    const t = clock();
    return JL([
      S`${t()} ${PER(a.g.toLowerCase())}: эже, акчамды качан бересиз?`,
      S`${t()} ${PER(b.g)}: ${PER(kySuf(mkKy(true).g, 'dat'))} айт, эртең ${PHO(phone(pick(['kg', 'ru', 'kz'])))} номерине чалсын`,
      S`${t()} ${PER(a.g.toLowerCase())}: макул`,
    ]);
  },
  () => {
    const p = mkKy();
    return S`Күбө ${PER(p.g)} ${PLT(plate('kg'))} мамлекеттик номери бар ак түстөгү ${pick(['Honda Fit', 'Toyota Alphard', 'Lexus RX', 'Mercedes Sprinter'])} унаасын көргөн.`;
  },
  () => {
    const p = mkKy(true);
    const r = mkKy(true);
    return JL([
      S`Суроо: Атыңыз ким?`,
      S`Жооп: ${PER(yn(p, 'gs'))}. ${DOB(fdate('ky', dob(), 'words'))} туулгам.`,
      S`Суроо: Сизди ким жумушка чакырды?`,
      S`Жооп: ${PER(r.g)} деген аял, ал мага WhatsApp аркылуу ${PHO(phone(pick(['ru', 'kz', 'tr'])))} номеринен жазган.`,
    ]);
  },
  () => {
    const p = mkKy(true);
    const h = mkHandle(p.g, p.s);
    return S`Вакансияны ${pick(['Инстаграмдагы', 'Телеграмдагы', 'ТикТоктогу'])} ${HDL(chance(0.5) ? '@' + h : h)} деген барактан көрдүм, администратору ${PER(p.g)} экен.`;
  },
  () => {
    const p = mkKy();
    return S`Акчаны ${PER(yn(p, pick(['g', 'gs']), 'dat'))} таандык ${CRD(mkCard(pick(['elcart', 'visa', 'mc']), chance(0.5)))} картасына которушкан.`;
  },
  () => {
    const p = mkKy(false);
    const fa = pick(KY_M);
    return S`Айыпталуучу ${PER(`${p.g} ${fa} уулу`)} ${pick(['Кара-Балта', 'Баткен', 'Талас'])} шаарында кармалган; ал ${ri(5, 20)} жаш кызды ${pick(['Казакстанга', 'Түркияга', 'Россияга'])} жөнөткөн.`;
  },
  () => {
    const d = mkKy(false);
    return S`Сот ${PER(yn(d, pick(['sg', 'sgp'])))} Кылмыш-жаза кодексинин 171-беренеси боюнча күнөөлүү деп таап, ${ri(5, 12)} жылга эркинен ажыратты.`;
  },
  () =>
    S`Россияда аларды ${PLT(plate(pick(['ruLat', 'ru'])))} номерлүү микроавтобус менен ташышкан, айдоочусу — ${PER(yn(mkKy(false), pick(['gs', 'g'])))}.`,
  () => {
    const p = mkKy();
    return S`Күбө ${PER(shy(yn(p, pick(['gs', 'sg']))))} жабырлануучуну ${pick(['Ош базарында', 'Дордойдо', 'Аламүдүн базарында'])} көргөнүн айтты; анын почтасы ${EML(mkEmail(p.g, p.s))}.`;
  },
  () => {
    const rows = [S`Тизме (${pick(['Бишкек', 'Ош', 'Каракол'])}, ${ri(2020, 2024)}-ж.)`];
    const n = ri(3, 4);
    for (let i = 0; i < n; i++) {
      const p = mkKy();
      rows.push(
        S`${i + 1}. ${PER(yn(p, pick(['sgp', 'caps', 'sg'])))} — ${DOB(fdate('ky', dob()))} — ${PAS(pasp('kg'))}`,
      );
    }
    return JL(rows);
  },
);
T.ky.neg.push(
  () =>
    S`Кыргыз Республикасынын Башкы прокуратурасынын маалыматы боюнча, ${ri(2019, 2024)}-жылы адам сатуу боюнча ${ri(10, 90)} кылмыш иши козголгон, бул ${ri(3, 30)}% көп.`,
  () =>
    S`Эл аралык миграция уюмунун (ЭМУ) ${pick(['1899', '0 800 00 11 22', '+996 (312) 98 66 00'])} ишеним телефону ${pick(['күнү-түнү', 'ар күнү', 'дем алышсыз'])} иштейт, чалуу акысыз.`,
  () =>
    S`Ош шаарындагы ${pick(['Курманжан Датка көчөсүндө', 'Ленин көчөсүндө', 'Масалиев проспектисинде'])} ${pick(['ЕККУ', 'БУУ', 'ЭМУ'])} ыктыярчылары баракчаларды таратышты.`,
  () =>
    S`${pick(['Нооруз майрамында', 'Курман айт алдында', 'Жаңы жылдын алдында'])} апасы жана агасы кызынын ${pick(['Анкарада', 'Дубайда', 'Москвада'])} экенин билишкен; ${pick(['дүйшөмбү', 'жума', 'ишемби'])} күнү алар элчиликке кайрылышты.`,
  () =>
    S`${pick(['ZM 341', 'KC 131', 'SU 1883', 'TK 347'])} рейси Бишкектен ${pick(['Москвага', 'Стамбулга', 'Дубайга'])} ${fdate('ky', anyDate())} учуп кетти; жүргүнчүлөрдүн ${ri(5, 40)}% жумушчу мигранттар.`,
  () =>
    S`Кылмыш-жаза кодексинин 171-беренеси, иш № ${ri(1, 9)}-${ri(100, 999)}/${ri(2020, 2024)}, ${pick(['Свердлов райондук сотуна', 'Ош шаардык сотуна', 'Чүй облустук сотуна'])} жөнөтүлдү.`,
);

// ------------------------------------------------------------------ tg
T.tg.pos.push(
  () => {
    const p = mkTg(true);
    return S`${PER(p.g)} соли ${ri(2018, 2023)} барои кор ба ${pick(['Маскав', 'Истанбул', 'Дубай', 'Сеул', 'Екатеринбург'])} рафт. Дар он ҷо корфармо шиносномаи ${PER(p.g + 'ро')} гирифта монд.`;
  },
  () => {
    const p = mkTg();
    return JL([
      S`ПУРСИШНОМАИ МУРОҶИАТКУНАНДА`,
      S`Ному насаб: ${PER(tn(p, pick(['caps', 'sgp'])))}`,
      S`Санаи таваллуд: ${DOB(fdate('tg', dob(), pick(['num', 'words'])))}`,
      S`Шиноснома: ${PAS(pasp('tj'))}`,
      S`РМА: ${NID(mkTjInn())}`,
      S`Суроға: ${pick(['ш. Душанбе', 'ш. Хуҷанд', 'ш. Бохтар', 'ш. Кӯлоб'])}, ${ADR(tgAddr())}`,
      S`Телефон: ${PHO(phone('tj'))}`,
    ]);
  },
  () => {
    const p = mkTg(true);
    return S`Ҷабрдида ${PER(tn(p, pick(['sg', 'gs'])))}, таваллуди ${DOB(fdate('tg', dob(), 'words'))}, дар суроғаи ш. ${pick(['Душанбе', 'Хуҷанд', 'Истаравшан', 'Панҷакент'])}, ${ADR(tgAddr())} зиндагӣ мекунад.`;
  },
  () => {
    const a = mkTg(true);
    const b = mkTg(false);
    const t = clock();
    return JL([
      S`${t()} ${PER(a.g.toLowerCase())}: ака, шиносномаамро кай медиҳед?`,
      S`${t()} ${PER(b.g)}: аввал қарзатро пардоз. ба ${PER(mkTg(true).g.toLowerCase())} гӯй, пагоҳ ба рақами ${PHO(phone(pick(['tj', 'ru'])))} занг занад`,
      S`${t()} ${PER(a.g.toLowerCase())}: хуб`,
    ]);
  },
  () => {
    const p = mkTg();
    return S`Шоҳид ${PER(p.g)} мошини ${pick(['сафеди Opel Astra', 'сиёҳи Toyota Camry', 'хокистарии Mercedes Vito'])}-ро бо рақами давлатии ${PLT(plate('tj'))} дид.`;
  },
  () => {
    const p = mkTg(true);
    const r = mkTg(false);
    return JL([
      S`Савол: Номи шумо чист?`,
      S`Ҷавоб: ${PER(tn(p, 'gs'))}. Ман ${DOB(fdate('tg', dob(), 'words'))} таваллуд шудаам.`,
      S`Савол: Шуморо кӣ ба кор даъват кард?`,
      S`Ҷавоб: Марде бо номи ${PER(r.g)}, вай ба ман тавассути WhatsApp аз рақами ${PHO(phone(pick(['ru', 'tj', 'tr'])))} навишт.`,
    ]);
  },
  () => {
    const p = mkTg(true);
    const h = mkHandle(p.g, p.s);
    return S`Эълонро дар ${pick(['Инстаграм', 'Телеграм', 'Одноклассники'])} дар саҳифаи ${HDL(chance(0.5) ? '@' + h : h)} дидам; соҳиби саҳифа худро ${PER(p.g)} муаррифӣ кард.`;
  },
  () => {
    const p = mkTg();
    return S`Пулро ба корти ${pick(['«Корти миллӣ»', 'Visa', 'Mastercard'])} ${CRD(mkCard(pick(['korti', 'visa', 'mc']), chance(0.5)))} ба номи ${PER(tn(p, pick(['gs', 'sg'])))} гузарониданд.`;
  },
  () => {
    const d = mkTg(false);
    return S`Суди ноҳияи ${pick(['Фирдавсӣ', 'Сино', 'Шоҳмансур', 'Исмоили Сомонӣ'])} ${PER(tn(d, pick(['sg', 's']), true))} бо моддаи 130.1 Кодекси ҷиноятӣ гунаҳкор дониста, ба ${ri(5, 12)} соли маҳрумият аз озодӣ ҳукм кард.`;
  },
  () =>
    S`Дар Русия онҳоро бо микроавтобуси рақамаш ${PLT(plate(pick(['ruLat', 'ru'])))} мебурданд; ронанда ${PER(tn(mkTg(false), pick(['gs', 'g'])))} буд.`,
  () => {
    const p = mkTg();
    return S`Шоҳид ${PER(shy(tn(p, pick(['gs', 'sg']))))} гуфт, ки ҷабрдидаро дар бозори ${pick(['Корвон', 'Шоҳмансур', 'Панҷшанбе'])} дидааст; почтаи электронии ӯ ${EML(mkEmail(p.g, p.s))}.`;
  },
  () => {
    const rows = [S`Рӯйхат (${pick(['Душанбе', 'Хуҷанд', 'Кӯлоб'])}, соли ${ri(2020, 2024)})`];
    const n = ri(3, 4);
    for (let i = 0; i < n; i++) {
      const p = mkTg();
      rows.push(
        S`${i + 1}. ${PER(tn(p, pick(['sgp', 'caps', 'sg'])))} — ${DOB(fdate('tg', dob()))} — ${PAS(pasp('tj'))}`,
      );
    }
    return JL(rows);
  },
);
T.tg.neg.push(
  () =>
    S`Тибқи маълумоти Прокуратураи генералии Ҷумҳурии Тоҷикистон, соли ${ri(2019, 2024)} ${ri(10, 80)} парвандаи ҷиноятӣ оид ба савдои одамон оғоз шудааст, ки ${ri(3, 30)}% зиёд аст.`,
  () =>
    S`Хати боварии Созмони байналмилалии муҳоҷират (СБМ) ${pick(['511', '8 800 100 00 00', '+992 (37) 221 00 00'])} ${pick(['шабонарӯзӣ', 'ҳар рӯз', 'бе рӯзи истироҳат'])} кор мекунад; занг ройгон аст.`,
  () =>
    S`Дар арафаи ${pick(['иди Наврӯз', 'иди Қурбон', 'Соли нав'])} модар ва бародари ҷабрдида фаҳмиданд, ки вай дар ${pick(['Анқара', 'Дубай', 'Маскав'])} аст; рӯзи ${pick(['душанбе', 'ҷумъа', 'шанбе'])} онҳо ба сафорат муроҷиат карданд.`,
  () =>
    S`Дар ${pick(['кӯчаи Рӯдакӣ', 'хиёбони Исмоили Сомонӣ', 'кӯчаи Айнӣ'])} ихтиёриёни ${pick(['САҲА', 'СБМ', 'НДМО'])} варақаҳо тақсим карданд; дар чорабинӣ ${ri(40, 300)} нафар ширкат варзид.`,
  () =>
    S`Парвози ${pick(['SZ 201', 'ZL 1203', 'FZ 1766', 'TK 255'])} аз Душанбе ба ${pick(['Маскав', 'Истанбул', 'Дубай'])} ${fdate('tg', anyDate())} парвоз кард; ${ri(5, 40)}% мусофирон муҳоҷирони меҳнатӣ буданд.`,
  () =>
    S`Моддаи 130.1 Кодекси ҷиноятии Ҷумҳурии Тоҷикистон, парвандаи № ${ri(1000, 9999)}${dg(6)}, ба ${pick(['Суди вилояти Суғд', 'Суди шаҳри Душанбе', 'Суди вилояти Хатлон'])} фиристода шуд.`,
);

// ------------------------------------------------------------------ tr
const TR_ORIGIN = ["Özbekistan'dan", "Türkmenistan'dan", "Kırgızistan'dan", "Tacikistan'dan", "Kazakistan'dan"];
const foreignTr = (f = true) => {
  if (chance(0.5)) {
    const t = mkTm(f);
    return `${t.g} ${t.s}`;
  }
  const e = mkEn(f);
  return e.full;
};
T.tr.pos.push(
  () => {
    const g = pick([
      'Gulnara',
      'Dilnoza',
      'Aygerim',
      'Jeren',
      'Maýsa',
      'Nurgul',
      'Zarina',
      'Şahnoza',
      'Gulayım',
      'Ogulgerek',
      'Aiperi',
      'Mohinur',
      'Tahmina',
    ]);
    return S`${pick(TR_ORIGIN)} gelen ${PER(g)}${trSuf(g, 'dat')} ${pick(["Antalya'da otel işi", "İstanbul'da bakıcılık işi", "Alanya'da garsonluk"])} vaat edilmişti; ${PER(g)}${trSuf(g, 'gen')} pasaportuna işveren el koydu.`;
  },
  () => {
    const p = mkTr();
    const rows = [
      S`MÜRACAAT FORMU`,
      S`Adı Soyadı: ${PER(upperTr(`${p.g} ${p.s}`))}`,
      S`Doğum Tarihi: ${DOB(fdate('tr', dob(), pick(['num', 'words'])))}`,
      S`T.C. Kimlik No: ${NID(mkTC(chance(0.3)))}`,
      S`Adres: ${ADR(trAddr())}, ${pick(['Esenyurt/İstanbul', 'Zeytinburnu/İstanbul', 'Fatih/İstanbul', 'Bağcılar/İstanbul', 'Konak/İzmir', 'Muratpaşa/Antalya'])}`,
      S`Tel: ${PHO(phone('tr'))}`,
    ];
    if (chance(0.5)) rows.push(S`E-posta: ${EML(mkEmail(p.g.split(' ')[0], p.s))}`);
    return JL(rows);
  },
  () => {
    const d = mkTr(false);
    const v = foreignTr(true);
    return S`Sanık ${PER(`${d.g} ${d.s}`)}, TCK'nın 80. maddesi uyarınca ${ri(6, 14)} yıl hapis cezasına çarptırıldı; mağdur ${PER(v)}${trSuf(v, 'gen')} ifadesi hükme esas alındı.`;
  },
  () => {
    const m = mkTr(true);
    const g = pick(TR_F);
    return S`Müşteki ${PER(`${m.g} ${m.s}`)}${trSuf(m.s, 'gen')} ifadesine göre, ${PER(g)} adlı kadın kendisini ${ADR(trAddr())} adresindeki daireye götürdü ve telefonunu aldı.`;
  },
  () => {
    const a = mkTr(true);
    const b = mkTr(false);
    const dt = anyDate();
    const t = clock();
    const ds = `${pad(dt.d)}.${pad(dt.m)}.${dt.y}`;
    return JL([
      S`[${ds} ${t()}] ${PER(lowerTr(a.g.split(' ')[0]))}: kızlar geldi mi`,
      S`[${ds} ${t()}] ${PER(b.g.split(' ')[0])}: geldi abi, ${PER(lowerTr(pick(['Gulnara', 'Dilnoza', 'Jeren', 'Aygerim'])))} pasaportları bende dedi`,
      S`[${ds} ${t()}] ${PER(lowerTr(a.g.split(' ')[0]))}: tamam. şoförün numarası ${PHO(phone('tr'))}`,
    ]);
  },
  () =>
    S`Kadınlar ${PLT(plate('tr'))} plakalı beyaz bir ${pick(['Fiat Doblo', 'Ford Transit', 'Renault Kangoo', 'Volkswagen Transporter'])} ile ${pick(["Aksaray'dan", "Laleli'den", "Esenyurt'tan"])} alınıp ${pick(["Antalya'ya", "Muğla'ya", "Bodrum'a"])} götürüldü.`,
  () => {
    const p = mkTr();
    return S`Ödemeler ${PER(`${p.g} ${p.s}`)} adına kayıtlı ${IBN(fmtIban(mkIban('TR'), pick(['lg', 'lc', 'g', 'c', 'd'])))} IBAN numaralı hesaba yapıldı; ayrıca ${CRD(mkCard(pick(['troy', 'visa', 'mc2']), chance(0.5)))} numaralı karta para yatırıldı.`;
  },
  () => {
    const p = foreignTr(true);
    const g = pick(TR_F);
    return JL([
      S`Soru: Adınız ve doğum tarihiniz nedir?`,
      S`Cevap: ${PER(p)}, ${DOB(fdate('tr', dob(), pick(['words', 'num'])))} doğumluyum.`,
      S`Soru: Sizi Türkiye'ye kim getirdi?`,
      S`Cevap: ${PER(g)} Abla. Numarası ${PHO(phone('tr'))} idi, WhatsApp'tan yazıyordu.`,
    ]);
  },
  () => {
    const m = pick(TR_M);
    const h = mkHandle(m, pick(TR_S));
    return S`${pick(['ig', 'Instagram', 'tg'])}: ${HDL(chance(0.5) ? '@' + h : h)} — "Yurt dışında yüksek maaşlı iş" ilanını paylaşan hesap, ${PER(m)} Bey${trSuf('Bey', 'dat')} ait çıktı.`;
  },
  () => {
    const g = foreignTr(true);
    return S`Dubai'de ${ADR(aeAddr())} adresinde tutulan ${PER(g)}${trSuf(g, 'ins')} birlikte ${ri(2, 6)} kadın daha kurtarıldı; daireyi ${PER(pick(AR_M))} kiralamıştı.`;
  },
  () => {
    const p = mkTm(true);
    const d = dob();
    return S`Türkmen uyruklu ${PER(`${p.g} ${p.s}`)} (${DOB(fdate('tr', d, 'words'))} doğumlu, pasaport no ${PAS(pasp('tm'))}) Yabancı Kimlik No ${NID(mkTC(chance(0.3), true))} ile kayıtlıdır.`;
  },
  () => {
    const p = mkTr();
    return S`Tanık ${PER(shy(`${p.g} ${p.s}`))}, mağdurları ${pick(["Laleli'deki", "Aksaray'daki", "Kumkapı'daki"])} bir otelde gördüğünü söyledi.`;
  },
  () => {
    const rows = [S`TESPİT EDİLEN KİŞİLER LİSTESİ`];
    const n = ri(3, 4);
    for (let i = 0; i < n; i++) {
      const p = mkEn(true);
      rows.push(
        S`${i + 1}. ${PER(upperTr(p.full))} — ${DOB(fdate('tr', dob()))} — ${PAS(pasp(pick(['uz', 'kg', 'tm', 'tj'])))}`,
      );
    }
    return JL(rows);
  },
);
T.tr.neg.push(
  () =>
    S`Göç İdaresi Genel Müdürlüğü verilerine göre ${ri(2019, 2024)} yılında ${ri(150, 900)} insan ticareti mağduru tespit edildi; mağdurların yaklaşık %${ri(20, 70)} kadarı ${pick(['Özbekistan', 'Kırgızistan', 'Türkmenistan'])} uyrukludur.`,
  () =>
    S`İnsan ticareti mağdurları ${pick(['157 YİMER hattını', 'Alo 183 hattını', '112 Acil Çağrı Merkezini'])} ${pick(['7/24', 'ücretsiz olarak', 'her gün'])} arayabilir.`,
  () =>
    S`${pick(['Kurban Bayramı', 'Ramazan Bayramı', 'Cumhuriyet Bayramı'])} öncesinde ${pick(["Atatürk Caddesi'nde", "İstiklal Caddesi'nde", "Mimar Sinan Mahallesi'nde"])} düzenlenen operasyonda ${ri(3, 20)} yabancı kadın kurtarıldı.`,
  () =>
    S`TCK 80. madde, Esas No: ${ri(2019, 2024)}/${ri(10, 999)}, Karar No: ${ri(2020, 2025)}/${ri(10, 999)}; duruşma ${fdate('tr', anyDate(), 'words')} ${pick(['Pazartesi', 'Çarşamba', 'Cuma'])} günü yapılacak.`,
  () =>
    S`${pick(['TK 1984', 'PC 1313', 'TK 351', 'XQ 780'])} sefer sayılı uçak ${pick(["Taşkent'ten", "Aşkabat'tan", "Bişkek'ten"])} saat ${pad(ri(0, 23))}:${pad(ri(0, 59))}'de ${pick(["İstanbul Havalimanı'na", "Sabiha Gökçen'e", "Antalya'ya"])} indi.`,
  () =>
    S`Annesi ve Kardeşi, kızın ${pick(["Mersin'de", "Trabzon'da", "Antalya'da"])} bir ${pick(['tekstil atölyesinde', 'otelde', 'evde'])} çalıştırıldığını ${pick(['Aile ve Sosyal Hizmetler Bakanlığına', 'Göç İdaresine', 'Emniyete'])} bildirdi; ücret ayda ${ri(200, 600)} dolardı.`,
);

// ================================================================== assembly
const PLAN = { ru: [140, 32], en: [100, 22], kk: [63, 15], uz: [63, 15], ky: [62, 14], tg: [62, 14], tr: [62, 14] };
const SCRIPT = { ru: 'cyrl', ky: 'cyrl', tg: 'cyrl', tr: 'latn', en: 'latn' };
const UZ_AP = ["'", '‘', 'ʻ', '`'];
function render(lang, fn) {
  const parts = fn();
  if (lang === 'kk') {
    const v = rnd();
    if (v < 0.5) return { script: 'cyrl', ...assemble(parts, null) };
    return { script: 'latn', ...assemble(parts, v < 0.75 ? kk18 : kk21) };
  }
  if (lang === 'uz') {
    if (chance(0.45)) return { script: 'cyrl', ...assemble(parts, uzCyr) };
    const ap = pick(UZ_AP);
    return { script: 'latn', ...assemble(parts, (s) => s.replace(/\^/g, ap)) };
  }
  return { script: SCRIPT[lang], ...assemble(parts, null) };
}
function verify(r, kind, where) {
  const fail = (m) => {
    throw new Error(`${where}: ${m}\n${r.text}`);
  };
  if (!r.text || r.text !== r.text.trim()) fail('text empty or untrimmed');
  if (/\^|undefined|NaN|\[object/.test(r.text)) fail('artefact in text');
  if (kind === 'neg' && r.spans.length) fail('negative with spans');
  if (kind === 'pos' && !r.spans.length) fail('positive without spans');
  let prevEnd = -1;
  for (const s of r.spans) {
    if (!TYPES.includes(s.type)) fail(`bad type ${s.type}`);
    if (!(s.start >= 0 && s.end > s.start && s.end <= r.text.length)) fail('bad offsets');
    const t = r.text.slice(s.start, s.end);
    if (!t || t !== t.trim() || t.startsWith('\u00AD') || t.endsWith('\u00AD')) fail(`untrimmed span "${t}"`);
    if (s.start < prevEnd) fail('overlapping spans');
    prevEnd = s.end;
  }
}

const rows = [];
const seen = new Set();
for (const lang of Object.keys(PLAN)) {
  for (const kind of ['pos', 'neg']) {
    const target = PLAN[lang][kind === 'pos' ? 0 : 1];
    const tpls = T[lang][kind];
    let made = 0;
    let tries = 0;
    let order = [];
    while (made < target) {
      if (++tries > target * 60) throw new Error(`cannot fill ${lang}/${kind}`);
      if (!order.length) order = shuffle(tpls.map((_, i) => i));
      const idx = order.pop();
      const r = render(lang, tpls[idx]);
      verify(r, kind, `${lang}/${kind}#${idx}`);
      if (seen.has(r.text)) continue;
      seen.add(r.text);
      rows.push({ language: lang, script: r.script, text: r.text, spans: r.spans });
      made++;
    }
  }
}

const out = shuffle(rows).map((r, i) => ({
  id: `h17-${pad(i + 1, 4)}`,
  language: r.language,
  script: r.script,
  text: r.text,
  spans: r.spans,
}));
mkdirSync(dirname(OUT), { recursive: true });
writeFileSync(OUT, out.map((r) => JSON.stringify(r)).join('\n') + '\n', 'utf8');

const byLang = {};
const byType = Object.fromEntries(TYPES.map((t) => [t, 0]));
const byScript = {};
let neg = 0;
for (const r of out) {
  byLang[r.language] = (byLang[r.language] || 0) + 1;
  byScript[`${r.language}-${r.script}`] = (byScript[`${r.language}-${r.script}`] || 0) + 1;
  if (!r.spans.length) neg++;
  for (const s of r.spans) byType[s.type]++;
}
console.log(`wrote ${out.length} snippets (${neg} hard negatives) to ${OUT}`);
console.log('per language:', JSON.stringify(byLang));
console.log('per language/script:', JSON.stringify(byScript));
console.log('spans per type:', JSON.stringify(byType));
