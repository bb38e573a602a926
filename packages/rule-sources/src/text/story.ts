import { type Article, type Block, onArticleReleased, splitSentences } from "@copydesk/core";
import { forgetAttributions } from "../attribution/find.js";
import { provenanceOf } from "../provenance/record.js";
import { QuoteIndex } from "./quotes.js";
import { type Token, tokenize } from "./tokens.js";

/** One sentence of the story (not the headline, a byline, a credit line or boilerplate). */
export interface StorySentence {
  readonly block: number;
  /** Offsets into the block's text. */
  readonly start: number;
  readonly end: number;
  /** The block's whole text (offsets of tokens are into it). */
  readonly blockText: string;
  readonly tokens: ReadonlyArray<Token>;
  readonly quotes: QuoteIndex;
  /** The sentence's place in the story, 0-based. */
  readonly index: number;
}

const STORY_KINDS = new Set(["paragraph", "list-item", "other"]);

/** Blocks whose sentences are reporting: story paragraphs that are not boilerplate or provenance lines. */
export function storyBlocks(article: Article): Block[] {
  const record = provenanceOf(article);
  const lines = new Set(record.lines.map((line) => line.block));
  return article.blocks.filter((block) => STORY_KINDS.has(block.kind) && block.boilerplate === undefined && !lines.has(block.index));
}

const cache = new WeakMap<Article, { readonly key: string; readonly sentences: ReadonlyArray<StorySentence> }>();
onArticleReleased((article) => {
  const cached = cache.get(article);
  if (cached === undefined) return;
  forgetAttributions(cached.sentences);
  cache.delete(article);
});

const boilerplateKey = (article: Article): string => article.blocks.map((block) => (block.boilerplate === undefined ? "0" : "1")).join("");

/** Every story sentence in order, with its tokens and its block's quotations; computed once per article. */
export function storySentences(article: Article): ReadonlyArray<StorySentence> {
  const key = boilerplateKey(article);
  const cached = cache.get(article);
  if (cached !== undefined && cached.key === key) return cached.sentences;
  const record = provenanceOf(article);
  const sentences: StorySentence[] = [];
  for (const block of storyBlocks(article)) {
    const text = block.text;
    const quotes = new QuoteIndex(text);
    // The dateline ("KYIV, March 4 (Reuters) —") is not part of the first sentence's claim.
    const from = record.storyStart?.block === block.index ? record.storyStart.start : 0;
    for (const range of splitSentences(text)) {
      if (range.end <= from) continue;
      const start = Math.max(range.start, from);
      sentences.push({ block: block.index, start, end: range.end, blockText: text, tokens: tokenize(text, start, range.end), quotes, index: sentences.length });
    }
  }
  cache.set(article, { key, sentences });
  return sentences;
}
