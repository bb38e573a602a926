import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import Ajv from "ajv-draft-04";
import addFormats from "ajv-formats";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { copyFixtures, runCli, runJson, type JsonReport } from "./run-cli.js";

const here = dirname(fileURLToPath(import.meta.url));
const SARIF_SCHEMA = join(here, "..", "..", "..", "packages", "reporters", "test", "fixtures", "sarif-2.1.0-rtm.5.json");
const BIN = join(here, "..", "bin", "copydesk.js");
// Run from the repository root, as a CI job does, so paths (and SARIF URIs) are relative.
const ROOT = join(here, "..", "..", "..");
const FIXTURES = "tooling/fixtures";

/** The built binary with exactly this colour environment (no NO_COLOR unless given). */
function runWithEnv(args: string[], cwd: string, env: Record<string, string>) {
  const { NO_COLOR: _noColor, FORCE_COLOR: _forceColor, ...rest } = process.env;
  return spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: "utf8", env: { ...rest, ...env } });
}

function sarifValidator() {
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats(ajv);
  return ajv.compile(JSON.parse(readFileSync(SARIF_SCHEMA, "utf8")));
}

const allFindings = (report: JsonReport) => report.files.flatMap((f) => f.findings.map((finding) => ({ path: f.path, ...finding })));

describe("several reports in one run", () => {
  it("pairs each --format with the --output after it; the json file is the same report as json on stdout", () => {
    const dir = copyFixtures("seed/article.html", "seed/article.txt", "place-names/mixed.md");
    const articles = ["article.html", "article.txt", "mixed.md"];
    const run = runCli(["check", ...articles, "--format", "json", "--output", "report.json", "--format", "html", "-o", "report.html", "-f", "sarif", "-o", "out/../report.sarif", "--format", "stylish"], dir);
    expect(run.status).not.toBe(2);
    expect(run.stdout).toMatch(/^article\.html\n/);
    expect(run.stdout).toMatch(/\n✖ \d+ problems \(\d+ errors?, \d+ warnings?, \d+ infos?\) in 3 files\n/);
    const fromFile = JSON.parse(readFileSync(join(dir, "report.json"), "utf8"));
    const alone = runJson(["check", ...articles], dir).report;
    expect(fromFile).toEqual(alone);
    expect(readFileSync(join(dir, "report.html"), "utf8")).toMatch(/^<!doctype html>[\s\S]*<\/html>\n$/);
    expect(JSON.parse(readFileSync(join(dir, "report.sarif"), "utf8")).runs[0].results).toHaveLength(allFindings(alone).length);
    // Reports are renamed into place when complete: no temporary file is left behind.
    expect(readdirSync(dir).filter((name) => name.includes("copydesk-tmp"))).toEqual([]);
  });

  it("keeps the old order too: --output before a single --format", () => {
    const dir = copyFixtures("seed/article.txt");
    expect(runCli(["check", "article.txt", "--output", "r.json", "--format", "json"], dir).status).not.toBe(2);
    expect(JSON.parse(readFileSync(join(dir, "r.json"), "utf8")).version).toBe(1);
  });

  it("refuses two reports on stdout, an --output with no format of its own, two reports in one file, an unknown format", () => {
    const dir = copyFixtures("seed/article.txt");
    const both = runCli(["check", "article.txt", "-f", "json", "-f", "sarif"], dir);
    expect(both.status).toBe(2);
    expect(both.stderr).toContain("only one report can go to stdout, but json and sarif have no --output");
    const twice = runCli(["check", "article.txt", "-f", "json", "-o", "a.json", "-o", "b.json"], dir);
    expect(twice.stderr).toContain("--format json already writes to a.json; give --output b.json its own --format before it");
    const early = runCli(["check", "article.txt", "-o", "a.json", "-f", "json", "-f", "html", "-o", "b.html"], dir);
    expect(early.stderr).toContain("put each --output right after its --format");
    const same = runCli(["check", "article.txt", "-f", "json", "-o", "a", "-f", "html", "-o", "a"], dir);
    expect(same.stderr).toContain("two reports would be written to a");
    const unknown = runCli(["check", "article.txt", "-f", "pdf"], dir);
    expect(unknown.stderr).toContain('--format must be one of stylish, json, sarif, junit, github, html, not "pdf"');
    for (const run of [twice, early, same, unknown]) expect(run.status).toBe(2);
    expect(existsSync(join(dir, "a.json"))).toBe(false);
  });

  it("stops before checking when a report cannot be written, and leaves nothing behind", () => {
    const dir = copyFixtures("seed/article.txt");
    const run = runCli(["check", "article.txt", "-f", "json", "-o", "no/such/dir/r.json", "-f", "html", "-o", "ok.html"], dir);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe("copydesk: cannot write the report to no/such/dir/r.json: its folder does not exist\n");
    expect(readdirSync(dir)).toEqual(["article.txt"]);
  });

  it("names unreadable files on stderr and in every report, whatever the formats", () => {
    const dir = copyFixtures("seed/article.txt");
    writeFileSync(join(dir, "bin.txt"), Buffer.from([0x1f, 0x8b, 0x08, 0, 0, 0, 0, 0, 0, 3]));
    const run = runCli(["check", "article.txt", "bin.txt", "missing.md", "-f", "junit", "-o", "r.xml", "-f", "github"], dir);
    expect(run.status).toBe(2);
    expect(run.stderr.split("\n").filter(Boolean)).toEqual(["copydesk: bin.txt: binary file, not text (it contains NUL or control bytes)", "copydesk: missing.md: no such file or directory"]);
    expect(run.stdout).toContain("::error file=missing.md,title=copydesk::could not be checked: no such file or directory\n");
    expect(run.stdout).toContain("::error file=bin.txt,title=copydesk::could not be checked: binary file, not text (it contains NUL or control bytes)\n");
    const xml = readFileSync(join(dir, "r.xml"), "utf8");
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).toContain('<testcase classname="bin.txt" name="read"><error type="input" message="binary file, not text (it contains NUL or control bytes)">');
  });

  it("--quiet keeps error-severity findings in every report but the exit code still counts warnings", () => {
    const dir = copyFixtures("seed/article.txt");
    const run = runCli(["check", "article.txt", "--quiet", "--max-warnings", "0", "-f", "json", "-o", "r.json", "-f", "github"], dir);
    expect(run.status).toBe(1);
    const report = JSON.parse(readFileSync(join(dir, "r.json"), "utf8")) as JsonReport;
    expect(allFindings(report).filter((f) => f.severity !== "error")).toEqual([]);
    expect(run.stdout).not.toContain("::warning");
  });
});

describe("formats on the shared fixtures", () => {
  const json = runJson(["check", FIXTURES], ROOT).report;
  const findings = allFindings(json);

  it("sarif validates against the SARIF 2.1.0 schema and says what the JSON report says", () => {
    const run = runCli(["check", FIXTURES, "--format", "sarif"], ROOT);
    const log = JSON.parse(run.stdout);
    const validate = sarifValidator();
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
    const [sarifRun] = log.runs;
    expect(sarifRun.columnKind).toBe("utf16CodeUnits");
    expect(sarifRun.tool.driver.rules.map((r: { id: string }) => r.id)).toEqual(expect.arrayContaining(["names/house-style", "names/consistency"]));
    for (const rule of sarifRun.tool.driver.rules) expect(rule.helpUri).toMatch(/^https:\/\//);
    expect(sarifRun.results).toHaveLength(findings.length);
    sarifRun.results.forEach((result: any, i: number) => {
      const finding = findings[i] as (typeof findings)[number];
      const { artifactLocation, region } = result.locations[0].physicalLocation;
      expect(artifactLocation).toEqual({ uri: encodeURI(finding.path.replace(/\\/g, "/")), uriBaseId: "%SRCROOT%" });
      expect(region).toEqual({ startLine: finding.line, startColumn: finding.column, endLine: finding.endLine, endColumn: finding.endColumn });
      expect(result.ruleId).toBe(finding.ruleId);
      expect(sarifRun.tool.driver.rules[result.ruleIndex].id).toBe(finding.ruleId);
      expect(result.level).toBe({ error: "error", warning: "warning", info: "note" }[finding.severity]);
      expect(result.fixes !== undefined).toBe(finding.fix !== undefined);
    });
    expect(sarifRun.invocations[0].executionSuccessful).toBe(true);
  });

  it("junit parses back as XML with one case per file and rule, failures at line:column", () => {
    const run = runCli(["check", FIXTURES, "--format", "junit"], ROOT);
    expect(XMLValidator.validate(run.stdout)).toBe(true);
    const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "", isArray: (n) => n === "testsuite" || n === "testcase" }).parse(run.stdout);
    const suites = parsed.testsuites.testsuite;
    expect(suites.map((s: any) => s.name)).toEqual(json.files.map((f) => f.path));
    const seed = suites.find((s: any) => s.name.endsWith("seed/article.html"));
    const houseStyle = seed.testcase.find((c: any) => c.name === "names/house-style");
    const expected = findings.filter((f) => f.path.endsWith("seed/article.html") && f.ruleId === "names/house-style" && f.severity !== "info");
    expect(houseStyle.classname).toBe(seed.name);
    expect(houseStyle.failure["#text"].split("\n")).toEqual(expected.map((f) => `${f.line}:${f.column} ${f.severity} ${f.message}`));
  });

  it("github writes one annotation per finding at its line and column", () => {
    const run = runCli(["check", FIXTURES, "--format", "github"], ROOT);
    const lines = run.stdout.trimEnd().split("\n");
    expect(lines).toHaveLength(findings.length + 1);
    const first = findings[0] as (typeof findings)[number];
    const command = { error: "error", warning: "warning", info: "notice" }[first.severity];
    expect(lines[0]).toBe(`::${command} file=${first.path},line=${first.line},col=${first.column},endLine=${first.endLine},endColumn=${first.endColumn},title=${first.ruleId}::${first.message.replace(/%/g, "%25")}`);
    expect(lines.at(-1)).toMatch(/^copydesk: \d+ errors?, \d+ warnings?, \d+ infos? in \d+ files$/);
  });
});

describe("stylish colours", () => {
  const dir = copyFixtures("seed/article.txt");
  const colored = (stdout: string) => stdout.includes("\u001b[33mwarning");

  it("are off in a pipe and with NO_COLOR, on with FORCE_COLOR or --color, off with FORCE_COLOR=0 or --no-color", () => {
    expect(colored(runWithEnv(["check", "article.txt"], dir, {}).stdout)).toBe(false);
    expect(colored(runWithEnv(["check", "article.txt"], dir, { NO_COLOR: "1" }).stdout)).toBe(false);
    expect(colored(runWithEnv(["check", "article.txt"], dir, { FORCE_COLOR: "1" }).stdout)).toBe(true);
    expect(colored(runWithEnv(["check", "article.txt"], dir, { FORCE_COLOR: "0" }).stdout)).toBe(false);
    expect(colored(runWithEnv(["check", "article.txt", "--color"], dir, { NO_COLOR: "1" }).stdout)).toBe(true);
    expect(colored(runWithEnv(["check", "article.txt", "--no-color"], dir, { FORCE_COLOR: "1" }).stdout)).toBe(false);
  });

  it("never reach a report file", () => {
    runWithEnv(["check", "article.txt", "--color", "-o", "r.txt"], dir, {});
    const text = readFileSync(join(dir, "r.txt"), "utf8");
    expect(text).toContain("warning");
    expect(text).not.toContain("\u001b[");
  });
});
