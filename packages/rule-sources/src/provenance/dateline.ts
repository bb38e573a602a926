import { MONTHS, WEEKDAYS } from "../lexicon/words.js";

/** A dateline at the start of a paragraph: "KYIV, March 4 (Reuters) —". Offsets are into the paragraph. */
export interface ParsedDateline {
  /** The dateline without its separator: "KYIV, March 4 (Reuters)". */
  readonly text: string;
  readonly start: number;
  /** End of the dateline text (before the separator). */
  readonly end: number;
  /** Where the story begins, after the separator. */
  readonly bodyStart: number;
  /** "KYIV"; absent for an agency-only opening like "(Reuters) -". */
  readonly place?: string;
  /** "March 4", "May 3, 2025" when written. */
  readonly date?: string;
  /** The agency in parentheses or between slashes: "Reuters", "AP", "PRNewswire". */
  readonly agency?: { readonly name: string; readonly start: number; readonly end: number; readonly style: "paren" | "slash" };
  /** "(MENAFN- Newsfile Corp)" before the dateline: the distributor and the provider it names. */
  readonly tag?: ProviderTag;
}

export interface ProviderTag {
  readonly distributor: string;
  readonly provider: string;
  readonly start: number;
  readonly end: number;
}

const HEAD = 200;
const MAX_PLACE = 40;
const MAX_REST = 60;
const MAX_AGENCY = 40;

const isUpperLetter = (c: string): boolean => c !== c.toLowerCase() && c === c.toUpperCase();
const isLowerLetter = (c: string): boolean => c !== c.toUpperCase() && c === c.toLowerCase();

function skipSpaces(text: string, i: number): number {
  while (i < text.length && text[i] === " ") i++;
  return i;
}

/** "(MENAFN- Provider)" or "(MENAFN - Provider)" at `i`: a distributor's tag naming the content provider. */
export function providerTagAt(text: string, i: number): ProviderTag | undefined {
  if (text[i] !== "(") return undefined;
  const close = text.indexOf(")", i + 1);
  if (close < 0 || close - i > 90) return undefined;
  const inner = text.slice(i + 1, close);
  const dash = inner.search(/ ?[-–—] ?/);
  if (dash < 2 || dash > 30) return undefined;
  const distributor = inner.slice(0, dash).trim();
  const provider = inner.slice(dash).replace(/^ ?[-–—] ?/, "").trim();
  if (!/^[A-Z][A-Za-z.]{1,29}$/.test(distributor) || distributor !== distributor.toUpperCase()) return undefined;
  if (provider.length < 2 || !isUpperLetter(provider[0] as string)) return undefined;
  return { distributor, provider, start: i, end: close + 1 };
}

/** Length of the separator at `i` (" — ", " - ", " -- ", "—", ": "), or 0. */
function separatorAt(text: string, i: number, allowColon: boolean): number {
  const rest = text.slice(i, i + 5);
  for (const sep of [" — ", " – ", " -- ", " - ", " —", "— ", "—", " –", "– ", " --", "-- "]) {
    if (rest.startsWith(sep)) return sep.length;
  }
  if (allowColon && rest.startsWith(": ")) return 2;
  return 0;
}

/** An upper-case place at `i`: "KYIV", "PORT ELWYN", "WASHINGTON", "ST. LOUIS", "N'DJAMENA". */
function placeAt(text: string, i: number): number {
  let j = i;
  let letters = 0;
  while (j < text.length) {
    if (j - i > MAX_PLACE) return i;
    const c = text[j] as string;
    if (isLowerLetter(c)) return i;
    if (isUpperLetter(c) || /\p{M}/u.test(c)) letters++;
    else if (!(c === " " || c === "." || c === "'" || c === "’" || c === "-")) break;
    // A separator dash ends the place: "KYIV - Talks".
    if (c === " " && separatorAt(text, j, false) > 0) break;
    j++;
  }
  while (j > i && text[j - 1] === " ") j--;
  return letters >= 2 ? j : i;
}

function agencyAt(text: string, i: number): { name: string; start: number; end: number; style: "paren" | "slash" } | undefined {
  const open = text[i];
  if (open !== "(" && open !== "/") return undefined;
  const closeChar = open === "(" ? ")" : "/";
  const close = text.indexOf(closeChar, i + 1);
  if (close < 0 || close - i - 1 > MAX_AGENCY || close - i - 1 < 2) return undefined;
  const name = text.slice(i + 1, close).trim();
  if (!/^[\p{Lu}\p{N}]/u.test(name) || /[()]/.test(name)) return undefined;
  return { name, start: i + 1, end: close, style: open === "(" ? "paren" : "slash" };
}

const hasDateWord = (text: string): boolean =>
  text
    .toLowerCase()
    .split(/[\s,.]+/)
    .some((word) => MONTHS.has(word) || WEEKDAYS.has(word) || /^\d{1,4}$/.test(word));

/**
 * The dateline that opens `paragraph`, if it has one. Scans the first 200 characters only.
 * Recognises the wire forms: "KYIV, March 4 (Reuters) —", "WASHINGTON (AP) —",
 * "NEW YORK, May 3, 2025 /PRNewswire/ --", "LONDON: ", an agency alone "(Reuters) -", and a
 * distributor's tag before it "(MENAFN- Newsfile Corp) VANCOUVER, May 3, 2025 --".
 */
export function parseDateline(paragraph: string): ParsedDateline | undefined {
  const text = paragraph.slice(0, HEAD);
  let i = skipSpaces(text, 0);
  const tag = providerTagAt(text, i);
  if (tag !== undefined) i = skipSpaces(text, tag.end);
  const start = i;

  const placeEnd = placeAt(text, i);
  const place = placeEnd > i ? text.slice(i, placeEnd) : undefined;
  i = placeEnd;

  let date: string | undefined;
  if (place !== undefined && text[i] === ",") {
    let j = i + 1;
    while (j < text.length && j - i <= MAX_REST && text[j] !== "(" && text[j] !== "/" && separatorAt(text, j, false) === 0) j++;
    const rest = text.slice(i + 1, j).trim();
    if (rest.length === 0 || j - i > MAX_REST) return undefined;
    if (hasDateWord(rest)) date = rest.replace(/,$/, "");
    i = j;
  }
  const beforeAgency = skipSpaces(text, i);
  const agency = agencyAt(text, beforeAgency);
  if (agency !== undefined) i = agency.end + 1;
  if (place === undefined && agency === undefined) return undefined;

  const end = i;
  const separator = separatorAt(text, i, place !== undefined && agency === undefined && date === undefined);
  // "WASHINGTON (AP) Talks resumed" without a dash still reads as a dateline when an agency is named.
  if (separator === 0 && agency === undefined) return undefined;
  const bodyStart = skipSpaces(text, i + separator);
  if (bodyStart >= text.length && paragraph.length <= HEAD) return undefined;
  return {
    text: text.slice(start, end).trim(),
    start,
    end,
    bodyStart,
    ...(place !== undefined ? { place: place.trim() } : {}),
    ...(date !== undefined ? { date } : {}),
    ...(agency !== undefined ? { agency } : {}),
    ...(tag !== undefined ? { tag } : {}),
  };
}
