/**
 * The two shapes of the import loop, kept free of the database so they can be tested alone:
 * records are checked a few ahead of the one being written, and written in batches.
 */

/**
 * `work` applied to each item, up to `ahead` items at once, the results in the items' order.
 * Lets the anonymizer thread work on the next records while this one validates and writes;
 * bounded, so a large file is never read far ahead of what has been written.
 */
export async function* mapAhead<T, R>(
  items: AsyncIterable<T> | Iterable<T>,
  work: (item: T) => Promise<R>,
  ahead: number,
): AsyncGenerator<R> {
  // Settled at once, so a failure waiting in the queue is not an unhandled rejection; it is
  // thrown when its turn comes, as if the items had been worked one by one.
  const running: Promise<{ value: R } | { error: unknown }>[] = [];
  const next = async () => {
    const settled = await running.shift()!;
    if ('error' in settled) throw settled.error;
    return settled.value;
  };
  for await (const item of items) {
    running.push(
      new Promise<R>((resolve) => resolve(work(item))).then(
        (value) => ({ value }),
        (error: unknown) => ({ error }),
      ),
    );
    if (running.length >= ahead) yield await next();
  }
  while (running.length) yield await next();
}

/**
 * The items in order, cut into batches of at most `size`. A batch never holds two items with
 * the same key (`keyOf` answers undefined for items that are not written): the second starts
 * the next batch, so it is written after the first, as a file read line by line would be.
 */
export async function* inBatches<T>(
  items: AsyncIterable<T> | Iterable<T>,
  size: number,
  keyOf: (item: T) => string | undefined,
): AsyncGenerator<T[]> {
  let batch: T[] = [];
  let keys = new Set<string>();
  for await (const item of items) {
    const key = keyOf(item);
    if (key !== undefined && keys.has(key)) {
      yield batch;
      batch = [];
      keys = new Set();
    }
    batch.push(item);
    if (key !== undefined) keys.add(key);
    if (batch.length >= size) {
      yield batch;
      batch = [];
      keys = new Set();
    }
  }
  if (batch.length) yield batch;
}
