import type { Article, BlockKind } from "../model/article.js";
import type { Span } from "../model/rule.js";
import { spanToSource } from "../engine/resolve.js";

/** Blocks an editor names by what they are rather than by a paragraph number. */
const NAMED: Partial<Record<BlockKind, string>> = {
  headline: "the headline",
  heading: "a heading",
  byline: "the byline",
  dateline: "the dateline",
  credit: "the credit line",
  caption: "a caption",
};

/**
 * Says where a span stands, as an editor would: "paragraph 2 (line 7)", "the headline (line 1)",
 * "the same paragraph (line 5)". Paragraphs are counted over body text only (paragraphs, quotes,
 * list items), so a byline above the first paragraph does not shift the count. Paragraph numbers
 * are computed once per article.
 */
export class Where {
  private paragraphNumbers: Map<number, number> | undefined;

  constructor(private readonly article: Article) {}

  describe(span: Span, from: Span): string {
    const line = this.article.source.lines.positionAt(spanToSource(this.article, span).start).line;
    const kind = this.article.blocks[span.block]?.kind;
    const named = kind === undefined ? undefined : NAMED[kind];
    if (named !== undefined) return `${named} (line ${line})`;
    if (span.block === from.block) return `the same paragraph (line ${line})`;
    return `paragraph ${this.paragraphNumber(span.block)} (line ${line})`;
  }

  private paragraphNumber(block: number): number {
    if (this.paragraphNumbers === undefined) {
      this.paragraphNumbers = new Map();
      let count = 0;
      for (const other of this.article.blocks) {
        if (NAMED[other.kind] === undefined) this.paragraphNumbers.set(other.index, ++count);
      }
    }
    return this.paragraphNumbers.get(block) ?? 0;
  }
}
