import { isDropped } from "./classify.js";
import { attr, classesOf, type Document, type Element, elementsUnder, isTag, type ParentNode, tagOf, textOf, tokens } from "./dom.js";

export interface BodyChoice {
  /** The element (or document) whose blocks are the story. */
  readonly root: ParentNode;
  /** How it was found, for debugging: "json-ld", "article", "itemprop", "class", "main", "density", "body". */
  readonly how: string;
}

const BODY_CLASSES = new Set([
  "story-body", "article-body", "articlebody", "article__body", "entry-content", "post-content", "article-content",
  "story-content", "article-text", "story-text", "post-body", "content-body", "body-text", "bodytext", "story",
]);

/** A candidate is accepted when it holds at least this share of the page's paragraph text. */
const SHARE = 0.4;
const MIN_PARAGRAPH = 25;

const fold = (text: string): string => text.replace(/\s+/g, " ").trim();

interface Scores {
  /** Paragraph text (less link text) inside each element. */
  readonly total: Map<ParentNode, number>;
  /** Paragraph text credited to each paragraph's parent (whole) and grandparent (half). */
  readonly dense: Map<Element, number>;
  readonly paragraphs: Element[];
}

function linkTextLength(p: Element): number {
  let length = 0;
  for (const el of elementsUnder(p)) if (tagOf(el) === "a") length += fold(textOf(el)).length;
  return length;
}

function scoreParagraphs(doc: Document): Scores {
  const total = new Map<ParentNode, number>();
  const dense = new Map<Element, number>();
  const paragraphs: Element[] = [];
  for (const el of elementsUnder(doc, isDropped)) {
    if (tagOf(el) !== "p") continue;
    paragraphs.push(el);
    const value = Math.max(0, fold(textOf(el)).length - linkTextLength(el));
    if (value === 0) continue;
    for (let node: ParentNode | null = el.parent; node; node = node.parent) total.set(node, (total.get(node) ?? 0) + value);
    if (value < MIN_PARAGRAPH) continue;
    const parent = el.parent;
    if (parent && isTag(parent)) {
      dense.set(parent, (dense.get(parent) ?? 0) + value);
      const grandparent = parent.parent;
      if (grandparent && isTag(grandparent)) dense.set(grandparent, (dense.get(grandparent) ?? 0) + value / 2);
    }
  }
  return { total, dense, paragraphs };
}

function lowestCommonAncestor(a: Element, b: Element): ParentNode | undefined {
  const ancestors = new Set<ParentNode>();
  for (let node: ParentNode | null = a; node; node = node.parent) ancestors.add(node);
  for (let node: ParentNode | null = b; node; node = node.parent) if (ancestors.has(node)) return node;
  return undefined;
}

/** The element holding the JSON-LD `articleBody`: the common ancestor of the paragraphs with its first and last words. */
function byArticleBody(articleBody: string, paragraphs: ReadonlyArray<Element>): ParentNode | undefined {
  const body = fold(articleBody);
  if (body.length < 40) return undefined;
  const head = body.slice(0, 40);
  const tail = body.slice(-40);
  let first: Element | undefined;
  let last: Element | undefined;
  for (const p of paragraphs) {
    const text = fold(textOf(p));
    if (text.length === 0) continue;
    if (first === undefined && (text.includes(head) || head.startsWith(text.slice(0, 40)))) first = p;
    if (text.includes(tail) || tail.endsWith(text.slice(-40))) last = p;
  }
  if (first === undefined || last === undefined) return undefined;
  const common = lowestCommonAncestor(first, last);
  if (common === undefined || !isTag(common)) return undefined;
  const tag = tagOf(common);
  if (tag === "p") return common.parent ?? undefined;
  return tag === "body" || tag === "html" ? undefined : common;
}

/**
 * Finds the article body in a page: JSON-LD `articleBody`, `<article>`,
 * `[itemprop=articleBody]`, common class names, `<main>`, else the element
 * with the most paragraph text and least link text.
 */
export function findBody(doc: Document, articleBody?: string): BodyChoice {
  const scores = scoreParagraphs(doc);
  const pageScore = scores.total.get(doc) ?? 0;
  const score = (node: ParentNode): number => scores.total.get(node) ?? 0;
  const enough = (node: ParentNode): boolean => pageScore === 0 || score(node) >= SHARE * pageScore;

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

  const elements = [...elementsUnder(doc, isDropped)];
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

  let densest: Element | undefined;
  let best = 0;
  for (const [el, value] of scores.dense) {
    if (value > best) {
      best = value;
      densest = el;
    }
  }
  if (densest !== undefined) return { root: densest, how: "density" };
  const body = elements.find((el) => tagOf(el) === "body");
  return { root: body ?? doc, how: "body" };
}
