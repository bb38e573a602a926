import { describe, expect, it } from "vitest";
import { serialize } from "node:v8";
import { ownCopy, PassageStore } from "../src/verify/passage-store.js";
import type { Passage } from "../src/verify/passages.js";

const passages: Passage[] = [
  { text: "We are not against growth", kind: "direct", quoted: [[0, 25]], speaker: { name: "Olena Shevchenko", kind: "person", role: "the minister" }, file: "wire/1.html", line: 4, column: 9 },
  { text: "the dredging would be done “to keep the port open”", kind: "reported", quoted: [[28, 49]], speaker: { name: "the company", kind: "organisation" }, file: "wire/1.html", line: 7, column: 1 },
  { text: "talks would resume next week", kind: "reported", quoted: [], file: "wire/2.html", line: 2, column: 3 },
  { text: "credible", kind: "partial", quoted: [[0, 8]], speaker: { name: "Olena Shevchenko", kind: "person", role: "the minister" }, file: "wire/2.html", line: 3, column: 40 },
  { text: "a b", kind: "direct", quoted: [[0, 1], [2, 3]], speaker: { name: "a source", kind: "anonymous" }, file: "wire/3.html", line: 1, column: 1 },
];

describe("PassageStore", () => {
  it("gives back every passage as it was added, and the same object while it is recent", () => {
    const store = new PassageStore();
    const ids = passages.map((p) => store.add(p));
    expect(ids).toEqual([0, 1, 2, 3, 4]);
    ids.forEach((id, i) => expect(store.get(id)).toBe(passages[i]));
    expect(store.fileCount).toBe(3);
  });

  it("survives columns, structured clone and merging after another store's passages", () => {
    const first = new PassageStore();
    const second = new PassageStore();
    passages.slice(0, 2).forEach((p) => first.add(p));
    passages.slice(2).forEach((p) => second.add(p));
    second.noteFile("wire/empty.html");
    const merged = new PassageStore();
    merged.addColumns(structuredClone(first.toColumns()));
    merged.addColumns(structuredClone(second.toColumns()));
    expect(merged.size).toBe(passages.length);
    expect(passages.map((_, id) => merged.get(id))).toEqual(passages);
    // Files and speakers are stored once each, whichever store they came from.
    expect(merged.fileCount).toBe(4);
    expect(merged.toColumns().speakerFields.length).toBe(3 * 3);
  });

  it("stores a Latin-1 text cut from a two-byte article one byte a character, and any other text unchanged", () => {
    const article = `${"“We will rebuild the port in Odesa,” she said. ".repeat(40)}Ça va, naïve café.`;
    const latin = article.slice(article.length - 18);
    // v8.serialize writes a string as V8 holds it: one byte a character, or two.
    expect(serialize(latin).length).toBeGreaterThan(2 * latin.length);
    const copy = ownCopy(latin);
    expect(copy).toBe(latin);
    expect(serialize(copy).length).toBeLessThan(latin.length + 8);
    for (const text of ["“curly” inside", "Київ", "lone \ud800 surrogate", ""]) expect(ownCopy(text)).toBe(text);
  });

  it("gives back every passage from shared columns, read-only", () => {
    const store = new PassageStore();
    passages.forEach((p) => store.add(p));
    store.add({ text: "«Київ» is “Kyiv”", kind: "direct", quoted: [[0, 16]], file: "wire/4.html", line: 9, column: 2 });
    const shared = structuredClone(store.toShared());
    expect(shared.textBytes.buffer).toBeInstanceOf(SharedArrayBuffer);
    const reader = PassageStore.fromShared(shared);
    expect(reader.size).toBe(6);
    expect(reader.fileCount).toBe(4);
    for (let id = 0; id < 6; id++) expect(reader.get(id)).toEqual(store.get(id));
    expect(reader.toShared()).toBe(shared);
    expect(() => reader.add(passages[0] as Passage)).toThrow(/read-only/);
  });
});
