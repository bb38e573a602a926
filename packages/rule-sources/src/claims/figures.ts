import { MONTHS, PLACE_NOUNS } from "../lexicon/words.js";
import type { StorySentence } from "../text/story.js";
import type { Token } from "../text/tokens.js";
import { type ClaimCue, cueFrom, quoted } from "./cue.js";

/**
 * Figures an editor wants sourced: money, percentages, large magnitudes and counts of people or
 * things ("$240 million", "7.2%", "about 900 jobs", "thousands of civilians"). Not figures: years,
 * dates and times, ages, vote tallies and scores ("5-2"), ordinals, numbers in names ("Section
 * 230", "Boeing 737"), durations and measurements ("12 years", "30 miles").
 */

const CURRENCY = new Set(["$", "€", "£", "¥", "₴", "₽", "₹", "₩", "₺", "₦", "US$", "C$", "A$"]);
const CURRENCY_WORDS = new Set(["dollars", "euros", "pounds", "yen", "yuan", "rubles", "roubles", "hryvnias", "hryvnia", "rupees", "francs", "pesos", "lira"]);
const MAGNITUDES = new Set(["million", "billion", "trillion", "thousand", "bn", "mln", "bln", "tn", "crore", "lakh"]);
const PERCENT = new Set(["%", "percent", "pct"]);
const SPELLED_MAGNITUDES = new Set(["hundreds", "thousands", "millions", "billions", "dozens", "tens", "scores"]);

/** Counted things that are not claims: time, distance, size, and text furniture. */
const UNITS = new Set([
  "years", "months", "weeks", "days", "hours", "minutes", "seconds", "decades", "centuries", "times", "miles",
  "kilometres", "kilometers", "km", "metres", "meters", "feet", "inches", "yards", "acres", "hectares", "pages",
  "chapters", "points", "votes", "seats", "games", "matches", "goals", "runs", "innings", "laps", "rounds", "sets",
  "phases", "stages", "steps", "parts", "sections", "articles", "items", "members", "judges", "justices", "senators",
  "degrees", "floors", "storeys", "stories", "lanes", "bedrooms", "episodes", "seasons", "editions", "issues",
  "words", "letters", "characters", "lines", "pounds", "kg", "kilograms", "tonnes", "tons", "litres", "liters", "gallons",
]);

/** Words before a number that make it a label, not a quantity: "Flight 17", "No. 10", "Article 5". */
const LABEL_WORDS = new Set([
  "no", "no.", "number", "article", "section", "chapter", "page", "route", "flight", "room", "level", "phase", "grade",
  "category", "stage", "round", "game", "vol", "volume", "episode", "season", "part", "rule", "resolution", "paragraph",
  "clause", "item", "line", "platform", "gate", "unit", "ward", "district", "highway", "interstate", "channel", "version",
  "model", "series", "class", "division", "group", "bus", "train", "terminal", "pier", "block", "lot", "exit", "box",
]);

const TIME_WORDS = new Set(["a.m.", "p.m.", "am", "pm", "gmt", "utc", "bst", "cet", "cest", "et", "edt", "est", "pt", "pdt", "pst", "hrs", "h"]);

const APPROXIMATORS = new Set(["about", "nearly", "almost", "around", "roughly", "approximately", "some", "over", "under", "estimated", "just"]);
const TWO_WORD_APPROXIMATORS = new Set(["more than", "less than", "fewer than", "at least", "up to", "as many", "an estimated", "as much"]);

const isPluralNoun = (token: Token | undefined): boolean =>
  token !== undefined && token.kind === "word" && !token.capitalised && token.key.length > 3 && token.key.endsWith("s") && !token.key.endsWith("ss") && !token.key.endsWith("ous") && !token.key.endsWith("us");

const COUNT_WORDS = new Set(["people", "dead", "killed", "injured", "wounded", "children", "personnel", "police", "staff", "civilians", "troops", "women", "men", "deaths", "jobs", "cases"]);

/** Key of a number for comparing figures: digits without separators. */
const numberKey = (text: string): string => text.replace(/[,\s]/g, "");

function isLabel(tokens: ReadonlyArray<Token>, i: number, sentenceStart: number): boolean {
  const prev = tokens[i - 1];
  if (prev === undefined) return false;
  if (LABEL_WORDS.has(prev.key) || prev.text === "#") return true;
  // "Boeing 737", "Section 230": a number right after a name (not after a currency or an opening word).
  return prev.kind === "word" && prev.capitalised && prev.start !== sentenceStart && !MONTHS.has(prev.key);
}

function isDateOrTime(tokens: ReadonlyArray<Token>, i: number): boolean {
  const token = tokens[i] as Token;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if ((prev !== undefined && MONTHS.has(prev.key)) || (next !== undefined && MONTHS.has(next.key))) return true;
  if (next !== undefined && (next.text === ":" || TIME_WORDS.has(next.key))) return true;
  const previousCurrency = prev !== undefined && CURRENCY.has(prev.text);
  return /^(?:1[89]|2[01])\d\d$/.test(token.text) && !previousCurrency && !(next !== undefined && (MAGNITUDES.has(next.key) || PERCENT.has(next.key)));
}

/** "Jane Doe, 57, said": an age between commas after a name. */
function isAge(tokens: ReadonlyArray<Token>, i: number): boolean {
  return tokens[i - 1]?.text === "," && tokens[i + 1]?.text === "," && tokens[i - 2]?.capitalised === true && /^\d{1,3}$/.test(tokens[i]?.text ?? "");
}

/** "a city of 1.4 million", "home to 44 million people": a place's size, given as description. */
function isPlaceSize(tokens: ReadonlyArray<Token>, first: number): boolean {
  const before = tokens[first - 1];
  if (before?.key === "of") return PLACE_NOUNS.has(tokens[first - 2]?.key ?? "");
  return before?.key === "to" && tokens[first - 2]?.key === "home";
}

/** Index of the last token of the quantity a number starts, or -1 when it is no figure. */
function figureEnd(tokens: ReadonlyArray<Token>, i: number): number {
  const prev = tokens[i - 1];
  let j = i;
  const next = () => tokens[j + 1];
  const money = prev !== undefined && CURRENCY.has(prev.text);
  let measured = money;
  if (next() !== undefined && MAGNITUDES.has((next() as Token).key)) {
    j++;
    measured = true;
  }
  if (next() !== undefined && PERCENT.has((next() as Token).key)) return j + 1;
  if (next()?.key === "per" && tokens[j + 2]?.key === "cent") return j + 2;
  if (next()?.key === "percentage" && tokens[j + 2]?.key === "points") return j + 2;
  if (next() !== undefined && CURRENCY_WORDS.has((next() as Token).key)) return j + 1;
  // A counted noun, possibly after one adjective: "900 jobs", "14 vessels", "35 people", "12 civilian deaths".
  for (let k = j + 1; k <= j + 2 && k < tokens.length; k++) {
    const word = tokens[k] as Token;
    if (word.kind !== "word") break;
    if (UNITS.has(word.key)) return measured ? j : -1;
    if (COUNT_WORDS.has(word.key) || isPluralNoun(word)) return k;
    if (word.capitalised) break;
  }
  return measured ? j : -1;
}

/** Figures in a sentence, outside quotations. */
export function findFigures(sentence: StorySentence): ClaimCue[] {
  const tokens = sentence.tokens;
  const cues: ClaimCue[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    const spelled = token.kind === "word" && SPELLED_MAGNITUDES.has(token.key);
    if ((!spelled && token.kind !== "number") || quoted(sentence, token)) continue;
    if (spelled) {
      const noun = tokens[i + 2];
      if (tokens[i + 1]?.key === "of" && (isPluralNoun(noun) || (noun !== undefined && COUNT_WORDS.has(noun.key)))) {
        cues.push(cueFrom(sentence, "figure", token, noun as Token, `${token.key} of ${(noun as Token).key}`));
        i += 2;
      }
      continue;
    }
    if (/[-‑]/.test(token.text) || /^\d+(?:st|nd|rd|th)$/i.test(token.text)) continue;
    if (isDateOrTime(tokens, i) || isLabel(tokens, i, sentence.start) || isAge(tokens, i)) continue;
    const end = figureEnd(tokens, i);
    if (end < 0) continue;
    // Start the cue at an approximation or currency sign: "about 900 jobs", "more than $3 billion".
    let first = i;
    if (tokens[i - 1] !== undefined && CURRENCY.has((tokens[i - 1] as Token).text)) first = i - 1;
    const w1 = tokens[first - 1];
    const w2 = tokens[first - 2];
    if (w1 !== undefined && w2 !== undefined && TWO_WORD_APPROXIMATORS.has(`${w2.key} ${w1.key}`)) first -= 2;
    else if (w1 !== undefined && APPROXIMATORS.has(w1.key) && !w1.capitalised) first -= 1;
    if (isPlaceSize(tokens, first)) {
      i = end;
      continue;
    }
    const magnitude = tokens[i + 1] !== undefined && MAGNITUDES.has((tokens[i + 1] as Token).key) ? ` ${(tokens[i + 1] as Token).key}` : "";
    cues.push(cueFrom(sentence, "figure", tokens[first] as Token, tokens[end] as Token, `${numberKey(token.text)}${magnitude}`));
    i = end;
  }
  return cues;
}
