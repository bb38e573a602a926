// Shared Vitest settings. Tests import workspace packages from their TypeScript
// sources (no build needed), so each `@copydesk/<name>` is aliased to its src/index.ts.
import { readdirSync, existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

function workspaceAliases() {
  const aliases = {};
  for (const group of ["packages", "apps"]) {
    const dir = join(root, group);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir)) {
      const manifest = join(dir, name, "package.json");
      const entry = join(dir, name, "src", "index.ts");
      if (!existsSync(manifest) || !existsSync(entry)) continue;
      const pkg = JSON.parse(readFileSync(manifest, "utf8"));
      aliases[pkg.name] = entry;
    }
  }
  return aliases;
}

/** @param {{ testTimeout?: number }} [overrides] */
export function copydeskVitestConfig(overrides = {}) {
  return {
    resolve: { alias: workspaceAliases() },
    test: {
      include: ["test/**/*.test.ts"],
      globalSetup: [join(root, "tooling", "vitest-scratch.js")],
      testTimeout: overrides.testTimeout ?? 20_000,
    },
  };
}
