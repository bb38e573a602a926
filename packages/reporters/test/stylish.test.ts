import { describe, expect, it } from "vitest";
import { summarize, type FileResult } from "@copydesk/core";
import { stylish, terminalSafe, terminalSafeLine } from "../src/index.js";
import { recordingSink } from "./helpers.js";

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

  it("writes each file's block as soon as the file comes in, the summary at the end", () => {
    const sink = recordingSink();
    const session = stylish.begin(sink, { tool: report.tool, rules: [], color: false });
    session.file(files[0] as FileResult);
    expect(sink.text()).toBe('a.html\n  14:85  warning  "Kiev" is "Kyiv" in AP style.  names/house-style\n  15:3   error    Bad.                           names/house-style\n\n');
    session.file(files[2] as FileResult);
    expect(sink.writes).toHaveLength(1);
    session.end(summarize(files.slice(0, 1)));
    expect(sink.writes[1]).toBe("✖ 2 problems (1 error, 1 warning, 0 infos) in 1 file\n  1 problem potentially fixable with the `--fix` option.\n");
  });

  it("never prints control sequences from article text", () => {
    const hostile = [{ path: "x\u001b]0;owned\u0007.txt", findings: [finding(1, 1, "warning", "\u001b[2J cleared")], errors: [] }];
    const text = stylish.render({ ...report, files: hostile, summary: summarize(hostile) }, { color: false });
    expect(text).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/);
    expect(text).toContain("\\u001b[2J cleared");
  });
});

/** Every C0 control, DEL and every C1 control. */
const EVERY_CONTROL = [...Array.from({ length: 0x20 }, (_, i) => i), ...Array.from({ length: 0x21 }, (_, i) => 0x7f + i)].map((code) => String.fromCharCode(code)).join("");

describe("stylish on hostile text", () => {
  it("escapes every C0 and C1 control, DEL, BEL, backspace and line breaks inside a field: text can neither drive the terminal nor forge a row", () => {
    const message = `Kiev${EVERY_CONTROL} \u001b[31mred\u001b[0m\u0007\u0008\u0008x\r\n  2:2  error  forged`;
    const hostile = [{ path: "feed/a\n  9:9  error  forged.txt", findings: [finding(1, 1, "warning", message)], errors: [{ message: "bad\u009b2J" }] }];
    const text = stylish.render({ ...report, files: hostile, summary: summarize(hostile) }, { color: false });
    expect(text).not.toMatch(/[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/);
    const lines = text.split("\n");
    expect(lines[0]).toBe("feed/a\\u000a  9:9  error  forged.txt");
    expect(lines[1]).toBe("  0:0  error    bad\\u009b2J");
    expect(lines[2]).toContain(`Kiev${[...EVERY_CONTROL].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`).join("")} `);
    expect(lines[2]).toContain("\\u001b[31mred\\u001b[0m\\u0007\\u0008\\u0008x\\u000d\\u000a  2:2  error  forged");
    expect(lines[3]).toBe("");
  });
});

describe("terminalSafe", () => {
  it("keeps tabs and newlines, escapes other control characters", () => {
    expect(terminalSafe("a\tb\nc\u001bd\u009be")).toBe("a\tb\nc\\u001bd\\u009be");
  });
});

describe("terminalSafeLine", () => {
  it("escapes tab and newline too, and leaves printable text alone", () => {
    expect(terminalSafeLine("a\tb\nc\r\u0085d «Kyiv» 😀")).toBe("a\\u0009b\\u000ac\\u000d\\u0085d «Kyiv» 😀");
  });
});
