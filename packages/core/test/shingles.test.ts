import { describe, expect, it } from "vitest";
import { MinHasher, bandKeys, estimatedSimilarity, hash32, jaccard, shingles, words } from "../src/index.js";

describe("words and shingles", () => {
  it("lower-cases words, keeps inner apostrophes and straightens them", () => {
    expect(words("MENAFN provides the information “as is” — don’t")).toEqual(["menafn", "provides", "the", "information", "as", "is", "don't"]);
  });

  it("makes overlapping runs of words, or one shingle for a short text", () => {
    expect(shingles(["a", "b", "c", "d"], 3)).toEqual(["a b c", "b c d"]);
    expect(shingles(["a", "b"], 3)).toEqual(["a b"]);
    expect(shingles([], 3)).toEqual([]);
  });
});

describe("MinHash", () => {
  const disclaimer = (provider: string) =>
    words(`${provider} provides this news content as is without warranty of any kind. We do not accept any responsibility or liability for the accuracy, content, images, videos, licenses, completeness, legality, or reliability of the information contained in this article.`);

  it("estimates Jaccard similarity closely for the same boilerplate from two providers", () => {
    const a = new Set(shingles(disclaimer("MENAFN"), 3));
    const b = new Set(shingles(disclaimer("EIN Presswire"), 3));
    const hasher = new MinHasher(128);
    const estimate = estimatedSimilarity(hasher.signature(a), hasher.signature(b));
    expect(Math.abs(estimate - jaccard(a, b))).toBeLessThan(0.15);
    expect(estimate).toBeGreaterThan(0.7);
  });

  it("puts near-duplicates in a shared bucket and unrelated texts in none", () => {
    const hasher = new MinHasher(64);
    const keys = (tokens: string[]) => new Set(bandKeys(hasher.signature(shingles(tokens, 3)), 16));
    const a = keys(disclaimer("MENAFN"));
    const b = keys(disclaimer("EIN Presswire"));
    const c = keys(words("The index rose 1.2% on Monday as investors weighed the central bank's next move on rates."));
    expect([...a].some((key) => b.has(key))).toBe(true);
    expect([...a].some((key) => c.has(key))).toBe(false);
  });

  it("is deterministic for a seed", () => {
    const items = ["a b c", "b c d"];
    expect(new MinHasher(16, 7).signature(items)).toEqual(new MinHasher(16, 7).signature(items));
    expect(hash32("kyiv")).toBe(hash32("kyiv"));
  });
});
