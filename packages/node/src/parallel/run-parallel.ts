import { fromPlainArticle, type ResolvedConfig } from "@copydesk/core";
import type { FileCheck } from "../check-file.js";
import { WorkerPool, newTask } from "./pool.js";
import type { FileRef, ShardSnapshots, WorkerSetup } from "./protocol.js";

export interface ParallelPlan {
  readonly workers: number;
  readonly setup: WorkerSetup;
  readonly config: ResolvedConfig;
  readonly files: ReadonlyArray<FileRef>;
  readonly sources: ReadonlyArray<FileRef>;
  /** Per-file time limit in milliseconds. */
  readonly maxFileTime: number;
  /** Called with each file's check, with its index in `files`. */
  readonly onCheck: (index: number, check: FileCheck) => void;
}

const WORKER_SCRIPT = new URL("./worker.js", import.meta.url);

/** Shards of about equal size, in order: shard i is files[i*size, (i+1)*size). */
function shards<T>(list: ReadonlyArray<T>, count: number): T[][] {
  const out: T[][] = [];
  const size = Math.ceil(list.length / Math.max(1, count));
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}

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
  const pool = new WorkerPool(plan.workers, WORKER_SCRIPT, plan.setup);
  try {
    const hasCorpus = plan.config.rules.some((enabled) => enabled.rule.corpus !== undefined);
    if (hasCorpus) {
      const collected: ShardSnapshots[] = [];
      // Several shards per worker keep both threads busy when shards differ in cost.
      for (const [role, list] of [["source", plan.sources], ["checked", plan.files]] as const) {
        const replies = await Promise.all(
          shards(list, plan.workers * 4).map((files) => pool.run({ type: "corpus", task: newTask(), role, files })),
        );
        for (const reply of replies) if (reply.type === "corpus-done") collected.push(reply.snapshots);
      }
      const prepared = await pool.broadcast({ type: "prepare", task: 0, shards: collected });
      const failed = prepared.find((reply) => reply.type === "failed");
      if (failed !== undefined && failed.type === "failed") throw new Error(`could not prepare the corpus: ${failed.message}`);
    }
    await Promise.all(
      plan.files.map(async (file, index) => {
        const reply = await pool.run({ type: "check", task: newTask(), file }, plan.maxFileTime);
        if (reply.type === "checked") {
          const { article, ...rest } = reply.check;
          plan.onCheck(index, article !== undefined ? { ...rest, article: fromPlainArticle(article) } : rest);
        } else {
          const message = reply.type === "failed" ? reply.message : "no answer from the worker";
          plan.onCheck(index, { result: { path: file.shown, findings: [], errors: [{ message }] } });
        }
      }),
    );
  } finally {
    await pool.close();
  }
}
