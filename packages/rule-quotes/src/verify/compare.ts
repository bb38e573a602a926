import { stretchSimilarityBound } from "@copydesk/core";
import { diffWords, type DiffOp } from "./diff.js";
import { keySimilarity } from "./key-similarity.js";
import { mayCover } from "./matchable.js";
import { keyList, keySet, keyString } from "./token-keys.js";
import { FILLERS, FUNCTION_WORDS, NEGATIONS, isNumberKey, type VerifyToken } from "./tokens.js";

/** What changed between a source passage and a quotation, as an editor names it. */
export type Change =
  | { readonly kind: "negation-dropped"; readonly words: string }
  | { readonly kind: "negation-added"; readonly words: string }
  | { readonly kind: "number-changed"; readonly from: string; readonly to: string }
  | { readonly kind: "words-added"; readonly words: string }
  | { readonly kind: "words-omitted"; readonly words: string }
  | { readonly kind: "words-changed"; readonly from: string; readonly to: string }
  | { readonly kind: "partial-extended"; readonly quoted: string; readonly added: string; readonly count: number }
  | { readonly kind: "paraphrase"; readonly words: string; readonly count: number }
  | { readonly kind: "minor"; readonly from: string; readonly to: string };

/** Edits every desk makes that leave a quotation the speaker's words. */
export type Tolerated = "ellipsis" | "bracket" | "filler";

/** One piece of the word diff, for the evidence: words both have, only the source has, only the quotation has. */
export interface DiffPiece {
  readonly op: "equal" | "delete" | "insert";
  readonly text: string;
}

export interface Comparison {
  /** Dice similarity (string-similarity) of the quotation and the aligned source words, 0..1. */
  readonly score: number;
  /** Quotation words found in the source passage, over all quotation words. */
  readonly coverage: number;
  /** The aligned source words: `[start, end)` token indices in the passage. */
  readonly window: { readonly start: number; readonly end: number };
  readonly changes: ReadonlyArray<Change>;
  readonly tolerated: ReadonlyArray<Tolerated>;
  readonly diff: ReadonlyArray<DiffPiece>;
}

// A bracketed clarification replaces a pronoun or a short phrase, never a sentence.
const MAX_BRACKET_REPLACEMENT = 4;

const words = (tokens: ReadonlyArray<VerifyToken>): string => tokens.map((t) => t.text).join(" ");

function keysBetween(tokens: ReadonlyArray<VerifyToken>, start: number, end: number): string[] {
  const keys: string[] = [];
  for (let i = start; i < end; i++) keys.push((tokens[i] as VerifyToken).key);
  return keys;
}

/** The keys of `passage[start..end)` but the `omitted` ones, space-separated. */
function alignedKeyString(passage: ReadonlyArray<VerifyToken>, start: number, end: number, omitted: ReadonlySet<number>): string {
  let keys = "";
  let first = true;
  for (let i = start; i < end; i++) {
    if (omitted.has(i)) continue;
    const key = (passage[i] as VerifyToken).key;
    keys = first ? key : `${keys} ${key}`;
    first = false;
  }
  return keys;
}

/**
 * The stretch of `passage[from..)` that best holds `segment`: a window a little longer than the
 * segment with the most of its words (one pass over the passage).
 */
function locate(segment: ReadonlyArray<VerifyToken>, passage: ReadonlyArray<VerifyToken>, from: number): { start: number; end: number } {
  const size = Math.min(passage.length - from, segment.length + Math.max(4, segment.length >> 1));
  if (size <= 0) return { start: from, end: from };
  const wanted = keySet(segment);
  let count = 0;
  for (let i = from; i < from + size; i++) if (wanted.has((passage[i] as VerifyToken).key)) count++;
  let best = count;
  let bestStart = from;
  for (let start = from + 1; start + size <= passage.length; start++) {
    if (wanted.has((passage[start - 1] as VerifyToken).key)) count--;
    if (wanted.has((passage[start + size - 1] as VerifyToken).key)) count++;
    if (count > best) {
      best = count;
      bestStart = start;
    }
  }
  // Room on both sides: of windows holding as many of its words, the first may stop short of the last word.
  const pad = Math.max(4, segment.length >> 2);
  return { start: Math.max(from, bestStart - pad), end: Math.min(passage.length, bestStart + size + pad) };
}

/**
 * Of equally short diffs, the one whose first and last shared words are closest together: in
 * "a the a wxl" against "a wxl", the quotation's "a" is the second "a", not the first.
 */
function tightenEdges(diff: DiffOp[], passage: ReadonlyArray<VerifyToken>, offset: number): void {
  const key = (a: number) => (passage[a + offset] as VerifyToken).key;
  for (let guard = 0; guard < diff.length; guard++) {
    const first = diff.findIndex((op) => op.op === "equal");
    const head = diff[first];
    if (head === undefined || head.op !== "equal") return;
    let last = first + 1;
    while (diff[last]?.op === "delete") last++;
    const end = diff[last - 1];
    if (last - 1 === first || end === undefined || end.op !== "delete" || key(end.a) !== key(head.a)) break;
    diff.splice(first, last - first, { op: "delete", a: head.a }, ...diff.slice(first + 1, last - 1), { op: "equal", a: end.a, b: head.b });
  }
  for (let guard = 0; guard < diff.length; guard++) {
    let lastEqual = diff.length - 1;
    while (lastEqual >= 0 && (diff[lastEqual] as DiffOp).op !== "equal") lastEqual--;
    const tail = diff[lastEqual];
    if (tail === undefined || tail.op !== "equal") return;
    let start = lastEqual - 1;
    while (start >= 0 && (diff[start] as DiffOp).op === "delete") start--;
    const begin = diff[start + 1];
    if (start + 1 === lastEqual || begin === undefined || begin.op !== "delete" || key(begin.a) !== key(tail.a)) break;
    diff.splice(start + 1, lastEqual - start, { op: "equal", a: begin.a, b: tail.b }, ...diff.slice(start + 2, lastEqual), { op: "delete", a: tail.a });
  }
}

interface Aligned {
  /** Diff ops with absolute indices: `a` into the passage, `b` into the quotation. */
  readonly ops: DiffOp[];
  /** Passage tokens skipped at an ellipsis. */
  readonly omitted: Set<number>;
}

/** Aligns the quotation with the passage, segment by segment (an ellipsis starts a new segment). */
function align(quote: ReadonlyArray<VerifyToken>, passage: ReadonlyArray<VerifyToken>): Aligned | undefined {
  const segments: Array<{ start: number; end: number }> = [];
  let segStart = 0;
  for (let i = 1; i <= quote.length; i++) {
    if (i === quote.length || (quote[i] as VerifyToken).ellipsisBefore) {
      segments.push({ start: segStart, end: i });
      segStart = i;
    }
  }
  const ops: DiffOp[] = [];
  const omitted = new Set<number>();
  let from = 0;
  let previousEnd = -1;
  for (const segment of segments) {
    // Without an ellipsis the one segment is the whole quotation, whose keys are at hand.
    const tokens = segments.length === 1 ? quote : quote.slice(segment.start, segment.end);
    const window = locate(tokens, passage, from);
    const diff = diffWords(keysBetween(passage, window.start, window.end), keyList(tokens));
    if (diff === undefined) return undefined;
    tightenEdges(diff, passage, window.start);
    // Source words before the first and after the last shared word are simply not quoted.
    const firstEqual = diff.findIndex((op) => op.op === "equal");
    if (firstEqual < 0) {
      for (let b = segment.start; b < segment.end; b++) ops.push({ op: "insert", b });
      continue;
    }
    let lastEqual = diff.length - 1;
    while ((diff[lastEqual] as DiffOp).op !== "equal") lastEqual--;
    const segmentOps: DiffOp[] = [];
    diff.forEach((op, index) => {
      if (op.op === "delete" && (index < firstEqual || index > lastEqual)) return;
      if (op.op === "equal") segmentOps.push({ op: "equal", a: op.a + window.start, b: op.b + segment.start });
      else if (op.op === "delete") segmentOps.push({ op: "delete", a: op.a + window.start });
      else segmentOps.push({ op: "insert", b: op.b + segment.start });
    });
    const firstA = (diff[firstEqual] as Extract<DiffOp, { op: "equal" }>).a + window.start;
    if (previousEnd >= 0) for (let a = previousEnd + 1; a < firstA; a++) omitted.add(a);
    ops.push(...segmentOps);
    const lastA = (diff[lastEqual] as Extract<DiffOp, { op: "equal" }>).a + window.start;
    previousEnd = lastA;
    from = lastA + 1;
  }
  return { ops, omitted };
}

interface Hunk {
  readonly deleted: VerifyToken[];
  readonly inserted: VerifyToken[];
  /** Index in the quotation of the word after the hunk (quote.length at the end). */
  readonly before: number;
  /** At the start or end of the quotation (words added around the source's words). */
  readonly edge: boolean;
}

function hunksOf(ops: ReadonlyArray<DiffOp>, quote: ReadonlyArray<VerifyToken>, passage: ReadonlyArray<VerifyToken>): Hunk[] {
  const hunks: Hunk[] = [];
  let deleted: VerifyToken[] = [];
  let inserted: VerifyToken[] = [];
  let seenEqual = false;
  let nextB = 0;
  const flush = (edge: boolean) => {
    if (deleted.length > 0 || inserted.length > 0) hunks.push({ deleted, inserted, before: nextB, edge });
    deleted = [];
    inserted = [];
  };
  for (const op of ops) {
    if (op.op === "equal") {
      nextB = op.b;
      flush(!seenEqual);
      seenEqual = true;
      nextB = op.b + 1;
    } else if (op.op === "delete") deleted.push(passage[op.a] as VerifyToken);
    else {
      inserted.push(quote[op.b] as VerifyToken);
      nextB = op.b + 1;
    }
  }
  nextB = quote.length;
  flush(true);
  return hunks;
}

const onlyOf = (tokens: ReadonlyArray<VerifyToken>, set: ReadonlySet<string>): boolean => tokens.every((t) => set.has(t.key));

/** What one hunk of the diff does to the meaning, or how it is tolerated. */
function classify(hunk: Hunk, quote: ReadonlyArray<VerifyToken>): { change?: Change; tolerated?: Tolerated } {
  const { deleted, inserted } = hunk;
  const next = quote[hunk.before];
  if (inserted.length === 0 && next?.ellipsisBefore) return { tolerated: "ellipsis" };
  if (inserted.length === 0 && next?.bracketBefore && deleted.length <= MAX_BRACKET_REPLACEMENT) return { tolerated: "bracket" };
  if (onlyOf(deleted, FILLERS) && onlyOf(inserted, FILLERS)) return { tolerated: "filler" };
  const droppedNegation = deleted.filter((t) => NEGATIONS.has(t.key) && !inserted.some((i) => i.key === t.key));
  const addedNegation = inserted.filter((t) => NEGATIONS.has(t.key) && !deleted.some((d) => d.key === t.key));
  if (droppedNegation.length > 0) return { change: { kind: "negation-dropped", words: words(droppedNegation) } };
  if (addedNegation.length > 0) return { change: { kind: "negation-added", words: words(addedNegation) } };
  const fromNumbers = deleted.filter((t) => isNumberKey(t.key));
  const toNumbers = inserted.filter((t) => isNumberKey(t.key));
  if (fromNumbers.length > 0 || toNumbers.length > 0) {
    return { change: { kind: "number-changed", from: words(fromNumbers.length > 0 ? fromNumbers : deleted), to: words(toNumbers.length > 0 ? toNumbers : inserted) } };
  }
  if (onlyOf(deleted, FUNCTION_WORDS) && onlyOf(inserted, FUNCTION_WORDS)) return { change: { kind: "minor", from: words(deleted), to: words(inserted) } };
  if (deleted.length === 0) return { change: { kind: "words-added", words: words(inserted) } };
  if (inserted.length === 0) return { change: { kind: "words-omitted", words: words(deleted) } };
  return { change: { kind: "words-changed", from: words(deleted), to: words(inserted) } };
}

function diffPieces(ops: ReadonlyArray<DiffOp>, quote: ReadonlyArray<VerifyToken>, passage: ReadonlyArray<VerifyToken>, omitted: ReadonlySet<number>): DiffPiece[] {
  const pieces: DiffPiece[] = [];
  // Words of one kind in a row make one piece, made when the run ends.
  let run: DiffPiece["op"] | undefined;
  let words = "";
  const push = (op: DiffPiece["op"], text: string) => {
    if (op === run) {
      words += ` ${text}`;
      return;
    }
    if (run !== undefined) pieces.push({ op: run, text: words });
    run = op;
    words = text;
  };
  let lastA = -1;
  for (const op of ops) {
    if (op.op !== "insert") {
      if (lastA >= 0 && op.a > lastA + 1 && omitted.has(lastA + 1)) push("delete", "…");
      lastA = op.a;
    }
    if (op.op === "equal") push("equal", (quote[op.b] as VerifyToken).text);
    else if (op.op === "delete") push("delete", (passage[op.a] as VerifyToken).text);
    else push("insert", (quote[op.b] as VerifyToken).text);
  }
  if (run !== undefined) pieces.push({ op: run, text: words });
  return pieces;
}

/** "We are [-not-] against growth, [-but-] {+and+} nobody …": the word diff as git's --word-diff writes it. */
export function renderDiff(pieces: ReadonlyArray<DiffPiece>): string {
  return pieces.map((p) => (p.op === "equal" ? p.text : p.op === "delete" ? `[-${p.text}-]` : `{+${p.text}+}`)).join(" ");
}

/**
 * Compares a quotation with a source passage: where the quotation's words stand in the passage,
 * how similar they are, and every change, named (a negation dropped, a number changed, words
 * added, a partial quotation extended over words the source did not quote) or tolerated (an
 * ellipsis, a bracketed clarification). Spelling, case, quote marks and punctuation never count.
 * Undefined below `minCoverage` (quotation words found in the passage, over all its words) and
 * below `minScore`.
 */
export function compareQuotation(
  quote: ReadonlyArray<VerifyToken>,
  passage: ReadonlyArray<VerifyToken>,
  minCoverage = 0,
  minScore = 0,
): Comparison | undefined {
  if (quote.length === 0 || passage.length === 0) return undefined;
  // Too few of its words in the passage for any alignment to reach minCoverage: spare the alignment.
  if (minCoverage > 0 && !mayCover(quote, passage, minCoverage)) return undefined;
  // Without an ellipsis the aligned words are one stretch of the passage: when no stretch of it
  // could score minScore, spare the alignment (most candidates another speaker's quotation finds).
  if (minScore > 0 && !quote.some((t) => t.ellipsisBefore) && stretchSimilarityBound(keyString(quote), keyString(passage)) < minScore) return undefined;
  const aligned = align(quote, passage);
  if (aligned === undefined) return undefined;
  const { ops, omitted } = aligned;
  const equal = ops.filter((op): op is Extract<DiffOp, { op: "equal" }> => op.op === "equal");
  if (equal.length === 0) return undefined;
  const coverage = equal.length / quote.length;
  // The caller would drop it: spare the score and the changes.
  if (coverage < minCoverage) return undefined;
  const start = (equal[0] as { a: number }).a;
  const end = (equal[equal.length - 1] as { a: number }).a + 1;
  const quoteKeys = keyString(quote);
  const alignedKeys = alignedKeyString(passage, start, end, omitted);
  const score = keySimilarity(quoteKeys, alignedKeys, minScore);
  // The caller would drop it: spare the changes and the diff.
  if (score === undefined || score < minScore) return undefined;

  const changes: Change[] = [];
  const tolerated: Tolerated[] = omitted.size > 0 ? ["ellipsis"] : [];
  for (const hunk of hunksOf(ops, quote, passage)) {
    const { change, tolerated: ok } = classify(hunk, quote);
    if (change !== undefined) changes.push(change);
    if (ok !== undefined) tolerated.push(ok);
  }
  if (!tolerated.includes("bracket") && quote.some((t) => t.bracketBefore)) tolerated.push("bracket");
  // A quotation cut just after a negation ("not against growth" quoted as “against growth”) reverses it.
  const cut = passage[start - 1];
  if (cut !== undefined && NEGATIONS.has(cut.key) && !omitted.has(start - 1) && (quote[0] as VerifyToken).key !== cut.key) {
    changes.push({ kind: "negation-dropped", words: cut.text });
  }
  // Words the source did not put in quote marks, inside the quotation's marks here.
  const unquoted = equal.filter((op) => !(passage[op.a] as VerifyToken).quoted);
  if (unquoted.length > 0) {
    const quotedHere = passage.slice(start, end).filter((t) => t.quoted);
    const count = unquoted.length;
    // Shown in the quotation's own words: from its first to its last word the source did not quote.
    const added = words(quote.slice((unquoted[0] as { b: number }).b, (unquoted[unquoted.length - 1] as { b: number }).b + 1));
    if (quotedHere.length > 0) changes.push({ kind: "partial-extended", quoted: words(quotedHere), added, count });
    else changes.push({ kind: "paraphrase", words: added, count });
  }
  return {
    score,
    coverage,
    window: { start, end },
    changes,
    tolerated,
    diff: diffPieces(ops, quote, passage, omitted),
  };
}

/**
 * Changes that alter what the speaker said: everything but function-word edits, and words outside
 * the source's quote marks only from `minExtraWords` on (one word is often the desk's joining word).
 */
export const meaningful = (changes: ReadonlyArray<Change>, minExtraWords = 2): Change[] =>
  changes.filter((c) => c.kind !== "minor" && !((c.kind === "partial-extended" || c.kind === "paraphrase") && c.count < minExtraWords));
