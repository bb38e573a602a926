import { describe, expect, it } from "vitest";
import { articleFromText, fromPlainArticle, toPlainArticle } from "../src/index.js";

describe("article transfer between threads", () => {
  it("survives structured clone with working maps, line index and quotations", () => {
    const article = articleFromText(["Talks in Kiev\nresumed.", "“We are ready,” she said."], { headline: true });
    const withQuotes = { ...article, quotations: [{ kind: "direct" as const, spans: [{ block: 1, start: 1, end: 13 }], text: "We are ready" }] };
    const copy = fromPlainArticle(structuredClone(toPlainArticle(withQuotes)));
    expect(copy.blocks.map((b) => b.text)).toEqual(article.blocks.map((b) => b.text));
    for (const [i, block] of copy.blocks.entries()) {
      const original = article.blocks[i];
      expect(block.map.toSource(0, block.text.length)).toEqual(original?.map.toSource(0, original.text.length));
      expect(block.map.textOffsetAt(block.map.sourceStartOf(3))).toBe(3);
    }
    expect(copy.source.lines.positionAt(article.source.text.indexOf("resumed"))).toEqual({ line: 2, column: 1, offset: 14 });
    expect(copy.quotations).toEqual(withQuotes.quotations);
  });
});
