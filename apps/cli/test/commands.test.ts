import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fixturePath } from "@copydesk/tooling/fixtures";
import { copyFixtures, onlyNamesRules, runCli, runJson } from "./run-cli.js";

describe("copydesk rules", () => {
  it("lists every rule with default severity, fixability and description", () => {
    const run = runCli(["rules", "--format", "json"]);
    const rules = JSON.parse(run.stdout) as { id: string; severity: string; fixable: boolean; description: string }[];
    expect(rules.map((r) => r.id)).toEqual(expect.arrayContaining(["names/house-style", "names/consistency"]));
    expect(rules.find((r) => r.id === "names/house-style")).toMatchObject({ severity: "warning", fixable: true });
    expect(runCli(["rules"]).stdout).toMatch(/^names\/house-style\s+warning\s+fixable\s+\S/m);
  });
});

describe("copydesk inspect", () => {
  it("shows metadata and blocks with kind, text and source line", () => {
    const run = runCli(["inspect", fixturePath("seed/article.html"), "--format", "json"]);
    expect(run.status).toBe(0);
    const view = JSON.parse(run.stdout);
    expect(view.format).toBe("html");
    expect(view.metadata.publisher).toBe("MENAFN");
    expect(view.blocks[0]).toMatchObject({ kind: "headline", text: "Kremlin excludes Putin attending Ukraine peace discussions", line: 13, column: 28 });
    expect(view.blocks.some((b: { text: string }) => b.text.startsWith("MENAFN provides the information “as is”"))).toBe(true);
    const text = runCli(["inspect", fixturePath("seed/article.txt")]).stdout;
    expect(text).toContain("headline");
    expect(text).toContain("Kremlin excludes Putin attending Ukraine peace discussions");
  });

  it("fails with the reason for a file it cannot read", () => {
    const run = runCli(["inspect", "nope.html"]);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe("copydesk: nope.html: no such file\n");
  });
});

describe("copydesk init", () => {
  it("writes a commented starter config that copydesk then reads", () => {
    const dir = copyFixtures("seed/article.txt");
    expect(runCli(["init"], dir).status).toBe(0);
    const config = readFileSync(join(dir, "copydesk.config.json"), "utf8");
    expect(config).toContain("// House style");
    expect(config).toContain('"names/house-style": "warning"');
    expect(runJson(["check", "article.txt"], dir).status).not.toBe(2);
    expect(runCli(["init"], dir).status).toBe(2);
    expect(existsSync(join(dir, "copydesk.config.json"))).toBe(true);
  });
});

describe("options", () => {
  it("--preset reuters asks for Zelenskiy", () => {
    const { report } = runJson(["check", "--preset", "reuters", fixturePath("place-names/mixed.md")]);
    expect(report.files[0]?.findings.some((f) => f.message.includes("Zelenskiy"))).toBe(true);
  });

  it("--rule turns a rule off or raises it, and error findings exit 1", () => {
    const off = runJson(["check", "--rule", "names/house-style=off", fixturePath("seed/article.txt")]);
    expect(off.report.files[0]?.findings.filter((f) => f.ruleId === "names/house-style")).toEqual([]);
    const raised = runJson(["check", "--rule", "names/house-style=error", fixturePath("seed/article.txt")]);
    expect(raised.status).toBe(1);
  });

  it("--max-warnings fails a run with too many warnings; --quiet shows errors only", () => {
    const path = fixturePath("seed/article.txt");
    const onlyNames = [...onlyNamesRules(), "--rule", "names/consistency=off"];
    expect(runJson(["check", ...onlyNames, "--max-warnings", "0", path]).status).toBe(1);
    expect(runJson(["check", ...onlyNames, "--max-warnings", "1000", path]).status).toBe(0);
    const quiet = runJson(["check", "--quiet", path]);
    expect(quiet.report.files[0]?.findings.every((f) => f.severity === "error")).toBe(true);
  });

  it("--output writes the report to a file; --version and --help answer", () => {
    const dir = copyFixtures("seed/article.txt");
    runCli(["check", "article.txt", "--format", "json", "--output", "report.json"], dir);
    expect(JSON.parse(readFileSync(join(dir, "report.json"), "utf8")).version).toBe(1);
    expect(runCli(["--version"]).stdout).toMatch(/^copydesk \d+\.\d+\.\d+\n$/);
    expect(runCli(["--help"]).stdout).toContain("copydesk check <files|dirs|globs...>");
  });

  it("honours inline directives in HTML comments", () => {
    const dir = copyFixtures();
    const html = "<html><body><article><h1>Talks</h1>\n<!-- copydesk-disable-next-line names/house-style -->\n<p>Talks in Kiev.</p>\n<p>More talks in Kiev.</p></article></body></html>\n";
    writeFileSync(join(dir, "a.html"), html);
    const { report } = runJson(["check", ...onlyNamesRules(), "--rule", "names/consistency=off", join(dir, "a.html")]);
    expect(report.files[0]?.findings.map((f) => f.line)).toEqual([4]);
  });
});
