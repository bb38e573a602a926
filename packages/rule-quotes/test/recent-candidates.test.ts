import { describe, expect, it } from "vitest";
import { SourceArchive } from "../src/verify/archive.js";
import { recentCandidates } from "../src/verify/recent-candidates.js";
import { verifyTokens } from "../src/verify/tokens.js";
import { compareWithPassage } from "../src/verify/verify.js";

const QUOTE = "We will not raise taxes on working families this year";
const TEXTS = [
  "We will not raise taxes on working families this year",
  "We will not raise taxes on families, not this year and not next",
  "Taxes on working families will rise this year, the minister said",
];

function archiveOf(texts: ReadonlyArray<string>): SourceArchive {
  const archive = new SourceArchive();
  texts.forEach((text, i) => archive.addPassage({ text, kind: "direct", quoted: [[0, text.length]], file: `f${i}`, line: 1, column: 1 }));
  return archive.finish();
}

describe("recentCandidates", () => {
  it("answers each floor as a fresh comparison would, whichever floor was asked first", () => {
    const tokens = verifyTokens(QUOTE);
    const floors = [0.95, 0.3, 0.85, 0, 0.6, 0.95];
    const archive = archiveOf(TEXTS);
    const candidates = recentCandidates(QUOTE, tokens, archive, 6);
    expect(candidates.passages.map((p) => p.file).sort()).toEqual(["f0", "f1", "f2"]);
    for (const minScore of floors) {
      for (const passage of candidates.passages) {
        expect(candidates.compare(passage, minScore), `${passage.file} at ${minScore}`).toEqual(compareWithPassage(tokens, passage, undefined, minScore));
      }
    }
    // The floors told the passages apart: the copy reaches every one, the paraphrase only the low ones.
    const scores = candidates.passages.map((p) => compareWithPassage(tokens, p)?.score ?? 0);
    expect(Math.max(...scores)).toBe(1);
    expect(Math.min(...scores)).toBeLessThan(0.85);
  });
});
