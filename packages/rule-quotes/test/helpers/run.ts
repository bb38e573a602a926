// Runs a quotation rule as the engine does: articles through the processor, every article of the
// run through the rules' corpus builders (sources first), then the rule's check on one article.
import { articleFromText, type Article, type Rule, type RuleReport, type Span } from "@copydesk/core";
import { Schema } from "effect";
import { quotationsProcessor, rules } from "../../src/index.js";

export interface RunCase {
  readonly paragraphs: ReadonlyArray<string>;
  /** Source articles (--sources), each a list of paragraphs. */
  readonly sources?: ReadonlyArray<ReadonlyArray<string>>;
  /** Other articles checked in the same run. */
  readonly others?: ReadonlyArray<ReadonlyArray<string>>;
  readonly options?: unknown;
  readonly headline?: boolean;
}

export const read = (paragraphs: ReadonlyArray<string>, id: string, headline = false): Article =>
  quotationsProcessor.process(articleFromText(paragraphs, { id, headline }));

export function runRule(rule: Rule, testCase: RunCase): { article: Article; reports: ReadonlyArray<RuleReport> } {
  const article = read(testCase.paragraphs, "story.txt", testCase.headline);
  const builders = rules.flatMap((r) => (r.corpus ? [{ id: r.meta.id, builder: r.corpus() }] : []));
  const feed = (a: Article, role: "checked" | "source") => builders.forEach(({ builder }) => builder.add(a, role));
  (testCase.sources ?? []).forEach((paragraphs, i) => feed(read(paragraphs, `source-${i + 1}.txt`), "source"));
  // The engine reads a checked article twice (corpus pass, then check): so do we.
  feed(read(testCase.paragraphs, "story.txt", testCase.headline), "checked");
  (testCase.others ?? []).forEach((paragraphs, i) => feed(read(paragraphs, `other-${i + 1}.txt`), "checked"));
  const corpus = new Map(builders.map(({ id, builder }) => [id, builder.finish()]));
  const options = Schema.decodeUnknownSync(rule.meta.options, { onExcessProperty: "error" })(testCase.options ?? {});
  const reports = rule.check(article, { options, severity: rule.meta.defaultSeverity, settings: { preset: "ap" }, corpus });
  return { article, reports };
}

export const textOf = (article: Article, span: Span): string => article.blocks[span.block]?.text.slice(span.start, span.end) ?? "";
