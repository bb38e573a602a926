import type { ArticleMetadata, MetadataOrigin } from "@copydesk/core";

export type ScalarField = Exclude<keyof ArticleMetadata, "authors" | "origins">;

const MAX_VALUE = 2000;

/** Folds white space and trims; undefined for anything that is not a usable string. */
export function cleanValue(value: unknown): string | undefined {
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString();
  if (typeof value !== "string") return undefined;
  const folded = value.replace(/\s+/g, " ").trim();
  if (folded.length === 0) return undefined;
  return folded.length > MAX_VALUE ? folded.slice(0, MAX_VALUE) : folded;
}

/**
 * Gathers metadata from several places. Sources are offered in priority
 * order: the first value for a field wins, every value is kept in `origins`.
 */
export class MetadataCollector {
  private readonly values = new Map<ScalarField, string>();
  private readonly authors: string[] = [];
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

  addAuthor(name: unknown, from: string): void {
    const clean = cleanValue(name);
    if (clean === undefined) return;
    this.record("authors", clean, from);
    const key = clean.toLowerCase();
    if (!this.authors.some((author) => author.toLowerCase() === key)) this.authors.push(clean);
  }

  build(): ArticleMetadata {
    const metadata: { -readonly [K in keyof ArticleMetadata]: ArticleMetadata[K] } = {
      authors: [...this.authors],
      origins: [...this.origins],
    };
    for (const [field, value] of this.values) metadata[field] = value;
    return metadata;
  }
}
