import type { StorySentence } from "../text/story.js";
import type { Token } from "../text/tokens.js";
import { type ClaimCue, cueFrom, extendCue, phraseAt, quoted } from "./cue.js";

/**
 * Motives and intentions stated as fact: "rejected ... in favor of continued conflict", "in a bid
 * to", "in an attempt to", "deliberately", "had no reason to", "as a pretext". Purpose clauses of
 * plain facts ("closed the road in order to repair it") and votes "in favor of" are not motives.
 */
const PHRASES: ReadonlyArray<ReadonlyArray<string>> = [
  ["in", "a", "bid", "to"], ["in", "an", "attempt", "to"], ["in", "an", "apparent", "attempt", "to"], ["in", "an", "effort", "to"],
  ["in", "an", "apparent", "effort", "to"], ["in", "an", "apparent", "bid", "to"], ["in", "the", "hope", "of"], ["in", "the", "hope", "that"],
  ["as", "a", "pretext"], ["pretext", "for"], ["to", "distract", "from"], ["ulterior", "motive"], ["ulterior", "motives"],
  ["motivated", "by"], ["no", "reason", "to"], ["no", "intention", "of"], ["never", "intended", "to"], ["in", "retaliation", "for"],
  ["out", "of", "spite"], ["bent", "on"], ["secretly", "wants"], ["secretly", "wanted"], ["secretly", "plans"], ["secretly", "planned"],
  ["deliberately"], ["intentionally"], ["on", "purpose"],
];

/** The phrases by their first word, in list order: a token that opens none is passed over at once. */
const PHRASES_BY_FIRST: ReadonlyMap<string, ReadonlyArray<ReadonlyArray<string>>> = (() => {
  const byFirst = new Map<string, ReadonlyArray<string>[]>();
  for (const phrase of PHRASES) {
    const first = phrase[0] as string;
    byFirst.set(first, [...(byFirst.get(first) ?? []), phrase]);
  }
  return byFirst;
})();

/** Verbs of choosing: "rejected X in favor of Y" says why X was rejected. */
const CHOICE_VERBS = new Set([
  "rejected", "rejects", "reject", "rejecting", "chose", "chooses", "choose", "choosing", "abandoned", "abandons", "abandon",
  "opted", "opts", "dropped", "drops", "spurned", "spurns", "ditched", "ditches", "sacrificed", "sacrifices", "shelved",
  "scrapped", "ignored", "ignores", "sidelined", "forsook", "forsaken", "discarded", "passed", "turned", "walked", "gave",
]);

const DIRECTION_VERBS = new Set(["voted", "vote", "votes", "voting", "ruled", "rule", "rules", "ruling", "spoke", "speak", "speaks", "argued", "argue", "argues", "testified", "came", "come", "out", "decided", "decide", "found", "find", "weighed", "lobbied", "campaigned"]);

const STOPS = new Set(["with", "for", "in", "at", "by", "from", "to", "and", "but", "while", "as", "after", "before", "because", "which", "who", "that"]);

function favourCue(sentence: StorySentence, i: number): ClaimCue | undefined {
  const tokens = sentence.tokens;
  const end = phraseAt(tokens, i, ["in", "favor", "of"]) >= 0 ? i + 2 : phraseAt(tokens, i, ["in", "favour", "of"]) >= 0 ? i + 2 : -1;
  if (end < 0) return undefined;
  // "voted in favor of", "ruled in favour of": a decision's direction, not a motive.
  if (DIRECTION_VERBS.has(tokens[i - 1]?.key ?? "")) return undefined;
  let choice = false;
  for (let k = i - 1; k >= 0 && k >= i - 12; k--) {
    const token = tokens[k] as Token;
    if (token.text === ";" || token.text === ".") break;
    if (CHOICE_VERBS.has(token.key)) {
      choice = true;
      break;
    }
  }
  if (!choice) return undefined;
  const object = tokens[end + 1];
  const last = object !== undefined && object.kind === "word" && !STOPS.has(object.key) ? extendCue(tokens, end + 1, 2, STOPS) : end;
  return cueFrom(sentence, "motive", tokens[i] as Token, tokens[last] as Token);
}

export function findMotives(sentence: StorySentence): ClaimCue[] {
  const tokens = sentence.tokens;
  const cues: ClaimCue[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    if (token.kind !== "word") continue;
    const phrases = PHRASES_BY_FIRST.get(token.key);
    if ((token.key !== "in" && phrases === undefined) || quoted(sentence, token)) continue;
    const favour = token.key === "in" ? favourCue(sentence, i) : undefined;
    if (favour !== undefined) {
      cues.push(favour);
      i = tokens.findIndex((t) => t.end === favour.end);
      continue;
    }
    for (const phrase of phrases ?? []) {
      const end = phraseAt(tokens, i, phrase);
      if (end < 0) continue;
      const last = extendCue(tokens, end, phrase[phrase.length - 1] === "to" || phrase[phrase.length - 1] === "of" ? 3 : 1, STOPS);
      cues.push(cueFrom(sentence, "motive", token, tokens[last] as Token));
      i = last;
      break;
    }
  }
  return cues;
}
