import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import Ajv from "ajv-draft-04";
import addFormats from "ajv-formats";
import { resolveReport, summarize, type Article, type FileResult, type Report, type RuleReport, type Severity } from "@copydesk/core";
import type { RuleInfo } from "../src/index.js";

export const RULES: RuleInfo[] = [
  { id: "names/house-style", description: "Place and person names spelt as the house style wants: Kiev -> Kyiv.", defaultSeverity: "warning", fixable: true, docsUrl: "https://example.org/docs/house-style.md" },
  { id: "disclaimers/duplicate", description: "The same boilerplate twice in one article.", defaultSeverity: "error", fixable: true },
  { id: "sources/byline", description: "An article without a byline.", defaultSeverity: "warning", fixable: false },
];

/** A file result whose findings the engine resolved from rule reports on `article` (real lines, columns and offsets). */
export function checked(article: Article, reports: ReadonlyArray<{ rule: string; severity?: Severity; report: RuleReport }>): FileResult {
  return {
    path: article.id,
    format: article.format,
    findings: reports.map(({ rule, severity, report }) => resolveReport(article, rule, severity ?? "warning", report)),
    errors: [],
  };
}

export const reportOf = (files: FileResult[]): Report => ({ version: 1, tool: { name: "copydesk", version: "0.1.0" }, files, summary: summarize(files) });

/** A string sink that also records each write, to see what a session wrote when. */
export function recordingSink() {
  const writes: string[] = [];
  return { writes, write: (text: string) => void writes.push(text), text: () => writes.join("") };
}

const here = dirname(fileURLToPath(import.meta.url));

/** SARIF 2.1.0 (rtm.5, JSON Schema draft-04) with format checks (uri, uri-reference, date-time). */
export function sarifValidator() {
  const schema = JSON.parse(readFileSync(join(here, "fixtures", "sarif-2.1.0-rtm.5.json"), "utf8"));
  // The schema's `language` pattern has a stray "]" that only a non-Unicode RegExp accepts (ECMA 262 as draft-04 knew it).
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats(ajv);
  return ajv.compile(schema);
}
