import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { splitSentences } from "../src/index.js";
import { hasTabledClasses, tabledSentenceEnds } from "../src/text/sentence-boundaries.js";
import { segmentSentencesReference } from "./reference/sentences-reference.js";

const segmenter = new Intl.Segmenter("en", { granularity: "sentence" });
const icuEnds = (text: string): number[] => [...segmenter.segment(text)].map((s) => s.index + s.segment.length);

/** Every character the table covers, weighted toward the ones sentence rules turn on. */
const tabled = fc.constantFrom(
  ".", ".", ".", "!", "?", " ", " ", " ", "\u00A0", "a", "b", "x", "A", "B", "Z", "1", "9", ",", ";", ":", "-", "\u2013", "\u2014",
  '"', "'", "(", ")", "[", "]", "\u201C", "\u201D", "\u2018", "\u2019", "\u00AB", "\u00BB", "\u2039", "\u203A", "\u201E",
  "#", "%", "&", "/", "\u2026", "\u00A9", "\u00E9", "\u00C9", "\u00DF", "\u00AA", "\u00B5", "\u00D7", "\u2010", "\u2032",
  "Mr", "U.S.", "Jan", "etc", "said", "Kyiv", "no", " he",
);
const tabledText = fc.array(tabled, { maxLength: 60 }).map((parts) => parts.join(""));
/** Anything else too: letters without case, line and paragraph breaks, marks, soft hyphens, astral characters. */
const other = fc.constantFrom("\n", "\r\n", "\u2029", "\u0301", "\u00AD", "\u05D0", "\u0416", "\u3002", "\uFF01", "\u200B", "\t", "\uD83D\uDE00", "\u2024");
const mixedText = fc.array(fc.oneof(tabled, tabled, tabled, other), { maxLength: 60 }).map((parts) => parts.join(""));

describe("table-driven sentence boundaries", () => {
  it("covers only text whose every character is in the table", () => {
    expect(hasTabledClasses("He said: “No.” (Really?)", 0, 24)).toBe(true);
    expect(hasTabledClasses("Line one.\nLine two.", 0, 19)).toBe(false);
    expect(hasTabledClasses("Кыiv", 0, 4)).toBe(false);
  });

  it("ends sentences exactly where Intl.Segmenter does", () => {
    fc.assert(
      fc.property(tabledText, (text) => {
        const ends: number[] = [];
        tabledSentenceEnds(text, 0, text.length, ends);
        expect(ends).toEqual(icuEnds(text));
      }),
      { numRuns: Number(process.env.RUNS ?? 20000) },
    );
  });

  it("give splitSentences the ranges it gave with Intl.Segmenter alone", () => {
    fc.assert(
      fc.property(fc.oneof(tabledText, mixedText), (text) => {
        expect([...splitSentences(text)]).toEqual(segmentSentencesReference(text));
      }),
      { numRuns: 5000 },
    );
  });

  it("give the same ranges on long text cut into chunks", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(tabledText, mixedText), { minLength: 40, maxLength: 120 }), (parts) => {
        const text = parts.join(" ");
        expect([...splitSentences(text)]).toEqual(segmentSentencesReference(text));
      }),
      { numRuns: 200 },
    );
  });
});
