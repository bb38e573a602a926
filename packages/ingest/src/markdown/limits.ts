/**
 * Guards for the Markdown parser. micromark (under mdast-util-from-markdown)
 * slows down quadratically on two shapes of hostile input: many emphasis
 * markers in one paragraph (`*_a*_a*_a...`: 60 KB takes tens of seconds) and
 * long runs of nested list lines (`- - text` repeated). A linear pre-scan
 * finds both before the parser sees the text.
 */

/** Sum over paragraphs of (emphasis markers in it)²: past this, emphasis is read as literal characters. */
const EMPHASIS_BUDGET = 2_000_000;
/** Deepest nesting of lists and quotes read. */
export const MAX_NESTING = 32;
/** Most lines inside nested lists read. */
export const MAX_NESTED_LIST_LINES = 1000;

export interface MarkdownPlan {
  /** False when emphasis must not be parsed (its markers stay in the text, each mapped to itself). */
  readonly emphasis: boolean;
}

interface Prefix {
  /** Container markers (`>`, `-`, `1.`) at the start of the line. */
  readonly markers: number;
  /** List markers among them. */
  readonly listMarkers: number;
  /** Leading indentation in columns (a tab is 4). */
  readonly indent: number;
}

const isDigit = (code: number): boolean => code >= 48 && code <= 57;
const isBlankChar = (code: number): boolean => code === 32 || code === 9;

/** Reads the container markers opening the line `[start, end)`. */
function prefixOf(text: string, start: number, end: number): Prefix {
  let i = start;
  let indent = 0;
  while (i < end && isBlankChar(text.charCodeAt(i))) {
    indent += text.charCodeAt(i) === 9 ? 4 : 1;
    i++;
  }
  let markers = 0;
  let listMarkers = 0;
  for (;;) {
    while (i < end && isBlankChar(text.charCodeAt(i))) i++;
    if (i >= end) break;
    const code = text.charCodeAt(i);
    if (code === 62 /* > */) {
      markers++;
      i++;
      continue;
    }
    if ((code === 45 || code === 42 || code === 43) /* - * + */ && i + 1 < end && isBlankChar(text.charCodeAt(i + 1))) {
      markers++;
      listMarkers++;
      i += 2;
      continue;
    }
    let j = i;
    while (j < end && j - i < 9 && isDigit(text.charCodeAt(j))) j++;
    const delimiter = text.charCodeAt(j);
    if (j > i && (delimiter === 46 || delimiter === 41) /* . ) */ && j + 1 < end && isBlankChar(text.charCodeAt(j + 1))) {
      markers++;
      listMarkers++;
      i = j + 2;
      continue;
    }
    break;
  }
  return { markers, listMarkers, indent };
}

/**
 * Checks the text before it is parsed. Throws an Error naming the line for
 * nesting no article has; returns whether emphasis can be parsed safely.
 */
export function planMarkdown(text: string): MarkdownPlan {
  let line = 1;
  let start = 0;
  let paragraphMarkers = 0;
  let emphasisCost = 0;
  let nestedListLines = 0;
  let inList = false;
  while (start <= text.length) {
    let end = start;
    let markers = 0;
    let blank = true;
    while (end < text.length) {
      const code = text.charCodeAt(end);
      if (code === 10 || code === 13) break;
      if (code === 42 || code === 95) markers++;
      if (!isBlankChar(code)) blank = false;
      end++;
    }
    if (blank) {
      emphasisCost += paragraphMarkers * paragraphMarkers;
      paragraphMarkers = 0;
    } else {
      paragraphMarkers += markers;
      const prefix = prefixOf(text, start, end);
      if (prefix.listMarkers > 0) inList = true;
      else if (prefix.indent === 0 && prefix.markers === 0) inList = false;
      // Inside a list, indentation nests an item under the one above: count it as levels.
      const depth = prefix.markers + (inList ? Math.floor(prefix.indent / 2) : 0);
      if (depth > MAX_NESTING) {
        throw new Error(`Markdown nested ${depth} levels deep at line ${line}: copydesk reads lists and quotes at most ${MAX_NESTING} levels deep`);
      }
      if (inList && depth >= 2 && ++nestedListLines > MAX_NESTED_LIST_LINES) {
        throw new Error(`Markdown has more than ${MAX_NESTED_LIST_LINES} lines in nested lists (line ${line}): too many to read safely`);
      }
    }
    if (end >= text.length) break;
    start = end + (text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? 2 : 1);
    line++;
  }
  emphasisCost += paragraphMarkers * paragraphMarkers;
  return { emphasis: emphasisCost <= EMPHASIS_BUDGET };
}
