import { BoundedCache, similarity, similarityBound } from "@copydesk/core";

// One quotation's candidates often hold the same source sentence (syndicated originals repeat it),
// and a quotation repeated across articles meets the same passages again: recent scores are kept.
const recent = new BoundedCache<string, number>(4096);

/**
 * `similarity(a, b)` of two key strings, remembered for recent pairs; undefined when it cannot
 * reach `floor` (a caller that drops lower scores spares the call and the memo's key).
 */
export function keySimilarity(a: string, b: string, floor = 0): number | undefined {
  // Equal strings score 1 in string-similarity (the copy-pasted quotation, a third of all pairs).
  if (a === b) return 1;
  if (floor > 0 && similarityBound(a, b) < floor) return undefined;
  return recent.getOrCompute(`${a}\u0000${b}`, () => similarity(a, b));
}
