import type { Article, Parser, SourceComment, SourceFile } from "@copydesk/core";
import { extractHtml } from "../html/extract.js";
import { composeBlock, indexBlocks, pendingBlock, type PendingBlock } from "../shared/blocks.js";
import { datelineOf } from "../shared/byline.js";
import { MetadataCollector } from "../shared/metadata.js";
import { textBlocks } from "../text/paragraphs.js";
import { bodyOf, headlineOf, type JsonObject, readNinjsMetadata, stringOf } from "./fields.js";
import { JsonSyntaxError, type JsonNode, type JsonString, scanJson, stringMap } from "./json-scanner.js";

function readJson(source: SourceFile): JsonNode {
  try {
    return scanJson(source.text);
  } catch (error) {
    if (error instanceof JsonSyntaxError) {
      const at = source.lines.positionAt(error.offset);
      throw new Error(`invalid JSON at line ${at.line}, column ${at.column}: ${error.reason}`);
    }
    throw error;
  }
}

/** A block that is a whole string field; its outer range is the string's content (deleting it leaves `""`). */
function fieldBlock(source: string, kind: "headline" | "byline", node: JsonString): PendingBlock | undefined {
  return pendingBlock(kind, stringMap(source, node), { start: node.start + 1, end: node.end - 1 });
}

function bodyBlocks(source: SourceFile, root: JsonObject, collector: MetadataCollector): { blocks: PendingBlock[]; comments: SourceComment[] } {
  const body = bodyOf(root);
  if (body === undefined) return { blocks: [], comments: [] };
  const map = stringMap(source.text, body.node);
  if (body.kind === "text") {
    const blocks = textBlocks(body.node.value, { title: false, collector });
    return { blocks: blocks.map((block) => composeBlock(block, map)), comments: [] };
  }
  const extraction = extractHtml(body.node.value, collector, { page: false, xml: body.kind !== "html" });
  return {
    blocks: extraction.blocks.map((block) => composeBlock(block, map)),
    comments: extraction.comments.map((comment) => ({ text: comment.text, ...map.toSource(comment.start, comment.end) })),
  };
}

function parse(source: SourceFile): Article {
  const collector = new MetadataCollector();
  const empty = source.text.trim().length === 0;
  const blocks: PendingBlock[] = [];
  let comments: SourceComment[] = [];
  if (!empty) {
    const root = readJson(source);
    if (root.type !== "object") throw new Error(`not a ninjs document: the top level is ${root.type === "array" ? "an array" : `a ${root.type}`}, not an object`);
    const headline = headlineOf(root);
    // The fields first: they outrank what the body's text suggests (a "located" over a dateline guessed from the first paragraph).
    readNinjsMetadata(root, collector);
    const body = bodyBlocks(source, root, collector);
    if (headline === undefined && body.blocks.length === 0) {
      throw new Error('not a ninjs document: no headline or body (expected "headline", "headlines", "body_text", "body_html" or "bodies")');
    }
    if (headline !== undefined && !body.blocks.some((block) => block.kind === "headline")) {
      const block = fieldBlock(source.text, "headline", headline.node);
      if (block !== undefined) blocks.push(block);
    }
    const byline = stringOf(root, "byline", "by");
    if (byline !== undefined && !body.blocks.some((block) => block.kind === "byline")) {
      const block = fieldBlock(source.text, "byline", byline.node);
      if (block !== undefined) blocks.push(block);
    }
    blocks.push(...body.blocks);
    comments = body.comments;
    const opening = body.blocks.find((block) => block.kind === "paragraph");
    if (opening !== undefined) collector.set("dateline", datelineOf(opening.map.text), "text");
  }
  return {
    id: source.uri,
    format: "ninjs",
    source,
    metadata: collector.build(),
    blocks: indexBlocks(blocks),
    comments,
  };
}

/** True for a JSON object with ninjs keys: "uri" and a headline or body. */
export function looksLikeNinjs(text: string): boolean {
  const head = text.slice(0, 8000);
  if (!head.trimStart().startsWith("{")) return false;
  if (!head.includes('"uri"')) return false;
  return ['"headline"', '"headlines"', '"body_text"', '"body_html"', '"body_xhtml"', '"bodies"'].some((key) => head.includes(key));
}

/** IPTC ninjs JSON (1.x, 2.x, 3.x): headline, byline and body, mapped into the JSON string values. */
export const ninjsParser: Parser = {
  format: "ninjs",
  extensions: [".json", ".ninjs"],
  sniff: looksLikeNinjs,
  parse,
};
