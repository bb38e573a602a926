import { findQuotations } from "@copydesk/core";
import { shippedLibrary, type BoilerplateLibrary } from "../data/library.js";
import { blockFeatures } from "./features.js";

/** Double quotation marks: a quotation in them is somebody's words. */
const DOUBLE_OPENERS = new Set(["“", '"', "«", "„"]);
const MIN_QUOTED_WORDS = 4;

const wordsIn = (text: string): number => text.split(/\s+/u).filter((w) => w.length > 0).length;

/**
 * True when a paragraph reads as reporting: it quotes somebody (a quotation of four words or more
 * in double quotation marks) or attributes ("said", "according to"). Syndicated copies of one story
 * share such paragraphs across a feed; footers and disclaimers never quote anyone.
 */
export function readsAsReporting(text: string, library: BoilerplateLibrary = shippedLibrary()): boolean {
  const features = blockFeatures(library, text, { force: true });
  if (features === undefined) return true;
  if (features.reporting !== undefined) return true;
  return findQuotations(text).some(
    (q) => q.depth === 0 && DOUBLE_OPENERS.has(q.open) && wordsIn(text.slice(q.contentStart, q.contentEnd)) >= MIN_QUOTED_WORDS,
  );
}
