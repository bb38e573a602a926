import { AUXILIARIES, DOCUMENT_VERBS, MONTHS, OPINION_VERBS, TIME_ANCHORS, VAGUE_TIME, VENUE_MEDIA, VENUE_NOUNS, WEEKDAYS } from "../lexicon/words.js";
import type { StorySentence } from "../text/story.js";
import { QUOTE_MARKS, type Token, isDash } from "../text/tokens.js";
import { classifySpeaker, type Speaker } from "./speaker.js";
import { isVerbUse, PHRASAL_REPORTING, REPORTING_VERBS, reportingVerbAt } from "./verbs.js";

export type AttributionKind = "verb" | "according to" | "citing" | "document" | "opinion";

/** Who may hold an opinion that attributes a claim: "traders in Donbas expect", "officials fear". */
const HOLDERS = new Set(["named", "organisation", "people", "pronoun"]);

/** A place in a sentence where words are attributed to someone. */
export interface Attribution {
  readonly kind: AttributionKind;
  /** The verb or phrase: "said", "according to", "warned". */
  readonly cue: { readonly start: number; readonly end: number; readonly text: string };
  readonly speaker: Speaker;
  /** "later", "recently": a time word next to the verb that places the remark nowhere. */
  readonly vagueTime?: string;
}

export interface SentenceAttributions {
  readonly attributions: ReadonlyArray<Attribution>;
  /** The sentence says where or when something was said: "in a statement", "on Tuesday", "told reporters". */
  readonly anchored: boolean;
}

const MAX_BACK = 25;
const MAX_FORWARD = 12;
const CLAUSE_PUNCT = new Set([";", ":", "(", ")", "[", "]"]);
const COORDINATORS = new Set(["and", "but", "or", "while", "as", "with", "after", "because", "although", "though", "when", "whereas", "if", "since", "so", "yet"]);
const FORWARD_STOPS = new Set(["who", "which", "that", "when", "while", "because", "after", "before", "during", "whose", "where"]);
const AFTER_EVENT = new Set(["vote", "votes", "meeting", "talks", "call", "hearing", "summit", "session", "briefing", "debate", "ruling", "verdict", "election"]);

type Boundary = "start" | "quote" | "punct" | "that" | "coordinator";

function isQuoteBoundary(sentence: StorySentence, token: Token): boolean {
  if (token.kind === "punct" && QUOTE_MARKS.has(token.text) && sentence.quotes.isMark(token.start)) return true;
  return sentence.quotes.inside(token.start, token.end);
}

/** The words before a verb (of saying, or an act like "voted") that name its subject, and the time word beside it. */
export function backward(sentence: StorySentence, verb: number): { region: Token[]; boundary: Boundary; vagueTime?: string } {
  const tokens = sentence.tokens;
  let j = verb - 1;
  let vagueTime: string | undefined;
  // Auxiliaries and adverbs between speaker and verb: "Moscow has reiterated", "Trump later commented".
  for (let skipped = 0; j >= 0 && skipped < 6; skipped++) {
    const token = tokens[j] as Token;
    if (token.kind === "word" && AUXILIARIES.has(token.key)) {
      if (VAGUE_TIME.has(token.key)) vagueTime ??= token.key;
      j--;
      continue;
    }
    // "Castell on Tuesday said"
    if (WEEKDAYS.has(token.key) && tokens[j - 1]?.key === "on") {
      j -= 2;
      continue;
    }
    break;
  }
  let k = j;
  let boundary: Boundary = "start";
  for (; k >= 0 && j - k < MAX_BACK; k--) {
    const token = tokens[k] as Token;
    if (isQuoteBoundary(sentence, token)) {
      boundary = "quote";
      break;
    }
    if (token.kind === "punct" && (CLAUSE_PUNCT.has(token.text) || isDash(token))) {
      boundary = "punct";
      break;
    }
    if (token.key === "that" && k < j) {
      boundary = "that";
      break;
    }
    if (COORDINATORS.has(token.key) && tokens[k - 1]?.text === ",") {
      boundary = "coordinator";
      break;
    }
  }
  const region = tokens.slice(k + 1, j + 1);
  return { region, boundary, ...(vagueTime !== undefined ? { vagueTime } : {}) };
}

/** The words after a cue that name the speaker: "said Tomas Lind, who ...", "according to the ministry". */
function forward(sentence: StorySentence, from: number): Token[] {
  const tokens = sentence.tokens;
  const out: Token[] = [];
  for (let i = from; i < tokens.length && out.length < MAX_FORWARD; i++) {
    const token = tokens[i] as Token;
    if (token.kind === "punct" && token.text !== "'" && token.text !== "’" && token.text !== "&") break;
    if (isQuoteBoundary(sentence, token) || FORWARD_STOPS.has(token.key)) break;
    out.push(token);
  }
  return out;
}

const cueOf = (sentence: StorySentence, from: number, to: number) => {
  const first = sentence.tokens[from] as Token;
  const last = sentence.tokens[to - 1] as Token;
  return { start: first.start, end: last.end, text: sentence.blockText.slice(first.start, last.end) };
};

function phraseAttribution(sentence: StorySentence, i: number): { kind: AttributionKind; cueEnd: number } | undefined {
  const tokens = sentence.tokens;
  const key = tokens[i]?.key;
  const next = tokens[i + 1]?.key;
  if (key === "according" && next === "to") return { kind: "according to", cueEnd: i + 2 };
  if (key === "citing") return { kind: "citing", cueEnd: i + 1 };
  if ((key === "cited" || key === "quoted") && next === "by") return { kind: "citing", cueEnd: i + 2 };
  if (key === "in" && next === "the" && tokens[i + 2]?.key === "words" && tokens[i + 3]?.key === "of") return { kind: "according to", cueEnd: i + 4 };
  return undefined;
}

const BE = new Set(["is", "are", "was", "were", "be", "been", "being", "'s"]);

/** A participle after a form of "to be" (adverbs between allowed): "is expected", "was widely reported". */
export function isPassive(tokens: ReadonlyArray<Token>, i: number): boolean {
  const key = (tokens[i] as Token).key;
  if (!key.endsWith("ed") && !["told", "said", "thought", "felt", "found", "shown", "seen", "known", "held", "written"].includes(key)) return false;
  for (let k = i - 1; k >= 0 && k >= i - 3; k--) {
    const before = tokens[k] as Token;
    if (BE.has(before.key)) return true;
    if (!(before.kind === "word" && (before.key.endsWith("ly") || AUXILIARIES.has(before.key)))) return false;
  }
  return false;
}

/** True when the sentence places a remark: a date or weekday, "in a statement", "at a news conference", "on X", "told reporters". */
export function isAnchored(sentence: StorySentence): boolean {
  const tokens = sentence.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    if (sentence.quotes.inside(token.start, token.end)) continue;
    const key = token.key;
    const next = tokens[i + 1];
    if (WEEKDAYS.has(key) || TIME_ANCHORS.has(key)) return true;
    if (MONTHS.has(key) && (next?.kind === "number" || tokens[i - 1]?.key === "in" || tokens[i - 1]?.key === "on")) return true;
    if (token.kind === "number" && /^(?:19|20)\d\d$/.test(token.text) && tokens[i - 1]?.key === "in") return true;
    if ((key === "last" || key === "this") && next !== undefined && /^(?:week|month|year|weekend|morning|afternoon|evening)$/.test(next.key)) return true;
    if (key === "during") return true;
    if (key === "told" || key === "tells" || key === "telling") return true;
    if (key === "to" && next !== undefined && /^(?:reporters|journalists|lawmakers|parliament|congress|the|a|an)$/.test(next.key) && /^(?:said|says|say|spoke|speaking|told)$/.test(tokens[i - 1]?.key ?? "")) return true;
    if ((key === "in" || key === "at" || key === "on" || key === "via") && next !== undefined) {
      for (let j = i + 1; j <= i + 4 && j < tokens.length; j++) {
        const word = tokens[j] as Token;
        if (VENUE_NOUNS.has(word.key) || (key !== "at" && VENUE_MEDIA.has(word.key) && j === i + 1)) return true;
        if (word.kind === "punct") break;
      }
      if (key === "on" && next.capitalised && !MONTHS.has(next.key)) return true;
    }
    if ((key === "after" || key === "before") && next !== undefined) {
      const noun = tokens[i + 2];
      if (noun !== undefined && AFTER_EVENT.has(noun.key)) return true;
    }
  }
  return false;
}

/** Every word an attribution's cue can start with: the scan passes over any other word at once. */
const CUE_OPENERS: ReadonlySet<string> = new Set([
  "according", "citing", "cited", "quoted", "in", // phraseAttribution
  ...PHRASAL_REPORTING.keys(),
  ...REPORTING_VERBS,
  ...DOCUMENT_VERBS,
  ...OPINION_VERBS,
]);

const found = new WeakMap<StorySentence, SentenceAttributions>();

/** Drops the attributions kept for `sentences` (their article is checked: see `onArticleReleased`). */
export function forgetAttributions(sentences: ReadonlyArray<StorySentence>): void {
  for (const sentence of sentences) found.delete(sentence);
}

/** Every attribution in a sentence, outside its quotations; computed once per sentence (several rules ask). */
export function attributionsIn(sentence: StorySentence): SentenceAttributions {
  let attributions = found.get(sentence);
  if (attributions === undefined) {
    attributions = findAttributions(sentence);
    found.set(sentence, attributions);
  }
  return attributions;
}

function findAttributions(sentence: StorySentence): SentenceAttributions {
  const tokens = sentence.tokens;
  const out: Attribution[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    if (token.kind !== "word" || !CUE_OPENERS.has(token.key) || sentence.quotes.inside(token.start, token.end)) continue;
    const phrase = phraseAttribution(sentence, i);
    if (phrase !== undefined) {
      const speaker = classifySpeaker(forward(sentence, phrase.cueEnd), sentence.start);
      out.push({ kind: phrase.kind, cue: cueOf(sentence, i, phrase.cueEnd), speaker });
      i = phrase.cueEnd - 1;
      continue;
    }
    const verbEnd = reportingVerbAt(tokens, i);
    const documentVerb = verbEnd < 0 && DOCUMENT_VERBS.has(token.key) && isVerbUse(tokens, i);
    // "is expected to", "was told", "were reported": a passive names its speaker only after "by".
    if ((verbEnd > 0 || documentVerb || OPINION_VERBS.has(token.key)) && isPassive(tokens, i)) {
      const by = tokens[i + 1]?.key === "by" ? i + 2 : -1;
      if (by > 0) {
        const speaker = classifySpeaker(forward(sentence, by), sentence.start);
        if (speaker.cls !== "none") out.push({ kind: "verb", cue: cueOf(sentence, i, i + 2), speaker });
        i = by - 1;
      }
      continue;
    }
    if (verbEnd < 0 && !documentVerb && OPINION_VERBS.has(token.key) && isVerbUse(tokens, i)) {
      const holder = classifySpeaker(backward(sentence, i).region, sentence.start);
      if (HOLDERS.has(holder.cls)) out.push({ kind: "opinion", cue: cueOf(sentence, i, i + 1), speaker: holder });
      continue;
    }
    if (verbEnd < 0 && !documentVerb) continue;
    const end = verbEnd > 0 ? verbEnd : i + 1;
    const back = backward(sentence, i);
    let speaker = classifySpeaker(back.region, sentence.start);
    if (speaker.cls === "none" && back.boundary === "coordinator") speaker = { ...speaker, cls: "elided" };
    else if (speaker.cls === "none" && (back.boundary === "quote" || back.boundary === "start" || back.boundary === "punct")) {
      speaker = classifySpeaker(forward(sentence, end), sentence.start);
    }
    if (documentVerb && !(speaker.cls === "document" || speaker.cls === "named" || speaker.cls === "organisation")) continue;
    out.push({
      kind: documentVerb ? "document" : "verb",
      cue: cueOf(sentence, i, end),
      speaker,
      ...(back.vagueTime !== undefined ? { vagueTime: back.vagueTime } : {}),
    });
    i = end - 1;
  }
  return new FoundAttributions(out, sentence);
}

/** A sentence's attributions (a class: an object literal with a getter is built on V8's slow path, once per sentence). */
class FoundAttributions implements SentenceAttributions {
  private anchoredAnswer: boolean | undefined;

  constructor(
    readonly attributions: ReadonlyArray<Attribution>,
    private readonly sentence: StorySentence,
  ) {}

  /** Only a remark with a vague time word asks whether the sentence places it: read on first use. */
  get anchored(): boolean {
    this.anchoredAnswer ??= isAnchored(this.sentence);
    return this.anchoredAnswer;
  }
}

/** Who does the act at token `i` ("The Port Elwyn Harbor Board voted ..."): the subject before the verb. */
export function subjectOf(sentence: StorySentence, i: number): Speaker {
  const back = backward(sentence, i);
  const speaker = classifySpeaker(back.region, sentence.start);
  return speaker.cls === "none" && back.boundary === "coordinator" ? { ...speaker, cls: "elided" } : speaker;
}
