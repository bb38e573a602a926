import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { copyFixtures, runCli, runJson } from "./run-cli.js";

const errorLines = (stderr: string) => stderr.split("\n").filter((l) => l.startsWith("copydesk: "));

describe("bad input", () => {
  it("names a missing path, checks the valid files and exits 2", () => {
    const dir = copyFixtures("seed/article.txt");
    const run = runJson(["check", "article.txt", "missing.html"], dir);
    expect(run.status).toBe(2);
    expect(errorLines(run.stderr)).toEqual(["copydesk: missing.html: no such file or directory"]);
    const checked = run.report.files.find((f) => f.path === "article.txt");
    expect(checked?.findings.length).toBeGreaterThan(0);
  });

  it("names each binary file and the file in an unknown encoding", () => {
    const dir = copyFixtures("seed/article.txt");
    mkdirSync(join(dir, "bin"));
    writeFileSync(join(dir, "bin", "a.html"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
    writeFileSync(join(dir, "bin", "b.txt"), Buffer.from([0x1f, 0x8b, 0x08, 0, 0, 0, 0, 0, 0, 3]));
    writeFileSync(join(dir, "latin.txt"), Buffer.from("Talks in Kiev \x93today\x94 ended.", "latin1"));
    const run = runJson(["check", "bin", "latin.txt", "article.txt"], dir);
    expect(run.status).toBe(2);
    expect(errorLines(run.stderr)).toEqual([
      "copydesk: bin/a.html: binary file, not text (it contains NUL or control bytes)",
      "copydesk: bin/b.txt: binary file, not text (it contains NUL or control bytes)",
      "copydesk: latin.txt: not valid UTF-8 (byte 0x93 at line 1, column 15) and no BOM or charset declaration says what it is; name the encoding of legacy files with --encoding (e.g. windows-1252)",
    ]);
    expect(run.report.files.find((f) => f.path === "article.txt")?.findings.length).toBeGreaterThan(0);
  });

  it("reads a legacy feed with --encoding, and refuses an encoding it cannot decode", () => {
    const dir = copyFixtures();
    writeFileSync(join(dir, "latin.txt"), Buffer.from("Talks in Kiev \x93today\x94 ended.", "latin1"));
    const run = runJson(["check", "--encoding", "windows-1252", "latin.txt"], dir);
    expect(run.status).toBe(0);
    expect(run.report.files[0]?.findings.find((f) => f.ruleId === "names/house-style")).toMatchObject({ line: 1, column: 10 });
    const bad = runCli(["check", "--encoding", "klingon", "latin.txt"], dir);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--encoding: "klingon" is not an encoding copydesk can decode');
    const threads = runCli(["check", "--concurrency", "many", "latin.txt"], dir);
    expect(threads.stderr).toContain('--concurrency takes a whole number of at least 0, not "many"');
  });

  it("reports an invalid config with the key and the closest rule id, exit 2", () => {
    const dir = copyFixtures("seed/article.txt");
    writeFileSync(join(dir, "copydesk.config.json"), JSON.stringify({ rules: { "names/house-styel": "error" } }));
    const run = runCli(["check", "article.txt"], dir);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(
      `copydesk: config error: ${join(dir, "copydesk.config.json")}: rules["names/house-styel"]: unknown rule "names/house-styel"; did you mean "names/house-style"?\n`,
    );
  });

  it("reports a bad severity in the config naming the key", () => {
    const dir = copyFixtures("seed/article.txt");
    writeFileSync(join(dir, "copydesk.config.json"), JSON.stringify({ rules: { "names/house-style": "loud" } }));
    const run = runCli(["check", "article.txt"], dir);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/config error: .*copydesk\.config\.json: .*names\/house-style/);
  });

  it("rejects unknown options and bad --rule values as usage errors", () => {
    expect(runCli(["check", "--frobnicate", "x"]).status).toBe(2);
    const bad = runCli(["check", "--rule", "names/house-style=loud", "x"]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--rule takes <id>=<off|info|warning|error>, not "names/house-style=loud"');
    expect(runCli(["check"]).stderr).toContain("name the files, directories or globs");
  });
});
