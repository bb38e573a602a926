/** A word or a punctuation mark of block text, with its offsets. */
export interface Token {
  readonly text: string;
  /** Lower case, curly apostrophes straightened. */
  readonly lower: string;
  readonly start: number;
  readonly end: number;
  /** A word (letters, digits, inner apostrophes, hyphens and abbreviation dots) rather than punctuation. */
  readonly word: boolean;
  /** A word that starts with a capital letter. */
  readonly cap: boolean;
}

const LETTER_OR_DIGIT = /[\p{L}\p{M}\p{N}]/u;
const UPPER = /\p{Lu}/u;

export function isWordChar(char: string | undefined): boolean {
  if (char === undefined || char === "") return false;
  const code = char.charCodeAt(0);
  if (code < 0x80) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return LETTER_OR_DIGIT.test(char);
}

/** `isWordChar(text[at])`, reading the character code (no one-character string for ASCII). */
export function isWordCharAt(text: string, at: number): boolean {
  if (at < 0 || at >= text.length) return false;
  const code = text.charCodeAt(at);
  if (code < 0x80) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return LETTER_OR_DIGIT.test(text[at] as string);
}

function startsUpper(word: string): boolean {
  const code = word.charCodeAt(0);
  if (code < 0x80) return code >= 65 && code <= 90;
  return UPPER.test(word[0] as string);
}

const isSpace = (code: number): boolean => code === 32 || (code >= 9 && code <= 13) || code === 0xa0;

// ' ’ - ‐ ‑
const isJoiner = (code: number): boolean => code === 39 || code === 0x2019 || code === 45 || code === 0x2010 || code === 0x2011;

/**
 * Words and punctuation marks of `text` in one left-to-right pass. "don’t", "O’Brien", "5-2" and
 * "U.S" are one word each (an apostrophe, hyphen or dot between two word characters joins them).
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  const n = text.length;
  while (i < n) {
    const code = text.charCodeAt(i);
    if (isSpace(code)) {
      i++;
      continue;
    }
    if (!isWordCharAt(text, i)) {
      // A surrogate pair (an emoji) stays one token.
      const width = code >= 0xd800 && code <= 0xdbff && i + 1 < n ? 2 : 1;
      const mark = text.slice(i, i + width);
      tokens.push({ text: mark, lower: mark, start: i, end: i + width, word: false, cap: false });
      i += width;
      continue;
    }
    const start = i;
    i++;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (isWordCharAt(text, i)) i++;
      else if (isJoiner(c) && isWordCharAt(text, i + 1)) i += 2;
      else if (c === 46 && isWordCharAt(text, i + 1) && isWordCharAt(text, i - 1) && !isWordCharAt(text, i - 2)) {
        // A dot joins single letters ("U.S", "a.m"), not two sentences run together ("end.Next").
        i += 2;
      } else break;
    }
    const word = text.slice(start, i);
    const lower = word.toLowerCase();
    tokens.push({
      text: word,
      lower: lower.includes("\u2019") ? lower.replace(/\u2019/g, "'") : lower,
      start,
      end: i,
      word: true,
      cap: startsUpper(word),
    });
  }
  return tokens;
}

/** The index of the first token that ends after `offset` (tokens.length when none). */
export function tokenAt(tokens: ReadonlyArray<Token>, offset: number): number {
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((tokens[mid] as Token).end <= offset) low = mid + 1;
    else high = mid;
  }
  return low;
}
