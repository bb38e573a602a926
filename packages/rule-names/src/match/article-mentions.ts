import { BoundedCache, onArticleReleased, type Article } from "@copydesk/core";
import { compileGazetteer, defaultGazetteer, type CompiledGazetteer } from "../gazetteer/compile.js";
import { mergeEntries } from "../gazetteer/merge.js";
import { shippedEntries } from "../data/load.js";
import type { EntryOption } from "../options.js";
import { findBlockNameMentions, type MatchWork, type NameMention } from "./find-mentions.js";

/** A mention with the block it stands in. */
export interface BlockMention extends NameMention {
  readonly block: number;
}

// Gazetteers compiled for user options, by the options' JSON: a run has one or two.
const compiled = new BoundedCache<string, CompiledGazetteer>(16);

/** The gazetteer for a rule's options: the shipped one, or shipped + the user's entries and exceptions. */
export function gazetteerFor(options: {
  readonly entries: ReadonlyArray<EntryOption>;
  readonly exceptions: ReadonlyArray<string>;
}): CompiledGazetteer {
  if (options.entries.length === 0 && options.exceptions.length === 0) return defaultGazetteer();
  const key = JSON.stringify([options.entries, options.exceptions]);
  return compiled.getOrCompute(key, () => compileGazetteer(mergeEntries(shippedEntries(), options.entries), { exceptions: options.exceptions }));
}

// Both rules read the same mentions: find them once per article and gazetteer.
const cache = new WeakMap<Article, Map<CompiledGazetteer, ReadonlyArray<BlockMention>>>();
onArticleReleased((article) => cache.delete(article));

/**
 * Every name mention in the article's blocks, in order; boilerplate blocks are skipped. Found
 * once per article and gazetteer (both rules ask); `work` counts what a fresh scan did.
 */
export function mentionsInArticle(article: Article, gazetteer: CompiledGazetteer, work?: MatchWork): ReadonlyArray<BlockMention> {
  let byGazetteer = cache.get(article);
  const cached = byGazetteer?.get(gazetteer);
  if (cached !== undefined) return cached;
  const mentions: BlockMention[] = [];
  for (const block of article.blocks) {
    if (block.boilerplate !== undefined) continue;
    for (const mention of findBlockNameMentions(block.text, gazetteer, work, block.index)) mentions.push(mention);
  }
  if (byGazetteer === undefined) {
    byGazetteer = new Map();
    cache.set(article, byGazetteer);
  }
  byGazetteer.set(gazetteer, mentions);
  return mentions;
}
