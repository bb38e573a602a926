import { spawn, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const BIN = join(dirname(fileURLToPath(import.meta.url)), "..", "bin", "copydesk.js");

describe("a run stopped half-way", () => {
  it("exits 143 on SIGTERM and leaves neither a partial report nor its corpus shards behind", async () => {
    const dir = mkdtempSync(join(tmpdir(), "copydesk-interrupt-"));
    const spill = join(dir, "tmp");
    mkdirSync(spill);
    mkdirSync(join(dir, "feed"));
    const paragraph = "Officials in Kiev said on Monday that talks would resume, according to reports. ".repeat(20);
    for (let i = 0; i < 1500; i++) writeFileSync(join(dir, "feed", `story-${i}.txt`), `Talks resume ${i}\n\n${paragraph}\n\n“We are ready,” Olena Shevchenko said.\n`);
    const child = spawn(process.execPath, [BIN, "check", "feed", "--format", "json", "--output", "report.json"], { cwd: dir, env: { ...process.env, TMPDIR: spill } });
    const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
    // Stop it once the workers have started writing the corpus.
    const deadline = Date.now() + 60_000;
    while (readdirSync(spill).length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
    expect(readdirSync(spill).length).toBeGreaterThan(0);
    child.kill("SIGTERM");
    expect(await exited).toBe(143);
    expect(readdirSync(spill)).toEqual([]);
    expect(readdirSync(dir).sort()).toEqual(["feed", "tmp"]);
  }, 90_000);
});

describe("a run on worker threads that cannot set up its corpus", () => {
  it("stops with exit code 2 and says why, without a stack trace", () => {
    const dir = mkdtempSync(join(tmpdir(), "copydesk-nospill-"));
    mkdirSync(join(dir, "feed"));
    for (let i = 0; i < 250; i++) writeFileSync(join(dir, "feed", `story-${i}.txt`), `Talks resume ${i}\n\nOfficials in Kyiv said talks would resume.\n`);
    const run = spawnSync(process.execPath, [BIN, "check", "feed", "--format", "json"], { cwd: dir, encoding: "utf8", env: { ...process.env, TMPDIR: join(dir, "missing") } });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`copydesk: could not make a directory for the corpus shards in ${join(dir, "missing")} (set TMPDIR to another)`);
    expect(run.stderr).not.toContain("internal error");
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});
