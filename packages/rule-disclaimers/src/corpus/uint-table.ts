/**
 * A hash map from 32-bit unsigned keys (hashes) to non-negative integers, in typed arrays: open
 * addressing with linear probing, deletion by backward shift (no tombstones). A `Map` holds most
 * such keys as heap numbers (they do not fit a small integer), so every look-up of a hash read
 * from a typed array allocates; this one allocates only when it grows.
 */
export class UintTable {
  private keys: Uint32Array;
  /** The value plus one at each slot; 0 marks an empty slot. */
  private slots: Int32Array;
  private mask: number;
  private count = 0;

  constructor(capacity = 16) {
    let size = 16;
    while (size < capacity * 2) size *= 2;
    this.keys = new Uint32Array(size);
    this.slots = new Int32Array(size);
    this.mask = size - 1;
  }

  get size(): number {
    return this.count;
  }

  /** The value of `key` (a uint32), or -1 when there is none. */
  get(key: number): number {
    key >>>= 0;
    const keys = this.keys;
    const slots = this.slots;
    for (let at = slotOf(key, this.mask); ; at = (at + 1) & this.mask) {
      const slot = slots[at] as number;
      if (slot === 0) return -1;
      if (keys[at] === key) return slot - 1;
    }
  }

  has(key: number): boolean {
    return this.get(key) >= 0;
  }

  /** Sets `key` to `value` (0 <= value < 2^31 - 1). */
  set(key: number, value: number): void {
    key >>>= 0;
    const at = this.find(key);
    if (this.slots[at] === 0) {
      if ((this.count + 1) * 2 > this.slots.length) {
        this.grow();
        this.set(key, value);
        return;
      }
      this.count++;
      this.keys[at] = key;
    }
    this.slots[at] = value + 1;
  }

  /** Removes `key`; the entries after it in its probe run move back so no look-up misses them. */
  delete(key: number): boolean {
    key >>>= 0;
    let hole = this.find(key);
    if (this.slots[hole] === 0) return false;
    const keys = this.keys;
    const slots = this.slots;
    const mask = this.mask;
    slots[hole] = 0;
    this.count--;
    for (let at = (hole + 1) & mask; slots[at] !== 0; at = (at + 1) & mask) {
      const home = slotOf(keys[at] as number, mask);
      // The entry may fill the hole when its home slot is not in (hole, at], cyclically.
      const stays = hole <= at ? hole < home && home <= at : hole < home || home <= at;
      if (stays) continue;
      keys[hole] = keys[at] as number;
      slots[hole] = slots[at] as number;
      slots[at] = 0;
      hole = at;
    }
    return true;
  }

  /** The slot holding `key`, or the empty slot where it would go. */
  private find(key: number): number {
    const keys = this.keys;
    const slots = this.slots;
    let at = slotOf(key, this.mask);
    while (slots[at] !== 0 && keys[at] !== key) at = (at + 1) & this.mask;
    return at;
  }

  private grow(): void {
    const keys = this.keys;
    const slots = this.slots;
    this.keys = new Uint32Array(keys.length * 2);
    this.slots = new Int32Array(slots.length * 2);
    this.mask = this.slots.length - 1;
    for (let at = 0; at < slots.length; at++) {
      if (slots[at] === 0) continue;
      let to = slotOf(keys[at] as number, this.mask);
      while (this.slots[to] !== 0) to = (to + 1) & this.mask;
      this.keys[to] = keys[at] as number;
      this.slots[to] = slots[at] as number;
    }
  }
}

/** The home slot of a key: the keys are hashes already, but their low bits are mixed once more against clustering. */
const slotOf = (key: number, mask: number): number => Math.imul(key ^ (key >>> 16), 0x45d9f3b) & mask;
