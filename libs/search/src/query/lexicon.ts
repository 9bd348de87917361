import { COUNTRY_CODES, THESAURUS_CONCEPTS, THESAURUS_GLOSSARY } from '@caseatlas/contracts';
import type { UnderstoodField } from '@caseatlas/contracts';
import { countryNames } from '../indexing/concept-names';

/**
 * What precedent search understands in a query: the phrases of the thesaurus that name a concept
 * (a value of a case field), the names of countries, and the glossary's words, each with what it
 * stands for. Pure data; the phrases are compared as the index analyses text (query-understanding
 * service), so every form the stemmer folds ("долговой кабалы", "bonded laborers") matches.
 */
export interface LexiconPhrase {
  /** The phrase as written in the thesaurus. */
  phrase: string;
  /** A case field and value it stands for; none for a glossary word. */
  concept?: { field: UnderstoodField; value: string };
  /** The same thing in the other languages: brought into the text query. */
  equivalents: string[];
  /**
   * Its words only as the stemmer folds them, no ending added: English and Russian names of
   * countries, whose adjectives ("Russian", "Georgian", «Российской») do not name a destination.
   */
  exact?: boolean;
}

/** Phrases whose every word is everyday language: they would make a concept of any sentence. */
const TOO_GENERAL = new Set([
  'other',
  'иное',
  'другое',
  'производство',
  'получение',
  'передача',
  'transfer',
  'receipt',
]);

/** Countries of the region and of the places its victims are taken to, by code. */
const COUNTRIES = [
  'KZ',
  'UZ',
  'KG',
  'TJ',
  'TM',
  'AF',
  'RU',
  'BY',
  'UA',
  'MD',
  'AZ',
  'GE',
  'AM',
  'TR',
  'AE',
  'SA',
  'QA',
  'BH',
  'KW',
  'OM',
  'IL',
  'CY',
  'GR',
  'KR',
  'JP',
  'CN',
  'MN',
  'TH',
  'MY',
  'ID',
  'IN',
  'PK',
  'IR',
  'PL',
  'DE',
  'LT',
  'LV',
  'EE',
  'CZ',
  'IT',
  'ES',
  'FR',
  'GB',
  'US',
];

function countryPhrases(): LexiconPhrase[] {
  return COUNTRIES.filter((code) => COUNTRY_CODES.includes(code)).flatMap((code) => {
    const { written, regional } = countryNames(code);
    return [...new Set([...written, ...regional])].map((phrase) => ({
      phrase,
      concept: { field: 'routeDestination' as const, value: code },
      equivalents: written.filter((other) => other !== phrase),
      ...(written.includes(phrase) ? { exact: true } : {}),
    }));
  });
}

function conceptPhrases(): LexiconPhrase[] {
  return THESAURUS_CONCEPTS.filter((concept) => concept.value !== 'other').flatMap((concept) => {
    const phrases = [...new Set(Object.values(concept.synonyms).flat().concat(Object.values(concept.labels)))].filter(
      (phrase) => !TOO_GENERAL.has(phrase.toLowerCase()),
    );
    // Labels in the languages the cases are written in, so a Russian query meets English texts.
    const equivalents = [concept.labels.en, concept.labels.ru].filter((label): label is string => !!label);
    return phrases.map((phrase) => ({
      phrase,
      concept: { field: concept.field, value: concept.value },
      equivalents: equivalents.filter((label) => label.toLowerCase() !== phrase.toLowerCase()),
    }));
  });
}

function glossaryPhrases(): LexiconPhrase[] {
  return THESAURUS_GLOSSARY.filter((entry) => entry.type !== 'country').flatMap((entry) => [
    ...entry.en.map((phrase) => ({ phrase, equivalents: entry.ru })),
    ...entry.ru.map((phrase) => ({ phrase, equivalents: entry.en })),
  ]);
}

/** Every phrase search understands; the longest match wins where they overlap. */
export function lexiconPhrases(): LexiconPhrase[] {
  return [...conceptPhrases(), ...countryPhrases(), ...glossaryPhrases()].filter(
    (entry) => entry.phrase.trim().length > 1 && !TOO_GENERAL.has(entry.phrase.toLowerCase()),
  );
}
