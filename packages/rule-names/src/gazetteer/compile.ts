import {
  shippedContextPhrases,
  shippedEntries,
  shippedGivenNames,
  shippedPlaceQualifiers,
  type ContextPhrases,
} from "../data/load.js";
import { isLetter, normalizeGap, tokenize } from "../text/tokens.js";
import { entryForms, givenForms, type GazetteerEntry } from "./types.js";

/** A fixed expression that contains a form: where the form starts inside it. */
export interface ExceptionPhrase {
  readonly phrase: string;
  readonly lower: string;
  readonly offset: number;
}

/** One spelling of one entry, split into words for the token scan. */
export interface FormCandidate {
  readonly entry: GazetteerEntry;
  readonly form: string;
  readonly tokens: ReadonlyArray<string>;
  readonly capsTokens: ReadonlyArray<string>;
  /** Normalised separators between the tokens (" ", "-", "'"). */
  readonly gaps: ReadonlyArray<string>;
  readonly exceptions: ReadonlyArray<ExceptionPhrase>;
}

export interface CompiledGazetteer {
  readonly entries: ReadonlyArray<GazetteerEntry>;
  readonly byId: ReadonlyMap<string, GazetteerEntry>;
  /** First word of a form, as written, to the forms starting with it (longest first). */
  readonly exact: ReadonlyMap<string, ReadonlyArray<FormCandidate>>;
  /** The same in capitals, for datelines and headlines in caps. */
  readonly caps: ReadonlyMap<string, ReadonlyArray<FormCandidate>>;
  /** Person id to their own first name and the wrong ones. */
  readonly given: ReadonlyMap<string, { readonly own: string | undefined; readonly variants: ReadonlySet<string> }>;
  readonly givenNames: ReadonlySet<string>;
  readonly titles: ReadonlySet<string>;
  /** Capitalised words that may stand before a person's surname without being a first name (President, But). */
  readonly beforeSurname: ReadonlySet<string>;
  /** Words after a place form that make it an organisation's name (Ballet, University). */
  readonly organisations: ReadonlySet<string>;
  readonly qualifiers: ReadonlyArray<string>;
  readonly phrases: ContextPhrases;
}

export interface CompileOptions {
  /** Extra fixed expressions that are never findings, for any entry whose form they contain. */
  readonly exceptions?: ReadonlyArray<string>;
}

const fold = (text: string): string => text.replace(/[\u2019\u2018\u02BC]/g, "'").toLowerCase();

/** Where `form` stands inside `phrase` as whole words (case-insensitive), if it does. */
function offsetsIn(phrase: string, form: string): number[] {
  const lowerPhrase = fold(phrase);
  const lowerForm = fold(form);
  const offsets: number[] = [];
  for (let at = lowerPhrase.indexOf(lowerForm); at >= 0; at = lowerPhrase.indexOf(lowerForm, at + 1)) {
    if (!isLetter(phrase[at - 1]) && !isLetter(phrase[at + form.length])) offsets.push(at);
  }
  return offsets;
}

function candidate(entry: GazetteerEntry, form: string, globalExceptions: ReadonlyArray<string>): FormCandidate | undefined {
  const tokens = tokenize(form);
  if (tokens.length === 0) return undefined;
  const gaps = tokens.slice(1).map((token, i) => normalizeGap(form.slice((tokens[i] as { end: number }).end, token.start)));
  const exceptions: ExceptionPhrase[] = [];
  for (const phrase of [...(entry.exceptions ?? []), ...globalExceptions]) {
    for (const offset of offsetsIn(phrase, form)) exceptions.push({ phrase, lower: fold(phrase), offset });
  }
  return {
    entry,
    form,
    tokens: tokens.map((token) => token.text),
    capsTokens: tokens.map((token) => token.text.toUpperCase()),
    gaps,
    exceptions,
  };
}

function push(map: Map<string, FormCandidate[]>, key: string, value: FormCandidate): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}

/**
 * Compiles entries into one lookup keyed by each form's first word, so that matching a block
 * is one pass over its words with a map look-up each (no per-entry regular expressions).
 */
export function compileGazetteer(
  entries: ReadonlyArray<GazetteerEntry> = shippedEntries(),
  options: CompileOptions = {},
): CompiledGazetteer {
  const exact = new Map<string, FormCandidate[]>();
  const caps = new Map<string, FormCandidate[]>();
  const given = new Map<string, { own: string | undefined; variants: ReadonlySet<string> }>();
  for (const entry of entries) {
    for (const form of entryForms(entry)) {
      const compiled = candidate(entry, form, options.exceptions ?? []);
      if (compiled === undefined) continue;
      push(exact, compiled.tokens[0] as string, compiled);
      push(caps, compiled.capsTokens[0] as string, compiled);
    }
    if (entry.kind === "person") {
      const forms = givenForms(entry);
      given.set(entry.id, { own: forms.own, variants: new Set(forms.variants) });
    }
  }
  const longestFirst = (a: FormCandidate, b: FormCandidate) => b.tokens.length - a.tokens.length;
  for (const list of exact.values()) list.sort(longestFirst);
  for (const list of caps.values()) list.sort(longestFirst);
  const phrases = shippedContextPhrases();
  return {
    entries,
    byId: new Map(entries.map((entry) => [entry.id, entry])),
    exact,
    caps,
    given,
    givenNames: new Set(shippedGivenNames()),
    titles: new Set(phrases.titles),
    beforeSurname: new Set([...phrases.titles, ...phrases.beforeSurname].map((word) => word.toUpperCase())),
    organisations: new Set(phrases.organisations.map((word) => word.toUpperCase())),
    qualifiers: shippedPlaceQualifiers(),
    phrases,
  };
}

let shipped: CompiledGazetteer | undefined;

/** The shipped gazetteer, compiled once. */
export function defaultGazetteer(): CompiledGazetteer {
  shipped ??= compileGazetteer();
  return shipped;
}
