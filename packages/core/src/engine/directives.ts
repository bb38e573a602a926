import type { SourceComment } from "../model/article.js";
import type { Finding } from "../model/finding.js";
import type { LineIndex } from "../text/line-index.js";

/**
 * Inline directives in HTML and Markdown comments, as ESLint has them:
 *   <!-- copydesk-disable -->                 every rule from here on
 *   <!-- copydesk-disable names/house-style -->   the rules named (comma or space separated)
 *   <!-- copydesk-enable [rules] -->          ends a disable
 *   <!-- copydesk-disable-next-line [rules] -->  the line after the comment
 *   <!-- copydesk-disable-line [rules] -->    the comment's own line
 */
export interface Suppression {
  /** Rule ids, or undefined for every rule. */
  readonly rules: ReadonlySet<string> | undefined;
  readonly fromOffset: number;
  readonly toOffset: number;
}

const KINDS = new Set(["copydesk-disable-next-line", "copydesk-disable-line", "copydesk-disable", "copydesk-enable"]);

interface ParsedDirective {
  readonly kind: string;
  readonly rules: ReadonlySet<string> | undefined;
  readonly comment: SourceComment;
}

function parseDirective(comment: SourceComment): ParsedDirective | undefined {
  if (comment.text.length > 2000) return undefined;
  // "-- reason" after the rule list is a note for people.
  const [body = ""] = comment.text.split(" -- ");
  const [kind = "", ...list] = body.split(/[\s,]+/).filter((word) => word.length > 0);
  if (!KINDS.has(kind)) return undefined;
  return { kind, rules: list.length > 0 ? new Set(list) : undefined, comment };
}

export function directivesToSuppressions(comments: ReadonlyArray<SourceComment>, lines: LineIndex): Suppression[] {
  const suppressions: Suppression[] = [];
  // Open disables: one for "all rules" and one per named rule.
  const open = new Map<string, number>();
  const ALL = "\u0000all";
  for (const directive of comments.map(parseDirective)) {
    if (directive === undefined) continue;
    const { kind, rules, comment } = directive;
    if (kind === "copydesk-disable-next-line" || kind === "copydesk-disable-line") {
      const endLine = lines.positionAt(comment.end).line;
      const line = kind === "copydesk-disable-line" ? lines.positionAt(comment.start).line : endLine + 1;
      const from = lines.lineStart(line);
      const to = line >= lines.lineCount ? lines.length : lines.lineStart(line + 1);
      if (kind === "copydesk-disable-next-line" && endLine >= lines.lineCount) continue;
      suppressions.push({ rules, fromOffset: from, toOffset: to });
    } else if (kind === "copydesk-disable") {
      for (const key of rules ?? [ALL]) if (!open.has(key)) open.set(key, comment.end);
    } else {
      const keys = rules ?? [...open.keys()];
      for (const key of keys) {
        const from = open.get(key);
        if (from === undefined) continue;
        open.delete(key);
        suppressions.push({ rules: key === ALL ? undefined : new Set([key]), fromOffset: from, toOffset: comment.start });
      }
    }
  }
  for (const [key, from] of open) {
    suppressions.push({ rules: key === ALL ? undefined : new Set([key]), fromOffset: from, toOffset: lines.length });
  }
  return suppressions;
}

export function isSuppressed(finding: Finding, suppressions: ReadonlyArray<Suppression>): boolean {
  return suppressions.some(
    (s) =>
      finding.offset >= s.fromOffset &&
      finding.offset < s.toOffset &&
      (s.rules === undefined || s.rules.has(finding.ruleId)),
  );
}
