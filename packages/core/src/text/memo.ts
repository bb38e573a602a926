/**
 * A map of at most `size` entries for results that are cheap to recompute but asked for again and
 * again. When full it starts over: cheaper than LRU bookkeeping, and right for the way rules ask
 * (a block's, or a run's few hundred names', questions all come together). Values are shared:
 * never modify them.
 */
export class BoundedCache<K, V> {
  private entries = new Map<K, V>();

  constructor(private readonly size: number) {}

  get(key: K): V | undefined {
    return this.entries.get(key);
  }

  set(key: K, value: V): void {
    if (this.entries.size >= this.size && !this.entries.has(key)) this.entries = new Map();
    this.entries.set(key, value);
  }

  /** The value kept for `key`, or `compute(key)`, kept. */
  getOrCompute(key: K, compute: (key: K) => V): V {
    // One lookup when the answer is kept (a second only for a kept `undefined`): keys can be long texts.
    const kept = this.entries.get(key);
    if (kept !== undefined || this.entries.has(key)) return kept as V;
    const value = compute(key);
    this.set(key, value);
    return value;
  }
}

/** Remembers a pure function of one string for the last `size` strings it saw. */
export function memoizeBounded<T>(compute: (key: string) => T, size: number): (key: string) => T {
  const cache = new BoundedCache<string, T>(size);
  return (key: string) => cache.getOrCompute(key, compute);
}

/**
 * Remembers the results of a pure function of one text for the last few texts it saw. Every
 * rule asks for the sentences and quotation marks of the same block texts; this answers all but
 * the first from memory. Results are frozen: callers share them.
 */
export function memoizeByText<T>(compute: (text: string) => T[], size = 256): (text: string) => ReadonlyArray<T> {
  return memoizeBounded((text: string): ReadonlyArray<T> => Object.freeze(compute(text)), size);
}
