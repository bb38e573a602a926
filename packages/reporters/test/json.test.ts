import { Schema } from "effect";
import { describe, expect, it } from "vitest";
import { Report, articleFromText, summarize } from "@copydesk/core";
import { json } from "../src/index.js";
import { checked, recordingSink, reportOf } from "./helpers.js";

const article = articleFromText(["Talks in Kiev.", "Kiev again, \u2028 and </script> & <b>."], { id: "a b/story.txt" });
const withFindings = checked(article, [
  {
    rule: "names/house-style",
    report: {
      span: { block: 0, start: 9, end: 13 },
      message: '"Kiev" is "Kyiv" in AP style.',
      evidence: { variant: "Kiev", preferred: "Kyiv", nested: { list: [1, "two", null] } },
      fix: { description: 'Replace "Kiev" with "Kyiv"', edits: [{ span: { block: 0, start: 9, end: 13 }, text: "Kyiv" }] },
      related: [{ span: { block: 1, start: 0, end: 4 }, message: "again here" }],
    },
  },
]);
const failed = { path: "bad.html", findings: [], errors: [{ message: "not valid UTF-8" }] };
const clean = { path: "c.md", format: "markdown" as const, findings: [], errors: [], fixed: true };

const expected = (report: Report) => JSON.stringify(Schema.encodeSync(Report)(report), null, 2) + "\n";

describe("json (streaming)", () => {
  for (const [name, files] of [
    ["no file", []],
    ["one file", [withFindings]],
    ["several files, a failure and a fixed one", [withFindings, failed, clean]],
  ] as const) {
    it(`writes exactly the Report encoding: ${name}`, () => {
      const report = reportOf([...files]);
      const text = json.render(report);
      expect(text).toBe(expected(report));
      expect(Schema.decodeUnknownSync(Report)(JSON.parse(text))).toEqual(report);
    });
  }

  it("writes each file as it comes, before the run ends", () => {
    const sink = recordingSink();
    const session = json.begin(sink, { tool: { name: "copydesk", version: "0.1.0" }, rules: [], color: false });
    expect(sink.text()).toBe('{\n  "version": 1,\n  "tool": {\n    "name": "copydesk",\n    "version": "0.1.0"\n  },\n  "files": [');
    session.file(withFindings);
    expect(sink.text()).toContain('"path": "a b/story.txt"');
    expect(sink.text()).not.toContain('"summary"');
    session.file(failed);
    session.end(summarize([withFindings, failed]));
    expect(sink.text()).toBe(expected(reportOf([withFindings, failed])));
  });
});

/** Every C0 control, DEL and every C1 control. */
const EVERY_CONTROL = [...Array.from({ length: 0x20 }, (_, i) => i), ...Array.from({ length: 0x21 }, (_, i) => 0x7f + i)].map((code) => String.fromCharCode(code)).join("");
const HOSTILE = `${EVERY_CONTROL} \ud800 lone \udc00 "quoted" back\\slash </script><b>&amp; \u2028\u2029 😀 \uFFFE`;

describe("json on hostile text", () => {
  it("escapes every control character and lone surrogate, so the report is valid UTF-8 JSON that reads back exactly", () => {
    const first = withFindings.findings[0] as (typeof withFindings.findings)[number];
    const file = { path: `feed/${HOSTILE}.txt`, findings: [{ ...first, message: HOSTILE, evidence: { [HOSTILE]: HOSTILE } }], errors: [{ message: HOSTILE }] };
    const report = reportOf([file]);
    const text = json.render(report);
    // Only the layout's own newlines: every control inside a string is a JSON escape.
    expect(text).not.toMatch(/[\u0000-\u0009\u000B-\u001F]/);
    expect(text).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
    expect(Buffer.from(text, "utf8").toString("utf8")).toBe(text);
    expect(Schema.decodeUnknownSync(Report)(JSON.parse(text))).toEqual(report);
  });
});

