// The shortcuts of the mention scan must answer exactly what the plain forms they replace answer:
// the tokenizer what the word regex finds, the phrase index what `includes` finds, the context
// read through the index what mentionsAny says of the window.
import { describe, expect, it } from "vitest";
import { defaultGazetteer, findNameMentions } from "../src/index.js";
import { mentionsAny, windowAround } from "../src/match/context.js";
import { PhraseIndex } from "../src/match/phrase-index.js";
import { tokenize } from "../src/text/tokens.js";

const WORD = /[\p{L}\p{M}\p{N}]+/gu;
const byRegex = (text: string) =>
  [...text.matchAll(WORD)].map((match) => ({ text: match[0], start: match.index, end: match.index + match[0].length }));

/** Texts of `count` random pieces, from a fixed seed: the same cases every run. */
function texts(pieces: ReadonlyArray<string>, count: number, length: number): string[] {
  let seed = 11;
  const next = (n: number): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return Math.floor(seed / 65536) % n;
  };
  return Array.from({ length: count }, () => {
    let text = "";
    for (let k = next(length); k > 0; k--) text += pieces[next(pieces.length)] + (next(4) === 0 ? "" : " ");
    return text;
  });
}

describe("tokenize", () => {
  it("finds the words the Unicode word regex finds, surrogate pairs and lone surrogates included", () => {
    const pieces = ["Kiev's", "KYIV", "2022", "e\u0301t\u00e9", "\ud835\udc00\ud835\udc01", "a\ud800b", "x\udc00y", "—", "“Odesa”", "İstanbul", "Σίσυφος", "", "-", "_"];
    for (const text of texts(pieces, 3000, 12)) expect(tokenize(text)).toEqual(byRegex(text));
  });
});

describe("PhraseIndex", () => {
  const lists = [["formerly", "once known as", "x"], ["misnamed", "mis"], ["never"]];
  const index = new PhraseIndex(lists);
  const expected = (stretch: string) =>
    lists.reduce((bits, phrases, list) => (phrases.some((phrase) => stretch.includes(phrase)) ? bits | (1 << list) : bits), 0);

  it("tells which lists have a phrase wholly inside a stretch, as includes would", () => {
    const pieces = ["formerly", "former", "once known as", "once known", "misnamed", "mis", "x", "ne", "ver", "a", "b"];
    for (const text of texts(pieces, 2000, 8)) {
      for (const [from, to] of [[0, text.length], [3, text.length - 2], [text.length >> 1, text.length]] as const) {
        expect(index.listsIn(text, from, to)).toBe(expected(text.slice(from, Math.max(from, to))));
      }
    }
  });

  it("finds an empty phrase everywhere, even in an empty stretch", () => {
    expect(new PhraseIndex([["a"], [""]]).listsIn("bbb", 1, 1)).toBe(2);
  });
});

describe("the context of a mention", () => {
  const phrases = defaultGazetteer().phrases;
  const { history, misnaming } = phrases;

  it("is what mentionsAny says of the folded window, İ, capital sigma and surrogate pairs included", () => {
    const pieces = [
      "Kiev", "Kyiv", "Odessa", "Zelensky", "Vladimir", "Kiev", "Odessa", "Zelensky", ".", "Mr.", "U.S.", "İ", "ΟΔΟΣ", "\ud835\udc00", "’",
      ...history.slice(0, 6), ...misnaming.slice(0, 6), history[0]?.toUpperCase() ?? "",
    ];
    const seen = { historical: 0, misnaming: 0 };
    for (const text of texts(pieces, 3000, 16)) {
      for (const mention of findNameMentions(text)) {
        const window = windowAround(text, mention.given?.start ?? mention.start, mention.end, phrases.window);
        expect(mention.historical).toBe(mentionsAny(window, history));
        expect(mention.misnaming).toBe(mentionsAny(window, misnaming));
        if (mention.historical) seen.historical++;
        if (mention.misnaming) seen.misnaming++;
      }
    }
    // Both answers were given both ways.
    expect(seen.historical).toBeGreaterThan(50);
    expect(seen.misnaming).toBeGreaterThan(50);
  });
});
