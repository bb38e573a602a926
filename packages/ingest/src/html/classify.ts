import type { BlockKind } from "@copydesk/core";
import { attr, classesOf, type Element, tagOf, tokens } from "./dom.js";

/** Elements whose content is never article text. */
const DROPPED_TAGS = new Set([
  "script", "style", "noscript", "template", "iframe", "nav", "aside", "form", "button", "select", "option",
  "input", "textarea", "svg", "math", "canvas", "video", "audio", "object", "embed", "img", "picture",
  "source", "track", "map", "head", "title", "meta", "link", "dialog", "footer",
  // NITF furniture inside <body.head>: rights statements and series names are not story.
  "rights", "series",
]);

/** Site furniture by class or id token: related links, share bars, comments, ads. */
const DROPPED_TOKENS = new Set([
  "related", "related-articles", "related-stories", "related-links", "more-stories", "recommended",
  "share", "shares", "sharing", "share-bar", "share-buttons", "social", "social-share", "social-links",
  "comments", "comment-list", "comments-section", "comment-form", "disqus_thread", "newsletter", "newsletter-signup",
  "advertisement", "ad", "ads", "advert", "promo", "breadcrumb", "breadcrumbs", "cookie-banner", "cookie-notice",
  "site-header", "site-footer", "site-nav", "skip-link", "paywall", "subscribe", "tags", "tag-list",
  "masthead", "site-title", "site-name", "site-branding", "logo",
]);
const DROPPED_PREFIXES = ["related-", "share-", "sharing-", "social-", "comments-", "comment-", "newsletter-", "ad-slot", "advert-"];
const DROPPED_ROLES = new Set(["navigation", "banner", "contentinfo", "complementary", "search", "dialog", "alert"]);

function droppedToken(token: string): boolean {
  return DROPPED_TOKENS.has(token) || DROPPED_PREFIXES.some((prefix) => token.startsWith(prefix));
}

/** True when an element and everything in it is page furniture, not story. */
export function isDropped(el: Element): boolean {
  if (DROPPED_TAGS.has(tagOf(el))) return true;
  if (el.attribs["hidden"] !== undefined || attr(el, "aria-hidden") === "true") return true;
  const role = attr(el, "role");
  if (role !== undefined && DROPPED_ROLES.has(role.toLowerCase())) return true;
  if (classesOf(el).some(droppedToken)) return true;
  return tokens(attr(el, "id")).some(droppedToken);
}

/** Elements that start a new block; everything else is inline and flattened into the text around it. */
export const BLOCK_TAGS = new Set([
  "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details", "dialog", "div", "dl",
  "dt", "fieldset", "figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr",
  "html", "li", "main", "menu", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th",
  "thead", "tr", "ul", "byline", "dateline", "nitf", "tagline", "abstract", "distributor",
]);

const BYLINE_TOKENS = new Set(["byline", "author", "author-name", "byline-author", "by-author", "article-author", "story-byline"]);
const DATELINE_TOKENS = new Set(["dateline", "story-dateline"]);
const CREDIT_TOKENS = new Set(["credit", "photo-credit", "image-credit", "credits"]);

/** `[rel=author]`, `[itemprop=author]`, `.byline`, `.author` (and NITF `<byline>`). */
export function isBylineMarkup(el: Element): boolean {
  if (tokens(attr(el, "rel")).includes("author")) return true;
  if (tokens(attr(el, "itemprop")).includes("author")) return true;
  if (tagOf(el) === "byline") return true;
  return classesOf(el).some((token) => BYLINE_TOKENS.has(token));
}

/** Markup that names an author directly (`rel=author`, `itemprop=author`) rather than a whole byline. */
export function isAuthorNameMarkup(el: Element): boolean {
  return tokens(attr(el, "rel")).includes("author") || tokens(attr(el, "itemprop")).includes("author");
}

const KIND_BY_TAG: Record<string, BlockKind> = {
  h2: "heading", h3: "heading", h4: "heading", h5: "heading", h6: "heading",
  p: "paragraph", pre: "paragraph", dd: "paragraph", dt: "paragraph", td: "paragraph", th: "paragraph",
  address: "paragraph", summary: "paragraph", caption: "paragraph",
  blockquote: "blockquote", li: "list-item", figcaption: "caption", dateline: "dateline", tagline: "credit", distributor: "credit",
};

/** Kinds a container passes on to the plain paragraphs inside it. */
const INHERITED: ReadonlySet<BlockKind> = new Set(["blockquote", "list-item", "caption", "byline", "credit", "dateline"]);

/**
 * The kind of text directly inside `el`, given the kind of its container.
 * h1 is decided by the walker (the first one is the headline).
 */
export function kindOf(el: Element, context: BlockKind, inFigure: boolean): BlockKind {
  const tag = tagOf(el);
  const classes = classesOf(el);
  if (isBylineMarkup(el)) return inFigure ? "credit" : "byline";
  if (classes.some((token) => DATELINE_TOKENS.has(token))) return "dateline";
  if (classes.some((token) => CREDIT_TOKENS.has(token))) return "credit";
  if (tag === "h1") return "heading";
  const own = KIND_BY_TAG[tag];
  if (own === "heading" || own === "blockquote" || own === "list-item" || own === "caption") return own;
  if (INHERITED.has(context)) return context;
  if (tag === "figure") return "credit";
  return own ?? context;
}
