// An ESLint-RuleTester-style table runner: each case is an article made with articleFromText (and run
// through this package's processor, as the CLI does), checked by one rule; `valid` cases must report
// nothing, `invalid` ones exactly the listed reports (span text, message fragments, severity).
import { type Article, type ArticleMetadata, articleFromText, type BlockKind, type Boilerplate, type Rule, type RuleReport, type Severity } from "@copydesk/core";
import { Schema } from "effect";
import { describe, expect, it } from "vitest";
import { processors } from "../../src/index.js";

export interface ExpectedReport {
  readonly block?: number;
  /** The reported span's text. */
  readonly text?: string;
  readonly start?: number;
  readonly end?: number;
  /** Fragments the message must contain. */
  readonly message?: string | ReadonlyArray<string>;
  readonly severity?: Severity;
  readonly evidence?: Readonly<Record<string, unknown>>;
}

export interface RuleCase {
  readonly name?: string;
  readonly paragraphs: ReadonlyArray<string> | string;
  /** The first paragraph is the headline. */
  readonly headline?: boolean;
  readonly kinds?: ReadonlyArray<BlockKind>;
  readonly metadata?: Partial<ArticleMetadata>;
  /** Raw rule options, decoded with the rule's schema as the engine does. */
  readonly options?: unknown;
  readonly configured?: Severity;
  readonly reports?: ReadonlyArray<ExpectedReport>;
  /** Blocks to mark as boilerplate before checking (what rule-disclaimers does), by index. */
  readonly boilerplate?: Readonly<Record<number, Boilerplate>> | ReadonlyArray<number>;
}

export interface RunResult {
  readonly article: Article;
  readonly reports: ReadonlyArray<RuleReport>;
}

/** The case's article, boilerplate marked, then annotated by this package's processor. */
export function caseArticle(testCase: RuleCase): Article {
  const article = articleFromText(testCase.paragraphs, {
    headline: testCase.headline ?? false,
    ...(testCase.kinds ? { kinds: testCase.kinds } : {}),
    ...(testCase.metadata ? { metadata: testCase.metadata } : {}),
  });
  const marks = testCase.boilerplate ?? {};
  const entries: [number, Boilerplate][] = Array.isArray(marks)
    ? marks.map((index) => [index, { category: "disclaimer" }])
    : Object.entries(marks).map(([index, mark]) => [Number(index), mark as Boilerplate]);
  for (const [index, mark] of entries) {
    const block = article.blocks[index];
    if (block) block.boilerplate = mark;
  }
  return processors.reduce((current, processor) => processor.process(current), article);
}

export function runRule(rule: Rule, testCase: RuleCase): RunResult {
  const article = caseArticle(testCase);
  const options = Schema.decodeUnknownSync(rule.meta.options, { onExcessProperty: "error" })(testCase.options ?? {});
  const severity = testCase.configured ?? rule.meta.defaultSeverity;
  const reports = rule.check(article, { options, severity, settings: { preset: "ap" }, corpus: new Map() });
  return { article, reports };
}

export const spanText = (article: Article, report: RuleReport): string =>
  article.blocks[report.span.block]?.text.slice(report.span.start, report.span.end) ?? "";

function compare(result: RunResult, expected: ReadonlyArray<ExpectedReport>, configured: Severity): void {
  const { article, reports } = result;
  const seen = reports.map((r) => `${r.span.block}:${JSON.stringify(spanText(article, r))} (${r.severity ?? configured}) ${r.message}`);
  expect(reports.length, `reports:\n${seen.join("\n")}`).toBe(expected.length);
  expected.forEach((want, i) => {
    const got = reports[i] as RuleReport;
    const where = `report ${i}: ${seen[i]}`;
    if (want.block !== undefined) expect(got.span.block, where).toBe(want.block);
    if (want.text !== undefined) expect(spanText(article, got), where).toBe(want.text);
    if (want.start !== undefined) expect(got.span.start, where).toBe(want.start);
    if (want.end !== undefined) expect(got.span.end, where).toBe(want.end);
    for (const fragment of typeof want.message === "string" ? [want.message] : (want.message ?? [])) {
      expect(got.message, where).toContain(fragment);
    }
    if (want.severity !== undefined) expect(got.severity ?? configured, where).toBe(want.severity);
    if (want.evidence !== undefined) expect(got.evidence, where).toMatchObject(want.evidence);
  });
}

const label = (testCase: RuleCase): string =>
  testCase.name ?? (typeof testCase.paragraphs === "string" ? testCase.paragraphs : testCase.paragraphs.join(" ¶ "));

/** One test per case: `valid` cases report nothing, `invalid` ones exactly `reports`. */
export function ruleTests(rule: Rule, cases: { readonly valid: ReadonlyArray<RuleCase>; readonly invalid: ReadonlyArray<RuleCase> }): void {
  describe(`${rule.meta.id}: valid`, () => {
    for (const testCase of cases.valid) {
      it(label(testCase), () => compare(runRule(rule, testCase), [], testCase.configured ?? rule.meta.defaultSeverity));
    }
  });
  describe(`${rule.meta.id}: invalid`, () => {
    for (const testCase of cases.invalid) {
      it(label(testCase), () => compare(runRule(rule, testCase), testCase.reports ?? [], testCase.configured ?? rule.meta.defaultSeverity));
    }
  });
}
