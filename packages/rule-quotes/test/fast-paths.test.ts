// The shortcuts taken for speed must give exactly what the general path gives: each is checked
// here against it on many random quotation/passage pairs drawn from a small vocabulary (so that
// words repeat, as function words do), with ellipses, brackets, numbers and negations.
import { describe, expect, it } from "vitest";
import { compareQuotation } from "../src/verify/compare.js";
import { diffWords } from "../src/verify/diff.js";
import { mayCover } from "../src/verify/matchable.js";
import { verifyTokens } from "../src/verify/tokens.js";

const VOCABULARY = ["the", "a", "plan", "will", "not", "never", "harbor", "harbour", "12", "twelve", "we", "are", "growth", "traffic", "study", "um", "and", "it", "pay", "years", "colour"];

/** A small deterministic generator (mulberry32), so a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function text(next: () => number, words: number, marks: boolean): string {
  const out: string[] = [];
  for (let i = 0; i < words; i++) {
    const roll = next();
    if (marks && i > 0 && roll < 0.04) out.push("…");
    else if (marks && roll < 0.07) out.push("[it]");
    out.push(VOCABULARY[Math.floor(next() * VOCABULARY.length)] as string);
  }
  return out.join(" ");
}

/** Random pairs: unrelated texts, and quotations cut from (and edited in) their passage. */
function* pairs(count: number, seed: number): Generator<[string, string]> {
  const next = random(seed);
  for (let i = 0; i < count; i++) {
    const passage = text(next, 1 + Math.floor(next() * 40), false);
    if (next() < 0.4) {
      yield [text(next, 1 + Math.floor(next() * 30), true), passage];
      continue;
    }
    const words = passage.split(" ");
    const start = Math.floor(next() * words.length);
    const end = start + 1 + Math.floor(next() * (words.length - start));
    const cut = words.slice(start, end);
    // Now and then a word changed, dropped or added.
    if (next() < 0.5) cut[Math.floor(next() * cut.length)] = VOCABULARY[Math.floor(next() * VOCABULARY.length)] as string;
    if (next() < 0.3 && cut.length > 1) cut.splice(Math.floor(next() * cut.length), 1);
    if (next() < 0.3) cut.splice(Math.floor(next() * cut.length), 0, "…");
    yield [cut.join(" "), passage];
  }
}

describe("mayCover", () => {
  it("never rules out a coverage a comparison reaches", () => {
    for (const [quotation, passage] of pairs(3000, 1)) {
      const quote = verifyTokens(quotation);
      const source = verifyTokens(passage);
      const found = compareQuotation(quote, source);
      if (found !== undefined) expect(mayCover(quote, source, found.coverage), `${quotation} | ${passage}`).toBe(true);
    }
  });
});

describe("compareQuotation with a minimum coverage", () => {
  it("gives the full comparison when it covers enough, else nothing", () => {
    for (const [quotation, passage] of pairs(3000, 2)) {
      const quote = verifyTokens(quotation);
      const source = verifyTokens(passage);
      const full = compareQuotation(quote, source);
      for (const minCoverage of [0.3, 0.5, 0.8]) {
        const expected = full !== undefined && full.coverage >= minCoverage ? full : undefined;
        expect(compareQuotation(quote, source, minCoverage), `${quotation} | ${passage} | ${minCoverage}`).toEqual(expected);
      }
    }
  });
});

describe("compareQuotation with a minimum score", () => {
  it("gives the full comparison when it scores enough, else nothing", () => {
    let below = 0;
    for (const [quotation, passage] of pairs(3000, 4)) {
      const quote = verifyTokens(quotation);
      const source = verifyTokens(passage);
      const full = compareQuotation(quote, source, 0.5);
      for (const minScore of [0.3, 0.6, 0.85, 0.95]) {
        const expected = full !== undefined && full.score >= minScore ? full : undefined;
        if (full !== undefined && expected === undefined) below++;
        expect(compareQuotation(quote, source, 0.5, minScore), `${quotation} | ${passage} | ${minScore}`).toEqual(expected);
      }
    }
    // Comparisons the floor rules out, with and without an ellipsis, were met.
    expect(below).toBeGreaterThan(500);
  });
});

/** Length of the longest common subsequence, by dynamic programming. */
function lcs(a: ReadonlyArray<string>, b: ReadonlyArray<string>): number {
  let previous = new Array<number>(b.length + 1).fill(0);
  for (const x of a) {
    const current = [0];
    b.forEach((y, j) => current.push(x === y ? (previous[j] as number) + 1 : Math.max(previous[j + 1] as number, current[j] as number)));
    previous = current;
  }
  return previous[b.length] as number;
}

describe("diffWords (its walk-back bands kept in one reused buffer)", () => {
  it("gives a shortest edit script that rebuilds both sequences, call after call", () => {
    const next = random(3);
    for (let i = 0; i < 2000; i++) {
      const vocabulary = 1 + Math.floor(next() * 6);
      const words = (count: number) => Array.from({ length: count }, () => `w${Math.floor(next() * vocabulary)}`);
      const a = words(Math.floor(next() * 60));
      const b = words(Math.floor(next() * 60));
      const ops = diffWords(a, b, 1000);
      expect(ops).toBeDefined();
      const fromA = (ops ?? []).filter((op) => op.op !== "insert").map((op) => a[(op as { a: number }).a]);
      const fromB = (ops ?? []).filter((op) => op.op !== "delete").map((op) => b[(op as { b: number }).b]);
      expect(fromA).toEqual(a);
      expect(fromB).toEqual(b);
      for (const op of ops ?? []) if (op.op === "equal") expect(a[op.a]).toBe(b[op.b]);
      expect((ops ?? []).filter((op) => op.op !== "equal").length).toBe(a.length + b.length - 2 * lcs(a, b));
    }
  });
});
