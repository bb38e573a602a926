import { hash32 } from "@copydesk/core";
import type { VerifyToken } from "./tokens.js";

/**
 * The index keys of a text: hashes of its word pairs (the one word, for a one-word text). Word
 * pairs find a quotation's passage even when a word of it was changed, and a rare pair ("credible
 * traffic") finds it among thousands of articles.
 */
export function pairKeys(tokens: ReadonlyArray<VerifyToken>): Uint32Array {
  if (tokens.length === 1) return Uint32Array.of(hash32((tokens[0] as VerifyToken).key));
  const keys = new Uint32Array(Math.max(0, tokens.length - 1));
  for (let i = 0; i + 1 < tokens.length; i++) keys[i] = hash32(`${(tokens[i] as VerifyToken).key} ${(tokens[i + 1] as VerifyToken).key}`);
  return keys;
}
