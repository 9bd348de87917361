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
