/**
 * Where checking time goes, per parser, processor and rule (as ESLint's TIMING=1 shows): off
 * unless a collector is set, and then one clock read before and after each step.
 */
export type TimingCollector = (label: string, milliseconds: number) => void;

let collector: TimingCollector | undefined;

export function setTimingCollector(next: TimingCollector | undefined): void {
  collector = next;
}

/** Runs `step`, charging its time to `label` when timing is on. */
export function timed<T>(label: string, step: () => T): T {
  if (collector === undefined) return step();
  const started = performance.now();
  try {
    return step();
  } finally {
    collector(label, performance.now() - started);
  }
}
