import { REPORTING_VERB_FORMS } from "@copydesk/core";
import { DETERMINERS } from "../lexicon/words.js";
import type { Token } from "../text/tokens.js";

/**
 * Forms the shared lexicon (core's REPORTING_VERB_FORMS) leaves out: the -ing forms of its verbs
 * ("with the U.S. acknowledging that ...") and a few more verbs of saying.
 */
const EXTRA_FORMS = `
  acknowledging admitting announcing arguing asserting cautioning claiming commenting conceding confirming contending
  declaring denying describing emphasising emphasizing estimating explaining insisting maintaining noting observing
  predicting recalling reiterating remarking replying reporting responding stating stressing suggesting testifying
  tweeting urging vowing warning writing alleging accusing pledging promising posting asking
  disclose discloses disclosed disclosing signal signals signalled signaled signalling signaling hint hints hinted hinting
  complain complains complained complaining lament laments lamented boast boasts boasted quip quips quipped
  brief briefs briefed inform informs informed reveal reveals revealed revealing
`;

export const REPORTING_VERBS: ReadonlySet<string> = new Set([
  ...[...REPORTING_VERB_FORMS].filter((form) => !form.includes(" ")),
  ...EXTRA_FORMS.trim().split(/\s+/),
]);

/** "point out": core lists it with its forms; the first word starts it. */
export const PHRASAL_REPORTING: ReadonlyMap<string, string> = new Map(
  [...REPORTING_VERB_FORMS, "pointing out"].filter((form) => form.includes(" ")).map((form) => [form.split(" ")[0] as string, form.split(" ")[1] as string]),
);

/** Past forms that are never adjectives before a noun in news copy. */
const ALWAYS_VERBS = new Set(["said", "says", "say", "told", "tells", "wrote", "writes", "added", "adds", "insisted", "insists", "testified"]);

/** Words that follow a verb of saying: "said that", "said on Tuesday", "told reporters", "said the plan". */
const AFTER_VERB = new Set([
  "that", "the", "a", "an", "it", "he", "she", "they", "we", "i", "there", "this", "these", "those", "its", "his", "her",
  "their", "our", "on", "in", "at", "to", "during", "after", "before", "last", "earlier", "later", "yesterday", "today",
  "reporters", "journalists", "lawmakers", "him", "them", "us", "me", "how", "what", "why", "when", "whether", "no",
  "not", "repeatedly", "again", "also", "publicly", "privately", "through", "via", "by", "while", "without", "over",
]);

const IRREGULAR_PARTICIPLES = new Set(["thought", "felt", "found", "shown", "seen", "put", "known", "held", "told", "written"]);

const PREPOSITIONS_BEFORE_NOUN = new Set(["of", "for", "with", "by", "from", "about", "against", "over", "amid", "despite", "into", "to"]);

const isPossessive = (token: Token): boolean => /['’]s$/i.test(token.text) || /s['’]$/i.test(token.text);

/**
 * True when the reporting-verb form at `i` is used as a verb, not as an adjective or noun:
 * "Moscow alleged that ..." but not "the alleged mistreatment", "and alleged mistreatment",
 * "a warning", "Moscow's claims".
 */
export function isVerbUse(tokens: ReadonlyArray<Token>, i: number): boolean {
  const token = tokens[i];
  if (token === undefined) return false;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (prev !== undefined && prev.kind !== "punct") {
    if (DETERMINERS.has(prev.key) && prev.key !== "that" && prev.key !== "all" && prev.key !== "both") return false;
    if (PREPOSITIONS_BEFORE_NOUN.has(prev.key)) return false;
    if (isPossessive(prev)) return false;
  }
  if (ALWAYS_VERBS.has(token.key)) return true;
  // Only a participle can stand before a noun as an adjective: "says", "expect", "believes" are verbs.
  if (!token.key.endsWith("ed") && !IRREGULAR_PARTICIPLES.has(token.key)) return true;
  if (next === undefined || next.kind === "punct") return true;
  if (next.capitalised || next.kind === "number") return true;
  // "alleged mistreatment", "reported figures", "confirmed cases": a participle before a noun.
  return AFTER_VERB.has(next.key);
}

/** True for a form of a verb of saying used as a verb at `i` (one or two tokens: "pointed out"). Returns the cue's end index. */
export function reportingVerbAt(tokens: ReadonlyArray<Token>, i: number): number {
  const token = tokens[i];
  if (token === undefined || token.kind !== "word") return -1;
  const particle = PHRASAL_REPORTING.get(token.key);
  if (particle !== undefined && tokens[i + 1]?.key === particle) return i + 2;
  if (!REPORTING_VERBS.has(token.key)) return -1;
  return isVerbUse(tokens, i) ? i + 1 : -1;
}
