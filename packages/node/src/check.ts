import { relative } from "node:path";
import { Effect, Either } from "effect";
import {
  ConfigError,
  SourceFile,
  buildCorpus,
  resolveConfig,
  summarize,
  type ArticleFormat,
  type CheckInput,
  type FileResult,
  type Reader,
  type Report,
  type Rule,
  type SeverityLevel,
} from "@copydesk/core";
import { checkFile, type FileCheck, type FixMode } from "./check-file.js";
import { findFiles } from "./find-files.js";
import { loadConfig } from "./load-config.js";
import { DEFAULT_MAX_FILE_SIZE, readSource } from "./read-source.js";
import { defaultReader, defaultRules } from "./defaults.js";
import { TOOL_NAME, TOOL_VERSION } from "./version.js";

export interface CheckOptions {
  /** Files, directories and globs. */
  readonly patterns: ReadonlyArray<string>;
  readonly cwd?: string;
  /** A config file; otherwise the nearest copydesk.config.json above cwd. */
  readonly configPath?: string;
  /** House style preset (overrides the config's). */
  readonly preset?: string;
  readonly ruleOverrides?: Readonly<Record<string, SeverityLevel>>;
  /** Originals for quotation verification (added to the config's). */
  readonly sources?: ReadonlyArray<string>;
  readonly fix?: FixMode;
  readonly concurrency?: number;
  readonly maxFileSize?: number;
  /** Encoding for files that are not UTF-8 and declare none (a legacy windows-1252 feed). */
  readonly encoding?: string;
  readonly rules?: ReadonlyArray<Rule>;
  /** Parsers and processors (default: every format copydesk reads, and every shipped processor). */
  readonly reader?: Reader;
  /** Called with each file's check as soon as it and every file before it are done (input order). */
  readonly onFile?: (check: FileCheck) => void;
}

export interface CheckRun {
  readonly report: Report;
  readonly checks: ReadonlyArray<FileCheck>;
  readonly configPath: string | undefined;
}

/** Calls `onFile` in input order although files finish in any order. */
function inOrder(onFile: ((check: FileCheck) => void) | undefined): (index: number, check: FileCheck) => void {
  if (onFile === undefined) return () => undefined;
  const waiting = new Map<number, FileCheck>();
  let next = 0;
  return (index, check) => {
    waiting.set(index, check);
    for (let ready = waiting.get(next); ready !== undefined; ready = waiting.get(next)) {
      waiting.delete(next++);
      onFile(ready);
    }
  };
}

const displayPath = (cwd: string, absolute: string): string => {
  const rel = relative(cwd, absolute);
  return rel.startsWith("..") ? absolute : rel;
};

type ConfigOptions = Pick<CheckOptions, "configPath" | "rules" | "ruleOverrides" | "preset">;

/** The config file (given or found from `cwd`) resolved against the rules, with command-line overrides. */
export const resolveRunConfig = (options: ConfigOptions, cwd: string) =>
  Effect.gen(function* () {
    const loaded = yield* Either.match(loadConfig(options.configPath, cwd), { onLeft: Effect.fail, onRight: Effect.succeed });
    const config = yield* Either.match(
      resolveConfig({
        path: loaded.path ?? "<defaults>",
        file: loaded.file,
        rules: options.rules ?? defaultRules,
        ...(options.ruleOverrides ? { ruleOverrides: options.ruleOverrides } : {}),
        ...(options.preset ? { preset: options.preset } : {}),
      }),
      { onLeft: Effect.fail, onRight: Effect.succeed },
    );
    return { loaded, config };
  });

export const makeReport = (files: ReadonlyArray<FileResult>): Report => ({
  version: 1,
  tool: { name: TOOL_NAME, version: TOOL_VERSION },
  files: [...files],
  summary: summarize(files),
});

/**
 * Checks files, directories and globs: the whole copydesk run as an Effect.
 * Fails only with a ConfigError (nothing can be checked); every problem with
 * a single file is an error in that file's result and the run goes on.
 */
export const check = (options: CheckOptions): Effect.Effect<CheckRun, ConfigError> =>
  Effect.gen(function* () {
    const cwd = options.cwd ?? process.cwd();
    const { loaded, config } = yield* resolveRunConfig(options, cwd);
    const reader = options.reader ?? defaultReader;
    const maxFileSize = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;

    const found = yield* Effect.promise(() => findFiles(options.patterns, cwd, config.ignore));
    const toInput = (absolute: string): CheckInput => {
      const shown = displayPath(cwd, absolute);
      return { path: shown, load: readSource(absolute, shown, maxFileSize, options.encoding) };
    };
    const inputs = found.files.map(toInput);
    const sourcePatterns = [...config.sources, ...(options.sources ?? [])];
    const sources = sourcePatterns.length > 0 ? (yield* Effect.promise(() => findFiles(sourcePatterns, cwd))).files.map(toInput) : [];
    const concurrency = options.concurrency ?? 4;
    const corpus = yield* buildCorpus(inputs, { reader, config, concurrency, sources });

    const setup = { reader, config, corpus, fix: options.fix ?? "none" };
    const emit = inOrder(options.onFile);
    const checks = yield* Effect.forEach(
      found.files,
      (absolute, index) =>
        checkFile(absolute, inputs[index] as CheckInput, setup).pipe(Effect.tap((c) => Effect.sync(() => emit(index, c)))),
      { concurrency },
    );
    const missing: FileCheck[] = found.missing.map(({ pattern, reason }) => ({ result: { path: pattern, findings: [], errors: [{ message: reason }] } }));
    const all = [...missing, ...checks];
    return { report: makeReport(all.map((c) => c.result)), checks: all, configPath: loaded.path };
  });

/** Checks one text held in memory, e.g. from another program. `path` names it and picks the format by extension. */
export const checkText = (
  text: string,
  options: { readonly path?: string; readonly format?: ArticleFormat } & Omit<CheckOptions, "patterns" | "fix" | "onFile"> = {},
): Effect.Effect<CheckRun, ConfigError> =>
  Effect.gen(function* () {
    const path = options.path ?? "<text>";
    const { loaded, config } = yield* resolveRunConfig(options, options.cwd ?? process.cwd());
    const reader = options.reader ?? defaultReader;
    const input: CheckInput = { path, load: Effect.succeed(new SourceFile({ uri: path, text })), ...(options.format ? { format: options.format } : {}) };
    const corpus = yield* buildCorpus([input], { reader, config });
    const checked = yield* checkFile(path, input, { reader, config, corpus, fix: "none" });
    return { report: makeReport([checked.result]), checks: [checked], configPath: loaded.path };
  });

/** Promise versions for programs that do not use Effect. They reject with the ConfigError. */
export const checkAsync = (options: CheckOptions): Promise<CheckRun> => Effect.runPromise(check(options));
export const checkTextAsync = (text: string, options?: Parameters<typeof checkText>[1]): Promise<CheckRun> =>
  Effect.runPromise(checkText(text, options));
