import { isAllCaps } from "./tokens.js";

/**
 * The replacement for `written` in the same case style: KIEV in a dateline becomes KYIV;
 * anything else takes the preferred spelling as it is.
 */
export function matchCase(written: string, replacement: string): string {
  return isAllCaps(written.replace(/[^\p{L}]/gu, "")) ? replacement.toUpperCase() : replacement;
}
