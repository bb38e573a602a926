import { Effect } from "effect";
import { describe, expect, it } from "vitest";
import { ArticleCache, checkLoadedArticle, decodeSource, readArticle, toPlainArticle, type Article } from "@copydesk/core";
import { articlePacker } from "../src/article-packer.js";
import { resolveRunConfig } from "../src/config-run.js";
import { defaultReader } from "../src/defaults.js";

const html = `<!doctype html><html><head><meta charset="windows-1252"><title>Talks resume in Kiev</title>
<meta name="author" content="Olena Hrytsenko"></head><body>
<h1>Talks resume in Kiev</h1>
<p class="dateline">KYIV, Ukraine (Reuters) &mdash;</p>
<p>Officials in Odessa said the port would reopen on Monday, according to the regional administration.</p>
<p>\u201cWe are ready to rebuild every bridge,\u201d President Volodymyr Zelensky said. \u201cThe winter will not wait.\u201d</p>
<blockquote>\u201cNobody knows,\u201d a resident said.</blockquote>
<p>This article is for information only and does not constitute investment advice.</p>
<p>This article is for information only and does not constitute investment advice.</p>
</body></html>
`;

const inputs: ReadonlyArray<{ path: string; bytes: Uint8Array }> = [
  // Legacy-encoded HTML: the packed source must keep its encoding (a fix writes the file back in it).
  { path: "wire/story.html", bytes: Uint8Array.from(html.replace(/[\u201c\u201d]/g, '"'), (c) => c.charCodeAt(0) & 0xff) },
  { path: "wire/story-utf8.html", bytes: new TextEncoder().encode(`\ufeff${html}`) },
  {
    path: "desk/notes.md",
    bytes: new TextEncoder().encode("# Kharkov talks\n\n<!-- copydesk-disable names/house-style -->\n\n\u201cWe stay,\u201d she said, a spokesperson for the city.\n\n- Lviv\n- Odesa\n"),
  },
  { path: "feed/item.txt", bytes: new TextEncoder().encode("Ports reopen in Kiev\r\n\r\nOfficials said 12 ships were waiting.\r\n") },
  {
    path: "feed/item.json",
    bytes: new TextEncoder().encode(JSON.stringify({ uri: "urn:x", headlines: [{ value: "Zelensky in Odessa" }], bodies_text: [{ value: "\u201cWe will,\u201d he said." }] })),
  },
];

const config = Effect.runSync(resolveRunConfig({}, "/")).config;
const reader = defaultReader;

function read(path: string, bytes: Uint8Array): Article {
  const decoded = decodeSource(path, bytes);
  if (!decoded.ok) throw new Error(decoded.reason);
  return Effect.runSync(readArticle(decoded.source, reader));
}

describe("articlePacker", () => {
  it.each(inputs)("gives back $path exactly, and the same findings", ({ path, bytes }) => {
    const article = read(path, bytes);
    const packed = articlePacker.pack(article);
    const back = articlePacker.unpack(packed);
    expect(back).not.toBe(article);
    expect(toPlainArticle(back)).toStrictEqual(toPlainArticle(article));
    expect(back.source.encoding).toBe(article.source.encoding);
    expect(back.source.lines.positionAt(article.source.text.length - 1)).toEqual(article.source.lines.positionAt(article.source.text.length - 1));
    const findings = checkLoadedArticle(article, config, new Map()).findings;
    expect(checkLoadedArticle(back, config, new Map()).findings).toEqual(findings);
    expect(packed.buffer.byteLength).toBe(packed.byteLength);
  });

  it("packs a story into a fraction of what it holds live, findings and all", () => {
    const { path, bytes } = inputs[1] as (typeof inputs)[number];
    const article = read(path, bytes);
    const packed = articlePacker.pack(article);
    // Measured: 1,603 bytes against 6,064 live for this short story (8 KB against 58 KB for the bench's 10 KB articles).
    expect(packed.byteLength).toBeLessThan(ArticleCache.sizeOf(article) / 3);
    const findings = checkLoadedArticle(articlePacker.unpack(packed), config, new Map()).findings;
    expect(findings.map((f) => f.ruleId)).toEqual(expect.arrayContaining(["names/house-style", "disclaimers/duplicate"]));
  });
});
