import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { Effect, Either } from "effect";
import type { Report } from "@copydesk/core";
import { check, makeReport } from "@copydesk/node";
import { reporters } from "@copydesk/reporters";
import { UsageError, type CheckArgs } from "../args.js";
import { EXIT } from "../exit-codes.js";
import { useColor, type Io } from "../io.js";

/** --quiet keeps error-severity findings only (as ESLint does). */
const errorsOnly = (report: Report): Report =>
  makeReport(report.files.map((file) => ({ ...file, findings: file.findings.filter((f) => f.severity === "error") })));

export function exitCodeFor(report: Report, maxWarnings: number | undefined): number {
  if (report.summary.failures > 0) return EXIT.failure;
  if (report.summary.errors > 0) return EXIT.findings;
  if (maxWarnings !== undefined && report.summary.warnings > maxWarnings) return EXIT.findings;
  return EXIT.ok;
}

export async function runCheck(args: CheckArgs, io: Io): Promise<number> {
  const reporter = reporters[args.format];
  if (reporter === undefined) throw new UsageError(`--format must be one of ${Object.keys(reporters).join(", ")}, not "${args.format}"`);

  const outcome = await Effect.runPromise(
    Effect.either(
      check({
        patterns: args.patterns,
        cwd: io.cwd,
        ...(args.config ? { configPath: resolve(io.cwd, args.config) } : {}),
        ...(args.preset ? { preset: args.preset } : {}),
        ruleOverrides: args.rules,
        sources: args.sources,
        fix: args.fix,
        ...(args.concurrency ? { concurrency: args.concurrency } : {}),
        ...(args.maxFileSize ? { maxFileSize: args.maxFileSize } : {}),
      }),
    ),
  );
  if (Either.isLeft(outcome)) {
    io.stderr(`copydesk: config error: ${outcome.left.message}\n`);
    return EXIT.failure;
  }
  const { report, checks } = outcome.right;
  for (const diff of checks.flatMap((c) => (c.diff ? [c.diff] : []))) io.stdout(diff);

  const shown = args.quiet ? errorsOnly(report) : report;
  const toFile = args.output !== undefined;
  const text = reporter.render(shown, { color: !toFile && useColor(io) });
  if (toFile) writeFileSync(resolve(io.cwd, args.output as string), text);
  else io.stdout(text);

  // Files that could not be checked are named on stderr too, so a CI log shows them whatever the format.
  for (const file of report.files) for (const error of file.errors) io.stderr(`copydesk: ${file.path}: ${error.message}\n`);
  return exitCodeFor(report, args.maxWarnings);
}
