import { memoizeBounded } from "@copydesk/core";
import { shippedPlaces } from "../lexicon/data.js";
import { NEEDS_QUANTIFIER, QUANTIFIER_GROUPS, VAGUE_GROUPS } from "../lexicon/vague.js";
import {
  AUXILIARIES, CLAUSE_OPENERS, DETERMINERS, DOCUMENT_NOUNS, MONTHS, ORGANISATION_NOUNS, PEOPLE_NOUNS, PRONOUNS, WEEKDAYS,
} from "../lexicon/words.js";
import type { Token } from "../text/tokens.js";

/**
 * Who a statement is attributed to, by what the words say about them:
 * - named: a person or body named ("Sergey Lavrov", "Greyhaven Logistics", "the Kremlin");
 * - organisation: an office or role of a body ("the ministry", "a company spokesperson");
 * - people: people described by what they are ("residents", "witnesses");
 * - document: a report, survey or data ("the report", "figures");
 * - pronoun: "he", "she", "they" (someone named earlier);
 * - elided: the subject of a coordinated clause (", but insisted");
 * - other: words none of the above describe (counted as an attribution: precision first);
 * - country: only a country or capital standing for its government ("Moscow", "the U.S.");
 * - vague: an unnamed group ("critics", "experts", "some", "sources");
 * - none: no speaker at all.
 */
export type SpeakerClass = "named" | "organisation" | "people" | "document" | "pronoun" | "elided" | "other" | "country" | "vague" | "none";

export interface Speaker {
  readonly cls: SpeakerClass;
  /** The words that describe the speaker, as written. */
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/** Classes that name who says something well enough for an editor. */
export const IDENTIFIED: ReadonlySet<SpeakerClass> = new Set(["named", "organisation", "people", "document", "pronoun", "elided", "other"]);

/** Words after a vague group noun that bring in a named source: "critics, including Senator Jane Roe". */
const RESOLVING = new Set(["including", "like", "at", "from", "with", "led", "among"]);

const isWordLike = (token: Token): boolean => token.kind !== "punct";

/** A capitalised word that is only capitalised because it opens the sentence or is a month or weekday. */
function isCommonCapital(token: Token, sentenceStart: number): boolean {
  if (MONTHS.has(token.key) || WEEKDAYS.has(token.key)) return true;
  if (token.start !== sentenceStart) return false;
  const key = token.key;
  return (
    DETERMINERS.has(key) || PRONOUNS.has(key) || CLAUSE_OPENERS.has(key) || AUXILIARIES.has(key) || ORGANISATION_NOUNS.has(key) ||
    PEOPLE_NOUNS.has(key) || DOCUMENT_NOUNS.has(key) || VAGUE_GROUPS.has(key) || key === "according"
  );
}

interface NameRun {
  readonly text: string;
  readonly first: number;
  readonly last: number;
}

/** The words' texts joined by single spaces (a concatenation loop: cheaper than map and join for a few words). */
function spaced(words: ReadonlyArray<Token>, from = 0, to = words.length): string {
  let text = "";
  for (let k = from; k < to; k++) text = k === from ? (words[k] as Token).text : `${text} ${(words[k] as Token).text}`;
  return text;
}

/** Runs of consecutive name words ("Port Elwyn Harbor Board", "U.S."), with "of"/"the" inside a run kept. */
function nameRuns(words: ReadonlyArray<Token>, sentenceStart: number): NameRun[] {
  const runs: NameRun[] = [];
  let i = 0;
  while (i < words.length) {
    const word = words[i] as Token;
    if (!(word.capitalised && word.kind === "word") || isCommonCapital(word, sentenceStart)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < words.length) {
      const next = words[j] as Token;
      const joiner = (next.key === "of" || next.key === "for" || next.key === "the") && words[j + 1]?.capitalised === true;
      if (!(next.capitalised && next.kind === "word") && !joiner) break;
      j++;
    }
    runs.push({ text: spaced(words, i, j), first: i, last: j - 1 });
    i = j;
  }
  return runs;
}

/** Answers of `isPlace` by run text: the same names ("Moscow", "Tomas Lind") come back sentence after sentence. */
const isPlaceName = memoizeBounded((runText: string): boolean => {
  const places = shippedPlaces().names;
  const text = runText.toLowerCase().replace(/['’]s$/, "");
  return places.has(text) || text.split(" ").every((word) => places.has(word) || word === "and");
}, 4096);

const isPlace = (run: NameRun): boolean => isPlaceName(run.text);

/** The speaker that `tokens` (the words before a verb of saying, or after "according to") describe. */
export function classifySpeaker(tokens: ReadonlyArray<Token>, sentenceStart: number): Speaker {
  const wordLike = tokens.filter(isWordLike);
  let from = 0;
  while (from < wordLike.length && CLAUSE_OPENERS.has((wordLike[from] as Token).key) && (wordLike[from] as Token).key !== "that") from++;
  const words = from === 0 ? wordLike : wordLike.slice(from);
  if (words.length === 0) return { cls: "none", text: "", start: tokens[0]?.start ?? 0, end: tokens[0]?.start ?? 0 };
  const first = words[0] as Token;
  const last = words[words.length - 1] as Token;
  const cls = classOf(words, sentenceStart);
  return { text: spaced(words), start: first.start, end: last.end, cls };
}

/** "critics", "some" alone, "many people": the head of an unnamed group; "some officials" is headed by "officials". */
function isGroupHead(keys: ReadonlyArray<string>, index: number): boolean {
  const key = keys[index] as string;
  if (!VAGUE_GROUPS.has(key) || keys[index - 1] === "of") return false;
  if (QUANTIFIER_GROUPS.has(key)) return index === keys.length - 1;
  if (NEEDS_QUANTIFIER.has(key)) return QUANTIFIER_GROUPS.has(keys[index - 1] ?? "");
  return true;
}

function classOf(words: ReadonlyArray<Token>, sentenceStart: number): SpeakerClass {
  const keys = words.map((word) => word.key);
  const runs = nameRuns(words, sentenceStart);
  const others = runs.filter((run) => !isPlace(run));

  // The head of an unnamed group: "critics", "some experts", "industry analysts" (within the first three words).
  const vagueAt = keys.findIndex((key, index) => index < 4 && isGroupHead(keys, index));
  if (vagueAt >= 0) {
    const head = keys.slice(0, vagueAt).every((key) => DETERMINERS.has(key) || !ORGANISATION_NOUNS.has(key));
    if (head) {
      // "experts at the World Health Organization", "critics, including Jane Roe": named after all.
      const named = others.some((run) => run.first > vagueAt && keys.slice(vagueAt + 1, run.first).some((key) => RESOLVING.has(key)));
      return named ? "named" : "vague";
    }
  }
  if (others.length > 0) return "named";
  if (keys.some((key) => ORGANISATION_NOUNS.has(key))) return "organisation";
  if (keys.some((key) => PEOPLE_NOUNS.has(key))) return "people";
  if (keys.some((key) => DOCUMENT_NOUNS.has(key))) return "document";
  if (runs.length > 0) return "country";
  if (keys.some((key) => PRONOUNS.has(key))) return "pronoun";
  return "other";
}
