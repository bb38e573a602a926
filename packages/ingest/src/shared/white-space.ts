import { isWhitespaceCode } from "@copydesk/core";

// isWhitespaceCode is exactly the set JavaScript's \s and String.prototype.trim treat as white space.

/** True when `text` has no white space but single plain spaces between other characters. */
function isFolded(text: string): boolean {
  const n = text.length;
  if (n === 0) return true;
  if (isWhitespaceCode(text.charCodeAt(0)) || isWhitespaceCode(text.charCodeAt(n - 1))) return false;
  for (let i = 1; i < n - 1; i++) {
    const code = text.charCodeAt(i);
    if (code > 32 && code < 0xa0) continue;
    if (code === 32 ? text.charCodeAt(i + 1) === 32 : isWhitespaceCode(code)) return false;
  }
  return true;
}

/** `text.replace(/\s+/g, " ").trim()`, returning `text` itself when there is nothing to fold. */
export function foldWhiteSpace(text: string): string {
  return isFolded(text) ? text : text.replace(/\s+/g, " ").trim();
}

/** White space other than a plain space, or two plain spaces: one linear character-class test. */
const UNUSUAL_SPACE = /[^\S ]| {2}/;

/** The length `foldWhiteSpace(parts.join(""))` would have, counted without building the string. */
export function foldedLength(parts: ReadonlyArray<string>): number {
  let length = 0;
  let seen = false;
  let space = false;
  for (const part of parts) {
    const n = part.length;
    if (n === 0) continue;
    if (!UNUSUAL_SPACE.test(part)) {
      // Single spaces between other characters, perhaps one at either end: only the ends need a look.
      const lead = part.charCodeAt(0) === 32 ? 1 : 0;
      const trail = n > 1 && part.charCodeAt(n - 1) === 32 ? 1 : 0;
      if (lead === 1) space = seen;
      const inner = n - lead - trail;
      if (inner > 0) {
        if (space) length++;
        space = false;
        seen = true;
        length += inner;
      }
      if (trail === 1) space = seen;
      continue;
    }
    for (let i = 0; i < n; i++) {
      const code = part.charCodeAt(i);
      if ((code <= 32 || code >= 0xa0) && isWhitespaceCode(code)) {
        space = seen;
        continue;
      }
      if (space) length++;
      space = false;
      seen = true;
      length++;
    }
  }
  return length;
}
