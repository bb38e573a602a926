/**
 * Words with their offsets in block text: runs of letters, marks and digits, with an apostrophe
 * inside a word kept ("don't"); lower case, curly apostrophes straightened, and a possessive "'s"
 * dropped ("EIN Presswire's" names EIN Presswire). So a phrase written as plain words matches
 * whatever quotes, dashes, case or punctuation the text uses. The same words as core's `words()`
 * but for the possessive.
 */
export interface Tokens {
  /** Folded words. */
  readonly words: ReadonlyArray<string>;
  /** Offset of each word's first character in the text. */
  readonly starts: ReadonlyArray<number>;
  /** Offset after each word's last character. */
  readonly ends: ReadonlyArray<number>;
}

const LETTER = /^[\p{L}\p{M}\p{N}]$/u;

/** A letter, mark or digit: ASCII by arithmetic (the common case), the rest through Unicode classes. */
function isWordChar(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if ((code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57)) return true;
  if (code < 128) return false;
  // A surrogate pair is one character: test both halves together.
  if (code >= 0xd800 && code <= 0xdbff) return LETTER.test(text.slice(i, i + 2));
  if (code >= 0xdc00 && code <= 0xdfff) return false;
  return LETTER.test(text[i] as string);
}

const isApostrophe = (code: number): boolean => code === 39 || code === 0x2019;

/** The first `limit` words of `text`, found by one scan (no regular expression over the text). */
export function tokenize(text: string, limit = Number.POSITIVE_INFINITY): Tokens {
  const words: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  let i = 0;
  while (i < text.length && words.length < limit) {
    if (!isWordChar(text, i)) {
      i++;
      continue;
    }
    const start = i;
    let curly = false;
    while (i < text.length) {
      if (isWordChar(text, i)) i += text.charCodeAt(i) >= 0xd800 && text.charCodeAt(i) <= 0xdbff ? 2 : 1;
      else if (isApostrophe(text.charCodeAt(i)) && i + 1 < text.length && isWordChar(text, i + 1)) {
        curly ||= text.charCodeAt(i) === 0x2019;
        i++;
      } else break;
    }
    let word = text.slice(start, i).toLowerCase();
    if (curly) word = word.replace(/’/g, "'");
    if (word.endsWith("'s")) word = word.slice(0, -2);
    words.push(word);
    starts.push(start);
    ends.push(i);
  }
  return { words, starts, ends };
}

/** Words of a phrase written in the data files ("forward-looking statements" -> ["forward", "looking", "statements"]). */
export function phraseWords(phrase: string): string[] {
  return [...tokenize(phrase).words];
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** FNV-1a of a folded word, as {@link hashWords} computes it while scanning. */
export function wordHash(word: string): number {
  let hash = FNV_OFFSET;
  for (let i = 0; i < word.length; i++) hash = Math.imul(hash ^ word.charCodeAt(i), FNV_PRIME);
  return hash >>> 0;
}

/** A word character outside ASCII: a letter, mark or digit, a surrogate pair tested as one character. */
function isWideWordChar(text: string, i: number, code: number): boolean {
  if (code < 128) return false;
  if (code >= 0xd800 && code <= 0xdbff) return LETTER.test(text.slice(i, i + 2));
  if (code >= 0xdc00 && code <= 0xdfff) return false;
  return LETTER.test(text[i] as string);
}

/**
 * The hashes of the first words of `text` (the words {@link tokenize} finds, folded the same way),
 * written into `out` without building a string: a quick look at a block before reading it closely.
 * Returns the number of words. ASCII letters and digits, nearly every character read, are hashed
 * without a call: this reads every block of a run three times.
 */
export function hashWords(text: string, out: Uint32Array): number {
  const n = text.length;
  let count = 0;
  let i = 0;
  while (i < n && count < out.length) {
    if (!isWordChar(text, i)) {
      i++;
      continue;
    }
    let hash = FNV_OFFSET;
    let beforeApostrophe = 0;
    let sinceApostrophe = -1;
    /** The last word character, folded: an "s" after an apostrophe makes a possessive. */
    let last = 0;
    while (i < n) {
      const code = text.charCodeAt(i);
      if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57)) last = code;
      else if (code >= 65 && code <= 90) last = code + 32;
      else if (isWideWordChar(text, i, code)) {
        if (code >= 0xd800 && code <= 0xdbff) {
          // A surrogate pair: its high unit as it is, then the low unit.
          hash = Math.imul(Math.imul(hash ^ code, FNV_PRIME) ^ text.charCodeAt(i + 1), FNV_PRIME);
          last = code;
          if (sinceApostrophe >= 0) sinceApostrophe++;
          i += 2;
          continue;
        }
        const lower = (text[i] as string).toLowerCase();
        last = lower.length === 1 ? lower.charCodeAt(0) : code;
      } else if (isApostrophe(code) && i + 1 < n && isWordChar(text, i + 1)) {
        beforeApostrophe = hash;
        sinceApostrophe = 0;
        hash = Math.imul(hash ^ 39, FNV_PRIME);
        i++;
        continue;
      } else break;
      hash = Math.imul(hash ^ last, FNV_PRIME);
      if (sinceApostrophe >= 0) sinceApostrophe++;
      i++;
    }
    // A possessive "'s" is dropped, as tokenize drops it.
    out[count++] = (sinceApostrophe === 1 && last === 115 ? beforeApostrophe : hash) >>> 0;
  }
  return count;
}
