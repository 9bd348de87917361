import { compileLexicon, conceptsNear, tokensPerText, understand, interpretableText } from './understanding';
import type { AnalyzedToken } from './understanding';
import type { LexiconPhrase } from './lexicon';

/** A stand-in for the cluster's analysis: lower case, split on spaces, a crude stem (drop a final s/ы/и). */
function analyse(text: string, from = 0): AnalyzedToken[] {
  const tokens: AnalyzedToken[] = [];
  for (const match of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    tokens.push({
      token: match[0].toLowerCase().replace(/(s|ы|и)$/u, ''),
      start_offset: from + match.index,
      end_offset: from + match.index + match[0].length,
      position: tokens.length,
    });
  }
  return tokens;
}

const PHRASES: LexiconPhrase[] = [
  { phrase: 'debt bondage', concept: { field: 'means', value: 'debt_bondage' }, equivalents: ['Долговая кабала'] },
  { phrase: 'долговая кабала', concept: { field: 'means', value: 'debt_bondage' }, equivalents: ['Debt bondage'] },
  { phrase: 'passports confiscated', concept: { field: 'means', value: 'document_retention' }, equivalents: [] },
  { phrase: 'begging', concept: { field: 'sectors', value: 'begging' }, equivalents: [] },
  { phrase: 'begging', concept: { field: 'exploitationPurposes', value: 'forced_begging' }, equivalents: [] },
  { phrase: 'Turkey', concept: { field: 'routeDestination', value: 'TR' }, equivalents: ['Турция'], exact: true },
  { phrase: 'Russia', concept: { field: 'routeDestination', value: 'RU' }, equivalents: ['Россия'], exact: true },
  { phrase: 'Turkiya', concept: { field: 'routeDestination', value: 'TR' }, equivalents: ['Turkey'] },
  { phrase: 'farmer', equivalents: ['фермер'] },
];
const lexicon = compileLexicon(
  PHRASES,
  PHRASES.map((entry) => analyse(entry.phrase).map((token) => token.token)),
);
const read = (q: string) => understand(q, analyse(q), lexicon);

describe('tokensPerText', () => {
  it('splits the tokens of texts analysed together back to each text, by offset', () => {
    const texts = ['debt bondage', 'x', 'долговая кабала'];
    let offset = 0;
    const tokens = texts.flatMap((text) => {
      const analysed = analyse(text, offset);
      offset += text.length + 1;
      return analysed;
    });
    expect(tokensPerText(texts, tokens)).toEqual([['debt', 'bondage'], ['x'], ['долговая', 'кабала']]);
  });
});

describe('understand', () => {
  it('names the concept a phrase stands for, as typed, with its names in the other language', () => {
    expect(read('Debt Bondage cases')).toEqual({
      interpretation: [{ text: 'Debt Bondage', field: 'means', value: 'debt_bondage' }],
      equivalents: ['Долговая кабала'],
    });
  });

  it('reads a phrase in another order and with endings added', () => {
    expect(read('confiscated passports').interpretation).toEqual([
      { text: 'confiscated passports', field: 'means', value: 'document_retention' },
    ]);
    // Endings added to a word of five letters or more (Kazakh, Uzbek: no stemmer folds them).
    expect(read('debtless bondagedan').interpretation).toEqual([]);
    expect(read('долговаяны кабалада').interpretation.map((item) => item.value)).toEqual(['debt_bondage']);
    // Another form of the word is the stemmer's to fold, not the matcher's.
    expect(read('долговые кабалой').interpretation).toEqual([]);
    // An English or Russian country name only as the stemmer folds it: an adjective names no
    // destination; the region's names take their endings ("Turkiyada": in Turkey).
    expect(read('Russian speaking victims').interpretation).toEqual([]);
    expect(read('Turkiyada').interpretation.map((item) => item.value)).toEqual(['TR']);
  });

  it('gives every concept the same words name, and several concepts of one query', () => {
    expect(read('begging in Turkey').interpretation).toEqual([
      { text: 'begging', field: 'sectors', value: 'begging' },
      { text: 'begging', field: 'exploitationPurposes', value: 'forced_begging' },
      { text: 'Turkey', field: 'routeDestination', value: 'TR' },
    ]);
  });

  it('leaves quoted phrases and negated words as they are', () => {
    expect(read('"debt bondage"')).toEqual({ interpretation: [], equivalents: [] });
    expect(read('labour -Turkey')).toEqual({ interpretation: [], equivalents: [] });
  });

  it('brings the glossary’s words in the other language, with no concept', () => {
    expect(read('child sold to a farmer')).toEqual({ interpretation: [], equivalents: ['фермер'] });
  });
});

describe('conceptsNear', () => {
  it('offers the concepts one of whose phrases shares a word with the query', () => {
    expect(conceptsNear(analyse('bondage'), lexicon)).toEqual([{ field: 'means', value: 'debt_bondage' }]);
    expect(conceptsNear(analyse('nothing here'), lexicon)).toEqual([]);
  });
});

describe('interpretableText', () => {
  it('leaves out quoted phrases and negated words', () => {
    expect(interpretableText('"debt bondage" in Turkey -Istanbul')).toBe('in Turkey');
    expect(interpretableText('"unclosed quote')).toBe('');
  });
});
