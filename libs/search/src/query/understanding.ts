import type { UnderstoodField } from '@caseatlas/contracts';
import type { LexiconPhrase } from './lexicon';

/** A token as Elasticsearch's `_analyze` returns it: offsets in the text it came from. */
export interface AnalyzedToken {
  token: string;
  start_offset: number;
  end_offset: number;
  position: number;
}

interface CompiledPhrase extends LexiconPhrase {
  tokens: string[];
}

/** The lexicon with each phrase as analysed tokens, keyed by its first token. */
export type Lexicon = Map<string, CompiledPhrase[]>;

/** One thing search understood in the query: `debt bondage` = means: debt_bondage. */
export interface Interpretation {
  text: string;
  field: UnderstoodField;
  value: string;
}

export interface Understanding {
  interpretation: Interpretation[];
  /** The understood phrases in the other languages (labels, glossary equivalents), for the text query. */
  equivalents: string[];
  /**
   * How many words the query has as the concept names read them (stop words out; quotes and
   * negated words left out); 0 when it is read as words only.
   */
  conceptNameWords: number;
}

/**
 * Pure: `_analyze` answers the tokens of many texts in one list (offsets running on, one apart);
 * this splits them back, text by text.
 */
export function tokensPerText(texts: readonly string[], tokens: readonly AnalyzedToken[]): string[][] {
  const starts: number[] = [];
  let offset = 0;
  for (const text of texts) {
    starts.push(offset);
    offset += text.length + 1;
  }
  const result: string[][] = texts.map(() => []);
  let index = 0;
  for (const token of tokens) {
    while (index + 1 < starts.length && token.start_offset >= starts[index + 1]) index++;
    result[index].push(token.token);
  }
  return result;
}

/** Pure: the lexicon's phrases with their tokens (phrases that analyse to nothing are left out). */
export function compileLexicon(phrases: readonly LexiconPhrase[], tokens: readonly string[][]): Lexicon {
  const lexicon: Lexicon = new Map();
  phrases.forEach((phrase, index) => {
    if (!tokens[index]?.length) return;
    const compiled = { ...phrase, tokens: tokens[index] };
    const bucket = lexicon.get(compiled.tokens[0]);
    if (bucket) bucket.push(compiled);
    else lexicon.set(compiled.tokens[0], [compiled]);
  });
  return lexicon;
}

/** Where the query is literal: quoted phrases, and words negated with `-`. */
function literalRanges(q: string): [number, number][] {
  const ranges: [number, number][] = [];
  for (const match of q.matchAll(/"[^"]*"?|(?<=^|\s)-\S+/g)) ranges.push([match.index, match.index + match[0].length]);
  return ranges;
}

/** Pure: the query less its literal parts (quoted phrases, negated words), which name nothing. */
export function interpretableText(q: string): string {
  let text = q;
  for (const [start, end] of literalRanges(q).reverse()) text = `${text.slice(0, start)} ${text.slice(end)}`;
  return text.trim();
}

/**
 * Two analysed words are the same word, or the query's is the phrase's with an ending added: the
 * index has no stemmer for Kazakh, Kyrgyz or Uzbek, whose endings pile up ("qulligi",
 * "qulligidan"), and English or Russian forms the stemmers keep apart ("labourers").
 */
const sameWord = (query: string, phrase: string) =>
  query === phrase || (phrase.length >= 5 && query.startsWith(phrase) && query.length - phrase.length <= 6);

/**
 * Pure: the phrases of the query that name something the lexicon knows, as the index analyses
 * them (so "долговой кабалы" is "долговая кабала"), in any order ("passports were confiscated"
 * names "confiscation of passports"), the phrases of most words first. Quoted phrases and
 * negated words keep their literal meaning and are not read.
 */
export function understand(
  q: string,
  tokens: readonly AnalyzedToken[],
  lexicon: Lexicon,
): Omit<Understanding, 'conceptNameWords'> {
  const literal = literalRanges(q);
  const words = tokens.filter(
    (token) => !literal.some(([start, end]) => token.start_offset >= start && token.start_offset < end),
  );
  const candidates: { phrase: CompiledPhrase; used: number[] }[] = [];
  for (const phrases of lexicon.values()) {
    for (const phrase of phrases) {
      const used: number[] = [];
      for (const token of phrase.tokens) {
        const found = words.findIndex(
          (word, index) => !used.includes(index) && (phrase.exact ? word.token === token : sameWord(word.token, token)),
        );
        if (found < 0) break;
        used.push(found);
      }
      if (used.length === phrase.tokens.length) candidates.push({ phrase, used: used.sort((a, b) => a - b) });
    }
  }
  candidates.sort((a, b) => b.used.length - a.used.length);
  const taken = new Map<number, string>();
  const interpretation = new Map<string, Interpretation>();
  const equivalents = new Set<string>();
  for (const { phrase, used } of candidates) {
    const key = used.join(',');
    // A word belongs to one phrase; the same words may name several concepts (begging: a sector and a purpose).
    if (used.some((index) => taken.has(index) && taken.get(index) !== key)) continue;
    used.forEach((index) => taken.set(index, key));
    const text = q.slice(words[used[0]].start_offset, words[used.at(-1)!].end_offset);
    if (phrase.concept) {
      const id = `${phrase.concept.field}:${phrase.concept.value}`;
      if (!interpretation.has(id)) interpretation.set(id, { text, ...phrase.concept });
    }
    for (const equivalent of phrase.equivalents) {
      if (equivalent.toLowerCase() !== text.toLowerCase()) equivalents.add(equivalent);
    }
  }
  return { interpretation: [...interpretation.values()], equivalents: [...equivalents] };
}

/**
 * Pure: concepts one of whose phrases shares a word with the query ("bondage" → debt bondage),
 * offered when a search finds nothing.
 */
export function conceptsNear(
  tokens: readonly AnalyzedToken[],
  lexicon: Lexicon,
): { field: UnderstoodField; value: string }[] {
  const words = new Set(tokens.map((token) => token.token).filter((token) => token.length > 3));
  const found = new Map<string, { field: UnderstoodField; value: string }>();
  for (const phrases of lexicon.values()) {
    for (const phrase of phrases) {
      if (phrase.concept && phrase.tokens.some((token) => words.has(token))) {
        found.set(`${phrase.concept.field}:${phrase.concept.value}`, phrase.concept);
      }
    }
  }
  return [...found.values()];
}
