// Inputs from the hostile corpus through the built CLI: exit codes, what stderr says, where findings
// land, and what `inspect` says it decoded. The inputs are the ones `pnpm bench:hostile` times.
import { mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { CONTROL, hostileInputs, writeHostileInput } from "../../../tooling/bench/hostile-inputs.js";
import { runCli, runJson } from "./run-cli.js";

// One input is 50 MB: remove the folders when the file's tests are done.
const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** A temporary folder holding the named hostile inputs and the ordinary article. */
function folderWith(...names: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), "copydesk-cli-hostile-"));
  made.push(dir);
  for (const name of names) {
    const input = hostileInputs.find((i) => i.name === name);
    if (input === undefined) throw new Error(`no hostile input named ${name}`);
    writeHostileInput(dir, input);
  }
  return dir;
}

const errorLines = (stderr: string) => stderr.split("\n").filter((line) => line.startsWith("copydesk: "));
const kievAt = (findings: { ruleId: string; line: number; column: number }[]) =>
  findings.filter((f) => f.ruleId === "names/house-style").map((f) => `${f.line}:${f.column}`);

describe("copydesk check on hostile files", () => {
  it("names each file it cannot read and why on stderr, checks the rest, and exits 2", () => {
    const dir = folderWith("PNG bytes", "gzip bytes", "invalid UTF-8", "50 MB HTML page", "meta charset utf-8 on Windows-1252 bytes");
    const run = runJson(["check", "image.html", "archive.txt", "broken.txt", "huge.html", "meta-says-utf8.html", CONTROL.file], dir);
    expect(run.status).toBe(2);
    expect(errorLines(run.stderr)).toEqual([
      "copydesk: archive.txt: binary file, not text (it contains NUL or control bytes)",
      "copydesk: broken.txt: not valid UTF-8 (byte 0xC3 at line 3, column 15) and no BOM or charset declaration says what it is; name the encoding of legacy files with --encoding (e.g. windows-1252)",
      "copydesk: huge.html: file is 50.0 MB, over the 10 MB limit (--max-file-size)",
      "copydesk: image.html: binary file, not text (it contains NUL or control bytes)",
      'copydesk: meta-says-utf8.html: it declares charset "utf-8" but is not valid UTF-8 (byte 0x93 at line 2, column 18); name the encoding of legacy files with --encoding (e.g. windows-1252)',
    ]);
    expect(run.report.summary.failures).toBe(5);
    expect(kievAt(run.report.files.find((f) => f.path === CONTROL.file)?.findings ?? [])).toEqual(["3:10"]);
  });

  it("applies --max-file-size in megabytes and says by how much a file is over it", () => {
    const dir = folderWith("1 MB single line");
    const run = runCli(["check", "long-line.txt", "--max-file-size", "1"], dir);
    expect(run.status).toBe(2);
    const size = statSync(join(dir, "long-line.txt")).size;
    expect(size).toBeGreaterThan(1024 * 1024);
    expect(errorLines(run.stderr)).toEqual([`copydesk: long-line.txt: file is ${size} bytes, over the limit of 1048576 bytes (--max-file-size)`]);
    expect(runJson(["check", "long-line.txt", "--max-file-size", "2"], dir).report.files[0]?.errors).toEqual([]);
  });

  it("reports Kiev where an editor shows it after CRLF, lone CR, 10,000 nested elements and in Windows-1252", () => {
    const dir = folderWith("CRLF line ends", "lone CR line ends", "10,000 nested elements", "Windows-1252 with --encoding", "Windows-1252 with meta charset");
    const run = runJson(["check", "crlf.txt", "cr.md", "nested.html", "cp1252.txt", "cp1252-meta.html", "--encoding", "windows-1252"], dir);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    const at = Object.fromEntries(run.report.files.map((f) => [f.path, kievAt(f.findings)]));
    expect(at).toEqual({ "crlf.txt": ["4:10"], "cr.md": ["4:10"], "nested.html": ["1:50013"], "cp1252.txt": ["3:10"], "cp1252-meta.html": ["2:13"] });
  });

  it("gets through quotation-mark floods and backtracking bait with exit 0", () => {
    const bait = ["100,000 quotation marks", "unclosed quotes", "50,000 spaces then a letter", "'a' x 50,000 then '!'", "deeply nested parentheses", "100,000 asterisks"];
    const dir = folderWith(...bait);
    const run = runJson(["check", "quotes.txt", "unclosed.txt", "spaces.txt", "letters.txt", "parens.md", "stars.md"], dir);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(run.report.summary).toMatchObject({ files: 6, failures: 0 });
    expect(run.report.files.map((f) => [f.path, kievAt(f.findings)])).toEqual([
      ["letters.txt", []],
      ["parens.md", ["1:10"]],
      ["quotes.txt", ["1:10"]],
      ["spaces.txt", []],
      ["stars.md", ["1:10"]],
      ["unclosed.txt", ["5:10"]],
    ]);
  });
});

describe("copydesk inspect on legacy encodings", () => {
  it("says which decoding it used, in the text view and in JSON", () => {
    const dir = folderWith("UTF-16 LE with BOM", "UTF-16 BE with BOM", "Windows-1252 with meta charset", "meta charset windows-1252 on UTF-8 bytes");
    const header = (file: string) => runCli(["inspect", file], dir).stdout.split("\n")[0];
    expect(header("utf16le.html")).toBe("utf16le.html  (html, utf-16le by its byte order mark)");
    expect(header("utf16be.html")).toBe("utf16be.html  (html, utf-16be by its byte order mark)");
    expect(header("cp1252-meta.html")).toBe("cp1252-meta.html  (html, windows-1252 by its charset declaration)");
    expect(header("meta-says-1252.html")).toBe("meta-says-1252.html  (html, utf-8 as valid UTF-8)");

    const json = runCli(["inspect", "cp1252-meta.html", "--format", "json"], dir);
    expect(json.status).toBe(0);
    const view = JSON.parse(json.stdout) as { encoding: string; decodedBy: string; blocks: { text: string }[] };
    expect({ encoding: view.encoding, decodedBy: view.decodedBy }).toEqual({ encoding: "windows-1252", decodedBy: "declared" });
    expect(view.blocks.map((b) => b.text)).toContain("Talks in Kiev “ended”.");
    expect(JSON.parse(runCli(["inspect", "utf16be.html", "--format", "json"], dir).stdout)).toMatchObject({ encoding: "utf-16be", decodedBy: "bom" });
  });

  it("prints no control sequence from a file name it cannot read", () => {
    const dir = folderWith("PNG bytes");
    const name = "bin\u001b[2J\u001b]0;owned\u0007.html";
    writeFileSync(join(dir, name), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00]));
    const run = runCli(["inspect", name], dir);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe("copydesk: bin\\u001b[2J\\u001b]0;owned\\u0007.html: binary file, not text (it contains NUL or control bytes)\n");
  });

  it("reads a legacy file with --encoding, as check does", () => {
    const dir = folderWith("Windows-1252 with --encoding");
    const refused = runCli(["inspect", "cp1252.txt"], dir);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain("--encoding");
    const read = runCli(["inspect", "cp1252.txt", "--encoding", "windows-1252"], dir);
    expect(read.status).toBe(0);
    expect(read.stdout.split("\n")[0]).toBe("cp1252.txt  (text, windows-1252 by --encoding)");
    expect(read.stdout).toContain("Kiev “ended” today");
  });

  it("check prints no control sequence from a file name either", () => {
    const dir = folderWith();
    const name = "bin\u001b[2J.html";
    writeFileSync(join(dir, name), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00]));
    const run = runCli(["check", name, "--format", "json"], dir);
    expect(run.status).toBe(2);
    expect(errorLines(run.stderr)).toEqual(["copydesk: bin\\u001b[2J.html: binary file, not text (it contains NUL or control bytes)"]);
    expect(run.stderr).not.toContain("\u001b");
  });
});
