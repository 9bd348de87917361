/* eslint-disable @typescript-eslint/no-unused-vars */
/**
 * Fifth held-out evaluation batch for libs/anonymizer (written 2026-12-05), written before the rules it judges; do not regenerate or edit it to fit the rules.
 *
 * Standalone generator: synthetic trafficking-case snippets (ru, kk, ky, uz, tg-ru, en) with
 * gold spans. Texts are built by concatenation so offsets are exact (JS UTF-16, end exclusive).
 * Deterministic: mulberry32 seeded with 5052026.
 *
 * Usage: tsx generate-anonymizer-heldout-5.ts [outDir]   -> writes anonymizer-heldout-5.jsonl
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

// ---------------------------------------------------------------- PRNG & helpers
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rnd = mulberry32(5052026);
const pick = <T>(a: readonly T[]): T => a[Math.floor(rnd() * a.length)];
const int = (lo: number, hi: number): number => lo + Math.floor(rnd() * (hi - lo + 1));
const chance = (p: number): boolean => rnd() < p;
const dig = (n: number): string => Array.from({ length: n }, () => String(int(0, 9))).join('');
const pad = (n: number, w = 2): string => String(n).padStart(w, '0');
const money = (lo: number, hi: number, step: number, sep = ' '): string =>
  String(int(lo / step, hi / step) * step).replace(/\B(?=(\d{3})+(?!\d))/g, sep);

type G = 'm' | 'f';
interface Sp {
  type: string;
  text: string;
}
type Part = string | Sp;
const S = (type: string, text: string): Sp => ({ type, text });
const P = (t: string): Sp => S('PERSON', t);
const A = (t: string): Sp => S('ADDRESS', t);
const B = (t: string): Sp => S('BIRTH_DATE', t);
const PH = (t: string): Sp => S('PHONE', t);
const EM = (t: string): Sp => S('EMAIL', t);
const NID = (t: string): Sp => S('NATIONAL_ID', t);
const PS = (t: string): Sp => S('PASSPORT', t);
const CD = (t: string): Sp => S('CARD', t);
const IB = (t: string): Sp => S('IBAN', t);
const PL = (t: string): Sp => S('PLATE', t);
const HD = (t: string): Sp => S('HANDLE', t);

/** insert a soft hyphen (U+00AD) inside a word */
function shy(w: string): string {
  if (w.length < 5) return w;
  const i = Math.floor(w.length / 2);
  return w.slice(0, i) + '\u00AD' + w.slice(i);
}
const maybeShy = (w: string, p = 0.45): string => (chance(p) ? shy(w) : w);

// ---------------------------------------------------------------- structured identifiers
function luhnDigit(body: string): number {
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    let d = Number(body[body.length - 1 - i]);
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return (10 - (sum % 10)) % 10;
}
function card(
  bad = false,
  prefixes = ['4', '51', '53', '55', '2200', '2202', '4400', '9860', '8600', '9417', '4169'],
): string {
  const pre = pick(prefixes);
  const body = pre + dig(15 - pre.length);
  let c = luhnDigit(body);
  if (bad) c = (c + int(1, 9)) % 10;
  const n = body + c;
  const f = int(0, 3);
  if (f === 0) return n;
  if (f === 3) return n.replace(/(\d{4})(?=\d)/g, '$1-');
  return n.replace(/(\d{4})(?=\d)/g, '$1 ');
}
function mod97(s: string): number {
  let r = 0;
  for (const ch of s) {
    const v = /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch;
    for (const c of v) r = (r * 10 + Number(c)) % 97;
  }
  return r;
}
function ibanRaw(cc: 'KZ' | 'TR' | 'AE'): string {
  let bban = '';
  if (cc === 'KZ')
    bban = pick(['601', '722', '998', '965', '914', '856', '826']) + pick(['C', 'S', '0', 'K']) + dig(12);
  if (cc === 'TR') bban = pick(['00010', '00012', '00046', '00062', '00064', '00111', '00067']) + '0' + dig(16);
  if (cc === 'AE') bban = pick(['033', '026', '035', '030', '044']) + dig(16);
  const chk = 98 - mod97(bban + cc + '00');
  return cc + pad(chk) + bban;
}
function iban(cc: 'KZ' | 'TR' | 'AE'): string {
  const s = ibanRaw(cc);
  const mode = int(0, 4);
  if (mode === 0) return s;
  if (mode === 1 || mode === 2) return s.replace(/(.{4})(?=.)/g, '$1 ');
  if (mode === 3) return s.toLowerCase();
  return s.replace(/(.{4})(?=.)/g, '$1 ').toLowerCase();
}
interface Dt {
  d: number;
  m: number;
  y: number;
}
const dob = (lo = 1975, hi = 2006): Dt => ({ d: int(1, 28), m: int(1, 12), y: int(lo, hi) });
const dNum = (d: Dt): string => `${pad(d.d)}.${pad(d.m)}.${d.y}`;
function iin(d: Dt, g: G, bad = false): string {
  for (;;) {
    const cent = d.y >= 2000 ? (g === 'm' ? 5 : 6) : g === 'm' ? 3 : 4;
    const body = `${pad(d.y % 100)}${pad(d.m)}${pad(d.d)}${cent}${dig(4)}`;
    const a = body.split('').map(Number);
    let s = a.reduce((x, v, i) => x + v * (i + 1), 0) % 11;
    if (s === 10) {
      const w = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2];
      s = a.reduce((x, v, i) => x + v * w[i], 0) % 11;
      if (s === 10) continue;
    }
    return body + (bad ? (s + int(1, 9)) % 10 : s);
  }
}
function pinfl(d: Dt, g: G): string {
  const first = d.y >= 2000 ? (g === 'm' ? 5 : 6) : g === 'm' ? 3 : 4;
  const body = `${first}${pad(d.d)}${pad(d.m)}${pad(d.y % 100)}${dig(3)}${dig(3)}`;
  const w = [7, 3, 1];
  const s = body.split('').reduce((x, c, i) => x + Number(c) * w[i % 3], 0) % 10;
  return body + s;
}
const kgPin = (d: Dt, g: G): string => `${g === 'f' ? 1 : 2}${pad(d.d)}${pad(d.m)}${d.y}${dig(5)}`;
const tjInn = (): string => `${int(1, 9)}${dig(8)}`;
function ruInn(): string {
  const d = (pick(['77', '50', '66', '54', '16', '23', '78', '72']) + dig(8)).split('').map(Number);
  const w1 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8];
  d.push((w1.reduce((s, w, i) => s + w * d[i], 0) % 11) % 10);
  const w2 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8];
  d.push((w2.reduce((s, w, i) => s + w * d[i], 0) % 11) % 10);
  return d.join('');
}
function snils(): string {
  let n = '';
  do n = dig(9);
  while (Number(n) < 1001999);
  const s = n.split('').reduce((a, c, i) => a + Number(c) * (9 - i), 0);
  let cs = s < 100 ? s : s === 100 || s === 101 ? 0 : s % 101;
  if (cs === 100) cs = 0;
  return `${n.slice(0, 3)}-${n.slice(3, 6)}-${n.slice(6, 9)} ${pad(cs)}`;
}
const caseNo12 = (): string => `${int(20, 24)}${pad(int(1, 19))}${dig(8)}`;

const passKZ = (): string => 'N' + dig(8);
const passUZ = (): string => pick(['AA', 'AB', 'AC', 'AD', 'FA', 'FB']) + dig(7);
const passKG = (): string => pick(['AC', 'AN', 'ID', 'PE']) + dig(7);
const passTJ = (): string => pick(['40', '50', '41']) + dig(7);
const passRUint = (): string =>
  chance(0.5) ? `${pad(int(1, 99))} ${pad(int(0, 24))} ${dig(6)}` : `${pad(int(1, 99))}${pad(int(0, 24))} ${dig(6)}`;
const passRUforeign = (): string => `${pick(['75', '76', '77'])} ${dig(7)}`;

const RL = 'ABEKMHOPCTYX';
const LAT = 'ABCDEFGHJKLMNPRSTUVXYZ';
const rl = (n: number, al = RL): string => Array.from({ length: n }, () => al[int(0, al.length - 1)]).join('');
const d3 = (): string => pad(int(1, 999), 3);
function plateRU(): string {
  const reg = pick(['77', '97', '177', '750', '50', '66', '196', '54', '16', '116', '174']);
  const a = rl(1),
    n = d3(),
    b = rl(2);
  return pick([`${a}${n}${b} ${reg}`, `${a} ${n} ${b} ${reg}`, `${a}${n}${b}${reg}`]);
}
function plateKZ(): string {
  const r = pad(int(1, 18)),
    l = rl(3, LAT),
    n = d3();
  return pick([`${n} ${l} ${r}`, `${n}${l}${r}`]);
}
function plateKG(): string {
  const r = pick(['01', '02', '03', '04', '05', '06', '07', '08']);
  return pick([`${r}KG ${d3()}${rl(3, LAT)}`, `${r} ${d3()} ${rl(3, LAT)}`]);
}
function plateUZ(): string {
  const r = pick(['01', '10', '20', '25', '30', '40', '50', '60', '70', '75', '80', '85', '90', '95']);
  return pick([
    `${r} ${rl(1, LAT)} ${d3()} ${rl(2, LAT)}`,
    `${r}${rl(1, LAT)}${d3()}${rl(2, LAT)}`,
    `${r} ${d3()} ${rl(3, LAT)}`,
  ]);
}
function plateTJ(): string {
  const n = pad(int(1, 9999), 4),
    l = rl(2, LAT),
    r = pick(['01', '02', '03', '04', '05']);
  return pick([`${n} ${l} ${r}`, `${n}${l}${r}`]);
}
function plateTR(): string {
  const r = pick(['34', '06', '35', '07', '16', '01', '41']);
  return pick([
    `${r} ${rl(3, LAT)} ${d3()}`,
    `${r} ${rl(2, LAT)} ${pad(int(1, 9999), 4)}`,
    `${r} ${rl(1, LAT)} ${pad(int(1, 9999), 4)}`,
  ]);
}

// ---------------------------------------------------------------- phones
const d2 = (): string => dig(2),
  d4 = (): string => dig(4);
function phoneKZ(): string {
  const op = pick(['701', '702', '705', '707', '747', '771', '775', '776', '778']);
  const a = dig(3),
    b = d2(),
    c = d2();
  return pick([
    `+7 ${op} ${a} ${b} ${c}`,
    `8 (${op}) ${a}-${b}-${c}`,
    `+7${op}${a}${b}${c}`,
    `8${op}${a}${b}${c}`,
    `+7 (${op}) ${a} ${b}${c}`,
  ]);
}
function phoneKG(): string {
  const op = pick(['555', '700', '770', '505', '997', '220', '777', '559']);
  const a = dig(3),
    b = dig(3);
  return pick([
    `+996 ${op} ${a} ${b}`,
    `0${op} ${a}${b}`,
    `+996${op}${a}${b}`,
    `0 (${op}) ${a}-${b}`,
    `+996 (${op}) ${a.slice(0, 2)}-${a.slice(2)}${b.slice(0, 1)}-${b.slice(1)}`,
  ]);
}
function phoneUZ(): string {
  const op = pick(['90', '91', '93', '94', '97', '99', '33', '88', '95']);
  const a = dig(3),
    b = d2(),
    c = d2();
  return pick([
    `+998 ${op} ${a} ${b} ${c}`,
    `+998(${op})${a}-${b}-${c}`,
    `${op}-${a}-${b}-${c}`,
    `998${op}${a}${b}${c}`,
    `(${op}) ${a}-${b}-${c}`,
  ]);
}
function phoneTJ(): string {
  const op = pick(['93', '92', '90', '98', '88', '50', '55', '11', '91']);
  const a = dig(3),
    b = d2(),
    c = d2();
  return pick([
    `+992 ${op} ${a} ${b}${c}`,
    `+992 (${op}) ${a}-${b}-${c}`,
    `(+992) ${op}${a}${b}${c}`,
    `${op} ${a} ${b} ${c}`,
    `+992${op}${a}${b}${c}`,
  ]);
}
function phoneRU(): string {
  const op = pick(['916', '925', '903', '926', '977', '985', '999', '964', '912', '952']);
  const a = dig(3),
    b = d2(),
    c = d2();
  return pick([
    `+7 (${op}) ${a}-${b}-${c}`,
    `8-${op}-${a}-${b}-${c}`,
    `+7 ${op} ${a} ${b} ${c}`,
    `8${op}${a}${b}${c}`,
    `8 (${op}) ${a}${b}${c}`,
  ]);
}
function phoneTR(): string {
  const op = pick(['532', '533', '535', '542', '505', '555', '544', '507']);
  const a = dig(3),
    b = d2(),
    c = d2();
  return pick([`+90 ${op} ${a} ${b} ${c}`, `0${op} ${a} ${b}${c}`, `0 (${op}) ${a} ${b} ${c}`, `+90${op}${a}${b}${c}`]);
}
function phoneAE(): string {
  const op = pick(['50', '52', '54', '55', '56', '58']);
  const a = dig(3),
    b = d4();
  return pick([`+971 ${op} ${a} ${b}`, `0${op} ${a}${b}`, `+971-${op}-${a}${b}`, `00971 ${op} ${a} ${b}`]);
}
function phoneKR(): string {
  const a = d4(),
    b = d4();
  return pick([`+82 10-${a}-${b}`, `010-${a}-${b}`, `+82 10 ${a} ${b}`, `010 ${a} ${b}`]);
}

// ---------------------------------------------------------------- names
interface Pool {
  M: string[];
  F: string[];
  S: string[];
}
interface Per {
  g: G;
  first: string;
  last: string;
  father: string;
}
const POOLS: Record<string, Pool> = {
  // Russian spelling of Central Asian names (for ru / tg-ru texts)
  kzR: {
    M: [
      'Ерлан',
      'Нурлан',
      'Бауыржан',
      'Аскар',
      'Даулет',
      'Ержан',
      'Кайрат',
      'Серик',
      'Жандос',
      'Мейрам',
      'Бекзат',
      'Темирлан',
      'Алихан',
      'Ыкылас',
      'Жасулан',
      'Багдат',
    ],
    F: [
      'Айгерим',
      'Динара',
      'Гульнур',
      'Акмарал',
      'Жансая',
      'Меруерт',
      'Салтанат',
      'Аружан',
      'Балжан',
      'Назерке',
      'Улжан',
      'Молдир',
      'Толганай',
      'Перизат',
      'Индира',
      'Гаухар',
      'Сымбат',
      'Шынар',
    ],
    S: [
      'Жаксылыков',
      'Сарсенбаев',
      'Нурмагамбетов',
      'Оспанов',
      'Турсынбаев',
      'Калиев',
      'Бекмухамедов',
      'Абдрахманов',
      'Муканов',
      'Есенжолов',
      'Жунусов',
      'Толеубаев',
      'Серикбаев',
      'Кудайбергенов',
      'Ыбыраев',
    ],
  },
  kgR: {
    M: [
      'Бакыт',
      'Азамат',
      'Нурбек',
      'Улан',
      'Эрлан',
      'Чынгыз',
      'Бактыбек',
      'Таалай',
      'Жыргалбек',
      'Мирлан',
      'Адилет',
      'Эрмек',
      'Талант',
      'Кубанычбек',
      'Байэл',
    ],
    F: [
      'Айпери',
      'Жылдыз',
      'Бермет',
      'Нургуль',
      'Айжамал',
      'Гулзат',
      'Асель',
      'Чолпон',
      'Каныкей',
      'Бурул',
      'Мээрим',
      'Айзада',
      'Уулкан',
      'Жибек',
      'Толгонай',
    ],
    S: [
      'Токтогулов',
      'Абдыкадыров',
      'Мамбетов',
      'Сыдыков',
      'Жапаров',
      'Осмонкулов',
      'Бообеков',
      'Турдубаев',
      'Кадыралиев',
      'Эсенгулов',
      'Бекбоев',
      'Алымкулов',
    ],
  },
  uzR: {
    M: [
      'Жасур',
      'Сардор',
      'Бекзод',
      'Шохрух',
      'Отабек',
      'Дилшод',
      'Улугбек',
      'Санжар',
      'Жавохир',
      'Фаррух',
      'Шерзод',
      'Абдулазиз',
      'Ислом',
      'Ойбек',
      'Нодирбек',
      'Хуршид',
    ],
    F: [
      'Дилноза',
      'Гулнора',
      'Нигора',
      'Мадина',
      'Шахноза',
      'Зарина',
      'Мохира',
      'Феруза',
      'Севара',
      'Муниса',
      'Дилдора',
      'Гулчехра',
      'Нилуфар',
      'Мафтуна',
      'Ойдин',
      'Юлдуз',
    ],
    S: [
      'Каримов',
      'Турсунов',
      'Юсупов',
      'Рахимов',
      'Назаров',
      'Холматов',
      'Эргашев',
      'Кодиров',
      'Абдуллаев',
      'Собиров',
      'Мирзаев',
      'Олимов',
      'Тухтаев',
      'Джураев',
      'Рахмонкулов',
    ],
  },
  tjR: {
    M: [
      'Фаррух',
      'Шерзод',
      'Парвиз',
      'Рустам',
      'Бахтиёр',
      'Фирдавс',
      'Сухроб',
      'Манучехр',
      'Исмоил',
      'Джамшед',
      'Комрон',
      'Хуршед',
      'Зафар',
      'Сиёвуш',
      'Носир',
      'Далер',
      'Умед',
    ],
    F: [
      'Мадина',
      'Нигина',
      'Тахмина',
      'Зарина',
      'Мехрона',
      'Фарзона',
      'Парвина',
      'Наргис',
      'Мунира',
      'Дилафруз',
      'Хуршеда',
      'Шабнам',
      'Манижа',
      'Рухшона',
      'Санавбар',
    ],
    S: [
      'Саидов',
      'Шарипов',
      'Холов',
      'Давлатов',
      'Мирзоев',
      'Одинаев',
      'Бобоев',
      'Сафаров',
      'Ашуров',
      'Курбонов',
      'Неъматов',
      'Рахимов',
      'Файзуллоев',
      'Гулов',
    ],
  },
  tmR: {
    M: ['Мерген', 'Довлет', 'Аннагельды', 'Батыр', 'Ыхлас', 'Пелван', 'Мекан'],
    F: ['Джерен', 'Огулджан', 'Гульшат', 'Айна', 'Маиса', 'Бахар', 'Энеш'],
    S: ['Атаев', 'Нурмурадов', 'Ораздурдыев', 'Гелдиев', 'Язмурадов', 'Чарыев', 'Овезов'],
  },
  kkalpR: {
    M: ['Бердах', 'Ажинияз', 'Ерназар', 'Муратбай', 'Айбек'],
    F: ['Айсулу', 'Гулнара', 'Айжамал', 'Зийуар', 'Шарапат'],
    S: ['Утепов', 'Ембергенов', 'Турдымуратов', 'Айтмуратов', 'Калмуратов'],
  },
  uyR: {
    M: ['Нурмухаммед', 'Абдукерим', 'Илхам', 'Дилмурат', 'Мухтар'],
    F: ['Гулнисам', 'Рейхангуль', 'Зулфия', 'Патигуль', 'Мухаббат'],
    S: ['Турсуниязов', 'Абдурехимов', 'Розахунов', 'Мамутов', 'Хасанов'],
  },
  ruR: {
    M: ['Сергей', 'Андрей', 'Геннадий', 'Олег', 'Игорь', 'Виталий', 'Артём', 'Денис', 'Всеволод'],
    F: ['Оксана', 'Людмила', 'Наталья', 'Марина', 'Юлия', 'Татьяна', 'Алёна'],
    S: ['Кузнецов', 'Воробьёв', 'Лапшин', 'Шестаков', 'Гусев', 'Зуев', 'Белоусов', 'Сорокин', 'Прохоров'],
  },
  // Kazakh / Kyrgyz / Uzbek native Cyrillic spellings
  kk: {
    M: [
      'Ерлан',
      'Нұрлан',
      'Бауыржан',
      'Асқар',
      'Дәулет',
      'Ержан',
      'Қайрат',
      'Серік',
      'Жандос',
      'Мейрам',
      'Ақжол',
      'Бекзат',
      'Темірлан',
      'Әлихан',
      'Ықылас',
      'Жасұлан',
      'Еркебұлан',
      'Бағдат',
      'Нұржігіт',
      'Мұхтар',
    ],
    F: [
      'Айгерім',
      'Динара',
      'Гүлнұр',
      'Ақмарал',
      'Жансая',
      'Меруерт',
      'Әйгерім',
      'Салтанат',
      'Аружан',
      'Балжан',
      'Назерке',
      'Ұлжан',
      'Мөлдір',
      'Толғанай',
      'Перизат',
      'Индира',
      'Гауһар',
      'Сымбат',
      'Шынар',
      'Дариға',
      'Қарлығаш',
    ],
    S: [
      'Жақсылықов',
      'Сәрсенбаев',
      'Нұрмағамбетов',
      'Оспанов',
      'Тұрсынбаев',
      'Қалиев',
      'Бекмұхамедов',
      'Әбдірахманов',
      'Мұқанов',
      'Есенжолов',
      'Жүнісов',
      'Төлеубаев',
      'Серікбаев',
      'Құдайбергенов',
      'Ыбыраев',
      'Қожахметов',
    ],
  },
  ky: {
    M: [
      'Бакыт',
      'Азамат',
      'Нурбек',
      'Улан',
      'Эрлан',
      'Чыңгыз',
      'Бактыбек',
      'Таалай',
      'Жыргалбек',
      'Мирлан',
      'Адилет',
      'Эрмек',
      'Талант',
      'Кубанычбек',
      'Байэл',
      'Өмүрбек',
      'Нурсултан',
      'Үсөн',
    ],
    F: [
      'Айпери',
      'Жылдыз',
      'Бермет',
      'Нургүл',
      'Айжамал',
      'Гүлзат',
      'Асел',
      'Чолпон',
      'Каныкей',
      'Бурул',
      'Мээрим',
      'Айзада',
      'Уулкан',
      'Жибек',
      'Толгонай',
      'Гүлайым',
      'Үмүт',
    ],
    S: [
      'Токтогулов',
      'Абдыкадыров',
      'Мамбетов',
      'Сыдыков',
      'Жапаров',
      'Осмонкулов',
      'Бообеков',
      'Турдубаев',
      'Кадыралиев',
      'Эсенгулов',
      'Бекбоев',
      'Алымкулов',
      'Өмүралиев',
      'Сатыбалдиев',
    ],
  },
  uzC: {
    M: [
      'Жасур',
      'Сардор',
      'Бекзод',
      'Шоҳрух',
      'Отабек',
      'Дилшод',
      'Улуғбек',
      'Санжар',
      'Жавоҳир',
      'Фаррух',
      'Шерзод',
      'Ғайрат',
      'Ўткир',
      'Нодирбек',
      'Ҳуршид',
    ],
    F: [
      'Дилноза',
      'Гулнора',
      'Нигора',
      'Мадина',
      'Шаҳноза',
      'Зарина',
      'Моҳира',
      'Феруза',
      'Севара',
      'Муниса',
      'Дилдора',
      'Гулчеҳра',
      'Нилуфар',
      'Мафтуна',
      'Ойдин',
    ],
    S: [
      'Каримов',
      'Турсунов',
      'Юсупов',
      'Раҳимов',
      'Назаров',
      'Холматов',
      'Эргашев',
      'Қодиров',
      'Абдуллаев',
      'Собиров',
      'Мирзаев',
      'Олимов',
      'Тўхтаев',
      'Жўраев',
    ],
  },
  // Latin
  kkLat: {
    M: ['Erlan', 'Nurlan', 'Baýyrjan', 'Asqar', 'Dáýlet', 'Qaırat', 'Serik', 'Jandos', 'Temirlan', 'Bekzat'],
    F: ['Aıgerim', 'Dınara', 'Gúlnur', 'Aqmaral', 'Jansaıa', 'Meruert', 'Saltanat', 'Arýjan', 'Nazerke', 'Móldir'],
    S: ['Ospanov', 'Sársenbaev', 'Qaliev', 'Jaqsylyqov', 'Tursynbaev', 'Muqanov'],
  },
  kzL: {
    M: [
      'Yerlan',
      'Erlan',
      'Nurlan',
      'Baurzhan',
      'Bauyrzhan',
      'Askar',
      'Daulet',
      'Yerzhan',
      'Kairat',
      'Qairat',
      'Serik',
      'Zhandos',
      'Temirlan',
      'Alikhan',
    ],
    F: [
      'Aigerim',
      'Dinara',
      'Gulnur',
      'Akmaral',
      'Zhansaya',
      'Meruert',
      'Saltanat',
      'Aruzhan',
      'Nazerke',
      'Moldir',
      'Tolganai',
      'Gaukhar',
      'Symbat',
      'Zhanar',
    ],
    S: [
      'Zhaksylykov',
      'Sarsenbayev',
      'Nurmagambetov',
      'Ospanov',
      'Tursynbayev',
      'Kaliyev',
      'Bekmukhamedov',
      'Abdrakhmanov',
      'Mukanov',
      'Zhunusov',
      'Toleubayev',
    ],
  },
  kgL: {
    M: [
      'Bakyt',
      'Azamat',
      'Nurbek',
      'Ulan',
      'Chyngyz',
      'Chingiz',
      'Taalai',
      'Mirlan',
      'Adilet',
      'Ermek',
      'Kubanychbek',
    ],
    F: [
      'Aiperi',
      'Aypery',
      'Jyldyz',
      'Zhyldyz',
      'Bermet',
      'Nurgul',
      'Aizhamal',
      'Ayjamal',
      'Gulzat',
      'Asel',
      'Cholpon',
      'Kanykei',
      'Meerim',
    ],
    S: [
      'Toktogulov',
      'Abdykadyrov',
      'Mambetov',
      'Sydykov',
      'Osmonkulov',
      'Boobekov',
      'Turdubaev',
      'Kadyraliev',
      'Esengulov',
      'Alymkulov',
    ],
  },
  uzL: {
    M: [
      'Jasur',
      'Sardor',
      'Bekzod',
      'Shoxrux',
      'Shokhrukh',
      'Otabek',
      'Dilshod',
      'Ulug‘bek',
      'Ulugbek',
      'Sanjar',
      'Javohir',
      'Farrux',
      'Sherzod',
      'Oybek',
      'Nodirbek',
      'Xurshid',
      'Khurshid',
    ],
    F: [
      'Dilnoza',
      'Gulnora',
      'Nigora',
      'Madina',
      'Shahnoza',
      'Zarina',
      'Mohira',
      'Feruza',
      'Sevara',
      'Munisa',
      'Dildora',
      'Gulchehra',
      'Nilufar',
      'Maftuna',
      'Oydin',
      'Yulduz',
    ],
    S: [
      'Karimov',
      'Tursunov',
      'Yusupov',
      'Rahimov',
      'Rakhimov',
      'Nazarov',
      'Xolmatov',
      'Kholmatov',
      'Ergashev',
      'Qodirov',
      'Abdullayev',
      'Sobirov',
      'Mirzayev',
      'Olimov',
      'To‘xtayev',
      'Jo‘rayev',
    ],
  },
  tjL: {
    M: [
      'Farrukh',
      'Sherzod',
      'Parviz',
      'Rustam',
      'Bakhtiyor',
      'Firdavs',
      'Suhrob',
      'Sukhrob',
      'Manuchehr',
      'Ismoil',
      'Jamshed',
      'Komron',
      'Khurshed',
      'Siyovush',
      'Daler',
    ],
    F: [
      'Madina',
      'Nigina',
      'Takhmina',
      'Tahmina',
      'Mehrona',
      'Farzona',
      'Parvina',
      'Nargis',
      'Munira',
      'Dilafruz',
      'Shabnam',
      'Rukhshona',
    ],
    S: [
      'Saidov',
      'Sharipov',
      'Kholov',
      'Davlatov',
      'Mirzoev',
      'Odinaev',
      'Boboev',
      'Safarov',
      'Ashurov',
      'Kurbonov',
      'Rahmonzoda',
      'Rakhmonzoda',
      'Karimzoda',
      'Sharifzoda',
    ],
  },
  tmL: {
    M: ['Mergen', 'Dovlet', 'Annageldi', 'Batyr'],
    F: ['Jeren', 'Ogulzhan', 'Gulshat', 'Maysa'],
    S: ['Atayev', 'Nurmuradov', 'Orazdurdyyev', 'Geldiyev', 'Charyyev'],
  },
};
const KOREAN_R = {
  M: ['Вячеслав', 'Станислав', 'Виктор', 'Эдуард', 'Роман'],
  F: ['Виктория', 'Елена', 'Ирина', 'Светлана', 'Алла', 'Марина'],
  S: ['Ким', 'Пак', 'Цой', 'Тен', 'Хан', 'Ли', 'Югай', 'Огай', 'Шин', 'Тян', 'Когай', 'Пя'],
};
const TR_L = [
  'Mehmet Yılmaz',
  'Hüseyin Çelik',
  'Mustafa Öztürk',
  'Osman Doğan',
  'Kemal Aydın',
  'Serkan Koç',
  'Ramazan Güneş',
  'Erdal Kılıç',
  'Cengiz Yavuz',
  'Ayşe Kaya',
  'Emine Şahin',
  'Fatma Arslan',
  'Zeynep Kurt',
  'Hatice Polat',
  'Gülsüm Erdem',
];
const TR_C = [
  'Мехмет Йылмаз',
  'Хюсейин Челик',
  'Осман Доган',
  'Кемаль Айдын',
  'Серкан Коч',
  'Рамазан Гюнеш',
  'Эрдал Кылыч',
  'Айше Кая',
];
const AR_L = [
  'Khalid Al Mansoori',
  'Ahmed bin Rashid Al Nuaimi',
  'Saeed Al Ketbi',
  'Omar Al Hammadi',
  'Yousef Al Marzouqi',
  'Hamad Obaid Al Shamsi',
  'Fatima Al Suwaidi',
  'Mariam Al Falasi',
  'Rashid Juma Al Mheiri',
];
const AR_C = ['Халид аль-Мансури', 'Саид аль-Кетби', 'Омар аль-Хаммади', 'Юсеф аль-Марзуки', 'Хамад аш-Шамси'];
const KR_L = [
  'Kim Min-jun',
  'Park Ji-hoon',
  'Lee Seo-yeon',
  'Choi Dong-hyun',
  'Jung Hae-in',
  'Kang Seung-woo',
  'Yoon Ha-eun',
  'Han Sang-chul',
];
const KR_C = ['Ким Мин Джун', 'Пак Чжи Хун', 'Чхве Дон Хён', 'Ли Сын Хо', 'Кан Сын У'];
const CN_L = ['Wang Lei', 'Zhang Wei', 'Liu Yang', 'Chen Jing', 'Zhao Hong', 'Huang Mingzhi', 'Sun Xiaoyan'];
const CN_C = ['Ван Лэй', 'Чжан Вэй', 'Лю Ян', 'Чэнь Цзин', 'Чжао Хун'];
const UY_L = ['Abdukerim Tursuniyaz', 'Gulnisa Rozakhunova', 'Ilham Mamut', 'Reyhangul Abdurehim', 'Dilmurat Khasan'];
const KKALP_L = [
  'Aysulu Utepova',
  'Berdakh Embergenov',
  'Ájiniyaz Turdimuratov',
  'Gulnara Kalmuratova',
  'Shárápat Aytmuratova',
];

function femSur(s: string): string {
  if (/(ов|ев|ёв|ин)$/.test(s)) return s + 'а';
  if (/(ov|ev|in)$/.test(s)) return s + 'a';
  return s;
}
function person(pool: Pool, g?: G): Per {
  const gg: G = g ?? (chance(0.55) ? 'f' : 'm');
  const first = pick(gg === 'm' ? pool.M : pool.F);
  const base = pick(pool.S);
  const last = gg === 'f' ? femSur(base) : base;
  const fathers = pool.M.filter((x) => x !== first && /[бвгджзйклмнпрстфхцчшщқғңһbdfghjklmnpqrstvxz]$/i.test(x));
  return { g: gg, first, last, father: pick(fathers) };
}
const ruPools = ['kzR', 'kgR', 'uzR', 'tjR', 'tmR', 'kkalpR', 'uyR', 'ruR', 'uzR', 'kgR', 'kzR'];
const ruPerson = (g?: G): Per => person(POOLS[pick(ruPools)], g);

// ---------------------------------------------------------------- inflection
type RC = 'gen' | 'dat' | 'acc' | 'ins' | 'pre';
function ruGiven(n: string, g: G, c: RC): string {
  const last = n.slice(-1);
  if (g === 'f') {
    if (n.endsWith('ия')) return n.slice(0, -1) + { gen: 'и', dat: 'и', acc: 'ю', ins: 'ей', pre: 'и' }[c];
    if (last === 'я') return n.slice(0, -1) + { gen: 'и', dat: 'е', acc: 'ю', ins: 'ей', pre: 'е' }[c];
    if (last === 'а') {
      const s = n.slice(0, -1),
        p = s.slice(-1);
      const soft = 'гкхжшчщ'.includes(p),
        sib = 'жшчщц'.includes(p);
      return s + { gen: soft ? 'и' : 'ы', dat: 'е', acc: 'у', ins: sib ? 'ей' : 'ой', pre: 'е' }[c];
    }
    return n;
  }
  if (last === 'й' || last === 'ь') return n.slice(0, -1) + { gen: 'я', dat: 'ю', acc: 'я', ins: 'ем', pre: 'е' }[c];
  if ('аеиоуыэюя'.includes(last)) return n;
  const sib = 'жшчщц'.includes(last);
  return n + { gen: 'а', dat: 'у', acc: 'а', ins: sib ? 'ем' : 'ом', pre: 'е' }[c];
}
function ruSur(s: string, g: G, c: RC): string {
  if (g === 'f') {
    if (/(ова|ева|ёва|ина)$/.test(s))
      return s.slice(0, -1) + { gen: 'ой', dat: 'ой', acc: 'у', ins: 'ой', pre: 'ой' }[c];
    return s;
  }
  if (/(ов|ев|ёв|ин)$/.test(s)) return s + { gen: 'а', dat: 'у', acc: 'а', ins: 'ым', pre: 'е' }[c];
  return s;
}
function ruPatr(father: string, g: G): string {
  if (father.endsWith('й')) return father.slice(0, -1) + (g === 'm' ? 'евич' : 'евна');
  return father + (g === 'm' ? 'ович' : 'овна');
}
function ruPatrCase(p: string, c: RC): string {
  if (p.endsWith('ич')) return p + { gen: 'а', dat: 'у', acc: 'а', ins: 'ем', pre: 'е' }[c];
  return p.slice(0, -1) + { gen: 'ы', dat: 'е', acc: 'у', ins: 'ой', pre: 'е' }[c];
}
const ruFull = (p: Per, c?: RC): string =>
  c ? `${ruGiven(p.first, p.g, c)} ${ruSur(p.last, p.g, c)}` : `${p.first} ${p.last}`;
const ruFIO = (p: Per, c?: RC): string =>
  c
    ? `${ruSur(p.last, p.g, c)} ${ruGiven(p.first, p.g, c)} ${ruPatrCase(ruPatr(p.father, p.g), c)}`
    : `${p.last} ${p.first} ${ruPatr(p.father, p.g)}`;

type KC = 'gen' | 'dat' | 'acc' | 'abl';
function kkCase(w: string, c: KC): string {
  let back = true;
  for (let i = w.length - 1; i >= 0; i--) {
    const ch = w[i].toLowerCase();
    if ('аоұыя'.includes(ch)) {
      back = true;
      break;
    }
    if ('әөүіеиэ'.includes(ch)) {
      back = false;
      break;
    }
  }
  const last = w.slice(-1).toLowerCase();
  const vowel = 'аәоөұүыіеиэюяу'.includes(last);
  const voiceless = 'пфкқтсшщчцхһв'.includes(last);
  const nasal = 'мнң'.includes(last);
  const V = (b: string, f: string): string => (back ? b : f);
  if (c === 'gen') return w + (vowel || nasal ? V('ның', 'нің') : voiceless ? V('тың', 'тің') : V('дың', 'дің'));
  if (c === 'dat') return w + (voiceless ? V('қа', 'ке') : V('ға', 'ге'));
  if (c === 'acc') return w + (vowel ? V('ны', 'ні') : voiceless ? V('ты', 'ті') : V('ды', 'ді'));
  return w + (nasal ? V('нан', 'нен') : voiceless ? V('тан', 'тен') : V('дан', 'ден'));
}
function kyCase(w: string, c: 'gen' | 'dat' | 'acc'): string {
  let lv = 'а';
  for (let i = w.length - 1; i >= 0; i--) {
    const ch = w[i].toLowerCase();
    if ('аыоуеиөүэяё'.includes(ch)) {
      lv = ch;
      break;
    }
  }
  const wide = 'аыуя'.includes(lv) ? 'а' : lv === 'о' || lv === 'ё' ? 'о' : 'өү'.includes(lv) ? 'ө' : 'е';
  const narrow = 'аыя'.includes(lv) ? 'ы' : 'оуё'.includes(lv) ? 'у' : 'еиэ'.includes(lv) ? 'и' : 'ү';
  const last = w.slice(-1).toLowerCase();
  const vowel = 'аыоуеиөүэяё'.includes(last);
  const voiceless = 'пфктсшщчцх'.includes(last);
  if (c === 'gen') return w + (vowel ? 'н' : voiceless ? 'т' : 'д') + narrow + 'н';
  if (c === 'dat') return w + (voiceless ? 'к' : 'г') + wide;
  return w + (vowel ? 'н' : voiceless ? 'т' : 'д') + narrow;
}
function uzCase(w: string, c: 'gen' | 'dat' | 'acc' | 'abl'): string {
  const cyr = /[а-яёўқғҳ]$/i.test(w);
  const last = w.slice(-1).toLowerCase();
  if (c === 'gen') return w + (cyr ? 'нинг' : 'ning');
  if (c === 'acc') return w + (cyr ? 'ни' : 'ni');
  if (c === 'abl') return w + (cyr ? 'дан' : 'dan');
  if (cyr) return w + (last === 'к' ? 'ка' : last === 'қ' ? 'қа' : 'га');
  return w + (last === 'k' ? 'ka' : last === 'q' ? 'qa' : 'ga');
}

// ---------------------------------------------------------------- e-mails, handles
function latinize(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/ı/g, 'i')
    .replace(/[‘’'ʻ]/g, '')
    .toLowerCase();
}
function email(first?: string, last?: string): string {
  const pool = POOLS[pick(['kzL', 'kgL', 'uzL', 'tjL'])];
  const f = latinize(first ?? pick(pool.F.concat(pool.M)));
  const l = latinize(last ?? pick(pool.S));
  const dom = pick([
    'mail.ru',
    'gmail.com',
    'inbox.ru',
    'yandex.ru',
    'bk.ru',
    'list.ru',
    'yahoo.com',
    'outlook.com',
    'mail.kz',
    'umail.uz',
    'rambler.ru',
  ]);
  return pick([
    `${f}.${l}${pad(int(80, 99))}@${dom}`,
    `${f}${int(1, 999)}@${dom}`,
    `${f}_${l}@${dom}`,
    `${l}.${f[0]}@${dom}`,
    `${f}-${l}.${int(1990, 2006)}@${dom}`,
  ]);
}
function handleBase(): string {
  const pool = POOLS[pick(['kzL', 'kgL', 'uzL', 'tjL'])];
  const f = latinize(pick(pool.F.concat(pool.M))),
    l = latinize(pick(pool.S));
  return pick([
    `${f}_${l}${int(1, 99)}`,
    `${f}.${l}`,
    `${f}_${int(90, 99)}`,
    `${pick(['dubai', 'istanbul', 'seoul', 'moskva', 'antalya', 'korea'])}_${pick(['rabota', 'jobs', 'vakansii', 'ish', 'jumush'])}${pick(['', '_24', '_kz', '_uz', '_kg', '_tj', '2023'])}`,
    `${pick(['miss', 'lady', 'beauty', 'model'])}_${f}${pick(['', '_official', '07'])}`,
  ]);
}
const handleAt = (): string => '@' + handleBase();
function profileUrl(): string {
  const b = handleBase();
  return pick(
    [
      `https://www.instagram.com/${b}`,
      `https://t.me/${b}`,
      `vk.com/id${int(100000000, 799999999)}`,
      `https://ok.ru/profile/${int(500000000000, 599999999999)}`,
      `facebook.com/${b}`,
      `https://www.tiktok.com/@${b}`,
      `instagram.com/${b}/`,
    ].map((u) => u),
  ) as string;
}

// ---------------------------------------------------------------- addresses
const RU_CITIES = [
  'Москва',
  'Екатеринбург',
  'Новосибирск',
  'Казань',
  'Подольск',
  'Балашиха',
  'Химки',
  'Тюмень',
  'Сургут',
  'Санкт-Петербург',
  'Люберцы',
];
const RU_STREETS = [
  'Люблинская',
  'Малышева',
  'Верхние Поля',
  'Профсоюзная',
  'Белореченская',
  'Кирова',
  'Гагарина',
  'Ленина',
  'Новаторов',
  'Старокачаловская',
  'Шефская',
];
const RU_ADJ_STREETS: [string, string][] = [
  ['Садовая', 'Садовой'],
  ['Лесная', 'Лесной'],
  ['Заводская', 'Заводской'],
  ['Полевая', 'Полевой'],
  ['Профсоюзная', 'Профсоюзной'],
  ['Молодёжная', 'Молодёжной'],
  ['Советская', 'Советской'],
];
function ruAddr(): string {
  const n = int(1, 140),
    k = int(1, 320);
  return pick([
    () =>
      `г. ${pick(RU_CITIES)}, ул. ${pick(RU_STREETS)}, д. ${n}${chance(0.3) ? `, корп. ${int(1, 5)}` : ''}, кв. ${k}`,
    () => `г. ${pick(RU_CITIES)}, ${pick(RU_ADJ_STREETS)[0]} ул., д. ${n}, стр. ${int(1, 9)}`,
    () => `г. Алматы, мкр. ${pick(['Самал-2', 'Орбита-3', 'Аксай-4', 'Жетысу-1', 'Мамыр'])}, д. ${n}, кв. ${k}`,
    () =>
      `г. ${pick(RU_CITIES)}, пр-т ${pick(['Мира', 'Ленина', 'Победы', 'Космонавтов'])}, д. ${n}/${int(1, 9)}, кв. ${k}`,
  ])();
}
const ruAddrPo = (): string => {
  const s = pick(RU_ADJ_STREETS);
  return chance(0.5)
    ? `ул. ${s[1]}, д. ${int(1, 90)}, кв. ${int(1, 200)}`
    : `ул. ${pick(['Кирова', 'Мира', 'Гагарина', 'Ленина'])}, д. ${int(1, 90)}${chance(0.4) ? `, корп. ${int(1, 4)}` : ''}`;
};
const ruAddrNa = (): string => `${pick(RU_ADJ_STREETS)[1]} улице, дом ${int(1, 90)}, квартира ${int(1, 200)}`;
function tjAddr(): string {
  const n = int(1, 120),
    k = int(1, 90);
  return pick([
    () =>
      `г. Душанбе, ${pick(['ул. Айни', 'ул. Бохтар', 'пр. Рудаки', 'ул. Сино', 'ул. Карамова', 'ул. Н. Карабаева'])}, д. ${n}, кв. ${k}`,
    () => `г. Худжанд, ${int(1, 34)} мкр., д. ${n}, кв. ${k}`,
    () =>
      `г. ${pick(['Кулоб', 'Бохтар', 'Вахдат', 'Турсунзаде', 'Истаравшан', 'Пенджикент'])}, ул. ${pick(['Фирдавси', 'Исмоили Сомони', 'Мирзо Турсунзаде', 'Дусти', 'Борбад'])}, д. ${n}`,
    () =>
      `кишлак ${pick(['Навобод', 'Чорбог', 'Гулистон', 'Мехробод', 'Сурхоб'])}, ул. ${pick(['Фирдавси', 'Рудаки', 'Ватан', 'Истиклол'])}, ${n}`,
  ])();
}
const KK_STREETS = [
  'Жандосов',
  'Төле би',
  'Райымбек',
  'Абылай хан',
  'Сейфуллин',
  'Майлин',
  'Байтұрсынұлы',
  'Құдайбергенов',
  'Сығанақ',
];
function kkAddr(): string {
  const n = int(1, 180),
    k = int(1, 240);
  return pick([
    () => {
      const [c, d] = pick([
        ['Алматы', 'Әуезов'],
        ['Алматы', 'Алмалы'],
        ['Алматы', 'Түркісіб'],
        ['Шымкент', 'Абай'],
        ['Шымкент', 'Әл-Фараби'],
        ['Астана', 'Есіл'],
        ['Астана', 'Сарыарқа'],
      ]);
      return `${c} қаласы, ${d} ауданы, ${pick(KK_STREETS)} көшесі, ${n}-үй, ${k}-пәтер`;
    },
    () =>
      `${pick(['Алматы', 'Шымкент', 'Ақтөбе', 'Тараз'])} қ., ${pick(['Самал-2', 'Нұркент', 'Қазығұрт', 'Жетісу-3', 'Асар'])} шағын ауданы, ${n}-үй, ${k}-пәтер`,
    () =>
      `${pick(['Ақсу', 'Қосшы', 'Түлкібас', 'Шамалған', 'Бесағаш'])} ауылы, ${pick(['Бейбітшілік', 'Абай', 'Тәуелсіздік', 'Достық'])} көшесі, ${n}-үй`,
    () =>
      `${pick(['Қарағанды', 'Орал', 'Өскемен', 'Қызылорда'])} қаласы, ${pick(['Бұқар жырау', 'Нұрсұлтан Назарбаев', 'Абай', 'Қазыбек би'])} даңғылы, ${n}-үй, ${k}-пәтер`,
  ])();
}
function kyAddr(): string {
  const n = int(1, 220),
    k = int(1, 120);
  return pick([
    () =>
      `${pick(['Бишкек', 'Ош', 'Жалал-Абад', 'Каракол', 'Токмок', 'Нарын'])} шаары, ${pick(['Ахунбаев', 'Токтогул', 'Манас', 'Курманжан Датка', 'Жибек Жолу', 'Айтматов', 'Масалиев'])} көчөсү, ${n}-үй, ${k}-батир`,
    () =>
      `Бишкек шаары, ${pick(['Жал', 'Асанбай', 'Восток-5', 'Аламедин-1', 'Туңгуч'])} кичи району, ${n}-үй, ${k}-батир`,
    () =>
      `${pick(['Кара-Кулжа', 'Ноокат', 'Араван', 'Сузак', 'Ак-Суу'])} айылы, ${pick(['Ленин', 'Эркиндик', 'Мира', 'Боронбаев'])} көчөсү, ${n}-үй`,
    () => `Ош шаары, ${pick(['Курманжан Датка', 'Ленин', 'Масалиев'])} көчөсү, ${n}-үй`,
  ])();
}
const kyAddrMoscow = (): string =>
  `Москва шаары, ${pick(['Люблинская', 'Верхние Поля', 'Новаторов', 'Профсоюзная', 'Старокачаловская'])} көчөсү, ${int(1, 120)}-үй`;
const UZ_STREETS = ['Mustaqillik', 'Amir Temur', 'Bunyodkor', 'Navoiy', 'Bobur', 'Qatortol', 'Zarqaynar'];
function uzAddr(): string {
  const n = int(1, 120),
    k = int(1, 90);
  return pick([
    () =>
      `Toshkent shahri, ${pick(['Chilonzor', 'Yunusobod', 'Sergeli', 'Olmazor', 'Mirzo Ulug‘bek', 'Yashnobod'])} tumani, ${pick(UZ_STREETS)} ko‘chasi, ${n}-uy, ${k}-xonadon`,
    () => `Toshkent shahri, Chilonzor tumani, ${int(1, 28)}-kvartal, ${n}-uy, ${k}-xonadon`,
    () =>
      `${pick(['Urgut', 'Marhamat', 'Shahrixon', 'Qo‘qon', 'G‘ijduvon', 'Kattaqo‘rg‘on'])} tumani, ${pick(['Navbahor', 'Bog‘ishamol', 'Guliston', 'Yangiobod', 'Do‘stlik'])} mahallasi, ${pick(UZ_STREETS)} ko‘chasi, ${n}-uy`,
    () =>
      `${pick(['Samarqand', 'Andijon', 'Namangan', 'Qarshi', 'Nukus', 'Buxoro'])} shahri, ${pick(UZ_STREETS)} ko‘chasi, ${n}-uy`,
  ])();
}
function uzAddrC(): string {
  const n = int(1, 120),
    k = int(1, 90);
  return pick([
    () =>
      `Тошкент шаҳри, ${pick(['Юнусобод', 'Чилонзор', 'Сергели', 'Олмазор'])} тумани, ${int(1, 19)}-мавзе, ${n}-уй, ${k}-хонадон`,
    () =>
      `${pick(['Самарқанд', 'Фарғона', 'Андижон', 'Наманган'])} шаҳри, ${pick(['Мустақиллик', 'Амир Темур', 'Навоий', 'Бобур'])} кўчаси, ${n}-уй`,
    () =>
      `${pick(['Ургут', 'Пахтаобод', 'Қўқон', 'Шаҳрихон'])} тумани, ${pick(['Навбаҳор', 'Гулистон', 'Янгиобод'])} маҳалласи, ${n}-уй`,
  ])();
}
function trAddr(): string {
  const mah = pick([
    'Laleli',
    'Kemalpaşa',
    'Aksaray',
    'Kumkapı',
    'Merkezefendi',
    'Osmanbey',
    'Yenibosna Merkez',
    'Mimar Hayrettin',
  ]);
  const cad = pick(['Ordu', 'Gençtürk', 'Vatan', 'Fevzi Paşa', 'Atatürk', 'Millet']);
  const sok = pick(['Şair Haşmet', 'Mimar Kemal', 'Tiyatro', 'Küçük Langa', 'Gedikpaşa', 'Çukurçeşme']);
  const ilce = pick([
    'Fatih/İstanbul',
    'Bahçelievler/İstanbul',
    'Zeytinburnu/İstanbul',
    'Muratpaşa/Antalya',
    'Konak/İzmir',
    'Fatih',
    'Esenyurt',
  ]);
  const n = int(1, 160),
    d = int(1, 24);
  return pick([
    `${mah} Mah. ${cad} Cad. No: ${n} D: ${d}, ${ilce}`,
    `${mah} Mah. ${sok} Sok. No:${n} D:${d} ${ilce}`,
    `${mah} Mahallesi, ${sok} Sokak, No: ${n}, Daire ${d}, ${ilce}`,
    `${mah} Mah., ${cad} Cad., ${sok} Sok. No: ${n}/${d}`,
  ]);
}
const AE_DIST = [
  'Al Qusais 2',
  'Al Nahda 1',
  'Al Barsha 1',
  'Al Karama',
  'Al Rigga',
  'Al Muraqqabat',
  'Al Warqa 3',
  'Al Majaz 2',
  'Al Rashidiya',
  'Al Nuaimiya 1',
];
function aeAddr(): string {
  return pick([
    () => `Flat ${int(101, 2405)}, Building ${int(1, 60)}, Street ${int(1, 40)}, ${pick(AE_DIST)}`,
    () => `Villa ${int(1, 90)}, Street ${int(1, 30)}, ${pick(AE_DIST)}`,
    () =>
      `Apartment ${int(101, 1908)}, ${pick(['Al Waleed', 'Al Noor', 'Rose', 'Al Attar', 'Sahara'])} Tower, ${pick(AE_DIST)}`,
    () =>
      `Room ${int(1, 40)}, ${pick(['Al Khail', 'Al Masaood', 'Bin Sougat', 'Al Shaiba'])} Building, ${pick(AE_DIST)}`,
  ])();
}
function krAddr(): string {
  return pick([
    () => `Ansan-si Danwon-gu Wongok-ro ${int(1, 40)}-gil ${int(1, 120)}`,
    () => `Hwaseong-si Hyangnam-eup Jeyakgongdan ${int(1, 4)}-gil ${int(1, 90)}`,
    () => `Gimhae-si Jillye-myeon Sanbok-ro ${int(10, 400)}`,
    () => `Incheon Namdong-gu Namdong-daero ${int(100, 900)}, room ${int(101, 509)}`,
    () => `Seoul Guro-gu Digital-ro ${int(10, 34)}-gil ${int(1, 60)}`,
    () => `Siheung-si Gunja-ro ${int(100, 600)}beon-gil ${int(1, 40)}`,
  ])();
}
function enAddr(): string {
  const n = int(1, 240),
    k = int(1, 160);
  const st = pick([
    'Abay Avenue',
    'Tole Bi Street',
    'Chui Avenue',
    'Rudaki Avenue',
    'Amir Temur Street',
    'Manas Avenue',
    'Dostyk Avenue',
  ]);
  return pick([`${n} ${st}, apt. ${k}`, `${n} ${st}, flat ${k}`, `${st} ${n}, apartment ${k}`]);
}

// ---------------------------------------------------------------- dates
const RU_MON = [
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
const RU_MON_PREP = [
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
const yr = (): number => int(2017, 2025);

// ---------------------------------------------------------------- templates
type T = () => Part[];
const upper = (s: string): string => s.toUpperCase();
const ini = (s: string): string => s[0] + '.';

// ======================= RU =======================
const ruPos: T[] = [
  () => {
    const p = ruPerson();
    const d = dob();
    const f = int(0, 2);
    const dt = f === 0 ? dNum(d) : f === 1 ? `${d.d} ${RU_MON[d.m - 1]} ${d.y}` : `${d.y}`;
    return [
      p.g === 'm' ? 'Подсудимый ' : 'Подсудимая ',
      P(ruFIO(p)),
      ', ',
      B(dt),
      f === 2 ? ' г.р., ' : ' года рождения, ',
      p.g === 'm' ? 'уроженец ' : 'уроженка ',
      pick([
        'г. Оша',
        'Ферганской области',
        'г. Худжанда',
        'Жамбылской области',
        'г. Турсунзаде',
        'Хорезмской области',
        'Иссык-Кульской области',
      ]),
      p.g === 'm' ? ', зарегистрированный по адресу: ' : ', зарегистрированная по адресу: ',
      A(ruAddr()),
      ', обвиняется в совершении преступления, предусмотренного п. «а» ч. 2 ст. 127.1 УК РФ.',
    ];
  },
  () => {
    const v = ruPerson('f');
    const m = ruPerson('m');
    const pass = pick([
      () => `паспорт ${passUZ()}`,
      () => `паспорт № ${passKG()}`,
      () => `паспорт ${passKZ()}`,
      () => `национальный паспорт ${passTJ()}`,
    ])();
    const [cue, num] = [pass.replace(/\S+$/, ''), pass.match(/\S+$/)![0]];
    return [
      'Со слов ',
      P(maybeShy(ruGiven(v.first, 'f', 'gen'))),
      ', в ',
      pick(['Москву', 'Екатеринбург', 'Казань', 'Новосибирск', 'Сургут']),
      ' её привёз знакомый по имени ',
      P(m.first),
      ', который забрал у неё ',
      cue,
      PS(num),
      ' и не вернул.',
    ];
  },
  () => {
    const p = ruPerson();
    const bad = chance(0.3);
    return [
      P(ruFull(p)),
      p.g === 'm' ? ' ежемесячно переводил' : ' ежемесячно переводила',
      ' деньги на карту ',
      CD(card(bad)),
      ', привязанную к номеру ',
      PH(pick([phoneRU, phoneKZ, phoneUZ])()),
      '; всего, по данным банка, было переведено ',
      money(120000, 900000, 5000),
      ' рублей.',
    ];
  },
  () => {
    const a = ruPerson('f'),
      b = ruPerson('f');
    const h = chance(0.5) ? profileUrl() : handleAt();
    return [
      'Объявление о работе ',
      pick(['официанткой в Дубае', 'няней в Стамбуле', 'на фабрике в Сеуле', 'администратором в Анталье']),
      ' было размещено в аккаунте ',
      HD(h),
      '; переписку с ',
      P(ruGiven(a.first, 'f', 'ins')),
      ' вела женщина, представлявшаяся ',
      P(ruGiven(b.first, 'f', 'ins')),
      '.',
    ];
  },
  () => {
    const w = chance(0.5)
      ? { last: pick(KOREAN_R.S), first: pick(KOREAN_R.F), father: pick(['Виктор', 'Эдуард', 'Роман', 'Станислав']) }
      : (() => {
          const x = ruPerson('f');
          return { last: x.last, first: x.first, father: x.father };
        })();
    const m = chance(0.5)
      ? { last: pick(KOREAN_R.S), first: pick(KOREAN_R.M), father: pick(['Виктор', 'Эдуард', 'Роман', 'Станислав']) }
      : (() => {
          const x = ruPerson('m');
          return { last: x.last, first: x.first, father: x.father };
        })();
    const f1 = int(0, 2);
    const wi =
      f1 === 0
        ? `${w.last} ${ini(w.first)}${ini(w.father)}`
        : f1 === 1
          ? `${ini(w.first)}${ini(w.father)} ${w.last}`
          : `${w.last} ${ini(w.first)} ${ini(w.father)}`;
    const mi = chance(0.5) ? `${m.last} ${ini(m.first)}${ini(m.father)}` : `${ini(m.first)} ${m.last}`;
    return [
      'Допрошенная в качестве свидетеля ',
      P(wi),
      ' показала, что видела, как ',
      P(mi),
      ' забирал паспорта у работниц швейного цеха в ',
      pick(['Люберцах', 'Подольске', 'Химках', 'Балашихе']),
      '.',
    ];
  },
  () => {
    const p = ruPerson('m');
    const parts: Part[] = [
      pick(['Индивидуальный предприниматель ', 'Работодатель ', 'Владелец цеха ']),
      P(ruFIO(p)),
      ', ИНН ',
      NID(ruInn()),
    ];
    if (chance(0.6)) parts.push(', СНИЛС ', NID(snils()));
    parts.push(
      ', паспорт гражданина РФ ',
      PS(passRUint()),
      ', нанимал граждан ',
      pick(['Узбекистана', 'Таджикистана', 'Кыргызстана']),
      ' без оформления трудовых договоров.',
    );
    return parts;
  },
  () => {
    const parts: Part[] = [
      'Рабочих ежедневно возили на микроавтобусе «',
      pick(['Газель', 'Ford Transit', 'Hyundai H-1', 'Mercedes Sprinter']),
      '» с государственным номером ',
      PL(plateRU()),
      ' из общежития по адресу: ',
      A(ruAddr()),
      ' на склад в ',
      pick(['Подольске', 'Домодедове', 'Электростали', 'Видном']),
    ];
    if (chance(0.6)) {
      const d = ruPerson('m');
      parts.push(', за рулём был ', P(ruFull(d)));
    }
    parts.push('.');
    return parts;
  },
  () => {
    const p = ruPerson('f');
    const d = dob();
    const m = ruPerson('m');
    return [
      P(ruFull(p)),
      ', родившаяся ',
      B(`${d.d} ${RU_MON[d.m - 1]} ${d.y}`),
      ' года в ',
      pick(['Андижане', 'Оше', 'Кулябе', 'Таразе', 'Нукусе', 'Дашогузе']),
      ', отправила копию паспорта на адрес ',
      EM(email()),
      ' по просьбе «рекрутера» ',
      P(ruGiven(m.first, 'm', 'gen')),
      '.',
    ];
  },
  () => {
    const p = person(POOLS.kzR);
    return [
      'Денежные средства в размере ',
      money(300000, 5000000, 10000),
      ' тенге поступили на счёт ',
      IB(iban('KZ')),
      ', открытый на имя ',
      P(ruFull(p, 'gen')),
      '.',
    ];
  },
  () => {
    const p = ruPerson();
    const na = chance(0.5);
    return [
      'ПРИГОВОР ИМЕНЕМ РОССИЙСКОЙ ФЕДЕРАЦИИ. ',
      P(upper(ruFIO(p))),
      p.g === 'm' ? ' проживал' : ' проживала',
      na ? ' в квартире на ' : ' в квартире по ',
      A(na ? ruAddrNa() : ruAddrPo()),
      ', где удерживал',
      p.g === 'm' ? '' : 'а',
      ' ',
      pick(['четырёх', 'пятерых', 'троих', 'шестерых']),
      ' граждан ',
      pick(['Кыргызстана', 'Узбекистана', 'Таджикистана']),
      '.',
    ];
  },
  () => {
    const k = `${pick(KOREAN_R.F)} ${pick(KOREAN_R.S)}`;
    return [
      P(k),
      ' связывалась с посредником ',
      pick(['по номеру ', 'с номера ']),
      PH(phoneTR()),
      '; девушек поселили в Стамбуле по адресу: ',
      A(trAddr()),
      ', где их встречал ',
      P(pick(TR_C)),
      '.',
    ];
  },
  () => {
    const v = ruPerson('f');
    return [
      'В Дубае ',
      P(ruGiven(v.first, 'f', 'acc')),
      ' удерживали в квартире по адресу ',
      A(aeAddr()),
      '; хозяином квартиры был ',
      P(pick(AR_C)),
      ', который ',
      pick(['отобрал у неё телефон', 'требовал вернуть долг в 5 000 долларов', 'запрещал выходить на улицу']),
      '.',
    ];
  },
  () => {
    const a = person(POOLS[pick(['tmR', 'uyR', 'kkalpR'])], 'f'),
      b = person(POOLS[pick(['tmR', 'uyR', 'kkalpR'])], 'f'),
      c = person(POOLS[pick(['tmR', 'uyR'])], 'm');
    return [
      'Свидетели ',
      P(ruFull(a)),
      ' и ',
      P(ruFull(b)),
      ' пояснили, что в Стамбул их отправил ',
      P(ruFull(c)),
      ', получивший за каждую по ',
      money(800, 3000, 100),
      ' долларов.',
    ];
  },
  () => {
    const v = ruPerson('f');
    const m = ruPerson('m');
    return [
      P(maybeShy(v.first)),
      ' рассказала, что ',
      P(m.first),
      ' обещал ей работу продавцом, но по приезде в ',
      pick(['Тюмень', 'Казань', 'Самару', 'Омск']),
      ' потребовал отработать долг за дорогу.',
    ];
  },
];
const ruNeg: T[] = [
  () => [
    pick([
      'Люблинский районный суд г. Москвы',
      'Ногинский городской суд Московской области',
      'Кировский районный суд г. Екатеринбурга',
      'Советский районный суд г. Казани',
    ]),
    ' рассмотрел уголовное дело № ',
    caseNo12(),
    ' в отношении гражданки Республики ',
    pick(['Узбекистан', 'Таджикистан', 'Кыргызстан', 'Казахстан']),
    ' и назначил наказание в виде ',
    String(int(3, 12)),
    ' лет лишения свободы.',
  ],
  () => [
    'По данным МВД России, в ',
    String(yr()),
    ' году выявлено ',
    String(int(40, 900)),
    ' преступлений, связанных с торговлей людьми; большинство потерпевших — граждане ',
    pick(['Узбекистана и Таджикистана', 'Кыргызстана', 'Казахстана и Кыргызстана']),
    '.',
  ],
  () => [
    'Сотрудники АНО «',
    pick(['Альтернатива-Восток', 'Светлый путь', 'Ангел Надежды', 'Дорога домой']),
    '» разместили ',
    String(int(2, 19)),
    ' женщин в кризисном центре «',
    pick(['Покров', 'Надежда', 'Тёплый дом', 'Маяк']),
    '» в ',
    pick(['Подмосковье', 'Твери', 'Липецке', 'Рязани']),
    '.',
  ],
  () => [
    'Работодатель — ООО «',
    pick(['СтройИнвест-М', 'Агрокомплекс Восход', 'ТекстильПром', 'Логистик Групп', 'Север-Снаб']),
    '» — не выплачивал зарплату в размере ',
    money(30000, 90000, 1000),
    ' рублей с ',
    pick(RU_MON),
    ' ',
    String(yr()),
    ' года, а паспорта работников хранились в сейфе у бригадира.',
  ],
  () => [
    'Встреча с вербовщиком состоялась у станции метро «',
    pick(['Выхино', 'Котельники', 'Южная', 'Щёлковская', 'Текстильщики']),
    '», после чего девушек отвезли на ',
    pick(['Toyota Camry', 'Hyundai Solaris', 'Kia Rio', 'Lada Vesta']),
    ' в гостиницу «',
    pick(['Азимут', 'Восток', 'Турист', 'Измайлово']),
    '».',
  ],
  () => {
    const d = int(1, 28),
      m = int(0, 11);
    return [
      'Статья 127.2 УК РФ предусматривает ответственность за использование рабского труда; прокуратура ',
      pick(['Зеленоградского', 'Тверского', 'Люблинского', 'Кировского']),
      ' района направила дело в суд ',
      `${d} ${RU_MON[m]} ${yr()}`,
      ' года.',
    ];
  },
  () => [
    'Мигранты из ',
    pick(['Ферганской долины', 'Сурхандарьинской области', 'Баткенской области', 'Согдийской области']),
    ' работали грузчиками на рынке «',
    pick(['Садовод', 'Фуд Сити', 'Апраксин двор']),
    '» и жили в вагончиках на улице ',
    pick(['Верхние Поля', 'Поляны', 'Шоссейной', 'Складочной']),
    ' без регистрации.',
  ],
  () => [
    'Следователь СК и инспектор по делам несовершеннолетних передали материалы в Генеральную прокуратуру; программа «Безопасная миграция» выделила на помощь пострадавшим ',
    money(5000, 90000, 500),
    ' долларов США в ',
    String(yr()),
    ' году.',
  ],
];

// ======================= tg-ru =======================
const tjPool = (): Pool => POOLS.tjR;
function tjPerson(g?: G): Per {
  const p = person(tjPool(), g);
  if (chance(0.3))
    p.last = pick([
      'Каримзода',
      'Рахмонзода',
      'Шарифзода',
      'Саидзода',
      'Давлатзода',
      'Назарзода',
      'Абдуллозода',
      'Раджабзода',
    ]);
  return p;
}
const tgPos: T[] = [
  () => {
    const p = tjPerson('f');
    const d = dob(1980, 2005);
    const f = chance(0.5);
    return [
      'Уроженка ',
      pick(['Хатлонской области', 'Согдийской области', 'района Рудаки', 'ГБАО']),
      ' ',
      P(ruFull(p)),
      ', ',
      B(f ? dNum(d) : String(d.y)),
      ' г.р., ИНН ',
      NID(tjInn()),
      ', была завербована в ',
      pick(['Кулобе', 'Бохтаре', 'Вахдате', 'Истаравшане']),
      ' и отправлена в ',
      pick(['Дубай', 'Стамбул', 'Москву', 'Анталью']),
      '.',
    ];
  },
  () => {
    const v = tjPerson('m'),
      b = tjPerson('m');
    return [
      'Со слов ',
      P(ruGiven(v.first, 'm', 'gen')),
      ', по прибытии в ',
      pick(['Новосибирск', 'Екатеринбург', 'Сургут', 'Москву']),
      ' бригадир ',
      P(ruFull(b)),
      ' забрал у него паспорт ',
      PS(passTJ()),
      ' и миграционную карту.',
    ];
  },
  () => {
    const p = tjPerson('f');
    const bad = chance(0.3);
    return [
      P(ruFull(p)),
      ' сообщила, что вербовщик звонил ей с номера ',
      PH(pick([phoneTJ, phoneRU, phoneAE])()),
      ', а деньги за «билет» просил перевести на ',
      bad ? 'карту № ' : 'карту ',
      CD(card(bad)),
      '.',
    ];
  },
  () => {
    const p = tjPerson();
    return [
      P(ruFIO(p)),
      p.g === 'm' ? ' проживает' : ' проживает',
      ' по адресу: ',
      A(tjAddr()),
      '; по месту жительства ',
      p.g === 'm' ? 'был опрошен' : 'была опрошена',
      ' сотрудниками ОВД района ',
      pick(['Сино', 'Фирдавси', 'Шохмансур', 'Исмоили Сомони']),
      '.',
    ];
  },
  () => {
    const a = tjPerson('m'),
      b = tjPerson('m');
    return [
      'Около ',
      String(int(8, 40)),
      ' граждан Таджикистана, в том числе ',
      P(a.first),
      ' и ',
      P(b.first),
      ', жили в подвале дома по ',
      A(ruAddrPo()),
      ' в ',
      pick(['Балашихе', 'Химках', 'Мытищах', 'Королёве']),
      ' и работали на стройке без оплаты.',
    ];
  },
  () => {
    const p = tjPerson('m');
    return [
      'Автомобиль ',
      pick(['Opel Zafira', 'Toyota Ipsum', 'Honda Odyssey', 'Mercedes Vito']),
      ' с госномером ',
      PL(plateTJ()),
      ' принадлежит ',
      P(ruFull(p, 'dat')),
      '; на нём потерпевших доставили к границе с ',
      pick(['Узбекистаном', 'Кыргызстаном']),
      '.',
    ];
  },
  () => {
    const v = tjPerson('f');
    return [
      'Вакансию «работа в Москве без посредников» ',
      P(maybeShy(v.first)),
      ' нашла в Одноклассниках на странице ',
      HD(profileUrl()),
      '; переписку вёл пользователь ',
      HD(handleAt()),
      '.',
    ];
  },
  () => {
    const p = tjPerson('m');
    const q = tjPerson('m');
    return [
      'РЕШЕНИЕ. Суд города ',
      pick(['Худжанда', 'Кулоба', 'Бохтара', 'Душанбе']),
      ' признал ',
      P(`${upper(p.last)} ${ini(p.first)}${ini(p.father)}`),
      ' виновным по ч. 2 ст. 130.1 УК РТ; соучастник ',
      P(`${ini(q.first)} ${ini(q.father)} ${q.last}`),
      ' объявлен в розыск.',
    ];
  },
  () => {
    const p = tjPerson('f');
    const d = dob();
    return [
      P(ruFull(p)),
      ', родившаяся ',
      B(chance(0.5) ? `${d.d} ${RU_MON[d.m - 1]} ${d.y}` : dNum(d)),
      ' года, зарегистрировалась на сайте «Работа за рубежом» под адресом ',
      EM(email()),
      ' и через неделю получила приглашение в ',
      pick(['Дубай', 'Эр-Рияд', 'Стамбул']),
      '.',
    ];
  },
  () => {
    const p = tjPerson('m');
    return [
      P(ruFull(p)),
      ', получивший гражданство РФ, оформил на себя загранпаспорт ',
      PS(passRUforeign()),
      ' и сопровождал группу девушек в ',
      pick(['Дубай', 'Шарджу', 'Анталью']),
      '.',
    ];
  },
  () => {
    const p = tjPerson('m');
    return [
      'В Южной Корее ',
      P(ruFull(p)),
      ' работал на птицефабрике по адресу ',
      A(krAddr()),
      '; работодатель ',
      P(pick(KR_C)),
      ' удерживал его зарплату за ',
      String(int(3, 11)),
      ' месяцев.',
    ];
  },
  () => {
    const izafet = `${pick(['Нодири', 'Рустами', 'Саиди', 'Зафари'])} ${pick(['Шараф', 'Саид', 'Амон', 'Ҷамшед'.replace('Ҷ', 'Дж')])}`;
    const m = tjPerson('f');
    return [
      'Мать потерпевшей, ',
      P(maybeShy(ruFull(m))),
      ', обратилась в ОО «',
      pick(['Гендер и развитие', 'Нури хаёт', 'Фонд Мехр']),
      '», где её консультировал юрист ',
      P(izafet),
      '.',
    ];
  },
  () => {
    const v = tjPerson('f');
    return [
      P(v.first),
      ' вернулась в ',
      pick(['Душанбе', 'Худжанд', 'Кулоб']),
      ' только через год; её сестра ',
      P(pick(POOLS.tjR.F.filter((x) => x !== v.first))),
      ' ',
      pick(['обратилась на горячую линию', 'написала в посольство', 'подала заявление в милицию']),
      '.',
    ];
  },
];
const tgNeg: T[] = [
  () => [
    'Межведомственная комиссия по противодействию торговле людьми при Правительстве Республики Таджикистан утвердила национальный план на ',
    `${yr()}–${yr() + 3}`,
    ' годы.',
  ],
  () => [
    'В ',
    String(yr()),
    ' году по статье 130.1 УК Республики Таджикистан возбуждено ',
    String(int(10, 90)),
    ' уголовных дел, из них ',
    String(int(2, 9)),
    ' — по фактам вербовки в ОАЭ.',
  ],
  () => [
    'Миграционная служба Министерства труда, миграции и занятости населения выдала ',
    money(1000, 90000, 1),
    ' направлений на работу в Россию в ',
    String(yr()),
    ' году.',
  ],
  () => [
    'Потерпевшие вылетели из аэропорта ',
    pick(['Душанбе', 'Худжанда', 'Кулоба']),
    ' рейсом в ',
    pick(['Дубай', 'Стамбул', 'Москву']),
    ` ${int(1, 28)} ${pick(RU_MON)} ${yr()}`,
    ' года, стоимость билета составила ',
    money(2000, 9000, 50),
    ' сомони.',
  ],
  () => [
    'Общественная организация «',
    pick(['Гендер и развитие', 'Нури хаёт', 'Фонд Мехр', 'Ватандор']),
    '» провела тренинг для ',
    String(int(20, 150)),
    ' мигрантов в ',
    pick(['Вахдате', 'Пенджикенте', 'Истаравшане', 'Турсунзаде']),
    '.',
  ],
  () => [
    'Уголовное дело № ',
    caseNo12(),
    ' передано в суд ',
    pick(['Кулобского', 'Бохтарского', 'Вахдатского', 'Гиссарского']),
    ' района.',
  ],
  () => [
    'Работодатель из ',
    pick(['Екатеринбурга', 'Новосибирска', 'Тюмени']),
    ' обещал ',
    money(50000, 120000, 5000),
    ' рублей в месяц, но рабочие жили в вагончиках на улице ',
    pick(['Шефской', 'Монтажников', 'Промышленной']),
    ' и получали только еду.',
  ],
  () => [
    'На рынке «',
    pick(['Корвон', 'Шохмансур', 'Меҳргон'.replace('ҳ', 'х')]),
    '» в Душанбе вербовщики раздавали листовки о работе поварами в ',
    pick(['Турции', 'ОАЭ', 'Саудовской Аравии']),
    '; кандидатам обещали ',
    money(600, 2000, 100),
    ' долларов.',
  ],
];

// ======================= kk =======================
const kkP = (g?: G): Per => person(POOLS.kk, g);
const kkPatr = (father: string, g: G): string => father + (g === 'm' ? 'ұлы' : 'қызы');
const kkPos: T[] = [
  () => {
    const v = kkP('f'),
      m = kkP('m');
    return [
      'Жәбірленуші ',
      P(maybeShy(kkCase(v.first, 'acc'))),
      ' ',
      pick(['Астана қаласына', 'Атырау қаласына', 'Ресейге', 'Түркияға', 'Біріккен Араб Әмірліктеріне']),
      ' жұмысқа орналастырамын деп алдаған ',
      P(`${m.first} ${m.last}`),
      ' оның жеке куәлігін алып қойған.',
    ];
  },
  () => {
    const p = kkP('f');
    const d = dob(1978, 2006);
    const f = int(0, 2);
    const bad = chance(0.3);
    const dt = f === 0 ? dNum(d) : f === 1 ? String(d.y) : `${d.d} ${KK_MON[d.m - 1]} ${d.y}`;
    return [
      P(`${p.first} ${p.last}`),
      ' ',
      B(dt),
      f === 0 ? ' ж. туған, ' : ' жылы туған, ',
      pick(['ЖСН ', 'ИИН ', 'жеке сәйкестендіру нөмірі ']),
      NID(iin(d, 'f', bad)),
      ', ',
      A(kkAddr()),
      ' мекенжайында тіркелген.',
    ];
  },
  () => {
    const v = kkP('f');
    if (chance(0.5))
      return [
        'Жұмыс туралы хабарландыруда ',
        PH(phoneKZ()),
        ' нөмірі көрсетілген; қоңырауға ',
        P(v.first),
        ' есімді әйел жауап беріп, ',
        pick(['Дубайдағы қонақүйде', 'Стамбулдағы кафеде', 'Мәскеудегі дүкенде']),
        ' жұмыс ұсынған.',
      ];
    const m = kkP('m');
    return [
      P(kkCase(v.first, 'dat')),
      ' ',
      P(m.first),
      ' ',
      PH(pick([phoneKZ, phoneTR, phoneAE])()),
      ' нөмірінен хабарласып, ',
      pick(['Анталияға', 'Дубайға', 'Сеулге']),
      ' ұшу билетін сатып алатынын айтқан.',
    ];
  },
  () => {
    const p = kkP('m');
    if (chance(0.35))
      return [
        'Сотқа ұсынылған банк үзіндісінде ',
        P(kkCase(`${p.first} ${p.last}`, 'gen')),
        ' карта нөмірі ',
        CD(card(true)),
        ' деп көрсетілген.',
      ];
    return [
      P(`${p.first} ${p.last}`),
      ' қарызын өтеу үшін делдалдың ',
      CD(card(false)),
      ' картасына ай сайын ',
      money(30000, 250000, 5000),
      ' теңге аударып отырған.',
    ];
  },
  () => {
    const v = kkP('f'),
      m = kkP('m');
    return [
      P(v.first),
      ' Түркияға ұшар алдында төлқұжатын (№ ',
      PS(passKZ()),
      ') делдал ',
      P(`${m.first} ${kkCase(m.last, 'dat')}`),
      ' берген.',
    ];
  },
  () => {
    const v = kkP('f');
    return [
      'Сот ',
      P(`${v.first} ${kkCase(v.last, 'dat')}`),
      ' келтірілген моральдық зиян үшін ',
      money(500000, 3000000, 50000),
      ' теңге өндіріп, соманы ',
      IB(iban('KZ')),
      ' шотына аударуды шешті.',
    ];
  },
  () => {
    const d = kkP('m');
    return [
      'Жәбірленушілерді ',
      PL(plateKZ()),
      ' мемлекеттік нөмірлі «',
      pick(['Mercedes Sprinter', 'Hyundai Starex', 'Toyota HiAce', 'Газель']),
      '» көлігімен ',
      pick(['Ресей шекарасына', 'Қырғызстан шекарасына', 'Ақтау портына']),
      ' дейін жеткізген, көлікті ',
      P(d.first),
      ' есімді жүргізуші басқарған.',
    ];
  },
  () => {
    const v = kkP('f');
    return [
      P(v.first),
      ' жұмыс туралы хабарландыруды Instagram желісіндегі ',
      HD(handleBase()),
      ' парақшасынан көрген, кейін Telegram-дағы ',
      HD(handleAt()),
      ' аккаунтымен хат алмасқан.',
    ];
  },
  () => {
    const p = kkP();
    const pat = kkPatr(p.father, p.g);
    return [
      'Куәгер ',
      P(chance(0.5) ? `${p.first} ${pat}` : `${pat} ${p.first}`),
      ' құжаттарының көшірмесін ',
      EM(email()),
      ' поштасына жіберген.',
    ];
  },
  () => {
    const p = kkP('m');
    return [
      'Сотталушы ',
      P(upper(`${p.last} ${p.first} ${kkPatr(p.father, 'm')}`)),
      ' ',
      A(kkAddr()),
      ' мекенжайында тұрып, ',
      String(int(3, 14)),
      ' адамды ақысыз жұмысқа мәжбүрлеген.',
    ];
  },
  () => {
    const pl = POOLS.kkLat;
    const f = pick(pl.F),
      fa = pick(pl.M),
      m = pick(pl.M);
    const y = int(1985, 2005);
    return [
      'Jábirlenýshi ',
      P(`${f} ${fa}qyzy`),
      ' ',
      B(String(y)),
      ' jyly týǵan, ',
      pick(['Taraz', 'Shymkent', 'Qyzylorda', 'Almaty']),
      ' qalasynda turady; ony ',
      P(m),
      ' degen adam ',
      PH(phoneKZ()),
      ' nómirinen habarlasyp, Dýbaıǵa jumysqa shaqyrǵan.',
    ];
  },
  () => {
    const v = kkP('f');
    return [
      P(kkCase(v.first, 'abl')),
      ' алынған түсініктемеге сәйкес, ол Стамбулда ',
      A(trAddr()),
      ' мекенжайындағы пәтерде ұсталған, жұмыс беруші — ',
      P(pick(TR_L)),
      '.',
    ];
  },
  () => {
    const m = kkP('m');
    return [
      P(`${m.first} ${m.last}`),
      ' Оңтүстік Кореяда ',
      A(krAddr()),
      ' мекенжайындағы балық өңдеу зауытында жалақысыз жұмыс істеген, жұмыс беруші ',
      P(pick(KR_L)),
      ' оның төлқұжатын қайтармаған.',
    ];
  },
  () => {
    const w = kkP('f'),
      m = kkP('m');
    return [
      'Куәгер ',
      P(`${w.last} ${ini(w.first)}${ini(w.father)}`),
      ' ',
      P(kkCase(m.first, 'gen')),
      ' Астанадағы кафеде ',
      String(int(2, 11)),
      ' ай бойы ақысыз жұмыс істегенін растады.',
    ];
  },
];
const kkNeg: T[] = [
  () => [
    'Қазақстан Республикасы Ішкі істер министрлігі ',
    String(yr()),
    ' жылы адам саудасының ',
    String(int(20, 300)),
    ' фактісін анықтады.',
  ],
  () => [
    pick(['Түркістан облысынан', 'Жамбыл облысынан', 'Қызылорда облысынан', 'Маңғыстау облысынан', 'Абай облысынан']),
    ' келген ',
    String(int(5, 60)),
    ' жұмысшы Астана қаласындағы құрылыс алаңында ',
    String(int(2, 9)),
    ' ай бойы жалақысыз жұмыс істеген.',
  ],
  () => [
    '«',
    pick(['Үміт жолы', 'Жарқын болашақ', 'Қамқор', 'Сенім']),
    '» қоғамдық қорының дағдарыс орталығы ',
    String(int(3, 80)),
    ' жәбірленушіге уақытша баспана берді.',
  ],
  () => [
    'Қылмыстық кодекстің ',
    pick(['128', '135', '116', '308']),
    '-бабы бойынша сотталушыға ',
    String(int(3, 15)),
    ' жыл бас бостандығынан айыру жазасы тағайындалды.',
  ],
  () => [
    'Сотқа дейінгі тергеп-тексерулердің бірыңғай тізілімінде № ',
    caseNo12(),
    ' нөмірмен тіркелген іс ',
    pick(['Алматы қаласының мамандандырылған ауданаралық сотына', 'Шымкент қалалық сотына', 'Тараз қалалық сотына']),
    ' жіберілді.',
  ],
  () => [
    '«',
    pick(['Ақ Жол Логистик', 'Сарыарқа Құрылыс', 'Болашақ Агро', 'Нұр Текстиль']),
    '» ЖШС жұмысшыларға ',
    money(150000, 450000, 10000),
    ' теңге жалақы уәде еткенімен, ',
    String(yr()),
    ' жылдың ',
    pick(['көктемінен', 'күзінен', 'жазынан', 'қысынан']),
    ' бастап ешқандай ақша төлемеген.',
  ],
  () => [
    'Кездесу ',
    pick(['Абай', 'Достық', 'Сейфуллин', 'Әл-Фараби']),
    ' даңғылындағы «',
    pick(['Достық', 'Қазақстан', 'Жетісу', 'Отырар']),
    '» қонақүйінде өтті, одан кейін әйелдерді «',
    pick(['Toyota Alphard', 'Lexus LX', 'Hyundai Tucson']),
    '» көлігімен әуежайға апарған.',
  ],
  () => [
    'Прокурор мен тергеуші Ресейден оралған ',
    String(int(3, 40)),
    ' азаматтан жауап алды; олар Мәскеудегі «',
    pick(['Садовод', 'Фуд Сити', 'Люблино']),
    '» базарында жүк тасушы болып жұмыс істеген.',
  ],
];

// ======================= ky =======================
const kyP = (g?: G): Per => person(POOLS.ky, g);
const kyPatr = (father: string, g: G): string => `${father} ${g === 'm' ? 'уулу' : 'кызы'}`;
const kyPos: T[] = [
  () => {
    const v = kyP('f'),
      m = kyP('m');
    return [
      P(kyCase(v.first, 'acc')),
      ' ',
      pick(['Москвага', 'Казанга', 'Стамбулга', 'Дубайга']),
      ' жумушка алып барам деп ишендирген ',
      P(`${m.first} ${m.last}`),
      ' анын паспортун тартып алган.',
    ];
  },
  () => {
    const p = kyP('f');
    const d = dob(1978, 2006);
    const f = chance(0.5);
    const head: Part[] = f
      ? ['Жабырлануучу ', P(`${p.first} ${p.last}`), ', ', B(String(d.y)), '-жылы туулган, ']
      : ['Жабырлануучу ', P(`${p.last} ${p.first}`), ' (туулган күнү: ', B(dNum(d)), '), '];
    return [...head, 'ПИН ', NID(kgPin(d, 'f')), ', ', A(kyAddr()), ' дарегинде катталган.'];
  },
  () => {
    const v = kyP('f');
    return [
      'Жумушка орноштуруу боюнча жарнамада ',
      PH(phoneKG()),
      ' номери көрсөтүлгөн, ага ',
      P(v.first),
      ' аттуу аял жооп берип, ',
      pick(['Стамбулдагы', 'Дубайдагы', 'Москвадагы']),
      ' кафеде иш сунуштаган.',
    ];
  },
  () => {
    const p = kyP('m');
    const bad = chance(0.3);
    return [
      P(`${p.first} ${kyPatr(p.father, 'm')}`),
      ' карызын төлөө үчүн ар ай сайын ортомчунун ',
      bad ? 'карта номерине ' : '',
      CD(card(bad)),
      bad ? '' : ' картасына',
      ' ',
      money(5000, 40000, 1000),
      ' сом которуп турган.',
    ];
  },
  () => {
    const v = kyP('f');
    return [
      P(kyCase(v.first, 'gen')),
      ' паспорту (',
      PS(passKG()),
      ') Түркияга келгенде эле жумуш берүүчү ',
      P(pick(TR_L)),
      ' тарабынан алынып калган.',
    ];
  },
  () => {
    const m = kyP('m');
    return [
      'Жабырлануучуларды ',
      PL(plateKG()),
      ' мамлекеттик номериндеги микроавтобус менен Казакстандын чек арасына чейин жеткиришкен; айдоочу ',
      P(m.first),
      ' болгон.',
    ];
  },
  () => {
    const v = kyP('f');
    return [
      P(maybeShy(v.first)),
      ' жумуш тууралуу кулактандырууну ',
      HD(`https://t.me/${handleBase()}`),
      ' каналынан көрүп, ',
      HD(handleAt()),
      ' аккаунту менен кат жазышкан.',
    ];
  },
  () => {
    const p = kyP();
    return ['Күбө ', P(`${p.first} ${p.last}`), ' документтеринин көчүрмөсүн ', EM(email()), ' дарегине жөнөткөн.'];
  },
  () => {
    const p = person(POOLS.kgR, 'm');
    return [
      'Соттолуучу ',
      P(upper(ruFIO(p))),
      ' ',
      A(kyAddr()),
      ' дарегинде жашап, ',
      String(int(3, 12)),
      ' адамды акысыз иштөөгө мажбурлаган.',
    ];
  },
  () => {
    const v = kyP('f');
    return [
      'Түркиядагы ',
      P(kyCase(v.first, 'gen')),
      ' эмгек акысы ',
      IB(iban(pick(['TR', 'TR', 'AE']))),
      ' эсебине которулушу керек болчу, бирок ал эч кандай акча алган эмес.',
    ];
  },
  () => {
    const a = kyP('f'),
      b = kyP('f');
    return [
      P(a.first),
      ' менен ',
      P(`${b.first} ${kyPatr(b.father, 'f')}`),
      ' ',
      A(kyAddrMoscow()),
      ' дарегиндеги тигүү цехинде ',
      String(int(2, 14)),
      ' ай бою акысыз иштешкен.',
    ];
  },
  () => {
    const w = kyP('f');
    return [
      'Күбө ',
      P(`${w.last} ${ini(w.first)}${ini(w.father)}`),
      ' кытайлык ортомчу ',
      P(pick(CN_C)),
      ' ',
      String(int(3, 20)),
      ' кызды Гуанчжоуга жөнөткөнүн тастыктады.',
    ];
  },
  () => {
    const v = kyP('f'),
      m = kyP('m');
    return [
      P(kyCase(v.first, 'dat')),
      ' ',
      P(kyCase(m.first, 'gen')),
      ' агасы ',
      pick(['Дубайда', 'Бишкекте', 'Алматыда']),
      ' жумуш таап берем деп ',
      money(500, 3000, 100),
      ' доллар талап кылган.',
    ];
  },
];
const kyNeg: T[] = [
  () => [
    'Кыргыз Республикасынын Ички иштер министрлиги ',
    String(yr()),
    '-жылы адам сатуунун ',
    String(int(10, 200)),
    ' фактысын каттады.',
  ],
  () => [
    pick(['Жалал-Абад облусунан', 'Баткен облусунан', 'Нарын облусунан', 'Талас облусунан', 'Ош облусунан']),
    ' келген ',
    String(int(4, 40)),
    ' жаш жигит Бишкектеги «',
    pick(['Дордой', 'Ош базары', 'Мадина']),
    '» базарында жүк ташуучу болуп иштешкен.',
  ],
  () => [
    '«',
    pick(['Тилек', 'Ак-Жол', 'Үмүт булагы', 'Сезим']),
    '» коомдук фонду ',
    String(int(3, 60)),
    ' жабырлануучуга убактылуу баш калкалоочу жай берди.',
  ],
  () => [
    'Кылмыш-жаза кодексинин ',
    pick(['171', '172', '173']),
    '-беренеси боюнча соттолуучуга ',
    String(int(3, 15)),
    ' жылга эркинен ажыратуу жазасы дайындалды.',
  ],
  () => [
    pick(['Баткен облусунун', 'Чүй облусунун', 'Ош облусунун']),
    ' прокуратурасы № ',
    caseNo12(),
    ' иши боюнча материалдарды Бишкек шаардык сотуна жиберди.',
  ],
  () => [
    'Жумуш берүүчү айына ',
    money(300, 1500, 50),
    ' доллар убада кылган, бирок ',
    String(yr()),
    '-жылдын ',
    pick(['жазынан', 'күзүнөн', 'кышынан']),
    ' бери бир да тыйын төлөгөн эмес.',
  ],
  () => [
    'Жолугушуу ',
    pick(['Чүй', 'Манас', 'Киев', 'Токтогул']),
    ' көчөсүндөгү «',
    pick(['Ак-Кеме', 'Достук', 'Иссык-Куль', 'Жыпар']),
    '» мейманканасында болуп, андан кийин кыздарды «',
    pick(['Toyota Alphard', 'Honda Fit', 'Lexus RX']),
    '» унаасы менен аэропортко алып кетишкен.',
  ],
  () => [
    'Миграция кызматынын инспектору жана тергөөчү Россиядан кайткан ',
    String(int(3, 50)),
    ' жарандан ',
    String(yr()),
    '-жылы сурак алышты.',
  ],
];

// ======================= uz =======================
const uzL = (g?: G): Per => person(POOLS.uzL, g);
const uzC = (g?: G): Per => person(POOLS.uzC, g);
const uzPos: T[] = [
  () => {
    const v = uzL('f'),
      m = uzL('m');
    return [
      'Jabrlanuvchi ',
      P(uzCase(v.first, 'acc')),
      ' ',
      pick(['Dubaydagi restoranda ofitsiant', 'Istanbuldagi mehmonxonada farrosh', 'Moskvadagi do‘konda sotuvchi']),
      ' bo‘lib ishlashga ko‘ndirgan ',
      P(`${m.first} ${m.last}`),
      ' uning pasportini (',
      PS(passUZ()),
      ') olib qo‘ygan.',
    ];
  },
  () => {
    const p = uzL('f');
    const d = dob(1978, 2006);
    const f = int(0, 2);
    const dt = f === 0 ? dNum(d) : f === 1 ? `${d.y}-yil ${d.d}-${UZ_MON[d.m - 1]}` : String(d.y);
    const head: Part[] =
      f === 2
        ? [P(`${p.first} ${p.last}`), ', ', B(dt), ' yilda tug‘ilgan, ']
        : [P(`${p.first} ${p.last}`), ', tug‘ilgan sanasi ', B(dt), ', '];
    return [
      ...head,
      pick(['JShShIR ', 'PINFL ']),
      NID(pinfl(d, 'f')),
      ', ',
      A(uzAddr()),
      ' manzilida ro‘yxatda turadi.',
    ];
  },
  () => {
    const v = uzL('f');
    if (chance(0.5))
      return [
        'Ish haqidagi e’londa ',
        PH(phoneUZ()),
        ' raqami ko‘rsatilgan, qo‘ng‘iroqqa ',
        P(v.first),
        ' ismli ayol javob berib, Istanbuldagi kafeda ish taklif qilgan.',
      ];
    const m = uzL('m');
    return [
      P(uzCase(v.first, 'dat')),
      ' ',
      P(m.first),
      ' ',
      PH(pick([phoneUZ, phoneRU, phoneKR])()),
      ' raqamidan qo‘ng‘iroq qilib, Koreyaga viza tayyor ekanini aytgan.',
    ];
  },
  () => {
    const p = uzL('m');
    const bad = chance(0.3);
    return [
      P(`${p.first} ${p.father} o‘g‘li`),
      ' qarzni uzish uchun har oy vositachining ',
      bad ? 'karta raqami ' : '',
      CD(card(bad, ['9860', '8600', '4', '5614'])),
      bad ? ' bo‘lgan kartasiga ' : ' raqamli kartasiga ',
      money(500000, 3000000, 50000),
      ' so‘m o‘tkazib turgan.',
    ];
  },
  () => {
    const v = uzL('f');
    return [
      'Yozishmada jabrlanuvchi o‘zini «',
      P(`${v.first.toLowerCase()} ${v.last.toLowerCase()}`),
      '» deb tanishtirgan, vositachi esa telegramdagi ',
      HD(handleAt()),
      ' akkauntidan yozgan.',
    ];
  },
  () => {
    const m = uzL('m');
    return [
      'Jabrlanuvchilar ',
      PL(plateUZ()),
      ' davlat raqamli «',
      pick(['Damas', 'Cobalt', 'Nexia', 'Lacetti']),
      '» avtomobilida chegaraga olib borilgan; haydovchi ',
      P(m.first),
      ' bo‘lgan.',
    ];
  },
  () => {
    const p = uzL();
    return [
      'Guvoh ',
      P(`${p.first} ${p.last}`),
      ' hujjatlar nusxasini ',
      EM(email(p.first, p.last)),
      ' manziliga yuborgan.',
    ];
  },
  () => {
    const m = uzC('m'),
      v = uzC('f');
    const y = int(1975, 2000);
    return [
      P(`${m.first} ${m.last}`),
      ' ',
      B(String(y)),
      ' йилда туғилган, ',
      A(uzAddrC()),
      ' манзилида яшайди; у ',
      P(uzCase(v.first, 'acc')),
      ' Россияга ишга олиб бораман деб алдаган.',
    ];
  },
  () => {
    return [
      'Nukuslik ',
      P(pick(KKALP_L)),
      ' Istanbulda ',
      A(trAddr()),
      ' manzilidagi kvartirada ',
      String(int(2, 9)),
      ' oy ushlab turilgan.',
    ];
  },
  () => {
    const v = uzL('f');
    return [
      'Ish beruvchi ',
      P(pick(AR_L)),
      ' maoshni ',
      IB(iban('AE')),
      ' hisob raqamiga o‘tkazishini aytgan, biroq ',
      P(v.first),
      ' hech qanday pul olmagan.',
    ];
  },
  () => {
    const m = uzL('m');
    return [
      'Janubiy Koreyada ',
      P(m.first),
      ' ',
      A(krAddr()),
      ' manzilidagi zavodda ishlagan, ish beruvchi ',
      P(pick(KR_L)),
      ' uning pasportini qaytarmagan.',
    ];
  },
  () => {
    const v = uzC('f'),
      m = uzC('m');
    return [
      P(`${v.first} ${m.father} қизи`),
      ' ',
      PH(phoneUZ()),
      ' рақами орқали воситачи ',
      P(`${m.first} ${m.last}`),
      ' билан боғланган.',
    ];
  },
  () => {
    return [
      'Xitoydagi tikuv fabrikasi egasi ',
      P(pick(CN_L)),
      ' va tarjimon ',
      P(pick(UY_L)),
      ' ',
      String(int(4, 30)),
      ' nafar ayolni yotoqxonadan chiqarmagan.',
    ];
  },
];
const uzNeg: T[] = [
  () => [
    'O‘zbekiston Respublikasi Ichki ishlar vazirligi ',
    String(yr()),
    '-yilda odam savdosining ',
    String(int(30, 500)),
    ' holatini aniqladi.',
  ],
  () => [
    pick([
      'Farg‘ona viloyatidan',
      'Surxondaryo viloyatidan',
      'Qashqadaryo viloyatidan',
      'Xorazm viloyatidan',
      'Jizzax viloyatidan',
    ]),
    ' kelgan ',
    String(int(5, 70)),
    ' nafar ishchi Qozog‘istonning Turkiston viloyatidagi paxta dalalarida haq to‘lanmasdan ishlagan.',
  ],
  () => [
    'Jinoyat kodeksining ',
    pick(['135', '137', '138']),
    '-moddasi bo‘yicha sudlanuvchiga ',
    String(int(3, 12)),
    ' yil ozodlikdan mahrum qilish jazosi tayinlandi.',
  ],
  () => [
    '«',
    pick(['Yorug‘ yo‘l', 'Umid nuri', 'Mehr', 'Ishonch']),
    '» reabilitatsiya markazi ',
    String(int(3, 90)),
    ' nafar jabrlanuvchiga vaqtinchalik boshpana berdi.',
  ],
  () => [
    'Jinoyat ishi № ',
    caseNo12(),
    ' ',
    pick(['Samarqand viloyati', 'Andijon viloyati', 'Toshkent shahar']),
    ' prokuraturasi tomonidan sudga yuborildi.',
  ],
  () => [
    'Ташқи меҳнат миграцияси агентлиги ',
    String(yr()),
    ' йилда ',
    money(200, 9000, 1),
    ' нафар фуқарони Жанубий Кореяга ишга юборди.',
  ],
  () => [
    'Тошкентдаги «',
    pick(['Чорсу', 'Абу Саҳий', 'Ипподром']),
    '» бозорида воситачилар Туркияда ишлаш ҳақида эълонлар тарқатган; йўл чиптаси ',
    money(2000000, 9000000, 100000),
    ' сўм турарди.',
  ],
  () => [
    'Uchrashuv ',
    pick(['Amir Temur', 'Navoiy', 'Bobur', 'Shota Rustaveli']),
    ' ko‘chasidagi «',
    pick(['Uzbekistan', 'Grand Mir', 'Lotte City', 'Ramada']),
    '» mehmonxonasida bo‘lib o‘tgan, so‘ng ayollarni «',
    pick(['Chevrolet Cobalt', 'Chevrolet Gentra', 'Daewoo Nexia']),
    '» avtomobilida aeroportga olib ketishgan.',
  ],
];

// ======================= en =======================
const enPool = (): Pool => POOLS[pick(['kzL', 'kgL', 'uzL', 'tjL', 'tmL'])];
const enP = (g?: G): Per => person(enPool(), g);
const enPos: T[] = [
  () => {
    const a = enP('f'),
      b = enP('f');
    return [
      'The victim, ',
      P(maybeShy(a.first)),
      ', was recruited in ',
      pick(['Almaty', 'Osh', 'Khujand', 'Namangan', 'Shymkent']),
      ' by a woman known as ',
      P(b.first),
      ', who promised her a job as a ',
      pick(['nanny', 'waitress', 'hotel cleaner', 'shop assistant']),
      ' in ',
      pick(['Dubai', 'Istanbul', 'Antalya', 'Seoul']),
      '.',
    ];
  },
  () => {
    const p = enP('f');
    const d = dob();
    const f = int(0, 3);
    const dt =
      f === 0
        ? `${d.d} ${EN_MON[d.m - 1]} ${d.y}`
        : f === 1
          ? `${EN_MON[d.m - 1]} ${d.d}, ${d.y}`
          : f === 2
            ? `${d.y}-${pad(d.m)}-${pad(d.d)}`
            : `${pad(d.d)}/${pad(d.m)}/${d.y}`;
    const t = pick(['Ms ', 'Mrs ', '']);
    return [
      P(`${t}${p.first} ${p.last}`),
      ' (born ',
      B(dt),
      ') was held at ',
      A(aeAddr()),
      ' together with ',
      pick(['two', 'three', 'five', 'seven']),
      ' other women.',
    ];
  },
  () => {
    return [
      P(pick(TR_L)),
      ', who ran the textile workshop at ',
      A(trAddr()),
      ', could be reached on ',
      PH(phoneTR()),
      '.',
    ];
  },
  () => {
    const a = enP('m'),
      b = enP('m');
    return [
      'In South Korea, ',
      P(a.first),
      ' and ',
      P(`${b.first} ${b.last}`),
      ' worked at a ',
      pick(['fish farm', 'greenhouse', 'car-parts plant', 'pig farm']),
      ' at ',
      A(krAddr()),
      ' without pay for ',
      String(int(3, 14)),
      ' months.',
    ];
  },
  () => {
    const who = pick([...TR_L, ...AR_L]);
    const bad = chance(0.3);
    return [
      'Transfers to card ',
      bad ? 'number ' : '',
      CD(card(bad)),
      ' and to the account ',
      IB(iban(pick(['TR', 'AE', 'KZ']))),
      ' were traced to ',
      P(who),
      '.',
    ];
  },
  () => {
    const f = enP('f');
    return [
      'The recruiter used the profile ',
      HD(profileUrl()),
      ' and the Telegram handle ',
      HD(handleAt()),
      '; victims said her name was ',
      P(f.first),
      '.',
    ];
  },
  () => {
    const m = enP('m');
    return [
      'The passport of ',
      P(`Mr ${m.first} ${m.last}`),
      ' (No. ',
      PS(pick([passKG, passUZ, passKZ, passTJ, passRUforeign])()),
      ') was kept by the employer, ',
      P(pick(AR_L)),
      '.',
    ];
  },
  () => {
    const useKz = chance(0.5);
    const p = person(useKz ? POOLS.kzL : POOLS.uzL, chance(0.5) ? 'f' : 'm');
    const d = dob();
    const id = useKz ? iin(d, p.g, chance(0.3)) : pinfl(d, p.g);
    return [
      'Victim: ',
      P(`${upper(p.last)}, ${p.first}`),
      ' — DOB ',
      B(`${d.y}-${pad(d.m)}-${pad(d.d)}`),
      ', ',
      useKz ? 'IIN ' : 'PINFL ',
      NID(id),
      '.',
    ];
  },
  () => {
    const who = chance(0.5)
      ? pick(TR_L)
      : (() => {
          const p = enP('m');
          return `${p.first} ${p.last}`;
        })();
    return ['The minibus, registration ', PL(pick([plateTR, plateKZ, plateRU])()), ', was driven by ', P(who), '.'];
  },
  () => {
    const f = enP('f');
    return [
      'The NGO received an e-mail from ',
      EM(email(f.first, f.last)),
      ', signed by ',
      P(`${f.first} ${f.last}`),
      ', asking for help to leave ',
      pick(['Sharjah', 'Ajman', 'Mersin', 'Busan']),
      '.',
    ];
  },
  () => {
    return [
      P(pick(CN_L)),
      ', a labour broker in ',
      pick(['Urumqi', 'Khorgos', 'Kashgar']),
      ', sent ',
      P(pick(UY_L)),
      ' and ',
      String(int(3, 20)),
      ' others to a garment factory where their documents were confiscated.',
    ];
  },
  () => {
    const p = enP('f');
    const y = int(1980, 2005);
    return [
      'Survivor ',
      P(`${p.first} ${p.last}`),
      ' (b. ',
      B(String(y)),
      ') now lives at ',
      A(enAddr()),
      ' in ',
      pick(['Almaty', 'Bishkek', 'Dushanbe', 'Tashkent']),
      '; her messages were signed "',
      P(`${latinize(p.first)} ${latinize(p.last)}`),
      '".',
    ];
  },
  () => {
    const p = person(POOLS.tjL, 'm');
    return [
      P(`${p.first} ${p.last}`),
      ' (Tajik INN ',
      NID(tjInn()),
      ') was registered as the owner of the minibus ',
      PL(plateTJ()),
      ' used to move the group to ',
      pick(['Termez', 'Osh', 'Samarkand']),
      '.',
    ];
  },
  () => {
    const p = person(POOLS.kgL, 'f');
    return [
      P(`${ini(p.first)} ${p.last}`),
      ' told investigators that the debt grew from ',
      money(800, 3000, 100, ','),
      ' to ',
      money(4000, 9000, 100, ','),
      ' dollars in ',
      String(int(2, 8)),
      ' months.',
    ];
  },
];
const enNeg: T[] = [
  () => [
    'In ',
    String(yr()),
    ' the Ministry of Internal Affairs of Kazakhstan identified ',
    String(int(30, 400)),
    ' trafficking cases, most involving women from the ',
    pick(['Turkestan', 'Zhambyl', 'Kyzylorda', 'Almaty']),
    ' region.',
  ],
  () => [
    'The shelter «',
    pick(['Safe House', 'Sezim', 'Umid', 'New Road']),
    '» in ',
    pick(['Bishkek', 'Osh', 'Tashkent', 'Dushanbe']),
    ' provided accommodation to ',
    String(int(4, 60)),
    ' survivors between ',
    pick(EN_MON),
    ' and ',
    pick(EN_MON),
    ' ',
    String(yr()),
    '.',
  ],
  () => [
    'Under Article ',
    pick(['128', '171', '135', '127.1']),
    ' of the Criminal Code, recruitment for the purpose of exploitation is punishable by up to ',
    String(int(8, 15)),
    ' years of imprisonment.',
  ],
  () => [
    'Workers were paid ',
    String(int(150, 400)),
    ' dollars a month at a construction site near ',
    pick(['Abay Avenue', 'Chui Avenue', 'Rudaki Avenue', 'Tverskaya Street']),
    ' and slept in a storage container.',
  ],
  () => [
    'Case No. ',
    caseNo12(),
    ' was transferred to the ',
    pick([
      'Medeu District Court of Almaty',
      'Pervomaisky District Court of Bishkek',
      'Yunusabad District Criminal Court',
      'Sino District Court of Dushanbe',
    ]),
    ' in ',
    pick(EN_MON),
    ' ',
    String(yr()),
    '.',
  ],
  () => [
    'The women were moved from the ',
    pick(['Marriott', 'Hilton', 'Ibis', 'Rotana']),
    ' hotel in Deira to a flat near the ',
    pick(['Dragon Mart', 'Gold Souk', 'Karama market']),
    ' on ',
    `${int(1, 28)} ${pick(EN_MON)} ${yr()}`,
    '.',
  ],
  () => [
    'A prosecutor and two investigators from the anti-trafficking unit interviewed ',
    pick(['Kyrgyz', 'Uzbek', 'Tajik', 'Turkmen']),
    ' and ',
    pick(['Kazakh', 'Karakalpak', 'Uyghur']),
    ' nationals at the ',
    pick(['IOM', 'OSCE']),
    ' office in ',
    pick(['Astana', 'Tashkent', 'Bishkek']),
    '.',
  ],
  () => [
    'The recruitment agency, ',
    pick(['Silk Road Staffing LLC', 'Golden Visa Travel', 'Asia Labour Bridge', 'Orient Career Group']),
    ', charged each applicant ',
    money(500, 2500, 50, ','),
    ' dollars and was licensed under the ',
    pick(['2019 Law on Private Employment Agencies', 'Employment Permit System', 'Labour Migration Programme']),
    '.',
  ],
];

// ---------------------------------------------------------------- driver
interface Span {
  start: number;
  end: number;
  type: string;
  text: string;
}
interface Rec {
  id: string;
  language: string;
  script: string;
  text: string;
  spans: Span[];
}
const LANGS: { lang: string; code: string; pos: T[]; neg: T[] }[] = [
  { lang: 'ru', code: 'ru', pos: ruPos, neg: ruNeg },
  { lang: 'kk', code: 'kk', pos: kkPos, neg: kkNeg },
  { lang: 'ky', code: 'ky', pos: kyPos, neg: kyNeg },
  { lang: 'uz', code: 'uz', pos: uzPos, neg: uzNeg },
  { lang: 'tg-ru', code: 'tgru', pos: tgPos, neg: tgNeg },
  { lang: 'en', code: 'en', pos: enPos, neg: enNeg },
];
const PER_LANG = 70;
const NEG_PER_LANG = 17;

function build(parts: Part[]): { text: string; spans: Span[] } {
  let text = '';
  const spans: Span[] = [];
  for (const p of parts) {
    if (typeof p === 'string') text += p;
    else {
      const start = text.length;
      text += p.text;
      spans.push({ start, end: text.length, type: p.type, text: p.text });
    }
  }
  return { text, spans };
}
function scriptOf(t: string): string {
  const cyr = (t.match(/[\u0400-\u04FF]/g) || []).length;
  const lat = (t.match(/[A-Za-z\u00C0-\u024F]/g) || []).length;
  if (cyr === 0) return 'latin';
  if (lat === 0) return 'cyrillic';
  const r = Math.min(cyr, lat) / Math.max(cyr, lat);
  if (r >= 0.2) return 'mixed';
  return cyr > lat ? 'cyrillic' : 'latin';
}
const TYPES = new Set([
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
]);
function verify(r: { text: string; spans: Span[] }): void {
  let prevEnd = -1;
  for (const s of r.spans) {
    if (!TYPES.has(s.type)) throw new Error('bad type ' + s.type);
    if (r.text.slice(s.start, s.end) !== s.text) throw new Error('slice mismatch: ' + s.text);
    if (s.start < prevEnd) throw new Error('overlap: ' + s.text);
    if (s.end <= s.start) throw new Error('empty span');
    if (/^\s|\s$/.test(s.text)) throw new Error('whitespace at span edge: ' + JSON.stringify(s.text));
    prevEnd = s.end;
  }
}

function main(): void {
  const outDir = process.argv[2] ?? process.cwd();
  const seen = new Set<string>();
  const out: Rec[] = [];
  for (const L of LANGS) {
    let pi = 0,
      ni = 0,
      negs = 0,
      n = 0;
    for (let i = 0; i < PER_LANG; i++) {
      const isNeg = i % 4 === 1 && negs < NEG_PER_LANG;
      let rec: { text: string; spans: Span[] } | null = null;
      for (let attempt = 0; attempt < 60 && !rec; attempt++) {
        const tpl = isNeg ? L.neg[ni % L.neg.length] : L.pos[pi % L.pos.length];
        const r = build(tpl());
        if (!seen.has(r.text)) rec = r;
        else if (attempt % 10 === 9) {
          if (isNeg) ni++;
          else pi++;
        }
      }
      if (!rec) throw new Error('could not produce unique text for ' + L.lang);
      if (isNeg) {
        ni++;
        negs++;
      } else pi++;
      if (isNeg && rec.spans.length) throw new Error('negative with spans');
      if (!isNeg && !rec.spans.length) throw new Error('positive without spans');
      verify(rec);
      seen.add(rec.text);
      n++;
      out.push({
        id: `heldout5-${L.code}-${pad(n, 3)}`,
        language: L.lang,
        script: scriptOf(rec.text),
        text: rec.text,
        spans: rec.spans,
      });
    }
  }
  const file = path.join(outDir, 'anonymizer-heldout-5.jsonl');
  fs.writeFileSync(file, out.map((r) => JSON.stringify(r)).join('\n') + '\n', 'utf8');

  // summary (counts only)
  const byLang: Record<string, number> = {};
  const negByLang: Record<string, number> = {};
  const byType: Record<string, number> = {};
  const byScript: Record<string, number> = {};
  for (const r of out) {
    byLang[r.language] = (byLang[r.language] ?? 0) + 1;
    byScript[r.script] = (byScript[r.script] ?? 0) + 1;
    if (!r.spans.length) negByLang[r.language] = (negByLang[r.language] ?? 0) + 1;
    for (const s of r.spans) byType[s.type] = (byType[s.type] ?? 0) + 1;
  }
  console.log(`wrote ${out.length} snippets to ${file}`);
  console.log('per language:', JSON.stringify(byLang));
  console.log(
    'negatives per language:',
    JSON.stringify(negByLang),
    'total',
    Object.values(negByLang).reduce((a, b) => a + b, 0),
  );
  console.log('per type:', JSON.stringify(byType));
  console.log('per script:', JSON.stringify(byScript));
}
main();
