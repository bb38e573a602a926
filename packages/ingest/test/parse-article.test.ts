import { chooseParser, SourceFile } from "@copydesk/core";
import { describe, expect, it } from "vitest";
import { defaultParsers, htmlParser, markdownParser, ninjsParser, parseArticle, textParser } from "../src/index.js";
import { parse, readShared } from "./helpers/positions.js";

const HTML = "<!doctype html><html><body><article><h1>H</h1><p>Text.</p></article></body></html>";
const MARKDOWN = "# Heading\n\nText with a [link](https://example.com).\n";
const NINJS = '{"uri": "urn:x", "headline": "H", "body_text": "Text."}';
const TEXT = "Title\n\nText.\n";

const formatOf = (uri: string, text: string): string | undefined => chooseParser(defaultParsers, new SourceFile({ uri, text }))?.format;

describe("choosing a parser", () => {
  it("goes by the extension first, in any case", () => {
    const byExtension: Array<[string, string]> = [
      ["a.html", "html"], ["a.htm", "html"], ["a.xhtml", "html"], ["a.shtml", "html"], ["A.HTML", "html"],
      ["a.md", "markdown"], ["a.markdown", "markdown"], ["a.mdown", "markdown"], ["a.MD", "markdown"],
      ["a.txt", "text"], ["a.text", "text"],
      ["a.json", "ninjs"], ["a.ninjs", "ninjs"],
      ["dir.with.dots/story.md", "markdown"],
    ];
    // The content says otherwise; the extension wins.
    for (const [uri, format] of byExtension) expect(formatOf(uri, TEXT), uri).toBe(format);
  });

  it("sniffs the content when the extension says nothing", () => {
    expect(formatOf("story", HTML)).toBe("html");
    expect(formatOf("story", "  \n<p>A fragment.</p>")).toBe("html");
    expect(formatOf("story.xml", "<div>Text</div>")).toBe("html");
    expect(formatOf("story", MARKDOWN)).toBe("markdown");
    expect(formatOf("story", "---\ntitle: x\n---\nText")).toBe("markdown");
    expect(formatOf("story", "Text with a [link](https://example.com) only.")).toBe("markdown");
    expect(formatOf("story", NINJS)).toBe("ninjs");
    expect(formatOf("story", TEXT)).toBe("text");
    expect(formatOf("story.dat", "{\"not\": \"ninjs\"}")).toBe("text");
    expect(formatOf(".hidden", TEXT)).toBe("text");
  });

  it("does not take text that merely mentions a tag for HTML", () => {
    expect(formatOf("story", "Use the <p> tag for paragraphs.")).toBe("text");
    expect(formatOf("story", "<3 this story")).toBe("text");
  });

  it("lets an explicit format override extension and content", () => {
    expect(parseArticle(new SourceFile({ uri: "a.txt", text: HTML }), "html").format).toBe("html");
    expect(parseArticle(new SourceFile({ uri: "a.html", text: "# Heading" }), "markdown").blocks[0]?.kind).toBe("headline");
  });

  it("exports each parser with its format, and plain text last (it takes anything)", () => {
    expect(defaultParsers.map((parser) => parser.format)).toEqual(["html", "markdown", "ninjs", "text"]);
    expect([htmlParser, markdownParser, ninjsParser, textParser].map((parser) => parser.format)).toEqual(["html", "markdown", "ninjs", "text"]);
    expect(textParser.sniff("anything")).toBe(true);
  });
});

describe("parseArticle", () => {
  it("gives the article the file's uri as its id and keeps the source", () => {
    const source = new SourceFile({ uri: "feeds/seed.txt", text: readShared("seed/article.txt") });
    const article = parseArticle(source);
    expect(article.id).toBe("feeds/seed.txt");
    expect(article.source).toBe(source);
    expect(article.blocks.map((block) => block.index)).toEqual(article.blocks.map((_, index) => index));
  });

  it("reads the same story from the seed's HTML and text files", () => {
    const html = parse(readShared("seed/article.html"), "seed/article.html");
    const text = parse(readShared("seed/article.txt"), "seed/article.txt");
    expect(html.format).toBe("html");
    expect(text.format).toBe("text");
    expect(html.blocks.map((block) => block.text)).toEqual(text.blocks.map((block) => block.text));
    expect(html.metadata.headline).toBe(text.metadata.headline);
  });

  it("throws an Error that says what is wrong, for a .json file that is not ninjs", () => {
    expect(() => parse('{"title": "x"}', "data.json")).toThrowError(/^not a ninjs document: no headline or body/);
    expect(() => parse("not json at all", "data.json")).toThrowError("invalid JSON at line 1, column 1: unexpected 'n', expected a value");
  });
});
