import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { articleFromText } from "@copydesk/core";
import { junit, xmlAttribute, xmlSafe, xmlText } from "../src/index.js";
import { RULES, checked, reportOf } from "./helpers.js";

const parser = new XMLParser({ htmlEntities: true, ignoreAttributes: false, attributeNamePrefix: "", isArray: (name) => ["testsuite", "testcase"].includes(name) });

const story = articleFromText(["Talks in Kiev and Kiev resumed.", "Second."], { id: "feed/story.txt" });
const storyResult = checked(story, [
  { rule: "names/house-style", report: { span: { block: 0, start: 9, end: 13 }, message: '"Kiev" is "Kyiv" in AP style.' } },
  { rule: "names/house-style", severity: "error", report: { span: { block: 0, start: 18, end: 22 }, message: '"Kiev" again & <b>bold</b> "quoted".' } },
  { rule: "sources/byline", severity: "info", report: { span: { block: 0, start: 0, end: 0 }, message: "No byline." } },
]);
const unreadable = { path: "feed/broken.html", findings: [], errors: [{ message: "binary file, not text" }] };
const ruleFailed = { path: "feed/odd.md", format: "markdown" as const, findings: [], errors: [{ message: "rule disclaimers/duplicate failed: boom" }, { message: "fixes not written: file changed" }] };

const parse = (xml: string) => {
  expect(XMLValidator.validate(xml)).toBe(true);
  return parser.parse(xml).testsuites;
};

describe("junit", () => {
  const xml = junit.render(reportOf([storyResult, unreadable, ruleFailed]), { rules: RULES });
  const suites = parse(xml).testsuite;

  it("is one well-formed document: one suite per file, one case per file and rule", () => {
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="copydesk">')).toBe(true);
    expect(suites.map((s: any) => s.name)).toEqual(["feed/story.txt", "feed/broken.html", "feed/odd.md"]);
    const story = suites[0];
    expect(story.testcase.map((c: any) => [c.classname, c.name])).toEqual([
      ["feed/story.txt", "names/house-style"],
      ["feed/story.txt", "disclaimers/duplicate"],
      ["feed/story.txt", "sources/byline"],
    ]);
    expect([story.tests, story.failures, story.errors, story.skipped]).toEqual(["3", "1", "0", "0"]);
  });

  it("fails a rule's case with every message at line:column; info findings only go to system-out", () => {
    const [houseStyle, duplicate, byline] = suites[0].testcase;
    expect(houseStyle.failure.type).toBe("error");
    expect(houseStyle.failure.message).toBe("2 findings");
    expect(houseStyle.failure["#text"]).toBe('1:10 warning "Kiev" is "Kyiv" in AP style.\n1:19 error "Kiev" again & <b>bold</b> "quoted".');
    expect(duplicate.failure).toBeUndefined();
    expect(byline.failure).toBeUndefined();
    expect(byline["system-out"]).toBe("1:1 info No byline.");
  });

  it("gives an unreadable file an error and skips its rules", () => {
    const broken = suites[1];
    expect([broken.tests, broken.failures, broken.errors, broken.skipped]).toEqual(["4", "0", "1", "3"]);
    expect(broken.testcase[0].name).toBe("read");
    expect(broken.testcase[0].error).toMatchObject({ type: "input", message: "binary file, not text", "#text": "binary file, not text" });
    expect(broken.testcase[1].skipped.message).toBe("the file could not be read");
  });

  it("puts a rule that failed on its own case, other problems on a 'check' case", () => {
    const odd = suites[2];
    expect(odd.testcase.map((c: any) => c.name)).toEqual(["check", "names/house-style", "disclaimers/duplicate", "sources/byline"]);
    expect(odd.testcase[0].error.message).toBe("fixes not written: file changed");
    expect(odd.testcase[2].error.message).toBe("rule disclaimers/duplicate failed: boom");
    expect(odd.errors).toBe("2");
  });

  it("without a rule list, a clean file is still one passing case", () => {
    const clean = parse(junit.render(reportOf([{ path: "c.md", format: "markdown", findings: [], errors: [] }]))).testsuite[0];
    expect(clean.testcase).toEqual([{ classname: "c.md", name: "copydesk" }]);
  });

  it("survives hostile paths and messages: markup, quotes, control characters, lone surrogates", () => {
    const hostile = "a\u0000b\u001bc\u0007\ud800d\udc00e\uffff]]><script>alert('x')</script>&amp;\"\ttab\nline";
    const file = {
      path: `feed/${hostile}.html`,
      format: "html" as const,
      findings: [{ ...(storyResult.findings[0] as any), message: hostile }],
      errors: [],
    };
    const out = junit.render(reportOf([file]), { rules: RULES });
    const suite = parse(out).testsuite[0];
    const expected = "a\\u0000b\\u001bc\\u0007\uFFFDd\uFFFDe\uFFFD]]><script>alert('x')</script>&amp;\"\ttab\nline";
    expect(suite.name).toBe(`feed/${expected}.html`);
    expect(suite.testcase[0].failure.message).toBe(`1:10 ${expected}`);
    expect(suite.testcase[0].failure["#text"]).toBe(`1:10 warning ${expected}`);
    expect(out).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/);
  });
});

describe("xml escaping", () => {
  it("escapes markup and keeps what XML 1.0 allows", () => {
    expect(xmlText("a < b & c > d")).toBe("a &lt; b &amp; c &gt; d");
    expect(xmlAttribute('say "hi"\n\tthere\r')).toBe("say &quot;hi&quot;&#10;&#9;there&#13;");
    expect(xmlSafe("ok 😀 \u00e9 \ud83d")).toBe("ok 😀 \u00e9 \uFFFD");
  });
});

describe("junit on hostile article text", () => {
  it("escapes markup and drops what XML 1.0 forbids in notes (system-out) and read errors too", () => {
    const hostile = "<script>alert(1)</script> ]]> & \u0000\u0008\u000b\u000c\u001b[2J \ud800 \uFFFE \uFFFF \u0085\u009b ok";
    const readable = "<script>alert(1)</script> ]]> & \\u0000\\u0008\\u000b\\u000c\\u001b[2J \uFFFD \uFFFD \uFFFD \u0085\u009b ok";
    const info = { ...(storyResult.findings[2] as (typeof storyResult.findings)[number]), message: hostile };
    const out = junit.render(reportOf([{ ...storyResult, findings: [info] }, { path: "feed/broken.html", findings: [], errors: [{ message: hostile }] }]), { rules: RULES });
    expect(out).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
    expect(out).not.toContain("<script>");
    const [story, broken] = parse(out).testsuite;
    const byline = story.testcase.find((c: any) => c.name === "sources/byline");
    expect(byline["system-out"]).toBe(`1:1 info ${readable}`);
    const read = broken.testcase.find((c: any) => c.name === "read");
    expect(read.error.message).toBe(readable);
    expect(read.error["#text"]).toBe(readable);
  });
});

