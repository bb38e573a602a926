// hashWords hashes ASCII words inline, without a call per character. The version it replaced is
// kept here as the reference: on random text mixing ASCII, accented
// and special-case letters (İ, Σ, ß), marks, surrogate pairs, lone surrogates, apostrophes and
// possessives, both give the same hashes, and tokenize the same words.
import { describe, expect, it } from "vitest";
import { hashWords, tokenize } from "../src/text/tokens.js";

const LETTER = /^[\p{L}\p{M}\p{N}]$/u;

function referenceIsWordChar(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if ((code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57)) return true;
  if (code < 128) return false;
  if (code >= 0xd800 && code <= 0xdbff) return LETTER.test(text.slice(i, i + 2));
  if (code >= 0xdc00 && code <= 0xdfff) return false;
  return LETTER.test(text[i] as string);
}

function referenceFoldedCode(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code >= 65 && code <= 90) return code + 32;
  if (code < 128) return code;
  const lower = (text[i] as string).toLowerCase();
  return lower.length === 1 ? lower.charCodeAt(0) : code;
}

const isApostrophe = (code: number): boolean => code === 39 || code === 0x2019;

function referenceHashWords(text: string, out: Uint32Array): number {
  let count = 0;
  let i = 0;
  while (i < text.length && count < out.length) {
    if (!referenceIsWordChar(text, i)) {
      i++;
      continue;
    }
    let hash = 0x811c9dc5;
    let beforeApostrophe = 0;
    let sinceApostrophe = -1;
    let last = 0;
    while (i < text.length) {
      if (referenceIsWordChar(text, i)) {
        const pair = text.charCodeAt(i) >= 0xd800 && text.charCodeAt(i) <= 0xdbff;
        last = referenceFoldedCode(text, i);
        hash = Math.imul(hash ^ last, 0x01000193);
        if (pair && i + 1 < text.length) hash = Math.imul(hash ^ text.charCodeAt(i + 1), 0x01000193);
        if (sinceApostrophe >= 0) sinceApostrophe++;
        i += pair ? 2 : 1;
      } else if (isApostrophe(text.charCodeAt(i)) && i + 1 < text.length && referenceIsWordChar(text, i + 1)) {
        beforeApostrophe = hash;
        sinceApostrophe = 0;
        hash = Math.imul(hash ^ 39, 0x01000193);
        i++;
      } else break;
    }
    out[count++] = (sinceApostrophe === 1 && last === 115 ? beforeApostrophe : hash) >>> 0;
  }
  return count;
}

function referenceTokenStarts(text: string): number[] {
  const starts: number[] = [];
  let i = 0;
  while (i < text.length) {
    if (!referenceIsWordChar(text, i)) {
      i++;
      continue;
    }
    starts.push(i);
    while (i < text.length) {
      if (referenceIsWordChar(text, i)) i += text.charCodeAt(i) >= 0xd800 && text.charCodeAt(i) <= 0xdbff ? 2 : 1;
      else if (isApostrophe(text.charCodeAt(i)) && i + 1 < text.length && referenceIsWordChar(text, i + 1)) i++;
      else break;
    }
  }
  return starts;
}

const PIECES = [
  "Legal", "disclaimer", "EIN", "Presswire's", "don't", "it’s", "O'Neil", "'s", "’s", "s", "S", "'", "’", " ", " ", "  ",
  "\u00a0", "\n", ".", ",", "-", "é", "É", "İ", "Σ", "ΣΑΣ", "ß", "ﬁ", "e\u0301", "\u0301", "٣", "𝐀", "𝐀𝐁", "😀", "\ud835",
  "\udc00", "Ǆ", "ǅ", "K", "Å", "ẞ", "中文", "2024", "x",
];

function randomTexts(count: number, seed: number): string[] {
  let state = seed;
  const next = (n: number): number => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return (state >>> 8) % n;
  };
  return Array.from({ length: count }, () => {
    let text = "";
    const pieces = 1 + next(25);
    for (let k = 0; k < pieces; k++) text += PIECES[next(PIECES.length)];
    return text;
  });
}

describe("the word scanners against the reference", () => {
  const texts = randomTexts(5000, 7);

  it("hashes the same words as the reference", () => {
    const a = new Uint32Array(64);
    const b = new Uint32Array(64);
    for (const text of texts) {
      const n = hashWords(text, a);
      expect(n).toBe(referenceHashWords(text, b));
      expect([...a.subarray(0, n)]).toEqual([...b.subarray(0, n)]);
    }
  });

  it("stops at the buffer's length as before", () => {
    const a = new Uint32Array(3);
    const b = new Uint32Array(3);
    for (const text of texts) {
      expect(hashWords(text, a)).toBe(referenceHashWords(text, b));
      expect([...a]).toEqual([...b]);
    }
  });

  it("tokenize finds the words the reference finds", () => {
    for (const text of texts) expect(tokenize(text).starts).toEqual(referenceTokenStarts(text));
  });
});
