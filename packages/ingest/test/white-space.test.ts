// The white-space shortcuts HTML reading uses must say exactly what the regular expressions they replace say.
import { describe, expect, it } from "vitest";
import { foldedLength, foldWhiteSpace } from "../src/shared/white-space.js";

const byRegex = (text: string): string => text.replace(/\s+/g, " ").trim();

const PIECES = ["a", "Kyiv", " ", "  ", "\n", "\r\n", "\t", "\u00a0", "\u2028", "\u3000", "\ufeff", "\u200b", "é", "x y"];

/** Strings of 0-6 pieces, from a fixed seed: the same cases every run. */
function* samples(count: number): Generator<string[]> {
  let seed = 7;
  const next = (n: number): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return Math.floor(seed / 65536) % n;
  };
  for (let k = 0; k < count; k++) {
    const parts: string[] = [];
    for (let p = next(4); p > 0; p--) {
      let part = "";
      for (let q = next(6); q > 0; q--) part += PIECES[next(PIECES.length)];
      parts.push(part);
    }
    yield parts;
  }
}

describe("foldWhiteSpace", () => {
  it("folds as replace(/\\s+/g, ' ').trim() does, and returns folded text itself", () => {
    for (const parts of samples(5000)) {
      const text = parts.join("");
      expect(foldWhiteSpace(text)).toBe(byRegex(text));
    }
    const folded = "Already folded text";
    expect(foldWhiteSpace(folded)).toBe(folded);
    expect(foldWhiteSpace("")).toBe("");
    expect(foldWhiteSpace(" \n ")).toBe("");
  });
});

describe("foldedLength", () => {
  it("is the length of the folded joined parts, white space runs crossing parts included", () => {
    for (const parts of samples(5000)) expect(foldedLength(parts)).toBe(byRegex(parts.join("")).length);
    expect(foldedLength(["one ", " two"])).toBe(7);
    expect(foldedLength([" ", "a", " "])).toBe(1);
    expect(foldedLength([])).toBe(0);
  });
});
