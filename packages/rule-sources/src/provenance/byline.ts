import { isDistributor } from "../lexicon/data.js";

/** Words that make a byline part an outlet rather than a person: "Northline News Agency", "Reuters staff". */
const OUTLET_WORDS = new Set([
  "agency", "news", "press", "wire", "wires", "media", "service", "services", "times", "post", "journal", "herald",
  "tribune", "staff", "desk", "bureau", "network", "daily", "weekly", "online", "group", "gazette", "chronicle",
  "courier", "telegraph", "guardian", "independent", "observer", "standard", "express", "mirror", "mail", "star",
  "review", "magazine", "radio", "television", "tv", "broadcasting", "newsroom", "reporters", "correspondents",
  "reuters", "afp", "ap", "dpa", "ansa", "efe", "tass", "xinhua", "bloomberg", "ukrinform", "interfax", "kyodo", "yonhap",
]);

const JOINERS = new Set(["and", "&", "of", "de", "da", "van", "von", "der", "den", "la", "le", "el", "al", "bin", "ibn", "y", "e", "du", "des", "di", "the"]);

/** Openings of a line that credits writers: "By", "Reporting by", "Written by". */
const PREFIXES = [
  "additional reporting by", "reporting by", "reported by", "written by", "story by", "words by", "text by", "by",
];

/** Labels after which a byline stops naming writers (Reuters trailers). */
const STOP_LABELS = ["editing by", "edited by", "compiled by", "writing by", "graphics by", "photos by", "photography by"];

export interface BylineParts {
  /** "Dana Okafor" */
  readonly people: ReadonlyArray<string>;
  /** "Northline News Agency", "Reuters" */
  readonly outlets: ReadonlyArray<string>;
}

const words = (text: string): string[] => text.split(/\s+/).filter((word) => word.length > 0);

/** True when a part of a byline reads as an outlet. */
export function isOutletName(part: string): boolean {
  const list = words(part);
  if (list.length === 0) return false;
  if (isDistributor(part)) return true;
  if (list.some((word) => OUTLET_WORDS.has(word.toLowerCase().replace(/[^a-z]/g, "")))) return true;
  // An acronym alone: "AP", "AFP", "BBC".
  return list.length === 1 && /^[A-Z]{2,6}$/.test(list[0] as string);
}

function looksLikeName(part: string): boolean {
  const list = words(part);
  if (list.length === 0 || list.length > 6 || /\d/.test(part)) return false;
  return list.every((word) => JOINERS.has(word.toLowerCase()) || /^[\p{Lu}]/u.test(word)) && /^\p{Lu}/u.test(list[0] as string);
}

/** The byline prefix `text` starts with ("By ", "Reporting by "), lower case, or undefined. */
export function bylinePrefix(text: string): string | undefined {
  const lower = text.slice(0, 30).toLowerCase();
  for (const prefix of PREFIXES) {
    if (lower.startsWith(`${prefix} `) || lower.startsWith(`${prefix}: `)) return prefix;
  }
  return undefined;
}

/**
 * True for a short line that reads as a byline: "By Lena Marsh", "BY JANE DOE AND JOHN ROE",
 * "By Dana Okafor, Northline News Agency", "Reporting by Dana Okafor; Editing by Tom Hale".
 * Every name word is capitalised, so "By March, officials said" is not one.
 */
export function isBylineLine(text: string): boolean {
  const trimmed = text.replace(/^\(/, "").replace(/\)\.?$/, "").trim();
  if (trimmed.length < 4 || trimmed.length > 300) return false;
  const prefix = bylinePrefix(trimmed);
  if (prefix === undefined) return false;
  // "By" alone must be followed by a capitalised word and stay short.
  const after = trimmed.slice(prefix.length).replace(/^:?\s*/, "");
  if (!/^\p{Lu}/u.test(after) || (prefix === "by" && trimmed.length > 120)) return false;
  const parts = bylineParts(trimmed);
  return parts.people.length + parts.outlets.length > 0 && namesOnly(trimmed);
}

/** Every clause with a writer's prefix names only names: capitalised words, joiners, punctuation. */
function namesOnly(text: string): boolean {
  let clauses = 0;
  for (const clause of text.split(";")) {
    const trimmed = clause.trim();
    if (trimmed.length === 0 || STOP_LABELS.some((label) => trimmed.toLowerCase().startsWith(label))) continue;
    const prefix = bylinePrefix(trimmed);
    if (prefix === undefined) return false;
    const list = trimmed.slice(prefix.length).replace(/^:/, "").split(/[\s,|]+/).filter((word) => word.length > 0);
    if (list.length === 0 || list.length > 16) return false;
    const ok = list.every(
      (word) => JOINERS.has(word.toLowerCase()) || word.toLowerCase() === "in" || /^[\p{Lu}\p{N}(“"'‘]/u.test(word) || /^[\p{P}\p{S}]{1,3}$/u.test(word),
    );
    if (!ok) return false;
    clauses++;
  }
  return clauses > 0;
}

/**
 * People and outlets a byline line names. "By Dana Okafor, Northline News Agency" gives Dana Okafor
 * and Northline News Agency; "Reporting by Ann Lee in Kyiv and Bo Park; Editing by Tom Hale" gives
 * Ann Lee and Bo Park (places after "in" and editors are not writers).
 */
export function bylineParts(line: string): BylineParts {
  const people: string[] = [];
  const outlets: string[] = [];
  const text = line.replace(/^\(/, "").replace(/\)\.?$/, "").trim();
  for (const clause of text.split(";")) {
    const trimmed = clause.trim();
    const prefix = bylinePrefix(trimmed);
    // "Editing by ..." and other clauses without a writer's prefix name no writer.
    if (prefix === undefined) continue;
    let rest = trimmed.slice(prefix.length).replace(/^:/, "").trim();
    for (const mark of [" | ", " — ", " – ", " - "]) {
      const at = rest.indexOf(mark);
      if (at > 0) rest = rest.slice(0, at);
    }
    for (const part of rest.split(",")) {
      for (const piece of part.split(/ (?:and|&) /i)) {
        const name = piece.replace(/ in [\p{Lu}].*$/u, "").replace(/[.;:]$/, "").trim();
        if (name.length === 0) continue;
        if (isOutletName(name)) outlets.push(name);
        else if (looksLikeName(name)) people.push(name);
      }
    }
  }
  return { people, outlets };
}
