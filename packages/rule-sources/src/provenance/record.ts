import { type Article, type MetadataOrigin, onArticleReleased, SpanSchema } from "@copydesk/core";
import { Schema } from "effect";
import { foldName, isDistributor, isPressReleaseWire } from "../lexicon/data.js";
import { type PressReleaseSigns, pressReleaseSigns } from "./press-release.js";
import { boilerplateFingerprint, forgetTextScan, type TextItem, type TextScan, textScanOf } from "./scan.js";
import { hostMatchesName, hostOf } from "./sites.js";

/** One provenance value and where it came from. */
export const ProvenanceValue = Schema.Struct({
  value: Schema.String,
  /** "json-ld", "meta:author", "link:canonical", "byline, line 12", "dateline agency, line 13". */
  from: Schema.String,
  /** Where it stands in the article text, when it was read from the text. */
  span: Schema.optional(SpanSchema),
});
export type ProvenanceValue = typeof ProvenanceValue.Type;

const Signs = Schema.Struct({ value: Schema.Boolean, signals: Schema.Array(Schema.String) });

/**
 * Who wrote an article, where and when it was reported, and which outlet it came from: one record
 * per article, from structured metadata (JSON-LD, meta tags, ninjs) and from the text itself.
 */
export const Provenance = Schema.Struct({
  /** People credited as writers. */
  authors: Schema.Array(ProvenanceValue),
  /** Byline lines as written ("By Dana Okafor, Northline News Agency", "By Reuters Staff"). */
  bylines: Schema.Array(ProvenanceValue),
  /** Datelines: the one opening the story ("PORT ELWYN, June 3 (Northline)") and metadata ones. */
  dateline: Schema.Array(ProvenanceValue),
  /** Outlets credited as the origin: dateline agency, credit and source lines, isBasedOn, a canonical link elsewhere. Distributors excluded. */
  credits: Schema.Array(ProvenanceValue),
  publisher: Schema.Array(ProvenanceValue),
  canonicalUrl: Schema.optional(Schema.String),
  /** The canonical link points to another site than the publisher's or the distributor's. */
  canonicalElsewhere: Schema.Boolean,
  basedOn: Schema.Array(ProvenanceValue),
  copyrightHolder: Schema.Array(ProvenanceValue),
  published: Schema.optional(Schema.String),
  /** Syndication distributors and aggregators the article carries (MENAFN, EIN Presswire). */
  distributors: Schema.Array(ProvenanceValue),
  syndicated: Signs,
  pressRelease: Signs,
  /** Where the story's text starts in the dateline's paragraph (after "KYIV, March 4 (Reuters) —"). */
  storyStart: Schema.optional(SpanSchema),
  /** Blocks that are provenance lines, not story: bylines, credit lines, a dateline on its own. */
  lines: Schema.Array(Schema.Struct({ block: Schema.Number, kind: Schema.String })),
});
export type Provenance = typeof Provenance.Type;

/** Values ingest read from the page or the ninjs fields rather than the visible text. */
const TEXT_ORIGINS = new Set(["byline", "text", "dateline", "h1", "title", "time"]);

/** True when a value was read from text a reader sees (a byline, the dateline), not only from metadata. */
export const isVisible = (value: ProvenanceValue): boolean =>
  value.span !== undefined || TEXT_ORIGINS.has(value.from) || value.from.startsWith("ninjs:byline") || value.from.startsWith("ninjs:by");

function lineOf(article: Article, item: TextItem): number {
  const block = article.blocks[item.span.block];
  if (block === undefined) return 0;
  return article.source.lines.positionAt(block.map.toSource(item.span.start, item.span.end).start).line;
}

/** "dateline agency, line 13": how the processor labels a value it read from the text. */
export const textOrigin = (article: Article, item: TextItem): string => `${item.label}, line ${lineOf(article, item)}`;

type Field = MetadataOrigin["field"];

/** Metadata values with their origins, plus any field set without an origin (a caller that built metadata by hand). */
function metadataOrigins(article: Article): ReadonlyArray<MetadataOrigin> {
  const { origins, authors } = article.metadata;
  const out: MetadataOrigin[] = [...origins];
  // The processor fills a field with part of a value it recorded ("KYIV" of "KYIV, March 4"): already there.
  const lowered = origins.map((origin) => ({ field: origin.field, value: origin.value.toLowerCase() }));
  const has = (field: string, value: string) => {
    const lower = value.toLowerCase();
    return lowered.some((origin) => origin.field === field && origin.value.includes(lower));
  };
  for (const value of authors) if (!has("authors", value)) out.push({ field: "authors", value, from: "metadata" });
  for (const [field, value] of Object.entries(article.metadata)) {
    if (field === "origins" || field === "authors") continue;
    if (typeof value === "string" && !has(field, value)) out.push({ field, value, from: "metadata" });
  }
  return out;
}

/** Collects values per field, one per distinct value (folded), text values (with spans) first. */
class Collector {
  private readonly byField = new Map<string, ProvenanceValue[]>();
  /** Per field, the folded key of each value to where it stands in the field's list. */
  private readonly keys = new Map<string, Map<string, number>>();

  add(field: Field, value: ProvenanceValue): void {
    const list = this.byField.get(field) ?? [];
    const keys = this.keys.get(field) ?? new Map<string, number>();
    const key = field === "byline" || field === "dateline" ? value.value.toLowerCase() : foldName(value.value) || value.value;
    const existing = keys.get(key);
    if (existing === undefined) {
      keys.set(key, list.length);
      list.push(value);
    } else if ((list[existing] as ProvenanceValue).span === undefined && value.span !== undefined) list[existing] = value;
    this.byField.set(field, list);
    this.keys.set(field, keys);
  }

  get(field: Field): ProvenanceValue[] {
    return this.byField.get(field) ?? [];
  }
}

const CANONICAL_ORIGINS = ["link:canonical", "json-ld", "meta:og:url", "ninjs:uri", "microdata"];

/** Does the canonical link point to another site than the one publishing (the publisher, a distributor, the page's own address)? */
function canonicalElsewhere(article: Article, canonicals: ReadonlyArray<ProvenanceValue>, selfNames: ReadonlyArray<string>): boolean {
  const hosts = canonicals.map((value) => hostOf(value.value)).filter((host): host is string => host !== undefined);
  if (hosts.length === 0) return false;
  const own = hostOf(article.id);
  const link = canonicals.find((value) => value.from === "link:canonical");
  const linkHost = link !== undefined ? hostOf(link.value) : hosts[0];
  if (linkHost === undefined) return false;
  if (own !== undefined && own !== linkHost) return true;
  // og:url names the page itself; a canonical link to another host credits that host.
  if (hosts.some((host) => host !== linkHost)) return true;
  if (selfNames.length === 0) return false;
  return !selfNames.some((name) => hostMatchesName(linkHost, name));
}

function isSelf(value: string, selfNames: ReadonlyArray<string>): boolean {
  const host = hostOf(value);
  if (host !== undefined) return selfNames.some((name) => hostMatchesName(host, name));
  const key = foldName(value);
  return selfNames.some((name) => foldName(name) === key);
}

/**
 * The text items and metadata origins of an article, collected per field (only `fields`, when
 * given: a field's values never depend on another field's).
 */
function collect(article: Article, scan: TextScan, fields?: ReadonlySet<string>): { collected: Collector; origins: ReadonlyArray<MetadataOrigin> } {
  const collected = new Collector();
  for (const item of scan.items) {
    if (fields !== undefined && !fields.has(item.field)) continue;
    collected.add(item.field, { value: item.value, from: textOrigin(article, item), span: item.span });
  }
  const origins = metadataOrigins(article);
  for (const origin of origins) {
    if (fields !== undefined && !fields.has(origin.field)) continue;
    collected.add(origin.field, { value: origin.value, from: origin.from });
  }
  return { collected, origins };
}

/** Who publishes the article (publisher and distributors), and whether its canonical link points elsewhere. */
function publishing(article: Article, collected: Collector, origins: ReadonlyArray<MetadataOrigin>) {
  const publisher = collected.get("publisher");
  const distributors = collected.get("distributor");
  const distributorNames = distributors.map((value) => value.value);
  const selfNames = [...publisher.map((value) => value.value), ...distributorNames];
  const canonicals = collected.get("canonicalUrl");
  const elsewhere = canonicalElsewhere(article, origins.filter((o) => o.field === "canonicalUrl" && CANONICAL_ORIGINS.includes(o.from)).map((o) => ({ value: o.value, from: o.from })), selfNames);
  return { publisher, distributors, distributorNames, selfNames, canonical: canonicals[0]?.value, elsewhere };
}

/** What the provenance processor adds to the metadata besides the text's values. */
export interface PublishingSigns {
  readonly pressRelease: PressReleaseSigns;
  readonly canonicalUrl?: string | undefined;
  readonly canonicalElsewhere: boolean;
}

const PUBLISHING_FIELDS: ReadonlySet<string> = new Set(["publisher", "distributor", "canonicalUrl"]);

/**
 * The record's `pressRelease`, `canonicalUrl` and `canonicalElsewhere`, as {@link computeProvenance}
 * gives them, without collecting the other fields (the processor needs only these).
 */
export function publishingSigns(article: Article, scan: TextScan = textScanOf(article)): PublishingSigns {
  const { collected, origins } = collect(article, scan, PUBLISHING_FIELDS);
  const { canonical, elsewhere } = publishing(article, collected, origins);
  return { pressRelease: pressReleaseSignsOf(article, scan), canonicalUrl: canonical, canonicalElsewhere: elsewhere };
}

const pressReleaseCache = new WeakMap<TextScan, { readonly blocks: Article["blocks"]; readonly signs: PressReleaseSigns }>();

/** pressReleaseSigns reads only the blocks and their scan: the processor and the rules' record share one answer. */
function pressReleaseSignsOf(article: Article, scan: TextScan): PressReleaseSigns {
  const cached = pressReleaseCache.get(scan);
  if (cached !== undefined && cached.blocks === article.blocks) return cached.signs;
  const signs = pressReleaseSigns(article, scan);
  pressReleaseCache.set(scan, { blocks: article.blocks, signs });
  return signs;
}

/** Computes the provenance record of an article (without caching; see {@link provenanceOf}). */
export function computeProvenance(article: Article, scan: TextScan = textScanOf(article)): Provenance {
  const { collected, origins } = collect(article, scan);
  const { publisher, distributors, distributorNames, selfNames, canonical, elsewhere } = publishing(article, collected, origins);
  const isOther = (value: ProvenanceValue) => !isDistributor(value.value, distributorNames) && !isSelf(value.value, selfNames);

  const basedOn = collected.get("basedOn");
  const copyrightHolder = collected.get("copyrightHolder");

  const pressRelease = pressReleaseSignsOf(article, scan);
  // A distributor is no credit, except the provider a tag names and, on a press release, its wire.
  const isCredit = (value: ProvenanceValue) =>
    !isDistributor(value.value, distributorNames) || value.from.startsWith("provider tag") || (pressRelease.value && isPressReleaseWire(value.value));
  const credits: ProvenanceValue[] = [
    ...collected.get("credit").filter(isCredit),
    ...basedOn.filter(isOther),
    ...copyrightHolder.filter(isOther),
  ];
  if (elsewhere && canonical !== undefined && !credits.some((credit) => credit.value === canonical)) credits.push({ value: canonical, from: "link:canonical to another site" });

  const syndicationSignals: string[] = [];
  for (const distributor of distributors) syndicationSignals.push(`${distributor.value} (${distributor.from})`);
  for (const value of publisher) if (isDistributor(value.value)) syndicationSignals.push(`publisher ${value.value} is a distributor`);
  for (const credit of credits) {
    if (/^(?:originally published|republished|provider tag|source line|credit line)/.test(credit.from) || credit.from.startsWith("link:canonical")) {
      syndicationSignals.push(`credit to ${credit.value} (${credit.from})`);
    }
  }
  for (const value of basedOn) syndicationSignals.push(`based on ${value.value} (${value.from})`);

  const published = collected.get("published")[0]?.value;
  return {
    authors: collected.get("authors"),
    bylines: collected.get("byline"),
    dateline: collected.get("dateline"),
    credits,
    publisher,
    ...(canonical !== undefined ? { canonicalUrl: canonical } : {}),
    canonicalElsewhere: elsewhere,
    basedOn,
    copyrightHolder,
    ...(published !== undefined ? { published } : {}),
    distributors,
    syndicated: { value: syndicationSignals.length > 0, signals: [...new Set(syndicationSignals)] },
    pressRelease,
    ...(scan.dateline !== undefined && scan.dateline.bodyStart < (article.blocks[scan.dateline.block]?.text.length ?? 0)
      ? { storyStart: { block: scan.dateline.block, start: scan.dateline.bodyStart, end: scan.dateline.bodyStart } }
      : {}),
    lines: scan.lines,
  };
}

const cache = new WeakMap<Article, { readonly key: string; readonly record: Provenance }>();

onArticleReleased((article) => {
  const scan = forgetTextScan(article);
  if (scan !== undefined) pressReleaseCache.delete(scan);
  cache.delete(article);
});

/**
 * The provenance record of an article, computed once per article object (and again if blocks are
 * marked as boilerplate later): the processor, every sources rule and the reports share it.
 */
export function provenanceOf(article: Article): Provenance {
  // What the record depends on beyond the article object: boilerplate marks can be added after parsing.
  const key = boilerplateFingerprint(article);
  const cached = cache.get(article);
  if (cached !== undefined && cached.key === key) return cached.record;
  const record = computeProvenance(article);
  cache.set(article, { key, record });
  return record;
}
