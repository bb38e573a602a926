/** One step of a word diff: a word both have, a word only the source has, a word only the quotation has. */
export type DiffOp =
  | { readonly op: "equal"; readonly a: number; readonly b: number }
  | { readonly op: "delete"; readonly a: number }
  | { readonly op: "insert"; readonly b: number };

// The walk-back bands, reused by every call (a diff runs to completion before the next starts).
let traceBuffer: Int32Array = new Int32Array(1024);

function grow(buffer: Int32Array, size: number): Int32Array {
  const larger = new Int32Array(Math.max(size, buffer.length * 2));
  larger.set(buffer);
  return larger;
}

/**
 * The shortest edit script from `a` (source words) to `b` (quotation words), by Myers' O(ND)
 * algorithm. Returns undefined when more than `maxEdits` edits would be needed: the two are then
 * too different to be one text edited, and the bound keeps the work small.
 */
export function diffWords(a: ReadonlyArray<string>, b: ReadonlyArray<string>, maxEdits = 200): DiffOp[] | undefined {
  const n = a.length;
  const m = b.length;
  const max = Math.min(n + m, maxEdits);
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  // Before round d, the walk back reads only diagonals -(d-1)..d-1: that band is all it keeps, the
  // bands one after another in one buffer (band d, 2d - 1 entries, starts at (d - 1)²).
  let trace = traceBuffer;
  let found = -1;
  for (let d = 0; d <= max && found < 0; d++) {
    if (d > 0) {
      const at = (d - 1) * (d - 1);
      if (trace.length < at + 2 * d - 1) trace = traceBuffer = grow(trace, at + 2 * d - 1);
      for (let j = 0, from = offset - d + 1; j < 2 * d - 1; j++) trace[at + j] = v[from + j] as number;
    }
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && (v[offset + k - 1] as number) < (v[offset + k + 1] as number)) ? (v[offset + k + 1] as number) : (v[offset + k - 1] as number) + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) {
        found = d;
        break;
      }
    }
  }
  if (found < 0) return undefined;
  // Walk the trace back from (n, m) to (0, 0).
  const ops: DiffOp[] = [];
  let x = n;
  let y = m;
  for (let d = found; d > 0; d--) {
    // Index of diagonal 0 in band d.
    const band = (d - 1) * (d - 1) + d - 1;
    const k = x - y;
    const down = k === -d || (k !== d && (trace[band + k - 1] as number) < (trace[band + k + 1] as number));
    const prevK = down ? k + 1 : k - 1;
    const prevX = trace[band + prevK] as number;
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) ops.push({ op: "equal", a: --x, b: --y });
    if (down) ops.push({ op: "insert", b: --y });
    else ops.push({ op: "delete", a: --x });
  }
  while (x > 0 && y > 0) ops.push({ op: "equal", a: --x, b: --y });
  return ops.reverse();
}
