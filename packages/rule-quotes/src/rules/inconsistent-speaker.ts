import { defineRule, ruleDocsUrl, spanToSource, type Article, type Quotation, type RuleContext, type RuleReport, Where } from "@copydesk/core";
import { corpusOf, quotesCorpusBuilder } from "../corpus.js";
import { InconsistentSpeakerOptions } from "../options.js";
import { SourceArchive } from "../verify/archive.js";
import type { Comparison } from "../verify/compare.js";
import type { Passage } from "../verify/passages.js";
import { quotationsOf } from "../verify/passages.js";
import { compareSpeakers, describeSpeaker } from "../verify/speakers.js";
import { quotationTokens } from "../verify/token-cache.js";
import type { VerifyToken } from "../verify/tokens.js";
import { compareWithPassage, matchTokens, rankMatches } from "../verify/verify.js";
import { spanOf } from "./where.js";

const ID = "quotes/inconsistent-speaker";

// Quotations repeated from elsewhere in the article are compared against this many nearest others.
const NEIGHBOURS = 6;

/**
 * Whether two close quotations still say different things: a negation or a number changed makes
 * another statement ("can carry 52 percent" against "cannot carry 61 percent"), not the same
 * words given to two people. Whether either is the speaker's own is `quotes/altered`'s question.
 */
const saysOtherwise = (comparison: Comparison): boolean =>
  comparison.changes.some((change) => change.kind === "negation-dropped" || change.kind === "negation-added" || change.kind === "number-changed");

const sameQuotation = (comparison: Comparison, minScore: number): boolean => comparison.score >= minScore && !saysOtherwise(comparison);

function passageOf(article: Article, quotation: Quotation): Passage {
  const span = spanOf(quotation);
  const at = article.source.lines.positionAt(spanToSource(article, span).start);
  const speaker = quotation.speaker;
  return {
    text: quotation.text,
    kind: quotation.kind,
    quoted: [[0, quotation.text.length]],
    ...(speaker && speaker.resolvedBy !== "unresolved pronoun" ? { speaker: { name: speaker.name, kind: speaker.kind, ...(speaker.role ? { role: speaker.role } : {}) } } : {}),
    file: article.id,
    line: at.line,
    column: at.column,
  };
}

function check(article: Article, context: RuleContext<InconsistentSpeakerOptions>): RuleReport[] {
  const { minScore, minWords, acrossArticles } = context.options;
  const quotations = quotationsOf(article).filter(
    (q) => q.kind !== "reported" && q.speaker !== undefined && quotationTokens(q).length >= minWords,
  );
  const reports: RuleReport[] = [];
  const local = new SourceArchive();
  const indexOf = new Map<Passage, number>();
  // Each passage's tokens (its words in full quote marks: the quotation's own tokens), kept here
  // rather than in the run's cache of source passages' tokens, which they would only crowd.
  const tokensOf = new Map<Passage, ReadonlyArray<VerifyToken>>();
  quotations.forEach((quotation, index) => {
    const passage = passageOf(article, quotation);
    indexOf.set(passage, index);
    const tokens = quotationTokens(quotation);
    tokensOf.set(passage, tokens);
    local.addPassage(passage, tokens);
  });
  local.finish();
  const reported = new Set<number>();

  quotations.forEach((quotation, index) => {
    const tokens = quotationTokens(quotation);
    // Each pair once, on the later quotation: the earlier ones alone are compared, and only those
    // given to another speaker (the rest could not be reported).
    const wanted = (passage: Passage): boolean =>
      (indexOf.get(passage) ?? index) < index && compareSpeakers(quotation.speaker, passage.speaker) === "different";
    const ofPassage = (passage: Passage) => tokensOf.get(passage) as ReadonlyArray<VerifyToken>;
    for (const match of matchTokens(tokens, local, NEIGHBOURS, wanted, ofPassage, minScore)) {
      const other = indexOf.get(match.passage);
      if (other === undefined || other >= index || !sameQuotation(match.comparison, minScore)) continue;
      const first = quotations[other] as Quotation;
      const where = new Where(article).describe(spanOf(first), spanOf(quotation));
      reports.push({
        span: spanOf(quotation),
        message: `The same quotation is given to ${quotation.speaker?.name} here and to ${describeSpeaker(first.speaker ?? { name: "someone else" })} in ${where}: settle who said it.`,
        evidence: { speaker: quotation.speaker?.name, otherSpeaker: first.speaker?.name, score: Math.round(match.comparison.score * 1000) / 1000 },
        related: [{ span: spanOf(first), message: `Given to ${first.speaker?.name} here.` }],
      });
      reported.add(index);
      break;
    }
  });

  const corpus = acrossArticles ? corpusOf(context.corpus, ID) : undefined;
  if (corpus !== undefined && corpus.checked.size > 0) {
    quotations.forEach((quotation, index) => {
      if (reported.has(index)) return;
      const tokens = quotationTokens(quotation);
      // Only passages of other files given to another speaker could be reported, and only they
      // are looked for: a line syndicated many times would otherwise fill every place with its
      // own copies, and hide the same line given to someone else.
      const wanted = corpus.checked
        .candidates(tokens, NEIGHBOURS, { otherThan: article.id, speaker: (speaker) => compareSpeakers(quotation.speaker, speaker) === "different" })
        .map((candidate) => candidate.passage);
      for (const match of rankMatches(wanted, (passage) => compareWithPassage(tokens, passage, undefined, minScore))) {
        if (!sameQuotation(match.comparison, minScore)) continue;
        const other = match.passage;
        reports.push({
          span: spanOf(quotation),
          message: `The same quotation is given to ${quotation.speaker?.name} here and to ${describeSpeaker(other.speaker ?? { name: "someone else" })} in ${other.file} (line ${other.line}): settle who said it.`,
          evidence: {
            speaker: quotation.speaker?.name,
            otherSpeaker: other.speaker?.name,
            otherFile: other.file,
            other: { file: other.file, line: other.line, column: other.column },
            score: Math.round(match.comparison.score * 1000) / 1000,
          },
        });
        break;
      }
    });
  }
  return reports.sort((a, b) => a.span.block - b.span.block || a.span.start - b.span.start);
}

export const inconsistentSpeakerRule = defineRule<InconsistentSpeakerOptions>({
  meta: {
    id: ID,
    description: "The same quotation given to two different speakers, in one article or across the articles of one run.",
    defaultSeverity: "error",
    fixable: false,
    options: InconsistentSpeakerOptions,
    docsUrl: ruleDocsUrl(ID),
  },
  check,
  corpus: quotesCorpusBuilder,
});
