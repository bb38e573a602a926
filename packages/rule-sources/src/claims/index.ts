import type { StorySentence } from "../text/story.js";
import { findAllegations } from "./allegations.js";
import type { ClaimCue, ClaimKind } from "./cue.js";
import { findFigures } from "./figures.js";
import { findMotives } from "./motives.js";
import { findPredictions } from "./predictions.js";

export type { ClaimCue, ClaimKind } from "./cue.js";

/** Every claim cue of the enabled kinds in a sentence, in text order; `figures` when the caller already found them. */
export function claimCues(
  sentence: StorySentence,
  kinds: ReadonlySet<ClaimKind>,
  figures: ReadonlyArray<ClaimCue> = kinds.has("figure") ? findFigures(sentence) : [],
): ClaimCue[] {
  const cues: ClaimCue[] = [...figures];
  if (kinds.has("allegation")) cues.push(...findAllegations(sentence));
  if (kinds.has("motive")) cues.push(...findMotives(sentence));
  if (kinds.has("prediction")) cues.push(...findPredictions(sentence));
  return cues.sort((a, b) => a.start - b.start);
}
