import { describe, expect, it } from "vitest";
import { parseHtml } from "./helpers/positions.js";

const page = (head: string, body = "<article><h1>Body headline</h1><p>Text of the story, long enough to be a paragraph.</p></article>"): string =>
  `<!doctype html><html lang="en-GB"><head>${head}</head><body>${body}</body></html>`;

const ld = (value: unknown): string => `<script type="application/ld+json">${JSON.stringify(value)}</script>`;

const fromOf = (article: ReturnType<typeof parseHtml>, field: string): string[] =>
  article.metadata.origins.filter((origin) => origin.field === field).map((origin) => `${origin.from}=${origin.value}`);

describe("HTML metadata: JSON-LD", () => {
  it("reads a NewsArticle: headline, authors, dates, publisher, basis, credit, rights, dateline, language, canonical", () => {
    const article = parseHtml(
      page(
        ld({
          "@context": "https://schema.org",
          "@type": "NewsArticle",
          headline: "LD headline",
          author: [{ "@type": "Person", name: "Alex Kim" }, { "@type": "Person", name: "Bea Lund" }],
          datePublished: "2025-03-04T07:00:00Z",
          dateModified: "2025-03-04T09:30:00Z",
          publisher: { "@type": "Organization", name: "Gazette Media" },
          isBasedOn: "https://wire.example/story/0",
          sourceOrganization: { "@type": "Organization", name: "Wire Agency" },
          copyrightHolder: { "@type": "Organization", name: "Wire Agency Ltd" },
          dateline: "LISBON",
          inLanguage: "pt-PT",
          description: "What happened.",
          mainEntityOfPage: { "@type": "WebPage", "@id": "https://gazette.example/news/1" },
        }),
      ),
    );
    const { origins, ...metadata } = article.metadata;
    expect(metadata).toEqual({
      authors: ["Alex Kim", "Bea Lund"],
      headline: "LD headline",
      published: "2025-03-04T07:00:00Z",
      modified: "2025-03-04T09:30:00Z",
      publisher: "Gazette Media",
      basedOn: "https://wire.example/story/0",
      credit: "Wire Agency",
      copyrightHolder: "Wire Agency Ltd",
      dateline: "LISBON",
      language: "pt-PT",
      description: "What happened.",
      canonicalUrl: "https://gazette.example/news/1",
    });
    expect(origins.filter((origin) => origin.from === "json-ld")).toHaveLength(13);
  });

  it("finds the article in an @graph, among other node types, with @type as an array", () => {
    const article = parseHtml(
      page(
        ld({
          "@context": "https://schema.org",
          "@graph": [
            { "@type": "WebSite", name: "Gazette site", url: "https://gazette.example/" },
            { "@type": "BreadcrumbList", name: "Breadcrumbs" },
            { "@type": ["ReportageNewsArticle", "CreativeWork"], headline: "Graph headline", author: "Cai Wu", creditText: "Photo desk" },
          ],
        }),
      ),
    );
    expect(article.metadata.headline).toBe("Graph headline");
    expect(article.metadata.authors).toEqual(["Cai Wu"]);
    expect(article.metadata.credit).toBe("Photo desk");
    expect(article.metadata.canonicalUrl).toBeUndefined();
  });

  it("reads a top-level array of JSON-LD objects and several scripts, first value first", () => {
    const article = parseHtml(
      page(
        ld([{ "@type": "Organization", name: "Not an article" }, { "@type": "BlogPosting", headline: "First script", author: { name: { "@value": "Dee Roe" } } }]) +
          ld({ "@type": "NewsArticle", headline: "Second script", author: "Eve Poe" }),
      ),
    );
    expect(article.metadata.headline).toBe("First script");
    expect(article.metadata.authors).toEqual(["Dee Roe", "Eve Poe"]);
    expect(fromOf(article, "headline").slice(0, 2)).toEqual(["json-ld=First script", "json-ld=Second script"]);
  });

  it("skips malformed JSON-LD and carries on with the rest of the page", () => {
    const article = parseHtml(page(`<script type="application/ld+json">{"@type": "NewsArticle", "headline": </script><meta property="og:title" content="OG headline">`));
    expect(article.metadata.headline).toBe("OG headline");
  });
});

describe("HTML metadata: meta tags, links and markup", () => {
  it("reads og:, article:, dc./dcterms. and syndication meta tags", () => {
    const article = parseHtml(
      page(`
<meta property="og:title" content="OG headline">
<meta property="og:site_name" content="The Gazette">
<meta property="og:url" content="https://gazette.example/og-url">
<meta property="article:published_time" content="2025-03-04T08:00:00Z">
<meta property="article:modified_time" content="2025-03-04T09:30:00Z">
<meta property="article:author" content="https://gazette.example/staff/jo">
<meta name="author" content="Jo Bloggs">
<meta name="DC.creator" content="Sam Reed">
<meta name="dcterms.rightsHolder" content="Wire Agency Ltd">
<meta name="dc.language" content="en">
<meta name="description" content="A summary.">
<meta name="original-source" content="https://wire.example/story/1">
<meta name="syndication-source" content="https://wire.example/story/2">`),
    );
    const { origins, ...metadata } = article.metadata;
    expect(metadata).toEqual({
      authors: ["Jo Bloggs", "Sam Reed"],
      headline: "OG headline",
      publisher: "The Gazette",
      canonicalUrl: "https://gazette.example/og-url",
      published: "2025-03-04T08:00:00Z",
      modified: "2025-03-04T09:30:00Z",
      copyrightHolder: "Wire Agency Ltd",
      language: "en",
      description: "A summary.",
      basedOn: "https://wire.example/story/1",
    });
    // A profile URL is not a name; both syndication sources are kept as origins.
    expect(fromOf(article, "authors")).toEqual(["meta:author=Jo Bloggs", "meta:dc.creator=Sam Reed"]);
    expect(fromOf(article, "basedOn")).toEqual(["meta:original-source=https://wire.example/story/1", "meta:syndication-source=https://wire.example/story/2"]);
    expect(origins.some((origin) => origin.value.includes("staff/jo"))).toBe(false);
  });

  it("prefers <link rel=canonical> to JSON-LD url and og:url, and reads it with other rel tokens and in any case", () => {
    const article = parseHtml(
      page(`<meta property="og:url" content="https://aggregator.example/og">${ld({ "@type": "NewsArticle", url: "https://aggregator.example/ld" })}<link rel="Canonical alternate" href="https://wire.example/original">`),
    );
    expect(article.metadata.canonicalUrl).toBe("https://wire.example/original");
    expect(fromOf(article, "canonicalUrl")).toEqual([
      "link:canonical=https://wire.example/original",
      "json-ld=https://aggregator.example/ld",
      "meta:og:url=https://aggregator.example/og",
    ]);
    const og = parseHtml(page('<meta property="og:url" content="https://gazette.example/og">'));
    expect(og.metadata.canonicalUrl).toBe("https://gazette.example/og");
  });

  it("ranks JSON-LD over microdata over meta tags over <title>, keeping every value as an origin", () => {
    const article = parseHtml(
      page(
        `<title>Title headline | Gazette</title><meta property="og:title" content="OG headline">${ld({ "@type": "NewsArticle", headline: "LD headline" })}`,
        '<article><h1 itemprop="headline">Microdata headline</h1><p>Text of the story, long enough to be a paragraph.</p></article>',
      ),
    );
    expect(article.metadata.headline).toBe("LD headline");
    expect(fromOf(article, "headline")).toEqual([
      "json-ld=LD headline",
      "microdata=Microdata headline",
      "meta:og:title=OG headline",
      "h1=Microdata headline",
      "title=Title headline",
    ]);
    const bare = parseHtml(page("<title>Title headline | Gazette</title>", "<p>Just text.</p>"));
    expect(bare.metadata.headline).toBe("Title headline");
  });

  it("reads microdata, but not inside a related-stories teaser", () => {
    const article = parseHtml(
      page(
        "",
        `<div itemscope itemtype="https://schema.org/NewsArticle"><h1 itemprop="headline">Micro headline</h1>
<span itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">Ivy Chen</span></span>
<meta itemprop="datePublished" content="2025-01-02T03:04:05Z">
<div itemprop="articleBody"><p>Text of the story, long enough to be a paragraph of the body.</p></div>
<div class="related"><article itemscope><h3 itemprop="headline">Teaser headline</h3><span itemprop="author">Zed Teaser</span></article></div></div>`,
      ),
    );
    expect(article.metadata.headline).toBe("Micro headline");
    expect(article.metadata.authors).toEqual(["Ivy Chen"]);
    expect(article.metadata.published).toBe("2025-01-02T03:04:05Z");
    expect(JSON.stringify(article.metadata)).not.toContain("Teaser");
  });

  it("reads <time datetime> in the story, and <html lang>", () => {
    const article = parseHtml(page("", '<article><h1>H</h1><p>Posted <time datetime="2025-05-06T07:08:09Z">yesterday</time> by the desk.</p></article>'));
    expect(article.metadata.published).toBe("2025-05-06T07:08:09Z");
    expect(fromOf(article, "published")).toEqual(["time=2025-05-06T07:08:09Z"]);
    expect(article.metadata.language).toBe("en-GB");
    expect(article.blocks[1]?.text).toBe("Posted yesterday by the desk.");
  });

  it("orders authors by the most trusted place that names them: JSON-LD, byline, microdata, meta", () => {
    const article = parseHtml(
      page(
        `<meta name="author" content="Mo Meta">${ld({ "@type": "NewsArticle", author: { name: "Lu Ld" } })}`,
        '<article><h1>H</h1><p class="byline">By <span itemprop="author">Bo Byline</span> and Lu Ld</p><p>Text of the story.</p></article>',
      ),
    );
    expect(article.metadata.authors).toEqual(["Lu Ld", "Bo Byline", "Mo Meta"]);
  });

  it("does not take an organisation after a comma in a byline for a person", () => {
    const article = parseHtml(page("", '<article><h1>H</h1><p class="byline">By Dana Okafor, Northline News Agency</p><p>Text.</p></article>'));
    expect(article.metadata.authors).toEqual(["Dana Okafor"]);
  });

  it("ignores a byline's date when naming authors", () => {
    const article = parseHtml(page("", '<article><h1>H</h1><div class="byline">By <span class="author-name">Kim Park</span> <time datetime="2025-01-01">January 1, 2025</time></div><p>Text.</p></article>'));
    expect(article.metadata.authors).toEqual(["Kim Park"]);
    expect(article.metadata.published).toBe("2025-01-01");
  });
});
