import { cyrillicToLatin } from '@caseatlas/anonymizer';

/**
 * One spelling for words written in Cyrillic and in Latin letters, computed by our code at index
 * time (into the `crossScript` field) and at query time, because the stock Elasticsearch image
 * has no ICU transform. "Ташкент", "Тошкент", "Toshkent" and "Tashkent" all give "tashkent";
 * "Самарқанд" and "Samarqand" give "samarkand"; "Шымкент" and Kazakh Latin "Şymkent" give
 * "shymkent". Pure.
 *
 * The key is deliberately coarse (Uzbek o/ў against Russian а, x/kh/h, q/k, j/zh/dzh, doubled
 * letters, common case endings: "Ташкенте" and "Tashkent" meet): it is a recall field, searched
 * beside the exact text fields with a lower weight.
 */
export function crossScriptKey(text: string): string {
  let keys = '';
  for (const word of text.match(WORD) ?? []) {
    const key = wordKey(word);
    if (key) keys += keys ? ` ${key}` : key;
  }
  return keys;
}

/** A `simple_query_string` with each word keyed as the index keys it, operators kept. */
export function crossScriptQuery(query: string): string {
  // A word before "*" is a prefix the person typed: keyed, but not cut down to a stem.
  return query.replace(WORD, (word, offset: number) => wordKey(word, query[offset + word.length] !== '*') || word);
}

const WORD = /[\p{L}\p{N}'ʻʼ‘’`]+/gu;
// Russian and Kazakh case endings as they read once keyed (о is already а).
const ENDING = /(ami|ah|am|ay|av|aj|ym|im|ij|ej|yj|ev)$/;

// Latin letters of the Kazakh (2021) and Turkish-style alphabets that ASCII folding would flatten
// to a different sound: "ş" is "sh", not "s".
const LATIN_SOUNDS: [RegExp, string][] = [
  [/ş/g, 'sh'],
  [/ç/g, 'ch'],
  [/ğ/g, 'g'],
  [/ı/g, 'y'],
  [/ñ/g, 'ng'],
];

// Keys of words seen before: a case text repeats its words, and a rebuild keys every case's texts
// (keying each word afresh was most of the time it took to make a case document). Bounded.
const KNOWN_KEYS = new Map<string, string>();
const KNOWN_KEYS_LIMIT = 100_000;

/** A copy of a word: V8 keeps a slice of a string as a view on it, so a cached slice would keep a whole case text alive. */
const detached = (word: string) => ` ${word}`.slice(1);

function wordKey(word: string, stemmed = true): string {
  if (!stemmed) return plainKey(word);
  let key = KNOWN_KEYS.get(word);
  if (key === undefined) {
    if (KNOWN_KEYS.size >= KNOWN_KEYS_LIMIT) KNOWN_KEYS.clear();
    key = detached(stem(plainKey(word)));
    KNOWN_KEYS.set(detached(word), key);
  }
  return key;
}

function plainKey(word: string): string {
  let key = cyrillicToLatin(word.toLowerCase());
  for (const [pattern, sound] of LATIN_SOUNDS) key = key.replace(pattern, sound);
  key = key
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/['ʻʼ‘’`]/g, '')
    .replace(/dzh|zh|j/g, 'j')
    .replace(/kh|x/g, 'h')
    .replace(/q/g, 'k')
    .replace(/w/g, 'v')
    .replace(/o/g, 'a')
    .replace(/(.)\1+/g, '$1');
  return key;
}

function stem(key: string): string {
  if (/\d/.test(key)) return key;
  const stemmed = key.replace(ENDING, '').replace(/[aeiuy]+$/, '');
  return stemmed.length >= 3 ? stemmed : key;
}
