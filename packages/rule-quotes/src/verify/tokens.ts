import { memoizeBounded } from "@copydesk/core";
import { isWordChar, isWordCharAt } from "../extract/tokens.js";
import { americanSpelling } from "./spelling.js";

/** A word of a quotation or source passage, as compared. */
export interface VerifyToken {
  /** The word as written (for the evidence). */
  readonly text: string;
  /** The comparison key: lower case, spelling and number words folded ("colour" -> "color", "twelve" -> "12"). */
  readonly key: string;
  /** Offsets in the text the token was read from. */
  readonly start: number;
  readonly end: number;
  /** An ellipsis stands right before this word: words left out here are marked as left out. */
  readonly ellipsisBefore: boolean;
  /** A bracketed insertion stands right before this word ("[Greyhaven] will hire"). */
  readonly bracketBefore: boolean;
  /** The source put this word inside quote marks (for a source passage). */
  readonly quoted: boolean;
}

const NUMBER_WORDS: ReadonlyMap<string, string> = new Map([
  ["zero", "0"], ["one", "1"], ["two", "2"], ["three", "3"], ["four", "4"], ["five", "5"], ["six", "6"], ["seven", "7"],
  ["eight", "8"], ["nine", "9"], ["ten", "10"], ["eleven", "11"], ["twelve", "12"], ["thirteen", "13"], ["fourteen", "14"],
  ["fifteen", "15"], ["sixteen", "16"], ["seventeen", "17"], ["eighteen", "18"], ["nineteen", "19"], ["twenty", "20"],
  ["thirty", "30"], ["forty", "40"], ["fifty", "50"], ["sixty", "60"], ["seventy", "70"], ["eighty", "80"], ["ninety", "90"],
  ["hundred", "100"], ["thousand", "1000"], ["million", "1000000"], ["billion", "1000000000"],
]);

// "don't" is "do not" to a reader; a desk may write either. "can't" / "cannot" -> "can not".
const CONTRACTIONS: ReadonlyMap<string, ReadonlyArray<string>> = new Map([
  ["won't", ["will", "not"]], ["can't", ["can", "not"]], ["cannot", ["can", "not"]], ["shan't", ["shall", "not"]], ["ain't", ["is", "not"]],
]);
const SUFFIX_CONTRACTIONS: ReadonlyArray<[string, string]> = [["n't", "not"], ["'re", "are"], ["'ve", "have"], ["'ll", "will"], ["'m", "am"]];

// Passages and quotations are tokenised over and over from the same vocabulary.
/** Comparison keys of one written word (a contraction gives two). Shared: never modify them. */
export const keysOf: (word: string) => ReadonlyArray<string> = memoizeBounded((word: string) => keysOfWord(word), 16384);

function keysOfWord(word: string): string[] {
  let lower = word.toLowerCase().replace(/[\u2019\u2018\u02BC`]/g, "'");
  if (/^[\d,.]+$/.test(lower)) {
    // 1,000 = 1000; a trailing dot is the sentence's.
    lower = lower.replace(/,(?=\d{3}\b)/g, "").replace(/\.$/, "");
    return [lower];
  }
  const whole = CONTRACTIONS.get(lower);
  if (whole !== undefined) return [...whole];
  for (const [suffix, full] of SUFFIX_CONTRACTIONS) {
    if (lower.endsWith(suffix) && lower.length > suffix.length) return [americanSpelling(lower.slice(0, -suffix.length)), full];
  }
  const number = NUMBER_WORDS.get(lower);
  if (number !== undefined) return [number];
  if (lower.endsWith("'s") && lower.length > 3) return [`${americanSpelling(lower.slice(0, -2))}'s`];
  return [americanSpelling(lower)];
}

const isDigitRunChar = (char: string | undefined): boolean => char !== undefined && ((char >= "0" && char <= "9") || char === "," || char === ".");

/**
 * The words of a quotation or passage for comparison, in one pass: hyphenated words split
 * ("two-year" = "two year"), numbers kept whole ("1,000", "3.5"), "per cent" / "%" as "percent",
 * bracketed insertions and ellipses remembered on the next word, and `quoted` ranges (where the
 * source put words in quote marks) marked on each word.
 */
export function verifyTokens(text: string, quoted: ReadonlyArray<readonly [number, number]> = [[0, text.length]]): VerifyToken[] {
  const out: VerifyToken[] = [];
  let ellipsis = false;
  let bracket = false;
  let depth = 0;
  let q = 0;
  const isQuoted = (at: number): boolean => {
    while (q < quoted.length && (quoted[q] as readonly [number, number])[1] <= at) q++;
    const range = quoted[q];
    return range !== undefined && range[0] <= at && at < range[1];
  };
  const push = (word: string, start: number, end: number) => {
    const inBracket = depth > 0;
    for (const key of keysOf(word)) {
      if (inBracket) continue;
      const previous = out[out.length - 1];
      if (key === "cent" && previous?.key === "per") {
        out[out.length - 1] = { ...previous, text: `${previous.text} ${word}`, key: "percent", end };
        continue;
      }
      out.push({ text: word, key, start, end, ellipsisBefore: ellipsis, bracketBefore: bracket, quoted: isQuoted(start) });
      ellipsis = false;
      bracket = false;
    }
    if (inBracket) bracket = true;
  };
  let i = 0;
  while (i < text.length) {
    const char = text[i] as string;
    if (char === "[") {
      depth++;
      i++;
      continue;
    }
    if (char === "]") {
      depth = Math.max(0, depth - 1);
      bracket = true;
      i++;
      continue;
    }
    if (char === "\u2026" || (char === "." && text[i + 1] === "." && text[i + 2] === ".")) {
      ellipsis = true;
      i += char === "\u2026" ? 1 : 3;
      continue;
    }
    if (char === "%") {
      push("percent", i, i + 1);
      i++;
      continue;
    }
    if (!isWordChar(char)) {
      i++;
      continue;
    }
    const start = i;
    if (char >= "0" && char <= "9") {
      while (i < text.length && (isWordCharAt(text, i) || (isDigitRunChar(text[i]) && isDigitRunChar(text[i + 1]) && text[i + 1] !== "," && text[i + 1] !== "."))) i++;
    } else {
      while (i < text.length && (isWordCharAt(text, i) || ((text[i] === "'" || text[i] === "\u2019") && isWordCharAt(text, i + 1)))) i++;
    }
    push(text.slice(start, i), start, i);
  }
  return out;
}

/** Words that change what a sentence says when added or dropped. */
export const NEGATIONS: ReadonlySet<string> = new Set([
  "not", "no", "never", "nobody", "none", "nothing", "neither", "nor", "without", "nowhere", "noone", "hardly", "barely",
]);

/** Function words: a change among these alone ("the" for "a") does not change what the speaker said. */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  "a", "an", "the", "this", "that", "these", "those", "of", "to", "in", "on", "at", "for", "with", "by", "from", "as", "and",
  "or", "but", "so", "then", "than", "is", "are", "was", "were", "be", "been", "being", "am", "it", "its", "we", "our", "us",
  "i", "me", "my", "you", "your", "he", "him", "his", "she", "her", "they", "them", "their", "there", "here", "which", "who",
  "do", "does", "did", "have", "has", "had", "will", "would", "shall", "should", "can", "could", "may", "might", "must",
  "just", "very", "really", "also", "too", "well", "oh", "um", "uh", "er", "ah", "like", "you", "know", "all", "about",
]);

/** Spoken fillers a desk removes without marking the omission. */
export const FILLERS: ReadonlySet<string> = new Set(["um", "uh", "er", "erm", "ah", "hmm", "mm"]);

export const isNumberKey = (key: string): boolean => /^\d/.test(key);
