import { readFileSync } from "node:fs";
import type { Finding } from "@copydesk/core";
import { fixturePath } from "@copydesk/tooling/fixtures";
import { describe, expect, it } from "vitest";
import { positionOf, readFixtureArticle, sourcesFindings } from "./helpers/fixtures.js";

const text = (relative: string) => readFileSync(fixturePath(relative), "utf8");
const of = (findings: Finding[], ruleId: string) => findings.filter((f) => f.ruleId === ruleId);

/** Where `needle` starts and ends in the file's body (not the <head>), worked out without copydesk. */
function rangeOf(source: string, needle: string) {
  const start = positionOf(source, needle, Math.max(0, source.indexOf("<body")));
  return { line: start.line, column: start.column, endLine: start.line, endColumn: start.column + needle.length };
}

/** The five claims of seed/EXPECTED.md, as the sentences that carry them (4 and 5 share one). */
const SEED_CLAIMS = [
  ["motive", "That year’s negotiations produced a draft agreement offering Ukraine security guarantees in return for neutrality and military limitations—terms that Kiev ultimately rejected in favor of continued conflict with Western backing."],
  ["country", "Putin recently proposed restarting peace discussions, with the U.S. acknowledging that such talks are a logical next step toward brokering a ceasefire."],
  ["undated remark", "Trump later commented that Putin had no reason to go if he himself wasn’t planning to be there."],
  ["country + allegation", "Moscow has reiterated that its core objectives remain unchanged: a durable peace must address the root causes of the war, including Ukraine’s NATO ambitions and alleged mistreatment of ethnic Russians."],
] as const;

describe.each(["seed/article.txt", "seed/article.html"])("%s", (relative) => {
  const source = text(relative);
  const findings = sourcesFindings(readFixtureArticle(relative));
  const headline = "Kremlin excludes Putin attending Ukraine peace discussions";
  const headlineAt = rangeOf(source, headline);

  it("byline and credit missing, pointed at the headline", () => {
    for (const ruleId of ["sources/byline", "sources/credit"]) {
      expect(of(findings, ruleId).map((f) => [f.line, f.column, f.endColumn]), ruleId).toEqual([[headlineAt.line, headlineAt.column, headlineAt.column + headline.length]]);
    }
    expect(of(findings, "sources/credit")[0]?.message).toContain("(it came through MENAFN and EIN Presswire)");
  });

  it("dateline missing, pointed at the first word of the story", () => {
    const at = rangeOf(source, "The talks, scheduled");
    expect(of(findings, "sources/dateline").map((f) => [f.line, f.column, f.endColumn])).toEqual([[at.line, at.column, at.column + "The".length]]);
  });

  it('the dangling "provider above" and "author above"', () => {
    const dangling = of(findings, "sources/dangling-reference");
    expect(dangling.map((f) => ({ line: f.line, column: f.column, endLine: f.endLine, endColumn: f.endColumn }))).toEqual([
      rangeOf(source, "the provider above"),
      rangeOf(source, "the author above"),
    ]);
    expect(dangling[0]?.message).toContain("nothing above names one");
    expect(dangling[1]?.message).toContain("no byline above names one");
  });

  it("headline support: nothing in the body attributes it to the Kremlin", () => {
    const [finding, ...rest] = of(findings, "sources/headline-support");
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ line: headlineAt.line, column: headlineAt.column, endColumn: headlineAt.column + "Kremlin".length });
    expect(finding?.message).toBe('The headline says "Kremlin excludes ...", but the body never mentions "Kremlin": attribute the claim in the body or rewrite the headline.');
  });

  it("all five claims of EXPECTED.md flagged, each with its exact sentence span, and nothing else", () => {
    const claims = of(findings, "sources/unattributed-claim");
    expect(claims.map((f) => ({ line: f.line, column: f.column, endLine: f.endLine, endColumn: f.endColumn }))).toEqual(
      SEED_CLAIMS.map(([, sentence]) => rangeOf(source, sentence)),
    );
    expect(claims.map((f) => f.message)).toEqual([
      'The motive "in favor of continued conflict" is stated as fact: attribute it to a named source, or cut it.',
      '"the U.S. acknowledging" gives a country, not a person or body, as the source: name the official or body who said it, and where.',
      '"Trump later commented" gives no venue or date for this claim: say where and when Trump said it.',
      '"Moscow has reiterated" gives a capital, not a person or body, as the source, and "alleged mistreatment" names no one alleging it: name the official or body who said it, and where.',
    ]);
  });

  it("no vague attribution (the seed's sources are missing, not vague)", () => {
    expect(of(findings, "sources/vague-attribution")).toEqual([]);
  });
});

describe("quotes/original.html", () => {
  it("a well-sourced wire story: no sources/* finding at all", () => {
    expect(sourcesFindings(readFixtureArticle("quotes/original.html"))).toEqual([]);
  });
});

describe("quotes/syndicated.html", () => {
  const source = text("quotes/syndicated.html");
  const findings = sourcesFindings(readFixtureArticle("quotes/syndicated.html"));

  it("byline, dateline and credit missing", () => {
    const headline = rangeOf(source, "Port Elwyn board backs terminal expansion despite traffic fears");
    for (const ruleId of ["sources/byline", "sources/credit"]) {
      expect(of(findings, ruleId).map((f) => [f.line, f.column, f.endColumn]), ruleId).toEqual([[headline.line, headline.column, headline.endColumn]]);
    }
    const opening = rangeOf(source, "Port Elwyn's harbor board");
    expect(of(findings, "sources/dateline").map((f) => [f.line, f.column])).toEqual([[opening.line, opening.column]]);
    expect(of(findings, "sources/credit")[0]?.message).toContain("(it came through MENAFN)");
  });

  it('the "Critics say" sentence flagged at the vague phrase', () => {
    const vague = of(findings, "sources/vague-attribution");
    expect(vague.map((f) => ({ line: f.line, column: f.column, endLine: f.endLine, endColumn: f.endColumn }))).toEqual([rangeOf(source, "Critics say")]);
    expect(vague[0]?.message).toBe('"Critics say" does not say which critics: name them, or quote one by name and role.');
  });

  it("no unattributed claim (every figure is the board's act or inside a quotation) and the headline is supported", () => {
    expect(of(findings, "sources/unattributed-claim")).toEqual([]);
    expect(of(findings, "sources/headline-support")).toEqual([]);
  });
});

describe("place-names/mixed.md", () => {
  it("a bylined, datelined original: nothing to report", () => {
    expect(sourcesFindings(readFixtureArticle("place-names/mixed.md"))).toEqual([]);
  });
});
