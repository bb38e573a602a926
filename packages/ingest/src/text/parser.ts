import type { Article, Parser, SourceFile } from "@copydesk/core";
import { indexBlocks } from "../shared/blocks.js";
import { datelineOf } from "../shared/byline.js";
import { MetadataCollector } from "../shared/metadata.js";
import { textBlocks } from "./paragraphs.js";

function parse(source: SourceFile): Article {
  const collector = new MetadataCollector();
  const blocks = textBlocks(source.text, { title: true, collector });
  const headline = blocks.find((block) => block.kind === "headline");
  if (headline !== undefined) collector.set("headline", headline.map.text, "text");
  const opening = blocks.find((block) => block.kind === "paragraph");
  if (opening !== undefined) collector.set("dateline", datelineOf(opening.map.text), "text");
  return {
    id: source.uri,
    format: "text",
    source,
    metadata: collector.build(),
    blocks: indexBlocks(blocks),
    comments: [],
  };
}

/** Plain text: the first line is the headline, paragraphs by blank lines or one per line, hard wraps joined. */
export const textParser: Parser = {
  format: "text",
  extensions: [".txt", ".text"],
  sniff: () => true,
  parse,
};
