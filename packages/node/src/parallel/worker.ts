// A worker thread: sets itself up from plain data, then builds corpus shards and checks files on request.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { deserialize, serialize } from "node:v8";
import { parentPort, workerData } from "node:worker_threads";
import { Effect, Either } from "effect";
import { ArticleCache, corpusBuilders, readArticle, releaseArticle, timed, readerFor, toPlainArticle, type CheckInput, type ResolvedConfig } from "@copydesk/core";
import { articlePacker } from "../article-packer.js";
import { checkFile, type FileCheck } from "../check-file.js";
import { resolveRunConfig } from "../config-run.js";
import { defaultReader } from "../defaults.js";
import { readSource } from "../read-source.js";
import { collectTiming } from "../timing.js";
import type { FileRef, FromWorker, ShardFile, SharedIndexes, ToWorker, WorkerSetup } from "./protocol.js";

const setup = workerData as WorkerSetup;
const stopTiming = setup.timing ? collectTiming() : undefined;
const port = parentPort;
if (port === null) throw new Error("copydesk worker started outside a worker thread");

const send = (message: FromWorker) => port.postMessage(message);

const resolved = Effect.runSync(
  Effect.either(
    resolveRunConfig(
      { ...(setup.configPath !== undefined ? { configPath: setup.configPath } : {}), ...(setup.preset ? { preset: setup.preset } : {}), ruleOverrides: setup.ruleOverrides },
      setup.cwd,
    ),
  ),
);
if (Either.isLeft(resolved)) throw new Error(resolved.left.message);
const config: ResolvedConfig = resolved.right.config;
const reader = readerFor(defaultReader, config.rules.map((enabled) => enabled.rule.meta.id), setup.wantArticles);
// Checked articles read for the corpus, kept for the check pass (the main thread sends each file
// to the worker that read it), within this worker's share of the memory budget: live, then packed.
const cache = new ArticleCache(setup.cacheBytes, articlePacker);

const input = (file: FileRef): CheckInput => ({ path: file.shown, load: readSource(file.absolute, file.shown, setup.maxFileSize, setup.encoding) });

const newBuilders = () => corpusBuilders(config);

type Builders = ReturnType<typeof newBuilders>;

let corpus: ReadonlyMap<string, unknown> = new Map();

/**
 * Reads a shard of files into fresh builders, writes their snapshots to a file in the run's spill
 * directory, and returns its path and which files' articles are kept.
 */
async function buildShard(task: number, role: "checked" | "source", files: ReadonlyArray<FileRef>): Promise<{ shard: ShardFile; kept: number[] }> {
  const builders = newBuilders();
  const kept: number[] = [];
  for (const [index, file] of files.entries()) {
    const article = await Effect.runPromise(Effect.either(Effect.flatMap(input(file).load, (source) => readArticle(source, reader))));
    if (Either.isLeft(article)) continue;
    for (const { id, builder } of builders) timed(`corpus ${id}`, () => builder.add(article.right, role));
    if (role === "checked" && cache.put(file.absolute, article.right)) kept.push(index);
    else releaseArticle(article.right);
  }
  return { shard: spill(task, builders), kept };
}

/** Writes each distinct snapshot of `builders` to a file of its own; returns the file of each rule id. */
function spill(task: number, builders: Builders): ShardFile {
  const files = new Map<unknown, string>();
  const shard: Record<string, string> = {};
  for (const { id, builder } of builders) {
    const snapshot = builder.snapshot?.();
    if (snapshot === undefined) continue;
    let file = files.get(snapshot);
    if (file === undefined) {
      file = join(setup.spillDir, `shard-${task}-${files.size}.v8`);
      writeFileSync(file, serialize(snapshot));
      files.set(snapshot, file);
    }
    shard[id] = file;
  }
  return shard;
}

/**
 * Every shard's snapshots absorbed into `builders`, in shard order: the same index in every worker.
 * A file is read once however many of the builders share its snapshot.
 */
function absorbAll(builders: Builders, shards: ReadonlyArray<ShardFile>): void {
  for (const shard of shards) {
    const read = new Map<string, unknown>();
    for (const { id, builder } of builders) {
      const file = shard[id];
      if (file === undefined) continue;
      let snapshot = read.get(file);
      if (snapshot === undefined) {
        snapshot = deserialize(readFileSync(file));
        read.set(file, snapshot);
      }
      builder.absorb?.(snapshot);
    }
  }
}

/** Builds the corpus from every shard; returns what builders can share, and lets the rest go. */
function share(shards: ReadonlyArray<ShardFile>): SharedIndexes {
  const builders = newBuilders().filter(({ builder }) => typeof builder.share === "function");
  absorbAll(builders, shards);
  return Object.fromEntries(builders.map(({ id, builder }) => [id, builder.share?.()]));
}

/** The corpus: shared indexes adopted (one copy in the process), the other builders' made here from every shard. */
function prepare(shards: ReadonlyArray<ShardFile>, shared: SharedIndexes): void {
  const builders = newBuilders();
  const adopted = builders.filter(({ id, builder }) => shared[id] !== undefined && typeof builder.adopt === "function");
  for (const { id, builder } of adopted) builder.adopt?.(shared[id]);
  absorbAll(builders.filter((entry) => !adopted.includes(entry)), shards);
  corpus = new Map(builders.map(({ id, builder }) => [id, builder.finish()]));
}

async function checkOne(file: FileRef): Promise<FileCheck> {
  return Effect.runPromise(checkFile(file.absolute, input(file), { reader, config, corpus, fix: setup.fix }, cache.take(file.absolute)));
}

port.on("message", (message: ToWorker) => {
  const run = async (): Promise<FromWorker> => {
    switch (message.type) {
      case "corpus":
        return { type: "corpus-done", task: message.task, ...(await buildShard(message.task, message.role, message.files)) };
      case "share":
        return { type: "shared", task: message.task, shared: share(message.shards) };
      case "prepare":
        prepare(message.shards, message.shared);
        return { type: "prepared", task: message.task };
      case "check": {
        const checked = await checkOne(message.file);
        const plain = {
          result: checked.result,
          ...(checked.diff !== undefined ? { diff: checked.diff } : {}),
          ...(setup.wantArticles && checked.article ? { article: toPlainArticle(checked.article) } : {}),
        };
        return { type: "checked", task: message.task, check: plain };
      }
      case "timing":
        return { type: "timing", task: message.task, totals: stopTiming?.() ?? {} };
    }
  };
  run().then(send, (error: unknown) => send({ type: "failed", task: message.task, message: error instanceof Error ? error.message : String(error) }));
});
