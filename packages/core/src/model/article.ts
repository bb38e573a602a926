import { Schema } from "effect";
import { MappedText } from "../text/mapped-text.js";
import { Quotation } from "./quotation.js";
import type { ArticleFormat, SourceFile } from "./source.js";

export const BlockKind = Schema.Literal(
  "headline",
  "heading",
  "paragraph",
  "blockquote",
  "list-item",
  "caption",
  "byline",
  "dateline",
  "credit",
  "other",
);
export type BlockKind = typeof BlockKind.Type;

/** Why a block is not part of the story: set by ingest or by the disclaimers package. */
export const Boilerplate = Schema.Struct({
  /** disclaimer, about, contact, credit, safe-harbour, call-to-action, ... */
  category: Schema.String,
  /** The provider the boilerplate names (MENAFN, EIN Presswire), when it names one. */
  provider: Schema.optional(Schema.String),
});
export type Boilerplate = typeof Boilerplate.Type;

/**
 * One unit of article text. `text` is normalised (NFC, white space and hard
 * wraps folded) and `map` leads every character of it back to the source.
 * `outer` is the source range to remove to delete the block whole (the HTML
 * element, the lines of a paragraph).
 */
export interface Block {
  readonly index: number;
  readonly kind: BlockKind;
  readonly text: string;
  readonly map: MappedText;
  readonly outer: { readonly start: number; readonly end: number };
  /** Set when the block is boilerplate rather than reporting. Mutable so a corpus pass can mark it. */
  boilerplate?: Boilerplate;
}

/** A comment in the source (HTML or Markdown), kept for inline directives. */
export interface SourceComment {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/** Where a metadata value came from, for `copydesk inspect` and provenance rules. */
export const MetadataOrigin = Schema.Struct({
  field: Schema.String,
  value: Schema.String,
  from: Schema.String,
});
export type MetadataOrigin = typeof MetadataOrigin.Type;

export const ArticleMetadata = Schema.Struct({
  headline: Schema.optional(Schema.String),
  authors: Schema.Array(Schema.String),
  dateline: Schema.optional(Schema.String),
  published: Schema.optional(Schema.String),
  modified: Schema.optional(Schema.String),
  publisher: Schema.optional(Schema.String),
  canonicalUrl: Schema.optional(Schema.String),
  basedOn: Schema.optional(Schema.String),
  credit: Schema.optional(Schema.String),
  copyrightHolder: Schema.optional(Schema.String),
  language: Schema.optional(Schema.String),
  description: Schema.optional(Schema.String),
  /** Every value found, with its origin (JSON-LD, meta tag, ninjs field, text). */
  origins: Schema.Array(MetadataOrigin),
});
export type ArticleMetadata = typeof ArticleMetadata.Type;

export const emptyMetadata = (): ArticleMetadata => ({ authors: [], origins: [] });

export interface Article {
  /** The path or URI the article was read from. */
  readonly id: string;
  readonly format: ArticleFormat;
  readonly source: SourceFile;
  readonly metadata: ArticleMetadata;
  readonly blocks: ReadonlyArray<Block>;
  readonly comments: ReadonlyArray<SourceComment>;
  /** Quotations and reported speech with their speakers; set by the quotation processor (rule-quotes). */
  readonly quotations?: ReadonlyArray<Quotation>;
}

/** A serialisable view of a block, without its offset map (what `inspect` prints). */
export const BlockView = Schema.Struct({
  index: Schema.Number,
  kind: BlockKind,
  text: Schema.String,
  line: Schema.Number,
  column: Schema.Number,
  endLine: Schema.Number,
  endColumn: Schema.Number,
  boilerplate: Schema.optional(Boilerplate),
});
export type BlockView = typeof BlockView.Type;

export const ArticleView = Schema.Struct({
  path: Schema.String,
  format: Schema.Literal("html", "markdown", "text", "ninjs"),
  encoding: Schema.String,
  /** What decided the encoding: bom, utf-8 (valid UTF-8), declared (the page's charset), fallback (--encoding). */
  decodedBy: Schema.Literal("bom", "utf-8", "declared", "fallback"),
  metadata: ArticleMetadata,
  blocks: Schema.Array(BlockView),
  quotations: Schema.optional(Schema.Array(Quotation)),
});
export type ArticleView = typeof ArticleView.Type;

export function viewArticle(article: Article): ArticleView {
  const lines = article.source.lines;
  return {
    path: article.id,
    format: article.format,
    encoding: article.source.encoding,
    decodedBy: article.source.decodedBy,
    metadata: article.metadata,
    blocks: article.blocks.map((block) => {
      const range = block.map.toSource(0, block.text.length);
      const start = lines.positionAt(range.start);
      const end = lines.positionAt(range.end);
      return {
        index: block.index,
        kind: block.kind,
        text: block.text,
        line: start.line,
        column: start.column,
        endLine: end.line,
        endColumn: end.column,
        ...(block.boilerplate ? { boilerplate: block.boilerplate } : {}),
      };
    }),
    ...(article.quotations ? { quotations: article.quotations } : {}),
  };
}
