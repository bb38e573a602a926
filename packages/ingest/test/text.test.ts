import { describe, expect, it } from "vitest";
import {
  decoders, expectFaithfulMap, kinds, outerOf, parseText, readShared, sourceOf, sourceOfPhrase, startOf, summary, texts,
} from "./helpers/positions.js";

const MENAFN =
  "MENAFN provides the information “as is” without warranty of any kind. We do not accept any responsibility or liability " +
  "for the accuracy, content, images, videos, licenses, completeness, legality, or reliability of the information contained " +
  "in this article. If you have any complaints or copyright issues related to this article, kindly contact the provider above.";

describe("plain text: the seed article as received", () => {
  const article = parseText(readShared("seed/article.txt"));

  it("reads a title line, one paragraph per line, and joins the hard-wrapped disclaimer", () => {
    expect(kinds(article)).toEqual(["headline", "paragraph", "paragraph", "paragraph", "paragraph", "paragraph", "paragraph", "paragraph", "paragraph"]);
    expect(article.blocks[0]?.text).toBe("Kremlin excludes Putin attending Ukraine peace discussions");
    expect(article.blocks[1]?.text.startsWith("The talks, scheduled to resume Thursday,")).toBe(true);
    expect(article.blocks[1]?.text.endsWith("in favor of continued conflict with Western backing.")).toBe(true);
    expect(article.blocks[5]?.text).toBe("Legal Disclaimer:");
    expect(article.blocks[6]?.text).toBe(MENAFN);
    expect(article.blocks[7]?.text).toBe("Legal Disclaimer:");
    expect(article.blocks[8]?.text.startsWith('EIN Presswire provides this news content "as is" without warranty')).toBe(true);
    expect(article.blocks[8]?.text.endsWith("kindly contact the author above.")).toBe(true);
  });

  it("maps every character to the same character of the file", () => {
    expectFaithfulMap(article, decoders.text);
    for (const block of article.blocks) {
      for (let i = 0; i < block.text.length; i++) {
        const source = article.source.text.slice(block.map.sourceStartOf(i), block.map.sourceEndOf(i));
        if (block.text[i] !== " ") expect(source).toBe(block.text[i]);
      }
    }
  });

  it("maps the joined wraps of the disclaimer to the line breaks they replace", () => {
    const block = article.blocks[6]!;
    expect(sourceOf(article, block)).toBe(
      "MENAFN provides the\ninformation “as is” without warranty of any kind. We do not accept\nany responsibility or liability for the accuracy, content, images,\n" +
        "videos, licenses, completeness, legality, or reliability of the information\ncontained in this article. If you have any complaints or copyright\n" +
        "issues related to this article, kindly contact the provider above.",
    );
    const space = block.text.indexOf(" information");
    expect(article.source.text.slice(block.map.sourceStartOf(space), block.map.sourceEndOf(space))).toBe("\n");
    expect(startOf(article, 6)).toEqual({ line: 7, column: 1 });
    expect(sourceOfPhrase(article, 6, "kindly contact the provider above.")).toBe("kindly contact the provider above.");
    const at = article.source.lines.positionAt(block.map.toSource(block.text.indexOf("videos"), block.text.indexOf("videos") + 6).start);
    expect([at.line, at.column]).toEqual([10, 1]);
  });

  it("puts each Kiev at its line and column in the file", () => {
    const positions = article.blocks.flatMap((block) => {
      const found: string[] = [];
      for (let at = block.text.indexOf("Kiev"); at !== -1; at = block.text.indexOf("Kiev", at + 1)) {
        const range = block.map.toSource(at, at + 4);
        const { line, column } = article.source.lines.positionAt(range.start);
        expect(article.source.text.slice(range.start, range.end)).toBe("Kiev");
        found.push(`${line}:${column}`);
      }
      return found;
    });
    expect(positions).toEqual(["2:91", "2:258", "5:75"]);
  });

  it("gives each block its whole lines as the range a fix deletes", () => {
    expect(outerOf(article, 0)).toBe("Kremlin excludes Putin attending Ukraine peace discussions\n");
    expect(outerOf(article, 5)).toBe("Legal Disclaimer:\n");
    expect(outerOf(article, 6).startsWith("MENAFN provides the\n")).toBe(true);
    expect(outerOf(article, 6).endsWith("kindly contact the provider above.\n")).toBe(true);
    // The last line has a line break too: deleting the block removes it.
    expect(outerOf(article, 8).endsWith("kindly contact the author above.\n")).toBe(true);
    expect(article.blocks[8]?.outer.end).toBe(article.source.text.length);
  });

  it("reads metadata as the editor expects: a headline, no byline, no dateline", () => {
    expect(article.metadata.headline).toBe("Kremlin excludes Putin attending Ukraine peace discussions");
    expect(article.metadata.authors).toEqual([]);
    expect(article.metadata.dateline).toBeUndefined();
    expect(article.comments).toEqual([]);
    expect(article.format).toBe("text");
  });
});

describe("plain text: paragraphs", () => {
  it("separates paragraphs by blank lines and joins every wrapped line inside one", () => {
    const article = parseText("Storm closes ports\n\nHeavy rain closed the port on Monday\nand the ferry was cancelled.\nMore rain is forecast.\n\nOfficials said the road would reopen.\n");
    expect(summary(article)).toEqual([
      ["headline", "Storm closes ports"],
      ["paragraph", "Heavy rain closed the port on Monday and the ferry was cancelled. More rain is forecast."],
      ["paragraph", "Officials said the road would reopen."],
    ]);
    expect(outerOf(article, 0)).toBe("Storm closes ports\n\n");
    expect(outerOf(article, 1)).toBe("Heavy rain closed the port on Monday\nand the ferry was cancelled.\nMore rain is forecast.\n\n");
    expect(outerOf(article, 2)).toBe("Officials said the road would reopen.\n");
    expectFaithfulMap(article, decoders.text);
  });

  it("without blank lines, takes a line per paragraph but joins a line that goes on mid-sentence", () => {
    const article = parseText(
      "Storm closes ports\nHeavy rain closed the port on Monday and the\nferry was cancelled, officials said.\nA second storm is forecast for Friday,\nwith winds of up to 100 km/h.\nSchools will stay open.\n",
    );
    expect(texts(article)).toEqual([
      "Storm closes ports",
      "Heavy rain closed the port on Monday and the ferry was cancelled, officials said.",
      "A second storm is forecast for Friday, with winds of up to 100 km/h.",
      "Schools will stay open.",
    ]);
    expectFaithfulMap(article, decoders.text);
  });

  it("keeps a label line ending in a colon apart from the text after it", () => {
    const article = parseText("Title\nNote:\nthe figures are provisional.\n");
    expect(texts(article)).toEqual(["Title", "Note:", "the figures are provisional."]);
  });

  it("takes the first non-blank line as the headline, trimmed, whatever comes before it", () => {
    const article = parseText("\n\n   Title with spaces   \nBody line one.\n");
    expect(summary(article)).toEqual([
      ["headline", "Title with spaces"],
      ["paragraph", "Body line one."],
    ]);
    expect(sourceOf(article, 0)).toBe("Title with spaces");
    expect(startOf(article, 0)).toEqual({ line: 3, column: 4 });
    expect(outerOf(article, 0)).toBe("   Title with spaces   \n");
  });

  it("reads a file that is only a title", () => {
    const article = parseText("Headline only");
    expect(summary(article)).toEqual([["headline", "Headline only"]]);
    expect(article.blocks[0]?.outer).toEqual({ start: 0, end: 13 });
  });

  it("splits at CRLF and at a lone CR and maps across them", () => {
    const crlf = parseText("Title\r\n\r\nFirst line\r\nwrapped here.\r\n\r\nSecond.\r\n");
    expect(texts(crlf)).toEqual(["Title", "First line wrapped here.", "Second."]);
    expect(sourceOf(crlf, 1)).toBe("First line\r\nwrapped here.");
    const space = crlf.blocks[1]!.text.indexOf(" wrapped");
    expect(crlf.source.text.slice(crlf.blocks[1]!.map.sourceStartOf(space), crlf.blocks[1]!.map.sourceEndOf(space))).toBe("\r\n");
    expect(outerOf(crlf, 1)).toBe("First line\r\nwrapped here.\r\n\r\n");
    expect(startOf(crlf, 2)).toEqual({ line: 6, column: 1 });
    expectFaithfulMap(crlf, decoders.text);

    const cr = parseText("Title\rOne.\rTwo.\r");
    expect(texts(cr)).toEqual(["Title", "One.", "Two."]);
    expect(outerOf(cr, 1)).toBe("One.\r");
    expect(startOf(cr, 2)).toEqual({ line: 3, column: 1 });
    expectFaithfulMap(cr, decoders.text);
  });

  it("folds tabs, no-break spaces and runs of spaces into one space and drops invisible characters", () => {
    const article = parseText("Title\nTalks\u00A0resumed\tin   Kyiv\u200B today.\n");
    expect(article.blocks[1]?.text).toBe("Talks resumed in Kyiv today.");
    expect(sourceOfPhrase(article, 1, "in Kyiv")).toBe("in   Kyiv");
    expectFaithfulMap(article, decoders.text);
  });

  it("composes decomposed accents (NFC) and maps the composed letter to both source characters", () => {
    const article = parseText("Title\nCafe\u0301 in Zu\u0308rich.\n");
    expect(article.blocks[1]?.text).toBe("Café in Zürich.");
    expect(sourceOfPhrase(article, 1, "é")).toBe("e\u0301");
    expectFaithfulMap(article, decoders.text);
  });
});

describe("plain text: bylines", () => {
  const cases: Array<{ line: string; authors: string[] }> = [
    { line: "By Jane Doe", authors: ["Jane Doe"] },
    { line: "BY JANE DOE AND JOHN ROE", authors: ["JANE DOE", "JOHN ROE"] },
    { line: "By Dana Okafor, Northline News Agency", authors: ["Dana Okafor"] },
    { line: "By Paulo Santalucia and Frances d'Emilio", authors: ["Paulo Santalucia", "Frances d'Emilio"] },
    { line: "By Lena Marsh | Reuters", authors: ["Lena Marsh"] },
    { line: "By Ana de la Cruz and Tom Fry, Staff Reporters", authors: ["Ana de la Cruz", "Tom Fry"] },
  ];
  for (const { line, authors } of cases) {
    it(`reads "${line}" as a byline naming ${authors.join(" and ")}`, () => {
      const article = parseText(`Talks resume\n\n${line}\n\nTalks resumed on Tuesday after a pause.\n`);
      expect(summary(article)).toEqual([
        ["headline", "Talks resume"],
        ["byline", line],
        ["paragraph", "Talks resumed on Tuesday after a pause."],
      ]);
      expect(article.metadata.authors).toEqual(authors);
      expect(article.metadata.origins.filter((origin) => origin.field === "authors").map((origin) => origin.from)).toEqual(authors.map(() => "byline"));
      expect(outerOf(article, 1)).toBe(`${line}\n\n`);
    });
  }

  it("takes a byline line on its own even without blank lines around it", () => {
    const article = parseText("Talks resume\nBy Jo Smith\nTalks resumed on Tuesday.\n");
    expect(kinds(article)).toEqual(["headline", "byline", "paragraph"]);
    expect(article.metadata.authors).toEqual(["Jo Smith"]);
  });

  const notBylines = [
    "By March, officials said the talks had stalled.",
    "By the end of the year the port will reopen.",
    "Bystanders Said Nothing",
    "By 2030 Emissions Must Fall",
  ];
  for (const line of notBylines) {
    it(`does not take "${line}" for a byline`, () => {
      const article = parseText(`Title\n\n${line}\n\nSecond paragraph.\n`);
      expect(article.blocks[1]?.kind).toBe("paragraph");
      expect(article.metadata.authors).toEqual([]);
    });
  }
});

describe("plain text: datelines", () => {
  const cases: Array<{ opening: string; dateline: string | undefined }> = [
    { opening: "KYIV, March 4 (Reuters) — Talks resumed on Tuesday.", dateline: "KYIV" },
    { opening: "WASHINGTON (AP) -- The Senate voted on Friday.", dateline: "WASHINGTON" },
    { opening: "PORT ELWYN, June 3 (Northline) — The board voted 5-2.", dateline: "PORT ELWYN" },
    { opening: "GROSSETO, Italy (AP) -- The trial began.", dateline: "GROSSETO" },
    { opening: "LONDON – Shares rose in early trading.", dateline: "LONDON" },
    { opening: "The talks — which began in 2022 — resumed.", dateline: undefined },
    { opening: "NATO allies met on Tuesday in Brussels.", dateline: undefined },
  ];
  for (const { opening, dateline } of cases) {
    it(`reads the dateline of "${opening.slice(0, 32)}..." as ${dateline ?? "none"}`, () => {
      const article = parseText(`Title\n\n${opening}\n`);
      expect(article.metadata.dateline).toBe(dateline);
      expect(article.blocks[1]?.text).toBe(opening);
    });
  }
});
