import { CONCEPT_FIELDS, conceptOf, THESAURUS_CONCEPTS, THESAURUS_GLOSSARY, THESAURUS_SOURCES } from './thesaurus';
import type { ConceptField } from './thesaurus';

describe('the thesaurus', () => {
  const values = (Object.entries(CONCEPT_FIELDS) as [ConceptField, readonly string[]][]).flatMap(
    ([field, vocabulary]) => vocabulary.map((value) => [field, value] as const),
  );

  it.each(values)('%s %s: labelled in English and Russian, named in both, with sources', (field, value) => {
    const concept = conceptOf(field, value)!;
    expect(concept).toBeDefined();
    expect(concept.labels.en).toEqual(expect.any(String));
    expect(concept.labels.ru).toEqual(expect.any(String));
    expect(concept.synonyms.en?.length).toBeGreaterThan(0);
    expect(concept.synonyms.ru?.length).toBeGreaterThan(0);
    expect(concept.sources.length).toBeGreaterThan(0);
  });

  it('holds nothing but the vocabularies, and every source it cites', () => {
    for (const concept of THESAURUS_CONCEPTS) {
      expect(CONCEPT_FIELDS[concept.field] as readonly string[]).toContain(concept.value);
      for (const source of concept.sources)
        expect({ source, known: source in THESAURUS_SOURCES || source === 'common' }).toEqual({ source, known: true });
    }
    for (const entry of THESAURUS_GLOSSARY) {
      expect(entry.en.length * entry.ru.length).toBeGreaterThan(0);
    }
  });
});
