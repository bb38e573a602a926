import { type Article, defineRule, type RuleContext, type RuleReport, ruleDocsUrl } from "@copydesk/core";
import { attributionsIn } from "../attribution/find.js";
import { VagueAttributionOptions } from "../options.js";
import { type StorySentence, storySentences } from "../text/story.js";
import { findVague, type VagueCategory, type VagueMatch, type VagueOptions } from "../vague/find.js";
import { q } from "./where.js";

const ID = "sources/vague-attribution";

const REMEDY: Record<VagueCategory, string> = {
  groups: "name them, or quote one by name and role",
  impersonal: "name who says so, or cut it",
  reports: "name the outlet or the document",
  sources: "identify the source, or say why they cannot be named and how they know",
  anonymous: "say why the source is not named and how they know",
};

function messageFor(match: VagueMatch): string {
  if (match.category === "anonymous") return `${q(match.text)} is an anonymous source: ${REMEDY.anonymous}.`;
  return `${q(match.text)} does not say ${match.missing}: ${REMEDY[match.category]}.`;
}

function optionsFor(options: VagueAttributionOptions): VagueOptions {
  const categories = new Set<VagueCategory>();
  if (options.groups) categories.add("groups");
  if (options.impersonal) categories.add("impersonal");
  if (options.reports) categories.add("reports");
  if (options.sources) categories.add("sources");
  if (options.anonymous) categories.add("anonymous");
  return { categories, extraGroups: new Set(options.extraGroups.map((word) => word.toLowerCase())) };
}

/** A named speaker in `sentence` (after `from`, when given): "said Tomas Lind", "Jane Roe, a critic, said". */
function namesSpeaker(sentence: StorySentence | undefined, from = 0): boolean {
  if (sentence === undefined) return false;
  return attributionsIn(sentence).attributions.some((a) => a.cue.start >= from && a.speaker.cls === "named" && a.kind !== "opinion");
}

function check(article: Article, context: RuleContext<VagueAttributionOptions>): RuleReport[] {
  const options = context.options;
  const matcher = optionsFor(options);
  if (matcher.categories.size === 0) return [];
  const allow = options.allow.map((phrase) => phrase.toLowerCase());
  const sentences = storySentences(article);
  const reports: RuleReport[] = [];
  sentences.forEach((sentence, index) => {
    for (const match of findVague(sentence, matcher)) {
      const lower = match.text.toLowerCase();
      if (allow.some((phrase) => lower.includes(phrase) || phrase.includes(lower))) continue;
      // "Opponents said the plan underestimated traffic. 'We are not against growth,' said Tomas Lind."
      if (match.category === "groups" && options.resolveWithNextSentence) {
        if (namesSpeaker(sentence, match.end) || namesSpeaker(sentences[index + 1])) continue;
      }
      reports.push({
        span: { block: sentence.block, start: match.start, end: match.end },
        message: messageFor(match),
        evidence: { phrase: match.text, category: match.category },
      });
    }
  });
  return reports;
}

export const vagueAttributionRule = defineRule<VagueAttributionOptions>({
  meta: {
    id: ID,
    description: "Vague attribution (\"critics say\", \"experts believe\", \"according to reports\", \"a source said\") outside quotations.",
    defaultSeverity: "warning",
    fixable: false,
    options: VagueAttributionOptions,
    docsUrl: ruleDocsUrl(ID),
  },
  check,
});
