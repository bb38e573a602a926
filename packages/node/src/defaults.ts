import type { Reader, Rule } from "@copydesk/core";
import { defaultParsers } from "@copydesk/ingest";
import { rules as nameRules } from "@copydesk/rule-names";

/** Every rule copydesk ships, in the order `copydesk rules` lists them. */
export const defaultRules: ReadonlyArray<Rule> = [...nameRules];

/** Every format copydesk reads, and the processors that annotate articles before rules run. */
export const defaultReader: Reader = { parsers: defaultParsers, processors: [] };
