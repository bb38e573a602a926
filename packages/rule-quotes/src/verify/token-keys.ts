import type { VerifyToken } from "./tokens.js";

// A quotation is compared with several passages: the views of its keys are made once per token
// array (arrays are shared through the token cache, so this holds across rules too).
const lists = new WeakMap<ReadonlyArray<VerifyToken>, ReadonlyArray<string>>();
const sets = new WeakMap<ReadonlyArray<VerifyToken>, ReadonlySet<string>>();
const strings = new WeakMap<ReadonlyArray<VerifyToken>, string>();
const counts = new WeakMap<ReadonlyArray<VerifyToken>, ReadonlyMap<string, number>>();

/** Drops the views kept for `tokens` (their article is checked: see `onArticleReleased`). */
export function forgetKeys(tokens: ReadonlyArray<VerifyToken>): void {
  lists.delete(tokens);
  sets.delete(tokens);
  strings.delete(tokens);
  counts.delete(tokens);
}

/** The comparison keys of `tokens`, in order. */
export function keyList(tokens: ReadonlyArray<VerifyToken>): ReadonlyArray<string> {
  let keys = lists.get(tokens);
  if (keys === undefined) {
    keys = tokens.map((t) => t.key);
    lists.set(tokens, keys);
  }
  return keys;
}

/** The distinct comparison keys of `tokens`. */
export function keySet(tokens: ReadonlyArray<VerifyToken>): ReadonlySet<string> {
  let keys = sets.get(tokens);
  if (keys === undefined) {
    keys = new Set(keyList(tokens));
    sets.set(tokens, keys);
  }
  return keys;
}

/** The comparison keys of `tokens`, space-separated. */
export function keyString(tokens: ReadonlyArray<VerifyToken>): string {
  let keys = strings.get(tokens);
  if (keys === undefined) {
    keys = keyList(tokens).join(" ");
    strings.set(tokens, keys);
  }
  return keys;
}

/** How many times each comparison key occurs in `tokens`. */
export function keyCounts(tokens: ReadonlyArray<VerifyToken>): ReadonlyMap<string, number> {
  let found = counts.get(tokens);
  if (found === undefined) {
    const map = new Map<string, number>();
    for (const token of tokens) map.set(token.key, (map.get(token.key) ?? 0) + 1);
    counts.set(tokens, (found = map));
  }
  return found;
}
