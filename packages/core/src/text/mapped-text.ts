/**
 * Text with an offset map back to the source it was read from.
 *
 * Every UTF-16 code unit `i` of `text` came from a source range: a character copied verbatim maps
 * to its one source unit; a decoded entity (`&amp;` -> `&`) or a folded white-space run maps to
 * the whole source range it replaced. A span `[s, e)` of the text therefore maps to the source
 * range from where unit `s` starts to where unit `e - 1` ends.
 *
 * The map is stored as segments, not per character: a *copy* segment says "these units are the
 * source from offset S on, one for one"; a *replace* segment says "each of these units stands for
 * the source range [S, E)". A paragraph is a handful of segments however long it is, so building
 * and slicing cost little; a look-up is a binary search over the segments.
 */
/** A MappedText as structured-clone data. */
export interface PlainMappedText {
  readonly text: string;
  readonly segText: Int32Array;
  readonly segSource: Int32Array;
  readonly segSourceEnd: Int32Array;
}

export class MappedText {
  readonly text: string;
  /** Text offset where each segment starts (ascending; the first is 0). */
  private readonly segText: Int32Array;
  /** Source offset where each segment starts. */
  private readonly segSource: Int32Array;
  /** For a replace segment, the end of the source range every unit stands for; -1 for a copy segment. */
  private readonly segSourceEnd: Int32Array;

  /** @internal Use MappedTextBuilder, `identity`, or the transforms to make one. */
  constructor(text: string, segText: Int32Array, segSource: Int32Array, segSourceEnd: Int32Array) {
    if (segText.length !== segSource.length || segText.length !== segSourceEnd.length) {
      throw new RangeError("MappedText: segment arrays differ in length");
    }
    if (text.length > 0 && (segText.length === 0 || segText[0] !== 0)) throw new RangeError("MappedText: the map does not cover the text");
    this.text = text;
    this.segText = segText;
    this.segSource = segSource;
    this.segSourceEnd = segSourceEnd;
  }

  /** Text that is the source itself, unchanged, starting at `sourceStart`. */
  static identity(text: string, sourceStart = 0): MappedText {
    return new MappedTextBuilder().copy(text, sourceStart).build();
  }

  static readonly empty: MappedText = new MappedText("", new Int32Array(0), new Int32Array(0), new Int32Array(0));

  get length(): number {
    return this.text.length;
  }

  /** The map as plain data (for sending an article to another thread); `fromPlain` rebuilds it. */
  toPlain(): PlainMappedText {
    return { text: this.text, segText: this.segText, segSource: this.segSource, segSourceEnd: this.segSourceEnd };
  }

  static fromPlain(plain: PlainMappedText): MappedText {
    return new MappedText(plain.text, plain.segText, plain.segSource, plain.segSourceEnd);
  }

  /** The number of segments (for tests and diagnostics: how compact the map is). */
  get segmentCount(): number {
    return this.segText.length;
  }

  /** The segment holding text unit `index`. */
  private segmentOf(index: number): number {
    let low = 0;
    let high = this.segText.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((this.segText[mid] as number) <= index) low = mid;
      else high = mid - 1;
    }
    return low;
  }

  private startIn(segment: number, index: number): number {
    const end = this.segSourceEnd[segment] as number;
    const start = this.segSource[segment] as number;
    return end < 0 ? start + (index - (this.segText[segment] as number)) : start;
  }

  private endIn(segment: number, index: number): number {
    const end = this.segSourceEnd[segment] as number;
    return end < 0 ? (this.segSource[segment] as number) + (index - (this.segText[segment] as number)) + 1 : end;
  }

  /** Source offset where text unit `index` begins. */
  sourceStartOf(index: number): number {
    return this.startIn(this.segmentOf(index), index);
  }

  /** Source offset just after text unit `index`. */
  sourceEndOf(index: number): number {
    return this.endIn(this.segmentOf(index), index);
  }

  /**
   * The source range of the text span `[start, end)`. An empty span maps to an
   * empty range at the start of the unit it stands before (or after the last).
   */
  toSource(start: number, end: number): { start: number; end: number } {
    const n = this.text.length;
    if (n === 0) return { start: 0, end: 0 };
    const s = Math.max(0, Math.min(start, n));
    const e = Math.max(s, Math.min(end, n));
    if (e === s) {
      const at = s < n ? this.sourceStartOf(s) : this.sourceEndOf(n - 1);
      return { start: at, end: at };
    }
    return { start: this.sourceStartOf(s), end: this.sourceEndOf(e - 1) };
  }

  /**
   * The text offset whose source range holds `sourceOffset` (the first such unit), or undefined
   * when no unit of this text came from there (markup between words). The inverse of toSource,
   * for reports that show a source finding inside the text copydesk read.
   */
  textOffsetAt(sourceOffset: number): number | undefined {
    const count = this.segText.length;
    // Segment source ranges never go backwards, so the first segment ending after the offset is found by bisection.
    let low = 0;
    let high = count;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (this.segmentSourceEnd(mid) <= sourceOffset) low = mid + 1;
      else high = mid;
    }
    if (low >= count) return undefined;
    const start = this.segSource[low] as number;
    if (start > sourceOffset) return undefined;
    const textStart = this.segText[low] as number;
    return (this.segSourceEnd[low] as number) < 0 ? textStart + (sourceOffset - start) : textStart;
  }

  /** Where the source covered by segment `segment` ends. */
  private segmentSourceEnd(segment: number): number {
    const end = this.segSourceEnd[segment] as number;
    if (end >= 0) return end;
    const nextText = segment + 1 < this.segText.length ? (this.segText[segment + 1] as number) : this.text.length;
    return (this.segSource[segment] as number) + (nextText - (this.segText[segment] as number));
  }

  /** Calls `visit` for each piece of the map over units `[from, to)`: a copy run or a replaced range. */
  forEachSegment(from: number, to: number, visit: (textStart: number, textEnd: number, sourceStart: number, sourceEnd: number, copy: boolean) => void): void {
    if (to <= from) return;
    for (let segment = this.segmentOf(from); segment < this.segText.length; segment++) {
      const segStart = this.segText[segment] as number;
      if (segStart >= to) break;
      const segEnd = segment + 1 < this.segText.length ? (this.segText[segment + 1] as number) : this.text.length;
      const a = Math.max(from, segStart);
      const b = Math.min(to, segEnd);
      if (b <= a) continue;
      const copy = (this.segSourceEnd[segment] as number) < 0;
      visit(a, b, this.startIn(segment, a), copy ? this.startIn(segment, a) + (b - a) : (this.segSourceEnd[segment] as number), copy);
    }
  }

  /** The sub-text `[start, end)` with its map. */
  slice(start: number, end: number): MappedText {
    return new MappedTextBuilder().appendRange(this, start, end).build();
  }

  /** Maps each unit through `outer`: use when this text's "source" is itself a MappedText. */
  composeWith(outer: MappedText): MappedText {
    const builder = new MappedTextBuilder();
    this.forEachSegment(0, this.text.length, (textStart, textEnd, innerStart, innerEnd, copy) => {
      const piece = this.text.slice(textStart, textEnd);
      if (!copy) {
        const range = outer.toSource(innerStart, innerEnd);
        builder.replace(piece, range.start, range.end);
        return;
      }
      // A copy run of the inner text maps through whatever segments the outer text has there.
      let offset = 0;
      outer.forEachSegment(innerStart, innerEnd, (a, b, sourceStart, sourceEnd, outerCopy) => {
        const part = piece.slice(offset, offset + (b - a));
        offset += b - a;
        if (outerCopy) builder.copy(part, sourceStart);
        else builder.replace(part, sourceStart, sourceEnd);
      });
      // Inner offsets beyond the outer text (should not happen) map to its end.
      if (offset < piece.length) {
        const at = outer.toSource(outer.length, outer.length).start;
        builder.replace(piece.slice(offset), at, at);
      }
    });
    return builder.build();
  }
}

/** Builds a MappedText piece by piece. */
export class MappedTextBuilder {
  // Pieces are concatenated as they come: V8 keeps `+=` as a rope and flattens it once, cheaper than an array and join.
  private text = "";
  private segText: number[] = [];
  private segSource: number[] = [];
  private segSourceEnd: number[] = [];
  private size = 0;

  get length(): number {
    return this.size;
  }

  private push(units: number, sourceStart: number, sourceEnd: number): void {
    if (units === 0) return;
    const last = this.segText.length - 1;
    if (last >= 0) {
      const lastCopy = (this.segSourceEnd[last] as number) < 0;
      const lastUnits = this.size - (this.segText[last] as number);
      // A copy run that continues the previous one, or the same replaced range again, extends it.
      if (sourceEnd < 0 && lastCopy && (this.segSource[last] as number) + lastUnits === sourceStart) {
        this.size += units;
        return;
      }
      if (sourceEnd >= 0 && !lastCopy && this.segSource[last] === sourceStart && this.segSourceEnd[last] === sourceEnd) {
        this.size += units;
        return;
      }
    }
    this.segText.push(this.size);
    this.segSource.push(sourceStart);
    this.segSourceEnd.push(sourceEnd);
    this.size += units;
  }

  /** Appends `text` taken verbatim from the source at `sourceStart`. */
  copy(text: string, sourceStart: number): this {
    this.text += text;
    this.push(text.length, sourceStart, -1);
    return this;
  }

  /** Appends `text` that stands for the whole source range `[sourceStart, sourceEnd)`. */
  replace(text: string, sourceStart: number, sourceEnd: number): this {
    this.text += text;
    this.push(text.length, sourceStart, Math.max(sourceStart, sourceEnd));
    return this;
  }

  /** Appends a MappedText as it is. */
  append(mapped: MappedText): this {
    return this.appendRange(mapped, 0, mapped.length);
  }

  /** Appends units `[from, to)` of a MappedText with their map. */
  appendRange(mapped: MappedText, from: number, to: number): this {
    const a = Math.max(0, from);
    const b = Math.min(mapped.length, to);
    if (b <= a) return this;
    this.text += mapped.text.slice(a, b);
    mapped.forEachSegment(a, b, (textStart, textEnd, sourceStart, sourceEnd, copy) => {
      this.push(textEnd - textStart, sourceStart, copy ? -1 : sourceEnd);
    });
    return this;
  }

  /** The last character appended, or "" when empty. */
  lastChar(): string {
    return this.text.length > 0 ? (this.text[this.text.length - 1] as string) : "";
  }

  /** Removes trailing units while `predicate` holds for their character. */
  trimEnd(predicate: (char: string) => boolean): this {
    let cut = this.text.length;
    while (cut > 0 && predicate(this.text[cut - 1] as string)) cut--;
    if (cut === this.text.length) return this;
    this.text = this.text.slice(0, cut);
    this.size = cut;
    while (this.segText.length > 0 && (this.segText[this.segText.length - 1] as number) >= cut) {
      this.segText.pop();
      this.segSource.pop();
      this.segSourceEnd.pop();
    }
    return this;
  }

  build(): MappedText {
    return new MappedText(this.text, Int32Array.from(this.segText), Int32Array.from(this.segSource), Int32Array.from(this.segSourceEnd));
  }
}
