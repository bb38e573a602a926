import { memoizeBounded } from "@copydesk/core";
/** Enough of a speaker to compare: its name and kind, and how it was resolved. */
export interface SpeakerLike {
  readonly name: string;
  readonly kind: "person" | "organisation" | "anonymous";
  readonly resolvedBy?: string;
}

const foldName = (text: string): string =>
  text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[’']/g, "'")
    .replace(/[^\p{L}\p{N}' ]/gu, " ")
    .replace(/\s+/g, " ")
    .trim();

// A run compares the same few hundred names again and again.
const fold = memoizeBounded(foldName, 4096);

const known = (speaker: SpeakerLike | undefined): speaker is SpeakerLike =>
  speaker !== undefined && speaker.kind !== "anonymous" && speaker.resolvedBy !== "unresolved pronoun";

/**
 * Two people are one when the surnames agree and the given names do not disagree ("Raman",
 * "Priya Raman", "P. Raman"). Names agree when spelled alike or as two transliterations of one
 * name (Zelensky, Zelenskyy, Zelenskiy): a respelled name is a names finding, not a misattribution.
 */
function samePerson(a: string, b: string): boolean {
  const partsA = fold(a).split(" ");
  const partsB = fold(b).split(" ");
  if (!sameName(partsA[partsA.length - 1] as string, partsB[partsB.length - 1] as string)) return false;
  const givenA = partsA.length > 1 ? (partsA[0] as string) : undefined;
  const givenB = partsB.length > 1 ? (partsB[0] as string) : undefined;
  if (givenA === undefined || givenB === undefined || sameName(givenA, givenB)) return true;
  return (givenA.length === 1 && givenB.startsWith(givenA)) || (givenB.length === 1 && givenA.startsWith(givenB));
}

// Shorter names differ by a letter too often for a letter to mean a respelling (Smith, Smyth).
const MIN_RESPELLED_LENGTH = 6;
const MAX_RESPELLING_EDITS = 2;

/** Equal, or the same first letter and at most two letters apart in names of six letters or more. */
function sameName(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.min(a.length, b.length) < MIN_RESPELLED_LENGTH || a[0] !== b[0]) return false;
  return editDistanceWithin(a, b, MAX_RESPELLING_EDITS);
}

/** Levenshtein distance of `a` and `b` is at most `limit` (rows cut off once every cell exceeds it). */
function editDistanceWithin(a: string, b: string, limit: number): boolean {
  if (Math.abs(a.length - b.length) > limit) return false;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const cell = Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, (previous[j - 1] as number) + cost);
      current.push(cell);
      best = Math.min(best, cell);
    }
    if (best > limit) return false;
    previous = current;
  }
  return (previous[b.length] as number) <= limit;
}

const ORGANISATION_FILLER = new Set(["the", "of", "and", "inc", "ltd", "llc", "plc", "corp", "co", "group", "company"]);

/** Two organisations are one when one's distinctive words hold the other's ("Greyhaven", "Greyhaven Logistics"). */
function sameOrganisation(a: string, b: string): boolean {
  const wordsA = fold(a).split(" ").filter((w) => !ORGANISATION_FILLER.has(w));
  const wordsB = new Set(fold(b).split(" ").filter((w) => !ORGANISATION_FILLER.has(w)));
  if (wordsA.length === 0 || wordsB.size === 0) return fold(a) === fold(b);
  const [small, large] = wordsA.length <= wordsB.size ? [wordsA, wordsB] : [[...wordsB], new Set(wordsA)];
  return small.every((word) => large.has(word));
}

/**
 * Whether two attributions name the same speaker: "same", "different", or "unknown" when one is
 * anonymous, a pronoun with nothing to refer to, or a person set against an organisation (a
 * spokesperson may speak for a company): copydesk never calls those a misattribution.
 */
export function compareSpeakers(a: SpeakerLike | undefined, b: SpeakerLike | undefined): "same" | "different" | "unknown" {
  if (!known(a) || !known(b)) return "unknown";
  if (a.kind !== b.kind) return "unknown";
  if (a.kind === "organisation") return sameOrganisation(a.name, b.name) ? "same" : "different";
  const peopleA = a.name.split(" and ");
  const peopleB = b.name.split(" and ");
  return peopleA.some((x) => peopleB.some((y) => samePerson(x, y))) ? "same" : "different";
}

/** "board chair Miriam Castell", "Priya Raman": a speaker as an editor would name them. */
export function describeSpeaker(speaker: { readonly name: string; readonly role?: string; readonly kind?: string }): string {
  const role = speaker.role;
  if (role === undefined || speaker.kind === "anonymous" || speaker.name.includes(role)) return speaker.name;
  // "City engineer" was capitalised only because it opened the sentence.
  const words = role.split(" ");
  const shown = words.length > 1 && /^\p{Ll}/u.test(words[1] as string) ? role.charAt(0).toLowerCase() + role.slice(1) : role;
  return `${shown} ${speaker.name}`;
}
