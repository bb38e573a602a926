import { similarity } from "@copydesk/core";

// One quotation's candidates often hold the same source sentence (syndicated originals repeat it),
// and a quotation repeated across articles meets the same passages again: recent scores are kept.
const MAX_PAIRS = 4096;
let recent = new Map<string, number>();

/** `similarity(a, b)` of two key strings, remembered for recent pairs. */
export function keySimilarity(a: string, b: string): number {
  // Equal strings score 1 in string-similarity (the copy-pasted quotation, a third of all pairs).
  if (a === b) return 1;
  const pair = `${a}\u0000${b}`;
  let score = recent.get(pair);
  if (score === undefined) {
    score = similarity(a, b);
    // Dropping the whole map when full is cheaper than LRU bookkeeping.
    if (recent.size >= MAX_PAIRS) recent = new Map();
    recent.set(pair, score);
  }
  return score;
}
