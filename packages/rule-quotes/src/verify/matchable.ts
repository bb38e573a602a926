import { keyCounts } from "./token-keys.js";
import type { VerifyToken } from "./tokens.js";

// Reused by every call: how many of the quotation's words of each key are already paired.
const used = new Map<string, number>();

/**
 * Whether enough of the quotation's words have a word of the same key in `passage` for an alignment
 * to find `minCoverage` of them: each found word pairs a quotation word with a passage word of its
 * key, each word at most once, so the multiset intersection of their keys bounds the found words.
 * Stops as soon as the bound is reached. The quotation's key counts are kept with its tokens.
 */
export function mayCover(quote: ReadonlyArray<VerifyToken>, passage: ReadonlyArray<VerifyToken>, minCoverage: number): boolean {
  const available = keyCounts(quote);
  used.clear();
  let count = 0;
  for (const token of passage) {
    const limit = available.get(token.key);
    if (limit === undefined) continue;
    const taken = used.get(token.key) ?? 0;
    if (taken === limit) continue;
    used.set(token.key, taken + 1);
    count++;
    // The same test as the comparison's (found words over quotation words), on a count that only grows.
    if (!(count / quote.length < minCoverage)) return true;
  }
  return !(count / quote.length < minCoverage);
}
