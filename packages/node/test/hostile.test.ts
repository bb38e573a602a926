// The hostile corpus through the whole file pipeline (read, decode, parse, every rule): each input
// is checked correctly or gets a clear error naming the reason, and the ordinary article checked in
// the same run is still checked. The inputs are shared with `pnpm bench:hostile`, which times them.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { DecodedBy, FileResult } from "@copydesk/core";
import { checkAsync, type CheckRun } from "../src/index.js";
import { CONTROL, MB, hostileInputs as allHostileInputs, writeHostileInput } from "../../../tooling/bench/hostile-inputs.js";

const hostileInputs = allHostileInputs.filter((input) => input.benchOnly !== true);

interface Expected {
  /** The file's one error; absent: the file is checked without error. */
  readonly error?: string;
  /** Where "Kiev" is reported; absent: every occurrence in the UTF-8 bytes, located independently of copydesk. */
  readonly kiev?: ReadonlyArray<readonly [line: number, column: number]>;
  readonly decoded?: { readonly encoding: string; readonly decodedBy: DecodedBy; readonly contains: string };
  /** Every finding, when the file should have none or exactly these. */
  readonly findings?: ReadonlyArray<string>;
}

// One input is 50 MB: remove the inputs when the file's tests are done.
const made: string[] = [];
const tempDir = (prefix: string): string => {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

const BINARY = "binary file, not text (it contains NUL or control bytes)";
const NAME_THE_ENCODING = "name the encoding of legacy files with --encoding (e.g. windows-1252)";

const EXPECTED: Record<string, Expected> = {
  "empty file": { findings: [] },
  "white space only": { findings: [] },
  "PNG bytes": { error: BINARY },
  "gzip bytes": { error: BINARY },
  "invalid UTF-8": { error: `not valid UTF-8 (byte 0xC3 at line 3, column 15) and no BOM or charset declaration says what it is; ${NAME_THE_ENCODING}` },
  "UTF-16 LE with BOM": { kiev: [[1, 13]], decoded: { encoding: "utf-16le", decodedBy: "bom", contains: "Talks in Kiev “ended”." } },
  "UTF-16 BE with BOM": { kiev: [[1, 13]], decoded: { encoding: "utf-16be", decodedBy: "bom", contains: "Talks in Kiev “ended”." } },
  "Windows-1252 with --encoding": { kiev: [[3, 10]], decoded: { encoding: "windows-1252", decodedBy: "fallback", contains: "Kiev “ended” today" } },
  "Windows-1252 with meta charset": { kiev: [[2, 13]], decoded: { encoding: "windows-1252", decodedBy: "declared", contains: "Kiev “ended”." } },
  // Bytes that are valid UTF-8 are read as UTF-8 whatever the page claims: the claim is the likelier mistake.
  "meta charset windows-1252 on UTF-8 bytes": { kiev: [[2, 13]], decoded: { encoding: "utf-8", decodedBy: "utf-8", contains: "Kiev “ended” in Odesa." } },
  "meta charset utf-8 on Windows-1252 bytes": { error: `it declares charset "utf-8" but is not valid UTF-8 (byte 0x93 at line 2, column 18); ${NAME_THE_ENCODING}` },
  "CRLF line ends": { kiev: [[4, 10]] },
  "lone CR line ends": { kiev: [[4, 10]] },
  "50 MB HTML page": { error: "file is 50.0 MB, over the 10 MB limit (--max-file-size)" },
  "10,000 nested elements": { kiev: [[1, 50013]] },
  "1 MB single line": {},
  "100,000 quotation marks": { findings: ["names/house-style 1:10"] },
  "100,000 curly quotation marks": {},
  "unclosed quotes": {},
  "50,000 spaces then a letter": { findings: [] },
  "'a' x 50,000 then '!'": { findings: [] },
  "deeply nested parentheses": {},
  "'\" ' repeated": { findings: ["names/house-style 1:10"] },
  // Only the one old spelling is reported, by the house style and as inconsistent with the 10,000 new ones.
  "'Kyiv ' x 10,000": { findings: ["names/consistency 1:50001", "names/house-style 1:50001"] },
  "'said ' x 10,000": { findings: ["names/house-style 1:50001"] },
  "100,000 dots": { findings: ["names/house-style 1:10"] },
  "100,000 dashes": {},
  "100,000 asterisks": {},
};

/** 1-based line and column of each `word` in `text`, counted the way editors do (CRLF, CR, LF). */
function positionsOf(text: string, word: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  text.split(/\r\n|\r|\n/).forEach((line, index) => {
    for (let at = line.indexOf(word); at >= 0; at = line.indexOf(word, at + 1)) out.push([index + 1, at + 1]);
  });
  return out;
}

const kievFindings = (file: FileResult) => file.findings.filter((f) => f.ruleId === "names/house-style" && f.message.includes("Kiev")).map((f) => [f.line, f.column]);
const fileNamed = (run: CheckRun, path: string) => run.report.files.find((file) => file.path === path) as FileResult;

function expectControlChecked(run: CheckRun): void {
  const control = fileNamed(run, CONTROL.file);
  expect(control.errors).toEqual([]);
  expect(kievFindings(control)).toEqual(positionsOf(CONTROL.text, "Kiev"));
}

describe("the hostile corpus, one input per run beside an ordinary article", () => {
  it("has an expectation for every input", () => {
    expect(Object.keys(EXPECTED).sort()).toEqual(hostileInputs.map((input) => input.name).sort());
  });

  for (const input of hostileInputs) {
    const expected = EXPECTED[input.name] ?? {};
    it(`${input.name}: ${expected.error === undefined ? "checked correctly" : "a clear error naming the file"}, the other file still checked`, async () => {
      const dir = tempDir("copydesk-hostile-");
      const files = writeHostileInput(dir, input);
      const run = await checkAsync({ patterns: files, cwd: dir, ...input.options });
      expect(run.report.files.map((file) => file.path).sort()).toEqual([...files].sort());
      expectControlChecked(run);

      const file = fileNamed(run, input.file);
      if (expected.error !== undefined) {
        expect(file).toEqual({ path: input.file, findings: [], errors: [{ message: expected.error }] });
        return;
      }
      expect(file.errors).toEqual([]);
      const kiev = expected.kiev ?? positionsOf(readFileSync(join(dir, input.file), "utf8"), "Kiev");
      expect(kievFindings(file)).toEqual(kiev);
      if (expected.findings !== undefined) expect(file.findings.map((f) => `${f.ruleId} ${f.line}:${f.column}`)).toEqual(expected.findings);
      if (expected.decoded !== undefined) {
        const source = run.checks.find((c) => c.result.path === input.file)?.article?.source;
        expect({ encoding: source?.encoding, decodedBy: source?.decodedBy }).toEqual({ encoding: expected.decoded.encoding, decodedBy: expected.decoded.decodedBy });
        expect(source?.text).toContain(expected.decoded.contains);
      }
    });
  }
});

describe("the hostile corpus in one run", () => {
  it("gives every file a result, in order, and checks the ordinary article", async () => {
    const dir = tempDir("copydesk-hostile-all-");
    const plain = hostileInputs.filter((input) => input.options === undefined);
    for (const input of plain) writeHostileInput(dir, input);
    const patterns = [...plain.map((input) => input.file), CONTROL.file];
    const run = await checkAsync({ patterns, cwd: dir });
    expect(run.report.files.map((file) => file.path)).toEqual([...patterns].sort());
    expectControlChecked(run);
    const failed = run.report.files.filter((file) => file.errors.length > 0).map((file) => file.path);
    expect(failed.sort()).toEqual(plain.filter((input) => EXPECTED[input.name]?.error !== undefined).map((input) => input.file).sort());
    expect(run.report.summary.failures).toBe(failed.length);
  });
});

describe("the size limit's message", () => {
  it("says by how much a file is over the limit, in bytes when megabytes would round the difference away", async () => {
    const dir = tempDir("copydesk-hostile-limit-");
    const input = hostileInputs.find((i) => i.name === "1 MB single line");
    if (input === undefined) throw new Error("no 1 MB single line input");
    const [file] = writeHostileInput(dir, input);
    const size = readFileSync(join(dir, input.file)).length;
    const errorsWith = async (maxFileSize: number) => fileNamed(await checkAsync({ patterns: [file as string, CONTROL.file], cwd: dir, maxFileSize }), input.file).errors;
    expect(await errorsWith(MB)).toEqual([{ message: `file is ${size} bytes, over the limit of ${MB} bytes (--max-file-size)` }]);
    expect(await errorsWith(1000)).toEqual([{ message: `file is ${size} bytes, over the limit of 1000 bytes (--max-file-size)` }]);
    expect(await errorsWith(size)).toEqual([]);
  });
});
