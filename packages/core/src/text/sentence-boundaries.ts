/**
 * Sentence boundaries by the rules of Unicode UAX #29 (what Intl.Segmenter's ICU applies), for text
 * made only of the characters whose sentence-break class is listed below: ASCII, Latin-1 letters
 * and signs, and the usual typographic quotes and dashes. Intl.Segmenter costs several
 * microseconds a call and walks text slower than a table lookup; any other text goes to it.
 * The classes were read from ICU itself, and a property test checks the boundaries against it.
 */

const SP = 1;
const LOWER = 2;
const UPPER = 3;
const NUMERIC = 4;
const ATERM = 5;
const STERM = 6;
const CLOSE = 7;
const SCONTINUE = 8;
/** Any other character of the table (UAX #29's "Any" for the rules that apply here). */
const OTHER = 9;

/** Sentence-break class per UTF-16 code unit; 0: not in the table (the text goes to Intl.Segmenter). */
const CLASS = new Uint8Array(0x2040);

function classify(chars: string, cls: number): void {
  for (let i = 0; i < chars.length; i++) CLASS[chars.charCodeAt(i)] = cls;
}

classify(" \u00A0", SP);
classify("abcdefghijklmnopqrstuvwxyz\u00AA\u00B5\u00BA\u00DF\u00E0\u00E1\u00E2\u00E3\u00E4\u00E5\u00E6\u00E7\u00E8\u00E9\u00EA\u00EB\u00EC\u00ED\u00EE\u00EF\u00F0\u00F1\u00F2\u00F3\u00F4\u00F5\u00F6\u00F8\u00F9\u00FA\u00FB\u00FC\u00FD\u00FE\u00FF", LOWER);
classify("ABCDEFGHIJKLMNOPQRSTUVWXYZ\u00C0\u00C1\u00C2\u00C3\u00C4\u00C5\u00C6\u00C7\u00C8\u00C9\u00CA\u00CB\u00CC\u00CD\u00CE\u00CF\u00D0\u00D1\u00D2\u00D3\u00D4\u00D5\u00D6\u00D8\u00D9\u00DA\u00DB\u00DC\u00DD\u00DE", UPPER);
classify("0123456789", NUMERIC);
classify(".", ATERM);
classify("!?", STERM);
classify("\"'()[]{}\u00AB\u00BB\u2018\u2019\u201A\u201B\u201C\u201D\u201E\u2039\u203A", CLOSE);
classify(",-:;\u2013\u2014", SCONTINUE);
classify(
  "#$%&*+/<=>@\\^_`|~\u00A1\u00A2\u00A3\u00A4\u00A5\u00A6\u00A7\u00A8\u00A9\u00AC\u00AE\u00AF\u00B0\u00B1\u00B2\u00B3\u00B4\u00B6\u00B7\u00B8\u00B9\u00BC\u00BD\u00BE\u00BF\u00D7\u00F7\u2010\u2011\u2012\u2015\u2026\u2032\u2033",
  OTHER,
);

const classAt = (text: string, i: number): number => CLASS[text.charCodeAt(i)] as number;

/** True when every code unit of `text[from, to)` has a class in the table. */
export function hasTabledClasses(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x2040 || CLASS[code] === 0) return false;
  }
  return true;
}

/**
 * The ends of the sentences of `text[from, to)` (as Intl.Segmenter would give them for that slice
 * alone), appended to `ends`. Only for text where {@link hasTabledClasses} holds: no paragraph
 * separators, format or extend characters, or letters without case, so rules SB3-SB5 never apply.
 */
export function tabledSentenceEnds(text: string, from: number, to: number, ends: number[]): void {
  if (to <= from) return;
  let i = from;
  while (i < to) {
    const cls = classAt(text, i);
    if (cls !== ATERM && cls !== STERM) {
      i++;
      continue;
    }
    let j = i + 1;
    if (cls === ATERM && j < to) {
      const next = classAt(text, j);
      // SB6 "3.5", SB7 "U.S": no break straight after the full stop.
      if (next === NUMERIC || (next === UPPER && i > from && (classAt(text, i - 1) === UPPER || classAt(text, i - 1) === LOWER))) {
        i = j;
        continue;
      }
    }
    // SB9, SB10: closing marks, then spaces, stay with the sentence.
    while (j < to && classAt(text, j) === CLOSE) j++;
    while (j < to && classAt(text, j) === SP) j++;
    if (j >= to) break;
    const next = classAt(text, j);
    // SB8a: "Hello, he said. , and" or "Really?!" go on.
    if (next === SCONTINUE) {
      i = j + 1;
      continue;
    }
    if (next === ATERM || next === STERM) {
      i = j;
      continue;
    }
    // SB8: after a full stop, a lower-case letter before any other letter or terminator goes on ("etc. (and more)").
    if (cls === ATERM) {
      let k = j;
      while (k < to) {
        const ahead = classAt(text, k);
        if (ahead === LOWER || ahead === UPPER || ahead === ATERM || ahead === STERM) break;
        k++;
      }
      if (k < to && classAt(text, k) === LOWER) {
        i = j;
        continue;
      }
    }
    // SB11
    ends.push(j);
    i = j;
  }
  ends.push(to);
}
