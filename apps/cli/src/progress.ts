/** What the progress line needs from its surroundings (real ones in the binary, fakes in tests). */
export interface ProgressOptions {
  readonly write: (text: string) => void;
  readonly columns?: number;
  readonly now?: () => number;
  /** Nothing is drawn before this many milliseconds: a quick run never shows a progress line. */
  readonly delay?: number;
  /** Redraws the line this often while nothing else happens (the elapsed time moves on). */
  readonly interval?: number;
}

const CLEAR = "\r\u001b[K";

const count = (n: number) => n.toLocaleString("en-US");

/**
 * One self-overwriting line on stderr while a long check runs ("copydesk: 1,204 files checked,
 * 8.1 s  feed/2025/06/03/story.html"). It appears only after `delay`, clears itself before anything
 * is written to the terminal's stdout, and leaves no trace when the run ends.
 */
export class Progress {
  private readonly write: (text: string) => void;
  private readonly columns: number;
  private readonly now: () => number;
  private readonly delay: number;
  private readonly started: number;
  private files = 0;
  private last = "";
  private shown = false;
  private lastDraw = 0;
  private timer: ReturnType<typeof setInterval> | undefined;

  constructor(options: ProgressOptions) {
    this.write = options.write;
    this.columns = Math.max(40, options.columns ?? 80);
    this.now = options.now ?? Date.now;
    this.delay = options.delay ?? 1_000;
    this.started = this.now();
    const interval = options.interval ?? 250;
    if (interval > 0) {
      this.timer = setInterval(() => this.draw(true), interval);
      this.timer.unref?.();
    }
  }

  /** One more file is done. */
  tick(path: string): void {
    this.files++;
    this.last = path;
    this.draw(false);
  }

  /** Removes the line (before stdout gets text on the same terminal); the next tick draws it again. */
  clear(): void {
    if (!this.shown) return;
    this.write(CLEAR);
    this.shown = false;
  }

  /** The run is over: stop and leave the terminal clean. */
  done(): void {
    if (this.timer !== undefined) clearInterval(this.timer);
    this.timer = undefined;
    this.clear();
  }

  /** The text of the line as it would be drawn now. */
  line(): string {
    const seconds = ((this.now() - this.started) / 1000).toFixed(1);
    const head = this.files === 0 ? `copydesk: reading files… ${seconds} s` : `copydesk: ${count(this.files)} file${this.files === 1 ? "" : "s"} checked, ${seconds} s`;
    const room = this.columns - head.length - 3;
    if (this.last === "" || room < 10) return head.slice(0, this.columns - 1);
    const path = this.last.length > room ? `…${this.last.slice(this.last.length - room + 1)}` : this.last;
    return `${head}  ${path}`;
  }

  private draw(fromTimer: boolean): void {
    const now = this.now();
    if (now - this.started < this.delay) return;
    // Between files, redraw at most ten times a second; the timer always may.
    if (!fromTimer && this.shown && now - this.lastDraw < 100) return;
    this.lastDraw = now;
    // Article paths are text from outside: no control character reaches the terminal.
    this.write(CLEAR + this.line().replace(/[\u0000-\u001F\u007F-\u009F]/g, "?"));
    this.shown = true;
  }
}
