import type { Severity } from "@copydesk/core";
import { defineReporter } from "./reporter.js";
import { forwardSlashes } from "./paths.js";
import { terminalSafe } from "./terminal-safe.js";

const COMMAND: Record<Severity, "error" | "warning" | "notice"> = { error: "error", warning: "warning", info: "notice" };

/**
 * GitHub's escaping for a command's message: `%`, CR and LF (a raw newline would end the command and
 * let article text start one of its own). Other control characters are shown as \uXXXX, as on a terminal.
 */
export const escapeData = (text: string): string =>
  terminalSafe(text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A"));

/** Property values also escape `:` and `,`, which separate properties. */
export const escapeProperty = (text: string): string => escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? "" : "s"}`;

/**
 * GitHub Actions workflow commands: each finding becomes an annotation on the pull request diff
 * (`::error file=...,line=...,col=...,endLine=...,endColumn=...,title=<rule>::message`), info
 * findings are notices, files that could not be checked are errors on the file. One plain summary
 * line closes the output.
 */
export const github = defineReporter({
  name: "github",
  description: "GitHub Actions workflow commands: annotations on the pull request",
  wantsArticles: false,
  begin(sink, { tool }) {
    return {
      file(result) {
        const file = escapeProperty(forwardSlashes(result.path));
        const lines = result.errors.map((error) => `::error file=${file},title=${escapeProperty(tool.name)}::${escapeData(`could not be checked: ${error.message}`)}`);
        for (const f of result.findings) {
          const where = `file=${file},line=${f.line},col=${f.column},endLine=${f.endLine},endColumn=${f.endColumn}`;
          lines.push(`::${COMMAND[f.severity]} ${where},title=${escapeProperty(f.ruleId)}::${escapeData(f.message)}`);
        }
        if (lines.length > 0) sink.write(lines.join("\n") + "\n");
      },
      end({ files, errors, warnings, infos, failures }) {
        const unreadable = failures > 0 ? `; ${plural(failures, "file")} could not be checked` : "";
        sink.write(`${tool.name}: ${plural(errors, "error")}, ${plural(warnings, "warning")}, ${plural(infos, "info")} in ${plural(files, "file")}${unreadable}\n`);
      },
    };
  },
});
