import type { Article } from "@copydesk/core";
import type { EvidenceView } from "./evidence.js";
import type { TextRange } from "./locate.js";
import { wordDiff, type DiffPart } from "./word-diff.js";

/** Two texts an editor compares (two copies of a disclaimer, a quotation and its source), with their word diff. */
export interface SideBySide {
  readonly title: string;
  readonly left: { readonly label: string; readonly text: string; readonly block?: number };
  readonly right: { readonly label: string; readonly text: string; readonly block?: number };
  /** From left to right: `del` is only on the left, `ins` only on the right. */
  readonly diff?: ReadonlyArray<DiffPart>;
}

interface Related {
  readonly message: string;
  readonly line: number;
  readonly at?: TextRange;
}

const MOST_OF_BLOCK = 0.8;

const coversBlock = (article: Article, at: TextRange | undefined): boolean => {
  const text = article.blocks[at?.block ?? -1]?.text;
  return at !== undefined && text !== undefined && text.length > 0 && (at.end - at.start) / text.length >= MOST_OF_BLOCK;
};

const SOURCE_KEYS = ["sourcepassage", "sourcetext", "sourcequote", "sourcequotation", "source", "passage", "original", "originaltext"];
/** A passage that came closest without matching (the unverified verdict): shown the same way, said differently. */
const NEAREST_KEYS = ["nearest", "nearestpassage", "closest", "closestpassage", "bestmatch"];
const TEXT_KEYS = ["text", "passage", "quote", "quotation", "sentence"];
const QUOTE_KEYS = ["quote", "quotation", "quoted", "quotetext", "text"];

const lower = (key: string) => key.toLowerCase().replace(/[-_ ]/g, "");
const str = (value: unknown): string | undefined => (typeof value === "string" && value.trim() !== "" ? value : undefined);

/** The value of the first of `keys` (in their order of preference) the record has, whatever its case or separators. */
function pick(record: Record<string, unknown>, keys: ReadonlyArray<string>): unknown {
  const byKey = new Map(Object.entries(record).map(([key, value]) => [lower(key), value]));
  for (const key of keys) if (byKey.has(key)) return byKey.get(key);
  return undefined;
}

/** "original.html:14:8" from whatever location fields a passage carries. */
function whereOf(record: Record<string, unknown>): string | undefined {
  const file = str(pick(record, ["path", "file", "uri", "sourcepath", "sourcefile", "sourceuri", "document", "article"]));
  const line = pick(record, ["line", "sourceline"]);
  const column = pick(record, ["column", "sourcecolumn"]);
  const at = typeof line === "number" ? `${line}${typeof column === "number" ? `:${column}` : ""}` : undefined;
  if (file === undefined && at === undefined) {
    const nested = pick(record, ["location", "where", "at", "source"]);
    return nested !== null && typeof nested === "object" && !Array.isArray(nested) ? whereOf(nested as Record<string, unknown>) : undefined;
  }
  return [file, at].filter((p) => p !== undefined).join(":");
}

interface Passage {
  readonly text: string;
  readonly where?: string;
  readonly nearest: boolean;
}

function passageIn(record: Record<string, unknown>, keys: ReadonlyArray<string>, nearest: boolean): Passage | undefined {
  const value = pick(record, keys);
  if (str(value) !== undefined) {
    const where = whereOf(record);
    return { text: value as string, nearest, ...(where ? { where } : {}) };
  }
  if (value !== null && typeof value === "object" && !Array.isArray(value)) {
    const inner = value as Record<string, unknown>;
    const text = str(pick(inner, TEXT_KEYS));
    if (text === undefined) return undefined;
    const where = whereOf(inner) ?? whereOf(record);
    return { text, nearest, ...(where ? { where } : {}) };
  }
  return undefined;
}

/** A passage from a source text named in the evidence (the quotation rules' verdicts carry one). */
function sourcePassage(evidence: EvidenceView): Passage | undefined {
  const record = Object.fromEntries(evidence.entries);
  return passageIn(record, SOURCE_KEYS, false) ?? passageIn(record, NEAREST_KEYS, true);
}

/**
 * The comparison that helps an editor decide, when the finding calls for one: a block-sized finding
 * with a related block (a duplicate and its first copy), or a finding whose evidence names a source
 * passage (a quotation and what the source says).
 */
export function sideBySide(article: Article, at: TextRange | undefined, related: ReadonlyArray<Related> | undefined, evidence: EvidenceView | undefined): SideBySide | undefined {
  const passage = evidence !== undefined ? sourcePassage(evidence) : undefined;
  if (passage !== undefined && evidence !== undefined) {
    const quoted = at !== undefined ? article.blocks[at.block]?.text.slice(at.start, at.end) : str(pick(Object.fromEntries(evidence.entries), QUOTE_KEYS));
    if (quoted !== undefined && quoted !== "") {
      const given = evidence.diffs[0]?.parts;
      const diff = given ?? wordDiff(passage.text, quoted);
      const source = passage.nearest ? "Nearest source passage" : "Source";
      return {
        title: passage.nearest ? "The nearest source passage and this article" : "The source and this article",
        left: { label: passage.where ? `${source} (${passage.where})` : source, text: passage.text },
        right: { label: "This article", text: quoted, ...(at ? { block: at.block } : {}) },
        ...(diff ? { diff } : {}),
      };
    }
  }
  if (!coversBlock(article, at) || at === undefined) return undefined;
  const other = related?.find((r) => r.at !== undefined && r.at.block !== at.block && coversBlock(article, r.at));
  if (other?.at === undefined) return undefined;
  const left = article.blocks[other.at.block]?.text ?? "";
  const right = article.blocks[at.block]?.text ?? "";
  const diff = wordDiff(left, right);
  const same = diff !== undefined && diff.every((part) => part.op === "eq");
  return {
    title: same ? "The two blocks, word for word the same" : "The two blocks (differences marked)",
    left: { label: `Line ${other.line}: ${other.message}`, text: left, block: other.at.block },
    right: { label: "This block", text: right, block: at.block },
    ...(diff ? { diff } : {}),
  };
}
