/** One place or person the names rules know, as stored in data/*.json and accepted in rule options. */
export interface GazetteerEntry {
  readonly id: string;
  readonly kind: "place" | "person";
  /** The local or official spelling (a person's full name). */
  readonly canonical: string;
  /** Other spellings that mean this entry. For a person: surname forms. */
  readonly variants: ReadonlyArray<string>;
  /** Each preset's spelling, or null when the style has no settled choice (neutral). */
  readonly preferred: Readonly<Record<string, string | null | undefined>>;
  /** Fixed expressions containing a form that are not uses of the name ("chicken Kiev"). */
  readonly exceptions?: ReadonlyArray<string>;
  /** A spelling to mention at info level when the preset is neutral (Ukrainian-based transliteration). */
  readonly suggest?: string;
  readonly note?: string;
  /** The country the place is in: "Kiev, Ukraine" is still Kyiv, "Odessa, Texas" is not Odesa. */
  readonly country?: string;
  /** False when the preferred form cannot replace the variant mechanically ("the Czech Republic"). */
  readonly fixable?: boolean;
  /** A form followed by a capitalised word is part of a longer name (Türkiye Wealth Fund). */
  readonly partOfNameBeforeCapital?: boolean;
  /** Person only: who they are, for messages ("the president of Ukraine"). */
  readonly description?: string;
  readonly givenName?: string;
  /** Person only: wrong or Russian-based first names seen before the surname. */
  readonly givenNameVariants?: ReadonlyArray<string>;
  /** Person only: whether the surname alone is enough to mean this person. */
  readonly surnameAlone?: boolean;
  readonly source: string;
}

/** Every form of an entry: canonical (surname for a person), variants and preferred spellings. */
export function entryForms(entry: GazetteerEntry): string[] {
  const canonical = entry.kind === "person" ? surnameOf(entry.canonical) : entry.canonical;
  const preferred = Object.values(entry.preferred).filter((form): form is string => typeof form === "string");
  return [...new Set([canonical, ...entry.variants, ...preferred])].filter((form) => form.trim() !== "");
}

/** The last word of a full name. */
export function surnameOf(fullName: string): string {
  const parts = fullName.trim().split(/\s+/);
  return parts[parts.length - 1] ?? fullName;
}

/** A person's given names: their own first name and the wrong ones. */
export function givenForms(entry: GazetteerEntry): { own: string | undefined; variants: ReadonlyArray<string> } {
  const own = entry.givenName ?? (entry.kind === "person" ? entry.canonical.trim().split(/\s+/)[0] : undefined);
  return { own, variants: (entry.givenNameVariants ?? []).filter((name) => name !== own) };
}
