import type { TextRange } from "@copydesk/core";

/** Counts binary-search steps, so tests can assert on the work a scan did. */
export interface StepCounter {
  steps: number;
}

/**
 * Ranges (nested or not) that answer "does one of them contain [start, end)?" with a binary
 * search: a paragraph with 100,000 quote marks and as many names stays O(n log n), where
 * testing every range for every name would be quadratic.
 */
export class RangeSet {
  private readonly starts: number[];
  /** The largest end among the ranges up to each index (ranges sorted by start). */
  private readonly reach: number[];

  constructor(
    ranges: ReadonlyArray<TextRange>,
    private readonly counter?: StepCounter,
  ) {
    const sorted = [...ranges].sort((a, b) => a.start - b.start);
    this.starts = sorted.map((range) => range.start);
    this.reach = [];
    let max = -1;
    for (const range of sorted) {
      max = Math.max(max, range.end);
      this.reach.push(max);
    }
  }

  /** True when some range has `range.start <= start` and `end <= range.end`. */
  contains(start: number, end: number): boolean {
    const last = lastAtOrBefore(this.starts, start, this.counter);
    return last >= 0 && (this.reach[last] as number) >= end;
  }
}

/** Index of the last value `<= target` in ascending `values`, or -1. */
export function lastAtOrBefore(values: ReadonlyArray<number>, target: number, counter?: StepCounter): number {
  let low = 0;
  let high = values.length - 1;
  let found = -1;
  while (low <= high) {
    if (counter) counter.steps++;
    const middle = (low + high) >>> 1;
    if ((values[middle] as number) <= target) {
      found = middle;
      low = middle + 1;
    } else high = middle - 1;
  }
  return found;
}
