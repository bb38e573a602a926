import { inlineLabel } from "../classify/labels.js";
import type { BoilerplateLibrary, Category } from "../data/library.js";
import { tokenize } from "../text/tokens.js";

/** What stands for a provider's name in a comparison key. */
export const PROVIDER_MASK = "⟨provider⟩";
/** Categories whose text is a template with the provider's name dropped in (a disclaimer, a safe harbour). */
const TEMPLATE_CATEGORIES: ReadonlySet<Category> = new Set(["disclaimer", "safe-harbour"]);
/** A key is masked only when this many words are left besides the provider's name: "Source: MENAFN" is all name. */
const MIN_WORDS_TO_MASK = 8;
const MAX_KEY_WORDS = 1200;

export interface ComparisonKey {
  /** Folded words joined by single spaces: case, quotes, dashes, punctuation, white space and line wraps gone. */
  readonly text: string;
  readonly words: ReadonlyArray<string>;
  /** True when provider names were replaced by {@link PROVIDER_MASK}. */
  readonly masked: boolean;
}

/**
 * The text two copies of boilerplate share: its words after the inline label ("Legal
 * Disclaimer:"), folded, with the provider's name masked in template categories.
 */
export function comparisonKey(library: BoilerplateLibrary, text: string, category: string, maskProviders: boolean): ComparisonKey {
  const label = inlineLabel(library, text);
  const body = label === undefined ? text : text.slice(label.end);
  const tokens = tokenize(body, MAX_KEY_WORDS);
  let words = [...tokens.words];
  let masked = false;
  if (maskProviders && TEMPLATE_CATEGORIES.has(category as Category)) {
    const mentions = library.providers.findAll(tokens).sort((a, b) => a.start - b.start || b.end - a.end);
    const out: string[] = [];
    let at = 0;
    for (const mention of mentions) {
      if (mention.start < at) continue;
      out.push(...words.slice(at, mention.start), PROVIDER_MASK);
      at = mention.end;
    }
    out.push(...words.slice(at));
    const left = out.filter((word) => word !== PROVIDER_MASK).length;
    if (mentions.length > 0 && left >= MIN_WORDS_TO_MASK) {
      words = out;
      masked = true;
    }
  }
  return { text: words.join(" "), words, masked };
}
