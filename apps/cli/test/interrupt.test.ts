import { spawn } from "node:child_process";
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
