import { json } from "./json.js";
import type { Reporter } from "./reporter.js";
import { stylish } from "./stylish.js";

export * from "./reporter.js";
export { json } from "./json.js";
export { stylish } from "./stylish.js";
export { terminalSafe } from "./terminal-safe.js";

export const reporters: Readonly<Record<string, Reporter>> = { stylish, json };
