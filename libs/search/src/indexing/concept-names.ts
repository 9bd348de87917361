import { CONCEPT_FIELDS, conceptOf, THESAURUS_GLOSSARY } from '@caseatlas/contracts';
import type { ConceptField } from '@caseatlas/contracts';

/** The region's languages, whose names of countries (Intl's) a query may use too. */
const REGIONAL_LANGUAGES = ['kk', 'uz', 'uz-Cyrl', 'ky', 'tg'];

const nameIn = (language: string, code: string) => new Intl.DisplayNames([language], { type: 'region' }).of(code)!;

/**
 * The names of a country: those case texts use, in English and Russian, with the glossary's
 * spellings of it (Turkey and Türkiye, ОАЭ, Киргизия…), and its names in the region's languages.
 */
export function countryNames(code: string): { written: string[]; regional: string[] } {
  const written = { en: new Set([nameIn('en', code)]), ru: new Set([nameIn('ru', code)]) };
  for (const entry of THESAURUS_GLOSSARY.filter((item) => item.type === 'country')) {
    if (entry.en.some((name) => written.en.has(name)) || entry.ru.some((name) => written.ru.has(name))) {
      entry.en.forEach((name) => written.en.add(name.replace(/\s*\(country\)$/, '')));
      entry.ru.forEach((name) => written.ru.add(name));
    }
  }
  return {
    written: [...written.en, ...written.ru].filter((name) => name.length > 2),
    regional: REGIONAL_LANGUAGES.map((language) => nameIn(language, code)),
  };
}

/**
 * Every name, in every language, of what a case carries that search understands: its acts, means,
 * purposes and sectors, and the countries its victims were taken to. Indexed with the case
 * (`conceptNames`), so a query's words meet them even where no phrase is understood whole ("held
 * in debt", a Kazakh ending the lexicon lacks).
 */
export function conceptNamesOf(
  carried: Record<ConceptField, readonly string[]> & { destinations: readonly string[] },
): string[] {
  const concepts = (Object.keys(CONCEPT_FIELDS) as ConceptField[]).flatMap((field) =>
    carried[field].map((value) => conceptOf(field, value)).filter((concept) => concept !== undefined),
  );
  return [
    ...new Set([
      ...concepts.flatMap((concept) => [...Object.values(concept.labels), ...Object.values(concept.synonyms).flat()]),
      ...carried.destinations.flatMap((code) => {
        const { written, regional } = countryNames(code);
        return [...written, ...regional];
      }),
    ]),
  ];
}
