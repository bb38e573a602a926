import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fixturePath } from "@copydesk/tooling/fixtures";
import { copyFixtures, type JsonFinding, positionsOf, readFixture, runCli, runJson } from "./run-cli.js";

const sources = (findings: JsonFinding[]) => findings.filter((f) => f.ruleId.startsWith("sources/"));
const where = (findings: JsonFinding[], ruleId: string) =>
  findings.filter((f) => f.ruleId === ruleId).map((f) => ({ line: f.line, column: f.column, endLine: f.endLine, endColumn: f.endColumn }));

/** Line and column of `needle` in the file's body (the <head> repeats the headline and the lead), worked out without copydesk. */
function span(text: string, needle: string) {
  const body = text.indexOf("<body");
  const all = positionsOf(text, needle);
  const bodyLine = body < 0 ? 0 : text.slice(0, body).split(/\r\n|\r|\n/).length;
  const at = all.find((p) => p.line >= bodyLine) ?? all[0];
  if (at === undefined) throw new Error(`not in the fixture: ${needle}`);
  return { line: at.line, column: at.column, endLine: at.line, endColumn: at.column + needle.length };
}

const HEADLINE = "Kremlin excludes Putin attending Ukraine peace discussions";
const CLAIMS = [
  "That year’s negotiations produced a draft agreement offering Ukraine security guarantees in return for neutrality and military limitations—terms that Kiev ultimately rejected in favor of continued conflict with Western backing.",
  "Putin recently proposed restarting peace discussions, with the U.S. acknowledging that such talks are a logical next step toward brokering a ceasefire.",
  "Trump later commented that Putin had no reason to go if he himself wasn’t planning to be there.",
  "Moscow has reiterated that its core objectives remain unchanged: a durable peace must address the root causes of the war, including Ukraine’s NATO ambitions and alleged mistreatment of ethnic Russians.",
];

describe.each(["seed/article.txt", "seed/article.html"])("copydesk check %s: missing sources", (relative) => {
  const text = readFixture(relative);
  const { report } = runJson(["check", fixturePath(relative)]);
  const findings = report.files[0]?.findings ?? [];

  it("byline and credit missing at the headline, dateline missing at the story's first word", () => {
    const headline = span(text, HEADLINE);
    expect(where(findings, "sources/byline")).toEqual([headline]);
    expect(where(findings, "sources/credit")).toEqual([headline]);
    const first = span(text, "The talks, scheduled");
    expect(where(findings, "sources/dateline")).toEqual([{ ...first, endColumn: first.column + 3 }]);
  });

  it('the dangling "provider above" and "author above", in the disclaimers', () => {
    expect(where(findings, "sources/dangling-reference")).toEqual([span(text, "the provider above"), span(text, "the author above")]);
  });

  it("the headline's Kremlin, which the body never mentions", () => {
    const headline = span(text, HEADLINE);
    expect(where(findings, "sources/headline-support")).toEqual([{ ...headline, endColumn: headline.column + "Kremlin".length }]);
  });

  it("the claims of EXPECTED.md, each at its exact sentence", () => {
    expect(where(findings, "sources/unattributed-claim")).toEqual(CLAIMS.map((sentence) => span(text, sentence)));
    const messages = findings.filter((f) => f.ruleId === "sources/unattributed-claim").map((f) => f.message);
    expect(messages[0]).toContain('"in favor of continued conflict"');
    expect(messages[1]).toContain('"the U.S. acknowledging"');
    expect(messages[2]).toContain("say where and when Trump said it");
    expect(messages[3]).toContain('"alleged mistreatment" names no one alleging it');
  });

  it("everything at warning: the run still exits 0 without --max-warnings", () => {
    expect(sources(findings).every((f) => f.severity === "warning")).toBe(true);
  });
});

describe("copydesk check quotes/", () => {
  it("original.html, a well-sourced wire story: no sources/* finding at all", () => {
    const { report } = runJson(["check", fixturePath("quotes/original.html")]);
    expect(sources(report.files[0]?.findings ?? [])).toEqual([]);
  });

  it('syndicated.html: byline, dateline and credit missing, and the "Critics say" sentence flagged', () => {
    const text = readFixture("quotes/syndicated.html");
    const { report } = runJson(["check", fixturePath("quotes/syndicated.html")]);
    const findings = report.files[0]?.findings ?? [];
    const headline = span(text, "Port Elwyn board backs terminal expansion despite traffic fears");
    expect(where(findings, "sources/byline")).toEqual([headline]);
    expect(where(findings, "sources/credit")).toEqual([headline]);
    expect(where(findings, "sources/dateline").map((f) => [f.line, f.column])).toEqual([[span(text, "Port Elwyn's harbor").line, span(text, "Port Elwyn's harbor").column]]);
    expect(where(findings, "sources/vague-attribution")).toEqual([span(text, "Critics say")]);
    expect(findings.find((f) => f.ruleId === "sources/vague-attribution")?.message).toBe('"Critics say" does not say which critics: name them, or quote one by name and role.');
  });
});

describe("copydesk inspect shows the provenance record", () => {
  it("values read from the text, with the line they stand on", () => {
    const run = runCli(["inspect", fixturePath("quotes/original.html"), "--format", "json"]);
    expect(run.status).toBe(0);
    const origins = JSON.parse(run.stdout).metadata.origins as { field: string; value: string; from: string }[];
    expect(origins).toEqual(
      expect.arrayContaining([
        { field: "dateline", value: "PORT ELWYN, June 3 (Northline)", from: "dateline, line 13" },
        { field: "credit", value: "Northline", from: "dateline agency, line 13" },
        { field: "authors", value: "Dana Okafor", from: "byline, line 12" },
      ]),
    );
    const seed = runCli(["inspect", fixturePath("seed/article.txt")]).stdout;
    expect(seed).toMatch(/distributor\s+MENAFN\s+\[disclaimer, line 7\]/);
    expect(seed).toMatch(/distributor\s+EIN Presswire\s+\[disclaimer, line 14\]/);
  });
});

describe("tuning the sources rules", () => {
  it("copydesk rules lists all seven at warning", () => {
    const listed = JSON.parse(runCli(["rules", "--format", "json"]).stdout) as { id: string; severity: string }[];
    const ids = ["sources/byline", "sources/dateline", "sources/credit", "sources/dangling-reference", "sources/vague-attribution", "sources/unattributed-claim", "sources/headline-support"];
    expect(listed.filter((r) => r.id.startsWith("sources/")).map((r) => [r.id, r.severity])).toEqual(ids.map((id) => [id, "warning"]));
  });

  it("options from the config file: countryAsSource off leaves the capital's sentence flagged only for its allegation", () => {
    const dir = copyFixtures("seed/article.txt");
    writeFileSync(
      join(dir, "copydesk.config.json"),
      JSON.stringify({ rules: { "sources/unattributed-claim": ["error", { countryAsSource: false }], "sources/byline": "off" } }),
    );
    const run = runJson(["check", "article.txt"], dir);
    const findings = run.report.files[0]?.findings ?? [];
    expect(findings.filter((f) => f.ruleId === "sources/byline")).toEqual([]);
    const claims = findings.filter((f) => f.ruleId === "sources/unattributed-claim");
    expect(claims.map((f) => f.message)).toEqual([
      'The motive "in favor of continued conflict" is stated as fact: attribute it to a named source, or cut it.',
      '"Trump later commented" gives no venue or date for this claim: say where and when Trump said it.',
      '"alleged mistreatment" names no one alleging it: attribute it to a named source, or cut it.',
    ]);
    expect(claims.every((f) => f.severity === "error")).toBe(true);
    expect(run.status).toBe(1);
  });

  it("a misspelt option is a config error naming the key", () => {
    const dir = copyFixtures("seed/article.txt");
    writeFileSync(join(dir, "copydesk.config.json"), JSON.stringify({ rules: { "sources/credit": ["warning", { assumeSyndicate: true }] } }));
    const run = runCli(["check", "article.txt"], dir);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('rules["sources/credit"] options');
    expect(run.stderr).toContain('"assumeSyndicate"');
  });
});
