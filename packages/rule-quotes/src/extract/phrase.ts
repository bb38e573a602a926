import { speakerLexicon, type Gender, type SpeakerLexicon } from "../data/load.js";
import type { Token } from "./tokens.js";
import { DETERMINERS, PRONOUNS, ROLE_ADJECTIVES, STOP_WORDS, isCueWord } from "./words.js";

/**
 * A noun phrase in a speaker's place, read but not yet resolved against the rest of the article:
 * "board chair Miriam Castell", "Raman", "she", "the company", "a company spokesperson".
 */
export interface Phrase {
  readonly kind: "person" | "organisation" | "description" | "anonymous" | "pronoun";
  /** The whole phrase, in block text. */
  readonly start: number;
  readonly end: number;
  /** The name itself (without titles and roles), or the pronoun. */
  readonly nameStart: number;
  readonly nameEnd: number;
  /** The name as written ("Priya Raman", "Raman"), the pronoun, or the phrase ("a company spokesperson"). */
  readonly name: string;
  /** Each person of "Hal Brenner and Ruth Adeyemi". */
  readonly names: ReadonlyArray<string>;
  /** What the phrase says the speaker is: "board chair", "Russian Foreign Minister". */
  readonly role?: string;
  /** Title words before the name, lower case ("president", "mr"). */
  readonly titles: ReadonlyArray<string>;
  readonly gender?: Gender;
  readonly pronoun?: "he" | "she" | "it" | "they";
  /** The head noun of a description ("company" in "the company"). */
  readonly noun?: string;
}

const NOUNS_ENDING_LY = new Set(["family", "ally", "assembly", "rally", "monopoly", "supply", "italy"]);

const isTitleWord = (token: Token | undefined, lexicon: SpeakerLexicon): boolean =>
  token !== undefined && token.word && lexicon.titles.has(token.lower.replace(/\.$/, ""));

/** Can this token be part of a speaker's noun phrase? `first` is the sentence's first token index. */
function phraseToken(tokens: ReadonlyArray<Token>, i: number, first: number, lexicon: SpeakerLexicon): boolean {
  const token = tokens[i];
  if (token === undefined) return false;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (!token.word) {
    if (token.text === ".") {
      // "Mr. Smith", "John F. Kennedy": the dot of a title or an initial.
      const initial = prev !== undefined && prev.cap && (prev.text.length === 1 || isTitleWord(prev, lexicon));
      return initial && prev.end === token.start && next !== undefined && next.cap;
    }
    if (token.text === "'" || token.text === "\u2019") return prev !== undefined && prev.word && prev.lower.endsWith("s") && prev.end === token.start;
    if (token.text === "&") return prev?.cap === true && next?.cap === true;
    return false;
  }
  if (token.cap) {
    if (i === first && (STOP_WORDS.has(token.lower) || PRONOUNS.has(token.lower))) return false;
    if (isCueWord(token.lower) && i === first) return false;
    return true;
  }
  if (DETERMINERS.has(token.lower)) return true;
  if ((token.lower === "and" || token.lower === "of") && prev?.cap === true && next?.cap === true && i - 1 > first) return true;
  if (lexicon.particles.has(token.lower)) return prev?.cap === true && next?.cap === true;
  // After a determiner a cue word is a noun: "the state Department", "the post".
  if (isCueWord(token.lower) && prev !== undefined && DETERMINERS.has(prev.lower)) return true;
  if (STOP_WORDS.has(token.lower) || isCueWord(token.lower) || PRONOUNS.has(token.lower)) return false;
  if (/\d/.test(token.lower)) return false;
  if (token.lower.endsWith("ly") && !NOUNS_ENDING_LY.has(token.lower)) return false;
  if ((token.lower.endsWith("ed") || token.lower.endsWith("ing")) && !ROLE_ADJECTIVES.has(token.lower)) return false;
  return true;
}

// A speaker's phrase is short; the bound keeps a hostile run of capitalised words cheap.
const MAX_PHRASE = 10;

/** The start index of the noun phrase that ends at token `end` (inclusive); `end + 1` when there is none. */
export function phraseEndingAt(tokens: ReadonlyArray<Token>, end: number, first: number): number {
  const lexicon = speakerLexicon();
  let start = end + 1;
  for (let i = end; i >= first && end - i < MAX_PHRASE; i--) {
    const token = tokens[i] as Token;
    if (PRONOUNS.has(token.lower) && i === end) return i;
    if (!phraseToken(tokens, i, first, lexicon)) break;
    start = i;
    if (DETERMINERS.has(token.lower)) break;
  }
  // A phrase never starts with the dot of an initial or a joining word.
  while (start <= end && (!(tokens[start] as Token).word || ["and", "of"].includes((tokens[start] as Token).lower))) start++;
  return start;
}

/** The end index (exclusive) of the noun phrase that starts at token `start`; `start` when there is none. */
export function phraseStartingAt(tokens: ReadonlyArray<Token>, start: number, first: number, last: number): number {
  const lexicon = speakerLexicon();
  const head = tokens[start];
  if (head === undefined) return start;
  if (PRONOUNS.has(head.lower)) return start + 1;
  let end = start;
  for (let i = start; i < last && i - start < MAX_PHRASE; i++) {
    const token = tokens[i] as Token;
    if (i > start && DETERMINERS.has(token.lower)) break;
    if (!phraseToken(tokens, i, first, lexicon)) break;
    end = i + 1;
  }
  while (end > start && (!(tokens[end - 1] as Token).word || ["and", "of"].includes((tokens[end - 1] as Token).lower))) end--;
  return end;
}

/** "The agriculture ministry", "Officials": capitalised only because they open the sentence. */
const lowerFirst = (text: string): string => text.charAt(0).toLowerCase() + text.slice(1);

const slice = (text: string, tokens: ReadonlyArray<Token>, from: number, to: number): string =>
  to > from ? text.slice((tokens[from] as Token).start, (tokens[to - 1] as Token).end) : "";

function genderOf(given: string | undefined, titles: ReadonlyArray<string>, roleWords: ReadonlyArray<string>, lexicon: SpeakerLexicon): Gender | undefined {
  for (const title of titles) {
    const gender = lexicon.titles.get(title);
    if (gender !== undefined) return gender;
  }
  for (const word of roleWords) {
    const gender = lexicon.genderedRoles.get(word);
    if (gender !== undefined) return gender;
  }
  return given === undefined ? undefined : lexicon.givenNames.get(given);
}

const isOrganisationName = (nameTokens: ReadonlyArray<Token>, lexicon: SpeakerLexicon): boolean => {
  const text = nameTokens.map((t) => t.text).join(" ");
  if (lexicon.organisationNames.has(text)) return true;
  // All capitals of three or more letters ("NATO", "MENAFN") is an acronym, most often of an organisation.
  if (nameTokens.length === 1 && /^[A-Z]{3,}$/.test(text) && !lexicon.places.has(text)) return true;
  return nameTokens.some((t) => t.cap && lexicon.organisationWords.has(t.lower));
};

const isPlace = (nameTokens: ReadonlyArray<Token>, lexicon: SpeakerLexicon): boolean => {
  const text = nameTokens.map((t) => t.text).join(" ");
  if (lexicon.places.has(text) || lexicon.places.has(`${text}.`)) return true;
  const head = nameTokens[0];
  return head !== undefined && nameTokens.length > 1 && lexicon.placeWords.has(head.lower);
};

/**
 * What the noun phrase `tokens[from..to)` names, or undefined when it is no speaker ("the plan",
 * "Moscow", "Port Elwyn"). Reads titles ("Russian Foreign Minister"), roles ("city engineer"),
 * coordinated names ("Hal Brenner and Ruth Adeyemi"), organisations and anonymous speakers.
 */
export function readPhrase(text: string, tokens: ReadonlyArray<Token>, from: number, to: number): Phrase | undefined {
  const lexicon = speakerLexicon();
  if (to <= from) return undefined;
  const whole = { start: (tokens[from] as Token).start, end: (tokens[to - 1] as Token).end };
  const first = tokens[from] as Token;
  if (to - from === 1 && PRONOUNS.has(first.lower)) {
    const pronoun = PRONOUNS.get(first.lower);
    return { kind: "pronoun", ...whole, nameStart: whole.start, nameEnd: whole.end, name: first.text, names: [], titles: [], ...(pronoun ? { pronoun } : {}) };
  }
  let head = from;
  const determiner = DETERMINERS.has(first.lower) ? first.lower : undefined;
  if (determiner !== undefined) head++;
  if (head >= to) return undefined;

  // The capitalised run at the end of the phrase is the name; what comes before it describes the speaker.
  let runStart = to;
  while (runStart > head) {
    const token = tokens[runStart - 1] as Token;
    const joiner = !token.word || token.lower === "and" || token.lower === "of" || lexicon.particles.has(token.lower);
    if (!token.cap && !joiner) break;
    runStart--;
  }
  while (runStart < to && !(tokens[runStart] as Token).cap) runStart++;
  const roleTokens = tokens.slice(head, runStart);
  const roleWords = roleTokens.filter((t) => t.word).map((t) => t.lower);

  if (runStart >= to) {
    const noun = (tokens[to - 1] as Token).lower;
    const phraseText = lowerFirst(slice(text, tokens, from, to));
    const base = { ...whole, nameStart: whole.start, nameEnd: whole.end, name: phraseText, names: [], titles: [] };
    if (lexicon.groupNouns.has(noun) && determiner !== "a" && determiner !== "an") return { kind: "anonymous", ...base };
    if (determiner === "the" && lexicon.organisationNouns.has(noun)) return { kind: "description", ...base, noun };
    if (lexicon.anonymousNouns.has(noun)) {
      const gender = genderOf(undefined, [], roleWords, lexicon);
      return { kind: "anonymous", ...base, ...(gender ? { gender } : {}) };
    }
    return undefined;
  }

  const run = tokens.slice(runStart, to);
  const runWords = run.filter((t) => t.word);
  const role = roleTokens.length > 0 ? slice(text, tokens, head, runStart) : undefined;
  if (isOrganisationName(runWords, lexicon)) {
    return {
      kind: "organisation",
      start: whole.start,
      end: whole.end,
      nameStart: (run[0] as Token).start,
      nameEnd: (run[run.length - 1] as Token).end,
      name: slice(text, tokens, runStart, to),
      names: [],
      titles: [],
      ...(role ? { role } : {}),
    };
  }

  // Titles lead the run: "Russian Foreign Minister Sergey Lavrov", "Mr. Brenner". The last word is always name.
  let nameFrom = runStart;
  for (let i = runStart; i < to - 1; i++) {
    const token = tokens[i] as Token;
    if (isTitleWord(token, lexicon) || (!token.word && nameFrom === i)) nameFrom = i + 1;
  }
  while (nameFrom < to && !(tokens[nameFrom] as Token).word) nameFrom++;
  const titleTokens = tokens.slice(runStart, nameFrom).filter((t) => t.word);
  const titles = titleTokens.map((t) => t.lower.replace(/\.$/, ""));
  const nameTokens = tokens.slice(nameFrom, to);
  const nameWords = nameTokens.filter((t) => t.word);
  if (nameWords.length === 0) return undefined;
  if (titles.length === 0 && isPlace(nameWords, lexicon)) return undefined;
  const single = nameWords.length === 1 ? (nameWords[0] as Token) : undefined;
  if (single !== undefined && titles.length === 0) {
    if (lexicon.groupNouns.has(single.lower)) {
      return { kind: "anonymous", ...whole, nameStart: whole.start, nameEnd: whole.end, name: lowerFirst(slice(text, tokens, from, to)), names: [], titles: [] };
    }
    if (STOP_WORDS.has(single.lower) || DETERMINERS.has(single.lower)) return undefined;
  }
  const roleText = [role, titleTokens.length > 0 ? slice(text, tokens, runStart, nameFrom) : undefined].filter(Boolean).join(" ");
  const names: string[] = [];
  let part: Token[] = [];
  const flush = () => {
    if (part.length > 0) names.push(part.map((t) => t.text).join(" ").replace(/ \./g, "."));
    part = [];
  };
  for (const token of nameTokens) {
    if (token.lower === "and" || token.text === "&") flush();
    else if (token.word) part.push(token);
  }
  flush();
  const given = nameWords.length > 1 ? (nameWords[0] as Token).text : undefined;
  const gender = names.length === 1 ? genderOf(given, titles, roleWords, lexicon) : undefined;
  return {
    kind: "person",
    start: whole.start,
    end: whole.end,
    nameStart: (nameTokens[0] as Token).start,
    nameEnd: (nameTokens[nameTokens.length - 1] as Token).end,
    name: slice(text, tokens, nameFrom, to),
    names,
    ...(roleText ? { role: roleText } : {}),
    titles,
    ...(gender ? { gender } : {}),
  };
}
