// The one module that knows which string-similarity library copydesk uses, so it can be swapped.
import stringSimilarity from "string-similarity";

// Upper bounds of `similarity`, cheap enough to skip the work for pairs a caller would drop.
export { similarityBound, stretchSimilarityBound } from "./similarity-bound.js";

/** Dice's coefficient on character bigrams, 0 (nothing shared) to 1 (the same). */
export function similarity(a: string, b: string): number {
  return stringSimilarity.compareTwoStrings(a, b);
}

/** The candidate most similar to `text`, with its score and index; undefined when there are none. */
export function bestMatch(text: string, candidates: ReadonlyArray<string>): { index: number; score: number } | undefined {
  if (candidates.length === 0) return undefined;
  const result = stringSimilarity.findBestMatch(text, [...candidates]);
  return { index: result.bestMatchIndex, score: result.bestMatch.rating };
}

