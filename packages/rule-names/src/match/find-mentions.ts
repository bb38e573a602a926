import { findQuotations, isInsideQuotation, splitSentences, type QuotationSpan, type TextRange } from "@copydesk/core";
import { defaultGazetteer, type CompiledGazetteer, type FormCandidate } from "../gazetteer/compile.js";
import type { GazetteerEntry } from "../gazetteer/types.js";
import { addressRanges, insideAny } from "../text/protected.js";
import { isAllCaps, normalizeGap, tokenize, type Token } from "../text/tokens.js";
import { fixedExpression, mentionsAny, otherPlace, partOfLongerName, surnameOfSomeone, windowAround } from "./context.js";

/** A person's first name written before their surname. */
export interface GivenNameMention {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** True when it is not the person's first name ("Vladimir" before Zelensky). */
  readonly wrong: boolean;
}

/** One place or person name found in a text, with what its surroundings say about it. */
export interface NameMention {
  readonly entry: GazetteerEntry;
  /** The gazetteer's spelling that matched ("Kiev" for "KIEV"). For a person: the surname form. */
  readonly form: string;
  /** The text as written. */
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly allCaps: boolean;
  readonly given?: GivenNameMention;
  /** Set when this is no use of the name: a fixed expression, another place, someone's surname. */
  readonly exception?: string;
  readonly inQuotation: boolean;
  /** The text presents the form as a former or foreign name ("older maps still label Nikolaev"). */
  readonly historical: boolean;
  /** The text reports someone else's mistake ("misnamed him as Vladimir Zelensky"). */
  readonly misnaming: boolean;
}

interface RawMatch {
  readonly candidate: FormCandidate;
  readonly first: number;
  readonly last: number;
  readonly allCaps: boolean;
}

function matchAt(text: string, tokens: ReadonlyArray<Token>, i: number, list: ReadonlyArray<FormCandidate>, caps: boolean) {
  for (const candidate of list) {
    const words = caps ? candidate.capsTokens : candidate.tokens;
    if (i + words.length > tokens.length) continue;
    let ok = true;
    for (let k = 1; k < words.length && ok; k++) {
      const token = tokens[i + k] as Token;
      const previous = tokens[i + k - 1] as Token;
      ok = token.text === words[k] && normalizeGap(text.slice(previous.end, token.start)) === candidate.gaps[k - 1];
    }
    if (ok) return candidate;
  }
  return undefined;
}

/** Every form of every entry in `text`, longest first, as whole words; a linear scan of its words. */
function scan(text: string, tokens: ReadonlyArray<Token>, gazetteer: CompiledGazetteer): RawMatch[] {
  const found: RawMatch[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const word = (tokens[i] as Token).text;
    let candidate: FormCandidate | undefined;
    let caps = false;
    const exact = gazetteer.exact.get(word);
    if (exact !== undefined) candidate = matchAt(text, tokens, i, exact, false);
    if (candidate === undefined && isAllCaps(word)) {
      const upper = gazetteer.caps.get(word);
      if (upper !== undefined) {
        candidate = matchAt(text, tokens, i, upper, true);
        caps = candidate !== undefined;
      }
    }
    if (candidate === undefined) continue;
    const last = i + candidate.tokens.length - 1;
    found.push({ candidate, first: i, last, allCaps: caps });
    i = last;
  }
  return found;
}

/** The first name before a person's surname: theirs, a wrong one, someone else's, or none. */
function givenNameBefore(
  text: string,
  tokens: ReadonlyArray<Token>,
  match: RawMatch,
  gazetteer: CompiledGazetteer,
): GivenNameMention | "someone-else" | undefined {
  const previous = tokens[match.first - 1];
  const surname = tokens[match.first] as Token;
  if (previous === undefined || text.slice(previous.end, surname.start) !== " ") return undefined;
  const names = gazetteer.given.get(match.candidate.entry.id);
  const same = (name: string | undefined) =>
    name !== undefined && (previous.text === name || (match.allCaps && previous.text === name.toUpperCase()));
  if (same(names?.own)) return { text: previous.text, start: previous.start, end: previous.end, wrong: false };
  for (const variant of names?.variants ?? []) {
    if (same(variant)) return { text: previous.text, start: previous.start, end: previous.end, wrong: true };
  }
  return gazetteer.givenNames.has(previous.text) ? "someone-else" : undefined;
}

/** Lazily computed facts about the text, shared by its mentions. */
class TextFacts {
  private quotations: QuotationSpan[] | undefined;
  private sentences: TextRange[] | undefined;
  private addresses: TextRange[] | undefined;
  constructor(private readonly text: string) {}
  inAddress(start: number, end: number): boolean {
    this.addresses ??= addressRanges(this.text);
    return insideAny(this.addresses, start, end);
  }
  inQuotation(start: number, end: number): boolean {
    this.quotations ??= findQuotations(this.text);
    return isInsideQuotation(this.quotations, start, end);
  }
  sentenceAt(offset: number): TextRange {
    this.sentences ??= splitSentences(this.text);
    return this.sentences.find((s) => offset >= s.start && offset < s.end) ?? { start: 0, end: this.text.length };
  }
}

/**
 * The place and person names in one text (a block's normalised text), each with its context:
 * exceptions, quotation, history or misnaming. Names inside URLs and e-mail addresses, and
 * surnames that belong to someone else, are left out.
 */
export function findNameMentions(text: string, gazetteer: CompiledGazetteer = defaultGazetteer()): NameMention[] {
  const tokens = tokenize(text);
  const matches = scan(text, tokens, gazetteer);
  if (matches.length === 0) return [];
  const facts = new TextFacts(text);
  const mentions: NameMention[] = [];
  for (const match of matches) {
    const { entry, form } = match.candidate;
    const start = (tokens[match.first] as Token).start;
    const end = (tokens[match.last] as Token).end;
    if (facts.inAddress(start, end)) continue;

    let given: GivenNameMention | undefined;
    let exception: string | undefined;
    if (entry.kind === "person") {
      const before = givenNameBefore(text, tokens, match, gazetteer);
      if (before === "someone-else") continue;
      if (before === undefined && !entry.surnameAlone) continue;
      given = before;
    } else {
      const person = surnameOfSomeone(text, tokens, match.first, gazetteer);
      if (person !== undefined) exception = `a surname after "${person.trim()}"`;
    }
    const fixed = fixedExpression(text, start, match.candidate);
    if (fixed !== undefined) exception = `the fixed expression "${fixed}"`;
    else if (partOfLongerName(text, end, entry, match.allCaps)) exception = "part of a longer name";
    const elsewhere = exception === undefined ? otherPlace(text, start, end, entry, gazetteer.qualifiers) : undefined;
    if (elsewhere !== undefined) exception = `another place: "${elsewhere}"`;

    const from = given?.start ?? start;
    const window = windowAround(text, facts.sentenceAt(from), from, end, gazetteer.phrases.window);
    mentions.push({
      entry,
      form,
      text: text.slice(start, end),
      start,
      end,
      allCaps: match.allCaps,
      ...(given ? { given } : {}),
      ...(exception ? { exception } : {}),
      inQuotation: facts.inQuotation(from, end),
      historical: mentionsAny(window, gazetteer.phrases.history),
      misnaming: mentionsAny(window, gazetteer.phrases.misnaming),
    });
  }
  return mentions;
}
