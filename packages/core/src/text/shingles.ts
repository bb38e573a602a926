/**
 * Word shingles and MinHash signatures: how copydesk finds candidate pairs of similar texts
 * (duplicate boilerplate, a quotation's source passage) without comparing everything with
 * everything. Signatures are compared band by band (locality-sensitive hashing): two texts land
 * in the same bucket when one band of their signatures is identical, which happens with a
 * probability that rises steeply with their Jaccard similarity.
 */

/** A word: a run of letters, marks and digits. Apostrophes inside a word are kept ("don't"). */
const WORD = /[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}\p{N}]+)*/gu;

/** The words of `text`, lower case, curly apostrophes straightened. */
export function words(text: string): string[] {
  const out: string[] = [];
  for (const match of text.matchAll(WORD)) out.push(match[0].toLowerCase().replace(/’/g, "'"));
  return out;
}

/** Every run of `size` consecutive words, joined by a space (the whole text when it is shorter). */
export function shingles(tokens: ReadonlyArray<string>, size: number): string[] {
  if (tokens.length === 0) return [];
  if (tokens.length <= size) return [tokens.join(" ")];
  const out: string[] = [];
  for (let i = 0; i + size <= tokens.length; i++) out.push(tokens.slice(i, i + size).join(" "));
  return out;
}

/** FNV-1a, 32 bits: a fast, well-spread hash of a string. */
export function hash32(text: string, seed = 0x811c9dc5): number {
  let hash = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

/** Jaccard similarity of two sets: shared members over all members. */
export function jaccard<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let shared = 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const item of small) if (large.has(item)) shared++;
  return shared / (a.size + b.size - shared);
}

// A Mersenne prime above 2^32 would need BigInt; universal hashing modulo 2^32 with odd
// multipliers (multiply-shift) is what practical MinHash implementations use on 32-bit hashes.
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
}

/**
 * MinHash with `size` hash functions, deterministic for a seed (so two runs, or two worker
 * threads, give the same signatures).
 */
export class MinHasher {
  readonly size: number;
  private readonly a: Uint32Array;
  private readonly b: Uint32Array;

  constructor(size = 64, seed = 42) {
    this.size = size;
    const random = mulberry32(seed);
    this.a = new Uint32Array(size);
    this.b = new Uint32Array(size);
    for (let i = 0; i < size; i++) {
      this.a[i] = random() | 1;
      this.b[i] = random();
    }
  }

  /** The signature of a set of shingles: for each hash function, the least hash of any member. */
  signature(items: Iterable<string>): Uint32Array {
    const signature = new Uint32Array(this.size).fill(0xffffffff);
    for (const item of items) {
      const base = hash32(item);
      for (let i = 0; i < this.size; i++) {
        const value = (Math.imul(this.a[i] as number, base) + (this.b[i] as number)) >>> 0;
        if (value < (signature[i] as number)) signature[i] = value;
      }
    }
    return signature;
  }
}

/** The share of positions where two signatures agree: an estimate of the sets' Jaccard similarity. */
export function estimatedSimilarity(a: Uint32Array, b: Uint32Array): number {
  const n = Math.min(a.length, b.length);
  if (n === 0) return 0;
  let same = 0;
  for (let i = 0; i < n; i++) if (a[i] === b[i]) same++;
  return same / n;
}

/**
 * Bucket keys for locality-sensitive hashing: the signature cut into `bands` bands, each
 * hashed with its band number. Texts sharing any key are candidates. With r = size / bands rows
 * per band, a pair of Jaccard similarity s shares a key with probability 1 - (1 - s^r)^bands.
 */
export function bandKeys(signature: Uint32Array, bands: number): string[] {
  const rows = Math.floor(signature.length / bands);
  const keys: string[] = [];
  for (let band = 0; band < bands; band++) {
    let hash = 0x811c9dc5 ^ band;
    for (let r = band * rows; r < (band + 1) * rows; r++) {
      hash ^= signature[r] as number;
      hash = Math.imul(hash, 0x01000193) >>> 0;
    }
    keys.push(`${band}:${(hash >>> 0).toString(36)}`);
  }
  return keys;
}
