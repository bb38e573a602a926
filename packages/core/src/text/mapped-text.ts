/**
 * Text with an offset map back to the source it was read from.
 *
 * Every UTF-16 code unit `i` of `text` came from the source range
 * `[starts[i], ends[i])`. A character copied verbatim maps to one source
 * unit; a decoded entity (`&amp;` -> `&`) or a folded whitespace run maps to
 * the whole source range it replaced. A span `[s, e)` of the text therefore
 * maps to the source range `[starts[s], ends[e - 1])`.
 */
export class MappedText {
  readonly text: string;
  private readonly starts: Int32Array;
  private readonly ends: Int32Array;

  constructor(text: string, starts: Int32Array, ends: Int32Array) {
    if (starts.length !== text.length || ends.length !== text.length) {
      throw new RangeError("MappedText: map length differs from text length");
    }
    this.text = text;
    this.starts = starts;
    this.ends = ends;
  }

  /** Text that is the source itself, unchanged, starting at `sourceStart`. */
  static identity(text: string, sourceStart = 0): MappedText {
    const builder = new MappedTextBuilder();
    builder.copy(text, sourceStart);
    return builder.build();
  }

  static readonly empty: MappedText = new MappedText("", new Int32Array(0), new Int32Array(0));

  get length(): number {
    return this.text.length;
  }

  /** Source offset where text unit `index` begins. */
  sourceStartOf(index: number): number {
    return this.starts[index] as number;
  }

  /** Source offset just after text unit `index`. */
  sourceEndOf(index: number): number {
    return this.ends[index] as number;
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
      const at = s < n ? (this.starts[s] as number) : (this.ends[n - 1] as number);
      return { start: at, end: at };
    }
    return { start: this.starts[s] as number, end: this.ends[e - 1] as number };
  }

  /**
   * The text offset whose source range holds `sourceOffset` (the first such unit), or undefined
   * when no unit of this text came from there (markup between words). The inverse of toSource,
   * for reports that show a source finding inside the text copydesk read.
   */
  textOffsetAt(sourceOffset: number): number | undefined {
    const n = this.text.length;
    // Source starts never decrease along the text, so the first unit ending after the offset is found by bisection.
    let low = 0;
    let high = n;
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((this.ends[mid] as number) <= sourceOffset) low = mid + 1;
      else high = mid;
    }
    if (low >= n || (this.starts[low] as number) > sourceOffset) return undefined;
    return low;
  }

  /** The sub-text `[start, end)` with its map. */
  slice(start: number, end: number): MappedText {
    return new MappedText(this.text.slice(start, end), this.starts.slice(start, end), this.ends.slice(start, end));
  }

  /** Maps each unit through `outer`: use when this text's "source" is itself a MappedText. */
  composeWith(outer: MappedText): MappedText {
    const starts = new Int32Array(this.text.length);
    const ends = new Int32Array(this.text.length);
    for (let i = 0; i < this.text.length; i++) {
      const inner = { start: this.starts[i] as number, end: this.ends[i] as number };
      const range = outer.toSource(inner.start, inner.end);
      starts[i] = range.start;
      ends[i] = range.end;
    }
    return new MappedText(this.text, starts, ends);
  }
}

/** Builds a MappedText piece by piece. */
export class MappedTextBuilder {
  private readonly parts: string[] = [];
  private starts: number[] = [];
  private ends: number[] = [];

  get length(): number {
    return this.starts.length;
  }

  /** Appends `text` taken verbatim from the source at `sourceStart`. */
  copy(text: string, sourceStart: number): this {
    this.parts.push(text);
    for (let i = 0; i < text.length; i++) {
      this.starts.push(sourceStart + i);
      this.ends.push(sourceStart + i + 1);
    }
    return this;
  }

  /** Appends `text` that stands for the whole source range `[sourceStart, sourceEnd)`. */
  replace(text: string, sourceStart: number, sourceEnd: number): this {
    this.parts.push(text);
    for (let i = 0; i < text.length; i++) {
      this.starts.push(sourceStart);
      this.ends.push(sourceEnd);
    }
    return this;
  }

  /** Appends a MappedText as it is. */
  append(mapped: MappedText): this {
    this.parts.push(mapped.text);
    for (let i = 0; i < mapped.length; i++) {
      this.starts.push(mapped.sourceStartOf(i));
      this.ends.push(mapped.sourceEndOf(i));
    }
    return this;
  }

  /** The last character appended, or "" when empty. */
  lastChar(): string {
    for (let p = this.parts.length - 1; p >= 0; p--) {
      const part = this.parts[p] as string;
      if (part.length > 0) return part[part.length - 1] as string;
    }
    return "";
  }

  /** Removes trailing units while `predicate` holds for their character. */
  trimEnd(predicate: (char: string) => boolean): this {
    let text = this.parts.join("");
    let cut = text.length;
    while (cut > 0 && predicate(text[cut - 1] as string)) cut--;
    if (cut < text.length) {
      text = text.slice(0, cut);
      this.parts.length = 0;
      this.parts.push(text);
      this.starts.length = cut;
      this.ends.length = cut;
    }
    return this;
  }

  build(): MappedText {
    return new MappedText(this.parts.join(""), Int32Array.from(this.starts), Int32Array.from(this.ends));
  }
}
