import { availableParallelism } from "node:os";
import { relative } from "node:path";
import { Data, Effect } from "effect";
import {
  ArticleCache,
  ConfigError,
  SourceFile,
  buildCorpus,
  readerFor,
  summarize,
  type ArticleFormat,
  type CheckInput,
  type FileResult,
  type Reader,
  type Report,
  type Rule,
  type SeverityLevel,
} from "@copydesk/core";
import { articlePacker } from "./article-packer.js";
import { checkFile, type FileCheck, type FixMode } from "./check-file.js";
import { resolveRunConfig } from "./config-run.js";
import { defaultReader } from "./defaults.js";
import { findFiles } from "./find-files.js";
import { corpusIsParallel, runParallel } from "./parallel/run-parallel.js";
import { DEFAULT_MAX_FILE_SIZE, readSource } from "./read-source.js";
import { collectTiming, mergeTiming, type TimingTotals } from "./timing.js";
import { TOOL_NAME, TOOL_VERSION } from "./version.js";

export { resolveRunConfig, type ConfigOptions } from "./config-run.js";

/** A run on worker threads that could not go on: its corpus could not be built or set up on a worker (out of memory, a shard that could not be written). */
export class RunError extends Data.TaggedError("RunError")<{ readonly reason: string }> {
  override get message(): string {
    return this.reason;
  }
}

/** Worker threads: a number, "auto" (none for a handful of files, as ESLint does), or "off". */
export type Parallelism = number | "auto" | "off";

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
  /** Worker threads (default "auto"). Custom `rules` or `reader` always run on the calling thread. */
  readonly workers?: Parallelism;
  /** Files in progress at once on the calling thread (default 4); files on disk are read synchronously, so it overlaps only asynchronous work. */
  readonly concurrency?: number;
  readonly maxFileSize?: number;
  /**
   * Cap on each worker thread's heap, in MB (default: 768, or what node was started with when
   * its command line or NODE_OPTIONS sets --max-old-space-size). V8 lets a heap grow to several
   * times what it holds live before it collects; the cap keeps a long run's memory flat.
   */
  readonly workerMemoryMb?: number;
  /**
   * Memory for articles kept between the corpus pass and the check pass, in MB across all threads
   * (default 256). A kept article is not read again; past three quarters of it articles are kept
   * packed (a seventh of the memory, a sixth of the cost of reading again). By default workers keep
   * none when the budget would hold only a small share of their files; a budget given here is
   * always used.
   */
  readonly articleCacheMb?: number;
  /** Per-file time limit in milliseconds on worker threads (default 30 s); a file over it is stopped and reported. */
  readonly maxFileTime?: number;
  /** Encoding for files that are not UTF-8 and declare none (a legacy windows-1252 feed). */
  readonly encoding?: string;
  readonly rules?: ReadonlyArray<Rule>;
  /** Parsers and processors (default: every format copydesk reads, and every shipped processor). */
  readonly reader?: Reader;
  /**
   * Called with each file's check in input order, as soon as it and every file before it are
   * done; patterns that matched nothing come last. When it is given the run keeps nothing:
   * `checks` and `report.files` are empty and `report.summary` counts everything (a run over
   * 100,000 files holds one file at a time).
   */
  readonly onFile?: (check: FileCheck) => void;
  /** Articles are sent back from worker threads only when asked (a report that shows the text). */
  readonly wantArticles?: boolean;
  /** Measure time per parser, processor, corpus builder and rule (the CLI asks when COPYDESK_TIMING is set). */
  readonly timing?: boolean;
}

export interface CheckRun {
  readonly report: Report;
  readonly checks: ReadonlyArray<FileCheck>;
  readonly configPath: string | undefined;
  /** Worker threads used (0: the calling thread). */
  readonly workers: number;
  /** Milliseconds per parser, processor, corpus builder and rule, summed over threads, when `timing` was asked for. */
  readonly timing?: TimingTotals;
}

export const DEFAULT_MAX_FILE_TIME = 30_000;
/** Memory for articles kept between the corpus pass and the check pass, across all threads. */
const ARTICLE_CACHE_BYTES = 256 * 1024 * 1024;
export const DEFAULT_WORKER_MEMORY_MB = 768;
/** Share of a worker's heap cap its kept articles may take. */
const CACHE_SHARE_OF_HEAP = 0.2;
/** What a typical article (10 KB of HTML, every processor run) holds in memory, measured. */
const TYPICAL_ARTICLE_BYTES = 64 * 1024;
/** The same article packed (`articlePacker`), measured: about 8.1 KB. */
const TYPICAL_PACKED_BYTES = 8 * 1024;
/** Below this share of a worker's files, kept articles save too little re-reading to pay for their memory. */
const MIN_CACHED_SHARE = 0.25;

/** About how many typical articles a cache of `budget` bytes keeps, live and packed. */
const articlesKept = (budget: number): number =>
  (budget * ArticleCache.LIVE_SHARE) / TYPICAL_ARTICLE_BYTES + (budget * (1 - ArticleCache.LIVE_SHARE)) / TYPICAL_PACKED_BYTES;

/**
 * Memory each worker keeps articles in between the corpus and check passes: its share of the
 * budget, within its heap cap, and none on a run so large that the budget would hold only a few
 * of its files (at 100,000 articles, 128 MB a worker held 4% of them live, and a third of its
 * heap; with the packed share it would hold 11%). A budget the caller gives is used as it is.
 */
export function workerCacheBytes(files: number, workers: number, heapMb: number | undefined, cacheMb?: number): number {
  if (cacheMb !== undefined) return Math.floor((cacheMb * 1024 * 1024) / workers);
  const budget = Math.floor(Math.min(ARTICLE_CACHE_BYTES / workers, heapMb !== undefined ? heapMb * 1024 * 1024 * CACHE_SHARE_OF_HEAP : Infinity));
  return articlesKept(budget) < MIN_CACHED_SHARE * (files / workers) ? 0 : budget;
}

/** The heap cap to give worker threads: the one asked for, none when node was given one (workers inherit it), or the default. */
export function workerMemory(requested: number | undefined, execArgv: ReadonlyArray<string> = process.execArgv, nodeOptions = process.env["NODE_OPTIONS"] ?? ""): number | undefined {
  if (requested !== undefined) return requested;
  const capped = (flag: string) => flag.startsWith("--max-old-space-size");
  return execArgv.some(capped) || nodeOptions.split(/\s+/).some(capped) ? undefined : DEFAULT_WORKER_MEMORY_MB;
}
/** Below this many files, "auto" checks on the calling thread: starting workers costs more than it saves. */
export const AUTO_WORKERS_MIN_FILES = 200;
/** "auto" gives each worker at least this many files. */
const FILES_PER_WORKER = 100;

/** Calls `emit` in input order although files finish in any order. */
function inOrder(emit: (check: FileCheck) => void): (index: number, check: FileCheck) => void {
  const waiting = new Map<number, FileCheck>();
  let next = 0;
  return (index, check) => {
    waiting.set(index, check);
    for (let ready = waiting.get(next); ready !== undefined; ready = waiting.get(next)) {
      waiting.delete(next++);
      emit(ready);
    }
  };
}

const displayPath = (cwd: string, absolute: string): string => {
  const rel = relative(cwd, absolute);
  return rel.startsWith("..") ? absolute : rel;
};

/** How many worker threads to use for `files` files. */
export function workerCount(requested: Parallelism | undefined, files: number): number {
  if (requested === "off" || requested === 0) return 0;
  if (typeof requested === "number") return Math.max(0, Math.min(requested, files));
  if (files < AUTO_WORKERS_MIN_FILES) return 0;
  return Math.max(1, Math.min(availableParallelism(), Math.floor(files / FILES_PER_WORKER)));
}

export const makeReport = (files: ReadonlyArray<FileResult>): Report => ({
  version: 1,
  tool: { name: TOOL_NAME, version: TOOL_VERSION },
  files: [...files],
  summary: summarize(files),
});

/**
 * Checks files, directories and globs: the whole copydesk run as an Effect.
 * Fails only with a ConfigError (nothing can be checked) or a RunError (the corpus could not
 * be set up on worker threads); every problem with
 * a single file is an error in that file's result and the run goes on.
 */
export const check = (options: CheckOptions): Effect.Effect<CheckRun, ConfigError | RunError> =>
  Effect.gen(function* () {
    const cwd = options.cwd ?? process.cwd();
    const { loaded, config } = yield* resolveRunConfig(options, cwd);
    const wantArticles = options.wantArticles ?? options.onFile === undefined;
    const reader = readerFor(options.reader ?? defaultReader, config.rules.map((enabled) => enabled.rule.meta.id), wantArticles);
    const maxFileSize = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;

    const found = yield* Effect.promise(() => findFiles(options.patterns, cwd, config.ignore));
    const sourcePatterns = [...config.sources, ...(options.sources ?? [])];
    const sourceFiles = sourcePatterns.length > 0 ? (yield* Effect.promise(() => findFiles(sourcePatterns, cwd))).files : [];
    const refs = (list: ReadonlyArray<string>) => list.map((absolute) => ({ absolute, shown: displayPath(cwd, absolute) }));
    const toInput = ({ absolute, shown }: { absolute: string; shown: string }): CheckInput => ({
      path: shown,
      load: readSource(absolute, shown, maxFileSize, options.encoding),
    });

    // Stream when asked to (nothing kept), collect otherwise.
    const kept: FileCheck[] = [];
    const counted: FileResult[] = [];
    let summary = summarize([]);
    const deliver = (checked: FileCheck) => {
      if (options.onFile !== undefined) {
        summary = addToSummary(summary, checked.result);
        options.onFile(checked);
      } else {
        kept.push(checked);
        counted.push(checked.result);
      }
    };
    const emit = inOrder(deliver);

    const timing: TimingTotals | undefined = options.timing ? {} : undefined;
    const stopTiming = options.timing ? collectTiming() : undefined;
    const custom = options.rules !== undefined || options.reader !== undefined;
    const workers = custom || !corpusIsParallel(config) ? 0 : workerCount(options.workers ?? "auto", found.files.length);
    if (workers > 0) {
      const heapMb = workerMemory(options.workerMemoryMb);
      const cacheBytes = workerCacheBytes(found.files.length, workers, heapMb, options.articleCacheMb);
      yield* Effect.tryPromise({
        catch: (error) => new RunError({ reason: error instanceof Error ? error.message : String(error) }),
        try: () =>
          runParallel({
            workers,
            ...(heapMb !== undefined ? { heapMb } : {}),
            config,
            files: refs(found.files),
            sources: refs(sourceFiles),
            maxFileTime: options.maxFileTime ?? DEFAULT_MAX_FILE_TIME,
            onCheck: emit,
            ...(timing ? { onTiming: (totals: TimingTotals) => mergeTiming(timing, totals) } : {}),
            setup: {
              cwd,
              configPath: loaded.path,
              preset: options.preset,
              ruleOverrides: options.ruleOverrides ?? {},
              maxFileSize,
              encoding: options.encoding,
              fix: options.fix ?? "none",
              wantArticles,
              cacheBytes,
              timing: options.timing ?? false,
            },
          }),
      });
    } else {
      const inputs = refs(found.files).map(toInput);
      const concurrency = options.concurrency ?? 4;
      // Articles the corpus pass reads are kept (up to a budget) so each file is read once.
      const cache = new ArticleCache(options.articleCacheMb !== undefined ? Math.floor(options.articleCacheMb * 1024 * 1024) : ARTICLE_CACHE_BYTES, articlePacker);
      const corpus = yield* buildCorpus(inputs, { reader, config, concurrency, sources: refs(sourceFiles).map(toInput) }, (input, article) => cache.put(input.path, article));
      const setup = { reader, config, corpus, fix: options.fix ?? "none" };
      yield* Effect.forEach(
        found.files,
        (absolute, index) => {
          const input = inputs[index] as CheckInput;
          // Ends in void: Effect.forEach holds each element's value until the whole run is done,
          // and a FileCheck holds its article (about 250 KB a file).
          return checkFile(absolute, input, setup, cache.take(input.path)).pipe(Effect.flatMap((c) => Effect.sync(() => void emit(index, c))));
        },
        { concurrency, discard: true },
      );
    }
    if (stopTiming !== undefined && timing !== undefined) mergeTiming(timing, stopTiming());
    for (const { pattern, reason } of found.missing) deliver({ result: { path: pattern, findings: [], errors: [{ message: reason }] } });
    const report = options.onFile !== undefined ? { ...makeReport([]), summary } : makeReport(counted);
    return { report, checks: kept, configPath: loaded.path, workers, ...(timing ? { timing } : {}) };
  });

function addToSummary(summary: ReturnType<typeof summarize>, file: FileResult): ReturnType<typeof summarize> {
  const one = summarize([file]);
  return {
    files: summary.files + one.files,
    errors: summary.errors + one.errors,
    warnings: summary.warnings + one.warnings,
    infos: summary.infos + one.infos,
    failures: summary.failures + one.failures,
  };
}

/** Checks one text held in memory, e.g. from another program. `path` names it and picks the format by extension. */
export const checkText = (
  text: string,
  options: { readonly path?: string; readonly format?: ArticleFormat } & Omit<CheckOptions, "patterns" | "fix" | "onFile" | "workers"> = {},
): Effect.Effect<CheckRun, ConfigError> =>
  Effect.gen(function* () {
    const path = options.path ?? "<text>";
    const { loaded, config } = yield* resolveRunConfig(options, options.cwd ?? process.cwd());
    const reader = options.reader ?? defaultReader;
    const input: CheckInput = { path, load: Effect.succeed(new SourceFile({ uri: path, text })), ...(options.format ? { format: options.format } : {}) };
    const corpus = yield* buildCorpus([input], { reader, config });
    const checked = yield* checkFile(path, input, { reader, config, corpus, fix: "none" });
    return { report: makeReport([checked.result]), checks: [checked], configPath: loaded.path, workers: 0 };
  });

/** Promise versions for programs that do not use Effect. They reject with the ConfigError or RunError. */
export const checkAsync = (options: CheckOptions): Promise<CheckRun> => Effect.runPromise(check(options));
export const checkTextAsync = (text: string, options?: Parameters<typeof checkText>[1]): Promise<CheckRun> =>
  Effect.runPromise(checkText(text, options));
