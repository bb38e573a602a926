import { readFileSync } from "node:fs";
import { PhraseMatcher } from "../text/phrases.js";

/** What a block of boilerplate is. */
export const CATEGORIES = ["disclaimer", "safe-harbour", "about", "contact", "credit", "copyright", "call-to-action"] as const;
export type Category = (typeof CATEGORIES)[number];

export const isCategory = (value: string): value is Category => (CATEGORIES as ReadonlyArray<string>).includes(value);

export interface ProviderData {
  readonly name: string;
  readonly aliases: ReadonlyArray<string>;
}

/** A known piece of syndication boilerplate: phrases that identify it, and how many must occur. */
export interface PatternData {
  readonly id: string;
  readonly category: Category;
  readonly description: string;
  /** Providers known to use it (documentation; the provider of a block is the one it names). */
  readonly providers: ReadonlyArray<string>;
  readonly phrases: ReadonlyArray<string>;
  readonly minPhrases: number;
}

/** The shape of data/boilerplate.json. */
export interface LibraryData {
  readonly source: string;
  readonly providers: ReadonlyArray<ProviderData>;
  readonly patterns: ReadonlyArray<PatternData>;
  readonly cues: Readonly<Record<Category, { readonly strong: ReadonlyArray<string>; readonly weak: ReadonlyArray<string> }>>;
  readonly labels: Readonly<Partial<Record<Category, ReadonlyArray<string>>>>;
  readonly legalWords: ReadonlyArray<string>;
  readonly selfReference: ReadonlyArray<string>;
  readonly story: { readonly reporting: ReadonlyArray<string>; readonly court: ReadonlyArray<string> };
}

export interface Cue {
  readonly category: Category;
  readonly strong: boolean;
  readonly phrase: string;
}

export interface PatternPhrase {
  readonly pattern: PatternData;
  readonly phrase: number;
}

/** The library compiled into phrase matchers, once. */
export interface BoilerplateLibrary {
  readonly data: LibraryData;
  readonly providers: PhraseMatcher<string>;
  readonly patterns: PhraseMatcher<PatternPhrase>;
  readonly cues: PhraseMatcher<Cue>;
  /** The strong cues alone and the weak ones alone, for a quick look at a block. */
  readonly strongCues: PhraseMatcher<Cue>;
  readonly weakCues: PhraseMatcher<Cue>;
  readonly labels: PhraseMatcher<Category>;
  readonly legalWords: ReadonlySet<string>;
  readonly selfReference: PhraseMatcher<string>;
  readonly reporting: PhraseMatcher<string>;
  readonly court: ReadonlySet<string>;
}

export function compileLibrary(data: LibraryData): BoilerplateLibrary {
  const cues: [string, Cue][] = [];
  for (const category of CATEGORIES) {
    const list = data.cues[category];
    if (list === undefined) continue;
    for (const phrase of list.strong) cues.push([phrase, { category, strong: true, phrase }]);
    for (const phrase of list.weak) cues.push([phrase, { category, strong: false, phrase }]);
  }
  const labels: [string, Category][] = [];
  for (const category of CATEGORIES) for (const phrase of data.labels[category] ?? []) labels.push([phrase, category]);
  return {
    data,
    providers: new PhraseMatcher(data.providers.flatMap((p) => [p.name, ...p.aliases].map((alias) => [alias, p.name] as const))),
    patterns: new PhraseMatcher(
      data.patterns.flatMap((pattern) => pattern.phrases.map((phrase, index) => [phrase, { pattern, phrase: index }] as const)),
    ),
    cues: new PhraseMatcher(cues),
    strongCues: new PhraseMatcher(cues.filter(([, cue]) => cue.strong)),
    weakCues: new PhraseMatcher(cues.filter(([, cue]) => !cue.strong)),
    labels: new PhraseMatcher(labels),
    legalWords: new Set(data.legalWords),
    selfReference: new PhraseMatcher(data.selfReference.map((phrase) => [phrase, phrase] as const)),
    reporting: new PhraseMatcher(data.story.reporting.map((phrase) => [phrase, phrase] as const)),
    court: new Set(data.story.court),
  };
}

// data/ sits two levels above both src/data and dist/data.
const dataUrl = new URL("../../data/boilerplate.json", import.meta.url);

let shipped: BoilerplateLibrary | undefined;

/** The library shipped in data/boilerplate.json. */
export function shippedLibrary(): BoilerplateLibrary {
  shipped ??= compileLibrary(JSON.parse(readFileSync(dataUrl, "utf8")) as LibraryData);
  return shipped;
}

/** The providers the shipped library names, for documentation and tests. */
export const shippedProviders = (): ReadonlyArray<string> => shippedLibrary().data.providers.map((p) => p.name);
