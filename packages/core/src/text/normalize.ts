import { MappedText, MappedTextBuilder } from "./mapped-text.js";

// Characters that carry no text: soft hyphen, zero-width space/joiners, word joiner, BOM.
const INVISIBLE = new Set(["\u00AD", "\u200B", "\u200C", "\u200D", "\u2060", "\uFEFF"]);

/** Any Unicode white space, including no-break and line/paragraph separators. */
export const isWhitespace = (char: string): boolean => {
  const code = char.charCodeAt(0);
  if (code === 0x20 || (code >= 0x09 && code <= 0x0d)) return true;
  return code > 0x7f && /^\s$/u.test(char);
};

const isCombiningMark = (char: string): boolean => /^\p{M}$/u.test(char);

/**
 * The text rules read: Unicode NFC, invisible characters dropped, every run of
 * white space (spaces, tabs, hard line wraps, no-break spaces) folded into one
 * space, leading and trailing space trimmed. Quotes and dashes are kept as
 * written: quotation rules need them, and an editor sees the real text.
 */
export function normalizeText(input: MappedText): MappedText {
  const out = new MappedTextBuilder();
  const text = input.text;
  const alreadyNfc = text.normalize("NFC") === text;
  let i = 0;
  while (i < text.length) {
    const char = text[i] as string;
    if (INVISIBLE.has(char)) {
      i++;
      continue;
    }
    if (isWhitespace(char)) {
      let j = i + 1;
      while (j < text.length && (isWhitespace(text[j] as string) || INVISIBLE.has(text[j] as string))) j++;
      if (out.length > 0 && j < text.length) {
        out.replace(" ", input.sourceStartOf(i), input.sourceEndOf(j - 1));
      }
      i = j;
      continue;
    }
    if (alreadyNfc) {
      out.append(input.slice(i, i + 1));
      i++;
      continue;
    }
    // A base character with its combining marks (and a surrogate pair) normalises as one cluster.
    let j = i + 1;
    if (j < text.length && /[\uDC00-\uDFFF]/.test(text[j] as string) && /[\uD800-\uDBFF]/.test(char)) j++;
    while (j < text.length && isCombiningMark(text[j] as string)) j++;
    const cluster = text.slice(i, j);
    const composed = cluster.normalize("NFC");
    if (composed === cluster) out.append(input.slice(i, j));
    else out.replace(composed, input.sourceStartOf(i), input.sourceEndOf(j - 1));
    i = j;
  }
  return out.build();
}

const QUOTE_FOLD: Record<string, string> = {
  "\u201C": '"', "\u201D": '"', "\u201E": '"', "\u201F": '"', "\u00AB": '"', "\u00BB": '"', "\u2033": '"',
  "\u2018": "'", "\u2019": "'", "\u201A": "'", "\u201B": "'", "\u2039": "'", "\u203A": "'", "\u2032": "'", "`": "'",
};
const DASH_FOLD = new Set(["\u2010", "\u2011", "\u2012", "\u2013", "\u2014", "\u2015", "\u2212"]);

/**
 * A comparison key for text that should count as the same when only its
 * typography differs: lower case, curly and straight quotes alike, every dash a
 * hyphen, an ellipsis character as three dots. Keeps the offset map, so a match
 * found in the key still points at the real source.
 */
export function foldForComparison(input: MappedText): MappedText {
  const out = new MappedTextBuilder();
  const text = input.text;
  for (let i = 0; i < text.length; i++) {
    const char = text[i] as string;
    const start = input.sourceStartOf(i);
    const end = input.sourceEndOf(i);
    const quote = QUOTE_FOLD[char];
    if (quote !== undefined) out.replace(quote, start, end);
    else if (DASH_FOLD.has(char)) out.replace("-", start, end);
    else if (char === "\u2026") out.replace("...", start, end);
    else out.replace(char.toLowerCase(), start, end);
  }
  return out.build();
}
