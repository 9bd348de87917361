import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { evaluate, LabelledSnippet } from './evaluation';

const snippets = readFileSync(join(__dirname, '../../../test/fixtures/anonymizer-corpus.jsonl'), 'utf8')
  .split('\n')
  .filter((line) => line.trim())
  .map((line) => JSON.parse(line) as LabelledSnippet);

describe('anonymizer on the labelled corpus', () => {
  it('is large enough to mean something', () => {
    expect(snippets.length).toBeGreaterThanOrEqual(150);
    expect(snippets.reduce((sum, snippet) => sum + snippet.spans.length, 0)).toBeGreaterThanOrEqual(400);
    expect(new Set(snippets.map((snippet) => snippet.language))).toEqual(new Set(['ru', 'kk', 'uz', 'en']));
  });

  it('meets every recall and precision target', () => {
    const { scores } = evaluate(snippets);
    expect(scores.filter((score) => !score.met)).toEqual([]);
  });
});
