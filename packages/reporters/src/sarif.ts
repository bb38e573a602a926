import { DOCS_BASE_URL, type Article, type Finding, type FileResult, type Severity, type SourceEdit } from "@copydesk/core";
import { defineReporter, type RuleInfo } from "./reporter.js";
import { docsUrlOf } from "./rule-docs.js";
import { directoryUri, pathToUri } from "./paths.js";

/** The schema GitHub code scanning documents for uploads (SARIF 2.1.0). */
export const SARIF_SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json";

const LEVEL: Record<Severity, "error" | "warning" | "note"> = { error: "error", warning: "warning", info: "note" };

/** The notification every unreadable file is reported under (`tool.driver.notifications[0]`). */
const INPUT_ERROR = {
  id: "copydesk/input-error",
  shortDescription: { text: "A file could not be read, decoded, parsed or fully checked." },
};

const REPOSITORY_URL = DOCS_BASE_URL.replace(/\/blob\/.*$/, "");

type Region =
  | { startLine: number; startColumn: number; endLine: number; endColumn: number }
  | { charOffset: number; charLength: number };

const firstSentence = (text: string): string => {
  const end = text.search(/[.!?](\s|$)/);
  return end < 0 ? text : text.slice(0, end + 1);
};

function ruleDescriptor(id: string, rule: RuleInfo | undefined) {
  const helpUri = docsUrlOf(id, rule);
  const description = rule?.description ?? `copydesk rule ${id}.`;
  const pkg = id.includes("/") ? id.slice(0, id.indexOf("/")) : id;
  return {
    id,
    shortDescription: { text: firstSentence(description) },
    fullDescription: { text: description },
    help: {
      text: `${description}\n\nDocumentation: ${helpUri}`,
      markdown: `${description}\n\n[Documentation of ${id}](${helpUri})`,
    },
    helpUri,
    defaultConfiguration: { level: LEVEL[rule?.defaultSeverity ?? "warning"] },
    properties: { tags: ["editorial", pkg], ...(rule ? { fixable: rule.fixable } : {}) },
  };
}

/** Line/column region of a source range when the file's text is at hand, otherwise a character range. */
function regionOf(edit: SourceEdit, finding: Finding, article: Article | undefined): Region {
  if (article !== undefined) {
    const start = article.source.lines.positionAt(edit.start);
    const end = article.source.lines.positionAt(edit.end);
    return { startLine: start.line, startColumn: start.column, endLine: end.line, endColumn: end.column };
  }
  if (edit.start === finding.offset && edit.end === finding.endOffset) {
    return { startLine: finding.line, startColumn: finding.column, endLine: finding.endLine, endColumn: finding.endColumn };
  }
  return { charOffset: edit.start, charLength: edit.end - edit.start };
}

function toResult(finding: Finding, ruleIndex: number, artifactLocation: object, article: Article | undefined) {
  const region = { startLine: finding.line, startColumn: finding.column, endLine: finding.endLine, endColumn: finding.endColumn };
  return {
    ruleId: finding.ruleId,
    ruleIndex,
    level: LEVEL[finding.severity],
    message: { text: finding.message },
    locations: [{ physicalLocation: { artifactLocation, region } }],
    ...(finding.related && finding.related.length > 0
      ? {
          relatedLocations: finding.related.map((related, index) => ({
            id: index + 1,
            physicalLocation: {
              artifactLocation,
              region: { startLine: related.line, startColumn: related.column, endLine: related.endLine, endColumn: related.endColumn },
            },
            message: { text: related.message },
          })),
        }
      : {}),
    ...(finding.fix && finding.fix.edits.length > 0
      ? {
          fixes: [
            {
              description: { text: finding.fix.description },
              artifactChanges: [
                {
                  artifactLocation,
                  replacements: finding.fix.edits.map((edit) => ({
                    deletedRegion: regionOf(edit, finding, article),
                    insertedContent: { text: edit.text },
                  })),
                },
              ],
            },
          ],
        }
      : {}),
    ...(finding.evidence ? { properties: { evidence: finding.evidence } } : {}),
  };
}

const indented = (value: unknown, depth: number): string => JSON.stringify(value, null, 2).replace(/\n/g, "\n" + "  ".repeat(depth));

/**
 * SARIF 2.1.0, as GitHub code scanning reads it. Results are written as files come in; the tool
 * (with every rule of the run, and any rule met on the way) and the invocation (files that could
 * not be checked) follow them, since only then are they known: JSON readers do not care about order.
 */
export const sarif = defineReporter({
  name: "sarif",
  description: "SARIF 2.1.0 for GitHub code scanning and other static-analysis viewers",
  wantsArticles: false,
  begin(sink, { tool, rules, cwd }) {
    const known = new Map(rules.map((rule) => [rule.id, rule]));
    const order: string[] = rules.map((rule) => rule.id);
    const indexOf = new Map(order.map((id, index) => [id, index]));
    const notifications: object[] = [];
    let results = 0;
    sink.write(`{\n  "$schema": "${SARIF_SCHEMA_URI}",\n  "version": "2.1.0",\n  "runs": [\n    {\n      "results": [`);

    const ruleIndex = (id: string): number => {
      let index = indexOf.get(id);
      if (index === undefined) {
        index = order.push(id) - 1;
        indexOf.set(id, index);
      }
      return index;
    };

    return {
      file(result: FileResult, article?: Article) {
        const artifactLocation = { uri: pathToUri(result.path), ...(cwd !== undefined ? { uriBaseId: "%SRCROOT%" } : {}) };
        // After --fix, findings are positions in the fixed file, not in the article as it was read.
        const source = result.fixed === true ? undefined : article;
        for (const finding of result.findings) {
          const entry = toResult(finding, ruleIndex(finding.ruleId), artifactLocation, source);
          sink.write(`${results++ === 0 ? "\n" : ",\n"}        ${indented(entry, 4)}`);
        }
        for (const error of result.errors) {
          notifications.push({
            level: "error",
            message: { text: `${result.path}: ${error.message}` },
            locations: [{ physicalLocation: { artifactLocation } }],
            descriptor: { id: INPUT_ERROR.id, index: 0 },
          });
        }
      },
      end(summary) {
        const driver = {
          name: tool.name,
          version: tool.version,
          semanticVersion: tool.version,
          informationUri: REPOSITORY_URL,
          rules: order.map((id) => ruleDescriptor(id, known.get(id))),
          notifications: [INPUT_ERROR],
        };
        const run = {
          tool: { driver },
          invocations: [{ executionSuccessful: summary.failures === 0, toolExecutionNotifications: notifications }],
          // Columns count UTF-16 code units, as copydesk's do (also SARIF's default; stated for readers that assume otherwise).
          columnKind: "utf16CodeUnits",
          ...(cwd !== undefined ? { originalUriBaseIds: { "%SRCROOT%": { uri: directoryUri(cwd) } } } : {}),
        };
        const rest = indented(run, 2).replace(/^\{\n/, "");
        sink.write(`${results === 0 ? "]" : "\n      ]"},\n${rest}\n  ]\n}\n`);
      },
    };
  },
});
