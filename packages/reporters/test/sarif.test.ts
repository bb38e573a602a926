import { describe, expect, it } from "vitest";
import { articleFromText } from "@copydesk/core";
import { sarif } from "../src/index.js";
import { RULES, checked, reportOf, sarifValidator } from "./helpers.js";

const validate = sarifValidator();

// "😀" is two UTF-16 code units: "Kiev" starts at column 12 of line 1 in UTF-16 units (11 code points before it).
const story = articleFromText(["😀 Talks in Kiev resumed.", "Legal Disclaimer: MENAFN provides the information as is.", "Legal Disclaimer: EIN Presswire provides the information as is.", "Ends here."], {
  id: "feed/2025 june/story #1.txt",
});
const storyResult = checked(story, [
  {
    rule: "names/house-style",
    report: {
      span: { block: 0, start: 12, end: 16 },
      message: '"Kiev" is "Kyiv" in AP style.',
      evidence: { variant: "Kiev", preferred: "Kyiv" },
      fix: { description: 'Replace "Kiev" with "Kyiv"', edits: [{ span: { block: 0, start: 12, end: 16 }, text: "Kyiv" }] },
    },
  },
  {
    rule: "disclaimers/duplicate",
    severity: "error",
    report: {
      span: { block: 2, start: 0, end: 63 },
      message: "Two copies of the same disclaimer: delete this one (the first is at line 3).",
      related: [{ span: { block: 1, start: 0, end: 56 }, message: "The first copy." }],
      fix: { description: "Remove the second disclaimer", edits: [{ wholeBlock: 2, text: "" }] },
    },
  },
  { rule: "sources/byline", severity: "info", report: { span: { block: 0, start: 0, end: 0 }, message: "No byline: say who wrote it." } },
  { rule: "quotes/unverified", report: { span: { block: 0, start: 3, end: 8 }, message: "Not in any source." } },
]);
const unreadable = { path: "feed/broken.html", findings: [], errors: [{ message: "binary file, not text" }] };
const report = reportOf([storyResult, unreadable, { path: "clean.md", format: "markdown", findings: [], errors: [] }]);
const render = (articles = [story, undefined, undefined]) => JSON.parse(sarif.render(report, { rules: RULES, cwd: "/home/desk/copy", articles }));

describe("sarif", () => {
  it("validates against the SARIF 2.1.0 schema", () => {
    const log = render();
    const valid = validate(log);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
    expect(log.version).toBe("2.1.0");
    expect(log.$schema).toBe("https://json.schemastore.org/sarif-2.1.0.json");
  });

  it("validates without articles too, and with no finding at all", () => {
    expect(validate(render([]))).toBe(true);
    const empty = JSON.parse(sarif.render(reportOf([]), { rules: RULES }));
    expect(validate(empty)).toBe(true);
    expect(empty.runs[0].results).toEqual([]);
    expect(empty.runs[0].tool.driver.rules.map((r: { id: string }) => r.id)).toEqual(RULES.map((r) => r.id));
  });

  it("describes every rule of the run, and rules met on the way, with help text, help URI and default level", () => {
    const { rules } = render().runs[0].tool.driver;
    expect(rules.map((r: { id: string }) => r.id)).toEqual(["names/house-style", "disclaimers/duplicate", "sources/byline", "quotes/unverified"]);
    expect(rules[0]).toEqual({
      id: "names/house-style",
      shortDescription: { text: "Place and person names spelt as the house style wants: Kiev -> Kyiv." },
      fullDescription: { text: "Place and person names spelt as the house style wants: Kiev -> Kyiv." },
      help: {
        text: "Place and person names spelt as the house style wants: Kiev -> Kyiv.\n\nDocumentation: https://example.org/docs/house-style.md",
        markdown: "Place and person names spelt as the house style wants: Kiev -> Kyiv.\n\n[Documentation of names/house-style](https://example.org/docs/house-style.md)",
      },
      helpUri: "https://example.org/docs/house-style.md",
      defaultConfiguration: { level: "warning" },
      properties: { tags: ["editorial", "names"], fixable: true },
    });
    // No docsUrl in the rule's meta: core's ruleDocsUrl, the rule package's docs/<rule>.md.
    expect(rules[1].helpUri).toBe("https://github.com/copydesk/copydesk/blob/main/packages/rule-disclaimers/docs/duplicate.md");
    expect(rules[1].defaultConfiguration).toEqual({ level: "error" });
    expect(rules[2].defaultConfiguration).toEqual({ level: "warning" });
    expect(rules[3].helpUri).toBe("https://github.com/copydesk/copydesk/blob/main/packages/rule-quotes/docs/unverified.md");
  });

  it("gives each result its rule index, level, message, relative URI and UTF-16 region", () => {
    const run = render().runs[0];
    expect(run.columnKind).toBe("utf16CodeUnits");
    expect(run.originalUriBaseIds).toEqual({ "%SRCROOT%": { uri: "file:///home/desk/copy/" } });
    const [kiev, duplicate, byline, unverified] = run.results;
    expect(kiev).toMatchObject({
      ruleId: "names/house-style",
      ruleIndex: 0,
      level: "warning",
      message: { text: '"Kiev" is "Kyiv" in AP style.' },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: "feed/2025%20june/story%20%231.txt", uriBaseId: "%SRCROOT%" },
            region: { startLine: 1, startColumn: 13, endLine: 1, endColumn: 17 },
          },
        },
      ],
      properties: { evidence: { variant: "Kiev", preferred: "Kyiv" } },
    });
    expect(story.source.text.slice(12, 16)).toBe("Kiev");
    expect(duplicate).toMatchObject({ ruleIndex: 1, level: "error" });
    expect(byline).toMatchObject({ ruleIndex: 2, level: "note", locations: [{ physicalLocation: { region: { startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 } } }] });
    expect(unverified.ruleIndex).toBe(3);
    for (const result of run.results) expect(run.tool.driver.rules[result.ruleIndex].id).toBe(result.ruleId);
  });

  it("carries related locations and fixes as replacements", () => {
    const [kiev, duplicate] = render().runs[0].results;
    expect(duplicate.relatedLocations).toEqual([
      {
        id: 1,
        physicalLocation: { artifactLocation: { uri: "feed/2025%20june/story%20%231.txt", uriBaseId: "%SRCROOT%" }, region: { startLine: 3, startColumn: 1, endLine: 3, endColumn: 57 } },
        message: { text: "The first copy." },
      },
    ]);
    expect(kiev.fixes).toEqual([
      {
        description: { text: 'Replace "Kiev" with "Kyiv"' },
        artifactChanges: [
          {
            artifactLocation: { uri: "feed/2025%20june/story%20%231.txt", uriBaseId: "%SRCROOT%" },
            replacements: [{ deletedRegion: { startLine: 1, startColumn: 13, endLine: 1, endColumn: 17 }, insertedContent: { text: "Kyiv" } }],
          },
        ],
      },
    ]);
    // The whole block goes, with the blank line after it: line 5 up to the start of line 7.
    expect(duplicate.fixes[0].artifactChanges[0].replacements).toEqual([{ deletedRegion: { startLine: 5, startColumn: 1, endLine: 7, endColumn: 1 }, insertedContent: { text: "" } }]);
  });

  it("without the article, a fix edit that is not the finding's own range is given as a character range", () => {
    const duplicate = render([]).runs[0].results[1];
    const removed = story.blocks[2]?.outer;
    expect(duplicate.fixes[0].artifactChanges[0].replacements[0].deletedRegion).toEqual({ charOffset: removed?.start, charLength: (removed?.end ?? 0) - (removed?.start ?? 0) });
  });

  it("reports files that could not be checked as tool execution notifications", () => {
    const [invocation] = render().runs[0].invocations;
    expect(invocation.executionSuccessful).toBe(false);
    expect(invocation.toolExecutionNotifications).toEqual([
      {
        level: "error",
        message: { text: "feed/broken.html: binary file, not text" },
        locations: [{ physicalLocation: { artifactLocation: { uri: "feed/broken.html", uriBaseId: "%SRCROOT%" } } }],
        descriptor: { id: "copydesk/input-error", index: 0 },
      },
    ]);
  });

  it("turns absolute and Windows paths into file URIs", () => {
    const files = [
      { path: "/srv/feed/a b.html", findings: storyResult.findings.slice(0, 1), errors: [] },
      { path: "C:\\feed\\story.html", findings: storyResult.findings.slice(0, 1), errors: [] },
    ];
    const log = JSON.parse(sarif.render(reportOf(files)));
    expect(validate(log)).toBe(true);
    expect(log.runs[0].results.map((r: any) => r.locations[0].physicalLocation.artifactLocation.uri)).toEqual(["file:///srv/feed/a%20b.html", "file:///C:/feed/story.html"]);
  });
});

/** Every C0 control, DEL and every C1 control. */
const EVERY_CONTROL = [...Array.from({ length: 0x20 }, (_, i) => i), ...Array.from({ length: 0x21 }, (_, i) => 0x7f + i)].map((code) => String.fromCharCode(code)).join("");
const HOSTILE = `${EVERY_CONTROL} \ud800 lone \udc00 "quoted" back\\slash </script><b>&amp; \u2028 😀 #?% `;
/** The same as one file name (no path separators). */
const HOSTILE_NAME = HOSTILE.replace(/[\\/]/g, "_");

describe("sarif on hostile text", () => {
  it("escapes every control character and lone surrogate in paths, messages and fixes, and stays a valid log", () => {
    const [kiev] = storyResult.findings;
    if (kiev?.fix === undefined) throw new Error("the Kiev finding has a fix");
    const hostileFinding = { ...kiev, message: HOSTILE, fix: { description: HOSTILE, edits: kiev.fix.edits.map((edit) => ({ ...edit, text: HOSTILE })) } };
    const files = [
      { path: `feed/${HOSTILE_NAME}.txt`, findings: [hostileFinding], errors: [] },
      { path: `bad/${HOSTILE}.html`, findings: [], errors: [{ message: HOSTILE }] },
    ];
    const text = sarif.render(reportOf(files), { rules: RULES, cwd: "/home/desk/copy" });
    expect(text).not.toMatch(/[\u0000-\u0009\u000B-\u001F]/);
    expect(text).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
    const log = JSON.parse(text);
    expect(validate(log)).toBe(true);
    const [result] = log.runs[0].results;
    expect(result.message.text).toBe(HOSTILE);
    expect(result.fixes[0].artifactChanges[0].replacements[0].insertedContent.text).toBe(HOSTILE);
    // A URI holds no raw control, space or lone surrogate: those are percent-encoded (a lone surrogate as U+FFFD's bytes).
    const uri: string = result.locations[0].physicalLocation.artifactLocation.uri;
    expect(uri).toMatch(/^feed\/[A-Za-z0-9%\-_.!~*'()]+\.txt$/);
    expect(decodeURIComponent(uri)).toBe(`feed/${HOSTILE_NAME.replace(/\ud800|\udc00/g, "\uFFFD")}.txt`);
    expect(log.runs[0].invocations[0].toolExecutionNotifications[0].message.text).toBe(`bad/${HOSTILE}.html: ${HOSTILE}`);
  });
});

