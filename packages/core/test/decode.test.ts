import { describe, expect, it } from "vitest";
import { decodeSource } from "../src/index.js";

const bytes = (...values: number[]) => Uint8Array.from(values);
const utf8 = (text: string) => new TextEncoder().encode(text);

describe("decodeSource", () => {
  it("decodes UTF-8, dropping and remembering a BOM", () => {
    const result = decodeSource("a.txt", Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8("Kyiv’s")]));
    expect(result.ok && [result.source.text, result.source.encoding, result.source.bom]).toEqual(["Kyiv’s", "utf-8", true]);
  });

  it("decodes UTF-16 LE with a BOM", () => {
    const result = decodeSource("a.txt", bytes(0xff, 0xfe, 0x4b, 0x00, 0x79, 0x00));
    expect(result.ok && result.source.text).toBe("Ky");
  });

  it("decodes windows-1252 when the page declares it", () => {
    const page = [...utf8('<meta charset="windows-1252"><p>'), 0x93, ...utf8("Kyiv"), 0x94, ...utf8("</p>")];
    const result = decodeSource("a.html", Uint8Array.from(page));
    expect(result.ok && result.source.text).toContain("“Kyiv”");
  });

  it("refuses invalid UTF-8 with no declaration, and binary files", () => {
    expect(decodeSource("a.txt", bytes(0x4b, 0x93, 0x79))).toEqual({ ok: false, reason: "not valid UTF-8 and no BOM or charset declaration says what it is" });
    const png = bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d);
    expect(decodeSource("a.png", png)).toMatchObject({ ok: false, reason: expect.stringMatching(/^binary file/) });
  });
});
