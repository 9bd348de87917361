// Not thesaurus.json: Node resolves './thesaurus' to a .json before a .ts (ts-node, the CLI).
import data from './thesaurus-data.json';
import { ACTS, EXPLOITATION_PURPOSES, MEANS, SECTORS } from './vocabularies';

/**
 * The domain thesaurus (thesaurus.json; sources and caveats in docs/thesaurus.md): for every value
 * of the case vocabularies that search understands, its labels and common synonyms in English (UK
 * and US spellings), Russian, and where known Kazakh, Uzbek, Kyrgyz and Tajik, each group of terms
 * with the sources it came from; the common names of the statutes; a bilingual glossary of the
 * field's words. The admin's labels and precedent search both read it, so a label never exists in
 * one place only.
 */
export const THESAURUS_LANGUAGES = ['en', 'ru', 'kk', 'kk-Latn', 'uz', 'uz-Cyrl', 'ky', 'tg'] as const;
export type ThesaurusLanguage = (typeof THESAURUS_LANGUAGES)[number];

/** The case fields whose values are concepts, with their vocabularies. */
export const CONCEPT_FIELDS = {
  acts: ACTS,
  means: MEANS,
  exploitationPurposes: EXPLOITATION_PURPOSES,
  sectors: SECTORS,
} as const;
export type ConceptField = keyof typeof CONCEPT_FIELDS;

export interface ThesaurusConcept {
  field: ConceptField;
  value: string;
  /** The primary label per language (the admin shows `en` and `ru`). */
  labels: Partial<Record<ThesaurusLanguage, string>>;
  /** Phrases that name the concept, per language, the label's own wording first. */
  synonyms: Partial<Record<ThesaurusLanguage, string[]>>;
  /** Ids of {@link THESAURUS_SOURCES}. */
  sources: string[];
}

export interface ThesaurusSource {
  title: string;
  url?: string | null;
  'licence/status'?: string;
}

/** A pair of equivalent words or phrases in English and Russian (victim = потерпевшая…). */
export interface GlossaryEntry {
  type: string;
  en: string[];
  ru: string[];
  sources: string[];
}

export const THESAURUS_CONCEPTS = data.concepts as ThesaurusConcept[];
export const THESAURUS_GLOSSARY = data.crossLingualGlossary as GlossaryEntry[];
export const THESAURUS_SOURCES = data.sources as Record<string, ThesaurusSource>;
export const THESAURUS_STATUTES = data.statutes as {
  key: string;
  names: Partial<Record<ThesaurusLanguage, string[]>>;
  sources: string[];
}[];

/** The concept of one vocabulary value; every value of the concept fields has one (thesaurus.spec.ts). */
export function conceptOf(field: ConceptField, value: string): ThesaurusConcept | undefined {
  return THESAURUS_CONCEPTS.find((concept) => concept.field === field && concept.value === value);
}

/** `{ recruitment: 'Recruitment', … }`: the labels of one field in one language, for the admin's catalogues. */
export function conceptLabels<Field extends ConceptField>(
  field: Field,
  language: 'en' | 'ru',
): Record<(typeof CONCEPT_FIELDS)[Field][number], string> {
  return Object.fromEntries(
    CONCEPT_FIELDS[field].map((value) => [value, conceptOf(field, value)?.labels[language] ?? value]),
  ) as Record<(typeof CONCEPT_FIELDS)[Field][number], string>;
}
