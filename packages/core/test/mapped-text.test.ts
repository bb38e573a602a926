import { describe, expect, it } from "vitest";
import { MappedText, MappedTextBuilder, foldForComparison, normalizeText } from "../src/index.js";

describe("MappedText", () => {
  it("maps copied and replaced pieces back to their source ranges", () => {
    // source: "a &amp; b"
    const mapped = new MappedTextBuilder().copy("a ", 0).replace("&", 2, 7).copy(" b", 7).build();
    expect(mapped.text).toBe("a & b");
    expect(mapped.toSource(2, 3)).toEqual({ start: 2, end: 7 });
    expect(mapped.toSource(0, 5)).toEqual({ start: 0, end: 9 });
    expect(mapped.toSource(4, 4)).toEqual({ start: 8, end: 8 });
    expect(mapped.toSource(5, 5)).toEqual({ start: 9, end: 9 });
  });

  it("composes with an outer map", () => {
    const outer = MappedText.identity("hello world", 100);
    const inner = MappedText.identity("world", 6);
    expect(inner.composeWith(outer).toSource(0, 5)).toEqual({ start: 106, end: 111 });
  });
});

describe("normalizeText", () => {
  it("folds white space runs and hard wraps into one space, mapped to the whole run", () => {
    const source = "MENAFN provides the\ninformation  “as is”\r\n";
    const mapped = normalizeText(MappedText.identity(source));
    expect(mapped.text).toBe("MENAFN provides the information “as is”");
    const space = mapped.text.indexOf(" information");
    expect(mapped.toSource(space, space + 1)).toEqual({ start: 19, end: 20 });
    const word = mapped.text.indexOf("information");
    expect(source.slice(mapped.sourceStartOf(word), mapped.sourceEndOf(word + 10))).toBe("information");
  });

  it("trims, drops invisible characters and composes to NFC", () => {
    const source = "  Cafe\u0301\u00AD au lait\u200B ";
    const mapped = normalizeText(MappedText.identity(source));
    expect(mapped.text).toBe("Café au lait");
    // "é" came from "e" + combining acute: both source units.
    expect(mapped.toSource(3, 4)).toEqual({ start: 5, end: 7 });
  });
});

describe("foldForComparison", () => {
  it("makes curly and straight quotes, dashes and case alike", () => {
    const a = foldForComparison(MappedText.identity("“As is”—Provided"));
    const b = foldForComparison(MappedText.identity('"as is"-provided'));
    expect(a.text).toBe(b.text);
  });
});

describe("textOffsetAt", () => {
  it("finds the text unit a source offset fell into, through entities, folded space and dropped markup", () => {
    // What an HTML reader builds for `<p>Tom &amp; <b>Jerry</b></p>`: markup produces no text.
    const html = "<p>Tom &amp; <b>Jerry</b></p>";
    const builder = new MappedTextBuilder().copy("Tom ", 3).replace("&", 7, 12).copy(" ", 12).copy("Jerry", 16);
    const mapped = builder.build();
    expect(mapped.text).toBe("Tom & Jerry");
    expect(mapped.textOffsetAt(html.indexOf("Tom"))).toBe(0);
    expect(mapped.textOffsetAt(html.indexOf("&amp;") + 2)).toBe(4);
    expect(mapped.textOffsetAt(html.indexOf("Jerry") + 1)).toBe(7);
    expect(mapped.textOffsetAt(html.indexOf("<b>") + 1)).toBeUndefined();
    expect(mapped.textOffsetAt(html.length)).toBeUndefined();
  });

  it("is the inverse of toSource for every unit", () => {
    const source = "Legal  Disclaimer:\n  MENAFN\u00A0provides";
    const mapped = normalizeText(MappedText.identity(source));
    for (let i = 0; i < mapped.length; i++) expect(mapped.textOffsetAt(mapped.sourceStartOf(i))).toBe(i);
  });
});

describe("compact maps", () => {
  it("stores a long copied paragraph as one segment and a folded one as a few", () => {
    const paragraph = "Grain exports through Odesa rose 12% in May. ".repeat(200);
    expect(MappedText.identity(paragraph, 40).segmentCount).toBe(1);
    const wrapped = normalizeText(MappedText.identity("MENAFN provides the\ninformation “as is”\r\nwithout warranty"));
    // copy, folded line break, copy, folded CRLF, copy
    expect(wrapped.segmentCount).toBe(5);
    expect(wrapped.toSource(0, wrapped.length)).toEqual({ start: 0, end: 57 });
  });

  it("slices and composes through segments exactly as per-character maps would", () => {
    const outer = normalizeText(MappedText.identity("a  b\n\nc&amp;d"));
    const inner = MappedText.identity(outer.text.slice(2), 2);
    const composed = inner.composeWith(outer);
    for (let i = 0; i < composed.length; i++) {
      expect([composed.sourceStartOf(i), composed.sourceEndOf(i)]).toEqual([outer.sourceStartOf(i + 2), outer.sourceEndOf(i + 2)]);
    }
    const slice = outer.slice(1, 4);
    for (let i = 0; i < slice.length; i++) expect(slice.sourceStartOf(i)).toBe(outer.sourceStartOf(i + 1));
  });
});
