import { Schema } from "effect";
import { CATEGORIES } from "./data/library.js";

const Category = Schema.Literal(...CATEGORIES);
const Share = Schema.Number.pipe(Schema.greaterThanOrEqualTo(0), Schema.lessThanOrEqualTo(1));

export const DuplicateOptions = Schema.Struct({
  /** Dice similarity (0 to 1) from which two boilerplate blocks are the same text. */
  threshold: Schema.optionalWith(Schema.Number.pipe(Schema.greaterThanOrEqualTo(0.5), Schema.lessThanOrEqualTo(1)), { default: () => 0.85 }),
  /** Blocks with fewer words than this count as copies only when they are exactly the same. */
  minWords: Schema.optionalWith(Schema.Int.pipe(Schema.greaterThanOrEqualTo(1)), { default: () => 8 }),
  /** Compare disclaimers and safe-harbour notices with the provider's name masked (MENAFN's and EIN Presswire's are one text). */
  maskProviders: Schema.optionalWith(Schema.Boolean, { default: () => true }),
  /** Boilerplate categories compared. */
  categories: Schema.optionalWith(Schema.Array(Category), { default: () => [...CATEGORIES] }),
});
export type DuplicateOptions = typeof DuplicateOptions.Type;

export const StackedOptions = Schema.Struct({
  /** Boilerplate categories whose providers are counted. */
  categories: Schema.optionalWith(Schema.Array(Category), { default: () => ["disclaimer" as const] }),
  /** Distinct providers from which the article counts as stacked. */
  minProviders: Schema.optionalWith(Schema.Int.pipe(Schema.greaterThanOrEqualTo(2)), { default: () => 2 }),
});
export type StackedOptions = typeof StackedOptions.Type;

export const CorpusBoilerplateOptions = Schema.Struct({
  /** Share of the run's articles (0 to 1) a block must appear in to be learned as boilerplate. */
  minShare: Schema.optionalWith(Share, { default: () => 0.05 }),
  /** And at least this many articles (so a run of a few files learns nothing by accident). */
  minArticles: Schema.optionalWith(Schema.Int.pipe(Schema.greaterThanOrEqualTo(2)), { default: () => 10 }),
  /** Blocks with fewer words are never reported (the corpus only fingerprints blocks of 6 words or more). */
  minWords: Schema.optionalWith(Schema.Int.pipe(Schema.greaterThanOrEqualTo(6)), { default: () => 8 }),
});
export type CorpusBoilerplateOptions = typeof CorpusBoilerplateOptions.Type;
