import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GIVEN_NAMES } from './gazetteer';
import { evaluate, LabelledSnippet } from './evaluation';

const load = (file: string) =>
  readFileSync(join(__dirname, '../../../test/fixtures', file), 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as LabelledSnippet & { spans: { text?: string }[] });
const development = load('anonymizer-corpus.jsonl');
const heldOut = load('anonymizer-heldout.jsonl');

describe('anonymizer on the development corpus', () => {
  it('is large enough to mean something', () => {
    expect(development.length).toBeGreaterThanOrEqual(150);
    expect(new Set(development.map((snippet) => snippet.language))).toEqual(new Set(['ru', 'kk', 'uz', 'en']));
  });

  it('meets the structured-identifier and precision targets, and does not fall below today’s recall elsewhere', () => {
    const { scores } = evaluate(development);
    // PERSON and ADDRESS miss their targets on this set (see docs/anonymization.md); these floors stop a regression.
    const floors: Record<string, number> = { PERSON: 0.92, ADDRESS: 0.5 };
    const failing = scores.filter(
      (score) => score.precision < 0.9 || score.recall < Math.min(score.recallTarget, floors[score.type] ?? 1),
    );
    expect(failing).toEqual([]);
  });
});

describe('anonymizer on the held-out corpus', () => {
  it('covers every language, every type and enough negatives, with exact spans', () => {
    expect(heldOut.length).toBeGreaterThanOrEqual(200);
    expect(new Set(heldOut.map((snippet) => snippet.language))).toEqual(
      new Set(['ru', 'kk', 'ky', 'uz', 'tg-ru', 'en']),
    );
    expect(heldOut.filter((snippet) => snippet.spans.length === 0).length).toBeGreaterThanOrEqual(40);
    for (const snippet of heldOut) {
      for (const span of snippet.spans) expect(snippet.text.slice(span.start, span.end)).toBe(span.text);
    }
  });

  it('uses names that are not in the gazetteer (except Cyrillic spellings derived from it)', () => {
    const words = new Set(
      heldOut.flatMap((snippet) =>
        snippet.spans
          .filter((span) => span.type === 'PERSON')
          .flatMap((span) => snippet.text.slice(span.start, span.end).match(/\p{L}{2,}/gu) ?? []),
      ),
    );
    const overlap = [...words].filter((word) => GIVEN_NAMES.has(word.toLowerCase())).sort();
    expect(overlap).toEqual(['Дилором', 'Комрон', 'Сухроб', 'Хосият']);
  });

  it('meets every recall and precision target of issue 11', () => {
    const { scores } = evaluate(heldOut);
    expect(scores.filter((score) => !score.met)).toEqual([]);
  });
});
