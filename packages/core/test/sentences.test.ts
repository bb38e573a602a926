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
