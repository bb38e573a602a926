import { findQuotations } from "@copydesk/core";
import { defaultGazetteer, type CompiledGazetteer, type FormCandidate } from "../gazetteer/compile.js";
import type { GazetteerEntry } from "../gazetteer/types.js";
import { addressRanges } from "../text/protected.js";
import { RangeSet } from "../text/ranges.js";
import { isAllCaps, normalizeGap, WordSpans } from "../text/tokens.js";
import type { ContextPhrases } from "../data/load.js";
import {
  fixedExpression,
  isInitial,
  organisationName,
  otherPlace,
  partOfLongerName,
  surnameOfSomeone,
  windowAround,
} from "./context.js";
import { PhraseIndex } from "./phrase-index.js";

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
  /** Set when the form is part of an organisation's name ("Kiev Ballet"): the whole name. */
  readonly organisation?: string;
  readonly inQuotation: boolean;
  /** The text presents the form as a former or foreign name ("older maps still label Nikolaev"). */
  readonly historical: boolean;
  /** The text reports someone else's mistake ("misnamed him as Vladimir Zelensky"). */
  readonly misnaming: boolean;
}

/**
 * What a scan did, counted so that tests can show the work grows with the text and not with
 * its square: words read, candidate forms tried, and binary-search steps for context look-ups.
 */
export interface MatchWork {
  words: number;
  candidates: number;
  steps: number;
}

export const newMatchWork = (): MatchWork => ({ words: 0, candidates: 0, steps: 0 });

interface RawMatch {
  readonly candidate: FormCandidate;
  readonly first: number;
  readonly last: number;
  readonly allCaps: boolean;
}

function matchAt(
  spans: WordSpans,
  i: number,
  list: ReadonlyArray<FormCandidate>,
  caps: boolean,
  work: MatchWork | undefined,
): FormCandidate | undefined {
  for (const candidate of list) {
    if (work) work.candidates++;
    const words = caps ? candidate.capsTokens : candidate.tokens;
    if (i + words.length > spans.count) continue;
    let ok = true;
    for (let k = 1; k < words.length && ok; k++) {
      ok =
        spans.is(i + k, words[k] as string) &&
        normalizeGap(spans.text.slice(spans.ends[i + k - 1], spans.starts[i + k])) === candidate.gaps[k - 1];
    }
    if (ok) return candidate;
  }
  return undefined;
}

/** What may follow a dateline place: "KIEV, March 4", "KIEV (AP)", "KIEV — ", "KIEV: ". */
const DATELINE_AFTER = [",", " (", " \u2014", " \u2013", " -", ":"];

/**
 * A form in capitals counts where capitals are the style of the passage: a dateline at the start
 * of the block ("KIEV, March 4 —") or a run of capitals ("TALKS IN KIEV"). A lone word in
 * capitals elsewhere is more likely an acronym ("HUST researchers") than a shouted place name.
 */
function capsContext(spans: WordSpans, first: number, last: number): boolean {
  const before = first > 0 ? spans.word(first - 1) : undefined;
  const after = last + 1 < spans.count ? spans.word(last + 1) : undefined;
  if ((before !== undefined && isAllCaps(before)) || (after !== undefined && isAllCaps(after))) return true;
  const end = spans.ends[last] as number;
  return before === undefined && DATELINE_AFTER.some((follow) => spans.text.startsWith(follow, end));
}

const firstUnitTables = new WeakMap<ReadonlyMap<string, unknown>, Uint8Array>();

/** Which UTF-16 units begin a key of `map` (1 at that unit): most words of a text need no map look-up. */
function firstUnits(map: ReadonlyMap<string, unknown>): Uint8Array {
  let table = firstUnitTables.get(map);
  if (table === undefined) {
    table = new Uint8Array(0x10000);
    for (const key of map.keys()) if (key.length > 0) table[key.charCodeAt(0)] = 1;
    firstUnitTables.set(map, table);
  }
  return table;
}

/** Every form of every entry in `text`, longest first, as whole words; a linear scan of its words. */
function scan(spans: WordSpans, gazetteer: CompiledGazetteer, work: MatchWork | undefined): RawMatch[] {
  const found: RawMatch[] = [];
  const exactFirst = firstUnits(gazetteer.exact);
  const capsFirst = firstUnits(gazetteer.caps);
  const { text, starts } = spans;
  for (let i = 0; i < spans.count; i++) {
    if (work) work.words++;
    // Most words start with a character no form starts with: their string is never made.
    const first = text.charCodeAt(starts[i] as number);
    const inExact = exactFirst[first] === 1;
    const inCaps = capsFirst[first] === 1;
    if (!inExact && !inCaps) continue;
    const word = spans.word(i);
    let candidate: FormCandidate | undefined;
    let caps = false;
    const exact = inExact ? gazetteer.exact.get(word) : undefined;
    if (exact !== undefined) candidate = matchAt(spans, i, exact, false, work);
    if (candidate === undefined && inCaps) {
      const upper = gazetteer.caps.get(word);
      if (upper !== undefined && isAllCaps(word)) {
        candidate = matchAt(spans, i, upper, true, work);
        if (candidate !== undefined && !capsContext(spans, i, i + candidate.tokens.length - 1)) candidate = undefined;
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

/** "@Kiev", "#Kiev": a handle or a hashtag is a name of its own, not a use of the place. */
const isTag = (text: string, start: number): boolean => text[start - 1] === "@" || text[start - 1] === "#";

/** The first name before a person's surname: theirs, a wrong one, someone else's, or none. */
function givenNameBefore(
  spans: WordSpans,
  match: RawMatch,
  gazetteer: CompiledGazetteer,
): GivenNameMention | "someone-else" | undefined {
  const text = spans.text;
  const previous = spans.token(match.first - 1);
  if (previous === undefined) return undefined;
  const gap = text.slice(previous.end, spans.starts[match.first]);
  const names = gazetteer.given.get(match.candidate.entry.id);
  if (isInitial(text, previous, gap)) {
    // "V. Zelensky" is him; "O. Zelensky" is somebody else.
    const own = names?.own;
    return own !== undefined && own.startsWith(previous.text) ? undefined : "someone-else";
  }
  if (gap !== " ") return undefined;
  const same = (name: string | undefined) =>
    name !== undefined && (previous.text === name || (match.allCaps && previous.text === name.toUpperCase()));
  if (same(names?.own)) return { text: previous.text, start: previous.start, end: previous.end, wrong: false };
  for (const variant of names?.variants ?? []) {
    if (same(variant)) return { text: previous.text, start: previous.start, end: previous.end, wrong: true };
  }
  if (gazetteer.givenNames.has(previous.text)) return "someone-else";
  // Any other capitalised word right before the surname may be another person's first name
  // ("Kevin Zelensky"): precision first, unless it is a title or a word that starts a sentence.
  const capitalised = /^\p{Lu}/u.test(previous.text);
  return capitalised && !gazetteer.beforeSurname.has(previous.text.toUpperCase()) ? "someone-else" : undefined;
}

/** The bits of the two lists in {@link PhraseIndex.listsIn}'s answer. */
const HISTORY = 1;
const MISNAMING = 2;
const phraseIndexes = new WeakMap<ContextPhrases, PhraseIndex>();

function phraseIndexFor(phrases: ContextPhrases): PhraseIndex {
  let index = phraseIndexes.get(phrases);
  if (index === undefined) phraseIndexes.set(phrases, (index = new PhraseIndex([phrases.history, phrases.misnaming])));
  return index;
}

/** Facts about the text that its mentions share, each computed once and looked up by binary search. */
class TextFacts {
  private quotations: RangeSet | undefined;
  private addresses: RangeSet | undefined;
  constructor(
    private readonly text: string,
    private readonly work: MatchWork | undefined,
  ) {}

  inAddress(start: number, end: number): boolean {
    this.addresses ??= new RangeSet(addressRanges(this.text), this.work);
    return this.addresses.contains(start, end);
  }
  inQuotation(start: number, end: number): boolean {
    this.quotations ??= new RangeSet(
      findQuotations(this.text).map((quotation) => ({ start: quotation.contentStart, end: quotation.contentEnd })),
      this.work,
    );
    return this.quotations.contains(start, end);
  }
}

/**
 * The place and person names in one text (a block's normalised text), each with its context:
 * exceptions, organisation names, quotation, history or misnaming. Names inside URLs, e-mail
 * addresses, handles and hashtags, and surnames that belong to someone else, are left out.
 * Linear in the text: one pass over its words, then per mention a bounded look around it and
 * binary searches in the quotation and address ranges.
 */
export function findNameMentions(
  text: string,
  gazetteer: CompiledGazetteer = defaultGazetteer(),
  work?: MatchWork,
): NameMention[] {
  return mentionsIn(text, gazetteer, work, undefined);
}

/** {@link findNameMentions} for a block: each mention also says which (as a last property, not a copy). */
export function findBlockNameMentions(
  text: string,
  gazetteer: CompiledGazetteer,
  work: MatchWork | undefined,
  block: number,
): Array<NameMention & { readonly block: number }> {
  return mentionsIn(text, gazetteer, work, block) as Array<NameMention & { readonly block: number }>;
}

type Building = { -readonly [K in keyof NameMention]: NameMention[K] } & { block?: number };

function mentionsIn(text: string, gazetteer: CompiledGazetteer, work: MatchWork | undefined, block: number | undefined): NameMention[] {
  const spans = new WordSpans(text);
  const matches = scan(spans, gazetteer, work);
  if (matches.length === 0) return [];
  const facts = new TextFacts(text, work);
  const mentions: NameMention[] = [];
  for (const match of matches) {
    const { entry, form } = match.candidate;
    const start = spans.starts[match.first] as number;
    const end = spans.ends[match.last] as number;
    if (isTag(text, start) || facts.inAddress(start, end)) continue;

    let given: GivenNameMention | undefined;
    let exception: string | undefined;
    let organisation: string | undefined;
    if (entry.kind === "person") {
      const before = givenNameBefore(spans, match, gazetteer);
      if (before === "someone-else") continue;
      if (before === undefined && !entry.surnameAlone) continue;
      given = before;
    } else {
      const person = surnameOfSomeone(text, spans, match.first, gazetteer);
      if (person !== undefined) exception = `a surname after "${person}"`;
    }
    const fixed = fixedExpression(text, start, match.candidate);
    if (fixed !== undefined) exception = `the fixed expression "${fixed}"`;
    else if (partOfLongerName(text, end, entry, match.allCaps)) exception = "part of a longer name";
    const elsewhere = exception === undefined ? otherPlace(text, start, end, entry, gazetteer.qualifiers) : undefined;
    if (elsewhere !== undefined) exception = `another place: "${elsewhere}"`;
    if (exception === undefined && entry.kind === "place") {
      const word = organisationName(text, spans, match.last, match.allCaps, gazetteer);
      if (word !== undefined) organisation = `${text.slice(start, end)} ${word}`;
    }

    const from = given?.start ?? start;
    const window = windowAround(text, from, end, gazetteer.phrases.window);
    // One pass over each side of the window for both lists: what mentionsAny(window, list) says of each.
    const index = phraseIndexFor(gazetteer.phrases);
    const lists = index.listsIn(window.before, 0, window.before.length, index.listsIn(window.after, 0, window.after.length));
    // Built property by property (the optional ones only when set), in the order readers see them.
    const mention = { entry, form, text: text.slice(start, end), start, end, allCaps: match.allCaps } as Building;
    if (given) mention.given = given;
    if (exception) mention.exception = exception;
    if (organisation) mention.organisation = organisation;
    mention.inQuotation = facts.inQuotation(from, end);
    mention.historical = (lists & HISTORY) !== 0;
    mention.misnaming = (lists & MISNAMING) !== 0;
    if (block !== undefined) mention.block = block;
    mentions.push(mention);
  }
  return mentions;
}
