import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { corpusBuilders, fromPlainArticle, type ResolvedConfig } from "@copydesk/core";
import type { FileCheck } from "../check-file.js";
import type { TimingTotals } from "../timing.js";
import { WorkerPool, newTask } from "./pool.js";
import type { FileRef, ShardFile, SharedIndexes, WorkerSetup } from "./protocol.js";

export interface ParallelPlan {
  readonly workers: number;
  /** Cap on each worker's heap in MB (undefined: what node was started with). */
  readonly heapMb?: number;
  /** The workers' set-up, but for the spill directory, which the run makes itself. */
  readonly setup: Omit<WorkerSetup, "spillDir">;
  readonly config: ResolvedConfig;
  readonly files: ReadonlyArray<FileRef>;
  readonly sources: ReadonlyArray<FileRef>;
  /** Per-file time limit in milliseconds. */
  readonly maxFileTime: number;
  /** Called with each file's check, with its index in `files`. */
  readonly onCheck: (index: number, check: FileCheck) => void;
  /** Gets each worker's time per step when timing was asked for. */
  readonly onTiming?: (totals: TimingTotals) => void;
}

const WORKER_SCRIPT = new URL("./worker.js", import.meta.url);

/**
 * Contiguous index ranges cutting `count` files into shards for the corpus pass: at least two per
 * worker (so a slow shard does not leave a thread idle), at most SHARD_FILES each.
 */
function shardRanges(count: number, workers: number): Array<[number, number]> {
  const shards = Math.max(workers * 2, Math.ceil(count / SHARD_FILES));
  const size = Math.max(1, Math.ceil(count / shards));
  const ranges: Array<[number, number]> = [];
  for (let from = 0; from < count; from += size) ranges.push([from, Math.min(count, from + size)]);
  return ranges;
}

/**
 * Large enough for a shard's boilerplate counts to be pruned before they are written (lossy
 * counting prunes every 500 articles by default): shards of 250 carried every distinct block
 * they had read, 2 MB and more each, some 900 MB for 100,000 articles.
 */
const SHARD_FILES = 1000;
/**
 * Files sent ahead to each worker. A file goes to the worker that kept its article in the corpus
 * pass, and shards are contiguous: the window must hold more than a shard for every worker to
 * stay busy. Results waiting to be put back in order are at most this many per worker.
 */
const IN_FLIGHT_PER_WORKER = 2 * SHARD_FILES;

function makeSpillDir(): string {
  try {
    return mkdtempSync(join(tmpdir(), "copydesk-corpus-"));
  } catch (error) {
    throw new Error(`could not make a directory for the corpus shards in ${tmpdir()} (set TMPDIR to another): ${(error as Error).message}`);
  }
}

/** True when every enabled corpus builder can be split across threads (snapshot and absorb). */
export const corpusIsParallel = (config: ResolvedConfig): boolean =>
  corpusBuilders(config).every(({ builder }) => typeof builder.snapshot === "function" && typeof builder.absorb === "function");

/** True when some enabled corpus builder can share its finished index across threads. */
const corpusIsShareable = (config: ResolvedConfig): boolean => corpusBuilders(config).some(({ builder }) => typeof builder.share === "function");

/**
 * The run on worker threads: sources, then the checked files, are read in shards into corpus
 * snapshots written to the spill directory; the first worker builds the indexes that can be shared
 * and every worker adopts them, and absorbs all snapshots in shard order into the others (the
 * same index everywhere); then each file is checked on the worker that kept its article (or one
 * that would otherwise be idle), or on whichever is free. Results arrive in any order; the caller
 * restores input order.
 */
export async function runParallel(plan: ParallelPlan): Promise<void> {
  const spillDir = makeSpillDir();
  const removeSpill = () => rmSync(spillDir, { recursive: true, force: true });
  // Also when the process exits mid-run (the CLI turns Ctrl-C into an exit).
  process.once("exit", removeSpill);
  const pool = new WorkerPool(plan.workers, WORKER_SCRIPT, { ...plan.setup, spillDir }, plan.heapMb !== undefined ? { heapMb: plan.heapMb } : {});
  try {
    // Which worker kept each checked file's article from the corpus pass: it checks the file too,
    // unless another is idle. Files no worker kept go to whichever is free.
    const owner = new Int32Array(plan.files.length).fill(-1);
    const hasCorpus = plan.config.rules.some((enabled) => enabled.rule.corpus !== undefined);
    if (hasCorpus) {
      // Shards travel as files: the main thread holds their paths, never the corpus itself (a
      // second copy of every index, kept all run to set up a worker that replaces a failed one).
      const collected: ShardFile[] = [];
      for (const [role, list] of [["source", plan.sources], ["checked", plan.files]] as const) {
        const ranges = shardRanges(list.length, plan.workers);
        const replies = await Promise.all(
          ranges.map(([from, to]) => pool.runWithSlot({ type: "corpus", task: newTask(), role, files: list.slice(from, to) })),
        );
        replies.forEach(({ reply, slot }, shard) => {
          // A shard missing from the corpus would change findings silently: the run stops instead.
          if (reply.type !== "corpus-done") throw new Error(`could not build the corpus: ${reply.type === "failed" ? reply.message : "no answer from a worker"}`);
          collected.push(reply.shard);
          const [from] = ranges[shard] as [number, number];
          if (role === "checked") for (const index of reply.kept) owner[from + index] = slot;
        });
      }
      // Indexes a builder can share are built once, by the first worker, and read by every worker
      // from shared memory: one copy in the process, not one per thread.
      let shared: SharedIndexes = {};
      if (pool.size > 1 && corpusIsShareable(plan.config)) {
        const reply = await pool.runOn(0, { type: "share", task: newTask(), shards: collected });
        if (reply.type !== "shared") throw new Error(`could not build the corpus: ${reply.type === "failed" ? reply.message : "no answer from a worker"}`);
        shared = reply.shared;
      }
      const prepared = await pool.broadcast({ type: "prepare", task: newTask(), shards: collected, shared });
      const failed = prepared.find((reply) => reply.type === "failed");
      if (failed !== undefined && failed.type === "failed") throw new Error(`could not prepare the corpus: ${failed.message}`);
    }
    // A window of files in flight, not one job per file at once: 100,000 pending jobs would hold
    // their messages and promises all run long.
    let next = 0;
    const checkNext = async (): Promise<void> => {
      for (let index = next++; index < plan.files.length; index = next++) {
        const file = plan.files[index] as FileRef;
        const message = { type: "check" as const, task: newTask(), file };
        const slot = owner[index] as number;
        // Stealable: a worker with nothing to do reads the file again rather than wait for the
        // end of a shard another worker kept (at 10,000 articles nearly every file is kept).
        const reply = slot >= 0 ? await pool.runOn(slot, message, plan.maxFileTime, { stealable: true }) : await pool.run(message, plan.maxFileTime);
        if (reply.type === "checked") {
          const { article, ...rest } = reply.check;
          plan.onCheck(index, article !== undefined ? { ...rest, article: fromPlainArticle(article) } : rest);
        } else {
          const reason = reply.type === "failed" ? reply.message : "no answer from the worker";
          plan.onCheck(index, { result: { path: file.shown, findings: [], errors: [{ message: reason }] } });
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(plan.files.length, IN_FLIGHT_PER_WORKER * pool.size) }, checkNext));
    if (plan.setup.timing) {
      for (let slot = 0; slot < pool.size; slot++) {
        const reply = await pool.runOn(slot, { type: "timing", task: newTask() });
        if (reply.type === "timing") plan.onTiming?.(reply.totals);
      }
    }
  } finally {
    await pool.close();
    process.off("exit", removeSpill);
    removeSpill();
  }
}
