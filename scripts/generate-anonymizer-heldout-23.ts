/* eslint-disable */
// @ts-nocheck: a generator written without reading the code; it is run, not imported.
/**
 * Held-out evaluation set no. 23 for the CaseAtlas personal-data anonymizer.
 *
 * WHAT IT IS
 *   About 900 short texts of the kind that reach CaseAtlas in cross-border
 *   human-trafficking case work in Central Asia: court verdicts and
 *   indictments in Russian legal style, prosecutors' summaries, police and
 *   border-guard reports, labour-inspection reports, NGO/shelter intake forms
 *   and case notes, hotline call logs, victim interviews (Q/A), witness
 *   statements, messenger chat exports, journalists' reports, recruiters'
 *   ads, visa and work-permit applications, hotel registration cards,
 *   money-transfer receipts, airline and bus manifests, social-media posts
 *   and embassy letters. Every personal datum in them is gold-labelled.
 *   All people, numbers and addresses are invented: names are drawn at random
 *   from pools of common given names and surnames, numbers from random digits
 *   (with real check digits where the format has one, so that they look
 *   genuine). Any match with a real person is accidental.
 *
 *   The set was written WITHOUT reading the anonymizer, its tests, its
 *   fixtures or its documentation; templates, names and phrasings come from
 *   the author's own knowledge of the region. It is held out: do not tune the
 *   anonymizer on it.
 *
 * FORMAT  (test/fixtures/anonymizer-heldout-23.jsonl, one JSON object a line)
 *   {"id":"h23-0001","language":"ru","script":"cyrl","text":"...",
 *    "spans":[{"start":0,"end":12,"type":"PERSON"}, ...]}
 *   language: ru | kk | ky | uz | tg | tk | tr | en  (language of the frame;
 *             quoted names, e-mails and numbers may be in another script)
 *   script:   cyrl | latn  (script of the frame text)
 *   start/end: UTF-16 code-unit offsets (JavaScript string indices), end
 *             exclusive; spans sorted by start, never overlapping.
 *   type: PERSON, PHONE, EMAIL, NATIONAL_ID, PASSPORT, CARD, IBAN, ADDRESS,
 *         BIRTH_DATE, PLATE, HANDLE.
 *   About 15% of the records are negatives: "spans": [] .
 *
 * CONVENTIONS OF THE GOLD SPANS
 *   PERSON   the name only. Titles, role words and kinship or honorific words
 *            (гр., судья, адвокат, Mr., Ms., апа, ага, эже, байке, aka, opa,
 *            Hanım, Bey, -ака after a hyphen ...) are outside the span.
 *            Patronymics and the region's patronymic words (угли, кызы, уулу,
 *            o'g'li, qizi, -ұлы, -қызы, -owiç) are part of the name.
 *            A name inflected by a case ending written onto it (Russian
 *            declension, Kazakh/Kyrgyz/Uzbek/Turkmen/Tajik suffixes, the
 *            endearment suffixes -ҷон / -жан) is one span over the whole
 *            inflected token(s).
 *            A Turkish apostrophe suffix (Yılmaz'ın) and an English 's are
 *            outside the span. Initials together with a surname are one span
 *            (Иванова Г.С., A. Karimov). Given name + surname (+ patronymic)
 *            written together are one span; the airline form SURNAME/GIVEN
 *            is one span (the title after it is not). Recruiters' nicknames
 *            in quotes: the nickname only, without the quote marks. Names in
 *            chat exports (sender lines) are labelled. In a passport MRZ the
 *            surname and the given name(s) are two separate PERSON spans
 *            ('<' inside a multi-word part stays inside the span), the
 *            document number is PASSPORT (without '<' fillers) and the
 *            six-digit date of birth is BIRTH_DATE; check digits, country
 *            codes, sex and expiry are not labelled.
 *   PHONE    the number as written, including a leading +, 8 or 0 and any
 *            brackets/dashes/dots/spaces inside it; cue words (тел., моб.,
 *            WhatsApp, номер) outside.
 *   EMAIL    the address.
 *   HANDLE   @name (with the @), t.me/name and instagram.com/name (whole
 *            link), or the bare user name after a service word
 *            ("instagram: name", "IG: name", "WeChat ID: name").
 *   NATIONAL_ID  the digits after their cue: ИИН/ЖСН (KZ, 12), ПИНФЛ/JShShIR
 *            (UZ, 14), ПИН/ИНН (KG, 14), ИНН/РМА (TJ, 9), TC kimlik no and
 *            yabancı kimlik no (TR, 11), Emirates ID (784-yyyy-nnnnnnn-n),
 *            СНИЛС and a person's ИНН (RU). Labelled after a cue whatever the
 *            check digit.
 *   PASSPORT series and number as written ("45 12 № 345678" is one span),
 *            ID cards, foreign passports, seafarers' books, residence
 *            permits.
 *   CARD     payment-card numbers, full or masked (4400 43** **** 1234).
 *   IBAN     IBANs (KZ, TR, AE, SA), and 20-digit personal account numbers
 *            after "р/с", "счёт", "hisob raqami" and the like.
 *   ADDRESS  street level: street / avenue / microdistrict / mahalla + house
 *            (+ flat). The city, district and country are outside. A Russian
 *            preposition before an inflected street word is outside
 *            ("на |улице Абая, 12|").
 *   BIRTH_DATE  only the date or the year of birth; the words around it
 *            (года, г.р., года рождения, жылы, yil, doğumlu, born) are
 *            outside. Every other date (hearings, travel, transfers, chat
 *            timestamps, document issue/expiry) is not labelled.
 *   PLATE    vehicle registration plates (RU, KZ, KG, UZ, TJ, TR, UAE, KR;
 *            Latin, Cyrillic, Hangul). For UAE plates the emirate name is
 *            outside.
 *   Never labelled: company identifiers (БИН, company ИНН), case and
 *   docket numbers, hotlines and short service numbers, flight/train/bus
 *   numbers, statute articles, sums, invoice/contract/transfer numbers,
 *   organisation names (also those named after people), streets, squares,
 *   monuments and universities named after people when no house number
 *   follows, cities and countries, ages, ethnic groups, languages, car makes
 *   and models.
 *
 * HOW IT IS BUILT
 *   Deterministic: a mulberry32 PRNG seeded with 2323 drives every choice.
 *   300 templates (genre x language) are functions that build a text
 *   piece by piece with a small builder; a labelled piece records its span
 *   at the moment it is appended, so no offset is ever found by searching
 *   the final string. Snippets per language are spread evenly over that
 *   language's templates (positives and negatives separately); duplicates
 *   are re-drawn. At the end every span is checked (slice equals the
 *   appended piece, in bounds, sorted, no overlap, known type, negatives
 *   empty) and the script throws if anything is wrong.
 *   Run:  npx tsx scripts/generate-anonymizer-heldout-23.ts
 *   Only node's standard library is used. The output is byte-identical on
 *   every run.
 */
import { writeFileSync, mkdirSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { dirname, join as pathJoin } from 'node:path';

// ---------------------------------------------------------------- PRNG ----
const SEED = 2323;
function mulberry32(seed) {
  let a = seed >>> 0;
  return function () {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rng = mulberry32(SEED);
const R = () => rng();
const int = (a, b) => a + Math.floor(R() * (b - a + 1));
const pick = (a) => a[Math.floor(R() * a.length)];
const chance = (p) => R() < p;
const shuffle = (a) => {
  const b = a.slice();
  for (let i = b.length - 1; i > 0; i--) {
    const j = Math.floor(R() * (i + 1));
    [b[i], b[j]] = [b[j], b[i]];
  }
  return b;
};
const sample = (a, n) => shuffle(a).slice(0, n);
const dig = (n) => {
  let s = '';
  for (let i = 0; i < n; i++) s += String(int(0, 9));
  return s;
};
const pad = (n, w = 2) => String(n).padStart(w, '0');
const cap = (s) => (s ? s[0].toUpperCase() + s.slice(1) : s);
const upTr = (s) => s.toLocaleUpperCase('tr-TR');
const up = (s) => s.toUpperCase();

// ------------------------------------------------------------- builder ----
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
class Builder {
  constructor() {
    this.text = '';
    this.spans = [];
  }
  put(v) {
    if (v === null || v === undefined || v === false) return;
    if (typeof v === 'string' || typeof v === 'number') {
      this.text += String(v);
      return;
    }
    if (Array.isArray(v)) {
      for (const x of v) this.put(x);
      return;
    }
    if (typeof v === 'object' && typeof v.v === 'string' && typeof v.t === 'string') {
      const start = this.text.length;
      this.text += v.v;
      this.spans.push({ start, end: this.text.length, type: v.t, piece: v.v });
      return;
    }
    throw new Error('bad piece ' + JSON.stringify(v));
  }
  // tagged template: literal parts are plain text, interpolations are pieces
  w(strs, ...vals) {
    for (let i = 0; i < strs.length; i++) {
      this.text += strs[i];
      if (i < vals.length) this.put(vals[i]);
    }
    return this;
  }
}
const lab = (t) => (v) => ({ v: String(v), t });
const P = lab('PERSON');
const PH = lab('PHONE');
const EM = lab('EMAIL');
const NI = lab('NATIONAL_ID');
const PP = lab('PASSPORT');
const CA = lab('CARD');
const IB = lab('IBAN');
const AD = lab('ADDRESS');
const BD = lab('BIRTH_DATE');
const PL = lab('PLATE');
const HD = lab('HANDLE');
// interleave pieces with a separator
const join = (items, sep) => {
  const out = [];
  items.forEach((x, i) => {
    if (i) out.push(sep);
    out.push(x);
  });
  return out;
};

// ------------------------------------------------------ transliteration ----
const ROM = {
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
};
const ROMV = {
  bgn: {},
  icao: { й: 'i', ю: 'iu', я: 'ia', ё: 'e', ъ: 'ie' },
  simple: { ж: 'j', х: 'h', й: 'y', ғ: 'gh', ҷ: 'j' },
  q: { қ: 'q', ғ: 'gh', ң: 'ng', ә: 'ä', ө: 'ö', ү: 'ü', х: 'kh' },
};
function mapChars(s, table, extra = {}) {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    const lo = ch.toLowerCase();
    let m = extra[lo] !== undefined ? extra[lo] : table[lo];
    if (m === undefined) {
      out += ch;
      continue;
    }
    if (ch !== lo && m.length) m = m[0].toUpperCase() + m.slice(1);
    out += m;
  }
  return out;
}
function rom(s, v = 'bgn') {
  // word-initial Е -> Ye in bgn / simple
  let t = s;
  if (v === 'bgn') t = t.replace(/(^|[\s-])Е/g, '$1Йэ').replace(/(^|[\s-])е/g, '$1йэ');
  return mapChars(t, ROM, ROMV[v] || {});
}
// Cyrillic -> Turkish orthography
const TRMAP = {
  ...ROM,
  ж: 'j',
  х: 'h',
  ш: 'ş',
  ч: 'ç',
  й: 'y',
  ы: 'ı',
  ц: 'ts',
  щ: 'şç',
  ә: 'e',
  ө: 'ö',
  ү: 'ü',
  ғ: 'ğ',
  ҷ: 'c',
};
const cyr2tr = (s) => mapChars(s.replace(/дж/g, 'c').replace(/Дж/g, 'C'), TRMAP);
// Cyrillic -> Turkmen orthography
const TKMAP = {
  ...ROM,
  ж: 'ž',
  х: 'h',
  ш: 'ş',
  ч: 'ç',
  й: 'ý',
  ы: 'y',
  ю: 'ýu',
  я: 'ýa',
  ё: 'ýo',
  ц: 's',
  щ: 'ş',
  ә: 'ä',
  ө: 'ö',
  ү: 'ü',
  ң: 'ň',
  ҷ: 'j',
};
const cyr2tk = (s) => mapChars(s.replace(/дж/g, 'j').replace(/Дж/g, 'J'), TKMAP);
// Cyrillic -> Uzbek Latin
const UZMAP = {
  ...ROM,
  ж: 'j',
  х: 'x',
  ш: 'sh',
  ч: 'ch',
  й: 'y',
  ы: 'i',
  щ: 'sh',
  ө: "o'",
  ү: 'u',
  ғ: "g'",
  қ: 'q',
  ң: 'ng',
  ҳ: 'h',
  ҷ: 'j',
};
const cyr2uz = (s) => mapChars(s.replace(/дж/g, 'j').replace(/Дж/g, 'J'), UZMAP);
// Uzbek Latin -> Uzbek Cyrillic
function uz2cyr(s) {
  const A = "(?:'|ʻ|’)";
  const rules = [
    [new RegExp('o' + A, 'g'), 'ў'],
    [new RegExp('O' + A, 'g'), 'Ў'],
    [new RegExp('g' + A, 'g'), 'ғ'],
    [new RegExp('G' + A, 'g'), 'Ғ'],
    [/sh/g, 'ш'],
    [/Sh/g, 'Ш'],
    [/SH/g, 'Ш'],
    [/ch/g, 'ч'],
    [/Ch/g, 'Ч'],
    [/CH/g, 'Ч'],
    [/yo/g, 'ё'],
    [/Yo/g, 'Ё'],
    [/yu/g, 'ю'],
    [/Yu/g, 'Ю'],
    [/ya/g, 'я'],
    [/Ya/g, 'Я'],
    [/ye/g, 'е'],
    [/Ye/g, 'Е'],
    [/(^|[^A-Za-zА-Яа-яЎўҒғҚқҲҳ])E/g, '$1Э'],
    [/(^|[^A-Za-zА-Яа-яЎўҒғҚқҲҳ])e/g, '$1э'],
  ];
  let t = s;
  for (const [re, r] of rules) t = t.replace(re, r);
  t = t.replace(/(?:'|ʻ|’)/g, 'ъ');
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
  };
  return mapChars(t, M);
}
// Uzbek Latin -> English-style Latin
function uzEn(s, v) {
  let t = s.replace(/(?:'|ʻ|’)/g, '');
  if (v === 'bgn' || v === 'q') t = t.replace(/x/g, 'kh').replace(/X/g, 'Kh');
  if (v === 'icao') t = t.replace(/x/g, 'kh').replace(/X/g, 'Kh').replace(/q/g, 'k').replace(/Q/g, 'K');
  return t;
}
// Turkmen Latin -> plain Latin
const tkPlain = (s) =>
  s
    .replace(/ý/g, 'y')
    .replace(/Ý/g, 'Y')
    .replace(/ň/g, 'n')
    .replace(/ž/g, 'zh')
    .replace(/ç/g, 'ch')
    .replace(/Ç/g, 'Ch')
    .replace(/ş/g, 'sh')
    .replace(/Ş/g, 'Sh')
    .replace(/ä/g, 'a')
    .replace(/ö/g, 'o')
    .replace(/Ö/g, 'O')
    .replace(/ü/g, 'u')
    .replace(/Ü/g, 'U');
const tkTr = (s) => s.replace(/ý/g, 'y').replace(/Ý/g, 'Y').replace(/ň/g, 'n').replace(/ä/g, 'e').replace(/ž/g, 'j');
const uzTr = (s) =>
  s
    .replace(/(?:'|ʻ|’)/g, '')
    .replace(/sh/g, 'ş')
    .replace(/Sh/g, 'Ş')
    .replace(/ch/g, 'ç')
    .replace(/Ch/g, 'Ç')
    .replace(/x/g, 'h')
    .replace(/X/g, 'H')
    .replace(/q/g, 'k')
    .replace(/Q/g, 'K');

// ---------------------------------------------------------------- names ----
// Cyrillic-native origins: entries are "Russian spelling|native spelling".
// Latin-native origins: entries are "native Latin|Russian spelling".
// A leading "!" on a surname marks a noun-type surname in Russian (Шин -> Шина).
const NAMES = {
  kz: {
    cyr: true,
    m: [
      'Нурлан|Нұрлан',
      'Ерлан',
      'Даурен|Дәурен',
      'Асхат',
      'Бауыржан',
      'Ержан',
      'Серик|Серік',
      'Болат',
      'Канат|Қанат',
      'Марат',
      'Айдос',
      'Асет',
      'Дамир',
      'Арман',
      'Мейрамбек',
      'Ерболат',
      'Жандос',
      'Нуржан|Нұржан',
      'Талгат|Талғат',
      'Куаныш|Қуаныш',
      'Дархан',
      'Бекзат',
      'Олжас',
      'Санжар',
      'Алмас',
      'Ерасыл',
      'Айбек',
      'Габит|Ғабит',
      'Мухтар|Мұхтар',
      'Бахытжан|Бақытжан',
      'Жасулан|Жасұлан',
      'Темирлан|Темірлан',
      'Ильяс|Ілияс',
      'Азамат',
      'Еркебулан|Еркебұлан',
    ],
    f: [
      'Айгерим|Айгерім',
      'Гульнара|Гүлнара',
      'Динара',
      'Жанар',
      'Айгуль|Айгүл',
      'Сауле|Сәуле',
      'Асель|Әсел',
      'Мадина',
      'Жансая',
      'Аружан',
      'Камила',
      'Гульмира|Гүлмира',
      'Салтанат',
      'Алия',
      'Назерке',
      'Дана',
      'Индира',
      'Айжан',
      'Меруерт',
      'Томирис',
      'Балжан',
      'Акмарал|Ақмарал',
      'Гаухар',
      'Ботагоз|Ботагөз',
      'Жулдыз|Жұлдыз',
      'Анар',
      'Ляззат|Ләззат',
      'Айнур|Айнұр',
      'Шынар',
      'Толкын|Толқын',
      'Зарина',
      'Карлыгаш|Қарлығаш',
      'Маржан',
    ],
    s: [
      'Ахметов',
      'Жумабаев|Жұмабаев',
      'Сериков|Серіков',
      'Касымов|Қасымов',
      'Абенов',
      'Тулегенов|Төлегенов',
      'Искаков|Ысқақов',
      'Омаров',
      'Сатпаев|Сәтбаев',
      'Ермеков',
      'Байжанов',
      'Кенжебаев',
      'Мусин',
      'Есенов',
      'Бекмуханов|Бекмұханов',
      'Сагинтаев|Сағынтаев',
      'Жаксылыков|Жақсылықов',
      'Утемисов|Өтемісов',
      'Нуртазин|Нұртазин',
      'Калиев|Қалиев',
      'Сулейменов|Сүлейменов',
      'Турсынбаев|Тұрсынбаев',
      'Амангельдиев|Амангелдиев',
      'Садыков|Садықов',
      'Ибраев',
      'Смагулов|Смағұлов',
      'Дюсенов|Дүйсенов',
      'Шаймерденов',
      'Абдрахманов|Әбдірахманов',
      'Кусаинов|Құсайынов',
      'Оспанов',
      'Байтасов',
      'Нургалиев|Нұрғалиев',
    ],
  },
  kg: {
    cyr: true,
    m: [
      'Азамат',
      'Бакыт',
      'Нурбек',
      'Улан',
      'Эрлан',
      'Алмазбек',
      'Кубанычбек',
      'Медер',
      'Темирлан',
      'Таалайбек',
      'Жоомарт',
      'Урмат',
      'Мирлан',
      'Чынгыз',
      'Бекжан',
      'Эрмек',
      'Айбек',
      'Нурсултан',
      'Бактыбек',
      'Сапар',
      'Руслан',
      'Данияр',
      'Адилет',
      'Канат',
      'Жыргалбек',
      'Эльдар|Элдар',
      'Талант',
      'Марлен',
      'Нурлан',
      'Максат',
    ],
    f: [
      'Айгуль|Айгүл',
      'Бурул',
      'Жылдыз',
      'Чолпон',
      'Нургуль|Нургүл',
      'Бактыгуль|Бактыгүл',
      'Асель|Асел',
      'Мээрим',
      'Элмира',
      'Айпери',
      'Назгуль|Назгүл',
      'Гульзат|Гүлзат',
      'Айжамал',
      'Динара',
      'Жаныл|Жаңыл',
      'Каныкей',
      'Айзада',
      'Толгонай',
      'Асылзат',
      'Венера',
      'Бермет',
      'Нуриза',
      'Сезим',
      'Айнура',
      'Гульмира|Гүлмира',
      'Жибек',
      'Нурайым',
      'Айсулуу',
    ],
    s: [
      'Асанов',
      'Токтогулов',
      'Жээнбеков',
      'Мамытов',
      'Сыдыков',
      'Иманалиев',
      'Осмонов',
      'Абдыкадыров',
      'Турдубаев',
      'Кадыров',
      'Эсенгулов',
      'Мамбетов',
      'Акматов',
      'Жусупов',
      'Токтосунов',
      'Орозбеков',
      'Сатыбалдиев',
      'Усенов',
      'Бейшеналиев',
      'Шамшиев',
      'Курманов',
      'Исаков',
      'Алымбеков',
      'Жумагулов',
      'Момунов',
      'Токтоматов',
      'Байзаков',
      'Бообеков',
      'Абылгазиев',
      'Джолдошев|Жолдошев',
    ],
  },
  uz: {
    cyr: false,
    m: [
      'Alisher|Алишер',
      'Bekzod|Бекзод',
      'Jasur|Жасур',
      'Sardor|Сардор',
      'Sherzod|Шерзод',
      'Otabek|Отабек',
      "Ulug'bek|Улугбек",
      'Jahongir|Джахонгир',
      'Doniyor|Дониёр',
      'Farrux|Фаррух',
      'Shuhrat|Шухрат',
      'Bahodir|Баходир',
      'Rustam|Рустам',
      'Akmal|Акмал',
      'Dilshod|Дилшод',
      'Islom|Ислом',
      'Javlon|Жавлон',
      'Oybek|Ойбек',
      'Temur|Темур',
      'Abdulla|Абдулла',
      'Azizbek|Азизбек',
      'Sanjar|Санжар',
      'Zafar|Зафар',
      'Anvar|Анвар',
      'Botir|Ботир',
      'Mirjalol|Миржалол',
      'Sarvar|Сарвар',
      'Nodirbek|Нодирбек',
      'Ravshan|Равшан',
      'Xurshid|Хуршид',
      'Ilhom|Ильхом',
      'Shavkat|Шавкат',
      'Jamshid|Джамшид',
    ],
    f: [
      'Dilnoza|Дильноза',
      'Shahnoza|Шахноза',
      'Gulnora|Гулнора',
      'Nodira|Нодира',
      'Zarina|Зарина',
      'Mohira|Мохира',
      'Feruza|Феруза',
      'Maftuna|Мафтуна',
      'Sevara|Севара',
      'Dildora|Дилдора',
      'Nilufar|Нилуфар',
      'Madina|Мадина',
      'Umida|Умида',
      'Barno|Барно',
      'Ozoda|Озода',
      'Nargiza|Наргиза',
      'Gulchehra|Гульчехра',
      'Yulduz|Юлдуз',
      'Lola|Лола',
      'Munisa|Муниса',
      'Kamola|Камола',
      'Zulfiya|Зульфия',
      'Malika|Малика',
      'Dilfuza|Дилфуза',
      'Sitora|Ситора',
      'Hilola|Хилола',
      'Gulshan|Гульшан',
      'Oydin|Ойдин',
    ],
    s: [
      'Karimov|Каримов',
      'Rahimov|Рахимов',
      'Yusupov|Юсупов',
      'Tursunov|Турсунов',
      'Abdullayev|Абдуллаев',
      "Xo'jayev|Ходжаев",
      'Mirzayev|Мирзаев',
      'Nazarov|Назаров',
      'Qodirov|Кадыров',
      'Ergashev|Эргашев',
      'Sobirov|Собиров',
      'Usmonov|Усмонов',
      'Ismoilov|Исмаилов',
      "Jo'rayev|Джураев",
      'Haydarov|Хайдаров',
      'Rahmatullayev|Рахматуллаев',
      'Saidov|Саидов',
      'Toshmatov|Ташматов',
      'Eshonqulov|Эшанкулов',
      'Normatov|Норматов',
      'Aliyev|Алиев',
      'Umarov|Умаров',
      'Xolmatov|Холматов',
      'Qosimov|Касымов',
      'Sultonov|Султанов',
      'Mahmudov|Махмудов',
      'Fayzullayev|Файзуллаев',
      'Boboyev|Бобоев',
      "To'xtayev|Тухтаев",
      'Ahmedov|Ахмедов',
      "G'aniyev|Ганиев",
    ],
  },
  tj: {
    cyr: true,
    m: [
      'Фаррух',
      'Рахим|Раҳим',
      'Шерали',
      'Далер',
      'Бахтиёр',
      'Манучехр|Манучеҳр',
      'Фирдавс',
      'Сухроб|Суҳроб',
      'Носир',
      'Комрон',
      'Исмоил',
      'Джамшед|Ҷамшед',
      'Парвиз',
      'Умед',
      'Хуршед',
      'Зафар',
      'Абдулло',
      'Шохин|Шоҳин',
      'Мехроб|Меҳроб',
      'Сиёвуш',
      'Рустам',
      'Хусрав',
      'Фаридун',
      'Амирхон',
      'Некруз|Некрӯз',
      'Бехруз|Беҳрӯз',
      'Озод',
      'Саъдулло',
    ],
    f: [
      'Мадина',
      'Нигора',
      'Манижа',
      'Гулнора',
      'Зарина',
      'Тахмина|Таҳмина',
      'Шахноза|Шаҳноза',
      'Фарзона',
      'Мехрангез|Меҳрангез',
      'Сабохат|Сабоҳат',
      'Парвина',
      'Дилором',
      'Садбарг',
      'Зулайхо',
      'Нилуфар',
      'Гулчехра|Гулчеҳра',
      'Малика',
      'Мохира|Моҳира',
      'Фотима',
      'Рухшона',
      'Ситора',
      'Шабнам',
      'Мунира',
      'Сурайё',
    ],
    s: [
      'Рахимов|Раҳимов',
      'Назаров',
      'Саидов',
      'Шарипов',
      'Каримов',
      'Давлатов',
      'Мирзоев',
      'Сафаров',
      'Хакимов|Ҳакимов',
      'Бобоев',
      'Исмоилов',
      'Джураев|Ҷӯраев',
      'Холов',
      'Шамсиддинов',
      'Рахмонзода|Раҳмонзода',
      'Шарифзода',
      'Давлатзода',
      'Назарзода',
      'Сафарзода',
      'Курбонов|Қурбонов',
      'Азимов',
      'Одинаев',
      'Юсуфи',
      'Ализода',
      'Гафуров|Ғафуров',
      'Муродов',
      'Султонов',
      'Латифов',
      'Хасанов|Ҳасанов',
      'Ёдгоров',
    ],
  },
  tm: {
    cyr: false,
    m: [
      'Merdan|Мердан',
      'Serdar|Сердар',
      'Döwlet|Довлет',
      'Berdi|Берды',
      'Myrat|Мурат',
      'Batyr|Батыр',
      'Maksat|Максат',
      'Rahman|Рахман',
      'Gurban|Курбан',
      'Nury|Нуры',
      'Annamyrat|Аннамурат',
      'Kakajan|Какаджан',
      'Begenç|Бегенч',
      'Atajan|Атаджан',
      'Şatlyk|Шатлык',
      'Mekan|Мекан',
      'Perhat|Перхат',
      'Agageldi|Агагельды',
      'Baýram|Байрам',
      'Resul|Ресул',
      'Eziz|Эзиз',
      'Arslan|Арслан',
    ],
    f: [
      'Aýna|Айна',
      'Maýsa|Майса',
      'Jemal|Джемал',
      'Ogulgerek|Огулгерек',
      'Bahar|Бахар',
      'Gülnabat|Гульнабат',
      'Maral|Марал',
      'Enejan|Энеджан',
      'Aýgül|Айгуль',
      'Ogulbibi|Огульбиби',
      'Leýla|Лейла',
      'Sona|Сона',
      'Mähri|Мехри',
      'Jeren|Джерен',
      'Aýsoltan|Айсолтан',
      'Nurjemal|Нурджемал',
      'Selbi|Сельби',
      'Ogulnabat|Огулнабат',
      'Gözel|Гозель',
      'Bägül|Багуль',
    ],
    s: [
      'Annaýew|Аннаев',
      'Berdiýew|Бердыев',
      'Orazow|Оразов',
      'Ataýew|Атаев',
      'Myradow|Мурадов',
      'Hojamuhammedow|Ходжамухаммедов',
      'Gurbanow|Курбанов',
      'Amanow|Аманов',
      'Durdyýew|Дурдыев',
      'Nurmuhammedow|Нурмухаммедов',
      'Saparow|Сапаров',
      'Rejepow|Реджепов',
      'Baýramow|Байрамов',
      'Çaryýew|Чарыев',
      'Öwezow|Овезов',
      'Hydyrow|Хыдыров',
      'Meredow|Мередов',
      'Allaberdiýew|Аллабердыев',
      'Nazarow|Назаров',
      'Garajaýew|Гараджаев',
    ],
  },
  ru: {
    cyr: true,
    m: [
      'Иван',
      'Сергей',
      'Алексей',
      'Дмитрий',
      'Андрей',
      'Николай',
      'Виктор',
      'Олег',
      'Евгений',
      'Игорь',
      'Владимир',
      'Роман',
      'Артём',
      'Максим',
      'Денис',
      'Юрий',
      'Вадим',
      'Константин',
      'Тарас',
      'Богдан',
      'Станислав',
      'Михаил',
      'Антон',
      'Геннадий',
      'Валерий',
    ],
    f: [
      'Ольга',
      'Наталья',
      'Елена',
      'Татьяна',
      'Ирина',
      'Светлана',
      'Анастасия',
      'Юлия',
      'Марина',
      'Оксана',
      'Екатерина',
      'Людмила',
      'Галина',
      'Валентина',
      'Виктория',
      'Алёна',
      'Кристина',
      'Дарья',
      'Ксения',
      'Вера',
      'Надежда',
      'Полина',
      'Яна',
    ],
    s: [
      'Иванов',
      'Петров',
      'Смирнов',
      'Кузнецов',
      'Соколов',
      'Попов',
      'Волков',
      'Морозов',
      'Лебедев',
      'Козлов',
      'Новиков',
      'Фёдоров',
      'Белов',
      'Ковалёв',
      'Шевченко',
      'Бондаренко',
      'Ткаченко',
      'Коваленко',
      'Мельник',
      'Кравченко',
      'Лысенко',
      'Полищук',
      'Савченко',
      'Чернов',
      'Громов',
      'Зайцев',
      'Соловьёв',
      'Ярошенко',
      'Воронин',
      'Калинин',
      'Никитин',
      'Захарченко',
      'Гаврилюк',
      'Олейник',
      'Романенко',
      'Вишневский',
      'Ковальский',
      'Сидоренко',
      'Головко',
      'Дьяченко',
    ],
  },
  ko: {
    cyr: true,
    m: ['Виктор', 'Сергей', 'Вячеслав', 'Александр', 'Эдуард', 'Роман', 'Герман', 'Валерий', 'Олег', 'Денис'],
    f: ['Светлана', 'Ирина', 'Марина', 'Елена', 'Анжела', 'Жанна', 'Людмила', 'Наталья', 'Инна', 'Алла'],
    s: [
      '!Ким',
      '!Пак',
      'Ли',
      '!Цой',
      '!Тен',
      '!Хван',
      '!Огай',
      '!Югай',
      '!Шин',
      '!Хегай',
      '!Нам',
      '!Ан',
      '!Тян',
      '!Лим',
      '!Когай',
    ],
  },
  af: {
    cyr: false,
    m: [
      'Ahmad|Ахмад',
      'Mohammad|Мохаммад',
      'Farid|Фарид',
      'Hamid|Хамид',
      'Nasir|Насир',
      'Wahid|Вахид',
      'Zabihullah|Забихулла',
      'Sayed|Саид',
      'Rahmatullah|Рахматулла',
      'Jawad|Джавад',
      'Mirwais|Мирвайс',
      'Najib|Наджиб',
      'Khalil|Халил',
      'Habib|Хабиб',
      'Shafiq|Шафик',
    ],
    f: [
      'Fatima|Фатима',
      'Zahra|Захра',
      'Maryam|Марьям',
      'Parwana|Парвана',
      'Farzana|Фарзана',
      'Shakila|Шакила',
      'Sima|Сима',
      'Laila|Лайла',
      'Nasrin|Насрин',
      'Roya|Роя',
      'Nargis|Наргис',
      'Mahbooba|Махбуба',
    ],
    s: [
      'Ahmadzai|Ахмадзай',
      'Popal|Попал',
      'Stanekzai|Станекзай',
      'Rahimi|Рахими',
      'Karimi|Карими',
      'Hakimi|Хакими',
      'Noori|Нури',
      'Sultani|Султани',
      'Hashimi|Хашими',
      'Amiri|Амири',
      'Mohammadi|Мохаммади',
      'Wardak|Вардак',
      'Azizi|Азизи',
      'Hotak|Хотак',
      'Safi|Сафи',
    ],
  },
  tr: {
    cyr: false,
    m: [
      'Mehmet|Мехмет',
      'Mustafa|Мустафа',
      'Ahmet|Ахмет',
      'Ali|Али',
      'Hüseyin|Хусейн',
      'Hasan|Хасан',
      'İbrahim|Ибрагим',
      'Murat|Мурат',
      'Emre|Эмре',
      'Burak|Бурак',
      'Yusuf|Юсуф',
      'Ömer|Омер',
      'Serkan|Серкан',
      'Volkan|Волкан',
      'Kemal|Кемаль',
      'Osman|Осман',
      'Hakan|Хакан',
      'Cem|Джем',
      'Onur|Онур',
      'Tolga|Толга',
    ],
    f: [
      'Ayşe|Айше',
      'Fatma|Фатма',
      'Emine|Эмине',
      'Zeynep|Зейнеп',
      'Elif|Элиф',
      'Hatice|Хатидже',
      'Meryem|Мерьем',
      'Özlem|Озлем',
      'Derya|Дерья',
      'Gülsüm|Гюльсюм',
      'Esra|Эсра',
      'Büşra|Бюшра',
      'Sevgi|Севги',
      'Selin|Селин',
      'Merve|Мерве',
      'Nurcan|Нурджан',
    ],
    s: [
      'Yılmaz|Йылмаз',
      'Kaya|Кая',
      'Demir|Демир',
      'Şahin|Шахин',
      'Çelik|Челик',
      'Yıldız|Йылдыз',
      'Yıldırım|Йылдырым',
      'Öztürk|Озтюрк',
      'Aydın|Айдын',
      'Özdemir|Оздемир',
      'Arslan|Арслан',
      'Doğan|Доган',
      'Kılıç|Кылыч',
      'Aslan|Аслан',
      'Çetin|Четин',
      'Kara|Кара',
      'Koç|Коч',
      'Kurt|Курт',
      'Özkan|Озкан',
      'Şimşek|Шимшек',
      'Polat|Полат',
      'Erdem|Эрдем',
      'Güneş|Гюнеш',
      'Aksoy|Аксой',
    ],
  },
  gulf: {
    cyr: false,
    m: [
      'Ahmed|Ахмед',
      'Mohammed|Мохаммед',
      'Khalid|Халид',
      'Saeed|Саид',
      'Rashid|Рашид',
      'Sultan|Султан',
      'Hamad|Хамад',
      'Abdullah|Абдулла',
      'Faisal|Фейсал',
      'Majid|Маджид',
      'Omar|Омар',
      'Nasser|Насер',
      'Yousef|Юсеф',
      'Hamdan|Хамдан',
      'Saif|Сейф',
      'Tariq|Тарик',
    ],
    f: [
      'Fatima|Фатима',
      'Mariam|Мариам',
      'Aisha|Аиша',
      'Noora|Нура',
      'Hessa|Хесса',
      'Latifa|Латифа',
      'Shamma|Шамма',
      'Moza|Моза',
      'Reem|Рим',
      'Amna|Амна',
    ],
    s: [
      'Al Mansoori|Аль Мансури',
      'Al Mazrouei|Аль Мазруи',
      'Al Nuaimi|Аль Нуайми',
      'Al Shamsi|Аль Шамси',
      'Al Ketbi|Аль Кетби',
      'Al Dhaheri|Аль Захери',
      'Al Falasi|Аль Фаласи',
      'Al Suwaidi|Аль Сувейди',
      'Al Qahtani|Аль Кахтани',
      'Al Ghamdi|Аль Гамди',
      'Al Harbi|Аль Харби',
      'Al Otaibi|Аль Отайби',
      'Al Zahrani|Аль Захрани',
      'Al Marri|Аль Марри',
      'Al Hashemi|Аль Хашеми',
      'Al-Dosari|Аль-Досари',
    ],
  },
  cn: {
    cyr: false,
    sf: true,
    m: [
      'Wei|Вэй',
      'Lei|Лэй',
      'Jie|Цзе',
      'Hao|Хао',
      'Ming|Мин',
      'Jun|Цзюнь',
      'Bin|Бинь',
      'Feng|Фэн',
      'Tao|Тао',
      'Qiang|Цян',
      'Jianguo|Цзяньго',
    ],
    f: [
      'Na|На',
      'Jing|Цзин',
      'Fang|Фан',
      'Min|Минь',
      'Li|Ли',
      'Hong|Хун',
      'Xiaoyan|Сяоянь',
      'Yan|Янь',
      'Lihua|Лихуа',
      'Haiyan|Хайянь',
      'Xiuying|Сюин',
    ],
    s: [
      'Wang|Ван',
      'Li|Ли',
      'Zhang|Чжан',
      'Liu|Лю',
      'Chen|Чэнь',
      'Yang|Ян',
      'Zhao|Чжао',
      'Huang|Хуан',
      'Zhou|Чжоу',
      'Wu|У',
      'Xu|Сюй',
      'Sun|Сунь',
      'Ma|Ма',
      'Zhu|Чжу',
      'Hu|Ху',
      'Lin|Линь',
      'Gao|Гао',
      'Guo|Го',
    ],
  },
  kr: {
    cyr: false,
    sf: true,
    m: [
      'Min-jun|Мин Джун',
      'Ji-hoon|Джи Хун',
      'Woo-jin|У Джин',
      'Sung-min|Сон Мин',
      'Dong-hyun|Дон Хён',
      'Jae-won|Чжэ Вон',
      'Hyun-woo|Хён У',
      'Sang-hoon|Сан Хун',
    ],
    f: [
      'Seo-yeon|Со Ён',
      'Yu-na|Ю На',
      'Hye-jin|Хе Джин',
      'Ji-woo|Джи У',
      'Soo-bin|Су Бин',
      'Eun-ji|Ын Джи',
      'Ha-eun|Ха Ын',
      'Min-seo|Мин Со',
    ],
    s: [
      'Kim|Ким',
      'Lee|Ли',
      'Park|Пак',
      'Choi|Чхве',
      'Jung|Чон',
      'Kang|Кан',
      'Cho|Чо',
      'Yoon|Юн',
      'Jang|Чан',
      'Lim|Лим',
      'Han|Хан',
      'Shin|Син',
      'Oh|О',
      'Seo|Со',
    ],
  },
  np: {
    cyr: false,
    m: [
      'Ram Bahadur|Рам Бахадур',
      'Bishnu|Бишну',
      'Krishna|Кришна',
      'Hari|Хари',
      'Binod|Бинод',
      'Santosh|Сантош',
      'Dipak|Дипак',
      'Suman|Суман',
      'Prakash|Пракаш',
      'Ramesh|Рамеш',
    ],
    f: [
      'Sita|Сита',
      'Maya|Майя',
      'Sunita|Сунита',
      'Kamala|Камала',
      'Gita|Гита',
      'Anita|Анита',
      'Sarita|Сарита',
      'Dil Kumari|Дил Кумари',
      'Laxmi|Лакшми',
      'Sabina|Сабина',
      'Pabitra|Пабитра',
    ],
    s: [
      'Thapa|Тхапа',
      'Gurung|Гурунг',
      'Tamang|Таманг',
      'Rai|Рай',
      'Magar|Магар',
      'Shrestha|Шрестха',
      'Limbu|Лимбу',
      'Adhikari|Адхикари',
      'Karki|Карки',
      'Poudel|Паудел',
      'Lama|Лама',
      'Sherpa|Шерпа',
      'Thapa Magar|Тхапа Магар',
      'Bhandari|Бхандари',
    ],
  },
  in: {
    cyr: false,
    m: [
      'Rajesh|Раджеш',
      'Suresh|Суреш',
      'Sunil|Сунил',
      'Vikram|Викрам',
      'Arun|Арун',
      'Ravi|Рави',
      'Sanjay|Санджай',
      'Anil|Анил',
      'Manoj|Манодж',
      'Abdul|Абдул',
      'Mohammed|Мохаммед',
    ],
    f: [
      'Priya|Прия',
      'Anjali|Анджали',
      'Deepa|Дипа',
      'Lakshmi|Лакшми',
      'Meena|Мина',
      'Sneha|Снеха',
      'Reshma|Решма',
      'Shalini|Шалини',
    ],
    s: [
      'Kumar|Кумар',
      'Nair|Наир',
      'Menon|Менон',
      'Sharma|Шарма',
      'Pillai|Пиллаи',
      'Thomas|Томас',
      'Singh|Сингх',
      'Reddy|Редди',
      'Joseph|Джозеф',
      'Varghese|Вергезе',
      'Gupta|Гупта',
      'Iyer|Айер',
      'Khan|Хан',
      'Das|Дас',
      'Kurian|Куриан',
      'Rafiq|Рафик',
    ],
  },
  ph: {
    cyr: false,
    m: [
      'Rodelio|Роделио',
      'Jonathan|Джонатан',
      'Mark Anthony|Марк Энтони',
      'Jun|Джун',
      'Ramil|Рамиль',
      'Arnel|Арнел',
      'Jomar|Джомар',
      'Ricardo|Рикардо',
    ],
    f: [
      'Maria Cristina|Мария Кристина',
      'Jocelyn|Джоселин',
      'Rowena|Ровена',
      'Marites|Маритес',
      'Analyn|Аналин',
      'Lorna|Лорна',
      'Mary Joy|Мэри Джой',
      'Rosalie|Розали',
      'Jennifer|Дженнифер',
      'Liza|Лиза',
      'Cherry Mae|Черри Мэй',
      'Rhea|Рея',
      'Gemma|Джемма',
      'Maricel|Марисель',
    ],
    s: [
      'Dela Cruz|Дела Крус',
      'Santos|Сантос',
      'Reyes|Рейес',
      'Garcia|Гарсия',
      'Bautista|Баутиста',
      'Mendoza|Мендоса',
      'Villanueva|Вильянуэва',
      'Aquino|Акино',
      'Ramos|Рамос',
      'Castillo|Кастильо',
      'Navarro|Наварро',
      'Flores|Флорес',
      'Dizon|Дизон',
      'De Leon|Де Леон',
      'Manalo|Манало',
      'Pascual|Паскуаль',
      'Tolentino|Толентино',
    ],
  },
};
// origins whose names decline in Russian text
const DECL = new Set(['kz', 'kg', 'uz', 'tj', 'tm', 'ru', 'ko']);
const CA_ORIG = ['kz', 'kg', 'uz', 'tj', 'tm'];

function parseRec(str, cyr) {
  let noun = false;
  let s = str;
  if (s.startsWith('!')) {
    noun = true;
    s = s.slice(1);
  }
  const [a, b] = s.split('|');
  if (cyr) return { ru: a, nat: b || a, noun };
  return { nat: a, ru: b || a, noun };
}

// ------------------------------------------------- Russian declension ----
const CASES = ['n', 'g', 'd', 'a', 'i', 'p'];
function declWord(w, sex, c) {
  // a single given name (or a noun-type surname) in Russian
  if (c === 'n') return w;
  const l = w.slice(-1);
  const stem = w.slice(0, -1);
  if (/ий$/.test(w)) return stem + { g: 'я', d: 'ю', a: 'я', i: 'ем', p: 'и' }[c];
  if (l === 'й') return stem + { g: 'я', d: 'ю', a: 'я', i: 'ем', p: 'е' }[c];
  if (l === 'ь') {
    if (sex === 'm') return stem + { g: 'я', d: 'ю', a: 'я', i: 'ем', p: 'е' }[c];
    return { g: stem + 'и', d: stem + 'и', a: w, i: w + 'ю', p: stem + 'и' }[c];
  }
  if (l === 'а') {
    const soft = /[гкхжшчщ]$/.test(stem);
    const hush = /[жшчщц]$/.test(stem);
    return stem + { g: soft ? 'и' : 'ы', d: 'е', a: 'у', i: hush ? 'ей' : 'ой', p: 'е' }[c];
  }
  if (/ия$/.test(w)) return stem + { g: 'и', d: 'и', a: 'ю', i: 'ей', p: 'и' }[c];
  if (l === 'я') return stem + { g: 'и', d: 'е', a: 'ю', i: 'ей', p: 'е' }[c];
  if (/[бвгджзклмнпрстфхцчшщ]$/.test(w)) {
    if (sex === 'f') return w;
    const hush = /[жшчщц]$/.test(w);
    return w + { g: 'а', d: 'у', a: 'а', i: hush ? 'ем' : 'ом', p: 'е' }[c];
  }
  return w;
}
function declGiven(name, sex, c) {
  if (c === 'n' || name.includes(' ')) return name;
  if (name.includes('-'))
    return name
      .split('-')
      .map((x) => declGiven(x, sex, c))
      .join('-');
  return declWord(name, sex, c);
}
function declSurname(s, sex, c, noun) {
  if (c === 'n') return s;
  if (s.includes('-') && !/^Аль-/.test(s))
    return s
      .split('-')
      .map((x) => declSurname(x, sex, c, noun))
      .join('-');
  if (s.includes(' ')) return s;
  if (noun) return sex === 'm' ? declWord(s, 'm', c) : s;
  if (sex === 'm') {
    if (/(ов|ев|ёв|ин|ын)$/.test(s)) return s + { g: 'а', d: 'у', a: 'а', i: 'ым', p: 'е' }[c];
    if (/(ский|цкий)$/.test(s)) return s.slice(0, -2) + { g: 'ого', d: 'ому', a: 'ого', i: 'им', p: 'ом' }[c];
    if (/[бвгджзклмнпрстфхцчшщй]$/.test(s)) return declWord(s, 'm', c);
    return s;
  }
  if (/(ова|ева|ёва|ина|ына)$/.test(s)) {
    const st = s.slice(0, -1);
    return st + { g: 'ой', d: 'ой', a: 'у', i: 'ой', p: 'ой' }[c];
  }
  if (/(ская|цкая)$/.test(s)) return s.slice(0, -2) + { g: 'ой', d: 'ой', a: 'ую', i: 'ой', p: 'ой' }[c];
  return s;
}
function declPatr(p, sex, c) {
  if (c === 'n') return p;
  if (/ич$/.test(p)) return p + { g: 'а', d: 'у', a: 'а', i: 'ем', p: 'е' }[c];
  if (/на$/.test(p)) return p.slice(0, -1) + { g: 'ы', d: 'е', a: 'у', i: 'ой', p: 'е' }[c];
  return p; // угли, кизи, уулу, кызы, -улы ...
}
const PATR_EXC = {
  Юрий: 'Юрьев',
  Геннадий: 'Геннадьев',
  Дмитрий: 'Дмитриев',
  Евгений: 'Евгеньев',
  Валерий: 'Валерьев',
  Михаил: 'Михайлов',
  Вячеслав: 'Вячеславов',
};
function patrRu(father, sex) {
  let base;
  if (PATR_EXC[father]) base = PATR_EXC[father];
  else if (/й$/.test(father)) base = father.slice(0, -1) + 'ев';
  else if (/ь$/.test(father)) base = father.slice(0, -1) + 'ев';
  else if (/[аеёиоуыэюяәөүұіӣӯ]$/i.test(father)) base = father + 'ев';
  else if (/[жшчщц]$/.test(father)) base = father + 'ев';
  else base = father + 'ов';
  return base + (sex === 'm' ? 'ич' : 'на');
}
const femRu = (s) => (/(ов|ев|ёв|ин|ын)$/.test(s) ? s + 'а' : /(ский|цкий)$/.test(s) ? s.slice(0, -2) + 'ая' : s);
const femLat = (s) => (/(ov|ev|ow|ew|in|yn)$/.test(s) ? s + 'a' : s);

// ------------------------------------------- Turkic / Tajik case endings ----
const KK_BACK = 'аоұы';
const KK_FRONT = 'әөүі';
function kkFront(w) {
  const t = w.toLowerCase();
  for (let i = t.length - 1; i >= 0; i--) {
    if (KK_BACK.includes(t[i])) return false;
    if (KK_FRONT.includes(t[i])) return true;
  }
  return true;
}
function kkCase(w, c) {
  if (!c) return w;
  if (/(ұлы|қызы)$/.test(w)) return w + { gen: 'ның', dat: 'на', acc: 'н', abl: 'нан' }[c];
  const f = kkFront(w);
  const l = w.slice(-1).toLowerCase();
  const V = 'аәеиоөұүыіэюяу'.includes(l);
  const N = 'мнң'.includes(l);
  const VOICED = 'лрйзж'.includes(l);
  const cls = V ? 'v' : N ? 'n' : VOICED ? 'z' : 's';
  const T = {
    gen: { v: ['ның', 'нің'], n: ['ның', 'нің'], z: ['дың', 'дің'], s: ['тың', 'тің'] },
    dat: { v: ['ға', 'ге'], n: ['ға', 'ге'], z: ['ға', 'ге'], s: ['қа', 'ке'] },
    acc: { v: ['ны', 'ні'], n: ['ды', 'ді'], z: ['ды', 'ді'], s: ['ты', 'ті'] },
    abl: { v: ['дан', 'ден'], n: ['нан', 'нен'], z: ['дан', 'ден'], s: ['тан', 'тен'] },
  };
  return w + T[c][cls][f ? 1 : 0];
}
function kyVowel(w) {
  const t = w.toLowerCase();
  for (let i = t.length - 1; i >= 0; i--) {
    const ch = t[i];
    if ('аыя'.includes(ch)) return 'a';
    if ('оё'.includes(ch)) return 'o';
    if ('ую'.includes(ch)) return 'u';
    if ('еиэ'.includes(ch)) return 'e';
    if ('өү'.includes(ch)) return 'ö';
  }
  return 'a';
}
function kyCase(w, c) {
  if (!c) return w;
  if (/(уулу|кызы)$/.test(w))
    return w + { gen: 'нун', dat: 'на', acc: 'н', abl: 'нан' }[c].replace('у', /кызы$/.test(w) ? 'ы' : 'у');
  const h = kyVowel(w);
  const l = w.slice(-1).toLowerCase();
  const V = 'аыоуеиөүэюяё'.includes(l);
  const S = 'кпстфхцчшщ'.includes(l);
  const hi = { a: 'ы', o: 'у', u: 'у', e: 'и', ö: 'ү' }[h];
  const lo = { a: 'а', o: 'о', u: 'а', e: 'е', ö: 'ө' }[h];
  if (c === 'gen') return w + (V ? 'н' : S ? 'т' : 'д') + hi + 'н';
  if (c === 'acc') return w + (V ? 'н' : S ? 'т' : 'д') + hi;
  if (c === 'dat') return w + (S ? 'к' : 'г') + lo;
  if (c === 'abl') return w + (V ? 'д' : S ? 'т' : 'д') + lo + 'н';
  return w;
}
function uzCase(w, c, cyr = false) {
  if (!c) return w;
  const l = w.slice(-1).toLowerCase();
  if (cyr) {
    if (c === 'gen') return w + 'нинг';
    if (c === 'acc') return w + 'ни';
    if (c === 'abl') return w + 'дан';
    if (c === 'dat') return w + (l === 'к' ? 'ка' : l === 'қ' ? 'қа' : 'га');
    return w;
  }
  if (c === 'gen') return w + 'ning';
  if (c === 'acc') return w + 'ni';
  if (c === 'abl') return w + 'dan';
  if (c === 'dat') return w + (l === 'k' ? 'ka' : l === 'q' ? 'qa' : 'ga');
  return w;
}
function tkFront(w) {
  const t = w.toLowerCase();
  for (let i = t.length - 1; i >= 0; i--) {
    if ('aouy'.includes(t[i])) return false;
    if ('eäiöü'.includes(t[i])) return true;
  }
  return false;
}
function tkCase(w, c) {
  if (!c) return w;
  const f = tkFront(w);
  const V = 'aeäiouöüy'.includes(w.slice(-1).toLowerCase());
  if (c === 'gen') return w + (V ? (f ? 'niň' : 'nyň') : f ? 'iň' : 'yň');
  if (c === 'acc') return w + (V ? (f ? 'ni' : 'ny') : f ? 'i' : 'y');
  if (c === 'dat' && !V) {
    const alt = { k: 'g', p: 'b', t: 'd', ç: 'j' };
    const l = w.slice(-1);
    return (alt[l] ? w.slice(0, -1) + alt[l] : w) + (f ? 'e' : 'a');
  }
  if (c === 'dat')
    return (
      w.slice(0, -1) +
      ({ a: 'a', e: 'ä', y: 'a', i: 'ä', u: 'a', o: 'a' }[w.slice(-1)] || w.slice(-1) + (f ? 'ä' : 'a'))
    );
  return w;
}
function tgCase(w, c) {
  if (!c) return w;
  if (c === 'acc') return w + 'ро';
  if (c === 'jon') return w + 'ҷон';
  return w;
}
// Turkish suffix after an apostrophe (returned without the name)
function trSuf(w, c) {
  const t = w.toLocaleLowerCase('tr-TR');
  let v = 'a';
  for (let i = t.length - 1; i >= 0; i--) {
    if ('aıoueiöü'.includes(t[i])) {
      v = t[i];
      break;
    }
  }
  const hi = { a: 'ı', ı: 'ı', o: 'u', u: 'u', e: 'i', i: 'i', ö: 'ü', ü: 'ü' }[v];
  const lo = 'aıou'.includes(v) ? 'a' : 'e';
  const l = t.slice(-1);
  const V = 'aıoueiöü'.includes(l);
  const hard = 'fstkçşhp'.includes(l);
  if (c === 'gen') return "'" + (V ? 'n' : '') + hi + 'n';
  if (c === 'acc') return "'" + (V ? 'y' : '') + hi;
  if (c === 'dat') return "'" + (V ? 'y' : '') + lo;
  if (c === 'loc') return "'" + (hard ? 't' : 'd') + lo;
  if (c === 'abl') return "'" + (hard ? 't' : 'd') + lo + 'n';
  if (c === 'ile') return "'" + (V ? 'y' : '') + 'l' + lo;
  return '';
}

// --------------------------------------------------------------- person ----
function dateOf(y1, y2) {
  const y = int(y1, y2);
  const m = int(1, 12);
  const d = int(1, [31, y % 4 ? 28 : 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]);
  return { y, m, d };
}
const ROMVARS = ['bgn', 'bgn', 'icao', 'simple', 'q'];
class Person {
  constructor(o, sex, opts = {}) {
    const D = NAMES[o];
    this.o = o;
    this.sex = sex || (chance(0.55) ? 'f' : 'm');
    this.cyr = D.cyr;
    this.sf = !!D.sf;
    this.g = parseRec(pick(D[this.sex]), D.cyr);
    this.s = parseRec(pick(D.s), D.cyr);
    this.fa = parseRec(pick(D.m), D.cyr);
    if (opts.surname) this.s = opts.surname;
    this.v = o === 'kz' && chance(0.25) ? 'q' : pick(ROMVARS.slice(0, 4));
    this.dob = opts.dob || dateOf(opts.y1 || 1968, opts.y2 || 2005);
    // how a patronymic is written in Russian text
    const ps = {
      uz: ['ru', 'ru', 'uz'],
      kg: ['ru', 'ru', 'kg'],
      kz: ['ru', 'ru', 'ru', 'kz'],
      tj: ['ru'],
      tm: ['ru'],
      ru: ['ru'],
      ko: ['ru'],
    }[o];
    this.pst = ps ? pick(ps) : 'none';
    this.dbl = null; // double-barrelled second surname (rec)
  }
  withDouble(o2) {
    const D = NAMES[o2];
    this.dbl = parseRec(pick(D.s), D.cyr);
    return this;
  }
  // ---- Russian-text strings
  ruS(c = 'n') {
    const one = (r) => {
      const base = this.sex === 'f' ? femRu(r.ru) : r.ru;
      return DECL.has(this.o) ? declSurname(base, this.sex, c, r.noun) : base;
    };
    return this.dbl ? one(this.s) + '-' + one(this.dbl) : one(this.s);
  }
  ruG(c = 'n') {
    return DECL.has(this.o) ? declGiven(this.g.ru, this.sex, c) : this.g.ru;
  }
  ruP(c = 'n') {
    if (this.pst === 'none') return '';
    const f = this.fa.ru;
    if (this.pst === 'uz') return f + (this.sex === 'm' ? ' угли' : ' кизи');
    if (this.pst === 'kg') return f + (this.sex === 'm' ? ' уулу' : ' кызы');
    if (this.pst === 'kz') return f + (this.sex === 'm' ? 'улы' : 'кызы');
    return declPatr(patrRu(f, this.sex), this.sex, c);
  }
  R(form = 'FIO', c = 'n') {
    return fmtName(form, this.ruG(c), this.ruS(c), this.ruP(c), this.sf);
  }
  // ---- native-text strings (Cyrillic languages: kk, ky, tg)
  natS() {
    const one = (r) => {
      const base = r.nat;
      if (this.sex !== 'f') return base;
      if (this.cyr) return femRu(base);
      return this.o === 'uz' || this.o === 'tm' ? femLat(base) : base;
    };
    return this.dbl ? one(this.s) + '-' + one(this.dbl) : one(this.s);
  }
  cyrLang(lang) {
    // given, surname, patronymic in kk / ky / tg text (Cyrillic)
    const nat = this.o === { kk: 'kz', ky: 'kg', tg: 'tj' }[lang];
    const G = nat ? this.g.nat : this.g.ru;
    const S = nat ? this.natS() : this.ruS();
    const F = nat ? this.fa.nat : this.fa.ru;
    let Pt = '';
    if (this.o === 'kz' && lang === 'kk') Pt = F + (this.sex === 'm' ? 'ұлы' : 'қызы');
    else if (this.o === 'kg' && lang === 'ky')
      Pt = this.pst === 'ru' && chance(0.5) ? patrRu(F, this.sex) : F + (this.sex === 'm' ? ' уулу' : ' кызы');
    else if (DECL.has(this.o)) Pt = this.ruP();
    return [G, S, Pt];
  }
  K(form = 'IF', c = null) {
    const [G, S, Pt] = this.cyrLang('kk');
    return caseLast(fmtName(form, G, S, Pt, this.sf), (w) => kkCase(w, c));
  }
  Y(form = 'IF', c = null) {
    const [G, S, Pt] = this.cyrLang('ky');
    return caseLast(fmtName(form, G, S, Pt, this.sf), (w) => kyCase(w, c));
  }
  G(form = 'IF', c = null) {
    const [G, S, Pt] = this.cyrLang('tg');
    return caseLast(fmtName(form, G, S, Pt, this.sf), (w) => tgCase(w, c));
  }
  // ---- Uzbek text (Latin or Cyrillic)
  U(form = 'IF', c = null, cyr = false) {
    let G, S, Pt;
    if (this.o === 'uz') {
      G = this.g.nat;
      S = this.natS();
      Pt = this.fa.nat + (this.sex === 'm' ? " o'g'li" : ' qizi');
      if (cyr) [G, S, Pt] = [uz2cyr(G), uz2cyr(S), uz2cyr(Pt)];
    } else if (!this.cyr) {
      G = this.g.nat;
      S = this.natS();
      Pt = '';
      if (this.o === 'tm') [G, S] = [tkPlain(G), tkPlain(S)];
      if (cyr) [G, S] = [this.ruG(), this.ruS()];
    } else {
      G = cyr ? this.g.ru : cyr2uz(this.g.ru);
      S = cyr ? this.ruS() : cyr2uz(this.ruS());
      Pt = '';
    }
    return caseLast(fmtName(form, G, S, Pt, this.sf), (w) => uzCase(w, c, cyr));
  }
  // ---- Turkmen text (Latin)
  M(form = 'IF', c = null) {
    let G,
      S,
      Pt = '';
    if (this.o === 'tm') {
      G = this.g.nat;
      S = this.natS();
      const f = this.fa.nat;
      const V = /[aeäiouöüy]$/i.test(f);
      Pt = f + (V ? 'ýew' : tkFront(f) ? 'ew' : 'ow') + (this.sex === 'm' ? 'iç' : 'na');
    } else if (!this.cyr) {
      G = this.o === 'uz' ? uzEn(this.g.nat, 'simple') : this.g.nat;
      S = this.o === 'uz' ? uzEn(this.natS(), 'simple') : this.natS();
    } else {
      G = cyr2tk(this.g.ru);
      S = cyr2tk(this.ruS());
    }
    return caseLast(fmtName(form, G, S, Pt, this.sf), (w) => tkCase(w, c));
  }
  // ---- Turkish text
  T(form = 'IF') {
    let G, S;
    if (this.o === 'tr' || (!this.cyr && !['uz', 'tm'].includes(this.o))) {
      G = this.g.nat;
      S = this.natS();
    } else if (this.o === 'uz') {
      G = uzTr(this.g.nat);
      S = uzTr(this.natS());
    } else if (this.o === 'tm') {
      G = tkTr(this.g.nat);
      S = tkTr(this.natS());
    } else {
      G = cyr2tr(this.g.nat);
      S = cyr2tr(this.natS());
    }
    return fmtName(form, G, S, '', this.sf);
  }
  // ---- English / passport Latin
  latParts(v = this.v) {
    let G,
      S,
      Pt = '';
    if (this.o === 'uz') {
      G = uzEn(this.g.nat, v);
      S = uzEn(this.natS(), v);
    } else if (this.o === 'tm') {
      G = tkPlain(this.g.nat);
      S = tkPlain(this.natS());
    } else if (!this.cyr) {
      G = this.g.nat;
      S = this.natS();
    } else {
      G = rom(this.g.nat, v);
      S = rom(this.natS(), v);
      if (DECL.has(this.o) && this.pst === 'ru') Pt = rom(patrRu(this.fa.ru, this.sex), v);
    }
    return [G, S, Pt];
  }
  L(form = 'IF', v = this.v) {
    const [G, S, Pt] = this.latParts(v);
    if (form === 'SLASH') return up(S).replace(/-/g, ' ') + '/' + up(G).replace(/-/g, ' ');
    if (form === 'CAPS') return up(fmtName('FI', G, S, '', this.sf));
    return fmtName(form, G, S, Pt, this.sf);
  }
  mrz() {
    const [G, S] = this.latParts('icao');
    const clean = (x) =>
      up(
        x
          .replace(/ı/g, 'i')
          .normalize('NFD')
          .replace(/[\u0300-\u036f]/g, ''),
      )
        .replace(/[^A-Z ]/g, ' ')
        .trim()
        .replace(/\s+/g, '<');
    return [clean(S), clean(G)];
  }
}
function initial(x) {
  if (!x) return '';
  return x
    .split(/[\s-]+/)
    .filter(Boolean)
    .map((p) => p[0].toUpperCase() + '.')
    .join('');
}
function fmtName(form, G, S, Pt, sf) {
  const Pi = Pt ? initial(Pt.split(' ')[0]) : '';
  const Gi = initial(G);
  switch (form) {
    case 'FIO':
      return [S, G, Pt].filter(Boolean).join(' ');
    case 'IOF':
      return [G, Pt, S].filter(Boolean).join(' ');
    case 'FI':
      return S + ' ' + G;
    case 'IF':
      return sf ? S + ' ' + G : G + ' ' + S;
    case 'F':
      return S;
    case 'I':
      return G;
    case 'IO':
      return [G, Pt].filter(Boolean).join(' ');
    case 'Fio':
      return S + ' ' + Gi + Pi;
    case 'ioF':
      return Gi + Pi + ' ' + S;
    case 'io.F':
      return Gi + Pi + S;
    case 'Fi':
      return S + ' ' + Gi;
    case 'iF':
      return Gi + ' ' + S;
    default:
      throw new Error('form ' + form);
  }
}
function caseLast(str, f) {
  const i = str.lastIndexOf(' ');
  if (i < 0) return f(str);
  return str.slice(0, i + 1) + f(str.slice(i + 1));
}
const per = (o, sex, opts) => new Person(o, sex, opts);
const perCA = (sex, opts) =>
  new Person(pick(['kz', 'kz', 'kg', 'kg', 'uz', 'uz', 'tj', 'tj', 'tm', 'ru', 'ko']), sex, opts);
const perOf = (list, sex, opts) => new Person(pick(list), sex, opts);
// a Russian form with a random layout, for the given case
const RUFORMS = ['FIO', 'FIO', 'FIO', 'Fio', 'ioF', 'FI', 'IF', 'IOF'];
const ruAny = (p, c = 'n') => p.R(pick(RUFORMS), c);

// diminutives and nicknames
const DIMIN_RU_F = [
  'Гуля',
  'Диля',
  'Айка',
  'Наташа',
  'Света',
  'Маша',
  'Таня',
  'Оля',
  'Шаха',
  'Зуля',
  'Маля',
  'Аля',
  'Сабиша',
  'Нуриша',
  'Мадиша',
  'Катюша',
];
const DIMIN_RU_M = [
  'Ерик',
  'Дима',
  'Лёша',
  'Нурик',
  'Азик',
  'Бека',
  'Мадик',
  'Жека',
  'Рустик',
  'Бахти',
  'Саня',
  'Шурик',
  'Тимоха',
  'Серёжа',
];
const DIMIN_RU = DIMIN_RU_F.concat(DIMIN_RU_M);
const DIMIN_LAT_F = ['Gulya', 'Dilya', 'Aika', 'Natasha', 'Sveta', 'Masha', 'Shakha', 'Zulya', 'Tata', 'Malya'];
const DIMIN_LAT_M = ['Erik', 'Dima', 'Nurik', 'Beka', 'Madi', 'Zhenya', 'Rustik', 'Bakhti', 'Jojo', 'Azik'];
const NICK_RU = [
  'Бек',
  'Султан',
  'Малика',
  'Чика',
  'Тимоха',
  'Лысый',
  'Зарина-Дубай',
  'Мама Люба',
  'Кот',
  'Адик',
  'Рустик',
  'Белая',
  'Шахзода',
  'Хан',
  'Тётя Роза',
  'Бабай',
  'Мадам',
  'Дядя Саша',
  'Фарик',
  'Черный',
];
const NICK_LAT = [
  'Boss Aziz',
  'Mama Rosa',
  'Madam Zara',
  'Baba Jan',
  'Tiger',
  'Big Sultan',
  'Aunty Lina',
  'Uncle Sam',
  'Dubai Bek',
  'Shah',
  'Lola Istanbul',
  'Kuzya',
  'Black',
  'Bekich',
];

// ---------------------------------------------------------------- dates ----
const MONTHS = {
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
  ruN: [
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
  tg: ['январ', 'феврал', 'март', 'апрел', 'май', 'июн', 'июл', 'август', 'сентябр', 'октябр', 'ноябр', 'декабр'],
  tk: ['ýanwar', 'fewral', 'mart', 'aprel', 'maý', 'iýun', 'iýul', 'awgust', 'sentýabr', 'oktýabr', 'noýabr', 'dekabr'],
  tr: ['Ocak', 'Şubat', 'Mart', 'Nisan', 'Mayıs', 'Haziran', 'Temmuz', 'Ağustos', 'Eylül', 'Ekim', 'Kasım', 'Aralık'],
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
};
const MON3 = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];
function fd(x, style = 'dmy.', lang = 'ru') {
  const { y, m, d } = x;
  switch (style) {
    case 'dmy.':
      return `${pad(d)}.${pad(m)}.${y}`;
    case 'dmy/':
      return `${pad(d)}/${pad(m)}/${y}`;
    case 'dmy-':
      return `${pad(d)}-${pad(m)}-${y}`;
    case 'ymd':
      return `${y}-${pad(m)}-${pad(d)}`;
    case 'mdy/':
      return `${pad(m)}/${pad(d)}/${y}`;
    case 'dmy2':
      return `${pad(d)}.${pad(m)}.${String(y).slice(2)}`;
    case 'y':
      return String(y);
    case 'words':
      return `${d} ${MONTHS[lang][m - 1]} ${y}`;
    case 'mdy-en':
      return `${MONTHS.en[m - 1]} ${d}, ${y}`;
    case 'DMONY':
      return `${pad(d)}${MON3[m - 1]}${String(y).slice(2)}`;
    case 'D-MON-Y':
      return `${pad(d)}-${MON3[m - 1]}-${y}`;
    case 'yymmdd':
      return `${String(y).slice(2)}${pad(m)}${pad(d)}`;
    default:
      throw new Error('date style ' + style);
  }
}
const evt = (y1 = 2019, y2 = 2024) => dateOf(y1, y2);
// clock times only move forward within one snippet (reset before each snippet)
const CLK = { t: 0 };
const resetClock = () => {
  CLK.t = int(6 * 3600, 19 * 3600);
};
const tick = () => {
  CLK.t = Math.min(CLK.t + int(20, 1500), 86399);
  return { h: Math.floor(CLK.t / 3600), m: Math.floor((CLK.t % 3600) / 60), s: CLK.t % 60 };
};
const tm = () => {
  const { h, m } = tick();
  return `${pad(h)}:${pad(m)}`;
};
const tms = () => {
  const { h, m, s } = tick();
  return `${pad(h)}:${pad(m)}:${pad(s)}`;
};
const tm12 = () => {
  const { h, m, s } = tick();
  return `${h % 12 || 12}:${pad(m)}:${pad(s)} ${h < 12 ? 'AM' : 'PM'}`;
};
const addDays = (x, n) => {
  const dt = new Date(Date.UTC(x.y, x.m - 1, x.d + n));
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
};

// --------------------------------------------------------------- phones ----
const OPS = {
  kz: ['701', '702', '705', '707', '708', '747', '771', '775', '776', '777', '778'],
  ru: ['903', '905', '909', '915', '916', '925', '926', '977', '985', '999', '912', '922', '950', '960', '996'],
  kg: ['555', '550', '700', '701', '705', '707', '770', '777', '220', '222', '500', '505', '990', '999'],
  uz: ['90', '91', '93', '94', '95', '97', '98', '99', '33', '88', '77'],
  tj: ['93', '92', '90', '98', '55', '88', '918', '919', '900', '927', '985'],
  tm: ['61', '62', '63', '64', '65', '71'],
  tr: ['532', '533', '535', '542', '505', '506', '555', '544', '537', '553'],
  ae: ['50', '52', '54', '55', '56', '58'],
  sa: ['50', '53', '54', '55', '56', '59'],
  kr: ['10'],
};
function phone(cc, style = null) {
  const o = pick(OPS[cc]);
  if (cc === 'kz' || cc === 'ru') {
    const s = dig(7);
    const [a, b, c] = [s.slice(0, 3), s.slice(3, 5), s.slice(5)];
    const st = style ?? int(0, 9);
    return [
      `+7 ${o} ${a} ${b} ${c}`,
      `+7 (${o}) ${a}-${b}-${c}`,
      `8 ${o} ${a} ${s.slice(3)}`,
      `8${o}${s}`,
      `+7${o}${s}`,
      `8(${o})${s}`,
      `+7-${o}-${a}-${b}-${c}`,
      `8.${o}.${a}.${b}.${c}`,
      `8 (${o}) ${a} ${b} ${c}`,
      `+7 ${o} ${a}${b}${c}`,
    ][st % 10];
  }
  if (cc === 'kg') {
    const s = dig(6);
    const st = style ?? int(0, 7);
    return [
      `+996 ${o} ${s.slice(0, 3)} ${s.slice(3)}`,
      `+996 (${o}) ${s.slice(0, 2)}-${s.slice(2, 4)}-${s.slice(4)}`,
      `0${o} ${s.slice(0, 3)} ${s.slice(3)}`,
      `0 (${o}) ${s.slice(0, 3)}-${s.slice(3)}`,
      `+996${o}${s}`,
      `0${o}${s}`,
      `996 ${o} ${s.slice(0, 2)} ${s.slice(2, 4)} ${s.slice(4)}`,
      `+996-${o}-${s}`,
    ][st % 8];
  }
  if (cc === 'uz') {
    const s = dig(7);
    const st = style ?? int(0, 7);
    return [
      `+998 ${o} ${s.slice(0, 3)} ${s.slice(3, 5)} ${s.slice(5)}`,
      `+998 (${o}) ${s.slice(0, 3)}-${s.slice(3, 5)}-${s.slice(5)}`,
      `${o} ${s.slice(0, 3)} ${s.slice(3, 5)} ${s.slice(5)}`,
      `(${o}) ${s}`,
      `+998${o}${s}`,
      `998 ${o} ${s.slice(0, 3)}-${s.slice(3, 5)}-${s.slice(5)}`,
      `+998-${o}-${s.slice(0, 3)}-${s.slice(3)}`,
      `${o}-${s.slice(0, 3)}-${s.slice(3, 5)}-${s.slice(5)}`,
    ][st % 8];
  }
  if (cc === 'tj') {
    const s = dig(9 - o.length);
    const st = style ?? int(0, 5);
    const g = o.length === 2 ? `${s.slice(0, 3)} ${s.slice(3)}` : `${s.slice(0, 2)}-${s.slice(2, 4)}-${s.slice(4)}`;
    return [`+992 ${o} ${g}`, `+992 (${o}) ${g}`, `+992${o}${s}`, `992 ${o} ${s}`, `(${o}) ${g}`, `8 ${o} ${g}`][
      st % 6
    ];
  }
  if (cc === 'tm') {
    const s = dig(6);
    const st = style ?? int(0, 4);
    return [
      `+993 ${o} ${s.slice(0, 2)} ${s.slice(2, 4)} ${s.slice(4)}`,
      `+993 (${o}) ${s}`,
      `8 ${o} ${s}`,
      `8${o}${s}`,
      `+993-${o}-${s.slice(0, 3)}-${s.slice(3)}`,
    ][st % 5];
  }
  if (cc === 'tr') {
    const s = dig(7);
    const st = style ?? int(0, 5);
    return [
      `+90 ${o} ${s.slice(0, 3)} ${s.slice(3, 5)} ${s.slice(5)}`,
      `0${o} ${s.slice(0, 3)} ${s.slice(3, 5)} ${s.slice(5)}`,
      `0 (${o}) ${s.slice(0, 3)} ${s.slice(3)}`,
      `+90${o}${s}`,
      `0${o}-${s.slice(0, 3)}-${s.slice(3, 5)}-${s.slice(5)}`,
      `+90 (${o}) ${s.slice(0, 3)} ${s.slice(3)}`,
    ][st % 6];
  }
  if (cc === 'ae' || cc === 'sa') {
    const k = cc === 'ae' ? '971' : '966';
    const s = dig(7);
    const st = style ?? int(0, 5);
    return [
      `+${k} ${o} ${s.slice(0, 3)} ${s.slice(3)}`,
      `0${o} ${s.slice(0, 3)} ${s.slice(3)}`,
      `00${k} ${o} ${s}`,
      `+${k}-${o}-${s.slice(0, 3)}-${s.slice(3)}`,
      `+${k}${o}${s}`,
      `0${o}${s}`,
    ][st % 6];
  }
  if (cc === 'kr') {
    const a = dig(4);
    const b = dig(4);
    const st = style ?? int(0, 3);
    return [`010-${a}-${b}`, `+82 10 ${a} ${b}`, `+82-10-${a}-${b}`, `010 ${a} ${b}`][st % 4];
  }
  throw new Error('cc ' + cc);
}
const PHONE_HOME = { kz: 'kz', kg: 'kg', uz: 'uz', tj: 'tj', tm: 'tm', ru: 'ru', ko: 'kz', tr: 'tr', gulf: 'ae' };
const phoneOf = (p) => phone(PHONE_HOME[p.o] || pick(['kz', 'ru']));

// ------------------------------------------------------------ national ID ----
function iin(dob, sex) {
  for (;;) {
    const c = dob.y < 2000 ? (sex === 'm' ? 3 : 4) : sex === 'm' ? 5 : 6;
    const s = fd(dob, 'yymmdd') + c + dig(4);
    const d = s.split('').map(Number);
    let k = d.reduce((a, x, i) => a + x * (i + 1), 0) % 11;
    if (k === 10) {
      const w = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2];
      k = d.reduce((a, x, i) => a + x * w[i], 0) % 11;
      if (k === 10) continue;
    }
    return s + k;
  }
}
function pinfl(dob, sex) {
  const c = dob.y < 2000 ? (sex === 'm' ? 3 : 4) : sex === 'm' ? 5 : 6;
  const s = String(c) + pad(dob.d) + pad(dob.m) + String(dob.y).slice(2) + dig(3) + dig(3);
  const w = [7, 3, 1];
  const k = s.split('').reduce((a, x, i) => a + Number(x) * w[i % 3], 0) % 10;
  return s + k;
}
const kgPin = (dob, sex) => (sex === 'm' ? '2' : '1') + pad(dob.d) + pad(dob.m) + dob.y + dig(5);
const tjInn = () => String(int(1, 7)) + dig(8);
function tcNo(prefix = null) {
  const d = prefix ? prefix.split('').map(Number) : [int(1, 9)];
  while (d.length < 9) d.push(int(0, 9));
  const d10 = ((((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10) + 10) % 10;
  d.push(d10);
  d.push(d.reduce((a, x) => a + x, 0) % 10);
  return d.join('');
}
function luhnDigit(s) {
  let sum = 0;
  const r = s.split('').reverse();
  for (let i = 0; i < r.length; i++) {
    let x = Number(r[i]);
    if (i % 2 === 0) {
      x *= 2;
      if (x > 9) x -= 9;
    }
    sum += x;
  }
  return String((10 - (sum % 10)) % 10);
}
function emiratesId(y) {
  const s = '784' + y + dig(7);
  const k = luhnDigit(s);
  return chance(0.75) ? `784-${y}-${s.slice(7)}-${k}` : s + k;
}
function snils() {
  const s = dig(9);
  let sum = s.split('').reduce((a, x, i) => a + Number(x) * (9 - i), 0);
  let k = sum < 100 ? sum : sum === 100 || sum === 101 ? 0 : sum % 101;
  if (k === 100) k = 0;
  return `${s.slice(0, 3)}-${s.slice(3, 6)}-${s.slice(6)} ${pad(k)}`;
}
function innPerson() {
  const d = (String(pick(['77', '50', '54', '66', '16', '02', '23', '72'])) + dig(8)).split('').map(Number);
  const w1 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8];
  const w2 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8];
  d.push((d.reduce((a, x, i) => a + x * w1[i], 0) % 11) % 10);
  d.push((d.reduce((a, x, i) => a + x * w2[i], 0) % 11) % 10);
  return d.join('');
}
// company identifiers (never labelled)
const binKz = () => pad(int(5, 23)) + pad(int(1, 12)) + pick(['4', '5']) + dig(7);
const innRuOrg = () => pick(['77', '78', '50', '54']) + dig(8);

// ------------------------------------------------------------- passports ----
function passport(kind) {
  switch (kind) {
    case 'ru': {
      const s = pad(int(1, 99)) + pad(int(0, 24));
      const n = dig(6);
      return pick([
        `${s.slice(0, 2)} ${s.slice(2)} ${n}`,
        `${s} ${n}`,
        `${s}${n}`,
        `${s.slice(0, 2)} ${s.slice(2)} № ${n}`,
        `${s} № ${n}`,
      ]);
    }
    case 'ruf':
      return pick([`${int(70, 76)} ${dig(7)}`, `${int(70, 76)}${dig(7)}`, `${int(70, 76)} № ${dig(7)}`]);
    case 'kz':
      return pick(['N', 'N', 'N ']) + dig(8);
    case 'kzid':
      return '0' + dig(8);
    case 'kg':
      return pick(['AC', 'AN', 'AC ', 'AN ', 'PE']) + dig(7);
    case 'kgid':
      return pick(['ID', 'ID ', 'ID']) + dig(7);
    case 'uz':
      return pick(['AA', 'AB', 'AC', 'FA', 'AA ', 'AB ', 'FA ']) + dig(7);
    case 'uzid':
      return pick(['AD', 'AE', 'AD ']) + dig(7);
    case 'tj':
      return pick(['4', '5']) + dig(8);
    case 'tm':
      return pick(['A', 'B', 'A ', 'I-AS ']) + dig(7);
    case 'tr':
      return pick(['U', 'S', 'U ']) + dig(8);
    case 'af':
      return pick(['P0', 'P', 'O']) + dig(7);
    case 'in':
      return pick(['K', 'Z', 'N', 'R', 'V']) + dig(7);
    case 'ph':
      return pick([`P${dig(7)}${pick(['A', 'B'])}`, `EC${dig(7)}`, `P${dig(7)}A`]);
    case 'np':
      return pick(['', 'PA']) + dig(pick([7, 8]));
    case 'cn':
      return pick([`E${dig(8)}`, `EA${dig(7)}`, `EJ${dig(7)}`]);
    case 'kr':
      return `M${dig(8)}`;
    case 'gulf':
      return pick(['N', 'P', 'A']) + dig(7);
    case 'seaman':
      return pick(['PM ', 'РМ ', 'MK ']) + dig(7);
    case 'vnzh':
      return pick([`82 № ${dig(7)}`, `83 ${dig(7)}`, `82${dig(7)}`]);
    case 'kzvnzh':
      return dig(9);
    case 'uaevisa':
      return `${pick(['201', '101', '301'])}/${int(2019, 2024)}/${int(1, 9)}/${dig(6)}`;
    default:
      throw new Error('pp ' + kind);
  }
}
const PP_HOME = {
  kz: 'kz',
  kg: 'kg',
  uz: 'uz',
  tj: 'tj',
  tm: 'tm',
  ru: 'ruf',
  ko: 'kz',
  af: 'af',
  tr: 'tr',
  in: 'in',
  ph: 'ph',
  np: 'np',
  cn: 'cn',
  kr: 'kr',
  gulf: 'gulf',
};
const ppOf = (p) => passport(PP_HOME[p.o]);
const ISO3 = {
  kz: 'KAZ',
  kg: 'KGZ',
  uz: 'UZB',
  tj: 'TJK',
  tm: 'TKM',
  ru: 'RUS',
  ko: 'KAZ',
  af: 'AFG',
  tr: 'TUR',
  in: 'IND',
  ph: 'PHL',
  np: 'NPL',
  cn: 'CHN',
  kr: 'KOR',
  gulf: 'ARE',
};
function mrzCheck(s) {
  const w = [7, 3, 1];
  let t = 0;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    const v = ch === '<' ? 0 : /[0-9]/.test(ch) ? Number(ch) : ch.charCodeAt(0) - 55;
    t += v * w[i % 3];
  }
  return String(t % 10);
}
// returns pieces for a two-line TD3 MRZ
function mrzPieces(p) {
  const cc = ISO3[p.o];
  const [S, G] = p.mrz();
  let l1 = 'P<' + cc;
  const room = 44 - l1.length - 2;
  let sN = S.slice(0, room);
  let gN = G.slice(0, Math.max(0, room - sN.length));
  gN = gN.replace(/<+$/, '');
  const fill1 = '<'.repeat(44 - l1.length - sN.length - 2 - gN.length);
  const num = up(ppOf(p).replace(/[^A-Za-z0-9]/g, '')).slice(0, 9);
  const numF = num.padEnd(9, '<');
  const dob = fd(p.dob, 'yymmdd');
  const exp = fd(addDays(evt(2026, 2033), 0), 'yymmdd');
  const opt = '<'.repeat(14);
  const c1 = mrzCheck(numF);
  const c2 = mrzCheck(dob);
  const c3 = mrzCheck(exp);
  const c4 = mrzCheck(opt);
  const comp = mrzCheck(numF + c1 + dob + c2 + exp + c3 + opt + c4);
  const sex = p.sex === 'm' ? 'M' : 'F';
  return [
    l1,
    P(sN),
    '<<',
    gN ? P(gN) : '',
    fill1,
    '\n',
    PP(num),
    numF.slice(num.length) + c1 + cc,
    BD(dob),
    c2 + sex + exp + c3 + opt + c4 + comp,
  ];
}

// ------------------------------------------------------------ cards ----
const CARD_BIN = {
  kaspi: ['440043', '400303'],
  visa: ['414720', '427638', '446375', '459845'],
  mc: ['516949', '522858', '537541'],
  mir: ['220070', '220220'],
  uzcard: ['860006', '860031', '860049'],
  humo: ['986001', '986009'],
  elcart: ['941701', '941711'],
  korti: ['976208'],
};
function cardNum(brand = null) {
  const b = pick(CARD_BIN[brand || pick(Object.keys(CARD_BIN))]);
  const s = b + dig(9);
  return s + luhnDigit(s);
}
function card(brand = null, style = null) {
  const n = cardNum(brand);
  const g = n.match(/.{4}/g);
  const st = style ?? int(0, 7);
  return [
    g.join(' '),
    g.join(' '),
    g.join('-'),
    n,
    g.join(' '),
    `${n.slice(0, 4)} ${n.slice(4, 6)}** **** ${n.slice(12)}`,
    `${n.slice(0, 6)}******${n.slice(12)}`,
    `**** **** **** ${n.slice(12)}`,
  ][st % 8];
}

// ------------------------------------------------------------ IBAN ----
function mod97(str) {
  let r = 0;
  for (const ch of str) {
    const v = /[0-9]/.test(ch) ? ch : String(ch.charCodeAt(0) - 55);
    for (const d of v) r = (r * 10 + Number(d)) % 97;
  }
  return r;
}
function iban(cc, grouped = null) {
  let bban;
  if (cc === 'KZ') bban = pick(['722', '601', '965', '856', '998', '914']) + (chance(0.5) ? 'KZT' + dig(10) : dig(13));
  else if (cc === 'TR') bban = pick(['00010', '00062', '00046', '00064', '00015', '00012', '00067']) + '0' + dig(16);
  else if (cc === 'AE') bban = pick(['033', '026', '030', '035', '020']) + dig(16);
  else if (cc === 'SA') bban = pick(['80', '10', '45', '15']) + dig(18);
  else throw new Error('iban ' + cc);
  const chk = pad(98 - mod97(bban + cc + '00'));
  const s = cc + chk + bban;
  const g = grouped ?? chance(0.6);
  return g ? s.match(/.{1,4}/g).join(' ') : s;
}
const acct20 = (kind = 'ru') =>
  ({
    ru: '40817810' + dig(12),
    uz: pick(['20206000', '22618000', '20216000']) + dig(12),
    tj: '20202972' + dig(12),
    kg: '1' + dig(15),
    kz: '',
  })[kind];

// ------------------------------------------------------------ plates ----
const RU_PL = 'АВЕКМНОРСТУХ';
const LAT_PL = 'ABEKMHOPCTYX';
function plate(cc, script = 'latn') {
  const L = (n, set = 'ABCDEFHKMNOPRSTXYZ') => Array.from({ length: n }, () => pick(set.split(''))).join('');
  switch (cc) {
    case 'ru': {
      const set = script === 'cyrl' ? RU_PL : LAT_PL;
      const a = L(1, set);
      const n = pad(int(1, 999), 3);
      const b = L(2, set);
      const r = pick(['77', '97', '99', '177', '197', '199', '777', '50', '750', '190', '54', '66', '02', '16']);
      return pick([`${a}${n}${b} ${r}`, `${a} ${n} ${b} ${r}`, `${a}${n}${b}${r}`, `${a} ${n} ${b}/${r}`]);
    }
    case 'kz': {
      const n = pad(int(1, 999), 3);
      const r = pad(int(1, 18));
      const l = L(3, 'ABCDEFHKLMNOPRSTUVXYZ');
      return pick([`${n} ${l} ${r}`, `${n}${l}${r}`, `${n} ${l}|${r}`, `${n}${l} ${r}`]);
    }
    case 'kg': {
      const r = pad(int(1, 9));
      return pick([`${r}KG${pad(int(1, 999), 3)}${L(3)}`, `${r} KG ${pad(int(1, 999), 3)} ${L(3)}`]);
    }
    case 'uz': {
      const r = pick(['01', '10', '20', '25', '30', '40', '50', '60', '70', '75', '80', '85', '90', '95']);
      return pick([
        `${r} ${L(1)} ${pad(int(1, 999), 3)} ${L(2)}`,
        `${r}${L(1)}${pad(int(1, 999), 3)}${L(2)}`,
        `${r} ${pad(int(1, 999), 3)} ${L(3)}`,
      ]);
    }
    case 'tj':
      return pick([
        `${pad(int(1, 9999), 4)} ${L(2)} ${pad(int(1, 8))}`,
        `${pad(int(1, 9999), 4)}${L(2)}${pad(int(1, 8))}`,
      ]);
    case 'tr': {
      const r = pad(int(1, 81));
      return pick([
        `${r} ${L(3, 'ABCDEFGHJKLMNPRSTUVYZ')} ${int(10, 999)}`,
        `${r} ${L(2, 'ABCDEFGHJKLMNPRSTUVYZ')} ${int(100, 9999)}`,
        `${r} ${L(1, 'ABCDEFGHJKLMNPRSTUVYZ')} ${int(1000, 99999)}`,
        `${r}${L(2, 'ABCDEFGHJKLMNPRSTUVYZ')}${int(100, 9999)}`,
      ]);
    }
    case 'ae':
      return pick([
        `${L(1, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ')} ${int(1000, 99999)}`,
        `${int(1, 17)} ${int(1000, 99999)}`,
        `${L(2, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ')} ${int(100, 99999)}`,
      ]);
    default:
      throw new Error('plate ' + cc);
  }
}

// ------------------------------------------------------ e-mail / handle ----
const MAILDOM = {
  kz: ['mail.ru', 'gmail.com', 'inbox.ru', 'yandex.kz', 'list.ru', 'bk.ru', 'mail.kz'],
  kg: ['mail.ru', 'gmail.com', 'mail.kg', 'inbox.ru', 'yandex.ru'],
  uz: ['mail.ru', 'gmail.com', 'umail.uz', 'inbox.uz', 'list.ru'],
  tj: ['mail.ru', 'gmail.com', 'inbox.ru', 'yandex.ru'],
  tm: ['gmail.com', 'mail.ru', 'online.tm'],
  ru: ['mail.ru', 'yandex.ru', 'gmail.com', 'rambler.ru', 'bk.ru'],
  x: ['gmail.com', 'yahoo.com', 'hotmail.com', 'outlook.com', 'icloud.com', 'protonmail.com'],
};
function emailOf(p) {
  const [G, S] = p.latParts('bgn').map((x) => x.toLowerCase().replace(/[^a-z]/g, ''));
  const y = String(p.dob.y);
  const user = pick([
    `${G}.${S}`,
    `${G[0]}.${S}`,
    `${S}.${G}`,
    `${G}_${S}`,
    `${G}${y.slice(2)}`,
    `${G}.${S}${y.slice(2)}`,
    `${S}${G[0]}`,
    `${G}${S[0]}${int(1, 99)}`,
    `${G}${y}`,
  ]);
  const dom = pick(MAILDOM[p.o] || MAILDOM.x);
  return `${user}@${dom}`;
}
function bizEmail() {
  const a = pick(['job', 'rabota', 'work', 'visa', 'travel', 'vakansii', 'kadry', 'ish', 'recruit']);
  const b = pick(['dubai', 'turkiya', 'seoul', 'moskva', 'abroad', 'gulf', 'europe', 'istanbul', 'vip']);
  return `${a}.${b}${pick(['', '2023', '24', '_1', '777'])}@${pick(['gmail.com', 'mail.ru', 'inbox.ru', 'yandex.ru'])}`;
}
function handleOf(p) {
  const [G, S] = p.latParts('simple').map((x) => x.toLowerCase().replace(/[^a-z]/g, ''));
  return pick([
    `${G}_${S}`,
    `${G}.${S}`,
    `${G}${String(p.dob.y).slice(2)}`,
    `${G}_${pick(['official', 'life', 'beauty', 'kz', 'uz', 'kg', 'tj', 'dubai', 'ist'])}`,
    `${S}.${G[0]}`,
    `${G}${S[0]}_${int(1, 999)}`,
    `${G}__${pick(['star', 'queen', 'king', 'boss', 'vip'])}`,
  ]);
}
function bizHandle() {
  return (
    pick(['rabota', 'job', 'work', 'vakansii', 'ish', 'is', 'visa', 'jobs']) +
    pick(['_', '', '.']) +
    pick(['dubai', 'turkiya', 'korea', 'moskva', 'abroad', 'istanbul', 'gulf', 'seul', 'uae', 'antalya']) +
    pick(['', '_vip', '24', '_2023', '_official', 'uz', 'kz', 'kg'])
  );
}

// ------------------------------------------------------------ addresses ----
const house = () => String(int(1, 240)) + (chance(0.12) ? pick(['а', 'б', '/1', '/2', 'А', '/3']) : '');
const houseL = () => String(int(1, 240)) + (chance(0.12) ? pick(['A', 'B', '/1', '/2']) : '');
const flat = () => String(int(1, 180));
const ST_RU = {
  kz: {
    ul: [
      'Абая',
      'Толе би',
      'Сейфуллина',
      'Жандосова',
      'Гоголя',
      'Райымбека',
      'Кабанбай батыра',
      'Байтурсынова',
      'Сатпаева',
      'Розыбакиева',
      'Момышулы',
      'Желтоксан',
      'Рыскулова',
      'Мусрепова',
      'Кенесары',
      'Иманова',
      'Жибек Жолы',
      'Шевченко',
      'Масанчи',
      'Брусиловского',
      'Тимирязева',
      'Утепова',
    ],
    adj: [],
    pr: ['Абая', 'Назарбаева', 'аль-Фараби', 'Достык', 'Райымбека', 'Сарыарка', 'Республики', 'Туран', 'Мангилик Ел'],
    mk: [
      'Аксай-4',
      'Самал-2',
      'Орбита-3',
      'Жетысу-2',
      'Алмагуль',
      'Мамыр-4',
      'Коктем-1',
      'Шугыла',
      'Нуркент',
      'Айнабулак-3',
      'Кулагер',
      'Сайран',
      'Шанырак-2',
      'Калкаман',
    ],
    city: ['Алматы', 'Астана', 'Шымкент', 'Караганда', 'Тараз', 'Актобе', 'Атырау', 'Кызылорда', 'Туркестан'],
  },
  kg: {
    ul: [
      'Токтогула',
      'Ахунбаева',
      'Боконбаева',
      'Исанова',
      'Фрунзе',
      'Горького',
      'Курманжан Датки',
      'Ленина',
      'Масалиева',
      'Абдрахманова',
      'Тыныстанова',
      'Уметалиева',
      'Байтик Баатыра',
    ],
    adj: ['Киевская', 'Московская', 'Южная', 'Ыссык-Кульская'],
    pr: ['Чуй', 'Манаса', 'Жибек Жолу', 'Мира'],
    mk: ['Джал-23', 'Асанбай', 'Восток-5', 'Тунгуч', 'Аламедин-1', 'Кок-Жар', 'Учкун', 'Джал-29', 'Ак-Орго'],
    city: ['Бишкек', 'Ош', 'Джалал-Абад', 'Каракол', 'Токмок', 'Кара-Балта', 'Нарын', 'Талас'],
  },
  uz: {
    ul: [
      'Навои',
      'Бабура',
      'Мукими',
      'Катартал',
      'Шота Руставели',
      'Фурката',
      'Беруни',
      'Чехова',
      'Усмана Насыра',
      'Фараби',
      'Зульфияханым',
    ],
    adj: [],
    pr: ['Амира Темура', 'Бунёдкор', 'Мустакиллик'],
    mk: ['Юнусабад-14', 'Чиланзар-9', 'Сергели-7', 'Кара-Су-6', 'ТТЗ-2', 'Ц-1', 'Куйлюк-4', 'Юнусабад-4'],
    city: ['Ташкент', 'Самарканд', 'Андижан', 'Наманган', 'Фергана', 'Бухара', 'Карши', 'Джизак'],
  },
  tj: {
    ul: ['Айни', 'Шотемура', 'Сино', 'Бохтар', 'Фирдавси', 'Мирзо Турсунзаде', 'Лохути', 'Пушкина', 'Хусейнзаде'],
    adj: [],
    pr: ['Рудаки', 'Исмоили Сомони'],
    mk: ['Испечак-2', 'Зарафшон', 'Сино-1', 'Гулистон', 'Чорбог'],
    city: ['Душанбе', 'Худжанд', 'Бохтар', 'Куляб', 'Вахдат', 'Истаравшан'],
  },
  ru: {
    ul: [
      'Ленина',
      'Гагарина',
      'Мира',
      'Пушкина',
      'Кирова',
      'Чкалова',
      'Маяковского',
      'Строителей',
      'Мичурина',
      'Суворова',
    ],
    adj: ['Профсоюзная', 'Садовая', 'Лесная', 'Советская', 'Первомайская', 'Молодёжная', 'Заводская', 'Новая'],
    pr: ['Мира', 'Ленина', 'Победы', 'Вернадского', 'Космонавтов'],
    mk: ['Юбилейный', 'Северный', 'Солнечный', 'Сосновый Бор'],
    city: ['Москва', 'Новосибирск', 'Екатеринбург', 'Казань', 'Сургут', 'Красноярск', 'Самара'],
  },
};
ST_RU.tm = ST_RU.ru;
ST_RU.ko = ST_RU.kz;
// nominative address string (street level)
function ruAddrStr(cc) {
  const S = ST_RU[cc] || ST_RU.kz;
  const h = house();
  const f = flat();
  const k = pick(['ul', 'ul', 'ul', 'pr', 'mk', 'mk', S.adj.length ? 'adj' : 'ul']);
  if (k === 'ul') {
    const n = pick(S.ul);
    return pick([
      `ул. ${n}, д. ${h}, кв. ${f}`,
      `ул. ${n}, ${h}-${f}`,
      `улица ${n}, дом ${h}, квартира ${f}`,
      `ул. ${n} ${h}`,
      `ул. ${n}, д. ${h}`,
      `ул. ${n}, д. ${h}, корп. ${int(1, 4)}, кв. ${f}`,
      `ул.${n}, ${h}, кв.${f}`,
    ]);
  }
  if (k === 'adj') {
    const n = pick(S.adj);
    return pick([`ул. ${n}, д. ${h}`, `ул. ${n}, д. ${h}, кв. ${f}`, `${n} ул., ${h}-${f}`, `улица ${n}, ${h}`]);
  }
  if (k === 'pr') {
    const n = pick(S.pr);
    return pick([`пр. ${n}, ${h}, кв. ${f}`, `проспект ${n}, д. ${h}`, `пр-т ${n}, ${h}`, `пр. ${n} ${h}-${f}`]);
  }
  const m = pick(S.mk);
  return pick([
    `мкр. ${m}, д. ${h}, кв. ${f}`,
    `мкр ${m}, ${h}-${f}`,
    `микрорайон ${m}, дом ${h}, кв. ${f}`,
    `${m} мкр., д. ${h}`,
    `мкр. ${m}, д. ${h}`,
  ]);
}
// [preposition, ADDRESS] with an inflected street word where Russian needs it
function ruAddrLoc(cc) {
  const S = ST_RU[cc] || ST_RU.kz;
  const h = house();
  const f = flat();
  const k = pick(['ul', 'ul', 'pr', 'mk', S.adj.length ? 'adj' : 'mk']);
  if (k === 'ul') {
    const n = pick(S.ul);
    return pick([
      ['на ', AD(`улице ${n}, дом ${h}`)],
      ['на ', AD(`улице ${n}, д. ${h}, кв. ${f}`)],
      ['по ', AD(`улице ${n}, ${h}`)],
      ['по ', AD(`ул. ${n}, д. ${h}, кв. ${f}`)],
      ['на ', AD(`ул. ${n}, ${h}-${f}`)],
    ]);
  }
  if (k === 'adj') return ['по ', AD(`ул. ${pick(S.adj)}, д. ${h}`)];
  if (k === 'pr') {
    const n = pick(S.pr);
    return pick([
      ['на ', AD(`проспекте ${n}, ${h}, кв. ${f}`)],
      ['по ', AD(`пр. ${n}, д. ${h}`)],
      ['на ', AD(`проспекте ${n}, дом ${h}`)],
    ]);
  }
  const m = pick(S.mk);
  return pick([
    ['в ', AD(`микрорайоне ${m}, дом ${h}, кв. ${f}`)],
    ['в ', AD(`мкр. ${m}, д. ${h}`)],
    ['в ', AD(`мкр. ${m}, ${h}-${f}`)],
  ]);
}
const cityOf = (cc) => pick((ST_RU[cc] || ST_RU.kz).city);
// "по адресу: г. X, <ADDRESS>" or "<prep> <ADDRESS>"
function ruWhere(cc) {
  if (chance(0.55)) return ['по адресу: ', chance(0.7) ? `г. ${cityOf(cc)}, ` : '', AD(ruAddrStr(cc))];
  return [chance(0.4) ? `в г. ${cityOf(cc)} ` : '', ruAddrLoc(cc)];
}

function kkAddr() {
  const h = house();
  const f = flat();
  const st = pick([
    'Абай даңғылы',
    'Төле би көшесі',
    'Сейфуллин көшесі',
    'Жандосов көшесі',
    'Райымбек даңғылы',
    'Қабанбай батыр көшесі',
    'Байтұрсынұлы көшесі',
    'Сәтбаев көшесі',
    'Кенесары көшесі',
    'Достық даңғылы',
    'Әл-Фараби даңғылы',
    'Бейбітшілік көшесі',
    'Тұран даңғылы',
    'Мәңгілік Ел даңғылы',
    'Жібек жолы көшесі',
  ]);
  const mk = pick([
    'Самал-2',
    'Ақсай-4',
    'Орбита-3',
    'Жетісу-2',
    'Алмагүл',
    'Мамыр-4',
    'Көктем-1',
    'Шұғыла',
    'Нұркент',
    'Айнабұлақ-3',
  ]);
  return pick([
    `${st}, ${h}-үй, ${f}-пәтер`,
    `${st} ${h}, ${f}-пәтер`,
    `${st}, ${h}-үй`,
    `${mk} шағын ауданы, ${h}-үй, ${f}-пәтер`,
    `${mk} ш.а., ${h}-үй, ${f}-пәтер`,
    `${mk} ықшамауданы, ${h}-үй`,
  ]);
}
function kyAddr() {
  const h = house();
  const f = flat();
  const st = pick([
    'Токтогул',
    'Ахунбаев',
    'Боконбаев',
    'Исанов',
    'Фрунзе',
    'Курманжан Датка',
    'Масалиев',
    'Абдрахманов',
    'Киев',
    'Москва',
    'Тыныстанов',
    'Байтик Баатыр',
    'Ленин',
  ]);
  const pr = pick(['Чүй', 'Манас', 'Жибек Жолу', 'Тынчтык']);
  const mk = pick(['Жал-23', 'Асанбай', 'Восток-5', 'Түңгүч', 'Аламүдүн-1', 'Көк-Жар', 'Учкун', 'Жал-29', 'Ак-Орго']);
  return pick([
    `${st} көчөсү, ${h}-үй, ${f}-батир`,
    `${st} көчөсү, ${h}`,
    `${pr} проспекти, ${h}-үй, ${f}-батир`,
    `${pr} проспекти, ${h}`,
    `${mk} кичи району, ${h}-үй, ${f}-батир`,
    `${mk} м-н, ${h}-үй, ${f}-батир`,
    `${st} көч., ${h}/${f}`,
  ]);
}
function uzAddr(cyr = false) {
  const h = houseL();
  const f = flat();
  const st = pick([
    'Navoiy',
    'Bobur',
    'Muqimiy',
    'Qatortol',
    'Shota Rustaveli',
    'Furqat',
    'Beruniy',
    'Mustaqillik',
    'Nukus',
    "Bog'ishamol",
    'Olmazor',
    "Farg'ona yo'li",
    'Yangi Sergeli',
    'Labzak',
    'Chupon ota',
    'Bunyodkor',
  ]);
  const mk = pick(['Yunusobod', 'Chilonzor', 'Sergeli', 'Qoraqamish', 'Yakkasaroy', 'Olmazor']);
  const mh = pick([
    "Navro'z",
    "Do'stlik",
    'Guliston',
    "Bog'bon",
    'Tinchlik',
    "Ko'kcha",
    "Beshyog'och",
    'Obod',
    'Yangiobod',
    'Istiqlol',
  ]);
  let s = pick([
    `${st} ko'chasi, ${h}-uy, ${f}-xonadon`,
    `${st} ko'chasi ${h}-uy`,
    `${mk} ${int(1, 19)}-mavze, ${h}-uy, ${f}-xonadon`,
    `${mk} ${int(1, 25)}-kvartal, ${h}-uy, ${f}-xonadon`,
    `${mh} mahallasi, ${st} ko'chasi, ${h}-uy`,
    `${mh} MFY, ${st} ko'chasi ${h}-uy`,
    `Amir Temur shoh ko'chasi, ${h}-uy`,
    `${st} ko'chasi, ${h}-uy, ${f}-xonadon`,
  ]);
  return cyr ? uz2cyr(s) : s;
}
function tgAddr() {
  const h = house();
  const f = flat();
  const st = pick([
    'Айнӣ',
    'Шотемур',
    'Сино',
    'Бохтар',
    'Фирдавсӣ',
    'Мирзо Турсунзода',
    'Лоҳутӣ',
    'Пушкин',
    'Ҳусейнзода',
    'Саъдии Шерозӣ',
  ]);
  const hb = pick(['Рӯдакӣ', 'Исмоили Сомонӣ', 'Дӯстӣ']);
  const mh = pick(['Зарафшон', 'Испечак', 'Гулистон', 'Чорбоғ', 'Навобод', 'Сомониён']);
  return pick([
    `кӯчаи ${st} ${h}, ҳуҷраи ${f}`,
    `кӯчаи ${st}, хонаи ${h}`,
    `хиёбони ${hb}, бинои ${h}, ҳуҷраи ${f}`,
    `хиёбони ${hb} ${h}`,
    `маҳаллаи ${mh}, кӯчаи ${st}, хонаи ${h}`,
    `кӯчаи ${st}, бинои ${h}, ҳуҷраи ${f}`,
  ]);
}
function tkAddr() {
  const h = int(1, 160);
  const f = int(1, 90);
  const st = pick([
    'Görogly',
    'Oguzhan',
    'Andalyp',
    'Azady',
    'Atatürk',
    'Kemine',
    'Mollanepes',
    'Seýitnazar Seýdi',
    'Bagtyýarlyk',
  ]);
  const sh = pick(['Magtymguly', 'Bitarap Türkmenistan', 'Garaşsyzlyk', 'Türkmenbaşy', 'Gurbansoltan eje']);
  return pick([
    `${st} köçesi, ${h}-nji jaý, ${f}-nji öý`,
    `${st} köçesi, jaý ${h}, öý ${f}`,
    `${sh} şaýoly, ${h}-nji jaý, ${f}-nji öý`,
    `${sh} şaýoly, jaý ${h}`,
    `${int(1, 11)}-nji mikroraýon, ${h}-nji jaý, ${f}-nji öý`,
    `${st} köçesi, ${h}`,
  ]);
}
function trAddr() {
  const h = int(1, 160);
  const f = int(1, 30);
  const mh = pick([
    'Atatürk',
    'Cumhuriyet',
    'Fatih',
    'Yenidoğan',
    'Kocatepe',
    'Mimar Kemalettin',
    'Merkez',
    'Yavuz Selim',
    'Fevzi Çakmak',
    'Kumkapı',
    'Aksaray',
    'Zeytinburnu',
    'Kültür',
    'Güzeloba',
  ]);
  const st = pick([
    'Ordu',
    'Gazi Mustafa Kemal',
    'İstiklal',
    'Cumhuriyet',
    'İnönü',
    'Atatürk',
    'Barbaros',
    'Millet',
    'Vatan',
    'Turgut Özal',
  ]);
  return pick([
    `${mh} Mah. ${st} Cad. No: ${h} D: ${f}`,
    `${mh} Mahallesi, ${st} Caddesi No:${h}/${f}`,
    `${mh} Mah. ${int(1000, 9999)}. Sk. No: ${h} Daire: ${f}`,
    `${st} Cad. No:${h} Kat:${int(1, 8)} D:${f}`,
    `${mh} Mah. ${pick(['Gül', 'Lale', 'Menekşe', 'Papatya', 'Çınar'])} Sok. No: ${h}/${f}`,
  ]);
}
function enAddr(cc) {
  const h = int(1, 240);
  const f = int(1, 180);
  switch (cc) {
    case 'kz':
      return pick([
        `${h} ${pick(['Abay', 'Tole Bi', 'Seifullin', 'Zhandosov', 'Gogol', 'Baitursynov', 'Satpayev', 'Kenesary'])} Street, apt. ${f}`,
        `apt. ${f}, ${h} ${pick(['Abay', 'Dostyk', 'Al-Farabi', 'Raiymbek', 'Turan'])} Avenue`,
        `${pick(['Aksai-4', 'Samal-2', 'Orbita-3', 'Zhetysu-2', 'Mamyr-4'])} microdistrict, bldg ${h}, apt ${f}`,
      ]);
    case 'kg':
      return pick([
        `${h} ${pick(['Toktogul', 'Akhunbaev', 'Bokonbaev', 'Isanov', 'Kievskaya', 'Moskovskaya', 'Frunze'])} Street`,
        `${h} Chui Avenue, apt ${f}`,
        `${pick(['Dzhal-23', 'Asanbai', 'Vostok-5', 'Tunguch'])} microdistrict, building ${h}, flat ${f}`,
      ]);
    case 'uz':
      return pick([
        `${h} ${pick(['Navoi', 'Bobur', 'Mukimi', 'Shota Rustaveli', 'Beruni', 'Furkat'])} Street, apt ${f}`,
        `Yunusabad-${int(1, 19)}, house ${h}, apt ${f}`,
        `house ${h}, ${pick(['Navruz', 'Dustlik', 'Guliston', 'Tinchlik'])} mahalla`,
      ]);
    case 'tj':
      return pick([
        `${h} ${pick(['Aini', 'Shotemur', 'Sino', 'Firdavsi', 'Lohuti'])} Street, apt ${f}`,
        `${h} Rudaki Avenue, flat ${f}`,
      ]);
    case 'ae':
      return pick([
        `Flat ${f}, Building ${h}, ${pick(['Al Rigga Road', 'Al Muraqqabat Street', 'Al Nahda Street', 'Al Wasl Road', 'Hamdan Street', 'Electra Street', 'King Faisal Street'])}`,
        `Villa ${h}, ${int(1, 60)}B Street, ${pick(['Al Barsha 2', 'Al Quoz 4', 'Mirdif', 'Al Warqa 1'])}`,
        `room ${f}, ${h} Naif Road`,
      ]);
    case 'sa':
      return pick([
        `${int(1000, 9999)} ${pick(['Prince Sultan Street', 'Al Olaya Street', 'King Abdulaziz Road', 'Tahlia Street'])}, unit ${int(1, 30)}`,
      ]);
    case 'tr':
      return trAddr();
    case 'kr':
      return `${int(1, 999)}-${int(1, 30)} ${pick(['Wongok-dong', 'Seonbu-dong', 'Guro-dong', 'Daerim-dong', 'Itaewon-dong'])}`;
    case 'ru':
      return pick([
        `${h} ${pick(['Profsoyuznaya', 'Lenin', 'Gagarin', 'Sadovaya', 'Lesnaya'])} Street, apt ${f}`,
        `${h} Mira Avenue, flat ${f}`,
      ]);
    default:
      return enAddr('kz');
  }
}

// ------------------------------------------------------------ templates ----
const TPL = [];
function T(id, lang, script, neg, fn) {
  TPL.push({ id, lang, script, neg, fn });
}

// ---- shared Russian helpers
function ruDob(p, k = null) {
  const st = k ?? int(0, 5);
  return [
    [BD(fd(p.dob, 'dmy.')), ' г.р.'],
    [BD(fd(p.dob, 'dmy.')), ' года рождения'],
    [BD(String(p.dob.y)), ' г.р.'],
    [BD(String(p.dob.y)), ' года рождения'],
    [BD(fd(p.dob, 'words', 'ru')), ' года рождения'],
    [BD(fd(p.dob, 'dmy.')), ' г. р.'],
  ][st];
}
// at the end of a sentence (no abbreviation dot before the full stop)
const ruDobEnd = (p) => ruDob(p, pick([1, 3, 4]));
const ruBorn = (p) => [
  p.sex === 'm' ? 'родившийся ' : 'родившаяся ',
  BD(fd(p.dob, pick(['words', 'dmy.']), 'ru')),
  ' года',
];
const GR = (p) => (p.sex === 'm' ? 'гражданин' : 'гражданка');
const GRg = (p) => (p.sex === 'm' ? 'гражданина' : 'гражданки');
const sx = (p, m, f) => (p.sex === 'm' ? m : f);
const CTRY_RU = {
  kz: 'Республики Казахстан',
  kg: 'Кыргызской Республики',
  uz: 'Республики Узбекистан',
  tj: 'Республики Таджикистан',
  tm: 'Туркменистана',
  ru: 'Российской Федерации',
  ko: 'Республики Казахстан',
  af: 'Исламской Республики Афганистан',
  tr: 'Турецкой Республики',
  in: 'Республики Индия',
  np: 'Непала',
  ph: 'Республики Филиппины',
  cn: 'КНР',
  kr: 'Республики Корея',
  gulf: 'ОАЭ',
};
function nidRu(p) {
  switch (p.o) {
    case 'kz':
    case 'ko':
      return [pick(['ИИН ', 'ИИН: ', 'ИИН№']), NI(iin(p.dob, p.sex))];
    case 'kg':
      return [pick(['ПИН ', 'ИНН ', 'персональный номер ']), NI(kgPin(p.dob, p.sex))];
    case 'uz':
      return [pick(['ПИНФЛ ', 'ПИНФЛ: ', 'ЖШШИР ']), NI(pinfl(p.dob, p.sex))];
    case 'tj':
      return [pick(['ИНН ', 'РМА ']), NI(tjInn())];
    case 'ru':
      return chance(0.5) ? ['СНИЛС ', NI(snils())] : ['ИНН ', NI(innPerson())];
    case 'tr':
      return ['TC kimlik no ', NI(tcNo())];
    case 'gulf':
      return ['Emirates ID ', NI(emiratesId(p.dob.y))];
    default:
      return null;
  }
}
function ppRu(p) {
  switch (p.o) {
    case 'kz':
    case 'ko':
      return chance(0.5) ? ['паспорт № ', PP(passport('kz'))] : ['удостоверение личности № ', PP(passport('kzid'))];
    case 'kg':
      return chance(0.6) ? ['паспорт ', PP(passport('kg'))] : ['ID-карта ', PP(passport('kgid'))];
    case 'uz':
      return chance(0.6) ? ['паспорт ', PP(passport('uz'))] : ['ID-карта ', PP(passport('uzid'))];
    case 'tj':
      return ['паспорт № ', PP(passport('tj'))];
    case 'ru':
      return chance(0.5) ? ['паспорт ', PP(passport('ru'))] : ['загранпаспорт ', PP(passport('ruf'))];
    case 'tm':
      return ['паспорт ', PP(passport('tm'))];
    default:
      return ['паспорт ', PP(ppOf(p))];
  }
}
const PHCUE_RU = ['тел. ', 'тел.: ', 'моб. ', 'моб. тел. ', 'WhatsApp ', 'номер ', 'сот. ', 'т. ', 'тел ', 'телефон: '];
const phRu = (p, cc = null) => [pick(PHCUE_RU), PH(cc ? phone(cc) : phoneOf(p))];
const COURT = {
  kz: [
    'Специализированный межрайонный суд по уголовным делам г. Алматы',
    'Алмалинский районный суд г. Алматы',
    'Сарыаркинский районный суд г. Астаны',
    'Енбекшинский районный суд г. Шымкента',
    'Специализированный межрайонный суд по уголовным делам Туркестанской области',
  ],
  kg: [
    'Первомайский районный суд г. Бишкек',
    'Октябрьский районный суд г. Бишкек',
    'Ошский городской суд',
    'Свердловский районный суд г. Бишкек',
  ],
  uz: [
    'Ташкентский городской суд по уголовным делам',
    'Юнусабадский районный суд по уголовным делам г. Ташкента',
    'Андижанский областной суд по уголовным делам',
  ],
  ru: [
    'Тверской районный суд г. Москвы',
    'Савёловский районный суд г. Москвы',
    'Ленинский районный суд г. Новосибирска',
    'Кировский районный суд г. Екатеринбурга',
  ],
  tj: ['Суд района Шохмансур г. Душанбе', 'Суд города Худжанда', 'Суд района Сино г. Душанбе'],
};
const ART = {
  kz: [
    'п. 1) ч. 2 ст. 128 УК РК',
    'п. 4) ч. 2 ст. 128 УК РК',
    'ч. 3 ст. 128 УК РК',
    'п. 1) ч. 2 ст. 135 УК РК',
    'ч. 2 ст. 309 УК РК',
    'ч. 1 ст. 308 УК РК',
  ],
  kg: ['ч. 2 ст. 171 УК КР', 'п. 3 ч. 2 ст. 171 УК КР', 'ч. 1 ст. 171 УК КР'],
  uz: ['ч. 2 ст. 135 УК Республики Узбекистан', 'п. «а» ч. 3 ст. 135 УК РУз', 'ч. 1 ст. 135 УК РУз'],
  ru: ['п. «а» ч. 2 ст. 127.1 УК РФ', 'ч. 1 ст. 127.2 УК РФ', 'ч. 2 ст. 322.1 УК РФ', 'ч. 1 ст. 240 УК РФ'],
  tj: ['ч. 2 ст. 130.1 УК РТ', 'ч. 1 ст. 130.1 УК РТ'],
};
const caseNo = () =>
  pick([
    `№ ${int(1000, 9999)}-${int(19, 24)}-00-1/${int(1, 400)}`,
    `№ 1-${int(10, 999)}/20${int(19, 24)}`,
    `№ ${int(19, 24)}${pad(int(1, 999), 3)}${dig(9)}`,
    `№ УД-${int(100, 9999)}/${int(2019, 2024)}`,
  ]);
const sumRu = () =>
  pick([
    `${int(100, 990)} 000 тенге`,
    `${int(1, 9)} ${int(100, 999)} 000 тенге`,
    `${int(3, 60)} 000 рублей`,
    `${int(5, 50)}00 долларов США`,
    `${int(20, 300)} 000 сомов`,
    `${int(2, 40)} 000 000 сумов`,
  ]);
const MON_LOC = [
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
const DEST_RU = [
  'Дубай',
  'Абу-Даби',
  'Шарджу',
  'Стамбул',
  'Анталью',
  'Сеул',
  'Москву',
  'Эр-Рияд',
  'Доху',
  'Манаму',
  'Пусан',
];
const DEST_NOM = [
  'Дубай',
  'Абу-Даби',
  'Шарджа',
  'Стамбул',
  'Анталья',
  'Сеул',
  'Москва',
  'Эр-Рияд',
  'Доха',
  'Манама',
  'Пусан',
];
const DEST_RU_P = [
  'Дубае',
  'Абу-Даби',
  'Шардже',
  'Стамбуле',
  'Анталье',
  'Сеуле',
  'Москве',
  'Эр-Рияде',
  'Дохе',
  'Манаме',
  'Пусане',
];
const CTRY_NOM = {
  kz: 'Казахстан',
  kg: 'Кыргызстан',
  uz: 'Узбекистан',
  tj: 'Таджикистан',
  tm: 'Туркменистан',
  ru: 'Россия',
  ko: 'Казахстан',
};
const JOB_RU = [
  'официантки',
  'няни',
  'горничной',
  'продавца',
  'массажистки',
  'танцовщицы',
  'сиделки',
  'администратора салона',
  'швеи',
  'упаковщицы',
];

// ======================================================== RU positives ====
T('ru-verdict-intro', 'ru', 'cyrl', false, (b) => {
  const cc = pick(['kz', 'kz', 'kg', 'uz']);
  const j = perCA();
  const sec = perCA();
  const pr = perCA();
  const adv = perCA();
  const d = per(cc === 'kz' ? pick(['kz', 'kz', 'ko']) : cc, 'm');
  const v = per(pick(['kz', 'kg', 'uz', 'tj']), 'f');
  const nid = nidRu(d);
  b.w`ПРИГОВОР\nИМЕНЕМ ${cc === 'kz' ? 'РЕСПУБЛИКИ КАЗАХСТАН' : cc === 'kg' ? 'КЫРГЫЗСКОЙ РЕСПУБЛИКИ' : 'РЕСПУБЛИКИ УЗБЕКИСТАН'}\n\n${fd(evt(), 'words', 'ru')} года\n\n${pick(COURT[cc])} в составе председательствующего судьи ${P(j.R('Fio', 'g'))}, при секретаре судебного заседания ${P(sec.R(pick(['Fio', 'FIO']), 'p'))}, с участием государственного обвинителя ${P(pr.R('Fio', 'g'))}, защитника — адвоката ${P(adv.R('Fio', 'g'))}, потерпевшей ${P(v.R('FIO', 'g'))}, рассмотрев в открытом судебном заседании уголовное дело ${caseNo()} в отношении:\n${P(d.R('FIO', 'g'))}, ${ruDob(d)}, уроженца г. ${cityOf(cc)}, гражданина ${CTRY_RU[cc]}${nid ? [', ', nid] : ''}, проживающего ${ruWhere(cc)}, ранее не судимого,\nобвиняемого в совершении уголовного правонарушения, предусмотренного ${pick(ART[cc])},\n\nУСТАНОВИЛ:`;
});

T('ru-verdict-facts', 'ru', 'cyrl', false, (b) => {
  const a = perCA('m');
  const c = perCA('f');
  const v1 = perCA('f');
  const v2 = perCA('f');
  const dest = int(0, DEST_RU.length - 1);
  const mA = int(0, 9);
  b.w`${P(a.R('FIO', 'n'))}, действуя из корыстных побуждений, в группе лиц по предварительному сговору с ${P(c.R(pick(['FIO', 'Fio']), 'i'))}, в период с ${MONTHS.ru[mA]} по ${MONTHS.ruN[mA + int(1, 11 - mA)]} ${int(2020, 2023)} года под предлогом трудоустройства в качестве ${pick(JOB_RU)} в г. ${DEST_NOM[dest]} завербовал ${P(v1.R('FIO', 'a'))}, ${ruDob(v1)}, и ${P(v2.R('FIO', 'a'))}, ${ruDobEnd(v2)}. Для оплаты авиабилетов потерпевшая ${P(v1.R('F', 'n'))} перевела на банковскую карту ${CA(card(pick(['kaspi', 'visa', 'humo', 'uzcard', 'elcart'])))}, оформленную на имя ${P(c.R('FIO', 'g'))}, ${sumRu()}. По прибытии в ${DEST_RU_P[dest]} ${P(c.R('Fio', 'n'))} изъяла у потерпевших паспорта и сообщила, что каждая из них должна ей ${int(3, 15)} 000 долларов США.`;
});

T('ru-verdict-operative', 'ru', 'cyrl', false, (b) => {
  const d1 = perCA('m');
  const d2 = perCA('f');
  const v = perCA('f');
  b.w`ПРИГОВОРИЛ:\n${P(d1.R('FIO', 'a'))} признать виновным в совершении преступления, предусмотренного ${pick(ART.kz)}, и назначить ${P(d1.R(pick(['Fio', 'FIO']), 'd'))} наказание в виде лишения свободы сроком на ${pick(['7 (семь)', '8 (восемь)', '10 (десять)', '5 (пять)'])} лет с конфискацией имущества с отбыванием наказания в учреждении уголовно-исполнительной системы средней безопасности.\n${P(d2.R('FIO', 'a'))} признать виновной по ${pick(ART.kz)} и назначить ${P(d2.R('Fio', 'd'))} наказание в виде ${int(3, 6)} лет лишения свободы.\nГражданский иск потерпевшей ${P(v.R('FIO', 'g'))} удовлетворить частично. Взыскать с ${P(d1.R('Fio', 'g'))} и ${P(d2.R('Fio', 'g'))} солидарно в пользу ${P(v.R('Fio', 'g'))} ${sumRu()} в счёт возмещения морального вреда.\nПриговор может быть обжалован в течение 15 суток.`;
});

T('ru-indictment', 'ru', 'cyrl', false, (b) => {
  const cc = pick(['kz', 'kg', 'uz', 'ru']);
  const d = per(cc === 'ru' ? pick(['ru', 'tj', 'uz']) : cc, 'm');
  const inv = perCA();
  b.w`ОБВИНИТЕЛЬНОЕ ЗАКЛЮЧЕНИЕ\nпо уголовному делу ${caseNo()}\nпо обвинению ${P(d.R('FIO', 'g'))} в совершении преступления, предусмотренного ${pick(ART[cc])}\n\nСведения о личности обвиняемого: ${P(d.R('FIO', 'n'))}, ${ruBorn(d)}, уроженец г. ${cityOf(cc)}, ${ppRu(d)}, зарегистрирован ${ruWhere(cc)}, ${phRu(d)}, ${pick(['женат', 'холост', 'разведён'])}, ранее не судим.\nОбвинительное заключение составлено старшим следователем ${P(inv.R('Fio', 'i'))} ${fd(evt(), 'dmy.')} г.`;
});

T('ru-victim-decree', 'ru', 'cyrl', false, (b) => {
  const cc = pick(['kz', 'kg', 'uz']);
  const v = per(pick(CA_ORIG), 'f', { y1: 2006, y2: 2009 });
  const inv = perCA();
  const m = per(v.o, 'f', { y1: 1965, y2: 1988 });
  b.w`ПОСТАНОВЛЕНИЕ\nо признании потерпевшей\n\n${fd(evt(), 'dmy.')}, г. ${cityOf(cc)}\n\nСледователь ${P(inv.R('ioF', 'n'))}, рассмотрев материалы уголовного дела ${caseNo()},\nПОСТАНОВИЛ:\nПризнать ${P(v.R('FIO', 'a'))}, ${ruDob(v)}, ${nidRu(v) || ppRu(v)}, зарегистрированную ${ruWhere(cc)}, потерпевшей по уголовному делу и разъяснить ей права, предусмотренные ст. 71 УПК.\nЗаконным представителем несовершеннолетней признать её мать ${P(m.R('FIO', 'a'))}, ${phRu(m)}.\nКопию постановления направить ${P(v.R('Fio', 'd'))}.`;
});

T('ru-witness-protocol', 'ru', 'cyrl', false, (b) => {
  const cc = pick(['kz', 'kg', 'ru', 'uz']);
  const w = per(cc === 'ru' ? pick(['ru', 'uz', 'tj']) : cc);
  const inv = perCA();
  b.w`ПРОТОКОЛ ДОПРОСА СВИДЕТЕЛЯ\n\nг. ${cityOf(cc)}   ${fd(evt(), 'words', 'ru')} г.\nДопрос начат в ${tm()}\n\nСледователь ${P(inv.R('Fio', 'n'))} допросил в качестве свидетеля:\n1. Фамилия, имя, отчество: ${P(w.R('FIO', 'n'))}\n2. Дата рождения: ${BD(fd(w.dob, pick(['dmy.', 'words'])))}\n3. Место жительства: ${pick([`г. ${cityOf(cc)}, `, ''])}${AD(ruAddrStr(cc))}\n4. Документ, удостоверяющий личность: ${ppRu(w)}\n5. Телефон: ${PH(phoneOf(w))}\n6. Отношение к подозреваемому: ${pick(['знакомы', 'не знакомы', 'соседи', sx(w, 'работал у него', 'работала у него')])}\n\nСвидетелю разъяснены права и обязанности, предусмотренные ст. 78 УПК.`;
});

T('ru-victim-statement', 'ru', 'cyrl', false, (b) => {
  const v = perCA('f');
  const fr = perCA('f');
  const rec = perCA('f');
  const m = perOf(['tr', 'gulf', 'kz', 'uz'], 'm');
  const dest = int(0, DEST_RU.length - 1);
  b.w`В ${pick(MON_LOC)} ${int(2020, 2023)} года через свою знакомую ${P(fr.R(pick(['I', 'IF']), 'a'))} я узнала о работе в ${DEST_RU_P[dest]}. Она дала мне номер ${PH(phone(pick(['kz', 'uz', 'kg'])))} женщины по имени ${P(rec.R('I', 'n'))}, которая представлялась как «${P(pick(NICK_RU))}». ${P(rec.R('I', 'n'))} сказала, что зарплата будет ${int(8, 20)}00 долларов и что билеты она купит сама. В аэропорту меня встретил мужчина по имени ${P(m.R('I', 'n'))}, он забрал у меня документы (${ppRu(v)}) и сказал, что вернёт после оформления визы. Паспорт мне так и не вернули.`;
});

T('ru-prosecutor-summary', 'ru', 'cyrl', false, (b) => {
  const cc = pick(['kg', 'kz', 'uz']);
  const a = per(cc, 'm');
  const c = per(cc, 'f');
  const v1 = perCA('f');
  const v2 = perCA('f');
  const v3 = perCA();
  b.w`Прокуратурой ${pick(['г. Бишкек', 'г. Алматы', 'г. Ташкента', 'Ошской области', 'Туркестанской области'])} направлено в суд уголовное дело в отношении ${P(a.R('FIO', 'g'))} и ${P(c.R('FIO', 'g'))}, обвиняемых по ${pick(ART[cc])}. Следствием установлено, что в ${int(2021, 2023)} году обвиняемые вербовали молодых женщин для работы за рубежом. В частности, ими были завербованы ${P(v1.R(pick(['FI', 'FIO']), 'n'))}, ${ruDob(v1, 2)}, ${P(v2.R(pick(['FI', 'FIO']), 'n'))}, ${ruDob(v2, 2)}, и ${P(v3.R(pick(['FI', 'FIO']), 'n'))}. Денежные средства перечислялись на счёт ${IB(iban('KZ'))}, открытый на имя ${P(c.R('Fio', 'g'))}.`;
});

T('ru-police-report-car', 'ru', 'cyrl', false, (b) => {
  const cc = pick(['kz', 'kz', 'ru', 'kg']);
  const dr = per(cc === 'ru' ? pick(['uz', 'tj', 'kg']) : cc, 'm');
  const off = perCA('m');
  const pax = [perCA(), perCA(), perCA(), perCA()].slice(0, int(2, 4));
  const pl = cc === 'ru' ? plate('ru', pick(['cyrl', 'latn'])) : plate(cc);
  b.w`РАПОРТ\n\nДокладываю, что ${fd(evt(), 'dmy.')} в ${tm()} в ходе ОПМ «${pick(['Мигрант', 'Нелегал', 'Стоп-трафик', 'Правопорядок'])}» на ${int(12, 740)} км автодороги ${pick(['Алматы — Бишкек', 'Шымкент — Ташкент', 'Москва — Казань', 'Бишкек — Ош', 'Алматы — Хоргос'])} остановлен автомобиль ${pick(['Mercedes-Benz Sprinter', 'Toyota Alphard', 'Hyundai Starex', 'ГАЗель Next', 'Volkswagen Crafter'])} г/н ${PL(pl)} под управлением ${P(dr.R('FIO', 'g'))}, ${ruDob(dr)}, ${phRu(dr)}. В салоне находились ${int(6, 14)} иностранных граждан без документов, в том числе ${join(
    pax.map((p) => P(p.R(pick(['FI', 'FIO', 'Fio']), 'n'))),
    ', ',
  )}.\nСт. инспектор ${P(off.R('Fio', 'n'))}`;
});

T('ru-border-report', 'ru', 'cyrl', false, (b) => {
  const v = perCA('f');
  const esc = perCA('m');
  const post = pick(['«Кордай»', '«Жибек Жолы»', '«Достук»', '«Айбек»', '«Карасу»', '«Хоргос»', '«Ак-Жол»']);
  b.w`${fd(evt(), 'dmy.')} на КПП ${post} при прохождении паспортного контроля ${GR(v)} ${CTRY_RU[v.o]} ${P(v.R('FIO', 'n'))}, ${ruDob(v)}, предъявила ${ppRu(v)}. При собеседовании ${P(v.R('I', 'n'))} пояснила, что следует на работу в г. ${pick(DEST_RU)} по приглашению знакомого. Её сопровождал ${P(esc.R('FIO', 'n'))}, ${ruDob(esc, 2)}, ${phRu(esc)}, у которого при досмотре обнаружены ещё два паспорта на имена ${P(perCA('f').R('FI'))} и ${P(perCA('f').R('FI'))}. Информация передана в ДП для проверки по признакам ст. 128 УК.`;
});

T('ru-labour-inspection', 'ru', 'cyrl', false, (b) => {
  const dir = perCA('m');
  const w1 = perCA();
  const w2 = perCA();
  const w3 = perCA();
  const insp = perCA();
  b.w`АКТ ПРОВЕРКИ № ${int(10, 999)}-${pick(['ТИ', 'ГИТ', 'ОТ'])}\n\nОбъект проверки: ТОО «${pick(['Алтын Жол Строй', 'Silk Way Textile', 'Grand Build KZ', 'Нур-Агро', 'EuroFasad'])}», БИН ${binKz()}, директор ${P(dir.R('FIO', 'n'))}.\nВ ходе проверки установлено, что на объекте работают граждане ${pick(['Узбекистана', 'Таджикистана', 'Кыргызстана'])} без трудовых договоров, в том числе ${P(w1.R('FI', 'n'))} (${ppRu(w1)}), ${P(w2.R('FI', 'n'))} и ${P(w3.R('FI', 'n'))}. Со слов работников, их паспорта хранятся у ${P(dir.R('Fio', 'g'))} в сейфе, заработная плата не выплачивается с ${pick(MONTHS.ru)}. Работники проживают в вагончике на территории объекта.\nГосударственный инспектор труда ${P(insp.R('ioF', 'n'))}`;
});

T('ru-intake-form', 'ru', 'cyrl', false, (b) => {
  const cc = pick(['kz', 'kg', 'uz', 'tj']);
  const v = per(cc, 'f');
  const rel = per(cc);
  b.w`АНКЕТА ПЕРВИЧНОГО ОБРАЩЕНИЯ\nКризисный центр «${pick(['Сана Сезим', 'Ак Журок', 'Сезим', 'Истикбол', 'Умед', 'Надежда'])}»\n\nФ.И.О.: ${P(v.R('FIO', 'n'))}\nДата рождения: ${BD(fd(v.dob, pick(['dmy.', 'dmy/', 'words'])))}\n${nidRu(v) || ppRu(v)}\nКонтактный телефон: ${PH(phoneOf(v))}\nАдрес: ${AD(ruAddrStr(cc))}\nКем направлена: ${pick(['полиция', 'горячая линия', 'посольство', 'самообращение', 'МОМ'])}\nСтрана эксплуатации: ${pick(['ОАЭ', 'Турция', 'Россия', 'Республика Корея', 'Саудовская Аравия'])}\nКонтактное лицо: ${P(rel.R(pick(['IF', 'FIO', 'FI']), 'n'))} (${sx(rel, 'брат', 'сестра')}), ${PH(phoneOf(rel))}\nДата обращения: ${fd(evt(), 'dmy.')}`;
});

T('ru-hotline-log', 'ru', 'cyrl', false, (b) => {
  const caller = perCA('f');
  const dau = per(caller.o, 'f', { y1: 1996, y2: 2006 });
  const emp = perOf(['tr', 'gulf', 'kr', 'ru'], 'm');
  b.w`Звонок № ${int(1000, 9999)}, ${fd(evt(), 'dmy.')} ${tm()}\nЛиния: 116 16\nАбонент: женщина, представилась как ${P(caller.R(pick(['I', 'IO', 'IF']), 'n'))}, звонит с номера ${PH(phoneOf(caller))}.\nСуть обращения: дочь ${P(dau.R(pick(['IF', 'FI']), 'n'))}, ${BD(String(dau.dob.y))} г.р., выехала в ${pick(['Турцию', 'ОАЭ', 'Корею', 'Россию'])} ${int(2, 11)} месяцев назад. Работодатель — ${P(emp.R('IF', 'n'))}, его номер ${PH(phone(emp.o === 'tr' ? 'tr' : emp.o === 'gulf' ? 'ae' : emp.o === 'kr' ? 'kr' : 'ru'))}. Последний раз дочь писала с аккаунта ${HD('@' + handleOf(dau))}, сейчас на связь не выходит.\nПринятые меры: консультация, переадресация в ${pick(['МВД', 'МИД', 'МОМ', 'кризисный центр'])}.`;
});

T('ru-case-note', 'ru', 'cyrl', false, (b) => {
  const v = perCA('f');
  const cw = perCA('f');
  const law = perCA();
  b.w`Записка кейс-менеджера, ${fd(evt(), 'dmy.')}\nКлиентка: ${P(v.R(pick(['IF', 'I', 'Fio']), 'n'))}. Сегодня сопровождали её в ЦОН для восстановления документа (${ppRu(v)}). Юрист ${P(law.R('IF', 'n'))} ${sx(law, 'подготовил', 'подготовила')} заявление в суд. Клиентка просит не сообщать её новый номер (${PH(phoneOf(v))}) бывшему мужу ${P(per(DECL.has(v.o) ? v.o : 'kz', 'm').R('IF', 'd'))}. Следующая встреча — через неделю. Ответственная: ${P(cw.R('Fi', 'n'))}.`;
});

T('ru-interview-qa', 'ru', 'cyrl', false, (b) => {
  const v = perCA('f');
  const nb = perCA('f');
  const boss = perOf(['tr', 'gulf', 'ru', 'kz'], 'm');
  const h = pick(['апа', 'апай', 'опа', 'эже', 'хола']);
  b.w`— Назовите, пожалуйста, ваше полное имя.\n— ${P(v.R(pick(['FIO', 'IF', 'FI']), 'n'))}.\n— Сколько вам лет?\n— ${2024 - v.dob.y}. Я родилась ${BD(fd(v.dob, 'words', 'ru'))} года.\n— Кто предложил вам работу?\n— Соседка, ${P(nb.R('I', 'n'))} ${h}. Она сказала, что её племянница работает там и хорошо зарабатывает.\n— Кто вас встретил по приезде?\n— Мужчина, его звали ${P(boss.R('I', 'n'))}. Он сразу забрал паспорт.\n— Вы помните его телефон?\n— Да, ${PH(phone(pick(['ae', 'tr', 'ru'])))}.`;
});

T('ru-chat-whatsapp', 'ru', 'cyrl', false, (b) => {
  const a = perCA('f');
  const r = perCA('f');
  const an = pick([a.R('I'), a.R('I').toLowerCase(), pick(DIMIN_RU_F)]);
  const rn = r.R('I') + ' ' + pick(['Дубай', 'Турция', 'работа', 'агент', '']).trim();
  const rnLab = r.R('I');
  const d = evt();
  const d2 = fd(d, 'dmy2');
  const sender = (isR) => (isR ? [P(rnLab), rn.slice(rnLab.length)] : [P(an)]);
  b.w`[${d2}, ${tms()}] ${sender(true)}: Привет, это ${P(r.R('I'))}. Ты насчёт работы?\n[${d2}, ${tms()}] ${sender(false)}: да, мне ${P(pick([perCA('f').R('I'), pick(DIMIN_RU_F)]))} дала ваш номер\n[${d2}, ${tms()}] ${sender(true)}: Скинь фото паспорта и свой ИИН\n[${d2}, ${tms()}] ${sender(false)}: ${chance(0.5) ? NI(iin(a.dob, 'f')) : ['паспорт ', PP(passport('kz'))]}\n[${d2}, ${tms()}] ${sender(true)}: Отлично. Деньги на билет скинь на Kaspi ${PH(phone('kz', pick([0, 2, 3])))}, получатель ${P(r.R('I') + ' ' + r.ruS()[0] + '.')}`;
});

T('ru-chat-telegram', 'ru', 'cyrl', false, (b) => {
  const rec = perCA('m');
  const v = perCA('f');
  const rn = pick(NICK_RU);
  const vn = v.R('IF');
  const d = evt();
  const ts = () => `${fd(d, 'dmy.')} ${tm()}`;
  b.w`${P(rn)}, [${ts()}]\nДевочки, есть места в ${pick(['Дубае', 'Стамбуле', 'Анталье', 'Бахрейне'])}. Виза, билет — за наш счёт, потом отработаете.\n\n${P(vn)}, [${ts()}]\nа какая работа?\n\n${P(rn)}, [${ts()}]\nхостес в ресторане. Пиши в личку ${HD('@' + handleOf(rec))} или звони ${PH(phone(pick(['ae', 'tr', 'kz'])))}\n\n${P(vn)}, [${ts()}]\nмне 17, можно?\n\n${P(rn)}, [${ts()}]\nпаспорт сделаем, не переживай`;
});

T('ru-ad-dubai', 'ru', 'cyrl', false, (b) => {
  const r = perCA('f');
  b.w`🔥 РАБОТА ЗА ГРАНИЦЕЙ 🔥\nТребуются девушки ${int(18, 20)}-${int(28, 35)} лет в ${pick(['Дубай', 'Абу-Даби', 'Стамбул', 'Бахрейн', 'Доху'])}: ${pick(['официантки', 'хостес', 'няни', 'массажистки', 'администраторы'])}.\nЗарплата от ${int(12, 30)}00$ + чаевые. Жильё и питание бесплатно. Опыт не нужен, язык не нужен.\nВиза и билеты — за счёт работодателя!\n📞 ${PH(phone(pick(['kz', 'kg', 'uz', 'ae'])))} (${P(r.R(pick(['I', 'I', 'IF'])))})\nWhatsApp: ${PH(phone(pick(['ae', 'tr', 'kz'])))}\nTelegram: ${HD('@' + bizHandle())}`;
});

T('ru-ad-caregiver', 'ru', 'cyrl', false, (b) => {
  const r = perCA();
  b.w`Вакансия: сиделка / домработница в семью (${pick(['Стамбул', 'Анкара', 'Эр-Рияд', 'Кувейт', 'Сеул'])}). Проживание с семьёй, выходной 1 раз в месяц. Оплата ${int(5, 12)}00 $. Документы оформляем сами. Обращаться: ${P(r.R(pick(['IF', 'I'])))}, ${pick(['тел. ', 'моб. ', 'звонить '])}${PH(phoneOf(r))}, инстаграм: ${HD(handleOf(r))}, почта ${EM(emailOf(r))}`;
});

T('ru-ad-olx', 'ru', 'cyrl', false, (b) => {
  const r = perCA('m');
  b.w`Требуются разнорабочие на стройку в ${pick(['Подмосковье', 'Екатеринбург', 'Новосибирск', 'Сургут', 'Якутск'])}. Вахта ${int(30, 90)}/30, проживание в бытовках, питание 3 раза. Оплата ${int(60, 120)} 000 руб. Патент помогаем оформить. Бригадир ${P(r.R(pick(['I', 'IF', 'IO'])))} — ${PH(phone(pick(['ru', 'ru', 'uz', 'tj'])))}, ${pick(['Telegram ', 'телеграм ', 'tg: '])}${HD(pick(['@', 't.me/']) + handleOf(r))}`;
});

T('ru-visa-application', 'ru', 'cyrl', false, (b) => {
  const p = perCA();
  const host = perOf(['gulf', 'tr', 'kr'], 'm');
  b.w`АНКЕТА НА ПОЛУЧЕНИЕ ВИЗЫ\n1. Фамилия (как в паспорте): ${P(up(p.L('F')))}\n2. Имя: ${P(up(p.L('I')))}\n3. Фамилия, имя на русском: ${P(p.R('FI'))}\n4. Дата рождения: ${BD(fd(p.dob, pick(['dmy.', 'dmy/', 'ymd'])))}\n5. Номер паспорта: ${PP(ppOf(p))}\n6. Домашний адрес: ${AD(ruAddrStr(p.o === 'ko' ? 'kz' : p.o))}\n7. Телефон: ${PH(phoneOf(p))}   E-mail: ${EM(emailOf(p))}\n8. Приглашающая сторона: ${P(host.L('IF'))}, тел. ${PH(phone(host.o === 'gulf' ? 'ae' : host.o))}\n9. Цель поездки: ${pick(['работа', 'туризм', 'учёба'])}`;
});

T('ru-hotel-card', 'ru', 'cyrl', false, (b) => {
  const g = perCA();
  b.w`Гостиница «${pick(['Достар', 'Евразия', 'Silk Road Hostel', 'Ак-Кеме', 'Orzu', 'Регистан Плаза'])}»\nРЕГИСТРАЦИОННАЯ КАРТА ГОСТЯ\nФамилия: ${P(g.R('F'))}\nИмя: ${P(g.R('I'))}\nОтчество: ${g.ruP() ? P(g.ruP()) : '—'}\nДата рождения: ${BD(fd(g.dob, 'dmy.'))}\nГражданство: ${CTRY_NOM[g.o]}\nДокумент: ${ppRu(g)}\nДата заезда: ${fd(evt(), 'dmy.')}   Номер: ${int(101, 520)}\nТелефон: ${PH(phoneOf(g))}\nАвтомобиль: ${chance(0.5) ? PL(plate(pick(['kz', 'kg', 'uz']))) : 'нет'}`;
});

T('ru-transfer-korona', 'ru', 'cyrl', false, (b) => {
  const s = perCA();
  const r = perCA();
  b.w`Денежный перевод «Золотая Корона»\nНомер перевода: ${int(100000000, 999999999)}\nДата: ${fd(evt(), 'dmy.')} ${tm()}\nОтправитель: ${P(up(s.R('FIO')))}\nДокумент отправителя: ${ppRu(s)}\nТелефон отправителя: ${PH(phone('ru'))}\nПолучатель: ${P(up(r.R('FIO')))}\nСтрана выплаты: ${pick(['Узбекистан', 'Таджикистан', 'Кыргызстан'])}\nСумма: ${int(5, 90)} 000,00 RUB\nКомиссия: 0,00 RUB`;
});

T('ru-transfer-wu', 'ru', 'cyrl', false, (b) => {
  const s = perOf(['gulf', 'tr', 'kz', 'ru']);
  const r = perCA('f');
  b.w`Квитанция Western Union\nMTCN: ${dig(10)}\nОтправитель: ${P(s.L('IF'))}, ${pick(['Дубай', 'Стамбул', 'Анталья', 'Москва'])}\nПолучатель: ${P(r.R('FI'))}\nТелефон получателя: ${PH(phoneOf(r))}\nСумма к выплате: ${int(100, 2500)} USD\nДата: ${fd(evt(), 'dmy.')}\nПримечание оператора: получатель предъявил ${ppRu(r)}`;
});

T('ru-transfer-kaspi', 'ru', 'cyrl', false, (b) => {
  const s = per('kz');
  const r = perCA();
  b.w`Kaspi.kz — чек\nПеревод по номеру телефона\nСумма: ${int(5, 500)} 000 ₸\nОтправитель: ${P(s.R('I') + ' ' + s.ruS()[0] + '.')}\nКарта отправителя: ${CA(card('kaspi', pick([5, 6, 7])))}\nПолучатель: ${P(r.R('I') + ' ' + r.ruS()[0] + '.')}\nНомер получателя: ${PH(phone('kz', pick([0, 1, 2])))}\nДата и время: ${fd(evt(), 'dmy.')} ${tms()}\nКвитанция № ${dig(10)}`;
});

T('ru-bank-transfer', 'ru', 'cyrl', false, (b) => {
  const a = perOf(['ru', 'uz', 'tj', 'kg']);
  const c = perCA();
  b.w`ПЛАТЁЖНОЕ ПОРУЧЕНИЕ № ${int(1, 999)} от ${fd(evt(), 'dmy.')}\nПлательщик: ${P(a.R('FIO'))}\nСчёт плательщика: ${IB(acct20('ru'))}\nБанк плательщика: ПАО «${pick(['Сбербанк', 'ВТБ', 'Т-Банк', 'Альфа-Банк'])}»\nПолучатель: ${P(c.R('FIO'))}\nIBAN получателя: ${IB(iban(pick(['KZ', 'KZ', 'TR', 'AE'])))}\nНазначение платежа: ${pick(['помощь родственникам', 'возврат долга', 'оплата услуг', 'за билеты'])}\nСумма: ${int(10, 300)} 000,00 руб.`;
});

T('ru-air-manifest', 'ru', 'cyrl', false, (b) => {
  const n = int(2, 3);
  const ps = Array.from({ length: n }, () => perCA());
  const fl = pick(['FZ 1712', 'KC 897', 'HY 601', 'EK 2073', 'PC 381', 'TK 351', 'DV 751', 'G9 548']);
  b.w`Список пассажиров, рейс ${fl} ${pick(['ALA–DXB', 'FRU–IST', 'TAS–DXB', 'DYU–SHJ', 'NQZ–AUH', 'OSS–IST'])}, ${fd(evt(), 'dmy.')}\n№ | ФИО | Паспорт | Дата рожд.\n`;
  ps.forEach((p, i) => {
    b.w`${i + 1} | ${P(p.L('SLASH'))} ${sx(p, 'MR', 'MS')} | ${PP(up(ppOf(p)))} | ${BD(fd(p.dob, pick(['DMONY', 'dmy.', 'D-MON-Y'])))}\n`;
  });
  b.w`Групповое бронирование оформлено агентом ${P(perCA().R('Fio'))}`;
});

T('ru-bus-manifest', 'ru', 'cyrl', false, (b) => {
  const dr = per(pick(['kg', 'uz', 'tj']), 'm');
  const ps = Array.from({ length: int(2, 3) }, () => per(dr.o));
  b.w`ВЕДОМОСТЬ ПАССАЖИРОВ\nМаршрут: ${pick(['Ош — Москва', 'Бишкек — Новосибирск', 'Ташкент — Казань', 'Худжанд — Самара', 'Андижан — Екатеринбург'])}\nАвтобус ${pick(['Yutong', 'Setra', 'Neoplan', 'King Long'])}, г/н ${PL(plate(dr.o === 'kg' ? 'kg' : dr.o === 'uz' ? 'uz' : 'tj'))}\nВодитель: ${P(dr.R('FIO'))}, ${phRu(dr)}\n`;
  ps.forEach((p, i) => b.w`${i + 1}. ${P(up(p.R('FIO')))} — ${ppRu(p)}\n`);
  b.w`Отправление: ${fd(evt(), 'dmy.')} ${tm()}`;
});

T('ru-social-missing', 'ru', 'cyrl', false, (b) => {
  const g = perCA('f', { y1: 1995, y2: 2006 });
  const mom = per(g.o, 'f');
  b.w`ПОМОГИТЕ НАЙТИ! Пропала ${P(g.R(pick(['IF', 'FI'])))}, ${ruDobEnd(g)}. В ${pick(['марте', 'апреле', 'мае', 'октябре'])} уехала в ${pick(['Турцию', 'Дубай', 'Москву', 'Корею'])} на работу, последний раз выходила на связь с номера ${PH(phone(pick(['tr', 'ae', 'ru', 'kr'])))}. Её инстаграм ${HD('@' + handleOf(g))}. Кто что-то знает — звоните маме, ${P(mom.R(pick(['I', 'IO'])))} ${pick(['апа', 'опа', 'эже', ''])}: ${PH(phoneOf(mom))}. Репост!!!`;
});

T('ru-embassy-letter', 'ru', 'cyrl', false, (b) => {
  const v = per(pick(['uz', 'kz', 'kg', 'tj']), 'f');
  const cons = per(v.o, 'm');
  b.w`Посольство ${CTRY_RU[v.o]} в ${pick(['Объединённых Арабских Эмиратах', 'Турецкой Республике', 'Государстве Катар', 'Королевстве Саудовская Аравия'])}\nИсх. № ${int(10, 999)}/${pick(['КО', 'КС'])} от ${fd(evt(), 'dmy.')}\n\nПосольство свидетельствует своё уважение и сообщает, что ${GR(v)} ${P(v.R('FIO'))}, ${ruDob(v, 0)}, ${ppRu(v)}, обратилась в консульский отдел с заявлением об удержании её работодателем ${P(perOf(['gulf', 'tr']).L('IF'))}. Заявительница временно размещена в приюте. Для связи: консул ${P(cons.R('Fio'))}, ${pick(['тел. ', 'моб. '])}${PH(phone(pick(['ae', 'tr'])))}, ${EM(emailOf(cons))}.`;
});

T('ru-journalist', 'ru', 'cyrl', false, (b) => {
  const v = perCA('f');
  const rec = perCA('f');
  const nick = pick(NICK_RU);
  b.w`«Мне обещали работу в кафе», — рассказывает ${int(19, 30)}-летняя ${P(v.R('I'))} из ${pick(['Ошской области', 'Шымкента', 'Андижана', 'Хатлона', 'Турткуля'])}. Её вербовщица, некая ${P(rec.R(pick(['IF', 'I'])))} по прозвищу «${P(nick)}», работала через Instagram-страницу ${HD(pick(['@', 'instagram.com/']) + bizHandle())}. По словам ${P(v.R('I', 'g'))}, в ${pick(DEST_RU_P)} у неё сразу отобрали паспорт. Сейчас ${P(rec.R('F'))} находится в розыске, сообщили в пресс-службе МВД.`;
});

T('ru-charge-dative', 'ru', 'cyrl', false, (b) => {
  const d = per(pick(['kz', 'kg', 'uz', 'ru', 'tj']), 'm');
  const acc = per(pick(['kz', 'kg', 'uz']), 'f');
  const inv = perCA();
  b.w`ПОСТАНОВЛЕНИЕ о квалификации деяния подозреваемого\nПредъявить ${P(d.R('FIO', 'd'))}, ${ruDob(d, 0)}, обвинение в совершении преступления, предусмотренного ${pick(ART.kz)}. Установлено, что ${P(d.R('Fio', 'n'))} совместно с ${P(acc.R('FIO', 'i'))} организовал вывоз потерпевших. Мерой пресечения ${P(d.R('Fio', 'd'))} избрать содержание под стражей. Ознакомить с настоящим постановлением защитника ${P(perCA().R('Fio', 'g'))}.\nСледователь ${P(inv.R('ioF'))}`;
});

T('ru-lawyer-motion', 'ru', 'cyrl', false, (b) => {
  const adv = perCA();
  const cl = perCA('f');
  const w = perCA();
  b.w`В ${pick(COURT.kz.concat(COURT.kg))}\nот адвоката ${P(adv.R('FIO', 'g'))}\nв интересах потерпевшей ${P(cl.R('FIO', 'g'))}\n\nХОДАТАЙСТВО\nПрошу допросить в качестве свидетеля ${P(w.R('FIO', 'a'))}, проживающ${sx(w, 'его', 'ую')} ${ruWhere(pick(['kz', 'kg']))}, ${phRu(w)}, которому известны обстоятельства вывоза ${P(cl.R('Fio', 'g'))} за границу.\n${fd(evt(), 'dmy.')}   Адвокат ${P(adv.R('ioF'))}`;
});

T('ru-identification', 'ru', 'cyrl', false, (b) => {
  const v = perCA('f');
  const s = perCA('m');
  const wit1 = perCA();
  const wit2 = perCA();
  b.w`ПРОТОКОЛ ПРЕДЪЯВЛЕНИЯ ЛИЦА ДЛЯ ОПОЗНАНИЯ\nОпознающая: ${P(v.R('FIO'))}, ${ruDobEnd(v)}.\nПонятые: ${P(wit1.R('FIO'))}, ${P(wit2.R('FIO'))}.\nСреди предъявленных лиц опознающая ${P(v.R('Fio'))} указала на лицо под № ${int(1, 3)}, назвавшееся ${P(s.R('FIO', 'i'))}, ${ruDob(s, 2)}, и пояснила, что именно он в ${pick(['аэропорту', 'квартире', 'офисе'])} забрал у неё паспорт и телефон.`;
});

T('ru-seizure', 'ru', 'cyrl', false, (b) => {
  const o = per(pick(['kg', 'uz', 'kz', 'tj']), 'f');
  const o2 = per(o.o, 'f');
  const s = perCA('m');
  b.w`ПРОТОКОЛ ВЫЕМКИ\nВ ходе выемки у ${P(s.R('FIO', 'g'))} изъяты:\n1) ${ppRu(o)} на имя ${P(o.R('FIO', 'g'))};\n2) ${ppRu(o2)} на имя ${P(o2.R('FIO', 'g'))};\n3) банковская карта ${CA(card(pick(['kaspi', 'visa', 'mc', 'elcart', 'uzcard'])))};\n4) мобильный телефон ${pick(['Samsung Galaxy A14', 'iPhone 11', 'Redmi Note 12', 'Honor X7'])} с сим-картой, номер ${PH(phoneOf(s))};\n5) тетрадь с записями.\nЗамечаний не поступило.`;
});

T('ru-call-records', 'ru', 'cyrl', false, (b) => {
  const a = perCA('m');
  const c = perCA('f');
  b.w`Справка по результатам анализа детализации соединений.\nАбонентский номер ${PH(phone(pick(['kz', 'kg', 'uz'])))}, зарегистрированный на ${P(a.R('FIO', 'a'))}, в период с ${fd(evt(), 'dmy.')} по ${fd(evt(), 'dmy.')} ${int(40, 300)} раз контактировал с номером ${PH(phone(pick(['ae', 'tr'])))}, используемым ${P(c.R('Fio', 'i'))}, а также с номерами ${PH(phone(pick(['kz', 'uz'])))} и ${PH(phone(pick(['kg', 'ru'])))}. Абонент ${P(a.R('F'))} также пользуется аккаунтом ${HD('@' + handleOf(a))} и почтой ${EM(emailOf(a))}.`;
});

T('ru-wanted', 'ru', 'cyrl', false, (b) => {
  const p = perCA();
  b.w`ОРИЕНТИРОВКА\nРазыскивается ${P(p.R('FIO'))}, ${ruDob(p, pick([0, 4]))}, ${sx(p, 'уроженец', 'уроженка')} ${pick(['г. Шымкент', 'г. Ош', 'г. Андижан', 'г. Куляб'])}, ${nidRu(p) || ppRu(p)}, ${sx(p, 'подозреваемый', 'подозреваемая')} в совершении преступления по ${pick(ART.kz.concat(ART.kg))}.\nПриметы: рост ${int(160, 190)} см, ${pick(['среднего телосложения', 'худощавый', 'плотного телосложения'])}.\nМожет передвигаться на автомобиле ${pick(['Toyota Camry', 'Lexus RX', 'Chevrolet Malibu', 'Hyundai Sonata'])} г/н ${PL(plate(pick(['kz', 'kg', 'uz'])))}.\nВсем, кто располагает информацией, звонить 102.`;
});

T('ru-employment-contract', 'ru', 'cyrl', false, (b) => {
  const w = per(pick(['ru', 'uz', 'tj', 'kg']));
  b.w`ТРУДОВОЙ ДОГОВОР № ${int(1, 300)}/${int(19, 24)}\n...\nРаботник: ${P(w.R('FIO'))}, ${w.o === 'ru' ? pick(['паспорт гражданина РФ ', 'паспорт ']) : 'паспорт '}${PP(passport(w.o === 'ru' ? 'ru' : w.o))}, СНИЛС ${NI(snils())}, ИНН ${NI(innPerson())}, адрес регистрации: ${AD(ruAddrStr('ru'))}, ${phRu(w, 'ru')}.\nРаботодатель: ООО «${pick(['СтройИнвест', 'АгроТех', 'ЛогистПлюс', 'ТекстильПром'])}», ИНН ${innRuOrg()}, в лице генерального директора ${P(perOf(['ru']).R('FIO', 'g'))}.`;
});

T('ru-arrival-notice', 'ru', 'cyrl', false, (b) => {
  const f = per(pick(['uz', 'tj', 'kg']));
  const h = per('ru');
  b.w`УВЕДОМЛЕНИЕ О ПРИБЫТИИ ИНОСТРАННОГО ГРАЖДАНИНА В МЕСТО ПРЕБЫВАНИЯ\nФамилия: ${P(up(f.ruS()))}\nИмя: ${P(up(f.ruG()))}\n${f.ruP() ? ['Отчество: ', P(up(f.ruP())), '\n'] : ''}Гражданство: ${up(CTRY_NOM[f.o])}\nДата рождения: ${BD(fd(f.dob, 'dmy.'))}\nДокумент: ${ppRu(f)}\nМиграционная карта: серия ${int(4500, 4699)} № ${dig(7)}\nПринимающая сторона: ${P(h.R('FIO'))}, ${pick(['паспорт ', 'паспорт РФ '])}${PP(passport('ru'))}, ${phRu(h, 'ru')}\nАдрес места пребывания: ${AD(ruAddrStr('ru'))}`;
});

T('ru-power-of-attorney', 'ru', 'cyrl', false, (b) => {
  const a = perCA();
  const c = perCA();
  b.w`ДОВЕРЕННОСТЬ\nг. ${cityOf(pick(['kz', 'kg']))}, ${fd(evt(), 'words', 'ru')} года\nЯ, ${P(a.R('FIO'))}, ${ruDob(a, 0)}, ${ppRu(a)}, проживающ${sx(a, 'ий', 'ая')} ${ruWhere(a.o === 'ko' ? 'kz' : pick(['kz', 'kg']))}, настоящей доверенностью уполномочиваю ${P(c.R('FIO', 'a'))}, ${ruDob(c, 0)}, представлять мои интересы в органах полиции и суда.`;
});

T('ru-explanation', 'ru', 'cyrl', false, (b) => {
  const a = perCA('f');
  const boss = perCA('f');
  const boss2 = perCA('m');
  b.w`ОБЪЯСНЕНИЕ\nЯ, ${P(a.R('FIO'))}, ${ruDob(a, 2)}, по существу заданных вопросов поясняю: с ${pick(MONTHS.ru)} ${int(2021, 2023)} года работала у ${P(boss.R(pick(['IF', 'FIO', 'Fio']), 'g'))} в ${pick(['цехе', 'кафе', 'теплице', 'прачечной'])}. Мужа ${P(boss.R('I', 'g'))} зовут ${P(boss2.R('I'))}, он возил нас на работу на машине ${pick(['Lada Largus', 'Daewoo Nexia', 'Toyota Estima'])}, номер ${PL(plate(pick(['kz', 'ru'])))}. Зарплату нам не платили, говорили, что мы должны за дорогу.\nС моих слов записано верно. ${P(a.R('Fi'))}`;
});

T('ru-email-to-ngo', 'ru', 'cyrl', false, (b) => {
  const a = perCA('f');
  const sis = per(a.o, 'f');
  b.w`От: ${EM(emailOf(a))}\nТема: помогите сестре\n\nЗдравствуйте, меня зовут ${P(a.R(pick(['I', 'IF'])))}. Моя сестра ${P(sis.R(pick(['IF', 'I'])))} (${BD(fd(sis.dob, 'dmy.'))} г.р.) уехала в ${pick(['Эр-Рияд', 'Дубай', 'Стамбул'])} через агентство, сейчас её не выпускают из дома. Её номер там ${PH(phone(pick(['sa', 'ae', 'tr'])))}, она пишет мне в WhatsApp ночью. Мой номер ${PH(phoneOf(a))}.\nС уважением, ${P(a.R('I'))}`;
});

T('ru-victims-list-caps', 'ru', 'cyrl', false, (b) => {
  const ps = Array.from({ length: int(3, 4) }, () => perCA('f'));
  b.w`СПИСОК ЛИЦ, ОСВОБОЖДЁННЫХ В ХОДЕ ОПЕРАЦИИ ${fd(evt(), 'dmy.')}\n`;
  ps.forEach((p, i) => b.w`${i + 1}. ${P(up(p.R('FIO')))}, ${BD(fd(p.dob, 'dmy.'))}\n`);
  b.w`Всего: ${ps.length} чел. Размещены в приюте.`;
});

T('ru-dimin-report', 'ru', 'cyrl', false, (b) => {
  const v = perCA('f');
  const [d1, d2] = sample(DIMIN_RU_F, 2);
  b.w`Из показаний потерпевшей ${P(v.R('Fio', 'g'))}: «В квартире жили ещё девочки — ${P(d1)}, ${P(d2)} и ${P(perCA('f').R('I'))}. ${P(d1)} была самая младшая, ей было ${int(15, 17)}. Хозяйку все звали «${P(pick(NICK_RU))}», а её мужа — ${P(pick(DIMIN_RU_M))}. Он приезжал на белой ${pick(['Камри', 'Тойоте', 'Хендай', 'Ниве'])}, номер ${PL(plate(pick(['ru', 'kz']), 'cyrl'))}».`;
});

T('ru-orm-certificate', 'ru', 'cyrl', false, (b) => {
  const a = perCA('m');
  const nick = pick(NICK_RU);
  b.w`СПРАВКА\nпо результатам ОРМ\nУстановлено, что пользователь Telegram ${HD('@' + handleOf(a))} (ник «${P(nick)}»), размещающий объявления о работе в ОАЭ, идентифицирован как ${P(a.R('FIO'))}, ${ruDobEnd(a)}. Аккаунт привязан к номеру ${PH(phoneOf(a))}. Для связи с «клиентами» также использует ${EM(emailOf(a))} и ${EM(bizEmail())}. Оплату принимает на карту ${CA(card(pick(['kaspi', 'humo', 'uzcard', 'visa']), pick([0, 1, 2, 3])))}.`;
});

T('ru-phone-inspection', 'ru', 'cyrl', false, (b) => {
  const c = perCA('f');
  const c2 = perOf(['tr', 'gulf'], 'm');
  const tag = pick(['Турция', 'Дубай', 'работа', 'агент', 'новая']);
  b.w`ПРОТОКОЛ ОСМОТРА ПРЕДМЕТОВ\nПри осмотре мобильного телефона в приложении WhatsApp обнаружена переписка с контактом «${P(c.R('I'))} ${tag}» (${PH(phone(pick(['tr', 'ae', 'kz'])))}), а также с контактом «${P(c2.L(pick(['I', 'IF'])))}» (${PH(phone(c2.o === 'tr' ? 'tr' : 'ae'))}). В разделе «Фото» обнаружены снимки паспорта на имя ${P(up(perCA('f').L('CAPS')))} и банковской карты ${CA(card(null, pick([0, 5, 6])))}.`;
});

T('ru-missing-report-kg', 'ru', 'cyrl', false, (b) => {
  const app = per('kg');
  const son = per('kg', 'm', { y1: 1995, y2: 2004 });
  if (app.sex === 'm' && app.dob.y <= 1980) {
    son.fa = app.g;
    son.s = app.s;
    son.dob = dateOf(Math.max(app.dob.y + 20, 1995), 2005);
  }
  b.w`ЗАЯВЛЕНИЕ\nЯ, ${P(app.R('FIO'))}, проживающ${sx(app, 'ий', 'ая')} ${ruWhere('kg')}, тел. ${PH(phone('kg'))}, прошу принять меры к розыску моего сына ${P(son.R('FIO', 'g'))}, ${ruDob(son, 0)}, ПИН ${NI(kgPin(son.dob, 'm'))}, который в ${pick(MON_LOC)} ${int(2021, 2023)} года выехал в Россию на заработки с человеком по имени ${P(perCA('m').R('I'))}.`;
});

T('ru-vehicle-info', 'ru', 'cyrl', false, (b) => {
  const o = perCA();
  const pl = plate(pick(['kz', 'ru', 'kg', 'uz']), 'cyrl');
  b.w`По данным базы ${pick(['ЦОН', 'АИПС «Автомобиль»', 'ГИБДД'])}, автомашина ${pick(['Lada Granta', 'Chevrolet Cobalt', 'Toyota Land Cruiser Prado', 'Kia Rio', 'Daewoo Gentra'])}, государственный регистрационный номер ${PL(pl)}, ${int(2008, 2022)} года выпуска, зарегистрирована на ${P(o.R('FIO', 'a'))}, ${ruDob(o, 0)}, ${ruWhere(o.o === 'ko' ? 'kz' : ['kz', 'kg', 'uz', 'ru'].includes(o.o) ? o.o : 'kz')}.`;
});

T('ru-civil-judgment', 'ru', 'cyrl', false, (b) => {
  const pl = perCA('f');
  const df = perCA('m');
  b.w`РЕШЕНИЕ\nИменем Республики Казахстан\nИск ${P(pl.R('FIO', 'g'))} к ${P(df.R('FIO', 'd'))} о взыскании невыплаченной заработной платы удовлетворить.\nВзыскать с ${P(df.R('Fio', 'g'))} в пользу ${P(pl.R('Fio', 'g'))} ${sumRu()} путём перечисления на счёт ${IB(iban('KZ'))}.\nРешение может быть обжаловано в течение одного месяца.`;
});

T('ru-cassation', 'ru', 'cyrl', false, (b) => {
  const j1 = perCA();
  const j2 = perCA();
  const j3 = perCA();
  const d = perCA('m');
  b.w`Судебная коллегия по уголовным делам в составе: председательствующего ${P(j1.R('ioF', 'g'))}, судей ${P(j2.R('ioF', 'g'))} и ${P(j3.R('ioF', 'g'))}, рассмотрев кассационную жалобу осуждённого ${P(d.R('FIO', 'g'))} на приговор суда первой инстанции от ${fd(evt(), 'dmy.')}, ОПРЕДЕЛИЛА: приговор в отношении ${P(d.R('Fio', 'g'))} оставить без изменения, жалобу — без удовлетворения.`;
});

T('ru-consular-note-tr', 'ru', 'cyrl', false, (b) => {
  const v = per(pick(['uz', 'tm', 'kg']), 'f');
  const emp = per('tr');
  b.w`Служебная записка консульского отдела\n${fd(evt(), 'dmy.')} в генеральное консульство в Стамбуле обратилась ${P(v.R('FIO'))}, ${ruDob(v)}, ${ppRu(v)}. Заявительница работала сиделкой у ${P(emp.T('IF'))} (адрес: ${AD(trAddr())}), тел. работодателя ${PH(phone('tr'))}. Работодатель удерживал паспорт и не выплачивал зарплату ${int(4, 14)} месяцев. Выдано свидетельство на возвращение.`;
});

T('ru-bank-reply', 'ru', 'cyrl', false, (b) => {
  const c = per(pick(['kz', 'kz', 'ko']));
  b.w`Ответ на запрос № ${int(100, 9999)} от ${fd(evt(), 'dmy.')}\nСообщаем, что на имя ${P(c.R('FIO', 'g'))}, ${ruDob(c, 0)}, ${nidRu(c) || ppRu(c)}, открыты: текущий счёт ${IB(iban('KZ'))} и платёжная карта ${CA(card(pick(['kaspi', 'visa', 'mc']), pick([0, 3, 5])))}. За период с ${fd(evt(), 'dmy.')} поступления составили ${sumRu()}. Выписка прилагается.`;
});

T('ru-detention-protocol', 'ru', 'cyrl', false, (b) => {
  const d = perCA('m');
  const off = perCA('m');
  b.w`ПРОТОКОЛ ЗАДЕРЖАНИЯ ПОДОЗРЕВАЕМОГО\n${fd(evt(), 'dmy.')} в ${tm()} задержан ${P(d.R('FIO'))}, ${ruBorn(d)}, ${ppRu(d)}, по подозрению в совершении преступления по ${pick(ART.kz.concat(ART.ru))}.\nПри личном обыске обнаружено: телефон (номер ${PH(phoneOf(d))}), ${pick(['три', 'два', 'четыре'])} паспорта на чужие имена, наличные ${sumRu()}.\nЗадержание произвёл ${P(off.R('Fio'))}.`;
});

T('ru-recruiter-notebook', 'ru', 'cyrl', false, (b) => {
  const rows = Array.from({ length: int(3, 4) }, () => perCA('f'));
  b.w`Записи из тетради, изъятой у подозреваемой (орфография сохранена):\n`;
  rows.forEach((p) => {
    const nm = pick([p.R('I'), pick(DIMIN_RU_F), p.R('I').toLowerCase()]);
    b.w`${P(nm)} — ${int(2, 9)}00$ — ${PH(phoneOf(p))}${chance(0.4) ? [' — пасп. ', PP(ppOf(p))] : ''}\n`;
  });
  b.w`итого ${int(2, 6)} 000$`;
});

T('ru-chat-vk', 'ru', 'cyrl', false, (b) => {
  const a = perCA('f');
  const c = per('ru', 'm');
  const an = a.R('IF');
  const cn = c.R('IF');
  b.w`${P(an)} ${tm()}\nЗдравствуйте, я по объявлению про работу в Москве\n${P(cn)} ${tm()}\nДа, работа на складе, жильё есть. Сколько тебе лет?\n${P(an)} ${tm()}\n${int(18, 24)}. Я из ${pick(['Ферганы', 'Оша', 'Турсунзаде', 'Шымкента'])}\n${P(cn)} ${tm()}\nПриезжай, встречу на Казанском. Мой номер ${PH(phone('ru'))}, спросишь ${P(c.R('I', 'a'))}. Свою почту дай для билета\n${P(an)} ${tm()}\n${EM(emailOf(a))}`;
});

T('ru-audio-transcript', 'ru', 'cyrl', false, (b) => {
  const a = perCA('f');
  const c = perCA('m');
  const A = a.R('I');
  const C = c.R('I');
  const hon = pick([[P(C)], [P(C + 'жан')], [P(C), '-ака'], [P(C), ' ака']]);
  b.w`Стенограмма аудиозаписи (файл ${int(1, 40)}.ogg)\n${P(C)}: Алло, ${P(A)}? Это я.\n${P(A)}: Да, ${hon}, слушаю.\n${P(C)}: Завтра приедет ${P(perCA('m').R('IF'))}, отдашь ему документы. Деньги за ${P(pick(['Гулю', 'Дилю', 'Айку', 'Сабину']))} он перевёл. Если что, звони на ${PH(phoneOf(c))}, на старый не пиши.`;
});

T('ru-vcs-motion', 'ru', 'cyrl', false, (b) => {
  const v = per(pick(['kz', 'kg', 'uz']), 'f');
  const pr = perCA();
  b.w`Государственный обвинитель ${P(pr.R('Fio'))} ${sx(pr, 'заявил', 'заявила')} ходатайство о допросе потерпевшей ${P(v.R('FIO', 'g'))} в режиме видеоконференцсвязи, поскольку она в настоящее время проживает в г. ${cityOf(v.o)} (${AD(ruAddrStr(v.o))}) и не может явиться. Контактный телефон ${P(v.R('I', 'g'))}: ${PH(phoneOf(v))}. Суд ходатайство удовлетворил, слушание отложено на ${fd(evt(), 'dmy.')}.`;
});

T('ru-mla-request', 'ru', 'cyrl', false, (b) => {
  const s = perCA('m');
  const t = perOf(['gulf', 'tr'], 'm');
  b.w`ЗАПРОС О ПРАВОВОЙ ПОМОЩИ\nПрошу установить и допросить гражданина ${t.o === 'tr' ? 'Турции' : 'ОАЭ'} ${P(t.L('IF'))}, проживающего по адресу: ${AD(enAddr(t.o === 'tr' ? 'tr' : 'ae'))}, тел. ${PH(phone(t.o === 'tr' ? 'tr' : 'ae'))}, ${t.o === 'tr' ? ['TC kimlik no ', NI(tcNo())] : ['Emirates ID ', NI(emiratesId(t.dob.y))]}, об обстоятельствах трудоустройства граждан, направленных ${P(s.R('FIO', 'i'))}, ${ruDobEnd(s)}. Также прошу предоставить сведения о счёте ${IB(iban(t.o === 'tr' ? 'TR' : 'AE'))}.`;
});

T('ru-medical-referral', 'ru', 'cyrl', false, (b) => {
  const v = perCA('f');
  const doc = perCA();
  b.w`НАПРАВЛЕНИЕ\nНаправляется ${P(v.R('FIO'))}, ${BD(fd(v.dob, 'dmy.'))} г.р., ${nidRu(v) || ppRu(v)}, для прохождения медицинского освидетельствования. Адрес проживания: ${AD(ruAddrStr(['kz', 'kg', 'uz'].includes(v.o) ? v.o : 'kz'))}. Врач-психолог приюта: ${P(doc.R('Fio'))}.`;
});

T('ru-passport-data-page', 'ru', 'cyrl', false, (b) => {
  const p = per(pick(['kz', 'kg', 'uz', 'tj']));
  b.w`Копия страницы паспорта (распознанный текст):\n${P(up(p.R('F')))} / ${P(up(p.L('F', 'icao')))}\n${P(up(p.R('IO')))} / ${P(up(p.L('I', 'icao')))}\n${BD(fd(p.dob, 'dmy.'))}   ${sx(p, 'М/M', 'Ж/F')}\n\n`;
  b.put(mrzPieces(p));
});

T('ru-instagram-post', 'ru', 'cyrl', false, (b) => {
  const a = perCA('f');
  b.w`${HD(handleOf(a))} · ${int(1, 23)} ч.\nДевочки, осторожно! Эта женщина — ${P(perCA('f').R('IF'))} — обещает работу в ${pick(DEST_RU_P)}, забирает деньги и пропадает. Её номер ${PH(phone(pick(['kz', 'kg', 'uz'])))}, страница ${HD('@' + handleOf(perCA('f')))}. Меня зовут ${P(a.R('I'))}, я сама через это прошла. Пишите в директ.`;
});

T('ru-court-hearing-record', 'ru', 'cyrl', false, (b) => {
  const j = perCA();
  const d = perCA('m');
  const v = perCA('f');
  b.w`ПРОТОКОЛ СУДЕБНОГО ЗАСЕДАНИЯ (извлечение)\nПредседательствующий ${P(j.R('ioF'))}: Подсудимый ${P(d.R('F'))}, встаньте. Вы знакомы с потерпевшей?\nПодсудимый ${P(d.R('F'))}: Да, я знаю её как ${P(v.R('I'))}, она жила у моей сестры ${P(perCA('f').R('I', 'g'))}.\nПредседательствующий: Потерпевшая ${P(v.R('Fio'))}, вы подтверждаете показания?\nПотерпевшая: Подтверждаю.`;
});

T('ru-extradition', 'ru', 'cyrl', false, (b) => {
  const d = perCA('m');
  b.w`Генеральная прокуратура сообщает, что ${fd(evt(), 'dmy.')} из ${pick(['Турции', 'ОАЭ', 'России', 'Грузии'])} экстрадирован ${P(d.R('FIO'))}, ${ruDob(d, 2)}, ${ppRu(d)}, разыскивавшийся по ${pick(ART.kz.concat(ART.uz))}. По версии следствия, ${P(d.R('F'))} переправил за рубеж не менее ${int(8, 40)} женщин.`;
});

T('ru-shelter-register', 'ru', 'cyrl', false, (b) => {
  const rows = Array.from({ length: int(2, 3) }, () => perCA('f'));
  b.w`Журнал размещения в приюте, ${pick(MONTHS.ruN)} ${int(2021, 2024)}\n`;
  rows.forEach(
    (p) =>
      b.w`${fd(evt(), 'dmy.')} — ${P(p.R('Fio'))}, ${BD(String(p.dob.y))} г.р., ${phRu(p)}, направлена: ${pick(['МВД', 'горячая линия', 'посольство', 'МОМ'])}\n`,
  );
});

T('ru-inheritance-style', 'ru', 'cyrl', false, (b) => {
  const a = per(pick(['kz', 'kg', 'uz']), 'f');
  b.w`${P(a.R('FIO', 'p'))} известно следующее: ${ruBorn(a)}, окончила школу в г. ${cityOf(a.o)}, в ${int(2015, 2022)} году вышла замуж за ${P(perCA('m').R('FIO', 'a'))}. С ним познакомилась через ${pick(['Instagram', 'Одноклассники', 'TikTok'])}, где он вёл страницу ${chance(0.5) ? HD('@' + bizHandle()) : [HD(bizHandle()), ' (Instagram)']}.`;
});

T('ru-ua-victims', 'ru', 'cyrl', false, (b) => {
  const v = per('ru', 'f');
  const d = per('ru', 'm');
  b.w`${P(v.R('IOF'))}, ${ruDob(v, 1)}, уроженка г. ${pick(['Харькова', 'Одессы', 'Днепра', 'Запорожья', 'Херсона'])}, показала, что в ${int(2019, 2023)} году её пригласил на работу в ${pick(['Анталью', 'Дубай', 'Стамбул'])} ${P(d.R('IOF'))}, ${phRu(d, 'ru')}. В дороге её сопровождал ${P(per('ru', 'm').R('FI'))}.`;
});

T('ru-koryo-case', 'ru', 'cyrl', false, (b) => {
  const a = per('ko', 'm');
  const c = per('ko', 'f');
  const v = perCA('f');
  b.w`По материалам дела, ${P(a.R('FIO'))} и ${P(c.R('FIO'))} через фирму ТОО «${pick(['K-Work Service', 'Seoul Bridge', 'Hanguk Job'])}» направили в Республику Корея по туристическим визам ${int(5, 30)} человек, в том числе ${P(v.R('FIO', 'a'))}. В Корее их встречал ${P(per('kr', 'm').L('IF'))}, тел. ${PH(phone('kr'))}, который разместил их по адресу: ${AD(enAddr('kr'))}. ${P(a.R('Fio'))} получал оплату на карту ${CA(card('kaspi', pick([0, 2])))}.`;
});

T('ru-afghan-case', 'ru', 'cyrl', false, (b) => {
  const a = per('af', 'm');
  const g = per('tj', 'm');
  b.w`${fd(evt(), 'dmy.')} пограничным нарядом на участке ${pick(['Пянджского', 'Шуроабадского', 'Ишкашимского'])} отряда задержан ${GR(a)} Афганистана ${P(a.R('IF'))}, ${ruDob(a, 2)}, ${['паспорт ', PP(passport('af'))]}. Со слов задержанного, переправу организовал ${P(g.R('FIO'))}, ${phRu(g, 'tj')}, за ${int(3, 15)}00 долларов США.`;
});

T('ru-gulf-domestic', 'ru', 'cyrl', false, (b) => {
  const v = per(pick(['kz', 'uz', 'kg']), 'f');
  const emp = per('gulf', 'm');
  const ag = per('gulf', 'f');
  b.w`В ходе интервью ${P(v.R('I'))} сообщила, что в доме ${P(emp.L('IF'))} (район ${pick(['Аль-Барша', 'Мирдиф', 'Джумейра', 'Аль-Варка'])}) вместе с ней работали ${P(per('ph', 'f').L('IF'))} и ${P(per('np', 'f').L('IF'))}. Жена хозяина, ${P(ag.L('I'))}, отобрала у всех паспорта. Emirates ID ${P(v.R('I', 'g'))}: ${NI(emiratesId(v.dob.y))}.`;
});

// ======================================================== RU negatives ====
const NEG_RU_NUM = () => pick([`${int(2, 98)}`, `${int(100, 999)}`]);
T('ru-neg-court', 'ru', 'cyrl', true, (b) => {
  const cc = pick(['kz', 'kg', 'uz', 'ru']);
  const d1 = evt();
  b.w`${pick(COURT[cc])} ${fd(d1, 'words', 'ru')} года рассмотрел уголовное дело ${caseNo()} по ${pick(ART[cc])}. ${pick(['Заседание отложено на', 'Оглашение приговора назначено на', 'Следующее заседание состоится'])} ${fd(addDays(d1, int(7, 60)), 'words', 'ru')} года в ${tm()}. ${pick(['Апелляционная инстанция оставила приговор без изменения.', 'Дело рассматривается в закрытом режиме.', 'Подсудимые вину не признали.'])}`;
});
T('ru-neg-named-orgs', 'ru', 'cyrl', true, (b) => {
  const unis = sample(
    [
      'КазНУ имени аль-Фараби',
      'Университета имени Сулеймана Демиреля',
      'КРСУ имени Б. Н. Ельцина',
      'Национального университета Узбекистана имени Мирзо Улугбека',
      'Евразийского национального университета имени Л. Н. Гумилёва',
      'Таджикского национального университета',
      'Ошского государственного университета имени К. Ш. Токтомаматова',
    ],
    2,
  );
  const org = pick([
    'Фонда Фридриха Эберта',
    'Фонда Конрада Аденауэра',
    'программы имени Фулбрайта',
    'Фонда Ага Хана',
    'библиотеки имени Алишера Навои',
  ]);
  b.w`Студенты ${unis[0]} и ${unis[1]} приняли участие в тренинге по противодействию торговле людьми, организованном при поддержке ${org}. Занятия прошли ${fd(evt(), 'words', 'ru')} года в ${pick(['Театре оперы и балета имени Абая', 'Доме дружбы', 'зале библиотеки имени Навои'])}, участников — ${int(20, 90)}.`;
});
T('ru-neg-streets', 'ru', 'cyrl', true, (b) => {
  b.w`${pick(['Акция', 'Флешмоб', 'Марш солидарности'])} «${pick(['Стоп трафик', 'Не продаётся', 'Свобода'])}» прошла у ${pick(['памятника Абаю', 'памятника Манасу', 'памятника Амиру Темуру', 'памятника Исмоилу Сомони'])}, затем участники прошли по ${pick(['улице Толе би', 'проспекту Достык', 'проспекту Чуй', 'улице Навои', 'проспекту Рудаки'])} до ${pick(['площади Республики', 'площади Ала-Тоо', 'сквера Амира Темура', 'площади Дусти'])}. Движение по ${pick(['улице Абая', 'улице Токтогула', 'проспекту Назарбаева', 'улице Шота Руставели'])} было временно ограничено.`;
});
T('ru-neg-hotline', 'ru', 'cyrl', true, (b) => {
  b.w`Если вы или ваши близкие столкнулись с ${pick(['принудительным трудом', 'торговлей людьми', 'удержанием документов'])}, звоните на круглосуточную горячую линию ${pick(['116 16', '1414', '189', '1105', '111'])} или по бесплатному номеру ${pick(['8 800 080 7777', '8 800 080 5555', '8-800-333-00-16', '0 800 222 555'])}. В экстренных случаях — ${pick(['102', '112', '103'])}. Консультации бесплатны и анонимны.`;
});
T('ru-neg-flights', 'ru', 'cyrl', true, (b) => {
  b.w`Рейс ${pick(['FZ 1718', 'KC 917', 'HY 253', 'TK 345', 'PC 383', 'EK 2069'])} ${pick(['Бишкек — Дубай', 'Алматы — Стамбул', 'Ташкент — Дубай', 'Душанбе — Москва'])} вылетел с задержкой на ${pick(['2 часа', '3 часа', '4 часа', '5 часов', '40 минут'])}. Поезд № ${int(1, 99)} ${pick(['Ташкент — Москва', 'Душанбе — Москва', 'Бишкек — Москва', 'Алматы — Новосибирск'])} отправляется по ${pick(['чётным', 'нечётным'])} числам в ${tm()}. Автобус ${pick(['Ош — Москва', 'Худжанд — Самара', 'Андижан — Казань'])} идёт ${int(3, 5)} суток.`;
});
T('ru-neg-invoice', 'ru', 'cyrl', true, (b) => {
  b.w`Счёт на оплату № ${pad(int(1, 9999), 5)} от ${fd(evt(), 'dmy.')}. Договор № ${int(1, 99)}/${int(19, 24)}-${pick(['ТУ', 'ВЗ', 'К'])}, сумма ${int(1, 9)} ${int(100, 999)} ${pad(int(0, 999), 3)} тенге, в т.ч. НДС 12%. Поставщик: ТОО «${pick(['Silk Road Travel', 'Asia Star Group', 'Алтын Тур', 'Grand Visa'])}», БИН ${binKz()}. Акт выполненных работ № ${int(1, 500)}.`;
});
T('ru-neg-ethnic', 'ru', 'cyrl', true, (b) => {
  const e = sample(['узбеки', 'таджики', 'кыргызы', 'казахи', 'туркмены', 'уйгуры', 'каракалпаки', 'русские'], 4);
  b.w`Среди пострадавших — ${e.join(', ')} в возрасте от ${int(16, 18)} до ${int(40, 55)} лет. Большинству было ${int(19, 25)}–${int(26, 32)} лет. Консультации проводились на ${pick(['русском, узбекском и таджикском', 'казахском и русском', 'кыргызском и русском', 'дари и пушту'])} языках. ${pick(['Двое', 'Трое', 'Пятеро'])} пострадавших — несовершеннолетние.`;
});
T('ru-neg-cars', 'ru', 'cyrl', true, (b) => {
  b.w`На стоянке у ${pick(['кафе', 'гостиницы', 'рынка', 'автовокзала'])} обнаружены ${pick(['Toyota Camry', 'Lexus LX 570', 'Hyundai Tucson'])}, два ${pick(['Chevrolet Cobalt', 'Daewoo Nexia', 'Lada Vesta'])} и микроавтобус ${pick(['Mercedes-Benz Sprinter', 'Ford Transit', 'Hyundai H-1'])} белого цвета без номеров. Владельцы автомобилей не установлены.`;
});
T('ru-neg-words', 'ru', 'cyrl', true, (b) => {
  b.w`${pick(['Май', 'Июнь', 'Август'])} и ${pick(['сентябрь', 'октябрь', 'ноябрь'])} — пик вербовки. ${pick(['Надежда на лёгкий заработок', 'Вера в честного работодателя', 'Слава «успешных» знакомых'])} толкает девушек на рискованные решения. ${pick(['Роза', 'Лилия'])} — так часто называют салоны, через которые идёт вербовка. Победа над этим злом требует совместных усилий.`;
});
T('ru-neg-places', 'ru', 'cyrl', true, (b) => {
  b.w`Группа вылетела из аэропорта «${pick(['Манас', 'Ислам Каримов', 'Нурсултан Назарбаев'])}» через ${pick(['Медину', 'Стамбул', 'Шарджу'])}. Часть рабочих была родом из ${pick(['Талгара', 'Карабалты', 'Нарына', 'Жанаозена', 'Мадины'])}, часть — из ${pick(['Аксая', 'Самарканда', 'Кемина', 'Карасу'])}. Вдоль реки ${pick(['Нарын', 'Чу', 'Амударья', 'Зеравшан'])} проходит ${pick(['неохраняемый участок границы', 'старая дорога'])}.`;
});
T('ru-neg-ministries', 'ru', 'cyrl', true, (b) => {
  b.w`${pick(['Министерство труда и социальной защиты населения РК', 'Министерство внутренних дел Кыргызской Республики', 'Агентство внешней трудовой миграции Узбекистана', 'Генеральная прокуратура РФ'])} совместно с ${pick(['МОМ', 'ОБСЕ', 'УВКБ ООН', 'Международной организацией труда'])} подготовило изменения в закон № ${int(10, 400)}-${pick(['VI', 'VII', 'VIII'])} от ${fd(evt(), 'words', 'ru')} года. Поправки вступают в силу с ${fd(evt(), 'dmy.')}.`;
});
T('ru-neg-sums', 'ru', 'cyrl', true, (b) => {
  b.w`Ущерб составил ${pick(['3 200 долларов США', '1 450 000 тенге', '480 000 сомов', '12 000 000 сумов', '96 000 рублей'])}. Каждая из потерпевших «задолжала» от ${int(2, 5)} 000 до ${int(6, 15)} 000 долларов. Авиабилет стоил около ${int(150, 450)} USD, виза — около ${int(50, 300)} USD.`;
});
T('ru-neg-stats', 'ru', 'cyrl', true, (b) => {
  b.w`В ${int(2019, 2023)} году приют «${pick(['Ак Жол', 'Умут', 'Сезим', 'Истикбол', 'Родник'])}» принял ${pick(['125', '140', '96', '210', '58'])} женщин и ${pick(['11', '25', '37', '40'])} детей. ${int(30, 80)}% обратившихся — жертвы трудовой эксплуатации, ${int(10, 40)}% — сексуальной. Средний срок пребывания — ${pick(['три недели', 'около месяца', 'шесть недель', 'два месяца'])}. Финансирование: ${pick(['USAID', 'Евросоюз', 'бюджет акимата', 'частные пожертвования'])}.`;
});
T('ru-neg-fund-programs', 'ru', 'cyrl', true, (b) => {
  b.w`Проект реализуется в рамках ${pick(['программы «Шанс имени Валентины Терешковой»', 'премии имени Андрея Сахарова', 'гранта Фонда Сороса', 'программы «Болашак»', 'Фонда Ага Хана'])}. Итоговая конференция пройдёт в ${pick(['отеле «Рахат Палас»', 'Дворце имени Ленина', 'конференц-зале «Хаятт Ридженси»'])} ${fd(evt(), 'words', 'ru')} года.`;
});
T('ru-neg-article-list', 'ru', 'cyrl', true, (b) => {
  b.w`Квалификация: ${pick(ART.kz)}; ${pick(ART.kg)}; ${pick(ART.ru)}. Санкция — от ${int(3, 7)} до ${int(8, 15)} лет. Срок давности — ${int(10, 20)} лет. Номер материала КУИ ${int(19, 24)}${dig(9)}, ЕРДР ${dig(15)}.`;
});

// ---- shared English helpers
function enDob(p, k = null) {
  const st = k ?? int(0, 6);
  return [
    ['born ', BD(fd(p.dob, 'words', 'en'))],
    ['DOB: ', BD(fd(p.dob, 'ymd'))],
    ['date of birth ', BD(fd(p.dob, 'dmy/'))],
    ['b. ', BD(String(p.dob.y))],
    ['born ', BD(fd(p.dob, 'mdy-en'))],
    ['born in ', BD(String(p.dob.y))],
    ['D.O.B. ', BD(fd(p.dob, 'dmy.'))],
  ][st];
}
const CTRY_EN = {
  kz: 'Kazakhstan',
  kg: 'Kyrgyzstan',
  uz: 'Uzbekistan',
  tj: 'Tajikistan',
  tm: 'Turkmenistan',
  ru: 'Russia',
  ko: 'Kazakhstan',
  af: 'Afghanistan',
  tr: 'Türkiye',
  in: 'India',
  np: 'Nepal',
  ph: 'the Philippines',
  cn: 'China',
  kr: 'South Korea',
  gulf: 'the UAE',
};
const NAT_EN = {
  kz: 'Kazakh',
  kg: 'Kyrgyz',
  uz: 'Uzbek',
  tj: 'Tajik',
  tm: 'Turkmen',
  ru: 'Russian',
  ko: 'Kazakh',
  af: 'Afghan',
  tr: 'Turkish',
  in: 'Indian',
  np: 'Nepali',
  ph: 'Filipino',
  cn: 'Chinese',
  kr: 'Korean',
  gulf: 'Emirati',
};
function nidEn(p) {
  switch (p.o) {
    case 'kz':
    case 'ko':
      return [pick(['IIN ', 'IIN: ', 'individual identification number ']), NI(iin(p.dob, p.sex))];
    case 'kg':
      return [pick(['PIN ', 'personal number (PIN) ']), NI(kgPin(p.dob, p.sex))];
    case 'uz':
      return [pick(['PINFL ', 'JShShIR ', 'PINFL: ']), NI(pinfl(p.dob, p.sex))];
    case 'tj':
      return [pick(['TIN ', 'INN ']), NI(tjInn())];
    case 'ru':
      return ['SNILS ', NI(snils())];
    case 'tr':
      return ['TC Kimlik No. ', NI(tcNo())];
    case 'gulf':
      return ['Emirates ID ', NI(emiratesId(p.dob.y))];
    default:
      return null;
  }
}
const ppEn = (p) => [pick(['passport no. ', 'passport No. ', 'passport ', 'passport number ']), PP(ppOf(p))];
const PHCUE_EN = ['tel. ', 'phone: ', 'mobile ', 'WhatsApp ', 'mob. ', 'cell ', 'number ', 'ph. '];
const phEn = (p, cc = null) => [pick(PHCUE_EN), PH(cc ? phone(cc) : phoneOf(p))];
const EMB_EN = {
  kz: 'the Republic of Kazakhstan',
  kg: 'the Kyrgyz Republic',
  uz: 'the Republic of Uzbekistan',
  tj: 'the Republic of Tajikistan',
  tm: 'Turkmenistan',
  ru: 'the Russian Federation',
  ko: 'the Republic of Kazakhstan',
};
const DEST_EN = [
  'Dubai',
  'Abu Dhabi',
  'Sharjah',
  'Istanbul',
  'Antalya',
  'Seoul',
  'Moscow',
  'Riyadh',
  'Doha',
  'Manama',
  'Busan',
  'Jeddah',
];
const SRC_EN = [
  'Almaty',
  'Shymkent',
  'Bishkek',
  'Osh',
  'Tashkent',
  'Andijan',
  'Fergana',
  'Dushanbe',
  'Khujand',
  'Kulob',
  'Ashgabat',
  'Mary',
  'Taraz',
  'Jalal-Abad',
  'Samarkand',
];
const enWhen = () => fd(evt(), pick(['words', 'mdy-en', 'dmy/']), 'en');

// ======================================================== EN positives ====
T('en-ngo-case-summary', 'en', 'latn', false, (b) => {
  const v = perCA('f', { y1: 1988, y2: 2005 });
  const r = perCA('f');
  const e = perOf(['gulf', 'tr'], 'm');
  b.w`CASE SUMMARY (ref. ${pick(['KZ', 'KG', 'UZ', 'TJ'])}-${int(2019, 2024)}-${pad(int(1, 999), 3)})\nClient: ${P(v.L(pick(['IF', 'FI'])))}, ${NAT_EN[v.o]} national, ${enDob(v)}.\nRecruited in ${pick(SRC_EN)} by ${P(r.L('IF'))}, who promised a job as a ${pick(['waitress', 'nanny', 'shop assistant', 'hotel cleaner', 'hairdresser'])} in ${pick(DEST_EN)}. On arrival her ${ppEn(v)} was taken by the employer, ${P(e.L('IF'))}. She escaped after ${int(2, 14)} months and called the embassy from a borrowed phone (${PH(phone(e.o === 'tr' ? 'tr' : 'ae'))}).\nCurrent contact: ${PH(phoneOf(v))}.`;
});

T('en-intake-iom-style', 'en', 'latn', false, (b) => {
  const v = perCA();
  const k = per(v.o);
  b.w`SCREENING INTERVIEW FORM\nFull name: ${P(v.L(pick(['FI', 'IF', 'CAPS'])))}\nSex: ${sx(v, 'M', 'F')}\nDate of birth: ${BD(fd(v.dob, pick(['dmy/', 'ymd', 'words', 'D-MON-Y']), 'en'))}\nNationality: ${NAT_EN[v.o]}\nID document: ${ppEn(v)}${nidEn(v) ? ['; ', nidEn(v)] : ''}\nHome address: ${AD(enAddr(v.o === 'ko' ? 'kz' : v.o))}\nNext of kin: ${P(k.L('IF'))} (${sx(k, 'brother', 'sister')}), ${PH(phoneOf(k))}\nCountry of exploitation: ${pick(['UAE', 'Türkiye', 'Russia', 'Saudi Arabia', 'Republic of Korea'])}\nType: ${pick(['labour', 'sexual', 'domestic servitude', 'forced begging'])}`;
});

T('en-uae-court', 'en', 'latn', false, (b) => {
  const d1 = per('gulf', 'm');
  const d2 = perCA('f');
  const v = perCA('f');
  b.w`Dubai Court of First Instance, Criminal Case No. ${int(100, 9999)}/${int(2019, 2024)}\nThe Public Prosecution charged the first defendant, ${P(d1.L('IF'))} (Emirates ID ${NI(emiratesId(d1.dob.y))}), and the second defendant, ${P(d2.L('IF'))}, ${NAT_EN[d2.o]}, ${ppEn(d2)}, with trafficking the victim ${P(v.L('IF'))} under Federal Law No. 51 of 2006. The victim was held in a flat at ${AD(enAddr('ae'))}. The court sentenced ${P(d1.L('F'))} to ${int(3, 10)} years and a fine of AED ${int(100, 500)},000.`;
});

T('en-police-report-tr', 'en', 'latn', false, (b) => {
  const s = per('tr', 'm');
  const v1 = perCA('f');
  const v2 = perCA('f');
  b.w`Istanbul Provincial Gendarmerie — incident report (translation)\nOn ${enWhen()} officers raided a flat at ${AD(trAddr())}, Fatih. The suspect ${P(s.T('IF'))}, TC Kimlik No. ${NI(tcNo())}, was detained. Two foreign women were found: ${P(v1.L('IF'))}, ${enDob(v1, 3)}, and ${P(v2.L('IF'))}, ${enDob(v2, 3)}. The suspect's vehicle, plate ${PL(plate('tr'))}, was impounded.`;
});

T('en-hotline-log', 'en', 'latn', false, (b) => {
  const c = perCA('f');
  const s = per(c.o, 'f', { y1: 1995, y2: 2005 });
  b.w`Hotline log #${int(1000, 9999)} — ${enWhen()}, ${tm()}\nCaller: ${P(c.L(pick(['I', 'IF'])))}, calling from ${PH(phoneOf(c))}\nReports that her ${pick(['sister', 'daughter', 'niece'])} ${P(s.L('IF'))} (${BD(String(s.dob.y))}) is held by an employer in ${pick(DEST_EN)}. Last message came from ${PH(phone(pick(['ae', 'sa', 'tr'])))} on WhatsApp. Employer known only as "${P(pick(NICK_LAT))}".\nAction: referred to consular section; follow-up in 48 h.`;
});

T('en-interview-qa', 'en', 'latn', false, (b) => {
  const v = perOf(['np', 'ph', 'in', 'kg', 'uz'], 'f');
  const ag = perOf(['in', 'np', 'ph', 'gulf'], 'm');
  const mm = per('gulf', 'f');
  b.w`Q: Please state your name.\nA: ${P(v.L('IF'))}.\nQ: When were you born?\nA: ${BD(fd(v.dob, pick(['words', 'mdy-en']), 'en'))}.\nQ: Who arranged your job?\nA: An agent in ${pick(['Kathmandu', 'Manila', 'Kochi', 'Bishkek', 'Tashkent'])}, ${P(ag.L('IF'))}. I paid him ${int(500, 3000)} dollars.\nQ: Who was your employer?\nA: Madam ${P(mm.L(pick(['I', 'IF'])))}. She kept my passport, number ${PP(ppOf(v))}.\nQ: Did you have a phone?\nA: Only at night. My number was ${PH(phone(pick(['ae', 'sa'])))}.`;
});

T('en-chat-ios', 'en', 'latn', false, (b) => {
  const a = perOf(['ph', 'np', 'in', 'kg'], 'f');
  const c = perOf(['ph', 'in'], 'm');
  const A = a.L('I');
  const C = c.L('IF');
  const d = evt();
  const ts = () => `[${d.m}/${d.d}/${String(d.y).slice(2)}, ${tm12()}]`;
  b.w`${ts()} ${P(C)}: Hi ${P(A)}, visa is ready. Send me copy of passport and your birthday for ticket\n${ts()} ${P(A)}: ok sir ${PP(ppOf(a))}, ${BD(fd(a.dob, 'dmy/'))}\n${ts()} ${P(C)}: Good. Pay ${int(300, 900)} dirham to my sister ${P(perOf(['ph', 'in'], 'f').L('IF'))}, her number ${PH(phone('ae', pick([0, 1])))}`;
});

T('en-chat-android', 'en', 'latn', false, (b) => {
  const a = perCA('f');
  const c = perCA('m');
  const A = pick([a.L('I'), a.L('I').toLowerCase(), pick(DIMIN_LAT_F)]);
  const C = c.L('I') + ' ' + pick(['Dubai', 'Work', 'Agent', 'Istanbul']);
  const cn = c.L('I');
  const d = evt();
  const ts = () => `${pad(d.d)}/${pad(d.m)}/${d.y}, ${tm()}`;
  b.w`${ts()} - ${P(cn)}${C.slice(cn.length)}: salam, the job is still open\n${ts()} - ${P(A)}: how much salary\n${ts()} - ${P(cn)}${C.slice(cn.length)}: 1500$ first month, then more\n${ts()} - ${P(A)}: my friend ${P(perCA('f').L('I').toLowerCase())} also wants\n${ts()} - ${P(cn)}${C.slice(cn.length)}: ok send both passports here or to ${EM(emailOf(c))}\n${ts()} - ${P(A)}: <Media omitted>`;
});

T('en-journalist', 'en', 'latn', false, (b) => {
  const v = perCA('f');
  const r = perCA();
  b.w`"They told me I would be serving coffee," says ${P(v.L('I'))}, ${int(19, 31)}, from a village near ${pick(SRC_EN)}. Her recruiter, ${P(r.L('IF'))}, advertised on Instagram under the handle ${HD('@' + bizHandle())} and on Telegram as ${HD('t.me/' + bizHandle())}. ${P(v.L('I'))}'s mother, ${P(per(v.o, 'f').L('IF'))}, sold the family cow to pay for the ticket. ${P(r.L('F'))} did not respond to requests for comment.`;
});

T('en-job-ad', 'en', 'latn', false, (b) => {
  const r = perOf(['gulf', 'in', 'ph', 'kz']);
  b.w`URGENT HIRING — ${pick(['DUBAI', 'ABU DHABI', 'DOHA', 'RIYADH'])}\n${pick(['Housemaids', 'Cleaners', 'Waitresses', 'Spa therapists', 'Nannies'])} needed, age ${int(21, 23)}–${int(35, 40)}, salary AED ${int(15, 35)}00 + accommodation. No experience needed. Free visa & ticket!\nContact ${P(r.L(pick(['I', 'IF'])))}: ${PH(phone('ae'))} (WhatsApp only)\nEmail CV: ${EM(bizEmail())}\nIG: ${HD(bizHandle())}`;
});

T('en-visa-application', 'en', 'latn', false, (b) => {
  const p = perCA();
  const sp = per('gulf');
  b.w`ENTRY PERMIT APPLICATION — EMPLOYMENT\nApplicant surname: ${P(up(p.L('F')))}\nGiven names: ${P(up(p.L('I')))}\nDate of birth: ${BD(fd(p.dob, 'dmy/'))}\nPassport number: ${PP(ppOf(p))}   Expiry: ${fd(evt(2026, 2033), 'dmy/')}\nHome address: ${AD(enAddr(p.o === 'ko' ? 'kz' : p.o))}\nMobile: ${PH(phoneOf(p))}\nSponsor: ${P(sp.L('IF'))}, Emirates ID ${NI(emiratesId(sp.dob.y))}, mobile ${PH(phone('ae'))}\nProfession: ${pick(['Housemaid', 'Cleaner', 'Cook', 'Driver', 'Salesman'])}`;
});

T('en-hostel-registration', 'en', 'latn', false, (b) => {
  const g = perCA();
  const g2 = perCA();
  b.w`${pick(['Sunrise', 'Nomad', 'Silk Road', 'Old Town', 'Backpackers Inn'])} Hostel — guest registration\nRoom ${int(1, 40)}, bed ${int(1, 8)}\nGuest: ${P(g.L('CAPS'))}, ${ppEn(g)}, DOB ${BD(fd(g.dob, 'dmy.'))}\nGuest: ${P(g2.L('CAPS'))}, ${ppEn(g2)}, DOB ${BD(fd(g2.dob, 'dmy.'))}\nBooked by: ${P(perCA().L('IF'))}, ${PH(phone(pick(['kz', 'kg', 'uz'])))}\nCheck-in ${fd(evt(), 'dmy.')}, paid cash.`;
});

T('en-wu-receipt', 'en', 'latn', false, (b) => {
  const s = perOf(['gulf', 'tr', 'kz', 'in']);
  const r = perCA('f');
  b.w`WESTERN UNION — Money Transfer Receipt\nMTCN ${dig(3)}-${dig(3)}-${dig(4)}\nSender: ${P(up(s.L('FI')))}\nSender phone: ${PH(phone(s.o === 'tr' ? 'tr' : s.o === 'kz' ? 'kz' : 'ae'))}\nReceiver: ${P(up(r.L('FI')))}\nReceiver country: ${up(CTRY_EN[r.o])}\nAmount sent: USD ${int(100, 3000)}.00\nDate: ${fd(evt(), 'dmy/')}`;
});

T('en-bank-transfer', 'en', 'latn', false, (b) => {
  const a = per(pick(['gulf', 'tr']));
  const c = perCA();
  const cc1 = a.o === 'tr' ? 'TR' : pick(['AE', 'SA']);
  b.w`SWIFT MT103 (extract)\n:50K: Ordering customer: ${P(up(a.L('IF')))}\n  /${IB(iban(cc1, false))}\n:59: Beneficiary: ${P(up(c.L('IF')))}\n  /${IB(iban('KZ', false))}\n:70: ${pick(['FAMILY SUPPORT', 'SALARY', 'GIFT', 'LOAN REPAYMENT'])}\n:32A: ${String(evt().y).slice(2)}${pad(int(1, 12))}${pad(int(1, 28))}USD${int(500, 9000)},00`;
});

T('en-flight-manifest', 'en', 'latn', false, (b) => {
  const ps = Array.from({ length: int(2, 3) }, () => perCA());
  b.w`PASSENGER MANIFEST ${pick(['FZ1712', 'KC897', 'HY601', 'TK351', 'PC381', 'G9548', 'EK2073'])} / ${fd(evt(), 'DMONY')}\n`;
  ps.forEach((p, i) => {
    b.w`${pad(i + 1)} ${P(p.L('SLASH'))} ${sx(p, 'MR', pick(['MS', 'MRS']))}  ${ISO3[p.o]}  ${PP(up(ppOf(p)))}  ${BD(fd(p.dob, 'DMONY'))}\n`;
  });
  b.w`Group booking PNR ${up(Array.from({ length: 6 }, () => pick('ABCDEFGHJKLMNPQRSTUVWXYZ'.split(''))).join(''))}, agent ${P(perCA().L('IF'))}`;
});

T('en-facebook-post', 'en', 'latn', false, (b) => {
  const a = perOf(['ph', 'np', 'in'], 'f');
  const v = perOf(['ph', 'np'], 'f');
  b.w`PLEASE SHARE 🙏 My cousin ${P(v.L('IF'))} went to ${pick(['Riyadh', 'Kuwait', 'Dubai', 'Doha'])} as a domestic helper in ${pick(MONTHS.en)} and we have not heard from her for ${int(2, 9)} months. Her employer's number is ${PH(phone(pick(['sa', 'ae'])))}. Her agency in ${pick(['Manila', 'Kathmandu', 'Kochi'])} says they cannot help. If you know anything message me or call ${PH(phone(pick(['ae', 'sa'])))}. — ${P(a.L('I'))}`;
});

T('en-embassy-note', 'en', 'latn', false, (b) => {
  const v = perCA('f');
  const c = per(v.o === 'ko' ? 'kz' : v.o, 'm');
  b.w`Embassy of ${EMB_EN[v.o]} — Note Verbale No. ${int(10, 999)}\nThe Embassy presents its compliments and kindly requests assistance in locating ${P(v.L('IF'))}, ${enDob(v, 0)}, holder of ${ppEn(v)}, whose last known address in ${pick(['Dubai', 'Sharjah', 'Ajman'])} was ${AD(enAddr('ae'))}. Contact person: ${P(c.L('iF'))}, Consul, ${PH(phone('ae'))}, ${EM(emailOf(c))}.`;
});

T('en-labour-inspection', 'en', 'latn', false, (b) => {
  const m = perOf(['gulf', 'in', 'tr'], 'm');
  const ws = Array.from({ length: 3 }, () => perOf(['np', 'in', 'uz', 'tj', 'kg'], 'm'));
  b.w`Labour inspection finding — construction site, ${pick(['Jebel Ali', 'Al Quoz', 'Mussafah', 'Sharjah Industrial Area 6'])}\nSite manager: ${P(m.L('IF'))}, ${PH(phone('ae'))}.\nWorkers interviewed: ${join(
    ws.map((w) => [P(w.L(pick(['IF', 'FI']))), ' (', ppEn(w), ')']),
    '; ',
  )}.\nAll three stated their passports were kept by the manager and wages unpaid for ${int(2, 7)} months. Accommodation inspected at ${AD(enAddr('ae'))}.`;
});

T('en-kr-case', 'en', 'latn', false, (b) => {
  const a = per('kr', 'm');
  const w1 = perOf(['kz', 'uz', 'kg']);
  const w2 = perOf(['kz', 'uz', 'kg']);
  b.w`Ansan Police (translation): farm owner ${P(a.L('IF'))}, ${PH(phone('kr'))}, employed ${P(w1.L('IF'))} (${ppEn(w1)}) and ${P(w2.L('IF'))} without permits at a greenhouse at ${AD(enAddr('kr'))}. Wages were paid to an account in the name of ${P(per('ko').L('IF'))}. Vehicle used for transport: ${PL(`${int(10, 99)}${pick(['가', '나', '다', '라', '마', '거', '너'])} ${dig(4)}`)}.`;
});

T('en-interpol-notice', 'en', 'latn', false, (b) => {
  const s = perCA('m');
  b.w`Wanted person — summary\nFamily name: ${P(up(s.L('F')))}\nForename: ${P(up(s.L('I')))}\nDate of birth: ${BD(fd(s.dob, 'ymd'))}\nNationality: ${NAT_EN[s.o]}\nIdentity documents: ${ppEn(s)}${nidEn(s) ? ['; ', nidEn(s)] : ''}\nCharges: trafficking in human beings; organising illegal migration.\nMay use phone ${PH(phoneOf(s))} and Telegram ${HD('@' + handleOf(s))}.`;
});

T('en-mrz-scan', 'en', 'latn', false, (b) => {
  const p = perOf(['kz', 'kg', 'uz', 'tj', 'np', 'ph', 'in', 'af', 'tm']);
  b.w`OCR of passport data page (uploaded ${enWhen()}):\n`;
  b.put(mrzPieces(p));
  b.w`\nHolder contact: ${PH(phone(pick(['ae', 'sa', 'kz', 'uz'])))}`;
});

T('en-shelter-note', 'en', 'latn', false, (b) => {
  const v = perOf(['ph', 'np', 'in', 'kg', 'uz'], 'f');
  const sw = per('gulf', 'f');
  b.w`Shelter note — ${enWhen()}. Resident ${P(v.L('IF'))} (Emirates ID ${NI(emiratesId(v.dob.y))}) met with social worker ${P(sw.L('I'))} today. She asked us to contact her husband ${P(per(v.o, 'm').L('I'))} on ${PH(phone(pick(['ae', 'kz', 'uz'])))}. Her former sponsor, ${P(per('gulf', 'm').L('IF'))}, has filed an absconding report.`;
});

T('en-tip-report', 'en', 'latn', false, (b) => {
  const d = perCA('m');
  const c = perCA('f');
  b.w`In ${int(2020, 2023)}, courts convicted ${int(5, 40)} traffickers. In one case, ${P(d.L('IF'))} and ${P(c.L('IF'))} were sentenced to ${int(6, 12)} and ${int(3, 8)} years for recruiting ${int(10, 25)} women to ${pick(DEST_EN)} through a travel agency. ${P(d.L('F'))}'s accomplice ${P(perCA('m').L('iF'))} remains at large.`;
});

T('en-seafarer', 'en', 'latn', false, (b) => {
  const s = perOf(['ph', 'in', 'ru', 'uz'], 'm');
  const cpt = perOf(['tr', 'gulf', 'cn'], 'm');
  b.w`Crew complaint — MV ${pick(['Ocean Pearl', 'Sea Falcon', 'Golden Star', 'Blue Horizon'])}, IMO ${int(9000000, 9899999)}\nComplainant: ${P(s.L('IF'))}, seaman's book no. ${PP(passport('seaman'))}, ${ppEn(s)}.\nStates that the master, Capt. ${P(cpt.L('IF'))}, has withheld his documents and ${int(3, 11)} months' wages. Family contact: ${PH(phone(pick(['ae', 'ru', 'tr'])))}.`;
});

T('en-witness-statement', 'en', 'latn', false, (b) => {
  const w = perCA();
  const s = perCA('m');
  const v = perCA('f');
  b.w`WITNESS STATEMENT\nName: ${P(w.L('IF'))}\nAddress: ${AD(enAddr(w.o === 'ko' ? 'kz' : w.o === 'tm' ? 'kz' : w.o))}\nI have known ${P(s.L('IF'))} since ${int(2010, 2020)}. In ${pick(MONTHS.en)} ${int(2021, 2023)} I saw him put ${P(v.L('I'))} and two other girls into a ${pick(['white Toyota Alphard', 'grey Hyundai Starex', 'black Lexus LX'])} with the number plate ${PL(plate(pick(['kz', 'kg', 'uz'])))}. I believe ${P(v.L('I'))} was ${int(15, 17)} years old.`;
});

T('en-money-kaspi', 'en', 'latn', false, (b) => {
  const s = per('kz');
  const r = perCA();
  b.w`Transfer receipt (Kaspi Gold)\nFrom: ${P(s.L('I') + ' ' + s.L('F')[0] + '.')}, card ${CA(card('kaspi', pick([5, 6, 7])))}\nTo: ${P(r.L('I') + ' ' + r.L('F')[0] + '.')}, phone ${PH(phone('kz', pick([0, 1, 4])))}\nAmount: ${int(10, 900)},000 KZT\nDate: ${fd(evt(), 'dmy.')} ${tm()}`;
});

T('en-gulf-domestic', 'en', 'latn', false, (b) => {
  const v = perOf(['ph', 'np', 'in'], 'f');
  const e = per('gulf', 'm');
  const ag = perOf(['ph', 'np', 'in']);
  b.w`${P(v.L('IF'))}, ${/^[AEIOU]/.test(NAT_EN[v.o]) ? 'an' : 'a'} ${NAT_EN[v.o]} domestic worker ${enDob(v, pick([0, 4, 5]))}, told investigators that her employer ${P(e.L('IF'))} in ${pick(['Riyadh', 'Jeddah', 'Dammam'])} confiscated her passport (${PP(ppOf(v))}) and iqama. Her recruitment agent, ${P(ag.L('IF'))}, charged her ${int(1000, 4000)} dollars. Salary was paid into an account in the employer's name, IBAN ${IB(iban('SA'))}.`;
});

T('en-social-tiktok', 'en', 'latn', false, (b) => {
  const a = perCA('f');
  b.w`${HD('@' + handleOf(a))}: guys be careful!!! this "agency" ${HD('@' + bizHandle())} promised my friend ${P(perCA('f').L('I'))} work in ${pick(DEST_EN)} and took her money. the woman calls herself ${P(perCA('f').L('IF'))}, phone ${PH(phone(pick(['kz', 'uz', 'kg'])))}. dm me if same happened to you`;
});

T('en-case-referral-email', 'en', 'latn', false, (b) => {
  const fr = perCA();
  const v = perCA('f');
  b.w`From: ${P(fr.L('IF'))} <${EM(emailOf(fr))}>\nSubject: referral — ${P(v.L('I'))}\n\nDear colleagues, we refer ${P(v.L('IF'))}, ${enDob(v, 1)}, ${nidEn(v) || ppEn(v)}, who returned from ${pick(DEST_EN)} on ${enWhen()}. She lives at ${AD(enAddr(['kz', 'kg', 'uz', 'tj'].includes(v.o) ? v.o : 'kz'))} and can be reached on ${PH(phoneOf(v))}.\nBest regards, ${P(fr.L('I'))}`;
});

T('en-bus-manifest', 'en', 'latn', false, (b) => {
  const dr = per(pick(['kg', 'uz']), 'm');
  const ps = Array.from({ length: int(2, 3) }, () => per(dr.o));
  b.w`Bus ${pick(['Osh–Moscow', 'Andijan–Kazan', 'Bishkek–Novosibirsk'])}, plate ${PL(plate(dr.o))}, driver ${P(dr.L('IF'))}\n`;
  ps.forEach((p, i) => b.w`${i + 1}) ${P(p.L('CAPS'))}, ${PP(ppOf(p))}, ${BD(String(p.dob.y))}\n`);
});

T('en-court-uk-style', 'en', 'latn', false, (b) => {
  const d = perOf(['kz', 'uz', 'ru'], 'm');
  const v1 = perCA('f');
  const v2 = perOf(['ph', 'np'], 'f');
  b.w`R v ${P(d.L('F'))} — sentencing remarks. ${P(d.L('IF'))}, you are ${int(30, 55)} years old. Between ${int(2018, 2021)} and ${int(2022, 2023)} you arranged the travel of ${P(v1.L('IF'))} and ${P(v2.L('IF'))} with a view to their exploitation. You used the e-mail address ${EM(emailOf(d))} and the mobile number ${PH(phone(pick(['ru', 'kz', 'ae'])))}.`;
});

T('en-afghan-route', 'en', 'latn', false, (b) => {
  const a = per('af', 'f');
  const s = per('af', 'm');
  const t = per('tj', 'm');
  b.w`Interview with ${P(a.L('IF'))} (${enDob(a, 3)}), ${ppEn(a)}. She crossed into Tajikistan with the help of ${P(s.L('IF'))}, a smuggler known as "${P(pick(NICK_LAT))}". In Dushanbe they stayed with ${P(t.L('IF'))}, phone ${PH(phone('tj'))}.`;
});

T('en-uae-police-report', 'en', 'latn', false, (b) => {
  const s = perCA('f');
  const v = perCA('f');
  b.w`Sharjah Police — report ${int(100, 999)}/${int(2019, 2024)}\nSuspect: ${P(s.L('IF'))}, ${NAT_EN[s.o]}, ${ppEn(s)}, Emirates ID ${NI(emiratesId(s.dob.y))}, residing at ${AD(enAddr('ae'))}.\nVictim: ${P(v.L('IF'))}, ${enDob(v, 6)}.\nThe suspect's car, ${pick(['Nissan Sunny', 'Toyota Corolla', 'Mitsubishi Pajero'])}, plate ${PL(plate('ae'))} (Sharjah), was seen at the ${pick(['hotel', 'flat', 'massage centre'])}.`;
});

T('en-social-handles', 'en', 'latn', false, (b) => {
  const r = perCA();
  b.w`Accounts linked to the recruiter ${P(r.L('IF'))}:\n- Instagram: ${HD(handleOf(r))}\n- Telegram: ${HD('t.me/' + bizHandle())}\n- TikTok: ${HD('@' + handleOf(r))}\n- e-mail: ${EM(emailOf(r))}\n- phone: ${PH(phoneOf(r))}`;
});

T('en-nepal-agent', 'en', 'latn', false, (b) => {
  const v = per('np', 'f');
  const a = per('np', 'm');
  b.w`${P(v.L('IF'))} from ${pick(['Sindhupalchok', 'Nuwakot', 'Dhading', 'Makwanpur'])}, passport ${PP(passport('np'))}, says the agent ${P(a.L('IF'))} took NPR ${int(100, 400)},000 for a job in ${pick(['Qatar', 'Kuwait', 'Malaysia', 'Dubai'])}. She was told her salary would go to an account opened by ${P(a.L('I'))} ${pick(['dai', 'ji', 'sir'])}.`;
});

T('en-philippines-ofw', 'en', 'latn', false, (b) => {
  const v = per('ph', 'f');
  const mid = pick('ABCDEGLMRS'.split(''));
  b.w`OWWA assistance request: ${P(v.L('I') + ' ' + mid + '. ' + v.L('F'))}, OFW, ${ppEn(v)}, ${enDob(v, 4)}, currently in ${pick(['Riyadh', 'Kuwait City', 'Dubai'])}. Employer: ${P(per('gulf', 'm').L('IF'))}, mobile ${PH(phone(pick(['sa', 'ae'])))}. Next of kin in ${pick(['Pampanga', 'Iloilo', 'Cebu', 'Davao'])}: ${P(per('ph').L('IF'))}, ${PH(`+63 9${dig(2)} ${dig(3)} ${dig(4)}`)}.`;
});

T('en-debt-bondage-notes', 'en', 'latn', false, (b) => {
  const v = perCA('f');
  const r = perCA('f');
  b.w`Interview notes: ${P(v.L('I'))} said ${P(r.L('I'))} ("${P(pick(NICK_LAT))}") told her she owed $${int(3, 12)},000. She sent money home via Golden Crown to her mother ${P(per(v.o, 'f').L('IF'))}. ${P(r.L('I'))}'s card number, which she saw on a receipt: ${CA(card(null, pick([0, 5, 6])))}.`;
});

T('en-residence-permit', 'en', 'latn', false, (b) => {
  const p = perCA();
  b.w`Residence file — ${P(p.L('IF'))}\nUAE residence visa file no. ${PP(passport('uaevisa'))}\nEmirates ID: ${NI(emiratesId(p.dob.y))}\nPassport: ${PP(ppOf(p))}\nSponsor: ${pick(['Star Cleaning Services LLC', 'Golden Hands Maids LLC', 'Al Noor Technical Works'])}\nMobile: ${PH(phone('ae'))}`;
});

T('en-turkish-employer', 'en', 'latn', false, (b) => {
  const e = per('tr');
  const v = per(pick(['uz', 'tm', 'kg']), 'f');
  b.w`${P(v.L('IF'))} worked as a live-in carer for ${P(e.T('IF'))}'s elderly mother at ${AD(trAddr())}, ${pick(['Kadıköy', 'Bakırköy', 'Esenyurt', 'Üsküdar'])}. Her foreigner ID number was ${NI(tcNo('99'))}. ${P(e.T('I'))} paid her wages into a Ziraat account, IBAN ${IB(iban('TR'))}.`;
});

T('en-chinese-factory', 'en', 'latn', false, (b) => {
  const m = per('cn', 'm');
  const w = perCA();
  b.w`Complaint from ${P(w.L('IF'))}: the manager ${P(m.L('IF'))} at the ${pick(['garment', 'electronics', 'shoe'])} factory in ${pick(['Khorgos', 'Urumqi', 'Kashgar'])} kept workers' passports. His WeChat ID: ${HD(m.L('I').toLowerCase().replace(/\s/g, '') + '_' + int(100, 9999))}. Contact at home: ${PH(phoneOf(w))}.`;
});

T('en-crime-blotter', 'en', 'latn', false, (b) => {
  const a = perCA('m');
  const c = perCA('f');
  b.w`Almaty police detained ${P(a.L('IF'))} (${enDob(a, 3)}) and ${P(c.L('IF'))} (${enDob(c, 3)}) on suspicion of selling a ${int(16, 17)}-year-old girl. ${P(a.L('F'))} was stopped in a ${pick(['Toyota Camry', 'Hyundai Sonata', 'Kia K5'])} with plates ${PL(plate('kz'))}.`;
});

// ======================================================== EN negatives ====
T('en-neg-report', 'en', 'latn', true, (b) => {
  b.w`In ${int(2019, 2023)}, the ${pick(['Ministry of Labour and Social Protection', 'Ministry of Internal Affairs', "Prosecutor General's Office", 'Migration Agency'])} registered ${int(50, 900)} cases of trafficking, up ${int(3, 40)}% from the previous year. ${int(40, 80)}% of identified victims were women aged ${int(18, 21)}–${int(30, 40)}. The national referral mechanism was updated on ${enWhen()}.`;
});
T('en-neg-flights', 'en', 'latn', true, (b) => {
  b.w`Flight ${pick(['FZ 1712', 'KC 917', 'HY 253', 'TK 345', 'EK 2069', 'G9 548'])} from ${pick(SRC_EN)} to ${pick(DEST_EN)} departs daily at ${tm()}; the return flight ${pick(['FZ 1713', 'KC 918', 'HY 254'])} lands at ${tm()}. Train No. ${int(1, 99)} to ${pick(['Moscow', 'Saratov', 'Novosibirsk'])} takes ${int(2, 4)} days.`;
});
T('en-neg-named-orgs', 'en', 'latn', true, (b) => {
  const s = sample(
    [
      'the Fulbright Program',
      'the Friedrich Ebert Foundation',
      'Nazarbayev University',
      'Al-Farabi Kazakh National University',
      'the Aga Khan Foundation',
      'Sheikh Khalifa Medical City',
      'the Konrad Adenauer Foundation',
      'Westminster International University in Tashkent',
      'the Mohammed bin Rashid School of Government',
      'Suleyman Demirel University',
    ],
    3,
  );
  b.w`The workshop was co-hosted by ${s[0]} and ${s[1]}, with funding from ${s[2]}. Sessions took place on Sheikh Zayed Road and at the Abay Opera House.`;
});
T('en-neg-hotlines', 'en', 'latn', true, (b) => {
  b.w`Call the 24/7 hotline ${pick(['1414', '116 16', '189', '1105'])} (toll free) or ${pick(['+7 800 080 7777', '0 800 222 555', '8-800-2000-122'])}. In the UAE, the Ewa'a shelters can be reached on 800 7283; in an emergency dial ${pick(['999', '112', '102'])}.`;
});
T('en-neg-legal', 'en', 'latn', true, (b) => {
  b.w`Article ${pick(['128', '135', '308'])} of the Criminal Code of Kazakhstan, Article ${pick(['171', '124'])} of the Kyrgyz Criminal Code, Article 135 of the Uzbek Criminal Code and Federal Law No. 51 of 2006 (UAE) all criminalise trafficking. Case No. ${int(1, 999)}/${int(2019, 2024)} was adjourned to ${enWhen()}.`;
});
T('en-neg-demographics', 'en', 'latn', true, (b) => {
  b.w`Victims were mostly ${sample(['Uzbek', 'Tajik', 'Kyrgyz', 'Kazakh', 'Nepali', 'Filipino', 'Afghan'], 3).join(', ')} women aged ${int(18, 20)} to ${int(30, 45)}. Interviews were held in ${sample(['Dari', 'Pashto', 'Russian', 'Tagalog', 'Nepali', 'Uzbek'], 3).join(', ')}. ${pick(['May', 'June', 'March'])} and ${pick(['October', 'November'])} saw the most departures.`;
});
T('en-neg-invoice', 'en', 'latn', true, (b) => {
  b.w`Invoice No. INV-${int(2019, 2024)}-${pad(int(1, 9999), 4)} — ${int(2, 12)} x ${pick(['Toyota Hiace', 'Chevrolet Damas', 'Hyundai County', 'Ford Transit'])} rental, total USD ${int(1, 30)},${pad(int(0, 999), 3)}. Contract No. ${int(10, 99)}/${pick(['TR', 'AE', 'KZ'])}-${int(100, 999)} dated ${enWhen()}.`;
});
T('en-neg-place-names', 'en', 'latn', true, (b) => {
  const [c1, c2] = sample(['Georgia', 'Jordan', 'Chad'], 2);
  b.w`The group transited through ${c1} and ${c2} before reaching ${pick(['Victoria Island', 'Medina', 'Florence'])}. Others were moved via ${pick(['Aktau', 'Termez', 'Khorgos'])} and the ${pick(['Manas', 'Ala-Too', 'Alatau'])} checkpoint.`;
});
T('en-neg-capitalised', 'en', 'latn', true, (b) => {
  b.w`${pick(['Hope', 'Grace', 'Faith'])} House, a shelter run by ${pick(['Caritas', 'La Strada', 'Sana Sezim', 'Istiqbolli Avlod'])}, opened in ${pick(MONTHS.en)} ${int(2019, 2023)}. ${pick(['Will the numbers grow?', 'Mark your calendars: the next training is in June.', 'Sandy roads near the border slow the convoys.', 'Rose Garden Hotel hosted the donors.'])} Staff said ${pick(['April', 'June', 'August'])} would show.`;
});
T('en-neg-sums', 'en', 'latn', true, (b) => {
  b.w`Each worker paid between $${int(800, 1500)} and $${int(2000, 5000)} in recruitment fees; the total damage is estimated at AED ${int(1, 9)}.${int(1, 9)} million. The court ordered compensation of ${int(100, 900)},000 tenge per victim.`;
});

// ================================================================ KAZAKH ====
function kkDob(p, k = null) {
  const st = k ?? int(0, 4);
  return [
    ['туған күні: ', BD(fd(p.dob, 'dmy.'))],
    [BD(String(p.dob.y)), ' жылы туған'],
    [BD(fd(p.dob, 'dmy.')), ' ж.т.'],
    [BD(fd(p.dob, 'dmy.')), ' жылы туған'],
    [BD(String(p.dob.y)), ' ж.т.'],
  ][st];
}
const kkDate = (x = evt()) => (chance(0.5) ? `${x.y} жылғы ${x.d} ${MONTHS.kk[x.m - 1]}` : `${fd(x, 'dmy.')} ж.`);
const KK_PHC = ['тел.: ', 'ұялы тел.: ', 'байланыс нөмірі: ', 'WhatsApp: ', 'тел. ', 'нөмірі '];
const phKk = (p, cc = null) => [pick(KK_PHC), PH(cc ? phone(cc) : phoneOf(p))];
const KK_COURT = [
  'Алматы қаласының қылмыстық істер жөніндегі мамандандырылған ауданаралық соты',
  'Астана қаласы Сарыарқа аудандық соты',
  'Шымкент қаласы Еңбекші аудандық соты',
  'Түркістан облысының қылмыстық істер жөніндегі мамандандырылған ауданаралық соты',
  'Ақтөбе қаласының № 2 аудандық соты',
];
const KK_CITY = ['Алматы', 'Астана', 'Шымкент', 'Тараз', 'Ақтөбе', 'Қызылорда', 'Түркістан', 'Атырау', 'Семей'];
const kkPP = (p) => (chance(0.5) ? ['төлқұжат № ', PP(passport('kz'))] : ['жеке куәлік № ', PP(passport('kzid'))]);

T('kk-verdict-intro', 'kk', 'cyrl', false, (b) => {
  const j = perCA();
  const s = perCA();
  const pr = perCA();
  const ad = perCA();
  const d = per('kz', 'm');
  b.w`ҮКІМ\nҚАЗАҚСТАН РЕСПУБЛИКАСЫНЫҢ АТЫНАН\n\n${kkDate()}   ${pick(KK_CITY)} қаласы\n\n${pick(KK_COURT)} төрағалық етуші судья ${P(j.K('Fi'))}, сот отырысының хатшысы ${P(s.K('Fi'))}, мемлекеттік айыптаушы ${P(pr.K('Fi'))}, қорғаушы — адвокат ${P(ad.K('Fi'))} қатысуымен, ашық сот отырысында\n${P(d.K('FIO'))}, ${kkDob(d)}, ${pick(KK_CITY)} қаласында туған, Қазақстан Республикасының азаматы, ЖСН ${NI(iin(d.dob, 'm'))}, ${AD(kkAddr())} мекенжайы бойынша тұратын, бұрын сотталмаған,\nҚР ҚК-нің 128-бабы 2-бөлігінің ${int(1, 4)}) тармағымен айыпталған қылмыстық істі қарап,\nАНЫҚТАДЫ:`;
});

T('kk-verdict-facts', 'kk', 'cyrl', false, (b) => {
  const a = perCA('m');
  const c = perCA('f');
  const v = perCA('f');
  b.w`Сотталушы ${P(a.K('FI'))} ${int(2020, 2023)} жылдың ${pick(MONTHS.kk)} айында ${P(c.K('IF'))} екеуі алдын ала сөз байласып, жәбірленуші ${P(v.K('IF', 'acc'))} Дубай қаласында даяшы болып жұмыс істетеміз деп алдап, шетелге жіберген. ${P(c.K('I'))} жәбірленушінің № ${PP(passport('kz'))} төлқұжатын тартып алып, оны ${int(3, 12)} мың АҚШ доллары көлеміндегі «қарызды» өтеуге мәжбүрлеген. Ақша ${P(c.K('FIO', 'gen'))} атына ресімделген ${CA(card('kaspi'))} картасына аударылған.`;
});

T('kk-police-report', 'kk', 'cyrl', false, (b) => {
  const d = per('kz', 'm');
  const x1 = perCA();
  const x2 = perCA();
  const off = per('kz', 'm');
  b.w`БАЯНАТ\n\n${kkDate()} сағат ${tm()} шамасында «Көші-қон» жедел-алдын алу іс-шарасы барысында ${pick(['Алматы — Бішкек', 'Шымкент — Ташкент', 'Алматы — Қорғас'])} тас жолының ${int(10, 500)} шақырымында «${pick(['Toyota Camry', 'Mercedes-Benz Sprinter', 'Hyundai Starex', 'Lexus LX 570'])}» автокөлігі, мемлекеттік нөмірі ${PL(plate('kz'))}, тоқтатылды. Жүргізуші — ${P(d.K('FIO'))}, ${kkDob(d)}, ЖСН ${NI(iin(d.dob, 'm'))}, ${phKk(d)}. Көлікте құжатсыз ${int(4, 12)} адам болған, оның ішінде ${P(x1.K('IF'))}, ${P(x2.K('IF'))}.\nАға инспектор ${P(off.K('Fi'))}`;
});

T('kk-intake', 'kk', 'cyrl', false, (b) => {
  const v = per('kz', 'f');
  const r = per('kz');
  b.w`БАСТАПҚЫ ӨТІНІШ САУАЛНАМАСЫ\n«${pick(['Сана Сезім', 'Мейірім', 'Үміт', 'Ақ Жол'])}» дағдарыс орталығы\n\nТегі, аты, әкесінің аты: ${P(v.K('FIO'))}\nТуған күні: ${BD(fd(v.dob, 'dmy.'))}\nЖСН: ${NI(iin(v.dob, 'f'))}\nБайланыс телефоны: ${PH(phone('kz'))}\nМекенжайы: ${AD(kkAddr())}\nЖіберген мекеме: ${pick(['полиция', 'сенім телефоны', 'елшілік', 'өзі келді'])}\nСенімді адам: ${P(r.K('IF'))} (${sx(r, 'ағасы', 'әпкесі')}), ${PH(phone('kz'))}\nӨтініш берген күні: ${fd(evt(), 'dmy.')}`;
});

T('kk-hotline', 'kk', 'cyrl', false, (b) => {
  const c = per('kz', 'f');
  const d = per('kz', 'f', { y1: 1996, y2: 2006 });
  const e = per('tr', 'm');
  b.w`Қоңырау № ${int(1000, 9999)}, ${fd(evt(), 'dmy.')} ${tm()}\nЖелі: 111\nҚоңырау шалушы: әйел, өзін ${P(c.K(pick(['I', 'IF'])))} деп таныстырды, нөмірі ${PH(phone('kz'))}.\nМәні: қызы ${P(d.K('IF'))} (${BD(String(d.dob.y))} ж.т.) ${int(2, 11)} ай бұрын Түркияға жұмысқа кеткен. Жұмыс беруші — ${P(e.T('IF'))}, нөмірі ${PH(phone('tr'))}. Қызы соңғы рет ${HD('@' + handleOf(d))} аккаунтынан жазған.\nҚабылданған шаралар: кеңес берілді, ІІМ-ге хабарланды.`;
});

T('kk-interview', 'kk', 'cyrl', false, (b) => {
  const v = per('kz', 'f');
  const n = per('kz', 'f');
  const m = per('gulf', 'm');
  b.w`— Аты-жөніңіз кім?\n— ${P(v.K(pick(['FIO', 'IF', 'FI'])))}.\n— Қай жылы тудыңыз?\n— ${BD(String(v.dob.y))} жылы.\n— Сізге жұмысты кім ұсынды?\n— Көршіміз ${P(n.K('I'))} апай. Ол Дубайда жиені жұмыс істейтінін айтты.\n— Онда сізді кім қарсы алды?\n— ${P(m.L('I'))} деген ер адам. Ол бірден төлқұжатымды алып қойды.\n— Оның телефон нөмірі есіңізде ме?\n— Иә, ${PH(phone('ae'))}.`;
});

T('kk-chat', 'kk', 'cyrl', false, (b) => {
  const a = per('kz', 'f');
  const r = per('kz', 'f');
  const an = pick([a.K('I'), a.K('I').toLowerCase(), a.K('IF')]);
  const rn = pick([r.K('I'), pick(NICK_RU)]);
  const d = fd(evt(), 'dmy2');
  b.w`[${d}, ${tms()}] ${P(an)}: сәлем, жұмыс туралы жазып тұрмын\n[${d}, ${tms()}] ${P(rn)}: Сәлем! Төлқұжатыңның суретін және ЖСН-іңді жібер\n[${d}, ${tms()}] ${P(an)}: ${NI(iin(a.dob, 'f'))}\n[${d}, ${tms()}] ${P(an)}: төлқұжат ${PP(passport('kz'))}\n[${d}, ${tms()}] ${P(rn)}: Жақсы. Билетке ақшаны Kaspi-ге аудар ${PH(phone('kz'))}, алушы ${P(r.K('I') + ' ' + r.K('F')[0] + '.')}`;
});

T('kk-ad', 'kk', 'cyrl', false, (b) => {
  const r = per('kz', 'f');
  b.w`🔥 ${pick(['ДУБАЙДА', 'СТАМБҰЛДА', 'СЕУЛДА', 'АНТАЛЬЯДА'])} ЖҰМЫС 🔥\n${int(18, 20)}–${int(28, 35)} жастағы қыздар қажет: даяшы, хостес, бала күтуші.\nЖалақы ${int(10, 25)}00$ бастап + тамақ, тұрғын үй тегін.\nВиза мен билет — жұмыс берушінің есебінен!\nХабарласыңыз: ${PH(phone('kz'))} (${P(r.K('I'))})\nWhatsApp: ${PH(phone(pick(['ae', 'tr'])))}\nTelegram: ${HD('@' + bizHandle())}`;
});

T('kk-social-missing', 'kk', 'cyrl', false, (b) => {
  const g = per('kz', 'f', { y1: 1995, y2: 2006 });
  const m = per('kz', 'f');
  b.w`ІЗДЕУ САЛЫНДЫ! ${P(g.K('IF'))}, ${BD(String(g.dob.y))} жылы туған. ${cap(pick(MONTHS.kk))} айында Түркияға жұмысқа кетіп, хабарсыз кетті. Соңғы рет ${PH(phone('tr'))} нөмірінен хабарласқан. Инстаграмы: ${HD(handleOf(g))}. Білетіндер анасы ${P(m.K('I'))} апайға хабарласыңыздар: ${PH(phone('kz'))}. Бөлісіңіздер!`;
});

T('kk-kaspi', 'kk', 'cyrl', false, (b) => {
  const s = per('kz');
  const r = perCA();
  b.w`Kaspi.kz\nАударым сәтті орындалды ✅\nСомасы: ${int(5, 500)} 000 ₸\nЖіберуші: ${P(s.K('I') + ' ' + s.K('F')[0] + '.')}\nКарта: ${CA(card('kaspi', pick([5, 6, 7])))}\nАлушы: ${P(r.K('I') + ' ' + r.K('F')[0] + '.')}\nАлушының нөмірі: ${PH(phone('kz', pick([0, 1, 2])))}\nКүні: ${fd(evt(), 'dmy.')} ${tms()}\nТүбіртек № ${dig(10)}`;
});

T('kk-embassy', 'kk', 'cyrl', false, (b) => {
  const v = per('kz', 'f');
  const c = per('kz', 'm');
  const e = per('gulf', 'm');
  b.w`Қазақстан Республикасының ${pick(['Біріккен Араб Әмірліктеріндегі', 'Түркия Республикасындағы', 'Сауд Арабиясы Корольдігіндегі', 'Катар Мемлекетіндегі'])} Елшілігі\nШығ. № ${int(10, 999)}, ${fd(evt(), 'dmy.')}\n\nЕлшілік Қазақстан Республикасының азаматшасы ${P(v.K('FIO'))}, ${kkDob(v, 2)}, ${kkPP(v)}, жұмыс берушісі ${P(e.L('IF'))} тарапынан ұсталып отырғаны туралы консулдық бөлімге жүгінгенін хабарлайды. Байланыс үшін: консул ${P(c.K('Fi'))}, тел. ${PH(phone('ae'))}, ${EM(emailOf(c))}.`;
});

T('kk-journalist', 'kk', 'cyrl', false, (b) => {
  const v = per('kz', 'f');
  const r = perCA('f');
  b.w`«Маған кафеде жұмыс уәде етті», — дейді ${int(19, 30)} жастағы ${P(v.K('I'))}. Оны шетелге ${P(r.K('IF'))} есімді әйел жіберген. Ол Instagram-дағы ${HD('@' + bizHandle())} парақшасы арқылы жарнама берген. ${P(v.K('I', 'gen'))} айтуынша, Дубайға барған бойда төлқұжатын тартып алған. Қазір ${P(r.K('F'))} іздеуде.`;
});

T('kk-explanation', 'kk', 'cyrl', false, (b) => {
  const a = per('kz', 'f');
  const boss = perCA();
  b.w`ТҮСІНІКТЕМЕ\nМен, ${P(a.K('FIO'))}, ${kkDob(a)}, мекенжайы: ${AD(kkAddr())}, мынаны түсіндіремін: ${int(2021, 2023)} жылдың ${pick(MONTHS.kk)} айынан бастап ${P(boss.K('IF', 'gen'))} цехында жұмыс істедім. Жалақы төленбеді, төлқұжатымды ${P(boss.K('I'))} өзінде сақтады. Бізді жұмысқа ${pick(['Lada Largus', 'Daewoo Nexia', 'Toyota Estima'])} көлігімен, нөмірі ${PL(plate('kz'))}, тасыды.\nМенің сөзімнен дұрыс жазылды. ${P(a.K('Fi'))}`;
});

T('kk-labour', 'kk', 'cyrl', false, (b) => {
  const d = per('kz', 'm');
  const ws = [perCA('m'), perCA('m'), perCA('m')];
  const ins = per('kz');
  b.w`ТЕКСЕРУ АКТІСІ № ${int(10, 999)}\nТексеру объектісі: «${pick(['Алтын Жол Құрылыс', 'Silk Way Textile', 'Нұр-Агро', 'EuroFasad'])}» ЖШС, БСН ${binKz()}, директоры ${P(d.K('FIO'))}.\nТексеру барысында объектіде еңбек шартынсыз шетел азаматтары жұмыс істейтіні анықталды, оның ішінде ${join(
    ws.map((w) => P(w.K('IF'))),
    ', ',
  )}. Жұмысшылардың айтуынша, олардың төлқұжаттары директор ${P(d.K('I', 'gen'))} сейфінде сақталады.\nМемлекеттік еңбек инспекторы ${P(ins.K('Fi'))}`;
});

T('kk-prosecutor', 'kk', 'cyrl', false, (b) => {
  const a = per('kz', 'm');
  const c = per('kz', 'f');
  const v1 = perCA('f');
  const v2 = perCA('f');
  b.w`${pick(['Алматы қаласының', 'Түркістан облысының', 'Жамбыл облысының', 'Астана қаласының'])} прокуратурасы ${P(a.K('IF', 'dat'))} және ${P(c.K('IF', 'dat'))} қатысты қылмыстық істі сотқа жолдады. Тергеу деректері бойынша, олар ${int(2020, 2023)} жылы ${int(5, 20)} қызды БАӘ-ге жіберген, соның ішінде ${P(v1.K('IF'))} (${BD(String(v1.dob.y))} ж.т.) мен ${P(v2.K('IF'))}. Ақша ${IB(iban('KZ'))} шотына түскен.`;
});

T('kk-bus-list', 'kk', 'cyrl', false, (b) => {
  const dr = per('kz', 'm');
  const ps = Array.from({ length: int(2, 3) }, () => perCA());
  b.w`ЖОЛАУШЫЛАР ТІЗІМІ\nБағыты: ${pick(['Шымкент — Мәскеу', 'Алматы — Новосібір', 'Орал — Самара'])}\nАвтобус: ${pick(['Yutong', 'Setra', 'King Long'])}, мемлекеттік нөмірі ${PL(plate('kz'))}\nЖүргізуші: ${P(dr.K('FIO'))}, ${phKk(dr)}\n`;
  ps.forEach((p, i) => b.w`${i + 1}. ${P(up(p.K('FIO')))} — ${ppRu(p)}\n`);
});

T('kk-hotel-card', 'kk', 'cyrl', false, (b) => {
  const g = per('kz');
  b.w`«${pick(['Достар', 'Қазақстан', 'Нұр', 'Жібек жолы'])}» қонақ үйі\nҚОНАҚТЫ ТІРКЕУ КАРТАСЫ\nТегі: ${P(g.K('F'))}\nАты: ${P(g.K('I'))}\nТуған күні: ${BD(fd(g.dob, 'dmy.'))}\nАзаматтығы: Қазақстан\nҚұжаты: ${kkPP(g)}\nКелген күні: ${fd(evt(), 'dmy.')}\nТелефоны: ${PH(phone('kz'))}`;
});

T('kk-bank-reply', 'kk', 'cyrl', false, (b) => {
  const c = per('kz');
  b.w`№ ${int(100, 9999)} сұрау салуға жауап\n${P(c.K('FIO', 'gen'))} (${BD(fd(c.dob, 'dmy.'))} ж.т., ЖСН ${NI(iin(c.dob, c.sex))}) атына келесі шоттар ашылғанын хабарлаймыз: ағымдағы шот ${IB(iban('KZ'))}, төлем картасы ${CA(card(pick(['kaspi', 'visa', 'mc']), pick([0, 3, 5])))}. Үзінді көшірме қоса беріледі.`;
});

T('kk-case-note', 'kk', 'cyrl', false, (b) => {
  const v = per('kz', 'f');
  const l = per('kz');
  const h = per('kz', 'm');
  const cw = per('kz', 'f');
  b.w`Кейс-менеджердің жазбасы, ${fd(evt(), 'dmy.')}\nКлиент: ${P(v.K('I'))}. Бүгін оны ХҚКО-ға жеке куәлігін қалпына келтіру үшін апардық. Заңгер ${P(l.K('IF'))} сотқа арыз дайындады. Клиент жаңа нөмірін (${PH(phone('kz'))}) бұрынғы күйеуі ${P(h.K('IF', 'dat'))} айтпауды сұрады. Жауапты: ${P(cw.K('Fi'))}.`;
});

T('kk-social-post', 'kk', 'cyrl', false, (b) => {
  const a = per('kz', 'f');
  const r = perCA('f');
  b.w`${HD(handleOf(a))} · ${int(1, 23)} сағ.\nҚыздар, абай болыңыздар! ${P(r.K('IF'))} деген әйел шетелде жұмыс уәде етіп, ақша алып, жоғалып кетеді. Нөмірі ${PH(phone('kz'))}, поштасы ${EM(emailOf(r))}. Мен ${P(a.K('I'))}, өзім осындай жағдайға тап болдым.`;
});

T('kk-mother-search', 'kk', 'cyrl', false, (b) => {
  const s = per('kz', 'm', { y1: 1995, y2: 2005 });
  const x = perCA('m');
  const m = per('kz', 'f');
  b.w`Ұлым ${P(s.K('IF'))} (${BD(String(s.dob.y))} ж.т.) ${fd(evt(), 'dmy.')} күні Ресейге жұмысқа кеткен. Оны ${P(x.K('I'))} деген жігіт ${pick(['Toyota Alphard', 'Hyundai Starex', 'ГАЗель'])} көлігімен алып кетті, көліктің нөмірі ${PL(plate(pick(['kz', 'ru'])))}. Ұлымның нөмірі ${PH(phone('kz'))} өшірулі. Менің нөмірім: ${PH(phone('kz'))}. Анасы ${P(m.K('I'))}.`;
});

T('kk-id-card-ocr', 'kk', 'cyrl', false, (b) => {
  const p = per('kz');
  const [, , Pt] = p.cyrLang('kk');
  b.w`ЖЕКЕ КУӘЛІК / УДОСТОВЕРЕНИЕ ЛИЧНОСТИ\nТЕГІ / ФАМИЛИЯ: ${P(up(p.K('F')))}\nАТЫ / ИМЯ: ${P(up(p.K('I')))}\nӘКЕСІНІҢ АТЫ / ОТЧЕСТВО: ${P(up(chance(0.5) ? Pt : p.ruP()))}\nТУҒАН КҮНІ / ДАТА РОЖДЕНИЯ: ${BD(fd(p.dob, 'dmy.'))}\nЖСН / ИИН: ${NI(iin(p.dob, p.sex))}\n№ ${PP(passport('kzid'))}\nБерілген күні: ${fd(evt(2014, 2023), 'dmy.')}`;
});

// ---- Kazakh negatives
T('kk-neg-court', 'kk', 'cyrl', true, (b) => {
  b.w`${pick(KK_COURT)} ${kkDate()} № ${int(1000, 9999)}-${int(19, 24)}-00-1/${int(1, 400)} қылмыстық істі ҚР ҚК-нің ${pick(['128', '135', '308'])}-бабы бойынша қарады. Келесі сот отырысы ${fd(evt(), 'dmy.')} күні сағат ${tm()} белгіленді. Іс жабық режимде қаралады.`;
});
T('kk-neg-named', 'kk', 'cyrl', true, (b) => {
  b.w`${pick(['Әл-Фараби атындағы Қазақ ұлттық университетінің', 'Л.Н. Гумилев атындағы Еуразия ұлттық университетінің', 'Сүлейман Демирел атындағы университеттің', 'Абай атындағы Қазақ ұлттық педагогикалық университетінің'])} студенттері ${pick(['Абай даңғылы бойындағы Абай ескерткішінің', 'Төле би көшесіндегі ғимараттың', 'Достық даңғылындағы саябақтың'])} жанында акция өткізді. Акция ${pick(['Республика алаңында', 'Астана алаңында', 'Тәуелсіздік монументі маңында'])} аяқталды.`;
});
T('kk-neg-hotline', 'kk', 'cyrl', true, (b) => {
  b.w`Адам саудасының құрбаны болсаңыз, тәулік бойы жұмыс істейтін ${pick(['116 16', '1414'])} сенім телефонына немесе ${pick(['111', '150'])} нөміріне қоңырау шалыңыз. Төтенше жағдайда — ${pick(['102', '112'])}. Қоңырау тегін әрі жасырын.`;
});
T('kk-neg-stats', 'kk', 'cyrl', true, (b) => {
  b.w`${int(2019, 2023)} жылы баспана ${int(40, 300)} әйелді қабылдады. Олардың арасында ${sample(['қазақтар', 'өзбектер', 'қырғыздар', 'тәжіктер', 'орыстар', 'ұйғырлар'], 4).join(', ')} бар, жас аралығы: ${int(16, 19)}–${int(35, 50)}. Кеңестер қазақ, орыс және өзбек тілдерінде берілді. ${cap(pick(MONTHS.kk))} және ${pick(MONTHS.kk)} айларында өтініштер саны артты.`;
});

// ================================================================ KYRGYZ ====
function kyDob(p, k = null) {
  const st = k ?? int(0, 3);
  return [
    ['туулган күнү: ', BD(fd(p.dob, 'dmy.'))],
    [BD(String(p.dob.y)), '-жылы туулган'],
    [BD(fd(p.dob, 'dmy.')), ' ж.т.'],
    [BD(String(p.dob.y)), ' ж.т.'],
  ][st];
}
const KY_PHC = ['тел.: ', 'байланыш тел.: ', 'уюлдук тел.: ', 'WhatsApp: ', 'номери '];
const phKy = (p, cc = null) => [pick(KY_PHC), PH(cc ? phone(cc) : phoneOf(p))];
const KY_COURT = [
  'Бишкек шаарынын Биринчи май райондук соту',
  'Бишкек шаарынын Октябрь райондук соту',
  'Ош шаардык соту',
  'Бишкек шаарынын Свердлов райондук соту',
  'Жалал-Абад шаардык соту',
];
const kyPP = (p) => (chance(0.6) ? ['паспорт ', PP(passport('kg'))] : ['ID-карта ', PP(passport('kgid'))]);

T('ky-verdict-intro', 'ky', 'cyrl', false, (b) => {
  const j = perCA();
  const pr = perCA();
  const ad = perCA();
  const d = per('kg', 'm');
  const v = perCA('f');
  b.w`ӨКҮМ\nКЫРГЫЗ РЕСПУБЛИКАСЫНЫН АТЫНАН\n\n${fd(evt(), 'dmy.')}\n\n${pick(KY_COURT)}, төрагалык кылуучу судья ${P(j.Y('Fi'))}, мамлекеттик айыптоочу ${P(pr.Y('Fi'))}, жактоочу ${P(ad.Y('Fi'))}, жабырлануучу ${P(v.Y('IF'))} катышуусу менен, ачык сот отурумунда\n${P(d.Y('FIO'))}, ${kyDob(d)}, ПИН ${NI(kgPin(d.dob, 'm'))}, ${AD(kyAddr())} дарегинде жашаган, мурда соттолбогон,\nКР Кылмыш-жаза кодексинин 171-беренесинин 2-бөлүгү боюнча айыпталган кылмыш ишин карап чыгып,\nАНЫКТАДЫ:`;
});

T('ky-victim-decision', 'ky', 'cyrl', false, (b) => {
  const v = per('kg', 'f', { y1: 2006, y2: 2009 });
  const inv = per('kg');
  const m = per('kg', 'f', { y1: 1965, y2: 1988 });
  b.w`ТОКТОМ\nжабырлануучу деп таануу жөнүндө\n\nТергөөчү ${P(inv.Y('iF'))} ${caseNo()} кылмыш ишинин материалдарын карап,\nТОКТОМ КЫЛДЫ:\n${P(v.Y('FIO', 'acc'))}, ${kyDob(v, 0)}, ${kyPP(v)}, жабырлануучу деп таанылсын.\nЖашы жете элек жабырлануучунун мыйзамдуу өкүлү — энеси ${P(m.Y('FIO'))}, ${phKy(m)}.`;
});

T('ky-police-report', 'ky', 'cyrl', false, (b) => {
  const d = per('kg', 'm');
  const x1 = perCA();
  const x2 = perCA();
  const off = per('kg', 'm');
  b.w`РАПОРТ\n${fd(evt(), 'dmy.')} саат ${tm()} чамасында ${pick(['Бишкек — Ош', 'Бишкек — Кара-Балта', 'Ош — Баткен'])} жолунун ${int(5, 600)}-чакырымында «${pick(['Honda Odyssey', 'Toyota Alphard', 'Mercedes-Benz Sprinter', 'Hyundai Starex'])}» унаасы, мамлекеттик номери ${PL(plate('kg'))}, токтотулду. Айдоочу — ${P(d.Y('FIO'))}, ${kyDob(d, 3)}, ${phKy(d)}. Унаада документсиз ${int(3, 9)} киши болгон, алардын ичинде ${P(x1.Y('IF'))} жана ${P(x2.Y('IF'))}.\nУлук инспектор ${P(off.Y('Fi'))}`;
});

T('ky-intake', 'ky', 'cyrl', false, (b) => {
  const v = per('kg', 'f');
  const r = per('kg');
  b.w`БАШТАПКЫ КАЙРЫЛУУ АНКЕТАСЫ\n«${pick(['Сезим', 'Ак Жүрөк', 'Тендеш', 'Аялзат'])}» кризистик борбору\n\nФамилиясы, аты, атасынын аты: ${P(v.Y('FIO'))}\nТуулган күнү: ${BD(fd(v.dob, 'dmy.'))}\nПИН: ${NI(kgPin(v.dob, 'f'))}\nТелефону: ${PH(phone('kg'))}\nДареги: ${AD(kyAddr())}\nИшенимдүү адамы: ${P(r.Y('IF'))} (${sx(r, 'агасы', 'эжеси')}), ${PH(phone('kg'))}\nКайрылган күнү: ${fd(evt(), 'dmy.')}`;
});

T('ky-hotline', 'ky', 'cyrl', false, (b) => {
  const c = per('kg', 'f');
  const d = per('kg', pick(['f', 'm']), { y1: 1996, y2: 2005 });
  const e = per('ru', 'm');
  b.w`Чалуу № ${int(1000, 9999)}, ${fd(evt(), 'dmy.')} ${tm()}\nЧалган адам: ${P(c.Y(pick(['I', 'IF'])))}, номери ${PH(phone('kg'))}.\nМаселеси: ${sx(d, 'уулу', 'кызы')} ${P(d.Y('IF'))} (${BD(String(d.dob.y))} ж.т.) ${int(2, 12)} ай мурун Россияга жумушка кеткен. Иш берүүчү — ${P(e.R('IF'))}, номери ${PH(phone('ru'))}. Акыркы жолу ${HD('@' + handleOf(d))} аккаунтунан жазган.\nКөрүлгөн чаралар: кеңеш берилди.`;
});

T('ky-interview', 'ky', 'cyrl', false, (b) => {
  const v = per('kg', 'f');
  const n = per('kg', 'f');
  const m = per('tr', 'm');
  b.w`— Атыңыз ким?\n— ${P(v.Y(pick(['FIO', 'IF'])))}.\n— Кайсы жылы туулгансыз?\n— ${BD(String(v.dob.y))}-жылы.\n— Сизге жумушту ким сунуштады?\n— Коңшубуз ${P(n.Y('I'))} эже. Анын жээни Стамбулда иштейт деди.\n— Ал жакта сизди ким тосуп алды?\n— ${P(m.T('I'))} деген киши. Ал дароо паспортумду алып койду.\n— Анын номери эсиңиздеби?\n— Ооба, ${PH(phone('tr'))}.`;
});

T('ky-chat', 'ky', 'cyrl', false, (b) => {
  const a = per('kg', 'f');
  const r = per('kg', 'm');
  const an = pick([a.Y('I'), a.Y('I').toLowerCase()]);
  const rn = pick([r.Y('I'), pick(NICK_RU)]);
  const d = evt();
  const ts = () => `${pad(d.d)}.${pad(d.m)}.${d.y}, ${tm()}`;
  b.w`${ts()} - ${P(rn)}: Салам, Москвага жумуш бар, барасыңбы?\n${ts()} - ${P(an)}: салам, кандай жумуш?\n${ts()} - ${P(rn)}: тигүү цехи, айына 60 миң рубль. Паспортуңду жибер\n${ts()} - ${P(an)}: ${PP(passport('kg'))}\n${ts()} - ${P(an)}: ПИН ${NI(kgPin(a.dob, 'f'))}\n${ts()} - ${P(rn)}: Жакшы, билетке акчаны Элкартка сал ${CA(card('elcart', pick([0, 1, 2])))}`;
});

T('ky-ad', 'ky', 'cyrl', false, (b) => {
  const r = per('kg');
  b.w`${pick(['МОСКВАГА', 'СТАМБУЛГА', 'КОРЕЯГА', 'ДУБАЙГА'])} ЖУМУШКА!\n${int(18, 20)}–${int(35, 45)} жаштагы эркектер жана аялдар керек: курулуш, тигүү цехи, склад.\nАйлыгы ${int(50, 120)} миң рублдан. Жатакана бекер.\nБайланыш: ${P(r.Y(pick(['I', 'IF'])))} — ${PH(phone('kg'))}\nТелеграм: ${HD('@' + bizHandle())}`;
});

T('ky-social-missing', 'ky', 'cyrl', false, (b) => {
  const g = per('kg', 'f', { y1: 1996, y2: 2006 });
  const m = per('kg', 'f');
  b.w`ИЗДЕП ЖАТАБЫЗ! ${P(g.Y('IF'))}, ${BD(String(g.dob.y))}-жылы туулган. ${cap(pick(MONTHS.ky))} айында Түркияга кеткен, андан бери кабар жок. Акыркы жолу ${PH(phone('tr'))} номеринен чалган. Инстаграмы: ${HD(handleOf(g))}. Билгендер апасы ${P(m.Y('I'))} эжеге кабарлашкыла: ${PH(phone('kg'))}. Бөлүшкүлө!`;
});

T('ky-transfer', 'ky', 'cyrl', false, (b) => {
  const s = per('kg');
  const r = per('kg');
  b.w`«Золотая Корона» акча которуу\nКоторуу номери: ${int(100000000, 999999999)}\nЖөнөтүүчү: ${P(up(s.R('FIO')))}\nЖөнөтүүчүнүн тел.: ${PH(phone('ru'))}\nАлуучу: ${P(up(r.Y('FIO')))}\nАлуучунун паспорту: ${PP(passport('kg'))}\nСуммасы: ${int(5, 80)} 000 RUB\nКүнү: ${fd(evt(), 'dmy.')}`;
});

T('ky-embassy', 'ky', 'cyrl', false, (b) => {
  const v = per('kg', 'f');
  const c = per('kg', 'm');
  b.w`Кыргыз Республикасынын ${pick(['Түркия Республикасындагы', 'Бириккен Араб Эмирликтериндеги', 'Россия Федерациясындагы'])} Элчилиги\nЭлчилик Кыргыз Республикасынын жараны ${P(v.Y('FIO'))}, ${kyDob(v, 2)}, ${kyPP(v)}, иш берүүчүсү тарабынан кармалып турганы боюнча консулдук бөлүмгө кайрылганын билдирет. Байланыш: консул ${P(c.Y('Fi'))}, тел. ${PH(phone(pick(['tr', 'ae', 'ru'])))}, ${EM(emailOf(c))}.`;
});

T('ky-journalist', 'ky', 'cyrl', false, (b) => {
  const v = per('kg', 'f');
  const r = per('kg', 'f');
  b.w`«Мага кафеде иш убада кылышкан», — дейт ${int(19, 30)} жаштагы ${P(v.Y('I'))}. Аны чет өлкөгө ${P(r.Y('IF'))} аттуу аял жөнөткөн. Ал Instagram'дагы ${HD('@' + bizHandle())} баракчасы аркылуу жарнама берген. ${P(v.Y('I', 'gen'))} айтымында, Стамбулга жеткенде эле паспортун алып коюшкан. Учурда ${P(r.Y('F'))} издөөдө.`;
});

T('ky-statement', 'ky', 'cyrl', false, (b) => {
  const a = per('kg');
  const x = perCA('m');
  b.w`ТҮШҮНДҮРМӨ КАТ\nМен, ${P(a.Y('FIO'))}, ${kyDob(a, 0)}, дарегим: ${AD(kyAddr())}, төмөнкүлөрдү түшүндүрөм: ${int(2021, 2023)}-жылы ${P(x.Y('IF', 'gen'))} сунушу менен Россияга жумушка бардым. Ал менин паспортумду алып, «карызыңды иштеп бер» деди. Анын телефону ${PH(phone('ru'))}.\nМенин сөзүмдөн туура жазылды. ${P(a.Y('Fi'))}`;
});

T('ky-bus-list', 'ky', 'cyrl', false, (b) => {
  const dr = per('kg', 'm');
  const ps = Array.from({ length: int(2, 3) }, () => per('kg'));
  b.w`ЖҮРГҮНЧҮЛӨРДҮН ТИЗМЕСИ\nКаттам: ${pick(['Ош — Москва', 'Бишкек — Новосибирск', 'Жалал-Абад — Екатеринбург'])}\nАвтобус ${pick(['Yutong', 'Setra', 'Neoplan'])}, номери ${PL(plate('kg'))}\nАйдоочу: ${P(dr.Y('FIO'))}, ${phKy(dr)}\n`;
  ps.forEach((p, i) => b.w`${i + 1}. ${P(up(p.Y('FIO')))} — ${kyPP(p)}\n`);
});

T('ky-labour', 'ky', 'cyrl', false, (b) => {
  const d = per('kg', 'm');
  const ws = [per('kg'), per('kg'), per('uz')];
  const ins = per('kg');
  b.w`ТЕКШЕРҮҮ АКТЫСЫ № ${int(10, 999)}\n«${pick(['Ала-Тоо Текстиль', 'Бишкек Курулуш', 'Азия Тигүү'])}» ЖЧК, директору ${P(d.Y('FIO'))}.\nТекшерүүдө эмгек келишими жок иштеген адамдар аныкталды: ${join(
    ws.map((w) => P(w.Y('IF'))),
    ', ',
  )}. Алардын паспорттору ${P(d.Y('I', 'gen'))} сейфинде сакталып турган. Жумушчулар ${AD(kyAddr())} дарегиндеги жертөлөдө жашашат.\nЭмгек инспектору ${P(ins.Y('Fi'))}`;
});

T('ky-case-note', 'ky', 'cyrl', false, (b) => {
  const v = per('kg', 'f');
  const l = per('kg', 'm');
  const cw = per('kg', 'f');
  b.w`Кейс-менеджердин жазуусу, ${fd(evt(), 'dmy.')}\nКардар: ${P(v.Y('I'))}. Бүгүн аны ЦОНго паспортун калыбына келтирүү үчүн алып бардык. Юрист ${P(l.Y('I'))} байке сотко арыз даярдады. ${P(v.Y('I'))} жаңы номерин (${PH(phone('kg'))}) мурунку күйөөсүнө айтпоону суранды. Жооптуу: ${P(cw.Y('I'))} эже.`;
});

T('ky-bank', 'ky', 'cyrl', false, (b) => {
  const c = per('kg');
  b.w`Суроо-талапка жооп № ${int(100, 9999)}\n${P(c.Y('FIO', 'gen'))} (${BD(fd(c.dob, 'dmy.'))} ж.т., ПИН ${NI(kgPin(c.dob, c.sex))}) атына ${pick(['«Оптима Банк»', '«Айыл Банк»', '«Бакай Банк»', '«МБанк»'])} ААКта эсеп ${IB(acct20('kg'))} жана Элкарт ${CA(card('elcart', pick([0, 2, 5])))} ачылган. Эсептен көчүрмө тиркелет.`;
});

T('ky-prosecutor', 'ky', 'cyrl', false, (b) => {
  const a = per('kg', 'm');
  const c = per('kg', 'f');
  const v = perCA('f');
  b.w`${pick(['Бишкек шаарынын', 'Ош облусунун', 'Чүй облусунун'])} прокуратурасы ${P(a.Y('IF', 'dat'))} жана ${P(c.Y('IF', 'dat'))} карата кылмыш ишин сотко жөнөттү. Тергөөнүн маалыматы боюнча, алар ${int(2020, 2023)}-жылы ${int(4, 15)} кызды Дубайга жөнөтүшкөн, алардын арасында ${P(v.Y('IF'))} да бар.`;
});

// ---- Kyrgyz negatives
T('ky-neg-named', 'ky', 'cyrl', true, (b) => {
  b.w`${pick(['Ж. Баласагын атындагы Кыргыз улуттук университетинин', 'И. Арабаев атындагы Кыргыз мамлекеттик университетинин', 'Б. Н. Ельцин атындагы Кыргыз-Россия Славян университетинин'])} студенттери ${pick(['Чүй проспектиси', 'Эркиндик гүлбаягы', 'Манас проспектиси'])} боюнча жүрүш өткөрүштү. Жүрүш ${pick(['Ала-Тоо аянтында', 'Манас эстелигинин жанында'])} аяктады.`;
});
T('ky-neg-court', 'ky', 'cyrl', true, (b) => {
  b.w`${pick(KY_COURT)} ${fd(evt(), 'dmy.')} ${caseNo()} кылмыш ишин КР Кылмыш-жаза кодексинин 171-беренеси боюнча карады. Келтирилген зыян ${int(100, 900)} миң сомду түздү. Кийинки отурум ${fd(evt(), 'dmy.')} күнү саат ${tm()}.`;
});
T('ky-neg-hotline', 'ky', 'cyrl', true, (b) => {
  b.w`Адам сатуунун курмандыгы болсоңуз, ${pick(['189', '1212', '111'])} ишеним телефонуна чалыңыз. Чалуу акысыз. ${pick(['FZ 1718', 'KC 109', 'TK 347'])} каттамы Манас аэропортунан саат ${tm()} учат.`;
});
T('ky-neg-stats', 'ky', 'cyrl', true, (b) => {
  b.w`${int(2019, 2023)}-жылы борборго ${int(30, 200)} аял кайрылган. Алардын арасында ${sample(['кыргыздар', 'өзбектер', 'орустар', 'тажиктер', 'дунгандар'], 3).join(', ')} бар, жашы ${int(16, 19)}–${int(35, 50)}. Кеңештер кыргыз жана орус тилдеринде берилди. ${cap(pick(MONTHS.ky))} айында кайрылуулар көбөйдү.`;
});

// ================================================================= TAJIK ====
function tgDob(p, k = null) {
  const st = k ?? int(0, 3);
  return [
    ['санаи таваллуд: ', BD(fd(p.dob, 'dmy.'))],
    ['соли таваллудаш ', BD(String(p.dob.y))],
    [BD(fd(p.dob, 'dmy.')), ' таваллуд шуда'],
    ['соли ', BD(String(p.dob.y)), ' таваллуд шуда'],
  ][st];
}
const TG_PHC = ['тел.: ', 'телефон: ', 'рақами телефон: ', 'WhatsApp: ', 'моб.: '];
const phTg = (p, cc = null) => [pick(TG_PHC), PH(cc ? phone(cc) : phoneOf(p))];
const TG_COURT = [
  'Суди ноҳияи Шоҳмансури шаҳри Душанбе',
  'Суди шаҳри Хуҷанд',
  'Суди ноҳияи Сино',
  'Суди шаҳри Кӯлоб',
  'Суди ноҳияи Фирдавсӣ',
];
const tgPP = (p) => ['шиносномаи № ', PP(passport('tj'))];

T('tg-verdict', 'tg', 'cyrl', false, (b) => {
  const j = per('tj');
  const d = per('tj', 'm');
  const v = per('tj', 'f');
  const pr = per('tj');
  b.w`ҲУКМ\nБА НОМИ ҶУМҲУРИИ ТОҶИКИСТОН\n\n${fd(evt(), 'dmy.')}\n\n${pick(TG_COURT)} дар ҳайати раисикунанда ${P(j.G('Fi'))}, бо иштироки прокурор ${P(pr.G('Fi'))} ва ҷабрдида ${P(v.G('IF'))}, парвандаи ҷиноятиро нисбати ${P(d.G('FIO'))}, ${tgDob(d)}, РМА ${NI(tjInn())}, истиқоматкунанда дар ${AD(tgAddr())}, ки бо қисми 2 моддаи 130.1 КҶ ҶТ айбдор дониста шудааст, баррасӣ намуда,\nМУҚАРРАР НАМУД:`;
});

T('tg-statement', 'tg', 'cyrl', false, (b) => {
  const a = per('tj', 'f');
  const r = perCA();
  const m = per('ru', 'm');
  b.w`АРИЗА\nМан, ${P(a.G('FIO'))}, ${tgDob(a, 3)}, суроғаам: ${AD(tgAddr())}, ба шумо хабар медиҳам, ки соли ${int(2020, 2023)} ${P(r.G('IF'))} ба ман дар шаҳри ${pick(['Москва', 'Екатеринбург', 'Новосибирск'])} кор ваъда дод. Дар он ҷо ${P(m.R('I'))} ном шахс шиносномаи маро гирифт. Рақами ман: ${PH(phone('tj'))}.`;
});

T('tg-police', 'tg', 'cyrl', false, (b) => {
  const d = per('tj', 'm');
  const x = perCA();
  const off = per('tj');
  b.w`МАЪЛУМОТНОМА\n${fd(evt(), 'dmy.')} соати ${tm()} дар роҳи ${pick(['Душанбе — Хуҷанд', 'Душанбе — Бохтар', 'Хуҷанд — Исфара'])} мошини «${pick(['Opel Zafira', 'Toyota Ipsum', 'Mercedes-Benz Vito', 'Hyundai Starex'])}» бо рақами давлатии ${PL(plate('tj'))} таҳти идораи ${P(d.G('FIO'))}, ${tgDob(d, 0)}, ${phTg(d)}, боздошт шуд. Дар мошин ${int(3, 9)} нафар бе ҳуҷҷат буданд, аз ҷумла ${P(x.G('IF'))}.\nНозир ${P(off.G('Fi'))}`;
});

T('tg-intake', 'tg', 'cyrl', false, (b) => {
  const v = per('tj', 'f');
  const r = per('tj');
  b.w`ВАРАҚАИ МУРОҶИАТ\nМаркази «${pick(['Умед', 'Гулрухсор', 'Ҳамдилӣ', 'Бовар'])}»\n\nНому насаб: ${P(v.G('FIO'))}\nСанаи таваллуд: ${BD(fd(v.dob, 'dmy.'))}\nРМА: ${NI(tjInn())}\nШиноснома: ${PP(passport('tj'))}\nТелефон: ${PH(phone('tj'))}\nСуроға: ${AD(tgAddr())}\nШахси боэътимод: ${P(r.G('IF'))} (${sx(r, 'бародар', 'хоҳар')}), ${PH(phone('tj'))}\nСанаи муроҷиат: ${fd(evt(), 'dmy.')}`;
});

T('tg-hotline', 'tg', 'cyrl', false, (b) => {
  const c = per('tj', 'f');
  const s = per('tj', 'm', { y1: 1995, y2: 2005 });
  const e = per('ru', 'm');
  b.w`Занги № ${int(1000, 9999)}, ${fd(evt(), 'dmy.')} ${tm()}\nЗангзананда: ${P(c.G(pick(['I', 'IF'])))}, рақами ${PH(phone('tj'))}.\nМоҳият: писараш ${P(s.G('IF'))} (${BD(String(s.dob.y))}) ${int(2, 12)} моҳ пеш ба Русия рафтааст. Корфармо — ${P(e.R('IF'))}, тел. ${PH(phone('ru'))}. Охирин бор аз ${HD('@' + handleOf(s))} навиштааст.\nЧораҳо: машварат дода шуд.`;
});

T('tg-interview', 'tg', 'cyrl', false, (b) => {
  const v = per('tj', 'f');
  const n = per('tj', 'f');
  const m = per('gulf', 'm');
  b.w`— Номи шумо чист?\n— ${P(v.G(pick(['FIO', 'IF'])))}.\n— Соли чанд таваллуд шудаед?\n— ${BD(String(v.dob.y))}.\n— Ба шумо корро кӣ пешниҳод кард?\n— Ҳамсояамон ${P(n.G('I'))} апа. Гуфт, ки ҷиянаш дар Дубай кор мекунад.\n— Дар он ҷо шуморо кӣ пешвоз гирифт?\n— Марде бо номи ${P(m.L('I'))}. Ӯ шиносномаамро гирифт.\n— Рақами ӯ дар ёдатон ҳаст?\n— Ҳа, ${PH(phone('ae'))}.`;
});

T('tg-chat', 'tg', 'cyrl', false, (b) => {
  const a = per('tj', 'm');
  const r = per('tj', 'm');
  const an = pick([a.G('I'), a.G('I').toLowerCase()]);
  const rn = pick([r.G('I'), pick(NICK_RU)]);
  const d = fd(evt(), 'dmy2');
  b.w`[${d} ${tm()}] ${P(rn)}: Салом, дар Москва кор ҳаст, меравӣ?\n[${d} ${tm()}] ${P(an)}: салом ака, чӣ кор?\n[${d} ${tm()}] ${P(rn)}: сохтмон, моҳе 70 ҳазор. Акси шиносномаатро фирист\n[${d} ${tm()}] ${P(an)}: ${PP(passport('tj'))}\n[${d} ${tm()}] ${P(rn)}: Хуб. Пули чиптаро ба корти ${CA(card('korti', pick([0, 1, 2])))} гузарон, ба номи ${P(r.G('I') + ' ' + r.G('F')[0] + '.')}`;
});

T('tg-ad', 'tg', 'cyrl', false, (b) => {
  const r = per('tj');
  b.w`КОР ДАР ${pick(['РУСИЯ', 'ДУБАЙ', 'ТУРКИЯ', 'КОРЕЯ'])}!\nБа сохтмон ва анборҳо мардони ${int(18, 20)}–${int(40, 50)}-сола лозиманд.\nМаош аз ${int(60, 120)} ҳазор рубл. Ҷойи зист ройгон.\nТамос: ${P(r.G(pick(['I', 'IF'])))} — ${PH(phone('tj'))}\nТелеграм: ${HD('t.me/' + bizHandle())}`;
});

T('tg-social-missing', 'tg', 'cyrl', false, (b) => {
  const g = per('tj', 'm', { y1: 1995, y2: 2005 });
  const m = per('tj', 'f');
  b.w`ДИҚҚАТ, ҶУСТУҶӮ! ${P(g.G('IF'))}, ${BD(String(g.dob.y))}-солаи таваллуд, моҳи ${pick(MONTHS.tg)} ба Русия рафта, бедарак гум шудааст. Охирин бор аз рақами ${PH(phone('ru'))} занг зада буд. Ҳар кӣ медонад, ба модараш ${P(m.G('I'))} хабар диҳед: ${PH(phone('tj'))}.`;
});

T('tg-transfer', 'tg', 'cyrl', false, (b) => {
  const s = per('tj');
  const r = per('tj');
  b.w`ИНТИҚОЛИ ПУЛ\nРақами интиқол: ${dig(10)}\nФиристанда: ${P(up(s.R('FIO')))}\nТел.: ${PH(phone('ru'))}\nГиранда: ${P(up(r.G('FIO')))}\nШиносномаи гиранда: ${PP(passport('tj'))}\nКорти гиранда: ${CA(card('korti', pick([0, 5, 6])))}\nМаблағ: ${int(2, 50)} 000 RUB\nСана: ${fd(evt(), 'dmy.')}`;
});

T('tg-embassy', 'tg', 'cyrl', false, (b) => {
  const v = per('tj');
  const c = per('tj', 'm');
  b.w`Сафорати Ҷумҳурии Тоҷикистон дар ${pick(['Федератсияи Русия', 'Аморати Муттаҳидаи Араб', 'Ҷумҳурии Туркия'])}\nСафорат хабар медиҳад, ки шаҳрванди Ҷумҳурии Тоҷикистон ${P(v.G('FIO'))}, ${tgDob(v, 2)}, ${tgPP(v)}, ба шӯъбаи консулӣ муроҷиат кардааст. Барои тамос: консул ${P(c.G('Fi'))}, тел. ${PH(phone(pick(['ru', 'ae', 'tr'])))}, ${EM(emailOf(c))}.`;
});

T('tg-journalist', 'tg', 'cyrl', false, (b) => {
  const v = per('tj', 'f');
  const r = per('tj', 'f');
  b.w`«Ба ман дар қаҳвахона кор ваъда доданд», — мегӯяд ${int(19, 30)}-солаи ${P(v.G('I'))}. Ӯро ${P(r.G('IF'))} ном зан ба хориҷ фиристодааст. Вай тавассути саҳифаи ${HD('@' + bizHandle())} дар Instagram эълон медод. Ба гуфтаи ${P(v.G('I'))}, дар Дубай шиносномаашро гирифтанд. Ҳоло ${P(r.G('F'))} дар ҷустуҷӯ аст.`;
});

T('tg-migration-card', 'tg', 'cyrl', false, (b) => {
  const p = per('tj', 'm');
  b.w`ХАДАМОТИ МУҲОҶИРАТ — КОРТИ МУҲОҶИР\nНому насаб: ${P(p.G('FIO'))}\nНому насаб (лотинӣ): ${P(up(p.L('FI')))}\n${tgDob(p, 0)}\nРМА: ${NI(tjInn())}\nШиносномаи хориҷӣ: ${PP(passport('tj'))}\nКишвари таъинот: ${pick(['Федератсияи Русия', 'Қазоқистон', 'Корея'])}\nТелефон: ${PH(phone('tj'))}, ${PH(phone('ru'))}`;
});

T('tg-case-note', 'tg', 'cyrl', false, (b) => {
  const v = per('tj', 'f');
  const l = per('tj', 'm');
  const cw = per('tj', 'f');
  const jon = chance(0.5);
  b.w`Қайди кормандӣ иҷтимоӣ, ${fd(evt(), 'dmy.')}\nМуштарӣ: ${P(jon ? v.G('I', 'jon') : v.G('I'))}. Имрӯз ӯро барои барқарор кардани шиноснома бурдем. Ҳуқуқшинос ${P(l.G('I'))} ака ба суд ариза омода кард. ${P(v.G('I'))} хоҳиш кард, ки рақами навашро (${PH(phone('tj'))}) ба шавҳари собиқаш ${P(per('tj', 'm').G('IF'))} нагӯем. Масъул: ${P(cw.G('I', 'jon'))}.`;
});

T('tg-bus-list', 'tg', 'cyrl', false, (b) => {
  const dr = per('tj', 'm');
  const ps = Array.from({ length: int(2, 3) }, () => per('tj'));
  b.w`РӮЙХАТИ МУСОФИРОН\nХатсайр: ${pick(['Хуҷанд — Самара', 'Душанбе — Москва', 'Исфара — Қазон'])}\nАвтобус, рақами давлатӣ ${PL(plate('tj'))}\nРонанда: ${P(dr.G('FIO'))}, ${phTg(dr)}\n`;
  ps.forEach((p, i) => b.w`${i + 1}. ${P(up(p.G('FIO')))} — ${PP(passport('tj'))}\n`);
});

// ---- Tajik negatives
T('tg-neg-named', 'tg', 'cyrl', true, (b) => {
  b.w`Донишҷӯёни ${pick(['Донишгоҳи миллии Тоҷикистон', 'Донишгоҳи давлатии Хуҷанд ба номи Бобоҷон Ғафуров', 'Донишгоҳи славянии Россия ва Тоҷикистон'])} дар ${pick(['хиёбони Рӯдакӣ', 'назди ҳайкали Исмоили Сомонӣ', 'боғи ба номи Айнӣ'])} чорабинӣ гузарониданд. Чорабинӣ дар ${pick(['майдони Дӯстӣ', 'Кохи Борбад'])} анҷом ёфт.`;
});
T('tg-neg-court', 'tg', 'cyrl', true, (b) => {
  b.w`${pick(TG_COURT)} ${fd(evt(), 'dmy.')} парвандаи ҷиноятии № ${int(1, 999)}-${int(19, 24)}-ро тибқи моддаи 130.1 КҶ ҶТ баррасӣ кард. Зарар ${int(5, 90)} ҳазор сомониро ташкил дод. Ҷаласаи навбатӣ ${fd(evt(), 'dmy.')} соати ${tm()}.`;
});
T('tg-neg-hotline', 'tg', 'cyrl', true, (b) => {
  b.w`Агар шумо қурбонии хариду фурӯши одамон шуда бошед, ба телефони боварии ${pick(['511', '1313', '8 800 100 0505'])} занг занед. Занг ройгон аст. Ҳавопаймои ${pick(['SZ 201', 'FZ 1727', 'TK 257'])} ҳар рӯз соати ${tm()} парвоз мекунад. Бештари муҳоҷирон ${int(18, 22)}–${int(30, 45)}-сола мебошанд.`;
});

// ================================================================ UZBEK ====
function uzDob(p, cyr = false, k = null) {
  const st = k ?? int(0, 3);
  const c = (s) => (cyr ? uz2cyr(s) : s);
  return [
    [c("tug'ilgan sanasi: "), BD(fd(p.dob, 'dmy.'))],
    [BD(String(p.dob.y)), c("-yilda tug'ilgan")],
    [BD(String(p.dob.y)), c(" yilda tug'ilgan")],
    [c("tug'ilgan yili: "), BD(String(p.dob.y))],
  ][st];
}
const uzPP = (p, cyr = false) =>
  chance(0.6)
    ? [cyr ? 'паспорт ' : 'pasport ', PP(passport('uz'))]
    : [cyr ? 'ID-карта ' : 'ID-karta ', PP(passport('uzid'))];
const UZ_PHC = ['tel.: ', 'telefon raqami: ', 'mob.: ', 'WhatsApp: ', 'raqami '];
const phUz = (p, cc = null, cyr = false) => [
  cyr ? uz2cyr(pick(UZ_PHC)) : pick(UZ_PHC),
  PH(cc ? phone(cc) : phoneOf(p)),
];
const nidUz = (p, cyr = false) => [cyr ? 'ЖШШИР ' : pick(['JShShIR ', 'JShShIR: ', 'PINFL ']), NI(pinfl(p.dob, p.sex))];
const UZ_COURT = [
  "Toshkent shahar jinoyat ishlari bo'yicha sudi",
  "Yunusobod tumani jinoyat ishlari bo'yicha sudi",
  "Andijon viloyat jinoyat ishlari bo'yicha sudi",
  "Farg'ona shahar jinoyat ishlari bo'yicha sudi",
  "Samarqand viloyat jinoyat ishlari bo'yicha sudi",
];
const UZ_CITY = ['Toshkent', 'Andijon', "Farg'ona", 'Namangan', 'Samarqand', 'Buxoro', 'Qarshi', 'Jizzax'];
const uzDate = (x = evt()) => (chance(0.5) ? fd(x, 'dmy.') : `${x.y}-yil ${x.d}-${MONTHS.uz[x.m - 1]}`);

T('uz-verdict', 'uz', 'latn', false, (b) => {
  const j = per('uz');
  const pr = per('uz');
  const ad = per('uz');
  const d = per('uz', 'm');
  b.w`HUKM\nO'ZBEKISTON RESPUBLIKASI NOMIDAN\n\n${uzDate()}, ${pick(UZ_CITY)} shahri\n\n${pick(UZ_COURT)} raislik qiluvchi ${P(j.U('Fi'))}, prokuror ${P(pr.U('Fi'))}, himoyachi advokat ${P(ad.U('Fi'))} ishtirokida ochiq sud majlisida\n${P(d.U('FIO'))}, ${uzDob(d)}, ${nidUz(d)}, yashash manzili: ${AD(uzAddr())}, ilgari sudlanmagan, O'zbekiston Respublikasi JKning 135-moddasi 2-qismi «a» bandi bilan ayblanayotgan jinoyat ishini ko'rib chiqib,\nANIQLADI:`;
});

T('uz-indictment', 'uz', 'latn', false, (b) => {
  const d = per('uz', 'm');
  const c = per('uz', 'f');
  const v = per('uz', 'f');
  b.w`AYBLOV XULOSASI\n${int(1, 999)}-${int(19, 24)}-sonli jinoyat ishi bo'yicha\n\nAyblanuvchi: ${P(d.U('FIO'))}, ${uzDob(d)}, ${uzPP(d)}, ${phUz(d)}.\nAyblanuvchi ${int(2020, 2023)}-yil ${pick(MONTHS.uz)} oyida ${P(c.U('IF'))} bilan oldindan til biriktirib, ${P(v.U('IF', 'acc'))} Turkiyaga ishga joylashtirish bahonasida jo'natgan. Pul ${P(c.U('FIO', 'gen'))} nomidagi ${CA(card('humo'))} kartasiga o'tkazilgan.`;
});

T('uz-police', 'uz', 'latn', false, (b) => {
  const d = per('uz', 'm');
  const x1 = perCA();
  const x2 = perCA();
  const off = per('uz', 'm');
  b.w`BILDIRGI\n${fd(evt(), 'dmy.')} soat ${tm()} larda ${pick(['Toshkent — Andijon', 'Toshkent — Samarqand', "Farg'ona — Qo'qon"])} avtomobil yo'lida «${pick(['Chevrolet Damas', 'Chevrolet Cobalt', 'Hyundai Starex', 'Chevrolet Lacetti'])}» rusumli avtomashina, davlat raqami ${PL(plate('uz'))}, to'xtatildi. Haydovchi — ${P(d.U('FIO'))}, ${uzDob(d, false, 1)}, ${phUz(d)}. Avtomashinada hujjatsiz ${int(3, 9)} nafar shaxs, jumladan ${P(x1.U('IF'))} va ${P(x2.U('IF'))} bo'lgan.\nKatta inspektor ${P(off.U('Fi'))}`;
});

T('uz-intake', 'uz', 'latn', false, (b) => {
  const v = per('uz', 'f');
  const r = per('uz');
  b.w`MUROJAAT ANKETASI\n«${pick(['Istiqbolli avlod', 'Oydin nur', 'Mehr', 'Ishonch'])}» reabilitatsiya markazi\n\nF.I.Sh.: ${P(v.U('FIO'))}\nTug'ilgan sana: ${BD(fd(v.dob, 'dmy.'))}\nJShShIR: ${NI(pinfl(v.dob, 'f'))}\nPasport: ${PP(passport('uz'))}\nTelefon: ${PH(phone('uz'))}\nManzil: ${AD(uzAddr())}\nIshonchli shaxs: ${P(r.U('IF'))} (${sx(r, 'akasi', 'opasi')}), ${PH(phone('uz'))}\nMurojaat sanasi: ${fd(evt(), 'dmy.')}`;
});

T('uz-hotline', 'uz', 'latn', false, (b) => {
  const c = per('uz', 'f');
  const d = per('uz', 'f', { y1: 1996, y2: 2006 });
  const e = per('gulf', 'm');
  b.w`Qo'ng'iroq № ${int(1000, 9999)}, ${fd(evt(), 'dmy.')} ${tm()}\nQo'ng'iroq qiluvchi: ${P(c.U(pick(['I', 'IF'])))}, raqami ${PH(phone('uz'))}.\nMazmuni: qizi ${P(d.U('IF'))} (${BD(String(d.dob.y))}-yilda tug'ilgan) ${int(2, 12)} oy oldin Dubayga ishga ketgan. Ish beruvchi — ${P(e.L('IF'))}, raqami ${PH(phone('ae'))}. Oxirgi marta ${HD('@' + handleOf(d))} akkauntidan yozgan.\nKo'rilgan choralar: maslahat berildi.`;
});

T('uz-interview', 'uz', 'latn', false, (b) => {
  const v = per('uz', 'f');
  const n = per('uz', 'f');
  const m = per('tr', 'm');
  b.w`— Ismingiz nima?\n— ${P(v.U(pick(['FIO', 'IF', 'FI'])))}.\n— Qachon tug'ilgansiz?\n— ${BD(fd(v.dob, 'dmy.'))}.\n— Sizga ishni kim taklif qildi?\n— Qo'shnimiz ${P(n.U('I'))} opa. Uning jiyani Istanbulda ishlaydi, dedi.\n— U yerda sizni kim kutib oldi?\n— ${P(m.T('I'))} degan odam. U darhol pasportimni olib qo'ydi.\n— Uning raqamini eslaysizmi?\n— Ha, ${PH(phone('tr'))}.`;
});

T('uz-telegram-chat', 'uz', 'latn', false, (b) => {
  const a = per('uz', 'f');
  const r = per('uz', 'f');
  const an = pick([a.U('I').toLowerCase(), a.U('I'), a.U('IF')]);
  const rn = pick([r.U('I') + ' opa', pick(NICK_LAT)]);
  const rnLab = rn.endsWith(' opa') ? rn.slice(0, -4) : rn;
  const rnTail = rn.slice(rnLab.length);
  const d = evt();
  const ts = () => `[${fd(d, 'dmy.')} ${tm()}]`;
  b.w`${P(an)}, ${ts()}\nsalom opa, ish bormi hali?\n\n${P(rnLab)}${rnTail}, ${ts()}\nBor, Istanbulda enagalik. Pasport rasmini va JShShIRingni yubor\n\n${P(an)}, ${ts()}\n${NI(pinfl(a.dob, 'f'))}\n\n${P(rnLab)}${rnTail}, ${ts()}\nYaxshi. Bilet puli uchun Humo kartaga tashla: ${CA(card('humo', pick([0, 1, 2])))}`;
});

T('uz-ad', 'uz', 'latn', false, (b) => {
  const r = per('uz');
  b.w`${pick(['TURKIYADA', 'DUBAYDA', 'KOREYADA', 'ROSSIYADA'])} ISH!\n${int(18, 20)}–${int(35, 45)} yoshdagi ayollar va erkaklar kerak: enagalik, oshxona, qurilish.\nOylik ${int(5, 15)}00$ dan. Yotoqxona bepul.\nMurojaat uchun: ${PH(phone('uz'))} (${P(r.U(pick(['I', 'IF'])))})\nTelegram: ${HD('@' + bizHandle())}`;
});

T('uz-social-missing', 'uz', 'latn', false, (b) => {
  const g = per('uz', 'f', { y1: 1996, y2: 2006 });
  const m = per('uz', 'f');
  b.w`DIQQAT, QIDIRUV! ${P(g.U('IF'))}, ${BD(String(g.dob.y))}-yilda tug'ilgan. ${cap(pick(MONTHS.uz))} oyida Turkiyaga ketgan, shundan beri xabar yo'q. Oxirgi marta ${PH(phone('tr'))} raqamidan qo'ng'iroq qilgan. Instagram: ${HD(handleOf(g))}. Bilganlar onasi ${P(m.U('I'))} opaga xabar bering: ${PH(phone('uz'))}.`;
});

T('uz-transfer', 'uz', 'latn', false, (b) => {
  const s = per('uz');
  const r = per('uz');
  b.w`PUL O'TKAZMASI\nYuboruvchi: ${P(up(s.U('FI')))}\nYuboruvchi kartasi: ${CA(card('uzcard', pick([5, 6, 7])))}\nQabul qiluvchi: ${P(r.U('IF'))}\nQabul qiluvchi kartasi: ${CA(card('humo', pick([0, 1, 3])))}\nSumma: ${int(1, 9)} ${pad(int(0, 999), 3)} 000 so'm\nSana: ${fd(evt(), 'dmy.')} ${tm()}`;
});

T('uz-embassy', 'uz', 'latn', false, (b) => {
  const v = per('uz', 'f');
  const c = per('uz', 'm');
  b.w`O'zbekiston Respublikasining ${pick(['Turkiya Respublikasidagi', 'Birlashgan Arab Amirliklaridagi', 'Rossiya Federatsiyasidagi'])} elchixonasi\nElchixona O'zbekiston Respublikasi fuqarosi ${P(v.U('FIO'))}, ${uzDob(v, false, 0)}, ${uzPP(v)}, ish beruvchisi tomonidan ushlab turilgani haqida konsullik bo'limiga murojaat qilganini ma'lum qiladi. Aloqa uchun: konsul ${P(c.U('Fi'))}, tel. ${PH(phone(pick(['tr', 'ae', 'ru'])))}, ${EM(emailOf(c))}.`;
});

T('uz-journalist', 'uz', 'latn', false, (b) => {
  const v = per('uz', 'f');
  const r = per('uz', 'f');
  b.w`«Menga kafeda ish va'da qilishdi», — deydi ${int(19, 30)} yoshli ${P(v.U('I'))}. Uni chet elga ${P(r.U('IF'))} ismli ayol jo'natgan. U Instagram'dagi ${HD('@' + bizHandle())} sahifasi orqali e'lon bergan. ${P(v.U('I', 'gen'))} aytishicha, Dubayga yetib borishi bilan pasportini olib qo'yishgan. Hozir ${P(r.U('F'))} qidiruvda.`;
});

T('uz-statement', 'uz', 'latn', false, (b) => {
  const a = per('uz');
  const x = per('uz', 'm');
  b.w`TUSHUNTIRISH XATI\nMen, ${P(a.U('FIO'))}, ${uzDob(a, false, 0)}, manzil: ${AD(uzAddr())}, quyidagilarni ma'lum qilaman: ${int(2020, 2023)}-yilda ${P(x.U('IF'))} taklifi bilan Rossiyaga ishga bordim. U pasportimni olib qo'ydi va «qarzingni ishlab ber» dedi. Uning telefoni ${PH(phone('ru'))}.\n${P(a.U('Fi'))}`;
});

T('uz-avtm-form', 'uz', 'latn', false, (b) => {
  const p = per('uz');
  b.w`TASHQI MEHNAT MIGRATSIYASI AGENTLIGI\nRo'yxatdan o'tish varaqasi\nF.I.Sh.: ${P(p.U('FIO'))}\n${nidUz(p)}\nPasport: ${PP(passport('uz'))}\nTelefon: ${PH(phone('uz'))}, ${PH(phone('ru'))}\nHisob raqami: ${IB(acct20('uz'))}\nKarta: ${CA(card(pick(['humo', 'uzcard'])))}\nMo'ljallangan davlat: ${pick(['Koreya', 'Buyuk Britaniya', 'Rossiya', 'Turkiya'])}`;
});

T('uz-bank', 'uz', 'latn', false, (b) => {
  const c = per('uz');
  b.w`So'rovga javob № ${int(100, 9999)}\n${P(c.U('FIO', 'gen'))} (${BD(fd(c.dob, 'dmy.'))}, JShShIR ${NI(pinfl(c.dob, c.sex))}) nomiga ${pick(['«Kapitalbank»', '«Hamkorbank»', '«Asakabank»', '«Xalq banki»'])} ATBda ochilgan hisob raqami: ${IB(acct20('uz'))}, bank kartasi: ${CA(card(pick(['humo', 'uzcard', 'visa']), pick([0, 3, 5])))}.`;
});

T('uz-case-note', 'uz', 'latn', false, (b) => {
  const v = per('uz', 'f');
  const l = per('uz', 'm');
  const cw = per('uz', 'f');
  b.w`Ijtimoiy xodim qaydi, ${fd(evt(), 'dmy.')}\nMijoz: ${P(v.U('I'))}. Bugun uni pasportini tiklash uchun olib bordik. Yurist ${P(l.U('I'))} aka sudga ariza tayyorladi. ${P(v.U('I'))} yangi raqamini (${PH(phone('uz'))}) sobiq eri ${P(per('uz', 'm').U('IF', 'dat'))} aytmaslikni so'radi. Mas'ul: ${P(cw.U('I'))} opa.`;
});

T('uz-bus-list', 'uz', 'latn', false, (b) => {
  const dr = per('uz', 'm');
  const ps = Array.from({ length: int(2, 3) }, () => per('uz'));
  b.w`YO'LOVCHILAR RO'YXATI\nYo'nalish: ${pick(['Andijon — Moskva', 'Toshkent — Qozon', "Farg'ona — Yekaterinburg"])}\nAvtobus davlat raqami: ${PL(plate('uz'))}\nHaydovchi: ${P(dr.U('FIO'))}, ${phUz(dr)}\n`;
  ps.forEach((p, i) => b.w`${i + 1}. ${P(up(p.U('FI')))} — ${PP(passport('uz'))}\n`);
});

T('uz-patent', 'uz', 'latn', false, (b) => {
  const p = per('uz', 'm');
  const h = per('ru');
  b.w`Patent olish uchun ariza (tarjima)\nF.I.Sh.: ${P(p.U('FIO'))}\nTug'ilgan sanasi: ${BD(fd(p.dob, 'dmy.'))}\nPasport: ${PP(passport('uz'))}\nRossiyadagi manzili: ${AD(ruAddrStr('ru'))}\nRossiya telefoni: ${PH(phone('ru'))}\nQabul qiluvchi tomon: ${P(h.R('FIO'))}`;
});

T('uz-mahalla-letter', 'uz', 'latn', false, (b) => {
  const p = per('uz');
  const ch = per('uz', 'm');
  b.w`MA'LUMOTNOMA\n${pick(["Navro'z", "Do'stlik", 'Guliston', 'Tinchlik'])} mahalla fuqarolar yig'ini ma'lum qiladiki, ${P(p.U('FIO'))} (${BD(String(p.dob.y))}-yilda tug'ilgan) ${AD(uzAddr())} manzilida doimiy yashaydi. Oilasi: turmush o'rtog'i ${P(per('uz', p.sex === 'm' ? 'f' : 'm').U('IF'))}, ${int(1, 4)} nafar farzand.\nMFY raisi ${P(ch.U('Fi'))}`;
});

T('uz-recruiter-accounts', 'uz', 'latn', false, (b) => {
  const r = per('uz');
  b.w`Yollovchi ${P(r.U('IF'))} foydalanadigan akkauntlar: Instagram'dagi sahifasi ${HD(bizHandle())}, Telegram'dagi nomi ${HD('@' + handleOf(r))}, elektron pochtasi ${EM(emailOf(r))}. Pullar ${P(r.U('IF', 'gen'))} ${CA(card('uzcard', pick([0, 2, 5])))} kartasiga tushgan.`;
});

T('uzc-verdict', 'uz', 'cyrl', false, (b) => {
  const j = per('uz');
  const d = per('uz', 'm');
  const v = perCA('f');
  b.w`ҲУКМ\nЎЗБЕКИСТОН РЕСПУБЛИКАСИ НОМИДАН\n\n${fd(evt(), 'dmy.')}\n\n${uz2cyr(pick(UZ_COURT))} раислик қилувчи ${P(j.U('Fi', null, true))} иштирокида\n${P(d.U('FIO', null, true))}, ${uzDob(d, true)}, ${nidUz(d, true)}, яшаш манзили: ${AD(uzAddr(true))}, Ўзбекистон Республикаси ЖКнинг 135-моддаси 2-қисми билан айбланаётган жиноят ишини кўриб чиқиб,\nАНИҚЛАДИ: судланувчи ${P(d.U('IF', null, true))} жабрланувчи ${P(v.U('IF', 'acc', true))} Дубайга ишга жойлаштириш баҳонасида алдаган.`;
});

T('uzc-application', 'uz', 'cyrl', false, (b) => {
  const a = per('uz', 'f', { y1: 1960, y2: 1978 });
  const s = per('uz', 'm', { y1: 1996, y2: 2005 });
  const x = perCA('m');
  b.w`АРИЗА\nМен, ${P(a.U('FIO', null, true))}, ${uzDob(a, true, 1)}, манзил: ${AD(uzAddr(true))}, тел.: ${PH(phone('uz'))}, ўғлим ${P(s.U('IF', null, true))} (${BD(String(s.dob.y))}-йилда туғилган) ${int(2021, 2023)}-йили ${P(x.U('I', null, true))} исмли шахс билан Россияга ишга кетганини ва ҳозиргача дараги йўқлигини маълум қиламан.`;
});

T('uzc-chat', 'uz', 'cyrl', false, (b) => {
  const a = per('uz', 'f');
  const r = per('uz', 'm');
  const an = pick([a.U('I', null, true), a.U('I', null, true).toLowerCase()]);
  const rn = r.U('I', null, true);
  const d = fd(evt(), 'dmy2');
  b.w`[${d}, ${tms()}] ${P(rn)}: Ассалому алайкум, Кореяга иш бор\n[${d}, ${tms()}] ${P(an)}: ваалайкум ассалом ака, қанақа иш?\n[${d}, ${tms()}] ${P(rn)}: иссиқхона, ойига 2000$. Паспортингни юбор\n[${d}, ${tms()}] ${P(an)}: ${PP(passport('uz'))}\n[${d}, ${tms()}] ${P(rn)}: Яхши. Пулни ${P(r.U('IF', 'gen', true))} картасига ташла: ${CA(card('uzcard', pick([0, 1])))}`;
});

T('uzc-police', 'uz', 'cyrl', false, (b) => {
  const d = per('uz', 'm');
  const off = per('uz');
  b.w`БИЛДИРГИ\n${fd(evt(), 'dmy.')} куни ${uz2cyr(pick(['Toshkent', 'Andijon', 'Namangan']))} шаҳрида «${pick(['Chevrolet Damas', 'Chevrolet Nexia', 'Hyundai Starex'])}» русумли автомашина, давлат рақами ${PL(plate('uz'))}, тўхтатилди. Ҳайдовчи — ${P(d.U('FIO', null, true))}, ${uzDob(d, true, 1)}, ${phUz(d, null, true)}.\nИнспектор ${P(off.U('Fi', null, true))}`;
});

T('uzc-anketa', 'uz', 'cyrl', false, (b) => {
  const v = per('uz', 'f');
  b.w`МУРОЖААТ АНКЕТАСИ\nФ.И.Ш.: ${P(v.U('FIO', null, true))}\nТуғилган сана: ${BD(fd(v.dob, 'dmy.'))}\n${nidUz(v, true)}\nПаспорт: ${PP(passport('uz'))}\nТелефон: ${PH(phone('uz'))}\nМанзил: ${AD(uzAddr(true))}\nЭлектрон почта: ${EM(emailOf(v))}`;
});

T('uzc-social', 'uz', 'cyrl', false, (b) => {
  const g = per('uz', 'f');
  const m = per('uz', 'f');
  b.w`ДИҚҚАТ! ${P(g.U('IF', null, true))}, ${BD(String(g.dob.y))}-йилда туғилган, ${pick(['Туркияга', 'Дубайга', 'Россияга'])} кетганидан бери дараги йўқ. Охирги марта ${PH(phone(pick(['tr', 'ae', 'ru'])))} рақамидан қўнғироқ қилган. Билганлар онаси ${P(m.U('I', null, true))} опага хабар беринг: ${PH(phone('uz'))}.`;
});

// ---- Uzbek negatives
T('uz-neg-named', 'uz', 'latn', true, (b) => {
  b.w`${pick(["Mirzo Ulug'bek nomidagi O'zbekiston Milliy universiteti", 'Toshkent davlat yuridik universiteti', "Alisher Navoiy nomidagi Toshkent davlat o'zbek tili va adabiyoti universiteti"])} talabalari ${pick(['Amir Temur xiyobonida', "Navoiy ko'chasida", 'Mustaqillik maydonida'])} aksiya o'tkazishdi. Tadbir ${pick(["Alisher Navoiy nomidagi Milliy bog'da", 'Amir Temur haykali yonida'])} yakunlandi.`;
});
T('uz-neg-court', 'uz', 'latn', true, (b) => {
  const d1 = evt();
  b.w`${pick(UZ_COURT)} ${uzDate(d1)} ${int(1, 999)}-${int(19, 24)}-sonli jinoyat ishini JKning 135-moddasi bo'yicha ko'rib chiqdi. Zarar ${int(5, 90)} mln so'mni tashkil etdi. Keyingi sud majlisi ${fd(addDays(d1, int(7, 50)), 'dmy.')} kuni soat ${tm()} da bo'ladi.`;
});
T('uz-neg-hotline', 'uz', 'latn', true, (b) => {
  b.w`Odam savdosi qurboni bo'lsangiz, ${pick(['1102', '1146', '1187'])} ishonch telefoniga qo'ng'iroq qiling. Qo'ng'iroq bepul. ${pick(['HY 601', 'HY 253', 'FZ 1765'])} reysi Toshkentdan Dubayga har kuni soat ${tm()} da uchadi.`;
});
T('uz-neg-stats', 'uz', 'latn', true, (b) => {
  b.w`${int(2019, 2023)}-yilda markazga ${int(40, 300)} nafar ayol murojaat qilgan. Ular orasida ${sample(["o'zbeklar", 'tojiklar', 'qoraqalpoqlar', "qirg'izlar", 'qozoqlar'], 3).join(', ')} bor, yoshi ${int(16, 19)} dan ${int(35, 50)} gacha. Maslahatlar o'zbek va rus tillarida berildi. ${cap(pick(MONTHS.uz))} oyida murojaatlar ko'paydi.`;
});
T('uzc-neg', 'uz', 'cyrl', true, (b) => {
  b.w`${pick(['Ташқи меҳнат миграцияси агентлиги', 'Ички ишлар вазирлиги', 'Бош прокуратура'])} ${pick(['Халқаро миграция ташкилоти', 'ЕХҲТ'])} билан ҳамкорликда ${fd(evt(), 'dmy.')} куни семинар ўтказди. Семинар ${pick(['Мирзо Улуғбек номидаги Ўзбекистон Миллий университетида', 'Амир Темур хиёбони яқинидаги меҳмонхонада'])} бўлиб ўтди. Иштирокчилар сони — ${int(20, 90)} нафар.`;
});

// =============================================================== TURKISH ====
const TRNAT = {
  kz: 'Kazakistan',
  kg: 'Kırgızistan',
  uz: 'Özbekistan',
  tj: 'Tacikistan',
  tm: 'Türkmenistan',
  ru: 'Rusya Federasyonu',
  ko: 'Kazakistan',
  af: 'Afganistan',
  in: 'Hindistan',
  np: 'Nepal',
  ph: 'Filipinler',
  cn: 'Çin',
  kr: 'Güney Kore',
  gulf: 'BAE',
  tr: 'Türkiye',
};
const trApos = (name, c) => [P(name), trSuf(name, c)];
const trDob = (p, k = null) =>
  [
    [BD(fd(p.dob, 'dmy.')), ' doğumlu'],
    ['doğum tarihi: ', BD(fd(p.dob, 'dmy/'))],
    [BD(String(p.dob.y)), ' doğumlu'],
    ['D.T.: ', BD(fd(p.dob, 'dmy.'))],
  ][k ?? int(0, 3)];

T('tr-indictment', 'tr', 'latn', false, (b) => {
  const s = per('tr', 'm');
  const v = perCA('f');
  const sn = s.T('IF');
  b.w`İDDİANAME\nSoruşturma No: ${int(2019, 2024)}/${int(1000, 99999)}\n\nŞÜPHELİ: ${P(sn)}, TC Kimlik No: ${NI(tcNo())}, ${trDob(s, 0)}, ${AD(trAddr())} adresinde ikamet eder.\nMAĞDUR: ${P(v.T('IF'))} (${TRNAT[v.o]} uyruklu), pasaport no: ${PP(ppOf(v))}, ${trDob(v, 0)}.\nSUÇ: İnsan ticareti (TCK 80/1)\n\nŞüpheli ${trApos(sn, 'gen')} mağdurun pasaportunu alıkoyduğu, ${PH(phone('tr'))} numaralı hattan mağdurun ailesini tehdit ettiği anlaşılmıştır.`;
});

T('tr-police-record', 'tr', 'latn', false, (b) => {
  const d = per('tr', 'm');
  const x1 = perCA();
  const x2 = perCA();
  const dn = d.T('IF');
  b.w`TUTANAK\n${fd(evt(), 'dmy.')} günü saat ${tm()} sıralarında yapılan yol kontrolünde ${PL(plate('tr'))} plakalı ${pick(['Ford Transit', 'Fiat Doblo', 'Renault Master', 'Volkswagen Transporter'])} marka araç durduruldu. Araç sürücüsü ${trApos(dn, 'gen')} (TC ${NI(tcNo())}) yanında pasaportsuz ${int(3, 9)} yabancı uyruklu şahıs bulundu: ${P(x1.T('IF'))}, ${P(x2.T('IF'))} ve diğerleri. Şahıslar Yabancılar Şube Müdürlüğüne teslim edildi.`;
});

T('tr-news', 'tr', 'latn', false, (b) => {
  const v = perCA('f');
  const s = per('tr', 'm');
  const vn = v.T('IF');
  const sn = s.T('IF');
  b.w`${TRNAT[v.o]} uyruklu ${trApos(vn, 'gen')} ifadesine göre, ${P(sn)} isimli şahıs kendisine ${pick(['Antalya', 'İstanbul', 'Trabzon'])}'da otelde iş vaat etti. Mağdurun pasaportunu alan ${trApos(s.T('I'), 'gen')} telefon numarasının ${PH(phone('tr'))} olduğu tespit edildi. ${trApos(s.T('F'), 'dat')} ait ${PL(plate('tr'))} plakalı araç da incelemeye alındı.`;
});

T('tr-job-ad', 'tr', 'latn', false, (b) => {
  const r = per('tr', 'f');
  b.w`Yaşlı bakımı için yatılı bakıcı aranıyor. ${pick(['Özbek', 'Türkmen', 'Kırgız', 'Gürcü'])} bayanlar tercih edilir. Maaş ${int(15, 40)}.000 TL, sigorta yok. İletişim: ${P(r.T('I'))} Hanım — ${PH(phone('tr'))}, Instagram: ${HD(bizHandle())}`;
});

T('tr-hotel-kbs', 'tr', 'latn', false, (b) => {
  const g = perCA();
  b.w`KBS — KONAKLAMA BİLDİRİMİ\nAdı: ${P(upTr(g.T('I')))}\nSoyadı: ${P(upTr(g.T('F')))}\nUyruğu: ${TRNAT[g.o]}\nDoğum tarihi: ${BD(fd(g.dob, 'dmy.'))}\nPasaport No: ${PP(ppOf(g))}\nOda No: ${int(101, 520)}\nGiriş tarihi: ${fd(evt(), 'dmy.')}\nTelefon: ${PH(phone('tr'))}`;
});

T('tr-residence-form', 'tr', 'latn', false, (b) => {
  const p = perCA();
  const fa = new Person(p.o, 'm');
  b.w`İKAMET İZNİ BAŞVURU FORMU\nYabancı kimlik no: ${NI(tcNo('99'))}\nAdı Soyadı: ${P(p.T('IF'))}\nBaba adı: ${P(fa.T('I'))}\n${trDob(p, 1)}\nPasaport no: ${PP(ppOf(p))}\nTürkiye'deki adresi: ${AD(trAddr())}\nTelefon: ${PH(phone('tr'))}\nE-posta: ${EM(emailOf(p))}`;
});

T('tr-whatsapp', 'tr', 'latn', false, (b) => {
  const e = per('tr', 'f');
  const w = per(pick(['uz', 'tm', 'kg']), 'f');
  const wn = w.T('I');
  const d = evt();
  const ts = () => `[${pad(d.d)}.${pad(d.m)}.${String(d.y).slice(2)} ${tm()}]`;
  b.w`${ts()} ${P(e.T('I'))} Hanım: ${P(wn)} neredesin? Annem bekliyor\n${ts()} ${P(wn)}: abla pasaportumu verir misiniz, konsolosluğa gideceğim\n${ts()} ${P(e.T('I'))} Hanım: Borcunu ödeyince. Maaşını ${trApos(e.T('IF'), 'gen')} hesabına yatırdım: ${IB(iban('TR'))}\n${ts()} ${P(wn)}: ama o sizin hesabınız`;
});

T('tr-witness', 'tr', 'latn', false, (b) => {
  const w = per('tr');
  const s = per('tr', 'm');
  const v = perCA('f');
  b.w`TANIK İFADESİ\nAdı Soyadı: ${P(w.T('IF'))}\nTC Kimlik No: ${NI(tcNo())}\nAdres: ${AD(trAddr())}\n${trApos(s.T('IF'), 'acc')} yaklaşık iki yıldır tanırım. Geçen ${pick(MONTHS.tr)} ayında ${trApos(v.T('I'), 'gen')} pasaportunu aldığını gördüm. ${P(v.T('I'))} ağlıyordu.`;
});

T('tr-ptt-transfer', 'tr', 'latn', false, (b) => {
  const s = per('tr');
  const r = perCA();
  b.w`PTT HAVALE DEKONTU\nGönderen: ${P(upTr(s.T('IF')))}\nGönderen IBAN: ${IB(iban('TR'))}\nAlıcı: ${P(upTr(r.T('IF')))}\nAlıcı IBAN: ${IB(iban('TR'))}\nTutar: ${int(1, 60)}.${pad(int(0, 999), 3)},00 TL\nAçıklama: ${pick(['maaş', 'kira', 'borç'])}\nİşlem tarihi: ${fd(evt(), 'dmy.')}`;
});

T('tr-social', 'tr', 'latn', false, (b) => {
  const a = per('tr', 'f');
  const s = perCA('f');
  b.w`${HD('@' + handleOf(a))}: Arkadaşlar dikkat! ${P(s.T('IF'))} adındaki kişi yurt dışında iş vaadiyle para topluyor. ${PH(phone('tr'))} numarasından arıyor, Instagram hesabı ${HD('@' + bizHandle())}. Lütfen paylaşın 🙏`;
});

T('tr-court-decision', 'tr', 'latn', false, (b) => {
  const s = per('tr', 'm');
  const fa = per('tr', 'm');
  const v = perCA('f');
  b.w`T.C. ${pick(['İSTANBUL', 'ANTALYA', 'ANKARA', 'İZMİR'])} ${int(1, 40)}. AĞIR CEZA MAHKEMESİ\nESAS NO: ${int(2019, 2024)}/${int(1, 999)}\nKARAR NO: ${int(2019, 2024)}/${int(1, 999)}\n\nSANIK: ${P(upTr(s.T('IF')))}, ${P(fa.T('I'))} oğlu, ${trDob(s, 0)}\nMAĞDUR: ${P(upTr(v.T('IF')))}, ${TRNAT[v.o]} uyruklu\n\nSanık ${trApos(s.T('F'), 'gen')} TCK 80/1 maddesi uyarınca ${int(8, 12)} yıl hapis cezası ile cezalandırılmasına karar verildi.`;
});

// ---- Turkish negatives
T('tr-neg-named', 'tr', 'latn', true, (b) => {
  b.w`Etkinlik ${pick(['Mimar Sinan Güzel Sanatlar Üniversitesi', 'Yıldız Teknik Üniversitesi', 'Hacettepe Üniversitesi', 'Mehmet Akif Ersoy Üniversitesi'])} öğrencilerinin katılımıyla ${pick(["İstiklal Caddesi'nde", "Atatürk Bulvarı'nda", "Cumhuriyet Meydanı'nda"])} başladı ve ${pick(['Fatih Sultan Mehmet Köprüsü', 'Atatürk Kültür Merkezi', 'Kız Kulesi'])} önünde sona erdi. Katılımcılar ${pick(['Atatürk Havalimanı', 'Sabiha Gökçen Havalimanı'])}'ndan geldi.`;
});
T('tr-neg-legal', 'tr', 'latn', true, (b) => {
  b.w`Dosya TCK 80. madde kapsamında ${int(1, 40)}. Ağır Ceza Mahkemesi'nin ${int(2019, 2024)}/${int(1, 999)} esas sayılı dosyasında görülüyor. Duruşma ${fd(evt(), 'dmy.')} tarihine ertelendi. Zarar ${int(50, 900)}.000 TL olarak hesaplandı.`;
});
T('tr-neg-hotline', 'tr', 'latn', true, (b) => {
  b.w`İnsan ticareti mağdurları 157 YİMER hattını arayabilir; acil durumlarda 112. ${pick(['TK 345', 'PC 381', 'TK 351'])} sefer sayılı uçak saat ${tm()} sularında iniş yaptı. Yolcuların çoğu ${int(18, 22)}–${int(35, 45)} yaş arası ${sample(['Özbek', 'Türkmen', 'Kırgız', 'Kazak', 'Afgan'], 2).join(' ve ')} vatandaşlarıydı. ${pick(MONTHS.tr)} ayında sayı arttı.`;
});

// ============================================================== TURKMEN ====
const tkDob = (p, k = null) =>
  [
    [BD(String(p.dob.y)), '-nji ýylda doglan'],
    ['doglan senesi: ', BD(fd(p.dob, 'dmy.'))],
    [BD(fd(p.dob, 'dmy.')), ' senede doglan'],
  ][k ?? int(0, 2)];
const TK_COURT = [
  'Aşgabat şäheriniň Bagtyýarlyk etrap kazyýeti',
  'Mary welaýat kazyýeti',
  'Daşoguz şäher kazyýeti',
  'Lebap welaýat kazyýeti',
];

T('tk-verdict', 'tk', 'latn', false, (b) => {
  const j = per('tm');
  const d = per('tm', 'm');
  const v = per('tm', 'f');
  b.w`HÖKÜM\nTÜRKMENISTANYŇ ADYNDAN\n\n${fd(evt(), 'dmy.')}\n\n${pick(TK_COURT)}, başlyklyk ediji kazy ${P(j.M('Fi'))}, ejir çeken ${P(v.M('IF'))} gatnaşmagynda, ${P(d.M('FIO'))}, ${tkDob(d)}, ${AD(tkAddr())} salgysynda ýaşaýan, pasport ${PP(passport('tm'))}, adam söwdasynda aýyplanýan jenaýat işine seredip,\nANYKLADY:`;
});

T('tk-police', 'tk', 'latn', false, (b) => {
  const d = per('tm', 'm');
  const x = per('tm');
  const off = per('tm');
  b.w`MAGLUMATNAMA\n${fd(evt(), 'dmy.')} sagat ${tm()} töweregi ${pick(['Aşgabat — Mary', 'Aşgabat — Türkmenbaşy', 'Mary — Türkmenabat'])} ýolunda ${pick(['Toyota Camry', 'Toyota Land Cruiser', 'Lexus GX'])} awtoulagy saklanyldy. Sürüji — ${P(d.M('FIO'))}, ${tkDob(d, 0)}, tel. ${PH(phone('tm'))}. Ulagda resminamasyz ${P(x.M('IF'))} hem bardy.\nInspektor ${P(off.M('Fi'))}`;
});

T('tk-intake', 'tk', 'latn', false, (b) => {
  const v = per('tm', 'f');
  const r = per('tm');
  b.w`ÝÜZLENME ANKETASY\nFamiliýasy, ady, atasynyň ady: ${P(v.M('FIO'))}\nDoglan senesi: ${BD(fd(v.dob, 'dmy.'))}\nPasport: ${PP(passport('tm'))}\nTelefon: ${PH(phone('tm'))}\nSalgysy: ${AD(tkAddr())}\nYnanyşly adamy: ${P(r.M('IF'))} (${sx(r, 'dogany', 'uýasy')}), ${PH(phone('tm'))}\nÝüzlenen senesi: ${fd(evt(), 'dmy.')}`;
});

T('tk-interview', 'tk', 'latn', false, (b) => {
  const v = per('tm', 'f');
  const n = per('tm', 'f');
  const m = per('tr', 'm');
  b.w`— Adyňyz näme?\n— ${P(v.M(pick(['IF', 'FIO'])))}.\n— Haçan doguldyňyz?\n— ${BD(fd(v.dob, 'dmy.'))}.\n— Size işi kim teklip etdi?\n— Goňşymyz ${P(n.M('I'))} daýza. Onuň gyzy Stambulda işleýär diýdi.\n— Ol ýerde sizi kim garşy aldy?\n— ${P(m.T('I'))} atly adam. Ol pasportymy aldy.\n— Onuň telefon belgisi ýadyňyzdamy?\n— Hawa, ${PH(phone('tr'))}.`;
});

T('tk-chat', 'tk', 'latn', false, (b) => {
  const a = per('tm', 'f');
  const r = per('tm', 'f');
  const an = pick([a.M('I'), a.M('I').toLowerCase()]);
  const rn = r.M('I');
  const d = fd(evt(), 'dmy2');
  b.w`[${d}, ${tm()}] ${P(an)}: salam, Türkiýede iş barmy?\n[${d}, ${tm()}] ${P(rn)}: bar, garry aýala seretmeli. Pasportyňy iber\n[${d}, ${tm()}] ${P(an)}: ${PP(passport('tm'))}\n[${d}, ${tm()}] ${P(rn)}: bolýar. Stambulda seni ${P(per('tr', 'm').T('IF'))} garşy alar, belgisi ${PH(phone('tr'))}`;
});

T('tk-ad', 'tk', 'latn', false, (b) => {
  const r = per('tm', 'f');
  b.w`TÜRKIÝEDE IŞ! Garryja ideg etmek üçin ${int(20, 25)}–${int(40, 50)} ýaşly aýal-gyzlar gerek. Aýlyk ${int(5, 9)}00$. Habarlaşmak üçin: ${PH(phone('tm'))} (${P(r.M('I'))}), WhatsApp: ${PH(phone('tr'))}, Instagram: ${HD(bizHandle())}`;
});

T('tk-social-missing', 'tk', 'latn', false, (b) => {
  const g = per('tm', 'f', { y1: 1995, y2: 2005 });
  const m = per('tm', 'f');
  b.w`GÖZLEÝÄRIS! ${P(g.M('IF'))}, ${BD(String(g.dob.y))}-nji ýylda doglan. ${cap(pick(MONTHS.tk))} aýynda Türkiýä gitdi, şondan bäri habar ýok. Soňky gezek ${PH(phone('tr'))} belgiden jaň etdi. Bilýänler ejesi ${P(m.M('I'))} bilen habarlaşyň: ${PH(phone('tm'))}.`;
});

T('tk-transfer', 'tk', 'latn', false, (b) => {
  const s = per('tm');
  const r = per('tm');
  b.w`PUL GEÇIRIMI\nIberiji: ${P(s.M('IF'))}\nIberijiniň telefony: ${PH(phone('tr'))}\nAlyjy: ${P(up(tkPlain(r.M('FI'))))}\nAlyjynyň pasporty: ${PP(passport('tm'))}\nMukdary: ${int(100, 1500)} USD\nSenesi: ${fd(evt(), 'dmy.')}`;
});

T('tk-embassy', 'tk', 'latn', false, (b) => {
  const v = per('tm', 'f');
  const c = per('tm', 'm');
  b.w`Türkmenistanyň Türkiýe Respublikasyndaky ilçihanasy ${P(v.M('IF', 'gen'))} ýüzlenmesi barada habar berýär: raýat ${P(v.M('FIO'))}, ${tkDob(v, 1)}, pasport ${PP(passport('tm'))}, iş berijisi tarapyndan saklanýar. Habarlaşmak üçin: konsul ${P(c.M('Fi'))}, tel. ${PH(phone('tr'))}, ${EM(emailOf(c))}.`;
});

// ---- Turkmen negatives
T('tk-neg-named', 'tk', 'latn', true, (b) => {
  b.w`${pick(['Magtymguly adyndaky Türkmen döwlet uniwersitetiniň', 'Seýitnazar Seýdi adyndaky Türkmen döwlet mugallymçylyk institutynyň'])} talyplary ${pick(['Bitarap Türkmenistan şaýolunda', 'Magtymguly şaýolunda', 'Türkmenbaşy şaýolunda'])} dabara geçirdiler. Aşgabatdan Stambula T5 ${int(700, 799)} reýsi her gün sagat ${tm()}-da uçýar.`;
});
T('tk-neg-stats', 'tk', 'latn', true, (b) => {
  b.w`${int(2019, 2023)}-nji ýylda merkeze ${int(20, 150)} aýal ýüzlendi. Olaryň arasynda türkmenler, özbekler we gazaklar bar, ýaşy ${int(17, 20)}–${int(35, 50)}. Maslahatlar türkmen we rus dillerinde berildi. ${cap(pick(MONTHS.tk))} aýynda ýüzlenmeler köpeldi.`;
});

// ====================================================== short fragments ====
// ---- Russian
T('ru-s-bank-sms', 'ru', 'cyrl', false, (b) => {
  const p = perCA();
  b.w`${pick(['СБЕРБАНК', 'Т-Банк', 'ВТБ'])}. Перевод ${int(2, 60)}${pick(['000', '500'])}р от ${P(up(p.R('I')) + ' ' + p.ruS()[0] + '.')} Баланс: ${int(100, 90000)}.${pad(int(0, 99))}р`;
});
T('ru-s-comment', 'ru', 'cyrl', false, (b) => {
  const p = perCA('f');
  b.w`Это же ${P(p.R('I'))}, она и мою сестру звала в ${pick(['Дубай', 'Стамбул', 'Сеул'])}, её номер ${PH(phone(pick(['kz', 'kg', 'uz'])))}`;
});
T('ru-s-call-line', 'ru', 'cyrl', false, (b) => {
  const p = perCA();
  b.w`${tm()} ${pick(['входящий', 'исходящий', 'пропущенный'])} ${PH(phoneOf(p))} (${P(pick([p.R('I'), p.R('IF'), pick(DIMIN_RU)]))}) — ${int(1, 14)} мин.`;
});
T('ru-s-order', 'ru', 'cyrl', false, (b) => {
  const p = perCA('f');
  b.w`Передать ${P(p.R(pick(['FIO', 'Fio']), 'd'))} под расписку ${ppRu(p)} и мобильный телефон.`;
});
T('ru-s-news-brief', 'ru', 'cyrl', false, (b) => {
  const p = perCA('m');
  b.w`В ${pick(['Шымкенте', 'Оше', 'Андижане', 'Худжанде', 'Таразе'])} задержан ${int(25, 58)}-летний ${P(p.R('I') + ' ' + p.ruS()[0] + '.')}, подозреваемый в продаже ${pick(['двух девушек', 'несовершеннолетней', 'трёх женщин'])} в ${pick(['ОАЭ', 'Турцию', 'Бахрейн'])}.`;
});
T('ru-s-todo', 'ru', 'cyrl', false, (b) => {
  const p = perCA('f');
  b.w`Позвонить ${P(p.R('I', 'd'))} после ${int(16, 20)}:00 — ${PH(phoneOf(p))}. Уточнить про справку.`;
});
T('ru-s-receipt', 'ru', 'cyrl', false, (b) => {
  const p = perCA();
  b.w`Получено от ${P(p.R('Fio', 'g'))} ${sumRu()} в счёт долга за билет. ${fd(evt(), 'dmy.')}`;
});
T('ru-s-forward', 'ru', 'cyrl', false, (b) => {
  b.w`Переслано от ${HD('@' + bizHandle())}:\n«Срочно! Нужны девушки ${int(18, 20)}–${int(25, 30)} лет, работа в ${pick(['Дубае', 'Анталье', 'Бахрейне'])}, перелёт бесплатно»`;
});
T('ru-s-ticket', 'ru', 'cyrl', false, (b) => {
  const p = perCA();
  b.w`Электронный билет: ${P(p.L('SLASH'))} ${sx(p, 'MR', 'MS')}, рейс ${pick(['KC 917', 'FZ 1712', 'HY 601', 'TK 351'])}, место ${int(3, 38)}${pick('ABCDEF'.split(''))}`;
});
T('ru-s-car', 'ru', 'cyrl', false, (b) => {
  const p = perCA('m');
  b.w`Машина: ${pick(['белая Camry', 'серая Нексия', 'чёрный Прадо', 'белый Спринтер'])}, ${PL(plate(pick(['kz', 'ru', 'kg', 'uz']), 'cyrl'))}, за рулём ${P(p.R('I'))}.`;
});
T('ru-s-who-knows', 'ru', 'cyrl', false, (b) => {
  const p = perCA('f', { y1: 1996, y2: 2006 });
  b.w`Кто знает эту девушку? ${P(p.R('IF'))}, ${BD(String(p.dob.y))} г.р., пропала в ${pick(['Стамбуле', 'Дубае', 'Москве'])}.`;
});
T('ru-s-insta-bio', 'ru', 'cyrl', false, (b) => {
  b.w`🇦🇪 Работа в ОАЭ | визы | билеты\n📲 ${PH(phone(pick(['kz', 'kg', 'uz', 'ae'])))}\n✉️ ${EM(bizEmail())}`;
});
T('ru-s-signature', 'ru', 'cyrl', false, (b) => {
  const p = perCA();
  b.w`С уважением,\n${P(p.R(pick(['IF', 'IOF', 'ioF'])))}\n${pick(['юрист', 'кейс-менеджер', 'социальный работник', 'координатор'])}\n${EM(emailOf(p))}`;
});
T('ru-s-return-receipt', 'ru', 'cyrl', false, (b) => {
  const p = perCA('f');
  b.w`Расписка. Я, ${P(p.R('FIO'))}, получила обратно свой ${pick(['паспорт', 'загранпаспорт'])} ${PP(ppOf(p))}. Претензий не имею.`;
});

// ---- English
T('en-s-sms', 'en', 'latn', false, (b) => {
  const p = perCA();
  b.w`Your transfer of AED ${int(100, 3000)} to ${P(p.L('CAPS'))} was successful. Ref ${dig(10)}.`;
});
T('en-s-comment', 'en', 'latn', false, (b) => {
  const a = perCA('f');
  const p = perCA('f');
  b.w`${HD('@' + handleOf(a))} that's ${P(p.L('I'))}!! she took my cousin's money too`;
});
T('en-s-missing', 'en', 'latn', false, (b) => {
  const p = perOf(['ph', 'np', 'kg', 'uz'], 'f');
  b.w`Missing since ${pick(MONTHS.en)}: ${P(p.L('IF'))} (${BD(String(p.dob.y))}). Call ${PH(phone(pick(['ae', 'sa', 'kg', 'uz'])))}.`;
});
T('en-s-callback', 'en', 'latn', false, (b) => {
  const p = perCA();
  b.w`Called ${P(p.L('I'))} back on ${PH(phoneOf(p))} — no answer, will try tomorrow.`;
});
T('en-s-caption', 'en', 'latn', false, (b) => {
  const p = perCA('f');
  b.w`Photo: ${P(p.L('IF'))}, ${int(19, 35)}, at the shelter in ${pick(SRC_EN)}. Her name is used with permission.`;
});
T('en-s-signature', 'en', 'latn', false, (b) => {
  const p = perCA();
  b.w`Regards,\n${P(p.L('IF'))}\n${pick(['Case worker', 'Legal officer', 'Programme assistant'])}\n${EM(emailOf(p))}`;
});
T('en-s-booking', 'en', 'latn', false, (b) => {
  const p = perCA();
  b.w`Booking ref ${up(Array.from({ length: 6 }, () => pick('ABCDEFGHJKLMNPRSTUVWXYZ23456789'.split(''))).join(''))} — guest ${P(p.L('IF'))}, ${int(1, 14)} nights, paid in cash.`;
});
T('en-s-car', 'en', 'latn', false, (b) => {
  b.w`A ${pick(['white Toyota Land Cruiser', 'silver Nissan Patrol', 'black GMC Yukon'])} (${PL(plate('ae'))}) was seen outside the villa on ${enWhen()}.`;
});

// ---- Kazakh
T('kk-s-comment', 'kk', 'cyrl', false, (b) => {
  const p = perCA('f');
  b.w`Бұл ${P(p.K('I'))} ғой, менің апамды да Дубайға шақырған, нөмірі ${PH(phone('kz'))}`;
});
T('kk-s-sms', 'kk', 'cyrl', false, (b) => {
  const p = per('kz');
  b.w`Kaspi: ${P(p.K('I') + ' ' + p.K('F')[0] + '.')} сізге ${int(2, 90)} 000 ₸ аударды.`;
});
T('kk-s-note', 'kk', 'cyrl', false, (b) => {
  const p = per('kz', 'f');
  b.w`${P(p.K('I', 'dat'))} сағат ${int(16, 20)}:00-ден кейін хабарласу — ${PH(phone('kz'))}`;
});
T('kk-s-who-knows', 'kk', 'cyrl', false, (b) => {
  const p = per('kz', 'f', { y1: 1996, y2: 2006 });
  b.w`Бұл қызды кім таниды? ${P(p.K('IF'))}, ${BD(String(p.dob.y))} ж.т., Стамбұлда хабарсыз кетті.`;
});

// ---- Uzbek
T('uz-s-comment', 'uz', 'latn', false, (b) => {
  const p = perCA('f');
  b.w`Bu ${P(p.U('I'))}-ku, singlimni ham Dubayga chaqirgan, raqami ${PH(phone('uz'))}`;
});
T('uz-s-sms', 'uz', 'latn', false, (b) => {
  const p = per('uz');
  b.w`Click: ${P(up(p.U('FI')))} kartasiga ${pick([`${int(100, 999)} 000`, `${int(1, 5)} ${pad(int(0, 999), 3)} 000`])} so'm o'tkazildi.`;
});
T('uz-s-note', 'uz', 'latn', false, (b) => {
  const p = per('uz', 'f');
  b.w`${P(p.U('I', 'dat'))} soat ${int(16, 20)}:00 dan keyin qo'ng'iroq qilish — ${PH(phone('uz'))}`;
});
T('uz-s-who-knows', 'uz', 'latn', false, (b) => {
  const p = per('uz', 'f', { y1: 1996, y2: 2006 });
  b.w`Bu qizni kim taniydi? ${P(p.U('IF'))}, ${BD(String(p.dob.y))}-yilda tug'ilgan, Istanbulda yo'qolib qolgan.`;
});
T('uzc-s-comment', 'uz', 'cyrl', false, (b) => {
  const p = per('uz', 'f');
  b.w`Бу ${P(p.U('I', null, true))}, менинг синглимни ҳам чақирган, рақами ${PH(phone('uz'))}`;
});

// ---- Kyrgyz
T('ky-s-comment', 'ky', 'cyrl', false, (b) => {
  const p = per('kg', 'f');
  b.w`Бул ${P(p.Y('I'))} го, эжемди да Дубайга чакырган, номери ${PH(phone('kg'))}`;
});
T('ky-s-sms', 'ky', 'cyrl', false, (b) => {
  const p = per('kg');
  b.w`МБанк: ${P(p.Y('I') + ' ' + p.Y('F')[0] + '.')} сизге ${int(1, 50)} 000 сом которду.`;
});
T('ky-s-note', 'ky', 'cyrl', false, (b) => {
  const p = per('kg', 'f');
  b.w`${P(p.Y('I', 'dat'))} саат ${int(16, 20)}:00дөн кийин чалуу — ${PH(phone('kg'))}`;
});
T('ky-s-who-knows', 'ky', 'cyrl', false, (b) => {
  const p = per('kg', 'f', { y1: 1996, y2: 2006 });
  b.w`Бул кызды ким тааныйт? ${P(p.Y('IF'))}, ${BD(String(p.dob.y))}-жылы туулган, Стамбулда дайынсыз жоголгон.`;
});

// ---- Tajik
T('tg-s-comment', 'tg', 'cyrl', false, (b) => {
  const p = per('tj', 'f');
  b.w`Ин ${P(p.G('I'))} аст, хоҳарамро ҳам ба Дубай даъват карда буд, рақамаш ${PH(phone('tj'))}`;
});
T('tg-s-note', 'tg', 'cyrl', false, (b) => {
  const p = per('tj');
  b.w`Ба ${P(p.G('I'))} баъд аз соати ${int(16, 20)}:00 занг задан — ${PH(phone('tj'))}`;
});
T('tg-s-who-knows', 'tg', 'cyrl', false, (b) => {
  const p = per('tj', 'f', { y1: 1996, y2: 2006 });
  b.w`Ин духтарро кӣ мешиносад? ${P(p.G('IF'))}, соли ${BD(String(p.dob.y))} таваллуд шуда, дар Истамбул гум шудааст.`;
});

// ---- Turkish
T('tr-s-comment', 'tr', 'latn', false, (b) => {
  const p = perCA('f');
  b.w`Bu ${P(p.T('I'))} değil mi? Kuzenimi de Dubai'ye çağırmıştı, numarası ${PH(phone(pick(['tr', 'kz', 'uz'])))}`;
});
T('tr-s-sms', 'tr', 'latn', false, (b) => {
  const p = perCA();
  b.w`${P(upTr(p.T('IF')))} adına ${int(1, 9)}.${pad(int(0, 999), 3)} TL tutarındaki havale hesabınıza geçmiştir.`;
});
T('tr-s-note', 'tr', 'latn', false, (b) => {
  const p = per('tr', 'f');
  b.w`${trApos(p.T('I'), 'dat')} saat ${int(16, 20)}.00'den sonra ara — ${PH(phone('tr'))}`;
});

// ---- Turkmen
T('tk-s-comment', 'tk', 'latn', false, (b) => {
  const p = per('tm', 'f');
  b.w`Bu ${P(p.M('I'))} ahyryn, meniň uýamy hem Stambula çagyrypdy, belgisi ${PH(phone(pick(['tm', 'tr'])))}`;
});
T('tk-s-note', 'tk', 'latn', false, (b) => {
  const p = per('tm', 'f');
  b.w`${P(p.M('I', 'dat'))} sagat ${int(16, 20)}:00-dan soň jaň etmeli — ${PH(phone('tm'))}`;
});

// ----------------------------------------------------------------- main ----
const TARGET = { ru: 297, en: 180, kk: 90, uz: 108, ky: 81, tg: 63, tr: 45, tk: 36 };
const NEG_SHARE = 0.15;

function validate(rec, tpl) {
  const { text, spans } = rec;
  const fail = (m) => {
    throw new Error(`${rec.id} (${tpl.id}): ${m}\n${text}`);
  };
  if (!text || /undefined|NaN|\[object|null/.test(text)) fail('bad text');
  let last = 0;
  for (const s of spans) {
    if (!TYPES.includes(s.type)) fail('type ' + s.type);
    if (!(s.start >= 0 && s.end > s.start && s.end <= text.length)) fail('bounds');
    if (s.start < last) fail('order/overlap');
    if (text.slice(s.start, s.end) !== s.piece) fail('slice mismatch');
    if (s.piece !== s.piece.trim() || !s.piece.trim()) fail('whitespace at span edge: ' + JSON.stringify(s.piece));
    last = s.end;
  }
  if (tpl.neg && spans.length) fail('negative with spans');
  if (!tpl.neg && !spans.length) fail('positive without spans');
}

function main() {
  const byLang = {};
  for (const t of TPL) (byLang[t.lang] ||= []).push(t);
  const ids = new Set();
  for (const t of TPL) {
    if (ids.has(t.id)) throw new Error('duplicate template id ' + t.id);
    ids.add(t.id);
  }
  const plan = [];
  const spread = (list, n) => {
    if (!list.length) return;
    const base = Math.floor(n / list.length);
    const order = shuffle(list);
    order.forEach((t, i) => {
      const k = base + (i < n - base * list.length ? 1 : 0);
      for (let j = 0; j < k; j++) plan.push(t);
    });
  };
  for (const lang of Object.keys(TARGET)) {
    const list = byLang[lang] || [];
    const neg = list.filter((t) => t.neg);
    const pos = list.filter((t) => !t.neg);
    const nNeg = neg.length ? Math.round(TARGET[lang] * NEG_SHARE) : 0;
    spread(pos, TARGET[lang] - nNeg);
    spread(neg, nNeg);
  }
  const order = shuffle(plan);
  const seen = new Set();
  const out = [];
  order.forEach((tpl, i) => {
    let b;
    for (let attempt = 0; ; attempt++) {
      b = new Builder();
      resetClock();
      tpl.fn(b);
      b.text = b.text.replace(/\s+$/, '');
      if (!seen.has(b.text)) break;
      if (attempt > 40) throw new Error('cannot draw a unique text for ' + tpl.id);
    }
    seen.add(b.text);
    const rec = { id: 'h23-' + pad(i + 1, 4), language: tpl.lang, script: tpl.script, text: b.text, spans: b.spans };
    validate(rec, tpl);
    out.push({ rec, tpl });
  });
  const lines = out.map(
    ({ rec }) =>
      JSON.stringify({
        id: rec.id,
        language: rec.language,
        script: rec.script,
        text: rec.text,
        spans: rec.spans.map((s) => ({ start: s.start, end: s.end, type: s.type })),
      }) + '\n',
  );
  const body = lines.join('');
  const root = typeof __dirname !== 'undefined' ? pathJoin(__dirname, '..') : process.cwd();
  const file = pathJoin(root, 'test', 'fixtures', 'anonymizer-heldout-23.jsonl');
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, body, 'utf8');

  // summary
  const perType = Object.fromEntries(TYPES.map((t) => [t, 0]));
  const perLang = {};
  let nSpans = 0;
  let nNeg = 0;
  for (const { rec, tpl } of out) {
    perLang[rec.language] = (perLang[rec.language] || 0) + 1;
    if (tpl.neg) nNeg++;
    for (const s of rec.spans) {
      perType[s.type]++;
      nSpans++;
    }
  }
  const usedTpl = new Set(out.map((x) => x.tpl.id));
  console.log(`snippets ${out.length}, spans ${nSpans}, negatives ${nNeg}, templates ${usedTpl.size}/${TPL.length}`);
  console.log('per type', JSON.stringify(perType));
  console.log('per language', JSON.stringify(perLang));
  console.log('sha256', createHash('sha256').update(body).digest('hex'));
  console.log('written', file);
}
main();
