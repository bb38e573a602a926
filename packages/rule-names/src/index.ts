import type { Rule } from "@copydesk/core";
import { consistencyRule } from "./rules/consistency.js";
import { houseStyleRule } from "./rules/house-style.js";

export { houseStyleRule, consistencyRule };

/** The names rules, for the CLI's rule list. */
export const rules: ReadonlyArray<Rule> = [houseStyleRule, consistencyRule];

export { PRESETS, PRESET_LABELS, DEFAULT_PRESET, resolvePreset, type Preset } from "./presets.js";
export { HouseStyleOptions, ConsistencyOptions, EntryOption } from "./options.js";
export { entryForms, type GazetteerEntry } from "./gazetteer/types.js";
export { compileGazetteer, defaultGazetteer, type CompiledGazetteer, type CompileOptions } from "./gazetteer/compile.js";
export { mergeEntries } from "./gazetteer/merge.js";
export { shippedEntries } from "./data/load.js";
export { findNameMentions, newMatchWork, type NameMention, type GivenNameMention, type MatchWork } from "./match/find-mentions.js";
export { mentionsInArticle, gazetteerFor, type BlockMention } from "./match/article-mentions.js";
