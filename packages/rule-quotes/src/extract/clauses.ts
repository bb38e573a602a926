import { phraseEndingAt, phraseStartingAt, readPhrase, type Phrase } from "./phrase.js";
import type { Token } from "./tokens.js";
import { BETWEEN_SUBJECT_AND_VERB, DETERMINERS, isCueWord } from "./words.js";

/** A cue ("said", "according to") with the phrase naming who spoke. */
export interface RawAttribution {
  readonly cue: { readonly text: string; readonly start: number; readonly end: number; readonly index: number };
  readonly phrase: Phrase;
}

/** The token range of one sentence: `[first, end)`. */
export interface TokenRange {
  readonly first: number;
  readonly end: number;
}

// An appositive ("Tomas Lind, who represents the Eastside Residents’ Association, said") is short.
const MAX_APPOSITIVE = 16;

const cueOf = (tokens: ReadonlyArray<Token>, index: number, length = 1) => {
  const first = tokens[index] as Token;
  const last = tokens[index + length - 1] as Token;
  return { text: tokens.slice(index, index + length).map((t) => t.text).join(" "), start: first.start, end: last.end, index };
};

const isAccordingTo = (tokens: ReadonlyArray<Token>, i: number): boolean =>
  tokens[i]?.lower === "according" && tokens[i + 1]?.lower === "to";

const isComma = (token: Token | undefined): boolean => token !== undefined && token.text === ",";

/** An appositive: the phrase it names, or just what it says ("the board chair") when it names no one. */
interface Appositive {
  readonly phrase?: Phrase;
  readonly description?: string;
}

/** `tokens[from..to)` as one appositive noun phrase, or undefined ("who represents ..." is none). */
function appositiveOf(text: string, tokens: ReadonlyArray<Token>, from: number, to: number, sentence: TokenRange): Appositive | undefined {
  if (to <= from) return undefined;
  if (phraseStartingAt(tokens, from, sentence.first, to) !== to) return undefined;
  const phrase = readPhrase(text, tokens, from, to);
  if (phrase !== undefined) return { phrase };
  const head = tokens[from] as Token;
  if (!DETERMINERS.has(head.lower)) return undefined;
  return { description: text.slice(head.start, (tokens[to - 1] as Token).end) };
}

/**
 * Pick the speaker of "head, appositive,": the name when one of them is a name ("The terminal
 * operator, Greyhaven Logistics," -> Greyhaven Logistics, described as the terminal operator).
 */
function chooseAppositive(head: Phrase | undefined, apposed: Appositive | undefined): Phrase | undefined {
  const named = (p: Phrase | undefined) => p !== undefined && (p.kind === "person" || p.kind === "organisation");
  const appositive = apposed?.phrase;
  if (named(head)) {
    const description = apposed?.description ?? (appositive !== undefined && !named(appositive) ? appositive.name : undefined);
    if (head !== undefined && head.role === undefined && description !== undefined) return { ...head, role: description };
    return head;
  }
  if (named(appositive) && appositive !== undefined) {
    return head !== undefined ? { ...appositive, role: head.name } : appositive;
  }
  return head ?? appositive;
}

/** The subject of the verb at token `cue`: "Trump later commented", "Lavrov, commenting on ..., warned". */
export function subjectBefore(text: string, tokens: ReadonlyArray<Token>, cue: number, sentence: TokenRange): Phrase | undefined {
  let k = cue - 1;
  while (k >= sentence.first) {
    const token = tokens[k] as Token;
    if (token.word && !token.cap && (BETWEEN_SUBJECT_AND_VERB.has(token.lower) || token.lower.endsWith("ly"))) k--;
    else break;
  }
  if (k < sentence.first) return undefined;
  if (isComma(tokens[k])) {
    let open = k - 1;
    while (open >= sentence.first && k - open <= MAX_APPOSITIVE && !isComma(tokens[open])) open--;
    if (open < sentence.first || !isComma(tokens[open])) return undefined;
    const appositive = appositiveOf(text, tokens, open + 1, k, sentence);
    const headStart = phraseEndingAt(tokens, open - 1, sentence.first);
    const head = headStart <= open - 1 ? readPhrase(text, tokens, headStart, open) : undefined;
    const chosen = chooseAppositive(head, appositive);
    // "The union’s chief steward, Dana Whitfield, said": the head describes the named speaker.
    const headToken = tokens[headStart];
    if (head === undefined && chosen !== undefined && chosen.role === undefined && headToken !== undefined && headStart < open && DETERMINERS.has(headToken.lower)) {
      return { ...chosen, role: text.slice(headToken.start, (tokens[open - 1] as Token).end) };
    }
    return chosen;
  }
  const start = phraseEndingAt(tokens, k, sentence.first);
  const phrase = start <= k ? readPhrase(text, tokens, start, k + 1) : undefined;
  const preposition = tokens[start - 1];
  const afterPreposition = preposition !== undefined && start - 1 >= sentence.first && preposition.word && PREPOSITIONS.has(preposition.lower);
  // "a spokesperson for the ministry said": the body spoken for is the speaker.
  if (phrase !== undefined && phrase.kind !== "description" && !(afterPreposition && !SPOKEN_FOR.has((preposition as Token).lower))) return phrase;
  // "The agriculture ministry in Kyiv said", "Officials in Kharkiv region reported", "Exporters
  // shipping to Madras said": the object of a preposition is no subject; the speaker is before it.
  if (afterPreposition && start - 1 > sentence.first) {
    const headStart = phraseEndingAt(tokens, start - 2, sentence.first);
    const head = headStart <= start - 2 ? readPhrase(text, tokens, headStart, start - 1) : undefined;
    if (head !== undefined) return head;
  }
  return afterPreposition ? undefined : phrase;
}

/** Prepositions whose object is never the subject of the verb that follows. */
const PREPOSITIONS: ReadonlySet<string> = new Set([
  "in", "at", "from", "for", "of", "to", "on", "near", "outside", "inside", "around", "across", "into", "onto", "over",
  "under", "between", "through", "among", "amid", "along", "beyond", "toward", "towards", "within", "by", "with", "about",
]);

/** Prepositions of the body a speaker speaks for ("a spokesperson for Greyhaven", "the head of the union"). */
const SPOKEN_FOR: ReadonlySet<string> = new Set(["for", "of"]);

/** Prepositions of a place or body after a speaker: "officials in Kiev", "a spokesperson for the ministry". */
const LOCATING = new Set(["in", "at", "from", "for", "of"]);

/** After a speaker's phrase, the end of a place or body phrase ("in Kiev", "for the ministry"), or `at` when there is none. */
function skipLocating(tokens: ReadonlyArray<Token>, at: number, to: number, sentence: TokenRange): number {
  const preposition = tokens[at];
  if (preposition === undefined || at >= to || !LOCATING.has(preposition.lower)) return at;
  const end = phraseStartingAt(tokens, at + 1, sentence.first, to);
  return end > at + 1 ? end : at;
}

/**
 * An attribution that follows a quotation: "…,” said city engineer Priya Raman", "…,” Raman said",
 * "…,” board chair Miriam Castell said after the vote", "…,” according to the ministry".
 * `to` bounds the search (the sentence end or the next quotation).
 */
export function attributionAfter(text: string, tokens: ReadonlyArray<Token>, from: number, to: number, sentence: TokenRange): RawAttribution | undefined {
  let i = from;
  const lead = tokens[i];
  if (lead !== undefined && !lead.word && [",", "\u2014", "\u2013", "-"].includes(lead.text)) i++;
  if (i >= to) return undefined;
  const first = tokens[i] as Token;
  if (isAccordingTo(tokens, i)) {
    const end = phraseStartingAt(tokens, i + 2, sentence.first, to);
    const phrase = readPhrase(text, tokens, i + 2, end);
    return phrase ? { cue: cueOf(tokens, i, 2), phrase } : undefined;
  }
  if (first.word && isCueWord(first.lower)) {
    const end = phraseStartingAt(tokens, i + 1, sentence.first, to);
    const phrase = readPhrase(text, tokens, i + 1, end);
    if (phrase === undefined) return undefined;
    // "said Teresa Ribera, the Commission's executive vice-president."
    if (phrase.role === undefined && isComma(tokens[end])) {
      let close = end + 1;
      while (close < to && close - end <= MAX_APPOSITIVE && !isComma(tokens[close]) && (tokens[close] as Token).word) close++;
      const described = appositiveOf(text, tokens, end + 1, close, sentence);
      if (described?.description !== undefined) return { cue: cueOf(tokens, i), phrase: { ...phrase, role: described.description } };
    }
    return { cue: cueOf(tokens, i), phrase };
  }
  const end = phraseStartingAt(tokens, i, sentence.first, to);
  if (end === i) return undefined;
  let k = end;
  let appositive: Appositive | undefined;
  if (isComma(tokens[k])) {
    let close = k + 1;
    while (close < to && close - k <= MAX_APPOSITIVE && !isComma(tokens[close])) close++;
    if (close >= to || !isComma(tokens[close])) return undefined;
    appositive = appositiveOf(text, tokens, k + 1, close, sentence);
    k = close + 1;
  }
  if (appositive === undefined) k = skipLocating(tokens, k, to, sentence);
  while (k < to && (tokens[k] as Token).word && BETWEEN_SUBJECT_AND_VERB.has((tokens[k] as Token).lower)) k++;
  const cue = tokens[k];
  if (cue === undefined || k >= to || !cue.word || !isCueWord(cue.lower)) return undefined;
  const phrase = chooseAppositive(readPhrase(text, tokens, i, end), appositive);
  return phrase ? { cue: cueOf(tokens, k), phrase } : undefined;
}

/** Words that may stand between a cue and the quotation it introduces: "told reporters on Tuesday: “…”". */
const MAX_CUE_TO_QUOTE = 6;

/**
 * An attribution that introduces a quotation: "Tomas Lind said: “…”", "she told reporters, “…”",
 * "According to the ministry, “…”". `to` is the token of the opening mark.
 */
export function attributionBefore(text: string, tokens: ReadonlyArray<Token>, from: number, to: number, sentence: TokenRange): RawAttribution | undefined {
  if (to <= from) return undefined;
  if (isAccordingTo(tokens, from)) {
    const end = phraseStartingAt(tokens, from + 2, sentence.first, to);
    const phrase = readPhrase(text, tokens, from + 2, end);
    if (phrase && isComma(tokens[end])) return { cue: cueOf(tokens, from, 2), phrase };
  }
  let j = to - 1;
  const punctuated = !(tokens[j] as Token).word && [":", ",", "\u2014"].includes((tokens[j] as Token).text);
  if (punctuated) j--;
  // Without a colon or comma the cue must touch the quotation ("Lind said “…”"); words between
  // ("Lind said the plan was “not credible”") make it a partial quotation in reported speech.
  const reach = punctuated ? MAX_CUE_TO_QUOTE : 1;
  for (let c = j; c >= from && j - c < reach; c--) {
    const token = tokens[c] as Token;
    if (!token.word) return undefined;
    if (!isCueWord(token.lower)) continue;
    const subject = subjectBefore(text, tokens, c, sentence);
    if (subject !== undefined) return { cue: cueOf(tokens, c), phrase: subject };
    // "said Smith: “…”"
    const end = phraseStartingAt(tokens, c + 1, sentence.first, j + 1);
    const phrase = end === j + 1 ? readPhrase(text, tokens, c + 1, end) : undefined;
    return phrase ? { cue: cueOf(tokens, c), phrase } : undefined;
  }
  return undefined;
}
