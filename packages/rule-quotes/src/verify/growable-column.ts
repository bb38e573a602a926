/** A typed array that grows as values are pushed (doubling), for columns of numbers built one at a time. */
export class GrowableColumn<A extends Uint8Array | Uint32Array> {
  private values: A;
  private size = 0;

  /** @param allocate makes an empty array of the column's type and the given length */
  constructor(
    private readonly allocate: (length: number) => A,
    capacity = 64,
  ) {
    this.values = allocate(Math.max(1, capacity));
  }

  get length(): number {
    return this.size;
  }

  push(value: number): void {
    if (this.size === this.values.length) {
      const grown = this.allocate(this.values.length * 2);
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

export const uint8Column = (capacity?: number): GrowableColumn<Uint8Array> => new GrowableColumn((length) => new Uint8Array(length), capacity);
export const uint32Column = (capacity?: number): GrowableColumn<Uint32Array> => new GrowableColumn((length) => new Uint32Array(length), capacity);
