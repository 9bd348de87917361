import { interleaveLanguageBlocks, LANGUAGE_BLOCK } from './language-blocks';

interface Hit {
  id: string;
  /** Its tier: how much of what the query names the case carries. */
  carries: number;
}
/** `count` hits of one side, each carrying as many named things as told. */
const side = (prefix: string, count: number, carries = 1): Hit[] =>
  Array.from({ length: count }, (_, index) => ({ id: `${prefix}${index}`, carries }));
const carried = (hit: Hit) => hit.carries;
const interleave = (same: Hit[], other: Hit[], position: number, size: number) =>
  interleaveLanguageBlocks(same, other, position, size, carried);
const ids = (hits: Hit[]) => hits.map((hit) => hit.id);
const names = (prefix: string, from: number, to: number) =>
  Array.from({ length: to - from }, (_, index) => `${prefix}${from + index}`);

describe('interleaveLanguageBlocks', () => {
  it('takes ten of the query’s language, then ten of the others, then the query’s again', () => {
    const { hits, fromSame, fromOther } = interleave(side('ru', 30), side('en', 30), 0, 25);
    expect(LANGUAGE_BLOCK).toBe(10);
    expect(ids(hits)).toEqual([...names('ru', 0, 10), ...names('en', 0, 10), ...names('ru', 10, 15)]);
    expect([fromSame, fromOther]).toEqual([15, 10]);
  });

  it('goes on from a position inside a block, with each side’s next hits', () => {
    // Page two of pages of seven: positions 7–13, three of the query's language then four others.
    const { hits } = interleave(side('ru', 7), side('en', 7), 7, 7);
    expect(ids(hits)).toEqual(['ru0', 'ru1', 'ru2', 'en0', 'en1', 'en2', 'en3']);
  });

  it('lets one side fill in when the other runs out, and stops when both have', () => {
    expect(ids(interleave(side('ru', 3), side('en', 30), 0, 8).hits)).toEqual([
      ...names('ru', 0, 3),
      ...names('en', 0, 5),
    ]);
    expect(ids(interleave(side('ru', 30), side('en', 2), 10, 5).hits)).toEqual(['en0', 'en1', ...names('ru', 0, 3)]);
    expect(ids(interleave(side('ru', 2), [], 0, 20).hits)).toEqual(['ru0', 'ru1']);
  });

  it('keeps a side’s turn unless the other’s next case is in a higher tier', () => {
    const wordsOnly = side('ru', 10, 0);
    const carrying = [...side('en', 2, 2), ...side('x', 10, 0)];
    expect(ids(interleave(wordsOnly, carrying, 0, 4).hits)).toEqual(['en0', 'en1', 'ru0', 'ru1']);
    // And the other way round, in the other side's block.
    expect(ids(interleave(side('ru', 3, 1), side('en', 5, 0), 10, 4).hits)).toEqual(['ru0', 'ru1', 'ru2', 'en0']);
    // In the same tier: the turn decides.
    expect(ids(interleave(side('ru', 3, 2), side('en', 3, 2), 0, 2).hits)).toEqual(['ru0', 'ru1']);
  });

  it('pages through every hit exactly once, in the same order as one long page', () => {
    const same = side('ru', 23).map((hit, index) => ({ ...hit, carries: index % 3 }));
    const other = side('en', 14).map((hit, index) => ({ ...hit, carries: (index + 1) % 2 }));
    const whole = ids(interleave(same, other, 0, 100).hits);
    const paged: string[] = [];
    let [position, nextSame, nextOther] = [0, 0, 0];
    for (;;) {
      const page = interleave(same.slice(nextSame, nextSame + 6), other.slice(nextOther, nextOther + 6), position, 6);
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
