import type { Processor, Rule } from "@copydesk/core";

/** The rules of this package, for the CLI's rule list. */
export const rules: ReadonlyArray<Rule> = [];

/** Processors that annotate articles before any rule runs. */
export const processors: ReadonlyArray<Processor> = [];
