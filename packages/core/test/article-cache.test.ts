import { describe, expect, it } from "vitest";
import { ArticleCache, articleFromText } from "../src/index.js";

const article = (words: number) => articleFromText([`Talks in Kyiv ${"resumed ".repeat(words)}`, "“We are ready,” she said."]);

describe("ArticleCache", () => {
  it("counts quotations in an article's size", () => {
    const plain = article(10);
    const quoted = { ...plain, quotations: [{ kind: "direct" as const, spans: [{ block: 1, start: 1, end: 13 }], text: "We are ready" }] };
    expect(ArticleCache.sizeOf(quoted)).toBe(ArticleCache.sizeOf(plain) + "We are ready".length * 2 + 500);
  });

  it("keeps articles up to its budget, and hands each back once", () => {
    const small = article(10);
    const size = ArticleCache.sizeOf(small);
    const cache = new ArticleCache(size * 2);
    expect(cache.put("a", small)).toBe(true);
    expect(cache.put("b", small)).toBe(true);
    expect(cache.put("c", small)).toBe(false);
    expect(cache.take("a")).toBe(small);
    expect(cache.take("a")).toBeUndefined();
    // Taking one frees its room.
    expect(cache.put("c", small)).toBe(true);
    expect(cache.size).toBe(2);
  });
});
