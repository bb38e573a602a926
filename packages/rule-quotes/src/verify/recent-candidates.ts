import type { SourceArchive } from "./archive.js";
import type { Comparison } from "./compare.js";
import type { Passage } from "./passages.js";
import { RecentByText } from "./recent-by-text.js";
import type { VerifyToken } from "./tokens.js";
import { compareWithPassage } from "./verify.js";

/**
 * A quotation's candidate passages in an archive (the index's best, in its order), each compared
 * with the quotation only when first asked: a caller that wants only some of them (another
 * speaker, another file) spares the comparisons of the rest.
 */
export interface LazyCandidates {
  readonly passages: ReadonlyArray<Passage>;
  /** `compareWithPassage(tokens, passage, …, minScore)`, remembered. */
  compare(passage: Passage, minScore: number): Comparison | undefined;
}

/** A comparison and the floor it was made with: undefined then means "below that floor" too. */
interface Compared {
  readonly minScore: number;
  readonly comparison: Comparison | undefined;
}

const recent = new RecentByText<LazyCandidates>();

function lazyCandidates(tokens: ReadonlyArray<VerifyToken>, archive: SourceArchive, limit: number): LazyCandidates {
  const passages = archive.candidates(tokens, limit).map((candidate) => candidate.passage);
  const compared = new Map<Passage, Compared>();
  return {
    passages,
    compare(passage, minScore) {
      const known = compared.get(passage);
      // A comparison made is the whole one, whatever its floor; "none" from a higher floor does not answer a lower one.
      if (known?.comparison !== undefined) return known.comparison.score >= minScore ? known.comparison : undefined;
      if (known !== undefined && known.minScore <= minScore) return undefined;
      const comparison = compareWithPassage(tokens, passage, undefined, minScore);
      compared.set(passage, { minScore, comparison });
      return comparison;
    },
  };
}

/** The candidates of `tokens` (the tokens of `text`) in `archive`, shared with recent calls for the same text. */
export const recentCandidates = (text: string, tokens: ReadonlyArray<VerifyToken>, archive: SourceArchive, limit: number): LazyCandidates =>
  recent.get(text, archive, limit, () => lazyCandidates(tokens, archive, limit));
