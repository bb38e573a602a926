import { findQuotations, isInsideQuotation, type QuotationSpan } from "@copydesk/core";
import type { BoilerplateLibrary, Category, PatternData } from "../data/library.js";
import { contactDetails, type ContactDetails } from "../text/contact-details.js";
import type { PhraseMatch } from "../text/phrases.js";
import { hashWords, tokenize, type Tokens } from "../text/tokens.js";
import { inlineLabel, type Label } from "./labels.js";

/** Blocks longer than this are never boilerplate (and are not scanned): disclaimers and footers are short. */
export const MAX_BOILERPLATE_CHARS = 6000;
const MAX_WORDS = 1200;

export interface CueHits {
  readonly strong: Set<string>;
  readonly weak: Set<string>;
  /** A cue of this category starts at the block's first or second word. */
  atStart: boolean;
  /** A strong cue that speaks about the text itself ("this article was originally published", "republished with permission"). */
  selfStrong: boolean;
}

export interface ProviderMention {
  readonly name: string;
  /** Offsets in block text. */
  readonly start: number;
  readonly end: number;
}

/** What the classifier reads in one block; every phrase counted only outside quotation marks. */
export interface BlockFeatures {
  readonly tokens: Tokens;
  readonly wordCount: number;
  readonly cues: ReadonlyMap<Category, CueHits>;
  /** Known patterns with the indexes of their phrases found. */
  readonly patterns: ReadonlyMap<PatternData, ReadonlySet<number>>;
  /** Providers named, in text order. */
  readonly providers: ReadonlyArray<ProviderMention>;
  readonly inlineLabel: Label | undefined;
  readonly selfReference: boolean;
  /** Share of the words outside quotations that are legal vocabulary. */
  readonly legalDensity: number;
  /** A reporting verb or "according to" outside quotations: a sign of a story, not boilerplate. */
  readonly reporting: string | undefined;
  /** Court vocabulary: a story about a legal dispute. */
  readonly court: string | undefined;
  readonly contact: ContactDetails;
  readonly copyrightSign: boolean;
}

/** Word hashes of the block being looked at: the quick look allocates nothing. */
const scratch = new Uint32Array(MAX_WORDS);

const SELF_STRONG_START = new Set(["this", "is", "republished", "reprinted", "read"]);

function quoted(tokens: Tokens, quotations: ReadonlyArray<QuotationSpan>, match: { start: number; end: number }): boolean {
  if (quotations.length === 0) return false;
  return isInsideQuotation(quotations, tokens.starts[match.start] as number, tokens.ends[match.end - 1] as number);
}

function unquoted<T>(tokens: Tokens, quotations: ReadonlyArray<QuotationSpan>, matches: ReadonlyArray<PhraseMatch<T>>): PhraseMatch<T>[] {
  return matches.filter((match) => !quoted(tokens, quotations, match));
}

export interface FeatureOptions {
  /** Read the block closely whatever the quick look says (a label heads it, boilerplate precedes it). */
  readonly force?: boolean;
  /** The block is among the article's last: one weak cue is reason enough to read it closely. */
  readonly tail?: boolean;
}

/**
 * Whether a block could be boilerplate at all, from a quick look at its word hashes: a strong cue
 * or a known pattern, two weak cues, or one at the end of the article. No judgement can mark a
 * block without one of these (or a label, a copyright sign, or boilerplate just before it).
 */
function worthReading(library: BoilerplateLibrary, text: string, tail: boolean): boolean {
  const count = hashWords(text, scratch);
  if (library.strongCues.occursIn(scratch, count) || library.patterns.occursIn(scratch, count)) return true;
  return library.weakCues.countIn(scratch, count, 2) >= (tail ? 1 : 2);
}

/**
 * What the classifier needs to know about a block, or undefined when the block is too long to be
 * boilerplate, or (unless `force`) when a quick look finds nothing that could make it boilerplate.
 * Most story paragraphs stop there, after one scan of their words and no allocation, so the
 * processor costs little on the blocks that matter least.
 */
export function blockFeatures(library: BoilerplateLibrary, text: string, options: FeatureOptions = {}): BlockFeatures | undefined {
  if (text.length > MAX_BOILERPLATE_CHARS) return undefined;
  const label = inlineLabel(library, text);
  const copyrightSign = text.includes("©");
  if (!options.force && label === undefined && !copyrightSign && !worthReading(library, text, options.tail ?? false)) return undefined;
  const tokens = tokenize(text, MAX_WORDS);
  const cueMatches = library.cues.findAll(tokens);
  const patternMatches = library.patterns.findAll(tokens);
  const quotations = findQuotations(text);

  const cues = new Map<Category, CueHits>();
  for (const match of unquoted(tokens, quotations, cueMatches)) {
    const { category, strong, phrase } = match.value;
    let hits = cues.get(category);
    if (hits === undefined) cues.set(category, (hits = { strong: new Set(), weak: new Set(), atStart: false, selfStrong: false }));
    (strong ? hits.strong : hits.weak).add(phrase);
    if (match.start <= 1) hits.atStart = true;
    if (strong && SELF_STRONG_START.has(phrase.split(" ")[0] as string)) hits.selfStrong = true;
  }

  const patterns = new Map<PatternData, Set<number>>();
  for (const match of unquoted(tokens, quotations, patternMatches)) {
    const found = patterns.get(match.value.pattern);
    if (found === undefined) patterns.set(match.value.pattern, new Set([match.value.phrase]));
    else found.add(match.value.phrase);
  }

  const providers = unquoted(tokens, quotations, library.providers.findAll(tokens))
    .sort((a, b) => a.start - b.start || b.end - a.end)
    .map((match) => ({ name: match.value, start: tokens.starts[match.start] as number, end: tokens.ends[match.end - 1] as number }));

  let legal = 0;
  let counted = 0;
  let court: string | undefined;
  tokens.words.forEach((word, i) => {
    if (quotations.length > 0 && isInsideQuotation(quotations, tokens.starts[i] as number, tokens.ends[i] as number)) return;
    counted++;
    if (library.legalWords.has(word)) legal++;
    if (court === undefined && library.court.has(word)) court = word;
  });

  return {
    tokens,
    wordCount: tokens.words.length,
    cues,
    patterns,
    providers,
    inlineLabel: label,
    selfReference: unquoted(tokens, quotations, library.selfReference.findAll(tokens)).length > 0,
    legalDensity: counted === 0 ? 0 : legal / counted,
    reporting: unquoted(tokens, quotations, library.reporting.findAll(tokens))[0]?.value,
    court,
    contact: contactDetails(text),
    copyrightSign,
  };
}
