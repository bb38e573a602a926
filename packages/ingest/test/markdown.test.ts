import { describe, expect, it } from "vitest";
import { decoders, expectFaithfulMap, kinds, outerOf, parseMarkdown, readShared, sourceOf, sourceOfPhrase, startOf, summary, texts } from "./helpers/positions.js";

describe("Markdown: the place-name fixture", () => {
  const article = parseMarkdown(readShared("place-names/mixed.md"));

  it("reads the # heading as the headline, the byline, and six paragraphs", () => {
    expect(kinds(article)).toEqual(["headline", "byline", "paragraph", "paragraph", "paragraph", "paragraph", "paragraph", "paragraph"]);
    expect(summary(article).slice(0, 2)).toEqual([
      ["headline", "Grain corridor reopens as Odessa port resumes loading"],
      ["byline", "By Lena Marsh"],
    ]);
    expect(article.blocks[4]?.text).toBe("“Kiev will not accept a corridor that depends on Moscow's goodwill,” a ministry adviser told reporters, asking not to be named.");
    expect(article.blocks[7]?.text).toBe("Exports through Mykolaiv, which some older maps still label Nikolaev, remain suspended.");
  });

  it("reads the author, the headline and the dateline", () => {
    expect(article.metadata.authors).toEqual(["Lena Marsh"]);
    expect(article.metadata.headline).toBe("Grain corridor reopens as Odessa port resumes loading");
    expect(article.metadata.dateline).toBe("KYIV");
  });

  it("puts each name at its line and column, the headline after its '# '", () => {
    expect(startOf(article, 0)).toEqual({ line: 1, column: 3 });
    const at = (block: number, word: string, from = 0): string => {
      const b = article.blocks[block]!;
      const index = b.text.indexOf(word, from);
      const range = b.map.toSource(index, index + word.length);
      expect(article.source.text.slice(range.start, range.end)).toBe(word);
      const { line, column } = article.source.lines.positionAt(range.start);
      return `${line}:${column}`;
    };
    expect(at(0, "Odessa")).toBe("1:29");
    expect(at(2, "Kiev")).toBe("5:154");
    expect(at(4, "Kiev")).toBe("9:2");
    expect(at(5, "Kiev")).toBe("11:48");
    expect(at(5, "Kievan")).toBe("11:178");
    expect(at(6, "Vladimir Zelensky")).toBe("13:168");
    expectFaithfulMap(article, decoders.markdown);
  });

  it("gives each block its lines and the blank line after as the range a fix deletes", () => {
    expect(outerOf(article, 0)).toBe("# Grain corridor reopens as Odessa port resumes loading\n\n");
    expect(outerOf(article, 1)).toBe("By Lena Marsh\n\n");
    expect(outerOf(article, 7)).toBe("Exports through Mykolaiv, which some older maps still label Nikolaev, remain suspended.\n");
  });
});

describe("Markdown: front matter", () => {
  it("reads title, authors (names and objects), date, canonical, source, credit and more", () => {
    const article = parseMarkdown(`---
title: "Front title"
authors:
  - Ann Lee
  - name: Tom Fry
date: 2025-03-04
canonical: https://example.com/a
source: https://wire.example/story/9
credit: Wire Agency
publisher:
  name: The Gazette
dateline: LISBON
language: pt
copyright: Wire Agency Ltd
summary: What happened.
unknown_key: ignored
---

# The real headline

Text.
`);
    const { origins, ...metadata } = article.metadata;
    expect(metadata).toEqual({
      authors: ["Ann Lee", "Tom Fry"],
      headline: "Front title",
      published: "2025-03-04",
      canonicalUrl: "https://example.com/a",
      basedOn: "https://wire.example/story/9",
      credit: "Wire Agency",
      publisher: "The Gazette",
      dateline: "LISBON",
      language: "pt",
      copyrightHolder: "Wire Agency Ltd",
      description: "What happened.",
    });
    expect(origins.filter((origin) => origin.field === "headline")).toEqual([
      { field: "headline", value: "Front title", from: "front-matter" },
      { field: "headline", value: "The real headline", from: "heading" },
    ]);
    expect(summary(article)).toEqual([
      ["headline", "The real headline"],
      ["paragraph", "Text."],
    ]);
    expect(startOf(article, 0)).toEqual({ line: 19, column: 3 });
  });

  it("reads a single author string, 'by' and a quoted date as written", () => {
    const article = parseMarkdown('---\nby: "Jo Smith and Kim Park"\ndate: "4 March 2025"\n---\nText.\n');
    expect(article.metadata.authors).toEqual(["Jo Smith and Kim Park"]);
    expect(article.metadata.published).toBe("4 March 2025");
    expect(texts(article)).toEqual(["Text."]);
  });

  it("reads front matter with CRLF line endings", () => {
    const article = parseMarkdown('---\r\ntitle: "CRLF"\r\nauthor: Jo\r\n---\r\n\r\n# H\r\n\r\nPara one\r\nwrapped.\r\n');
    expect(article.metadata.headline).toBe("CRLF");
    expect(article.metadata.authors).toEqual(["Jo"]);
    expect(summary(article)).toEqual([
      ["headline", "H"],
      ["paragraph", "Para one wrapped."],
    ]);
    expect(outerOf(article, 1)).toBe("Para one\r\nwrapped.\r\n");
    expectFaithfulMap(article, decoders.markdown);
  });

  it("reads empty front matter as no metadata", () => {
    const article = parseMarkdown("---\n---\n\nText\n");
    expect(article.metadata).toEqual({ authors: [], origins: [] });
    expect(texts(article)).toEqual(["Text"]);
  });

  const invalid: Array<{ name: string; markdown: string; message: RegExp }> = [
    { name: "an unclosed flow list", markdown: "---\ntitle: ok\nauthors: [a, b\ndate: x\n---\n\n# H\n", message: /^invalid YAML front matter at line 4: Flow sequence/ },
    { name: "a bad indent", markdown: "---\ntitle: ok\n  bad: indent\n---\n\n# H\n", message: /^invalid YAML front matter at line 2: / },
    { name: "an unterminated string", markdown: '---\ntitle: ok\nother: 1\nheadline: "no end\n---\n\n# H\n', message: /^invalid YAML front matter at line 4: Missing closing "quote/ },
    { name: "a tab as indentation", markdown: "---\nkey: value\n\tbad: tab\n---\n\n# H\n", message: /^invalid YAML front matter at line 3: Tabs are not allowed/ },
    { name: "a list instead of keys", markdown: "---\n- a\n- b\n---\n\n# H\n", message: /^invalid YAML front matter at line 2: expected "key: value" lines/ },
    { name: "an alias to nothing", markdown: "---\ntitle: ok\nx: *nope\n---\n\n# H\n", message: /^invalid YAML front matter at line 2: Unresolved alias/ },
    {
      name: "an alias bomb",
      markdown: "---\na: &a [x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: [*c,*c,*c,*c,*c,*c,*c,*c,*c]\n---\n\n# H\n",
      message: /^invalid YAML front matter at line 2: Excessive alias count/,
    },
  ];
  for (const { name, markdown, message } of invalid) {
    it(`fails with an error naming the line for ${name}`, () => {
      expect(() => parseMarkdown(markdown)).toThrowError(message);
    });
  }
});

describe("Markdown: blocks", () => {
  const markdown = `# The *real* headline

By Ann Lee and Tom Fry

KYIV, March 4 (Reuters) — Talks **resumed** in [Kyiv](https://x.example "title") with \`code\` and \\*stars\\* &amp; more
and a wrapped line. ![a photo](p.jpg) Done &copy no semicolon.

## A subheading

> Quoted line one
> continues here.
>
> Second quote para.

- item one
- item *two*
  wrapped
1. numbered

Setext heading
--------------

    indented code block

\`\`\`
fenced code
\`\`\`

***

Last paragraph.  
hard break here.
`;
  const article = parseMarkdown(markdown);

  it("reads kinds and texts: headline, byline, paragraphs, headings, quotes, list items; code is not text", () => {
    expect(summary(article)).toEqual([
      ["headline", "The real headline"],
      ["byline", "By Ann Lee and Tom Fry"],
      ["paragraph", "KYIV, March 4 (Reuters) — Talks resumed in Kyiv with code and *stars* & more and a wrapped line. Done &copy no semicolon."],
      ["heading", "A subheading"],
      ["blockquote", "Quoted line one continues here."],
      ["blockquote", "Second quote para."],
      ["list-item", "item one"],
      ["list-item", "item two wrapped"],
      ["list-item", "numbered"],
      ["heading", "Setext heading"],
      ["paragraph", "Last paragraph. hard break here."],
    ]);
    expect(article.metadata.authors).toEqual(["Ann Lee", "Tom Fry"]);
    expect(article.metadata.dateline).toBe("KYIV");
  });

  it("maps inline markup, escapes and references back to the Markdown source", () => {
    expectFaithfulMap(article, decoders.markdown);
    expect(sourceOf(article, 0)).toBe("The *real* headline");
    expect(sourceOfPhrase(article, 2, "resumed")).toBe("resumed");
    expect(sourceOfPhrase(article, 2, "Talks resumed in Kyiv with")).toBe('Talks **resumed** in [Kyiv](https://x.example "title") with');
    expect(sourceOfPhrase(article, 2, "*stars*")).toBe("\\*stars\\*");
    expect(sourceOfPhrase(article, 2, "*")).toBe("\\*");
    expect(sourceOfPhrase(article, 2, "&")).toBe("&amp;");
    expect(sourceOfPhrase(article, 2, "more and")).toBe("more\nand");
    expect(sourceOfPhrase(article, 4, "one continues")).toBe("one\n> continues");
    expect(sourceOfPhrase(article, 7, "two wrapped")).toBe("two*\n  wrapped");
    expect(sourceOfPhrase(article, 10, "paragraph. hard")).toBe("paragraph.  \nhard");
  });

  it("deletes whole lines: a list item's marker line, a quote's '>' lines", () => {
    expect(outerOf(article, 3)).toBe("## A subheading\n\n");
    expect(outerOf(article, 4)).toBe("> Quoted line one\n> continues here.\n");
    expect(outerOf(article, 6)).toBe("- item one\n");
    expect(outerOf(article, 7)).toBe("- item *two*\n  wrapped\n");
    expect(outerOf(article, 9)).toBe("Setext heading\n--------------\n\n");
    expect(outerOf(article, 10)).toBe("Last paragraph.  \nhard break here.\n");
  });

  it("makes a later level-one heading a heading, not a second headline", () => {
    const later = parseMarkdown("# First\n\nText.\n\n# Second\n\n> # In a quote\n");
    expect(summary(later)).toEqual([
      ["headline", "First"],
      ["paragraph", "Text."],
      ["heading", "Second"],
      ["heading", "In a quote"],
    ]);
  });

  it("does not take a byline that is not right under the headline", () => {
    const later = parseMarkdown("# Title\n\nFirst paragraph.\n\nBy Jo Smith\n");
    expect(kinds(later)).toEqual(["headline", "paragraph", "paragraph"]);
    expect(later.metadata.authors).toEqual([]);
  });
});

describe("Markdown: HTML and comments", () => {
  it("keeps comments (directives) with their offsets, from HTML blocks and inline HTML", () => {
    const markdown = "# Title\n\n<!-- copydesk-disable names/house-style -->\nText with <!-- copydesk-disable-line --> inline comment.\n\n<!-- copydesk-enable -->\n";
    const article = parseMarkdown(markdown);
    expect(article.comments).toEqual([
      { text: "copydesk-disable names/house-style", start: 9, end: 52 },
      { text: "copydesk-disable-line", start: 63, end: 93 },
      { text: "copydesk-enable", start: 111, end: 135 },
    ]);
    for (const comment of article.comments) expect(markdown.slice(comment.start, comment.end)).toMatch(/^<!--.*-->$/);
    expect(texts(article)).toEqual(["Title", "Text with inline comment."]);
    expect(sourceOfPhrase(article, 1, "with inline")).toBe("with <!-- copydesk-disable-line --> inline");
    expectFaithfulMap(article, decoders.markdown);
  });

  it("reads an HTML block's text, mapped through its references, and deletes its whole lines", () => {
    const markdown = '# Title\n\n<div class="note"><p>HTML block para &copy; 2025 &amp; more</p></div>\n\nAfter.\n';
    const article = parseMarkdown(markdown);
    expect(summary(article)).toEqual([
      ["headline", "Title"],
      ["paragraph", "HTML block para © 2025 & more"],
      ["paragraph", "After."],
    ]);
    expect(sourceOfPhrase(article, 1, "© 2025 &")).toBe("&copy; 2025 &amp;");
    expect(outerOf(article, 1)).toBe('<div class="note"><p>HTML block para &copy; 2025 &amp; more</p></div>\n\n');
    expectFaithfulMap(article, decoders.html);
  });

  it("reads an HTML block with several paragraphs as several blocks with element ranges", () => {
    const markdown = "<div>\n<p>One.</p>\n<p>Two.</p>\n</div>\n";
    const article = parseMarkdown(markdown);
    expect(texts(article)).toEqual(["One.", "Two."]);
    expect(outerOf(article, 0)).toBe("<p>One.</p>");
    expect(outerOf(article, 1)).toBe("<p>Two.</p>");
  });

  it("drops script and style blocks", () => {
    const article = parseMarkdown("Text.\n\n<script>\nalert('no');\n</script>\n\n<style>\np { color: red }\n</style>\n");
    expect(texts(article)).toEqual(["Text."]);
  });
});

describe("Markdown: hostile shapes", () => {
  it("reads a paragraph full of emphasis markers as literal text, each marker mapped to itself", () => {
    const markdown = `# Title\n\n${"*_a".repeat(3000)}\n`;
    const article = parseMarkdown(markdown);
    expect(article.blocks[1]?.text).toBe("*_a".repeat(3000));
    expectFaithfulMap(article, decoders.markdown);
  });

  it("still reads ordinary emphasis in ordinary paragraphs", () => {
    const article = parseMarkdown(`# Title\n\n${"Some *emphasis* and _more_ here. ".repeat(50)}\n`);
    expect(article.blocks[1]?.text.startsWith("Some emphasis and more here.")).toBe(true);
  });

  it("refuses lists or quotes nested deeper than 32 levels, naming the line", () => {
    expect(() => parseMarkdown(`Intro.\n\n${"- ".repeat(5000)}item\n`)).toThrowError("Markdown nested 5000 levels deep at line 3: copydesk reads lists and quotes at most 32 levels deep");
    expect(() => parseMarkdown(`${"> ".repeat(40)}quote\n`)).toThrowError(/^Markdown nested 40 levels deep at line 1/);
    const stairs = Array.from({ length: 60 }, (_, i) => `${"  ".repeat(i)}- item ${i}`).join("\n");
    expect(() => parseMarkdown(stairs)).toThrowError(/^Markdown nested 33 levels deep at line 33/);
  });

  it("refuses more than 1,000 lines in nested lists", () => {
    expect(() => parseMarkdown(Array.from({ length: 1200 }, () => "- - text").join("\n"))).toThrowError(
      "Markdown has more than 1000 lines in nested lists (line 1001): too many to read safely",
    );
  });

  it("reads a normal nested list", () => {
    const article = parseMarkdown("- outer\n  - inner one\n  - inner two\n- second\n");
    expect(summary(article)).toEqual([
      ["list-item", "outer"],
      ["list-item", "inner one"],
      ["list-item", "inner two"],
      ["list-item", "second"],
    ]);
    expect(outerOf(article, 1)).toBe("  - inner one\n");
  });
});
