import type { Article } from "../model/article.js";
import type { Finding, SourceEdit } from "../model/finding.js";
import type { RuleEdit, RuleReport, Span } from "../model/rule.js";
import type { Severity } from "../model/severity.js";
import { minSeverity } from "../model/severity.js";

/** The source range `[start, end)` a span of block text came from. */
export function spanToSource(article: Article, span: Span): { start: number; end: number } {
  const block = article.blocks[span.block];
  if (block === undefined) throw new RangeError(`span names block ${span.block}, article has ${article.blocks.length}`);
  return block.map.toSource(span.start, span.end);
}

function editToSource(article: Article, edit: RuleEdit): SourceEdit {
  if ("wholeBlock" in edit) {
    const block = article.blocks[edit.wholeBlock];
    if (block === undefined) throw new RangeError(`edit names block ${edit.wholeBlock}`);
    return { start: block.outer.start, end: block.outer.end, text: edit.text };
  }
  const range = spanToSource(article, edit.span);
  return { start: range.start, end: range.end, text: edit.text };
}

function location(article: Article, span: Span) {
  const range = spanToSource(article, span);
  const start = article.source.lines.positionAt(range.start);
  const end = article.source.lines.positionAt(range.end);
  return { line: start.line, column: start.column, endLine: end.line, endColumn: end.column, offset: range.start, endOffset: range.end };
}

/** Turns what a rule reported into a finding with real lines and columns. */
export function resolveReport(article: Article, ruleId: string, configured: Severity, report: RuleReport): Finding {
  const severity = report.severity === undefined ? configured : minSeverity(report.severity, configured);
  const where = location(article, report.span);
  return {
    ruleId,
    severity,
    message: report.message,
    ...where,
    ...(report.fix
      ? { fix: { description: report.fix.description, edits: report.fix.edits.map((edit) => editToSource(article, edit)) } }
      : {}),
    ...(report.evidence ? { evidence: { ...report.evidence } } : {}),
    ...(report.related
      ? {
          related: report.related.map((related) => {
            const at = location(article, related.span);
            return { message: related.message, line: at.line, column: at.column, endLine: at.endLine, endColumn: at.endColumn };
          }),
        }
      : {}),
  };
}
