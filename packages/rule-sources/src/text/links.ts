import type { Article } from "@copydesk/core";
import type { StorySentence } from "./story.js";

const MAX_SOURCE = 100_000;
const HTML_LINK = /<a\s[^>]{0,500}?href\s{0,3}=/i;
const MARKDOWN_LINK = /\]\((?:https?:\/\/|\/|www\.)/i;
const ADDRESS = /\b(?:https?:\/\/|www\.)\S/i;

/**
 * True when the sentence links to its source: an HTML `<a href>` or a Markdown link in the source
 * it was read from, or a web address written out. A link is an attribution: the reader can follow it.
 */
export function sentenceHasLink(article: Article, sentence: StorySentence): boolean {
  const text = sentence.blockText.slice(sentence.start, sentence.end);
  if (ADDRESS.test(text)) return true;
  if (article.format === "text") return false;
  const block = article.blocks[sentence.block];
  if (block === undefined) return false;
  const range = block.map.toSource(sentence.start, sentence.end);
  const source = article.source.text.slice(range.start, Math.min(range.end, range.start + MAX_SOURCE));
  return article.format === "markdown" ? MARKDOWN_LINK.test(source) || source.includes("<http") : HTML_LINK.test(source);
}
