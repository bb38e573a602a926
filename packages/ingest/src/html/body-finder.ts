import { BLOCK_TAGS, isDropped } from "./classify.js";
import { foldedLength, foldWhiteSpace } from "../shared/white-space.js";
import { type AnyNode, attr, classesOf, type Document, type Element, isTag, isText, type ParentNode, tagOf, tokens } from "./dom.js";

export interface BodyChoice {
  /** The element (or document) whose blocks are the story. */
  readonly root: ParentNode;
  /** How it was found, for debugging: "nitf", "json-ld", "article", "itemprop", "class", "main", "density", "body". */
  readonly how: string;
}

const BODY_CLASSES = new Set([
  "story-body", "article-body", "articlebody", "article__body", "entry-content", "post-content", "article-content",
  "story-content", "article-text", "story-text", "post-body", "content-body", "body-text", "bodytext", "story",
]);

/** A candidate is accepted when it holds at least this share of the page's paragraph text. */
const SHARE = 0.4;
const MIN_PARAGRAPH = 25;

interface Paragraph {
  /** The block element that owns the text (a `<p>`, or a `<div>` with text of its own). */
  readonly el: Element;
  /** Its own text (nested blocks excluded), white space folded. */
  readonly text: string;
}

interface Scores {
  /** Paragraph text (less link text) inside each element and the document. */
  readonly total: Map<ParentNode, number>;
  /** Paragraph text credited to the element that holds each paragraph (whole) and the one above (half). */
  readonly dense: Map<Element, number>;
  /** Every element that owns text, in document order (only when asked for: the JSON-LD `articleBody` search reads them). */
  readonly paragraphs: Paragraph[];
  /** Every element outside page furniture, in document order: what `elementsUnder(doc, isDropped)` yields. */
  readonly elements: Element[];
}

/** Elements whose text is one paragraph: credited to their container. Other blocks with text of their own (div, td, section) are containers themselves. */
const PARAGRAPH_TAGS = new Set(["p", "pre", "blockquote", "li", "dd", "dt", "figcaption", "caption", "address", "summary"]);
const HEADINGS = new Set(["h1", "h2", "h3", "h4", "h5", "h6"]);

interface Own {
  readonly parts: string[];
  link: number;
}

/**
 * Scores every element by the paragraph text inside it, in one pass and
 * linear time (a page of 10,000 nested divs included): text belongs to its
 * nearest block element; link text does not count; headings do not count.
 */
function scoreParagraphs(doc: Document, keepParagraphs: boolean): Scores {
  const order: Element[] = [];
  const own = new Map<Element, Own>();
  const stack: Array<{ node: AnyNode; owner: Element | undefined; link: boolean }> = [];
  for (let i = doc.children.length - 1; i >= 0; i--) stack.push({ node: doc.children[i] as AnyNode, owner: undefined, link: false });
  while (stack.length > 0) {
    const { node, owner, link } = stack.pop() as { node: AnyNode; owner: Element | undefined; link: boolean };
    if (isText(node)) {
      if (owner === undefined) continue;
      let entry = own.get(owner);
      if (entry === undefined) own.set(owner, (entry = { parts: [], link: 0 }));
      entry.parts.push(node.data);
      if (link) entry.link += foldedLength([node.data]);
      continue;
    }
    if (!isTag(node) || isDropped(node)) continue;
    order.push(node);
    const tag = tagOf(node);
    const nextOwner = BLOCK_TAGS.has(tag) || HEADINGS.has(tag) ? node : owner;
    const nextLink = link || tag === "a";
    for (let i = node.children.length - 1; i >= 0; i--) stack.push({ node: node.children[i] as AnyNode, owner: nextOwner, link: nextLink });
  }

  const total = new Map<ParentNode, number>();
  const dense = new Map<Element, number>();
  const paragraphs: Paragraph[] = [];
  const credit = (el: ParentNode | null, value: number): void => {
    if (el !== null && isTag(el)) dense.set(el, (dense.get(el) ?? 0) + value);
  };
  for (const el of order) {
    const entry = own.get(el);
    if (entry === undefined || HEADINGS.has(tagOf(el))) continue;
    const length = foldedLength(entry.parts);
    if (length === 0) continue;
    if (keepParagraphs) paragraphs.push({ el, text: foldWhiteSpace(entry.parts.join("")) });
    const value = Math.max(0, length - entry.link);
    total.set(el, value);
    if (value < MIN_PARAGRAPH) continue;
    const container = PARAGRAPH_TAGS.has(tagOf(el)) ? el.parent : el;
    credit(container, value);
    credit(container?.parent ?? null, value / 2);
  }
  // Reverse document order visits children before their parents: each adds its total to its parent's.
  for (let k = order.length - 1; k >= 0; k--) {
    const el = order[k] as Element;
    const value = total.get(el) ?? 0;
    if (value === 0) continue;
    const parent: ParentNode = el.parent ?? doc;
    total.set(parent, (total.get(parent) ?? 0) + value);
  }
  return { total, dense, paragraphs, elements: order };
}

function lowestCommonAncestor(a: Element, b: Element): ParentNode | undefined {
  const ancestors = new Set<ParentNode>();
  for (let node: ParentNode | null = a; node; node = node.parent) ancestors.add(node);
  for (let node: ParentNode | null = b; node; node = node.parent) if (ancestors.has(node)) return node;
  return undefined;
}

/** The element holding the JSON-LD `articleBody`: the common ancestor of the paragraphs with its first and last words. */
function byArticleBody(articleBody: string, paragraphs: ReadonlyArray<Paragraph>): ParentNode | undefined {
  const body = foldWhiteSpace(articleBody);
  if (body.length < 40) return undefined;
  const head = body.slice(0, 40);
  const tail = body.slice(-40);
  let first: Element | undefined;
  let last: Element | undefined;
  for (const { el, text } of paragraphs) {
    if (first === undefined && (text.includes(head) || head.startsWith(text.slice(0, 40)))) first = el;
    if (text.includes(tail) || tail.endsWith(text.slice(-40))) last = el;
  }
  if (first === undefined || last === undefined) return undefined;
  const common = lowestCommonAncestor(first, last);
  if (common === undefined || !isTag(common)) return undefined;
  const tag = tagOf(common);
  if (PARAGRAPH_TAGS.has(tag)) return common.parent ?? undefined;
  return tag === "body" || tag === "html" ? undefined : common;
}

/**
 * Finds the article body in a page: NITF `<body.content>`, JSON-LD
 * `articleBody`, `<article>`, `[itemprop=articleBody]`, common class names,
 * `<main>`, else the element with the most paragraph text and least link
 * text. A `fragment` (a ninjs or Markdown HTML body) is read whole unless it
 * marks its body.
 */
export function findBody(doc: Document, options: { articleBody?: string | undefined; fragment: boolean }): BodyChoice {
  const { articleBody } = options;
  const scores = scoreParagraphs(doc, articleBody !== undefined);
  const pageScore = scores.total.get(doc) ?? 0;
  const score = (node: ParentNode): number => scores.total.get(node) ?? 0;
  const enough = (node: ParentNode): boolean => pageScore === 0 || score(node) >= SHARE * pageScore;
  const elements = scores.elements;

  // NITF (a ninjs XML body): <body> holds <body.head> (headline, byline, dateline) and <body.content>.
  const nitfContent = elements.find((el) => el.name === "body.content");
  if (nitfContent !== undefined) {
    const parent = nitfContent.parent;
    return { root: parent !== null && isTag(parent) && parent.name === "body" ? parent : nitfContent, how: "nitf" };
  }

  if (articleBody !== undefined) {
    const found = byArticleBody(articleBody, scores.paragraphs);
    if (found !== undefined && enough(found)) {
      // Prefer the <article> around it when there is one: it also holds the headline and byline.
      for (let node: ParentNode | null = found; node; node = node.parent) {
        if (isTag(node) && tagOf(node) === "article") return { root: node, how: "json-ld" };
      }
      return { root: found, how: "json-ld" };
    }
  }

  const articles = elements.filter((el) => tagOf(el) === "article");
  if (articles.length > 0) {
    const best = articles.reduce((a, b) => (score(b) > score(a) ? b : a));
    if (enough(best)) return { root: best, how: "article" };
  }
  const itemprop = elements.find((el) => tokens(attr(el, "itemprop")).includes("articlebody"));
  if (itemprop !== undefined && enough(itemprop)) return { root: itemprop, how: "itemprop" };
  const classed = elements.find((el) => classesOf(el).some((name) => BODY_CLASSES.has(name)));
  if (classed !== undefined && enough(classed)) return { root: classed, how: "class" };
  const main = elements.find((el) => tagOf(el) === "main" || attr(el, "role")?.toLowerCase() === "main");
  if (main !== undefined && enough(main)) return { root: main, how: "main" };

  const body = elements.find((el) => tagOf(el) === "body");
  // A fragment (a story body, no page around it) is all story: nothing to choose between.
  if (options.fragment || body === undefined) return { root: body ?? doc, how: "body" };

  let densest: Element | undefined;
  let best = 0;
  for (const [el, value] of scores.dense) {
    if (value > best) {
      best = value;
      densest = el;
    }
  }
  // Text spread over the page with no region holding most of it: keep the page rather than lose most of the text.
  if (densest !== undefined && enough(densest)) return { root: densest, how: "density" };
  return { root: body, how: "body" };
}
