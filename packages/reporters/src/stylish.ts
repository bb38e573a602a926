import type { FileResult, Severity } from "@copydesk/core";
import { defineReporter } from "./reporter.js";
import { terminalSafeLine } from "./terminal-safe.js";

const ANSI = { red: "31", yellow: "33", blue: "34", dim: "2", bold: "1", underline: "4" } as const;
type Style = keyof typeof ANSI;

const paint = (color: boolean) => (style: Style, text: string) => (color ? `\u001b[${ANSI[style]}m${text}\u001b[0m` : text);

const severityStyle: Record<Severity, Style> = { error: "red", warning: "yellow", info: "blue" };

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? "" : "s"}`;

/** One file's block: its path, then one aligned row per problem. Empty for a clean file. */
function renderFile(file: FileResult, color: boolean): string {
  const style = paint(color);
  const rows = [
    ...file.errors.map((error) => ({ where: "0:0", severity: "error" as Severity, message: terminalSafeLine(error.message), ruleId: "" })),
    ...file.findings.map((f) => ({ where: `${f.line}:${f.column}`, severity: f.severity, message: terminalSafeLine(f.message), ruleId: terminalSafeLine(f.ruleId) })),
  ];
  if (rows.length === 0) return "";
  const whereWidth = Math.max(...rows.map((r) => r.where.length));
  const severityWidth = Math.max(...rows.map((r) => r.severity.length));
  const messageWidth = Math.min(100, Math.max(...rows.map((r) => r.message.length)));
  const lines = [
    style("underline", terminalSafeLine(file.path)),
    ...rows.map((row) =>
      [
        "  " + style("dim", row.where.padEnd(whereWidth)),
        style(severityStyle[row.severity], row.severity.padEnd(severityWidth)),
        row.message.padEnd(messageWidth),
        style("dim", row.ruleId),
      ]
        .join("  ")
        .trimEnd(),
    ),
  ];
  return lines.join("\n") + "\n\n";
}

/** Grouped by file, aligned columns, a summary line: what a person reads in a terminal. Written file by file. */
export const stylish = defineReporter({
  name: "stylish",
  description: "grouped by file, aligned, with a summary line; for people in a terminal (default)",
  wantsArticles: false,
  begin(sink, { color }) {
    const style = paint(color);
    let fixable = 0;
    return {
      file(result) {
        fixable += result.findings.filter((f) => f.fix !== undefined).length;
        const text = renderFile(result, color);
        if (text !== "") sink.write(text);
      },
      end({ errors, warnings, infos, failures, files }) {
        const problems = errors + warnings + infos;
        if (problems === 0 && failures === 0) {
          sink.write(`${plural(files, "file")} checked, no problems.\n`);
          return;
        }
        const summary = `✖ ${plural(problems, "problem")} (${plural(errors, "error")}, ${plural(warnings, "warning")}, ${plural(infos, "info")}) in ${plural(files, "file")}`;
        const tail = [style(errors > 0 || failures > 0 ? "red" : "yellow", summary)];
        if (failures > 0) tail.push(style("red", `  ${plural(failures, "file")} could not be checked.`));
        if (fixable > 0) tail.push(`  ${plural(fixable, "problem")} potentially fixable with the \`--fix\` option.`);
        sink.write(tail.join("\n") + "\n");
      },
    };
  },
});
