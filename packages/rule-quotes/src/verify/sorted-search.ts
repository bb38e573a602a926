/** Where `value` is in `values` (ascending), or -1: one binary search. */
export function indexInSorted(values: Uint32Array, value: number): number {
  let low = 0;
  let high = values.length - 1;
  while (low <= high) {
    const mid = (low + high) >>> 1;
    const at = values[mid] as number;
    if (at === value) return mid;
    if (at < value) low = mid + 1;
    else high = mid - 1;
  }
  return -1;
}

/**
 * The first index from `from` on whose value is at least `value` in `values` (ascending), or
 * `values.length`: a galloping search, so walking one short list through a long one costs the
 * short list's length times the log of the gaps, not the long list's length.
 */
export function lowerBoundFrom(values: Uint32Array, value: number, from: number): number {
  if (from >= values.length || (values[from] as number) >= value) return from;
  // values[low] < value throughout; grow the step until values[high] >= value or the end.
  let low = from;
  let step = 1;
  let high = from + 1;
  while (high < values.length && (values[high] as number) < value) {
    low = high;
    step *= 2;
    high = low + step;
  }
  high = Math.min(high, values.length);
  low++;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((values[mid] as number) < value) low = mid + 1;
    else high = mid;
  }
  return low;
}
