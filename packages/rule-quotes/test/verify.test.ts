import { describe, expect, it } from "vitest";
import { findQuotations } from "@copydesk/core";
import { compareQuotation, meaningful, renderDiff, type Change } from "../src/verify/compare.js";
import { diffWords } from "../src/verify/diff.js";
import { americanSpelling } from "../src/verify/spelling.js";
import { compareSpeakers } from "../src/verify/speakers.js";
import { verifyTokens } from "../src/verify/tokens.js";

/** Source text; words inside quote marks in it are marked quoted (a source's partial quotation). */
function passage(text: string) {
  const quoted = findQuotations(text).filter((q) => q.depth === 0).map((q) => [q.contentStart, q.contentEnd] as const);
  return verifyTokens(text, quoted.length > 0 ? quoted : [[0, text.length]]);
}

const compare = (source: string, quotation: string) => {
  const result = compareQuotation(verifyTokens(quotation), passage(source));
  if (result === undefined) throw new Error("no alignment");
  return result;
};

const LIND = "We are not against growth, but nobody has shown us a credible traffic study,";

describe("tolerated edits: the quotation is still the speaker's words", () => {
  it.each([
    ["curly for straight quotes and a changed trailing comma", LIND, "We are not against growth, but nobody has shown us a credible traffic study."],
    ["the case of the first letter", "the numbers in this plan are three years old", "The numbers in this plan are three years old"],
    ["an ellipsis for an omission", LIND, "We are not against growth … nobody has shown us a credible traffic study"],
    ["three dots for an omission", "We will build the terminal, we will dredge the channel and we will hire locally.", "We will build the terminal ... and we will hire locally."],
    ["a bracketed clarification replacing a pronoun", "It will hire locally wherever it can.", "[Greyhaven] will hire locally wherever it can."],
    ["a bracketed insertion", "The numbers in this plan are three years old.", "The numbers in this plan [for the terminal] are three years old."],
    ["British for American spelling", "The neighborhood will organize to defend the harbor's color and its center.", "The neighbourhood will organise to defend the harbour's colour and its centre."],
    ["a number written in figures", "It will pay for itself within twelve years.", "It will pay for itself within 12 years."],
    ["a contraction spelt out", "We don't accept it and we won't.", "We do not accept it and we will not."],
    ["per cent and percent", "Costs rose 12 per cent this year.", "Costs rose 12 percent this year."],
    ["a spoken filler dropped", "We are, um, not against growth.", "We are not against growth."],
    ["a portion of a longer quotation", "This is the largest investment in the waterfront in a generation, and it will pay for itself within twelve years.", "it will pay for itself within twelve years"],
  ])("%s", (_, source, quotation) => {
    const result = compare(source, quotation);
    expect(meaningful(result.changes)).toEqual([]);
    expect(result.coverage).toBeGreaterThanOrEqual(0.9);
    expect(result.score).toBeGreaterThanOrEqual(0.9);
  });

  it("names the tolerated edits", () => {
    expect(compare(LIND, "We are not against growth … nobody has shown us a credible traffic study").tolerated).toEqual(["ellipsis"]);
    expect(compare("It will hire locally wherever it can.", "[Greyhaven] will hire locally wherever it can.").tolerated).toEqual(["bracket"]);
  });
});

describe("changes that alter what was said", () => {
  const cases: ReadonlyArray<[string, string, string, Change]> = [
    ["a negation dropped", LIND, "We are against growth, but nobody has shown us a credible traffic study.", { kind: "negation-dropped", words: "not" }],
    ["a negation added", "We will support the expansion of the terminal.", "We will not support the expansion of the terminal.", { kind: "negation-added", words: "not" }],
    ["a negation cut off at the edge of a partial quotation", "We are not against growth.", "against growth", { kind: "negation-dropped", words: "not" }],
    ["a number changed", "The numbers in this plan are three years old.", "The numbers in this plan are four years old.", { kind: "number-changed", from: "three", to: "four" }],
    ["a figure changed", "It will create about 900 jobs in the first year.", "It will create about 1,900 jobs in the first year.", { kind: "number-changed", from: "900", to: "1,900" }],
    ["words added inside the quote marks", "We will hire locally wherever we can.", "We will hire locally and pay well wherever we can.", { kind: "words-added", words: "and pay well" }],
    ["a word changed", "The plan underestimates truck traffic on the east side.", "The plan ignores truck traffic on the east side.", { kind: "words-changed", from: "underestimates", to: "ignores" }],
    ["words left out without an ellipsis", "The numbers in this plan for the terminal are three years old.", "The numbers in this plan are three years old.", { kind: "words-omitted", words: "for the terminal" }],
  ];
  it.each(cases)("%s", (_, source, quotation, change) => {
    const changes = meaningful(compare(source, quotation).changes);
    expect(changes[0]).toEqual(change);
  });

  it("a partial quotation extended over the source's paraphrase", () => {
    const source = "the dredging would be done in two phases “to keep the channel open to fishing boats at all times.”";
    const result = compare(source, "The dredging will be done in two phases to keep the channel open to fishing boats at all times.");
    expect(meaningful(result.changes)).toContainEqual({
      kind: "partial-extended",
      quoted: "to keep the channel open to fishing boats at all times",
      added: "The dredging will be done in two phases",
      count: 7,
    });
  });

  it("a paraphrase presented as a direct quotation", () => {
    const source = "construction would begin in the spring and create about 900 jobs";
    const result = compareQuotation(verifyTokens("Construction will begin in the spring and create about 900 jobs."), verifyTokens(source, []));
    expect(result && meaningful(result.changes).map((c) => c.kind)).toEqual(["paraphrase"]);
  });

  it("quoting only the quoted fragment of a reported passage is faithful", () => {
    const source = "the dredging would be done in two phases “to keep the channel open to fishing boats at all times.”";
    expect(meaningful(compare(source, "to keep the channel open to fishing boats at all times").changes)).toEqual([]);
  });

  it("a function word alone is a minor change, kept out of the verdict", () => {
    const result = compare("We are not against growth, but nobody has shown us a study.", "We are not against growth, and nobody has shown us a study.");
    expect(result.changes).toEqual([{ kind: "minor", from: "but", to: "and" }]);
    expect(meaningful(result.changes)).toEqual([]);
  });

  it("shows the word diff as git's --word-diff does", () => {
    const result = compare(LIND, "We are against growth, and nobody has shown us a credible traffic study.");
    expect(renderDiff(result.diff)).toBe("We are [-not-] against growth [-but-] {+and+} nobody has shown us a credible traffic study");
  });
});

describe("diffWords (Myers)", () => {
  it.each([
    [["a", "b", "c"], ["a", "c"]],
    [[], ["a"]],
    [["x", "y"], ["y", "x"]],
    [["a", "b", "c", "d"], ["a", "x", "c", "d", "e"]],
  ])("%j -> %j reconstructs both sides with the fewest edits", (a, b) => {
    const ops = diffWords(a, b) ?? [];
    expect(ops.filter((o) => o.op !== "insert").map((o) => a[(o as { a: number }).a])).toEqual(a);
    expect(ops.filter((o) => o.op !== "delete").map((o) => b[(o as { b: number }).b])).toEqual(b);
  });

  it("gives up past the edit bound", () => {
    expect(diffWords(["a", "b", "c"], ["x", "y", "z"], 3)).toBeUndefined();
  });
});

describe("spelling and speakers", () => {
  it.each([
    ["colour", "color"], ["favourite", "favorite"], ["organisation", "organization"], ["analyse", "analyze"], ["centre", "center"],
    ["travelled", "traveled"], ["defence", "defense"], ["programme", "program"], ["grey", "gray"],
  ])("%s and %s fold to one key", (british, american) => {
    expect(americanSpelling(british)).toBe(americanSpelling(american));
  });

  it.each([["four", "for"], ["hour", "hor"], ["filled", "filed"], ["metre", "meter"]])("keeps %s apart from %s unless they are one word", (a, b) => {
    const same = a === "metre";
    expect(americanSpelling(a) === americanSpelling(b)).toBe(same);
  });

  it.each([
    [{ name: "Priya Raman", kind: "person" }, { name: "Raman", kind: "person" }, "same"],
    [{ name: "P. Raman", kind: "person" }, { name: "Priya Raman", kind: "person" }, "same"],
    [{ name: "Priya Raman", kind: "person" }, { name: "Miriam Castell", kind: "person" }, "different"],
    [{ name: "Anna Raman", kind: "person" }, { name: "Priya Raman", kind: "person" }, "different"],
    [{ name: "Greyhaven", kind: "organisation" }, { name: "Greyhaven Logistics", kind: "organisation" }, "same"],
    [{ name: "a company spokesperson", kind: "anonymous" }, { name: "Greyhaven Logistics", kind: "organisation" }, "unknown"],
    [{ name: "Greyhaven Logistics", kind: "organisation" }, { name: "Priya Raman", kind: "person" }, "unknown"],
    [{ name: "Hal Brenner and Ruth Adeyemi", kind: "person" }, { name: "Brenner", kind: "person" }, "same"],
    [{ name: "she", kind: "person", resolvedBy: "unresolved pronoun" }, { name: "Priya Raman", kind: "person" }, "unknown"],
  ] as const)("%j vs %j: %s", (a, b, verdict) => {
    expect(compareSpeakers(a, b)).toBe(verdict);
  });
});
