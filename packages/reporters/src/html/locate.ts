import type { Article, Block } from "@copydesk/core";

/** A range of one block's text (what the report highlights). */
export interface TextRange {
  readonly block: number;
  readonly start: number;
  readonly end: number;
}

interface BlockRange {
  readonly block: Block;
  readonly start: number;
  readonly end: number;
}

/** The first text unit of `block` whose source range ends after `offset` (bisection; source order is monotonic). */
function firstUnitEndingAfter(block: Block, offset: number): number {
  let low = 0;
  let high = block.text.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (block.map.sourceEndOf(mid) <= offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** The first text unit of `block` whose source range starts at or after `offset`. */
function firstUnitStartingAt(block: Block, offset: number): number {
  let low = 0;
  let high = block.text.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (block.map.sourceStartOf(mid) < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * Finds where source ranges fall in the text copydesk read: the inverse of the engine's span
 * resolution, for reports that highlight findings in place.
 */
export class BlockLocator {
  private readonly ranges: ReadonlyArray<BlockRange>;

  constructor(private readonly article: Article) {
    this.ranges = article.blocks
      .filter((block) => block.text.length > 0)
      .map((block) => ({ block, ...block.map.toSource(0, block.text.length) }));
  }

  /** The block text range the source range `[start, end)` covers, or undefined when it lies outside every block. */
  locate(start: number, end: number): TextRange | undefined {
    const hit =
      this.ranges.find((r) => start >= r.start && start < r.end) ??
      // An empty range just after a block's last character (an insertion at its end).
      (start === end ? this.ranges.find((r) => start === r.end) : undefined);
    if (hit === undefined) return undefined;
    const { block } = hit;
    const textStart = block.map.textOffsetAt(start) ?? firstUnitEndingAfter(block, start);
    if (end <= start) return { block: block.index, start: textStart, end: textStart };
    const textEnd = Math.max(textStart + 1, Math.min(block.text.length, firstUnitStartingAt(block, end)));
    return { block: block.index, start: textStart, end: textEnd };
  }

  /** The same for a 1-based line and column pair (related locations carry no offsets). */
  locateLines(line: number, column: number, endLine: number, endColumn: number): TextRange | undefined {
    const lines = this.article.source.lines;
    return this.locate(lines.offsetAt(line, column), lines.offsetAt(endLine, endColumn));
  }

  /** The block whose whole element or lines `[start, end)` covers, if any (a fix that removes a block). */
  wholeBlockAt(start: number, end: number): Block | undefined {
    return this.article.blocks.find((block) => block.outer.end > block.outer.start && start <= block.outer.start && end >= block.outer.end);
  }
}
