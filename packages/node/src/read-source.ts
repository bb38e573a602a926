import { closeSync, fstatSync, openSync, readFileSync } from "node:fs";
import { Effect } from "effect";
import { InputError, decodeSource, type SourceFile } from "@copydesk/core";

const MB = 1024 * 1024;

// Far above any real article (the largest news pages, inline scripts and all, are a few MB) and
// below where checking stops being quick: a page costs about 0.4 s and 50 MB of memory per MB of text.
export const DEFAULT_MAX_FILE_SIZE = 10 * MB;

/**
 * Why a file is too large: "file is 50.0 MB, over the 10 MB limit". In bytes when megabytes would
 * hide the difference ("1.0 MB, over the 1 MB limit") or the limit is not a whole number of them.
 */
export function overSizeLimit(size: number, limit: number): string {
  const sizeMb = (size / MB).toFixed(1);
  const limitMb = limit / MB;
  if (Number.isInteger(limitMb) && Number(sizeMb) > limitMb) return `file is ${sizeMb} MB, over the ${limitMb} MB limit (--max-file-size)`;
  return `file is ${size} bytes, over the limit of ${limit} bytes (--max-file-size)`;
}

const describeError = (error: unknown): string => {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === "ENOENT") return "no such file";
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  if (code === "EISDIR") return "is a directory";
  return error instanceof Error ? error.message : String(error);
};

/**
 * The file's bytes, or why they could not be read. One open, then the size check on that open file
 * (so a file replaced in between cannot slip past the limit). Synchronous on purpose: the
 * promise API costs five thread-pool round trips a file, 16 times the wall time of these calls on
 * 10 KB articles (measured), and a check has nothing else to do while it waits.
 */
function readLimited(path: string, maxFileSize: number): { ok: true; bytes: Buffer } | { ok: false; reason: string } {
  let fd: number;
  try {
    fd = openSync(path, "r");
  } catch (error) {
    return { ok: false, reason: describeError(error) };
  }
  try {
    const info = fstatSync(fd);
    if (info.isDirectory()) return { ok: false, reason: "is a directory" };
    if (info.size > maxFileSize) return { ok: false, reason: overSizeLimit(info.size, maxFileSize) };
    return { ok: true, bytes: readFileSync(fd) };
  } catch (error) {
    return { ok: false, reason: describeError(error) };
  } finally {
    closeSync(fd);
  }
}

/** Reads and decodes one file; every failure is an InputError naming the file and the reason. */
export const readSource = (
  path: string,
  displayPath: string,
  maxFileSize = DEFAULT_MAX_FILE_SIZE,
  fallbackEncoding?: string,
): Effect.Effect<SourceFile, InputError> =>
  Effect.suspend(() => {
    const read = readLimited(path, maxFileSize);
    if (!read.ok) return Effect.fail(new InputError({ path: displayPath, reason: read.reason }));
    const decoded = decodeSource(displayPath, read.bytes, fallbackEncoding === undefined ? {} : { fallback: fallbackEncoding });
    return decoded.ok ? Effect.succeed(decoded.source) : Effect.fail(new InputError({ path: displayPath, reason: decoded.reason }));
  });
