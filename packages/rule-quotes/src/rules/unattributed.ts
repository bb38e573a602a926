import { defineRule, ruleDocsUrl, type Article, type RuleContext, type RuleReport } from "@copydesk/core";
import { UnattributedOptions } from "../options.js";
import { quotationsOf } from "../verify/passages.js";
import { quotationTokens } from "../verify/token-cache.js";
import { continuations, spanOf } from "./where.js";

const ID = "quotes/unattributed";

function check(article: Article, context: RuleContext<UnattributedOptions>): RuleReport[] {
  const { minWords, headlines } = context.options;
  const reports: RuleReport[] = [];
  for (const quotation of quotationsOf(article)) {
    if (quotation.kind !== "direct" || quotation.speaker !== undefined) continue;
    const first = spanOf(quotation);
    if (!headlines && article.blocks[first.block]?.kind === "headline") continue;
    if (quotationTokens(quotation).length < minWords) continue;
    reports.push({
      span: first,
      message: "This quotation names no speaker: say who said it, or remove the quotation marks if the words are the writer's own.",
      evidence: { text: quotation.text },
      related: continuations(quotation),
    });
  }
  return reports;
}

export const unattributedRule = defineRule<UnattributedOptions>({
  meta: {
    id: ID,
    description: "A direct quotation with no speaker named or inferable from the text around it.",
    defaultSeverity: "warning",
    fixable: false,
    options: UnattributedOptions,
    docsUrl: ruleDocsUrl(ID),
  },
  check,
});
