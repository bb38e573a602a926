import type { Block, BlockKind } from "@copydesk/core";
import { hashWords } from "../text/tokens.js";

/**
 * Fingerprints of blocks for the corpus pass: hashes of 3-word shingles, a MinHash signature of
 * them, and its band keys for locality-sensitive hashing.
 *
 * This is the hot path of a run over a whole feed (every block of every article, twice), so it
 * works on numbers end to end, in scratch buffers: words are hashed while the text is scanned,
 * shingles are combined from word hashes, and the signature (one-permutation MinHash, one hash per
 * shingle) and band keys are computed without building a string. Core's `words`/`shingles`/
 * `MinHasher`/`bandKeys` do the same job on strings, one string and 64 hashes per shingle, and are
 * what the per-article duplicate rule uses; here they cost about ten times as much per block,
 * which a feed of 10,000 articles cannot afford.
 */

/** Signature bins, and bands of 4 rows: a pair with Jaccard similarity 0.8 shares a band with probability about 0.99. */
export const SIGNATURE_SIZE = 32;
export const BANDS = 8;
const ROWS = SIGNATURE_SIZE / BANDS;
/** Blocks with fewer words are not fingerprinted ("Advertisement", "Read more"). */
export const MIN_FINGERPRINT_WORDS = 6;
/** Only the first words of a block count: bounds the work on a 1 MB paragraph. */
const MAX_WORDS = 300;
const MAX_CHARS = 6000;

/** Kinds whose blocks can be feed boilerplate (not the headline, byline, dateline or a caption). */
const KINDS: ReadonlySet<BlockKind> = new Set(["paragraph", "heading", "list-item", "blockquote", "other"]);

export interface Fingerprint {
  readonly signature: Uint32Array;
  /** One 32-bit key per band. */
  readonly bands: Uint32Array;
  /** The distinct shingle hashes, ascending. */
  readonly shingles: Uint32Array;
  readonly words: number;
}

/** Murmur3's finaliser: spreads every input bit over the output. */
function fmix(value: number): number {
  let h = value >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

// Scratch buffers for the block being fingerprinted: the hot path allocates only what it keeps.
const wordBuffer = new Uint32Array(MAX_WORDS);
const shingleBuffer = new Uint32Array(MAX_WORDS);
const filledBuffer = new Uint32Array(SIGNATURE_SIZE);

/**
 * Writes the distinct hashes of the 3-word shingles of `text` into `out`, ascending; returns how
 * many there are and the number of words read (capped).
 */
function shingleHashesInto(text: string, out: Uint32Array): { count: number; words: number } {
  const words = hashWords(text.length > MAX_CHARS ? text.slice(0, MAX_CHARS) : text, wordBuffer);
  if (words === 0) return { count: 0, words };
  const count = Math.max(1, words - 2);
  for (let i = 0; i < count; i++) {
    const w0 = wordBuffer[i] as number;
    const w1 = words > i + 1 ? (wordBuffer[i + 1] as number) : 0;
    const w2 = words > i + 2 ? (wordBuffer[i + 2] as number) : 0;
    out[i] = fmix(Math.imul(w0, 0x9e3779b1) ^ Math.imul(w1, 0x85ebca77) ^ w2);
  }
  const view = out.subarray(0, count).sort();
  let distinct = 0;
  for (let i = 0; i < count; i++) if (i === 0 || view[i] !== view[i - 1]) out[distinct++] = view[i] as number;
  return { count: distinct, words };
}

/** The distinct hashes of the 3-word shingles of `text`, ascending, and its word count (capped). */
export function shingleHashes(text: string): { shingles: Uint32Array; words: number } {
  const { count, words } = shingleHashesInto(text, shingleBuffer);
  return { shingles: shingleBuffer.slice(0, count), words };
}

/** {@link shingleHashes} in a scratch buffer, valid until the next call: for a look-up that keeps nothing. */
export function scratchShingleHashes(text: string): { shingles: Uint32Array; words: number } {
  const { count, words } = shingleHashesInto(text, shingleBuffer);
  return { shingles: shingleBuffer.subarray(0, count), words };
}

const EMPTY = 0xffffffff;
const BIN_BITS = 27;
const VALUE_MASK = (1 << BIN_BITS) - 1;

/** Writes the band keys of `signature` into `bands`. */
export function bandsInto(signature: Uint32Array, bands: Uint32Array): Uint32Array {
  for (let band = 0; band < BANDS; band++) {
    let hash = fmix(0x6a09e667 ^ band);
    for (let r = band * ROWS; r < (band + 1) * ROWS; r++) hash = fmix(hash ^ (signature[r] as number));
    bands[band] = hash;
  }
  return bands;
}

/**
 * Writes the MinHash signature of `shingles[0..count)` into `signature`, by one-permutation
 * hashing: each shingle is hashed once, its low bits choose one of the signature's bins and the
 * rest compete for that bin's minimum (Li, Owen and Zhang 2012). Empty bins borrow from the next
 * filled bin to the right, marked with the distance (densification by rotation, Shrivastava and Li
 * 2014), so two texts agree on a bin with probability about their Jaccard similarity, for one hash
 * per shingle instead of one per shingle and bin.
 */
export function signatureInto(shingles: Uint32Array, count: number, signature: Uint32Array): Uint32Array {
  const filled = filledBuffer.fill(EMPTY);
  for (let s = 0; s < count; s++) {
    const h = fmix((shingles[s] as number) ^ 0x2545f491);
    const bin = h % SIGNATURE_SIZE;
    const value = (h >>> 5) & VALUE_MASK;
    if (value < (filled[bin] as number)) filled[bin] = value;
  }
  for (let i = 0; i < SIGNATURE_SIZE; i++) {
    let distance = 0;
    let j = i;
    while (filled[j] === EMPTY && distance < SIGNATURE_SIZE) {
      j = (j + 1) % SIGNATURE_SIZE;
      distance++;
    }
    signature[i] = distance >= SIGNATURE_SIZE ? EMPTY : ((filled[j] as number) | (distance << BIN_BITS)) >>> 0;
  }
  return signature;
}

const signatureBuffer = new Uint32Array(SIGNATURE_SIZE);
const bandBuffer = new Uint32Array(BANDS);

/**
 * A block's fingerprint in scratch buffers, valid until the next call: what the corpus builder
 * reads for every block, copying only what it keeps.
 */
export function scratchFingerprint(text: string): Fingerprint | undefined {
  const { count, words } = shingleHashesInto(text, shingleBuffer);
  if (words < MIN_FINGERPRINT_WORDS) return undefined;
  signatureInto(shingleBuffer, count, signatureBuffer);
  return { signature: signatureBuffer, bands: bandsInto(signatureBuffer, bandBuffer), shingles: shingleBuffer.subarray(0, count), words };
}

/** A text's fingerprint in arrays of its own. */
export function fingerprintText(text: string): Fingerprint | undefined {
  const scratch = scratchFingerprint(text);
  if (scratch === undefined) return undefined;
  return { signature: scratch.signature.slice(), bands: scratch.bands.slice(), shingles: scratch.shingles.slice(), words: scratch.words };
}

/** Whether a block's kind can be feed boilerplate. */
export const fingerprintable = (block: Block): boolean => KINDS.has(block.kind);

/** A block's fingerprint in scratch buffers (see {@link scratchFingerprint}), or undefined when its kind or length rules it out. */
export function fingerprintBlock(block: Block): Fingerprint | undefined {
  return fingerprintable(block) ? scratchFingerprint(block.text) : undefined;
}
