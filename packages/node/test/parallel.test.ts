import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { WorkerPool, newTask } from "../src/parallel/pool.js";
import { DEFAULT_WORKER_MEMORY_MB, workerCacheBytes, workerCount, workerMemory } from "../src/check.js";
import { workerExecArgv } from "../src/parallel/worker-flags.js";

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

  it("hands the jobs waiting for a worker it stops to the fresh worker in its place", async () => {
    const pool = new WorkerPool(2, stub, setup);
    const hung = pool.runOn(0, job("hang"), 300);
    const waiting = ["w1", "w2"].map((name) => pool.runOn(0, job(name), 5000));
    expect(await hung).toMatchObject({ type: "failed" });
    expect((await Promise.all(waiting)).map((r) => (r.type === "checked" ? r.check.result.path : r.type))).toEqual(["w1", "w2"]);
    await pool.close();
  });

  it("lets an idle worker take the stealable jobs waiting for another, last first, but no other job", async () => {
    const pool = new WorkerPool(2, stub, setup);
    // Worker 0 is stuck; worker 1 has nothing of its own and takes what waits for 0.
    // Its time limit is far beyond what the other worker needs to start and answer three jobs.
    const hung = pool.runOn(0, job("hang"), 2000);
    const answered: string[] = [];
    const stealable = ["s1", "s2", "s3"].map((name) =>
      pool.runOn(0, job(name), 5000, { stealable: true }).then((r) => {
        answered.push(r.type === "checked" ? r.check.result.path : r.type);
        return r;
      }),
    );
    await Promise.all(stealable);
    // s1 was taken as it came (worker 1 was idle); then the last of those waiting first.
    expect(answered).toEqual(["s1", "s3", "s2"]);
    // All three were answered while worker 0 was still stuck.
    expect(await Promise.race([hung.then(() => "answered"), new Promise((resolve) => setTimeout(() => resolve("running"), 0))])).toBe("running");
    await hung;
    // A job that is not stealable waits for its own worker.
    const stuck = pool.runOn(0, job("hang"), 300);
    let pinnedDone = false;
    const pinned = pool.runOn(0, job("pinned"), 5000).then((r) => {
      pinnedDone = true;
      return r;
    });
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(pinnedDone).toBe(false);
    await stuck;
    expect(await pinned).toMatchObject({ type: "checked", check: { result: { path: "pinned" } } });
    await pool.close();
  });

  it("reports a worker that runs out of its heap cap, and goes on with a fresh one", async () => {
    const pool = new WorkerPool(1, stub, setup, { heapMb: 64 });
    const full = pool.run(job("oom"));
    const after = pool.run(job("after"));
    expect(await full).toMatchObject({ type: "failed", message: expect.stringContaining("ran out of memory (64 MB per worker thread)") });
    expect(await after).toMatchObject({ type: "checked", check: { result: { path: "after" } } });
    await pool.close();
  });

  it("starts its workers with the flags node was started with, heap caps and --trace-gc included", () => {
    // The built pool in a child node started with flags a worker refuses when they are passed to it as execArgv.
    const pool = new URL("../dist/parallel/pool.js", import.meta.url).href;
    const script = `
      const { WorkerPool, newTask } = await import(${JSON.stringify(pool)});
      const pool = new WorkerPool(1, new URL(${JSON.stringify(stub.href)}), {});
      const reply = await pool.run({ type: "timing", task: newTask() });
      await pool.close();
      console.log(JSON.stringify(reply));`;
    const run = (args: string[]) => {
      const out = execFileSync(process.execPath, args, { encoding: "utf8" });
      return JSON.parse(out.trim().split("\n").filter((line) => line.startsWith("{")).pop() ?? "{}");
    };
    const dir = mkdtempSync(join(tmpdir(), "copydesk-flags-"));
    try {
      const file = join(dir, "start-pool.mjs");
      writeFileSync(file, script);
      const reply = run(["--max-old-space-size=200", "--trace-gc", file]);
      expect(reply.totals.execArgv).toContain("--trace-gc");
      // The cap is the old generation's; the limit V8 reports adds the young generation to it.
      expect(reply.totals.heapLimitMb).toBeGreaterThanOrEqual(200);
      expect(reply.totals.heapLimitMb).toBeLessThan(300);
      // A script given on the command line: its flags are not the worker's, and it still starts.
      expect(run(["--trace-gc", "--input-type=module", "-e", script])).toMatchObject({ type: "timing" });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
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


describe("workerMemory", () => {
  it("caps worker heaps by default, but not over a cap node itself was given", () => {
    expect(workerMemory(undefined, [], "")).toBe(DEFAULT_WORKER_MEMORY_MB);
    expect(workerMemory(512, ["--max-old-space-size=4096"], "")).toBe(512);
    expect(workerMemory(undefined, ["--max-old-space-size=4096"], "")).toBeUndefined();
    expect(workerMemory(undefined, [], "--enable-source-maps --max-old-space-size=2048")).toBeUndefined();
  });
});

describe("workerCacheBytes", () => {
  it("keeps articles between the passes within the heap cap, but not when it could keep only a few of them", () => {
    expect(workerCacheBytes(1_000, 2, 768)).toBe(128 * 1024 * 1024);
    expect(workerCacheBytes(10_000, 2, 768)).toBe(128 * 1024 * 1024);
    expect(workerCacheBytes(1_000, 2, 256)).toBe(Math.floor(256 * 1024 * 1024 * 0.2));
    expect(workerCacheBytes(100_000, 2, 768)).toBe(0);
    // A budget the caller gives is shared among the workers and always used.
    expect(workerCacheBytes(100_000, 2, 768, 64)).toBe(32 * 1024 * 1024);
  });
});

describe("workerExecArgv", () => {
  it("lets workers inherit every flag unless node ran a script from the command line", () => {
    expect(workerExecArgv(["--max-old-space-size=768", "--trace-gc", "--enable-source-maps"])).toBeUndefined();
    expect(workerExecArgv(["--input-type=module", "-e", "code", "--enable-source-maps"])).toEqual(["--enable-source-maps"]);
    expect(workerExecArgv(["--eval=code", "--no-warnings", "-p", "1"])).toEqual(["--no-warnings"]);
  });
});
