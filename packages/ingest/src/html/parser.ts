import type { Article, Parser, SourceFile } from "@copydesk/core";
import { indexBlocks } from "../shared/blocks.js";
import { MetadataCollector } from "../shared/metadata.js";
import { extractHtml } from "./extract.js";

const SNIFF_TAGS = ["<!doctype html", "<html", "<head", "<body", "<article", "<p>", "<p ", "<div", "<h1", "<meta", "<title"];

/** True when the text starts like an HTML page or fragment. */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 2000).trimStart().toLowerCase();
  if (!head.startsWith("<")) return false;
  return SNIFF_TAGS.some((tag) => head.includes(tag));
}

function parse(source: SourceFile): Article {
  const collector = new MetadataCollector();
  const { blocks, comments } = extractHtml(source.text, collector, { page: true });
  return {
    id: source.uri,
    format: "html",
    source,
    metadata: collector.build(),
    blocks: indexBlocks(blocks),
    comments,
  };
}

/** HTML pages and fragments: the article body found and cut into blocks, metadata from JSON-LD and meta tags. */
export const htmlParser: Parser = {
  format: "html",
  extensions: [".html", ".htm", ".xhtml", ".shtml"],
  sniff: looksLikeHtml,
  parse,
};
