import type { Category } from "../data/library.js";
import type { Tokens } from "../text/tokens.js";
import type { BlockFeatures } from "./features.js";

const CREDIT_VERBS = new Set(["published", "appeared", "republished", "reprinted", "syndicated", "distributed", "courtesy", "produced", "source", "sources", "credit", "via"]);
const PREPOSITIONS = new Set(["on", "in", "by", "at", "from", "of", "via"]);
const CONNECTORS = new Set(["of", "the", "and", "for", "de"]);
const TLDS = new Set(["com", "org", "net", "news", "co", "uk", "io", "ca", "au", "in", "info", "media"]);
const MAX_NAME_WORDS = 6;

const isCapitalised = (char: string | undefined): boolean => char !== undefined && /^[\p{Lu}\p{N}]$/u.test(char);

/** Only spaces, hyphens, ampersands or apostrophes between two words of a name. */
function joins(gap: string): boolean {
  for (const char of gap) if (!" -&'’\u00A0".includes(char)) return false;
  return gap.length <= 3;
}

/** A name starting at word `from`: capitalised words ("The Daily Planet", "Northline News Agency") or a web domain ("example.com"). */
function nameFrom(text: string, tokens: Tokens, from: number): string | undefined {
  const { words, starts, ends } = tokens;
  if (from >= words.length) return undefined;
  const first = starts[from] as number;
  // A domain: word "." tld.
  const afterFirst = ends[from] as number;
  if (text[afterFirst] === "." && TLDS.has(words[from + 1] ?? "") && starts[from + 1] === afterFirst + 1) {
    return text.slice(first, ends[from + 1]);
  }
  let last = -1;
  for (let i = from; i < words.length && i < from + MAX_NAME_WORDS; i++) {
    if (i > from && !joins(text.slice(ends[i - 1], starts[i]))) break;
    const capital = isCapitalised(text[starts[i] as number]);
    if (capital) last = i;
    else if (!CONNECTORS.has(words[i] as string)) break;
  }
  if (last < from) return undefined;
  return text.slice(first, ends[last]);
}

/** For a credit line: the outlet it credits, after "originally published on", "reprinted from", "Source:". */
function creditedOutlet(text: string, features: BlockFeatures): string | undefined {
  const label = features.inlineLabel;
  const { words, starts } = features.tokens;
  if (label !== undefined && label.category === "credit") {
    const index = starts.findIndex((start) => start >= label.end);
    if (index >= 0) return nameFrom(text, features.tokens, index);
  }
  let sawVerb = false;
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as string;
    if (CREDIT_VERBS.has(word)) sawVerb = true;
    else if (sawVerb && PREPOSITIONS.has(word)) {
      const name = nameFrom(text, features.tokens, i + 1);
      if (name !== undefined) return name;
    }
  }
  return undefined;
}

/** Verbs with which a disclaimer's provider speaks of itself: "NewsHub Daily provides this news content ...". */
const SELF_VERBS = new Set(["provides", "offers", "accepts", "assumes", "disclaims", "makes", "does", "is", "has", "shall"]);
/** Capitalised words that start a sentence without naming anyone. */
const NOT_NAMES = new Set(["we", "the", "this", "these", "our", "it", "its", "they", "all", "any", "no", "information", "content", "readers", "you", "neither", "nothing", "legal", "disclaimer", "please", "if"]);

/** A disclaimer that opens with its provider's name, as the aggregator template does: a provider the library does not know yet. */
function openingName(text: string, features: BlockFeatures): string | undefined {
  const { words, starts, ends } = features.tokens;
  const from = features.inlineLabel?.end ?? 0;
  const index = starts.findIndex((start) => start >= from);
  if (index < 0 || NOT_NAMES.has(words[index] as string)) return undefined;
  const name = nameFrom(text, features.tokens, index);
  if (name === undefined) return undefined;
  const after = starts.findIndex((start) => start >= (starts[index] as number) + name.length);
  if (after < 0 || !SELF_VERBS.has(words[after] as string)) return undefined;
  return text.slice(starts[index], ends[after - 1]);
}

/**
 * The provider a boilerplate block names: a provider the library knows; else, for a credit, the
 * outlet it credits, and for a disclaimer, the name it opens with ("NewsHub Daily provides ...").
 */
export function providerOf(text: string, features: BlockFeatures, category: Category): string | undefined {
  const known = features.providers[0]?.name;
  if (known !== undefined) return known;
  if (category === "credit") return creditedOutlet(text, features);
  if (category === "disclaimer") return openingName(text, features);
  return undefined;
}
