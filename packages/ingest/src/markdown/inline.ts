import type { MappedTextBuilder, SourceComment } from "@copydesk/core";
import type { Nodes } from "mdast";
import { alignDecoded } from "../shared/align.js";
import { scanComments } from "../shared/comments.js";

const MD_ALIGN = { backslashEscapes: true, strictRefs: true } as const;

export const startOf = (node: Nodes): number => node.position?.start.offset ?? 0;
export const endOf = (node: Nodes): number => node.position?.end.offset ?? startOf(node);

const BR = /^<br\s{0,10}\/?>$/i;

/**
 * Flattens Markdown inline content into `builder`: emphasis, strong, links
 * and inline code keep their text; escapes (`\*`) and character references
 * (`&amp;`) map to their whole range; a hard break is a space. Images add no
 * text. Comments found in inline HTML go to `comments`.
 */
export function appendPhrasing(
  builder: MappedTextBuilder,
  nodes: ReadonlyArray<Nodes>,
  text: string,
  comments: SourceComment[],
): void {
  const stack: Nodes[] = [];
  for (let i = nodes.length - 1; i >= 0; i--) stack.push(nodes[i] as Nodes);
  while (stack.length > 0) {
    const node = stack.pop() as Nodes;
    switch (node.type) {
      case "text":
      case "inlineCode":
        alignDecoded(builder, node.value, text, startOf(node), endOf(node), MD_ALIGN);
        break;
      case "break":
        builder.replace(" ", startOf(node), endOf(node));
        break;
      case "html":
        if (node.value.startsWith("<!--")) comments.push(...scanComments(text, startOf(node), endOf(node)));
        else if (BR.test(node.value)) builder.replace(" ", startOf(node), endOf(node));
        break;
      case "image":
      case "imageReference":
      case "footnoteReference":
        break;
      default:
        if ("children" in node) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as Nodes);
    }
  }
}
