// Node flags that belong to the main script alone: a worker given them fails to start.
const MAIN_ONLY_WITH_VALUE = new Set(["-e", "--eval", "-p", "--print"]);
const isMainOnly = (flag: string): boolean => flag.startsWith("--input-type") || flag === "-i" || flag === "--interactive";

/**
 * The `execArgv` to start a worker with. Undefined (the usual case) lets the worker inherit the
 * main thread's flags as they are, V8's included (heap caps, --trace-gc, --cpu-prof): a list
 * passed explicitly is re-validated, and Node refuses V8 and process-wide flags in it. Only when
 * node ran a script given on the command line (`node -e`, `--input-type`) is a list needed: those
 * flags are dropped, and so is everything else when the rest is refused (see `startWorker`).
 */
export function workerExecArgv(execArgv: ReadonlyArray<string>): string[] | undefined {
  if (!execArgv.some((flag) => isMainOnly(flag) || MAIN_ONLY_WITH_VALUE.has(flag))) return undefined;
  const kept: string[] = [];
  for (let i = 0; i < execArgv.length; i++) {
    const flag = execArgv[i] as string;
    if (MAIN_ONLY_WITH_VALUE.has(flag)) i++;
    else if (!isMainOnly(flag) && !flag.startsWith("--eval=") && !flag.startsWith("--print=")) kept.push(flag);
  }
  return kept;
}
