// The typed-array hash tables of the corpus pass must answer exactly as the Maps they replaced:
// random sets, look-ups and deletes (keys above 2^31 included, and few distinct low bits so that
// probe runs are long and wrap around), and the inverted index's best match against a Map-based
// reference.
import { describe, expect, it } from "vitest";
import { BoilerplateIndex, type StoredCluster } from "../src/corpus/learned.js";
import { UintTable } from "../src/corpus/uint-table.js";

function random(seed: number): (n: number) => number {
  let state = seed >>> 0;
  return (n: number) => {
    state = (Math.imul(state ^ (state >>> 15), 0x2c1b3c6d) + 0x9e3779b9) >>> 0;
    return state % n;
  };
}

describe("UintTable", () => {
  it("answers like a Map through random sets, look-ups and deletes", () => {
    // Keys drawn from a pool spread over the whole uint32 range: many repeats, long runs; with a
    // small pool the table stays at 16 slots and runs wrap around its end.
    for (const [seed, poolSize] of [[1, 300], [2, 300], [3, 12], [4, 8]] as const) {
      const next = random(seed);
      const pool = Array.from({ length: poolSize }, () => (next(0x10000) * 0x10000 + next(0x10000)) >>> 0);
      const table = new UintTable(4);
      const map = new Map<number, number>();
      for (let step = 0; step < 20_000; step++) {
        const key = pool[next(pool.length)] as number;
        const op = next(10);
        if (op < 4) {
          const value = next(1_000_000);
          table.set(key, value);
          map.set(key, value);
        } else if (op < 7) {
          expect(table.delete(key)).toBe(map.delete(key));
        } else {
          expect(table.get(key)).toBe(map.get(key) ?? -1);
          expect(table.has(key)).toBe(map.has(key));
        }
        expect(table.size).toBe(map.size);
      }
      for (const key of pool) expect(table.get(key)).toBe(map.get(key) ?? -1);
    }
  });

  it("keeps keys reachable after deletes in probe runs that wrap around the table's end", () => {
    // In a 16-slot table 10 and 26 start at slot 14, 13 and 29 at slot 15, 16 and 32 at slot 0:
    // their runs cross the end. Every order of inserting them, deleting one and looking all up.
    const keys = [10, 26, 13, 29, 16, 32];
    for (let rotation = 0; rotation < keys.length; rotation++) {
      const order = [...keys.slice(rotation), ...keys.slice(0, rotation)];
      for (const gone of keys) {
        const table = new UintTable(4);
        order.forEach((key, value) => table.set(key, value));
        table.delete(gone);
        for (const key of keys) expect(table.get(key)).toBe(key === gone ? -1 : order.indexOf(key));
      }
    }
  });
});

/** The matching as it was written with Maps. */
function referenceMatch(clusters: ReadonlyArray<StoredCluster>, similarityFrom: number, shingles: Uint32Array, minArticles: number) {
  const byShingle = new Map<number, number[]>();
  clusters.forEach((cluster, index) => {
    for (const shingle of cluster.shingles) {
      const list = byShingle.get(shingle);
      if (list === undefined) byShingle.set(shingle, [index]);
      else list.push(index);
    }
  });
  const shared = new Map<number, number>();
  for (const shingle of shingles) for (const index of byShingle.get(shingle) ?? []) shared.set(index, (shared.get(index) ?? 0) + 1);
  let best: { block: StoredCluster["block"]; similarity: number } | undefined;
  for (const [index, hits] of shared) {
    const cluster = clusters[index] as StoredCluster;
    if (cluster.block.articles < minArticles) continue;
    const similarity = hits / (shingles.length + cluster.shingles.length - hits);
    if (similarity >= similarityFrom && (best === undefined || similarity > best.similarity)) best = { block: cluster.block, similarity };
  }
  return best;
}

describe("BoilerplateIndex.matchShingles", () => {
  it("finds the same cluster with the same similarity as the Map-based matching, ties included", () => {
    const next = random(11);
    const vocabulary = Array.from({ length: 60 }, () => (next(0x10000) * 0x10000 + next(0x10000)) >>> 0);
    const pick = (count: number): Uint32Array => {
      const set = new Set<number>();
      while (set.size < count) set.add(vocabulary[next(vocabulary.length)] as number);
      return Uint32Array.from([...set].sort((a, b) => a - b));
    };
    const clusters: StoredCluster[] = Array.from({ length: 80 }, (_, id) => ({
      shingles: pick(3 + next(12)),
      block: { id, articles: 1 + next(6), maxArticles: 10, sample: "", markedShare: 0 },
    }));
    const index = new BoilerplateIndex(100, clusters, 0.3);
    for (let probe = 0; probe < 2000; probe++) {
      const shingles = pick(1 + next(15));
      const minArticles = 1 + next(4);
      expect(index.matchShingles(shingles, minArticles)).toEqual(referenceMatch(clusters, 0.3, shingles, minArticles));
      // Scratch counts are cleared: asking twice gives the same answer.
      expect(index.matchShingles(shingles, minArticles)).toEqual(index.matchShingles(shingles, minArticles));
    }
  });
});
