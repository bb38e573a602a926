import { authorsFromByline } from "../shared/byline.js";
import type { MetadataCollector } from "../shared/metadata.js";
import { isDropped } from "./classify.js";
import { attr, type CheerioAPI, type Element, elementsUnder, isTag, isText, type ParentNode, tagOf, textOf, tokens } from "./dom.js";

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

/** JSON-LD scripts; returns the first `articleBody` found. Malformed JSON is skipped. */
function readJsonLd($: CheerioAPI, collector: MetadataCollector): string | undefined {
  let articleBody: string | undefined;
  for (const el of $("script[type*='ld+json' i]").toArray()) {
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
  for (let node: ParentNode | null = el; node !== null; node = node.parent) if (isTag(node) && isDropped(node)) return true;
  return false;
}

const itemValue = (el: Element): string =>
  attr(el, "content") ?? attr(el, "datetime") ?? (tagOf(el) === "link" || tagOf(el) === "a" ? attr(el, "href") : undefined) ?? textOf(el);

/** schema.org microdata: `itemprop` headline, author, datePublished... */
function readMicrodata($: CheerioAPI, collector: MetadataCollector): void {
  const from = "microdata";
  for (const el of $("[itemprop]").toArray()) {
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
function readMeta($: CheerioAPI, collector: MetadataCollector): void {
  for (const el of $("meta[content]").toArray()) {
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
 * Page metadata, in priority order: JSON-LD, microdata, `<meta>`,
 * `<link rel=canonical>`, `<html lang>`. Returns the JSON-LD `articleBody`, if any.
 */
export function readDocumentMetadata($: CheerioAPI, collector: MetadataCollector): { articleBody: string | undefined } {
  const articleBody = readJsonLd($, collector);
  readMicrodata($, collector);
  readMeta($, collector);
  for (const el of $("link[rel~='canonical' i][href]").toArray()) collector.set("canonicalUrl", attr(el, "href"), "link:canonical");
  for (const el of $("html").toArray()) collector.set("language", attr(el, "lang") ?? attr(el, "xml:lang"), "html:lang");
  return { articleBody };
}

/** The `<title>`: the headline of last resort (site names after " | " removed). */
export function readTitle($: CheerioAPI, collector: MetadataCollector): void {
  const title = $("title").get(0);
  if (title === undefined) return;
  const text = textOf(title).replace(/\s+/g, " ").trim();
  const bar = text.lastIndexOf(" | ");
  collector.set("headline", bar > 0 ? text.slice(0, bar) : text, "title");
}
