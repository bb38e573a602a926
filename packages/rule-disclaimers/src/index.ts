import type { Processor, Rule } from "@copydesk/core";
import { boilerplateProcessor } from "./processor.js";
import { corpusBoilerplateRule } from "./rules/corpus-boilerplate.js";
import { duplicateRule } from "./rules/duplicate.js";
import { stackedRule } from "./rules/stacked.js";

export { duplicateRule, stackedRule, corpusBoilerplateRule };

/** The rules of this package, for the CLI's rule list. */
export const rules: ReadonlyArray<Rule> = [duplicateRule, stackedRule, corpusBoilerplateRule];

/** Processors that annotate articles before any rule runs: marks boilerplate blocks. */
export const processors: ReadonlyArray<Processor> = [boilerplateProcessor];

export { boilerplateProcessor, createBoilerplateProcessor, BOILERPLATE_PROCESSOR_ID } from "./processor.js";
export { classifyArticle, type BlockJudgement } from "./classify/classify-article.js";
export { THRESHOLD as BOILERPLATE_THRESHOLD, type Verdict } from "./classify/judge.js";
export {
  CATEGORIES,
  compileLibrary,
  shippedLibrary,
  shippedProviders,
  type BoilerplateLibrary,
  type Category,
  type LibraryData,
} from "./data/library.js";
export { comparisonKey, PROVIDER_MASK, type ComparisonKey } from "./compare/key.js";
export { findDuplicates, type Duplicate, type DuplicateSettings } from "./compare/duplicates.js";
export { boilerplateUnits, type BoilerplateUnit } from "./compare/units.js";
export {
  BoilerplateCorpusBuilder,
  createBoilerplateCorpus,
  DEFAULT_CORPUS_SETTINGS,
  type BoilerplateCorpusSettings,
} from "./corpus/builder.js";
export { BoilerplateIndex, type RecurringBlock, type RecurringMatch, type RecurringThresholds } from "./corpus/learned.js";
export { fingerprintText, shingleHashes, type Fingerprint } from "./corpus/fingerprint.js";
export type { BoilerplateCorpusSnapshot } from "./corpus/builder.js";
export { learnedBoilerplate, CORPUS_RULE_ID } from "./rules/corpus-boilerplate.js";
export { DuplicateOptions, StackedOptions, CorpusBoilerplateOptions } from "./options.js";
