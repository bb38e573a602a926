import { defineRule, ruleDocsUrl, type Article, type RuleContext, type RuleReport } from "@copydesk/core";
import { findDuplicates } from "../compare/duplicates.js";
import { comparisonKey } from "../compare/key.js";
import { boilerplateUnits, type BoilerplateUnit } from "../compare/units.js";
import { shippedLibrary } from "../data/library.js";
import { DuplicateOptions } from "../options.js";
import { lineOf, named, nounOf, wholeSpan } from "./describe.js";

const ID = "disclaimers/duplicate";

function message(first: BoilerplateUnit, later: BoilerplateUnit, firstLine: number): string {
  const a = first.boilerplate.provider;
  const b = later.boilerplate.provider;
  const noun = nounOf(later.boilerplate.category);
  if (a === b) return `Second copy of ${named(first.boilerplate)} (the first is at line ${firstLine}): delete this one.`;
  const self = b === undefined ? `This ${noun}` : `This ${b} ${noun}`;
  return `${self} repeats ${named(first.boilerplate)} at line ${firstLine}: delete this copy.`;
}

function fixDescription(article: Article, unit: BoilerplateUnit): string {
  const noun = nounOf(unit.boilerplate.category);
  const labels = unit.labels.map((index) => `"${article.blocks[index]?.text ?? ""}"`);
  return labels.length === 0 ? `Delete this copy of the ${noun}` : `Delete this copy of the ${noun} and its label ${labels.join(" ")}`;
}

function check(article: Article, context: RuleContext<DuplicateOptions>): RuleReport[] {
  const { options } = context;
  const library = shippedLibrary();
  const categories = new Set<string>(options.categories);
  const units = boilerplateUnits(article, library).filter((unit) => categories.has(unit.boilerplate.category));
  if (units.length < 2) return [];
  const items = units.map((unit) => ({
    category: unit.boilerplate.category,
    key: comparisonKey(library, article.blocks[unit.block]?.text ?? "", unit.boilerplate.category, options.maskProviders),
  }));
  const duplicates = findDuplicates(items, { threshold: options.threshold, minWords: options.minWords });
  return duplicates.map((duplicate): RuleReport => {
    const first = units[duplicate.first] as BoilerplateUnit;
    const later = units[duplicate.later] as BoilerplateUnit;
    const firstLine = lineOf(article, first.block);
    return {
      span: wholeSpan(article, later.block),
      message: message(first, later, firstLine),
      evidence: {
        similarity: Math.round(duplicate.score * 1000) / 1000,
        match: duplicate.exact ? "exact" : "near",
        category: later.boilerplate.category,
        providers: { first: first.boilerplate.provider ?? null, duplicate: later.boilerplate.provider ?? null },
        providerMasked: (items[duplicate.later]?.key.masked ?? false) || (items[duplicate.first]?.key.masked ?? false),
        firstLine,
      },
      related: [{ span: wholeSpan(article, first.block), message: `The first copy: ${named(first.boilerplate)}.` }],
      fix: {
        description: fixDescription(article, later),
        edits: [...later.labels, later.block].map((index) => ({ wholeBlock: index, text: "" })),
      },
    };
  });
}

export const duplicateRule = defineRule<DuplicateOptions>({
  meta: {
    id: ID,
    description: "The same disclaimer or footer twice in one article (after folding case, quotes, wraps and the provider's name); the fix deletes the later copy.",
    defaultSeverity: "error",
    fixable: true,
    options: DuplicateOptions,
    docsUrl: ruleDocsUrl(ID),
  },
  check,
});
