import { describe, expect, it } from "vitest";
import { PostingsBuilder, type Postings } from "../src/verify/postings.js";

/** A seeded generator, so a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state;
  };
}

/** What the postings must hold: each key's distinct ids, ascending. */
function expected(entries: ReadonlyArray<readonly [number, number]>): Map<number, number[]> {
  const byKey = new Map<number, Set<number>>();
  for (const [key, id] of entries) {
    let ids = byKey.get(key);
    if (ids === undefined) byKey.set(key, (ids = new Set()));
    ids.add(id);
  }
  return new Map([...byKey].map(([key, ids]) => [key, [...ids].sort((a, b) => a - b)]));
}

/** Entries for `passages` passages of a few keys each, drawn from `distinct` keys (some repeated in a passage). */
function entriesOf(passages: number, distinct: number, seed: number): Array<[number, number]> {
  const next = random(seed);
  const keys = Array.from({ length: distinct }, () => next());
  const entries: Array<[number, number]> = [];
  for (let id = 0; id < passages; id++) {
    const count = 1 + (next() % 12);
    for (let k = 0; k < count; k++) entries.push([keys[next() % distinct] as number, id]);
  }
  return entries;
}

const lookUpAll = (postings: Postings, keys: Iterable<number>): Map<number, number[]> => new Map([...keys].map((key) => [key, [...postings.lookup(key)]]));

describe("PostingsBuilder", () => {
  for (const [name, passages, distinct] of [
    ["a small index (sorted by comparison)", 50, 40],
    ["a large index (bucket pass)", 40_000, 90_000],
    ["a large index with few keys (long lists, full buckets)", 20_000, 300],
  ] as const) {
    it(`groups each key's distinct ids, ascending: ${name}`, () => {
      const entries = entriesOf(passages, distinct, passages + distinct);
      const builder = new PostingsBuilder();
      for (const [key, id] of entries) builder.add(key, id);
      expect(builder.length).toBe(entries.length);
      const postings = builder.build();
      const want = expected(entries);
      expect(lookUpAll(postings, want.keys())).toEqual(want);
      expect(postings.lookup(0xdeadbeef).length).toBe(want.get(0xdeadbeef)?.length ?? 0);
    });
  }

  it("takes other archives' columns whole, their ids shifted, in order with entries added one by one", () => {
    const first = entriesOf(3000, 5000, 1);
    const second = entriesOf(3000, 5000, 2);
    const builder = new PostingsBuilder();
    for (const [key, id] of first) builder.add(key, id);
    const secondKeys = Uint32Array.from(second, ([key]) => key);
    const secondIds = Uint32Array.from(second, ([, id]) => id);
    builder.addAll(secondKeys, secondIds, 3000);
    builder.add(0x12345678, 9000);
    const all = [...first, ...second.map(([key, id]) => [key, id + 3000] as [number, number]), [0x12345678, 9000] as [number, number]];
    const { keys, ids } = builder.columns();
    expect(Array.from(keys, (key, i) => [key, ids[i]])).toEqual(all);
    // The taken columns are read, never changed.
    expect(secondIds[0]).toBe(second[0]?.[1]);
    const postings = builder.build();
    const want = expected(all);
    expect(lookUpAll(postings, want.keys())).toEqual(want);
    expect(secondIds[0]).toBe(second[0]?.[1]);
  });

  it("builds an empty index from nothing", () => {
    const postings = new PostingsBuilder().build();
    expect(postings.lookup(1).length).toBe(0);
    expect(postings.bytes).toBe(4);
  });
});
