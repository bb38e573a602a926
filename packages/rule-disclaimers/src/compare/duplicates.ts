import { bandKeys, MinHasher, shingles, similarity } from "@copydesk/core";
import type { ComparisonKey } from "./key.js";

export interface Comparable {
  readonly key: ComparisonKey;
  /** Only items of the same category are compared. */
  readonly category: string;
}

/** A later item that repeats an earlier one. */
export interface Duplicate {
  /** Index of the first copy. */
  readonly first: number;
  /** Index of the later copy. */
  readonly later: number;
  /** Dice similarity of the two keys (1 for the same key). */
  readonly score: number;
  readonly exact: boolean;
}

export interface DuplicateSettings {
  /** Dice similarity from which two keys are the same boilerplate. */
  readonly threshold: number;
  /** Fewer words than this: exact copies only. */
  readonly minWords: number;
}

// 64 hashes cut into 32 bands of 2 rows: a pair of word-pair sets with Jaccard similarity 0.3 shares
// a bucket with probability 1 - (1 - 0.09)^32 = 0.95, at 0.5 almost surely. Dice on characters then
// decides; a pair of near copies at the default threshold is far above 0.5 Jaccard.
const HASHES = 64;
const BANDS = 32;
const SHINGLE = 2;
/** Earlier items looked at per bucket, and Dice comparisons per article: bounds hostile input. */
const MAX_PER_BUCKET = 8;
const MAX_COMPARISONS = 20_000;

const hasher = new MinHasher(HASHES, 7);

/**
 * The later copies among `items` (in article order), each with the first copy it repeats.
 * Exact keys meet in a map; near copies are found through MinHash buckets of word pairs and
 * confirmed with Dice similarity, so no item is compared with every other one.
 */
export function findDuplicates(items: ReadonlyArray<Comparable>, settings: DuplicateSettings): Duplicate[] {
  const exact = new Map<string, number>();
  const buckets = new Map<string, number[]>();
  /** For each item, the first copy it repeats (itself when it is an original). */
  const root: number[] = [];
  const found: Duplicate[] = [];
  let comparisons = 0;

  items.forEach((item, index) => {
    root[index] = index;
    const exactKey = `${item.category}\u0000${item.key.text}`;
    const same = exact.get(exactKey);
    if (same !== undefined) {
      root[index] = root[same] as number;
      found.push({ first: root[index] as number, later: index, score: 1, exact: true });
      return;
    }
    exact.set(exactKey, index);
    if (item.key.words.length < settings.minWords) return;

    const keys = bandKeys(hasher.signature(shingles(item.key.words, SHINGLE)), BANDS).map((key) => `${item.category}\u0000${key}`);
    const candidates = new Set<number>();
    for (const key of keys) for (const other of (buckets.get(key) ?? []).slice(0, MAX_PER_BUCKET)) candidates.add(other);
    // The earliest candidate at the threshold is the copy this one repeats.
    let best: { other: number; score: number } | undefined;
    for (const other of [...candidates].sort((a, b) => a - b)) {
      if (comparisons >= MAX_COMPARISONS) break;
      comparisons++;
      const score = similarity(item.key.text, (items[other] as Comparable).key.text);
      if (score >= settings.threshold) {
        best = { other, score };
        break;
      }
    }
    if (best !== undefined) {
      // Name the first copy when this one is as close to it as to the copy that found it.
      let first = best.other;
      let score = best.score;
      const original = root[best.other] as number;
      if (original !== best.other) {
        const toOriginal = similarity(item.key.text, (items[original] as Comparable).key.text);
        if (toOriginal >= settings.threshold) [first, score] = [original, toOriginal];
      }
      root[index] = first;
      found.push({ first, later: index, score, exact: false });
    }
    for (const key of keys) {
      const list = buckets.get(key);
      if (list === undefined) buckets.set(key, [index]);
      else if (list.length < MAX_PER_BUCKET) list.push(index);
    }
  });
  return found;
}
