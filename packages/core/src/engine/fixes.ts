import type { Finding, SourceEdit } from "../model/finding.js";

export interface FixResult {
  readonly text: string;
  /** Findings whose fix was applied. */
  readonly applied: ReadonlyArray<Finding>;
  /** Findings with a fix that overlapped one already taken (apply again to get them). */
  readonly skipped: ReadonlyArray<Finding>;
}

/**
 * Applies the fixes of `findings` to `text`. A fix is taken whole or not at
 * all; one whose edits overlap or touch an earlier fix's is left for another
 * pass, as ESLint does (two insertions at one point have no right order).
 * Edits are applied from the end so offsets stay valid.
 */
export function applyFixes(text: string, findings: ReadonlyArray<Finding>): FixResult {
  const withFix = findings
    .filter((f) => f.fix !== undefined && f.fix.edits.length > 0)
    .sort((a, b) => firstStart(a) - firstStart(b));
  const taken: SourceEdit[] = [];
  const applied: Finding[] = [];
  const skipped: Finding[] = [];
  for (const finding of withFix) {
    const edits = finding.fix?.edits ?? [];
    const overlaps = edits.some((edit) => taken.some((t) => edit.start <= t.end && t.start <= edit.end) || edit.start < 0 || edit.start > edit.end || edit.end > text.length);
    if (overlaps) {
      skipped.push(finding);
      continue;
    }
    taken.push(...edits);
    applied.push(finding);
  }
  taken.sort((a, b) => b.start - a.start || b.end - a.end);
  let out = text;
  for (const edit of taken) out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  return { text: out, applied, skipped };
}

const firstStart = (finding: Finding): number => Math.min(...(finding.fix?.edits ?? []).map((e) => e.start));
