import { spanToSource, type Article, type Span } from "@copydesk/core";

/** "paragraph 3 (line 7)", "the headline (line 1)", "the same paragraph (line 5)": where another span stands. */
export function describeWhere(article: Article, span: Span, from: Span): string {
  const line = article.source.lines.positionAt(spanToSource(article, span).start).line;
  const block = article.blocks[span.block];
  if (block?.kind === "headline") return `the headline (line ${line})`;
  if (span.block === from.block) return `the same paragraph (line ${line})`;
  let paragraph = 0;
  for (const other of article.blocks) {
    if (other.kind !== "headline") paragraph++;
    if (other.index === span.block) break;
  }
  return `paragraph ${paragraph} (line ${line})`;
}
