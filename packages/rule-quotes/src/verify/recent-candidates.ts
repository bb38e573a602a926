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
  /** `compareWithPassage(tokens, passage)`, remembered. */
  compare(passage: Passage): Comparison | undefined;
}

const recent = new RecentByText<LazyCandidates>();

function lazyCandidates(tokens: ReadonlyArray<VerifyToken>, archive: SourceArchive, limit: number): LazyCandidates {
  const passages = archive.candidates(tokens, limit).map((candidate) => candidate.passage);
  const compared = new Map<Passage, Comparison | undefined>();
  return {
    passages,
    compare(passage) {
      if (compared.has(passage)) return compared.get(passage);
      const comparison = compareWithPassage(tokens, passage);
      compared.set(passage, comparison);
      return comparison;
    },
  };
}

/** The candidates of `tokens` (the tokens of `text`) in `archive`, shared with recent calls for the same text. */
export const recentCandidates = (text: string, tokens: ReadonlyArray<VerifyToken>, archive: SourceArchive, limit: number): LazyCandidates =>
  recent.get(text, archive, limit, () => lazyCandidates(tokens, archive, limit));
