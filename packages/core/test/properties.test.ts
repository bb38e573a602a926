import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  LineIndex,
  MappedText,
  applyFixes,
  foldForComparison,
  normalizeText,
  splitSentences,
  type Finding,
} from "../src/index.js";

// Enough cases to find the odd surrogate or CRLF, few enough to keep CI quick.
const RUNS = { numRuns: 400 };

/** Text as feeds deliver it: words, every kind of space and line end, quotes, combining marks, astral characters. */
const pieces = fc.constantFrom(
  "Kyiv", "Kiev", " ", "  ", "\t", "\n", "\r\n", "\r", "\u00A0", "\u2028", "\u200B", "\u00AD", "“", "”", "’", "—",
  "e\u0301", "\u0301", "😀", "\uD83D", "&amp;", ".", "Mr.", "?", "!", "a", "B", "\uFEFF",
);
const feedText = fc.array(fc.oneof(pieces, fc.string({ maxLength: 6 }), fc.string({ unit: "grapheme", maxLength: 4 })), { maxLength: 60 }).map((parts) => parts.join(""));

function assertMonotonicMap(mapped: MappedText, sourceLength: number): void {
  let previousStart = 0;
  let previousEnd = 0;
  for (let i = 0; i < mapped.length; i++) {
    const start = mapped.sourceStartOf(i);
    const end = mapped.sourceEndOf(i);
    expect(start).toBeGreaterThanOrEqual(previousStart);
    expect(end).toBeGreaterThanOrEqual(previousEnd);
    expect(start).toBeLessThanOrEqual(end);
    expect(end).toBeLessThanOrEqual(sourceLength);
    previousStart = start;
    previousEnd = end;
  }
}

describe("normalisation keeps an honest offset map", () => {
  it("maps every character into the source, in order, and folds white space to single inner spaces", () => {
    fc.assert(
      fc.property(feedText, (source) => {
        const mapped = normalizeText(MappedText.identity(source));
        assertMonotonicMap(mapped, source.length);
        expect(mapped.text).not.toMatch(/^\s|\s$|\s\s/u);
        expect(mapped.text).not.toMatch(/[\u200B\u00AD\uFEFF]/);
        // A span maps to a source range that starts and ends inside the source.
        const whole = mapped.toSource(0, mapped.length);
        expect(whole.start).toBeGreaterThanOrEqual(0);
        expect(whole.end).toBeLessThanOrEqual(source.length);
      }),
      RUNS,
    );
  });

  it("copies characters it keeps from where they stand in the source", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom("a", "b", "K", " ", "\n", "\u00A0") }), (source) => {
        const mapped = normalizeText(MappedText.identity(source));
        for (let i = 0; i < mapped.length; i++) {
          const char = mapped.text[i] as string;
          if (char === " ") continue;
          expect(source.slice(mapped.sourceStartOf(i), mapped.sourceEndOf(i))).toBe(char);
        }
      }),
      RUNS,
    );
  });

  it("keeps the map through the comparison fold, and textOffsetAt inverts it", () => {
    fc.assert(
      fc.property(feedText, (source) => {
        const mapped = normalizeText(MappedText.identity(source));
        const folded = foldForComparison(mapped);
        assertMonotonicMap(folded, source.length);
        for (let i = 0; i < mapped.length; i++) {
          const back = mapped.textOffsetAt(mapped.sourceStartOf(i));
          expect(back).toBeDefined();
          expect(mapped.sourceStartOf(back as number)).toBe(mapped.sourceStartOf(i));
        }
      }),
      RUNS,
    );
  });
});

describe("line index", () => {
  it("round-trips every offset through line and column, whatever the line ends", () => {
    fc.assert(
      fc.property(feedText, (text) => {
        const lines = new LineIndex(text);
        for (let offset = 0; offset <= text.length; offset++) {
          const { line, column } = lines.positionAt(offset);
          expect(line).toBeGreaterThanOrEqual(1);
          expect(column).toBeGreaterThanOrEqual(1);
          expect(lines.offsetAt(line, column)).toBe(offset);
        }
      }),
      RUNS,
    );
  });
});

describe("sentences", () => {
  it("are in order, inside the text, never overlap and never start or end with white space", () => {
    fc.assert(
      fc.property(feedText, (text) => {
        let previousEnd = 0;
        for (const { start, end } of splitSentences(text)) {
          expect(start).toBeGreaterThanOrEqual(previousEnd);
          expect(end).toBeGreaterThan(start);
          expect(end).toBeLessThanOrEqual(text.length);
          expect(text[end - 1]).not.toMatch(/\s/u);
          previousEnd = end;
        }
      }),
      RUNS,
    );
  });
});

/** A finding carrying only what applyFixes reads. */
const fixFinding = (start: number, end: number, text: string): Finding => ({
  ruleId: "test/fix",
  severity: "warning",
  message: "fix",
  line: 1,
  column: 1,
  endLine: 1,
  endColumn: 1,
  offset: start,
  endOffset: end,
  fix: { description: "fix", edits: [{ start, end, text }] },
});

describe("applyFixes", () => {
  const scenario = fc
    .string({ maxLength: 80 })
    .chain((text) =>
      fc.tuple(
        fc.constant(text),
        fc.array(
          fc.tuple(fc.nat({ max: text.length }), fc.nat({ max: 8 }), fc.string({ maxLength: 5 })).map(([start, length, insert]) =>
            fixFinding(start, Math.min(text.length, start + length), insert),
          ),
          { maxLength: 8 },
        ),
      ),
    );

  it("applies exactly the non-overlapping fixes it reports as applied, as if one by one from the end", () => {
    fc.assert(
      fc.property(scenario, ([text, findings]) => {
        const { text: fixed, applied, skipped } = applyFixes(text, findings);
        expect(applied.length + skipped.length).toBe(findings.filter((f) => f.fix).length);
        const edits = applied.flatMap((f) => f.fix?.edits ?? []).sort((a, b) => b.start - a.start);
        for (let i = 1; i < edits.length; i++) expect((edits[i] as { end: number }).end).toBeLessThanOrEqual((edits[i - 1] as { start: number }).start);
        let expected = text;
        for (const edit of edits) expected = expected.slice(0, edit.start) + edit.text + expected.slice(edit.end);
        expect(fixed).toBe(expected);
      }),
      RUNS,
    );
  });

  it("changes nothing when there is nothing to apply", () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(applyFixes(text, []).text).toBe(text);
      }),
      RUNS,
    );
  });
});
