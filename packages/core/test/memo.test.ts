import { describe, expect, it } from "vitest";
import { BoundedCache, memoizeBounded } from "../src/index.js";

describe("BoundedCache", () => {
  it("computes a key once, keeps at most its size and starts over when full", () => {
    const computed: string[] = [];
    const cache = new BoundedCache<string, number>(2);
    const length = (key: string) => {
      computed.push(key);
      return key.length;
    };
    expect(cache.getOrCompute("a", length)).toBe(1);
    expect(cache.getOrCompute("bb", length)).toBe(2);
    expect(cache.getOrCompute("a", length)).toBe(1);
    expect(computed).toEqual(["a", "bb"]);
    // Full: a third key drops the others.
    expect(cache.getOrCompute("ccc", length)).toBe(3);
    expect(cache.get("a")).toBeUndefined();
    expect(cache.get("ccc")).toBe(3);
    // Setting a key it holds never drops the others.
    cache.getOrCompute("dddd", length);
    cache.set("dddd", 40);
    expect([cache.get("ccc"), cache.get("dddd")]).toEqual([3, 40]);
  });

  it("keeps computed undefined and false answers instead of computing them again", () => {
    let calls = 0;
    const isEmpty = memoizeBounded((key: string) => {
      calls++;
      return key === "";
    }, 8);
    expect([isEmpty("x"), isEmpty("x"), isEmpty(""), isEmpty("")]).toEqual([false, false, true, true]);
    expect(calls).toBe(2);
    let asked = 0;
    const nothing = memoizeBounded((): undefined => {
      asked++;
      return undefined;
    }, 8);
    expect([nothing("x"), nothing("x")]).toEqual([undefined, undefined]);
    expect(asked).toBe(1);
  });
});
