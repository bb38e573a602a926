import { DETERMINERS } from "../lexicon/words.js";
import type { StorySentence } from "../text/story.js";
import type { Token } from "../text/tokens.js";
import { type ClaimCue, cueFrom, quoted } from "./cue.js";

/**
 * Allegations with no one alleging: "alleged mistreatment", "allegedly bribed", "was accused of
 * fraud". Not one when the sentence says who alleges ("alleged by prosecutors", "Moscow alleged
 * that") or sits in a legal process whose parties are the accusers (police, prosecutors, a court,
 * a lawsuit, charges).
 */

/** Words that name the accuser of a legal allegation. */
const LEGAL_CONTEXT = new Set([
  "police", "prosecutors", "prosecutor", "prosecution", "charged", "charges", "charge", "indictment", "indicted",
  "lawsuit", "suit", "complaint", "court", "judge", "jury", "trial", "investigators", "authorities", "filing",
  "affidavit", "plaintiffs", "plaintiff", "arrested", "arrest", "warrant", "sued", "convicted", "pleaded",
]);

const ADJECTIVE_BEFORE = new Set([...DETERMINERS, "and", "or", "of", "for", "with", "over", "about", "against", "into", "amid", "the", "its", "his", "her", "their", "including", "by", "from", ","]);
const BE = new Set(["is", "was", "are", "were", "been", "being", "be", "has", "have", "had"]);

function hasLegalContext(sentence: StorySentence): boolean {
  return sentence.tokens.some((token) => LEGAL_CONTEXT.has(token.key) && !quoted(sentence, token));
}

/** "by X" within the next few words names the accuser. */
const byFollows = (tokens: ReadonlyArray<Token>, i: number): boolean => {
  for (let k = i + 1; k <= i + 6 && k < tokens.length; k++) {
    const token = tokens[k] as Token;
    if (token.key === "by") return true;
    if (token.kind === "punct") return false;
  }
  return false;
};

export function findAllegations(sentence: StorySentence): ClaimCue[] {
  const tokens = sentence.tokens;
  const cues: ClaimCue[] = [];
  let legal: boolean | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    if (token.kind !== "word" || quoted(sentence, token)) continue;
    const key = token.key;
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    let cue: ClaimCue | undefined;
    if ((key === "allegedly" || key === "purportedly") && !byFollows(tokens, i)) {
      cue = cueFrom(sentence, "allegation", token, next !== undefined && next.kind === "word" ? next : token);
    } else if ((key === "alleged" || key === "purported") && next !== undefined && next.kind === "word" && next.key !== "that" && next.key !== "by") {
      const adjective = prev === undefined || ADJECTIVE_BEFORE.has(prev.key) || prev.kind === "punct";
      if (adjective && !byFollows(tokens, i)) cue = cueFrom(sentence, "allegation", token, next);
    } else if (key === "accused" && next?.key === "of" && prev !== undefined && BE.has(prev.key) && !byFollows(tokens, i)) {
      const what = tokens[i + 2];
      cue = cueFrom(sentence, "allegation", prev, what !== undefined && what.kind === "word" ? what : next);
    }
    if (cue === undefined) continue;
    legal ??= hasLegalContext(sentence);
    if (legal) return [];
    cues.push(cue);
  }
  return cues;
}
