import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findQuotations } from "../src/index.js";
import { scanQuotationsReference } from "./reference/quotations-reference.js";

/** Words, spaces, punctuation and every quote mark, in the combinations quotations are made of. */
const piece = fc.constantFrom(
  "“", "”", "‘", "’", '"', "'", "«", "»", "„", "‚", "‹", "›", "‛", "«\u00A0", " ", "  ", "\u00A0", ".", ",", "!", "?", ";", ":",
  "(", ")", "—", "–", "-", "/", "…", "he", "said", "Residents", "go", "90s", "n", "em", "til", "Kyiv", "É", "x", "1", "\n",
);
const quoteText = fc.array(fc.oneof(piece, piece, fc.string({ maxLength: 3 })), { maxLength: 80 }).map((parts) => parts.join(""));

describe("findQuotations, with its code-unit fast paths", () => {
  it("finds exactly the spans the character-by-character scanner found", () => {
    fc.assert(
      fc.property(quoteText, (text) => {
        expect([...findQuotations(text)]).toEqual(scanQuotationsReference(text));
      }),
      { numRuns: 3000 },
    );
  });
});
