import type { Article } from "@copydesk/core";
import { pairKeys } from "./index-keys.js";
import { Postings, PostingsBuilder, type SharedPostings } from "./postings.js";
import { isPassageColumns, isSharedPassageColumns, PassageStore, type PassageColumns, type PassageFilter, type SharedPassageColumns } from "./passage-store.js";
import { passagesOf, type Passage } from "./passages.js";
import { passageTokens } from "./token-cache.js";
import type { VerifyToken } from "./tokens.js";
import { topByRarity, type PairList } from "./top-by-rarity.js";
import { lowerBoundFrom } from "./sorted-search.js";
import { topByWeight } from "./top-weights.js";

export interface Candidate {
  readonly passage: Passage;
  /** Sum of the rarity of the word pairs it shares with the quotation. */
  readonly weight: number;
}

export interface ArchiveStats {
  readonly articles: number;
  readonly passages: number;
  readonly postings: number;
  readonly indexBytes: number;
}

/** An archive as plain data (what structured clone keeps): its passages as columns, and the unsorted index. */
export interface ArchiveSnapshot {
  readonly passages: PassageColumns;
  readonly keys: Uint32Array;
  readonly ids: Uint32Array;
}

export const isArchiveSnapshot = (value: unknown): value is ArchiveSnapshot => {
  const candidate = value as Partial<ArchiveSnapshot> | null;
  return (
    typeof candidate === "object" && candidate !== null && isPassageColumns(candidate.passages) &&
    candidate.keys instanceof Uint32Array && candidate.ids instanceof Uint32Array && candidate.keys.length === candidate.ids.length
  );
};

/** A finished archive in memory every worker thread can read (see `SourceArchive.toShared`). */
export interface SharedArchive {
  readonly passages: SharedPassageColumns;
  readonly postings: SharedPostings;
}

export const isSharedArchive = (value: unknown): value is SharedArchive => {
  const candidate = value as Partial<SharedArchive> | null;
  const postings = candidate?.postings as Partial<SharedPostings> | undefined;
  return (
    typeof candidate === "object" && candidate !== null && isSharedPassageColumns(candidate.passages) &&
    postings?.keys instanceof Uint32Array && postings.starts instanceof Uint32Array && postings.ids instanceof Uint32Array
  );
};

/** Passages in a snapshot. */
export const snapshotSize = (snapshot: ArchiveSnapshot): number => snapshot.passages.texts.length;

// A word pair in more passages than this ("in the", "we are") finds nothing: it is skipped at query time.
const COMMON_SHARE = 0.02;
const MIN_COMMON = 64;
/** Word pairs weighed when a quotation has only common ones. */
const COMMON_FALLBACK_KEYS = 6;

/**
 * Source passages (quotations and reported speech of the originals) with an inverted index of
 * their word pairs, so a quotation finds the passages it may come from without being compared
 * with every one. Holds its passages as columns (see PassageStore) and the index in three typed
 * arrays; never the articles. Add everything, then `finish()` once; queries before that see nothing.
 */
export class SourceArchive {
  private passages = new PassageStore();
  private builder: PostingsBuilder | undefined = new PostingsBuilder();
  private postings: Postings = Postings.empty;
  private weights: Float64Array | undefined;

  /** Every passage of one article (its quotations, extracted now when no processor has). */
  addArticle(article: Article): void {
    this.passages.noteFile(article.id);
    for (const passage of passagesOf(article)) this.addPassage(passage);
  }

  /** Adds a passage; `tokens`, when given, are its `passageTokens` already at hand. */
  addPassage(passage: Passage, tokens: ReadonlyArray<VerifyToken> = passageTokens(passage)): void {
    if (this.builder === undefined) throw new Error("SourceArchive: addPassage after finish()");
    const id = this.passages.add(passage);
    const keys = pairKeys(tokens);
    const seen = new Set<number>();
    for (const key of keys) {
      if (seen.has(key)) continue;
      seen.add(key);
      this.builder.add(key, id);
    }
  }

  /**
   * The archive so far as plain data (passages and the unsorted index columns), for a run on
   * worker threads: each worker reads a shard of the sources, and every worker `absorb`s all
   * shards' snapshots in the same order, so passage ids agree everywhere.
   */
  snapshot(): ArchiveSnapshot {
    if (this.builder === undefined) throw new Error("SourceArchive: snapshot after finish()");
    return { passages: this.passages.toColumns(), ...this.builder.columns() };
  }

  /** Adds another archive's snapshot: its passages after these, its index entries renumbered. */
  absorb(snapshot: ArchiveSnapshot): void {
    if (this.builder === undefined) throw new Error("SourceArchive: absorb after finish()");
    const offset = this.passages.size;
    this.passages.addColumns(snapshot.passages);
    this.builder.addAll(snapshot.keys, snapshot.ids, offset);
  }

  /**
   * The finished archive over SharedArrayBuffers: one worker builds it, and every worker reads
   * it through `fromShared` rather than holding an archive of its own (two copies of some
   * 250 MB at 100,000 articles on two threads).
   */
  toShared(): SharedArchive {
    if (this.builder !== undefined) throw new Error("SourceArchive: toShared before finish()");
    return { passages: this.passages.toShared(), postings: this.postings.toShared() };
  }

  /** A finished, read-only archive over another thread's `toShared()`. */
  static fromShared(shared: SharedArchive): SourceArchive {
    const archive = new SourceArchive();
    archive.passages = PassageStore.fromShared(shared.passages);
    archive.postings = Postings.fromShared(shared.postings);
    archive.builder = undefined;
    return archive;
  }

  /** Builds the index. Idempotent. */
  finish(): this {
    if (this.builder !== undefined) {
      this.postings = this.builder.build();
      this.builder = undefined;
    }
    return this;
  }

  get finished(): boolean {
    return this.builder === undefined;
  }

  /** Source files that went in (articles added, or passages' files). */
  get fileCount(): number {
    return this.passages.fileCount;
  }

  get size(): number {
    return this.passages.size;
  }

  stats(): ArchiveStats {
    return { articles: this.passages.fileCount, passages: this.passages.size, postings: this.postings.bytes / 4, indexBytes: this.postings.bytes };
  }

  /**
   * The passages sharing the rarest word pairs with `tokens`, best first, at most `limit`; with
   * `filter`, the best of the passages it wants (the others never take a place).
   * Cost: one binary search per word pair of the quotation, plus its rare pairs' postings (the
   * common ones are searched only for the few passages still in the running, see `topByRarity`).
   */
  candidates(tokens: ReadonlyArray<VerifyToken>, limit = 8, filter?: PassageFilter): Candidate[] {
    const total = this.passages.size;
    if (total === 0 || tokens.length === 0) return [];
    // Before finish() the index is empty and nothing is found.
    if (this.builder !== undefined) return [];
    const common = Math.max(MIN_COMMON, Math.ceil(total * COMMON_SHARE));
    // One array reused by every query (a rarity is never 0, so 0 is "not found yet"), all 0 between queries.
    const weights = (this.weights ??= new Float64Array(total));
    const lists: PairList[] = [];
    const seen = new Set<number>();
    const tooCommon: Uint32Array[] = [];
    for (const key of pairKeys(tokens)) {
      if (seen.has(key)) continue;
      seen.add(key);
      const ids = this.postings.lookup(key);
      if (ids.length === 0) continue;
      if (ids.length > common) tooCommon.push(ids);
      else lists.push({ ids, rarity: Math.log(1 + total / ids.length) });
    }
    const accept = filter === undefined ? undefined : this.passages.accepting(filter);
    if (lists.length > 0) {
      return topByRarity(lists, limit, weights, accept).map(({ id, weight }) => ({ passage: this.passages.get(id), weight }));
    }
    if (tooCommon.length === 0) return [];
    const found: number[] = [];
    this.weighCommon(tooCommon, weights, found, total);
    const best = topByWeight(found, weights, limit, accept);
    const out = best.map((id) => ({ passage: this.passages.get(id), weight: weights[id] as number }));
    for (const id of found) weights[id] = 0;
    return out;
  }

  /**
   * When every word pair of a quotation is common (a line carried by hundreds of sources), the
   * passages holding its rarest pair, weighed by the next rarest: a quotation quoted everywhere is
   * the best verified, never "found nowhere". Costs the rarest list's length times a few searches.
   */
  private weighCommon(lists: ReadonlyArray<Uint32Array>, weights: Float64Array, found: number[], total: number): void {
    const rarest = [...lists].sort((a, b) => a.length - b.length).slice(0, COMMON_FALLBACK_KEYS);
    const [first, ...rest] = rarest as [Uint32Array, ...Uint32Array[]];
    const firstRarity = Math.log(1 + total / first.length);
    for (const id of first) {
      if (weights[id] === 0) found.push(id);
      weights[id] = (weights[id] as number) + firstRarity;
    }
    // Each longer list only for the passages of the first (both ascending): the sums are the same,
    // in the same order, and a list of most of the archive is not walked whole.
    for (const ids of rest) {
      const rarity = Math.log(1 + total / ids.length);
      let at = 0;
      for (let i = 0; i < first.length && at < ids.length; i++) {
        const id = first[i] as number;
        at = lowerBoundFrom(ids, id, at);
        if (ids[at] === id) weights[id] = (weights[id] as number) + rarity;
      }
    }
  }
}
