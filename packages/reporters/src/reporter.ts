import type { Article, FileResult, Report, Severity, Summary } from "@copydesk/core";
import { SummaryCounter } from "./summary-counter.js";

/** Where a report is written, piece by piece: a file, stdout, a string buffer. */
export interface Sink {
  write(text: string): void;
}

/** What a report needs to know about a rule: its metadata (a `Rule["meta"]` fits). */
export interface RuleInfo {
  readonly id: string;
  readonly description: string;
  readonly defaultSeverity: Severity;
  readonly fixable: boolean;
  readonly docsUrl?: string;
}

/** Facts about the run that a report states once, before any file. */
export interface ReportContext {
  readonly tool: { readonly name: string; readonly version: string };
  /** The rules of the run (SARIF lists them, JUnit has a test case per file and rule); may be empty. */
  readonly rules: ReadonlyArray<RuleInfo>;
  /** ANSI colours (stylish only; only on a terminal). */
  readonly color: boolean;
  /** The directory paths are relative to (SARIF states it as %SRCROOT%). */
  readonly cwd?: string;
}

/** One report being written: files go in as they are checked, then the summary closes it. */
export interface ReportSession {
  /** One file's result, in run order; its article when it was parsed (the HTML report shows it). */
  file(result: FileResult, article?: Article): void;
  end(summary: Summary): void;
}

export interface RenderOptions {
  /** ANSI colours (only on a terminal, never with NO_COLOR). */
  readonly color?: boolean;
  /** The parsed articles, index-aligned with `report.files` (`checks.map((c) => c.article)`). */
  readonly articles?: ReadonlyArray<Article | undefined>;
  readonly rules?: ReadonlyArray<RuleInfo>;
  readonly cwd?: string;
}

export interface Reporter {
  readonly name: string;
  /** One line for `--help`. */
  readonly description: string;
  /** True when the report shows article text, so the caller should pass each file's article. */
  readonly wantsArticles: boolean;
  /** Starts a report on `sink`. Nothing is held back: every call writes what it can at once. */
  begin(sink: Sink, context: ReportContext): ReportSession;
  /** The whole report as a string: the same bytes the session writes, for tests and library users. */
  render(report: Report, options?: RenderOptions): string;
}

type ReporterDefinition = Omit<Reporter, "render">;

/** A reporter from its streaming half; `render` feeds a finished report through the same session. */
export function defineReporter(definition: ReporterDefinition): Reporter {
  return {
    ...definition,
    render(report, options = {}) {
      const parts: string[] = [];
      const session = definition.begin(
        { write: (text) => void parts.push(text) },
        { tool: report.tool, rules: options.rules ?? [], color: options.color ?? false, ...(options.cwd ? { cwd: options.cwd } : {}) },
      );
      report.files.forEach((file, index) => session.file(file, options.articles?.[index]));
      session.end(report.summary);
      return parts.join("");
    },
  };
}

/** Feeds one file to several sessions and keeps the summary as it goes (for streaming runs). */
export function fanOut(sessions: ReadonlyArray<ReportSession>): ReportSession & { readonly summary: Summary } {
  const counter = new SummaryCounter();
  return {
    file(result, article) {
      counter.add(result);
      for (const session of sessions) session.file(result, article);
    },
    end(summary) {
      for (const session of sessions) session.end(summary);
    },
    get summary() {
      return counter.summary;
    },
  };
}
