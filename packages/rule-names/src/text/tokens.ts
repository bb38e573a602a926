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

/** The words of `text`, Unicode-aware: "Kiev's" is "Kiev" and "s", "Kievan" is one word. One scan, no regular expression over the text. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    let width = wordCharAt(text, i);
    if (width === 0) {
      i++;
      continue;
    }
    const start = i;
    while (width > 0) {
      i += width;
      width = i < text.length ? wordCharAt(text, i) : 0;
    }
    tokens.push({ text: text.slice(start, i), start, end: i });
  }
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
