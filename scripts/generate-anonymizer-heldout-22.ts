/* eslint-disable */
// @ts-nocheck: a generator written without reading the code; it is run, not imported.
/**
 * CaseAtlas anonymizer: HELD-OUT evaluation set 22 ("h22")
 * ==========================================================
 *
 * WHAT IT IS
 *   A synthetic, labelled evaluation set for the personal-data anonymizer of CaseAtlas
 *   (case studies of cross-border human trafficking in Central Asia). It was written "blind":
 *   the author did not read the anonymizer's code or rules, its documentation, the existing
 *   fixtures or other generator scripts, did not read git history and did not run the
 *   anonymizer or any test. Names, places, phrasings and formats come from general knowledge
 *   of the region, so the set measures generalisation, not agreement with the implementation.
 *   Do not tune rules against it: once it is used for tuning it is no longer held out.
 *
 * OUTPUT  test/fixtures/anonymizer-heldout-22.jsonl, one JSON object per line:
 *   {"id":"h22-0001","language":"ru","script":"cyrl","text":"...","spans":[{"start":0,"end":5,"type":"PERSON"}]}
 *   - id        h22-NNNN, in shuffled order (not grouped by language or template).
 *   - language  ru | kk | ky | uz | tg | tk | tr | en ; script  cyrl | latn (the main script of the text;
 *               texts may still contain e-mails, plates, MRZ lines in the other script).
 *   - spans     start/end are UTF-16 code-unit offsets (JavaScript string indices), end exclusive,
 *               sorted by start, never overlapping; text.slice(start, end) is the labelled string.
 *   - type      PERSON, PHONE, EMAIL, NATIONAL_ID, PASSPORT, CARD, IBAN, ADDRESS, BIRTH_DATE, PLATE, HANDLE.
 *   - negatives are snippets with "spans": [] (about 15%), written from text that looks like personal
 *     data but is not (see "never labelled" below).
 *
 * GOLD CONVENTIONS
 *   PERSON      The name only, never a title or role word (потерпевшая, свидетель, victim, Mr, Ms, Dr, Av.,
 *               Bey, Hanım, ака, апа, опа, эже, байке, ағай, көкем, aga ...: all outside the span).
 *               One span per mention: given name alone, given + surname, surname + initials, initials +
 *               surname, full FIO with patronymic, native patronymic words (-ұлы/-қызы, уулу/кызы,
 *               o'g'li/qizi, угли/кизи, ogly/gyzy) are single spans. An inflected name covers the whole
 *               inflected token (Ахметовой, Айгерімге, Темірланды, Мээримдин, Dilnozaga, Шабнамро, Фаррухи,
 *               Marala...); a Turkish apostrophe suffix stays outside (only "Ayşe" in Ayşe'ye), so does an
 *               English 's. Nicknames in quotes: the text inside the quotes. Names in ALL CAPS or lower case
 *               are labelled like any other. Table cells that hold surname, given name and patronymic
 *               separately give separate spans; so do "SURNAME / Given name" rows of a data page. In an MRZ
 *               the surname field and the given-name field are two spans ('<' inside a field, e.g. a double
 *               surname, belongs to it). In a PNR "SURNAME/GIVEN" is one span (MR/MS outside).
 *   PHONE       The number as written (+, brackets, spaces, dots, dashes, leading 8 or 0 included).
 *               Hotlines and short service numbers (102, 111, 1409, 189, 157, 8-800-...) are never labelled.
 *   EMAIL       The whole address.
 *   HANDLE      "@name" or "t.me/name" as written, or the bare name after a cue (instagram:, инста,
 *               Kakao ID ...), or a commenter's account name heading a comment.
 *   NATIONAL_ID Personal identifiers after their cue: Kazakh ИИН/ЖСН/IIN (12 digits), Uzbek ПИНФЛ/JShShIR
 *               (14), Kyrgyz ПИН (14), Tajik ИНН/РМА (9), Turkish TC kimlik (11) and foreigner number,
 *               Emirates ID (784-YYYY-NNNNNNN-N), Russian СНИЛС, Korean alien registration number. Labelled
 *               whatever the check digit. Company identifiers (БИН, company ИНН, ОГРН, licence numbers),
 *               case numbers, transfer/receipt numbers are never labelled.
 *   PASSPORT    The document number (series + number as one span when written together, e.g. "4510 123456",
 *               "AB1234567", "N12345678"); in an MRZ the number field without '<' filler and check digit.
 *   CARD        Full or masked payment card numbers (4400 43** **** 1234, 8600 **** **** 4521).
 *   IBAN        IBANs (KZ, TR, AE) and bank account numbers after IBAN / счёт / шот / эсеп / hisob raqami / ҳисоб.
 *   ADDRESS     Street level: street / avenue / microdistrict / mahalla + house, optional building, flat,
 *               floor; no city, no cue words ("по адресу", "manzilida", "adresinde"). A Russian preposition
 *               before an inflected street word stays outside: "на [улице Абая, д. 5]". Turkish
 *               "Mah./Sok./No:", Emirati "Flat/Building/Tower/Al ..." and Kazakh/Kyrgyz/Uzbek/Tajik/Turkmen
 *               word orders ("Ленин көчөсү, 14", "кӯчаи Айнӣ, 12") are covered.
 *   BIRTH_DATE  Only the date or year of birth, never the words around it ("года", "г.р.", "ж.т.", "жылы",
 *               "-yilda", "таваллуд", "doğumlu", "-nji ýylda", "born"). The YYMMDD date-of-birth field of an
 *               MRZ line and the DDMONYY field of a PNR DOCS line are BIRTH_DATE too. No other date is.
 *   PLATE       Vehicle registration as written (RU, KZ, KG, UZ, TJ, TR, UAE patterns; Latin or Cyrillic
 *               letters, upper or lower case). For UAE plates the emirate name is outside the span.
 *   NEVER LABELLED  organisations (also those named after people), courts, ministries, districts, streets,
 *               squares, monuments, universities, airports and programmes named after people when no house
 *               number follows, places that are also given names (Чолпон-Ата, Талас, Mary, Guliston ...),
 *               statute articles, case numbers, sums, ages, flight numbers, hearing / travel / report dates,
 *               months and holidays, ethnic groups, languages, common words that are also names (бақыт,
 *               жылдыз, lola, bahor, maral, umut ...), capitalised words at sentence starts.
 *
 * COMPOSITION (targets; the generator prints the exact counts)
 *   900 snippets; 3,000+ spans; PERSON >= 55% of spans; 135 negatives (15%); 271 templates (224 positive,
 *   47 negative), every one of them used.
 *   ru 315, en 180, uz 108 (mostly Latin, some Cyrillic), kk 90 (a few in the 2018 and 2021 Kazakh Latin
 *   alphabets), ky 72, tg 54, tr 45, tk 36.
 *   Genres: verdicts, appeals and indictments in Russian legal style, police reports, protocols and search
 *   notices, NGO / shelter case notes, hotline logs, Q/A interview transcripts, first-person statements and
 *   letters, messenger exports (WhatsApp iOS/Android, Telegram, ISO and US timestamps, lower-case chats),
 *   news reports, recruiter ads, pipe / tab / CSV tables with headers, passport data pages and MRZ lines,
 *   PNRs, bank transfers and statements, flight / bus manifests, social-media posts and comments,
 *   contracts, registries, phone-record extracts.
 *   Names: Kazakh, Kyrgyz, Uzbek, Tajik, Turkmen (with less common names and names that are also words or
 *   flowers), Russian / Ukrainian, Koryo-saram, Afghan, Gulf, South Asian, Turkish, Chinese and Korean;
 *   Russian declension of FIO in all six cases, Turkic case endings, ICAO / popular / Kazakh Latin 2018 and
 *   2021 / Uzbek Latin / Turkmen Latin / Turkish romanisations, ALL CAPS, lower case, diminutives,
 *   nicknames, honorifics, double-barrelled surnames.
 *   Everything is synthetic: people, numbers and addresses are random combinations. Some identifiers have
 *   valid check digits (Kazakh IIN, Turkish TC kimlik, Uzbek PINFL, IBAN mod 97, Luhn for cards, ICAO 7-3-1
 *   in MRZ lines); others are random digits of the right shape.
 *
 * HOW IT IS BUILT
 *   Deterministic: a mulberry32 PRNG seeded with 2222 is the only source of randomness; no dependency beyond
 *   node's standard library. A template is a function returning a tagged-template list of literal strings
 *   and labelled pieces (P(), PH(), ...). The builder appends the pieces left to right and records each
 *   span at the moment its piece is appended; spans are never found by searching the final text. For each
 *   language the positive and the negative template pools are cycled in a shuffled order, so every template
 *   is used; an exact duplicate text is drawn again. Before anything is written every record is verified
 *   (slice equals the inserted piece, spans sorted and non-overlapping, known type, no whitespace at span
 *   edges, negatives empty, positives non-empty) and the run fails loudly otherwise.
 *
 * RUN   cd /work/main && npx tsx scripts/generate-anonymizer-heldout-22.ts
 *       (prints counts per type, language and script, the number of templates and the file's sha256)
 */
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

// ------------------------------------------------------------------ randomness
const SEED = 2222;
function mulberry32(a) {
  return function () {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rnd = mulberry32(SEED);
const ri = (a, b) => a + Math.floor(rnd() * (b - a + 1));
const pick = (arr) => arr[Math.floor(rnd() * arr.length)];
const chance = (p) => rnd() < p;
const dg = (n) => {
  let s = '';
  for (let i = 0; i < n; i++) s += String(ri(0, 9));
  return s;
};
const pad = (n, w = 2) => String(n).padStart(w, '0');
function shuffle(a) {
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}
function wpick(obj) {
  const ks = Object.keys(obj);
  let t = 0;
  for (const k of ks) t += obj[k];
  let x = rnd() * t;
  for (const k of ks) {
    x -= obj[k];
    if (x < 0) return k;
  }
  return ks[ks.length - 1];
}

// ------------------------------------------------------------------ spans and builder
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
const mk = (type) => (v) => ({ __span: true, type, v: String(v) });
const P = mk('PERSON'),
  PH = mk('PHONE'),
  EM = mk('EMAIL'),
  NID = mk('NATIONAL_ID'),
  PP = mk('PASSPORT');
const CARD = mk('CARD'),
  IBAN = mk('IBAN'),
  ADR = mk('ADDRESS'),
  BD = mk('BIRTH_DATE'),
  PL = mk('PLATE'),
  HD = mk('HANDLE');

/** tagged template: literal strings and values (strings, numbers, spans, nested lists) in order */
function L(strings, ...vals) {
  const out = [];
  for (let i = 0; i < strings.length; i++) {
    out.push(strings[i]);
    if (i < vals.length) {
      if (vals[i] === undefined || vals[i] === null)
        throw new Error('undefined value in template near: ' + strings[i].slice(-40));
      out.push(vals[i]);
    }
  }
  return out;
}
const rows = (n, fn) => {
  const out = [];
  for (let i = 0; i < n; i++) {
    if (i) out.push('\n');
    out.push(fn(i));
  }
  return out;
};

class Builder {
  constructor() {
    this.text = '';
    this.spans = [];
  }
  add(part) {
    if (part === '' || part === false) return;
    if (part === undefined || part === null) throw new Error('undefined part');
    if (Array.isArray(part)) {
      for (const x of part) this.add(x);
      return;
    }
    if (typeof part === 'object' && part.__span) {
      const v = part.v;
      if (!v || v !== v.trim()) throw new Error('bad span value ' + JSON.stringify(v));
      if (!TYPES.includes(part.type)) throw new Error('bad type ' + part.type);
      const start = this.text.length;
      this.text += v;
      this.spans.push({ start, end: this.text.length, type: part.type, _v: v });
      return;
    }
    this.text += String(part);
  }
}

// ------------------------------------------------------------------ transliteration
function mapFrom(spec) {
  const m = {};
  for (const pair of spec.trim().split(/\s+/)) {
    const i = pair.indexOf('=');
    m[pair.slice(0, i)] = pair.slice(i + 1);
  }
  return m;
}
const EN_POP = mapFrom(
  'а=a б=b в=v г=g д=d е=e ё=yo ж=zh з=z и=i й=y к=k л=l м=m н=n о=o п=p р=r с=s т=t у=u ф=f х=kh ц=ts ч=ch ш=sh щ=shch ъ= ы=y ь= э=e ю=yu я=ya ә=a ғ=g қ=k ң=ng ө=o ұ=u ү=u һ=h і=i ҳ=h ҷ=j ӣ=i ӯ=u ў=u',
);
const EN_ICAO = mapFrom(
  'а=a б=b в=v г=g д=d е=e ё=e ж=zh з=z и=i й=i к=k л=l м=m н=n о=o п=p р=r с=s т=t у=u ф=f х=kh ц=ts ч=ch ш=sh щ=shch ъ=ie ы=y ь= э=e ю=iu я=ia ә=a ғ=g қ=k ң=ng ө=o ұ=u ү=u һ=h і=i ҳ=h ҷ=j ӣ=i ӯ=u ў=u',
);
const KK18 = mapFrom(
  'а=a ә=á б=b в=v г=g ғ=ǵ д=d е=e ё=ıo ж=j з=z и=ı й=ı к=k қ=q л=l м=m н=n ң=ń о=o ө=ó п=p р=r с=s т=t у=ý ұ=u ү=ú ф=f х=h һ=h ц=ts ч=ch ш=sh щ=shch ъ= ы=y і=i ь= э=e ю=ıý я=ıa',
);
const KK21 = mapFrom(
  'а=a ә=ä б=b в=v г=g ғ=ğ д=d е=e ё=io ж=j з=z и=i й=i к=k қ=q л=l м=m н=n ң=ñ о=o ө=ö п=p р=r с=s т=t у=u ұ=ū ү=ü ф=f х=h һ=h ц=ts ч=ç ш=ş щ=şş ъ= ы=y і=ı ь= э=e ю=iu я=ia',
);
const UZ_FROM_CYR = mapFrom(
  "а=a б=b в=v г=g д=d е=e ё=yo ж=j з=z и=i й=y к=k л=l м=m н=n о=o п=p р=r с=s т=t у=u ф=f х=x ц=s ч=ch ш=sh щ=sh ъ=' ы=i ь= э=e ю=yu я=ya ә=a ғ=g' қ=q ң=ng ө=o' ұ=u ү=u і=i һ=h ҳ=h ҷ=j ӣ=i ӯ=u ў=o'",
);
const TK_FROM_CYR = mapFrom(
  'а=a б=b в=w г=g д=d е=e ё=ýo ж=j з=z и=i й=ý к=k л=l м=m н=n о=o п=p р=r с=s т=t у=u ф=f х=h ц=s ч=ç ш=ş щ=ş ъ= ы=y ь= э=e ю=ýu я=ýa ә=ä ғ=g қ=k ң=ň ө=ö ұ=u ү=ü і=i һ=h ҳ=h ҷ=j ӣ=i ӯ=u ў=o',
);
const TR_FROM_CYR = mapFrom(
  'а=a б=b в=v г=g д=d е=e ё=yo ж=j з=z и=i й=y к=k л=l м=m н=n о=o п=p р=r с=s т=t у=u ф=f х=h ц=ts ч=ç ш=ş щ=ş ъ= ы=ı ь= э=e ю=yu я=ya ә=e ғ=ğ қ=k ң=n ө=ö ұ=u ү=ü і=i һ=h ҳ=h ҷ=c ӣ=i ӯ=u ў=o',
);
const TK_FOLD = mapFrom('ý=y ň=n ş=sh ç=ch ž=zh ä=a ö=o ü=u w=v');

function tl(s, map, opts = {}) {
  const chars = [...s];
  let out = '';
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i];
    const lo = ch.toLowerCase();
    let r = map[lo];
    if (r === undefined) {
      out += ch;
      continue;
    }
    const prev = i > 0 ? chars[i - 1] : ' ';
    const wordStart = !/[\p{L}']/u.test(prev);
    if (opts.ye && lo === 'е' && wordStart) r = opts.ye;
    if (ch !== lo && r.length) r = r[0].toUpperCase() + r.slice(1);
    out += r;
  }
  return out;
}
/** Latin only: strip diacritics (never call on Cyrillic) */
const fold = (s) =>
  s
    .replace(/ı/g, 'i')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/['’]/g, '');
const asc = (s) =>
  fold(s)
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
const isCyr = (s) => /[\u0400-\u04FF]/.test(s);

// ------------------------------------------------------------------ name pools (author's own knowledge)
// kinds: cyr3 = ru/native-cyrillic/diminutive ; uz = ru/uz-cyrillic/uz-latin/dim ; lat = ru/latin/dim ; ru = ru/dim
function parse(str, kind) {
  return str
    .split(',')
    .map((x) => x.trim())
    .filter(Boolean)
    .map((x) => {
      const a = x.split('/');
      switch (kind) {
        case 'cyr3':
          return { ru: a[0], nat: a[1] || a[0], dim: a[2] || null };
        case 'uz':
          return { ru: a[0], uzc: a[1], nat: a[2], dim: a[3] || null };
        case 'lat':
          return { ru: a[0], nat: a[1], dim: a[2] || null };
        case 'ru':
          return { ru: a[0], nat: a[0], dim: a[1] || null };
      }
      throw new Error(kind);
    });
}
const KZ_F =
  'Айгерим/Айгерім/Айка, Айжан/Айжан, Гульнар/Гүлнар/Гуля, Жанар/Жанар/Жанка, Динара/Динара/Динка, Алия/Әлия, Асель/Әсел, Назерке/Назерке, Мадина/Мадина, Аружан/Аружан, Толганай/Толғанай, Балжан/Балжан, Акбота/Ақбота, Гульмира/Гүлмира/Гуля, Сауле/Сәуле, Жулдыз/Жұлдыз, Ботагоз/Ботагөз, Айнур/Айнұр, Нургуль/Нұргүл, Меруерт/Меруерт, Камшат/Қамшат, Карлыгаш/Қарлығаш, Аяулым/Аяулым, Шынар/Шынар, Гаухар/Гауһар, Бахыт/Бақыт, Айдана/Айдана, Жансая/Жансая, Томирис/Томирис, Салтанат/Салтанат, Роза/Роза/Розочка, Айсулу/Айсұлу, Гульжан/Гүлжан, Кымбат/Қымбат, Акмарал/Ақмарал, Улжан/Ұлжан, Дана/Дана, Жибек/Жібек, Дильназ/Ділназ, Арайлым/Арайлым';
const KZ_M =
  'Темирлан/Темірлан, Нурлан/Нұрлан/Нурик, Ерлан/Ерлан, Серик/Серік, Бауыржан/Бауыржан/Бауке, Асхат/Асхат, Данияр/Данияр, Ержан/Ержан/Ержик, Мурат/Мұрат, Канат/Қанат, Жандос/Жандос, Айбек/Айбек, Нурсултан/Нұрсұлтан, Ербол/Ербол, Бахытжан/Бақытжан/Бахи, Талгат/Талғат, Дархан/Дархан, Жасулан/Жасұлан, Аскар/Асқар, Кайрат/Қайрат, Мейрам/Мейрам, Олжас/Олжас, Ерасыл/Ерасыл, Абылай/Абылай, Самат/Самат, Бекзат/Бекзат, Нуржан/Нұржан, Арман/Арман, Ардак/Ардақ, Жанибек/Жәнібек, Ерболат/Ерболат, Алмас/Алмас';
const KZ_S =
  'Ахметов, Сейткалиев, Жумабаев/Жұмабаев, Есенов, Оспанов, Сулейменов/Сүлейменов, Тулегенов/Төлегенов, Абишев/Әбішев, Кенжебаев, Байжанов, Касымов/Қасымов, Омаров, Нуржанов/Нұржанов, Мукашев/Мұқашев, Бекмуханбетов/Бекмұхамбетов, Сарсенбаев/Сәрсенбаев, Исмагулов/Ысмағұлов, Ермеков, Кудайбергенов/Құдайбергенов, Утепов/Өтепов, Жаксылыков/Жақсылықов, Турсынбаев/Тұрсынбаев, Серикбаев/Серікбаев, Айтжанов, Калиев/Қалиев, Бейсенов, Мусин, Абдрахманов/Әбдірахманов, Нурпеисов/Нұрпейісов, Тлеубаев/Тілеубаев, Жаркынбеков/Жарқынбеков, Садыков/Садықов';
const KG_F =
  'Жылдыз/Жылдыз, Мээрим/Мээрим, Айпери/Айпери, Нуриза/Нуриза, Гулзат/Гүлзат, Айзада/Айзада, Бермет/Бермет, Чолпон/Чолпон, Бактыгуль/Бактыгүл, Нургуль/Нургүл, Асел/Асел, Каныкей/Каныкей, Айчурек/Айчүрөк, Элнура/Элнура, Назгуль/Назгүл, Бурулай/Бурулай, Сезим/Сезим, Акылай/Акылай, Айгуль/Айгүл/Айгуля, Уулжан/Уулжан, Жаркынай/Жаркынай, Эльвира/Элвира, Гулиза/Гүлиза, Нурайым/Нурайым, Толгонай/Толгонай, Мээримгуль/Мээримгүл, Айжамал/Айжамал, Нургиза/Нургиза, Кундуз/Күндүз, Салкын/Салкын';
const KG_M =
  'Нурбек/Нурбек/Нурик, Талант/Талант, Эрлан/Эрлан, Бакыт/Бакыт, Азамат/Азамат/Азик, Улан/Улан, Эрмек/Эрмек, Мирлан/Мирлан, Адилет/Адилет, Бекжан/Бекжан, Тилек/Тилек, Максат/Максат, Жоомарт/Жоомарт, Чынгыз/Чыңгыз, Урмат/Урмат, Кубанычбек/Кубанычбек/Кубаныч, Медер/Медер, Эламан/Эламан, Бактыбек/Бактыбек, Темирлан/Темирлан, Айбек/Айбек, Нурсултан/Нурсултан, Искендер/Искендер, Элдияр/Элдияр, Бекназар/Бекназар, Дастан/Дастан, Алмаз/Алмаз, Марат/Марат, Жылдызбек/Жылдызбек, Абдыкадыр/Абдыкадыр';
const KG_S =
  'Асанов, Осмонов, Мамытов, Токтогулов, Сыдыков, Абдыкадыров, Жээнбеков, Касымбеков, Иманалиев, Токтосунов, Бейшеналиев, Мусаев, Жусупов, Кадыров, Арстанбеков, Шамшиев, Турдубаев, Эсенгулов, Молдокматов, Сатыбалдиев, Орозбеков, Султаналиев, Абдырахманов, Алымкулов, Бообеков, Тологонов, Кокоев/Көкөев, Урмаматов';
const UZ_F =
  'Дильноза/Дилноза/Dilnoza/Дилька, Гульнора/Гулнора/Gulnora/Гуля, Лола/Лола/Lola/Лолочка, Шахноза/Шаҳноза/Shahnoza/Шаха, Малика/Малика/Malika, Нодира/Нодира/Nodira, Зарина/Зарина/Zarina/Зарка, Мохира/Моҳира/Mohira, Севара/Севара/Sevara, Нигора/Нигора/Nigora, Дилдора/Дилдора/Dildora, Феруза/Феруза/Feruza, Гульчехра/Гулчеҳра/Gulchehra, Муниса/Муниса/Munisa, Шахзода/Шаҳзода/Shahzoda, Мохинур/Моҳинур/Mohinur, Дурдона/Дурдона/Durdona, Ойдин/Ойдин/Oydin, Ойгуль/Ойгул/Oygul, Гульбахор/Гулбаҳор/Gulbahor, Мавлюда/Мавлуда/Mavluda, Барно/Барно/Barno, Хилола/Ҳилола/Hilola, Зульфия/Зулфия/Zulfiya, Наргиза/Наргиза/Nargiza, Ирода/Ирода/Iroda, Умида/Умида/Umida, Саодат/Саодат/Saodat, Матлюба/Матлуба/Matluba, Гулноза/Гулноза/Gulnoza, Камола/Камола/Kamola, Рухшона/Рухшона/Ruxshona, Диёра/Диёра/Diyora, Юлдуз/Юлдуз/Yulduz, Бахор/Баҳор/Bahor, Мафтуна/Мафтуна/Maftuna';
const UZ_M =
  "Фаррух/Фаррух/Farrux/Фара, Жасур/Жасур/Jasur, Сардор/Сардор/Sardor, Бекзод/Бекзод/Bekzod/Бека, Отабек/Отабек/Otabek, Улугбек/Улуғбек/Ulug'bek, Шерзод/Шерзод/Sherzod, Дониёр/Дониёр/Doniyor, Жахонгир/Жаҳонгир/Jahongir, Бобур/Бобур/Bobur, Акмал/Акмал/Akmal, Рустам/Рустам/Rustam, Дилшод/Дилшод/Dilshod, Шухрат/Шуҳрат/Shuhrat, Абдулазиз/Абдулазиз/Abdulaziz, Иброхим/Иброҳим/Ibrohim, Санжар/Санжар/Sanjar, Ислом/Ислом/Islom, Анвар/Анвар/Anvar, Равшан/Равшан/Ravshan, Ойбек/Ойбек/Oybek, Хуршид/Хуршид/Xurshid, Бахтиёр/Бахтиёр/Baxtiyor/Бахо, Азизбек/Азизбек/Azizbek, Нодирбек/Нодирбек/Nodirbek, Темур/Темур/Temur, Элёр/Элёр/Elyor, Мухаммадали/Муҳаммадали/Muhammadali, Умид/Умид/Umid, Шавкат/Шавкат/Shavkat, Алишер/Алишер/Alisher";
const UZ_S =
  "Каримов/Каримов/Karimov, Рахимов/Раҳимов/Rahimov, Турсунов/Турсунов/Tursunov, Юсупов/Юсупов/Yusupov, Эргашев/Эргашев/Ergashev, Абдуллаев/Абдуллаев/Abdullayev, Кадыров/Қодиров/Qodirov, Мирзаев/Мирзаев/Mirzayev, Холматов/Холматов/Xolmatov, Собиров/Собиров/Sobirov, Норматов/Норматов/Normatov, Назаров/Назаров/Nazarov, Исмаилов/Исмоилов/Ismoilov, Умаров/Умаров/Umarov, Хасанов/Ҳасанов/Hasanov, Джураев/Жўраев/Jo'rayev, Усманов/Усмонов/Usmonov, Ташпулатов/Тошпўлатов/Toshpo'latov, Алимов/Алимов/Alimov, Рузиев/Рўзиев/Ro'ziyev, Саидов/Саидов/Saidov, Бердиев/Бердиев/Berdiyev, Хайдаров/Ҳайдаров/Haydarov, Закиров/Зокиров/Zokirov, Мадаминов/Мадаминов/Madaminov, Рашидов/Рашидов/Rashidov, Файзиев/Файзиев/Fayziyev, Тошматов/Тошматов/Toshmatov";
const TJ_F =
  'Шабнам/Шабнам, Манижа/Манижа, Фируза/Фирӯза, Нигина/Нигина, Парвина/Парвина, Шахло/Шаҳло, Мунира/Мунира, Тахмина/Таҳмина, Гулрухсор/Гулрухсор, Сабохат/Сабоҳат, Мехрангез/Меҳрангез, Фарангис/Фарангис, Сурайё/Сурайё, Нилуфар/Нилуфар, Зарина/Зарина/Зарка, Мадина/Мадина, Дилором/Дилором, Гулчехра/Гулчеҳра, Мохира/Моҳира, Рухшона/Рухшона, Сарвиноз/Сарвиноз, Нозанин/Нозанин, Мавзуна/Мавзуна, Зебо/Зебо, Шахноза/Шаҳноза, Гулнора/Гулнора, Фотима/Фотима, Бунафша/Бунафша';
const TJ_M =
  'Фаррух/Фаррух, Сухроб/Суҳроб, Джамшед/Ҷамшед, Фирдавс/Фирдавс, Далер/Далер, Искандар/Искандар, Хуршед/Хуршед, Бахтовар/Баҳтовар, Шохрух/Шоҳрух, Манучехр/Манучеҳр, Фаридун/Фаридун, Носир/Носир, Комрон/Комрон, Парвиз/Парвиз, Умед/Умед, Саиджон/Саидҷон, Рустам/Рустам, Зафар/Зафар, Бехруз/Беҳрӯз, Шерали/Шералӣ, Абдуллох/Абдуллоҳ, Мухаммад/Муҳаммад, Идрис/Идрис, Амирхон/Амирхон, Давлат/Давлат, Некруз/Некрӯз';
const TJ_S =
  'Рахимов/Раҳимов, Назаров/Назаров, Саидов/Саидов, Шарипов/Шарипов, Хакимов/Ҳакимов, Рахмонзода/Раҳмонзода, Курбонов/Қурбонов, Давлатов/Давлатов, Содиков/Содиқов, Мирзоев/Мирзоев, Гафуров/Ғафуров, Сафарзода/Сафарзода, Ашуров/Ашӯров, Хусейнзода/Ҳусейнзода, Назарзода/Назарзода, Юсуфзода/Юсуфзода, Шарифзода/Шарифзода, Хасанзода/Ҳасанзода, Курбонзода/Қурбонзода, Одинаев/Одинаев, Каримзода/Каримзода, Султонов/Султонов, Бобоев/Бобоев, Холов/Холов, Махмадалиев/Маҳмадалиев, Джалолов/Ҷалолов, Умаров/Умаров';
const TK_F =
  'Огулгерек/Ogulgerek, Марал/Maral, Джерен/Jeren, Айна/Aýna, Гулялек/Gülälek, Огулбиби/Ogulbibi, Айгуль/Aýgül, Энеджан/Enejan, Мяхри/Mähri, Сельби/Selbi, Огулшат/Ogulşat, Гозель/Gözel, Сона/Sona, Бахар/Bahar, Ляле/Läle, Аннагуль/Annagül, Лейли/Leýli, Джемал/Jemal, Айсолтан/Aýsoltan, Биби/Bibi, Огулджахан/Oguljahan, Мерджен/Merjen, Шасенем/Şasenem, Огулнабат/Ogulnabat, Язгуль/Ýazgül';
const TK_M =
  'Довлет/Döwlet, Мердан/Merdan, Сердар/Serdar, Батыр/Batyr, Мерет/Meret, Атаджан/Atajan, Какаджан/Kakajan, Ресул/Resul, Максат/Maksat, Бегенч/Begenç, Довран/Döwran, Арслан/Arslan, Мурад/Myrat, Оразгельды/Orazgeldi, Шатлык/Şatlyk, Керим/Kerim, Овез/Öwez, Язмурад/Ýazmyrat, Гуванч/Guwanç, Агагельды/Agageldi, Ровшен/Rowşen, Бабагельды/Babageldi, Аман/Aman, Бяшим/Bäşim, Гурбан/Gurban';
const TK_S =
  'Аннаев/Annaýew, Оразов/Orazow, Бердыев/Berdiýew, Мурадов/Myradow, Атаев/Ataýew, Нурмухаммедов/Nurmuhammedow, Гельдыев/Geldiýew, Чарыев/Çaryýew, Сапаров/Saparow, Дурдыев/Durdyýew, Овезов/Öwezow, Байрамов/Baýramow, Караев/Garaýew, Реджепов/Rejepow, Ходжаев/Hojaýew, Акмурадов/Akmyradow, Мамедов/Mämmedow, Ахмедов/Ahmedow, Какаджанов/Kakajanow, Ниязов/Nyýazow, Гурбанов/Gurbanow, Аманов/Amanow';
const RU_F =
  'Анна/Аня, Елена/Лена, Ольга/Оля, Наталья/Наташа, Татьяна/Таня, Ирина/Ира, Светлана/Света, Юлия/Юля, Екатерина/Катя, Мария/Маша, Оксана/Ксюша, Людмила/Люда, Вероника/Ника, Дарья/Даша, Алёна/Алёнка, Кристина/Кристя, Валентина/Валя, Галина/Галя, Надежда/Надя, Виктория/Вика, Ульяна/Уля, Олеся/Леся, Вера/Верочка, Лилия/Лиля';
const RU_M =
  'Алексей/Лёша, Дмитрий/Дима, Сергей/Серёжа, Андрей/Андрюша, Николай/Коля, Игорь/Гоша, Владимир/Вова, Виктор/Витя, Олег/Олежка, Максим/Макс, Роман/Рома, Тарас/Тарасик, Богдан/Бодя, Евгений/Женя, Вадим/Вадик, Станислав/Стас, Артём/Тёма, Константин/Костя, Геннадий/Гена, Юрий/Юра, Вячеслав/Слава, Анатолий/Толя';
const RU_S =
  'Иванов, Смирнов, Кузнецов, Попов, Соколов, Лебедев, Козлов, Новиков, Морозов, Волков, Ковальчук, Шевченко, Бондаренко, Мельник, Ткаченко, Кравченко, Петров, Белов, Гончаренко, Зайцев, Фёдоров, Сидоренко, Коваленко, Романов, Григорьев, Панченко, Литвиненко, Савченко, Полищук, Корнилов, Жуков, Киселёв, Вишневский, Ковалевский, Тарасов, Руденко';
const KORYO_S = 'Ким, Пак, Цой, Ли, Тен, Хан, Шин, Тян, Нам, Когай, Огай, Югай, Пегай, Хегай, Ни, Пай, Мун, Тягай';
const AF_F =
  'Захра/Zahra, Фатима/Fatima, Марьям/Maryam, Парвана/Parwana, Нилофар/Nilofar, Шабана/Shabana, Заргуна/Zarghuna, Фарида/Farida, Мурсаль/Mursal, Гулалай/Gulalai, Хадиджа/Khadija, Масуда/Masooda, Рахима/Rahima, Сомая/Somaya, Мина/Mina, Шаиста/Shaista';
const AF_M =
  'Ахмад/Ahmad, Мохаммад/Mohammad, Хамид/Hamid, Наджибулла/Najibullah, Забихулла/Zabihullah, Джавад/Jawad, Эзатулла/Ezatullah, Карим/Karim, Рахматулла/Rahmatullah, Мирвайс/Mirwais, Шафик/Shafiq, Фарид/Farid, Насир/Nasir, Хабиб/Habib, Самиулла/Samiullah, Вахид/Wahid';
const AF_S =
  'Ахмадзай/Ahmadzai, Попалзай/Popalzai, Станекзай/Stanekzai, Хакими/Hakimi, Султани/Sultani, Рахими/Rahimi, Нури/Noori, Азизи/Azizi, Карими/Karimi, Шарифи/Sharifi, Амири/Amiri, Мохаммади/Mohammadi, Хашими/Hashimi, Вардак/Wardak, Хайдари/Haidari, Садат/Sadat';
const GULF_F =
  'Фатима/Fatima, Мариам/Mariam, Нура/Noura, Шамма/Shamma, Хесса/Hessa, Мейтха/Maitha, Алия/Alia, Амна/Amna, Латифа/Latifa, Мира/Meera';
const GULF_M =
  'Халид/Khalid, Ахмед/Ahmed, Саид/Saeed, Рашид/Rashid, Хамад/Hamad, Обейд/Obaid, Султан/Sultan, Абдулла/Abdulla, Юсеф/Yousef, Салем/Salem, Мансур/Mansoor, Маджид/Majid, Файсал/Faisal, Тарик/Tariq, Хумаид/Humaid';
const GULF_S =
  'аль-Мансури/Al Mansouri, аль-Хашими/Al Hashimi, аль-Фаласи/Al Falasi, ан-Нуайми/Al Nuaimi, ас-Сувейди/Al Suwaidi, аль-Мазруи/Al Mazrouei, аль-Кетби/Al Ketbi, аш-Шамси/Al Shamsi, аз-Захери/Al Dhaheri, аль-Марзуки/Al Marzooqi, аль-Кааби/Al Kaabi, аль-Мухейри/Al Muhairi, аль-Балуши/Al Balushi';
const SA_F = 'Прия/Priya, Айеша/Ayesha, Сана/Sana, Анджали/Anjali, Рубина/Rubina';
const SA_M =
  'Имран/Imran, Раджеш/Rajesh, Асиф/Asif, Суреш/Suresh, Вакар/Waqar, Билал/Bilal, Санджай/Sanjay, Усман/Usman';
const SA_S =
  'Куреши/Qureshi, Наир/Nair, Хан/Khan, Менон/Menon, Чаудхри/Chaudhry, Малик/Malik, Шейх/Sheikh, Пиллаи/Pillai';
const CN_F = 'На/Na, Цзин/Jing, Мин/Min, Ли/Li, Сяоянь/Xiaoyan, Хуэй/Hui, Мэй/Mei, Лин/Ling, Янь/Yan, Сюэ/Xue';
const CN_M = 'Вэй/Wei, Лэй/Lei, Ян/Yang, Цян/Qiang, Цзюнь/Jun, Бо/Bo, Тао/Tao, Хао/Hao, Пэн/Peng, Ган/Gang, Цзе/Jie';
const CN_S =
  'Ван/Wang, Ли/Li, Чжан/Zhang, Лю/Liu, Чэнь/Chen, Чжао/Zhao, Хуан/Huang, Чжоу/Zhou, Ма/Ma, Сунь/Sun, Го/Guo, Линь/Lin, Ху/Hu, Сюй/Xu';
const KR_F =
  'Со Ён/Seo-yeon, Джи Мин/Ji-min, Юна/Yuna, Хе Джин/Hye-jin, Су Бин/Soo-bin, Мин Джи/Min-ji, Ын Джи/Eun-ji, Да Хён/Da-hyun';
const KR_M =
  'Мин Джун/Min-jun, Джи Хун/Ji-hoon, Дон Хён/Dong-hyun, Сон Мин/Sung-min, Джэ Хо/Jae-ho, Хён У/Hyun-woo, Тэ Ян/Tae-yang, Сан Ук/Sang-wook';
const KR_S = 'Ким/Kim, Пак/Park, Ли/Lee, Чхве/Choi, Чон/Jung, Кан/Kang, Юн/Yoon, Хан/Han, Чо/Cho, Шин/Shin, Лим/Lim';
const TR_F =
  'Айше/Ayşe, Фатма/Fatma, Элиф/Elif, Зейнеп/Zeynep, Эмине/Emine, Хатидже/Hatice, Мерве/Merve, Бюшра/Büşra, Гюльсюм/Gülsüm, Шейма/Şeyma, Эсра/Esra, Озлем/Özlem, Дерья/Derya, Севги/Sevgi, Нурджан/Nurcan, Гюлай/Gülay, Хюлья/Hülya, Ясемин/Yasemin, Сонгюль/Songül, Дилек/Dilek, Тугба/Tuğba, Эбру/Ebru, Гамзе/Gamze';
const TR_M =
  'Мехмет/Mehmet, Мустафа/Mustafa, Ахмет/Ahmet, Хюсейин/Hüseyin, Хасан/Hasan, Ибрахим/İbrahim, Мурат/Murat, Эмре/Emre, Бурак/Burak, Серкан/Serkan, Окан/Okan, Юсуф/Yusuf, Омер/Ömer, Кадир/Kadir, Эрджан/Ercan, Толга/Tolga, Джем/Cem, Угур/Uğur, Волкан/Volkan, Энгин/Engin, Али/Ali, Рамазан/Ramazan, Байрам/Bayram, Халил/Halil';
const TR_S =
  'Йылмаз/Yılmaz, Кая/Kaya, Демир/Demir, Шахин/Şahin, Челик/Çelik, Йылдыз/Yıldız, Йылдырым/Yıldırım, Озтюрк/Öztürk, Айдын/Aydın, Оздемир/Özdemir, Арслан/Arslan, Доган/Doğan, Кылыч/Kılıç, Аслан/Aslan, Четин/Çetin, Кара/Kara, Коч/Koç, Курт/Kurt, Озкан/Özkan, Шимшек/Şimşek, Полат/Polat, Коркмаз/Korkmaz, Акташ/Aktaş, Эрен/Eren';

const RUP = { F: parse(RU_F, 'ru'), M: parse(RU_M, 'ru') };
const DATA = {
  kz: { F: parse(KZ_F, 'cyr3'), M: parse(KZ_M, 'cyr3'), S: parse(KZ_S, 'cyr3') },
  kg: { F: parse(KG_F, 'cyr3'), M: parse(KG_M, 'cyr3'), S: parse(KG_S, 'cyr3') },
  uz: { F: parse(UZ_F, 'uz'), M: parse(UZ_M, 'uz'), S: parse(UZ_S, 'uz') },
  tj: { F: parse(TJ_F, 'cyr3'), M: parse(TJ_M, 'cyr3'), S: parse(TJ_S, 'cyr3') },
  tk: { F: parse(TK_F, 'lat'), M: parse(TK_M, 'lat'), S: parse(TK_S, 'lat') },
  ru: { F: RUP.F, M: RUP.M, S: parse(RU_S, 'ru') },
  koryo: { F: RUP.F, M: RUP.M, S: parse(KORYO_S, 'ru') },
  af: { F: parse(AF_F, 'lat'), M: parse(AF_M, 'lat'), S: parse(AF_S, 'lat') },
  gulf: { F: parse(GULF_F, 'lat'), M: parse(GULF_M, 'lat'), S: parse(GULF_S, 'lat') },
  sa: { F: parse(SA_F, 'lat'), M: parse(SA_M, 'lat'), S: parse(SA_S, 'lat') },
  cn: { F: parse(CN_F, 'lat'), M: parse(CN_M, 'lat'), S: parse(CN_S, 'lat') },
  kr: { F: parse(KR_F, 'lat'), M: parse(KR_M, 'lat'), S: parse(KR_S, 'lat') },
  tr: { F: parse(TR_F, 'lat'), M: parse(TR_M, 'lat'), S: parse(TR_S, 'lat') },
};

// which origins a text in a given language mentions (weights)
const MIX = {
  ru: { kz: 22, kg: 15, uz: 18, tj: 14, tk: 6, ru: 12, koryo: 5, af: 3, gulf: 2, tr: 2, cn: 1, kr: 1, sa: 1 },
  en: { kz: 14, kg: 12, uz: 14, tj: 12, tk: 8, ru: 6, koryo: 3, af: 10, gulf: 8, tr: 4, cn: 3, kr: 3, sa: 3 },
  kk: { kz: 72, uz: 7, kg: 6, ru: 8, koryo: 3, tr: 2, gulf: 2 },
  ky: { kg: 72, kz: 7, uz: 8, ru: 8, koryo: 3, tr: 2 },
  uz: { uz: 76, tj: 6, kz: 5, kg: 4, ru: 5, tr: 2, kr: 2 },
  tg: { tj: 76, uz: 9, af: 8, ru: 5, gulf: 2 },
  tr: { tr: 45, tk: 12, uz: 12, kz: 10, kg: 8, tj: 5, af: 3, ru: 5 },
  tk: { tk: 76, tr: 10, uz: 7, ru: 5, gulf: 2 },
};

// ------------------------------------------------------------------ Russian declension
const CI = { gen: 0, dat: 1, acc: 2, ins: 3, pre: 4 };
function declSur(w, g, cas, nounLike) {
  const i = CI[cas];
  if (g === 'm') {
    if (!nounLike && /(ов|ев|ёв|ин|ын)$/.test(w)) return w + ['а', 'у', 'а', 'ым', 'е'][i];
    if (!nounLike && /(ский|цкий)$/.test(w)) return w.slice(0, -2) + ['ого', 'ому', 'ого', 'им', 'ом'][i];
    if (/[аеёиоуыэюя]$/.test(w)) return w;
    if (/[йь]$/.test(w)) return w.slice(0, -1) + ['я', 'ю', 'я', 'ем', 'е'][i];
    if (/[жшчщц]$/.test(w)) return w + ['а', 'у', 'а', 'ем', 'е'][i];
    return w + ['а', 'у', 'а', 'ом', 'е'][i];
  }
  if (nounLike) return w;
  if (/(ова|ева|ёва|ина|ына)$/.test(w)) return w.slice(0, -1) + ['ой', 'ой', 'у', 'ой', 'ой'][i];
  if (/(ская|цкая)$/.test(w)) return w.slice(0, -2) + ['ой', 'ой', 'ую', 'ой', 'ой'][i];
  return w;
}
function declGiven(w, g, cas) {
  const i = CI[cas];
  if (/ия$/.test(w)) return w.slice(0, -1) + ['и', 'и', 'ю', 'ей', 'и'][i];
  if (/я$/.test(w)) return w.slice(0, -1) + ['и', 'е', 'ю', 'ей', 'е'][i];
  if (/а$/.test(w)) {
    const pr = w[w.length - 2];
    const gi = /[гкхжшчщ]/.test(pr) ? 'и' : 'ы';
    const ins = /[жшчщц]/.test(pr) ? 'ей' : 'ой';
    return w.slice(0, -1) + [gi, 'е', 'у', ins, 'е'][i];
  }
  if (g === 'f') return w;
  if (/ий$/.test(w)) return w.slice(0, -1) + ['я', 'ю', 'я', 'ем', 'и'][i];
  if (/[йь]$/.test(w)) return w.slice(0, -1) + ['я', 'ю', 'я', 'ем', 'е'][i];
  if (/[аеёиоуыэюяӣӯ]$/.test(w)) return w;
  if (/[жшчщц]$/.test(w)) return w + ['а', 'у', 'а', 'ем', 'е'][i];
  return w + ['а', 'у', 'а', 'ом', 'е'][i];
}
function declPat(w, g, cas) {
  const i = CI[cas];
  if (g === 'm' && /ич$/.test(w)) return w + ['а', 'у', 'а', 'ем', 'е'][i];
  if (g === 'f' && /на$/.test(w)) return w.slice(0, -1) + ['ы', 'е', 'у', 'ой', 'е'][i];
  return w;
}
const SPEC_PAT = {
  Дмитрий: ['Дмитриевич', 'Дмитриевна'],
  Юрий: ['Юрьевич', 'Юрьевна'],
  Евгений: ['Евгеньевич', 'Евгеньевна'],
  Геннадий: ['Геннадьевич', 'Геннадьевна'],
  Анатолий: ['Анатольевич', 'Анатольевна'],
};
function ruPat(n, g) {
  if (SPEC_PAT[n]) return SPEC_PAT[n][g === 'm' ? 0 : 1];
  if (/[йь]$/.test(n)) return n.slice(0, -1) + (g === 'm' ? 'евич' : 'евна');
  if (/[жшчщц]$/.test(n)) return n + (g === 'm' ? 'евич' : 'евна');
  return n + (g === 'm' ? 'ович' : 'овна');
}
const fatherOk = (E) =>
  !/\s/.test(E.ru) &&
  (/[бвгджзклмнпрстфхцчшщ]$/.test(E.ru) || (/[йь]$/.test(E.ru) && !/ий$/.test(E.ru)) || !!SPEC_PAT[E.ru]);

// ------------------------------------------------------------------ Turkic case endings
function kkFront(w) {
  for (let i = w.length - 1; i >= 0; i--) {
    const ch = w[i].toLowerCase();
    if ('аоұыуяё'.includes(ch)) return false;
    if ('әөүіеэию'.includes(ch)) return true;
  }
  return false;
}
function kkSuf(w, suf) {
  let last = w.slice(-1).toLowerCase();
  let front = kkFront(w);
  if (last === 'ь') {
    last = 'л';
    front = true;
  }
  const V = 'аәеиоөұүыіэяюё'.includes(last);
  const nas = 'мнң'.includes(last);
  const son = 'лрйузж'.includes(last);
  const A = front ? 'е' : 'а',
    Y = front ? 'і' : 'ы';
  switch (suf) {
    case 'dat':
      return w + (V || nas || son ? (front ? 'ге' : 'ға') : front ? 'ке' : 'қа');
    case 'acc':
      return w + (V ? 'н' + Y : nas || son ? 'д' + Y : 'т' + Y);
    case 'gen':
      return w + (V || nas ? 'н' + Y + 'ң' : son ? 'д' + Y + 'ң' : 'т' + Y + 'ң');
    case 'abl':
      return w + (V || son ? 'д' + A + 'н' : nas ? 'н' + A + 'н' : 'т' + A + 'н');
    case 'loc':
      return w + (V || son || nas ? 'д' + A : 'т' + A);
    case 'com':
      return w + (V || nas || 'лрйу'.includes(last) ? 'мен' : 'зж'.includes(last) ? 'бен' : 'пен');
  }
  throw new Error('kk suffix ' + suf);
}
function kyHarm(w) {
  for (let i = w.length - 1; i >= 0; i--) {
    const ch = w[i].toLowerCase();
    if ('аыя'.includes(ch)) return 'a';
    if ('оуёю'.includes(ch)) return 'o';
    if ('еиэ'.includes(ch)) return 'e';
    if ('өү'.includes(ch)) return 'ö';
  }
  return 'a';
}
function kySuf(w, suf) {
  const last = w.slice(-1).toLowerCase();
  const VV = { a: ['а', 'ы'], o: ['о', 'у'], e: ['е', 'и'], ö: ['ө', 'ү'] }[kyHarm(w)];
  const V = 'аеёиоөуүыэюя'.includes(last);
  const vl = 'кпстфхцчшщ'.includes(last);
  switch (suf) {
    case 'dat':
      return w + (vl ? 'к' : 'г') + VV[0];
    case 'acc':
      return w + (V ? 'н' : vl ? 'т' : 'д') + VV[1];
    case 'gen':
      return w + (V ? 'н' : vl ? 'т' : 'д') + VV[1] + 'н';
    case 'abl':
      return w + (vl ? 'т' : 'д') + VV[0] + 'н';
    case 'loc':
      return w + (vl ? 'т' : 'д') + VV[0];
  }
  throw new Error('ky suffix ' + suf);
}
function uzlSuf(w, suf) {
  switch (suf) {
    case 'dat':
      return w + (/k$/i.test(w) ? 'ka' : /q$/i.test(w) ? 'qa' : 'ga');
    case 'acc':
      return w + 'ni';
    case 'gen':
      return w + 'ning';
    case 'abl':
      return w + 'dan';
    case 'loc':
      return w + 'da';
  }
  throw new Error('uz suffix ' + suf);
}
function uzcSuf(w, suf) {
  switch (suf) {
    case 'dat':
      return w + (/к$/i.test(w) ? 'ка' : /қ$/i.test(w) ? 'қа' : 'га');
    case 'acc':
      return w + 'ни';
    case 'gen':
      return w + 'нинг';
    case 'abl':
      return w + 'дан';
    case 'loc':
      return w + 'да';
  }
  throw new Error('uzc suffix ' + suf);
}
function tgSuf(w, suf) {
  if (suf === 'ro') return w + 'ро';
  if (suf === 'iz') return w + 'и';
  throw new Error('tg suffix ' + suf);
}
function tkFront(w) {
  for (let i = w.length - 1; i >= 0; i--) {
    const ch = w[i].toLowerCase();
    if ('aouy'.includes(ch)) return false;
    if ('eäiöü'.includes(ch)) return true;
  }
  return false;
}
function tkSuf(w, suf) {
  const last = w.slice(-1).toLowerCase();
  const front = tkFront(w);
  const V = 'aeäioöuüy'.includes(last);
  switch (suf) {
    case 'acc':
      return w + (V ? (front ? 'ni' : 'ny') : front ? 'i' : 'y');
    case 'gen':
      return w + (V ? (front ? 'niň' : 'nyň') : front ? 'iň' : 'yň');
    case 'loc':
      return w + (front ? 'de' : 'da');
    case 'abl':
      return w + (front ? 'den' : 'dan');
  }
  throw new Error('tk suffix ' + suf);
}
function trSuf(w, cas) {
  const lw = w.toLocaleLowerCase('tr-TR');
  const last = lw.slice(-1);
  let lv = 'e';
  for (let i = lw.length - 1; i >= 0; i--)
    if ('aeıioöuü'.includes(lw[i])) {
      lv = lw[i];
      break;
    }
  const back = 'aıou'.includes(lv),
    round = 'oöuü'.includes(lv);
  const A = back ? 'a' : 'e';
  const I = back ? (round ? 'u' : 'ı') : round ? 'ü' : 'i';
  const V = 'aeıioöuü'.includes(last);
  const hard = 'fstkçşhp'.includes(last);
  switch (cas) {
    case 'dat':
      return "'" + (V ? 'y' : '') + A;
    case 'acc':
      return "'" + (V ? 'y' : '') + I;
    case 'gen':
      return "'" + (V ? 'n' : '') + I + 'n';
    case 'abl':
      return "'" + (hard ? 't' : 'd') + A + 'n';
    case 'loc':
      return "'" + (hard ? 't' : 'd') + A;
    case 'ins':
      return "'" + (V ? 'y' : '') + 'l' + A;
  }
  throw new Error('tr suffix ' + cas);
}
const SUFFIX = { kk: kkSuf, ky: kySuf, uzl: uzlSuf, uzc: uzcSuf, tg: tgSuf, tk: tkSuf };

// ------------------------------------------------------------------ people
const SLAVIC_SUR = new Set(['kz', 'kg', 'uz', 'tj', 'tk', 'ru']);
const NO_PAT = new Set(['af', 'gulf', 'tr', 'cn', 'kr', 'sa']);
const LATNAT = new Set(['af', 'gulf', 'cn', 'kr', 'sa']);
const CTY = {
  kz: 'kz',
  kg: 'kg',
  uz: 'uz',
  tj: 'tj',
  tk: 'tm',
  ru: 'ru',
  af: 'af',
  gulf: 'ae',
  tr: 'tr',
  cn: 'cn',
  kr: 'kr',
  sa: 'pk',
};
const femCyr = (s) => (/(ов|ев|ёв|ин|ын)$/.test(s) ? s + 'а' : /(ский|цкий)$/.test(s) ? s.slice(0, -2) + 'ая' : s);
const femLat = (s) => (/(ov|ev|ow|ew|in|yn)$/.test(s) ? s + 'a' : s);
let CUR = { lang: 'ru' };

class Person {
  constructor(o, g, opt = {}) {
    const D = DATA[o];
    if (!D) throw new Error('unknown origin ' + o);
    this.o = o;
    this.g = g;
    const used = CUR.used || new Set();
    const G_POOL = g === 'f' ? D.F : D.M;
    this.G = pick(G_POOL);
    for (let i = 0; i < 12 && used.has('g:' + this.G.ru); i++) this.G = pick(G_POOL);
    this.S = pick(D.S);
    for (let i = 0; i < 12 && used.has('s:' + this.S.ru); i++) this.S = pick(D.S);
    used.add('g:' + this.G.ru);
    used.add('s:' + this.S.ru);
    const wantDbl = opt.dbl || (g === 'f' && chance(0.04));
    this.S2 = wantDbl && !['cn', 'kr', 'gulf', 'af', 'sa'].includes(o) ? pick(D.S.filter((x) => x !== this.S)) : null;
    this.F = NO_PAT.has(o) ? null : pick(D.M.filter((x) => fatherOk(x) && x.ru !== this.G.ru));
    this.by = ri(1974, 2005);
    this.bm = ri(1, 12);
    this.bd = ri(1, 28);
    this.enVar = pick(['pop', 'pop', 'simple', 'icao']);
    this.fold = chance(0.3);
    this.iSep = chance(0.35) ? ' ' : '';
    this.cty = o === 'koryo' ? pick(['kz', 'uz', 'ru']) : CTY[o];
  }
  femEntry(E) {
    if (this.g !== 'f' || !SLAVIC_SUR.has(this.o)) return E;
    return {
      ru: femCyr(E.ru),
      nat: isCyr(E.nat) ? femCyr(E.nat) : femLat(E.nat),
      uzc: E.uzc ? femCyr(E.uzc) : E.uzc,
      dim: null,
    };
  }
  /** one name element (given, surname, father) in the orthography of `lg` */
  loc(E, lg) {
    const o = this.o;
    const cyrNat = o === 'kz' || o === 'kg' || o === 'tj';
    const enMap = this.enVar === 'icao' ? EN_ICAO : EN_POP;
    const enOpt = this.enVar === 'pop' ? { ye: 'ye' } : {};
    switch (lg) {
      case 'ru':
        return E.ru;
      case 'kk':
        return o === 'kz' || o === 'kg' ? E.nat : E.ru;
      case 'ky':
        return o === 'kg' ? E.nat : E.ru;
      case 'tg':
        return o === 'tj' ? E.nat : o === 'uz' ? E.uzc.replace(/ў/g, 'ӯ').replace(/Ў/g, 'Ӯ') : E.ru;
      case 'uzc':
        return o === 'uz'
          ? E.uzc
          : o === 'tj'
            ? E.nat.replace(/ӯ/g, 'ў').replace(/ӣ/g, 'ий').replace(/ҷ/g, 'ж').replace(/Ҷ/g, 'Ж')
            : E.ru;
      case 'uzl':
        if (o === 'uz' || o === 'tk' || o === 'tr' || LATNAT.has(o)) return E.nat;
        return tl(cyrNat ? E.nat : E.ru, UZ_FROM_CYR, { ye: 'ye' });
      case 'tk':
        if (o === 'tk' || o === 'tr' || LATNAT.has(o)) return E.nat;
        if (o === 'uz') return E.nat.replace(/'/g, '');
        return tl(cyrNat ? E.nat : E.ru, TK_FROM_CYR, { ye: 'ýe' });
      case 'tr':
        if (o === 'tr' || o === 'tk' || LATNAT.has(o)) return E.nat;
        if (o === 'uz') return E.nat.replace(/'/g, '');
        return tl(cyrNat ? E.nat : E.ru, TR_FROM_CYR, { ye: 'ye' });
      case 'en':
        if (o === 'tk') return this.fold ? tl(E.nat, TK_FOLD) : E.nat;
        if (o === 'tr') return this.fold ? fold(E.nat) : E.nat;
        if (LATNAT.has(o)) return E.nat;
        return tl(E.ru, enMap, enOpt);
      case 'icao': {
        let s;
        if (o === 'uz' || o === 'tk' || o === 'tr' || LATNAT.has(o)) s = E.nat;
        else s = tl(E.ru, EN_ICAO);
        return fold(s).toUpperCase();
      }
      case 'kk18':
        return o === 'kz' ? tl(E.nat, KK18) : this.loc(E, 'en');
      case 'kk21':
        return o === 'kz' ? tl(E.nat, KK21) : this.loc(E, 'en');
    }
    throw new Error('lg ' + lg);
  }
  given(lg) {
    return this.loc(this.G, lg);
  }
  sur(lg) {
    let s = this.loc(this.femEntry(this.S), lg);
    if (this.S2) s += '-' + this.loc(this.femEntry(this.S2), lg);
    return s;
  }
  dimIn(lg) {
    const d = this.G.dim;
    if (!d) return this.given(lg);
    if (['ru', 'kk', 'ky', 'tg', 'uzc'].includes(lg)) return isCyr(d) ? d : this.given(lg);
    if (!isCyr(d)) return d;
    if (lg === 'uzl') return tl(d, UZ_FROM_CYR, { ye: 'ye' });
    if (lg === 'tk') return tl(d, TK_FROM_CYR, { ye: 'ýe' });
    if (lg === 'tr') return tl(d, TR_FROM_CYR, { ye: 'ye' });
    if (lg === 'icao') return fold(tl(d, EN_ICAO)).toUpperCase();
    return tl(d, EN_POP, { ye: 'ye' });
  }
  /** Russian-style patronymic tokens (or the native equivalent where documents use it) */
  patToks(lg) {
    if (!this.F) return [];
    const m = this.g === 'm';
    const F = this.F;
    switch (lg) {
      case 'ru':
        return [{ w: ruPat(F.ru, this.g), r: 'p' }];
      case 'kk':
        return this.o === 'kz' ? [{ w: F.nat + (m ? 'ұлы' : 'қызы'), r: 'x' }] : [{ w: ruPat(F.ru, this.g), r: 'p' }];
      case 'ky':
        return [{ w: ruPat(this.o === 'kg' ? F.nat : F.ru, this.g), r: 'p' }];
      case 'tg':
        return [{ w: ruPat(this.o === 'tj' ? F.nat : F.ru, this.g), r: 'p' }];
      case 'uzc':
        return this.o === 'uz'
          ? [
              { w: F.uzc, r: 'x' },
              { w: m ? 'ўғли' : 'қизи', r: 'x' },
            ]
          : [{ w: ruPat(F.ru, this.g), r: 'p' }];
      case 'uzl':
        return this.o === 'uz'
          ? [
              { w: F.nat, r: 'x' },
              { w: m ? "o'g'li" : 'qizi', r: 'x' },
            ]
          : [{ w: tl(ruPat(F.ru, this.g), UZ_FROM_CYR), r: 'x' }];
      case 'tk':
        return this.o === 'tk'
          ? [{ w: F.nat + (m ? 'owiç' : 'owna'), r: 'x' }]
          : [{ w: tl(ruPat(F.ru, this.g), TK_FROM_CYR), r: 'x' }];
      case 'en':
        return [{ w: tl(ruPat(F.ru, this.g), this.enVar === 'icao' ? EN_ICAO : EN_POP), r: 'x' }];
      case 'icao':
        return [{ w: fold(tl(ruPat(F.ru, this.g), EN_ICAO)).toUpperCase(), r: 'x' }];
      case 'kk18':
      case 'kk21':
        return this.o === 'kz'
          ? [{ w: tl(F.nat + (m ? 'ұлы' : 'қызы'), lg === 'kk18' ? KK18 : KK21), r: 'x' }]
          : [{ w: tl(ruPat(F.ru, this.g), EN_POP), r: 'x' }];
    }
    return [];
  }
  /** native patronymic words: уулу/кызы, o'g'li/qizi, ogly/gyzy, -ұлы/-қызы */
  natPat(lg) {
    if (!this.F) return [];
    const m = this.g === 'm';
    const F = this.loc(this.F, lg);
    const x = (w) => ({ w, r: 'x' });
    switch (this.o) {
      case 'kz':
        if (lg === 'kk') return [x(this.F.nat + (m ? 'ұлы' : 'қызы'))];
        if (lg === 'ru') return [x(F + (m ? 'улы' : 'кызы'))];
        if (['en', 'kk18', 'kk21', 'tr', 'tk', 'uzl'].includes(lg)) return [x(F + (m ? 'uly' : 'qyzy'))];
        break;
      case 'kg':
        if (['ky', 'ru', 'kk', 'tg', 'uzc'].includes(lg)) return [x(F), x(m ? 'уулу' : 'кызы')];
        return [x(F), x(m ? 'uulu' : 'kyzy')];
      case 'uz':
        if (lg === 'uzl') return [x(F), x(m ? "o'g'li" : 'qizi')];
        if (lg === 'uzc') return [x(F), x(m ? 'ўғли' : 'қизи')];
        if (['ru', 'kk', 'ky', 'tg'].includes(lg)) return [x(F), x(m ? 'угли' : 'кизи')];
        return [x(F), x(m ? 'ugli' : 'qizi')];
      case 'tk':
        if (['ru', 'kk', 'ky', 'tg', 'uzc'].includes(lg)) return [x(F), x(m ? 'оглы' : 'гызы')];
        return [x(F), x(m ? 'ogly' : 'gyzy')];
    }
    return this.patToks(lg);
  }
  initials(lg) {
    const gi = [...this.given(lg)][0] + '.';
    if (!this.F) return gi;
    const pt = this.patToks(lg);
    let fi;
    if (this.o === 'uz' && (lg === 'uzl' || lg === 'uzc')) fi = [...this.loc(this.F, lg)][0];
    else if (pt.length) fi = [...pt[0].w][0];
    else return gi;
    return gi + this.iSep + fi + '.';
  }
  toks(lg, form) {
    const g = { w: this.given(lg), r: 'g' };
    const s = { w: this.sur(lg), r: 's' };
    const east = this.o === 'cn' || this.o === 'kr';
    switch (form) {
      case 'g':
        return [g];
      case 'dim':
        return [{ w: this.dimIn(lg), r: 'g' }];
      case 's':
        return [s];
      case 'gs':
        return east ? [s, g] : [g, s];
      case 'sg':
        return [s, g];
      case 'sgp':
        return [s, g, ...this.patToks(lg)];
      case 'sgn':
        return [s, g, ...this.natPat(lg)];
      case 'gps':
        return [g, ...this.patToks(lg), s];
      case 'gp':
        return [g, ...this.patToks(lg)];
      case 'p':
        return this.patToks(lg).length ? this.patToks(lg) : [g];
      case 'pat':
        return [g, ...this.natPat(lg)];
      case 'patf':
        return [...this.natPat(lg), g];
      case 'si':
        return [s, { w: this.initials(lg), r: 'x' }];
      case 'is':
        return [{ w: this.initials(lg), r: 'x' }, s];
      case 'gsi':
        return [g, { w: [...s.w][0] + '.', r: 'x' }];
    }
    throw new Error('form ' + form);
  }
  /** n(lg, form, caseOrSuffix?, opts?) or n(lg, form, opts) */
  n(lg, form = 'gs', a, b) {
    let x = null,
      o = {};
    if (a && typeof a === 'object') o = a;
    else {
      x = a || null;
      o = b || {};
    }
    let t = this.toks(lg, form);
    if (lg === 'ru' && x && x !== 'nom') t = t.map((k) => ({ w: this.declTok(k, x), r: k.r }));
    let s = t.map((k) => k.w).join(' ');
    if (lg !== 'ru' && x && x !== 'nom') {
      if (!SUFFIX[lg]) throw new Error('no suffixes for ' + lg);
      s = SUFFIX[lg](s, x);
    }
    if (o.caps) s = lg === 'tr' ? s.toLocaleUpperCase('tr-TR') : s.toUpperCase();
    if (o.low) s = lg === 'tr' ? s.toLocaleLowerCase('tr-TR') : s.toLowerCase();
    return s;
  }
  declTok(k, cas) {
    if (this.o === 'cn' || this.o === 'kr') return k.w;
    if (k.r === 'x') return k.w;
    if (k.r === 's') {
      if (['af', 'gulf', 'sa'].includes(this.o)) return k.w;
      const nounLike = this.o === 'tr' || this.o === 'koryo';
      return k.w
        .split('-')
        .map((part) => declSur(part, this.g, cas, nounLike && !SLAVIC_SUR.has(this.o)))
        .join('-');
    }
    if (k.r === 'g') return /\s/.test(k.w) ? k.w : declGiven(k.w, this.g, cas);
    if (k.r === 'p') return declPat(k.w, this.g, cas);
    return k.w;
  }
  ru(f, a, b) {
    return this.n('ru', f, a, b);
  }
  kk(f, a, b) {
    return this.n('kk', f, a, b);
  }
  ky(f, a, b) {
    return this.n('ky', f, a, b);
  }
  uz(f, a, b) {
    return this.n('uzl', f, a, b);
  }
  uzc(f, a, b) {
    return this.n('uzc', f, a, b);
  }
  tg(f, a, b) {
    return this.n('tg', f, a, b);
  }
  tk(f, a, b) {
    return this.n('tk', f, a, b);
  }
  tr(f, a) {
    return this.n('tr', f, a);
  }
  en(f, a) {
    return this.n('en', f, a);
  }
}
function younger(child, parent) {
  if (parent.by > 1988) parent.by = ri(1962, 1980);
  child.by = Math.min(2006, parent.by + ri(19, 27));
}

// ------------------------------------------------------------------ dates
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
const TK_MON = [
  'ýanwar',
  'fewral',
  'mart',
  'aprel',
  'maý',
  'iýun',
  'iýul',
  'awgust',
  'sentýabr',
  'oktýabr',
  'noýabr',
  'dekabr',
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
const MON3 = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];
function fmtDate(y, m, d, lg, style) {
  if (lg === 'uz') lg = 'uzl';
  switch (style) {
    case 'dmy':
      return `${pad(d)}.${pad(m)}.${y}`;
    case 'y':
      return String(y);
    case 'iso':
      return `${y}-${pad(m)}-${pad(d)}`;
    case 'slash':
      return `${pad(d)}/${pad(m)}/${y}`;
    case 'sp':
      return `${pad(d)} ${pad(m)} ${y}`;
    case 'mrz':
      return `${String(y).slice(2)}${pad(m)}${pad(d)}`;
    case 'ddmon':
      return `${pad(d)}${MON3[m - 1]}`;
    case 'ddmony':
      return `${pad(d)}${MON3[m - 1]}${String(y).slice(2)}`;
    case 'enus':
      return `${EN_MON[m - 1]} ${d}, ${y}`;
    case 'long':
      switch (lg) {
        case 'ru':
          return `${d} ${RU_MON_GEN[m - 1]} ${y}`;
        case 'kk':
          return `${d} ${KK_MON[m - 1]} ${y}`;
        case 'uzl':
          return `${d}-${UZ_MON[m - 1]} ${y}`;
        case 'uzc':
          return `${d} ${UZC_MON[m - 1]} ${y}`;
        case 'tg':
          return `${d} ${TG_MON[m - 1]}и ${y}`;
        case 'tk':
          return `${d}-nji ${TK_MON[m - 1]} ${y}`;
        case 'tr':
          return `${d} ${TR_MON[m - 1]} ${y}`;
        case 'en':
          return `${d} ${EN_MON[m - 1]} ${y}`;
        default:
          return `${pad(d)}.${pad(m)}.${y}`;
      }
  }
  throw new Error('date style ' + style);
}

// ------------------------------------------------------------------ identifiers
function luhn(prefix, len = 16) {
  let s = prefix;
  while (s.length < len - 1) s += String(ri(0, 9));
  let sum = 0;
  for (let i = 0; i < s.length; i++) {
    let d = +s[s.length - 1 - i];
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return s + String((10 - (sum % 10)) % 10);
}
function ibanCheck(cc, bban) {
  const re = (bban + cc + '00')
    .toUpperCase()
    .split('')
    .map((ch) => (/[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch))
    .join('');
  let r = 0;
  for (const ch of re) r = (r * 10 + +ch) % 97;
  return pad(98 - r, 2);
}
function mrzCheck(s) {
  const w = [7, 3, 1];
  let sum = 0;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    const v = ch === '<' ? 0 : /[0-9]/.test(ch) ? +ch : ch.charCodeAt(0) - 55;
    sum += v * w[i % 3];
  }
  return String(sum % 10);
}
const MRZC = {
  kz: 'KAZ',
  kg: 'KGZ',
  uz: 'UZB',
  tj: 'TJK',
  tm: 'TKM',
  ru: 'RUS',
  af: 'AFG',
  ae: 'ARE',
  tr: 'TUR',
  cn: 'CHN',
  kr: 'KOR',
  pk: 'PAK',
};
const mrzName = (s) =>
  fold(s)
    .toUpperCase()
    .replace(/[^A-Z]+/g, '<')
    .replace(/^<+|<+$/g, '');
const grp = (n, sep = ' ') => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, sep);

// ------------------------------------------------------------------ fillers and generators used by templates
const RU_ST_GEN = [
  'Абая',
  'Толе би',
  'Сейфуллина',
  'Навои',
  'Байтурсынова',
  'Ленина',
  'Гагарина',
  'Фурманова',
  'Розыбакиева',
  'Ауэзова',
  'Манаса',
  'Токтогула',
  'Ибраимова',
  'Джамбула',
  'Шота Руставели',
  'Амира Темура',
  'Бабура',
  'Айни',
  'Кирова',
  'Пушкина',
  'Сатпаева',
  'Байзакова',
  'Тимирязева',
  'Курманжан Датки',
  'Фрунзе',
  'Боконбаева',
  'Муканова',
  'Рудаки',
];
const RU_ST_ADJ = ['Московская', 'Советская', 'Киевская', 'Заводская', 'Садовая', 'Школьная'];
const RU_AV = [
  'Достык',
  'Абая',
  'Аль-Фараби',
  'Райымбека',
  'Чуй',
  'Манаса',
  'Жибек Жолу',
  'Мира',
  'Рудаки',
  'Исмоили Сомони',
  'Мустакиллик',
  'Назарбаева',
  'Республики',
  'Туран',
];
const RU_MKR = [
  'Самал-2',
  'Аксай-4',
  'Орбита-3',
  'Жетысу-1',
  'Джал-23',
  'Восток-5',
  'Асанбай',
  'Таугуль-2',
  'Кок-Жар',
  'Аламедин-1',
  'Юнусабад-14',
  'Чиланзар-9',
  'Сергели-7',
  'Тастак-2',
  'Нурсат',
  'Шугыла',
  'Кулагер',
  '12',
  '8',
  '5',
];
const NICK = {
  m: {
    ru: [
      'Бахо',
      'Саня Турок',
      'Султан',
      'Тимур Дубайский',
      'Кореец',
      'Жека',
      'Баха',
      'Чёрный Тимур',
      'Хан',
      'Дядя Миша',
      'Малой',
    ],
    en: ['Bakho', 'Sultan', 'Tiko', 'Shakh', 'Jeka', 'Baha', 'Uncle Tima', 'Doctor'],
    kk: ['Сұлтан', 'Бахо', 'Қара Темір', 'Бекзат-Дубай', 'Шеф-Ерлан'],
    uz: ['Baxo', 'Sulton', 'Toshkentlik Bek', 'Jasur-Koreya', 'Qora Temur'],
  },
  f: {
    ru: ['Мама Люда', 'Тётя Зина', 'Гуля-Стамбул', 'Дилька', 'Шахиня', 'Лола-Дубай', 'Мадам Роза', 'Апашка'],
    en: ['Mama Lyuda', 'Lola Dubai', 'Madam Roza', 'Dilya', 'Auntie Gulya'],
    kk: ['Мама Люда', 'Айка-Стамбул', 'Мадам Роза'],
    uz: ['Lola-Dubay', 'Madam Gulya', 'Opa-Dubay'],
  },
};

const C = {
  ri,
  pick,
  chance,
  dg,
  pad,
  rows,
  f(o, opt) {
    return new Person(o || wpick(MIX[CUR.lang]), 'f', opt);
  },
  m(o, opt) {
    return new Person(o || wpick(MIX[CUR.lang]), 'm', opt);
  },
  p(o, opt) {
    return chance(0.5) ? C.f(o, opt) : C.m(o, opt);
  },
  year: () => ri(2019, 2024),
  age: () => ri(17, 41),
  yrs() {
    const n = ri(17, 41),
      d = n % 10,
      dd = n % 100;
    return `${n} ${dd >= 11 && dd <= 14 ? 'лет' : d === 1 ? 'год' : d >= 2 && d <= 4 ? 'года' : 'лет'}`;
  },
  time: () => `${pad(ri(0, 23))}:${pad(ri(0, 59))}`,
  monPre: () => pick(RU_MON_PRE),
  range() {
    const a = Date.UTC(ri(2019, 2022), ri(0, 11), ri(1, 28));
    const b = a + ri(20, 500) * 86400000;
    const f = (t) => {
      const d = new Date(t);
      return `${pad(d.getUTCDate())}.${pad(d.getUTCMonth() + 1)}.${d.getUTCFullYear()}`;
    };
    return [f(a), f(b)];
  },
  date(lg, style) {
    const y = ri(2019, 2024),
      m = ri(1, 12),
      d = ri(1, 28);
    if (lg === 'uz') lg = 'uzl';
    if (style) return fmtDate(y, m, d, lg, style);
    switch (lg) {
      case 'ru':
        return chance(0.5) ? fmtDate(y, m, d, 'ru', 'dmy') : `${d} ${RU_MON_GEN[m - 1]} ${y} года`;
      case 'kk':
        return chance(0.5) ? `${fmtDate(y, m, d, 'kk', 'dmy')} ж.` : `${y} жылғы ${d} ${kkSuf(KK_MON[m - 1], 'loc')}`;
      case 'ky':
        return `${fmtDate(y, m, d, 'ky', 'dmy')}-ж.`;
      case 'uzl':
        return chance(0.5) ? fmtDate(y, m, d, 'uzl', 'dmy') : `${y}-yil ${d}-${UZ_MON[m - 1]}`;
      case 'uzc':
        return chance(0.5) ? fmtDate(y, m, d, 'uzc', 'dmy') : `${y} йил ${d} ${UZC_MON[m - 1]}`;
      case 'tg':
        return chance(0.5) ? fmtDate(y, m, d, 'tg', 'dmy') : `${d} ${TG_MON[m - 1]}и ${y}`;
      case 'tk':
        return fmtDate(y, m, d, 'tk', 'dmy');
      case 'tr':
        return chance(0.5) ? fmtDate(y, m, d, 'tr', 'dmy') : `${d} ${TR_MON[m - 1]} ${y}`;
      case 'en':
        return pick([fmtDate(y, m, d, 'en', 'long'), fmtDate(y, m, d, 'en', 'enus'), fmtDate(y, m, d, 'en', 'iso')]);
    }
    return fmtDate(y, m, d, lg, 'dmy');
  },
  dob(p, lg, style) {
    return fmtDate(p.by, p.bm, p.bd, lg, style || 'dmy');
  },
  dt() {
    let t = Date.UTC(ri(2019, 2024), ri(0, 11), ri(1, 28), ri(7, 21), ri(0, 59), ri(0, 59));
    return {
      s(fmt) {
        t += ri(1, 40) * 60000 + ri(0, 59) * 1000;
        const d = new Date(t);
        const Y = d.getUTCFullYear(),
          M = d.getUTCMonth() + 1,
          D = d.getUTCDate(),
          h = d.getUTCHours(),
          m = d.getUTCMinutes(),
          s = d.getUTCSeconds();
        switch (fmt) {
          case 'wa_ios':
            return `${pad(D)}.${pad(M)}.${Y}, ${pad(h)}:${pad(m)}:${pad(s)}`;
          case 'wa_and':
            return `${pad(D)}.${pad(M)}.${Y}, ${pad(h)}:${pad(m)} -`;
          case 'wa_tr':
            return `${pad(D)}.${pad(M)}.${Y} ${pad(h)}:${pad(m)}`;
          case 'tg':
            return `${pad(D)}.${pad(M)}.${String(Y).slice(2)} ${pad(h)}:${pad(m)}`;
          case 'iso':
            return `${Y}-${pad(M)}-${pad(D)} ${pad(h)}:${pad(m)}:${pad(s)}`;
          case 'us':
            return `${M}/${D}/${String(Y).slice(2)}, ${((h + 11) % 12) + 1}:${pad(m)} ${h < 12 ? 'AM' : 'PM'}`;
          case 'hm':
            return `${pad(h)}:${pad(m)}`;
        }
        throw new Error('ts ' + fmt);
      },
    };
  },
  ctyOf(p) {
    switch (p.o) {
      case 'kz':
      case 'kg':
      case 'uz':
      case 'tj':
      case 'ru':
      case 'tr':
      case 'kr':
        return p.o;
      case 'tk':
        return 'tm';
      case 'koryo':
        return p.cty;
      case 'af':
        return pick(['ru', 'tj', 'tr']);
      case 'gulf':
      case 'sa':
        return 'ae';
      case 'cn':
        return 'kz';
    }
    return 'ru';
  },
  ph(cty, style) {
    switch (cty) {
      case 'kz':
      case 'ru': {
        const op =
          cty === 'kz'
            ? pick(['700', '701', '702', '705', '707', '708', '747', '771', '775', '776', '777', '778'])
            : pick(['903', '905', '915', '916', '925', '926', '977', '985', '999', '912', '922', '951', '967']);
        const n = dg(7),
          a = n.slice(0, 3),
          b = n.slice(3, 5),
          c = n.slice(5);
        if (style === 'plain') return `+7${op}${n}`;
        return pick([
          `+7 ${op} ${a} ${b} ${c}`,
          `8 (${op}) ${a}-${b}-${c}`,
          `+7(${op})${a}-${b}-${c}`,
          `8${op}${n}`,
          `+7${op}${n}`,
          `8-${op}-${a}-${b}-${c}`,
          `+7 ${op} ${a} ${b}${c}`,
          `8 ${op} ${a} ${b} ${c}`,
          `+7 (${op}) ${a}-${b}-${c}`,
          `7${op}${n}`,
          `+7.${op}.${a}.${b}.${c}`,
        ]);
      }
      case 'kg': {
        const op = pick([
          '555',
          '550',
          '557',
          '700',
          '702',
          '705',
          '707',
          '770',
          '772',
          '777',
          '775',
          '500',
          '501',
          '507',
          '990',
          '995',
          '999',
          '220',
          '222',
        ]);
        const n = dg(6),
          a = n.slice(0, 3),
          b = n.slice(3),
          x = n.slice(0, 2),
          y = n.slice(2, 4),
          z = n.slice(4);
        if (style === 'plain') return `+996${op}${n}`;
        return pick([
          `+996 ${op} ${a} ${b}`,
          `0${op} ${x} ${y} ${z}`,
          `+996 (${op}) ${x}-${y}-${z}`,
          `0 (${op}) ${a}-${b}`,
          `+996-${op}-${a}-${b}`,
          `996${op}${n}`,
          `0${op}${n}`,
          `+996${op}${n}`,
          `0${op}-${a}-${b}`,
        ]);
      }
      case 'uz': {
        const op = pick(['90', '91', '93', '94', '95', '97', '99', '88', '33', '50', '77', '98']);
        const n = dg(7),
          a = n.slice(0, 3),
          b = n.slice(3, 5),
          c = n.slice(5);
        if (style === 'plain') return `+998${op}${n}`;
        return pick([
          `+998 ${op} ${a} ${b} ${c}`,
          `+998 (${op}) ${a}-${b}-${c}`,
          `${op} ${a} ${b} ${c}`,
          `998${op}${n}`,
          `+998${op}${n}`,
          `(${op}) ${a}-${b}-${c}`,
          `+998-${op}-${a}-${b}-${c}`,
          `+998 ${op} ${a}${b}${c}`,
          `8 ${op} ${a} ${b} ${c}`,
        ]);
      }
      case 'tj': {
        const op = pick(['90', '91', '92', '93', '98', '55', '50', '88', '00', '11', '77', '70']);
        const n = dg(7),
          a = n.slice(0, 3),
          b = n.slice(3, 5),
          c = n.slice(5);
        if (style === 'plain') return `+992${op}${n}`;
        return pick([
          `+992 ${op} ${a} ${b}${c}`,
          `+992 (${op}) ${a}-${b}-${c}`,
          `992${op}${n}`,
          `${op} ${a} ${b} ${c}`,
          `+992${op}${n}`,
          `8 10 992 ${op} ${a} ${b} ${c}`,
          `(+992) ${op}-${a}-${b}${c}`,
          `+992-${op}-${a}-${b}-${c}`,
        ]);
      }
      case 'tm': {
        const op = pick(['61', '62', '63', '64', '65', '71']);
        const n = dg(6);
        if (style === 'plain') return `+993${op}${n}`;
        return pick([
          `+993 ${op} ${n}`,
          `+993 (${op}) ${n.slice(0, 2)}-${n.slice(2, 4)}-${n.slice(4)}`,
          `8 ${op} ${n.slice(0, 2)} ${n.slice(2, 4)} ${n.slice(4)}`,
          `+993${op}${n}`,
          `993 ${op} ${n.slice(0, 3)} ${n.slice(3)}`,
          `+993-${op}-${n}`,
        ]);
      }
      case 'tr': {
        const op = pick([
          '530',
          '532',
          '533',
          '535',
          '536',
          '537',
          '538',
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
          '554',
          '555',
          '559',
        ]);
        const n = dg(7),
          a = n.slice(0, 3),
          b = n.slice(3, 5),
          c = n.slice(5);
        if (style === 'plain') return `+90${op}${n}`;
        return pick([
          `+90 ${op} ${a} ${b} ${c}`,
          `0 (${op}) ${a} ${b} ${c}`,
          `0${op} ${a} ${n.slice(3)}`,
          `+90 (${op}) ${a}-${n.slice(3)}`,
          `0${op}${n}`,
          `+90${op}${n}`,
          `0${op}-${a}-${b}-${c}`,
          `90 ${op} ${a} ${b}${c}`,
          `0 ${op} ${a} ${b} ${c}`,
        ]);
      }
      case 'ae': {
        const op = pick(['50', '52', '54', '55', '56', '58']);
        const n = dg(7);
        if (style === 'plain') return `+971${op}${n}`;
        return pick([
          `+971 ${op} ${n.slice(0, 3)} ${n.slice(3)}`,
          `0${op} ${n.slice(0, 3)} ${n.slice(3)}`,
          `+971-${op}-${n}`,
          `00971 ${op} ${n.slice(0, 3)} ${n.slice(3)}`,
          `+971${op}${n}`,
          `0${op}-${n}`,
          `+971 (0)${op} ${n}`,
          `+971 ${op} ${n}`,
        ]);
      }
      case 'kr': {
        const n = dg(8),
          a = n.slice(0, 4),
          b = n.slice(4);
        if (style === 'plain') return `+8210${n}`;
        return pick([
          `+82 10-${a}-${b}`,
          `010-${a}-${b}`,
          `010 ${a} ${b}`,
          `+82 10 ${a} ${b}`,
          `010${n}`,
          `+8210${n}`,
          `+82-10-${a}-${b}`,
        ]);
      }
    }
    throw new Error('phone ' + cty);
  },
  hot() {
    return pick(['1409', '111', '116 111', '150', '8-800-080-7777', '189', '102']);
  },
  hd(p, kind = 'at') {
    const g = asc(p.n('en', 'g')) || 'user',
      s = asc(p.n('en', 's')) || 'x';
    const yy = String(p.by).slice(2);
    const base = pick([
      `${g}_${yy}`,
      `${g}.${s}`,
      `${g}${s.slice(0, 1)}_${dg(2)}`,
      `${s}.${g}`,
      `${g}_${s}`,
      `its_${g}`,
      `${g}${dg(3)}`,
      `${g}.${yy}`,
      `${g}_official`,
      `${g}__${s.slice(0, 3)}`,
    ]);
    if (kind === 'at') return '@' + base;
    if (kind === 'tme') return 't.me/' + base;
    return base;
  },
  hdName() {
    return (
      pick([
        'rabota_dubai',
        'job_turkey_kz',
        'vakansii_istanbul',
        'ish_koreya_uz',
        'visa_service_ae',
        'dubai_hostess_job',
        'work_in_korea_kg',
        'antalya_work',
        'ish_rossiya',
        'model_agency_dxb',
        'nyanya_istanbul',
        'turkiye_is_tm',
        'rabota_seul',
        'kazan_stroika',
      ]) + pick(['', '_' + dg(2), dg(3), '_official', '_2024'])
    );
  },
  hdr() {
    return '@' + C.hdName();
  },
  tme() {
    return 't.me/' + C.hdName();
  },
  em(p) {
    const g = asc(p.n('en', 'g')) || 'user',
      s = asc(p.n('en', 's')) || 'mail';
    const yy = String(p.by).slice(2);
    const user = pick([
      `${g}.${s}${yy}`,
      `${g}_${s}`,
      `${s}.${g}`,
      `${g}${yy}`,
      `${g}.${s}`,
      `${g[0]}.${s}`,
      `${g}${s}${dg(2)}`,
      `${s}${g[0]}${dg(3)}`,
    ]);
    const dom = {
      kz: ['mail.ru', 'gmail.com', 'inbox.ru', 'mail.kz', 'yandex.kz'],
      kg: ['mail.ru', 'gmail.com', 'list.ru'],
      uz: ['gmail.com', 'mail.ru', 'umail.uz', 'inbox.uz'],
      tj: ['mail.ru', 'gmail.com', 'inbox.ru'],
      tk: ['gmail.com', 'mail.ru', 'online.tm'],
      ru: ['mail.ru', 'yandex.ru', 'bk.ru', 'gmail.com'],
      tr: ['gmail.com', 'hotmail.com', 'outlook.com'],
      gulf: ['gmail.com', 'emirates.net.ae', 'yahoo.com'],
    }[p.o] || ['gmail.com', 'yahoo.com', 'outlook.com'];
    return `${user}@${pick(dom)}`;
  },
  emr() {
    return (
      pick([
        'job.dubai.visa',
        'rabota.turkey',
        'hr.agency.ae',
        'vakansii.istanbul',
        'work.korea.center',
        'visa.service.kz',
        'ish.koreya',
        'antalya.personal',
      ]) +
      pick(['', dg(2)]) +
      pick(['@gmail.com', '@mail.ru', '@yandex.ru', '@outlook.com'])
    );
  },
  iin(p) {
    const yy = String(p.by).slice(2);
    const c7 = p.by < 2000 ? (p.g === 'm' ? 3 : 4) : p.g === 'm' ? 5 : 6;
    for (;;) {
      const d11 = `${yy}${pad(p.bm)}${pad(p.bd)}${c7}${dg(4)}`;
      const w1 = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11],
        w2 = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2];
      let s = 0;
      for (let i = 0; i < 11; i++) s += +d11[i] * w1[i];
      let c = s % 11;
      if (c === 10) {
        s = 0;
        for (let i = 0; i < 11; i++) s += +d11[i] * w2[i];
        c = s % 11;
        if (c === 10) continue;
      }
      return d11 + c;
    }
  },
  pinfl(p) {
    const c1 = p.by < 2000 ? (p.g === 'm' ? 3 : 4) : p.g === 'm' ? 5 : 6;
    const d13 = `${c1}${pad(p.bd)}${pad(p.bm)}${String(p.by).slice(2)}${pick(['261', '262', '263', '264', '265', '266', '267', '268', '269', '270', '271', '272', '273'])}${dg(3)}`;
    const w = [7, 3, 1];
    let s = 0;
    for (let i = 0; i < 13; i++) s += +d13[i] * w[i % 3];
    return d13 + (s % 10);
  },
  kgpin(p) {
    return `${p.g === 'f' ? 1 : 2}${pad(p.bd)}${pad(p.bm)}${p.by}${dg(5)}`;
  },
  tjinn() {
    return `${ri(0, 9)}${dg(8)}`;
  },
  tckn() {
    const d = [ri(1, 9)];
    for (let i = 0; i < 8; i++) d.push(ri(0, 9));
    const odd = d[0] + d[2] + d[4] + d[6] + d[8],
      even = d[1] + d[3] + d[5] + d[7];
    d.push((((odd * 7 - even) % 10) + 10) % 10);
    d.push(d.reduce((a, b) => a + b, 0) % 10);
    return d.join('');
  },
  eid(p) {
    return chance(0.8) ? `784-${p.by}-${dg(7)}-${ri(0, 9)}` : `784${p.by}${dg(7)}${ri(0, 9)}`;
  },
  snils() {
    return `${dg(3)}-${dg(3)}-${dg(3)} ${dg(2)}`;
  },
  rrnForeign(p) {
    return `${String(p.by).slice(2)}${pad(p.bm)}${pad(p.bd)}-${p.by < 2000 ? (p.g === 'm' ? 5 : 6) : p.g === 'm' ? 7 : 8}${dg(6)}`;
  },
  pass(cty, opt = {}) {
    const sp = !opt.compact && chance(0.2) ? ' ' : '';
    switch (cty) {
      case 'kz':
        return `N${sp}${dg(8)}`;
      case 'kg':
        return `${pick(['AC', 'AN', 'AC', 'PE'])}${sp}${dg(7)}`;
      case 'uz':
        return `${pick(['AA', 'AB', 'AC', 'AD', 'FA', 'FA'])}${sp}${dg(7)}`;
      case 'tj':
        return pick(['40', '50']) + dg(7);
      case 'tm':
        return `${pick(['A', 'B'])}${sp}${dg(7)}`;
      case 'ru':
        if (opt.compact) return `${pick(['75', '76', '53', '72'])}${dg(7)}`;
        return pick([
          `${dg(2)} ${dg(2)} ${dg(6)}`,
          `${dg(4)} ${dg(6)}`,
          `${dg(4)}${dg(6)}`,
          `${pick(['75', '76', '72'])} ${dg(7)}`,
        ]);
      case 'tr':
        return `U${sp}${dg(8)}`;
      case 'af':
        return `P0${dg(7)}`;
      case 'ae':
        return `${pick(['P', 'A'])}${dg(7)}`;
      case 'cn':
        return pick([`E${dg(8)}`, `EA${dg(7)}`]);
      case 'kr':
        return `M${dg(8)}`;
      case 'pk':
        return `${pick(['AB', 'BN', 'CK'])}${dg(7)}`;
    }
    throw new Error('passport ' + cty);
  },
  card(kind, opt = {}) {
    const pre = {
      kaspi: '440043',
      halyk: '440563',
      visa: pick(['4169', '4276', '4400', '4578', '4263']),
      mc: pick(['5169', '5440', '5355', '5483']),
      mir: pick(['2200', '2202']),
      uzcard: '8600',
      humo: '9860',
      elcard: '9417',
      milli: '9762',
      altyn: '9934',
      tr: pick(['4543', '5400', '5170', '4090']),
    }[kind];
    if (!pre) throw new Error('card ' + kind);
    const n = luhn(pre);
    const g = [n.slice(0, 4), n.slice(4, 8), n.slice(8, 12), n.slice(12)];
    if (opt.mask)
      return pick([
        `${g[0]} ${g[1].slice(0, 2)}** **** ${g[3]}`,
        `${g[0]} **** **** ${g[3]}`,
        `${g[0]}${g[1].slice(0, 2)}******${g[3]}`,
        `${g[0]} ${g[1].slice(0, 2)}XX XXXX ${g[3]}`,
        `${g[0]} ${g[1].slice(0, 2)}•• •••• ${g[3]}`,
        `${g[0]}-${g[1].slice(0, 2)}**-****-${g[3]}`,
      ]);
    return pick([g.join(' '), g.join(' '), g.join(''), g.join('-')]);
  },
  cardFor(p) {
    return (
      {
        kz: 'kaspi',
        uz: pick(['uzcard', 'humo']),
        kg: pick(['elcard', 'visa']),
        tj: 'milli',
        ru: 'mir',
        tr: 'tr',
        tk: 'altyn',
      }[p.o] || pick(['visa', 'mc'])
    );
  },
  iban(cty) {
    let bban;
    if (cty === 'kz')
      bban = pick(['722', '601', '998', '125', '551', '914', '856']) + pick(['KZT' + dg(10), dg(13), 'C' + dg(12)]);
    else if (cty === 'tr')
      bban = pick(['00010', '00012', '00015', '00046', '00062', '00064', '00067', '00111', '00134']) + '0' + dg(16);
    else if (cty === 'ae') bban = pick(['033', '026', '035', '030', '044', '046']) + dg(16);
    else throw new Error('iban ' + cty);
    const cc = cty.toUpperCase();
    const iban = cc + ibanCheck(cc, bban) + bban;
    return chance(0.5) ? iban : iban.replace(/(.{4})/g, '$1 ').trim();
  },
  acct(cty) {
    if (cty === 'uz') return pick(['20208000', '22618000', '20206000']) + dg(12);
    if (cty === 'kg') return pick(['1240', '1030', '1180', '1090']) + dg(12);
    if (cty === 'tj') return pick(['20202972', '20206972']) + dg(12);
    throw new Error('acct ' + cty);
  },
  plate(cty, opt = {}) {
    const RUL = 'АВЕКМНОРСТУХ',
      LAT = 'ABEKMHOPCTYX';
    const toCyr = (s) => s.replace(/[ABEKMHOPCTYX]/g, (ch) => RUL[LAT.indexOf(ch)]);
    switch (cty) {
      case 'ru': {
        const A = opt.lat || chance(0.25) ? LAT : RUL;
        const l = () => A[ri(0, 11)];
        const d = dg(3),
          reg = pick([
            '77',
            '97',
            '99',
            '177',
            '197',
            '777',
            '50',
            '750',
            '78',
            '178',
            '54',
            '154',
            '66',
            '96',
            '16',
            '116',
            '02',
            '102',
          ]);
        let s = pick([
          `${l()}${d}${l()}${l()} ${reg}`,
          `${l()} ${d} ${l()}${l()} ${reg}`,
          `${l()}${d}${l()}${l()}${reg}`,
          `${l()} ${d} ${l()}${l()} ${reg}`,
        ]);
        if (opt.low || chance(0.1)) s = s.toLowerCase();
        return s;
      }
      case 'kz': {
        const cyr = opt.cyr || chance(0.12);
        const lets = cyr ? LAT : 'ABCDEFHKLMNOPRSTUXZ';
        const l3 = pick([...lets]) + pick([...lets]) + pick([...lets]);
        const reg = pad(ri(1, 20));
        const d = dg(3);
        const s = pick([`${d} ${l3} ${reg}`, `${d}${l3}${reg}`, `${d} ${l3}${reg}`]);
        return cyr ? toCyr(s) : s;
      }
      case 'kg': {
        const lets = 'ABCDEFHKLMNOPRSTUXYZ';
        const l3 = pick([...lets]) + pick([...lets]) + pick([...lets]);
        const reg = pad(ri(1, 9)),
          d = dg(3);
        return pick([
          `${reg}KG${d}${l3}`,
          `${reg} KG ${d} ${l3}`,
          `${reg}KG ${d}${l3}`,
          `B ${dg(4)} ${l3.slice(0, 2)}`,
          `${reg} KG ${d}${l3}`,
        ]);
      }
      case 'uz': {
        const lets = 'ABCDEFHKLMNOPRSTUXYZ';
        const l = () => pick([...lets]);
        const reg = pick(['01', '10', '20', '25', '30', '40', '50', '60', '70', '75', '80', '85', '90', '95']);
        const d = dg(3);
        return pick([
          `${reg} ${l()} ${d} ${l()}${l()}`,
          `${reg}${l()}${d}${l()}${l()}`,
          `${reg} ${l()}${d}${l()}${l()}`,
          `${reg} ${l()} ${d}${l()}${l()}`,
        ]);
      }
      case 'tr': {
        const lets = 'ABCDEFGHJKLMNPRSTUVYZ';
        const l = () => pick([...lets]);
        const il = pick(['34', '06', '35', '07', '16', '01', '27', '42', '61']);
        return pick([
          `${il} ${l()} ${dg(4)}`,
          `${il} ${l()}${l()} ${dg(3)}`,
          `${il} ${l()}${l()}${l()} ${dg(2)}`,
          `${il} ${l()}${l()} ${dg(4)}`,
          `${il}${l()}${l()}${dg(3)}`,
        ]);
      }
      case 'ae':
        return pick([
          `${pick([...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'])} ${dg(5)}`,
          `${pick([...'ABCDFHIJKLMNOPQRST'])}${dg(5)}`,
          `${ri(1, 3)} ${dg(5)}`,
        ]);
      case 'tj': {
        const lets = 'ABCDEHKMOPTX';
        return `${dg(4)} ${pick([...lets])}${pick([...lets])} ${pad(ri(1, 8))}`;
      }
    }
    throw new Error('plate ' + cty);
  },
  mrz(p, num) {
    const code = MRZC[p.cty];
    const sur = mrzName(p.n('icao', 's'));
    let giv = mrzName(p.n('icao', 'g'));
    const room = 44 - 5 - sur.length - 2;
    if (giv.length > room) giv = giv.slice(0, room).replace(/<+$/, '');
    const fill1 = '<'.repeat(44 - 5 - sur.length - 2 - giv.length);
    const doc = num.padEnd(9, '<');
    const dob = fmtDate(p.by, p.bm, p.bd, 'en', 'mrz');
    const exp = `${pad(ri(25, 34))}${pad(ri(1, 12))}${pad(ri(1, 28))}`;
    const sex = p.g === 'f' ? 'F' : 'M';
    const opt = '<'.repeat(14);
    const c1 = mrzCheck(doc),
      c2 = mrzCheck(dob),
      c3 = mrzCheck(exp),
      c4 = '0';
    const comp = mrzCheck(doc + c1 + dob + c2 + exp + c3 + opt + c4);
    const l2 = [PP(num), doc.slice(num.length) + c1 + code, BD(dob), c2 + sex + exp + c3 + opt + c4 + comp];
    return ['P<' + code, P(sur), '<<', P(giv), fill1, '\n', l2];
  },
  addr(kind) {
    const h = ri(1, 180),
      f = ri(1, 140),
      k = ri(1, 4);
    switch (kind) {
      case 'ru': {
        const st = pick(RU_ST_GEN);
        return pick([
          `ул. ${st}, д. ${h}, кв. ${f}`,
          `ул. ${st}, ${h}`,
          `ул. ${st}, ${h}-${f}`,
          `пр. ${pick(RU_AV)}, д. ${h}, кв. ${f}`,
          `пр-т ${pick(RU_AV)}, ${h}`,
          `мкр. ${pick(RU_MKR)}, д. ${h}, кв. ${f}`,
          `мкр ${pick(RU_MKR)}, ${h}-${f}`,
          `ул. ${st}, д. ${h}, корп. ${k}, кв. ${f}`,
          `улица ${st}, дом ${h}, квартира ${f}`,
          `ул. ${pick(RU_ST_ADJ)}, д. ${h}${pick(['', 'а', 'б'])}`,
          `пер. ${st}, ${h}`,
          `мкр. ${pick(RU_MKR)}, ${h}/${k}, кв. ${f}`,
        ]);
      }
      case 'kk': {
        const st = pick([
          'Абай',
          'Төле би',
          'Сейфуллин',
          'Қабанбай батыр',
          'Бөгенбай батыр',
          'Райымбек',
          'Сәтбаев',
          'Байтұрсынұлы',
          'Кенесары',
          'Әуезов',
          'Құрманғазы',
          'Желтоқсан',
          'Жамбыл',
          'Пушкин',
        ]);
        const av = pick(['Абай', 'Достық', 'Тұран', 'Мәңгілік Ел', 'Республика', 'Әл-Фараби', 'Райымбек']);
        const mk = pick(['Самал-2', 'Ақсай-4', 'Орбита-3', 'Жетісу-1', 'Нұрсат', 'Шұғыла', 'Көктем-1', 'Алмагүл']);
        return pick([
          `${st} көшесі, ${h}-үй, ${f}-пәтер`,
          `${st} көшесі, ${h}`,
          `${av} даңғылы, ${h}, ${f}-пәтер`,
          `${mk} ықшамауданы, ${h}-үй, ${f}-пәтер`,
          `${mk} шағын ауданы, ${h}-үй`,
        ]);
      }
      case 'ky': {
        const st = pick([
          'Ленин',
          'Токтогул',
          'Киев',
          'Ибраимов',
          'Фрунзе',
          'Абдрахманов',
          'Исанов',
          'Ахунбаев',
          'Курманжан Датка',
          'Масалиев',
          'Байтик Баатыр',
          'Раззаков',
          'Боконбаев',
        ]);
        const av = pick(['Чүй', 'Манас', 'Жибек Жолу', 'Эркиндик']);
        const mk = pick(['Жал-23', 'Асанбай', 'Восток-5', 'Аламүдүн-1', 'Көк-Жар', 'Тунгуч', 'Достук']);
        return pick([
          `${st} көчөсү, ${h}`,
          `${st} көчөсү, ${h}-үй, ${f}-батир`,
          `${mk} кичи району, ${h}-үй, ${f}-батир`,
          `${av} проспекти, ${h}`,
          `${mk} мкр., ${h}-үй, ${f}-батир`,
        ]);
      }
      case 'uzl': {
        const st = pick([
          'Navoiy',
          'Amir Temur',
          'Mustaqillik',
          'Bunyodkor',
          'Bobur',
          'Shota Rustaveli',
          'Beruniy',
          "Ulug'bek",
          'Istiqlol',
          'Qatortol',
          "Farg'ona yo'li",
          'Muqimiy',
          "Cho'lpon",
          'Furqat',
        ]);
        const mk = pick(['Chilonzor-9', 'Yunusobod-14', "Qo'yliq-5", 'Sergeli-7', 'Olmazor-2', 'Qorasuv-3']);
        const mah = pick([
          "Bog'ishamol",
          'Qorasaroy',
          "Ko'kcha",
          "Do'stlik",
          'Navbahor',
          'Yangiobod',
          'Guliston',
          'Bahor',
        ]);
        return pick([
          `${st} ko'chasi, ${h}-uy`,
          `${st} ko'chasi, ${h}-uy, ${f}-xonadon`,
          `${mk} mavzesi, ${h}-uy, ${f}-xonadon`,
          `${mah} mahallasi, ${st} ko'chasi, ${h}-uy`,
          `${st} ko'chasi ${h}-uy ${f}-xonadon`,
        ]);
      }
      case 'uzc': {
        const st = pick([
          'Навоий',
          'Амир Темур',
          'Мустақиллик',
          'Бунёдкор',
          'Бобур',
          'Беруний',
          'Улуғбек',
          'Истиқлол',
          'Чўлпон',
          'Фурқат',
        ]);
        const mah = pick(['Боғишамол', 'Қорасарой', 'Кўкча', 'Дўстлик', 'Навбаҳор', 'Гулистон']);
        return pick([
          `${st} кўчаси, ${h}-уй`,
          `${st} кўчаси, ${h}-уй, ${f}-хонадон`,
          `${mah} маҳалласи, ${st} кўчаси, ${h}-уй`,
        ]);
      }
      case 'tg': {
        const st = pick([
          'Айнӣ',
          'Бохтар',
          'Шотемур',
          'Лоҳутӣ',
          'Фирдавсӣ',
          'Сино',
          'Қаҳҳоров',
          'Борбад',
          'Мирзо Турсунзода',
          'Ҳаёти Нав',
        ]);
        const av = pick(['Рӯдакӣ', 'Исмоили Сомонӣ', 'Саъдии Шерозӣ', 'Нусратулло Махсум']);
        const mah = pick(['Чорбоғ', 'Кӯҳистон', 'Навобод', 'Гулистон', 'Зарнисор']);
        return pick([
          `кӯчаи ${st}, ${h}`,
          `кӯчаи ${st}, хонаи ${h}, ҳуҷраи ${f}`,
          `хиёбони ${av}, ${h}, ҳуҷраи ${f}`,
          `маҳаллаи ${mah}, кӯчаи ${st}, ${h}`,
        ]);
      }
      case 'tk': {
        const st = pick([
          'Magtymguly',
          'Atatürk',
          'Garaşsyzlyk',
          'Oguzhan',
          'Görogly',
          'Azady',
          'Andalyp',
          'Bitarap Türkmenistan',
          'Türkmenbaşy',
          'Gurbansoltan eje',
        ]);
        const mk = pick(['Parahat 7/1', 'Parahat 2', 'Mir 2/2', 'Howdan B', 'Gaýrat', '30-njy mikroetrap']);
        return pick([
          `${st} köçesi, ${h}-nji jaý, ${f}-nji öý`,
          `${st} şaýoly, jaý ${h}, öý ${f}`,
          `${mk}, ${h}-nji jaý, ${f}-nji öý`,
          `${st} köçesi, jaý ${h}`,
        ]);
      }
      case 'tr': {
        const mah = pick([
          'Atatürk',
          'Fevzi Çakmak',
          'Cumhuriyet',
          'Yenidoğan',
          'Kocasinan',
          'Aksaray',
          'Kumkapı',
          'Şirinevler',
          'Esenkent',
          'Barbaros',
          'Mimar Sinan',
          'Hürriyet',
        ]);
        const sok = pick([
          'Gül',
          'Lale',
          'Menekşe',
          'Çiçek',
          'Papatya',
          'Yavuz Selim',
          'Gazi Osman Paşa',
          'Karanfil',
          'Şehit Ali',
          'Kardelen',
        ]);
        const cad = pick([
          'Millet',
          'Vatan',
          'Ordu',
          'Turgut Özal',
          'İstiklal',
          'Fatih Sultan Mehmet',
          'Adnan Menderes',
        ]);
        return pick([
          `${mah} Mah. ${sok} Sok. No:${h} D:${f}`,
          `${mah} Mahallesi ${sok} Sokak No: ${h}/${k}`,
          `${cad} Cad. No:${h} Kat:${k} Daire:${f}`,
          `${mah} Mah. ${ri(1000, 2999)}. Sok. No:${h} İç Kapı No:${k}`,
          `${mah} Mh. ${sok} Sk. No:${h}/${k}`,
        ]);
      }
      case 'ae': {
        const bld = pick([
          'Al Attar',
          'Al Khail',
          'Al Noor',
          'Al Wasl',
          'Sunrise',
          'Palm',
          'Al Waleed',
          'Golden Sands 5',
          'Al Mulla',
          'Rolla Residence',
        ]);
        const area = pick([
          'Al Nahda 2',
          'Al Qusais 1',
          'Deira',
          'Al Barsha 1',
          'Al Rigga',
          'Al Karama',
          'International City',
          'Al Muraqqabat',
          'Al Majaz 3',
          'Al Taawun',
          'Jumeirah Village Circle',
          'Al Quoz 4',
          'Naif',
        ]);
        const street = pick([
          'Al Rigga Road',
          'Al Muraqqabat Street',
          'Baghdad Street',
          'Al Wahda Street',
          'Sheikh Khalifa Street',
          'Al Qusais Road',
        ]);
        return pick([
          `Flat ${f}, ${bld} Building, ${area}`,
          `Apt ${f}, ${bld} Tower, ${area}`,
          `Villa ${h}, Street ${ri(1, 40)}, ${area}`,
          `Room ${f}, ${bld} Building, ${street}`,
          `Building ${h}, ${street}, ${area}`,
        ]);
      }
      case 'en': {
        const st = pick([
          'Abay',
          'Tole Bi',
          'Satpayev',
          'Toktogul',
          'Kievskaya',
          'Navoi',
          'Amir Temur',
          'Rudaki',
          'Magtymguly',
          'Zhibek Zholy',
          'Bokonbayev',
          'Ibraimov',
        ]);
        const mk = pick(['Samal-2', 'Aksai-4', 'Dzhal-23', 'Chilanzar-9', 'Yunusabad-14', 'Asanbai']);
        return pick([
          `flat ${f}, ${h} ${st} Street`,
          `apt. ${f}, ${h} ${st} Avenue`,
          `${mk} microdistrict, bldg ${h}, apt ${f}`,
          `${h} ${st} St., apt. ${f}`,
          `house ${h}, ${st} street`,
        ]);
      }
      case 'kr': {
        const road = pick(['Wongok', 'Jungang', 'Haean', 'Gojan', 'Seonbu', 'Singil']);
        return pick([`${road}-ro ${ri(1, 60)}-gil ${h}`, `${h}, ${road}-ro, room ${ri(101, 405)}`]);
      }
    }
    throw new Error('addr ' + kind);
  },
  /** Russian address after a preposition that stays outside the span */
  addrIn() {
    const h = ri(1, 150),
      f = ri(1, 120),
      st = pick(RU_ST_GEN);
    return pick([
      ['на ', ADR(`улице ${st}, д. ${h}, кв. ${f}`)],
      ['на ', ADR(`улице ${st}, ${h}`)],
      ['в ', ADR(`микрорайоне ${pick(RU_MKR)}, д. ${h}, кв. ${f}`)],
      ['на ', ADR(`проспекте ${pick(RU_AV)}, ${h}`)],
      ['в ', ADR(`доме ${h} по улице ${st}`)],
      ['в ', ADR(`квартире ${f} дома ${h} по ул. ${st}`)],
      ['по ', ADR(`ул. ${st}, д. ${h}`)],
    ]);
  },
  addrOn() {
    const h = ri(1, 150),
      f = ri(1, 120);
    return pick([
      `улице ${pick(RU_ST_GEN)}, д. ${h}, кв. ${f}`,
      `улице ${pick(RU_ST_GEN)}, ${h}`,
      `проспекте ${pick(RU_AV)}, д. ${h}`,
    ]);
  },
  sum(k) {
    switch (k) {
      case 'kzt':
        return `${grp(ri(5, 900) * 1000)} тенге`;
      case 'kzt_kk':
        return `${grp(ri(5, 900) * 1000)} теңге`;
      case 'usd':
        return `${grp(ri(3, 50) * 100)} долларов США`;
      case 'rub':
        return `${grp(ri(10, 90) * 1000)} рублей`;
      case 'kgs':
        return `${grp(ri(5, 200) * 1000)} сом`;
      case 'uzs':
        return `${grp(ri(5, 90) * 100000)} so'm`;
      case 'uzs_c':
        return `${grp(ri(5, 90) * 100000)} сўм`;
      case 'tjs':
        return `${grp(ri(5, 200) * 100)} сомонӣ`;
      case 'usd_en':
        return '$' + grp(ri(3, 50) * 100, ',');
      case 'aed':
        return `AED ${grp(ri(10, 90) * 100, ',')}`;
      case 'try':
        return `${grp(ri(5, 90) * 1000, '.')} TL`;
      case 'usd_tr':
        return `${ri(5, 20) * 100} dolar`;
      default:
        return pick([
          `${grp(ri(50, 900) * 1000)} тенге`,
          `${grp(ri(3, 50) * 100)} долларов США`,
          `${grp(ri(10, 90) * 1000)} рублей`,
          `${grp(ri(5, 200) * 1000)} сомов`,
          `${grp(ri(5, 90) * 100000)} сумов`,
          `${grp(ri(5, 200) * 100)} сомони`,
          `${ri(5, 40) * 100}$`,
        ]);
    }
  },
  flight() {
    return pick([
      'KC 921',
      'KC 975',
      'KC 127',
      'TK 351',
      'TK 353',
      'TK 345',
      'FZ 1702',
      'FZ 8048',
      'FZ 1722',
      'HY 601',
      'HY 273',
      'SU 1881',
      'SZ 201',
      'DV 731',
      'G9 452',
      'QH 7',
      '5W 1021',
      'T5 603',
      'KE 942',
      'OZ 578',
      '7B 4055',
      'PC 641',
    ]);
  },
  court(c) {
    return pick(
      {
        kz: [
          'Медеуский районный суд г. Алматы',
          'Специализированный межрайонный суд по уголовным делам г. Астаны',
          'Алмалинский районный суд г. Алматы',
          'Енбекшинский районный суд г. Шымкента',
          'Актауский городской суд',
          'Суд района Байконыр г. Астаны',
          'Суд района Алматы г. Астаны',
          'Бостандыкский районный суд г. Алматы',
        ],
        kg: [
          'Октябрьский районный суд г. Бишкек',
          'Первомайский районный суд г. Бишкек',
          'Ошский городской суд',
          'Свердловский районный суд г. Бишкек',
          'Ленинский районный суд г. Бишкек',
        ],
        uz: [
          'Мирзо-Улугбекский районный суд по уголовным делам г. Ташкента',
          'Юнусабадский районный суд по уголовным делам',
          'Чиланзарский районный суд по уголовным делам',
          'Самаркандский городской суд по уголовным делам',
          'Шайхантахурский районный суд по уголовным делам',
        ],
        tj: [
          'Суд района Исмоили Сомони г. Душанбе',
          'Суд района Фирдавси г. Душанбе',
          'Суд района Шохмансур г. Душанбе',
          'Суд города Худжанда',
          'Суд района Сино г. Душанбе',
        ],
        ru: [
          'Таганский районный суд г. Москвы',
          'Кировский районный суд г. Екатеринбурга',
          'Ленинский районный суд г. Новосибирска',
          'Мещанский районный суд г. Москвы',
        ],
      }[c],
    );
  },
  art(c) {
    return pick(
      {
        kz: [
          'п. 1 ч. 3 ст. 128 УК РК',
          'ч. 2 ст. 128 УК РК',
          'ст. 135 УК РК',
          'ч. 3 ст. 308 УК РК',
          'ч. 4 ст. 128 УК РК',
        ],
        kg: ['ст. 171 УК КР', 'ч. 2 ст. 171 УК КР', 'ст. 172 УК КР'],
        uz: ['ч. 3 ст. 135 УК РУз', 'п. «в» ч. 2 ст. 135 УК РУз', 'ст. 223 УК РУз'],
        tj: ['ч. 2 ст. 130¹ УК РТ', 'ст. 130¹ УК РТ', 'ч. 3 ст. 132 УК РТ'],
        ru: ['п. «а» ч. 2 ст. 127.1 УК РФ', 'ст. 127.2 УК РФ', 'ч. 2 ст. 322.1 УК РФ', 'ст. 240 УК РФ'],
      }[c],
    );
  },
  caseNo(c) {
    switch (c) {
      case 'kz':
        return pick([dg(15), `1951-${ri(19, 24)}-00-1/${ri(10, 999)}`, `${pad(ri(19, 24))}75${dg(11)}`]);
      case 'kg':
        return pick([`1-${ri(10, 999)}/${pad(ri(19, 24))}`, dg(14)]);
      case 'uz':
        return `1-${ri(1000, 1300)}-${ri(2100, 2499)}/${ri(10, 999)}`;
      case 'tj':
        return `1-${ri(10, 900)}/${ri(2019, 2024)}`;
      default:
        return pick([`1-${ri(10, 999)}/${ri(2019, 2024)}`, dg(17)]);
    }
  },
  caseCode() {
    return pick([`CA-${ri(2019, 2024)}-${dg(4)}`, `№ ${ri(10, 999)}/${pad(ri(19, 24))}`, `K-${dg(5)}`]);
  },
  orgRu() {
    return pick([
      '«Родник»',
      '«Сана Сезим»',
      '«Ак Жүрек»',
      '«Ишонч»',
      '«Ариадна»',
      '«Шахрузад»',
      '«Мээрим»',
      '«Кадыр-Касиет»',
      '«Бахыт»',
      '«Умид»',
    ]);
  },
  nick(lg, g = 'm') {
    return pick(NICK[g][lg] || NICK[g].ru);
  },
  natEn(p) {
    return {
      kz: 'Kazakhstan',
      kg: 'Kyrgyzstan',
      uz: 'Uzbekistan',
      tj: 'Tajikistan',
      tk: 'Turkmenistan',
      ru: 'Russia',
      koryo: 'Kazakhstan',
      af: 'Afghanistan',
      gulf: 'UAE',
      tr: 'Türkiye',
      cn: 'China',
      kr: 'Republic of Korea',
      sa: 'Pakistan',
    }[p.o];
  },
  natTr(p) {
    return {
      kz: 'Kazak',
      kg: 'Kırgız',
      uz: 'Özbek',
      tj: 'Tacik',
      tk: 'Türkmen',
      ru: 'Rus',
      koryo: 'Kazak',
      af: 'Afgan',
      gulf: 'BAE',
      tr: 'T.C.',
      cn: 'Çin',
      kr: 'Kore',
      sa: 'Pakistan',
    }[p.o];
  },
  ctyCode(p) {
    return MRZC[p.cty];
  },
  trP(name, cas) {
    return [P(name), trSuf(name, cas)];
  },
};

// ------------------------------------------------------------------ templates
const TPL = [];
function add(lang, script, genre, fn) {
  TPL.push({ lang, script, genre, neg: false, fn });
}
function neg(lang, script, genre, fn) {
  TPL.push({ lang, script, genre, neg: true, fn });
}

// ================================================================== RUSSIAN (76 positive + 14 negative)
add('ru', 'cyrl', 'verdict', (c) => {
  const r = c.m('kz'),
    v = c.f(),
    j = c.p('kz'),
    s = c.f(),
    pr = c.p('kz');
  return L`ПРИГОВОР\nИМЕНЕМ РЕСПУБЛИКИ КАЗАХСТАН\n\n${c.date('ru', 'long')} года ${c.court('kz')} в составе председательствующего судьи ${P(j.ru('si', 'gen'))}, при секретаре судебного заседания ${P(s.ru('is', 'pre'))}, с участием государственного обвинителя ${P(pr.ru('si', 'gen'))}, рассмотрев в открытом судебном заседании уголовное дело № ${c.caseNo('kz')} в отношении ${P(r.ru('sgp', 'gen'))}, ${BD(c.dob(r, 'ru', 'long'))} года рождения, уроженца г. ${c.pick(['Шымкента', 'Тараза', 'Кызылорды', 'Туркестана'])}, ИИН ${NID(c.iin(r))}, обвиняемого по ${c.art('kz')},\n\nУСТАНОВИЛ:\n${P(r.ru('sg'))} в ${c.monPre()} ${c.year()} года, действуя из корыстных побуждений, путём обмана завербовал ${P(v.ru('sgp', 'acc'))} для работы в г. ${c.pick(['Стамбуле', 'Дубае', 'Анталье'])}, где изъял у неё паспорт.`;
});
add('ru', 'cyrl', 'verdict', (c) => {
  const r = c.m('kg'),
    v1 = c.f('kg'),
    v2 = c.f('kg');
  return L`${c.court('kg')}, рассмотрев уголовное дело № ${c.caseNo('kg')}, ПРИГОВОРИЛ: признать ${P(r.ru('sgp', 'acc'))}, ${BD(c.dob(r, 'ru', 'y'))} г.р., виновным в совершении преступления, предусмотренного ${c.art('kg')}, и назначить ему наказание в виде лишения свободы сроком на ${c.ri(5, 12)} лет. Признать потерпевшими ${P(v1.ru('sgp', 'acc'))}, ${BD(c.dob(v1, 'ru'))} г.р., и ${P(v2.ru('sgp', 'acc'))}, ${BD(c.dob(v2, 'ru'))} г.р. Взыскать с осуждённого ${P(r.ru('si', 'gen'))} в пользу ${P(v1.ru('si', 'gen'))} ${c.sum('kgs')}.`;
});
add('ru', 'cyrl', 'verdict', (c) => {
  const r = c.f('uz'),
    r2 = c.m('uz'),
    v = c.f();
  return L`Суд установил: подсудимая ${P(r.ru('sgp'))}, действуя по предварительному сговору с ${P(r2.ru('sg', 'ins'))}, в отношении которого дело выделено в отдельное производство, в ${c.monPre()} ${c.year()} года предложила ${P(v.ru('g', 'dat'))} работу горничной в Дубае с заработной платой ${c.sum('usd')}. Паспорт потерпевшей ${PP(c.pass(v.cty))} был передан ${P(r2.ru('g', 'dat'))} в аэропорту. Действия ${P(r.ru('si', 'gen'))} квалифицированы по ${c.art('uz')}.`;
});
add('ru', 'cyrl', 'indictment', (c) => {
  const r = c.m('tj'),
    v = c.f('tj');
  return L`ОБВИНИТЕЛЬНОЕ ЗАКЛЮЧЕНИЕ\nпо уголовному делу № ${c.caseNo('tj')}\nпо обвинению ${P(r.ru('sgp', 'gen'))}, ${BD(c.dob(r, 'ru', 'long'))} года рождения, уроженца ${c.pick(['Хатлонской области', 'Согдийской области', 'г. Душанбе', 'Раштского района'])}, гражданина Республики Таджикистан, проживающего по адресу: ${ADR(c.addr('ru'))}, паспорт ${PP(c.pass('tj'))}, в совершении преступления, предусмотренного ${c.art('tj')}.\nПотерпевшая: ${P(v.ru('sgp'))}, ${BD(c.dob(v, 'ru'))} г.р.`;
});
add('ru', 'cyrl', 'indictment', (c) => {
  const r = c.m('uz'),
    v1 = c.m('tj'),
    v2 = c.m('uz'),
    v3 = c.m('kg'),
    rg = c.range();
  return L`Органами предварительного следствия ${P(r.ru('sgp'))}, гражданин Республики Узбекистан, обвиняется в том, что с ${rg[0]} по ${rg[1]} удерживал на территории строительного объекта ${P(v1.ru('gs', 'acc'))}, ${P(v2.ru('gs', 'acc'))} и ${P(v3.ru('gs', 'acc'))}, изъяв их паспорта. Связь с потерпевшими ${P(r.ru('g'))} поддерживал через номер ${PH(c.ph('ru'))}. Действия обвиняемого квалифицированы по ${c.art('ru')}.`;
});
add('ru', 'cyrl', 'verdict', (c) => {
  const adv = c.p('ru'),
    r = c.f('kz'),
    v = c.f('kz');
  return L`Судебная коллегия по уголовным делам, рассмотрев апелляционную жалобу адвоката ${P(adv.ru('si', 'gen'))} в интересах осуждённой ${P(r.ru('sgp', 'gen'))} на приговор от ${c.date('ru')}, установила следующее. Доводы защитника о том, что ${P(v.ru('is'))} добровольно выехала в ОАЭ, опровергаются показаниями самой потерпевшей, а также перепиской с аккаунтом ${HD(c.hd(r, 'at'))}. Оснований для смягчения наказания ${P(r.ru('si', 'dat'))} коллегия не находит.`;
});
add('ru', 'cyrl', 'police', (c) => {
  const d = c.m(),
    v1 = c.f(),
    v2 = c.f();
  return L`РАПОРТ\nДокладываю, что ${c.date('ru')} в ${c.time()} в ходе ОРМ «Мигрант» ${c.addrIn()} был остановлен автомобиль Toyota Alphard с г/н ${PL(c.plate('kz'))} под управлением ${P(d.ru('sgp', 'gen'))}, ${BD(c.dob(d, 'ru'))} г.р. В салоне находились гражданки ${P(v1.ru('sg'))} и ${P(v2.ru('sg'))}, у которых отсутствовали документы, удостоверяющие личность.`;
});
add('ru', 'cyrl', 'police', (c) => {
  const v = c.f('kz');
  return L`ПРОТОКОЛ ДОПРОСА ПОТЕРПЕВШЕЙ\n\nФамилия, имя, отчество: ${P(v.ru('sgp'))}\nДата рождения: ${BD(c.dob(v, 'ru'))}\nМесто рождения: ${c.pick(['Жамбылская обл.', 'Туркестанская обл.', 'г. Шымкент', 'Алматинская обл.'])}\nДокумент: паспорт ${PP(c.pass('kz'))}, ИИН ${NID(c.iin(v))}\nМесто жительства: ${ADR(c.addr('ru'))}\nТелефон: ${PH(c.ph('kz'))}\nДопрос начат в ${c.time()}, окончен в ${c.time()}.`;
});
add('ru', 'cyrl', 'ngo', (c) => {
  const v = c.f(),
    r = c.f(),
    h = c.m('tr');
  return L`Кейс ${c.caseCode()}. Клиентка ${P(v.ru('g'))}, ${c.yrs()}, обратилась в кризисный центр ${c.orgRu()} ${c.date('ru')}. Со слов ${P(v.ru('g', 'gen'))}, вербовщица ${c.chance(0.5) ? L`по прозвищу «${P(c.nick('ru', 'f'))}»` : P(r.ru('dim'))} (тел. ${PH(c.ph(c.pick(['kz', 'kg', 'uz'])))}) обещала ей работу в кафе. В Стамбуле ${P(v.ru('g', 'acc'))} встретил мужчина по имени ${P(h.ru('g'))}, который забрал паспорт. Консультант — ${P(c.f('ru').ru('gsi'))}`;
});
add('ru', 'cyrl', 'ngo', (c) => {
  const v = c.f('kg'),
    m = c.f('kg');
  younger(v, m);
  return L`КАРТОЧКА ПРИЁМА\nДата поступления: ${c.date('ru', 'dmy')}\nФИО: ${P(v.ru('sgp'))}\nДата рождения: ${BD(c.dob(v, 'ru'))}\nГражданство: Кыргызская Республика\nДокументы: паспорт ${PP(c.pass('kg'))} (изъят работодателем)\nКонтакт родственников: мать — ${P(m.ru('gp'))}, тел. ${PH(c.ph('kg'))}\nПримечание: по-русски говорит плохо, нужен переводчик с кыргызского.`;
});
add('ru', 'cyrl', 'hotline', (c) => {
  const x = c.f(),
    v = c.f(x.o);
  return L`[${c.date('ru', 'dmy')} ${c.time()}] Входящий звонок на линию ${c.hot()}. Звонит ${P(x.ru('g'))}, сестра ${P(v.ru('gs', 'gen'))}. По её словам, сестра находится в ${c.pick(['Анталье', 'Дубае', 'Сеуле', 'Москве', 'Шардже'])}, телефон у неё отобрали. Последний раз ${P(v.ru('g'))} выходила на связь с номера ${PH(c.ph(c.pick(['tr', 'ae', 'kr', 'ru'])))}. Оператор: ${P(c.f('ru').ru('gs'))}.`;
});
add(
  'ru',
  'cyrl',
  'hotline',
  (c) =>
    L`Журнал звонков горячей линии ${c.hot()} за ${c.date('ru', 'dmy')}\nВремя | Абонент | Номер | Суть обращения\n${rows(
      c.ri(2, 4),
      () => {
        const a = c.p();
        return L`${c.time()} | ${P(c.chance(0.5) ? a.ru('gs') : a.ru('sg'))} | ${PH(c.ph(c.pick([c.ctyOf(a), 'ru', 'tr', 'ae'])))} | ${c.pick(['удержание паспорта', 'невыплата зарплаты', 'просит помощи с возвращением', 'пропала дочь', 'угрозы от работодателя', 'консультация по визе'])}`;
      },
    )}`,
);
add('ru', 'cyrl', 'interview', (c) => {
  const v = c.f(),
    r = c.f(c.pick(['kz', 'kg', 'uz'])),
    r2 = c.m();
  return L`В: Назовите свои фамилию, имя и дату рождения.\nО: ${P(v.ru('sg'))}, ${BD(c.dob(v, 'ru'))}.\nВ: Кто предложил вам работу?\nО: Соседка, мы звали её ${P(r.ru('g'))} апа. Она сказала, что в Турции нужны няни.\nВ: Кто вас встретил по прибытии?\nО: Её муж, ${P(r2.ru('gs'))}. Он сразу забрал паспорт.`;
});
add('ru', 'cyrl', 'interview', (c) => {
  const r = c.m(),
    v = c.m();
  return L`— Как звали человека, который отвёз вас на стройку?\n— ${P(r.ru('g'))}, фамилию не знаю. Все называли его «${P(c.nick('ru'))}».\n— Кто ещё работал с вами?\n— ${P(v.ru('g'))} из ${c.pick(['Оша', 'Худжанда', 'Ферганы', 'Куляба', 'Андижана'])} и ещё двое ребят. ${P(v.ru('g'))} потом сбежал, у него остался номер ${PH(c.ph('ru'))}.`;
});
add('ru', 'cyrl', 'statement', (c) => {
  const v = c.f('uz'),
    r = c.f();
  return L`Я, ${P(v.ru('sgp'))}, ${BD(c.dob(v, 'ru'))} г.р., проживающая по адресу: ${ADR(c.addr('ru'))}, по существу заданных вопросов поясняю следующее. В ${c.monPre()} ${c.year()} года мне позвонила ${P(r.ru('gs'))} и предложила работу в Дубае. За билет я перевела ей ${c.sum()} на карту ${CARD(c.card(c.pick(['uzcard', 'humo', 'kaspi'])))}. С моих слов записано верно, мною прочитано.`;
});
add('ru', 'cyrl', 'statement', (c) => {
  const a = c.f(),
    r = c.m(),
    d = c.f(a.o);
  younger(d, a);
  return L`Начальнику ОВД ${c.pick(['Алмалинского района', 'Октябрьского района', 'Чиланзарского района', 'района Сино'])}\nот ${P(a.ru('sgp', 'gen'))},\nпроживающей: ${ADR(c.addr('ru'))},\nтел. ${PH(c.ph(c.ctyOf(a)))}\n\nЗАЯВЛЕНИЕ\nПрошу принять меры к ${P(r.ru('sgp', 'dat'))}, который в ${c.monPre()} увёз мою дочь ${P(d.ru('g', 'acc'))}, ${BD(c.dob(d, 'ru', 'y'))} года рождения, в ${c.pick(['Турцию', 'ОАЭ', 'Россию', 'Южную Корею'])}. С тех пор связи с дочерью нет.`;
});
add('ru', 'cyrl', 'chat', (c) => {
  const a = c.f(),
    b = c.f(),
    r = c.m(),
    d = c.dt();
  return L`[${d.s('wa_ios')}] ${P(a.ru('gs'))}: Привет, ты где?\n[${d.s('wa_ios')}] ${P(b.ru('g'))}: Нас привезли в квартиру, ${P(r.ru('g'))} забрал паспорта\n[${d.s('wa_ios')}] ${P(a.ru('gs'))}: Скинь геолокацию или адрес\n[${d.s('wa_ios')}] ${P(b.ru('g'))}: ${ADR(c.addr('tr'))}\n[${d.s('wa_ios')}] ${P(a.ru('gs'))}: Звони мне на ${PH(c.ph(c.ctyOf(a)))}`;
});
add('ru', 'cyrl', 'chat', (c) => {
  const a = c.m(),
    b = c.f(),
    d = c.dt();
  return L`${P(a.ru('gs'))}, [${d.s('tg')}]\nДевочки есть? Нужно трое на ${c.pick(['Анталью', 'Дубай', 'Шарджу', 'Бодрум'])}, билеты мои\n\n${P(b.ru('dim'))}, [${d.s('tg')}]\nЕсть одна, ${P(c.f().ru('g'))}, ${c.yrs()}, паспорт готов\n\n${P(a.ru('gs'))}, [${d.s('tg')}]\nФото и паспорт скинь сюда ${HD(c.hdr())}`;
});
add('ru', 'cyrl', 'chat', (c) => {
  const a = c.f(),
    b = c.f(),
    r = c.m(),
    d = c.dt();
  return L`${d.s('hm')} ${P(a.ru('g', { low: true }))}: ${P(b.ru('g', { low: true }))} ты говорила с ${P(r.ru('g', 'ins', { low: true }))}?\n${d.s('hm')} ${P(b.ru('g', { low: true }))}: да он сказал деньги отдаст в пятницу\n${d.s('hm')} ${P(a.ru('g', { low: true }))}: не верь ему. вот его номер ${PH(c.ph('ru'))} и инста ${HD(c.hd(r, 'ig'))}`;
});
add('ru', 'cyrl', 'news', (c) => {
  const v = c.f('kg'),
    r = c.f(),
    adv = c.m('kg');
  return L`${P(v.ru('g', 'dat'))} было ${c.yrs()}, когда она уехала из ${c.pick(['Нарына', 'Таласа', 'Оша', 'Баткена'])} в Москву. Работу ей нашла землячка ${P(r.ru('gs'))}. «Она сказала, что я буду продавщицей», — вспоминает ${P(v.ru('g'))}. Адвокат семьи ${P(adv.ru('gs'))} говорит, что уголовное дело возбудили лишь через год.`;
});
add('ru', 'cyrl', 'news', (c) => {
  const v = c.m('tj'),
    r = c.m('tj'),
    o = c.f('ru');
  return L`Корреспондент ${c.pick(['«Азаттыка»', '«Озоди»', '«Азия-Плюс»', '«Ферганы»'])} поговорил с ${P(v.ru('gs', 'ins'))}, который три года провёл на ферме под ${c.pick(['Саратовом', 'Воронежем', 'Оренбургом'])}. По словам ${P(v.ru('g', 'gen'))}, его и ещё восьмерых привёз бригадир ${P(r.ru('sg'))}. Правозащитница ${P(o.ru('gps'))} считает, что таких случаев сотни.`;
});
add('ru', 'cyrl', 'ad', (c) => {
  const r = c.f();
  return L`🔥 СРОЧНО! Требуются девушки 18–30 лет на работу официантками и хостес в Дубае! З/п от 1500$, проживание и билеты за счёт фирмы, визу делаем сами. Звонить/писать ${P(r.ru('g'))} ${PH(c.ph('ae'))} (WhatsApp) или ${c.chance(0.5) ? L`в телеграм ${HD(c.hdr())}` : L`ник в телеграме ${HD(c.hdName())}`}`;
});
add('ru', 'cyrl', 'ad', (c) => {
  const r = c.m('koryo');
  return L`Работа в Южной Корее без знания языка! Заводы, фермы, рыбные цеха. Оформление по E-9 и туристической визе. Доход от 2 500 000 вон. Консультации: ${P(r.ru('gs'))}, тел. ${PH(c.ph('kr'))}, ${PH(c.ph(c.pick(['uz', 'kz'])))}. Почта для анкет: ${EM(c.em(r))}`;
});
add(
  'ru',
  'cyrl',
  'table',
  (c) =>
    L`№ | ФИО | Дата рождения | Паспорт | Телефон\n${rows(c.ri(2, 4), (i) => {
      const p = c.p();
      return L`${i + 1} | ${P(p.ru('sgp'))} | ${BD(c.dob(p, 'ru'))} | ${PP(c.pass(p.cty))} | ${PH(c.ph(c.ctyOf(p)))}`;
    })}`,
);
add(
  'ru',
  'cyrl',
  'table',
  (c) =>
    L`Фамилия\tИмя\tГражданство\tИИН/ПИН\n${rows(c.ri(2, 4), () => {
      const p = c.p(c.pick(['kz', 'kg']));
      return L`${P(p.ru('s'))}\t${P(p.ru('g'))}\t${p.o === 'kz' ? 'РК' : 'КР'}\t${NID(p.o === 'kz' ? c.iin(p) : c.kgpin(p))}`;
    })}`,
);
add('ru', 'cyrl', 'passport', (c) => {
  const p = c.p(c.pick(['kz', 'kg', 'uz', 'tj']));
  const num = c.pass(p.cty, { compact: true });
  return L`Скан паспорта (страница с данными):\nФамилия / Surname: ${P(p.n('icao', 's'))}\nИмя / Given names: ${P(p.n('icao', 'g'))}\nДата рождения / Date of birth: ${BD(c.dob(p, 'en', 'sp'))}\nНомер паспорта / Passport No.: ${PP(num)}\n${c.mrz(p, num)}`;
});
add('ru', 'cyrl', 'bank', (c) => {
  const a = c.f('kz'),
    b = c.f();
  return L`Kaspi Gold\nПеревод клиенту Kaspi\nОтправитель: ${P(a.ru('gsi'))}\nПолучатель: ${P(b.ru('gsi'))}\nНомер получателя: ${PH(c.ph('kz'))}\nСумма: ${c.sum('kzt')}\nКарта списания: ${CARD(c.card('kaspi', { mask: true }))}\nДата: ${c.date('ru', 'dmy')} ${c.time()}\nКвитанция № ${c.dg(10)}`;
});
add(
  'ru',
  'cyrl',
  'bank',
  (c) =>
    L`Выписка по счёту ${IBAN(c.iban('kz'))}\nДата | Контрагент | Карта | Сумма\n${rows(c.ri(2, 4), () => {
      const p = c.p();
      return L`${c.date('ru', 'dmy')} | ${P(p.ru('gs'))} | ${CARD(c.card(c.pick(['kaspi', 'visa', 'mc', 'mir']), { mask: c.chance(0.5) }))} | ${c.sum('kzt')}`;
    })}`,
);
add(
  'ru',
  'cyrl',
  'manifest',
  (c) =>
    L`Рейс ${c.flight()} ${c.pick(['Алматы', 'Ташкент', 'Бишкек', 'Душанбе'])} — ${c.pick(['Стамбул', 'Дубай', 'Шарджа', 'Анталья'])}, ${c.date('ru', 'dmy')}\nМесто | Пассажир | Документ\n${rows(
      c.ri(3, 5),
      () => {
        const p = c.p();
        return L`${c.ri(1, 32)}${c.pick(['A', 'B', 'C', 'D', 'E', 'F'])} | ${P(p.n('icao', 'sg'))} | ${PP(c.pass(p.cty))}`;
      },
    )}`,
);
add(
  'ru',
  'cyrl',
  'manifest',
  (c) =>
    L`Автобус ${c.pick(['Бишкек — Москва', 'Ош — Екатеринбург', 'Худжанд — Самара', 'Ташкент — Казань'])}, гос. номер ${PL(c.plate(c.pick(['kg', 'uz', 'ru'])))}\nВодитель: ${P(c.m().ru('sgp'))}\nПассажиры:\n${rows(
      c.ri(3, 5),
      (i) => {
        const p = c.p();
        return L`${i + 1}. ${P(p.ru('sgp'))}, ${BD(c.dob(p, 'ru'))}, ${PH(c.ph(c.ctyOf(p)))}`;
      },
    )}`,
);
add('ru', 'cyrl', 'social', (c) => {
  const v = c.f(),
    s = c.f(v.o);
  return L`ВНИМАНИЕ! ПОМОГИТЕ НАЙТИ! Пропала ${P(v.ru('gs', { caps: true }))}, ${BD(c.dob(v, 'ru'))} г.р. Уехала в ${c.pick(['Стамбул', 'Дубай', 'Москву', 'Алматы'])} на заработки ${c.date('ru')}, последний раз выходила на связь с номера ${PH(c.ph(c.pick(['tr', 'ae', 'ru'])))}. Её инстаграм ${HD(c.hd(v, 'at'))}. Кто что-то знает, пишите сестре ${P(s.ru('g', 'dat'))} ${PH(c.ph(c.ctyOf(s)))}. Репост!`;
});
add('ru', 'cyrl', 'social', (c) => {
  const a = c.f(),
    b = c.f(),
    r = c.f();
  return L`${HD(c.hd(a, 'plain'))} Девочки, не ведитесь на эту страницу! ${P(r.ru('g'))} набирает «моделей» в Дубай, моя подруга ${P(b.ru('g'))} еле вернулась\n${HD(c.hd(b, 'plain'))} подтверждаю, у ${P(r.ru('g', 'gen'))} ещё второй номер ${PH(c.ph('ae'))}\n${HD(c.hd(c.f(), 'plain'))} ${P(a.ru('g'))}, спасибо что предупредила 🙏`;
});
add('ru', 'cyrl', 'police', (c) => {
  const r = c.m();
  return L`РАЗЫСКИВАЕТСЯ ${P(r.ru('sgp', { caps: true }))}, ${BD(c.dob(r, 'ru'))} года рождения, подозреваемый в торговле людьми (${c.art('kz')}). Приметы: рост около 175 см, плотного телосложения. Может передвигаться на автомобиле с г/н ${PL(c.plate('kz'))}. Использует номера ${PH(c.ph('kz'))} и ${PH(c.ph('tr'))}. Информацию сообщать по телефону 102.`;
});
add('ru', 'cyrl', 'social', (c) => {
  const v = c.f('uz'),
    m = c.f('uz');
  younger(v, m);
  return L`Ищем ${P(v.ru('g', 'acc'))}! ${P(v.ru('sg'))}, ${BD(c.dob(v, 'ru', 'long'))} года рождения, ушла из дома ${c.date('ru')} и не вернулась. Подруги говорят, что она переписывалась с мужчиной под ником ${HD(c.hdr())}. Мама ${P(m.ru('g'))}: ${PH(c.ph('uz'))}.`;
});
add('ru', 'cyrl', 'phone', (c) => {
  const o = c.p();
  return L`Детализация соединений абонентского номера ${PH(c.ph('kz'))}, зарегистрированного на ${P(o.ru('sgp', 'acc'))}\nДата | Время | Вызываемый номер | Абонент | Длительность\n${rows(
    c.ri(3, 5),
    () => {
      const x = c.p();
      return L`${c.date('ru', 'dmy')} | ${c.time()} | ${PH(c.ph(c.ctyOf(x)))} | ${P(x.ru(c.pick(['sgp', 'sg', 'si'])))} | ${c.ri(0, 12)}:${pad(c.ri(0, 59))}`;
    },
  )}`;
});
add('ru', 'cyrl', 'bank', (c) => {
  const a = c.m(),
    b = c.f();
  return L`Перевод «Золотая Корона» № ${c.dg(12)} от ${c.date('ru', 'dmy')}. Отправитель: ${P(a.ru('sgp'))}, паспорт ${PP(c.pass(a.cty))}. Получатель: ${P(b.ru('sgp'))}, тел. ${PH(c.ph(c.ctyOf(b)))}. Сумма перевода: ${c.sum('usd')}. Пункт выдачи: ${c.pick(['Ош', 'Худжанд', 'Андижан', 'Шымкент'])}.`;
});
add(
  'ru',
  'cyrl',
  'registry',
  (c) =>
    L`Журнал регистрации гостей хостела ${c.pick(['«Уют»', '«Алтын Дала»', '«Самал»', '«Навруз»'])}\n${rows(
      c.ri(3, 4),
      () => {
        const p = c.p();
        return L`${c.date('ru', 'dmy')} — ${P(p.ru('sg'))}, д.р. ${BD(c.dob(p, 'ru'))}, паспорт ${PP(c.pass(p.cty))}, комната ${c.ri(1, 20)}`;
      },
    )}`,
);
add('ru', 'cyrl', 'contract', (c) => {
  const e = c.m('tr'),
    w = c.f();
  return L`ТРУДОВОЙ ДОГОВОР № ${c.ri(10, 999)}\nг. Стамбул, ${c.date('ru')}\nРаботодатель: ${P(e.ru('gs'))}, тел. ${PH(c.ph('tr'))}, адрес: ${ADR(c.addr('tr'))}\nРаботник: ${P(w.ru('sgp'))}, паспорт ${PP(c.pass(w.cty))}\nДолжность: помощница по хозяйству. Заработная плата: ${c.sum('usd')} в месяц.`;
});
add('ru', 'cyrl', 'statement', (c) => {
  const d = c.m('kg'),
    r = c.m(),
    v = c.f();
  return L`Свидетель ${P(d.ru('sg'))} показал, что работает таксистом на автомобиле Honda Fit с номером ${PL(c.plate('kg'))}. ${c.date('ru')} по заказу он отвёз из аэропорта «Манас» мужчину, представившегося ${P(r.ru('g', 'ins'))}, и девушку, которую тот называл ${P(v.ru('dim', 'ins'))}, по адресу ${ADR(c.addr('ru'))}.`;
});
add('ru', 'cyrl', 'summons', (c) => {
  const v = c.f();
  return L`ПОВЕСТКА\n${P(v.ru('sgp'))}, проживающая по адресу: ${ADR(c.addr('ru'))}, вызывается в ${c.court(c.pick(['kz', 'kg']))} в качестве потерпевшей на ${c.date('ru')} к ${c.time()}. При себе иметь документ, удостоверяющий личность (паспорт ${PP(c.pass(v.cty))}).`;
});
add('ru', 'cyrl', 'press', (c) => {
  const r1 = c.m(),
    r2 = c.f();
  return L`Прокуратура ${c.pick(['г. Алматы', 'г. Бишкек', 'Ташкентской области', 'Согдийской области'])} сообщает: вынесен приговор организаторам канала вербовки. ${P(r1.ru('sgp'))} осуждён к ${c.ri(6, 12)} годам лишения свободы, его сообщница ${P(r2.ru('sg'))} — к ${c.ri(3, 8)} годам. По делу проходили ${c.ri(5, 20)} потерпевших.`;
});
add('ru', 'cyrl', 'registry', (c) => {
  const w = c.m(c.pick(['uz', 'tj', 'kg'])),
    h = c.f('ru');
  return L`УВЕДОМЛЕНИЕ О ПРИБЫТИИ ИНОСТРАННОГО ГРАЖДАНИНА\nФамилия: ${P(w.ru('s'))}\nИмя: ${P(w.ru('g'))}\nОтчество: ${P(w.ru('p'))}\nДата рождения: ${BD(c.dob(w, 'ru'))}\nДокумент: паспорт ${PP(c.pass(w.cty))}\nМесто пребывания: ${ADR(c.addr('ru'))}\nПринимающая сторона: ${P(h.ru('sgp'))}, тел. ${PH(c.ph('ru'))}`;
});
add('ru', 'cyrl', 'expert', (c) => {
  const v = c.f();
  return L`ЗАКЛЮЧЕНИЕ ЭКСПЕРТА № ${c.ri(100, 999)}\nНа исследование представлен паспорт ${PP(c.pass(v.cty))} на имя ${P(v.ru('sg', 'gen'))}, ${BD(c.dob(v, 'ru'))} г.р. Установлено, что страница с данными подвергалась переклейке фотографии. Подпись в паспорте выполнена не ${P(v.ru('si', 'ins'))}, а другим лицом. Сведения о ${P(v.ru('sgp', 'pre'))} направлены следователю.`;
});
add(
  'ru',
  'cyrl',
  'consular',
  (c) =>
    L`Посольство ${c.pick(['Республики Казахстан в Турецкой Республике', 'Кыргызской Республики в ОАЭ', 'Республики Узбекистан в Республике Корея', 'Республики Таджикистан в Российской Федерации'])} просит оказать содействие в возвращении следующих граждан:\n${rows(
      c.ri(2, 4),
      (i) => {
        const p = c.p();
        return L`${i + 1}) ${P(p.ru('sgp'))}, ${BD(c.dob(p, 'ru'))} г.р., ${c.chance(0.6) ? L`паспорт ${PP(c.pass(p.cty))}` : 'паспорт утрачен'};`;
      },
    )}`,
);
add('ru', 'cyrl', 'police', (c) => {
  const o = c.m(),
    ps = [c.p(), c.p(), c.p()];
  return L`В ходе обыска в жилище ${P(o.ru('sgp', 'gen'))} по адресу ${ADR(c.addr('ru'))} обнаружены и изъяты: паспорта граждан ${ps.map((p, i) => L`${i ? ', ' : ''}${P(p.ru('gs', 'gen'))} (${PP(c.pass(p.cty))})`)}; банковские карты ${CARD(c.card(c.pick(['kaspi', 'visa', 'mc'])))} и ${CARD(c.card(c.pick(['uzcard', 'humo', 'mir'])))}; тетрадь с записями.`;
});
add('ru', 'cyrl', 'news', (c) => {
  const r = c.f('koryo'),
    r2 = c.m('kr'),
    v = c.f('uz');
  return L`По данным следствия, ${P(r.ru('gps'))} через знакомого в Сеуле ${P(r2.ru('gs'))} отправляла женщин на работу в массажные салоны. Одна из пострадавших, ${P(v.ru('g'))}, рассказала, что ${P(r.ru('s'))} брала по ${c.sum('usd')} за «оформление визы».`;
});
add('ru', 'cyrl', 'ngo', (c) => {
  const a = c.f('af'),
    b = c.m('af'),
    r = c.m('tj');
  return L`В приют обратилась семья из Афганистана: ${P(a.ru('gs'))} и её брат ${P(b.ru('g'))}. По словам ${P(a.ru('g', 'gen'))}, посредник ${P(r.ru('gs'))} обещал переправить их в Турцию за ${c.sum('usd')}, но оставил в съёмной квартире на ${ADR(c.addrOn())}. Контакт посредника: ${PH(c.ph('tj'))}.`;
});
add('ru', 'cyrl', 'ngo', (c) => {
  const e = c.m('gulf'),
    v = c.f();
  return L`Работодатель ${P(e.ru('gs'))} (Emirates ID ${NID(c.eid(e))}) нанял ${P(v.ru('gs', 'acc'))} домработницей через агентство в Шардже. Виллу по адресу ${ADR(c.addr('ae'))} ${P(v.ru('g', 'dat'))} покидать не разрешали, зарплату не платили четыре месяца.`;
});
add('ru', 'cyrl', 'chat', (c) => {
  const a = c.m(),
    b = c.f(),
    d = c.dt();
  return L`${d.s('iso')} | ${P(a.ru('g'))} | [голосовое, расшифровка] Сестрёнка, не бойся, ${P(c.f().ru('dim'))} тоже там работает, всё нормально\n${d.s('iso')} | ${P(b.ru('g'))} | а паспорт когда вернут?\n${d.s('iso')} | ${P(a.ru('g'))} | как долг закроешь. пиши мне сюда ${HD(c.hd(a, 'tme'))}`;
});
add('ru', 'cyrl', 'social', (c) => {
  const r = c.f();
  return L`${HD(c.hd(r, 'at'))}\n${P(r.ru('gs'))} | Визы | Работа за границей 🇹🇷🇦🇪🇰🇷\n📞 ${PH(c.ph(c.pick(['kz', 'uz', 'kg'])))}\n✉️ ${EM(c.em(r))}\n📍 ${c.pick(['Алматы', 'Ташкент', 'Бишкек', 'Шымкент'])}`;
});
add('ru', 'cyrl', 'ad', (c) => {
  const r = c.m();
  return L`ВАКАНСИИ ТУРЦИЯ 🇹🇷\nНужны: няни, сиделки, девушки в отель. Оплата ${c.sum('usd')}. Возраст до 35.\nМенеджер ${P(r.ru('g'))}: ${PH(c.ph('tr'))}\nНаш канал: ${HD(c.tme())}\nРезюме: ${EM(c.emr())}`;
});
add('ru', 'cyrl', 'ad', (c) => {
  const r = c.f('ru');
  return L`Требуются няни и домработницы в семьи в Москве и Подмосковье. Проживание с семьёй, выходной один день в месяц. Иногородним помощь с регистрацией. Обращаться: ${P(r.ru('gp'))}, ${PH(c.ph('ru'))}, с 9 до 21.`;
});
add('ru', 'cyrl', 'ngo', (c) => {
  const a = c.f(),
    b = c.f(),
    r = c.m();
  return L`${P(a.ru('dim'))} и ${P(b.ru('dim'))} познакомились ещё в колледже. Осенью ${c.year()} года ${P(b.ru('dim'))} написала подруге, что есть работа в Анталье. Билеты купил ${P(r.ru('dim'))} — так его называли в чате. О нём известно только, что у него номер ${PH(c.ph('tr'))}. Через два месяца ${P(a.ru('dim'))} перестала выходить на связь.`;
});
add('ru', 'cyrl', 'statement', (c) => {
  const f = c.m(),
    m = c.f(f.o),
    v = c.f(f.o);
  return L`Потерпевшая ${P(v.ru('sgp'))} проживала с отцом ${P(f.ru('sgp', 'ins'))} и матерью ${P(m.ru('sgp', 'ins'))}. По словам ${P(m.ru('gp', 'gen'))}, дочь уехала вместе с ${P(c.f().ru('sg', 'ins'))}, которая работала в турагентстве.`;
});
add('ru', 'cyrl', 'medical', (c) => {
  const v = c.f(),
    d = c.p('ru');
  return L`Выписка из медицинской карты\nПациентка: ${P(v.ru('sgp'))}, ${BD(c.dob(v, 'ru'))}\nДиагноз: истощение, множественные гематомы.\nПоступила из приюта ${c.orgRu()} ${c.date('ru', 'dmy')}.\nЛечащий врач: ${P(d.ru('si'))}`;
});
add('ru', 'cyrl', 'legal', (c) => {
  const adv = c.f(),
    v = c.m(),
    r = c.m();
  return L`Адвокат ${P(adv.ru('sg'))} направила ходатайство о признании ${P(v.ru('sgp', 'gen'))} потерпевшим. Ранее следователь отказал ${P(v.ru('si', 'dat'))}, сославшись на то, что он «сам согласился» работать у ${P(r.ru('sg', 'gen'))}. Защитник полагает, что действия ${P(r.ru('si', 'gen'))} подпадают под ${c.art('ru')}.`;
});
add('ru', 'cyrl', 'police', (c) => {
  const inv = c.p(),
    v = c.f();
  return L`ПОСТАНОВЛЕНИЕ\nо признании потерпевшей\n\nСледователь ${c.pick(['СУ ДП г. Алматы', 'СО ОВД Свердловского района', 'СУ ГУВД г. Бишкек'])} ${P(inv.ru('si'))}, рассмотрев материалы уголовного дела № ${c.caseNo('kz')}, ПОСТАНОВИЛ: признать ${P(v.ru('sgp', 'acc'))}, ${BD(c.dob(v, 'ru'))} г.р., потерпевшей по уголовному делу. Разъяснить ${P(v.ru('is', 'dat'))} её права.`;
});
add('ru', 'cyrl', 'police', (c) => {
  const a = c.f(),
    b = c.f();
  return L`ПРОТОКОЛ ОЧНОЙ СТАВКИ между потерпевшей ${P(a.ru('sgp', 'ins'))} и подозреваемой ${P(b.ru('sgp', 'ins'))}.\nВопрос ${P(a.ru('si', 'dat'))}: Знаете ли вы лицо, сидящее напротив?\nОтвет: Да, это ${P(b.ru('g'))}, она забрала мой паспорт в аэропорту.\nВопрос ${P(b.ru('si', 'dat'))}: Подтверждаете ли вы показания ${P(a.ru('si', 'gen'))}?\nОтвет: Нет.`;
});
add('ru', 'cyrl', 'police', (c) => {
  const w = c.f(),
    s = c.m(),
    x1 = c.m(),
    x2 = c.m();
  return L`Опознающая ${P(w.ru('sg'))} среди предъявленных лиц — ${P(x1.ru('sgp'))}, ${P(s.ru('sgp'))} и ${P(x2.ru('sgp'))} — уверенно опознала ${P(s.ru('sg', 'acc'))} как мужчину по прозвищу «${P(c.nick('ru'))}», который встречал её в аэропорту.`;
});
add('ru', 'cyrl', 'border', (c) => {
  const v = c.f(),
    e = c.m();
  return L`${c.date('ru')} при прохождении паспортного контроля в аэропорту ${c.pick(['Алматы', 'Ташкента', 'Манас', 'Душанбе'])} (рейс ${c.flight()}) выявлена гражданка ${P(v.ru('sgp'))}, следовавшая по паспорту ${PP(c.pass(v.cty))}. Сопровождающий ${P(e.ru('sg'))} от дачи пояснений отказался и предъявил паспорт ${PP(c.pass(e.cty))}.`;
});
add(
  'ru',
  'cyrl',
  'table',
  (c) =>
    L`Опись изъятых документов\n${rows(c.ri(3, 5), (i) => {
      const p = c.p();
      return L`${i + 1}. Паспорт ${PP(c.pass(p.cty))} — ${P(p.ru('sg'))}, ${BD(c.dob(p, 'ru'))}`;
    })}`,
);
add('ru', 'cyrl', 'bank', (c) => {
  const a = c.m(),
    b = c.f(),
    d = c.m(),
    rg = c.range();
  return L`Анализ движения денежных средств показал, что с карты ${CARD(c.card('kaspi', { mask: true }))}, оформленной на ${P(a.ru('sg', 'acc'))}, в период с ${rg[0]} по ${rg[1]} переводились средства на карты ${CARD(c.card('humo', { mask: true }))} (${P(b.ru('sg'))}) и ${CARD(c.card('visa'))} (${P(d.ru('sg'))}) на общую сумму ${c.sum('kzt')}.`;
});
add('ru', 'cyrl', 'contract', (c) => {
  const l = c.f('ru'),
    t = c.m();
  return L`ДОГОВОР НАЙМА ЖИЛОГО ПОМЕЩЕНИЯ\nНаймодатель ${P(l.ru('sgp'))}, паспорт ${PP(c.pass('ru'))}, и наниматель ${P(t.ru('sgp'))}, паспорт ${PP(c.pass(t.cty))}, заключили договор о нижеследующем: наймодатель передаёт нанимателю квартиру по адресу: ${ADR(c.addr('ru'))}. Плата — ${c.sum('rub')} в месяц.`;
});
add(
  'ru',
  'cyrl',
  'notebook',
  (c) =>
    L`Тетрадь (изъята при обыске), стр. ${c.ri(2, 40)}:\n${rows(c.ri(3, 5), () => {
      const p = c.f();
      return L`${P(c.chance(0.5) ? p.ru('g') : p.ru('dim'))} — долг ${c.ri(5, 30) * 100}$, отдала ${c.ri(1, 10) * 100}$, тел. ${PH(c.ph(c.pick(['tr', 'ae', 'kz', 'uz'])))}`;
    })}`,
);
add('ru', 'cyrl', 'social', (c) => {
  const r = c.m(),
    r2 = c.f();
  return L`ЛЮДИ, ОСТОРОЖНО!!! ${P(r.ru('sg', { caps: true }))} И ${P(r2.ru('sg', { caps: true }))} ОБМАНЫВАЮТ С РАБОТОЙ В КОРЕЕ! НОМЕР ${PH(c.ph('uz'))}, КАРТА ${CARD(c.card('uzcard'))}. ДЕНЬГИ НЕ ПЕРЕВОДИТЕ!`;
});
add('ru', 'cyrl', 'police', (c) => {
  const a = c.m('kg'),
    b = c.f('kg');
  return L`Установлены личности задержанных: ${P(a.ru('patf'))}, ${BD(c.dob(a, 'ru'))} г.р., ПИН ${NID(c.kgpin(a))}, и ${P(b.ru('patf'))}, ${BD(c.dob(b, 'ru'))} г.р., ПИН ${NID(c.kgpin(b))}. Оба прибыли из ${c.pick(['Оша', 'Джалал-Абада', 'Баткена'])} автобусом ${c.date('ru')}.`;
});
add('ru', 'cyrl', 'registry', (c) => {
  const a = c.m('uz'),
    b = c.f('uz');
  return L`Список лиц, прибывших рейсом ${c.flight()}:\n— ${P(a.ru('sgn'))}, ПИНФЛ ${NID(c.pinfl(a))};\n— ${P(b.ru('sgn'))}, ПИНФЛ ${NID(c.pinfl(b))}.`;
});
add('ru', 'cyrl', 'ngo', (c) => {
  const e = c.m('tr'),
    w = c.f('tr'),
    v = c.f();
  return L`Девушку нанимала семья ${P(e.ru('gs', 'gen'))} из района Эсенъюрт. Жена работодателя, ${P(w.ru('g'))}, отобрала у ${P(v.ru('g', 'gen'))} телефон. Номер ${P(e.ru('g', 'gen'))}: ${PH(c.ph('tr'))}.`;
});
add('ru', 'cyrl', 'wiretap', (c) => {
  const a = c.m(),
    b = c.m(),
    d = c.dt();
  return L`Сводка ПТП, абонент ${PH(c.ph('kz'))} (${P(a.ru('sg'))})\n${d.s('hm')} Исх. на ${PH(c.ph('tr'))} (${P(b.ru('g'))}):\nА: Завтра трое вылетают, ${P(c.f().ru('g'))}, ${P(c.f().ru('g'))} и ещё одна.\nБ: Паспорта у них?\nА: У меня. Встретишь в аэропорту, скажешь, что от ${P(a.ru('g', 'gen'))}.`;
});
add('ru', 'cyrl', 'ngo', (c) => {
  const v = c.f(),
    r = c.f(),
    d = c.m('sa');
  return L`По прилёте ${P(v.ru('g', 'acc'))} поселили по адресу ${ADR(c.addr('ae'))}. Ключи были у ${P(r.ru('g', 'gen'))}, которая представлялась менеджером. Водитель ${P(d.ru('g'))} возил девушек на машине с номером ${PL(c.plate('ae'))} (Dubai).`;
});
add('ru', 'cyrl', 'statement', (c) => {
  const m = c.f(),
    d = c.f(m.o),
    r = c.m();
  younger(d, m);
  return L`Здравствуйте. Пишу вам, потому что больше не к кому обратиться. Моя дочь ${P(d.ru('gs'))}, ${BD(c.dob(d, 'ru', 'y'))} года рождения, уехала в ${c.pick(['Стамбул', 'Москву', 'Дубай'])} с ${P(r.ru('g', 'ins'))}, другом её одноклассника. Последний раз она звонила с номера ${PH(c.ph(c.pick(['tr', 'ru', 'ae'])))}. Мой телефон ${PH(c.ph(c.ctyOf(m)))}, ${P(m.ru('gp'))}.`;
});
add('ru', 'cyrl', 'press', (c) => {
  const r = c.f(c.pick(['kz', 'ru', 'kg']), { dbl: true }),
    v = c.f();
  return L`Суд вынес приговор ${P(r.ru('sg', 'dat'))}: шесть лет лишения свободы. По версии обвинения, ${P(r.ru('si'))} через сеть салонов красоты вербовала девушек для работы в ОАЭ. Одна из них, ${P(v.ru('g'))}, выступила свидетелем.`;
});
add('ru', 'cyrl', 'police', (c) => {
  const v = c.f(),
    m = c.f(v.o);
  v.by = c.ri(2007, 2009);
  return L`Несовершеннолетняя ${P(v.ru('sg'))}, ${BD(c.dob(v, 'ru'))} г.р., учащаяся ${c.pick(['школы-гимназии № 12 имени Абая', 'СШ № 45 им. Ч. Айтматова', 'школы № 110 имени Алишера Навои', 'лицея имени Садриддина Айни'])}, допрошена в присутствии законного представителя ${P(m.ru('sgp', 'gen'))} и психолога.`;
});
add('ru', 'cyrl', 'phone', (c) => {
  const a = c.f(),
    r = c.m();
  return L`SMS, входящие (${PH(c.ph(c.ctyOf(a)))}):\n${c.date('ru', 'dmy')} ${c.time()} от ${PH(c.ph('tr'))}: ${P(a.ru('g'))}, билет на ${c.date('ru', 'dmy')}, рейс ${c.flight()}. Встречать будет ${P(r.ru('g'))}.\n${c.date('ru', 'dmy')} ${c.time()} от ${PH(c.ph('tr'))}: Паспорт не забудь. ${P(r.ru('g'))}`;
});
add('ru', 'cyrl', 'vehicle', (c) => {
  const o = c.m();
  return L`По данным базы «Автомобиль» транспортное средство ${c.pick(['Lexus LX570', 'Mercedes-Benz Sprinter', 'Hyundai Starex', 'Chevrolet Cobalt'])} с г/н ${PL(c.plate(c.pick(['kz', 'kg', 'uz', 'ru'])))} зарегистрировано на ${P(o.ru('sgp', 'acc'))}, ${BD(c.dob(o, 'ru'))} г.р., проживающего ${c.addrIn()}.`;
});
add('ru', 'cyrl', 'ngo', (c) => {
  const v = c.f('uz'),
    h = c.m('kr'),
    b = c.f('koryo');
  return L`Брачное агентство, которым руководила ${P(b.ru('gs'))}, познакомило ${P(v.ru('g', 'acc'))} с гражданином Республики Корея ${P(h.ru('gs'))}. После переезда в ${c.pick(['Чхонджу', 'Ансан', 'Кванджу'])} ${P(v.ru('g'))} оказалась фактически в изоляции. Номер брачного агента: ${PH(c.ph('kr'))}.`;
});
add('ru', 'cyrl', 'police', (c) => {
  const v = c.f('tk'),
    r = c.m('tk'),
    t = c.m('tr');
  return L`Гражданка Туркменистана ${P(v.ru('sgp'))} пояснила, что в ${c.pick(['Стамбул', 'Анкару', 'Анталью'])} её отправил ${P(r.ru('gs'))}, а на месте встретил ${P(t.ru('g'))}. Паспорт ${P(v.ru('si', 'gen'))} (${PP(c.pass('tm'))}) до сих пор находится у ${P(t.ru('g', 'gen'))}.`;
});
add('ru', 'cyrl', 'police', (c) => {
  const v = c.f(),
    r = c.m('ru');
  return L`Из объяснения ${P(v.ru('gsi', 'gen'))}: «Работодатель ${P(r.ru('gp'))} сказал, что паспорт вернёт, когда я отработаю долг». СНИЛС работодателя ${NID(c.snils())}, адрес склада: ${ADR(c.addr('ru'))}.`;
});

// ---- Russian negatives
neg('ru', 'cyrl', 'court', (c) => {
  const k = c.pick(['kz', 'kg', 'uz', 'tj', 'ru']);
  return L`${c.court(k)} сообщает, что рассмотрение уголовного дела № ${c.caseNo(k)} по ${c.art(k)} отложено на ${c.date('ru', 'long')} года, ${c.time()}, в связи с неявкой переводчика. Заседание пройдёт в зале № ${c.ri(1, 14)}.`;
});
neg(
  'ru',
  'cyrl',
  'press',
  (c) =>
    L`${c.pick(['Министерство труда и социальной защиты населения', 'Министерство внутренних дел', 'Генеральная прокуратура', 'Агентство по делам миграции'])} напоминает: перед выездом на работу за рубеж проверьте лицензию агентства занятости. Горячая линия ${c.hot()} работает круглосуточно. В ${c.year()} году на линию поступило более ${c.ri(12, 50) * 100} обращений, из них ${c.ri(40, 300)} — о признаках торговли людьми.`,
);
neg(
  'ru',
  'cyrl',
  'news',
  (c) =>
    L`${c.pick(['КазНУ имени аль-Фараби', 'Назарбаев Университет', 'КРСУ имени Б. Н. Ельцина', 'Университет имени Сулеймана Демиреля', 'Национальный университет Узбекистана имени Мирзо Улугбека', 'Таджикский национальный университет'])} ${c.date('ru', 'long')} года провёл круглый стол о противодействии торговле людьми. Встреча прошла в учебном корпусе на проспекте ${c.pick(['Абая', 'Аль-Фараби', 'Чуй', 'Рудаки', 'Амира Темура'])}, в ней приняли участие около ${c.pick(['40', '50', '70', '100', '120'])} студентов.`,
);
neg(
  'ru',
  'cyrl',
  'ngo',
  (c) =>
    L`Проект реализуется при поддержке ${c.pick(['Фонда Ага Хана', 'Фонда имени Чингиза Айтматова', 'программы «Болашак»', 'фонда «Мээрим»', 'Фонда Первого Президента', 'фонда «Сорос-Казахстан»'])} и ${c.pick(['общественного объединения «Сана Сезим»', 'кризисного центра «Бахыт»', 'ОФ «Ак Жүрек»', 'центра «Ишонч»'])}. Бюджет — ${c.sum('usd')}, срок — ${c.pick(['6', '9', '12', '18'])} месяцев.`,
);
neg(
  'ru',
  'cyrl',
  'travel',
  (c) =>
    L`Рейс ${c.flight()} ${c.pick(['Алматы', 'Ташкент', 'Бишкек', 'Душанбе', 'Ашхабад'])} — ${c.pick(['Дубай', 'Стамбул', 'Анталья', 'Сеул', 'Москва'])} ${c.date('ru', 'long')} года задержан на ${c.pick(['два часа', 'три часа', 'пять часов', 'семь часов'])}. Пассажирам рейса ${c.flight()} предложено переоформить билеты на ${c.date('ru', 'dmy')}. Справки — у представителя авиакомпании.`,
);
neg(
  'ru',
  'cyrl',
  'geo',
  (c) =>
    L`Маршрут информационной кампании: ${c.pick(['Бишкек — Чолпон-Ата — Каракол', 'Талас — Нарын — Ош', 'Туркестан — Айша-Биби — Тараз', 'Мары — Туркменабат — Дашогуз', 'Навои — Гулистан — Джизак'])}. В каждом пункте волонтёры раздадут около ${c.pick(['200', '300', '500', '800'])} буклетов на ${c.pick(['кыргызском', 'казахском', 'узбекском', 'туркменском'])} и русском языках.`,
);
neg(
  'ru',
  'cyrl',
  'stats',
  (c) =>
    L`По итогам ${c.year()} года число выявленных случаев торговли людьми составило ${c.ri(80, 300)}. ${c.ri(55, 75)}% пострадавших — женщины в возрасте от 18 до ${c.ri(28, 35)} лет; среди них казашки, узбечки, кыргызки и таджички. Средний размер «долга», навязанного вербовщиками, — ${c.sum('usd')}.`,
);
neg(
  'ru',
  'cyrl',
  'legal',
  (c) =>
    L`Статья ${c.pick(['128', '135', '308'])} УК РК предусматривает наказание от ${c.ri(3, 7)} до ${c.ri(8, 15)} лет лишения свободы. Согласно нормативному постановлению Верховного суда № ${c.ri(1, 20)} от ${c.date('ru', 'long')} года, согласие жертвы не исключает ответственности. Штраф по ст. ${c.ri(400, 520)} КоАП составляет ${c.ri(50, 200)} МРП.`,
);
neg('ru', 'cyrl', 'words', (c) => {
  const wm = c.pick([
    ['бахыт', 'счастье'],
    ['жылдыз', 'звезда'],
    ['нур', 'свет'],
    ['мээрим', 'доброта'],
    ['умид', 'надежда'],
    ['лола', 'тюльпан'],
  ]);
  return L`${c.pick(['Роза ветров над перевалом меняется каждый час.', 'Надежда на возвращение домой не покидала их.', 'Вера в справедливость — главное, что у них осталось.', 'Лилия и тюльпан — символы весенней кампании.'])} Слово «${wm[0]}» в переводе означает «${wm[1]}», и центры помощи часто так называют свои программы. Тираж — ${c.ri(2, 20)} тыс. экземпляров.`;
});
neg(
  'ru',
  'cyrl',
  'monuments',
  (c) =>
    L`Шествие началось у памятника ${c.pick(['Абаю', 'Манасу', 'Амиру Темуру', 'Исмоилу Сомони', 'Махтумкули'])} и прошло по ${c.pick(['проспекту Достык', 'улице Навои', 'бульвару Эркиндик', 'проспекту Рудаки', 'улице Толе би'])} до площади ${c.pick(['Республики', 'Ала-Тоо', 'Независимости', 'Дружбы народов'])}. Участвовали около ${c.ri(2, 20) * 100} человек.`,
);
neg(
  'ru',
  'cyrl',
  'company',
  (c) =>
    L`${c.pick(['ТОО «Нур-Сервис Групп»', 'ООО «Темирлан-Строй»', 'ТОО «Айгерим Тревел»', 'ООО «Дильноза-Текстиль»', 'ТОО «Бахыт Логистик»'])}, БИН ${c.dg(12)}. Лицензия на трудоустройство за рубежом № ${c.dg(8)} отозвана ${c.date('ru')}. ${c.pick(['ООО «Восток-Кадры»', 'ООО «Евразия Персонал»'])}, ИНН ${c.dg(10)}, ОГРН ${c.dg(13)}, внесено в реестр недобросовестных агентств.`,
);
neg(
  'ru',
  'cyrl',
  'calendar',
  (c) =>
    L`С ${c.ri(20, 22)} по ${c.ri(23, 25)} марта — праздник Наурыз, в мае — выходные ${c.pick(['1, 7 и 9 мая', '1 и 9 мая'])}. Приём граждан возобновится ${c.ri(2, 10)} июня в ${c.ri(9, 10)}:00. Май и июнь традиционно становятся пиком выездов на сезонные работы.`,
);
neg(
  'ru',
  'cyrl',
  'ethnic',
  (c) =>
    L`Анкетирование проводилось на казахском, кыргызском, узбекском и таджикском языках. Среди ${c.ri(3, 15) * 100} респондентов — узбеки (${c.ri(25, 40)}%), таджики (${c.ri(15, 25)}%), кыргызы, казахи, каракалпаки, уйгуры и корё-сарам. Средний возраст респондентов — около ${c.pick(['25', '28', '30', '35'])} лет.`,
);
neg(
  'ru',
  'cyrl',
  'report',
  (c) =>
    L`Итоги. Проект «${c.pick(['Безопасная миграция', 'Дорога домой', 'Сарыарка', 'Серпін', 'Жас Өркен'])}» охватил ${c.ri(5, 20)} районов. Выводы: Большинство пострадавших — женщины ${c.ri(18, 20)}–${c.ri(28, 32)} лет. Рекомендации: Усилить контроль за частными агентствами занятости. Финансирование: ${c.sum('usd')}.`,
);

// ================================================================== ENGLISH (43 positive + 9 negative)
add('en', 'latn', 'ngo', (c) => {
  const v = c.f(),
    r = c.f(),
    h = c.m('tr');
  return L`Case summary (${c.caseCode()}). ${P(v.en('g'))}, ${c.age()}, was recruited in ${c.pick(['Almaty', 'Osh', 'Andijan', 'Khujand', 'Mary', 'Shymkent'])} by ${P(r.en('gs'))}, who promised her a job as a nanny in Istanbul. On arrival she was met by ${P(h.en('gs'))}, who took her passport (${PP(c.pass(v.cty))}). ${P(v.en('g'))} escaped after ${c.ri(2, 14)} months and contacted the shelter from ${PH(c.ph('tr'))}.`;
});
add('en', 'latn', 'form', (c) => {
  const v = c.p();
  return L`REFERRAL FORM\nFull name: ${P(v.en('gs'))}\nDate of birth: ${BD(c.dob(v, 'en', c.pick(['long', 'iso', 'slash', 'enus'])))}\nNationality: ${c.natEn(v)}\nPassport no.: ${PP(c.pass(v.cty))}\nPhone: ${PH(c.ph(c.ctyOf(v)))}\nEmail: ${EM(c.em(v))}\nCurrent address: ${ADR(c.addr(c.pick(['tr', 'ae', 'en'])))}\nReferred by: ${c.pick(['IOM', 'La Strada', 'the consulate', 'a hotline operator'])}`;
});
add('en', 'latn', 'news', (c) => {
  const v = c.f('kg'),
    r = c.m('kg'),
    o = c.f('ru');
  return L`When ${P(v.en('g'))} left ${c.pick(['Naryn', 'Talas', 'Osh', 'Batken'])} in ${c.year()}, she believed ${P(r.en('gs'))} would find her work in a Moscow bakery. Instead, she says, ${P(r.en('s'))} sold her "debt" to a sauna owner. "I knew him from school," ${P(v.en('g'))} told us. Lawyer ${P(o.en('gs'))} says the case stalled for two years.`;
});
add('en', 'latn', 'court', (c) => {
  const r1 = c.m('gulf'),
    r2 = c.f(),
    v = c.f();
  return L`Dubai Criminal Court on ${c.date('en')} sentenced ${P(r1.en('gs'))} and ${P(r2.en('gs'))} to ten years in prison followed by deportation. According to the Public Prosecution, the pair lured ${P(v.en('gs'))}, ${c.age()}, with an offer of hotel work and held her at ${ADR(c.addr('ae'))}.`;
});
add('en', 'latn', 'police', (c) => {
  const a = c.m('tr'),
    v1 = c.f(),
    v2 = c.f();
  return L`Translation of police report, Esenyurt District Police Directorate. On ${c.date('en')}, officers entered the premises at ${ADR(c.addr('tr'))} and found ${P(v1.en('gs'))} and ${P(v2.en('gs'))}, foreign nationals without documents. The tenant, ${P(a.en('gs'))} (TC ${NID(c.tckn())}), stated that the women were "guests".`;
});
add('en', 'latn', 'interview', (c) => {
  const v = c.f(),
    r = c.f('uz'),
    d = c.m();
  return L`Q: Please state your name and date of birth.\nA: ${P(v.en('gs'))}, ${BD(c.dob(v, 'en', 'long'))}.\nQ: Who arranged your travel?\nA: ${P(r.en('g'))} opa, a woman from our mahalla. Her driver ${P(d.en('g'))} took us to the airport.\nQ: Do you have her number?\nA: It was ${PH(c.ph('uz'))}.`;
});
add('en', 'latn', 'statement', (c) => {
  const v = c.m(c.pick(['tj', 'uz', 'kg'])),
    r = c.m(c.pick(['uz', 'tj', 'kg', 'ru', 'koryo'])),
    b = c.m(v.o);
  return L`My name is ${P(v.en('gs'))}. I was born on ${BD(c.dob(v, 'en', 'long'))} in ${c.pick(['Khujand', 'Kulob', 'Osh', 'Andijan', 'Jizzakh'])}. In spring ${c.year()} a man called ${P(r.en('g'))} offered me construction work in ${c.pick(['Kazan', 'Yekaterinburg', 'the Moscow region', 'Novosibirsk'])}. My brother ${P(b.en('g'))} and I paid him ${c.sum('usd_en')} each. He kept our passports until the end of the season.`;
});
add('en', 'latn', 'chat', (c) => {
  const a = c.f(),
    b = c.f(),
    d = c.dt();
  return L`${d.s('us')} - ${P(a.en('gs'))}: where are you??\n${d.s('us')} - ${P(b.en('g'))}: still in the flat, they took our phones, this is ${P(c.f().en('g'))}'s phone\n${d.s('us')} - ${P(a.en('gs'))}: send me the address\n${d.s('us')} - ${P(b.en('g'))}: ${ADR(c.addr('ae'))}\n${d.s('us')} - ${P(a.en('gs'))}: ok calling the embassy, my number is ${PH(c.ph(c.ctyOf(a)))}`;
});
add('en', 'latn', 'chat', (c) => {
  const a = c.m(),
    b = c.m(),
    d = c.dt();
  return L`${P(a.en('gs'))}, [${d.s('tg')}]\nNeed 5 workers for the farm near Ansan, no E-9 needed\n\n${P(b.en('gs'))}, [${d.s('tg')}]\nI have 3 guys from Samarkand. Contact: ${HD(c.hd(b, 'at'))}\n\n${P(a.en('gs'))}, [${d.s('tg')}]\nSend passports to ${EM(c.em(a))}`;
});
add('en', 'latn', 'ad', (c) => {
  const r = c.f(c.pick(['kz', 'uz', 'kg']));
  return L`HIRING NOW!!! Hostesses, waitresses, dancers for premium clubs in Dubai 🇦🇪 Salary from $2000 + tips, free visa & ticket. Age 18-28. Contact ${P(r.en('g'))} on WhatsApp ${PH(c.ph('ae'))} or Telegram ${HD(c.hdr())}`;
});
add('en', 'latn', 'ad', (c) => {
  const r = c.m('kr');
  return L`Seasonal farm work in Korea 🇰🇷 (C-4 visa). Garlic and cabbage harvest, 3 months. Housing provided. Agent: ${P(r.en('gs'))}, Kakao ID ${HD(c.hd(r, 'plain'))}, phone ${PH(c.ph('kr'))}.`;
});
add(
  'en',
  'latn',
  'table',
  (c) =>
    L`beneficiary_id,name,dob,nationality,phone\n${rows(c.ri(3, 5), () => {
      const p = c.p();
      return L`B-${c.dg(4)},${P(p.en('gs'))},${BD(c.dob(p, 'en', 'iso'))},${c.natEn(p)},${PH(c.ph(c.ctyOf(p)))}`;
    })}`,
);
add('en', 'latn', 'passport', (c) => {
  const p = c.p('uz');
  const num = c.pass('uz', { compact: true });
  return L`Passport data page (copy)\nType: P  Code: UZB  Passport No.: ${PP(num)}\nSurname: ${P(p.n('icao', 's'))}\nGiven names: ${P(p.n('icao', 'g'))}\nDate of birth: ${BD(c.dob(p, 'en', 'sp'))}\nPersonal No.: ${NID(c.pinfl(p))}\n${c.mrz(p, num)}`;
});
add('en', 'latn', 'passport', (c) => {
  const p = c.p(c.pick(['tj', 'kg', 'tk', 'kz', 'af']));
  const num = c.pass(p.cty, { compact: true });
  return L`MRZ read by document scanner at ${c.pick(['IST', 'DXB', 'SHJ', 'ICN', 'ALA'])} on ${c.date('en')}:\n${c.mrz(p, num)}\nHolder: ${P(p.en('gs'))}`;
});
add('en', 'latn', 'bank', (c) => {
  const s = c.m('gulf'),
    b = c.f();
  return L`Outgoing transfer ${c.dg(10)}\nOrdering customer: ${P(s.en('gs'))}\nDebit account (IBAN): ${IBAN(c.iban('ae'))}\nBeneficiary: ${P(b.en('gs'))}\nBeneficiary account: ${IBAN(c.iban(c.pick(['kz', 'tr'])))}\nAmount: ${c.sum('aed')}\nPurpose: salary`;
});
add(
  'en',
  'latn',
  'bank',
  (c) =>
    L`Remittance log (money transfer operator)\nDate | Sender | Receiver | Receiver phone | Amount\n${rows(
      c.ri(3, 4),
      () => {
        const s = c.p(),
          r = c.p(s.o);
        return L`${c.date('en', 'iso')} | ${P(s.en('gs'))} | ${P(r.en('gs'))} | ${PH(c.ph(c.ctyOf(r)))} | ${c.sum('usd_en')}`;
      },
    )}`,
);
add(
  'en',
  'latn',
  'manifest',
  (c) =>
    L`FZ ${c.ri(1700, 1799)} ${c.pick(['ALA', 'TAS', 'FRU', 'DYU', 'ASB'])}-DXB ${c.date('en', 'ddmon')}\nPAX LIST\n${rows(
      c.ri(3, 5),
      (i) => {
        const p = c.p();
        return L`${pad(i + 1)} ${P(p.n('icao', 's') + '/' + p.n('icao', 'g'))} ${p.g === 'f' ? 'MS' : 'MR'} ${PP(c.pass(p.cty, { compact: true }))}`;
      },
    )}`,
);
add(
  'en',
  'latn',
  'manifest',
  (c) =>
    L`Bus ${c.pick(['Almaty–Bishkek', 'Tashkent–Shymkent', 'Osh–Andijan', 'Dushanbe–Khujand'])}, plate ${PL(c.plate(c.pick(['kz', 'kg', 'uz'])))}, driver ${P(c.m().en('gs'))}\n${rows(
      c.ri(3, 5),
      (i) => {
        const p = c.p();
        return L`${i + 1}\t${P(p.en('sg'))}\t${BD(c.dob(p, 'en', 'dmy'))}\t${PP(c.pass(p.cty))}`;
      },
    )}`,
);
add('en', 'latn', 'social', (c) => {
  const s = c.f(),
    m = c.f(s.o);
  return L`PLEASE SHARE. My sister ${P(s.en('gs'))} (born ${BD(c.dob(s, 'en', 'y'))}) went to ${c.pick(['Antalya', 'Dubai', 'Seoul', 'Istanbul'])} for work and we have not heard from her since ${c.date('en')}. ${c.chance(0.5) ? L`Her Instagram is ${HD(c.hd(s, 'at'))}` : L`instagram: ${HD(c.hd(s, 'plain'))}`}. If you know anything please call me, ${P(m.en('g'))}, at ${PH(c.ph(c.ctyOf(m)))}.`;
});
add('en', 'latn', 'chat', (c) => {
  const r = c.hdName(),
    v = c.f(),
    d = c.dt();
  return L`Instagram DM export\n[${d.s('iso')}] ${HD(r)}: hi dear, u want job in Dubai? 1500$ monthly\n[${d.s('iso')}] ${HD(c.hd(v, 'plain'))}: what kind of job\n[${d.s('iso')}] ${HD(r)}: restaurant. my name is ${P(c.f().en('g'))}, write whatsapp ${PH(c.ph('ae'))}`;
});
add('en', 'latn', 'ngo', (c) => {
  const a = c.f(),
    b = c.f(),
    w = c.f('ru');
  return L`Shelter log ${c.date('en')}\n08:30 ${P(a.en('g'))} went to the clinic with ${P(w.en('g'))} (social worker).\n11:00 Call from the consulate regarding ${P(b.en('gs'))}; travel document to be issued.\n15:40 ${P(a.en('g'))}'s mother called from ${PH(c.ph(c.ctyOf(a)))}.`;
});
add('en', 'latn', 'hotline', (c) => {
  const x = c.m(),
    v = c.f(x.o);
  return L`Call #${c.dg(5)} | ${c.date('en', 'iso')} ${c.time()} | caller: ${P(x.en('g'))} (brother) | victim: ${P(v.en('gs'))}, b. ${BD(c.dob(v, 'en', 'y'))} | location: ${c.pick(['Sharjah', 'Ajman', 'Alanya', 'Busan'])} | callback: ${PH(c.ph(c.ctyOf(x)))}`;
});
add('en', 'latn', 'form', (c) => {
  const sp = c.m('gulf'),
    w = c.f();
  return L`VISA APPLICATION (DOMESTIC WORKER)\nSponsor: ${P(sp.en('gs'))}\nSponsor Emirates ID: ${NID(c.eid(sp))}\nSponsor mobile: ${PH(c.ph('ae'))}\nWorker: ${P(w.en('gs'))}\nWorker passport: ${PP(c.pass(w.cty))}\nWorker DOB: ${BD(c.dob(w, 'en', 'slash'))}`;
});
add('en', 'latn', 'contract', (c) => {
  const e = c.m(c.pick(['gulf', 'sa'])),
    w = c.f();
  return L`This contract is made between ${P(e.en('gs'))} ("the Employer"), residing at ${ADR(c.addr('ae'))}, and ${P(w.en('gps'))} ("the Worker"), holder of passport ${PP(c.pass(w.cty))}. The Worker's salary shall be ${c.sum('aed')} per month, paid to account ${IBAN(c.iban('ae'))}.`;
});
add('en', 'latn', 'registry', (c) => {
  const w = c.m(c.pick(['uz', 'kg', 'tj'])),
    a = c.f('kr');
  return L`Placement record, ${c.pick(['Ansan', 'Gimhae', 'Hwaseong'])} office\nWorker: ${P(w.en('gs'))} (${c.natEn(w)})\nAlien registration no.: ${NID(c.rrnForeign(w))}\nEmployer contact: ${P(a.en('gs'))}, ${PH(c.ph('kr'))}\nDormitory: ${ADR(c.addr('kr'))}`;
});
add('en', 'latn', 'registry', (c) => {
  const p = c.p(c.pick(['tk', 'uz', 'kg', 'kz']));
  return L`Residence permit (ikamet) record\nName: ${P(p.en('gs'))}\nForeigner ID no.: ${NID('99' + c.dg(9))}\nPassport: ${PP(c.pass(p.cty))}\nAddress: ${ADR(c.addr('tr'))}\nPhone: ${PH(c.ph('tr'))}`;
});
add('en', 'latn', 'ngo', (c) => {
  const a = c.m('af'),
    b = c.f('af'),
    s = c.m('tj');
  return L`${P(a.en('gs'))} and his wife ${P(b.en('g'))} crossed into Tajikistan in ${c.year()}. A smuggler known as "${P(c.nick('en'))}" promised onward travel to Türkiye. The family later identified him as ${P(s.en('gs'))}. ${P(b.en('g'))}'s UNHCR file is ${c.pick(['DUS', 'TJK'])}-${c.dg(2)}C${c.dg(5)}.`;
});
add('en', 'latn', 'ngo', (c) => {
  const m = c.m('cn'),
    w1 = c.m('kz'),
    w2 = c.m('kg');
  return L`Workers at a brick factory near ${c.pick(['Taraz', 'Shymkent', 'Konaev'])} said the manager, ${P(m.en('gs'))}, withheld wages for five months. ${P(w1.en('gs'))} and ${P(w2.en('gs'))} filed complaints with the labour inspectorate. ${P(m.en('s'))} denied the allegations.`;
});
add('en', 'latn', 'legal', (c) => {
  const a = c.f('tr'),
    v = c.f(),
    r = c.m();
  return L`MEMO\nFrom: Av. ${P(a.en('gs'))}\nRe: ${P(v.en('gs'))}\nMs ${P(v.en('s'))} states that Mr ${P(r.en('gs'))} confiscated her passport on arrival. We request that Mr ${P(r.en('s'))}'s phone records (${PH(c.ph('tr'))}) be obtained.`;
});
add(
  'en',
  'latn',
  'consular',
  (c) =>
    L`The Embassy of ${c.pick(['the Republic of Kazakhstan', 'the Kyrgyz Republic', 'the Republic of Uzbekistan', 'the Republic of Tajikistan', 'Turkmenistan'])} presents its compliments and kindly requests assistance in locating the following nationals:\n${rows(
      c.ri(2, 4),
      (i) => {
        const p = c.p();
        return L`${i + 1}. ${P(p.en('gs'))}, born ${BD(c.dob(p, 'en', 'dmy'))}, passport ${PP(c.pass(p.cty))}`;
      },
    )}`,
);
add('en', 'latn', 'press', (c) => {
  const d = c.f('ru'),
    r1 = c.m(),
    r2 = c.m();
  return L`Prosecutors said ${P(r1.en('gs'))}, ${c.age()}, and ${P(r2.en('gs'))} ran the network from a café on ${c.pick(['Abay Avenue', 'Rudaki Avenue', 'Chui Avenue', 'Amir Temur Street'])}. Forensic psychologist Dr ${P(d.en('gs'))} testified that the victims showed signs of trauma.`;
});
add('en', 'latn', 'ngo', (c) => {
  const a = c.f('ru'),
    b = c.f(),
    r = c.m('ru');
  return L`Field notes: the women called each other by nicknames. ${P(a.en('dim'))} (${P(a.en('gs'))}) was the oldest. ${P(b.en('g'))} said a man named ${P(r.en('dim'))} collected their earnings every Sunday.`;
});
add(
  'en',
  'latn',
  'table',
  (c) =>
    L`case\tvictim\tsex\trecruiter\tcontact\n${rows(c.ri(2, 4), () => {
      const v = c.p(),
        r = c.p();
      return L`${c.caseCode()}\t${P(v.en('gs'))}\t${v.g === 'f' ? 'F' : 'M'}\t${P(r.en('gs'))}\t${PH(c.ph(c.ctyOf(r)))}`;
    })}`,
);
add('en', 'latn', 'phone', (c) => {
  const a = c.f(),
    b = c.m(),
    d = c.dt();
  return L`SMS extraction (device of ${P(a.en('gs'))})\n${d.s('iso')} FROM ${PH(c.ph('tr'))}: ${P(a.en('g', { low: true }))} the car is outside\n${d.s('iso')} TO ${PH(c.ph('tr'))}: ok\n${d.s('iso')} FROM ${PH(c.ph('tr'))}: bring the passport. ${P(b.en('g'))}`;
});
add('en', 'latn', 'vehicle', (c) => {
  const r = c.m('sa');
  return L`Rental agreement RA-${c.dg(6)}: Nissan Sunny, plate ${PL(c.plate('ae'))}, Sharjah. Renter: ${P(r.en('gs'))}, mobile ${PH(c.ph('ae'))}, licence copy attached.`;
});
add(
  'en',
  'latn',
  'registry',
  (c) =>
    L`Guest register, Hotel ${c.pick(['Laleli Star', 'Aksaray Palace', 'Kumkapı Inn', 'Grand Sultan'])}\n${rows(
      c.ri(3, 4),
      () => {
        const p = c.p();
        return L`Room ${c.ri(101, 512)} — ${P(p.en('sg', { caps: true }))} — passport ${PP(c.pass(p.cty))} — ${c.natEn(p)}`;
      },
    )}`,
);
add('en', 'latn', 'social', (c) => {
  const r = c.f();
  return L`WARNING!!! DO NOT TRUST ${P(r.en('gs', { caps: true }))}. SHE IS TAKING GIRLS TO DUBAI WITH FAKE JOB OFFERS. HER NUMBERS ARE ${PH(c.ph('ae'))} AND ${PH(c.ph(c.ctyOf(r)))}. SHARE!!!`;
});
add('en', 'latn', 'social', (c) => {
  const v = c.m('tj');
  return L`${HD(c.hdr())}: Thread 🧵 on how ${P(v.en('g'))}, a ${c.age()}-year-old from ${c.pick(['Kulob', 'Khujand', 'Bokhtar'])}, ended up unpaid on a farm. He asked us to use his real name. 1/6\n${HD(c.hdr())}: his brother ${P(c.m('tj').en('g'))} is also missing, last number ${PH(c.ph('ru'))}`;
});
add('en', 'latn', 'email', (c) => {
  const a = c.f(),
    b = c.m();
  return L`From: ${P(a.en('gs'))} <${EM(c.em(a))}>\nTo: ${P(b.en('gs'))} <${EM(c.em(b))}>\nDate: ${c.date('en')}\nSubject: documents\n\nDear ${P(b.en('g'))}, attached is my passport copy. My number is ${PH(c.ph(c.ctyOf(a)))}. Regards, ${P(a.en('g'))}`;
});
add('en', 'latn', 'manifest', (c) => {
  const p = c.p();
  return L`RP/${c.pick(['ALA', 'TAS', 'FRU'])}1S2101/\n1.${P(p.n('icao', 's') + '/' + p.n('icao', 'g'))} ${p.g === 'f' ? 'MS' : 'MR'}\n2 ${c.flight()} Y ${c.date('en', 'ddmon')} HK1\nSRDOCS HK1-P-${c.ctyCode(p)}-${PP(c.pass(p.cty, { compact: true }))}-${c.ctyCode(p)}-${BD(c.dob(p, 'en', 'ddmony'))}-${p.g === 'f' ? 'F' : 'M'}\nCTCM ${PH(c.ph(c.ctyOf(p), 'plain'))}`;
});
add(
  'en',
  'latn',
  'bank',
  (c) =>
    L`Compensation payments (court order ${c.caseNo('kz')})\n${rows(c.ri(2, 4), () => {
      const p = c.p();
      return L`${P(p.en('gs'))}: card ${CARD(c.card(c.cardFor(p), { mask: c.chance(0.4) }))}, ${c.sum('usd_en')}`;
    })}`,
);
add('en', 'latn', 'medical', (c) => {
  const v = c.f(),
    n = c.f(v.o);
  return L`Medical screening, ${c.date('en')}\nPatient: ${P(v.en('gs'))}, DOB ${BD(c.dob(v, 'en', 'iso'))}\nFindings: malnutrition, old fracture of the left wrist.\nInterpreter: ${P(n.en('g'))}\nFollow-up: 2 weeks.`;
});
add('en', 'latn', 'statement', (c) => {
  const w = c.m('kg'),
    v = c.f('kg'),
    r = c.m('kg');
  return L`Witness ${P(w.en('pat'))} (translated from Kyrgyz): I saw ${P(v.en('pat'))} get into a white minivan with ${P(r.en('g'))} near the western bus station. The van's number was ${PL(c.plate('kg'))}.`;
});
add('en', 'latn', 'news', (c) => {
  const v = c.f('tk'),
    r = c.f('tr');
  return L`${P(v.en('gs'))} is not her real name, she insisted, but the one on the passport ${P(r.en('gs'))} gave her in ${c.pick(['Istanbul', 'Antalya', 'Bursa'])}. Her own passport, ${PP(c.pass('tm'))}, was never returned.`;
});

// ---- English negatives
neg(
  'en',
  'latn',
  'orgs',
  (c) =>
    L`Representatives of the ${c.pick(['Aga Khan Foundation', 'Mohammed bin Rashid Al Maktoum Knowledge Foundation', 'Nazarbayev University', 'Ahmet Yesevi University', 'Suleyman Demirel University'])} and the ${c.pick(['Kyrgyz National University named after Jusup Balasagyn', 'Tashkent State University named after Alisher Navoi', 'Magtymguly Turkmen State University'])} met in ${c.pick(['Dushanbe', 'Bishkek', 'Almaty', 'Tashkent'])} on ${c.date('en')} to discuss a regional study covering ${c.ri(3, 9)} provinces.`,
);
neg(
  'en',
  'latn',
  'flights',
  (c) =>
    L`Schedule change: ${c.flight()} ${c.pick(['Tashkent', 'Almaty', 'Bishkek', 'Ashgabat'])}–${c.pick(['Dubai', 'Istanbul', 'Seoul'])} will depart at ${c.time()} instead of ${c.time()} from ${c.date('en')}. Connecting passengers on ${c.flight()} should allow ${c.ri(2, 4)} hours at the transfer desk.`,
);
neg(
  'en',
  'latn',
  'stats',
  (c) =>
    L`Of the ${c.ri(150, 900)} survivors assisted in ${c.year()}, ${c.ri(55, 80)}% were women aged 18 to ${c.ri(28, 35)}. The median recruitment fee was ${c.sum('usd_en')}, and the average period of exploitation was ${c.ri(4, 20)} months.`,
);
neg(
  'en',
  'latn',
  'legal',
  (c) =>
    L`Article ${c.pick(['128', '171', '135', '130-1'])} of the Criminal Code carries a penalty of ${c.ri(5, 8)} to ${c.ri(10, 15)} years. In case No. ${c.caseNo('kz')} the court applied paragraph ${c.ri(1, 4)} of the Supreme Court's normative resolution of ${c.date('en')}.`,
);
neg(
  'en',
  'latn',
  'hotlines',
  (c) =>
    L`Hotlines: Kazakhstan ${c.pick(['1409', '111'])}; Kyrgyzstan 189; Uzbekistan 1146; Türkiye 157 (YİMER); Republic of Korea 1345. Calls are free of charge and answered ${c.pick(['24/7', 'from 9:00 to 21:00'])}.`,
);
neg(
  'en',
  'latn',
  'words',
  (c) =>
    L`${c.pick(['Hope remained the main theme of the exhibition.', 'Grace periods for overstaying workers end in May.', 'Faith-based groups ran most of the shelters.'])} The campaign in Mary, Turkmenistan, ran from June to ${c.pick(['August', 'September', 'October'])} ${c.year()} under the slogan "Work abroad, come back safe".`,
);
neg(
  'en',
  'latn',
  'streets',
  (c) =>
    L`The march moved from ${c.pick(['Abay Avenue', 'Rudaki Avenue', 'Chui Avenue', 'Navoi Street'])} to the ${c.pick(['Amir Temur monument', 'statue of Ismoil Somoni', 'Manas monument', 'Abai monument'])} and ended at ${c.pick(['Republic Square', 'Ala-Too Square', 'Independence Square'])}, where about ${c.ri(3, 30) * 100} people gathered.`,
);
neg(
  'en',
  'latn',
  'ethnic',
  (c) =>
    L`Interviews were conducted in Uzbek, Tajik, Kyrgyz, Russian and Dari. Respondents identified as Uzbek (${c.ri(30, 45)}%), Tajik (${c.ri(15, 25)}%), Kyrgyz, Karakalpak, Hazara and Pashtun; ${c.ri(10, 30)}% spoke no Russian.`,
);
neg(
  'en',
  'latn',
  'report',
  (c) =>
    L`Summary. Methods. Findings: Most respondents (${c.ri(55, 80)}%) left home between March and June. Recommendations: Licensing of private employment agencies should be enforced. Budget: ${c.sum('usd_en')} over ${c.ri(12, 36)} months.`,
);

// ================================================================== KAZAKH (23 positive + 5 negative)
const KK_COURT = [
  'Алматы қаласының Медеу аудандық соты',
  'Астана қаласының мамандандырылған ауданаралық қылмыстық соты',
  'Шымкент қаласының Әл-Фараби аудандық соты',
  'Түркістан облысының Сарыағаш аудандық соты',
  'Алматы қаласының Бостандық аудандық соты',
];
add('kk', 'cyrl', 'verdict', (c) => {
  const r = c.m('kz'),
    v = c.f('kz');
  return L`ҮКІМ\nҚазақстан Республикасының атынан\n\n${c.date('kk')} ${c.pick(KK_COURT)} ${P(r.kk('sg', 'acc'))}, ${BD(c.dob(r, 'kk', 'y'))} жылы туған, ЖСН ${NID(c.iin(r))}, ҚР ҚК-нің ${c.pick(['128-бабы 3-бөлігі', '128-бабы 2-бөлігі', '135-бабы'])} бойынша кінәлі деп таныды. Сот ${P(r.kk('sg', 'gen'))} ${P(v.kk('gs', 'acc'))} алдап, Түркияға жұмысқа жібергенін анықтады.`;
});
add('kk', 'cyrl', 'police', (c) => {
  const d = c.m('kz'),
    v = c.f();
  return L`БАЯНАТ\n${c.date('kk')} сағат ${c.time()} шамасында ${ADR(c.addr('kk'))} мекенжайында ${PL(c.plate('kz'))} мемлекеттік нөмірлі көлік тоқтатылды. Жүргізуші — ${P(d.kk('sgp'))}, ${BD(c.dob(d, 'kk'))} ж.т. Көлікте құжатсыз ${P(v.kk('gs'))} болды.`;
});
add('kk', 'cyrl', 'ngo', (c) => {
  const v = c.f('kz'),
    r = c.f();
  return L`${P(v.kk('g'))} дағдарыс орталығына ${c.date('kk')} келді. Оның айтуынша, ${P(r.kk('gs'))} оған Дубайда даяшы болып жұмыс істеуді ұсынған. ${P(v.kk('g', 'gen'))} төлқұжатын ${P(r.kk('g'))} әуежайда алып қойған. Байланыс: ${PH(c.ph('kz'))}.`;
});
add('kk', 'cyrl', 'interview', (c) => {
  const v = c.f('kz'),
    r = c.m('kz');
  return L`Сұрақ: Аты-жөніңізді айтыңыз.\nЖауап: ${P(v.kk('gs'))}, ${BD(c.dob(v, 'kk'))} жылы туғанмын.\nСұрақ: Сізді кім жұмысқа шақырды?\nЖауап: ${P(r.kk('g'))} ағай. Ол ${P(c.f('kz').kk('g', 'dat'))} де жұмыс тауып берген.\nСұрақ: Оның телефоны бар ма?\nЖауап: Иә, ${PH(c.ph('kz'))}.`;
});
add('kk', 'cyrl', 'statement', (c) => {
  const v = c.f('kz'),
    r = c.f('kz'),
    b = c.m('kz');
  return L`Мен, ${P(v.kk('sgp'))}, ${BD(c.dob(v, 'kk', 'y'))} жылы туғанмын, ${ADR(c.addr('kk'))} мекенжайында тұрамын. ${c.year()} жылы ${P(r.kk('gs'))} маған Стамбұлда жұмыс бар екенін айтты. Билет ақшасын оның ағасы ${P(b.kk('g', 'dat'))} аудардым.`;
});
add('kk', 'cyrl', 'chat', (c) => {
  const a = c.f('kz'),
    b = c.f('kz'),
    r = c.m('kz'),
    d = c.dt();
  return L`[${d.s('wa_ios')}] ${P(a.kk('g'))}: ${P(b.kk('g'))}, қайдасың?\n[${d.s('wa_ios')}] ${P(b.kk('g'))}: пәтердеміз, ${P(r.kk('g'))} телефондарды алып қойды\n[${d.s('wa_ios')}] ${P(a.kk('g'))}: мекенжайды жібер\n[${d.s('wa_ios')}] ${P(b.kk('g'))}: ${ADR(c.addr('tr'))}\n[${d.s('wa_ios')}] ${P(a.kk('g'))}: ${P(r.kk('g', 'dat'))} ештеңе айтпа`;
});
add('kk', 'cyrl', 'chat', (c) => {
  const a = c.f('kz'),
    t = c.m('kz'),
    x = c.f('kz'),
    d = c.dt();
  return L`${P(t.kk('gs'))}, [${d.s('tg')}]\n${P(x.kk('g', 'dat'))} айт, ертең ұшамыз\n\n${P(a.kk('gs'))}, [${d.s('tg')}]\nжарайды. ${P(t.kk('g', 'acc'))} әуежайда күтемін. төлқұжатым ${P(t.kk('g', 'loc'))} ма?\n\n${P(t.kk('gs'))}, [${d.s('tg')}]\nиә, менде. ${P(x.kk('g', 'com'))} да сөйлестім`;
});
add('kk', 'cyrl', 'news', (c) => {
  const v = c.f('kz'),
    r = c.m('kz'),
    l = c.f('kz');
  return L`${c.age()} жастағы ${P(v.kk('g'))} ${c.pick(['Жамбыл', 'Түркістан', 'Қызылорда'])} облысынан Оңтүстік Кореяға жұмысқа кеткен. Оны ${P(r.kk('gs'))} деген адам шақырған. Адвокат ${P(l.kk('gs'))} істің екі жылдан бері қаралмай жатқанын айтты.`;
});
add('kk', 'cyrl', 'ad', (c) => {
  const r = c.f('kz');
  return L`Дубайда жұмыс! Қыздар керек, 18-30 жас. Айлық 1500$-дан бастап, билет пен виза тегін. Хабарласыңыз: ${P(r.kk('g'))} ${PH(c.ph('kz'))} (WhatsApp), телеграм ${HD(c.hdr())}`;
});
add(
  'kk',
  'cyrl',
  'table',
  (c) =>
    L`Аты-жөні | Туған күні | ЖСН | Телефон\n${rows(c.ri(2, 4), () => {
      const p = c.p('kz');
      return L`${P(p.kk('sgp'))} | ${BD(c.dob(p, 'kk'))} | ${NID(c.iin(p))} | ${PH(c.ph('kz'))}`;
    })}`,
);
add('kk', 'cyrl', 'passport', (c) => {
  const p = c.p('kz');
  const num = c.pass('kz', { compact: true });
  return L`ҚАЗАҚСТАН РЕСПУБЛИКАСЫ / ПАСПОРТ\nТегі / Surname: ${P(p.kk('s', { caps: true }))} / ${P(p.n('icao', 's'))}\nАты / Given name: ${P(p.kk('g', { caps: true }))} / ${P(p.n('icao', 'g'))}\nТуған күні / Date of birth: ${BD(c.dob(p, 'kk'))}\nЖСН / IIN: ${NID(c.iin(p))}\nПаспорт № ${PP(num)}`;
});
add('kk', 'cyrl', 'bank', (c) => {
  const a = c.f('kz'),
    b = c.m();
  return L`Kaspi аударым\nЖіберуші: ${P(a.kk('gsi'))}\nАлушы: ${P(b.kk('gsi'))}\nАлушының нөмірі: ${PH(c.ph('kz'))}\nСома: ${c.sum('kzt_kk')}\nКарта: ${CARD(c.card('kaspi', { mask: true }))}\nШот: ${IBAN(c.iban('kz'))}`;
});
add('kk', 'cyrl', 'social', (c) => {
  const v = c.f('kz'),
    s = c.m('kz');
  return L`ІЗДЕУ САЛЫНДЫ! ${P(v.kk('gs', { caps: true }))}, ${BD(c.dob(v, 'kk'))} ж.т., ${c.date('kk', 'dmy')} бастап хабарсыз. Соңғы рет ${PH(c.ph('tr'))} нөмірінен хабарласқан. Білетіндер ағасы ${P(s.kk('g', 'dat'))} хабарласыңыздар: ${PH(c.ph('kz'))}. Бөлісіңіздер!`;
});
add('kk', 'cyrl', 'hotline', (c) => {
  const x = c.f('kz'),
    v = c.f('kz');
  return L`${c.date('kk')}, ${c.time()}. ${c.pick(['111', '1409', '116 111'])} сенім телефонына ${P(x.kk('gs'))} қоңырау шалды. Оның қызы ${P(v.kk('g'))} Анталияда, жұмыс беруші төлқұжатын бермей отыр. Кері байланыс: ${PH(c.ph('kz'))}. Оператор: ${P(c.f('kz').kk('g'))}.`;
});
add('kk', 'latn', 'news', (c) => {
  const v = c.f('kz'),
    r = c.m('kz');
  return L`${P(v.n('kk21', 'g'))} ${c.age()} jasynda Türkiiağa jūmysqa ketken. Ony ${P(r.n('kk21', 'gs'))} esımdı adam şaqyrğan. Qazır ${P(v.n('kk21', 'g'))} elge oraldy, al ${P(r.n('kk21', 's'))} ızdeude jür. Baılanys: ${PH(c.ph('kz'))}.`;
});
add('kk', 'latn', 'social', (c) => {
  const v = c.f('kz'),
    s = c.f('kz');
  return L`Izdeý salyndy! ${P(v.n('kk18', 'gs'))}, ${BD(c.dob(v, 'kk'))} j.t., Dýbaıǵa ketip, habarsyz joǵaldy. Ápkesi ${P(s.n('kk18', 'g'))}: ${PH(c.ph('kz'))}. Instagram: ${HD(c.hd(v, 'plain'))}`;
});
add('kk', 'cyrl', 'police', (c) => {
  const a = c.m('kz'),
    b = c.f('kz');
  return L`Ұсталғандар: ${P(a.kk('pat'))} (${BD(c.dob(a, 'kk'))}) және ${P(b.kk('pat'))} (${BD(c.dob(b, 'kk'))}). Екеуі де ${c.pick(['Сарыағаш', 'Жетісай', 'Мақтаарал'])} ауданының тұрғындары. ${P(a.kk('g'))} ${PL(c.plate('kz'))} нөмірлі көлікті басқарған.`;
});
add('kk', 'cyrl', 'statement', (c) => {
  const w = c.f('kz'),
    r = c.f('kz'),
    d = c.m('kz');
  return L`Куә ${P(w.kk('gs'))}: «${P(r.kk('g'))} апай бізге Түркияда бала күтуші керек деді. Күйеуі ${P(d.kk('g'))} көкем билет алып берді. Кейін ${P(r.kk('g', 'gen'))} нөмірі ${PH(c.ph('tr'))} өшіп қалды.»`;
});
add('kk', 'cyrl', 'interview', (c) => {
  const v = c.f('kz'),
    r = c.m('kz');
  return L`— Сені кім шақырды?\n— Мені ${P(v.kk('dim'))} деп еркелететін бір әйел, аты ${P(c.f('kz').kk('g'))} екен. Ал ${P(r.kk('g'))} «${P(c.nick('kk'))}» деген лақап атпен жүрді.\n— Оның нөмірі бар ма?\n— ${PH(c.ph('kz'))}`;
});
add(
  'kk',
  'cyrl',
  'manifest',
  (c) =>
    L`Автобус: ${c.pick(['Шымкент — Ташкент', 'Алматы — Бішкек', 'Тараз — Бішкек'])}, мемлекеттік нөмірі ${PL(c.plate('kz'))}\nЖолаушылар:\n${rows(
      c.ri(3, 5),
      (i) => {
        const p = c.p();
        return L`${i + 1}. ${P(p.kk('sg'))}, ${BD(c.dob(p, 'kk'))}, төлқұжат ${PP(c.pass(p.cty))}`;
      },
    )}`,
);
add('kk', 'cyrl', 'statement', (c) => {
  const a = c.f('kz'),
    r = c.m(),
    d = c.m('kz');
  younger(d, a);
  return L`${c.pick(['Алматы қаласы', 'Шымкент қаласы', 'Тараз қаласы'])} полиция департаментінің бастығына\n${P(a.kk('sgp'))} атынан\nМекенжайы: ${ADR(c.addr('kk'))}\nТел.: ${PH(c.ph('kz'))}\n\nАРЫЗ\nМенің ұлым ${P(d.kk('g'))} ${P(r.kk('gs', 'gen'))} уәдесіне сеніп, Ресейге кетті. Қазір онымен байланыс жоқ.`;
});
add('kk', 'cyrl', 'indictment', (c) => {
  const r = c.f('kz'),
    v1 = c.f(),
    v2 = c.f();
  return L`Айыптау актісі. Айыпталушы ${P(r.kk('sgp'))}, ${BD(c.dob(r, 'kk'))} ж.т., ${P(v1.kk('gs', 'acc'))} және ${P(v2.kk('gs', 'acc'))} жалған жұмыс ұсынысымен БАӘ-ге жіберген. Жәбірленушілердің төлқұжаттары: ${PP(c.pass(v1.cty))}, ${PP(c.pass(v2.cty))}.`;
});
add('kk', 'cyrl', 'chat', (c) => {
  const a = c.f('kz'),
    b = c.m('kz'),
    d = c.dt();
  return L`${d.s('hm')} ${P(a.kk('g', { low: true }))}: ${P(b.kk('g', { low: true }))} сен ${P(c.m('kz').kk('g', 'acc', { low: true }))} білесің бе\n${d.s('hm')} ${P(b.kk('g', { low: true }))}: иә, инстасы ${HD(c.hd(b, 'at'))}\n${d.s('hm')} ${P(a.kk('g', { low: true }))}: маған нөмірін жіберші`;
});

neg(
  'kk',
  'cyrl',
  'court',
  (c) =>
    L`ҚР ҚК-нің ${c.pick(['128-бабы', '135-бабы', '308-бабы'])} бойынша № ${c.caseNo('kz')} қылмыстық іс ${c.pick(KK_COURT)} ${c.date('kk')} сағат ${c.time()}-де қаралады. ҚР Ішкі істер министрлігі мен Еңбек және халықты әлеуметтік қорғау министрлігінің өкілдері қатысады.`,
);
neg(
  'kk',
  'cyrl',
  'words',
  (c) =>
    L`${c.pick(['Бақыт деген не? Әркімнің өз жауабы бар.', 'Жұлдыздар жарқырап тұрған түн еді.', 'Арман мен үміт жастарды алысқа жетелейді.'])} Наурыз мейрамы құтты болсын! ${c.pick(['Шынар ағаштары көшеге көлеңке түсіреді.', 'Сәуле терезеден түсіп тұр.', 'Бота анасының қасынан кетпейді.'])} Ауылда ${c.ri(20, 300)} отбасы тұрады.`,
);
neg(
  'kk',
  'cyrl',
  'places',
  (c) =>
    L`${c.pick(['Әл-Фараби атындағы Қазақ ұлттық университетінде', 'Сүлейман Демирел атындағы университетте', 'Назарбаев Университетінде', 'Қожа Ахмет Ясауи атындағы университетте'])} адам саудасына қарсы дөңгелек үстел өтті. Қатысушылар ${c.pick(['Абай даңғылы', 'Төле би көшесі', 'Достық даңғылы'])} бойымен шеруге шықты.`,
);
neg(
  'kk',
  'cyrl',
  'stats',
  (c) =>
    L`${c.year()} жылы ${c.pick(['111', '1409'])} сенім телефонына ${grp(c.ri(1000, 6000))} қоңырау түсті, оның ${c.ri(10, 30)}%-ы 18-25 жастағы әйелдерден. Зардап шеккендерге ${c.sum('kzt_kk')} өтемақы төленді.`,
);
neg(
  'kk',
  'cyrl',
  'geo',
  (c) =>
    L`Ақпараттық науқан ${c.pick(['Түркістан, Кентау және Айша бибі', 'Жаңаөзен, Ақтау және Бейнеу', 'Жетісай, Сайрам және Арыс'])} елді мекендерінде өтті. ${c.flight()} рейсімен ${c.ri(40, 200)} еңбек мигранты Стамбұлдан оралды.`,
);

// ================================================================== KYRGYZ (18 positive + 4 negative)
const KY_COURT = [
  'Бишкек шаарынын Октябрь райондук соту',
  'Бишкек шаарынын Ленин райондук соту',
  'Ош шаардык соту',
  'Чүй облусунун Сокулук райондук соту',
  'Жалал-Абад шаардык соту',
];
add('ky', 'cyrl', 'verdict', (c) => {
  const r = c.m('kg'),
    v = c.f('kg');
  return L`${c.pick(KY_COURT)} ${P(r.ky('sgp', 'acc'))}, ${BD(c.dob(r, 'ky', 'y'))}-жылы туулган, КР Кылмыш-жаза кодексинин ${c.pick(['171-беренеси', '171-беренесинин 2-бөлүгү', '172-беренеси'])} боюнча күнөөлүү деп тапты. Сот ${P(r.ky('g', 'gen'))} ${P(v.ky('gs', 'acc'))} алдап, Россияга жибергенин аныктады.`;
});
add('ky', 'cyrl', 'police', (c) => {
  const d = c.m('kg'),
    v1 = c.f('kg'),
    v2 = c.f('kg');
  return L`${c.date('ky')} ${ADR(c.addr('ky'))} дарегинде ${PL(c.plate('kg'))} мамлекеттик номериндеги унаа токтотулду. Айдоочу — ${P(d.ky('sgp'))}, ${BD(c.dob(d, 'ky'))}. Унаада документсиз ${P(v1.ky('gs'))} жана ${P(v2.ky('gs'))} бар болчу.`;
});
add('ky', 'cyrl', 'ngo', (c) => {
  const v = c.f('kg'),
    r = c.f();
  return L`${P(v.ky('g'))} кризистик борборго ${c.date('ky')} кайрылды. Анын айтымында, ${P(r.ky('gs'))} ага Стамбулда бала багуучу болуп иштөөнү сунуштаган. ${P(v.ky('g', 'gen'))} паспортун ${P(r.ky('g'))} аэропортто алып койгон. Байланыш: ${PH(c.ph('kg'))}.`;
});
add('ky', 'cyrl', 'interview', (c) => {
  const v = c.f('kg'),
    r = c.m('kg');
  return L`Суроо: Аты-жөнүңүздү айтыңыз.\nЖооп: ${P(v.ky('gs'))}, ${BD(c.dob(v, 'ky'))}.\nСуроо: Сизди ким жумушка чакырды?\nЖооп: ${P(r.ky('g'))} байке. Ал ${P(c.f('kg').ky('g', 'dat'))} да жумуш тапкан.\nСуроо: Анын телефону барбы?\nЖооп: Ооба, ${PH(c.ph('kg'))}.`;
});
add('ky', 'cyrl', 'statement', (c) => {
  const v = c.f('kg'),
    r = c.f('kg');
  return L`Мен, ${P(v.ky('sgp'))}, ${BD(c.dob(v, 'ky', 'y'))}-жылы туулгам, ${ADR(c.addr('ky'))} дарегинде жашайм. ${c.year()}-жылы ${P(r.ky('gs'))} мага Москвада жумуш бар экенин айтты. Билет үчүн ${P(r.ky('g', 'dat'))} ${c.sum('kgs')} бердим.`;
});
add('ky', 'cyrl', 'chat', (c) => {
  const a = c.f('kg'),
    b = c.f('kg'),
    r = c.m('kg'),
    d = c.dt();
  return L`${d.s('wa_and')} ${P(a.ky('g'))}: ${P(b.ky('g'))}, кайдасың?\n${d.s('wa_and')} ${P(b.ky('g'))}: батирдебиз, ${P(r.ky('g'))} телефондорду алып койду\n${d.s('wa_and')} ${P(a.ky('g'))}: дарегин жибер\n${d.s('wa_and')} ${P(b.ky('g'))}: ${ADR(c.addr('ru'))}`;
});
add('ky', 'cyrl', 'news', (c) => {
  const v = c.f('kg'),
    r = c.m('kg'),
    l = c.m('kg');
  return L`${c.age()} жаштагы ${P(v.ky('g'))} ${c.pick(['Нарындан', 'Таластан', 'Баткенден', 'Оштон'])} Москвага жумушка кеткен. Аны ${P(r.ky('gs'))} деген киши чакырган. Адвокат ${P(l.ky('gs'))} иш эки жылдан бери каралбай жатканын билдирди.`;
});
add('ky', 'cyrl', 'ad', (c) => {
  const r = c.m('kg');
  return L`Россияда жумуш! Курулушка, складга жигиттер керек. Айлык 60 000 рублден. Билет бекер. Байланыш: ${P(r.ky('g'))} ${PH(c.ph('kg'))}, ${PH(c.ph('ru'))} (WhatsApp)`;
});
add(
  'ky',
  'cyrl',
  'table',
  (c) =>
    L`Аты-жөнү | Туулган күнү | ПИН | Телефон\n${rows(c.ri(2, 4), () => {
      const p = c.p('kg');
      return L`${P(p.ky('sgp'))} | ${BD(c.dob(p, 'ky'))} | ${NID(c.kgpin(p))} | ${PH(c.ph('kg'))}`;
    })}`,
);
add('ky', 'cyrl', 'passport', (c) => {
  const p = c.p('kg');
  const num = c.pass('kg', { compact: true });
  return L`КЫРГЫЗ РЕСПУБЛИКАСЫ / ПАСПОРТ\nФамилиясы / Surname: ${P(p.n('icao', 's'))}\nАты / Given name: ${P(p.n('icao', 'g'))}\nТуулган күнү / Date of birth: ${BD(c.dob(p, 'ky'))}\nПИН / Personal No: ${NID(c.kgpin(p))}\n${c.mrz(p, num)}`;
});
add('ky', 'cyrl', 'bank', (c) => {
  const a = c.f('kg'),
    b = c.m();
  return L`MBank которуу\nЖөнөтүүчү: ${P(a.ky('gsi'))}\nАлуучу: ${P(b.ky('gs'))}\nАлуучунун картасы: ${CARD(c.card('elcard', { mask: true }))}\nЭсеп: ${IBAN(c.acct('kg'))}\nСумма: ${c.sum('kgs')}`;
});
add('ky', 'cyrl', 'social', (c) => {
  const v = c.f('kg'),
    m = c.f('kg');
  return L`ЖАРДАМ БЕРИҢИЗДЕР! ${P(v.ky('gs', { caps: true }))}, ${BD(c.dob(v, 'ky'))}, ${c.date('ky')} бери байланышка чыкпай жатат. Акыркы жолу ${PH(c.ph('ru'))} номеринен чалган. Билгендер апасы ${P(m.ky('g', 'dat'))} кабарлашыңыздар: ${PH(c.ph('kg'))}`;
});
add('ky', 'cyrl', 'hotline', (c) => {
  const x = c.m('kg'),
    v = c.f('kg');
  return L`${c.date('ky')}, ${c.time()}. 189 ишеним телефонуна ${P(x.ky('gs'))} чалды. Анын карындашы ${P(v.ky('g'))} Дубайда, иш берүүчү паспортун бербей жатат. Кайра байланыш: ${PH(c.ph('kg'))}.`;
});
add('ky', 'cyrl', 'police', (c) => {
  const a = c.m('kg'),
    b = c.f('kg');
  return L`Кармалгандар: ${P(a.ky('pat'))} (${BD(c.dob(a, 'ky'))}) жана ${P(b.ky('pat'))} (${BD(c.dob(b, 'ky'))}). ${P(a.ky('g'))} ${PL(c.plate('kg'))} номериндеги унааны айдап келген.`;
});
add('ky', 'cyrl', 'news', (c) => {
  const a = c.f('kg'),
    b = c.m('kg'),
    d = c.f('kg');
  return L`${P(b.ky('g'))} ${P(a.ky('g', 'dat'))} Түркиядан жумуш табам деп убада берген. ${P(a.ky('g', 'gen'))} апасы ${P(b.ky('g', 'acc'))} мурдатан тааныган. Кийин ${P(d.ky('g', 'abl'))} белгилүү болгондой, ${P(b.ky('g'))} башка кыздарды да ушинтип алдаган.`;
});
add('ky', 'cyrl', 'statement', (c) => {
  const r = c.f('kg'),
    d = c.m('kg');
  return L`Күбө: «${P(r.ky('g'))} эже бизге Казанда ашканада иш бар деди. ${P(d.ky('g'))} байке автобуска отургузду, паспорттор ${P(r.ky('g', 'loc'))} калды. Эженин номери ${PH(c.ph('ru'))} болчу.»`;
});
add(
  'ky',
  'cyrl',
  'manifest',
  (c) =>
    L`Автобус Бишкек — Москва, номери ${PL(c.plate('kg'))}\nАйдоочу: ${P(c.m('kg').ky('gs'))}\n${rows(
      c.ri(3, 5),
      (i) => {
        const p = c.p('kg');
        return L`${i + 1}. ${P(p.ky('sg'))}, ${BD(c.dob(p, 'ky'))}, паспорт ${PP(c.pass('kg'))}`;
      },
    )}`,
);
add('ky', 'cyrl', 'statement', (c) => {
  const a = c.f('kg'),
    d = c.f('kg'),
    r = c.m();
  younger(d, a);
  return L`${c.pick(['Бишкек шаардык', 'Ош шаардык', 'Талас облустук'])} ички иштер башкармалыгына\n${P(a.ky('sgp'))} тарабынан\nДареги: ${ADR(c.addr('ky'))}\n\nАРЫЗ\nМенин кызым ${P(d.ky('g'))} ${P(r.ky('gs', 'gen'))} убадасына ишенип, Дубайга кеткен. Азыр аны менен байланыш жок.`;
});

neg(
  'ky',
  'cyrl',
  'court',
  (c) =>
    L`${c.pick(KY_COURT)} ${c.date('ky')} КР Кылмыш-жаза кодексинин 171-беренеси боюнча № ${c.caseNo('kg')} ишти карайт. Жыйын саат ${c.time()}-да башталат. Кыргыз Республикасынын Ички иштер министрлигинин өкүлдөрү катышат.`,
);
neg(
  'ky',
  'cyrl',
  'words',
  (c) =>
    L`${c.pick(['Чолпон-Ата, Талас жана Нарын шаарларында', 'Каракол, Токмок жана Балыкчы шаарларында', 'Баткен жана Кара-Балта шаарларында'])} маалымат кампаниясы өттү. Ураан: «${c.pick(['Бакыт чет өлкөдө эмес, үйдө', 'Ар бир жылдыз бир тагдыр', 'Мээрим жана сезим сатылбайт'])}». Кампанияга ${c.ri(50, 400)} жаш катышты.`,
);
neg(
  'ky',
  'cyrl',
  'places',
  (c) =>
    L`«Манас» эл аралык аэропортунда жана Жусуп Баласагын атындагы Кыргыз улуттук университетинде ${c.date('ky')} тренинг өттү. Андан кийин катышуучулар ${c.pick(['Чүй проспектиси', 'Эркиндик бульвары', 'Токтогул көчөсү'])} аркылуу Ала-Тоо аянтына чейин басып барышты.`,
);
neg(
  'ky',
  'cyrl',
  'stats',
  (c) =>
    L`${c.year()}-жылы 189 ишеним телефонуна ${grp(c.ri(900, 5000))} чалуу түшкөн, алардын ${c.ri(20, 45)}%ы 18-30 жаштагы аялдардан. Орточо «карыз» ${c.sum('kgs')} болгон.`,
);

// ================================================================== UZBEK (Latin 20 + Cyrillic 6 positive, 5 + 1 negative)
const UZ_COURT = [
  "Toshkent shahar Mirzo Ulug'bek tumani jinoyat ishlari bo'yicha sudi",
  "Samarqand viloyati jinoyat ishlari bo'yicha sudi",
  "Andijon shahar jinoyat ishlari bo'yicha sudi",
  "Toshkent shahar Shayxontohur tumani jinoyat ishlari bo'yicha sudi",
];
add('uz', 'latn', 'verdict', (c) => {
  const r = c.m('uz'),
    v = c.f('uz');
  return L`${c.pick(UZ_COURT)} ${P(r.uz('sgn', 'acc'))}, ${BD(c.dob(r, 'uz', 'y'))}-yilda tug'ilgan, JShShIR ${NID(c.pinfl(r))}, JKning ${c.pick(['135-moddasi 3-qismi', '135-moddasi 2-qismi', '135-moddasi'])} bilan aybli deb topdi. Sud ${P(r.uz('g', 'gen'))} ${P(v.uz('gs', 'acc'))} aldab, Turkiyaga yuborganini aniqladi.`;
});
add('uz', 'latn', 'police', (c) => {
  const d = c.m('uz'),
    v = c.f('uz');
  return L`${c.date('uz')} kuni ${ADR(c.addr('uzl'))} manzilida ${PL(c.plate('uz'))} davlat raqamli avtomashina to'xtatildi. Haydovchi — ${P(d.uz('sgn'))}, ${BD(c.dob(d, 'uz'))}. Mashinada hujjatsiz ${P(v.uz('gs'))} bor edi.`;
});
add('uz', 'latn', 'ngo', (c) => {
  const v = c.f('uz'),
    r = c.f();
  return L`${P(v.uz('g'))} ${c.date('uz')} kuni reabilitatsiya markaziga murojaat qildi. Uning so'zlariga ko'ra, ${P(r.uz('gs'))} unga Dubayda ofitsiant bo'lib ishlashni taklif qilgan. ${P(v.uz('g', 'gen'))} pasportini ${P(r.uz('g'))} aeroportda olib qo'ygan. Aloqa: ${PH(c.ph('uz'))}.`;
});
add('uz', 'latn', 'interview', (c) => {
  const v = c.f('uz'),
    r = c.m('uz');
  return L`Savol: Ism-familiyangizni ayting.\nJavob: ${P(v.uz('gs'))}, ${BD(c.dob(v, 'uz'))}da tug'ilganman.\nSavol: Sizni kim ishga taklif qildi?\nJavob: ${P(r.uz('g'))} aka. U ${P(c.f('uz').uz('g', 'dat'))} ham ish topib bergan.\nSavol: Uning telefoni bormi?\nJavob: Ha, ${PH(c.ph('uz'))}.`;
});
add('uz', 'latn', 'statement', (c) => {
  const v = c.f('uz'),
    r = c.f('uz');
  return L`Men, ${P(v.uz('sgn'))}, ${BD(c.dob(v, 'uz', 'y'))} yilda tug'ilganman, ${ADR(c.addr('uzl'))} manzilida yashayman. ${c.year()}-yil ${P(r.uz('gs'))} menga Istanbulda ish borligini aytdi. Chipta uchun ${P(r.uz('g', 'dat'))} ${c.sum('uzs')} berdim.`;
});
add('uz', 'latn', 'chat', (c) => {
  const a = c.m('uz'),
    b = c.f('uz'),
    d = c.dt();
  return L`${P(a.uz('gs'))}, [${d.s('tg')}]\nQizlar bormi? Dubayga 3 ta kerak\n\n${P(b.uz('g'))}, [${d.s('tg')}]\nBitta bor, ${P(c.f('uz').uz('g'))}, ${c.age()} yosh\n\n${P(a.uz('gs'))}, [${d.s('tg')}]\nPasportini ${HD(c.hdr())} ga tashla`;
});
add('uz', 'latn', 'chat', (c) => {
  const a = c.f('uz'),
    b = c.f('uz'),
    r = c.m('uz'),
    d = c.dt();
  return L`${d.s('wa_and')} ${P(a.uz('g', { low: true }))}: ${P(b.uz('g', { low: true }))} qayerdasan?\n${d.s('wa_and')} ${P(b.uz('g', { low: true }))}: kvartiradamiz, ${P(r.uz('g', { low: true }))} telefonlarni oldi\n${d.s('wa_and')} ${P(a.uz('g', { low: true }))}: manzilni yubor\n${d.s('wa_and')} ${P(b.uz('g', { low: true }))}: ${ADR(c.addr('tr'))}`;
});
add('uz', 'latn', 'news', (c) => {
  const v = c.f('uz'),
    r = c.m('uz'),
    l = c.f('uz');
  return L`${c.age()} yoshli ${P(v.uz('g'))} ${c.pick(['Qashqadaryo', 'Surxondaryo', 'Xorazm', "Farg'ona"])} viloyatidan Janubiy Koreyaga ishga ketgan. Uni ${P(r.uz('gs'))} ismli shaxs taklif qilgan. Advokat ${P(l.uz('gs'))} ish ikki yildan beri ko'rilmayotganini aytdi.`;
});
add('uz', 'latn', 'ad', (c) => {
  const r = c.m('uz');
  return L`Koreyada ish! 🇰🇷 Zavod, ferma, qurilish. Oylik 2 000 000 vondan. Vizani o'zimiz qilamiz. Murojaat: ${P(r.uz('g'))} ${PH(c.ph('uz'))}, Telegram ${HD(c.hdr())}`;
});
add(
  'uz',
  'latn',
  'table',
  (c) =>
    L`F.I.Sh. | Tug'ilgan sana | JShShIR | Telefon\n${rows(c.ri(2, 4), () => {
      const p = c.p('uz');
      return L`${P(p.uz('sgn'))} | ${BD(c.dob(p, 'uz'))} | ${NID(c.pinfl(p))} | ${PH(c.ph('uz'))}`;
    })}`,
);
add('uz', 'latn', 'passport', (c) => {
  const p = c.p('uz');
  const num = c.pass('uz', { compact: true });
  return L`O'ZBEKISTON RESPUBLIKASI PASPORTI\nFamiliyasi / Surname: ${P(p.n('icao', 's'))}\nIsmi / Given names: ${P(p.n('icao', 'g'))}\nTug'ilgan sanasi / Date of birth: ${BD(c.dob(p, 'uz'))}\nShaxsiy raqami / Personal No.: ${NID(c.pinfl(p))}\nPasport raqami: ${PP(num)}\n${c.mrz(p, num)}`;
});
add('uz', 'latn', 'bank', (c) => {
  const a = c.f('uz'),
    b = c.m();
  return L`O'tkazma (Click)\nJo'natuvchi: ${P(a.uz('gsi'))}\nQabul qiluvchi: ${P(b.uz('gs'))}\nKarta: ${CARD(c.card(c.pick(['uzcard', 'humo']), { mask: c.chance(0.5) }))}\nHisob raqami: ${IBAN(c.acct('uz'))}\nSumma: ${c.sum('uzs')}`;
});
add('uz', 'latn', 'social', (c) => {
  const v = c.f('uz'),
    b = c.m('uz');
  return L`DIQQAT! ${P(v.uz('gs', { caps: true }))}, ${BD(c.dob(v, 'uz'))}, ${c.date('uz', 'dmy')} dan beri bedarak yo'qolgan. Oxirgi marta ${PH(c.ph('tr'))} raqamidan qo'ng'iroq qilgan. Bilganlar akasi ${P(b.uz('g', 'dat'))} xabar bering: ${PH(c.ph('uz'))}`;
});
add('uz', 'latn', 'hotline', (c) => {
  const x = c.f('uz'),
    v = c.f('uz');
  return L`${c.date('uz')}, ${c.time()}. Ishonch telefoniga ${P(x.uz('gs'))} qo'ng'iroq qildi. Uning qizi ${P(v.uz('g'))} Antalyada, ish beruvchi pasportini bermayapti. Qayta aloqa: ${PH(c.ph('uz'))}. Operator: ${P(c.f('uz').uz('g'))}.`;
});
add('uz', 'latn', 'police', (c) => {
  const a = c.m('uz'),
    b = c.f('uz');
  return L`Ushlanganlar: ${P(a.uz('pat'))} (${BD(c.dob(a, 'uz'))}) va ${P(b.uz('pat'))} (${BD(c.dob(b, 'uz'))}). ${P(a.uz('g'))} ${PL(c.plate('uz'))} raqamli mashinani boshqargan.`;
});
add('uz', 'latn', 'news', (c) => {
  const a = c.f('uz'),
    b = c.m('uz'),
    d = c.f('uz');
  return L`${P(b.uz('g'))} ${P(a.uz('g', 'dat'))} Turkiyada ish topib beraman deb va'da bergan. ${P(a.uz('g', 'gen'))} onasi ${P(b.uz('g', 'acc'))} oldindan tanirdi. Keyinroq ${P(d.uz('g', 'abl'))} ma'lum bo'lishicha, ${P(b.uz('g'))} boshqa qizlarni ham shunday aldagan.`;
});
add('uz', 'latn', 'statement', (c) => {
  const r = c.f('uz'),
    d = c.m('uz');
  return L`Guvoh: «${P(r.uz('g'))} opa bizga Dubayda mehmonxonada ish bor dedi. ${P(d.uz('g'))} aka bizni aeroportga olib bordi, pasportlar ${P(r.uz('g', 'loc'))} qoldi. Opaning raqami ${PH(c.ph('ae'))} edi.»`;
});
add(
  'uz',
  'latn',
  'manifest',
  (c) =>
    L`Reys ${c.flight()} Toshkent — ${c.pick(['Istanbul', 'Dubay', 'Seul', 'Moskva'])}, ${c.date('uz', 'dmy')}\n${rows(
      c.ri(3, 5),
      (i) => {
        const p = c.p('uz');
        return L`${i + 1}. ${P(p.n('icao', 'sg'))} — ${PP(c.pass('uz'))}`;
      },
    )}`,
);
add('uz', 'latn', 'statement', (c) => {
  const a = c.f('uz'),
    d = c.m('uz'),
    r = c.m();
  younger(d, a);
  return L`${c.pick(['Toshkent shahar', 'Samarqand viloyati', 'Andijon viloyati'])} IIB boshlig'iga\n${P(a.uz('sgn'))} tomonidan\nManzil: ${ADR(c.addr('uzl'))}\nTel.: ${PH(c.ph('uz'))}\n\nARIZA\nO'g'lim ${P(d.uz('g'))} ${P(r.uz('gs', 'gen'))} va'dasiga ishonib Rossiyaga ketgan. Hozir u bilan aloqa yo'q.`;
});
add('uz', 'latn', 'interview', (c) => {
  const r = c.m('uz'),
    v = c.f('uz');
  return L`— Sizni kim kutib oldi?\n— «${P(c.nick('uz'))}» degan yigit. Haqiqiy ismi ${P(r.uz('g'))} ekan. U ${P(v.uz('dim', 'acc'))} ham olib ketgan.\n— Raqami bormi?\n— ${PH(c.ph('tr'))}`;
});
add('uz', 'cyrl', 'verdict', (c) => {
  const r = c.m('uz'),
    v = c.f('uz');
  return L`${c.pick(['Тошкент шаҳар Мирзо Улуғбек тумани жиноят ишлари бўйича суди', 'Самарқанд вилояти жиноят ишлари бўйича суди', 'Наманган шаҳар жиноят ишлари бўйича суди'])} ${P(r.uzc('sgn', 'acc'))}, ${BD(c.dob(r, 'uzc', 'y'))} йилда туғилган, ЖШШИР ${NID(c.pinfl(r))}, ЖКнинг 135-моддаси билан айбли деб топди. Суд ${P(r.uzc('g', 'gen'))} ${P(v.uzc('gs', 'acc'))} алдаб, Туркияга юборганини аниқлади.`;
});
add('uz', 'cyrl', 'police', (c) => {
  const d = c.m('uz'),
    v = c.f('uz');
  return L`${c.date('uzc')} куни ${ADR(c.addr('uzc'))} манзилида ${PL(c.plate('uz'))} давлат рақамли автомашина тўхтатилди. Ҳайдовчи — ${P(d.uzc('sgn'))}, ${BD(c.dob(d, 'uzc'))}. Машинада ҳужжатсиз ${P(v.uzc('gs'))} бор эди.`;
});
add('uz', 'cyrl', 'ngo', (c) => {
  const v = c.f('uz'),
    r = c.f('uz');
  return L`${P(v.uzc('g'))} реабилитация марказига ${c.date('uzc')} куни мурожаат қилди. Унинг сўзларига кўра, ${P(r.uzc('gs'))} унга Дубайда иш таклиф қилган. ${P(v.uzc('g', 'gen'))} паспортини ${P(r.uzc('g'))} олиб қўйган. Алоқа: ${PH(c.ph('uz'))}.`;
});
add('uz', 'cyrl', 'chat', (c) => {
  const a = c.f('uz'),
    b = c.m('uz'),
    d = c.dt();
  return L`[${d.s('wa_ios')}] ${P(a.uzc('g'))}: ${P(b.uzc('g'))} ака, пулни қачон берасиз?\n[${d.s('wa_ios')}] ${P(b.uzc('g'))}: эртага. картангни ташла\n[${d.s('wa_ios')}] ${P(a.uzc('g'))}: ${CARD(c.card('humo'))}\n[${d.s('wa_ios')}] ${P(b.uzc('g'))}: ${P(c.f('uz').uzc('g', 'dat'))} ҳам айт`;
});
add(
  'uz',
  'cyrl',
  'table',
  (c) =>
    L`Ф.И.Ш. | Туғилган сана | Паспорт | Телефон\n${rows(c.ri(2, 4), () => {
      const p = c.p('uz');
      return L`${P(p.uzc('sgn'))} | ${BD(c.dob(p, 'uzc'))} | ${PP(c.pass('uz'))} | ${PH(c.ph('uz'))}`;
    })}`,
);
add('uz', 'cyrl', 'statement', (c) => {
  const v = c.f('uz'),
    r = c.f();
  return L`Мен, ${P(v.uzc('sgn'))}, ${BD(c.dob(v, 'uzc'))} куни туғилганман, ${ADR(c.addr('uzc'))} манзилида яшайман. ${P(r.uzc('gs'))} менга Истанбулда иш борлигини айтди ва мен ${P(r.uzc('g', 'gen'))} картасига ${c.sum('uzs_c')} ўтказдим.`;
});

neg(
  'uz',
  'latn',
  'court',
  (c) =>
    L`${c.pick(UZ_COURT)}da ${c.date('uz')} kuni JKning 135-moddasi bo'yicha ${c.caseNo('uz')}-sonli ish ko'rib chiqiladi. Majlis soat ${c.time()}da boshlanadi.`,
);
neg(
  'uz',
  'latn',
  'orgs',
  (c) =>
    L`${c.pick(["Alisher Navoiy nomidagi Toshkent davlat o'zbek tili va adabiyoti universiteti", "Mirzo Ulug'bek nomidagi O'zbekiston Milliy universiteti", 'Abu Rayhon Beruniy nomidagi texnika universiteti'])}da ${c.date('uz')} kuni seminar bo'ldi. Ishtirokchilar ${c.pick(['Amir Temur xiyobonidan', "Bobur bog'idan", 'Mustaqillik maydonidan'])} yurish boshlashdi.`,
);
neg(
  'uz',
  'latn',
  'words',
  (c) =>
    L`${c.pick(['Lola sayli boshlandi.', 'Bahor keldi, dalalar yashillandi.', 'Umid bilan yashaymiz.'])} Navro'z muborak! ${c.pick(['Baxt oiladadir.', 'Oydin kechada yulduzlar porladi.', "Nodir kitoblar ko'rgazmasi ochildi."])} Tadbirga ${c.ri(50, 500)} kishi keldi.`,
);
neg(
  'uz',
  'latn',
  'stats',
  (c) =>
    L`${c.year()}-yilda 1146 ishonch telefoniga ${grp(c.ri(1000, 6000))} ta murojaat kelib tushdi, ularning ${c.ri(50, 70)}% 18-30 yoshli ayollardan. Jarima miqdori ${c.sum('uzs')} etib belgilandi.`,
);
neg(
  'uz',
  'latn',
  'geo',
  (c) =>
    L`Axborot kampaniyasi ${c.pick(['Navoiy, Guliston va Jizzax', 'Termiz, Nukus va Urganch', "Marg'ilon, Qo'qon va Chust"])} shaharlarida o'tkazildi. ${c.flight()} reysi bilan ${c.ri(40, 200)} nafar mehnat muhojiri qaytdi.`,
);
neg(
  'uz',
  'cyrl',
  'mixed',
  (c) =>
    L`Ички ишлар вазирлиги ${c.date('uzc')} куни Алишер Навоий номидаги кутубхонада брифинг ўтказди. 1146 ишонч телефонига ${grp(c.ri(500, 4000))} та мурожаат тушган. ЖКнинг 135-моддаси бўйича ${c.ri(20, 90)} та жиноят иши қўзғатилди.`,
);

// ================================================================== TAJIK (14 positive + 3 negative)
const TG_COURT = [
  'Суди ноҳияи Исмоили Сомонии шаҳри Душанбе',
  'Суди ноҳияи Фирдавсии шаҳри Душанбе',
  'Суди ноҳияи Шоҳмансури шаҳри Душанбе',
  'Суди шаҳри Хуҷанд',
  'Суди ноҳияи Синои шаҳри Душанбе',
];
add('tg', 'cyrl', 'verdict', (c) => {
  const r = c.m('tj'),
    v = c.f('tj');
  return L`${c.pick(TG_COURT)} ${P(r.tg('sgp', 'ro'))}, соли ${BD(c.dob(r, 'tg', 'y'))} таваллуд, дар содир намудани ҷинояти пешбининамудаи ${c.pick(['моддаи 130¹', 'қисми 2 моддаи 130¹', 'моддаи 132'])} КҶ ҶТ гунаҳкор донист. Суд муқаррар кард, ки ${P(r.tg('g'))} ${P(v.tg('gs', 'ro'))} фиреб дода, ба Русия фиристодааст.`;
});
add('tg', 'cyrl', 'police', (c) => {
  const d = c.m('tj'),
    v = c.f('tj');
  return L`${c.date('tg')} дар ${ADR(c.addr('tg'))} мошини рақамаш ${PL(c.plate('tj'))} боздошт шуд. Ронанда — ${P(d.tg('sgp'))}, ${BD(c.dob(d, 'tg'))}. Дар мошин ${P(v.tg('gs'))} бе ҳуҷҷат буд.`;
});
add('tg', 'cyrl', 'ngo', (c) => {
  const v = c.f('tj'),
    r = c.f();
  return L`${P(v.tg('g'))} ${c.date('tg')} ба маркази бӯҳронӣ муроҷиат кард. Ба гуфтаи ӯ, ${P(r.tg('gs'))} ба ӯ дар Дубай кор пешниҳод кардааст. Шиносномаи ${P(v.tg('g', 'ro'))} ${P(r.tg('g'))} дар фурудгоҳ гирифтааст. Тамос: ${PH(c.ph('tj'))}.`;
});
add('tg', 'cyrl', 'interview', (c) => {
  const v = c.f('tj'),
    r = c.m('tj');
  return L`Савол: Ному насабатонро гӯед.\nҶавоб: ${P(v.tg('gs'))}, ${BD(c.dob(v, 'tg'))} таваллуд шудаам.\nСавол: Шуморо кӣ ба кор даъват кард?\nҶавоб: ${P(r.tg('g'))} ака. Ӯ ба ${P(c.f('tj').tg('g'))} ҳам кор ёфта дода буд.\nСавол: Рақами телефони ӯ ҳаст?\nҶавоб: Ҳа, ${PH(c.ph('tj'))}.`;
});
add('tg', 'cyrl', 'statement', (c) => {
  const v = c.f('tj'),
    r = c.f('tj');
  return L`Ман, ${P(v.tg('sgp'))}, соли ${BD(c.dob(v, 'tg', 'y'))} таваллуд шудаам, дар ${ADR(c.addr('tg'))} зиндагӣ мекунам. Соли ${c.year()} ${P(r.tg('gs'))} ба ман гуфт, ки дар Маскав кор ҳаст. Барои чипта ба ${P(r.tg('g'))} ${c.sum('tjs')} додам.`;
});
add('tg', 'cyrl', 'chat', (c) => {
  const a = c.f('tj'),
    b = c.f('tj'),
    r = c.m('tj'),
    d = c.dt();
  return L`[${d.s('wa_ios')}] ${P(a.tg('g'))}: ${P(b.tg('g'))}, куҷоӣ?\n[${d.s('wa_ios')}] ${P(b.tg('g'))}: дар хонаем, ${P(r.tg('g'))} телефонҳоро гирифт\n[${d.s('wa_ios')}] ${P(a.tg('g'))}: суроғаро фирист\n[${d.s('wa_ios')}] ${P(b.tg('g'))}: ${ADR(c.addr('ru'))}`;
});
add('tg', 'cyrl', 'news', (c) => {
  const v = c.m('tj'),
    r = c.m('tj'),
    l = c.f('tj');
  return L`${P(v.tg('g', 'iz'))} ${c.age()}-сола аз ${c.pick(['Кӯлоб', 'Рашт', 'Бохтар', 'Панҷакент'])} ба Русия барои кор рафта буд. Ӯро ${P(r.tg('gs'))} даъват карда буд. Ҳуқуқшинос ${P(l.tg('gs'))} мегӯяд, ки парванда ду сол боз баррасӣ намешавад.`;
});
add('tg', 'cyrl', 'ad', (c) => {
  const r = c.m('tj');
  return L`Кор дар Русия! Ба сохтмон ва анбор ҷавонон лозим. Маош аз 70 000 рубл. Чипта ройгон. Тамос: ${P(r.tg('g'))} ${PH(c.ph('tj'))}, ${PH(c.ph('ru'))} (WhatsApp)`;
});
add(
  'tg',
  'cyrl',
  'table',
  (c) =>
    L`Ному насаб | Санаи таваллуд | Шиноснома | Телефон\n${rows(c.ri(2, 4), () => {
      const p = c.p('tj');
      return L`${P(p.tg('sgp'))} | ${BD(c.dob(p, 'tg'))} | ${PP(c.pass('tj'))} | ${PH(c.ph('tj'))}`;
    })}`,
);
add('tg', 'cyrl', 'passport', (c) => {
  const p = c.p('tj');
  const num = c.pass('tj', { compact: true });
  return L`ШИНОСНОМАИ ШАҲРВАНДИ ҶУМҲУРИИ ТОҶИКИСТОН\nНасаб / Surname: ${P(p.n('icao', 's'))}\nНом / Given names: ${P(p.n('icao', 'g'))}\nСанаи таваллуд / Date of birth: ${BD(c.dob(p, 'tg'))}\nРМА (ИНН): ${NID(c.tjinn())}\n${c.mrz(p, num)}`;
});
add('tg', 'cyrl', 'bank', (c) => {
  const a = c.f('tj'),
    b = c.m('tj');
  return L`Интиқоли пул (Алиф)\nФиристанда: ${P(a.tg('gs'))}\nГиранда: ${P(b.tg('gsi'))}\nКорти миллӣ: ${CARD(c.card('milli', { mask: c.chance(0.5) }))}\nҲисоб: ${IBAN(c.acct('tj'))}\nМаблағ: ${c.sum('tjs')}`;
});
add('tg', 'cyrl', 'news', (c) => {
  const a = c.f('tj'),
    b = c.m('tj'),
    d = c.f('tj');
  return L`${P(b.tg('g'))} ба ${P(a.tg('g'))} ваъда дода буд, ки дар Туркия кор меёбад. Модари ${P(a.tg('g'))} ${P(b.tg('g', 'ro'))} аз пеш мешинохт. Баъдтар аз ${P(d.tg('g'))} маълум шуд, ки ${P(b.tg('g'))} духтарони дигарро низ ҳамин тавр фиреб додааст.`;
});
add('tg', 'cyrl', 'statement', (c) => {
  const r = c.f('tj'),
    d = c.m('tj');
  return L`Шоҳид: «${P(r.tg('g'))} апа ба мо гуфт, ки дар Истанбул кор ҳаст. ${P(d.tg('g'))} ака моро ба фурудгоҳ бурд, шиносномаҳо дар дасти ${P(r.tg('g'))} монданд. Рақами ӯ ${PH(c.ph('tr'))} буд.»`;
});
add('tg', 'cyrl', 'hotline', (c) => {
  const x = c.f('tj'),
    v = c.f('tj');
  return L`${c.date('tg')}, соати ${c.time()}. Ба хати боварӣ ${P(x.tg('gs'))} занг зад. Духтараш ${P(v.tg('g'))} дар Дубай аст, корфармо шиносномаашро намедиҳад. Тамос: ${PH(c.ph('tj'))}.`;
});

neg(
  'tg',
  'cyrl',
  'court',
  (c) =>
    L`${c.pick(TG_COURT)} парвандаи ҷиноятии № ${c.caseNo('tj')}-ро тибқи моддаи 130¹ КҶ ҶТ ${c.date('tg')} соати ${c.time()} баррасӣ мекунад. Вазорати корҳои дохилӣ ва Вазорати меҳнат, муҳоҷират ва шуғли аҳолӣ иштирок мекунанд.`,
);
neg(
  'tg',
  'cyrl',
  'words',
  (c) =>
    L`${c.pick(['Субҳ шабнам бар гулҳо нишаст.', 'Баҳор омад, дарахтон шукуфтанд.', 'Умед ба фардо ҳамеша ҳаст.'])} Аксия аз хиёбони Рӯдакӣ то пайкараи Исмоили Сомонӣ гузашт; дар он ${c.ri(100, 900)} нафар ширкат доштанд.`,
);
neg(
  'tg',
  'cyrl',
  'stats',
  (c) =>
    L`Соли ${c.year()} ба хати боварӣ ${grp(c.ri(500, 4000))} занг ворид шуд, ${c.ri(40, 70)}%-и онҳо аз занони 18–30 сола. Рейси ${c.flight()} Душанбе — Маскав ${c.ri(2, 8)} соат таъхир кард.`,
);

// ================================================================== TURKISH (11 positive + 3 negative)
add('tr', 'latn', 'indictment', (c) => {
  const s = c.m('tr'),
    v = c.f();
  return L`İDDİANAME\nŞüpheli: ${P(s.tr('gs'))}, T.C. kimlik no: ${NID(c.tckn())}, ${BD(c.dob(s, 'tr'))} doğumlu.\nMağdur: ${P(v.tr('gs'))}, ${c.natTr(v)} uyruklu, pasaport no: ${PP(c.pass(v.cty))}.\nSuç: İnsan ticareti (TCK 80. madde).\nŞüpheli ${c.trP(s.tr('g'), 'gen')} mağdurun pasaportuna el koyduğu tespit edilmiştir.`;
});
add('tr', 'latn', 'police', (c) => {
  const a = c.m('tr'),
    v1 = c.f(),
    v2 = c.f();
  return L`TUTANAK\n${c.date('tr')} tarihinde ${ADR(c.addr('tr'))} adresinde yapılan denetimde ${P(v1.tr('gs'))} ve ${P(v2.tr('gs'))} isimli yabancı uyruklu şahıslar kimliksiz olarak tespit edilmiştir. Daire kiracısı ${P(a.tr('gs'))} (${PH(c.ph('tr'))}) şahısların misafir olduğunu beyan etmiştir. Araç plakası: ${PL(c.plate('tr'))}.`;
});
add('tr', 'latn', 'ngo', (c) => {
  const v = c.f(c.pick(['tk', 'uz', 'kg'])),
    e = c.f('tr');
  return L`Danışan ${P(v.tr('g'))}, ${c.age()} yaşında, ${c.date('tr')} tarihinde derneğimize başvurdu. ${c.trP(e.tr('gs'), 'gen')} yanında bakıcı olarak çalıştığını, maaşının ${c.ri(3, 9)} aydır ödenmediğini belirtti. ${c.trP(v.tr('g'), 'gen')} pasaportu işverende. İletişim: ${PH(c.ph('tr'))}.`;
});
add('tr', 'latn', 'interview', (c) => {
  const v = c.f(c.pick(['tk', 'uz', 'kz'])),
    r = c.m('tr');
  return L`Soru: Adınız ve doğum tarihiniz?\nCevap: ${P(v.tr('gs'))}, ${BD(c.dob(v, 'tr', 'long'))}.\nSoru: Sizi Türkiye'ye kim getirdi?\nCevap: ${P(r.tr('g'))} Bey. Telefonu ${PH(c.ph('tr'))}. ${c.trP(r.tr('g'), 'gen')} eşi ${P(c.f('tr').tr('g'))} Hanım da evdeydi.`;
});
add('tr', 'latn', 'statement', (c) => {
  const v = c.f(c.pick(['tk', 'uz', 'kg'])),
    r = c.f('tr');
  return L`İFADE\nBen ${P(v.tr('gs'))}, ${BD(c.dob(v, 'tr', 'y'))} doğumluyum. ${c.year()} yılında ${c.trP(r.tr('gs'), 'ins')} tanıştım. Bana Antalya'da otelde iş olduğunu söyledi. Pasaportumu ${c.trP(r.tr('g'), 'dat')} verdim. Kaldığım adres: ${ADR(c.addr('tr'))}.`;
});
add('tr', 'latn', 'chat', (c) => {
  const a = c.m('tr'),
    b = c.f(),
    d = c.dt();
  return L`${d.s('wa_tr')} - ${P(a.tr('gs'))}: kızlar hazır mı\n${d.s('wa_tr')} - ${P(b.tr('g'))}: ikisi hazır, ${P(c.f().tr('g'))} yarın geliyor\n${d.s('wa_tr')} - ${P(a.tr('gs'))}: pasaportları ${c.trP(c.m('tr').tr('g'), 'dat')} ver, araç ${PL(c.plate('tr'))}`;
});
add('tr', 'latn', 'news', (c) => {
  const r1 = c.m('tr'),
    r2 = c.f(),
    v = c.f();
  return L`${c.pick(["İstanbul'da", "Antalya'da", "İzmir'de"])} insan ticareti operasyonu: ${P(r1.tr('gs'))} ve ${P(r2.tr('gs'))} tutuklandı. Soruşturma, ${c.trP(v.tr('g'), 'gen')} kaçarak polise başvurmasıyla başladı. Şüphelilerin ${c.ri(6, 14)} yabancı kadını çalıştırdığı belirlendi.`;
});
add('tr', 'latn', 'ad', (c) => {
  const r = c.f('tr');
  return L`Yatılı bakıcı aranıyor! Özbek, Türkmen, Kırgız bayanlar tercih sebebidir. Maaş ${c.sum('usd_tr')}. İletişim: ${P(r.tr('g'))} Hanım ${PH(c.ph('tr'))}, e-posta ${EM(c.em(r))}`;
});
add(
  'tr',
  'latn',
  'table',
  (c) =>
    L`Adı Soyadı | Uyruk | Pasaport No | Telefon\n${rows(c.ri(2, 4), () => {
      const p = c.p();
      return L`${P(p.tr('gs', { caps: true }))} | ${c.natTr(p)} | ${PP(c.pass(p.cty))} | ${PH(c.ph('tr'))}`;
    })}`,
);
add('tr', 'latn', 'registry', (c) => {
  const p = c.p('tr');
  return L`Kiracı bilgileri\nAdı Soyadı: ${P(p.tr('gs'))}\nT.C. Kimlik No: ${NID(c.tckn())}\nDoğum tarihi: ${BD(c.dob(p, 'tr'))}\nAdres: ${ADR(c.addr('tr'))}\nGSM: ${PH(c.ph('tr'))}`;
});
add('tr', 'latn', 'bank', (c) => {
  const a = c.m('tr'),
    b = c.f();
  return L`Havale/EFT dekontu\nGönderen: ${P(a.tr('gs', { caps: true }))}\nAlıcı: ${P(b.tr('gs', { caps: true }))}\nAlıcı IBAN: ${IBAN(c.iban('tr'))}\nTutar: ${c.sum('try')}\nAçıklama: ${c.pick(['maaş', 'borç', 'bilet parası'])}`;
});

neg(
  'tr',
  'latn',
  'court',
  (c) =>
    L`İstanbul ${c.ri(1, 40)}. Ağır Ceza Mahkemesi, ${c.year()}/${c.ri(10, 500)} Esas sayılı dosyada TCK 80. madde kapsamındaki duruşmayı ${c.date('tr', 'long')} tarihine erteledi. Yabancılar için YİMER 157 hattı ${c.pick(['7/24', 'hafta içi'])} hizmet veriyor.`,
);
neg(
  'tr',
  'latn',
  'places',
  (c) =>
    L`${c.pick(['Ahmet Yesevi Üniversitesi', 'Mimar Sinan Güzel Sanatlar Üniversitesi', 'Yıldız Teknik Üniversitesi'])} öğrencileri ${c.pick(['Atatürk Havalimanı', 'Fatih Sultan Mehmet Köprüsü', 'Sabiha Gökçen Havalimanı'])} yakınında farkındalık etkinliği düzenledi. Yürüyüş ${c.pick(['Mimar Sinan Mahallesi', 'Yavuz Selim Caddesi', 'Cumhuriyet Meydanı'])} önünde sona erdi.`,
);
neg(
  'tr',
  'latn',
  'words',
  (c) =>
    L`${c.pick(['Umut her zaman var.', 'Sevgi ve saygıyla karşılandılar.', 'Deniz kenarında sessiz bir sabahtı.'])} Ramazan Bayramı ve ${c.pick(['Mayıs', 'Haziran', 'Temmuz'])} ayı boyunca ${c.ri(100, 900)} gönüllü sahada olacak. ${c.pick(['Barış', 'Umut', 'Sevinç'])} temalı afişler dağıtıldı.`,
);

// ================================================================== TURKMEN (10 positive + 3 negative)
const TK_COURT = [
  'Aşgabat şäheriniň Bagtyýarlyk etrap kazyýeti',
  'Mary welaýat kazyýeti',
  'Lebap welaýatynyň Türkmenabat şäher kazyýeti',
  'Daşoguz welaýat kazyýeti',
];
add('tk', 'latn', 'verdict', (c) => {
  const r = c.m('tk'),
    v = c.f('tk');
  return L`${c.pick(TK_COURT)} ${P(r.tk('sgp', 'acc'))}, ${BD(c.dob(r, 'tk', 'y'))}-nji ýylda doglan, Türkmenistanyň Jenaýat kodeksiniň ${c.pick(['129¹-nji maddasy', '129¹-nji maddasynyň 2-nji bölegi'])} boýunça günäkär diýip tapdy. Kazyýet ${P(r.tk('g', 'gen'))} ${P(v.tk('gs', 'acc'))} aldap, Türkiýä iberendigini anyklady.`;
});
add('tk', 'latn', 'police', (c) => {
  const d = c.m('tk'),
    v = c.f('tk');
  return L`${c.date('tk')} senesinde ${ADR(c.addr('tk'))} salgysynda ulag saklanyldy. Sürüji — ${P(d.tk('sgp'))}, ${BD(c.dob(d, 'tk'))}. Ulagda resminamasyz ${P(v.tk('gs'))} bardy.`;
});
add('tk', 'latn', 'ngo', (c) => {
  const v = c.f('tk'),
    r = c.f();
  return L`${P(v.tk('g'))} ${c.date('tk')} senesinde merkeze ýüz tutdy. Onuň aýtmagyna görä, ${P(r.tk('gs'))} oňa Stambulda iş hödürläpdir. ${P(v.tk('g', 'gen'))} pasportyny ${P(r.tk('g'))} howa menzilinde alypdyr. Habarlaşmak üçin: ${PH(c.ph('tm'))}.`;
});
add('tk', 'latn', 'interview', (c) => {
  const v = c.f('tk'),
    r = c.m('tk');
  return L`Sorag: Adyňyzy we familiýaňyzy aýdyň.\nJogap: ${P(v.tk('gs'))}, ${BD(c.dob(v, 'tk'))}.\nSorag: Sizi işe kim çagyrdy?\nJogap: ${P(r.tk('g'))} aga. Ol ${P(c.f('tk').tk('g', 'acc'))} hem Türkiýä äkitdi.\nSorag: Onuň telefony barmy?\nJogap: Hawa, ${PH(c.ph('tr'))}.`;
});
add('tk', 'latn', 'statement', (c) => {
  const v = c.f('tk'),
    r = c.f('tk');
  return L`Men, ${P(v.tk('sgp'))}, ${BD(c.dob(v, 'tk', 'y'))}-nji ýylda doglan, ${ADR(c.addr('tk'))} salgysynda ýaşaýaryn. ${c.year()}-nji ýylda ${P(r.tk('gs'))} maňa Stambulda iş bardygyny aýtdy. Bilet üçin ${P(r.tk('g', 'gen'))} kartyna ${CARD(c.card('altyn', { mask: true }))} pul geçirdim.`;
});
add('tk', 'latn', 'chat', (c) => {
  const a = c.f('tk'),
    b = c.f('tk'),
    r = c.m('tr'),
    d = c.dt();
  return L`[${d.s('wa_ios')}] ${P(a.tk('g'))}: ${P(b.tk('g'))}, nirede?\n[${d.s('wa_ios')}] ${P(b.tk('g'))}: öýde, ${P(r.tk('g'))} telefonlary aldy\n[${d.s('wa_ios')}] ${P(a.tk('g'))}: salgyny iber\n[${d.s('wa_ios')}] ${P(b.tk('g'))}: ${ADR(c.addr('tr'))}`;
});
add('tk', 'latn', 'news', (c) => {
  const v = c.f('tk'),
    r = c.m('tk');
  return L`${c.age()} ýaşly ${P(v.tk('g'))} ${c.pick(['Mary', 'Lebap', 'Daşoguz', 'Balkan'])} welaýatyndan Türkiýä işe gidipdir. Ony ${P(r.tk('gs'))} atly adam çagyrypdyr. Häzir ${P(v.tk('g'))} öýüne gaýdyp geldi.`;
});
add(
  'tk',
  'latn',
  'table',
  (c) =>
    L`F.A.A. | Doglan senesi | Pasport | Telefon\n${rows(c.ri(2, 4), () => {
      const p = c.p('tk');
      return L`${P(p.tk('sgp'))} | ${BD(c.dob(p, 'tk'))} | ${PP(c.pass('tm'))} | ${PH(c.ph('tm'))}`;
    })}`,
);
add('tk', 'latn', 'passport', (c) => {
  const p = c.p('tk');
  const num = c.pass('tm', { compact: true });
  return L`TÜRKMENISTANYŇ PASPORTY\nFamiliýasy / Surname: ${P(p.n('icao', 's'))}\nAdy / Given names: ${P(p.n('icao', 'g'))}\nDoglan senesi / Date of birth: ${BD(c.dob(p, 'tk'))}\nPasport №: ${PP(num)}\n${c.mrz(p, num)}\nBank kartasy: ${CARD(c.card('altyn'))}`;
});
add('tk', 'latn', 'police', (c) => {
  const a = c.m('tk'),
    b = c.f('tk');
  return L`Saklananlar: ${P(a.tk('pat'))} (${BD(c.dob(a, 'tk'))}) we ${P(b.tk('pat'))} (${BD(c.dob(b, 'tk'))}). ${P(b.tk('g', 'gen'))} pasporty ${PP(c.pass('tm'))} ${P(a.tk('g', 'loc'))} tapyldy.`;
});

neg(
  'tk',
  'latn',
  'places',
  (c) =>
    L`Magtymguly adyndaky Türkmen döwlet uniwersitetinde ${c.date('tk')} senesinde maslahat geçirildi. Soňra ${c.pick(['Mary şäherinde', 'Türkmenabat şäherinde', 'Daşoguz şäherinde'])} we ${c.pick(['Görogly köçesinde', 'Magtymguly şaýolunda', 'Bitarap Türkmenistan şaýolunda'])} duşuşyklar boldy.`,
);
neg(
  'tk',
  'latn',
  'words',
  (c) =>
    L`${c.pick(['Maral we jeren — Türkmenistanyň ýabany haýwanlary.', 'Bahar geldi, läleler açyldy.', 'Gözel bir güýz güni boldy.'])} Çärä ${c.ri(50, 600)} adam gatnaşdy. Aman gaýdyp gelmek hemmämiziň arzuwymyz.`,
);
neg(
  'tk',
  'latn',
  'stats',
  (c) =>
    L`${c.year()}-nji ýylda ${c.ri(200, 2000)} zähmet migranty ${c.flight()} we ${c.flight()} reýsleri bilen Stambuldan gaýdyp geldi; olaryň ${c.ri(30, 60)}% 18-30 ýaş aralygyndaky zenanlar.`,
);

// ------------------------------------------------------------------ assembly, verification, output
const QUOTA = { ru: 315, en: 180, kk: 90, uz: 108, ky: 72, tg: 54, tr: 45, tk: 36 };
const NEG_SHARE = 0.15;
const OUT = resolve(process.cwd(), 'test/fixtures/anonymizer-heldout-22.jsonl');

function build(t) {
  CUR = { lang: t.lang, used: new Set() };
  const b = new Builder();
  b.add(t.fn(C));
  return { language: t.lang, script: t.script, text: b.text, spans: b.spans, tpl: t.id, neg: t.neg };
}

function verify(recs) {
  const fail = (r, msg) => {
    throw new Error(`verification failed for ${r.id} (${r.tpl}): ${msg}\n${r.text}`);
  };
  for (const r of recs) {
    if (!/^h22-\d{4}$/.test(r.id)) fail(r, 'id');
    if (!['ru', 'kk', 'ky', 'uz', 'tg', 'tk', 'tr', 'en'].includes(r.language)) fail(r, 'language');
    if (!['cyrl', 'latn'].includes(r.script)) fail(r, 'script');
    if (typeof r.text !== 'string' || !r.text.trim()) fail(r, 'empty text');
    if (r.neg && r.spans.length) fail(r, 'negative with spans');
    if (!r.neg && !r.spans.length) fail(r, 'positive without spans');
    let prevEnd = -1,
      prevStart = -1;
    for (const s of r.spans) {
      if (!TYPES.includes(s.type)) fail(r, 'type ' + s.type);
      if (!(
        Number.isInteger(s.start) &&
        Number.isInteger(s.end) &&
        s.start >= 0 &&
        s.end > s.start &&
        s.end <= r.text.length
      ))
        fail(r, 'bounds');
      if (s.start < prevStart) fail(r, 'not sorted');
      if (s.start < prevEnd) fail(r, 'overlap');
      const slice = r.text.slice(s.start, s.end);
      if (slice !== s._v) fail(r, `slice ${JSON.stringify(slice)} != piece ${JSON.stringify(s._v)}`);
      if (slice !== slice.trim()) fail(r, 'whitespace at span edge');
      prevEnd = s.end;
      prevStart = s.start;
    }
  }
}

function main() {
  const counters = {};
  for (const t of TPL) {
    const k = `${t.lang}-${t.script}-${t.genre}`;
    counters[k] = (counters[k] || 0) + 1;
    t.id = `${k}-${pad(counters[k])}${t.neg ? 'n' : ''}`;
  }
  const ids = new Set(TPL.map((t) => t.id));
  if (ids.size !== TPL.length) throw new Error('duplicate template ids');

  const out = [];
  const seen = new Set();
  for (const lang of Object.keys(QUOTA)) {
    const q = QUOTA[lang];
    const nNeg = Math.round(q * NEG_SHARE);
    for (const [isNeg, n] of [
      [false, q - nNeg],
      [true, nNeg],
    ]) {
      const pool = shuffle(TPL.filter((t) => t.lang === lang && t.neg === isNeg));
      if (!pool.length) throw new Error(`no templates for ${lang} neg=${isNeg}`);
      if (pool.length > n) throw new Error(`${lang} neg=${isNeg}: ${pool.length} templates but only ${n} snippets`);
      for (let k = 0; k < n; k++) {
        const t = pool[k % pool.length];
        let rec,
          tries = 0;
        do {
          rec = build(t);
          tries++;
        } while (seen.has(rec.text) && tries < 60);
        if (seen.has(rec.text)) throw new Error('cannot draw a new text from ' + t.id);
        seen.add(rec.text);
        out.push(rec);
      }
    }
  }
  shuffle(out);
  out.forEach((r, i) => (r.id = 'h22-' + pad(i + 1, 4)));
  verify(out);

  const lines = out.map((r) =>
    JSON.stringify({
      id: r.id,
      language: r.language,
      script: r.script,
      text: r.text,
      spans: r.spans.map((s) => ({ start: s.start, end: s.end, type: s.type })),
    }),
  );
  const body = lines.join('\n') + '\n';
  // re-parse what is written and check it once more against the builder's pieces
  body
    .trim()
    .split('\n')
    .forEach((ln, i) => {
      const o = JSON.parse(ln);
      const r = out[i];
      if (o.text !== r.text || o.spans.length !== r.spans.length) throw new Error('round trip ' + o.id);
      o.spans.forEach((s, j) => {
        if (o.text.slice(s.start, s.end) !== r.spans[j]._v) throw new Error('round trip slice ' + o.id);
      });
    });
  mkdirSync(dirname(OUT), { recursive: true });
  writeFileSync(OUT, body, 'utf8');

  // ---- report
  const byType = Object.fromEntries(TYPES.map((t) => [t, 0]));
  const byLang = {},
    byScript = {},
    negByLang = {};
  let nSpans = 0,
    nNeg = 0;
  for (const r of out) {
    byLang[r.language] = (byLang[r.language] || 0) + 1;
    const ls = `${r.language}/${r.script}`;
    byScript[ls] = (byScript[ls] || 0) + 1;
    if (!r.spans.length) {
      nNeg++;
      negByLang[r.language] = (negByLang[r.language] || 0) + 1;
    }
    for (const s of r.spans) {
      byType[s.type]++;
      nSpans++;
    }
  }
  const used = new Set(out.map((r) => r.tpl));
  const sha = createHash('sha256').update(body, 'utf8').digest('hex');
  console.log(`file: ${OUT}`);
  console.log(`snippets: ${out.length}`);
  console.log(`spans: ${nSpans}`);
  for (const t of TYPES)
    console.log(`  ${t.padEnd(12)} ${String(byType[t]).padStart(5)}  ${((100 * byType[t]) / nSpans).toFixed(1)}%`);
  console.log(`negatives: ${nNeg} (${((100 * nNeg) / out.length).toFixed(1)}%)  ${JSON.stringify(negByLang)}`);
  console.log(`languages: ${JSON.stringify(byLang)}`);
  console.log(`language/script: ${JSON.stringify(byScript)}`);
  console.log(
    `templates: ${TPL.length} defined, ${used.size} used (${TPL.filter((t) => !t.neg).length} positive, ${TPL.filter((t) => t.neg).length} negative)`,
  );
  console.log(`sha256: ${sha}`);
}

main();
