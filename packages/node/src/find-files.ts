import { stat } from "node:fs/promises";
import { isAbsolute, relative, resolve } from "node:path";
import { glob, isDynamicPattern } from "tinyglobby";

/** Extensions copydesk reads when it walks a directory. */
export const ARTICLE_EXTENSIONS = ["html", "htm", "md", "markdown", "txt", "json"];

const ALWAYS_IGNORED = ["**/node_modules/**", "**/.git/**"];

export interface FoundFiles {
  /** Absolute paths, sorted, without duplicates. */
  readonly files: ReadonlyArray<string>;
  /** Arguments that matched nothing, with the reason. */
  readonly missing: ReadonlyArray<{ readonly pattern: string; readonly reason: string }>;
}

/**
 * Files, directories and globs to a sorted list of files. A named file is
 * taken whatever its extension (the user asked for it); a directory is walked
 * for article files.
 */
export async function findFiles(patterns: ReadonlyArray<string>, cwd: string, ignore: ReadonlyArray<string> = []): Promise<FoundFiles> {
  const files = new Set<string>();
  const missing: { pattern: string; reason: string }[] = [];
  const ignorePatterns = [...ALWAYS_IGNORED, ...ignore];
  for (const pattern of patterns) {
    const absolute = isAbsolute(pattern) ? pattern : resolve(cwd, pattern);
    const info = await stat(absolute).catch(() => undefined);
    if (info?.isFile()) {
      files.add(absolute);
      continue;
    }
    const globPattern = info?.isDirectory()
      ? `${relativeOrAbsolute(cwd, absolute)}/**/*.{${ARTICLE_EXTENSIONS.join(",")}}`
      : isDynamicPattern(pattern)
        ? pattern
        : undefined;
    if (globPattern === undefined) {
      missing.push({ pattern, reason: "no such file or directory" });
      continue;
    }
    const matches = await glob(globPattern, { cwd, absolute: true, onlyFiles: true, ignore: ignorePatterns, dot: false, expandDirectories: false });
    if (matches.length === 0) missing.push({ pattern, reason: info?.isDirectory() ? "directory holds no article files (.html, .md, .txt, .json)" : "no file matches this pattern" });
    for (const match of matches) files.add(resolve(match));
  }
  return { files: [...files].sort(), missing };
}

function relativeOrAbsolute(cwd: string, absolute: string): string {
  const rel = relative(cwd, absolute);
  const path = rel === "" ? "." : rel.startsWith("..") ? absolute : rel;
  // Glob syntax in a real directory name must not be read as a pattern.
  return path.replace(/[*?[\]{}()!]/g, "\\$&");
}
