import { findQuotations, splitSentences, type QuotationSpan } from "@copydesk/core";
import { speakerLexicon } from "../data/load.js";
import { attributionAfter, attributionBefore, subjectBefore, type RawAttribution, type TokenRange } from "./clauses.js";
import { phraseStartingAt, readPhrase, type Phrase } from "./phrase.js";
import { tokenAt, tokenize, type Token } from "./tokens.js";
import { TAKES_HEARER, isCueWord, isReportedCueWord } from "./words.js";

/** A quotation in quote marks, as found in one block (before speakers are resolved). */
export interface FoundQuote {
  readonly span: QuotationSpan;
  readonly kind: "direct" | "partial";
  /** The attribution next to the quote marks. */
  readonly attribution?: RawAttribution;
  /** The attribution of the sentence it stands in (for a partial quotation woven into reported speech). */
  readonly sentenceAttribution?: RawAttribution;
  /** True when the quotation is all the block holds (a paragraph of quotation alone). */
  readonly wholeBlock: boolean;
  /** Word count of the content. */
  readonly words: number;
}

/** Reported speech: "X warned that ...", "..., according to the ministry". */
export interface FoundReport {
  readonly spans: ReadonlyArray<{ readonly start: number; readonly end: number }>;
  readonly attribution: RawAttribution;
}

/** A person or organisation named in the block, for later surname and pronoun references. */
export interface FoundMention {
  readonly phrase: Phrase;
  /** Named inside a quotation (never the antecedent of a pronoun outside it). */
  readonly inQuote: boolean;
  /** Named with a title or a known first name: a later "she said" may mean them. */
  readonly antecedent: boolean;
}

export interface BlockScan {
  readonly quotes: ReadonlyArray<FoundQuote>;
  readonly reports: ReadonlyArray<FoundReport>;
  readonly mentions: ReadonlyArray<FoundMention>;
}

const OPENING_MARKS = new Set(["\u201C", "\u201E", "\u00AB", '"', "\u2018", "\u201A", "\u2039", "'"]);
const ENDING_PUNCTUATION = ",.!?\u2026;:";
const PREPOSITIONS = new Set(["in", "on", "at", "after", "before", "during", "to", "from", "with", "for", "about", "over", "under", "via", "by", "of"]);
// Reported speech never needs more than a few words between the verb and "that" ("said in a statement on Tuesday that").
const MAX_BEFORE_THAT = 8;
// An attribution after a quotation is a handful of words ("…,” said Tomas Lind, who represents …").
const MAX_AFTER = 24;
const MIN_REPORTED_WORDS = 3;
// A quoted term this short inside the writer's sentence is a name for something, not a quotation.
const SHORT_TERM_WORDS = 4;

const wordCount = (tokens: ReadonlyArray<Token>, from: number, to: number): number => {
  let count = 0;
  for (let i = from; i < to; i++) if ((tokens[i] as Token).word) count++;
  return count;
};

class BlockReader {
  readonly tokens: Token[];
  readonly sentences: TokenRange[];
  private readonly sentenceOfToken: Int32Array;
  readonly inQuote: Uint8Array;
  readonly consumed: Uint8Array;
  readonly quotes: QuotationSpan[];
  /** `anyAttribution` of each sentence asked about, by its first token: a sentence of many quotations is read once. */
  readonly sentenceAttributions = new Map<number, RawAttribution | undefined>();

  constructor(readonly text: string) {
    this.tokens = tokenize(text);
    this.quotes = findQuotations(text).filter((q) => q.depth === 0);
    const n = this.tokens.length;
    this.sentenceOfToken = new Int32Array(n);
    this.sentences = [];
    for (const range of splitSentences(text)) {
      const first = tokenAt(this.tokens, range.start);
      const end = tokenAt(this.tokens, range.end);
      if (end <= first) continue;
      for (let i = first; i < end; i++) this.sentenceOfToken[i] = this.sentences.length;
      this.sentences.push({ first, end });
    }
    this.inQuote = new Uint8Array(n);
    this.consumed = new Uint8Array(n);
    for (const quote of this.quotes) {
      for (let i = tokenAt(this.tokens, quote.contentStart); i < n && (this.tokens[i] as Token).end <= quote.contentEnd; i++) this.inQuote[i] = 1;
    }
  }

  sentenceAt(tokenIndex: number): TokenRange {
    return this.sentences[this.sentenceOfToken[Math.min(tokenIndex, this.tokens.length - 1)] ?? 0] ?? { first: 0, end: this.tokens.length };
  }

  consume(attribution: RawAttribution | undefined): void {
    if (attribution === undefined) return;
    const at = attribution.cue.index;
    for (let i = at; i < this.tokens.length && (this.tokens[i] as Token).end <= attribution.cue.end; i++) this.consumed[i] = 1;
  }
}

/** Quotations in quote marks with the attribution next to them, and whether each is direct or partial. */
function readQuotes(reader: BlockReader): Array<Omit<FoundQuote, "sentenceAttribution">> {
  const { text, tokens } = reader;
  const found: Array<Omit<FoundQuote, "sentenceAttribution">> = [];
  reader.quotes.forEach((quote, q) => {
    const open = tokenAt(tokens, quote.start);
    const close = quote.closed ? tokenAt(tokens, quote.end - 1) : tokens.length;
    const previous = reader.quotes[q - 1];
    const next = reader.quotes[q + 1];
    const sentence = reader.sentenceAt(open);
    const beforeFrom = Math.max(sentence.first, previous && previous.closed ? tokenAt(tokens, previous.end) : 0);
    const afterFrom = close + 1;
    const afterSentence = reader.sentenceAt(afterFrom);
    const nextOpen = next ? tokenAt(tokens, next.start) : tokens.length;
    const afterTo = Math.min(afterSentence.end, nextOpen, afterFrom + MAX_AFTER);
    // A new sentence after the quotation is an attribution only when it starts in lower case ("“Why?” she asked.").
    const startsNewSentence = afterFrom < tokens.length && afterSentence.first === afterFrom && afterSentence !== reader.sentenceAt(close);
    const canFollow = !startsNewSentence || (tokens[afterFrom]?.cap === false);
    const after = quote.closed && canFollow ? attributionAfter(text, tokens, afterFrom, afterTo, afterSentence) : undefined;
    const before = after === undefined ? attributionBefore(text, tokens, beforeFrom, open, sentence) : undefined;
    const attribution = after ?? before;
    reader.consume(attribution);

    const wordsBefore = wordCount(tokens, beforeFrom, open);
    const lastBefore = tokens[open - 1];
    const tokenAfter = tokens[afterFrom];
    const contentEndsClause = ENDING_PUNCTUATION.includes(text[quote.contentEnd - 1] ?? "");
    const startsLower = /^\p{Ll}/u.test(text.slice(quote.contentStart, quote.contentStart + 1));
    let direct: boolean;
    if (wordsBefore === 0 && open === sentence.first) {
      direct = !quote.closed || contentEndsClause || after !== undefined || tokenAfter === undefined || (!tokenAfter.word && ENDING_PUNCTUATION.includes(tokenAfter.text));
    } else if (lastBefore !== undefined && !lastBefore.word && (lastBefore.text === ":" || (lastBefore.text === "," && before !== undefined))) {
      direct = true;
    } else {
      direct = before !== undefined && before.cue.index === open - 1 && !startsLower;
    }
    if (startsLower && wordsBefore > 0) direct = false;
    const blockStart = quote.start <= 0;
    const blockEnd = quote.end >= text.length - 1;
    found.push({
      span: quote,
      kind: direct ? "direct" : "partial",
      ...(attribution ? { attribution } : {}),
      wholeBlock: blockStart && blockEnd,
      words: wordCount(tokens, tokenAt(tokens, quote.contentStart), close),
    });
  });
  return found;
}

const trimEnd = (text: string, start: number, end: number): number => {
  let e = end;
  while (e > start && (text[e - 1] === "." || text[e - 1] === " " || text[e - 1] === "!" || text[e - 1] === ";")) e--;
  return e;
};

/** Where the reported clause of the cue at `cue` starts: after "that", a hearer ("told the board"), or at once. */
function clauseStart(reader: BlockReader, cue: number, sentence: TokenRange): number | undefined {
  const { tokens } = reader;
  let k = cue + 1;
  const verb = (tokens[cue] as Token).lower;
  if (TAKES_HEARER.has(verb)) {
    const hearer = phraseStartingAt(tokens, k, sentence.first, sentence.end);
    if (hearer > k && readPhrase(reader.text, tokens, k, hearer) !== undefined) k = hearer;
    else if (hearer > k && (tokens[k] as Token).lower !== "that") k = hearer;
  }
  for (let j = k; j < sentence.end && j - k < MAX_BEFORE_THAT; j++) {
    const token = tokens[j] as Token;
    if (token.word && token.lower === "that") return j + 1;
    if (!token.word && token.text !== ",") break;
  }
  const head = tokens[k];
  if (head === undefined || k >= sentence.end || !head.word) return undefined;
  if (head.lower === "by" && tokens[k + 1]?.lower.endsWith("ing")) return k;
  if (PREPOSITIONS.has(head.lower)) return undefined;
  return k;
}

const DASHES = new Set(["\u2014", "\u2013", "-"]);
// A dateline is a few words: "KYIV, March 4 (Reuters) —".
const MAX_DATELINE = 12;

/** The first token after a dateline that opens the block ("KYIV, March 4 —"), or `first`. */
function afterDateline(tokens: ReadonlyArray<Token>, first: number): number {
  const head = tokens[first];
  if (first !== 0 || head === undefined || !head.word || head.text.length < 2 || head.text !== head.text.toUpperCase() || /\d/.test(head.text)) return first;
  for (let i = first + 1; i < tokens.length && i - first <= MAX_DATELINE; i++) {
    if (!(tokens[i] as Token).word && DASHES.has((tokens[i] as Token).text)) return i + 1;
  }
  return first;
}

/** Reported speech in one sentence: "X warned that ...", "The plan, she said, ...", "..., according to X." */
function readReported(reader: BlockReader, sentence: TokenRange): FoundReport | undefined {
  const { text, tokens } = reader;
  const last = tokens[sentence.end - 1] as Token;
  const sentenceEnd = trimEnd(text, (tokens[sentence.first] as Token).start, last.end);
  let lastSubject: Phrase | undefined;
  for (let i = sentence.first; i < sentence.end; i++) {
    const token = tokens[i] as Token;
    if (!token.word || reader.inQuote[i] || reader.consumed[i] || !isReportedCueWord(token.lower)) continue;
    let subject = subjectBefore(text, tokens, i, sentence);
    const before = tokens[i - 1];
    if (subject === undefined && before !== undefined && (before.lower === "but" || before.lower === "and")) subject = lastSubject;
    if (subject === undefined) continue;
    lastSubject = subject;
    const cue = { text: token.text, start: token.start, end: token.end, index: i };
    // "The plan, she said, was never viable."
    const subjectToken = tokenAt(tokens, subject.start);
    if (tokens[subjectToken - 1]?.text === "," && tokens[i + 1]?.text === "," && subjectToken - 1 > sentence.first) {
      const head = { start: (tokens[afterDateline(tokens, sentence.first)] as Token).start, end: (tokens[subjectToken - 2] as Token).end };
      const rest = { start: (tokens[i + 2] as Token | undefined)?.start ?? sentenceEnd, end: sentenceEnd };
      if (wordCount(tokens, sentence.first, subjectToken - 1) + wordCount(tokens, i + 2, sentence.end) >= MIN_REPORTED_WORDS && rest.end > rest.start) {
        return { spans: [head, rest], attribution: { cue, phrase: subject } };
      }
      continue;
    }
    const start = clauseStart(reader, i, sentence);
    if (start === undefined || wordCount(tokens, start, sentence.end) < MIN_REPORTED_WORDS) continue;
    const first = tokens[start] as Token;
    if (!first.word && OPENING_MARKS.has(first.text)) continue;
    return { spans: [{ start: first.start, end: sentenceEnd }], attribution: { cue, phrase: subject } };
  }
  // "..., according to the state Department of Environmental Quality." / "..., the company said."
  for (let i = sentence.first; i < sentence.end; i++) {
    const token = tokens[i] as Token;
    if (reader.inQuote[i] || (!token.word && OPENING_MARKS.has(token.text))) return undefined;
  }
  for (let m = sentence.end - 2; m > sentence.first; m--) {
    if ((tokens[m] as Token).text !== ",") continue;
    const tail = attributionAfter(text, tokens, m + 1, sentence.end, sentence);
    if (tail === undefined || reader.consumed[tail.cue.index]) return undefined;
    const phraseEnd = tokenAt(tokens, tail.phrase.end);
    const afterAll = Math.max(phraseEnd, tail.cue.index + 1);
    const rest = tokens[afterAll];
    if (afterAll < sentence.end && rest !== undefined && rest.word && !PREPOSITIONS.has(rest.lower)) return undefined;
    const from = afterDateline(tokens, sentence.first);
    if (wordCount(tokens, from, m) < MIN_REPORTED_WORDS) return undefined;
    return { spans: [{ start: (tokens[from] as Token).start, end: (tokens[m - 1] as Token).end }], attribution: tail };
  }
  return undefined;
}

/** The first cue in the sentence with a speaker before it: for partial quotations woven into the sentence. */
function anyAttribution(reader: BlockReader, sentence: TokenRange): RawAttribution | undefined {
  const known = reader.sentenceAttributions;
  if (known.has(sentence.first)) return known.get(sentence.first);
  const found = scanForAttribution(reader, sentence);
  known.set(sentence.first, found);
  return found;
}

function scanForAttribution(reader: BlockReader, sentence: TokenRange): RawAttribution | undefined {
  const { text, tokens } = reader;
  for (let i = sentence.first; i < sentence.end; i++) {
    const token = tokens[i] as Token;
    if (!token.word || reader.inQuote[i] || !isCueWord(token.lower)) continue;
    const subject = subjectBefore(text, tokens, i, sentence);
    if (subject !== undefined) return { cue: { text: token.text, start: token.start, end: token.end, index: i }, phrase: subject };
  }
  return undefined;
}

/** Capitalised runs that name a person (with a title or two names) or an organisation. */
function readMentions(reader: BlockReader): FoundMention[] {
  const { text, tokens } = reader;
  const lexicon = speakerLexicon();
  const mentions: FoundMention[] = [];
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i] as Token;
    if (!token.cap) {
      i++;
      continue;
    }
    const sentence = reader.sentenceAt(i);
    const end = phraseStartingAt(tokens, i, sentence.first, sentence.end);
    let runEnd = i + 1;
    while (runEnd < end && ((tokens[runEnd] as Token).cap || !(tokens[runEnd] as Token).word || ["and", "of", "&"].includes((tokens[runEnd] as Token).lower) || lexicon.particles.has((tokens[runEnd] as Token).lower))) runEnd++;
    const words = wordCount(tokens, i, runEnd);
    if (words >= 2) {
      const phrase = readPhrase(text, tokens, i, runEnd);
      if (phrase !== undefined && (phrase.kind === "organisation" || (phrase.kind === "person" && (phrase.names.length > 1 || phrase.name.includes(" ") || phrase.titles.length > 0)))) {
        const firstName = phrase.names[0]?.split(" ")[0];
        const antecedent = phrase.titles.length > 0 || phrase.names.length > 1 || (firstName !== undefined && lexicon.givenNames.has(firstName));
        mentions.push({ phrase, inQuote: reader.inQuote[i] === 1, antecedent });
      }
    }
    i = Math.max(runEnd, i + 1);
  }
  return mentions;
}

/** Everything the extractor reads in one block of text: one pass over its words and sentences. */
export function scanBlock(text: string): BlockScan {
  const reader = new BlockReader(text);
  const quotes = readQuotes(reader);
  const reports: FoundReport[] = [];
  const bySentence = new Map<TokenRange, RawAttribution>();
  for (const sentence of reader.sentences) {
    const report = readReported(reader, sentence);
    if (report !== undefined) {
      reports.push(report);
      reader.consume(report.attribution);
      bySentence.set(sentence, report.attribution);
    }
  }
  const withSentence: FoundQuote[] = quotes.map((quote) => {
    if (quote.attribution !== undefined || quote.kind === "direct") return quote;
    const sentence = reader.sentenceAt(tokenAt(reader.tokens, quote.span.start));
    let attribution = bySentence.get(sentence);
    if (attribution === undefined) {
      // "called the plan “a reckless gamble”": a describing verb's quotation ends its clause; a short
      // quoted term inside the writer's words ("called the “as is” clause routine") is no quotation.
      const next = reader.tokens[tokenAt(reader.tokens, quote.span.end)];
      const endsClause = next === undefined || !next.word;
      if (endsClause || quote.words >= SHORT_TERM_WORDS) attribution = anyAttribution(reader, sentence);
    }
    return attribution ? { ...quote, sentenceAttribution: attribution } : quote;
  });
  return { quotes: withSentence, reports, mentions: readMentions(reader) };
}
