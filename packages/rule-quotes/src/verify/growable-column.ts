/** A typed array that grows as values are pushed (doubling), for columns of numbers built one at a time. */
export class GrowableColumn<A extends Uint8Array | Uint32Array> {
  private values: A;
  private size = 0;

  /** @param allocate makes an empty array of the column's type and the given length */
  constructor(
    private readonly allocate: (length: number) => A,
    capacity = 64,
    /** Values to start from, taken as they are (a push past them copies them into a new array). */
    initial?: A,
  ) {
    this.values = initial ?? allocate(Math.max(1, capacity));
    this.size = initial?.length ?? 0;
  }

  get length(): number {
    return this.size;
  }

  push(value: number): void {
    if (this.size === this.values.length) {
      const grown = this.allocate(Math.max(1, this.values.length * 2));
      grown.set(this.values);
      this.values = grown;
    }
    this.values[this.size++] = value;
  }

  at(index: number): number {
    return this.values[index] as number;
  }

  /** The values so far, without a copy: valid until the next push. */
  view(): A {
    return this.values.subarray(0, this.size) as A;
  }

  /** A copy of the values so far. */
  copy(): A {
    return this.values.slice(0, this.size) as A;
  }
}

const allocateUint8 = (length: number): Uint8Array => new Uint8Array(length);
const allocateUint32 = (length: number): Uint32Array => new Uint32Array(length);

export const uint8Column = (capacity?: number): GrowableColumn<Uint8Array> => new GrowableColumn(allocateUint8, capacity);
export const uint32Column = (capacity?: number): GrowableColumn<Uint32Array> => new GrowableColumn(allocateUint32, capacity);

/** A column over values already at hand (a SharedArrayBuffer's, say), without a copy. */
export const uint8ColumnOver = (values: Uint8Array): GrowableColumn<Uint8Array> => new GrowableColumn(allocateUint8, 0, values);
export const uint32ColumnOver = (values: Uint32Array): GrowableColumn<Uint32Array> => new GrowableColumn(allocateUint32, 0, values);

/**
 * `values` over a SharedArrayBuffer, which every worker thread given it reads without a copy of
 * its own: a copy, unless they are over one already.
 */
export function sharedCopy<A extends Uint8Array | Uint32Array>(values: A): A {
  if (values.buffer instanceof SharedArrayBuffer) return values;
  const Kind = values.constructor as new (buffer: SharedArrayBuffer) => A;
  const copy = new Kind(new SharedArrayBuffer(Math.max(values.byteLength, values.BYTES_PER_ELEMENT)));
  copy.set(values);
  return copy.subarray(0, values.length) as A;
}
