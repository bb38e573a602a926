// Runs a whole process and measures it from outside: wall time, and peak RSS from GNU time.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const GNU_TIME = "/usr/bin/time";

/**
 * @param {string} command @param {string[]} args @param {{ cwd?: string }} options
 * @returns {{ seconds: number, peakRssMb: number | undefined, status: number | null, stdout: string, stderr: string }}
 */
export function measure(command, args, options = {}) {
  const dir = mkdtempSync(join(tmpdir(), "copydesk-bench-"));
  const stats = join(dir, "time.txt");
  const haveTime = existsSync(GNU_TIME);
  const started = process.hrtime.bigint();
  const run = haveTime
    ? spawnSync(GNU_TIME, ["-f", "%e %M", "-o", stats, command, ...args], { cwd: options.cwd, encoding: "utf8", maxBuffer: 1 << 30 })
    : spawnSync(command, args, { cwd: options.cwd, encoding: "utf8", maxBuffer: 1 << 30 });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  let peakRssMb;
  if (haveTime && existsSync(stats)) {
    const [, kb] = readFileSync(stats, "utf8").trim().split(/\s+/).slice(-2);
    peakRssMb = Number(kb) / 1024;
  }
  rmSync(dir, { recursive: true, force: true });
  return { seconds, peakRssMb, status: run.status, stdout: run.stdout ?? "", stderr: run.stderr ?? "" };
}

export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
