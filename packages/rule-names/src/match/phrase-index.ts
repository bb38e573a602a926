interface Indexed {
  readonly phrase: string;
  /** The bit of the list the phrase belongs to. */
  readonly bit: number;
}

const pairKey = (text: string, i: number): number => (text.charCodeAt(i) << 16) | text.charCodeAt(i + 1);
/** The low bytes of a pair: a cheap first test before the exact look-up. */
const pairSlot = (text: string, i: number): number => ((text.charCodeAt(i) & 0xff) << 8) | (text.charCodeAt(i + 1) & 0xff);

/**
 * Up to 31 lists of phrases indexed by their first two characters, so that one pass over a
 * stretch of text tells which lists have a phrase wholly inside it: at each position a table
 * test, and a comparison only with the phrases that start with the two characters there. The
 * answer is what `stretch.includes(phrase)` for every phrase of every list would give.
 */
export class PhraseIndex {
  private readonly byPair = new Map<number, Indexed[]>();
  /** Set at the {@link pairSlot} of every indexed pair: most positions of a text fail here. */
  private readonly slots = new Uint8Array(0x10000);
  /** One-character phrases (no pair to index them by). */
  private readonly single: Indexed[] = [];
  /** Lists with an empty phrase: found in any stretch, even an empty one. */
  private everywhere = 0;

  constructor(lists: ReadonlyArray<ReadonlyArray<string>>) {
    lists.forEach((phrases, list) => {
      const bit = 1 << list;
      for (const phrase of phrases) {
        if (phrase.length === 0) this.everywhere |= bit;
        else if (phrase.length === 1) this.single.push({ phrase, bit });
        else {
          const key = pairKey(phrase, 0);
          this.slots[pairSlot(phrase, 0)] = 1;
          const entries = this.byPair.get(key);
          if (entries === undefined) this.byPair.set(key, [{ phrase, bit }]);
          else entries.push({ phrase, bit });
        }
      }
    });
  }

  /** The lists (bit `1 << list` each) with a phrase wholly inside `text[from, to)`, adding to `found`. */
  listsIn(text: string, from: number, to: number, found = 0): number {
    let lists = found | this.everywhere;
    for (let i = from; i + 1 < to; i++) {
      if (this.slots[pairSlot(text, i)] === 0) continue;
      const entries = this.byPair.get(pairKey(text, i));
      if (entries === undefined) continue;
      for (const { phrase, bit } of entries) {
        if ((lists & bit) === 0 && i + phrase.length <= to && text.startsWith(phrase, i)) lists |= bit;
      }
    }
    if (this.single.length === 0) return lists;
    const stretch = text.slice(from, to);
    for (const { phrase, bit } of this.single) if ((lists & bit) === 0 && stretch.includes(phrase)) lists |= bit;
    return lists;
  }
}
