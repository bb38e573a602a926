// Renders a generated story as an aggregator's HTML page, a Markdown file or plain text, and
// resolves every planted item to its line and column in the rendered file.

/** Appends pieces, keeping the offset where each block's text starts. */
class Writer {
  constructor() {
    /** @type {string[]} */ this.parts = [];
    this.length = 0;
    /** @type {{ offset: number, plants: object[] }[]} */ this.placed = [];
  }
  raw(text) {
    this.parts.push(text);
    this.length += text.length;
    return this;
  }
  block(block) {
    this.placed.push({ offset: this.length, plants: block.plants });
    return this.raw(block.text);
  }
  finish() {
    const text = this.parts.join("");
    const starts = [0];
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
    const position = (offset) => {
      let low = 0;
      let high = starts.length - 1;
      while (low < high) {
        const mid = (low + high + 1) >> 1;
        if (starts[mid] <= offset) low = mid;
        else high = mid - 1;
      }
      return { line: low + 1, column: offset - starts[low] + 1 };
    };
    const plants = this.placed.flatMap(({ offset, plants }) =>
      plants.map((plant) => {
        const start = position(offset + plant.start);
        const end = position(offset + plant.end);
        return { ...plant, offset: offset + plant.start, line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
      }),
    );
    return { text, plants };
  }
}

const NAV = ["Home", "World", "Business", "Markets", "Energy", "Shipping", "Agriculture", "Technology", "Opinion", "Video", "Podcasts", "Newsletters"];

function pageHead(story, id) {
  const jsonLd = {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    headline: story.headline,
    datePublished: "2025-05-14T09:12:00Z",
    publisher: { "@type": "Organization", name: "Wirefeed Online" },
    ...(story.byline ? { author: { "@type": "Person", name: story.byline.slice(3) } } : {}),
    ...(story.canonical ? { url: story.canonical } : {}),
  };
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${story.headline} | Wirefeed Online</title>
  <meta name="description" content="Regional business news from Wirefeed Online, story ${id}.">
  <meta property="og:site_name" content="Wirefeed Online">
  ${story.canonical ? `<link rel="canonical" href="${story.canonical}">` : ""}
  <link rel="stylesheet" href="/static/site.css">
  <style>.story-body p{margin:0 0 1em}.share-bar a{margin-right:8px}.related li{list-style:none}</style>
  <script type="application/ld+json">${JSON.stringify(jsonLd)}</script>
  <script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}gtag("js",new Date());gtag("config","G-000000");</script>
</head>
<body>
  <header class="site-header"><nav>${NAV.map((item) => `<a href="/${item.toLowerCase()}">${item}</a>`).join(" ")}</nav></header>
  <div class="cookie-banner">We use cookies to improve your experience. <button>Accept</button></div>
  <main>
    <article class="story">
`;
}

function pageTail(id) {
  const related = Array.from({ length: 6 }, (_, i) => `<li><a href="/world/${id * 7 + i}">More regional business news, part ${i + 1}</a></li>`).join("");
  return `    </article>
    <aside class="related"><h2>Related</h2><ul>${related}</ul></aside>
    <div class="share-bar"><a href="#">Share</a><a href="#">Post</a><a href="#">Email</a></div>
    <section class="comments"><h2>Comments</h2><p>Comments are closed for this story.</p></section>
  </main>
  <footer class="site-footer"><p>Wirefeed Online. All rights reserved.</p><a href="/terms">Terms</a> <a href="/privacy">Privacy</a></footer>
</body>
</html>
`;
}

export function renderHtml(story, id) {
  const w = new Writer().raw(pageHead(story, id));
  w.raw(`      <h1 class="headline">`).block({ text: story.headline, plants: [] }).raw("</h1>\n");
  if (story.byline) w.raw(`      <p class="byline">`).block({ text: story.byline, plants: [] }).raw("</p>\n");
  w.raw(`      <div class="meta"><time datetime="2025-05-14T09:12:00Z">May 14, 2025</time></div>\n      <div class="story-body">\n`);
  story.blocks.forEach((block, i) => {
    if (block.kind === "label") {
      w.raw(`        <div class="disclaimer"><strong>`).block(block).raw("</strong>\n");
      return;
    }
    const dateline = i === 0 && story.dateline ? story.dateline : "";
    w.raw(`        <p>${dateline}`).block(block).raw(block.kind === "disclaimer" ? "</p></div>\n" : "</p>\n");
  });
  if (story.credit) w.raw(`        <p class="credit">`).block({ text: story.credit, plants: [] }).raw("</p>\n");
  w.raw("      </div>\n").raw(pageTail(id));
  return w.finish();
}

export function renderMarkdown(story) {
  const w = new Writer().raw("---\n").raw(`title: "${story.headline}"\n`);
  if (story.byline) w.raw(`author: ${story.byline.slice(3)}\n`);
  if (story.canonical) w.raw(`canonical: ${story.canonical}\n`);
  w.raw("---\n\n# ").block({ text: story.headline, plants: [] }).raw("\n\n");
  if (story.byline) w.block({ text: story.byline, plants: [] }).raw("\n\n");
  story.blocks.forEach((block, i) => {
    if (i === 0 && story.dateline) w.raw(story.dateline);
    if (block.kind === "label") w.raw("**").block(block).raw("**\n\n");
    else w.block(block).raw("\n\n");
  });
  if (story.credit) w.block({ text: story.credit, plants: [] }).raw("\n");
  return w.finish();
}

export function renderText(story) {
  const w = new Writer().block({ text: story.headline, plants: [] }).raw("\n");
  if (story.byline) w.block({ text: story.byline, plants: [] }).raw("\n");
  story.blocks.forEach((block, i) => {
    if (i === 0 && story.dateline) w.raw(story.dateline);
    w.block(block).raw("\n");
  });
  if (story.credit) w.block({ text: story.credit, plants: [] }).raw("\n");
  return w.finish();
}

export const RENDERERS = { html: { ext: ".html", render: renderHtml }, md: { ext: ".md", render: renderMarkdown }, txt: { ext: ".txt", render: renderText } };
