/** Byline and dateline heuristics shared by every format. Regexes here have bounded repetition only. */

const BYLINE_PREFIX = /^(?:by|von|par|por|av|af|door)\b\s{0,5}:?\s{0,5}/i;
const ORGANISATION_WORDS = new Set([
  "agency", "news", "press", "wire", "media", "service", "services", "times", "post", "journal", "herald",
  "tribune", "staff", "reporter", "reporters", "correspondent", "editor", "writer", "contributor", "associated",
  "reuters", "afp", "ap", "dpa", "network", "group", "inc", "ltd", "llc", "daily", "weekly", "online",
  "database", "the", "bureau", "desk", "office",
]);

const NAME_JOINERS = new Set(["and", "&", "of", "de", "da", "van", "von", "der", "den", "la", "le", "el", "al", "bin", "ibn", "y", "e", "du", "des", "di"]);

/**
 * True for a short line that reads like a byline: "By Lena Marsh",
 * "BY JANE DOE AND JOHN ROE", "By Dana Okafor, Northline News Agency" --
 * every word capitalised, so "By March, officials said" is not one.
 */
export function isBylineText(text: string): boolean {
  if (text.length < 4 || text.length > 100) return false;
  if (!/^(?:By|BY)\s{1,3}\p{Lu}/u.test(text)) return false;
  const rest = text.slice(2).split(/[\s,]+/).filter((word) => word.length > 0);
  if (rest.length === 0 || rest.length > 12) return false;
  return rest.every(
    (word) =>
      NAME_JOINERS.has(word.toLowerCase()) ||
      /^[\p{Lu}\p{N}(“"'‘]/u.test(word) ||
      // A particle joined to a capitalised name: d'Emilio, dell'Orto.
      /^\p{Ll}{1,4}['’]\p{Lu}/u.test(word) ||
      /^[\p{P}\p{S}]{1,3}$/u.test(word),
  );
}

const words = (text: string): string[] => text.split(" ").filter((word) => word.length > 0);

function looksLikePersonName(part: string): boolean {
  const list = words(part);
  if (list.length === 0 || list.length > 5) return false;
  if (/\d/.test(part)) return false;
  if (list.some((word) => ORGANISATION_WORDS.has(word.toLowerCase().replace(/[^a-z]/g, "")))) return false;
  return /^\p{Lu}/u.test(list[0] as string);
}

const CUT_MARKS = [" | ", " — ", " – ", " - ", " · ", " • "];

/**
 * The people a byline names: "By Dana Okafor, Northline News Agency" gives
 * ["Dana Okafor"]; "Paulo Santalucia and Frances d'Emilio" gives both.
 */
export function authorsFromByline(byline: string): string[] {
  let text = byline.replace(/\s+/g, " ").trim().replace(BYLINE_PREFIX, "");
  for (const mark of CUT_MARKS) {
    const at = text.indexOf(mark);
    if (at > 0) text = text.slice(0, at);
  }
  const names: string[] = [];
  const parts = text.split(",");
  for (let i = 0; i < parts.length; i++) {
    // "and" in any case (BY JANE DOE AND JOHN ROE), but "y" and "e" only in lower case: "Tom E Smith" is one person.
    const people = (parts[i] as string).split(/ (?:[Aa][Nn][Dd]|[Uu][Nn][Dd]|[Oo][Cc][Hh]|[Oo][Gg]|[Ee][Tt]|&|y|e) /);
    let kept = false;
    for (const person of people) {
      const name = person.trim().replace(/[.;:]$/, "").trim();
      if (name.length === 0) continue;
      if (i > 0 && !looksLikePersonName(name)) continue;
      if (i === 0 && /^\d/.test(name)) continue;
      names.push(name);
      kept = true;
    }
    if (i > 0 && !kept) break;
  }
  return names;
}

/**
 * The place of a dateline that opens a story: "KYIV, March 4 —" gives "KYIV",
 * "PORT ELWYN, June 3 (Northline) —" gives "PORT ELWYN", "WASHINGTON (AP) --" gives "WASHINGTON".
 */
export function datelineOf(paragraph: string): string | undefined {
  const head = paragraph.slice(0, 120);
  const match = /^(\p{Lu}[\p{Lu}\p{M}.'’ -]{0,39}?\p{Lu}\.?)(?:,[^—–(\n]{1,40}?)?(?: ?\([^)\n]{1,30}\))? (?:—|–|--|-) /u.exec(head);
  return match?.[1];
}
