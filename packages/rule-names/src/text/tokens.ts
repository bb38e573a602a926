/** A word of text: a maximal run of letters, combining marks and digits. */
export interface Token {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

const WORD_CHAR = /^[\p{L}\p{M}\p{N}]$/u;
/** Whether each BMP code unit is a word character: 0 not yet known, 1 yes, 2 no. */
const bmpWordChar = new Uint8Array(0x10000);

/** The length (1, or 2 for a surrogate pair) of the letter, mark or digit at `i`; 0 for anything else. */
function wordCharAt(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) ? 1 : 0;
  if (code >= 0xd800 && code <= 0xdbff) {
    const next = text.charCodeAt(i + 1);
    if (next >= 0xdc00 && next <= 0xdfff) return WORD_CHAR.test(text.slice(i, i + 2)) ? 2 : 0;
    return 0;
  }
  if (code >= 0xdc00 && code <= 0xdfff) return 0;
  let known = bmpWordChar[code] as number;
  if (known === 0) bmpWordChar[code] = known = WORD_CHAR.test(text[i] as string) ? 1 : 2;
  return known === 1 ? 1 : 0;
}

/**
 * The words of a text as offsets, found by one scan with no regular expression over the text.
 * A word's string is made only when asked for: the name scan reads the first character of every
 * word but the whole of very few, so a block's words cost two arrays of numbers, not an object
 * and a string each.
 */
export class WordSpans {
  readonly starts: number[] = [];
  readonly ends: number[] = [];

  constructor(readonly text: string) {
    const starts = this.starts;
    const ends = this.ends;
    let i = 0;
    while (i < text.length) {
      let width = wordCharAt(text, i);
      if (width === 0) {
        i++;
        continue;
      }
      starts.push(i);
      while (width > 0) {
        i += width;
        width = i < text.length ? wordCharAt(text, i) : 0;
      }
      ends.push(i);
    }
  }

  get count(): number {
    return this.starts.length;
  }

  /** Word `i` as a string (0 <= i < count). */
  word(i: number): string {
    return this.text.slice(this.starts[i], this.ends[i]);
  }

  /** Whether word `i` is exactly `word`, compared in place. */
  is(i: number, word: string): boolean {
    const start = this.starts[i] as number;
    return (this.ends[i] as number) - start === word.length && this.text.startsWith(word, start);
  }

  /** Word `i` as a token, or undefined when there is no such word (before the first, after the last). */
  token(i: number): Token | undefined {
    if (i < 0 || i >= this.starts.length) return undefined;
    return { text: this.word(i), start: this.starts[i] as number, end: this.ends[i] as number };
  }
}

/** The words of `text`, Unicode-aware: "Kiev's" is "Kiev" and "s", "Kievan" is one word. One scan, no regular expression over the text. */
export function tokenize(text: string): Token[] {
  const spans = new WordSpans(text);
  const tokens: Token[] = [];
  for (let i = 0; i < spans.count; i++) tokens.push(spans.token(i) as Token);
  return tokens;
}

/**
 * What stands between two words, compared loosely: any white space is one space, curly
 * apostrophes are straight, the hyphen-like dashes are a hyphen ("Côte d’Ivoire" = "Côte d'Ivoire").
 */
export function normalizeGap(gap: string): string {
  let out = "";
  let space = false;
  for (const char of gap) {
    if (/\s/u.test(char)) {
      space = true;
      continue;
    }
    if (space) out += " ";
    space = false;
    if (char === "\u2019" || char === "\u2018" || char === "\u02BC") out += "'";
    else if (char === "\u2010" || char === "\u2011") out += "-";
    else out += char;
  }
  return space ? `${out} ` : out;
}

/** "KIEV", "KYIV": a word in capitals that has letters with case (not "2022", not a one-letter word). */
export function isAllCaps(word: string): boolean {
  return word.length >= 2 && word === word.toUpperCase() && word !== word.toLowerCase();
}

export const isLetter = (char: string | undefined): boolean => char !== undefined && /[\p{L}\p{M}\p{N}]/u.test(char);
