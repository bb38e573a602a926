export * from "./check.js";
export { checkFile, type FileCheck, type FixMode } from "./check-file.js";
export * from "./find-files.js";
export * from "./load-config.js";
export * from "./read-source.js";
export * from "./defaults.js";
export * from "./unified-diff.js";
export * from "./write-atomic.js";
export * from "./version.js";
