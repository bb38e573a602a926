import { parseDocument } from "yaml";
import type { MetadataCollector, ScalarField } from "../shared/metadata.js";

const FROM = "front-matter";

const SCALARS: Record<string, ScalarField> = {
  title: "headline", headline: "headline",
  date: "published", published: "published", pubdate: "published", published_at: "published", date_published: "published",
  modified: "modified", updated: "modified", lastmod: "modified", date_modified: "modified",
  publisher: "publisher", site: "publisher", site_name: "publisher",
  canonical: "canonicalUrl", canonical_url: "canonicalUrl", canonicalurl: "canonicalUrl",
  source: "basedOn", based_on: "basedOn", basedon: "basedOn", original_source: "basedOn", original: "basedOn",
  credit: "credit", dateline: "dateline", lang: "language", language: "language",
  description: "description", summary: "description",
  copyright: "copyrightHolder", copyright_holder: "copyrightHolder", copyrightholder: "copyrightHolder",
};
const AUTHOR_KEYS = new Set(["author", "authors", "byline", "by", "creator"]);

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value) && !(value instanceof Date);

function namesIn(value: unknown): unknown[] {
  const list = Array.isArray(value) ? value : [value];
  return list.map((item) => (isRecord(item) ? item["name"] : item));
}

/**
 * Reads YAML front matter into `collector`. `firstLine` is the file line of
 * the YAML's first line, so an error names the line in the file.
 */
export function readFrontMatter(yaml: string, firstLine: number, collector: MetadataCollector): void {
  const doc = parseDocument(yaml, { prettyErrors: false, uniqueKeys: false });
  const lineOf = (offset: number): number => {
    let line = firstLine;
    for (let i = 0; i < Math.min(offset, yaml.length); i++) if (yaml.charCodeAt(i) === 10) line++;
    return line;
  };
  const error = doc.errors[0];
  if (error !== undefined) {
    const reason = error.message.split("\n")[0] ?? "cannot be parsed";
    throw new Error(`invalid YAML front matter at line ${lineOf(error.pos[0])}: ${reason}`);
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 50 });
  } catch (cause) {
    // An alias to no anchor, or aliases that expand too far (a "billion laughs" document).
    const reason = cause instanceof Error ? cause.message.split("\n")[0] : String(cause);
    throw new Error(`invalid YAML front matter at line ${firstLine}: ${reason}`);
  }
  if (data === null || data === undefined) return;
  if (!isRecord(data)) throw new Error(`invalid YAML front matter at line ${firstLine}: expected "key: value" lines, not a list or a single value`);
  for (const [rawKey, value] of Object.entries(data)) {
    const key = rawKey.toLowerCase();
    if (AUTHOR_KEYS.has(key)) {
      for (const name of namesIn(value)) collector.addAuthor(name, FROM);
      continue;
    }
    const field = SCALARS[key];
    if (field === undefined) continue;
    collector.set(field, isRecord(value) ? (value["name"] ?? value["url"]) : value, FROM);
  }
}
