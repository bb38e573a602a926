// Sums the Vitest JSON results every package wrote during `pnpm test` and prints
// one closing line, "Tests: N passed, N failed", that any CI can read.
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";

const root = new URL("..", import.meta.url).pathname;
let passed = 0;
let failed = 0;
let skipped = 0;
const missing = [];
for (const group of ["packages", "apps"]) {
  for (const name of readdirSync(join(root, group))) {
    const dir = join(root, group, name);
    if (!existsSync(join(dir, "package.json"))) continue;
    const file = join(dir, "test-results", "vitest.json");
    if (!existsSync(file)) {
      missing.push(`${group}/${name}`);
      continue;
    }
    const result = JSON.parse(readFileSync(file, "utf8"));
    passed += result.numPassedTests;
    failed += result.numFailedTests;
    skipped += result.numPendingTests + (result.numTodoTests ?? 0);
  }
}
if (missing.length > 0) console.log(`No test results from: ${missing.join(", ")}`);
console.log(`Tests: ${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ""}`);
process.exitCode = failed > 0 || missing.length > 0 || passed === 0 ? 1 : 0;
