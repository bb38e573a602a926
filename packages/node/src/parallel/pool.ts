import { Worker } from "node:worker_threads";
import type { FromWorker, ToWorker, WorkerSetup } from "./protocol.js";
import { workerExecArgv } from "./worker-flags.js";

interface Job {
  readonly message: ToWorker;
  readonly timeoutMs: number | undefined;
  /** Called with the reply and the index of the slot that ran the job. */
  readonly resolve: (reply: FromWorker, slot: number) => void;
  /** The set-up message (as broadcast) this job gives one worker. */
  readonly setupOf?: ToWorker;
  /** Another worker may run it when it has nothing else to do. */
  readonly stealable?: boolean;
}

export interface RunOnOptions {
  /**
   * Another worker may take the job when it is idle and this one is busy: for a file the worker
   * kept the article of (reading the file again costs less than leaving a thread idle).
   */
  readonly stealable?: boolean;
}

interface Slot {
  readonly worker: Worker;
  job: Job | undefined;
  timer: NodeJS.Timeout | undefined;
  /** Jobs for this worker alone (set-up messages), taken before the shared queue. */
  readonly own: Job[];
}

const seconds = (ms: number): string => `${ms < 10_000 ? (ms / 1000).toFixed(1) : Math.round(ms / 1000)} s`;

/** A worker with the main thread's Node flags (or as many of them as a worker accepts), its heap capped at `heapMb` when given. */
function startWorker(script: URL, setup: WorkerSetup, heapMb: number | undefined): Worker {
  const options = { workerData: setup, ...(heapMb !== undefined ? { resourceLimits: { maxOldGenerationSizeMb: heapMb } } : {}) };
  const execArgv = workerExecArgv(process.execArgv);
  if (execArgv === undefined) return new Worker(script, options);
  try {
    return new Worker(script, { ...options, execArgv });
  } catch (error) {
    if ((error as { code?: string }).code !== "ERR_WORKER_INVALID_EXEC_ARGV") throw error;
    return new Worker(script, { ...options, execArgv: [] });
  }
}

export interface PoolOptions {
  /** Cap on each worker's heap (V8's old generation), in MB; undefined: Node's default, or the cap node was started with. */
  readonly heapMb?: number;
}

function describeWorkerError(error: Error, heapMb: number | undefined): string {
  if ((error as { code?: string }).code !== "ERR_WORKER_OUT_OF_MEMORY") return `worker failed: ${error.message}`;
  const cap = heapMb !== undefined ? ` (${heapMb} MB per worker thread)` : "";
  return `ran out of memory${cap} and was stopped: raise it with --worker-memory, or check fewer files in one run`;
}

let nextTask = 1;
/** A task number unique in this process, so replies can be matched to requests. */
export const newTask = (): number => nextTask++;

/**
 * A fixed number of worker threads taking jobs from one queue. A job that runs past its time
 * limit has its worker terminated (the only way to stop a synchronous loop) and is answered with
 * a `failed` reply; a new worker takes the slot and first replays the set-up messages the others
 * received, so it holds the same corpus index.
 */
export class WorkerPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private readonly setupMessages: ToWorker[] = [];
  private closed = false;

  constructor(
    size: number,
    private readonly script: URL,
    private readonly setup: WorkerSetup,
    private readonly options: PoolOptions = {},
  ) {
    for (let i = 0; i < size; i++) this.slots.push(this.spawn());
  }

  get size(): number {
    return this.slots.length;
  }

  /**
   * A new worker, given every set-up message so far, then `waiting`: the jobs of the worker it
   * replaces (a set-up job among them is answered by its replay).
   */
  private spawn(waiting: ReadonlyArray<Job> = []): Slot {
    const worker = startWorker(this.script, this.setup, this.options.heapMb);
    const pendingSetup = new Map(waiting.flatMap((job) => (job.setupOf !== undefined ? [[job.setupOf, job.resolve] as const] : [])));
    const own: Job[] = this.setupMessages.map((message) => ({
      message: { ...message, task: newTask() },
      timeoutMs: undefined,
      setupOf: message,
      resolve: pendingSetup.get(message) ?? (() => undefined),
    }));
    for (const job of waiting) if (job.setupOf === undefined) own.push(job);
    const slot: Slot = { worker, job: undefined, timer: undefined, own };
    worker.on("message", (reply: FromWorker) => this.finish(slot, reply));
    worker.on("error", (error) => this.fail(slot, describeWorkerError(error, this.options.heapMb)));
    worker.on("exit", (code) => {
      if (!this.closed && slot.job !== undefined) this.fail(slot, `worker stopped (exit code ${code})`);
    });
    return slot;
  }

  private start(slot: Slot, job: Job): void {
    slot.job = job;
    const limit = job.timeoutMs;
    if (limit !== undefined) slot.timer = setTimeout(() => this.fail(slot, `took longer than ${seconds(limit)} and was stopped (--max-file-time)`), limit);
    slot.worker.postMessage(job.message);
  }

  private pump(): void {
    for (const slot of this.slots) {
      if (slot.job !== undefined) continue;
      const job = slot.own.shift() ?? this.queue.shift() ?? this.steal(slot);
      if (job !== undefined) this.start(slot, job);
    }
  }

  /** For an idle worker: the last job waiting for the busiest other worker, when that job is stealable. */
  private steal(idle: Slot): Job | undefined {
    let from: Slot | undefined;
    for (const slot of this.slots) {
      if (slot === idle || slot.own[slot.own.length - 1]?.stealable !== true) continue;
      if (from === undefined || slot.own.length > from.own.length) from = slot;
    }
    return from?.own.pop();
  }

  private finish(slot: Slot, reply: FromWorker): void {
    const job = slot.job;
    if (job === undefined || reply.task !== job.message.task) return;
    clearTimeout(slot.timer);
    slot.job = undefined;
    slot.timer = undefined;
    job.resolve(reply, this.slots.indexOf(slot));
    this.pump();
  }

  /** Answers the slot's job with a failure and puts a fresh worker in its place. */
  private fail(slot: Slot, message: string): void {
    const job = slot.job;
    clearTimeout(slot.timer);
    slot.job = undefined;
    const index = this.slots.indexOf(slot);
    if (index < 0) return;
    void slot.worker.terminate();
    if (!this.closed) this.slots[index] = this.spawn(slot.own);
    job?.resolve({ type: "failed", task: job.message.task, message }, index);
    this.pump();
  }

  /** Runs one job on the next free worker. */
  run(message: ToWorker, timeoutMs?: number): Promise<FromWorker> {
    return this.runWithSlot(message, timeoutMs).then(({ reply }) => reply);
  }

  /** Runs one job on the next free worker, saying which slot took it (to send related jobs there). */
  runWithSlot(message: ToWorker, timeoutMs?: number): Promise<{ reply: FromWorker; slot: number }> {
    return new Promise((resolve) => {
      this.queue.push({ message, timeoutMs, resolve: (reply, slot) => resolve({ reply, slot }) });
      this.pump();
    });
  }

  /** Runs one job on the worker in `slot` (after what is already queued for it), or on an idle one when it is stealable. */
  runOn(slot: number, message: ToWorker, timeoutMs?: number, options: RunOnOptions = {}): Promise<FromWorker> {
    const target = this.slots[slot % this.slots.length] as Slot;
    return new Promise((resolve) => {
      target.own.push({ message, timeoutMs, resolve, ...(options.stealable ? { stealable: true } : {}) });
      this.pump();
    });
  }


  /** Sends a set-up message to every worker (and to any that replaces one later); resolves with every answer. */
  broadcast(message: ToWorker): Promise<FromWorker[]> {
    this.setupMessages.push(message);
    const replies = this.slots.map(
      (slot) => new Promise<FromWorker>((resolve) => slot.own.push({ message: { ...message, task: newTask() }, timeoutMs: undefined, setupOf: message, resolve })),
    );
    this.pump();
    return Promise.all(replies);
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((slot) => slot.worker.terminate()));
  }
}
