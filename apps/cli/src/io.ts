/** Where a command writes: real streams in the binary, buffers in tests. */
export interface Io {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly cwd: string;
  /** stdout is a terminal (colours for stylish). */
  readonly isTty: boolean;
  /** stderr is a terminal (the progress line). */
  readonly stderrIsTty?: boolean;
  /** Width of the stderr terminal, when it is one. */
  readonly columns?: number;
  readonly env: Readonly<Record<string, string | undefined>>;
}

/**
 * stdout as the binary sees it. When the reader goes away (`copydesk check ... | head`), writing
 * stops quietly and the run goes on: report files are still completed and the exit code still holds.
 */
function processStdout(): (text: string) => void {
  let closed = false;
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "EPIPE") throw error;
    closed = true;
  });
  return (text) => {
    if (!closed) process.stdout.write(text);
  };
}

export const processIo = (): Io => ({
  stdout: processStdout(),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
  isTty: process.stdout.isTTY === true,
  stderrIsTty: process.stderr.isTTY === true,
  ...(process.stderr.columns ? { columns: process.stderr.columns } : {}),
  env: process.env,
});

/**
 * Whether stylish output on stdout is coloured: --color/--no-color first; then FORCE_COLOR (set and
 * not "0"/"false" forces colour, "0"/"false" turns it off, as Node and chalk read it); then NO_COLOR
 * (no-color.org: any non-empty value); otherwise only on a terminal that is not "dumb".
 */
export function useColor(io: Io, flag?: boolean): boolean {
  if (flag !== undefined) return flag;
  const force = io.env["FORCE_COLOR"];
  if (force !== undefined) return force !== "0" && force.toLowerCase() !== "false";
  if ((io.env["NO_COLOR"] ?? "") !== "") return false;
  return io.isTty && io.env["TERM"] !== "dumb";
}
