import { inBatches, mapAhead } from './import-pipeline';

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const item of items) all.push(item);
  return all;
}

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('mapAhead', () => {
  it('keeps the order of the items however long each takes', async () => {
    const results = await collect(mapAhead([30, 5, 20, 0, 10], async (ms) => (await delay(ms), ms), 3));
    expect(results).toEqual([30, 5, 20, 0, 10]);
  });

  it('works on at most `ahead` items at once', async () => {
    let running = 0;
    let most = 0;
    const work = async (item: number) => {
      most = Math.max(most, ++running);
      await delay(1);
      running -= 1;
      return item;
    };
    expect(await collect(mapAhead([...Array(20).keys()], work, 4))).toHaveLength(20);
    expect(most).toBe(4);
  });

  it('throws a failure when its turn comes, after the results before it', async () => {
    const seen: number[] = [];
    const work = async (item: number) => {
      if (item === 2) throw new Error('bad item');
      return item;
    };
    await expect(
      (async () => {
        for await (const item of mapAhead([0, 1, 2, 3], work, 3)) seen.push(item);
      })(),
    ).rejects.toThrow('bad item');
    expect(seen).toEqual([0, 1]);
  });
});

describe('inBatches', () => {
  const keyOf = (item: string) => (item.startsWith('!') ? undefined : item);

  it('cuts the items into batches of at most `size`, in order', async () => {
    expect(await collect(inBatches(['a', 'b', 'c', 'd', 'e'], 2, keyOf))).toEqual([['a', 'b'], ['c', 'd'], ['e']]);
  });

  it('starts a new batch at a repeated key, so the repeat is written after the first', async () => {
    expect(await collect(inBatches(['a', 'b', 'a', 'c'], 10, keyOf))).toEqual([
      ['a', 'b'],
      ['a', 'c'],
    ]);
  });

  it('lets items without a key (rejected rows) share a batch', async () => {
    expect(await collect(inBatches(['!x', 'a', '!x', 'b'], 10, keyOf))).toEqual([['!x', 'a', '!x', 'b']]);
  });

  it('yields nothing for no items', async () => {
    expect(await collect(inBatches([], 3, keyOf))).toEqual([]);
  });
});
