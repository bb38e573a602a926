import type { TextRange } from "@copydesk/core";
import type { CompiledGazetteer, FormCandidate } from "../gazetteer/compile.js";
import { entryForms, type GazetteerEntry } from "../gazetteer/types.js";
import { isLetter, type Token } from "../text/tokens.js";

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
  const own = new Set<string>([...entryForms(entry), ...(entry.country ? [entry.country] : [])]);
  for (const separator of [", ", " ("]) {
    if (!text.startsWith(separator, end)) continue;
    const at = end + separator.length;
    for (const qualifier of qualifiers) {
      if (own.has(qualifier) || !text.startsWith(qualifier, at)) continue;
      const after = at + qualifier.length;
      if (isLetter(text[after]) && !qualifier.endsWith(".")) continue;
      const rest = text.slice(after, after + 5).toLowerCase();
      if (CONTINUES_LIST.some((word) => rest.startsWith(word))) continue;
      return text.slice(start, after);
    }
  }
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

/** "Mr Lvov", "Gen. Nikolayev", "Mikhail Nikolaev": a place form used as someone's surname. */
export function surnameOfSomeone(
  text: string,
  tokens: ReadonlyArray<Token>,
  index: number,
  gazetteer: CompiledGazetteer,
): string | undefined {
  const previous = tokens[index - 1];
  const current = tokens[index];
  if (previous === undefined || current === undefined) return undefined;
  const gap = text.slice(previous.end, current.start);
  if (gazetteer.titles.has(previous.text) && (gap === " " || gap === ". ")) return `${previous.text}${gap}`;
  if (gap === " " && gazetteer.givenNames.has(previous.text)) return previous.text;
  return undefined;
}

/** Lower-cased text around a mention, kept inside its sentence. */
export function windowAround(
  text: string,
  sentence: TextRange,
  start: number,
  end: number,
  size: { readonly before: number; readonly after: number },
): { before: string; after: string } {
  const from = Math.max(sentence.start, start - size.before);
  const to = Math.min(sentence.end, end + size.after);
  return { before: fold(text.slice(from, start)), after: fold(text.slice(end, Math.max(end, to))) };
}

export const mentionsAny = (window: { before: string; after: string }, phrases: ReadonlyArray<string>): boolean =>
  phrases.some((phrase) => window.before.includes(phrase) || window.after.includes(phrase));
