import { readFile, stat } from "node:fs/promises";
import { Effect } from "effect";
import { InputError, decodeSource, type SourceFile } from "@copydesk/core";

export const DEFAULT_MAX_FILE_SIZE = 20 * 1024 * 1024;

const describeError = (error: unknown): string => {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === "ENOENT") return "no such file";
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  if (code === "EISDIR") return "is a directory";
  return error instanceof Error ? error.message : String(error);
};

/** Reads and decodes one file; every failure is an InputError naming the file and the reason. */
export const readSource = (
  path: string,
  displayPath: string,
  maxFileSize = DEFAULT_MAX_FILE_SIZE,
  fallbackEncoding?: string,
): Effect.Effect<SourceFile, InputError> =>
  Effect.gen(function* () {
    const info = yield* Effect.tryPromise({ try: () => stat(path), catch: (e) => new InputError({ path: displayPath, reason: describeError(e) }) });
    if (info.size > maxFileSize) {
      return yield* Effect.fail(
        new InputError({ path: displayPath, reason: `file is ${(info.size / 1048576).toFixed(1)} MB, over the ${(maxFileSize / 1048576).toFixed(0)} MB limit (--max-file-size)` }),
      );
    }
    const bytes = yield* Effect.tryPromise({ try: () => readFile(path), catch: (e) => new InputError({ path: displayPath, reason: describeError(e) }) });
    const decoded = decodeSource(displayPath, bytes, fallbackEncoding === undefined ? {} : { fallback: fallbackEncoding });
    if (!decoded.ok) return yield* Effect.fail(new InputError({ path: displayPath, reason: decoded.reason }));
    return decoded.source;
  });
