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

function isLetter(char: string | undefined): boolean {
  if (char === undefined || char === "") return false;
  const code = char.charCodeAt(0);
  if (code < 128) return isAsciiLetter(code);
  return /[\p{L}\p{M}]/u.test(char);
}

function isDigit(char: string | undefined): boolean {
  return char !== undefined && char !== "" && isDigitCode(char.charCodeAt(0));
}

const isAlnum = (char: string | undefined): boolean => isLetter(char) || isDigit(char);
const isSpace = (char: string): boolean => char === " " || char === "\t" || char === "\n" || char === "\r" || char === "\u00A0";
const isUpper = (char: string): boolean => char !== char.toLowerCase() && char === char.toUpperCase();

/** Where the word starting at `start` ends: letters and digits joined by ' ’ - and, between digits, . and ,. */
function wordEnd(text: string, start: number, limit: number): number {
  let j = start;
  while (j < limit) {
    const char = text[j] as string;
    if (isAlnum(char)) {
      j++;
      continue;
    }
    const next = text[j + 1];
    if ((char === "'" || char === "’") && isLetter(next) && j + 1 < limit) {
      j++;
      continue;
    }
    if ((char === "-" || char === "‑") && isAlnum(next) && j + 1 < limit) {
      j++;
      continue;
    }
    if ((char === "," || char === ".") && isDigit(text[j - 1]) && isDigit(next) && j + 1 < limit) {
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
  while (j + 1 < limit && count < 8 && isLetter(text[j]) && text[j + 1] === ".") {
    j += 2;
    count++;
  }
  return count >= 2 && !isAlnum(text[j]) ? j : -1;
}

function keyOf(text: string): string {
  let key = text.toLowerCase().replace(/’/g, "'");
  if (key.endsWith("'s") && key.length > 2) key = key.slice(0, -2);
  else if (key.endsWith("s'") && key.length > 2) key = key.slice(0, -1);
  return key;
}

/** Tokens of `text[start, end)`; offsets are offsets into `text`. */
export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const tokens: Token[] = [];
  let i = start;
  while (i < end) {
    const char = text[i] as string;
    if (isSpace(char)) {
      i++;
      continue;
    }
    if (isAlnum(char)) {
      const initialism = isLetter(text[i + 2]) ? initialismEnd(text, i, end) : -1;
      const j = initialism > 0 ? initialism : wordEnd(text, i, end);
      const word = text.slice(i, j);
      tokens.push({
        text: word,
        key: keyOf(word),
        start: i,
        end: j,
        kind: isDigit(char) ? "number" : "word",
        capitalised: isUpper(char),
      });
      i = j;
      continue;
    }
    // "--" is one dash; everything else is one character.
    const j = char === "-" && text[i + 1] === "-" ? i + 2 : i + 1;
    tokens.push({ text: text.slice(i, j), key: text.slice(i, j), start: i, end: j, kind: "punct", capitalised: false });
    i = j;
  }
  return tokens;
}

export const isWord = (token: Token | undefined): token is Token => token !== undefined && token.kind === "word";

/** Dashes that separate clauses: — – -- and a spaced hyphen. */
export const isDash = (token: Token | undefined): boolean =>
  token !== undefined && token.kind === "punct" && (token.text === "—" || token.text === "–" || token.text === "--" || token.text === "-");

export const QUOTE_MARKS = new Set(["“", "”", "\"", "‘", "’", "'", "«", "»", "„", "‚", "‹", "›"]);
