import { speakerLexicon } from "../data/load.js";

// Words ending in -our that have no -or spelling.
const OUR_WORDS = new Set(["four", "hour", "your", "our", "pour", "tour", "flour", "sour", "dour", "devour", "detour", "amour", "contour", "troubadour", "paramour", "scour", "glamour", "velour"]);
const OUR_SUFFIXES = ["", "s", "ed", "ing", "ite", "ites", "able", "ably", "er", "ers", "ful", "hood", "hoods", "less", "y", "ism"];
const ISE_SUFFIXES: ReadonlyArray<[string, string]> = [
  ["isation", "ization"], ["isations", "izations"], ["ise", "ize"], ["ised", "ized"], ["ises", "izes"], ["ising", "izing"], ["iser", "izer"], ["isers", "izers"],
  ["yse", "yze"], ["ysed", "yzed"], ["yses", "yzes"], ["ysing", "yzing"],
];
const DOUBLE_L: ReadonlyArray<[string, string]> = [
  ["elled", "eled"], ["elling", "eling"], ["eller", "eler"], ["ellers", "elers"], ["ellor", "elor"], ["ellors", "elors"],
  ["alled", "aled"], ["alling", "aling"],
];

/**
 * The American spelling of a lower-case word, or the word itself: colour -> color, organise ->
 * organize, centre -> center, travelled -> traveled, defence -> defense. Applied to both sides of a
 * comparison, so a quotation respelt in house style still matches its source.
 */
export function americanSpelling(word: string): string {
  const pair = speakerLexicon().spellingPairs.get(word);
  if (pair !== undefined) return americanFirst(word, pair);
  if (word.length < 5) return word;
  for (const suffix of OUR_SUFFIXES) {
    const ending = `our${suffix}`;
    if (!word.endsWith(ending)) continue;
    const stem = word.slice(0, word.length - ending.length);
    if (stem.length >= 2 && !OUR_WORDS.has(`${stem}our`)) return `${stem}or${suffix}`;
  }
  for (const [british, american] of ISE_SUFFIXES) {
    if (word.endsWith(british) && word.length - british.length >= 3) return word.slice(0, word.length - british.length) + american;
  }
  for (const [british, american] of DOUBLE_L) {
    if (word.endsWith(british) && word.length - british.length >= 2) return word.slice(0, word.length - british.length) + american;
  }
  if ((word.endsWith("tre") || word.endsWith("bre")) && word.length >= 5) return `${word.slice(0, -2)}er`;
  if ((word.endsWith("tres") || word.endsWith("bres")) && word.length >= 6) return `${word.slice(0, -3)}ers`;
  return word;
}

/** Of a British/American pair, one fixed member, so both spellings fold to the same key. */
const americanFirst = (word: string, pair: string): string => (word < pair ? word : pair);
