import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fixturePath } from "@copydesk/tooling/fixtures";
import { copyFixtures, positionsOf, readFixture, runCli, runJson, type JsonFinding } from "./run-cli.js";

const quoteFindings = (findings: ReadonlyArray<JsonFinding>) => findings.filter((f) => f.ruleId.startsWith("quotes/"));

/** Where `needle` starts and ends in the fixture's raw text, 1-based (worked out without copydesk). */
function spanOf(relative: string, needle: string) {
  const [at] = positionsOf(readFixture(relative), needle);
  if (at === undefined) throw new Error(`${needle} not in ${relative}`);
  return { line: at.line, column: at.column, endLine: at.line, endColumn: at.column + needle.length };
}

const SYNDICATED = "quotes/syndicated.html";
const EXPECTED = [
  { ruleId: "quotes/misattributed", severity: "error", ...spanOf(SYNDICATED, "This is the largest investment in the waterfront in a generation, and it will pay for itself within twelve years") },
  { ruleId: "quotes/altered", severity: "error", ...spanOf(SYNDICATED, "We are against growth, and nobody has shown us a credible traffic study.") },
  { ruleId: "quotes/altered", severity: "error", ...spanOf(SYNDICATED, "The dredging will be done in two phases to keep the channel open to fishing boats at all times") },
  { ruleId: "quotes/unverified", severity: "warning", ...spanOf(SYNDICATED, "Greyhaven will hire locally wherever it can") },
];

const located = (f: JsonFinding) => ({ ruleId: f.ruleId, severity: f.severity, line: f.line, column: f.column, endLine: f.endLine, endColumn: f.endColumn });

describe("copydesk check --sources on the syndicated rewrite (quotes/EXPECTED.md)", () => {
  const run = runJson(["check", fixturePath(SYNDICATED), "--sources", fixturePath("quotes/original.html")]);
  const findings = quoteFindings(run.report.files[0]?.findings ?? []);

  it("gives exactly the editor's verdicts at the quotations' lines and columns in the HTML source", () => {
    expect(findings.map(located)).toEqual(EXPECTED);
    expect(run.status).toBe(1);
  });

  it("names both speakers and shows the source passage, its place and the score", () => {
    const misattributed = findings.find((f) => f.ruleId === "quotes/misattributed");
    expect(misattributed?.message).toContain("board chair Miriam Castell, not to Priya Raman");
    expect(misattributed?.evidence).toMatchObject({
      sourcePassage: "This is the largest investment in the waterfront in a generation, and it will pay for itself within twelve years",
      source: { line: 14 },
      score: 1,
    });
    const lind = findings.find((f) => f.ruleId === "quotes/altered" && f.line === EXPECTED[1]?.line);
    expect(lind?.evidence?.diff).toBe("We are [-not-] against growth [-but-] {+and+} nobody has shown us a credible traffic study");
  });

  it("prints them for an editor in the stylish format", () => {
    const text = runCli(["check", fixturePath(SYNDICATED), "--sources", fixturePath("quotes/original.html")]).stdout;
    expect(text).toMatch(/13:11\s+error\s+The source gives these words to board chair Miriam Castell, not to Priya Raman .* quotes\/misattributed/);
    expect(text).toMatch(/17:11\s+warning\s+Nothing in the source file matches this quotation/);
  });

  it("reads sources named in copydesk.config.json, and keeps the others when one rule is off", () => {
    const dir = copyFixtures(SYNDICATED, "quotes/original.html");
    writeFileSync(join(dir, "copydesk.config.json"), JSON.stringify({ sources: ["original.html"], rules: { "quotes/unverified": "off" } }));
    const fromConfig = runJson(["check", "syndicated.html"], dir);
    expect(quoteFindings(fromConfig.report.files[0]?.findings ?? []).map(located)).toEqual(EXPECTED.slice(0, 3));
  });
});

describe("copydesk check --sources on worker threads", () => {
  it("gives the same verdicts as on one thread (the archive is built in shards and absorbed by every worker)", () => {
    const dir = copyFixtures("quotes/original.html");
    const feed = readFixture(SYNDICATED);
    for (const name of ["a.html", "b.html", "c.html"]) writeFileSync(join(dir, name), feed);
    const verdicts = (concurrency: string) =>
      runJson(["check", "a.html", "b.html", "c.html", "--sources", "original.html", "--concurrency", concurrency], dir).report.files.map((file) => ({
        path: file.path,
        found: quoteFindings(file.findings).map(located),
      }));
    const oneThread = verdicts("off");
    expect(oneThread.map((file) => file.found)).toEqual([EXPECTED, EXPECTED, EXPECTED]);
    expect(verdicts("2")).toEqual(oneThread);
  });
});

describe("copydesk check without --sources", () => {
  it("gives no verdict on the seed or the rewrite that needs a source", () => {
    for (const relative of ["seed/article.html", "seed/article.txt", SYNDICATED]) {
      const { report } = runJson(["check", fixturePath(relative)]);
      const verdicts = quoteFindings(report.files[0]?.findings ?? []).filter((f) => f.ruleId !== "quotes/inconsistent-speaker");
      expect(verdicts, relative).toEqual([]);
    }
  });

  it("finds one quotation given to two speakers across the articles of a run", () => {
    const { report } = runJson(["check", fixturePath(SYNDICATED), fixturePath("quotes/original.html")]);
    const byFile = report.files.map((file) => ({ path: file.path.split("/").pop(), found: quoteFindings(file.findings).map((f) => `${f.ruleId} ${f.line}:${f.column}`) }));
    expect(byFile.sort((a, b) => String(a.path).localeCompare(String(b.path)))).toEqual([
      { path: "original.html", found: ["quotes/inconsistent-speaker 14:9"] },
      { path: "syndicated.html", found: ["quotes/inconsistent-speaker 13:11"] },
    ]);
    const message = report.files.find((file) => file.path.endsWith("syndicated.html"))?.findings.find((f) => f.ruleId === "quotes/inconsistent-speaker")?.message;
    expect(message).toContain("The same quotation is given to Priya Raman here and to board chair Miriam Castell in");
  });
});

describe("copydesk inspect lists quotations with their speakers", () => {
  it("the seed's three reported-speech attributions", () => {
    const view = JSON.parse(runCli(["inspect", fixturePath("seed/article.html"), "--format", "json"]).stdout);
    expect(view.quotations.map((q: { kind: string; speaker?: { name: string }; cue?: { text: string } }) => [q.kind, q.speaker?.name, q.cue?.text])).toEqual([
      ["reported", "Vladimir Zelensky", "responded"],
      ["reported", "Trump", "commented"],
      ["reported", "Sergey Lavrov", "warned"],
    ]);
    const text = runCli(["inspect", fixturePath("seed/article.txt")]).stdout;
    expect(text).toMatch(/reported\s+block 4\s+Sergey Lavrov \(person\)\s+cue: warned/);
    expect(text).toContain("even if Zelensky were replaced, the underlying nature of Ukraine’s current political regime would persist");
  });

  it("the original's quotations, with a surname resolved to the full name", () => {
    const text = runCli(["inspect", fixturePath("quotes/original.html")]).stdout;
    expect(text).toMatch(/direct\s+block \d+\s+Miriam Castell \(person\)\s+cue: said/);
    expect(text).toMatch(/direct\s+block \d+\s+Hal Brenner \(person, by surname\)\s+cue: said/);
    expect(text).toMatch(/partial\s+block \d+\s+Priya Raman \(person\)\s+cue: told/);
  });
});
