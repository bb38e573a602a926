import { type Article, type BlockKind, MappedText, MappedTextBuilder, type Parser, type SourceComment, type SourceFile } from "@copydesk/core";
import type { Nodes, Root } from "mdast";
import { fromMarkdown } from "mdast-util-from-markdown";
import { frontmatterFromMarkdown } from "mdast-util-frontmatter";
import { frontmatter } from "micromark-extension-frontmatter";
import { extractHtml } from "../html/extract.js";
import { composeBlock, indexBlocks, lineOuter, pendingBlock, type PendingBlock } from "../shared/blocks.js";
import { authorsFromByline, datelineOf, isBylineText } from "../shared/byline.js";
import { scanComments } from "../shared/comments.js";
import { MetadataCollector } from "../shared/metadata.js";
import { readFrontMatter } from "./front-matter.js";
import { appendPhrasing, endOf, startOf } from "./inline.js";
import { planMarkdown } from "./limits.js";

/** Deeper than this, nested quotes and lists are not followed (hostile nesting). */
const MAX_DEPTH = 100;

class MarkdownReader {
  readonly blocks: PendingBlock[] = [];
  readonly comments: SourceComment[] = [];
  private headlineTaken = false;

  constructor(
    private readonly source: SourceFile,
    private readonly collector: MetadataCollector,
  ) {}

  private get text(): string {
    return this.source.text;
  }

  /** A block from inline children; `extent` is the node whose lines the block occupies. */
  private emit(kind: BlockKind, node: Nodes, extent: Nodes): PendingBlock | undefined {
    const builder = new MappedTextBuilder();
    appendPhrasing(builder, "children" in node ? node.children : [node], this.text, this.comments);
    const block = pendingBlock(kind, builder.build(), lineOuter(this.text, startOf(extent), endOf(extent)));
    if (block !== undefined) this.blocks.push(block);
    return block;
  }

  visit(node: Nodes, context: BlockKind | undefined, depth: number): void {
    if (depth > MAX_DEPTH) return;
    switch (node.type) {
      case "yaml":
        readFrontMatter(node.value, this.source.lines.positionAt(startOf(node)).line + 1, this.collector);
        return;
      case "heading": {
        const headline = node.depth === 1 && !this.headlineTaken && context === undefined;
        if (headline) this.headlineTaken = true;
        const block = this.emit(headline ? "headline" : "heading", node, node);
        if (headline && block !== undefined) this.collector.set("headline", block.map.text, "heading");
        return;
      }
      case "paragraph":
        this.paragraph(node, context ?? "paragraph", node);
        return;
      case "blockquote":
        for (const child of node.children) this.visit(child, "blockquote", depth + 1);
        return;
      case "list":
        for (const item of node.children) this.visit(item, context, depth + 1);
        return;
      case "listItem": {
        const single = node.children.length === 1;
        for (const child of node.children) {
          if (child.type === "paragraph") this.paragraph(child, "list-item", single ? node : child);
          else this.visit(child, "list-item", depth + 1);
        }
        return;
      }
      case "html":
        this.html(node);
        return;
      case "code":
      case "thematicBreak":
      case "definition":
        return;
      default:
        if ("children" in node) for (const child of node.children) this.visit(child as Nodes, context, depth + 1);
    }
  }

  private paragraph(node: Nodes, kind: BlockKind, extent: Nodes): void {
    const block = this.emit(kind, node, extent);
    if (block === undefined || kind !== "paragraph") return;
    const afterHeadline = this.blocks.length === 2 && this.blocks[0]?.kind === "headline";
    if (afterHeadline && isBylineText(block.map.text)) {
      block.kind = "byline";
      for (const name of authorsFromByline(block.map.text)) this.collector.addAuthor(name, "byline");
    }
  }

  /** An HTML block: its comments, and its text when it is more than comments. */
  private html(node: Nodes & { value: string }): void {
    const start = startOf(node);
    const end = endOf(node);
    const found = scanComments(this.text, start, end);
    this.comments.push(...found);
    const raw = this.text.slice(start, end);
    // Inside a quote or list the value lacks the container markers; its offsets would not line up.
    if (raw !== node.value) return;
    let rest = raw;
    for (const comment of [...found].reverse()) rest = rest.slice(0, comment.start - start) + rest.slice(comment.end - start);
    if (rest.trim().length === 0) return;
    const { blocks } = extractHtml(raw, this.collector, { page: false });
    const base = MappedText.identity(raw, start);
    for (const block of blocks) {
      // One block from the whole HTML block: deleting it deletes its lines, as for any Markdown block.
      const mapped = blocks.length === 1 ? { ...composeBlock(block, base), outer: lineOuter(this.text, start, end) } : composeBlock(block, base);
      if (mapped.kind === "headline" && this.headlineTaken) mapped.kind = "heading";
      if (mapped.kind === "headline") this.headlineTaken = true;
      this.blocks.push(mapped);
    }
  }
}

function parse(source: SourceFile): Article {
  const collector = new MetadataCollector();
  const reader = new MarkdownReader(source, collector);
  if (source.text.trim().length > 0) {
    const plan = planMarkdown(source.text);
    const tree: Root = fromMarkdown(source.text, {
      extensions: plan.emphasis ? [frontmatter(["yaml"])] : [frontmatter(["yaml"]), { disable: { null: ["attention"] } }],
      mdastExtensions: [frontmatterFromMarkdown(["yaml"])],
    });
    for (const child of tree.children) reader.visit(child, undefined, 0);
  }
  const opening = reader.blocks.find((block) => block.kind === "paragraph");
  if (opening !== undefined) collector.set("dateline", datelineOf(opening.map.text), "text");
  return {
    id: source.uri,
    format: "markdown",
    source,
    metadata: collector.build(),
    blocks: indexBlocks(reader.blocks),
    comments: reader.comments.sort((a, b) => a.start - b.start),
  };
}

/** True when the text starts with front matter or has Markdown headings or links. */
export function looksLikeMarkdown(text: string): boolean {
  const head = text.slice(0, 4000);
  if (/^---\r?\n/.test(head)) return true;
  if (/^#{1,6} \S/m.test(head)) return true;
  return /\]\(https?:\/\//.test(head);
}

/** Markdown (CommonMark) with YAML front matter. */
export const markdownParser: Parser = {
  format: "markdown",
  extensions: [".md", ".markdown", ".mdown", ".mkd", ".mkdn"],
  sniff: looksLikeMarkdown,
  parse,
};
