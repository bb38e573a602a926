import type { TextRange } from "@copydesk/core";

const isSpace = (code: number): boolean => code === 32 || (code >= 9 && code <= 13) || code === 0xa0;

/** A URL, an e-mail address or a bare domain with a path: a name inside one is never a finding. */
function isAddress(chunk: string): boolean {
  if (chunk.includes("://") || /^[(<[]?www\./i.test(chunk)) return true;
  const at = chunk.indexOf("@");
  if (at > 0 && chunk.indexOf(".", at) > at + 1) return true;
  const slash = chunk.indexOf("/");
  return slash > 0 && chunk.slice(0, slash).includes(".") && !chunk.slice(0, slash).endsWith(".");
}

/**
 * Ranges of `text` that are addresses, found by one pass over its white-space separated
 * chunks. Returns nothing (and costs one `includes`) for text with no @, :// or "www.".
 */
export function addressRanges(text: string): TextRange[] {
  if (!text.includes("@") && !text.includes("/") && !/www\./i.test(text)) return [];
  const ranges: TextRange[] = [];
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const boundary = i === text.length || isSpace(text.charCodeAt(i));
    if (!boundary && start < 0) start = i;
    if (boundary && start >= 0) {
      if (isAddress(text.slice(start, i))) ranges.push({ start, end: i });
      start = -1;
    }
  }
  return ranges;
}
