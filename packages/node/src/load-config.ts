import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { Either } from "effect";
import { ConfigError, decodeConfigFile, type ConfigFile } from "@copydesk/core";
import { stripJsonComments } from "./json-with-comments.js";

export const CONFIG_FILE_NAME = "copydesk.config.json";

export interface LoadedConfig {
  /** The config file's path, or undefined when none was found (defaults apply). */
  readonly path: string | undefined;
  readonly file: ConfigFile;
}

/** The nearest copydesk.config.json in `from` or a folder above it. */
export function findConfig(from: string): string | undefined {
  let dir = resolve(from);
  for (;;) {
    const candidate = join(dir, CONFIG_FILE_NAME);
    if (existsSync(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/** Reads and validates a config file. Configs are data: JSON (comments allowed), never executed. */
export function loadConfigFile(path: string): Either.Either<LoadedConfig, ConfigError> {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return Either.left(new ConfigError({ path, reason: code === "ENOENT" ? "no such file" : String(error) }));
  }
  let json: unknown;
  try {
    json = JSON.parse(stripJsonComments(text));
  } catch (error) {
    return Either.left(new ConfigError({ path, reason: `invalid JSON: ${(error as Error).message}` }));
  }
  return Either.map(decodeConfigFile(path, json), (file) => ({ path, file }));
}

/** `--config` when given, else the nearest config above `searchFrom`, else defaults. */
export function loadConfig(explicit: string | undefined, searchFrom: string): Either.Either<LoadedConfig, ConfigError> {
  const path = explicit !== undefined ? resolve(explicit) : findConfig(searchFrom);
  return path === undefined ? Either.right({ path: undefined, file: {} }) : loadConfigFile(path);
}
