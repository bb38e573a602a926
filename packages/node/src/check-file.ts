import { Effect } from "effect";
import {
  applyFixes,
  checkLoadedArticle,
  failedResult,
  readArticle,
  type Article,
  type ArticleFormat,
  type CheckInput,
  type FileResult,
  type Reader,
  type ResolvedConfig,
  type InputError,
  type SourceFile,
} from "@copydesk/core";
import { encodeLike } from "./encode.js";
import { unifiedDiff } from "./unified-diff.js";
import { writeFileAtomic } from "./write-atomic.js";

export type FixMode = "none" | "write" | "dry-run";

export interface FileCheck {
  readonly result: FileResult;
  /** The article as read (before any fix), when it could be parsed. */
  readonly article?: Article;
  /** With --fix-dry-run: the unified diff the fixes would make. */
  readonly diff?: string;
}

interface FileSetup {
  readonly reader: Reader;
  readonly config: ResolvedConfig;
  readonly corpus: ReadonlyMap<string, unknown>;
  readonly fix: FixMode;
}

// ESLint's limit: fixes can enable other fixes, but never more than this many passes.
const MAX_FIX_PASSES = 10;

/**
 * Applies fixes pass after pass until none applies, re-parsing each time so
 * every pass sees real positions. Returns the final text, its article and its
 * check; the text is undefined when a pass could not be parsed (the file is
 * then left alone).
 */
const fixUntilStable = (source: SourceFile, format: ArticleFormat | undefined, first: { article: Article; result: FileResult }, setup: FileSetup) =>
  Effect.gen(function* () {
    let text = source.text;
    let { article, result } = first;
    for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
      const { text: fixed, applied } = applyFixes(text, result.findings);
      if (applied.length === 0 || fixed === text) break;
      const reparsed = yield* Effect.either(readArticle(source.withText(fixed), setup.reader, format));
      if (reparsed._tag === "Left") return { text: undefined, ...first };
      text = fixed;
      article = reparsed.right;
      result = checkLoadedArticle(article, setup.config, setup.corpus);
    }
    return { text, article, result };
  });

/**
 * Read, parse, check and (with --fix) fix one file. Never fails: problems become the result's
 * errors. `preloaded` is the article when the corpus pass already read it.
 */
export const checkFile = (path: string, input: CheckInput, setup: FileSetup, preloaded?: Article): Effect.Effect<FileCheck> =>
  Effect.gen(function* () {
    const article = preloaded ?? (yield* Effect.flatMap(input.load, (loaded) => readArticle(loaded, setup.reader, input.format)));
    const source = article.source;
    const result = checkLoadedArticle(article, setup.config, setup.corpus);
    if (setup.fix === "none" || !result.findings.some((f) => f.fix !== undefined)) return { result, article };

    const fixed = yield* fixUntilStable(source, input.format, { article, result }, setup);
    if (fixed.text === undefined || fixed.text === source.text) return { result, article };
    if (setup.fix === "dry-run") return { result, article, diff: unifiedDiff(source.uri, source.text, fixed.text) };

    const bytes = encodeLike(source, fixed.text);
    const original = encodeLike(source, source.text);
    if (!bytes.ok || !original.ok) {
      const reason = !bytes.ok ? bytes.reason : (original as { reason: string }).reason;
      return { result: { ...result, errors: [...result.errors, { message: `fixes not written: ${reason}` }] }, article };
    }
    const outcome = yield* Effect.promise(() => writeFileAtomic(path, bytes.bytes, original.bytes));
    if (!outcome.written) return { result: { ...result, errors: [...result.errors, { message: `fixes not written: ${outcome.reason}` }] }, article };
    // The findings left point into the fixed file: so does the article reports show.
    return { result: { ...fixed.result, fixed: true }, article: fixed.article };
  }).pipe(Effect.catchAll((error: InputError) => Effect.succeed({ result: failedResult(error) })));
