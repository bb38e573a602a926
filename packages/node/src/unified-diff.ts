/**
 * A unified diff of two texts by lines (for --fix-dry-run). Common prefix and
 * suffix are trimmed first; the middle is diffed with Myers' O(ND) algorithm,
 * so a few edits in a long file cost little.
 */
type Op = { readonly kind: " " | "-" | "+"; readonly line: string };

const splitLines = (text: string): string[] => {
  const lines = text.split(/(?<=\n)/);
  return lines.length > 0 && lines[lines.length - 1] === "" ? lines.slice(0, -1) : lines;
};

function myers(a: string[], b: string[]): Op[] {
  const n = a.length;
  const m = b.length;
  const max = n + m;
  const v = new Map<number, number>([[1, 0]]);
  const trace: Map<number, number>[] = [];
  outer: for (let d = 0; d <= max; d++) {
    trace.push(new Map(v));
    for (let k = -d; k <= d; k += 2) {
      const down = k === -d || (k !== d && (v.get(k - 1) ?? -1) < (v.get(k + 1) ?? -1));
      let x = down ? (v.get(k + 1) ?? 0) : (v.get(k - 1) ?? 0) + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v.set(k, x);
      if (x >= n && y >= m) break outer;
    }
  }
  const ops: Op[] = [];
  let x = n;
  let y = m;
  for (let d = trace.length - 1; d >= 0; d--) {
    const vd = trace[d] as Map<number, number>;
    const k = x - y;
    const down = k === -d || (k !== d && (vd.get(k - 1) ?? -1) < (vd.get(k + 1) ?? -1));
    const prevK = down ? k + 1 : k - 1;
    const prevX = vd.get(prevK) ?? 0;
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      x--;
      y--;
      ops.push({ kind: " ", line: a[x] as string });
    }
    if (d > 0) {
      if (down) ops.push({ kind: "+", line: b[--y] as string });
      else ops.push({ kind: "-", line: a[--x] as string });
    }
  }
  return ops.reverse();
}

export function unifiedDiff(path: string, before: string, after: string, context = 3): string {
  if (before === after) return "";
  const a = splitLines(before);
  const b = splitLines(after);
  let prefix = 0;
  while (prefix < a.length && prefix < b.length && a[prefix] === b[prefix]) prefix++;
  let suffix = 0;
  while (suffix < a.length - prefix && suffix < b.length - prefix && a[a.length - 1 - suffix] === b[b.length - 1 - suffix]) suffix++;
  const ops: Op[] = [
    ...a.slice(0, prefix).map((line) => ({ kind: " " as const, line })),
    ...myers(a.slice(prefix, a.length - suffix), b.slice(prefix, b.length - suffix)),
    ...a.slice(a.length - suffix).map((line) => ({ kind: " " as const, line })),
  ];
  const out = [`--- a/${path}`, `+++ b/${path}`];
  let i = 0;
  let oldLine = 1;
  let newLine = 1;
  while (i < ops.length) {
    if ((ops[i] as Op).kind === " ") {
      oldLine++;
      newLine++;
      i++;
      continue;
    }
    // A hunk: back up `context` lines, run until `2 * context` unchanged lines follow.
    const start = Math.max(0, i - context);
    let end = i;
    let quiet = 0;
    while (end < ops.length && quiet <= 2 * context) {
      quiet = (ops[end] as Op).kind === " " ? quiet + 1 : 0;
      end++;
    }
    end = Math.min(ops.length, end - Math.max(0, quiet - context));
    const hunk = ops.slice(start, end);
    const oldStart = oldLine - (i - start);
    const newStart = newLine - (i - start);
    const oldCount = hunk.filter((op) => op.kind !== "+").length;
    const newCount = hunk.filter((op) => op.kind !== "-").length;
    out.push(`@@ -${oldStart},${oldCount} +${newStart},${newCount} @@`);
    for (const op of hunk) out.push(op.kind + op.line.replace(/\r?\n$/, ""));
    oldLine = oldStart + oldCount;
    newLine = newStart + newCount;
    i = end;
  }
  return out.join("\n") + "\n";
}
