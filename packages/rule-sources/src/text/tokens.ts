/**
 * A word and punctuation tokenizer for one range of block text, in a single left-to-right pass
 * (no regular expression runs over the text as a whole, so a hostile paragraph stays linear).
 */
export interface Token {
  /** As written. */
  readonly text: string;
  /** Lower case, curly apostrophes straightened, a trailing possessive "'s" removed. */
  readonly key: string;
  readonly start: number;
  readonly end: number;
  readonly kind: "word" | "number" | "punct";
  /** Starts with an upper-case letter. */
  readonly capitalised: boolean;
}

const isAsciiLetter = (code: number): boolean => (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
const isDigitCode = (code: number): boolean => code >= 48 && code <= 57;

/** Per UTF-16 code unit above ASCII: 0 not yet asked, 1 a letter or mark, 2 not one (the Unicode test runs once per code unit). */
const LETTER_CLASS = new Uint8Array(65536);

/** A letter or combining mark; `code` is one UTF-16 code unit (NaN past the end of the text). */
function isLetterCode(code: number): boolean {
  if (code < 128) return isAsciiLetter(code);
  if (!(code < 65536)) return false;
  let cls = LETTER_CLASS[code] as number;
  if (cls === 0) {
    cls = /[\p{L}\p{M}]/u.test(String.fromCharCode(code)) ? 1 : 2;
    LETTER_CLASS[code] = cls;
  }
  return cls === 1;
}

const isAlnumCode = (code: number): boolean => isDigitCode(code) || isLetterCode(code);
const isSpaceCode = (code: number): boolean => code === 32 || code === 9 || code === 10 || code === 13 || code === 0xa0;

function isUpperAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 128) return code >= 65 && code <= 90;
  const char = text[i] as string;
  return char !== char.toLowerCase() && char === char.toUpperCase();
}

const APOSTROPHE = 39;
const RIGHT_QUOTE = 0x2019;
const HYPHEN = 45;
const NON_BREAKING_HYPHEN = 0x2011;
const COMMA = 44;
const DOT = 46;

/** Where the word starting at `start` ends: letters and digits joined by ' ’ - and, between digits, . and ,. */
function wordEnd(text: string, start: number, limit: number): number {
  let j = start;
  while (j < limit) {
    const code = text.charCodeAt(j);
    if (isAlnumCode(code)) {
      j++;
      continue;
    }
    if (j + 1 >= limit) break;
    const next = text.charCodeAt(j + 1);
    if ((code === APOSTROPHE || code === RIGHT_QUOTE) && isLetterCode(next)) {
      j++;
      continue;
    }
    if ((code === HYPHEN || code === NON_BREAKING_HYPHEN) && isAlnumCode(next)) {
      j++;
      continue;
    }
    if ((code === COMMA || code === DOT) && isDigitCode(text.charCodeAt(j - 1)) && isDigitCode(next)) {
      j++;
      continue;
    }
    break;
  }
  return j;
}

/** "U.S.", "D.C.", "a.m.": two or more single letters each followed by a dot; -1 when not one. */
function initialismEnd(text: string, start: number, limit: number): number {
  let j = start;
  let count = 0;
  while (j + 1 < limit && count < 8 && isLetterCode(text.charCodeAt(j)) && text.charCodeAt(j + 1) === DOT) {
    j += 2;
    count++;
  }
  return count >= 2 && !isAlnumCode(text.charCodeAt(j)) ? j : -1;
}

function keyOf(text: string): string {
  // Most words are lower-case ASCII already: they are their own key, with no new string made.
  let plain = true;
  for (let k = 0; k < text.length; k++) {
    const code = text.charCodeAt(k);
    if (code >= 128 || (code >= 65 && code <= 90)) {
      plain = false;
      break;
    }
  }
  let key = plain ? text : text.toLowerCase();
  if (!plain && key.includes("’")) key = key.replace(/’/g, "'");
  if (key.length > 2) {
    const last = key.charCodeAt(key.length - 1);
    const before = key.charCodeAt(key.length - 2);
    if (last === 115 && before === APOSTROPHE) key = key.slice(0, -2);
    else if (last === APOSTROPHE && before === 115) key = key.slice(0, -1);
  }
  return key;
}

/** Tokens of `text[start, end)`; offsets are offsets into `text`. */
export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const tokens: Token[] = [];
  let i = start;
  while (i < end) {
    const code = text.charCodeAt(i);
    if (isSpaceCode(code)) {
      i++;
      continue;
    }
    if (isAlnumCode(code)) {
      const initialism = isLetterCode(text.charCodeAt(i + 2)) ? initialismEnd(text, i, end) : -1;
      const j = initialism > 0 ? initialism : wordEnd(text, i, end);
      const word = text.slice(i, j);
      tokens.push({
        text: word,
        key: keyOf(word),
        start: i,
        end: j,
        kind: isDigitCode(code) ? "number" : "word",
        capitalised: isUpperAt(text, i),
      });
      i = j;
      continue;
    }
    // "--" is one dash; everything else is one character.
    const j = code === HYPHEN && text.charCodeAt(i + 1) === HYPHEN ? i + 2 : i + 1;
    const mark = text.slice(i, j);
    tokens.push({ text: mark, key: mark, start: i, end: j, kind: "punct", capitalised: false });
    i = j;
  }
  return tokens;
}

export const isWord = (token: Token | undefined): token is Token => token !== undefined && token.kind === "word";

/** Dashes that separate clauses: — – -- and a spaced hyphen. */
export const isDash = (token: Token | undefined): boolean =>
  token !== undefined && token.kind === "punct" && (token.text === "—" || token.text === "–" || token.text === "--" || token.text === "-");

export const QUOTE_MARKS = new Set(["“", "”", "\"", "‘", "’", "'", "«", "»", "„", "‚", "‹", "›"]);
