import type { Boilerplate } from "@copydesk/core";
import { CATEGORIES, type Category } from "../data/library.js";
import type { BlockFeatures } from "./features.js";
import type { Label } from "./labels.js";

/** Where a block stands in its article, as far as the judgement needs. */
export interface BlockContext {
  /** A label block just before this one ("Legal Disclaimer:"). */
  readonly label?: Label;
  /** Among the last blocks of the article, where footers sit. */
  readonly tail: boolean;
  /** The block before, when it is boilerplate. */
  readonly previous?: Boilerplate;
}

export interface Verdict {
  readonly category: Category;
  readonly score: number;
  /** Why, for an editor or a test: "strong cue: without warranty of any kind", "reporting verb: said (-3)". */
  readonly reasons: ReadonlyArray<string>;
  readonly boilerplate: boolean;
}

/** A block is boilerplate when its score reaches this and it has evidence of its category. */
export const THRESHOLD = 4;
/** Share of legal words that counts as legal prose, and as dense legal prose. */
const LEGAL = 0.12;
const DENSE_LEGAL = 0.2;
/** A block this short that stands on its own (a credit line, a call to action). */
const SHORT_WORDS = 30;

interface Candidate {
  readonly category: Category;
  readonly base: number;
  readonly reasons: string[];
}

const hasDetail = (f: BlockFeatures): boolean => f.contact.email || f.contact.phone || f.contact.web;

/** For "About X" labels: the block mentions X in its first words, or reads like a company description. */
function aboutLabelFits(label: Label, features: BlockFeatures, aboutCues: number): boolean {
  if (aboutCues >= 1) return true;
  const name = label.name ?? [];
  if (name.length === 0) return false;
  const head = features.tokens.words.slice(0, 12);
  return head.some((_, i) => name.every((word, j) => head[i + j] === word));
}

/** The evidence and base score of one category: cues, known patterns, labels. */
function candidate(category: Category, features: BlockFeatures, context: BlockContext): Candidate | undefined {
  const hits = features.cues.get(category);
  const strong = hits?.strong.size ?? 0;
  const weak = hits?.weak.size ?? 0;
  const reasons: string[] = [];
  let base = 2 * strong + weak;
  for (const phrase of hits?.strong ?? []) reasons.push(`strong cue: ${phrase}`);
  for (const phrase of hits?.weak ?? []) reasons.push(`cue: ${phrase}`);

  let evidence = false;
  for (const [pattern, phrases] of features.patterns) {
    if (pattern.category !== category || phrases.size < pattern.minPhrases) continue;
    base += 3;
    evidence = true;
    reasons.push(`known pattern: ${pattern.id}`);
  }
  for (const label of [context.label, features.inlineLabel]) {
    if (label === undefined || label.category !== category) continue;
    if (category === "about" && !aboutLabelFits(label, features, weak)) continue;
    base += 2;
    evidence = true;
    reasons.push(`label: ${label.text}`);
  }
  const continues = context.previous?.category === category;

  switch (category) {
    case "disclaimer":
      evidence ||= strong >= 1 || (features.legalDensity >= DENSE_LEGAL && features.selfReference && features.wordCount >= 12);
      break;
    case "safe-harbour":
      evidence ||= strong >= 2 || (strong >= 1 && features.selfReference);
      break;
    case "about":
      // A company description without its "About" label: at the end, with its web address or contact details.
      evidence ||= (weak >= 3 && context.tail && hasDetail(features)) || (continues && weak >= 1);
      break;
    case "contact":
      evidence ||= (strong >= 1 && ((hits?.atStart ?? false) || hasDetail(features))) || (continues && hasDetail(features));
      break;
    case "credit":
      evidence ||= (hits?.selfStrong ?? false) || (strong >= 1 && (hits?.atStart ?? false));
      break;
    case "copyright":
      if (features.copyrightSign) {
        base += 1;
        reasons.push("copyright sign");
      }
      evidence ||= strong >= 1 || (features.copyrightSign && features.wordCount <= SHORT_WORDS);
      break;
    case "call-to-action":
      // "Follow us", "our newsletter": the publisher speaking to the reader.
      if (strong >= 1) {
        base += 1;
        reasons.push("addresses the reader");
      }
      evidence ||= strong >= 1;
      break;
  }
  if (!evidence || base === 0) return undefined;
  return { category, base, reasons };
}

/** Context that makes any category more or less likely: position, provider, legal density, story signals. */
function contextScore(best: Candidate, features: BlockFeatures, context: BlockContext): { score: number; reasons: string[] } {
  const reasons = [...best.reasons];
  let score = best.base;
  const add = (points: number, reason: string) => {
    score += points;
    reasons.push(points < 0 ? `${reason} (${points})` : reason);
  };
  const { category } = best;
  if (context.tail) add(1, "at the end of the article");
  if (features.providers.length > 0) add(1, `names ${features.providers[0]?.name}`);
  if (features.selfReference) add(1, "speaks of the text itself");
  if (category === "disclaimer" || category === "safe-harbour") {
    if (features.legalDensity >= DENSE_LEGAL) add(2, "dense legal vocabulary");
    else if (features.legalDensity >= LEGAL) add(1, "legal vocabulary");
  }
  if ((category === "contact" || category === "about") && hasDetail(features)) add(1, "contact details");
  if (context.previous?.category === category) add(1, `follows a ${category} block`);
  if ((category === "call-to-action" || category === "credit" || category === "copyright") && features.wordCount <= SHORT_WORDS) {
    add(1, "short standalone line");
  }
  if (features.reporting !== undefined) add(-3, `reporting: ${features.reporting}`);
  if (features.court !== undefined) add(-2, `court story: ${features.court}`);
  return { score, reasons };
}

/** Judges one block: its most likely category and whether the evidence reaches the threshold. */
export function judgeBlock(features: BlockFeatures, context: BlockContext): Verdict | undefined {
  let best: Candidate | undefined;
  for (const category of CATEGORIES) {
    const found = candidate(category, features, context);
    if (found !== undefined && (best === undefined || found.base > best.base)) best = found;
  }
  if (best === undefined) return undefined;
  const { score, reasons } = contextScore(best, features, context);
  return { category: best.category, score, reasons, boilerplate: score >= THRESHOLD };
}
