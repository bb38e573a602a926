import { Schema } from "effect";

const flag = (value: boolean) => Schema.optionalWith(Schema.Boolean, { default: () => value });
const words = () => Schema.optionalWith(Schema.Array(Schema.String), { default: () => [] });

export const BylineOptions = Schema.Struct({
  /** Check press releases too (they carry a contact block, not a byline). */
  pressReleases: flag(false),
  /** A wire agency in the dateline ("WASHINGTON (AP) —") counts as the byline of wire copy. */
  agencyCounts: flag(true),
  /** Only a byline a reader sees counts, not one in JSON-LD or meta tags alone. */
  visibleOnly: flag(false),
});
export type BylineOptions = typeof BylineOptions.Type;

export const DatelineOptions = Schema.Struct({
  /** Check press releases too (default: yes; wires put a dateline on releases). */
  pressReleases: flag(true),
  /** Only a dateline in the text counts, not one in JSON-LD or ninjs `located` alone. */
  visibleOnly: flag(false),
  /** Stories shorter than this many paragraphs (briefs, live-blog entries) need no dateline. */
  minParagraphs: Schema.optionalWith(Schema.Number.pipe(Schema.int(), Schema.between(0, 100)), { default: () => 2 }),
});
export type DatelineOptions = typeof DatelineOptions.Type;

export const CreditOptions = Schema.Struct({
  /** Treat every article as syndicated copy (an aggregator's feed), not only those with syndication signs. */
  assumeSyndicated: flag(false),
  /** More distributors and aggregators: their names mark copy as syndicated and never count as the credit. */
  distributors: words(),
  /** Only a credit a reader sees counts (a credit line, the dateline agency), not JSON-LD or a canonical link alone. */
  visibleOnly: flag(false),
});
export type CreditOptions = typeof CreditOptions.Type;

export const DanglingReferenceOptions = Schema.Struct({
  /** More words for what "the ... above" points at, besides provider, author, publisher, source... */
  nouns: words(),
});
export type DanglingReferenceOptions = typeof DanglingReferenceOptions.Type;

export const VagueAttributionOptions = Schema.Struct({
  /** "critics say", "experts believe", "some observers note". */
  groups: flag(true),
  /** "it is widely reported", "is said to", "is widely seen as". */
  impersonal: flag(true),
  /** "according to reports", "media reports say", "reportedly". */
  reports: flag(true),
  /** A bare "a source said", "sources say", "according to sources". */
  sources: flag(true),
  /** Qualified anonymous sources: "people familiar with the matter", "on condition of anonymity". */
  anonymous: flag(false),
  /** More group nouns to treat as vague: ["officials", "residents"]. */
  extraGroups: words(),
  /** Phrases never reported (lower case, matched inside the vague phrase): ["analysts polled by reuters"]. */
  allow: words(),
  /** "Opponents said X. 'Quote,' said Tomas Lind": a named source in the next sentence answers the vague one. */
  resolveWithNextSentence: flag(true),
});
export type VagueAttributionOptions = typeof VagueAttributionOptions.Type;

export const UnattributedClaimOptions = Schema.Struct({
  /** Money, percentages, counts of people: "$3 billion", "7.2%", "thousands of civilians". */
  figures: flag(true),
  /** "alleged" or "accused of" with no one alleging. */
  allegations: flag(true),
  /** Motives and intentions stated as fact: "in a bid to", "rejected ... in favor of", "deliberately". */
  motives: flag(true),
  /** Forecasts stated as fact: "is expected to", "will harm", "would persist". */
  predictions: flag(true),
  /** A statement attributed only to a country or capital ("Moscow has reiterated", "the U.S. acknowledging"). */
  countryAsSource: flag(true),
  /** A contested claim given to a named speaker "later" or "recently", with no venue or date. */
  undatedRemarks: flag(true),
  /** Check press releases too (the issuing company is the source of every sentence of its release). */
  pressReleases: flag(false),
  /** Sentences before a claim whose attribution carries over to it (0 or 1). */
  lookBehind: Schema.optionalWith(Schema.Number.pipe(Schema.int(), Schema.between(0, 1)), { default: () => 1 }),
});
export type UnattributedClaimOptions = typeof UnattributedClaimOptions.Type;

export const HeadlineSupportOptions = Schema.Struct({
  /** A figure in the headline ("$240 million") must appear in the body. */
  figures: flag(true),
  /** Names after the headline's verb ("... excludes Putin") must appear in the body, as well as its subject. */
  objects: flag(true),
});
export type HeadlineSupportOptions = typeof HeadlineSupportOptions.Type;
