import { normalizeText, type Block, type BlockKind, type MappedText } from "@copydesk/core";

export interface Range {
  readonly start: number;
  readonly end: number;
}

/** A block before it gets its index: text already normalised. */
export interface PendingBlock {
  kind: BlockKind;
  readonly map: MappedText;
  readonly outer: Range;
}

/** Normalises `raw` into a pending block; undefined when nothing but white space is left. */
export function pendingBlock(kind: BlockKind, raw: MappedText, outer: Range): PendingBlock | undefined {
  const map = normalizeText(raw);
  // The text is built as a rope of many small pieces. Reading a character (NaN: empty) flattens it
  // now, while the pieces are young, not in whichever rule reads it first after they were kept
  // alive: that costs parsing and the processors after it a third of their time.
  if (Number.isNaN(map.text.charCodeAt(0))) return undefined;
  return { kind, map, outer };
}

/** Numbers the blocks 0..n-1 in order. */
export function indexBlocks(pending: ReadonlyArray<PendingBlock>): Block[] {
  return pending.map((block, index) => ({
    index,
    kind: block.kind,
    text: block.map.text,
    map: block.map,
    outer: { start: block.outer.start, end: block.outer.end },
  }));
}

/** Maps every text unit and the outer range of a block through `outer` (a block read from a decoded string). */
export function composeBlock(block: PendingBlock, outer: MappedText): PendingBlock {
  return { kind: block.kind, map: block.map.composeWith(outer), outer: outer.toSource(block.outer.start, block.outer.end) };
}

const isLineBreak = (code: number): boolean => code === 10 || code === 13;

function lineStartOf(text: string, offset: number): number {
  let i = offset;
  while (i > 0 && !isLineBreak(text.charCodeAt(i - 1))) i--;
  return i;
}

/** Offset just after the line break that ends the line holding `offset - 1` (or the text's end). */
function afterLineBreak(text: string, offset: number): number {
  let i = offset;
  while (i < text.length && !isLineBreak(text.charCodeAt(i))) i++;
  if (i < text.length) i += text.charCodeAt(i) === 13 && text.charCodeAt(i + 1) === 10 ? 2 : 1;
  return i;
}

function isBlankLine(text: string, start: number): { blank: boolean; next: number } {
  const next = afterLineBreak(text, start);
  for (let i = start; i < next; i++) {
    const code = text.charCodeAt(i);
    if (code !== 32 && code !== 9 && !isLineBreak(code)) return { blank: false, next };
  }
  return { blank: true, next };
}

/**
 * The range that deleting a line-based block (text, Markdown) should remove:
 * from the start of its first line to after the line break ending its last
 * line, plus the blank lines after it when more text follows, so no blank gap
 * is left beyond one separator. Outer ranges of consecutive blocks never overlap.
 */
export function lineOuter(text: string, contentStart: number, contentEnd: number): Range {
  const start = lineStartOf(text, contentStart);
  const end = afterLineBreak(text, Math.max(contentStart, contentEnd - 1));
  let probe = end;
  while (probe < text.length) {
    const line = isBlankLine(text, probe);
    if (!line.blank) return { start, end: probe };
    probe = line.next;
  }
  return { start, end };
}
