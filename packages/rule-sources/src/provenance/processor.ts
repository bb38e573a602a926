import type { Article, ArticleMetadata, MetadataOrigin, Processor } from "@copydesk/core";
import { foldName } from "../lexicon/data.js";
import { computeProvenance, type Provenance, textOrigin } from "./record.js";
import { textScanOf } from "./scan.js";

/** Fields of the metadata model a text value may fill when nothing structured did. */
const FILLABLE = new Set(["dateline", "credit", "basedOn", "copyrightHolder"]);

/**
 * Metadata with what the text says added: authors from "By" lines, the dateline, credit and
 * source lines, distributors. Structured values (JSON-LD, meta tags, ninjs) keep priority; every
 * value read from the text is recorded in `origins` with its line, so `copydesk inspect` shows it.
 */
export function withTextProvenance(article: Article): { metadata: ArticleMetadata; record: Provenance } {
  const scan = textScanOf(article);
  const metadata = article.metadata;
  const origins: MetadataOrigin[] = [...metadata.origins];
  const seen = new Set(origins.map((origin) => `${origin.field}\u0000${origin.value}\u0000${origin.from}`));
  const authors = [...metadata.authors];
  const scalars: Record<string, string> = {};

  for (const item of scan.items) {
    const from = textOrigin(article, item);
    const key = `${item.field}\u0000${item.value}\u0000${from}`;
    if (!seen.has(key)) {
      seen.add(key);
      origins.push({ field: item.field, value: item.value, from });
    }
    if (item.field === "authors" && !authors.some((name) => foldName(name) === foldName(item.value))) authors.push(item.value);
    const field = item.field;
    if (FILLABLE.has(field) && (metadata as Record<string, unknown>)[field] === undefined && scalars[field] === undefined) {
      scalars[field] = field === "dateline" ? (scan.dateline?.place ?? item.value) : item.value;
    }
  }

  const enriched: ArticleMetadata = { ...metadata, ...scalars, authors, origins };
  const record = computeProvenance({ ...article, metadata: enriched }, scan);
  if (record.pressRelease.value) {
    origins.push({ field: "pressRelease", value: "yes", from: record.pressRelease.signals.join("; ") });
  }
  if (record.canonicalElsewhere && record.canonicalUrl !== undefined) {
    origins.push({ field: "credit", value: record.canonicalUrl, from: "link:canonical to another site" });
  }
  return { metadata: enriched, record };
}

/** Runs after rule-disclaimers (boilerplate is marked) and before rule-quotes. */
export const provenanceProcessor: Processor = {
  id: "sources/provenance",
  usedBy: ["sources/"],
  process: (article) => ({ ...article, metadata: withTextProvenance(article).metadata }),
};
