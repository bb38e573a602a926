import { REPORTING_VERB_FORMS } from "@copydesk/core";

/**
 * Closed-class words the extractor reads a sentence by. They end a speaker's noun phrase
 * ("... Lind said after the vote": "after" ends it) and are never part of a name.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  "and", "or", "but", "nor", "so", "yet", "that", "which", "who", "whom", "whose", "what", "when", "where", "while", "whilst",
  "as", "because", "since", "if", "unless", "than", "then", "though", "although", "in", "on", "at", "after", "before", "during",
  "to", "from", "with", "without", "for", "by", "about", "into", "onto", "over", "under", "between", "through", "across",
  "against", "among", "amid", "upon", "via", "per", "including", "like", "such", "also", "later", "earlier", "again",
  "initially", "previously", "recently", "once", "still", "already", "now", "today", "yesterday", "tomorrow", "has", "have",
  "had", "is", "was", "were", "be", "been", "being", "are", "am", "will", "would", "could", "should", "may", "might", "must",
  "can", "did", "does", "do", "not", "never", "this", "these", "those", "there", "here", "however", "meanwhile", "moreover",
  "instead", "indeed", "first", "finally", "last", "next", "too", "even", "only", "just", "both", "either", "neither", "all",
  "some", "many", "most", "several", "other", "others", "any", "each", "every", "no", "more", "less", "very", "said", "says",
  "it's", "its", "his", "her", "their", "our", "my", "your", "him", "them", "us", "me", "of", "off", "out", "up", "down",
  "yes", "asked", "whether", "how", "why", "statement", "interview", "news", "conference", "briefing",
]);

/** Determiners that may open a speaker's noun phrase. */
export const DETERMINERS: ReadonlySet<string> = new Set(["the", "a", "an", "one", "another"]);

export const PRONOUNS: ReadonlyMap<string, "he" | "she" | "it" | "they"> = new Map([
  ["he", "he"],
  ["she", "she"],
  ["it", "it"],
  ["they", "they"],
]);

/** Adverbs and auxiliaries that stand between a speaker and the verb ("Trump later commented"). */
export const BETWEEN_SUBJECT_AND_VERB: ReadonlySet<string> = new Set([
  "also", "later", "then", "again", "initially", "previously", "recently", "once", "first", "finally", "now", "has", "had",
  "have", "would", "will", "had", "once", "earlier", "subsequently", "repeatedly", "publicly", "privately", "reportedly",
  "separately", "further", "still", "since", "has", "was", "is", "quickly", "immediately", "openly", "bluntly", "flatly",
]);

/** Participles and -ing words that describe a person's office ("acting director", "retired general"). */
export const ROLE_ADJECTIVES: ReadonlySet<string> = new Set([
  "acting", "managing", "leading", "ruling", "governing", "retired", "elected", "outgoing", "incoming", "serving", "presiding",
  "founding", "visiting", "consulting", "supervising", "attending", "reporting", "striking", "dissenting", "opposing",
]);

/**
 * Verbs that attribute a quotation in an attribution clause next to quote marks
 * ("…,” she joked), beyond core's shared REPORTING_VERB_FORMS.
 */
const EXTRA_CUES = [
  "continued", "continues", "concluded", "concludes", "quipped", "joked", "jokes", "shouted", "whispered", "agreed", "agrees",
  "exclaimed", "complained", "complains", "boasted", "lamented", "answered", "answers", "wondered", "recounted", "added",
  "called", "calls", "branded", "dismissed", "labelled", "labeled", "termed", "dubbed", "hailed", "praised", "criticised",
  "criticized", "slammed", "blasted", "described", "describes", "objected", "countered", "counters", "retorted", "cautioned",
];

const CUE_FORMS: ReadonlySet<string> = new Set([...[...REPORTING_VERB_FORMS].filter((form) => !form.includes(" ")), ...EXTRA_CUES]);

/** Verbs of the shared list that take a clause, for reported speech ("X warned that ..."); extra cues are only used next to quote marks. */
const REPORTED_CUE_FORMS: ReadonlySet<string> = new Set([...REPORTING_VERB_FORMS].filter((form) => !form.includes(" ") && !form.endsWith("ing")));

/** Verbs that take a hearer before the clause: "told the board (that) ...". */
export const TAKES_HEARER: ReadonlySet<string> = new Set(["told", "tells", "tell", "warned", "warns", "assured", "reminded", "informed", "urged", "asked"]);

export const isCueWord = (lower: string): boolean => CUE_FORMS.has(lower);
export const isReportedCueWord = (lower: string): boolean => REPORTED_CUE_FORMS.has(lower);
