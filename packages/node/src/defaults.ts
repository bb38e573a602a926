import type { Reader, Rule } from "@copydesk/core";
import { defaultParsers } from "@copydesk/ingest";
import * as disclaimers from "@copydesk/rule-disclaimers";
import { rules as nameRules } from "@copydesk/rule-names";
import * as quotes from "@copydesk/rule-quotes";
import * as sources from "@copydesk/rule-sources";

/** Every rule copydesk ships, in the order `copydesk rules` lists them. */
export const defaultRules: ReadonlyArray<Rule> = [...nameRules, ...disclaimers.rules, ...sources.rules, ...quotes.rules];

/**
 * Every format copydesk reads, and the processors that annotate articles before rules run:
 * boilerplate first (so provenance and quotations skip it), then provenance, then quotations.
 */
export const defaultReader: Reader = {
  parsers: defaultParsers,
  processors: [...disclaimers.processors, ...sources.processors, ...quotes.processors],
};
