import { DETERMINERS } from "../lexicon/words.js";
import { type Token, tokenize } from "../text/tokens.js";

/**
 * A headline read as "who does what": "Kremlin excludes Putin attending Ukraine peace discussions"
 * is subject "Kremlin", verb "excludes", named objects "Putin", "Ukraine". Headlines drop articles
 * and use the present tense, so the verb is the first word that reads as one: a known headline verb,
 * or (in a sentence-case headline) a lower-case word in -s after the subject.
 */
export interface HeadlineParse {
  readonly tokens: ReadonlyArray<Token>;
  /** Words of the subject (before the verb), determiners left out. */
  readonly subject: ReadonlyArray<Token>;
  readonly verb?: Token;
  /** The headline puts words in the subject's mouth: "Kremlin says ...", "Kremlin: Putin will not attend". */
  readonly speech: boolean;
  /** Runs of names after the verb: ["Putin"], ["Ukraine"]. */
  readonly objects: ReadonlyArray<ReadonlyArray<Token>>;
  /** Figures: "$240 million", "5%". */
  readonly figures: ReadonlyArray<Token>;
  readonly titleCase: boolean;
}

const LEMMAS = `
  accept accuse add admit agree aim announce appoint approve arrest attack attend back ban bar beat begin block blame boost
  call cancel capture charge choose claim clear close confirm consider cut decline defend delay deny drop ease elect end
  exclude expand face fail fall fine fire free freeze halt hire hit hold host join keep kill launch lead leave lift lose
  make meet miss name oppose order pass plan pledge probe propose push quit raise reach reject release reopen resume
  return reveal rise rule sack say schedule seek seize sell send set shut sign slam slash snub spark split stall strike
  sue suspend take target tell threaten top trim unveil urge veto visit vote vow walk want warn weigh win withdraw
  eye mull weigh rebuff rebuke scrap shelve dismiss doubt fear hail praise criticise criticize condemn denounce
  welcome signal hint insist refuse resign step sink soar surge plunge jump slip climb tumble rally slump
  kill wound injure evacuate flee storm shell bomb down intercept repel retake recapture liberate encircle
`;

function thirdPerson(lemma: string): string {
  if (/(?:s|sh|ch|x|z|o)$/.test(lemma)) return `${lemma}es`;
  if (/[^aeiou]y$/.test(lemma)) return `${lemma.slice(0, -1)}ies`;
  return `${lemma}s`;
}

const BASES = new Set(LEMMAS.trim().split(/\s+/));
const THIRD = new Set([...BASES].map(thirdPerson));

/** Headline verbs that put words in the subject's mouth. */
const SPEECH = new Set([
  "says", "say", "said", "warns", "warn", "claims", "claim", "tells", "tell", "denies", "deny", "insists", "insist",
  "admits", "admit", "confirms", "confirm", "accuses", "accuse", "urges", "urge", "vows", "vow", "pledges", "pledge",
  "threatens", "threaten", "hints", "hint", "signals", "signal",
]);

/** Words in -s that are not verbs in a headline. */
const NOT_VERBS = new Set([
  "news", "talks", "us", "its", "his", "this", "was", "has", "is", "as", "plus", "across", "status", "bus", "gas", "series",
  "species", "means", "always", "perhaps", "whereas", "thus", "less", "unless", "crisis", "analysis", "basis", "various",
  "years", "times", "ties", "sales", "forces", "troops", "lawmakers", "officials", "prices", "rates", "shares", "markets",
  "stocks", "funds", "costs", "jobs", "workers", "residents", "fears", "hopes", "plans", "cuts", "hits", "ends", "calls",
]);

/** Labels before a colon that are not a speaker: "Analysis: ...", "LIVE: ...". */
const LABELS = new Set([
  "analysis", "explainer", "live", "opinion", "exclusive", "update", "updated", "breaking", "watch", "factbox", "timeline",
  "editorial", "comment", "review", "interview", "podcast", "video", "photos", "pictures", "focus", "insight", "feature",
  "correction", "corrected", "wrapup", "instant", "view", "column", "letters", "obituary", "q&a", "faq", "fact", "check",
]);

const isTitleCase = (tokens: ReadonlyArray<Token>): boolean => {
  const long = tokens.filter((t, i) => i > 0 && t.kind === "word" && t.text.length >= 4);
  return long.length >= 2 && long.filter((t) => t.capitalised).length / long.length >= 0.7;
};

function nameRuns(tokens: ReadonlyArray<Token>, from: number, titleCase: boolean): Token[][] {
  const runs: Token[][] = [];
  let run: Token[] = [];
  for (let i = from; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    const name = token.kind === "word" && token.capitalised && (!titleCase || /^[\p{Lu}.]{2,}$/u.test(token.text));
    if (name) run.push(token);
    else if (run.length > 0) {
      runs.push(run);
      run = [];
    }
  }
  if (run.length > 0) runs.push(run);
  return runs;
}

/** Words that open a second clause: the main verb comes before them ("X slipped as ports reopened"). */
const CLAUSE_WORDS = new Set(["as", "after", "while", "despite", "amid", "because", "before", "when", "though", "although", "but", "since", "until"]);
const NOT_PAST = new Set(["need", "speed", "seed", "feed", "bed", "red", "shed", "deed", "breed", "weed", "creed", "hundred", "greed", "bleed"]);

const isPast = (key: string): boolean => key.length > 4 && key.endsWith("ed") && !NOT_PAST.has(key);

/** The main verb: a known headline verb, a past form in -ed, else (sentence case) a word in -s after the subject. */
function findVerb(tokens: ReadonlyArray<Token>, from: number, titleCase: boolean): number {
  let fallback = -1;
  for (let i = from + 1; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    const prev = tokens[i - 1] as Token;
    if (CLAUSE_WORDS.has(token.key)) break;
    if (token.kind !== "word" || (prev.kind !== "word" && prev.kind !== "number")) continue;
    if (token.capitalised && !titleCase) continue;
    const key = token.key;
    if (key === "to" && BASES.has(tokens[i + 1]?.key ?? "")) return i + 1;
    if (NOT_VERBS.has(key)) continue;
    if (THIRD.has(key) || isPast(key)) return i;
    // "Electricity imports rise": a base form after a plural subject.
    if (BASES.has(key) && prev.key.endsWith("s") && !prev.key.endsWith("ss")) return i;
    if (fallback < 0 && !titleCase && /[a-z]s$/.test(key) && !/(?:ss|us|is)$/.test(key) && key.length > 3) fallback = i;
  }
  return fallback;
}

export function parseHeadline(text: string): HeadlineParse {
  const tokens = tokenize(text);
  const titleCase = isTitleCase(tokens);
  let from = 0;
  let speech = false;
  // "Kremlin: Putin will not attend" (a speaker) or "Analysis: ..." (a label).
  const colon = tokens.findIndex((t, i) => t.text === ":" && i <= 5);
  if (colon > 0) {
    const label = tokens.slice(0, colon).map((t) => t.key).join(" ");
    if (LABELS.has(label) || label.split(" ").every((word) => LABELS.has(word))) from = colon + 1;
    else {
      const subject = tokens.slice(0, colon).filter((t) => t.kind === "word" && !DETERMINERS.has(t.key));
      return { tokens, subject, speech: true, objects: nameRuns(tokens, colon + 1, titleCase), figures: tokens.filter((t) => t.kind === "number"), titleCase };
    }
  }
  const verbAt = findVerb(tokens, from, titleCase);
  const subjectEnd = verbAt > 0 ? (tokens[verbAt - 1]?.key === "to" ? verbAt - 1 : verbAt) : from;
  const subject = tokens.slice(from, subjectEnd).filter((t) => (t.kind === "word" || t.kind === "number") && !DETERMINERS.has(t.key));
  const verb = verbAt > 0 ? tokens[verbAt] : undefined;
  if (verb !== undefined) speech = SPEECH.has(verb.key);
  return {
    tokens,
    subject: verbAt > 0 ? subject : [],
    ...(verb !== undefined ? { verb } : {}),
    speech,
    objects: nameRuns(tokens, verbAt > 0 ? verbAt + 1 : from, titleCase),
    figures: tokens.filter((t) => t.kind === "number"),
    titleCase,
  };
}
