import type { Article, Finding } from "@copydesk/core";
import type { BlockLocator } from "./locate.js";

/** One edit of a fix as an editor reads it: the words around it, what goes and what comes. */
export type FixChange =
  | { readonly kind: "replace"; readonly block: number; readonly before: string; readonly removed: string; readonly inserted: string; readonly after: string }
  | { readonly kind: "remove-block"; readonly block: number; readonly text: string }
  | { readonly kind: "source"; readonly line?: number; readonly column?: number; readonly removed?: string; readonly inserted: string };

export interface FixView {
  readonly description: string;
  readonly changes: ReadonlyArray<FixChange>;
}

const CONTEXT = 48;
const MAX_SHOWN = 2_000;

/** Up to CONTEXT characters before `at`, starting at a word boundary. */
const leading = (text: string, at: number): string => {
  if (at <= CONTEXT) return text.slice(0, at);
  const cut = text.slice(at - CONTEXT, at);
  const space = cut.indexOf(" ");
  return `…${space >= 0 ? cut.slice(space) : cut}`;
};

/** Up to CONTEXT characters after `at`, ending at a word boundary. */
const trailing = (text: string, at: number): string => {
  if (text.length - at <= CONTEXT) return text.slice(at);
  const cut = text.slice(at, at + CONTEXT);
  const space = cut.lastIndexOf(" ");
  return `${space > 0 ? cut.slice(0, space) : cut}…`;
};

const cap = (text: string): string => (text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN)}…` : text);

/** The fix as before/after pieces of the text copydesk read (or of the source, for edits outside every block). */
export function fixView(finding: Finding, article: Article | undefined, locator: BlockLocator | undefined): FixView | undefined {
  const fix = finding.fix;
  if (fix === undefined) return undefined;
  const changes = fix.edits.map((edit): FixChange => {
    if (article !== undefined && locator !== undefined) {
      const removedBlock = edit.text === "" ? locator.wholeBlockAt(edit.start, edit.end) : undefined;
      if (removedBlock !== undefined) return { kind: "remove-block", block: removedBlock.index, text: cap(removedBlock.text) };
      const at = locator.locate(edit.start, edit.end);
      if (at !== undefined) {
        const text = article.blocks[at.block]?.text ?? "";
        return { kind: "replace", block: at.block, before: leading(text, at.start), removed: cap(text.slice(at.start, at.end)), inserted: cap(edit.text), after: trailing(text, at.end) };
      }
      const where = article.source.lines.positionAt(edit.start);
      return { kind: "source", line: where.line, column: where.column, removed: cap(article.source.text.slice(edit.start, edit.end)), inserted: cap(edit.text) };
    }
    const atFinding = edit.start === finding.offset;
    return { kind: "source", ...(atFinding ? { line: finding.line, column: finding.column } : {}), inserted: cap(edit.text) };
  });
  return { description: fix.description, changes };
}
