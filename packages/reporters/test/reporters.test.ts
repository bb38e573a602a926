import { Schema } from "effect";
import { describe, expect, it } from "vitest";
import { Report, summarize, type FileResult } from "@copydesk/core";
import { json, stylish, terminalSafe } from "../src/index.js";

const finding = (line: number, column: number, severity: "error" | "warning" | "info", message: string, fixable = false) => ({
  ruleId: "names/house-style",
  severity,
  message,
  line,
  column,
  endLine: line,
  endColumn: column + 4,
  offset: 0,
  endOffset: 4,
  ...(fixable ? { fix: { description: "Replace", edits: [{ start: 0, end: 4, text: "Kyiv" }] } } : {}),
});

const files: FileResult[] = [
  { path: "a.html", format: "html", findings: [finding(14, 85, "warning", '"Kiev" is "Kyiv" in AP style.', true), finding(15, 3, "error", "Bad.")], errors: [] },
  { path: "b.txt", findings: [], errors: [{ message: "not valid UTF-8" }] },
  { path: "c.md", format: "markdown", findings: [], errors: [] },
];
const report = { version: 1 as const, tool: { name: "copydesk", version: "0.1.0" }, files, summary: summarize(files) };

describe("stylish", () => {
  it("groups by file, aligns columns and ends with a summary", () => {
    const text = stylish.render(report, { color: false });
    expect(text.split("\n")).toEqual([
      "a.html",
      '  14:85  warning  "Kiev" is "Kyiv" in AP style.  names/house-style',
      "  15:3   error    Bad.                           names/house-style",
      "",
      "b.txt",
      "  0:0  error  not valid UTF-8",
      "",
      "✖ 2 problems (1 error, 1 warning, 0 infos) in 3 files",
      "  1 file could not be checked.",
      "  1 problem potentially fixable with the `--fix` option.",
      "",
    ]);
  });

  it("colours only when asked", () => {
    expect(stylish.render(report, { color: true })).toContain("\u001b[33mwarning");
    expect(stylish.render(report, { color: false })).not.toContain("\u001b[");
  });

  it("says so when there is nothing to report", () => {
    const clean = [{ path: "c.md", findings: [], errors: [] }];
    expect(stylish.render({ ...report, files: clean, summary: summarize(clean) }, { color: false })).toBe("1 file checked, no problems.\n");
  });

  it("never prints control sequences from article text", () => {
    const hostile = [{ path: "x\u001b]0;owned\u0007.txt", findings: [finding(1, 1, "warning", "\u001b[2J cleared")], errors: [] }];
    const text = stylish.render({ ...report, files: hostile, summary: summarize(hostile) }, { color: false });
    expect(text).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/);
    expect(text).toContain("\\u001b[2J cleared");
  });
});

describe("json", () => {
  it("writes the version 1 contract, which decodes with the Report schema", () => {
    const parsed = JSON.parse(json.render(report, { color: false }));
    expect(Schema.decodeUnknownSync(Report)(parsed)).toEqual(report);
    expect(Object.keys(parsed)).toEqual(["version", "tool", "files", "summary"]);
    expect(parsed.files[0].findings[0]).toMatchObject({ ruleId: "names/house-style", line: 14, column: 85, endLine: 14, endColumn: 89 });
  });
});

describe("terminalSafe", () => {
  it("keeps tabs and newlines, escapes other control characters", () => {
    expect(terminalSafe("a\tb\nc\u001bd\u009be")).toBe("a\tb\nc\\u001bd\\u009be");
  });
});
