/**
 * A seeded pseudo-random source (mulberry32): the same seed gives the same sequence on every
 * machine, so that every benchmark run reads the same synthetic records.
 */
export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both included. */
  int(min: number, max: number): number;
  /** An item of a non-empty list, each equally likely. */
  pick<T>(items: readonly T[]): T;
  /** An item of a non-empty table of `[item, weight]`, with probability proportional to weight. */
  weighted<T>(table: WeightedTable<T>): T;
  /** `true` with probability `p`. */
  chance(p: number): boolean;
}

/** Items with positive weights, prepared for {@link Random.weighted}. */
export interface WeightedTable<T> {
  /** The items. */
  readonly items: readonly T[];
  /** The running sums of the weights, the last one being the total. */
  readonly cumulative: readonly number[];
}

/**
 * Prepares `[item, weight]` pairs for weighted picks.
 *
 * @param pairs - The items and their positive weights.
 * @returns The table.
 */
export function weightedTable<T>(pairs: readonly (readonly [T, number])[]): WeightedTable<T> {
  if (pairs.length === 0) throw new RangeError('a weighted table needs at least one item');
  let total = 0;
  const cumulative: number[] = [];
  for (const [, weight] of pairs) {
    if (!(weight > 0)) throw new RangeError(`weights must be positive, not ${weight}`);
    total += weight;
    cumulative.push(total);
  }
  return { items: pairs.map(([item]) => item), cumulative };
}

/**
 * Creates a seeded random source.
 *
 * @param seed - Any 32-bit integer.
 * @returns The source.
 */
export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const at = <T>(items: readonly T[], index: number): T => {
    const item = items[index];
    if (item === undefined && index >= items.length) throw new RangeError('empty list');
    return item as T;
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (items) => at(items, Math.floor(next() * items.length)),
    weighted: (table) => {
      const { cumulative } = table;
      const target = next() * (cumulative[cumulative.length - 1] as number);
      let low = 0;
      let high = cumulative.length - 1;
      while (low < high) {
        const mid = (low + high) >>> 1;
        if ((cumulative[mid] as number) > target) high = mid;
        else low = mid + 1;
      }
      return at(table.items, low);
    },
    chance: (p) => next() < p,
  };
}
