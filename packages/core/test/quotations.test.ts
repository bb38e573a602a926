import { describe, expect, it } from "vitest";
import { findQuotations, isInsideQuotation } from "../src/index.js";

const contents = (text: string) => findQuotations(text).map((q) => ({ content: text.slice(q.contentStart, q.contentEnd), depth: q.depth, closed: q.closed }));

describe("findQuotations", () => {
  it.each([
    ["curly double", "He said “we will go” today.", "we will go"],
    ["straight double", 'He said "we will go" today.', "we will go"],
    ["guillemets", "Il a dit «nous irons» hier.", "nous irons"],
    ["German low-high", "Er sagte „wir gehen“ heute.", "wir gehen"],
    ["curly single", "The headline read ‘Kyiv holds’ on Monday.", "Kyiv holds"],
  ])("finds %s quotations", (_, text, expected) => {
    expect(contents(text)).toEqual([{ content: expected, depth: 0, closed: true }]);
  });

  it("finds nested quotations with their depth", () => {
    const text = "“He told me ‘never again’ twice,” she said.";
    expect(contents(text)).toEqual([
      { content: "He told me ‘never again’ twice,", depth: 0, closed: true },
      { content: "never again", depth: 1, closed: true },
    ]);
  });

  it.each([
    ["contractions", "Ukraine’s president didn’t attend."],
    ["a plural possessive", "The Residents’ association met."],
    ["decades", "It was built in the ’90s and the '80s."],
    ["rock ’n’ roll", "They played rock ’n’ roll all night."],
    ["rock 'n' roll", "They played rock 'n' roll all night."],
  ])("does not open a quotation on apostrophes in %s", (_, text) => {
    expect(findQuotations(text)).toEqual([]);
  });

  it("keeps apostrophes inside a quotation from closing it", () => {
    const text = "“We don’t accept Moscow’s terms,” he said.";
    expect(contents(text)).toEqual([{ content: "We don’t accept Moscow’s terms,", depth: 0, closed: true }]);
  });

  it.each([
    ["French guillemets with spaces inside", "Il a dit « nous irons » hier.", "nous irons"],
    ["a plural possessive inside a single-quoted quotation", "‘The Residents’ association is angry,’ she said.", "The Residents’ association is angry,"],
    ["a straight single quotation with a possessive", "'The Residents' association is angry,' she said.", "The Residents' association is angry,"],
    ["a headline fragment closed before a lower-case word", "Putin says ‘no plans’ to attend talks", "no plans"],
  ])("finds %s", (_, text, expected) => {
    expect(contents(text)).toEqual([{ content: expected, depth: 0, closed: true }]);
  });

  it("gives exact offsets of the marks and of the content", () => {
    const text = "Lind said: “We are not against growth,” and left.";
    const [q] = findQuotations(text);
    expect(q).toMatchObject({ start: 11, end: 39, contentStart: 12, contentEnd: 38, open: "“", closed: true, depth: 0 });
  });

  it("leaves a quotation open at the end of a paragraph that continues in the next", () => {
    const text = "“The first part of a long statement.";
    expect(contents(text)).toEqual([{ content: "The first part of a long statement.", depth: 0, closed: false }]);
  });

  it("tells whether a range is inside a quotation", () => {
    const text = "Kiev said “Kiev will not” today.";
    const quotes = findQuotations(text);
    expect(isInsideQuotation(quotes, 0, 4)).toBe(false);
    const inner = text.indexOf("Kiev will");
    expect(isInsideQuotation(quotes, inner, inner + 4)).toBe(true);
  });

  it("bounds nesting on 100,000 quotation marks (hostile input stays linear)", () => {
    const text = "“‘".repeat(25_000) + "”’".repeat(25_000);
    const found = findQuotations(text);
    expect(found.length).toBeGreaterThan(0);
    expect(Math.max(...found.map((q) => q.depth))).toBeLessThan(16);
  });
});
