/** A word of text: a maximal run of letters, combining marks and digits. */
export interface Token {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

// One character class with `+`: linear, nothing to backtrack into.
const WORD = /[\p{L}\p{M}\p{N}]+/gu;

/** The words of `text`, Unicode-aware: "Kiev's" is "Kiev" and "s", "Kievan" is one word. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    const start = match.index ?? 0;
    tokens.push({ text: match[0], start, end: start + match[0].length });
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
