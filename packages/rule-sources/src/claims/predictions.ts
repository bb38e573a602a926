import type { StorySentence } from "../text/story.js";
import type { Token } from "../text/tokens.js";
import { type ClaimCue, cueFrom, extendCue, quoted } from "./cue.js";

/**
 * Predictions stated as fact: "is expected to", "is likely to", "will harm", "would persist",
 * "could trigger". Scheduled events ("the talks will resume Thursday", "is set to", "is due to")
 * are facts of a calendar, not forecasts.
 */
const BE = new Set(["is", "are", "was", "were", "'s", "be", "been", "remains", "remain", "seems", "seem", "looks", "look", "appears", "appear"]);
const FORECAST_ADJECTIVES = new Set(["expected", "likely", "unlikely", "poised", "projected", "forecast", "predicted", "bound", "certain", "sure", "destined", "doomed"]);
const MODALS = new Set(["will", "would", "could", "may", "might", "'ll", "shall"]);
const HEDGES = new Set(["likely", "probably", "almost", "certainly", "inevitably", "eventually", "soon", "surely", "undoubtedly", "also", "only", "further", "not", "never", "still", "ultimately"]);

/** Verbs of consequence: a modal with one of these forecasts an outcome ("will harm", "would persist"). */
const IMPACT_VERBS = new Set([
  "harm", "hurt", "damage", "destroy", "devastate", "collapse", "fail", "cost", "save", "create", "lead", "cause",
  "result", "trigger", "spark", "worsen", "improve", "boost", "double", "triple", "halve", "rise", "fall", "soar",
  "surge", "plunge", "grow", "shrink", "persist", "transform", "cripple", "undermine", "threaten", "reduce",
  "increase", "eliminate", "wipe", "bankrupt", "ruin", "weaken", "strengthen", "destabilise", "destabilize",
  "escalate", "backfire", "outlast", "dominate", "win", "lose", "pay", "bring", "drive", "push", "force", "end",
  "fuel", "deepen", "prolong", "hamper", "derail", "jeopardise", "jeopardize", "endanger", "kill",
]);

const STOPS = new Set(["and", "but", "while", "as", "because", "which", "who", "that", "if", "unless", "when", "by", "in", "on", "at", "for", "with", "from", "of", "within", "until", "over"]);

export function findPredictions(sentence: StorySentence): ClaimCue[] {
  const tokens = sentence.tokens;
  const cues: ClaimCue[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    if (token.kind !== "word" || quoted(sentence, token)) continue;
    if (BE.has(token.key)) {
      let k = i + 1;
      if (tokens[k]?.key === "widely" || tokens[k]?.key === "not" || tokens[k]?.key === "also") k++;
      const adjective = tokens[k];
      if (adjective !== undefined && FORECAST_ADJECTIVES.has(adjective.key) && tokens[k + 1]?.key === "to") {
        const last = extendCue(tokens, k + 1, 3, STOPS);
        cues.push(cueFrom(sentence, "prediction", token, tokens[last] as Token));
        i = last;
      }
      continue;
    }
    if (MODALS.has(token.key)) {
      let k = i + 1;
      while (k < tokens.length && k <= i + 3 && HEDGES.has((tokens[k] as Token).key)) k++;
      const verb = tokens[k];
      if (verb !== undefined && IMPACT_VERBS.has(verb.key)) {
        const last = extendCue(tokens, k, 3, STOPS);
        cues.push(cueFrom(sentence, "prediction", token, tokens[last] as Token));
        i = last;
      }
    }
  }
  return cues;
}
