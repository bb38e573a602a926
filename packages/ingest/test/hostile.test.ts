// Hostile and degenerate input: every case parses to a sensible article or fails with a clear Error.
import type { Element } from "domhandler";
import { describe, expect, it } from "vitest";
import { tagOf } from "../src/html/dom.js";
import { decoders, expectFaithfulMap, outerOf, parse, parseHtml, parseMarkdown, parseNinjs, parseText, sourceOf } from "./helpers/positions.js";

const FORMATS: Array<[string, string]> = [
  ["story.html", "html"],
  ["story.md", "markdown"],
  ["story.txt", "text"],
  ["story.json", "ninjs"],
];

describe("empty and blank files", () => {
  for (const [uri, format] of FORMATS) {
    for (const [name, text] of [["empty", ""], ["white space only", "  \n\t\r\n  \u00A0 \n"]] as const) {
      it(`reads an ${name} ${format} file as an article with no blocks`, () => {
        const article = parse(text, uri);
        expect(article.format).toBe(format);
        expect(article.blocks).toEqual([]);
        expect(article.metadata).toEqual({ authors: [], origins: [] });
        expect(article.comments).toEqual([]);
      });
    }
  }

  it("reads a file of markup with no text as no blocks", () => {
    expect(parseHtml("<html><body><div><span></span></div></body></html>").blocks).toEqual([]);
    expect(parseMarkdown("***\n\n```\ncode only\n```\n").blocks).toEqual([]);
  });
});

describe("tag names that are Object's members", () => {
  it("reads <constructor>, <__proto__> and <toString> as unknown elements holding text", () => {
    const article = parseHtml("<html><body><article><constructor><p>Talks in Kiev resumed on Monday.</p></constructor><__proto__><p>Ministers met in Odesa.</p></__proto__><toString>Crews worked overnight.</toString></article></body></html>");
    expect(article.blocks.map((block) => block.text).join(" | ")).toContain("Talks in Kiev resumed on Monday.");
    expect(article.blocks.map((block) => block.text).join(" | ")).toContain("Ministers met in Odesa.");
    for (const name of ["constructor", "__proto__", "toString", "hasOwnProperty"]) expect(tagOf({ name } as Element)).toBe(name.toLowerCase());
  });
});

describe("deep nesting", () => {
  it("reads 10,000 nested divs", () => {
    const article = parseHtml(`<html><body>${"<div>".repeat(10000)}deep text${"</div>".repeat(10000)}</body></html>`);
    expect(article.blocks.map((block) => block.text)).toEqual(["deep text"]);
    expect(sourceOf(article, 0)).toBe("deep text");
  });

  it("reads 10,000 nested divs that each hold a paragraph, beyond the walk depth as one block", () => {
    const paragraph = "Para text that is long enough to count as body text.";
    const article = parseHtml(`<html><body>${`<div><p>${paragraph}</p>`.repeat(10000)}${"</div>".repeat(10000)}</body></html>`);
    expect(article.blocks.length).toBeGreaterThan(100);
    expect(article.blocks[0]?.text).toBe(paragraph);
    const words = article.blocks.reduce((sum, block) => sum + block.text.split(paragraph).length - 1, 0);
    expect(words).toBe(10000);
    expectFaithfulMap(article, decoders.html);
  });

  it("reads 10,000 nested inline elements and 10,000 unclosed ones", () => {
    expect(parseHtml(`<p>${"<span>".repeat(10000)}x${"</span>".repeat(10000)}</p>`).blocks.map((block) => block.text)).toEqual(["x"]);
    expect(parseHtml(`<p>start ${"<b>".repeat(10000)}<p>x`).blocks.map((block) => block.text)).toEqual(["start", "x"]);
  });

  it("refuses JSON nested deeper than 512 levels with a clear error", () => {
    expect(() => parseNinjs("[".repeat(10000))).toThrowError("invalid JSON at line 1, column 514: nesting deeper than 512 levels");
  });

  it("refuses Markdown nested deeper than 32 levels with a clear error", () => {
    expect(() => parseMarkdown(`${"> ".repeat(10000)}quote`)).toThrowError("Markdown nested 10000 levels deep at line 1: copydesk reads lists and quotes at most 32 levels deep");
  });
});

describe("one huge line", () => {
  const line = "word ".repeat(200_000).trim();

  it("reads a 1 MB paragraph of HTML", () => {
    const article = parseHtml(`<p>${line}</p>`);
    expect(article.blocks).toHaveLength(1);
    expect(article.blocks[0]?.text).toBe(line);
    expect(outerOf(article, 0)).toBe(`<p>${line}</p>`);
  });

  it("reads a 1 MB line of plain text and of Markdown", () => {
    expect(parseText(`Title\n${line}`).blocks[1]?.text).toBe(line);
    expect(parseMarkdown(line).blocks[0]?.text).toBe(line);
  });

  it("reads a 1 MB line with no spaces", () => {
    const solid = "x".repeat(1_000_000);
    expect(parseText(solid).blocks[0]?.text.length).toBe(1_000_000);
    expect(parseHtml(`<p>${solid}</p>`).blocks[0]?.text.length).toBe(1_000_000);
  });

  it("reads a 1 MB body_text in a ninjs string", () => {
    const article = parseNinjs(JSON.stringify({ uri: "u", headline: "H", body_text: line }));
    expect(article.blocks[1]?.text).toBe(line);
  });
});

describe("floods of one construct", () => {
  it("reads 100,000 &amp; in HTML, each mapped to its reference", () => {
    const article = parseHtml(`<p>${"&amp;".repeat(100_000)}</p>`);
    const block = article.blocks[0]!;
    expect(block.text).toBe("&".repeat(100_000));
    expect(block.map.sourceStartOf(99_999)).toBe(3 + 5 * 99_999);
    expect(block.map.sourceEndOf(99_999)).toBe(3 + 5 * 100_000);
  });

  it("reads 100,000 &amp; without semicolons in HTML, and &amp; in Markdown (where it needs one)", () => {
    expect(parseHtml(`<p>${"&amp".repeat(100_000)}</p>`).blocks[0]?.text).toBe("&".repeat(100_000));
    expect(parseMarkdown("&amp;".repeat(20_000)).blocks[0]?.text).toBe("&".repeat(20_000));
    expect(parseMarkdown("&amp".repeat(1000)).blocks[0]?.text).toBe("&amp".repeat(1000));
  });

  it("reads 100,000 &amp; in a ninjs HTML body", () => {
    const article = parseNinjs(JSON.stringify({ uri: "u", headline: "H", body_html: `<p>${"&amp;".repeat(100_000)}</p>` }));
    expect(article.blocks[1]?.text).toBe("&".repeat(100_000));
  });

  it("reads 100,000 quote marks and 100,000 '<' as text", () => {
    expect(parseHtml(`<p>${"“".repeat(100_000)}</p>`).blocks[0]?.text.length).toBe(100_000);
    expect(parseHtml(`<p>${"<".repeat(100_000)}</p>`).blocks[0]?.text).toBe("<".repeat(100_000));
    expect(parseText(`T\n${'"'.repeat(100_000)}`).blocks[1]?.text.length).toBe(100_000);
  });

  it("reads 50,000 unclosed comments as one comment running to the end", () => {
    const html = "<p>Text.</p>" + "<!--".repeat(50_000);
    const article = parseHtml(html);
    expect(article.blocks.map((block) => block.text)).toEqual(["Text."]);
    expect(article.comments).toHaveLength(1);
    expect(article.comments[0]?.end).toBe(html.length);
  });

  it("reads 20,000 emphasis markers in a Markdown paragraph literally instead of slowly", () => {
    const article = parseMarkdown(`${"*_a".repeat(20_000)}`);
    expect(article.blocks[0]?.text).toBe("*_a".repeat(20_000));
  });

  it("reads 20,000 backslash escapes in Markdown, each mapped to its two characters", () => {
    const article = parseMarkdown("\\*".repeat(20_000));
    const block = article.blocks[0]!;
    expect(block.text).toBe("*".repeat(20_000));
    expect([block.map.sourceStartOf(5), block.map.sourceEndOf(5)]).toEqual([10, 12]);
  });

  it("reads 3,000 lines of a plain list in Markdown", () => {
    const article = parseMarkdown(Array.from({ length: 3_000 }, (_, i) => `- item ${i}`).join("\n"));
    expect(article.blocks).toHaveLength(3_000);
    expect(article.blocks[2_999]?.text).toBe("item 2999");
  });
});
