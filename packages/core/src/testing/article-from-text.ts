import type { Article, Block, BlockKind } from "../model/article.js";
import { emptyMetadata, type ArticleMetadata } from "../model/article.js";
import { SourceFile } from "../model/source.js";
import { MappedText } from "../text/mapped-text.js";
import { normalizeText } from "../text/normalize.js";

/**
 * An Article made from plain paragraphs, for rule tests: the source is the
 * paragraphs joined by blank lines, so a span's source offset is easy to work
 * out by hand. The first paragraph is a headline when `headline` is set.
 */
export function articleFromText(
  paragraphs: ReadonlyArray<string> | string,
  options: { id?: string; headline?: boolean; metadata?: Partial<ArticleMetadata>; kinds?: ReadonlyArray<BlockKind> } = {},
): Article {
  const list = typeof paragraphs === "string" ? [paragraphs] : paragraphs;
  const text = list.join("\n\n");
  const source = new SourceFile({ uri: options.id ?? "test.txt", text });
  const blocks: Block[] = [];
  let offset = 0;
  list.forEach((paragraph, index) => {
    const mapped = normalizeText(MappedText.identity(paragraph, offset));
    const kind: BlockKind = options.kinds?.[index] ?? (options.headline && index === 0 ? "headline" : "paragraph");
    blocks.push({ index, kind, text: mapped.text, map: mapped, outer: { start: offset, end: Math.min(text.length, offset + paragraph.length + 2) } });
    offset += paragraph.length + 2;
  });
  return {
    id: source.uri,
    format: "text",
    source,
    metadata: { ...emptyMetadata(), ...options.metadata },
    blocks,
    comments: [],
  };
}
