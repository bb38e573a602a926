import { describe, expect, it } from "vitest";
import { splitSentences } from "../src/index.js";

const sentences = (text: string) => splitSentences(text).map((r) => text.slice(r.start, r.end));

describe("splitSentences", () => {
  it("splits plain sentences and trims trailing space", () => {
    expect(sentences("The talks resume. Kyiv agreed!  Did Moscow? ")).toEqual(["The talks resume.", "Kyiv agreed!", "Did Moscow?"]);
  });

  it("keeps titles and initials inside their sentence", () => {
    expect(sentences("Mr. Smith met Dr. Jones on Jan. 5. John F. Kennedy was not there.")).toEqual([
      "Mr. Smith met Dr. Jones on Jan. 5.",
      "John F. Kennedy was not there.",
    ]);
  });

  it("does not split 'the U.S. acknowledging'", () => {
    const text = "Putin proposed talks, with the U.S. acknowledging that such talks are a next step. Zelensky agreed.";
    expect(sentences(text)).toHaveLength(2);
  });
});

describe("splitSentences on long paragraphs", () => {
  it("cuts long text into chunks without changing a single sentence range", () => {
    const sentence = "Mr. Lind said the U.S. plan was late. Officials in Kyiv agreed! Did they? ";
    const text = sentence.repeat(400);
    const ranges = splitSentences(text);
    expect(ranges).toHaveLength(1200);
    expect(text.slice(ranges[0]?.start, ranges[0]?.end)).toBe("Mr. Lind said the U.S. plan was late.");
    expect(ranges.every((r, i) => text.slice(r.start, r.end) === ["Mr. Lind said the U.S. plan was late.", "Officials in Kyiv agreed!", "Did they?"][i % 3])).toBe(true);
  });

  it("stays fast on a 1 MB paragraph of short sentences", () => {
    const text = "Talks resumed. ".repeat(70_000);
    expect(splitSentences(text)).toHaveLength(70_000);
  });
});
