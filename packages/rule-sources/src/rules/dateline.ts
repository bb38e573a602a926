import { type Article, defineRule, type RuleContext, type RuleReport, ruleDocsUrl } from "@copydesk/core";
import { DatelineOptions } from "../options.js";
import { providerTagAt } from "../provenance/dateline.js";
import { isVisible, provenanceOf } from "../provenance/record.js";
import { storyBlocks } from "../text/story.js";
import { openingAnchor, q } from "./where.js";

const ID = "sources/dateline";

function check(article: Article, context: RuleContext<DatelineOptions>): RuleReport[] {
  const options = context.options;
  const record = provenanceOf(article);
  if (record.pressRelease.value && !options.pressReleases) return [];
  const story = storyBlocks(article);
  if (story.length === 0 || story.length < options.minParagraphs) return [];
  const datelines = record.dateline.filter((value) => !options.visibleOnly || isVisible(value));
  if (datelines.length > 0) return [];
  // After a distributor's tag "(MENAFN- Provider)", where the dateline would go.
  const first = story[0];
  const tag = first !== undefined ? providerTagAt(first.text, 0) : undefined;
  const span = openingAnchor(article, tag?.end ?? 0);
  if (span === undefined) return [];
  const hidden = record.dateline.map((value) => value.value);
  const message =
    hidden.length > 0
      ? `The dateline (${q(hidden[0] as string)}) is only in the page's metadata: open the story with it, as in "KYIV, March 4 (Reuters) —".`
      : "No dateline: open the story with where (and when) it was reported, as in \"KYIV, March 4 (Reuters) —\".";
  return [{ span, message, evidence: { metadataDateline: hidden[0] ?? null, pressRelease: record.pressRelease.value } }];
}

export const datelineRule = defineRule<DatelineOptions>({
  meta: {
    id: ID,
    description: "The story says where it was reported: a dateline opening the first paragraph, or one in the metadata.",
    defaultSeverity: "warning",
    fixable: false,
    options: DatelineOptions,
    docsUrl: ruleDocsUrl(ID),
  },
  check,
});
