import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { articleFromText, type Article } from "@copydesk/core";
import { CONTENT_SECURITY_POLICY, html, scriptJson } from "../src/index.js";
import { filePayload } from "../src/html/payload.js";
import { RULES, checked, reportOf } from "./helpers.js";

const HOSTILE = `</script><script>document.title="pwned"</script><img src=x onerror="window.pwned=1"><a href="javascript:window.pwned=2">link</a><!-- \u2028\u2029 & done`;

/** Every `<script type="application/json">` block of a page, parsed. */
function dataBlocks(page: string): Map<string, any> {
  const blocks = new Map<string, any>();
  for (const match of page.matchAll(/<script type="application\/json" id="([^"]+)">([^<]*)<\/script>/g)) blocks.set(match[1] as string, JSON.parse(match[2] as string));
  return blocks;
}

const sha256 = (text: string) => `'sha256-${createHash("sha256").update(text).digest("base64")}'`;

function disclaimerArticle(): Article {
  return articleFromText(
    [
      "Talks in Kiev resumed.",
      "“We will not sign,” said Anna Petrova.",
      "Legal Disclaimer: MENAFN provides the information “as is” without warranty of any kind.",
      'Legal Disclaimer: EIN Presswire provides the information "as is" without warranty of any kind.',
    ],
    { id: "feed/story.txt", metadata: { authors: [], canonicalUrl: "javascript:alert(1)", publisher: "Wire", origins: [{ field: "publisher", value: "Wire", from: "json-ld" }] } },
  );
}

describe("html page", () => {
  const article = disclaimerArticle();
  const result = checked(article, [
    { rule: "names/house-style", report: { span: { block: 0, start: 9, end: 13 }, message: '"Kiev" is "Kyiv" in AP style.', fix: { description: 'Replace "Kiev" with "Kyiv"', edits: [{ span: { block: 0, start: 9, end: 13 }, text: "Kyiv" }] } } },
    {
      rule: "disclaimers/duplicate",
      severity: "error",
      report: {
        span: { block: 3, start: 0, end: 93 },
        message: "Two copies of the same disclaimer: delete this one.",
        evidence: { score: 0.93, providers: ["MENAFN", "EIN Presswire"] },
        related: [{ span: { block: 2, start: 0, end: 87 }, message: "The first copy." }],
        fix: { description: "Remove the second disclaimer", edits: [{ wholeBlock: 3, text: "" }] },
      },
    },
  ]);
  const page = html.render(reportOf([result]), { rules: RULES, articles: [article] });

  it("is one file: inline style and script admitted by hash, nothing loaded from anywhere", () => {
    const style = /<style>([\s\S]*?)<\/style>/.exec(page)?.[1] as string;
    const script = /<script>([\s\S]*?)<\/script>/.exec(page)?.[1] as string;
    expect(CONTENT_SECURITY_POLICY).toContain(`script-src ${sha256(script)}`);
    expect(CONTENT_SECURITY_POLICY).toContain(`style-src ${sha256(style)}`);
    expect(CONTENT_SECURITY_POLICY.startsWith("default-src 'none'; ")).toBe(true);
    expect(page).toContain(`<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">`);
    expect(page).not.toMatch(/\s(src|href)=/);
    expect(page).not.toMatch(/@import|url\(/);
    expect(script).not.toMatch(/__name|__vite|require\(|import\(/);
  });

  it("holds the index and each file's data as inert JSON", () => {
    const blocks = dataBlocks(page);
    expect([...blocks.keys()]).toEqual(["copydesk-file-0", "copydesk-index"]);
    const index = blocks.get("copydesk-index");
    expect(index.summary).toEqual({ files: 1, errors: 1, warnings: 1, infos: 0, failures: 0 });
    expect(index.rules.map((r: { id: string }) => r.id)).toEqual(["names/house-style", "disclaimers/duplicate", "sources/byline"]);
    expect(index.rules[1].docsUrl).toBe("https://github.com/copydesk/copydesk/blob/main/packages/rule-disclaimers/docs/duplicate.md");
    expect(index.files).toEqual([{ path: "feed/story.txt", format: "text", failed: false, f: [[0, 1], [1, 0]] }]);
  });

  it("escapes article text, paths and messages so no markup or script from them is in the page", () => {
    const hostile = articleFromText([`Headline ${HOSTILE}`, `Body ${HOSTILE}`], { id: `feed/${HOSTILE}.txt`, headline: true, metadata: { headline: HOSTILE, authors: [HOSTILE], origins: [] } });
    const found = checked(hostile, [{ rule: "names/house-style", report: { span: { block: 1, start: 5, end: 15 }, message: `Message ${HOSTILE}`, evidence: { [HOSTILE]: HOSTILE } } }]);
    const out = html.render(reportOf([found, { path: HOSTILE, findings: [], errors: [{ message: HOSTILE }] }]), { articles: [hostile, undefined] });
    expect(out.match(/<script/g)).toHaveLength(4); // two data blocks, the index, the page script
    expect(out).not.toContain("<img");
    expect(out).not.toMatch(/href\s*=\s*["']?javascript:/i);
    expect(out).not.toContain("\u2028");
    expect(out.match(/<!--/g)).toBeNull();
    const blocks = dataBlocks(out);
    const data = blocks.get("copydesk-file-0");
    expect(data.path).toBe(`feed/${HOSTILE}.txt`);
    expect(data.article.headline).toBe(HOSTILE);
    expect(data.article.blocks[1].text).toBe(`Body ${HOSTILE}`.replace(/[\u2028\u2029]/g, " ").replace(/ {2,}/g, " "));
    expect(data.findings[0].message).toBe(`Message ${HOSTILE}`);
    expect(data.findings[0].evidence.entries).toEqual([[HOSTILE, HOSTILE]]);
    expect(blocks.get("copydesk-file-1").errors).toEqual([HOSTILE]);
    expect(blocks.get("copydesk-index").files[1].path).toBe(HOSTILE);
  });

  it("scriptJson escapes what could end or change a script element, and reads back unchanged", () => {
    const value = { text: "</script><!-- & > \u2028\u2029" };
    const encoded = scriptJson(value);
    expect(encoded).toBe('{"text":"\\u003c/script\\u003e\\u003c!-- \\u0026 \\u003e \\u2028\\u2029"}');
    expect(JSON.parse(encoded)).toEqual(value);
  });
});

describe("html payload: what an editor sees for each finding", () => {
  const article = disclaimerArticle();

  it("places a finding in the text copydesk read, and a finding outside every block at the top", () => {
    const result = checked(article, [{ rule: "names/house-style", report: { span: { block: 0, start: 9, end: 13 }, message: "Kiev." } }]);
    const outside = { ...(result.findings[0] as any), offset: article.source.text.length + 5, endOffset: article.source.text.length + 5, message: "No byline." };
    const payload = filePayload({ ...result, findings: [...result.findings, outside] }, article);
    expect(payload.findings[0]?.at).toEqual({ block: 0, start: 9, end: 13 });
    expect(payload.article?.blocks[0]?.text.slice(9, 13)).toBe("Kiev");
    expect(payload.findings[1]?.at).toBeUndefined();
  });

  it("after --fix, lists findings by line and column instead of placing them in the text as it was read", () => {
    const result = checked(article, [{ rule: "names/house-style", report: { span: { block: 0, start: 9, end: 13 }, message: "Kiev.", fix: { description: "Replace", edits: [{ span: { block: 0, start: 9, end: 13 }, text: "Kyiv" }] } } }]);
    const payload = filePayload({ ...result, fixed: true }, article);
    expect(payload.fixed).toBe(true);
    expect(payload.article?.blocks).toHaveLength(4);
    expect(payload.findings[0]?.at).toBeUndefined();
    expect(payload.findings[0]?.fix?.changes).toEqual([{ kind: "source", line: 1, column: 10, inserted: "Kyiv" }]);
  });

  it("maps source offsets through normalisation (folded white space, entities) back to block text", () => {
    const spaced = articleFromText(["Talks   in\n  Kiev resumed."]);
    expect(spaced.blocks[0]?.text).toBe("Talks in Kiev resumed.");
    const at = spaced.source.text.indexOf("Kiev");
    const payload = filePayload({ path: "t.txt", findings: [{ ruleId: "x/y", severity: "warning", message: "m", line: 2, column: 3, endLine: 2, endColumn: 7, offset: at, endOffset: at + 4 }], errors: [] }, spaced);
    expect(payload.findings[0]?.at).toEqual({ block: 0, start: 9, end: 13 });
  });

  it("shows a fix as before and after, and a removed block as removed", () => {
    const result = checked(article, [
      { rule: "names/house-style", report: { span: { block: 0, start: 9, end: 13 }, message: "Kiev.", fix: { description: 'Replace "Kiev" with "Kyiv"', edits: [{ span: { block: 0, start: 9, end: 13 }, text: "Kyiv" }] } } },
      { rule: "disclaimers/duplicate", report: { span: { block: 3, start: 0, end: 10 }, message: "Dup.", fix: { description: "Remove", edits: [{ wholeBlock: 3, text: "" }] } } },
    ]);
    const payload = filePayload(result, article);
    expect(payload.findings[0]?.fix).toEqual({
      description: 'Replace "Kiev" with "Kyiv"',
      changes: [{ kind: "replace", block: 0, before: "Talks in ", removed: "Kiev", inserted: "Kyiv", after: " resumed." }],
    });
    expect(payload.findings[1]?.fix?.changes).toEqual([{ kind: "remove-block", block: 3, text: article.blocks[3]?.text }]);
  });

  it("sets two duplicate blocks side by side with their word diff", () => {
    const result = checked(article, [
      { rule: "disclaimers/duplicate", report: { span: { block: 3, start: 0, end: 93 }, message: "Dup.", related: [{ span: { block: 2, start: 0, end: 87 }, message: "The first copy." }] } },
    ]);
    const compare = filePayload(result, article).findings[0]?.compare;
    expect(compare?.left).toEqual({ label: "Line 5: The first copy.", text: article.blocks[2]?.text, block: 2 });
    expect(compare?.right).toEqual({ label: "This block", text: article.blocks[3]?.text, block: 3 });
    expect(compare?.diff?.filter((p) => p.op !== "eq")).toEqual([
      { op: "del", text: "MENAFN " },
      { op: "ins", text: "EIN Presswire " },
      { op: "del", text: "“as is” " },
      { op: "ins", text: '"as is" ' },
    ]);
  });

  it("sets a quotation next to the source passage its evidence names, with the evidence's diff", () => {
    const result = checked(article, [
      {
        rule: "quotes/altered",
        report: {
          span: { block: 1, start: 1, end: 17 },
          message: "Altered.",
          evidence: { source: { text: "We will sign", path: "wire/original.html", line: 14, column: 8 }, score: 0.8, diff: [{ op: "equal", text: "We will" }, { op: "insert", text: "not" }, { op: "equal", text: "sign" }] },
        },
      },
    ]);
    const finding = filePayload(result, article).findings[0];
    expect(finding?.compare).toEqual({
      title: "The source and this article",
      left: { label: "Source (wire/original.html:14:8)", text: "We will sign" },
      right: { label: "This article", text: "We will not sign", block: 1 },
      diff: [
        { op: "eq", text: "We will " },
        { op: "ins", text: "not " },
        { op: "eq", text: "sign" },
      ],
    });
    expect(finding?.evidence?.diffs).toEqual([{ key: "diff", parts: finding?.compare?.diff }]);
    expect(finding?.evidence?.entries.map(([k]) => k)).toEqual(["source", "score"]);
  });

  it("reads the quotation rules' evidence: the source passage, its file and line, the inline word diff", () => {
    const result = checked(article, [
      {
        rule: "quotes/misattributed",
        report: {
          span: { block: 1, start: 1, end: 17 },
          message: "The source gives these words to someone else.",
          evidence: { speaker: "Anna Petrova", sourceSpeaker: "Ivan Orlov", sourcePassage: "We will sign", source: { file: "original.html", line: 14, column: 8 }, score: 0.8, diff: "We will {+not+} sign" },
        },
      },
      {
        rule: "quotes/unverified",
        report: { span: { block: 1, start: 1, end: 17 }, message: "Nothing matches.", evidence: { sourceFiles: ["original.html"], nearest: { passage: "We might sign later", source: { file: "original.html", line: 20, column: 3 }, score: 0.31 } } },
      },
    ]);
    const [misattributed, unverified] = filePayload(result, article).findings;
    expect(misattributed?.compare).toEqual({
      title: "The source and this article",
      left: { label: "Source (original.html:14:8)", text: "We will sign" },
      right: { label: "This article", text: "We will not sign", block: 1 },
      diff: [
        { op: "eq", text: "We will " },
        { op: "ins", text: "not " },
        { op: "eq", text: "sign" },
      ],
    });
    expect(unverified?.compare?.title).toBe("The nearest source passage and this article");
    expect(unverified?.compare?.left).toEqual({ label: "Nearest source passage (original.html:20:3)", text: "We might sign later" });
    expect(unverified?.compare?.diff?.filter((p) => p.op !== "eq").map((p) => `${p.op}:${p.text.trim()}`)).toEqual(["del:might", "ins:will not", "del:later"]);
  });

  it("keeps the provenance record with what is missing, and the quotations with speakers", () => {
    const withQuote: Article = { ...article, quotations: [{ kind: "direct", spans: [{ block: 1, start: 1, end: 17 }], text: "We will not sign", cue: { text: "said", span: { block: 1, start: 20, end: 24 } }, speaker: { name: "Anna Petrova", kind: "person" } }] };
    const view = filePayload({ path: "feed/story.txt", findings: [], errors: [] }, withQuote).article;
    expect(view?.provenance).toEqual([
      { label: "Byline", from: [] },
      { label: "Dateline", from: [] },
      { label: "Credit", from: [] },
      { label: "Canonical", value: "javascript:alert(1)", from: [], url: true },
      { label: "Publisher", value: "Wire", from: ["json-ld"] },
      { label: "Published", from: [] },
    ]);
    expect(view?.quotations).toEqual([{ kind: "direct", text: "We will not sign", at: [{ block: 1, start: 1, end: 17 }], cue: "said", speaker: { name: "Anna Petrova", kind: "person" } }]);
  });
});
