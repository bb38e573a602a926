// The editors' fixtures, read as copydesk reads them (@copydesk/ingest, then this package's
// processor) and checked by the engine, with what seed/EXPECTED.md and quotes/EXPECTED.md list.
import { applyFixes, checkArticle, resolveConfig, viewArticle, type Article, type Finding } from "@copydesk/core";
import { Either } from "effect";
import { describe, expect, it } from "vitest";
import { rules } from "../src/index.js";
import { fixture, marks, parsed } from "./helpers/articles.js";

const config = Either.getOrThrow(resolveConfig({ path: "<test>", file: {}, rules }));

function check(article: Article): Finding[] {
  const result = checkArticle(article, config);
  expect(result.ruleFailures).toEqual([]);
  return [...result.findings];
}

/** 1-based line and column of the first occurrence of `needle`, worked out without copydesk. */
function positionOf(text: string, needle: string, from = 0): { line: number; column: number } {
  const at = text.indexOf(needle, from);
  expect(at, needle).toBeGreaterThanOrEqual(0);
  const before = text.slice(0, at).split("\n");
  return { line: before.length, column: (before[before.length - 1] as string).length + 1 };
}

/** Fixes applied pass after pass, each on the re-read text, as `copydesk check --fix` does. */
function fixAll(uri: string, text: string): { text: string; passes: number } {
  let current = text;
  for (let pass = 0; pass < 10; pass++) {
    const result = applyFixes(current, check(parsed(uri, current)));
    if (result.applied.length === 0) return { text: current, passes: pass };
    current = result.text;
  }
  throw new Error("fixes did not settle");
}

const summary = (findings: ReadonlyArray<Finding>) =>
  findings.map((f) => `${f.line}:${f.column} ${f.ruleId} ${f.severity} -> related ${f.related?.map((r) => `${r.line}:${r.column}`).join(",")}`);

describe.each([
  ["seed/article.txt", "text"],
  ["seed/article.html", "html"],
])("%s", (relative) => {
  const { path, text, article } = fixture(relative);
  const findings = check(article);
  const menafn = positionOf(text, "MENAFN provides the");
  const ein = positionOf(text, "EIN Presswire provides");

  it("marks both disclaimers and their labels with their providers", () => {
    expect(marks(article).slice(-4)).toEqual(["disclaimer(MENAFN)", "disclaimer(MENAFN)", "disclaimer(EIN Presswire)", "disclaimer(EIN Presswire)"]);
    expect(marks(article).slice(0, -4).every((m) => m === "-")).toBe(true);
    const view = viewArticle(article);
    expect(view.blocks.filter((b) => b.boilerplate).map((b) => [b.line, b.text.slice(0, 17)])).toEqual([
      [positionOf(text, "Legal Disclaimer:").line, "Legal Disclaimer:"],
      [menafn.line, "MENAFN provides t"],
      [positionOf(text, "Legal Disclaimer:", text.indexOf("MENAFN provides the")).line, "Legal Disclaimer:"],
      [ein.line, "EIN Presswire pro"],
    ]);
  });

  it("finds exactly one duplicate, on the EIN Presswire copy, and one stack, MENAFN then EIN Presswire", () => {
    // Both start at "EIN Presswire"; the stack's span (the provider's name) is the shorter.
    expect(summary(findings)).toEqual([
      `${ein.line}:${ein.column} disclaimers/stacked warning -> related ${menafn.line}:${menafn.column}`,
      `${ein.line}:${ein.column} disclaimers/duplicate error -> related ${menafn.line}:${menafn.column}`,
    ]);
    const [stacked, duplicate] = findings as [Finding, Finding];
    expect(duplicate.message).toBe(`This EIN Presswire disclaimer repeats the MENAFN disclaimer at line ${menafn.line}: delete this copy.`);
    expect(duplicate.evidence).toMatchObject({ match: "near", providers: { first: "MENAFN", duplicate: "EIN Presswire" }, firstLine: menafn.line });
    expect(duplicate.evidence?.similarity as number).toBeGreaterThan(0.9);
    expect(text.slice(duplicate.offset, duplicate.endOffset)).toMatch(/^EIN Presswire provides this news content "as is".*kindly contact the author above\.$/);
    expect(stacked.message).toContain("(MENAFN, then EIN Presswire)");
    expect(text.slice(stacked.offset, stacked.endOffset)).toBe("EIN Presswire");
  });

  it("--fix removes the second disclaimer with its label; the result re-parses with one labelled disclaimer, and a second fix changes nothing", () => {
    const fixed = fixAll(path, text);
    expect(fixed.passes).toBe(1);
    expect(fixed.text).not.toContain("EIN Presswire");
    expect(fixed.text.match(/Legal Disclaimer:/g)).toHaveLength(1);
    expect(fixed.text.slice(0, text.indexOf("EIN Presswire") - 200)).toBe(text.slice(0, text.indexOf("EIN Presswire") - 200));
    const again = parsed(path, fixed.text);
    // No orphan label: the only label heads the MENAFN text, and nothing is reported any more.
    expect(marks(again).slice(-2)).toEqual(["disclaimer(MENAFN)", "disclaimer(MENAFN)"]);
    expect(again.blocks.at(-2)?.text).toBe("Legal Disclaimer:");
    expect(again.blocks.length).toBe(article.blocks.length - 2);
    expect(check(again)).toEqual([]);
    expect(fixAll(path, fixed.text).passes).toBe(0);
  });
});

describe("seed fixes, byte for byte", () => {
  it("article.txt loses its last two lines and nothing else", () => {
    const { path, text } = fixture("seed/article.txt");
    const lines = text.split("\n");
    expect(lines.at(-3)).toBe("Legal Disclaimer:");
    expect(fixAll(path, text).text).toBe(`${lines.slice(0, -3).join("\n")}\n`);
  });

  it("article.html loses the label element and the paragraph element of the second disclaimer", () => {
    const { path, text } = fixture("seed/article.html");
    const label = text.lastIndexOf("<strong>Legal Disclaimer:</strong>");
    const paragraph = text.indexOf("<p>EIN Presswire");
    const paragraphEnd = text.indexOf("</p>", paragraph) + 4;
    const expected = text.slice(0, label) + text.slice(label + "<strong>Legal Disclaimer:</strong>".length, paragraph) + text.slice(paragraphEnd);
    expect(fixAll(path, text).text).toBe(expected);
  });
});

describe("quotes/syndicated.html: two identical MENAFN disclaimers", () => {
  const { path, text, article } = fixture("quotes/syndicated.html");
  const findings = check(article);

  it("finds one exact duplicate on the second, with the first as related, and no stack", () => {
    const second = text.lastIndexOf("<b>Legal Disclaimer:</b>") + 3;
    const first = text.indexOf("<b>Legal Disclaimer:</b>") + 3;
    const at = (offset: number) => positionOf(text.slice(0, offset) + "\u0000", "\u0000");
    expect(summary(findings)).toEqual([
      `${at(second).line}:${at(second).column} disclaimers/duplicate error -> related ${at(first).line}:${at(first).column}`,
    ]);
    expect(findings[0]?.message).toBe(`Second copy of the MENAFN disclaimer (the first is at line ${at(first).line}): delete this one.`);
    expect(findings[0]?.evidence).toMatchObject({ similarity: 1, match: "exact" });
    // The story's paragraphs stay unmarked, so the quotation and sourcing rules read them.
    expect(marks(article)).toEqual(["-", "-", "-", "-", "-", "-", "-", "-", "disclaimer(MENAFN)", "disclaimer(MENAFN)"]);
  });

  it("--fix leaves exactly one disclaimer, removing the whole second paragraph element", () => {
    const fixed = fixAll(path, text);
    expect(fixed.text.match(/Legal Disclaimer:/g)).toHaveLength(1);
    const start = text.lastIndexOf("<p><b>Legal Disclaimer:</b>");
    expect(fixed.text).toBe(text.slice(0, start) + text.slice(text.indexOf("</p>", start) + 4));
    expect(check(parsed(path, fixed.text))).toEqual([]);
  });
});

describe("fixtures without boilerplate", () => {
  it.each(["quotes/original.html", "place-names/mixed.md"])("%s: nothing marked, nothing reported", (relative) => {
    const { article } = fixture(relative);
    expect(marks(article).every((m) => m === "-")).toBe(true);
    expect(check(article)).toEqual([]);
  });
});

describe("Markdown and HTML written by hand", () => {
  const DISCLAIMER = "MENAFN provides the information “as is” without warranty of any kind. We do not accept any responsibility or liability for the accuracy, content, images, videos, licenses, completeness, legality, or reliability of the information contained in this article. If you have any complaints or copyright issues related to this article, kindly contact the provider above.";

  it("Markdown: the later copy and its bold label line go; the story and the first copy stay", () => {
    const text = [
      "# Harbour board approves terminal expansion",
      "",
      "The Port Elwyn harbour board voted 5-2 on Tuesday to approve a $240 million expansion of the container terminal.",
      "",
      `**Legal Disclaimer:** ${DISCLAIMER}`,
      "",
      "**Legal Disclaimer:**",
      "",
      DISCLAIMER.replace("MENAFN", "EIN Presswire").replace("provider above", "author above"),
      "",
    ].join("\n");
    const findings = check(parsed("story.md", text));
    expect(summary(findings)).toEqual(["9:1 disclaimers/stacked warning -> related 5:23", "9:1 disclaimers/duplicate error -> related 5:3"]);
    const fixed = fixAll("story.md", text).text;
    expect(fixed).toBe(`${text.split("\n").slice(0, 5).join("\n")}\n\n`);
    expect(check(parsed("story.md", fixed))).toEqual([]);
  });

  it("HTML: a disclaimer repeated inside one element's paragraphs", () => {
    const text = `<html><body><article><h1>Harbour board approves terminal expansion</h1>
<p>The Port Elwyn harbour board voted 5-2 on Tuesday to approve a $240 million expansion.</p>
<div class="notes"><p>${DISCLAIMER}</p>
<p>${DISCLAIMER}</p></div>
</article></body></html>`;
    const findings = check(parsed("story.html", text));
    expect(summary(findings)).toEqual(["4:4 disclaimers/duplicate error -> related 3:23"]);
    const fixed = fixAll("story.html", text).text;
    expect(fixed).toBe(text.replace(`\n<p>${DISCLAIMER}</p></div>`, `\n</div>`));
  });
});
