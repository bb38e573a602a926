import { readFileSync } from "node:fs";
import { Effect, Schema } from "effect";
import { describe, expect, it } from "vitest";
import { SourceFile, readArticle, spanToSource, type Article, type RuleReport } from "@copydesk/core";
import { defaultParsers } from "@copydesk/ingest";
import { fixturePath } from "@copydesk/tooling/fixtures";
import { processors, rules } from "../src/index.js";

const reader = { parsers: defaultParsers, processors };

const load = (relative: string): Article =>
  Effect.runSync(readArticle(new SourceFile({ uri: relative, text: readFileSync(fixturePath(relative), "utf8") }), reader));

interface Verdict {
  readonly ruleId: string;
  readonly report: RuleReport;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
}

/** Every quotation rule on `checked`, the sources going through the corpus pass first, as the engine runs them. */
function checkAll(checked: string, sources: ReadonlyArray<string>): Verdict[] {
  const builders = rules.flatMap((rule) => (rule.corpus ? [{ id: rule.meta.id, builder: rule.corpus() }] : []));
  for (const source of sources) {
    const article = load(source);
    builders.forEach(({ builder }) => builder.add(article, "source"));
  }
  const firstRead = load(checked);
  builders.forEach(({ builder }) => builder.add(firstRead, "checked"));
  const corpus = new Map(builders.map(({ id, builder }) => [id, builder.finish()]));
  const article = load(checked);
  return rules.flatMap((rule) => {
    const options = Schema.decodeUnknownSync(rule.meta.options)({});
    return rule.check(article, { options, severity: rule.meta.defaultSeverity, settings: { preset: "ap" }, corpus }).map((report) => {
      const range = spanToSource(article, report.span);
      const start = article.source.lines.positionAt(range.start);
      const end = article.source.lines.positionAt(range.end);
      return { ruleId: rule.meta.id, report, line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
    });
  });
}

/** 1-based line and column of `needle` in the raw file, and of its end: worked out without copydesk. */
function locate(relative: string, needle: string) {
  const lines = readFileSync(fixturePath(relative), "utf8").split("\n");
  const line = lines.findIndex((l) => l.includes(needle));
  if (line < 0) throw new Error(`${needle} not in ${relative}`);
  const column = (lines[line] as string).indexOf(needle) + 1;
  return { line: line + 1, column, endLine: line + 1, endColumn: column + needle.length };
}

describe("quotes/syndicated.html checked against quotes/original.html (quotes/EXPECTED.md)", () => {
  const verdicts = checkAll("quotes/syndicated.html", ["quotes/original.html"]);
  const where = (v: Verdict) => ({ ruleId: v.ruleId, line: v.line, column: v.column, endLine: v.endLine, endColumn: v.endColumn });
  const file = "quotes/syndicated.html";

  it("gives exactly the editor's verdicts, each at the quotation's exact span", () => {
    expect(verdicts.map(where).sort((a, b) => a.line - b.line)).toEqual([
      { ruleId: "quotes/misattributed", ...locate(file, "This is the largest investment in the waterfront in a generation, and it will pay for itself within twelve years") },
      { ruleId: "quotes/altered", ...locate(file, "We are against growth, and nobody has shown us a credible traffic study.") },
      { ruleId: "quotes/altered", ...locate(file, "The dredging will be done in two phases to keep the channel open to fishing boats at all times") },
      { ruleId: "quotes/unverified", ...locate(file, "Greyhaven will hire locally wherever it can") },
    ]);
  });

  it("misattributed: Raman's quotation is board chair Miriam Castell's in the source", () => {
    const verdict = verdicts.find((v) => v.ruleId === "quotes/misattributed");
    expect(verdict?.report.message).toBe(
      "The source gives these words to board chair Miriam Castell, not to Priya Raman (quotes/original.html, line 14): correct the attribution.",
    );
    expect(verdict?.report.evidence).toMatchObject({
      speaker: "Priya Raman",
      sourceSpeaker: "Miriam Castell",
      sourceRole: "board chair",
      sourcePassage: "This is the largest investment in the waterfront in a generation, and it will pay for itself within twelve years",
      source: { file: "quotes/original.html", ...pick(locate("quotes/original.html", "This is the largest investment"), "line", "column") },
      score: 1,
    });
  });

  it("altered: Lind's dropped negation, with the word diff", () => {
    const verdict = verdicts.find((v) => v.ruleId === "quotes/altered" && v.line === 14);
    expect(verdict?.report.message).toContain('This quotation drops "not", reversing Tomas Lind’s words');
    expect(verdict?.report.message).toContain('"We are not against growth, but nobody has shown us a credible traffic study" (quotes/original.html, line 15)');
    expect(verdict?.report.evidence).toMatchObject({
      diff: "We are [-not-] against growth [-but-] {+and+} nobody has shown us a credible traffic study",
      changes: [{ kind: "negation-dropped", words: "not" }],
      source: { file: "quotes/original.html", line: 15 },
    });
  });

  it("altered: Raman's partial quotation extended over the source's paraphrase", () => {
    const verdict = verdicts.find((v) => v.ruleId === "quotes/altered" && v.line === 15);
    expect(verdict?.report.message).toBe(
      'The source quotes only "to keep the channel open to fishing boats at all times"; "The dredging will be done in two phases" is its paraphrase, not Priya Raman’s words, so end the quotation marks at the quoted words or paraphrase (quotes/original.html, line 17).',
    );
  });

  it("unverified: the spokesperson's quotation is in no source", () => {
    const verdict = verdicts.find((v) => v.ruleId === "quotes/unverified");
    expect(verdict?.report.message).toContain("Nothing in the source file matches this quotation");
    expect(verdict?.report.evidence).toMatchObject({ sourceFiles: 1, speaker: "a company spokesperson" });
  });

  it("reads the original's seven quotations and attributed statements with their speakers", () => {
    const original = load("quotes/original.html");
    const quotations = (original.quotations ?? []).map((q) => [q.kind, q.speaker?.name]);
    expect(quotations).toEqual([
      ["direct", "Miriam Castell"],
      ["reported", "opponents"],
      ["direct", "Tomas Lind"],
      ["reported", "Greyhaven Logistics"],
      ["reported", "Priya Raman"],
      ["partial", "Priya Raman"],
      ["reported", "Hal Brenner and Ruth Adeyemi"],
      ["direct", "Hal Brenner"],
      ["reported", "Department of Environmental Quality"],
    ]);
  });
});

describe("the seed article", () => {
  it.each(["seed/article.html", "seed/article.txt"])("%s: its three reported-speech attributions, with speakers", (relative) => {
    const article = load(relative);
    const quotations = (article.quotations ?? []).map((q) => ({ kind: q.kind, speaker: q.speaker?.name, cue: q.cue?.text, starts: q.text.slice(0, 30) }));
    expect(quotations).toEqual([
      { kind: "reported", speaker: "Vladimir Zelensky", cue: "responded", starts: "by expressing his willingness " },
      { kind: "reported", speaker: "Trump", cue: "commented", starts: "Putin had no reason to go if h" },
      { kind: "reported", speaker: "Sergey Lavrov", cue: "warned", starts: "even if Zelensky were replaced" },
    ]);
  });

  it("gives no verdict without sources", () => {
    expect(checkAll("seed/article.html", []).map((v) => `${v.ruleId} ${v.report.message}`)).toEqual([]);
  });
});

function pick<T extends object, K extends keyof T>(value: T, ...keys: K[]): Pick<T, K> {
  return Object.fromEntries(keys.map((k) => [k, value[k]])) as Pick<T, K>;
}
