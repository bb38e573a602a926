import { type Article, defineRule, type RuleContext, type RuleReport, ruleDocsUrl } from "@copydesk/core";
import { type Attribution, attributionsIn, isPassive, subjectOf } from "../attribution/find.js";
import { IDENTIFIED } from "../attribution/speaker.js";
import { isVerbUse } from "../attribution/verbs.js";
import { findFigures } from "../claims/figures.js";
import { type ClaimCue, type ClaimKind, claimCues } from "../claims/index.js";
import { shippedPlaces } from "../lexicon/data.js";
import { ACT_VERBS, MARKET_NOUNS, MARKET_VERBS } from "../lexicon/words.js";
import { UnattributedClaimOptions } from "../options.js";
import { provenanceOf } from "../provenance/record.js";
import { sentenceHasLink } from "../text/links.js";
import { type StorySentence, storySentences } from "../text/story.js";
import { findVague, type VagueCategory } from "../vague/find.js";
import { listOf, q } from "./where.js";

const ID = "sources/unattributed-claim";

const ALL_VAGUE: { categories: ReadonlySet<VagueCategory>; extraGroups: ReadonlySet<string> } = {
  categories: new Set<VagueCategory>(["groups", "impersonal", "reports", "sources", "anonymous"]),
  extraGroups: new Set(),
};

/** Speakers a figure's own sentence can have as the actor that is its source: "The board voted ... $240 million". */
const ACTORS = new Set(["named", "organisation", "people", "document", "pronoun", "elided"]);

/** Verbs whose object is often a thing, not words: "Russia denies the allegations" reports no claim. */
const OBJECT_VERBS = new Set([
  "deny", "denies", "denied", "denying", "accuse", "accuses", "accused", "accusing", "confirm", "confirms", "confirmed",
  "announce", "announces", "announced", "ask", "asks", "asked", "urge", "urges", "urged", "respond", "responds", "responded",
  "reply", "replies", "replied", "comment", "comments", "commented", "promise", "promises", "promised", "pledge", "pledges",
  "pledged", "vow", "vows", "vowed", "post", "posts", "posted", "report", "reports", "reported", "describe", "describes", "described",
]);

/** The attribution puts words (a claim) in the speaker's mouth: "Moscow says it ...", "denied that ...". */
function reportsContent(sentence: StorySentence, attribution: Attribution): boolean {
  const key = attribution.cue.text.toLowerCase();
  if (!OBJECT_VERBS.has(key)) return true;
  const next = sentence.tokens.find((token) => token.start >= attribution.cue.end);
  return next?.key === "that";
}

function kindsOf(options: UnattributedClaimOptions): ReadonlySet<ClaimKind> {
  const kinds = new Set<ClaimKind>();
  if (options.figures) kinds.add("figure");
  if (options.allegations) kinds.add("allegation");
  if (options.motives) kinds.add("motive");
  if (options.predictions) kinds.add("prediction");
  return kinds;
}

/** True when a named body in the sentence does something with its figures: "The board voted ... to approve a $240 million expansion". */
function actedByNamedBody(sentence: StorySentence): boolean {
  const tokens = sentence.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token === undefined || token.kind !== "word" || !ACT_VERBS.has(token.key) || sentence.quotes.inside(token.start, token.end)) continue;
    if (!isVerbUse(tokens, i) || isPassive(tokens, i)) continue;
    if (ACTORS.has(subjectOf(sentence, i).cls)) return true;
  }
  return movedByMarket(sentence);
}

/** "Shares of Apple fell 2%", "Brent crude rose 3%": a market's move, reported from market data. */
function movedByMarket(sentence: StorySentence): boolean {
  const tokens = sentence.tokens;
  for (let i = 1; i < tokens.length; i++) {
    const token = tokens[i];
    if (token === undefined || !MARKET_VERBS.has(token.key) || sentence.quotes.inside(token.start, token.end)) continue;
    const subject = tokens.slice(Math.max(0, i - 6), i);
    if (subject.some((t) => MARKET_NOUNS.has(t.key)) || /s&p|ftse|dow jones/i.test(sentence.blockText.slice(subject[0]?.start ?? 0, token.start))) return true;
  }
  return false;
}

/** What is wrong with the claims of one kind: 'the figures "85 cents" and "1.3%" have no source'. */
function problemsOf(cues: ReadonlyArray<ClaimCue>): string[] {
  const problems: string[] = [];
  for (const kind of ["figure", "allegation", "motive", "prediction"] as const) {
    const texts = [...new Set(cues.filter((cue) => cue.kind === kind).map((cue) => q(cue.text)))];
    if (texts.length === 0) continue;
    const many = texts.length > 1;
    const list = listOf(texts);
    if (kind === "figure") problems.push(`the ${many ? "figures" : "figure"} ${list} ${many ? "have" : "has"} no source`);
    else if (kind === "allegation") problems.push(`${list} ${many ? "name" : "names"} no one alleging ${many ? "them" : "it"}`);
    else if (kind === "motive") problems.push(`the ${many ? "motives" : "motive"} ${list} ${many ? "are" : "is"} stated as fact`);
    else problems.push(`the ${many ? "forecasts" : "forecast"} ${list} ${many ? "are" : "is"} stated as fact`);
  }
  return problems;
}

const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

interface Verdict {
  readonly cues: ReadonlyArray<ClaimCue>;
  readonly country?: Attribution;
  readonly undated?: Attribution;
}

function message(sentence: StorySentence, verdict: Verdict): string {
  const text = sentence.blockText;
  const phrase = (a: Attribution) => text.slice(Math.min(a.speaker.start, a.cue.start), a.cue.end);
  const problems: string[] = [];
  let remedy: string;
  if (verdict.undated !== undefined) {
    const a = verdict.undated;
    problems.push(`${q(phrase(a))} gives no venue or date for this claim`);
    remedy = `say where and when ${a.speaker.text || "it"} said it`;
  } else if (verdict.country !== undefined) {
    const a = verdict.country;
    const what = shippedPlaces().capitals.has(a.speaker.text.toLowerCase()) ? "a capital" : "a country";
    problems.push(`${q(phrase(a))} gives ${what}, not a person or body, as the source`);
    problems.push(...problemsOf(verdict.cues));
    remedy = "name the official or body who said it, and where";
  } else {
    problems.push(...problemsOf(verdict.cues));
    const figures = new Set(verdict.cues.filter((cue) => cue.kind === "figure").map((cue) => cue.text)).size;
    remedy = verdict.cues.every((cue) => cue.kind === "figure")
      ? `say where ${figures > 1 ? "they come" : "it comes"} from (a named source, a report or data)`
      : "attribute it to a named source, or cut it";
  }
  return `${capitalise(problems.join(", and "))}: ${remedy}.`;
}

function check(article: Article, context: RuleContext<UnattributedClaimOptions>): RuleReport[] {
  const options = context.options;
  if (!options.pressReleases && provenanceOf(article).pressRelease.value) return [];
  const kinds = kindsOf(options);
  const reports: RuleReport[] = [];
  const sourcedFigures = new Set<string>();
  let previousAttributed = false;

  for (const sentence of storySentences(article)) {
    const found = attributionsIn(sentence);
    const identified = found.attributions.filter((a) => IDENTIFIED.has(a.speaker.cls));
    const undated = identified.find((a) => a.vagueTime !== undefined && !found.anchored && (a.speaker.cls === "named" || a.speaker.cls === "pronoun"));
    const placed = identified.filter((a) => a !== undated);
    const linked = placed.length === 0 && sentenceHasLink(article, sentence);
    const attributed = placed.length > 0 || linked;
    // Only the figures matter until the sentence turns out to be unattributed: the other cues wait.
    const figures = kinds.has("figure") ? findFigures(sentence) : [];
    const actedOn = !attributed && actedByNamedBody(sentence);

    if (attributed || actedOn) {
      for (const figure of figures) if (figure.key !== undefined) sourcedFigures.add(figure.key);
    }
    const carried = options.lookBehind > 0 && previousAttributed;
    // A speaker's account runs on into the next sentence; a link sources only the words it is on.
    previousAttributed = placed.length > 0;
    if (attributed) continue;
    // A vague attribution is sources/vague-attribution's finding, not this rule's.
    if (findVague(sentence, ALL_VAGUE).length > 0) continue;

    const cues = claimCues(sentence, kinds, figures);
    const acted = figures.length > 0 && actedOn;
    const open = cues.filter((cue) => !(cue.kind === "figure" && (acted || (cue.key !== undefined && sourcedFigures.has(cue.key)))));
    const country = options.countryAsSource ? found.attributions.find((a) => a.speaker.cls === "country" && reportsContent(sentence, a)) : undefined;

    let verdict: Verdict | undefined;
    if (undated !== undefined) {
      if (options.undatedRemarks && open.length > 0) verdict = { cues: open, undated };
    } else if (country !== undefined) {
      verdict = { cues: open, country };
    } else if (found.attributions.every((a) => a.speaker.cls === "none" || a.speaker.cls === "country") && !carried && open.length > 0) {
      verdict = { cues: open };
    }
    if (verdict === undefined) continue;
    const kindsFound = [...new Set([...(verdict.country ? ["country"] : []), ...(verdict.undated ? ["undated remark"] : []), ...verdict.cues.map((cue) => cue.kind)])];
    reports.push({
      span: { block: sentence.block, start: sentence.start, end: sentence.end },
      message: message(sentence, verdict),
      evidence: {
        kinds: kindsFound,
        cues: verdict.cues.map((cue) => ({ kind: cue.kind, text: cue.text })),
        ...(verdict.country ? { attribution: verdict.country.speaker.text } : {}),
        ...(verdict.undated ? { attribution: verdict.undated.speaker.text, time: verdict.undated.vagueTime } : {}),
      },
    });
  }
  return reports;
}

export const unattributedClaimRule = defineRule<UnattributedClaimOptions>({
  meta: {
    id: ID,
    description: "Figures, allegations, motives and forecasts stated with no one named as their source.",
    defaultSeverity: "warning",
    fixable: false,
    options: UnattributedClaimOptions,
    docsUrl: ruleDocsUrl(ID),
  },
  check,
});
