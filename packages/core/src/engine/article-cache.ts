import type { Article } from "../model/article.js";
import { releaseArticle } from "./article-release.js";
import { timed } from "./timing.js";

/**
 * Turns an article into compact bytes and back, exactly (the node package packs with V8's
 * serializer and brotli: about 8 KB for an article that holds 58 KB of heap).
 */
export interface ArticlePacker {
  pack(article: Article): Uint8Array;
  unpack(bytes: Uint8Array): Article;
}

/**
 * Articles read in the corpus pass, kept for the check pass so a run reads each file once, up to
 * a memory budget (a run over more files than fit re-reads the rest: memory stays bounded).
 *
 * Given a packer, the cache keeps articles as they are until they fill `LIVE_SHARE` of the budget,
 * then packed in the rest. Unpacking costs a sixth of reading the file again (parse and every
 * processor), and a packed article about a seventh of the memory of a live one.
 */
export class ArticleCache {
  /** Share of the budget for live articles when the cache can pack; packed ones fill the rest. */
  static readonly LIVE_SHARE = 0.75;

  private readonly live = new Map<string, Article>();
  private readonly packed = new Map<string, Uint8Array>();
  private liveBytes = 0;
  private packedBytes = 0;
  /** Set when a packed article did not fit: packing more is wasted work until one is taken. */
  private packedFull = false;

  /**
   * @param budgetBytes rough bytes of articles to keep (default 256 MB)
   * @param packer how to pack the articles the live share has no room for (none: those are not kept)
   */
  constructor(
    private readonly budgetBytes = 256 * 1024 * 1024,
    private readonly packer?: ArticlePacker,
  ) {}

  /**
   * What an article holds in memory, roughly: its source and block texts as UTF-16, their maps,
   * and its quotations with their spans and speakers. Within 10% of the heap a parsed 10 KB HTML
   * article with every processor run was measured to hold (about 58 KB).
   */
  static sizeOf(article: Article): number {
    let size = article.source.text.length * 2;
    for (const block of article.blocks) size += block.text.length * 2 + block.map.segmentCount * 12 + 200;
    for (const quotation of article.quotations ?? []) size += quotation.text.length * 2 + 500;
    return size;
  }

  /**
   * Keeps the article when it fits, live or packed; returns whether it did. A packed article is
   * released at once (what packages derived from it is let go): the check pass gets a copy.
   */
  put(key: string, article: Article): boolean {
    const size = ArticleCache.sizeOf(article);
    if (this.liveBytes + size <= this.budgetBytes * (this.packer === undefined ? 1 : ArticleCache.LIVE_SHARE)) {
      this.live.set(key, article);
      this.liveBytes += size;
      return true;
    }
    const packer = this.packer;
    if (packer === undefined || this.packedFull) return false;
    let bytes: Uint8Array;
    try {
      bytes = timed("cache pack", () => packer.pack(article));
    } catch {
      // A cache only saves work: an article it cannot pack is read again, never a failed run.
      return false;
    }
    if (this.packedBytes + bytes.byteLength > this.budgetBytes * (1 - ArticleCache.LIVE_SHARE)) {
      this.packedFull = true;
      return false;
    }
    this.packed.set(key, bytes);
    this.packedBytes += bytes.byteLength;
    releaseArticle(article);
    return true;
  }

  /** The article kept for `key`, handed over once (the cache lets go of it); undefined when none is, or it cannot be unpacked. */
  take(key: string): Article | undefined {
    const article = this.live.get(key);
    if (article !== undefined) {
      this.live.delete(key);
      this.liveBytes -= ArticleCache.sizeOf(article);
      return article;
    }
    const bytes = this.packed.get(key);
    const packer = this.packer;
    if (bytes === undefined || packer === undefined) return undefined;
    this.packed.delete(key);
    this.packedBytes -= bytes.byteLength;
    this.packedFull = false;
    try {
      return timed("cache unpack", () => packer.unpack(bytes));
    } catch {
      return undefined;
    }
  }

  get size(): number {
    return this.live.size + this.packed.size;
  }

  /** How many of the kept articles are packed. */
  get packedCount(): number {
    return this.packed.size;
  }
}
