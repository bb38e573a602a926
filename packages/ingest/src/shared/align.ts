import type { MappedTextBuilder } from "@copydesk/core";
import { decodeHTML, decodeHTMLStrict } from "entities";

/** A character reference (`&amp;`, `&#8217;`, `&#x2019;`, legacy `&copy`) found in raw source text. */
export interface CharRef {
  /** Length of the reference in the raw text, from the `&`. */
  readonly length: number;
  /** What it decodes to (one or two UTF-16 units, or more for a legacy prefix). */
  readonly value: string;
}

const MAX_NAME = 32;
const MAX_DIGITS = 10;

const isDigit = (code: number): boolean => code >= 48 && code <= 57;
const isHexDigit = (code: number): boolean =>
  isDigit(code) || (code >= 65 && code <= 70) || (code >= 97 && code <= 102);
const isAlnum = (code: number): boolean =>
  isDigit(code) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
const hasAsciiAlnum = (text: string): boolean => {
  for (let i = 0; i < text.length; i++) if (isAlnum(text.charCodeAt(i))) return true;
  return false;
};

/**
 * The character reference starting at `raw[p]` (which must be `&`), or
 * undefined when there is none. `strict` (CommonMark) requires the closing `;`;
 * HTML also accepts numeric references and the legacy named ones without it.
 */
export function matchCharRef(raw: string, p: number, strict: boolean): CharRef | undefined {
  let q = p + 1;
  if (raw[q] === "#") {
    q++;
    const hex = raw[q] === "x" || raw[q] === "X";
    if (hex) q++;
    const digitsStart = q;
    // A reference takes all its digits (HTML does); past MAX_DIGITS it is out of range whatever they are.
    while (q < raw.length && (hex ? isHexDigit(raw.charCodeAt(q)) : isDigit(raw.charCodeAt(q)))) q++;
    if (q === digitsStart) return undefined;
    const semicolon = raw[q] === ";";
    if (!semicolon && strict) return undefined;
    const end = semicolon ? q + 1 : q;
    if (q - digitsStart > MAX_DIGITS) return { length: end - p, value: "\uFFFD" };
    const text = raw.slice(p, end);
    const value = decodeHTML(text);
    return value !== text ? { length: end - p, value } : undefined;
  }
  while (q < raw.length && q - p - 1 < MAX_NAME && isAlnum(raw.charCodeAt(q))) q++;
  const name = raw.slice(p + 1, q);
  if (name.length === 0) return undefined;
  if (raw[q] === ";") {
    const text = raw.slice(p, q + 1);
    const value = decodeHTMLStrict(text);
    if (value !== text) return { length: text.length, value };
  }
  if (strict) return undefined;
  // Legacy references without ';' (&copy, &amp, &nbsp): the shortest name that decodes.
  for (let k = 2; k <= Math.min(name.length, 8); k++) {
    const text = `&${name.slice(0, k)}`;
    const value = decodeHTML(text);
    if (value !== text && !hasAsciiAlnum(value)) return { length: k + 1, value };
  }
  return undefined;
}

const AMPERSAND = 38;

const isSpace = (char: string | undefined): boolean =>
  char === " " || char === "\t" || char === "\n" || char === "\r" || char === "\f" || char === "\u00A0";

export interface AlignOptions {
  /** Markdown: `\*` stands for `*`. */
  readonly backslashEscapes: boolean;
  /** Markdown: character references need their `;`. */
  readonly strictRefs: boolean;
}

/**
 * Appends `decoded` (a parser's decoded text of the raw source range
 * `[start, end)`) to `builder`, mapping each character to the raw characters
 * that produced it: verbatim characters 1:1, a character reference or a
 * backslash escape to its whole range. Raw characters that produced nothing
 * (Markdown container markers, indentation, code fences) are skipped. If the
 * raw text runs out first, the rest maps to the whole range: never a wrong
 * single character.
 */
export function alignDecoded(
  builder: MappedTextBuilder,
  decoded: string,
  raw: string,
  start: number,
  end: number,
  options: AlignOptions,
): void {
  let p = start;
  let d = 0;
  while (d < decoded.length) {
    if (p >= end) {
      builder.replace(decoded.slice(d), start, end);
      return;
    }
    const c = decoded[d] as string;
    const r = raw[p] as string;
    if (r === "&" && c !== "&") {
      const ref = matchCharRef(raw, p, options.strictRefs);
      if (ref !== undefined && p + ref.length <= end && decoded.startsWith(ref.value, d)) {
        builder.replace(ref.value, p, p + ref.length);
        d += ref.value.length;
        p += ref.length;
        continue;
      }
    } else if (r === "&" && c === "&") {
      // `&amp;` decodes to '&' too: prefer the reference when it is one.
      const ref = matchCharRef(raw, p, options.strictRefs);
      if (ref !== undefined && ref.value === "&" && p + ref.length <= end) {
        builder.replace("&", p, p + ref.length);
        d++;
        p += ref.length;
        continue;
      }
    }
    if (r === c) {
      // A run of verbatim characters is one copy: the builder would merge them one by one anyway.
      let k = 1;
      while (d + k < decoded.length && p + k < end && raw.charCodeAt(p + k) === decoded.charCodeAt(d + k) && raw.charCodeAt(p + k) !== AMPERSAND) k++;
      builder.copy(k === 1 ? c : decoded.slice(d, d + k), p);
      d += k;
      p += k;
      continue;
    }
    if (options.backslashEscapes && r === "\\" && raw[p + 1] === c && p + 2 <= end) {
      builder.replace(c, p, p + 2);
      d++;
      p += 2;
      continue;
    }
    if (isSpace(c) && isSpace(r)) {
      const width = r === "\r" && raw[p + 1] === "\n" && c === "\n" && p + 2 <= end ? 2 : 1;
      builder.replace(c, p, p + width);
      d++;
      p += width;
      continue;
    }
    p++; // markup that produced no text
  }
}
