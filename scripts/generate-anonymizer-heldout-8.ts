/**
 * Eighth held-out anonymizer batch: writes test/fixtures/anonymizer-heldout-8.jsonl.
 * Written without looking at the anonymizer's rules, lists or earlier batches, so that it judges them fairly.
 *
 * Usage: npx tsx scripts/generate-anonymizer-heldout-8.ts
 * The output is deterministic (seeded mulberry32 PRNG); rerunning rewrites the same file.
 *
 * Each snippet comes from a sentence template. Template syntax:
 *   [a|b|c]               pick one alternative (may nest and may hold placeholders)
 *   {P1:fmt}              PERSON span: person slot 1 rendered in format fmt; slots 1-4 are drawn once per snippet.
 *                         Constraints on any occurrence apply to the slot: {P1f:…} / {P1m:…} gender,
 *                         {P1@uz:…} origin (ru ua kz ky uz tg tr kr cn ar af az), {P2@~1:…} same origin as
 *                         slot 1, {P1f@ru=Лена:…} forced given name, {P1m@ru=Иван/Королёв:…} forced given name
 *                         and surname (an asterisk in place of the given name keeps it random).
 *                         fmt: full (official order, with patronymic where the language has one), fulln
 *                         (narrative order), gs, sg, gp (given + patronymic), g, s, si (surname + initials),
 *                         is (initials + surname), caps, capsur (SURNAME Given), capslat, lower, lowerg, nick;
 *                         a case may follow after a dot: gen dat acc ins prep abl loc poss. Russian declines
 *                         every word; Kazakh, Kyrgyz, Uzbek and Tajik fuse the ending to the last word (the
 *                         ending is inside the span); Turkish and English endings after an apostrophe stay
 *                         outside the span.
 *   {g1:masc|fem}         unlabelled words agreeing with the gender of person slot 1
 *   {TYPE:gen} / {TYPE:gen@1}
 *                         labelled span of TYPE (PHONE EMAIL NATIONAL_ID PASSPORT CARD IBAN ADDRESS BIRTH_DATE
 *                         PLATE HANDLE) built by generator gen; @n ties it to person slot n (birth date,
 *                         IIN/PIN/PINFL derived from that birth date, e-mail and handles from that name).
 *   {$name} / {$name:arg} unlabelled filler (dates of judgments, case numbers, sums, years, masked cards...)
 *
 * Labelling conventions of this batch:
 *   PERSON   the name only (no title, role word, quotes or following comma); fused case endings are inside.
 *   ADDRESS  from the first address component (street, avenue, micro-district, house, flat, building) to the
 *            last one, without a leading preposition. A city/region is inside the span only when it opens a
 *            comma-separated address line ("г. Шымкент, ул. …"); a city named in the prose is outside.
 *   PASSPORT only the number; Russian series and number together (with a "№" between them when written).
 *   HANDLE   the whole URL when a profile URL is given, otherwise the handle (with its @ when written).
 *   CARD     full numbers and masked numbers with 8+ visible digits; masks with fewer digits are not labelled.
 *   BIRTH_DATE the date only (day, month, year or year alone); other dates are never labelled.
 *
 * Every span's offsets are computed while assembling the text (UTF-16 code units, end exclusive) and checked
 * afterwards: text.slice(start, end) must equal the inserted value, spans sorted and not overlapping.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

type EntityType =
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
const ENTITY_TYPES: readonly EntityType[] = [
  'PERSON',
  'ADDRESS',
  'PHONE',
  'BIRTH_DATE',
  'NATIONAL_ID',
  'PASSPORT',
  'HANDLE',
  'CARD',
  'IBAN',
  'EMAIL',
  'PLATE',
];
type Lang = 'ru' | 'en' | 'kk' | 'ky' | 'uz' | 'tg' | 'tr';
type Script = 'cyrillic' | 'latin';
type Origin = 'ru' | 'ua' | 'kz' | 'ky' | 'uz' | 'tg' | 'tr' | 'kr' | 'cn' | 'ar' | 'af' | 'az';
type Gender = 'm' | 'f';
/** How person names are written: one per language, Uzbek split by script (Kazakh Latin is transliterated). */
type Target = 'ru' | 'en' | 'kk' | 'ky' | 'uzl' | 'uzc' | 'tg' | 'tr';
type Case = 'nom' | 'gen' | 'dat' | 'acc' | 'ins' | 'prep' | 'abl' | 'loc' | 'poss';

// ---------------------------------------------------------------------------------------------------------
// Deterministic randomness
// ---------------------------------------------------------------------------------------------------------

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
const random = mulberry32(0x48_0008);
const int = (lo: number, hi: number): number => lo + Math.floor(random() * (hi - lo + 1));
const chance = (p: number): boolean => random() < p;
function pick<T>(xs: readonly T[]): T {
  if (xs.length === 0) throw new Error('pick from empty list');
  return xs[Math.floor(random() * xs.length)];
}
function shuffle<T>(xs: T[]): T[] {
  for (let i = xs.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [xs[i], xs[j]] = [xs[j], xs[i]];
  }
  return xs;
}
function weighted<T extends string>(w: Partial<Record<T, number>>): T {
  const entries = Object.entries(w) as [T, number][];
  const total = entries.reduce((s, [, n]) => s + n, 0);
  let r = random() * total;
  for (const [k, n] of entries) {
    r -= n;
    if (r < 0) return k;
  }
  return entries[entries.length - 1][0];
}
const pad = (n: number, w = 2): string => String(n).padStart(w, '0');
const digits = (n: number): string => Array.from({ length: n }, () => String(int(0, 9))).join('');

/** Draws without replacement, reshuffling when exhausted, so names repeat as little as possible. */
class Deck<T> {
  private queue: T[] = [];
  constructor(private readonly items: readonly T[]) {}
  next(): T {
    if (this.queue.length === 0) this.queue = shuffle([...this.items]);
    const v = this.queue.pop();
    if (v === undefined) throw new Error('empty deck');
    return v;
  }
}
const decks = new Map<string, Deck<unknown>>();
function draw<T>(key: string, items: readonly T[]): T {
  let d = decks.get(key) as Deck<T> | undefined;
  if (!d) {
    d = new Deck(items);
    decks.set(key, d as Deck<unknown>);
  }
  return d.next();
}

const words = (s: string): string[] => [...new Set(s.split(/\s+/).filter(Boolean))];
const list = (s: string): string[] =>
  s
    .split(',')
    .map((x) => x.trim())
    .filter(Boolean);
const cap = (s: string): string => (s ? s[0].toUpperCase() + s.slice(1) : s);

// ---------------------------------------------------------------------------------------------------------
// Transliteration between the scripts of the region
// ---------------------------------------------------------------------------------------------------------

const CYR_VOWELS = 'аәеёиоөуұүыіэюяӣӯ';
const isUpper = (c: string): boolean => c !== c.toLowerCase() && c === c.toUpperCase();

/** Maps a string character by character (longest key first), keeping capitalisation; all-caps words stay caps. */
function mapChars(s: string, table: Record<string, string>, maxKey = 1): string {
  return s.replace(/\p{L}+/gu, (w) => {
    const allCaps = w.length > 1 && w === w.toUpperCase() && w !== w.toLowerCase();
    let out = '';
    let i = 0;
    while (i < w.length) {
      let done = false;
      for (let k = maxKey; k >= 1 && !done; k--) {
        const chunk = w.slice(i, i + k);
        if (chunk.length < k) continue;
        const rep = table[chunk.toLowerCase()];
        if (rep === undefined) continue;
        out += isUpper(chunk[0]) ? cap(rep) : rep;
        i += k;
        done = true;
      }
      if (!done) {
        out += w[i];
        i++;
      }
    }
    return allCaps ? out.toUpperCase() : out;
  });
}

/** Kazakh Cyrillic → Russian spelling of names. */
function kk2ru(s: string): string {
  let r = s.replace(/ү(л)(?![аәеиоөұүыіэюя])/g, 'уль').replace(/([Әә]с)ел\b/g, '$1ель');
  r = mapChars(r, { ә: 'а', ғ: 'г', қ: 'к', ң: 'н', ө: 'о', ұ: 'у', ү: 'у', һ: 'х', і: 'и' });
  return r;
}
/** Kyrgyz Cyrillic → Russian spelling of names. */
function ky2ru(s: string): string {
  const r = s.replace(/ү(л)(?![аеиоөуүыэюя])/g, 'уль');
  return mapChars(r, { ө: 'о', ү: 'у', ң: 'н' });
}
/** Tajik Cyrillic → Russian spelling of names. */
function tg2ru(s: string): string {
  return mapChars(s, { ҷ: 'дж', ҳ: 'х', ғ: 'г', қ: 'к', ӣ: 'и', ӯ: 'у' });
}
const UZ_APOS = "['ʻ‘’`]";
/** Uzbek Latin → Russian spelling of names. */
function uz2ru(s: string): string {
  let r = s.replace(new RegExp(`([Yy])o${UZ_APOS}`, 'g'), (_m, y: string) => (y === 'Y' ? 'Ю' : 'ю'));
  r = r.replace(new RegExp(`([OoGg])${UZ_APOS}`, 'g'), (_m, c: string) => ({ O: 'У', o: 'у', G: 'Г', g: 'г' })[c] ?? c);
  r = r.replace(new RegExp(UZ_APOS, 'g'), '');
  r = r.replace(/([iu])l(?=[bcdfghjkmnpqrstvxz])/g, '$1ль');
  r = r.replace(/\b([Ee])/g, (_m, e: string) => (e === 'E' ? 'Э' : 'э'));
  return mapChars(
    r,
    {
      sh: 'ш',
      ch: 'ч',
      yo: 'ё',
      yu: 'ю',
      ya: 'я',
      ye: 'е',
      a: 'а',
      b: 'б',
      d: 'д',
      e: 'е',
      f: 'ф',
      g: 'г',
      h: 'х',
      i: 'и',
      j: 'ж',
      k: 'к',
      l: 'л',
      m: 'м',
      n: 'н',
      o: 'о',
      p: 'п',
      q: 'к',
      r: 'р',
      s: 'с',
      t: 'т',
      u: 'у',
      v: 'в',
      x: 'х',
      y: 'й',
      z: 'з',
    },
    2,
  );
}
const UZ_PROTECT = new Set(
  words(
    'Telegram WhatsApp Instagram TikTok Facebook Humo Uzcard Visa Mastercard IOM UNODC OSCE ILO Damas Nexia Cobalt Gentra Spark Toyota Hyundai Samsung Wildberries Ozon imo Imo Odnoklassniki Kia LG',
  ),
);
const UZ_WORD_FIX: Record<string, string> = {
  сентабр: 'сентябр',
  октабр: 'октябр',
  сентабрда: 'сентябрда',
  октабрда: 'октябрда',
};
/** Uzbek Latin → Uzbek Cyrillic (brand names, acronyms of international bodies and e-mails are kept). */
function uz2cyr(s: string): string {
  return s.replace(/[A-Za-zʻ‘’'`]+(?:[-][A-Za-zʻ‘’'`]+)*/g, (w, offset: number, whole: string) => {
    if (UZ_PROTECT.has(w)) return w;
    const before = whole[offset - 1] ?? '';
    const after = whole[offset + w.length] ?? '';
    if ('@./_'.includes(before) && before !== '') return w;
    if (after === '@' || after === '_' || (after === '.' && /^[a-z]{2,}\b/.test(whole.slice(offset + w.length + 1))))
      return w;
    let r = w.replace(
      new RegExp(`([OoGg])${UZ_APOS}`, 'g'),
      (_m, c: string) => ({ O: 'Ў', o: 'ў', G: 'Ғ', g: 'ғ' })[c] ?? c,
    );
    r = r.replace(/^([Ee])/, (_m, e: string) => (e === 'E' ? 'Э' : 'э'));
    r = r.replace(/(?<=[-])([Ee])/g, (_m, e: string) => (e === 'E' ? 'Э' : 'э'));
    r = r.replace(new RegExp(`(?<=[A-Za-zА-Яа-яЎўҒғ])${UZ_APOS}(?=[A-Za-z])`, 'g'), 'ъ');
    r = r.replace(new RegExp(UZ_APOS, 'g'), '');
    r = mapChars(
      r,
      {
        sh: 'ш',
        ch: 'ч',
        ts: 'ц',
        yo: 'ё',
        yu: 'ю',
        ya: 'я',
        ye: 'е',
        a: 'а',
        b: 'б',
        c: 'ц',
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
        w: 'в',
        x: 'х',
        y: 'й',
        z: 'з',
      },
      2,
    );
    return UZ_WORD_FIX[r] ?? r;
  });
}
/** Kazakh Cyrillic → Kazakh Latin (2021 alphabet: ы→y, і→ı, и/й→i, ш→ş, ж→j, ң→ñ, ғ→ğ, қ→q, ә→ä, ө→ö, ұ→ū, ү→ü). */
function kk2lat(s: string): string {
  const table: Record<string, string> = {
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
    і: 'ı',
    ь: '',
    э: 'e',
    ю: 'iu',
    я: 'ia',
  };
  return s.replace(/[А-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі]+/g, (w) => {
    const allCaps = w.length > 1 && w === w.toUpperCase();
    let out = '';
    for (const ch of w) {
      const lower = ch.toLowerCase();
      let rep = table[lower] ?? ch;
      if (ch !== lower) rep = lower === 'и' || lower === 'й' ? 'İ' : lower === 'і' ? 'I' : cap(rep);
      out += rep;
    }
    return allCaps ? out.toLocaleUpperCase('tr') : out;
  });
}

type RomScheme = 'A' | 'B' | 'C';
/** Russian-spelled Cyrillic → Latin: A passport style (ICAO), B common English, C Central Asian (j, x). */
function romanize(s: string, scheme: RomScheme): string {
  const base: Record<string, string> = {
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
    ғ: 'gh',
    қ: 'q',
    ң: 'ng',
    ө: 'o',
    ұ: 'u',
    ү: 'u',
    һ: 'h',
    і: 'i',
    ҷ: 'j',
    ҳ: 'h',
    ӣ: 'i',
    ӯ: 'u',
  };
  if (scheme === 'A') Object.assign(base, { ё: 'e', й: 'i', ю: 'iu', я: 'ia', ъ: 'ie' });
  if (scheme === 'C') Object.assign(base, { ж: 'j', х: 'x', ы: 'i', ҷ: 'j' });
  return s.replace(/[А-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІіҶҷҲҳӢӣӮӯ]+/g, (w) => {
    let out = '';
    for (let i = 0; i < w.length; i++) {
      const ch = w[i];
      const lower = ch.toLowerCase();
      let rep = base[lower] ?? ch;
      if (
        scheme === 'B' &&
        lower === 'е' &&
        (i === 0 || CYR_VOWELS.includes(w[i - 1].toLowerCase()) || 'ьъ'.includes(w[i - 1]))
      )
        rep = 'ye';
      if (ch !== lower) rep = cap(rep);
      out += rep;
    }
    return out;
  });
}
/** Cyrillic (any of the region's alphabets) → Uzbek Latin. */
function cyr2uzl(s: string): string {
  const t: Record<string, string> = {
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
    х: 'x',
    ц: 'ts',
    ч: 'ch',
    ш: 'sh',
    щ: 'sh',
    ъ: "'",
    ы: 'i',
    ь: '',
    э: 'e',
    ю: 'yu',
    я: 'ya',
    ә: 'a',
    ғ: "g'",
    қ: 'q',
    ң: 'ng',
    ө: "o'",
    ұ: 'u',
    ү: 'u',
    һ: 'h',
    і: 'i',
    ҷ: 'j',
    ҳ: 'h',
    ӣ: 'i',
    ӯ: "o'",
  };
  return s.replace(/[А-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІіҶҷҲҳӢӣӮӯ]+/g, (w) => {
    let out = '';
    for (let i = 0; i < w.length; i++) {
      const ch = w[i];
      const lower = ch.toLowerCase();
      let rep = t[lower] ?? ch;
      if (lower === 'е' && i === 0) rep = 'ye';
      if (ch !== lower) rep = cap(rep);
      out += rep;
    }
    return out;
  });
}
/** Cyrillic → Turkish Latin. */
function cyr2tr(s: string): string {
  const t: Record<string, string> = {
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
    щ: 'ş',
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
    һ: 'h',
    і: 'i',
    ҷ: 'c',
    ҳ: 'h',
    ӣ: 'i',
    ӯ: 'u',
  };
  return s.replace(/[А-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІіҶҷҲҳӢӣӮӯ]+/g, (w) => {
    let out = '';
    for (const ch of w) {
      const lower = ch.toLowerCase();
      let rep = t[lower] ?? ch;
      if (ch !== lower) rep = lower === 'и' || lower === 'і' ? 'İ' : cap(rep);
      out += rep;
    }
    return out;
  });
}
/** Turkish Latin → Russian spelling. */
function tr2ru(s: string): string {
  return s.replace(/[A-Za-zÇçĞğİıÖöŞşÜüÂâÎî]+/g, (w) => {
    const l = w.toLocaleLowerCase('tr');
    let out = '';
    for (let i = 0; i < l.length; i++) {
      const c = l[i];
      const prev = l[i - 1] ?? '';
      const next = l[i + 1] ?? '';
      const vowelPrev = i > 0 && 'aeıioöuüâî'.includes(prev);
      let rep: string;
      if (c === 'y' && 'auüe'.includes(next) && next !== '') {
        rep = { a: 'я', u: 'ю', ü: 'ю', e: 'е' }[next] ?? 'й';
        i++;
      } else if (c === 'l' && 'eiöü'.includes(prev) && (next === '' || !'aeıioöuü'.includes(next))) rep = 'ль';
      else
        rep =
          {
            a: 'а',
            â: 'а',
            b: 'б',
            c: 'дж',
            ç: 'ч',
            d: 'д',
            e: i === 0 || vowelPrev ? 'э' : 'е',
            f: 'ф',
            g: 'г',
            ğ: 'г',
            h: 'х',
            ı: 'ы',
            i: 'и',
            î: 'и',
            j: 'ж',
            k: 'к',
            l: 'л',
            m: 'м',
            n: 'н',
            o: 'о',
            ö: i === 0 ? 'о' : 'ё',
            p: 'п',
            r: 'р',
            s: 'с',
            ş: 'ш',
            t: 'т',
            u: 'у',
            ü: i === 0 ? 'у' : 'ю',
            v: 'в',
            y: 'й',
            z: 'з',
          }[c] ?? c;
      out += rep;
    }
    return cap(out);
  });
}
/** Turkish or Azerbaijani Latin → plain English Latin. */
function trStrip(s: string): string {
  return s
    .replace(/ı/g, 'i')
    .replace(/İ/g, 'I')
    .replace(/ş/g, 's')
    .replace(/Ş/g, 'S')
    .replace(/ç/g, 'c')
    .replace(/Ç/g, 'C')
    .replace(/ğ/g, 'g')
    .replace(/ö/g, 'o')
    .replace(/Ö/g, 'O')
    .replace(/ü/g, 'u')
    .replace(/Ü/g, 'U');
}
function az2en(s: string): string {
  return s
    .replace(/ə/g, 'a')
    .replace(/Ə/g, 'A')
    .replace(/c/g, 'j')
    .replace(/C/g, 'J')
    .replace(/ş/g, 'sh')
    .replace(/Ş/g, 'Sh')
    .replace(/ç/g, 'ch')
    .replace(/Ç/g, 'Ch')
    .replace(/ğ/g, 'gh')
    .replace(/x/g, 'kh')
    .replace(/X/g, 'Kh')
    .replace(/q/g, 'g')
    .replace(/Q/g, 'G')
    .replace(/ı/g, 'i')
    .replace(/İ/g, 'I')
    .replace(/ö/g, 'o')
    .replace(/Ö/g, 'O')
    .replace(/ü/g, 'u')
    .replace(/Ü/g, 'U');
}
function az2tr(s: string): string {
  return s
    .replace(/ə/g, 'e')
    .replace(/Ə/g, 'E')
    .replace(/x/g, 'h')
    .replace(/X/g, 'H')
    .replace(/q/g, 'k')
    .replace(/Q/g, 'K');
}
function az2uz(s: string): string {
  return s
    .replace(/c/g, 'j')
    .replace(/C/g, 'J')
    .replace(/ə/g, 'a')
    .replace(/Ə/g, 'A')
    .replace(/ş/g, 'sh')
    .replace(/Ş/g, 'Sh')
    .replace(/ç/g, 'ch')
    .replace(/Ç/g, 'Ch')
    .replace(/ğ/g, "g'")
    .replace(/ı/g, 'i')
    .replace(/İ/g, 'I')
    .replace(/ö/g, "o'")
    .replace(/Ö/g, "O'")
    .replace(/ü/g, 'u')
    .replace(/Ü/g, 'U');
}
function tr2uz(s: string): string {
  return s
    .replace(/c/g, 'j')
    .replace(/C/g, 'J')
    .replace(/ş/g, 'sh')
    .replace(/Ş/g, 'Sh')
    .replace(/ç/g, 'ch')
    .replace(/Ç/g, 'Ch')
    .replace(/ğ/g, "g'")
    .replace(/ı/g, 'i')
    .replace(/İ/g, 'I')
    .replace(/ö/g, "o'")
    .replace(/Ö/g, "O'")
    .replace(/ü/g, 'u')
    .replace(/Ü/g, 'U');
}
/** Uzbek Latin → English-style Latin. */
function uz2en(s: string, x: boolean, q: boolean): string {
  let r = s.replace(new RegExp(`([OoGg])${UZ_APOS}`, 'g'), '$1').replace(new RegExp(UZ_APOS, 'g'), '');
  if (!x) r = r.replace(/x/g, 'kh').replace(/X/g, 'Kh');
  if (!q) r = r.replace(/q/g, 'k').replace(/Q/g, 'K');
  return r;
}
function uz2tr(s: string): string {
  return s
    .replace(/sh/g, 'ş')
    .replace(/Sh/g, 'Ş')
    .replace(/ch/g, 'ç')
    .replace(/Ch/g, 'Ç')
    .replace(new RegExp(`o${UZ_APOS}`, 'g'), 'ö')
    .replace(new RegExp(`O${UZ_APOS}`, 'g'), 'Ö')
    .replace(new RegExp(`g${UZ_APOS}`, 'g'), 'ğ')
    .replace(new RegExp(`G${UZ_APOS}`, 'g'), 'G')
    .replace(/x/g, 'h')
    .replace(/X/g, 'H')
    .replace(/q/g, 'k')
    .replace(/Q/g, 'K')
    .replace(new RegExp(UZ_APOS, 'g'), '');
}

// ---------------------------------------------------------------------------------------------------------
// Names (written for this batch from general knowledge of naming in the region)
// ---------------------------------------------------------------------------------------------------------

interface Pools {
  m: string[];
  f: string[];
  sur: string[];
  nick: string[];
}
/** Pairs "Latin/Cyrillic" for names whose two spellings cannot be derived mechanically. */
type Pair = [string, string];
const pairs = (s: string): Pair[] =>
  list(s).map((x) => {
    const [a, b] = x.split('/');
    return [a.trim(), b.trim()];
  });

const POOLS: Record<'ru' | 'ua' | 'kz' | 'ky' | 'uz' | 'tg' | 'tr', Pools> = {
  ru: {
    m: words(
      'Александр Сергей Дмитрий Андрей Алексей Максим Евгений Иван Михаил Артём Николай Владимир Роман Олег Виктор Игорь Константин Юрий Вадим Григорий Степан Тимофей Фёдор Глеб Кирилл Леонид Всеволод Ярослав Эдуард Герман Анатолий Валерий Виталий Геннадий Аркадий Захар Савелий Прохор Филипп Матвей Святослав Ростислав Семён Борис Денис Антон Руслан Станислав Вячеслав Василий Никита Мирон Данила Арсений Елисей Гордей Платон Демьян Лука Ефим Макар Павел Пётр Лев Илья Тимур Марат Ринат Ильдар Эльдар',
    ),
    f: words(
      'Анна Мария Елена Ольга Татьяна Наталья Ирина Светлана Екатерина Юлия Анастасия Дарья Ксения Людмила Галина Валентина Вера Надежда Любовь Полина Алёна Кристина Виктория Марина Олеся Зинаида Раиса Тамара Лариса Жанна Эльвира Снежана Ульяна Василиса Софья Варвара Евгения Антонина Нина Лидия Инна Алла Регина Диана Милана Злата Таисия Фаина Роза Лилия Лена Маргарита Вероника Яна Карина Ангелина Валерия Элеонора Изабелла Лариса',
    ),
    sur: words(
      'Иванов Смирнов Кузнецов Попов Васильев Петров Соколов Михайлов Новиков Фёдоров Морозов Волков Алексеев Лебедев Семёнов Егоров Павлов Козлов Степанов Николаев Орлов Андреев Макаров Никитин Захаров Зайцев Соловьёв Борисов Яковлев Григорьев Романов Воробьёв Сергеев Кузьмин Фролов Александров Дмитриев Королёв Гусев Киселёв Ильин Максимов Поляков Сорокин Виноградов Ковалёв Белов Медведев Антонов Тарасов Жуков Баранов Филиппов Комаров Давыдов Беляев Герасимов Богданов Осипов Сидоров Матвеев Титов Марков Миронов Крылов Куликов Карпов Власов Мельников Денисов Гаврилов Тихонов Казаков Афанасьев Пушкин Чехов Киров Жуковский Вишневский Островский Покровский Ким Пак Цой Тен Югай Огай Хегай Тян Ли Шин Хван Нам Черных Седых Щербаков Лазарев Горбунов Ершов Быков Фомин Калинин Лаптев Рябов Суханов Широков Зуев Панов Блинов Кудрявцев',
    ),
    nick: words(
      'Саня Диман Лёха Серёга Жека Костян Вован Макс Толик Шурик Малой Лысый Кореец Рыжий Борода Седой Танюха Ленка Светик Алёнка',
    ),
  },
  ua: {
    m: words('Тарас Остап Богдан Назар Олесь Мирослав Тарас Ярема Орест Зиновий'),
    f: words('Оксана Олеся Богдана Соломия Мирослава Ярина Христина Леся Уляна Зоряна Оксана Ганна'),
    sur: words(
      'Шевченко Бондаренко Ковальчук Мельник Ткаченко Кравченко Олейник Бойко Савчук Литвиненко Гончаренко Романюк Коваленко Марченко Петренко Дорошенко Клименко Грищук Остапчук Полищук',
    ),
    nick: words('Тарасик Бодя Оксанка Леся'),
  },
  kz: {
    m: words(
      'Ерлан Нұрлан Серік Бауыржан Асхат Дәурен Жандос Қайрат Ерболат Мұрат Әділет Ержан Талғат Алмас Бекзат Ақжол Ермек Дархан Мақсат Темірлан Нұрсұлтан Әлихан Бағдат Жасұлан Рүстем Ерасыл Мейрам Санжар Абылай Данияр Айдос Ғалым Еркебұлан Қуаныш Сұңқар Төлеген Шыңғыс Оралхан Жамбыл Абай Қазыбек Махамбет Бақытжан Ербол Дулат Ілияс Самат Нұржан Асқар Ерік Бекболат Жәнібек Аслан Арман Ануар Берік Болат Мирас Елдос Жақсылық Бақберген',
    ),
    f: words(
      'Айгерім Гүлнар Әсел Динара Жанар Меруерт Ақмарал Балжан Гүлмира Дана Жұлдыз Назерке Салтанат Толқын Ұлжан Айжан Мөлдір Аружан Индира Камила Ләззат Сәуле Шынар Ботагөз Гаухар Раушан Күнсұлу Ақбота Аяулым Томирис Әмина Перизат Тоғжан Ажар Бибігүл Қарлығаш Жансая Данагүл Зере Самал Шолпан Алмагүл Айсұлу Гүлнұр Мадина Әйгерім Сабина Нұргүл Мақпал Құралай Сымбат Асем Баян Ардақ',
    ),
    sur: words(
      'Ахметов Жұмабаев Сәрсенбаев Нұрланов Тоқтаров Омаров Сейітов Бекмұратов Қасымов Абдрахманов Есенов Мұхамеджанов Тұрсынов Әбдіков Садықов Жақсылықов Оспанов Исаев Нұрмағанбетов Байжанов Құдайбергенов Ермеков Тәжібаев Рахымжанов Әлімжанов Серікбаев Дүйсенов Жанұзақов Ыбырайымов Смағұлов Мамыров Кенжебаев Бердібеков Қалиев Төлеубаев Әубәкіров Сұлтанбеков Жексенбаев Мырзахметов Иманғалиев Шәріпов Байтұрсынов Қонысбаев Сыздықов Молдабеков Өтепов Әбенов Дәулетов Айтжанов Кәрімов Ұзақбаев Бейсенов Тілеуов Құрманғалиев Жаманқұлов Бекенов Ермағанбетов Нұрпейісов Сағындықов Тұрғанбаев Жүсіпов Қайыржанов Мұқанов Сапаров Ысқақов Орынбаев Темірбеков Шалабаев Бекботаев Әлиев',
    ),
    nick: words('Ерик Нуржик Баха Дәке Асик Айка Жаке Бека Санжик Мурик Гуля Дина Маке Тока'),
  },
  ky: {
    m: words(
      'Бакыт Азамат Айбек Нурбек Эрлан Мирлан Улан Канат Бекжан Жоомарт Алмазбек Эрмек Кубанычбек Таалайбек Үсөн Медер Нургазы Чынгыз Адилет Акылбек Бактыбек Жыргалбек Исмаил Нурсултан Токтогул Манас Эмил Айдар Баястан Дастан Бекназар Нурдин Кутман Алтынбек Максат Жусуп Сүйүнбек Эржан Талант Элдияр Темирбек',
    ),
    f: words(
      'Айнура Чолпон Бегимай Гүлнара Жылдыз Айпери Нургүл Айзада Мээрим Асель Бермет Назгүл Каныкей Айгүл Жибек Гүлзат Нуриза Айчүрөк Жамила Сезим Үмүт Элнура Айсулуу Бурулай Миргүл Чынара Венера Назира Таттыбүбү Айдай Толгонай Курманжан Саадат Акмоор Динара Эльмира',
    ),
    sur: words(
      'Асанов Жумабеков Абдыкадыров Осмонов Сатыбалдиев Мамытов Кадыров Турдубаев Эшенкулов Бообеков Абдылдаев Мамбетов Токтосунов Жээнбеков Садыров Орозбаев Асылбеков Сыдыков Бейшеналиев Мукашев Кулуев Темиров Шаршеев Тагаев Алыбаев Иманалиев Нурманбетов Эсенгулов Кочкорбаев Маматов Усенов Жусупов Калыбеков Акматов Токтогулов Байтиков Ормонов Дуйшеев Сагынбаев Бакиров Осмоналиев Эркинбаев Жолдошев Мырзакматов Турдукожоев Чыныбаев Өмүрбеков Сулайманов Качкынбаев Тыналиев',
    ),
    nick: words('Баке Азик Эрик Айка Бека Мирик Чоко Нуре'),
  },
  uz: {
    m: words(
      "Jasur Bahodir Sardor Otabek Ulug'bek Sherzod Jahongir Dilshod Farrux Bekzod Akmal Aziz Sanjar Shohruh Javohir Rustam Temur Bobur Islom Anvar Odil Nodir Alisher Ilhom Sarvar Eldor Botir O'tkir G'ayrat Xurshid Shavkat Abdulla Asilbek Diyor Jamshid Oybek Ravshan Zafar Farhod Murod Qodir Hasan Husan Lochin Mansur Nuriddin Sirojiddin Umid Ne'mat Shuhrat Baxtiyor",
    ),
    f: words(
      "Dilnoza Gulnora Nilufar Shahnoza Malika Madina Zarina Dildora Feruza Nodira Mohira Sevara Gulchehra Yulduz Oydin Zulfiya Kamola Barno Munisa Nigora Durdona Marjona Sabina Lola Dilfuza Umida Charos Mehriniso Ozoda Rayhona Shaxzoda Gavhar Maftuna Hulkar Mavluda Nargiza Ra'no O'g'iloy Dilorom Xurshida Muxlisa Zilola Komila Iroda Gulbahor Sitora",
    ),
    sur: words(
      "Karimov Yusupov Rahimov Aliyev Tursunov Ergashev Nurmatov Abdullayev Xolmatov Rasulov Saidov Usmonov Mirzayev Qodirov Sobirov Ismoilov Hamidov Jo'rayev Normatov Toshpo'latov Xudoyberdiyev Qosimov Boboyev Sultonov Nazarov Islomov Umarov Yo'ldoshev Ro'ziyev Xasanov To'xtayev Mahmudov Otajonov Rajabov Haydarov Musayev Shodmonov Eshmatov Pardayev Berdiyev Azimov Olimov Salimov Mamatqulov G'aniyev Valiyev Sodiqov Murodov Ahmedov Xoliqov Ibragimov Tojiboyev Sharipov Abdurahmonov Zokirov Mansurov Ismatov Fayzullayev Tillayev Qahhorov Nishonov",
    ),
    nick: words('Shoha Baha Jasik Sanya Dilya Gulya Nodik Farik Ota Bek'),
  },
  tg: {
    m: words(
      'Фаррух Ҷамшед Фирдавс Парвиз Далер Сино Бахтовар Шерзод Сорбон Ҳусейн Умед Искандар Рустам Ҷӯрабек Исмоил Манучеҳр Комрон Фарҳод Зафар Хуршед Шаҳром Суҳроб Дилшод Абдуллоҳ Наврӯз Бобоҷон Меҳроҷ Ҷамолиддин Нозим Аюб Ваҳдат Мирзо Сафар Баҳром Ҳасан Кароматулло Саидҷон Носир Тоҳир Шоҳин Амирҷон',
    ),
    f: words(
      'Зарина Шаҳло Мадина Нигина Фотима Гулнора Малика Дилафрӯз Меҳрангез Парвина Шабнам Нилуфар Таҳмина Ситора Муниса Фарангис Зебо Гулрухсор Манижа Ҳилола Дилноза Мавзуна Рухшона Фарзона Шоира Нодира Хосият Бунафша Садбарг Ҳумайро Гулчеҳра Озода Мижгона Сурайё Моҳира',
    ),
    sur: words(
      'Раҳимов Қурбонов Ғафуров Шарипов Назаров Саидов Давлатов Исмоилов Мирзоев Ҷӯраев Сафаров Ҳасанов Каримов Абдуллоев Қодиров Ниёзов Раҷабов Холов Зоиров Одинаев Бобоев Шоев Ёров Пулодов Раҳимзода Исмоилзода Назарзода Сафарзода Шарифзода Қурбонзода Давлатзода Раҳмонзода Ҷалолзода Ҳакимзода Мирзозода Азизӣ Шарифӣ Абдуллоҳзода Сангинов Ҳайдаров Ашуров Маҳмадов Файзуллоев Гулов Насимов Рустамов Тағоев Иброҳимов Ҳамидов Қосимов Ҷумъаев Нуров Салимзода Умарзода Хайрзода',
    ),
    nick: words('Фара Джама Шера Сухик Дилик Зара Фира Рустик'),
  },
  tr: {
    m: words(
      'Mehmet Mustafa Ahmet Ali Hüseyin Hasan İbrahim Murat Emre Burak Serkan Okan Hakan Cem Kemal Yusuf Ömer Barış Umut Deniz Ceyhan Volkan Tuncay Erdem Oğuz Levent Selçuk Tolga Kaan Berk Onur İsmail Ferhat Sinan Gökhan Taner Uğur Çağlar Tuna Erkan Aydın',
    ),
    f: words(
      'Ayşe Fatma Emine Hatice Zeynep Elif Merve Büşra Esra Özlem Gül Derya Şule Sibel Tuba Ebru Gülsüm Hülya Songül Nurcan Yasemin Pınar Bahar Dilek Gizem Tuğba Sevgi Aslı Ece Melek Yıldız Nazlı Filiz Canan Güneş Serap',
    ),
    sur: words(
      'Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan Kılıç Aslan Çetin Kara Koç Kurt Özkan Şimşek Polat Korkmaz Erdoğan Güneş Aksoy Uçar Bozkurt Tekin Karaca Avcı Ateş Tunç Eren Bulut Kaplan Güler Sarı Turan Akgül Coşkun Keskin Kocaman Yavuz Acar Bayram Önal Sezer Duman Bilgin Oral Kandemir',
    ),
    nick: words('Memo Hasso Apo Deli Topal Kara Reis'),
  },
};

interface PairPools {
  m: Pair[];
  f: Pair[];
  sur: Pair[];
  order: 'sg' | 'gs';
}
const PAIR_POOLS: Record<'kr' | 'cn' | 'ar' | 'af' | 'az', PairPools> = {
  kr: {
    m: pairs(
      'Min-jun/Мин Джун, Ji-hoon/Джи Хун, Hyun-woo/Хён У, Sung-min/Сон Мин, Dong-hyun/Дон Хён, Young-ho/Ён Хо, Jae-won/Чжэ Вон, Kyung-soo/Кён Су, Tae-yang/Тхэ Ян, Seung-ho/Сын Хо, Joon-young/Джун Ён, Sang-woo/Сан У',
    ),
    f: pairs(
      'Seo-yeon/Со Ён, Ji-young/Джи Ён, Eun-ji/Ын Джи, Hye-jin/Хе Джин, Soo-jin/Су Джин, Mi-kyung/Ми Гён, Ha-eun/Ха Ын, Yu-na/Ю На, Min-seo/Мин Со, Ji-won/Джи Вон',
    ),
    sur: pairs(
      'Kim/Ким, Park/Пак, Lee/Ли, Choi/Чхве, Jung/Чон, Kang/Кан, Cho/Чо, Yoon/Юн, Jang/Чан, Lim/Лим, Han/Хан, Shin/Шин, Seo/Со, Kwon/Квон, Hwang/Хван, Ahn/Ан, Song/Сон, Hong/Хон',
    ),
    order: 'sg',
  },
  cn: {
    m: pairs(
      'Wei/Вэй, Jie/Цзе, Lei/Лэй, Hao/Хао, Qiang/Цян, Jun/Цзюнь, Hongwei/Хунвэй, Xiaoming/Сяомин, Tao/Тао, Peng/Пэн, Zhiqiang/Чжицян',
    ),
    f: pairs(
      'Na/На, Min/Минь, Xin/Синь, Fang/Фан, Lihua/Лихуа, Yuqing/Юйцин, Jing/Цзин, Ying/Ин, Xiaoli/Сяоли, Mei/Мэй',
    ),
    sur: pairs(
      'Wang/Ван, Li/Ли, Zhang/Чжан, Liu/Лю, Chen/Чэнь, Zhao/Чжао, Huang/Хуан, Zhou/Чжоу, Sun/Сунь, Ma/Ма, Hu/Ху, Guo/Го, Lin/Линь, Xu/Сюй',
    ),
    order: 'sg',
  },
  ar: {
    m: pairs(
      'Ahmed/Ахмед, Mohammed/Мохаммед, Khalid/Халид, Rashid/Рашид, Saeed/Саид, Omar/Омар, Hamdan/Хамдан, Sultan/Султан, Majid/Маджид, Yousef/Юсеф, Faisal/Фейсал, Abdullah/Абдулла, Tariq/Тарик, Hamad/Хамад, Nasser/Насер',
    ),
    f: pairs(
      'Fatima/Фатима, Mariam/Марьям, Aisha/Аиша, Noura/Нура, Layla/Лейла, Huda/Худа, Salma/Сальма, Amal/Амаль, Reem/Рим, Hessa/Хесса',
    ),
    sur: pairs(
      'Al Mansouri/аль-Мансури, Al Nuaimi/аль-Нуайми, Al Shamsi/аль-Шамси, Al Hashimi/аль-Хашими, Al Falasi/аль-Фаласи, Al Marzouqi/аль-Марзуки, Al Ketbi/аль-Кетби, Haddad/Хаддад, Khoury/Хури, Al Zaabi/аль-Зааби, Al Suwaidi/аль-Сувейди, Al Dhaheri/аль-Дахери, Saleh/Салех, Mansour/Мансур',
    ),
    order: 'gs',
  },
  af: {
    m: pairs(
      'Zabihullah/Забихулла, Wahidullah/Вахидулла, Najibullah/Наджибулла, Farid/Фарид, Habibullah/Хабибулла, Samiullah/Самиулла, Rahmatullah/Рахматулла, Ahmad Shah/Ахмад Шах, Mohammad Nabi/Мохаммад Наби, Gul Agha/Гуль Ага, Shir Ali/Шир Али, Mirwais/Мирвайс',
    ),
    f: pairs(
      'Zarghuna/Заргуна, Parwana/Парвана, Fereshta/Ферешта, Mursal/Мурсал, Nazanin/Назанин, Malalai/Малалай, Zahra/Захра, Khatera/Хатера, Shabana/Шабана',
    ),
    sur: pairs(
      'Noori/Нури, Ahmadzai/Ахмадзай, Popal/Попал, Stanekzai/Станекзай, Karimi/Карими, Hakimi/Хакими, Wardak/Вардак, Safi/Сафи, Sultani/Султани, Rahimi/Рахими, Amiri/Амири, Sadat/Садат, Mohammadi/Мохаммади, Haidari/Хайдари',
    ),
    order: 'gs',
  },
  az: {
    m: pairs(
      'Elvin/Эльвин, Rəşad/Рашад, Orxan/Орхан, Tural/Турал, Vüsal/Вюсал, Elçin/Эльчин, Ramil/Рамиль, Anar/Анар, Namiq/Намик, Emin/Эмин, Fuad/Фуад, Samir/Самир',
    ),
    f: pairs(
      'Günay/Гюнай, Aysel/Айсель, Nigar/Нигяр, Sevinc/Севиндж, Könül/Кёнуль, Aytən/Айтен, Ülviyyə/Ульвия, Lalə/Ляля, Nərmin/Нармин, Səbinə/Сабина',
    ),
    sur: pairs(
      'Məmmədov/Мамедов, Əliyev/Алиев, Hüseynov/Гусейнов, Həsənov/Гасанов, Quliyev/Кулиев, Abbasov/Аббасов, Cəfərov/Джафаров, İsmayılov/Исмаилов, Rzayev/Рзаев, Nəbiyev/Набиев, Babayev/Бабаев, Kazımov/Казымов',
    ),
    order: 'gs',
  },
};
const PAIR_NICKS = pairs('Boss/Босс, Sultan/Султан, Shef/Шеф, Kolya/Коля, Kim/Ким, Mister/Мистер');

/** Feminine form of a surname written in the origin's script. */
function femSurname(sur: string, origin: Origin): string {
  if (/(ов|ев|ёв|ин|ын)$/.test(sur)) return sur + 'а';
  if (/ский$|цкий$/.test(sur)) return sur.slice(0, -2) + 'ая';
  if (origin === 'uz' && /(ov|yev|ev)$/.test(sur)) return sur + 'a';
  if (origin === 'az' && /(ov|yev|ев|ов)$/.test(sur)) return sur + 'a';
  return sur;
}

// ---------------------------------------------------------------------------------------------------------
// Grammar: Russian declension and patronymics, Turkic and Tajik case endings, Turkish/English apostrophe endings
// ---------------------------------------------------------------------------------------------------------

type RuCase = 'gen' | 'dat' | 'acc' | 'ins' | 'prep';
const isRuCase = (c: Case): c is RuCase => ['gen', 'dat', 'acc', 'ins', 'prep'].includes(c);
const RU_STEM_OVERRIDE: Record<string, string> = { Павел: 'Павл', Пётр: 'Петр', Лев: 'Льв' };

function ruDeclineGiven(w: string, g: Gender, c: Case): string {
  if (!isRuCase(c) || /[\s-]/.test(w)) return w;
  const last = w.slice(-1);
  const stem = w.slice(0, -1);
  if (last === 'а') {
    const soft = /[гкхжшщч]$/.test(stem);
    const sib = /[жшщчц]$/.test(stem);
    return stem + { gen: soft ? 'и' : 'ы', dat: 'е', acc: 'у', ins: sib ? 'ей' : 'ой', prep: 'е' }[c];
  }
  if (last === 'я') {
    const iya = stem.endsWith('и');
    return stem + { gen: 'и', dat: iya ? 'и' : 'е', acc: 'ю', ins: 'ей', prep: iya ? 'и' : 'е' }[c];
  }
  if (g === 'f') {
    if (w === 'Любовь') return { gen: 'Любови', dat: 'Любови', acc: 'Любовь', ins: 'Любовью', prep: 'Любови' }[c];
    if (last === 'ь') return stem + { gen: 'и', dat: 'и', acc: 'ь', ins: 'ью', prep: 'и' }[c];
    return w;
  }
  if (last === 'й') return stem + { gen: 'я', dat: 'ю', acc: 'я', ins: 'ем', prep: stem.endsWith('и') ? 'и' : 'е' }[c];
  if (last === 'ь') return stem + { gen: 'я', dat: 'ю', acc: 'я', ins: 'ем', prep: 'е' }[c];
  if (/[бвгджзклмнпрстфхцчшщ]$/.test(w)) {
    const s = RU_STEM_OVERRIDE[w] ?? w;
    const sib = /[жшщчц]$/.test(s);
    return s + { gen: 'а', dat: 'у', acc: 'а', ins: sib ? 'ем' : 'ом', prep: 'е' }[c];
  }
  return w;
}
function ruDeclineSur(w: string, g: Gender, c: Case): string {
  if (!isRuCase(c) || /[\s-]/.test(w)) return w;
  if (g === 'm') {
    if (/(ов|ев|ёв|ин|ын)$/.test(w)) return w + { gen: 'а', dat: 'у', acc: 'а', ins: 'ым', prep: 'е' }[c];
    if (/(ский|цкий)$/.test(w))
      return w.slice(0, -2) + { gen: 'ого', dat: 'ому', acc: 'ого', ins: 'им', prep: 'ом' }[c];
    if (/(ых|их)$/.test(w)) return w;
    if (w.endsWith('й')) return w.slice(0, -1) + { gen: 'я', dat: 'ю', acc: 'я', ins: 'ем', prep: 'е' }[c];
    if (/[бвгджзклмнпрстфхцчшщ]$/.test(w)) {
      const sib = /[жшщчц]$/.test(w);
      return w + { gen: 'а', dat: 'у', acc: 'а', ins: sib ? 'ем' : 'ом', prep: 'е' }[c];
    }
    return w;
  }
  if (/(ова|ева|ёва|ина|ына)$/.test(w))
    return w.slice(0, -1) + { gen: 'ой', dat: 'ой', acc: 'у', ins: 'ой', prep: 'ой' }[c];
  if (/(ская|цкая)$/.test(w)) return w.slice(0, -2) + { gen: 'ой', dat: 'ой', acc: 'ую', ins: 'ой', prep: 'ой' }[c];
  return w;
}
function ruDeclinePatr(w: string, c: Case): string {
  if (!isRuCase(c) || /\s/.test(w)) return w;
  if (w.endsWith('ич')) return w + { gen: 'а', dat: 'у', acc: 'а', ins: 'ем', prep: 'е' }[c];
  if (w.endsWith('на')) return w.slice(0, -1) + { gen: 'ы', dat: 'е', acc: 'у', ins: 'ой', prep: 'е' }[c];
  return w;
}
const PATR_EXC: Record<string, [string, string]> = {
  Павел: ['Павлович', 'Павловна'],
  Пётр: ['Петрович', 'Петровна'],
  Лев: ['Львович', 'Львовна'],
  Никита: ['Никитич', 'Никитична'],
  Лука: ['Лукич', 'Лукинична'],
  Илья: ['Ильич', 'Ильинична'],
  Данила: ['Данилович', 'Даниловна'],
  Дмитрий: ['Дмитриевич', 'Дмитриевна'],
};
/** Russian-style patronymic from a father's name in any Cyrillic spelling. */
function ruPatronymic(father: string, g: Gender): string {
  const e = PATR_EXC[father];
  if (e) return g === 'm' ? e[0] : e[1];
  let m: string;
  if (/ий$/.test(father)) m = father.slice(0, -2) + 'ьевич';
  else if (/[аеоуэ]й$/.test(father)) m = father.slice(0, -1) + 'евич';
  else if (/ь$/.test(father)) m = father.slice(0, -1) + 'евич';
  else if (/[аеёиоуыэюяӣӯ]$/.test(father)) m = father + 'евич';
  else if (/[жшчщц]$/.test(father)) m = father + 'евич';
  else m = father + 'ович';
  return g === 'm' ? m : m.replace(/ич$/, 'на');
}

function kkFront(w: string): boolean {
  const l = w.toLowerCase();
  for (let i = l.length - 1; i >= 0; i--) {
    if ('әеөүіэ'.includes(l[i])) return true;
    if ('аоұыяё'.includes(l[i])) return false;
  }
  return /[иі]/.test(l);
}
/** Kazakh case ending fused to a word (vowel harmony and consonant assimilation). */
function kkSuffix(w: string, c: Case): string {
  const last = w.slice(-1).toLowerCase();
  const cls = 'аәеоөұүыіэяюё'.includes(last)
    ? 'V'
    : 'иуйлр'.includes(last)
      ? 'S'
      : 'зж'.includes(last)
        ? 'Z'
        : 'мнң'.includes(last)
          ? 'N'
          : 'X';
  const f = kkFront(w);
  const two = (back: string, front: string): string => (f ? front : back);
  switch (c) {
    case 'gen':
      return cls === 'V' || cls === 'N' ? two('ның', 'нің') : cls === 'X' ? two('тың', 'тің') : two('дың', 'дің');
    case 'acc':
      return cls === 'V' ? two('ны', 'ні') : cls === 'X' ? two('ты', 'ті') : two('ды', 'ді');
    case 'dat':
      return cls === 'X' ? two('қа', 'ке') : two('ға', 'ге');
    case 'abl':
      return cls === 'N' ? two('нан', 'нен') : cls === 'X' ? two('тан', 'тен') : two('дан', 'ден');
    case 'loc':
      return cls === 'X' ? two('та', 'те') : two('да', 'де');
    case 'ins':
      return cls === 'Z' ? 'бен' : cls === 'X' ? 'пен' : 'мен';
    default:
      return '';
  }
}
/** Kyrgyz case ending (four-way harmony). */
function kySuffix(w: string, c: Case): string {
  const l = w.toLowerCase();
  let hv = 'ы';
  let lv = 'а';
  for (let i = l.length - 1; i >= 0; i--) {
    const ch = l[i];
    if ('аыя'.includes(ch)) [hv, lv] = ['ы', 'а'];
    else if ('оуёю'.includes(ch)) [hv, lv] = ['у', 'о'];
    else if ('еиэ'.includes(ch)) [hv, lv] = ['и', 'е'];
    else if ('өү'.includes(ch)) [hv, lv] = ['ү', 'ө'];
    else continue;
    break;
  }
  const last = l.slice(-1);
  const cls = 'аеиоөуүыэюяё'.includes(last) ? 'V' : 'бвгджзйлмнңр'.includes(last) ? 'D' : 'T';
  switch (c) {
    case 'gen':
      return (cls === 'V' ? 'н' : cls === 'D' ? 'д' : 'т') + hv + 'н';
    case 'acc':
      return (cls === 'V' ? 'н' : cls === 'D' ? 'д' : 'т') + hv;
    case 'dat':
      return (cls === 'T' ? 'к' : 'г') + lv;
    case 'abl':
      return (cls === 'T' ? 'т' : 'д') + lv + 'н';
    case 'loc':
      return (cls === 'T' ? 'т' : 'д') + lv;
    default:
      return '';
  }
}
function uzSuffix(w: string, c: Case): string {
  const cyr = /[А-Яа-яЎўҚқҒғҲҳ]/.test(w);
  const last = w.slice(-1).toLowerCase();
  if (cyr) {
    return (
      { gen: 'нинг', dat: last === 'к' ? 'ка' : last === 'қ' ? 'қа' : 'га', acc: 'ни', abl: 'дан', loc: 'да' }[
        c as 'gen'
      ] ?? ''
    );
  }
  return (
    { gen: 'ning', dat: last === 'k' ? 'ka' : last === 'q' ? 'qa' : 'ga', acc: 'ni', abl: 'dan', loc: 'da' }[
      c as 'gen'
    ] ?? ''
  );
}
function tgSuffix(_w: string, c: Case): string {
  return c === 'acc' ? 'ро' : '';
}
/** Turkish case ending written after an apostrophe (kept outside the span). */
function trTail(w: string, c: Case): string {
  const l = w.toLocaleLowerCase('tr');
  let lastV = 'e';
  for (const ch of l) if ('aeıioöuü'.includes(ch)) lastV = ch;
  const A = 'aıou'.includes(lastV) ? 'a' : 'e';
  const I =
    ({ a: 'ı', ı: 'ı', o: 'u', u: 'u', e: 'i', i: 'i', ö: 'ü', ü: 'ü' } as Record<string, string>)[lastV] ?? 'i';
  const endsV = 'aeıioöuü'.includes(l.slice(-1));
  const hard = 'fstkçşhp'.includes(l.slice(-1));
  switch (c) {
    case 'gen':
      return endsV ? `'n${I}n` : `'${I}n`;
    case 'dat':
      return endsV ? `'y${A}` : `'${A}`;
    case 'acc':
      return endsV ? `'y${I}` : `'${I}`;
    case 'abl':
      return `'${hard ? 't' : 'd'}${A}n`;
    case 'loc':
      return `'${hard ? 't' : 'd'}${A}`;
    case 'ins':
      return endsV ? `'yl${A}` : `'l${A}`;
    default:
      return '';
  }
}

// ---------------------------------------------------------------------------------------------------------
// People
// ---------------------------------------------------------------------------------------------------------

interface Person {
  origin: Origin;
  gender: Gender;
  /** origin spelling (Cyrillic for ru ua kz ky tg, Latin for uz tr and the pair origins) */
  given: string;
  sur: string;
  father: string;
  givenCyr: string;
  surCyr: string;
  fatherCyr: string;
  nick: string;
  nickCyr: string;
  scheme: RomScheme;
  x: boolean;
  q: boolean;
  uulu: boolean;
  uzRuStyle: boolean;
  trStrip: boolean;
  dob: { y: number; m: number; d: number };
}
interface SlotCons {
  gender?: Gender;
  origin?: Origin;
  sameOriginAs?: number;
  given?: string;
  sur?: string;
}
const ORIGIN_WEIGHTS: Record<Lang, Partial<Record<Origin, number>>> = {
  ru: { ru: 22, kz: 22, ky: 12, uz: 16, tg: 12, ua: 4, az: 4, kr: 3, cn: 2, tr: 3 },
  en: { kz: 18, ky: 14, uz: 18, tg: 14, ru: 8, kr: 7, ar: 6, tr: 6, af: 4, cn: 3, az: 3, ua: 3 },
  kk: { kz: 62, ru: 10, uz: 8, ky: 6, tg: 4, cn: 4, tr: 3, kr: 3 },
  ky: { ky: 66, kz: 8, uz: 8, ru: 8, tr: 4, cn: 3, tg: 3 },
  uz: { uz: 66, ru: 8, kz: 6, tg: 6, tr: 5, kr: 6, ky: 3 },
  tg: { tg: 66, uz: 8, ru: 10, af: 6, tr: 4, ar: 3, ky: 3 },
  tr: { tr: 30, uz: 15, kz: 10, ky: 10, tg: 10, az: 8, ru: 5, ua: 4, ar: 3, af: 2 },
};
const isPairOrigin = (o: Origin): o is 'kr' | 'cn' | 'ar' | 'af' | 'az' => ['kr', 'cn', 'ar', 'af', 'az'].includes(o);
const usedGiven = new Set<string>();
const usedSur = new Set<string>();

function makePerson(lang: Lang, cons: SlotCons, taken: Set<string>): Person {
  const origin = cons.origin ?? weighted(ORIGIN_WEIGHTS[lang]);
  const gender = cons.gender ?? (chance(0.5) ? 'm' : 'f');
  const dob = { y: int(1966, 2006), m: int(1, 12), d: int(1, 28) };
  const base = {
    origin,
    gender,
    scheme: weighted<RomScheme>(origin === 'kz' || origin === 'ky' ? { A: 35, B: 35, C: 30 } : { A: 45, B: 45, C: 10 }),
    x: chance(0.5),
    q: chance(0.3),
    uulu: origin === 'ky' && chance(0.35),
    uzRuStyle: chance(0.5),
    trStrip: chance(0.3),
    dob,
  };
  if (isPairOrigin(origin)) {
    const pp = PAIR_POOLS[origin];
    let g: Pair;
    do g = draw(`${origin}.${gender}`, pp[gender]);
    while (taken.has(g[0]));
    const f = draw(`${origin}.father`, pp.m);
    const nick = pick(PAIR_NICKS);
    const p: Person = {
      ...base,
      given: cons.given ?? g[0],
      givenCyr: cons.given ?? g[1],
      sur: '',
      surCyr: '',
      father: f[0],
      fatherCyr: f[1],
      nick: nick[0],
      nickCyr: nick[1],
    };
    let surPair: Pair | undefined;
    const surOf = (): Pair => {
      if (!surPair) {
        const s = draw(`${origin}.sur`, pp.sur);
        surPair = gender === 'f' && origin === 'az' ? [femSurname(s[0], 'az'), femSurname(s[1], 'az')] : s;
      }
      return surPair;
    };
    Object.defineProperty(p, 'sur', { get: () => surOf()[0], enumerable: true });
    Object.defineProperty(p, 'surCyr', { get: () => surOf()[1], enumerable: true });
    return p;
  }
  const pool = POOLS[origin];
  let given = cons.given ?? '';
  if (!cons.given) while (!given || taken.has(given)) given = draw(`${origin}.${gender}`, pool[gender]);
  const father = draw(`${origin}.father`, pool.m);
  const nick = draw(`${origin}.nick`, pool.nick);
  const p: Person = { ...base, given, sur: '', father, givenCyr: '', surCyr: '', fatherCyr: '', nick, nickCyr: nick };
  let sur: string | undefined;
  Object.defineProperty(p, 'sur', {
    get: () => {
      if (sur === undefined) {
        const surM = cons.sur ?? draw(`${origin}.sur`, pool.sur);
        sur = gender === 'f' ? femSurname(surM, origin) : surM;
      }
      return sur;
    },
    enumerable: true,
  });
  return p;
}

/** A nickname in the spelling of the target language. */
function nickFor(p: Person, t: Target): string {
  const o = p.origin;
  const cyr = ['ru', 'kk', 'ky', 'tg'].includes(t) || (t === 'uzc' && o !== 'uz');
  if (isPairOrigin(o)) return cyr ? p.nickCyr : p.nick;
  if (o === 'uz') return cyr ? uz2ru(p.nick) : t === 'en' ? uz2en(p.nick, p.x, p.q) : p.nick;
  if (o === 'tr') return cyr ? tr2ru(p.nick) : p.nick;
  const ru = o === 'kz' ? kk2ru(p.nick) : o === 'ky' ? ky2ru(p.nick) : o === 'tg' ? tg2ru(p.nick) : p.nick;
  if (t === 'en') return romanize(ru, p.scheme);
  if (t === 'tr') return cyr2tr(p.nick);
  if (t === 'uzl' || t === 'uzc') return cyr2uzl(ru);
  if (t === 'ru') return ru;
  return p.nick;
}

/** A name in Russian Cyrillic spelling. */
function ruSpell(p: Person, which: 'given' | 'sur' | 'father'): string {
  const w = p[which];
  switch (p.origin) {
    case 'ru':
    case 'ua':
      return w;
    case 'kz':
      return kk2ru(w);
    case 'ky':
      return ky2ru(w);
    case 'tg':
      return tg2ru(w);
    case 'uz':
      return uz2ru(w);
    case 'tr':
      return tr2ru(w);
    default:
      return p[`${which}Cyr` as 'givenCyr'];
  }
}
/** A name in the Latin spelling an English text would use. */
function enSpell(p: Person, which: 'given' | 'sur' | 'father'): string {
  const w = p[which];
  switch (p.origin) {
    case 'uz':
      return uz2en(w, p.x, p.q);
    case 'tr':
      return p.trStrip ? trStrip(w) : w;
    case 'az':
      return az2en(w);
    case 'kr':
    case 'cn':
    case 'ar':
    case 'af':
      return w;
    case 'tg':
      return romanize(w, p.x ? 'C' : 'B');
    default:
      return romanize(ruSpell(p, which), p.scheme);
  }
}

interface NameParts {
  given: string;
  sur: string;
  patr: string | null;
}
function uuluSur(p: Person, father: string, t: 'cyr' | 'lat'): string {
  if (t === 'lat') return `${father} ${p.gender === 'm' ? 'uulu' : 'kyzy'}`;
  return `${father} ${p.gender === 'm' ? 'уулу' : 'кызы'}`;
}
function nameParts(p: Person, t: Target): NameParts {
  const o = p.origin;
  const noPatr = ['tr', 'kr', 'cn', 'ar', 'af'].includes(o);
  const ruParts = (): NameParts => {
    const father = ruSpell(p, 'father');
    let patr: string | null = noPatr ? null : ruPatronymic(father, p.gender);
    if (o === 'az') patr = `${father} ${p.gender === 'm' ? 'оглы' : 'кызы'}`;
    if (o === 'uz' && !p.uzRuStyle) patr = `${father} ${p.gender === 'm' ? 'угли' : 'кизи'}`;
    let sur = ruSpell(p, 'sur');
    if (p.uulu) {
      sur = uuluSur(p, father, 'cyr');
      patr = null;
    }
    return { given: ruSpell(p, 'given'), sur, patr };
  };
  switch (t) {
    case 'ru':
      return ruParts();
    case 'kk':
      if (o === 'kz') return { given: p.given, sur: p.sur, patr: p.father + (p.gender === 'm' ? 'ұлы' : 'қызы') };
      if (o === 'ky')
        return {
          given: p.given,
          sur: p.uulu ? uuluSur(p, p.father, 'cyr') : p.sur,
          patr: p.uulu ? null : ruPatronymic(p.father, p.gender),
        };
      return ruParts();
    case 'ky':
      if (o === 'ky')
        return {
          given: p.given,
          sur: p.uulu ? uuluSur(p, p.father, 'cyr') : p.sur,
          patr: p.uulu ? null : ruPatronymic(p.father, p.gender),
        };
      return ruParts();
    case 'tg':
      if (o === 'tg') return { given: p.given, sur: p.sur, patr: ruPatronymic(p.father, p.gender) };
      if (o === 'uz') {
        const c = (s: string): string =>
          uz2cyr(s).replace(/ж/g, 'ҷ').replace(/Ж/g, 'Ҷ').replace(/ў/g, 'ӯ').replace(/Ў/g, 'Ӯ');
        return { given: c(p.given), sur: c(p.sur), patr: ruPatronymic(c(p.father), p.gender) };
      }
      return ruParts();
    case 'uzl':
    case 'uzc': {
      if (o === 'uz')
        return { given: p.given, sur: p.sur, patr: `${p.father} ${p.gender === 'm' ? "o'g'li" : 'qizi'}` };
      if (t === 'uzc') return { ...ruParts(), patr: null };
      if (o === 'tr') return { given: tr2uz(p.given), sur: tr2uz(p.sur), patr: null };
      if (o === 'az') return { given: az2uz(p.given), sur: az2uz(p.sur), patr: null };
      if (isPairOrigin(o)) return { given: p.given, sur: p.sur, patr: null };
      const sur = p.uulu ? uuluSur(p, cyr2uzl(p.father), 'lat') : cyr2uzl(p.sur);
      return { given: cyr2uzl(p.given), sur, patr: null };
    }
    case 'tr': {
      if (o === 'tr') return { given: p.given, sur: p.sur, patr: null };
      if (o === 'uz') return { given: uz2tr(p.given), sur: uz2tr(p.sur), patr: null };
      if (o === 'az') return { given: az2tr(p.given), sur: az2tr(p.sur), patr: null };
      if (isPairOrigin(o)) return { given: p.given, sur: p.sur, patr: null };
      const sur = p.uulu ? uuluSur(p, cyr2tr(p.father), 'lat') : cyr2tr(p.sur);
      return { given: cyr2tr(p.given), sur, patr: null };
    }
    case 'en': {
      const sur = p.uulu ? uuluSur(p, enSpell(p, 'father'), 'lat') : enSpell(p, 'sur');
      return { given: enSpell(p, 'given'), sur, patr: null };
    }
  }
}

function initialOf(w: string): string {
  const m = w.match(/^(Sh|Ch|O['ʻ‘]|G['ʻ‘]|Zh|Kh)/);
  return (m ? m[1] : w[0]) + '.';
}
function trUpper(s: string): string {
  return s.toLocaleUpperCase('tr');
}

/** Renders a person; `tail` is an apostrophe ending that follows the span (Turkish, English). */
function renderPerson(p: Person, fmt: string, t: Target): { text: string; tail: string } {
  const [base, caseName] = fmt.split('.');
  const c = (caseName ?? 'nom') as Case;
  const P = nameParts(p, t);
  const o = p.origin;
  const sgOrder = o === 'kr' || o === 'cn';
  let { given, sur, patr } = P;
  if (t === 'ru' && c !== 'nom') {
    if (o !== 'kr' && o !== 'cn') given = ruDeclineGiven(given, p.gender, c);
    if (!['kr', 'cn', 'af'].includes(o)) sur = ruDeclineSur(sur, p.gender, c);
    if (patr) patr = ruDeclinePatr(patr, c);
  }
  const join = (...xs: (string | null)[]): string => xs.filter((x): x is string => !!x).join(' ');
  const latin = ['en', 'tr', 'uzl'].includes(t) || (t === 'uzc' && o === 'uz');
  const officialHasPatr = !['en', 'tr'].includes(t);
  const initials = (): string => {
    const parts = [initialOf(P.given)];
    if (P.patr && officialHasPatr && !latin) parts.push(initialOf(P.patr));
    if (P.patr && t === 'uzl' && chance(0.5)) parts.push(initialOf(P.patr));
    return parts.join(chance(0.3) ? ' ' : '');
  };
  let text: string;
  let usesGiven = true;
  let usesSur = true;
  switch (base) {
    case 'full':
      if (sgOrder) text = join(sur, given);
      else if (t === 'en' || t === 'tr') text = join(given, sur);
      else text = join(sur, given, patr);
      break;
    case 'fulln':
      if (sgOrder) text = join(sur, given);
      else if (t === 'en' || t === 'tr' || t === 'uzl' || t === 'uzc') text = join(given, sur);
      else text = join(given, patr, sur);
      break;
    case 'gs':
    case 'lower':
      text = sgOrder ? join(sur, given) : join(given, sur);
      if (base === 'lower') text = t === 'tr' ? text.toLocaleLowerCase('tr') : text.toLowerCase();
      break;
    case 'sg':
      text = join(sur, given);
      break;
    case 'gp':
      text = join(given, patr);
      usesSur = false;
      break;
    case 'g':
    case 'lowerg':
      text = given;
      if (base === 'lowerg') text = text.toLowerCase();
      usesSur = false;
      break;
    case 's':
      text = sur;
      usesGiven = false;
      break;
    case 'si':
      text = `${sur} ${initials()}`;
      usesGiven = false;
      break;
    case 'is':
      text = `${initials()} ${sur}`;
      usesGiven = false;
      break;
    case 'caps': {
      const full = sgOrder ? join(sur, given) : t === 'en' || t === 'tr' ? join(given, sur) : join(sur, given, patr);
      text = t === 'tr' || t === 'uzl' ? trUpper(full) : full.toUpperCase();
      break;
    }
    case 'capsur':
      text = `${t === 'tr' ? trUpper(sur) : sur.toUpperCase()} ${given}`;
      break;
    case 'capslat': {
      const e = nameParts(p, 'en');
      text = (sgOrder ? join(e.sur, e.given) : join(e.given, e.sur)).toUpperCase();
      break;
    }
    case 'nick':
      text = nickFor(p, t);
      usesGiven = usesSur = false;
      break;
    default:
      throw new Error(`unknown person format ${fmt}`);
  }
  if (usesGiven) usedGiven.add(`${o}:${p.given}`);
  if (usesSur) usedSur.add(`${o}:${p.gender === 'f' ? p.sur.replace(/а$|a$/, '') : p.sur}`);
  let tail = '';
  if (c !== 'nom') {
    const lastWord = text.split(' ').pop() ?? text;
    if (t === 'kk') text += kkSuffix(lastWord, c);
    else if (t === 'ky') text += kySuffix(lastWord, c);
    else if (t === 'uzl' || t === 'uzc') text += uzSuffix(lastWord, c);
    else if (t === 'tg') text += tgSuffix(lastWord, c);
    else if (t === 'tr') tail = trTail(lastWord, c);
    else if (t === 'en' && c === 'poss') tail = /s$/.test(text) ? "'" : "'s";
  }
  return { text, tail };
}

// ---------------------------------------------------------------------------------------------------------
// Value generators for the other entity types
// ---------------------------------------------------------------------------------------------------------

interface GenCtx {
  lang: Lang;
  person?: Person;
}
type Gen = (ctx: GenCtx) => string;

/** Splits a digit string into groups of the given sizes. */
function groups(d: string, sizes: number[]): string[] {
  const out: string[] = [];
  let i = 0;
  for (const n of sizes) {
    out.push(d.slice(i, i + n));
    i += n;
  }
  return out;
}
function mobile(cc: string, trunk: string, op: string, sub: string): string {
  const [a, b, c] = groups(sub, [3, 2, 2]);
  const [x, y] = groups(sub, [3, 4]);
  return pick([
    `+${cc} ${op} ${a} ${b} ${c}`,
    `${trunk} (${op}) ${a}-${b}-${c}`,
    `+${cc}(${op})${sub}`,
    `${trunk}${op}${sub}`,
    `${trunk}-${op}-${a}-${b}-${c}`,
    `+${cc} ${op} ${x} ${y}`,
    `+${cc}.${op}.${a}.${b}.${c}`,
    `+${cc}${op}${sub}`,
    `+${cc} (${op}) ${a}-${b}-${c}`,
    `${trunk} ${op} ${a} ${b} ${c}`,
  ]);
}
const KZ_OPS = words('700 701 702 705 707 708 747 771 775 776 777 778');
const RU_OPS = words('903 905 909 915 916 925 926 929 963 965 977 985 999 950 951 952 912 913 917 918 921 922');
const PHONE: Record<string, Gen> = {
  kz: () => mobile('7', '8', pick(KZ_OPS), digits(7)),
  ru: () => mobile('7', '8', pick(RU_OPS), digits(7)),
  kzcity: () => {
    const [area, n] = pick<[string, number]>([
      ['727', 7],
      ['7172', 6],
      ['7252', 6],
      ['7262', 6],
      ['7212', 6],
      ['7132', 6],
      ['7122', 6],
      ['7242', 6],
      ['7292', 6],
    ]);
    const sub = String(int(2, 5)) + digits(n - 1);
    const g = n === 7 ? groups(sub, [3, 2, 2]).join('-') : groups(sub, [2, 2, 2]).join('-');
    return pick([`8 (${area}) ${g}`, `+7 ${area} ${g}`, `8 ${area} ${g}`, `+7 (${area}) ${g}`]);
  },
  rucity: () => {
    const area = pick(words('495 499 812 343 383 846 861 843 3462'));
    const n = area.length === 3 ? 7 : 6;
    const sub = String(int(2, 7)) + digits(n - 1);
    const g = n === 7 ? groups(sub, [3, 2, 2]).join('-') : groups(sub, [2, 2, 2]).join('-');
    return pick([`+7 (${area}) ${g}`, `8 (${area}) ${g}`, `8 ${area} ${g}`]);
  },
  kg: () => {
    const op = pick(words('555 550 700 702 705 707 770 772 777 779 990 995 997 500 501 220 222 755'));
    const sub = digits(6);
    const [a, b, c] = groups(sub, [2, 2, 2]);
    const [x, y] = groups(sub, [3, 3]);
    return pick([
      `+996 ${op} ${a} ${b} ${c}`,
      `+996 (${op}) ${x}-${y}`,
      `0${op} ${x} ${y}`,
      `+996${op}${sub}`,
      `0 (${op}) ${a}-${b}-${c}`,
      `+996-${op}-${x}-${y}`,
      `0${op}${sub}`,
    ]);
  },
  kgcity: () => {
    if (chance(0.6)) {
      const [a, b, c] = groups(String(int(3, 6)) + digits(5), [2, 2, 2]);
      return pick([`+996 (312) ${a}-${b}-${c}`, `0 (312) ${a}-${b}-${c}`, `0312 ${a}${b}${c}`]);
    }
    const [a, b, c] = groups(String(int(2, 7)) + digits(4), [1, 2, 2]);
    return pick([`0 (3222) ${a}-${b}-${c}`, `+996 3222 ${a}${b}${c}`]);
  },
  uz: () => {
    const op = pick(words('90 91 93 94 95 97 98 99 33 88 77 50'));
    const sub = digits(7);
    const [a, b, c] = groups(sub, [3, 2, 2]);
    return pick([
      `+998 ${op} ${a} ${b} ${c}`,
      `+998 (${op}) ${a}-${b}-${c}`,
      `998${op}${sub}`,
      `(${op}) ${a}-${b}-${c}`,
      `${op} ${a} ${b} ${c}`,
      `+998${op}${sub}`,
      `+998-${op}-${a}-${b}-${c}`,
    ]);
  },
  uzcity: () => {
    const [a, b, c] = groups('2' + digits(6), [3, 2, 2]);
    const area = pick(words('71 71 66 74 69 65'));
    return pick([`+998 ${area} ${a}-${b}-${c}`, `(${area}) ${a}-${b}-${c}`, `+998 (${area}) ${a} ${b} ${c}`]);
  },
  tj: () => {
    const op = pick(words('90 91 92 93 98 55 88 50 00 11 40 77'));
    const sub = digits(7);
    const [a, b, c] = groups(sub, [3, 2, 2]);
    const [x, y] = groups(sub, [3, 4]);
    const [p1, p2, p3, p4] = groups(sub, [1, 2, 2, 2]);
    return pick([
      `+992 ${op} ${x} ${y}`,
      `+992 (${op}) ${a}-${b}-${c}`,
      `+992${op}${sub}`,
      `${op} ${a} ${b} ${c}`,
      `992${op}${sub}`,
      `+992 ${op}${p1} ${p2} ${p3} ${p4}`,
    ]);
  },
  tjcity: () => {
    const [a, b, c] = groups('2' + digits(6), [3, 2, 2]);
    const [d, e, f] = groups(String(int(2, 6)) + digits(4), [1, 2, 2]);
    return pick([
      `+992 (37) ${a}-${b}-${c}`,
      `(372) ${b}-${c}-${digits(2)}`,
      `(3422) ${d}-${e}-${f}`,
      `+992 37 ${a} ${b} ${c}`,
    ]);
  },
  tm: () => {
    const op = `6${int(1, 5)}`;
    const [a, b, c] = groups(digits(6), [2, 2, 2]);
    return pick([
      `+993 ${op} ${a}-${b}-${c}`,
      `+993 ${op} ${a}${b}${c}`,
      `8 ${op} ${a}-${b}-${c}`,
      `+993${op}${a}${b}${c}`,
    ]);
  },
  tr: () => {
    const op = pick(
      words('530 531 532 533 535 536 537 538 539 541 542 543 544 545 546 505 506 507 551 552 553 554 555'),
    );
    const sub = digits(7);
    const [a, b, c] = groups(sub, [3, 2, 2]);
    const [x, y] = groups(sub, [3, 4]);
    return pick([
      `+90 ${op} ${a} ${b} ${c}`,
      `0 (${op}) ${a} ${b} ${c}`,
      `0${op} ${x} ${y}`,
      `0${op}${sub}`,
      `+90${op}${sub}`,
      `+90 (${op}) ${a}-${b}-${c}`,
      `0 ${op} ${a} ${b} ${c}`,
    ]);
  },
  trcity: () => {
    const area = pick(words('212 216 242 232 312'));
    const sub = String(int(2, 6)) + digits(6);
    const [a, b, c] = groups(sub, [3, 2, 2]);
    return pick([`0 (${area}) ${a} ${b} ${c}`, `0${area} ${a} ${b}${c}`, `+90 ${area} ${a} ${b} ${c}`]);
  },
  ae: () => {
    const op = pick(words('50 52 54 55 56 58'));
    const sub = digits(7);
    const [x, y] = groups(sub, [3, 4]);
    return pick([
      `+971 ${op} ${x} ${y}`,
      `+971-${op}-${sub}`,
      `0${op} ${x} ${y}`,
      `+971${op}${sub}`,
      `00971 ${op} ${x} ${y}`,
      `+971 4 ${String(int(2, 8)) + digits(2)} ${digits(4)}`,
      `04 ${String(int(2, 8)) + digits(2)} ${digits(4)}`,
    ]);
  },
  kr: () => {
    const a = digits(4);
    const b = digits(4);
    return pick([
      `+82 10-${a}-${b}`,
      `010-${a}-${b}`,
      `+82 (0)10 ${a} ${b}`,
      `+8210${a}${b}`,
      `010 ${a} ${b}`,
      `02-${String(int(2, 9)) + digits(2)}-${b}`,
      `031-${String(int(2, 9)) + digits(2)}-${b}`,
    ]);
  },
};

// National identifiers -------------------------------------------------------------------------------

const sumDigits = (d: string, w: number[]): number => w.reduce((s, wi, i) => s + wi * Number(d[i]), 0);
function dobOf(ctx: GenCtx): { y: number; m: number; d: number; g: Gender } {
  const p = ctx.person;
  if (p) return { ...p.dob, g: p.gender };
  return { y: int(1966, 2005), m: int(1, 12), d: int(1, 28), g: chance(0.5) ? 'm' : 'f' };
}
function iin(ctx: GenCtx): string {
  const b = dobOf(ctx);
  for (;;) {
    const century = b.y >= 2000 ? (b.g === 'm' ? 5 : 6) : b.g === 'm' ? 3 : 4;
    const body = `${pad(b.y % 100)}${pad(b.m)}${pad(b.d)}${century}${digits(4)}`;
    let k = sumDigits(body, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]) % 11;
    if (k === 10) k = sumDigits(body, [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2]) % 11;
    if (k !== 10) return body + k;
  }
}
function iinValid(v: string): boolean {
  let k = sumDigits(v, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]) % 11;
  if (k === 10) k = sumDigits(v, [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2]) % 11;
  return k !== 10 && k === Number(v[11]);
}
function pinfl(ctx: GenCtx): string {
  const b = dobOf(ctx);
  const first = b.y >= 2000 ? (b.g === 'm' ? 5 : 6) : b.g === 'm' ? 3 : 4;
  const body = `${first}${pad(b.d)}${pad(b.m)}${pad(b.y % 100)}${digits(6)}`;
  const check = sumDigits(body, [7, 3, 1, 7, 3, 1, 7, 3, 1, 7, 3, 1, 7]) % 10;
  return body + check;
}
function tcKimlik(): string {
  const d = [int(1, 9), ...Array.from({ length: 8 }, () => int(0, 9))];
  const odd = d[0] + d[2] + d[4] + d[6] + d[8];
  const even = d[1] + d[3] + d[5] + d[7];
  const d10 = (((odd * 7 - even) % 10) + 10) % 10;
  const d11 = (d.reduce((s, x) => s + x, 0) + d10) % 10;
  return [...d, d10, d11].join('');
}
function snils(): string {
  for (;;) {
    const n = digits(9);
    if (Number(n) <= 1001998) continue;
    const s = sumDigits(n, [9, 8, 7, 6, 5, 4, 3, 2, 1]);
    let cs = s < 100 ? s : s === 100 || s === 101 ? 0 : s % 101;
    if (cs === 100) cs = 0;
    const [a, b, c] = groups(n, [3, 3, 3]);
    return pick([`${a}-${b}-${c} ${pad(cs)}`, `${a}-${b}-${c}-${pad(cs)}`]);
  }
}
function innRu(): string {
  const b = pick(words('77 50 54 66 78 16 23 86')) + digits(8);
  const n11 = (sumDigits(b, [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]) % 11) % 10;
  const b11 = b + n11;
  const n12 = (sumDigits(b11, [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]) % 11) % 10;
  return b11 + n12;
}
const NATIONAL_ID: Record<string, Gen> = {
  iin,
  iinbad: (ctx) => {
    for (;;) {
      const v = iin(ctx);
      const pos = int(6, 11);
      const bad = v.slice(0, pos) + String((Number(v[pos]) + int(1, 9)) % 10) + v.slice(pos + 1);
      if (!iinValid(bad)) return bad;
    }
  },
  kgpin: (ctx) => {
    const b = dobOf(ctx);
    return `${b.g === 'm' ? 2 : 1}${pad(b.d)}${pad(b.m)}${b.y}${digits(5)}`;
  },
  pinfl,
  tjinn: () => String(int(1, 9)) + digits(8),
  tc: () => tcKimlik(),
  snils: () => snils(),
  inn: () => innRu(),
};

// Passports ---------------------------------------------------------------------------------------------

const PASSPORT: Record<string, Gen> = {
  kz: () => `N${digits(8)}`,
  kg: () => `${pick(['AC', 'AC', 'ID', 'AN'])}${digits(7)}`,
  uz: () => `${pick(['AA', 'AB', 'AC', 'AD', 'FA', 'AE'])}${chance(0.25) ? ' ' : ''}${digits(7)}`,
  tj: () => `${pick(['400', '401', '402', '500', '501'])}${digits(6)}`,
  ru: () => {
    const s = `${pick(words('45 46 40 50 65 52 60'))}${pad(int(3, 23))}`;
    const n = digits(6);
    return pick([`${s.slice(0, 2)} ${s.slice(2)} ${n}`, `${s} ${n}`, `${s}${n}`]);
  },
  ru_ser: () => {
    const s = `${pick(words('45 46 40 50 65 52 60'))}${pad(int(3, 23))}`;
    return pick([`${s.slice(0, 2)} ${s.slice(2)} № ${digits(6)}`, `${s} № ${digits(6)}`]);
  },
  ruint: () => `${pick(words('72 73 75 76'))} ${digits(7)}`,
  tr: () => `U${digits(8)}`,
};

// Bank cards and accounts -------------------------------------------------------------------------------

function luhn(prefix: string): string {
  const body = prefix + digits(15 - prefix.length);
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    let d = Number(body[body.length - 1 - i]);
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return body + ((10 - (sum % 10)) % 10);
}
const BINS: Record<string, string[]> = {
  kz: words('440043 440564 539545 517792 400303 548601 462784'),
  ru: words('220220 220070 220015 220030 427638 427901 546938 553691'),
  uz: words('986001 986012 860002 860006 860049'),
  kg: words('941702 941716 417630'),
  tj: words('976201 976202 405834'),
  visa: words('4 41 45 47 49'),
  mc: words('51 52 53 54 55'),
};
function cardFmt(n: string): string {
  const g = groups(n, [4, 4, 4, 4]);
  const r = random();
  return r < 0.6 ? g.join(' ') : r < 0.75 ? g.join('-') : n;
}
const CARD: Record<string, Gen> = {
  ...Object.fromEntries(Object.entries(BINS).map(([k, bins]) => [k, () => cardFmt(luhn(pick(bins)))])),
  masked: () => {
    const n = luhn(pick([...BINS.kz, ...BINS.ru, ...BINS.uz]));
    const g = groups(n, [4, 4, 4, 4]);
    return pick([
      `${g[0]} ${g[1].slice(0, 2)}** **** ${g[3]}`,
      `${g[0]} ${g[1]} **** ${g[3]}`,
      `${n.slice(0, 6)}******${n.slice(12)}`,
      `${g[0]} **** **** ${g[3]}`,
      `${g[0]}-${g[1].slice(0, 2)}**-****-${g[3]}`,
    ]);
  },
};
function ibanOf(cc: string, bban: string): string {
  const num = (bban + cc + '00').replace(/[A-Z]/g, (ch) => String(ch.charCodeAt(0) - 55));
  let r = 0;
  for (const d of num) r = (r * 10 + Number(d)) % 97;
  const raw = cc + pad(98 - r) + bban;
  const x = random();
  const grouped = raw.replace(/(.{4})(?=.)/g, '$1 ');
  if (x < 0.55) return grouped;
  if (x < 0.88) return raw;
  return (chance(0.5) ? grouped : raw).toLowerCase();
}
const IBAN: Record<string, Gen> = {
  kz: () =>
    ibanOf(
      'KZ',
      pick(words('722 601 965 826 551 949 914 856')) +
        pick([`C${digits(12)}`, `KZT${digits(10)}`, digits(13), `4${digits(12)}`]),
    ),
  tr: () => ibanOf('TR', pick(words('00010 00012 00046 00062 00064 00067 00015 00111 00134')) + '0' + digits(16)),
  ae: () => ibanOf('AE', pick(words('033 026 030 035 044 050')) + digits(16)),
  az: () => ibanOf('AZ', pick(words('NABZ AIIB IBAZ PAHA')) + digits(20)),
  ge: () => ibanOf('GE', pick(words('TB BG')) + digits(16)),
};

// E-mail and social handles ------------------------------------------------------------------------------

const ascii = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ı/g, 'i')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
function latinNames(ctx: GenCtx): { g: string; s: string; y: number } {
  const p = ctx.person;
  if (!p) {
    const q = makePerson(ctx.lang, {}, new Set());
    const e = nameParts(q, 'en');
    return { g: ascii(e.given), s: ascii(e.sur), y: q.dob.y };
  }
  const e = nameParts(p, 'en');
  return { g: ascii(e.given), s: ascii(e.sur.split(' ').pop() ?? e.sur), y: p.dob.y };
}
const MAIL_DOMAINS: Record<Lang, string[]> = {
  ru: words('mail.ru mail.ru inbox.ru bk.ru list.ru gmail.com yandex.ru yandex.kz rambler.ru'),
  kk: words('mail.ru gmail.com inbox.ru yandex.kz list.ru'),
  ky: words('mail.ru gmail.com inbox.ru bk.ru'),
  uz: words('mail.ru gmail.com umail.uz yahoo.com inbox.ru'),
  tg: words('mail.ru gmail.com inbox.ru yandex.ru'),
  tr: words('gmail.com hotmail.com outlook.com icloud.com yandex.com'),
  en: words('gmail.com yahoo.com outlook.com hotmail.com protonmail.com mail.ru naver.com'),
};
function emailAuto(ctx: GenCtx): string {
  const { g, s, y } = latinNames(ctx);
  const yy = pad(y % 100);
  const local = pick([
    `${g}.${s}`,
    `${g}_${s}${yy}`,
    `${s}.${g[0]}`,
    `${g}${y}`,
    `${g[0]}${s}${int(1, 99)}`,
    `${g}.${s}.${yy}`,
    `${g}-${s}`,
    `${s}${g}`,
  ]);
  return `${local}@${pick(MAIL_DOMAINS[ctx.lang])}`;
}
const EMAIL: Record<string, Gen> = {
  auto: emailAuto,
  any: (ctx) => emailAuto({ lang: ctx.lang }),
  agency: () =>
    `${pick(['rabota', 'job', 'work', 'vakansii', 'kadr', 'visa', 'hr'])}${pick(['.', '_', ''])}${pick([
      'dubai',
      'korea',
      'turkey',
      'moskva',
      'abroad',
      'europe',
      'seoul',
      'istanbul',
    ])}${pick(['', String(int(1, 99)), String(int(2019, 2024))])}@${pick(['gmail.com', 'mail.ru', 'inbox.ru', 'yandex.ru'])}`,
};
function handleLocal(ctx: GenCtx): string {
  const { g, s, y } = latinNames(ctx);
  return pick([
    `${g}_${s}`,
    `${g}.${s}`,
    `${g}${pad(y % 100)}`,
    `${g}_${pick(['almaty', 'tashkent', 'bishkek', 'dushanbe', 'osh', 'shymkent', 'msk', 'dubai', 'kz', 'uz', 'tj'])}`,
    `${g}__${int(1, 99)}`,
    `${s}.${g[0]}`,
    `${g}_official`,
    `${g}.${pick(['job', 'work', 'travel', 'beauty', 'life'])}`,
    `${g}_${int(1, 999)}`,
    `${pick(['rabota', 'work', 'vakansii', 'job'])}_${pick(['dubai', 'korea', 'turkey', 'msk'])}_${g}`,
    `${g}${s.slice(0, 3)}_${pad(y % 100)}`,
  ]);
}
const HANDLE: Record<string, Gen> = {
  at: (ctx) => '@' + handleLocal(ctx),
  bare: (ctx) => handleLocal(ctx),
  url_tiktok: (ctx) => `${pick(['', 'https://', 'https://www.', 'www.'])}tiktok.com/@${handleLocal(ctx)}`,
  url_insta: (ctx) => `${pick(['', 'https://', 'https://www.', 'www.'])}instagram.com/${handleLocal(ctx)}`,
  url_vk: (ctx) =>
    `${pick(['', 'https://', 'https://'])}vk.com/${chance(0.6) ? 'id' + String(int(1, 9)) + digits(int(5, 8)) : handleLocal(ctx)}`,
  url_fb: (ctx) => {
    const { g, s } = latinNames(ctx);
    return `${pick(['', 'https://', 'https://www.'])}${pick([
      `facebook.com/${g}.${s}`,
      `facebook.com/${g}.${s}.${int(1, 99)}`,
      `facebook.com/profile.php?id=1000${digits(11)}`,
      `fb.com/${g}${s}`,
    ])}`;
  },
  url_ok: () => `${pick(['', 'https://'])}ok.ru/profile/${String(int(5, 9))}${digits(11)}`,
  url_tme: (ctx) => `${pick(['', 'https://'])}t.me/${handleLocal(ctx)}`,
};

// Plates ---------------------------------------------------------------------------------------------------

const LAT = 'ABCDEFGHJKLMNPRSTUVXYZ';
const lat = (n: number): string => Array.from({ length: n }, () => pick(LAT.split(''))).join('');
const RU_PLATE_CYR = 'АВЕКМНОРСТУХ';
const RU_PLATE_LAT = 'ABEKMHOPCTYX';
const PLATE: Record<string, Gen> = {
  kz: () => {
    const v = `${digits(3)} ${lat(3)} ${pad(int(1, 18))}`;
    return chance(0.25) ? v.replace(/ /g, '') : v;
  },
  ru: () => {
    const idx = Array.from({ length: 3 }, () => int(0, RU_PLATE_CYR.length - 1));
    const useLat = chance(0.3);
    const L = (i: number): string => (useLat ? RU_PLATE_LAT : RU_PLATE_CYR)[idx[i]];
    const num = String(int(1, 999)).padStart(3, '0');
    const reg = pick(words('77 97 177 197 199 777 799 50 150 750 78 178 54 66 196 116 23'));
    const v = pick([
      `${L(0)}${num}${L(1)}${L(2)} ${reg}`,
      `${L(0)} ${num} ${L(1)}${L(2)} ${reg}`,
      `${L(0)}${num}${L(1)}${L(2)}${reg}`,
    ]);
    return chance(0.12) ? v.toLowerCase() : v;
  },
  kg: () =>
    pick([
      `${pad(int(1, 9))} ${digits(3)} ${lat(3)}`,
      `${pad(int(1, 9))}KG${digits(3)}${lat(3)}`,
      `${pad(int(1, 9))}KG ${digits(3)} ${lat(3)}`,
    ]),
  uz: () =>
    pick([
      `${pick(words('01 10 20 25 30 40 50 60 70 75 80 85 90 95'))} ${lat(1)} ${digits(3)} ${lat(2)}`,
      `${pick(words('01 10 30 40 50 60'))} ${digits(3)} ${lat(3)}`,
      `${pick(words('01 10 40 60'))}${lat(1)}${digits(3)}${lat(2)}`,
    ]),
  tr: () => {
    const il = pick(words('34 34 06 07 35 16 01 42'));
    return pick([
      `${il} ${lat(3)} ${digits(2)}`,
      `${il} ${lat(2)} ${digits(3)}`,
      `${il} ${lat(1)} ${digits(4)}`,
      `${il} ${lat(3)} ${digits(3)}`,
    ]);
  },
  tj: () => `${digits(4)} ${lat(2)} ${pad(int(1, 7))}`,
  ae: () => `${lat(1)} ${String(int(1, 9)) + digits(int(3, 4))}`,
};

// Addresses -------------------------------------------------------------------------------------------------

const house = (): string =>
  chance(0.12) ? `${int(1, 99)}/${int(1, 9)}` : `${int(1, 220)}${chance(0.1) ? pick(['А', 'Б', 'В']) : ''}`;
const flat = (): number => int(1, 190);
function varyRu(street: string): string {
  if (street.startsWith('ул. ')) return pick(['ул. ', 'ул. ', 'ул.', 'улица ']) + street.slice(4);
  if (street.startsWith('пр. ')) return pick(['пр. ', 'пр-т ', 'проспект ', 'пр-кт ']) + street.slice(4);
  if (street.startsWith('мкр. ')) return pick(['мкр. ', 'мкр ', 'микрорайон ', 'мкр-н ']) + street.slice(5);
  return street;
}
function ruBody(street: string, russia = false): string {
  const S = varyRu(street);
  const h = house();
  const f = flat();
  const forms = [
    `${S}, д. ${h}, кв. ${f}`,
    `${S}, ${h}, кв. ${f}`,
    `${S}, ${h.replace(/\/.*/, '')}-${f}`,
    `${S}, д. ${h}`,
    `${S}, дом ${h}, квартира ${f}`,
    `${S}, ${h}`,
    `${S}, д. ${h}, корп. ${int(1, 4)}, кв. ${f}`,
    `${S} ${h}, кв. ${f}`,
    `${S}, д.${h}, кв.${f}`,
  ];
  if (russia) forms.push(`${S}, д. ${h}, стр. ${int(1, 5)}`, `${S}, вл. ${int(1, 60)}, стр. ${int(1, 9)}`);
  // "квартал 9" or "мкр. 14" already ends in a number: keep an explicit house marker after it.
  if (/\d$/.test(S)) return pick(forms.filter((f) => /д\.|дом|вл\./.test(f)));
  return pick(forms);
}
const RU_STREETS: Record<string, Record<string, string[]>> = {
  kz: {
    Алматы: list(
      'ул. Толе би, ул. Жибек Жолы, ул. Райымбека, пр. Райымбека, ул. Шевченко, ул. Жандосова, ул. Розыбакиева, ул. Муканова, ул. Сейфуллина, пр. Абая, ул. Гагарина, ул. Бокейханова, ул. Саина, ул. Момышулы, мкр. Аксай-3, мкр. Орбита-1, мкр. Жетысу-2, мкр. Калкаман, мкр. Шанырак-2, мкр. Самал-2',
    ),
    Астана: list(
      'пр. Кабанбай батыра, ул. Кенесары, пр. Туран, ул. Сарыарка, пр. Республики, ул. Бейбитшилик, ул. Иманова, пр. Мангилик Ел',
    ),
    Шымкент: list(
      'ул. Байтурсынова, пр. Тауке хана, ул. Рыскулова, мкр. Нурсат, мкр. Самал-3, ул. Жибек жолы, мкр. Кайтпас-1, ул. Момышулы',
    ),
    Тараз: list('ул. Толе би, ул. Сулейменова, пр. Жамбыла, ул. Абая'),
    Туркестан: list('ул. Тауке хана, ул. Есим хана, мкр. Шипагер'),
    Караганда: list('пр. Бухар-Жырау, ул. Ермекова, мкр. Юго-Восток'),
    Актау: list('мкр. 14, мкр. 27, мкр. 3А'),
    Атырау: list('ул. Сатпаева, пр. Азаттык'),
  },
  ru: {
    Москва: list(
      'ул. Профсоюзная, Варшавское ш., ул. Бирюлёвская, ул. Новокосинская, ул. Люблинская, Каширское ш., ул. Дубнинская, ул. Верхние Поля',
    ),
    'Санкт-Петербург': list('пр. Просвещения, ул. Дыбенко, пр. Ветеранов'),
    Новосибирск: list('ул. Станционная, ул. Петухова'),
    Екатеринбург: list('ул. Фронтовых бригад, ул. Викулова'),
    Подольск: list('ул. Народная, ул. Кирова'),
    Балашиха: list('ш. Энтузиастов, ул. Заречная'),
    Казань: list('ул. Чистопольская'),
    Сургут: list('ул. Университетская'),
  },
  kg: {
    Бишкек: list(
      'ул. Киевская, пр. Чуй, ул. Токтогула, ул. Московская, мкр. Джал-23, мкр. Асанбай, ул. Ахунбаева, ул. Исанова, ж/м Ак-Орго',
    ),
    Ош: list('ул. Ленина, ул. Курманжан Датка, ул. Масалиева'),
  },
  uz: {
    Ташкент: list(
      'ул. Мукими, ул. Шота Руставели, ул. Бабура, массив Чиланзар, квартал 9, массив Юнусабад, квартал 4, ул. Катартал',
    ),
    Андижан: list('ул. Навои, ул. Бабура'),
  },
  tj: {
    Душанбе: list('пр. Рудаки, ул. Айни, ул. Шотемура, ул. Бохтар, мкр. 91, ул. Карамова'),
    Худжанд: list('ул. Камоли Худжанди, пр. Исмоила Сомони'),
  },
};
// "массив Чиланзар, квартал 9" was split by list(); rebuild the Tashkent entries with their block numbers.
RU_STREETS.uz['Ташкент'] = [
  'ул. Мукими',
  'ул. Шота Руставели',
  'ул. Бабура',
  'массив Чиланзар, квартал 9',
  'массив Юнусабад, квартал 4',
  'ул. Катартал',
];
function ruAddress(country: string, withCity: boolean): string {
  const cities = RU_STREETS[country];
  const city = pick(Object.keys(cities));
  const body = ruBody(pick(cities[city]), country === 'ru');
  if (!withCity) return body;
  return pick([`г. ${city}, `, `г.${city}, `, `${city}, `, `г. ${city}, `]) + body;
}
const RU_ON: [string, string, string][] = [
  ['улице', 'улице', 'Жандосова'],
  ['проспекте', 'проспекту', 'Абая'],
  ['улице', 'улице', 'Толе би'],
  ['проспекте', 'проспекту', 'Райымбека'],
  ['улице', 'улице', 'Байтурсынова'],
  ['улице', 'улице', 'Сатпаева'],
  ['улице', 'улице', 'Токтогула'],
  ['улице', 'улице', 'Ахунбаева'],
  ['улице', 'улице', 'Айни'],
  ['проспекте', 'проспекту', 'Рудаки'],
  ['улице', 'улице', 'Мукими'],
  ['улице', 'улице', 'Кенесары'],
  ['улице', 'улице', 'Сейфуллина'],
  ['улице', 'улице', 'Гагарина'],
  ['бульваре', 'бульвару', 'Бухар-Жырау'],
  ['улице', 'улице', 'Рыскулова'],
];

const KK_STREETS = list(
  'Абай даңғылы, Төле би көшесі, Жібек жолы көшесі, Райымбек даңғылы, Байтұрсынұлы көшесі, Тәуке хан даңғылы, Қабанбай батыр даңғылы, Кенесары көшесі, Сәтбаев көшесі, Рысқұлов көшесі, Сейфуллин көшесі, Момышұлы көшесі, Шевченко көшесі, Жандосов көшесі',
);
const KK_MKR = list(
  'Нұрсат шағын ауданы, Самал-3 шағын ауданы, Ақсай-4 шағын ауданы, Қайтпас-1 шағын ауданы, Жетісу-2 шағын ауданы, Шаңырақ-1 шағын ауданы',
);
function kkAddress(withCity: boolean): string {
  let S = chance(0.3) ? pick(KK_MKR) : pick(KK_STREETS);
  if (chance(0.25))
    S = S.replace('көшесі', pick(['көш.', 'к-сі']))
      .replace('даңғылы', 'даң.')
      .replace('шағын ауданы', pick(['ш/а', 'ы/а']));
  const h = int(1, 220);
  const f = flat();
  const body = pick([
    `${S}, ${h}-үй, ${f}-пәтер`,
    `${S}, ${h}-үй`,
    `${S}, ${h}, ${f}-пәтер`,
    `${S}, ${h} үй, ${f} пәтер`,
    `${S}, ${h}`,
  ]);
  if (!withCity) return body;
  const city = pick(list('Алматы, Астана, Шымкент, Тараз, Түркістан, Қызылорда, Ақтөбе, Атырау'));
  return pick([`${city} қаласы, `, `${city} қ., `]) + body;
}
const KY_STREETS = list(
  'Киев көчөсү, Чүй проспектиси, Токтогул көчөсү, Манас проспектиси, Ахунбаев көчөсү, Исанов көчөсү, Жибек жолу проспектиси, Ленин көчөсү, Курманжан датка көчөсү, Масалиев көчөсү',
);
const KY_MKR = list(
  'Жал кичи району, Асанбай кичи району, Көк-Жар кичи району, Аламүдүн-1 кичи району, Ак-Орго турак конушу',
);
function kyAddress(withCity: boolean): string {
  let S = chance(0.3) ? pick(KY_MKR) : pick(KY_STREETS);
  if (chance(0.25)) S = S.replace('көчөсү', 'көч.').replace('проспектиси', 'пр.').replace('кичи району', 'к/р');
  const h = int(1, 220);
  const f = flat();
  const body = pick([
    `${S}, ${h}-үй, ${f}-батир`,
    `${S}, ${h}`,
    `${S}, ${h}/${int(1, 9)}`,
    `${S}, ${h}-үй`,
    `${S}, ${h}-үй, ${f}-кв.`,
  ]);
  if (!withCity) return body;
  return pick(['Бишкек шаары, ', 'Бишкек ш., ', 'Ош шаары, ', 'Ош ш., ', 'Каракол ш., ', 'Жалал-Абад ш., ']) + body;
}
const UZ_STREETS = list(
  "Amir Temur shoh ko'chasi, Bunyodkor ko'chasi, Qatortol ko'chasi, Navoiy ko'chasi, Muqimiy ko'chasi, Bobur shoh ko'chasi, Shota Rustaveli ko'chasi, Farg'ona yo'li ko'chasi, Olmazor ko'chasi, Alisher Navoiy ko'chasi, Kichik halqa yo'li ko'chasi, Lutfiy ko'chasi",
);
const UZ_MKR = list('Yunusobod 4-mavze, Chilonzor 9-mavze, Qoraqamish 2/3-mavze, Sergeli 5-mavze, Olmazor 1-mavze');
function uzAddress(withCity: boolean): string {
  let S = chance(0.3) ? pick(UZ_MKR) : pick(UZ_STREETS);
  if (chance(0.2)) S = S.replace("ko'chasi", "ko'ch.");
  const h = int(1, 180);
  const f = flat();
  const body = pick([
    `${S}, ${h}-uy, ${f}-xonadon`,
    `${S}, ${h}-uy`,
    `${S} ${h}-uy`,
    `${S}, ${h}-uy, ${f}-xonadon`,
    `${S}, ${h}-uy, ${f}-kvartira`,
  ]);
  if (!withCity) return body;
  return (
    pick([
      `Toshkent shahri, ${pick(['Chilonzor', 'Yunusobod', "Mirzo Ulug'bek", 'Sergeli', 'Yakkasaroy', 'Olmazor', 'Uchtepa'])} tumani, `,
      'Toshkent sh., ',
      'Andijon shahri, ',
      'Samarqand sh., ',
      "Farg'ona viloyati, Qo'qon shahri, ",
      'Namangan shahri, ',
    ]) + body
  );
}
const TG_STREETS = list(
  'хиёбони Рӯдакӣ, кӯчаи Айнӣ, кӯчаи Бохтар, кӯчаи Шотемур, хиёбони Исмоили Сомонӣ, кӯчаи Саъдии Шерозӣ, кӯчаи Ҷ. Расулов, кӯчаи Карамов, кӯчаи Гагарин, кӯчаи Камоли Хуҷандӣ',
);
function tgAddress(withCity: boolean): string {
  let S = pick(TG_STREETS);
  if (chance(0.25)) S = S.replace('кӯчаи', 'кӯч.').replace('хиёбони', 'хиёб.');
  const h = int(1, 150);
  const f = flat();
  const body = pick([
    `${S}, ${h}, хонаи ${f}`,
    `${S}, бинои ${h}, хонаи ${f}`,
    `${S} ${h}`,
    `${S}, ${h}/${int(1, 9)}`,
    `${S}, ${h}`,
  ]);
  if (!withCity) return body;
  return pick(['ш. Душанбе, ', 'шаҳри Душанбе, ноҳияи Фирдавсӣ, ', 'ш. Хуҷанд, ', 'ш. Бохтар, ', 'ш. Кӯлоб, ']) + body;
}
function trAddress(): string {
  const M = pick(
    list(
      'Laleli, Yenibosna Merkez, Kocatepe, Zeytinlik, Aksaray, Merter, Güngören Merkez, Kumkapı, Mecidiyeköy, Şirinevler, Kâzım Karabekir, Fevzi Çakmak, Cumhuriyet, Atatürk, Pınar, Osmangazi',
    ),
  );
  const S = pick(
    list(
      'Ordu Cad., Lale Sok., Gençtürk Cad., Atatürk Bulvarı, Çınar Sok., 1025. Sok., Menekşe Sok., Fevzipaşa Cad., Cumhuriyet Cad., Gül Sok., Yavuz Selim Cad., Nergis Sok., 2. Zafer Sok.',
    ),
  );
  const h = int(1, 120);
  const f = int(1, 24);
  return pick([
    `${M} Mah. ${S} No: ${h} Daire: ${f}`,
    `${M} Mah., ${S} No:${h}/${f}`,
    `${M} Mahallesi ${S.replace('Sok.', 'Sokak').replace('Cad.', 'Caddesi')} No: ${h} D: ${f}`,
    `${S} No: ${h} Kat: ${int(1, 6)} Daire: ${f}`,
    `${M} Mah. ${S} No:${h}`,
    `${M} Mh. ${S} No: ${h}/${f}`,
  ]);
}
function enAddress(where: string): string {
  const h = int(1, 220);
  const f = flat();
  switch (where) {
    case 'kz': {
      const S = pick(
        list(
          'Abay Avenue, Tole Bi Street, Zhibek Zholy Street, Raiymbek Avenue, Baitursynov Street, Kabanbay Batyr Avenue, Kenesary Street, Satpayev Street, Dostyk Avenue, Seifullin Avenue, Tauke Khan Avenue, Momyshuly Street',
        ),
      );
      const mk = pick(list('Aksai-4, Samal-2, Orbita-3, Nursat, Kaitpas-1, Zhetysu-2'));
      return pick([
        `${h} ${S}, apt. ${f}`,
        `${S} ${h}, apt ${f}`,
        `${h} ${S}`,
        `${S} ${h}, flat ${f}`,
        `Microdistrict ${mk}, bldg ${int(1, 60)}, apt ${f}`,
        `${mk} microdistrict, house ${int(1, 60)}, apt. ${f}`,
      ]);
    }
    case 'ae': {
      const tower = pick(
        list(
          'Al Khail Heights, Al Nahda Tower, Al Qusais Residence, Diamond Building, Al Attar Tower, Marina Pearl, Sheikh Rashid Building, Al Ghurair Residence',
        ),
      );
      const area = pick(
        list(
          'Al Barsha 1, Al Quoz Industrial Area 3, Al Qusais 2, Deira, Al Nahda 1, Al Warqa 3, International City, Bur Dubai, Al Nahda 2',
        ),
      );
      const road = pick(list('Sheikh Zayed Road, Al Rigga Road, Baniyas Road, Al Wasl Road'));
      return pick([
        `Flat ${int(101, 2405)}, ${tower}, ${area}`,
        `Building ${int(1, 60)}, Street ${int(1, 40)}, ${area}`,
        `Room ${int(1, 40)}, ${tower}, ${road}`,
        `Villa ${int(1, 90)}, Street ${int(1, 30)}, ${area}`,
        `Apartment ${int(101, 1809)}, ${tower}, ${road}`,
      ]);
    }
    case 'kr': {
      const road = pick(
        list('Wonseon 1-ro, Haean-ro, Jungang-daero 45beon-gil, Danwon-ro, Sinsi-ro 12-gil, Gongdan 2-ro, Sihwa-ro'),
      );
      const dong = pick(list('Wonsi-dong, Seonggok-dong, Choji-dong, Jeongwang-dong, Singil-dong'));
      return pick([
        `${int(1, 250)} ${road}`,
        `${road} ${int(1, 250)}`,
        `${dong} ${int(100, 999)}-${int(1, 30)}`,
        `${int(1, 250)}, ${road}`,
      ]);
    }
    case 'ru': {
      const S = pick(
        list(
          'Profsoyuznaya Street, Lyublinskaya Street, Varshavskoye Shosse, Biryulyovskaya Street, Dybenko Street, Prosveshcheniya Avenue, Stantsionnaya Street, Novokosinskaya Street',
        ),
      );
      return pick([
        `${h} ${S}`,
        `${S} ${h}, bldg ${int(1, 5)}, apt ${f}`,
        `${S}, ${h}, apt. ${f}`,
        `${S} ${h}, building ${int(1, 9)}`,
      ]);
    }
    case 'uz': {
      const S = pick(
        list(
          'Mukimiy Street, Amir Temur Avenue, Navoi Street, Bunyodkor Avenue, Shota Rustaveli Street, Bobur Street, Lutfiy Street',
        ),
      );
      return pick([
        `${h} ${S}, apt ${f}`,
        `${S} ${h}`,
        `Chilanzar, block ${int(1, 30)}, house ${int(1, 60)}, apt ${f}`,
        `Yunusabad-${int(1, 19)}, house ${int(1, 60)}, apt ${f}`,
      ]);
    }
    case 'tj':
      return pick([
        `${h} Rudaki Avenue, apt ${f}`,
        `Aini Street ${h}`,
        `${h} Bokhtar Street, flat ${f}`,
        `Shotemur Street ${h}, apt. ${f}`,
      ]);
    case 'kg':
      return pick([
        `${h} Chui Avenue, apt. ${f}`,
        `Kievskaya Street ${h}`,
        `Dzhal microdistrict, bldg ${int(1, 40)}, apt ${f}`,
        `${h} Toktogul Street`,
      ]);
    default:
      return trAddress();
  }
}
const ADDRESS: Record<string, Gen> = {
  ru_kz: () => ruAddress('kz', false),
  ru_kz_city: () => ruAddress('kz', true),
  ru_ru: () => ruAddress('ru', false),
  ru_ru_city: () => ruAddress('ru', true),
  ru_kg: () => ruAddress('kg', false),
  ru_kg_city: () => ruAddress('kg', true),
  ru_uz_city: () => ruAddress('uz', true),
  ru_tj_city: () => ruAddress('tj', true),
  ru_on_street: () => {
    const [prep, , name] = pick(RU_ON);
    const h = house();
    return pick([
      `${prep} ${name}, дом ${h}`,
      `${prep} ${name}, д. ${h}, кв. ${flat()}`,
      `${prep} ${name}, ${h}`,
      `${prep} ${name}, дом ${h}, квартира ${flat()}`,
    ]);
  },
  ru_in_house: () => {
    const [, dat, name] = pick(RU_ON);
    const h = int(1, 200);
    return pick([
      `доме ${h} по ${dat} ${name}`,
      `квартире ${flat()} дома ${h} по ${dat} ${name}`,
      `доме № ${h} по ${dat} ${name}`,
      `доме ${h} по ул. ${name}`,
    ]);
  },
  kk: () => kkAddress(false),
  kk_city: () => kkAddress(true),
  ky: () => kyAddress(false),
  ky_city: () => kyAddress(true),
  uz: () => uzAddress(false),
  uz_city: () => uzAddress(true),
  tg: () => tgAddress(false),
  tg_city: () => tgAddress(true),
  tr: () => trAddress(),
  en_kz: () => enAddress('kz'),
  en_ae: () => enAddress('ae'),
  en_kr: () => enAddress('kr'),
  en_ru: () => enAddress('ru'),
  en_uz: () => enAddress('uz'),
  en_tj: () => enAddress('tj'),
  en_kg: () => enAddress('kg'),
};

// Dates -------------------------------------------------------------------------------------------------------

const RU_MONTHS = words('января февраля марта апреля мая июня июля августа сентября октября ноября декабря');
const KK_MONTHS_LOC = words(
  'қаңтарда ақпанда наурызда сәуірде мамырда маусымда шілдеде тамызда қыркүйекте қазанда қарашада желтоқсанда',
);
const KY_MONTHS_LOC = words(
  'январда февралда мартта апрелде майда июнда июлда августта сентябрда октябрда ноябрда декабрда',
);
const UZ_MONTHS_LOC = words(
  'yanvarda fevralda martda aprelda mayda iyunda iyulda avgustda sentabrda oktabrda noyabrda dekabrda',
);
const TG_MONTHS = words('январ феврал март апрел май июн июл август сентябр октябр ноябр декабр');
const TR_MONTHS = words('Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık');
const EN_MONTHS = words('January February March April May June July August September October November December');
const numDate = (b: { y: number; m: number; d: number }, sep = '.'): string =>
  `${pad(b.d)}${sep}${pad(b.m)}${sep}${b.y}`;
function enDate(b: { y: number; m: number; d: number }, kind: 'num' | 'text' | 'any'): string {
  const num = [numDate(b), numDate(b, '/'), `${b.y}-${pad(b.m)}-${pad(b.d)}`];
  const text = [
    `${b.d} ${EN_MONTHS[b.m - 1]} ${b.y}`,
    `${EN_MONTHS[b.m - 1]} ${b.d}, ${b.y}`,
    `${pad(b.d)} ${EN_MONTHS[b.m - 1].slice(0, 3)} ${b.y}`,
  ];
  return pick(kind === 'num' ? num : kind === 'text' ? text : [...num, ...text]);
}
const BIRTH_DATE: Record<string, Gen> = {
  ru_num: (c) => numDate(dobOf(c)),
  ru_2y: (c) => {
    const b = dobOf(c);
    return `${pad(b.d)}.${pad(b.m)}.${pad(b.y % 100)}`;
  },
  ru_text: (c) => {
    const b = dobOf(c);
    return `${chance(0.2) ? pad(b.d) : b.d} ${RU_MONTHS[b.m - 1]} ${b.y}`;
  },
  year: (c) => String(dobOf(c).y),
  kk_num: (c) => numDate(dobOf(c)),
  kk_text: (c) => {
    const b = dobOf(c);
    return `${b.y} жылғы ${b.d} ${KK_MONTHS_LOC[b.m - 1]}`;
  },
  ky_num: (c) => numDate(dobOf(c)),
  ky_text: (c) => {
    const b = dobOf(c);
    return `${b.y}-жылы ${b.d}-${KY_MONTHS_LOC[b.m - 1]}`;
  },
  uz_num: (c) => numDate(dobOf(c)),
  uz_text: (c) => {
    const b = dobOf(c);
    return `${b.y}-yil ${b.d}-${UZ_MONTHS_LOC[b.m - 1]}`;
  },
  tg_num: (c) => numDate(dobOf(c)),
  tg_text: (c) => {
    const b = dobOf(c);
    return `${b.d} ${TG_MONTHS[b.m - 1]}и соли ${b.y}`;
  },
  tr_num: (c) => numDate(dobOf(c), chance(0.3) ? '/' : '.'),
  tr_text: (c) => {
    const b = dobOf(c);
    return `${b.d} ${TR_MONTHS[b.m - 1]} ${b.y}`;
  },
  en: (c) => enDate(dobOf(c), 'any'),
  en_num: (c) => enDate(dobOf(c), 'num'),
  en_text: (c) => enDate(dobOf(c), 'text'),
};

// Unlabelled fillers ------------------------------------------------------------------------------------------

const eventDate = (): { y: number; m: number; d: number } => ({ y: int(2016, 2024), m: int(1, 12), d: int(1, 28) });
const FILLERS: Record<string, (arg?: string) => string> = {
  date: () => numDate(eventDate()),
  date_en: () => enDate(eventDate(), 'text'),
  date_ru: () => {
    const b = eventDate();
    return `${b.d} ${RU_MONTHS[b.m - 1]} ${b.y} года`;
  },
  date_tr: () => {
    const b = eventDate();
    return `${b.d} ${TR_MONTHS[b.m - 1]} ${b.y}`;
  },
  year: () => String(int(2016, 2024)),
  num: (arg) => {
    const [a, b] = (arg ?? '1-100').split('-').map(Number);
    return String(int(a, b));
  },
  case: () => {
    const y = int(2016, 2024);
    return pick([
      `№ 1-${int(10, 999)}/${y}`,
      `№ 2-${int(100, 2999)}/${pad(y % 100)}`,
      `№ ${int(1000, 9999)}-${pad(y % 100)}-00-1/${int(10, 999)}`,
      `№ 1-${int(10, 450)}/${pad(y % 100)}`,
    ]);
  },
  erdr: () => `${pad(int(16, 24))}${pick(words('1975 7511 1910 7100 1500 1931'))}0310${digits(5)}`,
  n4: () => digits(4),
  cardmask: () => {
    const last = digits(4);
    return pick([
      `**** **** **** ${last}`,
      `*${last}`,
      `**** ${last}`,
      `${pick(['4400', '5169', '2202', '8600'])} **** **** **${last.slice(2)}`,
    ]);
  },
};

const GENERATORS: Record<Exclude<EntityType, 'PERSON'>, Record<string, Gen>> = {
  PHONE,
  EMAIL,
  NATIONAL_ID,
  PASSPORT,
  CARD,
  IBAN,
  ADDRESS,
  BIRTH_DATE,
  PLATE,
  HANDLE,
};

// ---------------------------------------------------------------------------------------------------------
// Template engine
// ---------------------------------------------------------------------------------------------------------

interface Span {
  start: number;
  end: number;
  type: EntityType;
}
interface Snippet {
  id: string;
  language: Lang;
  script: Script;
  text: string;
  spans: Span[];
}

/** Resolves [a|b|c] alternatives (nested allowed; a "|" inside {…} belongs to the placeholder). */
function expandAlternatives(s: string): string {
  let out = '';
  let i = 0;
  while (i < s.length) {
    if (s[i] !== '[') {
      out += s[i++];
      continue;
    }
    let depth = 1;
    let brace = 0;
    let j = i + 1;
    let from = j;
    const options: string[] = [];
    for (; j < s.length; j++) {
      const c = s[j];
      if (c === '{') brace++;
      else if (c === '}') brace--;
      else if (c === '[') depth++;
      else if (c === ']' && --depth === 0) break;
      else if (c === '|' && depth === 1 && brace === 0) {
        options.push(s.slice(from, j));
        from = j + 1;
      }
    }
    if (depth !== 0) throw new Error(`unbalanced [ in template: ${s}`);
    options.push(s.slice(from, j));
    out += expandAlternatives(pick(options));
    i = j + 1;
  }
  return out;
}

const PERSON_RE = /^P(\d)([mf]?)(?:@([a-z]+|~\d))?(?:=([^:]+))?:(.+)$/;
const AGREE_RE = /^g(\d):([^|]*)\|(.*)$/;
const TYPED_RE = /^([A-Z_]+):(\w+)(?:@(\d))?$/;
const FILLER_RE = /^\$(\w+)(?::(.+))?$/;

interface Render {
  target: Target;
  /** Script conversion applied to literal text, names, addresses and dates (not to numbers, e-mails, handles). */
  post: (s: string) => string;
}
function renderFor(lang: Lang, script: Script): Render {
  switch (lang) {
    case 'kk':
      return { target: 'kk', post: script === 'latin' ? kk2lat : (s) => s };
    case 'uz': {
      if (script === 'cyrillic') return { target: 'uzc', post: uz2cyr };
      const apos = pick(["'", "'", "'", 'ʻ', '‘']);
      return { target: 'uzl', post: (s) => (apos === "'" ? s : s.replace(/([OoGg])'/g, `$1${apos}`)) };
    }
    case 'ru':
      return { target: 'ru', post: (s) => s };
    case 'en':
      return { target: 'en', post: (s) => s };
    case 'ky':
      return { target: 'ky', post: (s) => s };
    case 'tg':
      return { target: 'tg', post: (s) => s };
    case 'tr':
      return { target: 'tr', post: (s) => s };
  }
}
const POST_TYPES = new Set<EntityType>(['PERSON', 'ADDRESS', 'BIRTH_DATE']);

function buildSnippet(lang: Lang, script: Script, template: string): { text: string; spans: Span[]; values: string[] } {
  const expanded = expandAlternatives(template);
  const parts = expanded.split(/(\{[^{}]*\})/);
  const cons = new Map<number, SlotCons>();
  for (const part of parts) {
    const m = part.startsWith('{') ? PERSON_RE.exec(part.slice(1, -1)) : null;
    if (!m) continue;
    const slot = Number(m[1]);
    const c = cons.get(slot) ?? {};
    if (m[2]) c.gender = m[2] as Gender;
    if (m[3]?.startsWith('~')) c.sameOriginAs = Number(m[3].slice(1));
    else if (m[3]) c.origin = m[3] as Origin;
    if (m[4]) {
      const [g, s] = m[4].split('/');
      if (g && g !== '*') c.given = g;
      if (s) c.sur = s;
    }
    cons.set(slot, c);
  }
  const persons = new Map<number, Person>();
  const taken = new Set<string>();
  const personOf = (slot: number): Person => {
    let p = persons.get(slot);
    if (!p) {
      const c = { ...(cons.get(slot) ?? {}) };
      if (c.sameOriginAs !== undefined && c.sameOriginAs !== slot) c.origin = personOf(c.sameOriginAs).origin;
      p = makePerson(lang, c, taken);
      taken.add(p.given);
      persons.set(slot, p);
    }
    return p;
  };
  for (const slot of [...cons.keys()].sort()) personOf(slot);

  const { target, post } = renderFor(lang, script);
  let text = '';
  const spans: Span[] = [];
  const values: string[] = [];
  const atSentenceStart = (): boolean => text.trim() === '' || /[.!?]\s+$/.test(text) || /^«$|[.!?]\s+«$/.test(text);
  for (const part of parts) {
    if (!part) continue;
    if (!part.startsWith('{')) {
      text += post(part);
      continue;
    }
    const body = part.slice(1, -1);
    let m: RegExpExecArray | null;
    if ((m = PERSON_RE.exec(body))) {
      const fmt = m[5];
      const r = renderPerson(personOf(Number(m[1])), fmt, target);
      let value = post(r.text);
      if (atSentenceStart() && !fmt.startsWith('lower')) value = cap(value);
      spans.push({ start: text.length, end: text.length + value.length, type: 'PERSON' });
      values.push(value);
      text += value + post(r.tail);
    } else if ((m = AGREE_RE.exec(body))) {
      text += post(personOf(Number(m[1])).gender === 'm' ? m[2] : m[3]);
    } else if ((m = TYPED_RE.exec(body))) {
      const type = m[1] as EntityType;
      if (!ENTITY_TYPES.includes(type) || type === 'PERSON') throw new Error(`unknown type in ${part}`);
      const gen = GENERATORS[type as Exclude<EntityType, 'PERSON'>][m[2]];
      if (!gen) throw new Error(`unknown generator ${part}`);
      const raw = gen({ lang, person: m[3] ? personOf(Number(m[3])) : undefined });
      const value = POST_TYPES.has(type) ? post(raw) : raw;
      spans.push({ start: text.length, end: text.length + value.length, type });
      values.push(value);
      text += value;
    } else if ((m = FILLER_RE.exec(body))) {
      const f = FILLERS[m[1]];
      if (!f) throw new Error(`unknown filler ${part}`);
      text += post(f(m[2]));
    } else {
      throw new Error(`bad placeholder ${part} in ${template}`);
    }
  }
  return { text, spans, values };
}

/** Throws unless every span's slice equals the inserted value and spans are sorted, disjoint and trimmed. */
function verify(text: string, spans: Span[], values: string[], where: string): void {
  if (/[{}[\]|]/.test(text)) throw new Error(`${where}: template syntax left in text: ${text}`);
  if (/ {2}|^\s|\s$/.test(text)) throw new Error(`${where}: stray whitespace in: ${text}`);
  let prevEnd = -1;
  spans.forEach((s, i) => {
    const slice = text.slice(s.start, s.end);
    if (slice !== values[i]) throw new Error(`${where}: span ${i} slice "${slice}" != value "${values[i]}"`);
    if (s.start < 0 || s.end > text.length || s.start >= s.end) throw new Error(`${where}: bad offsets`);
    if (s.start < prevEnd) throw new Error(`${where}: overlapping or unsorted spans`);
    if (slice.trim() !== slice) throw new Error(`${where}: untrimmed span "${slice}"`);
    prevEnd = s.end;
  });
}

// ---------------------------------------------------------------------------------------------------------
// Templates
// ---------------------------------------------------------------------------------------------------------

const RU_POS: string[] = [
  `Приговором [Специализированного межрайонного суда по уголовным делам г. Алматы|Сарыагашского районного суда Туркестанской области|Есильского районного суда г. Астаны] от {$date} {P1:full}, {BIRTH_DATE:ru_num@1} года рождения, {g1:уроженец|уроженка} [г. Шымкента|с. Жетысай|г. Кентау], {g1:признан виновным|признана виновной} по [п. 2 ч. 2 ст. 128|ч. 3 ст. 128|п. 4 ч. 2 ст. 135] УК РК и {g1:приговорён|приговорена} к [семи|восьми|десяти] годам лишения свободы.`,
  `{g1:Обвиняемый|Обвиняемая} {P1:full}, {BIRTH_DATE:ru_num@1} г.р., ИИН {NATIONAL_ID:iin@1}, {g1:зарегистрированный|зарегистрированная} по адресу: {ADDRESS:ru_kz_city}, в период с [марта|апреля|мая] по [август|октябрь|декабрь] {$year} года путём обмана {g1:завербовал|завербовала} не менее [трёх|пяти|семи] граждан для работы в [Российской Федерации|Московской области|Республике Корея].`,
  `Со слов потерпевшей {P1f:g}, в [Стамбул|Дубай|Анталью] её пригласила знакомая, которая обещала работу [официанткой|няней|горничной в отеле] с зарплатой [800|1000|1200] долларов в месяц.`,
  `{g1:Потерпевший|Потерпевшая} {P1:si} {g1:пояснил|пояснила}, что паспорт у {g1:него|неё} забрал работодатель сразу по прибытии в [Новосибирск|Екатеринбург|Подольск|Сургут].`,
  `[В дежурную часть УП Ауэзовского района|В отдел полиции Медеуского района|В ДП г. Шымкента] {g1:обратился|обратилась} {g1:гражданин|гражданка} [Республики Узбекистан {P1@uz:full}|Республики Таджикистан {P1@tg:full}|Кыргызской Республики {P1@ky:full}] с заявлением о том, что {g1:его|её} удерживают [на строительном объекте|на животноводческой ферме|в швейном цехе] и не выплачивают заработную плату. Адрес фактического проживания заявителя: {ADDRESS:ru_kz_city}.`,
  `Для связи вербовщик оставил номер {PHONE:kz}, а позже писал [потерпевшим|девушкам] в WhatsApp с другого номера.`,
  `По словам потерпевшего, долг перед бригадиром {P2m:si.ins} за «проживание и питание» за [два|три|четыре] месяца вырос до [300|450|600] тысяч рублей.`,
  `Переговоры с {P1:gs.ins} вела диспетчер агентства «[Евразия Трэвел|Global Job Service|Сапар Тур]».`,
  `Свидетельница {P1f@ru=Лена:gs} показала, что в мае {$year} года бригаду отправили на прииск на реке Лене, а паспорта рабочих бригадир хранил у себя в сейфе.`,
  `Анкета первичного обращения. ФИО: {P1:full}. Дата рождения: {BIRTH_DATE:ru_num@1}. Телефон: {PHONE:kz}. Электронная почта: {EMAIL:auto@1}. Откуда узнали о горячей линии: [от соседки|из Instagram|от сотрудника ОФ «Сана Сезим»].`,
  `Деньги за «оформление документов» — [150 000|200 000|350 000] тенге — потерпевшая перевела на карту {CARD:kz}, принадлежащую {P2:gs.dat}.`,
  `Согласно выписке, потерпевшие перечисляли средства на счёт {IBAN:kz} в [АО «Kaspi Bank»|АО «Народный Банк Казахстана»|АО «Банк ЦентрКредит»], открытый на имя {P1:full.gen}.`,
  `{P1m:is} передвигался на автомобиле [Toyota Camry|Lexus RX 350|Hyundai Sonata] с государственным номером {PLATE:kz}, на котором и доставлял работников [на объект|на ферму|на кирпичный завод].`,
  `В Instagram вербовщица вела страницу {HANDLE:at@1}, где публиковала объявления о работе [в Дубае|в Сеуле|в Анталье] для девушек от 18 до 25 лет. Её настоящее имя — {P1f:gs}.`,
  `В ходе обыска по месту жительства {P1:si.gen} — {ADDRESS:ru_kz_city} — изъяты [двенадцать паспортов|семнадцать паспортов|23 паспорта] граждан Узбекистана и Таджикистана.`,
  `Гражданка Кыргызстана {P1f@ky:full}, паспорт {PASSPORT:kg}, прибыла в г. Москву в [марте|сентябре|ноябре] {$year} года по приглашению земляка.`,
  `Паспорт гражданина РФ серии {PASSPORT:ru_ser} выдан {P1@ru:full.dat} [ГУ МВД России по г. Москве|ОУФМС России по Новосибирской области|отделом УФМС России по Московской области] {$date}.`,
  `На допросе {P1:gs} {g1:пояснил|пояснила}: «Меня звали на стройку, сказали, что жильё бесплатное. По приезде бригадир забрал паспорта у всех, двенадцать человек жили в одном вагончике».`,
  `СПРАВКА по материалу КУСП № {$num:1000-9999}. Заявитель: {P1:caps}, {BIRTH_DATE:ru_num@1} г.р., {g1:проживающий|проживающая}: {ADDRESS:ru_ru_city}, тел. {PHONE:ru}.`,
  `Сообщение в чат горячей линии: «здравствуйте меня зовут {P1f:lower} мне 19 лет я [в дубае|в стамбуле|в алматы] у меня забрали паспорт помогите пожалуйста».`,
  `Вербовщик по прозвищу «{P1m:nick}» — {P1:full} — [набирал|подыскивал] девушек через Telegram-канал «Работа за границей 24/7».`,
  `В сети «ВКонтакте» объявление разместил пользователь {HANDLE:url_vk}, страница которого, как установлено, принадлежит {P1:gs.dat}.`,
  `Потерпевшая опознала по фотографии мужчину, который встречал её в аэропорту [Шереметьево|Домодедово|Внуково], — {P2m:full}, {BIRTH_DATE:ru_2y@2} г.р.`,
  `Трое земляков работали [на кирпичном заводе|на ферме|на стройке] по 14 часов в сутки. Заработанные деньги забирал хозяин, {P4m:gp}, объясняя это погашением долга за дорогу.`,
  `Согласно СНИЛС {NATIONAL_ID:snils} и ИНН {NATIONAL_ID:inn}, {P1:gs} {g1:был официально трудоустроен|была официально трудоустроена} лишь на [месяц|два месяца], после чего {g1:работал|работала} без договора.`,
  `{g1:Гражданин|Гражданка} Узбекистана {P1@uz:full}, ПИНФЛ {NATIONAL_ID:pinfl@1}, {BIRTH_DATE:ru_num@1} года рождения, {g1:доставлен|доставлена} в [центр адаптации|приют] «[Умут|Надежда|Доверие]».`,
  `Гражданин Таджикистана {P1m@tg:full} (паспорт № {PASSPORT:tj}) показал, что его поселили по адресу: {ADDRESS:ru_ru_city}, где жили ещё [двадцать|тридцать] мигрантов.`,
  `Контракт на сезонные работы в Республике Корея подписывали двенадцать жительниц Туркестанской области; посредником выступал гражданин Кореи {P2m@kr:gs}, телефон {PHONE:kr}.`,
  `В Дубае девушек встречал {P1m@ar:gs}; квартира, в которой их содержали, находится по адресу: {ADDRESS:en_ae}.`,
  `В Стамбуле потерпевшую передали владельцу кафе {P1m@tr:gs.dat}, проживающему в районе [Лалели|Аксарай|Зейтинбурну] по адресу: {ADDRESS:tr}.`,
  `{P1:gs} {g1:проживал|проживала} в [Алматы|Шымкенте|Таразе] на {ADDRESS:ru_on_street}, куда и приходили «работодатели».`,
  `Квартира, которую снимал {P1m:sg}, находится в {ADDRESS:ru_in_house}; там же хранились паспорта рабочих.`,
  `Перевод на сумму [45 000|120 000|78 500] рублей поступил с карты {$cardmask} на карту {CARD:ru} ({P1:si}).`,
  `По данным пограничной службы, {P1:gs} {g1:въехал|въехала} в Россию {$date} через [МАПП «Маштаково»|пункт пропуска «Кайрак»|аэропорт Жуковский].`,
  `Подсудимые {P1:si} и {P2:si} действовали в составе организованной преступной группы, распределив роли вербовщика, перевозчика и «смотрящего».`,
  `{P1f:g} рассказала, что {P2m:g.acc} знала с детства: они жили на одной улице в [Жетысае|Кентау|Сарыагаше].`,
  `Вербовочные ролики размещались на странице {HANDLE:url_tiktok@1}; по данным следствия, её ведёт {P1f:gs}, {BIRTH_DATE:year@1} г.р.`,
  `Со слов потерпевшей, её сестра {P2f@~1:g} до сих пор находится [в Анталье и выходит на связь с номера {PHONE:tr}|в Дубае и звонит с номера {PHONE:ae}|в Москве, её номер — {PHONE:ru}].`,
  `Водитель микроавтобуса с номером {PLATE:ru}, {P1m:gs}, вывез рабочих с объекта ночью, не дожидаясь расчёта.`,
  `Из [32|45|58] выявленных жертв [60%|около половины] — граждане Узбекистана. Среди них — {P1f:fulln}, которой на момент вербовки было 17 лет.`,
  `Ответ просим направить на адрес электронной почты следователя {EMAIL:any}.`,
  `{P1f:g.dat} пообещали работу в кафе, но по приезде в [Анталью|Аланью|Мерсин] отобрали паспорт и заставили «отрабатывать билет».`,
  `Потерпевший отказался от госпитализации; его брат {P2m:gs} приехал за ним из [Оша|Джалал-Абада|Нарына] на следующий день.`,
  `Исполнитель: ст. следователь СУ ДП [Туркестанской области|г. Шымкента|Жамбылской области] {P1:is}, тел. {PHONE:kzcity}.`,
  `ПОСТАНОВЛЕНИЕ о признании потерпевшим. {P1:full}, {BIRTH_DATE:ru_text@1} года рождения, паспорт {PASSPORT:kz}, ИИН {NATIONAL_ID:iin@1}, признать {g1:потерпевшим|потерпевшей} по уголовному делу № {$erdr}.`,
  `{P1m:gs}, 34 года, и его жена содержали [мини-гостиницу|сауну|массажный салон] в [Актау|Атырау|Алматы], где эксплуатировали девушек из [Узбекистана|Кыргызстана].`,
  `Организатор канала — гражданка Украины {P1f@ua:full}, проживающая в Польше; деньги поступали на её счёт {IBAN:ge} в грузинском банке.`,
  `Автомобиль {PLATE:ru} принадлежит {P1m@az:full.dat}, который сдавал его вербовщикам в аренду.`,
  `На территории [тепличного комплекса|логистического центра] в Алматинской области работниками руководил гражданин КНР {P1m@cn:gs}; переводчиком была местная жительница.`,
  `Вместе с потерпевшими в [подвале|ангаре] удерживался гражданин Афганистана {P1m@af:gs}, которому также не платили.`,
  `Объявление: «Требуются швеи в Москву, оплата от 80 000 руб., жильё бесплатно. Звонить {P1f:g}: {PHONE:ru} или {PHONE:kz}».`,
  `Переписка в WhatsApp с номером {PHONE:ae} велась от имени «менеджера» по имени {P1f:g}.`,
  `В телефоне потерпевшей контакт был записан как «{P1m:caps}».`,
  `{P1f:gs} родилась {BIRTH_DATE:ru_text@1} года в [Кызылорде|Таразе|Андижане]; в [2019|2021] году уехала на заработки в Южную Корею.`,
  `Дополнительно сообщаем, что ИИН {NATIONAL_ID:iinbad@1}, указанный {P1:si.ins} в заявлении, не совпадает с данными ГБД ФЛ.`,
  `Заявитель — {P1@ky:full}, персональный номер {NATIONAL_ID:kgpin@1}, {g1:проживающий|проживающая} по адресу: {ADDRESS:ru_kg_city}.`,
  `Личная страница {P1f:g.gen} в «Одноклассниках» — {HANDLE:url_ok}, почта — {EMAIL:auto@1}.`,
  `Аккаунт {HANDLE:url_fb@1} был удалён через неделю после задержания {P1m:si.gen}.`,
  `Вербовщица общалась с потерпевшими в Instagram под ником {HANDLE:bare@1}, представляясь сотрудницей агентства в [Сеуле|Стамбуле|Дубае].`,
  `Прошу привлечь к ответственности {P1m:full.acc}, который в [марте|июне] {$year} года обманным путём вывез меня в [Москву|Казань] и забрал мой паспорт.`,
  `{P1:si}, {BIRTH_DATE:ru_2y@1} г.р., ранее не {g1:судим|судима}, {g1:женат|замужем}, на иждивении двое детей.`,
  `Заработную плату рабочий получал на карту Humo {CARD:uz}, однако сама карта всё время находилась у прораба {P2m:gs.gen}.`,
  `Несколько раз {P1f:g} звонила матери в [Андижан|Фергану|Наманган] по номеру {PHONE:uz}, но разговоры шли под контролем «хозяйки».`,
  `Деньги переводились на турецкий счёт {IBAN:tr}, владельцем которого значится {P1m@tr:gs}.`,
  `Данные потерпевшей: {P1f:full}, {BIRTH_DATE:ru_num@1} г.р., ИИН {NATIONAL_ID:iin@1}, паспорт {PASSPORT:kz}, тел. {PHONE:kz}, проживает: {ADDRESS:ru_kz_city}.`,
  `Следствием установлено, что {P1m:s} лично встречал каждую группу на вокзале [Алматы-2|Шымкента|Туркестана].`,
  `В отношении {P1:si.gen} избрана мера пресечения в виде содержания под стражей сроком на два месяца.`,
  `Адвокат {P1m:is} заявил ходатайство об исключении из числа доказательств протокола опознания.`,
  `Миграционная служба подтвердила, что разрешение на работу {P2m:g.dat} не выдавалось.`,
  `О {P1m:g.prep} соседи рассказали, что он [редко выходил из дома|работал без выходных] и боялся разговаривать с незнакомыми.`,
  `Карта {CARD:kz}, держатель — {P1:capslat}, заблокирована по запросу следователя.`,
  `Сёстры {P1f@ru=Вера:g} и {P2f@ru=Надежда:g} уехали в Стамбул по объявлению; вера в «лёгкий заработок» обошлась им в три года неволи.`,
  `Потерпевшая {P1f@ru=Любовь:fulln} пояснила, что с вербовщиком познакомилась на сайте знакомств.`,
  `{P1m@kz=Жамбыл:gs}, житель Жамбылской области, нанимал людей на ферму в Кордайском районе, обещая по 5 000 тенге в день.`,
  `Свидетель {P1m@kz=Абай:gs} проживает в Абайской области, в г. Семей, и работает водителем.`,
  `Бригадир {P1m@ru=*/Королёв:sg} возил рабочих из Королёва в Москву на стройку и удерживал их паспорта.`,
  `Сотрудник ЧОП {P1m@ru=*/Пушкин:si} охранял общежитие рабочих в г. Пушкин.`,
  `Как сообщает пресс-служба [ДП Алматинской области|МВД Кыргызской Республики], задержан 38-летний {P1m:gs}, подозреваемый в вербовке [сельских девушек|жителей приграничных районов] для работы в [ОАЭ|Турции].`,
  `Резюме потерпевших отправлялись на адрес {EMAIL:agency}, указанный в объявлении [ТОО «Work Abroad KZ»|агентства «Корея-Тур»|ИП «Сапар»].`,
  `Для выплаты компенсации {P1f:g} сообщила номер своей карты {CARD:kz}.`,
  `Место жительства {P1@tg:si.gen}: {ADDRESS:ru_tj_city}.`,
  `На фото в Instagram ({HANDLE:url_insta@1}) {P1f:g} позирует на фоне [Бурдж-Халифы|отеля «Атлантис»], хотя, по её словам, ни разу не выходила из квартиры без сопровождения.`,
  `{P1@uz:full} проживает по адресу: {ADDRESS:ru_uz_city}.`,
  `«[Дядя|Брат|Знакомый] {P1m:g} сказал, что в Казани платят по 3 000 рублей в день», — вспоминает потерпевшая.`,
  `Потерпевший из [Нарына|Таласа] признался, что был должен {P2m:g.dat} 40 тысяч сомов и поэтому не мог уйти с фермы.`,
  `Протокол опознания: опознающая — потерпевшая, опознаваемый {P2m:si}. Потерпевшая опознала {P2:g.acc} по шраму на лице.`,
  `Согласно ответу банка, транзакции проходили по карте {CARD:masked}, зарегистрированной на {P1:gs.acc}.`,
  `Загранпаспорт {P1@ru:gs.gen} № {PASSPORT:ruint} обнаружен в сейфе работодателя.`,
  `Вакансии рассылались через канал {HANDLE:url_tme@1}, созданный, по данным следствия, {P1:gs.ins}.`,
  `По адресу: {ADDRESS:ru_ru_city} в ходе рейда обнаружены 27 граждан Узбекистана без документов; помещение было арендовано на подставное лицо.`,
  `Общежитие, где жили потерпевшие, находилось в {ADDRESS:ru_in_house}, а «офис» агентства — по адресу: {ADDRESS:ru_kz_city}.`,
  `Свидетель {P1m:si} проживает по адресу: {ADDRESS:ru_kz_city}, работает водителем такси.`,
  `Предоплата за «визу» — 1 500 долларов — перечислялась на счёт {IBAN:ae} в одном из банков Дубая.`,
  `Связаться с «куратором» можно было по номеру {PHONE:kg}.`,
];

const RU_NEG: string[] = [
  `Приговором [Специализированного межрайонного суда по уголовным делам г. Алматы|Шымкентского городского суда|Сарыагашского районного суда] от {$date} по делу {$case} [двое|трое|четверо] подсудимых признаны виновными по ч. 3 ст. 128 УК РК; наказание назначено в виде лишения свободы на срок от 7 до 12 лет с конфискацией имущества.`,
  `По данным МОМ, в {$year} году в Казахстане выявлено {$num:80-210} жертв торговли людьми, из них {$num:40-70}% — граждане Узбекистана и Кыргызстана; средний возраст пострадавших — 27 лет.`,
  `Статья 3 Палермского протокола определяет торговлю людьми как вербовку, перевозку, передачу, укрывательство или получение людей путём угрозы силой или её применения.`,
  `В рамках программы УНП ООН «Усиление потенциала по противодействию торговле людьми в Центральной Азии» в Бишкеке, Душанбе и Ташкенте прошли тренинги для [прокуроров|сотрудников миграционных служб|судей].`,
  `Генеральный прокурор Республики Казахстан поручил усилить надзор за соблюдением трудовых прав мигрантов на объектах [Туркестанской|Алматинской|Жамбылской] области.`,
  `Дело рассмотрено в апелляционном порядке {$date_ru}; ущерб составил [2 450 000|1 780 000|980 000] тенге, компенсация морального вреда — [500 000|1 000 000] тенге.`,
  `В марте, после Наурыза, число выездов на заработки в Россию традиционно растёт на 15–20%, а пик приходится на апрель и май.`,
  `ОБСЕ и Министерство труда и социальной защиты населения РК провели круглый стол в Астане; участвовали представители ОФ «Сана Сезим», «Родник» и Казахстанского международного бюро по правам человека.`,
  `Узбеки, таджики и киргизы составляют большинство иностранных работников на стройках Москвы, Санкт-Петербурга и Екатеринбурга, следует из доклада МВД России.`,
  `Уголовное дело возбуждено по признакам преступления, предусмотренного п. «а» ч. 2 ст. 127.1 УК РФ; срок предварительного следствия продлён до 6 месяцев.`,
  `Всемирный день борьбы с торговлей людьми отмечается 30 июля; в Алматы в этот день на Арбате прошла акция «Знай, куда едешь».`,
  `Верховный суд Кыргызской Республики оставил приговор Первомайского районного суда г. Бишкек без изменения, а апелляционную жалобу — без удовлетворения.`,
  `Трасса Самара — Шымкент и река Сырдарья — ориентиры основных маршрутов, по которым жители Туркестанской и Кызылординской областей уезжают на заработки.`,
  `Нарын, Талас и Ош — регионы с наибольшей долей трудовых мигрантов; в {$year} году оттуда выехали более 120 тысяч человек.`,
  `Председатель Комитета миграционной службы, министр внутренних дел и Уполномоченный по правам человека подписали совместный план на 2024–2026 годы.`,
  `Компания Samsung, сеть Wildberries и маркетплейс Ozon упоминаются в фальшивых объявлениях как «работодатели», хотя к вербовке отношения не имеют.`,
  `Сумма «долга», по расчётам работодателя, составляла 1 200 долларов США, а зарплата — 35 000 рублей в месяц, из которых 40% удерживалось за жильё.`,
  `Протокол осмотра места происшествия от {$date}: осмотр начат в 10:15, окончен в 12:40; изъято 14 паспортов и 3 мобильных телефона.`,
  `В Туркестане и Кентау в рамках акции «Безопасный выезд» распространено 5 000 буклетов на казахском, русском и узбекском языках.`,
  `Апрель, май и сентябрь — месяцы, когда объявлений о работе в Южной Корее и ОАЭ больше всего; Минтруд рекомендует проверять лицензию агентства на портале enbek.kz.`,
  `Материалы ЕРДР № {$erdr} соединены в одно производство с делом № {$erdr}; надзор осуществляет прокуратура Сарыагашского района.`,
  `Курбан айт и Рамадан в этом году пришлись на пик сезонных работ, поэтому на бахчах Мактааральского района работало вдвое меньше людей.`,
  `Закон Республики Узбекистан «О противодействии торговле людьми» расширил полномочия Национальной комиссии; изменения вступили в силу с 1 января {$year} года.`,
  `По статье 128 УК РК в {$year} году осуждено 37 человек, по статье 135 — 12; [58%|64%] приговоров связаны с трудовой эксплуатацией.`,
  `Посольство Республики Узбекистан в Российской Федерации и генеральное консульство в Екатеринбурге организовали возвращение 46 граждан.`,
  `Согласно постановлению Правительства РК № {$num:100-999}, квота на привлечение иностранной рабочей силы на {$year} год составила 0,3% от численности рабочей силы.`,
  `Сотрудники Министерства внутренних дел, прокуратуры и Пограничной службы КНБ провели рейды на рынках «Барахолка» и «Алтын Орда».`,
];

const EN_POS: string[] = [
  `On {$date_en}, the [Almaty City Court|Specialized Inter-District Criminal Court of Astana|Shymkent City Court] convicted {P1:gs}, born {BIRTH_DATE:en@1}, of trafficking in persons under Article 128 of the Criminal Code of Kazakhstan.`,
  `{P1f:g}, a [22|23|25]-year-old woman from [Osh|Jalal-Abad|Naryn], was recruited through Instagram by a woman who called herself a "coordinator".`,
  `According to the IOM case file, {P1:gs} arrived in [Dubai|Sharjah|Ajman] on a tourist visa and was taken to an apartment at {ADDRESS:en_ae}.`,
  `Her passport (no. {PASSPORT:uz}) was confiscated by her employer, {P1m@ar:gs}, on the day she arrived.`,
  `Contact details given by {P1:gs}: phone {PHONE:uz}, e-mail {EMAIL:auto@1}.`,
  `Mr {P1m:s} told investigators that he had paid [$1,500|$2,000|2,500 USD] to a broker in [Tashkent|Samarkand|Andijan] for a job in South Korea.`,
  `The NGO caseworker, {P1f:gs}, accompanied the victim to the prosecutor's office in [Bishkek|Osh|Karakol].`,
  `In Ansan, the workers lived in a container behind a factory at {ADDRESS:en_kr}; the owner, {P1m@kr:gs}, held their alien registration cards.`,
  `{P1m:g.poss} brother reported him missing to the police in [Khujand|Kulob|Bokhtar] in March {$year}.`,
  `The recruiter, {P1:gs}, used the Telegram handle {HANDLE:at@1}.`,
  `Victim: {P1:capsur}, DOB {BIRTH_DATE:en_num@1}, passport {PASSPORT:kg}.`,
  `Payments were sent to IBAN {IBAN:ae}, held by {P1m@ar:gs}, a partner of the "agency".`,
  `The defendant, {P1:gs}, drove a minibus with registration {PLATE:kz} that was used to move the workers between [Almaty|Shymkent|Taraz] and the farm.`,
  `Witness {P1:is} testified that the workers were locked in the dormitory at night.`,
  `Salaries were paid to a Kaspi card, {CARD:kz}, which the foreman, {P1m:g}, kept in his pocket.`,
  `Turkish police arrested {P1m@tr:gs}, 41, at his home at {ADDRESS:tr} in Istanbul's Fatih district.`,
  `The profile {HANDLE:url_insta@1} advertised "hostess jobs in Dubai, $3,000 a month"; it was run by {P1f:gs}.`,
  `{P1f:g} was born on {BIRTH_DATE:en_text@1} in a village near [Samarkand|Bukhara|Jizzakh].`,
  `Workshop owner {P1m@tr:gs} (T.C. Kimlik No. {NATIONAL_ID:tc}) denied that he knew the women were undocumented.`,
  `The PINFL of {P1f@uz:gs} ({NATIONAL_ID:pinfl@1}) and her passport were found in the employer's safe together with the documents of two other women.`,
  `{P1m:gs} was sentenced to nine years; two co-defendants received seven years and a suspended sentence.`,
  `{P1m@af:gs}, an Afghan national, was identified as the intermediary who moved the group across the border near [Termez|Panji Poyon].`,
  `The first message to the hotline read: "hi im {P1f:lowerg} from [tashkent|osh|khujand] they took my passport in istanbul please help".`,
  `Known among the workers as "{P1m:nick}", {P1:gs} collected the "rent" every Friday.`,
  `{P1f@uz=Madina:gs} had never been to Saudi Arabia: the "pilgrimage tour" to Mecca and Medina was a cover for recruitment to a sewing shop in Riyadh.`,
  `The agency's director, {P1f:gs}, listed her home address as {ADDRESS:en_kz} and her e-mail as {EMAIL:auto@1}.`,
  `In Moscow, {P1m:gs} was found in a construction-site dormitory at {ADDRESS:en_ru}.`,
  `{P1@ky:gs} (PIN {NATIONAL_ID:kgpin@1}) returned to Bishkek with IOM assistance in {$year}.`,
  `Russian records list his SNILS as {NATIONAL_ID:snils}, although {P1m:g} says he never signed an employment contract.`,
  `Ms {P1f:s.poss} lawyer asked the court to classify the case as forced labour rather than illegal migration.`,
  `At a greenhouse complex near Almaty, the manager {P1m@cn:gs} supervised about 60 workers.`,
  `{P1f@ua:gs}, a Ukrainian national, ran the "model agency" that sent women to [Antalya|Istanbul|Dubai].`,
  `The flyer said: "Call {PHONE:tr} or {PHONE:tr} and ask for {P1m:g}".`,
  `The broker's Korean number, {PHONE:kr}, was registered to {P1m@kr:gs}.`,
  `A black Fiat Doblo with the plate {PLATE:tr} picked the women up at Istanbul Airport.`,
  `Bank records show transfers from a card numbered {CARD:masked} to an account in the name of {P1:gs}.`,
  `Case summary: {P1f:gs}, born {BIRTH_DATE:en@1}, IIN {NATIONAL_ID:iin@1}, passport {PASSPORT:kz}, resident at {ADDRESS:en_kz}, tel. {PHONE:kz}.`,
  `Judge {P1:is} adjourned the hearing until {$date_en} because the interpreter did not appear.`,
  `{P1m:g}, who asked that his surname not be published, spent 14 months on a cattle farm in the [Karaganda|Akmola|Kostanay] region.`,
  `{P1m@az:gs}, an Azerbaijani citizen, ran the "agency" from Baku; the fees went to IBAN {IBAN:az}.`,
  `The victims were first contacted through {HANDLE:url_vk} and later by phone.`,
  `The Facebook page {HANDLE:url_fb@1}, run by {P1f:gs}, posted job offers for "cleaners in Seoul".`,
  `Wages were transferred to the Uzcard {CARD:uz} in the name of {P1:capslat}.`,
  `On TikTok ({HANDLE:url_tiktok@1}), {P1f:g} posted videos about "easy money in Seoul".`,
  `{P1m@tg:gs}, holder of Tajik passport {PASSPORT:tj}, was detained at Domodedovo Airport together with two other men.`,
  `The Turkish passport {PASSPORT:tr} belonged to {P1m@tr:gs}, who had rented the flat.`,
  `{P1m@ru:gs.poss} Russian passport, series and number {PASSPORT:ru}, was issued in Novosibirsk in 2015.`,
  `{P1f:gs} now lives at {ADDRESS:en_uz} and volunteers for a local NGO in Tashkent.`,
  `The hotline volunteer in Khujand, {P1f@tg:gs}, can be reached at {PHONE:tj} or {EMAIL:auto@1}.`,
  `Defendant: {P1@ky:sg}, born in {BIRTH_DATE:year@1}, citizen of Kyrgyzstan.`,
  `The restaurant in Astana belonged to {P1f@kr:gs}, and the women slept in a storeroom at {ADDRESS:en_kz}.`,
  `In an interview, one of the workers described {P2m:gs} as "the boss who kept everyone's passports".`,
  `Witnesses saw a white Nissan with the Dubai plate {PLATE:ae} outside the villa.`,
  `{P1f:g.poss} mother in Turkmenabat called her at {PHONE:tm} every Sunday.`,
  `The indictment names {P1:gs} and a second suspect known only as "{P4m:nick}".`,
  `In Bishkek, {P1f@ky:gs} rented a room at {ADDRESS:en_kg}; her landlord later testified for the prosecution.`,
  `The shelter in Dushanbe registered {P1f@tg:gs}, born {BIRTH_DATE:en@1}, whose last address was {ADDRESS:en_tj}.`,
  `The labour inspectorate found 19 workers from Uzbekistan living in a basement at {ADDRESS:en_ru} in Moscow's Lyublino district.`,
  `Her Kazakh IIN, {NATIONAL_ID:iin@1}, appears on the employment contract signed in the name of {P1f:gs}.`,
  `The court heard that {P1m:gs.poss} phone, {PHONE:ru}, received more than 300 calls from Uzbek numbers in a single month.`,
];

const EN_NEG: string[] = [
  `Article 3 of the Palermo Protocol defines trafficking in persons as the recruitment, transportation, transfer, harbouring or receipt of persons by means of threat, force or deception.`,
  `UNODC's Global Report on Trafficking in Persons notes that men now make up a growing share of detected victims in Central Asia, mostly exploited in construction and agriculture.`,
  `The OSCE Special Representative and Co-ordinator for Combating Trafficking in Human Beings visited Astana and Tashkent in [March|October|November] {$year}.`,
  `Kazakhstan remained on Tier 2 of the U.S. State Department's Trafficking in Persons Report, while Turkmenistan stayed on Tier 3.`,
  `In Case No. 1-{$num:10-999}/{$year}, the court imposed sentences of 8 and 10 years and a fine of KZT 3,450,000.`,
  `Between January and June {$year}, 62% of identified victims were men aged 18–45; most had been recruited for construction in Russia or agriculture in Kazakhstan.`,
  `The Prosecutor General of Uzbekistan and the Minister of Employment signed a memorandum with the International Labour Organization on seasonal work in the United Kingdom.`,
  `Workers were also sent to Jordan and Georgia, where the "agencies" promised jobs in hotels and greenhouses.`,
  `During Nowruz and Eid al-Fitr fewer migrants travel, but recruitment adverts in Telegram channels double in the weeks before the spring season.`,
  `Uzbeks, Tajiks and Kyrgyz made up 80% of the foreign workforce on the sites inspected by the Moscow labour inspectorate.`,
  `Samsung, Hyundai and Lotte were named in fake job adverts; none of the companies had any link to the recruiters.`,
  `The hearing at the Bishkek City Court on {$date_en} lasted four hours; the verdict is expected in two weeks.`,
  `The shelter in Osh, run by a local NGO with funding from the European Union and USAID, has 24 beds and assisted 112 survivors last year.`,
  `Debts ranged from $800 to $4,500; on average, victims worked 13 hours a day, 6.5 days a week.`,
  `Victoria, Georgia and Jordan are among the destinations listed on the agency's price sheet, next to Dubai, Seoul and Antalya.`,
  `The Criminal Code of the Kyrgyz Republic (Article 171) provides for up to 15 years' imprisonment for trafficking involving minors.`,
  `The Supreme Court of Tajikistan upheld the verdict of the Khujand City Court; the damages were assessed at 85,000 somoni.`,
  `Under the Employment Permit System, South Korea admitted 4,800 workers from Uzbekistan and 1,200 from Kyrgyzstan in {$year}.`,
];

const KK_POS: string[] = [
  `[Алматы қаласының мамандандырылған ауданаралық қылмыстық сотының|Сарыағаш аудандық сотының|Шымкент қалалық сотының] {$date} үкімімен {P1:full}, {BIRTH_DATE:kk_num@1} ж.т., ЖСН {NATIONAL_ID:iin@1}, ҚР ҚК-нің 128-бабының 2-бөлігі бойынша кінәлі деп танылды.`,
  `{P1f:g.gen} айтуынша, оның төлқұжатын жұмыс беруші бірінші күні-ақ алып қойған.`,
  `Куә жәбірленушінің {P2m:g.dat} [300|450|500] мың теңге аударғанын растады.`,
  `Күдікті {P1m:gs} мына мекенжайда тұрады: {ADDRESS:kk_city}.`,
  `{P1:full}, байланыс телефоны: {PHONE:kz}, электрондық пошта: {EMAIL:auto@1}.`,
  `{P1f:gs} {BIRTH_DATE:kk_text@1} [Қызылорда облысының Жаңақорған ауданында|Түркістан облысында|Жамбыл облысының Шу ауданында] туған.`,
  `Жәбірленуші {P1:full}, ЖСН {NATIONAL_ID:iin@1}, төлқұжат № {PASSPORT:kz}, {$date} бастап [Мәскеу облысында|Қазан қаласында] құрылыста жұмыс істеген.`,
  `Жалақы {P1m:g.gen} атындағы {CARD:kz} картасына аударылып отырған, бірақ картаны бригадир ұстаған.`,
  `Instagram-дағы {HANDLE:at@1} парақшасы арқылы {P1f:g} қыздарды Дубайға «даяшы» жұмысына шақырған.`,
  `Көлік: Toyota Camry, мемлекеттік нөмірі {PLATE:kz}, иесі — {P1m:full}.`,
  `{P1m@kz=Абай:gs} Абай облысындағы шаруа қожалығында малшы болып істеген, құжаттары қожайында қалған.`,
  `Полиция {P1m:gs.acc} [Шымкент|Тараз|Түркістан] қаласында ұстады.`,
  `Жәбірленуші {P1m:g.abl} [200|300] мың теңге қарыз алған, кейін сол қарызы үшін тегін жұмыс істеген.`,
  `{P1f:g} {P2m:g.ins} Telegram арқылы танысқан.`,
  `Өтініш беруші: {P1:caps}, мекенжайы: {ADDRESS:kk_city}.`,
  `Қаражат {P1:full.gen} атындағы {IBAN:kz} шотына аударылған.`,
  `Оңтүстік Кореядағы жұмыс беруші {P1m@kr:gs} жұмысшылардың тіркеу карталарын ұстап қалған.`,
  `Хабарландыру: «Кореяға жұмысшылар керек! Хабарласыңыз: {PHONE:kz} ({P1f:g})».`,
  `Өзбекстан азаматы {P1@uz:full}, төлқұжаты {PASSPORT:uz}, Мақтаарал ауданындағы мақта алқабында жұмыс істеген.`,
  `{P1f:si}, {BIRTH_DATE:kk_num@1} ж.т., бұрын сотталмаған.`,
  `TikTok-тағы {HANDLE:url_tiktok@1} аккаунтын {P1f:gs} жүргізген.`,
  `Тергеуші {P1:is}, тел. {PHONE:kzcity}.`,
  `Жәбірленуші {P1f:gs} Сарыағаш қаласында, {ADDRESS:kk} мекенжайында тұрады.`,
  `{P1m:gs.gen} ұялы телефонынан {P2f:g.dat} жазылған хабарламалар табылды.`,
  `Жәбірленушінің ЖСН-і {NATIONAL_ID:iin@1}, аты-жөні — {P1:full}.`,
  `{P1f@kz=Жұлдыз:g} есімді қыз жұлдыз болуды армандап, Сеулдегі «модельдік агенттікке» барған.`,
  `Жұмыс беруші {P2f:g.gen} төлқұжатын сейфте сақтаған.`,
  `Күдікті {P1m:s} [Алматы|Астана] қаласындағы {ADDRESS:kk} мекенжайында пәтер жалдаған.`,
  `{P1m:gs} өзін «{P1:nick}» деп таныстырып, WhatsApp-та жазысқан.`,
  `Тексеру кезінде {ADDRESS:kk_city} мекенжайындағы жертөледен Өзбекстанның 14 азаматы табылды.`,
  `Жұмысқа алушы әйел жәбірленушілерді {P2m:gs.gen} үйіне апарған, ол жерден олар Мәскеуге жөнелтілген.`,
];
const KK_NEG: string[] = [
  `Қазақстан Республикасы Қылмыстық кодексінің 128-бабы адам саудасы үшін жеті жылдан он бес жылға дейін бас бостандығынан айыруды көздейді.`,
  `Халықаралық көші-қон ұйымының деректері бойынша {$year} жылы елімізде {$num:90-180} адам саудасының құрбаны анықталды, олардың {$num:55-70} пайызы ер адамдар.`,
  `Наурыз мерекесінен кейін Ресейге жұмысқа кететіндер саны артады, әсіресе Түркістан және Қызылорда облыстарынан.`,
  `Бас прокуратура Еңбек және халықты әлеуметтік қорғау министрлігімен бірлесіп, шетелге жұмысқа жіберетін агенттіктерді тексерді.`,
  `ЕҚЫҰ мен БҰҰ-ның Есірткі және қылмыс жөніндегі басқармасы Астанада судьялар мен прокурорларға арналған семинар өткізді.`,
  `Сот отырысы {$date} сағат 10:00-де басталды; келтірілген залал 2 400 000 теңге деп бағаланды.`,
  `Сырдария өзенінің бойындағы ауылдардан шыққан жастардың 40 пайызы Оңтүстік Кореяға немесе Түркияға жұмысқа кетеді.`,
  `Қазақтар, өзбектер және қырғыздар — Мәскеудегі құрылыс алаңдарындағы ең көп кездесетін еңбек мигранттары.`,
  `Ақпан, наурыз және сәуір айларында «Қауіпсіз көші-қон» акциясы аясында Шымкентте, Таразда және Кентауда 3 000 буклет таратылды.`,
];

const KY_POS: string[] = [
  `Бишкек шаарынын [Биринчи май|Свердлов|Октябрь] райондук сотунун {$date} өкүмү менен {P1:full}, {BIRTH_DATE:ky_num@1} туулган, Кылмыш-жаза кодексинин 171-беренеси боюнча күнөөлүү деп табылды.`,
  `Жабырлануучу {P1f:g} Москвага [тигүүчү|кассир|тазалоочу] болуп иштөө үчүн барган.`,
  `{P1f:g.gen} айтымында, анын паспортун иш берүүчү {P2m:gs} биринчи эле күнү алып койгон.`,
  `{P1:gs} — байланыш үчүн телефон: {PHONE:kg}.`,
  `{P1m:gs} төмөнкү даректе жашайт: {ADDRESS:ky_city}.`,
  `{P1m@ky=Токтогул:gs} Токтогул районунан Казакстанга жумушка кеткен.`,
  `{P1f@ky=Жибек:gs} Бишкектеги кафеде иштеп жүргөндө Дубайдан «жакшы жумуш» сунушун алган.`,
  `{P1:full}, ПИН: {NATIONAL_ID:kgpin@1}, паспорт: {PASSPORT:kg}.`,
  `Жабырлануучунун аты-жөнү: {P1:full}, туулган күнү: {BIRTH_DATE:ky_num@1}.`,
  `{P1f:gs} {BIRTH_DATE:ky_text@1} Нарын облусунда туулган.`,
  `Instagram'дагы {HANDLE:at@1} баракчасы аркылуу {P1f:g} кыздарды Түркияга иштөөгө чакырган.`,
  `{P1m:g} Россиядагы курулушта алты ай бою айлыксыз иштешкен.`,
  `Милиция {P1m:gs.acc} Ош шаарында кармады.`,
  `Иш берүүчү {P1f:g.dat} үч ай бою айлык төлөгөн эмес.`,
  `Акча {P1:gs.gen} атындагы {CARD:kg} картасына которулган.`,
  `{PLATE:kg} мамлекеттик номердеги Honda Fit унаасы {P1m:g.gen} атында катталган.`,
  `Тергөөчү {P1:is}, тел.: {PHONE:kgcity}.`,
  `Казакстандагы дыйкан чарбасынын ээси {P1m@kz:gs} жумушчулардын паспортторун алып алган.`,
  `Кайрылуу үчүн: {EMAIL:auto@1} ({P1:gs}).`,
  `Түштүк Кореяга жумушка жөнөтөм деп {P1m:gs} ар бир адамдан 2 000 доллардан алган.`,
  `Жабырлануучу {P1f:caps}, ПИН {NATIONAL_ID:kgpin@1}, паспорт {PASSPORT:kg}, {ADDRESS:ky} дарегинде катталган.`,
  `{P1f:g} эже [«Мээрим»|«Үмүт»] коомдук фондуна кайрылып, жумуш берүүчүдөн алган карызы тууралуу айтып берген.`,
  `Вербовщик {P1m:gs} Telegram'да {HANDLE:bare@1} деген ат менен жазышкан.`,
  `{P1:gs.gen} туулган жылы — {BIRTH_DATE:year@1}, ал {$year}-жылы Москвага кеткен.`,
  `Текшерүү учурунда {ADDRESS:ky_city} дарегиндеги үйдөн Өзбекстандын 9 жараны табылды.`,
  `Акча Түркиядагы {IBAN:tr} эсебине которулган, эсептин ээси — {P1m@tr:gs}.`,
  `Жабырлануучу {P1f:gs} Москвада {ADDRESS:ru_ru} дарегиндеги жатаканада жашаган.`,
];
const KY_NEG: string[] = [
  `Кыргыз Республикасынын Башкы прокуратурасы адам сатуу боюнча {$year}-жылы {$num:20-60} кылмыш иши козголгонун билдирди.`,
  `Эл аралык миграция уюму (ЭМУ) Ош, Жалал-Абад жана Баткен облустарында маалымат кампаниясын өткөрдү.`,
  `Нооруз майрамынан кийин Россияга жумушка кеткендердин саны 20 пайызга көбөйөт.`,
  `Кылмыш-жаза кодексинин 171-беренеси адам сатуу үчүн сегиз жылдан он беш жылга чейин эркинен ажыратууну караштырат.`,
  `Улуттук статистика комитетинин маалыматы боюнча, мигранттардын 62 пайызы 18 жаштан 35 жашка чейинки жаштар.`,
  `Бишкек шаардык соту {$date} күнү ишти кайра карап, өкүмдү күчүндө калтырды; келтирилген зыян 450 000 сом деп бааланды.`,
  `Кыргыздар, өзбектер жана тажиктер Москвадагы базарларда жана курулуштарда көп иштешет.`,
];

const UZ_POS: string[] = [
  `Toshkent shahar jinoyat ishlari bo'yicha sudining {$date} yildagi hukmi bilan {P1:full}, {BIRTH_DATE:uz_num@1} yilda tug'ilgan, Jinoyat kodeksining 135-moddasi 3-qismi bilan aybli deb topildi.`,
  `{P1f:g.gen} so'zlariga ko'ra, uning pasportini ish beruvchi birinchi kuniyoq olib qo'ygan.`,
  `Aloqa uchun: telefon {PHONE:uz}, Telegram {HANDLE:at@1} ({P1:gs}).`,
  `{P1m:gs} quyidagi manzilda yashaydi: {ADDRESS:uz_city}.`,
  `{P1:full}, JShShIR: {NATIONAL_ID:pinfl@1}, pasport: {PASSPORT:uz}.`,
  `{P1f:gs} {BIRTH_DATE:uz_text@1} [Andijon|Namangan|Qashqadaryo] viloyatida tug'ilgan.`,
  `Pul {P1m:gs.gen} nomidagi {CARD:uz} raqamli kartaga o'tkazilgan.`,
  `{PLATE:uz} davlat raqamli Damas avtomobilida ishchilar har kuni dalaga olib borilgan.`,
  `{P1m@uz=Farhod:gs} Farhod bozorida kunlik ishchilarni yollab, ularni Qozog'istonga jo'natgan.`,
  `{P1m@uz=Bobur:g} Andijondagi Bobur nomidagi bog' yonida yashovchi tanishidan qarz olgan.`,
  `Vositachi {P1f:g.dat} Dubaydan ish topib berishni va'da qilgan.`,
  `Politsiya {P1m:gs.acc} [Samarqand|Buxoro|Termiz] shahrida ushladi.`,
  `{P1f@uz=Yulduz:gs} Seuldagi «model agentligi»ga yulduz bo'laman deb ketgan.`,
  `Rossiyadagi raqami: {PHONE:ru}. Egasi — {P1:gs}.`,
  `{P1:gs}, elektron pochta: {EMAIL:auto@1}.`,
  `Janubiy Koreyadagi fermer {P1m@kr:gs} ishchilarning guvohnomalarini olib qo'ygan.`,
  `Qozog'istondagi dehqon xo'jaligi egasi {P1m@kz:gs} ishchilarga besh oy davomida maosh to'lamagan.`,
  `Tergovchi {P1:is}, tel.: {PHONE:uzcity}.`,
  `{P1:caps}, {BIRTH_DATE:uz_num@1} y.t., JShShIR {NATIONAL_ID:pinfl@1}, ilgari sudlanmagan.`,
  `Pul BAAdagi {IBAN:ae} hisob raqamiga o'tkazilgan, hisob egasi — {P1m@ar:gs}.`,
  `Instagram sahifasi: {HANDLE:url_insta@1}, sahifa egasi — {P1f:gs}.`,
  `Jabrlanuvchi {P1f:full}, telefon {PHONE:uz}, {ADDRESS:uz} manzilida ro'yxatda turadi.`,
  `{P1m:g} aka bizni Moskvaga olib borib, {P2m:g.dat} topshirdi.`,
  `{P1f:g} opa ukasi bilan Istanbulga ketgan.`,
  `Tekshiruv vaqtida {ADDRESS:uz_city} manzilidagi uydan 11 nafar yigit topildi.`,
  `Pul Turkiyadagi {IBAN:tr} hisob raqamiga o'tkazilgan.`,
  `Mirzo Ulug'bek tumanida yashovchi {P1m:gs} 12 nafar yigitni Rossiyaga yuborgan.`,
];
const UZ_NEG: string[] = [
  `O'zbekiston Respublikasi Jinoyat kodeksining 135-moddasi odam savdosi uchun sakkiz yildan o'n ikki yilgacha ozodlikdan mahrum qilishni nazarda tutadi.`,
  `Bosh prokuratura ma'lumotlariga ko'ra, {$year} yilda {$num:200-600} nafar odam savdosi qurboni aniqlangan.`,
  `Xalqaro migratsiya tashkiloti (XMT) Andijon, Namangan va Farg'ona viloyatlarida xavfsiz migratsiya bo'yicha seminarlar o'tkazdi.`,
  `Navro'z bayramidan keyin Rossiyaga ishga ketuvchilar soni 20 foizga oshadi.`,
  `Kambag'allikni qisqartirish va bandlik vazirligi Janubiy Koreyaga ishga yuborish dasturi doirasida 3 000 kishini tayyorladi.`,
  `Sud majlisi {$date} kuni bo'lib o'tdi; zarar miqdori 45 million so'm deb baholandi.`,
  `O'zbeklar, tojiklar va qirg'izlar Moskvadagi qurilish maydonlarida eng ko'p uchraydi.`,
  `Toshkent, Samarqand va Buxoro shaharlarida «Xavfsiz ketish» aksiyasi doirasida 5 000 ta buklet tarqatildi.`,
];

const TG_POS: string[] = [
  `Бо ҳукми суди [шаҳри Душанбе|ноҳияи Рӯдакӣ|шаҳри Хуҷанд] аз {$date} {P1:full}, {BIRTH_DATE:tg_num@1} таваллуд, тибқи моддаи 130¹ Кодекси ҷиноятии Ҷумҳурии Тоҷикистон гунаҳкор дониста шуд.`,
  `Ҷабрдида {P1f:g} барои кор ба [Маскав|Истанбул|Дубай] рафта буд.`,
  `Ба гуфтаи {P1f:g}, шиносномаи ӯро корфармо дар рӯзи аввал гирифта буд.`,
  `{P1:gs} — телефон барои тамос: {PHONE:tj}.`,
  `{P1m:gs} дар суроғаи {ADDRESS:tg_city} зиндагӣ мекунад.`,
  `{P1m@tg=Ваҳдат:gs} аз шаҳри Ваҳдат барои кор ба Русия рафта, се моҳ музд нагирифт.`,
  `{P1m@tg=Наврӯз:g} пас аз ҷашни Наврӯз ба Қазоқистон рафт.`,
  `Милиса {P1m:gs.acc} дар шаҳри [Хуҷанд|Бохтар|Кӯлоб] боздошт кард.`,
  `{P1:full}, РМА {NATIONAL_ID:tjinn}, шиноснома {PASSPORT:tj}.`,
  `{P1f:gs} {BIRTH_DATE:tg_text@1} дар ноҳияи [Рӯдакӣ|Ваҳдат|Ҳисор] таваллуд шудааст.`,
  `Маблағ ба корти {CARD:tj} ба номи {P1:gs} гузаронида шуд.`,
  `Мошини Opel бо рақами давлатии {PLATE:tj}, ки ба {P1m:gs} тааллуқ дорад, коргаронро ба сарҳад бурд.`,
  `Шаҳрванди Афғонистон {P1m@af:gs} гурӯҳро аз сарҳад гузаронид.`,
  `{P1f:gs}, почтаи электронӣ: {EMAIL:auto@1}.`,
  `Муфаттиш {P1:is}, тел.: {PHONE:tjcity}.`,
  `Ҷабрдида аз {P1m:g} 500 доллар қарз гирифта буд ва барои ҳамин қарз ду сол бепул кор кард.`,
  `{P1:caps}, {BIRTH_DATE:tg_num@1} таваллуд, РМА {NATIONAL_ID:tjinn}, қаблан судӣ нашудааст.`,
  `Дар Маскав онҳо дар суроғаи {ADDRESS:ru_ru} зиндагӣ мекарданд; хонаро {P1m:gs} иҷора гирифта буд.`,
  `Саҳифаи {P1f:g} дар «Одноклассники»: {HANDLE:url_ok}.`,
  `Модари {P1f:g} ба Созмони байналмилалии муҳоҷират муроҷиат кард.`,
  `{P1m:g}-ака ба мо гуфт, ки дар Туркия кор ҳаст; баъдтар {P2f:g.acc} низ ба он ҷо фиристод.`,
  `Вербовщик дар Instagram бо номи {HANDLE:at@1} кор мекард; номи аслиаш {P1m:gs} аст.`,
  `Ҳангоми санҷиш дар суроғаи {ADDRESS:tg_city} 12 нафар муҳоҷири меҳнатӣ ёфт шуд.`,
  `Пул ба суратҳисоби {IBAN:tr} дар бонки Туркия гузаронида шуд.`,
  `{P1f:gs} дар суроғаи {ADDRESS:tg} ба қайд гирифта шудааст.`,
];
const TG_NEG: string[] = [
  `Моддаи 130¹ Кодекси ҷиноятии Ҷумҳурии Тоҷикистон барои хариду фурӯши одамон аз 5 то 15 сол маҳрум сохтан аз озодиро пешбинӣ мекунад.`,
  `Прокурори генералии Ҷумҳурии Тоҷикистон дар соли {$year} {$num:20-80} парвандаи ҷиноятиро оид ба хариду фурӯши одамон ба суд фиристод.`,
  `Созмони байналмилалии муҳоҷират (СБМ) дар вилоятҳои Хатлон ва Суғд барномаи «Муҳоҷирати бехатар»-ро амалӣ мекунад.`,
  `Пас аз ҷашни Наврӯз шумораи муҳоҷирони меҳнатӣ ба Русия 25 фоиз зиёд мешавад.`,
  `Вазорати меҳнат, муҳоҷират ва шуғли аҳолӣ дар Душанбе, Хуҷанд ва Бохтар маркази машваратӣ кушод.`,
  `Ҷаласаи суд {$date} баргузор шуд; зарари расонидашуда 85 000 сомонӣ арзёбӣ гардид.`,
  `Тоҷикон, ӯзбекон ва қирғизҳо дар бозорҳо ва сохтмонҳои Маскав бештар кор мекунанд.`,
];

const TR_POS: string[] = [
  `İstanbul [3.|7.|12.] Ağır Ceza Mahkemesi, {$date} tarihli kararıyla sanık {P1:gs} hakkında "insan ticareti" suçundan [8|10|12] yıl hapis cezasına hükmetti.`,
  `Özbekistan vatandaşı mağdur {P1f@uz:gs}, Laleli'deki bir otelde aylarca ücretsiz çalıştırıldığını anlattı.`,
  `Şüpheli {P1m:gs}, {ADDRESS:tr} adresinde düzenlenen operasyonla yakalandı.`,
  `{P1f:g.gen} pasaportuna ({PASSPORT:uz}) işveren el koydu.`,
  `İletişim: {P1:gs}, {PHONE:tr}, {EMAIL:auto@1}.`,
  `{P1@tr:gs} (T.C. Kimlik No: {NATIONAL_ID:tc}) atölyenin sahibi olarak ifade verdi.`,
  `Mağdurun adı soyadı: {P1:gs}, doğum tarihi: {BIRTH_DATE:tr_num@1}, uyruğu: [Kırgızistan|Tacikistan|Özbekistan].`,
  `{P1f:gs}, {BIRTH_DATE:tr_text@1} doğumlu, Antalya'ya "otelde resepsiyon işi" vaadiyle getirildi.`,
  `{PLATE:tr} plakalı beyaz minibüs, kadınları her gece Aksaray'daki eve götürüyordu.`,
  `Para, {P1m@tr:gs} adına kayıtlı {IBAN:tr} numaralı hesaba gönderildi.`,
  `Şüpheli {P1m@tr=Deniz:gs}, kadınları Antalya'da deniz kenarındaki bir otelde çalıştırıyordu.`,
  `{P1m@tr=*/Aydın:gs}, Aydın'ın Kuşadası ilçesindeki bir pansiyonda yabancı kadınları alıkoymakla suçlanıyor.`,
  `{P1f:g} Hanım, {P2m@tr:s} Bey'in evinde bakıcı olarak çalıştırıldığını söyledi.`,
  `Instagram'daki {HANDLE:at@1} hesabı üzerinden {P1f:g} ile iletişime geçildi.`,
  `Pasaport No: {PASSPORT:tr}, Adı Soyadı: {P1@tr:capsur}.`,
  `Kırgız vatandaşı {P1f@ky:gs} (pasaport {PASSPORT:kg}) Kumkapı'da bir tekstil atölyesinde bulundu.`,
  `Polis, {P1m:g.acc} Esenyurt'taki evinde gözaltına aldı.`,
  `{P1f:g}, Türkmenistan'daki annesini {PHONE:tm} numarasından aradı.`,
  `Cumhuriyet Savcısı, {P2:gs.gen} tutuklanmasını talep etti.`,
  `Şüphelinin üzerinden {CARD:visa} numaralı bir kredi kartı çıktı; kart {P1:gs} adına düzenlenmişti.`,
  `Azerbaycan vatandaşı {P1m@az:gs}, kadınları Bakü üzerinden İstanbul'a getiren şebekenin lideri olarak tanımlandı.`,
  `Sanık {P1:capsur}, {BIRTH_DATE:tr_num@1} doğumlu, savunmasında suçlamaları reddetti.`,
  `{P1m:gs}, kadınların pasaportlarını {ADDRESS:tr} adresindeki dairede sakladığını itiraf etti.`,
  `Mağdur {P1f:g}, işvereni {P2m@tr:gs.abl} kaçarak Tacikistan Büyükelçiliğine sığındı.`,
  `{P1:gs} isimli kullanıcı TikTok'ta {HANDLE:url_tiktok@1} hesabıyla "yurt dışında iş" ilanları paylaşıyordu.`,
  `Polis, {ADDRESS:tr} adresindeki bodrum katında 23 yabancı uyruklu kadın buldu.`,
  `Mağdur {P1f:gs.gen} telefonunda "Patron" adıyla kayıtlı {PHONE:kg} numarası bulundu.`,
];
const TR_NEG: string[] = [
  `Türk Ceza Kanunu'nun 80. maddesi, insan ticareti suçu için sekiz yıldan on iki yıla kadar hapis cezası öngörmektedir.`,
  `İçişleri Bakanlığı Göç İdaresi Başkanlığı verilerine göre {$year} yılında {$num:200-450} insan ticareti mağduru tespit edildi.`,
  `IOM ve UNODC, İstanbul ve Antalya'da kolluk görevlilerine yönelik eğitim programı düzenledi.`,
  `Ramazan Bayramı ve Kurban Bayramı dönemlerinde sahil otellerindeki mevsimlik işçi sayısı yüzde 30 artıyor.`,
  `Yargıtay 8. Ceza Dairesi, 2023/1456 Esas ve 2024/321 Karar sayılı ilamıyla yerel mahkemenin kararını onadı.`,
  `Özbek, Kırgız ve Türkmen kadınlar, Laleli ve Aksaray'daki tekstil atölyelerinde en çok rastlanan yabancı işçiler arasında.`,
  `Duruşma {$date_tr} tarihine ertelendi; mağdurlara toplam 450.000 TL tazminat ödenmesine karar verildi.`,
  `Aile ve Sosyal Hizmetler Bakanlığı, Antalya, Muğla ve Aydın'da üç yeni sığınma evi açtı.`,
  `Kasım ve Aralık aylarında Gürcistan sınırından girişlerde yüzde 18'lik artış kaydedildi.`,
];

const TEMPLATES: Record<Lang, { pos: string[]; neg: string[] }> = {
  ru: { pos: RU_POS, neg: RU_NEG },
  en: { pos: EN_POS, neg: EN_NEG },
  kk: { pos: KK_POS, neg: KK_NEG },
  ky: { pos: KY_POS, neg: KY_NEG },
  uz: { pos: UZ_POS, neg: UZ_NEG },
  tg: { pos: TG_POS, neg: TG_NEG },
  tr: { pos: TR_POS, neg: TR_NEG },
};

// ---------------------------------------------------------------------------------------------------------
// Batch plan and output
// ---------------------------------------------------------------------------------------------------------

const PLAN: { lang: Lang; script: Script; pos: number; neg: number }[] = [
  { lang: 'ru', script: 'cyrillic', pos: 190, neg: 32 },
  { lang: 'en', script: 'latin', pos: 106, neg: 20 },
  { lang: 'kk', script: 'cyrillic', pos: 43, neg: 8 },
  { lang: 'kk', script: 'latin', pos: 18, neg: 2 },
  { lang: 'ky', script: 'cyrillic', pos: 46, neg: 9 },
  { lang: 'uz', script: 'latin', pos: 32, neg: 7 },
  { lang: 'uz', script: 'cyrillic', pos: 18, neg: 3 },
  { lang: 'tg', script: 'cyrillic', pos: 43, neg: 9 },
  { lang: 'tr', script: 'latin', pos: 45, neg: 10 },
];

function main(): void {
  const byLang = new Map<Lang, Omit<Snippet, 'id'>[]>();
  const seen = new Set<string>();
  for (const { lang, script, pos, neg } of PLAN) {
    const out = byLang.get(lang) ?? [];
    byLang.set(lang, out);
    for (const [kind, n] of [
      ['pos', pos],
      ['neg', neg],
    ] as const) {
      for (let i = 0; i < n; i++) {
        for (let attempt = 0; ; attempt++) {
          const template = draw(`tpl.${lang}.${kind}`, TEMPLATES[lang][kind]);
          const { text, spans, values } = buildSnippet(lang, script, template);
          verify(text, spans, values, `${lang}/${kind}`);
          if (kind === 'pos' && spans.length === 0) throw new Error(`positive template without spans: ${template}`);
          if (kind === 'neg' && spans.length > 0) throw new Error(`negative template with spans: ${template}`);
          if (seen.has(text) && attempt < 20) continue;
          seen.add(text);
          out.push({ language: lang, script, text, spans });
          break;
        }
      }
    }
  }
  const lines: string[] = [];
  const order: Lang[] = ['ru', 'en', 'kk', 'ky', 'uz', 'tg', 'tr'];
  for (const lang of order) {
    const items = shuffle(byLang.get(lang) ?? []);
    items.forEach((s, i) => {
      const rec: Snippet = { id: `heldout8-${lang}-${pad(i + 1, 3)}`, ...s };
      lines.push(JSON.stringify(rec));
    });
  }
  const file = resolve(__dirname, '..', 'test', 'fixtures', 'anonymizer-heldout-8.jsonl');
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, lines.join('\n') + '\n', 'utf8');

  // Re-read and check what was written.
  const perType = new Map<string, number>();
  const perLang = new Map<string, { pos: number; neg: number }>();
  let spansTotal = 0;
  for (const line of lines) {
    const r = JSON.parse(line) as Snippet;
    let prev = -1;
    for (const s of r.spans) {
      if (!(s.start >= 0 && s.end <= r.text.length && s.start < s.end && s.start >= prev))
        throw new Error(`bad span in ${r.id}`);
      prev = s.end;
      perType.set(s.type, (perType.get(s.type) ?? 0) + 1);
      spansTotal++;
    }
    const key = `${r.language}/${r.script}`;
    const c = perLang.get(key) ?? { pos: 0, neg: 0 };
    if (r.spans.length) c.pos++;
    else c.neg++;
    perLang.set(key, c);
  }
  console.log(`wrote ${lines.length} snippets, ${spansTotal} spans to ${file}`);
  for (const [k, v] of perLang) console.log(`  ${k}: ${v.pos} with spans, ${v.neg} negative`);
  for (const t of ENTITY_TYPES) console.log(`  ${t}: ${perType.get(t) ?? 0}`);
  console.log(`  distinct given names: ${usedGiven.size}, distinct surnames: ${usedSur.size}`);
}

main();
