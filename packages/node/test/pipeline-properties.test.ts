// Property tests of the whole pipeline (decode-free: text in memory through every parser, processor
// and rule): whatever text a feed delivers, checking it never throws, every position is honest,
// fixing converges and the report is what the Report Schema says.
import fc from "fast-check";
import { Effect, Schema } from "effect";
import { describe, expect, it } from "vitest";
import { LineIndex, Report, applyFixes, type Finding } from "@copydesk/core";
import { checkText, defaultRules } from "../src/index.js";

// 1,200 generated articles (each re-checked after every fix pass) in all: 10-15 s on two shared cores.
const RUNS = { numRuns: 150 };

const EVERY_RULE_ON = Object.fromEntries(defaultRules.map((rule) => [rule.meta.id, "warning" as const]));
// The same pass limit as the file pipeline (and ESLint).
const MAX_FIX_PASSES = 10;

const FORMATS = [".html", ".md", ".txt", ".json"] as const;
type Extension = (typeof FORMATS)[number];

/** Errors that are a verdict on the input, not a failure of copydesk. */
const EXPECTED_ERRORS: Record<Extension, RegExp | undefined> = {
  ".html": undefined,
  ".md": /^cannot read as markdown: Markdown nested \d+ levels deep/,
  ".txt": undefined,
  ".json": /^cannot read as ninjs: (invalid JSON at line \d+, column \d+|not a ninjs document)/,
};

const checkSync = (text: string, path: string) => Effect.runSync(checkText(text, { path, ruleOverrides: EVERY_RULE_ON, cwd: "/" }));

// --- inputs -------------------------------------------------------------------------------------

const anyString = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.string({ unit: "binary", maxLength: 120 }),
  // Every UTF-16 code unit, lone surrogates included.
  fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)), maxLength: 120 }),
);

const tag = fc.constantFrom(
  "<p>", "</p>", "<div>", "</div>", "<br>", "<br/>", "<h1>", "</h1>", "<blockquote>", "</blockquote>", "<b>", "</b>", "<em>",
  "<span>", "</span>", "<ul><li>", "</li></ul>", "<script>", "</script>", "<style>", "</style>", "<!--", "-->", "<!-- copydesk-disable -->",
  "<meta charset=\"windows-1252\">", "<html><body>", "</body></html>", "<article>", "<figure><figcaption>", "<", ">", "</", "<p", "<![CDATA[", "]]>",
);
const attribute = fc.constantFrom(
  "<p class=\"byline\">", "<span class='dateline'>", "<a href=\"https://x.org/?a=1&b=2\">", "<p title=\"“q”\">", "<div data-x='\"'>",
  "<meta name=\"author\" content=\"Jane Doe\">", "<p lang=uk>", "<time datetime=\"2024-01-01\">",
);
const entity = fc.constantFrom("&amp;", "&ldquo;", "&rdquo;", "&#8220;", "&#x201D;", "&nbsp;", "&bogus;", "&#0;", "&#xD800;", "&", "&#", "&quot;", "&lt;");
const quote = fc.constantFrom("“", "”", "‘", "’", "«", "»", "\"", "'", "„", "‹", "›", "``", "''");
const name = fc.constantFrom("Kiev", "Kyiv", "Zelensky", "Zelenskyy", "Odessa", "Odesa", "Volodymyr Zelensky", "President Zelenskyy", "Kiev's", "KIEV");
const MENAFN = "MENAFN provides the information “as is” without warranty of any kind. We do not accept any responsibility or liability for the accuracy, content, images, videos, licenses, completeness, legality, or reliability of the information contained in this article. If you have any complaints or copyright issues related to this article, kindly contact the provider above.";
const disclaimer = fc.constantFrom(
  "\nLegal Disclaimer:\n",
  `\n${MENAFN}\n`,
  `<p>${MENAFN}</p>`,
  MENAFN.replace("provides the information", "provides the\r\ninformation"),
  '\n\nEIN Presswire provides this news content "as is" without warranty of any kind. We do not accept any responsibility or liability for the accuracy, content, images, videos, licenses, completeness, legality, or reliability of the information contained in this article.\n\n',
  "The views expressed are the author's own.",
  "(Reporting by Jane Doe; Editing by John Roe)",
  "By Jane Doe",
  "KYIV, Jan 1 (Reuters) -",
);
const speech = fc.constantFrom(" said", " said.", " says", ", he said", ", she told reporters.", " according to officials", "said said", "sources say", " told ", ": ");
const lineEnd = fc.constantFrom("\r\n", "\r", "\n", "\n\n", "\r\n\r\n", "\u2028", "\u0085");
const markdownBit = fc.constantFrom("# ", "## ", "> ", "* ", "- ", "1. ", "`", "```\n", "[a](b)", "**", "_", "---\n", "<!-- x -->");
const word = fc.constantFrom(" ", " ", "the", "talks", "in", "Mr.", "U.S.", "ended", "war", ".", ",", "?", "!", "…", "—", "(", ")", "\t", "\u00A0", "\u200B", "😀", "\uD83D", "e\u0301");

const htmlPiece = fc.oneof(
  { weight: 3, arbitrary: word },
  { weight: 2, arbitrary: tag },
  { weight: 1, arbitrary: attribute },
  { weight: 1, arbitrary: entity },
  { weight: 2, arbitrary: quote },
  { weight: 3, arbitrary: name },
  { weight: 2, arbitrary: disclaimer },
  { weight: 2, arbitrary: speech },
  { weight: 2, arbitrary: lineEnd },
  { weight: 1, arbitrary: markdownBit },
  { weight: 1, arbitrary: fc.string({ maxLength: 4 }) },
);
const htmlish = fc.array(htmlPiece, { maxLength: 100 }).map((pieces) => pieces.join(""));

/** For .json: mostly a ninjs document whose body is the HTML-ish text (else the parser would refuse nearly everything). */
const asNinjs = (body: fc.Arbitrary<string>) =>
  fc.oneof(
    { weight: 3, arbitrary: fc.tuple(body, body).map(([headline, html]) => JSON.stringify({ headline, body_html: html, byline: "Jane Doe" })) },
    { weight: 1, arbitrary: fc.tuple(body, name).map(([text, place]) => JSON.stringify({ headlines: [{ role: "main", value: place }], body_text: text }, null, "\r\n")) },
    { weight: 1, arbitrary: body },
  );

const inputFor = (extension: Extension, body: fc.Arbitrary<string>) => (extension === ".json" ? asNinjs(body) : body);

// --- properties ---------------------------------------------------------------------------------

function expectOnlyExpectedErrors(errors: ReadonlyArray<{ message: string }>, extension: Extension): void {
  const allowed = EXPECTED_ERRORS[extension];
  for (const { message } of errors) {
    if (allowed === undefined || !allowed.test(message)) expect.fail(`unexpected error for ${extension}: ${message}`);
  }
}

function expectHonestPositions(text: string, findings: ReadonlyArray<Finding>): void {
  const lines = new LineIndex(text);
  for (const finding of findings) {
    expect(finding.offset).toBeGreaterThanOrEqual(0);
    expect(finding.offset).toBeLessThanOrEqual(finding.endOffset);
    expect(finding.endOffset).toBeLessThanOrEqual(text.length);
    expect(lines.positionAt(finding.offset)).toEqual({ line: finding.line, column: finding.column, offset: finding.offset });
    expect(lines.positionAt(finding.endOffset)).toEqual({ line: finding.endLine, column: finding.endColumn, offset: finding.endOffset });
    expect(lines.offsetAt(finding.line, finding.column)).toBe(finding.offset);
    expect(lines.offsetAt(finding.endLine, finding.endColumn)).toBe(finding.endOffset);
    for (const edit of finding.fix?.edits ?? []) {
      expect(edit.start).toBeGreaterThanOrEqual(0);
      expect(edit.start).toBeLessThanOrEqual(edit.end);
      expect(edit.end).toBeLessThanOrEqual(text.length);
    }
    for (const related of finding.related ?? []) {
      expect(related.line).toBeGreaterThanOrEqual(1);
      expect(related.endLine).toBeLessThanOrEqual(lines.lineCount);
      expect(lines.offsetAt(related.line, related.column)).toBeLessThanOrEqual(lines.offsetAt(related.endLine, related.endColumn));
    }
  }
}

/** Fix passes as the file pipeline runs them: apply, re-check, until nothing changes or a pass does not parse. */
function fixUntilStable(text: string, path: string, findings: ReadonlyArray<Finding>): { text: string; passes: number } {
  let current = text;
  let currentFindings = findings;
  for (let pass = 1; pass <= MAX_FIX_PASSES; pass++) {
    const fixed = applyFixes(current, currentFindings).text;
    if (fixed === current) return { text: current, passes: pass - 1 };
    const rechecked = checkSync(fixed, path).report.files[0];
    if (rechecked === undefined || rechecked.errors.length > 0) return { text: current, passes: pass - 1 };
    current = fixed;
    currentFindings = rechecked.findings;
  }
  return { text: current, passes: MAX_FIX_PASSES };
}

function checkProperties(text: string, extension: Extension): void {
  const path = `story${extension}`;
  let run: ReturnType<typeof checkSync> | undefined;
  expect(() => (run = checkSync(text, path))).not.toThrow();
  const report = (run as ReturnType<typeof checkSync>).report;
  const file = report.files[0];
  expect(report.files).toHaveLength(1);
  if (file === undefined) return;
  expectOnlyExpectedErrors(file.errors, extension);
  expectHonestPositions(text, file.findings);

  const decoded = Schema.decodeUnknownSync(Report)(JSON.parse(JSON.stringify(Schema.encodeSync(Report)(report))));
  expect(decoded).toEqual(report);

  if (file.errors.length > 0) return;
  const once = fixUntilStable(text, path, file.findings);
  expect(once.passes).toBeLessThan(MAX_FIX_PASSES);
  const again = checkSync(once.text, path).report.files[0];
  expect(again?.errors).toEqual([]);
  expect(applyFixes(once.text, again?.findings ?? []).text).toBe(once.text);
}

describe.each(FORMATS)("the pipeline on arbitrary %s input", (extension) => {
  it("never throws, positions round-trip through the line index, fixes reach a fixed point, the report decodes", () => {
    fc.assert(fc.property(inputFor(extension, anyString), (text) => checkProperties(text, extension)), RUNS);
  });

  it("holds on HTML-ish text: tags, attributes, entities, every quote, names, disclaimers, reporting verbs, CRLF and lone CR", () => {
    fc.assert(fc.property(inputFor(extension, htmlish), (text) => checkProperties(text, extension)), RUNS);
  });
});

describe("the properties catch what they claim to", () => {
  it("finds Kiev after CRLF and lone CR at the line and column an editor shows, and fixes it once", () => {
    const text = "<p>First line\r\nsecond\rTalks in Kiev ended.</p>";
    const file = checkSync(text, "story.html").report.files[0];
    const kiev = file?.findings.find((finding) => finding.ruleId === "names/house-style");
    expect(kiev).toMatchObject({ line: 3, column: 10, offset: text.indexOf("Kiev") });
    expectHonestPositions(text, file?.findings ?? []);
    const fixed = fixUntilStable(text, "story.html", file?.findings ?? []);
    expect(fixed).toEqual({ text: text.replace("Kiev", "Kyiv"), passes: 1 });
  });
});
