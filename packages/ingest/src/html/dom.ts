import { isWhitespaceCode, memoizeBounded } from "@copydesk/core";
import type { CheerioOptions } from "cheerio";
import { load } from "cheerio/slim";
import { type AnyNode, type Document, type Element, type ParentNode, type Text, isTag, isText } from "domhandler";

export type { AnyNode, Document, Element, ParentNode, Text };
export { isComment, isTag, isText } from "domhandler";

// cheerio/slim parses with htmlparser2 (about 6x faster than the parse5 path, and it keeps offsets);
// these htmlparser2 options pass through cheerio's loader but are not in its public option type.
const PARSE_OPTIONS = { withStartIndices: true, withEndIndices: true, decodeEntities: true } as CheerioOptions;
// XML bodies (NITF) close `<tag/>` themselves; HTML ignores the slash, as browsers do.
const XML_PARSE_OPTIONS = { ...PARSE_OPTIONS, recognizeSelfClosing: true } as CheerioOptions;

/**
 * Parses HTML (or, with `xml`, an XML body read leniently) into a document
 * tree whose every node knows its start and end offsets into `html`.
 */
export function parseHtml(html: string, xml = false): Document {
  return load(html, xml ? XML_PARSE_OPTIONS : PARSE_OPTIONS).root()[0] as Document;
}

/** NITF bodies in ninjs use their own names for headlines, sections and media. */
// A Map, not an object literal: a page's <constructor> or <__proto__> must not find Object's members.
const TAG_ALIASES: ReadonlyMap<string, string> = new Map([
  ["hl1", "h1"], ["hl2", "h2"], ["body.head", "div"], ["body.content", "div"], ["body.end", "div"], ["block", "div"],
  ["hedline", "div"], ["media", "figure"], ["media-caption", "figcaption"],
]);

// A page uses a few dozen tag names, each looked up thousands of times; a hostile page can invent
// any number of them, so the memory is bounded.
const tagOfName = memoizeBounded((written: string): string => {
  const name = written.toLowerCase();
  return TAG_ALIASES.get(name) ?? name;
}, 1024);

/** The element's tag name, lower case, with NITF names mapped to HTML. */
export const tagOf = (el: Element): string => tagOfName(el.name);

export const attr = (el: Element, name: string): string | undefined => el.attribs[name];

const hasWhitespace = (value: string): boolean => {
  for (let i = 0; i < value.length; i++) if (isWhitespaceCode(value.charCodeAt(i))) return true;
  return false;
};

export function tokens(value: string | undefined): string[] {
  if (value === undefined || value.length === 0) return [];
  // Most class and id values are one word: no split needed.
  if (!hasWhitespace(value)) return [value.toLowerCase()];
  return value.toLowerCase().split(/[\s]+/).filter((token) => token.length > 0);
}

export const classesOf = (el: Element): string[] => tokens(el.attribs["class"]);

export function hasClass(el: Element, names: ReadonlySet<string>): boolean {
  return classesOf(el).some((name) => names.has(name));
}

/** Every element under `root` in document order, not descending into elements `skip` rejects. */
export function* elementsUnder(root: AnyNode, skip?: (el: Element) => boolean): Generator<Element> {
  const stack: AnyNode[] = [];
  const push = (node: AnyNode): void => {
    if ("children" in node) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as AnyNode);
  };
  push(root);
  while (stack.length > 0) {
    const node = stack.pop() as AnyNode;
    if (!isTag(node)) continue;
    if (skip?.(node)) continue;
    yield node;
    push(node);
  }
}

/** True when some element `elementsUnder(root, skip)` yields passes `test`; stops at the first. */
export function someElementUnder(root: AnyNode, skip: (el: Element) => boolean, test: (el: Element) => boolean): boolean {
  for (const el of elementsUnder(root, skip)) if (test(el)) return true;
  return false;
}

export function isInside(node: AnyNode, ancestor: AnyNode): boolean {
  for (let current: AnyNode | null = node; current; current = current.parent) if (current === ancestor) return true;
  return false;
}

const NO_TEXT = new Set(["script", "style", "template", "noscript"]);

/** Decoded text of a subtree, skipping script and style. */
export function textOf(node: AnyNode): string {
  if (isText(node)) return node.data;
  const parts: string[] = [];
  const stack: AnyNode[] = [node];
  while (stack.length > 0) {
    const current = stack.pop() as AnyNode;
    if (isText(current)) {
      parts.push(current.data);
      continue;
    }
    if (!("children" in current)) continue;
    if (isTag(current) && NO_TEXT.has(tagOf(current))) continue;
    for (let i = current.children.length - 1; i >= 0; i--) stack.push(current.children[i] as AnyNode);
  }
  return parts.join("");
}

const VOID = new Set(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"]);

function startTagEnd(el: Element, html: string): number {
  let quote = "";
  for (let i = (el.startIndex ?? 0) + 1; i < html.length; i++) {
    const char = html[i];
    if (quote) {
      if (char === quote) quote = "";
    } else if (char === '"' || char === "'") quote = char;
    else if (char === ">") return i + 1;
  }
  return html.length;
}

function closesItself(el: Element, html: string, naive: number): boolean {
  if (VOID.has(el.name.toLowerCase())) return true;
  const lt = html.lastIndexOf("<", naive - 1);
  if (lt < (el.startIndex ?? 0) || html[lt + 1] !== "/") return false;
  const name = html.slice(lt + 2, lt + 2 + el.name.length).toLowerCase();
  const after = html[lt + 2 + el.name.length];
  return name === el.name.toLowerCase() && (after === ">" || after === " " || after === "\t" || after === "\n" || after === "\r");
}

/** Source offset just after a node: an element's end tag, or its last child when the end tag is missing. */
export function nodeEnd(node: AnyNode, html: string): number {
  let current: AnyNode = node;
  let bound = html.length;
  for (;;) {
    const naive = Math.min((current.endIndex ?? current.startIndex ?? 0) + 1, bound);
    if (!isTag(current) || closesItself(current, html, naive)) return naive;
    // Closed implicitly (by a following tag or the end of the file).
    const last: AnyNode | undefined = current.children[current.children.length - 1];
    if (last === undefined) return Math.min(naive, startTagEnd(current, html));
    bound = naive;
    current = last;
  }
}

export const nodeStart = (node: AnyNode): number => node.startIndex ?? 0;
