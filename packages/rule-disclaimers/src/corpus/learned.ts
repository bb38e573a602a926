import type { Boilerplate } from "@copydesk/core";
import { MIN_FINGERPRINT_WORDS, shingleHashes } from "./fingerprint.js";

/** A block that recurs across the articles of a run. */
export interface RecurringBlock {
  readonly id: number;
  /** Articles it was counted in (a lower bound: see `BoilerplateCorpusSettings.errorRate`). */
  readonly articles: number;
  /** Articles it may have appeared in at most. */
  readonly maxArticles: number;
  /** The start of its text, as first seen twice. */
  readonly sample: string;
  /** What the boilerplate processor marked it as in most of its articles, when it did. */
  readonly knownAs?: Boilerplate;
  /** Share of its occurrences the processor marked as boilerplate. */
  readonly markedShare: number;
}

export interface RecurringThresholds {
  readonly minShare: number;
  readonly minArticles: number;
}

export interface StoredCluster {
  readonly block: RecurringBlock;
  /** Distinct shingle hashes of the cluster's first block, ascending. */
  readonly shingles: Uint32Array;
}

export interface RecurringMatch {
  readonly block: RecurringBlock;
  /** Jaccard similarity of the two texts' 3-word shingles. */
  readonly similarity: number;
}

/**
 * What the corpus builder learned: blocks that recur across articles, as counts and shingle
 * hashes (no article text besides a short sample each). `match` finds the recurring block a text
 * belongs to through an inverted index of shingle hashes, so checking an article costs its words,
 * not the number of recurring blocks.
 */
export class BoilerplateIndex {
  private readonly byShingle = new Map<number, number[]>();
  private readonly clusters: ReadonlyArray<StoredCluster>;
  /** `recurring` is asked once per article with the same options: computed once per threshold. */
  private readonly byThreshold = new Map<number, ReadonlyArray<RecurringBlock>>();

  constructor(
    /** Articles the builder saw (role "checked"). */
    readonly articles: number,
    clusters: ReadonlyArray<StoredCluster>,
    /** Jaccard similarity of word shingles from which a text belongs to a cluster. */
    readonly similarity: number,
  ) {
    this.clusters = clusters;
    clusters.forEach((cluster, index) => {
      for (const shingle of cluster.shingles) {
        const list = this.byShingle.get(shingle);
        if (list === undefined) this.byShingle.set(shingle, [index]);
        else list.push(index);
      }
    });
  }

  /** Articles a block must appear in to count as boilerplate under these thresholds. */
  threshold(thresholds: RecurringThresholds): number {
    return Math.max(thresholds.minArticles, Math.ceil(thresholds.minShare * this.articles));
  }

  /** The learned boilerplate: blocks at or above the thresholds, most frequent first. */
  recurring(thresholds: RecurringThresholds): ReadonlyArray<RecurringBlock> {
    const least = this.threshold(thresholds);
    let list = this.byThreshold.get(least);
    if (list === undefined) {
      list = this.clusters.map((c) => c.block).filter((b) => b.articles >= least).sort((a, b) => b.articles - a.articles || a.id - b.id);
      this.byThreshold.set(least, list);
    }
    return list;
  }

  /** The recurring block `text` belongs to, among those seen in at least `minArticles` articles. */
  match(text: string, minArticles = 2): RecurringMatch | undefined {
    const { shingles, words } = shingleHashes(text);
    return words < MIN_FINGERPRINT_WORDS ? undefined : this.matchShingles(shingles, minArticles);
  }

  /** As `match`, from a text's distinct shingle hashes (ascending). */
  matchShingles(shingles: Uint32Array, minArticles = 2): RecurringMatch | undefined {
    const shared = new Map<number, number>();
    for (const shingle of shingles) {
      for (const index of this.byShingle.get(shingle) ?? []) shared.set(index, (shared.get(index) ?? 0) + 1);
    }
    let best: RecurringMatch | undefined;
    for (const [index, hits] of shared) {
      const cluster = this.clusters[index] as StoredCluster;
      if (cluster.block.articles < minArticles) continue;
      const similarity = hits / (shingles.length + cluster.shingles.length - hits);
      if (similarity >= this.similarity && (best === undefined || similarity > best.similarity)) best = { block: cluster.block, similarity };
    }
    return best;
  }

  /** Recurring blocks held (seen in two articles or more). */
  get size(): number {
    return this.clusters.length;
  }
}
