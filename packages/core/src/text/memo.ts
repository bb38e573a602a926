/**
 * Remembers the results of a pure function of one text for the last few texts it saw. Every
 * rule asks for the sentences and quotation marks of the same block texts; this answers all but
 * the first from memory. Results are frozen: callers share them.
 */
export function memoizeByText<T>(compute: (text: string) => T[], size = 256): (text: string) => ReadonlyArray<T> {
  let cache = new Map<string, ReadonlyArray<T>>();
  return (text: string) => {
    const hit = cache.get(text);
    if (hit !== undefined) return hit;
    const result = Object.freeze(compute(text));
    // Dropping the whole map when full is cheaper than LRU bookkeeping, and a block's rules all run together.
    if (cache.size >= size) cache = new Map();
    cache.set(text, result);
    return result;
  };
}
