/* eslint-disable */
// @ts-nocheck: a held-out generator, written without reading the code; it is run, not imported.
/**
 * Held-out evaluation set "h20" for the personal-data anonymizer.
 *
 * The set: ≥700 snippets from the paperwork of Central Asian cross-border trafficking cases
 * (victim interviews, witness statements, police and prosecutor reports, verdicts, NGO intake
 * forms, shelter logs, messenger exports, border and migration records, bank transfers and
 * statements, recruiter adverts, pipe/tab tables, lists, passport pages with an MRZ, hotline
 * logs, public reports) in ru, kk (Cyrillic and Latin), ky, uz (Latin and Cyrillic), tg, tr
 * and en. About a sixth are negatives (no spans): report prose, statutes, case numbers, BINs,
 * company INNs, sums, percentages, hearing dates, hotline numbers, flights, places and
 * organisations that look like names (universities and streets named after people, etc.).
 * The generator and its templates were written without looking at the anonymizer.
 *
 * Gold-span conventions
 *  - PERSON: the name only, no titles or role words (потерпевшая, victim, Hanım, Bey, апай,
 *    эже, opa, aka, Ms). Inflected forms cover the whole token (Айгерімге, Бакытка, Dilfuzaga,
 *    Ахметовой, Фарзонаро); a Turkish or English suffix after an apostrophe is left out
 *    (Ayşe'ye -> Ayşe, Dilnoza's -> Dilnoza). Nicknames are PERSON. Initials + surname are one
 *    span (Ким Е.В., A. Karimov, Нурлан Б.). Patronymics (-овна, кызы, уулу, қызы, o'g'li, qizi)
 *    belong to the name. Soft hyphens (U+00AD) inside a name stay inside its span. In an MRZ
 *    the surname and the given names are separate PERSON spans and the document number is
 *    PASSPORT (check digits, dates and fillers of the MRZ are not labelled).
 *  - ADDRESS: street level (street + house, optional flat/building/block), never the city,
 *    district, mahalla or region; a Russian preposition before an inflected street word is
 *    left out ("на улице Абая, 10" -> "улице Абая, 10").
 *  - BIRTH_DATE: the date or year of birth only; the cue words and "г.", "года", "жылы",
 *    "-yilda", "ж.т." around it are outside. Dates of events, hearings, transfers, issue and
 *    expiry are never labelled.
 *  - PHONE, EMAIL, NATIONAL_ID (IIN, PIN, PINFL/JShShIR, Tajik INN, SNILS, personal INN, TC
 *    Kimlik No, Emirates ID), PASSPORT (passports and identity cards), CARD (full or partly
 *    masked), IBAN (IBANs and 20-digit Russian personal accounts after a cue), PLATE, HANDLE
 *    (@names, and names given after their service: "instagram aigerim.k", "WeChat li_na88").
 *    Identifiers after an explicit cue are labelled even when a check digit would be wrong.
 *  - Never labelled: company BIN/INN/OGRN, case and registry numbers, hotline and police
 *    numbers (111, 1188, 102, 157, 189, 8 800 ...), flights, statutes, sums, bare years in
 *    prose, courts and organisations (also those named after people).
 *
 * Spans are recorded while the text is composed: each template returns a list of plain
 * strings and typed span parts, which compose() concatenates while noting UTF-16 offsets.
 * Every snippet is verified at the end (span text equals what was inserted, sorted, no
 * overlaps, no blank edges, negatives have no spans, no duplicate texts).
 *
 * Output: one JSON object per line
 *   {"id":"h20-0001","language":"ru","script":"cyrl","text":"...","spans":[{"start":0,"end":5,"type":"PERSON"}]}
 *
 * Run:  cd /work/main && npx tsx scripts/generate-anonymizer-heldout-20.ts [output.jsonl]
 * Default output: test/fixtures/anonymizer-heldout-20.jsonl. Deterministic (fixed seed).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

// ───────────────────────────────────────────── deterministic PRNG (mulberry32, fixed seed)
const SEED = 0x48323020;
let _st = SEED >>> 0;
function rnd() {
  _st = (_st + 0x6d2b79f5) >>> 0;
  let t = _st;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const ri = (a, b) => a + Math.floor(rnd() * (b - a + 1));
const pick = (a) => a[Math.floor(rnd() * a.length)];
const ch = (p) => rnd() < p;
const dg = (n) => {
  let s = '';
  for (let i = 0; i < n; i++) s += String(ri(0, 9));
  return s;
};
const nz = (n) => String(ri(1, 9)) + dg(n - 1);
const pad = (n, w = 2) => String(n).padStart(w, '0');
const grp = (n, sep = ' ') => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, sep);
function shuffle(a) {
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}
const pickN = (a, n) => shuffle(a.slice()).slice(0, n);
const ord = (n) => n + (n % 100 >= 11 && n % 100 <= 13 ? 'th' : ['th', 'st', 'nd', 'rd'][n % 10] || 'th');
const U = (s) => s.toUpperCase();

// ───────────────────────────────────────────── span parts and composition
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
const sp = (type) => (v) => ({ type, v: String(v) });
const P = sp('PERSON'),
  PH = sp('PHONE'),
  EM = sp('EMAIL'),
  NID = sp('NATIONAL_ID'),
  PP = sp('PASSPORT'),
  CA = sp('CARD'),
  IB = sp('IBAN'),
  AD = sp('ADDRESS'),
  BD = sp('BIRTH_DATE'),
  PL = sp('PLATE'),
  HA = sp('HANDLE');

function compose(parts) {
  let text = '';
  const spans = [];
  const walk = (p) => {
    if (p === null || p === undefined || p === false || p === '') return;
    if (Array.isArray(p)) {
      for (const q of p) walk(q);
      return;
    }
    if (typeof p === 'string' || typeof p === 'number') {
      text += String(p);
      return;
    }
    if (typeof p === 'object' && p.type) {
      const start = text.length;
      text += p.v;
      spans.push({ start, end: text.length, type: p.type, v: p.v });
      return;
    }
    throw new Error('bad part ' + JSON.stringify(p));
  };
  walk(parts);
  return { text, spans };
}

// ───────────────────────────────────────────── transliteration
const CL = {
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
};
const CYR_V = 'аеёиоуыэюяәөұүіӣӯ';
const CYR_C = 'бвгджзйклмнпрстфхцчшщғқңһҳҷ';
const isCyr = (c) => /[\u0400-\u04ff]/.test(c);
function capFrom(src, out) {
  return src !== src.toLowerCase() && out ? out[0].toUpperCase() + out.slice(1) : out;
}
function lat(s, tj = false) {
  let o = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i],
      l = c.toLowerCase(),
      nx = (s[i + 1] || '').toLowerCase(),
      pv = (s[i - 1] || '').toLowerCase();
    if (tj && l === 'д' && nx === 'ж') {
      o += capFrom(c, 'j');
      i++;
      continue;
    }
    let r = CL[l];
    if (r === undefined) {
      o += c;
      continue;
    }
    if (l === 'й') r = CYR_C.includes(nx) ? 'i' : 'y';
    if (l === 'е' && (!isCyr(pv) || CYR_V.includes(pv))) r = 'ye';
    o += capFrom(c, r);
  }
  return o;
}
const KL = {
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
  і: 'i',
  ь: '',
  э: 'e',
  ю: 'iu',
  я: 'ia',
};
function kkLat(s) {
  let o = '';
  for (const c of s) {
    const l = c.toLowerCase();
    const r = KL[l];
    o += r === undefined ? c : capFrom(c, r);
  }
  return o;
}
const UZ_DI = [
  ["yo'", 'йў'],
  ['yoʻ', 'йў'],
  ["o'", 'ў'],
  ['oʻ', 'ў'],
  ["g'", 'ғ'],
  ['gʻ', 'ғ'],
  ['sh', 'ш'],
  ['ch', 'ч'],
  ['yo', 'ё'],
  ['yu', 'ю'],
  ['ya', 'я'],
  ['ye', 'е'],
];
const UZ_SG = {
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
  ʻ: 'ъ',
  '’': 'ъ',
};
function uzCyr(s) {
  let o = '';
  for (let i = 0; i < s.length;) {
    const rest = s.slice(i).toLowerCase();
    const atStart = i === 0 || !/[a-zA-Z'ʻ]/.test(s[i - 1]);
    let done = false;
    for (const [a, b] of UZ_DI) {
      if (rest.startsWith(a)) {
        o += capFrom(s[i], b);
        i += a.length;
        done = true;
        break;
      }
    }
    if (done) continue;
    const l = s[i].toLowerCase();
    let r = UZ_SG[l];
    if (l === 'e' && atStart) r = 'э';
    o += r === undefined ? s[i] : capFrom(s[i], r);
    i++;
  }
  return o;
}
const uzRu = (s) =>
  uzCyr(s)
    .replace(/ў/g, 'у')
    .replace(/Ў/g, 'У')
    .replace(/қ/g, 'к')
    .replace(/Қ/g, 'К')
    .replace(/ғ/g, 'г')
    .replace(/Ғ/g, 'Г')
    .replace(/ҳ/g, 'х')
    .replace(/Ҳ/g, 'Х');
const tjRu = (s) =>
  s
    .replace(/ҷ/g, 'дж')
    .replace(/Ҷ/g, 'Дж')
    .replace(/ӣ/g, 'и')
    .replace(/ӯ/g, 'у')
    .replace(/Ӯ/g, 'У')
    .replace(/ҳ/g, 'х')
    .replace(/Ҳ/g, 'Х')
    .replace(/қ/g, 'к')
    .replace(/Қ/g, 'К')
    .replace(/ғ/g, 'г')
    .replace(/Ғ/g, 'Г');
const trize = (s) =>
  s
    .replace(/ý/g, 'y')
    .replace(/Ý/g, 'Y')
    .replace(/ä/g, 'e')
    .replace(/Ä/g, 'E')
    .replace(/ň/g, 'n')
    .replace(/ž/g, 'j')
    .replace(/w/g, 'v')
    .replace(/W/g, 'V');
const tmAscii = (s) =>
  s
    .replace(/ý/g, 'y')
    .replace(/Ý/g, 'Y')
    .replace(/ä/g, 'a')
    .replace(/ň/g, 'n')
    .replace(/ş/g, 'sh')
    .replace(/Ş/g, 'Sh')
    .replace(/ç/g, 'ch')
    .replace(/Ç/g, 'Ch')
    .replace(/ž/g, 'zh')
    .replace(/ö/g, 'o')
    .replace(/Ö/g, 'O')
    .replace(/ü/g, 'u')
    .replace(/Ü/g, 'U');
const ascii = (s) =>
  s
    .replace(/ı/g, 'i')
    .replace(/İ/g, 'I')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/['ʻʼ’]/g, '');

// ───────────────────────────────────────────── names ("ru spelling|native spelling")
const CU = {
  kz: {
    f: [
      'Айгерим|Айгерім',
      'Гульнара|Гүлнара',
      'Асель|Әсел',
      'Динара',
      'Жанар',
      'Мадина',
      'Салтанат',
      'Назерке',
      'Айдана',
      'Толкын|Толқын',
      'Улжан|Ұлжан',
      'Балжан',
      'Шынар',
      'Меруерт',
      'Камила',
      'Аружан',
      'Жансая',
      'Гаухар|Гауһар',
      'Акбота|Ақбота',
      'Дамеш|Дәмеш',
      'Куляш|Күләш',
      'Айжан',
      'Ботагоз|Ботагөз',
      'Сымбат',
      'Индира',
      'Карлыгаш|Қарлығаш',
      'Айнур',
      'Лаура',
      'Бибигуль|Бібігүл',
      'Гульмира|Гүлмира',
      'Актоты|Ақтоты',
      'Сания',
      'Жулдыз|Жұлдыз',
      'Эльмира',
      'Томирис',
      'Дильназ|Дільназ',
      'Мольдир|Мөлдір',
      'Перизат',
      'Айша',
      'Анар',
      'Гульшат|Гүлшат',
      'Раушан',
    ],
    m: [
      'Нурлан|Нұрлан',
      'Ерлан',
      'Данияр',
      'Бауыржан',
      'Асхат',
      'Ержан',
      'Талгат|Талғат',
      'Серик|Серік',
      'Кайрат|Қайрат',
      'Мурат|Мұрат',
      'Бекзат',
      'Дастан',
      'Жандос',
      'Галым|Ғалым',
      'Адилет|Әділет',
      'Нурсултан|Нұрсұлтан',
      'Елдос',
      'Ринат',
      'Марат',
      'Арман',
      'Азамат',
      'Санжар',
      'Мирас',
      'Ернар',
      'Дидар',
      'Алмас',
      'Болат',
      'Жасулан|Жасұлан',
      'Темирлан|Темірлан',
      'Габит|Ғабит',
      'Есет',
      'Олжас',
      'Куаныш|Қуаныш',
      'Руслан',
      'Батырхан',
      'Жаксылык|Жақсылық',
      'Бахытжан|Бақытжан',
      'Ильяс|Ілияс',
      'Абылай',
      'Мейрам',
      'Рустем|Рүстем',
    ],
    s: [
      'Ахметов',
      'Сейткалиев|Сейітқалиев',
      'Жумабаев|Жұмабаев',
      'Нургалиев|Нұрғалиев',
      'Касымов|Қасымов',
      'Омаров',
      'Тулеуов|Төлеуов',
      'Бекмухамбетов|Бекмұхамбетов',
      'Оспанов',
      'Абдрахманов|Әбдірахманов',
      'Смагулов|Смағұлов',
      'Есенов',
      'Сарсенбаев|Сәрсенбаев',
      'Кожахметов|Қожахметов',
      'Мухамедияров|Мұхамедияров',
      'Байжанов',
      'Турсынбаев|Тұрсынбаев',
      'Шаймерденов',
      'Исмаилов|Ысмайылов',
      'Абенов|Әбенов',
      'Досмагамбетов|Досмағамбетов',
      'Иманбаев',
      'Култаев|Құлтаев',
      'Ергалиев',
      'Калиев|Қалиев',
      'Утепов|Өтепов',
      'Мырзахметов',
      'Сулейменов|Сүлейменов',
      'Жакупов|Жақыпов',
      'Бейсенов',
      'Алимжанов|Әлімжанов',
      'Танатаров',
      'Рахимжанов|Рақымжанов',
      'Аубакиров|Әубәкіров',
      'Серикбаев|Серікбаев',
      'Сейткали|Сейітқали',
      'Нурмагамбет|Нұрмағамбет',
      'Абильдаев|Әбілдаев',
      'Тлеубердиев|Тілеубердиев',
      'Каримжанов|Кәрімжанов',
      'Жанузаков|Жанұзақов',
      'Таскынбаев|Тасқынбаев',
    ],
  },
  kg: {
    f: [
      'Мээрим',
      'Айпери',
      'Бурул',
      'Айзада',
      'Жыпар',
      'Нургуль|Нургүл',
      'Чолпон',
      'Каныкей',
      'Бегимай',
      'Айсулуу',
      'Гулзат',
      'Жамиля',
      'Толгонай',
      'Элнура',
      'Кундуз',
      'Бактыгуль|Бактыгүл',
      'Нуриза',
      'Айкокул|Айкөкүл',
      'Аида',
      'Асыл',
      'Сезим',
      'Назгуль|Назгүл',
      'Чынара',
      'Алтынай',
      'Зуура',
      'Гулиза',
      'Даткайым',
      'Умут|Үмүт',
      'Эльвира',
      'Жаркынай',
      'Калыйча',
      'Бермет',
    ],
    m: [
      'Бакыт',
      'Эрмек',
      'Адилет',
      'Азамат',
      'Улан',
      'Нурбек',
      'Талант',
      'Кубанычбек',
      'Эмиль|Эмил',
      'Бекболот',
      'Мирлан',
      'Темирлан',
      'Чынгыз',
      'Жоомарт',
      'Урмат',
      'Медер',
      'Тилек',
      'Сыймык',
      'Айбек',
      'Бакай',
      'Бектур',
      'Максат',
      'Алмаз',
      'Канат',
      'Жыргалбек',
      'Омурбек|Өмүрбек',
      'Асылбек',
      'Мирбек',
      'Эрлан',
      'Таалай',
      'Самат',
      'Улукбек',
      'Нурсултан',
      'Бейшен',
    ],
    s: [
      'Асанов',
      'Токтогулов',
      'Мамытов',
      'Жээнбеков',
      'Осмонов',
      'Абдылдаев',
      'Сыдыков',
      'Бейшеналиев',
      'Турдубаев',
      'Жумабеков',
      'Карыпбеков',
      'Сатыбалдиев',
      'Токтосунов',
      'Эсенкулов',
      'Акматов',
      'Мукамбетов',
      'Чыныбаев',
      'Калыков',
      'Орозбеков',
      'Исаков',
      'Мамбеталиев',
      'Таабалдиев',
      'Кадыров',
      'Шаршеев',
      'Дуйшоналиев|Дүйшөналиев',
      'Кубатбеков',
      'Сагынбаев',
      'Бообеков',
      'Алымкулов',
      'Апсаматов',
      'Темиров',
      'Сулайманов',
      'Момунов|Мөмүнов',
      'Курманбеков',
      'Эргешов',
      'Токтобаев',
      'Усенов|Үсөнов',
      'Качкынбаев',
    ],
  },
  uz: {
    f: [
      'Dilfuza',
      'Shahnoza',
      'Nodira',
      'Gulnoza',
      'Mohira',
      'Zarina',
      'Sevara',
      'Dildora',
      'Feruza',
      'Malika',
      'Munisa',
      'Ozoda',
      'Barno',
      'Yulduz',
      'Nilufar',
      'Madina',
      'Kamola',
      'Durdona',
      'Hilola',
      'Gulchehra',
      'Muqaddas',
      'Zuhra',
      'Oydin',
      'Nargiza',
      'Lobar',
      'Saodat',
      'Maftuna',
      'Iroda',
      'Dilorom',
      'Umida',
      "Go'zal",
      'Shoira',
      'Mohinur',
      'Sarvinoz',
    ],
    m: [
      'Bekzod',
      'Jasur',
      'Sardor',
      'Otabek',
      'Sherzod',
      "Ulug'bek",
      'Javohir',
      'Doniyor',
      'Akmal',
      'Rustam',
      'Farrux',
      'Islom',
      'Abdulaziz',
      'Shohruh',
      'Asliddin',
      'Bobur',
      'Eldor',
      'Jamshid',
      'Nodir',
      'Temur',
      'Baxtiyor',
      'Dilshod',
      'Ravshan',
      'Shuhrat',
      'Anvar',
      'Zafar',
      'Oybek',
      'Ilhom',
      'Mirjalol',
      'Xurshid',
      'Azizbek',
      "G'ayrat",
      "O'tkir",
      'Sanjar',
    ],
    s: [
      'Karimov',
      'Yusupov',
      'Rahimov',
      'Tursunov',
      'Xolmatov',
      'Ergashev',
      'Abdullayev',
      'Qodirov',
      'Nazarov',
      'Mirzayev',
      'Sodiqov',
      'Usmonov',
      'Saidov',
      "Jo'rayev",
      'Hamidov',
      "Xo'jayev",
      'Tojiboyev',
      'Raxmonberdiyev',
      'Ismoilov',
      'Normatov',
      "Yo'ldoshev",
      'Qosimov',
      "To'xtayev",
      'Aliyev',
      'Sultonov',
      'Mamatqulov',
      'Umarov',
      'Zokirov',
      'Eshmatov',
      'Berdiyev',
      'Haydarov',
      'Ashurov',
      "G'aniyev",
      'Abdusattorov',
    ],
  },
  tj: {
    f: [
      'Фарзона',
      'Мадина',
      'Шаҳло',
      'Зарина',
      'Нигина',
      'Меҳрангез',
      'Ситора',
      'Гулрухсор',
      'Таҳмина',
      'Парвина',
      'Дилноза',
      'Манижа',
      'Зебо',
      'Фируза',
      'Шабнам',
      'Мунира',
      'Нодира',
      'Сурайё',
      'Гулчеҳра',
      'Малика',
      'Дилором',
      'Садбарг',
      'Рухшона',
      'Бибисора',
      'Шаҳноза',
      'Мавзуна',
      'Ганҷина',
      'Моҳира',
      'Наргис',
      'Парисо',
    ],
    m: [
      'Фирдавс',
      'Сомон',
      'Ҷамшед',
      'Фаррух',
      'Исмоил',
      'Комрон',
      'Далер',
      'Умед',
      'Шаҳром',
      'Бахтовар',
      'Суҳроб',
      'Фируз',
      'Рустам',
      'Мансур',
      'Алишер',
      'Хуршед',
      'Парвиз',
      'Зафар',
      'Шодмон',
      'Манучеҳр',
      'Сафар',
      'Нуриддин',
      'Ҷонибек',
      'Исфандиёр',
      'Фарҳод',
      'Дилшод',
      'Шерали',
      'Баҳром',
      'Абдураҳмон',
      'Ҳабиб',
    ],
    s: [
      'Раҳимов',
      'Саидов',
      'Назаров',
      'Шарипов',
      'Қурбонов',
      'Давлатов',
      'Ҳамроев',
      'Одинаев',
      'Бобоев',
      'Раҷабов',
      'Зиёев',
      'Мирзоев',
      'Сафаров',
      'Ҳасанов',
      'Юсуфов',
      'Ашуров',
      'Холов',
      'Неъматов',
      'Ғафуров',
      'Тоиров',
      'Салимзода',
      'Раҳмонзода',
      'Шарифзода',
      'Ҳайдарзода',
      'Азизӣ',
      'Ҷалолиддинзода',
      'Қодирзода',
      'Наврӯзӣ',
      'Сангинзода',
      'Файзуллоев',
      'Маҳмадалиев',
    ],
  },
  tm: {
    f: [
      'Aýgül|Айгуль',
      'Merjen|Мерджен',
      'Maýsa|Майса',
      'Jeren|Джерен',
      'Gülşat|Гульшат',
      'Bahar|Бахар',
      'Ogulgerek|Огульгерек',
      'Enejan|Энеджан',
      'Selbi|Сельби',
      'Aýna|Айна',
      'Gözel|Гозель',
      'Mähri|Мяхри',
      'Ogulbibi|Огульбиби',
      'Läle|Ляле',
      'Nurjemal|Нурджемал',
      'Sona|Сона',
    ],
    m: [
      'Serdar|Сердар',
      'Döwlet|Довлет',
      'Myrat|Мурат',
      'Batyr|Батыр',
      'Rahym|Рахим',
      'Annageldi|Аннагельды',
      'Begenç|Бегенч',
      'Kakajan|Какаджан',
      'Merdan|Мердан',
      'Yhlas|Ыхлас',
      'Arslan|Арслан',
      'Maksat|Максат',
      'Döwran|Довран',
      'Nury|Нуры',
      'Şatlyk|Шатлык',
      'Baýram|Байрам',
    ],
    s: [
      'Annaýew|Аннаев',
      'Orazow|Оразов',
      'Berdiýew|Бердыев',
      'Hojamuradow|Ходжамурадов',
      'Amanow|Аманов',
      'Durdyýew|Дурдыев',
      'Gurbanow|Гурбанов',
      'Saparow|Сапаров',
      'Nurmyradow|Нурмурадов',
      'Çaryýew|Чарыев',
      'Öwezow|Овезов',
      'Garajaýew|Гараджаев',
      'Atayew|Атаев',
      'Babaýew|Бабаев',
      'Myradow|Мурадов',
      'Hallyýew|Халлыев',
    ],
  },
  tr: {
    f: [
      'Ayşe',
      'Fatma',
      'Elif',
      'Zeynep',
      'Merve',
      'Büşra',
      'Esra',
      'Gülşen',
      'Hatice',
      'Emine',
      'Songül',
      'Derya',
      'Özlem',
      'Tuğba',
      'Nurcan',
      'Sevgi',
      'Yasemin',
      'Dilek',
      'Şule',
      'Kübra',
      'Hülya',
      'Pınar',
      'Aslı',
      'Gamze',
    ],
    m: [
      'Mehmet',
      'Mustafa',
      'Ahmet',
      'Hüseyin',
      'Oğuz',
      'Emre',
      'Burak',
      'Murat',
      'Serkan',
      'Volkan',
      'Kadir',
      'İbrahim',
      'Yusuf',
      'Hakan',
      'Cengiz',
      'Uğur',
      'Erdal',
      'Tayfun',
      'Recep',
      'Selim',
      'Orhan',
      'Levent',
      'Gökhan',
      'Ferhat',
      'Halil',
      'Ramazan',
    ],
    s: [
      'Yılmaz',
      'Kaya',
      'Demir',
      'Şahin',
      'Çelik',
      'Yıldız',
      'Yıldırım',
      'Öztürk',
      'Aydın',
      'Özdemir',
      'Arslan',
      'Doğan',
      'Kılıç',
      'Aslan',
      'Çetin',
      'Kara',
      'Koç',
      'Kurt',
      'Özkan',
      'Şimşek',
      'Polat',
      'Korkmaz',
      'Güler',
      'Tekin',
      'Akbulut',
      'Karataş',
      'Bozkurt',
      'Erdem',
      'Uçar',
      'Sarı',
    ],
  },
  rs: {
    f: [
      'Ольга',
      'Ирина',
      'Светлана',
      'Татьяна',
      'Елена',
      'Марина',
      'Наталья',
      'Юлия',
      'Галина',
      'Людмила',
      'Оксана',
      'Вера',
      'Анна',
      'Кристина',
      'Дарья',
    ],
    m: [
      'Андрей',
      'Сергей',
      'Виктор',
      'Денис',
      'Максим',
      'Алексей',
      'Евгений',
      'Роман',
      'Вадим',
      'Руслан',
      'Игорь',
      'Олег',
      'Дмитрий',
      'Артём',
      'Константин',
      'Станислав',
    ],
    s: [
      'Смирнов',
      'Кузнецов',
      'Волков',
      'Морозов',
      'Лебедев',
      'Соколов',
      'Попов',
      'Захаров',
      'Белоусов',
      'Тихонов',
      'Гришин',
      'Фёдоров',
      'Романов',
      'Зайцев',
      'Калинин',
      'Никитин',
      'Орлов',
      'Савельев',
      'Кравченко',
      'Бондаренко',
      'Шевчук',
      'Мельник',
    ],
  },
  ko: {
    f: ['Елена', 'Марина', 'Ольга', 'Светлана', 'Анастасия', 'Валентина', 'Алла', 'Инна', 'Виктория', 'Лилия'],
    m: [
      'Виктор',
      'Сергей',
      'Олег',
      'Вячеслав',
      'Дмитрий',
      'Роман',
      'Эдуард',
      'Игорь',
      'Владимир',
      'Геннадий',
      'Валерий',
    ],
    s: [
      'Ким',
      'Пак',
      'Цой',
      'Ли',
      'Хван',
      'Тен',
      'Югай',
      'Хегай',
      'Огай',
      'Шин',
      'Нам',
      'Кан',
      'Хан',
      'Тян',
      'Пай',
      'Ни',
    ],
  },
  kr: {
    f: [
      'Seo-yeon|Со Ён',
      'Ji-woo|Джи У',
      'Ha-eun|Ха Ын',
      'Ji-min|Джи Мин',
      'Eun-ji|Ын Джи',
      'Soo-jin|Су Джин',
      'Mi-kyung|Ми Гён',
      'Hye-jin|Хе Джин',
    ],
    m: [
      'Min-jun|Мин Джун',
      'Dong-hyun|Дон Хён',
      'Tae-ho|Тэ Хо',
      'Sung-min|Сон Мин',
      'Jae-won|Чжэ Вон',
      'Young-soo|Ён Су',
      'Hyuk|Хёк',
      'Ji-hoon|Джи Хун',
      'Sang-woo|Сан У',
      'Jin-ho|Джин Хо',
      'Kyung-soo|Гён Су',
    ],
    s: [
      'Kim|Ким',
      'Park|Пак',
      'Lee|Ли',
      'Choi|Чхве',
      'Jung|Чон',
      'Kang|Кан',
      'Yoon|Юн',
      'Han|Хан',
      'Shin|Шин',
      'Oh|О',
      'Seo|Со',
      'Kwon|Квон',
      'Hwang|Хван',
      'Moon|Мун',
      'Jang|Чан',
    ],
  },
  ar: {
    f: ['Fatima|Фатима', 'Mariam|Марьям', 'Aisha|Айша', 'Noura|Нура', 'Hessa|Хесса', 'Latifa|Латифа'],
    m: [
      'Mohammed|Мохаммед',
      'Khalid|Халид',
      'Ahmed|Ахмед',
      'Saeed|Саид',
      'Hamdan|Хамдан',
      'Yousef|Юсеф',
      'Rashid|Рашид',
      'Omar|Омар',
      'Abdulla|Абдулла',
      'Sultan|Султан',
      'Obaid|Обейд',
      'Majid|Маджид',
      'Tariq|Тарик',
    ],
    s: [
      'Al Mansouri|аль-Мансури',
      'Al Hammadi|аль-Хаммади',
      'Al Zaabi|аль-Зааби',
      'Al Ketbi|аль-Кетби',
      'Al Suwaidi|аль-Сувейди',
      'Al Nuaimi|аль-Нуайми',
      'Al Shamsi|аль-Шамси',
      'Al Mazrouei|аль-Мазруи',
      'Al Marri|аль-Марри',
      'Al Dhaheri|аль-Дахери',
      'Al Falasi|аль-Фаласи',
      'Al Blooshi|аль-Блуши',
      'bin Rashid Al Ali|бин Рашид аль-Али',
    ],
  },
  cn: {
    f: ['Na|На', 'Jing|Цзин', 'Min|Минь', 'Xiaoyan|Сяоянь', 'Li|Ли', 'Fang|Фан', 'Yan|Янь', 'Hui|Хуэй'],
    m: [
      'Lei|Лэй',
      'Wei|Вэй',
      'Jun|Цзюнь',
      'Qiang|Цян',
      'Hao|Хао',
      'Jianguo|Цзяньго',
      'Zhiwei|Чживэй',
      'Yong|Юн',
      'Tao|Тао',
    ],
    s: [
      'Wang|Ван',
      'Zhang|Чжан',
      'Li|Ли',
      'Chen|Чэнь',
      'Liu|Лю',
      'Zhao|Чжао',
      'Huang|Хуан',
      'Sun|Сунь',
      'Ma|Ма',
      'Zhou|Чжоу',
      'Wu|У',
      'Xu|Сюй',
    ],
  },
  ge: {
    f: ['Nino|Нино', 'Tamar|Тамар', 'Mariam|Мариам', 'Ketevan|Кетеван', 'Salome|Саломе', 'Eka|Эка'],
    m: ['Giorgi|Георгий', 'Levan|Леван', 'David|Давид', 'Irakli|Ираклий', 'Zurab|Зураб', 'Nika|Ника', 'Lasha|Лаша'],
    s: [
      'Beridze|Беридзе',
      'Kapanadze|Капанадзе',
      'Tsiklauri|Циклаури',
      'Lomidze|Ломидзе',
      'Gelashvili|Гелашвили',
      'Maisuradze|Майсурадзе',
      'Japaridze|Джапаридзе',
      'Kvaratskhelia|Кварацхелия',
    ],
  },
};
const NOPAT = ['tr', 'kr', 'ar', 'cn', 'ge'];
const NOFEM = ['tr', 'kr', 'ar', 'cn', 'ge', 'ko'];
const NICK_RU = [
  'Ляля',
  'Санжик',
  'Беке',
  'Малой',
  'Хаджи',
  'Зарик',
  'Шах',
  'Рыжая',
  'Тимоха',
  'Жека',
  'Алик',
  'Баха',
  'Кудрявая',
  'Лола',
  'Гуля-Дубай',
  'Чёрный',
  'Бахо',
  'Азик',
];
const NICK_LAT = [
  'Lola',
  'Zara',
  'Rustik',
  'Beka',
  'Sultan',
  'Dina Dubai',
  'Baha',
  'Tima',
  'Lady Gul',
  'Shah',
  'Jako',
  'Madina-Stambul',
  'Aziko',
  'Nika',
];
const RECR_H = [
  'rabota_dubai_24',
  'job.turkey.girls',
  'vizaservice_kg',
  'korea_rabota_vip',
  'istanbul_is_ilani',
  'model_agency_almaty',
  'rabota.moskva.bez.opyta',
  'dubai_hostess_job',
  'seul_ish_bor',
  'ish_turkiya_2024',
  'uae_nanny_jobs',
  'vip_kasting_kz',
  'antalya.animasiya',
  'koreya.viza.uz',
  'jumys_shetelde',
  'ish.bor.rossiya',
  'kor_dar_rusiya',
  'work_abroad_tm',
];
const CARS = [
  'Toyota Camry',
  'Hyundai Starex',
  'Lexus RX 350',
  'Toyota Alphard',
  'Mercedes-Benz Sprinter',
  'Chevrolet Cobalt',
  'Daewoo Nexia',
  'Honda Odyssey',
  'Volkswagen Transporter',
  'Kia Carnival',
  'Lada Largus',
  'Toyota Land Cruiser Prado',
];
const KZ_BANKS = ['Kaspi Bank', 'Halyk Bank', 'Jusan Bank', 'ForteBank', 'Банк ЦентрКредит', 'Freedom Bank'];

function mk(cult, sex) {
  const D = CU[cult];
  sex = sex || (ch(0.55) ? 'f' : 'm');
  const fathers = D.m.filter(
    (x) => /[^аеёиоуыэюяaeiouyäöüıәөүұіӣ]$/i.test(x.split('|')[0]) && !/ий$/.test(x.split('|')[0]),
  );
  return { cult, sex, g: pick(D[sex]), s: pick(D.s), fa: pick(fathers.length ? fathers : D.m), ok: ch(0.3) };
}
function vw(cult, raw, v) {
  const [a, b] = raw.split('|');
  switch (cult) {
    case 'kz':
    case 'kg': {
      const ru = a,
        nat = b || a;
      if (v === 'ru') return ru;
      if (v === 'nat') return nat;
      if (v === 'klat') return kkLat(nat);
      return lat(ru);
    }
    case 'uz':
      if (v === 'ru') return uzRu(a);
      if (v === 'cyr') return uzCyr(a);
      if (v === 'mrz') return a.replace(/['ʻ]/g, '');
      return a;
    case 'tj':
      if (v === 'nat') return a;
      if (v === 'ru') return tjRu(a);
      return lat(tjRu(a), true);
    case 'tm':
      if (v === 'ru') return b;
      if (v === 'tr') return trize(a);
      if (v === 'lat' || v === 'mrz') return tmAscii(a);
      return a;
    case 'tr':
      return a;
    case 'rs':
    case 'ko':
      return v === 'lat' || v === 'tr' || v === 'mrz' ? lat(a) : a;
    default:
      return v === 'ru' ? b : a;
  }
}
function fem(s) {
  if (/(ов|ев|ёв|ин|ын)$/.test(s)) return s + 'а';
  if (/(ov|ev|in|yn|ow|ew)$/.test(s)) return s + 'a';
  return s;
}
const okina = (p, v, s) => (p.cult === 'uz' && p.ok && (v === 'nat' || v === 'lat') ? s.replace(/'/g, 'ʻ') : s);
const gN = (p, v) => okina(p, v, vw(p.cult, p.g, v));
const sN = (p, v) => {
  const s = vw(p.cult, p.s, v);
  return okina(p, v, p.sex === 'f' && !NOFEM.includes(p.cult) ? fem(s) : s);
};
function ruPat(fa, sex) {
  if (/[a-z]$/i.test(fa)) return fa + (sex === 'f' ? 'ovna' : 'ovich');
  if (/[йь]$/.test(fa)) return fa.slice(0, -1) + (sex === 'f' ? 'евна' : 'евич');
  if (/[жшчщц]$/.test(fa)) return fa + (sex === 'f' ? 'евна' : 'евич');
  return fa + (sex === 'f' ? 'овна' : 'ович');
}
function paN(p, v) {
  if (NOPAT.includes(p.cult)) return '';
  const f = p.sex === 'f';
  if (p.cult === 'uz' && (v === 'nat' || v === 'lat' || v === 'tr' || v === 'mrz'))
    return okina(p, v, vw('uz', p.fa, 'nat') + (f ? 'ovna' : 'ovich'));
  if (p.cult === 'uz' && v === 'cyr') return ruPat(uzCyr(p.fa), p.sex);
  if (p.cult === 'tm' && v === 'nat') return p.fa.split('|')[0] + (f ? 'owna' : 'owiç');
  if (p.cult === 'tj' && v === 'nat') return ruPat(p.fa, p.sex);
  const r = ruPat(vw(p.cult, p.fa, 'ru'), p.sex);
  if (v === 'lat' || v === 'tr' || v === 'mrz') return lat(r, p.cult === 'tj');
  if (v === 'klat') return kkLat(r);
  return r;
}
function tpat(p, v) {
  const f = p.sex === 'f';
  switch (p.cult) {
    case 'kz':
      if (v === 'klat') return kkLat(vw('kz', p.fa, 'nat')) + (f ? 'qyzy' : 'ūly');
      if (v === 'lat' || v === 'tr') return lat(vw('kz', p.fa, 'ru')) + (f ? ' kyzy' : ' uly');
      if (v === 'ru') return vw('kz', p.fa, 'ru') + (f ? ' кызы' : ' улы');
      return vw('kz', p.fa, 'nat') + (f ? 'қызы' : 'ұлы');
    case 'kg':
      if (v === 'lat' || v === 'tr') return lat(vw('kg', p.fa, 'ru')) + (f ? ' kyzy' : ' uulu');
      return vw('kg', p.fa, v === 'ru' ? 'ru' : 'nat') + (f ? ' кызы' : ' уулу');
    case 'uz':
      if (v === 'cyr') return uzCyr(p.fa) + (f ? ' қизи' : ' ўғли');
      if (v === 'ru') return uzRu(p.fa) + (f ? ' кизи' : ' угли');
      return okina(p, 'nat', p.fa + (f ? ' qizi' : " o'g'li"));
    default:
      return paN(p, v);
  }
}
function ini(x) {
  if (!x) return '';
  const m = x.match(/^(Sh|Ch|O'|G'|Oʻ|Gʻ)/);
  return (m ? m[1] : x[0]) + '.';
}
function nm(p, v, mode = 'SG') {
  const g = gN(p, v),
    s = sN(p, v);
  if (NOPAT.includes(p.cult) && /P|T|II/.test(mode)) mode = 'SG';
  switch (mode) {
    case 'G':
      return g;
    case 'S':
      return s;
    case 'GS':
      return `${g} ${s}`;
    case 'SG':
      return `${s} ${g}`;
    case 'SGP':
      return `${s} ${g} ${paN(p, v)}`;
    case 'GPS':
      return `${g} ${paN(p, v)} ${s}`;
    case 'SGT':
      return `${s} ${g} ${tpat(p, v)}`;
    case 'GT':
      return `${g} ${tpat(p, v)}`;
    case 'SI':
      return `${s} ${ini(g)}${ch(0.3) ? ' ' : ''}${ini(paN(p, v))}`;
    case 'SI1':
      return `${s} ${ini(g)}`;
    case 'IS':
      return `${ini(g)} ${s}`;
    case 'IIS':
      return `${ini(g)}${ini(paN(p, v))} ${s}`;
    case 'GI':
      return `${g} ${ini(s)}`;
  }
  throw new Error('mode ' + mode);
}
const UPV = (p, s) => (p.cult === 'tr' ? s.toLocaleUpperCase('tr') : s.toUpperCase());

// ───────────────────────────────────────────── Russian declension of names
function ruG(w, sex, c) {
  if (c === 'nom') return w;
  if (/[ая]$/.test(w)) {
    const st = w.slice(0, -1),
      pre = w.slice(-2, -1);
    if (w.endsWith('а')) {
      const soft = /[гкхжшчщ]/.test(pre),
        sib = /[жшчщц]/.test(pre);
      return {
        gen: st + (soft ? 'и' : 'ы'),
        dat: st + 'е',
        acc: st + 'у',
        ins: st + (sib ? 'ей' : 'ой'),
        pre: st + 'е',
      }[c];
    }
    if (/ия$/.test(w)) return { gen: st + 'и', dat: st + 'и', acc: st + 'ю', ins: st + 'ей', pre: st + 'и' }[c];
    return { gen: st + 'и', dat: st + 'е', acc: st + 'ю', ins: st + 'ей', pre: st + 'е' }[c];
  }
  if (sex === 'f') {
    if (w.endsWith('ь')) {
      const st = w.slice(0, -1);
      return { gen: st + 'и', dat: st + 'и', acc: w, ins: w + 'ю', pre: st + 'и' }[c];
    }
    return w;
  }
  if (/[йь]$/.test(w)) {
    const st = w.slice(0, -1);
    return { gen: st + 'я', dat: st + 'ю', acc: st + 'я', ins: st + 'ем', pre: st + (w.endsWith('ий') ? 'и' : 'е') }[c];
  }
  if (/[бвгджзклмнпрстфхцчшщ]$/.test(w)) {
    const sib = /[жшчщц]$/.test(w);
    return { gen: w + 'а', dat: w + 'у', acc: w + 'а', ins: w + (sib ? 'ем' : 'ом'), pre: w + 'е' }[c];
  }
  return w;
}
function ruS(w, sex, c) {
  if (c === 'nom') return w;
  if (sex === 'm') {
    if (/(ов|ев|ёв|ин|ын)$/.test(w))
      return { gen: w + 'а', dat: w + 'у', acc: w + 'а', ins: w + 'ым', pre: w + 'е' }[c];
    if (/(ко|зода|[иуюеоы])$/.test(w) || /[a-z]/i.test(w)) return w;
    if (/й$/.test(w)) {
      const st = w.slice(0, -1);
      return { gen: st + 'я', dat: st + 'ю', acc: st + 'я', ins: st + 'ем', pre: st + 'е' }[c];
    }
    if (/[бвгджзклмнпрстфхцчшщ]$/.test(w)) {
      const sib = /[жшчщц]$/.test(w);
      return { gen: w + 'а', dat: w + 'у', acc: w + 'а', ins: w + (sib ? 'ем' : 'ом'), pre: w + 'е' }[c];
    }
    return w;
  }
  if (/(ова|ева|ёва|ина|ына)$/.test(w)) {
    const st = w.slice(0, -1);
    return { gen: st + 'ой', dat: st + 'ой', acc: st + 'у', ins: st + 'ой', pre: st + 'ой' }[c];
  }
  return w;
}
function ruPa(w, c) {
  if (c === 'nom' || !w) return w;
  if (/ич$/.test(w)) return { gen: w + 'а', dat: w + 'у', acc: w + 'а', ins: w + 'ем', pre: w + 'е' }[c];
  if (/на$/.test(w)) {
    const st = w.slice(0, -1);
    return { gen: st + 'ы', dat: st + 'е', acc: st + 'у', ins: st + 'ой', pre: st + 'е' }[c];
  }
  return w;
}
function rc(p, mode, c) {
  if (NOPAT.includes(p.cult)) return nm(p, 'ru', mode);
  const g0 = gN(p, 'ru'),
    s0 = sN(p, 'ru'),
    pa0 = paN(p, 'ru');
  const g = ruG(g0, p.sex, c),
    s = ruS(s0, p.sex, c),
    pa = ruPa(pa0, c);
  switch (mode) {
    case 'G':
      return g;
    case 'S':
      return s;
    case 'GS':
      return `${g} ${s}`;
    case 'SG':
      return `${s} ${g}`;
    case 'SGP':
      return `${s} ${g} ${pa}`;
    case 'GPS':
      return `${g} ${pa} ${s}`;
    case 'SI':
      return `${s} ${ini(g0)}${ini(pa0)}`;
  }
  throw new Error('rc mode ' + mode);
}

// ───────────────────────────────────────────── Turkic suffixes
const KV = 'аәеёиоөуұүыіэюя';
function lastV(w) {
  for (let i = w.length - 1; i >= 0; i--) {
    const c = w[i].toLowerCase();
    if (KV.includes(c)) return c;
  }
  return 'а';
}
const lastC = (w) => w[w.length - 1].toLowerCase();
const isV = (c) => KV.includes(c);
const kkFront = (w) => 'әеиөүіэ'.includes(lastV(w));
const KK_VL = 'кқпстфхцчшщбвгд';
function kkDat(w) {
  const f = kkFront(w),
    vl = KK_VL.includes(lastC(w));
  return w + (vl ? (f ? 'ке' : 'қа') : f ? 'ге' : 'ға');
}
function kkAcc(w) {
  const c = lastC(w),
    f = kkFront(w);
  if (isV(c)) return w + (f ? 'ні' : 'ны');
  if (KK_VL.includes(c)) return w + (f ? 'ті' : 'ты');
  return w + (f ? 'ді' : 'ды');
}
function kkGen(w) {
  const c = lastC(w),
    f = kkFront(w);
  if (isV(c) || 'мнң'.includes(c)) return w + (f ? 'нің' : 'ның');
  if (KK_VL.includes(c)) return w + (f ? 'тің' : 'тың');
  return w + (f ? 'дің' : 'дың');
}
function kkAbl(w) {
  const c = lastC(w),
    f = kkFront(w);
  if ('мнң'.includes(c)) return w + (f ? 'нен' : 'нан');
  if (KK_VL.includes(c)) return w + (f ? 'тен' : 'тан');
  return w + (f ? 'ден' : 'дан');
}
function kkIns(w) {
  const c = lastC(w);
  if ('жз'.includes(c)) return w + 'бен';
  if (KK_VL.includes(c)) return w + 'пен';
  return w + 'мен';
}
function kyLow(w) {
  const v = lastV(w);
  if ('оё'.includes(v)) return 'о';
  if ('өү'.includes(v)) return 'ө';
  if ('еиэ'.includes(v)) return 'е';
  return 'а';
}
function kyHigh(w) {
  const v = lastV(w);
  if ('оуёю'.includes(v)) return 'у';
  if ('өү'.includes(v)) return 'ү';
  if ('еиэ'.includes(v)) return 'и';
  return 'ы';
}
const KY_VL = 'кпстфхцчшщ';
const kyDat = (w) => w + (KY_VL.includes(lastC(w)) ? 'к' : 'г') + kyLow(w);
const kyAcc = (w) => w + (isV(lastC(w)) ? 'н' : KY_VL.includes(lastC(w)) ? 'т' : 'д') + kyHigh(w);
const kyGen = (w) => kyAcc(w) + 'н';
const kyAbl = (w) => w + (KY_VL.includes(lastC(w)) ? 'т' : 'д') + kyLow(w) + 'н';
function uzDat(w) {
  const c = w[w.length - 1].toLowerCase();
  if (c === 'k' || c === 'к') return w + (c === 'k' ? 'ka' : 'ка');
  if (c === 'q' || c === 'қ') return w + (c === 'q' ? 'qa' : 'қа');
  return w + (isCyr(c) ? 'га' : 'ga');
}
const uzGen = (w) => w + (isCyr(w.slice(-1)) ? 'нинг' : 'ning');
const uzAbl = (w) => w + (isCyr(w.slice(-1)) ? 'дан' : 'dan');
const uzAcc = (w) => w + (isCyr(w.slice(-1)) ? 'ни' : 'ni');
function trLastV(w) {
  for (let i = w.length - 1; i >= 0; i--) {
    const c = w[i].toLocaleLowerCase('tr');
    if ('aıoueiöü'.includes(c)) return c;
  }
  return 'e';
}
const trIsV = (w) => 'aıoueiöü'.includes(w[w.length - 1].toLocaleLowerCase('tr'));
const trBack = (w) => 'aıou'.includes(trLastV(w));
const trHigh = (w) => ({ a: 'ı', ı: 'ı', e: 'i', i: 'i', o: 'u', u: 'u', ö: 'ü', ü: 'ü' })[trLastV(w)];
const trHard = (w) => 'fstkçşhp'.includes(w[w.length - 1].toLocaleLowerCase('tr'));
const trDat = (w) => "'" + (trIsV(w) ? 'y' : '') + (trBack(w) ? 'a' : 'e');
const trAcc = (w) => "'" + (trIsV(w) ? 'y' : '') + trHigh(w);
const trGen = (w) => "'" + (trIsV(w) ? 'n' + trHigh(w) + 'n' : trHigh(w) + 'n');
const trAbl = (w) => "'" + (trHard(w) ? 't' : 'd') + (trBack(w) ? 'an' : 'en');
const trLoc = (w) => "'" + (trHard(w) ? 't' : 'd') + (trBack(w) ? 'a' : 'e');

function shy(s) {
  let done = false;
  return s
    .split(' ')
    .map((w) => {
      if (w.length >= 6 && (!done || ch(0.5))) {
        done = true;
        const k = ri(2, w.length - 3);
        return w.slice(0, k) + '\u00AD' + w.slice(k);
      }
      return w;
    })
    .join(' ');
}

// ───────────────────────────────────────────── dates
const MDAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
function dob(a = 1978, b = 2006) {
  const y = ri(a, b),
    m = ri(1, 12);
  return { y, m, d: ri(1, MDAYS[m - 1]) };
}
const ev = (a = 2019, b = 2024) => dob(a, b);
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
const RU_MON_LOC = [
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
const dN = (x, sep = '.') => `${pad(x.d)}${sep}${pad(x.m)}${sep}${x.y}`;
const dNs = (x) => `${pad(x.d)}.${pad(x.m)}.${pad(x.y % 100)}`;
const dISO = (x) => `${x.y}-${pad(x.m)}-${pad(x.d)}`;
const dRu = (x) => `${x.d} ${RU_MON_GEN[x.m - 1]} ${x.y}`;
const dKk = (x) => `${x.y} жылғы ${x.d} ${KK_MON[x.m - 1]}`;
const dUz = (x) => `${x.y}-yil ${x.d}-${UZ_MON[x.m - 1]}`;
const dTg = (x) => `${x.d} ${TG_MON[x.m - 1]}и ${x.y}`;
const dTr = (x) => `${x.d} ${TR_MON[x.m - 1]} ${x.y}`;
const dEn = (x) => (ch(0.5) ? `${x.d} ${EN_MON[x.m - 1]} ${x.y}` : `${EN_MON[x.m - 1]} ${x.d}, ${x.y}`);
const hm = () => `${pad(ri(0, 23))}:${pad(ri(0, 59))}`;
const ageOf = (b) => 2024 - b.y;
function ruAge(n) {
  const a = n % 10,
    b = n % 100;
  return `${n} ${a === 1 && b !== 11 ? 'год' : a >= 2 && a <= 4 && (b < 12 || b > 14) ? 'года' : 'лет'}`;
}

// ───────────────────────────────────────────── identifiers
function iinCheck(d11) {
  const a = d11.split('').map(Number);
  let s = 0;
  for (let i = 0; i < 11; i++) s += a[i] * (i + 1);
  let c = s % 11;
  if (c === 10) {
    const w = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2];
    s = 0;
    for (let i = 0; i < 11; i++) s += a[i] * w[i];
    c = s % 11;
    if (c === 10) return null;
  }
  return c;
}
function iin(b, sex) {
  for (;;) {
    const cg = b.y < 2000 ? (sex === 'm' ? 3 : 4) : sex === 'm' ? 5 : 6;
    const base = pad(b.y % 100) + pad(b.m) + pad(b.d) + cg + dg(4);
    const c = iinCheck(base);
    if (c !== null) return base + (ch(0.1) ? String((c + 3) % 10) : String(c));
  }
}
const kgPin = (b, sex) => (sex === 'f' ? '1' : '2') + pad(b.d) + pad(b.m) + b.y + dg(5);
function uzPinfl(b, sex) {
  const f = b.y < 2000 ? (sex === 'm' ? 3 : 4) : sex === 'm' ? 5 : 6;
  const base = String(f) + pad(b.d) + pad(b.m) + pad(b.y % 100) + dg(3) + dg(3);
  let s = 0;
  for (let i = 0; i < 13; i++) s += Number(base[i]) * [7, 3, 1][i % 3];
  return base + String(s % 10);
}
const tjInn = () => nz(9);
function snils() {
  const n = String(ri(2000000, 999999999)).padStart(9, '0');
  let s = 0;
  for (let i = 0; i < 9; i++) s += Number(n[i]) * (9 - i);
  let c = s < 100 ? s : s === 100 || s === 101 ? 0 : s % 101;
  if (c === 100) c = 0;
  return `${n.slice(0, 3)}-${n.slice(3, 6)}-${n.slice(6)} ${pad(c)}`;
}
function ruInn() {
  const d = (pick(['77', '50', '78', '66', '16', '54', '23']) + dg(8)).split('').map(Number);
  const w1 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8],
    w2 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8];
  const c1 = (w1.reduce((s, w, i) => s + w * d[i], 0) % 11) % 10;
  d.push(c1);
  const c2 = (w2.reduce((s, w, i) => s + w * d[i], 0) % 11) % 10;
  d.push(c2);
  return d.join('');
}
function tcKimlik() {
  const d = [ri(1, 9)];
  for (let i = 0; i < 8; i++) d.push(ri(0, 9));
  const odd = d[0] + d[2] + d[4] + d[6] + d[8],
    even = d[1] + d[3] + d[5] + d[7];
  d.push((((odd * 7 - even) % 10) + 10) % 10);
  d.push(d.reduce((s, x) => s + x, 0) % 10);
  return d.join('');
}
const emiratesId = (b) => `784-${b.y}-${dg(7)}-${ri(0, 9)}`;
const kzPass = () => 'N' + dg(8);
const kzId = () => '0' + dg(8);
const kgPass = () => pick(['AC', 'AN', 'ID', 'ID']) + dg(7);
const uzPass = () => pick(['AA', 'AB', 'AC', 'AD', 'FA', 'KA']) + dg(7);
const tjPass = () => pick(['40', '50', '41']) + dg(7);
const tmPass = () => (ch(0.5) ? 'A' + dg(7) : `I-${pick(['AŞ', 'LB', 'MR', 'DZ', 'BN', 'AH'])} ${dg(6)}`);
const tmPassMrz = () => 'A' + dg(7);
const ruPass = () =>
  pick([
    () => `${pad(ri(1, 99))} ${pad(ri(0, 24))} ${dg(6)}`,
    () => `${pad(ri(1, 99))}${pad(ri(0, 24))} ${dg(6)}`,
    () => `${pick(['75', '76', '77'])} ${dg(7)}`,
  ])();
const trPass = () => 'U' + dg(8);
const krPass = () => 'M' + dg(8);
const erdr = () => pad(ri(19, 24)) + dg(4) + '031' + pad(ri(1, 999999), 6);

function luhnDigit(s) {
  let sum = 0;
  for (let i = 0; i < s.length; i++) {
    let d = Number(s[s.length - 1 - i]);
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return String((10 - (sum % 10)) % 10);
}
const BINS = {
  kaspi: '440043',
  halyk: '440563',
  jusan: '539545',
  forte: '517792',
  mir: '220070',
  sber: '427638',
  tinkoff: '553691',
  uzcard: '860006',
  humo: '986001',
  optima: '417822',
  elcart: '941700',
  tj: '976201',
  ziraat: '528208',
  ae: '462263',
  visa: '4',
};
function card(kind) {
  const pre = BINS[kind] || kind;
  const body = pre + dg(15 - pre.length);
  return body + luhnDigit(body);
}
function fmtCard(n, style) {
  style = style || pick(['space', 'space', 'space', 'dash', 'plain', 'mask', 'mask', 'maskx', 'mask6', 'maskdot']);
  const g = n.match(/.{4}/g);
  switch (style) {
    case 'space':
      return g.join(' ');
    case 'dash':
      return g.join('-');
    case 'plain':
      return n;
    case 'mask':
      return `${g[0]} ${g[1].slice(0, 2)}** **** ${g[3]}`;
    case 'maskx':
      return `${g[0]} ${g[1].slice(0, 2)}XX XXXX ${g[3]}`;
    case 'mask6':
      return `${n.slice(0, 6)}******${n.slice(12)}`;
    case 'maskdot':
      return `${g[0]} •••• •••• ${g[3]}`;
  }
}
function ibanCheck(cc, bban) {
  const s = bban + cc + '00';
  let r = 0;
  for (const c of s) {
    const v = /[0-9]/.test(c) ? c : String(c.charCodeAt(0) - 55);
    for (const d of v) r = (r * 10 + Number(d)) % 97;
  }
  return pad(98 - r);
}
function iban(cc) {
  let bban;
  if (cc === 'KZ')
    bban = pick(['722', '601', '998', '965', '826', '914', '551']) + pick(['KZT', 'S00', 'C00', '000']) + dg(10);
  else if (cc === 'TR') bban = pick(['00062', '00010', '00046', '00012', '00064', '00111', '00203']) + '0' + dg(16);
  else if (cc === 'AE') bban = pick(['033', '026', '035', '040', '030', '047']) + dg(16);
  else bban = pick(['BG', 'TB', 'LB']) + dg(16);
  return cc + ibanCheck(cc, bban) + bban;
}
function fmtIban(s) {
  const st = pick(['g', 'g', 'g', 'p', 'gl', 'pl']);
  let x = st.startsWith('g') ? s.replace(/(.{4})/g, '$1 ').trim() : s;
  return st.endsWith('l') ? x.toLowerCase() : x;
}
const ruAcc = () => '40817810' + dg(12);

// ───────────────────────────────────────────── phones
function split7(n) {
  return [n.slice(0, 3), n.slice(3, 5), n.slice(5)];
}
function kzPhone() {
  const op = pick(['700', '701', '702', '705', '707', '708', '747', '771', '775', '776', '777', '778']),
    n = dg(7),
    [a, b, c] = split7(n);
  return pick([
    `+7 ${op} ${a} ${b} ${c}`,
    `+7 (${op}) ${a}-${b}-${c}`,
    `8 ${op} ${a} ${b}${c}`,
    `8${op}${n}`,
    `+7${op}${n}`,
    `8(${op})${a}${b}${c}`,
    `+7-${op}-${a}-${b}-${c}`,
    `8 ${op} ${a}-${b}-${c}`,
    `8 (${op}) ${a} ${b} ${c}`,
    `+7 ${op} ${a}${b}${c}`,
    `8.${op}.${a}.${b}.${c}`,
  ]);
}
function kgPhone() {
  const op = pick(['555', '550', '700', '705', '707', '770', '777', '999', '500', '220', '221', '502', '755']),
    n = dg(6);
  return pick([
    `+996 ${op} ${n.slice(0, 3)} ${n.slice(3)}`,
    `+996 (${op}) ${n.slice(0, 2)}-${n.slice(2, 4)}-${n.slice(4)}`,
    `0${op} ${n.slice(0, 3)} ${n.slice(3)}`,
    `0 (${op}) ${n.slice(0, 2)} ${n.slice(2, 4)} ${n.slice(4)}`,
    `+996${op}${n}`,
    `996 ${op} ${n}`,
    `0${op}${n}`,
    `+996-${op}-${n.slice(0, 3)}-${n.slice(3)}`,
  ]);
}
function uzPhone() {
  const op = pick(['90', '91', '93', '94', '95', '97', '98', '99', '88', '33', '77', '50', '20']),
    n = dg(7),
    [a, b, c] = split7(n);
  return pick([
    `+998 ${op} ${a} ${b} ${c}`,
    `+998 (${op}) ${a}-${b}-${c}`,
    `${op} ${a} ${b} ${c}`,
    `998${op}${n}`,
    `+998-${op}-${a}-${b}-${c}`,
    `(${op}) ${a}-${b}-${c}`,
    `+998${op}${n}`,
    `+998 ${op} ${a}${b}${c}`,
  ]);
}
function tjPhone() {
  const op = pick(['90', '91', '92', '93', '98', '55', '50', '88', '77', '00', '11']),
    n = dg(7),
    [a, b, c] = split7(n);
  return pick([
    `+992 ${op} ${a} ${b}${c}`,
    `+992 (${op}) ${a}-${b}-${c}`,
    `992 ${op} ${a} ${b} ${c}`,
    `+992${op}${n}`,
    `${op} ${a} ${b} ${c}`,
    `8 10 992 ${op} ${n}`,
    `+992 ${op}${a.slice(0, 1)} ${a.slice(1)} ${b} ${c}`,
  ]);
}
function tmPhone() {
  const op = pick(['61', '62', '63', '64', '65', '71']),
    n = dg(6);
  return pick([
    `+993 ${op} ${n}`,
    `+993 (${op}) ${n.slice(0, 2)}-${n.slice(2, 4)}-${n.slice(4)}`,
    `8 ${op} ${n.slice(0, 2)}-${n.slice(2, 4)}-${n.slice(4)}`,
    `+993${op}${n}`,
  ]);
}
function ruPhone() {
  const op = pick([
      '903',
      '905',
      '909',
      '915',
      '916',
      '917',
      '925',
      '926',
      '929',
      '965',
      '977',
      '985',
      '999',
      '921',
      '911',
      '912',
      '982',
    ]),
    n = dg(7),
    [a, b, c] = split7(n);
  return pick([
    `+7 (${op}) ${a}-${b}-${c}`,
    `8 ${op} ${a} ${b} ${c}`,
    `+7 ${op} ${a} ${b} ${c}`,
    `8${op}${n}`,
    `+7-${op}-${a}-${b}${c}`,
    `8 (${op}) ${a}-${b}-${c}`,
    `+7${op}${n}`,
  ]);
}
function trPhone() {
  const op = pick([
      '530',
      '532',
      '533',
      '535',
      '536',
      '537',
      '539',
      '541',
      '542',
      '543',
      '544',
      '545',
      '505',
      '506',
      '507',
      '552',
      '553',
      '555',
    ]),
    n = dg(7),
    [a, b, c] = split7(n);
  return pick([
    `+90 ${op} ${a} ${b} ${c}`,
    `0${op} ${a} ${b} ${c}`,
    `0 (${op}) ${a} ${b} ${c}`,
    `0${op}${n}`,
    `+90 (${op}) ${a}-${b}-${c}`,
    `${op} ${a} ${b}${c}`,
    `+90${op}${n}`,
    `+90 (212) ${a} ${b} ${c}`,
    `0 ${op} ${a} ${b} ${c}`,
  ]);
}
function aePhone() {
  const op = pick(['50', '52', '54', '55', '56', '58']),
    n = dg(7),
    [a, b, c] = split7(n);
  return pick([
    `+971 ${op} ${a} ${n.slice(3)}`,
    `+971-${op}-${a}-${n.slice(3)}`,
    `0${op} ${a} ${n.slice(3)}`,
    `00971 ${op} ${a} ${b} ${c}`,
    `+971${op}${n}`,
    `+971 (0) ${op} ${a} ${n.slice(3)}`,
    `+971 4 ${a} ${n.slice(3)}`,
  ]);
}
function krPhone() {
  const n = dg(8);
  return pick([
    `+82 10-${n.slice(0, 4)}-${n.slice(4)}`,
    `010-${n.slice(0, 4)}-${n.slice(4)}`,
    `+82 10 ${n.slice(0, 4)} ${n.slice(4)}`,
    `010${n}`,
    `+82-10-${n.slice(0, 4)}-${n.slice(4)}`,
    `(010) ${n.slice(0, 4)} ${n.slice(4)}`,
  ]);
}
function cnPhone() {
  const p = pick(['138', '139', '135', '186', '158', '187']);
  return pick([`+86 ${p} ${dg(4)} ${dg(4)}`, `+86-${p}-${dg(4)}-${dg(4)}`, `+86${p}${dg(8)}`]);
}
function gePhone() {
  return `+995 5${dg(2)} ${dg(2)} ${dg(2)} ${dg(2)}`;
}

// ───────────────────────────────────────────── plates
const LAT_PL = 'ABCDEFGHKLMNOPRSTUVXYZ';
const L = (n, set = LAT_PL) => {
  let s = '';
  for (let i = 0; i < n; i++) s += set[ri(0, set.length - 1)];
  return s;
};
function kzPlate() {
  const r = pick([
    '01',
    '02',
    '03',
    '04',
    '05',
    '06',
    '07',
    '08',
    '09',
    '10',
    '11',
    '12',
    '13',
    '14',
    '15',
    '16',
    '17',
    '18',
    '19',
    '20',
  ]);
  if (ch(0.15)) {
    const l = L(1);
    return `${pick(['777', '001', '111', '555', '999'])} ${l}${l}${l} ${r}`;
  }
  const d = pad(ri(1, 999), 3),
    l = L(3);
  return ch(0.8) ? `${d} ${l} ${r}` : `${d}${l}${r}`;
}
function kgPlate() {
  if (ch(0.3)) return `${pick(['B', 'C', 'O', 'S', 'T', 'N', 'I', 'J'])} ${pad(ri(1, 9999), 4)} ${L(2)}`;
  const r = pick(['01', '02', '03', '04', '05', '06', '07', '08']);
  return pick([
    `${r} ${pad(ri(1, 999), 3)} ${L(3)}`,
    `${r}KG ${pad(ri(1, 999), 3)} ${L(3)}`,
    `${r}${pad(ri(1, 999), 3)}${L(3)}`,
  ]);
}
function uzPlate() {
  const r = pick(['01', '10', '20', '25', '30', '40', '50', '60', '70', '75', '80', '85', '90', '95']);
  return pick([
    `${r} ${L(1)} ${pad(ri(1, 999), 3)} ${L(2)}`,
    `${r} ${pad(ri(1, 999), 3)} ${L(3)}`,
    `${r}${L(1)}${pad(ri(1, 999), 3)}${L(2)}`,
    `${r} ${L(1)} ${pad(ri(1, 999), 3)} ${L(2)}`,
  ]);
}
function tjPlate() {
  const r = pick(['01', '02', '03', '04', '05']);
  return ch(0.75) ? `${pad(ri(1, 9999), 4)} ${L(2)} ${r}` : `${pad(ri(1, 9999), 4)}${L(2)}${r}`;
}
const RU_PL = 'АВЕКМНОРСТУХ',
  RU_PL_L = 'ABEKMHOPCTYX';
function ruPlate() {
  const reg = pick([
    '77',
    '97',
    '99',
    '177',
    '197',
    '199',
    '777',
    '50',
    '750',
    '78',
    '178',
    '54',
    '66',
    '16',
    '23',
    '02',
  ]);
  const d = pad(ri(1, 999), 3);
  if (ch(0.35)) {
    const a = L(1, RU_PL_L),
      b = L(2, RU_PL_L);
    return ch(0.5) ? `${a}${d}${b}${reg}` : `${a}${d}${b} ${reg}`;
  }
  const a = L(1, RU_PL),
    b = L(2, RU_PL);
  return pick([`${a}${d}${b} ${reg}`, `${a} ${d} ${b} ${reg}`, `${a}${d}${b}${reg}`]);
}
function trPlate() {
  const il = pad(ri(1, 81));
  return pick([
    `${il} ${L(1)} ${ri(1000, 9999)}`,
    `${il} ${L(2)} ${ri(100, 999)}`,
    `${il} ${L(2)} ${ri(1000, 9999)}`,
    `${il} ${L(3)} ${ri(10, 99)}`,
    `${il} ${L(3)} ${ri(100, 999)}`,
    `${il}${L(3)}${ri(100, 999)}`,
  ]);
}
function aePlate() {
  return pick([
    `Dubai ${L(1)} ${ri(10000, 99999)}`,
    `Dubai ${pick(['AA', 'BB', 'CC'])} ${ri(1000, 99999)}`,
    `Sharjah ${ri(1, 3)} ${ri(10000, 99999)}`,
    `Abu Dhabi ${ri(1, 17)} ${ri(10000, 99999)}`,
    `Ajman ${L(1)} ${ri(1000, 99999)}`,
  ]);
}

// ───────────────────────────────────────────── addresses (street level only)
const hn = () =>
  pick([
    String(ri(1, 240)),
    String(ri(1, 99)),
    `${ri(1, 180)}${pick(['а', 'б', 'в', 'А', 'Б'])}`,
    `${ri(1, 150)}/${ri(1, 12)}`,
  ]);
const hnL = () =>
  pick([
    String(ri(1, 240)),
    String(ri(1, 99)),
    `${ri(1, 180)}${pick(['a', 'b', 'A', 'B'])}`,
    `${ri(1, 150)}/${ri(1, 12)}`,
  ]);
const fl = () => ri(1, 220);
const KZ_ST_RU = [
  'Абая',
  'Толе би',
  'Сатпаева',
  'Жандосова',
  'Розыбакиева',
  'Гоголя',
  'Жибек Жолы',
  'Фурманова',
  'Кабанбай батыра',
  'Богенбай батыра',
  'Байтурсынова',
  'Кенесары',
  'Ауэзова',
  'Шевченко',
  'Утепова',
  'Торайгырова',
  'Манаса',
  'Гагарина',
  'Желтоксан',
  'Муканова',
  'Сейфуллина',
  'Бейбитшилик',
  'Момышулы',
  'Тимирязева',
];
const KZ_AV_RU = [
  'Абая',
  'Достык',
  'Райымбека',
  'аль-Фараби',
  'Республики',
  'Мангилик Ел',
  'Туран',
  'Назарбаева',
  'Суюнбая',
  'Рыскулова',
  'Сарыарка',
  'Кабанбай батыра',
];
const KZ_MKR_RU = [
  'Самал-2',
  'Аксай-4',
  'Орбита-3',
  'Жетысу-2',
  'Калкаман-2',
  'Шугыла',
  'Коктем-1',
  'Мамыр-4',
  'Таугуль',
  'Сайран',
  'Нуркент',
  'Жулдыз-1',
];
function kzAddrRu() {
  const st = pick(KZ_ST_RU),
    av = pick(KZ_AV_RU),
    mk_ = pick(KZ_MKR_RU);
  return pick([
    `ул. ${st}, ${hn()}, кв. ${fl()}`,
    `ул. ${st}, д. ${hn()}, кв. ${fl()}`,
    `ул. ${st}, д. ${hn()}`,
    `пр. ${av}, ${hn()}`,
    `пр-т ${av}, д. ${hn()}, кв. ${fl()}`,
    `мкр. ${mk_}, д. ${ri(1, 60)}, кв. ${fl()}`,
    `мкр ${mk_}, ${ri(1, 60)}-${ri(1, 120)}`,
    `ул. ${st} ${hn()}`,
    `улица ${st}, дом ${ri(1, 200)}, квартира ${fl()}`,
  ]);
}
function kzLoc() {
  const st = pick(KZ_ST_RU),
    av = pick(KZ_AV_RU),
    mk_ = pick(KZ_MKR_RU);
  return pick([
    () => ['на ', `улице ${st}, ${hn()}`],
    () => ['на ', `улице ${st}, д. ${hn()}, кв. ${fl()}`],
    () => ['на ', `проспекте ${av}, ${hn()}`],
    () => ['на ', `проспекте ${av}, д. ${hn()}, кв. ${fl()}`],
    () => ['в ', `микрорайоне ${mk_}, д. ${ri(1, 60)}, кв. ${fl()}`],
    () => ['по ', `улице ${st}, ${hn()}`],
    () => ['по ', `проспекту ${av}, д. ${hn()}`],
  ])();
}
const KZ_ST_KK = [
  'Абай',
  'Төле би',
  'Сәтбаев',
  'Жандосов',
  'Қабанбай батыр',
  'Бөгенбай батыр',
  'Байтұрсынұлы',
  'Кенесары',
  'Әуезов',
  'Шевченко',
  'Желтоқсан',
  'Құрманғазы',
  'Наурызбай батыр',
  'Жібек жолы',
  'Сейфуллин',
  'Майлин',
  'Бейбітшілік',
  'Мұқанов',
  'Гоголь',
  'Момышұлы',
];
const KZ_AV_KK = [
  'Абай',
  'Достық',
  'Райымбек',
  'Әл-Фараби',
  'Республика',
  'Мәңгілік Ел',
  'Тұран',
  'Бауыржан Момышұлы',
  'Сарыарқа',
  'Рысқұлов',
  'Сүйінбай',
  'Қабанбай батыр',
];
const KZ_MKR_KK = [
  'Самал-2',
  'Ақсай-4',
  'Орбита-3',
  'Жетісу-2',
  'Қалқаман-2',
  'Шұғыла',
  'Көктем-1',
  'Мамыр-4',
  'Сайран',
  'Нұркент',
];
function kzAddrKk() {
  const st = pick(KZ_ST_KK),
    av = pick(KZ_AV_KK),
    n = ri(1, 240),
    f = fl();
  return pick([
    `${st} көшесі, ${n}-үй, ${f}-пәтер`,
    `${st} көшесі, ${n}`,
    `${av} даңғылы ${n}`,
    `${av} даңғылы, ${n}-үй, ${f}-пәтер`,
    `${pick(KZ_MKR_KK)} ықшамауданы, ${ri(1, 60)}-үй, ${f}-пәтер`,
    `${st} к-сі, ${n}-үй`,
    `${st} көшесі ${n}/${ri(1, 9)}, ${f}-пәтер`,
  ]);
}
function kzAddrKl() {
  const st = kkLat(pick(KZ_ST_KK)),
    av = kkLat(pick(KZ_AV_KK)),
    n = ri(1, 240),
    f = fl();
  return pick([
    `${st} köşesi, ${n}-üi, ${f}-päter`,
    `${av} dañğyly ${n}`,
    `${st} köşesi ${n}`,
    `${av} dañğyly, ${n}-üi, ${f}-päter`,
    `${kkLat(pick(KZ_MKR_KK))} yqşamaudany, ${ri(1, 60)}-üi, ${f}-päter`,
  ]);
}
function kzAddrEn() {
  const n = ri(1, 240),
    f = fl();
  return pick([
    `${n} Abai Avenue, apt ${f}`,
    `Flat ${f}, ${n} Tole Bi Street`,
    `${n} Zhandosov Street, apt. ${f}`,
    `${n} Dostyk Avenue`,
    `Samal-2 microdistrict, bldg ${ri(1, 80)}, apt ${f}`,
    `${n} Satpayev St., flat ${f}`,
    `${n}/${ri(1, 9)} Raiymbek Avenue`,
  ]);
}
const KG_ST_RU = [
  'Киевская',
  'Токтогула',
  'Ахунбаева',
  'Исанова',
  'Байтик Баатыра',
  'Московская',
  'Боконбаева',
  'Фрунзе',
  'Абдрахманова',
  'Тыныстанова',
  'Горького',
  'Ибраимова',
  'Шабдан Баатыра',
  'Курманжан Датки',
  'Масалиева',
  'Ленина',
  'Юнусалиева',
  'Жукеева-Пудовкина',
];
const KG_AV_RU = ['Чуй', 'Манаса', 'Мира', 'Жибек Жолу', 'Айтматова', 'Дэн Сяопина'];
const KG_MKR_RU = [
  'Джал-29',
  'Асанбай',
  'Восток-5',
  'Кок-Жар',
  'Тунгуч',
  'Аламедин-1',
  'Учкун',
  'Джал-23',
  'Магистраль',
];
function kgAddrRu() {
  const st = pick(KG_ST_RU),
    av = pick(KG_AV_RU);
  return pick([
    `ул. ${st}, ${hn()}`,
    `ул. ${st}, д. ${hn()}, кв. ${fl()}`,
    `пр. ${av}, ${hn()}, кв. ${fl()}`,
    `пр. ${av}, ${hn()}`,
    `мкр. ${pick(KG_MKR_RU)}, д. ${ri(1, 60)}, кв. ${fl()}`,
    `мкр ${pick(KG_MKR_RU)}, ${ri(1, 60)}-${ri(1, 90)}`,
  ]);
}
const KG_ST_KY = [
  'Ленин',
  'Токтогул',
  'Киев',
  'Ахунбаев',
  'Исанов',
  'Байтик Баатыр',
  'Боконбаев',
  'Фрунзе',
  'Курманжан Датка',
  'Масалиев',
  'Абдрахманов',
  'Тыныстанов',
  'Жибек Жолу',
  'Шабдан Баатыр',
  'Ибраимов',
  'Жукеев-Пудовкин',
];
const KG_AV_KY = ['Чүй', 'Манас', 'Жибек Жолу', 'Айтматов', 'Тынчтык'];
const KG_MKR_KY = ['Жал-29', 'Асанбай', 'Восток-5', 'Көк-Жар', 'Түңгүч', 'Аламүдүн-1', 'Учкун', 'Жал-23'];
function kgAddrKy() {
  const st = pick(KG_ST_KY),
    av = pick(KG_AV_KY),
    n = ri(1, 240),
    f = fl();
  return pick([
    `${st} көчөсү, ${n}`,
    `${st} көчөсү, ${n}-үй, ${f}-батир`,
    `${av} проспектиси, ${n}-үй`,
    `${av} проспектиси ${n}, ${f}-батир`,
    `${pick(KG_MKR_KY)} кичи району, ${ri(1, 60)}-үй, ${f}-батир`,
    `${st} көч., ${n}-үй`,
    `Эркиндик бульвары, ${n}`,
  ]);
}
function kgAddrEn() {
  const n = ri(1, 240),
    f = fl();
  return pick([
    `${n} Chui Avenue, apt ${f}`,
    `${n} Kievskaya Street`,
    `Dzhal-29 microdistrict, bldg ${ri(1, 60)}, apt ${f}`,
    `${n} Toktogul St., flat ${f}`,
    `${n} Manas Avenue`,
    `${n} Akhunbaev Street, apt. ${f}`,
  ]);
}
const UZ_ST = [
  'Navoiy',
  'Amir Temur',
  'Bunyodkor',
  'Mustaqillik',
  'Qatortol',
  "Bog'ishamol",
  'Muqimiy',
  'Farobiy',
  'Beruniy',
  'Bobur',
  'Shota Rustaveli',
  'Nurafshon',
  'Olmazor',
  "Marg'ilon",
  "Al-Farg'oniy",
  'Registon',
  'Sharof Rashidov',
  "Buyuk Ipak Yo'li",
  "Mirzo Ulug'bek",
  'Zarqaynar',
  'Labzak',
  'Taxtapul',
  'Chilonzor',
];
function uzAddrRaw() {
  const st = pick(UZ_ST),
    n = ri(1, 220),
    f = fl();
  const k = st === 'Amir Temur' ? "shoh ko'chasi" : "ko'chasi";
  return pick([
    `${st} ${k} ${n}-uy`,
    `${st} ${k}, ${n}-uy, ${f}-xonadon`,
    `${st} ${k}, ${n}-uy`,
    `${st} ${ri(1, 9)}-tor ko'chasi, ${n}-uy`,
    `Yunusobod ${ri(1, 19)}-mavze, ${n}-uy, ${f}-xonadon`,
    `Chilonzor ${ri(1, 30)}-mavze, ${n}-uy, ${f}-xonadon`,
    `${st} ${k} ${n}A-uy, ${f}-xonadon`,
  ]);
}
const uzAddr = () => {
  const a = uzAddrRaw();
  return ch(0.25) ? a.replace(/'/g, 'ʻ') : a;
};
function uzAddrCyr() {
  const st = uzCyr(pick(UZ_ST)),
    n = ri(1, 220),
    f = fl();
  return pick([
    `${st} кўчаси, ${n}-уй, ${f}-хонадон`,
    `${st} кўчаси ${n}-уй`,
    `${st} кўчаси, ${n}-уй`,
    `Юнусобод ${ri(1, 19)}-мавзе, ${n}-уй, ${f}-хонадон`,
    `${st} ${ri(1, 9)}-тор кўчаси, ${n}-уй`,
  ]);
}
const UZ_ST_RU = [
  'Навои',
  'Бунёдкор',
  'Мустакиллик',
  'Катартал',
  'Богишамол',
  'Мукими',
  'Фараби',
  'Беруни',
  'Бабура',
  'Шота Руставели',
  'Нурафшон',
  'Алмазар',
  'Маргиланская',
  'Ферганская',
  'Лабзак',
  'Тахтапуль',
];
function uzAddrRu() {
  const st = pick(UZ_ST_RU),
    n = ri(1, 200),
    f = fl();
  return pick([
    `ул. ${st}, д. ${n}, кв. ${f}`,
    `ул. ${st}, ${hn()}`,
    `пр. Амира Темура, ${n}`,
    `массив Юнусабад-${ri(1, 19)}, д. ${n}, кв. ${f}`,
    `Чиланзар, ${ri(1, 30)}-й квартал, д. ${n}, кв. ${f}`,
    `кв-л Ц-${ri(1, 6)}, д. ${n}, кв. ${f}`,
  ]);
}
function uzAddrEn() {
  const n = ri(1, 200),
    f = fl();
  return pick([
    `${n} Navoi Street, apt ${f}`,
    `Yunusabad-${ri(1, 19)}, bldg ${n}, apt ${f}`,
    `${n} Amir Temur Avenue`,
    `${n} Bogishamol Street, flat ${f}`,
    `${n} Mustaqillik Street`,
  ]);
}
const TJ_ST = [
  'Айнӣ',
  'Шотемур',
  'Бохтар',
  'Лоҳутӣ',
  'Пушкин',
  'Мирзо Турсунзода',
  'Фирдавсӣ',
  'Ҳусейнзода',
  'Деҳотӣ',
  'Бухоро',
  'Неъмат Қарабоев',
  'Носири Хусрав',
  'Ҷ. Расулов',
];
const TJ_AV = ['Рӯдакӣ', 'Исмоили Сомонӣ', 'Саъдии Шерозӣ', 'Борбад'];
function tjAddr() {
  const st = pick(TJ_ST),
    av = pick(TJ_AV),
    n = ri(1, 180),
    f = fl();
  return pick([
    `кӯчаи ${st} ${n}`,
    `кӯчаи ${st}, хонаи ${n}`,
    `кӯчаи ${st} ${n}, ҳуҷраи ${f}`,
    `хиёбони ${av} ${n}`,
    `хиёбони ${av}, бинои ${n}, хонаи ${f}`,
    `кӯчаи ${st}, ${n}/${ri(1, 9)}, хонаи ${f}`,
    `кӯчаи ${st} ${n}, квартираи ${f}`,
  ]);
}
const TJ_ST_RU = [
  'Айни',
  'Шотемура',
  'Бохтар',
  'Лахути',
  'Пушкина',
  'Мирзо Турсунзаде',
  'Фирдавси',
  'Хусейнзода',
  'Дехоти',
  'Н. Карабаева',
  'Дж. Расулова',
  'Сомони',
];
const TJ_AV_RU = ['Рудаки', 'Исмоила Сомони', 'Саади Шерози', 'Борбад'];
function tjAddrRu() {
  const st = pick(TJ_ST_RU),
    av = pick(TJ_AV_RU),
    n = ri(1, 180),
    f = fl();
  return pick([`ул. ${st}, д. ${n}, кв. ${f}`, `ул. ${st}, ${n}`, `пр. ${av}, ${n}`, `пр. ${av}, д. ${n}, кв. ${f}`]);
}
function tjAddrEn() {
  const n = ri(1, 180),
    f = fl();
  return pick([
    `${n} Rudaki Avenue, apt ${f}`,
    `${n} Aini Street`,
    `house ${n}, Ismoili Somoni Avenue`,
    `${n} Shotemur Street, flat ${f}`,
  ]);
}
const TR_MAH = [
  'Atatürk',
  'Laleli',
  'Kumkapı',
  'Mimar Hayrettin',
  'Yenibosna Merkez',
  'Cumhuriyet',
  'Fevzi Çakmak',
  'Mimar Sinan',
  'Yavuz Selim',
  'Kazım Karabekir',
  'Mevlana',
  'Hürriyet',
  'Esenkent',
  'Mareşal Çakmak',
  'Şirinyalı',
  'Güzeloba',
  'Kızılsaray',
  'Saray',
  'Oba',
  'Mahmutlar',
];
const TR_CAD = [
  'Ordu',
  'Gençtürk',
  'Kadırga Limanı',
  'Vatan',
  'İnönü',
  'Adnan Menderes',
  'Millet',
  'Akdeniz',
  'Gazi',
  'Barbaros',
  'Atatürk',
  'Cumhuriyet',
  'Fatih Sultan Mehmet',
  'Mithatpaşa',
];
function trAddr() {
  const m = pick(TR_MAH),
    c = pick(TR_CAD),
    s = ri(100, 12999),
    h = ri(1, 140),
    d = ri(1, 24);
  return pick([
    `${m} Mah. ${s} Sok. No:${h} D:${d}`,
    `${m} Mah. ${c} Cad. No:${h} D:${d}`,
    `${m} Mahallesi ${c} Caddesi No: ${h} Daire: ${d}`,
    `${c} Cad. No: ${h} Kat: ${ri(1, 9)} Daire: ${d}`,
    `${m} Mah. ${s}. Sk. No:${h}/${d}`,
    `${m} Mah. ${c} Cad. ${pick(['Güneş', 'Yıldız', 'Lale', 'Park', 'Deniz'])} Apt. No:${h} D:${d}`,
    `${m} Mah. ${s}. Sokak No:${h} İç Kapı No:${d}`,
  ]);
}
const TR_DIST = [
  'Fatih',
  'Zeytinburnu',
  'Esenyurt',
  'Bayrampaşa',
  'Bahçelievler',
  'Muratpaşa',
  'Konyaaltı',
  'Alanya',
  'Beylikdüzü',
  'Avcılar',
];
const AE_ST = [
  'Al Nahda Street',
  'Al Rigga Road',
  'Al Muraqqabat Road',
  'Baniyas Road',
  'Al Wasl Road',
  'Naif Road',
  'Khalid Bin Al Waleed Road',
  'Sheikh Zayed Road',
  'Al Qusais Street',
  'Hamdan Street',
  'Al Taawun Street',
  'King Faisal Street',
  'Al Khail Road',
  'Damascus Street',
];
function aeAddr() {
  const st = pick(AE_ST);
  return pick([
    `Building ${ri(1, 120)}, ${st}`,
    `Tower ${pick(['A', 'B', 'C', 'D'])}, flat ${ri(1, 45)}${pad(ri(1, 20))}`,
    `Flat ${ri(101, 2408)}, ${pick(['Al Khaleej', 'Al Noor', 'Rose', 'Sapphire', 'Golden Sands 3', 'Al Shaiba'])} Tower, ${st}`,
    `Villa ${ri(1, 80)}, ${ord(ri(1, 40))} Street`,
    `Apartment ${ri(101, 1909)}, Building ${ri(1, 60)}, ${st}`,
    `Room ${ri(1, 40)}, Block ${pick(['A', 'B', 'C'])}, Street ${ri(1, 30)}`,
  ]);
}
const AE_DIST = [
  'Deira',
  'Bur Dubai',
  'Al Qusais',
  'Al Nahda',
  'Karama',
  'Al Barsha',
  'International City',
  'JLT',
  'Al Majaz',
];
const KR_RD = [
  'Gongdan-ro',
  'Wongok-ro',
  'Sandan-ro',
  'Siheung-daero',
  'Jungbu-daero',
  'Haean-ro',
  'Gosan-ro',
  'Jungang-daero',
  'Gyeongin-ro',
  'Wonmi-ro',
  'Jeongwang-daero',
  'Namdong-daero',
];
function krAddr() {
  const r = pick(KR_RD),
    n = ri(1, 350);
  return pick([
    `${n}, ${r} ${ri(1, 200)}beon-gil, Room ${ri(101, 509)}`,
    `Room ${ri(101, 509)}, ${n} ${r} ${ri(1, 99)}beon-gil`,
    `${ri(101, 115)}-dong ${ri(1, 25)}${pad(ri(1, 8))}-ho, ${n} ${r}`,
    `${n}, ${r} ${ri(1, 40)}-gil`,
    `${pick(['B1', '2F', '3F'])}, ${n} ${r}`,
  ]);
}
const RU_ST = [
  ['ул. Садовая', 'улице Садовой'],
  ['Профсоюзная ул.', 'Профсоюзной улице'],
  ['пр-т Мира', 'проспекте Мира'],
  ['ш. Энтузиастов', 'шоссе Энтузиастов'],
  ['ул. Ленина', 'улице Ленина'],
  ['Ленинский пр-т', 'Ленинском проспекте'],
  ['ул. Большая Черкизовская', 'улице Большой Черкизовской'],
  ['ул. Маршала Жукова', 'улице Маршала Жукова'],
  ['ул. Тверская', 'Тверской улице'],
  ['ул. Академика Королёва', 'улице Академика Королёва'],
  ['Дмитровское ш.', 'Дмитровском шоссе'],
  ['ул. Гагарина', 'улице Гагарина'],
  ['Каширское ш.', 'Каширском шоссе'],
  ['ул. Малышева', 'улице Малышева'],
  ['ул. Вагоностроителей', 'улице Вагоностроителей'],
];
function ruAddr(loc = false) {
  const [n, l] = pick(RU_ST);
  const s = loc ? l : n,
    h = hn();
  return pick([
    `${s}, д. ${h}, кв. ${fl()}`,
    `${s}, д. ${h}, корп. ${ri(1, 5)}, кв. ${fl()}`,
    `${s}, д. ${h}, стр. ${ri(1, 9)}`,
    `${s}, ${h}`,
    `${s}, д. ${h}`,
    `${s}, д. ${h}, корп. ${ri(1, 4)}, стр. ${ri(1, 3)}`,
  ]);
}
function ruAddrLat() {
  const st = pick([
    'ul. Sadovaya',
    'Profsoyuznaya ul.',
    'prospekt Mira',
    'sh. Entuziastov',
    'ul. Lenina',
    'Leninsky prospekt',
    'ul. Bolshaya Cherkizovskaya',
    'ul. Tverskaya',
    'ul. Malysheva',
  ]);
  return pick([
    `${st}, d. ${ri(1, 200)}, kv. ${fl()}`,
    `${st}, d. ${ri(1, 200)}, korp. ${ri(1, 5)}`,
    `${st} ${ri(1, 200)}, apt ${fl()}`,
    `${st}, bldg ${ri(1, 200)}, str. ${ri(1, 9)}`,
  ]);
}

// ───────────────────────────────────────────── handles and e-mail
function loginOf(p) {
  const g = ascii(gN(p, 'lat'))
      .toLowerCase()
      .replace(/[^a-z]/g, ''),
    s = ascii(sN(p, 'lat'))
      .toLowerCase()
      .replace(/[^a-z]/g, '');
  return pick([
    `${g}.${s[0]}`,
    `${g}_${s}`,
    `${g}${ri(85, 99)}`,
    `${s}.${g}`,
    `${g.slice(0, 4)}_${ri(1, 999)}`,
    `${g}.${s}${pad(ri(0, 6))}`,
    `${g[0]}.${s}`,
    `${g}${s[0]}_${ri(90, 99)}`,
    `${g}_${s.slice(0, 5)}`,
    `${g}.${ri(1990, 2006)}`,
    `${g.slice(0, 3)}ik_${pick(['777', '007', '99', '01'])}`,
    `its_${g}`,
  ]);
}
const DOMAINS = [
  'mail.ru',
  'bk.ru',
  'inbox.ru',
  'list.ru',
  'yandex.ru',
  'gmail.com',
  'mail.kz',
  'inbox.uz',
  'umail.uz',
  'yahoo.com',
  'hotmail.com',
  'outlook.com',
  'icloud.com',
  'yandex.kz',
  'rambler.ru',
];
const email = (p) => `${loginOf(p)}@${pick(DOMAINS)}`;
const handle = (p) => loginOf(p);
function wechat() {
  return pick([
    `wxid_${L(4, 'abcdefghijkmnpqrstuvwxyz')}${dg(6)}`,
    `${pick(['li', 'wang', 'zhang', 'chen', 'ma'])}_${pick(['na', 'lei', 'wei', 'jun'])}${ri(80, 99)}`,
    `${pick(['kuaile', 'xiaoma', 'dongfang'])}${dg(3)}`,
  ]);
}

// ───────────────────────────────────────────── MRZ (ICAO 9303 TD3)
function mrzVal(c) {
  if (c === '<') return 0;
  if (c >= '0' && c <= '9') return c.charCodeAt(0) - 48;
  return c.charCodeAt(0) - 55;
}
function mrzCk(s) {
  let t = 0;
  for (let i = 0; i < s.length; i++) t += mrzVal(s[i]) * [7, 3, 1][i % 3];
  return String(t % 10);
}
const mrzName = (s) =>
  ascii(s)
    .toUpperCase()
    .replace(/[-\s]+/g, '<')
    .replace(/[^A-Z<]/g, '');
function mrzParts(code, sur, giv, no, b, sex, exp) {
  const S = mrzName(sur),
    G = mrzName(giv);
  const head = `P<${code}`;
  const fill = 44 - head.length - S.length - 2 - G.length;
  if (fill < 0) throw new Error('MRZ too long');
  const docNo = no.replace(/\s/g, '');
  const doc = docNo.padEnd(9, '<');
  const dc = mrzCk(doc);
  const dobS = pad(b.y % 100) + pad(b.m) + pad(b.d),
    expS = pad(exp.y % 100) + pad(exp.m) + pad(exp.d);
  const pers = '<'.repeat(14),
    pc = '<';
  const comp = mrzCk(doc + dc + dobS + mrzCk(dobS) + expS + mrzCk(expS) + pers + pc);
  const tail =
    doc.slice(docNo.length) +
    dc +
    code +
    dobS +
    mrzCk(dobS) +
    (sex === 'f' ? 'F' : 'M') +
    expS +
    mrzCk(expS) +
    pers +
    pc +
    comp;
  if (docNo.length + tail.length !== 44) throw new Error('MRZ line 2 length');
  return [head, P(S), '<<', P(G), '<'.repeat(fill), '\n', PP(docNo), tail];
}
const expD = () => ({ y: ri(2025, 2034), m: ri(1, 12), d: ri(1, 28) });

// ───────────────────────────────────────────── countries
const KZ_CITY_RU = [
  'Алматы',
  'Астана',
  'Шымкент',
  'Караганда',
  'Тараз',
  'Талдыкорган',
  'Актобе',
  'Атырау',
  'Павлодар',
  'Усть-Каменогорск',
  'Кызылорда',
  'Туркестан',
  'Семей',
  'Костанай',
  'Уральск',
];
const KZ_CITY_KK = [
  'Алматы',
  'Астана',
  'Шымкент',
  'Қарағанды',
  'Тараз',
  'Талдықорған',
  'Ақтөбе',
  'Атырау',
  'Павлодар',
  'Өскемен',
  'Қызылорда',
  'Түркістан',
  'Семей',
  'Қостанай',
  'Орал',
];
const KZ_CITY_KL = [
  'Almaty',
  'Astana',
  'Şymkent',
  'Qarağandy',
  'Taraz',
  'Taldyqorğan',
  'Aqtöbe',
  'Atyrau',
  'Pavlodar',
  'Öskemen',
  'Qyzylorda',
  'Türkistan',
  'Semei',
  'Qostanai',
];
const KZ_CITY_EN = [
  'Almaty',
  'Astana',
  'Shymkent',
  'Karaganda',
  'Taraz',
  'Taldykorgan',
  'Aktobe',
  'Atyrau',
  'Pavlodar',
  'Oskemen',
  'Kyzylorda',
  'Turkistan',
  'Semey',
];
const KG_CITY_RU = [
  'Бишкек',
  'Ош',
  'Джалал-Абад',
  'Каракол',
  'Нарын',
  'Талас',
  'Токмок',
  'Баткен',
  'Кара-Балта',
  'Узген',
];
const KG_CITY_KY = [
  'Бишкек',
  'Ош',
  'Жалал-Абад',
  'Каракол',
  'Нарын',
  'Талас',
  'Токмок',
  'Баткен',
  'Кара-Балта',
  'Өзгөн',
];
const KG_CITY_EN = ['Bishkek', 'Osh', 'Jalal-Abad', 'Karakol', 'Naryn', 'Talas', 'Tokmok', 'Batken', 'Kara-Balta'];
const UZ_CITY = [
  'Toshkent',
  'Samarqand',
  "Farg'ona",
  'Andijon',
  'Namangan',
  'Buxoro',
  'Qarshi',
  'Termiz',
  'Urganch',
  'Nukus',
  'Jizzax',
  'Guliston',
  "Marg'ilon",
  "Qo'qon",
];
const UZ_CITY_RU = [
  'Ташкент',
  'Самарканд',
  'Фергана',
  'Андижан',
  'Наманган',
  'Бухара',
  'Карши',
  'Термез',
  'Ургенч',
  'Нукус',
  'Джизак',
  'Коканд',
];
const UZ_CITY_CYR = [
  'Тошкент',
  'Самарқанд',
  'Фарғона',
  'Андижон',
  'Наманган',
  'Бухоро',
  'Қарши',
  'Термиз',
  'Урганч',
  'Нукус',
];
const UZ_CITY_EN = [
  'Tashkent',
  'Samarkand',
  'Fergana',
  'Andijan',
  'Namangan',
  'Bukhara',
  'Karshi',
  'Termez',
  'Urgench',
  'Nukus',
];
const TJ_CITY = [
  'Душанбе',
  'Хуҷанд',
  'Бохтар',
  'Кӯлоб',
  'Истаравшан',
  'Панҷакент',
  'Хоруғ',
  'Ваҳдат',
  'Турсунзода',
  'Исфара',
  'Норак',
];
const TJ_CITY_RU = [
  'Душанбе',
  'Худжанд',
  'Бохтар',
  'Куляб',
  'Истаравшан',
  'Пенджикент',
  'Хорог',
  'Вахдат',
  'Турсунзаде',
  'Исфара',
];
const TJ_CITY_EN = ['Dushanbe', 'Khujand', 'Bokhtar', 'Kulob', 'Istaravshan', 'Panjakent', 'Khorog', 'Vahdat'];
const TM_CITY_EN = ['Ashgabat', 'Mary', 'Turkmenabat', 'Dashoguz', 'Balkanabat'];
const TR_CITY = ['İstanbul', 'Antalya', 'Ankara', 'İzmir', 'Bursa', 'Alanya', 'Mersin', 'Trabzon', 'Kayseri'];
const RU_CITY = [
  'Москва',
  'Санкт-Петербург',
  'Екатеринбург',
  'Новосибирск',
  'Казань',
  'Омск',
  'Самара',
  'Краснодар',
  'Сургут',
  'Красноярск',
];
const RU_CITY_EN = [
  'Moscow',
  'St Petersburg',
  'Yekaterinburg',
  'Novosibirsk',
  'Kazan',
  'Samara',
  'Krasnodar',
  'Surgut',
];
const KR_CITY = [
  'Ansan-si',
  'Hwaseong-si',
  'Gimhae-si',
  'Pyeongtaek-si',
  'Siheung-si',
  'Incheon',
  'Gwangju',
  'Cheonan-si',
  'Asan-si',
];
const CTY = {
  kz: {
    cult: 'kz',
    ph: kzPhone,
    id: iin,
    idRu: 'ИИН',
    idEn: 'IIN',
    pass: kzPass,
    addrRu: kzAddrRu,
    addrEn: kzAddrEn,
    cityRu: KZ_CITY_RU,
    cityEn: KZ_CITY_EN,
    natEn: 'Kazakh',
    trNat: 'Kazakistan',
    mrz: 'KAZ',
    cardK: ['kaspi', 'halyk', 'jusan', 'forte'],
  },
  kg: {
    cult: 'kg',
    ph: kgPhone,
    id: kgPin,
    idRu: 'ПИН',
    idEn: 'PIN',
    pass: kgPass,
    addrRu: kgAddrRu,
    addrEn: kgAddrEn,
    cityRu: KG_CITY_RU,
    cityEn: KG_CITY_EN,
    natEn: 'Kyrgyz',
    trNat: 'Kırgızistan',
    mrz: 'KGZ',
    cardK: ['optima', 'elcart', 'visa'],
  },
  uz: {
    cult: 'uz',
    ph: uzPhone,
    id: uzPinfl,
    idRu: 'ПИНФЛ',
    idEn: 'PINFL',
    pass: uzPass,
    addrRu: uzAddrRu,
    addrEn: uzAddrEn,
    cityRu: UZ_CITY_RU,
    cityEn: UZ_CITY_EN,
    natEn: 'Uzbek',
    trNat: 'Özbekistan',
    mrz: 'UZB',
    cardK: ['uzcard', 'humo'],
  },
  tj: {
    cult: 'tj',
    ph: tjPhone,
    id: (b, s) => tjInn(),
    idRu: 'ИНН',
    idEn: 'TIN',
    pass: tjPass,
    addrRu: tjAddrRu,
    addrEn: tjAddrEn,
    cityRu: TJ_CITY_RU,
    cityEn: TJ_CITY_EN,
    natEn: 'Tajik',
    trNat: 'Tacikistan',
    mrz: 'TJK',
    cardK: ['tj', 'visa'],
  },
  tm: {
    cult: 'tm',
    ph: tmPhone,
    id: null,
    pass: tmPass,
    addrRu: null,
    addrEn: null,
    cityRu: ['Ашхабад', 'Мары', 'Туркменабад', 'Дашогуз'],
    cityEn: TM_CITY_EN,
    natEn: 'Turkmen',
    trNat: 'Türkmenistan',
    mrz: 'TKM',
    cardK: ['visa'],
  },
};
const gf = (p, m, f) => (p.sex === 'f' ? f : m);
function passPage(k, hdr) {
  // hdr: labels for [title, surname, given, dob] in the local language
  const C = CTY[k],
    v = mk(k),
    b = dob(1979, 2005),
    exp = expD();
  const no = k === 'tm' ? tmPassMrz() : C.pass().replace(/^ID/, 'AC');
  const S = UPV(v, sN(v, k === 'uz' ? 'mrz' : 'lat')),
    G = UPV(v, gN(v, k === 'uz' ? 'mrz' : 'lat'));
  return [
    hdr[0],
    ' № ',
    PP(no),
    `\n${hdr[1]}: `,
    P(S),
    `\n${hdr[2]}: `,
    P(G),
    `\n${hdr[3]}: `,
    BD(dN(b)),
    `\n${hdr[4] || 'Date of expiry'}: ${dN(exp)}\n`,
    mrzParts(C.mrz, S, G, no, b, v.sex, exp),
  ];
}

// ───────────────────────────────────────────── template registry
const TPL = [];
function T(lang, script, genre, fn, neg = false) {
  TPL.push({
    id: `${lang}-${script}-${pad(TPL.filter((t) => t.lang === lang).length + 1, 3)}`,
    lang,
    script,
    genre,
    fn,
    neg,
  });
}
const N = (lang, script, genre, fn) => T(lang, script, genre, fn, true);

// ═════════════════════════════════════════════ RUSSIAN (ru, cyrl)
const KZ_COURTS_RU = [
  'Алмалинского районного суда г. Алматы',
  'Есильского районного суда г. Астаны',
  'Специализированного межрайонного суда по уголовным делам г. Шымкента',
  'Медеуского районного суда г. Алматы',
  'Бостандыкского районного суда г. Алматы',
  'Казыбекбийского районного суда г. Караганды',
];
const KZ_COURTS_RU_NOM = [
  'Медеуского районного суда г. Алматы',
  'Есильского районного суда г. Астаны',
  'Алмалинского районного суда г. Алматы',
  'Октябрьского районного суда г. Бишкека',
  'Первомайского районного суда г. Бишкека',
];
const CO_RU = [
  'Жибек Жолы Тревел',
  'Дубай Стар Сервис',
  'Эверест-Групп',
  'Сункар Тур',
  'Asia Work Partners',
  'Ак Жол Плюс',
  'Orient Job Consulting',
  'Бриллиант Модел Менеджмент',
];

T('ru', 'cyrl', 'victim-interview', () => {
  const v = mk('kz', 'f'),
    r = mk(pick(['kz', 'kg', 'uz']), 'f'),
    b = dob(1986, 2005);
  return [
    'Потерпевшая ',
    P(nm(v, 'ru', 'SGP')),
    ', ',
    BD(dN(b)),
    ' г.р., уроженка г. ',
    pick(KZ_CITY_RU),
    ', проживающая по адресу: г. ',
    pick(KZ_CITY_RU),
    ', ',
    AD(kzAddrRu()),
    ', пояснила, что в ',
    pick(RU_MON_LOC),
    ' ',
    ri(2021, 2024),
    ' г. познакомилась в Instagram с девушкой, представившейся ',
    P(rc(r, 'G', 'ins')),
    '.',
  ];
});
T('ru', 'cyrl', 'witness-statement', () => {
  const w = mk(pick(['kz', 'rs', 'kg']), 'm'),
    v = mk('kz', 'f'),
    d = mk('kz', 'm');
  return [
    'Допрошенный в качестве свидетеля ',
    P(nm(w, 'ru', 'SGP')),
    ' показал, что ',
    dN(ev(2021, 2024)),
    ' около 22 часов видел, как ',
    P(rc(v, 'G', 'acc')),
    ' и ещё двух девушек посадили в микроавтобус «',
    pick(CARS),
    '» с госномером ',
    PL(kzPlate()),
    ', за рулём которого находился мужчина по имени ',
    P(gN(d, 'ru')),
    '.',
  ];
});
T('ru', 'cyrl', 'police-report', () => {
  const s = mk('kz', 'm'),
    b = dob(1975, 1999);
  return [
    'В ходе оперативно-розыскных мероприятий установлено, что ',
    P(nm(s, 'ru', 'SGP')),
    ' (',
    BD(dN(b)),
    ' г.р., ИИН ',
    NID(iin(b, 'm')),
    ') с использованием абонентского номера ',
    PH(kzPhone()),
    ' подыскивал девушек из ',
    pick(['Жамбылской', 'Туркестанской', 'Алматинской', 'Кызылординской', 'Абайской']),
    ' области для работы в ОАЭ. ЕРДР № ',
    erdr(),
    '.',
  ];
});
T('ru', 'cyrl', 'court-verdict', () => {
  const s = mk(pick(['kz', 'kz', 'uz', 'kg'])),
    b = dob(1970, 2000),
    e = ev(2020, 2024);
  return [
    'Приговором ',
    pick(KZ_COURTS_RU),
    ' от ',
    dRu(e),
    ' года ',
    P(nm(s, 'ru', 'SGP')),
    ', ',
    BD(dN(b)),
    ' года рождения, ',
    gf(s, 'признан виновным', 'признана виновной'),
    ' по п. 2 ч. 2 ст. 128 УК РК и ',
    gf(s, 'осуждён', 'осуждена'),
    ' к ',
    ri(5, 12),
    ' годам лишения свободы. Дело № 1-',
    ri(100, 999),
    '/',
    e.y,
    '.',
  ];
});
T('ru', 'cyrl', 'ngo-intake', () => {
  const k = pick(['kz', 'kg', 'uz', 'tj']),
    C = CTY[k],
    v = mk(k, 'f'),
    b = dob(1983, 2005);
  return [
    `Анкета первичного обращения № ${ri(12, 480)}/${ri(2021, 2024)}\nФИО: `,
    P(nm(v, 'ru', 'SGP')),
    '\nДата рождения: ',
    BD(dN(b)),
    `\n${C.idRu}: `,
    NID(C.id(b, 'f')),
    '\nКонтактный телефон: ',
    PH(C.ph()),
    '\nАдрес проживания: г. ',
    pick(C.cityRu),
    ', ',
    AD(C.addrRu()),
    '\nИсточник информации: ',
    pick(['горячая линия 111', 'Instagram', 'подруга', 'МОМ', 'полиция']),
  ];
});
T('ru', 'cyrl', 'shelter-log', () => {
  const v = mk(pick(['kz', 'kg', 'uz']), 'f'),
    o = mk('kz', 'm'),
    b = dob(1990, 2006);
  return [
    `${dN(ev(2022, 2024))} ${hm()} — в кризисный центр поступила `,
    P(gN(v, 'ru')),
    ` (${ruAge(ageOf(b))}), доставлена сотрудниками ДП г. ${pick(KZ_CITY_RU)}. Сопровождающий — инспектор `,
    P(nm(o, 'ru', 'SI')),
    '. При себе: паспорт ',
    PP(CTY[v.cult].pass()),
    ', мобильный телефон без SIM-карты.',
  ];
});
T('ru', 'cyrl', 'chat-export', () => {
  const a = mk('kz', 'f'),
    bb = mk('kz', 'f'),
    m = mk('ar', 'm'),
    e = ev(2022, 2024),
    d = dNs(e),
    t = ri(9, 22);
  const A = gN(a, 'ru'),
    B = gN(bb, 'ru');
  return [
    `[${d}, ${t}:05] `,
    P(A),
    ': скинь номер того мужика из Дубая\n',
    `[${d}, ${t}:07] `,
    P(B),
    ': ',
    PH(aePhone()),
    ' это ',
    P(gN(m, 'ru')),
    ', он по визам\n',
    `[${d}, ${t}:08] `,
    P(A),
    ': а деньги куда кидать?\n',
    `[${d}, ${t}:09] `,
    P(B),
    ': ',
    CA(fmtCard(card('kaspi'), pick(['space', 'plain']))),
    ', получатель ',
    P(nm(bb, 'ru', 'GI')),
    ' 👍',
  ];
});
T('ru', 'cyrl', 'border-record', () => {
  const v = mk('uz'),
    b = dob(1975, 2004);
  return [
    gf(v, 'Гражданин', 'Гражданка'),
    ' Республики Узбекистан ',
    P(nm(v, 'ru', 'SGP')),
    ', ',
    BD(dN(b)),
    ' г.р., паспорт ',
    PP(uzPass()),
    ', ',
    dN(ev(2022, 2024)),
    ' ',
    gf(v, 'въехал', 'въехала'),
    ' на территорию РК через ПП «',
    pick(['Жибек жолы', 'Казыгурт', 'Атамекен', 'Сарыагаш']),
    '» на автомашине с номером ',
    PL(uzPlate()),
    ', цель поездки — частная.',
  ];
});
T('ru', 'cyrl', 'bank-transfer', () => {
  const a = mk('kz'),
    r = mk('kz');
  return [
    `Перевод № ${dg(10)} от ${dN(ev(2022, 2024))} ${hm()}\nОтправитель: `,
    P(nm(a, 'ru', 'GI')),
    ', карта ',
    CA(fmtCard(card(pick(['kaspi', 'halyk', 'jusan'])), pick(['mask', 'maskx', 'mask6']))),
    '\nПолучатель: ',
    P(nm(r, 'ru', 'SG')),
    ', карта ',
    CA(fmtCard(card(pick(['kaspi', 'halyk', 'forte'])), pick(['space', 'plain', 'dash']))),
    `\nСумма: ${grp(ri(10, 400) * 1000)} ₸, комиссия 0 ₸`,
  ];
});
T('ru', 'cyrl', 'bank-statement-table', () => {
  const rows = ri(3, 5),
    parts = ['Дата | Отправитель | Карта отправителя | Сумма, ₸\n'];
  for (let i = 0; i < rows; i++) {
    const p = mk(pick(['kz', 'kz', 'kg', 'uz']));
    parts.push(
      `${dN(ev(2023, 2024))} | `,
      P(nm(p, 'ru', pick(['SI', 'SG', 'GI']))),
      ' | ',
      CA(fmtCard(card(pick(['kaspi', 'halyk', 'jusan', 'mir'])), pick(['mask', 'mask', 'space', 'mask6']))),
      ` | ${grp(ri(5, 300) * 1000)}`,
      i < rows - 1 ? '\n' : '',
    );
  }
  return parts;
});
T('ru', 'cyrl', 'recruiter-ad', () => {
  const r = mk(pick(['kz', 'kg', 'uz', 'tm']), 'f'),
    k = pick(['kz', 'kg', 'uz']);
  return [
    pick(['🔥 ', '‼️ ', '✨ ', '']),
    `Работа в ${pick(['Дубае', 'Турции', 'Корее', 'Анталии', 'Стамбуле'])}! Требуются девушки 18–30 лет (официантки, хостес, няни). З/п от ${pick(['1500', '2000', '2500', '3000'])}$ + чаевые, жильё и перелёт за счёт работодателя. Звоните: `,
    PH(CTY[k].ph()),
    ' (',
    P(gN(r, 'ru')),
    '), пишите в телеграм: ',
    HA('@' + pick(RECR_H)),
  ];
});
T('ru', 'cyrl', 'messenger-report', () => {
  const k = pick(['kz', 'kg', 'uz']);
  return [
    'Вербовщица, известная под прозвищем «',
    P(pick(NICK_RU)),
    '», переписывалась с потерпевшими с аккаунта ',
    HA('@' + pick(RECR_H)),
    ' и звонила с номера ',
    PH(CTY[k].ph()),
    ', ',
    pick(['2–3 раза в день', 'по 5–6 раз в сутки', 'в основном по ночам']),
    '.',
  ];
});
T('ru', 'cyrl', 'migration-record', () => {
  const v = mk('kg'),
    b = dob(1978, 2004);
  return [
    gf(v, 'Иностранный гражданин ', 'Иностранная гражданка '),
    P(nm(v, 'ru', 'SGP')),
    ', ',
    BD(dN(b)),
    ' г.р., паспорт гражданина Кыргызской Республики ',
    PP(kgPass()),
    ', ПИН ',
    NID(kgPin(b, v.sex)),
    `, ${gf(v, 'поставлен', 'поставлена')} на миграционный учёт по адресу: г. ${pick(RU_CITY)}, `,
    AD(ruAddr()),
    `. Принимающая сторона — ООО «${pick(['СтройИнвест', 'Вектор-М', 'АгроЛайн', 'Северная звезда'])}», ИНН ${nz(10)}.`,
  ];
});
T('ru', 'cyrl', 'police-report', () => {
  const v = mk(pick(['kz', 'kg', 'uz']), 'f'),
    o = mk('rs');
  const [pp, a] = ch(0.5) ? ['на ', ruAddr(true)] : kzLoc();
  return [
    'Девушек удерживали в квартире ',
    pp,
    AD(a),
    '; окна были заколочены, а паспорта хранились у ',
    P(rc(o, 'SG', 'gen')),
    '. Одна из потерпевших, ',
    P(gN(v, 'ru')),
    ', сумела позвонить по номеру 102.',
  ];
});
T('ru', 'cyrl', 'victim-interview', () => {
  const v = mk(pick(['uz', 'kg', 'kz']), 'f'),
    e = mk('kr', 'm');
  return [
    'По словам ',
    P(rc(v, 'G', 'gen')),
    ', работодатель ',
    P(nm(e, 'ru', 'SG')),
    ' забрал паспорта у всех работниц; общежитие находилось по адресу: ',
    pick(KR_CITY),
    ', ',
    AD(krAddr()),
    '. Зарплату (',
    grp(ri(18, 26) * 100000),
    ' вон) не выплачивали три месяца.',
  ];
});
T('ru', 'cyrl', 'prosecutor-request', () => {
  const s = mk('rs'),
    b = dob(1965, 1995);
  return [
    'Прошу установить местонахождение ',
    gf(s, 'гражданина', 'гражданки'),
    ' РФ ',
    P(rc(s, 'SGP', 'gen')),
    ', ',
    BD(dN(b)),
    ' г.р., ИНН ',
    NID(ruInn()),
    ', СНИЛС ',
    NID(snils()),
    ', ',
    gf(s, 'зарегистрированного', 'зарегистрированной'),
    ' по адресу: г. ',
    pick(RU_CITY),
    ', ',
    AD(ruAddr()),
    ', и сообщить в Генеральную прокуратуру РК в срок до ',
    dN(ev(2024, 2025)),
    '.',
  ];
});
T('ru', 'cyrl', 'hotline-log', () => {
  const d = mk('kz', 'f'),
    mo = mk('kz', 'f');
  mo.s = d.s;
  return [
    `${dN(ev(2022, 2024))}, ${hm()}. Звонок на горячую линию ${pick(['111', '8 800 080 77 77', '1188'])}. Обратилась мать `,
    P(rc(d, 'G', 'gen')),
    ' — ',
    P(nm(mo, 'ru', 'SGP')),
    ', тел. ',
    PH(kzPhone()),
    `. Дочь с ${ri(2021, 2023)} г. находится в ${pick(['Дубае', 'Абу-Даби', 'Шардже'])}, последний раз выходила на связь с номера `,
    PH(aePhone()),
    '.',
  ];
});
T('ru', 'cyrl', 'police-report', () => {
  const d = mk(pick(['kz', 'rs', 'kg']), 'm');
  return [
    'Потерпевших перевозили на автомобиле «',
    pick(CARS),
    '» с государственным регистрационным знаком ',
    PL(ch(0.4) ? ruPlate() : kzPlate()),
    ', за рулём находился ',
    P(nm(d, 'ru', 'SG')),
    ' по прозвищу «',
    P(pick(NICK_RU)),
    '».',
  ];
});
T('ru', 'cyrl', 'passport-page', () =>
  passPage(pick(['kz', 'kg', 'uz', 'tj']), [
    'ПАСПОРТ / PASSPORT   Тип/Type: P',
    'Фамилия/Surname',
    'Имя/Given names',
    'Дата рождения/Date of birth',
    'Дата окончания срока/Date of expiry',
  ]),
);
T('ru', 'cyrl', 'indictment-list', () => {
  const a = mk('kz'),
    b = mk(pick(['kz', 'uz']), 'f'),
    c = mk(pick(['kz', 'kg']), 'm');
  return [
    `Список лиц, привлечённых к уголовной ответственности по делу № ${erdr()}:\n1. `,
    P(nm(a, 'ru', 'SI')),
    ' — организатор (ч. 3 ст. 128 УК РК);\n2. ',
    P(nm(b, 'ru', 'SI')),
    ' — вербовщица;\n3. ',
    P(nm(c, 'ru', 'SI')),
    ' — водитель, автомобиль ',
    PL(kzPlate()),
    '.',
  ];
});
T('ru', 'cyrl', 'court-verdict-ocr', () => {
  const s = mk(pick(['kz', 'kg']), 'f'),
    o = mk('kz', 'm');
  return [
    '[распознанный текст] …подсу\u00ADдимая ',
    P(shy(nm(s, 'ru', 'SGP'))),
    ' вину при\u00ADзнала частично, пояснив, что денеж\u00ADные средства переводила на карту ',
    CA(fmtCard(card('kaspi'), 'space')),
    ' по указанию ',
    P(shy(rc(o, 'SG', 'gen'))),
    ', с которым позна\u00ADкомилась в 2022 году.',
  ];
});
T('ru', 'cyrl', 'email', () => {
  const a = mk(pick(['kz', 'kg']), 'f'),
    v = mk(pick(['kz', 'kg']), 'f');
  return [
    'От: ',
    EM(email(a)),
    '\nКому: ',
    EM(email(v)),
    '\nТема: документы\n\nДобрый день! Отправляю скан паспорта ',
    P(rc(v, 'G', 'gen')),
    ': ',
    PP(CTY[v.cult].pass()),
    '. Перезвоните, пожалуйста, на ',
    PH(CTY[a.cult].ph()),
    '.\n— ',
    P(gN(a, 'ru')),
  ];
});
T('ru', 'cyrl', 'bank-record', () => {
  const s = mk('kz');
  return [
    `Денежные средства в сумме ${grp(ri(2, 90) * 50000)} тенге перечислены на счёт `,
    IB(fmtIban(iban('KZ'))),
    ` в АО «${pick(KZ_BANKS)}», открытый на имя `,
    P(rc(s, 'SGP', 'gen')),
    '.',
  ];
});
T('ru', 'cyrl', 'bank-record', () => {
  const s = mk('rs');
  return [
    `Зарплату (по ${grp(ri(25, 70) * 1000)} руб. в месяц) «работодатель» перечислял не работникам, а на счёт № `,
    IB(ruAcc()),
    ' в ПАО Сбербанк; владелец счёта — ',
    P(nm(s, 'ru', 'SGP')),
    ', тел. ',
    PH(ruPhone()),
    '.',
  ];
});
T('ru', 'cyrl', 'victim-interview', () => {
  const v = mk('tj', 'm'),
    f = mk(pick(['rs', 'tj']), 'm'),
    b = dob(1980, 2003);
  return [
    'Трудовой мигрант из Таджикистана ',
    P(nm(v, 'ru', 'SGP')),
    ' (',
    BD(dN(b)),
    ') сообщил, что его паспорт ',
    PP(tjPass()),
    ' с весны удерживает прораб ',
    P(gN(f, 'ru')),
    ', а с семьёй он связывается только через WhatsApp ',
    PH(tjPhone()),
    '.',
  ];
});
T('ru', 'cyrl', 'victim-interview', () => {
  const v = mk('tm', 'f'),
    b = dob(1982, 2003);
  return [
    'Гражданка Туркменистана ',
    P(nm(v, 'ru', 'SG')),
    ', ',
    BD(String(b.y)),
    ' г.р., паспорт ',
    PP(tmPass()),
    `, в ${ri(2019, 2023)} г. была вывезена в Стамбул, где проживала по адресу: `,
    AD(trAddr()),
    '. Работодатель — ',
    P(nm(mk('tr'), 'tr', 'GS')),
    '.',
  ];
});
T('ru', 'cyrl', 'ngo-intake', () => {
  const m = mk('ko', 'f'),
    d = mk('ko', 'f'),
    dir = mk('ko', 'm'),
    b = dob(1960, 1985);
  d.s = m.s;
  return [
    'Заявление принято от ',
    P(rc(m, 'SGP', 'gen')),
    ' (',
    BD(dN(b)),
    ' г.р.), проживающей по адресу: г. Ташкент, ',
    AD(uzAddrRu()),
    '. Со слов заявительницы, её дочь ',
    P(gN(d, 'ru')),
    ' уехала в Республику Корея по визе E-9 через агентство, директором которого является ',
    P(nm(dir, 'ru', pick(['SI', 'IIS']))),
    '.',
  ];
});
T('ru', 'cyrl', 'police-report', () => {
  const c = mk('cn', 'm');
  return [
    'Девушек через МЦПС «Хоргос» переправлял гражданин КНР ',
    P(nm(c, 'ru', 'SG')),
    ', он же «',
    P(pick(NICK_RU)),
    '»; связь с ним поддерживалась через WeChat ',
    HA(wechat()),
    ' и по номеру ',
    PH(cnPhone()),
    '.',
  ];
});
T('ru', 'cyrl', 'embassy-letter', () => {
  const a = mk('ar', 'm'),
    v = mk(pick(['kz', 'uz', 'kg']), 'f');
  return [
    'По данным Генерального консульства в Дубае, спонсором визы ',
    P(rc(v, 'G', 'gen')),
    ' выступал ',
    P(nm(a, 'ru', 'GS')),
    '; адрес работодателя: ',
    AD(aeAddr()),
    `, ${pick(['Дейра', 'Аль-Карама', 'Бур-Дубай', 'Аль-Кусайс'])}; телефон `,
    PH(aePhone()),
    '.',
  ];
});
T('ru', 'cyrl', 'case-notes', () => {
  const a = mk(pick(['kz', 'kg', 'uz', 'tj'])),
    b = dob(1980, 2004),
    c = mk(pick(['kz', 'rs'])),
    b2 = dob(1960, 1999);
  return [
    'Сведения о лицах: ',
    P(nm(a, 'ru', 'SG')),
    ', д.р. ',
    BD(pick([dNs(b), dN(b, '/'), dN(b)])),
    ', паспорт ',
    PP(CTY[a.cult].pass()),
    '; ',
    P(nm(c, 'ru', 'SI')),
    ', ',
    BD(String(b2.y)),
    ' года рождения (проходит как свидетель). Очная ставка назначена на ',
    dN(ev(2024, 2024)),
    '.',
  ];
});
T('ru', 'cyrl', 'victim-interview', () => {
  const v = mk(pick(['kz', 'kg']), 'f'),
    r = mk(pick(['kz', 'uz']), 'm'),
    s = mk(pick(['kz', 'kg']), 'f');
  return [
    'Со слов потерпевшей, в ',
    ri(2021, 2023),
    ' г. вербовщик ',
    P(nm(r, 'ru', 'SG')),
    ' пообещал ',
    P(rc(v, 'G', 'dat')),
    ' и её подруге ',
    P(rc(s, 'G', 'dat')),
    ' работу горничными в Анталии; переписка велась с номера ',
    PH(CTY[r.cult].ph()),
    ', а встречалась она с ',
    P(rc(r, 'G', 'ins')),
    ' в кафе «Жетісу».',
  ];
});
T('ru', 'cyrl', 'court-verdict', () => {
  const s = mk(pick(['kg', 'kz']), 'm'),
    v = mk(pick(['kg', 'uz']), 'f'),
    b = dob(1999, 2007);
  return [
    'Суд установил, что ',
    P(nm(s, 'ru', 'SG')),
    ' в период с ',
    dN(ev(2021, 2021)),
    ' по ',
    dN(ev(2022, 2022)),
    ' эксплуатировал несовершеннолетнюю ',
    P(rc(v, 'SG', 'acc')),
    ' (',
    BD(dN(b)),
    ' г.р.), удерживая её в квартире по адресу: ',
    AD(kgAddrRu()),
    '. Действия квалифицированы по ст. 171 УК КР.',
  ];
});
T('ru', 'cyrl', 'migration-record', () => {
  const v = mk('uz'),
    b = dob(1980, 2003);
  return [
    'Уведомление о прибытии: ',
    P(UPV(v, nm(v, 'mrz', 'SG'))),
    ' / ',
    P(nm(v, 'ru', 'SG')),
    ', гражданство — Узбекистан, дата рождения ',
    BD(dN(b)),
    ', документ ',
    PP(uzPass()),
    ', ПИНФЛ ',
    NID(uzPinfl(b, v.sex)),
    ', адрес пребывания: г. ',
    pick(RU_CITY),
    ', ',
    AD(ruAddr()),
    ', тел. ',
    PH(ruPhone()),
    '.',
  ];
});

// ── negatives (ru)
const NEG_RU_REPORT = [
  () =>
    `Согласно докладу Государственного департамента США о торговле людьми за ${ri(2019, 2024)} год, Казахстан остаётся страной происхождения, транзита и назначения.`,
  () =>
    `В ${ri(2019, 2023)} году по ст. 128 УК РК зарегистрировано ${ri(20, 140)} уголовных дел, по ст. 135 — ещё ${ri(5, 40)}.`,
  () => `Доля женщин среди выявленных жертв составила ${ri(51, 79)},${ri(1, 9)}%, несовершеннолетних — ${ri(4, 19)}%.`,
  () =>
    `Большинство пострадавших были завербованы через Instagram и Telegram под видом работы официанткой или няней в ОАЭ и Турции.`,
  () =>
    `Межведомственная комиссия при Правительстве РК утвердила план мероприятий на ${ri(2021, 2024)}–${ri(2025, 2027)} годы.`,
  () => `МОМ и «Ла Страда» провели ${ri(3, 20)} тренингов для сотрудников миграционной полиции в Центральной Азии.`,
  () =>
    `Кыргызстан и Узбекистан сохранили за собой второй уровень в рейтинге Госдепартамента; Туркменистан остался на третьем.`,
];
N('ru', 'cyrl', 'public-report', () =>
  pickN(NEG_RU_REPORT, ri(2, 3))
    .map((f) => f())
    .join(' '),
);
N(
  'ru',
  'cyrl',
  'hotline-info',
  () =>
    `Если вы или ваши близкие оказались в трудной ситуации за рубежом, звоните на горячую линию ${pick(['111', '1188', '8 800 080 77 77', '150'])} (круглосуточно, бесплатно) или в полицию — ${pick(['102', '112'])}. ${pick([`Консультации также проводят юристы МОМ по будням с 9:00 до 18:00.`, `В ${ri(2022, 2024)} году на линию поступило ${grp(ri(1200, 9800))} обращений, из них ${ri(10, 60)}% — по вопросам трудовой миграции.`, `Линия работает на казахском, русском и английском языках.`])}`,
);
N('ru', 'cyrl', 'court-schedule', () => {
  const e = ev(2024, 2025);
  return `Судебное заседание по уголовному делу № 1-${ri(100, 999)}/${e.y} назначено на ${dRu(e)} года, ${pad(ri(9, 17))}:${pick(['00', '30'])}, зал № ${ri(1, 14)} ${pick(KZ_COURTS_RU_NOM)}. Обвинение поддерживает прокуратура ${pick(['Медеуского', 'Бостандыкского', 'Алмалинского', 'Есильского'])} района; рассмотрение дела откладывалось ${pick(['дважды', 'трижды', 'четыре раза'])}.`;
});
N(
  'ru',
  'cyrl',
  'registry',
  () =>
    `ТОО «${pick(CO_RU)}», БИН ${pad(ri(10, 23))}${pad(ri(1, 12))}4${dg(7)}, дата регистрации ${dN(ev(2010, 2022))}, вид деятельности — ${pick(['деятельность туристических агентств', 'услуги по трудоустройству за рубежом', 'организация досуга', 'модельное агентство'])}. ${pick([`Уставный капитал — ${grp(ri(1, 50) * 100000)} тенге.`, `ОКЭД ${ri(10000, 99999)}.`, `Лицензия № ${dg(8)} отозвана в ${ri(2021, 2024)} году.`, `ОГРН учредителя ${nz(13)}, ИНН ${nz(10)}.`])}`,
);
N(
  'ru',
  'cyrl',
  'analytics',
  () =>
    `Основные маршруты вывоза проходят через ${pickN(['Жетісу', 'Фергану', 'Иссык-Куль', 'Хоргос', 'Сарыагаш', 'Жибек жолы', 'Ош', 'Туркестан'], 3).join(', ')}; пункты назначения — ${pickN(['Дубай Марина', 'Стамбул', 'Анталия', 'Сеул', 'Москва', 'Абу-Даби', 'Шарджа'], 3).join(', ')}. ${pick(['Генеральная прокуратура и КНБ создали совместную рабочую группу.', 'Мониторинг ведут Winrock International и МОМ.', 'Данные предоставлены Комитетом по правовой статистике и специальным учётам.'])}`,
);
N(
  'ru',
  'cyrl',
  'statistics',
  () =>
    `Сумма ущерба составила ${grp(ri(1, 90) * 50000)} тенге (около ${grp(ri(3, 60) * 100)} долларов США), что на ${ri(3, 40)},${ri(1, 9)}% больше, чем в ${ri(2019, 2022)} году. Средний «долг», навязанный жертвам, — ${grp(ri(2, 9) * 500)} $; за одну девушку вербовщики получали от ${grp(ri(1, 5) * 1000)} до ${grp(ri(6, 12) * 1000)} долларов.`,
);
N(
  'ru',
  'cyrl',
  'event-notice',
  () =>
    `${pick(['Акция', 'Флешмоб', 'Информационная кампания'])} «${pick(['Не продаётся', 'Стоп трафик', 'Безопасная миграция'])}» прошла ${pick(['у памятника Абаю на проспекте Достык', 'на площади Ала-Тоо', 'у монумента Независимости', 'на улице Панфилова', 'на Арбате у памятника Пушкину'])}; ${pick(['студенты КазНУ имени аль-Фараби', 'волонтёры ЕНУ имени Л. Н. Гумилёва', 'студенты университета имени Абая', 'волонтёры КРСУ имени Б. Н. Ельцина'])} раздавали буклеты. ${pick(['Следующая встреча — 30 июля, во Всемирный день борьбы с торговлей людьми.', 'Партнёры — МОМ, ОБСЕ и фонд «Сана Сезим».', 'Рейсы KC 901 и FZ 1722 остаются основными направлениями вывоза.'])}`,
);

// ═════════════════════════════════════════════ KAZAKH (kk, cyrl + latn)
const KK_COURTS = [
  'Алматы қаласының Медеу аудандық соты',
  'Астана қаласының Есіл аудандық соты',
  'Шымкент қаласының мамандандырылған ауданаралық қылмыстық соты',
  'Тараз қалалық соты',
];
const dKkEv = (e) => `${e.y} жылғы ${e.d} ${KK_MON[e.m - 1]}`;

T('kk', 'cyrl', 'victim-interview', () => {
  const v = mk('kz', 'f'),
    b = dob(1985, 2005);
  return [
    'Жәбірленуші ',
    P(nm(v, 'nat', 'SG')),
    ', ',
    BD(String(b.y)),
    ` жылы туған, ${pick(KZ_CITY_KK)} қаласының тұрғыны, мекенжайы: `,
    AD(kzAddrKk()),
    `. Ол ${ri(2021, 2024)} жылдың көктемінде Instagram арқылы Дубайдағы жұмыс туралы хабарландыру көргенін айтты.`,
  ];
});
T('kk', 'cyrl', 'victim-interview', () => {
  const v = mk('kz', 'f');
  return [
    `${dKkEv(ev(2022, 2024))} күні `,
    P(kkDat(gN(v, 'nat'))),
    ' бейтаныс нөмірден (',
    PH(pick([aePhone, kzPhone, trPhone])()),
    ') хабарласып, Дубайдағы мейрамханаға даяшы қажет екенін айтқан.',
  ];
});
T('kk', 'cyrl', 'police-report', () => {
  const s = mk('kz', 'm'),
    b = dob(1975, 2000);
  return [
    'Күдікті ',
    P(nm(s, 'nat', 'SGP')),
    ' (ЖСН ',
    NID(iin(b, 'm')),
    ') ',
    PH(kzPhone()),
    ` нөмірі арқылы ${pick(['Жамбыл', 'Түркістан', 'Алматы', 'Қызылорда'])} облысындағы қыздарды Біріккен Араб Әмірліктеріне жұмысқа шақырған. СДТБ № ${erdr()}.`,
  ];
});
T('kk', 'cyrl', 'court-verdict', () => {
  const s = mk('kz'),
    b = dob(1970, 1999),
    e = ev(2020, 2024);
  return [
    `${pick(KK_COURTS)} ${dKkEv(e)} үкімімен сотталушы `,
    P(nm(s, 'nat', 'SGP')),
    ' (',
    BD(dN(b)),
    ` ж.т.) ҚР ҚК-нің 128-бабы 2-бөлігі бойынша кінәлі деп танылып, ${ri(5, 12)} жылға бас бостандығынан айырылды. Іс № 1-${ri(100, 999)}/${e.y}.`,
  ];
});
T('kk', 'cyrl', 'ngo-intake', () => {
  const v = mk('kz', 'f'),
    b = dob(1983, 2005);
  return [
    'Аты-жөні: ',
    P(nm(v, 'nat', pick(['SGP', 'SGT']))),
    '\nТуған күні: ',
    BD(dN(b)),
    '\nЖСН: ',
    NID(iin(b, 'f')),
    '\nТелефон: ',
    PH(kzPhone()),
    '\nМекенжайы: ',
    pick(KZ_CITY_KK),
    ' қ., ',
    AD(kzAddrKk()),
    '\nҚайдан білді: ',
    pick(['111 байланыс орталығы', 'Instagram', 'құрбысы', 'полиция', 'ХКҰ']),
  ];
});
T('kk', 'cyrl', 'shelter-log', () => {
  const v = mk('kz', 'f'),
    b = dob(1990, 2006);
  return [
    `${dN(ev(2022, 2024))} — дағдарыс орталығына `,
    P(gN(v, 'nat')),
    ` (${ageOf(b)} жаста) қабылданды. Жеке куәлігі № `,
    PP(kzId()),
    `, берілген күні ${dN(ev(2015, 2021))}, ҚР ІІМ берген.`,
  ];
});
T('kk', 'cyrl', 'chat-export', () => {
  const a = mk('kz', 'f'),
    b = mk('kz', 'f'),
    e = ev(2023, 2024),
    d = dN(e);
  const A = gN(a, 'nat'),
    B = gN(b, 'nat');
  const h = ri(10, 20);
  return [
    `${d}, ${h}:14 - `,
    P(A),
    ': ',
    P(B),
    ', сол жұмыс берушінің нөмірін жіберші\n',
    `${d}, ${h}:16 - `,
    P(B),
    ': ',
    PH(pick([trPhone, aePhone])()),
    ' осы, аты ',
    P(gN(mk('tr', 'm'), 'tr')),
    '\n',
    `${d}, ${ri(21, 23)}:17 - `,
    P(A),
    ': рахмет 🙏',
  ];
});
T('kk', 'cyrl', 'border-record', () => {
  const v = mk('kz');
  return [
    P(nm(v, 'nat', 'SG')),
    ' ',
    PP(kzPass()),
    ` нөмірлі төлқұжатпен ${dKkEv(ev(2022, 2024))} күні «${pick(['Қорғас', 'Нұр Жолы', 'Қазығұрт', 'Жібек жолы'])}» өткізу пункті арқылы ${pick(['ҚХР-ға', 'Өзбекстанға', 'Қырғызстанға'])} шыққан.`,
  ];
});
T('kk', 'cyrl', 'bank-transfer', () => {
  const v = mk('kz');
  return [
    P(nm(v, 'nat', 'SG')),
    ' атына ашылған ',
    CA(fmtCard(card(pick(['kaspi', 'halyk', 'jusan'])))),
    ` картасына ${grp(ri(5, 90) * 10000)} теңге аударылды (${dN(ev(2023, 2024))}, ${hm()}).`,
  ];
});
T('kk', 'cyrl', 'recruiter-ad', () => [
  `${pick(['Дубайға', 'Түркияға', 'Кореяға', 'Анталияға'])} жұмысқа 18–28 жастағы қыздар қажет! Айлық ${pick(['1000', '1500', '2000'])}$-дан бастап, тұрғын үй тегін. WhatsApp: `,
  PH(kzPhone()),
  ', инстаграм: ',
  HA(pick(RECR_H)),
]);
T('kk', 'cyrl', 'table', () => {
  const n = ri(3, 5),
    parts = ['№ | Аты-жөні | Туған жылы | Телефон\n'];
  for (let i = 1; i <= n; i++) {
    const p = mk('kz', 'f'),
      b = dob(1988, 2006);
    parts.push(`${i} | `, P(nm(p, 'nat', 'SG')), ' | ', BD(String(b.y)), ' | ', PH(kzPhone()), i < n ? '\n' : '');
  }
  return parts;
});
T('kk', 'cyrl', 'bank-record', () => {
  const v = mk('kz');
  return [
    `Ақша (${grp(ri(2, 60) * 50000)} теңге) `,
    IB(fmtIban(iban('KZ'))),
    ` шотына аударылған (${pick(KZ_BANKS)}), шот иесі — `,
    P(nm(v, 'nat', 'SGP')),
    '.',
  ];
});
T('kk', 'cyrl', 'police-report', () => {
  const d = mk('kz', 'm');
  return [
    'Жәбірленушілерді ',
    PL(kzPlate()),
    ` мемлекеттік нөмірлі «${pick(CARS)}» көлігімен `,
    P(nm(d, 'nat', 'SG')),
    ' тасымалдаған, ол «',
    P(pick(NICK_RU)),
    '» деген лақап атпен танымал.',
  ];
});
T('kk', 'cyrl', 'messenger-report', () => [
  'Жұмыс берушімен байланыс тек телеграм арқылы болды: ',
  HA('@' + pick(RECR_H)),
  ', профильде «',
  P(pick(NICK_LAT)),
  '» деп жазылған. Кейін ол ',
  PH(trPhone()),
  ' нөмірінен де хабарласты.',
]);
T('kk', 'cyrl', 'witness-statement', () => {
  const w = mk('kz'),
    b = dob(1960, 1999);
  return [
    'Куәгер ',
    P(nm(w, 'nat', 'SGT')),
    ' (',
    BD(dN(b)),
    ` ж.т.) жауап алу кезінде ${pick(['көршісінің', 'жиенінің', 'құрбысының'])} Түркияға кеткенін, содан бері хабарласпағанын айтты.`,
  ];
});
T('kk', 'cyrl', 'victim-interview', () => {
  const v = mk('kz', 'f');
  return [
    P(kkGen(gN(v, 'nat'))),
    ` айтуынша, паспорты ${pick(['Дубай', 'Стамбул', 'Анталия', 'Сеул'])} әуежайында алынып, «қарызы» ${grp(ri(2, 9) * 1000)} долларға жеткен. Ол `,
    PH(aePhone()),
    ' нөмірінен анасына жазған.',
  ];
});
T('kk', 'cyrl', 'case-notes', () => {
  const v = mk('kz', 'f');
  return [
    `${dN(ev(2023, 2024))} `,
    P(kkAbl(gN(v, 'nat'))),
    ' келген соңғы хабарламада ',
    PH(aePhone()),
    ' нөмірі және ',
    AD(aeAddr()),
    ' мекенжайы көрсетілген.',
  ];
});
T('kk', 'cyrl', 'witness-statement', () => {
  const v = mk('kz', 'f'),
    w = mk('kz', 'f');
  return [
    'Ол ',
    P(kkIns(gN(v, 'nat'))),
    ` бірге ${pick(KZ_CITY_KK.filter((c) => c !== 'Алматы'))} қаласынан Алматыға келіп, `,
    AD(kzAddrKk()),
    ' мекенжайындағы пәтерде тұрған. Пәтерді ',
    P(nm(w, 'nat', 'SG')),
    ' деген әйел жалға берген.',
  ];
});
T('kk', 'cyrl', 'victim-interview', () => {
  const v = mk('kz', 'f'),
    a = mk('ar', 'm');
  return [
    P(kkAcc(gN(v, 'nat'))),
    ' Дубай әуежайында ',
    P(nm(a, 'lat', 'GS')),
    ' есімді ер адам күтіп алып, ',
    AD(aeAddr()),
    ` мекенжайына апарған (${pick(AE_DIST)} ауданы).`,
  ];
});
T('kk', 'cyrl', 'passport-page', () => [
  'ҚАЗАҚСТАН РЕСПУБЛИКАСЫ / REPUBLIC OF KAZAKHSTAN\n',
  passPage('kz', [
    'ТӨЛҚҰЖАТ / PASSPORT',
    'Тегі / Surname',
    'Аты / Given names',
    'Туған күні / Date of birth',
    'Қолданылу мерзімі / Date of expiry',
  ]),
]);
T('kk', 'cyrl', 'hotline-log', () => {
  const c = mk('kz', 'f'),
    d = mk('kz', 'f');
  d.s = c.s;
  return [
    `${dN(ev(2023, 2024))} 111 байланыс орталығына `,
    P(gN(c, 'nat')),
    ' есімді әйел қоңырау шалды (тел. ',
    PH(kzPhone()),
    '). Қызы ',
    P(nm(d, 'nat', 'GS')),
    ` ${pick(['Стамбулда', 'Анталияда', 'Дубайда'])}, соңғы рет `,
    PH(pick([trPhone, aePhone])()),
    ' нөмірінен хабарласқан.',
  ];
});
T('kk', 'cyrl', 'chat-export', () => {
  const a = mk('kz', 'f'),
    r = mk('kz', 'm');
  return [
    P(gN(a, 'nat')),
    ': привет, сен ',
    P(kkGen(gN(r, 'nat'))),
    ' номерін білесің бе?\n',
    P(gN(mk('kz', 'f'), 'nat')),
    ': иә, ',
    PH(kzPhone()),
    ', бірақ ол қазір Сеулде, ',
    pick(['ватсапқа', 'телеграмға']),
    ' жаз',
  ];
});
T('kk', 'cyrl', 'victim-interview', () => {
  const r = mk('kz', 'f'),
    v = mk('kz', 'f');
  return [
    'Жалдаушы әйелді қыздар «',
    P(gN(r, 'nat')),
    ' апай» деп атаған. ',
    P(gN(v, 'nat')),
    ` оған ${grp(ri(1, 5) * 50000)} теңге берген, ақша `,
    CA(fmtCard(card('kaspi'), pick(['mask', 'maskx', 'space']))),
    ' картасына түскен.',
  ];
});
T('kk', 'cyrl', 'victim-interview', () => {
  const v = mk('kz', 'm'),
    e = mk('kr', 'm');
  return [
    P(nm(v, 'nat', 'SG')),
    ` Оңтүстік Кореяда, ${pick(KR_CITY)}, `,
    AD(krAddr()),
    ' мекенжайындағы зауытта жұмыс істеген; жұмыс беруші — ',
    P(nm(e, 'lat', 'SG')),
    ', тел. ',
    PH(krPhone()),
    '.',
  ];
});
T('kk', 'cyrl', 'prosecutor-request', () => {
  const s = mk('kz'),
    b = dob(1970, 2000);
  return [
    'Прокуратура ',
    P(nm(s, 'nat', 'SGP')),
    ' (туған күні: ',
    BD(dKk(b)),
    `, ЖСН `,
    NID(iin(b, s.sex)),
    ') жөнінде ақпарат сұратады: ол ',
    AD(kzAddrKk()),
    ` мекенжайында тіркелген, ${pick(['Toyota', 'Hyundai', 'Lexus'])} көлігінің нөмірі `,
    PL(kzPlate()),
    '.',
  ];
});
// Kazakh in Latin script
T('kk', 'latn', 'victim-interview', () => {
  const v = mk('kz', 'f'),
    b = dob(1985, 2005);
  return [
    'Jäbirlenuşi ',
    P(nm(v, 'klat', 'SG')),
    ', ',
    BD(String(b.y)),
    ` jyly tuğan, ${pick(KZ_CITY_KL)} qalasynyñ tūrğyny, meken-jaiy: `,
    AD(kzAddrKl()),
    `. Ol ${ri(2021, 2024)} jyly Instagram arqyly Dubaidağy jūmys turaly habarlandyru körgen.`,
  ];
});
T('kk', 'latn', 'recruiter-ad', () => [
  `${pick(['Dubaiğa', 'Türkiiağa', 'Koreiağa'])} jūmysqa qyzdar kerek! Jalaqy ${pick(['1000', '1500', '2000'])}$-dan bastap, tūrğyn üi tegin. Bailanys: `,
  PH(kzPhone()),
  ', Telegram: ',
  HA('@' + pick(RECR_H)),
]);
T('kk', 'latn', 'chat-export', () => {
  const a = mk('kz', 'f'),
    b = mk('kz', 'f'),
    c = mk('kz', 'f');
  return [
    P(gN(a, 'klat').toLowerCase()),
    ': ',
    P(nm(b, 'klat', 'GS').toLowerCase()),
    ' degen qyz sağan habarlasty ma?\n',
    P(gN(c, 'klat').toLowerCase()),
    ': iä, nömiri ',
    PH(kzPhone()),
    ', instagramy ',
    HA(handle(b)),
  ];
});
T('kk', 'latn', 'ngo-intake', () => {
  const v = mk('kz', 'f'),
    b = dob(1983, 2005);
  return [
    'Aty-jöni: ',
    P(nm(v, 'klat', pick(['SG', 'SGT']))),
    '\nTuğan küni: ',
    BD(dN(b)),
    '\nJSN: ',
    NID(iin(b, 'f')),
    '\nTelefon: ',
    PH(kzPhone()),
    '\nMeken-jaiy: ',
    AD(kzAddrKl()),
  ];
});
T('kk', 'latn', 'news', () => {
  const s = mk('kz', 'm'),
    b = dob(1975, 2000);
  return [
    `${pick(KZ_CITY_KL)} qalasynda adam saudasy boiynşa küdikti ūstaldy. Polisiianyñ aituynşa, `,
    P(nm(s, 'klat', 'GS')),
    ' (',
    BD(String(b.y)),
    ` jyly tuğan) qyzdardy Dubaiğa jūmysqa jiberemin dep aldağan. Ol ${ri(2, 7)} qyzdan ${grp(ri(5, 30) * 100000)} teñge alğan.`,
  ];
});

// ── negatives (kk)
const NEG_KK = [
  () => `${ri(2019, 2023)} жылы ҚР ҚК-нің 128-бабы бойынша ${ri(20, 140)} қылмыстық іс тіркелді.`,
  () => `Адам саудасы құрбандарының ${ri(55, 80)}%-ы әйелдер, ${ri(5, 20)}%-ы кәмелетке толмағандар.`,
  () => `Құрбандардың көбі Instagram және Telegram арқылы Түркияға, БАӘ-ге және Ресейге жұмысқа шақырылған.`,
  () => `Халықаралық көші-қон ұйымы (ХКҰ) мен Winrock International бірлесіп ${ri(3, 15)} оқыту семинарын өткізді.`,
  () => `АҚШ Мемлекеттік департаментінің есебінде Қазақстан «2-деңгей» санатында қалды.`,
];
N('kk', 'cyrl', 'public-report', () =>
  pickN(NEG_KK, ri(2, 3))
    .map((f) => f())
    .join(' '),
);
N(
  'kk',
  'cyrl',
  'hotline-info',
  () =>
    `Шетелде қиын жағдайға тап болсаңыз, ${pick(['111 байланыс орталығына', '1188 сенім телефонына'])} немесе ${pick(['102', '112'])} нөміріне хабарласыңыз. Қоңырау тегін, тәулік бойы. ${pick([`${ri(2022, 2024)} жылы ${grp(ri(1000, 9000))} өтініш түсті.`, 'Кеңес қазақ, орыс және ағылшын тілдерінде беріледі.', 'ХКҰ заңгерлері дүйсенбі-жұма күндері 9:00-ден 18:00-ге дейін қабылдайды.'])}`,
);
N('kk', 'cyrl', 'court-schedule', () => {
  const e = ev(2024, 2025);
  return `№ 1-${ri(100, 999)}/${e.y} қылмыстық іс бойынша сот отырысы ${dKkEv(e)} күні сағат ${ri(9, 17)}:00-де ${pick(['Медеу аудандық сотында', 'Есіл аудандық сотында', 'Түркістан облыстық сотында'])} өтеді. Айыптау тарапын ${pick(['Алматы', 'Астана', 'Шымкент'])} қаласының прокуратурасы қолдайды.`;
});
N(
  'kk',
  'cyrl',
  'registry',
  () =>
    `«${pick(CO_RU)}» ЖШС, БСН ${pad(ri(10, 23))}${pad(ri(1, 12))}4${dg(7)}, тіркелген күні ${dN(ev(2010, 2022))}. Қызмет түрі — ${pick(['туристік агенттік', 'шетелде жұмысқа орналастыру', 'модельдік агенттік'])}. Жарғылық капитал — ${grp(ri(1, 50) * 100000)} теңге.`,
);
N(
  'kk',
  'cyrl',
  'analytics',
  () =>
    `${pickN(['Жетісу', 'Түркістан', 'Маңғыстау', 'Жамбыл', 'Абай'], 2).join(' және ')} облыстарынан шыққан мигранттар көбінесе ${pick(['Ресей мен Түркияға', 'БАӘ мен Кореяға', 'Түркия мен БАӘ-ге'])} барады. ${pick(['Әл-Фараби атындағы ҚазҰУ студенттері', 'Абай атындағы ҚазҰПУ еріктілері', 'Л. Н. Гумилев атындағы ЕҰУ студенттері'])} Абай даңғылында ақпараттық акция өткізді.`,
);
N(
  'kk',
  'latn',
  'public-report',
  () =>
    `Adam saudasyna qarsy küres jönindegi ${ri(2021, 2024)} jylğy esepte ${ri(20, 100)} qylmystyq is tirkelgeni aitylady. Qūrbandardyñ ${ri(50, 80)}%-y äielder. Senim telefony — ${pick(['111', '1188'])}, polisiia — 102.`,
);

// ═════════════════════════════════════════════ KYRGYZ (ky, cyrl)
T('ky', 'cyrl', 'victim-interview', () => {
  const v = mk('kg', 'f'),
    b = dob(1985, 2005);
  return [
    'Жабырлануучу ',
    P(nm(v, 'nat', 'SG')),
    ', ',
    BD(String(b.y)),
    `-жылы туулган, ${pick(KG_CITY_KY)} шаарынын тургуну, дареги: `,
    AD(kgAddrKy()),
    `. Ал ${ri(2021, 2024)}-жылы Instagram аркылуу Дубайдагы жумуш тууралуу жарнама көргөнүн айтты.`,
  ];
});
T('ky', 'cyrl', 'victim-interview', () => {
  const v = mk('kg', 'f'),
    r = mk('kg', 'f');
  return [
    P(gN(v, 'nat')),
    ` айтты: «Мени ${pick(['Стамбулга', 'Дубайга', 'Москвага', 'Алматыга'])} `,
    P(gN(r, 'nat')),
    ' деген аял алып барган, паспортумду ошол жерде эле алып коюшту». Ал ',
    PH(kgPhone()),
    ' номеринен чалган.',
  ];
});
T('ky', 'cyrl', 'police-report', () => {
  const s = mk('kg', 'm'),
    b = dob(1975, 2000);
  return [
    'Шектүү ',
    P(nm(s, 'nat', 'SGP')),
    ' (ПИН ',
    NID(kgPin(b, 'm')),
    ') ',
    PH(kgPhone()),
    ` номери аркылуу кыздарды Түркияга жумушка чакырган. КЖБР № ${pad(ri(1, 9))}-${ri(100, 999)}-${ri(2022, 2024)}-${pad(ri(1, 999999), 6)}.`,
  ];
});
T('ky', 'cyrl', 'court-verdict', () => {
  const s = mk('kg'),
    b = dob(1970, 1999);
  return [
    `${pick(['Бишкек шаарынын Биринчи май райондук сотунун', 'Ош шаардык сотунун', 'Бишкек шаарынын Свердлов райондук сотунун', 'Чүй облустук сотунун'])} ${dN(ev(2021, 2024))} күнкү өкүмү менен `,
    P(nm(s, 'nat', 'SG')),
    ' (',
    BD(dN(b)),
    ` туулган) КР Кылмыш-жаза кодексинин 171-беренеси боюнча күнөөлүү деп табылып, ${ri(5, 12)} жылга эркинен ажыратылды.`,
  ];
});
T('ky', 'cyrl', 'ngo-intake', () => {
  const v = mk('kg', 'f'),
    b = dob(1983, 2005);
  return [
    'Аты-жөнү: ',
    P(nm(v, 'nat', pick(['SGP', 'SGT', 'SG']))),
    '\nТуулган күнү: ',
    BD(dN(b)),
    '\nПИН: ',
    NID(kgPin(b, 'f')),
    '\nТелефону: ',
    PH(kgPhone()),
    '\nДареги: ',
    pick(KG_CITY_KY),
    ' ш., ',
    AD(kgAddrKy()),
    '\nКайрылуу: ',
    pick(['189 ишеним телефону аркылуу', 'ЭМУнун жолдомосу менен', 'өзү келди']),
  ];
});
T('ky', 'cyrl', 'shelter-log', () => {
  const v = mk('kg', 'f'),
    o = mk('kg', 'm'),
    b = dob(1990, 2006);
  return [
    `${dN(ev(2022, 2024))} — баш калкалоочу жайга `,
    P(gN(v, 'nat')),
    ` (${ageOf(b)} жашта) кабыл алынды. Паспорту: `,
    PP(kgPass()),
    '. Коштоп келген инспектор — ',
    P(nm(o, 'nat', 'SI')),
    '.',
  ];
});
T('ky', 'cyrl', 'chat-export', () => {
  const a = mk('kg', 'f'),
    b = mk('kg', 'f'),
    r = mk('kg', 'm'),
    t = ri(8, 22);
  return [
    `[${t}:02] `,
    P(gN(a, 'nat')),
    ': ',
    P(gN(b, 'nat')),
    ' эже, тиги агенттиктин номерин жибересизби?\n',
    `[${t}:05] `,
    P(gN(b, 'nat')),
    ': ',
    PH(kgPhone()),
    ' — ',
    P(gN(r, 'nat')),
    ', бирок ал азыр Москвада\n',
    `[${t}:06] `,
    P(gN(a, 'nat')),
    ': рахмат эже',
  ];
});
T('ky', 'cyrl', 'border-record', () => {
  const v = mk('kg');
  return [
    P(nm(v, 'nat', 'SG')),
    ' ',
    PP(kgPass()),
    ` паспорту менен ${dN(ev(2022, 2024))} «${pick(['Ак-Жол', 'Достук', 'Торугарт', 'Кордай', 'Чалдыбар'])}» өткөрүү пункту аркылуу ${pick(['Казакстанга', 'Кытайга', 'Өзбекстанга'])} чыккан.`,
  ];
});
T('ky', 'cyrl', 'bank-transfer', () => {
  const v = mk('kg');
  return [
    CA(fmtCard(card(pick(['optima', 'elcart', 'visa'])))),
    ` картасына ${grp(ri(5, 200) * 1000)} сом которулган, алуучу — `,
    P(nm(v, 'nat', pick(['SG', 'GI']))),
    `. Которуу ${dN(ev(2023, 2024))} күнү ${pick(['МБанк', 'Оптима Банк', 'Элдик банк'])} аркылуу жүргүзүлгөн.`,
  ];
});
T('ky', 'cyrl', 'recruiter-ad', () => [
  `${pick(['Кореяга', 'Түркияга', 'Москвага', 'Дубайга'])} жумушка адамдар керек! Айлык ${pick(['1200', '1500', '2000'])}$дан, жатакана бекер. Байланыш: `,
  PH(kgPhone()),
  ', телеграм ',
  HA('@' + pick(RECR_H)),
]);
T('ky', 'cyrl', 'victim-interview', () => {
  const v = mk('kg'),
    b = dob(1985, 2005);
  return [
    'Жабырлануучу ',
    P(nm(v, 'nat', 'GT')),
    ' (',
    BD(dN(b)),
    ' туулган) Стамбулда ',
    AD(trAddr()),
    ` дарегиндеги үйдө ${ri(3, 11)} ай кармалганын айтты.`,
  ];
});
T('ky', 'cyrl', 'victim-interview', () => {
  const v = mk('kg', 'f');
  return [
    'Вербовщик ',
    P(kyDat(gN(v, 'nat'))),
    ' телефон чалып, Москвадан жумуш тапканын айткан; ал ',
    PH(ruPhone()),
    ' номерин колдонгон.',
  ];
});
T('ky', 'cyrl', 'victim-interview', () => {
  const v = mk('kg', 'f'),
    e = mk('tr', 'm');
  return [
    P(kyGen(gN(v, 'nat'))),
    ' паспорту жумуш берүүчүдө калган; жумуш берүүчүнүн аты — ',
    P(nm(e, 'tr', 'GS')),
    `, «карызы» ${grp(ri(1, 6) * 500)} долларга жеткен.`,
  ];
});
T('ky', 'cyrl', 'witness-statement', () => {
  const v = mk('kg', 'f'),
    e = mk('tr', 'm');
  return [
    P(kyAcc(gN(v, 'nat'))),
    ' Стамбулда ',
    P(nm(e, 'tr', 'GS')),
    ' деген киши тосуп алып, ',
    AD(trAddr()),
    ' дарегиндеги батирге жайгаштырган.',
  ];
});
T('ky', 'cyrl', 'case-notes', () => {
  const v = mk('kg', 'f');
  return [
    P(kyAbl(gN(v, 'nat'))),
    ` акыркы билдирүү ${dN(ev(2023, 2024))} келген: «Мени `,
    AD(aeAddr()),
    ' деген жерде кармап турушат». Номери: ',
    PH(aePhone()),
    '.',
  ];
});
T('ky', 'cyrl', 'police-report', () => {
  const d = mk('kg', 'm');
  return [
    'Жабырлануучуларды ',
    PL(kgPlate()),
    ` мамлекеттик номери бар «${pick(CARS)}» унаасы менен ташышкан, айдоочу — `,
    P(nm(d, 'nat', 'SG')),
    '.',
  ];
});
T('ky', 'cyrl', 'table', () => {
  const n = ri(3, 5),
    parts = ['Аты-жөнү\tТуулган күнү\tПаспорт\n'];
  for (let i = 0; i < n; i++) {
    const p = mk('kg'),
      b = dob(1985, 2006);
    parts.push(P(nm(p, 'nat', 'SG')), '\t', BD(dN(b)), '\t', PP(kgPass()), i < n - 1 ? '\n' : '');
  }
  return parts;
});
T('ky', 'cyrl', 'passport-page', () => [
  'КЫРГЫЗ РЕСПУБЛИКАСЫ / KYRGYZ REPUBLIC\n',
  passPage('kg', [
    'ПАСПОРТ / PASSPORT',
    'Фамилиясы / Surname',
    'Аты / Given names',
    'Туулган күнү / Date of birth',
    'Мөөнөтү / Date of expiry',
  ]),
]);
T('ky', 'cyrl', 'hotline-log', () => {
  const c = mk('kg', 'f'),
    d = mk('kg', 'f');
  d.s = c.s;
  return [
    `${dN(ev(2023, 2024))} 189 ишеним телефонуна `,
    P(gN(c, 'nat')),
    ' аттуу аял чалды (',
    PH(kgPhone()),
    '). Кызы ',
    P(nm(d, 'nat', 'GS')),
    ' Казанда, ',
    AD(ruAddr()),
    ' дарегинде иштеп жүрөт, паспорту кожоюнда.',
  ];
});
T('ky', 'cyrl', 'victim-interview', () => {
  const r = mk('kg', 'f'),
    v = mk('kg', 'f');
  return [
    'Кыздар аны «',
    P(gN(r, 'nat')),
    ' эже» деп аташчу. ',
    P(gN(v, 'nat')),
    ` ага ${grp(ri(10, 90) * 1000)} сом берген, акча `,
    CA(fmtCard(card(pick(['optima', 'elcart'])), pick(['mask', 'maskx', 'mask6']))),
    ' картасына түшкөн.',
  ];
});
T('ky', 'cyrl', 'certificate', () => {
  const v = mk('kg'),
    b = dob(1975, 2004);
  return [
    'Маалымкат: ',
    P(nm(v, 'ru', 'SGP')),
    ' (',
    BD(dN(b)),
    ' г.р.), ПИН ',
    NID(kgPin(b, v.sex)),
    ', дареги: Ош ш., ',
    AD(kgAddrKy()),
    '. Маалымкат Мамлекеттик каттоо кызматына берилет.',
  ];
});
T('ky', 'cyrl', 'migration-record', () => {
  const v = mk('kg', 'm'),
    e = mk('rs', 'm');
  return [
    P(nm(v, 'nat', 'SG')),
    ` Россияда ${pick(['Москва', 'Екатеринбург', 'Новосибирск', 'Казань'])} шаарында, `,
    AD(ruAddr()),
    ' дарегинде катталган; жумуш берүүчү — ',
    P(nm(e, 'ru', 'SGP')),
    ', тел. ',
    PH(ruPhone()),
    '.',
  ];
});
T('ky', 'cyrl', 'messenger-report', () => [
  'Ал жумушту инстаграм ',
  HA(pick(RECR_H)),
  ' баракчасынан тапкан; баракчанын ээси өзүн «',
  P(pick(NICK_RU)),
  '» деп атаган жана ',
  PH(pick([kgPhone, trPhone])()),
  ' номеринен жазган.',
]);
T('ky', 'cyrl', 'email', () => {
  const v = mk('kg');
  return [
    'Арызды ',
    EM(email(v)),
    ' дарегинен ',
    P(nm(v, 'nat', 'SG')),
    ' жөнөттү; байланыш телефону ',
    PH(kgPhone()),
    '. Арыз ',
    dN(ev(2023, 2024)),
    ' каттоого алынды.',
  ];
});
T('ky', 'cyrl', 'police-report', () => {
  const s = mk('kg', 'f'),
    v = mk('kg', 'f'),
    b = dob(2003, 2008);
  return [
    'Текшерүүдө ',
    P(nm(s, 'nat', 'SGP')),
    ' жашы жете элек ',
    P(nm(v, 'nat', 'GS')),
    ' (',
    BD(String(b.y)),
    '-жылы туулган) аттуу кызды Алматыга ',
    PL(kgPlate()),
    ' унаасы менен алып кеткени аныкталды.',
  ];
});

// ── negatives (ky)
N('ky', 'cyrl', 'public-report', () =>
  pickN(
    [
      () => `${ri(2019, 2023)}-жылы Кыргызстанда адам сатуу боюнча ${ri(10, 90)} кылмыш иши козголгон.`,
      () => `Жабырлануучулардын ${ri(50, 80)}%-ы аялдар, ${ri(5, 20)}%-ы жашы жете электер.`,
      () => `Көпчүлүгү Россияга, Түркияга жана Бириккен Араб Эмираттарына жумушка чакырылган.`,
      () => `АКШнын Мамлекеттик департаментинин баяндамасында Кыргызстан экинчи деңгээлде калды.`,
    ],
    ri(2, 3),
  )
    .map((f) => f())
    .join(' '),
);
N(
  'ky',
  'cyrl',
  'hotline-info',
  () =>
    `Чет өлкөдө кыйын абалга туш болсоңуз, 189 ишеним телефонуна же ${pick(['102', '112'])} номерине чалыңыз. Чалуу акысыз, сутка бою иштейт. ${pick([`${ri(2022, 2024)}-жылы ${grp(ri(800, 6000))} кайрылуу катталган.`, 'Кеңештер кыргыз жана орус тилдеринде берилет.'])}`,
);
N('ky', 'cyrl', 'court-schedule', () => {
  const e = ev(2024, 2025);
  return `№ 1-${ri(100, 999)}/${e.y} кылмыш иши боюнча сот отуруму ${dN(e)} саат ${ri(9, 17)}:00дө ${pick(['Бишкек шаарынын Октябрь райондук сотунда', 'Ош шаардык сотунда', 'Жалал-Абад облустук сотунда'])} болот. Иш ${ri(2, 4)} жолу кийинкиге калтырылган.`;
});
N(
  'ky',
  'cyrl',
  'analytics',
  () =>
    `Миграция негизинен ${pickN(['Ош', 'Жалал-Абад', 'Баткен', 'Нарын', 'Ысык-Көл'], 3).join(', ')} облустарынан ${pick(['Москва менен Стамбулга', 'Казакстан менен Түркияга', 'Дубай менен Сеулга'])} багытталат. ${pick(['Ж. Баласагын атындагы Кыргыз улуттук университетинде', 'И. Арабаев атындагы Кыргыз мамлекеттик университетинде', 'Б. Н. Ельцин атындагы КРСУда'])} ЭМУ менен бирге тегерек стол өттү.`,
);
N(
  'ky',
  'cyrl',
  'statistics',
  () =>
    `Ар бир жабырлануучудан орточо ${grp(ri(20, 300) * 1000)} сом «карыз» талап кылынган; бул көрсөткүч ${ri(3, 40)},${ri(1, 9)}%га өстү. Айып пул ${grp(ri(1, 9) * 100000)} сомго чейин.`,
);
N(
  'ky',
  'cyrl',
  'event-notice',
  () =>
    `${pick(['Ала-Тоо аянтында', 'Манас эстелигинин жанында', 'Чүй проспектисинде', 'Эркиндик бульварында'])} «${pick(['Адам сатылбайт', 'Коопсуз миграция'])}» акциясы өттү. Уюштуруучулар — ЭМУ, «Тендерлик» фонду жана Winrock International.`,
);

// ═════════════════════════════════════════════ UZBEK (uz, latn + cyrl)
const UZ_COURTS = [
  "Toshkent shahar jinoyat ishlari bo'yicha sudi",
  "Farg'ona viloyati jinoyat ishlari bo'yicha sudi",
  "Samarqand shahar jinoyat ishlari bo'yicha sudi",
  "Andijon viloyati jinoyat ishlari bo'yicha sudi",
];
T('uz', 'latn', 'victim-interview', () => {
  const v = mk('uz', 'f'),
    b = dob(1985, 2005);
  return [
    'Jabrlanuvchi ',
    P(nm(v, 'nat', 'SG')),
    ', ',
    BD(String(b.y)),
    `-yilda tug'ilgan, ${pick(UZ_CITY)} shahri, manzili: `,
    AD(uzAddr()),
    `. U ${ri(2021, 2024)}-yilda Telegram orqali Turkiyadagi ish haqida e'lon ko'rganini aytdi.`,
  ];
});
T('uz', 'latn', 'victim-interview', () => {
  const v = mk('uz', 'f');
  return [
    P(uzDat(gN(v, 'nat'))),
    ' Telegram orqali Istanbulda enagalik ishi taklif qilingan; taklifni «',
    P(pick(NICK_LAT)),
    '» laqabli ayol ',
    PH(trPhone()),
    ' raqamidan yuborgan.',
  ];
});
T('uz', 'latn', 'police-report', () => {
  const s = mk('uz', 'm'),
    b = dob(1975, 2000);
  return [
    'Gumonlanuvchi ',
    P(nm(s, 'nat', 'SGT')),
    ' (JShShIR: ',
    NID(uzPinfl(b, 'm')),
    ') ',
    PH(uzPhone()),
    ` raqami orqali yoshlarni Rossiyaga ishga yollagan. Jinoyat ishi № ${ri(1000, 9999)}/${ri(2022, 2024)}.`,
  ];
});
T('uz', 'latn', 'court-verdict', () => {
  const s = mk('uz'),
    b = dob(1970, 1999);
  return [
    `${pick(UZ_COURTS)}ning ${dN(ev(2021, 2024))} kungi hukmiga ko'ra, `,
    P(nm(s, 'nat', 'SG')),
    ' (',
    BD(dN(b)),
    ` y.t.) O'zbekiston Respublikasi JKning 135-moddasi 3-qismi bilan aybli deb topilib, ${ri(5, 12)} yilga ozodlikdan mahrum qilindi.`,
  ];
});
T('uz', 'latn', 'ngo-intake', () => {
  const v = mk('uz', 'f'),
    b = dob(1983, 2005);
  return [
    'F.I.Sh.: ',
    P(nm(v, 'nat', pick(['SGT', 'SGP', 'SG']))),
    "\nTug'ilgan sanasi: ",
    BD(pick([dN(b), dUz(b)])),
    '\nPasport: ',
    PP(uzPass()),
    '\nJShShIR: ',
    NID(uzPinfl(b, 'f')),
    '\nTel.: ',
    PH(uzPhone()),
    '\nManzil: ',
    pick(UZ_CITY),
    ' sh., ',
    AD(uzAddr()),
  ];
});
T('uz', 'latn', 'shelter-log', () => {
  const v = mk('uz', 'f'),
    o = mk('uz', 'm'),
    b = dob(1990, 2006);
  return [
    `${dN(ev(2022, 2024))} reabilitatsiya markaziga `,
    P(gN(v, 'nat')),
    ` (${ageOf(b)} yosh) qabul qilindi; kuzatuvchi — inspektor `,
    P(nm(o, 'nat', 'IS')),
    '. Pasporti: ',
    PP(uzPass()),
    '.',
  ];
});
T('uz', 'latn', 'chat-export', () => {
  const a = mk('uz', 'f'),
    b = mk('uz', 'f'),
    c = mk('uz', 'f');
  const A = gN(a, 'nat').toLowerCase(),
    B = gN(b, 'nat').toLowerCase();
  return [
    P(A),
    ': salom, ',
    P(nm(c, 'nat', 'SG').toLowerCase()),
    ' degan qizni bilasanmi?\n',
    P(B),
    ': ha, u hozir dubayda. raqami ',
    PH(aePhone()),
    '\n',
    P(A),
    ': insta?\n',
    P(B),
    ': ',
    HA(handle(c)),
  ];
});
T('uz', 'latn', 'border-record', () => {
  const v = mk('uz');
  return [
    P(nm(v, 'nat', 'SG')),
    ' ',
    PP(uzPass()),
    ` raqamli pasport bilan ${dN(ev(2022, 2024))} «${pick(['Yallama', 'Oybek', "G'ishtko'prik", "Do'stlik", 'Olot'])}» chegara postidan chiqib ketgan.`,
  ];
});
T('uz', 'latn', 'bank-transfer', () => {
  const v = mk('uz');
  return [
    `${pick(['Uzcard', 'Humo'])} `,
    CA(fmtCard(card(pick(['uzcard', 'humo'])))),
    ` kartasiga ${grp(ri(5, 90) * 100000)} so'm o'tkazilgan, qabul qiluvchi: `,
    P(nm(v, 'nat', pick(['SG', 'GI']))),
    `. Tranzaksiya ID: ${dg(12)}.`,
  ];
});
T('uz', 'latn', 'recruiter-ad', () => [
  `${pick(['Turkiyaga', 'Dubayga', 'Koreyaga', 'Rossiyaga'])} ish! Qizlar kerak (ofitsiantka, enaga), oylik ${pick(['800', '1000', '1500'])}$ dan, yotoqxona bepul. Murojaat: `,
  PH(uzPhone()),
  ' (Telegram), ',
  HA('@' + pick(RECR_H)),
]);
T('uz', 'latn', 'victim-interview', () => {
  const v = mk('uz'),
    e = mk('kr', 'm');
  return [
    P(gN(v, 'nat')),
    ` Janubiy Koreyada, ${pick(KR_CITY)}, `,
    AD(krAddr()),
    ' manzilidagi zavodda ishlagan; ish beruvchi — ',
    P(nm(e, 'lat', 'SG')),
    ', tel.: ',
    PH(krPhone()),
    '.',
  ];
});
T('uz', 'latn', 'victim-interview', () => {
  const v = mk('uz', 'f');
  return [
    P(uzGen(gN(v, 'nat'))),
    ` pasporti ish beruvchida qolgan, «qarzi» ${grp(ri(2, 9) * 500)} dollarga yetgan. Onasi bilan faqat `,
    PH(aePhone()),
    " raqami orqali bog'langan.",
  ];
});
T('uz', 'latn', 'case-notes', () => {
  const v = mk('uz', 'f');
  return [
    P(uzAbl(gN(v, 'nat'))),
    ` oxirgi xabar ${dN(ev(2023, 2024))} kuni kelgan: u `,
    AD(aeAddr()),
    ` manzilida ushlab turilganini yozgan (${pick(AE_DIST)}).`,
  ];
});
T('uz', 'latn', 'witness-statement', () => {
  const r = mk('uz', 'f'),
    d = mk('uz', 'm');
  return [
    'Qizlar uni «',
    P(gN(r, 'nat')),
    ' opa» deb chaqirishgan; haqiqiy ismi — ',
    P(nm(r, 'nat', 'SGT')),
    '. Haydovchi ',
    P(gN(d, 'nat')),
    ' aka ',
    PL(uzPlate()),
    ` raqamli «${pick(['Cobalt', 'Nexia', 'Damas', 'Lacetti'])}» mashinasida yurgan.`,
  ];
});
T('uz', 'latn', 'police-report', () => {
  const d = mk('uz', 'm');
  return [
    PL(uzPlate()),
    ` davlat raqamli «${pick(['Cobalt', 'Nexia', 'Damas', 'Lacetti', 'Gentra'])}» avtomashinasida ${ri(3, 9)} nafar ayol Qozog'iston chegarasiga olib borilgan; haydovchi — `,
    P(nm(d, 'nat', 'SG')),
    '.',
  ];
});
T('uz', 'latn', 'table', () => {
  const n = ri(3, 5),
    parts = ["№ | F.I.Sh. | Tug'ilgan yili | Pasport\n"];
  for (let i = 1; i <= n; i++) {
    const p = mk('uz'),
      b = dob(1985, 2006);
    parts.push(
      `${i} | `,
      P(nm(p, 'nat', pick(['SG', 'SI1']))),
      ' | ',
      BD(String(b.y)),
      ' | ',
      PP(uzPass()),
      i < n ? '\n' : '',
    );
  }
  return parts;
});
T('uz', 'latn', 'passport-page', () => [
  "O'ZBEKISTON RESPUBLIKASI / REPUBLIC OF UZBEKISTAN\n",
  passPage('uz', [
    'PASPORT / PASSPORT',
    'Familiyasi / Surname',
    'Ismi / Given names',
    "Tug'ilgan sanasi / Date of birth",
    'Amal qilish muddati / Date of expiry',
  ]),
]);
T('uz', 'latn', 'hotline-log', () => {
  const c = mk('uz', 'f'),
    d = mk('uz', 'f');
  d.s = c.s;
  return [
    `${dN(ev(2023, 2024))} ishonch telefoniga `,
    P(gN(c, 'nat')),
    " ismli ayol qo'ng'iroq qildi (tel.: ",
    PH(uzPhone()),
    '). Qizi ',
    P(nm(d, 'nat', 'GS')),
    ` ${pick(['Istanbulda', 'Dubayda', 'Moskvada', 'Antalyada'])}, oxirgi marta `,
    PH(pick([trPhone, aePhone, ruPhone])()),
    ' raqamidan yozgan.',
  ];
});
T('uz', 'latn', 'ngo-intake', () => {
  const v = mk('uz');
  return [
    'Arizachi: ',
    P(nm(v, 'nat', 'SG')),
    ', e-mail: ',
    EM(email(v)),
    ', Instagram: ',
    HA(handle(v)),
    `. Ariza ${dN(ev(2023, 2024))} qabul qilindi.`,
  ];
});
T('uz', 'latn', 'migration-record', () => {
  const v = mk('uz', 'm'),
    e = mk('rs', 'm');
  return [
    P(nm(v, 'nat', 'SG')),
    ` Moskvada `,
    AD(ruAddrLat()),
    " manzilida ro'yxatdan o'tgan; ish beruvchisi — ",
    P(nm(e, 'lat', 'SGP')),
    '.',
  ];
});
T('uz', 'latn', 'certificate', () => {
  const v = mk('uz'),
    b = dob(1978, 2004);
  return [
    P(nm(v, 'nat', 'SGT')),
    ", tug'ilgan sanasi: ",
    BD(dUz(b)),
    ', JShShIR ',
    NID(uzPinfl(b, v.sex)),
    `, ${pick(UZ_CITY)} shahrida doimiy ro'yxatda turadi.`,
  ];
});
// Uzbek in Cyrillic script
T('uz', 'cyrl', 'victim-interview', () => {
  const v = mk('uz', 'f'),
    b = dob(1985, 2005);
  return [
    'Жабрланувчи ',
    P(nm(v, 'cyr', 'SG')),
    ', ',
    BD(String(b.y)),
    `-йилда туғилган, ${pick(UZ_CITY_CYR)} шаҳри, манзили: `,
    AD(uzAddrCyr()),
    '.',
  ];
});
T('uz', 'cyrl', 'police-report', () => {
  const s = mk('uz', 'm'),
    b = dob(1975, 2000);
  return [
    'Гумон қилинувчи ',
    P(nm(s, 'cyr', 'SGT')),
    ' (ЖШШИР: ',
    NID(uzPinfl(b, 'm')),
    ') ',
    PH(uzPhone()),
    ' рақами орқали ёшларни Россияга ишга ёллаган.',
  ];
});
T('uz', 'cyrl', 'recruiter-ad', () => [
  `${pick(['Туркияга', 'Дубайга', 'Кореяга'])} иш! Қизлар керак, ойлик ${pick(['800', '1000', '1200'])}$ дан. Мурожаат: `,
  PH(uzPhone()),
  ', Телеграм: ',
  HA('@' + pick(RECR_H)),
]);
T('uz', 'cyrl', 'bank-transfer', () => {
  const v = mk('uz');
  return [
    'Humo ',
    CA(fmtCard(card('humo'))),
    ` картасига ${grp(ri(5, 90) * 100000)} сўм ўтказилган, қабул қилувчи: `,
    P(nm(v, 'cyr', 'SG')),
    '.',
  ];
});
T('uz', 'cyrl', 'hotline-log', () => {
  const c = mk('uz', 'f'),
    d = mk('uz', 'f');
  d.s = c.s;
  return [
    `${dN(ev(2023, 2024))} ишонч телефонига `,
    P(gN(c, 'cyr')),
    ' исмли аёл қўнғироқ қилди (тел.: ',
    PH(uzPhone()),
    '). Қизи ',
    P(nm(d, 'cyr', 'GS')),
    ' Дубайда, охирги марта ',
    PH(aePhone()),
    ' рақамидан ёзган.',
  ];
});
T('uz', 'cyrl', 'victim-interview', () => {
  const v = mk('uz', 'f');
  return [
    P(uzDat(gN(v, 'cyr'))),
    ' Телеграм орқали Истанбулда энагалик иши таклиф қилинган. Ёлловчи ',
    PH(trPhone()),
    ' рақамидан ёзган, манзил эса ',
    AD(trAddr()),
    ' деб кўрсатилган.',
  ];
});

// ── negatives (uz)
N('uz', 'latn', 'public-report', () =>
  pickN(
    [
      () => `${ri(2019, 2023)}-yilda O'zbekistonda odam savdosi bo'yicha ${ri(20, 200)} ta jinoyat ishi qo'zg'atildi.`,
      () => `Jabrlanuvchilarning ${ri(50, 80)}%i ayollar, ${ri(5, 20)}%i voyaga yetmaganlar.`,
      () => `Ko'pchilik Rossiya, Turkiya va BAAga ishga yollangan.`,
      () => `AQSh Davlat departamenti hisobotida O'zbekiston ikkinchi darajada qoldi.`,
    ],
    ri(2, 3),
  )
    .map((f) => f())
    .join(' '),
);
N(
  'uz',
  'latn',
  'hotline-info',
  () =>
    `Xorijda qiyin vaziyatga tushib qolsangiz, ishonch telefoni ${pick(['1173', '1102'])} yoki ${pick(['102', '112'])} raqamiga qo'ng'iroq qiling. Qo'ng'iroq bepul, kecha-kunduz ishlaydi.`,
);
N('uz', 'latn', 'court-schedule', () => {
  const e = ev(2024, 2025);
  return `Jinoyat ishi № 1-${ri(100, 999)}/${e.y} bo'yicha sud majlisi ${dN(e)} kuni soat ${ri(9, 17)}:00 da ${pick(UZ_COURTS)}da bo'lib o'tadi. JKning 135-moddasi bo'yicha ayblov qo'yilgan.`;
});
N(
  'uz',
  'latn',
  'event-notice',
  () =>
    `${pick(["Mirzo Ulug'bek nomidagi O'zbekiston Milliy universitetida", "Alisher Navoiy nomidagi Toshkent davlat o'zbek tili va adabiyoti universitetida", 'Amir Temur xiyobonida'])} «Istiqbolli avlod» markazi va XMT bilan seminar o'tkazildi. ${pick(["Farg'ona vodiysi va Xorazmdan kelgan mutaxassislar qatnashdi.", "Navoiy ko'chasida ko'ngillilar buklet tarqatdi.", 'Tadbirda 150 dan ortiq talaba qatnashdi.'])}`,
);
N(
  'uz',
  'cyrl',
  'public-report',
  () =>
    `${ri(2019, 2023)} йилда одам савдосига қарши курашиш бўйича ${ri(20, 200)} та жиноят иши қўзғатилди. Жабрланувчиларнинг ${ri(50, 80)}% и аёллар. Ишонч телефони — 1173.`,
);
N(
  'uz',
  'cyrl',
  'event-notice',
  () =>
    `Амир Темур хиёбони ва Навоий кўчасида «Хавфсиз миграция» акцияси ўтказилди; ${pick(['Мирзо Улуғбек номидаги ЎзМУ', 'Тошкент давлат юридик университети'])} талабалари иштирок этди. Ҳомий — ${pick(['Халқаро миграция ташкилоти', 'ЕХҲТ', 'Winrock International'])}.`,
);

// ═════════════════════════════════════════════ TAJIK (tg, cyrl)
T('tg', 'cyrl', 'victim-interview', () => {
  const v = mk('tj', 'f'),
    b = dob(1985, 2005);
  return [
    'Ҷабрдида ',
    P(nm(v, 'nat', 'SG')),
    ', соли ',
    BD(String(b.y)),
    ` таваллуд, сокини шаҳри ${pick(TJ_CITY)}, суроға: `,
    AD(tjAddr()),
    `. Ӯ гуфт, ки соли ${ri(2021, 2024)} тавассути Instagram эълони корро дар Дубай дидааст.`,
  ];
});
T('tg', 'cyrl', 'victim-interview', () => {
  const v = mk('tj'),
    r = mk('tj', 'm');
  return [
    'Ба ',
    P(gN(v, 'nat')),
    ' аз рақами ',
    PH(ruPhone()),
    ' занг зада, дар Маскав кор пешниҳод карданд; зангзананда худро ',
    P(gN(r, 'nat')),
    ' муаррифӣ кард.',
  ];
});
T('tg', 'cyrl', 'police-report', () => {
  const s = mk('tj', 'm'),
    b = dob(1975, 2000);
  return [
    'Гумонбаршуда ',
    P(nm(s, 'nat', 'SGP')),
    ' (РМА ',
    NID(tjInn()),
    ', соли таваллуд ',
    BD(String(b.y)),
    ') бо истифода аз рақами ',
    PH(tjPhone()),
    ` ҷавононро ба Русия ҷалб мекард. Парвандаи ҷиноятии № ${ri(100, 999)}/${ri(2022, 2024)}.`,
  ];
});
T('tg', 'cyrl', 'court-verdict', () => {
  const s = mk('tj'),
    b = dob(1970, 1999);
  return [
    `Бо ҳукми суди шаҳри ${pick(TJ_CITY)} аз ${dN(ev(2021, 2024))} `,
    P(nm(s, 'nat', 'SG')),
    ' (санаи таваллуд ',
    BD(dN(b)),
    `) тибқи моддаи 130.1 КҶ ҶТ гунаҳкор дониста шуда, ба ${ri(5, 12)} сол аз озодӣ маҳрум карда шуд.`,
  ];
});
T('tg', 'cyrl', 'ngo-intake', () => {
  const v = mk('tj', 'f'),
    b = dob(1983, 2005);
  return [
    'Ному насаб: ',
    P(nm(v, 'nat', pick(['SGP', 'SG']))),
    '\nСанаи таваллуд: ',
    BD(pick([dN(b), dTg(b)])),
    '\nШиноснома: ',
    PP(tjPass()),
    '\nРМА: ',
    NID(tjInn()),
    '\nТелефон: ',
    PH(tjPhone()),
    '\nСуроға: ш. ',
    pick(TJ_CITY),
    ', ',
    AD(tjAddr()),
  ];
});
T('tg', 'cyrl', 'shelter-log', () => {
  const v = mk('tj', 'f'),
    o = mk('tj', 'm'),
    b = dob(1990, 2006);
  return [
    `${dN(ev(2022, 2024))} ба маркази бӯҳронӣ `,
    P(gN(v, 'nat')),
    ` (${ageOf(b)} сола) қабул карда шуд. Ҳамроҳ — нозир `,
    P(nm(o, 'nat', 'SI')),
    '. Шиноснома: ',
    PP(tjPass()),
    '.',
  ];
});
T('tg', 'cyrl', 'chat-export', () => {
  const a = mk('tj', 'f'),
    b = mk('tj', 'f'),
    r = mk('tj', 'm');
  return [
    P(gN(a, 'nat')),
    ': салом, рақами ',
    P(gN(r, 'nat') + 'ро'),
    ' дорӣ?\n',
    P(gN(b, 'nat')),
    ': ҳа, ',
    PH(ruPhone()),
    ', вай ҳоло дар ',
    pick(['Екатеринбург', 'Сургут', 'Маскав']),
    ' аст\n',
    P(gN(a, 'nat')),
    ': ташаккур, ҷонам',
  ];
});
T('tg', 'cyrl', 'border-record', () => {
  const v = mk('tj');
  return [
    P(nm(v, 'nat', 'SG')),
    ' бо шиносномаи ',
    PP(tjPass()),
    ` ${dN(ev(2022, 2024))} тавассути фурудгоҳи Душанбе (парвози ${pick(['SZ 203', 'SZ 221', 'ZF 2306', 'U6 2910'])}) ба ${pick(['Маскав', 'Истанбул', 'Дубай'])} парвоз кард.`,
  ];
});
T('tg', 'cyrl', 'bank-transfer', () => {
  const v = mk('tj');
  return [
    'Ба корти ',
    CA(fmtCard(card(pick(['tj', 'visa'])))),
    ` маблағи ${grp(ri(5, 90) * 100)} сомонӣ интиқол дода шуд; гиранда — `,
    P(nm(v, 'nat', 'SG')),
    '.',
  ];
});
T('tg', 'cyrl', 'recruiter-ad', () => [
  `Ба ${pick(['Русия', 'Қазоқистон', 'Туркия'])} коргарон лозим! Маош аз ${pick(['60 000', '70 000', '90 000'])} рубл, ҷои зист ройгон. Тел.: `,
  PH(tjPhone()),
  ', Telegram: ',
  HA('@' + pick(RECR_H)),
]);
T('tg', 'cyrl', 'victim-interview', () => {
  const v = mk('tj', 'f');
  return [
    'Ҷалбкунанда ',
    P(gN(v, 'nat') + 'ро'),
    ' дар фурудгоҳи Внуково пешвоз гирифта, ба суроғаи ',
    AD(ruAddr()),
    ' бурд ва шиносномаашро гирифт.',
  ];
});
T('tg', 'cyrl', 'passport-page', () => [
  'ҶУМҲУРИИ ТОҶИКИСТОН / REPUBLIC OF TAJIKISTAN\n',
  passPage('tj', [
    'ШИНОСНОМА / PASSPORT',
    'Насаб / Surname',
    'Ном / Given names',
    'Санаи таваллуд / Date of birth',
    'Мӯҳлат / Date of expiry',
  ]),
]);
T('tg', 'cyrl', 'police-report', () => {
  const d = mk('tj', 'm');
  return [
    `Мошини «${pick(CARS)}» бо рақами давлатии `,
    PL(tjPlate()),
    ', ронанда — ',
    P(nm(d, 'nat', 'SG')),
    `, ${ri(3, 8)} занро то сарҳади Қирғизистон бурдааст.`,
  ];
});
T('tg', 'cyrl', 'witness-statement', () => {
  const v = mk('tj'),
    f = mk('tj', 'm'),
    b = dob(1980, 2004);
  f.s = v.s;
  return [
    P(nm(v, 'nat', 'SG')),
    ' ',
    BD(dTg(b)),
    ` дар ноҳияи ${pick(['Рӯдакӣ', 'Ваҳдат', 'Ҳисор', 'Шаҳринав'])} таваллуд шудааст; падараш — `,
    P(nm(f, 'nat', 'SGP')),
    '.',
  ];
});
T('tg', 'cyrl', 'hotline-log', () => {
  const c = mk('tj', 'f'),
    d = mk('tj', 'f');
  d.s = c.s;
  return [
    `${dN(ev(2023, 2024))} ба хати боварӣ `,
    P(gN(c, 'nat')),
    ' ном зан занг зад (тел. ',
    PH(tjPhone()),
    '). Духтараш ',
    P(nm(d, 'nat', 'GS')),
    ` дар ${pick(['Дубай', 'Истанбул', 'Маскав'])} аст, бори охир аз рақами `,
    PH(pick([aePhone, trPhone, ruPhone])()),
    ' навиштааст.',
  ];
});
T('tg', 'cyrl', 'migration-record', () => {
  const v = mk('tj', 'm'),
    e = mk('rs', 'm');
  return [
    P(nm(v, 'nat', 'SG')),
    ` дар шаҳри ${pick(['Маскав', 'Екатеринбург', 'Новосибирск', 'Самара'])}, `,
    AD(ruAddr()),
    ' ба қайд гирифта шудааст; корфармо — ',
    P(nm(e, 'ru', 'SGP')),
    ', тел. ',
    PH(ruPhone()),
    '.',
  ];
});
T('tg', 'cyrl', 'victim-interview', () => {
  const v = mk('tj', 'f'),
    a = mk('ar', 'm');
  return [
    P(gN(v, 'nat')),
    ' дар Дубай дар суроғаи ',
    AD(aeAddr()),
    ' нигоҳ дошта мешуд; соҳиби хона ',
    P(nm(a, 'lat', 'GS')),
    ', рақамаш ',
    PH(aePhone()),
    '.',
  ];
});
T('tg', 'cyrl', 'table', () => {
  const n = ri(3, 5),
    parts = ['Ному насаб | Соли таваллуд | Шиноснома | Телефон\n'];
  for (let i = 0; i < n; i++) {
    const p = mk('tj'),
      b = dob(1980, 2006);
    parts.push(
      P(nm(p, 'nat', 'SG')),
      ' | ',
      BD(String(b.y)),
      ' | ',
      PP(tjPass()),
      ' | ',
      PH(tjPhone()),
      i < n - 1 ? '\n' : '',
    );
  }
  return parts;
});
T('tg', 'cyrl', 'messenger-report', () => [
  'Зане бо лақаби «',
  P(pick(NICK_RU)),
  `» духтаронро аз ${pick(TJ_CITY)} ҷалб мекард; рақамаш `,
  PH(tjPhone()),
  ' ва саҳифааш дар Instagram ',
  HA(pick(RECR_H)),
  ' буд.',
]);
T('tg', 'cyrl', 'email', () => {
  const v = mk('tj');
  return [
    'Аризадиҳанда: ',
    P(nm(v, 'nat', 'SG')),
    ', почтаи электронӣ: ',
    EM(email(v)),
    ', тел.: ',
    PH(tjPhone()),
    `. Ариза ${dN(ev(2023, 2024))} қабул шуд.`,
  ];
});
T('tg', 'cyrl', 'witness-statement', () => {
  const w = mk('tj'),
    b = dob(1960, 1995);
  return [
    'Шоҳид ',
    P(nm(w, 'nat', 'SGP')),
    ', соли ',
    BD(String(b.y)),
    ' таваллуд, сокини ',
    AD(tjAddr()),
    `, нишон дод, ки ҳамсояаш соли ${ri(2021, 2023)} ба Туркия рафта, дигар барнагаштааст.`,
  ];
});
T('tg', 'cyrl', 'indictment-list', () => {
  const a = mk('tj'),
    b = mk('tj', 'f'),
    c = mk('tj', 'm');
  return [
    'Рӯйхати гумонбаршудагон:\n1. ',
    P(nm(a, 'nat', 'SI')),
    ' — ташкилкунанда;\n2. ',
    P(nm(b, 'nat', 'SI')),
    ' — ҷалбкунанда;\n3. ',
    P(nm(c, 'nat', 'SI')),
    ' — ронанда (',
    PL(tjPlate()),
    ').',
  ];
});
T('tg', 'cyrl', 'case-notes', () => {
  const v = mk('tj', 'm'),
    b = dob(1985, 2003);
  return [
    'Маълумотнома: ',
    P(nm(v, 'ru', 'SGP')),
    ', ',
    BD(dN(b)),
    ' г.р., ИНН ',
    NID(tjInn()),
    ', паспорт ',
    PP(tjPass()),
    ', суроға: ш. Душанбе, ',
    AD(tjAddrRu()),
    '.',
  ];
});
T('tg', 'cyrl', 'bank-transfer', () => {
  const v = mk('tj'),
    s = mk('rs');
  return [
    `Аз ${dN(ev(2023, 2023))} то ${dN(ev(2024, 2024))} ба корти `,
    CA(fmtCard(card('sber'), pick(['mask', 'maskx', 'mask6', 'space']))),
    ' ',
    P(nm(s, 'ru', 'GI')),
    ` ${ri(3, 9)} маротиба пул фиристода шуд; фиристанда — `,
    P(nm(v, 'nat', 'SG')),
    '.',
  ];
});

// ── negatives (tg)
N(
  'tg',
  'cyrl',
  'public-report',
  () =>
    `Соли ${ri(2019, 2023)} дар Тоҷикистон ${ri(10, 80)} парвандаи ҷиноятӣ тибқи моддаи 130.1 КҶ ҶТ оғоз шуд. ${ri(50, 80)}% ҷабрдидагон занон мебошанд. ${pick(['Аксари онҳо ба Русия ва Аморати Муттаҳидаи Араб ҷалб шудаанд.', 'Гузориши Департаменти давлатии ИМА Тоҷикистонро дар сатҳи дуюм нигоҳ дошт.'])}`,
);
N(
  'tg',
  'cyrl',
  'hotline-info',
  () =>
    `Дар сурати мушкилот дар хориҷа ба хати боварии ${pick(['511', '1313'])} ё ба рақами ${pick(['102', '112'])} занг занед. Занг ройгон аст ва шабонарӯзӣ кор мекунад.`,
);
N('tg', 'cyrl', 'court-schedule', () => {
  const e = ev(2024, 2025);
  return `Ҷаласаи суд оид ба парвандаи № 1-${ri(100, 999)}/${e.y} ${dN(e)} соати ${ri(9, 17)}:00 дар суди ноҳияи ${pick(['Сино', 'Фирдавсӣ', 'Шоҳмансур', 'Исмоили Сомонӣ'])} баргузор мешавад.`;
});
N(
  'tg',
  'cyrl',
  'event-notice',
  () =>
    `Дар ${pick(['Донишгоҳи миллии Тоҷикистон', 'Донишгоҳи славянии Россия ва Тоҷикистон', 'Донишгоҳи давлатии Хуҷанд ба номи академик Бобоҷон Ғафуров'])} бо СБМ (IOM) семинар баргузор шуд. Муҳоҷирон асосан аз Хатлон ва Суғд ба Русия мераванд.`,
);
N(
  'tg',
  'cyrl',
  'event-notice',
  () =>
    `Аксия дар назди ${pick(['муҷассамаи Исмоили Сомонӣ', 'ҳайкали Рӯдакӣ', 'Кохи Наврӯз', 'Парчами давлатӣ'])} дар ${pick(['хиёбони Рӯдакӣ', 'хиёбони Исмоили Сомонӣ', 'майдони Дӯстӣ'])} баргузор шуд; ихтиёриён дар ${pick(['кӯчаи Айнӣ', 'кӯчаи Шотемур', 'кӯчаи Бохтар'])} ва бозори «${pick(['Корвон', 'Меҳргон', 'Шоҳмансур'])}» ${ri(200, 900)} варақа паҳн карданд.`,
);
N(
  'tg',
  'cyrl',
  'statistics',
  () =>
    `Ба ҳар як ҷабрдида «қарз»-и миёнаи ${grp(ri(2, 40) * 1000)} сомонӣ бор карда шудааст; ин нишондиҳанда нисбат ба соли ${ri(2019, 2022)} ${ri(3, 40)},${ri(1, 9)}% афзуд.`,
);

// ═════════════════════════════════════════════ TURKISH (tr, latn)
const TR_COURTS = [
  'İstanbul 27. Ağır Ceza Mahkemesi',
  'Antalya 3. Ağır Ceza Mahkemesi',
  'Alanya 1. Ağır Ceza Mahkemesi',
  'Ankara 12. Ağır Ceza Mahkemesi',
];
const trName = (p, mode = 'GS') => nm(p, 'tr', mode);
T('tr', 'latn', 'victim-statement', () => {
  const k = pick(['uz', 'kg', 'kz', 'tm', 'tj']),
    v = mk(k, 'f'),
    b = dob(1985, 2005);
  return [
    'Müşteki ',
    P(trName(v)),
    ', ',
    BD(dN(b)),
    ` doğumlu, ${CTY[k].trNat} uyruklu; `,
    AD(trAddr()),
    `, ${pick(TR_DIST)}/${pick(TR_CITY)} adresinde ikamet ettiğini beyan etti.`,
  ];
});
T('tr', 'latn', 'police-report', () => {
  const s = mk('tr', 'm'),
    v = mk(pick(['uz', 'kg', 'tm']), 'f');
  const g = gN(v, 'tr');
  return [
    'Şüpheli ',
    P(trName(s)),
    ', ',
    P(g),
    trDat(g),
    ` Antalya'da bir otelde iş bulabileceğini söyleyerek ${grp(ri(5, 40) * 1000, '.')} TL karşılığında bilet almış.`,
  ];
});
T('tr', 'latn', 'police-report', () => {
  const s = mk('tr');
  return [
    'Şüpheli ',
    P(trName(s)),
    ' (T.C. Kimlik No: ',
    NID(tcKimlik()),
    '), ',
    PH(trPhone()),
    ` numaralı hattı kullanarak yabancı uyruklu kadınlarla irtibat kurmuştur. Soruşturma No: ${ri(2022, 2024)}/${ri(1000, 99999)}.`,
  ];
});
T('tr', 'latn', 'court-verdict', () => {
  const s = mk('tr'),
    y = ri(2021, 2024);
  return [
    `${pick(TR_COURTS)}, ${dN(ev(y, y))} tarihli kararıyla sanık `,
    P(trName(s)),
    ` hakkında TCK 80/1 maddesi uyarınca ${ri(4, 12)} yıl hapis cezasına hükmetmiştir. Esas No: ${y - 1}/${ri(100, 999)}, Karar No: ${y}/${ri(100, 999)}.`,
  ];
});
T('tr', 'latn', 'ngo-intake', () => {
  const k = pick(['uz', 'kg', 'kz', 'tm', 'tj']),
    v = mk(k, 'f'),
    b = dob(1983, 2005);
  return [
    'Adı Soyadı: ',
    P(trName(v)),
    '\nDoğum Tarihi: ',
    BD(pick([dN(b), dTr(b)])),
    `\nUyruğu: ${CTY[k].trNat}\nPasaport No: `,
    PP(k === 'tm' ? tmPassMrz() : CTY[k].pass()),
    '\nTelefon: ',
    PH(trPhone()),
    '\nAdres: ',
    AD(trAddr()),
    ` ${pick(TR_DIST)}/${pick(TR_CITY)}`,
  ];
});
T('tr', 'latn', 'shelter-log', () => {
  const v = mk(pick(['uz', 'kg', 'tm']), 'f'),
    e = mk('tr', 'm'),
    b = dob(1990, 2006);
  return [
    `${dN(ev(2022, 2024))} tarihinde sığınmaevine `,
    P(gN(v, 'tr')),
    ` (${ageOf(b)}) yerleştirildi; pasaportu (`,
    PP(v.cult === 'tm' ? tmPassMrz() : CTY[v.cult].pass()),
    ') işveren ',
    P(trName(e)),
    ' tarafından alıkonulmuştu.',
  ];
});
T('tr', 'latn', 'chat-export', () => {
  const a = mk(pick(['uz', 'kg']), 'f'),
    b = mk(pick(['uz', 'kg']), 'f'),
    c = mk(pick(['uz', 'kg', 'tm']), 'f'),
    e = ev(2023, 2024),
    d = dNs(e),
    h = ri(10, 22);
  const g = gN(c, 'tr');
  return [
    `[${d} ${h}:31] `,
    P(gN(a, 'tr')),
    ': abla, ',
    P(g),
    trGen(g),
    ' numarası var mı?\n',
    `[${d} ${h}:33] `,
    P(gN(b, 'tr')),
    ': ',
    PH(trPhone()),
    ' ama artık açmıyor\n',
    `[${d} ${h}:34] `,
    P(gN(a, 'tr')),
    ': tamam sağ ol',
  ];
});
T('tr', 'latn', 'border-record', () => {
  const k = pick(['uz', 'kg', 'kz', 'tm', 'tj']),
    v = mk(k, 'f');
  return [
    `${pick(['Sabiha Gökçen', 'İstanbul', 'Antalya'])} Havalimanı'nda yapılan kontrolde `,
    P(UPV(v, nm(v, 'lat', 'SG'))),
    ` isimli ${CTY[k].trNat} uyruklu yolcunun (pasaport `,
    PP(k === 'tm' ? tmPassMrz() : CTY[k].pass()),
    `) sahte iş sözleşmesi taşıdığı tespit edildi. Uçuş ${pick(['TK 351', 'PC 1401', 'HY 211', 'KC 917'])}.`,
  ];
});
T('tr', 'latn', 'bank-record', () => {
  const s = mk('tr');
  return [
    IB(fmtIban(iban('TR'))),
    ` numaralı hesaba ${grp(ri(5, 90) * 1000, '.')} TL gönderildi; hesap sahibi `,
    P(trName(s)),
    `. Dekont tarihi: ${dN(ev(2023, 2024))}.`,
  ];
});
T('tr', 'latn', 'recruiter-ad', () => [
  `${pick(["Antalya'da", "Alanya'da", "İstanbul'da"])} otel ve bar işlerinde çalışacak Rusça bilen bayan eleman aranıyor! Maaş ${pick(['800', '1000', '1200'])}$ + konaklama. İletişim: `,
  PH(trPhone()),
  ', Instagram: ',
  HA(pick(RECR_H)),
]);
T('tr', 'latn', 'police-report', () => {
  const s = mk('tr', 'm'),
    dist = pick(TR_DIST);
  return [
    'Mağdureler ',
    PL(trPlate()),
    ` plakalı beyaz ${pick(['Transporter', 'Doblo', 'Sprinter'])} ile ${dist}${trLoc(dist)}ki eve götürüldü; aracı `,
    P(trName(s)),
    ' kullanıyordu.',
  ];
});
T('tr', 'latn', 'victim-statement', () => {
  const v = mk(pick(['uz', 'kg', 'kz']), 'f');
  const g = gN(v, 'tr');
  return [
    P(g),
    trGen(g),
    ` pasaportu işyerinde alıkonulmuş, borcu ${grp(ri(2, 9) * 500, '.')} dolara çıkarılmıştır. Ailesi `,
    PH(CTY[v.cult].ph()),
    ' numarasından aramıştır.',
  ];
});
T('tr', 'latn', 'victim-statement', () => {
  const v = mk(pick(['uz', 'kg', 'tm']), 'f');
  const g = gN(v, 'tr');
  return [
    P(g),
    trAbl(g),
    ' alınan ifadede, «',
    P(pick(NICK_LAT)),
    '» lakaplı kadının kendisini ',
    AD(trAddr()),
    ' adresindeki eve kapattığı belirtildi.',
  ];
});
T('tr', 'latn', 'border-record', () => {
  const v = mk('tm'),
    b = dob(1982, 2004);
  return [
    'Türkmenistan uyruklu ',
    P(nm(v, 'tr', 'GS')),
    ' (',
    BD(dN(b)),
    ' doğumlu), pasaport no ',
    PP(tmPassMrz()),
    `, ${ri(2019, 2023)} yılında turist vizesiyle Türkiye'ye giriş yapmıştır.`,
  ];
});
T('tr', 'latn', 'victim-statement', () => {
  const v = mk('kg');
  return [
    'Kırgız uyruklu ',
    P(nm(v, 'tr', 'SG')),
    ', pasaport no ',
    PP(kgPass()),
    ', ',
    PH(kgPhone()),
    ' numarası ile ailesine ulaşmaya çalışmış; ancak telefonu işveren tarafından alınmıştır.',
  ];
});
T('tr', 'latn', 'table', () => {
  const n = ri(3, 5),
    parts = ['Adı Soyadı | Uyruğu | Doğum Tarihi | Pasaport\n'];
  for (let i = 0; i < n; i++) {
    const k = pick(['uz', 'kg', 'kz', 'tm', 'tj']),
      p = mk(k, 'f'),
      b = dob(1985, 2006);
    parts.push(
      P(UPV(p, nm(p, 'lat', 'SG'))),
      ` | ${CTY[k].trNat} | `,
      BD(dN(b)),
      ' | ',
      PP(k === 'tm' ? tmPassMrz() : CTY[k].pass()),
      i < n - 1 ? '\n' : '',
    );
  }
  return parts;
});
T('tr', 'latn', 'passport-page', () => {
  const v = mk('tr'),
    b = dob(1965, 1998),
    exp = expD(),
    no = trPass();
  const S = UPV(v, sN(v, 'tr')),
    G = UPV(v, gN(v, 'tr'));
  return [
    'TÜRKİYE CUMHURİYETİ / REPUBLIC OF TÜRKİYE\nPASAPORT / PASSPORT No: ',
    PP(no),
    '\nSoyadı / Surname: ',
    P(S),
    '\nAdı / Given names: ',
    P(G),
    '\nDoğum tarihi / Date of birth: ',
    BD(dN(b)),
    '\nT.C. Kimlik No: ',
    NID(tcKimlik()),
    '\n',
    mrzParts('TUR', S, G, no, b, v.sex, exp),
  ];
});
T('tr', 'latn', 'hotline-log', () => {
  const c = mk(pick(['uz', 'kg', 'tm']), 'f'),
    d = mk(c.cult, 'f'),
    city = pick(TR_CITY);
  const g = gN(d, 'tr');
  return [
    `${dN(ev(2023, 2024))} tarihinde YİMER 157 hattını arayan `,
    P(gN(c, 'tr')),
    ' Hanım, kızı ',
    P(g),
    trGen(g),
    ` ${city}${trLoc(city)} bir barda zorla çalıştırıldığını bildirdi. Geri dönüş numarası: `,
    PH(CTY[c.cult].ph()),
    '.',
  ];
});
T('tr', 'latn', 'witness-statement', () => {
  const s = mk('tr', 'm');
  return [
    'İşyeri sahibi ',
    P(gN(s, 'tr')),
    ' Bey (tam adı ',
    P(trName(s)),
    `) ifadesinde, kadınların kendi istekleriyle çalıştığını iddia etti. İşyeri adresi: `,
    AD(trAddr()),
    '.',
  ];
});
T('tr', 'latn', 'police-report', () => [
  'Şüphelinin kullandığı hatlar: ',
  PH(trPhone()),
  ', ',
  PH(trPhone()),
  '; yurt dışı hattı ',
  PH(pick([uzPhone, kgPhone, kzPhone])()),
  `. HTS kayıtları ${dN(ev(2023, 2024))} tarihinde istendi.`,
]);
T('tr', 'latn', 'police-report', () => [
  `Operasyon `,
  AD(trAddr()),
  ` adresinde gerçekleştirildi; dairede ${ri(3, 12)} yabancı uyruklu kadın bulundu. Ev sahibi `,
  P(trName(mk('tr'))),
  ', kiracı ',
  P(trName(mk('tr'))),
  ' olarak tespit edildi.',
]);
T('tr', 'latn', 'email', () => {
  const r = mk(pick(['uz', 'kg', 'kz']));
  return [
    'Mağdurun yakını ',
    P(nm(r, 'tr', 'GS')),
    ' e-posta (',
    EM(email(r)),
    `) yoluyla başvurdu. Başvuru ${dN(ev(2023, 2024))} tarihinde kayda alındı.`,
  ];
});
T('tr', 'latn', 'police-report', () => {
  const s = mk('tr'),
    b = dob(1965, 2000);
  return [
    'T.C. kimlik numarası ',
    NID(tcKimlik()),
    ' olan ',
    P(trName(s)),
    ', ',
    BD(dTr(b)),
    ' doğumlu, ',
    AD(trAddr()),
    ' adresinde ikamet etmektedir; araç plakası ',
    PL(trPlate()),
    '.',
  ];
});
T('tr', 'latn', 'victim-statement', () => {
  const v = mk('kz', 'f'),
    b = dob(1990, 2005);
  return [
    'Kazakistan uyruklu ',
    P(nm(v, 'tr', 'GS')),
    ' (',
    BD(String(b.y)),
    " doğumlu) Instagram'da ",
    HA('@' + pick(RECR_H)),
    ' hesabı üzerinden iş teklifi aldığını, ardından ',
    PH(trPhone()),
    ' numarasıyla görüştüğünü anlattı.',
  ];
});
T('tr', 'latn', 'news', () => {
  const a = mk('tr', 'm'),
    b = mk('tr', 'f'),
    dist = pick(TR_DIST);
  const g = trName(b);
  return [
    `Polis, ${dist}${trLoc(dist)} düzenlenen operasyonda `,
    P(trName(a)),
    ' ile ',
    P(g),
    trAcc(g),
    ` gözaltına aldı. ${ri(4, 15)} yabancı kadın kurtarıldı.`,
  ];
});
T('tr', 'latn', 'bank-transfer', () => {
  const v = mk(pick(['uz', 'kg']), 'f'),
    s = mk('tr');
  return [
    'Mağdure ',
    P(gN(v, 'tr')),
    ', maaşının ',
    CA(fmtCard(card('ziraat'), pick(['mask', 'maskx', 'space']))),
    ` numaralı karta yatırıldığını, kartın ise `,
    P(trName(s)),
    ' tarafından kullanıldığını söyledi.',
  ];
});

// ── negatives (tr)
N(
  'tr',
  'latn',
  'public-report',
  () =>
    `${ri(2019, 2023)} yılında Türkiye'de ${ri(100, 400)} insan ticareti mağduru tespit edildi; mağdurların %${ri(40, 70)}'i Özbekistan, Kırgızistan ve Türkmenistan uyrukludur. ${pick(['Mağdurların çoğu fuhuşa ve zorla çalıştırmaya maruz kalmıştır.', 'ABD Dışişleri Bakanlığı raporunda Türkiye 2. kademede yer aldı.'])}`,
);
N(
  'tr',
  'latn',
  'hotline-info',
  () =>
    `İnsan ticareti mağdurları YİMER 157 hattını 7/24 ücretsiz arayabilir. Acil durumlarda ${pick(["112'yi", "155'i"])} arayın. ${pick(['Hat Rusça, İngilizce ve Arapça hizmet vermektedir.', `${ri(2022, 2024)} yılında hatta ${grp(ri(1000, 9000), '.')} çağrı geldi.`])}`,
);
N(
  'tr',
  'latn',
  'court-schedule',
  () =>
    `${pick(TR_COURTS)}'ndeki duruşma ${dN(ev(2024, 2025))} tarihine ertelendi. Esas No: ${ri(2021, 2024)}/${ri(100, 999)}. Sanıklar TCK 80. madde kapsamında yargılanıyor.`,
);
N(
  'tr',
  'latn',
  'analytics',
  () =>
    `Laleli, Aksaray ve Kumkapı'da yoğunlaşan ${pick(['tekstil atölyeleri', 'eğlence mekânları', 'oteller'])} risk alanları arasında gösterildi. ${pick(['Sabiha Gökçen ve İstanbul Havalimanı', 'Atatürk Havalimanı ile Antalya Havalimanı', 'Sarp ve Kapıköy sınır kapıları'])} üzerinden girişler artış gösterdi.`,
);
N(
  'tr',
  'latn',
  'event-notice',
  () =>
    `Göç İdaresi Başkanlığı ile IOM, ${ri(5, 30)} ilde farkındalık eğitimleri düzenledi; ${pick(['Mimar Sinan Güzel Sanatlar Üniversitesi', 'Hacettepe Üniversitesi', 'Süleyman Demirel Üniversitesi'])} öğrencileri de katıldı. Program Fatih Sultan Mehmet Köprüsü yakınındaki kongre merkezinde yapıldı.`,
);
N(
  'tr',
  'latn',
  'statistics',
  () =>
    `Mağdurlardan talep edilen "borç" ortalama ${grp(ri(2, 9) * 1000, '.')}$ olup bu miktar %${ri(3, 40)},${ri(1, 9)} arttı. Şüphelilere ${grp(ri(10, 90) * 1000, '.')} TL adli para cezası verildi.`,
);

// ═════════════════════════════════════════════ ENGLISH (en, latn)
const CA_K = ['kz', 'kg', 'uz', 'tj', 'tm'];
const passOf = (k) => (k === 'tm' ? tmPassMrz() : CTY[k].pass());
const EN_COURTS = [
  'Almaty City Court',
  'Osh City Court',
  'Tashkent City Criminal Court',
  'Sughd Regional Court',
  'Bishkek City Court',
  'Dubai Criminal Court',
];
T('en', 'latn', 'ngo-intake', () => {
  const k = pick(['kz', 'kg', 'uz', 'tj']),
    C = CTY[k],
    v = mk(k, 'f'),
    b = dob(1983, 2005);
  return [
    'Client: ',
    P(nm(v, 'lat', 'GS')),
    '\nDOB: ',
    BD(pick([dN(b), dN(b, '/'), dISO(b)])),
    `\nNationality: ${C.natEn}\nPassport: `,
    PP(C.pass()),
    '\nPhone: ',
    PH(C.ph()),
    '\nAddress: ',
    AD(C.addrEn()),
    `, ${pick(C.cityEn)}\nReferred by: ${pick(['IOM', 'hotline 111', 'La Strada', 'self-referral', 'police'])}`,
  ];
});
T('en', 'latn', 'case-summary', () => {
  const v = mk(pick(CA_K), 'f');
  return [
    P(gN(v, 'lat')),
    ' was recruited on Instagram by a woman calling herself "',
    P(pick(NICK_LAT)),
    '" (',
    HA('@' + pick(RECR_H)),
    `). She was promised a job as a nanny in ${pick(['Dubai', 'Istanbul', 'Seoul', 'Antalya'])} for $${grp(ri(8, 25) * 100, ',')} a month.`,
  ];
});
T('en', 'latn', 'police-report', () => {
  const a = mk('ar', 'm'),
    b = dob(1965, 1995);
  return [
    `Dubai Police report, ${dN(ev(2023, 2024))}: the suspect `,
    P(nm(a, 'lat', 'GS')),
    ', Emirates ID ',
    NID(emiratesId(b)),
    ', rented ',
    AD(aeAddr()),
    `, ${pick(AE_DIST)}, where ${ri(3, 12)} women from Central Asia were held.`,
  ];
});
T('en', 'latn', 'court-verdict', () => {
  const s = mk(pick(['kz', 'kg', 'uz', 'tj'])),
    b = dob(1970, 2000);
  return [
    `On ${dEn(ev(2021, 2024))}, the ${pick(EN_COURTS)} sentenced `,
    P(nm(s, 'lat', 'GS')),
    ' (born ',
    BD(dEn(b)),
    `) to ${ri(5, 12)} years in prison under Article ${pick(['128', '171', '135', '130.1'])} of the Criminal Code.`,
  ];
});
T('en', 'latn', 'shelter-log', () => {
  const v = mk(pick(CA_K), 'f'),
    o = mk(pick(['kz', 'kg', 'uz'])),
    br = mk(v.cult, 'm'),
    b = dob(1990, 2006);
  return [
    `Day ${ri(2, 30)} — `,
    P(gN(v, 'lat')),
    ` (${ageOf(b)}) moved to room ${ri(1, 12)}. Caseworker `,
    P(nm(o, 'lat', 'IS')),
    ' called her brother ',
    P(gN(br, 'lat')),
    ' at ',
    PH(CTY[v.cult].ph()),
    '.',
  ];
});
T('en', 'latn', 'hotline-log', () => {
  const k = pick(['kz', 'kg', 'uz', 'tj']),
    c = mk(k, 'f'),
    d = mk(k, 'f'),
    b = dob(1992, 2006);
  d.s = c.s;
  return [
    `Hotline log #${ri(100, 9999)}, ${dN(ev(2023, 2024))}: caller — mother of the victim, `,
    P(nm(c, 'lat', 'GS')),
    ', ',
    PH(CTY[k].ph()),
    '. Daughter ',
    P(gN(d, 'lat')),
    ' (born ',
    BD(String(b.y)),
    `) has been in ${pick(['Dubai', 'Istanbul', 'Antalya', 'Moscow'])} since ${ri(2021, 2023)}; last contact from `,
    PH(pick([aePhone, trPhone, ruPhone])()),
    '.',
  ];
});
T('en', 'latn', 'chat-export', () => {
  const a = mk(pick(['uz', 'kg', 'kz']), 'f'),
    b = mk(pick(['uz', 'kg', 'kz']), 'f'),
    c = mk(pick(['uz', 'kg', 'kz']), 'f');
  const A = gN(a, 'lat').toLowerCase(),
    B = gN(b, 'lat').toLowerCase();
  return [
    `${hm()} `,
    P(A),
    ': did u talk to ',
    P(nm(c, 'lat', pick(['GS', 'SG'])).toLowerCase()),
    '??\n',
    `${hm()} `,
    P(B),
    ': yes she is in sharjah now, new number ',
    PH(aePhone()),
    '\n',
    `${hm()} `,
    P(A),
    ': ok send her insta\n',
    `${hm()} `,
    P(B),
    ': ',
    HA(handle(c)),
  ];
});
T('en', 'latn', 'border-record', () => {
  const k = pick(CA_K),
    v = mk(k),
    b = dob(1980, 2005);
  return [
    'Entry record: ',
    P(UPV(v, nm(v, 'lat', 'SG'))),
    ', passport ',
    PP(passOf(k)),
    ', DOB ',
    BD(pick([dN(b), dISO(b), dN(b, '/')])),
    `, arrived ${pick(['DXB', 'SHJ', 'IST', 'AYT', 'ICN'])} on ${dN(ev(2022, 2024))} (flight ${pick(['FZ 1722', 'KC 901', 'TK 351', 'G9 652', 'HY 601', 'OZ 574'])}).`,
  ];
});
T('en', 'latn', 'bank-statement-table', () => {
  const n = ri(3, 5),
    parts = ['Date\tBeneficiary\tCard\tAmount (KZT)\n'];
  for (let i = 0; i < n; i++) {
    const p = mk(pick(['kz', 'kz', 'kg', 'uz']));
    parts.push(
      `${dN(ev(2023, 2024))}\t`,
      P(nm(p, 'lat', pick(['GS', 'GI', 'SG']))),
      '\t',
      CA(fmtCard(card(pick(['kaspi', 'halyk', 'jusan', 'visa'])))),
      `\t${grp(ri(5, 400) * 1000, ',')}`,
      i < n - 1 ? '\n' : '',
    );
  }
  return parts;
});
T('en', 'latn', 'recruiter-ad', () => [
  `HIRING NOW! Waitresses & hostesses for ${pick(['Dubai 🇦🇪', 'Istanbul 🇹🇷', 'Seoul 🇰🇷', 'Antalya'])} Salary $${pick(['1500', '2000', '2500'])} + tips, free visa & ticket. WhatsApp `,
  PH(pick([aePhone, kzPhone, uzPhone, trPhone])()),
  ' or IG ',
  HA(pick(RECR_H)),
]);
T('en', 'latn', 'victim-interview', () => {
  const v = mk(pick(['uz', 'kg', 'kz']), 'f'),
    e = mk('kr', 'm');
  return [
    P(gN(v, 'lat')),
    ' worked at a plant at ',
    AD(krAddr()),
    `, ${pick(KR_CITY)}; the employer, `,
    P(nm(e, 'lat', 'SG')),
    ', kept her passport (',
    PP(CTY[v.cult].pass()),
    `) and paid only ₩${grp(ri(3, 12) * 100000, ',')}. Her contact in Korea: `,
    PH(krPhone()),
    '.',
  ];
});
T('en', 'latn', 'passport-page', () => {
  const k = pick(CA_K);
  return [
    `${U(CTY[k].natEn === 'Kyrgyz' ? 'Kyrgyz Republic' : CTY[k].natEn === 'Kazakh' ? 'Republic of Kazakhstan' : CTY[k].natEn === 'Uzbek' ? 'Republic of Uzbekistan' : CTY[k].natEn === 'Tajik' ? 'Republic of Tajikistan' : 'Turkmenistan')}\n`,
    passPage(k, ['PASSPORT  Type P', 'Surname', 'Given names', 'Date of birth', 'Date of expiry']),
  ];
});
T('en', 'latn', 'bank-record', () => {
  const a = mk('ar', 'm');
  return [
    `Her "salary" of AED ${grp(ri(15, 60) * 100, ',')} was paid into IBAN `,
    IB(fmtIban(iban('AE'))),
    ' held by ',
    P(nm(a, 'lat', 'GS')),
    ', not into her own account.',
  ];
});
T('en', 'latn', 'bank-record', () => {
  const g = mk('ge');
  return [
    `Transit via Tbilisi: transfer of USD ${grp(ri(5, 60) * 100, ',')} on ${dN(ev(2023, 2024))} to account `,
    IB(fmtIban(iban('GE'))),
    ` (${pick(['TBC Bank', 'Bank of Georgia', 'Liberty Bank'])}), beneficiary `,
    P(nm(g, 'lat', 'GS')),
    ', phone ',
    PH(gePhone()),
    '.',
  ];
});
T('en', 'latn', 'victim-interview', () => {
  const s = mk(pick(['uz', 'kg', 'tm']), 'f');
  return [
    'She was kept in ',
    AD(aeAddr()),
    `, ${pick(AE_DIST)}, together with ${ri(3, 9)} other women; the flat was rented by `,
    P(nm(s, 'lat', 'GS')),
    ', who used the number ',
    PH(aePhone()),
    '.',
  ];
});
T('en', 'latn', 'police-report', () => {
  const a = mk('ar', 'm');
  return [
    `The women were driven in a white ${pick(['Nissan Urvan', 'Toyota Hiace', 'Mitsubishi Rosa'])} with plate `,
    PL(aePlate()),
    ', registered to ',
    P(nm(a, 'lat', 'GS')),
    '.',
  ];
});
T('en', 'latn', 'list', () => {
  const n = ri(3, 4),
    parts = ['Identified victims:\n'];
  for (let i = 1; i <= n; i++) {
    const p = mk(pick(CA_K), 'f'),
      b = dob(1990, 2006);
    parts.push(`${i}. `, P(nm(p, 'lat', 'GS')), ' (DOB ', BD(dN(b)), ')', i < n ? '\n' : '');
  }
  return parts;
});
T('en', 'latn', 'interview-transcript', () => {
  const k = pick(['kz', 'kg', 'uz', 'tj']),
    v = mk(k, 'f'),
    r = mk(k, 'm'),
    b = dob(1985, 2005);
  return [
    'Q: What is your full name?\nA: ',
    P(nm(v, 'lat', pick(['SGP', 'GS', 'SGT']))),
    '.\nQ: Date of birth?\nA: ',
    BD(dEn(b)),
    '.\nQ: Who offered you the job?\nA: A man called ',
    P(gN(r, 'lat')),
    '. His number was ',
    PH(CTY[k].ph()),
    '.',
  ];
});
T('en', 'latn', 'email', () => {
  const v = mk(pick(['kz', 'kg', 'uz']), 'f'),
    m = mk(v.cult, 'f'),
    w = mk(pick(['kz', 'kg']));
  m.s = v.s;
  return [
    'From: ',
    EM(email(w)),
    '\nTo: ',
    EM(email(m)),
    '\nSubject: Re: missing daughter\n\nDear Ms ',
    P(sN(m, 'lat')),
    ', we received the photo of ',
    P(gN(v, 'lat')),
    "'s passport (",
    PP(CTY[v.cult].pass()),
    '). Please call me on ',
    PH(CTY[w.cult].ph()),
    '.\nRegards, ',
    P(nm(w, 'lat', 'GS')),
  ];
});
T('en', 'latn', 'news', () => {
  const k = pick(['kz', 'kg', 'uz', 'tj']),
    a = mk(k),
    b = mk(k),
    e = ev(2021, 2024);
  return [
    `In ${EN_MON[e.m - 1]} ${e.y}, a court in ${pick(CTY[k].cityEn)} convicted `,
    P(nm(a, 'lat', 'GS')),
    ' and ',
    P(nm(b, 'lat', 'GS')),
    ` of trafficking ${ri(3, 20)} women to ${pick(['Turkey', 'the UAE', 'Russia', 'South Korea'])}. ${pick(['Winrock International', 'IOM', 'La Strada', 'the OSCE'])} supported the victims.`,
  ];
});
T('en', 'latn', 'case-summary', () => {
  const v = mk('tm', 'f'),
    b = dob(1982, 2004);
  return [
    P(nm(v, 'lat', 'GS')),
    ' (born ',
    BD(dEn(b)),
    '), Turkmen passport ',
    PP(tmPassMrz()),
    ', was found at ',
    AD(trAddr()),
    `, ${pick(TR_DIST)}/İstanbul, during a police raid.`,
  ];
});
T('en', 'latn', 'police-report', () => {
  const c = mk('cn', 'm');
  return [
    'A broker identified as ',
    P(nm(c, 'lat', 'SG')),
    ' (WeChat ',
    HA(wechat()),
    ') arranged the crossing at Khorgos; his phone: ',
    PH(cnPhone()),
    '.',
  ];
});
T('en', 'latn', 'case-summary', () => {
  const v = mk('tj', 'm'),
    f = mk('rs', 'm');
  return [
    P(nm(v, 'lat', 'GS')),
    ', registered at ',
    AD(ruAddrLat()),
    `, ${pick(RU_CITY_EN)}, told IOM that his passport `,
    PP(tjPass()),
    ' was held by the foreman, ',
    P(nm(f, 'lat', 'GS')),
    '.',
  ];
});
T('en', 'latn', 'case-notes', () => {
  const o = mk(pick(['kz', 'kg', 'uz'])),
    v = mk(pick(CA_K), 'f'),
    r = mk(pick(['kz', 'uz', 'kg']), 'f');
  return [
    'Caseworker: ',
    P(nm(o, 'lat', 'IS')),
    '. Met ',
    P(gN(v, 'lat')),
    ' at the shelter; she confirmed that ',
    P(nm(r, 'lat', 'SI1')),
    ' ("',
    P(pick(NICK_LAT)),
    '") took her passport at the airport.',
  ];
});
T('en', 'latn', 'police-report', () => {
  const s = mk('tr', 'm'),
    b = dob(1965, 1995);
  return [
    'Turkish national ',
    P(nm(s, 'tr', 'GS')),
    ' (TC ID ',
    NID(tcKimlik()),
    ', passport ',
    PP(trPass()),
    ', DOB ',
    BD(dN(b)),
    ') was identified as the owner of the bar at ',
    AD(trAddr()),
    '.',
  ];
});
T('en', 'latn', 'bank-record', () => {
  const a = mk(pick(['kz', 'kg', 'uz'])),
    r = mk(pick(['kz', 'kg', 'uz']));
  return [
    'Payments were made from card ',
    CA(fmtCard(card(pick(['kaspi', 'humo', 'optima'])), pick(['mask', 'maskx', 'mask6']))),
    ' (',
    P(nm(a, 'lat', 'GS')),
    ') to card ',
    CA(fmtCard(card(pick(['kaspi', 'halyk', 'uzcard'])), pick(['space', 'plain', 'dash']))),
    ' belonging to ',
    P(nm(r, 'lat', 'GS')),
    '.',
  ];
});
T('en', 'latn', 'case-notes', () => {
  const a = mk('kz'),
    b1 = dob(1975, 2000),
    c = mk('kg'),
    b2 = dob(1975, 2000);
  return [
    P(nm(a, 'lat', 'GS')),
    ' (IIN ',
    NID(iin(b1, a.sex)),
    ', born ',
    BD(String(b1.y)),
    ') and ',
    P(nm(c, 'lat', 'GS')),
    ' (PIN ',
    NID(kgPin(b2, c.sex)),
    ') are listed as co-defendants in case No. ',
    `${erdr()}.`,
  ];
});
T('en', 'latn', 'victim-interview', () => {
  const v = mk('uz', 'f'),
    b = dob(1990, 2005);
  return [
    P(nm(v, 'lat', 'GT')),
    ', born on ',
    BD(dEn(b)),
    ` in ${pick(UZ_CITY_EN)}, PINFL `,
    NID(uzPinfl(b, 'f')),
    ', says she lived at ',
    AD(uzAddrEn()),
    ' before leaving for Istanbul.',
  ];
});
T('en', 'latn', 'migration-record', () => {
  const v = mk('ko', 'f'),
    b = dob(1975, 2000);
  return [
    'Applicant: ',
    P(nm(v, 'lat', 'SGP')),
    ' (ethnic Korean, Uzbek citizen), DOB ',
    BD(dN(b)),
    ', passport ',
    PP(uzPass()),
    ', E-9 visa; Korean address ',
    AD(krAddr()),
    `, ${pick(KR_CITY)}; phone `,
    PH(krPhone()),
    '.',
  ];
});

// ── negatives (en)
N('en', 'latn', 'public-report', () => {
  const c = pick(['Kyrgyzstan', 'Kazakhstan', 'Uzbekistan', 'Tajikistan', 'Turkmenistan']),
    y = ri(2019, 2024);
  return `The Government of ${c} does not fully meet the minimum standards for the elimination of trafficking but is making significant efforts to do so. In ${y}, authorities investigated ${ri(10, 120)} cases, compared with ${ri(10, 120)} in ${y - 1}, and identified ${ri(50, 600)} victims.`;
});
N(
  'en',
  'latn',
  'hotline-info',
  () =>
    `Call the IOM hotline ${pick(['1188', '111', '8 800 080 77 77'])} or the national police at 102 (Kazakhstan), 157 (Türkiye) or 999 (UAE). ${pick(['Calls are free and confidential.', 'The line operates 24/7 in Kazakh, Russian, Uzbek and English.', `In ${ri(2022, 2024)} the line received ${grp(ri(1000, 9000), ',')} calls.`])}`,
);
N(
  'en',
  'latn',
  'court-schedule',
  () =>
    `The hearing in case No. 1-${ri(100, 999)}/${ri(2022, 2024)} before the ${pick(EN_COURTS)} was adjourned to ${dEn(ev(2024, 2025))}. The defendants are charged under Article ${pick(['128', '171', '135', '130.1'])} of the Criminal Code.`,
);
N(
  'en',
  'latn',
  'analytics',
  () =>
    `Most victims from Central Asia transit through ${pickN(['Almaty', 'Tashkent', 'the Fergana Valley', 'Issyk-Kul', 'Osh', 'Khorgos'], 2).join(' and ')} before reaching ${pickN(['Dubai Marina', 'Deira', 'Istanbul', 'Antalya', 'Moscow', 'Seoul'], 2).join(' or ')}. The Prosecutor General's Office and the U.S. Department of State cite ${pick(['Instagram', 'Telegram', 'WhatsApp'])} as the main recruitment channel.`,
);
N(
  'en',
  'latn',
  'event-notice',
  () =>
    `Students of ${pick(['Al-Farabi Kazakh National University', 'L.N. Gumilyov Eurasian National University', 'the Kyrgyz-Russian Slavic University named after B. N. Yeltsin', 'the National University of Uzbekistan named after Mirzo Ulugbek'])} joined the "${pick(['Safe Migration', 'Not for Sale', 'Know Your Rights'])}" programme run by ${pick(['Winrock International', 'IOM', 'La Strada', 'the OSCE'])}; the rally started at the ${pick(['Abai monument', 'Manas monument', 'Amir Temur statue', 'Ismoil Somoni monument'])} on ${pick(['Dostyk Avenue', 'Chui Avenue', 'Rudaki Avenue'])}.`,
);
N(
  'en',
  'latn',
  'statistics',
  () =>
    `Average debt bondage amounts rose by ${ri(3, 40)}.${ri(1, 9)}% to $${grp(ri(2, 9) * 1000, ',')}; ${ri(50, 80)}.${ri(1, 9)}% of identified victims were women and ${ri(5, 20)}% were children. Fines reached KZT ${grp(ri(1, 9) * 1000000, ',')}.`,
);
N(
  'en',
  'latn',
  'registry',
  () =>
    `Travel agency "${pick(['Silk Way Tour LLP', 'Orient Job Consulting', 'Dubai Star Services FZE', 'Asia Work Partners LLC'])}" (BIN ${pad(ri(10, 23))}${pad(ri(1, 12))}4${dg(7)}) lost its licence in ${ri(2021, 2024)}; registry entry No. ${dg(8)}, trade licence ${ri(100000, 999999)}.`,
);

// ── extra templates: call records, Russian organiser, TikTok
T('ru', 'cyrl', 'call-records', () => {
  const n = ri(3, 5),
    m = ri(1, 12),
    y = ri(2022, 2024);
  const parts = [
    'Детализация соединений абонента ',
    PH(kzPhone()),
    ` за ${['январь', 'февраль', 'март', 'апрель', 'май', 'июнь', 'июль', 'август', 'сентябрь', 'октябрь', 'ноябрь', 'декабрь'][m - 1]} ${y} г.:\n`,
  ];
  for (let i = 0; i < n; i++)
    parts.push(
      `${pad(ri(1, 28))}.${pad(m)}.${y} ${hm()} | ${pick(['исх.', 'вх.'])} | `,
      PH(pick([kzPhone, aePhone, trPhone, kgPhone])()),
      ` | 00:${pad(ri(0, 59))}:${pad(ri(0, 59))} | ${pick(['Алматы', 'роуминг', 'Шымкент'])}`,
      i < n - 1 ? '\n' : '',
    );
  return parts;
});
T('ru', 'cyrl', 'police-report', () => {
  const s = mk('rs', 'm'),
    b = dob(1965, 1995);
  return [
    'Организатор — гражданин РФ ',
    P(nm(s, 'ru', 'SGP')),
    ', родился ',
    BD(dRu(b)),
    ' г. в г. ',
    pick(RU_CITY),
    ', паспорт ',
    PP(ruPass()),
    ', тел. ',
    PH(ruPhone()),
    '; пользуется автомобилем «',
    pick(CARS),
    '» г/н ',
    PL(ruPlate()),
    `, штраф ${grp(ri(5, 50) * 1000)} руб. оплачен ${dN(ev(2023, 2024))}.`,
  ];
});
T('ru', 'cyrl', 'messenger-report', () => {
  const v = mk(pick(['kz', 'kg', 'uz']), 'f'),
    r = mk(pick(['kz', 'kg', 'uz']), 'm');
  return [
    'Ролик с «вакансией» выложил в TikTok пользователь ',
    HA(handle(r)),
    '; потерпевшая ',
    P(gN(v, 'ru')),
    ' оставила под ним комментарий со своего аккаунта (tiktok ',
    HA(handle(v)),
    '), после чего ей написали в WhatsApp с номера ',
    PH(pick([aePhone, trPhone])()),
    ', 2 сообщения.',
  ];
});
T('tr', 'latn', 'call-records', () => {
  const n = ri(3, 5),
    parts = ['HTS kayıtları (', PH(trPhone()), '):\n'];
  for (let i = 0; i < n; i++)
    parts.push(
      `${dN(ev(2023, 2024))} ${hm()}\t`,
      PH(pick([trPhone, uzPhone, kgPhone, tmPhone])()),
      `\t${ri(5, 900)} sn\t${pick(['Fatih', 'Esenyurt', 'Muratpaşa', 'Zeytinburnu'])} baz`,
      i < n - 1 ? '\n' : '',
    );
  return parts;
});
T('en', 'latn', 'case-summary', () => {
  const v = mk(pick(CA_K), 'f'),
    r = mk(pick(['kz', 'kg', 'uz', 'tj']), 'm');
  return [
    'The advert was posted by tiktok user ',
    HA(handle(r)),
    '; ',
    P(gN(v, 'lat')),
    ' replied from her own account (instagram ',
    HA(handle(v)),
    ') and was then called from ',
    PH(pick([aePhone, trPhone, ruPhone])()),
    ', 3 times in one night.',
  ];
});

// ═════════════════════════════════════════════ generation, verification, output
function verify(rec, tpl) {
  const { text, spans } = rec;
  if (/undefined|NaN|\[object|null/.test(text)) throw new Error(`${tpl.id}: bad text: ${text}`);
  let prev = 0;
  for (const s of spans) {
    if (!TYPES.includes(s.type)) throw new Error(`${tpl.id}: type ${s.type}`);
    if (!(s.start < s.end)) throw new Error(`${tpl.id}: empty span`);
    if (s.start < prev) throw new Error(`${tpl.id}: overlap/unsorted`);
    if (text.slice(s.start, s.end) !== s.v) throw new Error(`${tpl.id}: span text mismatch`);
    if (/^\s|\s$/.test(s.v)) throw new Error(`${tpl.id}: blank edge in span "${s.v}"`);
    prev = s.end;
  }
  if (tpl.neg && spans.length) throw new Error(`${tpl.id}: negative with spans`);
  if (!tpl.neg && !spans.length) throw new Error(`${tpl.id}: positive without spans`);
}
const out = [];
const seen = new Set();
for (const t of TPL) {
  const n = t.neg ? 3 : 4;
  for (let k = 0; k < n; k++) {
    let rec,
      tries = 0;
    do {
      rec = compose(t.fn());
      tries++;
    } while (seen.has(rec.text) && tries < 50);
    if (seen.has(rec.text)) throw new Error(`${t.id}: cannot produce a distinct text`);
    seen.add(rec.text);
    verify(rec, t);
    out.push({ lang: t.lang, script: t.script, tpl: t.id, genre: t.genre, neg: t.neg, ...rec });
  }
}
shuffle(out);
const lines = out.map((r, i) =>
  JSON.stringify({
    id: `h20-${pad(i + 1, 4)}`,
    language: r.lang,
    script: r.script,
    text: r.text,
    spans: r.spans.map((s) => ({ start: s.start, end: s.end, type: s.type })),
  }),
);
// re-verify from the serialised form
for (const line of lines) {
  const o = JSON.parse(line);
  let prev = 0;
  for (const s of o.spans) {
    if (s.start < prev || s.end <= s.start || s.end > o.text.length)
      throw new Error(`${o.id}: bad offsets after serialisation`);
    prev = s.end;
  }
}
const outPath = path.resolve(process.argv[2] || 'test/fixtures/anonymizer-heldout-20.jsonl');
fs.mkdirSync(path.dirname(outPath), { recursive: true });
fs.writeFileSync(outPath, lines.join('\n') + '\n');

const byType = {},
  byLang = {},
  tplByLang = {};
let negs = 0,
  nspans = 0;
for (const r of out) {
  const key = `${r.lang}/${r.script}`;
  byLang[key] = (byLang[key] || 0) + 1;
  if (!r.spans.length) negs++;
  for (const s of r.spans) {
    byType[s.type] = (byType[s.type] || 0) + 1;
    nspans++;
  }
}
for (const t of TPL) tplByLang[t.lang] = (tplByLang[t.lang] || 0) + 1;
console.log(`wrote ${outPath}`);
console.log(`snippets: ${out.length}, negatives: ${negs}, spans: ${nspans}`);
console.log(
  `templates: ${TPL.length} (negative templates: ${TPL.filter((t) => t.neg).length}), genres: ${new Set(TPL.map((t) => t.genre)).size}`,
);
console.log('templates by language:', JSON.stringify(tplByLang));
console.log('snippets by language/script:', JSON.stringify(byLang));
console.log('spans by type:', JSON.stringify(byType));
