import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { similarity, similarityBound, stretchSimilarityBound } from "../src/index.js";
import { isRegExpSpace } from "../src/text/similarity-bound.js";

/** Words, every kind of space, non-ASCII letters that fold onto ASCII slots, astral characters. */
const pieces = fc.constantFrom(
  "th", "e", "he", "in", "a", "ab", "ba", "the minister", " ", "  ", "\t", "\n", "\u00A0", "\u2009", "\u3000", "\uFEFF",
  "\u200B", "é", "á", "ü", "ł", "Ł", "ї", "є", "😀", "\uD83D", "0", "1", "9", ".", "’",
);
const text = fc.array(pieces, { maxLength: 24 }).map((parts) => parts.join(""));

describe("similarityBound", () => {
  it("treats exactly the code units JavaScript's \\s matches as whitespace", () => {
    for (let code = 0; code <= 0xffff; code++) expect(isRegExpSpace(code), code.toString(16)).toBe(/\s/.test(String.fromCharCode(code)));
  });

  it("is never below string-similarity's score", () => {
    fc.assert(fc.property(text, text, (a, b) => similarityBound(a, b) >= similarity(a, b)), { numRuns: 2000 });
  });

  it("is string-similarity's score for ASCII text of two or more characters", () => {
    const ascii = fc.stringMatching(/^[a-z0-9 ]{2,40}$/);
    fc.assert(fc.property(ascii, ascii, (a, b) => {
      fc.pre(a.replace(/\s+/g, "").length >= 2 && b.replace(/\s+/g, "").length >= 2);
      expect(similarityBound(a, b)).toBe(similarity(a, b));
    }), { numRuns: 1000 });
  });

  it("counts a bigram shared as often as both strings have it, and leaves nothing behind for the next call", () => {
    expect(similarityBound("aaaa", "aa")).toBe(similarity("aaaa", "aa"));
    expect(similarityBound("night", "nacht")).toBe(0.25);
    // Had the first call left counts behind, "ab" would meet an "ab" of "abab".
    expect(similarityBound("abab", "xy")).toBe(0);
    expect(similarityBound("xy", "ab")).toBe(0);
  });

  it("bounds by 1 what is scored by rule: strings under two characters", () => {
    expect(similarityBound("a", "a")).toBe(1);
    expect(similarityBound("", "abc")).toBe(1);
    expect(similarity("", "abc")).toBe(0);
  });
});

describe("stretchSimilarityBound", () => {
  it("is never below the score of any stretch of the second string", () => {
    fc.assert(fc.property(text, text, fc.nat(), fc.nat(), (a, b, i, j) => {
      const [from, to] = [i % (b.length + 1), j % (b.length + 1)].sort((x, y) => x - y) as [number, number];
      return stretchSimilarityBound(a, b) >= similarity(a, b.slice(from, to));
    }), { numRuns: 3000 });
  });

  it("is 1 when the first string is, without whitespace, a stretch of the second", () => {
    expect(stretchSimilarityBound("we will not", "he said we will not raise taxes")).toBe(1);
    expect(stretchSimilarityBound("we willnot", "he said we will not raise taxes")).toBe(1);
  });

  it("falls with the bigrams the second string lacks", () => {
    // "taxes" shares only "ta" with "a tan": 2·1 / (4 + 1).
    expect(stretchSimilarityBound("taxes", "a tan")).toBe(0.4);
    expect(stretchSimilarityBound("taxes", "nothing alike")).toBe(0);
  });
});
