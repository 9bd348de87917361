import { COMPARABLE, interleaveLanguageBlocks, LANGUAGE_BLOCK } from './language-blocks';

interface Hit {
  id: string;
  _score: number;
}
/** `count` hits of one side, all of the same score unless told. */
const side = (prefix: string, count: number, score = 1): Hit[] =>
  Array.from({ length: count }, (_, index) => ({ id: `${prefix}${index}`, _score: score }));
const ids = (hits: Hit[]) => hits.map((hit) => hit.id);
const names = (prefix: string, from: number, to: number) =>
  Array.from({ length: to - from }, (_, index) => `${prefix}${from + index}`);

describe('interleaveLanguageBlocks', () => {
  it('takes ten of the query’s language, then ten of the others, then the query’s again', () => {
    const { hits, fromSame, fromOther } = interleaveLanguageBlocks(side('ru', 30), side('en', 30), 0, 25);
    expect(LANGUAGE_BLOCK).toBe(10);
    expect(ids(hits)).toEqual([...names('ru', 0, 10), ...names('en', 0, 10), ...names('ru', 10, 15)]);
    expect([fromSame, fromOther]).toEqual([15, 10]);
  });

  it('goes on from a position inside a block, with each side’s next hits', () => {
    // Page two of pages of seven: positions 7–13, three of the query's language then four others.
    const { hits } = interleaveLanguageBlocks(side('ru', 7), side('en', 7), 7, 7);
    expect(ids(hits)).toEqual(['ru0', 'ru1', 'ru2', 'en0', 'en1', 'en2', 'en3']);
  });

  it('lets one side fill in when the other runs out, and stops when both have', () => {
    expect(ids(interleaveLanguageBlocks(side('ru', 3), side('en', 30), 0, 8).hits)).toEqual([
      ...names('ru', 0, 3),
      ...names('en', 0, 5),
    ]);
    expect(ids(interleaveLanguageBlocks(side('ru', 30), side('en', 2), 10, 5).hits)).toEqual([
      'en0',
      'en1',
      ...names('ru', 0, 3),
    ]);
    expect(ids(interleaveLanguageBlocks(side('ru', 2), [], 0, 20).hits)).toEqual(['ru0', 'ru1']);
  });

  it('keeps a side’s turn over comparable cases only: a far better case of the other side comes first', () => {
    const weakSame = side('ru', 10, 1);
    const strongOther = [...side('en', 2, COMPARABLE * 1 + 0.5), ...side('x', 10, COMPARABLE * 1)];
    expect(ids(interleaveLanguageBlocks(weakSame, strongOther, 0, 4).hits)).toEqual(['en0', 'en1', 'ru0', 'ru1']);
    // And the other way round, in the other side's block.
    const strongSame = side('ru', 3, 10);
    expect(ids(interleaveLanguageBlocks(strongSame, side('en', 5, 1), 10, 4).hits)).toEqual([
      'ru0',
      'ru1',
      'ru2',
      'en0',
    ]);
  });

  it('pages through every hit exactly once, in the same order as one long page', () => {
    const same = side('ru', 23).map((hit, index) => ({ ...hit, _score: 30 - index }));
    const other = side('en', 14).map((hit, index) => ({ ...hit, _score: 12 - index / 2 }));
    const whole = ids(interleaveLanguageBlocks(same, other, 0, 100).hits);
    const paged: string[] = [];
    let [position, nextSame, nextOther] = [0, 0, 0];
    for (;;) {
      const page = interleaveLanguageBlocks(
        same.slice(nextSame, nextSame + 6),
        other.slice(nextOther, nextOther + 6),
        position,
        6,
      );
      if (page.hits.length === 0) break;
      paged.push(...ids(page.hits));
      [position, nextSame, nextOther] = [
        position + page.hits.length,
        nextSame + page.fromSame,
        nextOther + page.fromOther,
      ];
    }
    expect(paged).toEqual(whole);
    expect(new Set(paged).size).toBe(same.length + other.length);
  });
});
