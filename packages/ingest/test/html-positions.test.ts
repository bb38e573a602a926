import { describe, expect, it } from "vitest";
import { decoders, expectFaithfulMap, outerOf, parseHtml, sourceOf, sourceOfPhrase, startOf, summary, texts } from "./helpers/positions.js";

describe("HTML character references", () => {
  const cases: Array<{ html: string; text: string; phrase: string; source: string }> = [
    { html: "<p>Smith &amp; Sons</p>", text: "Smith & Sons", phrase: "&", source: "&amp;" },
    { html: "<p>Smith &AMP; Sons</p>", text: "Smith & Sons", phrase: "&", source: "&AMP;" },
    { html: "<p>Ukraine&#8217;s army</p>", text: "Ukraine’s army", phrase: "’", source: "&#8217;" },
    { html: "<p>Ukraine&#x2019;s army</p>", text: "Ukraine’s army", phrase: "’", source: "&#x2019;" },
    { html: "<p>&ldquo;No,&rdquo; he said</p>", text: "“No,” he said", phrase: "“No,”", source: "&ldquo;No,&rdquo;" },
    { html: "<p>25&nbsp;000 people</p>", text: "25 000 people", phrase: " ", source: "&nbsp;" },
    { html: "<p>&copy 2025 Wire</p>", text: "© 2025 Wire", phrase: "©", source: "&copy" },
    { html: "<p>Fish &amp chips</p>", text: "Fish & chips", phrase: "&", source: "&amp" },
    { html: "<p>Price &euro;5 &mdash; cheap</p>", text: "Price €5 — cheap", phrase: "€5 —", source: "&euro;5 &mdash;" },
    { html: "<p>a &#128240; b</p>", text: "a 📰 b", phrase: "📰", source: "&#128240;" },
    { html: "<p>AT&T and R&D</p>", text: "AT&T and R&D", phrase: "AT&T", source: "AT&T" },
    { html: "<p>x &unknownentity; y</p>", text: "x &unknownentity; y", phrase: "&unknownentity;", source: "&unknownentity;" },
    { html: `<p>a &#${"1".repeat(40)}; b</p>`, text: "a \uFFFD b", phrase: "\uFFFD", source: `&#${"1".repeat(40)};` },
    { html: "<p>a &#0; b</p>", text: "a \uFFFD b", phrase: "\uFFFD", source: "&#0;" },
  ];
  for (const { html, text, phrase, source } of cases) {
    it(`maps "${phrase}" in ${html} to ${JSON.stringify(source)}`, () => {
      const article = parseHtml(html);
      expect(texts(article)).toEqual([text]);
      expect(sourceOfPhrase(article, 0, phrase)).toBe(source);
      expectFaithfulMap(article, decoders.html);
    });
  }

  it("maps each of 1,000 references to its own five characters", () => {
    const article = parseHtml(`<p>${"a&amp;".repeat(1000)}</p>`);
    const block = article.blocks[0]!;
    expect(block.text).toBe("a&".repeat(1000));
    for (let i = 1; i < block.text.length; i += 2) {
      expect(block.map.sourceEndOf(i) - block.map.sourceStartOf(i)).toBe(5);
      expect(article.source.text.slice(block.map.sourceStartOf(i), block.map.sourceEndOf(i))).toBe("&amp;");
    }
  });

  it("decodes references in attributes of metadata but maps only body text", () => {
    const article = parseHtml('<html><head><meta property="og:title" content="Smith &amp; Sons&#8217; sale"></head><body><h1>Smith &amp; Sons&#8217; sale</h1></body></html>');
    expect(article.metadata.headline).toBe("Smith & Sons’ sale");
    expect(sourceOf(article, 0)).toBe("Smith &amp; Sons&#8217; sale");
  });
});

describe("HTML line endings", () => {
  it("maps across CRLF line breaks and reports lines as an editor counts them", () => {
    const html = "<html>\r\n<body>\r\n<article>\r\n<h1>Title</h1>\r\n<p>First line,\r\nwrapped&nbsp;here.</p>\r\n<p>Kiev again.</p>\r\n</article>\r\n</body>\r\n</html>\r\n";
    const article = parseHtml(html);
    expect(summary(article)).toEqual([
      ["headline", "Title"],
      ["paragraph", "First line, wrapped here."],
      ["paragraph", "Kiev again."],
    ]);
    expect(sourceOf(article, 1)).toBe("First line,\r\nwrapped&nbsp;here.");
    const space = article.blocks[1]!.text.indexOf(" wrapped");
    expect(article.source.text.slice(article.blocks[1]!.map.sourceStartOf(space), article.blocks[1]!.map.sourceEndOf(space))).toBe("\r\n");
    expect(startOf(article, 2)).toEqual({ line: 7, column: 4 });
    expectFaithfulMap(article, decoders.html);
  });

  it("treats a lone CR as a line break", () => {
    const article = parseHtml("<div>Only text in div,\rwith CR&nbsp;and more.\r</div>\r<p>Lone CR\rline</p>");
    expect(texts(article)).toEqual(["Only text in div, with CR and more.", "Lone CR line"]);
    expect(startOf(article, 1)).toEqual({ line: 4, column: 4 });
    expect(outerOf(article, 1)).toBe("<p>Lone CR\rline</p>");
    expectFaithfulMap(article, decoders.html);
  });
});

describe("HTML with unclosed tags", () => {
  it("closes paragraphs at the next <p> and list items at the next <li>", () => {
    const article = parseHtml("<article><h1>Head</h1>\n<p>First para\n<p>Second para <i>it</i>\n<ul><li>item one\n<li>item two\n</ul><p>Third\n</article>");
    expect(summary(article)).toEqual([
      ["headline", "Head"],
      ["paragraph", "First para"],
      ["paragraph", "Second para it"],
      ["list-item", "item one"],
      ["list-item", "item two"],
      ["paragraph", "Third"],
    ]);
    expect(outerOf(article, 1)).toBe("<p>First para\n");
    expect(outerOf(article, 3)).toBe("<li>item one\n");
    expect(outerOf(article, 5)).toBe("<p>Third\n");
    expectFaithfulMap(article, decoders.html);
  });

  it("keeps a paragraph whole when an inline tag is left open across the next one", () => {
    const article = parseHtml("<article><h1>Head</h1>\n<p>First para <b>bold\n<p>Second para\n</article>");
    expect(summary(article)).toEqual([
      ["headline", "Head"],
      ["paragraph", "First para bold"],
      ["paragraph", "Second para"],
    ]);
    expect(sourceOf(article, 1)).toBe("First para <b>bold");
    expectFaithfulMap(article, decoders.html);
  });

  it("reads a page cut off in the middle of a tag or an attribute", () => {
    for (const html of ["<p>Complete paragraph.</p><p>Cut off", "<p>Complete paragraph.</p><p class=\"x", "<p>Complete paragraph.</p><", "<p>Complete paragraph.</p></"]) {
      const article = parseHtml(html);
      expect(article.blocks[0]?.text).toBe("Complete paragraph.");
      expectFaithfulMap(article, decoders.html);
    }
  });

  it("does not let a '>' inside a quoted attribute end the tag early", () => {
    const article = parseHtml('<article><h1>H</h1><p title="a > b">Text after the tag.</p></article>');
    expect(texts(article)).toEqual(["H", "Text after the tag."]);
    expect(outerOf(article, 1)).toBe('<p title="a > b">Text after the tag.</p>');
  });
});

describe("HTML comments", () => {
  it("keeps every comment with its exact offsets, including directives", () => {
    const html = '<article>\n<h1>Head</h1>\n<!-- copydesk-disable names/house-style -->\n<p>Kiev here.</p>\n<p>Text <!-- copydesk-disable-line --> more.</p>\n<!-- copydesk-enable -->\n</article>\n<!-- trailing -->';
    const article = parseHtml(html);
    expect(article.comments).toEqual([
      { text: "copydesk-disable names/house-style", start: html.indexOf("<!-- copydesk-disable names"), end: html.indexOf("\n<p>Kiev") },
      { text: "copydesk-disable-line", start: html.indexOf("<!-- copydesk-disable-line"), end: html.indexOf(" more.") },
      { text: "copydesk-enable", start: html.indexOf("<!-- copydesk-enable"), end: html.indexOf("\n</article>") },
      { text: "trailing", start: html.indexOf("<!-- trailing"), end: html.length },
    ]);
    for (const comment of article.comments) expect(html.slice(comment.start, comment.end)).toMatch(/^<!--.*-->$/);
    expect(texts(article)).toEqual(["Head", "Kiev here.", "Text more."]);
  });

  it("runs an unclosed comment to the end of the file", () => {
    const html = "<p>Before.</p><!-- unclosed comment";
    const article = parseHtml(html);
    expect(article.comments).toEqual([{ text: "unclosed comment", start: 14, end: html.length }]);
    expect(texts(article)).toEqual(["Before."]);
  });

  it("keeps comments in the page furniture too (a directive may sit anywhere)", () => {
    const html = "<html><head><!-- copydesk-disable --></head><body><nav><!-- in nav --></nav><p>Text.</p></body></html>";
    const article = parseHtml(html);
    expect(article.comments.map((comment) => comment.text)).toEqual(["copydesk-disable", "in nav"]);
  });
});

describe("HTML text details", () => {
  it("maps an emoji's two UTF-16 units to its characters and counts columns in UTF-16 units", () => {
    const article = parseHtml("<p>📰 Kyiv</p>");
    expect(sourceOfPhrase(article, 0, "Kyiv")).toBe("Kyiv");
    const at = article.blocks[0]!.text.indexOf("Kyiv");
    expect(article.source.lines.positionAt(article.blocks[0]!.map.sourceStartOf(at)).column).toBe(7);
    expectFaithfulMap(article, decoders.html);
  });

  it("reads upper-case tags and attributes", () => {
    const article = parseHtml('<HTML><BODY><ARTICLE><H1>Head</H1><P CLASS="BYLINE">By Jo Smith</P><P>Text &AMP; more.</P></ARTICLE></BODY></HTML>');
    expect(summary(article)).toEqual([
      ["headline", "Head"],
      ["byline", "By Jo Smith"],
      ["paragraph", "Text & more."],
    ]);
    expect(article.metadata.authors).toEqual(["Jo Smith"]);
  });

  it("drops zero-width characters and soft hyphens but keeps the words around them mapped", () => {
    const article = parseHtml("<p>Zelen&shy;skyy vis\u00ADited Kyiv\u200B today.</p>");
    expect(texts(article)).toEqual(["Zelenskyy visited Kyiv today."]);
    expect(sourceOfPhrase(article, 0, "Zelenskyy")).toBe("Zelen&shy;skyy");
    expectFaithfulMap(article, decoders.html);
  });

  it("does not read text inside <pre>-like code or <template>", () => {
    const article = parseHtml("<article><h1>H</h1><template><p>Template text.</p></template><p>Visible.</p></article>");
    expect(texts(article)).toEqual(["H", "Visible."]);
  });
});
