import { MappedText, MappedTextBuilder } from "./mapped-text.js";

// Characters that carry no text: soft hyphen, zero-width space/joiners, word joiner, BOM.
const isInvisibleCode = (code: number): boolean =>
  code === 0xad || (code >= 0x200b && code <= 0x200d) || code === 0x2060 || code === 0xfeff;

/** Any Unicode white space, including no-break and line/paragraph separators. */
export const isWhitespace = (char: string): boolean => isWhitespaceCode(char.charCodeAt(0));

/** isWhitespace on a UTF-16 code unit. */
export const isWhitespaceCode = (code: number): boolean => {
  if (code === 0x20 || (code >= 0x09 && code <= 0x0d)) return true;
  if (code < 0xa0) return false;
  // What JavaScript's \s matches above ASCII, without a regular expression per character.
  return (
    code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 ||
    code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  );
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
  // Consecutive ranges of the input that are kept as they are (a word, the space after it, the
  // next word...) are appended as one range: the builder would merge them piece by piece anyway,
  // and one appendRange per block instead of one per word is most of the cost of ingest.
  let keptFrom = -1;
  let keptTo = -1;
  const keep = (from: number, to: number): void => {
    if (keptTo === from) {
      keptTo = to;
      return;
    }
    flushKept();
    keptFrom = from;
    keptTo = to;
  };
  const flushKept = (): void => {
    if (keptFrom >= 0) out.appendRange(input, keptFrom, keptTo);
    keptFrom = -1;
    keptTo = -1;
  };
  const text = input.text;
  const n = text.length;
  const alreadyNfc = text.normalize("NFC") === text;
  let i = 0;
  while (i < n) {
    const code = text.charCodeAt(i);
    if (isInvisibleCode(code)) {
      i++;
      continue;
    }
    if (isWhitespaceCode(code)) {
      let j = i + 1;
      while (j < n && (isWhitespaceCode(text.charCodeAt(j)) || isInvisibleCode(text.charCodeAt(j)))) j++;
      if ((out.length > 0 || keptFrom >= 0) && j < n) {
        // A lone plain space is kept with its own map, so the copy run around it stays one segment.
        if (j === i + 1 && code === 0x20) keep(i, j);
        else {
          flushKept();
          out.replace(" ", input.sourceStartOf(i), input.sourceEndOf(j - 1));
        }
      }
      i = j;
      continue;
    }
    if (alreadyNfc) {
      // A run of ordinary characters is copied with its map in one go.
      let j = i + 1;
      while (j < n && !isWhitespaceCode(text.charCodeAt(j)) && !isInvisibleCode(text.charCodeAt(j))) j++;
      keep(i, j);
      i = j;
      continue;
    }
    // A base character with its combining marks (and a surrogate pair) normalises as one cluster.
    let j = i + 1;
    if (j < n && code >= 0xd800 && code <= 0xdbff && text.charCodeAt(j) >= 0xdc00 && text.charCodeAt(j) <= 0xdfff) j++;
    while (j < n && isCombiningMark(text[j] as string)) j++;
    const cluster = text.slice(i, j);
    const composed = cluster.normalize("NFC");
    if (composed === cluster) keep(i, j);
    else {
      flushKept();
      out.replace(composed, input.sourceStartOf(i), input.sourceEndOf(j - 1));
    }
    i = j;
  }
  flushKept();
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
