import { readFileSync } from "node:fs";

// The data files live in the package's data/ folder, two levels above both src/data and dist/data.
const dataUrl = (name: string): URL => new URL(`../../data/${name}`, import.meta.url);

const readJson = <T>(name: string): T => JSON.parse(readFileSync(dataUrl(name), "utf8")) as T;

interface SpeakerWordsFile {
  readonly titles: { readonly male: string[]; readonly female: string[]; readonly neutral: string[] };
  readonly genderedRoles: { readonly male: string[]; readonly female: string[] };
  readonly organisationWords: string[];
  readonly organisationNames: string[];
  readonly organisationNouns: string[];
  readonly companyNouns: string[];
  readonly anonymousNouns: string[];
  readonly groupNouns: string[];
  readonly particles: string[];
}

export type Gender = "female" | "male";

/** The word lists the extractor reads, as lower-case sets. */
export interface SpeakerLexicon {
  /** Title words before a name ("president", "mr", "foreign", "minister"), with the gender some imply. */
  readonly titles: ReadonlyMap<string, Gender | undefined>;
  readonly genderedRoles: ReadonlyMap<string, Gender>;
  /** A capitalised name holding one of these is an organisation ("Harbor Board", "Greyhaven Logistics"). */
  readonly organisationWords: ReadonlySet<string>;
  /** Single-word organisations ("Reuters", "Kremlin"), as written. */
  readonly organisationNames: ReadonlySet<string>;
  /** "the company said", "the ministry said". */
  readonly organisationNouns: ReadonlySet<string>;
  /** Organisation nouns that mean a business, resolved to the last business named. */
  readonly companyNouns: ReadonlySet<string>;
  /** "a spokesperson said", "an official said". */
  readonly anonymousNouns: ReadonlySet<string>;
  /** "critics say", "officials said". */
  readonly groupNouns: ReadonlySet<string>;
  /** Lower-case words inside a name ("van", "bin", "de"). */
  readonly particles: ReadonlySet<string>;
  /** Places used for their governments ("Moscow said"): never a person. */
  readonly places: ReadonlySet<string>;
  readonly placeWords: ReadonlySet<string>;
  readonly givenNames: ReadonlyMap<string, Gender>;
  /** British spelling to American and back, for pairs no suffix rule covers. */
  readonly spellingPairs: ReadonlyMap<string, string>;
}

let lexicon: SpeakerLexicon | undefined;

const lower = (list: ReadonlyArray<string>): Set<string> => new Set(list.map((word) => word.toLowerCase()));

/** The shipped lexicon (data/*.json), read once. */
export function speakerLexicon(): SpeakerLexicon {
  if (lexicon !== undefined) return lexicon;
  const words = readJson<SpeakerWordsFile>("speaker-words.json");
  const places = readJson<{ places: string[]; placeWords: string[] }>("places.json");
  const names = readJson<{ female: string[]; male: string[] }>("given-names.json");
  const spelling = readJson<{ pairs: [string, string][] }>("spelling.json");
  const titles = new Map<string, Gender | undefined>();
  for (const word of words.titles.neutral) titles.set(word, undefined);
  for (const word of words.titles.male) titles.set(word, "male");
  for (const word of words.titles.female) titles.set(word, "female");
  const genderedRoles = new Map<string, Gender>();
  for (const word of words.genderedRoles.male) genderedRoles.set(word, "male");
  for (const word of words.genderedRoles.female) genderedRoles.set(word, "female");
  const givenNames = new Map<string, Gender>();
  for (const name of names.female) givenNames.set(name, "female");
  for (const name of names.male) givenNames.set(name, "male");
  const spellingPairs = new Map<string, string>();
  for (const [british, american] of spelling.pairs) {
    spellingPairs.set(british, american);
    spellingPairs.set(american, british);
  }
  lexicon = {
    titles,
    genderedRoles,
    organisationWords: lower(words.organisationWords),
    organisationNames: new Set(words.organisationNames),
    organisationNouns: lower(words.organisationNouns),
    companyNouns: lower(words.companyNouns),
    anonymousNouns: lower(words.anonymousNouns),
    groupNouns: lower(words.groupNouns),
    particles: lower(words.particles),
    places: new Set(places.places),
    placeWords: lower(places.placeWords),
    givenNames,
    spellingPairs,
  };
  return lexicon;
}
