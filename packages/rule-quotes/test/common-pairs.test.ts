// The fallback for a quotation whose every word pair is common (each in more than 2% of the
// passages): held against the plain computation it replaces, and the search it rests on.
import { describe, expect, it } from "vitest";
import { SourceArchive } from "../src/verify/archive.js";
import { pairKeys } from "../src/verify/index-keys.js";
import { lowerBoundFrom } from "../src/verify/sorted-search.js";
import { verifyTokens } from "../src/verify/tokens.js";
import { topByWeight } from "../src/verify/top-weights.js";

function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 0x1_0000_0000;
  };
}

describe("lowerBoundFrom", () => {
  it("finds what a scan from the same place finds", () => {
    const next = random(7);
    for (let round = 0; round < 500; round++) {
      const values = Uint32Array.from(new Set(Array.from({ length: Math.floor(next() * 200) }, () => Math.floor(next() * 1000)))).sort();
      const from = Math.floor(next() * (values.length + 2));
      const value = Math.floor(next() * 1100);
      let expected = Math.min(from, values.length);
      while (expected < values.length && (values[expected] as number) < value) expected++;
      expect(lowerBoundFrom(values, value, from)).toBe(from >= values.length ? from : expected);
    }
  });
});

describe("a quotation made only of common word pairs", () => {
  it("gets the passages and weights of one plain pass over the rarest lists", () => {
    const next = random(11);
    const words = ["we", "will", "not", "stop", "the", "work", "now"];
    const texts = Array.from({ length: 600 }, () => Array.from({ length: 6 + Math.floor(next() * 10) }, () => words[Math.floor(next() * words.length)]).join(" "));
    const archive = new SourceArchive();
    texts.forEach((text, i) => archive.addPassage({ text, kind: "direct", quoted: [[0, text.length]], file: `f${i}`, line: 1, column: 1 }));
    archive.finish();

    // What the fallback computed before: the six rarest lists, the first walked for its passages,
    // every other list walked whole, adding to the passages the first one found.
    const keysOf = texts.map((text) => new Set(pairKeys(verifyTokens(text))));
    for (const quotation of ["we will not stop the work now", "the work will not stop", "now we stop"]) {
      const tokens = verifyTokens(quotation);
      const seen = new Set<number>();
      const lists: number[][] = [];
      for (const key of pairKeys(tokens)) {
        if (seen.has(key)) continue;
        seen.add(key);
        const ids = texts.flatMap((_, id) => (keysOf[id]?.has(key) ? [id] : []));
        if (ids.length > 0) lists.push(ids);
      }
      expect(lists.every((ids) => ids.length > 64)).toBe(true);
      const [first, ...rest] = [...lists].sort((a, b) => a.length - b.length).slice(0, 6) as [number[], ...number[][]];
      const weights = new Float64Array(texts.length);
      for (const id of first) weights[id] = (weights[id] as number) + Math.log(1 + texts.length / first.length);
      for (const ids of rest) for (const id of ids) if (weights[id] !== 0) weights[id] = (weights[id] as number) + Math.log(1 + texts.length / ids.length);
      const expected = topByWeight(first, weights, 8).map((id) => ({ file: `f${id}`, weight: weights[id] }));

      const found = archive.candidates(tokens, 8).map((c) => ({ file: c.passage.file, weight: c.weight }));
      expect(found).toEqual(expected);
      expect(found).toHaveLength(8);
    }
  });
});
