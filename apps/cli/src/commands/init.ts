import { existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { CONFIG_FILE_NAME, defaultRules } from "@copydesk/node";
import { EXIT } from "../exit-codes.js";
import type { Io } from "../io.js";

const starterConfig = (): string => {
  const ruleLines = defaultRules.map((rule) => `    // ${rule.meta.description}\n    "${rule.meta.id}": "${rule.meta.defaultSeverity}"`);
  return `// copydesk configuration. JSON with comments; it is data, never executed.
// Every rule is listed at its default severity: "off", "info", "warning" or "error",
// or ["error", { ...options }] to pass options (see each rule's README).
{
  // House style for names: "ap" (default), "reuters", "bbc" or "guardian".
  "preset": "ap",
  "rules": {
${ruleLines.join(",\n")}
  },
  // Originals (wire copy, transcripts) to verify quotations against: files, folders or globs.
  "sources": [],
  // Globs of files never to check.
  "ignore": ["**/drafts/**"]
}
`;
};

export function runInit(io: Io): number {
  const path = join(io.cwd, CONFIG_FILE_NAME);
  if (existsSync(path)) {
    io.stderr(`copydesk: ${CONFIG_FILE_NAME} already exists here; not overwritten\n`);
    return EXIT.failure;
  }
  writeFileSync(path, starterConfig(), { flag: "wx" });
  io.stdout(`Wrote ${CONFIG_FILE_NAME}\n`);
  return EXIT.ok;
}
