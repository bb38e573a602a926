import { REPORTING_VERBS } from "../attribution/verbs.js";
import {
  GROUP_VERBS, IMPERSONAL_THAT_VERBS, IMPERSONAL_VERBS, NEEDS_QUANTIFIER, PASSIVE_TO_VERBS, QUANTIFIER_GROUPS, REPORT_NOUNS,
  REPORT_QUALIFIERS, VAGUE_GROUPS, WIDELY_ADVERBS, WIDELY_VERBS,
} from "../lexicon/vague.js";
import { AUXILIARIES } from "../lexicon/words.js";
import type { StorySentence } from "../text/story.js";
import { isWord, type Token } from "../text/tokens.js";

/**
 * groups: "critics say", "experts believe", "some observers note";
 * impersonal: "it is widely reported", "is said to", "is widely seen as";
 * reports: "according to reports", "media reports say", "reportedly";
 * sources: a bare "a source said", "sources say", "according to sources";
 * anonymous: qualified anonymous sources, "people familiar with the matter" (off by default).
 */
export type VagueCategory = "groups" | "impersonal" | "reports" | "sources" | "anonymous";

export interface VagueMatch {
  readonly category: VagueCategory;
  readonly start: number;
  readonly end: number;
  /** The vague phrase as written. */
  readonly text: string;
  /** What is missing, for the message: "which critics", "who reported it". */
  readonly missing: string;
  /** For groups: the group noun ("critics"), so a named source in the next sentence can resolve it. */
  readonly group?: string;
}

export interface VagueOptions {
  readonly categories: ReadonlySet<VagueCategory>;
  /** More group nouns ("officials", "residents") a desk wants named. */
  readonly extraGroups: ReadonlySet<string>;
}

const QUANTIFIERS = new Set(["some", "many", "most", "several", "other", "few", "numerous", "certain", "various", "a", "number", "of", "lot", "growing", "handful"]);
const BE = new Set(["is", "was", "are", "were", "'s", "has", "have", "had", "been", "being", "be"]);
const RESOLVING = new Set(["including", "like", "such", "at", "from", "led", "among"]);
const QUALIFYING = ["close to", "familiar with", "with knowledge of", "with direct knowledge of", "briefed on", "in the", "at the", "within the", "inside the", "who", "involved in", "aware of"];
/** Words after which a group opens a clause: "Critics say", "and experts believe". */
const CLAUSE_JOINERS = new Set(["and", "but", "while", "as", "though", "although", "that", "because", "yet", "whereas"]);
const ANONYMOUS_HEADS = new Set(["people", "person", "sources", "source", "officials", "official", "diplomats", "diplomat", "insiders", "insider"]);

/** Phrases split into words once: the matcher asks for the same few phrases at every token. */
const phraseWords = new Map<string, ReadonlyArray<string>>();
function wordsOf(phrase: string): ReadonlyArray<string> {
  let words = phraseWords.get(phrase);
  if (words === undefined) {
    words = phrase.split(" ");
    phraseWords.set(phrase, words);
  }
  return words;
}

const lowerWord = (token: Token | undefined): boolean => isWord(token) && !token.capitalised;

class Matcher {
  readonly matches: VagueMatch[] = [];
  constructor(
    private readonly sentence: StorySentence,
    private readonly options: VagueOptions,
  ) {}

  get tokens(): ReadonlyArray<Token> {
    return this.sentence.tokens;
  }

  private quoted(token: Token): boolean {
    return this.sentence.quotes.inside(token.start, token.end);
  }

  private push(category: VagueCategory, first: number, last: number, missing: string, group?: string): void {
    if (!this.options.categories.has(category)) return;
    const a = this.tokens[first] as Token;
    const b = this.tokens[last] as Token;
    if (this.matches.some((m) => m.start < b.end && a.start < m.end)) return;
    this.matches.push({
      category,
      start: a.start,
      end: b.end,
      text: this.sentence.blockText.slice(a.start, b.end),
      missing,
      ...(group !== undefined ? { group } : {}),
    });
  }

  /** Skips auxiliaries and adverbs after `i`: "have long", "also". Returns the next index. */
  private skipAuxiliaries(i: number): number {
    let k = i;
    while (k < this.tokens.length && k - i < 4 && isWord(this.tokens[k]) && (AUXILIARIES.has((this.tokens[k] as Token).key) || (this.tokens[k] as Token).key.endsWith("ly"))) k++;
    return k;
  }

  /** "of the plan", ", who live nearby,": words after a group noun before its verb. Returns the next index, or -1 when a name resolves the group. */
  private skipPostmodifier(i: number): number {
    const tokens = this.tokens;
    let k = i;
    if (tokens[k]?.key === "of" || tokens[k]?.key === "in" || tokens[k]?.key === "on") {
      k++;
      while (k < tokens.length && k - i <= 5 && isWord(tokens[k]) && !GROUP_VERBS.has((tokens[k] as Token).key) && !REPORTING_VERBS.has((tokens[k] as Token).key)) k++;
    }
    if (tokens[k]?.text === ",") {
      let j = k + 1;
      while (j < tokens.length && j - k <= 14 && tokens[j]?.text !== ",") {
        const token = tokens[j] as Token;
        if (token.capitalised && RESOLVING.has(tokens[j - 1]?.key ?? "")) return -1;
        if (RESOLVING.has(token.key) && tokens[j + 1]?.capitalised === true) return -1;
        j++;
      }
      if (tokens[j]?.text === ",") k = j + 1;
    }
    return k;
  }

  private isVerb(token: Token | undefined): boolean {
    return isWord(token) && (GROUP_VERBS.has(token.key) || REPORTING_VERBS.has(token.key));
  }

  /** "Critics say", "some industry experts believe", "Critics of the plan have long argued", "Some say". */
  group(i: number): boolean {
    const tokens = this.tokens;
    let k = i;
    while (k < tokens.length && k - i < 3 && QUANTIFIERS.has((tokens[k] as Token).key)) k++;
    // A quantifier alone heads the group: "Some say", "Many believe".
    if (k > i && QUANTIFIER_GROUPS.has((tokens[k - 1] as Token).key)) {
      const verbAt = this.skipAuxiliaries(k);
      if (this.isVerb(tokens[verbAt])) {
        this.push("groups", i, verbAt, "who", (tokens[k - 1] as Token).key);
        return true;
      }
    }
    // Up to two modifiers before the noun: "industry experts", "legal and policy analysts".
    let head = k;
    // The opening word is capitalised anyway: "Industry analysts expect", "Kremlin critics say".
    const modifier = (at: number) => lowerWord(tokens[at]) || (at === i && isWord(tokens[at]));
    while (head < tokens.length && head - k < 3 && modifier(head) && !this.isGroupNoun(tokens[head] as Token, true) && !this.isVerb(tokens[head])) head++;
    const noun = tokens[head];
    if (noun === undefined || !this.isGroupNoun(noun, k > i || head > k) || this.quoted(noun)) return false;
    const postmodified = this.skipPostmodifier(head + 1);
    if (postmodified < 0) return false;
    const verbAt = this.skipAuxiliaries(postmodified);
    const verb = tokens[verbAt];
    if (!this.isVerb(verb)) return false;
    if ((verb as Token).key.startsWith("point") && tokens[verbAt + 1]?.key !== "out") return false;
    if (noun.key === "sources" || noun.key === "source") return this.source(i, head, verbAt);
    const name = noun.key;
    const missing = QUANTIFIER_GROUPS.has(name) || name === "people" ? "who" : `which ${name}`;
    this.push("groups", i, verbAt, missing, name);
    return true;
  }

  private isGroupNoun(token: Token, quantified: boolean): boolean {
    const key = token.key;
    if (this.options.extraGroups.has(key)) return true;
    if (!VAGUE_GROUPS.has(key)) return false;
    return NEEDS_QUANTIFIER.has(key) ? quantified : true;
  }

  /** A source: bare ("a source said", "sources say") or qualified ("sources close to the Kremlin said", anonymous). */
  private source(first: number, head: number, verbAt: number): boolean {
    const tokens = this.tokens;
    const modifiers = tokens.slice(first, head).filter((t) => !QUANTIFIERS.has(t.key) && t.key !== "one");
    // "The source told Reuters": a source the story has already introduced.
    if (modifiers.some((t) => ["the", "this", "that", "our", "same"].includes(t.key))) return true;
    const qualified = modifiers.some((t) => t.capitalised) || verbAt > head + 1;
    if (qualified) this.push("anonymous", first, verbAt, "who the source is and why they are not named");
    else this.push("sources", first, verbAt, "who the source is");
    return true;
  }

  /** "it is widely reported", "it is believed that". */
  impersonal(i: number): boolean {
    const tokens = this.tokens;
    if (tokens[i]?.key !== "it") return false;
    let k = i + 1;
    if (!BE.has(tokens[k]?.key ?? "")) return false;
    while (BE.has(tokens[k]?.key ?? "") && k - i < 4) k++;
    if (WIDELY_ADVERBS.has(tokens[k]?.key ?? "") || tokens[k]?.key === "now" || tokens[k]?.key === "also") k++;
    const verb = tokens[k];
    if (!isWord(verb)) return false;
    const thatFollows = tokens[k + 1]?.key === "that";
    if (tokens[k + 1]?.key === "by") return false;
    if (IMPERSONAL_VERBS.has(verb.key) || (IMPERSONAL_THAT_VERBS.has(verb.key) && thatFollows)) {
      this.push("impersonal", i, k, `who ${verb.key === "reported" ? "reported" : verb.key === "said" ? "said" : "holds"} it`);
      return true;
    }
    return false;
  }

  /** "is said to", "is believed to have", "is widely seen as". */
  passive(i: number): boolean {
    const tokens = this.tokens;
    if (!BE.has(tokens[i]?.key ?? "") || tokens[i - 1]?.key === "it") return false;
    let k = i + 1;
    while (BE.has(tokens[k]?.key ?? "") && k - i < 3) k++;
    const widely = WIDELY_ADVERBS.has(tokens[k]?.key ?? "");
    if (widely) k++;
    const verb = tokens[k];
    if (!isWord(verb)) return false;
    if (tokens[k + 1]?.key === "by") return false;
    if (PASSIVE_TO_VERBS.has(verb.key) && tokens[k + 1]?.key === "to") {
      this.push("impersonal", i, k + 1, "who says so");
      return true;
    }
    if (widely && WIDELY_VERBS.has(verb.key)) {
      const last = tokens[k + 1]?.key === "as" || tokens[k + 1]?.key === "to" ? k + 1 : k;
      this.push("impersonal", i, last, `by whom`);
      return true;
    }
    return false;
  }

  /** "according to reports", "according to sources", "according to experts". */
  accordingTo(i: number): boolean {
    const tokens = this.tokens;
    if (tokens[i]?.key !== "according" || tokens[i + 1]?.key !== "to") return false;
    let k = i + 2;
    while (k < tokens.length && k - i < 6 && (QUANTIFIERS.has((tokens[k] as Token).key) || REPORT_QUALIFIERS.has((tokens[k] as Token).key) || (lowerWord(tokens[k]) && !REPORT_NOUNS.has((tokens[k] as Token).key) && !VAGUE_GROUPS.has((tokens[k] as Token).key) && k - i < 4))) k++;
    const noun = tokens[k];
    if (!isWord(noun) || this.quoted(noun)) return false;
    // "according to reports in the Financial Times", "according to sources at Gazprom": named after all.
    const after = tokens[k + 1];
    const named = after !== undefined && ["in", "by", "from", "at", "on", "of"].includes(after.key) && tokens.slice(k + 2, k + 5).some((t) => t.capitalised);
    if (named) return false;
    if (REPORT_NOUNS.has(noun.key)) {
      this.push("reports", i, k, "whose reports");
      return true;
    }
    if (noun.key === "source" || noun.key === "sources") {
      const qualified = QUALIFYING.some((q) => this.phraseAt(k + 1, q)) || tokens.slice(i + 2, k).some((t) => t.capitalised);
      if (qualified) this.push("anonymous", i, k, "who the source is and why they are not named");
      else this.push("sources", i, k, "who the source is");
      return true;
    }
    if (VAGUE_GROUPS.has(noun.key) && !QUANTIFIER_GROUPS.has(noun.key)) {
      this.push("groups", i, k, `which ${noun.key}`, noun.key);
      return true;
    }
    return false;
  }

  private phraseAt(i: number, phrase: string): boolean {
    const words = wordsOf(phrase);
    for (let n = 0; n < words.length; n++) if (this.tokens[i + n]?.key !== words[n]) return false;
    return true;
  }

  /** "media reports say", "reports suggest", "there are reports that", "reportedly". */
  reports(i: number): boolean {
    const tokens = this.tokens;
    const token = tokens[i] as Token;
    if (token.key === "reportedly" && !this.quoted(token)) {
      this.push("reports", i, i, "who reported it");
      return true;
    }
    if (token.key === "there" && BE.has(tokens[i + 1]?.key ?? "") && tokens[i + 2]?.key === "reports" && tokens[i + 3]?.key === "that") {
      this.push("reports", i, i + 3, "whose reports");
      return true;
    }
    let k = i;
    while (k < tokens.length && k - i < 3 && REPORT_QUALIFIERS.has((tokens[k] as Token).key)) k++;
    const noun = tokens[k];
    if (noun?.key !== "reports" && noun?.key !== "rumours" && noun?.key !== "rumors") return false;
    // "reports" must be the subject: at the clause start or after qualifiers, never after a noun ("the company reports").
    const before = tokens[i - 1];
    if (before !== undefined && before.kind === "word" && !["and", "but", "as", "while", "although", "though", "that", "because"].includes(before.key)) return false;
    const verb = tokens[k + 1];
    if (!isWord(verb) || !/^(?:say|said|says|suggest|suggests|suggested|indicate|indicates|indicated|claim|claims|claimed|show|showed|shows|have|had|are|were)$/.test(verb.key)) return false;
    if (verb.key === "have" || verb.key === "had" || verb.key === "are" || verb.key === "were") {
      const next = tokens[k + 2];
      if (!isWord(next) || !/^(?:said|suggested|indicated|claimed|emerged|circulated)$/.test(next.key)) return false;
      this.push("reports", i, k + 2, "whose reports");
      return true;
    }
    this.push("reports", i, k + 1, "whose reports");
    return true;
  }

  /** "people familiar with the matter", "a person with knowledge of", "on condition of anonymity". */
  anonymous(i: number): boolean {
    const tokens = this.tokens;
    const token = tokens[i] as Token;
    if (token.key !== "on" && !ANONYMOUS_HEADS.has(token.key)) return false;
    if (this.phraseAt(i, "on condition of anonymity") || this.phraseAt(i, "on the condition of anonymity")) {
      const last = i + (tokens[i + 1]?.key === "the" ? 4 : 3);
      this.push("anonymous", i, last, "why the source is not named and how they know");
      return true;
    }
    if (!ANONYMOUS_HEADS.has(token.key)) return false;
    for (const qualifier of ["familiar with", "with knowledge of", "with direct knowledge of", "briefed on", "close to"]) {
      if (!this.phraseAt(i + 1, qualifier)) continue;
      let last = i + qualifier.split(" ").length;
      // "... the matter", "... the talks": the object of the qualifier.
      while (last + 1 < tokens.length && last - i < 8 && isWord(tokens[last + 1]) && !GROUP_VERBS.has((tokens[last + 1] as Token).key) && !REPORTING_VERBS.has((tokens[last + 1] as Token).key)) last++;
      let first = i;
      if (tokens[i - 1] !== undefined && ["a", "one", "two", "three", "several", "some"].includes((tokens[i - 1] as Token).key)) first = i - 1;
      this.push("anonymous", first, last, "why the source is not named and how they know");
      return true;
    }
    return false;
  }
}

/** Every word a phrase matcher (all but `group`) can start at: any other word is passed to `group` at once. */
const MATCH_OPENERS: ReadonlySet<string> = new Set([
  "according", // accordingTo
  "it", // impersonal
  ...BE, // passive
  "reportedly", "there", "reports", "rumours", "rumors", ...REPORT_QUALIFIERS, // reports
  "on", ...ANONYMOUS_HEADS, // anonymous
]);

/** Vague attributions in one sentence, outside its quotations. */
export function findVague(sentence: StorySentence, options: VagueOptions): VagueMatch[] {
  const matcher = new Matcher(sentence, options);
  const tokens = sentence.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    if (token.kind !== "word") continue;
    const opener = MATCH_OPENERS.has(token.key);
    // A group opens a clause: sentence start, after punctuation or a conjunction.
    const before = tokens[i - 1];
    const opens = before === undefined || before.kind === "punct" || CLAUSE_JOINERS.has(before.key);
    if ((!opener && !opens) || sentence.quotes.inside(token.start, token.end)) continue;
    if (opener && (matcher.accordingTo(i) || matcher.impersonal(i) || matcher.passive(i) || matcher.reports(i) || matcher.anonymous(i))) continue;
    if (opens) matcher.group(i);
  }
  return matcher.matches.sort((a, b) => a.start - b.start);
}
