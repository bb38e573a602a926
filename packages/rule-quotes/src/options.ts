import { Schema } from "effect";

const Score = Schema.Number.pipe(Schema.between(0, 1));
const Count = Schema.Number.pipe(Schema.int(), Schema.greaterThanOrEqualTo(1));

const score = (value: number) => Schema.optionalWith(Score, { default: () => value });
const count = (value: number) => Schema.optionalWith(Count, { default: () => value });

export const MisattributedOptions = Schema.Struct({
  /** How close (Dice similarity, 0..1) a source passage must be to count as the same words. */
  minScore: score(0.75),
  /** Shorter quotations are not judged: a few common words prove nothing. */
  minWords: count(4),
  /**
   * Also judge reported speech ("X warned that ...") that matches a source passage given to someone
   * else. Off by default: across a feed, reported clauses repeat as formulas ("told reporters the
   * forecast had been revised") far more than quoted words do; on the bench corpus it raised false
   * alarms four to one.
   */
  reportedSpeech: Schema.optionalWith(Schema.Boolean, { default: () => false }),
});
export type MisattributedOptions = typeof MisattributedOptions.Type;

export const AlteredOptions = Schema.Struct({
  /** How close a source passage must be to count as the quotation's source. */
  minScore: score(0.6),
  minWords: count(3),
  /** Words outside the source's quote marks before a quotation counts as extending a partial quote (or quoting a paraphrase). */
  minExtraWords: count(2),
});
export type AlteredOptions = typeof AlteredOptions.Type;

export const UnverifiedOptions = Schema.Struct({
  /** Below this score no source passage counts as close. */
  minScore: score(0.6),
  minWords: count(4),
  /** Also warn about partial quotations (a fragment in quote marks inside the writer's sentence). */
  partial: Schema.optionalWith(Schema.Boolean, { default: () => true }),
});
export type UnverifiedOptions = typeof UnverifiedOptions.Type;

export const UnattributedOptions = Schema.Struct({
  minWords: count(3),
  /** Also warn about quotations in headlines (whose speaker is usually named in the body). */
  headlines: Schema.optionalWith(Schema.Boolean, { default: () => false }),
});
export type UnattributedOptions = typeof UnattributedOptions.Type;

export const InconsistentSpeakerOptions = Schema.Struct({
  /** How close two quotations must be to count as the same words. */
  minScore: score(0.85),
  minWords: count(5),
  /** Also compare with the other articles checked in the same run. */
  acrossArticles: Schema.optionalWith(Schema.Boolean, { default: () => true }),
});
export type InconsistentSpeakerOptions = typeof InconsistentSpeakerOptions.Type;
