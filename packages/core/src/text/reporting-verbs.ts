/**
 * Verbs that attribute words to a speaker ("said", "told", "warned"), in every form a news story
 * uses them. Shared by the quotation extractor (rule-quotes) and the attribution checks
 * (rule-sources) so that both agree on what counts as an attribution.
 */
const LEMMAS: ReadonlyArray<readonly [string, ...string[]]> = [
  ["say", "says", "said", "saying"],
  ["tell", "tells", "told", "telling"],
  ["add", "adds", "added", "adding"],
  ["warn", "warns", "warned", "warning"],
  ["state", "states", "stated"],
  ["note", "notes", "noted"],
  ["explain", "explains", "explained"],
  ["argue", "argues", "argued"],
  ["claim", "claims", "claimed"],
  ["insist", "insists", "insisted"],
  ["acknowledge", "acknowledges", "acknowledged"],
  ["admit", "admits", "admitted"],
  ["announce", "announces", "announced"],
  ["assert", "asserts", "asserted"],
  ["comment", "comments", "commented"],
  ["confirm", "confirms", "confirmed"],
  ["declare", "declares", "declared"],
  ["deny", "denies", "denied"],
  ["describe", "describes", "described"],
  ["estimate", "estimates", "estimated"],
  ["predict", "predicts", "predicted"],
  ["reply", "replies", "replied"],
  ["respond", "responds", "responded"],
  ["report", "reports", "reported"],
  ["reiterate", "reiterates", "reiterated"],
  ["remark", "remarks", "remarked"],
  ["write", "writes", "wrote"],
  ["tweet", "tweets", "tweeted"],
  ["post", "posts", "posted"],
  ["ask", "asks", "asked"],
  ["urge", "urges", "urged"],
  ["vow", "vows", "vowed"],
  ["promise", "promises", "promised"],
  ["pledge", "pledges", "pledged"],
  ["suggest", "suggests", "suggested"],
  ["recall", "recalls", "recalled"],
  ["concede", "concedes", "conceded"],
  ["contend", "contends", "contended"],
  ["maintain", "maintains", "maintained"],
  ["allege", "alleges", "alleged"],
  ["accuse", "accuses", "accused"],
  ["testify", "testifies", "testified"],
  ["caution", "cautions", "cautioned"],
  ["stress", "stresses", "stressed"],
  ["emphasize", "emphasizes", "emphasized", "emphasise", "emphasises", "emphasised"],
  ["observe", "observes", "observed"],
  ["point out", "points out", "pointed out"],
];

/** Every form of every reporting verb, lower case: "said", "tells", "pointed out". */
export const REPORTING_VERB_FORMS: ReadonlySet<string> = new Set(LEMMAS.flat());

/** The base form of a reporting verb form ("warned" -> "warn"), or undefined when it is not one. */
export function reportingVerbLemma(form: string): string | undefined {
  const lower = form.toLowerCase();
  for (const forms of LEMMAS) if (forms.includes(lower)) return forms[0];
  return undefined;
}

/** Phrases that attribute without a verb: "according to X", "in the words of X". */
export const ATTRIBUTION_PHRASES: ReadonlyArray<string> = ["according to", "in the words of", "as quoted by", "cited by", "citing"];
