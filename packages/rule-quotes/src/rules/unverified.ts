import { defineRule, ruleDocsUrl, type Article, type RuleContext, type RuleReport } from "@copydesk/core";
import { corpusOf, quotesCorpusBuilder } from "../corpus.js";
import { UnverifiedOptions } from "../options.js";
import { checkQuotations } from "../verify/verify.js";
import { continuations, describePassage, sourceLocation, spanOf } from "./where.js";

const ID = "quotes/unverified";

function check(article: Article, context: RuleContext<UnverifiedOptions>): RuleReport[] {
  const corpus = corpusOf(context.corpus, ID);
  if (corpus === undefined || corpus.sources.size === 0) return [];
  const { minScore, minWords, partial } = context.options;
  const files = corpus.sources.fileCount;
  const inSources = files === 1 ? "the source file" : `the ${files} source files`;
  const reports: RuleReport[] = [];
  for (const quotation of checkQuotations(article, corpus.sources)) {
    const { quotation: q } = quotation;
    if (q.kind === "reported" || (q.kind === "partial" && !partial) || quotation.words < minWords) continue;
    const nearest = quotation.matches[0];
    if (nearest !== undefined && nearest.comparison.score >= minScore) continue;
    const score = nearest ? Math.round(nearest.comparison.score * 100) / 100 : undefined;
    const near = nearest ? ` (the nearest passage scores ${score}, ${describePassage(nearest.passage)})` : "";
    reports.push({
      span: spanOf(q),
      message: `Nothing in ${inSources} matches this quotation${near}: check it against the original before publishing.`,
      evidence: {
        sourceFiles: files,
        ...(q.speaker ? { speaker: q.speaker.name } : {}),
        ...(nearest ? { nearest: { passage: nearest.passage.text, source: sourceLocation(nearest.passage), score } } : {}),
      },
      related: continuations(q),
    });
  }
  return reports;
}

export const unverifiedRule = defineRule<UnverifiedOptions>({
  meta: {
    id: ID,
    description: "A quotation that no source passage comes close to (only when --sources are given).",
    defaultSeverity: "warning",
    fixable: false,
    options: UnverifiedOptions,
    docsUrl: ruleDocsUrl(ID),
  },
  check,
  corpus: quotesCorpusBuilder,
});
