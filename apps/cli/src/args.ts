import { parseArgs } from "node:util";
import { encodingLabel, type SeverityLevel } from "@copydesk/core";

export class UsageError extends Error {}

const LEVELS = new Set(["off", "info", "warning", "error"]);

/** One report of the run: a format, and the file it goes to (stdout when there is none). */
export interface OutputRequest {
  readonly format: string;
  readonly path?: string;
}

export interface CheckArgs {
  readonly patterns: string[];
  /** At least one; at most one without a path (stdout). */
  readonly outputs: ReadonlyArray<OutputRequest>;
  /** --color / --no-color; undefined: decide from the terminal and the environment. */
  readonly color: boolean | undefined;
  readonly config: string | undefined;
  readonly preset: string | undefined;
  readonly rules: Record<string, SeverityLevel>;
  readonly maxWarnings: number | undefined;
  readonly quiet: boolean;
  readonly fix: "none" | "write" | "dry-run";
  readonly sources: string[];
  /** Worker threads: a number, "auto" (the default) or "off". */
  readonly concurrency: number | "auto" | "off" | undefined;
  readonly maxFileSize: number | undefined;
  /** MB of heap each worker thread may use. */
  readonly workerMemory: number | undefined;
  /** Seconds one file may take on a worker thread before it is stopped. */
  readonly maxFileTime: number | undefined;
  /** The encoding of files that are not UTF-8 and declare none. */
  readonly encoding: string | undefined;
}

const OPTIONS = {
  format: { type: "string", short: "f", multiple: true },
  output: { type: "string", short: "o", multiple: true },
  color: { type: "boolean" },
  "no-color": { type: "boolean" },
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
  "max-file-time": { type: "string" },
  "worker-memory": { type: "string" },
  encoding: { type: "string" },
  help: { type: "boolean", short: "h" },
  version: { type: "boolean", short: "v" },
} as const;

export function parseCommandLine(argv: ReadonlyArray<string>) {
  try {
    return parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true, tokens: true });
  } catch (error) {
    throw new UsageError((error as Error).message.replace(/\. To specify a positional argument.*$/s, ""));
  }
}

function parallelism(value: string | undefined): number | "auto" | "off" | undefined {
  if (value === undefined || value === "auto" || value === "off") return value;
  return wholeNumber("concurrency", value, 0) ?? undefined;
}

export function encodingName(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (encodingLabel(value) === undefined) throw new UsageError(`--encoding: "${value}" is not an encoding copydesk can decode (try windows-1252, iso-8859-2, shift_jis...)`);
  return value;
}

function wholeNumber(name: string, value: string | undefined, min: number): number | undefined {
  if (value === undefined) return undefined;
  const number = Number(value);
  if (!Number.isInteger(number) || number < min) throw new UsageError(`--${name} takes a whole number of at least ${min}, not "${value}"`);
  return number;
}

type Parsed = ReturnType<typeof parseCommandLine>;

/** The one --format a command other than check takes (inspect, rules). */
export function singleFormat(values: Parsed["values"], command: string, fallback: string): string {
  const formats = values.format ?? [];
  if (formats.length > 1) throw new UsageError(`${command} takes one --format, not ${formats.length}`);
  return formats[0] ?? fallback;
}

/**
 * Pairs each --format with the --output that follows it (before the next --format). A format with
 * no --output goes to stdout, and only one may. With a single format, --output may come first.
 */
export function pairOutputs(tokens: Parsed["tokens"]): OutputRequest[] {
  const pairs: { format: string; path?: string }[] = [];
  const early: string[] = [];
  for (const token of tokens ?? []) {
    if (token.kind !== "option" || token.value === undefined) continue;
    if (token.name === "format") pairs.push({ format: token.value });
    else if (token.name === "output") {
      const last = pairs[pairs.length - 1];
      if (last === undefined) early.push(token.value);
      else if (last.path === undefined) last.path = token.value;
      else throw new UsageError(`--format ${last.format} already writes to ${last.path}; give --output ${token.value} its own --format before it`);
    }
  }
  if (pairs.length === 0) pairs.push({ format: "stylish" });
  if (early.length > 0) {
    const only = pairs[0] as { format: string; path?: string };
    if (early.length > 1 || pairs.length > 1 || only.path !== undefined) {
      throw new UsageError("with several reports, put each --output right after its --format: --format json --output report.json --format html --output report.html");
    }
    only.path = early[0] as string;
  }
  const toStdout = pairs.filter((p) => p.path === undefined);
  if (toStdout.length > 1) {
    throw new UsageError(`only one report can go to stdout, but ${toStdout.map((p) => p.format).join(" and ")} have no --output`);
  }
  const seen = new Set<string>();
  for (const { path } of pairs) {
    if (path === undefined) continue;
    if (seen.has(path)) throw new UsageError(`two reports would be written to ${path}`);
    seen.add(path);
  }
  return pairs;
}

export function toCheckArgs(values: Parsed["values"], patterns: string[], tokens: Parsed["tokens"] = []): CheckArgs {
  if (patterns.length === 0) throw new UsageError("check: name the files, directories or globs to check");
  if (values.fix && values["fix-dry-run"]) throw new UsageError("--fix and --fix-dry-run cannot be used together");
  if (values.color && values["no-color"]) throw new UsageError("--color and --no-color cannot be used together");
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
    outputs: pairOutputs(tokens),
    color: values["no-color"] ? false : values.color ? true : undefined,
    config: values.config,
    preset: values.preset,
    rules,
    maxWarnings: wholeNumber("max-warnings", values["max-warnings"], 0),
    quiet: values.quiet ?? false,
    fix: values.fix ? "write" : values["fix-dry-run"] ? "dry-run" : "none",
    sources: (values.sources ?? []).flatMap((s) => s.split(",")).filter((s) => s.length > 0),
    concurrency: parallelism(values.concurrency),
    maxFileSize: maxFileSize === undefined ? undefined : maxFileSize * 1024 * 1024,
    maxFileTime: wholeNumber("max-file-time", values["max-file-time"], 1),
    workerMemory: wholeNumber("worker-memory", values["worker-memory"], 64),
    encoding: encodingName(values.encoding),
  };
}
