/* eslint-disable */
// @ts-nocheck: a held-out generator, written without reading the code; it is run, not imported.
/**
 * Held-out evaluation set no. 18 for the personal-data anonymizer (cross-border trafficking cases,
 * Central Asia -> Russia / Turkey / UAE / South Korea / Thailand / China).
 *
 * Output: test/fixtures/anonymizer-heldout-18.jsonl, 707 snippets (588 with 1-6 spans, 119 hard negatives
 * with no span; 1,854 spans in all), ids h18-0001..h18-0707, shuffled with a fixed seed (mulberry32).
 *
 * Languages and scripts: ru 146 (Cyrillic), en 140 (Latin), uz 95 (54 Latin + 41 Cyrillic), kk 88
 * (75 Cyrillic + 13 Latin 2021 alphabet), ky 82, tg 75 (Cyrillic), tr 81 (Latin). A few context sentences
 * about Korean, Thai, Arab and Chinese employers/brokers are written in English or Russian (with Hangul, Thai,
 * Arabic and Han names). Types: PERSON PHONE EMAIL NATIONAL_ID PASSPORT CARD IBAN ADDRESS BIRTH_DATE PLATE HANDLE.
 *
 * Forms: court verdicts and headers (named judge / secretary / prosecutor), indictments, prosecutor notes,
 * NGO intake forms ("Field: value"), hotline logs, WhatsApp/Telegram transcripts with speaker names, phone
 * contact lists, bank statements and pipe tables, payment orders, remittance slips, migration records, PNR and
 * passenger manifests, MRZ blocks, police/vehicle reports, lease contracts, e-mail headers, Interpol-style
 * blocks, first-person statements, lawyer's notes, news paragraphs, OCR noise (spaced letters, hyphenated
 * line breaks, identifiers wrapped across lines and therefore not labelled), mixed Russian/Uzbek/English/
 * Turkish text, lower-case and all-caps names, initials before and after surnames, nicknames in quotes and
 * diminutives, Russian case inflection (gen/dat/acc/ins/prep), Kazakh/Kyrgyz/Uzbek case suffixes and Tajik
 * "-ро" glued to names (inside the span), Turkish apostrophe suffixes and English "'s" (outside), titles and
 * honorifics (outside), KZ IIN / KG PIN / UZ PINFL / TJ INN / RU SNILS and INN / TR T.C. kimlik / UAE EID /
 * KR RRN (some IIN, PINFL, SNILS, INN and T.C. numbers with a wrong check digit after an explicit cue), Luhn-valid and masked cards,
 * KZ/TR/AE IBANs (grouped, lower case) and Russian 408... accounts, KZ/KG/UZ/TJ/RU/TR/AE/TH plates.
 * Name pools: 434 given names and 344 surnames (Kazakh, Kyrgyz, Uzbek, Tajik, Turkmen, Russian, Koryo-saram,
 * Korean, Chinese, Turkish, Arab, Thai), drawn without replacement so that rare names appear.
 * Hard negatives: statistics, laws and articles, case and ERDR numbers, hearing/arrest/flight dates written in
 * the same formats as birth dates, sums, flight numbers, organisations' hotlines, NGOs and ministries, streets
 * and person names inside organisation/place names, ages, nationality words, headings in capitals.
 *
 * Conventions (decided here, independently of the rules being judged):
 *  - offsets are UTF-16 code units, end exclusive, computed from the inserted pieces;
 *  - PERSON never includes titles or roles; the trailing dot of an initial is left outside the span
 *    ("Асанов Б.К." -> "Асанов Б.К"); Turkish apostrophe suffixes and English "'s" are outside, suffixes
 *    glued to a name (Kazakh, Kyrgyz, Uzbek, Tajik, Russian inflection) are inside;
 *  - ADDRESS is street level only (no city, district, region or country);
 *  - BIRTH_DATE is the date expression only ("12 марта 1998" without "г."/"born"); a locative suffix glued to
 *    the last word stays inside ("1998 жылғы 12 наурызда", "1995-yil 22-iyunda"), separate words stay outside;
 *  - in an MRZ the document number, the YYMMDD birth date and each name field are separate spans;
 *  - public hotlines / numbers of organisations are not personal data and are never labelled;
 *  - HANDLE keeps a leading "@" when written; a handle named by its service is labelled without the service.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

// ---------------------------------------------------------------------------------------------
// deterministic randomness
// ---------------------------------------------------------------------------------------------
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
const rand = mulberry32(0x18c0ffee);
const ri = (a, b) => a + Math.floor(rand() * (b - a + 1));
const pick = (arr) => arr[Math.floor(rand() * arr.length)];
const chance = (p) => rand() < p;
function shuffle(arr) {
  for (let i = arr.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [arr[i], arr[j]] = [arr[j], arr[i]];
  }
  return arr;
}
const digits = (n) => {
  let s = '';
  for (let i = 0; i < n; i++) s += String(ri(0, 9));
  return s;
};
const nz = (n) => String(ri(1, 9)) + digits(n - 1);
const pad = (n, w = 2) => String(n).padStart(w, '0');
const cap = (s) => (s ? s[0].toUpperCase() + s.slice(1) : s);
const capWords = (s) => s.replace(/(^|[\s-])(\p{L})/gu, (m, a, b) => a + b.toUpperCase());
const upper = (s) => s.toUpperCase();
const lower = (s) => s.toLowerCase();
/** Draws without replacement, reshuffling when exhausted, so that every pool item gets used. */
class Deck {
  constructor(items) {
    this.items = items;
    this.q = [];
  }
  next() {
    if (!this.q.length) this.q = shuffle([...this.items]);
    return this.q.pop();
  }
}
const decks = new Map();
const draw = (key, items) => {
  if (!decks.has(key)) decks.set(key, new Deck(items));
  return decks.get(key).next();
};
const dpick = (key, items) => draw(key, items);

// ---------------------------------------------------------------------------------------------
// snippet builder: parts are plain strings, entities {t, v}, arrays (flattened) or null/false
// ---------------------------------------------------------------------------------------------
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
const ent = (t) => (v) => ({ t, v });
const P = ent('PERSON');
const PH = ent('PHONE');
const EM = ent('EMAIL');
const NID = ent('NATIONAL_ID');
const PP = ent('PASSPORT');
const CD = ent('CARD');
const IB = ent('IBAN');
const AD = ent('ADDRESS');
const BD = ent('BIRTH_DATE');
const PL = ent('PLATE');
const HD = ent('HANDLE');
/** A dot that closes an initial: written unless the next plain text already starts with a dot. */
const DOT = { dot: true };

function build(parts) {
  let text = '';
  const spans = [];
  let pendingDot = false;
  const flat = [parts].flat(Infinity);
  for (const p of flat) {
    if (p == null || p === false || p === '') continue;
    if (p === DOT) {
      pendingDot = true;
      continue;
    }
    if (typeof p === 'string') {
      if (pendingDot && !p.startsWith('.')) text += '.';
      pendingDot = false;
      text += p;
      continue;
    }
    if (pendingDot) text += '.';
    pendingDot = false;
    if (!TYPES.includes(p.t)) throw new Error('bad type ' + p.t);
    const start = text.length;
    text += p.v;
    spans.push({ start, end: text.length, type: p.t });
  }
  if (pendingDot) text += '.';
  return { text, spans };
}

// ---------------------------------------------------------------------------------------------
// transliteration and spelling variants
// ---------------------------------------------------------------------------------------------
const RUSTYLE = {
  kz: { ә: 'а', ғ: 'г', қ: 'к', ң: 'н', ө: 'о', ұ: 'у', ү: 'у', һ: 'х', і: 'и' },
  kg: { ң: 'н', ө: 'о', ү: 'у' },
  uz: { ў: 'у', қ: 'к', ғ: 'г', ҳ: 'х', ъ: '' },
  tj: { ӣ: 'и', ӯ: 'у', ҳ: 'х', ҷ: 'дж', қ: 'к', ғ: 'г' },
};
const RU_SPECIAL = {
  Әсел: 'Асель',
  Күләш: 'Кулаш',
  Ләззат: 'Ляззат',
  Іңкәр: 'Инкар',
  Мөлдір: 'Мольдир',
  Ботагөз: 'Ботагоз',
};
function mapChars(s, table) {
  let out = '';
  for (const ch of s) {
    const lo = ch.toLowerCase();
    if (lo in table) {
      const r = table[lo];
      out += ch !== lo ? cap(r) : r;
    } else out += ch;
  }
  return out;
}
/** Russian-style Cyrillic spelling of a Central Asian name (what a Russian-language file would write). */
function ruStyle(s, o) {
  if (!RUSTYLE[o]) return s;
  if (RU_SPECIAL[s]) return RU_SPECIAL[s];
  let t = s;
  if (o === 'kz' || o === 'kg') t = t.replace(/([Гг])үл(?=[^аеиоуыэюяёәөүұі]|$)/g, '$1уль');
  return mapChars(t, RUSTYLE[o]);
}
const EN_TABLE = {
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
  ў: 'u',
};
const EN_ORIGIN = {
  kz: { й: 'i' },
  tj: { қ: 'q', ғ: 'gh', ҳ: 'h', х: 'kh' },
  tm: { ж: 'zh' },
};
const UZ_TABLE = {
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
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
  қ: 'q',
  ҳ: 'h',
};
const KZL_TABLE = {
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
  ц: 's',
  ч: 'ç',
  ш: 'ş',
  щ: 'ş',
  ъ: '',
  ы: 'y',
  ь: '',
  і: 'i',
  э: 'e',
  ю: 'iu',
  я: 'ia',
};
const VOWELS_CY = 'аеёиоуыэюяәөүұіӣӯў';
function translitWith(s, table, o) {
  const words = s.split(/(\s+|-)/);
  return words
    .map((w) => {
      let out = '';
      const lw = w.toLowerCase();
      for (let i = 0; i < lw.length; i++) {
        const ch = lw[i];
        if (table === EN_TABLE && o === 'tm' && ch === 'д' && lw[i + 1] === 'ж') {
          out += 'j';
          i++;
          continue;
        }
        const ov = table === EN_TABLE && EN_ORIGIN[o] && ch in EN_ORIGIN[o] ? EN_ORIGIN[o][ch] : undefined;
        out += ov !== undefined ? ov : ch in table ? table[ch] : ch;
      }
      return out ? out[0].toUpperCase() + out.slice(1) : out;
    })
    .join('');
}
/** Uzbek official Latin; apostrophe variant chosen by the caller. */
function uzLatin(s, apo = "'") {
  const words = s.split(/(\s+|-)/);
  return words
    .map((w) => {
      let out = '';
      const lw = w.toLowerCase();
      for (let i = 0; i < lw.length; i++) {
        const ch = lw[i];
        const prev = i === 0 ? '' : lw[i - 1];
        if (ch === 'е') out += i === 0 || VOWELS_CY.includes(prev) ? 'ye' : 'e';
        else if (ch === 'ў') out += 'o' + apo;
        else if (ch === 'ғ') out += 'g' + apo;
        else if (ch === 'ъ') out += apo;
        else out += ch in UZ_TABLE ? UZ_TABLE[ch] : ch;
      }
      return out ? out[0].toUpperCase() + out.slice(1) : out;
    })
    .join('');
}
const enLatin = (s, o) => translitWith(s, EN_TABLE, o);
const kzLatin = (s) => translitWith(s, KZL_TABLE, 'kz');
const ICAO_TABLE = { ...EN_TABLE, й: 'i', х: 'kh', ц: 'ts', ю: 'iu', я: 'ia', ё: 'e', ъ: 'ie', ҳ: 'h' };
const icao = (s, o) =>
  o === 'uz'
    ? uzLatin(s, '').toUpperCase()
    : translitWith(s, { ...ICAO_TABLE, ...(o === 'tj' ? { қ: 'q', ғ: 'gh' } : {}) }, o).toUpperCase();
/** Turkish-spelled names in Russian text. */
function trCyr(s) {
  const m = {
    a: 'а',
    b: 'б',
    c: 'дж',
    ç: 'ч',
    d: 'д',
    e: 'е',
    f: 'ф',
    g: 'г',
    ğ: 'г',
    h: 'х',
    ı: 'ы',
    i: 'и',
    j: 'ж',
    k: 'к',
    l: 'л',
    m: 'м',
    n: 'н',
    o: 'о',
    ö: 'ё',
    p: 'п',
    r: 'р',
    s: 'с',
    ş: 'ш',
    t: 'т',
    u: 'у',
    ü: 'ю',
    v: 'в',
    y: 'й',
    z: 'з',
  };
  return s
    .split(/(\s+)/)
    .map((w) => {
      const lw = w.toLocaleLowerCase('tr');
      let out = '';
      for (let i = 0; i < lw.length; i++) {
        const ch = lw[i];
        const nx = lw[i + 1];
        if (ch === 'y' && nx && 'auüoeö'.includes(nx)) {
          out += { a: 'я', u: 'ю', ü: 'ю', o: 'ё', e: 'е', ö: 'ё' }[nx];
          i++;
        } else if (i === 0 && ch === 'e') out += 'э';
        else if (i === 0 && ch === 'ö') out += 'о';
        else if (i === 0 && ch === 'ü') out += 'у';
        else out += m[ch] ?? ch;
      }
      return cap(out);
    })
    .join('');
}

// ---------------------------------------------------------------------------------------------
// name pools (composed for this set)
// ---------------------------------------------------------------------------------------------
const W = (s) => s.split(/\s*,\s*/).filter(Boolean);
const POOLS = {
  kz: {
    f: W(`Айгерім, Жанар, Гүлназ, Ақмарал, Динара, Әсел, Меруерт, Аружан, Балжан, Қарлығаш, Толқын, Ұлжан, Назерке,
      Мөлдір, Сымбат, Айдана, Гүлшат, Жансая, Перизат, Салтанат, Ботагөз, Іңкәр, Ақбота, Дәметкен, Шынар, Күләш,
      Раушан, Ләззат, Мадина, Ақерке, Жұлдыз, Нұргүл, Бибігүл, Сәуле, Гаухар, Алтынай, Зере, Айымгүл`),
    m: W(`Нұрлан, Ерлан, Бауыржан, Дәулет, Асқар, Ержан, Қайрат, Серік, Талғат, Мұрат, Бекзат, Ерболат, Абылай,
      Жандос, Әділет, Олжас, Дархан, Есет, Ғалымжан, Сағындық, Төлеген, Мейрамбек, Құдайберген, Ақжол, Жомарт,
      Ілияс, Бақытжан, Нұржан, Елдос, Руслан, Жанболат, Арман`),
    s: W(`Сейтқали, Жақсылықов, Омаров, Ахметов, Нұрпейісов, Тоқтаров, Бекмұхамбетов, Сәрсенбаев, Қасымов,
      Әбдірахманов, Ибраев, Мұқанов, Жұмабеков, Оспанов, Исабеков, Тұрсынбаев, Байжанов, Ермеков, Құдайбергенов,
      Смағұлов, Әлімжанов, Есенов, Қожахметов, Рысқұлов, Шайқынов, Тәжібаев, Ыбыраев, Дүйсенбаев, Бейсенов,
      Нұрғалиев, Жетпісбаев, Қуанышев, Мамырбаев, Сұлтанғазиев, Ақылбеков, Қалиев, Үмбетов, Сапарғали, Керімбай,
      Жанұзақ, Тлеубердиев, Бөкейханов, Көшербаев, Шәріпов, Елеусізов, Нұртазин, Бисенғали, Төлеуов`),
  },
  kg: {
    f: W(`Айпери, Бегимай, Жылдыз, Чолпон, Гүлзат, Айзада, Калыйча, Мээрим, Бурулай, Назгүл, Сезим, Айжамал, Кундуз,
      Элнура, Чынара, Жибек, Токтобүбү, Ырыскүл, Анарбүбү, Умут, Таттыбүбү, Күмүшай, Айсулуу, Нуриза, Эльмира,
      Асылкан`),
    m: W(`Бакыт, Нурбек, Алмазбек, Кубанычбек, Эрмек, Азамат, Темирлан, Жыргалбек, Улан, Эламан, Тилек, Урмат, Медер,
      Чыңгыз, Айбек, Бектур, Мирлан, Сүйүнбек, Таалайбек, Канат, Жоомарт, Эркин, Мелис, Болот, Элдияр, Адилет,
      Жаныбек, Курманбек, Бекназар`),
    s: W(`Асанов, Токтогулов, Жээнбеков, Маматов, Осмонов, Абдыкеримов, Бообеков, Сатыбалдиев, Эсенгулов, Качкынбаев,
      Турдубаев, Мырзакматов, Калыков, Шаршеев, Бейшеналиев, Токтосунов, Сыдыков, Жумалиев, Кененсариев, Дооранов,
      Мамбетов, Орозбеков, Чолпонбаев, Сулайманов, Акматов, Уметалиев, Нарынбаев, Бекболотов, Керимкулов, Жолдошев,
      Алыбаев, Тоголоков, Үсөнов, Дүйшөнбиев, Өмүрбеков, Шамшиев, Апсаматов`),
  },
  uz: {
    f: W(`Шаҳноза, Дилноза, Гулноза, Мафтуна, Нилуфар, Дилфуза, Зарина, Феруза, Моҳира, Севара, Умида, Ойдин, Шоира,
      Гулчеҳра, Муҳаббат, Нодира, Барно, Лобар, Ирода, Мавлуда, Зулфия, Сайёра, Дилбар, Гавҳар, Мунира, Маъмура,
      Ҳулкар, Юлдуз, Ситора, Комила, Ўғилой, Нигора, Хилола`),
    m: W(`Фарҳод, Ўктам, Жасур, Бобур, Шерзод, Улуғбек, Санжар, Отабек, Жамшид, Зафар, Рустам, Дилшод, Ҳуршид, Акмал,
      Ғайрат, Равшан, Бахтиёр, Азиз, Шуҳрат, Элёр, Тоҳир, Нодир, Баҳодир, Муродилла, Исроил, Абдулазиз, Лутфулла,
      Сардор, Жаҳонгир, Ойбек, Ғолиб, Дониёр`),
    s: W(`Каримов, Юсупов, Раҳимов, Турсунов, Эргашев, Норматов, Холматов, Абдуллаев, Алимов, Мирзаев, Содиқов,
      Ғуломов, Қодиров, Тошпўлатов, Усмонов, Исмоилов, Жўраев, Маматқулов, Бердиев, Нурматов, Азимов, Шарипов,
      Хўжаев, Мухторов, Раззоқов, Йўлдошев, Саидов, Қурбонов, Тўхтасинов, Пўлатов, Аҳмедов, Султонов, Зокиров,
      Неъматов, Ҳамроев, Ортиқов, Болтаев, Эшонқулов, Рўзиев, Абдураҳмонов, Файзуллаев, Мамадалиев, Худойбердиев,
      Тиллаев, Қаҳҳоров`),
  },
  tj: {
    f: W(`Фарзона, Манижа, Таҳмина, Нигина, Шаҳло, Зарафшон, Парвина, Ганҷина, Меҳрубон, Дилафрӯз, Гулрухсор, Фотима,
      Сурайё, Ситорабону, Нозанин, Рухшона, Муниса, Бунафша, Гулбаҳор, Наргис, Фирӯза, Латофат, Шабнам, Малика,
      Зебо, Мижгона`),
    m: W(`Фирдавс, Ҷамшед, Баҳром, Фаррух, Сорбон, Искандар, Далер, Шаҳром, Умед, Фаридун, Суҳроб, Комрон, Хуршед,
      Абдуллоҳ, Парвиз, Манучеҳр, Исфандиёр, Навруз, Файзулло, Ҳусейн, Сафар, Муҳаммадҷон, Ҷовид, Беҳрӯз, Шоҳин,
      Кароматулло`),
    s: W(`Раҳмонов, Сафаров, Назаров, Раҳимзода, Давлатов, Ашуров, Мирзоев, Ҳакимов, Собиров, Одинаев, Бобоев, Ёқубов,
      Ҷӯраев, Каримзода, Маҳмадов, Саидзода, Умаров, Исмоилзода, Хушвахтов, Ниёзов, Ҳасанов, Файзиев, Шоев, Гулов,
      Рустамов, Зиёев, Амонов, Ризоев, Қодирзода, Бурҳонов, Латифзода, Муҳиддинов, Ҳайдаров, Сангинов, Назарзода`),
  },
  tm: {
    f: W(`Огулджерен, Джерен, Айна, Огулгерек, Бахар, Дурдыгуль, Энеджан, Сельби, Айгозель, Мяхри, Шемшат, Говхер,
      Огулнабат, Лейли, Тавус, Гозель, Джемал, Бибиджан, Язгуль, Огулшекер`),
    m: W(`Мердан, Бегенч, Довлет, Атамурат, Байрамгелди, Мекан, Сердар, Яхшимурат, Агагельды, Максат, Гурбанберди, Овез,
      Батыр, Реджеп, Аллаберди, Нурмухаммет, Чары, Мурадгелди, Ровшен, Кувват`),
    s: W(`Аннаев, Овезов, Курбанов, Атаев, Гельдыев, Джумаев, Мередов, Нурыев, Чарыев, Сапаров, Ходжамурадов, Оразов,
      Бегмурадов, Язмурадов, Аманов, Ягмыров, Хыдыров, Мурадов, Акмамедов, Реджепов, Байрамов, Тачмурадов, Ашыров,
      Какаджанов, Розыев`),
  },
  ru: {
    f: W(`Наталья, Ольга, Светлана, Ирина, Екатерина, Людмила, Галина, Валентина, Оксана, Марина, Виктория, Алёна,
      Ксения, Полина, Анастасия, Дарья, Вера, Лариса, Зинаида, Любовь, Антонина, Снежана`),
    m: W(`Сергей, Александр, Дмитрий, Андрей, Виктор, Игорь, Олег, Владимир, Николай, Максим, Павел, Геннадий, Артём,
      Вячеслав, Станислав, Ефим, Родион, Тимофей, Фёдор, Константин, Аркадий, Эдуард`),
    s: W(`Кузнецов, Смирнов, Воробьёв, Соколов, Лебедев, Ершов, Гаврилов, Тихомиров, Белоусов, Шевчук, Третьяков,
      Журавлёв, Нестеренко, Пахомов, Голубев, Зуев, Сидоренко, Корнилов, Филатов, Баранов, Щербаков, Дементьев,
      Мельников, Рябов, Островский, Калинин, Ворончихин, Поляков, Карпенко, Чернов, Лукин, Ермаков, Гусев, Сафонов,
      Вдовин`),
  },
  // ethnic Koreans of Central Asia: Russian given names with Koryo surnames
  ks: {
    s: W(`Цой, Тен, Югай, Когай, Огай, Хегай, Шегай, Тян, Нигай, Лигай, Пак, Ким, Ли, Хван`),
  },
};
// foreign names: Latin|Cyrillic
const FOREIGN = {
  kr: {
    g: W(`Min-jun|Мин Джун, Seo-yeon*|Со Ён, Ji-hoon|Чжи Хун, Ha-eun*|Ха Ын, Do-yoon|До Юн, Su-bin*|Су Бин,
      Hyun-woo|Хён У, Ye-jin*|Е Джин, Jae-sung|Чжэ Сон, Eun-ji*|Ын Джи, Sung-ho|Сон Хо, Mi-kyung*|Ми Гён,
      Young-soo|Ён Су, Dong-hyun|Дон Хён, Hye-jin*|Хе Джин, Kyung-tae|Гён Тэ, Jin-ah*|Джин А, Tae-hyun|Тэ Хён,
      So-ra*|Со Ра, Byung-chul|Бён Чхоль`),
    s: W(`Kim|Ким, Lee|Ли, Park|Пак, Choi|Чхве, Jung|Чон, Kang|Кан, Cho|Чо, Yoon|Юн, Jang|Чан, Lim|Лим, Han|Хан,
      Moon|Мун, Seo|Со, Shin|Шин, Kwon|Квон, Hwang|Хван, Ahn|Ан, Song|Сон, Yoo|Ю, Baek|Пэк`),
    order: 'SG',
  },
  cn: {
    g: W(`Wei|Вэй, Fang*|Фан, Lei|Лэй, Jing*|Цзин, Hao|Хао, Xiaoming|Сяомин, Lihua*|Лихуа, Jianguo|Цзяньго,
      Yuting*|Юйтин, Zhiwei|Чживэй, Xiuying*|Сюин, Haoran|Хаожань, Mingyu|Минъюй, Qiang|Цян, Yan*|Янь,
      Dongmei*|Дунмэй, Jun|Цзюнь, Xin*|Синь, Tao|Тао, Lan*|Лань`),
    s: W(`Wang|Ван, Zhang|Чжан, Liu|Лю, Chen|Чэнь, Yang|Ян, Huang|Хуан, Zhao|Чжао, Xie|Се, Zhou|Чжоу, Xu|Сюй,
      Sun|Сунь, Ma|Ма, Zhu|Чжу, Hu|Ху, Guo|Го, He|Хэ, Lin|Линь, Luo|Ло, Gao|Гао, Deng|Дэн`),
    order: 'SG',
  },
  tr: {
    g: W(`Mehmet, Ayşe*, Mustafa, Fatma*, Emine*, Hüseyin, Zeynep*, Murat, Elif*, Kemal, Serkan, Gülsüm*, Yusuf, Hatice*,
      Orhan, Burak, Esra*, Cengiz, Songül*, Tuncay, Ercan, Nurcan*, Özlem*, İsmail, Halil, Ferhat, Yasemin*, Selim, Derya*,
      Oğuz, Kadir, Sevgi*`),
    s: W(`Yılmaz, Kaya, Demir, Şahin, Çelik, Yıldız, Öztürk, Aydın, Arslan, Doğan, Kılıç, Aslan, Çetin, Kara, Koç, Kurt,
      Özdemir, Polat, Erdem, Güneş, Akgül, Bozkurt, Karataş, Tekin, Uçar, Korkmaz, Sarıkaya, Başaran, Keskin, Acar`),
    order: 'GS',
  },
  ar: {
    g: W(`Mohammed|Мохаммед, Ahmed|Ахмед, Khalid|Халид, Saeed|Саид, Rashid|Рашид, Hamdan|Хамдан, Sultan|Султан,
      Omar|Омар, Yousef|Юсеф, Abdullah|Абдулла, Fatima*|Фатима, Mariam*|Марьям, Aisha*|Аиша, Noura*|Нура, Hessa*|Хесса,
      Latifa*|Латифа, Salem|Салем, Majid|Маджид, Tariq|Тарик, Faisal|Фейсал`),
    s: W(`Al Mansouri|Аль-Мансури, Al Nuaimi|Аль-Нуайми, Al Shamsi|Аль-Шамси, Al Mazrouei|Аль-Мазруи,
      Al Ketbi|Аль-Кетби, Al Falasi|Аль-Фаласи, Al Suwaidi|Аль-Сувейди, Al Hammadi|Аль-Хаммади, Al Marri|Аль-Марри,
      Al Dhaheri|Аль-Захери, Al Qubaisi|Аль-Кубайси, Al Zaabi|Аль-Заби, Al Balushi|Аль-Балуши, Al Hashimi|Аль-Хашими,
      Haddad|Хаддад, Khoury|Хури, Nasser|Насер, Al Kaabi|Аль-Кааби, Al Ameri|Аль-Амери, Bin Touq|Бин Тук`),
    order: 'GS',
  },
  th: {
    g: W(`Somchai|Сомчай, Niran|Ниран, Kittipong|Киттипонг, Sirilak*|Сирилак, Pornthip*|Порнтип, Anong*|Анонг,
      Wichai|Вичай, Supaporn*|Супапорн, Thanakorn|Танакорн, Malee*|Мали, Chatchai|Чатчай, Ratana*|Ратана,
      Prasit|Прасит, Kanokwan*|Канокван, Nattapong|Наттапонг, Boonmee|Бунми`),
    s: W(`Srisuk|Срисук, Wongsakul|Вонгсакун, Chaiyaporn|Чайяпорн, Rattanakorn|Раттанакорн, Boonyarat|Буньярат,
      Thongchai|Тхонгчай, Kaewkla|Кэукла, Phromma|Промма, Saelim|Сэлим, Jitpakdee|Читпакди, Suwannarat|Суваннарат,
      Pongpanich|Понгпанич, Intharasuk|Интхарасук, Meesuk|Мисук, Charoenwong|Чароенвонг`),
    order: 'GS',
  },
};
/** Native-script names paired with their Latin spelling (a trailing * marks a woman). */
const NATIVE_SCRIPT_NAMES = {
  th: W(`สมชาย ศรีสุข|Somchai Srisuk, ศิริลักษณ์ วงศ์สกุล|Sirilak Wongsakul*, พรทิพย์ ชัยพร|Pornthip Chaiyaporn*,
    วิชัย ทองชัย|Wichai Thongchai, กนกวรรณ มีสุข|Kanokwan Meesuk*, ประสิทธิ์ แก้วกล้า|Prasit Kaewkla`),
  cn: W(`王磊|Wang Lei, 张伟|Zhang Wei, 刘芳|Liu Fang*, 陈静|Chen Jing*, 赵建国|Zhao Jianguo, 黄浩然|Huang Haoran,
    孙秀英|Sun Xiuying*`),
  kr: W(`김민준|Kim Min-jun, 박지훈|Park Ji-hoon, 이서연|Lee Seo-yeon*, 최은지|Choi Eun-ji*, 강동현|Kang Dong-hyun,
    정하은|Jung Ha-eun*, 윤재성|Yoon Jae-sung`),
  ar: W(`خالد المنصوري|Khalid Al Mansouri, مريم الشامسي|Mariam Al Shamsi*, سعيد الكتبي|Saeed Al Ketbi,
    حمدان الفلاسي|Hamdan Al Falasi, نورة الكعبي|Noura Al Kaabi*`),
};
/** [native, latin, gender] */
const nativeName = (o) => {
  const [nat, lat] = dpick('native:' + o, NATIVE_SCRIPT_NAMES[o]).split('|');
  return { nat, lat: lat.replace(/\*$/, ''), g: lat.endsWith('*') ? 'f' : 'm' };
};

// ---------------------------------------------------------------------------------------------
// persons
// ---------------------------------------------------------------------------------------------
const CA = ['kz', 'kg', 'uz', 'tj', 'tm'];
function femSurname(s) {
  if (/(ов|ев|ёв|ин|ын)$/.test(s)) return s + 'а';
  if (/ский$/.test(s)) return s.slice(0, -2) + 'ая';
  return s;
}
/** A person: o origin, g gender, gn given, sn surname (gendered), fa father's given name, all in native spelling. */
function person(o, g) {
  g = g ?? (chance(0.55) ? 'f' : 'm');
  if (FOREIGN[o]) {
    const F = FOREIGN[o];
    const gs = F.g.filter((x) => x.split('|')[0].endsWith('*') === (g === 'f'));
    const [gl0, gc] = draw(o + ':g:' + g, gs).split('|');
    const gl = gl0.replace(/\*$/, '');
    const [sl, sc] = draw(o + ':s', F.s).split('|');
    return { o, g, gn: gl, sn: sl, gnC: gc ?? trCyr(gl), snC: sc ?? trCyr(sl), order: F.order, foreign: true };
  }
  if (o === 'ks') {
    const gn = draw('ru:' + g, POOLS.ru[g]);
    const sn = draw('ks:s', POOLS.ks.s);
    return { o, g, gn, sn, fa: draw('ru:m:fa', POOLS.ru.m) };
  }
  const pool = POOLS[o];
  const gn = draw(o + ':' + g, pool[g]);
  let fa = draw(o + ':m:fa', pool.m);
  if (fa === gn) fa = draw(o + ':m:fa', pool.m);
  let sn;
  if (o === 'kg' && chance(0.12)) sn = ruStyle(fa, 'kg') + (g === 'f' ? ' кызы' : ' уулу');
  else if (o === 'kz' && chance(0.08)) sn = fa + (g === 'f' ? 'қызы' : 'ұлы');
  else {
    const base = draw(o + ':s', pool.s);
    sn = g === 'f' ? femSurname(base) : base;
  }
  return { o, g, gn, sn, fa };
}
const originFor = {
  any: () => pick(['kz', 'kz', 'kg', 'kg', 'uz', 'uz', 'uz', 'tj', 'tj', 'tm', 'ru', 'ks']),
  ca: () => pick(['kz', 'kg', 'uz', 'tj', 'tm']),
  foreign: () => pick(['kr', 'cn', 'tr', 'ar', 'th']),
};
const pers = (kind = 'any', g) => person(originFor[kind] ? originFor[kind]() : kind, g);

/** Russian patronymic from a father's name in Russian spelling. */
function ruPatronymic(fa, g) {
  let stem;
  if (/ий$/.test(fa)) stem = fa.slice(0, -2) + 'ье';
  else if (/[ей]$/.test(fa) || /ай$/.test(fa)) stem = fa.slice(0, -1) + 'е';
  else if (/ь$/.test(fa)) stem = fa.slice(0, -1) + 'е';
  else if (/[жшчщц]$/.test(fa)) stem = fa + 'е';
  else if (/[аяоиуыэ]$/.test(fa)) stem = fa.replace(/[аяоиуыэ]$/, '') + 'о';
  else stem = fa + 'о';
  return stem + (g === 'f' ? 'вна' : 'вич');
}
/** Spelling of the name parts: 'ru' (Russian-style Cyrillic), 'nat' (native Cyrillic), 'en', 'uzl', 'kzl'. */
function parts(p, sp, apo = "'") {
  if (p.foreign) {
    if (sp === 'ru' || sp === 'nat') return { gn: p.gnC, sn: p.snC, pat: null };
    return { gn: p.gn, sn: p.sn, pat: null };
  }
  const o = p.o === 'ks' ? 'ru' : p.o;
  const patSurname = /( кызы| уулу|қызы|ұлы)$/.test(p.sn);
  if (sp === 'ru') {
    const fa = ruStyle(p.fa, o);
    return { gn: ruStyle(p.gn, o), sn: ruStyle(p.sn, o), pat: patSurname ? null : ruPatronymic(fa, p.g) };
  }
  if (sp === 'nat') {
    let pat;
    if (patSurname) return { gn: p.gn, sn: p.sn, pat: null };
    if (o === 'kz') pat = p.fa + (p.g === 'f' ? 'қызы' : 'ұлы');
    else if (o === 'kg') pat = ruStyle(p.fa, 'kg') + (p.g === 'f' ? ' кызы' : ' уулу');
    else if (o === 'uz') pat = p.fa + (p.g === 'f' ? ' қизи' : ' ўғли');
    else pat = ruPatronymic(ruStyle(p.fa, o), p.g);
    return { gn: p.gn, sn: p.sn, pat };
  }
  if (sp === 'uzl') {
    if (o === 'uz')
      return {
        gn: uzLatin(p.gn, apo),
        sn: uzLatin(p.sn, apo),
        pat: uzLatin(p.fa, apo) + (p.g === 'f' ? ' qizi' : ` o${apo}g${apo}li`),
      };
    return { gn: enLatin(ruStyle(p.gn, o), o), sn: enLatin(ruStyle(p.sn, o), o), pat: null };
  }
  if (sp === 'kzl') {
    if (o === 'kz')
      return { gn: kzLatin(p.gn), sn: kzLatin(p.sn), pat: kzLatin(p.fa) + (p.g === 'f' ? 'qyzy' : 'ūly') };
    return { gn: enLatin(ruStyle(p.gn, o), o), sn: enLatin(ruStyle(p.sn, o), o), pat: null };
  }
  // en
  if (o === 'uz') {
    const a = apo !== "'" ? apo : pick(["'", "'", "'", '’', 'ʻ', '']);
    return { gn: uzLatin(p.gn, a), sn: uzLatin(p.sn, a), pat: null };
  }
  const src = o === 'kz' && chance(0.5) ? (x) => x : (x) => ruStyle(x, o);
  return { gn: enLatin(src(p.gn), o), sn: enLatin(src(p.sn), o), pat: null };
}
const initial = (s) => {
  const m = /^(Дж|Sh|Ch|Zh|Kh|O'|G')/.exec(s);
  return m && chance(0.35) ? m[1] : s[0];
};

// --- Russian declension ------------------------------------------------------------------------
const K6 = (gen, dat, acc, ins, prep) => ({ gen, dat, acc, ins, prep });
function declGiven(w, g, k) {
  if (k === 'nom' || /\s/.test(w)) return w;
  const last = w.slice(-1);
  const stem = w.slice(0, -1);
  const prev = w.slice(-2, -1);
  if (last === 'а' || last === 'я') {
    if (w.endsWith('ия')) return stem + K6('и', 'и', 'ю', 'ей', 'и')[k];
    if (last === 'я') return stem + K6('и', 'е', 'ю', 'ей', 'е')[k];
    const soft = 'гкхжшчщ'.includes(prev);
    const sib = 'жшчщц'.includes(prev);
    return stem + K6(soft ? 'и' : 'ы', 'е', 'у', sib ? 'ей' : 'ой', 'е')[k];
  }
  if (g === 'f') return last === 'ь' ? stem + K6('и', 'и', 'ь', 'ью', 'и')[k] : w;
  if (w.endsWith('ий')) return w.slice(0, -2) + K6('ия', 'ию', 'ия', 'ием', 'ии')[k];
  if (last === 'й' || last === 'ь') return stem + K6('я', 'ю', 'я', 'ем', 'е')[k];
  if (VOWELS_CY.includes(last)) return w;
  return w + K6('а', 'у', 'а', 'жшчщц'.includes(last) ? 'ем' : 'ом', 'е')[k];
}
function declSur(w, g, k) {
  if (k === 'nom' || /\s/.test(w) || /-/.test(w)) return w;
  if (/(ова|ева|ёва|ина|ына)$/.test(w)) return w.slice(0, -1) + K6('ой', 'ой', 'у', 'ой', 'ой')[k];
  if (/(ов|ев|ёв|ин|ын)$/.test(w)) return w + K6('а', 'у', 'а', 'ым', 'е')[k];
  if (/ская$/.test(w)) return w.slice(0, -2) + K6('ой', 'ой', 'ую', 'ой', 'ой')[k];
  if (/ский$/.test(w)) return w.slice(0, -2) + K6('ого', 'ому', 'ого', 'им', 'ом')[k];
  if (g !== 'm' || /(енко|ко)$/.test(w)) return w;
  if (/[йь]$/.test(w)) return w.slice(0, -1) + K6('я', 'ю', 'я', 'ем', 'е')[k];
  if (/[бвгдзклмнпрстфхжшчщц]$/.test(w)) return w + K6('а', 'у', 'а', /[жшчщц]$/.test(w) ? 'ем' : 'ом', 'е')[k];
  return w;
}
function declPat(w, g, k) {
  if (k === 'nom' || !w) return w;
  if (/вич$/.test(w)) return w + K6('а', 'у', 'а', 'ем', 'е')[k];
  if (/вна$/.test(w)) return w.slice(0, -1) + K6('ы', 'е', 'у', 'ой', 'е')[k];
  return w;
}
/** Can this person be declined naturally in Russian (surname in -ов/-ин etc.)? */
const declinable = (p) => !p.foreign && /(ов|ев|ёв|ин|ова|ева|ёва|ина)$/.test(ruStyle(p.sn, p.o === 'ks' ? 'ru' : p.o));
const persDecl = (kind = 'any', g) => {
  for (let i = 0; i < 50; i++) {
    const p = pers(kind, g);
    if (declinable(p)) return p;
  }
  return pers('ru', g);
};

/**
 * Name as parts. forms: GS SG SGP GPS GP S_IO IO_S S_I G S CAPS_SG lower NICK.
 * Returns parts (entity + optional DOT); k = Russian case (ru/nat Cyrillic only).
 */
function nm(p, form, opt = {}) {
  const sp = opt.sp ?? 'ru';
  const k = opt.k ?? 'nom';
  const x = parts(p, sp, opt.apo);
  const cyr = sp === 'ru' || sp === 'nat';
  const dG = (w) => (cyr && !p.foreign ? declGiven(w, p.g, k) : w);
  const dS = (w) => (cyr && !p.foreign ? declSur(w, p.g, k) : w);
  const dP = (w) => (cyr ? declPat(w, p.g, k) : w);
  let pat = x.pat;
  if (sp === 'nat' && (p.o === 'kz' || p.o === 'kg' || p.o === 'uz') && opt.ruPat) pat = parts(p, 'ru').pat;
  let v;
  let dot = false;
  const order = p.foreign && p.order === 'SG';
  const upper = (t) => (p.o === 'tr' ? t.toLocaleUpperCase('tr') : t.toUpperCase());
  const lower = (t) => (p.o === 'tr' ? t.toLocaleLowerCase('tr') : t.toLowerCase());
  switch (form) {
    case 'GS':
      v = order ? `${x.sn} ${x.gn}` : `${dG(x.gn)} ${dS(x.sn)}`;
      break;
    case 'SG':
      v = `${dS(x.sn)} ${dG(x.gn)}`;
      break;
    case 'SGP':
      v = pat ? `${dS(x.sn)} ${dG(x.gn)} ${dP(pat)}` : `${dS(x.sn)} ${dG(x.gn)}`;
      break;
    case 'GPS':
      v = pat ? `${dG(x.gn)} ${dP(pat)} ${dS(x.sn)}` : `${dG(x.gn)} ${dS(x.sn)}`;
      break;
    case 'GP':
      v = pat ? `${dG(x.gn)} ${dP(pat)}` : dG(x.gn);
      break;
    case 'S_IO': {
      const io = pat && !/\s/.test(pat) ? `${initial(x.gn)}.${initial(pat)}` : initial(x.gn);
      v = `${dS(x.sn)} ${io}`;
      dot = true;
      break;
    }
    case 'S_I':
      v = `${dS(x.sn)} ${initial(x.gn)}`;
      dot = true;
      break;
    case 'IO_S': {
      const io =
        pat && !/\s/.test(pat) ? `${initial(x.gn)}.${opt.tight ? '' : ' '}${initial(pat)}.` : `${initial(x.gn)}.`;
      v = `${io} ${dS(x.sn)}`;
      break;
    }
    case 'I_S':
      v = `${initial(x.gn)}. ${dS(x.sn)}`;
      break;
    case 'G':
      v = dG(x.gn);
      break;
    case 'S':
      v = dS(x.sn);
      break;
    case 'CAPS_SG':
      v = `${upper(dS(x.sn))} ${dG(x.gn)}`;
      break;
    case 'CAPS':
      v = upper(order ? `${x.sn} ${x.gn}` : `${dG(x.gn)} ${dS(x.sn)}`);
      break;
    case 'CAPS_SGP':
      v = upper(pat ? `${dS(x.sn)} ${dG(x.gn)} ${dP(pat)}` : `${dS(x.sn)} ${dG(x.gn)}`);
      break;
    case 'lower':
      v = lower(order ? `${x.sn} ${x.gn}` : `${dG(x.gn)} ${dS(x.sn)}`);
      break;
    case 'lowerG':
      v = lower(dG(x.gn));
      break;
    default:
      throw new Error('form ' + form);
  }
  return dot ? [P(v), DOT] : [P(v)];
}
/** Plain string of a name (for e-mails, handles, MRZ). */
const nameStr = (p, form, opt) => nm(p, form, opt)[0].v;

// --- Turkic / Iranian case suffixes ----------------------------------------------------------------
function lastVowel(w, set) {
  for (let i = w.length - 1; i >= 0; i--) {
    const c = w[i].toLowerCase();
    if (set.includes(c)) return c;
  }
  return set[0];
}
/** Kazakh case suffix (Cyrillic or 2021 Latin). */
function kkSuf(w, k, latin = false) {
  const V = latin ? 'aäeiıoöuūüy' : 'аәеиоөуұүыіэюяё';
  const front = (latin ? 'äeiöü' : 'әеиөүіэ').includes(lastVowel(w, V));
  const last = w.slice(-1).toLowerCase();
  let cls;
  if (V.includes(last)) cls = 'v';
  else if ((latin ? 'mnñ' : 'мнң').includes(last)) cls = 'n';
  else if ((latin ? 'lr' : 'лрй').includes(last)) cls = 's';
  else if ((latin ? 'zj' : 'зж').includes(last)) cls = 'z';
  else cls = 'x';
  const c = latin
    ? {
        ğa: ['ğa', 'ge'],
        qa: ['qa', 'ke'],
        nyñ: ['nyñ', 'niñ'],
        dyñ: ['dyñ', 'diñ'],
        tyñ: ['tyñ', 'tiñ'],
        ny: ['ny', 'ni'],
        dy: ['dy', 'di'],
        ty: ['ty', 'ti'],
        dan: ['dan', 'den'],
        nan: ['nan', 'nen'],
        tan: ['tan', 'ten'],
        da: ['da', 'de'],
        ta: ['ta', 'te'],
        men: ['men', 'men'],
        ben: ['ben', 'ben'],
        pen: ['pen', 'pen'],
      }
    : {
        ğa: ['ға', 'ге'],
        qa: ['қа', 'ке'],
        nyñ: ['ның', 'нің'],
        dyñ: ['дың', 'дің'],
        tyñ: ['тың', 'тің'],
        ny: ['ны', 'ні'],
        dy: ['ды', 'ді'],
        ty: ['ты', 'ті'],
        dan: ['дан', 'ден'],
        nan: ['нан', 'нен'],
        tan: ['тан', 'тен'],
        da: ['да', 'де'],
        ta: ['та', 'те'],
        men: ['мен', 'мен'],
        ben: ['бен', 'бен'],
        pen: ['пен', 'пен'],
      };
  const table = {
    dat: { v: 'ğa', n: 'ğa', s: 'ğa', z: 'ğa', x: 'qa' },
    gen: { v: 'nyñ', n: 'nyñ', s: 'dyñ', z: 'dyñ', x: 'tyñ' },
    acc: { v: 'ny', n: 'dy', s: 'dy', z: 'dy', x: 'ty' },
    abl: { v: 'dan', n: 'nan', s: 'dan', z: 'dan', x: 'tan' },
    ins: { v: 'men', n: 'men', s: 'men', z: 'ben', x: 'pen' },
    loc: { v: 'da', n: 'da', s: 'da', z: 'da', x: 'ta' },
  };
  return w + c[table[k][cls]][front ? 1 : 0];
}
/** Kyrgyz case suffix with four-way harmony. */
function kySuf(w, k) {
  const lv = lastVowel(w, 'аыяеиэоуёюөү');
  const grp = 'аыя'.includes(lv) ? 0 : 'еиэ'.includes(lv) ? 1 : 'оуёю'.includes(lv) ? 2 : 3;
  const A = ['а', 'е', 'о', 'ө'][grp];
  const H = ['ы', 'и', 'у', 'ү'][grp];
  const last = w.slice(-1).toLowerCase();
  const vowel = 'аыяеиэоуёюөү'.includes(last);
  const voiceless = 'кпстфхцчшщ'.includes(last);
  switch (k) {
    case 'dat':
      return w + (voiceless ? 'к' : 'г') + A;
    case 'gen':
      return w + (vowel ? 'н' : voiceless ? 'т' : 'д') + H + 'н';
    case 'acc':
      return w + (vowel ? 'н' : voiceless ? 'т' : 'д') + H;
    case 'abl':
      return w + (voiceless ? 'т' : 'д') + A + 'н';
    case 'loc':
      return w + (voiceless ? 'т' : 'д') + A;
  }
  return w;
}
/** Uzbek case suffix (Latin or Cyrillic). */
function uzSuf(w, k, latin) {
  const last = w.slice(-1).toLowerCase();
  const t = latin
    ? { dat: last === 'k' ? 'ka' : last === 'q' ? 'qa' : 'ga', gen: 'ning', acc: 'ni', abl: 'dan', loc: 'da' }
    : { dat: last === 'к' ? 'ка' : last === 'қ' ? 'қа' : 'га', gen: 'нинг', acc: 'ни', abl: 'дан', loc: 'да' };
  return w + t[k];
}
/** Turkish suffix written after an apostrophe (kept outside the span by the caller). */
function trSuf(w, k) {
  const lv = lastVowel(w.toLocaleLowerCase('tr'), 'aıoueiöü');
  const two = 'aıou'.includes(lv) ? 'a' : 'e';
  const four = { a: 'ı', ı: 'ı', o: 'u', u: 'u', e: 'i', i: 'i', ö: 'ü', ü: 'ü' }[lv];
  const last = w.slice(-1).toLocaleLowerCase('tr');
  const vowel = 'aıoueiöü'.includes(last);
  const hard = 'fstkçşhp'.includes(last);
  switch (k) {
    case 'gen':
      return "'" + (vowel ? 'n' : '') + four + 'n';
    case 'dat':
      return "'" + (vowel ? 'y' : '') + two;
    case 'acc':
      return "'" + (vowel ? 'y' : '') + four;
    case 'abl':
      return "'" + (hard ? 't' : 'd') + two + 'n';
    case 'loc':
      return "'" + (hard ? 't' : 'd') + two;
    case 'ins':
      return "'" + (vowel ? 'y' : '') + 'l' + two;
  }
  return '';
}

// ---------------------------------------------------------------------------------------------
// dates
// ---------------------------------------------------------------------------------------------
const MONTHS = {
  ruGen: W('января, февраля, марта, апреля, мая, июня, июля, августа, сентября, октября, ноября, декабря'),
  kk: W('қаңтар, ақпан, наурыз, сәуір, мамыр, маусым, шілде, тамыз, қыркүйек, қазан, қараша, желтоқсан'),
  ky: W('январь, февраль, март, апрель, май, июнь, июль, август, сентябрь, октябрь, ноябрь, декабрь'),
  uzl: W('yanvar, fevral, mart, aprel, may, iyun, iyul, avgust, sentabr, oktabr, noyabr, dekabr'),
  uzc: W('январ, феврал, март, апрел, май, июн, июл, август, сентябр, октябр, ноябр, декабр'),
  tg: W('январ, феврал, март, апрел, май, июн, июл, август, сентябр, октябр, ноябр, декабр'),
  en: W('January, February, March, April, May, June, July, August, September, October, November, December'),
  enShort: W('Jan, Feb, Mar, Apr, May, Jun, Jul, Aug, Sep, Oct, Nov, Dec'),
  tr: W('Ocak, Şubat, Mart, Nisan, Mayıs, Haziran, Temmuz, Ağustos, Eylül, Ekim, Kasım, Aralık'),
};
const DAYS_IN = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
function rdate(y1 = 1968, y2 = 2007) {
  const y = ri(y1, y2);
  const m = ri(1, 12);
  const d = ri(1, DAYS_IN[m - 1]);
  return { y, m, d };
}
/** Formats a date; every style yields text that starts and ends with a letter or digit. */
function fdate(dt, style) {
  const { y, m, d } = dt;
  const dd = pad(d);
  const mm = pad(m);
  const yy = pad(y % 100);
  switch (style) {
    case 'dmy':
      return `${dd}.${mm}.${y}`;
    case 'dmy2':
      return `${dd}.${mm}.${yy}`;
    case 'dmyS':
      return `${dd}/${mm}/${y}`;
    case 'dmyS2':
      return `${dd}/${mm}/${yy}`;
    case 'dmyD':
      return `${dd}-${mm}-${y}`;
    case 'iso':
      return `${y}-${mm}-${dd}`;
    case 'mdyUS':
      return `${mm}/${dd}/${y}`;
    case 'ymdDot':
      return `${y}.${mm}.${dd}`;
    case 'ru':
      return `${d} ${MONTHS.ruGen[m - 1]} ${y}`;
    case 'ru0':
      return `${dd} ${MONTHS.ruGen[m - 1]} ${y}`;
    case 'kk':
      return `${y} жылғы ${d} ${MONTHS.kk[m - 1]}`;
    case 'kkShort':
      return `${y} ж. ${d} ${MONTHS.kk[m - 1]}`;
    case 'ky': {
      const mo = MONTHS.ky[m - 1].replace(/ь$/, '');
      const lv = lastVowel(mo, 'аыяеиэоуёюөү');
      return `${y}-жылдын ${d}-${mo}${'аыя'.includes(lv) ? 'ы' : 'еиэ'.includes(lv) ? 'и' : 'оуёю'.includes(lv) ? 'у' : 'ү'}нда`;
    }
    case 'kyLoc':
      return `${y}-жылы ${d}-${kySuf(MONTHS.ky[m - 1].replace(/ь$/, ''), 'loc')}`;
    case 'uzl':
      return `${d} ${MONTHS.uzl[m - 1]} ${y}-yil`;
    case 'uzlRev':
      return `${y}-yil ${d}-${MONTHS.uzl[m - 1]}`;
    case 'uzc':
      return `${y} йил ${d} ${MONTHS.uzc[m - 1]}`;
    case 'tg':
      return `${d} ${MONTHS.tg[m - 1]}и ${y}`;
    case 'tgNum':
      return `${dd}.${mm}.${y}`;
    case 'en':
      return `${MONTHS.en[m - 1]} ${d}, ${y}`;
    case 'enUK':
      return `${d} ${MONTHS.en[m - 1]} ${y}`;
    case 'enShort':
      return `${dd} ${upper(MONTHS.enShort[m - 1])} ${y}`;
    case 'enShort2':
      return `${d}-${MONTHS.enShort[m - 1]}-${yy}`;
    case 'tr':
      return `${d} ${MONTHS.tr[m - 1]} ${y}`;
    case 'yymmdd':
      return `${yy}${mm}${dd}`;
  }
  throw new Error('date style ' + style);
}
const bdate = (style, y1, y2) => fdate(rdate(y1, y2), style);
function addDays(dt, n) {
  const x = new Date(Date.UTC(dt.y, dt.m - 1, dt.d + n));
  return { y: x.getUTCFullYear(), m: x.getUTCMonth() + 1, d: x.getUTCDate() };
}
/** Birth date followed by a verb; glued case suffixes stay inside the span, separate words stay outside. */
function kkBDv(verb, dt = rdate(1972, 2006)) {
  const st = pick(['kk', 'kk', 'kkShort', 'dmy', 'dmy']);
  if (st === 'dmy') return [BD(fdate(dt, 'dmy')), alt(' ж. ', ' ') + verb];
  return [BD(kkSuf(fdate(dt, st), 'loc')), ' ' + verb];
}
function kyBDv(verb, dt = rdate(1972, 2006)) {
  const st = pick(['ky', 'kyLoc', 'dmy', 'dmy']);
  if (st === 'dmy') return [BD(fdate(dt, 'dmy')), alt('-ж. ', ' ж. ', ' ') + verb];
  return [BD(fdate(dt, st)), ' ' + verb];
}
function uzlBDv(verb, dt = rdate(1972, 2006)) {
  const st = pick(['uzl', 'uzlRev', 'uzlRev', 'dmy', 'dmy']);
  if (st === 'dmy') return [BD(fdate(dt, 'dmy')), alt(' yilda ', ' y.da ', ' ') + verb];
  return [BD(fdate(dt, st) + 'da'), ' ' + verb];
}
function uzcBDv(verb, dt = rdate(1972, 2006)) {
  const st = pick(['uzc', 'uzc', 'dmy']);
  if (st === 'dmy') return [BD(fdate(dt, 'dmy')), alt(' йилда ', ' й.да ') + verb];
  return [BD(fdate(dt, st) + 'да'), ' ' + verb];
}

// ---------------------------------------------------------------------------------------------
// identifiers
// ---------------------------------------------------------------------------------------------
function spaceGroups(s, sizes, sep = ' ') {
  const out = [];
  let i = 0;
  for (const n of sizes) {
    out.push(s.slice(i, i + n));
    i += n;
  }
  if (i < s.length) out.push(s.slice(i));
  return out.join(sep);
}
const breakCheck = (s) => s.slice(0, -1) + String((Number(s.slice(-1)) + ri(1, 9)) % 10);
/** Kazakhstan IIN: YYMMDD + century/sex + 4 + check (two-pass weights). */
function iin(dt = rdate(), g = 'f', valid = true) {
  const c = dt.y >= 2000 ? (g === 'm' ? 5 : 6) : g === 'm' ? 3 : 4;
  for (;;) {
    const body = pad(dt.y % 100) + pad(dt.m) + pad(dt.d) + c + digits(4);
    const w1 = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
    const w2 = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2];
    let k = [...body].reduce((a, ch, i) => a + Number(ch) * w1[i], 0) % 11;
    if (k === 10) k = [...body].reduce((a, ch, i) => a + Number(ch) * w2[i], 0) % 11;
    if (k === 10) continue;
    const full = body + k;
    return valid ? full : breakCheck(full);
  }
}
/** Kyrgyz PIN: sex (1 f / 2 m) + DDMMYYYY + 5 digits. */
const kgPin = (dt = rdate(), g = 'f') => (g === 'f' ? '1' : '2') + pad(dt.d) + pad(dt.m) + dt.y + digits(5);
/** Uzbek PINFL: century/sex + DDMMYY + region(3) + serial(3) + check (weights 7,3,1). */
function pinfl(dt = rdate(), g = 'f', valid = true) {
  const c = dt.y >= 2000 ? (g === 'm' ? 5 : 6) : g === 'm' ? 3 : 4;
  const body =
    c +
    pad(dt.d) +
    pad(dt.m) +
    pad(dt.y % 100) +
    pick(['261', '262', '301', '304', '311', '324', '407', '501', '602', '713', '815', '918']) +
    digits(3);
  const w = [7, 3, 1];
  const k = [...body].reduce((a, ch, i) => a + Number(ch) * w[i % 3], 0) % 10;
  const full = body + k;
  return valid ? full : breakCheck(full);
}
const tjInn = () => pick(['0', '1', '4', '5']) + digits(8);
/** Russian SNILS with its control number. */
function snils(valid = true) {
  for (;;) {
    const n = digits(9);
    if (/(\d)\1\1/.test(n)) continue;
    let sum = [...n].reduce((a, ch, i) => a + Number(ch) * (9 - i), 0);
    let c = sum < 100 ? sum : sum === 100 || sum === 101 ? 0 : sum % 101;
    if (c === 100) c = 0;
    const cc = valid ? pad(c) : pad((c + ri(1, 50)) % 100);
    return `${n.slice(0, 3)}-${n.slice(3, 6)}-${n.slice(6)} ${cc}`;
  }
}
/** Russian personal INN (12 digits, two check digits). */
function ruInn(valid = true) {
  const region = pick(['77', '50', '78', '23', '66', '54', '16', '61', '74', '02']);
  const b = region + pad(ri(1, 99)) + digits(6);
  const w1 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8];
  const w2 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8];
  const c1 = ([...b].reduce((a, ch, i) => a + Number(ch) * w1[i], 0) % 11) % 10;
  const b1 = b + c1;
  const c2 = ([...b1].reduce((a, ch, i) => a + Number(ch) * w2[i], 0) % 11) % 10;
  const full = b1 + c2;
  return valid ? full : breakCheck(full);
}
/** Turkish T.C. kimlik no. */
function tcKimlik(valid = true) {
  const d = [ri(1, 9), ...[...digits(8)].map(Number)];
  const odd = d[0] + d[2] + d[4] + d[6] + d[8];
  const even = d[1] + d[3] + d[5] + d[7];
  const d10 = (((odd * 7 - even) % 10) + 10) % 10;
  const d11 = (d.reduce((a, b) => a + b, 0) + d10) % 10;
  const full = d.join('') + d10 + d11;
  return valid ? full : breakCheck(full);
}
const uaeEid = () => `784-${ri(1968, 2004)}-${digits(7)}-${ri(0, 9)}`;
const krRrn = (dt = rdate(1960, 1995), g = 'm') =>
  `${pad(dt.y % 100)}${pad(dt.m)}${pad(dt.d)}-${g === 'm' ? 1 : 2}${digits(6)}`;

// passports
const PASS = {
  kz: () => 'N' + nz(8),
  kg: () => pick(['AC', 'AN', 'AC', 'PE']) + nz(7),
  uz: () => pick(['AA', 'AB', 'AC', 'AD', 'FA', 'FA']) + nz(7),
  tj: () => pick(['40', '50', '41']) + digits(7),
  tm: () => pick(['A', 'B', 'I']) + nz(7),
  ru: () => pick(['75', '76', '65', '72']) + ' ' + nz(7),
  ruInt: () => `${pad(ri(1, 99))} ${pad(ri(0, 24))} ${nz(6)}`,
  tr: () => 'U' + nz(8),
  kr: () => 'M' + nz(8),
  cn: () => pick(['E', 'EA', 'EH']) + nz(7),
  th: () => pick(['AA', 'AB', 'AC']) + nz(7),
};
const passFor = (o) => (PASS[o] ?? PASS.ru)();

// MRZ (TD3)
const MRZ_W = [7, 3, 1];
const mrzVal = (ch) => (ch === '<' ? 0 : /\d/.test(ch) ? Number(ch) : ch.charCodeAt(0) - 55);
const mrzCheck = (s) => String([...s].reduce((a, ch, i) => a + mrzVal(ch) * MRZ_W[i % 3], 0) % 10);
const ISO3 = {
  kz: 'KAZ',
  kg: 'KGZ',
  uz: 'UZB',
  tj: 'TJK',
  tm: 'TKM',
  ru: 'RUS',
  ks: 'KAZ',
  tr: 'TUR',
  kr: 'KOR',
  cn: 'CHN',
  th: 'THA',
  ar: 'ARE',
};
/** Returns parts for the two MRZ lines (separated by sep), labelling number, birth date and name fields. */
function mrz(p, docNo, dt, sep = '\n') {
  const o = p.o === 'ks' ? 'ru' : p.o;
  const sur = p.foreign ? upper(p.sn).replace(/[^A-Z]/g, '') : icao(p.sn, o).replace(/[^A-Z]/g, '');
  const giv = p.foreign ? upper(p.gn).replace(/[^A-Z]/g, '') : icao(p.gn, o).replace(/[^A-Z]/g, '');
  const cc = ISO3[p.o] ?? 'KAZ';
  const head = `P<${cc}`;
  let fill1 = 44 - head.length - sur.length - 2 - giv.length;
  if (fill1 < 0) fill1 = 0;
  const doc = docNo.replace(/\s/g, '').slice(0, 9);
  const docF = doc.padEnd(9, '<');
  const bd = fdate(dt, 'yymmdd');
  const exp = pad(ri(25, 33)) + pad(ri(1, 12)) + pad(ri(1, 28));
  const pn = '<'.repeat(14);
  const sex = p.g === 'f' ? 'F' : 'M';
  const composite = docF + mrzCheck(docF) + bd + mrzCheck(bd) + exp + mrzCheck(exp) + pn + mrzCheck(pn);
  const fin = mrzCheck(composite);
  return [
    head,
    P(sur),
    '<<',
    P(giv),
    '<'.repeat(fill1),
    sep,
    PP(doc),
    docF.slice(doc.length),
    mrzCheck(docF),
    cc,
    BD(bd),
    mrzCheck(bd),
    sex,
    exp,
    mrzCheck(exp),
    pn,
    mrzCheck(pn),
    fin,
  ];
}

// phones
const PHONE = {
  kz() {
    const op = pick(['700', '701', '702', '705', '707', '708', '747', '771', '775', '776', '777', '778']);
    const [a, b, c] = [digits(3), digits(2), digits(2)];
    return pick([
      `+7 ${op} ${a} ${b} ${c}`,
      `+7 (${op}) ${a}-${b}-${c}`,
      `8 ${op} ${a} ${b}${c}`,
      `8${op}${a}${b}${c}`,
      `+7${op}${a}${b}${c}`,
      `8(${op})${a}-${b}-${c}`,
      `+7-${op}-${a}-${b}-${c}`,
    ]);
  },
  kg() {
    const op = pick([
      '500',
      '502',
      '505',
      '550',
      '551',
      '555',
      '557',
      '700',
      '702',
      '705',
      '707',
      '770',
      '772',
      '775',
      '777',
      '220',
      '222',
    ]);
    const [a, b] = [digits(3), digits(3)];
    return pick([
      `+996 ${op} ${a} ${b}`,
      `+996 (${op}) ${a.slice(0, 2)}-${a.slice(2)}${b.slice(0, 1)}-${b.slice(1)}`,
      `0${op} ${a}${b}`,
      `0(${op}) ${a}-${b}`,
      `+996${op}${a}${b}`,
      `996 ${op} ${a}${b}`,
    ]);
  },
  uz() {
    const op = pick(['90', '91', '93', '94', '95', '97', '98', '99', '33', '88', '77', '50']);
    const [a, b, c] = [digits(3), digits(2), digits(2)];
    return pick([
      `+998 ${op} ${a} ${b} ${c}`,
      `+998(${op})${a}${b}${c}`,
      `${op} ${a}-${b}-${c}`,
      `998${op}${a}${b}${c}`,
      `+998 ${op} ${a}-${b}-${c}`,
      `+998-${op}-${a}-${b}${c}`,
    ]);
  },
  tj() {
    const op = pick(['90', '91', '92', '93', '98', '50', '55', '88', '985', '918', '917']);
    const rest = digits(9 - op.length);
    return pick([
      `+992 ${op} ${rest.slice(0, 3)} ${rest.slice(3)}`,
      `+992 (${op}) ${rest.slice(0, 3)}-${rest.slice(3, 5)}-${rest.slice(5)}`,
      `${op}${rest}`,
      `+992${op}${rest}`,
      `992 ${op} ${rest}`,
    ]);
  },
  tm() {
    const op = pick(['61', '62', '63', '64', '65', '71']);
    const r = digits(6);
    return pick([`+993 ${op} ${r.slice(0, 2)} ${r.slice(2, 4)} ${r.slice(4)}`, `8 ${op} ${r}`, `+993${op}${r}`]);
  },
  ru() {
    const op = pick(['903', '905', '909', '915', '916', '925', '926', '977', '985', '999', '952', '965', '968']);
    const [a, b, c] = [digits(3), digits(2), digits(2)];
    return pick([
      `+7 ${op} ${a}-${b}-${c}`,
      `8 (${op}) ${a} ${b} ${c}`,
      `+7${op}${a}${b}${c}`,
      `8-${op}-${a}-${b}-${c}`,
      `+7 (${op}) ${a}${b}${c}`,
    ]);
  },
  tr() {
    const op = pick(['530', '532', '533', '535', '536', '541', '542', '543', '545', '552', '505', '506']);
    const [a, b, c] = [digits(3), digits(2), digits(2)];
    return pick([
      `+90 ${op} ${a} ${b} ${c}`,
      `0 (${op}) ${a} ${b} ${c}`,
      `0${op} ${a} ${b}${c}`,
      `+90${op}${a}${b}${c}`,
      `0${op}-${a}-${b}-${c}`,
    ]);
  },
  ae() {
    const op = pick(['50', '52', '54', '55', '56', '58']);
    const [a, b] = [digits(3), digits(4)];
    return pick([`+971 ${op} ${a} ${b}`, `0${op} ${a} ${b}`, `+971-${op}-${a}${b}`, `00971${op}${a}${b}`]);
  },
  kr() {
    const [a, b] = [ri(2, 9) + digits(3), digits(4)];
    return pick([`+82 10-${a}-${b}`, `010-${a}-${b}`, `010 ${a} ${b}`, `+821${0}${a}${b}`]);
  },
  th() {
    const op = pick(['81', '82', '83', '84', '86', '89', '61', '62', '63', '91', '92', '95']);
    const [a, b] = [digits(3), digits(4)];
    return pick([`+66 ${op} ${a} ${b}`, `0${op}-${a}-${b}`, `0${op} ${a} ${b}`, `+66${op}${a}${b}`]);
  },
  cn() {
    const op = pick(['131', '135', '136', '138', '139', '150', '158', '186', '188']);
    const [a, b] = [digits(4), digits(4)];
    return pick([`+86 ${op} ${a} ${b}`, `${op}-${a}-${b}`, `${op}${a}${b}`, `+86-${op}-${a}-${b}`]);
  },
};
PHONE.ks = PHONE.kz;
const phoneFor = (o) => (PHONE[o] ?? PHONE.kz)();

// cards
function luhnOk(s) {
  let sum = 0;
  for (let i = 0; i < s.length; i++) {
    let d = Number(s[s.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}
const BINS = {
  kaspi: '440043',
  halyk: '440563',
  visa: pick(['427638', '414720', '446375']),
  mc: '539923',
  mc2: '516949',
  mir: '220220',
  mir2: '220070',
  uzcard: '860012',
  uzcard2: '860049',
  humo: '986010',
  humo2: '986035',
  elcart: '941710',
  korti: '976218',
  troy: '979203',
  union: '625098',
  tbank: '553691',
  sber: '427601',
};
function cardNo(bin) {
  const b = BINS[bin] ?? bin;
  const s = b + digits(15 - b.length);
  for (let c = 0; c < 10; c++) if (luhnOk(s + c)) return s + c;
  throw new Error('luhn');
}
function fcard(n, style) {
  switch (style) {
    case 'sp':
      return spaceGroups(n, [4, 4, 4, 4]);
    case 'dash':
      return spaceGroups(n, [4, 4, 4, 4], '-');
    case 'raw':
      return n;
    case 'mask':
      return `${n.slice(0, 4)} ${n.slice(4, 6)}** **** ${n.slice(12)}`;
    case 'maskX':
      return `${n.slice(0, 4)} ${n.slice(4, 6)}XX XXXX ${n.slice(12)}`;
    case 'maskRaw':
      return `${n.slice(0, 6)}******${n.slice(12)}`;
    case 'maskDots':
      return `${n.slice(0, 4)} •••• •••• ${n.slice(12)}`;
  }
  throw new Error(style);
}
const card = (bin, style) => fcard(cardNo(bin), style ?? pick(['sp', 'sp', 'dash', 'raw', 'mask', 'maskX', 'maskRaw']));

// IBAN
function ibanCheck(cc, bban) {
  const s = (bban + cc + '00').toUpperCase().replace(/[A-Z]/g, (ch) => String(ch.charCodeAt(0) - 55));
  let m = 0;
  for (const d of s) m = (m * 10 + Number(d)) % 97;
  return pad(98 - m);
}
function iban(cc) {
  let bban;
  if (cc === 'KZ')
    bban = pick(['722', '601', '826', '965', '914', '856', '998', '551']) + pick(['S', 'C', '0', 'K']) + digits(12);
  else if (cc === 'TR')
    bban = pick(['00010', '00012', '00015', '00046', '00062', '00064', '00067', '00111']) + '0' + digits(16);
  else if (cc === 'AE') bban = pick(['033', '026', '030', '035', '046', '050']) + digits(16);
  else throw new Error(cc);
  return cc + ibanCheck(cc, bban) + bban;
}
function fiban(s, style = pick(['raw', 'g4', 'g4', 'lower', 'lowerg4'])) {
  const g = s.match(/.{1,4}/g).join(' ');
  if (style === 'raw') return s;
  if (style === 'g4') return g;
  if (style === 'lower') return s.toLowerCase();
  return g.toLowerCase();
}
const ruAcc = (style = pick(['raw', 'sp'])) => {
  const a = '40817810' + digits(12);
  return style === 'raw' ? a : spaceGroups(a, [3, 2, 3, 1, 4, 7]);
};

// plates
const LAT_PL = 'ABCDEFHIKLMNOPRSTUVXYZ';
const CYR_PL = 'АВЕКМНОРСТУХ';
const L = (n, set = LAT_PL) => Array.from({ length: n }, () => pick([...set])).join('');
const PLATE = {
  kz: () =>
    pick([
      `${digits(3)} ${L(3)} ${pad(ri(1, 19))}`,
      `${digits(3)}${L(3)}${pad(ri(1, 19))}`,
      `${L(1)} ${digits(3)} ${L(3)}`,
      `${digits(3)} ${L(2)} ${pad(ri(1, 19))}`,
    ]),
  kg: () =>
    pick([`${pad(ri(1, 9))} ${digits(3)} ${L(3)}`, `${pad(ri(1, 9))}KG${digits(3)}${L(3)}`, `B ${digits(4)} ${L(2)}`]),
  uz: () =>
    pick([
      `${pick(['01', '10', '20', '25', '30', '40', '50', '60', '70', '75', '80', '85', '90', '95'])} ${L(1)} ${digits(3)} ${L(2)}`,
      `${pick(['01', '10', '30', '40'])}${L(1)}${digits(3)}${L(2)}`,
      `${pick(['01', '10', '60'])} ${digits(3)} ${L(3)}`,
    ]),
  ru: () =>
    pick([
      `${L(1, CYR_PL)}${digits(3)}${L(2, CYR_PL)} ${pick(['77', '97', '177', '199', '777', '50', '750', '78', '198', '16', '66', '54'])}`,
      `${L(1, CYR_PL)} ${digits(3)} ${L(2, CYR_PL)} ${pick(['77', '799', '50', '190', '02'])}`,
      `${L(1, CYR_PL)}${digits(3)}${L(2, CYR_PL)}${pick(['77', '197', '750'])}`,
    ]),
  tr: () =>
    pick([
      `${pad(ri(1, 81))} ${L(3)} ${digits(2)}`,
      `${pad(ri(1, 81))} ${L(2)} ${digits(4)}`,
      `${pad(ri(1, 81))} ${L(1)} ${digits(4)}`,
      `${pick(['34', '06', '35', '07'])}${L(2)}${digits(3)}`,
    ]),
  ae: () =>
    `${L(1, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ')}${chance(0.3) ? L(1, 'ABCDEFGHIJKLMNOPRSTUVWXYZ') : ''} ${ri(1, 99999)}`,
  tj: () =>
    pick([
      `${digits(4)} ${L(2)} ${pick(['01', '02', '03', '04', '05', '06', '07', '08'])}`,
      `${digits(4)}${L(2)}${pick(['01', '02', '03'])}`,
    ]),
  th: () =>
    `${chance(0.5) ? ri(1, 9) : ''}${pick(['กข', 'กท', 'ขก', 'ฆษ', 'นม', 'ชล', 'ภก', 'ศล', 'งจ'])} ${ri(1, 9999)}`,
};

// contacts
const DOMAINS = {
  ru: W('mail.ru, yandex.ru, inbox.ru, bk.ru, list.ru, rambler.ru, gmail.com'),
  kz: W('mail.kz, mail.ru, gmail.com, yandex.kz, inbox.kz, list.ru'),
  kg: W('mail.ru, gmail.com, mail.kg, inbox.ru, yandex.ru'),
  uz: W('mail.ru, gmail.com, umail.uz, inbox.uz, bk.ru'),
  tj: W('mail.ru, gmail.com, inbox.ru, tojikiston.tj, list.ru'),
  tr: W('gmail.com, hotmail.com.tr, yandex.com.tr, outlook.com, hotmail.com'),
  kr: W('naver.com, daum.net, gmail.com, hanmail.net'),
  cn: W('qq.com, 163.com, 126.com, sina.com'),
  ae: W('gmail.com, outlook.com, eim.ae, yahoo.com'),
  th: W('hotmail.com, gmail.com, yahoo.co.th'),
};
function latinBits(p) {
  const x = p.foreign ? { gn: p.gn, sn: p.sn } : parts(p, 'en');
  const clean = (s) => s.toLowerCase().replace(/[^a-z]/g, '');
  return { g: clean(x.gn), s: clean(x.sn) };
}
function email(p, dom) {
  const { g, s } = latinBits(p);
  const y = pick(['', '', String(ri(85, 99)), pad(ri(0, 99)), String(ri(1, 999))]);
  const local = pick([
    `${g}.${s}`,
    `${g}${s[0]}${y}`,
    `${s}.${g[0]}`,
    `${g}_${s}${y}`,
    `${g}${y}`,
    `${s}${g}`,
    `${g[0]}.${s}${y}`,
    `${g}.${y || ri(10, 99)}`,
    `${s}-${g}`,
  ]);
  const d = pick(DOMAINS[dom] ?? DOMAINS.ru);
  return `${local}@${d}`;
}
const HANDLE_WORDS = W(
  'love, queen, official, work, boss, star, life, vip, girl, baby, kz, uz, kg, tj, dubai, istanbul, seoul, pattaya, job, travel, beauty, lady, king, real',
);
function handle(p, at = true) {
  const { g, s } = latinBits(p);
  const y = pick(['', String(ri(85, 99)), String(ri(1, 9)) + String(ri(1, 9)) + String(ri(1, 9)), String(ri(10, 99))]);
  const w = pick(HANDLE_WORDS);
  let h = pick([
    `${g}_${s[0]}${y}`,
    `${g}.${s}`,
    `${g}${y}`,
    `${g}_${w}`,
    `${w}_${g}${y}`,
    `${g}.${w}${y}`,
    `${s}_${g}`,
    `${g.slice(0, 4)}${y || ri(1, 99)}_${w}`,
    `${g}__${y || w}`,
  ]);
  h = h.replace(/[._]+$/, '');
  return (at ? '@' : '') + h;
}

// ---------------------------------------------------------------------------------------------
// addresses (street level only; the caller writes the city outside the span)
// ---------------------------------------------------------------------------------------------
/** rows: ru | native | en  (native = kk / ky / uz-cyrl / tg; for uz a 4th column is Uzbek Latin) */
const T = (s) =>
  s
    .split(/\s*;\s*/)
    .filter(Boolean)
    .map((r) => r.split('|').map((x) => x.trim()));
const STREETS = {
  kz: {
    st: T(`Сатпаева|Сәтбаев|Satpayev; Толе би|Төле би|Tole Bi; Розыбакиева|Розыбакиев|Rozybakiev; Желтоксан|Желтоқсан|Zheltoksan;
      Байтурсынова|Байтұрсынұлы|Baitursynov; Момышулы|Момышұлы|Momyshuly; Жандосова|Жандосов|Zhandosov;
      Тимирязева|Тимирязев|Timiryazev; Шевченко|Шевченко|Shevchenko; Кенесары|Кенесары|Kenesary; Иманова|Иманов|Imanov;
      Сыганак|Сығанақ|Syganak; Утепова|Өтепов|Utepov; Бекмаханова|Бекмаханов|Bekmakhanov; Майлина|Майлин|Mailin;
      Жубанова|Жұбанов|Zhubanov; Бейбитшилик|Бейбітшілік|Beibitshilik; Ауэзова|Әуезов|Auezov`),
    av: T(`Абая|Абай|Abay; Райымбека|Райымбек|Raiymbek; Аль-Фараби|Әл-Фараби|Al-Farabi; Мангилик Ел|Мәңгілік Ел|Mangilik El;
      Туран|Тұран|Turan; Тауке хана|Тәуке хан|Tauke Khan; Назарбаева|Назарбаев|Nazarbayev; Сейфуллина|Сейфуллин|Seifullin`),
    md: T(`Самал-2|Самал-2|Samal-2; Аксай-4|Ақсай-4|Aksai-4; Орбита-3|Орбита-3|Orbita-3; Жетысу-2|Жетісу-2|Zhetysu-2;
      Мамыр-4|Мамыр-4|Mamyr-4; Калкаман|Қалқаман|Kalkaman; Шугыла|Шұғыла|Shugyla; Коктем-1|Көктем-1|Koktem-1;
      Нурсат|Нұрсат|Nursat; Акбулак|Ақбұлақ|Akbulak; Кулагер|Құлагер|Kulager`),
  },
  kg: {
    st: T(`Ахунбаева|Ахунбаев|Akhunbaev; Токтогула|Токтогул|Toktogul; Киевская|Киев|Kievskaya; Ибраимова|Ибраимов|Ibraimov;
      Исанова|Исанов|Isanov; Боконбаева|Бөкөнбаев|Bokonbaev; Тыныстанова|Тыныстанов|Tynystanov; Фрунзе|Фрунзе|Frunze;
      Курманжан Датки|Курманжан Датка|Kurmanzhan Datka; Алымбека Датки|Алымбек Датка|Alymbek Datka;
      Жукеева-Пудовкина|Жукеев-Пудовкин|Zhukeev-Pudovkin; Масалиева|Масалиев|Masaliev; Анкара|Анкара|Ankara`),
    av: T(`Чуй|Чүй|Chui; Манаса|Манас|Manas; Жибек Жолу|Жибек Жолу|Zhibek Zholu; Мира|Тынчтык|Mira`),
    md: T(`Джал-29|Жал-29|Dzhal-29; Восток-5|Восток-5|Vostok-5; Асанбай|Асанбай|Asanbai; Тунгуч|Түңгүч|Tunguch;
      Кок-Жар|Көк-Жар|Kok-Zhar; Учкун|Учкун|Uchkun; Кызыл-Аскер|Кызыл-Аскер|Kyzyl-Asker`),
  },
  uz: {
    st: T(`Навои|Навоий|Navoi|Navoiy; Бабура|Бобур|Babur|Bobur; Мукими|Муқимий|Mukimi|Muqimiy; Катартал|Қатортол|Katartal|Qatortol;
      Шота Руставели|Шота Руставели|Shota Rustaveli|Shota Rustaveli; Мустакиллик|Мустақиллик|Mustakillik|Mustaqillik;
      Навбахор|Навбаҳор|Navbakhor|Navbahor; Богишамол|Боғишамол|Bogishamol|Bog'ishamol; Лабзак|Лабзак|Labzak|Labzak;
      Фуркат|Фурқат|Furkat|Furqat; Махтумкули|Махтумқули|Makhtumkuli|Maxtumquli; Гулистон|Гулистон|Guliston|Guliston;
      Ипак йули|Ипак йўли|Ipak Yuli|Ipak yo'li; Беруни|Беруний|Beruni|Beruniy`),
    av: T(`Амира Темура|Амир Темур|Amir Temur|Amir Temur; Бунёдкор|Бунёдкор|Bunyodkor|Bunyodkor;
      Мирзо Улугбека|Мирзо Улуғбек|Mirzo Ulugbek|Mirzo Ulug'bek`),
    md: T(`Чиланзар, квартал 9|Чилонзор 9-мавзе|Chilanzar-9|Chilonzor 9-mavze; Юнусабад-4|Юнусобод 4-мавзе|Yunusabad-4|Yunusobod 4-mavze;
      Каракамыш-2/3|Қорақамиш 2/3-мавзе|Karakamysh-2/3|Qoraqamish 2/3-mavze; Сергели-7|Сергели 7-мавзе|Sergeli-7|Sergeli 7-mavze;
      Кушбеги|Қўшбеги|Kushbegi|Qo'shbegi`),
  },
  tj: {
    st: T(`Айни|Айнӣ|Aini; Шотемура|Шотемур|Shotemur; Бохтар|Бохтар|Bokhtar; Санои|Саноӣ|Sanoi; Фирдавси|Фирдавсӣ|Firdavsi;
      Лоика Шерали|Лоиқ Шералӣ|Loiq Sherali; Мирзо Турсунзаде|Мирзо Турсунзода|Mirzo Tursunzoda; Дехоти|Деҳотӣ|Dehoti;
      Карамова|Карамов|Karamov; Хувайдуллаева|Ҳувайдуллоев|Khuvaydulloev; Сино|Сино|Sino`),
    av: T(
      `Рудаки|Рӯдакӣ|Rudaki; Исмоила Сомони|Исмоили Сомонӣ|Ismoili Somoni; Саади Шерози|Саъдии Шерозӣ|Saadi Sherozi`,
    ),
    md: T(`46|46|46; 82|82|82; 91|91|91; 102|102|102; 31|31|31`),
  },
  ru: {
    st: T(`Профсоюзная|Профсоюзная|Profsoyuznaya; Люблинская|Люблинская|Lyublinskaya; Первомайская|Первомайская|Pervomaiskaya;
      Братиславская|Братиславская|Bratislavskaya; Маршала Жукова|Маршала Жукова|Marshala Zhukova; Ярославская|Ярославская|Yaroslavskaya;
      Кировоградская|Кировоградская|Kirovogradskaya; Дыбенко|Дыбенко|Dybenko; Бухарестская|Бухарестская|Bukharestskaya;
      Ленская|Ленская|Lenskaya; Садовая|Садовая|Sadovaya; Поречная|Поречная|Porechnaya; Вешняковская|Вешняковская|Veshnyakovskaya`),
    av: T(
      `Мира|Мира|Mira; Ленинский|Ленинский|Leninsky; Новоясеневский|Новоясеневский|Novoyasenevsky; Вернадского|Вернадского|Vernadskogo`,
    ),
    md: T(
      `Варшавское ш.|Варшавское ш.|Varshavskoye sh.; Щёлковское ш.|Щёлковское ш.|Shchyolkovskoye sh.; Каширское ш.|Каширское ш.|Kashirskoye sh.`,
    ),
  },
};
const TR_MAH = W(
  'Mimar Kemalettin, Kemalpaşa, Mollagürani, Merkezefendi, Fevzi Çakmak, Kazım Karabekir, Osmanbey, Harbiye, Güneşli, Yenibosna, Zafer, Esentepe, Cumhuriyet, Mevlana, Hürriyet, Pınar, Saadetdere, Kocasinan',
);
const TR_SOK = W(
  'Gül, Menekşe, Selvi, Şair Nedim, Lale, Papatya, Çınar, Akasya, Bülbül, Nergis, Ihlamur, Leylak, Karanfil, Sümbül, Yasemin, Doğan',
);
const TR_CAD = W(
  'Ordu, Gençtürk, Cumhuriyet, İnönü, Atatürk, Adnan Menderes, Fevzipaşa, Millet, Vatan, Halaskargazi, Barbaros, Kennedy',
);
const AE_ST = W(
  'Al Nahda Street, Al Muraqqabat Road, Hor Al Anz Street, Al Qiyadah Street, Baghdad Street, Damascus Street, Al Wuheida Road, Sheikh Khalifa Bin Zayed Street, Al Rigga Road',
);
const KR_RO = W(
  'Wongok-ro, Haean-ro, Jungang-daero, Gongdan-ro, Sihwa-ro, Seonbu-ro, Danwon-ro, Gyeongin-ro, Bupyeong-daero, Sinchon-ro',
);
const TH_SOI = W(
  'Sukhumvit 22, Sukhumvit 11, Buakhao, Diana, Khao Talo, Chaiyapruek 2, Nana Tai, Ramkhamhaeng 39, Pattaya Klang 5, Soi 7',
);
const TH_TH = W('Pattaya Sai Song, Ratchadaphisek, Charoen Krung, Phetchaburi, Pracha Uthit, Sukhumvit');
const CN_RD = W('Jianshe, Renmin, Zhongshan, Xinhua, Jiefang, Heping, Youyi, Huanghe, Changjiang, Beijing');
const hn = () =>
  String(pick([ri(1, 40), ri(1, 40), ri(1, 200), ri(1, 300)])) + (chance(0.12) ? pick(['А', 'Б', 'В']) : '');
const hnL = () => String(pick([ri(1, 40), ri(1, 150), ri(1, 300)])) + (chance(0.1) ? pick(['A', 'B']) : '');
const flat = () => String(ri(1, 240));
/**
 * addr(country, variant): variant = ru | nat | en | uzl | kzl | tr.
 */
function addr(c, v = 'ru') {
  const S = STREETS[c];
  const col = v === 'ru' ? 0 : v === 'nat' ? 1 : v === 'uzl' ? 3 : 2;
  const st = S ? pick(S.st)[col] : '';
  const av = S ? pick(S.av)[col] : '';
  const md = S ? pick(S.md)[col] : '';
  const nL = hnL();
  const n = v === 'ru' || v === 'nat' ? hn() : nL;
  const k = flat();
  if (c === 'tr') {
    const mah = pick(TR_MAH);
    return pick([
      `${mah} Mah. ${pick(TR_SOK)} Sok. No:${nL} D:${k}`,
      `${mah} Mahallesi, ${pick(TR_CAD)} Caddesi No: ${nL}/${ri(1, 20)}`,
      `${pick(TR_SOK)} Sokak No:${nL} Daire:${ri(1, 20)}`,
      `${mah} Mh. ${ri(1001, 2099)}. Sk. No:${nL} K:${ri(1, 8)} D:${ri(1, 30)}`,
      `${pick(TR_CAD)} Cd. No:${nL}`,
      `${mah} Mahallesi ${pick(TR_SOK)} Sokak No ${nL} Kat ${ri(1, 6)}`,
    ]);
  }
  if (c === 'ae') {
    const road = pick(AE_ST);
    if (v === 'ru') return pick([`${road}, здание ${ri(1, 60)}, кв. ${ri(101, 1808)}`, `вилла ${ri(1, 90)}, ${road}`]);
    return pick([
      `${road}, Building ${ri(1, 60)}, apt. ${ri(101, 1808)}`,
      `Building ${ri(1, 60)}, Flat ${ri(101, 1808)}, ${road}`,
      `Villa ${ri(1, 90)}, Street ${ri(1, 40)}${pick(['a', 'b', ''])}`,
      `Flat ${ri(101, 1808)}, ${pick(['Al Waleed', 'Golden Sands 5', 'Al Khaleej Center', 'Jumbo'])} Building, ${road}`,
    ]);
  }
  if (c === 'kr') {
    const ro = pick(KR_RO);
    if (v === 'ru') return pick([`${ro} ${ri(1, 900)}, комн. ${ri(101, 905)}`, `${ro}, д. ${ri(1, 900)}-${ri(1, 30)}`]);
    return pick([
      `${ro} ${ri(1, 900)}, Room ${ri(101, 905)}`,
      `${ri(1, 900)}-${ri(1, 30)} ${ro}`,
      `Room ${ri(101, 905)}, ${ri(1, 900)} ${ro}`,
      `${ro.replace(/-(ro|daero)$/, '-$1')} ${ri(10, 99)}beon-gil ${ri(1, 40)}`,
    ]);
  }
  if (c === 'th') {
    return pick([
      `${ri(1, 400)}/${ri(1, 99)} Soi ${pick(TH_SOI)}`,
      `${ri(1, 400)}/${ri(1, 99)} Moo ${ri(1, 12)}`,
      `${ri(1, 900)} Thanon ${pick(TH_TH)}`,
      `Room ${ri(101, 620)}, ${ri(1, 400)}/${ri(1, 99)} Soi ${pick(TH_SOI)}`,
    ]);
  }
  if (c === 'cn') {
    return pick([
      `Room ${ri(101, 2405)}, No. ${ri(1, 300)} ${pick(CN_RD)} Road`,
      `${ri(1, 300)} ${pick(CN_RD)} Road, Building ${ri(1, 30)}`,
    ]);
  }
  if (v === 'en' || v === 'tr') {
    if (c === 'ru')
      return pick([
        `${nL} ${st} Street, apt. ${k}`,
        `${av} Prospekt ${nL}, apt ${k}`,
        `${st} ulitsa ${nL}-${ri(1, 5)}-${k}`,
      ]);
    if (c === 'tj' && chance(0.4))
      return pick([`${ri(1, 120)} ${st} Street, apt. ${k}`, `${md} microdistrict, bldg ${ri(1, 60)}, apt ${k}`]);
    return pick([
      `${nL} ${st} Street, apt. ${k}`,
      `${st} St. ${nL}, flat ${k}`,
      `${md} microdistrict, ${ri(1, 80)}-${k}`,
      `${av} Avenue ${nL}, apt ${k}`,
      `apt. ${k}, ${nL} ${st} St`,
      `house ${nL}, ${st} street`,
      `${st} ${v === 'tr' ? 'Caddesi' : 'str.'} ${nL}, ${v === 'tr' ? 'daire' : 'kv.'} ${k}`,
    ]);
  }
  if (v === 'nat') {
    if (c === 'kz')
      return pick([
        `${st} көшесі, ${n}-үй, ${k}-пәтер`,
        `${st} көшесі, ${n} үй`,
        `${av} даңғылы, ${n}/${k}`,
        `${md} ықшамауданы, ${ri(1, 80)}-үй, ${k}-пәтер`,
        `${st} к-сі, ${n}-${k}`,
        `${md} шағынауданы, ${ri(1, 80)}-үй`,
      ]);
    if (c === 'kg')
      return pick([
        `${st} көчөсү, ${n}-үй, ${k}-батир`,
        `${st} көчөсү, ${n}`,
        `${av} проспектиси, ${n}-үй`,
        `${md} кичи району, ${ri(1, 80)}-үй, ${k}-батир`,
        `${md} конушу, ${st} көчөсү, ${ri(1, 140)}`,
      ]);
    if (c === 'uz')
      return pick([
        `${st} кўчаси, ${n}-уй, ${k}-хонадон`,
        `${st} кўчаси, ${n}-уй`,
        `${md}, ${ri(1, 80)}-уй, ${k}-хонадон`,
        `${pick(['Навбаҳор', 'Гулобод', 'Тинчлик', 'Обод', 'Янгиҳаёт'])} МФЙ, ${st} кўчаси, ${n}-уй`,
        `${av} шоҳ кўчаси, ${n}`,
      ]);
    if (c === 'tj')
      return pick([
        `кӯчаи ${st}, ${n}, хонаи ${k}`,
        `кӯчаи ${st} ${n}/${k}`,
        `хиёбони ${av}, ${n}, хонаи ${k}`,
        `${md}-мкр, бинои ${ri(1, 60)}, хонаи ${k}`,
        `маҳаллаи ${pick(['Испечак', 'Зарафшон', 'Гулистон', 'Қалъача'])}, кӯчаи ${st}, ${ri(1, 200)}`,
      ]);
  }
  if (v === 'uzl') {
    return pick([
      `${st} ko'chasi, ${n}-uy, ${k}-xonadon`,
      `${st} ko'chasi ${n}-uy`,
      `${md}, ${ri(1, 80)}-uy, ${k}-xonadon`,
      `${pick(['Navbahor', 'Gulobod', 'Tinchlik', 'Obod', 'Yangihayot'])} MFY, ${st} ko'chasi, ${n}-uy`,
      `${av} shoh ko'chasi, ${n}`,
      `${st} tor ko'chasi, ${ri(1, 60)}`,
    ]);
  }
  if (v === 'kzl') {
    const lat = (x) => kzLatin(x);
    return pick([
      `${lat(st)} köşesi, ${n}-üi, ${k}-päter`,
      `${lat(md)} yqşamaudany, ${ri(1, 80)}-üi`,
      `${lat(av)} dañğyly, ${n}/${k}`,
    ]);
  }
  // ru
  if (c === 'ru')
    return pick([
      `ул. ${st}, д. ${n}, корп. ${ri(1, 5)}, кв. ${k}`,
      `${st} ул., ${ri(1, 90)}-${ri(1, 5)}-${k}`,
      `${av} пр-т, д. ${n}, стр. ${ri(1, 4)}`,
      `ул. ${st}, ${ri(1, 90)}к${ri(1, 5)}, кв. ${k}`,
      `${md}, ${ri(2, 40)}-й км, вл. ${ri(1, 12)}`,
      `пр-т ${av}, д. ${n}, кв. ${k}`,
    ]);
  if (c === 'tj')
    return pick([
      `ул. ${st}, д. ${n}, кв. ${k}`,
      `пр. ${av}, ${n}/${ri(1, 9)}`,
      `${md} мкр., д. ${ri(1, 60)}, кв. ${k}`,
      `ул. ${st} ${n}`,
    ]);
  if (c === 'uz')
    return pick([
      `ул. ${st}, д. ${n}, кв. ${k}`,
      `массив ${md}, д. ${ri(1, 60)}, кв. ${k}`,
      `пр. ${av}, ${n}`,
      `ул. ${st}, ${n}-${k}`,
      `махалля «${pick(['Навбахор', 'Гулобод', 'Тинчлик'])}», ул. ${st}, ${n}`,
    ]);
  if (c === 'kg')
    return pick([
      `ул. ${st}, ${n}, кв. ${k}`,
      `мкр. ${md}, д. ${ri(1, 60)}, кв. ${k}`,
      `пр. ${av}, д. ${n}`,
      `ул. ${st} ${n}-${k}`,
      `ж/м ${pick(['Ак-Орго', 'Ак-Босого', 'Калыс-Ордо', 'Кок-Жар'])}, ул. ${pick(['Жунусалиева', 'Эркиндик', 'Садыгалиева', 'Бакаева'])}, ${ri(1, 120)}`,
    ]);
  return pick([
    `ул. ${st}, д. ${n}, кв. ${k}`,
    `ул. ${st}, ${n}-${k}`,
    `ул. ${st} ${n}, кв. ${k}`,
    `пр. ${av}, д. ${n}, кв. ${k}`,
    `проспект ${av}, ${n}`,
    `мкр. ${md}, д. ${ri(1, 80)}, кв. ${k}`,
    `мкр ${md}, ${ri(1, 80)}-${k}`,
    `ул. ${st}, дом ${n}`,
  ]);
}

// cities (written outside ADDRESS spans)
const CITY = {
  kz: {
    ru: W(
      'г. Алматы, г. Астана, г. Шымкент, г. Караганда, г. Тараз, г. Актобе, г. Кызылорда, г. Семей, г. Талдыкорган, г. Туркестан',
    ),
    nat: W(
      'Алматы қаласы, Астана қаласы, Шымкент қаласы, Қарағанды қаласы, Тараз қаласы, Ақтөбе қаласы, Қызылорда қаласы, Түркістан қаласы',
    ),
    en: W('Almaty, Astana, Shymkent, Karaganda, Taraz, Aktobe, Kyzylorda, Turkestan'),
  },
  kg: {
    ru: W('г. Бишкек, г. Ош, г. Джалал-Абад, г. Каракол, г. Токмок, г. Нарын, г. Баткен, г. Талас'),
    nat: W('Бишкек шаары, Ош шаары, Жалал-Абад шаары, Каракол шаары, Токмок шаары, Нарын шаары'),
    en: W('Bishkek, Osh, Jalal-Abad, Karakol, Tokmok, Naryn'),
  },
  uz: {
    ru: W('г. Ташкент, г. Самарканд, г. Андижан, г. Наманган, г. Фергана, г. Карши, г. Бухара, г. Нукус'),
    nat: W('Тошкент шаҳри, Самарқанд шаҳри, Андижон шаҳри, Наманган шаҳри, Фарғона шаҳри, Қарши шаҳри'),
    uzl: W(
      "Toshkent shahri, Samarqand shahri, Andijon shahri, Namangan shahri, Farg'ona shahri, Qarshi shahri, Buxoro shahri",
    ),
    en: W('Tashkent, Samarkand, Andijan, Namangan, Fergana, Karshi, Bukhara, Nukus'),
  },
  tj: {
    ru: W('г. Душанбе, г. Худжанд, г. Бохтар, г. Куляб, г. Истаравшан, г. Турсунзаде, г. Вахдат'),
    nat: W('шаҳри Душанбе, шаҳри Хуҷанд, шаҳри Бохтар, шаҳри Кӯлоб, шаҳри Истаравшан, шаҳри Турсунзода'),
    en: W('Dushanbe, Khujand, Bokhtar, Kulob, Istaravshan, Tursunzoda'),
  },
  ru: {
    ru: W(
      'г. Москва, г. Санкт-Петербург, г. Екатеринбург, г. Новосибирск, г. Казань, г. Подольск, г. Химки, г. Балашиха',
    ),
    en: W('Moscow, St Petersburg, Yekaterinburg, Novosibirsk, Kazan, Podolsk'),
  },
  tr: {
    tr: W(
      'Fatih/İstanbul, Esenyurt/İstanbul, Zeytinburnu/İstanbul, Şişli/İstanbul, Antalya, Alanya/Antalya, Çankaya/Ankara, Konak/İzmir, Bursa, Trabzon',
    ),
  },
  ae: {
    en: [
      'Al Qusais, Dubai',
      'Deira, Dubai',
      'Al Nahda, Sharjah',
      'Ajman',
      'Abu Dhabi',
      'Bur Dubai',
      'Al Barsha, Dubai',
    ],
  },
};
const city = (c, v = 'ru') => pick(CITY[c][v] ?? CITY[c].en ?? CITY[c].ru);

// ---------------------------------------------------------------------------------------------
// shared context vocabulary
// ---------------------------------------------------------------------------------------------
const gw = (p, f, m) => (p.g === 'f' ? f : m);
const ctry = (p) => (p.o === 'ks' ? 'kz' : p.o === 'tm' ? 'ru' : FOREIGN[p.o] ? 'kz' : p.o);
const CTRY_RU_GEN = {
  kz: 'Республики Казахстан',
  ks: 'Республики Казахстан',
  kg: 'Кыргызской Республики',
  uz: 'Республики Узбекистан',
  tj: 'Республики Таджикистан',
  tm: 'Туркменистана',
  ru: 'Российской Федерации',
};
const CTRY_RU_NOM = {
  kz: 'Казахстан',
  ks: 'Казахстан',
  kg: 'Киргизия',
  uz: 'Узбекистан',
  tj: 'Таджикистан',
  tm: 'Туркменистан',
  ru: 'Россия',
};
const CTRY_EN = {
  kz: 'Kazakhstan',
  ks: 'Kazakhstan',
  kg: 'Kyrgyzstan',
  uz: 'Uzbekistan',
  tj: 'Tajikistan',
  tm: 'Turkmenistan',
  ru: 'Russia',
};
const CTRY_TR = {
  kz: 'Kazakistan',
  ks: 'Kazakistan',
  kg: 'Kırgızistan',
  uz: 'Özbekistan',
  tj: 'Tacikistan',
  tm: 'Türkmenistan',
  ru: 'Rusya',
};
const NAT_TR = { kz: 'Kazak', ks: 'Kazakistan', kg: 'Kırgız', uz: 'Özbek', tj: 'Tacik', tm: 'Türkmen', ru: 'Rus' };
const HOTLINE = {
  kz: ['111', '150', '1414', '8 800 080 8080', '8 800 080 7777'],
  kg: ['189', '1227', '0 800 000 189'],
  uz: ['1102', '1144', '71 200 08 55'],
  tj: ['511', '1313', '8 800 505 505'],
  ru: ['8 800 2000 122', '8-800-333-00-16', '112'],
  tr: ['157', '155', '183'],
  ae: ['800 7283', '800 111', '999'],
  th: ['1300', '1191'],
  kr: ['1345', '1577-1366'],
};
const hotline = (c) => pick(HOTLINE[c]);
const caseNo = () =>
  pick([
    `№ 1-${ri(11, 998)}/${ri(2019, 2024)}`,
    `№ ${ri(1990, 7599)}-${ri(19, 24)}-00-1/${ri(11, 420)}`,
    `ЕРДР № ${ri(21, 24)}${digits(13)}`,
    `№ 2-${ri(11, 990)}/${ri(2020, 2024)}`,
  ]);
const ageN = () => ri(16, 44);
const hm = () => `${pad(ri(0, 23))}:${pad(ri(0, 59))}`;
const evDate = (style = 'dmy') => fdate(rdate(2019, 2024), style);
const usd = () => pick(['300', '500', '800', '1 000', '1 200', '1 500', '2 000', '2 500', '3 000']);
const ABROAD_RU = W(
  'Стамбул, Анталью, Дубай, Шарджу, Сеул, Инчхон, Паттайю, Бангкок, Москву, Санкт-Петербург, Урумчи, Алматы',
);
const ABROAD_RU_LOC = W(
  'Стамбуле, Анталье, Дубае, Шардже, Сеуле, Инчхоне, Паттайе, Бангкоке, Москве, Санкт-Петербурге, Урумчи, Абу-Даби, Ансане',
);
const NICKS_RU = W('Бека, Шеф, Кэт, Лола, Чёрный, Сека, Малой, Зоя, Баха, Дина, Саня, Кара, Жека, Хан, Лиса, Рыжая');
const NICKS_LAT = W('Rio, Lola, Kat, Baha, Sasha, Tiger, Jeka, Marik, Kara, Lisa, Beka, Shah, Nana, Bobo, Zara, Dilya');
const nick = (lat = false) => dpick(lat ? 'nickL' : 'nickR', lat ? NICKS_LAT : NICKS_RU);
const DIMS = {
  Шахноза: ['Шаха', 'Шахи'],
  Дилноза: ['Диля', 'Дилька'],
  Гулноза: ['Гуля', 'Гулька'],
  Айгерим: ['Айка', 'Айгер'],
  Нургуль: ['Нурка', 'Нура'],
  Мадина: ['Мадя', 'Мадинка'],
  Динара: ['Дина', 'Динка'],
  Зарина: ['Зара', 'Заринка'],
  Феруза: ['Феря', 'Фируза'],
  Севара: ['Сева', 'Севка'],
  Нилуфар: ['Ниля', 'Нилу'],
  Дилфуза: ['Диля'],
  Мохира: ['Мохи'],
  Фарзона: ['Фара', 'Зона'],
  Манижа: ['Маня'],
  Нигина: ['Ника', 'Нигинка'],
  Айпери: ['Пери', 'Айка'],
  Жылдыз: ['Жыля', 'Жика'],
  Бегимай: ['Бега', 'Бегиш'],
  Чолпон: ['Чоля'],
  Мээрим: ['Мэри', 'Мээр'],
  Жанар: ['Жанка', 'Жана'],
  Асель: ['Ася', 'Аська'],
  Перизат: ['Пери'],
  Салтанат: ['Салта', 'Сала'],
  Меруерт: ['Меря', 'Мерка'],
  Аружан: ['Аруша', 'Аружка'],
  Нурлан: ['Нурик', 'Нурчик'],
  Ерлан: ['Ерик'],
  Бауыржан: ['Бауке', 'Баур'],
  Бауржан: ['Бауке', 'Баур'],
  Асылбек: ['Асик'],
  Бахтиёр: ['Бахти', 'Баха'],
  Бахром: ['Баха', 'Бахрик'],
  Фарход: ['Фара', 'Фархик'],
  Шерзод: ['Шера', 'Шерик'],
  Жамшид: ['Жама', 'Джама'],
  Джамшед: ['Джама', 'Джамик'],
  Бобур: ['Боба', 'Бобик'],
  Улугбек: ['Улик', 'Бек'],
  Нурбек: ['Нурик', 'Бека'],
  Азамат: ['Азик', 'Аза'],
  Алмазбек: ['Алмаз', 'Алмик'],
  Темирлан: ['Тема', 'Темик'],
  Рустам: ['Рустик', 'Руся'],
  Фаррух: ['Фара', 'Фаррик'],
  Далер: ['Даля', 'Дальчик'],
  Санжар: ['Саня', 'Санжик'],
  Отабек: ['Ота', 'Бек'],
  Кайрат: ['Кайка', 'Кайрик'],
  Серик: ['Серый', 'Серикбай'],
  Дархан: ['Дарик', 'Даха'],
  Максат: ['Макс'],
  Мердан: ['Мерик'],
  Сердар: ['Сердик'],
  Ровшен: ['Рова'],
  Огулджерен: ['Джерен', 'Огуль'],
};
const nickDim = (p) => {
  const g = parts(p, 'ru').gn;
  if (DIMS[g]) return pick(DIMS[g]);
  if (chance(0.4)) return g;
  const stem = g.slice(0, 3).replace(/[аеиоуыэюяёь]+$/, '');
  if (stem.length < 2) return g;
  return stem + pick(p.g === 'f' ? ['уля', 'ка', 'ша'] : ['ик', 'а', 'ка']);
};
const ruPlural = (n, one, few, many) => {
  const a = n % 10;
  const b = n % 100;
  if (a === 1 && b !== 11) return one;
  if (a >= 2 && a <= 4 && (b < 12 || b > 14)) return few;
  return many;
};
const ruAge = (n) => `${n} ${ruPlural(n, 'год', 'года', 'лет')}`;
const ruAgeGen = (n) => `${n} ${n % 10 === 1 && n % 100 !== 11 ? 'года' : 'лет'}`;
const FIELD_SEP = () => pick([': ', ':  ', ' — ', ' - ', ':\t', ' : ']);

// ---------------------------------------------------------------------------------------------
// driver
// ---------------------------------------------------------------------------------------------
const OUT = [];
const SEEN = new Set();
function produce(lang, script, templates, n, negative) {
  const order = [];
  while (order.length < n) order.push(...shuffle(templates.map((_, i) => i)));
  order.length = n;
  for (const ti of order) {
    let made = false;
    for (let attempt = 0; attempt < 40 && !made; attempt++) {
      const t = templates[ti];
      const r = t();
      const sc = r && r.script ? r.script : script;
      const b = build(r && r.parts ? r.parts : r);
      if (SEEN.has(b.text)) continue;
      if (negative && b.spans.length) throw new Error(`negative template ${lang}#${ti} produced spans: ${b.text}`);
      if (!negative && !b.spans.length) throw new Error(`positive template ${lang}#${ti} produced no spans: ${b.text}`);
      SEEN.add(b.text);
      OUT.push({
        language: r && r.lang ? r.lang : lang,
        script: sc,
        text: b.text,
        spans: b.spans,
        neg: negative,
        tpl: `${lang}${negative ? 'N' : 'P'}${ti}`,
      });
      made = true;
    }
    if (!made) throw new Error(`template ${lang}${negative ? 'N' : 'P'}${ti} keeps producing duplicates`);
  }
}
const alt = (...xs) => pick(xs);

// =============================================================================================
// RUSSIAN
// =============================================================================================
const ruBD = (dt) => {
  const st = pick(['dmy', 'dmy', 'ru', 'ru', 'dmyS2', 'iso', 'ru0']);
  const v = fdate(dt, st);
  if (st === 'ru' || st === 'ru0') return [BD(v), pick([' г.р.', ' года рождения', ' г. рождения', ' г.'])];
  return [BD(v), pick([' г.р.', ' года рождения', ' г.р', ''])];
};
const RU_POS = [
  // 0 verdict opening with birth date and address
  () => {
    const p = pers(pick(['kz', 'kg', 'uz', 'tj', 'ks']));
    const dt = rdate(1972, 2005);
    const c = ctry(p);
    return [
      alt(
        'Суд установил: ',
        'Судом установлено, что ',
        'Как установлено в судебном заседании, ',
        'Подсудим' + gw(p, 'ая ', 'ый '),
      ),
      nm(p, alt('SGP', 'SGP', 'SG')),
      ', ',
      ruBD(dt),
      ', ',
      gw(p, 'уроженка ', 'уроженец '),
      city(c),
      ', ',
      gw(p, 'гражданка ', 'гражданин '),
      CTRY_RU_GEN[p.o],
      ', ',
      gw(p, 'проживающая', 'проживающий'),
      alt(' по адресу: ', ' по адресу ', ' в '),
      city(c),
      ', ',
      AD(addr(c)),
      alt(', ранее не судим' + gw(p, 'а', '') + ',', ', не работающ' + gw(p, 'ая', 'ий') + ','),
      ' совершил',
      gw(p, 'а', ''),
      ' преступление при следующих обстоятельствах.',
    ];
  },
  // 1 recruiter met victim via instagram (instrumental case)
  () => {
    const a = persDecl('ca', 'm');
    const v = persDecl('ca', 'f');
    return [
      'Из материалов дела следует, что ',
      nm(a, alt('S_IO', 'SG', 'SGP')),
      ' в ',
      alt('марте', 'апреле', 'мае', 'июне', 'сентябре', 'ноябре'),
      ` ${ri(2019, 2023)} г. через ${alt('Instagram', 'социальную сеть Instagram', 'TikTok', 'Одноклассники')} познакомился с `,
      nm(v, alt('GS', 'SG', 'S_I', 'G'), { k: 'ins' }),
      ' (аккаунт ',
      HD(handle(v)),
      `) и предложил ей работу ${alt('официантки', 'горничной', 'няни', 'массажистки', 'продавца')} в ${pick(ABROAD_RU_LOC)} с оплатой ${usd()} долларов США в месяц.`,
    ];
  },
  // 2 NGO intake form, Field: value
  () => {
    const p = pers(pick(['kz', 'kg', 'uz', 'tj', 'tm', 'ks']), 'f');
    const c = ctry(p);
    const sep = FIELD_SEP();
    const dt = rdate(1980, 2006);
    const rows = [
      ['ФИО', [nm(p, alt('SGP', 'CAPS_SGP', 'SG'))]],
      [alt('Дата рождения', 'Д.р.', 'Дата рожд.'), [BD(fdate(dt, pick(['dmy', 'dmyS', 'iso', 'dmy2'])))]],
      [alt('Паспорт', 'Паспорт №', 'Документ (паспорт)'), [PP(passFor(p.o === 'ks' ? 'kz' : p.o))]],
      [alt('Тел.', 'Контактный телефон', 'Телефон (WhatsApp)'), [PH(phoneFor(p.o))]],
      [alt('Адрес до выезда', 'Адрес регистрации', 'Место жительства'), [city(c), ', ', AD(addr(c))]],
      ['Гражданство', [CTRY_RU_NOM[p.o]]],
      [
        'Откуда узнали о фонде',
        [alt('горячая линия ', 'звонок на номер ', 'листовка, телефон ') + hotline(c === 'ru' ? 'ru' : c)],
      ],
    ];
    const chosen = shuffle(rows.slice(1, 5)).slice(0, ri(2, 4));
    const all = [rows[0], ...chosen, rows[5], rows[6]];
    return [
      alt('АНКЕТА ПЕРВИЧНОГО ОБРАЩЕНИЯ\n', 'Карточка клиента №' + ri(12, 480) + '\n', 'Форма intake (ОФ)\n', ''),
      all.map(([k, v], i) => [i ? '\n' : '', k, sep, v]),
    ];
  },
  // 3 hotline log with nickname and phone
  () => {
    const caller = pers('ca', 'f');
    const sis = persDecl('ca', 'f');
    const c = ctry(caller);
    const nickname = alt(nickDim(caller), parts(caller, 'ru').gn);
    return [
      `[${evDate()} ${hm()}] Входящий звонок на линию ${hotline(c === 'ru' ? 'ru' : c)}. Абонент представилась «`,
      P(nickname),
      alt('», просила перезвонить на номер ', '» (номер ', '», обратный номер '),
      PH(phoneFor(caller.o)),
      alt('. ', '). ', '. '),
      'Со слов абонента, её ',
      alt('сестра ', 'дочь ', 'племянница ', 'подруга '),
      nm(sis, alt('GS', 'G', 'SG')),
      ` находится в ${pick(ABROAD_RU_LOC)}, паспорт у неё забрали, выходить из квартиры не разрешают.`,
    ];
  },
  // 4 chat transcript with speaker labels and a card
  () => {
    const a = pers('ca', 'm');
    const b = pers('ca', 'f');
    const an = nickDim(a);
    const bn = alt(nickDim(b), parts(b, 'ru').gn);
    const owner = pers('ca');
    return [
      alt('Скриншот переписки (WhatsApp):\n', 'Распечатка переписки в Telegram:\n', ''),
      P(an),
      ': скинь номер карты, куда за билет\n',
      P(bn),
      ': ',
      CD(card(pick(['kaspi', 'halyk', 'humo', 'uzcard', 'elcart', 'korti', 'mir']), pick(['sp', 'raw', 'dash']))),
      ' ',
      alt('каспи', 'хумо', 'это не моя', 'мамина'),
      '\n',
      P(an),
      ': на кого оформлена?\n',
      P(bn),
      ': ',
      nm(owner, alt('GS', 'lower', 'SG')),
    ];
  },
  // 5 bank statement, pipe table
  () => {
    const s1 = pers('ca');
    const s2 = pers('ca');
    const cur = alt('KZT', 'тенге', 'USD', 'руб.');
    return [
      'Выписка по счёту (фрагмент)\n| Дата | Сумма | Отправитель | Счёт получателя |\n|---|---|---|---|\n',
      `| ${evDate()} | ${ri(20, 900)} 000 ${cur} | `,
      nm(s1, alt('S_IO', 'SG', 'CAPS_SG')),
      ' | ',
      IB(fiban(iban('KZ'))),
      ' |\n',
      `| ${evDate()} | ${ri(1, 30)} ${ri(100, 999)} ${cur} | `,
      nm(s2, alt('SG', 'S_I', 'SGP')),
      ' | ',
      alt(IB(fiban(iban('KZ'))), CD(card(pick(['kaspi', 'halyk', 'visa']), pick(['mask', 'maskRaw', 'maskX'])))),
      ' |',
    ];
  },
  // 6 migration record, caps
  () => {
    const p = pers(pick(['uz', 'tj', 'kg', 'tm']));
    const dt = rdate(1975, 2004);
    return [
      alt('Сведения ЦБДУИГ: ', 'Данные миграционного учёта: ', 'Справка ОВМ: '),
      nm(p, alt('CAPS_SGP', 'CAPS_SG', 'CAPS')),
      ', ',
      BD(fdate(dt, pick(['dmy', 'iso']))),
      ` г.р., гражд. ${CTRY_RU_NOM[p.o]}, паспорт `,
      PP(passFor(p.o)),
      `, цель въезда — работа, въезд ${evDate()} через КПП «${alt('Мариновка', 'Домодедово', 'Троицк', 'Внуково', 'Орск')}», патент не оформлялся.`,
    ];
  },
  // 7 vehicles and driver (genitive)
  () => {
    const d = persDecl('ca', 'm');
    return [
      'Установлено, что потерпевших перевозили на автомашине «',
      alt('Toyota Alphard', 'Hyundai Starex', 'Mercedes Sprinter', 'ГАЗель Next', 'Lexus LX 570'),
      '» с г/н ',
      PL(PLATE[pick(['kz', 'kg', 'uz'])]()),
      ' под управлением ',
      nm(d, alt('S_IO', 'SG', 'SGP'), { k: 'gen' }),
      ', а от границы — на микроавтобусе с государственным номером ',
      PL(PLATE.ru()),
      '.',
    ];
  },
  // 8 first-person witness statement
  () => {
    const p = pers(pick(['kz', 'kg', 'uz', 'tj', 'ru', 'ks']));
    const c = ctry(p);
    return [
      'Я, ',
      nm(p, 'SGP'),
      ', ',
      ruBD(rdate(1970, 2004)),
      alt(', проживаю по адресу: ', ', зарегистрирован' + gw(p, 'а', '') + ' по адресу: '),
      city(c),
      ', ',
      AD(addr(c)),
      alt(
        ', по существу заданных мне вопросов могу пояснить следующее.',
        '. Русским языком владею, в услугах переводчика не нуждаюсь.',
        ', об ответственности по ст. 307 УК РФ предупреждён' + gw(p, 'а', '') + '.',
      ),
    ];
  },
  // 9 defence counsel motion: dative and prepositional
  () => {
    const a = persDecl('any');
    const b = persDecl('any');
    return [
      alt('Ходатайство защитника: ', 'Адвокат просит '),
      'вручить копию постановления ',
      nm(a, alt('SG', 'S_IO', 'SGP'), { k: 'dat' }),
      ' и известить о дате заседания ',
      nm(b, alt('S_I', 'SG'), { k: 'acc' }),
      `; сведения о ${gw(b, alt('подзащитной', 'потерпевшей'), alt('подзащитном', 'потерпевшем'))} `,
      nm(b, 'S', { k: 'prep' }),
      ` направить в ${alt('Генеральную прокуратуру', 'ДП г. Алматы', 'прокуратуру Чуйской области')}.`,
    ];
  },
  // 10 Korean employer (ko context)
  () => {
    const e = pers('kr', 'm');
    const v = pers(pick(['uz', 'kg', 'kz', 'ks']));
    return [
      alt('Работодатель в Республике Корея — ', 'По месту работы (Кёнгидо, Ансан) их встречал '),
      nm(e, 'GS'),
      alt(' (владелец теплиц), ', ' (директор фабрики), '),
      'тел. ',
      PH(PHONE.kr()),
      '; паспорт ',
      nm(v, alt('SG', 'S_IO'), { k: 'gen' }),
      ' № ',
      PP(passFor(v.o === 'ks' ? 'kz' : v.o)),
      ` хранился у него в сейфе, зарплата по ${ri(1, 3)} 500 000 вон не выплачивалась.`,
    ];
  },
  // 11 UAE sponsor (ar context)
  () => {
    const sp = pers('ar', 'm');
    const v = pers('ca', 'f');
    return [
      alt('По прибытии в аэропорт Дубая ', 'В аэропорту Шарджи '),
      nm(v, alt('G', 'GS')),
      ' встретил спонсор ',
      nm(sp, 'GS'),
      alt(', который забрал её паспорт. ', ' и сразу забрал паспорт. '),
      'Проживала она по адресу: ',
      AD(addr('ae', 'ru')),
      `, ${alt('Дейра', 'Аль-Кусайс', 'Аль-Нахда')}; номер спонсора — `,
      PH(PHONE.ae()),
      '.',
    ];
  },
  // 12 Thailand (th context) with plate
  () => {
    const m = pers('th', 'f');
    const v = persDecl('ca', 'f');
    return [
      'В Паттайе ',
      nm(v, alt('SG', 'S_I', 'G'), { k: 'acc' }),
      ' и ещё двух девушек поселили в доме по адресу ',
      AD(addr('th')),
      '; за ними присматривала тайка по имени ',
      nm(m, alt('G', 'GS')),
      ', которая ездила на пикапе с номером ',
      PL(PLATE.th()),
      ` (${alt('Чонбури', 'Бангкок', 'Районг')}).`,
    ];
  },
  // 13 China (zh context) with WeChat
  () => {
    const m = pers('cn', 'm');
    const v = pers('ca', 'f');
    return [
      'Посредником в Урумчи выступал ',
      nm(m, alt('GS', 'CAPS')),
      ' (WeChat: ',
      HD(handle(m, false)),
      alt('), который обещал ', '); он обещал '),
      nm(v, 'G', { k: 'dat' }),
      ` работу на швейной фабрике, а в действительности продал её за ${ri(3, 9)}0 000 юаней.`,
    ];
  },
  // 14 Russian SNILS / INN
  () => {
    const p = pers(pick(['ru', 'ks', 'kz', 'tj']));
    const bad = chance(0.3);
    return [
      'В ходе проверки установлено: ',
      nm(p, 'SGP'),
      ', СНИЛС ',
      NID(snils(!bad)),
      ', ИНН ',
      NID(ruInn()),
      `, зарегистрирован${gw(p, 'а', '')} по адресу: ${city('ru')}, `,
      AD(addr('ru')),
      ', фактически проживает в общежитии при складе.',
    ];
  },
  // 15 Kazakh IIN, sometimes with wrong check digit, explicit cue
  () => {
    const p = pers(pick(['kz', 'kz', 'ks']));
    const dt = rdate(1978, 2005);
    const good = chance(0.6);
    return [
      gw(p, 'Потерпевшая ', 'Потерпевший '),
      nm(p, alt('S_IO', 'SGP', 'SG')),
      ...(chance(0.5)
        ? [alt(' (ИИН ', ' (ИИН: '), NID(iin(dt, p.g, good)), ')']
        : [alt(', ИИН: ', ', ИИН '), NID(iin(dt, p.g, good)), ',']),
      gw(p, ' пояснила, что ', ' пояснил, что '),
      `в ${ri(2019, 2023)} году выехал${gw(p, 'а', '')} в ${pick(ABROAD_RU)} по приглашению знакомой.`,
    ];
  },
  // 16 OCR-like protocol with broken lines
  () => {
    const p = pers(pick(['kz', 'kg', 'uz', 'tj']));
    const c = ctry(p);
    return [
      'П Р О Т О К О Л\nдопроса  потерпевш',
      gw(p, 'ей', 'его'),
      '\n\nФамилия, имя, отчество   ',
      nm(p, alt('CAPS_SGP', 'SGP')),
      '\nДата  и  место  рожде-\nния   ',
      BD(fdate(rdate(1975, 2005), pick(['dmy', 'ru']))),
      ', ',
      city(c).replace('г. ', 'г.'),
      '\nМесто  житель-\nства   ',
      AD(addr(c)),
      '\nТелефон   ',
      PH(phoneFor(p.o)),
    ];
  },
  // 17 mixed: Uzbek Latin spelling next to Russian document spelling
  () => {
    const p = pers('uz');
    return [
      gw(p, 'Потерпевшая ', 'Потерпевший '),
      nm(p, alt('GS', 'SG'), { sp: 'en' }),
      ` (в российских документах — `,
      nm(p, 'SG'),
      `) пояснил${gw(p, 'а', '')}, что о вакансии узнал${gw(p, 'а', '')} от `,
      nm(persDecl('uz', 'f'), alt('G', 'GS'), { k: 'gen' }),
      ', которую знал',
      gw(p, 'а', ''),
      ' по махалле.',
    ];
  },
  // 18 list of victims, ages are not labelled
  () => {
    const a = pers(pick(['uz', 'tj', 'kg']));
    const b = pers(pick(['uz', 'tj', 'kg']));
    const c = pers(pick(['uz', 'tj', 'kg']), 'f');
    return [
      'Потерпевшие:\n1) ',
      nm(a, alt('SG', 'S_IO')),
      `, ${ruAge(ageN())}, гр. ${alt('РУз', 'РТ', 'КР')};\n2) `,
      nm(b, alt('SGP', 'SG')),
      ', ',
      BD(bdate(pick(['dmy', 'ru']), 1980, 2006)),
      ';\n3) ',
      nm(c, alt('G', 'lowerG')),
      ' (фамилию не знает, ',
      alt('около 20 лет', 'на вид 25–27 лет', 'возраст не установлен'),
      ').',
    ];
  },
  // 19 Telegram accounts and phone
  () => {
    const r = pers('ca', 'f');
    return [
      alt('Переписка велась в Telegram: ', 'Для связи вербовщица использовала Telegram-аккаунты '),
      HD(handle(r)),
      alt(' и ', ', '),
      HD(handle(r)),
      ', а также номер ',
      PH(phoneFor(r.o)),
      ...(chance(0.5)
        ? [', зарегистрированный на ', nm(persDecl('ca'), alt('SG', 'S_IO'), { k: 'acc' }), '.']
        : [' (абонент — ', nm(pers('ca'), alt('SG', 'S_IO', 'SGP')), ').']),
    ];
  },
  // 20 lowercase WhatsApp quote with a card and name
  () => {
    const a = pers('ca', 'f');
    const o = pers('ca');
    return [
      `[${evDate()}, ${hm()}] `,
      P(lower(parts(a, 'ru').gn)),
      ': ',
      alt('денег нет совсем, кинь на карту ', 'скинь за квартиру сюда ', 'вот карта '),
      CD(card(pick(['kaspi', 'humo', 'uzcard', 'korti', 'elcart']), pick(['raw', 'sp']))),
      ' ',
      alt('она на ', 'оформлена на ', 'получатель '),
      nm(o, alt('lower', 'GS', 'S_I')),
    ];
  },
  // 21 nickname of the organiser
  () => {
    const o = persDecl('ca', 'm');
    const nk = nick();
    return [
      'Организатор, известный по прозвищу «',
      P(nk),
      '», — ',
      nm(o, alt('SGP', 'SG')),
      ', ',
      ruBD(rdate(1965, 1995)),
      ', — лично встречал девушек в аэропорту и отбирал у них документы.',
    ];
  },
  // 22 passenger manifest table
  () => {
    const a = pers(pick(['uz', 'kg', 'tj', 'kz']), 'f');
    const b = pers(a.o, 'f');
    const fl = alt('KC 915', 'HY 611', 'TK 351', 'PC 731', 'FZ 1794', 'ZM 245');
    return [
      `Список пассажиров рейса ${fl} (${evDate()})\n№ | ФИО | Паспорт | Д/р\n`,
      '1 | ',
      nm(a, 'CAPS'),
      ' | ',
      PP(passFor(a.o)),
      ' | ',
      BD(bdate('dmy', 1985, 2005)),
      '\n2 | ',
      nm(b, 'CAPS'),
      ' | ',
      PP(passFor(b.o)),
      ' | ',
      BD(bdate('dmy', 1985, 2005)),
    ];
  },
  // 23 MRZ copy
  () => {
    const p = pers(pick(['kz', 'kg', 'uz', 'tj', 'tm']));
    const dt = rdate(1975, 2005);
    return [
      alt('Копия паспорта (МЧЗ):\n', 'Машиночитаемая зона паспорта:\n', 'МЧЗ, распознано: '),
      mrz(p, passFor(p.o), dt, alt('\n', '\n', ' ')),
    ];
  },
  // 24 genitive "в отношении", Kazakh patronymic in Russian text
  () => {
    const p = pers('kz');
    const x = parts(p, 'ru');
    const kzPat = ruStyle(p.fa, 'kz') + gw(p, 'кызы', 'улы');
    return [
      `${evDate()} г. возбуждено уголовное дело ${caseNo()} в отношении `,
      P(`${declSur(x.sn, p.g, 'gen')} ${declGiven(x.gn, p.g, 'gen')} ${kzPat}`),
      ` по ч. ${ri(2, 4)} ст. 128 УК РК; ${gw(p, 'она', 'он')} задержан${gw(p, 'а', '')} по адресу: ${city('kz')}, `,
      AD(addr('kz')),
      '.',
    ];
  },
  // 25 e-mail and Koryo-saram names
  () => {
    const p = pers('ks');
    const q = pers('ks');
    return [
      'Договор о «трудоустройстве» направлялся с адреса ',
      EM(email(p, 'kz')),
      '; отправителем значится ',
      nm(p, alt('SG', 'GS', 'S_IO')),
      alt(', ответы приходили от ', ', копия — '),
      nm(q, alt('I_S', 'GS')),
      ' (',
      EM(email(q, 'ru')),
      ').',
    ];
  },
  // 26 Tajik and Turkmen names, dative, Turkish employer in Cyrillic
  () => {
    const v = persDecl(pick(['tj', 'tm']), 'f');
    const e = pers('tr', 'm');
    return [
      `В Анталье ${alt('хозяин отеля', 'владелец кафе', 'работодатель')} `,
      nm(e, 'GS'),
      ' выплачивал ',
      nm(v, alt('GS', 'SG', 'G'), { k: 'dat' }),
      ` не более ${ri(100, 300)} долларов, а её паспорт ${alt('№ ', '')}`,
      PP(passFor(v.o)),
      ' держал у себя. Его номер: ',
      PH(PHONE.tr()),
      '.',
    ];
  },
  // 27 initials before surname, address of a flat where victims were held
  () => {
    const a = pers(pick(['ru', 'ks', 'kz', 'kg']), 'm');
    const c = pick(['ru', 'kz', 'kg']);
    return [
      'Квартира по адресу: ',
      city(c),
      ', ',
      AD(addr(c)),
      ', была арендована ',
      nm(a, alt('IO_S', 'I_S'), { k: 'ins', tight: chance(0.5) }),
      ` на ${ri(3, 12)} месяцев; договор аренды изъят в ходе обыска ${evDate()}.`,
    ];
  },
  // 28 phone contacts: a kinship word is not a name, a nickname with a place is labelled without the place
  () => {
    const p1 = pers('ca', 'm');
    const p2 = pers('ca', 'f');
    const d1 = nickDim(p1);
    const d2 = alt(nickDim(p2), parts(p2, 'ru').gn);
    return [
      alt('Из памяти телефона изъяты контакты:\n', 'Контакты в телефоне потерпевшей:\n'),
      '«',
      P(d1),
      ` ${alt('Дубай', 'Стамбул', 'Москва', 'Алматы')}» — `,
      PH(pick([PHONE.ae, PHONE.tr, PHONE.ru, PHONE.kz])()),
      `\n«${alt('Мама', 'Папа', 'Апа', 'Сестрёнка')}» — `,
      PH(phoneFor(p2.o)),
      '\n«',
      P(d2),
      ` ${alt('работа', 'Анталья', 'хозяйка')}» — `,
      PH(pick([PHONE.tr, PHONE.ae, PHONE.kr])()),
    ];
  },
  // 29 handles named by their service (without @) in Russian
  () => {
    const r = pers('ca', 'f');
    return [
      'В объявлении указаны контакты: ',
      alt('инста: ', 'инстаграм — ', 'Insta: '),
      HD(handle(r, false)),
      ', ',
      alt('тг: ', 'телеграм: ', 'TG '),
      HD(handle(r, chance(0.5))),
      alt(', ник в WhatsApp — ', ', в вотсапе подписана как '),
      P(alt(nickDim(r), parts(r, 'ru').gn)),
      '.',
    ];
  },
  // 30 Russian bank account (IBAN-like), payee and INN
  () => {
    const p = pers(pick(['ru', 'ks', 'tj', 'uz']));
    return [
      `Деньги за «${alt('оформление патента', 'регистрацию', 'билеты', 'проживание')}» требовали перечислять на счёт `,
      IB(ruAcc()),
      ` в ${alt('ПАО Сбербанк', 'АО «Т-Банк»', 'ВТБ')}, получатель — `,
      nm(p, alt('SGP', 'SG', 'S_IO')),
      ', ИНН ',
      NID(ruInn(chance(0.8))),
      '.',
    ];
  },
  // 31 OCR scan where the passport number wraps onto the next line (not labelled)
  () => {
    const p = pers(pick(['kz', 'kg', 'uz', 'tj']));
    const pp = passFor(p.o).replace(/\s/g, '');
    const cut = ri(3, pp.length - 3);
    return [
      'Копия заявления (распознано):\nЯ, ',
      nm(p, alt('SGP', 'CAPS_SGP')),
      ', ',
      BD(bdate('dmy', 1975, 2005)),
      ' г.р., паспорт № ',
      pp.slice(0, cut),
      '\n',
      pp.slice(cut),
      `, прошу оказать содействие в возвращении на родину.`,
    ];
  },
  // 32 verdict header: judge, secretary, prosecutor named (roles outside the span)
  () => {
    const j = persDecl('any');
    const sec = persDecl('any', 'f');
    const pr = persDecl('any');
    return [
      `${alt('Специализированный межрайонный суд по уголовным делам г. Алматы', 'Октябрьский районный суд г. Бишкек', 'Суд Чиланзарского района г. Ташкента')} в составе председательствующего судьи `,
      nm(j, alt('S_IO', 'IO_S'), { k: 'gen' }),
      ', при секретаре ',
      nm(sec, alt('S_IO', 'S_I'), { k: 'prep' }),
      ', с участием государственного обвинителя ',
      nm(pr, alt('S_IO', 'IO_S'), { k: 'gen' }),
      ', рассмотрев в открытом судебном заседании уголовное дело…',
    ];
  },
  // 34 payment order with KZ IBAN and IIN
  () => {
    const p = pers(pick(['kz', 'ks']));
    return [
      `Платёжное поручение № ${ri(10, 999)} от ${evDate()}\nПолучатель: `,
      nm(p, alt('SGP', 'CAPS_SGP', 'SG')),
      '\nИИН получателя: ',
      NID(iin(rdate(1970, 2002), p.g, chance(0.85))),
      '\nIBAN: ',
      IB(fiban(iban('KZ'), pick(['raw', 'g4', 'lower']))),
      `\nНазначение платежа: ${alt('оплата за услуги по трудоустройству', 'возврат долга', 'аренда квартиры', 'за визу')}`,
    ];
  },
  // 33 titles stay outside the span
  () => {
    const a = pers('ca', 'f');
    const b = persDecl('ca', 'm');
    return [
      alt('Гражданка ', 'Гр-ка ', 'Г-жа '),
      nm(a, alt('SG', 'S')),
      ` пояснила, что «${alt('агент', 'посредник', 'хозяин')}» — г-н `,
      nm(b, 'S'),
      ` — встречал её в аэропорту; ${alt('адвокат', 'представитель фонда')} присутствовал при допросе.`,
    ];
  },
];
const RU_NEG = [
  () => [
    `Уголовное дело ${caseNo()} по обвинению по п. «${alt('а', 'б', 'в')}» ч. ${ri(2, 3)} ст. ${alt('128 УК РК', '127.1 УК РФ', '171 УК КР', '135 УК РУз', '130.1 УК РТ')} рассмотрено ${alt('Специализированным межрайонным судом по уголовным делам г. Алматы', 'Бишкекским городским судом', 'Тверским районным судом г. Москвы', 'Ташкентским городским судом по уголовным делам')} ${evDate()} г. Председательствующий — судья, секретарь судебного заседания, государственный обвинитель — прокурор отдела.`,
  ],
  () => [
    `По данным ${alt('МВД Республики Казахстан', 'Генеральной прокуратуры Кыргызской Республики', 'Национальной комиссии Республики Узбекистан по противодействию торговле людьми', 'УНП ООН')}, в ${ri(2018, 2023)} году зарегистрировано ${((n) => `${n} ${ruPlural(n, 'преступление', 'преступления', 'преступлений')}`)(ri(40, 400))}, связанных с торговлей людьми; ${ri(51, 88)}% потерпевших — женщины в возрасте от 18 до ${ri(28, 35)} лет, ${ri(5, 20)}% — несовершеннолетние.`,
  ],
  () => {
    const c = pick(['kz', 'kg', 'uz', 'tj', 'ru']);
    const [h1, h2] = shuffle([...HOTLINE[c]]);
    return [
      `Если вы или ваши близкие оказались в трудной ситуации за рубежом, звоните на ${alt('бесплатную горячую линию', 'телефон доверия', 'линию помощи')} ${h1}${alt(' (круглосуточно)', '', ', звонок бесплатный,')} или по номеру ${h2}. Консультации проводят юристы ${alt('ОФ «Сана Сезим»', 'МОМ', 'ОО «Тиниш»', 'кризисного центра «Подруги»', 'ОО «Истикболи Дурахшон»')}.`,
    ];
  },
  () => [
    `Согласно статье 3 Протокола о предупреждении и пресечении торговли людьми, особенно женщинами и детьми, и наказании за нее (Палермо, ${alt('2000', '15 ноября 2000')} г.), согласие жертвы не принимается во внимание, если было использовано любое из средств, указанных в подпункте «а». См. также ст. ${ri(125, 135)} УК РК и постановление Пленума Верховного Суда от ${evDate()} № ${ri(1, 14)}.`,
  ],
  () => [
    `Рейс ${alt('KC 915', 'TK 355', 'FZ 1794', 'HY 603', 'ZM 223', 'DV 707')} ${alt('Алматы — Дубай', 'Ташкент — Стамбул', 'Бишкек — Москва', 'Душанбе — Сеул', 'Астана — Анталья')} вылетел ${evDate()} в ${hm()}; группа из ${ri(6, 19)} человек прошла паспортный контроль в терминале ${alt('1', '2', 'А', 'С')}, сопровождающий купил билеты за ${ri(2, 9)} ${ri(100, 999)} 000 тенге наличными.`,
  ],
  () => [
    `${alt('Общественный фонд «Сана Сезим»', 'Кризисный центр «Подруги»', 'ОО «Тиниш»', 'Фонд «Шансы»')}, ${alt('Кризисный центр «Забота»', 'ОФ «Коргау»', 'Центр поддержки семьи')} и ${alt('МОМ', 'ОБСЕ', 'УНП ООН', 'Посольство США')} провели тренинг для ${ri(20, 60)} сотрудников ${alt('полиции', 'пограничной службы', 'миграционной службы')} в гостинице на проспекте Абая; модератором выступила представитель Министерства труда и социальной защиты населения.`,
  ],
  () => [
    `Бараки располагались в промзоне у ${alt('Каширского шоссе', 'Ярославского шоссе', 'Кольцевой автодороги')}, а пункт сбора — возле рынка «${alt('Садовод', 'Дордой', 'Алтын Орда', 'Барахолка')}» на улице ${alt('Рыскулова', 'Толе би', 'Садовой', 'Ленина')}; рабочих возили на ${alt('склад', 'стройку', 'швейный цех')} в районе метро «${alt('Люблино', 'Выхино', 'Котельники', 'Алма-Атинская')}».`,
  ],
  () => [
    `Сумма ущерба составила ${ri(1, 9)} ${ri(100, 999)} 000 ${alt('тенге', 'сомов', 'рублей', 'сумов')} (около ${ri(2, 15)} 000 долларов США), из них ${ri(100, 900)} 000 переведено через систему «Золотая Корона» и ${ri(10, 90)} 000 — через Western Union; долговая расписка на ${ri(1, 5)} 000 USD приобщена к делу.`,
  ],
  () => [
    `${alt('ПРИГОВОР', 'ПОСТАНОВЛЕНИЕ', 'ОБВИНИТЕЛЬНЫЙ АКТ')}\nИМЕНЕМ ${alt('РЕСПУБЛИКИ КАЗАХСТАН', 'КЫРГЫЗСКОЙ РЕСПУБЛИКИ', 'РЕСПУБЛИКИ УЗБЕКИСТАН', 'РОССИЙСКОЙ ФЕДЕРАЦИИ')}\n\n${evDate()}\t\t\t\t${alt('г. Шымкент', 'г. Ош', 'г. Фергана', 'г. Екатеринбург')}\n\nСУД В СОСТАВЕ ПРЕДСЕДАТЕЛЬСТВУЮЩЕГО СУДЬИ, ПРИ СЕКРЕТАРЕ, С УЧАСТИЕМ ПРОКУРОРА И ЗАЩИТНИКА`,
  ],
  () => [
    `Потерпевшие — ${alt('три', 'четыре', 'пять')} гражданки ${alt('Узбекистана', 'Таджикистана', 'Кыргызстана')} в возрасте ${ri(17, 20)}, ${ri(21, 25)} и ${ruAgeGen(ri(26, 33))} и ${alt('одна гражданка Туркменистана', 'двое граждан Казахстана')} ${ruAgeGen(ri(30, 45))}; все они ${alt('узбечки', 'таджички', 'киргизки', 'казашки')} по национальности, владеют русским языком слабо.`,
  ],
  () => [
    `Прокурор поддержал обвинение, защитник просил переквалифицировать деяние на ст. ${alt('126', '309', '128-1')}, потерпевшая на заседание не явилась, а свидетель (сосед по общежитию) подтвердил ранее данные показания. Переводчик с ${alt('узбекского', 'таджикского', 'кыргызского')} языка предупреждён об ответственности.`,
  ],
  () => {
    const d0 = rdate(2019, 2023);
    const [d1, d2, d3, d4] = [ri(1, 3), ri(60, 180), ri(200, 260), ri(280, 340)].map((n) => addDays(d0, n));
    return [
      `Задержание произведено ${fdate(d0, 'dmy')} в ${hm()}; мера пресечения в виде содержания под стражей избрана ${fdate(d1, 'dmy')}, срок продлён до ${fdate(d2, 'dmy')}. Апелляционная жалоба поступила ${fdate(d3, 'ru')} г., рассмотрение назначено на ${fdate(d4, 'ru')} г.`,
    ];
  },
  () => [
    `Потерпевших доставили в аэропорт имени ${alt('Гейдара Алиева', 'Манаса', 'Ислама Каримова')}, а затем — в хостел на проспекте ${alt('Абая', 'Назарбаева', 'Рудаки', 'Чуй')} рядом с ${alt('КазНУ имени аль-Фараби', 'мечетью имени Имама Бухари', 'парком имени Панфилова', 'университетом им. Ж. Баласагына')}.`,
  ],
  () => [
    `Материалы ${alt('КУИ', 'КУСП')} № ${ri(100, 9999)}/${ri(2019, 2024)}, ${caseNo()}; постановление о признании потерпевшей от ${evDate()}; запрос в ${alt('НЦБ Интерпола', 'Посольство Республики Корея', 'Генеральное консульство в Стамбуле', 'МИД ОАЭ')} исх. № ${ri(10, 99)}-${ri(100, 9999)} от ${evDate()}.`,
  ],
  () => [
    `В ${alt('Центральной Азии', 'странах СНГ', 'Ферганской долине')} вербовщики всё чаще используют Instagram и TikTok; Госдепартамент США в докладе TIP ${ri(2019, 2024)} года отнёс ${alt('Казахстан', 'Кыргызстан', 'Туркменистан', 'Таджикистан')} к категории Tier ${alt('2', '2 Watch List', '3')}. В докладе упомянуты ОАЭ, Турция, Республика Корея и Таиланд.`,
  ],
  () => [
    `Горячая линия ${alt('МОМ', 'Сана Сезим', 'Тиниш', 'фонда «Родник»')} за ${alt('январь–июнь', 'первый квартал', 'год')} ${ri(2020, 2024)} приняла ${ri(200, 4000)} звонков (${ri(10, 40)}% — из ${alt('России', 'Турции', 'ОАЭ', 'Кореи')}); номер ${hotline('kz')} доступен из любой сети, номер ${hotline('kg')} — для звонков из Кыргызстана.`,
  ],
];

// =============================================================================================
// ENGLISH (incl. Korean / Thai / Arab / Chinese context sentences)
// =============================================================================================
const en = (p, form, opt = {}) => nm(p, form, { sp: 'en', ...opt });
const enBD = () => BD(bdate(pick(['en', 'enUK', 'iso', 'dmyS', 'enShort', 'enUK', 'en', 'dmy']), 1972, 2006));
const enPoss = (p, form) => [en(p, form), "'s"];
const SHE = (p) => gw(p, 'she', 'he');
const HER = (p) => gw(p, 'her', 'his');
const EN_POS = [
  // 0 judgment
  () => {
    const p = pers('ca');
    const c = ctry(p);
    return [
      alt('The court found that ', 'The Court established that ', 'It was established at trial that '),
      en(p, alt('GS', 'SG', 'CAPS')),
      ', born ',
      enBD(),
      `, a national of ${CTRY_EN[p.o]} residing at `,
      AD(addr(c, 'en')),
      `, ${city(c, 'en')}, recruited ${alt('three', 'four', 'at least six', 'two')} women for work in ${alt('Dubai', 'Istanbul', 'Antalya', 'Seoul', 'Pattaya')} between ${ri(2017, 2020)} and ${ri(2021, 2023)}.`,
    ];
  },
  // 1 NGO intake form
  () => {
    const p = pers('ca', 'f');
    const c = ctry(p);
    const rows = [
      [alt('Client name', 'Full name', 'Name'), [en(p, alt('GS', 'CAPS', 'SG'))]],
      [alt('DOB', 'Date of birth', 'D.O.B.'), [enBD()]],
      [alt('Passport No.', 'Passport', 'Travel document'), [PP(passFor(p.o))]],
      [alt('Phone/WhatsApp', 'Mobile', 'Contact number'), [PH(phoneFor(p.o))]],
      [alt(`Address in ${CTRY_EN[p.o]}`, 'Home address', 'Last address'), [AD(addr(c, 'en')), ', ', city(c, 'en')]],
    ];
    const pickRows = [rows[0], ...shuffle(rows.slice(1)).slice(0, ri(2, 4))];
    return [
      alt('CASE INTAKE FORM\n', `Intake #${ri(100, 999)}/${ri(2020, 2024)}\n`, 'Screening interview\n', ''),
      pickRows.map(([k, v], i) => [i ? '\n' : '', k, pick([': ', ': ', ' - ', ':\t']), v]),
      `\nReferred by: ${alt('IOM', 'hotline', 'La Strada', 'Embassy', 'police')} (${hotline(c === 'tm' ? 'ru' : c === 'ks' ? 'kz' : c)})`,
    ];
  },
  // 2 hotline log
  () => {
    const caller = pers('ca', 'f');
    const v = pers('ca', 'f');
    return [
      `Call #${ri(1000, 9999)} received on the ${alt('IOM', 'national', 'NGO', '24/7')} hotline ${hotline(pick(['kz', 'kg', 'tj', 'uz']))} at ${hm()}. Caller identified herself as "`,
      P(alt(nickDim(caller), parts(caller, 'en').gn)),
      '" and asked to be called back on ',
      PH(phoneFor(caller.o)),
      `. Her ${alt('sister', 'daughter', 'cousin', 'neighbour')} `,
      en(v, alt('GS', 'G')),
      ` is reportedly held in an apartment in ${alt('Dubai', 'Istanbul', 'Moscow', 'Pattaya', 'Incheon')}.`,
    ];
  },
  // 3 WhatsApp transcript with nickname
  () => {
    const boss = nick(true);
    const v = pers('ca', 'f');
    const vn = parts(v, 'en').gn;
    const d = rdate(2021, 2023);
    const ts = `${d.m}/${d.d}/${pad(d.y % 100)}`;
    const h = ri(8, 20);
    const t = (k) => `[${ts}, ${pad(h)}:${pad(k)}] `;
    const [m1, m2, m3] = [ri(0, 19), ri(20, 39), ri(40, 59)];
    const last = ri(0, 2);
    return [
      t(m1),
      P(boss),
      ': send ur passport photo and ticket money today\n',
      t(m2),
      P(vn),
      ': ok but my mom ask who is the employer?\n',
      t(m3),
      P(boss),
      last === 0
        ? ': tell her hotel in Dubai, salary 1500$'
        : last === 1
          ? [': just send. pay to card ', CD(card(pick(['kaspi', 'humo', 'visa', 'mc'])))]
          : [': call me ', PH(PHONE.ae()), ' after 10'],
    ];
  },
  // 4 bank statement
  () => {
    const a = pers('ca');
    const b = pers(pick(['ar', 'tr']));
    return [
      'Date | Description | Amount\n',
      `${evDate('dmyS')} | Transfer to `,
      en(a, alt('SG', 'CAPS', 'GS')),
      ', IBAN ',
      IB(fiban(iban('AE'))),
      ` | AED ${ri(1, 9)},${ri(100, 999)}.00\n`,
      `${evDate('dmyS')} | Cash deposit ref. ${ri(100000, 999999)} | AED ${ri(200, 990)}.00\n`,
      `${evDate('dmyS')} | Transfer from `,
      en(b, alt('GS', 'CAPS')),
      ` | AED ${ri(1, 9)},${ri(100, 999)}.00`,
    ];
  },
  // 5 PNR / airline manifest
  () => {
    const a = pers(pick(['uz', 'kg', 'tj', 'kz']), 'f');
    const b = pers(pick(['uz', 'kg', 'tj', 'kz']), 'f');
    const row = (p) => {
      const x = parts(p, 'en');
      return [
        P(upper(`${x.sn}/${x.gn}`).replace(/'/g, '')),
        ` ${p.g === 'f' ? alt('MRS', 'MS') : 'MR'}  `,
        PP(passFor(p.o)),
        '  ',
        BD(fdate(rdate(1985, 2005), 'enShort')),
      ];
    };
    return [
      `PNR ${L(6, 'ABCDEFGHJKLMNPQRSTUVWXYZ')}  ${alt('FZ', 'TK', 'KC', 'HY', 'PC')} ${ri(100, 1999)}  ${alt('ALA-DXB', 'TAS-IST', 'FRU-SAW', 'DYU-DXB', 'NQZ-AYT')}\n1. `,
      row(a),
      '\n2. ',
      row(b),
    ];
  },
  // 6 vehicle registration (UAE / Turkey plates)
  () => {
    const o = pers(pick(['ar', 'tr', 'ca']), 'm');
    const ae = chance(0.5);
    return [
      `Vehicle: ${alt('white Toyota Land Cruiser', 'grey Nissan Patrol', 'black Hyundai H-1 minibus', 'silver Ford Transit')}, ${alt('reg.', 'registration', 'plate no.')} `,
      ae ? [`${alt('Dubai', 'Sharjah', 'Ajman')} `, PL(PLATE.ae())] : PL(PLATE.tr()),
      ', registered to ',
      en(o, alt('GS', 'CAPS', 'I_S')),
      `. The vehicle was used to move the women between ${ae ? 'Deira and Al Qusais' : 'Laleli and Esenyurt'}.`,
    ];
  },
  // 7 news paragraph with age (not labelled)
  () => {
    const p = pers('ca');
    const v = pers('ca', 'f');
    return [
      `${upper(alt('Almaty', 'Bishkek', 'Tashkent', 'Dushanbe', 'Osh', 'Shymkent'))} — A court on ${alt('Tuesday', 'Monday', 'Thursday')} sentenced `,
      en(p, 'GS'),
      `, ${ri(28, 57)}, to ${ri(5, 15)} years in prison for trafficking ${alt('women', 'young women', 'migrants')} to ${alt('the United Arab Emirates', 'Turkey', 'South Korea', 'Russia')}. One of the victims, `,
      en(v, alt('G', 'GS')),
      `, told the court she had been promised a job as a ${alt('waitress', 'nanny', 'hotel cleaner', 'seamstress')}.`,
    ];
  },
  // 8 first-person victim narrative
  () => {
    const p = pers('ca', 'f');
    const r = pers('ca', 'f');
    return [
      'My name is ',
      en(p, alt('GS', 'GS', 'G')),
      ', I was born on ',
      BD(bdate(pick(['en', 'enUK', 'dmy']), 1990, 2005)),
      ` in a village near ${city(ctry(p), 'en')}. In ${ri(2019, 2023)} a woman called `,
      en(r, 'G'),
      ' wrote to me on Instagram (',
      HD(handle(r)),
      ') and said she could find me work abroad.',
    ];
  },
  // 9 lawyer's note
  () => {
    const c = pers('ca', 'f');
    const s2 = pers('ca', 'f');
    return [
      `Note to file ${evDate('iso')} — spoke with client `,
      en(c, alt('S_I', 'I_S', 'GS')),
      ` (our ref. TIP-${ri(2020, 2024)}-${ri(10, 999)}) re: ${alt('T-visa application', 'residence permit', 'compensation claim')}. Her sister `,
      en(s2, 'GS'),
      ' can be reached at ',
      PH(phoneFor(s2.o)),
      ' or ',
      EM(email(s2, s2.o)),
      '.',
    ];
  },
  // 10 Korea context with Hangul
  () => {
    const e = nativeName('kr');
    return [
      'Employer: ',
      P(chance(0.3) ? upper(e.lat) : e.lat),
      ' (',
      P(e.nat),
      alt('), owner of a greenhouse farm in Nonsan; tel. ', '), director of a seafood plant in Tongyeong; tel. '),
      PH(PHONE.kr()),
      '; workplace address: ',
      AD(addr('kr', 'en')),
      `, ${alt('Ansan-si', 'Hwaseong-si', 'Gimhae-si', 'Pocheon-si')}.`,
    ];
  },
  // 11 Thailand context
  () => {
    const m = nativeName('th');
    return [
      'She was handed over to ',
      P(chance(0.3) ? m.lat.split(' ')[0] : m.lat),
      ' (',
      P(m.nat),
      ') at a karaoke bar at ',
      AD(addr('th', 'en')),
      `, ${alt('Pattaya', 'Bang Lamung', 'Bangkok')}; ${gw(m, 'her', 'his')} pickup had the plate `,
      PL(PLATE.th()),
      ` ${alt('Chonburi', 'Bangkok', 'Rayong')}.`,
    ];
  },
  // 12 UAE sponsor with Emirates ID
  () => {
    const sp = pers('ar', 'm');
    const v = pers('ca', 'f');
    return [
      'The visa sponsor, ',
      en(sp, alt('GS', 'CAPS')),
      ' (Emirates ID ',
      NID(uaeEid()),
      `), kept the passport of `,
      en(v, alt('GS', 'G')),
      ' in his office at ',
      AD(addr('ae', 'en')),
      `, ${city('ae', 'en')}.`,
    ];
  },
  // 13 China broker with WeChat
  () => {
    const b = pers('cn', 'm');
    return [
      `A broker ${alt('named', 'known as', 'who introduced himself as')} `,
      en(b, alt('GS', 'CAPS')),
      ' (',
      alt('WeChat ID: ', 'WeChat: ', 'weixin '),
      HD(handle(b, false)),
      `) arranged the "marriage" and paid the family ${ri(2, 9)}0,000 yuan; his phone was `,
      PH(PHONE.cn()),
      '.',
    ];
  },
  // 14 Turkey employer with kimlik number
  () => {
    const e = pers('tr', 'm');
    const v = pers('ca', 'f');
    return [
      `${alt('She worked', 'The victims worked')} at a hotel in ${alt('Alanya', 'Antalya', 'Bodrum', 'Kemer')} owned by `,
      en(e, 'GS'),
      ' (T.C. kimlik no. ',
      NID(tcKimlik()),
      '). ',
      enPoss(v, alt('GS', 'G')),
      ' passport was found in his safe together with two others.',
    ];
  },
  // 15 Russian quote inside English text
  () => {
    const r = pers('ca', 'f');
    const v = pers('ca', 'f');
    const vg = parts(v, 'ru').gn;
    return [
      'The recruiter, who signed her messages as ',
      en(r, alt('G', 'GS')),
      `, wrote: «Скинь паспорт, `,
      P(vg),
      `, билеты на ${evDate()} уже есть». The account `,
      HD(handle(r)),
      ' was deleted two days later.',
    ];
  },
  // 16 MRZ
  () => {
    const p = pers(pick(['kz', 'kg', 'uz', 'tj', 'tm', 'ks']));
    const dt = rdate(1975, 2005);
    return [
      alt('Passport data page (MRZ):\n', 'MRZ as scanned at the border:\n', 'Copy of passport, lines 1-2:\n'),
      mrz(p, passFor(p.o === 'ks' ? 'kz' : p.o), dt),
    ];
  },
  // 17 e-mail header
  () => {
    const a = pers('ca');
    const b = pers(pick(['ar', 'tr', 'ca']));
    return [
      'From: ',
      en(a, 'GS'),
      ' <',
      EM(email(a, a.o)),
      '>\nTo: ',
      EM(email(b, b.foreign ? (b.o === 'ar' ? 'ae' : b.o) : b.o)),
      `\nDate: ${evDate('enUK')}\nSubject: ${alt('job in Dubai', 'vacancy hotel Antalya', 're: documents', 'Fwd: contract')}`,
    ];
  },
  // 18 card and IBAN in English
  () => {
    const p = pers('ca');
    return [
      `Payments for "${alt('visa support', 'tickets', 'debt', 'housing')}" were sent from `,
      ...((b) => [
        { kaspi: 'Kaspi Gold card ', humo: 'a Humo card ', uzcard: 'an UzCard ', visa: 'a Visa card ', mc: 'card ' }[b],
        CD(card(b, pick(['mask', 'maskX', 'sp', 'maskDots']))),
      ])(pick(['kaspi', 'humo', 'uzcard', 'visa', 'mc'])),
      ' to ',
      IB(fiban(iban(pick(['TR', 'AE', 'KZ'])))),
      ', held by ',
      en(p, alt('GS', 'CAPS', 'I_S')),
      '.',
    ];
  },
  // 19 OCR-noisy English form
  () => {
    const p = pers('ca');
    return [
      'N a m e :  ',
      en(p, 'CAPS'),
      '\nD.O.B :  ',
      BD(bdate(pick(['dmy', 'dmyS', 'enShort']), 1975, 2005)),
      '\nP a s s p o r t  N o :  ',
      PP(passFor(p.o === 'ks' ? 'kz' : p.o)),
      '\nN a t i o n a l i t y :  ',
      upper(CTRY_EN[p.o]),
    ];
  },
  // 20 surname + initials
  () => {
    const a = pers('ca', 'm');
    const b = pers('ca', 'f');
    return [
      'According to the indictment, ',
      en(a, alt('S_I', 'I_S')),
      ' organised the travel and ',
      en(b, alt('S_I', 'I_S')),
      ` met the women on arrival in ${alt('Moscow', 'Istanbul', 'Dubai')}; both were detained on ${evDate('enUK')}.`,
    ];
  },
  // 21 Interpol-style block
  () => {
    const p = pers('ca');
    return [
      'SURNAME: ',
      P(upper(parts(p, 'en').sn)),
      '\nFORENAME(S): ',
      P(upper(parts(p, 'en').gn)),
      '\nDATE OF BIRTH: ',
      BD(bdate(pick(['dmyS', 'iso', 'dmy']), 1965, 2000)),
      `\nNATIONALITY: ${CTRY_EN[p.o]}\nCHARGES: trafficking in persons, Art. ${alt('128', '171', '135', '130.1', '127.1')}`,
    ];
  },
  // 22 service-named handles without @
  () => {
    const p = pers('ca', 'f');
    return [
      en(p, alt('GS', 'G')),
      alt(' used two accounts — instagram: ', "'s profiles: IG "),
      HD(handle(p, false)),
      alt(' and TikTok: ', ', tiktok '),
      HD(handle(p, chance(0.5))),
      ` — to advertise "${alt('modelling jobs', 'work in Dubai', 'cleaning jobs in Seoul', 'visa help')}".`,
    ].map((x) => x);
  },
  // 23 markdown field/value table
  () => {
    const p = pers(pick(['kg', 'uz', 'tj', 'kz']), 'f');
    const c = ctry(p);
    return [
      '| Field | Value |\n|---|---|\n| Name | ',
      en(p, alt('GS', 'SG')),
      ' |\n| Birth date | ',
      BD(bdate(pick(['iso', 'dmy', 'en']), 1985, 2006)),
      ' |\n| Phone | ',
      PH(phoneFor(p.o)),
      ` |\n| City | ${city(c, 'en')} |\n| Street address | `,
      AD(addr(c, 'en')),
      ' |',
    ];
  },
  // 24 Korea RRN-like and Cyrillic-origin names with possessive
  () => {
    const e = pers('kr', 'm');
    const v = pers(pick(['uz', 'kz', 'kg', 'ks']), 'f');
    return [
      'The labour inspection found that ',
      en(e, 'GS'),
      ` (resident registration no. `,
      NID(krRrn()),
      ') withheld ',
      enPoss(v, 'GS'),
      ` wages for ${ri(4, 14)} months; she lived in a container at `,
      AD(addr('kr', 'en')),
      '.',
    ];
  },
  // 25 lower-case names typed by a hotline volunteer
  () => {
    const v = pers('ca', 'f');
    const r = pers('ca');
    return [
      `hotline notes ${evDate('dmyS')}: victim `,
      en(v, 'lower'),
      ', recruiter ',
      P(lower(parts(r, 'en').gn)),
      ' (tel ',
      PH(phoneFor(r.o)),
      `), now in ${alt('antalya', 'dubai', 'moscow', 'seoul')}, passport taken`,
    ];
  },
  // 26 Arabic-script name and AE phone
  () => {
    const sp = nativeName('ar');
    return [
      'The contract was signed by ',
      P(sp.lat),
      ' (',
      P(sp.nat),
      alt(') on behalf of the cleaning company; contact ', ') for the employer; mobile '),
      PH(PHONE.ae()),
      '.',
    ];
  },
  // 27 Chinese-script name
  () => {
    const b = nativeName('cn');
    return [
      'Factory manager ',
      P(b.lat),
      ' (',
      P(b.nat),
      `) confirmed that ${alt('twelve', 'eight', 'fifteen')} Kyrgyz women worked at the plant in ${alt('Urumqi', 'Kashgar', 'Yiwu')} without contracts; ${gw(b, 'her', 'his')} passport no. is `,
      PP(PASS.cn()),
      '.',
    ];
  },
  // 31 remittance receipts with IBANs (TR, KZ) in lower and upper case
  () => {
    const a = pers('ca', 'f');
    const b = pers('tr');
    return [
      `Remittance ${alt('receipt', 'advice', 'slip')} ${ri(100000, 999999)}\nSender: `,
      en(a, alt('CAPS', 'GS')),
      '\nBeneficiary: ',
      en(b, alt('CAPS', 'GS')),
      '\nBeneficiary account: ',
      IB(fiban(iban(pick(['TR', 'TR', 'KZ'])), pick(['raw', 'g4', 'lower', 'lowerg4']))),
      `\nAmount: ${ri(200, 3000)}.00 USD\nPurpose: ${alt('family support', 'debt', 'rent', 'tickets')}`,
    ];
  },
  // 28 titles outside spans
  () => {
    const a = pers('ca', 'f');
    const b = pers(pick(['ru', 'ks', 'kz']), 'm');
    const j = pers(pick(['kz', 'kg', 'ru']));
    return [
      alt('Ms ', 'Ms. ', 'Mrs. '),
      en(a, alt('GS', 'S')),
      ` told ${alt('Judge', 'Justice', 'Magistrate')} `,
      en(j, 'S'),
      ' that Mr. ',
      en(b, alt('S', 'GS')),
      ` had kept her passport; Dr. `,
      en(pers('ru'), 'S'),
      ` examined her on ${evDate('enUK')}.`,
    ];
  },
  // 29 phone split by a line break is not labelled; the name is
  () => {
    const p = pers('ca', 'f');
    const ph = phoneFor(p.o);
    const mid = Math.floor(ph.length / 2);
    const sp = ph.indexOf(' ', mid - 2);
    const cut = sp > 3 && sp < ph.length - 3 ? sp : mid;
    const [h1, h2] = [ph.slice(0, cut).trim(), ph.slice(cut).trim()];
    return [
      'Emergency contact (as written on the form): ',
      en(p, alt('GS', 'G')),
      ` (${alt('mother', 'sister', 'aunt')}), tel. ${h1}\n${h2} — ${alt('call after 6 pm', 'WhatsApp only', 'rarely answers')}.`,
    ];
  },
  // 30 honorifics after Central Asian names
  () => {
    const a = pers('ca', 'f');
    const b = pers('ca', 'm');
    return [
      'She lived with ',
      P(parts(a, 'en').gn),
      ` ${alt('apa', 'opa', 'eje')} (the recruiter's aunt) and was driven to work by `,
      P(parts(b, 'en').gn),
      ` ${alt('aka', 'baike', 'agha')}, whose car had ${ctry(b) === 'kz' ? 'Kazakh' : 'local'} plates `,
      PL(PLATE[ctry(b) === 'kz' ? 'kz' : ctry(b) === 'kg' ? 'kg' : 'uz']()),
      '.',
    ];
  },
];
const EN_NEG = [
  () => [
    `According to UNODC's Global Report on Trafficking in Persons ${ri(2018, 2024)}, ${ri(30, 70)} per cent of detected victims in Central Asia were women, and ${ri(5, 25)} per cent were children. Most cases involved trafficking for forced labour in ${alt('Russia', 'Kazakhstan', 'Turkey')} and the Gulf.`,
  ],
  () => [
    `Article 3(a) of the Palermo Protocol defines trafficking as the recruitment, transportation, transfer, harbouring or receipt of persons by means of the threat or use of force. See also Article ${ri(2, 40)} of the Council of Europe Convention and Art. ${alt('128', '171', '135', '130.1')} of the Criminal Code.`,
  ],
  () => [
    `The Prosecutor General's Office of ${alt('Kazakhstan', 'the Kyrgyz Republic', 'Uzbekistan', 'Tajikistan')}, the Ministry of Internal Affairs, IOM and OSCE signed a memorandum on ${evDate('enUK')} in ${alt('Astana', 'Bishkek', 'Tashkent', 'Dushanbe')}. The Department of State welcomed the agreement.`,
  ],
  () => {
    const c = pick(['kz', 'kg', 'tj', 'uz', 'tr', 'th', 'kr']);
    const [h1, h2] = shuffle([...HOTLINE[c]]);
    return [
      `If you need help, call the ${alt('IOM', 'national', 'toll-free', '24-hour')} hotline ${h1} or ${h2}. Calls are free and anonymous; operators speak Russian, Uzbek, Kyrgyz and English.`,
    ];
  },
  () => [
    `Flight ${alt('FZ 1794', 'TK 351', 'KC 921', 'HY 611', 'PC 745')} from ${alt('Almaty', 'Tashkent', 'Bishkek', 'Dushanbe', 'Osh')} landed in ${alt('Dubai', 'Istanbul', 'Antalya', 'Seoul')} at ${hm()} on ${evDate('en')}. The group of ${ri(5, 18)} women was met at Terminal ${ri(1, 3)} and taken to a hotel; each paid USD ${ri(3, 25)}00 for "visa support".`,
  ],
  () => [
    `CASE No. ${ri(1, 9)}-${ri(100, 999)}/${ri(2019, 2024)}\nIN THE ${upper(alt('Specialised Inter-District Criminal Court', 'Bishkek City Court', 'Tashkent City Criminal Court', 'Supreme Court'))}\nJUDGMENT\nHearing date: ${evDate('enUK')}`,
  ],
  () => [
    `The victims, aged ${ri(17, 21)}, ${ri(22, 26)} and ${ri(27, 35)}, were Uzbek and Tajik nationals; two of them spoke only Russian. The youngest was ${ri(16, 17)} years old when she arrived in ${alt('Turkey', 'the UAE', 'Thailand', 'Korea')}.`,
  ],
  () => [
    `Shelters run by ${alt('La Strada', 'Caritas', 'the Salvation Army', 'Human Rights Watch partners')}, the St. Nicholas Shelter and ${alt('Nazarbayev University', 'the American University of Central Asia', 'Westminster International University in Tashkent')} researchers interviewed ${ri(30, 200)} returnees in ${ri(2020, 2024)}.`,
  ],
  () => [
    `Damages were assessed at USD ${ri(2, 60)},${ri(100, 999)}; the court also ordered confiscation of KZT ${ri(1, 40)} million and a Toyota vehicle. The appeal was heard on ${evDate('en')} and dismissed on ${evDate('en')}.`,
  ],
  () => [
    `In May and June ${ri(2019, 2024)}, recruiters in the Fergana Valley advertised "hotel jobs" in Dubai on Instagram and Telegram. The ads listed salaries of ${ri(800, 2000)} dollars and a "free ticket".`,
  ],
  () => [
    `The women were kept in a hostel on ${alt('Abay Avenue', 'Tole Bi Street', 'Sukhumvit Road', 'Al Rigga Road', 'Ordu Caddesi')} and later moved to a warehouse near ${alt('Dordoi Bazaar', 'the Grand Bazaar', 'Deira City Centre', 'Incheon port')}.`,
  ],
  () => [
    `Respondent profile: ${ri(60, 85)}% female, median age ${ri(23, 31)}, ${ri(40, 70)}% from rural districts of Kashkadarya, Surkhandarya and Khatlon; ${ri(10, 30)}% reported debt bondage exceeding ${ri(1, 5)},000 USD.`,
  ],
  () => [
    `${alt('Judge, prosecutor and defence counsel', 'The presiding judge and both parties', 'The panel of three judges')} agreed to hear the witness by video link. The interpreter (${alt('Uzbek', 'Kyrgyz', 'Tajik', 'Russian')}–English) and the victim's representative from the NGO were present; the defendant's ${alt('mother', 'brother', 'employer', 'wife')} attended the hearing.`,
  ],
  () => [
    `Form I-914 (Application for T Nonimmigrant Status) and Form I-914 Supplement B were filed on ${evDate('mdyUS')}; receipt notice EAC${ri(2019, 2024) % 100}${digits(8)} was issued. Processing time is currently ${ri(12, 30)} months.`,
  ],
  () => [
    `${shuffle(['Kyrgyz', 'Kazakh', 'Turkmen', 'Uzbek', 'Tajik'])
      .slice(0, 3)
      .join(', ')
      .replace(
        /, ([^,]+)$/,
        ' and $1',
      )} migrants interviewed in ${alt('Istanbul', 'Dubai', 'Moscow', 'Ansan')} described the same scheme: a "friend of a friend" offered work, paid for the ticket and kept the passport "for ${alt('registration', 'safety', 'the visa')}".`,
  ],
  () => [
    `ANNEX ${ri(1, 9)}: ${alt('list of abbreviations', 'acronyms', 'glossary')} — ${shuffle(['IOM (International Organization for Migration)', 'OSCE', 'UNODC', 'NRM (National Referral Mechanism)', 'TIP (Trafficking in Persons)', 'ILO', 'CIS', 'UAE', 'KRW', 'AED', 'ODIHR', 'GRETA', 'EPS (Employment Permit System)']).slice(0, ri(5, 9)).join(', ')}.`,
  ],
  () => [
    `${alt('Operation', 'Joint operation')} "${alt('Trafik', 'Kel-Kel', 'Mercury', 'Sunrise')}" (${ri(2019, 2024)}) led to ${ri(3, 40)} arrests in ${alt('Almaty, Shymkent and Turkestan', 'Osh and Jalal-Abad', 'Dushanbe and Khujand', 'Samarkand and Bukhara')}; Interpol Red Notices were issued for ${ri(2, 9)} suspects.`,
  ],
  () => [
    `Victims were typically promised between ${ri(400, 900)} and ${ri(1000, 2500)} USD per month. On arrival, they were told they owed ${ri(3, 9)},000 USD for "tickets, visa and food", to be repaid within ${ri(3, 12)} months.`,
  ],
  () => [
    `Call the Thai anti-trafficking hotline ${hotline('th')}, the Korean immigration contact centre ${hotline('kr')} or the Turkish foreigners' line 157 (YİMER); in the UAE, dial ${hotline('ae')}.`,
  ],
  () => [
    `Page ${ri(2, 40)} of ${ri(41, 90)} — Ministry of Labour and Social Protection of the Population, Department of Migration, ${alt('Central Asia', 'Eurasia', 'Regional')} Desk. ${upper('Confidential')} — for official use only.`,
  ],
];

// =============================================================================================
// TURKISH
// =============================================================================================
const trN = (p, form) => nm(p, form, { sp: 'en' });
const trBD = () => BD(bdate(pick(['dmy', 'dmy', 'tr', 'tr', 'dmyS', 'iso']), 1972, 2006));
const trNameSuf = (p, form, k) => {
  const x = trN(p, form);
  return [x, trSuf(x[0].v, k)];
};
const trCity = () => city('tr', 'tr');
const TR_POS = [
  // 0 statement record of a suspect
  () => {
    const p = pers('tr');
    return [
      alt('Şüpheli ', 'Şüpheli şahıs ', 'ŞÜPHELİ: '),
      trN(p, alt('GS', 'CAPS')),
      ' (T.C. ',
      NID(tcKimlik()),
      '), ',
      trBD(),
      ' doğumlu, ',
      AD(addr('tr')),
      ` ${trCity()} adresinde ikamet ettiğini, ${alt('otel işlettiğini', 'tekstil atölyesi sahibi olduğunu', 'emlakçılık yaptığını')} beyan etti.`,
    ];
  },
  // 1 victim statement with apostrophe suffix outside the span
  () => {
    const v = pers(pick(['uz', 'kg', 'tm', 'tj', 'kz']), 'f');
    return [
      `${CTRY_TR[v.o]} uyruklu mağdur `,
      trNameSuf(v, alt('GS', 'CAPS'), 'gen'),
      ' (pasaport no: ',
      PP(passFor(v.o)),
      `) ifadesine göre, ${alt("Laleli'deki", "Aksaray'daki", "Alanya'daki", "Esenyurt'taki", "Kumkapı'daki")} evde ${ri(3, 9)} kadınla birlikte tutulduğu, pasaportunun `,
      trN(pers('tr', 'm'), alt('G', 'GS')),
      ' tarafından alındığı anlaşılmıştır.',
    ];
  },
  // 2 vehicle plate and driver
  () => {
    const d = pers(pick(['tr', 'tr', 'uz', 'tm']), 'm');
    return [
      PL(PLATE.tr()),
      ` plakalı ${alt('beyaz renkli minibüs', 'siyah Volkswagen Transporter', 'gri Fiat Doblo', 'taksi')} ile mağdurların ${alt('havalimanından', 'otogardan', 'otelden')} alındığı, aracı `,
      trNameSuf(d, alt('GS', 'CAPS'), 'gen'),
      ' kullandığı tespit edilmiştir.',
    ];
  },
  // 3 YİMER call with a personal callback number
  () => {
    const v = pers('ca', 'f');
    return [
      `${evDate()} tarihinde YİMER 157 hattını arayan `,
      trN(v, alt('G', 'GS')),
      ' isimli kadın, geri dönüş için ',
      PH(pick([PHONE.tr, PHONE.tr, PHONE.uz, PHONE.kg])()),
      ` numarasını verdi; ${alt('Antalya', 'Trabzon', 'İstanbul', 'Bodrum')}'da bir evde kilitli tutulduğunu söyledi.`,
    ];
  },
  // 4 bank slip
  () => {
    const a = pers('ca');
    const b = pers('tr');
    return [
      alt('HAVALE/EFT DEKONTU\n', 'Banka dekontu:\n', ''),
      'Gönderen: ',
      trN(a, alt('CAPS', 'GS')),
      '\nAlıcı: ',
      trN(b, alt('CAPS', 'GS')),
      '\nAlıcı IBAN: ',
      IB(fiban(iban('TR'), pick(['raw', 'g4', 'g4', 'lowerg4']))),
      `\nTutar: ${ri(1, 60)}.${ri(100, 999)},00 TL\nAçıklama: ${alt('kira', 'borç', 'bilet', 'vize masrafı')}`,
    ];
  },
  // 5 Turkish/Russian mixed chat
  () => {
    const boss = pers('tr', 'm');
    const v = pers('ca', 'f');
    const vn = parts(v, 'ru').gn;
    return [
      P(parts(boss, 'en').gn),
      ` abi: yarın pasaportunu getir, ${alt('otel', 'patron', 'polis')} istiyor\n`,
      P(vn),
      ': хорошо abi, а зарплата когда?\n',
      P(parts(boss, 'en').gn),
      ' abi: ',
      alt('ay sonunda. ', 'sonra konuşuruz. ', 'numaram değişti: '),
      ...(chance(0.5) ? [PH(PHONE.tr())] : []),
    ];
  },
  // 6 court decision with several victims
  () => {
    const s1 = pers('tr');
    const v1 = pers(pick(['uz', 'kg', 'tm']), 'f');
    const v2 = pers(pick(['uz', 'kg', 'tj']), 'f');
    return [
      'Sanık ',
      trN(s1, alt('CAPS_SG', 'CAPS', 'GS')),
      ` hakkında TCK 80/1 maddesi gereğince ${ri(5, 14)} yıl hapis cezasına hükmedilmiş; mağdurlar `,
      trN(v1, 'GS'),
      ' ve ',
      trN(v2, alt('GS', 'G')),
      ` lehine ${ri(20, 200)}.000 TL manevi tazminata karar verilmiştir.`,
    ];
  },
  // 7 detention list table
  () => {
    const row = (i) => {
      const p = pers(pick(['uz', 'kg', 'tm', 'tj', 'kz']), 'f');
      return [`\n${i} | `, trN(p, 'CAPS'), ` | ${NAT_TR[p.o]} | `, BD(bdate(pick(['dmy', 'dmyS']), 1985, 2006))];
    };
    return ['S.No | Adı Soyadı | Uyruğu | Doğum Tarihi', row(1), row(2), chance(0.4) ? row(3) : ''];
  },
  // 8 lease contract
  () => {
    const p = pers(pick(['tr', 'tr', 'ca']));
    return [
      'KİRA SÖZLEŞMESİ\nKiracı: ',
      trN(p, alt('GS', 'CAPS')),
      p.foreign ? ['\nT.C. Kimlik No: ', NID(tcKimlik(chance(0.8)))] : ['\nPasaport No: ', PP(passFor(p.o))],
      '\nKiralanan: ',
      AD(addr('tr')),
      ` ${trCity()}\nAylık kira: ${ri(8, 40)}.000 TL`,
    ];
  },
  // 9 instagram handle in quotes without @
  () => {
    const r = pers('ca', 'f');
    return [
      `Mağdur, iş ilanını Instagram'da "`,
      HD(handle(r, false)),
      `" kullanıcı adlı hesapta gördüğünü, hesabın sahibinin kendisini `,
      P(parts(r, 'en').gn),
      ` olarak tanıttığını ve ${alt('Dubai', 'Antalya', 'İstanbul')}'da garsonluk işi vaat ettiğini beyan etti.`,
    ];
  },
  // 10 phone analysis report with a nickname contact
  () => {
    const s1 = pers('tr', 'm');
    return [
      'Şüpheli ',
      trNameSuf(s1, alt('GS', 'S'), 'dat'),
      ' ait ',
      PH(PHONE.tr()),
      ' numaralı hattın rehberinde "',
      P(nick(true)),
      '" adıyla kayıtlı kişinin ',
      PH(pick([PHONE.uz, PHONE.kg, PHONE.ae, PHONE.kz])()),
      ' numarasını kullandığı belirlendi.',
    ];
  },
  // 11 email
  () => {
    const r = pers(pick(['tr', 'ca']));
    return [
      `Sahte iş sözleşmeleri `,
      EM(email(r, r.foreign ? 'tr' : r.o)),
      ' adresinden gönderilmiş olup adresin ',
      trNameSuf(r, alt('GS', 'CAPS'), 'dat'),
      ' ait olduğu tespit edilmiştir.',
    ];
  },
  // 12 MRZ
  () => {
    const p = pers(pick(['uz', 'kg', 'tm', 'tj', 'kz']));
    return [
      alt('Pasaport MRZ satırları:\n', 'Pasaportun makine okunur bölümü:\n'),
      mrz(p, passFor(p.o), rdate(1975, 2005)),
    ];
  },
  // 13 Kazakh IIN quoted in Turkish text
  () => {
    const p = pers('kz', 'f');
    const dt = rdate(1980, 2005);
    return [
      'Kazakistan vatandaşı ',
      trN(p, alt('GS', 'CAPS')),
      ` (ИИН/IIN: `,
      NID(iin(dt, 'f', chance(0.7))),
      '), ',
      BD(fdate(dt, pick(['dmy', 'tr']))),
      ' doğumlu olup Türkiye’ye turist vizesiyle giriş yapmıştır.',
    ];
  },
  // 14 card number
  () => {
    const p = pers('tr');
    return [
      'Mağdurlardan toplanan paraların ',
      CD(card(pick(['troy', 'visa', 'mc', 'mc2']), pick(['sp', 'raw', 'mask']))),
      ' numaralı kredi kartına yatırıldığı ve kartın ',
      trNameSuf(p, alt('GS', 'CAPS'), 'gen'),
      ' adına kayıtlı olduğu anlaşılmıştır.',
    ];
  },
  // 15 venue address
  () => {
    const o = pers('tr');
    return [
      `Eğlence mekânı ${alt('"Gece Kuşu"', '"Blue Star Bar"', '"Paradise Club"')} `,
      AD(addr('tr')),
      ` ${trCity()} adresinde faaliyet gösteriyor olup işletme sahibi `,
      trN(o, 'GS'),
      ', müdürü ise ',
      trN(pers('tr', 'm'), alt('GS', 'G')),
      ` olarak belirlenmiştir.`,
    ];
  },
  // 16 lower-case chat with Turkish names
  () => {
    const a = pers('tr', 'f');
    const v = pers('ca', 'f');
    return [
      P(lower(parts(v, 'en').gn)),
      ': ',
      P(parts(a, 'en').gn.toLocaleLowerCase('tr')),
      ` abla dedi ki pasaport onda kalacak, borcu ödeyince verecekmiş. adres `,
      AD(addr('tr')),
      ', kapıda şifre var',
    ];
  },
  // 17 apostrophe ablative, surname only
  () => {
    const s1 = pers('tr');
    const v = pers('ca', 'f');
    return [
      'Mağdur ',
      trN(v, alt('GS', 'G')),
      ', ',
      trNameSuf(s1, 'S', 'abl'),
      ` ${ri(200, 900)} dolar borç aldığını, borcu ödeyemeyince ${alt('eve kapatıldığını', 'pasaportunun alındığını', 'başka bir şehre götürüldüğünü')} söyledi. Doğum tarihi: `,
      trBD(),
      '.',
    ];
  },
  // 18 titles
  () => {
    const a = pers('tr', 'f');
    const v = pers('ca', 'f');
    return [
      alt('Sayın ', 'Bayan ', 'Av. '),
      trN(a, alt('GS', 'CAPS')),
      `, mağdur `,
      trN(v, 'GS'),
      ` ile ${evDate()} tarihinde görüştüğünü ve mağdurun ${alt('annesinin', 'kız kardeşinin')} telefon numarasının `,
      PH(phoneFor(v.o)),
      ' olduğunu bildirdi.',
    ];
  },
];
const TR_NEG = [
  () => [
    `Türk Ceza Kanunu'nun 80. maddesi insan ticareti suçunu düzenlemekte olup suçun cezası ${ri(8, 12)} yıldan ${ri(12, 15)} yıla kadar hapis ve ${ri(5, 10)}.000 güne kadar adli para cezasıdır. 6458 sayılı Kanun'un ${ri(48, 62)}. maddesi de dikkate alınmıştır.`,
  ],
  () => [
    `Göç İdaresi Genel Müdürlüğü verilerine göre ${ri(2018, 2023)} yılında ${ri(150, 600)} insan ticareti mağduru tespit edilmiş olup mağdurların büyük bölümü Özbekistan ve Kırgızistan uyrukludur (sırasıyla %${ri(30, 60)} ve %${ri(5, 25)}).`,
  ],
  () => [
    `YİMER 157 hattı 7/24 hizmet vermektedir; ayrıca ${alt('155 (polis)', '156 (jandarma)')} ve ${alt('112', '183')} numaralı hatlar da aranabilir. Görüşmeler Rusça, Özbekçe ve İngilizce yapılabilmektedir.`,
  ],
  () => [
    `Mağdurlar ${evDate('tr')} tarihinde ${alt('TK 2415', 'PC 731', 'HY 273', 'KC 917')} sefer sayılı uçakla ${alt('Antalya Havalimanı', 'Sabiha Gökçen Havalimanı', 'İstanbul Havalimanı')}'na gelmiş, ${ri(2, 6)} gün sonra ${alt('Alanya', 'Bodrum', 'Marmaris')}'a götürülmüştür.`,
  ],
  () => [
    `${alt('İstanbul', 'Antalya', 'Ankara', 'İzmir')} Cumhuriyet Başsavcılığı ${ri(2019, 2024)}/${ri(1000, 99999)} soruşturma numaralı dosyada ${ri(3, 14)} şüpheli hakkında iddianame düzenlemiş, dosya ${alt('Ağır Ceza Mahkemesi', '3. Ağır Ceza Mahkemesi', '14. Ağır Ceza Mahkemesi')}'ne gönderilmiştir.`,
  ],
  () => [
    `Mağdurların yaşları ${ri(17, 20)} ile ${ri(28, 36)} arasında olup tamamı Özbek, Kırgız ve Türkmen uyrukludur; ${ri(2, 5)}'i reşit değildir.`,
  ],
  () => [
    `${shuffle(['Laleli', 'Aksaray', 'Zeytinburnu', 'Kumkapı', 'Esenyurt', 'Osmanbey'])
      .slice(0, 3)
      .join(', ')
      .replace(
        /, ([^,]+)$/,
        ' ve $1',
      )} semtlerinde yapılan operasyonlarda ${alt('Fatih Sultan Mehmet Köprüsü', 'Yavuz Sultan Selim Köprüsü', 'Kanuni Sultan Süleyman Eğitim ve Araştırma Hastanesi')} yakınındaki bir depoda ve ${alt('Adnan Menderes Bulvarı', 'Atatürk Caddesi', 'Ordu Caddesi', 'Mevlana Mahallesi')} üzerindeki bir otelde arama yapılmıştır.`,
  ],
  () => [
    `GEREKÇELİ KARAR\nT.C.\n${upper(alt('İstanbul', 'Antalya', 'Trabzon'))} ${ri(1, 40)}. AĞIR CEZA MAHKEMESİ\nESAS NO: ${ri(2019, 2021)}/${ri(10, 999)}\nKARAR NO: ${ri(2022, 2024)}/${ri(10, 999)}\nDURUŞMA TARİHİ: ${evDate()}`,
  ],
  () => [
    `Mağdurlara aylık ${ri(400, 1200)} dolar maaş vaat edilmiş, ancak ${ri(10, 40)}.000 TL "yol ve vize borcu" gerekçesiyle ödeme yapılmamıştır. Toplam zarar ${ri(100, 900)}.000 TL olarak hesaplanmıştır.`,
  ],
  () => [
    `${shuffle([
      'Uluslararası Göç Örgütü (IOM)',
      'AGİT',
      'Birleşmiş Milletler Uyuşturucu ve Suç Ofisi (UNODC)',
      'Göç İdaresi',
      'Aile ve Sosyal Hizmetler Bakanlığı',
    ])
      .slice(0, 3)
      .join(', ')
      .replace(
        /, ([^,]+)$/,
        ' ve $1',
      )} temsilcileri ${alt("Mimar Sinan Güzel Sanatlar Üniversitesi'nde", "Yıldız Teknik Üniversitesi'nde", "Hacı Bayram Veli Üniversitesi'nde")} düzenlenen panelde Orta Asya'dan gelen kadın göçmenlerin durumunu ${alt('değerlendirdi', 'ele aldı', 'tartıştı')}.`,
  ],
];

// =============================================================================================
// KAZAKH (Cyrillic, some Latin)
// =============================================================================================
const hostN =
  (host, sufFn) =>
  (p, form, suf, opt = {}) => {
    const sp = opt.sp ?? (p.o === host ? 'nat' : 'ru');
    const x = nm(p, form, { ...opt, sp });
    if (suf) {
      if (x.length > 1) throw new Error('suffix after an initial');
      x[0] = P(sufFn(x[0].v, suf));
    }
    return x;
  };
const kkN = hostN('kz', (w, k) => kkSuf(w, k));
const kzlN = (p, form, suf) => {
  const x = nm(p, form, { sp: 'kzl' });
  if (suf) x[0] = P(kkSuf(x[0].v, suf, true));
  return x;
};
const KK_ABROAD = W('Дубайға, Стамбұлға, Сеулге, Мәскеуге, Анталияға, Бангкокқа, Шарджаға, Үрімжіге');
const KK_ABROAD_LOC = W('Дубайда, Стамбұлда, Сеулде, Мәскеуде, Анталияда, Паттайяда, Шарджада, Инчхонда');
const KK_POS = [
  // 0 verdict
  () => {
    const p = pers(pick(['kz', 'kz', 'kz', 'kg', 'uz']));
    const c = ctry(p);
    return [
      alt('Сот анықтады: сотталушы ', 'Сот отырысында анықталғандай, сотталушы ', 'Сотталушы '),
      kkN(p, alt('SGP', 'SG', 'CAPS_SGP')),
      ', ',
      kkBDv('туған'),
      ', ',
      c === 'kz' ? city('kz', 'nat') : city(c, 'ru'),
      ', ',
      AD(addr(c, c === 'kz' ? 'nat' : 'ru')),
      ` мекенжайында тұратын, бұрын сотталмаған, ${alt('Қазақстан Республикасының азаматы', 'жұмыссыз', 'жеке кәсіпкер')}.`,
    ];
  },
  // 1 victim with IIN (ЖСН), sometimes bad check digit
  () => {
    const p = pers('kz');
    const dt = rdate(1978, 2006);
    return [
      'Жәбірленуші ',
      kkN(p, alt('SGP', 'SG', 'S_IO')),
      ...(chance(0.5)
        ? [alt(' (ЖСН ', ' (ЖСН: '), NID(iin(dt, p.g, chance(0.65))), ')']
        : [', ЖСН: ', NID(iin(dt, p.g, chance(0.65))), ',']),
      ` ${ri(2019, 2023)} жылы ${pick(KK_ABROAD)} жұмысқа кеткенін, паспортын жұмыс беруші алып қойғанын айтты.`,
    ];
  },
  // 2 form Field: value
  () => {
    const p = pers(pick(['kz', 'kz', 'ks']), 'f');
    const sep = FIELD_SEP();
    const rows = [
      [alt('Аты-жөні', 'Тегі, аты, әкесінің аты', 'Аты-жөні (толық)'), [kkN(p, alt('SGP', 'SG', 'CAPS_SGP'))]],
      [alt('Туған күні', 'Туған жылы, айы, күні'), [BD(bdate(pick(['dmy', 'kk', 'iso']), 1980, 2006))]],
      ['ЖСН', [NID(iin(rdate(1980, 2006), 'f', chance(0.8)))]],
      [alt('Телефоны', 'Байланыс телефоны', 'Ұялы тел.'), [PH(PHONE.kz())]],
      [alt('Мекенжайы', 'Тұрғылықты мекенжайы'), [city('kz', 'nat'), ', ', AD(addr('kz', 'nat'))]],
    ];
    return [
      alt('ӨТІНІШ БЕРУШІНІҢ САУАЛНАМАСЫ\n', 'Клиент картасы\n', ''),
      [rows[0], ...shuffle(rows.slice(1)).slice(0, ri(2, 4))].map(([k, v], i) => [i ? '\n' : '', k, sep, v]),
    ];
  },
  // 3 dative: recruiter offered work to the victim
  () => {
    const r = pers('kz', 'f');
    const v = pers('kz', 'f');
    return [
      kkN(r, alt('GS', 'G', 'SG')),
      ' ',
      kkN(v, alt('G', 'GS'), 'dat'),
      ` ${pick(KK_ABROAD_LOC)} ${alt('даяшы', 'күтуші', 'бала күтуші', 'тігінші')} болып жұмыс істеуді ұсынып, айына ${usd()} доллар жалақы уәде еткен. Байланыс үшін `,
      PH(PHONE.kz()),
      ' нөмірін берген.',
    ];
  },
  // 4 genitive: someone's passport
  () => {
    const v = pers(pick(['kz', 'kz', 'uz', 'kg']), 'f');
    const e = pers(pick(['tr', 'ar', 'kr']), 'm');
    return [
      kkN(v, alt('G', 'GS', 'SG'), 'gen'),
      ` паспортын (№ `,
      PP(passFor(v.o)),
      `) ${pick(KK_ABROAD_LOC)} жұмыс беруші `,
      kkN(e, 'GS'),
      ' алып қойған.',
    ];
  },
  // 5 accusative + ablative
  () => {
    const r = pers('kz', 'm');
    const v = pers('kz', 'f');
    return [
      kkN(r, alt('SG', 'GS', 'SGP')),
      ' ',
      kkN(v, alt('G', 'GS'), 'acc'),
      ` ${pick(KK_ABROAD)} алып кеткен, ал оның анасы `,
      kkN(pers('kz', 'f'), alt('G', 'GS'), 'abl'),
      ` ${ri(100, 900)} мың теңге алған.`,
    ];
  },
  // 6 Instagram handle
  () => {
    const r = pers('kz', 'f');
    return [
      `Жәбірленуші жұмыс туралы хабарландыруды Instagram желісіндегі `,
      HD(handle(r)),
      ' парақшасынан көрген, парақша иесі өзін ',
      P(parts(r, 'nat').gn),
      ` деп таныстырған.`,
    ];
  },
  // 7 Kaspi card and phone
  () => {
    const o = pers('kz');
    return [
      `Ақша ${alt('Kaspi Gold', 'Kaspi', 'Halyk')} картасына (`,
      CD(card(pick(['kaspi', 'halyk']), pick(['sp', 'raw', 'mask']))),
      ') аударылған, карта иесі — ',
      kkN(o, alt('SG', 'S_IO', 'SGP')),
      ', телефоны ',
      PH(PHONE.kz()),
      '.',
    ];
  },
  // 8 plate
  () => {
    const d = pers('kz', 'm');
    return [
      PL(PLATE.kz()),
      ` мемлекеттік нөмірлі ${alt('Toyota Camry', 'Hyundai Starex', 'Lexus RX', 'ВАЗ-2107')} көлігін `,
      kkN(d, alt('SG', 'GS', 'SGP')),
      ` басқарған; жәбірленушілер ${alt('Шымкенттен', 'Алматыдан', 'Таразнан')} шекараға дейін осы көлікпен жеткізілген.`,
    ];
  },
  // 9 IBAN
  () => {
    const o = pers(pick(['kz', 'ks']));
    return [
      'Жол ақысы ',
      IB(fiban(iban('KZ'))),
      ' шотына аударылған; шот иесі ',
      kkN(o, alt('SGP', 'SG', 'CAPS_SG')),
      ` (${alt('ЖСН', 'ЖСН/ИИН')} `,
      NID(iin(rdate(1970, 2000), o.g)),
      ').',
    ];
  },
  // 10 hotline record
  () => {
    const c = pers('kz', 'f');
    return [
      `${evDate()} ${hotline('kz')} сенім телефонына `,
      kkN(c, alt('G', 'GS')),
      alt(' есімді әйел хабарласты; кері байланыс нөмірі: ', ' деп таныстырған әйел қоңырау шалды, нөмірі '),
      PH(PHONE.kz()),
      `. Оның қызы ${pick(KK_ABROAD_LOC)} ұсталып отыр.`,
    ];
  },
  // 11 MRZ
  () => {
    const p = pers('kz');
    return [
      alt('Паспорттың машинамен оқылатын аймағы:\n', 'ПАСПОРТ КӨШІРМЕСІ (MRZ):\n'),
      mrz(p, PASS.kz(), rdate(1975, 2005)),
    ];
  },
  // 12 instrumental "together with"
  () => {
    const a = pers('kz', 'f');
    const b = pers(pick(['kz', 'kg', 'uz']), 'f');
    return [
      kkN(a, alt('GS', 'G')),
      ' ',
      kkN(b, alt('G', 'GS'), 'ins'),
      ` бірге ${evDate()} ${alt('Алматы әуежайынан', 'Астана әуежайынан', 'Шымкент вокзалынан')} ұшып кеткен. Анасының телефоны: `,
      PH(PHONE.kz()),
      '.',
    ];
  },
  // 13 email and WhatsApp
  () => {
    const r = pers('kz');
    return [
      'Жұмыс шартын ',
      EM(email(r, 'kz')),
      ' электрондық поштасынан ',
      kkN(r, alt('GS', 'SG'), 'gen'),
      ' атынан жіберген; WhatsApp нөмірі ',
      PH(pick([PHONE.kz, PHONE.tr, PHONE.ae])()),
      '.',
    ];
  },
  // 14 Korean employer, locative
  () => {
    const e = pers('kr', 'm');
    const v = pers('kz', 'f');
    return [
      `Корея Республикасында жұмыс беруші `,
      kkN(e, 'GS'),
      ' ',
      kkN(v, alt('G', 'GS'), 'dat'),
      ` жалақы төлемеген; жатақхана мекенжайы: `,
      AD(addr('kr', 'en')),
      `, ${alt('Ансан', 'Хвасон', 'Кимхэ')} қаласы.`,
    ];
  },
  // 15 lower-case chat
  () => {
    const a = pers('kz', 'f');
    const b = pers('kz', 'f');
    return [
      P(lower(parts(a, 'nat').gn)),
      ': ',
      P(lower(kkSuf(parts(b, 'nat').gn, 'dat'))),
      ` айт, ертең паспортты әкелсін. карта `,
      CD(card('kaspi', 'raw')),
      ', ',
      alt('аты ', 'иесі '),
      P(lower(`${parts(a, 'nat').gn} ${parts(a, 'nat').sn}`)),
    ];
  },
  // 16 witness, first person
  () => {
    const p = pers('kz');
    return [
      'Мен, ',
      kkN(p, 'SGP'),
      ', ',
      kkBDv('туғанмын'),
      `, ${city('kz', 'nat')}, `,
      AD(addr('kz', 'nat')),
      ' мекенжайында тұрамын. Маған түсініктеме беруге қатысты құқықтарым түсіндірілді.',
    ];
  },
];
const KKL_POS = [
  // Latin Kazakh
  () => {
    const p = pers('kz');
    return [
      'Jäbirlenuşı ',
      kzlN(p, alt('GS', 'SG', 'SGP')),
      ', ',
      BD(bdate(pick(['dmy', 'iso']), 1980, 2005)),
      ' tuğan, ',
      AD(addr('kz', 'kzl')),
      ` mekenjaiynda tūrady. Ol ${alt('Dubaiğa', 'Stambūlğa', 'Seulge')} jūmysqa ketken.`,
    ];
  },
  () => {
    const r = pers('kz', 'f');
    const v = pers('kz', 'f');
    return [
      kzlN(r, alt('GS', 'G')),
      ' ',
      kzlN(v, 'G', 'dat'),
      ` Instagram arqyly (`,
      HD(handle(r)),
      `) jūmys ūsynğan, telefony `,
      PH(PHONE.kz()),
      '.',
    ];
  },
  () => {
    const v = pers('kz', 'f');
    return [
      kzlN(v, alt('G', 'GS'), 'gen'),
      ' pasportyn (',
      PP(PASS.kz()),
      ') jūmys berüşı alyp qoiğan; JSN ',
      NID(iin(rdate(1982, 2004), 'f', chance(0.7))),
      '.',
    ];
  },
  () => {
    const o = pers('kz');
    return ['Aqşa ', IB(fiban(iban('KZ'))), ' şotyna audarylğan, şot iesı ', kzlN(o, alt('SG', 'CAPS')), '.'];
  },
];
const KK_NEG = [
  () => [
    `Қазақстан Республикасы Қылмыстық кодексінің ${alt('128-бабы', '128-бабының 2-бөлігі', '135-бабы', '125-бабы')} бойынша ${ri(2018, 2023)} жылы ${ri(40, 200)} қылмыс тіркелді, оның ${ri(10, 60)}-і сотқа жіберілді.`,
  ],
  () => [
    `Сот отырысы ${fdate(rdate(2019, 2024), 'kk')} күні ${alt('Алматы қаласының мамандандырылған ауданаралық қылмыстық сотында', 'Астана қалалық сотында', 'Шымкент қалалық сотында')} өтті; сотқа прокурор, қорғаушы және аудармашы қатысты.`,
  ],
  () => [
    ((h) =>
      `Көмек қажет болса, ${h[0]} сенім телефонына немесе ${alt('Халықаралық көші-қон ұйымының (ХКҰ)', '«Сана Сезім» қорының', 'Бас прокуратураның')} ${h[1]} желісіне хабарласыңыз. Қоңырау тегін.`)(
      shuffle([...HOTLINE.kz]),
    ),
  ],
  () => [
    `Жәбірленушілер — ${ri(19, 24)}, ${ri(25, 29)} және ${ri(30, 38)} жастағы ${alt('Түркістан', 'Жамбыл', 'Қызылорда', 'Алматы')} облысының тұрғындары; олардың барлығы ${alt('Дубайға', 'Түркияға', 'Кореяға')} туристік визамен кеткен.`,
  ],
  () => [
    `${upper(alt('Үкім', 'Қаулы', 'Айыптау актісі'))}\nҚАЗАҚСТАН РЕСПУБЛИКАСЫНЫҢ АТЫНАН\n${fdate(rdate(2019, 2024), 'dmy')}\t\t${alt('Алматы қаласы', 'Тараз қаласы', 'Ақтөбе қаласы')}\nІс № ${ri(1, 9)}-${ri(100, 999)}/${ri(2019, 2024)}`,
  ],
  () => [
    `Келтірілген залал ${ri(1, 9)} ${ri(100, 999)} 000 теңгені құрады; ${ri(2019, 2024)} жылғы ${ri(1, 28)} ${pick(MONTHS.kk)} күні айыпталушы қамауға алынды, ${alt('KC 915', 'FZ 1794', 'DV 707')} рейсімен келген топта ${ri(6, 19)} адам болған.`,
  ],
  () => [
    `Оқыту семинары Абай даңғылындағы ${alt('«Қазақстан» қонақүйінде', 'әл-Фараби атындағы ҚазҰУ ғимаратында', 'Л.Н. Гумилев атындағы ЕҰУ-да')} өтті; оған Ішкі істер министрлігі, ЕҚЫҰ және БҰҰ есірткі және қылмыс жөніндегі басқармасының өкілдері қатысты.`,
  ],
  () => [
    `${ri(2019, 2024)} жылы ${alt('Орталық Азияда', 'Қазақстанда', 'ТМД елдерінде')} адам саудасы құрбандарының ${ri(50, 80)}%-ы әйелдер, ${ri(5, 25)}%-ы кәмелетке толмағандар болды. Ақпарат көзі: ${alt('Бас прокуратура', 'ІІМ', 'ХКҰ')}.`,
  ],
];
const KKL_NEG = [
  () => [
    `Qazaqstan Respublikasy Qylmystyq kodeksınıñ ${alt('128-baby', '125-baby')} boiynşa ${ri(2019, 2023)} jyly ${ri(40, 200)} qylmys tırkeldı; sot otyrysy ${evDate()} ötti.`,
  ],
  () => [
    `Kömek kerek bolsa, ${hotline('kz')} senım telefonyna habarlasyñyz. ${alt('HKŪ', 'Sana Sezım qory', 'Bas prokuratura')} keñes beredı.`,
  ],
];

// =============================================================================================
// KYRGYZ
// =============================================================================================
const kyN = hostN('kg', (w, k) => kySuf(w, k));
const KY_ABROAD = W('Москвага, Стамбулга, Дубайга, Сеулга, Алматыга, Анталияга, Санкт-Петербургга');
const KY_ABROAD_LOC = W('Москвада, Стамбулда, Дубайда, Сеулда, Алматыда, Анталияда, Екатеринбургда');
const KY_POS = [
  // 0 victim with PIN
  () => {
    const p = pers('kg', 'f');
    const dt = rdate(1980, 2006);
    return [
      'Жабырлануучу ',
      kyN(p, alt('GS', 'SG', 'SGP')),
      ' (',
      kyBDv('туулган', dt),
      alt(', ПИН ', ', жеке номери '),
      NID(kgPin(dt, 'f')),
      `) ${ri(2019, 2023)}-жылы ${pick(KY_ABROAD)} жумушка кеткен.`,
    ];
  },
  // 1 convicted person with address
  () => {
    const p = pers('kg');
    const c = 'kg';
    return [
      alt('Соттолуучу ', 'Айыпталуучу ', 'Шектүү '),
      kyN(p, alt('SGP', 'SG', 'CAPS_SG')),
      ', ',
      ...(chance(0.6) ? [kyBDv('туулган'), ', '] : [BD(bdate('dmy', 1970, 2004)), '-ж.т., ']),
      city(c, 'nat'),
      ', ',
      AD(addr(c, 'nat')),
      ` дарегинде жашаган, мурда соттолгон эмес.`,
    ];
  },
  // 2 form
  () => {
    const p = pers('kg', 'f');
    const dt = rdate(1980, 2006);
    const rows = [
      [alt('Аты-жөнү', 'Фамилиясы, аты, атасынын аты'), [kyN(p, alt('SGP', 'SG', 'CAPS_SGP'))]],
      [alt('Туулган күнү', 'Туулган жылы'), [BD(fdate(dt, pick(['dmy', 'iso', 'ky'])))]],
      [alt('ПИН', 'Жеке номери (ПИН)'), [NID(kgPin(dt, 'f'))]],
      [alt('Телефону', 'Байланыш телефону'), [PH(PHONE.kg())]],
      [alt('Дареги', 'Жашаган жери'), [city('kg', 'nat'), ', ', AD(addr('kg', 'nat'))]],
      [alt('Паспорту', 'Паспорт №'), [PP(PASS.kg())]],
    ];
    const sep = FIELD_SEP();
    return [
      alt('АНКЕТА\n', 'Кайрылуучунун картасы\n', ''),
      [rows[0], ...shuffle(rows.slice(1)).slice(0, ri(2, 4))].map(([k, v], i) => [i ? '\n' : '', k, sep, v]),
    ];
  },
  // 3 dative
  () => {
    const r = pers('kg', 'f');
    const v = pers('kg', 'f');
    return [
      kyN(r, alt('GS', 'G', 'SG')),
      ' ',
      kyN(v, alt('G', 'GS'), 'dat'),
      ` ${pick(KY_ABROAD_LOC)} ${alt('официант', 'тигүүчү', 'бала багуучу', 'үй кызматчы')} болуп иштөөнү сунуштап, айына ${usd()} доллар айлык убада кылган. Байланыш үчүн `,
      PH(PHONE.kg()),
      ' номерин берген.',
    ];
  },
  // 4 genitive
  () => {
    const v = pers('kg', 'f');
    const e = pers(pick(['tr', 'kr', 'ru']), 'm');
    return [
      kyN(v, alt('G', 'GS', 'SG'), 'gen'),
      ' паспортун (№ ',
      PP(PASS.kg()),
      `) ${pick(KY_ABROAD_LOC)} иш берүүчү `,
      kyN(e, 'GS'),
      ' алып койгон.',
    ];
  },
  // 5 accusative + ablative
  () => {
    const r = pers('kg', 'm');
    const v = pers('kg', 'f');
    return [
      kyN(r, alt('SG', 'GS')),
      ' ',
      kyN(v, alt('G', 'GS'), 'acc'),
      ` ${pick(KY_ABROAD)} алып кеткен, ал эми анын апасы `,
      kyN(pers('kg', 'f'), alt('G', 'GS'), 'abl'),
      ` ${ri(20, 150)} миң сом алган.`,
    ];
  },
  // 6 Instagram / Telegram
  () => {
    const r = pers('kg', 'f');
    return [
      `Жабырлануучу жумуш тууралуу жарыяны ${alt('Instagram', 'TikTok', 'Telegram')} тармагындагы `,
      HD(handle(r)),
      ' баракчасынан көргөн, баракчанын ээси өзүн ',
      P(parts(r, 'nat').gn),
      ' деп тааныштырган.',
    ];
  },
  // 7 card
  () => {
    const o = pers('kg');
    return [
      `Акча ${alt('Элкарт', 'Visa', 'MBank')} картасына (`,
      CD(card(pick(['elcart', 'visa', 'mc']), pick(['sp', 'raw', 'mask']))),
      ') которулган, картанын ээси — ',
      kyN(o, alt('SG', 'S_IO', 'SGP')),
      ', телефону ',
      PH(PHONE.kg()),
      '.',
    ];
  },
  // 8 plate
  () => {
    const d = pers('kg', 'm');
    return [
      PL(PLATE.kg()),
      ` мамлекеттик номердеги ${alt('Toyota Alphard', 'Honda Fit', 'Mercedes Sprinter', 'Lexus GX')} унаасын `,
      kyN(d, alt('SG', 'GS')),
      ` башкарган; жабырлануучулар ${alt('Ош шаарынан', 'Бишкектен', 'Жалал-Абаддан')} чек арага чейин ушул унаа менен жеткирилген.`,
    ];
  },
  // 9 hotline
  () => {
    const c = pers('kg', 'f');
    return [
      `${evDate()} ${hotline('kg')} ишеним телефонуна `,
      kyN(c, alt('G', 'GS')),
      alt(' аттуу аял чалды; кайра байланышуу үчүн номери: ', ' деп тааныштырган аял чалып, номерин калтырды: '),
      PH(PHONE.kg()),
      `. Анын кызы ${pick(KY_ABROAD_LOC)} кармалып турат.`,
    ];
  },
  // 10 MRZ
  () => {
    const p = pers('kg');
    return [
      alt('Паспорттун машина окуй турган зонасы:\n', 'ПАСПОРТТУН КӨЧҮРМӨСҮ (MRZ):\n'),
      mrz(p, PASS.kg(), rdate(1975, 2005)),
    ];
  },
  // 11 first-person
  () => {
    const p = pers('kg');
    return [
      'Мен, ',
      kyN(p, 'SGP'),
      ', ',
      kyBDv('туулгам'),
      `, ${city('kg', 'nat')}, `,
      AD(addr('kg', 'nat')),
      ' дарегинде жашайм. Мага укуктарым түшүндүрүлдү.',
    ];
  },
  // 12 Russian employer, locative + phone
  () => {
    const e = pers('ru', 'm');
    const v = pers('kg', 'f');
    return [
      `${alt('Москвада', 'Казанда', 'Екатеринбургда')} иш берүүчү `,
      kyN(e, alt('GS', 'SG')),
      ' ',
      kyN(v, alt('G', 'GS'), 'dat'),
      ` ${ri(3, 9)} ай бою айлык төлөгөн эмес. Иш берүүчүнүн телефону: `,
      PH(PHONE.ru()),
      ', жатакананын дареги: ',
      AD(addr('ru')),
      '.',
    ];
  },
  // 13 lower-case chat
  () => {
    const a = pers('kg', 'f');
    const b = pers('kg', 'f');
    return [
      P(lower(parts(a, 'nat').gn)),
      ': ',
      P(lower(kySuf(parts(b, 'nat').gn, 'dat'))),
      ' айт, паспортун эртең алып келсин. карта ',
      CD(card('elcart', 'raw')),
      ', ээси ',
      P(lower(`${parts(a, 'nat').gn} ${parts(a, 'nat').sn}`)),
    ];
  },
  // 14 email + uulu name
  () => {
    const r = pers('kg', 'm');
    return [
      'Эмгек келишими ',
      EM(email(r, 'kg')),
      ' дарегинен ',
      kyN(r, alt('GS', 'SG'), 'gen'),
      ' атынан жөнөтүлгөн; WhatsApp номери ',
      PH(pick([PHONE.kg, PHONE.ru, PHONE.tr])()),
      '.',
    ];
  },
  // 15 Kazakh IIN in Kyrgyz text
  () => {
    const p = pers('kz', 'f');
    const dt = rdate(1985, 2004);
    return [
      'Казакстандын жараны ',
      kyN(p, alt('SG', 'GS')),
      ' (ЖСН/ИИН ',
      NID(iin(dt, 'f', chance(0.6))),
      ') да ушул топто болгон; туулган күнү ',
      BD(fdate(dt, 'dmy')),
      '.',
    ];
  },
];
const KY_NEG = [
  () => [
    `Кыргыз Республикасынын Кылмыш-жаза кодексинин ${alt('171-беренеси', '171-беренесинин 2-бөлүгү', '173-беренеси')} боюнча ${ri(2019, 2023)}-жылы ${ri(20, 150)} кылмыш катталган, алардын ${ri(5, 40)} сотко жөнөтүлгөн.`,
  ],
  () => [
    `Сот отуруму ${fdate(rdate(2019, 2024), 'kyLoc')} ${alt('Бишкек шаардык сотунда', 'Ош шаардык сотунда', 'Октябрь райондук сотунда')} өттү; ага прокурор, жактоочу жана котормочу катышты.`,
  ],
  () => [
    ((h) =>
      `Жардам керек болсо, ${h[0]} ишеним телефонуна же ${alt('Эл аралык миграция уюмунун (ЭМУ)', '«Тендик» коомдук бирикмесинин', 'Башкы прокуратуранын')} ${h[1]} линиясына чалыңыз. Чалуу акысыз.`)(
      shuffle([...HOTLINE.kg]),
    ),
  ],
  () => [
    `Жабырлануучулар — ${ri(18, 23)}, ${ri(24, 29)} жана ${ri(30, 39)} жаштагы ${alt('Баткен', 'Ош', 'Жалал-Абад', 'Нарын')} облусунун тургундары; баары ${alt('Россияга', 'Түркияга', 'Кореяга')} жумуш издеп кетишкен.`,
  ],
  () => [
    `${upper(alt('Өкүм', 'Токтом', 'Айыптоо корутундусу'))}\nКЫРГЫЗ РЕСПУБЛИКАСЫНЫН АТЫНАН\n${evDate()}\t\t${alt('Бишкек шаары', 'Ош шаары', 'Каракол шаары')}\nИш № ${ri(1, 9)}-${ri(100, 999)}/${ri(19, 24)}`,
  ],
  () => [
    `Келтирилген зыян ${ri(100, 999)} ${ri(100, 999)} сомду түздү; шектүү ${evDate()} кармалган. ${alt('FRU–DME', 'OSS–VKO', 'FRU–IST')} каттамы менен учкан топто ${ri(5, 20)} адам болгон.`,
  ],
  () => [
    `Семинар Чүй проспектисиндеги ${alt('«Достук» мейманканасында', 'Ж. Баласагын атындагы КУУнун имаратында', 'Манас атындагы аэропорттун жанында')} өттү; ага Ички иштер министрлиги, ЕККУ жана БУУнун өкүлдөрү катышты.`,
  ],
  () => [
    `${ri(2019, 2024)}-жылы Борбор Азияда адам сатуунун курмандыктарынын ${ri(50, 80)}% аялдар, ${ri(5, 25)}% жашы жете электер болгон. Маалымат булагы: ${alt('Башкы прокуратура', 'ИИМ', 'ЭМУ', 'УНП ООН')}.`,
  ],
];

// =============================================================================================
// UZBEK (Latin and Cyrillic)
// =============================================================================================
const uzlN = (p, form, suf, apo = "'") => {
  const x = nm(p, form, { sp: 'uzl', apo });
  if (suf) {
    if (x.length > 1) throw new Error('suffix after an initial');
    x[0] = P(uzSuf(x[0].v, suf, true));
  }
  return x;
};
const uzcN = hostN('uz', (w, k) => uzSuf(w, k, false));
const UZL_ABROAD = W('Dubayga, Istanbulga, Moskvaga, Seulga, Antalyaga, Olmaotaga, Sankt-Peterburgga');
const UZL_ABROAD_LOC = W('Dubayda, Istanbulda, Moskvada, Seulda, Antalyada, Olmaotada, Qozonda');
const UZC_ABROAD = W('Дубайга, Истанбулга, Москвага, Сеулга, Анталияга, Олмаотага');
const UZC_ABROAD_LOC = W('Дубайда, Истанбулда, Москвада, Сеулда, Анталияда, Олмаотада');
const UZL_POS = [
  // 0 victim with PINFL
  () => {
    const p = pers('uz', 'f');
    const dt = rdate(1980, 2006);
    return [
      'Jabrlanuvchi ',
      uzlN(p, alt('GS', 'SG', 'SGP')),
      ' (',
      uzlBDv(alt('tug‘ilgan', "tug'ilgan"), dt),
      alt(', JShShIR ', ', PINFL: ', ', JSHSHIR '),
      NID(pinfl(dt, 'f', chance(0.75))),
      `) ${ri(2019, 2023)}-yilda ${pick(UZL_ABROAD)} ishga ketgan.`,
    ];
  },
  // 1 defendant with address
  () => {
    const p = pers('uz');
    return [
      alt('Sudlanuvchi ', 'Ayblanuvchi ', 'Gumonlanuvchi '),
      uzlN(p, alt('SGP', 'SG', 'CAPS_SG')),
      ', ',
      uzlBDv('tug‘ilgan'),
      `, ${city('uz', 'uzl')}, `,
      AD(addr('uz', 'uzl')),
      ' manzilida yashovchi, ilgari sudlanmagan.',
    ];
  },
  // 2 form
  () => {
    const p = pers('uz', 'f');
    const dt = rdate(1980, 2006);
    const rows = [
      [alt('F.I.Sh.', 'Familiyasi, ismi, otasining ismi', 'Ism-familiya'), [uzlN(p, alt('SGP', 'SG', 'CAPS_SG'))]],
      [alt("Tug'ilgan sanasi", 'Tug‘ilgan sana'), [BD(fdate(dt, pick(['dmy', 'iso', 'uzl'])))]],
      [alt('JShShIR', 'PINFL'), [NID(pinfl(dt, 'f'))]],
      [alt('Pasport', 'Pasport seriyasi va raqami'), [PP(PASS.uz())]],
      [alt('Telefon', 'Tel.'), [PH(PHONE.uz())]],
      ['Manzil', [city('uz', 'uzl'), ', ', AD(addr('uz', 'uzl'))]],
    ];
    const sep = FIELD_SEP();
    return [
      alt('MUROJAATCHI ANKETASI\n', 'Mijoz kartochkasi\n', ''),
      [rows[0], ...shuffle(rows.slice(1)).slice(0, ri(2, 4))].map(([k, v], i) => [i ? '\n' : '', k, sep, v]),
    ];
  },
  // 3 dative
  () => {
    const r = pers('uz', 'f');
    const v = pers('uz', 'f');
    const apo = pick(["'", '‘', 'ʻ', '’']);
    return [
      uzlN(r, alt('GS', 'G'), null, apo),
      ' ',
      uzlN(v, alt('G', 'GS'), 'dat', apo),
      ` ${pick(UZL_ABROAD_LOC)} ${alt('ofitsiant', 'enaga', 'tikuvchi', 'farrosh')} bo‘lib ishlashni taklif qilgan va oyiga ${usd()} dollar maosh va’da bergan. Aloqa uchun `,
      PH(PHONE.uz()),
      ' raqamini bergan.',
    ];
  },
  // 4 genitive
  () => {
    const v = pers('uz', 'f');
    const e = pers(pick(['tr', 'ar', 'kr', 'ru']), 'm');
    return [
      uzlN(v, alt('G', 'GS', 'SG'), 'gen'),
      ' pasportini (',
      PP(PASS.uz()),
      `) ${pick(UZL_ABROAD_LOC)} ish beruvchi `,
      nm(e, 'GS', { sp: 'en' }),
      ' olib qo‘ygan.',
    ];
  },
  // 5 accusative + ablative
  () => {
    const r = pers('uz', 'm');
    const v = pers('uz', 'f');
    return [
      uzlN(r, alt('SG', 'GS')),
      ' ',
      uzlN(v, alt('G', 'GS'), 'acc'),
      ` ${pick(UZL_ABROAD)} olib ketgan, uning onasi `,
      uzlN(pers('uz', 'f'), alt('G', 'GS'), 'abl'),
      ` ${ri(3, 30)} million so‘m olgan.`,
    ];
  },
  // 6 telegram handle named by service
  () => {
    const r = pers('uz', 'f');
    return [
      `Jabrlanuvchi ish haqidagi e’lonni ${alt('Telegram', 'Instagram', 'TikTok')}dagi `,
      HD(handle(r, chance(0.6))),
      ' sahifasida ko‘rgan, sahifa egasi o‘zini ',
      P(parts(r, 'uzl').gn),
      ' deb tanishtirgan.',
    ];
  },
  // 7 card
  () => {
    const o = pers('uz');
    const b = pick(['uzcard', 'uzcard2', 'humo', 'humo2']);
    return [
      `Pul ${b.startsWith('uz') ? 'UzCard' : 'Humo'} kartasiga (`,
      CD(card(b, pick(['sp', 'raw', 'mask', 'maskRaw']))),
      ') o‘tkazilgan, karta egasi — ',
      uzlN(o, alt('SG', 'S_I', 'GS')),
      ', telefoni ',
      PH(PHONE.uz()),
      '.',
    ];
  },
  // 8 plate
  () => {
    const d = pers('uz', 'm');
    return [
      PL(PLATE.uz()),
      ` davlat raqamli ${alt('Chevrolet Damas', 'Chevrolet Cobalt', 'Lacetti', 'Spark')} avtomashinasini `,
      uzlN(d, alt('SG', 'GS')),
      ` boshqargan; jabrlanuvchilar ${alt('Andijondan', 'Namangandan', 'Qarshidan', 'Toshkentdan')} chegaragacha shu mashinada olib borilgan.`,
    ];
  },
  // 9 hotline
  () => {
    const c = pers('uz', 'f');
    return [
      `${evDate()} kuni ${hotline('uz')} ishonch telefoniga `,
      uzlN(c, alt('G', 'GS')),
      alt(
        ' ismli ayol qo‘ng‘iroq qildi; qayta aloqa uchun raqami: ',
        " ismli ayol qo'ng'iroq qilib, raqamini qoldirdi: ",
      ),
      PH(PHONE.uz()),
      `. Uning qizi ${pick(UZL_ABROAD_LOC)} ushlab turilibdi.`,
    ];
  },
  // 10 MRZ
  () => {
    const p = pers('uz');
    return [
      alt('Pasportning mashina o‘qiydigan zonasi:\n', 'PASPORT NUSXASI (MRZ):\n'),
      mrz(p, PASS.uz(), rdate(1975, 2005)),
    ];
  },
  // 11 lower-case chat
  () => {
    const a = pers('uz', 'f');
    const b = pers('uz', 'f');
    const pa = parts(a, 'uzl');
    return [
      P(lower(pa.gn)),
      ': ',
      P(lower(uzSuf(parts(b, 'uzl').gn, 'dat', true))),
      ' ayt, pasportini ertaga olib kelsin. karta ',
      CD(card(pick(['uzcard', 'humo']), 'raw')),
      ', egasi ',
      P(lower(`${pa.gn} ${pa.sn}`)),
    ];
  },
  // 12 email, Russian employer
  () => {
    const e = pers('ru', 'm');
    const v = pers('uz', 'f');
    return [
      `${alt('Moskvada', 'Qozonda', 'Yekaterinburgda')} ish beruvchi `,
      nm(e, alt('GS', 'SG'), { sp: 'en' }),
      ' ',
      uzlN(v, alt('G', 'GS'), 'dat'),
      ` ${ri(3, 9)} oy davomida ish haqi to‘lamagan. Uning elektron pochtasi: `,
      EM(email(e, 'ru')),
      ', yotoqxona manzili: ',
      AD(addr('ru')),
      '.',
    ];
  },
  // 13 father-name style
  () => {
    const p = pers('uz');
    return [
      'Men, ',
      uzlN(p, 'SGP'),
      ', ',
      uzlBDv('tug‘ilganman'),
      `, ${city('uz', 'uzl')}, `,
      AD(addr('uz', 'uzl')),
      ' manzilida yashayman. Menga huquqlarim tushuntirildi.',
    ];
  },
];
const UZC_POS = [
  // 0 victim with PINFL, Cyrillic
  () => {
    const p = pers('uz', 'f');
    const dt = rdate(1980, 2006);
    return [
      'Жабрланувчи ',
      uzcN(p, alt('GS', 'SG', 'SGP')),
      ' (',
      uzcBDv('туғилган', dt),
      alt(', ЖШШИР ', ', ЖШШИР: '),
      NID(pinfl(dt, 'f', chance(0.75))),
      `) ${ri(2019, 2023)} йилда ${pick(UZC_ABROAD)} ишга кетган.`,
    ];
  },
  // 1 defendant
  () => {
    const p = pers('uz');
    return [
      alt('Судланувчи ', 'Айбланувчи '),
      uzcN(p, alt('SGP', 'SG', 'CAPS_SGP')),
      ', ',
      uzcBDv('туғилган'),
      `, ${city('uz', 'nat')}, `,
      AD(addr('uz', 'nat')),
      ' манзилида яшовчи, илгари судланмаган.',
    ];
  },
  // 2 form
  () => {
    const p = pers('uz', 'f');
    const dt = rdate(1980, 2006);
    const rows = [
      [alt('Ф.И.Ш.', 'Фамилияси, исми, отасининг исми'), [uzcN(p, alt('SGP', 'SG', 'CAPS_SGP'))]],
      ['Туғилган санаси', [BD(fdate(dt, pick(['dmy', 'uzc'])))]],
      ['ЖШШИР', [NID(pinfl(dt, 'f'))]],
      ['Паспорт', [PP(PASS.uz())]],
      ['Телефон', [PH(PHONE.uz())]],
      ['Манзил', [city('uz', 'nat'), ', ', AD(addr('uz', 'nat'))]],
    ];
    const sep = FIELD_SEP();
    return [
      alt('МУРОЖААТЧИ АНКЕТАСИ\n', ''),
      [rows[0], ...shuffle(rows.slice(1)).slice(0, ri(2, 4))].map(([k, v], i) => [i ? '\n' : '', k, sep, v]),
    ];
  },
  // 3 dative
  () => {
    const r = pers('uz', 'f');
    const v = pers('uz', 'f');
    return [
      uzcN(r, alt('GS', 'G')),
      ' ',
      uzcN(v, alt('G', 'GS'), 'dat'),
      ` ${pick(UZC_ABROAD_LOC)} ${alt('официант', 'энага', 'тикувчи')} бўлиб ишлашни таклиф қилган. Алоқа учун `,
      PH(PHONE.uz()),
      ' рақамини берган.',
    ];
  },
  // 4 genitive
  () => {
    const v = pers('uz', 'f');
    return [
      uzcN(v, alt('G', 'GS', 'SG'), 'gen'),
      ' паспортини (',
      PP(PASS.uz()),
      `) ${pick(UZC_ABROAD_LOC)} иш берувчи `,
      uzcN(pers(pick(['tr', 'ar', 'kr']), 'm'), 'GS'),
      ' олиб қўйган.',
    ];
  },
  // 5 accusative
  () => {
    const r = pers('uz', 'm');
    const v = pers('uz', 'f');
    return [
      uzcN(r, alt('SG', 'GS')),
      ' ',
      uzcN(v, alt('G', 'GS'), 'acc'),
      ` ${pick(UZC_ABROAD)} олиб кетган, унинг онаси `,
      uzcN(pers('uz', 'f'), alt('G', 'GS'), 'abl'),
      ` ${ri(3, 30)} миллион сўм олган.`,
    ];
  },
  // 6 card and plate
  () => {
    const o = pers('uz', 'm');
    return [
      'Пул Хумо картасига (',
      CD(card(pick(['humo', 'humo2']), pick(['sp', 'raw', 'mask']))),
      ') ўтказилган, карта эгаси ',
      uzcN(o, alt('SG', 'GS')),
      ' ',
      PL(PLATE.uz()),
      ' давлат рақамли «Дамас» автомашинасида юрган.',
    ];
  },
  // 7 hotline
  () => {
    const c = pers('uz', 'f');
    return [
      `${evDate()} куни ${hotline('uz')} ишонч телефонига `,
      uzcN(c, alt('G', 'GS')),
      ' исмли аёл қўнғироқ қилди; қайта алоқа учун рақами: ',
      PH(PHONE.uz()),
      '.',
    ];
  },
  // 8 instagram
  () => {
    const r = pers('uz', 'f');
    return [
      'Жабрланувчи иш ҳақидаги эълонни Instagramдаги ',
      HD(handle(r)),
      ' саҳифасида кўрган, саҳифа эгаси ўзини ',
      P(parts(r, 'nat').gn),
      ' деб таништирган.',
    ];
  },
  // 9 first person
  () => {
    const p = pers('uz');
    return [
      'Мен, ',
      uzcN(p, 'SGP'),
      ', ',
      uzcBDv('туғилганман'),
      `, ${city('uz', 'nat')}, `,
      AD(addr('uz', 'nat')),
      ' манзилида яшайман.',
    ];
  },
  // 10 Russian-language mix inside Uzbek Cyrillic
  () => {
    const p = pers('uz', 'f');
    return [
      'Ишга ёллаш шартномасида «',
      nm(p, alt('SGP', 'SG'), { sp: 'ru' }),
      '» деб ёзилган, лекин паспортда ',
      nm(p, alt('CAPS', 'CAPS_SG'), { sp: 'uzl', apo: '' }),
      '; ёллаган шахснинг WhatsApp рақами ',
      PH(pick([PHONE.tr, PHONE.ae, PHONE.ru])()),
      '.',
    ];
  },
];
const UZL_NEG = [
  () => [
    `O‘zbekiston Respublikasi Jinoyat kodeksining ${alt('135-moddasi', '135-moddasi 2-qismi', '137-moddasi')} bo‘yicha ${ri(2019, 2023)}-yilda ${ri(100, 900)} ta jinoyat qayd etildi; ulardan ${ri(30, 90)} tasi sudga yuborildi.`,
  ],
  () => [
    `Sud majlisi ${fdate(rdate(2019, 2024), 'uzlRev')}da ${alt('Toshkent shahar jinoyat ishlari bo‘yicha sudida', 'Andijon viloyat sudida', 'Samarqand shahar sudida')} bo‘lib o‘tdi; unda prokuror, himoyachi va tarjimon ishtirok etdi.`,
  ],
  () => [
    `Yordam kerak bo‘lsa, ${hotline('uz')} ishonch telefoniga yoki ${alt('Xalqaro migratsiya tashkiloti (XMT)', '«Istiqbolli avlod» NNT', 'Ichki ishlar vazirligi')} liniyasiga qo‘ng‘iroq qiling. Qo‘ng‘iroq bepul.`,
  ],
  () => [
    `Jabrlanuvchilar — ${ri(18, 23)}, ${ri(24, 29)} va ${ri(30, 40)} yoshdagi ${alt('Qashqadaryo', 'Surxondaryo', 'Farg‘ona', 'Xorazm')} viloyati aholisi; ularning barchasi ${alt('Rossiyaga', 'Turkiyaga', 'BAAga')} ish izlab ketgan.`,
  ],
  () => [
    `Yetkazilgan zarar ${ri(10, 300)} million so‘mni tashkil etdi; ${alt('Amir Temur ko‘chasi', 'Navoiy ko‘chasi', 'Chilonzor tumani')}dagi ofis ${evDate()} yopildi. ${alt('HY 611', 'TK 371', 'PC 733')} reysida ${ri(5, 20)} kishi uchib ketgan.`,
  ],
  () => [
    `Odam savdosiga qarshi kurashish bo‘yicha Respublika idoralararo komissiyasi, YeXHT va BMT Narkotiklar va jinoyatchilik boshqarmasi ${ri(2019, 2024)}-yilda ${ri(10, 40)} ta seminar o‘tkazdi; Imom Buxoriy nomidagi xalqaro markazda ham tadbir bo‘ldi.`,
  ],
];
const UZC_NEG = [
  () => [
    `Ўзбекистон Республикаси Жиноят кодексининг ${alt('135-моддаси', '135-моддаси 3-қисми')} бўйича ${ri(2019, 2023)} йилда ${ri(100, 900)} та жиноят қайд этилди.`,
  ],
  () => [
    `Суд мажлиси ${fdate(rdate(2019, 2024), 'uzc')}да ${alt('Тошкент шаҳар жиноят ишлари бўйича судида', 'Фарғона вилоят судида')} бўлиб ўтди.`,
  ],
  () => [
    `Ёрдам керак бўлса, ${hotline('uz')} ишонч телефонига қўнғироқ қилинг. ${alt('Халқаро миграция ташкилоти', 'Ички ишлар вазирлиги', 'Бош прокуратура')} маслаҳат беради.`,
  ],
  () => [
    `Жабрланувчилар ${ri(18, 22)} ёшдан ${ri(28, 40)} ёшгача бўлган ${alt('Наманган', 'Андижон', 'Қашқадарё')} вилояти аёллари бўлиб, уларга ойига ${ri(500, 1500)} доллар ваъда қилинган.`,
  ],
];

// =============================================================================================
// TAJIK
// =============================================================================================
const tgN = (p, form, ro = false) => {
  const sp = p.o === 'tj' ? 'nat' : 'ru';
  const x = nm(p, form, { sp });
  if (ro) {
    if (x.length > 1) throw new Error('suffix after an initial');
    x[0] = P(x[0].v + 'ро');
  }
  return x;
};
const tgBD = () => BD(bdate(pick(['tg', 'tg', 'tgNum', 'iso']), 1972, 2006));
const TG_ABROAD = W('ба Маскав, ба Истанбул, ба Дубай, ба Сеул, ба Алмаато, ба Санкт-Петербург, ба Екатеринбург');
const TG_ABROAD_LOC = W('дар Маскав, дар Истанбул, дар Дубай, дар Сеул, дар Алмаато, дар Қазон');
const TG_POS = [
  // 0 victim with INN
  () => {
    const p = pers('tj', 'f');
    return [
      'Ҷабрдида ',
      tgN(p, alt('GS', 'SG', 'SGP')),
      ' (',
      tgBD(),
      alt(' таваллуд шудааст, РМА ', ' таваллуд, РМА: ', ', РМА '),
      NID(tjInn()),
      `) соли ${ri(2019, 2023)} ${pick(TG_ABROAD)} барои кор рафтааст.`,
    ];
  },
  // 1 defendant
  () => {
    const p = pers('tj');
    return [
      alt('Айбдоршаванда ', 'Судшаванда ', 'Гумонбаршуда '),
      tgN(p, alt('SGP', 'SG', 'CAPS_SGP')),
      ', ',
      tgBD(),
      ` таваллуд, сокини ${city('tj', 'nat')}, `,
      AD(addr('tj', 'nat')),
      ', қаблан судӣ набудааст.',
    ];
  },
  // 2 form
  () => {
    const p = pers('tj', 'f');
    const rows = [
      [alt('Ному насаб', 'Насаб, ном, номи падар'), [tgN(p, alt('SGP', 'SG', 'CAPS_SG'))]],
      [alt('Санаи таваллуд', 'Таърихи таваллуд'), [tgBD()]],
      [alt('РМА', 'Рақами мушаххаси андозсупоранда'), [NID(tjInn())]],
      [alt('Шиносномаи хориҷӣ', 'Шиноснома №'), [PP(PASS.tj())]],
      [alt('Телефон', 'Тел.'), [PH(PHONE.tj())]],
      ['Суроға', [city('tj', 'nat'), ', ', AD(addr('tj', 'nat'))]],
    ];
    const sep = FIELD_SEP();
    return [
      alt('ВАРАҚАИ МУРОҶИАТ\n', 'Корти мизоҷ\n', ''),
      [rows[0], ...shuffle(rows.slice(1)).slice(0, ri(2, 4))].map(([k, v], i) => [i ? '\n' : '', k, sep, v]),
    ];
  },
  // 3 accusative -ро
  () => {
    const r = pers('tj', 'm');
    const v = pers('tj', 'f');
    return [
      tgN(r, alt('SG', 'GS')),
      ' ',
      tgN(v, alt('G', 'GS'), true),
      ` ${pick(TG_ABROAD)} бурда, шиносномаашро гирифтааст. Рақами телефони ӯ: `,
      PH(pick([PHONE.tj, PHONE.ru])()),
      '.',
    ];
  },
  // 4 izafa genitive: passport of X
  () => {
    const v = pers('tj', 'f');
    const e = pers(pick(['tr', 'ar', 'ru', 'kr']), 'm');
    return [
      'Шиносномаи ',
      tgN(v, alt('G', 'GS', 'SG')),
      ' (№ ',
      PP(PASS.tj()),
      `) ${pick(TG_ABROAD_LOC)} дар дасти корфармо `,
      tgN(e, 'GS'),
      ' буд.',
    ];
  },
  // 5 offered work (preposition ба)
  () => {
    const r = pers('tj', 'f');
    const v = pers('tj', 'f');
    return [
      tgN(r, alt('GS', 'G')),
      ' ба ',
      tgN(v, alt('G', 'GS')),
      ` ${pick(TG_ABROAD_LOC)} ҳамчун ${alt('пешхизмат', 'фаррош', 'доя', 'дӯзанда')} кор карданро пешниҳод карда, моҳе ${usd()} доллар ваъда додааст. Суроғаи электронии ӯ: `,
      EM(email(r, 'tj')),
      '.',
    ];
  },
  // 6 instagram
  () => {
    const r = pers('tj', 'f');
    return [
      `Ҷабрдида эълонро дар саҳифаи ${alt('Instagram', 'Одноклассники', 'TikTok')}-и `,
      HD(handle(r)),
      ' дидааст; соҳиби саҳифа худро ',
      P(parts(r, 'nat').gn),
      ' муаррифӣ кардааст.',
    ];
  },
  // 7 card
  () => {
    const o = pers('tj');
    return [
      `Пул ба корти ${alt('Корти миллӣ', 'Visa', 'Алиф')} (`,
      CD(card(pick(['korti', 'visa', 'mc']), pick(['sp', 'raw', 'mask']))),
      ') гузаронида шудааст; соҳиби корт — ',
      tgN(o, alt('SG', 'S_I', 'GS')),
      ', телефон ',
      PH(PHONE.tj()),
      '.',
    ];
  },
  // 8 plate
  () => {
    const d = pers('tj', 'm');
    return [
      tgN(d, alt('SG', 'GS')),
      ' мошини ',
      alt('Opel Zafira', 'Toyota Camry', 'Mercedes Vito', 'Daewoo Nexia'),
      '-ро бо рақами давлатии ',
      PL(PLATE.tj()),
      ` идора мекард; ҷабрдидагонро аз ${alt('Хуҷанд', 'Кӯлоб', 'Бохтар', 'Душанбе')} то сарҳад бо ҳамин мошин бурданд.`,
    ];
  },
  // 9 hotline
  () => {
    const c = pers('tj', 'f');
    return [
      `${evDate()} ба хатти боварии ${hotline('tj')} зане бо номи `,
      tgN(c, alt('G', 'GS')),
      alt(' занг зад; рақами бозгашт: ', ' занг зада, рақамашро гузошт: '),
      PH(PHONE.tj()),
      `. Духтари ӯ ${pick(TG_ABROAD_LOC)} нигоҳ дошта мешавад.`,
    ];
  },
  // 10 MRZ
  () => {
    const p = pers('tj');
    return [alt('Минтақаи мошинхонии шиноснома:\n', 'НУСХАИ ШИНОСНОМА (MRZ):\n'), mrz(p, PASS.tj(), rdate(1975, 2005))];
  },
  // 11 first person
  () => {
    const p = pers('tj');
    return [
      'Ман, ',
      tgN(p, 'SGP'),
      ', ',
      tgBD(),
      ` таваллуд шудаам, сокини ${city('tj', 'nat')}, `,
      AD(addr('tj', 'nat')),
      ' мебошам. Ҳуқуқҳоям ба ман фаҳмонида шуданд.',
    ];
  },
  // 12 Russian employer, address in Russia
  () => {
    const e = pers('ru', 'm');
    const v = pers('tj', 'm');
    return [
      `${pick(TG_ABROAD_LOC)} корфармо `,
      tgN(e, alt('GS', 'SG')),
      ' ба ',
      tgN(v, alt('G', 'GS')),
      ` ${ri(3, 9)} моҳ музд надодааст. Хобгоҳ дар суроғаи `,
      AD(addr('ru')),
      ' ҷойгир буд; телефони корфармо ',
      PH(PHONE.ru()),
      '.',
    ];
  },
  // 13 lower-case chat
  () => {
    const a = pers('tj', 'f');
    const b = pers('tj', 'f');
    return [
      P(lower(parts(a, 'nat').gn)),
      ': ба ',
      P(lower(parts(b, 'nat').gn)),
      ' гӯй, шиносномаашро пагоҳ биёрад. корт ',
      CD(card('korti', 'raw')),
      ', соҳибаш ',
      P(lower(`${parts(a, 'nat').gn} ${parts(a, 'nat').sn}`)),
    ];
  },
  // 14 inflected Russian name quoted in Tajik text
  () => {
    const p = persDecl('tj', 'f');
    return [
      'Дар қарори суди Маскав навишта шудааст: «признать ',
      nm(p, alt('SGP', 'SG'), { k: 'acc' }),
      ' потерпевшей». Худи ',
      tgN(p, 'GS'),
      ' ҳоло дар ',
      city('tj', 'nat'),
      ', ',
      AD(addr('tj', 'nat')),
      ' зиндагӣ мекунад.',
    ];
  },
];
const TG_NEG = [
  () => [
    `Тибқи моддаи ${alt('130.1', '130.1 қисми 2', '132')} Кодекси ҷиноятии Ҷумҳурии Тоҷикистон дар соли ${ri(2019, 2023)} ${ri(20, 120)} ҷиноят ба қайд гирифта шуд; ${ri(5, 40)}-тои он ба суд фиристода шуд.`,
  ],
  () => [
    `Ҷаласаи суд ${fdate(rdate(2019, 2024), 'tg')} дар ${alt('Суди шаҳри Душанбе', 'Суди вилояти Суғд', 'Суди ноҳияи Фирдавсӣ')} баргузор гардид; дар он прокурор, ҳимоятгар ва тарҷумон иштирок доштанд.`,
  ],
  () => [
    `Агар ба кумак ниёз доред, ба хатти боварии ${hotline('tj')} ё ба ${alt('Ташкилоти байналмилалии муҳоҷират (ТБМ)', 'Прокуратураи генералӣ', 'ТҶ «Ҳуқуқ ва рушд»')} занг занед. Занг ройгон аст.`,
  ],
  () => [
    `Ҷабрдидагон — занони ${ri(18, 23)}, ${ri(24, 29)} ва ${ri(30, 40)}-солаи вилояти ${alt('Хатлон', 'Суғд', 'ВМКБ')}; ҳамаашон ${alt('ба Русия', 'ба Туркия', 'ба АМА')} барои кор рафта буданд.`,
  ],
  () => [
    `Зарари расонидашуда ${ri(10, 900)} ${ri(100, 999)} сомониро ташкил дод; ${evDate()} гумонбаршуда боздошт шуд. Дар парвози ${alt('SZ 201', 'YK 501', 'FZ 1804')} ${ri(5, 20)} нафар буданд.`,
  ],
  () => [
    `Семинар дар хиёбони Рӯдакӣ, дар бинои ${alt('Донишгоҳи миллии Тоҷикистон', 'Китобхонаи миллӣ ба номи Абулқосим Фирдавсӣ', 'меҳмонхонаи «Душанбе»')} баргузор шуд; намояндагони САҲА, ТБМ ва УНП ООН ширкат доштанд.`,
  ],
];

// =============================================================================================
// generation, validation, output
// =============================================================================================
const PLAN = [
  // [language, script, templates, count, negative]
  ['ru', 'cyrl', RU_POS, 126, false],
  ['ru', 'cyrl', RU_NEG, 20, true],
  ['en', 'latn', EN_POS, 118, false],
  ['en', 'latn', EN_NEG, 22, true],
  ['tr', 'latn', TR_POS, 66, false],
  ['tr', 'latn', TR_NEG, 15, true],
  ['kk', 'cyrl', KK_POS, 62, false],
  ['kk', 'latn', KKL_POS, 10, false],
  ['kk', 'cyrl', KK_NEG, 13, true],
  ['kk', 'latn', KKL_NEG, 3, true],
  ['ky', 'cyrl', KY_POS, 66, false],
  ['ky', 'cyrl', KY_NEG, 16, true],
  ['uz', 'latn', UZL_POS, 44, false],
  ['uz', 'cyrl', UZC_POS, 34, false],
  ['uz', 'latn', UZL_NEG, 10, true],
  ['uz', 'cyrl', UZC_NEG, 7, true],
  ['tg', 'cyrl', TG_POS, 62, false],
  ['tg', 'cyrl', TG_NEG, 13, true],
  // PLAN_MORE
];
for (const [lang, script, tpls, n, neg] of PLAN) produce(lang, script, tpls, n, neg);

const EDGE = /^[\s\p{P}]|[\s\p{P}]$/u;
function validate(rec) {
  const { text, spans } = rec;
  if (!['ru', 'kk', 'uz', 'ky', 'tg', 'en', 'tr'].includes(rec.language)) throw new Error('language ' + rec.language);
  if (!['cyrl', 'latn'].includes(rec.script)) throw new Error('script ' + rec.script);
  if (spans.length > 6) throw new Error(`too many spans (${spans.length}): ${text}`);
  let prevEnd = -1;
  for (const sp of spans) {
    if (!TYPES.includes(sp.type)) throw new Error('type ' + sp.type);
    if (!(
      Number.isInteger(sp.start) &&
      Number.isInteger(sp.end) &&
      sp.start >= 0 &&
      sp.end <= text.length &&
      sp.start < sp.end
    ))
      throw new Error(`span out of bounds in: ${text}`);
    if (sp.start < prevEnd) throw new Error(`overlapping spans in: ${text}`);
    prevEnd = sp.end;
    const t = text.slice(sp.start, sp.end);
    const core = sp.type === 'HANDLE' ? t.replace(/^@/, '') : t;
    if (EDGE.test(core)) throw new Error(`span edge "${t}" (${sp.type}) in: ${text}`);
    if (/[\n\r]/.test(t)) throw new Error(`span across a line break "${t}"`);
  }
}
const FINAL = shuffle(OUT.slice());
const lines = FINAL.map((r, i) => {
  validate(r);
  return JSON.stringify({
    id: `h18-${pad(i + 1, 4)}`,
    language: r.language,
    script: r.script,
    text: r.text,
    spans: r.spans,
  });
});

// statistics
const stat = {
  snippets: FINAL.length,
  negatives: FINAL.filter((r) => !r.spans.length).length,
  byLang: {},
  byLangScript: {},
  byType: {},
};
for (const r of FINAL) {
  stat.byLang[r.language] = (stat.byLang[r.language] ?? 0) + 1;
  const ls = `${r.language}/${r.script}`;
  stat.byLangScript[ls] = (stat.byLangScript[ls] ?? 0) + 1;
  for (const s of r.spans) stat.byType[s.type] = (stat.byType[s.type] ?? 0) + 1;
}
// name pool sizes and names actually used (console only)
const poolGiven = new Set();
const poolSur = new Set();
for (const o of Object.keys(POOLS)) {
  for (const g of ['f', 'm']) for (const n of POOLS[o][g] ?? []) poolGiven.add(n);
  for (const n of POOLS[o].s ?? []) poolSur.add(n);
}
for (const o of Object.keys(FOREIGN)) {
  for (const n of FOREIGN[o].g) poolGiven.add(n.split('|')[0].replace(/\*$/, ''));
  for (const n of FOREIGN[o].s) poolSur.add(n.split('|')[0]);
}
stat.poolGivenNames = poolGiven.size;
stat.poolSurnames = poolSur.size;
const usedTokens = new Set();
for (const r of FINAL)
  for (const sp of r.spans)
    if (sp.type === 'PERSON')
      for (const t of r.text.slice(sp.start, sp.end).split(/[\s<]+/)) if (t.length > 2) usedTokens.add(t.toLowerCase());
stat.distinctPersonTokens = usedTokens.size;
// the doc comment above states these totals
if (stat.snippets !== 707 || stat.negatives !== 119)
  throw new Error(`counts drifted: ${stat.snippets}/${stat.negatives}`);
const outPath = join(__dirname, '..', 'test', 'fixtures', 'anonymizer-heldout-18.jsonl');
mkdirSync(dirname(outPath), { recursive: true });
writeFileSync(outPath, lines.join('\n') + '\n', 'utf8');
console.log(JSON.stringify(stat, null, 2));
