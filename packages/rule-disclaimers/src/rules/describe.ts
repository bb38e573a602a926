import { spanToSource, type Article, type Boilerplate } from "@copydesk/core";

/** What an editor calls each category. */
const NOUNS: Readonly<Record<string, string>> = {
  disclaimer: "disclaimer",
  "safe-harbour": "forward-looking-statements notice",
  about: "\"About\" section",
  contact: "media contact block",
  credit: "credit line",
  copyright: "copyright notice",
  "call-to-action": "call to action",
};

export const nounOf = (category: string): string => NOUNS[category] ?? `${category} block`;

/** "the MENAFN disclaimer", "the disclaimer". */
export const named = (boilerplate: Boilerplate): string =>
  boilerplate.provider === undefined ? `the ${nounOf(boilerplate.category)}` : `the ${boilerplate.provider} ${nounOf(boilerplate.category)}`;

/** The 1-based source line where a block starts. */
export function lineOf(article: Article, block: number): number {
  const span = { block, start: 0, end: article.blocks[block]?.text.length ?? 0 };
  return article.source.lines.positionAt(spanToSource(article, span).start).line;
}

/** A span over a whole block's text. */
export const wholeSpan = (article: Article, block: number) => ({ block, start: 0, end: article.blocks[block]?.text.length ?? 0 });

/** "MENAFN, then EIN Presswire, then Business Wire". */
export const inOrder = (names: ReadonlyArray<string>): string => names.join(", then ");
