import { authorsFromByline } from "../shared/byline.js";
import type { MetadataCollector } from "../shared/metadata.js";
import { isDropped } from "./classify.js";
import { attr, type Document, type Element, elementsUnder, isTag, isText, type ParentNode, tagOf, textOf, tokens } from "./dom.js";

type Json = unknown;

const ARTICLE_TYPES = new Set([
  "newsarticle", "article", "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle", "backgroundnewsarticle",
  "reviewnewsarticle", "askpublicnewsarticle", "blogposting", "socialmediaposting", "liveblogposting", "report",
  "scholarlyarticle", "techarticle",
]);

const isObject = (value: Json): value is Record<string, Json> => typeof value === "object" && value !== null && !Array.isArray(value);
const asArray = (value: Json): Json[] => (Array.isArray(value) ? value : value === undefined || value === null ? [] : [value]);

function typesOf(node: Record<string, Json>): string[] {
  return asArray(node["@type"]).filter((t): t is string => typeof t === "string").map((t) => t.replace(/^.*[/#:]/, "").toLowerCase());
}

/** A thing's name: a string, or an object's `name` (or `@id`/`url` when `link`). */
function nameOf(value: Json, link = false): string | undefined {
  if (typeof value === "string") return value;
  if (!isObject(value)) return undefined;
  if (link) {
    for (const key of ["url", "@id", "name"]) if (typeof value[key] === "string") return value[key] as string;
    return undefined;
  }
  if (typeof value["name"] === "string") return value["name"] as string;
  if (isObject(value["name"]) && typeof value["name"]["@value"] === "string") return value["name"]["@value"] as string;
  return undefined;
}

/** Every object in a JSON-LD value: arrays and `@graph` flattened. */
function jsonLdNodes(value: Json, out: Record<string, Json>[], depth = 0): void {
  if (depth > 20) return;
  for (const item of asArray(value)) {
    if (!isObject(item)) continue;
    out.push(item);
    if (item["@graph"] !== undefined) jsonLdNodes(item["@graph"], out, depth + 1);
  }
}

/** Reads one article object of JSON-LD. */
function readJsonLdArticle(node: Record<string, Json>, collector: MetadataCollector): void {
  const from = "json-ld";
  collector.set("headline", node["headline"] ?? node["name"], from);
  for (const author of asArray(node["author"])) collector.addAuthor(nameOf(author), from);
  for (const creator of asArray(node["creator"])) collector.addAuthor(nameOf(creator), from);
  collector.set("published", node["datePublished"] ?? node["dateCreated"], from);
  collector.set("modified", node["dateModified"], from);
  for (const publisher of asArray(node["publisher"])) collector.set("publisher", nameOf(publisher), from);
  for (const basis of asArray(node["isBasedOn"] ?? node["isBasedOnUrl"])) collector.set("basedOn", nameOf(basis, true), from);
  collector.set("credit", node["creditText"], from);
  for (const organisation of asArray(node["sourceOrganization"])) collector.set("credit", nameOf(organisation), from);
  for (const holder of asArray(node["copyrightHolder"])) collector.set("copyrightHolder", nameOf(holder), from);
  collector.set("dateline", node["dateline"], from);
  for (const language of asArray(node["inLanguage"])) collector.set("language", nameOf(language) ?? (isObject(language) ? language["alternateName"] : undefined), from);
  collector.set("description", node["description"], from);
  collector.set("canonicalUrl", nameOf(node["url"], true), from);
  collector.set("canonicalUrl", nameOf(node["mainEntityOfPage"], true), from);
}

/**
 * The elements metadata is read from, found in one walk of the page. (Selector
 * queries walk the tree with a stack that shifts at every level: quadratic on
 * a page of 10,000 nested divs.)
 */
export interface MetadataElements {
  readonly jsonLd: Element[];
  readonly itemprops: Element[];
  readonly metas: Element[];
  readonly canonicals: Element[];
  readonly html: Element | undefined;
  readonly title: Element | undefined;
}

export function metadataElements(doc: Document): MetadataElements {
  const found: { -readonly [K in keyof MetadataElements]: MetadataElements[K] } = {
    jsonLd: [], itemprops: [], metas: [], canonicals: [], html: undefined, title: undefined,
  };
  for (const el of elementsUnder(doc)) {
    const tag = tagOf(el);
    if (tag === "script" && (attr(el, "type") ?? "").toLowerCase().includes("ld+json")) found.jsonLd.push(el);
    else if (tag === "meta" && attr(el, "content") !== undefined) found.metas.push(el);
    else if (tag === "link" && attr(el, "href") !== undefined && tokens(attr(el, "rel")).includes("canonical")) found.canonicals.push(el);
    else if (tag === "html") found.html ??= el;
    else if (tag === "title") found.title ??= el;
    if (attr(el, "itemprop") !== undefined) found.itemprops.push(el);
  }
  return found;
}

/** JSON-LD scripts; returns the first `articleBody` found. Malformed JSON is skipped. */
function readJsonLd(scripts: ReadonlyArray<Element>, collector: MetadataCollector): string | undefined {
  let articleBody: string | undefined;
  for (const el of scripts) {
    let parsed: Json;
    try {
      parsed = JSON.parse(el.children.map((child) => (isText(child) ? child.data : "")).join(""));
    } catch {
      continue;
    }
    const nodes: Record<string, Json>[] = [];
    jsonLdNodes(parsed, nodes);
    for (const node of nodes) {
      if (!typesOf(node).some((type) => ARTICLE_TYPES.has(type))) continue;
      readJsonLdArticle(node, collector);
      if (articleBody === undefined && typeof node["articleBody"] === "string") articleBody = node["articleBody"];
    }
  }
  return articleBody;
}

/** Microdata inside page furniture (a related-story teaser) says nothing about this article. */
function isInsideDropped(el: Element): boolean {
  // <meta itemprop> and <link itemprop> carry values in the body: their own tag does not make them furniture.
  const start: ParentNode | null = tagOf(el) === "meta" || tagOf(el) === "link" ? el.parent : el;
  for (let node: ParentNode | null = start; node !== null; node = node.parent) if (isTag(node) && isDropped(node)) return true;
  return false;
}

const itemValue = (el: Element): string =>
  attr(el, "content") ?? attr(el, "datetime") ?? (tagOf(el) === "link" || tagOf(el) === "a" ? attr(el, "href") : undefined) ?? textOf(el);

/** schema.org microdata: `itemprop` headline, author, datePublished... */
function readMicrodata(itemprops: ReadonlyArray<Element>, collector: MetadataCollector): void {
  const from = "microdata";
  for (const el of itemprops) {
    if (isInsideDropped(el)) continue;
    const props = tokens(attr(el, "itemprop"));
    for (const prop of props) {
      if (prop === "headline") collector.set("headline", itemValue(el), from);
      else if (prop === "datepublished") collector.set("published", itemValue(el), from);
      else if (prop === "datemodified") collector.set("modified", itemValue(el), from);
      else if (prop === "description") collector.set("description", itemValue(el), from);
      else if (prop === "inlanguage") collector.set("language", itemValue(el), from);
      else if (prop === "author" || prop === "publisher" || prop === "copyrightholder" || prop === "sourceorganization") {
        const nameEl = attr(el, "itemscope") !== undefined ? [...elementsUnder(el)].find((c) => tokens(attr(c, "itemprop")).includes("name")) : undefined;
        const value = nameEl !== undefined ? itemValue(nameEl) : itemValue(el);
        if (prop === "author") for (const name of authorsFromByline(value)) collector.addAuthor(name, from);
        else if (prop === "publisher") collector.set("publisher", value, from);
        else if (prop === "copyrightholder") collector.set("copyrightHolder", value, from);
        else collector.set("credit", value, from);
      }
    }
  }
}

type MetaTarget = "headline" | "publisher" | "published" | "modified" | "description" | "basedOn" | "language" | "canonicalUrl" | "copyrightHolder" | "dateline" | "credit" | "author";

const META: Record<string, MetaTarget> = {
  "og:title": "headline", "twitter:title": "headline", "dc.title": "headline", "dcterms.title": "headline",
  "og:site_name": "publisher", "dc.publisher": "publisher", "dcterms.publisher": "publisher", publisher: "publisher",
  "article:published_time": "published", "dc.date": "published", "dcterms.date": "published", "dcterms.issued": "published",
  "dc.date.issued": "published", "date": "published", "pubdate": "published", "publish-date": "published",
  "article:modified_time": "modified", "og:updated_time": "modified", "dcterms.modified": "modified",
  description: "description", "og:description": "description", "dc.description": "description", "dcterms.description": "description",
  "original-source": "basedOn", "syndication-source": "basedOn", "dc.source": "basedOn", "dcterms.source": "basedOn",
  "dc.language": "language", "dcterms.language": "language", "og:url": "canonicalUrl",
  "dc.rights": "copyrightHolder", "dcterms.rightsholder": "copyrightHolder", copyright: "copyrightHolder", dateline: "dateline",
  author: "author", "article:author": "author", "dc.creator": "author", "dcterms.creator": "author", "sailthru.author": "author",
};

const looksLikeUrl = (value: string): boolean => /^https?:\/\//i.test(value);

/** `<meta name|property content>`. */
function readMeta(metas: ReadonlyArray<Element>, collector: MetadataCollector): void {
  for (const el of metas) {
    const key = (attr(el, "property") ?? attr(el, "name") ?? attr(el, "itemprop") ?? "").trim().toLowerCase();
    const content = attr(el, "content");
    const target = META[key];
    if (target === undefined || content === undefined) continue;
    const from = `meta:${key}`;
    if (target === "author") {
      // article:author is often a profile URL: a name only.
      if (!looksLikeUrl(content)) for (const name of authorsFromByline(content)) collector.addAuthor(name, from);
    } else {
      collector.set(target, content, from);
    }
  }
}

/**
 * Page metadata, in priority order: `<link rel=canonical>` (for the canonical
 * URL), JSON-LD, microdata, `<meta>`, `<html lang>`. Returns the JSON-LD `articleBody`, if any.
 */
export function readDocumentMetadata(found: MetadataElements, collector: MetadataCollector): { articleBody: string | undefined } {
  // The canonical link states the canonical version outright (on a syndicated page, the original):
  // it outranks a JSON-LD `url` and `og:url`, which often name the page itself.
  for (const el of found.canonicals) collector.set("canonicalUrl", attr(el, "href"), "link:canonical");
  const articleBody = readJsonLd(found.jsonLd, collector);
  readMicrodata(found.itemprops, collector);
  readMeta(found.metas, collector);
  if (found.html !== undefined) collector.set("language", attr(found.html, "lang") ?? attr(found.html, "xml:lang"), "html:lang");
  return { articleBody };
}

/** The `<title>` text without the site name after " | ". */
export function titleOf(found: MetadataElements): string | undefined {
  const title = found.title;
  if (title === undefined) return undefined;
  const text = textOf(title).replace(/\s+/g, " ").trim();
  const bar = text.lastIndexOf(" | ");
  const headline = bar > 0 ? text.slice(0, bar) : text;
  return headline.length > 0 ? headline : undefined;
}

/** The `<title>`: the headline of last resort. */
export function readTitle(found: MetadataElements, collector: MetadataCollector): void {
  collector.set("headline", titleOf(found), "title");
}
