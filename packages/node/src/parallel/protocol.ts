import type { FileResult, PlainArticle, SeverityLevel } from "@copydesk/core";
import type { FixMode } from "../check-file.js";

/** What every worker needs to set itself up exactly as the main thread did (all plain data). */
export interface WorkerSetup {
  readonly cwd: string;
  /** The config file the main thread found (undefined: defaults). */
  readonly configPath: string | undefined;
  readonly preset: string | undefined;
  readonly ruleOverrides: Readonly<Record<string, SeverityLevel>>;
  readonly maxFileSize: number;
  readonly encoding: string | undefined;
  readonly fix: FixMode;
  /** Send each parsed article back (a report needs the text, e.g. HTML); also runs every processor. */
  readonly wantArticles: boolean;
  /** This worker's share of the memory kept for articles between the corpus and check passes. */
  readonly cacheBytes: number;
  /** Collect time per step (COPYDESK_TIMING). */
  readonly timing: boolean;
  /** A directory of the run's own where workers write their corpus shards (deleted when the run ends). */
  readonly spillDir: string;
}

export interface FileRef {
  readonly absolute: string;
  readonly shown: string;
}

/** Finished corpus indexes over SharedArrayBuffers, by rule id: built by one worker, read by all. */
export type SharedIndexes = Readonly<Record<string, unknown>>;

/**
 * A shard's snapshots as a worker wrote them into the run's spill directory: for each rule id,
 * the file (v8-serialized) holding its builder's snapshot. Builders that share one snapshot (the
 * quotation rules) share its file, and a worker reads only the files of the builders it absorbs.
 */
export type ShardFile = Readonly<Record<string, string>>;

export type ToWorker =
  | { readonly type: "corpus"; readonly task: number; readonly role: "checked" | "source"; readonly files: ReadonlyArray<FileRef> }
  /** Build the corpus from every shard and send back what its builders can share with the other workers. */
  | { readonly type: "share"; readonly task: number; readonly shards: ReadonlyArray<ShardFile> }
  /** Set up the corpus: adopt what was shared (by rule id), absorb every shard into the other builders. */
  | { readonly type: "prepare"; readonly task: number; readonly shards: ReadonlyArray<ShardFile>; readonly shared: SharedIndexes }
  | { readonly type: "check"; readonly task: number; readonly file: FileRef }
  | { readonly type: "timing"; readonly task: number };

export interface PlainFileCheck {
  readonly result: FileResult;
  readonly article?: PlainArticle;
  readonly diff?: string;
}

export type FromWorker =
  /** `kept`: positions in the shard's file list of the articles the worker keeps for the check pass. */
  | { readonly type: "corpus-done"; readonly task: number; readonly shard: ShardFile; readonly kept: ReadonlyArray<number> }
  | { readonly type: "shared"; readonly task: number; readonly shared: SharedIndexes }
  | { readonly type: "prepared"; readonly task: number }
  | { readonly type: "checked"; readonly task: number; readonly check: PlainFileCheck }
  | { readonly type: "timing"; readonly task: number; readonly totals: Readonly<Record<string, number>> }
  | { readonly type: "failed"; readonly task: number; readonly message: string };
