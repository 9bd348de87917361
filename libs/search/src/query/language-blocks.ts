/**
 * How many results of one side come together: a page of twenty holds the ten best cases in the
 * query's language, then the ten best in the others.
 */
export const LANGUAGE_BLOCK = 10;

/**
 * Pure: the results from `position` on of a ranking that takes its hits by blocks of
 * {@link LANGUAGE_BLOCK}, first from the cases in the query's language, then from those in the
 * others, and so on. A side keeps its turn unless the other's next case is in a higher tier
 * (`tier`: how much of what the query names it carries; a side's hits come in falling tiers, so a Russian query's Russian cases that only share some of its words
 * do not push back the English cases carrying what it names); when one side runs out the other
 * fills in.
 * `same` and `other` are each side's next hits, `size` of each or all there are, so a side shorter
 * than `size` has no more.
 */
export function interleaveLanguageBlocks<Hit>(
  same: readonly Hit[],
  other: readonly Hit[],
  position: number,
  size: number,
  tier: (hit: Hit) => number,
): { hits: Hit[]; fromSame: number; fromOther: number } {
  const hits: Hit[] = [];
  let fromSame = 0;
  let fromOther = 0;
  const ranksHigher = (hit: Hit | undefined, than: Hit | undefined) =>
    hit !== undefined && (than === undefined || tier(hit) > tier(than));
  for (let at = position; hits.length < size; at++) {
    const [nextSame, nextOther] = [same[fromSame], other[fromOther]];
    const sameTurn = Math.floor(at / LANGUAGE_BLOCK) % 2 === 0;
    const takeSame = sameTurn ? !ranksHigher(nextOther, nextSame) : ranksHigher(nextSame, nextOther);
    // A side with nothing left never takes the turn (`ranksHigher` of nothing is false).
    if (takeSame && nextSame !== undefined) hits.push(same[fromSame++]);
    else if (nextOther !== undefined) hits.push(other[fromOther++]);
    else break;
  }
  return { hits, fromSame, fromOther };
}
