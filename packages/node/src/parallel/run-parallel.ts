import { fromPlainArticle, type ResolvedConfig } from "@copydesk/core";
import type { FileCheck } from "../check-file.js";
import type { TimingTotals } from "../timing.js";
import { WorkerPool, newTask } from "./pool.js";
import type { FileRef, ShardSnapshots, WorkerSetup } from "./protocol.js";

export interface ParallelPlan {
  readonly workers: number;
  /** Cap on each worker's heap in MB (undefined: what node was started with). */
  readonly heapMb?: number;
  readonly setup: WorkerSetup;
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
 * Contiguous index ranges cutting `count` files into shards: at least two per worker (so a slow
 * shard does not leave a thread idle), at most SHARD_FILES each (so results waiting to be put back
 * in order stay few, whatever the size of the run).
 */
function shardRanges(count: number, workers: number): Array<[number, number]> {
  const shards = Math.max(workers * 2, Math.ceil(count / SHARD_FILES));
  const size = Math.max(1, Math.ceil(count / shards));
  const ranges: Array<[number, number]> = [];
  for (let from = 0; from < count; from += size) ranges.push([from, Math.min(count, from + size)]);
  return ranges;
}

const SHARD_FILES = 250;
/**
 * Files sent ahead to each worker. A file goes to the worker that read it in the corpus pass, and
 * shards are contiguous: the window must hold more than a shard for both workers to stay busy.
 */
const IN_FLIGHT_PER_WORKER = 2 * SHARD_FILES;

/** True when every enabled corpus builder can be split across threads (snapshot and absorb). */
export function corpusIsParallel(config: ResolvedConfig): boolean {
  return config.rules.every((enabled) => {
    if (enabled.rule.corpus === undefined) return true;
    const builder = enabled.rule.corpus();
    return typeof builder.snapshot === "function" && typeof builder.absorb === "function";
  });
}

/**
 * The run on worker threads: sources, then the checked files, are read in shards into corpus
 * snapshots; every worker absorbs all snapshots in shard order (the same index everywhere); then
 * files are checked one by one on whichever worker is free. Results arrive in any order; the
 * caller restores input order.
 */
export async function runParallel(plan: ParallelPlan): Promise<void> {
  const pool = new WorkerPool(plan.workers, WORKER_SCRIPT, plan.setup, plan.heapMb !== undefined ? { heapMb: plan.heapMb } : {});
  try {
    // Which worker kept each checked file's article from the corpus pass: it checks the file too.
    // Files no worker kept go to whichever is free.
    const owner = new Int32Array(plan.files.length).fill(-1);
    const hasCorpus = plan.config.rules.some((enabled) => enabled.rule.corpus !== undefined);
    if (hasCorpus) {
      const collected: ShardSnapshots[] = [];
      for (const [role, list] of [["source", plan.sources], ["checked", plan.files]] as const) {
        const ranges = shardRanges(list.length, plan.workers);
        const replies = await Promise.all(
          ranges.map(([from, to]) => pool.runWithSlot({ type: "corpus", task: newTask(), role, files: list.slice(from, to) })),
        );
        replies.forEach(({ reply, slot }, shard) => {
          if (reply.type !== "corpus-done") return;
          collected.push(reply.snapshots);
          const [from] = ranges[shard] as [number, number];
          if (role === "checked") for (const index of reply.kept) owner[from + index] = slot;
        });
      }
      const prepared = await pool.broadcast({ type: "prepare", task: newTask(), shards: collected });
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
        const reply = slot >= 0 ? await pool.runOn(slot, message, plan.maxFileTime) : await pool.run(message, plan.maxFileTime);
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
  }
}
