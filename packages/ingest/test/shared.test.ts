// The building blocks every reader shares, tested on their own.
import { MappedTextBuilder } from "@copydesk/core";
import { describe, expect, it } from "vitest";
import { planMarkdown } from "../src/markdown/limits.js";
import { scanJson, stringMap } from "../src/ninjs/json-scanner.js";
import { alignDecoded, matchCharRef } from "../src/shared/align.js";
import { lineOuter } from "../src/shared/blocks.js";
import { authorsFromByline, datelineOf, isBylineText } from "../src/shared/byline.js";
import { scanComments } from "../src/shared/comments.js";
import { MetadataCollector } from "../src/shared/metadata.js";

describe("matchCharRef", () => {
  const cases: Array<[string, boolean, { length: number; value: string } | undefined]> = [
    ["&amp; x", false, { length: 5, value: "&" }],
    ["&amp x", false, { length: 4, value: "&" }],
    ["&amp x", true, undefined],
    ["&copy 2025", false, { length: 5, value: "©" }],
    ["&copyright", false, { length: 5, value: "©" }],
    ["&#8217;s", false, { length: 7, value: "’" }],
    ["&#8217s", false, { length: 6, value: "’" }],
    ["&#8217s", true, undefined],
    ["&#x2019;", true, { length: 8, value: "’" }],
    ["&#X2019;", false, { length: 8, value: "’" }],
    ["&#128240;", false, { length: 9, value: "📰" }],
    ["&notanentity;", false, { length: 4, value: "¬" }],
    ["&notanentity;", true, undefined],
    ["&xyz;", false, undefined],
    ["&#;", false, undefined],
    ["& amp;", false, undefined],
    ["&", false, undefined],
  ];
  for (const [raw, strict, expected] of cases) {
    it(`${strict ? "strictly " : ""}reads ${JSON.stringify(raw)} as ${expected === undefined ? "no reference" : JSON.stringify(expected.value)}`, () => {
      expect(matchCharRef(raw, 0, strict)).toEqual(expected);
    });
  }

  it("takes every digit of an out-of-range number as one reference, as HTML does", () => {
    expect(matchCharRef(`&#${"1".repeat(50)}; x`, 0, false)).toEqual({ length: 53, value: "\uFFFD" });
    expect(matchCharRef(`&#x${"f".repeat(30)} x`, 0, false)).toEqual({ length: 33, value: "\uFFFD" });
    expect(matchCharRef("&#99999999999 x", 0, false)).toEqual({ length: 13, value: "\uFFFD" });
  });

  it("stops reading a name after a bounded length", () => {
    expect(matchCharRef(`&${"a".repeat(50)};`, 0, false)).toBeUndefined();
  });
});

describe("alignDecoded", () => {
  const align = (decoded: string, raw: string, markdown = false): Array<[string, string]> => {
    const builder = new MappedTextBuilder();
    alignDecoded(builder, decoded, raw, 0, raw.length, { backslashEscapes: markdown, strictRefs: markdown });
    const mapped = builder.build();
    return [...mapped.text].map((char, i) => [char, raw.slice(mapped.sourceStartOf(i), mapped.sourceEndOf(i))]);
  };

  it("maps a decoded reference to its whole reference and plain characters to themselves", () => {
    expect(align("a&b", "a&amp;b")).toEqual([["a", "a"], ["&", "&amp;"], ["b", "b"]]);
    expect(align("a&b", "a&b")).toEqual([["a", "a"], ["&", "&"], ["b", "b"]]);
  });

  it("maps a Markdown escape to its two characters and skips markup that made no text", () => {
    expect(align("*x*", "\\*x\\*", true)).toEqual([["*", "\\*"], ["x", "x"], ["*", "\\*"]]);
    expect(align("ab", "a**b**", true)).toEqual([["a", "a"], ["b", "b"]]);
  });

  it("maps a decoded CRLF line break to both characters", () => {
    expect(align("a\nb", "a\r\nb")).toEqual([["a", "a"], ["\n", "\r\n"], ["b", "b"]]);
  });
});

describe("JSON scanner", () => {
  it("keeps the range of every value and decodes strings", () => {
    const text = '{"a": [1, true, null, "x\\ny"], "b": {"c": -2.5e3}}';
    const root = scanJson(text);
    expect(root.type).toBe("object");
    if (root.type !== "object") return;
    const a = root.entries.get("a");
    expect(a?.type === "array" && text.slice(a.start, a.end)).toBe('[1, true, null, "x\\ny"]');
    if (a?.type !== "array") return;
    const string = a.items[3];
    expect(string?.type === "string" && string.value).toBe("x\ny");
    const b = root.entries.get("b");
    expect(b?.type === "object" && b.entries.get("c")).toMatchObject({ type: "number", value: -2500 });
  });

  it("maps a string's characters through its escapes", () => {
    const text = '"a\\"b\\u00e9\\/c"';
    const node = scanJson(text);
    if (node.type !== "string") throw new Error("not a string");
    const map = stringMap(text, node);
    expect(map.text).toBe('a"bé/c');
    expect([...map.text].map((_, i) => text.slice(map.sourceStartOf(i), map.sourceEndOf(i)))).toEqual(["a", '\\"', "b", "\\u00e9", "\\/", "c"]);
  });
});

describe("bylines and datelines", () => {
  it("recognises bylines and rejects sentences", () => {
    for (const text of ["By Jane Doe", "BY JANE DOE", "By Frances d'Emilio", "By Ana de la Cruz", "By Jo Smith, Reuters"]) expect(isBylineText(text), text).toBe(true);
    for (const text of ["By March, officials said", "By the way", "Bypass Road Closed", "By", "By 2030 emissions must fall"]) expect(isBylineText(text), text).toBe(false);
  });

  it("reads names out of bylines", () => {
    const cases: Array<[string, string[]]> = [
      ["By Dana Okafor, Northline News Agency", ["Dana Okafor"]],
      ["Paulo Santalucia and Frances d'Emilio", ["Paulo Santalucia", "Frances d'Emilio"]],
      ["BY JANE DOE AND JOHN ROE", ["JANE DOE", "JOHN ROE"]],
      ["By Tom E Smith", ["Tom E Smith"]],
      ["Von Christian Hollmann, dpa", ["Christian Hollmann"]],
      ["Par Marie Curie et Pierre Curie", ["Marie Curie", "Pierre Curie"]],
      ["By Lena Marsh | Reuters", ["Lena Marsh"]],
      ["By Ann Lee, Tom Fry and Kim Park", ["Ann Lee", "Tom Fry", "Kim Park"]],
      ["By Staff Reporter", ["Staff Reporter"]],
    ];
    for (const [byline, names] of cases) expect(authorsFromByline(byline), byline).toEqual(names);
  });

  it("reads the place of a dateline", () => {
    expect(datelineOf("KYIV, March 4 (Reuters) — Talks resumed.")).toBe("KYIV");
    expect(datelineOf("SÃO PAULO, Jan 2 — Text.")).toBe("SÃO PAULO");
    expect(datelineOf("WASHINGTON (AP) -- Text.")).toBe("WASHINGTON");
    expect(datelineOf("The talks — which began — resumed.")).toBeUndefined();
    expect(datelineOf("A — b")).toBeUndefined();
  });
});

describe("lineOuter", () => {
  it("takes whole lines and the blank lines after them, but not a file's last blank lines", () => {
    const text = "one\ntwo\n\n\nthree\n\n";
    expect(lineOuter(text, 0, 7)).toEqual({ start: 0, end: 10 });
    expect(lineOuter(text, 10, 15)).toEqual({ start: 10, end: 16 });
  });
});

describe("scanComments", () => {
  it("finds every comment in a range, an unclosed one running to the range's end", () => {
    const text = "a <!-- one --> b <!-- two";
    expect(scanComments(text, 0, text.length)).toEqual([
      { text: "one", start: 2, end: 14 },
      { text: "two", start: 17, end: text.length },
    ]);
  });
});

describe("MetadataCollector", () => {
  it("keeps the first value of a field and records every value with its origin", () => {
    const collector = new MetadataCollector();
    collector.set("headline", "  First\n headline ", "json-ld");
    collector.set("headline", "Second", "meta:og:title");
    collector.set("headline", "", "title");
    collector.set("published", 20250101, "ninjs:x");
    const metadata = collector.build();
    expect(metadata.headline).toBe("First headline");
    expect(metadata.published).toBe("20250101");
    expect(metadata.origins).toEqual([
      { field: "headline", value: "First headline", from: "json-ld" },
      { field: "headline", value: "Second", from: "meta:og:title" },
      { field: "published", value: "20250101", from: "ninjs:x" },
    ]);
  });

  it("keeps each author once, ordered by the most trusted place that names them", () => {
    const collector = new MetadataCollector();
    collector.addAuthor("Mo Meta", "meta:author");
    collector.addAuthor("Tom Fry", "microdata");
    collector.addAuthor("Ann Lee", "byline");
    collector.addAuthor("TOM FRY", "byline");
    collector.addAuthor("Lu Ld", "json-ld");
    collector.addAuthor(42, "json-ld");
    expect(collector.build().authors).toEqual(["Lu Ld", "Ann Lee", "Tom Fry", "Mo Meta"]);
  });
});

describe("planMarkdown", () => {
  it("allows ordinary emphasis and turns it off for a flood of markers", () => {
    expect(planMarkdown("Some *emphasis* and __strong__ text.\n\nMore *text*.")).toEqual({ emphasis: true });
    expect(planMarkdown("*_a".repeat(1000))).toEqual({ emphasis: false });
    // The same markers spread over paragraphs cost little.
    expect(planMarkdown(Array.from({ length: 1000 }, () => "*a* _b_").join("\n\n"))).toEqual({ emphasis: true });
  });

  it("counts nesting from markers and, inside a list, from indentation", () => {
    expect(() => planMarkdown(`${"> ".repeat(32)}ok`)).not.toThrow();
    expect(() => planMarkdown(`${"> ".repeat(33)}no`)).toThrowError("Markdown nested 33 levels deep at line 1");
    expect(() => planMarkdown(`- a\n${" ".repeat(70)}- deep`)).toThrowError("Markdown nested 36 levels deep at line 2");
    // Indented text outside a list is a code block, not nesting.
    expect(() => planMarkdown(`Text\n\n${" ".repeat(70)}code`)).not.toThrow();
  });
});
