import { MappedText, type PlainMappedText } from "../text/mapped-text.js";
import type { Article, ArticleMetadata, Block, SourceComment } from "./article.js";
import type { Quotation } from "./quotation.js";
import { SourceFile, type ArticleFormat, type DecodedBy } from "./source.js";

/** An Article as plain data, for sending from a worker thread to the main thread (structured clone). */
export interface PlainArticle {
  readonly id: string;
  readonly format: ArticleFormat;
  readonly source: { readonly uri: string; readonly text: string; readonly encoding: string; readonly bom: boolean; readonly decodedBy: DecodedBy };
  readonly metadata: ArticleMetadata;
  readonly blocks: ReadonlyArray<Omit<Block, "map"> & { readonly map: PlainMappedText }>;
  readonly comments: ReadonlyArray<SourceComment>;
  readonly quotations?: ReadonlyArray<Quotation>;
}

export function toPlainArticle(article: Article): PlainArticle {
  const { source } = article;
  return {
    id: article.id,
    format: article.format,
    source: { uri: source.uri, text: source.text, encoding: source.encoding, bom: source.bom, decodedBy: source.decodedBy },
    metadata: article.metadata,
    blocks: article.blocks.map((block) => ({ ...block, map: block.map.toPlain() })),
    comments: article.comments,
    ...(article.quotations ? { quotations: article.quotations } : {}),
  };
}

/** The Article again, with real SourceFile and MappedText objects. */
export function fromPlainArticle(plain: PlainArticle): Article {
  return {
    id: plain.id,
    format: plain.format,
    source: new SourceFile(plain.source),
    metadata: plain.metadata,
    blocks: plain.blocks.map((block) => ({ ...block, map: MappedText.fromPlain(block.map) })),
    comments: plain.comments,
    ...(plain.quotations ? { quotations: plain.quotations } : {}),
  };
}
