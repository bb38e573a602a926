import type { Article, ArticleMetadata, FileResult, Finding } from "@copydesk/core";
import { evidenceView, type EvidenceView } from "./evidence.js";
import { fixView, type FixView } from "./fix-view.js";
import { BlockLocator, type TextRange } from "./locate.js";
import { sideBySide, type SideBySide } from "./side-by-side.js";

/** One finding as the page shows it. `at` places it in the text; without it the finding is about the whole article. */
export interface FindingView {
  readonly ruleId: string;
  readonly severity: Finding["severity"];
  readonly message: string;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  readonly at?: TextRange;
  readonly evidence?: EvidenceView;
  readonly fix?: FixView;
  readonly related?: ReadonlyArray<{ readonly message: string; readonly line: number; readonly column: number; readonly at?: TextRange }>;
  readonly compare?: SideBySide;
}

export interface ProvenanceField {
  readonly label: string;
  /** Absent: the article does not say (the report shows it as missing). */
  readonly value?: string;
  /** Where copydesk found it: json-ld, meta, byline, text... */
  readonly from: ReadonlyArray<string>;
  /** Shown as a link when it is an http(s) URL. */
  readonly url?: boolean;
}

export interface ArticleView {
  readonly encoding: string;
  readonly headline?: string;
  readonly blocks: ReadonlyArray<{
    readonly kind: string;
    readonly text: string;
    readonly line: number;
    readonly boilerplate?: { readonly category: string; readonly provider?: string };
  }>;
  readonly provenance: ReadonlyArray<ProvenanceField>;
  readonly quotations: ReadonlyArray<{
    readonly kind: string;
    readonly text: string;
    readonly at: ReadonlyArray<TextRange>;
    readonly cue?: string;
    readonly speaker?: { readonly name: string; readonly kind: string; readonly role?: string; readonly resolvedBy?: string };
  }>;
}

/** Everything the page shows about one file (rendered when the editor gets to it). */
export interface FilePayload {
  readonly path: string;
  readonly format?: string;
  readonly fixed?: boolean;
  readonly errors: ReadonlyArray<string>;
  readonly findings: ReadonlyArray<FindingView>;
  readonly article?: ArticleView;
}

/** The line of the index that lists one file: enough for the summary, the filters and navigation. */
export interface IndexEntry {
  readonly path: string;
  readonly format?: string;
  /** Findings by severity: errors, warnings, infos. */
  readonly counts: readonly [number, number, number];
  /** Findings by rule id. */
  readonly rules: Readonly<Record<string, number>>;
  readonly failed: boolean;
}

const MAX_FIELD = 2_000;
const short = (text: string): string => (text.length > MAX_FIELD ? `${text.slice(0, MAX_FIELD)}…` : text);

/** The provenance record an editor checks: who wrote it, where and when, who it is credited to, where it lives. */
function provenance(metadata: ArticleMetadata): ProvenanceField[] {
  const from = (...fields: string[]) => [...new Set(metadata.origins.filter((o) => fields.includes(o.field)).map((o) => o.from))];
  const field = (label: string, value: string | undefined, fields: string[], url = false): ProvenanceField => ({
    label,
    ...(value !== undefined && value.trim() !== "" ? { value: short(value) } : {}),
    from: from(...fields),
    ...(url ? { url: true } : {}),
  });
  return [
    field("Byline", metadata.authors.length > 0 ? metadata.authors.join("; ") : undefined, ["authors"]),
    field("Dateline", metadata.dateline, ["dateline"]),
    field("Credit", metadata.credit ?? metadata.basedOn ?? metadata.copyrightHolder, ["credit", "basedOn", "copyrightHolder"]),
    field("Canonical", metadata.canonicalUrl, ["canonicalUrl"], true),
    field("Publisher", metadata.publisher, ["publisher"]),
    field("Published", metadata.published, ["published"]),
  ];
}

function articleView(article: Article): ArticleView {
  const lines = article.source.lines;
  const headline = article.metadata.headline ?? article.blocks.find((b) => b.kind === "headline")?.text;
  return {
    encoding: article.source.encoding,
    ...(headline !== undefined ? { headline: short(headline) } : {}),
    blocks: article.blocks.map((block) => ({
      kind: block.kind,
      text: block.text,
      line: lines.positionAt(block.text.length > 0 ? block.map.toSource(0, 1).start : block.outer.start).line,
      ...(block.boilerplate ? { boilerplate: { ...block.boilerplate } } : {}),
    })),
    provenance: provenance(article.metadata),
    quotations: (article.quotations ?? []).map((q) => ({
      kind: q.kind,
      text: short(q.text),
      at: q.spans.map((s) => ({ block: s.block, start: s.start, end: s.end })),
      ...(q.cue ? { cue: q.cue.text } : {}),
      ...(q.speaker
        ? {
            speaker: {
              name: q.speaker.name,
              kind: q.speaker.kind,
              ...(q.speaker.role ? { role: q.speaker.role } : {}),
              ...(q.speaker.resolvedBy ? { resolvedBy: q.speaker.resolvedBy } : {}),
            },
          }
        : {}),
    })),
  };
}

function findingView(finding: Finding, article: Article | undefined, locator: BlockLocator | undefined): FindingView {
  const at = locator?.locate(finding.offset, finding.endOffset);
  const related = finding.related?.map((r) => {
    const where = locator?.locateLines(r.line, r.column, r.endLine, r.endColumn);
    return { message: r.message, line: r.line, column: r.column, ...(where ? { at: where } : {}) };
  });
  const evidence = evidenceView(finding.evidence);
  const fix = fixView(finding, article, locator);
  const compare = article !== undefined ? sideBySide(article, at, related, evidence) : undefined;
  return {
    ruleId: finding.ruleId,
    severity: finding.severity,
    message: finding.message,
    line: finding.line,
    column: finding.column,
    endLine: finding.endLine,
    endColumn: finding.endColumn,
    ...(at ? { at } : {}),
    ...(evidence && (evidence.entries.length > 0 || evidence.diffs.length > 0) ? { evidence } : {}),
    ...(fix ? { fix } : {}),
    ...(related && related.length > 0 ? { related } : {}),
    ...(compare ? { compare } : {}),
  };
}

export function filePayload(result: FileResult, article: Article | undefined): FilePayload {
  // After --fix the findings point into the fixed file while the article is the text as it was
  // read: the text is still shown, the findings are listed by line and column, never misplaced.
  const placed = result.fixed === true ? undefined : article;
  const locator = placed !== undefined ? new BlockLocator(placed) : undefined;
  return {
    path: result.path,
    ...(result.format ? { format: result.format } : {}),
    ...(result.fixed ? { fixed: true } : {}),
    errors: result.errors.map((e) => e.message),
    findings: result.findings.map((f) => findingView(f, placed, locator)),
    ...(article !== undefined ? { article: articleView(article) } : {}),
  };
}

export function indexEntry(result: FileResult): IndexEntry {
  const counts: [number, number, number] = [0, 0, 0];
  const rules = Object.create(null) as Record<string, number>;
  for (const finding of result.findings) {
    counts[finding.severity === "error" ? 0 : finding.severity === "warning" ? 1 : 2]++;
    rules[finding.ruleId] = (rules[finding.ruleId] ?? 0) + 1;
  }
  return { path: result.path, ...(result.format ? { format: result.format } : {}), counts, rules, failed: result.errors.length > 0 };
}
