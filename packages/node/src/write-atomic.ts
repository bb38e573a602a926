import { randomBytes } from "node:crypto";
import { chmod, readFile, rename, stat, unlink, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

export type WriteOutcome = { readonly written: true } | { readonly written: false; readonly reason: string };

/**
 * Replaces `path` with `content`, atomically: written to a temporary file in
 * the same directory, then renamed over the original, keeping its mode. If
 * the file on disk no longer holds `expected` (changed since it was read),
 * nothing is written.
 */
export async function writeFileAtomic(path: string, content: Uint8Array, expected: Uint8Array): Promise<WriteOutcome> {
  const current = await readFile(path).catch(() => undefined);
  if (current === undefined) return { written: false, reason: "file disappeared before the fix could be written" };
  if (!Buffer.from(current).equals(Buffer.from(expected))) {
    return { written: false, reason: "file changed on disk since it was checked; not overwritten (run again)" };
  }
  const { mode } = await stat(path);
  const temporary = join(dirname(path), `.${basename(path)}.copydesk-${randomBytes(6).toString("hex")}.tmp`);
  try {
    await writeFile(temporary, content, { mode });
    await chmod(temporary, mode);
    await rename(temporary, path);
    return { written: true };
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    return { written: false, reason: `could not write: ${(error as Error).message}` };
  }
}
