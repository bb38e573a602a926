import type { CompiledGazetteer, FormCandidate } from "../gazetteer/compile.js";
import { entryForms, type GazetteerEntry } from "../gazetteer/types.js";
import { isLetter, type Token, type WordSpans } from "../text/tokens.js";

const fold = (text: string): string => text.replace(/[\u2019\u2018\u02BC]/g, "'").toLowerCase();

/** The fixed expression around `[start, end)` that makes it no use of the name ("chicken Kiev"). */
export function fixedExpression(text: string, start: number, candidate: FormCandidate): string | undefined {
  for (const exception of candidate.exceptions) {
    const from = start - exception.offset;
    const to = from + exception.lower.length;
    if (from < 0 || to > text.length) continue;
    if (isLetter(text[from - 1]) || isLetter(text[to])) continue;
    if (fold(text.slice(from, to)) === exception.lower) return exception.phrase;
  }
  return undefined;
}

/** A form followed by a capitalised word, when the entry says that makes a longer name (Türkiye Wealth Fund). */
export function partOfLongerName(text: string, end: number, entry: GazetteerEntry, allCaps: boolean): boolean {
  if (!entry.partOfNameBeforeCapital || allCaps || text[end] !== " ") return false;
  const next = text[end + 1];
  return next !== undefined && /\p{Lu}/u.test(next);
}

const CONTINUES_LIST = [" and ", " or ", " & ", "/"];

const ownNamesByEntry = new WeakMap<GazetteerEntry, ReadonlySet<string>>();

/** A place's own forms and its country: qualifiers that name no other place. */
function ownNames(entry: GazetteerEntry): ReadonlySet<string> {
  let own = ownNamesByEntry.get(entry);
  if (own === undefined) ownNamesByEntry.set(entry, (own = new Set([...entryForms(entry), ...(entry.country ? [entry.country] : [])])));
  return own;
}

/** Qualifier lists by first character, in list order; null for a list with an empty qualifier (it starts anywhere). */
const qualifierIndexes = new WeakMap<ReadonlyArray<string>, ReadonlyMap<number, ReadonlyArray<string>> | null>();
const NONE: ReadonlyArray<string> = [];

/** The qualifiers that could start at `text[at]`, in list order: those beginning with the character there. */
function qualifiersStartingAt(qualifiers: ReadonlyArray<string>, text: string, at: number): ReadonlyArray<string> {
  let index = qualifierIndexes.get(qualifiers);
  if (index === undefined) {
    const byFirst = new Map<number, string[]>();
    for (const qualifier of qualifiers) {
      const first = qualifier.charCodeAt(0);
      const list = byFirst.get(first);
      if (list === undefined) byFirst.set(first, [qualifier]);
      else list.push(qualifier);
    }
    index = qualifiers.some((qualifier) => qualifier.length === 0) ? null : byFirst;
    qualifierIndexes.set(qualifiers, index);
  }
  if (index === null) return qualifiers;
  return at < text.length ? (index.get(text.charCodeAt(at)) ?? NONE) : NONE;
}

/**
 * "Odessa, Texas", "Moscow, Idaho (AP)", "the Texas city of Odessa": a qualifier that names
 * somewhere other than the entry's own country means another place of the same name. A
 * qualifier that goes on into a list ("Kiev, Washington and London") does not count.
 */
export function otherPlace(
  text: string,
  start: number,
  end: number,
  entry: GazetteerEntry,
  qualifiers: ReadonlyArray<string>,
): string | undefined {
  if (entry.kind !== "place") return undefined;
  const own = ownNames(entry);
  for (const separator of [", ", " ("]) {
    if (!text.startsWith(separator, end)) continue;
    const at = end + separator.length;
    for (const qualifier of qualifiersStartingAt(qualifiers, text, at)) {
      if (own.has(qualifier) || !text.startsWith(qualifier, at)) continue;
      const after = at + qualifier.length;
      if (isLetter(text[after]) && !qualifier.endsWith(".")) continue;
      const rest = text.slice(after, after + 5).toLowerCase();
      if (CONTINUES_LIST.some((word) => rest.startsWith(word))) continue;
      return text.slice(start, after);
    }
  }
  // Both leads end in a space: without one before the form, neither can be there.
  if (text.charCodeAt(start - 1) !== 32) return undefined;
  for (const lead of [" city of ", " town of "]) {
    const leadStart = start - lead.length;
    if (leadStart <= 0 || text.slice(leadStart, start).toLowerCase() !== lead) continue;
    for (const qualifier of qualifiers) {
      if (own.has(qualifier)) continue;
      const from = leadStart - qualifier.length;
      if (from >= 0 && text.startsWith(qualifier, from) && !isLetter(text[from - 1])) return text.slice(from, end);
    }
  }
  return undefined;
}

/** "A." in "A. Nikolayev" (but not the "S." of "U.S."): a single capital letter and a full stop. */
export function isInitial(text: string, token: Token, gap: string): boolean {
  return gap === ". " && token.text.length === 1 && /\p{Lu}/u.test(token.text) && text[token.start - 1] !== ".";
}

/** "Mr Lvov", "Gen. Nikolayev", "Mikhail Nikolaev", "A. Nikolayev": a place form used as someone's surname. */
export function surnameOfSomeone(
  text: string,
  words: WordSpans,
  index: number,
  gazetteer: CompiledGazetteer,
): string | undefined {
  const previous = words.token(index - 1);
  const current = words.token(index);
  if (previous === undefined || current === undefined) return undefined;
  const gap = text.slice(previous.end, current.start);
  if (gazetteer.titles.has(previous.text) && (gap === " " || gap === ". ")) return `${previous.text}${gap}`.trim();
  if (gap === " " && gazetteer.givenNames.has(previous.text)) return previous.text;
  if (isInitial(text, previous, gap)) return `${previous.text}.`;
  return undefined;
}

/** "Kiev Ballet", "KHARKOV UNIVERSITY": the form followed by a word that makes it an organisation's name. */
export function organisationName(
  text: string,
  words: WordSpans,
  last: number,
  allCaps: boolean,
  gazetteer: CompiledGazetteer,
): string | undefined {
  const current = words.token(last);
  const next = words.token(last + 1);
  if (current === undefined || next === undefined || text.slice(current.end, next.start) !== " ") return undefined;
  const capitalised = allCaps ? next.text === next.text.toUpperCase() : /^\p{Lu}/u.test(next.text);
  return capitalised && gazetteer.organisations.has(next.text.toUpperCase()) ? next.text : undefined;
}

// Words whose full stop does not end a sentence ("Mr. Lvov", "Gen. Nikolayev", "Sept. 4").
const ABBREVIATIONS = new Set([
  "mr", "mrs", "ms", "dr", "st", "gen", "lt", "col", "maj", "capt", "sgt", "adm", "gov", "sen", "rep", "prof", "rev", "hon",
  "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no", "vs", "inc", "corp", "ltd", "co",
]);

/** True when the character at `i` ends a sentence: . ! or ? before white space (or the end), not after "Mr" or an initial. */
function endsSentence(text: string, i: number): boolean {
  // Read as a code first: this runs for every character of every mention's window.
  const code = text.charCodeAt(i);
  if (code !== 46 && code !== 33 && code !== 63) return false;
  const char = text[i];
  const next = text[i + 1];
  if (next !== undefined && !/\s/.test(next)) return false;
  if (char !== ".") return true;
  let from = i;
  while (from > 0 && i - from < 5 && /\p{L}/u.test(text[from - 1] as string)) from--;
  const word = text.slice(from, i);
  return !(word.length === 1 || ABBREVIATIONS.has(word.toLowerCase()));
}

/**
 * Lower-cased text around a mention, cut where its sentence begins and ends. A bounded scan on
 * each side (at most `size` characters), so a 1 MB paragraph costs no more per mention than a
 * short one.
 */
export function windowAround(
  text: string,
  start: number,
  end: number,
  size: { readonly before: number; readonly after: number },
): { before: string; after: string } {
  let from = start;
  const first = Math.max(0, start - size.before);
  while (from > first && !endsSentence(text, from - 1)) from--;
  let to = end;
  const last = Math.min(text.length, end + size.after);
  while (to < last && !endsSentence(text, to)) to++;
  return { before: fold(text.slice(from, start)), after: fold(text.slice(end, to)) };
}

export const mentionsAny = (window: { before: string; after: string }, phrases: ReadonlyArray<string>): boolean =>
  phrases.some((phrase) => window.before.includes(phrase) || window.after.includes(phrase));
