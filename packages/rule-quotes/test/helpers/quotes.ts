import { articleFromText, type Article, type Quotation } from "@copydesk/core";
import { extractQuotations } from "../../src/extract/extract.js";

/** What a test compares: the quotation's kind, its spans' text and exact offsets, its speaker and cue. */
export interface SeenQuotation {
  kind: Quotation["kind"];
  spans: Array<{ block: number; start: number; end: number; text: string }>;
  speaker?: string;
  speakerKind?: string;
  resolvedBy?: string;
  role?: string;
  cue?: string;
}

export function seen(article: Article, quotation: Quotation): SeenQuotation {
  return {
    kind: quotation.kind,
    spans: quotation.spans.map((s) => ({ ...s, text: article.blocks[s.block]?.text.slice(s.start, s.end) ?? "" })),
    ...(quotation.speaker ? { speaker: quotation.speaker.name, speakerKind: quotation.speaker.kind } : {}),
    ...(quotation.speaker?.resolvedBy ? { resolvedBy: quotation.speaker.resolvedBy } : {}),
    ...(quotation.speaker?.role ? { role: quotation.speaker.role } : {}),
    ...(quotation.cue ? { cue: quotation.cue.text } : {}),
  };
}

export function extract(paragraphs: ReadonlyArray<string>, boilerplate: ReadonlyArray<number> = []): { article: Article; quotations: SeenQuotation[] } {
  const article = articleFromText(paragraphs);
  for (const index of boilerplate) {
    const block = article.blocks[index];
    if (block) block.boilerplate = { category: "disclaimer" };
  }
  return { article, quotations: extractQuotations(article).map((q) => seen(article, q)) };
}

/** The exact span of `needle` in paragraph `block` (its only occurrence), worked out independently of the extractor. */
export function at(paragraphs: ReadonlyArray<string>, block: number, needle: string): { block: number; start: number; end: number; text: string } {
  const text = paragraphs[block] as string;
  const start = text.indexOf(needle);
  if (start < 0 || text.indexOf(needle, start + 1) >= 0) throw new Error(`"${needle}" is not in paragraph ${block} exactly once`);
  return { block, start, end: start + needle.length, text: needle };
}
