import { describe, expect, it } from "vitest";
import { articleFromText } from "@copydesk/core";
import { escapeData, escapeProperty, github } from "../src/index.js";
import { checked, reportOf } from "./helpers.js";

const story = articleFromText(["Talks in Kiev resumed.", "Second paragraph."], { id: "feed/a,b:c.txt" });
const result = checked(story, [
  { rule: "names/house-style", report: { span: { block: 0, start: 9, end: 13 }, message: '"Kiev" is "Kyiv" in AP style: 100% sure,\nreally\r.' } },
  { rule: "disclaimers/duplicate", severity: "error", report: { span: { block: 1, start: 0, end: 17 }, message: "Two copies." } },
  { rule: "sources/byline", severity: "info", report: { span: { block: 0, start: 0, end: 0 }, message: "No byline." } },
]);

describe("github", () => {
  it("writes one workflow command per finding, escaped as GitHub reads them, and a summary line", () => {
    const text = github.render(reportOf([result, { path: "gone.html", findings: [], errors: [{ message: "no such file or directory" }] }]));
    expect(text.split("\n")).toEqual([
      "::warning file=feed/a%2Cb%3Ac.txt,line=1,col=10,endLine=1,endColumn=14,title=names/house-style::\"Kiev\" is \"Kyiv\" in AP style: 100%25 sure,%0Areally%0D.",
      "::error file=feed/a%2Cb%3Ac.txt,line=3,col=1,endLine=3,endColumn=18,title=disclaimers/duplicate::Two copies.",
      "::notice file=feed/a%2Cb%3Ac.txt,line=1,col=1,endLine=1,endColumn=1,title=sources/byline::No byline.",
      "::error file=gone.html,title=copydesk::could not be checked: no such file or directory",
      "copydesk: 1 error, 1 warning, 1 info in 2 files; 1 file could not be checked",
      "",
    ]);
  });

  it("escapes % first, so an escape already in the text is not read back as another character", () => {
    expect(escapeData("%0A")).toBe("%250A");
    expect(escapeProperty("a:b,c%")).toBe("a%3Ab%2Cc%25");
    expect(escapeData("\u001b]0;title\u0007")).toBe("\\u001b]0;title\\u0007");
  });

  it("uses forward slashes in file paths", () => {
    const text = github.render(reportOf([{ ...result, path: "feed\\win\\story.txt", findings: result.findings.slice(0, 1) }]));
    expect(text).toContain("file=feed/win/story.txt,");
  });
});

describe("github on hostile text", () => {
  it("writes no control character from a path or message (ESC/CSI, C1 CSI and NEL, BEL, backspace, DEL) and no command of the article's own", () => {
    const hostile = "\u001b[2J\u001b]0;owned\u0007\u0008\u007f\u009b1m\u0085";
    const finding = { ...(result.findings[0] as (typeof result.findings)[number]), message: `Kiev ${hostile}\n::error file=x::forged\r::warning::forged` };
    const text = github.render(reportOf([{ ...result, path: `feed/${hostile}.txt`, findings: [finding] }, { path: `gone${hostile}`, findings: [], errors: [{ message: `${hostile}\n::error::forged` }] }]));
    expect(text).not.toMatch(/[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/);
    const lines = text.trimEnd().split("\n");
    expect(lines).toHaveLength(3);
    expect(lines[0]).toBe(
      "::warning file=feed/\\u001b[2J\\u001b]0;owned\\u0007\\u0008\\u007f\\u009b1m\\u0085.txt,line=1,col=10,endLine=1,endColumn=14,title=names/house-style::" +
        "Kiev \\u001b[2J\\u001b]0;owned\\u0007\\u0008\\u007f\\u009b1m\\u0085%0A::error file=x::forged%0D::warning::forged",
    );
    expect(lines[1]).toBe("::error file=gone\\u001b[2J\\u001b]0;owned\\u0007\\u0008\\u007f\\u009b1m\\u0085,title=copydesk::could not be checked: \\u001b[2J\\u001b]0;owned\\u0007\\u0008\\u007f\\u009b1m\\u0085%0A::error::forged");
  });
});
