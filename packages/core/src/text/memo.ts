/**
 * Remembers a pure function of one string for the last `size` strings it saw. When full the whole
 * map is dropped, which is cheaper than LRU bookkeeping and right for the way rules ask: a block's
 * (or a run's few hundred names') questions all come together. Results are shared: never modify them.
 */
export function memoizeBounded<T>(compute: (key: string) => T, size: number): (key: string) => T {
  let cache = new Map<string, T>();
  return (key: string) => {
    if (cache.has(key)) return cache.get(key) as T;
    const result = compute(key);
    if (cache.size >= size) cache = new Map();
    cache.set(key, result);
    return result;
  };
}

/**
 * Remembers the results of a pure function of one text for the last few texts it saw. Every
 * rule asks for the sentences and quotation marks of the same block texts; this answers all but
 * the first from memory. Results are frozen: callers share them.
 */
export function memoizeByText<T>(compute: (text: string) => T[], size = 256): (text: string) => ReadonlyArray<T> {
  return memoizeBounded((text: string): ReadonlyArray<T> => Object.freeze(compute(text)), size);
}
