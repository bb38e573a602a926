import type { SourceComment } from "@copydesk/core";
import type { PendingBlock } from "../shared/blocks.js";
import { datelineOf } from "../shared/byline.js";
import type { MetadataCollector } from "../shared/metadata.js";
import { BlockWalker } from "./blocks.js";
import { findBody } from "./body-finder.js";
import { type AnyNode, attr, type Document, elementsUnder, isComment, isInside, isTag, nodeEnd, nodeStart, parseHtml, tagOf } from "./dom.js";
import { readDocumentMetadata, readTitle } from "./metadata.js";

export interface HtmlExtraction {
  /** Blocks with maps into the HTML string that was parsed. */
  readonly blocks: PendingBlock[];
  readonly comments: SourceComment[];
}

export interface ExtractOptions {
  /** A whole page: read JSON-LD, meta tags and `<title>` (false for a ninjs HTML body). */
  readonly page: boolean;
}

function commentsOf(doc: Document, html: string): SourceComment[] {
  const comments: SourceComment[] = [];
  const stack: AnyNode[] = [doc];
  while (stack.length > 0) {
    const node = stack.pop() as AnyNode;
    if (isComment(node)) {
      const start = nodeStart(node);
      if (html.startsWith("<!--", start)) comments.push({ text: node.data.trim(), start, end: nodeEnd(node, html) });
      continue;
    }
    if ("children" in node) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as AnyNode);
  }
  return comments;
}

/** HTML to blocks, comments and (into `collector`) metadata. */
export function extractHtml(html: string, collector: MetadataCollector, options: ExtractOptions): HtmlExtraction {
  const { $, doc } = parseHtml(html);
  const { articleBody } = options.page ? readDocumentMetadata($, collector) : { articleBody: undefined };
  const { root } = findBody(doc, articleBody);
  const rootTag = isTag(root) ? tagOf(root) : "";
  const dropHeaders = !isTag(root) || rootTag === "html" || rootTag === "body" || rootTag === "main";
  const walker = new BlockWalker(html, collector, dropHeaders);

  // The headline may sit outside the body element (a page header above the story).
  const inRoot = [...elementsUnder(root, walker.skip)].some((el) => tagOf(el) === "h1");
  if (!inRoot) {
    const outside = [...elementsUnder(doc, walker.skip)].find((el) => tagOf(el) === "h1" && !isInside(el, root));
    if (outside !== undefined) walker.addHeadline(outside);
  }
  walker.walkRoot(root);
  const blocks = walker.blocks;
  if (!walker.hasHeadline && blocks[0]?.kind === "heading") blocks[0].kind = "headline";

  for (const time of walker.times) collector.set("published", attr(time, "datetime"), "time");
  for (const block of blocks) {
    if (block.kind === "dateline") collector.set("dateline", block.map.text, "dateline");
  }
  const opening = blocks.find((block) => block.kind === "paragraph");
  if (opening !== undefined) collector.set("dateline", datelineOf(opening.map.text), "text");
  if (options.page) readTitle($, collector);
  return { blocks, comments: commentsOf(doc, html) };
}
