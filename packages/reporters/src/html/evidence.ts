import type { DiffPart } from "./word-diff.js";

/** Evidence as the page shows it: plain JSON values, bounded, with diff-shaped values recognised. */
export interface EvidenceView {
  /** Key/value pairs, in the rule's order (diff-shaped values are in `diffs` instead). */
  readonly entries: ReadonlyArray<readonly [string, unknown]>;
  readonly diffs: ReadonlyArray<{ readonly key: string; readonly parts: ReadonlyArray<DiffPart> }>;
}

const MAX_STRING = 20_000;
const MAX_ITEMS = 500;
const MAX_DEPTH = 6;

/** A JSON value with long strings and lists cut and deep nesting flattened: a hostile finding cannot bloat the page. */
export function bounded(value: unknown, depth = 0): unknown {
  if (value === null || typeof value === "boolean") return value;
  if (typeof value === "number") return Number.isFinite(value) ? value : String(value);
  if (typeof value === "string") return value.length > MAX_STRING ? `${value.slice(0, MAX_STRING)}… (${value.length - MAX_STRING} more characters)` : value;
  if (typeof value === "bigint") return value.toString();
  if (depth >= MAX_DEPTH) return "…";
  if (Array.isArray(value)) {
    const items = value.slice(0, MAX_ITEMS).map((item) => bounded(item, depth + 1));
    return value.length > MAX_ITEMS ? [...items, `… ${value.length - MAX_ITEMS} more`] : items;
  }
  if (typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value as Record<string, unknown>).slice(0, MAX_ITEMS)) {
      if (item !== undefined && typeof item !== "function" && typeof item !== "symbol") out[key] = bounded(item, depth + 1);
    }
    return out;
  }
  return undefined;
}

const OPS: Record<string, DiffPart["op"]> = {
  eq: "eq", equal: "eq", same: "eq", keep: "eq", kept: "eq", unchanged: "eq", common: "eq", match: "eq", "=": "eq", " ": "eq", "0": "eq",
  ins: "ins", insert: "ins", inserted: "ins", add: "ins", added: "ins", addition: "ins", "+": "ins", "1": "ins",
  del: "del", delete: "del", deleted: "del", remove: "del", removed: "del", deletion: "del", "-": "del", "-1": "del",
};

const textOf = (value: unknown): string | undefined => {
  if (typeof value === "string") return value;
  if (Array.isArray(value) && value.every((w) => typeof w === "string")) return value.join(" ");
  return undefined;
};

const first = (record: Record<string, unknown>, keys: ReadonlyArray<string>): unknown => {
  for (const key of keys) if (key in record) return record[key];
  return undefined;
};

/** One item of a diff in any of the shapes rules and libraries use, as parts (a replacement is a del then an ins). */
function partsOfItem(item: unknown): DiffPart[] | undefined {
  if (Array.isArray(item) && item.length === 2) {
    const op = OPS[String(item[0]).toLowerCase()];
    const text = textOf(item[1]);
    return op !== undefined && text !== undefined ? [{ op, text }] : undefined;
  }
  if (item === null || typeof item !== "object") return undefined;
  const record = item as Record<string, unknown>;
  // jsdiff: { value, added?, removed? }
  if (typeof record["value"] === "string" && ("added" in record || "removed" in record || "count" in record)) {
    return [{ op: record["added"] === true ? "ins" : record["removed"] === true ? "del" : "eq", text: record["value"] as string }];
  }
  const opName = first(record, ["op", "type", "kind", "operation", "status", "change"]);
  if (typeof opName !== "string" && typeof opName !== "number") return undefined;
  const name = String(opName).toLowerCase();
  if (name === "replace" || name === "replaced" || name === "change" || name === "changed" || name === "substitute") {
    const from = textOf(first(record, ["from", "before", "old", "source", "removed", "deleted"]));
    const to = textOf(first(record, ["to", "after", "new", "target", "added", "inserted"]));
    return from !== undefined && to !== undefined ? [{ op: "del", text: from }, { op: "ins", text: to }] : undefined;
  }
  const op = OPS[name];
  const text = textOf(first(record, ["text", "value", "words", "word", "tokens", "token"]));
  return op !== undefined && text !== undefined ? [{ op, text }] : undefined;
}

/** Parts spaced as words: items given word by word are joined with single spaces. */
function spaced(parts: DiffPart[]): DiffPart[] {
  const joinsWithSpace = parts.every((p) => !/\s$/.test(p.text) && !/^\s/.test(p.text));
  if (!joinsWithSpace) return parts;
  return parts.map((part, index) => ({ op: part.op, text: index < parts.length - 1 ? `${part.text} ` : part.text }));
}

/**
 * A word diff written inline, as `git diff --word-diff` and wdiff do: "We are [-not-] against
 * {+all+} growth". Read by scanning (no regular expression), so any text costs linear time.
 */
export function parseInlineDiff(text: string): DiffPart[] | undefined {
  const parts: DiffPart[] = [];
  // Once a closing mark is missing from some point on, it is missing from every later point too:
  // remembering that keeps a text full of unclosed marks linear.
  const unclosed = { "[-": false, "{+": false };
  let plain = "";
  let at = 0;
  while (at < text.length) {
    const open = text.startsWith("[-", at) ? "[-" : text.startsWith("{+", at) ? "{+" : undefined;
    const end = open === undefined || unclosed[open] ? -1 : text.indexOf(open === "[-" ? "-]" : "+}", at + 2);
    if (open !== undefined && end < 0) unclosed[open] = true;
    if (open === undefined || end < 0) {
      plain += text[at];
      at++;
      continue;
    }
    if (plain !== "") parts.push({ op: "eq", text: plain });
    plain = "";
    parts.push({ op: open === "[-" ? "del" : "ins", text: text.slice(at + 2, end) });
    at = end + 2;
  }
  if (plain !== "") parts.push({ op: "eq", text: plain });
  if (!parts.some((p) => p.op !== "eq")) return undefined;
  // "are [-not-] against": the space after the change belongs to it, so each side reads with single spaces.
  return parts.map((part, i) => {
    const next = parts[i + 1];
    if (part.op === "eq" || next?.op !== "eq" || !next.text.startsWith(" ")) return part;
    parts[i + 1] = { op: "eq", text: next.text.slice(1) };
    return { op: part.op, text: `${part.text} ` };
  });
}

/** The value as a word diff, when it has a diff's shape (a list of operations with text); otherwise undefined. */
export function asDiff(value: unknown, key = ""): DiffPart[] | undefined {
  if (typeof value === "string") return /diff/i.test(key) ? parseInlineDiff(value) : undefined;
  if (!Array.isArray(value) || value.length === 0) return undefined;
  const parts: DiffPart[] = [];
  for (const item of value) {
    const some = partsOfItem(item);
    if (some === undefined) return undefined;
    parts.push(...some);
  }
  return spaced(parts);
}

/** Evidence ready for the page; nested `{ diff: [...] }` objects are looked into one level down. */
export function evidenceView(evidence: Readonly<Record<string, unknown>> | undefined): EvidenceView | undefined {
  if (evidence === undefined) return undefined;
  const entries: [string, unknown][] = [];
  const diffs: { key: string; parts: DiffPart[] }[] = [];
  for (const [key, raw] of Object.entries(evidence)) {
    const value = bounded(raw);
    if (value === undefined) continue;
    const parts = asDiff(value, key);
    if (parts !== undefined) {
      diffs.push({ key, parts });
      continue;
    }
    if (value !== null && typeof value === "object" && !Array.isArray(value)) {
      const record = { ...(value as Record<string, unknown>) };
      for (const [inner, item] of Object.entries(record)) {
        const nested = asDiff(item, inner);
        if (nested !== undefined) {
          diffs.push({ key: `${key}.${inner}`, parts: nested });
          delete record[inner];
        }
      }
      if (Object.keys(record).length > 0) entries.push([key, record]);
      continue;
    }
    entries.push([key, value]);
  }
  return { entries, diffs };
}
