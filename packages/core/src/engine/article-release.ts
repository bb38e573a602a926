import type { Article } from "../model/article.js";

/**
 * Packages keep what they derive from an article (its sentences and their tokens, attributions,
 * quotation tokens) in module-level WeakMaps, so that several rules share one computation. V8's
 * young-generation collector kept the values of such long-lived WeakMaps alive until the next
 * full collection, so that data was promoted wholesale with every article: about 40% of all
 * promoted bytes at 1,000 articles (tooling/bench/README.md, fifth round). Deleting the entries
 * once the article is checked lets it die young.
 */
const releases: Array<(article: Article) => void> = [];

/** Registers `release`, called with every article once it is checked (or read and not kept). */
export function onArticleReleased(release: (article: Article) => void): void {
  releases.push(release);
}

/** Lets go of what packages derived from `article`. Safe at any time: their caches only recompute. */
export function releaseArticle(article: Article): void {
  for (const release of releases) release(article);
}
