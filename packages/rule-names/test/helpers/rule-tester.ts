// An ESLint-RuleTester-style helper: runs a rule on articleFromText(...) and compares what it
// reports (block, span, exact message or key phrases, severity, evidence, related span, the
// block with one fix applied) and the whole article with every fix applied, with a table of cases.
import {
  articleFromText,
  type Article,
  type BlockKind,
  type Rule,
  type RuleEdit,
  type RuleReport,
  type Severity,
} from "@copydesk/core";
import { Schema } from "effect";
import { describe, expect, it } from "vitest";

export interface ExpectedReport {
  readonly block?: number;
  /** The reported span's text. */
  readonly text?: string;
  readonly start?: number;
  readonly end?: number;
  /** The exact message. */
  readonly messageIs?: string;
  /** Key phrases the message must contain. */
  readonly message?: string | ReadonlyArray<string>;
  readonly severity?: Severity;
  /** The block's text with this report's fix applied; null when there must be no fix. */
  readonly fixed?: string | null;
  readonly evidence?: Readonly<Record<string, unknown>>;
  /** Text of the first related span, and its block. */
  readonly related?: string;
  readonly relatedBlock?: number;
}

export interface RuleCase {
  readonly name?: string;
  readonly paragraphs: ReadonlyArray<string> | string;
  /** The first paragraph is the headline. */
  readonly headline?: boolean;
  /** Block kinds, by index (byline, dateline, ...). */
  readonly kinds?: ReadonlyArray<BlockKind>;
  readonly preset?: string;
  /** Raw rule options, decoded with the rule's schema as the engine does. */
  readonly options?: unknown;
  /** Severity the rule is configured at (default: its default). */
  readonly configured?: Severity;
  readonly reports?: ReadonlyArray<ExpectedReport>;
  /** Every paragraph after applying every fix (as ESLint's `output`); omitted: not checked. */
  readonly output?: ReadonlyArray<string> | string;
  /** Blocks to mark as boilerplate before checking. */
  readonly boilerplate?: ReadonlyArray<number>;
}

export interface RunResult {
  readonly article: Article;
  readonly reports: ReadonlyArray<RuleReport>;
}

/** Runs `rule` on the case's article with its options decoded by the rule's own schema. */
export function runRule(rule: Rule, testCase: RuleCase): RunResult {
  const article = articleFromText(testCase.paragraphs, {
    headline: testCase.headline ?? false,
    ...(testCase.kinds ? { kinds: testCase.kinds } : {}),
  });
  for (const index of testCase.boilerplate ?? []) {
    const block = article.blocks[index];
    if (block) block.boilerplate = { category: "disclaimer" };
  }
  const options = Schema.decodeUnknownSync(rule.meta.options, { onExcessProperty: "error" })(testCase.options ?? {});
  const severity = testCase.configured ?? rule.meta.defaultSeverity;
  const reports = rule.check(article, { options, severity, settings: { preset: testCase.preset ?? "ap" }, corpus: new Map() });
  return { article, reports };
}

type SpanEdit = Extract<RuleEdit, { span: unknown }>;

const spanEdits = (report: RuleReport): SpanEdit[] =>
  (report.fix?.edits ?? []).filter((edit): edit is SpanEdit => "span" in edit);

function applyEdits(text: string, edits: ReadonlyArray<SpanEdit>): string {
  let out = text;
  for (const edit of [...edits].sort((a, b) => b.span.start - a.span.start)) {
    out = out.slice(0, edit.span.start) + edit.text + out.slice(edit.span.end);
  }
  return out;
}

/** The block's text with the fix's span edits applied (right to left). */
export function applyFix(article: Article, report: RuleReport): string | null {
  if (report.fix === undefined) return null;
  const block = article.blocks[report.span.block];
  if (block === undefined) throw new Error(`no block ${report.span.block}`);
  const edits = spanEdits(report);
  for (const edit of edits) expect(edit.span.block).toBe(report.span.block);
  return applyEdits(block.text, edits);
}

/** Every block's text with every fix applied; fixes must not overlap (the engine would drop one). */
export function applyAllFixes(article: Article, reports: ReadonlyArray<RuleReport>): string[] {
  return article.blocks.map((block) => {
    const edits = reports.flatMap(spanEdits).filter((edit) => edit.span.block === block.index);
    const sorted = [...edits].sort((a, b) => a.span.start - b.span.start);
    sorted.forEach((edit, i) => {
      const next = sorted[i + 1];
      if (next !== undefined) expect(edit.span.end, "overlapping fixes").toBeLessThanOrEqual(next.span.start);
    });
    return applyEdits(block.text, edits);
  });
}

export const spanText = (article: Article, report: RuleReport): string =>
  article.blocks[report.span.block]?.text.slice(report.span.start, report.span.end) ?? "";

function compare(result: RunResult, testCase: RuleCase, expected: ReadonlyArray<ExpectedReport>, configured: Severity): void {
  const { article, reports } = result;
  const seen = reports.map((r) => `${r.span.block}:${spanText(article, r)} (${r.severity ?? configured}) ${r.message}`);
  expect(reports.length, `reports:\n${seen.join("\n")}`).toBe(expected.length);
  expected.forEach((want, i) => {
    const got = reports[i] as RuleReport;
    const where = `report ${i}: ${seen[i]}`;
    expect(got.span.block, where).toBe(want.block ?? got.span.block);
    if (want.text !== undefined) expect(spanText(article, got), where).toBe(want.text);
    if (want.start !== undefined) expect(got.span.start, where).toBe(want.start);
    if (want.end !== undefined) expect(got.span.end, where).toBe(want.end);
    if (want.messageIs !== undefined) expect(got.message, where).toBe(want.messageIs);
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
      if (want.relatedBlock !== undefined) expect(related?.span.block, where).toBe(want.relatedBlock);
    }
  });
  if (testCase.output !== undefined) {
    const output = typeof testCase.output === "string" ? [testCase.output] : testCase.output;
    expect(applyAllFixes(article, reports)).toEqual(output);
  }
}

const label = (testCase: RuleCase): string =>
  testCase.name ?? (typeof testCase.paragraphs === "string" ? testCase.paragraphs : testCase.paragraphs.join(" ¶ "));

/** Checks one case: `valid` ones must report nothing, others exactly `reports`. */
export function expectCase(rule: Rule, testCase: RuleCase, valid = false): void {
  const configured = testCase.configured ?? rule.meta.defaultSeverity;
  compare(runRule(rule, testCase), testCase, valid ? [] : (testCase.reports ?? []), configured);
}

/** Declares one test per case: `valid` cases must report nothing, `invalid` ones exactly `reports`. */
export function ruleTests(
  rule: Rule,
  cases: { readonly valid: ReadonlyArray<RuleCase>; readonly invalid: ReadonlyArray<RuleCase> },
): void {
  describe(`${rule.meta.id}: valid`, () => {
    for (const testCase of cases.valid) it(label(testCase), () => expectCase(rule, testCase, true));
  });
  describe(`${rule.meta.id}: invalid`, () => {
    for (const testCase of cases.invalid) {
      if (testCase.reports === undefined || testCase.reports.length === 0) {
        throw new Error(`invalid case "${label(testCase)}" lists no reports: put it under valid`);
      }
      it(label(testCase), () => expectCase(rule, testCase));
    }
  });
}
