// The quick look at a block's word hashes: a table of first-word hashes turns most words away
// before any map look-up, and must never turn away a phrase that is there.
import { describe, expect, it } from "vitest";
import { PhraseMatcher } from "../src/text/phrases.js";
import { hashWords, wordHash } from "../src/text/tokens.js";

const counted = (matcher: PhraseMatcher<string>, text: string): number => {
  const hashes = new Uint32Array(64);
  return matcher.countIn(hashes, hashWords(text, hashes), 10);
};

describe("PhraseMatcher.countIn", () => {
  const matcher = new PhraseMatcher([
    ["legal disclaimer", "a"],
    ["all rights reserved", "b"],
    ["legal", "c"],
  ]);

  it("counts every phrase occurrence, as before", () => {
    expect(counted(matcher, "Legal Disclaimer: all rights reserved.")).toBe(3);
    expect(counted(matcher, "Nothing to see here.")).toBe(0);
  });

  it("does not count a word whose hash only shares its low bits with a phrase's first word", () => {
    const target = wordHash("legal");
    let twin = "";
    for (let k = 0; twin === "" && k < 10_000_000; k++) {
      const word = `w${k}`;
      const hash = wordHash(word);
      if ((hash & 0xffff) === (target & 0xffff) && hash !== target) twin = word;
    }
    expect(twin).not.toBe("");
    expect(counted(matcher, `${twin} disclaimer`)).toBe(0);
    expect(counted(matcher, `${twin} legal disclaimer`)).toBe(2);
  });
});
