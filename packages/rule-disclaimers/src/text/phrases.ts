import { phraseWords, wordHash, type Tokens } from "./tokens.js";

/** Where a phrase occurs: word indexes `[start, end)` into the tokens it was found in. */
export interface PhraseMatch<T> {
  readonly value: T;
  readonly start: number;
  readonly end: number;
}

interface Entry<T> {
  readonly words: ReadonlyArray<string>;
  readonly value: T;
}

/**
 * Finds many phrases in one pass over a text's words. Phrases are indexed by their first word,
 * so each word of the text is compared only with the phrases that start with it: the work is
 * the number of words times the few phrases sharing a first word, whatever the text.
 */
export class PhraseMatcher<T> {
  private readonly byFirst = new Map<string, Entry<T>[]>();
  /** The same phrases as word hashes, for {@link occursIn}. */
  private readonly hashedByFirst = new Map<number, Uint32Array[]>();
  /** Set at the low 16 bits of every first-word hash: most words of a text fail this test before any map look-up. */
  private readonly firstSlots = new Uint8Array(0x10000);

  constructor(phrases: Iterable<readonly [string, T]>) {
    for (const [phrase, value] of phrases) {
      const words = phraseWords(phrase);
      const first = words[0];
      if (first === undefined) continue;
      const list = this.byFirst.get(first);
      const entry = { words, value };
      if (list === undefined) this.byFirst.set(first, [entry]);
      else list.push(entry);
      const hashes = Uint32Array.from(words, wordHash);
      this.firstSlots[(hashes[0] as number) & 0xffff] = 1;
      const hashed = this.hashedByFirst.get(hashes[0] as number);
      if (hashed === undefined) this.hashedByFirst.set(hashes[0] as number, [hashes]);
      else hashed.push(hashes);
    }
    // Longest first, so a position reports its most specific phrase before shorter ones.
    for (const list of this.byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  }

  /** Every occurrence of every phrase (overlapping occurrences included). */
  findAll(tokens: Tokens): PhraseMatch<T>[] {
    const found: PhraseMatch<T>[] = [];
    const words = tokens.words;
    for (let i = 0; i < words.length; i++) {
      const candidates = this.byFirst.get(words[i] as string);
      if (candidates === undefined) continue;
      for (const entry of candidates) {
        if (matchesAt(words, i, entry.words)) found.push({ value: entry.value, start: i, end: i + entry.words.length });
      }
    }
    return found;
  }

  /**
   * Whether any phrase may occur in a text whose word hashes are `hashes[0..count)` (from
   * `hashWords`). A hash collision can only say yes wrongly, never no: a quick filter before `findAll`.
   */
  occursIn(hashes: Uint32Array, count: number): boolean {
    return this.countIn(hashes, count, 1) >= 1;
  }

  /** How many phrase occurrences there may be in `hashes[0..count)`, counting up to `enough`. */
  countIn(hashes: Uint32Array, count: number, enough: number): number {
    let found = 0;
    for (let i = 0; i < count; i++) {
      if (this.firstSlots[(hashes[i] as number) & 0xffff] === 0) continue;
      const candidates = this.hashedByFirst.get(hashes[i] as number);
      if (candidates === undefined) continue;
      for (const phrase of candidates) {
        if (i + phrase.length > count) continue;
        let j = 1;
        while (j < phrase.length && hashes[i + j] === phrase[j]) j++;
        if (j === phrase.length && ++found >= enough) return found;
      }
    }
    return found;
  }

  /** The phrase that makes up all of `words`, if any ("legal disclaimer" for a label block). */
  whole(words: ReadonlyArray<string>): T | undefined {
    const candidates = this.byFirst.get(words[0] ?? "");
    return candidates?.find((entry) => entry.words.length === words.length && matchesAt(words, 0, entry.words))?.value;
  }
}

function matchesAt(words: ReadonlyArray<string>, at: number, phrase: ReadonlyArray<string>): boolean {
  if (at + phrase.length > words.length) return false;
  for (let j = 0; j < phrase.length; j++) if (words[at + j] !== phrase[j]) return false;
  return true;
}
