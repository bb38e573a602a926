import { defaultRules } from "@copydesk/node";
import type { Io } from "../io.js";

export function runRules(format: string, io: Io): number {
  const rows = defaultRules.map((rule) => ({
    id: rule.meta.id,
    severity: rule.meta.defaultSeverity,
    fixable: rule.meta.fixable,
    description: rule.meta.description,
    ...(rule.meta.docsUrl ? { docs: rule.meta.docsUrl } : {}),
  }));
  if (format === "json") {
    io.stdout(JSON.stringify(rows, null, 2) + "\n");
    return 0;
  }
  const idWidth = Math.max(...rows.map((r) => r.id.length));
  const severityWidth = Math.max(...rows.map((r) => r.severity.length));
  for (const row of rows) {
    io.stdout(`${row.id.padEnd(idWidth)}  ${row.severity.padEnd(severityWidth)}  ${row.fixable ? "fixable" : "       "}  ${row.description}\n`);
  }
  return 0;
}
