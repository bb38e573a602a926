import { MappedText } from "@copydesk/core";
import { lineOuter, pendingBlock, type PendingBlock } from "../shared/blocks.js";
import { authorsFromByline, isBylineText } from "../shared/byline.js";
import type { MetadataCollector } from "../shared/metadata.js";

interface Line {
  /** Content range, without the line break. */
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly blank: boolean;
}

/** Lines split at CRLF, lone CR and LF. */
function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  const push = (end: number): void => {
    const line = text.slice(start, end);
    lines.push({ start, end, text: line, blank: line.trim().length === 0 });
  };
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code !== 10 && code !== 13) continue;
    push(i);
    if (code === 13 && text.charCodeAt(i + 1) === 10) i++;
    start = i + 1;
  }
  if (start < text.length) push(text.length);
  return lines;
}

/** Characters that end a sentence or a label ("Legal Disclaimer:"), closing quotes included. */
const FINAL = new Set([".", "!", "?", ":", "…", "”", '"', "»", "’", "'", ")", "]"]);
const CONNECTORS = new Set([
  "the", "a", "an", "of", "to", "in", "on", "and", "or", "but", "for", "with", "by", "at", "from", "that", "as",
  "into", "than", "its", "their", "his", "her", "our", "this", "these", "those", "is", "are", "was", "were", "be",
  "has", "have", "had", "will", "would", "not", "no", "about", "after", "before", "between", "over", "under",
]);

function endsSentence(line: string): boolean {
  const trimmed = line.trimEnd();
  return FINAL.has(trimmed[trimmed.length - 1] ?? ".");
}

function lastWord(line: string): string {
  const trimmed = line.trimEnd();
  const space = trimmed.lastIndexOf(" ");
  return trimmed.slice(space + 1).toLowerCase();
}

/** A hard-wrapped line goes on: no sentence end before it, and it starts in lower case (or the line before ends on "the", "of"...). */
function continues(previous: string, next: string): boolean {
  if (endsSentence(previous)) return false;
  const first = next.trimStart();
  if (/^[\p{Ll}\p{N}]/u.test(first)) return true;
  const trimmed = previous.trimEnd();
  return trimmed.endsWith(",") || trimmed.endsWith("-") || CONNECTORS.has(lastWord(previous));
}

export interface TextBlockOptions {
  /** The first non-empty line is the headline (a file); false for a ninjs body string. */
  readonly title: boolean;
  readonly collector?: MetadataCollector;
}

/**
 * Plain text into blocks. Paragraphs are separated by blank lines or stand
 * one per line; a file that separates paragraphs with blank lines treats every
 * single line break as a wrap, otherwise hard-wrapped lines are joined by
 * {@link continues}. A "By NAME" line is a byline.
 */
export function textBlocks(text: string, options: TextBlockOptions): PendingBlock[] {
  const lines = splitLines(text);
  const groups: Line[][] = [];
  let current: Line[] = [];
  for (const line of lines) {
    if (line.blank) {
      if (current.length > 0) groups.push(current);
      current = [];
    } else current.push(line);
  }
  if (current.length > 0) groups.push(current);
  if (groups.length === 0) return [];

  const titleLine = options.title ? groups[0]?.[0] : undefined;
  const bodyGroups = titleLine !== undefined && groups[0]?.length === 1 ? groups.length - 1 : groups.length;
  const blankSeparated = bodyGroups >= 2;

  const paragraphs: Line[][] = [];
  for (const group of groups) {
    let paragraph: Line[] = [];
    for (const line of group) {
      const previous = paragraph[paragraph.length - 1];
      const join =
        previous !== undefined &&
        previous !== titleLine &&
        !isBylineText(previous.text.trim()) &&
        !isBylineText(line.text.trim()) &&
        (blankSeparated || continues(previous.text, line.text));
      if (!join && paragraph.length > 0) {
        paragraphs.push(paragraph);
        paragraph = [];
      }
      paragraph.push(line);
    }
    if (paragraph.length > 0) paragraphs.push(paragraph);
  }

  const blocks: PendingBlock[] = [];
  for (const paragraph of paragraphs) {
    const first = paragraph[0] as Line;
    const last = paragraph[paragraph.length - 1] as Line;
    const raw = MappedText.identity(text.slice(first.start, last.end), first.start);
    const single = paragraph.length === 1;
    const kind = first === titleLine ? "headline" : single && isBylineText(first.text.trim()) ? "byline" : "paragraph";
    const block = pendingBlock(kind, raw, lineOuter(text, first.start, last.end));
    if (block === undefined) continue;
    if (kind === "byline" && options.collector !== undefined) {
      for (const name of authorsFromByline(block.map.text)) options.collector.addAuthor(name, "byline");
    }
    blocks.push(block);
  }
  return blocks;
}
