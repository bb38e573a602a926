import type { Speaker } from "@copydesk/core";
import { speakerLexicon, type Gender } from "../data/load.js";
import type { Phrase } from "./phrase.js";

interface PersonEntry {
  readonly name: string;
  readonly surname: string;
  gender: Gender | undefined;
  role: string | undefined;
}

interface OrganisationEntry {
  readonly name: string;
  /** Lower-case words of the name, for "the board" -> "Port Elwyn Harbor Board". */
  readonly words: ReadonlySet<string>;
}

// Organisations that are not businesses: "the company" never resolves to them.
const NOT_A_BUSINESS = new Set([
  "board", "ministry", "department", "council", "agency", "government", "commission", "committee", "authority", "office",
  "parliament", "court", "police", "army", "navy", "senate", "congress", "assembly", "administration", "kremlin", "pentagon",
  "embassy", "cabinet", "directorate", "tribunal", "university", "school", "hospital", "association", "union", "party", "league",
  "federation", "foundation", "institute", "news", "times", "post", "journal", "press", "church", "club", "team", "society",
]);

// Pronouns look back over the last few people named; farther back is no antecedent a reader would find.
const RECENT = 24;

const lastWord = (name: string): string => {
  const parts = name.split(" ");
  return (parts[parts.length - 1] as string).toLowerCase();
};

/**
 * The people and organisations an article has named so far, read in text order, so that a later
 * "Raman said", "she said", "Ms. Castell" or "the company said" resolves to the last fitting one.
 */
export class SpeakerRegistry {
  private readonly bySurname = new Map<string, PersonEntry>();
  private readonly byTitle = new Map<string, PersonEntry>();
  private readonly byFirstWord = new Map<string, OrganisationEntry>();
  private recentPeople: PersonEntry[] = [];
  private recentOrganisations: OrganisationEntry[] = [];

  /** A person named in the text (outside quotations, `antecedent` true: a later pronoun may refer to them). */
  notePerson(name: string, details: { gender?: Gender | undefined; role?: string | undefined; titles?: ReadonlyArray<string> }, antecedent: boolean): PersonEntry {
    const surname = lastWord(name);
    let entry = this.bySurname.get(surname);
    if (entry !== undefined && (entry.name === name || !name.includes(" "))) {
      // A surname alone ("Raman") is the person named in full before.
      entry.gender ??= details.gender;
      entry.role ??= details.role;
    } else {
      entry = { name, surname, gender: details.gender, role: details.role };
      this.bySurname.set(surname, entry);
    }
    for (const title of details.titles ?? []) this.byTitle.set(title, entry);
    if (antecedent) this.touch(entry);
    return entry;
  }

  noteOrganisation(name: string): OrganisationEntry {
    const words = new Set(name.toLowerCase().split(/[\s’']+/).filter(Boolean));
    const entry = { name, words };
    const first = name.split(" ")[0]?.toLowerCase();
    if (first !== undefined) this.byFirstWord.set(first, entry);
    this.recentOrganisations = [...this.recentOrganisations.filter((o) => o.name !== name), entry].slice(-RECENT);
    return entry;
  }

  private touch(entry: PersonEntry): void {
    this.recentPeople = [...this.recentPeople.filter((p) => p !== entry), entry].slice(-RECENT);
  }

  /** The last person named whose gender does not contradict the pronoun's. */
  private personFor(gender: Gender | undefined): PersonEntry | undefined {
    for (let i = this.recentPeople.length - 1; i >= 0; i--) {
      const person = this.recentPeople[i] as PersonEntry;
      if (gender === undefined || person.gender === undefined || person.gender === gender) return person;
    }
    return undefined;
  }

  /** `bare`: the description is just "the" and the noun ("the company"), which may stand for any business named before. */
  private organisationFor(noun: string | undefined, bare = true): OrganisationEntry | undefined {
    const list = this.recentOrganisations;
    for (let i = list.length - 1; i >= 0; i--) {
      const organisation = list[i] as OrganisationEntry;
      if (noun === undefined || organisation.words.has(noun)) return organisation;
    }
    // "The national energy company" says which company it is: it is not the last business named.
    if (bare && noun !== undefined && speakerLexicon().companyNouns.has(noun)) {
      for (let i = list.length - 1; i >= 0; i--) {
        const organisation = list[i] as OrganisationEntry;
        if (![...organisation.words].some((word) => NOT_A_BUSINESS.has(word))) return organisation;
      }
    }
    return undefined;
  }

  /** The speaker a phrase names, resolved against what came before; registers it for what comes after. */
  resolve(phrase: Phrase, span: { block: number; start: number; end: number }): Speaker {
    const role = phrase.role !== undefined ? { role: phrase.role.replace(/^(the|a|an) /i, "") } : {};
    switch (phrase.kind) {
      case "pronoun": {
        if (phrase.pronoun === "it" || phrase.pronoun === "they") {
          const organisation = this.organisationFor(undefined);
          if (organisation !== undefined) return { name: organisation.name, kind: "organisation", span, resolvedBy: "pronoun" };
          return { name: phrase.name, kind: phrase.pronoun === "it" ? "organisation" : "anonymous", span, resolvedBy: "unresolved pronoun" };
        }
        const gender = phrase.pronoun === "she" ? "female" : "male";
        const person = this.personFor(gender);
        if (person === undefined) return { name: phrase.name, kind: "person", span, resolvedBy: "unresolved pronoun" };
        person.gender ??= gender;
        this.touch(person);
        return { name: person.name, kind: "person", span, resolvedBy: "pronoun", ...(person.role ? { role: person.role } : {}) };
      }
      case "organisation": {
        const known = phrase.name.includes(" ") ? undefined : this.byFirstWord.get(phrase.name.toLowerCase());
        const name = known?.name ?? phrase.name;
        this.noteOrganisation(name);
        return { name, kind: "organisation", span, ...role, ...(known && known.name !== phrase.name ? { resolvedBy: "short name" } : {}) };
      }
      case "description": {
        const organisation = this.organisationFor(phrase.noun, phrase.name.split(" ").length <= 2);
        if (organisation === undefined) return { name: phrase.name, kind: "organisation", span };
        this.noteOrganisation(organisation.name);
        return { name: organisation.name, kind: "organisation", span, resolvedBy: "description", role: phrase.name.replace(/^(the|a|an) /i, "") };
      }
      case "anonymous":
        return { name: phrase.name, kind: "anonymous", span, ...role };
      case "person":
        return this.resolvePerson(phrase, span);
    }
  }

  private resolvePerson(phrase: Phrase, span: { block: number; start: number; end: number }): Speaker {
    const role = phrase.role !== undefined ? phrase.role.replace(/^(the|a|an) /i, "") : undefined;
    if (phrase.names.length > 1) {
      for (const name of phrase.names) this.notePerson(name, {}, true);
      return { name: phrase.names.join(" and "), kind: "person", span, ...(role ? { role } : {}) };
    }
    const written = phrase.names[0] ?? phrase.name;
    if (!written.includes(" ") && speakerLexicon().titles.has(written.toLowerCase())) {
      // "the President said": the last person given that title, else an unnamed official.
      const titled = this.byTitle.get(written.toLowerCase());
      if (titled === undefined) return { name: phrase.name, kind: "anonymous", span };
      this.touch(titled);
      return { name: titled.name, kind: "person", span, resolvedBy: "title", role: written };
    }
    if (!written.includes(" ")) {
      const known = this.bySurname.get(written.toLowerCase());
      if (known !== undefined) {
        this.notePerson(known.name, { gender: phrase.gender, role, titles: phrase.titles }, true);
        const shownRole = role ?? known.role;
        return { name: known.name, kind: "person", span, resolvedBy: phrase.titles.length > 0 ? "title" : "surname", ...(shownRole ? { role: shownRole } : {}) };
      }
      const organisation = phrase.titles.length === 0 ? this.byFirstWord.get(written.toLowerCase()) : undefined;
      if (organisation !== undefined) {
        this.noteOrganisation(organisation.name);
        return { name: organisation.name, kind: "organisation", span, resolvedBy: "short name" };
      }
    }
    const entry = this.notePerson(written, { gender: phrase.gender, role, titles: phrase.titles }, true);
    const shownRole = role ?? entry.role;
    return { name: written, kind: "person", span, ...(shownRole ? { role: shownRole } : {}) };
  }
}
