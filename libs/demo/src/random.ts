/**
 * A small seeded pseudo-random generator (mulberry32) so demo data is reproducible: the same
 * seed always yields the same cases, on every machine, without Math.random.
 */

/** A value with its relative weight, for weighted choices. */
export type Weighted<T> = readonly [value: T, weight: number];

/**
 * Mixes a base seed with further integers (case index, stream number) into a new 32-bit seed.
 * Each case gets its own generator seeded this way, so case i never depends on how many
 * cases were requested nor on how many random numbers earlier cases consumed.
 */
export function deriveSeed(seed: number, ...parts: number[]): number {
  let hash = seed >>> 0;
  for (const part of parts) {
    // murmur3 finalizer rounds: cheap, and neighbouring inputs give unrelated outputs.
    hash = Math.imul(hash ^ (part >>> 0), 0x85ebca6b);
    hash ^= hash >>> 13;
    hash = Math.imul(hash, 0xc2b2ae35);
    hash ^= hash >>> 16;
  }
  return hash >>> 0;
}

export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let value = this.state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [minimum, maximum], both inclusive. */
  integer(minimum: number, maximum: number): number {
    return minimum + Math.floor(this.next() * (maximum - minimum + 1));
  }

  /** A float in [minimum, maximum). */
  between(minimum: number, maximum: number): number {
    return minimum + this.next() * (maximum - minimum);
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) {
      throw new RangeError('Cannot pick from an empty list');
    }
    return items[Math.floor(this.next() * items.length)];
  }

  weighted<T>(entries: readonly Weighted<T>[]): T {
    const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
    let remaining = this.next() * total;
    for (const [value, weight] of entries) {
      remaining -= weight;
      if (remaining < 0) {
        return value;
      }
    }
    return entries[entries.length - 1][0];
  }

  /** Up to `count` distinct items, in random order. */
  sample<T>(items: readonly T[], count: number): T[] {
    const pool = [...items];
    const chosen: T[] = [];
    while (chosen.length < count && pool.length > 0) {
      chosen.push(pool.splice(Math.floor(this.next() * pool.length), 1)[0]);
    }
    return chosen;
  }
}
