import { Schema } from "effect";
import { PRESETS } from "./presets.js";

const PreferredOption = Schema.Struct(
  Object.fromEntries(PRESETS.map((preset) => [preset, Schema.optional(Schema.NullOr(Schema.String))])) as Record<
    (typeof PRESETS)[number],
    Schema.optional<Schema.NullOr<typeof Schema.String>>
  >,
);

/**
 * An entry in rule options: adds a place or person, or overrides fields of a shipped entry
 * with the same id (`preferred` is merged preset by preset). `"disabled": true` removes one.
 */
export const EntryOption = Schema.Struct({
  id: Schema.String,
  kind: Schema.optional(Schema.Literal("place", "person")),
  canonical: Schema.optional(Schema.String),
  variants: Schema.optional(Schema.Array(Schema.String)),
  /** Each preset's spelling (null: no ruling). Only the presets copydesk knows are accepted. */
  preferred: Schema.optional(PreferredOption),
  exceptions: Schema.optional(Schema.Array(Schema.String)),
  suggest: Schema.optional(Schema.String),
  country: Schema.optional(Schema.String),
  fixable: Schema.optional(Schema.Boolean),
  partOfNameBeforeCapital: Schema.optional(Schema.Boolean),
  description: Schema.optional(Schema.String),
  givenName: Schema.optional(Schema.String),
  givenNameVariants: Schema.optional(Schema.Array(Schema.String)),
  surnameAlone: Schema.optional(Schema.Boolean),
  source: Schema.optional(Schema.String),
  disabled: Schema.optional(Schema.Boolean),
});
export type EntryOption = typeof EntryOption.Type;

/** Options both names rules share. */
const shared = {
  /** Overrides the config's top-level `preset` for this rule. */
  preset: Schema.optional(Schema.Literal(...PRESETS)),
  entries: Schema.optionalWith(Schema.Array(EntryOption), { default: () => [] }),
  /** Extra fixed expressions that are never findings ("Kiev Ballet"). */
  exceptions: Schema.optionalWith(Schema.Array(Schema.String), { default: () => [] }),
};

export const HouseStyleOptions = Schema.Struct({
  ...shared,
  /**
   * When the preset has no ruling on a place but the gazetteer knows its Ukrainian-based
   * spelling ("Berdyansk" / "Berdiansk"), mention it once at info level. Never fixed.
   */
  suggestTransliterations: Schema.optionalWith(Schema.Boolean, { default: () => true }),
});
export type HouseStyleOptions = typeof HouseStyleOptions.Type;

export const ConsistencyOptions = Schema.Struct(shared);
export type ConsistencyOptions = typeof ConsistencyOptions.Type;
