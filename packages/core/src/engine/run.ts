import { Effect } from "effect";
import type { ResolvedConfig } from "../config/config.js";
import type { Article } from "../model/article.js";
import type { FileResult } from "../model/finding.js";
import type { CorpusBuilder } from "../model/rule.js";
import type { ArticleFormat, SourceFile } from "../model/source.js";
import { ArticleCache } from "./article-cache.js";
import { releaseArticle } from "./article-release.js";
import { checkArticle } from "./check-article.js";
import { timed } from "./timing.js";
import { InputError } from "./errors.js";
import { chooseParser, type Reader } from "./parser.js";

/** One file to check: where it is and how to load it (the I/O lives with the caller). */
export interface CheckInput {
  readonly path: string;
  readonly load: Effect.Effect<SourceFile, InputError>;
  readonly format?: ArticleFormat;
}

export interface RunOptions {
  readonly reader: Reader;
  readonly config: ResolvedConfig;
  /** Files checked at once. */
  readonly concurrency?: number;
  /** Originals (for quotation verification): read in the corpus pass, never reported on. */
  readonly sources?: ReadonlyArray<CheckInput>;
}

const reason = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** Decoded source to Article (parsed, then processed), with any failure as an InputError naming the file. */
export const readArticle = (source: SourceFile, reader: Reader, format?: ArticleFormat): Effect.Effect<Article, InputError> =>
  Effect.suspend(() => {
    const parser = chooseParser(reader.parsers, source, format);
    if (parser === undefined) return Effect.fail(new InputError({ path: source.uri, reason: `no parser for format ${format}` }));
    return Effect.try({
      try: () => timed(`parse ${parser.format}`, () => parser.parse(source)),
      catch: (error) => new InputError({ path: source.uri, reason: `cannot read as ${parser.format}: ${reason(error)}` }),
    }).pipe(
      Effect.flatMap((parsed) =>
        Effect.try({
          try: () => (reader.processors ?? []).reduce((article, processor) => timed(`processor ${processor.id}`, () => processor.process(article)), parsed),
          catch: (error) => new InputError({ path: source.uri, reason: `processing failed: ${reason(error)}` }),
        }),
      ),
    );
  });

const loadArticle = (input: CheckInput, reader: Reader) =>
  Effect.flatMap(input.load, (source) => readArticle(source, reader, input.format));

/** A file result for an input that failed: the error, no findings. */
export const failedResult = (error: InputError): FileResult => ({ path: error.path, findings: [], errors: [{ message: error.reason }] });

export function checkLoadedArticle(article: Article, config: ResolvedConfig, corpus: ReadonlyMap<string, unknown>): FileResult {
  const { findings, ruleFailures } = checkArticle(article, config, corpus);
  return {
    path: article.id,
    format: article.format,
    findings: [...findings],
    errors: ruleFailures.map((failure) => ({ message: `rule ${failure.ruleId} failed: ${failure.message}` })),
  };
}

/** A fresh corpus builder, with its rule's id, for each enabled rule that learns from the whole run. */
export const corpusBuilders = (config: ResolvedConfig): Array<{ readonly id: string; readonly builder: CorpusBuilder<unknown> }> =>
  config.rules.flatMap((enabled) => (enabled.rule.corpus ? [{ id: enabled.rule.meta.id, builder: enabled.rule.corpus() }] : []));

/**
 * The corpus pass: every checked article and every source goes once through
 * the corpus builders of the enabled rules that have one.
 */
export const buildCorpus = (
  inputs: ReadonlyArray<CheckInput>,
  options: RunOptions,
  /** Gets each checked article the pass read, and says whether it keeps it for the check pass. */
  onChecked?: (input: CheckInput, article: Article) => boolean,
): Effect.Effect<ReadonlyMap<string, unknown>> =>
  Effect.gen(function* () {
    const builders = corpusBuilders(options.config);
    if (builders.length === 0) return new Map();
    const add = (input: CheckInput, article: Article, role: "checked" | "source") => {
      builders.forEach(({ id, builder }) => timed(`corpus ${id}`, () => builder.add(article, role)));
      const kept = role === "checked" && onChecked !== undefined && onChecked(input, article);
      if (!kept) releaseArticle(article);
    };
    // Files are read several at a time but added in input order: which of two equal passages a
    // finding cites must not depend on which read finished first.
    const feed = (list: ReadonlyArray<CheckInput>, role: "checked" | "source") => {
      const early = new Map<number, Article | undefined>();
      let next = 0;
      const arrived = (index: number, article: Article | undefined) => {
        early.set(index, article);
        while (early.has(next)) {
          const ready = early.get(next);
          early.delete(next);
          if (ready !== undefined) add(list[next] as CheckInput, ready, role);
          next++;
        }
      };
      return Effect.forEach(
        list,
        (input, index) =>
          loadArticle(input, options.reader).pipe(
            Effect.match({ onFailure: () => arrived(index, undefined), onSuccess: (article) => arrived(index, article) }),
          ),
        { concurrency: options.concurrency ?? 4, discard: true },
      );
    };
    yield* feed(options.sources ?? [], "source");
    yield* feed(inputs, "checked");
    return new Map(builders.map(({ id, builder }) => [id, builder.finish()]));
  });

/**
 * Checks every input; results come back in input order whatever the
 * scheduling. A file that cannot be read or parsed becomes a result with an
 * error, and the run goes on.
 */
export const checkInputs = (
  inputs: ReadonlyArray<CheckInput>,
  options: RunOptions,
): Effect.Effect<ReadonlyArray<FileResult>> =>
  Effect.gen(function* () {
    const cache = new ArticleCache();
    const corpus = yield* buildCorpus(inputs, options, (input, article) => cache.put(input.path, article));
    return yield* Effect.forEach(
      inputs,
      (input) => {
        const kept = cache.take(input.path);
        return (kept !== undefined ? Effect.succeed(kept) : loadArticle(input, options.reader)).pipe(
          Effect.map((article) => checkLoadedArticle(article, options.config, corpus)),
          Effect.catchAll((error) => Effect.succeed(failedResult(error))),
        );
      },
      { concurrency: options.concurrency ?? 4 },
    );
  });
