import { describe, expect, it } from "vitest";
import { readArticle, sourcesFindings } from "./helpers/fixtures.js";

const claims = (name: string, text: string) =>
  sourcesFindings(readArticle(name, text)).filter((finding) => finding.ruleId === "sources/unattributed-claim");

describe("a link is an attribution", () => {
  it("an HTML link in the sentence sources its figure", () => {
    const linked = `<html><body><article><h1>Prices rise</h1><p>Unemployment rose to <a href="https://stats.example/may">7.2% in May</a>.</p><p>Prices rose 5% in June.</p></article></body></html>`;
    const found = claims("story.html", linked);
    expect(found.map((f) => f.message)).toEqual(['The figure "5%" has no source: say where it comes from (a named source, a report or data).']);
    expect(found[0]?.line).toBe(1);
    expect(found[0]?.column).toBe(linked.indexOf("Prices rose 5%") + 1);
  });

  it("a Markdown link, and a written-out address", () => {
    expect(claims("story.md", "# Prices rise\n\nUnemployment rose to [7.2%](https://stats.example/may) in May.\n\nPrices rose 5% in June (https://stats.example/june).\n")).toEqual([]);
  });

  it("an address in plain text is read from the text, not from markup", () => {
    expect(claims("story.txt", "Prices rise\n\nPrices rose 5% in June, see https://stats.example/june.\n")).toEqual([]);
    expect(claims("story.txt", "Prices rise\n\nPrices rose 5% in June.\n").length).toBe(1);
  });
});
