import type { Boilerplate } from "@copydesk/core";
import { MIN_FINGERPRINT_WORDS, shingleHashes } from "./fingerprint.js";
import { UintTable } from "./uint-table.js";

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
  /**
   * The inverted index, one row per shingle hash: `rows` gives a hash's row, and the row's
   * clusters (in cluster order) are `members[rowStart[row] .. rowStart[row + 1])`.
   */
  private readonly rows = new UintTable();
  private readonly rowStart: Int32Array;
  private readonly members: Int32Array;
  /** Scratch for `matchShingles`: shingles shared with each cluster, and the clusters met, in the order met. */
  private readonly hits: Int32Array;
  private readonly met: Int32Array;
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
    const counts: number[] = [];
    for (const cluster of clusters) {
      for (const shingle of cluster.shingles) {
        let row = this.rows.get(shingle);
        if (row < 0) this.rows.set(shingle, (row = counts.push(0) - 1));
        counts[row] = (counts[row] as number) + 1;
      }
    }
    this.rowStart = new Int32Array(counts.length + 1);
    for (let row = 0; row < counts.length; row++) this.rowStart[row + 1] = (this.rowStart[row] as number) + (counts[row] as number);
    this.members = new Int32Array(this.rowStart[counts.length] as number);
    const filled = this.rowStart.slice(0, counts.length);
    clusters.forEach((cluster, index) => {
      for (const shingle of cluster.shingles) {
        const row = this.rows.get(shingle);
        this.members[filled[row] as number] = index;
        filled[row] = (filled[row] as number) + 1;
      }
    });
    this.hits = new Int32Array(clusters.length);
    this.met = new Int32Array(clusters.length);
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
    const { hits, met, members, rowStart } = this;
    let metCount = 0;
    for (const shingle of shingles) {
      const row = this.rows.get(shingle);
      if (row < 0) continue;
      const end = rowStart[row + 1] as number;
      for (let k = rowStart[row] as number; k < end; k++) {
        const index = members[k] as number;
        if (hits[index] === 0) met[metCount++] = index;
        hits[index] = (hits[index] as number) + 1;
      }
    }
    // Clusters in the order first met: on equal similarity the first one met wins.
    let best: RecurringMatch | undefined;
    for (let m = 0; m < metCount; m++) {
      const index = met[m] as number;
      const shared = hits[index] as number;
      hits[index] = 0;
      const cluster = this.clusters[index] as StoredCluster;
      if (cluster.block.articles < minArticles) continue;
      const similarity = shared / (shingles.length + cluster.shingles.length - shared);
      if (similarity >= this.similarity && (best === undefined || similarity > best.similarity)) best = { block: cluster.block, similarity };
    }
    return best;
  }

  /** Recurring blocks held (seen in two articles or more). */
  get size(): number {
    return this.clusters.length;
  }
}
