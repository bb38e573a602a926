import { Schema } from "effect";
import { Severity } from "./severity.js";

/** One replacement in the decoded source text: `[start, end)` becomes `text`. */
export const SourceEdit = Schema.Struct({
  start: Schema.Number,
  end: Schema.Number,
  text: Schema.String,
});
export type SourceEdit = typeof SourceEdit.Type;

export const Fix = Schema.Struct({
  /** What the fix does, for an editor: `Replace "Kiev" with "Kyiv"`. */
  description: Schema.String,
  edits: Schema.Array(SourceEdit),
});
export type Fix = typeof Fix.Type;

const LocationFields = {
  line: Schema.Number,
  column: Schema.Number,
  endLine: Schema.Number,
  endColumn: Schema.Number,
};

export const RelatedLocation = Schema.Struct({
  message: Schema.String,
  ...LocationFields,
});
export type RelatedLocation = typeof RelatedLocation.Type;

/**
 * A finding as reported: 1-based lines and columns (UTF-16 code units) in the
 * original file, with the 0-based offsets they resolve to.
 */
export const Finding = Schema.Struct({
  ruleId: Schema.String,
  severity: Severity,
  message: Schema.String,
  ...LocationFields,
  offset: Schema.Number,
  endOffset: Schema.Number,
  fix: Schema.optional(Fix),
  evidence: Schema.optional(Schema.Record({ key: Schema.String, value: Schema.Unknown })),
  related: Schema.optional(Schema.Array(RelatedLocation)),
});
export type Finding = typeof Finding.Type;

export const FileError = Schema.Struct({ message: Schema.String });
export type FileError = typeof FileError.Type;

export const FileResult = Schema.Struct({
  path: Schema.String,
  format: Schema.optional(Schema.Literal("html", "markdown", "text", "ninjs")),
  findings: Schema.Array(Finding),
  errors: Schema.Array(FileError),
  /** Set when --fix wrote the file. */
  fixed: Schema.optional(Schema.Boolean),
});
export type FileResult = typeof FileResult.Type;

export const Summary = Schema.Struct({
  files: Schema.Number,
  errors: Schema.Number,
  warnings: Schema.Number,
  infos: Schema.Number,
  /** Files that could not be read or parsed. */
  failures: Schema.Number,
});
export type Summary = typeof Summary.Type;

/** The JSON report: a stable contract that CI scripts and other tools read. */
export const Report = Schema.Struct({
  version: Schema.Literal(1),
  tool: Schema.Struct({ name: Schema.String, version: Schema.String }),
  files: Schema.Array(FileResult),
  summary: Summary,
});
export type Report = typeof Report.Type;

export function summarize(files: ReadonlyArray<FileResult>): Summary {
  const summary = { files: files.length, errors: 0, warnings: 0, infos: 0, failures: 0 };
  for (const file of files) {
    if (file.errors.length > 0) summary.failures++;
    for (const finding of file.findings) {
      if (finding.severity === "error") summary.errors++;
      else if (finding.severity === "warning") summary.warnings++;
      else summary.infos++;
    }
  }
  return summary;
}
