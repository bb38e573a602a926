import { type BlockKind, MappedTextBuilder } from "@copydesk/core";
import { pendingBlock, type PendingBlock, type Range } from "../shared/blocks.js";
import { authorsFromByline } from "../shared/byline.js";
import type { MetadataCollector } from "../shared/metadata.js";
import { BLOCK_TAGS, isAuthorNameMarkup, isBylineMarkup, isDropped, kindOf } from "./classify.js";
import {
  type AnyNode, attr, type Element, elementsUnder, isTag, isText, nodeEnd, nodeStart, type ParentNode, tagOf, tokens,
} from "./dom.js";
import { appendInline } from "./text-mapper.js";

/** Deeper than this, a subtree is flattened into one block instead of walked (hostile nesting). */
const MAX_DEPTH = 200;
/** An inline byline (`<a rel=author>`) makes its whole run a byline when the run is this short. */
const MAX_INLINE_BYLINE = 200;

const isBlank = (text: string): boolean => text.trim().length === 0;
/** Skipped elements a reader never sees: deleting them with the element around a block loses nothing. */
const INVISIBLE = new Set(["script", "style", "template", "meta", "link"]);

/** Text of a subtree without `<time>` (a byline's date is not a name). */
function textWithoutTime(el: Element): string {
  const parts: string[] = [];
  const stack: AnyNode[] = [el];
  while (stack.length > 0) {
    const node = stack.pop() as AnyNode;
    if (isText(node)) parts.push(node.data);
    else if (isTag(node) && tagOf(node) !== "time" && !isDropped(node)) {
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as AnyNode);
    }
  }
  return parts.join("").replace(/\s+/g, " ").trim();
}

/** Names in byline markup: the `rel=author` / `itemprop=author` parts when marked, else the whole byline. */
export function authorsIn(nodes: ReadonlyArray<Element>): string[] {
  const named: Element[] = [];
  for (const root of nodes) {
    if (isAuthorNameMarkup(root)) named.push(root);
    else for (const el of elementsUnder(root)) if (isAuthorNameMarkup(el)) named.push(el);
  }
  const names: string[] = [];
  if (named.length > 0) {
    for (const el of named) {
      const nameEl = [...elementsUnder(el)].find((child) => tokens(attr(child, "itemprop")).includes("name"));
      const text = nameEl !== undefined ? (attr(nameEl, "content") ?? textWithoutTime(nameEl)) : textWithoutTime(el);
      names.push(...authorsFromByline(text));
    }
    return names;
  }
  for (const el of nodes) names.push(...authorsFromByline(textWithoutTime(el)));
  return names;
}

/** Walks the article body, turning block elements and runs of inline content into blocks. */
export class BlockWalker {
  readonly blocks: PendingBlock[] = [];
  private headlineTaken = false;
  private readonly containsBlock = new Set<AnyNode>();
  readonly times: Element[] = [];

  constructor(
    private readonly html: string,
    private readonly collector: MetadataCollector,
    private readonly dropHeaders: boolean,
  ) {}

  readonly skip = (el: Element): boolean => isDropped(el) || (this.dropHeaders && tagOf(el) === "header");

  /** Marks the elements that hold a block element, so `<a><div>..</div></a>` is walked, not flattened. */
  private markBlocks(root: ParentNode): void {
    for (const el of elementsUnder(root, this.skip)) {
      if (!BLOCK_TAGS.has(tagOf(el))) continue;
      for (let node: ParentNode | null = el.parent; node && !this.containsBlock.has(node); node = node.parent) {
        this.containsBlock.add(node);
        if (node === root) break;
      }
    }
  }

  private isBlockLike(el: Element): boolean {
    return BLOCK_TAGS.has(tagOf(el)) || this.containsBlock.has(el);
  }

  /** Emits one element found outside the body (a headline or byline above the story). */
  addOutside(el: Element, headline: boolean): void {
    if (headline) this.headlineTaken = true;
    const before = this.blocks.length;
    this.markBlocks(el);
    if (headline) this.walkChildren(el, "headline", false, 0);
    else this.visit(el, "paragraph", false, 0);
    this.fitOuter(el, before);
  }

  get hasHeadline(): boolean {
    return this.headlineTaken;
  }

  walkRoot(root: ParentNode): void {
    this.markBlocks(root);
    if (isTag(root)) this.visit(root, "paragraph", false, 0, true);
    else this.walkChildren(root, "paragraph", false, 0);
  }

  /** Walks one element; returns true when some of its content produced no block (an image, a lone `<time>`). */
  private visit(el: Element, context: BlockKind, inFigure: boolean, depth: number, root = false): boolean {
    if (depth > MAX_DEPTH) {
      this.flush([el], context, inFigure, el);
      return false;
    }
    const tag = tagOf(el);
    let kind: BlockKind;
    if (tag === "h1" && !this.headlineTaken && !inFigure && context !== "blockquote") {
      kind = "headline";
      this.headlineTaken = true;
    } else {
      kind = kindOf(el, context, inFigure);
    }
    const before = this.blocks.length;
    const shape = this.walkChildren(el, kind, inFigure || tag === "figure", depth + 1);
    if (kind === "byline" && isBylineMarkup(el)) for (const name of authorsIn([el])) this.collector.addAuthor(name, "byline");
    // Deleting the block deletes the element when the element is nothing but that block:
    // its own inline text (`<p>`), or one block element and white space around it (`<li><p>..</p></li>`).
    const whole = shape.runs === 1 && shape.blockChildren === 0;
    const wrapper = !root && !shape.residue && this.blocks.length === before + 1;
    if (whole || wrapper) this.fitOuter(el, before);
    return shape.residue;
  }

  /** When an element produced exactly one block from all of its content, deleting the block deletes the element. */
  private fitOuter(el: Element, before: number): void {
    const block = this.blocks[before];
    if (block === undefined || this.blocks.length !== before + 1) return;
    this.blocks[before] = { ...block, outer: { start: nodeStart(el), end: nodeEnd(el, this.html) } };
  }

  /**
   * An inline element that holds a block only because a tag was left open
   * (`<p>One <b>two<p>Three`) is walked through: its text joins the run around it.
   */
  private isTransparent(el: Element, kind: BlockKind, inFigure: boolean): boolean {
    const tag = tagOf(el);
    return !BLOCK_TAGS.has(tag) && tag !== "h1" && !isBylineMarkup(el) && kindOf(el, kind, inFigure) === kind;
  }

  private walkChildren(
    parent: ParentNode,
    kind: BlockKind,
    inFigure: boolean,
    depth: number,
  ): { runs: number; blockChildren: number; residue: boolean } {
    let run: AnyNode[] = [];
    let runs = 0;
    let blockChildren = 0;
    let residue = false;
    const end = (): void => {
      const result = this.flush(run, kind, inFigure);
      if (result === "block") runs++;
      else if (result === "residue") residue = true;
      run = [];
    };
    // An explicit stack of child lists, so walking through open inline tags needs no recursion.
    const lists: Array<{ nodes: ReadonlyArray<AnyNode>; next: number }> = [{ nodes: parent.children, next: 0 }];
    while (lists.length > 0) {
      const top = lists[lists.length - 1] as { nodes: ReadonlyArray<AnyNode>; next: number };
      if (top.next >= top.nodes.length) {
        lists.pop();
        continue;
      }
      const child = top.nodes[top.next++] as AnyNode;
      if (isTag(child)) {
        if (this.skip(child)) {
          if (!INVISIBLE.has(tagOf(child))) residue = true;
          continue;
        }
        if (this.containsBlock.has(child) && this.isTransparent(child, kind, inFigure)) {
          lists.push({ nodes: child.children, next: 0 });
          continue;
        }
        if (this.isBlockLike(child)) {
          end();
          blockChildren++;
          if (this.visit(child, kind, inFigure, depth)) residue = true;
          continue;
        }
      }
      run.push(child);
    }
    end();
    return { runs, blockChildren, residue };
  }

  /**
   * Turns a run of inline nodes into a block. Returns "block" when it made
   * one, "residue" when the run had content that is no block (an image, a
   * lone `<time>`), "empty" for white space and comments.
   */
  private flush(run: ReadonlyArray<AnyNode>, kind: BlockKind, inFigure: boolean, whole?: Element): "block" | "residue" | "empty" {
    const meaningful = run.filter((node) => (isText(node) ? !isBlank(node.data) : isTag(node) && !this.skip(node)));
    if (meaningful.length === 0) return this.hasVisibleSkipped(run) ? "residue" : "empty";
    if (meaningful.every((node) => isTag(node) && tagOf(node) === "time")) {
      for (const node of meaningful) this.times.push(node as Element);
      return "residue";
    }
    const builder = new MappedTextBuilder();
    appendInline(builder, run, this.html, this.skip);
    const outer = whole !== undefined ? { start: nodeStart(whole), end: nodeEnd(whole, this.html) } : this.runRange(meaningful);
    const block = pendingBlock(kind, builder.build(), outer);
    if (block === undefined) return this.hasVisibleSkipped(run) ? "residue" : "empty";
    const bylines: Element[] = [];
    for (const node of meaningful) {
      if (!isTag(node)) continue;
      // A byline or a <time> is taken whole; otherwise the ones inside it are, found in one walk.
      const byline = isBylineMarkup(node);
      const time = tagOf(node) === "time";
      if (byline) bylines.push(node);
      if (time) this.times.push(node);
      if (byline && time) continue;
      for (const el of elementsUnder(node, this.skip)) {
        if (!byline && isBylineMarkup(el)) bylines.push(el);
        if (!time && tagOf(el) === "time") this.times.push(el);
      }
    }
    if (bylines.length > 0 && block.map.length <= MAX_INLINE_BYLINE && (kind === "paragraph" || kind === "byline")) {
      block.kind = inFigure ? "credit" : "byline";
      if (!inFigure) for (const name of authorsIn(bylines)) this.collector.addAuthor(name, "byline");
    }
    if (kind === "headline") this.collector.set("headline", block.map.text, "h1");
    this.blocks.push(block);
    return "block";
  }

  /** True when the nodes hold page content that makes no text (an image, a video, a share bar). */
  private hasVisibleSkipped(nodes: ReadonlyArray<AnyNode>): boolean {
    for (const node of nodes) {
      if (!isTag(node)) continue;
      if (this.skip(node)) {
        if (!INVISIBLE.has(tagOf(node))) return true;
        continue;
      }
      for (const el of elementsUnder(node)) if (this.skip(el) && !INVISIBLE.has(tagOf(el))) return true;
    }
    return false;
  }

  /** From the first non-blank character (or tag) of a run to the end of its last. */
  private runRange(nodes: ReadonlyArray<AnyNode>): Range {
    const first = nodes[0] as AnyNode;
    const last = nodes[nodes.length - 1] as AnyNode;
    let start = nodeStart(first);
    if (isText(first)) start += this.leadingBlank(start, nodeEnd(first, this.html));
    let end = nodeEnd(last, this.html);
    if (isText(last)) end = this.trailingBlankStart(nodeStart(last), end);
    return { start, end: Math.max(start, end) };
  }

  private leadingBlank(start: number, end: number): number {
    let i = start;
    while (i < end && isBlank(this.html[i] as string)) i++;
    return i - start;
  }

  private trailingBlankStart(start: number, end: number): number {
    let i = end;
    while (i > start && isBlank(this.html[i - 1] as string)) i--;
    return i;
  }
}
