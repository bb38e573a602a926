#!/usr/bin/env node
// `pnpm bench:hostile`: each input of the hostile corpus checked (beside an ordinary article) by the
// built @copydesk/node, in a fresh process so one input's memory does not hide another's. Prints the
// whole check's wall time and its peak memory (the rise in peak RSS over the process before the check),
// slowest first, and names the slowest.
//
//   pnpm bench:hostile
//   node tooling/bench/hostile.js --only "50 MB"     inputs whose name contains the text
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { CONTROL, hostileInputs, writeHostileInput } from "./hostile-inputs.js";

const here = fileURLToPath(import.meta.url);
const nodePackage = join(dirname(here), "..", "..", "packages", "node", "dist", "index.js");

/** In the child: check the files once, report time and peak memory as one JSON line. */
async function measureOne({ dir, files, options }) {
  const { checkAsync } = await import(nodePackage);
  // Warm up on the ordinary article alone, so module loading and first compilation are not counted.
  await checkAsync({ patterns: [CONTROL.file], cwd: dir });
  const peakBefore = process.resourceUsage().maxRSS * 1024;
  const started = process.hrtime.bigint();
  const run = await checkAsync({ patterns: files, cwd: dir, ...options });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  const peakDelta = Math.max(0, process.resourceUsage().maxRSS * 1024 - peakBefore);
  const hostile = run.report.files.find((file) => file.path === files[0]);
  const outcome = hostile.errors.length > 0 ? `error: ${hostile.errors[0].message}` : `${hostile.findings.length} findings`;
  const controlChecked = run.report.files.some((file) => file.path === CONTROL.file && file.errors.length === 0 && file.findings.length > 0);
  process.stdout.write(JSON.stringify({ ms, peakDelta, outcome, controlChecked }) + "\n");
}

function measureAll(only) {
  const rows = [];
  for (const input of hostileInputs.filter((i) => only === undefined || i.name.includes(only))) {
    const dir = mkdtempSync(join(tmpdir(), "copydesk-hostile-bench-"));
    try {
      const files = writeHostileInput(dir, input);
      const job = JSON.stringify({ dir, files, options: input.options ?? {} });
      const child = spawnSync(process.execPath, [here, "--child", job], { encoding: "utf8", maxBuffer: 1 << 24 });
      if (child.status !== 0) {
        const lines = child.stderr.trim().split("\n");
        const reason = lines.find((line) => /Error|error:/.test(line)) ?? lines.pop() ?? "";
        rows.push({ name: input.name, ms: NaN, peakDelta: NaN, outcome: `CRASHED (exit ${child.status}, signal ${child.signal}): ${reason}`, controlChecked: false });
        continue;
      }
      rows.push({ name: input.name, ...JSON.parse(child.stdout.trim().split("\n").pop()) });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    process.stderr.write(".");
  }
  process.stderr.write("\n");
  return rows.sort((a, b) => (b.ms || Infinity) - (a.ms || Infinity));
}

const mb = (bytes) => `${(bytes / 1048576).toFixed(1)} MB`;
const shorten = (text, max) => (text.length <= max ? text : `${text.slice(0, max - 1)}…`);

function print(rows) {
  const width = Math.max(...rows.map((row) => row.name.length));
  console.log(`${"input".padEnd(width)}  ${"wall".padStart(9)}  ${"peak mem".padStart(9)}  control  outcome`);
  for (const row of rows) {
    const wall = Number.isNaN(row.ms) ? "-" : `${row.ms.toFixed(0)} ms`;
    const memory = Number.isNaN(row.peakDelta) ? "-" : `+${mb(row.peakDelta)}`;
    console.log(`${row.name.padEnd(width)}  ${wall.padStart(9)}  ${memory.padStart(9)}  ${(row.controlChecked ? "checked" : "MISSED").padEnd(7)}  ${shorten(row.outcome, 70)}`);
  }
  const slowest = rows[0];
  if (slowest !== undefined) console.log(`\nslowest: ${slowest.name} (${Number.isNaN(slowest.ms) ? "crashed" : `${(slowest.ms / 1000).toFixed(1)} s`})`);
}

const { values } = parseArgs({ options: { child: { type: "string" }, only: { type: "string" } } });
if (values.child !== undefined) await measureOne(JSON.parse(values.child));
else print(measureAll(values.only));
