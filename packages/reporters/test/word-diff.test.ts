import { describe, expect, it } from "vitest";
import { wordDiff } from "../src/index.js";
import { asDiff, evidenceView } from "../src/html/evidence.js";

describe("wordDiff", () => {
  const cases: [string, string, string][] = [
    ["same words", "same words", "same words"],
    ["We are not against growth, but nobody", "We are against growth, and nobody", "We are [-not -]against growth, [-but -]{+and +}nobody"],
    ["", "new text", "{+new text+}"],
    ["old text", "", "[-old text-]"],
    ["a b c", "c b a", "[-a b -]c {+b a+}"],
  ];
  for (const [before, after, shown] of cases) {
    it(`${JSON.stringify(before)} -> ${JSON.stringify(after)}`, () => {
      const parts = wordDiff(before, after) ?? [];
      expect(parts.map((p) => (p.op === "eq" ? p.text : p.op === "del" ? `[-${p.text}-]` : `{+${p.text}+}`)).join("")).toBe(shown);
      // Each side reads back as its own text (the space after a shared word may come from either side).
      const words = (text: string) => text.split(/\s+/).filter(Boolean);
      expect(words(parts.filter((p) => p.op !== "ins").map((p) => p.text).join(""))).toEqual(words(before));
      expect(parts.filter((p) => p.op !== "del").map((p) => p.text).join("")).toBe(after);
    });
  }

  it("gives up on texts too long or too different to show, in bounded time", () => {
    const a = Array.from({ length: 3000 }, (_, i) => `a${i}`).join(" ");
    const b = Array.from({ length: 3000 }, (_, i) => `b${i}`).join(" ");
    const started = Date.now();
    expect(wordDiff(a, b)).toBeUndefined();
    expect(wordDiff("x ".repeat(6000), "y")).toBeUndefined();
    expect(Date.now() - started).toBeLessThan(2000);
  });
});

describe("diff-shaped evidence", () => {
  const cases: [string, unknown, string | undefined][] = [
    ["op/text", [{ op: "equal", text: "We will" }, { op: "insert", text: "not" }, { op: "equal", text: "sign" }], "We will {+not +}sign"],
    ["jsdiff", [{ value: "We will ", count: 2, added: false, removed: false }, { value: "not ", count: 1, added: true, removed: false }, { value: "sign", count: 1, added: false, removed: false }], "We will {+not +}sign"],
    ["tuples", [[0, "We will "], [-1, "never "], [1, "not "], [0, "sign"]], "We will [-never -]{+not +}sign"],
    ["word lists", [{ type: "same", words: ["We", "will"] }, { type: "removed", words: ["not"] }, { type: "same", words: ["sign"] }], "We will [-not -]sign"],
    ["replace", [{ op: "equal", text: "three" }, { op: "replace", from: "phases", to: "stages" }], "three [-phases -]{+stages+}"],
    ["inline (wdiff) string", "We are [-not-] against growth, {+and+} [-but-] nobody", "We are [-not -]against growth, {+and +}[-but -]nobody"],
    ["a string with no change marks", "We are against growth", undefined],
    ["not a diff: plain list", ["MENAFN", "EIN Presswire"], undefined],
    ["not a diff: records", [{ name: "Kiev", count: 2 }], undefined],
    ["not a diff: empty", [], undefined],
  ];
  for (const [name, value, shown] of cases) {
    it(name, () => {
      const parts = asDiff(value, "diff");
      expect(parts?.map((p) => (p.op === "eq" ? p.text : p.op === "del" ? `[-${p.text}-]` : `{+${p.text}+}`)).join("")).toBe(shown);
    });
  }

  it("reads an inline diff only under a diff key, and never loops on unclosed marks", () => {
    expect(asDiff("keep [-this-] text", "sourcePassage")).toBeUndefined();
    expect(asDiff("[-".repeat(50_000) + "{+", "diff")).toBeUndefined();
    expect(asDiff("a [-b-] c [-d", "diff")?.map((p) => p.text)).toEqual(["a ", "b ", "c [-d"]);
  });

  it("keeps plain evidence as key/value pairs, bounded", () => {
    const view = evidenceView({ score: 0.93, providers: ["MENAFN", "EIN Presswire"], long: "x".repeat(25_000), fn: () => 1, deep: { a: { b: { c: { d: { e: { f: { g: 1 } } } } } } } });
    expect(view?.entries.map(([k]) => k)).toEqual(["score", "providers", "long", "deep"]);
    expect((view?.entries[2]?.[1] as string).length).toBeLessThan(20_100);
    expect(JSON.stringify(view?.entries[3])).toContain("…");
  });
});
