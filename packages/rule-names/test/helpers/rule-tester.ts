// A small ESLint-RuleTester-style helper: runs a rule on articleFromText(...) and compares what
// it reports (block, span, message fragments, severity, fixed block text) with a table of cases.
import { articleFromText, type Article, type Rule, type RuleEdit, type RuleReport, type Severity } from "@copydesk/core";
import { Schema } from "effect";
import { describe, expect, it } from "vitest";

export interface ExpectedReport {
  readonly block?: number;
  /** The reported span's text. */
  readonly text?: string;
  readonly start?: number;
  readonly end?: number;
  /** Fragments the message must contain. */
  readonly message?: string | ReadonlyArray<string>;
  readonly severity?: Severity;
  /** The block's text with the fix applied; null when there must be no fix. */
  readonly fixed?: string | null;
  readonly evidence?: Readonly<Record<string, unknown>>;
  /** Text of the first related span. */
  readonly related?: string;
}

export interface RuleCase {
  readonly name?: string;
  readonly paragraphs: ReadonlyArray<string> | string;
  readonly headline?: boolean;
  readonly preset?: string;
  /** Raw rule options, decoded with the rule's schema as the engine does. */
  readonly options?: unknown;
  /** Severity the rule is configured at (default: its default). */
  readonly configured?: Severity;
  readonly reports?: ReadonlyArray<ExpectedReport>;
  /** Blocks to mark as boilerplate before checking. */
  readonly boilerplate?: ReadonlyArray<number>;
}

export interface RunResult {
  readonly article: Article;
  readonly reports: ReadonlyArray<RuleReport>;
}

/** Runs `rule` on the case's article with its options decoded by the rule's own schema. */
export function runRule(rule: Rule, testCase: RuleCase): RunResult {
  const article = articleFromText(testCase.paragraphs, { headline: testCase.headline ?? false });
  for (const index of testCase.boilerplate ?? []) {
    const block = article.blocks[index];
    if (block) block.boilerplate = { category: "disclaimer" };
  }
  const options = Schema.decodeUnknownSync(rule.meta.options, { onExcessProperty: "error" })(testCase.options ?? {});
  const severity = testCase.configured ?? rule.meta.defaultSeverity;
  const reports = rule.check(article, { options, severity, settings: { preset: testCase.preset ?? "ap" }, corpus: new Map() });
  return { article, reports };
}

/** The block's text with the fix's span edits applied (right to left). */
export function applyFix(article: Article, report: RuleReport): string | null {
  if (report.fix === undefined) return null;
  const block = article.blocks[report.span.block];
  if (block === undefined) throw new Error(`no block ${report.span.block}`);
  let text = block.text;
  const edits = [...report.fix.edits].filter((edit): edit is Extract<RuleEdit, { span: unknown }> => "span" in edit);
  for (const edit of edits.sort((a, b) => b.span.start - a.span.start)) {
    expect(edit.span.block).toBe(report.span.block);
    text = text.slice(0, edit.span.start) + edit.text + text.slice(edit.span.end);
  }
  return text;
}

export const spanText = (article: Article, report: RuleReport): string =>
  article.blocks[report.span.block]?.text.slice(report.span.start, report.span.end) ?? "";

function compare(result: RunResult, expected: ReadonlyArray<ExpectedReport>, configured: Severity): void {
  const { article, reports } = result;
  const seen = reports.map((r) => `${r.span.block}:${spanText(article, r)} (${r.severity ?? configured}) ${r.message}`);
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
    if (want.fixed !== undefined) expect(applyFix(article, got), where).toBe(want.fixed);
    if (want.evidence !== undefined) expect(got.evidence, where).toMatchObject(want.evidence);
    if (want.related !== undefined) {
      const related = got.related?.[0];
      expect(related, where).toBeDefined();
      const block = article.blocks[related?.span.block ?? -1];
      expect(block?.text.slice(related?.span.start, related?.span.end), where).toBe(want.related);
    }
  });
}

const label = (testCase: RuleCase): string =>
  testCase.name ?? (typeof testCase.paragraphs === "string" ? testCase.paragraphs : testCase.paragraphs.join(" ¶ "));

/** Declares one test per case: `valid` cases must report nothing, `invalid` ones exactly `reports`. */
export function ruleTests(
  rule: Rule,
  cases: { readonly valid: ReadonlyArray<RuleCase>; readonly invalid: ReadonlyArray<RuleCase> },
): void {
  describe(`${rule.meta.id}: valid`, () => {
    for (const testCase of cases.valid) {
      it(label(testCase), () => compare(runRule(rule, testCase), [], testCase.configured ?? rule.meta.defaultSeverity));
    }
  });
  describe(`${rule.meta.id}: invalid`, () => {
    for (const testCase of cases.invalid) {
      it(label(testCase), () =>
        compare(runRule(rule, testCase), testCase.reports ?? [], testCase.configured ?? rule.meta.defaultSeverity),
      );
    }
  });
}
