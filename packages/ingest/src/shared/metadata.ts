import type { ArticleMetadata, MetadataOrigin } from "@copydesk/core";
import { foldWhiteSpace } from "./white-space.js";

export type ScalarField = Exclude<keyof ArticleMetadata, "authors" | "origins">;

const MAX_VALUE = 2000;

/** Folds white space and trims; undefined for anything that is not a usable string. */
export function cleanValue(value: unknown): string | undefined {
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString();
  if (typeof value !== "string") return undefined;
  const folded = foldWhiteSpace(value);
  if (folded.length === 0) return undefined;
  return folded.length > MAX_VALUE ? folded.slice(0, MAX_VALUE) : folded;
}

/**
 * How much an author's origin is trusted, for ordering: structured data
 * written for machines first, then the byline a reader sees, then microdata
 * and meta tags (often a profile or a site-wide default).
 */
function authorRank(from: string): number {
  if (from === "json-ld" || from === "front-matter" || from.startsWith("ninjs:")) return 0;
  if (from === "byline") return 1;
  if (from === "microdata") return 2;
  return 3;
}

/**
 * Gathers metadata from several places. Sources are offered in priority
 * order: the first value for a field wins, every value is kept in `origins`.
 */
export class MetadataCollector {
  private readonly values = new Map<ScalarField, string>();
  private readonly authors: Array<{ name: string; rank: number; seq: number }> = [];
  private seq = 0;
  private readonly origins: MetadataOrigin[] = [];
  private readonly seenOrigins = new Set<string>();

  private record(field: string, value: string, from: string): void {
    const key = `${field}\u0000${value}\u0000${from}`;
    if (this.seenOrigins.has(key)) return;
    this.seenOrigins.add(key);
    this.origins.push({ field, value, from });
  }

  set(field: ScalarField, value: unknown, from: string): void {
    const clean = cleanValue(value);
    if (clean === undefined) return;
    this.record(field, clean, from);
    if (!this.values.has(field)) this.values.set(field, clean);
  }

  has(field: ScalarField): boolean {
    return this.values.has(field);
  }

  get(field: ScalarField): string | undefined {
    return this.values.get(field);
  }

  /** Adds a person; the same name from several places is kept once, in the order of the most trusted place. */
  addAuthor(name: unknown, from: string): void {
    // A name is text with a letter in it: not a number, not "—".
    const clean = typeof name === "string" ? cleanValue(name) : undefined;
    if (clean === undefined || !/\p{L}/u.test(clean)) return;
    this.record("authors", clean, from);
    const key = clean.toLowerCase();
    const rank = authorRank(from);
    const known = this.authors.find((author) => author.name.toLowerCase() === key);
    const seq = this.seq++;
    if (known === undefined) this.authors.push({ name: clean, rank, seq });
    else if (rank < known.rank) Object.assign(known, { rank, seq });
  }

  build(): ArticleMetadata {
    const metadata: { -readonly [K in keyof ArticleMetadata]: ArticleMetadata[K] } = {
      // Names in the order of the most trusted place that gives them, and in that place's order.
      authors: [...this.authors].sort((a, b) => a.rank - b.rank || a.seq - b.seq).map((author) => author.name),
      origins: [...this.origins],
    };
    for (const [field, value] of this.values) metadata[field] = value;
    return metadata;
  }
}
