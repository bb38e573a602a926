import { estimatedSimilarity, type Article, type CorpusBuilder } from "@copydesk/core";
import { readsAsReporting } from "../classify/reporting.js";
import { BANDS, bandsInto, fingerprintBlock, type Fingerprint } from "./fingerprint.js";
import { BoilerplateIndex, type StoredCluster } from "./learned.js";
import { UintTable } from "./uint-table.js";

export interface BoilerplateCorpusSettings {
  /**
   * Counting error allowed, as a share of the articles (lossy counting): a block's count is at
   * most this share of the run below its true count, and memory stays bounded by about
   * (blocks per article) / errorRate clusters whatever the size of the run. Nothing is dropped in
   * runs of up to 1 / errorRate articles.
   */
  readonly errorRate: number;
  /** Estimated Jaccard similarity of 3-word shingles from which two blocks are the same boilerplate. */
  readonly similarity: number;
}

export const DEFAULT_CORPUS_SETTINGS: BoilerplateCorpusSettings = { errorRate: 0.002, similarity: 0.6 };

/** Characters of text kept per cluster seen twice, for reports. */
const SAMPLE_CHARS = 160;
/** Distinct boilerplate marks remembered per cluster. */
const MAX_MARKS = 4;

interface Cluster {
  readonly id: number;
  /** MinHash signature of the block that started the cluster. */
  readonly signature: Uint32Array;
  /** Its shingle hashes (numbers, not text): what the index matches texts against. */
  shingles: Uint32Array;
  /** Articles counted since the cluster was created. */
  count: number;
  /** Articles it may have been in before it was created (lossy counting's error bound). */
  delta: number;
  lastArticle: number;
  sample: string | undefined;
  /** Whether the text reads as reporting (a quotation, "said"): decided when it is first seen twice. */
  reporting: boolean | undefined;
  marked: number;
  marks: Map<string, number> | undefined;
}

const markKey = (category: string, provider: string | undefined) => `${category}\u0000${provider ?? ""}`;

/** A builder's state as plain data, for runs on worker threads (structured clone keeps typed arrays). */
export interface BoilerplateCorpusSnapshot {
  readonly kind: "copydesk/boilerplate-corpus";
  readonly version: 1;
  readonly articles: number;
  readonly clusters: ReadonlyArray<{
    readonly signature: Uint32Array;
    readonly shingles: Uint32Array;
    readonly count: number;
    readonly delta: number;
    readonly sample: string | undefined;
    readonly reporting: boolean | undefined;
    readonly marked: number;
    readonly marks: ReadonlyArray<readonly [string, number]>;
  }>;
}

const isSnapshot = (value: unknown): value is BoilerplateCorpusSnapshot =>
  typeof value === "object" && value !== null && (value as { kind?: unknown }).kind === "copydesk/boilerplate-corpus" && (value as { version?: unknown }).version === 1;

const bands = new Uint32Array(BANDS);

/**
 * Learns, over every article of a run, the blocks that recur across many articles, without
 * comparing blocks pairwise and without keeping article text.
 *
 * Each block of six words or more gets a MinHash signature of its 3-word shingles; its band keys
 * (locality-sensitive hashing) lead to the clusters already seen with a similar text, and the best
 * one above `similarity` counts the article (once per article). A block with no match starts a
 * cluster. Lossy counting (Manku and Motwani, 2002) keeps memory bounded: after every 1 / errorRate
 * articles, clusters whose count cannot reach that share of the run are dropped, so one-off story
 * paragraphs never pile up. Work per article is linear in its words; a bucket remembers the first
 * cluster that claimed it, so a lookup is a handful of map reads.
 */
export class BoilerplateCorpusBuilder implements CorpusBuilder<BoilerplateIndex> {
  private readonly settings: BoilerplateCorpusSettings;
  private readonly width: number;
  private readonly clusters = new Map<number, Cluster>();
  /** Band key to the first cluster that claimed it. */
  private readonly byBand = new UintTable(1024);
  private articles = 0;
  private nextId = 0;

  constructor(settings: Partial<BoilerplateCorpusSettings> = {}) {
    this.settings = { ...DEFAULT_CORPUS_SETTINGS, ...settings };
    if (!(this.settings.errorRate > 0 && this.settings.errorRate < 1)) throw new RangeError("errorRate must be between 0 and 1");
    this.width = Math.ceil(1 / this.settings.errorRate);
  }

  /** Articles added so far (role "checked"), clusters and buckets held now: for benchmarks and tests. */
  get stats(): { articles: number; clusters: number; buckets: number } {
    return { articles: this.articles, clusters: this.clusters.size, buckets: this.byBand.size };
  }

  add(article: Article, role: "checked" | "source"): void {
    // Originals given with --sources are not part of the feed.
    if (role !== "checked") return;
    this.articles++;
    const bucket = Math.ceil(this.articles / this.width);
    for (const block of article.blocks) {
      const fingerprint = fingerprintBlock(block);
      if (fingerprint === undefined) continue;
      const cluster = this.find(fingerprint) ?? this.create(fingerprint, bucket);
      if (cluster.lastArticle === this.articles) continue;
      cluster.count++;
      cluster.lastArticle = this.articles;
      if (cluster.count === 2 && cluster.sample === undefined) {
        cluster.sample = block.text.slice(0, SAMPLE_CHARS);
        cluster.reporting = readsAsReporting(block.text);
      }
      const mark = block.boilerplate;
      if (mark !== undefined) {
        cluster.marked++;
        this.markAs(cluster, markKey(mark.category, mark.provider), 1);
      }
    }
    if (this.articles % this.width === 0) this.prune(bucket);
  }

  /** The clusters held now, as plain data (see {@link absorb}). */
  snapshot(): BoilerplateCorpusSnapshot {
    return {
      kind: "copydesk/boilerplate-corpus",
      version: 1,
      articles: this.articles,
      clusters: [...this.clusters.values()].map((c) => ({
        signature: c.signature,
        shingles: c.shingles,
        count: c.count,
        delta: c.delta,
        sample: c.sample,
        reporting: c.reporting,
        marked: c.marked,
        marks: [...(c.marks ?? [])],
      })),
    };
  }

  /**
   * Adds another builder's snapshot (a shard of the run read on another thread): each of its
   * clusters is merged into the similar cluster held here, counts and error bounds added, or kept
   * as a new one. Then clusters that cannot reach the error rate of the whole run so far are
   * dropped, as lossy counting does at a bucket boundary.
   */
  absorb(snapshot: unknown): void {
    if (!isSnapshot(snapshot)) return;
    this.articles += snapshot.articles;
    for (const other of snapshot.clusters) {
      const fingerprint: Fingerprint = { signature: other.signature, bands: bandsInto(other.signature, bands), shingles: other.shingles, words: 0 };
      const cluster = this.find(fingerprint) ?? this.create(fingerprint, 1);
      cluster.count += other.count;
      cluster.delta += other.delta;
      cluster.marked += other.marked;
      cluster.sample ??= other.sample;
      cluster.reporting ??= other.reporting;
      for (const [key, count] of other.marks) this.markAs(cluster, key, count);
    }
    this.prune(Math.floor(this.articles / this.width));
  }

  finish(): BoilerplateIndex {
    const kept: StoredCluster[] = [];
    // Paragraphs that quote or attribute recur when a feed carries several copies of one story:
    // shared reporting, not boilerplate.
    const recurring = [...this.clusters.values()].filter((c) => c.count >= 2 && c.reporting !== true);
    for (const cluster of recurring.sort(byCountThenText)) {
      let knownAs: { category: string; provider?: string } | undefined;
      let top = 0;
      for (const [key, count] of cluster.marks ?? []) {
        if (count <= top) continue;
        top = count;
        const [category, provider] = key.split("\u0000") as [string, string];
        knownAs = provider === "" ? { category } : { category, provider };
      }
      kept.push({
        shingles: cluster.shingles,
        block: {
          // Numbered in that order: the builder's own ids follow the order clusters were created
          // in, which depends on how the run was split across threads, and a report must not.
          id: kept.length,
          articles: cluster.count,
          maxArticles: Math.min(this.articles, cluster.count + cluster.delta),
          sample: cluster.sample ?? "",
          markedShare: cluster.marked / cluster.count,
          // Known as what the processor marked it in at least half of its articles.
          ...(knownAs !== undefined && top * 2 >= cluster.count ? { knownAs } : {}),
        },
      });
    }
    return new BoilerplateIndex(this.articles, kept, this.settings.similarity);
  }

  /** Counts `count` occurrences marked as `key` (category and provider) by the processor. */
  private markAs(cluster: Cluster, key: string, count: number): void {
    cluster.marks ??= new Map();
    if (cluster.marks.has(key) || cluster.marks.size < MAX_MARKS) cluster.marks.set(key, (cluster.marks.get(key) ?? 0) + count);
  }

  private find(fingerprint: Fingerprint): Cluster | undefined {
    let best: Cluster | undefined;
    let bestScore = 0;
    let previous = -1;
    for (let band = 0; band < BANDS; band++) {
      const id = this.byBand.get(fingerprint.bands[band] as number);
      if (id < 0 || id === previous) continue;
      previous = id;
      const cluster = this.clusters.get(id);
      if (cluster === undefined || cluster === best) continue;
      const score = estimatedSimilarity(fingerprint.signature, cluster.signature);
      if (score >= this.settings.similarity && score > bestScore) [best, bestScore] = [cluster, score];
    }
    return best;
  }

  private create(fingerprint: Fingerprint, bucket: number): Cluster {
    const cluster: Cluster = {
      id: this.nextId++,
      signature: fingerprint.signature.slice(),
      shingles: fingerprint.shingles.slice(),
      count: 0,
      delta: bucket - 1,
      lastArticle: 0,
      sample: undefined,
      reporting: undefined,
      marked: 0,
      marks: undefined,
    };
    this.clusters.set(cluster.id, cluster);
    // A bucket already claimed keeps its cluster: the first text seen with this band leads to it.
    for (const band of fingerprint.bands) if (!this.byBand.has(band)) this.byBand.set(band, cluster.id);
    return cluster;
  }

  /** Lossy counting: drop the clusters whose count plus error bound is no more than the bucket number. */
  private prune(bucket: number): void {
    for (const cluster of this.clusters.values()) {
      if (cluster.count + cluster.delta > bucket) continue;
      this.clusters.delete(cluster.id);
      for (const band of bandsInto(cluster.signature, bands)) if (this.byBand.get(band) === cluster.id) this.byBand.delete(band);
    }
  }
}

/** A corpus builder for `disclaimers/corpus-boilerplate` (and for benchmarks: add articles, then `finish()`). */
export const createBoilerplateCorpus = (settings: Partial<BoilerplateCorpusSettings> = {}): BoilerplateCorpusBuilder =>
  new BoilerplateCorpusBuilder(settings);

/** Most frequent first, then by text (the shingle hashes of the block that started the cluster). */
function byCountThenText(a: Cluster, b: Cluster): number {
  if (a.count !== b.count) return b.count - a.count;
  const length = Math.min(a.shingles.length, b.shingles.length);
  for (let i = 0; i < length; i++) if (a.shingles[i] !== b.shingles[i]) return (a.shingles[i] as number) - (b.shingles[i] as number);
  return a.shingles.length - b.shingles.length;
}
