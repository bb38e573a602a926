import { parseArgs } from "node:util";
import type { SeverityLevel } from "@copydesk/core";

export class UsageError extends Error {}

const LEVELS = new Set(["off", "info", "warning", "error"]);

export interface CheckArgs {
  readonly patterns: string[];
  readonly format: string;
  readonly output: string | undefined;
  readonly config: string | undefined;
  readonly preset: string | undefined;
  readonly rules: Record<string, SeverityLevel>;
  readonly maxWarnings: number | undefined;
  readonly quiet: boolean;
  readonly fix: "none" | "write" | "dry-run";
  readonly sources: string[];
  readonly concurrency: number | undefined;
  readonly maxFileSize: number | undefined;
}

const OPTIONS = {
  format: { type: "string", short: "f" },
  output: { type: "string", short: "o" },
  config: { type: "string", short: "c" },
  preset: { type: "string" },
  rule: { type: "string", multiple: true },
  "max-warnings": { type: "string" },
  quiet: { type: "boolean" },
  fix: { type: "boolean" },
  "fix-dry-run": { type: "boolean" },
  sources: { type: "string", multiple: true },
  concurrency: { type: "string" },
  "max-file-size": { type: "string" },
  help: { type: "boolean", short: "h" },
  version: { type: "boolean", short: "v" },
} as const;

export function parseCommandLine(argv: ReadonlyArray<string>) {
  try {
    return parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message.replace(/\. To specify a positional argument.*$/s, ""));
  }
}

function wholeNumber(name: string, value: string | undefined, min: number): number | undefined {
  if (value === undefined) return undefined;
  const number = Number(value);
  if (!Number.isInteger(number) || number < min) throw new UsageError(`--${name} takes a whole number of at least ${min}, not "${value}"`);
  return number;
}

export function toCheckArgs(values: ReturnType<typeof parseCommandLine>["values"], patterns: string[]): CheckArgs {
  if (patterns.length === 0) throw new UsageError("check: name the files, directories or globs to check");
  if (values.fix && values["fix-dry-run"]) throw new UsageError("--fix and --fix-dry-run cannot be used together");
  const rules: Record<string, SeverityLevel> = {};
  for (const setting of values.rule ?? []) {
    const at = setting.lastIndexOf("=");
    const id = setting.slice(0, at);
    const level = setting.slice(at + 1);
    if (at <= 0 || !LEVELS.has(level)) throw new UsageError(`--rule takes <id>=<off|info|warning|error>, not "${setting}"`);
    rules[id] = level as SeverityLevel;
  }
  const maxFileSize = wholeNumber("max-file-size", values["max-file-size"], 1);
  return {
    patterns,
    format: values.format ?? "stylish",
    output: values.output,
    config: values.config,
    preset: values.preset,
    rules,
    maxWarnings: wholeNumber("max-warnings", values["max-warnings"], 0),
    quiet: values.quiet ?? false,
    fix: values.fix ? "write" : values["fix-dry-run"] ? "dry-run" : "none",
    sources: (values.sources ?? []).flatMap((s) => s.split(",")).filter((s) => s.length > 0),
    concurrency: wholeNumber("concurrency", values.concurrency, 1),
    maxFileSize: maxFileSize === undefined ? undefined : maxFileSize * 1024 * 1024,
  };
}
