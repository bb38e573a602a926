import { defineRule, ruleDocsUrl, type Article, type RuleContext, type RuleReport, type Speaker } from "@copydesk/core";
import { corpusOf, quotesCorpusBuilder } from "../corpus.js";
import { MisattributedOptions } from "../options.js";
import { renderDiff } from "../verify/compare.js";
import { describeSpeaker } from "../verify/speakers.js";
import { checkQuotations, misattribution } from "../verify/verify.js";
import { continuations, describePassage, sourceLocation, spanOf } from "./where.js";

const ID = "quotes/misattributed";

/** When the speaker was not named here in full, how the text refers to them: the editor checks that reading too. */
function howNamed(article: Article, speaker: Speaker): string {
  const span = speaker.span;
  const written = span ? article.blocks[span.block]?.text.slice(span.start, span.end) : undefined;
  if (speaker.resolvedBy === "pronoun" && written) return ` ("${written}" here)`;
  if (speaker.resolvedBy === "context") return " (the speaker of the quotation before it)";
  return "";
}

function check(article: Article, context: RuleContext<MisattributedOptions>): RuleReport[] {
  const corpus = corpusOf(context.corpus, ID);
  if (corpus === undefined || corpus.sources.size === 0) return [];
  const { minScore, minWords, reportedSpeech } = context.options;
  const reports: RuleReport[] = [];
  for (const quotation of checkQuotations(article, corpus.sources)) {
    const { quotation: q } = quotation;
    if (q.speaker === undefined || quotation.words < minWords) continue;
    if (q.kind === "reported" && !reportedSpeech) continue;
    const match = misattribution(quotation, minScore);
    if (match === undefined || match.passage.speaker === undefined) continue;
    const source = match.passage.speaker;
    const what = q.kind === "reported" ? "what is reported here" : "these words";
    reports.push({
      span: spanOf(q),
      message: `The source gives ${what} to ${describeSpeaker(source)}, not to ${q.speaker.name}${howNamed(article, q.speaker)} (${describePassage(match.passage)}): correct the attribution.`,
      evidence: {
        speaker: q.speaker.name,
        sourceSpeaker: source.name,
        ...(source.role ? { sourceRole: source.role } : {}),
        sourcePassage: match.passage.text,
        source: sourceLocation(match.passage),
        score: Math.round(match.comparison.score * 1000) / 1000,
        diff: renderDiff(match.comparison.diff),
      },
      related: continuations(q),
    });
  }
  return reports;
}

export const misattributedRule = defineRule<MisattributedOptions>({
  meta: {
    id: ID,
    description: "A quotation that matches a source passage the source gives to another speaker (needs --sources).",
    defaultSeverity: "error",
    fixable: false,
    options: MisattributedOptions,
    docsUrl: ruleDocsUrl(ID),
  },
  check,
  corpus: quotesCorpusBuilder,
});
