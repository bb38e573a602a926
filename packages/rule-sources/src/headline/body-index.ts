import type { Block } from "@copydesk/core";
import { type Token, tokenize } from "../text/tokens.js";

/** Letters two words share to count as one: "Ukrain" for Ukraine and Ukrainian. */
export const PREFIX = 5;

/** Names a body writes another way: "U.S." and "United States", "UK" and "Britain". */
const ALIASES: ReadonlyArray<ReadonlyArray<string>> = [
  ["u.s.", "us", "usa", "u.s.a.", "america", "american", "united"],
  ["u.k.", "uk", "britain", "british", "united"],
  ["eu", "e.u.", "european"],
  ["un", "u.n.", "united"],
];

const numberKey = (text: string): string => text.replace(/[,\s]/g, "");

/**
 * The words of an article's body: exact keys, 5-letter prefixes ("Ukrain" for Ukraine/Ukrainian),
 * figures. Blocks are read only as far as a question needs: a headline's words are usually in the
 * first paragraphs, and only a word the body lacks makes it read to the end.
 */
export class BodyIndex {
  private readonly words = new Set<string>();
  private readonly prefixes = new Set<string>();
  private readonly numbers = new Set<string>();
  private read = 0;

  constructor(private readonly blocks: ReadonlyArray<Block>) {}

  /** Reads the next block into the index; false when every block has been read. */
  private readNext(): boolean {
    const block = this.blocks[this.read];
    if (block === undefined) return false;
    this.read++;
    for (const token of tokenize(block.text)) {
      if (token.kind === "number") this.numbers.add(numberKey(token.text));
      if (token.kind !== "word") continue;
      this.words.add(token.key);
      if (token.key.length >= PREFIX) this.prefixes.add(token.key.slice(0, PREFIX));
    }
    return true;
  }

  /** The word, a word with its first five letters, or an alias of it is in the body. */
  has(word: Token): boolean {
    const key = word.key;
    do {
      if (this.words.has(key)) return true;
      if (key.length >= PREFIX && this.prefixes.has(key.slice(0, PREFIX))) return true;
      if (ALIASES.some((names) => names.includes(key) && names.some((name) => this.words.has(name)))) return true;
    } while (this.readNext());
    return false;
  }

  hasNumber(token: Token): boolean {
    const key = numberKey(token.text);
    do {
      if (this.numbers.has(key)) return true;
    } while (this.readNext());
    return false;
  }
}
