import { readFileSync } from "node:fs";
import type { GazetteerEntry } from "../gazetteer/types.js";

// The data files live in the package's data/ folder, two levels above both src/data and dist/data.
const dataUrl = (name: string): URL => new URL(`../../data/${name}`, import.meta.url);

const readJson = <T>(name: string): T => JSON.parse(readFileSync(dataUrl(name), "utf8")) as T;

export interface ContextPhrases {
  readonly window: { readonly before: number; readonly after: number };
  readonly history: ReadonlyArray<string>;
  readonly misnaming: ReadonlyArray<string>;
  readonly titles: ReadonlyArray<string>;
  readonly beforeSurname: ReadonlyArray<string>;
  readonly organisations: ReadonlyArray<string>;
}

let entries: ReadonlyArray<GazetteerEntry> | undefined;
let phrases: ContextPhrases | undefined;
let qualifiers: ReadonlyArray<string> | undefined;
let givenNames: ReadonlyArray<string> | undefined;

/**
 * The shipped gazetteer: data/gazetteer.json (built from spelling-ukraine), overlaid by the
 * hand-curated data/renamings.json and data/people.json (an entry there replaces the one with its id).
 */
export function shippedEntries(): ReadonlyArray<GazetteerEntry> {
  if (entries === undefined) {
    const byId = new Map<string, GazetteerEntry>();
    for (const file of ["gazetteer.json", "renamings.json", "people.json"]) {
      for (const entry of readJson<{ entries: GazetteerEntry[] }>(file).entries) byId.set(entry.id, entry);
    }
    entries = [...byId.values()];
  }
  return entries;
}

export function shippedContextPhrases(): ContextPhrases {
  phrases ??= readJson<ContextPhrases>("context-phrases.json");
  return phrases;
}

export function shippedPlaceQualifiers(): ReadonlyArray<string> {
  qualifiers ??= readJson<{ qualifiers: string[] }>("place-qualifiers.json").qualifiers;
  return qualifiers;
}

export function shippedGivenNames(): ReadonlyArray<string> {
  givenNames ??= readJson<{ names: string[] }>("given-names.json").names;
  return givenNames;
}
