import type { Article, Block, Span } from "@copydesk/core";
import { storyBlocks } from "../text/story.js";

/** "\"Kiev\"": a phrase quoted in a message. */
export const q = (text: string): string => `"${text}"`;

/** "MENAFN", "MENAFN and EIN Presswire", "A, B and C". */
export function listOf(items: ReadonlyArray<string>): string {
  if (items.length <= 1) return items[0] ?? "";
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

const firstWord = (block: Block, from = 0): Span => {
  let start = from;
  while (start < block.text.length && block.text[start] === " ") start++;
  let end = start;
  while (end < block.text.length && block.text[end] !== " ") end++;
  return { block: block.index, start, end: Math.max(end, Math.min(block.text.length, start + 1)) };
};

/**
 * Where a finding about something the article lacks as a whole (a byline, a credit) points: the
 * headline, where an editor adds a byline or a credit line, or the first story paragraph's first
 * word when there is no headline.
 */
export function articleAnchor(article: Article): Span | undefined {
  const headline = article.blocks.find((block) => block.kind === "headline" && block.boilerplate === undefined);
  if (headline !== undefined) return { block: headline.index, start: 0, end: headline.text.length };
  const first = storyBlocks(article)[0];
  return first !== undefined ? firstWord(first) : undefined;
}

/** Where a missing dateline belongs: the first word of the first story paragraph (after a distributor's tag). */
export function openingAnchor(article: Article, skip = 0): Span | undefined {
  const first = storyBlocks(article)[0];
  if (first === undefined) return articleAnchor(article);
  return firstWord(first, skip);
}
