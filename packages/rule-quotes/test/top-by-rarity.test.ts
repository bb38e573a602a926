import { describe, expect, it } from "vitest";
import { topByRarity, type PairList } from "../src/verify/top-by-rarity.js";
import { topByWeight } from "../src/verify/top-weights.js";

/** A seeded generator, so a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 0x1_0000_0000;
  };
}

/** The one pass topByRarity must agree with: every list added up in its order, then the best kept. */
function onePass(lists: ReadonlyArray<PairList>, limit: number, size: number, accept: (id: number) => boolean = () => true): Array<{ id: number; weight: number }> {
  const weights = new Float64Array(size);
  const found: number[] = [];
  for (const { ids, rarity } of lists) {
    for (let i = 0; i < ids.length; i++) {
      const id = ids[i] as number;
      if (weights[id] === 0) found.push(id);
      weights[id] = (weights[id] as number) + rarity;
    }
  }
  return topByWeight(found.filter(accept), weights, limit).map((id) => ({ id, weight: weights[id] as number }));
}

/**
 * A quotation's lists over `size` passages: a few rare pairs, some common ones, as the index gives
 * them; with `sources`, those passages hold most of the quotation's pairs (the rare ones settle
 * the best, and the long lists are left unwalked).
 */
function listsOf(size: number, pairs: number, next: () => number, sources: ReadonlyArray<number> = []): PairList[] {
  const lists: PairList[] = [];
  for (let p = 0; p < pairs; p++) {
    // Lengths from 1 to a fifth of the archive, most of them short.
    const length = 1 + Math.floor(next() ** 3 * (size / 5));
    const ids = new Set<number>(sources.filter(() => next() < 0.8));
    while (ids.size < length) ids.add(Math.floor(next() * size));
    lists.push({ ids: Uint32Array.from([...ids].sort((a, b) => a - b)), rarity: Math.log(1 + size / length) });
  }
  return lists;
}

describe("topByRarity", () => {
  it("gives what one pass over every list gives, ids, order and weights, over many random quotations", () => {
    const next = random(7);
    const size = 5000;
    const weights = new Float64Array(size);
    for (let round = 0; round < 400; round++) {
      // Half the rounds with a few passages that are the quotation's sources.
      const sources = round % 2 === 0 ? [] : Array.from({ length: 1 + Math.floor(next() * 4) }, () => Math.floor(next() * size));
      const lists = listsOf(size, 1 + Math.floor(next() * 40), next, sources);
      const limit = 1 + Math.floor(next() * 8);
      const expected = onePass(lists, limit, size);
      expect(topByRarity(lists, limit, weights), `round ${round}`).toEqual(expected);
      // The scratch array is left as it was found.
      expect(weights.every((w) => w === 0)).toBe(true);
    }
  });

  it("gives the best of the ids accepted, asking about each id at most once and about few of them", () => {
    const next = random(11);
    const size = 5000;
    const weights = new Float64Array(size);
    let asked = 0;
    let found = 0;
    for (let round = 0; round < 400; round++) {
      // The quotation's own copies (its sources here) are the heaviest, and are the ones refused.
      const sources = Array.from({ length: 1 + Math.floor(next() * 12) }, () => Math.floor(next() * size));
      const refused = new Set(round % 3 === 0 ? [] : sources.filter(() => next() < 0.8));
      // And a few ids from everywhere, as another file's or another speaker's would be.
      for (let i = 0; i < 40; i++) refused.add(Math.floor(next() * size));
      const lists = listsOf(size, 1 + Math.floor(next() * 40), next, sources);
      const limit = 1 + Math.floor(next() * 8);
      const questions = new Map<number, number>();
      const accept = (id: number) => {
        questions.set(id, (questions.get(id) ?? 0) + 1);
        return !refused.has(id);
      };
      const got = topByRarity(lists, limit, weights, accept);
      expect(got, `round ${round}`).toEqual(onePass(lists, limit, size, (id) => !refused.has(id)));
      expect([...questions.values()].every((times) => times === 1), `round ${round}`).toBe(true);
      expect(weights.every((w) => w === 0)).toBe(true);
      asked += questions.size;
      found += new Set(lists.flatMap((list) => [...list.ids])).size;
    }
    expect(asked).toBeLessThan(found / 10);
  });

  it("keeps ties in id order, also when the tie is decided in lists it did not walk", () => {
    // Passages 3 and 9 share every pair; 9 also holds a long list's pair that 3 lacks, 1 and 2 fill the short lists.
    const long = Uint32Array.from(Array.from({ length: 400 }, (_, i) => i + 9));
    const lists: PairList[] = [
      { ids: Uint32Array.of(1, 3, 9), rarity: 5 },
      { ids: Uint32Array.of(2, 3, 9), rarity: 5 },
      { ids: long, rarity: 0.5 },
      { ids: Uint32Array.of(1, 2, 3, 9), rarity: 4 },
    ];
    const weights = new Float64Array(500);
    expect(topByRarity(lists, 2, weights)).toEqual([{ id: 9, weight: 14.5 }, { id: 3, weight: 14 }]);
    expect(topByRarity(lists, 3, weights)).toEqual(onePass(lists, 3, 500));
    const equal: PairList[] = [{ ids: Uint32Array.of(4, 7), rarity: 2 }, { ids: Uint32Array.of(4, 7, 8), rarity: 1 }];
    expect(topByRarity(equal, 1, weights)).toEqual([{ id: 4, weight: 3 }]);
  });

  it("finds nothing in no lists, and gives every id when there are fewer than asked for", () => {
    const weights = new Float64Array(10);
    expect(topByRarity([], 5, weights)).toEqual([]);
    expect(topByRarity([{ ids: Uint32Array.of(2, 5), rarity: 1 }], 5, weights)).toEqual([{ id: 2, weight: 1 }, { id: 5, weight: 1 }]);
  });

  /** `ids` behind a proxy that counts every read of an entry (a walk reads them all; a search a few). */
  function counted(ids: Uint32Array, reads: { count: number }): Uint32Array {
    return new Proxy(ids, {
      get(target, property) {
        if (typeof property === "string" && /^\d+$/.test(property)) reads.count++;
        return Reflect.get(target, property) as unknown;
      },
    });
  }

  it("reads only a few entries of the long lists when a rare pair settles the best", () => {
    // One rare pair shared by 3 passages, then pairs each in half the archive.
    const size = 100_000;
    const half = (offset: number) => Uint32Array.from({ length: size / 2 }, (_, i) => 2 * i + offset);
    const reads = { count: 0 };
    const lists: PairList[] = [
      { ids: Uint32Array.of(10, 20, 30), rarity: Math.log(1 + size / 3) },
      { ids: counted(half(0), reads), rarity: Math.log(3) },
      { ids: counted(half(1), reads), rarity: Math.log(3) },
    ];
    const best = topByRarity(lists, 2, new Float64Array(size));
    expect(reads.count).toBeGreaterThan(0);
    expect(reads.count).toBeLessThan(300);
    // (onePass reads every entry: checked after the count.)
    expect(best).toEqual(onePass(lists, 2, size));
  });
});
