import { defineRule, ruleDocsUrl, type Article, type RuleContext, type RuleReport, type Span } from "@copydesk/core";
import { boilerplateUnits, type BoilerplateUnit } from "../compare/units.js";
import { shippedLibrary } from "../data/library.js";
import { StackedOptions } from "../options.js";
import { tokenize } from "../text/tokens.js";
import { inOrder, lineOf, nounOf, wholeSpan } from "./describe.js";

const ID = "disclaimers/stacked";

/** Where the block names its provider (the name itself), else the whole block. */
function providerSpan(article: Article, unit: BoilerplateUnit): Span {
  const text = article.blocks[unit.block]?.text ?? "";
  const tokens = tokenize(text, 2000);
  const mention = shippedLibrary()
    .providers.findAll(tokens)
    .filter((match) => match.value === unit.boilerplate.provider)
    .sort((a, b) => a.start - b.start)[0];
  if (mention === undefined) {
    // A provider the library does not know is named as the block writes it.
    const provider = unit.boilerplate.provider ?? "";
    const at = provider === "" ? -1 : text.indexOf(provider);
    return at < 0 ? wholeSpan(article, unit.block) : { block: unit.block, start: at, end: at + provider.length };
  }
  return { block: unit.block, start: tokens.starts[mention.start] as number, end: tokens.ends[mention.end - 1] as number };
}

function plural(categories: ReadonlyArray<string>): string {
  return categories.length === 1 ? `${nounOf(categories[0] as string)}s` : "boilerplate blocks";
}

function check(article: Article, context: RuleContext<StackedOptions>): RuleReport[] {
  const categories = new Set<string>(context.options.categories);
  const firstOf = new Map<string, BoilerplateUnit>();
  for (const unit of boilerplateUnits(article, shippedLibrary())) {
    const provider = unit.boilerplate.provider;
    if (provider === undefined || !categories.has(unit.boilerplate.category) || firstOf.has(provider)) continue;
    firstOf.set(provider, unit);
  }
  if (firstOf.size < context.options.minProviders) return [];
  const providers = [...firstOf.keys()];
  const [first, second] = [...firstOf.values()] as [BoilerplateUnit, BoilerplateUnit];
  const what = plural(context.options.categories);
  return [
    {
      span: providerSpan(article, second),
      message: `${what[0]?.toUpperCase()}${what.slice(1)} from ${providers.length} providers are stacked here (${inOrder(providers)}): keep only the one from the feed you took the story from.`,
      evidence: {
        providers,
        lines: [...firstOf.values()].map((unit) => lineOf(article, unit.block)),
      },
      related: [...firstOf.values()]
        .filter((unit) => unit !== second)
        .map((unit) => ({ span: providerSpan(article, unit), message: `${unit.boilerplate.provider} ${nounOf(unit.boilerplate.category)}${unit === first ? " (the first)" : ""}.` })),
    },
  ];
}

export const stackedRule = defineRule<StackedOptions>({
  meta: {
    id: ID,
    description: "Disclaimers from more than one provider on one article (a re-post of a re-post); names the providers in order.",
    defaultSeverity: "warning",
    fixable: false,
    options: StackedOptions,
    docsUrl: ruleDocsUrl(ID),
  },
  check,
});
