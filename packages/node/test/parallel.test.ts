import { describe, expect, it } from "vitest";
import { WorkerPool, newTask } from "../src/parallel/pool.js";
import { workerCount } from "../src/check.js";

const setup = { cwd: "/", configPath: undefined, preset: undefined, ruleOverrides: {}, maxFileSize: 1, encoding: undefined, fix: "none" as const, wantArticles: false };
const stub = new URL("./workers/echo-or-hang.mjs", import.meta.url);
const job = (shown: string) => ({ type: "check" as const, task: newTask(), file: { absolute: shown, shown } });

describe("worker pool", () => {
  it("answers every job, whichever worker takes it", async () => {
    const pool = new WorkerPool(2, stub, setup);
    const replies = await Promise.all(["a", "b", "c", "d", "e"].map((name) => pool.run(job(name))));
    await pool.close();
    expect(replies.map((r) => (r.type === "checked" ? r.check.result.path : r.type))).toEqual(["a", "b", "c", "d", "e"]);
  });

  it("stops a file that runs past its time limit, reports it, and goes on with a fresh worker that replays the set-up", async () => {
    const pool = new WorkerPool(1, stub, setup);
    await pool.broadcast({ type: "prepare", task: newTask(), shards: [] });
    const hung = pool.run(job("hang"), 300);
    const after = pool.run(job("after"), 5000);
    expect(await hung).toMatchObject({ type: "failed", message: "took longer than 0.3 s and was stopped (--max-file-time)" });
    expect(await after).toMatchObject({ type: "checked", check: { result: { path: "after" } } });
    await pool.close();
  });
});

describe("workerCount", () => {
  it("uses none for a handful of files, and at most one per 100 files and core", () => {
    expect(workerCount("auto", 10)).toBe(0);
    expect(workerCount("auto", 150)).toBe(0);
    expect(workerCount("auto", 250)).toBeGreaterThanOrEqual(1);
    expect(workerCount("auto", 250)).toBeLessThanOrEqual(2);
    expect(workerCount("off", 5000)).toBe(0);
    expect(workerCount(3, 2)).toBe(2);
  });
});

