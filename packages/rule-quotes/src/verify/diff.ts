/** One step of a word diff: a word both have, a word only the source has, a word only the quotation has. */
export type DiffOp =
  | { readonly op: "equal"; readonly a: number; readonly b: number }
  | { readonly op: "delete"; readonly a: number }
  | { readonly op: "insert"; readonly b: number };

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
  // Before round d, the walk back reads only diagonals -(d-1)..d-1: that band is all it keeps.
  const trace: Int32Array[] = [];
  let found = -1;
  for (let d = 0; d <= max && found < 0; d++) {
    trace.push(v.slice(offset - d + 1, offset + d));
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
    const prev = trace[d] as Int32Array;
    const band = d - 1;
    const k = x - y;
    const down = k === -d || (k !== d && (prev[band + k - 1] as number) < (prev[band + k + 1] as number));
    const prevK = down ? k + 1 : k - 1;
    const prevX = prev[band + prevK] as number;
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) ops.push({ op: "equal", a: --x, b: --y });
    if (down) ops.push({ op: "insert", b: --y });
    else ops.push({ op: "delete", a: --x });
  }
  while (x > 0 && y > 0) ops.push({ op: "equal", a: --x, b: --y });
  return ops.reverse();
}
