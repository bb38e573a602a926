// The quotation scanner as it was before the code-unit fast paths (commit 9b42fe0), kept to check
// that the fast scanner finds exactly the same spans. Not used by the library.
import type { QuotationSpan } from "../../src/index.js";
// Real text nests quotations two or three deep; the bound keeps hostile input linear.
const MAX_NESTING = 16;

type QuoteClass = "double" | "single";

const OPENERS: Record<string, { cls: QuoteClass; closers: string }> = {
  "\u201C": { cls: "double", closers: "\u201D" },
  "\u201E": { cls: "double", closers: "\u201C\u201D" },
  "\u00AB": { cls: "double", closers: "\u00BB" },
  '"': { cls: "double", closers: '"' },
  "\u2018": { cls: "single", closers: "\u2019" },
  "\u201A": { cls: "single", closers: "\u2018\u2019" },
  "\u2039": { cls: "single", closers: "\u203A" },
  "'": { cls: "single", closers: "'\u2019" },
};

const CLOSERS = new Set(["\u201D", "\u201C", "\u00BB", '"', "\u2019", "\u2018", "\u203A", "'"]);

const isLetterOrDigit = (char: string | undefined): boolean =>
  char !== undefined && char !== "" && /[\p{L}\p{N}]/u.test(char);
const isSpaceOrNothing = (char: string | undefined): boolean => char === undefined || char === "" || /\s/.test(char);

// Before an opening mark: start of text, space, or opening punctuation.
const canPrecedeOpener = (char: string | undefined): boolean =>
  isSpaceOrNothing(char) || (char !== undefined && "([{—–-/:;,\u201C\u201E\u00AB\u2018\u201A\u2039\"'".includes(char));

const isSingleMark = (char: string | undefined): boolean => char === "\u2019" || char === "'";
const CLOSING_PUNCTUATION = ".,!?\u2026;:";
const AFTER_CLOSE = ".,;:!?)\u2014\u2013";

/** ’90s, ’em, rock ’n’ roll, ’til: an apostrophe for left-out letters, not a quotation mark. */
function isElision(text: string, i: number): boolean {
  const next = text.slice(i + 1, i + 5);
  if (/^\d\ds/.test(next) || /^\d\d\b/.test(next)) return true;
  if (/^n['’]/.test(next)) return true;
  return /^(em|til|tis|twas|cause|bout)\b/i.test(next);
}

/**
 * For each offset, whether a "strong" single closing mark (after punctuation: `,’` `.’`, or a word
 * followed by punctuation: `go’.`) follows before the next mark that looks like an opening single
 * quote. A single mark after a word and before a lower-case word ("Residents’ association") is
 * then a plural possessive inside the quotation rather than its end. One right-to-left pass.
 */
function strongSingleCloserAhead(text: string): Uint8Array {
  const ahead = new Uint8Array(text.length + 1);
  let pending = 0;
  for (let j = text.length - 1; j >= 0; j--) {
    ahead[j] = pending;
    const char = text[j] as string;
    const prev = text[j - 1];
    const next = text[j + 1];
    if (isSingleMark(char)) {
      const afterPunctuation = prev !== undefined && CLOSING_PUNCTUATION.includes(prev);
      const beforePunctuation = isLetterOrDigit(prev) && (next === undefined || AFTER_CLOSE.includes(next));
      if (afterPunctuation || beforePunctuation) pending = 1;
    }
    if ((char === "\u2018" || char === "'") && canPrecedeOpener(prev) && !isSpaceOrNothing(next) && !isElision(text, j)) pending = 0;
  }
  return ahead;
}

/** A single mark after a letter and before a space and a lower-case letter: a closer, or a plural possessive. */
const isWeakSingleCloser = (text: string, i: number): boolean =>
  isSingleMark(text[i]) && isLetterOrDigit(text[i - 1]) && text[i + 1] === " " && /\p{Ll}/u.test(text[i + 2] ?? "");

/** Guillemets are set with a space inside in French: « nous irons ». */
const allowsInnerSpace = (char: string): boolean => char === "\u00AB" || char === "\u2039";

interface OpenQuote {
  readonly mark: string;
  readonly at: number;
  readonly cls: QuoteClass;
  readonly closers: string;
}

export function scanQuotationsReference(text: string): QuotationSpan[] {
  const found: QuotationSpan[] = [];
  const stack: OpenQuote[] = [];
  let strongAhead: Uint8Array | undefined;

  const trimmed = (start: number, end: number): { contentStart: number; contentEnd: number } => {
    let s = start;
    let e = end;
    while (s < e && isSpaceOrNothing(text[s])) s++;
    while (e > s && isSpaceOrNothing(text[e - 1])) e--;
    return { contentStart: s, contentEnd: e };
  };

  const close = (depthIndex: number, at: number) => {
    // Anything opened after the matching quote and still open was not a quotation (a stray apostrophe).
    stack.length = depthIndex + 1;
    const opened = stack.pop() as OpenQuote;
    found.push({
      start: opened.at,
      end: at + 1,
      ...trimmed(opened.at + 1, at),
      depth: stack.length,
      open: opened.mark,
      closed: true,
    });
  };

  for (let i = 0; i < text.length; i++) {
    const char = text[i] as string;
    const opener = OPENERS[char];
    if (opener === undefined && !CLOSERS.has(char)) continue;
    const prev = text[i - 1];
    const next = text[i + 1];

    if (CLOSERS.has(char)) {
      // A mark between two letters is an apostrophe (don’t), never a closer.
      const wordInternal = isLetterOrDigit(prev) && isLetterOrDigit(next);
      let matched = -1;
      if (!wordInternal) {
        for (let d = stack.length - 1; d >= Math.max(0, stack.length - MAX_NESTING); d--) {
          const open = stack[d] as OpenQuote;
          if (open.closers.includes(char) && !(open.at === i - 1 && open.mark === char)) {
            matched = d;
            break;
          }
          // Only single quotes may be skipped over (they may have been apostrophes).
          if (open.cls === "double") break;
        }
      }
      // "The Residents’ association is angry,’ she said": the possessive does not end the quotation.
      if (matched >= 0 && (stack[matched] as OpenQuote).cls === "single" && isWeakSingleCloser(text, i)) {
        strongAhead ??= strongSingleCloserAhead(text);
        if (strongAhead[i] === 1) matched = -1;
      }
      const straight = char === '"' || char === "'";
      const couldOpen = opener !== undefined && canPrecedeOpener(prev) && !isSpaceOrNothing(next);
      if (matched >= 0 && !(straight && couldOpen && isSpaceOrNothing(prev) && matched !== stack.length - 1)) {
        close(matched, i);
        continue;
      }
      if (!couldOpen) continue;
    }

    if (opener !== undefined) {
      const spaced = allowsInnerSpace(char) && next === " " && !isSpaceOrNothing(text[i + 2]);
      if (!canPrecedeOpener(prev) || (isSpaceOrNothing(next) && !spaced) || stack.length >= MAX_NESTING) continue;
      if (opener.cls === "single" && isElision(text, i)) continue;
      stack.push({ mark: char, at: i, cls: opener.cls, closers: opener.closers });
    }
  }

  // Unclosed single quotes were apostrophes; an unclosed double quote runs to the end of the paragraph.
  const outer = stack.find((q) => q.cls === "double");
  if (outer !== undefined) {
    found.push({
      start: outer.at,
      end: text.length,
      ...trimmed(outer.at + 1, text.length),
      depth: 0,
      open: outer.mark,
      closed: false,
    });
  }
  return found.sort((a, b) => a.start - b.start || a.depth - b.depth);
}
