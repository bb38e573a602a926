import { onArticleReleased, type Article, type Quotation } from "@copydesk/core";
import type { SourceArchive } from "./archive.js";
import { compareQuotation, type Comparison } from "./compare.js";
import { quotationsOf, type Passage } from "./passages.js";
import { compareSpeakers } from "./speakers.js";
import { recentMatches } from "./recent-matches.js";
import { passageTokens, quotationTokens } from "./token-cache.js";
import type { VerifyToken } from "./tokens.js";

/** A source passage a quotation was compared with. */
export interface PassageMatch {
  readonly passage: Passage;
  readonly comparison: Comparison;
}

/** One quotation of a checked article held against the archive: its closest passages, best first. */
export interface QuotationCheck {
  readonly quotation: Quotation;
  readonly index: number;
  readonly words: number;
  readonly matches: ReadonlyArray<PassageMatch>;
}

// Quotation words found in a passage, over all its words, for the passage to count as its source.
const MIN_COVERAGE = 0.5;

/** The passages of `archive` closest to one quotation, best score first. */
export function matchQuotation(quotation: Quotation, archive: SourceArchive, limit = 8): PassageMatch[] {
  return matchTokens(quotationTokens(quotation), archive, limit);
}

/**
 * The passages of `archive` closest to `tokens`, best score first: of the `limit` candidates the
 * index finds, those `wanted` keeps (all by default) that the quotation's words cover enough and
 * that score `minScore` or more (0 by default: every one).
 * `tokensOf` gives a passage's tokens (by default `passageTokens`, remembered for recent passages).
 */
export function matchTokens(
  tokens: ReadonlyArray<VerifyToken>,
  archive: SourceArchive,
  limit = 8,
  wanted?: (passage: Passage) => boolean,
  tokensOf: (passage: Passage) => ReadonlyArray<VerifyToken> = passageTokens,
  minScore = 0,
): PassageMatch[] {
  const passages: Passage[] = [];
  for (const candidate of archive.candidates(tokens, limit)) if (wanted === undefined || wanted(candidate.passage)) passages.push(candidate.passage);
  return rankMatches(passages, (passage) => compareWithPassage(tokens, passage, tokensOf(passage), minScore));
}

/**
 * `compareQuotation` of quotation tokens with a passage, undefined below the coverage a match
 * needs and below `minScore`.
 */
export const compareWithPassage = (tokens: ReadonlyArray<VerifyToken>, passage: Passage, ofPassage = passageTokens(passage), minScore = 0): Comparison | undefined =>
  compareQuotation(tokens, ofPassage, MIN_COVERAGE, minScore);

/**
 * The candidate `passages` (in the index's order) that the quotation's words cover enough, best
 * score first; of equals, the one whose words the source quoted, then the index's order.
 */
export function rankMatches(passages: ReadonlyArray<Passage>, compare: (passage: Passage) => Comparison | undefined): PassageMatch[] {
  const matches: PassageMatch[] = [];
  for (const passage of passages) {
    const comparison = compare(passage);
    if (comparison !== undefined && comparison.coverage >= MIN_COVERAGE) matches.push({ passage, comparison });
  }
  return matches.sort((a, b) => b.comparison.score - a.comparison.score || rankKind(a.passage) - rankKind(b.passage));
}

const rankKind = (passage: Passage): number => (passage.kind === "direct" ? 0 : passage.kind === "partial" ? 1 : 2);

const memo = new WeakMap<Article, { archive: SourceArchive; checks: QuotationCheck[] }>();
onArticleReleased((article) => memo.delete(article));

/**
 * Every quotation of `article` held against `archive` (memoised per article and archive, so the
 * three verification rules share one pass). Nested and reported quotations are included; each
 * rule decides which kinds it judges.
 */
export function checkQuotations(article: Article, archive: SourceArchive): ReadonlyArray<QuotationCheck> {
  const cached = memo.get(article);
  if (cached !== undefined && cached.archive === archive) return cached.checks;
  const checks = quotationsOf(article).map((quotation, index) => {
    const tokens = quotationTokens(quotation);
    return { quotation, index, words: tokens.length, matches: recentMatches(quotation.text, archive, 8, () => matchTokens(tokens, archive)) };
  });
  memo.set(article, { archive, checks });
  return checks;
}

/** The closest passage at or above `minScore`, if any. */
export const bestMatch = (check: QuotationCheck, minScore: number): PassageMatch | undefined =>
  check.matches.find((m) => m.comparison.score >= minScore);

/** Scores this near the closest passage's count as equally close. */
const AS_CLOSE = 0.02;

/**
 * The passage that shows a misattribution: the closest passage at or above `minScore` whose
 * speaker is another, when no passage that close gives the words to this quotation's speaker and
 * the close passages do not give them to several people.
 */
export function misattribution(check: QuotationCheck, minScore: number): PassageMatch | undefined {
  const close = check.matches.filter((m) => m.comparison.score >= minScore);
  const speaker = check.quotation.speaker;
  const verdicts = close.map((m) => compareSpeakers(speaker, m.passage.speaker));
  if (verdicts.includes("same")) return undefined;
  const others = close.filter((_, i) => verdicts[i] === "different");
  const first = others[0];
  if (first === undefined) return undefined;
  // Words the sources give, as closely, to two different people are a formula ("told reporters the
  // forecast had been revised"), not anyone's own: they prove no misattribution.
  const asClose = others.filter((m) => m.comparison.score >= first.comparison.score - AS_CLOSE);
  return asClose.some((m) => compareSpeakers(first.passage.speaker, m.passage.speaker) === "different") ? undefined : first;
}
