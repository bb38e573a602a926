import { deserialize, serialize } from "node:v8";
import { describe, expect, it } from "vitest";
import { ArticleCache, articleFromText, fromPlainArticle, onArticleReleased, toPlainArticle, type Article, type ArticlePacker } from "../src/index.js";

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

  describe("with a packer", () => {
    // The node package's packer without the deflate: an exact copy.
    const packs: string[] = [];
    const packer: ArticlePacker = {
      pack: (a) => {
        packs.push(a.id);
        return serialize(toPlainArticle(a));
      },
      unpack: (bytes) => fromPlainArticle(deserialize(bytes)),
    };
    const released: Article[] = [];
    onArticleReleased((a) => released.push(a));
    const named = (id: string): Article => ({ ...article(10), id });
    const packedSize = (a: Article) => packer.pack(a).byteLength;

    /** An article whose live size fills a cache's live share while its packed share holds `packed` bytes or a little more. */
    const filling = (packed: number): Article => {
      let words = 10;
      while (ArticleCache.sizeOf(article(words)) * ((1 - ArticleCache.LIVE_SHARE) / ArticleCache.LIVE_SHARE) < packed) words++;
      return { ...article(words), id: "big" };
    };
    const budgetFor = (live: Article) => Math.ceil(ArticleCache.sizeOf(live) / ArticleCache.LIVE_SHARE);

    it("keeps articles live up to its live share, then packed in the rest, and hands each back once", () => {
      const small = packedSize(named("b"));
      const big = filling(small * 2.5);
      // Room for the big article live and two small ones packed, not three.
      const cache = new ArticleCache(budgetFor(big), packer);
      packs.length = 0;
      released.length = 0;
      expect(cache.put("big", big)).toBe(true);
      expect(packs).toEqual([]);
      const second = named("b");
      expect(cache.put("b", second)).toBe(true);
      expect(cache.put("c", named("c"))).toBe(true);
      expect(cache.put("d", named("d"))).toBe(false);
      expect(packs).toEqual(["b", "c", "d"]);
      expect(cache.size).toBe(3);
      expect(cache.packedCount).toBe(2);
      // A packed article is let go at once; the live one only after its check.
      expect(released.map((a) => a.id)).toEqual(["b", "c"]);

      expect(cache.take("big")).toBe(big);
      const back = cache.take("b");
      expect(back).not.toBe(second);
      expect(back).toEqual(second);
      expect(back?.source.lines.positionAt(12)).toEqual(second.source.lines.positionAt(12));
      expect(cache.take("b")).toBeUndefined();
      expect(cache.size).toBe(1);
    });

    it("stops packing once the packed share is full, until an article is taken", () => {
      const small = packedSize(named("a"));
      const big = filling(small * 1.5);
      const cache = new ArticleCache(budgetFor(big), packer);
      expect(cache.put("big", big)).toBe(true);
      packs.length = 0;
      expect(cache.put("a", named("a"))).toBe(true);
      expect(cache.put("b", named("b"))).toBe(false);
      expect(cache.put("c", named("c"))).toBe(false);
      expect(packs).toEqual(["a", "b"]);
      cache.take("a");
      expect(cache.put("c", named("c"))).toBe(true);
      expect(packs).toEqual(["a", "b", "c"]);
    });

    it("leaves out an article it cannot pack, and reports none for one it cannot unpack: the file is read again", () => {
      const big = filling(10_000);
      let failPack = true;
      const flaky: ArticlePacker = {
        pack: (a) => {
          if (failPack) throw new RangeError("out of memory");
          return packer.pack(a);
        },
        unpack: () => {
          throw new Error("corrupt");
        },
      };
      const cache = new ArticleCache(budgetFor(big), flaky);
      expect(cache.put("big", big)).toBe(true);
      expect(cache.put("a", named("a"))).toBe(false);
      failPack = false;
      expect(cache.put("b", named("b"))).toBe(true);
      expect(cache.take("b")).toBeUndefined();
      expect(cache.size).toBe(1);
    });
  });
});
