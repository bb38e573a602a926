import { ruleDocsUrl } from "@copydesk/core";
import type { RuleInfo } from "./reporter.js";

/** The rule's docs page: its own `meta.docsUrl`, else where rule packages publish `docs/<rule>.md`. */
export const docsUrlOf = (ruleId: string, rule?: RuleInfo): string => rule?.docsUrl ?? ruleDocsUrl(ruleId);

/** Rules by id, plus the order they were given in. */
export const indexRules = (rules: ReadonlyArray<RuleInfo>): ReadonlyMap<string, RuleInfo> => new Map(rules.map((rule) => [rule.id, rule]));
