import { articleFromText, viewArticle } from "@copydesk/core";
import { Schema } from "effect";
import { describe, expect, it } from "vitest";
import { Provenance, provenanceOf, provenanceProcessor } from "../src/index.js";
import { readArticle, readFixtureArticle } from "./helpers/fixtures.js";

const values = (list: ReadonlyArray<{ value: string }>) => list.map((item) => item.value);

describe("the provenance record of the fixtures", () => {
  it("quotes/original.html: byline, dateline with its agency, publisher, canonical to its own site", () => {
    const article = readFixtureArticle("quotes/original.html");
    const record = provenanceOf(article);
    expect(values(record.authors)).toEqual(["Dana Okafor"]);
    expect(record.authors[0]).toMatchObject({ from: "byline, line 12", span: { block: 1, start: 3, end: 14 } });
    expect(values(record.bylines)).toEqual(["By Dana Okafor, Northline News Agency"]);
    expect(values(record.dateline)).toEqual(["PORT ELWYN, June 3 (Northline)", "PORT ELWYN"]);
    expect(record.dateline[0]?.from).toBe("dateline, line 13");
    expect(record.credits.map((c) => [c.value, c.from])).toEqual([
      ["Northline News Agency", "byline, line 12"],
      ["Northline", "dateline agency, line 13"],
    ]);
    expect(values(record.publisher)).toEqual(["Northline News Agency"]);
    expect(record.canonicalUrl).toBe("https://northline.example/2025/06/03/port-elwyn-terminal");
    expect(record.canonicalElsewhere).toBe(false);
    expect(record.syndicated).toEqual({ value: false, signals: [] });
    expect(record.pressRelease.value).toBe(false);
    // The story of the first paragraph starts after "PORT ELWYN, June 3 (Northline) — ".
    expect(record.storyStart).toEqual({ block: 2, start: 33, end: 33 });
  });

  it.each(["seed/article.txt", "seed/article.html"])("%s: syndicated through MENAFN and EIN Presswire, with no credit, byline or dateline", (relative) => {
    const record = provenanceOf(readFixtureArticle(relative));
    expect(values(record.distributors)).toEqual(["MENAFN", "EIN Presswire"]);
    expect(record.distributors[0]?.from).toMatch(/^disclaimer, line (7|22)$/);
    expect(record.syndicated.value).toBe(true);
    expect(record.credits).toEqual([]);
    expect(record.authors).toEqual([]);
    expect(record.bylines).toEqual([]);
    expect(record.dateline).toEqual([]);
    expect(record.pressRelease.value).toBe(false);
  });

  it("quotes/syndicated.html: the MENAFN disclaimer is the only sign, named after its label", () => {
    const record = provenanceOf(readFixtureArticle("quotes/syndicated.html"));
    expect(values(record.distributors)).toEqual(["MENAFN"]);
    expect(record.credits).toEqual([]);
  });

  it("is a Schema: it encodes to JSON and decodes back", () => {
    const record = provenanceOf(readFixtureArticle("quotes/original.html"));
    const json = JSON.parse(JSON.stringify(Schema.encodeSync(Provenance)(record)));
    expect(Schema.decodeUnknownSync(Provenance)(json)).toEqual(record);
  });
});

describe("the provenance processor", () => {
  it("records every value read from the text in metadata.origins with its line, for inspect", () => {
    const article = readFixtureArticle("quotes/original.html");
    const origins = viewArticle(article).metadata.origins;
    expect(origins).toEqual(
      expect.arrayContaining([
        { field: "byline", value: "By Dana Okafor, Northline News Agency", from: "byline, line 12" },
        { field: "authors", value: "Dana Okafor", from: "byline, line 12" },
        { field: "credit", value: "Northline News Agency", from: "byline, line 12" },
        { field: "dateline", value: "PORT ELWYN, June 3 (Northline)", from: "dateline, line 13" },
        { field: "credit", value: "Northline", from: "dateline agency, line 13" },
      ]),
    );
    // Structured metadata keeps priority; a field nothing structured filled takes the text's value.
    expect(article.metadata.dateline).toBe("PORT ELWYN");
    expect(article.metadata.credit).toBe("Northline News Agency");
  });

  it("adds authors from a plain \"By\" paragraph and the dateline's place", () => {
    const html = `<html><body><article><h1>Talks resume</h1>
<p>By Jane Doe and Tom Hale</p>
<p>KYIV, March 4 (Reuters) — Talks resumed on Tuesday.</p>
<p>Officials said the talks would go on.</p></article></body></html>`;
    const article = readArticle("story.html", html);
    expect(article.metadata.authors).toEqual(["Jane Doe", "Tom Hale"]);
    expect(article.metadata.dateline).toBe("KYIV");
    expect(article.metadata.credit).toBe("Reuters");
    expect(article.metadata.origins).toEqual(expect.arrayContaining([{ field: "authors", value: "Tom Hale", from: "byline, line 2" }]));
  });

  it("marks a distributor's tag, its provider and a press release wire", () => {
    const text = [
      "Acme Mining reports record output",
      "(MENAFN- Newsfile Corp) VANCOUVER, May 3, 2025 -- Acme Mining Corp. (TSX: ACM) today announced record output.",
      "The company produced 40,000 ounces of gold in the quarter.",
    ].join("\n\n");
    const article = readArticle("release.txt", text);
    const record = provenanceOf(article);
    expect(values(record.distributors)).toEqual(["MENAFN"]);
    expect(values(record.credits)).toEqual(["Newsfile Corp"]);
    expect(record.pressRelease).toEqual({ value: true, signals: ["Newsfile Corp in the provider tag", "stock ticker in the opening", "announcement opening", '"--" after the dateline'] });
    expect(article.metadata.origins).toEqual(expect.arrayContaining([{ field: "pressRelease", value: "yes", from: record.pressRelease.signals.join("; ") }]));
  });

  it("returns a new article and leaves the one it was given alone", () => {
    const article = articleFromText(["Talks resume", "By Jane Doe", "KYIV, March 4 — Talks resumed."], { headline: true });
    const processed = provenanceProcessor.process(article);
    expect(processed).not.toBe(article);
    expect(article.metadata.authors).toEqual([]);
    expect(processed.metadata.authors).toEqual(["Jane Doe"]);
    expect(processed.blocks).toBe(article.blocks);
  });
});

describe("credits from structured metadata", () => {
  const page = (head: string, body = "<p>WASHINGTON — The Senate voted on Tuesday.</p><p>Lawmakers went home.</p>") =>
    readArticle("page.html", `<html><head>${head}</head><body><article><h1>Senate votes</h1>${body}</article></body></html>`);

  it("a canonical link to another site than the publisher's credits that site", () => {
    const record = provenanceOf(
      page(`<link rel="canonical" href="https://www.northline.example/2025/story"><script type="application/ld+json">{"@type":"NewsArticle","publisher":{"name":"Daily Planet"}}</script>`),
    );
    expect(record.canonicalElsewhere).toBe(true);
    expect(record.credits.map((c) => [c.value, c.from])).toEqual([["https://www.northline.example/2025/story", "link:canonical to another site"]]);
    expect(record.syndicated.value).toBe(true);
  });

  it("a canonical link to the publisher's own site is no credit", () => {
    const record = provenanceOf(
      page(`<link rel="canonical" href="https://apnews.com/article/x"><script type="application/ld+json">{"@type":"NewsArticle","publisher":{"name":"The Associated Press"}}</script>`),
    );
    expect(record.canonicalElsewhere).toBe(false);
    expect(record.credits).toEqual([]);
  });

  it("og:url and a canonical link on different hosts: the canonical one is the original", () => {
    const record = provenanceOf(page(`<meta property="og:url" content="https://aggregator.example/a/1"><link rel="canonical" href="https://northline.example/story">`));
    expect(record.canonicalElsewhere).toBe(true);
  });

  it("isBasedOn, sourceOrganization, creditText and the legacy original-source tag are credits", () => {
    const record = provenanceOf(
      page(
        `<meta name="original-source" content="https://northline.example/orig"><script type="application/ld+json">{"@type":"NewsArticle","isBasedOn":"https://eastern.example/x","sourceOrganization":{"name":"Eastern Wire"},"creditText":"Eastern Wire / Northline"}</script>`,
      ),
    );
    expect(values(record.credits)).toEqual(expect.arrayContaining(["Eastern Wire / Northline", "Eastern Wire", "https://eastern.example/x", "https://northline.example/orig"]));
    expect(record.syndicated.value).toBe(true);
  });

  it("a copyright holder other than the publisher is a credit; the publisher's own is not", () => {
    const other = provenanceOf(page("", "<p>The Senate voted.</p><p>© 2025 Northline News Agency. All rights reserved.</p>"));
    expect(values(other.copyrightHolder)).toEqual(["Northline News Agency"]);
    expect(values(other.credits)).toEqual(["Northline News Agency"]);
    const own = provenanceOf(
      page(`<script type="application/ld+json">{"@type":"NewsArticle","publisher":{"name":"Daily Planet"},"copyrightHolder":{"name":"Daily Planet"}}</script>`),
    );
    expect(own.credits).toEqual([]);
  });

  it("ninjs: by, located, infosource and copyrightholder", () => {
    const json = JSON.stringify({
      uri: "https://northline.example/x",
      headline: "Talks resume",
      byline: "By Ann Lee",
      located: "KYIV",
      copyrightholder: "Northline News Agency",
      infosource: [{ name: "Northline" }],
      body_text: "Talks resumed on Tuesday.\n\nOfficials said they would continue.",
    });
    const record = provenanceOf(readArticle("story.json", json));
    expect(values(record.authors)).toEqual(["Ann Lee"]);
    expect(values(record.dateline)).toEqual(["KYIV"]);
    expect(values(record.credits)).toEqual(expect.arrayContaining(["Northline", "Northline News Agency"]));
  });
});

describe("distributors and press releases", () => {
  it("a block rule-disclaimers marked with its provider: a disclaimer's provider is a distributor, an About block's is not", () => {
    const marked = readArticle("a.txt", "Title\n\nThe port reopened on Tuesday, officials said.\n\nThis content is provided as is.\n\nAbout Acme: Acme makes cranes.", (article) => {
      const [, , disclaimer, about] = article.blocks;
      if (disclaimer) disclaimer.boilerplate = { category: "disclaimer", provider: "Wirefeed" };
      if (about) about.boilerplate = { category: "about", provider: "Acme" };
    });
    expect(values(provenanceOf(marked).distributors)).toEqual(["Wirefeed"]);
  });

  it.each([
    ["a /PRNewswire/ dateline", "NEW YORK, May 3, 2025 /PRNewswire/ -- Acme Corp said it would merge.", ["PRNewswire in the dateline"]],
    ["a media contact block", "Acme Corp opened a plant.\n\nMedia Contact: Jane Roe, press@acme.example, +1 555 010 0199", ["media contact block"]],
    ["forward-looking statements", "Acme Corp opened a plant.\n\nForward-Looking Statements: This release contains statements.", ["forward-looking statements"]],
    ["PR Newswire's closing SOURCE line", "Acme Corp opened a plant.\n\nSOURCE Acme Corp", ['"SOURCE Acme Corp" line']],
    ["an About block and a ticker", "Acme Corp (NASDAQ: ACME) opened a plant.\n\nAbout Acme Corp\n\nAcme makes cranes.", ["stock ticker in the opening", '"About Acme Corp" block']],
  ])("a press release by %s", (_, body, signals) => {
    const record = provenanceOf(readArticle("release.txt", `Acme opens plant\n\n${body}`));
    expect(record.pressRelease.value).toBe(true);
    expect(record.pressRelease.signals).toEqual(expect.arrayContaining(signals));
  });

  it.each([
    ["an About block alone", "The company opened a plant.\n\nAbout the author: Jane Roe covers industry."],
    ["a news story quoting a ticker", "Shares of Acme Corp (NASDAQ: ACME) fell 3% on Tuesday, exchange data showed."],
    ["the EIN Presswire disclaimer of the seed", "Talks resumed.\n\nEIN Presswire provides this news content \"as is\" without warranty of any kind."],
  ])("not a press release: %s", (_, body) => {
    expect(provenanceOf(readArticle("story.txt", `Headline here\n\n${body}`)).pressRelease.value).toBe(false);
  });
});
