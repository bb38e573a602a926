import { describe, expect, it } from "vitest";
import { uint32Column, uint8Column } from "../src/verify/growable-column.js";

describe("GrowableColumn", () => {
  it("keeps every value pushed past its starting capacity, as a view and as a copy", () => {
    const column = uint32Column(2);
    const values = Array.from({ length: 1000 }, (_, i) => (i * 2654435761) >>> 0);
    for (const value of values) column.push(value);
    expect(column.length).toBe(1000);
    expect([...column.view()]).toEqual(values);
    expect(column.at(999)).toBe(values[999]);
    const copy = column.copy();
    column.push(7);
    expect(copy.length).toBe(1000);
    expect(column.view().length).toBe(1001);
  });

  it("stores bytes in a byte column", () => {
    const column = uint8Column(1);
    for (const value of [1, 0x81, 255]) column.push(value);
    expect(column.copy()).toEqual(Uint8Array.of(1, 0x81, 255));
  });
});
