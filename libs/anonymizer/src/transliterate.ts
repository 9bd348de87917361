/**
 * Script conversion for names of the region, so that one person written in Cyrillic and in
 * Latin letters is recognised as one. Pure.
 */

// Russian, Kazakh, Kyrgyz, Uzbek and Tajik Cyrillic letters to their usual Latin spelling.
const CYRILLIC_TO_LATIN: Record<string, string> = {
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
  ў: 'o',
  ҳ: 'h',
  ҷ: 'j',
  ӣ: 'i',
  ӯ: 'u',
};

/** Cyrillic → Latin, letter by letter, keeping the capital of the first letter. */
export function cyrillicToLatin(text: string): string {
  let output = '';
  for (const character of text) {
    const lower = character.toLowerCase();
    const latin = CYRILLIC_TO_LATIN[lower];
    if (latin === undefined) output += character;
    else output += character !== lower && latin ? latin[0].toUpperCase() + latin.slice(1) : latin;
  }
  return output;
}

// Uzbek Latin (1995 alphabet, with the older x/q spellings) → Cyrillic; digraphs first.
const LATIN_TO_CYRILLIC: [RegExp, string][] = [
  [/o['ʻʼ‘’`]/g, 'ў'],
  [/g['ʻʼ‘’`]/g, 'ғ'],
  [/sh/g, 'ш'],
  [/ch/g, 'ч'],
  [/zh/g, 'ж'],
  [/kh/g, 'х'],
  [/yo/g, 'ё'],
  [/yu/g, 'ю'],
  [/ya/g, 'я'],
  [/ye/g, 'е'],
  [/ts/g, 'ц'],
];
const LATIN_LETTERS: Record<string, string> = {
  a: 'а',
  b: 'б',
  c: 'с',
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
};

/** Uzbek Latin → Uzbek Cyrillic; `russian` gives the Russian spelling (ў→у, қ→к, ғ→г, ҳ→х). */
export function latinToCyrillic(text: string, russian = false): string {
  let lower = text.toLowerCase();
  for (const [pattern, replacement] of LATIN_TO_CYRILLIC) lower = lower.replace(pattern, replacement);
  let output = [...lower].map((character) => LATIN_LETTERS[character] ?? character).join('');
  if (russian) output = output.replace(/[ўқғҳ]/gu, (letter) => ({ ў: 'у', қ: 'к', ғ: 'г', ҳ: 'х' })[letter]!);
  return output ? output[0].toUpperCase() + output.slice(1) : output;
}

/**
 * A comparison key that is the same for the usual spellings of one name in either script:
 * «Рустам Исмаилов», "Rustam Ismailov" and "RUSTAM ISMAILOV" give one key, as do "Sergey" and
 * "Sergei", "Khurshid" and "Xurshid", "Zhanna" and "Janna".
 */
export function nameKey(word: string): string {
  return cyrillicToLatin(word.toLowerCase())
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/ı/g, 'i')
    .replace(/['ʻʼ‘’`-]/g, '')
    .replace(/kh|x/g, 'h')
    .replace(/dzh|zh|j/g, 'j')
    .replace(/q/g, 'k')
    .replace(/ts/g, 'c')
    .replace(/y/g, 'i')
    .replace(/(.)\1+/g, '$1');
}

/**
 * One Cyrillic letter in a Latin orthography: its lower-case spelling and, where upper-casing the
 * first letter of that spelling would be wrong (Kazakh 2021 «И» is "İ", not "I"), its capital.
 */
type LatinLetter = string | [lower: string, capital: string];

/** Spells a Cyrillic word letter by letter; a letter missing from the table is kept as it is. */
function spell(text: string, table: (character: string, previous: string, next: string) => LatinLetter | undefined) {
  const characters = [...text];
  let output = '';
  characters.forEach((character, index) => {
    const lower = character.toLowerCase();
    const previous = (characters[index - 1] ?? '').toLowerCase();
    const next = characters[index + 1] ?? '';
    const letter = table(lower, previous, next.toLowerCase());
    if (letter === undefined) {
      output += character;
      return;
    }
    const [small, capital] = typeof letter === 'string' ? [letter, undefined] : letter;
    if (character === lower || !small) output += small;
    // A capital followed by a capital (ТОШКЕНТ) is spelled in capitals throughout (TOSHKENT).
    else if (next && next !== next.toLowerCase()) output += capital ?? small.toUpperCase();
    else output += capital ?? small[0].toUpperCase() + small.slice(1);
  });
  return output;
}

/** The marks of Uzbek Latin oʻ, gʻ and of the tutuq belgisi ʼ, as people type them. */
export const UZBEK_APOSTROPHES = ['ʻ', 'ʼ', "'", '‘', '’', '`'] as const;
const UZBEK_VOWELS = new Set([...'аеёиоуўэюяы']);
const UZBEK_LATIN: Record<string, string> = {
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
  ч: 'ch',
  ш: 'sh',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
  ў: 'oʻ',
  қ: 'q',
  ғ: 'gʻ',
  ҳ: 'h',
};
// The 1993 alphabet (in force until the 1995 amendment) wrote ş, ç, ğ and ö.
const UZBEK_LATIN_1993: Record<string, string> = { ...UZBEK_LATIN, ч: 'ç', ш: 'ş', ў: 'ö', ғ: 'ğ' };

/**
 * Uzbek Cyrillic → Uzbek Latin, the 1995 alphabet in force (oʻ and gʻ with U+02BB, the tutuq
 * belgisi ъ as U+02BC; е is "ye" at the start of a word and after a vowel or ъ/ь; ц is "s" except
 * after a vowel, where it is "ts"; с before ҳ is "sʼ" so that it is not read as "sh"), or the 1993
 * alphabet (ş, ç, ğ, ö). Letters outside the Uzbek alphabet are kept as they are. Pure.
 */
export function uzbekLatin(text: string, alphabet: 1993 | 1995 = 1995): string {
  const letters = alphabet === 1993 ? UZBEK_LATIN_1993 : UZBEK_LATIN;
  return spell(text, (character, previous, next) => {
    if (character === 'е') return /^$|[\s\p{P}ъь'ʼ’]/u.test(previous) || UZBEK_VOWELS.has(previous) ? 'ye' : 'e';
    if (character === 'ц') return UZBEK_VOWELS.has(previous) ? 'ts' : 's';
    if (character === 'ъ' || character === 'ʼ' || character === '’' || character === "'") return 'ʼ';
    if (character === 'с' && next === 'ҳ' && alphabet === 1995) return 'sʼ';
    return letters[character];
  });
}

/** The same Uzbek Latin word with each way of typing the oʻ/gʻ mark and the tutuq belgisi. */
export function uzbekApostropheVariants(latin: string): string[] {
  const variants = new Set([latin]);
  if (!/['ʻʼ‘’`]/.test(latin)) return [...variants];
  for (const mark of UZBEK_APOSTROPHES) variants.add(latin.replace(/['ʻʼ‘’`]/g, mark));
  // The official spelling: ʻ after o and g, ʼ elsewhere.
  variants.add(latin.replace(/([oOgG])['ʻʼ‘’`]/g, '$1ʻ').replace(/(?<![oOgG])['ʻ‘’`]/g, 'ʼ'));
  return [...variants];
}

/** Every Uzbek Latin spelling of an Uzbek Cyrillic word: 1995 with each apostrophe, and 1993. */
export function uzbekLatinVariants(cyrillic: string): string[] {
  return [...new Set([...uzbekApostropheVariants(uzbekLatin(cyrillic)), uzbekLatin(cyrillic, 1993)])];
}

export type KazakhLatinVersion = 2017 | 2018 | 2021;
const KAZAKH_COMMON: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ж: 'j',
  з: 'z',
  к: 'k',
  қ: 'q',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  ф: 'f',
  х: 'h',
  һ: 'h',
  ц: 'ts',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
};
const KAZAKH_LATIN: Record<KazakhLatinVersion, Record<string, LatinLetter>> = {
  // Decree of 26 October 2017: apostrophes.
  2017: {
    ...KAZAKH_COMMON,
    ә: "a'",
    ғ: "g'",
    ё: "i'o",
    и: "i'",
    й: "i'",
    і: 'i',
    ң: "n'",
    ө: "o'",
    у: "y'",
    ұ: 'u',
    ү: "u'",
    ч: "c'",
    ш: "s'",
    щ: "s's'",
    ю: "i'y'",
    я: "i'a",
  },
  // Decree of 19 February 2018: acute accents, dotless ı for і, digraphs sh and ch.
  2018: {
    ...KAZAKH_COMMON,
    ә: 'á',
    ғ: 'ǵ',
    ё: 'io',
    и: 'i',
    й: 'i',
    і: ['ı', 'I'],
    ң: 'ń',
    ө: 'ó',
    у: 'ý',
    ұ: 'u',
    ү: 'ú',
    ч: 'ch',
    ш: 'sh',
    щ: 'shsh',
    ю: 'iý',
    я: 'ia',
  },
  // Version of 28 January 2021: Turkic diacritics; и and й are dotted İ i, і is dotless I ı.
  2021: {
    ...KAZAKH_COMMON,
    ә: 'ä',
    ғ: 'ğ',
    ё: 'io',
    и: ['i', 'İ'],
    й: ['i', 'İ'],
    і: ['ı', 'I'],
    ң: 'ñ',
    ө: 'ö',
    у: 'u',
    ұ: 'ū',
    ү: 'ü',
    ч: 'ç',
    ш: 'ş',
    щ: 'şş',
    ю: 'iu',
    я: 'ia',
  },
};

/**
 * Kazakh Cyrillic → one of the Kazakh Latin alphabets decreed in 2017 (apostrophes), 2018 (acute
 * accents) and 2021 (Turkic diacritics), letter by letter. Letters outside the Kazakh alphabet
 * (Uzbek ў, Tajik ҷ) are kept as they are. Pure.
 */
export function kazakhLatin(text: string, version: KazakhLatinVersion): string {
  const letters = KAZAKH_LATIN[version];
  return spell(text, (character) => letters[character]);
}

/** The three Kazakh Latin spellings of a Kazakh Cyrillic word. */
export function kazakhLatinVariants(cyrillic: string): string[] {
  return [...new Set(([2017, 2018, 2021] as const).map((version) => kazakhLatin(cyrillic, version)))];
}

// Kazakh letters Russian spelling lacks, as Russian documents write them («Қайрат» → «Кайрат»).
const KAZAKH_TO_RUSSIAN: Record<string, string> = {
  ә: 'а',
  ғ: 'г',
  қ: 'к',
  ң: 'н',
  ө: 'о',
  ұ: 'у',
  ү: 'у',
  һ: 'х',
  і: 'и',
};

/** A Kazakh Cyrillic word in the Russian alphabet, as a Russian-language record spells it. Pure. */
export function kazakhInRussianLetters(cyrillic: string): string {
  return spell(cyrillic, (character) => KAZAKH_TO_RUSSIAN[character]);
}
