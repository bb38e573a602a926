import type { BlockKind } from "@copydesk/core";
import type { BoilerplateLibrary, Category } from "../data/library.js";
import { tokenize, type Tokens } from "../text/tokens.js";

/** A label that heads boilerplate: "Legal Disclaimer:", "About Acme Corp", "Media Contact:". */
export interface Label {
  readonly category: Category;
  /** The label as written, without its colon. */
  readonly text: string;
  /** For "About X": the name X, folded words. */
  readonly name?: ReadonlyArray<string>;
  /** Offset after the label and its colon in the block text (0 for a label block of its own). */
  readonly end: number;
}

/** Longest label looked at, in characters and words. */
const MAX_LABEL_CHARS = 80;
const MAX_LABEL_WORDS = 8;
/** "About X" with these X are boilerplate sections whatever their case. */
const ABOUT_GENERIC = new Set(["us", "the author", "the authors", "the company", "the publisher", "the writer"]);

const isUpper = (char: string | undefined): boolean => char !== undefined && /^\p{Lu}$/u.test(char);

/** The category of a label's words, or undefined: a listed label, or "About" + a capitalised name. */
function labelCategory(library: BoilerplateLibrary, text: string, tokens: Tokens): { category: Category; name?: string[] } | undefined {
  const words = tokens.words;
  if (words.length === 0 || words.length > MAX_LABEL_WORDS) return undefined;
  const listed = library.labels.whole(words);
  if (listed !== undefined) return { category: listed };
  if (words[0] !== "about" || words.length < 2 || words.length > 6) return undefined;
  const rest = words.slice(1);
  if (ABOUT_GENERIC.has(rest.join(" "))) return { category: "about", name: rest };
  // "About Acme Corp": the name is capitalised as written ("About 200 people" is not a label).
  return isUpper(text[tokens.starts[1] as number]) ? { category: "about", name: rest } : undefined;
}

/**
 * A block that is nothing but a label: a heading, or a short line ending in a colon, whose words
 * are a known label. The line must not read as a sentence (no full stop).
 */
export function labelBlock(library: BoilerplateLibrary, text: string, kind: BlockKind): Label | undefined {
  if (text.length > MAX_LABEL_CHARS) return undefined;
  const trimmed = text.trim();
  const colon = trimmed.endsWith(":");
  const body = colon ? trimmed.slice(0, -1).trimEnd() : trimmed;
  if (body.includes(".") && !colon) return undefined;
  const tokens = tokenize(body, MAX_LABEL_WORDS + 1);
  if (!colon && kind !== "heading" && tokens.words.length > 4) return undefined;
  const found = labelCategory(library, body, tokens);
  if (found === undefined) return undefined;
  return { category: found.category, text: body, ...(found.name ? { name: found.name } : {}), end: 0 };
}

/** A label at the start of a block, before a colon: "Legal Disclaimer: MENAFN provides ...". */
export function inlineLabel(library: BoilerplateLibrary, text: string): Label | undefined {
  let colon = -1;
  for (let i = 1; i <= MAX_LABEL_CHARS && i < text.length; i++) {
    if (text.charCodeAt(i) === 58) {
      colon = i;
      break;
    }
  }
  if (colon < 0) return undefined;
  const head = text.slice(0, colon);
  // "Label: http://..." is a web address, not a label; and something must follow the label.
  if (text.startsWith("//", colon + 1) || !/\S/u.test(text.slice(colon + 1, colon + 200))) return undefined;
  const found = labelCategory(library, head, tokenize(head, MAX_LABEL_WORDS + 1));
  if (found === undefined) return undefined;
  let end = colon + 1;
  while (end < text.length && text[end] === " ") end++;
  return { category: found.category, text: head.trim(), ...(found.name ? { name: found.name } : {}), end };
}
