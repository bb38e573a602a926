import { defineRule, ruleDocsUrl, type Article, type RuleContext, type RuleReport } from "@copydesk/core";
import { corpusOf, quotesCorpusBuilder } from "../corpus.js";
import { AlteredOptions } from "../options.js";
import { meaningful, renderDiff, type Change } from "../verify/compare.js";
import type { PassageSpeaker } from "../verify/passages.js";
import { bestMatch, checkQuotations } from "../verify/verify.js";
import { continuations, describePassage, shown, sourceLocation, spanOf } from "./where.js";

const ID = "quotes/altered";

const possessive = (speaker: PassageSpeaker | undefined): string => (speaker ? `${speaker.name}’s` : "the speaker’s");

// The change an editor must see first: meaning reversed, then numbers, then words not the speaker's.
const PRIORITY: ReadonlyArray<Change["kind"]> = [
  "negation-dropped", "negation-added", "number-changed", "partial-extended", "paraphrase", "words-added", "words-changed", "words-omitted",
];

/** One change as a clause: `drops "not"`, `changes "but" to "and"`. */
function clause(change: Change): string {
  switch (change.kind) {
    case "negation-dropped":
      return `drops "${change.words}"`;
    case "negation-added":
      return `adds "${change.words}"`;
    case "number-changed":
      return `has "${change.to}" where the source has "${change.from}"`;
    case "words-added":
      return `adds "${change.words}"`;
    case "words-changed":
      return `changes "${change.from}" to "${change.to}"`;
    case "words-omitted":
      return `leaves out "${change.words}" without an ellipsis`;
    case "partial-extended":
      return `puts "${change.added}" inside the quotation marks`;
    case "paraphrase":
      return `quotes a paraphrase`;
    case "minor":
      return `changes "${change.from}" to "${change.to}"`;
  }
}

function message(changes: ReadonlyArray<Change>, speaker: PassageSpeaker | undefined, passage: string, where: string): string {
  const [lead, ...rest] = changes;
  if (lead === undefined) return "";
  const also = rest.length > 0 ? `; it also ${rest.map(clause).join(", ")}` : "";
  const whose = possessive(speaker);
  switch (lead.kind) {
    case "negation-dropped":
    case "negation-added":
      return `This quotation ${clause(lead)}, reversing ${whose} words${also}: the source has ${shown(passage)} (${where}).`;
    case "partial-extended":
      return `The source quotes only ${shown(lead.quoted)}; "${lead.added}" is its paraphrase, not ${whose} words, so end the quotation marks at the quoted words or paraphrase (${where}).`;
    case "paraphrase":
      return `The source paraphrases ${speaker ? speaker.name : "the speaker"} here without quotation marks (${shown(passage)}, ${where}): do not present the paraphrase as a quotation.`;
    default:
      return `This quotation ${clause(lead)}${also}, compared with ${whose} words in the source: ${shown(passage)} (${where}).`;
  }
}

function check(article: Article, context: RuleContext<AlteredOptions>): RuleReport[] {
  const corpus = corpusOf(context.corpus, ID);
  if (corpus === undefined || corpus.sources.size === 0) return [];
  const { minScore, minWords, minExtraWords } = context.options;
  const reports: RuleReport[] = [];
  for (const quotation of checkQuotations(article, corpus.sources)) {
    const { quotation: q } = quotation;
    if (q.kind === "reported" || quotation.words < minWords) continue;
    const match = bestMatch(quotation, minScore);
    if (match === undefined) continue;
    const changes = meaningful(match.comparison.changes, minExtraWords).sort((a, b) => PRIORITY.indexOf(a.kind) - PRIORITY.indexOf(b.kind));
    if (changes.length === 0) continue;
    // A paraphrase that only extends a quoted fragment is reported as that, not twice.
    const shownChanges = changes.some((c) => c.kind === "partial-extended") ? changes.filter((c) => c.kind !== "paraphrase") : changes;
    reports.push({
      span: spanOf(q),
      message: message(shownChanges, match.passage.speaker, match.passage.text, describePassage(match.passage)),
      evidence: {
        changes: shownChanges,
        diff: renderDiff(match.comparison.diff),
        sourcePassage: match.passage.text,
        source: sourceLocation(match.passage),
        ...(match.passage.speaker ? { sourceSpeaker: match.passage.speaker.name } : {}),
        score: Math.round(match.comparison.score * 1000) / 1000,
        ...(match.comparison.tolerated.length > 0 ? { tolerated: [...new Set(match.comparison.tolerated)] } : {}),
      },
      related: continuations(q),
    });
  }
  return reports;
}

export const alteredRule = defineRule<AlteredOptions>({
  meta: {
    id: ID,
    description: "A quotation whose words differ from its source in a way that changes what was said: a negation, a number, added words, a paraphrase in quote marks (needs --sources).",
    defaultSeverity: "error",
    fixable: false,
    options: AlteredOptions,
    docsUrl: ruleDocsUrl(ID),
  },
  check,
  corpus: quotesCorpusBuilder,
});
