import { hash32 } from "@copydesk/core";
import { uint32Column } from "./growable-column.js";
import type { VerifyToken } from "./tokens.js";

/**
 * The index keys of a text: hashes of its word pairs (the one word, for a one-word text). Word
 * pairs find a quotation's passage even when a word of it was changed, and a rare pair ("credible
 * traffic") finds it among thousands of articles.
 */
export function pairKeys(tokens: ReadonlyArray<VerifyToken>): Uint32Array {
  if (tokens.length === 1) return Uint32Array.of(hash32((tokens[0] as VerifyToken).key));
  const keys = new Uint32Array(Math.max(0, tokens.length - 1));
  for (let i = 0; i + 1 < tokens.length; i++) keys[i] = hash32(`${(tokens[i] as VerifyToken).key} ${(tokens[i + 1] as VerifyToken).key}`);
  return keys;
}

const SMALL_INDEX = 4096;

const NONE = new Uint32Array(0);

/** A growable pair of parallel Uint32 columns (key, passage id), sorted once into postings. */
export class PostingsBuilder {
  // Small to start with: an archive of one article's few quotations is built for every article.
  private keys = uint32Column();
  private ids = uint32Column();

  add(key: number, id: number): void {
    this.keys.push(key);
    this.ids.push(id);
  }

  get length(): number {
    return this.keys.length;
  }

  /** Copies of the two columns so far (for a snapshot sent to another thread). */
  columns(): { keys: Uint32Array; ids: Uint32Array } {
    return { keys: this.keys.copy(), ids: this.ids.copy() };
  }

  /**
   * Sorts by key (LSD radix sort, two 16-bit passes: linear) and groups each key's passage ids.
   * A small index (one article's quotations) is sorted by comparison instead: the radix sort's
   * two 65,536-entry count tables would cost more than the sort itself.
   */
  build(): Postings {
    const n = this.keys.length;
    let keys: Uint32Array = this.keys.view();
    let ids: Uint32Array = this.ids.view();
    let keysOut: Uint32Array = new Uint32Array(n);
    let idsOut: Uint32Array = new Uint32Array(n);
    if (n < SMALL_INDEX) {
      // Array.prototype.sort is stable: ids under one key stay in the order they were added, as with the radix sort.
      const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => (keys[a] as number) - (keys[b] as number));
      order.forEach((from, to) => {
        keysOut[to] = keys[from] as number;
        idsOut[to] = ids[from] as number;
      });
      [keys, ids] = [keysOut, idsOut];
    }
    for (const shift of n < SMALL_INDEX ? [] : [0, 16]) {
      const counts = new Uint32Array(65537);
      for (let i = 0; i < n; i++) {
        const bucket = (((keys[i] as number) >>> shift) & 0xffff) + 1;
        counts[bucket] = (counts[bucket] as number) + 1;
      }
      for (let b = 1; b <= 65536; b++) counts[b] = (counts[b] as number) + (counts[b - 1] as number);
      for (let i = 0; i < n; i++) {
        const bucket = ((keys[i] as number) >>> shift) & 0xffff;
        const at = counts[bucket] as number;
        counts[bucket] = at + 1;
        keysOut[at] = keys[i] as number;
        idsOut[at] = ids[i] as number;
      }
      [keys, keysOut] = [keysOut, keys];
      [ids, idsOut] = [idsOut, ids];
    }
    // Unique keys with the start of each key's ids; a passage listed twice under one key counts once.
    const unique: number[] = [];
    const starts: number[] = [];
    const postings = new Uint32Array(n);
    let written = 0;
    for (let i = 0; i < n; i++) {
      const key = keys[i] as number;
      if (unique.length === 0 || unique[unique.length - 1] !== key) {
        unique.push(key);
        starts.push(written);
      } else if (postings[written - 1] === ids[i]) continue;
      postings[written++] = ids[i] as number;
    }
    starts.push(written);
    // Built once: the columns are let go.
    this.keys = uint32Column(1);
    this.ids = uint32Column(1);
    return new Postings(Uint32Array.from(unique), Uint32Array.from(starts), postings.slice(0, written));
  }
}

/** An inverted index from word-pair key to the passages that hold it, in three typed arrays. */
export class Postings {
  constructor(
    private readonly keys: Uint32Array,
    private readonly starts: Uint32Array,
    private readonly ids: Uint32Array,
  ) {}

  static readonly empty = new Postings(new Uint32Array(0), Uint32Array.of(0), new Uint32Array(0));

  /** The passage ids under `key` (a view, no copy). */
  lookup(key: number): Uint32Array {
    let low = 0;
    let high = this.keys.length - 1;
    while (low <= high) {
      const mid = (low + high) >>> 1;
      const value = this.keys[mid] as number;
      if (value === key) return this.ids.subarray(this.starts[mid] as number, this.starts[mid + 1] as number);
      if (value < key) low = mid + 1;
      else high = mid - 1;
    }
    return NONE;
  }

  /** Bytes held, for the benchmark. */
  get bytes(): number {
    return this.keys.byteLength + this.starts.byteLength + this.ids.byteLength;
  }
}
