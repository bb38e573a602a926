import type { Quotation, Span } from "@copydesk/core";
import type { Passage } from "../verify/passages.js";

/** Where a finding about a quotation points: its first span (a quotation over paragraphs starts there). */
export const spanOf = (quotation: Quotation): Span => quotation.spans[0] as Span;

/** The other paragraphs of a quotation that runs over several, as related locations. */
export const continuations = (quotation: Quotation): Array<{ span: Span; message: string }> =>
  quotation.spans.slice(1).map((span) => ({ span, message: "The quotation continues here." }));

/** "original.html, line 14". */
export const describePassage = (passage: Passage): string => `${passage.file}, line ${passage.line}`;

// Messages quote a passage in full up to this length, then cut it at a word.
const MAX_SHOWN = 160;

/** A passage as a message shows it: straight quotes around, cut at a word with an ellipsis when long. */
const TRIM_START = " “”\"‘’'";
const TRIM_END = " “”\"‘’',;:";

export function shown(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && TRIM_START.includes(text[start] as string)) start++;
  while (end > start && TRIM_END.includes(text[end - 1] as string)) end--;
  const clean = text.slice(start, end);
  if (clean.length <= MAX_SHOWN) return `"${clean}"`;
  const cut = clean.lastIndexOf(" ", MAX_SHOWN);
  return `"${clean.slice(0, cut > 0 ? cut : MAX_SHOWN)} …"`;
}

/** The location of a source passage for evidence. */
export const sourceLocation = (passage: Passage) => ({ file: passage.file, line: passage.line, column: passage.column });
