/** One piece of a word diff: text both sides share, or text only the old (`del`) or new (`ins`) side has. */
export interface DiffPart {
  readonly op: "eq" | "del" | "ins";
  readonly text: string;
}

/** Words with the white space after them, so joining the parts gives back the text. */
const tokens = (text: string): string[] => text.match(/\S+\s*|\s+/g) ?? [];

const MAX_TOKENS = 5_000;
const MAX_EDITS = 400;

/**
 * Word-level diff (Myers' O(ND) algorithm, comparing words without the space after them).
 * Returns undefined when the texts are too long or too different to show usefully: a report never
 * spends unbounded time on a hostile pair.
 */
export function wordDiff(before: string, after: string): DiffPart[] | undefined {
  const a = tokens(before);
  const b = tokens(after);
  if (a.length > MAX_TOKENS || b.length > MAX_TOKENS) return undefined;
  const key = (t: string) => t.trimEnd();
  const n = a.length;
  const m = b.length;
  const max = Math.min(n + m, MAX_EDITS);
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  let found = false;
  for (let d = 0; d <= max && !found; d++) {
    trace.push(v.slice());
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && (v[offset + k - 1] as number) < (v[offset + k + 1] as number)) ? (v[offset + k + 1] as number) : (v[offset + k - 1] as number) + 1;
      let y = x - k;
      while (x < n && y < m && key(a[x] as string) === key(b[y] as string)) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) {
        found = true;
        break;
      }
    }
  }
  if (!found) return undefined;

  // Walk the trace back from (n, m) to (0, 0), collecting the script in reverse.
  const reversed: DiffPart[] = [];
  let x = n;
  let y = m;
  for (let d = trace.length - 1; d >= 0; d--) {
    const vd = trace[d] as Int32Array;
    const k = x - y;
    const prevK = k === -d || (k !== d && (vd[offset + k - 1] as number) < (vd[offset + k + 1] as number)) ? k + 1 : k - 1;
    const prevX = d === 0 ? 0 : (vd[offset + prevK] as number);
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) reversed.push({ op: "eq", text: b[--y] as string }), x--;
    if (d > 0) {
      if (x === prevX) reversed.push({ op: "ins", text: b[--y] as string });
      else reversed.push({ op: "del", text: a[--x] as string });
    }
  }
  return merge(reversed.reverse());
}

/** Joins neighbouring parts of the same kind. */
function merge(parts: ReadonlyArray<DiffPart>): DiffPart[] {
  const out: DiffPart[] = [];
  for (const part of parts) {
    const last = out[out.length - 1];
    if (last !== undefined && last.op === part.op) out[out.length - 1] = { op: part.op, text: last.text + part.text };
    else out.push(part);
  }
  return out;
}
