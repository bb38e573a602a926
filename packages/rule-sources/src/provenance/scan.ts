import type { Article, Block, Span } from "@copydesk/core";
import { isDistributor } from "../lexicon/data.js";
import { bylineParts, isBylineLine } from "./byline.js";
import { creditStatements } from "./credit-lines.js";
import { parseDateline, providerTagAt, type ParsedDateline } from "./dateline.js";

export type TextField = "authors" | "byline" | "dateline" | "credit" | "basedOn" | "copyrightHolder" | "distributor";

/** A provenance value read from the article text, with where it stands. */
export interface TextItem {
  readonly field: TextField;
  readonly value: string;
  /** How it was found: "byline", "dateline agency", "source line", "provider tag", "disclaimer". */
  readonly label: string;
  readonly span: Span;
}

export interface TextScan {
  readonly items: ReadonlyArray<TextItem>;
  /** The dateline that opens the story, with its block. */
  readonly dateline?: ParsedDateline & { readonly block: number };
  /** Blocks that are provenance lines rather than story: bylines and credit lines. */
  readonly lines: ReadonlyArray<{ readonly block: number; readonly kind: "byline" | "credit" | "dateline" }>;
}

const MAX_LINE = 300;
/** Paragraphs read for a dateline: the first story paragraphs (a standfirst may come first). */
const DATELINE_PARAGRAPHS = 2;

/** Boilerplate categories whose provider is the distributor of the copy. */
const DISTRIBUTOR_CATEGORIES = new Set(["disclaimer", "syndication", "distributor", "legal"]);

const isStoryKind = (block: Block): boolean => block.kind === "paragraph" || block.kind === "list-item" || block.kind === "other";

const COMPANY_ABBREVIATIONS = /^(?:Inc|Ltd|Corp|Co|Plc|LLC|AG|SA|NV|AB)\.$/i;

const PROVIDES = / provides /i;

/** "MENAFN provides the information “as is” ...": the distributor a disclaimer names. */
export function disclaimerDistributor(text: string): { name: string; start: number; end: number } | undefined {
  // Without " provides " (in any case) there is no name to read: skip lower-casing the block.
  if (!PROVIDES.test(text)) return undefined;
  const lower = text.toLowerCase();
  if (!(lower.includes("as is") || lower.includes("as-is"))) return undefined;
  const at = lower.indexOf(" provides ");
  if (at <= 0 || at > 200) return undefined;
  // Up to four capitalised words (or names with digits and dots) right before "provides".
  const words = text.slice(Math.max(0, at - 80), at).split(" ");
  const name: string[] = [];
  while (name.length < 4 && words.length > 0) {
    const word = words[words.length - 1] as string;
    // Stop at a label ("Legal Disclaimer:") or the end of a sentence before the name.
    if (!/^[\p{Lu}\p{N}]/u.test(word) || /[:;!?]$/.test(word) || (word.endsWith(".") && !COMPANY_ABBREVIATIONS.test(word))) break;
    name.unshift(word);
    words.pop();
  }
  const value = name.join(" ");
  if (value.length < 2) return undefined;
  return { name: value, start: at - value.length, end: at };
}

/** "© 2025 Northline News Agency. All rights reserved." gives Northline News Agency. */
function copyrightHolder(text: string): { value: string; start: number; end: number } | undefined {
  if (text.length > 200) return undefined;
  const match = /^(?:©|\(c\)|copyright\b)\s{0,3}(?:©\s{0,3})?(?:\d{4}(?:\s{0,2}[-–]\s{0,2}\d{4})?\s{0,3})?/i.exec(text);
  if (match === null || match[0].length === 0) return undefined;
  const start = match[0].length;
  let value = text.slice(start).replace(/\.?\s*all rights reserved\.?$/i, "").replace(/[.,;]+$/, "").trim();
  if (value.length < 2 || !/^[\p{Lu}\p{N}]/u.test(value)) return undefined;
  value = value.slice(0, 120);
  return { value, start, end: start + value.length };
}

function scanByline(block: Block, items: TextItem[], lines: TextScan["lines"][number][]): void {
  const text = block.text;
  if (block.kind !== "byline" && !(text.length <= MAX_LINE && isBylineLine(text))) return;
  lines.push({ block: block.index, kind: "byline" });
  const span = { block: block.index, start: 0, end: text.length };
  items.push({ field: "byline", value: text, label: "byline", span });
  const parts = bylineParts(block.kind === "byline" && !/^\(?\s*(?:by|reporting|written|story|words|text)\b/i.test(text) ? `By ${text}` : text);
  const offset = (name: string) => {
    const at = text.indexOf(name);
    return at >= 0 ? { block: block.index, start: at, end: at + name.length } : span;
  };
  for (const person of parts.people) items.push({ field: "authors", value: person, label: "byline", span: offset(person) });
  for (const outlet of parts.outlets) items.push({ field: "credit", value: outlet, label: "byline", span: offset(outlet) });
}

function scanDateline(block: Block, items: TextItem[]): (ParsedDateline & { block: number }) | undefined {
  const parsed = parseDateline(block.text);
  if (parsed === undefined) {
    if (block.kind !== "dateline") return undefined;
    const text = block.text.replace(/\s*[—–-]+$/, "");
    items.push({ field: "dateline", value: text, label: "dateline", span: { block: block.index, start: 0, end: text.length } });
    return { text, start: 0, end: text.length, bodyStart: block.text.length, place: text, block: block.index };
  }
  const span = { block: block.index, start: parsed.start, end: parsed.end };
  if (parsed.place !== undefined) items.push({ field: "dateline", value: parsed.text, label: "dateline", span });
  if (parsed.agency !== undefined) {
    const agencySpan = { block: block.index, start: parsed.agency.start, end: parsed.agency.end };
    items.push({ field: "credit", value: parsed.agency.name, label: "dateline agency", span: agencySpan });
  }
  return { ...parsed, block: block.index };
}

/** Every provenance value written in the article's text. Linear in the article's length. */
export function scanText(article: Article): TextScan {
  const items: TextItem[] = [];
  const lines: TextScan["lines"][number][] = [];
  let dateline: (ParsedDateline & { block: number }) | undefined;
  let storyParagraphs = 0;

  for (const block of article.blocks) {
    if (block.kind === "headline") continue;
    const text = block.text;
    const before = lines.length;
    scanByline(block, items, lines);
    const isLine = lines.length > before;

    const tag = providerTagAt(text, 0);
    if (tag !== undefined) {
      items.push({ field: "distributor", value: tag.distributor, label: "provider tag", span: { block: block.index, start: tag.start, end: tag.end } });
      const at = text.indexOf(tag.provider, tag.start);
      items.push({ field: "credit", value: tag.provider, label: "provider tag", span: { block: block.index, start: at, end: at + tag.provider.length } });
    }

    if (!isLine && block.boilerplate === undefined && dateline === undefined && storyParagraphs < DATELINE_PARAGRAPHS) {
      if (block.kind === "dateline" || isStoryKind(block)) {
        dateline = scanDateline(block, items);
        if (dateline !== undefined && dateline.bodyStart >= text.length) lines.push({ block: block.index, kind: "dateline" });
        if (isStoryKind(block)) storyParagraphs++;
      }
    }

    if (block.kind !== "caption") {
      for (const statement of creditStatements(text, MAX_LINE)) {
        const span = { block: block.index, start: statement.start, end: statement.end };
        const label = statement.kind;
        if (statement.start === 0 && statement.end >= text.length - 2 && !isLine) lines.push({ block: block.index, kind: "credit" });
        if (statement.kind === "press-release source" || !isDistributor(statement.value)) {
          items.push({ field: "credit", value: statement.value, label, span });
        }
        if (statement.url !== undefined) items.push({ field: "basedOn", value: statement.url, label, span });
      }
      const holder = copyrightHolder(text);
      if (holder !== undefined) {
        items.push({ field: "copyrightHolder", value: holder.value, label: "copyright line", span: { block: block.index, start: holder.start, end: holder.end } });
        lines.push({ block: block.index, kind: "credit" });
      }
    }

    const disclaimer = disclaimerDistributor(text);
    if (disclaimer !== undefined) {
      items.push({ field: "distributor", value: disclaimer.name, label: "disclaimer", span: { block: block.index, start: disclaimer.start, end: disclaimer.end } });
    } else if (block.boilerplate?.provider !== undefined) {
      const { category, provider } = block.boilerplate;
      const span = { block: block.index, start: 0, end: text.length };
      // A disclaimer names its distributor; an "About X" block names the company issuing a release.
      if (DISTRIBUTOR_CATEGORIES.has(category) || isDistributor(provider)) {
        items.push({ field: "distributor", value: provider, label: `${category} boilerplate`, span });
      } else if (category === "credit") {
        items.push({ field: "credit", value: provider, label: "credit boilerplate", span });
      }
    }
  }
  return { items, lines, ...(dateline !== undefined ? { dateline } : {}) };
}

/** What a scan depends on beyond the blocks array: boilerplate marks can be added after parsing. */
export function boilerplateFingerprint(article: Article): string {
  let key = "";
  for (const block of article.blocks) {
    if (block.boilerplate !== undefined) key += `${block.index}:${block.boilerplate.category}:${block.boilerplate.provider ?? ""}|`;
  }
  return key;
}

const scans = new WeakMap<ReadonlyArray<Block>, { readonly key: string; readonly scan: TextScan }>();

/** The scan `textScanOf` keeps for the article's blocks, if any, and lets go of it. */
export function forgetTextScan(article: Article): TextScan | undefined {
  const scan = scans.get(article.blocks)?.scan;
  scans.delete(article.blocks);
  return scan;
}

/**
 * The text scan of an article's blocks, computed once per blocks array: the processor and the
 * record the rules read scan the same blocks (the processor changes only the metadata).
 */
export function textScanOf(article: Article): TextScan {
  const key = boilerplateFingerprint(article);
  const cached = scans.get(article.blocks);
  if (cached !== undefined && cached.key === key) return cached.scan;
  const scan = scanText(article);
  scans.set(article.blocks, { key, scan });
  return scan;
}
