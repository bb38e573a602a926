import { type Article, defineRule, type RuleContext, type RuleReport, ruleDocsUrl } from "@copydesk/core";
import { BylineOptions } from "../options.js";
import { isVisible, provenanceOf } from "../provenance/record.js";
import { storyBlocks } from "../text/story.js";
import { articleAnchor, listOf, q } from "./where.js";

const ID = "sources/byline";

function check(article: Article, context: RuleContext<BylineOptions>): RuleReport[] {
  const options = context.options;
  const record = provenanceOf(article);
  if (record.pressRelease.value && !options.pressReleases) return [];
  if (storyBlocks(article).length === 0) return [];
  const counts = (value: (typeof record.authors)[number]) => !options.visibleOnly || isVisible(value);
  if (record.authors.some(counts) || record.bylines.some(counts)) return [];
  const agency = record.credits.find((credit) => credit.from.startsWith("dateline agency"));
  if (options.agencyCounts && agency !== undefined) return [];
  const span = articleAnchor(article);
  if (span === undefined) return [];
  const hidden = record.authors.map((author) => author.value);
  const message =
    hidden.length > 0
      ? `The byline (${listOf(hidden.map(q))}) is only in the page's metadata: show it to readers under the headline.`
      : "No byline: say who wrote or reported this story, with a \"By\" line under the headline (or the agency, for wire copy).";
  return [{ span, message, evidence: { authors: hidden, pressRelease: record.pressRelease.value } }];
}

export const bylineRule = defineRule<BylineOptions>({
  meta: {
    id: ID,
    description: "The article says who wrote it: a byline in the text or the metadata (press releases excepted).",
    defaultSeverity: "warning",
    fixable: false,
    options: BylineOptions,
    docsUrl: ruleDocsUrl(ID),
  },
  check,
});
