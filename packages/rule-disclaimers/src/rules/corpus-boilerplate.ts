import { defineRule, ruleDocsUrl, type Article, type RuleContext, type RuleReport } from "@copydesk/core";
import { createBoilerplateCorpus } from "../corpus/builder.js";
import { fingerprintable, MIN_FINGERPRINT_WORDS, scratchShingleHashes } from "../corpus/fingerprint.js";
import { BoilerplateIndex, type RecurringBlock } from "../corpus/learned.js";
import { CorpusBoilerplateOptions } from "../options.js";
import { named } from "./describe.js";

export const CORPUS_RULE_ID = "disclaimers/corpus-boilerplate";

/** The boilerplate learned over the run, when `disclaimers/corpus-boilerplate` is enabled: for other rules and reports. */
export function learnedBoilerplate(corpus: ReadonlyMap<string, unknown>): BoilerplateIndex | undefined {
  const index = corpus.get(CORPUS_RULE_ID);
  return index instanceof BoilerplateIndex ? index : undefined;
}

const count = (n: number): string => n.toLocaleString("en-US");

function message(block: RecurringBlock, total: number): string {
  const share = Math.round((100 * block.articles) / total);
  const known = block.knownAs === undefined ? "" : `, elsewhere marked as ${named(block.knownAs)}`;
  return `This paragraph recurs in ${count(block.articles)} of the ${count(total)} articles checked (${share}%${known}): it is feed boilerplate inside the story; delete it or move it out of the body.`;
}

function check(article: Article, context: RuleContext<CorpusBoilerplateOptions>): RuleReport[] {
  const index = learnedBoilerplate(context.corpus);
  if (index === undefined) return [];
  const least = index.threshold(context.options);
  if (index.articles < least || index.recurring(context.options).length === 0) return [];
  const reports: RuleReport[] = [];
  for (const block of article.blocks) {
    // Boilerplate the processor recognised is already kept apart from the story.
    if (block.boilerplate !== undefined) continue;
    if (!fingerprintable(block)) continue;
    const { shingles, words } = scratchShingleHashes(block.text);
    if (words < Math.max(MIN_FINGERPRINT_WORDS, context.options.minWords)) continue;
    const match = index.matchShingles(shingles, least);
    if (match === undefined) continue;
    reports.push({
      span: { block: block.index, start: 0, end: block.text.length },
      message: message(match.block, index.articles),
      evidence: {
        articles: match.block.articles,
        maxArticles: match.block.maxArticles,
        total: index.articles,
        share: Math.round((1000 * match.block.articles) / index.articles) / 1000,
        similarity: Math.round(match.similarity * 1000) / 1000,
        cluster: match.block.id,
        sample: match.block.sample,
        ...(match.block.knownAs ? { knownAs: match.block.knownAs } : {}),
      },
    });
  }
  return reports;
}

export const corpusBoilerplateRule = defineRule<CorpusBoilerplateOptions>({
  meta: {
    id: CORPUS_RULE_ID,
    description: "A paragraph that recurs across many articles of the run (a feed footer learned from the feed itself) left inside the story.",
    defaultSeverity: "info",
    fixable: false,
    options: CorpusBoilerplateOptions,
    docsUrl: ruleDocsUrl(CORPUS_RULE_ID),
  },
  check,
  corpus: () => createBoilerplateCorpus(),
});
