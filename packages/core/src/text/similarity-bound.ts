// Bigram counts of the first string, one slot per folded bigram, all 0 between calls.
const counts = new Int32Array(1 << 14);

/** Whether a UTF-16 code unit is whitespace as JavaScript's `\s` defines it (what string-similarity strips). */
export function isRegExpSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 ||
    code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  );
}

/** A bigram of two code units folded to 14 bits: ASCII bigrams stay apart, others may share a slot. */
const fold = (first: number, second: number): number => ((first & 0x7f) << 7) | (second & 0x7f);

/** Counts every bigram of `text` with whitespace removed; returns that text's length. */
function countBigrams(text: string): number {
  let length = 0;
  let previous = -1;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isRegExpSpace(code)) continue;
    if (previous >= 0) counts[fold(previous, code)] = (counts[fold(previous, code)] as number) + 1;
    previous = code;
    length++;
  }
  return length;
}

interface SharedBigrams {
  /** Bigrams of `a` also in `b`, each as often as both have it (folded: never fewer than the real count). */
  readonly shared: number;
  /** The lengths of `a` and `b` without whitespace. */
  readonly lengthA: number;
  readonly lengthB: number;
}

function sharedBigrams(a: string, b: string): SharedBigrams {
  const lengthA = countBigrams(a);
  let shared = 0;
  let lengthB = 0;
  let previous = -1;
  for (let i = 0; i < b.length; i++) {
    const code = b.charCodeAt(i);
    if (isRegExpSpace(code)) continue;
    if (previous >= 0) {
      const slot = fold(previous, code);
      if ((counts[slot] as number) > 0) {
        counts[slot] = (counts[slot] as number) - 1;
        shared++;
      }
    }
    previous = code;
    lengthB++;
  }
  // Back to all 0: b only ever took from a's slots.
  clearBigrams(a);
  return { shared, lengthA, lengthB };
}

/**
 * An upper bound of `similarity(a, b)`, exact for ASCII text, computed without building strings.
 * string-similarity's Dice coefficient counts the bigrams the two strings share, each at most as
 * often as both have it; folding bigrams into fewer slots can only make more of them meet, so
 * the count here is never below the real one, over the same lengths.
 */
export function similarityBound(a: string, b: string): number {
  const { shared, lengthA, lengthB } = sharedBigrams(a, b);
  // Identical strings and strings under two characters are scored by rule, not by bigrams.
  if (lengthA < 2 || lengthB < 2) return 1;
  return (2.0 * shared) / (lengthA + lengthB - 2);
}

/**
 * An upper bound of `similarity(a, s)` for every `s` that is, without whitespace, one stretch of
 * `b` without whitespace (the words of a passage a quotation is aligned with). Such an `s` shares
 * at most the bigrams `a` shares with all of `b`, and has at least as many bigrams as it shares:
 * Dice's 2·shared / (bigrams of a + bigrams of s) is then at most 2·S / (bigrams of a + S).
 */
export function stretchSimilarityBound(a: string, b: string): number {
  const { shared, lengthA } = sharedBigrams(a, b);
  if (lengthA < 2) return 1;
  return (2.0 * shared) / (lengthA - 1 + shared);
}

/** Sets the slot of every bigram of `text` back to 0. */
function clearBigrams(text: string): void {
  let previous = -1;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isRegExpSpace(code)) continue;
    if (previous >= 0) counts[fold(previous, code)] = 0;
    previous = code;
  }
}
