import { describe, expect, it } from "vitest";
import { LineIndex } from "../src/index.js";

describe("LineIndex", () => {
  it("counts LF, CRLF and lone CR as line ends", () => {
    const text = "ab\ncd\r\nef\rgh";
    const index = new LineIndex(text);
    expect(index.positionAt(0)).toEqual({ line: 1, column: 1, offset: 0 });
    expect(index.positionAt(text.indexOf("c"))).toMatchObject({ line: 2, column: 1 });
    expect(index.positionAt(text.indexOf("e"))).toMatchObject({ line: 3, column: 1 });
    expect(index.positionAt(text.indexOf("h"))).toMatchObject({ line: 4, column: 2 });
    expect(index.lineCount).toBe(4);
  });

  it("round-trips offsets through line and column", () => {
    const text = "one\ntwo “three”\n\nfour";
    const index = new LineIndex(text);
    for (let offset = 0; offset <= text.length; offset++) {
      const { line, column } = index.positionAt(offset);
      expect(index.offsetAt(line, column)).toBe(offset);
    }
  });

  it("counts columns in UTF-16 code units", () => {
    const index = new LineIndex("😀 Kiev");
    expect(index.positionAt(3)).toMatchObject({ line: 1, column: 4 });
  });
});
