import { findQuotations, type Article, type Quotation } from "@copydesk/core";
import { extractQuotations } from "../extract/extract.js";

/** Who a source passage is attributed to. */
export interface PassageSpeaker {
  readonly name: string;
  readonly kind: "person" | "organisation" | "anonymous";
  readonly role?: string;
}

/**
 * A passage of a source article that a quotation may come from: a quotation (in quote marks in
 * the source) or reported speech (the source's paraphrase, with any words it did quote marked).
 */
export interface Passage {
  readonly text: string;
  readonly kind: Quotation["kind"];
  /** Character ranges of `text` the source put inside quote marks. */
  readonly quoted: ReadonlyArray<readonly [number, number]>;
  readonly speaker?: PassageSpeaker;
  /** Where it is: the source file, and the 1-based line and column of its first word there. */
  readonly file: string;
  readonly line: number;
  readonly column: number;
}

/** The quotations of an article, extracted now when no processor has set them. */
export const quotationsOf = (article: Article): ReadonlyArray<Quotation> => article.quotations ?? extractQuotations(article);

const inside = (inner: Quotation, outer: Quotation): boolean =>
  inner.spans.every((s) => outer.spans.some((o) => o.block === s.block && o.start <= s.start && s.end <= o.end));

/** The ranges a reported passage holds in quote marks ("the dredging would be done in two phases “to keep …”"). */
function quotedRanges(text: string): Array<readonly [number, number]> {
  return findQuotations(text)
    .filter((q) => q.depth === 0)
    .map((q) => [q.contentStart, q.contentEnd] as const);
}

/**
 * The passages of one source article. A partial quotation inside the reported speech that holds it
 * is not a passage of its own: the reported passage carries it, marked as quoted, so that a
 * quotation that runs past the source's quote marks is seen doing so.
 */
export function passagesOf(article: Article): Passage[] {
  const quotations = quotationsOf(article);
  const reported = quotations.filter((q) => q.kind === "reported");
  const passages: Passage[] = [];
  for (const quotation of quotations) {
    if (quotation.kind === "partial" && reported.some((r) => inside(quotation, r))) continue;
    const first = quotation.spans[0];
    const block = first ? article.blocks[first.block] : undefined;
    if (first === undefined || block === undefined || quotation.text.trim() === "") continue;
    const position = article.source.lines.positionAt(block.map.toSource(first.start, first.end).start);
    const speaker = quotation.speaker;
    passages.push({
      text: quotation.text,
      kind: quotation.kind,
      quoted: quotation.kind === "reported" ? quotedRanges(quotation.text) : [[0, quotation.text.length]],
      ...(speaker ? { speaker: { name: speaker.name, kind: speaker.kind, ...(speaker.role ? { role: speaker.role } : {}) } } : {}),
      file: article.id,
      line: position.line,
      column: position.column,
    });
  }
  return passages;
}
