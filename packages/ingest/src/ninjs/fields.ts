import { authorsFromByline } from "../shared/byline.js";
import type { MetadataCollector, ScalarField } from "../shared/metadata.js";
import type { JsonNode, JsonString } from "./json-scanner.js";

export type JsonObject = Extract<JsonNode, { type: "object" }>;

/** The first of `names` present on `obj` (ninjs 1.x/2.x lower case, 3.x camel case). */
export function fieldOf(obj: JsonObject, ...names: string[]): { name: string; node: JsonNode } | undefined {
  for (const name of names) {
    const node = obj.entries.get(name);
    if (node !== undefined) return { name, node };
  }
  return undefined;
}

export function stringOf(obj: JsonObject, ...names: string[]): { name: string; node: JsonString } | undefined {
  for (const name of names) {
    const node = obj.entries.get(name);
    if (node?.type === "string") return { name, node };
  }
  return undefined;
}

/** An array's object items, or a lone object as a list of one. */
export function objectsOf(node: JsonNode | undefined): JsonObject[] {
  if (node === undefined) return [];
  if (node.type === "object") return [node];
  if (node.type !== "array") return [];
  return node.items.filter((item): item is JsonObject => item.type === "object");
}

const roleOf = (obj: JsonObject): string => {
  const role = stringOf(obj, "role");
  return role?.node.value.toLowerCase() ?? "";
};

/** `headline` (1.x/2.x) or the `headlines` entry with role "main" (else the first). */
export function headlineOf(root: JsonObject): { name: string; node: JsonString } | undefined {
  const single = stringOf(root, "headline");
  if (single !== undefined) return single;
  const list = objectsOf(root.entries.get("headlines"));
  const main = list.find((item) => roleOf(item) === "main") ?? list[0];
  const value = main !== undefined ? stringOf(main, "value") : undefined;
  return value !== undefined ? { name: "headlines", node: value.node } : undefined;
}

export interface Body {
  readonly name: string;
  readonly node: JsonString;
  /** How to read it: HTML, plain text, NITF (XML with headline, byline and paragraphs), or other XML. */
  readonly kind: "html" | "text" | "nitf" | "xml";
}

function bodyKind(contentType: string, role: string): Body["kind"] {
  if (contentType.includes("nitf") || role === "nitf") return "nitf";
  if (contentType.includes("html") || role.includes("html")) return "html";
  if (contentType.startsWith("text/plain")) return "text";
  if (contentType === "" && (role === "" || role === "text" || role === "plain")) return "text";
  return "xml";
}

/** Which body to read when there are several: the one with the most structure, never an empty one. */
const PREFERENCE: ReadonlyArray<Body["kind"]> = ["html", "nitf", "text", "xml"];

/** The body to read: HTML first (it has paragraphs), then NITF, plain text, other XML. */
export function bodyOf(root: JsonObject): Body | undefined {
  const candidates: Body[] = [];
  for (const [name, kind] of [["body_html", "html"], ["body_xhtml", "html"], ["body_text", "text"]] as const) {
    const found = stringOf(root, name);
    if (found !== undefined) candidates.push({ name, node: found.node, kind });
  }
  for (const item of objectsOf(root.entries.get("bodies"))) {
    const value = stringOf(item, "value");
    if (value === undefined) continue;
    const contentType = (stringOf(item, "contenttype", "contentType")?.node.value ?? "").toLowerCase();
    candidates.push({ name: "bodies", node: value.node, kind: bodyKind(contentType, roleOf(item)) });
  }
  const useful = candidates.filter((body) => body.node.value.trim().length > 0);
  for (const kind of PREFERENCE) {
    const found = useful.find((body) => body.kind === kind);
    if (found !== undefined) return found;
  }
  return undefined;
}

function setString(collector: MetadataCollector, field: ScalarField, root: JsonObject, ...names: string[]): void {
  const found = stringOf(root, ...names);
  if (found !== undefined) collector.set(field, found.node.value, `ninjs:${found.name}`);
}

const nameOf = (obj: JsonObject): string | undefined => stringOf(obj, "name", "literal")?.node.value;

/** Metadata from ninjs fields, 1.x to 3.x names. */
export function readNinjsMetadata(root: JsonObject, collector: MetadataCollector): void {
  const headline = headlineOf(root);
  if (headline !== undefined) collector.set("headline", headline.node.value, `ninjs:${headline.name}`);
  const byline = stringOf(root, "byline", "by");
  if (byline !== undefined) for (const name of authorsFromByline(byline.node.value)) collector.addAuthor(name, `ninjs:${byline.name}`);
  setString(collector, "dateline", root, "located");
  setString(collector, "published", root, "firstcreated", "firstCreated", "versioncreated", "versionCreated");
  setString(collector, "modified", root, "versioncreated", "versionCreated");
  setString(collector, "copyrightHolder", root, "copyrightholder", "copyrightHolder");
  setString(collector, "language", root, "language");
  setString(collector, "description", root, "description_text", "description");
  const descriptions = objectsOf(root.entries.get("descriptions"));
  const summary = descriptions.find((item) => ["summary", "lead", "text", "abstract"].includes(roleOf(item))) ?? descriptions[0];
  const summaryValue = summary !== undefined ? stringOf(summary, "value") : undefined;
  if (summaryValue !== undefined) collector.set("description", summaryValue.node.value, "ninjs:descriptions");
  const sources = fieldOf(root, "infosource", "infosources", "infoSources");
  if (sources !== undefined) {
    if (sources.node.type === "string") collector.set("credit", sources.node.value, `ninjs:${sources.name}`);
    for (const source of objectsOf(sources.node)) collector.set("credit", nameOf(source), `ninjs:${sources.name}`);
  }
  const uri = stringOf(root, "uri");
  if (uri !== undefined && /^https?:\/\//i.test(uri.node.value)) collector.set("canonicalUrl", uri.node.value, "ninjs:uri");
}
