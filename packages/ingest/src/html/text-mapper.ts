import type { MappedTextBuilder } from "@copydesk/core";
import { alignDecoded } from "../shared/align.js";
import { BLOCK_TAGS } from "./classify.js";
import { type AnyNode, type Element, isTag, isText, nodeEnd, nodeStart, tagOf, type Text } from "./dom.js";

const HTML_ALIGN = { backslashEscapes: false, strictRefs: false } as const;

/**
 * Appends a text node's decoded data, mapped back to its raw characters in
 * `html`: plain characters 1:1, each character reference (`&amp;`, `&#8217;`,
 * `&nbsp;`) to its whole range.
 */
export function appendTextNode(builder: MappedTextBuilder, node: Text, html: string): void {
  const start = nodeStart(node);
  const end = Math.min((node.endIndex ?? start) + 1, html.length);
  const data = node.data;
  // Most text has no character reference: it is its source, verbatim, and one copy maps it.
  if (data.length === end - start && !data.includes("&") && html.startsWith(data, start)) {
    builder.copy(data, start);
    return;
  }
  alignDecoded(builder, data, html, start, end, HTML_ALIGN);
}

/**
 * Flattens inline content (text, a, strong, em, span, b, i...) into `builder`
 * in document order; `<br>` becomes a space standing for the tag. Elements
 * `skip` rejects contribute nothing. Block elements met here (only when a
 * walker flattens a too-deep subtree) are separated by a space.
 */
export function appendInline(
  builder: MappedTextBuilder,
  nodes: ReadonlyArray<AnyNode>,
  html: string,
  skip: (el: Element) => boolean,
): void {
  // A number on the stack is a block boundary inside flattened content: a space at that offset.
  const stack: Array<AnyNode | number> = [];
  for (let i = nodes.length - 1; i >= 0; i--) stack.push(nodes[i] as AnyNode);
  while (stack.length > 0) {
    const node = stack.pop() as AnyNode | number;
    if (typeof node === "number") {
      builder.replace(" ", node, node);
      continue;
    }
    if (isText(node)) {
      appendTextNode(builder, node, html);
      continue;
    }
    if (!isTag(node)) continue;
    const tag = tagOf(node);
    if (tag === "br") {
      builder.replace(" ", nodeStart(node), nodeEnd(node, html));
      continue;
    }
    if (skip(node)) continue;
    const block = BLOCK_TAGS.has(tag);
    if (block) stack.push(nodeEnd(node, html));
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as AnyNode);
    if (block) stack.push(nodeStart(node));
  }
}
