import { closeSync, openSync, renameSync, unlinkSync, writeSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import type { Sink } from "@copydesk/reporters";

const FLUSH_AT = 64 * 1024;

/**
 * A report file written as the run goes: into a temporary file beside the target, renamed over it
 * when the report is complete. A run that fails half-way never leaves half a report under the
 * real name, and a path that cannot be written is known before any file is checked.
 */
export class OutputFile implements Sink {
  private readonly fd: number;
  private readonly temporary: string;
  private buffer: string[] = [];
  private buffered = 0;

  // A run stopped half-way (Ctrl-C: the bin turns the signal into an exit) leaves no temporary file behind.
  private readonly onExit = (): void => {
    try {
      unlinkSync(this.temporary);
    } catch {
      // Already gone.
    }
  };

  constructor(readonly path: string) {
    this.temporary = join(dirname(path), `.${basename(path)}.${process.pid}.copydesk-tmp`);
    this.fd = openSync(this.temporary, "w");
    process.once("exit", this.onExit);
  }

  write(text: string): void {
    this.buffer.push(text);
    this.buffered += text.length;
    if (this.buffered >= FLUSH_AT) this.flush();
  }

  /** Completes the report under its real name. */
  commit(): void {
    this.flush();
    closeSync(this.fd);
    renameSync(this.temporary, this.path);
    process.off("exit", this.onExit);
  }

  /** Drops the unfinished report. */
  discard(): void {
    process.off("exit", this.onExit);
    try {
      closeSync(this.fd);
    } finally {
      unlinkSync(this.temporary);
    }
  }

  private flush(): void {
    if (this.buffered === 0) return;
    writeSync(this.fd, this.buffer.join(""));
    this.buffer = [];
    this.buffered = 0;
  }
}
