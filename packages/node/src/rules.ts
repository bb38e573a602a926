import type { Rule } from "@copydesk/core";
import { rules as nameRules } from "@copydesk/rule-names";

/** Every rule copydesk ships, in the order `copydesk rules` lists them. */
export const defaultRules: ReadonlyArray<Rule> = [...nameRules];
