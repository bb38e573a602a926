import { type Article, defineRule, type RuleContext, type RuleReport, ruleDocsUrl } from "@copydesk/core";
import { foldName, isDistributor } from "../lexicon/data.js";
import { CreditOptions } from "../options.js";
import { isVisible, provenanceOf } from "../provenance/record.js";
import { storyBlocks } from "../text/story.js";
import { articleAnchor, listOf } from "./where.js";

const ID = "sources/credit";

function check(article: Article, context: RuleContext<CreditOptions>): RuleReport[] {
  const options = context.options;
  const record = provenanceOf(article);
  if (storyBlocks(article).length === 0) return [];
  const extraPublisher = record.publisher.find((value) => options.distributors.some((name) => foldName(name) === foldName(value.value)));
  const syndicated = record.syndicated.value || options.assumeSyndicated || extraPublisher !== undefined;
  if (!syndicated) return [];
  // The record already left out known distributors; the desk's own list is applied here.
  const extra = new Set(options.distributors.map(foldName));
  const credits = record.credits.filter((credit) => !extra.has(foldName(credit.value)) && (!options.visibleOnly || isVisible(credit)));
  if (credits.length > 0) return [];
  const span = articleAnchor(article);
  if (span === undefined) return [];
  const distributors = [
    ...new Set([
      ...record.distributors.map((value) => value.value),
      ...record.publisher.filter((value) => isDistributor(value.value, options.distributors)).map((value) => value.value),
    ]),
  ];
  const via = distributors.length > 0 ? ` (it came through ${listOf(distributors)})` : "";
  const message = `Syndicated copy with no credit to the outlet it came from${via}: add a credit line such as "This article originally appeared on ..." or a canonical link to the original.`;
  return [{ span, message, evidence: { distributors, signals: record.syndicated.signals, credits: record.credits.map((credit) => credit.value) } }];
}

export const creditRule = defineRule<CreditOptions>({
  meta: {
    id: ID,
    description: "Syndicated copy credits the outlet it came from (a credit line, the dateline agency, isBasedOn or a canonical link elsewhere).",
    defaultSeverity: "warning",
    fixable: false,
    options: CreditOptions,
    docsUrl: ruleDocsUrl(ID),
  },
  check,
});
