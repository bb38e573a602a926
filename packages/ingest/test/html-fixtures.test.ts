import { describe, expect, it } from "vitest";
import {
  decoders, expectFaithfulMap, kinds, outerOf, parse, parseText, readShared, sourceOf, sourceOfPhrase, startOf, summary, texts,
} from "./helpers/positions.js";

const positionsOf = (article: ReturnType<typeof parse>, word: string): string[] =>
  article.blocks.flatMap((block) => {
    const found: string[] = [];
    for (let at = block.text.indexOf(word); at !== -1; at = block.text.indexOf(word, at + 1)) {
      const range = block.map.toSource(at, at + word.length);
      expect(article.source.text.slice(range.start, range.end)).toBe(word);
      const { line, column } = article.source.lines.positionAt(range.start);
      found.push(`${line}:${column}`);
    }
    return found;
  });

describe("HTML: the seed article in an aggregator page", () => {
  const article = parse(readShared("seed/article.html"), "seed/article.html");

  it("finds the story inside the page: headline, four paragraphs, two disclaimers", () => {
    expect(kinds(article)).toEqual(["headline", "paragraph", "paragraph", "paragraph", "paragraph", "paragraph", "paragraph", "paragraph", "paragraph"]);
    expect(article.blocks[0]?.text).toBe("Kremlin excludes Putin attending Ukraine peace discussions");
    expect(texts(article).slice(5)).toEqual([
      "Legal Disclaimer:",
      "MENAFN provides the information “as is” without warranty of any kind. We do not accept any responsibility or liability " +
        "for the accuracy, content, images, videos, licenses, completeness, legality, or reliability of the information contained " +
        "in this article. If you have any complaints or copyright issues related to this article, kindly contact the provider above.",
      "Legal Disclaimer:",
      'EIN Presswire provides this news content "as is" without warranty of any kind. We do not accept any responsibility or liability ' +
        "for the accuracy, content, images, videos, licenses, completeness, legality, or reliability of the information contained " +
        "in this article. If you have any complaints or copyright issues related to this article, kindly contact the author above.",
    ]);
  });

  it("reads the same text as the plain-text copy of the article", () => {
    expect(texts(article)).toEqual(texts(parseText(readShared("seed/article.txt"))));
  });

  it("leaves out navigation, related links, the date line and the footer", () => {
    const all = texts(article).join("\n");
    for (const furniture of ["Home", "World", "Business", "Related", "Ceasefire talks stall", "Energy prices climb", "Newswire", "All rights reserved", "Terms", "May 14, 2025"]) {
      expect(all).not.toContain(furniture);
    }
  });

  it("maps every block back to the characters of the HTML source", () => {
    expectFaithfulMap(article, decoders.html);
    expect(sourceOf(article, 0)).toBe("Kremlin excludes Putin attending Ukraine peace discussions");
    expect(sourceOf(article, 6)).toBe(
      "MENAFN provides the\ninformation “as is” without warranty of any kind. We do not accept\nany responsibility or liability for the accuracy, content, images,\n" +
        "videos, licenses, completeness, legality, or reliability of the information\ncontained in this article. If you have any complaints or copyright\n" +
        "issues related to this article, kindly contact the provider above.",
    );
    expect(sourceOfPhrase(article, 1, "That year’s negotiations")).toBe("That year’s negotiations");
  });

  it("puts every Kiev and Zelensky at its line and column in the HTML file", () => {
    expect(positionsOf(article, "Kiev")).toEqual(["16:102", "16:269", "19:86"]);
    expect(positionsOf(article, "Zelensky")).toEqual(["17:193", "19:112"]);
    expect(startOf(article, 0)).toEqual({ line: 13, column: 28 });
    expect(startOf(article, 6)).toEqual({ line: 22, column: 14 });
  });

  it("gives each block its whole element as the range a fix deletes", () => {
    expect(outerOf(article, 0)).toBe('<h1 class="headline">Kremlin excludes Putin attending Ukraine peace discussions</h1>');
    for (const index of [1, 2, 3, 4, 6, 8]) {
      expect(outerOf(article, index).startsWith("<p>")).toBe(true);
      expect(outerOf(article, index).endsWith("</p>")).toBe(true);
    }
    expect(outerOf(article, 5)).toBe("<strong>Legal Disclaimer:</strong>");
    expect(outerOf(article, 7)).toBe("<strong>Legal Disclaimer:</strong>");
  });

  it("reads the page's metadata: JSON-LD headline, date and publisher, no author, no dateline, no credit", () => {
    const { origins, ...metadata } = article.metadata;
    expect(metadata).toEqual({
      authors: [],
      headline: "Kremlin excludes Putin attending Ukraine peace discussions",
      published: "2025-05-14T09:12:00Z",
      publisher: "MENAFN",
      description: "The talks, scheduled to resume Thursday, mark the first direct contact between Moscow and Kiev since 2022.",
      language: "en",
    });
    expect(origins).toContainEqual({ field: "headline", value: "Kremlin excludes Putin attending Ukraine peace discussions", from: "json-ld" });
    expect(origins).toContainEqual({ field: "published", value: "2025-05-14T09:12:00Z", from: "time" });
    expect(origins).toContainEqual({ field: "headline", value: "Kremlin excludes Putin attending Ukraine peace discussions", from: "title" });
    expect(article.comments).toEqual([]);
    expect(article.format).toBe("html");
  });
});

describe("HTML: the wire original (quotes/original.html)", () => {
  const article = parse(readShared("quotes/original.html"), "quotes/original.html");

  it("reads the byline as a byline block and its author", () => {
    expect(kinds(article)).toEqual(["headline", "byline", "paragraph", "paragraph", "paragraph", "paragraph", "paragraph", "paragraph", "paragraph"]);
    expect(article.blocks[1]?.text).toBe("By Dana Okafor, Northline News Agency");
    expect(outerOf(article, 1)).toBe('<p class="byline">By Dana Okafor, Northline News Agency</p>');
    expect(startOf(article, 1)).toEqual({ line: 12, column: 23 });
    expect(article.metadata.authors).toEqual(["Dana Okafor"]);
    expect(article.metadata.origins.filter((origin) => origin.field === "authors")).toEqual([
      { field: "authors", value: "Dana Okafor", from: "json-ld" },
      { field: "authors", value: "Dana Okafor", from: "byline" },
    ]);
  });

  it("reads dateline, publisher, date and canonical link", () => {
    const { origins, ...metadata } = article.metadata;
    expect(metadata).toEqual({
      authors: ["Dana Okafor"],
      headline: "Harbor board approves $240 million expansion of Port Elwyn container terminal",
      published: "2025-06-03T18:40:00Z",
      publisher: "Northline News Agency",
      dateline: "PORT ELWYN",
      canonicalUrl: "https://northline.example/2025/06/03/port-elwyn-terminal",
      language: "en",
    });
    expect(origins).toContainEqual({ field: "dateline", value: "PORT ELWYN", from: "text" });
    expect(origins).toContainEqual({ field: "canonicalUrl", value: "https://northline.example/2025/06/03/port-elwyn-terminal", from: "link:canonical" });
  });

  it("keeps curly quotes and the dash in the text, mapped to their characters", () => {
    expect(article.blocks[2]?.text.startsWith("PORT ELWYN, June 3 (Northline) — The Port Elwyn Harbor Board voted 5-2")).toBe(true);
    expect(article.blocks[3]?.text).toBe(
      "“This is the largest investment in the waterfront in a generation, and it will pay for itself within twelve years,” board chair Miriam Castell said after the vote.",
    );
    expect(sourceOfPhrase(article, 4, "Residents’ Association")).toBe("Residents’ Association");
    expectFaithfulMap(article, decoders.html);
  });
});

describe("HTML: the syndicated rewrite (quotes/syndicated.html)", () => {
  const article = parse(readShared("quotes/syndicated.html"), "quotes/syndicated.html");

  it("reads the headline, seven paragraphs and two identical disclaimers, without the navigation", () => {
    expect(summary(article).slice(0, 2)).toEqual([
      ["headline", "Port Elwyn board backs terminal expansion despite traffic fears"],
      ["paragraph", "Port Elwyn's harbor board has approved a $240 million container terminal expansion after a two-year fight over dredging."],
    ]);
    expect(kinds(article)).toEqual(["headline", ...Array(9).fill("paragraph")]);
    expect(article.blocks[8]?.text).toBe(article.blocks[9]?.text);
    expect(article.blocks[8]?.text.startsWith('Legal Disclaimer: MENAFN provides the information "as is"')).toBe(true);
    expect(texts(article).join(" ")).not.toMatch(/Home|Markets/);
  });

  it("deletes a whole disclaimer paragraph, bold label included", () => {
    expect(outerOf(article, 9).startsWith("<p><b>Legal Disclaimer:</b> MENAFN provides")).toBe(true);
    expect(outerOf(article, 9).endsWith("kindly contact the provider above.</p>")).toBe(true);
    expect(startOf(article, 9)).toEqual({ line: 20, column: 13 });
    expectFaithfulMap(article, decoders.html);
  });

  it("finds no byline, dateline, credit or canonical link", () => {
    const { origins, ...metadata } = article.metadata;
    expect(metadata).toEqual({ authors: [], headline: "Port Elwyn board backs terminal expansion despite traffic fears", language: "en" });
    expect(origins.map((origin) => origin.from)).toEqual(["html:lang", "h1", "title"]);
  });
});
