/**
 * `npx tsx scripts/generate-name-gazetteer.ts`: writes libs/anonymizer/src/data/names.json, the
 * name gazetteer of libs/anonymizer, from the person-name lists of @faker-js/faker (MIT licence;
 * the version is written into the file). The anonymizer reads only the committed JSON, so it
 * has no runtime dependency on faker. Locales: ru (Russian), uz_UZ_latin (Uzbek), tr (Turkish,
 * a destination), az (Azerbaijani), en (English). Uzbek names are added in Uzbek and Russian
 * Cyrillic spelling (they cover most Kazakh, Kyrgyz and Tajik given names), with every way of
 * typing oʻ/gʻ and the tutuq belgisi (ʻ ʼ ' ‘ ’ `) and in the 1993 Uzbek Latin alphabet; Russian
 * names in Latin spelling. Russian names and the Cyrillic spellings of Uzbek names are also added
 * in the three Kazakh Latin alphabets (2017, 2018, 2021). The spellings are the pure functions of
 * libs/anonymizer/src/transliterate.ts. Kazakh given names come from Debian's Kazakh Hunspell
 * dictionary (below); no package found carries sourced Kyrgyz, Tajik or Turkmen name lists
 * (docs/anonymization.md). Nothing is added by hand: a name missing here is
 * found by morphology or cues. English names that are also English words (General, May, Will,
 * Grant) are listed in `namesThatAreWords`, and English and Russian words shaped like surnames
 * («Один», «Снова», "Train") in `wordsShapedLikeSurnames` (from `word-list` 4.1.0, MIT, and
 * `dictionary-ru` 3.0.0, BSD-3-Clause, installed into .cache/gazetteer-sources): alone they are
 * words, beside a name or after a cue they are names.
 * Deterministic: the same faker and word-list versions give the same file.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import {
  cyrillicToLatin,
  kazakhInRussianLetters,
  kazakhLatinVariants,
  latinToCyrillic,
  uzbekApostropheVariants,
  uzbekLatinVariants,
} from '../libs/anonymizer/src/transliterate';
import { NAME_ELEMENTS, REGION_NAME_SHAPE, SURNAME_SHAPE } from '../libs/anonymizer/src/name-shapes';

const RUSSIAN_NAME_VERSION = '2.0.1';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const faker = require('@faker-js/faker') as Record<string, { person?: Record<string, unknown> }>;
const version = (
  JSON.parse(readFileSync(require.resolve('@faker-js/faker/package.json'), 'utf8')) as { version: string }
).version;

function listsOf(locale: string, key: string): string[] {
  const value = faker[locale]?.person?.[key];
  if (!value || typeof value !== 'object') return [];
  return Object.values(value as Record<string, unknown>)
    .filter((list): list is string[] => Array.isArray(list))
    .flat();
}

const givenNames = new Set<string>();
const surnames = new Set<string>();
const singleWord = (name: string) => /^[\p{L}'ʻʼ‘’`-]{2,}$/u.test(name);
const CYRILLIC = /\p{Script=Cyrillic}/u;
/** Latin spellings only: a letter the alphabet lacks (Uzbek ў in Kazakh) leaves Cyrillic behind. */
const latinOnly = (names: string[]) => names.filter((name) => !CYRILLIC.test(name));

/** A name with its spellings in the other script and in the Latin orthographies of the region. */
function spellings(name: string, locale: string, given: boolean): string[] {
  if (locale === 'uz_UZ_latin') {
    const uzbekCyrillic = latinToCyrillic(name);
    const russianCyrillic = latinToCyrillic(name, true);
    return [
      name,
      uzbekCyrillic,
      russianCyrillic,
      ...uzbekApostropheVariants(name),
      ...latinOnly(uzbekLatinVariants(uzbekCyrillic)),
      ...latinOnly(kazakhLatinVariants(uzbekCyrillic)),
      ...latinOnly(kazakhLatinVariants(russianCyrillic)),
    ];
  }
  if (locale === 'ru') {
    const latin = cyrillicToLatin(name);
    return [name, latin, ...(given ? [latin.replace(/iy$|y$/, 'i')] : []), ...latinOnly(kazakhLatinVariants(name))];
  }
  if (locale === 'uk')
    return [name, cyrillicToLatin(name.replace(/і/gu, 'и').replace(/ї/gu, 'йи').replace(/є/gu, 'е'))];
  // Typed without the letters a keyboard may lack: Tuğba as Tugba, Gülşen as Gulsen, Łucja as Lucja.
  return [...new Set([name, withoutDiacritics(name)])];
}

function withoutDiacritics(name: string): string {
  return name
    .replace(/ı/gu, 'i')
    .replace(/İ/gu, 'I')
    .replace(/ł/gu, 'l')
    .replace(/Ł/gu, 'L')
    .replace(/ə/gu, 'e')
    .replace(/Ə/gu, 'E')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .normalize('NFC');
}

/** The region's own names: never demoted to words, protecting its people comes first. */
const regionNames = new Set<string>();
// Polish and Moldovan names: people trafficked through and to the same places (Ukrainian below).
for (const locale of ['ru', 'uz_UZ_latin', 'tr', 'az', 'en', 'pl', 'ro_MD']) {
  for (const [key, names] of [
    ['first_name', givenNames],
    ['last_name', surnames],
  ] as const) {
    for (const name of listsOf(locale, key).filter(singleWord)) {
      for (const spelling of spellings(name, locale, key === 'first_name')) {
        names.add(spelling);
        if (locale === 'ru' || locale === 'uz_UZ_latin') regionNames.add(spelling);
      }
    }
  }
}

// russian_name: given names in Russian spelling, most of the region's among them («Айгерим», «Темирлан»);
// nspell with the English and Turkish dictionaries, to leave its words out in any inflected form.
const WORD_LISTS = [
  'word-list@4.1.0',
  'dictionary-ru@3.0.0',
  `russian_name@${RUSSIAN_NAME_VERSION}`,
  'nspell@2.1.5',
  'dictionary-en@4.0.0',
  'dictionary-tr@2.0.0',
];
const cache = join(__dirname, '..', '.cache', 'gazetteer-sources');
execFileSync('npm', ['install', '--no-save', '--no-audit', '--no-fund', '--prefix', cache, ...WORD_LISTS], {
  stdio: 'inherit',
});

const englishWords = new Set(readFileSync(join(cache, 'node_modules', 'word-list', 'words.txt'), 'utf8').split('\n'));
// Hunspell's stems, without their affix flags; lower-case entries are words, capitalised ones names.
const russianWords = readFileSync(join(cache, 'node_modules', 'dictionary-ru', 'index.dic'), 'utf8')
  .split('\n')
  .slice(1)
  .map((line) => line.split('/')[0].trim())
  .filter((word) => /^\p{Ll}+$/u.test(word));
const russianWordSet = new Set(russianWords);
// Ukrainian names, but not one whose Russian case forms are a Russian word («Власта», «власти» of
// «власть»): the word is far more common in these texts than the name.
const declinesIntoRussianWord = (name: string) => {
  const stem = name.toLowerCase().replace(/[аяь]$/u, '');
  return ['', 'ь', 'а', 'я', 'о', 'й'].some((ending) => russianWordSet.has(stem + ending));
};
for (const [key, names] of [
  ['first_name', givenNames],
  ['last_name', surnames],
] as const) {
  for (const name of listsOf('uk', key).filter(singleWord)) {
    if (!declinesIntoRussianWord(name))
      for (const spelling of spellings(name, 'uk', key === 'first_name')) names.add(spelling);
  }
}
// The dictionary's capitalised stems are proper nouns, most of them places («Евразия», «Чита»):
// those that are neither a listed name nor built like a surname are never a name alone.
const russianProperNouns = readFileSync(join(cache, 'node_modules', 'dictionary-ru', 'index.dic'), 'utf8')
  .split('\n')
  .slice(1)
  .map((line) => line.split('/')[0].trim())
  .filter((word) => /^\p{Lu}\p{Ll}+$/u.test(word));
// Russian given names and patronymics: the capitalised stems the dictionary declines as persons
// (affix classes K, masculine, and I, feminine: «Антон/K», «Фёдор/K», «Ольга/I», «Петровна/I»);
// places have classes of their own (H, J). Those that are also words («Вера», «Роза») count as
// names only beside a name or after a cue.
// A few places share class I («Корея»): the place list (places.json, generated first) vetoes them.
const placeNames = new Set(
  (
    JSON.parse(readFileSync(join(__dirname, '..', 'libs', 'anonymizer', 'src', 'data', 'places.json'), 'utf8')) as {
      places: string[];
    }
  ).places,
);
// and so do the words of the countries' Russian names («Республика Корея»).
const countryWords = new Set<string>();
const regions = new Intl.DisplayNames(['ru'], { type: 'region', fallback: 'none' });
for (const first of 'ABCDEFGHIJKLMNOPQRSTUVWXYZ')
  for (const second of 'ABCDEFGHIJKLMNOPQRSTUVWXYZ') {
    try {
      for (const word of (regions.of(first + second) ?? '').toLowerCase().split(/[\s-]+/)) countryWords.add(word);
    } catch {
      // Not a region code this runtime knows.
    }
  }
const russianGivenNames = readFileSync(join(cache, 'node_modules', 'dictionary-ru', 'index.dic'), 'utf8')
  .split('\n')
  .map((line) => /^(\p{Lu}\p{Ll}+)\/([KI])$/u.exec(line.trim())?.[1])
  .filter(
    (name): name is string =>
      name !== undefined && !placeNames.has(name.toLowerCase()) && !countryWords.has(name.toLowerCase()),
  );
const russianNamesThatAreWords = new Set<string>();
for (const name of russianGivenNames) {
  for (const spelling of spellings(name, 'ru', true)) {
    givenNames.add(spelling);
    if (russianWordSet.has(spelling.toLowerCase()) || englishWords.has(spelling.toLowerCase()))
      russianNamesThatAreWords.add(spelling);
    else regionNames.add(spelling);
  }
}
// Kazakh given names: the capitalised stems of Debian's Kazakh Hunspell dictionary (hunspell-kk,
// GPL-2+ / LGPL-2.1+ / MPL-1.1+; every capitalised stem in it is a given name), the one packaged,
// sourced list of Kazakh names found. A few stems are typed with Latin look-alikes of і and А.
const KAZAKH_DICTIONARY = 'hunspell-kk';
const debian = join(cache, 'debian');
mkdirSync(debian, { recursive: true });
execFileSync('apt-get', ['download', KAZAKH_DICTIONARY], { cwd: debian, stdio: 'inherit' });
const kazakhPackage = readdirSync(debian).find(
  (file) => file.startsWith(`${KAZAKH_DICTIONARY}_`) && file.endsWith('.deb'),
)!;
const kazakhVersion = kazakhPackage.split('_')[1];
execFileSync('dpkg-deb', ['-x', kazakhPackage, 'extracted'], { cwd: debian });
const kazakhNames = readFileSync(join(debian, 'extracted', 'usr', 'share', 'hunspell', 'kk_KZ.dic'), 'utf8')
  .split('\n')
  .map((line) => line.split('/')[0].trim())
  .filter((stem) => /^\p{Lu}/u.test(stem))
  .map((stem) => stem.replace(/^A/, 'А').replace(/^I/, 'І').replace(/i/g, 'і'))
  .filter((stem) => /^\p{Script=Cyrillic}{2,}$/u.test(stem));
// A spelling that is also a dictionary word («Орал», "Alma") is a name only beside a name or a cue.
const kazakhNamesThatAreWords = new Set<string>();
for (const name of kazakhNames) {
  const russian = kazakhInRussianLetters(name);
  for (const spelling of [name, russian, cyrillicToLatin(name), ...latinOnly(kazakhLatinVariants(name))]) {
    givenNames.add(spelling);
    if (englishWords.has(spelling.toLowerCase()) || russianWordSet.has(spelling.toLowerCase())) {
      kazakhNamesThatAreWords.add(spelling);
    } else regionNames.add(spelling);
  }
}
// Uzbek given names: Debian's Uzbek Hunspell word list (hunspell-uz, GPL-2+) lists its proper
// nouns in alphabetical sections, places first and then people's names (Аббос … Юсуфзода); the
// names are the stems of that second section, each with its own inflections («Зебо», «Зебонинг»).
// They carry most Tajik given names too, which share the Persian stock.
const UZBEK_DICTIONARY = 'hunspell-uz';
execFileSync('apt-get', ['download', UZBEK_DICTIONARY], { cwd: debian, stdio: 'inherit' });
const uzbekPackage = readdirSync(debian).find(
  (file) => file.startsWith(`${UZBEK_DICTIONARY}_`) && file.endsWith('.deb'),
)!;
const uzbekVersion = uzbekPackage.split('_')[1];
execFileSync('dpkg-deb', ['-x', uzbekPackage, 'extracted'], { cwd: debian });
const uzbekEntries = readFileSync(join(debian, 'extracted', 'usr', 'share', 'hunspell', 'uz_UZ.dic'), 'utf8')
  .split('\n')
  .slice(1)
  .map((line) => line.split('/')[0].trim());
const uzbekEntrySet = new Set(uzbekEntries);
// A proper noun's stem is listed with its locative-adjective form («Зебодаги»).
const uzbekProperStems = uzbekEntries.filter(
  (entry) => /^\p{Lu}\p{Ll}+$/u.test(entry) && uzbekEntrySet.has(`${entry}даги`),
);
// The sections restart the alphabet: a stem in «А» after stems in «Ш»–«Я» opens the next one.
const sections: string[][] = [[]];
for (const [index, stem] of uzbekProperStems.entries()) {
  if (index > 0 && /^А/u.test(stem) && /^[Ш-Я]/u.test(uzbekProperStems[index - 1])) sections.push([]);
  sections[sections.length - 1].push(stem);
}
const uzbekNames = sections[1] ?? [];
if (uzbekNames.length < 500)
  throw new Error(`${UZBEK_DICTIONARY}: the names section was not found (${uzbekNames.length} stems)`);
for (const name of uzbekNames) {
  const [latin] = uzbekLatinVariants(name);
  for (const spelling of [name, ...spellings(latin, 'uz_UZ_latin', true)]) {
    const names = SURNAME_SHAPE.test(spelling) ? surnames : givenNames;
    names.add(spelling);
    regionNames.add(spelling);
  }
}
const titled = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);
// Given names in Russian spelling from `russian_name` (ISC licence; its data states no source of its
// own): 51,000 names of every people Russian speakers meet, the one packaged list found that holds
// the region's common names the dictionaries lack («Айгерим», «Темирлан», «Шабнам», «Мээрим»).
// Because its origin is not stated, it only adds names: one that is also a word of any list here
// («Луна», «Победа», «Национал»), a place, or shaped like a surname («Любимцев») is left out.
const lowerCaseStems = (dictionary: string) =>
  readFileSync(dictionary, 'utf8')
    .split('\n')
    .map((line) => line.split('/')[0].trim())
    .filter((stem) => /^\p{Ll}+$/u.test(stem));
// Turkish words too («İnsan», «Abla», «Dosya»): Debian's Turkish Hunspell dictionary (hunspell-tr, MPL-2.0).
const TURKISH_DICTIONARY = 'hunspell-tr';
execFileSync('apt-get', ['download', TURKISH_DICTIONARY], { cwd: debian, stdio: 'inherit' });
const turkishPackage = readdirSync(debian).find(
  (file) => file.startsWith(`${TURKISH_DICTIONARY}_`) && file.endsWith('.deb'),
)!;
execFileSync('dpkg-deb', ['-x', turkishPackage, 'extracted'], { cwd: debian });
const turkishWords = lowerCaseStems(join(debian, 'extracted', 'usr', 'share', 'hunspell', 'tr_TR.dic'));
// Words are compared folded: lower case, the Kazakh, Uzbek and Tajik letters as Russian ones, ё as
// е, Latin letters without diacritics, no apostrophes («Еңбек» = «Енбек», «Mehmon» = «Меҳмон»,
// "Dont" = "don't").
const LETTERS_AS_RUSSIAN: Record<string, string> = { ҳ: 'х', ў: 'у', ӣ: 'и', ӯ: 'у', ҷ: 'ч', ё: 'е' };
const fold = (word: string) =>
  withoutDiacritics(
    kazakhInRussianLetters(word.toLowerCase()).replace(/[ҳўӣӯҷё]/gu, (letter) => LETTERS_AS_RUSSIAN[letter]),
  )
    .replace(/['ʻʼ‘’`]/gu, '')
    .toLowerCase();
// Month names in the region's languages, also as dates write them («Kasım», «Мамыр», «января»).
const monthNames = ['ru', 'kk', 'ky', 'uz', 'uz-Cyrl', 'tg', 'tk', 'tr', 'az', 'en'].flatMap((locale) =>
  Array.from({ length: 12 }, (_, index) => {
    const day = new Date(Date.UTC(2020, index, 15));
    const inDate = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', timeZone: 'UTC' })
      .formatToParts(day)
      .find((part) => part.type === 'month')!.value;
    return [new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' }).format(day), inDate];
  }).flat(),
);
const notGivenNames = new Set(
  [
    ...russianWords,
    ...englishWords,
    ...uzbekEntries
      .filter((entry) => /^\p{Ll}+$/u.test(entry))
      .flatMap((entry) => [entry, ...uzbekLatinVariants(entry)]),
    ...lowerCaseStems(join(debian, 'extracted', 'usr', 'share', 'hunspell', 'kk_KZ.dic')),
    ...turkishWords,
    ...russianProperNouns,
    ...placeNames,
    ...countryWords,
    ...monthNames,
  ].map(fold),
);
// Inflected forms too («Адреса», «Первой», «Могут», "Geldi", "Evden"): what Hunspell's affix rules
// accept in Russian, English or Turkish, in the script of each.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const nspell = require(join(cache, 'node_modules', 'nspell')) as (
  aff: Buffer,
  dic: Buffer,
) => { correct: (word: string) => boolean };
const speller = (language: string) =>
  nspell(
    readFileSync(join(cache, 'node_modules', `dictionary-${language}`, 'index.aff')),
    readFileSync(join(cache, 'node_modules', `dictionary-${language}`, 'index.dic')),
  );
const cyrillicSpellers = [speller('ru')];
const latinSpellers = [speller('en'), speller('tr')];
const isDictionaryForm = (spelling: string) =>
  (CYRILLIC.test(spelling) ? cyrillicSpellers : latinSpellers).some(
    (dictionary) => dictionary.correct(spelling) || dictionary.correct(spelling.toLowerCase()),
  );
const isWordOrPlace = (spelling: string) => notGivenNames.has(fold(spelling)) || isDictionaryForm(spelling);
const russianNameLists = join(cache, 'node_modules', 'russian_name', 'json');
const listedRussianSpellings = ['names_female.json', 'names_male.json']
  .flatMap((file) => JSON.parse(readFileSync(join(russianNameLists, file), 'utf8')) as { name: string }[])
  .map((entry) => entry.name)
  .filter((name) => /^\p{Lu}\p{Ll}{2,}$/u.test(name) && /^\p{Script=Cyrillic}+$/u.test(name));
// Kept apart, read only as written (no case ending taken off: «Сана» is a name, «Санаи» a Tajik word).
const moreGivenNames = new Set<string>();
for (const name of new Set(listedRussianSpellings)) {
  if (name.length < 4 || givenNames.has(name) || SURNAME_SHAPE.test(name)) continue;
  // As written and in Latin letters the way Russian names are romanised, not every Kazakh alphabet's.
  const latin = cyrillicToLatin(name);
  const names = [...new Set([name, latin, latin.replace(/iy$|y$/, 'i')])];
  if (names.some(isWordOrPlace)) continue;
  for (const spelling of names) if (!givenNames.has(spelling)) moreGivenNames.add(spelling);
}
const addedFromRussianName = moreGivenNames.size;
// Kazakh and Uzbek words, lower-case: at a sentence's start a word no name list knows is read as
// a name only if it is none of these («Маош Туркияга…», «Ақша Дубайға…»). Kazakh: the
// dictionary's stems; Uzbek: the entries that take a plural or an object ending, in both scripts.
const kazakhWords = readFileSync(join(debian, 'extracted', 'usr', 'share', 'hunspell', 'kk_KZ.dic'), 'utf8')
  .split('\n')
  .map((line) => line.split('/')[0].trim())
  .filter((stem) => /^\p{Ll}{3,}$/u.test(stem));
const uzbekLowerCase = uzbekEntries.filter((entry) => /^\p{Ll}{3,}$/u.test(entry));
const uzbekBases = uzbekLowerCase.filter((entry) =>
  ['лар', 'ни', 'ган', 'моқ'].some((ending) => uzbekEntrySet.has(`${entry}${ending}`)),
);
const regionWords = new Set<string>();
for (const word of [...kazakhWords, ...uzbekBases]) {
  if (givenNames.has(titled(word))) continue;
  regionWords.add(word);
  if (uzbekEntrySet.has(word)) for (const latin of uzbekLatinVariants(word)) regionWords.add(latin.toLowerCase());
}
// English names (General, Will, Grant) that are words; never a name of the region's lists.
const englishNames = new Set([...listsOf('en', 'first_name'), ...listsOf('en', 'last_name')]);
const namesThatAreWords = [
  ...[...englishNames].filter((name) => !regionNames.has(name) && englishWords.has(name.toLowerCase())),
  ...[...kazakhNamesThatAreWords].filter((name) => !regionNames.has(name)),
  ...[...russianNamesThatAreWords].filter((name) => !regionNames.has(name)),
];
// Dictionary words built like the region's given names («футбол», «сенат», "aisle"): words.
const wordsShapedLikeNames = [...englishWords, ...russianWords].filter(
  (word) =>
    word.length > 3 &&
    (NAME_ELEMENTS.test(titled(word)) || REGION_NAME_SHAPE.test(titled(word))) &&
    !givenNames.has(titled(word)),
);
// Words that end like a surname («один», «снова», "train"): alone they are words.
const wordsShapedLikeSurnames = [...englishWords, ...russianWords].filter(
  (word) =>
    word.length > 2 && SURNAME_SHAPE.test(titled(word)) && !givenNames.has(titled(word)) && !surnames.has(titled(word)),
);

const properNounsNotNames = russianProperNouns.filter(
  (word) => !givenNames.has(word) && !surnames.has(word) && !SURNAME_SHAPE.test(word),
);

const output = join(__dirname, '..', 'libs', 'anonymizer', 'src', 'data', 'names.json');
writeFileSync(
  output,
  JSON.stringify({
    source:
      `@faker-js/faker ${version} (MIT licence), locales ru, uz_UZ_latin, tr, az, en, uk, pl, ro_MD (Latin names also without diacritics); Uzbek names also in Uzbek and Russian Cyrillic, ` +
      'with each oʻ/gʻ apostrophe and in the 1993 Uzbek Latin alphabet, Russian names in Latin letters, Russian names and the ' +
      'Cyrillic spellings of Uzbek names in the 2017, 2018 and 2021 Kazakh Latin alphabets (libs/anonymizer/src/transliterate.ts); ' +
      `Kazakh given names from Debian's ${KAZAKH_DICTIONARY} ${kazakhVersion} (GPL-2+ / LGPL-2.1+ / MPL-1.1+), in Kazakh ` +
      'Cyrillic, Russian letters, Latin letters and the three Kazakh Latin alphabets; ' +
      `Uzbek given names from Debian's ${UZBEK_DICTIONARY} ${uzbekVersion} (GPL-2+), in Uzbek and Russian Cyrillic and the Latin alphabets; ` +
      `${addedFromRussianName} spellings of given names in Russian spelling (and romanised) from russian_name ${RUSSIAN_NAME_VERSION} (ISC licence, no source of its data stated), those of four letters or more that are no word in any form (dictionary-ru, word-list, hunspell-kk, hunspell-uz, Debian's hunspell-tr; nspell 2.1.5 with dictionary-ru, dictionary-en 4.0.0 and dictionary-tr 2.0.0), month, place or surname; ` +
      `generated by scripts/generate-name-gazetteer.ts; words from word-list 4.1.0 (MIT licence) and dictionary-ru 3.0.0 (BSD-3-Clause)`,
    givenNames: [...givenNames].sort(),
    moreGivenNames: [...moreGivenNames].sort(),
    surnames: [...surnames].sort(),
    namesThatAreWords: [...new Set(namesThatAreWords)].sort(),
    wordsShapedLikeSurnames: [...new Set(wordsShapedLikeSurnames)].sort(),
    wordsShapedLikeNames: [...new Set(wordsShapedLikeNames)].sort(),
    properNounsNotNames: [...new Set(properNounsNotNames.map((word) => word.toLowerCase()))].sort(),
    regionWords: [...regionWords].sort(),
    // Russian dictionary stems that can be a sentence's subject (no adjectives or reflexive verbs):
    // «Женщина рассказала…» is a word, «Камила рассказала…» a name.
    russianNouns: [
      ...new Set(
        russianWords.filter(
          (word) =>
            word.length > 2 && !/(?:ться|чься|ий|ый|ой|ая|яя|ое|ее|ся)$/u.test(word) && !givenNames.has(titled(word)),
        ),
      ),
    ].sort(),
  }),
);
execFileSync('npx', ['prettier', '--write', output]);
console.log(
  `${givenNames.size} given names (and ${addedFromRussianName} spellings from russian_name), ${surnames.size} surnames → ${output}`,
);
