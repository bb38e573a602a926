import { BoundedCache, onArticleReleased, type Quotation } from "@copydesk/core";
import { forgetKeys } from "./token-keys.js";
import type { Passage } from "./passages.js";
import { verifyTokens, type VerifyToken } from "./tokens.js";

// A source passage is compared with every quotation that finds it: the tokens of recent passages
// are kept. Bounded, because an archive lives all run and holds its passages' text only: tokens
// for all of them would take many times that.
const ofPassage = new BoundedCache<Passage, ReadonlyArray<VerifyToken>>(8192);

// A quotation is read by several rules: tokenised once, the tokens going with the quotation.
const ofQuotation = new WeakMap<Quotation, ReadonlyArray<VerifyToken>>();

// Quotations read by the processor belong to the article; those extracted on demand are not kept
// by it and have no entries to drop.
onArticleReleased((article) => {
  for (const quotation of article.quotations ?? []) {
    const tokens = ofQuotation.get(quotation);
    if (tokens === undefined) continue;
    forgetKeys(tokens);
    ofQuotation.delete(quotation);
  }
});

/** `verifyTokens(passage.text, passage.quoted)`, remembered for recent passages. Shared: never modify it. */
export function passageTokens(passage: Passage): ReadonlyArray<VerifyToken> {
  return ofPassage.getOrCompute(passage, () => verifyTokens(passage.text, passage.quoted));
}

/** `verifyTokens(quotation.text)`, once per quotation. Shared: never modify it. */
export function quotationTokens(quotation: Quotation): ReadonlyArray<VerifyToken> {
  let tokens = ofQuotation.get(quotation);
  if (tokens === undefined) {
    tokens = verifyTokens(quotation.text);
    ofQuotation.set(quotation, tokens);
  }
  return tokens;
}
