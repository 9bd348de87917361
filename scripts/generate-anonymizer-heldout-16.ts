/* eslint-disable */
// @ts-nocheck: a held-out generator, written without reading the code; it is run, not imported.
/**
 * Held-out evaluation set #16 for the personal-data anonymizer.
 *
 * Deterministic generator (seeded mulberry32 PRNG, node standard library only,
 * no network). It assembles short snippets in the voice of anonymised case
 * files, interviews, chat logs, police reports, NGO intake forms, court
 * decisions, migration records, bank statements and registers, in ru, kk, uz,
 * ky, tg, tr and en, computes entity offsets while assembling the text
 * (UTF-16 code units, end exclusive), validates them and writes
 * test/fixtures/anonymizer-heldout-16.jsonl.
 *
 * All names, numbers and addresses are invented.
 *
 * Run from the repository root:
 *   npx tsx scripts/generate-anonymizer-heldout-16.ts
 */
import * as fs from 'fs';
import * as path from 'path';

// ---------------------------------------------------------------- PRNG ----
function mulberry32(a) {
  return function () {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rnd = mulberry32(0x16e1d0);
const ri = (a, b) => a + Math.floor(rnd() * (b - a + 1));
const pk = (arr) => arr[Math.floor(rnd() * arr.length)];
const ch = (p) => rnd() < p;
const dg = (n) => {
  let s = '';
  for (let i = 0; i < n; i++) s += String(ri(0, 9));
  return s;
};
const dgnz = (n) => String(ri(1, 9)) + dg(n - 1);
const pad2 = (n) => String(n).padStart(2, '0');
const W = (s) => s.trim().split(/\s+/);
function shuffle(arr) {
  const a = arr.slice();
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}
const cap = (s) => (s ? s[0].toUpperCase() + s.slice(1) : s);

// ------------------------------------------------------- parts & spans ----
// A snippet is a list of parts: plain strings or entity objects {t, s}.
const E = (t, s) => ({ t, s: String(s) });
const PER = (s) => E('PERSON', s);
const PHN = (s) => E('PHONE', s);
const EML = (s) => E('EMAIL', s);
const NID = (s) => E('NATIONAL_ID', s);
const PAS = (s) => E('PASSPORT', s);
const CRD = (s) => E('CARD', s);
const IBN = (s) => E('IBAN', s);
const ADR = (s) => E('ADDRESS', s);
const BDT = (s) => E('BIRTH_DATE', s);
const PLT = (s) => E('PLATE', s);
const HDL = (s) => E('HANDLE', s);

function pushv(out, v) {
  if (v === null || v === undefined || v === '') return;
  if (Array.isArray(v)) v.forEach((x) => pushv(out, x));
  else out.push(typeof v === 'number' ? String(v) : v);
}
// tagged template: X`text ${PER('Name')} text` -> parts
function X(strs, ...vals) {
  const out = [];
  strs.forEach((s, i) => {
    if (s) out.push(s);
    if (i < vals.length) pushv(out, vals[i]);
  });
  return out;
}
const J = (...vals) => {
  const out = [];
  vals.forEach((v) => pushv(out, v));
  return out;
};
// join a list of part-lists with a separator
function joinP(list, sep) {
  const out = [];
  list.forEach((p, i) => {
    if (i) out.push(sep);
    pushv(out, p);
  });
  return out;
}
function mapParts(parts, fn) {
  return parts.map((p) => (typeof p === 'string' ? fn(p) : E(p.t, fn(p.s))));
}

// --------------------------------------------------------- translit ----
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
  ь: '',
  і: 'i',
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
  ч: 'ç',
  ш: 'ş',
  щ: 'şş',
  ъ: '',
  ы: 'ı',
  ь: '',
  і: 'i',
  э: 'e',
  ю: 'iu',
  я: 'ia',
};
const isUp = (c) => !!c && c !== c.toLowerCase() && c === c.toUpperCase();
function translit(s, mapFn, upFn) {
  const chars = [...s];
  let out = '';
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i];
    const lc = c.toLowerCase();
    let m = mapFn(lc, chars, i);
    if (m === undefined) {
      out += c;
      continue;
    }
    if (isUp(c) && m) {
      const allUp =
        isUp(chars[i + 1]) || (i > 0 && isUp(chars[i - 1]) && !/[a-zа-яёәғқңөұүһіўҳӣӯҷ]/.test(chars[i + 1] || ''));
      m = allUp ? upFn(m) : upFn(m[0]) + m.slice(1);
    }
    out += m;
  }
  return out;
}
const kkLat = (s, orth) =>
  orth === 'l18'
    ? translit(
        s,
        (c) => KK18[c],
        (m) => m.toUpperCase(),
      )
    : translit(
        s,
        (c) => KK21[c],
        (m) => m.toLocaleUpperCase('tr'),
      );

const UZV = 'аеёиоуэюяўaeiou';
function uzLat(s, ap) {
  const base = {
    а: 'a',
    б: 'b',
    в: 'v',
    г: 'g',
    д: 'd',
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
    х: 'x',
    ц: 'ts',
    ч: 'ch',
    ш: 'sh',
    щ: 'sh',
    ъ: 'ʼ',
    ы: 'i',
    ь: '',
    э: 'e',
    ю: 'yu',
    я: 'ya',
    ў: 'o' + ap,
    қ: 'q',
    ғ: 'g' + ap,
    ҳ: 'h',
    ә: 'a',
    ң: 'ng',
    ө: 'o',
    ү: 'u',
    ұ: 'u',
    і: 'i',
    ӣ: 'i',
    ӯ: 'u',
    ҷ: 'j',
  };
  return translit(
    s,
    (c, chars, i) => {
      if (c === 'е') {
        let j = i - 1;
        while (j >= 0 && chars[j] === '\u00AD') j--;
        const prev = j >= 0 ? chars[j].toLowerCase() : ' ';
        return !/[а-яёўқғҳa-z]/.test(prev) || UZV.includes(prev) || prev === 'ъ' || prev === 'ь' ? 'ye' : 'e';
      }
      return base[c];
    },
    (m) => m.toUpperCase(),
  );
}
function ruLat(s) {
  const base = {
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
  };
  return translit(
    s,
    (c, chars, i) => {
      if (c === 'й') return /[бвгджзклмнпрстфхцчшщ]/i.test(chars[i + 1] || '') ? 'i' : 'y';
      return base[c];
    },
    (m) => m.toUpperCase(),
  );
}
const rep = (s, m) =>
  [...s]
    .map((c) => {
      const lc = c.toLowerCase();
      const r = m[lc];
      if (r === undefined) return c;
      return c === lc ? r : cap(r);
    })
    .join('');
const kzRu = (s) => rep(s, { ә: 'а', ғ: 'г', қ: 'к', ң: 'н', ө: 'о', ұ: 'у', ү: 'у', һ: 'х', і: 'и' });
const kgRu = (s) => rep(s, { ң: 'н', ө: 'о', ү: 'у' });
const uzRu = (s) => rep(s, { ў: 'у', қ: 'к', ғ: 'г', ҳ: 'х' });
const tjRu = (s) => rep(s, { ӣ: 'и', ӯ: 'у', ҳ: 'х', ҷ: 'дж', қ: 'к', ғ: 'г' });

// ------------------------------------------------- case suffixes ----
function kkSuf(w, c) {
  let front = null,
    fb = null;
  for (let i = w.length - 1; i >= 0 && front === null; i--) {
    const v = w[i].toLowerCase();
    if ('аоұыя'.includes(v)) front = false;
    else if ('әеөүіэ'.includes(v)) front = true;
    else if (v === 'и' && fb === null) fb = true;
    else if (v === 'у' && fb === null) fb = false;
  }
  const f = front === null ? !!fb : front;
  const L = w.slice(-1).toLowerCase();
  const cls = 'аәеёиоөұүыіэюя'.includes(L)
    ? 'v'
    : 'мнң'.includes(L)
      ? 'n'
      : 'рйу'.includes(L)
        ? 's'
        : 'лзж'.includes(L)
          ? 'z'
          : 'k';
  const tab = {
    gen: { v: 'н', n: 'н', s: 'д', z: 'д', k: 'т' }[cls] + (f ? 'ің' : 'ың'),
    dat: (cls === 'k' ? (f ? 'к' : 'қ') : f ? 'г' : 'ғ') + (f ? 'е' : 'а'),
    acc: { v: 'н', n: 'д', s: 'д', z: 'д', k: 'т' }[cls] + (f ? 'і' : 'ы'),
    abl: { v: 'д', n: 'н', s: 'д', z: 'д', k: 'т' }[cls] + (f ? 'ен' : 'ан'),
    ins: { v: 'м', n: 'б', s: 'м', z: 'б', k: 'п' }[cls] + 'ен',
    loc: (cls === 'k' ? 'т' : 'д') + (f ? 'е' : 'а'),
  };
  return c && tab[c] ? w + tab[c] : w;
}
function kySuf(w, c) {
  let h = 'a';
  for (let i = w.length - 1; i >= 0; i--) {
    const v = w[i].toLowerCase();
    if ('аыя'.includes(v)) {
      h = 'a';
      break;
    }
    if ('еиэ'.includes(v)) {
      h = 'e';
      break;
    }
    if ('оуюё'.includes(v)) {
      h = 'o';
      break;
    }
    if ('өү'.includes(v)) {
      h = 'ö';
      break;
    }
  }
  const L = w.slice(-1).toLowerCase();
  const vow = 'аеёиоөуүыэюя'.includes(L);
  const vl = 'кптсшчфхц'.includes(L);
  const hi = { a: 'ы', e: 'и', o: 'у', ö: 'ү' }[h];
  const lo = { a: 'а', e: 'е', o: 'о', ö: 'ө' }[h];
  const tab = {
    gen: (vow ? 'н' : vl ? 'т' : 'д') + hi + 'н',
    dat: (vl ? 'к' : 'г') + lo,
    acc: (vow ? 'н' : vl ? 'т' : 'д') + hi,
    abl: (vl ? 'т' : 'д') + lo + 'н',
    loc: (vl ? 'т' : 'д') + lo,
  };
  return c && tab[c] ? w + tab[c] : w;
}
function uzSuf(w, c) {
  const L = w.slice(-1);
  const tab = { gen: 'нинг', dat: L === 'к' ? 'ка' : L === 'қ' ? 'қа' : 'га', acc: 'ни', abl: 'дан', loc: 'да' };
  return c && tab[c] ? w + tab[c] : w;
}
const tgSuf = (w, c) => (c === 'acc' ? w + 'ро' : w);
// Turkish apostrophe suffix (kept outside the PERSON span)
function trSuf(w, c) {
  const lw = w.toLocaleLowerCase('tr');
  let v = 'e';
  for (let i = lw.length - 1; i >= 0; i--)
    if ('aıoueiöü'.includes(lw[i])) {
      v = lw[i];
      break;
    }
  const back = 'aıou'.includes(v);
  const four = { a: 'ı', ı: 'ı', o: 'u', u: 'u', e: 'i', i: 'i', ö: 'ü', ü: 'ü' }[v];
  const endsV = 'aıoueiöü'.includes(lw.slice(-1));
  const hard = 'çfhkpsşt'.includes(lw.slice(-1));
  const tab = {
    dat: (endsV ? 'y' : '') + (back ? 'a' : 'e'),
    gen: (endsV ? 'n' : '') + four + 'n',
    acc: (endsV ? 'y' : '') + four,
    abl: (hard ? 't' : 'd') + (back ? 'an' : 'en'),
    loc: (hard ? 't' : 'd') + (back ? 'a' : 'e'),
    ins: (endsV ? 'y' : '') + 'l' + (back ? 'a' : 'e'),
  };
  return "'" + tab[c];
}
// soft hyphen inside a name (U+00AD)
function shy(s) {
  const m = /[^\s.]{5,}/.exec(s);
  if (!m) return s;
  const k = m.index + Math.floor(m[0].length / 2);
  return s.slice(0, k) + '\u00AD' + s.slice(k);
}
const lowTr = (s) => s.toLocaleLowerCase('tr');

// ------------------------------------------------------ identifiers ----
function iin(bd, g, wrong = false) {
  for (;;) {
    const c = bd.y >= 2000 ? (g === 'm' ? 5 : 6) : g === 'm' ? 3 : 4;
    const base = pad2(bd.y % 100) + pad2(bd.m) + pad2(bd.d) + c + dg(4);
    const ds = base.split('').map(Number);
    let s = ds.reduce((a, d, i) => a + d * (i + 1), 0) % 11;
    if (s === 10) {
      const w2 = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2];
      s = ds.reduce((a, d, i) => a + d * w2[i], 0) % 11;
      if (s === 10) continue;
      if (wrong) continue; // keep wrong-check cases unambiguous
    }
    return base + (wrong ? (s + ri(1, 9)) % 10 : s);
  }
}
function pinfl(bd, g, wrong = false) {
  const c = bd.y >= 2000 ? (g === 'm' ? 5 : 6) : g === 'm' ? 3 : 4;
  const base = '' + c + pad2(bd.d) + pad2(bd.m) + pad2(bd.y % 100) + dg(3) + dg(3);
  const w = [7, 3, 1];
  const s = base.split('').reduce((a, d, i) => a + Number(d) * w[i % 3], 0) % 10;
  return base + (wrong ? (s + ri(1, 9)) % 10 : s);
}
const kgPin = (bd, g) => (g === 'f' ? '1' : '2') + pad2(bd.d) + pad2(bd.m) + bd.y + dg(5);
function tckn(wrong = false) {
  const d = [ri(1, 9)];
  for (let i = 0; i < 8; i++) d.push(ri(0, 9));
  const d10 = ((((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10) + 10) % 10;
  d.push(d10);
  const d11 = d.reduce((a, b) => a + b, 0) % 10;
  d.push(wrong ? (d11 + ri(1, 9)) % 10 : d11);
  return d.join('');
}
function luhn(s) {
  let sum = 0,
    dbl = true;
  for (let i = s.length - 1; i >= 0; i--) {
    let n = +s[i];
    if (dbl) {
      n *= 2;
      if (n > 9) n -= 9;
    }
    sum += n;
    dbl = !dbl;
  }
  return (10 - (sum % 10)) % 10;
}
function eid(bd, wrong = false) {
  const body = '784' + bd.y + dg(7);
  const c = luhn(body);
  return `784-${bd.y}-${body.slice(7)}-${wrong ? (c + ri(1, 9)) % 10 : c}`;
}
function snils(wrong = false) {
  const d = String(ri(2, 9)) + dg(8);
  const s = d.split('').reduce((a, x, i) => a + Number(x) * (9 - i), 0);
  let c = s < 100 ? s : s === 100 || s === 101 ? 0 : s % 101;
  if (c === 100) c = 0;
  if (wrong) c = (c + ri(1, 60)) % 100;
  return `${d.slice(0, 3)}-${d.slice(3, 6)}-${d.slice(6)} ${pad2(c)}`;
}
function innRu(wrong = false) {
  const d = (pk(['77', '50', '78', '54', '66', '16', '23', '02']) + dg(8)).split('').map(Number);
  const w1 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8];
  const c1 = (d.reduce((a, x, i) => a + x * w1[i], 0) % 11) % 10;
  d.push(c1);
  const w2 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8];
  const c2 = (d.reduce((a, x, i) => a + x * w2[i], 0) % 11) % 10;
  d.push(wrong ? (c2 + ri(1, 9)) % 10 : c2);
  return d.join('');
}
const tjInn = () => dgnz(9);
// passports and ID cards
const passKZ = () => 'N' + dg(8);
const idKZ = () => '0' + dg(8);
const passRU = () => pk([() => `${dg(2)} ${dg(2)} ${dg(6)}`, () => `${dg(4)} ${dg(6)}`, () => `${dg(4)} № ${dg(6)}`])();
const passRUz = () => pk([() => `7${ri(0, 6)} ${dg(7)}`, () => `7${ri(0, 6)}${dg(7)}`])();
const passUZ = () => pk(['AA', 'AB', 'AC', 'AD', 'FA', 'FB', 'AE']) + pk(['', '', ' ']) + dg(7);
const passKG = () => pk(['AC', 'AN', 'ID', 'AC']) + dg(7);
const passTJ = () => pk([() => '4' + dg(8), () => 'A' + dg(8), () => 'B' + dg(8)])();
const passTM = () => `I-${pk(['AH', 'AS', 'BN', 'DZ', 'LB', 'MR'])} ${dg(6)}`;
const passTR = () => pk(['U', 'S', 'Z']) + dg(8);
// cards
function cardNum() {
  let s = pk([
    '440043',
    '400303',
    '4263',
    '5169',
    '8600',
    '9860',
    '2200',
    '4278',
    '5440',
    '4405',
    '5522',
    '4169',
    '2202',
    '6262',
    '5614',
  ]);
  while (s.length < 15) s += ri(0, 9);
  return s + luhn(s);
}
function card(masked = null) {
  const n = cardNum();
  const g = n.match(/.{4}/g);
  const m = masked === null ? ch(0.25) : masked;
  if (m)
    return pk([
      `${g[0]} ${g[1].slice(0, 2)}** **** ${g[3]}`,
      `${n.slice(0, 6)}******${n.slice(12)}`,
      `${g[0]} **** **** ${g[3]}`,
    ]);
  return pk([g.join(' '), n, g.join('-'), g.join(' ')]);
}
// IBAN
function mod97(s) {
  let r = 0;
  for (const c of s) {
    const v = /[0-9]/.test(c) ? c : String(c.charCodeAt(0) - 55);
    for (const x of v) r = (r * 10 + Number(x)) % 97;
  }
  return r;
}
const mkIban = (cc, bban) => cc + pad2(98 - mod97(bban + cc + '00')) + bban;
const ibanKZ = () => mkIban('KZ', dg(3) + (ch(0.5) ? 'KZT' + dg(10) : dg(13)));
const ibanTR = () => mkIban('TR', dg(5) + '0' + dg(16));
const ibanAE = () => mkIban('AE', dg(3) + dg(16));
const ibanGE = () => mkIban('GE', pk(['TB', 'BG', 'LB']) + dg(16));
function fmtIban(s, style = ri(0, 4)) {
  const sp = s.match(/.{1,4}/g).join(' ');
  return [s, sp, s.toLowerCase(), sp.toLowerCase(), sp][style];
}
// plates
const LAT = 'ABCDEHKLMNPRSTUXYZ';
const lets = (n, set = LAT) => Array.from({ length: n }, () => pk([...set])).join('');
const RUC = 'АВЕКМНОРСТУХ',
  RUL = 'ABEKMHOPCTYX';
function plateRU(latin = ch(0.5)) {
  const set = latin ? RUL : RUC;
  const reg = pk(['77', '97', '177', '777', '50', '750', '78', '178', '54', '66', '16', '02', '23', '199', '799']);
  const l1 = lets(1, set),
    num = dg(3).replace(/^000$/, '107'),
    l2 = lets(2, set);
  const p = pk([`${l1}${num}${l2} ${reg}`, `${l1} ${num} ${l2} ${reg}`, `${l1}${num}${l2}${reg}`]);
  return latin && ch(0.3) ? p.toLowerCase() : p;
}
const plateKZ = () => `${dgnz(3)} ${lets(3)} ${pad2(ri(1, 20))}`;
const plateKG = () =>
  pk([
    () => `0${ri(1, 8)} ${dgnz(3)} ${lets(3)}`,
    () => `0${ri(1, 8)}KG ${dgnz(3)} ${lets(3)}`,
    () => `B ${dgnz(4)} ${lets(2)}`,
  ])();
const plateUZ = () => {
  const r = pk(['01', '10', '20', '25', '30', '40', '50', '60', '70', '75', '80', '85', '90', '95']);
  return pk([
    `${r} ${lets(1)} ${dgnz(3)} ${lets(2)}`,
    `${r} ${dgnz(3)} ${lets(3)}`,
    `${r}${lets(1)}${dgnz(3)}${lets(2)}`,
  ]);
};
const plateTR = () => {
  const r = pad2(pk([34, 6, 35, 16, 7, 1, 42, 27, 41, 59, 33, 55]));
  return pk([
    `${r} ${lets(3)} ${dgnz(3)}`,
    `${r} ${lets(2)} ${dgnz(4)}`,
    `${r} ${lets(1)} ${dgnz(5)}`,
    `${r}${lets(2)}${dgnz(3)}`,
  ]);
};
const plateAE = () => pk([`${lets(1)} ${dgnz(5)}`, `${lets(1)} ${dgnz(4)}`, `${lets(2)} ${dgnz(5)}`]);
const plateTJ = () => `${dg(4)} ${lets(2)} ${pad2(pk([1, 2, 3, 4, 5, 8]))}`;
// phones
function grp(d, pat) {
  let i = 0;
  return pat.replace(/#/g, () => d[i++]);
}
function phoneKZ() {
  const op = pk(['700', '701', '702', '705', '707', '708', '747', '771', '775', '776', '777', '778']);
  const d = op + dg(7);
  return grp(
    d,
    pk([
      '+7 ### ### ## ##',
      '+7 (###) ###-##-##',
      '8##########',
      '8 ### ### ####',
      '+7##########',
      '8 (###) ###-##-##',
    ]),
  );
}
function phoneRU() {
  const d = pk(['9', '9', '9']) + dg(2) + dg(7);
  return grp(d, pk(['+7 ### ###-##-##', '8 (###) ###-##-##', '+7##########', '+7 (###) ### ## ##', '8-###-###-##-##']));
}
function phoneKG() {
  const d =
    pk([
      '555',
      '700',
      '701',
      '702',
      '770',
      '771',
      '772',
      '777',
      '778',
      '990',
      '995',
      '999',
      '220',
      '222',
      '550',
      '551',
      '553',
      '557',
      '559',
    ]) + dg(6);
  return grp(d, pk(['+996 ### ### ###', '0### ## ## ##', '+996 (###) ##-##-##', '+996#########', '0 ### ######']));
}
function phoneUZ() {
  const d = pk(['90', '91', '93', '94', '95', '97', '98', '99', '33', '88', '77']) + dg(7);
  return grp(d, pk(['+998 ## ### ## ##', '+998 (##) ###-##-##', '+998#########', '## ### ## ##', '+998 ## ###-##-##']));
}
function phoneTJ() {
  const d = pk(['90', '91', '92', '93', '98', '99', '55', '88', '50', '77', '00']) + dg(7);
  return grp(d, pk(['+992 ## ### ####', '+992 (##) ###-##-##', '+992#########', '+992 ## ### ## ##']));
}
function phoneTR() {
  const d = String(ri(530, 559)) + dg(7);
  return grp(d, pk(['+90 ### ### ## ##', '0### ### ## ##', '0 (###) ### ## ##', '+90##########', '0### ### ####']));
}
function phoneAE() {
  const d = pk(['50', '52', '54', '55', '56', '58']) + dg(7);
  return grp(d, pk(['+971 ## ### ####', '0## ### ####', '+971-##-#######', '+971 ## ### ## ##', '00971 ## #######']));
}
function phoneTM() {
  const d = pk(['61', '62', '63', '64', '65', '71']) + dg(6);
  return grp(d, pk(['+993 ## ######', '+993 (##) ##-##-##', '8 ## ######']));
}
const PHONE_BY = {
  kz: phoneKZ,
  ru: phoneRU,
  kg: phoneKG,
  uz: phoneUZ,
  tj: phoneTJ,
  tr: phoneTR,
  ae: phoneAE,
  tm: phoneTM,
};
// e-mail & handles (from a Latin name object {gv, sn})
const asc = (s) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[ıİ]/g, 'i')
    .replace(/[ʻʼ'‘`’]/g, '')
    .replace(/[^A-Za-z]/g, '')
    .toLowerCase();
function email(la) {
  const g = asc(la.gv),
    s = asc(la.sn) || 'x';
  const loc = pk([
    `${g}.${s}`,
    `${g}${s[0]}${ri(80, 99)}`,
    `${s}.${g}${ri(1, 9)}`,
    `${g}_${ri(1990, 2006)}`,
    `${g[0]}.${s}`,
    `${g}${s}`,
  ]);
  return (
    loc +
    '@' +
    pk([
      'mail.ru',
      'gmail.com',
      'inbox.ru',
      'yandex.ru',
      'bk.ru',
      'list.ru',
      'outlook.com',
      'yahoo.com',
      'hotmail.com',
      'mail.kz',
      'umail.uz',
      'gmail.com',
    ])
  );
}
function handle(la, at = ch(0.6)) {
  const g = asc(la.gv),
    s = asc(la.sn) || 'x';
  const h = pk([
    `${g}_${s}`,
    `${g}.${s}`,
    `${g}${ri(80, 99)}`,
    `${g}_${pk(['official', 'life', 'star', 'work', 'job'])}`,
    `${s}.${g}${ri(1, 9)}`,
    `${g}__${s[0]}`,
    `${pk(['jumys', 'rabota', 'ish', 'job', 'vakansii'])}_${pk(['dubai', 'seoul', 'moskva', 'istanbul', 'abroad'])}${ri(1, 99)}`,
  ]);
  return (at ? '@' : '') + h;
}
// machine-readable zone (TD3)
function mrzCheck(s) {
  const w = [7, 3, 1];
  let sum = 0;
  [...s].forEach((c, i) => {
    const v = c === '<' ? 0 : /[0-9]/.test(c) ? +c : c.charCodeAt(0) - 55;
    sum += v * w[i % 3];
  });
  return String(sum % 10);
}
const mrzName = (s) => asc(s).toUpperCase();
// returns parts for the two MRZ lines; personal number (optional) labelled NATIONAL_ID
function mrzParts(cc, la, docNo, bd, g, pnum) {
  const sn = mrzName(la.sn),
    gv = mrzName(la.gv);
  const l1fill = '<'.repeat(Math.max(0, 44 - 5 - sn.length - 2 - gv.length));
  const yymmdd = pad2(bd.y % 100) + pad2(bd.m) + pad2(bd.d);
  const exp = pad2(ri(26, 34)) + pad2(ri(1, 12)) + pad2(ri(1, 28));
  const doc = docNo.padEnd(9, '<');
  const pn = (pnum || '').padEnd(14, '<');
  const dc = mrzCheck(doc),
    bc = mrzCheck(yymmdd),
    ec = mrzCheck(exp),
    pc = pnum ? mrzCheck(pn) : '<';
  const fin = mrzCheck(doc + dc + yymmdd + bc + exp + ec + pn + pc);
  const docPart = docNo.length === 9 ? PAS(docNo) : [PAS(docNo), '<'.repeat(9 - docNo.length)];
  return J(
    `P<${cc}`,
    PER(sn),
    '<<',
    PER(gv),
    l1fill,
    '\n',
    docPart,
    dc + cc,
    BDT(yymmdd),
    bc + (g === 'm' ? 'M' : 'F') + exp + ec,
    pnum ? NID(pnum) : '',
    pnum ? '<'.repeat(14 - pnum.length) : '<'.repeat(14),
    pc + fin,
  );
}

// ------------------------------------------------------------ names ----
const N = {
  kz: {
    m: W(
      'Нұрлан Ерлан Дәурен Асқар Бауыржан Серік Жандос Ақжол Мейірхан Темірлан Еркебұлан Жасұлан Әділет Қуаныш Болат Ғалымжан Сағындық Бекзат Талғат Ернұр Олжас Дархан Нұрбол Санжар Ерасыл Айбын Жәнібек Медеу Қайсар Тілеуберді',
    ),
    f: W(
      'Гүлнара Айгерім Әсел Жансая Мөлдір Ақмарал Динара Салтанат Гүлжан Назерке Аружан Қарлығаш Балжан Айнұр Ұлжан Меруерт Шолпан Толғанай Жұлдыз Ботагөз Қымбат Перизат Нұрай Маржан Гаухар Сымбат Ақбота Дариға Әйгерім Күнсұлу Ақерке Еркежан',
    ),
    s: W(
      'Жақсыбеков Оспанов Тұрсынбаев Есенов Бекмұхамбетов Сейітқалиев Жұмабаев Тоқтаров Омарбеков Әбдірахманов Кенжебаев Сәрсенбаев Нұрмағамбетов Ысқақов Дүйсенбаев Мұқанов Қасымжанов Әлібеков Байжанов Төлегенов Исабеков Шәріпов Ермеков Құдайбергенов Сағынбеков Әбілқасымов Нұртазин Бердібеков Қалиев Тілеубердиев Жарылғапов Мырзахметов Орынбасаров Кемелбеков',
    ),
  },
  kg: {
    m: W(
      'Азамат Нурбек Эрмек Улан Бакыт Чыңгыз Мирлан Тилек Кубанычбек Жыргалбек Элдияр Айбек Канатбек Талант Урмат Эмил Байыш Самат Жоомарт Өмүрбек Үсөн Мелис Кайрат Аскарбек Турсунбек Бекболот Нурлан',
    ),
    f: W(
      'Айпери Бермет Жылдыз Чолпон Нургүл Айжан Гүлзат Асел Назира Мээрим Бегимай Кундуз Айчүрөк Бактыгүл Жамиля Сезим Уулжан Аида Айзада Күмүшай Элнура Толгонай Асема Перизат Кыял Жибек Курманжан',
    ),
    s: W(
      'Асанов Токтосунов Жумабеков Осмоналиев Мамытов Бейшеналиев Сатыбалдиев Абдыкадыров Эсенгулов Турдубаев Кадыркулов Сыдыков Акматов Чыныбаев Төрөкулов Маматкадыров Кудайбергенов Өмүрзаков Бакиров Жолдошбеков Темирбеков Нуралиев Үсөнбеков Абдраимов Таштанбеков Көчкөнбаев Шаршенов Дүйшөнбиев',
    ),
  },
  uz: {
    m: W(
      'Ғайрат Шуҳрат Жасур Ўткир Баҳодир Дилшод Фарҳод Улуғбек Отабек Санжар Ёқубжон Шерзод Нодирбек Азизбек Жамшид Ислом Ҳасан Ўктам Равшан Элёр Зафаржон Хуршид Мансур Абдулазиз Исфандиёр Даврон Бобур Жаҳонгир Ойбек Шоҳрух Муҳиддин Ғолиб',
    ),
    f: W(
      'Дилфуза Гулнора Мафтуна Нигора Ўғилой Дилноза Муҳаббат Зулфия Шаҳноза Феруза Гулчеҳра Сарвиноз Малика Юлдуз Лола Моҳира Нодира Ҳилола Севара Дурдона Ойдин Гулбаҳор Нилуфар Ширин Муниса Зарнигор Барно Ҳулкар Ўлмасой Мунаввар',
    ),
    s: W(
      'Тошматов Эргашев Йўлдошев Қодиров Ғуломов Раҳимов Норматов Абдуллаев Ўринбоев Ҳамроқулов Мирзаев Исмоилов Тўхтасинов Сатторов Қурбонов Жўраев Бозоров Холматов Шукуров Юсупов Турғунов Мадаминов Эшматов Аширматов Хўжаев Рўзиев Назаров Каримбердиев Ўроқов Собиров',
    ),
  },
  kaa: {
    m: W('Жанабай Ербол Турдымурат Мамбеткарим Бахтияр Айдос Кенесбай Алламурат Сарсенбай Дауытбай Бердимурат'),
    f: W('Айжамал Гулзийра Айымхан Гулбахар Асемгул Жамила Санем Марийям Тумарис Гулистан Бибигул'),
    s: W(
      'Утепбергенов Сейтмуратов Жаксымуратов Калимбетов Бекмуратов Ембергенов Досжанов Оразымбетов Алламбергенов Турекеев Курбанбаев',
    ),
  },
  tj: {
    m: W(
      'Фирӯз Ҷамшед Бахтиёр Сӯҳроб Далер Шоҳрух Умед Зафар Манучеҳр Фаридун Исмоил Сафар Рустам Комрон Парвиз Ҳусейн Абдуҳалим Наврӯз Илҳом Меҳроб Шаҳриёр Баҳром Ӯктам Хуршед Зоир Сино Тоҳир',
    ),
    f: W(
      'Мадина Зарина Нигина Фарангис Меҳрубон Ситора Гулбаҳор Шаҳло Муъмина Парвина Таҳмина Дилафрӯз Бунафша Манижа Сабоҳат Фотима Гулрухсор Нозия Мавзуна Садбарг Рухшона Шабнам Навбаҳор Гулнисо Моҳпайкар',
    ),
    s: W(
      'Қодиров Назаров Шарипов Сафаров Саидов Ҳайдаров Давлатов Гулов Мирзоев Абдуллоев Шоев Ҳасанзода Раҷабзода Қурбонзода Назарзода Ашӯров Бобоҷонов Файзуллоев Нуралиев Юсуфӣ Шарифзода Ғафуров Иброҳимов Маҳмадов Додихудоев Султонов Раҳимзода Амонов Зарифӣ Мастонзода',
    ),
  },
  ru: {
    m: W(
      'Дмитрий Алексей Сергей Игорь Виктор Евгений Олег Павел Андрей Константин Роман Вадим Артём Геннадий Станислав Тимофей Ярослав Глеб Юрий Николай Михаил Анатолий',
    ),
    f: W(
      'Ольга Наталья Екатерина Ирина Светлана Людмила Анастасия Валентина Татьяна Юлия Полина Виктория Елизавета Ксения Дарья Алёна Вероника Зинаида Лариса Марина Кристина',
    ),
    s: W(
      'Кузнецов Смирнов Воробьёв Лебедев Соколов Морозов Громов Тихонов Белоусов Карпов Ершов Щербаков Зайцев Гусев Никитин Фомин Сорокин Голубев Калинин Рябов Журавлёв Поляков Крылов Медведев Вишневский Заславский',
    ),
  },
  ua: {
    m: W('Тарас Богдан Остап Мирослав Назар Василь'),
    f: W('Оксана Олеся Ганна Соломия Галина Леся Богдана'),
    s: W(
      'Шевчук Коваленко Бондаренко Ткаченко Мельник Гнатюк Савчук Литвиненко Полищук Остапенко Дорошенко Головко Кравец Ярошенко',
    ),
  },
  ug: {
    m: W('Абдурешит Экрем Нурмемет Ахметжан Меметжан Дилшат Пархат Абликим Илахун Турсунжан Шухрет Рахман'),
    f: W('Гульнур Айнур Мехрибан Зульпия Гулмира Рахиля Паттигуль Буайшем Мунира Сайимгуль Рейхан Назугум'),
    s: W(
      'Мамутов Тохтиев Исмаилов Хасанов Абдурахманов Сабитов Нурахунов Турдиев Розахунов Махмутов Ниязов Юнусов Садыров Кадиров',
    ),
  },
  ko: {
    m: W('Станислав Вячеслав Геннадий Эдуард Валерий Олег Роберт Владислав Денис'),
    f: W('Виктория Эльвира Анжелика Марина Светлана Елена Инна Жанна Алина'),
    s: W('Ким Пак Ли Цой Хван Тен Хегай Шин Югай Огай Лигай Нам Когай Тян Ан Пай Тигай Пегай'),
  },
};
// pairs [latin, russian]
const NP = {
  tm: {
    m: [
      ['Merdan', 'Мердан'],
      ['Döwlet', 'Довлет'],
      ['Baýram', 'Байрам'],
      ['Maksat', 'Максат'],
      ['Arslan', 'Арслан'],
      ['Batyr', 'Батыр'],
      ['Rowşen', 'Ровшен'],
      ['Yhlas', 'Ыхлас'],
      ['Kakajan', 'Какаджан'],
      ['Nurmuhammet', 'Нурмухаммет'],
      ['Guwanç', 'Гуванч'],
      ['Myrat', 'Мурат'],
    ],
    f: [
      ['Ogulgerek', 'Огулгерек'],
      ['Maral', 'Марал'],
      ['Jemal', 'Джемал'],
      ['Aýna', 'Айна'],
      ['Bahar', 'Бахар'],
      ['Leýli', 'Лейли'],
      ['Gözel', 'Гозель'],
      ['Ogulbibi', 'Огулбиби'],
      ['Sona', 'Сона'],
      ['Aýnabat', 'Айнабат'],
      ['Enejan', 'Энеджан'],
      ['Ýazgül', 'Язгуль'],
    ],
    s: [
      ['Orazow', 'Оразов'],
      ['Hojamyradow', 'Ходжамурадов'],
      ['Gurbanow', 'Курбанов'],
      ['Ataýew', 'Атаев'],
      ['Durdyýew', 'Дурдыев'],
      ['Çaryýew', 'Чарыев'],
      ['Nurmuhammedow', 'Нурмухаммедов'],
      ['Babaýew', 'Бабаев'],
      ['Saparow', 'Сапаров'],
      ['Amanow', 'Аманов'],
      ['Geldiýew', 'Гельдиев'],
      ['Annaýew', 'Аннаев'],
      ['Öwezow', 'Овезов'],
      ['Täçmyradow', 'Тачмурадов'],
    ],
  },
  cn: {
    m: [
      ['Lei', 'Лэй'],
      ['Yang', 'Ян'],
      ['Hui', 'Хуэй'],
      ['Wei', 'Вэй'],
      ['Peng', 'Пэн'],
      ['Jian', 'Цзянь'],
      ['Yu', 'Юй'],
      ['Dan', 'Дань'],
      ['Qiang', 'Цян'],
      ['Bo', 'Бо'],
    ],
    f: [
      ['Min', 'Минь'],
      ['Jing', 'Цзин'],
      ['Na', 'На'],
      ['Fang', 'Фан'],
      ['Lin', 'Линь'],
      ['Ting', 'Тин'],
      ['Xin', 'Синь'],
      ['Yan', 'Янь'],
      ['Hong', 'Хун'],
      ['Xiaoli', 'Сяоли'],
    ],
    s: [
      ['Wang', 'Ван'],
      ['Zhang', 'Чжан'],
      ['Liu', 'Лю'],
      ['Chen', 'Чэнь'],
      ['Zhao', 'Чжао'],
      ['Xu', 'Сюй'],
      ['Sun', 'Сунь'],
      ['Ma', 'Ма'],
      ['Zhou', 'Чжоу'],
      ['Gao', 'Гао'],
      ['Hu', 'Ху'],
      ['Guo', 'Го'],
      ['Tang', 'Тан'],
      ['Deng', 'Дэн'],
      ['Xie', 'Се'],
      ['Luo', 'Ло'],
      ['Feng', 'Фэн'],
    ],
  },
  ar: {
    m: [
      ['Khalid', 'Халид'],
      ['Ahmed', 'Ахмед'],
      ['Omar', 'Омар'],
      ['Yousef', 'Юсеф'],
      ['Rashid', 'Рашид'],
      ['Faisal', 'Фейсал'],
      ['Hamad', 'Хамад'],
      ['Saif', 'Саиф'],
      ['Bilal', 'Билал'],
      ['Majid', 'Маджид'],
      ['Karim', 'Карим'],
      ['Sultan', 'Султан'],
      ['Nabil', 'Набиль'],
      ['Walid', 'Валид'],
    ],
    f: [
      ['Mariam', 'Мариам'],
      ['Fatima', 'Фатима'],
      ['Noura', 'Нура'],
      ['Layla', 'Лейла'],
      ['Aisha', 'Аиша'],
      ['Huda', 'Худа'],
      ['Reem', 'Рим'],
    ],
    s: [
      ['Al Mansoori', 'аль-Мансури'],
      ['Al Hashimi', 'аль-Хашими'],
      ['Saeed', 'Саид'],
      ['Haddad', 'Хаддад'],
      ['Al Ketbi', 'аль-Кетби'],
      ['Nasser', 'Насер'],
      ['Al Shamsi', 'аль-Шамси'],
      ['Al Mazrouei', 'аль-Мазруи'],
      ['Qasim', 'Касим'],
      ['Al Falasi', 'аль-Фаласи'],
      ['Mansour', 'Мансур'],
      ['Obaid', 'Обейд'],
      ['Al Zaabi', 'аль-Заби'],
      ['Hamdan', 'Хамдан'],
      ['Al Suwaidi', 'аль-Сувейди'],
      ['Al Nuaimi', 'аль-Нуайми'],
    ],
  },
};
const TRN = {
  m: W(
    'Emre Murat Serkan Burak Oğuzhan Kadir Hakan Volkan Tuncay Erdem Selçuk Yiğit Ufuk Cengiz Levent Sinan Orhan Barış Gökhan İlker Taner Ertuğrul Caner',
  ),
  f: W(
    'Derya Elif Zeynep Büşra Sevgi Gülşen Ayşe Hatice Nurcan Özlem Tuğba Ebru Sibel Merve Yasemin Aslı Şule Dilek Esra Pınar Gülizar Feride',
  ),
  s: W(
    'Yılmaz Kaya Demir Şahin Çelik Yıldız Aydın Öztürk Arslan Doğan Kılıç Aslan Çetin Kara Koç Kurt Özdemir Polat Aksoy Karaca Bozkurt Tekin Uçar Gündoğdu Sarıkaya Keskin Ekinci Bulut Taşdemir Akgül Erkoç',
  ),
};
const RU_PAT = {
  Дмитрий: 'Дмитриев',
  Алексей: 'Алексеев',
  Сергей: 'Сергеев',
  Игорь: 'Игорев',
  Виктор: 'Викторов',
  Евгений: 'Евгеньев',
  Олег: 'Олегов',
  Павел: 'Павлов',
  Андрей: 'Андреев',
  Константин: 'Константинов',
  Роман: 'Романов',
  Вадим: 'Вадимов',
  Геннадий: 'Геннадьев',
  Станислав: 'Станиславов',
  Юрий: 'Юрьев',
  Николай: 'Николаев',
  Михаил: 'Михайлов',
  Анатолий: 'Анатольев',
  Тарас: 'Тарасов',
  Богдан: 'Богданов',
};
function patStem(f) {
  if (RU_PAT[f]) return RU_PAT[f];
  if (/[йь]$/.test(f)) return f.slice(0, -1) + 'ев';
  if (/[бвгджзклмнпрстфхцчшщ]$/.test(f)) return f + 'ов';
  return null;
}
const femSur = (s) =>
  /(ов|ев|ёв|ин|ын|ow|ew|yýew)$/i.test(s) ? s + 'а' : /(ский|цкий)$/.test(s) ? s.slice(0, -2) + 'ая' : s;
const femSurL = (s) => (/(ow|ew)$/.test(s) ? s + 'a' : s);

// build a person of a group and gender
function person(grp, g = ch(0.6) ? 'f' : 'm') {
  const p = { grp, g };
  if (N[grp]) {
    const L = N[grp];
    const gv = pk(L[g]);
    let sn = pk(L.s);
    const father = pk(L.m);
    if (g === 'f') sn = femSur(sn);
    if (grp === 'kz' && ch(0.15)) sn = pk(N.kz.m) + (g === 'm' ? 'ұлы' : 'қызы');
    if (grp === 'kg' && ch(0.15)) sn = pk(N.kg.m) + (g === 'm' ? ' уулу' : ' кызы');
    const conv = {
      kz: kzRu,
      kg: kgRu,
      uz: uzRu,
      kaa: (x) => x,
      tj: tjRu,
      ru: (x) => x,
      ua: (x) => x,
      ug: (x) => x,
      ko: (x) => x,
    }[grp];
    p.nat = { gv, sn };
    const rf = conv(father);
    const st = grp === 'ko' || grp === 'ru' || grp === 'ua' ? patStem(pk(N.ru.m)) : patStem(rf);
    p.ru = { gv: conv(gv), sn: conv(sn), pt: st ? st + (g === 'm' ? 'ич' : 'на') : null };
    if (grp === 'uz' || grp === 'kaa') p.nat.pt = father + (g === 'm' ? ' ўғли' : ' қизи');
    if (grp === 'ko') p.koIndecl = g === 'f';
    p.la = { gv: ruLat(p.ru.gv), sn: ruLat(p.ru.sn) };
    if (grp === 'uz') p.la = { gv: uzLat(gv, "'"), sn: uzLat(sn, "'") };
  } else if (NP[grp]) {
    const L = NP[grp];
    const gv = pk(L[g]);
    const sn = pk(L.s);
    const snL = g === 'f' && grp === 'tm' ? femSurL(sn[0]) : sn[0];
    const snR = g === 'f' && grp === 'tm' ? femSur(sn[1]) : sn[1];
    p.la = { gv: gv[0], sn: snL };
    p.ru = { gv: gv[1], sn: snR, pt: null };
    p.nat = p.ru;
    p.indecl = grp === 'cn';
    p.cn = grp === 'cn';
  } else {
    // Turkish
    p.la = { gv: pk(TRN[g]), sn: pk(TRN.s) };
    if (ch(0.12)) p.la.gv += ' ' + pk(TRN[g]);
    p.ru = { gv: p.la.gv, sn: p.la.sn, pt: null };
    p.nat = p.la;
    p.indecl = true;
  }
  return p;
}
const GROUPS = {
  ru: ['kz', 'kz', 'kz', 'kg', 'kg', 'uz', 'uz', 'tj', 'tj', 'tm', 'ug', 'ko', 'cn', 'ru', 'ru', 'ua', 'kaa'],
  kk: ['kz', 'kz', 'kz', 'kz', 'kz', 'kz', 'ru', 'uz', 'kg', 'ug', 'ko'],
  ky: ['kg', 'kg', 'kg', 'kg', 'kg', 'uz', 'ru', 'kz', 'tj', 'cn'],
  uz: ['uz', 'uz', 'uz', 'uz', 'uz', 'kaa', 'kaa', 'tj', 'ru', 'kz', 'ko'],
  tg: ['tj', 'tj', 'tj', 'tj', 'tj', 'tj', 'uz', 'ru', 'kg'],
  tr: ['tr', 'tr', 'tr', 'uz', 'kz', 'kg', 'tm', 'tm', 'tj', 'ar'],
  en: ['kz', 'kg', 'uz', 'tj', 'tm', 'ug', 'ko', 'cn', 'ru', 'ua', 'tr', 'ar', 'ar', 'kaa'],
};
const pers = (lang, g) => person(pk(GROUPS[lang]), g);

// ---------------------------------------------------- name rendering ----
const VEL = 'гкхжшщч';
function declGiven(w, g, c) {
  if (!c || c === 'nom') return w;
  const last = w.slice(-1),
    st = w.slice(0, -1),
    pen = w.slice(-2, -1);
  if (last === 'а')
    return (
      st +
      { gen: VEL.includes(pen) ? 'и' : 'ы', dat: 'е', acc: 'у', ins: 'жшщчц'.includes(pen) ? 'ей' : 'ой', prep: 'е' }[c]
    );
  if (last === 'я')
    return pen === 'и'
      ? st + { gen: 'и', dat: 'и', acc: 'ю', ins: 'ей', prep: 'и' }[c]
      : st + { gen: 'и', dat: 'е', acc: 'ю', ins: 'ей', prep: 'е' }[c];
  if (g === 'f') return last === 'ь' ? st + { gen: 'и', dat: 'и', acc: 'ь', ins: 'ью', prep: 'и' }[c] : w;
  if (w.endsWith('ий')) return w.slice(0, -2) + { gen: 'ия', dat: 'ию', acc: 'ия', ins: 'ием', prep: 'ии' }[c];
  if (last === 'й' || last === 'ь') return st + { gen: 'я', dat: 'ю', acc: 'я', ins: 'ем', prep: 'е' }[c];
  if ('аеёиоуыэюя'.includes(last)) return w;
  return w + { gen: 'а', dat: 'у', acc: 'а', ins: 'жшщчц'.includes(last) ? 'ем' : 'ом', prep: 'е' }[c];
}
function declSur(w, g, c) {
  if (!c || c === 'nom' || / /.test(w) || /^аль-/.test(w)) return w;
  if (g === 'm') {
    if (/(ов|ев|ёв|ин|ын)$/.test(w)) return w + { gen: 'а', dat: 'у', acc: 'а', ins: 'ым', prep: 'е' }[c];
    if (/(ский|цкий)$/.test(w))
      return w.slice(0, -2) + { gen: 'ого', dat: 'ому', acc: 'ого', ins: 'им', prep: 'ом' }[c];
    if (/[аеёиоуыэюя]$/.test(w) || /(улы)$/.test(w)) return w;
    return declGiven(w, 'm', c);
  }
  if (/(ова|ева|ёва|ина|ына)$/.test(w))
    return w.slice(0, -1) + { gen: 'ой', dat: 'ой', acc: 'у', ins: 'ой', prep: 'ой' }[c];
  if (/(ская|цкая)$/.test(w)) return w.slice(0, -2) + { gen: 'ой', dat: 'ой', acc: 'ую', ins: 'ой', prep: 'ой' }[c];
  return w;
}
function declPat(w, g, c) {
  if (!c || c === 'nom') return w;
  return g === 'm'
    ? w + { gen: 'а', dat: 'у', acc: 'а', ins: 'ем', prep: 'е' }[c]
    : w.slice(0, -1) + { gen: 'ы', dat: 'е', acc: 'у', ins: 'ой', prep: 'е' }[c];
}
function baseFor(p, lang) {
  if (lang === 'ru') return p.ru;
  if (lang === 'kk') return p.grp === 'kz' ? p.nat : p.ru;
  if (lang === 'ky') return p.grp === 'kg' ? p.nat : p.ru;
  if (lang === 'uz') return p.grp === 'uz' || p.grp === 'kaa' ? p.nat : p.ru;
  if (lang === 'tg') return p.grp === 'tj' ? p.nat : p.ru;
  return p.la;
}
const ini = (s) => (s ? s[0] + '.' : '');
// style: g | s | gs | sg | sgp | gps | i (А.К. Бекова) | si (Бекова А.К.) | gi (Айгерим Б.)
// lang-specific case: ru: nom/gen/dat/acc/ins/prep; kk/ky/uz: gen/dat/acc/abl/loc/ins; tg: acc
function nm(p, lang, style = 'gs', c = null) {
  const b = baseFor(p, lang);
  let gv = b.gv,
    sn = b.sn;
  const pt =
    lang === 'ru' || (lang !== 'uz' && lang !== 'en' && lang !== 'tr' && b === p.ru)
      ? p.ru.pt
      : lang === 'uz'
        ? b.pt || null
        : null;
  if (lang === 'ru' && !p.indecl) {
    gv = p.cn ? gv : declGiven(gv, p.g, c);
    sn = p.koIndecl ? sn : declSur(sn, p.g, c);
  }
  const ptD = pt && lang === 'ru' ? declPat(pt, p.g, c) : pt;
  if (p.cn && (style === 'gs' || style === 'sg' || style === 'sgp' || style === 'gps')) style = 'cn';
  let out;
  switch (style) {
    case 'g':
      out = gv;
      break;
    case 's':
      out = sn;
      break;
    case 'sg':
      out = `${sn} ${gv}`;
      break;
    case 'cn':
      out = `${sn} ${gv}`;
      break;
    case 'sgp':
      out = ptD ? `${sn} ${gv} ${ptD}` : `${sn} ${gv}`;
      break;
    case 'gps':
      out = ptD ? `${gv} ${ptD} ${sn}` : `${gv} ${sn}`;
      break;
    case 'i':
      out = `${ini(gv)}${pt && lang === 'ru' ? ini(pt) : ''} ${sn}`;
      break;
    case 'si':
      out = `${sn} ${ini(gv)}${pt && lang === 'ru' ? ini(pt) : ''}`;
      break;
    case 'gi':
      out = `${gv} ${ini(sn)}`;
      break;
    default:
      out = `${gv} ${sn}`;
  }
  if (/\.$/.test(out)) c = null;
  if (c && lang === 'kk') out = kkSuf(out, c);
  if (c && lang === 'ky') out = kySuf(out, c);
  if (c && lang === 'uz') out = uzSuf(out, c);
  if (c && lang === 'tg') out = tgSuf(out, c);
  return out;
}
// PERSON part, optionally with soft hyphen or lower case
const PN = (p, lang, style, c, opt = {}) => {
  let s = nm(p, lang, style, c);
  if (opt.shy) s = shy(s);
  if (opt.low) s = lang === 'tr' ? lowTr(s) : s.toLowerCase();
  return PER(s);
};
const rStyle = () => pk(['gs', 'gs', 'sg', 'sgp', 'sgp', 'gps', 'i', 'si', 's', 'g', 'gi']);

// ------------------------------------------------------------ dates ----
const bdate = () => ({ y: ri(1974, 2006), m: ri(1, 12), d: ri(1, 28) });
const evdate = () => ({ y: ri(2016, 2024), m: ri(1, 12), d: ri(1, 28) });
const dmy = (b, sep = '.') => pad2(b.d) + sep + pad2(b.m) + sep + b.y;
const iso = (b) => `${b.y}-${pad2(b.m)}-${pad2(b.d)}`;
const M = {
  ruG: W('января февраля марта апреля мая июня июля августа сентября октября ноября декабря'),
  ruN: W('январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь'),
  ruP: W('январе феврале марте апреле мае июне июле августе сентябре октябре ноябре декабре'),
  kk: W('қаңтар ақпан наурыз сәуір мамыр маусым шілде тамыз қыркүйек қазан қараша желтоқсан'),
  uz: W('январ феврал март апрел май июн июл август сентябр октябр ноябр декабр'),
  ky: W('январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь'),
  kyL: W('январда февралда мартта апрелде майда июнда июлда августта сентябрда октябрда ноябрда декабрда'),
  tg: W('январ феврал март апрел май июн июл август сентябр октябр ноябр декабр'),
  tr: W('Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık'),
  en: W('January February March April May June July August September October November December'),
};
const RU_ORD = W(
  'первого второго третьего четвёртого пятого шестого седьмого восьмого девятого десятого одиннадцатого двенадцатого тринадцатого четырнадцатого пятнадцатого шестнадцатого семнадцатого восемнадцатого девятнадцатого двадцатого',
);
const EN_ORD = W(
  'first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth twenty-first twenty-second twenty-third twenty-fourth twenty-fifth twenty-sixth twenty-seventh twenty-eighth',
);
function ruYearWords(y) {
  const tensC = [
    '',
    '',
    'двадцать',
    'тридцать',
    'сорок',
    'пятьдесят',
    'шестьдесят',
    'семьдесят',
    'восемьдесят',
    'девяносто',
  ];
  const tensO = [
    '',
    '',
    'двадцатого',
    'тридцатого',
    'сорокового',
    'пятидесятого',
    'шестидесятого',
    'семидесятого',
    'восьмидесятого',
    'девяностого',
  ];
  const r = y % 100,
    t = Math.floor(r / 10),
    u = r % 10;
  const head = y < 2000 ? 'тысяча девятьсот' : 'две тысячи';
  if (y === 2000) return 'двухтысячного';
  let tail;
  if (r < 10) tail = RU_ORD[u - 1];
  else if (r < 20) tail = RU_ORD[r - 1];
  else tail = u === 0 ? tensO[t] : `${tensC[t]} ${RU_ORD[u - 1]}`;
  return `${head} ${tail}`;
}
const ruDOB = (b) =>
  pk([
    () => dmy(b),
    () => `${b.d} ${M.ruG[b.m - 1]} ${b.y}`,
    () => `${b.d} ${M.ruG[b.m - 1]} ${b.y}`,
    () => (b.d <= 20 ? `${RU_ORD[b.d - 1]} ${M.ruG[b.m - 1]} ${ruYearWords(b.y)}` : `${b.d} ${M.ruG[b.m - 1]} ${b.y}`),
    () => dmy(b, '/'),
  ])();
const enDOB = (b) =>
  pk([
    () => `${b.d} ${M.en[b.m - 1]} ${b.y}`,
    () => `${M.en[b.m - 1]} ${b.d}, ${b.y}`,
    () => dmy(b),
    () => iso(b),
    () => `the ${EN_ORD[b.d - 1]} of ${M.en[b.m - 1]} ${b.y}`,
    () => `${b.d}/${b.m}/${b.y}`,
  ])();
const trDOB = (b) => pk([() => dmy(b), () => `${b.d} ${M.tr[b.m - 1]} ${b.y}`, () => dmy(b, '/')])();
const kkDOB = (b) =>
  pk([() => dmy(b), () => `${b.y} жылғы ${b.d} ${M.kk[b.m - 1]}`, () => `${b.d} ${M.kk[b.m - 1]} ${b.y}`])();
const uzDOB = (b) =>
  pk([() => dmy(b), () => `${b.y}-йил ${b.d}-${M.uz[b.m - 1]}`, () => `${b.d}.${pad2(b.m)}.${b.y}`])();
const kyDOB = (b) =>
  pk([() => dmy(b), () => `${b.y}-жылы ${b.d}-${M.kyL[b.m - 1]}`, () => `${b.d}-${M.ky[b.m - 1]}, ${b.y}`])();
const tgDOB = (b) => pk([() => dmy(b), () => `${b.d} ${M.tg[b.m - 1]}и ${b.y}`, () => `${b.d}.${pad2(b.m)}.${b.y}`])();

// -------------------------------------------------------- addresses ----
const hn = () =>
  pk([String(ri(1, 180)), String(ri(1, 90)), `${ri(1, 120)}${pk(['А', 'Б', 'В'])}`, `${ri(1, 99)}/${ri(1, 5)}`]);
const ap = () => String(ri(1, 160));
const RU_ST = W(
  'Абая Сатпаева Гагарина Фурманова Байзакова Розыбакиева Жандосова Ленина Токтогула Ахунбаева Навои Бабура Рудаки Айни Пушкина Мира Чехова Горького Шевченко Тимирязева Жарокова Масанчи Суюнбая Ауэзова Валиханова',
).concat([
  'Толе би',
  'Жибек Жолы',
  'Кабанбай батыра',
  'Амира Темура',
  'Шота Руставели',
  'Исмоила Сомони',
  'Курманжан Датки',
  'Чуй',
  'Карла Маркса',
]);
const RU_ST_ADJ = W('Садовая Лесная Заводская Молодёжная Профсоюзная Советская Школьная Новая Полевая Строительная');
const RU_MKR = W(
  'Самал-2 Аксай-4 Жетысу-3 Орбита-1 Алмагуль Джал-23 Аламедин-1 Юнусабад-12 Чиланзар-9 Восток-5 Асанбай Шугыла Кок-Жар Тунгуч Нурсат Сайрам Кулагер',
);
function ruAddr() {
  const S = pk(RU_ST);
  return pk([
    () => `ул. ${S}, д. ${hn()}, кв. ${ap()}`,
    () => `ул. ${S}, ${ri(1, 150)}-${ri(1, 90)}`,
    () => `пр. ${S}, ${hn()}, корп. ${ri(1, 4)}, кв. ${ap()}`,
    () => `мкр. ${pk(RU_MKR)}, д. ${ri(1, 60)}, кв. ${ap()}`,
    () => `мкр. ${pk(RU_MKR)}, ${ri(1, 60)}`,
    () => `пер. ${S}, д. ${hn()}`,
    () => `ул. ${S}, д. ${hn()}, стр. ${ri(1, 6)}`,
    () => `улица ${S}, дом ${ri(1, 150)}, квартира ${ap()}`,
    () => `ул. ${pk(RU_ST_ADJ)}, д. ${hn()}, кв. ${ap()}`,
    () => `${pk(RU_ST_ADJ)} ул., д. ${ri(1, 99)}`,
    () => `просп. ${S}, д. ${hn()}`,
  ])();
}
// inflected Russian addresses: [preposition, span]
function ruAddrIn() {
  const S = pk(RU_ST);
  return pk([
    () => ['на ', `улице ${S}, ${hn()}`],
    () => ['в ', `доме ${ri(1, 150)} по улице ${S}`],
    () => ['в ', `квартире ${ap()} дома ${ri(1, 120)} по проспекту ${S}`],
    () => ['в ', `доме ${ri(1, 150)} на проспекте ${S}`],
    () => ['на ', `проспекте ${S}, д. ${hn()}`],
    () => ['в ', `микрорайоне ${pk(RU_MKR)}, д. ${ri(1, 60)}`],
    () => ['на ', `улице ${S}, дом ${ri(1, 150)}, кв. ${ap()}`],
    () => ['в ', `доме № ${ri(1, 150)} по переулку ${S}`],
  ])();
}
const KK_ST = [
  'Абай',
  'Сәтбаев',
  'Төле би',
  'Жібек жолы',
  'Қабанбай батыр',
  'Бөгенбай батыр',
  'Сарыарқа',
  'Кенесары',
  'Тұран',
  'Достық',
  'Әл-Фараби',
  'Байтұрсынұлы',
  'Сейфуллин',
  'Желтоқсан',
  'Мұқанов',
  'Әуезов',
  'Райымбек',
  'Құрманғазы',
];
const KK_MKR = ['Самал-2', 'Ақсай-4', 'Жетісу-3', 'Нұркент', 'Шұғыла', 'Көктем-1', 'Таугүл', 'Нұрсат', 'Қазығұрт'];
function kkAddr() {
  const S = pk(KK_ST);
  return pk([
    () => `${S} көшесі, ${ri(1, 150)}-үй, ${ap()}-пәтер`,
    () => `${S} даңғылы, ${ri(1, 200)}`,
    () => `${S} даңғылы, ${ri(1, 200)}-үй`,
    () => `${pk(KK_MKR)} шағын ауданы, ${ri(1, 60)}-үй, ${ap()}-пәтер`,
    () => `${S} көш., ${ri(1, 150)}-үй`,
    () => `${S} көшесі, ${ri(1, 150)}/${ri(1, 4)}, ${ap()}-пәтер`,
  ])();
}
const KY_ST = [
  'Токтогул',
  'Манас',
  'Чүй',
  'Ахунбаев',
  'Жибек Жолу',
  'Исанов',
  'Масалиев',
  'Курманжан Датка',
  'Айтматов',
  'Байтик Баатыр',
  'Ленин',
  'Фрунзе',
  'Гоголь',
  'Абдрахманов',
  'Раззаков',
  'Алыкулов',
  'Токомбаев',
];
const KY_MKR = ['Жал-23', 'Асанбай', 'Түңгүч', 'Аламүдүн-1', 'Көк-Жар', 'Ак-Өргө', 'Восток-5', 'Учкун', 'Ак-Босого'];
function kyAddr() {
  const S = pk(KY_ST);
  return pk([
    () => `${S} көчөсү, ${ri(1, 200)}`,
    () => `${S} көчөсү, ${ri(1, 150)}-үй, ${ap()}-батир`,
    () => `${S} проспектиси, ${ri(1, 200)}`,
    () => `${pk(KY_MKR)} кичи району, ${ri(1, 60)}-үй, ${ap()}-батир`,
    () => `${S} көч., ${ri(1, 150)}/${ri(1, 4)}`,
  ])();
}
const UZ_ST = [
  'Навоий',
  'Амир Темур',
  'Бобур',
  'Мустақиллик',
  'Шота Руставели',
  'Бунёдкор',
  'Фарғона йўли',
  'Беруний',
  'Мирзо Улуғбек',
  'Қатортол',
  'Ипак йўли',
  'Қорасарой',
  'Заргарлик',
  'Баҳористон',
  'Миробод',
  'Гулбаҳор',
  'Ўзбекистон овози',
];
const UZ_MKR = ['Юнусобод-12', 'Чилонзор-9', 'Қорасув-3', 'Сергели-7', 'Олмазор-2', 'Қуйлиқ-5', 'Ҳамза-4'];
function uzAddr() {
  const S = pk(UZ_ST);
  return pk([
    () => `${S} кўчаси, ${ri(1, 150)}-уй`,
    () => `${S} кўчаси, ${ri(1, 150)}-уй, ${ap()}-хонадон`,
    () => `${pk(UZ_MKR)} мавзеси, ${ri(1, 60)}-уй, ${ap()}-хонадон`,
    () => `${S} шоҳ кўчаси, ${ri(1, 200)}`,
    () => `${S} тор кўчаси, ${ri(1, 60)}-уй`,
    () => `${S} к., ${ri(1, 150)}-уй, ${ap()}-хонадон`,
  ])();
}
const TG_ST = [
  'Рӯдакӣ',
  'Айнӣ',
  'Сино',
  'Шоҳмансур',
  'Бухоро',
  'Фирдавсӣ',
  'Исмоили Сомонӣ',
  'Саъдии Шерозӣ',
  'Лоҳутӣ',
  'Мирзо Турсунзода',
  'Н. Қарабоев',
  'Бобоҷон Ғафуров',
  'Камоли Хуҷандӣ',
  'Ҳофизи Шерозӣ',
  'Гагарин',
];
function tgAddr() {
  const S = pk(TG_ST);
  return pk([
    () => `кӯчаи ${S} ${ri(1, 150)}, хонаи ${ap()}`,
    () => `кӯчаи ${S}, ${ri(1, 150)}`,
    () => `хиёбони ${S}, ${ri(1, 200)}`,
    () => `микроноҳияи ${ri(1, 104)}, бинои ${ri(1, 60)}, хонаи ${ap()}`,
    () => `кӯчаи ${S}, бинои ${ri(1, 150)}, хонаи ${ap()}`,
    () => `гузаргоҳи ${S} ${ri(1, 40)}`,
  ])();
}
const TR_MAH = W(
  'Cumhuriyet Fatih Yenidoğan Merkez Gültepe Yıldıztepe Çınar Esentepe Gazi Bahçelievler Pınarbaşı Zafer Kocatepe İnönü Mimar Sinan Yavuz Selim Kazım Karabekir'
    .replace('Mimar Sinan', 'Mimar_Sinan')
    .replace('Yavuz Selim', 'Yavuz_Selim')
    .replace('Kazım Karabekir', 'Kazım_Karabekir'),
).map((s) => s.replace('_', ' '));
const TR_SOK = W(
  'Gül Lale Menekşe Papatya Akasya Çamlık Bağlar Okul Değirmen Pazar Ihlamur Çiçek Fırın Karanfil Kavak Serin Nergis Yasemin',
);
const TR_CAD = [
  'Atatürk',
  'Cumhuriyet',
  'Barbaros',
  'Fevzi Çakmak',
  'Necip Fazıl',
  'Adnan Kahveci',
  'Doğan Araslı',
  'Hürriyet',
  'Gazi Osman Paşa',
];
const TR_ILCE = [
  'Esenyurt/İstanbul',
  'Fatih/İstanbul',
  'Zeytinburnu/İstanbul',
  'Bağcılar/İstanbul',
  'Muratpaşa/Antalya',
  'Konak/İzmir',
  'Osmangazi/Bursa',
  'Çankaya/Ankara',
  'Alanya/Antalya',
  'Avcılar/İstanbul',
];
function trAddr() {
  const Mh = pk(TR_MAH);
  return pk([
    () => `${Mh} Mahallesi, ${pk(TR_SOK)} Sokak No: ${ri(1, 90)} Daire: ${ri(1, 20)}`,
    () => `${Mh} Mah. ${pk(TR_SOK)} Sok. No:${ri(1, 90)} D:${ri(1, 20)}`,
    () => `${pk(TR_CAD)} Caddesi No: ${ri(1, 250)}/${ri(1, 20)}`,
    () => `${Mh} Mah. ${pk(TR_CAD)} Cad. No: ${ri(1, 250)} Kat: ${ri(1, 8)} Daire: ${ri(1, 30)}`,
    () => `${Mh} Mahallesi ${ri(1, 2999)}. Sokak No: ${ri(1, 60)}`,
    () => `${pk(TR_SOK)} Sokak No: ${ri(1, 90)}/${ri(1, 12)}`,
  ])();
}
const AE_ST = [
  'Al Nahda Street',
  'Al Rigga Street',
  'Al Muraqqabat Street',
  'Al Wasl Road',
  'Al Satwa Road',
  'Al Mankhool Street',
  'Al Qusais Road',
  'Al Hamriya Street',
  'Al Jurf Street',
  'Al Khaleej Road',
  'Al Ittihad Road',
  'Al Karama Street',
  'Al Souq Al Kabeer Street',
  'Al Wahda Street',
];
const AE_BLD = [
  'Al Noor',
  'Golden Sands',
  'Al Ghurair',
  'Sapphire',
  'Al Reem',
  'Marina Pearl',
  'Al Zahra',
  'Rose',
  'Al Hayat',
  'Blue Crystal',
  'Al Waleed',
];
const AE_AREA = [
  'Deira, Dubai',
  'Bur Dubai',
  'Al Nahda, Sharjah',
  'Ajman',
  'Al Qusais, Dubai',
  'Rolla, Sharjah',
  'Al Barsha, Dubai',
];
function aeAddr() {
  return pk([
    () => `Flat ${ri(101, 1908)}, ${pk(AE_BLD)} Building, ${pk(AE_ST)}`,
    () => `Building ${ri(1, 60)}, ${pk(AE_ST)}`,
    () => `Apartment ${ri(101, 2405)}, ${pk(AE_BLD)} Tower, ${pk(AE_ST)}`,
    () => `Room ${ri(1, 40)}, Building ${ri(1, 60)}, ${pk(AE_ST)}`,
    () => `Villa ${ri(1, 90)}, Street ${ri(1, 40)}`,
    () => `${pk(AE_BLD)} Tower, Flat ${ri(101, 2405)}, ${pk(AE_ST)}`,
  ])();
}
const EN_ST = [
  'Abay',
  'Satpayev',
  'Tole Bi',
  'Gagarin',
  'Manas',
  'Chui',
  'Navoi',
  'Amir Temur',
  'Rudaki',
  'Ayni',
  'Zheltoksan',
  'Baitursynov',
  'Kurmanjan Datka',
  'Toktogul',
  'Bobur',
  'Dostyk',
  'Ismoili Somoni',
];
function enAddr() {
  const S = pk(EN_ST);
  return pk([
    () => `${ri(1, 200)} ${S} Avenue, apt. ${ap()}`,
    () => `apartment ${ap()}, ${ri(1, 200)} ${S} Street`,
    () => `${S} Street ${ri(1, 200)}, flat ${ap()}`,
    () =>
      `micro-district ${pk(['Samal-2', 'Aksai-4', 'Yunusabad-12', 'Chilanzar-9', 'Dzhal-23', 'Tunguch', 'Asanbai'])}, building ${ri(1, 60)}, apartment ${ap()}`,
    () => `house ${ri(1, 150)}, ${S} Street`,
    () => `${ri(1, 200)} ${S} St., Apt ${ap()}`,
  ])();
}

// ----------------------------------------------------------- pools ----
const G = (p, m, f) => (p.g === 'm' ? m : f);
const RU_CITY = [
  ['Алматы', 'Алматы'],
  ['Астана', 'Астане'],
  ['Шымкент', 'Шымкенте'],
  ['Бишкек', 'Бишкеке'],
  ['Ош', 'Оше'],
  ['Ташкент', 'Ташкенте'],
  ['Самарканд', 'Самарканде'],
  ['Душанбе', 'Душанбе'],
  ['Худжанд', 'Худжанде'],
  ['Москва', 'Москве'],
  ['Санкт-Петербург', 'Санкт-Петербурге'],
  ['Новосибирск', 'Новосибирске'],
  ['Екатеринбург', 'Екатеринбурге'],
  ['Стамбул', 'Стамбуле'],
  ['Анталья', 'Анталье'],
  ['Дубай', 'Дубае'],
  ['Шарджа', 'Шардже'],
  ['Сеул', 'Сеуле'],
  ['Актобе', 'Актобе'],
  ['Тараз', 'Таразе'],
  ['Караганда', 'Караганде'],
  ['Андижан', 'Андижане'],
  ['Наманган', 'Намангане'],
  ['Фергана', 'Фергане'],
  ['Нукус', 'Нукусе'],
  ['Джалал-Абад', 'Джалал-Абаде'],
  ['Каракол', 'Караколе'],
  ['Куляб', 'Кулябе'],
  ['Ашхабад', 'Ашхабаде'],
  ['Туркестан', 'Туркестане'],
];
const RU_HOME = [
  'Алматы',
  'Шымкент',
  'Тараз',
  'Бишкек',
  'Ош',
  'Джалал-Абад',
  'Ташкент',
  'Андижан',
  'Нукус',
  'Душанбе',
  'Худжанд',
  'Бохтар',
  'Кызылорда',
  'Туркестан',
  'Каракол',
  'Фергана',
];
const RU_DEST = [
  'Москве',
  'Санкт-Петербурге',
  'Стамбуле',
  'Анталье',
  'Дубае',
  'Шардже',
  'Сеуле',
  'Новосибирске',
  'Екатеринбурге',
  'Алматы',
  'Астане',
];
const CARS = [
  'Toyota Camry',
  'Hyundai Starex',
  'Lada Largus',
  'Chevrolet Cobalt',
  'Mercedes-Benz Sprinter',
  'Kia Rio',
  'Daewoo Nexia',
  'ГАЗель Next',
  'Honda Odyssey',
  'Volkswagen Multivan',
  'Toyota Alphard',
  'Lexus RX 350',
  'Chevrolet Lacetti',
  'Hyundai Solaris',
];
const natRu = (p) =>
  ({
    kz: 'Казахстана',
    ug: 'Казахстана',
    kg: 'Кыргызстана',
    uz: 'Узбекистана',
    kaa: 'Узбекистана',
    tj: 'Таджикистана',
    tm: 'Туркменистана',
    ko: 'Узбекистана',
    cn: 'КНР',
    ru: 'России',
    ua: 'Украины',
    tr: 'Турции',
    ar: 'ОАЭ',
  })[p.grp];
function passFor(p) {
  return {
    kz: passKZ,
    ug: passKZ,
    kg: passKG,
    uz: passUZ,
    kaa: passUZ,
    ko: passUZ,
    tj: passTJ,
    tm: passTM,
    ru: passRUz,
    ua: () => pk(['FE', 'FA', 'EK', 'GA']) + dg(6),
    cn: () => 'E' + dg(8),
    tr: passTR,
    ar: () => pk(['P', 'N']) + dg(7),
  }[p.grp]();
}
const phoneCN = () => grp('1' + pk(['38', '39', '58', '86']) + dg(8), pk(['+86 ### #### ####', '+86##########']));
function phoneFor(p) {
  return {
    kz: phoneKZ,
    ug: phoneKZ,
    kg: phoneKG,
    uz: phoneUZ,
    kaa: phoneUZ,
    ko: phoneUZ,
    tj: phoneTJ,
    tm: phoneTM,
    ru: phoneRU,
    ua: phoneRU,
    cn: phoneCN,
    tr: phoneTR,
    ar: phoneAE,
  }[p.grp]();
}
const MRZ_CC = {
  kz: 'KAZ',
  ug: 'KAZ',
  kg: 'KGZ',
  uz: 'UZB',
  kaa: 'UZB',
  ko: 'UZB',
  tj: 'TJK',
  tm: 'TKM',
  ru: 'RUS',
  ua: 'UKR',
  cn: 'CHN',
  tr: 'TUR',
  ar: 'ARE',
};
// national identifier with a cue in the language of the snippet
function natId(p, bd, lang, wrong = false) {
  const cues = {
    kz: { ru: 'ИИН', kk: 'ЖСН', ky: 'ЖСН', uz: 'ИИН', tg: 'ИИН', tr: 'kimlik no (IIN)', en: 'IIN' },
    kg: { ru: 'ПИН', kk: 'ПИН', ky: 'ПИН', uz: 'ПИН', tg: 'ПИН', tr: 'kişisel kimlik no', en: 'PIN' },
    uz: { ru: 'ПИНФЛ', kk: 'ПИНФЛ', ky: 'ПИНФЛ', uz: 'ЖШШИР', tg: 'ПИНФЛ', tr: 'PINFL', en: 'PINFL' },
    tj: { ru: 'ИНН', kk: 'ИНН', ky: 'ИНН', uz: 'ИНН', tg: 'РМА', tr: 'vergi no', en: 'TIN' },
    ru: { ru: 'СНИЛС', kk: 'СНИЛС', ky: 'СНИЛС', uz: 'СНИЛС', tg: 'СНИЛС', tr: 'SNILS', en: 'SNILS' },
  };
  const g =
    { kz: 'kz', ug: 'kz', kg: 'kg', uz: 'uz', kaa: 'uz', ko: 'uz', tj: 'tj', ru: 'ru', ua: 'ru' }[p.grp] || 'kz';
  const val = {
    kz: () => iin(bd, p.g, wrong),
    kg: () => kgPin(bd, p.g),
    uz: () => pinfl(bd, p.g, wrong),
    tj: tjInn,
    ru: () => snils(wrong),
  }[g]();
  return { cue: cues[g][lang], val, g };
}
const sumRu = () =>
  pk([
    `${ri(2, 90) * 10} 000 тенге`,
    `${ri(3, 40) * 100} долларов США`,
    `${ri(5, 300) * 1000} рублей`,
    `${ri(2, 50) * 1000} сомов`,
    `${ri(10, 90) * 100} сомони`,
    `${ri(1, 30)} млн сумов`,
  ]);
const hhmm = () => `${pad2(ri(0, 23))}:${pad2(ri(0, 59))}`;
// increasing chat clock
function clock() {
  let m = ri(0, 20 * 60);
  return () => {
    m += ri(1, 25);
    return `${pad2(Math.floor(m / 60) % 24)}:${pad2(m % 60)}`;
  };
}
const COURTS_RU = [
  'Медеуского районного суда г. Алматы',
  'Первомайского районного суда г. Бишкека',
  'Октябрьского районного суда г. Оша',
  'Мирзо-Улугбекского районного суда по уголовным делам г. Ташкента',
  'суда района Сино г. Душанбе',
  'Енбекшинского районного суда г. Шымкента',
  'Специализированного межрайонного суда по уголовным делам г. Астаны',
];
const STAT_RU = [
  'п. «а» ч. 2 ст. 128 УК РК',
  'ч. 3 ст. 171 УК КР',
  'ч. 2 ст. 135 УК Республики Узбекистан',
  'ст. 130.1 УК Республики Таджикистан',
  'п. «в» ч. 2 ст. 127.1 УК РФ',
  'ч. 1 ст. 308 УК РК',
  'ст. 127.2 УК РФ',
];
const BANKS_RU = [
  'Kaspi Bank',
  'Halyk Bank',
  'Банк ЦентрКредит',
  'Forte Bank',
  'Bank RBK',
  'Jusan Bank',
  'Freedom Bank',
];

// ------------------------------------------------- Russian templates ----
const PNr = (p, lang, style, c) => PN(p, lang, style, c, { shy: ch(0.12) });
const dobRu = (b) => {
  const s = ruDOB(b);
  return [BDT(s), /[а-я]/.test(s) ? ' года' : ''];
};
const evRu = () => dmy(evdate());
const RU_POS = [
  () => {
    const v = pers('ru', 'f'),
      r = pers('ru', 'f'),
      d = evdate();
    return X`Потерпевшая ${PNr(v, 'ru', 'g')} рассказала, что в ${M.ruP[d.m - 1]} ${d.y} года знакомая ${PNr(r, 'ru', pk(['gs', 'g', 'sg']))} предложила ей работу ${pk(['официанткой', 'няней', 'горничной', 'продавцом', 'швеёй', 'уборщицей'])} в ${pk(RU_DEST)} с зарплатой ${ri(4, 15) * 100} долларов. Билеты оплатила ${PNr(r, 'ru', 'g')}.`;
  },
  () => {
    const v = pers('ru'),
      b = bdate();
    return X`Протокол допроса ${G(v, 'потерпевшего', 'потерпевшей')}. ${PN(v, 'ru', 'sgp')}, ${BDT(dmy(b))} г. р., граждан${G(v, 'ин', 'ка')} ${natRu(v)}, паспорт ${PAS(passFor(v))}, зарегистрирован${G(v, '', 'а')} по адресу: г. ${pk(RU_HOME)}, ${ADR(ruAddr())}.`;
  },
  () => {
    const p = pers('ru', 'm'),
      d = evRu();
    const [route, plate] = pk([
      [`Алматы — Бишкек`, plateKZ],
      [`Ташкент — Самарканд`, plateUZ],
      [`М-4 «Дон»`, () => plateRU()],
      [`Бишкек — Ош`, plateKG],
      [`Шымкент — Туркестан`, plateKZ],
    ]);
    return X`${d} около ${hhmm()} на трассе ${route} остановлен автомобиль ${pk(CARS)} с государственным номером ${PLT(plate())} под управлением ${PN(p, 'ru', pk(['sgp', 'gs', 'i', 'si']), 'gen')}. В салоне находились ${ri(3, 9)} граждан ${pk(['Узбекистана', 'Таджикистана', 'Кыргызстана'])} без документов.`;
  },
  () => {
    const a = pers('ru', 'f'),
      b = pers('ru', 'f'),
      c = pers('ru', 'm'),
      e = pers('ru', 'f'),
      d = evdate(),
      ck = clock();
    const t = () => `[${dmy(d)} ${ck()}]`;
    const A = () => PN(a, 'ru', 'g'),
      B = () => PN(b, 'ru', 'g');
    return X`Переписка из телефона обвиняемой (${pk(['WhatsApp', 'Telegram', 'IMO'])}), приобщена к делу:\n${t()} ${A()}: ты где?\n${t()} ${B()}: в аэропорту, паспорт у ${PN(c, 'ru', 'g', 'gen', { low: ch(0.5) })}\n${t()} ${A()}: скинь его номер\n${t()} ${B()}: ${PHN(phoneFor(c))}\n${t()} ${A()}: скажи ${PN(e, 'ru', 'g', 'dat', { low: true })} пусть не плачет, всё будет`;
  },
  () => {
    const p = pers('ru'),
      q = pers('ru'),
      d = evdate();
    return X`Выписка по карте ${CRD(card(true))} за ${M.ruN[d.m - 1]} ${d.y} г.:\n${pad2(ri(1, 28))}.${pad2(d.m)} — перевод от ${PN(p, 'ru', 'gi')} — ${ri(5, 150) * 1000} ₸\n${pad2(ri(1, 28))}.${pad2(d.m)} — перевод на карту ${CRD(card(false))} (${PN(q, 'ru', 'gi')}) — ${ri(5, 150) * 1000} ₸\nКомиссия банка — 0 ₸.`;
  },
  () => {
    const v = pers('ru'),
      b = bdate(),
      id = natId(v, b, 'ru');
    return X`АНКЕТА ПЕРВИЧНОГО ОБРАЩЕНИЯ № ${ri(10, 480)}\nФИО: ${PN(v, 'ru', 'sgp')}\nДата рождения: ${BDT(dmy(b))}\n${id.cue}: ${NID(id.val)}\nПаспорт: ${PAS(passFor(v))}\nКонтактный телефон: ${PHN(phoneFor(v))}\nАдрес проживания: г. ${pk(RU_HOME)}, ${ADR(ruAddr())}\nКто направил: ${pk(['МОМ', 'кризисный центр', 'полиция', 'консульство', 'горячая линия'])}`;
  },
  () => {
    const n = ri(2, 4);
    const rows = [];
    for (let i = 0; i < n; i++) {
      const p = pers('ru'),
        b = bdate();
      rows.push(X`| ${i + 1} | ${PN(p, 'ru', 'sgp')} | ${BDT(dmy(b))} | ${PAS(passFor(p))} |`);
    }
    return X`Список лиц, вывезенных в ${pk(['ОАЭ', 'Турцию', 'Республику Корея', 'Россию'])} (приложение № ${ri(1, 9)}):\n| № | ФИО | Дата рождения | Паспорт |\n|---|-----|---------------|---------|\n${joinP(rows, '\n')}`;
  },
  () => {
    const v = pers('ru', 'f'),
      p = pers('ru', 'm'),
      pass = passFor(v);
    return X`— Паспорт у меня забрал ${PNr(p, 'ru', 'g')}, сказал, что вернёт, когда отработаю долг, — рассказывает ${PNr(v, 'ru', 'g')}. По данным следствия, речь идёт о паспорте № ${PAS(pass)}, выданном ${evRu()}.`;
  },
  () => {
    const p = pers('ru'),
      v = pers('ru', 'f');
    return X`Приговором ${pk(COURTS_RU)} от ${evRu()} ${PN(p, 'ru', pk(['si', 'sgp', 'i']))} признан${G(p, '', 'а')} виновн${G(p, 'ым', 'ой')} по ${pk(STAT_RU)}; потерпевшей ${PN(v, 'ru', pk(['s', 'sg', 'si']), 'dat')} присуждена компенсация ${sumRu()}.`;
  },
  () => {
    const p = pers('ru');
    return X`Связь с вербовщиком поддерживалась с номера ${PHN(phoneFor(p))}, зарегистрированного на имя ${PN(p, 'ru', pk(['sgp', 'gs', 'sg']), 'gen')}. Второй номер, ${PHN(phoneFor(p))}, был оформлен на ${pk(['мать', 'сожительницу', 'брата'])} подозреваем${G(p, 'ого', 'ой')}.`;
  },
  () => {
    const v = pers('ru', 'f'),
      r = pers('ru', 'm');
    return X`${PNr(v, 'ru', 'g')} дала следователю номер телефона ${PHN(phoneFor(r))} — с него «работодатель» ${PNr(r, 'ru', 'g')} звонил ей из ${pk(['Дубая', 'Стамбула', 'Москвы', 'Сеула', 'Шарджи'])}. Сестра потерпевшей указала ${pk(['свой тел.', 'для связи номер', 'номер телефона'])} ${PHN(phoneFor(v))}.`;
  },
  () => {
    const p = pers('ru'),
      q = pers('ru');
    return X`Вербовка велась через аккаунт в инстаграме ${HDL(handle(p.la, false))}, затем переписка продолжилась в ${pk(['телеграме', 'Telegram'])}${((
      k,
    ) =>
      [
        [' (ник ', ')'],
        [', ник ', ''],
        [' — ', ''],
      ][k])(ri(0, 2)).reduce(
      (a, x, i) => (i === 0 ? [x, HDL(handle(q.la))] : [...a, x]),
      [],
    )}. Владелец аккаунта — ${PN(p, 'ru', 'gs')}.`;
  },
  () => {
    const p = pers('ru');
    return X`Анкеты девушек с фотографиями пересылались на адрес ${EML(email(p.la))}; этот же ящик указан при регистрации ${pk(['ТОО «Азия Стар Тревел»', 'агентства «Жемчужина Востока»', 'ИП «Смарт Вояж»'])}. Пользователь — ${PN(p, 'ru', 'sgp')}.`;
  },
  () => {
    const [pr, a] = ruAddrIn(),
      p = pers('ru', 'm');
    return X`Девушек содержали ${pr}${ADR(a)} в г. ${pk(RU_HOME.concat(['Москва', 'Новосибирск', 'Екатеринбург']))}; ключи от квартиры были только у ${PNr(p, 'ru', pk(['g', 'gs', 's']), 'gen')}.`;
  },
  () => {
    const p = person(pk(['ru', 'ua', 'ko'])),
      w = ch(0.3);
    return X`В ходе проверки установлено: ${PN(p, 'ru', 'sgp')}, СНИЛС ${NID(snils(w))}, ИНН ${NID(innRu(ch(0.3)))}, с ${evRu()} является учредителем ООО «${pk(['ЛогистикПро', 'СтройАльянс', 'Восток-Персонал', 'Кадры Плюс'])}».`;
  },
  () => {
    const v = pers('ru'),
      b = bdate();
    return X`${PN(v, 'ru', pk(['sg', 'gs', 'sgp']))} родил${G(v, 'ся', 'ась')} ${dobRu(b)} в ${pk(['селе', 'посёлке', 'ауле', 'кишлаке'])} ${pk(['Кызылжар', 'Ак-Суу', 'Гулистон', 'Шаартуз', 'Жетысай', 'Кара-Балта', 'Бурдалык'])}, с ${ri(14, 18)} лет работал${G(v, '', 'а')} на рынке.`;
  },
  () => {
    const v = person(pk(['kz', 'kz', 'ug', 'ko']), ch(0.6) ? 'f' : 'm'),
      b = bdate();
    return X`По сведениям ЦОН, ИИН ${NID(iin(b, v.g, true))} принадлежит ${PN(v, 'ru', pk(['sgp', 'sg']), 'dat')}; при сверке выявлено расхождение контрольного разряда.`;
  },
  () => {
    const v = pers('ru'),
      b = bdate(),
      doc = v.grp === 'tm' ? 'I' + dg(8).slice(0, 8) : passFor(v).replace(/[ -]/g, '').slice(0, 9);
    const pn = v.grp === 'kz' ? iin(b, v.g) : v.grp === 'uz' ? pinfl(b, v.g) : null;
    return X`Копия паспорта ${PN(v, 'ru', 'sg', 'gen')} приобщена к материалам. Машиночитаемая зона:\n${mrzParts(MRZ_CC[v.grp], v.la, doc, b, v.g, pn)}`;
  },
  () => {
    const p = pers('ru');
    return X`Деньги за «билеты» переводились на карту ${CRD(card())} на имя ${PN(p, 'ru', pk(['gi', 'gs', 'sg']))}, всего ${sumRu()}. Карта выпущена ${pk(BANKS_RU)}.`;
  },
  () => {
    const ar = person('ar', 'm'),
      v = pers('ru', 'f');
    return X`В ОАЭ девушек поселили по адресу: ${ADR(aeAddr())}, ${pk(AE_AREA)}. Паспорта хранились у ${PN(ar, 'ru', 'gs', 'gen')}, владельца салона; его номер ${PHN(phoneAE())}. ${PNr(v, 'ru', 'g')} смогла позвонить домой только через ${pk(['два месяца', 'три месяца', 'полгода', 'восемь месяцев', 'год'])}.`;
  },
  () => {
    const v = pers('ru', 'f'),
      t = person('tr', 'm');
    return X`В Турции ${PNr(v, 'ru', 'g')} жила по адресу ${ADR(trAddr())}, ${pk(TR_ILCE)}, вместе с ещё ${pk(['тремя', 'четырьмя', 'пятью'])} женщинами. Квартиру снимал гражданин Турции ${PER(`${t.la.gv} ${t.la.sn}`)}.`;
  },
  () => {
    const v = person('kg'),
      b = bdate();
    return X`Реестр жертв торговли людьми, запись № ${ri(2018, 2024)}-${ri(10, 400)}: ${PN(v, 'ru', 'sg')}, ПИН ${NID(kgPin(b, v.g))}, пол — ${G(v, 'м', 'ж')}, статус — ${G(v, 'признан', 'признана')} жертвой ${evRu()}.`;
  },
  () => {
    const p = pers('ru');
    return X`Перевод через «${pk(['Золотую Корону', 'Юнистрим', 'Western Union', 'Contact'])}», контрольный номер ${dg(10)}, получатель — ${PN(p, 'ru', 'sgp')}, тел. ${PHN(phoneFor(p))}. Сумма перевода — ${sumRu()}.`;
  },
  () => {
    const p = pers('ru', 'm');
    return X`Свидетель запомнил номер «${pk(['Газели', 'Соболя', 'Лады', 'Камри'])}» — ${PLT(plateRU(true))}; владельцем автомобиля оказался ${PN(p, 'ru', pk(['sgp', 'gs']))}, ранее судимый.`;
  },
  () => {
    const m = pers('ru', 'f'),
      x = pers('ru', 'm');
    return X`Мать потерпевшей, ${PN(m, 'ru', pk(['gps', 'gs', 'g']))}, опознала по фотографии ${PNr(x, 'ru', pk(['g', 'gs', 's']), 'acc')}, который приезжал за дочерью на ${pk(CARS)}.`;
  },
  () => {
    const p = pers('ru');
    return X`Зарплата якобы перечислялась на счёт ${IBN(fmtIban(ibanKZ()))} в АО «${pk(BANKS_RU)}», открытый на ${PN(p, 'ru', pk(['sgp', 'sg']), 'acc')}. Фактически деньги снимались в ${pk(['Шымкенте', 'Алматы', 'Таразе'])}.`;
  },
  () => {
    const v = pers('ru'),
      b = bdate();
    return X`Согласно данным пограничной службы, ${PN(v, 'ru', 'sgp')} (${BDT(dmy(b))} г. р., паспорт ${PAS(passFor(v))}) пересек${G(v, '', 'ла')} границу через КПП «${pk(['Жибек Жолы', 'Ак-Жол', 'Айбек', 'Фотехобод', 'Кордай', 'Дусти'])}» ${evRu()} и обратно не возвращал${G(v, 'ся', 'ась')}.`;
  },
  () => {
    const v = pers('ru', 'f');
    return X`Адрес регистрации: Республика ${pk(['Казахстан', 'Узбекистан', 'Таджикистан'])}, г. ${pk(RU_HOME)}, ${ADR(ruAddr())}. Фактически ${PNr(v, 'ru', 'g')} с ${ri(2017, 2023)} года проживала ${pr2()}.`;
    function pr2() {
      const [pr, a] = ruAddrIn();
      return X`${pr}${ADR(a)} в ${pk(['Москве', 'Подольске', 'Люберцах', 'Казани'])}`;
    }
  },
  () => {
    const p = pers('ru'),
      q = pers('ru', 'f');
    return X`Контакты вербовщика, которые сообщила ${PNr(q, 'ru', 'g')}: WhatsApp ${PHN(phoneFor(p))}, почта ${EML(email(p.la))}, телеграм: ${HDL(handle(p.la, false))}. Представлялся как «${PER(pk(['Алик', 'Бека', 'Шурик', 'Макс', 'Жека', 'Санжик']))}».`;
  },
  () => {
    const v = pers('ru', 'f'),
      s = pers('ru', 'f');
    return X`Со слов ${PNr(v, 'ru', 'g', 'gen')}, её подруга ${PNr(s, 'ru', 'gs')} осталась в ${pk(RU_DEST)}; последний раз ${PNr(s, 'ru', 'g')} выходила на связь с номера ${PHN(phoneFor(s))} ${evRu()}.`;
  },
  () => {
    const p = pers('ru'),
      b = bdate(),
      id = natId(p, b, 'ru', ch(0.4));
    return X`${pk(['Сведения о лице', 'Карточка лица', 'Данные фигуранта'])}: ${PN(p, 'ru', 'sgp')}; дата рождения — ${dobRu(b)}; ${id.cue} ${NID(id.val)}; место жительства — ${pk(RU_HOME)}, ${ADR(ruAddr())}.`;
  },
  () => {
    const v = pers('ru', 'f'),
      x = pers('ru', 'm');
    return X`Допрошенная в качестве свидетеля ${PN(v, 'ru', 'i')} пояснила, что с ${PNr(x, 'ru', pk(['g', 'gs']), 'ins')} познакомилась в ${pk(['Одноклассниках', 'Инстаграме', 'ТикТоке'])}; его страница — ${HDL(handle(x.la, ch(0.5)))}.`;
  },
];

const FLIGHTS = () =>
  `${pk(['FZ', 'KC', 'HY', 'TK', 'SU', 'PC', 'DV', 'ZM', 'G9', 'SZ', 'OZ', '7J'])} ${ri(100, 1999)}`;
const RU_NEG = [
  () =>
    X`Согласно докладу Государственного департамента США о торговле людьми за ${ri(2017, 2023)} год, ${pk(['Казахстан', 'Кыргызстан', 'Узбекистан', 'Таджикистан', 'Туркменистан'])} ${pk(['сохранил место во второй категории', 'переведён в список наблюдения второй категории', 'впервые отнесён ко второй категории', 'остался в третьей категории'])}.`,
  () =>
    X`Уголовное дело № ${dg(15)} возбуждено ${evRu()} по признакам преступления, предусмотренного ${pk(STAT_RU)}; срок следствия продлён до ${evRu()}.`,
  () =>
    X`Горячая линия по противодействию торговле людьми ${pk(['11616', '1409', '189', '1188', '8 800 080 77 77', '1102'])} работает круглосуточно; в ${ri(2018, 2023)} году поступило ${ri(400, 9000)} обращений, ${ri(10, 70)}% из них — консультации по трудоустройству за рубежом.`,
  () =>
    X`В ${pk(M.ruP)} ${ri(2018, 2024)} года МОМ совместно с ОБСЕ и УНП ООН провели в ${pk(RU_CITY)[1]} тренинг для сотрудников миграционной полиции и инспекторов труда.`,
  () =>
    X`ИТОГИ ГОДА: ВЫЯВЛЕНО ${ri(40, 400)} ЖЕРТВ ТОРГОВЛИ ЛЮДЬМИ\nБольшинство пострадавших — граждане ${pk(['Узбекистана и Таджикистана', 'Кыргызстана и Казахстана', 'Туркменистана'])} в возрасте от ${ri(16, 19)} до ${ri(24, 35)} лет.`,
  () =>
    X`Сумма ущерба составила ${sumRu()}; перевод № ${dg(10)} отправлен через Western Union ${evRu()} в ${hhmm()}, получен в отделении «${pk(['Халык Банка', 'Оптима Банка', 'Капиталбанка', 'Амонатбонка'])}».`,
  () =>
    X`Рейс ${FLIGHTS()} ${pk(['Алматы — Дубай', 'Ош — Москва', 'Ташкент — Стамбул', 'Душанбе — Санкт-Петербург', 'Бишкек — Сеул'])} вылетел ${evRu()} с задержкой на ${ri(20, 180)} минут; на борту находились ${ri(90, 240)} пассажиров.`,
  () =>
    X`Большинство массажных салонов располагались вдоль проспекта ${pk(RU_ST)} и улицы ${pk(RU_ST)}, а также в торговом центре «${pk(['Мега', 'Достык Плаза', 'Ташкент Сити Молл', 'Бишкек Парк', 'Дордой Плаза'])}».`,
  () =>
    X`Мать заявила, что дочь не выходит на связь с ${pk(['Наурыза', 'Нового года', 'Курбан-айта', 'Рамадана', 'Нооруза'])}. Брат обратился в полицию ${evRu()}, Отец — в консульство в ${pk(RU_DEST)}.`,
  () =>
    X`По статистике ${pk(['МОМ', 'Генеральной прокуратуры', 'МВД', 'УНП ООН'])}, ${ri(20, 60)}% выявленных жертв — граждане Узбекистана, ${ri(5, 30)}% — граждане Таджикистана и Кыргызстана; средний возраст — около ${pk([20, 25, 26, 27, 28, 30])} лет.`,
  () =>
    X`Решением ${pk(COURTS_RU)} от ${evRu()} (дело № ${ri(1, 9)}-${ri(100, 999)}/${ri(2018, 2024)}) жалоба оставлена без удовлетворения, постановление № ${ri(10, 999)} вступило в законную силу.`,
  () =>
    X`Автобус Yutong и микроавтобус Mercedes-Benz Sprinter, задержанные на посту «${pk(['Кордай', 'Жибек Жолы', 'Дустлик', 'Ак-Тилек'])}», принадлежали ТОО «${pk(['Азия Транс Логистик', 'Шелковый Путь Тур', 'Евразия Карго', 'Восток Экспресс'])}»; водители отпущены.`,
  () =>
    X`Работодатель обещал оформить разрешение на работу в течение ${ri(3, 30)} дней. Свидетель подтвердил, что Потерпевшая работала без выходных с ${pk(['марта', 'апреля', 'июня', 'сентября'])} по ${pk(['октябрь', 'декабрь', 'февраль'])}.`,
  () =>
    X`Министерство труда и социальной защиты населения совместно с Агентством по миграции открыло ${ri(3, 40)} консультационных пунктов в Ферганской долине, Хатлонской и Ошской областях.`,
  () =>
    X`Приказ № ${ri(10, 900)}-к от ${evRu()}: утвердить Положение о Национальном механизме перенаправления жертв торговли людьми; контроль возложить на Управление по делам миграции.`,
  () =>
    X`На парковке у рынка «${pk(['Дордой', 'Алтын Орда', 'Ипподром', 'Садовод', 'Корзинка'])}» задержаны ${ri(2, 9)} автомобилей: Chevrolet Nexia, Lada Priora и два Hyundai Porter. Понедельник и вторник — дни массовых проверок.`,
];

// ------------------------------------------------- English templates ----
const EN_CITY = [
  'Almaty',
  'Shymkent',
  'Bishkek',
  'Osh',
  'Tashkent',
  'Samarkand',
  'Andijan',
  'Nukus',
  'Dushanbe',
  'Khujand',
  'Kulob',
  'Ashgabat',
  'Taraz',
  'Karakol',
  'Jalal-Abad',
];
const EN_DEST = ['Dubai', 'Sharjah', 'Istanbul', 'Antalya', 'Moscow', 'Seoul', 'Busan', 'Ajman', 'Novosibirsk'];
const EN_NAT = {
  kz: 'Kazakh',
  ug: 'Kazakh',
  kg: 'Kyrgyz',
  uz: 'Uzbek',
  kaa: 'Uzbek',
  ko: 'Uzbek',
  tj: 'Tajik',
  tm: 'Turkmen',
  ru: 'Russian',
  ua: 'Ukrainian',
  cn: 'Chinese',
  tr: 'Turkish',
  ar: 'Emirati',
};
const enDate = () => {
  const d = evdate();
  return pk([`${d.d} ${M.en[d.m - 1]} ${d.y}`, `${M.en[d.m - 1]} ${d.d}, ${d.y}`, dmy(d)]);
};
const EN_CT = [
  'Almaty City Court',
  'Osh City Court',
  'Bishkek Pervomaisky District Court',
  'Tashkent City Criminal Court',
  'Dushanbe City Court',
  'Dubai Court of First Instance',
  'Istanbul 7th High Criminal Court',
];
const enP = (p, style, opt = {}) => PN(p, 'en', style, null, { shy: ch(0.12), ...opt });
const EN_POS = [
  () => {
    const v = pers('en', 'f'),
      r = pers('en', 'f');
    return X`The victim, ${enP(v, 'g')}, was recruited in ${pk(EN_CITY)} by a woman she knew as ${pk(['Auntie', 'Mama', 'Aunt'])} ${PER(pk(['Zoya', 'Dina', 'Sveta', 'Gulya', 'Dinka', 'Malika']))}. ${enP(v, 'g')} was told she would work as a ${pk(['nanny', 'waitress', 'cleaner', 'hotel maid', 'shop assistant'])} in ${pk(EN_DEST)}; the ticket was bought by ${enP(r, pk(['gs', 'g']))}.`;
  },
  () => {
    const v = pers('en'),
      b = bdate();
    return X`INTAKE FORM — CASE ${pk(['KZ', 'KG', 'UZ', 'TJ'])}-${ri(2019, 2024)}-${dg(3)}\nName: ${PN(v, 'en', pk(['gs', 'sg']))}\nDate of birth: ${BDT(enDOB(b))}\nNationality: ${EN_NAT[v.grp]}\nPassport No.: ${PAS(passFor(v))}\nPhone: ${PHN(phoneFor(v))}\nAddress: ${ADR(enAddr())}, ${pk(EN_CITY)}`;
  },
  () => {
    const p = pers('en', 'm'),
      v = pers('en', 'f');
    return X`On ${enDate()} the ${pk(EN_CT)} convicted ${enP(p, 'gs')} under Article ${pk(['128', '171', '135', '130.1', '127.1', '80'])} of the Criminal Code; the court found that ${enP(p, 's')} had confiscated the passport of the victim, ${enP(v, 'g')}.`;
  },
  () => {
    const a = person('ar', 'm'),
      b = bdate();
    return X`According to the police report, the apartment at ${ADR(aeAddr())}, ${pk(AE_AREA)}, was rented by ${enP(a, 'gs')}, Emirates ID ${NID(eid(b, ch(0.2)))}, mobile ${PHN(phoneAE())}.`;
  },
  () => {
    const p = pers('en', 'm');
    return X`A white ${pk(['Nissan Patrol', 'Toyota Hiace', 'Mitsubishi Pajero', 'Nissan Urvan'])} with ${pk(['Dubai', 'Sharjah', 'Ajman'])} plate ${PLT(plateAE())} was used to move the women between ${pk(AE_AREA)} and the labour camp; it was registered to ${enP(p, 'gs')}.`;
  },
  () => {
    const a = pers('en', 'f'),
      b = pers('en', 'f'),
      c = pers('en', 'm'),
      ck = clock();
    const t = () => `[${ck()}]`;
    return X`Chat export (${pk(['WhatsApp', 'Telegram', 'Signal'])}), ${enDate()}:\n${t()} ${enP(a, 'g', { low: ch(0.6) })}: where r u\n${t()} ${enP(b, 'g', { low: ch(0.6) })}: with ${enP(c, 'g', { low: true })} at the agency, he has our passports\n${t()} ${enP(a, 'g', { low: ch(0.6) })}: send me his number\n${t()} ${enP(b, 'g', { low: ch(0.6) })}: ${PHN(phoneFor(c))}`;
  },
  () => {
    const p = pers('en');
    return X`Statement extract, account ${IBN(fmtIban(pk([ibanAE, ibanTR, ibanGE, ibanKZ])()))}: ${ri(1, 28)} ${pk(M.en).slice(0, 3)} — incoming transfer from ${enP(p, pk(['gs', 'sg', 'gi']))} — ${pk(['AED', 'USD', 'TRY'])} ${ri(5, 90) * 100}; next day — card payment, card ${CRD(card(true))}.`;
  },
  () => {
    const v = pers('en'),
      b = bdate(),
      doc = passFor(v).replace(/[ -]/g, '').slice(0, 9);
    const pn = v.grp === 'kz' ? iin(b, v.g) : v.grp === 'uz' ? pinfl(b, v.g) : null;
    return X`Passport data page (MRZ) of ${enP(v, 'gs')}, seized at the apartment:\n${mrzParts(MRZ_CC[v.grp], v.la, doc, b, v.g, pn)}`;
  },
  () => {
    const n = ri(2, 4),
      rows = [];
    for (let i = 0; i < n; i++) {
      const p = person(pk(['kz', 'kg', 'uz', 'tj', 'ug'])),
        b = bdate(),
        id = natId(p, b, 'en', ch(0.2));
      rows.push(X`${PN(p, 'en', 'gs')} | ${BDT(dmy(b))} | ${NID(id.val)} | ${PHN(phoneFor(p))}`);
    }
    return X`Annex 2. Persons identified as victims\nName | Date of birth | ID number | Phone\n${joinP(rows, '\n')}`;
  },
  () => {
    const p = pers('en'),
      q = pers('en');
    return X`The recruiter posted vacancies on Instagram under the name ${HDL(handle(p.la, false))} and on Telegram as ${HDL(handle(q.la, true))}; both accounts were created from a phone registered to ${enP(p, 'gs')}.`;
  },
  () => {
    const p = pers('en'),
      a = pers('en', 'f'),
      b = pers('en', 'f');
    return X`Applications were e-mailed to ${EML(email(p.la))}; the same address was used to book tickets for ${enP(a, 'g')} and ${enP(b, 'g')} on flight ${FLIGHTS()}.`;
  },
  () => {
    const v = pers('en'),
      b = bdate();
    return X`${enP(v, pk(['gs', 'sg']))} was born on ${BDT(enDOB(b))} in a village near ${pk(EN_CITY)} and left school at ${ri(14, 17)}.`;
  },
  () => {
    const x = pers('en', 'm'),
      v = pers('en', 'f');
    return X`"${enP(x, 'g')} took our phones on the first day," said ${enP(v, 'g')}, ${ri(17, 29)}. "After that we only saw ${enP(x, pk(['g', 'gs']))} on Fridays."`;
  },
  () => {
    const t = person('tr'),
      b = bdate();
    return X`The Turkish co-defendant, ${enP(t, 'gs')} (TC kimlik no ${NID(tckn(ch(0.35)))}), rented the flat at ${ADR(trAddr())}, ${pk(TR_ILCE)}, from ${enDate()}.`;
  },
  () => {
    const p = person(pk(['uz', 'kaa'])),
      b = bdate();
    return X`PINFL ${NID(pinfl(b, p.g, ch(0.5)))} is recorded for ${enP(p, 'gs')}, date of birth ${BDT(dmy(b))}, in the consular register.`;
  },
  () => {
    const v = pers('en'),
      b = bdate();
    return X`Entry record: ${PN(v, 'en', 's')}, ${PN(v, 'en', 'g')}; born ${BDT(enDOB(b))}; passport ${PAS(passFor(v))}; arrived ${enDate()} on flight ${FLIGHTS()}.`;
  },
  () => {
    const p = pers('en', 'm');
    const [pl, cp] = pk([
      [plateKZ, 'Korday'],
      [plateKG, 'Ak-Jol'],
      [plateUZ, 'Dostlik'],
      [plateTJ, 'Fotehobod'],
    ]);
    return X`Officers stopped a Toyota Land Cruiser, registration ${PLT(pl())}, driven by ${enP(p, 'gs')}, at the ${cp} checkpoint; six women without passports were in the back seat.`;
  },
  () => {
    const p = person(pk(['ru', 'ua', 'ko']), 'm');
    return X`The minibus (plate ${PLT(plateRU(true))}) was registered in the Moscow region to ${enP(p, 'gs')}, whose tax number (INN) is ${NID(innRu(ch(0.3)))}.`;
  },
  () => {
    const v = pers('en', 'f');
    return X`${enP(v, 'g')} said she was held in a flat at ${ADR(enAddr())}, ${pk(EN_CITY)}, for ${pk(['three weeks', 'two months', 'ten days'])} before the police raid.`;
  },
  () => {
    const p = pers('en');
    return X`TikTok user ${HDL(handle(p.la, ch(0.5)))} advertised "work in Korea, visa in 10 days"; the account belongs to ${enP(p, pk(['gs', 'sg']))}, phone ${PHN(phoneFor(p))}.`;
  },
  () => {
    const p = pers('en'),
      v = pers('en', 'f');
    return X`Victims, including ${enP(v, 'g')}, paid "visa fees" to card ${CRD(card())} held by ${enP(p, 'gs')}; ${pk(['Kaspi Bank', 'Halyk Bank', 'Uzcard', 'Humo', 'Optima Bank'])} confirmed the card owner.`;
  },
  () => {
    const v = pers('en'),
      b = bdate(),
      id = natId(v, b, 'en', ch(0.3));
    return X`Referral note: ${enP(v, pk(['gs', 'sg']))}, DOB ${BDT(dmy(b, pk(['.', '/'])))}, ${id.cue} ${NID(id.val)}, contact via WhatsApp ${PHN(phoneFor(v))} or e-mail ${EML(email(v.la))}.`;
  },
  () => {
    const v = pers('en', 'f'),
      s = pers('en', 'f');
    return X`${enP(v, 'g')} and her cousin ${enP(s, pk(['g', 'gs']))} were met at ${pk(['Dubai International', 'Sabiha Gökçen', 'Incheon', 'Vnukovo'])} airport by a driver called ${enP(pers('en', 'm'), 'g')}.`;
  },
  () => {
    const a = person('ar', 'm'),
      v = pers('en', 'f'),
      b = bdate();
    return X`Employer: ${enP(a, 'gs')}\nDomestic worker: ${enP(v, 'gs')}\nEmirates ID: ${NID(eid(b))}\nResidence: ${ADR(aeAddr())}, ${pk(AE_AREA)}\nPassport held by employer: yes`;
  },
];

const EN_NEG = [
  () =>
    X`The ${ri(2017, 2024)} Trafficking in Persons Report by the U.S. Department of State ${pk(['kept', 'placed', 'downgraded'])} ${pk(['Kazakhstan', 'Kyrgyzstan', 'Uzbekistan', 'Tajikistan', 'Turkmenistan'])} ${pk(['on Tier 2', 'on the Tier 2 Watch List', 'on Tier 3'])}.`,
  () =>
    X`IOM and UNODC held a workshop in ${pk(EN_CITY)} on ${enDate()} for labour inspectors from the Fergana Valley and the Sughd region.`,
  () =>
    X`Article ${pk(['171', '128', '135', '130.1', '127.1'])} of the Criminal Code provides for up to ${ri(8, 15)} years of imprisonment; Article ${ri(100, 400)} covers forced labour.`,
  () =>
    X`Flight ${FLIGHTS()} from ${pk(EN_CITY)} to ${pk(EN_DEST)} was delayed by ${ri(2, 6)} hours on ${pk(['Monday', 'Tuesday', 'Friday', 'Sunday'])}, and ${ri(20, 90)} passengers were rebooked.`,
  () =>
    X`VICTIM IDENTIFICATION AND REFERRAL: GUIDANCE FOR FRONTLINE STAFF\nSection ${ri(2, 9)}. Interviewing Minors and Persons with Disabilities`,
  () =>
    X`Around ${ri(20, 60)}% of identified victims were Uzbek nationals, ${ri(5, 30)}% Tajik and ${ri(3, 20)}% Kyrgyz; ${ri(50, 80)}% were women.`,
  () =>
    X`Case No. ${ri(1, 9)}-${ri(100, 999)}/${ri(2018, 2024)} was heard by the ${pk(EN_CT)}; decision No. ${ri(1, 9)}-${ri(10, 99)} was upheld on appeal on ${enDate()}.`,
  () =>
    X`The national hotline ${pk(['1188', '11616', '1409', '189', '8 800 080 77 77'])} received ${ri(900, 9000)} calls in ${ri(2018, 2023)}, most of them from Osh and Jalal-Abad.`,
  () =>
    X`Mother reported the disappearance on ${enDate()}. Brother and Uncle travelled to ${pk(EN_DEST)} in ${pk(M.en)} but could not find the agency.`,
  () =>
    X`Recruiters advertised jobs on WhatsApp, Telegram and Instagram, promising $${ri(8, 20) * 100} a month in ${pk(EN_DEST)}; the Ministry of Labour issued a warning.`,
  () =>
    X`A Chevrolet Cobalt and two Toyota Camry sedans were seized at the ${pk(['Dordoi', 'Osh Bazaar', 'Barakholka', 'Chorsu'])} market parking lot; the owners were fined $${ri(100, 900)}.`,
  () =>
    X`The Nowruz and Eid al-Adha holidays saw a spike in departures through ${pk(['Almaty', 'Tashkent', 'Osh', 'Dushanbe'])} airport, according to the Border Service.`,
  () =>
    X`The Ministry of Internal Affairs and the OSCE Programme Office in ${pk(['Bishkek', 'Dushanbe', 'Astana'])} signed a memorandum on ${enDate()}; La Strada and Sana Sezim will run the shelters.`,
  () =>
    X`Most shelters are located off ${pk(EN_ST)} Avenue and ${pk(EN_ST)} Street, within walking distance of the Central Mosque and the Independence Monument.`,
  () =>
    X`Receipt No. ${dg(8)} confirms payment of ${pk(['KZT', 'KGS', 'UZS', 'TJS'])} ${ri(10, 900) * 1000} for "visa support" on ${enDate()}.`,
];

// ------------------------------------------------- Kazakh templates ----
// written in Cyrillic; Latin variants are produced by transliteration (2018 / 2021)
const KK_CITY_DAT = ['Алматыға', 'Астанаға', 'Шымкентке', 'Таразға', 'Ақтөбеге', 'Түркістанға', 'Қарағандыға'];
const KK_CITY = ['Алматы', 'Астана', 'Шымкент', 'Тараз', 'Ақтөбе', 'Түркістан', 'Қызылорда', 'Қарағанды'];
const KK_DEST_LOC = ['Дубайда', 'Стамбұлда', 'Мәскеуде', 'Сеулде', 'Анталияда', 'Бішкекте'];
const kP = (p, style, c, opt = {}) => PN(p, 'kk', style, c, { shy: ch(0.12), ...opt });
const kkDate = () => dmy(evdate());
const KK_POS = [
  () => {
    const v = pers('kk', 'f'),
      r = pers('kk', 'f');
    return X`Жәбірленуші ${kP(v, 'g')} ${pk(KK_CITY_DAT)} жұмыс іздеп келгенде, ${kP(r, pk(['gs', 'sg']))} деген әйел оған ${pk(KK_DEST_LOC)} даяшы болып жұмыс ұсынған.`;
  },
  () => {
    const v = pers('kk'),
      b = bdate();
    return X`Өтініш беруші: ${PN(v, 'kk', 'sg')}\nТуған күні: ${BDT(kkDOB(b))}\nЖСН: ${NID(iin(b, v.g, ch(0.15)))}\nТел.: ${PHN(phoneKZ())}\nМекенжайы: ${pk(KK_CITY)} қ., ${ADR(kkAddr())}`;
  },
  () => {
    const p = person('kz'),
      b = bdate();
    return X`${kP(p, 'sg', 'gen')} жеке сәйкестендіру нөмірі (ЖСН) — ${NID(iin(b, p.g, true))}; бұл дерек халыққа қызмет көрсету орталығының жауабында көрсетілген.`;
  },
  () => {
    const a = pers('kk', 'f'),
      b = pers('kk', 'f'),
      c = pers('kk', 'm'),
      d = evdate(),
      ck = clock();
    const t = () => `[${dmy(d)} ${ck()}]`;
    return X`${t()} ${kP(a, 'g')}: ақшаны қай картаға салайын?\n${t()} ${kP(b, 'g')}: ${CRD(card(false))}\n${t()} ${kP(a, 'g')}: ${PN(c, 'kk', 'g', 'dat', { low: true })} айттың ба?\n${t()} ${kP(b, 'g')}: иә, ертең ${kP(c, 'g')} өзі хабарласады`;
  },
  () => {
    const p = pers('kk', 'm');
    return X`${kkDate()} күні ${pk(['Алматы – Бішкек', 'Шымкент – Ташкент', 'Тараз – Шымкент', 'Астана – Қарағанды'])} тас жолында мемлекеттік нөмірі ${PLT(plateKZ())} «${pk(CARS)}» көлігі тоқтатылды, оны ${kP(p, 'sg')} басқарған.`;
  },
  () => {
    const v = pers('kk', 'f');
    return X`Жәбірленуші ${kP(v, pk(['g', 'gs']), 'gen')} ${PAS(pk([passKZ, idKZ])())} нөмірлі ${pk(['паспорты', 'жеке куәлігі'])} жұмыс беруші тарапынан тартып алынған.`;
  },
  () => {
    const v = pers('kk'),
      b = bdate();
    return X`${kP(v, 'sg')} ${BDT(kkDOB(b))} ${pk(['жылы туған', 'туған'])}, ${pk(['Жетісай', 'Сарыағаш', 'Шиелі', 'Қордай', 'Мақтаарал'])} ауданының тұрғыны.`;
  },
  () => {
    const w = pers('kk');
    return X`Куәгер ${kP(w, pk(['gs', 'sg']))} ${pk(KK_CITY)} қаласы, ${ADR(kkAddr())} мекенжайында тұрады.`;
  },
  () => {
    const p = pers('kk');
    return X`Ақша ${IBN(fmtIban(ibanKZ()))} шотына аударылған, шот иесі — ${kP(p, pk(['sg', 'gs']))}. Банк «${pk(BANKS_RU)}» АҚ.`;
  },
  () => {
    const p = pers('kk'),
      q = pers('kk');
    return X`Ол қыздарды инстаграмдағы ${HDL(handle(p.la, false))} парақшасы арқылы тартқан, кейін ${pk(['телеграм: ', 'телеграмдағы ', 'Telegram: '])}${HDL(handle(q.la, true))} арқылы хабарласқан.`;
  },
  () => {
    const n = ri(2, 4),
      rows = [];
    for (let i = 0; i < n; i++) {
      const p = person('kz'),
        b = bdate();
      rows.push(X`| ${PN(p, 'kk', 'sg')} | ${NID(iin(b, p.g))} | ${PHN(phoneKZ())} |`);
    }
    return X`Жәбірленушілер тізімі\n| Аты-жөні | ЖСН | Телефон |\n|---|---|---|\n${joinP(rows, '\n')}`;
  },
  () => {
    const p = pers('kk');
    return X`Жұмыс берушінің электрондық поштасы: ${EML(email(p.la))}, байланыс телефоны: ${PHN(phoneFor(p))}. Пошта иесі — ${kP(p, 'gs')}.`;
  },
  () => {
    const p = pers('kk'),
      v = pers('kk', 'f');
    return X`Сот ${kP(p, pk(['i', 'sg']), 'acc')} ҚР ҚК-нің 128-бабының 3-бөлігі бойынша кінәлі деп танып, ${ri(5, 15)} жылға бас бостандығынан айырды; ${kP(v, 'g', 'dat')} моральдық зиян өтелді.`;
  },
  () => {
    const v = pers('kk'),
      b = bdate();
    return X`${kP(v, 'sg')}, ${BDT(dmy(b))} ж.т., жеке куәлік № ${PAS(idKZ())}, ${kkDate()} «${pk(['Жібек жолы', 'Қазығұрт', 'Қордай', 'Майқапшағай'])}» өткізу пунктінен өткен.`;
  },
  () => {
    const v = pers('kk', 'f');
    return X`${kP(v, 'g')} анасына ${PHN(phoneFor(v))} нөмірінен қоңырау шалып, көмек сұраған; кейін бұл нөмір ${pk(['сөндірулі', 'қолжетімсіз'])} болды.`;
  },
  () => {
    const p = pers('kk', 'm');
    return X`Ресейде оларды ${PLT(plateRU(true))} нөмірлі «Газель» көлігімен тасымалдаған, жүргізуші — ${kP(p, pk(['g', 'gs']))}.`;
  },
];
const KK_NEG = [
  () =>
    X`Қазақстан Республикасының Бас прокуратурасы ${ri(2018, 2024)} жылы адам саудасына қатысты ${ri(40, 300)} қылмыстық іс тіркелгенін хабарлады.`,
  () => X`ҚР ҚК-нің 128-бабы бойынша сотталғандар саны өткен жылмен салыстырғанда ${ri(3, 40)} пайызға өсті.`,
  () => X`Халықаралық көші-қон ұйымы (ХКҰ) ${pk(KK_CITY)} қаласында еңбек инспекторларына арналған семинар өткізді.`,
  () =>
    X`Сенім телефоны ${pk(['111', '11616', '150'])} тәулік бойы тегін жұмыс істейді; ${pk(M.kk)} айында ${ri(100, 900)} қоңырау түсті.`,
  () =>
    X`${pk(['Наурыз мерекесі', 'Құрбан айт', 'Жаңа жыл'])} қарсаңында Абай даңғылы мен Төле би көшесі бойындағы ${ri(5, 40)} сауна мен массаж салоны тексерілді.`,
  () => X`${kkDate()} күні Алматы – Дубай бағытындағы ${FLIGHTS()} рейсі ${ri(20, 200)} минутқа кешіктірілді.`,
  () =>
    X`ӘКІМШІЛІК ҚҰҚЫҚ БҰЗУШЫЛЫҚ ТУРАЛЫ ХАТТАМА № ${ri(100, 9999)}\nҚұрастырылған орны: ${pk(KK_CITY)} қ., ${kkDate()}.`,
  () => X`Анасы қызының телефоны ${ri(3, 30)} күн бойы өшіп тұрғанын айтты. Әкесі полицияға ${kkDate()} жүгінген.`,
  () =>
    X`Түркістан облысынан келген ${ri(20, 90)} жұмысшының ${ri(5, 19)}-і Ресейде жалақысыз қалған; олардың орташа жасы — ${ri(20, 35)}.`,
  () =>
    X`Іс № ${ri(1000, 9999)}-${ri(18, 24)} бойынша сот отырысы ${kkDate()} сағат 10:00-ге қалдырылды; «Kaspi Bank» АҚ-тан жауап күтілуде.`,
];

// ------------------------------------------------- Uzbek templates ----
// written in Cyrillic; Latin variants are produced by transliteration
const UZ_CITY = [
  'Тошкент',
  'Самарқанд',
  'Андижон',
  'Наманган',
  'Фарғона',
  'Қарши',
  'Нукус',
  'Бухоро',
  'Жиззах',
  'Термиз',
];
const UZ_DEST_DAT = ['Москвага', 'Истанбулга', 'Дубайга', 'Сеулга', 'Олматига', 'Санкт-Петербургга'];
const uP = (p, style, c, opt = {}) => PN(p, 'uz', style, c, { shy: ch(0.12), ...opt });
const uzDate = () => dmy(evdate());
const UZ_CARS = [
  'Chevrolet Nexia',
  'Chevrolet Cobalt',
  'Chevrolet Damas',
  'Chevrolet Lacetti',
  'Chevrolet Spark',
  'Kia K5',
];
const UZ_POS = [
  () => {
    const v = pers('uz', 'f'),
      r = pers('uz');
    return X`Жабрланувчи ${uP(v, 'g')} ${ri(2016, 2023)} йил ${pk(M.uz)} ойида ${pk(UZ_DEST_DAT)} ишлаш учун кетган; ${uP(r, pk(['gs', 'sg']))} унга ойига ${ri(5, 15) * 100} доллар ваъда қилган.`;
  },
  () => {
    const v = pers('uz'),
      b = bdate();
    return X`Ф.И.Ш.: ${PN(v, 'uz', 'sgp')}\nТуғилган санаси: ${BDT(dmy(b))}\nЖШШИР: ${NID(pinfl(b, v.g, ch(0.15)))}\nПаспорт: ${PAS(passUZ())}\nТел.: ${PHN(phoneUZ())}\nМанзил: ${pk(UZ_CITY)} ш., ${ADR(uzAddr())}`;
  },
  () => {
    const p = pers('uz');
    return X`${uP(p, pk(['sg', 'gs', 'sgp']), 'gen')} телефон рақами ${PHN(phoneFor(p))} эканлиги аниқланди; бу рақамдан жабрланувчиларга ${ri(20, 90)} марта қўнғироқ қилинган.`;
  },
  () => {
    const a = pers('uz', 'f'),
      b = pers('uz', 'f'),
      c = pers('uz', 'm'),
      ck = clock();
    const t = () => `[${ck()}]`;
    return X`${t()} ${uP(a, 'g', null, { low: ch(0.5) })}: пулни ${CRD(card(false))} картага ташла\n${t()} ${uP(b, 'g', null, { low: ch(0.5) })}: ташладим, ${PN(c, 'uz', 'g', 'dat', { low: true })} айтиб қўй\n${t()} ${uP(a, 'g', null, { low: ch(0.5) })}: хўп, ${uP(c, 'g')} эртага келади`;
  },
  () => {
    const p = pers('uz', 'm'),
      c = pk(UZ_CITY);
    return X`${uzDate()} куни ${c}да давлат рақами ${PLT(plateUZ())} бўлган ${pk(UZ_CARS)} автомашинаси тўхтатилди; ҳайдовчи — ${uP(p, pk(['sg', 'sgp']))}, йўловчилар орасида ${ri(3, 8)} нафар аёл бўлган.`;
  },
  () => {
    const p = pers('uz'),
      b = bdate();
    return X`${uP(p, 'sg')} ${BDT(`${b.y}-йил ${b.d}-${M.uz[b.m - 1]}да`)} ${pk(['Хоразм', 'Сурхондарё', 'Қашқадарё', 'Наманган', 'Қорақалпоғистон'])}да туғилган, ${ri(2015, 2022)} йилдан бери хорижда ишлайди.`;
  },
  () => {
    const v = pers('uz', 'f');
    return X`Жабрланувчилар, шу жумладан ${uP(v, 'g')}, ${pk(UZ_CITY)} шаҳридаги ${ADR(uzAddr())} манзилидаги уйда сақланган.`;
  },
  () => {
    const t = person('tr');
    return X`Туркиядаги иш берувчи маошни ${IBN(fmtIban(ibanTR()))} ҳисобига ўтказганини айтган, ҳисоб эгаси — ${PER(`${t.la.gv} ${t.la.sn}`)}.`;
  },
  () => {
    const p = pers('uz'),
      q = pers('uz');
    return X`Ёлловчи телеграмдаги ${HDL(handle(p.la, true))} канали орқали иш эълонларини тарқатган; ${pk(['инстаграм: ', 'инстаграмдаги саҳифаси ', 'TikTok: '])}${HDL(handle(q.la, false))}.`;
  },
  () => {
    const n = ri(2, 4),
      rows = [];
    for (let i = 0; i < n; i++) {
      const p = person(pk(['uz', 'uz', 'kaa'])),
        b = bdate();
      rows.push(X`| ${PN(p, 'uz', 'sg')} | ${NID(pinfl(b, p.g))} | ${PAS(passUZ())} |`);
    }
    return X`Қайтарилган фуқаролар рўйхати\n| Ф.И.Ш. | ЖШШИР | Паспорт |\n|---|---|---|\n${joinP(rows, '\n')}`;
  },
  () => {
    const p = pers('uz'),
      b = bdate();
    return X`ЖШШИР: ${NID(pinfl(b, p.g, true))} — ${PN(p, 'uz', pk(['sgp', 'sg']))} (маълумотлар базасидан кўчирма, ${uzDate()}).`;
  },
  () => {
    const p = pers('uz');
    return X`Суд ${uP(p, pk(['sg', 'gs']), 'acc')} Жиноят кодексининг 135-моддаси 2-қисми билан айбдор деб топди ва ${ri(5, 12)} йил озодликдан маҳрум қилди.`;
  },
  () => {
    const p = pers('uz', 'm');
    return X`Россияда улар ${PLT(plateRU(true))} рақамли «Газель» микроавтобусида олиб кетилган, ҳайдовчи ${uP(p, 'g')} исмли киши бўлган.`;
  },
  () => {
    const v = pers('uz', 'f');
    return X`${uP(v, 'g')} онасига ${PHN(phoneFor(v))} рақамидан қўнғироқ қилиб, ёрдам сўраган.`;
  },
  () => {
    const p = pers('uz'),
      v = pers('uz', 'f');
    return X`${uP(v, 'g', 'gen')} аризаси ${EML(email(p.la))} манзилига юборилган; манзил эгаси — ${uP(p, 'gs')}.`;
  },
  () => {
    const v = person(pk(['uz', 'kaa'])),
      b = bdate();
    return X`Паспорт нусхаси (машинада ўқиладиган қатор):\n${mrzParts('UZB', v.la, passUZ().replace(' ', ''), b, v.g, pinfl(b, v.g))}`;
  },
];
const UZ_NEG = [
  () =>
    X`Ўзбекистон Республикаси Бош прокуратураси ${ri(2018, 2024)} йилда одам савдосига оид ${ri(50, 400)} та жиноят иши қўзғатилганини маълум қилди.`,
  () => X`Жиноят кодексининг 135-моддаси бўйича судланганлар сони ${ri(3, 40)} фоизга камайди.`,
  () =>
    X`Фарғона водийсидан ${ri(20, 300)} нафар меҳнат муҳожири Халқаро миграция ташкилоти кўмагида уйига қайтарилди.`,
  () =>
    X`Ишонч телефони ${pk(['1102', '1188', '1010'])} кечаю кундуз ишлайди; ${pk(M.uz)} ойида ${ri(100, 900)} та мурожаат келиб тушди.`,
  () =>
    X`${pk(['Наврўз байрами', 'Рамазон ҳайити', 'Янги йил'])} арафасида Навоий кўчаси ва Амир Темур хиёбонидаги ${ri(5, 40)} та сауна текширилди.`,
  () => X`${uzDate()} куни Тошкент — Истанбул йўналишидаги ${FLIGHTS()} рейси ${ri(20, 200)} дақиқага кечикди.`,
  () => X`Мурожаатлар сони ${ri(5, 60)}% га ошди; уларнинг аксарияти Қашқадарё ва Сурхондарё вилоятларидан.`,
  () =>
    X`Онаси қизи ${ri(3, 30)} кундан бери алоқага чиқмаётганини айтди. Акаси ${uzDate()} ички ишлар бўлимига ариза берди.`,
  () => X`Иш № ${ri(1, 9)}-${ri(1000, 9999)}/${ri(18, 24)} бўйича суд мажлиси ${uzDate()} соат 10:00 га қолдирилди.`,
  () =>
    X`Бозор олдида учта Chevrolet Damas ва битта Cobalt ушланди; ҳайдовчиларга ${ri(1, 9)} миллион сўм жарима солинди.`,
];

// ------------------------------------------------- Kyrgyz templates ----
const KY_CITY = ['Бишкек', 'Ош', 'Жалал-Абад', 'Каракол', 'Нарын', 'Талас', 'Баткен', 'Токмок', 'Өзгөн'];
const KY_DEST_DAT = ['Москвага', 'Стамбулга', 'Дубайга', 'Алматыга', 'Сеулга', 'Екатеринбургга'];
const yP = (p, style, c, opt = {}) => PN(p, 'ky', style, c, { shy: ch(0.12), ...opt });
const kyDate = () => dmy(evdate());
const KY_POS = [
  () => {
    const v = pers('ky', 'f'),
      r = pers('ky');
    return X`Жабырлануучу ${yP(v, 'g')} ${ri(2016, 2023)}-жылы ${pk(KY_DEST_DAT)} жумуш издеп барган; ал жакта ${yP(r, pk(['gs', 'sg']))} аны ${pk(['бейтапканада', 'кафеде', 'тигүү цехинде', 'үйдө'])} акысыз иштеткен.`;
  },
  () => {
    const v = pers('ky'),
      b = bdate();
    return X`Аты-жөнү: ${PN(v, 'ky', 'sg')}\nТуулган күнү: ${BDT(kyDOB(b))}\nПИН: ${NID(kgPin(b, v.g))}\nПаспорт: ${PAS(passKG())}\nТел.: ${PHN(phoneKG())}\nДареги: ${pk(KY_CITY)} ш., ${ADR(kyAddr())}`;
  },
  () => {
    const p = pers('ky');
    return X`${yP(p, pk(['sg', 'gs']), 'gen')} телефон номери ${PHN(phoneFor(p))} экени аныкталды, ал номер ${kyDate()} өчүрүлгөн.`;
  },
  () => {
    const a = pers('ky', 'f'),
      b = pers('ky', 'f'),
      c = pers('ky', 'm'),
      d = kyDate(),
      ck = clock();
    const t = () => `[${d} ${ck()}]`;
    return X`${t()} ${yP(a, 'g')}: паспортум кимде?\n${t()} ${yP(b, 'g')}: ${PN(c, 'ky', 'g', 'loc', { low: ch(0.6) })}, ал эртең берет\n${t()} ${yP(a, 'g')}: анын номерин жибер\n${t()} ${yP(b, 'g')}: ${PHN(phoneFor(c))}`;
  },
  () => {
    const p = pers('ky', 'm');
    return X`${kyDate()} күнү ${pk(['Бишкек – Ош', 'Ош – Өзгөн', 'Бишкек – Балыкчы', 'Бишкек – Кордай'])} жолунда мамлекеттик номери ${PLT(plateKG())} болгон ${pk(['Honda Fit', 'Toyota Camry', 'Mercedes Sprinter', 'Honda Stream'])} унаасы токтотулду; айдоочу — ${yP(p, 'sg')}.`;
  },
  () => {
    const p = pers('ky'),
      b = bdate();
    return X`${yP(p, pk(['sg', 'gs']))} ${BDT(kyDOB(b))} ${pk(['Ат-Башы', 'Кара-Суу', 'Ноокат', 'Токтогул', 'Сузак'])} айылында туулган.`;
  },
  () => {
    const w = pers('ky');
    return X`Күбө ${yP(w, pk(['gs', 'sg']))} ${pk(KY_CITY)} шаарында, ${ADR(kyAddr())} дарегинде жашайт.`;
  },
  () => {
    const p = pers('ky');
    return X`Сот ${yP(p, pk(['sg', 'gs']), 'acc')} Кылмыш-жаза кодексинин 171-беренеси боюнча күнөөлүү деп таап, ${ri(5, 15)} жылга эркинен ажыратты.`;
  },
  () => {
    const p = pers('ky'),
      q = pers('ky');
    return X`Жумушка чакырган жарнама инстаграмдагы ${HDL(handle(p.la, false))} баракчасында жайгаштырылган; кийин ${pk(['телеграм: ', 'телеграмда ', 'WhatsApp аркылуу '])}${pk([HDL(handle(q.la, true)), PHN(phoneFor(q))])} байланышкан.`;
  },
  () => {
    const p = pers('ky');
    return X`Ариза ${EML(email(p.la))} дарегине жөнөтүлгөн; дарек ээси — ${yP(p, 'gs')}.`;
  },
  () => {
    const n = ri(2, 4),
      rows = [];
    for (let i = 0; i < n; i++) {
      const p = person('kg'),
        b = bdate();
      rows.push(X`| ${PN(p, 'ky', 'sg')} | ${NID(kgPin(b, p.g))} | ${PAS(passKG())} |`);
    }
    return X`Кайтарылган жарандардын тизмеси\n| Аты-жөнү | ПИН | Паспорт |\n|---|---|---|\n${joinP(rows, '\n')}`;
  },
  () => {
    const p = pers('ky', 'm');
    return X`Россияда аларды ${PLT(plateRU(true))} номерлүү «Газель» унаасы менен ташышкан, айдоочу ${yP(p, 'g')} деген киши болгон.`;
  },
  () => {
    const v = pers('ky', 'f');
    return X`${yP(v, 'g')} апасына ${PHN(phoneFor(v))} номеринен чалып, жардам сураган.`;
  },
  () => {
    const p = person('kz'),
      b = bdate();
    return X`Казакстандык жаран ${yP(p, 'sg')}, ЖСН ${NID(iin(b, p.g, true))}, ${kyDate()} «Ак-Жол» өткөрүү пунктунан өткөн.`;
  },
  () => {
    const p = pers('ky');
    return X`Акча ${CRD(card())} картасына которулган, карта ээси — ${yP(p, pk(['gs', 'gi']))}; жалпы суммасы ${ri(20, 400) * 1000} сом.`;
  },
];
const KY_NEG = [
  () =>
    X`Кыргыз Республикасынын Башкы прокуратурасы ${ri(2018, 2024)}-жылы адам сатуу боюнча ${ri(20, 200)} кылмыш иши козголгонун билдирди.`,
  () => X`Ош облусунан ${ri(20, 300)} эмгек мигранты Эл аралык миграция уюмунун (ЭМУ) жардамы менен үйүнө кайтарылды.`,
  () =>
    X`Ишеним телефону ${pk(['189', '1899', '112'])} күнү-түнү иштейт; ${pk(M.ky)} айында ${ri(100, 900)} чалуу катталды.`,
  () =>
    X`${pk(['Нооруз майрамы', 'Курман айт', 'Жаңы жыл'])} алдында Чүй проспектиси жана Манас көчөсү боюнча ${ri(5, 40)} сауна текшерилди.`,
  () => X`Кылмыш-жаза кодексинин 171-беренеси боюнча соттолгондордун саны ${ri(3, 40)} пайызга көбөйдү.`,
  () => X`${kyDate()} күнү Ош – Москва багытындагы ${FLIGHTS()} рейси ${ri(20, 200)} мүнөткө кечиктирилди.`,
  () => X`Апасы кызы ${ri(3, 30)} күндөн бери байланышка чыкпай жатканын айтты. Агасы милицияга ${kyDate()} кайрылган.`,
  () =>
    X`Иш № ${ri(100, 9999)} боюнча сот отуруму ${kyDate()} саат 10:00гө жылдырылды; «Оптима Банктан» жооп күтүлүүдө.`,
  () =>
    X`ЭМГЕК МИГРАНТТАРЫ ҮЧҮН ЭСКЕРТМЕ\nЧет өлкөдө паспортуңузду эч кимге бербеңиз жана Тышкы иштер министрлигинин ${pk(['Москвадагы', 'Стамбулдагы', 'Дубайдагы'])} өкүлчүлүгүнө кайрылыңыз.`,
  () =>
    X`Дордой базарынын жанында ${ri(2, 9)} Honda Fit жана бир Mercedes Sprinter кармалды; айдоочуларга ${ri(5, 50) * 1000} сом айып салынды.`,
];

// ------------------------------------------------- Tajik templates ----
const TG_CITY = ['Душанбе', 'Хуҷанд', 'Кӯлоб', 'Бохтар', 'Истаравшан', 'Панҷакент', 'Ваҳдат', 'Турсунзода'];
const TG_DEST = ['Маскав', 'Истанбул', 'Дубай', 'Санкт-Петербург', 'Алмаато', 'Екатеринбург', 'Новосибирск'];
const tP = (p, style, c, opt = {}) => PN(p, 'tg', style, c, { shy: ch(0.12), ...opt });
const tgDate = () => dmy(evdate());
const TG_POS = [
  () => {
    const v = pers('tg', 'f'),
      r = pers('tg');
    return X`Ҷабрдида ${tP(v, 'g')} дар моҳи ${pk(M.tg)}и соли ${ri(2016, 2023)} барои кор ба ${pk(TG_DEST)} рафт; ${tP(r, pk(['gs', 'sg']))} ба ӯ маоши ${ri(5, 15) * 100} доллар ваъда дода буд.`;
  },
  () => {
    const v = pers('tg'),
      b = bdate();
    return X`Ному насаб: ${PN(v, 'tg', 'sg')}\nСанаи таваллуд: ${BDT(tgDOB(b))}\nРМА: ${NID(tjInn())}\nШиноснома: ${PAS(passTJ())}\nТел.: ${PHN(phoneTJ())}\nСуроға: ш. ${pk(TG_CITY)}, ${ADR(tgAddr())}`;
  },
  () => {
    const p = pers('tg'),
      b = bdate();
    return X`${tP(p, pk(['sg', 'gs']))} ${BDT(tgDOB(b))} дар ноҳияи ${pk(['Восеъ', 'Ёвон', 'Рашт', 'Шаҳритус', 'Ашт', 'Мастчоҳ'])} таваллуд шудааст.`;
  },
  () => {
    const a = pers('tg', 'f'),
      b = pers('tg', 'f'),
      c = pers('tg', 'm'),
      d = tgDate(),
      ck = clock();
    const t = () => `[${d} ${ck()}]`;
    return X`${t()} ${tP(a, 'g')}: шиносномаам дар куҷост?\n${t()} ${tP(b, 'g')}: дар назди ${PN(c, 'tg', 'g', null, { low: ch(0.5) })}, пагоҳ медиҳад\n${t()} ${tP(a, 'g')}: рақамашро фирист\n${t()} ${tP(b, 'g')}: ${PHN(phoneFor(c))}`;
  },
  () => {
    const p = pers('tg', 'm');
    return X`${tgDate()} дар роҳи ${pk(['Душанбе – Хуҷанд', 'Душанбе – Кӯлоб', 'Хуҷанд – Конибодом'])} мошини ${pk(['Opel Astra', 'Toyota Camry', 'Mercedes Sprinter', 'Hyundai Porter'])} бо рақами давлатии ${PLT(plateTJ())} боздошт шуд; ронанда — ${tP(p, 'sg')}.`;
  },
  () => {
    const x = pers('tg', 'm'),
      v = pers('tg', 'f');
    return X`${tP(x, 'g')} ${tP(v, pk(['g', 'gs']), 'acc')} дар фурудгоҳ пешвоз гирифт ва шиносномаашро гирифта монд.`;
  },
  () => {
    const p = pers('tg');
    return X`Суд ${tP(p, pk(['sg', 'gs']), 'acc')} тибқи моддаи 130.1 Кодекси ҷиноятии Ҷумҳурии Тоҷикистон гунаҳкор дониста, ба ${ri(5, 15)} сол аз озодӣ маҳрум кард.`;
  },
  () => {
    const p = pers('tg'),
      q = pers('tg');
    return X`Ҷалбкунанда дар телеграм бо номи ${HDL(handle(p.la, true))} эълон мегузошт; ${pk(['инстаграм: ', 'саҳифааш дар инстаграм ', 'TikTok: '])}${HDL(handle(q.la, false))}.`;
  },
  () => {
    const p = pers('tg');
    return X`Дархост ба суроғаи ${EML(email(p.la))} фиристода шуд; соҳиби суроға — ${tP(p, 'gs')}.`;
  },
  () => {
    const n = ri(2, 4),
      rows = [];
    for (let i = 0; i < n; i++) {
      const p = person('tj');
      rows.push(X`| ${PN(p, 'tg', 'sg')} | ${PAS(passTJ())} | ${PHN(phoneTJ())} |`);
    }
    return X`Рӯйхати шаҳрвандони баргардонидашуда\n| Ному насаб | Шиноснома | Телефон |\n|---|---|---|\n${joinP(rows, '\n')}`;
  },
  () => {
    const p = pers('tg');
    return X`Пул ба корти ${CRD(card())} фиристода шуд, соҳиби корт — ${tP(p, pk(['gi', 'gs']))}; маблағи умумӣ ${ri(2, 90) * 100} доллар.`;
  },
  () => {
    const p = pers('tg', 'm');
    return X`Дар Русия онҳоро бо мошини «Газель» бо рақами ${PLT(plateRU(true))} интиқол медоданд, ронанда ${tP(p, 'g')} ном дошт.`;
  },
  () => {
    const v = pers('tg', 'f');
    return X`Дар ${pk(['Маскав', 'Подолск', 'Қазон'])} ${tP(v, 'g')} ва се зани дигар дар суроғаи ${ADR(ruAddr())} зиндагӣ мекарданд.`;
  },
  () => {
    const v = pers('tg', 'f');
    return X`${tP(v, 'g')} ба модараш аз рақами ${PHN(phoneFor(v))} занг зада, кӯмак пурсид.`;
  },
  () => {
    const p = person('tj');
    return X`Маълумот дар бораи шахс: ${PN(p, 'tg', 'sg')}; рақами мушаххаси андозсупоранда (РМА) — ${NID(tjInn())}; шиноснома ${PAS(passTJ())}.`;
  },
];
const TG_NEG = [
  () =>
    X`Прокуратураи генералии Ҷумҳурии Тоҷикистон дар соли ${ri(2018, 2024)} ${ri(20, 200)} парвандаи ҷиноятиро оид ба савдои одамон ба қайд гирифт.`,
  () => X`Шумораи маҳкумшудагон тибқи моддаи 130.1 Кодекси ҷиноятӣ ${ri(3, 40)} фоиз афзоиш ёфт.`,
  () => X`Созмони байналмилалии муҳоҷират (СБМ) дар шаҳри ${pk(TG_CITY)} барои нозирони меҳнат семинар баргузор кард.`,
  () =>
    X`Хатти боварӣ ${pk(['1313', '511', '1102'])} шабонарӯзӣ кор мекунад; дар моҳи ${pk(M.tg)} ${ri(100, 900)} занг ба қайд гирифта шуд.`,
  () =>
    X`Дар арафаи ${pk(['Наврӯз', 'Иди Қурбон', 'Соли нав'])} дар хиёбони Рӯдакӣ ва кӯчаи Айнӣ ${ri(5, 40)} сауна санҷида шуд.`,
  () => X`${tgDate()} парвози ${FLIGHTS()} дар самти Душанбе – Маскав ${ri(20, 200)} дақиқа таъхир кард.`,
  () =>
    X`Модараш гуфт, ки духтараш ${ri(3, 30)} рӯз боз дар тамос нест. Бародараш ${tgDate()} ба милиса муроҷиат кард.`,
  () =>
    X`Ҷаласаи суд оид ба парвандаи № ${ri(1, 9)}-${ri(100, 999)}/${ri(18, 24)} ба ${tgDate()} соати 10:00 мавқуф гузошта шуд.`,
  () =>
    X`ЁДДОШТ БАРОИ МУҲОҶИРОНИ МЕҲНАТӢ\nШиносномаи худро ба касе надиҳед ва ба намояндагии Вазорати меҳнат дар ${pk(['Маскав', 'Санкт-Петербург', 'Екатеринбург'])} муроҷиат кунед.`,
  () =>
    X`${ri(20, 70)} фоизи муҳоҷирони бозгашта аз вилояти Суғд ва Хатлон мебошанд; маблағи миёнаи қарз ${ri(5, 40) * 1000} сомонӣ аст.`,
];

// ------------------------------------------------- Turkish templates ----
const TR_CITY = ['İstanbul', 'Antalya', 'Ankara', 'İzmir', 'Bursa', 'Alanya', 'Trabzon', 'Mersin'];
const trDate = () => dmy(evdate());
const rP = (p, style, opt = {}) => PN(p, 'tr', style, null, { shy: ch(0.12), ...opt });
const wsuf = (p, style, c, opt = {}) => {
  const part = rP(p, style, opt);
  return [part, trSuf(part.s.replace(/\u00AD/g, ''), c)];
};
const TR_POS = [
  () => {
    const v = pers('tr', 'f'),
      c = pk(TR_CITY);
    return X`Mağdur ${rP(v, 'g')}, ${ri(2016, 2023)} yılının ${pk(M.tr)} ayında iş vaadiyle ${c}${trSuf(c, 'dat')} getirildiğini beyan etti. ${wsuf(v, 'g', 'gen')} pasaportu ilk gün alınmış.`;
  },
  () => {
    const v = person(pk(['tr', 'tr', 'uz', 'kg', 'tm'])),
      b = bdate();
    const idl = v.grp === 'tr' ? X`T.C. Kimlik No: ${NID(tckn(ch(0.15)))}` : X`Pasaport No: ${PAS(passFor(v))}`;
    return X`Adı Soyadı: ${PN(v, 'tr', 'gs')}\nDoğum Tarihi: ${BDT(trDOB(b))}\n${idl}\nTelefon: ${PHN(phoneTR())}\nAdres: ${ADR(trAddr())}, ${pk(TR_ILCE)}`;
  },
  () => {
    const p = person('tr', 'm');
    return X`${trDate()} tarihinde ${pk(['Esenyurt', 'Laleli', 'Zeytinburnu', 'Alanya', 'Konak'])} ilçesinde ${PLT(plateTR())} plakalı beyaz ${pk(['Fiat Doblo', 'Ford Transit', 'Renault Kangoo', 'Volkswagen Caddy'])} durduruldu; sürücü ${rP(p, 'gs')} gözaltına alındı.`;
  },
  () => {
    const a = pers('tr', 'f'),
      b = pers('tr', 'f'),
      c = person('tr', 'm'),
      ck = clock();
    const t = () => `[${ck()}]`;
    return X`WhatsApp yazışması, ${trDate()}:\n${t()} ${rP(a, 'g', { low: ch(0.6) })}: neredesin\n${t()} ${rP(b, 'g', { low: ch(0.6) })}: ${wsuf(c, 'g', 'gen', { low: true })} evinde, pasaportlar onda\n${t()} ${rP(a, 'g', { low: ch(0.6) })}: numarasını at\n${t()} ${rP(b, 'g', { low: ch(0.6) })}: ${PHN(phoneTR())}`;
  },
  () => {
    const p = person('tr');
    return X`Şüpheli ${wsuf(p, pk(['s', 'gs']), 'gen')} kullandığı ${PHN(phoneTR())} numaralı hattın HTS kayıtları incelendi; hat ${trDate()} tarihinden beri aktif.`;
  },
  () => {
    const p = pers('tr');
    return X`Ücretler ${IBN(fmtIban(ibanTR()))} numaralı hesaba yatırıldı; hesap sahibi ${rP(p, 'gs')}.`;
  },
  () => {
    const v = pers('tr', 'f'),
      b = bdate();
    return X`${BDT(`${b.d} ${M.tr[b.m - 1]} ${b.y}`)} doğumlu ${rP(v, 'gs')}, ${pk(['Taşkent', 'Bişkek', 'Aşkabat', 'Oş', 'Semerkant'])} doğumlu olduğunu ve ${ri(2017, 2023)} yılında Türkiye'ye geldiğini söyledi.`;
  },
  () => {
    const p = person('tr'),
      v = pers('tr', 'f');
    return X`Mahkeme, sanık ${wsuf(p, 'gs', 'gen')} TCK'nın 80. maddesi uyarınca ${ri(5, 14)} yıl hapis cezasına çarptırılmasına karar verdi; katılan ${wsuf(v, 'g', 'gen')} tazminat talebi kabul edildi.`;
  },
  () => {
    const p = pers('tr'),
      q = pers('tr');
    return X`Instagram'da ${HDL(handle(p.la, ch(0.5)))} adlı hesap üzerinden "yurt dışında iş" ilanı verildiği, Telegram'da ise ${HDL(handle(q.la, true))} kullanıcı adının kullanıldığı tespit edildi.`;
  },
  () => {
    const n = ri(2, 4),
      rows = [];
    for (let i = 0; i < n; i++) {
      const p = person(pk(['uz', 'kg', 'tm', 'tj', 'kz'])),
        b = bdate();
      rows.push(
        X`| ${PN(p, 'tr', 'gs')} | ${{ uz: 'Özbekistan', kg: 'Kırgızistan', tm: 'Türkmenistan', tj: 'Tacikistan', kz: 'Kazakistan' }[p.grp]} | ${PAS(passFor(p))} | ${BDT(dmy(b))} |`,
      );
    }
    return X`Mağdur listesi\n| Adı Soyadı | Uyruğu | Pasaport No | Doğum Tarihi |\n|---|---|---|---|\n${joinP(rows, '\n')}`;
  },
  () => {
    const p = person('tr');
    return X`T.C. kimlik no ${NID(tckn(true))} olarak beyan edilen ${rP(p, 'gs')}, nüfus kayıtlarında farklı bilgilerle göründü.`;
  },
  () => {
    const v = person(pk(['uz', 'kg', 'tm', 'tj']));
    const ul = { uz: 'Özbekistan', kg: 'Kırgızistan', tm: 'Türkmenistan', tj: 'Tacikistan' }[v.grp];
    return X`${ul} uyruklu ${rP(v, 'gs')} (pasaport no: ${PAS(passFor(v))}) ${trDate()} tarihinde ${pk(['Sabiha Gökçen', 'İstanbul', 'Antalya'])} Havalimanı'ndan giriş yaptı.`;
  },
  () => {
    const p = pers('tr');
    return X`Başvurular ${EML(email(p.la))} adresine gönderiliyordu; adresin sahibi ${rP(p, 'gs')} olarak belirlendi.`;
  },
  () => {
    const v = person('tm', 'f'),
      p = person('tr', 'm');
    return X`Türkmenistan uyruklu ${wsuf(v, 'g', 'dat')} iş teklif eden ${rP(p, 'gs')}, kadını ${ADR(trAddr())} ${pk(TR_ILCE)} adresindeki evde tuttu.`;
  },
  () => {
    const p = person('tr'),
      b = bdate();
    return X`Şüpheli: ${rP(p, 'gs')} — TC ${NID(tckn())}, doğum tarihi ${BDT(trDOB(b))}, cep ${PHN(phoneTR())}.`;
  },
];
const TR_NEG = [
  () =>
    X`Göç İdaresi Genel Müdürlüğü verilerine göre ${ri(2018, 2024)} yılında ${ri(100, 900)} insan ticareti mağduru tespit edildi.`,
  () => X`TCK'nın 80. maddesi kapsamında açılan dava sayısı %${ri(3, 40)} arttı; Yargıtay ${ri(2, 20)} dosyayı bozdu.`,
  () =>
    X`İnsan ticareti mağdurları için 157 YİMER hattı 7/24 hizmet veriyor; ${pk(M.tr)} ayında ${ri(100, 900)} çağrı alındı.`,
  () =>
    X`Kurban Bayramı öncesinde Atatürk Caddesi ve Cumhuriyet Bulvarı üzerindeki ${ri(5, 40)} masaj salonu denetlendi.`,
  () => X`${trDate()} tarihli ${FLIGHTS()} sefer sayılı İstanbul – Taşkent uçuşu ${ri(20, 200)} dakika rötar yaptı.`,
  () =>
    X`Dosya No: ${ri(2018, 2024)}/${ri(10, 999)} Esas, ${ri(2018, 2024)}/${ri(10, 999)} Karar sayılı ilamla itiraz reddedildi.`,
  () =>
    X`Anne, kızından ${ri(3, 30)} gündür haber alamadığını söyledi. Ağabeyi ${trDate()} tarihinde karakola başvurdu.`,
  () =>
    X`ÖZBEKİSTAN VE KIRGIZİSTAN UYRUKLU KADINLARA YÖNELİK SAHTE İŞ İLANLARI\nEmniyet Genel Müdürlüğü, sosyal medyadaki ilanlara karşı uyardı.`,
  () =>
    X`Beyaz bir Fiat Doblo ve iki Renault Clio otoparkta ele geçirildi; sürücülere ${ri(2, 20) * 1000} TL ceza kesildi.`,
  () =>
    X`Uluslararası Göç Örgütü (IOM) ile BM Uyuşturucu ve Suç Ofisi (UNODC), ${((c) => c + trSuf(c, 'loc'))(pk(TR_CITY))} kolluk personeline eğitim verdi.`,
];

// additional hard negatives for the smaller languages
KK_NEG.push(
  () =>
    X`«${pk(['Kaspi Bank', 'Halyk Bank', 'Jusan Bank'])}» АҚ ${ri(5, 90)} күдікті аударымды бұғаттады; жалпы сомасы ${ri(2, 90)} млн теңге.`,
  () => X`Ішкі істер министрлігі мен ЕҚЫҰ ${pk(KK_CITY)} қаласында «Адам саудасына жол жоқ» акциясын өткізді.`,
  () =>
    X`${pk(['Қаңтар мен ақпан', 'Наурыз бен сәуір', 'Қазан мен қараша'])} айларында Шымкент, Тараз және Түркістан облысында ${ri(5, 60)} рейд жүргізілді.`,
);
UZ_NEG.push(
  () => X`Ички ишлар вазирлиги ва ЕХҲТ ${pk(UZ_CITY)} шаҳрида «Одам савдосига йўл йўқ» акциясини ўтказди.`,
  () =>
    X`${pk(['Январ ва феврал', 'Март ва апрел', 'Октябр ва ноябр'])} ойларида Андижон, Наманган ва Фарғона вилоятларида ${ri(5, 60)} та рейд ўтказилди.`,
  () => X`Халқ банки ва Uzcard ${ri(5, 90)} та шубҳали ўтказмани тўхтатди; умумий сумма ${ri(2, 90)} миллион сўм.`,
);
KY_NEG.push(
  () => X`Ички иштер министрлиги жана ЕККУ ${pk(KY_CITY)} шаарында «Адам сатууга жол жок» акциясын өткөрдү.`,
  () =>
    X`${pk(['Январь жана февраль', 'Март жана апрель', 'Октябрь жана ноябрь'])} айларында Ош, Жалал-Абад жана Баткен облустарында ${ri(5, 60)} рейд жүргүзүлдү.`,
  () => X`«Оптима Банк» жана «Мбанк» ${ri(5, 90)} шектүү которууну токтотту; жалпы суммасы ${ri(50, 900)} миң сом.`,
);
TG_NEG.push(
  () => X`Вазорати корҳои дохилӣ ва САҲА дар шаҳри ${pk(TG_CITY)} аксияи «Не ба савдои одамон»-ро гузарониданд.`,
  () =>
    X`Дар моҳҳои ${pk(['январ ва феврал', 'март ва апрел', 'октябр ва ноябр'])} дар вилояти Суғд ва Хатлон ${ri(5, 60)} рейд гузаронида шуд.`,
  () =>
    X`«Амонатбонк» ва «Душанбе Сити» ${ri(5, 90)} интиқоли шубҳанокро боздоштанд; маблағи умумӣ ${ri(10, 900)} ҳазор сомонӣ.`,
);
TR_NEG.push(
  () =>
    X`Jandarma Genel Komutanlığı ${pk(TR_CITY)} ve ${pk(['Muğla', 'Aydın', 'Denizli', 'Kocaeli'])} illerinde ${ri(5, 90)} iş yerine operasyon düzenledi.`,
  () =>
    X`${pk(['Ocak ve Şubat', 'Mart ve Nisan', 'Ekim ve Kasım'])} aylarında Laleli ve Aksaray semtlerinde ${ri(5, 90)} denetim yapıldı; rapor Pazartesi günü açıklandı.`,
  () => X`Ziraat Bankası ve PTT ${ri(5, 90)} şüpheli havaleyi durdurdu; toplam tutar ${ri(10, 900) * 1000} TL.`,
);

// ------------------------------------------------------------- main ----
const PLAN = [
  { lang: 'ru', pos: RU_POS, neg: RU_NEG, nPos: 144, nNeg: 32 },
  { lang: 'en', pos: EN_POS, neg: EN_NEG, nPos: 104, nNeg: 22 },
  { lang: 'kk', pos: KK_POS, neg: KK_NEG, nPos: 66, nNeg: 14 },
  { lang: 'uz', pos: UZ_POS, neg: UZ_NEG, nPos: 66, nNeg: 14 },
  { lang: 'ky', pos: KY_POS, neg: KY_NEG, nPos: 66, nNeg: 14 },
  { lang: 'tg', pos: TG_POS, neg: TG_NEG, nPos: 66, nNeg: 14 },
  { lang: 'tr', pos: TR_POS, neg: TR_NEG, nPos: 66, nNeg: 14 },
];
const UZ_APOS = ["'", '‘', 'ʻ', '`'];
function render(lang, parts, k) {
  if (lang === 'kk') {
    const sc = ['cyrl', 'l18', 'cyrl', 'l21', 'l18', 'l21', 'cyrl'][k % 7];
    if (sc === 'cyrl') return { script: 'cyrl', parts };
    return { script: 'latn', parts: mapParts(parts, (s) => kkLat(s, sc)) };
  }
  if (lang === 'uz') {
    if (k % 9 < 4) return { script: 'cyrl', parts };
    const apo = UZ_APOS[k % 4];
    return { script: 'latn', parts: mapParts(parts, (s) => uzLat(s, apo)) };
  }
  return { script: lang === 'en' || lang === 'tr' ? 'latn' : 'cyrl', parts };
}
function assemble(parts) {
  let text = '';
  const spans = [];
  for (const p of parts) {
    if (typeof p === 'string') text += p;
    else {
      const start = text.length;
      text += p.s;
      spans.push({ start, end: text.length, type: p.t });
    }
  }
  return { text, spans };
}
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
function validate(sn, negative) {
  const { text, spans } = sn;
  const err = (m) => {
    throw new Error(`${m}\n${JSON.stringify(sn)}`);
  };
  if (!text || text !== text.trim()) err('text not trimmed');
  if (/undefined|null|NaN|\[object/.test(text)) err('bad token in text');
  if (negative && spans.length) err('negative with spans');
  if (!negative && !spans.length) err('positive without spans');
  let prevEnd = -1;
  for (const s of spans) {
    if (!TYPES.includes(s.type)) err('bad type');
    const t = text.slice(s.start, s.end);
    if (!t || t !== t.trim() || /\n/.test(t)) err('bad span text');
    if (s.start <= prevEnd) err('overlapping or touching spans');
    prevEnd = s.end;
  }
}
const out = [];
const seen = new Set();
for (const pl of PLAN) {
  for (const [pool, n, negative] of [
    [pl.pos, pl.nPos, false],
    [pl.neg, pl.nNeg, true],
  ]) {
    let order = shuffle(pool.map((_, i) => i));
    for (let k = 0; k < n; k++) {
      if (k > 0 && k % pool.length === 0) order = shuffle(order);
      let sn = null;
      for (let tries = 0; tries < 40 && !sn; tries++) {
        const tpl = pool[tries === 0 ? order[k % pool.length] : ri(0, pool.length - 1)];
        const r = render(pl.lang, tpl(), k + tries);
        const a = assemble(r.parts);
        if (seen.has(a.text)) continue;
        sn = { language: pl.lang, script: r.script, ...a };
      }
      if (!sn) throw new Error(`could not produce a unique snippet for ${pl.lang}`);
      validate(sn, negative);
      seen.add(sn.text);
      out.push(sn);
    }
  }
}
const final = shuffle(out).map((s, i) => ({
  id: `h16-${String(i + 1).padStart(4, '0')}`,
  language: s.language,
  script: s.script,
  text: s.text,
  spans: s.spans,
}));
const target = path.resolve(path.dirname(process.argv[1]), '..', 'test', 'fixtures', 'anonymizer-heldout-16.jsonl');
fs.mkdirSync(path.dirname(target), { recursive: true });
fs.writeFileSync(target, final.map((o) => JSON.stringify(o)).join('\n') + '\n', 'utf8');

// ----------------------------------------------------------- report ----
const stat = { snippets: final.length, negatives: 0, perLang: {}, perScript: {}, spans: {} };
let shyCount = 0,
  lowerNames = 0;
for (const s of final) {
  if (!s.spans.length) stat.negatives++;
  stat.perLang[s.language] = (stat.perLang[s.language] || 0) + 1;
  const ls = `${s.language}/${s.script}`;
  stat.perScript[ls] = (stat.perScript[ls] || 0) + 1;
  for (const sp of s.spans) {
    stat.spans[sp.type] = (stat.spans[sp.type] || 0) + 1;
    const t = s.text.slice(sp.start, sp.end);
    if (t.includes('\u00AD')) shyCount++;
    if (sp.type === 'PERSON' && t === t.toLowerCase() && t !== t.toUpperCase()) lowerNames++;
  }
}
console.log(
  JSON.stringify(
    { ...stat, softHyphenSpans: shyCount, lowerCaseNames: lowerNames, written: path.relative(process.cwd(), target) },
    null,
    2,
  ),
);
