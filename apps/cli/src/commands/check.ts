import { resolve } from "node:path";
import { Effect, Either } from "effect";
import type { FileResult, Summary } from "@copydesk/core";
import { TOOL_NAME, TOOL_VERSION, check, formatTiming, resolveRunConfig, timingRequested, type FileCheck } from "@copydesk/node";
import { SummaryCounter, fanOut, reporters, terminalSafeLine, type Reporter, type Sink } from "@copydesk/reporters";
import { UsageError, type CheckArgs } from "../args.js";
import { EXIT } from "../exit-codes.js";
import { useColor, type Io } from "../io.js";
import { OutputFile } from "../output-file.js";
import { Progress } from "../progress.js";

/** --quiet keeps error-severity findings only (as ESLint does). */
const errorsOnly = (file: FileResult): FileResult => ({ ...file, findings: file.findings.filter((f) => f.severity === "error") });

export function exitCodeFor(summary: Summary, maxWarnings: number | undefined): number {
  if (summary.failures > 0) return EXIT.failure;
  if (summary.errors > 0) return EXIT.findings;
  if (maxWarnings !== undefined && summary.warnings > maxWarnings) return EXIT.findings;
  return EXIT.ok;
}

function reporterFor(format: string): Reporter {
  const reporter = reporters[format];
  if (reporter === undefined) throw new UsageError(`--format must be one of ${Object.keys(reporters).join(", ")}, not "${format}"`);
  return reporter;
}

const WRITE_ERRORS: Record<string, string> = {
  ENOENT: "its folder does not exist",
  ENOTDIR: "its folder does not exist",
  EACCES: "permission denied",
  EPERM: "permission denied",
  EROFS: "the file system is read-only",
};

/** Opens every report file before any work, so a path that cannot be written stops the run at once. */
function openOutputs(paths: ReadonlyArray<string>, io: Io): OutputFile[] | string {
  const opened: OutputFile[] = [];
  for (const path of paths) {
    try {
      opened.push(new OutputFile(resolve(io.cwd, path)));
    } catch (error) {
      for (const file of opened) file.discard();
      const code = (error as NodeJS.ErrnoException).code ?? "";
      return `cannot write the report to ${path}: ${WRITE_ERRORS[code] ?? (error as Error).message}`;
    }
  }
  return opened;
}

const showProgress = (io: Io): boolean => io.stderrIsTty === true && io.env["TERM"] !== "dumb" && (io.env["CI"] ?? "") === "";

export async function runCheck(args: CheckArgs, io: Io): Promise<number> {
  const requested = args.outputs.map((output) => ({ ...output, reporter: reporterFor(output.format) }));
  const checkOptions = {
    ...(args.config ? { configPath: resolve(io.cwd, args.config) } : {}),
    ...(args.preset ? { preset: args.preset } : {}),
    ruleOverrides: args.rules,
  };
  // The config decides which rules run (SARIF and JUnit list them): a config error stops here, before any report starts.
  const resolved = await Effect.runPromise(Effect.either(resolveRunConfig(checkOptions, io.cwd)));
  if (Either.isLeft(resolved)) {
    io.stderr(`copydesk: config error: ${resolved.left.message}\n`);
    return EXIT.failure;
  }
  const rules = resolved.right.config.rules.map((enabled) => enabled.rule.meta);

  const files = openOutputs(requested.flatMap((r) => (r.path !== undefined ? [r.path] : [])), io);
  if (typeof files === "string") {
    io.stderr(`copydesk: ${files}\n`);
    return EXIT.failure;
  }
  const progress = showProgress(io) ? new Progress({ write: io.stderr, ...(io.columns ? { columns: io.columns } : {}) }) : undefined;
  const stdout: Sink = {
    write(text) {
      progress?.clear();
      io.stdout(text);
    },
  };
  const tool = { name: TOOL_NAME, version: TOOL_VERSION };
  const sessions = requested.map((r) => {
    const sink = r.path !== undefined ? (files.find((f) => f.path === resolve(io.cwd, r.path as string)) as OutputFile) : stdout;
    return r.reporter.begin(sink, { tool, rules, color: r.path === undefined && useColor(io, args.color), cwd: io.cwd });
  });
  const report = fanOut(sessions);
  const wantsArticles = requested.some((r) => r.reporter.wantsArticles);
  const stdoutReport = requested.find((r) => r.path === undefined);
  // Dry-run diffs are for people: beside each file's findings in a stylish report, after a machine-readable one.
  const diffsAfter = stdoutReport !== undefined && stdoutReport.format !== "stylish";
  const heldDiffs: string[] = [];
  const raw = new SummaryCounter();
  const failures: string[] = [];

  const feed = (checked: FileCheck) => {
    raw.add(checked.result);
    if (checked.diff !== undefined) {
      if (diffsAfter) heldDiffs.push(checked.diff);
      else stdout.write(checked.diff);
    }
    report.file(args.quiet ? errorsOnly(checked.result) : checked.result, wantsArticles ? checked.article : undefined);
    // A feed's file names are as untrusted as its text: no escape sequence reaches the terminal.
    for (const error of checked.result.errors) failures.push(terminalSafeLine(`copydesk: ${checked.result.path}: ${error.message}`) + "\n");
  };

  let committed = false;
  try {
    const outcome = await Effect.runPromise(
      Effect.either(
        check({
          patterns: args.patterns,
          cwd: io.cwd,
          ...checkOptions,
          sources: args.sources,
          fix: args.fix,
          ...(args.concurrency !== undefined ? { workers: args.concurrency } : {}),
          ...(args.maxFileSize ? { maxFileSize: args.maxFileSize } : {}),
          ...(args.maxFileTime ? { maxFileTime: args.maxFileTime * 1000 } : {}),
          ...(args.workerMemory ? { workerMemoryMb: args.workerMemory } : {}),
          ...(args.encoding ? { encoding: args.encoding } : {}),
          wantArticles: wantsArticles,
          timing: timingRequested(io.env),
          onFile: (checked) => {
            progress?.tick(checked.result.path);
            feed(checked);
          },
        }),
      ),
    );
    progress?.done();
    if (Either.isLeft(outcome)) {
      io.stderr(outcome.left._tag === "RunError" ? `copydesk: ${outcome.left.message}\n` : `copydesk: config error: ${outcome.left.message}\n`);
      return EXIT.failure;
    }
    // Every file came through onFile (patterns that matched nothing last): the run kept nothing.
    report.end(report.summary);
    for (const file of files) file.commit();
    committed = true;
    for (const diff of heldDiffs) io.stdout(diff);

    if (outcome.right.timing !== undefined) io.stderr(`\nTime per step (COPYDESK_TIMING), summed over ${Math.max(1, outcome.right.workers)} thread(s):\n${formatTiming(outcome.right.timing)}`);
    // Files that could not be checked are named on stderr too, so a CI log shows them whatever the format.
    for (const line of failures) io.stderr(line);
    return exitCodeFor(raw.summary, args.maxWarnings);
  } finally {
    progress?.done();
    if (!committed) for (const file of files) file.discard();
  }
}
