import type { SourceComment } from "@copydesk/core";
import type { PendingBlock } from "../shared/blocks.js";
import { datelineOf } from "../shared/byline.js";
import type { MetadataCollector } from "../shared/metadata.js";
import { BlockWalker } from "./blocks.js";
import { findBody } from "./body-finder.js";
import { isBylineMarkup } from "./classify.js";
import {
  type AnyNode, attr, classesOf, type Document, type Element, elementsUnder, isComment, isInside, isTag, nodeEnd, nodeStart,
  type ParentNode, parseHtml, someElementUnder, tagOf, textOf, tokens,
} from "./dom.js";
import { metadataElements, readDocumentMetadata, readTitle, titleOf } from "./metadata.js";

export interface HtmlExtraction {
  /** Blocks with maps into the HTML string that was parsed. */
  readonly blocks: PendingBlock[];
  readonly comments: SourceComment[];
}

export interface ExtractOptions {
  /** A whole page: read JSON-LD, meta tags and `<title>` (false for a ninjs HTML body). */
  readonly page: boolean;
  /** An XML body (NITF): `<tag/>` closes itself. */
  readonly xml?: boolean;
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

const fold = (text: string): string => text.replace(/\s+/g, " ").trim().toLowerCase();

const HEADLINE_CLASSES = new Set(["headline", "title", "entry-title", "article-title", "story-title", "post-title", "page-title", "article-headline", "story-headline"]);

function isHeadlineCandidate(el: Element): boolean {
  const tag = tagOf(el);
  if (tag === "h1" || tokens(attr(el, "itemprop")).includes("headline")) return true;
  return (tag === "h2" || tag === "h3") && classesOf(el).some((name) => HEADLINE_CLASSES.has(name));
}

/** True when a heading's text is the headline the page's metadata names (a site suffix may differ). */
function matchesHeadline(el: Element, reference: string): boolean {
  const text = fold(textOf(el));
  if (text.length === 0) return false;
  return text === reference || (text.length >= 12 && reference.startsWith(text)) || (reference.length >= 12 && text.startsWith(reference));
}

interface Outside {
  readonly headline: Element | undefined;
  readonly bylines: Element[];
  readonly times: Element[];
}

/**
 * The story's headline, byline and date when the body element does not hold
 * them (a page header above the story): only elements before the body that
 * are not page furniture. The headline is the heading that matches the
 * page's metadata headline, else the headline-like heading nearest the body.
 */
function findOutside(doc: Document, root: ParentNode, skip: (el: Element) => boolean, reference: string | undefined): Outside {
  if (!isTag(root)) return { headline: undefined, bylines: [], times: [] };
  const rootStart = nodeStart(root);
  const ancestors = new Set<ParentNode>();
  for (let node: ParentNode | null = root; node !== null; node = node.parent) ancestors.add(node);
  const before = [...elementsUnder(doc, skip)].filter((el) => nodeStart(el) < rootStart && !ancestors.has(el));
  const hasH1Inside = someElementUnder(root, skip, (el) => tagOf(el) === "h1");
  let headline: Element | undefined;
  if (!hasH1Inside) {
    const candidates = before.filter(isHeadlineCandidate);
    const wanted = reference === undefined ? undefined : fold(reference);
    headline = (wanted !== undefined ? candidates.find((el) => matchesHeadline(el, wanted)) : undefined) ?? candidates[candidates.length - 1];
  }
  // With a headline above the body, the byline and date sit between the two (not in a masthead further up).
  const after = headline === undefined ? before : before.filter((el) => nodeStart(el) > nodeStart(headline));
  const hasBylineInside = someElementUnder(root, skip, isBylineMarkup);
  const bylines: Element[] = [];
  if (!hasBylineInside) {
    for (const el of after) {
      if (!isBylineMarkup(el) || bylines.some((outer) => isInside(el, outer))) continue;
      if (headline !== undefined && (isInside(el, headline) || isInside(headline, el))) continue;
      bylines.push(el);
    }
  }
  const times = after.filter((el) => tagOf(el) === "time" && attr(el, "datetime") !== undefined);
  // The byline and date nearest the story belong to it (a masthead may carry others).
  return { headline, bylines: bylines.slice(-1), times: times.slice(-1) };
}

/** HTML to blocks, comments and (into `collector`) metadata. */
export function extractHtml(html: string, collector: MetadataCollector, options: ExtractOptions): HtmlExtraction {
  const doc = parseHtml(html, options.xml ?? false);
  const found = options.page ? metadataElements(doc) : undefined;
  const { articleBody } = found !== undefined ? readDocumentMetadata(found, collector) : { articleBody: undefined };
  const { root } = findBody(doc, { articleBody, fragment: !options.page });
  const rootTag = isTag(root) ? tagOf(root) : "";
  const dropHeaders = !isTag(root) || rootTag === "html" || rootTag === "body" || rootTag === "main";
  const walker = new BlockWalker(html, collector, dropHeaders);

  const reference = collector.get("headline") ?? (found !== undefined ? titleOf(found) : undefined);
  const outside = findOutside(doc, root, walker.skip, reference);
  const above: Array<{ el: Element; headline: boolean }> = outside.bylines.map((el) => ({ el, headline: false }));
  if (outside.headline !== undefined) above.push({ el: outside.headline, headline: true });
  above.sort((a, b) => nodeStart(a.el) - nodeStart(b.el));
  for (const { el, headline } of above) walker.addOutside(el, headline);
  walker.walkRoot(root);
  const blocks = walker.blocks;
  if (!walker.hasHeadline && blocks[0]?.kind === "heading") blocks[0].kind = "headline";

  for (const time of [...walker.times, ...outside.times]) collector.set("published", attr(time, "datetime"), "time");
  for (const block of blocks) {
    if (block.kind === "dateline") collector.set("dateline", block.map.text, "dateline");
  }
  const opening = blocks.find((block) => block.kind === "paragraph");
  if (opening !== undefined) collector.set("dateline", datelineOf(opening.map.text), "text");
  if (found !== undefined) readTitle(found, collector);
  return { blocks, comments: commentsOf(doc, html) };
}
