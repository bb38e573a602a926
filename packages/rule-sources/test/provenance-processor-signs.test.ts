// The processor computes only the press-release and canonical-link signs it notes in the metadata
// (publishingSigns), not the whole record: its metadata must be what withTextProvenance gives,
// and the signs what the whole record says.
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { SourceFile } from "@copydesk/core";
import { parseArticle } from "@copydesk/ingest";
import { fixturePath } from "@copydesk/tooling/fixtures";
import { generateCorpus } from "@copydesk/tooling/corpus";
import { describe, expect, it } from "vitest";
import { computeProvenance, provenanceProcessor, withTextProvenance } from "../src/index.js";
import { publishingSigns } from "../src/provenance/record.js";

const parse = (uri: string, text: string) => parseArticle(new SourceFile({ uri, text }));

function samples() {
  const out = mkdtempSync(join(tmpdir(), "copydesk-provenance-signs-"));
  generateCorpus(60, out, { seed: 11, formats: ["html", "md", "txt"] });
  const files = readdirSync(out, { recursive: true, encoding: "utf8" }).filter((f) => /\.(html|md|txt)$/.test(f));
  const articles = files.map((f) => parse(join(out, f), readFileSync(join(out, f), "utf8")));
  for (const relative of ["quotes/original.html", "quotes/syndicated.html", "seed/article.html", "seed/article.txt", "place-names/mixed.md"]) {
    articles.push(parse(fixturePath(relative), readFileSync(fixturePath(relative), "utf8")));
  }
  articles.push(
    parse("release.txt", "Acme opens plant\n\n(MENAFN- Newsfile Corp) VANCOUVER, May 3, 2025 -- Acme Mining Corp. (TSX: ACM) today announced record output.\n\nMore."),
    parse("page.html", `<html><head><meta property="og:url" content="https://aggregator.example/a/1"><link rel="canonical" href="https://northline.example/story"></head><body><p>The Senate voted.</p></body></html>`),
  );
  return articles;
}

describe("the provenance processor's signs", () => {
  it("give the metadata withTextProvenance gives, and the record's press-release and canonical values", () => {
    const articles = samples();
    expect(articles.length).toBeGreaterThan(60);
    const notes = articles.flatMap((article) => provenanceProcessor.process(article).metadata.origins.map((origin) => origin.from));
    // Both notes occur, so both paths are compared.
    expect(notes).toContain("link:canonical to another site");
    expect(articles.some((article) => provenanceProcessor.process(article).metadata.origins.some((origin) => origin.field === "pressRelease"))).toBe(true);
    for (const article of articles) {
      const { metadata, record } = withTextProvenance(article);
      expect(provenanceProcessor.process(article).metadata).toEqual(metadata);
      for (const subject of [article, provenanceProcessor.process(article)]) {
        const whole = computeProvenance(subject);
        expect(publishingSigns(subject)).toEqual({ pressRelease: whole.pressRelease, canonicalUrl: whole.canonicalUrl, canonicalElsewhere: whole.canonicalElsewhere });
      }
    }
  });
});
