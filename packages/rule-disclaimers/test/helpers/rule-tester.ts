// An ESLint-RuleTester-style helper: paragraphs in (processed as the CLI processes them), reports
// out, resolved by the engine to lines and columns, and the text with the fixes applied.
import { applyFixes, articleFromText, resolveReport, type Article, type BlockKind, type Finding, type Rule, type RuleReport } from "@copydesk/core";
import { Schema } from "effect";
import { describe, expect, it } from "vitest";
import { processed } from "./articles.js";

export interface ExpectedReport {
  /** Index of the reported block. */
  readonly block: number;
  /** The reported span's text, or its start when it ends with "…". */
  readonly text?: string;
  readonly line?: number;
  /** Fragments the message must contain, in order. */
  readonly message?: ReadonlyArray<string>;
  readonly evidence?: Readonly<Record<string, unknown>>;
  /** Blocks of the related spans. */
  readonly related?: ReadonlyArray<number>;
  /** Lines of the related spans. */
  readonly relatedLines?: ReadonlyArray<number>;
}

export interface RuleCase {
  readonly name: string;
  readonly paragraphs: ReadonlyArray<string>;
  readonly kinds?: ReadonlyArray<BlockKind>;
  /** Raw options, decoded with the rule's schema as the engine does. */
  readonly options?: unknown;
  readonly reports?: ReadonlyArray<ExpectedReport>;
  /** The paragraphs left after every fix is applied (omit when the case has none to check). */
  readonly fixed?: ReadonlyArray<string>;
}

export interface RunResult {
  readonly article: Article;
  readonly reports: ReadonlyArray<RuleReport>;
  readonly findings: ReadonlyArray<Finding>;
}

export function runRule(rule: Rule, testCase: Pick<RuleCase, "paragraphs" | "kinds" | "options">, corpus: ReadonlyMap<string, unknown> = new Map()): RunResult {
  const article = processed(articleFromText(testCase.paragraphs, { headline: true, ...(testCase.kinds ? { kinds: testCase.kinds } : {}) }));
  const options = Schema.decodeUnknownSync(rule.meta.options, { onExcessProperty: "error" })(testCase.options ?? {});
  const reports = rule.check(article, { options, severity: rule.meta.defaultSeverity, settings: { preset: "ap" }, corpus });
  const findings = reports.map((report) => resolveReport(article, rule.meta.id, rule.meta.defaultSeverity, report));
  return { article, reports, findings };
}

const paragraphsOf = (text: string): string[] => text.split("\n\n").filter((paragraph, i, all) => paragraph !== "" || i < all.length - 1);

/**
 * The paragraphs left once every fix is applied, in passes as the CLI applies them: fixes that
 * touch wait for the next pass, and each pass re-reads the text and checks it again.
 */
export function fixedParagraphs(rule: Rule, testCase: Pick<RuleCase, "paragraphs" | "kinds" | "options">): string[] {
  let current: Pick<RuleCase, "paragraphs" | "kinds" | "options"> = testCase;
  for (let pass = 0; pass < 10; pass++) {
    const { article, findings } = runRule(rule, current);
    const result = applyFixes(article.source.text, findings);
    if (result.applied.length === 0) return [...current.paragraphs];
    current = { paragraphs: paragraphsOf(result.text), ...(testCase.options !== undefined ? { options: testCase.options } : {}) };
  }
  throw new Error("fixes did not settle in 10 passes");
}

const spanText = (article: Article, report: RuleReport): string =>
  article.blocks[report.span.block]?.text.slice(report.span.start, report.span.end) ?? "";

export function expectReports(result: RunResult, expected: ReadonlyArray<ExpectedReport>): void {
  const { article, reports, findings } = result;
  const seen = reports.map((r) => `${r.span.block}: ${r.message}`).join("\n");
  expect(reports.length, `reports:\n${seen}`).toBe(expected.length);
  expected.forEach((want, i) => {
    const got = reports[i] as RuleReport;
    const finding = findings[i] as Finding;
    const where = `report ${i}: ${got.message}`;
    expect(got.span.block, where).toBe(want.block);
    if (want.text !== undefined) {
      if (want.text.endsWith("…")) expect(spanText(article, got).startsWith(want.text.slice(0, -1)), where).toBe(true);
      else expect(spanText(article, got), where).toBe(want.text);
    }
    if (want.line !== undefined) expect(finding.line, where).toBe(want.line);
    let from = 0;
    for (const fragment of want.message ?? []) {
      const at = got.message.indexOf(fragment, from);
      expect(at, `${where}: "${fragment}"`).toBeGreaterThanOrEqual(0);
      from = at + fragment.length;
    }
    if (want.evidence !== undefined) expect(got.evidence, where).toMatchObject(want.evidence);
    if (want.related !== undefined) expect(got.related?.map((r) => r.span.block), where).toEqual(want.related);
    if (want.relatedLines !== undefined) expect(finding.related?.map((r) => r.line), where).toEqual(want.relatedLines);
  });
}

/** One test per case: `valid` cases report nothing, `invalid` ones exactly `reports` (and `fixed`). */
export function ruleTests(rule: Rule, cases: { readonly valid: ReadonlyArray<RuleCase>; readonly invalid: ReadonlyArray<RuleCase> }): void {
  describe(`${rule.meta.id}: valid`, () => {
    for (const testCase of cases.valid) it(testCase.name, () => expectReports(runRule(rule, testCase), []));
  });
  describe(`${rule.meta.id}: invalid`, () => {
    for (const testCase of cases.invalid) {
      it(testCase.name, () => {
        const result = runRule(rule, testCase);
        expectReports(result, testCase.reports ?? []);
        if (testCase.fixed !== undefined) expect(fixedParagraphs(rule, testCase)).toEqual(testCase.fixed);
      });
    }
  });
}
