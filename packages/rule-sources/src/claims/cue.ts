import type { StorySentence } from "../text/story.js";
import type { Token } from "../text/tokens.js";

export type ClaimKind = "figure" | "allegation" | "motive" | "prediction";

/** Words in a sentence that make a claim an editor wants sourced. Offsets are into the block text. */
export interface ClaimCue {
  readonly kind: ClaimKind;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** For figures: a comparable key ("240 million", "900"), so a figure sourced once is sourced again. */
  readonly key?: string;
}

export const cueFrom = (sentence: StorySentence, kind: ClaimKind, first: Token, last: Token, key?: string): ClaimCue => ({
  kind,
  start: first.start,
  end: last.end,
  text: sentence.blockText.slice(first.start, last.end),
  ...(key !== undefined ? { key } : {}),
});

/** True when the token is inside a direct quotation (the quoted speaker owns it). */
export const quoted = (sentence: StorySentence, token: Token): boolean => sentence.quotes.inside(token.start, token.end);

/** Index of the token that ends a phrase of `words` starting at `i`, or -1. */
export function phraseAt(tokens: ReadonlyArray<Token>, i: number, words: ReadonlyArray<string>): number {
  for (let k = 0; k < words.length; k++) if (tokens[i + k]?.key !== words[k]) return -1;
  return i + words.length - 1;
}

/** Extends a cue over up to `max` following words, stopping at punctuation and at words in `stops`. */
export function extendCue(tokens: ReadonlyArray<Token>, last: number, max: number, stops: ReadonlySet<string>): number {
  let end = last;
  for (let k = last + 1; k < tokens.length && k <= last + max; k++) {
    const token = tokens[k] as Token;
    if (token.kind === "punct" || stops.has(token.key)) break;
    end = k;
  }
  return end;
}
