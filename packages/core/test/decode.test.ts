import { describe, expect, it } from "vitest";
import { decodeSource, encodingLabel } from "../src/index.js";

const bytes = (...values: number[]) => Uint8Array.from(values);
const utf8 = (text: string) => new TextEncoder().encode(text);
const decoded = (result: ReturnType<typeof decodeSource>) => (result.ok ? [result.source.text, result.source.encoding, result.source.bom, result.source.decodedBy] : result.reason);

describe("decodeSource", () => {
  it("decodes UTF-8, dropping and remembering a BOM", () => {
    expect(decoded(decodeSource("a.txt", Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8("Kyiv’s")])))).toEqual(["Kyiv’s", "utf-8", true, "bom"]);
    expect(decoded(decodeSource("a.txt", utf8("Kyiv’s")))).toEqual(["Kyiv’s", "utf-8", false, "utf-8"]);
  });

  it("decodes UTF-16 with a BOM, little and big endian", () => {
    expect(decoded(decodeSource("a.txt", bytes(0xff, 0xfe, 0x4b, 0x00, 0x79, 0x00)))).toEqual(["Ky", "utf-16le", true, "bom"]);
    expect(decoded(decodeSource("a.txt", bytes(0xfe, 0xff, 0x00, 0x4b, 0x00, 0x79)))).toEqual(["Ky", "utf-16be", true, "bom"]);
  });

  it("decodes windows-1252 when the page declares it, curly quotes from 0x93/0x94 included", () => {
    const page = [...utf8('<meta charset="windows-1252"><p>'), 0x93, ...utf8("Kyiv"), 0x94, 0x97, ...utf8("</p>")];
    const result = decodeSource("a.html", Uint8Array.from(page));
    expect(result.ok && result.source.text).toContain("“Kyiv”—");
    expect(result.ok && result.source.decodedBy).toBe("declared");
    const httpEquiv = [...utf8('<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1"><p>caf'), 0xe9];
    expect(decoded(decodeSource("b.html", Uint8Array.from(httpEquiv)))).toEqual([expect.stringContaining("café"), "windows-1252", false, "declared"]);
  });

  it("trusts valid UTF-8 over a charset declaration that contradicts it", () => {
    const page = utf8('<meta charset="windows-1252"><p>“Kyiv” — café</p>');
    expect(decoded(decodeSource("a.html", page))).toEqual([expect.stringContaining("“Kyiv” — café"), "utf-8", false, "utf-8"]);
  });

  it("refuses invalid UTF-8 with no declaration, naming the byte and where it is, unless a fallback is named", () => {
    const legacy = bytes(...utf8("Talks\nin Kiev "), 0x93, ...utf8("today"), 0x94);
    expect(decodeSource("a.txt", legacy)).toEqual({
      ok: false,
      reason: "not valid UTF-8 (byte 0x93 at line 2, column 9) and no BOM or charset declaration says what it is; name the encoding of legacy files with --encoding (e.g. windows-1252)",
    });
    expect(decoded(decodeSource("a.txt", legacy, { fallback: "windows-1252" }))).toEqual(["Talks\nin Kiev “today”", "windows-1252", false, "fallback"]);
    expect(decodeSource("a.txt", legacy, { fallback: "klingon" })).toEqual({ ok: false, reason: 'the fallback encoding "klingon" is not one copydesk can decode' });
  });

  it("says when a page declares a charset it cannot decode, or declares UTF-8 and is not", () => {
    const unknown = bytes(...utf8('<meta charset="x-mystery"><p>'), 0xff);
    expect(decodeSource("a.html", unknown)).toEqual({ ok: false, reason: 'declares charset "x-mystery", which copydesk cannot decode' });
    const lying = bytes(...utf8('<meta charset="utf-8"><p>'), 0x93);
    expect(decodeSource("a.html", lying)).toMatchObject({ ok: false, reason: expect.stringMatching(/^it declares charset "utf-8" but is not valid UTF-8 \(byte 0x93 at line 1, column 26\)/) });
  });

  it("refuses binary files and broken UTF-16", () => {
    const png = bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d);
    expect(decodeSource("a.png", png)).toEqual({ ok: false, reason: "binary file, not text (it contains NUL or control bytes)" });
    const gzip = bytes(0x1f, 0x8b, 0x08, 0, 0, 0, 0, 0, 0, 3);
    expect(decodeSource("a.gz", gzip)).toMatchObject({ ok: false, reason: expect.stringMatching(/^binary file/) });
    expect(decodeSource("a.txt", bytes(0xff, 0xfe, 0x00, 0xd8))).toEqual({ ok: false, reason: "not valid utf-16le (decoded because of its byte order mark)" });
  });

  it("rejects overlong and surrogate UTF-8 sequences as Node's strict decoder does", () => {
    for (const sequence of [[0xc0, 0xaf], [0xe0, 0x80, 0xaf], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xe2, 0x80]]) {
      expect(decodeSource("a.txt", bytes(0x41, ...sequence)).ok).toBe(false);
    }
  });
});

describe("encodingLabel", () => {
  it("maps the labels feeds use to what copydesk decodes", () => {
    expect(encodingLabel("ISO-8859-1")).toBe("windows-1252");
    expect(encodingLabel("UTF8")).toBe("utf-8");
    expect(encodingLabel("shift_jis")).toBe("shift_jis");
    expect(encodingLabel("nope")).toBeUndefined();
  });
});
