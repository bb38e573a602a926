import type { Article, ArticleMetadata, MetadataOrigin, Processor } from "@copydesk/core";
import { foldName } from "../lexicon/data.js";
import { computeProvenance, type Provenance, type PublishingSigns, publishingSigns, textOrigin } from "./record.js";
import { type TextScan, textScanOf } from "./scan.js";

/** Fields of the metadata model a text value may fill when nothing structured did. */
const FILLABLE = new Set(["dateline", "credit", "basedOn", "copyrightHolder"]);

/** The metadata with the values read from the text added, and its origins list (still open for the processor's own notes). */
function withTextValues(article: Article, scan: TextScan): { metadata: ArticleMetadata; origins: MetadataOrigin[] } {
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
  return { metadata: { ...metadata, ...scalars, authors, origins }, origins };
}

/** The processor's notes on what the record found: a press release, a canonical link to another site. */
function addPublishingNotes(origins: MetadataOrigin[], signs: PublishingSigns): void {
  if (signs.pressRelease.value) {
    origins.push({ field: "pressRelease", value: "yes", from: signs.pressRelease.signals.join("; ") });
  }
  if (signs.canonicalElsewhere && signs.canonicalUrl !== undefined) {
    origins.push({ field: "credit", value: signs.canonicalUrl, from: "link:canonical to another site" });
  }
}

/**
 * Metadata with what the text says added: authors from "By" lines, the dateline, credit and
 * source lines, distributors. Structured values (JSON-LD, meta tags, ninjs) keep priority; every
 * value read from the text is recorded in `origins` with its line, so `copydesk inspect` shows it.
 * `record` is the provenance of the article with that metadata, before the processor's notes.
 */
export function withTextProvenance(article: Article): { metadata: ArticleMetadata; record: Provenance } {
  const scan = textScanOf(article);
  const { metadata, origins } = withTextValues(article, scan);
  const record = computeProvenance({ ...article, metadata }, scan);
  addPublishingNotes(origins, record);
  return { metadata, record };
}

/** The processor's metadata: as withTextProvenance's, without the full record (the rules compute theirs from the processed article). */
function processedMetadata(article: Article): ArticleMetadata {
  const scan = textScanOf(article);
  const { metadata, origins } = withTextValues(article, scan);
  addPublishingNotes(origins, publishingSigns({ ...article, metadata }, scan));
  return metadata;
}

/** Runs after rule-disclaimers (boilerplate is marked) and before rule-quotes. */
export const provenanceProcessor: Processor = {
  id: "sources/provenance",
  usedBy: ["sources/"],
  process: (article) => ({ ...article, metadata: processedMetadata(article) }),
};
