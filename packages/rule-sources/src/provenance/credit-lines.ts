/**
 * Credit statements in article text: "Source: Northline News", "This article originally appeared
 * on northline.example", "Republished with permission from The Conversation", "Credit: AFP".
 * Scans with indexOf on a lower-case copy and bounded slices, so a hostile block stays linear.
 */
export type CreditStatementKind = "source line" | "credit line" | "originally published" | "republished" | "press-release source";

export interface CreditStatement {
  readonly kind: CreditStatementKind;
  /** The outlet or address credited: "Northline News", "https://northline.example/story". */
  readonly value: string;
  /** A web address in the statement, when there is one. */
  readonly url?: string;
  /** The whole statement in the block text. */
  readonly start: number;
  readonly end: number;
}

const MAX_VALUE = 120;
const MAX_STATEMENTS = 20;

/** Label lines: the label, then the credited outlet. */
const LABELS: ReadonlyArray<readonly [string, CreditStatementKind]> = [
  ["source:", "source line"],
  ["sources:", "source line"],
  ["source -", "source line"],
  ["credit:", "credit line"],
  ["credits:", "credit line"],
  ["courtesy of", "credit line"],
  ["courtesy:", "credit line"],
  ["content provided by", "credit line"],
  ["provided by", "credit line"],
];

/** Phrases anywhere in a block, each followed by a preposition and the outlet. */
const PHRASES: ReadonlyArray<readonly [string, CreditStatementKind]> = [
  ["originally appeared", "originally published"],
  ["originally published", "originally published"],
  ["originally ran", "originally published"],
  ["first appeared", "originally published"],
  ["first published", "originally published"],
  ["republished from", "republished"],
  ["republished with permission", "republished"],
  ["republished courtesy", "republished"],
  ["reprinted from", "republished"],
  ["reprinted with permission", "republished"],
  ["reproduced with permission", "republished"],
  ["published with permission", "republished"],
];

/**
 * Any credit phrase, in any case: one linear pass that lets most blocks skip the phrase search.
 * Lower-casing changes no other character into these ASCII letters, so this matches wherever the
 * search on the lower-case copy can find a phrase.
 */
const ANY_PHRASE = new RegExp(PHRASES.map(([phrase]) => phrase).join("|"), "i");

const LEAD_WORDS = ["with permission of", "with permission from", "by permission of", "courtesy of", "from", "on", "in", "at", "by", "of", "with"];

const URL_RE = /\b(?:https?:\/\/|www\.)[^\s<>"'”)]{1,200}/i;

/** The outlet after a credit phrase: up to the sentence end, a comma, or words that end a name. */
function valueAfter(text: string, from: number): { value: string; end: number; url?: string } | undefined {
  let i = from;
  while (text[i] === " " || text[i] === ":") i++;
  const lower = text.slice(i, i + 40).toLowerCase();
  for (const lead of LEAD_WORDS) {
    if (lower.startsWith(`${lead} `)) {
      i += lead.length + 1;
      break;
    }
  }
  const window = text.slice(i, i + MAX_VALUE + 80);
  const url = URL_RE.exec(window);
  if (url !== null && url.index === 0) {
    const address = url[0].replace(/[.,;:]+$/, "");
    return { value: address, end: i + address.length, url: address };
  }
  let end = 0;
  while (end < window.length && end < MAX_VALUE) {
    const c = window[end] as string;
    if (c === "," || c === ";" || c === ")" || c === "(" || c === "\n" || c === "|") break;
    if (c === "." && (end + 1 >= window.length || window[end + 1] === " ") && !/(?:^|\s)\p{Lu}$/u.test(window.slice(0, end))) break;
    end++;
  }
  let value = window.slice(0, end).trim();
  // "... on Northline News on June 3, 2025 under a licence": the outlet ends before these.
  value = value.replace(/ (?:on|under|and is|and was|and has|and are|as part of|as|at|in) .*$/i, "").trim();
  value = value.replace(/^the article /i, "").replace(/[.:]+$/, "").trim();
  // An outlet is a name or an address: "The Conversation", "northline.example"; "the ministry" is not a credit.
  if (value.length < 2 || !(/^\p{Lu}/u.test(value) || /^[a-z0-9-]+\.[a-z]{2,}/i.test(value))) return undefined;
  const inner = url !== null ? url[0].replace(/[.,;:]+$/, "") : undefined;
  return { value, end: i + value.length, ...(inner !== undefined ? { url: inner } : {}) };
}

function labelStatement(text: string): CreditStatement | undefined {
  const open = text.startsWith("(") ? 1 : 0;
  const head = text.slice(open, open + 30).toLowerCase();
  for (const [label, kind] of LABELS) {
    if (!head.startsWith(label)) continue;
    const found = valueAfter(text, open + label.length);
    if (found === undefined) return undefined;
    return { kind, value: found.value, start: 0, end: found.end, ...(found.url !== undefined ? { url: found.url } : {}) };
  }
  // PR Newswire closes a release with "SOURCE Acme Corp" in capitals, without a colon.
  if (text.startsWith("SOURCE ") && /^SOURCE \p{Lu}/u.test(text) && text.length <= 200) {
    const found = valueAfter(text, 7);
    if (found !== undefined) return { kind: "press-release source", value: found.value, start: 0, end: found.end };
  }
  return undefined;
}

/**
 * Credit statements in one block. Label lines ("Source: X") count only in a short block of their
 * own (a paragraph that merely mentions a source is not one); credit phrases count anywhere.
 */
export function creditStatements(text: string, maxLabelLine = 300): CreditStatement[] {
  const found: CreditStatement[] = [];
  if (text.length <= maxLabelLine) {
    const label = labelStatement(text);
    if (label !== undefined) found.push(label);
  }
  if (!ANY_PHRASE.test(text)) return found;
  const lower = text.toLowerCase();
  for (const [phrase, kind] of PHRASES) {
    let from = 0;
    while (found.length < MAX_STATEMENTS) {
      const at = lower.indexOf(phrase, from);
      if (at < 0) break;
      from = at + phrase.length;
      const value = valueAfter(text, from);
      if (value === undefined) continue;
      // The statement starts at its sentence: back to ". " or the block start, at most 120 characters.
      let start = at;
      while (start > 0 && at - start < 120 && !(text[start - 1] === " " && /[.!?]/.test(text[start - 2] ?? ""))) start--;
      if (found.some((other) => other.start <= start && other.end >= value.end)) continue;
      found.push({ kind, value: value.value, start, end: value.end, ...(value.url !== undefined ? { url: value.url } : {}) });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
