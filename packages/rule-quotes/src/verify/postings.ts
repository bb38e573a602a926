import { sharedCopy, uint32Column } from "./growable-column.js";
import { indexInSorted } from "./sorted-search.js";

const NONE = new Uint32Array(0);

export interface SharedPostings {
  readonly keys: Uint32Array;
  readonly starts: Uint32Array;
  readonly ids: Uint32Array;
}

/** An inverted index from word-pair key to the passages that hold it, in three typed arrays. */
export class Postings {
  constructor(
    private readonly keys: Uint32Array,
    private readonly starts: Uint32Array,
    private readonly ids: Uint32Array,
  ) {}

  static readonly empty = new Postings(new Uint32Array(0), Uint32Array.of(0), new Uint32Array(0));

  /** Postings over another thread's `toShared()` columns. */
  static fromShared(shared: SharedPostings): Postings {
    return new Postings(shared.keys, shared.starts, shared.ids);
  }

  /** The three columns over SharedArrayBuffers, for every worker thread to read. */
  toShared(): SharedPostings {
    return { keys: sharedCopy(this.keys), starts: sharedCopy(this.starts), ids: sharedCopy(this.ids) };
  }

  /** The passage ids under `key` (a view, no copy). */
  lookup(key: number): Uint32Array {
    const at = indexInSorted(this.keys, key);
    return at < 0 ? NONE : this.ids.subarray(this.starts[at] as number, this.starts[at + 1] as number);
  }

  /** Bytes held, for the benchmark. */
  get bytes(): number {
    return this.keys.byteLength + this.starts.byteLength + this.ids.byteLength;
  }
}

/** (key, passage id) entries in two columns of their exact size. */
interface Segment {
  readonly keys: Uint32Array;
  readonly ids: Uint32Array;
}

// Below this many entries the index is sorted by comparison: the bucket pass's 65,536-entry
// count table would cost more than the sort itself (an archive of one article is built for every article).
const SMALL_INDEX = 4096;
const BUCKET_BITS = 16;
const LOW_MASK = (1 << BUCKET_BITS) - 1;
/** 2^32: a bucket's entries are sorted as one number, the key's low bits above the passage id. */
const ID_SPAN = 0x1_0000_0000;
const KEEP_VIEW_SHARE = 0.95;

/**
 * (key, passage id) entries, sorted once into postings. Entries are added one at a time, or a
 * snapshot's columns at once (a run on worker threads absorbs every shard's), each kept in arrays
 * of its exact size: sorting then needs one more pair of columns the size of the index. At 100,000
 * articles (ten million entries) the sort had held up to four, grown by doubling, plus every
 * distinct key as a JS number.
 */
export class PostingsBuilder {
  private segments: Segment[] = [];
  // Small to start with: an archive of one article's few quotations is built for every article.
  private keys = uint32Column();
  private ids = uint32Column();

  add(key: number, id: number): void {
    this.keys.push(key);
    this.ids.push(id);
  }

  /**
   * Adds the entries of `keys` and `ids`, each id plus `offset`, after these. Copied: a
   * deserialized snapshot's columns are views into the whole file read, texts and all.
   */
  addAll(keys: Uint32Array, ids: Uint32Array, offset: number): void {
    if (keys.length !== ids.length) throw new Error("PostingsBuilder: keys and ids differ in length");
    if (keys.length === 0) return;
    this.closeTail();
    const shifted = new Uint32Array(ids.length);
    for (let i = 0; i < ids.length; i++) shifted[i] = (ids[i] as number) + offset;
    this.segments.push({ keys: keys.slice(), ids: shifted });
  }

  get length(): number {
    return this.segments.reduce((sum, segment) => sum + segment.keys.length, 0) + this.keys.length;
  }

  /** Copies of the entries so far (for a snapshot sent to another thread). */
  columns(): { keys: Uint32Array; ids: Uint32Array } {
    this.closeTail();
    const keys = new Uint32Array(this.length);
    const ids = new Uint32Array(keys.length);
    concatInto(this.segments, keys, ids);
    return { keys, ids };
  }

  /**
   * Groups each key's passage ids, keys ascending and each key's ids ascending, a passage listed
   * twice under one key once. Lets the entries go.
   */
  build(): Postings {
    this.closeTail();
    const segments = this.segments;
    this.segments = [];
    const n = segments.reduce((sum, segment) => sum + segment.keys.length, 0);
    if (n === 0) return Postings.empty;
    const keys = new Uint32Array(n);
    const ids = new Uint32Array(n);
    if (n < SMALL_INDEX) sortSmall(segments, keys, ids);
    else sortLarge(segments, keys, ids);
    return group(keys, ids);
  }

  /** The entries added one at a time become a segment of their own (copied to their exact size). */
  private closeTail(): void {
    if (this.keys.length === 0) return;
    this.segments.push({ keys: this.keys.copy(), ids: this.ids.copy() });
    this.keys = uint32Column();
    this.ids = uint32Column();
  }
}

/** The segments' entries one after another in `keys` and `ids`. */
function concatInto(segments: ReadonlyArray<Segment>, keys: Uint32Array, ids: Uint32Array): void {
  let at = 0;
  for (const segment of segments) {
    keys.set(segment.keys, at);
    ids.set(segment.ids, at);
    at += segment.keys.length;
  }
}

function sortSmall(segments: ReadonlyArray<Segment>, keys: Uint32Array, ids: Uint32Array): void {
  concatInto(segments, keys, ids);
  const order = Array.from({ length: keys.length }, (_, i) => i).sort((a, b) => (keys[a] as number) - (keys[b] as number) || (ids[a] as number) - (ids[b] as number));
  const sortedKeys = order.map((i) => keys[i] as number);
  const sortedIds = order.map((i) => ids[i] as number);
  keys.set(sortedKeys);
  ids.set(sortedIds);
}

/**
 * One counting pass on the keys' high 16 bits straight from the segments into `keys`/`ids`; then
 * each bucket (some 160 entries at ten million) sorted on its own, each entry packed as one exact
 * double (low key bits × 2^32 + id < 2^48) in a scratch array the size of the largest bucket.
 */
function sortLarge(segments: ReadonlyArray<Segment>, keys: Uint32Array, ids: Uint32Array): void {
  const starts = new Uint32Array((1 << BUCKET_BITS) + 1);
  for (const segment of segments) {
    for (let i = 0; i < segment.keys.length; i++) {
      const bucket = ((segment.keys[i] as number) >>> BUCKET_BITS) + 1;
      starts[bucket] = (starts[bucket] as number) + 1;
    }
  }
  let largest = 0;
  for (let b = 1; b < starts.length; b++) {
    largest = Math.max(largest, starts[b] as number);
    starts[b] = (starts[b] as number) + (starts[b - 1] as number);
  }
  const next = starts.slice(0, -1);
  for (const segment of segments) {
    for (let i = 0; i < segment.keys.length; i++) {
      const key = segment.keys[i] as number;
      const bucket = key >>> BUCKET_BITS;
      const at = next[bucket] as number;
      next[bucket] = at + 1;
      keys[at] = key;
      ids[at] = segment.ids[i] as number;
    }
  }
  const scratch = new Float64Array(largest);
  for (let b = 0; b + 1 < starts.length; b++) {
    const from = starts[b] as number;
    const to = starts[b + 1] as number;
    if (to - from < 2) continue;
    const high = (keys[from] as number) - ((keys[from] as number) & LOW_MASK);
    for (let i = from; i < to; i++) scratch[i - from] = ((keys[i] as number) & LOW_MASK) * ID_SPAN + (ids[i] as number);
    const sorted = scratch.subarray(0, to - from).sort();
    for (let i = from; i < to; i++) {
      const packed = sorted[i - from] as number;
      const low = Math.floor(packed / ID_SPAN);
      keys[i] = high + low;
      ids[i] = packed - low * ID_SPAN;
    }
  }
}

/** Sorted (key, id) entries as postings: unique keys, where each key's ids start, the ids without repeats. */
function group(keys: Uint32Array, ids: Uint32Array): Postings {
  const n = keys.length;
  let unique = 0;
  for (let i = 0; i < n; i++) if (i === 0 || keys[i] !== keys[i - 1]) unique++;
  const uniqueKeys = new Uint32Array(unique);
  const starts = new Uint32Array(unique + 1);
  // Ids are compacted in place: an entry is never written past where it was read.
  let written = 0;
  let k = -1;
  for (let i = 0; i < n; i++) {
    const key = keys[i] as number;
    if (k < 0 || uniqueKeys[k] !== key) {
      k++;
      uniqueKeys[k] = key;
      starts[k] = written;
    } else if (ids[written - 1] === ids[i]) continue;
    ids[written++] = ids[i] as number;
  }
  starts[unique] = written;
  // Repeats are rare (a passage's keys are distinct but for hash collisions): a copy without the
  // few freed slots would cost a second array for a moment.
  return new Postings(uniqueKeys, starts, written >= n * KEEP_VIEW_SHARE ? ids.subarray(0, written) : ids.slice(0, written));
}
