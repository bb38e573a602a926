import { github } from "./github.js";
import { html } from "./html/index.js";
import { json } from "./json.js";
import { junit } from "./junit.js";
import type { Reporter } from "./reporter.js";
import { sarif } from "./sarif.js";
import { stylish } from "./stylish.js";

export * from "./reporter.js";
export { SummaryCounter } from "./summary-counter.js";
export { json } from "./json.js";
export { stylish } from "./stylish.js";
export { sarif, SARIF_SCHEMA_URI } from "./sarif.js";
export { junit } from "./junit.js";
export { github, escapeData, escapeProperty } from "./github.js";
export { html } from "./html/index.js";
export { CONTENT_SECURITY_POLICY } from "./html/page.js";
export { scriptJson } from "./html/json-script.js";
export { wordDiff, type DiffPart } from "./html/word-diff.js";
export { terminalSafe, terminalSafeLine } from "./terminal-safe.js";
export { xmlAttribute, xmlSafe, xmlText } from "./xml.js";
export { pathToUri } from "./paths.js";
export { docsUrlOf } from "./rule-docs.js";

/** Every report format by its `--format` name. */
export const reporters: Readonly<Record<string, Reporter>> = { stylish, json, sarif, junit, github, html };
