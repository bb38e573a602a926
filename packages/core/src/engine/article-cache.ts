import type { Article } from "../model/article.js";

/**
 * Articles read in the corpus pass, kept for the check pass so a run reads each file once, up to
 * a memory budget (a run over more files than fit re-reads the rest: memory stays bounded).
 */
export class ArticleCache {
  private readonly articles = new Map<string, Article>();
  private used = 0;

  /** @param budgetBytes rough bytes of articles to keep (default 256 MB) */
  constructor(private readonly budgetBytes = 256 * 1024 * 1024) {}

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

  /** Keeps the article when it fits; returns whether it did. */
  put(key: string, article: Article): boolean {
    const size = ArticleCache.sizeOf(article);
    if (this.used + size > this.budgetBytes) return false;
    this.articles.set(key, article);
    this.used += size;
    return true;
  }

  /** The article kept for `key`, handed over once (the cache lets go of it). */
  take(key: string): Article | undefined {
    const article = this.articles.get(key);
    if (article === undefined) return undefined;
    this.articles.delete(key);
    this.used -= ArticleCache.sizeOf(article);
    return article;
  }

  get size(): number {
    return this.articles.size;
  }
}
