import { describe, expect, it } from "vitest";
import { decoders, expectFaithfulMap, outerOf, parseHtml, sourceOf, summary, texts } from "./helpers/positions.js";

const P1 = "Heavy rain on Monday night flooded the coastal road between Harwich and Dovercourt, closing it to traffic.";
const P2 = "Council engineers said the road would reopen on Wednesday once the water had drained and the surface was checked.";
const P3 = "Residents were advised to use the inland route through Ramsey, which adds about fifteen minutes to the trip.";
const HEADLINE = "Flooding closes the coastal road near Harwich";

/** Page furniture that must never reach the blocks, each with text long enough to look like a paragraph. */
const FURNITURE = `
  <div class="share-bar"><a href="#">Share this story on Facebook</a> <a href="#">Share this story on X</a></div>
  <div class="social-share"><p>Share this story with your friends and family on every network.</p></div>
  <script>document.write("<p>Script text that must never be read as a paragraph of the story.</p>");</script>
  <style>p { color: red; } .story::before { content: "Style text that is never read"; }</style>
  <noscript><p>Please enable JavaScript to read the comments under this story today.</p></noscript>
  <div class="cookie-banner"><p>We use cookies to improve your experience on our website, click accept to continue.</p></div>
  <aside><p>Most read today: celebrity chef opens a new restaurant in the old town hall.</p></aside>
  <div class="related-stories"><h3>Related</h3><ul><li><a href="/a">Storm warning issued for the whole east coast tonight</a></li></ul></div>
  <section class="comments"><h3>Comments</h3><p>Great article, thanks for sharing this with all of us here in Harwich!</p></section>
  <div id="disqus_thread"><p>Join the discussion: sign in to post a comment about this story.</p></div>
  <div class="newsletter-signup"><p>Sign up to our newsletter for the latest local news every morning.</p></div>
  <div class="advertisement"><p>Advertisement: buy new tyres now at half price at your local garage.</p></div>
  <form><p>Search the archive of our newspaper for stories from the past fifty years.</p></form>
  <div hidden><p>Hidden text in the page that a reader never sees in any browser at all.</p></div>
`;
const FURNITURE_WORDS = ["Share this story", "Script text", "Style text", "enable JavaScript", "cookies", "Most read", "Storm warning", "Related", "Comments", "Great article", "Join the discussion", "newsletter", "Advertisement", "Search the archive", "Hidden text"];

function expectNoFurniture(all: string[]): void {
  const joined = all.join("\n");
  for (const word of FURNITURE_WORDS) expect(joined, `"${word}" leaked into the blocks`).not.toContain(word);
}

describe("HTML body finding", () => {
  it("takes the <article>, dropping share bars, scripts, styles, cookie banners, related links and comments inside it", () => {
    const article = parseHtml(`<!doctype html><html><head><title>${HEADLINE} | Gazette</title></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<div class="page"><article>
  <h1>${HEADLINE}</h1>
  ${FURNITURE}
  <p>${P1}</p>
  <p>${P2}</p>
  <p>${P3}</p>
</article>
<div class="sidebar"><p>Other stories from around the county are listed here for our readers.</p></div></div>
<footer><p>Copyright 2025 Example Gazette. All rights reserved.</p></footer>
</body></html>`);
    expect(summary(article)).toEqual([
      ["headline", HEADLINE],
      ["paragraph", P1],
      ["paragraph", P2],
      ["paragraph", P3],
    ]);
    expectNoFurniture(texts(article));
    expectFaithfulMap(article, decoders.html);
  });

  it("takes the itemprop=articleBody element when there is no <article>", () => {
    const article = parseHtml(`<html><body>
<div class="top-promo"><p>Subscribe now for unlimited access to all of our journalism online today.</p></div>
<div class="wrap"><h1>${HEADLINE}</h1>
<div itemprop="articleBody">${FURNITURE}<p>${P1}</p><p>${P2}</p></div>
<div class="below"><p>Other stories from around the county are listed here for our readers to enjoy.</p></div></div>
</body></html>`);
    expect(summary(article)).toEqual([
      ["headline", HEADLINE],
      ["paragraph", P1],
      ["paragraph", P2],
    ]);
    expectNoFurniture(texts(article));
    expect(outerOf(article, 0)).toBe(`<h1>${HEADLINE}</h1>`);
    expectFaithfulMap(article, decoders.html);
  });

  it("takes a body found by class name, with the headline, byline and date above it", () => {
    const article = parseHtml(`<html><body>
<div class="masthead"><h1>The Daily Example</h1></div>
<div class="col">
<h2 class="title">Bridge repairs to finish by June</h2>
<div class="article-meta"><span class="byline">By <a rel="author" href="/p/ann">Ann Lee</a> and <span itemprop="author">Tom Fry</span></span>
<time datetime="2025-02-01T10:00:00+01:00">1 Feb</time></div>
<div class="entry-content">
<p class="dateline">LISBON</p>
<p>Repairs to the old bridge over the river will be finished by June, the city said on Friday.</p>
<p>Traffic will be limited to one lane until then, officials added in a statement issued late on Friday.</p>
<ul class="tags"><li>Bridges</li><li>Lisbon</li></ul>
</div></div></body></html>`);
    expect(summary(article)).toEqual([
      ["headline", "Bridge repairs to finish by June"],
      ["byline", "By Ann Lee and Tom Fry"],
      ["dateline", "LISBON"],
      ["paragraph", "Repairs to the old bridge over the river will be finished by June, the city said on Friday."],
      ["paragraph", "Traffic will be limited to one lane until then, officials added in a statement issued late on Friday."],
    ]);
    expect(article.metadata.headline).toBe("Bridge repairs to finish by June");
    expect(article.metadata.authors).toEqual(["Ann Lee", "Tom Fry"]);
    expect(article.metadata.published).toBe("2025-02-01T10:00:00+01:00");
    expect(article.metadata.dateline).toBe("LISBON");
    expect(outerOf(article, 1)).toBe('<span class="byline">By <a rel="author" href="/p/ann">Ann Lee</a> and <span itemprop="author">Tom Fry</span></span>');
    expectFaithfulMap(article, decoders.html);
  });

  it("does not take a date or byline from the masthead above the headline", () => {
    const article = parseHtml(`<html><body>
<div class="top"><time datetime="2020-01-01">Today</time> <span class="author">Site Editor</span></div>
<h1>${HEADLINE}</h1>
<div class="entry-content"><p>${P1}</p><p>${P2}</p></div>
</body></html>`);
    expect(summary(article)).toEqual([
      ["headline", HEADLINE],
      ["paragraph", P1],
      ["paragraph", P2],
    ]);
    expect(article.metadata.published).toBeUndefined();
    expect(article.metadata.authors).toEqual([]);
  });

  it("falls back to the densest text region when nothing marks the body", () => {
    const article = parseHtml(`<html><head><title>T</title></head><body>
<div class="header"><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></div>
<div class="content">
  <div class="share-bar"><a href="#">Share on Facebook</a></div>
  <div id="x1">
    <h1>${HEADLINE}</h1>
    <p>${P1}</p>
    <p>${P2}</p>
    <script>var x = "<p>not text</p>";</script>
    <p>${P3}</p>
    <div class="related-links"><h3>More</h3><ul><li><a href="/a">Storm warning issued for the whole east coast tonight</a></li></ul></div>
  </div>
  <div class="sidebar"><p><a href="/1">Most read: celebrity chef opens new restaurant in the old town</a></p>
  <p>A short note from the editor about our coverage policy on weather.</p></div>
</div>
<div class="footer"><p>Copyright 2025 Example Gazette. All rights reserved. Terms and privacy.</p></div>
</body></html>`);
    expect(summary(article)).toEqual([
      ["headline", HEADLINE],
      ["paragraph", P1],
      ["paragraph", P2],
      ["paragraph", P3],
    ]);
    expectFaithfulMap(article, decoders.html);
  });

  it("counts text in plain <div>s: a <main> holding div paragraphs beats a long paragraph elsewhere", () => {
    const article = parseHtml(`<html><body>
<main><h1>Main headline here</h1>
<div class="x"><div>${P1}</div>
<div>${P2}<br>After a line break.</div></div></main>
<div class="other"><p>Other page stuff that is fairly long, but it is outside the main element entirely.</p></div>
</body></html>`);
    expect(summary(article)).toEqual([
      ["headline", "Main headline here"],
      ["paragraph", P1],
      ["paragraph", `${P2} After a line break.`],
    ]);
    expect(outerOf(article, 1)).toBe(`<div>${P1}</div>`);
    const br = article.blocks[2]!.text.indexOf(" After");
    expect(article.source.text.slice(article.blocks[2]!.map.sourceStartOf(br), article.blocks[2]!.map.sourceEndOf(br))).toBe("<br>");
    expectFaithfulMap(article, decoders.html);
  });

  it("uses the JSON-LD articleBody to find the body among look-alike regions", () => {
    const article = parseHtml(`<html><head><script type="application/ld+json">
{"@type":"NewsArticle","headline":"${HEADLINE}","articleBody":"${P1} ${P2}"}
</script></head><body>
<div class="teasers"><p>${P3}</p><p>Another teaser paragraph that is long enough to look like article text.</p><p>Yet another teaser paragraph that is long enough to look like article text too.</p></div>
<div class="wrapper"><h1>${HEADLINE}</h1><div class="inner"><p>${P1}</p><p>${P2}</p></div></div>
</body></html>`);
    expect(summary(article)).toEqual([
      ["headline", HEADLINE],
      ["paragraph", P1],
      ["paragraph", P2],
    ]);
  });

  it("picks the <article> with the most text when teasers are <article>s too", () => {
    const article = parseHtml(`<html><body>
<article class="teaser"><h2><a href="/1">Teaser one</a></h2><p>A short teaser text.</p></article>
<article class="main"><h1>${HEADLINE}</h1><p>${P1}</p><p>${P2}</p></article>
<article class="teaser"><h2><a href="/2">Teaser two</a></h2><p>Another short teaser.</p></article>
</body></html>`);
    expect(texts(article)).toEqual([HEADLINE, P1, P2]);
  });

  it("chooses the headline that matches the page's metadata over a masthead <h1>", () => {
    const article = parseHtml(`<html><head><meta property="og:title" content="${HEADLINE}"></head><body>
<header><h1 class="brand">The Example Gazette</h1></header>
<div class="wrap"><div class="title-area"><h1 class="story-headline">${HEADLINE}</h1></div><h2>Weather</h2>
<div class="story-body"><p>${P1}</p><p>${P2}</p></div></div>
</body></html>`);
    expect(summary(article)[0]).toEqual(["headline", HEADLINE]);
    expect(texts(article)).not.toContain("The Example Gazette");
  });

  it("reads a fragment without <html> or <body> whole", () => {
    const article = parseHtml("<p>Just a fragment &amp; no page.</p>\n<p>Second.</p>");
    expect(summary(article)).toEqual([
      ["paragraph", "Just a fragment & no page."],
      ["paragraph", "Second."],
    ]);
    expect(sourceOf(article, 0)).toBe("Just a fragment &amp; no page.");
    expect(outerOf(article, 0)).toBe("<p>Just a fragment &amp; no page.</p>");
  });

  it("reads text before the first tag of a fragment as a paragraph", () => {
    const article = parseHtml("Text before any tag\n<p>then a para</p>");
    expect(texts(article)).toEqual(["Text before any tag", "then a para"]);
    expect(outerOf(article, 0)).toBe("Text before any tag");
  });

  it("returns no blocks, and no error, for a page with no text", () => {
    const article = parseHtml("<!doctype html><html><head><title></title></head><body><nav><a href='/'>Home</a></nav><img src='a.jpg'></body></html>");
    expect(article.blocks).toEqual([]);
    expect(article.metadata.headline).toBeUndefined();
  });
});

describe("HTML blocks and the ranges a fix deletes", () => {
  it("gives kinds by element: headline, heading, blockquote, list items, caption, credit", () => {
    const article = parseHtml(`<article>
<h1>Main headline</h1>
<h2>A section</h2>
<p>Body text.</p>
<blockquote><p>Quoted words here.</p></blockquote>
<ul><li><p>One item</p></li><li>Two items</li></ul>
<figure><img src="a.jpg"><figcaption>The bridge in 2024.</figcaption><p class="credit">Photo: Rui Alves</p></figure>
<h1>A second h1 is a heading</h1>
</article>`);
    expect(summary(article)).toEqual([
      ["headline", "Main headline"],
      ["heading", "A section"],
      ["paragraph", "Body text."],
      ["blockquote", "Quoted words here."],
      ["list-item", "One item"],
      ["list-item", "Two items"],
      ["caption", "The bridge in 2024."],
      ["credit", "Photo: Rui Alves"],
      ["heading", "A second h1 is a heading"],
    ]);
    expectFaithfulMap(article, decoders.html);
  });

  it("deletes the element around a lone block (a quote's <blockquote>, a list item's <li>, a disclaimer's <div>)", () => {
    const article = parseHtml(`<article><h1>H</h1>
<blockquote>
  <p>Quoted words here.</p>
</blockquote>
<ul><li><p>One item</p></li><li>Two items</li></ul>
<div class="disclaimer"><p>MENAFN provides the information as is.</p></div>
<figure><img src="a.jpg"><figcaption>Caption text.</figcaption></figure>
<div class="box"><p>Text beside a picture.</p><img src="b.jpg"></div>
<div class="meta"><p>Filed at noon.</p><time datetime="2025-01-01">1 Jan</time></div>
</article>`);
    expect(outerOf(article, 1)).toBe("<blockquote>\n  <p>Quoted words here.</p>\n</blockquote>");
    expect(outerOf(article, 2)).toBe("<li><p>One item</p></li>");
    expect(outerOf(article, 3)).toBe("<li>Two items</li>");
    expect(outerOf(article, 4)).toBe('<div class="disclaimer"><p>MENAFN provides the information as is.</p></div>');
    // An image, or a date a reader sees, is not deleted with the text next to it.
    expect(outerOf(article, 5)).toBe("<figcaption>Caption text.</figcaption>");
    expect(outerOf(article, 6)).toBe("<p>Text beside a picture.</p>");
    expect(outerOf(article, 7)).toBe("<p>Filed at noon.</p>");
    expectFaithfulMap(article, decoders.html);
  });

  it("flattens inline markup into one block and joins <br> lines with a space", () => {
    const article = parseHtml('<p>Talks <b>resumed</b> in <a href="/kyiv">Kyiv</a><br/>on <em>Tuesday</em>, <span class="x">officials</span> said.</p>');
    expect(texts(article)).toEqual(["Talks resumed in Kyiv on Tuesday, officials said."]);
    expect(sourceOfPhraseIn(article, "Kyiv on")).toBe('Kyiv</a><br/>on');
    expectFaithfulMap(article, decoders.html);
  });

  it("makes a short run holding rel=author a byline, and a long one a paragraph", () => {
    const article = parseHtml(`<article><h1>H</h1>
<div>By <a rel="author" href="/staff/ann">Ann Lee</a> in Lisbon</div>
<p>Ann Lee, <a rel="author" href="/staff/ann">who wrote this</a>, has covered the city for twenty years and spent most of them reporting on its bridges, its ferries, its trams and the long arguments about all three, in print and on the radio, for three papers and a news agency that no longer exists.</p>
</article>`);
    expect(summary(article).map(([kind]) => kind)).toEqual(["headline", "byline", "paragraph"]);
    expect(article.metadata.authors).toEqual(["Ann Lee"]);
  });

  it("reads NITF-style <byline> and .author markup, and a dateline by class", () => {
    const article = parseHtml(`<article><h1>H</h1><div class="author">Maria Silva</div><p class="story-dateline">RIO DE JANEIRO</p><p>Text.</p></article>`);
    expect(summary(article)).toEqual([
      ["headline", "H"],
      ["byline", "Maria Silva"],
      ["dateline", "RIO DE JANEIRO"],
      ["paragraph", "Text."],
    ]);
    expect(article.metadata.authors).toEqual(["Maria Silva"]);
    expect(article.metadata.dateline).toBe("RIO DE JANEIRO");
  });

  it("takes the first heading for the headline when the page has no <h1>", () => {
    const article = parseHtml("<article><h2>Only a second-level heading</h2><p>Text of the story.</p></article>");
    expect(summary(article)[0]).toEqual(["headline", "Only a second-level heading"]);
  });
});

function sourceOfPhraseIn(article: ReturnType<typeof parseHtml>, phrase: string): string {
  const block = article.blocks.find((b) => b.text.includes(phrase))!;
  const at = block.text.indexOf(phrase);
  const range = block.map.toSource(at, at + phrase.length);
  return article.source.text.slice(range.start, range.end);
}
